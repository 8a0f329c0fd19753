"""Publishing articles to Pub/Sub, so a streaming job can be tried end to end: against the local
emulator when `PUBSUB_EMULATOR_HOST` is set (the client library finds it), else real Pub/Sub."""

from __future__ import annotations

import json
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


def ensure_topic(topic: str, subscription: str | None = None) -> None:
    """Create the topic (and the subscription to it) unless they exist."""
    from google.api_core.exceptions import AlreadyExists
    from google.cloud import pubsub_v1

    try:
        pubsub_v1.PublisherClient().create_topic(name=topic)
    except AlreadyExists:
        pass
    if subscription:
        with pubsub_v1.SubscriberClient() as subscriber:
            try:
                subscriber.create_subscription(name=subscription, topic=topic)
            except AlreadyExists:
                pass


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
