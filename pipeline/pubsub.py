"""Pub/Sub for a streaming job: setting up its subscription (with a dead-letter topic for the
messages that keep failing), publishing articles to try it end to end, and the checks made before
a job starts. Against the local emulator when `PUBSUB_EMULATOR_HOST` is set (the client library
finds it), else real Pub/Sub."""

from __future__ import annotations

import json
import os
from typing import Iterable, Iterator

from apache_beam.io.filesystem import CompressionTypes
from apache_beam.io.filesystems import FileSystems

from pipeline.records import Article
from pipeline.sources import DamagedInput, InvalidArticle, open_decompressed, parse_record, split_records


def article_message(article: Article) -> bytes:
    """The JSON message of an article: one line of the JSON Lines input format."""
    fields = {
        "id": article.article_id,
        "url": article.url,
        "title": article.title,
        "published_at": article.published_at.isoformat() if article.published_at else None,
        "source": article.source,
        "text": article.text,
    }
    return json.dumps(fields, ensure_ascii=False).encode("utf-8")


def articles_in(paths: Iterable[str]) -> Iterator[Article | InvalidArticle]:
    """Every article of the files (any input kind the batch job reads), or the error of a record."""
    for path in paths:
        # Raw bytes, decompressed by the readers: Beam's own decompression stops silently at a cut.
        with FileSystems.open(path, compression_type=CompressionTypes.UNCOMPRESSED) as raw:
            try:
                for record in split_records(path, open_decompressed(path, raw)):
                    try:
                        yield parse_record(record)
                    except InvalidArticle as error:
                        yield error
            except DamagedInput as error:
                yield InvalidArticle(f"{path}: {error}")


# Pub/Sub's largest message is 10 MB, and a pull returns several (the DirectRunner asks for 10).
_LARGEST_PULL_RESPONSE = 10 * 10 * 1024 * 1024 + 1024 * 1024
# After this many deliveries that were not acknowledged (a message that kills the job before its
# pull is acknowledged, each time it is redelivered), Pub/Sub moves it to the dead-letter topic.
MAX_DELIVERY_ATTEMPTS = 5


def dead_letter_topic(subscription: str) -> str:
    """projects/P/subscriptions/S -> projects/P/topics/S-dead-letters."""
    project, name = subscription.split("/")[1], subscription.rsplit("/", 1)[-1]
    return f"projects/{project}/topics/{name}-dead-letters"


def ensure_topic(topic: str, subscription: str | None = None) -> None:
    """Create the topic unless it exists; with a subscription, also the subscription to it, whose
    messages go to `dead_letter_topic(subscription)` after MAX_DELIVERY_ATTEMPTS deliveries, and
    that topic with a subscription of the same name, which keeps them until they are replayed
    (a topic without a subscription drops what it is sent)."""
    from google.api_core.exceptions import AlreadyExists
    from google.cloud import pubsub_v1

    publisher = pubsub_v1.PublisherClient()
    for name in (topic, dead_letter_topic(subscription)) if subscription else (topic,):
        try:
            publisher.create_topic(name=name)
        except AlreadyExists:
            pass
    if not subscription:
        return
    policy = {"dead_letter_topic": dead_letter_topic(subscription), "max_delivery_attempts": MAX_DELIVERY_ATTEMPTS}
    with pubsub_v1.SubscriberClient() as subscriber:
        dead_letters = dead_letter_topic(subscription).replace("/topics/", "/subscriptions/")
        for request in ({"name": dead_letters, "topic": dead_letter_topic(subscription)},
                        {"name": subscription, "topic": topic, "dead_letter_policy": policy}):
            try:
                subscriber.create_subscription(request=request)
            except AlreadyExists:
                pass
        if not subscriber.get_subscription(subscription=subscription).dead_letter_policy.dead_letter_topic:
            subscriber.update_subscription(request={  # made before there were dead-letter topics
                "subscription": {"name": subscription, "dead_letter_policy": policy},
                "update_mask": {"paths": ["dead_letter_policy"]}})


def replay_dead_letters(subscription: str, topic: str) -> int:
    """Publish again to `topic` every message the dead-letter subscription of `subscription`
    holds (with its attributes), acknowledging each once it is published; returns how many."""
    from google.cloud import pubsub_v1

    dead_letters = dead_letter_topic(subscription).replace("/topics/", "/subscriptions/")
    publisher = pubsub_v1.PublisherClient()
    replayed = 0
    with pubsub_v1.SubscriberClient() as subscriber:
        while True:
            response = subscriber.pull(subscription=dead_letters, max_messages=100, timeout=10)
            if not response.received_messages:
                return replayed
            for received in response.received_messages:
                publisher.publish(topic, received.message.data, **dict(received.message.attributes)).result(timeout=60)
            subscriber.acknowledge(subscription=dead_letters,
                                   ack_ids=[received.ack_id for received in response.received_messages])
            replayed += len(response.received_messages)


def check_subscription(subscription: str) -> None:
    """`ConfigError` when the subscription does not exist or cannot be read (credentials,
    permission): a streaming job would fail at its first pull."""
    from google.api_core.exceptions import GoogleAPIError, NotFound
    from google.auth.exceptions import GoogleAuthError
    from google.cloud import pubsub_v1

    from pipeline.config import ConfigError

    try:
        with pubsub_v1.SubscriberClient() as subscriber:
            subscriber.get_subscription(subscription=subscription)
    except NotFound:
        raise ConfigError(f"the Pub/Sub subscription {subscription} does not exist; create it with "
                          f"`events-pipeline publish --topic projects/P/topics/T --subscription "
                          f"{subscription}`") from None
    except (GoogleAPIError, GoogleAuthError) as error:  # no credentials, no permission
        first_line = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        raise ConfigError(f"cannot read the Pub/Sub subscription {subscription}: {first_line}") from None


def accept_largest_messages() -> None:
    """Let the DirectRunner's Pub/Sub reads take the largest messages from the emulator.

    google-cloud-pubsub (2.44) builds its channel to the emulator with gRPC's default 4 MB receive
    limit (its channel to Pub/Sub has none), so a larger message fails every pull and the job
    dies; the DirectRunner makes its own subscriber client, so the limit is raised where the
    library makes that channel. Messages of any size then reach the parser, which turns one too
    large for an article into a dead letter."""
    if not os.environ.get("PUBSUB_EMULATOR_HOST"):
        return
    import grpc
    from google.pubsub_v1.services.subscriber.client import SubscriberClient
    from google.pubsub_v1.services.subscriber.transports.grpc import SubscriberGrpcTransport

    class LargeMessagesTransport(SubscriberGrpcTransport):
        def __init__(self, *args, channel=None, **kwargs):
            if channel is not None and os.environ.get("PUBSUB_EMULATOR_HOST"):
                channel.close()
                channel = grpc.insecure_channel(os.environ["PUBSUB_EMULATOR_HOST"], options=[
                    ("grpc.max_receive_message_length", _LARGEST_PULL_RESPONSE)])
            super().__init__(*args, channel=channel, **kwargs)

    registry = SubscriberClient._transport_registry
    if registry["grpc"] is SubscriberGrpcTransport:
        registry["grpc"] = LargeMessagesTransport


def publish_articles(paths: list[str], topic: str) -> tuple[int, list[str]]:
    """Publish every article of the files; returns (messages published, errors of skipped records)."""
    from google.cloud import pubsub_v1

    publisher = pubsub_v1.PublisherClient()
    futures, errors = [], []
    for item in articles_in(paths):
        if isinstance(item, InvalidArticle):
            errors.append(str(item))
            continue
        futures.append(publisher.publish(topic, article_message(item), article_id=item.article_id))
    for future in futures:
        future.result(timeout=60)
    return len(futures), errors
