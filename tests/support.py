"""Constants and builders the tests share. Every pipeline run in the tests is pinned to a local
runner (FnApiRunner, the DirectRunner's batch engine) so that nothing tries to download Prism."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
LOCAL_RUNNER = "FnApiRunner"
SEED = REPO / "seeds" / "000_4bb400c44a0c140e.txt"
SEED_GOLD = REPO / "eval" / "dev" / "seed.gold.jsonl"


def repository_texts() -> list[str]:
    """Every article text of the repository that no test reserves: the Wikinews corpus, dev and train
    (never devtest: it is for measuring only)."""
    import json

    texts = [json.loads(line)["text"] for line in (REPO / "corpora" / "wikinews-2019.jsonl").read_text(
        encoding="utf-8").splitlines() if line.strip()]
    for folder in ("dev", "train"):
        for gold in sorted((REPO / "eval" / folder).glob("*.gold.jsonl")):
            texts += [json.loads(line)["article"]["text"] for line in gold.read_text(encoding="utf-8").splitlines()
                      if line.strip()]
    return texts


def make_article(text: str, published: str | None = "2025-06-11", article_id: str = "test-1"):
    """An `Article` for extractor tests; `published` as YYYY-MM-DD or None."""
    from pipeline.records import Article

    published_at = (
        dt.datetime.fromisoformat(published).replace(tzinfo=dt.timezone.utc) if published else None
    )
    return Article(article_id=article_id, text=text, published_at=published_at, source="test")


def events_of_type(extractor, text: str, event_type: str, published: str | None = "2025-06-11") -> list:
    """The `EventCore`s of one type the extractor finds in a one-article text."""
    return [m.event for m in extractor.extract(make_article(text, published)) if m.event.event_type == event_type]


def run_and_read(config, day: dt.date) -> tuple[dict, dict[str, list[dict]]]:
    """Run a batch job of `config` for `day`; its manifest counts and each table's records of
    that partition, read with fastavro and sorted (so that runs on other runners compare)."""
    import json

    import fastavro

    from pipeline.run.job import make_job, run_job
    from pipeline.tables import TABLES

    summary = run_job(make_job(config, day))
    out = Path(config.output.directory)
    tables = {}
    for table in TABLES:
        paths = sorted((out / table / f"ingest_date={day.isoformat()}").glob("part-*.avro"))
        assert paths, f"no {table} files"
        rows = []
        for path in paths:
            with path.open("rb") as stream:
                rows.extend(fastavro.reader(stream))
        tables[table] = sorted(rows, key=lambda row: json.dumps(row, sort_keys=True, default=str))
    return summary.manifest["counts"], tables


_PROGRESS_LINE = re.compile(r"^\[\d+ s\] ")


def messages(stderr: str) -> list[str]:
    """The lines of a command's stderr that are not its progress lines (`pipeline.run.progress`,
    printed every few seconds by a run that takes more than a few: timing decides how many)."""
    return [line for line in stderr.strip().splitlines() if not _PROGRESS_LINE.match(line)]
