"""The incremental ledger: which input files earlier runs processed, keyed by path, size and
modification time, so a scheduled run over a growing folder processes each file once.

`OUT/_runs/_ledger.jsonl`, one JSON object a line: {"path", "size", "mtime", "ingest_date"}.
A file processed under another ingest date is skipped; one processed under the same ingest date
is processed again, because a rerun replaces that partition whole. An object store cannot
append, so the ledger is rewritten whole (`storage.write_bytes`). A last line cut short (a kill
while a ledger was appended to in place) names no file: it is left out, and the next record
drops it; a damaged line before the last is an error, as it is no kill's trace.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging

from pipeline.config import ConfigError
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
    return {(entry["path"], entry["size"], entry["mtime"]): entry["ingest_date"] for entry in _entries(layout)}


def _entries(layout: OutputLayout) -> list[dict]:
    lines = storage.read_bytes(layout.ledger).decode("utf-8", errors="replace").splitlines()
    entries = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            entry = json.loads(line)
            entries.append({key: entry[key] for key in ("path", "size", "mtime", "ingest_date")})
        except (ValueError, KeyError, TypeError):
            if number < len(lines):
                raise ConfigError(f"the ledger {layout.ledger} is damaged at line {number} ({line[:60]!r}): "
                                  f"mend or remove that line") from None
            logging.getLogger(__name__).warning("%s: its last line was cut short (a killed run), left out: %r",
                                                layout.ledger, line[:80])
    return entries


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
    added = [{"path": file.path, "size": file.size, "mtime": file.mtime, "ingest_date": ingest_date.isoformat()}
             for file in files]
    body = "".join(json.dumps(entry) + "\n" for entry in [*_entries(layout), *added])
    storage.write_bytes(layout.ledger, body.encode("utf-8"), mime_type="application/jsonl")
