"""Avro output: the schemas of `schemas/*.avsc`, the partitioned layout, and the Beam file sink.

Layout, batch: OUT/<table>/ingest_date=YYYY-MM-DD/part-SSSSS-of-NNNNN.avro
Layout, streaming: OUT/<table>/<table>-<window start>-<window end>-pane<N>-SSSSS-of-NNNNN.avro
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import apache_beam as beam
import fastavro
import fastavro.write
from apache_beam.io import fileio


def _schema_dir() -> Path:
    # An installed package (a Dataflow worker, a worker image) carries the schemas as
    # pipeline/schemas/ (setup.py copies them in); a source checkout has them at the top, schemas/.
    packaged = Path(__file__).resolve().parents[1] / "schemas"
    return packaged if packaged.is_dir() else Path(__file__).resolve().parents[2] / "schemas"


SCHEMA_DIR = _schema_dir()
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

    def __init__(self, table: str, schema: dict, output_dir: str, ingest_date: dt.date | None,
                 num_shards: int = 1, codec: str = "deflate"):
        """`ingest_date` None: a windowed (streaming) write, a file set per window and pane."""
        super().__init__()
        if table not in TABLES:
            raise ValueError(f"unknown table {table!r}; one of {TABLES}")
        self.table = table
        self.schema = schema
        self.output_dir = output_dir.rstrip("/")
        self.ingest_date = ingest_date
        self.num_shards = num_shards
        self.codec = codec

    def expand(self, records):
        rows = records | "ToAvro" >> beam.Map(lambda record: record.to_avro())
        if self.ingest_date is None:
            schema, codec = self.schema, self.codec
            return rows | "WriteWindows" >> fileio.WriteToFiles(
                path=f"{self.output_dir}/{self.table}",
                file_naming=window_file_naming(self.table),
                sink=lambda destination: AvroFileSink(schema, codec),
                shards=max(self.num_shards, 1),
            )
        return rows | "Write" >> beam.io.WriteToAvro(
            partition_dir(self.output_dir, self.table, self.ingest_date) + "/part",
            schema=self.schema,
            codec=self.codec,
            file_name_suffix=".avro",
            num_shards=self.num_shards,
            shard_name_template="-SSSSS-of-NNNNN",
        )


class AvroFileSink(fileio.FileSink):
    """Avro container files for `fileio.WriteToFiles` (windowed writes), through fastavro."""

    def __init__(self, schema: dict, codec: str):
        self.schema = schema
        self.codec = codec
        self._writer = None

    def open(self, file_handle):
        self._writer = fastavro.write.Writer(file_handle, fastavro.parse_schema(self.schema), codec=self.codec)

    def write(self, record: dict):
        self._writer.write(record)

    def flush(self):
        self._writer.flush()


def window_file_naming(table: str):
    """Flat file names (no "/": fileio loses such output locally), readable and unique per window,
    pane and shard: events-20250610T000000-20250610T010000-pane0-00000-of-00001.avro"""

    def name(window, pane, shard_index, total_shards, compression, destination):
        start = window.start.to_utc_datetime().strftime("%Y%m%dT%H%M%S")
        end = window.end.to_utc_datetime().strftime("%Y%m%dT%H%M%S")
        pane_index = pane.index if pane is not None else 0
        return (f"{table}-{start}-{end}-pane{pane_index}-"
                f"{shard_index or 0:05d}-of-{total_shards or 1:05d}.avro")

    return name
