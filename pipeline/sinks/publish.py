"""Publishing a run's output: staging, the partition swap, the manifest and `_SUCCESS`.

The pipeline writes every table of the run into `OUT/_staging/ingest_date=D/<table>/...`. Only
after the pipeline has finished does the launcher publish, table by table, by renames:

    OUT/<table>/ingest_date=D       -> OUT/_staging/ingest_date=D/_previous/<table>  (old partition out)
    OUT/_staging/ingest_date=D/<table>/ingest_date=D -> OUT/<table>/ingest_date=D    (new partition in)

so a reader sees the old partition or the new one, never half of one, and a rerun replaces the
partition whole (also when it writes fewer shards). A run that fails or is killed before that
leaves the published partitions untouched. Then `OUT/_runs/ingest_date=D/_manifest.json` is
written and `_SUCCESS` last.

On an object store (gs://, s3://) there are no directories to swap: the old partition's files
are deleted and the new ones renamed into place, through Beam's FileSystems (not atomic, and
not exercised here: there is no object store on this machine).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import io
import json
import os
import shutil
from pathlib import Path

import fastavro
from apache_beam.io.filesystem import BeamIOError, CompressionTypes
from apache_beam.io.filesystems import FileSystems
from fastavro.schema import fingerprint, to_parsing_canonical_form

from pipeline.sinks.avro import TABLES, partition_dir


@dataclasses.dataclass(frozen=True)
class WrittenFile:
    path: str  # relative to the output directory
    records: int
    bytes: int


def staging_root(output_dir: str, ingest_date: dt.date) -> str:
    return f"{output_dir.rstrip('/')}/_staging/ingest_date={ingest_date.isoformat()}"


def runs_dir(output_dir: str, ingest_date: dt.date) -> str:
    return f"{output_dir.rstrip('/')}/_runs/ingest_date={ingest_date.isoformat()}"


def is_local(path: str) -> bool:
    return "://" not in path


def _files(pattern: str) -> list[str]:
    try:
        return sorted(m.path for m in FileSystems.match([pattern])[0].metadata_list)
    except BeamIOError:
        return []


def clear_staging(output_dir: str, ingest_date: dt.date) -> None:
    """Remove what a failed or killed earlier run of this ingest date left in staging."""
    root = staging_root(output_dir, ingest_date)
    if is_local(root):
        shutil.rmtree(root, ignore_errors=True)
    elif leftovers := _files(root + "/**"):
        FileSystems.delete(leftovers)


def count_records(path: str) -> int:
    with FileSystems.open(path, compression_type=CompressionTypes.UNCOMPRESSED) as stream:
        return sum(block.num_records for block in fastavro.block_reader(stream))


def _rewrite_empty_uncompressed(path: str) -> None:
    # An empty file with a compression codec is valid Avro, but Polars (2.1) cannot read it;
    # the same empty file without a codec every reader takes.
    with FileSystems.open(path, compression_type=CompressionTypes.UNCOMPRESSED) as stream:
        schema = fastavro.reader(stream).writer_schema
    buffer = io.BytesIO()
    fastavro.writer(buffer, schema, [], codec="null")
    with FileSystems.create(path, compression_type=CompressionTypes.UNCOMPRESSED) as stream:
        stream.write(buffer.getvalue())


def publish(output_dir: str, ingest_date: dt.date) -> dict[str, list[WrittenFile]]:
    """Move every staged table partition into place; returns the published files per table."""
    staging = staging_root(output_dir, ingest_date)
    success = runs_dir(output_dir, ingest_date) + "/_SUCCESS"
    if FileSystems.exists(success):  # the partition is being replaced: not complete until the end
        FileSystems.delete([success])
    written: dict[str, list[WrittenFile]] = {}
    for table in TABLES:
        staged_dir = partition_dir(staging, table, ingest_date)
        final_dir = partition_dir(output_dir, table, ingest_date)
        files = []
        for path in _files(staged_dir + "/*.avro"):
            records = count_records(path)
            if records == 0:
                _rewrite_empty_uncompressed(path)
            name = path.rsplit("/", 1)[-1]
            size = FileSystems.match([path])[0].metadata_list[0].size_in_bytes
            files.append(WrittenFile(f"{table}/ingest_date={ingest_date.isoformat()}/{name}", records, size))
        if is_local(output_dir):
            _swap_directories(staged_dir, final_dir, f"{staging}/_previous/{table}")
        else:  # an object store has no directories to swap: replace the files (not atomic)
            if old := _files(final_dir + "/*"):
                FileSystems.delete(old)
            staged = _files(staged_dir + "/*.avro")
            FileSystems.rename(staged, [f"{final_dir}/{p.rsplit('/', 1)[-1]}" for p in staged])
        written[table] = files
    clear_staging(output_dir, ingest_date)
    return written


def _swap_directories(staged: str, final: str, previous: str) -> None:
    Path(final).parent.mkdir(parents=True, exist_ok=True)
    Path(previous).parent.mkdir(parents=True, exist_ok=True)
    if Path(final).exists():
        os.rename(final, previous)
    os.rename(staged, final)


def schema_fingerprint(schema: dict) -> str:
    """CRC-64-AVRO fingerprint of the schema's Parsing Canonical Form, as hex."""
    return fingerprint(to_parsing_canonical_form(fastavro.parse_schema(schema)), "CRC-64-AVRO")


def digest(value: object) -> str:
    return "sha256:" + hashlib.sha256(json.dumps(value, sort_keys=True, default=str).encode()).hexdigest()


def write_manifest(output_dir: str, ingest_date: dt.date, manifest: dict) -> str:
    """Write `_manifest.json`, then `_SUCCESS` last; returns the manifest's path."""
    directory = runs_dir(output_dir, ingest_date)
    path = directory + "/_manifest.json"
    body = (json.dumps(manifest, indent=2) + "\n").encode("utf-8")
    if is_local(directory):
        Path(directory).mkdir(parents=True, exist_ok=True)
        temporary = Path(directory) / "._manifest.json.tmp"
        temporary.write_bytes(body)
        os.replace(temporary, path)
    else:
        with FileSystems.create(path, mime_type="application/json") as stream:
            stream.write(body)
    with FileSystems.create(directory + "/_SUCCESS") as stream:
        stream.write(b"")
    return path
