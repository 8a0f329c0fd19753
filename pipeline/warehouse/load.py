"""Feeding a warehouse: the BigQuery schema of a table, and loading partitions into DuckDB.

DuckDB cannot read Avro offline (its extension is downloaded), so the files are read with
fastavro and handed to DuckDB as Arrow tables. Loading is idempotent and merges events:

- `mentions` are unique by (event_id, article_id), `articles` by article_id, `dead_letters` by
  a hash of the record; loading a partition again changes nothing. A partition that holds two
  different rows under one key (which the pipeline does not write) is not loaded, with an
  error that names them (`ConflictingRows`): no row is dropped without a word.
- an event already known from an earlier partition stays one row: its sources are united,
  `first_published_at` is the earliest, and `num_articles` / `num_mentions` are recounted from
  the mentions table. That holds for the same `event_id` and for rows that are one event by the
  identity rule (same type and key, anchors within the kind's window: `pipeline.identity`): a
  later partition's report joins the earlier row, bringing its mentions and a date that became
  known.

Views over `events` for analysts: `dyads`, `signals`, `elections`, `dated_events` and the
`organisations` table (`pipeline.warehouse.views`); `gdelt_events` (`pipeline.gdelt`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

import pyarrow as pa

from pipeline.extract.events import identity_window
from pipeline.gdelt import gdelt_view_sql
from pipeline.identity import rows_of_one_event
from pipeline.tables import TABLES
from pipeline.warehouse.read import partition_dates, read_table
from pipeline.warehouse.views import analyst_views_sql

_BIGQUERY_PRIMITIVES = {"string": "STRING", "int": "INTEGER", "long": "INTEGER", "double": "FLOAT",
                        "float": "FLOAT", "boolean": "BOOLEAN", "bytes": "BYTES"}
_BIGQUERY_LOGICAL = {"date": "DATE", "timestamp-millis": "TIMESTAMP", "timestamp-micros": "TIMESTAMP"}
_ARROW_PRIMITIVES = {"string": pa.string(), "int": pa.int32(), "long": pa.int64(), "double": pa.float64(),
                     "float": pa.float32(), "boolean": pa.bool_(), "bytes": pa.binary()}
_ARROW_LOGICAL = {"date": pa.date32(), "timestamp-millis": pa.timestamp("ms", tz="UTC"),
                  "timestamp-micros": pa.timestamp("us", tz="UTC")}

_KEYS = {
    "events": ("event_id",),
    "mentions": ("event_id", "article_id"),
    "articles": ("article_id",),
    "dead_letters": ("dead_letter_id",),
}


def _unwrap(avro_type) -> tuple[object, bool]:
    """(the type without its null branch, whether it was nullable)."""
    if isinstance(avro_type, list):
        branches = [branch for branch in avro_type if branch != "null"]
        if len(branches) != 1:
            raise ValueError(f"only [null, T] unions are supported, not {avro_type}")
        return branches[0], True
    return avro_type, False


def bigquery_fields(avro_record: dict) -> list[dict]:
    """BigQuery JSON schema fields for an Avro record (logical types: date -> DATE,
    timestamp-millis -> TIMESTAMP; arrays -> REPEATED; [null, T] -> NULLABLE)."""
    fields = []
    for field in avro_record["fields"]:
        avro_type, nullable = _unwrap(field["type"])
        mode = "NULLABLE" if nullable else "REQUIRED"
        if isinstance(avro_type, dict) and avro_type.get("type") == "array":
            avro_type, mode = avro_type["items"], "REPEATED"
        entry = {"name": field["name"], "mode": mode}
        if isinstance(avro_type, dict) and avro_type.get("type") == "record":
            entry.update(type="RECORD", fields=bigquery_fields(avro_type))
        elif isinstance(avro_type, dict) and avro_type.get("logicalType") in _BIGQUERY_LOGICAL:
            entry["type"] = _BIGQUERY_LOGICAL[avro_type["logicalType"]]
        else:
            name = avro_type["type"] if isinstance(avro_type, dict) else avro_type
            entry["type"] = _BIGQUERY_PRIMITIVES[name]
        if field.get("doc"):
            entry["description"] = field["doc"]
        fields.append(entry)
    return fields


def arrow_type(avro_type) -> pa.DataType:
    avro_type, _ = _unwrap(avro_type)
    if isinstance(avro_type, dict):
        if avro_type.get("type") == "array":
            return pa.list_(arrow_type(avro_type["items"]))
        if avro_type.get("type") == "record":
            return pa.struct([pa.field(f["name"], arrow_type(f["type"])) for f in avro_type["fields"]])
        if avro_type.get("logicalType") in _ARROW_LOGICAL:
            return _ARROW_LOGICAL[avro_type["logicalType"]]
        return _ARROW_PRIMITIVES[avro_type["type"]]
    return _ARROW_PRIMITIVES[avro_type]


def arrow_schema(avro_record: dict) -> pa.Schema:
    return pa.schema([pa.field(f["name"], arrow_type(f["type"])) for f in avro_record["fields"]])


def _partitions(out_dir: Path, ingest_date: dt.date | None) -> list[dt.date]:
    return [ingest_date] if ingest_date else partition_dates(out_dir, "events")


def _table_sql(name: str, schema: pa.Schema) -> str:
    import duckdb

    with duckdb.connect() as scratch:
        empty = schema.empty_table()  # noqa: F841 - read by DuckDB's replacement scan
        columns = scratch.execute("DESCRIBE SELECT * FROM empty").fetchall()
    body = ", ".join(f'"{column}" {column_type}' for column, column_type, *_ in columns)
    keys = ", ".join(_KEYS[name])
    return f"CREATE TABLE IF NOT EXISTS {name} ({body}, PRIMARY KEY ({keys}))"


class ConflictingRows(ValueError):
    """A partition holds two different rows under one key of their table: loading them would keep
    one and drop the other."""


def _rows(out_dir: Path, table: str, day: dt.date) -> list[dict]:
    """The partition's rows of a table, each key once (rows equal in every field are one row);
    `ConflictingRows` for two different rows under one key."""
    by_key: dict[tuple, dict] = {}
    for row in read_table(out_dir, table, day):
        row["ingest_date"] = day
        if table == "dead_letters":
            row["dead_letter_id"] = hashlib.sha256(
                json.dumps([row[k] for k in ("stage", "error_type", "message", "input_path", "payload")]).encode()
            ).hexdigest()[:16]
        key = tuple(row[name] for name in _KEYS[table])
        # a dead letter's key is its content (its stack aside): the same key is the same letter
        if by_key.setdefault(key, row) != row and table != "dead_letters":
            raise ConflictingRows(
                f"{table} of ingest_date={day} holds two different rows with {', '.join(_KEYS[table])} "
                f"{', '.join(map(repr, key))}; loading would keep only one, so nothing of that partition was loaded")
    return list(by_key.values())


def load_duckdb(out_dir: Path, database: Path, schemas: dict[str, dict],
                ingest_date: dt.date | None = None) -> dict[str, int]:
    """Load one partition (or all) of OUT_DIR into the DuckDB file; returns row counts per table."""
    import duckdb

    out_dir = Path(out_dir)
    with duckdb.connect(str(database)) as connection:
        arrow_schemas = {}
        for table in TABLES:
            schema = arrow_schema(schemas[table]).append(pa.field("ingest_date", pa.date32()))
            if table == "dead_letters":
                schema = schema.append(pa.field("dead_letter_id", pa.string()))
            arrow_schemas[table] = schema
            connection.execute(_table_sql(table, schema))
        connection.execute(gdelt_view_sql())  # GDELT 2.0 column names over events (pipeline.gdelt)
        connection.execute(analyst_views_sql())  # dyads, signals, elections (pipeline.warehouse.views)
        for day in _partitions(out_dir, ingest_date):
            connection.begin()
            for table in ("articles", "mentions", "dead_letters"):
                incoming = pa.Table.from_pylist(_rows(out_dir, table, day), schema=arrow_schemas[table])
                connection.register("incoming", incoming)
                connection.execute(f"INSERT OR REPLACE INTO {table} SELECT * FROM incoming")
                connection.unregister("incoming")
            incoming = pa.Table.from_pylist(_rows(out_dir, "events", day), schema=arrow_schemas["events"])
            connection.register("incoming", incoming)
            connection.execute(_MERGE_EVENTS)
            connection.unregister("incoming")
            _join_reports_of_one_event(connection)
            connection.execute(_RECOUNT_EVENTS)
            connection.commit()
        return {table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in TABLES}


# A known event keeps its row (and its first partition's ingest_date); what later articles add
# is merged in.
_MERGE_EVENTS = """
INSERT INTO events SELECT * FROM incoming
ON CONFLICT (event_id) DO UPDATE SET
    sources = list_sort(list_distinct(list_concat(events.sources, excluded.sources))),
    first_published_at = least(events.first_published_at, excluded.first_published_at),
    num_sources = len(list_distinct(list_concat(events.sources, excluded.sources))),
    actors = CASE WHEN len(events.actors) >= len(excluded.actors) THEN events.actors ELSE excluded.actors END
"""


def _join_reports_of_one_event(connection) -> None:
    """Rows of different partitions that are one event (same type and key, anchors within the
    kind's window: `pipeline.identity`) become the row of the earliest: its mentions gain the
    others', its sources and date what they add (a date that became known); the others go."""
    columns = ("event_id", "event_type", "event_key", "event_date", "date_precision", "anchor_date", "anchor_source")
    rows = [dict(zip(columns, row)) for row in connection.execute(
        f"SELECT {', '.join(columns)} FROM events WHERE event_key IS NOT NULL").fetchall()]
    joins = rows_of_one_event(rows, identity_window)
    if not joins:
        return
    connection.register("joins", pa.table({"old": list(joins), "keeper": list(joins.values())}))
    connection.execute(_JOIN_EVENTS)
    connection.unregister("joins")


# The keeper takes the others' mentions, sources, earliest publication, and the most precise
# date any of them gives; then the others are removed.
_JOIN_EVENTS = """
INSERT OR IGNORE INTO mentions
SELECT mentions.* REPLACE (joins.keeper AS event_id) FROM mentions JOIN joins ON mentions.event_id = joins.old;
DELETE FROM mentions WHERE event_id IN (SELECT old FROM joins);
UPDATE events SET
    sources = list_sort(list_distinct(list_concat(events.sources, other.sources))),
    num_sources = len(list_distinct(list_concat(events.sources, other.sources))),
    first_published_at = least(events.first_published_at, other.first_published_at)
FROM (SELECT joins.keeper, flatten(list(e.sources)) AS sources, min(e.first_published_at) AS first_published_at
      FROM joins JOIN events e ON e.event_id = joins.old GROUP BY joins.keeper) AS other
WHERE events.event_id = other.keeper;
UPDATE events SET
    event_date = dated.event_date, date_precision = dated.date_precision, date_text = dated.date_text,
    anchor_date = dated.event_date, anchor_source = 'EVENT'
FROM (SELECT joins.keeper, arg_min(e.event_date, {precision_rank}) AS event_date,
             arg_min(e.date_precision, {precision_rank}) AS date_precision,
             arg_min(e.date_text, {precision_rank}) AS date_text,
             min({precision_rank}) AS rank
      FROM joins JOIN events e ON e.event_id = joins.old WHERE e.event_date IS NOT NULL GROUP BY joins.keeper) AS dated
WHERE events.event_id = dated.keeper
  AND (events.event_date IS NULL OR dated.rank < {keeper_rank});
DELETE FROM events WHERE event_id IN (SELECT old FROM joins);
"""
_PRECISION_SQL = "CASE {0}date_precision WHEN 'DAY' THEN 0 WHEN 'WEEK' THEN 1 WHEN 'MONTH' THEN 2 WHEN 'YEAR' THEN 3 ELSE 9 END"
_JOIN_EVENTS = _JOIN_EVENTS.format(precision_rank=_PRECISION_SQL.format("e."), keeper_rank=_PRECISION_SQL.format("events."))

_RECOUNT_EVENTS = """
UPDATE events SET num_articles = counted.articles, num_mentions = counted.mentions
FROM (SELECT event_id, count(DISTINCT article_id) AS articles, count(*) AS mentions
      FROM mentions GROUP BY event_id) AS counted
WHERE events.event_id = counted.event_id
"""

EXAMPLE_SQL = """
SELECT event_date, event_type, count(*) AS events
FROM events GROUP BY ALL ORDER BY event_date NULLS LAST, event_type
"""
