"""A running job's progress on stderr: its counts so far every few seconds, from the moment it
has run for a few seconds (a short run prints nothing). On a terminal, one line rewritten in
place; elsewhere (a log, CI), a line every `LOG_INTERVAL` seconds."""

from __future__ import annotations

import threading
import time
from typing import Callable, TextIO

DELAY = 3.0  # seconds before the first line
TERMINAL_INTERVAL = 1.0
LOG_INTERVAL = 5.0
_SHOWN = (("inputs", "inputs read"), ("articles", "articles"), ("dead_letters", "dead letters"),
          ("mentions", "mentions"), ("events", "events"))


def progress_line(counts: dict[str, int], seconds: float, previous: dict[str, int] | None = None,
                  interval: float | None = None) -> str:
    """One line of counts so far: "[12 s] 3,200 inputs read, 3,150 articles, ... (267 inputs/s)";
    "running" alone when the runner tells nothing before its end. The rate is of the stage at
    work, articles once they come (they are counted as extraction takes them), else inputs; over
    the last `interval` since the `previous` counts, else over the whole run."""
    if not any(counts.get(name) for name, _ in _SHOWN):
        return f"[{seconds:.0f} s] running (this runner gives its counts at the end)"
    figures = ", ".join(f"{counts.get(name, 0):,} {label}" for name, label in _SHOWN)
    stage = "articles" if counts.get("articles") else "inputs"
    if previous is not None and interval:
        rate = (counts.get(stage, 0) - previous.get(stage, 0)) / interval
    else:
        rate = counts.get(stage, 0) / seconds if seconds > 0 else 0.0
    return f"[{seconds:.0f} s] {figures} ({rate:,.{1 if rate < 10 else 0}f} {stage}/s)"


class Progress:
    """`with Progress(read_counts, stream) as counts_so_far:` around a job shows `read_counts()`
    (the counters so far) on `stream` until the block ends, from a daemon thread."""

    def __init__(self, read_counts: Callable[[], dict[str, int]], stream: TextIO):
        self.read_counts = read_counts
        self.stream = stream
        self.terminal = stream.isatty()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._report, name="progress", daemon=True)
        self._shown = False

    def __enter__(self) -> Callable[[], dict[str, int]]:
        self._started = time.monotonic()
        self._thread.start()
        return self.read_counts

    def __exit__(self, *exc_info) -> None:
        self._stop.set()
        self._thread.join()
        if self._shown and self.terminal:
            self.stream.write("\r\x1b[K")  # the summary replaces the line
            self.stream.flush()

    def _report(self) -> None:
        interval = TERMINAL_INTERVAL if self.terminal else LOG_INTERVAL
        previous, read_at = None, None
        while not self._stop.wait(DELAY if previous is None else interval):
            counts, now = self.read_counts(), time.monotonic()
            line = progress_line(counts, now - self._started, previous, read_at and now - read_at)
            self.stream.write(f"\r{line}\x1b[K" if self.terminal else line + "\n")
            self.stream.flush()
            self._shown = True
            previous, read_at = counts, now
