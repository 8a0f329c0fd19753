"""Work on each of a batch of items with a time limit per item, Beam-free.

The items of a batch are worked on one after the other in one worker thread, which the caller's
thread watches: an item that takes longer than the limit is given up (its outcome is
`TIMED_OUT`) and the next items go on in a new thread; the thread that ran over is left to
finish, its outcome discarded. Handing each item to a thread of its own and waiting for it (what
Beam's `with_exception_handling(timeout=...)` does) costs two thread switches an item; a batch
costs two.
"""

from __future__ import annotations

import threading
import time
from typing import Callable, Sequence, TypeVar

Item = TypeVar("Item")
Outcome = TypeVar("Outcome")


class _TimedOut:
    def __repr__(self) -> str:
        return "TIMED_OUT"


TIMED_OUT = _TimedOut()  # the outcome of an item given up


class _Worker:
    """Works on items[start:] in a thread of its own, until it is told to stop."""

    def __init__(self, work: Callable, items: Sequence, start: int):
        self.work, self.items, self.start = work, items, start
        self.outcomes: list = []  # of items[start], items[start + 1], ... as they finish
        self.current = (start, time.monotonic())  # the item under way, and since when
        self.stopped = False
        self.finished = threading.Event()
        threading.Thread(target=self._run, name="time-limited-work", daemon=True).start()

    def _run(self) -> None:
        try:
            for index in range(self.start, len(self.items)):
                if self.stopped:
                    return
                self.current = (index, time.monotonic())
                try:
                    outcome = self.work(self.items[index])
                except Exception as error:  # noqa: BLE001 - the item's outcome: the caller decides
                    outcome = error
                self.outcomes.append(outcome)
        except BaseException as error:  # KeyboardInterrupt, SystemExit: the caller raises it
            self.outcomes.append(error)
        finally:
            self.finished.set()


def each_within(work: Callable[[Item], Outcome], items: Sequence[Item],
                max_seconds: float) -> list[Outcome | Exception | _TimedOut]:
    """The outcome of `work(item)` for each item, in order: what it returned, the `Exception` it
    raised, or `TIMED_OUT` when it took longer than `max_seconds` (measured from its start).
    A `BaseException` that is no `Exception` (KeyboardInterrupt) is raised here.

    >>> each_within(lambda x: 1 / x, [1, 0], max_seconds=5)
    [1.0, ZeroDivisionError('division by zero')]
    """
    outcomes: list = []
    while len(outcomes) < len(items):
        worker = _Worker(work, items, len(outcomes))
        while True:
            index, started = worker.current
            left = started + max_seconds - time.monotonic()
            if worker.finished.wait(max(left, 0)):
                outcomes += worker.outcomes
                break
            if worker.current == (index, started) and len(worker.outcomes) == index - worker.start:
                worker.stopped = True  # it finishes the item under way, and takes no other
                outcomes += worker.outcomes[: index - worker.start] + [TIMED_OUT]
                break
        if outcomes and isinstance(outcomes[-1], BaseException) and not isinstance(outcomes[-1], Exception):
            raise outcomes[-1]
    return outcomes
