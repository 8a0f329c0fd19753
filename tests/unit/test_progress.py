"""The progress line, the dead letters' reasons and the command line's logging options."""

from __future__ import annotations

import io
import logging
import time

import pytest

from pipeline.cli import _parser, _setup_logging
from pipeline.run import progress
from pipeline.run.progress import Progress, progress_line
from pipeline.tables import dead_letter_reason


def test_the_line_shows_the_counts_and_the_rate_of_the_stage_at_work():
    counts = {"inputs": 5000, "articles": 1200, "dead_letters": 3, "mentions": 260}
    line = progress_line(counts, 30, previous={"inputs": 5000, "articles": 200}, interval=5)
    assert line == "[30 s] 5,000 inputs read, 1,200 articles, 3 dead letters, 260 mentions, 0 events (200 articles/s)"
    assert progress_line({"inputs": 300}, 10).endswith("(30 inputs/s)")  # no articles yet: reading
    assert progress_line({}, 7) == "[7 s] running (this runner gives its counts at the end)"


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def fast(monkeypatch):
    monkeypatch.setattr(progress, "DELAY", 0.05)
    monkeypatch.setattr(progress, "LOG_INTERVAL", 0.05)
    monkeypatch.setattr(progress, "TERMINAL_INTERVAL", 0.05)


def _counting():
    calls = []

    def read():
        calls.append(None)
        return {"inputs": 10 * len(calls)}
    return read


def test_a_log_gets_lines_and_a_terminal_one_line_rewritten_then_cleared(fast):
    log, terminal = io.StringIO(), _Terminal()
    for stream in (log, terminal):
        with Progress(_counting(), stream):
            time.sleep(0.4)
    lines = log.getvalue().splitlines()
    assert len(lines) >= 3 and lines[0].startswith("[0 s] 10 inputs read") and "\r" not in log.getvalue()
    shown = terminal.getvalue()
    assert "\n" not in shown and shown.count("\r") >= 4 and shown.endswith("\r\x1b[K")


def test_a_short_job_prints_nothing():
    stream = io.StringIO()
    with Progress(_counting(), stream):
        pass
    assert stream.getvalue() == ""


@pytest.mark.parametrize("letter, reason", [
    ({"stage": "parse", "message": "not valid JSON: Expecting value: line 1 column 1 (char 0)"}, "parse: not valid JSON"),
    ({"stage": "parse", "message": "article of 1,200,000 characters exceeds extraction.max_article_chars=1,000,000"},
     "parse: article of N characters exceeds extraction.max_article_chars=N"),
    ({"stage": "parse", "message": "the article is in language 'de' (py3langid, probability 1.00); accepted: en"},
     "parse: the article is in language …"),
    ({"stage": "read", "message": "the file holds no JSON lines"}, "read: the file holds no JSON lines"),
    ({"stage": "read", "message": "'utf-8' codec can't decode byte 0xff in position 7: invalid start byte"},
     "read: … codec can't decode byte N in position N"),
])
def test_a_dead_letter_reason_leaves_out_the_particulars(letter, reason):
    assert dead_letter_reason(letter) == reason


@pytest.mark.parametrize("argv", [
    ["-v", "inspect", "out"], ["inspect", "-v", "out"], ["inspect", "out", "--verbose"],
])
def test_verbose_is_taken_before_and_after_the_command(argv):
    assert _parser().parse_args(argv).verbose is True


def test_a_log_level_after_the_command_wins_and_none_keeps_the_one_before():
    assert _parser().parse_args(["--log-level", "debug", "inspect", "out"]).log_level == "debug"
    assert _parser().parse_args(["inspect", "out", "--log-level", "INFO"]).log_level == "info"
    assert _parser().parse_args(["inspect", "out"]).log_level is None


def test_verbose_shows_the_pipeline_s_info_but_not_beam_s_and_a_log_level_shows_both():
    try:
        _setup_logging(verbose=True, level=None)
        assert logging.getLogger("pipeline.run.job").isEnabledFor(logging.INFO)
        assert not logging.getLogger("apache_beam.typehints").isEnabledFor(logging.INFO)
        _setup_logging(verbose=False, level="debug")
        assert logging.getLogger("apache_beam.typehints").isEnabledFor(logging.DEBUG)
    finally:
        _setup_logging(verbose=False, level=None)
