"""Publishing a run's output: staging, the partition swap, the manifest and `_SUCCESS`.

The pipeline writes every table of the run into `OUT/_staging/ingest_date=D/<table>/...`. Only
after the pipeline has finished does the launcher publish, table by table, by renames:

    OUT/<table>/ingest_date=D       -> OUT/_staging/ingest_date=D/_previous/<table>  (old partition out)
    OUT/_staging/ingest_date=D/<table>/ingest_date=D -> OUT/<table>/ingest_date=D    (new partition in)

so a reader sees the old partition or the new one, never half of one, and a rerun replaces the
partition whole (also when it writes fewer shards). A run that fails or is killed before that
leaves the published partitions untouched. Then `OUT/_runs/ingest_date=D/_manifest.json` is
written and `_SUCCESS` last.

Local output directories only: on an object store (gs://, s3://) renames are copies and no
such swap exists; there the launcher refuses `publish` (see `pipeline.job`).
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
from fastavro.schema import fingerprint, to_parsing_canonical_form

from pipeline.sinks.avro import TABLES, partition_dir


@dataclasses.dataclass(frozen=True)
class WrittenFile:
    path: str  # relative to the output directory
    records: int
    bytes: int


def staging_root(output_dir: str, ingest_date: dt.date) -> str:
    return f"{output_dir.rstrip('/')}/_staging/ingest_date={ingest_date.isoformat()}"


def runs_dir(output_dir: str, ingest_date: dt.date) -> Path:
    return Path(output_dir) / "_runs" / f"ingest_date={ingest_date.isoformat()}"


def clear_staging(output_dir: str, ingest_date: dt.date) -> None:
    """Remove what a failed or killed earlier run of this ingest date left in staging."""
    shutil.rmtree(staging_root(output_dir, ingest_date), ignore_errors=True)


def count_records(path: Path) -> int:
    with path.open("rb") as stream:
        return sum(block.num_records for block in fastavro.block_reader(stream))


def _rewrite_empty_uncompressed(path: Path) -> None:
    # An empty file with a compression codec is valid Avro, but Polars (2.1) cannot read it;
    # the same empty file without a codec every reader takes.
    with path.open("rb") as stream:
        schema = fastavro.reader(stream).writer_schema
    buffer = io.BytesIO()
    fastavro.writer(buffer, schema, [], codec="null")
    path.write_bytes(buffer.getvalue())


def publish(output_dir: str, ingest_date: dt.date) -> dict[str, list[WrittenFile]]:
    """Move every staged table partition into place; returns the published files per table."""
    out = Path(output_dir)
    staging = Path(staging_root(output_dir, ingest_date))
    success = runs_dir(output_dir, ingest_date) / "_SUCCESS"
    success.unlink(missing_ok=True)  # the partition is being replaced: not complete until the end
    previous = staging / "_previous"
    previous.mkdir(parents=True, exist_ok=True)
    written: dict[str, list[WrittenFile]] = {}
    for table in TABLES:
        staged = Path(partition_dir(str(staging), table, ingest_date))
        files = []
        for path in sorted(staged.glob("*.avro")):
            records = count_records(path)
            if records == 0:
                _rewrite_empty_uncompressed(path)
            final = Path(partition_dir(output_dir, table, ingest_date)) / path.name
            files.append(WrittenFile(str(final.relative_to(out)), records, path.stat().st_size))
        final_dir = Path(partition_dir(output_dir, table, ingest_date))
        final_dir.parent.mkdir(parents=True, exist_ok=True)
        if final_dir.exists():
            os.rename(final_dir, previous / table)
        os.rename(staged, final_dir)
        written[table] = files
    shutil.rmtree(staging, ignore_errors=True)
    return written


def schema_fingerprint(schema: dict) -> str:
    """CRC-64-AVRO fingerprint of the schema's Parsing Canonical Form, as hex."""
    return fingerprint(to_parsing_canonical_form(fastavro.parse_schema(schema)), "CRC-64-AVRO")


def digest(value: object) -> str:
    return "sha256:" + hashlib.sha256(json.dumps(value, sort_keys=True, default=str).encode()).hexdigest()


def write_manifest(output_dir: str, ingest_date: dt.date, manifest: dict) -> Path:
    """Write `_manifest.json`, then `_SUCCESS` last; returns the manifest's path."""
    directory = runs_dir(output_dir, ingest_date)
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / "_manifest.json"
    temporary = directory / "._manifest.json.tmp"
    temporary.write_text(json.dumps(manifest, indent=2, sort_keys=False) + "\n", encoding="utf-8")
    os.replace(temporary, path)
    (directory / "_SUCCESS").write_text("", encoding="utf-8")
    return path
