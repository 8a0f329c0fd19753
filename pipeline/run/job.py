"""Preparing and running one job: everything checked before the graph is built, a summary after."""

from __future__ import annotations

import collections
import contextlib
import ctypes
import dataclasses
import datetime as dt
import glob
import logging
import os
import threading
import time
from pathlib import Path
from typing import TextIO

import apache_beam as beam
from apache_beam.io.filesystem import FileMetadata
from apache_beam.io.filesystems import FileSystems
from apache_beam.metrics.metric import MetricsFilter
from apache_beam.options.pipeline_options import PipelineOptions
from apache_beam.runners.runner import PipelineState

from pipeline.build import build_pipeline
from pipeline.config import Config, ConfigError, load_config
from pipeline.extract.events import KINDS
from pipeline.run import lock, storage
from pipeline.run.layout import OutputLayout, new_run_id
from pipeline.run.ledger import InputFile, record_processed, split_new
from pipeline.run.manifest import build_manifest
from pipeline.run.progress import Progress
from pipeline.run.publish import Step, WrittenFile, publish, remove_unlisted
from pipeline.tables import TABLES, dead_letter_reason, load_schemas
from pipeline.transforms import METRICS_NAMESPACE, local_counts
from pipeline.warehouse.read import read_files, read_table

_LOG = logging.getLogger(__name__)
_LOCAL_RUNNERS = {"DirectRunner", "FnApiRunner", "BundleBasedDirectRunner", "SwitchingDirectRunner", "PrismRunner"}


@dataclasses.dataclass(frozen=True)
class Job:
    config: Config
    schemas: dict[str, dict]
    ingest_date: dt.date
    files: tuple[InputFile, ...]  # the input files this run reads
    skipped: tuple[InputFile, ...] = ()  # --incremental: processed by an earlier run
    inputs_listed: bool = True  # False for a dry run: the config's patterns are not listed
    run_id: str = dataclasses.field(default_factory=new_run_id)  # names its staging, files and log

    @property
    def output_dir(self) -> str:
        return self.config.output.directory

    @property
    def layout(self) -> OutputLayout:
        return OutputLayout(self.config.output.directory)

    @property
    def read_patterns(self) -> list[str]:
        """What the graph reads: each listed file as a literal path; unlisted, the config's patterns."""
        if not self.inputs_listed:
            return list(self.config.inputs)
        return [_literal_pattern(file.path) for file in self.files]


def prepare_job(config_path: str, overrides: list[str] = (), *, inputs: list[str] = (),
                output: str | None = None, ingest_date: dt.date | None = None,
                incremental: bool = False, dry_run: bool = False) -> Job:
    """The validated job; `ConfigError` (one line for the user) on anything wrong, before any graph.
    A `dry_run` job does not list its inputs (they may be on an object store out of reach)."""
    config = load_config(config_path, overrides)
    updates = {}
    if inputs:
        updates["inputs"] = list(inputs)
    if output:
        updates["output"] = config.output.model_copy(update={"directory": output})
    config = config.model_copy(update=updates)
    if config.streaming and inputs:
        raise ConfigError("--input: a streaming job reads its Pub/Sub subscription, not files")
    if not config.inputs and not config.streaming:
        raise ConfigError("no inputs: give inputs in the config or --input GLOB")
    _check_output(config)
    return make_job(config, ingest_date or config.ingest_date or dt.datetime.now(dt.timezone.utc).date(),
                    incremental=incremental, list_inputs=not dry_run)


def make_job(config: Config, ingest_date: dt.date, incremental: bool = False, list_inputs: bool = True) -> Job:
    """The job for a validated config: its input files listed (and, when incremental, those an
    earlier run processed left out) and the schemas loaded. Without `list_inputs` (a dry run)
    nothing is listed and the graph reads the config's patterns as they are."""
    files = list_input_files(config.inputs) if list_inputs and not config.streaming else []
    skipped: list[InputFile] = []
    if incremental and list_inputs:
        files, skipped = split_new(files, OutputLayout(config.output.directory), ingest_date)
    return Job(config=config, schemas=load_schemas(), ingest_date=ingest_date,
               files=tuple(files), skipped=tuple(skipped), inputs_listed=list_inputs)


def list_input_files(patterns: list[str]) -> list[InputFile]:
    """Every file the patterns match, once, in a stable order; `ConfigError` for a pattern that
    matches nothing. A local symbolic link to nothing is listed too (Beam's match leaves it out
    without a word): the run makes it a dead letter."""
    found: dict[str, InputFile] = {}
    for pattern in patterns:
        try:
            matched = FileSystems.match([pattern])[0].metadata_list
        except Exception:  # Beam raises BeamIOError for a pattern with no match
            matched = []
        if "://" not in pattern:
            matched = matched + [FileMetadata(path, 0, 0) for path in sorted(glob.glob(pattern))
                                 if os.path.islink(path) and not os.path.exists(path)]
        if not matched:
            raise ConfigError(f"input pattern matches no file: {pattern}")
        for metadata in matched:
            if "://" not in metadata.path and os.path.isdir(metadata.path):
                raise ConfigError(f"input is a directory, not a file: {metadata.path} (give a glob such as "
                                  f"{metadata.path.rstrip('/')}/*)")
            found.setdefault(metadata.path, InputFile(metadata.path, metadata.size_in_bytes,
                                                      metadata.last_updated_in_seconds))
    return sorted(found.values(), key=lambda file: file.path)


def _check_output(config: Config) -> None:
    directory = config.output.directory
    # LOOPBACK: the SDK workers run inside this process, whatever the engine, so they see its files
    remote_runner = (config.beam.get("runner", "DirectRunner") not in _LOCAL_RUNNERS
                     and config.beam.get("environment_type") != "LOOPBACK")
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
    seconds: float  # the whole job: building and running the graph, publishing, the manifest and the report
    dead_letter_reasons: dict[str, int] = dataclasses.field(default_factory=dict)  # most frequent first
    report_path: str | None = None
    report_error: str | None = None  # why the report was not written, when it failed

    def render(self) -> str:
        counts = self.manifest["counts"]
        skipped = len(self.manifest["skipped_inputs"])
        lines = [
            f"read {counts['inputs']} inputs from {len(self.manifest['inputs'])} file(s)"
            + (f" ({skipped} already processed, skipped)" if skipped else "")
            + f": {counts['articles']} articles, {counts['duplicates']} duplicates dropped, "
            + f"{counts['dead_letters']} dead letters",
        ]
        lines += [f"  dead letters {count:>5}  {reason}" for reason, count in self.dead_letter_reasons.items()]
        lines.append(
            f"events: {counts['events']} ("
            + ", ".join(f"{t} {self.counters.get('events.' + t, 0)}" for t in KINDS)
            + f"), mentions: {counts['mentions']}"
        )
        for table, files in self.files.items():
            where = str(Path(files[0].path).parent) if files else "-"
            lines.append(f"  {table:<13} {len(files)} file(s), {sum(f.records for f in files)} records in {where}")
        lines.append(f"manifest: {self.manifest_path}")
        if self.report_path or self.report_error:
            lines.append(f"report:   {self.report_path or f'not written ({self.report_error}; -v shows why)'}")
        lines.append(f"the whole job took {self.seconds:.1f} s (run, publish, manifest, report)")
        return "\n".join(lines)


def dry_run_job(job: Job) -> str:
    """Build the job's graph without running it. On Dataflow, the job request is built too
    (DataflowRunner with `dry_run`: it validates the options and the graph, and submits nothing);
    on other runners only the graph is built. Returns a line for the user."""
    options = dict(job.config.beam)
    runner = options.get("runner", "DirectRunner")
    if runner == "DataflowRunner":
        options["dry_run"] = "true"  # a string: Beam's --dry_run takes a value, a bare flag is an error
    pipeline = beam.Pipeline(options=OptionsParsedOnce.from_dictionary(options))
    build_pipeline(pipeline, job.config, job.schemas, inputs=job.read_patterns, table_dirs=_staged_tables(job))
    if runner == "DataflowRunner":
        request = pipeline.run().job  # the Dataflow job request, built but not sent
        kind = "streaming" if request.proto.type.name == "JOB_TYPE_STREAMING" else "batch"
        staged = sorted(_staged_names(request.proto_pipeline))
        return (f"dry run: the Dataflow {kind} job {request.proto.name!r} was built and validated offline "
                f"(staged with it: {', '.join(staged) or 'nothing'}), nothing was submitted")
    if runner in ("FlinkRunner", "SparkRunner", "PortableRunner"):  # the job their job service would get
        from apache_beam.runners.portability.portable_runner import PortableRunner

        proto = PortableRunner.get_proto_pipeline(pipeline, pipeline.options)
        return (f"dry run: the {runner} job was built ({len(proto.components.transforms)} transforms; "
                f"SDK workers in {', '.join(sorted(_docker_images(proto))) or 'no container'}), nothing was submitted")
    transforms = len(pipeline.to_runner_api().components.transforms)
    return f"dry run: the graph was built ({transforms} transforms) for {runner}, nothing was run"


class OptionsParsedOnce(PipelineOptions):
    """Beam's pipeline options, each view of them made once. Beam asks for a view (its type
    checks' options) at each transform applied, and a view parses the flags again (argparse,
    every option of every kind: about 1 ms, some 0.3 s of CPU for the graph); a view is only a
    window onto the options they all share, so one of each kind serves every asker."""

    def __init__(self, flags=None, **kwargs):
        super().__init__(flags, **kwargs)
        object.__setattr__(self, "_views", {})  # PipelineOptions takes no other attribute

    def view_as(self, cls):
        if cls not in self._views:
            self._views[cls] = super().view_as(cls)
        return self._views[cls]


def _docker_images(pipeline_proto) -> set[str]:
    from apache_beam.portability import common_urns
    from apache_beam.portability.api import beam_runner_api_pb2

    return {beam_runner_api_pb2.DockerPayload.FromString(environment.payload).container_image
            for environment in pipeline_proto.components.environments.values()
            if environment.urn == common_urns.environments.DOCKER.urn}


def _staged_names(pipeline_proto) -> list[str]:
    # What the workers get besides the image: the package's sdist appears as workflow.tar.gz.
    from apache_beam.portability.api import beam_runner_api_pb2

    return [beam_runner_api_pb2.ArtifactStagingToRolePayload.FromString(artifact.role_payload).staged_name
            for environment in pipeline_proto.components.environments.values()
            for artifact in environment.dependencies]


def run_streaming_job(job: Job, max_seconds: float | None = None, progress: TextIO | None = None) -> str:
    """Run a streaming job until it is cancelled (Ctrl-C) or, with `max_seconds`, for that long;
    each window's files appear under OUT/<table>/ as the window closes. Returns a closing line;
    raises the runner's error when the job died. With `progress` (a stream), the counts so far are
    shown there while it runs."""
    options = {**job.config.beam, "streaming": True}
    pipeline = beam.Pipeline(options=OptionsParsedOnce.from_dictionary(options))
    build_pipeline(pipeline, job.config, job.schemas, inputs=[],
                   table_dirs={table: job.layout.table_dir(table) for table in TABLES})
    written_before = _window_files(job.layout)
    started = time.monotonic()
    submitted: list = []
    died: list[BaseException] = []
    with _show_progress(progress, submitted) as counting:
        result = pipeline.run()
        submitted.append(result)

        # The DirectRunner's wait takes no duration and cancelling does not end it: wait in a
        # daemon thread for at most max_seconds, then cancel. A job that died raises here, not
        # in the thread.
        def wait() -> None:
            try:
                result.wait_until_finish()
            except BaseException as error:
                died.append(error)

        waiter = threading.Thread(target=wait, daemon=True)
        waiter.start()
        try:
            waiter.join(max_seconds)
        except KeyboardInterrupt:
            pass
        finally:
            if not PipelineState.is_terminal(result.state):
                result.cancel()
        counts = counting()
    if died:
        raise died[0]
    if result.state == PipelineState.FAILED:
        raise RuntimeError("the streaming job failed")
    _remove_empty_temp_dirs(job.layout)
    # What was written: the rows of the window files that appeared while the job ran.
    new_files = {table: sorted(set(files) - set(written_before[table]))
                 for table, files in _window_files(job.layout).items()}
    rows = {table: sum(1 for _ in read_files(files)) for table, files in new_files.items()}
    return (f"streaming job stopped after {time.monotonic() - started:.0f} s: {counts.get('inputs', 0)} messages, "
            f"{counts.get('articles', 0)} articles, {counts.get('duplicates', 0)} duplicates dropped, "
            f"{counts.get('dead_letters', 0)} dead letters; wrote {rows['events']} event rows, "
            f"{rows['mentions']} mention rows, {rows['articles']} article rows, {rows['dead_letters']} dead-letter "
            f"rows in {sum(map(len, new_files.values()))} window file(s) under {job.output_dir}")


def _window_files(layout: OutputLayout) -> dict[str, list[str]]:
    return {table: storage.list_files(layout.window_files(table)) for table in TABLES}


def _remove_empty_temp_dirs(layout: OutputLayout) -> None:
    """The folders Beam's windowed writes leave on a local disk once every pane is written (an
    object store has no folders to leave); one still holding files (a pane cut short) is kept."""
    if not storage.has_directories(layout.root):
        return
    for table in TABLES:
        for folder in glob.glob(layout.window_temp_dirs(table)):
            if os.path.isdir(folder) and not os.listdir(folder):
                os.rmdir(folder)


def run_job(job: Job, progress: TextIO | None = None, step: Step = lambda change: None) -> RunSummary:
    """Under the lock of the output and ingest date (`OutputLocked` when another run holds it):
    clear what killed runs left, run the graph into the run's staging, publish the partition with
    one commit point for its four tables (`pipeline.run.publish`; `step` is called before each
    change it makes), record the inputs in the ledger, then write the report. With `progress` (a
    stream), the counts so far are shown there while it runs."""
    started = time.monotonic()
    limit_malloc_arenas()
    layout, day = job.layout, job.ingest_date
    owner = lock.acquire(layout.lock(day), job.run_id, job.config.output.lock_expiry_hours)
    try:
        remove_unlisted(layout, day)
        pipeline = beam.Pipeline(options=OptionsParsedOnce.from_dictionary(job.config.beam))
        build_pipeline(pipeline, job.config, job.schemas, inputs=job.read_patterns,
                       table_dirs=_staged_tables(job))
        _LOG.info("running %d input file(s) on %s into %s", len(job.files),
                  job.config.beam.get("runner", "DirectRunner"), layout.staging(day))
        submitted: list = []
        with _show_progress(progress, submitted):
            result = pipeline.run()  # the FnApiRunner returns once it has finished, others at once
            submitted.append(result)
            result.wait_until_finish()
        counters = _counters(result)
        _LOG.info("counters: %s", ", ".join(f"{name} {count}" for name, count in sorted(counters.items())))
        check_dead_letter_ratio(counters, job.config.extraction.max_dead_letter_ratio)
        check_nothing_lost(counters)
        files, manifest, manifest_path = publish(
            layout, day, job.run_id, lambda files: build_manifest(job, counters, files), step)
        record_processed(list(job.files), layout, day)
        _LOG.info("published ingest_date=%s: manifest (the commit point) and _SUCCESS written", day)
    except BaseException:
        with contextlib.suppress(Exception):  # what this run left uncommitted; the error is the news
            remove_unlisted(layout, day)
        raise
    finally:
        lock.release(layout.lock(day), owner)
    reasons = collections.Counter(dead_letter_reason(letter) for letter in read_table(layout.root, "dead_letters", day))
    report_path = report_error = None
    if job.config.output.report:
        from pipeline.run.report import write_report  # imported only when a report is written

        try:
            report_path = write_report(layout.root, day, layout.report(day))
        except Exception as error:  # the partition is published: a page that failed must not undo the run
            _LOG.info("the report failed", exc_info=True)
            report_error = f"{type(error).__name__}: {error}"
    return RunSummary(counters=counters, files=files, manifest=manifest, manifest_path=manifest_path,
                      seconds=time.monotonic() - started, dead_letter_reasons=dict(reasons.most_common()),
                      report_path=report_path, report_error=report_error)


class TooManyDeadLetters(RuntimeError):
    """More of a run's inputs were rejected than `extraction.max_dead_letter_ratio` allows."""


class InputsLost(RuntimeError):
    """Some of a run's inputs are neither articles, duplicates nor dead letters."""


MALLOC_ARENAS = 2


def limit_malloc_arenas() -> None:
    """At most `MALLOC_ARENAS` glibc malloc arenas in this process and in the worker processes a
    local runner starts (they inherit MALLOC_ARENA_MAX), unless the environment sets it. Each
    thread that allocates (gRPC, Beam's bundle and time-limit threads) otherwise gets an arena of
    its own that keeps what was freed in it: 20,000 articles on two workers peaked at 1,845 MB
    with the default and 1,591 MB with two. Not glibc (another libc, another system): nothing."""
    if "MALLOC_ARENA_MAX" in os.environ:
        return
    os.environ["MALLOC_ARENA_MAX"] = str(MALLOC_ARENAS)
    try:
        ctypes.CDLL(None).mallopt(_M_ARENA_MAX, MALLOC_ARENAS)
    except (OSError, AttributeError):
        pass


_M_ARENA_MAX = -8  # glibc's malloc.h


def check_dead_letter_ratio(counters: dict[str, int], max_ratio: float) -> None:
    """Raise `TooManyDeadLetters` when dead letters / inputs exceeds `max_ratio` (a run of no
    inputs never does)."""
    inputs, rejected = counters.get("inputs", 0), counters.get("dead_letters", 0)
    if inputs and rejected / inputs > max_ratio:
        raise TooManyDeadLetters(
            f"{rejected} of {inputs} inputs ({rejected / inputs:.0%}) are dead letters, more than "
            f"extraction.max_dead_letter_ratio={max_ratio:g} allows; nothing was published")


def check_nothing_lost(counters: dict[str, int]) -> None:
    """Raise `InputsLost` when the runner counted fewer articles, duplicates and dead letters than
    inputs: a batch run reads its files twice (`ReadArticles(deduplicate=True)`), and a file that changed
    or failed between the two readings would otherwise lose articles without a trace. A runner
    that reports no counters is not checked."""
    inputs = counters.get("inputs")
    accounted = sum(counters.get(name, 0) for name in ("articles", "duplicates", "dead_letters"))
    if inputs and accounted < inputs:
        raise InputsLost(
            f"{inputs - accounted} of {inputs} inputs are neither articles, duplicates nor dead letters "
            "(did an input file change during the run?); nothing was published")


def _show_progress(stream: TextIO | None, submitted: list):
    """A context that shows progress on `stream` (nothing without one) and gives the function
    that reads the counts so far: the counters of DoFns run in this process (the local runners),
    else the runner's metrics once `submitted` holds its result."""
    baseline = local_counts()

    def counts_so_far() -> dict[str, int]:
        local = {name: count - baseline.get(name, 0) for name, count in local_counts().items()}
        if any(local.values()) or not submitted:
            return local
        try:
            return _counters(submitted[0])
        except Exception:  # a runner that cannot tell its metrics while running: the line says so
            return {}

    if stream is None:
        return contextlib.nullcontext(counts_so_far)
    return Progress(counts_so_far, stream)


def _staged_tables(job: Job) -> dict[str, str]:
    """Where a batch run's pipeline writes each table: the run's staging."""
    return {table: job.layout.staged_table(table, job.ingest_date, job.run_id) for table in TABLES}


def _literal_pattern(path: str) -> str:
    # Inputs are listed at launch; each is then matched again by the pipeline as a literal path.
    return glob.escape(path) if "://" not in path else path


def _counters(result) -> dict[str, int]:
    found = result.metrics().query(MetricsFilter().with_namespace(METRICS_NAMESPACE))["counters"]
    counters: dict[str, int] = {}
    for counter in found:
        value = counter.committed if counter.committed is not None else counter.attempted
        counters[counter.key.metric.name] = counters.get(counter.key.metric.name, 0) + (value or 0)
    return counters
