"""A run among others and after accidents: one run at a time per output and ingest date (the
lock, with a dead owner's lock taken over), a failed run told in one line that says what
readers see and where the traceback is, and a ledger whose last line a kill cut short."""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
import subprocess
import sys
import time

import pytest

from pipeline.bench import write_corpus
from pipeline.config import ConfigError
from pipeline.run import lock
from pipeline.run.layout import OutputLayout
from pipeline.run.ledger import InputFile, processed_dates, record_processed
from tests.support import LOCAL_RUNNER, REPO, SEED, messages

DAY = "2025-06-10"


def cli(out, *extra: str, wait: bool = True):
    command = [sys.executable, "-m", "pipeline", "run", "--config", "configs/local.yaml", "--input", str(SEED),
               "--output", str(out), "--ingest-date", DAY, "--set", f"beam.runner={LOCAL_RUNNER}", *extra]
    if not wait:
        return subprocess.Popen(command, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    return subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=300)


def manifest(out) -> dict:
    return json.loads((out / "_runs" / f"ingest_date={DAY}" / "_manifest.json").read_text())


def test_a_second_run_of_the_same_output_and_day_is_refused_while_the_first_runs(tmp_path):
    out = tmp_path / "out"
    # Long enough (a few thousand articles: tens of seconds) to outlast the second run's start-up
    # (Beam's import alone takes seconds), on a quiet machine as on a busy one.
    write_corpus(tmp_path / "many.jsonl", 3000)
    first = cli(out, "--input", str(tmp_path / "many.jsonl"), wait=False)
    held = out / "_runs" / f"ingest_date={DAY}" / "_lock"
    deadline = time.monotonic() + 120
    while not held.exists() and first.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert held.exists(), "the first run never took the lock"
    owner = json.loads(held.read_text())
    assert owner["pid"] == first.pid and owner["host"] == socket.gethostname()

    second = cli(out)
    first_stdout, first_stderr = first.communicate(timeout=300)
    assert first.returncode == 0, first_stderr
    assert second.returncode == 2
    (line,) = messages(second.stderr)
    assert line.startswith("events-pipeline: error: another run is writing this output and ingest date: run ")
    assert f"pid {first.pid}" in line
    assert not held.exists()  # released at the end
    assert manifest(out)["run_id"] == owner["run_id"]  # the refused run changed nothing


def test_a_lock_whose_owner_died_is_taken_over_and_a_live_one_is_not(tmp_path):
    path = str(tmp_path / "_lock")
    ended = subprocess.Popen(["true"])
    ended.wait()
    dead = lock.LockOwner("20250610T000000Z-000000", "someone", socket.gethostname(), ended.pid,
                          dt.datetime.now(dt.timezone.utc).isoformat())
    (tmp_path / "_lock").write_text(json.dumps(dead.__dict__))
    mine = lock.acquire(path, "20250610T000001Z-000001", expiry_hours=24)
    assert json.loads((tmp_path / "_lock").read_text())["run_id"] == mine.run_id
    assert sorted(p.name for p in tmp_path.iterdir()) == ["_lock"]  # nothing set aside is left

    with pytest.raises(lock.OutputLocked, match=f"pid {os.getpid()}"):  # this process is alive
        lock.acquire(path, "20250610T000002Z-000002", expiry_hours=24)
    lock.release(path, mine)
    assert not (tmp_path / "_lock").exists()


def test_a_lock_older_than_the_expiry_is_taken_over_whoever_holds_it(tmp_path):
    path = str(tmp_path / "_lock")
    old = lock.LockOwner("20250610T000000Z-000000", "someone", "another-host", 1,
                         (dt.datetime.now(dt.timezone.utc) - dt.timedelta(hours=3)).isoformat())
    (tmp_path / "_lock").write_text(json.dumps(old.__dict__))
    with pytest.raises(lock.OutputLocked, match="another-host"):
        lock.acquire(path, "20250610T000001Z-000001", expiry_hours=4)
    assert lock.acquire(path, "20250610T000001Z-000001", expiry_hours=2).run_id == "20250610T000001Z-000001"


def test_a_run_that_fails_before_its_commit_says_readers_still_see_the_previous_partition(tmp_path):
    out = tmp_path / "out"
    assert cli(out).returncode == 0
    previous = manifest(out)["run_id"]
    (out / "_staging").rmdir()  # left empty by the run
    (out / "_staging").write_text("a file where the run's staging goes: the pipeline's writes fail")
    failed = cli(out)
    assert failed.returncode == 1
    (line,) = messages(failed.stderr)
    assert line.startswith("events-pipeline: the run failed (")
    assert f"readers still see the partition of {DAY} that run {previous} committed" in line
    log = line.rsplit("traceback in ", 1)[1]
    assert log.startswith(str(out / "_runs" / f"ingest_date={DAY}")) and log.endswith(".failed.log")
    assert "Traceback (most recent call last)" in open(log).read()
    assert manifest(out)["run_id"] == previous


def test_a_run_that_fails_after_its_commit_says_readers_see_its_partition(tmp_path):
    out = tmp_path / "out"
    (out / "_runs" / "_ledger.jsonl").mkdir(parents=True)  # recording the inputs, after the commit, fails
    failed = cli(out)
    assert failed.returncode == 1
    (line,) = messages(failed.stderr)
    assert f"it had committed: readers see this run's partition of {DAY}" in line
    committed = manifest(out)["run_id"]
    assert line.rsplit("traceback in ", 1)[1].endswith(f"{committed}.failed.log")
    assert list((out / "events" / f"ingest_date={DAY}").iterdir())[0].name.endswith(f"{committed}.avro")


def test_the_ledger_leaves_out_a_last_line_cut_short_and_the_next_record_drops_it(tmp_path):
    layout = OutputLayout(str(tmp_path))
    ledger = tmp_path / "_runs" / "_ledger.jsonl"
    ledger.parent.mkdir()
    whole = {"path": "/in/a.jsonl", "size": 10, "mtime": 1.0, "ingest_date": "2025-06-09"}
    ledger.write_text(json.dumps(whole) + '\n{"path": "/in/b.jsonl", "si', encoding="utf-8")
    assert processed_dates(layout) == {("/in/a.jsonl", 10, 1.0): "2025-06-09"}

    record_processed([InputFile("/in/c.jsonl", 5, 2.0)], layout, dt.date(2025, 6, 10))
    lines = [json.loads(line) for line in ledger.read_text(encoding="utf-8").splitlines()]
    assert [entry["path"] for entry in lines] == ["/in/a.jsonl", "/in/c.jsonl"]

    ledger.write_text('{"path": "/in/b.jsonl", "si\n' + json.dumps(whole) + "\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="damaged at line 1"):  # not a kill's trace: said, not skipped
        processed_dates(layout)


def test_a_file_that_fails_on_its_second_reading_fails_the_run_instead_of_losing_articles(tmp_path, monkeypatch,
                                                                                           capsys):
    """A batch run reads its files twice (the second reading lets the articles dedup chose through).
    A file that yields fewer records the second time (changed, or an I/O error) must not lose
    them silently: the counts do not reconcile, the run fails and publishes nothing."""
    import pipeline.transforms
    from pipeline.cli import main

    corpus = tmp_path / "in" / "corpus.jsonl"
    corpus.parent.mkdir()
    write_corpus(corpus, 3)
    readings = []
    real_split_records = pipeline.transforms.split_records

    def split_records_failing_the_second_time(path, *args, **kwargs):
        readings.append(path)
        for number, record in enumerate(real_split_records(path, *args, **kwargs)):
            if len(readings) > 1 and number == 1:
                raise OSError("the disk went away")
            yield record

    monkeypatch.setattr(pipeline.transforms, "split_records", split_records_failing_the_second_time)
    out = tmp_path / "out"
    code = main(["run", "--config", "configs/local.yaml", "--input", str(corpus), "--output", str(out),
                 "--ingest-date", DAY, "--set", f"beam.runner={LOCAL_RUNNER}",
                 "--set", "beam.direct_running_mode=in_memory"])
    assert len(readings) == 2  # the test's premise: both readings ran in this process
    assert code == 1
    said = messages(capsys.readouterr().err)
    assert any("InputsLost: 2 of 3 inputs are neither articles, duplicates nor dead letters" in line
               for line in said), said
    assert not (out / "_runs" / f"ingest_date={DAY}" / "_manifest.json").exists()
