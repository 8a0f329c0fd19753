"""The incremental ledger: which input files earlier runs processed, keyed by path, size and
modification time, so a scheduled run over a growing folder processes each file once.

`OUT/_runs/_ledger.jsonl`, one JSON object a line: {"path", "size", "mtime", "ingest_date"}.
A file processed under another ingest date is skipped; one processed under the same ingest date
is processed again, because a rerun replaces that partition whole. An object store cannot
append, so the ledger is rewritten whole (`storage.write_bytes`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

from pipeline.run import storage
from pipeline.run.layout import OutputLayout


@dataclasses.dataclass(frozen=True)
class InputFile:
    path: str
    size: int
    mtime: float

    @property
    def key(self) -> tuple:
        return (self.path, self.size, self.mtime)


def processed_dates(layout: OutputLayout) -> dict[tuple, str]:
    """(path, size, mtime) -> the ingest date that processed it, from the ledger (empty if none)."""
    seen = {}
    for line in storage.read_bytes(layout.ledger).decode("utf-8").splitlines():
        if line.strip():
            entry = json.loads(line)
            seen[(entry["path"], entry["size"], entry["mtime"])] = entry["ingest_date"]
    return seen


def split_new(files: list[InputFile], layout: OutputLayout,
              ingest_date: dt.date) -> tuple[list[InputFile], list[InputFile]]:
    """(files to process, files skipped because another ingest date processed them)."""
    seen = processed_dates(layout)
    todo, skipped = [], []
    for file in files:
        earlier = seen.get(file.key)
        (skipped if earlier not in (None, ingest_date.isoformat()) else todo).append(file)
    return todo, skipped


def record_processed(files: list[InputFile], layout: OutputLayout, ingest_date: dt.date) -> None:
    """Add the files to the ledger as processed under `ingest_date`."""
    added = "".join(json.dumps({"path": file.path, "size": file.size, "mtime": file.mtime,
                                "ingest_date": ingest_date.isoformat()}) + "\n" for file in files)
    storage.write_bytes(layout.ledger, storage.read_bytes(layout.ledger) + added.encode("utf-8"),
                        mime_type="application/jsonl")
