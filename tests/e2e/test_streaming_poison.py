"""Poison on the real Pub/Sub emulator: a 9.5 MB message (over the client's default 4 MB) and
one that is not UTF-8 become dead letters while the job goes on; the subscription that `publish
--subscription` makes sends what keeps failing to a dead-letter topic; a missing subscription is
a user error; a job that dies exits non-zero."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time

import fastavro
import pytest

from tests.e2e.test_streaming_emulator import _cli, _stop, emulator_host  # noqa: F401 - a fixture
from tests.support import REPO, messages

pytestmark = pytest.mark.emulator

TOPIC = "projects/events-test/topics/poison"
SUBSCRIPTION = "projects/events-test/subscriptions/poison-to-events"


def start_job(env, out, subscription: str = SUBSCRIPTION, seconds: int = 90) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "pipeline", "run", "--config", "configs/streaming-local.yaml",
         "--output", str(out), "--set", f"streaming.subscription={subscription}",
         "--set", "beam.runner=BundleBasedDirectRunner", "--set", "streaming.window_seconds=5",
         "--max-seconds", str(seconds)],
        cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)


def publish_raw(emulator_host: str, *messages: bytes) -> None:  # noqa: F811 - the fixture's value
    from google.cloud import pubsub_v1

    os.environ["PUBSUB_EMULATOR_HOST"] = emulator_host
    try:
        publisher = pubsub_v1.PublisherClient()
        for message in messages:
            publisher.publish(TOPIC, message).result(timeout=60)
    finally:
        del os.environ["PUBSUB_EMULATOR_HOST"]


def dead_letters(out) -> list[dict]:
    return [r for path in sorted((out / "dead_letters").glob("*.avro")) for r in fastavro.reader(path.open("rb"))]


def test_a_missing_subscription_is_a_user_error(emulator_host, tmp_path):  # noqa: F811
    env = {**os.environ, "PUBSUB_EMULATOR_HOST": emulator_host}
    done = subprocess.run(
        [sys.executable, "-m", "pipeline", "run", "--config", "configs/streaming-local.yaml",
         "--output", str(tmp_path / "out"), "--set", "streaming.subscription=projects/events-test/subscriptions/none",
         "--max-seconds", "30"], cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    (line,) = messages(done.stderr)
    assert line.startswith("events-pipeline: error: the Pub/Sub subscription projects/events-test/subscriptions/none "
                           "does not exist")


def test_oversize_and_undecodable_messages_become_dead_letters_and_the_job_goes_on(emulator_host, tmp_path):  # noqa: F811
    env = {**os.environ, "PUBSUB_EMULATOR_HOST": emulator_host}
    created = _cli(env, "publish", "--topic", TOPIC, "--subscription", SUBSCRIPTION)
    assert created.returncode == 0, created.stderr
    from google.cloud import pubsub_v1

    os.environ["PUBSUB_EMULATOR_HOST"] = emulator_host
    try:
        with pubsub_v1.SubscriberClient() as subscriber:
            policy = subscriber.get_subscription(subscription=SUBSCRIPTION).dead_letter_policy
    finally:
        del os.environ["PUBSUB_EMULATOR_HOST"]
    assert policy.dead_letter_topic == "projects/events-test/topics/poison-to-events-dead-letters"
    assert policy.max_delivery_attempts == 5

    out = tmp_path / "out"
    job = start_job(env, out)
    try:
        huge = json.dumps({"id": "huge-1", "text": "x" * 9_500_000}).encode()
        publish_raw(emulator_host, huge, b"\xff\xfe not UTF-8 \xc3", b'{"id": "fine-1", "text": "Nothing happened."}')
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and job.poll() is None and len(dead_letters(out)) < 2:
            time.sleep(1)
        letters = dead_letters(out)
        assert len(letters) == 2, letters
        assert all(letter["stage"] == "parse" and letter["input_path"].startswith(SUBSCRIPTION + "#")
                   for letter in letters)
        assert sorted(letter["message"].split(":")[0] for letter in letters) == [
            "article of 9,500,000 characters exceeds extraction.max_article_chars=1,000,000", "not UTF-8 text"]
        assert job.poll() is None, "the job died"
        stdout, stderr = job.communicate(timeout=200)
        assert job.returncode == 0, stderr
        assert re.search(r"streaming job stopped after \d+ s: 3 messages, 1 articles, .* 2 dead letters;", stdout)
    finally:
        _stop(job)


def test_a_job_that_dies_exits_non_zero_in_one_line(emulator_host, tmp_path):  # noqa: F811
    env = {**os.environ, "PUBSUB_EMULATOR_HOST": emulator_host}
    subscription = SUBSCRIPTION + "-doomed"
    created = _cli(env, "publish", "--topic", TOPIC, "--subscription", subscription)
    assert created.returncode == 0, created.stderr
    out = tmp_path / "out"
    job = start_job(env, out, subscription, seconds=150)
    try:
        publish_raw(emulator_host, b'{"id": "fine-1", "text": "Nothing happened."}')
        deadline = time.monotonic() + 120
        while not list(out.glob("articles/*.avro")) and job.poll() is None and time.monotonic() < deadline:
            time.sleep(0.5)
        assert list(out.glob("articles/*.avro")), "the job never wrote its first window"
        from google.cloud import pubsub_v1

        os.environ["PUBSUB_EMULATOR_HOST"] = emulator_host
        try:
            with pubsub_v1.SubscriberClient() as subscriber:
                subscriber.delete_subscription(subscription=subscription)  # every pull fails from now on
        finally:
            del os.environ["PUBSUB_EMULATOR_HOST"]
        stdout, stderr = job.communicate(timeout=200)
        assert job.returncode == 1, stderr[-2000:]
        last = stderr.strip().splitlines()[-1]
        assert last.startswith("events-pipeline: the run failed (") and "traceback in " in last
        assert "streaming job stopped" not in stdout
    finally:
        _stop(job)


def test_a_message_that_keeps_failing_goes_to_the_dead_letter_topic_and_is_replayed(emulator_host):  # noqa: F811
    env = {**os.environ, "PUBSUB_EMULATOR_HOST": emulator_host}
    subscription = SUBSCRIPTION + "-replayed"
    assert _cli(env, "publish", "--topic", TOPIC, "--subscription", subscription).returncode == 0
    publish_raw(emulator_host, b"poison")
    from google.cloud import pubsub_v1

    os.environ["PUBSUB_EMULATOR_HOST"] = emulator_host
    try:
        with pubsub_v1.SubscriberClient() as subscriber:
            attempts = []
            for _ in range(5):  # each delivery fails (given back unacknowledged), as a job that dies
                received = subscriber.pull(subscription=subscription, max_messages=10, timeout=30).received_messages
                attempts += [message.delivery_attempt for message in received]
                if received:
                    subscriber.modify_ack_deadline(subscription=subscription, ack_ids=[m.ack_id for m in received],
                                                   ack_deadline_seconds=0)
            assert attempts == [1, 2, 3, 4, 5]
            assert not subscriber.pull(subscription=subscription, max_messages=10, timeout=5).received_messages

            replayed = _cli(env, "publish", "--topic", TOPIC, "--subscription", subscription, "--replay-dead-letters")
            assert replayed.returncode == 0, replayed.stderr
            assert f"replayed 1 dead-lettered message(s) to {TOPIC}" in replayed.stdout
            received = subscriber.pull(subscription=subscription, max_messages=10, timeout=30).received_messages
            assert [message.message.data for message in received] == [b"poison"]
    finally:
        del os.environ["PUBSUB_EMULATOR_HOST"]
