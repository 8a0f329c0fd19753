"""Speed work changes no output: one batch run over every corpus of the repository (the Wikinews
corpus, the seed, every eval article, and the mixed corpus of good and bad inputs of
tests/e2e/test_inputs.py) writes, in all four tables, the very records the golden digests pin.

A digest is the SHA-256 of a table's records as sorted JSON lines, with the run's own folder
replaced by "<in>" and the line numbers of a dead letter's stack by "#" (a stack names the code's
frames: "transforms.py:142 process"; an edit above that line is no change of output). The golden file was generated before the speed work of issue 14; a change to
the extraction rules changes the events and mentions digests on purpose: regenerate then with
`UPDATE_GOLDEN=1 pytest tests/e2e/test_output_digests.py` and say so in the commit."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil

from pipeline.cli import main
from pipeline.tables import TABLES
from pipeline.warehouse.read import read_table
from tests.e2e.test_inputs import CONFIG, DAY, write_mixed_corpus
from tests.support import LOCAL_RUNNER, REPO

GOLDEN = REPO / "tests" / "golden" / "output_digests.json"
_LINE_NUMBER = re.compile(r"(\.py):\d+")


def table_digest(records: list[dict], folder: str) -> dict:
    lines = sorted(_LINE_NUMBER.sub(r"\1:#", json.dumps(record, sort_keys=True, default=str, ensure_ascii=False)
                                    .replace(folder, "<in>"))
                   for record in records)
    return {"records": len(lines), "sha256": hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()}


def test_every_table_holds_the_golden_records(tmp_path):
    folder = tmp_path / "in"
    write_mixed_corpus(folder)
    shutil.copy(REPO / "corpora" / "wikinews-2019.jsonl", folder / "wikinews.jsonl")
    with (folder / "eval-articles.jsonl").open("w", encoding="utf-8") as stream:
        for gold in sorted((REPO / "eval").glob("*/*.gold.jsonl")):
            for line in gold.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    stream.write(json.dumps(json.loads(line)["article"], ensure_ascii=False) + "\n")
    out = tmp_path / "out"
    assert main(["run", "--config", CONFIG, "--input", str(folder / "*"), "--output", str(out),
                 "--ingest-date", DAY, "--set", f"beam.runner={LOCAL_RUNNER}"]) == 0
    found = {table: table_digest(list(read_table(out, table)), str(folder)) for table in TABLES}
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.write_text(json.dumps(found, indent=1) + "\n", encoding="utf-8")
    assert found == json.loads(GOLDEN.read_text(encoding="utf-8"))
