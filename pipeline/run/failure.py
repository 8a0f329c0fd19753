"""A failed run, told in one line: what failed, what readers see now (read from the commit point,
not assumed), and where the full traceback was written (OUT/_runs/ingest_date=D/<run>.failed.log)."""

from __future__ import annotations

import contextlib
import io
import logging
import tempfile
import traceback
from pathlib import Path
from typing import Iterator
from typing import TYPE_CHECKING

from pipeline.run import storage
from pipeline.run.publish import committed_run

if TYPE_CHECKING:
    from pipeline.run.job import Job


@contextlib.contextmanager
def logs_held(enabled: bool = True) -> Iterator[io.StringIO]:
    """Hold what is logged while a run runs (the runner logs a failing step's traceback as an
    ERROR), so that a failure is one line and its log file has the rest; when the run goes well
    the caller prints what was held."""
    if not enabled:
        yield io.StringIO()
        return
    root = logging.getLogger()
    held = io.StringIO()
    handler = logging.StreamHandler(held)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    handlers = root.handlers[:]
    for kept in handlers:
        for record_filter in kept.filters:  # what the user would not have seen is not held either
            handler.addFilter(record_filter)
        root.removeHandler(kept)
    root.addHandler(handler)
    try:
        yield held
    finally:
        root.removeHandler(handler)
        for kept in handlers:
            root.addHandler(kept)


def report_failure(job: Job, error: BaseException, logged: str = "") -> str:
    """Write what was logged and the error's traceback to the run's log; return the line for
    the user."""
    message = str(error).strip().splitlines()[-1].strip() if str(error).strip() else ""
    log = _write_log(job, logged + "".join(traceback.format_exception(error)))
    return (f"the run failed ({type(error).__name__}: {message}); {_what_readers_see(job)}; "
            f"traceback in {log}")


def _what_readers_see(job: Job) -> str:
    if job.config.streaming:
        return f"the windows written before it stay under {job.output_dir}"
    day = job.ingest_date
    try:
        committed = committed_run(job.layout, day)
    except Exception as error:  # the output cannot be read either: say so rather than guess
        return f"what readers see of {day} is unknown (the commit point cannot be read: {type(error).__name__})"
    if committed is None:
        return f"no run of {day} has committed: readers see no partition of it"
    if committed == job.run_id:
        return f"it had committed: readers see this run's partition of {day}"
    return f"readers still see the partition of {day} that run {committed} committed"


def _write_log(job: Job, text: str) -> str:
    """The log's path under the output directory, or in the local temporary folder when the
    output cannot be written."""
    path = job.layout.failure_log(job.ingest_date, job.run_id)
    try:
        storage.write_bytes(path, text.encode("utf-8"), mime_type="text/plain")
        return path
    except Exception:
        local = Path(tempfile.gettempdir()) / f"events-pipeline-{job.run_id}.failed.log"
        local.write_text(text, encoding="utf-8")
        return str(local)
