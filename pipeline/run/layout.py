"""Where everything under an output directory lives. Every path under it is built here and
nowhere else; the pipeline's sinks are given the folders to write into.

    OUT/<table>/ingest_date=D/part-SSSSS-of-NNNNN.avro          a published partition (batch)
    OUT/<table>/<table>-<window>-pane<N>-SSSSS-of-NNNNN.avro     a streaming window's files
    OUT/<table>/.temp<id>/                                       where Beam writes them first
    OUT/_staging/ingest_date=D/<table>/ingest_date=D/...         where a batch run writes first
    OUT/_staging/ingest_date=D/_previous/<table>                 the partition it replaced
    OUT/_runs/ingest_date=D/_manifest.json, _SUCCESS              the run's record, _SUCCESS last
    OUT/_runs/ingest_date=D/report.html                          the run's report (pipeline.report)
    OUT/_runs/_ledger.jsonl                                      what --incremental runs processed

Paths are strings joined with "/", local or on any Beam filesystem (gs://bucket/out/...).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

_PARTITION = "ingest_date="
_PARTITION_IN_PATH = re.compile(r"/ingest_date=(\d{4}-\d{2}-\d{2})/")


@dataclasses.dataclass(frozen=True)
class OutputLayout:
    root: str

    def __post_init__(self):
        object.__setattr__(self, "root", self.root.rstrip("/") or "/")

    def _under(self, *parts: str) -> str:
        return "/".join((self.root.rstrip("/"), *parts))

    # The tables, published -----------------------------------------------------------------

    def table_dir(self, table: str) -> str:
        """A table's folder: its partitions (batch) or its windows' files (streaming)."""
        return self._under(table)

    def partition(self, table: str, day: dt.date) -> str:
        return self._under(*_partition_parts(table, day))

    def partition_files(self, table: str, day: dt.date) -> str:
        """The pattern of a partition's files."""
        return self.partition(table, day) + "/*.avro"

    def all_partition_files(self, table: str) -> str:
        """The pattern of every partition's files of a table."""
        return self._under(table, _PARTITION + "*", "*.avro")

    def window_files(self, table: str) -> str:
        """The pattern of a table's streaming window files."""
        return self._under(table, "*.avro")

    def window_temp_dirs(self, table: str) -> str:
        """The pattern of the folders Beam's windowed writes (fileio) write a table's files into
        first, on a filesystem with folders."""
        return self._under(table, ".temp*")

    def relative(self, path: str) -> str:
        """A path under the output directory, relative to it (as the manifest lists files)."""
        prefix = self.root.rstrip("/") + "/"
        if not path.startswith(prefix):
            raise ValueError(f"{path!r} is not under {self.root!r}")
        return path[len(prefix):]

    @staticmethod
    def partition_date(path: str) -> dt.date | None:
        """The ingest date of a partition file's path; None for a file of no partition."""
        match = _PARTITION_IN_PATH.search(path)
        return dt.date.fromisoformat(match.group(1)) if match else None

    # A batch run's staging -----------------------------------------------------------------

    def staging(self, day: dt.date) -> str:
        return self._under("_staging", _PARTITION + day.isoformat())

    def staged_partition(self, table: str, day: dt.date) -> str:
        return "/".join((self.staging(day), *_partition_parts(table, day)))

    def previous_partition(self, table: str, day: dt.date) -> str:
        """Where the partition a run replaces is moved aside until the run is published."""
        return f"{self.staging(day)}/_previous/{table}"

    # The run's record ----------------------------------------------------------------------

    def runs_dir(self, day: dt.date) -> str:
        return self._under("_runs", _PARTITION + day.isoformat())

    def manifest(self, day: dt.date) -> str:
        return self.runs_dir(day) + "/_manifest.json"

    def report(self, day: dt.date) -> str:
        return self.runs_dir(day) + "/report.html"

    def success(self, day: dt.date) -> str:
        return self.runs_dir(day) + "/_SUCCESS"

    @property
    def ledger(self) -> str:
        return self._under("_runs", "_ledger.jsonl")


def _partition_parts(table: str, day: dt.date) -> tuple[str, str]:
    return table, _PARTITION + day.isoformat()
