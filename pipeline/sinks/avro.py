"""Avro output: the schemas of `schemas/*.avsc`, the partitioned layout, and the Beam file sink.

Layout: OUT/<table>/ingest_date=YYYY-MM-DD/part-SSSSS-of-NNNNN.avro
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import apache_beam as beam
import fastavro

SCHEMA_DIR = Path(__file__).resolve().parents[2] / "schemas"
TABLES = ("events", "mentions", "articles", "dead_letters")
_SCHEMA_FILE = {"events": "event", "mentions": "mention", "articles": "article", "dead_letters": "dead_letter"}


def load_schemas(schema_dir: Path = SCHEMA_DIR) -> dict[str, dict]:
    """Each table's Avro schema as parsed JSON, checked by fastavro; read once at launch."""
    schemas = {}
    for table, name in _SCHEMA_FILE.items():
        path = schema_dir / f"{name}.avsc"
        schema = json.loads(path.read_text(encoding="utf-8"))
        fastavro.parse_schema(schema)  # raises on an invalid schema, before any graph is built
        schemas[table] = schema
    return schemas


def partition_dir(output_dir: str, table: str, ingest_date: dt.date) -> str:
    return f"{output_dir.rstrip('/')}/{table}/ingest_date={ingest_date.isoformat()}"


class WriteTable(beam.PTransform):
    """Records (pydantic, with `to_avro()`) -> sharded Avro files of one table's partition."""

    def __init__(self, table: str, schema: dict, output_dir: str, ingest_date: dt.date,
                 num_shards: int = 1, codec: str = "deflate"):
        super().__init__()
        if table not in TABLES:
            raise ValueError(f"unknown table {table!r}; one of {TABLES}")
        self.table = table
        self.schema = schema
        self.prefix = partition_dir(output_dir, table, ingest_date) + "/part"
        self.num_shards = num_shards
        self.codec = codec

    def expand(self, records):
        return (
            records
            | "ToAvro" >> beam.Map(lambda record: record.to_avro())
            | "Write" >> beam.io.WriteToAvro(
                self.prefix,
                schema=self.schema,
                codec=self.codec,
                file_name_suffix=".avro",
                num_shards=self.num_shards,
                shard_name_template="-SSSSS-of-NNNNN",
            )
        )
