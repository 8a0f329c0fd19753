"""The pipeline graph: `build_pipeline(p, config, ...)` applies every stage to a Beam pipeline."""

from __future__ import annotations

import apache_beam as beam

from pipeline import __version__
from pipeline.config import Config
from pipeline.sinks.avro import WriteTable
from pipeline.transforms import (
    DeduplicateArticles, ExtractEvents, MergeEvents, ReadArticles, ReadArticlesFromPubSub,
    WindowByEventTime,
)


def build_pipeline(p: beam.Pipeline, config: Config, schemas: dict[str, dict],
                   inputs: list[str], table_dirs: dict[str, str]) -> None:
    """Apply the graph: read -> deduplicate -> extract -> merge -> write each table into
    `table_dirs[table]` (the launcher's choice, `pipeline.run.layout`).

    Batch reads `inputs` (file patterns) twice, to choose the articles to keep and then to read
    them, and writes one set of files per table. Streaming (`config.streaming`) reads a Pub/Sub
    subscription, windows by event time, deduplicates within each window, and writes a file set
    per window; every other stage is the same.
    """
    streaming = config.streaming
    limits = config.extraction
    if streaming:
        articles, read_dead_letters = p | "ReadArticles" >> ReadArticlesFromPubSub(
            streaming.subscription, limits.max_article_chars, limits.languages
        )
        window = WindowByEventTime(streaming.window_seconds, streaming.allowed_lateness_seconds)
        articles = articles | "WindowArticles" >> window
        read_dead_letters = read_dead_letters | "WindowDeadLetters" >> window
        articles, dedup_dead_letters = articles | "DeduplicateArticles" >> DeduplicateArticles()
        dead_letters = [read_dead_letters, dedup_dead_letters]
    else:
        # The files are read twice, so that article texts are never grouped: first for the dedup
        # keys, from which the articles to keep are chosen; then to let those through.
        articles, read_dead_letters = p | "ReadArticles" >> ReadArticles(
            inputs, limits.max_article_chars, limits.languages, max_file_bytes=limits.max_file_bytes,
            max_records_per_file=limits.max_records_per_file, deduplicate=True)
        dead_letters = [read_dead_letters]
    mentions, article_records, extract_dead_letters = articles | "ExtractEvents" >> ExtractEvents(
        limits.max_events_per_article, limits.max_seconds_per_article
    )
    events, mention_rows, merge_dead_letters = mentions | "MergeEvents" >> MergeEvents(__version__)
    dead_letters = ((*dead_letters, extract_dead_letters, merge_dead_letters)
                    | "FlattenDeadLetters" >> beam.Flatten())

    def write(table: str):
        return WriteTable(table, schemas[table], table_dirs[table], config.output.num_shards, config.output.codec)

    events | "WriteEvents" >> write("events")
    mention_rows | "WriteMentions" >> write("mentions")
    article_records | "WriteArticles" >> write("articles")
    dead_letters | "WriteDeadLetters" >> write("dead_letters")
