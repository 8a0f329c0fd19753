"""The incremental ledger: which input files earlier runs processed, keyed by path, size and
modification time, so a scheduled run over a growing folder processes each file once.

`OUT/_runs/_ledger.jsonl`, one JSON object a line: {"path", "size", "mtime", "ingest_date"}.
A file processed under another ingest date is skipped; one processed under the same ingest date
is processed again, because a rerun replaces that partition whole.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path


@dataclasses.dataclass(frozen=True)
class InputFile:
    path: str
    size: int
    mtime: float

    @property
    def key(self) -> tuple:
        return (self.path, self.size, self.mtime)


def ledger_path(output_dir: str) -> Path:
    return Path(output_dir) / "_runs" / "_ledger.jsonl"


def processed_dates(output_dir: str) -> dict[tuple, str]:
    """(path, size, mtime) -> the ingest date that processed it, from the ledger (empty if none)."""
    path = ledger_path(output_dir)
    if not path.exists():
        return {}
    seen = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            entry = json.loads(line)
            seen[(entry["path"], entry["size"], entry["mtime"])] = entry["ingest_date"]
    return seen


def split_new(files: list[InputFile], output_dir: str, ingest_date: dt.date) -> tuple[list[InputFile], list[InputFile]]:
    """(files to process, files skipped because another ingest date processed them)."""
    seen = processed_dates(output_dir)
    todo, skipped = [], []
    for file in files:
        earlier = seen.get(file.key)
        (skipped if earlier not in (None, ingest_date.isoformat()) else todo).append(file)
    return todo, skipped


def record_processed(files: list[InputFile], output_dir: str, ingest_date: dt.date) -> None:
    path = ledger_path(output_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as stream:
        for file in files:
            stream.write(json.dumps({"path": file.path, "size": file.size, "mtime": file.mtime,
                                     "ingest_date": ingest_date.isoformat()}) + "\n")
