"""Backfilling: one batch run per day over a range of ingest dates, resumable.

Each day's inputs come from a pattern with the date in it, `{date}` (YYYY-MM-DD) or a strftime
form such as `{date:%Y/%m/%d}`:

    news/{date}/*.jsonl          -> news/2019-01-04/*.jsonl
    news/{date:%Y/%m/%d}/*.xml   -> news/2019/01/04/*.xml

A day whose partition is already published (its `_SUCCESS` exists) is skipped unless forced, so
a rerun after a failure resumes where it stopped. A failed day (its inputs missing, the runner
failing) is recorded and the next day runs.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
import time
from collections.abc import Callable

from apache_beam.io.filesystems import FileSystems

from pipeline.config import ConfigError
from pipeline.run.layout import OutputLayout

DONE, SKIPPED, FAILED = "done", "skipped", "failed"


@dataclasses.dataclass(frozen=True)
class DayResult:
    day: dt.date
    status: str  # DONE, SKIPPED or FAILED
    counts: dict[str, int] | None = None  # the day's manifest counts (a done or skipped day)
    seconds: float = 0.0
    error: str = ""  # a failed day: why, in one line


def days_between(first: dt.date, last: dt.date) -> list[dt.date]:
    """Every day from `first` to `last`, both included; `ConfigError` if `last` is before `first`."""
    if last < first:
        raise ConfigError(f"--to {last} is before --from {first}")
    return [first + dt.timedelta(days=offset) for offset in range((last - first).days + 1)]


def day_pattern(template: str, day: dt.date) -> str:
    """The input pattern of one day: `{date}` becomes YYYY-MM-DD, `{date:FORMAT}` the day in a
    strftime FORMAT. `day_pattern("news/{date:%Y/%m/%d}/*.jsonl", date(2019, 1, 4))` is
    `news/2019/01/04/*.jsonl`. `ConfigError` for a template without `{date}` or with other fields."""
    if "{date" not in template:
        raise ConfigError(f"--input-template {template!r} has no {{date}} in it")
    try:
        return template.format(date=day)
    except (KeyError, IndexError, ValueError) as error:
        raise ConfigError(f"--input-template {template!r}: only {{date}} or {{date:FORMAT}} may be "
                          f"in braces ({type(error).__name__}: {error})") from None


def published_counts(output_dir: str, day: dt.date) -> dict[str, int] | None:
    """The counts of the day's published partition (from its manifest), or None when the day has
    no `_SUCCESS`."""
    if not FileSystems.exists(OutputLayout(output_dir).success(day)):
        return None
    try:
        with FileSystems.open(OutputLayout(output_dir).manifest(day)) as stream:
            return json.loads(stream.read().decode("utf-8")).get("counts", {})
    except (OSError, ValueError):  # published by a run that kept no readable manifest
        return {}


def backfill(days: list[dt.date], output_dir: str, run_day: Callable[[dt.date], dict[str, int]],
             force: bool = False, progress: Callable[[str], None] = lambda line: None) -> list[DayResult]:
    """Run `run_day(day)` (which returns the run's manifest counts) for each day in order, skipping
    published days unless `force`; a day that raises `ConfigError` or fails in the runner is
    FAILED and the next day runs. `progress` gets one line per day."""
    results = []
    for number, day in enumerate(days, 1):
        where = f"{day} ({number}/{len(days)})"
        existing = None if force else published_counts(output_dir, day)
        if existing is not None:
            result = DayResult(day, SKIPPED, counts=existing)
            progress(f"backfill {where}: skipped, already published")
            results.append(result)
            continue
        progress(f"backfill {where}: running")
        started = time.monotonic()
        try:
            counts = run_day(day)
        except Exception as error:  # ConfigError (e.g. no input for the day) or the runner failing
            logging.getLogger("pipeline").info("backfill of %s failed", day, exc_info=True)
            message = str(error).strip().splitlines()[-1] if str(error).strip() else ""
            if not isinstance(error, ConfigError):  # a user error says what to fix; others say what broke
                message = f"{type(error).__name__}: {message}"
            result = DayResult(day, FAILED, seconds=time.monotonic() - started, error=message)
            progress(f"backfill {where}: failed in {result.seconds:.1f} s: {result.error}")
        else:
            result = DayResult(day, DONE, counts=counts, seconds=time.monotonic() - started)
            progress(f"backfill {where}: done in {result.seconds:.1f} s: {_counts_line(counts)}")
        results.append(result)
    return results


def _counts_line(counts: dict[str, int]) -> str:
    return ", ".join(f"{counts.get(key, 0)} {key.replace('_', ' ')}" for key in ("articles", "events", "dead_letters"))


def render_results(results: list[DayResult]) -> str:
    """The table of days (status, counts, seconds, why a day failed) and a closing tally."""
    header = ("DAY", "STATUS", "ARTICLES", "EVENTS", "DEAD_LETTERS", "SECONDS", "ERROR")
    rows = [header]
    for result in results:
        counts = result.counts or {}
        figures = [str(counts[key]) if key in counts else "-" for key in ("articles", "events", "dead_letters")]
        seconds = f"{result.seconds:.1f}" if result.status != SKIPPED else "-"
        rows.append((result.day.isoformat(), result.status, *figures, seconds, result.error))
    widths = [max(len(row[column]) for row in rows) for column in range(len(header))]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip() for row in rows]
    tally = {status: sum(result.status == status for result in results) for status in (DONE, SKIPPED, FAILED)}
    lines.append(f"{len(results)} day(s): " + ", ".join(f"{count} {status}" for status, count in tally.items()))
    return "\n".join(lines)
