"""Avro output: the Beam file sink of one table.

Bounded input (a batch run) is written as sharded files of one partition,
`DIR/part-SSSSS-of-NNNNN.avro`; unbounded input (streaming) as a file set per window and pane,
`DIR/<table>-<window start>-<window end>-pane<N>-SSSSS-of-NNNNN.avro`. Where DIR is (a staged
partition, a table's folder) is the launcher's business: `pipeline.run.layout`.
"""

from __future__ import annotations

import apache_beam as beam
import fastavro
import fastavro.write
from apache_beam.io import fileio, filebasedsink
from apache_beam.io.filesystem import CompressionTypes

from pipeline.tables import TABLES

# zlib's fastest level: half the CPU of its default (6) on article texts, for files about 9% larger
# (10,000 bench articles: 0.60 s and 12.0 MB against 1.15 s and 11.0 MB). Readers need no level.
DEFLATE_LEVEL = 1


def _compression_level(codec: str) -> int | None:
    return DEFLATE_LEVEL if codec == "deflate" else None  # another codec: its library's default


class WriteTable(beam.PTransform):
    """Records (pydantic, with `to_avro()`) -> sharded Avro files of one table under `directory`;
    windowed file naming when the records are unbounded, as Beam's `WriteToText` chooses."""

    def __init__(self, table: str, schema: dict, directory: str, num_shards: int = 1, codec: str = "deflate"):
        super().__init__()
        if table not in TABLES:
            raise ValueError(f"unknown table {table!r}; one of {TABLES}")
        self.table = table
        self.schema = schema
        self.directory = directory.rstrip("/")
        self.num_shards = num_shards
        self.codec = codec

    def expand(self, records):
        if not records.is_bounded:
            rows = records | "ToAvro" >> beam.Map(lambda record: record.to_avro())
            schema, codec = self.schema, self.codec
            return rows | "WriteWindows" >> fileio.WriteToFiles(
                path=self.directory,
                file_naming=window_file_naming(self.table),
                sink=lambda destination: AvroFileSink(schema, codec),
                shards=max(self.num_shards, 1),
            )
        return records | "Write" >> beam.io.Write(RecordsAvroSink(
            self.directory + "/part", self.schema, self.codec, self.num_shards))


class RecordsAvroSink(filebasedsink.FileBasedSink):
    """Sharded Avro files of records (`DIR/part-SSSSS-of-NNNNN.avro`), as Beam's `WriteToAvro`
    writes them (its temporary files, its finalisation, one empty file when there is no record),
    but each record turned into its row as it is written (`to_avro()`: no step of its own a
    record) and deflated at `DEFLATE_LEVEL`."""

    def __init__(self, file_path_prefix: str, schema: dict, codec: str, num_shards: int = 0):
        super().__init__(file_path_prefix, coder=None, file_name_suffix=".avro", num_shards=num_shards,
                         shard_name_template="-SSSSS-of-NNNNN", mime_type="application/x-avro",
                         compression_type=CompressionTypes.UNCOMPRESSED)  # Avro compresses its blocks
        self.schema = schema
        self.codec = codec

    def open(self, temp_path):
        handle = super().open(temp_path)
        return handle, fastavro.write.Writer(handle, fastavro.parse_schema(self.schema), codec=self.codec,
                                             compression_level=_compression_level(self.codec))

    def write_record(self, opened, record) -> None:
        opened[1].write(record.to_avro())

    def close(self, opened) -> None:
        handle, writer = opened
        writer.flush()
        handle.close()


class AvroFileSink(fileio.FileSink):
    """Avro container files for `fileio.WriteToFiles` (windowed writes), through fastavro."""

    def __init__(self, schema: dict, codec: str):
        self.schema = schema
        self.codec = codec
        self._writer = None

    def open(self, file_handle):
        self._writer = fastavro.write.Writer(file_handle, fastavro.parse_schema(self.schema), codec=self.codec,
                                             compression_level=_compression_level(self.codec))

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
