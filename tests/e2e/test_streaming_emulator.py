"""Streaming end to end on the real Pub/Sub emulator: start it on a free port, create a topic
and subscription, start the streaming job (DirectRunner engine for streaming, pinned), publish
the seed and a malformed message, wait for the seed's events in their window's files, and stop
everything this test started."""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import fastavro
import pytest

from tests.support import REPO

pytestmark = pytest.mark.emulator

TOPIC = "projects/events-test/topics/articles"
SUBSCRIPTION = "projects/events-test/subscriptions/articles-to-events"


def _emulator_installed() -> bool:
    if not shutil.which("gcloud"):
        return False
    sdk = Path(shutil.which("gcloud")).resolve().parents[1]
    return any(sdk.glob("platform/pubsub-emulator*")) or any(Path("/usr/lib/google-cloud-sdk/platform").glob("pubsub-emulator*"))


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


@pytest.fixture
def emulator_host():
    if not _emulator_installed():
        pytest.skip("the Pub/Sub emulator (gcloud beta emulators pubsub) is not installed here")
    port = _free_port()
    process = subprocess.Popen(
        ["gcloud", "beta", "emulators", "pubsub", "start", f"--host-port=127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError("the Pub/Sub emulator did not start")
                time.sleep(0.3)
        yield f"127.0.0.1:{port}"
    finally:
        _stop(process)


def _cli(env, *args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=120)


def test_the_streaming_job_writes_the_seed_events_from_pubsub(emulator_host, tmp_path):
    env = {**os.environ, "PUBSUB_EMULATOR_HOST": emulator_host}
    created = _cli(env, "publish", "--topic", TOPIC, "--subscription", SUBSCRIPTION)
    assert created.returncode == 0, created.stderr
    out = tmp_path / "out"
    job = subprocess.Popen(
        [sys.executable, "-m", "pipeline", "run", "--config", "configs/streaming-local.yaml",
         "--output", str(out), "--set", f"streaming.subscription={SUBSCRIPTION}",
         "--set", "beam.runner=BundleBasedDirectRunner",
         # the seed was published in June 2025: let the window accept it however late it arrives
         "--set", "streaming.allowed_lateness_seconds=3000000000",
         # short windows: a message without a publication date is timed by its publish time, now,
         # and its window closes only when the wall clock passes the window's end
         "--set", "streaming.window_seconds=10", "--max-seconds", "150"],
        cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
    )
    try:
        time.sleep(8)  # the job's subscriber is pulling before anything is published
        undated = tmp_path / "undated.jsonl"
        undated.write_text('{"id": "undated-1", "text": "Nothing happened today."}\n', encoding="utf-8")
        published = _cli(env, "publish", "seeds/000_4bb400c44a0c140e.txt", str(undated), "--topic", TOPIC)
        assert published.returncode == 0, published.stderr
        assert "published 2 article(s)" in published.stdout
        from google.cloud import pubsub_v1  # a malformed message, straight from the client

        os.environ["PUBSUB_EMULATOR_HOST"] = emulator_host
        try:
            pubsub_v1.PublisherClient().publish(TOPIC, b"{not json").result(timeout=30)
        finally:
            del os.environ["PUBSUB_EMULATOR_HOST"]
        deadline = time.monotonic() + 120
        events: list[dict] = []
        while time.monotonic() < deadline and job.poll() is None:
            files = sorted((out / "events").glob("events-20250610T*.avro"))
            events = [r for path in files for r in fastavro.reader(path.open("rb"))]
            dead = sorted((out / "dead_letters").glob("*.avro"))
            undated_written = any("undated-1" == r["article_id"] for path in (out / "articles").glob("*.avro")
                                  for r in fastavro.reader(path.open("rb"))) if (out / "articles").exists() else False
            if len(events) >= 4 and dead and undated_written:
                break
            time.sleep(1)
        assert sorted(e["event_type"] for e in events) == [
            "DIPLOMATIC_CALL", "ELECTION", "POLICY_SIGNAL", "POLICY_SIGNAL"]
        assert undated_written  # timed by its publish time, in a window of its own
        assert all(path.name.startswith("events-") for path in (out / "events").glob("*.avro")), list((out / "events").iterdir())
        (dead_file,) = sorted((out / "dead_letters").glob("*.avro"))
        (letter,) = list(fastavro.reader(dead_file.open("rb")))
        assert letter["stage"] == "parse" and letter["input_path"].startswith(SUBSCRIPTION + "#")

        job.send_signal(signal.SIGINT)  # Ctrl-C: a clean stop, with its summary
        stdout, stderr = job.communicate(timeout=60)
        assert job.returncode == 0, stderr
        files = sorted(out.glob("*/*.avro"))
        assert re.fullmatch(
            r"streaming job stopped after \d+ s: 3 messages, 2 articles, 0 duplicates dropped, 1 dead letters; "
            rf"wrote 4 event rows, 4 mention rows, 2 article rows, 1 dead-letter rows in {len(files)} window "
            rf"file\(s\) under {re.escape(str(out))}", stdout.strip()), stdout
        assert not list(out.glob("*/.temp*")) and not list(out.glob(".temp*"))  # Beam's write folders, gone
        load = _cli(env, "load", str(out), "--duckdb", str(tmp_path / "events.duckdb"))
        assert load.returncode == 2 and "holds a streaming job's window files" in load.stderr
        inspect = _cli(env, "inspect", str(out))  # inspect and report read the windows
        assert inspect.returncode == 0 and inspect.stdout.rstrip().endswith("4 event(s)"), inspect.stdout
        report = _cli(env, "report", str(out), "--html", str(tmp_path / "report.html"))
        assert report.returncode == 0 and 'data-count="events">4<' in (tmp_path / "report.html").read_text()
    finally:
        _stop(job)
