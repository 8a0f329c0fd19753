import threading
import time

import pytest

from pipeline.time_limit import TIMED_OUT, each_within


def test_each_item_gives_what_it_returned_or_raised_in_order():
    outcomes = each_within(lambda x: 10 // x, [1, 0, 5], max_seconds=5)
    assert outcomes[0] == 10 and isinstance(outcomes[1], ZeroDivisionError) and outcomes[2] == 2
    assert outcomes[1].__traceback__ is not None  # raised: a dead letter can say where


def test_an_item_over_the_limit_is_given_up_and_the_others_go_on():
    ran = []

    def work(seconds):
        time.sleep(seconds)
        ran.append(seconds)
        return seconds

    started = time.monotonic()
    assert each_within(work, [0, 0, 2.0, 0, 0.01], max_seconds=0.2) == [0, 0, TIMED_OUT, 0, 0.01]
    assert time.monotonic() - started < 1.5  # not waited for
    assert 2.0 not in ran  # still running, in the thread left to finish


def test_the_limit_is_per_item_not_per_batch():
    assert each_within(lambda x: time.sleep(x) or x, [0.06] * 5, max_seconds=0.2) == [0.06] * 5


def test_an_interrupt_is_raised_not_kept():
    def work(x):
        if x == 2:
            raise KeyboardInterrupt
        return x

    with pytest.raises(KeyboardInterrupt):
        each_within(work, [1, 2, 3], max_seconds=5)


def test_no_items_no_thread():
    before = threading.active_count()
    assert each_within(lambda x: x, [], max_seconds=1) == []
    assert threading.active_count() == before
