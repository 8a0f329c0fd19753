"""Where everything under an output directory lives. Every path under it is built here and
nowhere else; the pipeline's sinks are given the folders to write into.

    OUT/<table>/ingest_date=D/part-SSSSS-of-NNNNN-<run>.avro    a partition's files (batch), each
                                                                 named after the run that wrote it
    OUT/<table>/<table>-<window>-pane<N>-SSSSS-of-NNNNN.avro     a streaming window's files
    OUT/<table>/.temp<id>/                                       where Beam writes a window's files first
    OUT/_staging/ingest_date=D/<run>/<table>/part-...avro        where a batch run's pipeline writes
    OUT/_runs/ingest_date=D/_manifest.json                       THE COMMIT POINT: the files readers see
    OUT/_runs/ingest_date=D/_SUCCESS                             written after it (holds the run id)
    OUT/_runs/ingest_date=D/report.html                          the run's report (pipeline.report)
    OUT/_runs/ingest_date=D/_lock                                the run under way (owner, host, pid)
    OUT/_runs/ingest_date=D/<run>.failed.log                     a failed run's traceback
    OUT/_runs/_ledger.jsonl                                      what --incremental runs processed

A run id is the run's start time and a random suffix: 20261207T015312Z-3f9a1c.

Paths are strings joined with "/", local or on any Beam filesystem (gs://bucket/out/...).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import secrets

_PARTITION = "ingest_date="
_PARTITION_IN_PATH = re.compile(r"/ingest_date=(\d{4}-\d{2}-\d{2})/")
_RUN_ID = r"\d{8}T\d{6}Z-[0-9a-f]{6}"
_RUN_OF_FILE = re.compile(rf"-({_RUN_ID})\.avro$")


def new_run_id(now: dt.datetime | None = None) -> str:
    """A run's id: sortable by start time, unique by its random suffix."""
    now = now or dt.datetime.now(dt.timezone.utc)
    return f"{now:%Y%m%dT%H%M%SZ}-{secrets.token_hex(3)}"


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
        """The pattern of every file in a partition's folder, committed or not (readers follow
        the commit point, `manifest`, instead)."""
        return self.partition(table, day) + "/*.avro"

    def all_partition_files(self, table: str) -> str:
        """The pattern of every file in every partition folder of a table."""
        return self._under(table, _PARTITION + "*", "*.avro")

    def published_file(self, table: str, day: dt.date, staged_name: str, run_id: str) -> str:
        """Where a run's staged file goes in its partition: part-00000-of-00001.avro of run R
        becomes OUT/<table>/ingest_date=D/part-00000-of-00001-R.avro, beside the files of the
        run it replaces until the commit."""
        stem = staged_name.removesuffix(".avro")
        return f"{self.partition(table, day)}/{stem}-{run_id}.avro"

    @staticmethod
    def run_of_file(path: str) -> str | None:
        """The id of the run that wrote a partition file; None for a file named without one (the
        Flex Template's job writes straight into the partition folder)."""
        match = _RUN_OF_FILE.search(path)
        return match.group(1) if match else None

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
        """Every run's staging of an ingest date (what killed runs left is cleared from here)."""
        return self._under("_staging", _PARTITION + day.isoformat())

    def staged_table(self, table: str, day: dt.date, run_id: str) -> str:
        """The folder a run's pipeline writes a table into."""
        return f"{self.staging(day)}/{run_id}/{table}"

    # The run's record ----------------------------------------------------------------------

    def runs_dir(self, day: dt.date) -> str:
        return self._under("_runs", _PARTITION + day.isoformat())

    def all_manifests(self) -> str:
        """The pattern of every ingest date's commit point."""
        return self._under("_runs", _PARTITION + "*", "_manifest.json")

    def manifest(self, day: dt.date) -> str:
        """The commit point of an ingest date: the manifest of the run whose files readers see."""
        return self.runs_dir(day) + "/_manifest.json"

    def report(self, day: dt.date) -> str:
        return self.runs_dir(day) + "/report.html"

    def success(self, day: dt.date) -> str:
        return self.runs_dir(day) + "/_SUCCESS"

    def lock(self, day: dt.date) -> str:
        return self.runs_dir(day) + "/_lock"

    def failure_log(self, day: dt.date, run_id: str) -> str:
        return f"{self.runs_dir(day)}/{run_id}.failed.log"

    @property
    def ledger(self) -> str:
        return self._under("_runs", "_ledger.jsonl")


def _partition_parts(table: str, day: dt.date) -> tuple[str, str]:
    return table, _PARTITION + day.isoformat()
