"""Preparing and running one job: everything checked before the graph is built, a summary after."""

from __future__ import annotations

import dataclasses
import datetime as dt
import glob
import os
import time
from pathlib import Path

import apache_beam as beam
from apache_beam.io.filesystems import FileSystems
from apache_beam.metrics.metric import MetricsFilter
from apache_beam.options.pipeline_options import PipelineOptions

from pipeline import __version__
from pipeline.build import build_pipeline
from pipeline.config import Config, ConfigError, load_config
from pipeline.records import EVENT_TYPES
from pipeline.sinks.avro import load_schemas
from pipeline.sinks.ledger import InputFile, record_processed, split_new
from pipeline.sinks.publish import (
    WrittenFile, clear_staging, digest, publish, schema_fingerprint, staging_root, write_manifest,
)
from pipeline.transforms import METRICS_NAMESPACE

_LOCAL_RUNNERS = {"DirectRunner", "FnApiRunner", "BundleBasedDirectRunner", "SwitchingDirectRunner", "PrismRunner"}


@dataclasses.dataclass(frozen=True)
class Job:
    config: Config
    schemas: dict[str, dict]
    ingest_date: dt.date
    files: tuple[InputFile, ...]  # the input files this run reads
    skipped: tuple[InputFile, ...] = ()  # --incremental: processed by an earlier run

    @property
    def output_dir(self) -> str:
        return self.config.output.directory


def prepare_job(config_path: str, overrides: list[str] = (), *, inputs: list[str] = (),
                output: str | None = None, ingest_date: dt.date | None = None,
                incremental: bool = False) -> Job:
    """The validated job; `ConfigError` (one line for the user) on anything wrong, before any graph."""
    config = load_config(config_path, overrides)
    updates = {}
    if inputs:
        updates["inputs"] = list(inputs)
    if output:
        updates["output"] = config.output.model_copy(update={"directory": output})
    config = config.model_copy(update=updates)
    if not config.inputs:
        raise ConfigError("no inputs: give inputs in the config or --input GLOB")
    _check_output(config)
    return make_job(config, ingest_date or config.ingest_date or dt.datetime.now(dt.timezone.utc).date(),
                    incremental=incremental)


def make_job(config: Config, ingest_date: dt.date, incremental: bool = False) -> Job:
    """The job for a validated config: its input files listed (and, when incremental, those an
    earlier run processed left out) and the schemas loaded."""
    files = list_input_files(config.inputs)
    skipped: list[InputFile] = []
    if incremental:
        files, skipped = split_new(files, config.output.directory, ingest_date)
    return Job(config=config, schemas=load_schemas(), ingest_date=ingest_date,
               files=tuple(files), skipped=tuple(skipped))


def list_input_files(patterns: list[str]) -> list[InputFile]:
    """Every file the patterns match, once, in a stable order; `ConfigError` for a pattern that
    matches nothing."""
    found: dict[str, InputFile] = {}
    for pattern in patterns:
        try:
            matched = FileSystems.match([pattern])[0].metadata_list
        except Exception:  # Beam raises BeamIOError for a pattern with no match
            matched = []
        if not matched:
            raise ConfigError(f"input pattern matches no file: {pattern}")
        for metadata in matched:
            found.setdefault(metadata.path, InputFile(metadata.path, metadata.size_in_bytes,
                                                      metadata.last_updated_in_seconds))
    return sorted(found.values(), key=lambda file: file.path)


def _check_output(config: Config) -> None:
    directory = config.output.directory
    remote_runner = config.beam.get("runner", "DirectRunner") not in _LOCAL_RUNNERS
    is_local = "://" not in directory
    if remote_runner and is_local:
        raise ConfigError(f"output.directory {directory!r} is a local path but the runner is remote")
    if is_local:
        path = Path(directory)
        existing = next((parent for parent in (path, *path.parents) if parent.exists()), Path("."))
        if not existing.is_dir():
            raise ConfigError(f"output directory {directory!r} is under a file, not a directory")
        if not os.access(existing, os.W_OK):
            raise ConfigError(f"output directory {directory!r} is not writable")


@dataclasses.dataclass(frozen=True)
class RunSummary:
    counters: dict[str, int]
    files: dict[str, list[WrittenFile]]
    manifest: dict
    manifest_path: str
    seconds: float

    def render(self) -> str:
        counts = self.manifest["counts"]
        skipped = len(self.manifest["skipped_inputs"])
        lines = [
            f"read {counts['inputs']} inputs from {len(self.manifest['inputs'])} file(s)"
            + (f" ({skipped} already processed, skipped)" if skipped else "")
            + f" in {self.seconds:.1f} s: {counts['articles']} articles, {counts['dead_letters']} dead letters",
            f"events: {counts['events']} ("
            + ", ".join(f"{t} {self.counters.get('events.' + t, 0)}" for t in EVENT_TYPES)
            + f"), mentions: {counts['mentions']}",
        ]
        for table, files in self.files.items():
            where = str(Path(files[0].path).parent) if files else "-"
            lines.append(f"  {table:<13} {len(files)} file(s), {sum(f.records for f in files)} records in {where}")
        lines.append(f"manifest: {self.manifest_path}")
        return "\n".join(lines)


def dry_run_job(job: Job) -> str:
    """Build the job's graph without running it. On Dataflow, the job request is built too
    (DataflowRunner with `dry_run`: it validates the options and the graph, and submits nothing);
    on other runners only the graph is built. Returns a line for the user."""
    options = dict(job.config.beam)
    runner = options.get("runner", "DirectRunner")
    if runner == "DataflowRunner":
        options["dry_run"] = True
    pipeline = beam.Pipeline(options=PipelineOptions.from_dictionary(options))
    build_pipeline(pipeline, job.config, job.schemas, job.ingest_date,
                   inputs=[_literal_pattern(file.path) for file in job.files],
                   output_dir=staging_root(job.output_dir, job.ingest_date))
    if runner == "DataflowRunner":
        pipeline.run()
        return f"dry run: the Dataflow job was built and validated offline, nothing was submitted"
    transforms = len(pipeline.to_runner_api().components.transforms)
    return f"dry run: the graph was built ({transforms} transforms) for {runner}, nothing was run"


def run_job(job: Job) -> RunSummary:
    """Run the graph into staging, publish the partition, write the manifest and `_SUCCESS`."""
    started = time.monotonic()
    config = job.config
    clear_staging(job.output_dir, job.ingest_date)
    staging = staging_root(job.output_dir, job.ingest_date)
    pipeline = beam.Pipeline(options=PipelineOptions.from_dictionary(config.beam))
    build_pipeline(pipeline, config, job.schemas, job.ingest_date,
                   inputs=[_literal_pattern(file.path) for file in job.files], output_dir=staging)
    try:
        result = pipeline.run()
        result.wait_until_finish()
    except BaseException:
        clear_staging(job.output_dir, job.ingest_date)
        raise
    counters = _counters(result)
    files = publish(job.output_dir, job.ingest_date)
    manifest = _manifest(job, counters, files)
    manifest_path = write_manifest(job.output_dir, job.ingest_date, manifest)
    record_processed(list(job.files), job.output_dir, job.ingest_date)
    return RunSummary(counters=counters, files=files, manifest=manifest, manifest_path=str(manifest_path),
                      seconds=time.monotonic() - started)


def _literal_pattern(path: str) -> str:
    # Inputs are listed at launch; each is then matched again by the pipeline as a literal path.
    return glob.escape(path) if "://" not in path else path


def _manifest(job: Job, counters: dict[str, int], files: dict[str, list[WrittenFile]]) -> dict:
    records = {table: sum(f.records for f in table_files) for table, table_files in files.items()}
    counts = {
        "inputs": counters.get("inputs", 0),
        "articles": counters.get("articles", 0),
        "dead_letters": records["dead_letters"],
        "duplicates": counters.get("duplicates", 0),
        "events": records["events"],
        "mentions": records["mentions"],
    }
    return {
        "pipeline_version": __version__,
        "ingest_date": job.ingest_date.isoformat(),
        "runner": job.config.beam.get("runner", "DirectRunner"),
        "config_digest": digest(job.config.model_dump(mode="json")),
        "inputs": [{"path": f.path, "size": f.size} for f in job.files],
        "skipped_inputs": [{"path": f.path, "size": f.size} for f in job.skipped],
        "tables": {
            table: {
                "schema_version": job.schemas[table].get("version"),
                "schema_fingerprint": schema_fingerprint(job.schemas[table]),
                "records": records[table],
                "files": [dataclasses.asdict(f) for f in table_files],
            }
            for table, table_files in files.items()
        },
        "counts": counts,
        "reconciled": counts["inputs"] == counts["articles"] + counts["dead_letters"] + counts["duplicates"],
    }


def _counters(result) -> dict[str, int]:
    found = result.metrics().query(MetricsFilter().with_namespace(METRICS_NAMESPACE))["counters"]
    counters: dict[str, int] = {}
    for counter in found:
        value = counter.committed if counter.committed is not None else counter.attempted
        counters[counter.key.metric.name] = counters.get(counter.key.metric.name, 0) + (value or 0)
    return counters
