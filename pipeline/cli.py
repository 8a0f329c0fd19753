"""`events-pipeline`: the command line. Thin: it parses, validates, and calls the package.

Exit codes: 0 done; 2 user error (bad config, missing input, bad arguments), said in one line;
1 the run itself failed: one line, the traceback in OUT/_runs/ingest_date=D/<run>.failed.log.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import json
import logging
import os
import re
import sys
from pathlib import Path

from pipeline import __version__
from pipeline.config import ConfigError, did_you_mean

EXIT_USER_ERROR = 2
EXIT_RUN_FAILED = 1


class _QuietBeamImport(logging.Filter):
    # Beam's BigQuery client module warns at import time that apitools is missing; we don't use it.
    def filter(self, record: logging.LogRecord) -> bool:
        return "apitools not found" not in record.getMessage()


_LOG_LEVELS = ("debug", "info", "warning", "error")


def _setup_logging(verbose: bool, level: str | None) -> None:
    """Warnings only by default. `-v`: this pipeline's INFO lines, Beam's warnings only (its INFO
    is dozens of lines of graph construction). `--log-level LEVEL`: every logger at LEVEL, Beam's
    too."""
    handler = logging.StreamHandler(sys.stderr)
    handler.addFilter(_QuietBeamImport())
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    root = getattr(logging, level.upper()) if level else logging.WARNING
    logging.basicConfig(level=root, handlers=[handler], force=True)
    logging.getLogger("pipeline").setLevel(logging.INFO if verbose and not level else logging.NOTSET)


def _logging_options(default) -> argparse.ArgumentParser:
    """-v and --log-level, accepted before the command and after it: `events-pipeline -v run ...`
    and `events-pipeline run -v ...` alike. After it, they default to SUPPRESS so that a command
    without them keeps what was given before it."""
    options = argparse.ArgumentParser(add_help=False)
    options.add_argument("-v", "--verbose", action="store_true", default=default(False),
                         help="log this pipeline's progress (INFO); Beam's own logging stays at warnings")
    options.add_argument("--log-level", choices=_LOG_LEVELS, type=str.lower, default=default(None),
                         help="log every logger, Beam's included, at this level")
    return options


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a YYYY-MM-DD date: {value!r}") from None


class _Parser(argparse.ArgumentParser):
    """Bad arguments are a user error like any other: one line, exit code 2, with a "did you
    mean" for a mistyped command or flag."""

    def error(self, message: str):
        choice = re.search(r"invalid choice: '([^']*)' \(choose from (.*)\)", message)
        if choice:
            message += did_you_mean(choice[1], re.findall(r"'([^']*)'", choice[2]))
        self.exit(EXIT_USER_ERROR, f"events-pipeline: error: {message} (see {self.prog} --help)\n")

    def parse_args(self, args=None, namespace=None):
        known, unknown = self.parse_known_args(args, namespace)
        if unknown:
            flag = next((word.partition("=")[0] for word in unknown if word.startswith("-")), None)
            hint = did_you_mean(flag, self._flags_of(getattr(known, "command", None))) if flag else ""
            self.error(f"unrecognized arguments: {' '.join(unknown)}{hint}")
        return known

    def _flags_of(self, command: str | None) -> list[str]:
        """The flags of a command, else the top-level ones (argparse has no public way to them)."""
        parser = self
        for action in self._actions:
            if isinstance(action, argparse._SubParsersAction) and command in action.choices:
                parser = action.choices[command]
        return [flag for action in parser._actions for flag in action.option_strings]


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="events-pipeline",
        description="News articles in, political event records (Avro) out, on Apache Beam.",
        parents=[_logging_options(lambda value: value)],
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    after_command = _logging_options(lambda value: argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND",
                                     parser_class=functools.partial(_Parser, parents=[after_command]))

    run = commands.add_parser(
        "run", help="run the pipeline", description="Read articles, extract events, write Avro tables."
    )
    run.add_argument("--config", required=True, help="YAML config, e.g. configs/local.yaml")
    run.add_argument("--input", action="append", default=[], metavar="GLOB",
                     help="input file pattern (repeatable); replaces the config's inputs")
    run.add_argument("--output", metavar="DIR", help="output directory; replaces output.directory")
    run.add_argument("--ingest-date", type=_date, metavar="YYYY-MM-DD",
                     help="the run's logical date, its output partition (default: today, UTC)")
    run.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                     help="override a config value, e.g. --set beam.direct_num_workers=2")
    run.add_argument("--dry-run", action="store_true",
                     help="build the job (on Dataflow: the job request, offline) and run nothing")
    run.add_argument("--max-seconds", type=float, metavar="S",
                     help="streaming jobs: stop after S seconds (default: run until Ctrl-C)")
    run.add_argument("--incremental", action="store_true",
                     help="skip input files an earlier run (of another ingest date) processed")

    backfill = commands.add_parser(
        "backfill", help="run one partition per day over a range of dates, resumably",
        description="Run the pipeline once per day from --from to --to, each day reading the files "
                    "of --input-template with the day in it. Days already published (their _SUCCESS "
                    "exists) are skipped unless --force; a failed day does not stop the others. "
                    "Ends with a table of days; exit code 1 if any day failed (rerun to resume).",
    )
    backfill.add_argument("--config", required=True, help="YAML config, e.g. configs/local.yaml")
    backfill.add_argument("--from", dest="first", required=True, type=_date, metavar="YYYY-MM-DD",
                          help="the first ingest date")
    backfill.add_argument("--to", dest="last", required=True, type=_date, metavar="YYYY-MM-DD",
                          help="the last ingest date (included)")
    backfill.add_argument("--input-template", required=True, metavar="PATTERN",
                          help="a day's input files, with {date} (YYYY-MM-DD) or {date:%%Y/%%m/%%d} "
                               "in it, e.g. 'news/{date}/*.jsonl'")
    backfill.add_argument("--output", metavar="DIR", help="output directory; replaces output.directory")
    backfill.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                          help="override a config value, as for run")
    backfill.add_argument("--force", action="store_true", help="rerun days already published too")

    inspect = commands.add_parser(
        "inspect", help="print the events (or dead letters) of an output directory",
        description="Print the events written under OUT_DIR, one row per event across partitions: "
                    "date, type, key countries, actors, summary. Dated events first, newest first; "
                    "the date is the event's own, else the day its first article was published.",
    )
    inspect.add_argument("out_dir", metavar="OUT_DIR")
    inspect.add_argument("--ingest-date", type=_date, metavar="YYYY-MM-DD", help="only this partition")
    inspect.add_argument("--type", action="append", default=[], metavar="TYPE",
                         help="only events of this type (repeatable, or comma-separated), e.g. DIPLOMATIC_CALL")
    inspect.add_argument("--country", action="append", default=[], metavar="CODE",
                         help="only events involving this country or organisation (repeatable), e.g. CHN, EU")
    inspect.add_argument("--since", type=_date, metavar="YYYY-MM-DD", help="only events dated on or after this day")
    inspect.add_argument("--until", type=_date, metavar="YYYY-MM-DD", help="only events dated on or before this day")
    inspect.add_argument("--limit", type=int, metavar="N", help="at most N events (the newest)")
    inspect.add_argument("--format", choices=("table", "csv", "json", "jsonl"), default="table",
                         help="table (cut to the terminal's width, or COLUMNS), csv, json or jsonl")
    inspect.add_argument("--evidence", action="store_true", help="add each report's sentences and URL")
    inspect.add_argument("--dead-letters", action="store_true",
                         help="summarise the dead letters instead: counts by reason, one example each")

    report = commands.add_parser(
        "report", help="write the HTML report of an output directory",
        description="Write one self-contained HTML page (charts inline, opens offline) about the "
                    "tables under OUT_DIR: counts and their reconciliation, dead letters by reason, "
                    "events per day, top country pairs, signallers and targets, elections, the "
                    "latest events with their evidence. Batch runs write it beside their manifest.",
    )
    report.add_argument("out_dir", metavar="OUT_DIR")
    report.add_argument("--ingest-date", type=_date, metavar="YYYY-MM-DD", help="only this partition")
    report.add_argument("--html", required=True, metavar="FILE", help="the page to write")

    evaluate = commands.add_parser(
        "evaluate", help="score extraction against hand-labelled gold files",
        description="Run the pipeline (DirectRunner) over the articles of gold files and score it "
                    "against their events (EVENTS.md, Scoring).",
    )
    evaluate.add_argument("gold", nargs="+", metavar="GOLD.jsonl")
    evaluate.add_argument("--json", action="store_true", help="print one JSON object")
    evaluate.add_argument("--show-errors", action="store_true",
                          help="list missed, spurious and differing events per article")
    evaluate.add_argument("--runner", default="DirectRunner", help="Beam runner (default DirectRunner)")
    evaluate.add_argument("--against", nargs="+", metavar="LABELS.jsonl",
                          help="score these labels (a second annotator's gold files) instead of "
                               "running the pipeline: the agreement between annotators")

    evaluate_dates = commands.add_parser(
        "evaluate-dates", help="score the relative-date resolver on a dates TSV",
        description="Score resolve_date on a TSV with columns doc, published, text, gold, precision.",
    )
    evaluate_dates.add_argument("tsv", metavar="DATES.tsv")
    evaluate_dates.add_argument("--json", action="store_true", help="print one JSON object")

    load = commands.add_parser(
        "load", help="load output partitions into a DuckDB database",
        description="Load the tables under OUT_DIR (one partition, or all) into a DuckDB file. "
                    "Idempotent; a known event is merged, not duplicated.",
    )
    load.add_argument("out_dir", metavar="OUT_DIR")
    load.add_argument("--duckdb", required=True, metavar="FILE", help="the DuckDB database file")
    load.add_argument("--ingest-date", type=_date, metavar="YYYY-MM-DD", help="only this partition")
    load.add_argument("--sql", help="a query to run after loading, printed as a table")

    schema = commands.add_parser(
        "schema", help="print a table's schema for a warehouse",
        description="Print the BigQuery JSON schema of a table, derived from its Avro schema.",
    )
    schema.add_argument("--bigquery", required=True, metavar="TABLE", help="events, mentions, articles or dead_letters")

    publish = commands.add_parser(
        "publish", help="publish articles to a Pub/Sub topic (for a streaming job)",
        description="Publish the articles of FILES (any input kind) as JSON messages to a Pub/Sub "
                    "topic; with PUBSUB_EMULATOR_HOST set, to the local emulator. Creates the topic, "
                    "and with --subscription a subscription to it, when missing.",
    )
    publish.add_argument("files", nargs="*", metavar="FILE")
    publish.add_argument("--topic", required=True, help="projects/P/topics/T")
    publish.add_argument("--subscription", help="projects/P/subscriptions/S: create it on the topic, with the "
                                                "dead-letter topic S-dead-letters for messages that keep failing")
    publish.add_argument("--replay-dead-letters", action="store_true",
                         help="publish again to --topic what S-dead-letters holds (with --subscription S)")

    bench = commands.add_parser(
        "bench", help="measure extractor and pipeline throughput and peak memory",
        description="Time the bare extractor (one process, no Beam) and the full pipeline on the "
                    "Wikinews 2019 corpus repeated with fresh ids up to N articles.",
    )
    bench.add_argument("--articles", type=int, default=1000, metavar="N", help="articles to process (default 1000)")
    bench.add_argument("--runner", default="DirectRunner", help="Beam runner for the pipeline (default DirectRunner)")
    bench.add_argument("--mode", choices=("in_memory", "multi_processing"), default="in_memory",
                       help="the local runner's direct_running_mode (default in_memory: one process)")
    bench.add_argument("--workers", type=int, default=1, metavar="N",
                       help="direct_num_workers: worker processes in multi_processing mode (default 1)")
    bench.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                       help="override the pipeline's config as `run --set` does, e.g. --set output.num_shards=0")
    bench.add_argument("--json", action="store_true", help="print one JSON object")
    return parser


def main(argv: list[str] | None = None) -> int:
    try:
        code = _main(argv)
        sys.stdout.flush()
        return code
    except BrokenPipeError:
        # The reader went away (`| head`): not an error to report. Python's docs ("Note on
        # SIGPIPE"): point stdout at devnull so that the flush at exit does not fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_RUN_FAILED


def _main(argv: list[str] | None) -> int:
    args = _parser().parse_args(argv)
    _setup_logging(args.verbose, args.log_level)
    try:
        if args.command == "run":
            return _run(args)
        if args.command == "backfill":
            return _backfill(args)
        if args.command == "inspect":
            return _inspect(args)
        if args.command == "report":
            return _report(args)
        if args.command == "evaluate":
            return _evaluate(args)
        if args.command == "evaluate-dates":
            return _evaluate_dates(args)
        if args.command == "bench":
            return _bench(args)
        if args.command == "publish":
            return _publish(args)
        if args.command == "load":
            return _load(args)
        if args.command == "schema":
            return _schema(args)
    except ConfigError as error:
        print(f"events-pipeline: error: {error}", file=sys.stderr)
        return EXIT_USER_ERROR
    raise AssertionError(f"unhandled command {args.command}")


def _run(args) -> int:
    from pipeline.run.failure import logs_held, report_failure
    from pipeline.run.job import dry_run_job, prepare_job, run_job, run_streaming_job

    job = prepare_job(
        args.config, args.set, inputs=args.input, output=args.output, ingest_date=args.ingest_date,
        incremental=args.incremental, dry_run=args.dry_run,
    )
    if args.dry_run:
        print(dry_run_job(job))
        return 0
    if job.config.streaming:
        from pipeline.pubsub import accept_largest_messages, check_subscription

        check_subscription(job.config.streaming.subscription)
        accept_largest_messages()
    # a batch run's logs are held, so that its failure is one line; a streaming job's go out live
    with logs_held(not (args.verbose or args.log_level) and not job.config.streaming) as logged:
        try:
            if job.config.streaming:
                closing = run_streaming_job(job, args.max_seconds, progress=sys.stderr)
            else:
                summary = run_job(job, progress=sys.stderr)
        except ConfigError:  # a user's (another run holds the lock): main says it, exit 2
            raise
        except Exception as error:  # the runner failed: one line, the traceback in the run's log
            logging.getLogger("pipeline").info("run failed", exc_info=True)
            print(f"events-pipeline: {report_failure(job, error, logged.getvalue())}", file=sys.stderr)
            return EXIT_RUN_FAILED
    sys.stderr.write(logged.getvalue())
    print(closing if job.config.streaming else summary.render(), flush=True)
    return 0


def _backfill(args) -> int:
    from pipeline.backfill import FAILED, backfill, day_pattern, days_between, render_results
    from pipeline.config import load_config
    from pipeline.run.job import prepare_job, run_job

    days = days_between(args.first, args.last)
    day_pattern(args.input_template, days[0])  # a bad template is a user error before any day runs
    config = load_config(args.config, args.set)
    if config.streaming:
        raise ConfigError(f"{args.config}: backfill runs batch jobs; this config is a streaming job")

    def run_day(day: dt.date) -> dict[str, int]:
        job = prepare_job(args.config, args.set, inputs=[day_pattern(args.input_template, day)],
                          output=args.output, ingest_date=day)
        return run_job(job).manifest["counts"]

    results = backfill(days, args.output or config.output.directory, run_day, force=args.force,
                       progress=lambda line: print(line, file=sys.stderr, flush=True))
    print(render_results(results))
    return EXIT_RUN_FAILED if any(result.status == FAILED for result in results) else 0


def _output_dir(out_dir: str, ingest_date: dt.date | None) -> Path:
    """The output directory `inspect` and `load` read, checked: it exists, holds tables, and has
    the partition asked for (each a user error, exit 2)."""
    from pipeline.run.layout import OutputLayout

    path = Path(out_dir)
    if not path.is_dir():
        raise ConfigError(f"output directory not found: {path}")
    layout = OutputLayout(str(path))
    if not Path(layout.table_dir("events")).is_dir():
        raise ConfigError(f"no pipeline output under {path} (no events/ folder)")
    if ingest_date and not Path(layout.partition("events", ingest_date)).is_dir():
        raise ConfigError(f"no partition ingest_date={ingest_date} under {path}")
    return path


def _inspect(args) -> int:
    import shutil

    from pipeline import display
    from pipeline.extract.events import KINDS

    out_dir = _output_dir(args.out_dir, args.ingest_date)
    # A table fits the terminal it is shown on; into a pipe or a file it goes whole (unless COLUMNS says)
    width = shutil.get_terminal_size().columns if sys.stdout.isatty() or "COLUMNS" in os.environ else 10_000
    if args.dead_letters:
        text = display.render_dead_letters(display.dead_letter_summary(out_dir, args.ingest_date), args.format, width)
    else:
        types = {name.strip().upper() for value in args.type for name in value.split(",") if name.strip()}
        unknown = sorted(types - set(KINDS))
        if unknown:
            raise ConfigError(f"--type: unknown event type {unknown[0]!r}{did_you_mean(unknown[0], KINDS)}; "
                              f"one of {', '.join(KINDS)}")
        if args.limit is not None and args.limit < 0:
            raise ConfigError("--limit must be 0 or more")
        countries = {code.strip().upper() for value in args.country for code in value.split(",") if code.strip()}
        keep = display.EventFilter(frozenset(types), frozenset(countries), args.since, args.until)
        shown = display.select_events(out_dir, args.ingest_date, keep, args.limit, args.evidence)
        text = display.render_events(shown, args.format, width, args.evidence)
    if text:
        print(text)
    return 0


def _report(args) -> int:
    from pipeline.run.report import write_report

    _output_dir(args.out_dir, args.ingest_date)
    print(f"report: {write_report(args.out_dir, args.ingest_date, args.html)}")
    return 0


def _existing_files(paths: list[str]) -> None:
    for path in paths:
        if not Path(path).is_file():
            raise ConfigError(f"file not found: {path}")


def _evaluate(args) -> int:
    from pipeline.evaluation import compare_labels, evaluate, render_scores

    _existing_files(args.gold + (args.against or []))
    try:
        if args.against:
            evaluation = compare_labels(args.gold, args.against)
        else:
            evaluation = evaluate(args.gold, {"runner": args.runner})
    except ValueError as error:  # a malformed gold file
        raise ConfigError(str(error)) from None
    if args.show_errors:
        for article_id, lines in evaluation.errors.items():
            print("\n".join(lines), file=sys.stderr if args.json else sys.stdout)
    print(json.dumps(evaluation.scores) if args.json else render_scores(evaluation.scores))
    return 0


def _evaluate_dates(args) -> int:
    from pipeline.extract.dates import resolve_date
    from pipeline.scoring import read_date_rows, score_dates

    _existing_files([args.tsv])
    try:
        rows = read_date_rows(args.tsv)
    except ValueError as error:
        raise ConfigError(str(error)) from None
    scores = score_dates(rows, resolve_date)
    if args.json:
        print(json.dumps(scores))
    else:
        print(f"rows: {scores['rows']}, accuracy: {scores['accuracy']:.3f}")
        for precision, figures in scores["by_precision"].items():
            print(f"  {precision:<8} rows {figures['rows']:<4} accuracy {figures['accuracy']:.3f}")
    return 0


def _publish(args) -> int:
    import re

    from pipeline.pubsub import ensure_topic, publish_articles, replay_dead_letters

    if not re.fullmatch(r"projects/[^/]+/topics/[^/]+", args.topic):
        raise ConfigError(f"--topic must be projects/PROJECT/topics/TOPIC, not {args.topic!r}")
    if args.subscription and not re.fullmatch(r"projects/[^/]+/subscriptions/[^/]+", args.subscription):
        raise ConfigError(f"--subscription must be projects/PROJECT/subscriptions/NAME, not {args.subscription!r}")
    _existing_files(args.files)
    if args.replay_dead_letters:
        if not args.subscription:
            raise ConfigError("--replay-dead-letters needs --subscription: the one whose dead letters to replay")
        print(f"replayed {replay_dead_letters(args.subscription, args.topic)} dead-lettered message(s) to {args.topic}")
        return 0
    ensure_topic(args.topic, args.subscription)
    published, errors = publish_articles(args.files, args.topic)
    for error in errors:
        print(f"skipped a record: {error}", file=sys.stderr)
    print(f"published {published} article(s) to {args.topic}")
    return 0


def _load(args) -> int:
    from pipeline.run.layout import OutputLayout
    from pipeline.run.storage import list_files
    from pipeline.tables import load_schemas
    from pipeline.warehouse.load import ConflictingRows, load_duckdb
    from pipeline.warehouse.read import partition_dates

    out_dir = _output_dir(args.out_dir, args.ingest_date)
    windows = list_files(OutputLayout(str(out_dir)).window_files("events"))
    if not args.ingest_date and not partition_dates(out_dir) and windows:
        raise ConfigError(f"{out_dir} holds a streaming job's window files, not ingest_date partitions: load "
                          f"reads partitions (inspect and report read windows)")
    try:
        counts = load_duckdb(out_dir, Path(args.duckdb), load_schemas(), args.ingest_date)
    except ConflictingRows as error:
        raise ConfigError(str(error)) from None
    print(f"loaded into {args.duckdb}: " + ", ".join(f"{table} {rows}" for table, rows in counts.items()))
    if args.sql:
        import duckdb

        with duckdb.connect(args.duckdb, read_only=True) as connection:
            try:
                relation = connection.sql(args.sql)
            except duckdb.Error as error:
                raise ConfigError(f"--sql failed: {error}") from None
            print(relation)
    return 0


def _schema(args) -> int:
    from pipeline.tables import TABLES, load_schemas
    from pipeline.warehouse.load import bigquery_fields

    if args.bigquery not in TABLES:
        raise ConfigError(f"unknown table {args.bigquery!r}; one of {', '.join(TABLES)}")
    print(json.dumps(bigquery_fields(load_schemas()[args.bigquery]), indent=2))
    return 0


def _bench(args) -> int:
    from pipeline.bench import render, run_bench

    if args.articles < 1:
        raise ConfigError("--articles must be at least 1")
    if args.workers < 1:
        raise ConfigError("--workers must be at least 1")
    if args.mode == "in_memory" and args.workers != 1:
        raise ConfigError("--workers N > 1 needs --mode multi_processing (in_memory is one process)")
    result = run_bench(args.articles, args.runner, args.mode, args.workers, overrides=args.set)
    print(json.dumps(result) if args.json else render(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
