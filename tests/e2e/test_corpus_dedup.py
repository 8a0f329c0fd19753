"""The whole batch run over the Wikinews corpus, the seed and every eval article (which repeat
many corpus articles, with other ids) keeps the same articles and counts as the golden file:
what the readers and deduplication decide, independent of the event rules (the seed's events
are pinned by tests/e2e/test_run.py). Regenerate with `UPDATE_GOLDEN=1 pytest tests/e2e`."""

from __future__ import annotations

import datetime as dt
import json
import os

from pipeline.config import Config, OutputConfig
from pipeline.run.job import make_job, run_job
from pipeline.warehouse.read import read_table
from tests.support import LOCAL_RUNNER, REPO, SEED

GOLDEN = REPO / "tests" / "golden" / "corpus_articles.json"


def test_the_corpus_keeps_the_golden_articles_and_counts(tmp_path):
    eval_articles = tmp_path / "eval-articles.jsonl"
    with eval_articles.open("w", encoding="utf-8") as stream:
        for gold in sorted((REPO / "eval").glob("*/*.gold.jsonl")):
            for line in gold.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    stream.write(json.dumps(json.loads(line)["article"], ensure_ascii=False) + "\n")
    config = Config(beam={"runner": LOCAL_RUNNER},
                    inputs=[str(REPO / "corpora" / "wikinews-2019.jsonl"), str(SEED), str(eval_articles)],
                    output=OutputConfig(directory=str(tmp_path / "out")))
    summary = run_job(make_job(config, dt.date(2026, 12, 1)))
    found = {
        "counts": {key: summary.manifest["counts"][key] for key in ("inputs", "articles", "dead_letters", "duplicates")},
        "articles": sorted(row["article_id"] for row in read_table(tmp_path / "out", "articles")),
    }
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.write_text(json.dumps(found, indent=1) + "\n", encoding="utf-8")
    assert found == json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert summary.manifest["reconciled"] is True
