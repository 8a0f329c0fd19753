"""Avro output: the Beam file sink of one table.

Bounded input (a batch run) is written as sharded files of one partition,
`DIR/part-SSSSS-of-NNNNN.avro` (a file per bundle, or `num_shards` of them); unbounded input (streaming) as a file set per window and pane,
`DIR/<table>-<window start>-<window end>-pane<N>-SSSSS-of-NNNNN.avro`. Where DIR is (a staged
partition, a table's folder) is the launcher's business: `pipeline.run.layout`.
"""

from __future__ import annotations

import uuid

import apache_beam as beam
import fastavro
import fastavro.write
from apache_beam.io import fileio, filebasedsink
from apache_beam.io.filesystem import CompressionTypes
from apache_beam.io.filesystems import FileSystems
from apache_beam.transforms.window import GlobalWindow
from apache_beam.utils.timestamp import MIN_TIMESTAMP
from apache_beam.utils.windowed_value import WindowedValue

from pipeline.tables import TABLES

# The fastest level: zlib's 1 took half the CPU of its default (6) on article texts, for files
# about 9% larger; ISA-L's 1 (which compresses the blocks, `pipeline.tables`) is as small as
# zlib's 1. Readers need no level.
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
        if self.num_shards:  # Beam's sink keys the records into so many files
            return records | "Write" >> beam.io.Write(RecordsAvroSink(
                self.directory + "/part", self.schema, self.codec, self.num_shards))
        # A file per bundle, written straight into a temporary folder and then named: two steps
        # of Beam's where its sink takes nine (each costs some 15 ms to build, Beam inspecting
        # every method of its DoFn several times: about 0.3 s a run for the four tables).
        temporary = f"{self.directory}/.temp-{uuid.uuid4().hex}"
        written = records | "WriteFiles" >> beam.ParDo(_WriteBundleFilesFn(temporary, self.schema, self.codec))
        return (records.pipeline | "Once" >> beam.Impulse()
                | "NameFiles" >> beam.ParDo(_NameFilesFn(self.directory, temporary, self.schema),
                                            beam.pvalue.AsList(written)))


class _WriteBundleFilesFn(beam.DoFn):
    """Records -> an Avro file of a bundle's records in the `temporary` folder; its path is the
    output, at the bundle's end (none for a bundle without records)."""

    def __init__(self, temporary: str, schema: dict, codec: str):
        self.temporary = temporary
        self.schema = schema
        self.codec = codec

    def setup(self):
        self.parsed = fastavro.parse_schema(self.schema)

    def start_bundle(self):
        self.path = self.handle = self.writer = None

    def process(self, record) -> None:
        if self.writer is None:
            self.path = f"{self.temporary}/{uuid.uuid4().hex}.avro"
            self.handle = FileSystems.create(self.path, mime_type="application/x-avro",
                                             compression_type=CompressionTypes.UNCOMPRESSED)
            self.writer = fastavro.write.Writer(self.handle, self.parsed, codec=self.codec,
                                                compression_level=_compression_level(self.codec))
        self.writer.write(record.to_avro())

    def finish_bundle(self):
        if self.writer is not None:
            self.writer.flush()
            self.handle.close()
            yield WindowedValue(self.path, MIN_TIMESTAMP, [GlobalWindow()])


class _NameFilesFn(beam.DoFn):
    """Once all bundles are written: their files named `DIR/part-SSSSS-of-NNNNN.avro` (one empty
    file when there was no record, as Beam's sink writes), the temporary folder removed (with
    any file of a bundle that was retried)."""

    def __init__(self, directory: str, temporary: str, schema: dict):
        self.directory = directory
        self.temporary = temporary
        self.schema = schema

    def process(self, _, written: list[str]) -> None:
        if not written:
            with FileSystems.create(f"{self.directory}/part-00000-of-00001.avro",
                                    compression_type=CompressionTypes.UNCOMPRESSED) as stream:
                fastavro.writer(stream, fastavro.parse_schema(self.schema), [], codec="null")
        else:
            FileSystems.rename(sorted(written), [f"{self.directory}/part-{index:05d}-of-{len(written):05d}.avro"
                                                 for index in range(len(written))])
        leftovers = [found.path for found in FileSystems.match([self.temporary + "/*"])[0].metadata_list]
        if leftovers:
            FileSystems.delete(leftovers)
        if FileSystems.exists(self.temporary):  # a disk's folder (an object store has none)
            FileSystems.delete([self.temporary])


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
