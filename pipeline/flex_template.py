"""The Dataflow Flex Template's launcher program (templates/flex/): the `run` command's flags as
template parameters in, the Dataflow job out.

Dataflow's Python launcher calls this program with the template's parameters as `--name=value`
(names are the `run` command's flags, as in templates/flex/metadata.json: `ingest_date` for
`--ingest-date`; a repeatable flag takes a list: `input` comma-separated, `set` semicolon-
separated) and with its own Beam options (`--project`, `--region`, `--job_name`,
`--staging_location`, `--temp_location`, `--template_location`, ...), which go to the config's
`beam:` section. With `--template_location` the DataflowRunner writes the job there instead of
submitting it, and the launcher submits it.

What differs from `events-pipeline run`: the launcher exits once the job is handed over, so
nothing waits for the job to publish its partition, commit the manifest and write `_SUCCESS`
(run_job does those after the pipeline has finished). The template's job therefore writes its
tables straight into OUT/<table>/ingest_date=D/, with no manifest and no `_SUCCESS` (readers
read a partition without a commit point as its files not named after a run): watch the
Dataflow job's state instead.
"""

from __future__ import annotations

import argparse
import sys

import apache_beam as beam
from apache_beam.options.pipeline_options import PipelineOptions

from pipeline.config import ConfigError

# How a repeatable `run` flag is given as one template parameter.
LIST_SEPARATORS = {"input": ",", "set": ";"}
# Boolean flags (store_true) are parameters with a value.
TRUE, FALSE = "true", "false"


def run_arguments(argv: list[str], run_parser: argparse.ArgumentParser) -> list[str]:
    """The `events-pipeline run` arguments for the launcher's `--name=value` arguments: the
    template's parameters become the run command's flags, every other `--key=value` (the
    launcher's Beam options) a `--set beam.key=value`.

    `run_arguments(["--config=configs/dataflow.yaml", "--ingest_date=2025-06-10",
    "--input=gs://b/a/*.jsonl,gs://b/b/*.jsonl", "--project=p"], parser)` is
    `["run", "--config", "configs/dataflow.yaml", "--ingest-date", "2025-06-10", "--input",
    "gs://b/a/*.jsonl", "--input", "gs://b/b/*.jsonl", "--set", "beam.project=p"]`.
    """
    flags = {action.dest: action for action in run_parser._actions if action.option_strings and action.dest != "help"}
    arguments = ["run"]
    for argument in argv:
        name, separator, value = argument.removeprefix("--").partition("=")
        if not argument.startswith("--") or not separator:
            raise ConfigError(f"launcher arguments are --name=value, got {argument!r}")
        action = flags.get(name)
        if action is None:  # one of the launcher's Beam options
            arguments += ["--set", f"beam.{name}={value}"]
        elif action.nargs == 0:  # a boolean flag
            if value.lower() not in (TRUE, FALSE):
                raise ConfigError(f"--{name} takes true or false, got {value!r}")
            arguments += [action.option_strings[-1]] if value.lower() == TRUE else []
        else:
            values = value.split(LIST_SEPARATORS[name]) if name in LIST_SEPARATORS else [value]
            for item in filter(None, (item.strip() for item in values)):
                arguments += [action.option_strings[-1], item]
    return arguments


def launch(args: argparse.Namespace) -> str:
    """Build the job of parsed `run` arguments and hand it to the runner without waiting (with
    `--template_location` the DataflowRunner only writes the job file); a dry run builds it as
    `run --dry-run` does. Returns a line for the launcher's log."""
    from pipeline.build import build_pipeline
    from pipeline.run.job import dry_run_job, prepare_job
    from pipeline.tables import TABLES

    job = prepare_job(args.config, args.set, inputs=args.input, output=args.output, ingest_date=args.ingest_date,
                      incremental=args.incremental, dry_run=args.dry_run)
    if args.dry_run:
        return dry_run_job(job)
    if job.config.beam.get("runner") != "DataflowRunner":
        raise ConfigError("the Flex Template launches Dataflow jobs: the config's beam.runner must be DataflowRunner")
    pipeline = beam.Pipeline(options=PipelineOptions.from_dictionary(job.config.beam))
    build_pipeline(pipeline, job.config, job.schemas, inputs=job.read_patterns,
                   table_dirs={table: job.layout.partition(table, job.ingest_date) for table in TABLES})
    pipeline.run()
    where = job.config.beam.get("template_location") or "Dataflow"
    return f"the Dataflow job for ingest date {job.ingest_date} was handed to {where}; its tables go to {job.output_dir}"


def main(argv: list[str] | None = None) -> int:
    from pipeline.cli import EXIT_USER_ERROR, _parser, _setup_logging

    parser = _parser()
    run_parser = next(action.choices["run"] for action in parser._actions if isinstance(action, argparse._SubParsersAction))
    _setup_logging(verbose=True, level=None)  # the launcher's log is the only place to see what happened
    try:
        args = parser.parse_args(run_arguments(sys.argv[1:] if argv is None else argv, run_parser))
        print(launch(args), flush=True)
    except ConfigError as error:
        print(f"events-pipeline flex template: error: {error}", file=sys.stderr)
        return EXIT_USER_ERROR
    return 0


if __name__ == "__main__":
    sys.exit(main())
