"""The run report read from an output directory and written where asked: beside a run's
manifest (`OUT/_runs/ingest_date=D/report.html`) or by `events-pipeline report`. The page itself
is `pipeline.report`'s."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from pipeline.report import RunReport, render_report
from pipeline.run import storage
from pipeline.run.layout import OutputLayout
from pipeline.warehouse.read import partition_dates, read_events, read_table


def gather_report(out_dir: str | Path, ingest_date: dt.date | None = None) -> RunReport:
    """The report of one partition of OUT_DIR, or of all of it (its partitions and streaming
    windows); its inputs and duplicates are known when every partition read has a manifest."""
    out_dir = str(out_dir)
    layout = OutputLayout(out_dir)
    days = [ingest_date] if ingest_date else partition_dates(out_dir)
    manifests = [json.loads(body) for body in (storage.read_bytes(layout.manifest(day)) for day in days) if body]
    windows = not ingest_date and bool(storage.list_files(layout.window_files("events")))
    articles = {}
    for article in read_table(out_dir, "articles", ingest_date):
        article.pop("text")  # the page links to articles, it does not show them
        articles[article["article_id"]] = article
    return RunReport(
        out_dir=out_dir, ingest_date=ingest_date,
        manifest_counts=[m["counts"] for m in manifests] if len(manifests) == len(days) and not windows else None,
        events=read_events(out_dir, ingest_date), mentions=list(read_table(out_dir, "mentions", ingest_date)),
        articles=articles, dead_letters=list(read_table(out_dir, "dead_letters", ingest_date)),
    )


def write_report(out_dir: str | Path, ingest_date: dt.date | None, path: str) -> str:
    """Gather the report of OUT_DIR (one partition, or all) and write its page to `path` (a local
    path or an object store's); returns `path`."""
    storage.write_bytes(path, render_report(gather_report(out_dir, ingest_date)).encode("utf-8"),
                        mime_type="text/html")
    return path
