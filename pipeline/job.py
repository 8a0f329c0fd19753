"""Preparing and running one job: everything checked before the graph is built, a summary after."""

from __future__ import annotations

import dataclasses
import datetime as dt
import time
from pathlib import Path

import apache_beam as beam
from apache_beam.io.filesystems import FileSystems
from apache_beam.metrics.metric import MetricsFilter
from apache_beam.options.pipeline_options import PipelineOptions

from pipeline.build import build_pipeline
from pipeline.config import Config, ConfigError, load_config
from pipeline.records import EVENT_TYPES
from pipeline.sinks.avro import TABLES, load_schemas, partition_dir
from pipeline.transforms import METRICS_NAMESPACE

_LOCAL_RUNNERS = {"DirectRunner", "FnApiRunner", "BundleBasedDirectRunner", "SwitchingDirectRunner", "PrismRunner"}


@dataclasses.dataclass(frozen=True)
class Job:
    config: Config
    schemas: dict[str, dict]
    ingest_date: dt.date


def prepare_job(config_path: str, overrides: list[str] = (), *, inputs: list[str] = (),
                output: str | None = None, ingest_date: dt.date | None = None) -> Job:
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
    for pattern in config.inputs:
        if not _matches_any(pattern):
            raise ConfigError(f"input pattern matches no file: {pattern}")
    _check_output(config)
    return Job(
        config=config,
        schemas=load_schemas(),
        ingest_date=ingest_date or config.ingest_date or dt.datetime.now(dt.timezone.utc).date(),
    )


def _matches_any(pattern: str) -> bool:
    try:
        return any(result.metadata_list for result in FileSystems.match([pattern]))
    except Exception:  # Beam raises BeamIOError for a pattern with no match
        return False


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


@dataclasses.dataclass(frozen=True)
class RunSummary:
    counters: dict[str, int]
    files: dict[str, list[str]]
    seconds: float

    def render(self) -> str:
        c = self.counters
        lines = [
            f"read {c.get('inputs', 0)} inputs in {self.seconds:.1f} s: "
            f"{c.get('articles', 0)} articles, {c.get('dead_letters', 0)} dead letters",
            f"events: {c.get('events', 0)} ("
            + ", ".join(f"{t} {c.get('events.' + t, 0)}" for t in EVENT_TYPES)
            + f"), mentions: {c.get('mentions', 0)}",
        ]
        for table, paths in self.files.items():
            lines.append(f"  {table:<13} {len(paths)} file(s) in {Path(paths[0]).parent if paths else '-'}")
        return "\n".join(lines)


def run_job(job: Job) -> RunSummary:
    """Build the graph, run it to the end, and summarise what it read and wrote."""
    started = time.monotonic()
    pipeline = beam.Pipeline(options=PipelineOptions.from_dictionary(job.config.beam))
    build_pipeline(pipeline, job.config, job.schemas, job.ingest_date)
    result = pipeline.run()
    result.wait_until_finish()
    return RunSummary(
        counters=_counters(result),
        files={table: _written_files(job, table) for table in TABLES},
        seconds=time.monotonic() - started,
    )


def _counters(result) -> dict[str, int]:
    found = result.metrics().query(MetricsFilter().with_namespace(METRICS_NAMESPACE))["counters"]
    counters: dict[str, int] = {}
    for counter in found:
        value = counter.committed if counter.committed is not None else counter.attempted
        counters[counter.key.metric.name] = counters.get(counter.key.metric.name, 0) + (value or 0)
    return counters


def _written_files(job: Job, table: str) -> list[str]:
    pattern = partition_dir(job.config.output.directory, table, job.ingest_date) + "/part-*.avro"
    try:
        return sorted(m.path for m in FileSystems.match([pattern])[0].metadata_list)
    except Exception:
        return []
