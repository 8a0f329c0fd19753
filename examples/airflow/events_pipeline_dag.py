"""Airflow DAG: the events pipeline once a day, the day's news into the partition of that day.

Each run covers one schedule interval (a UTC day) and passes its logical date, `{{ ds }}` (the
interval's start), as `--ingest-date`; the day's inputs are the template's files with `{date}`
replaced by it. A day's run starts when its interval has ended (00:00 UTC the next day), so the
day's files are complete.

Where it runs is chosen by the Airflow Variable `events_pipeline_target`:
  local     (default) the DirectRunner's Python engine on the Airflow worker (configs/local.yaml)
  dataflow  a Dataflow batch job launched from the worker (configs/dataflow.yaml; the worker's
            environment needs `pip install '.[gcp]'` and Google Cloud credentials)
    airflow variables set events_pipeline_target dataflow

A BashOperator calls the console script: the Beam provider's BeamRunPythonPipelineOperator runs
`python [py_options] FILE --runner=... --key=value ...`, which fits a pipeline module whose own
flags are Beam's, not a command with a subcommand (`events-pipeline run`) and its own flags.
Exit codes: 0 done, 1 the run failed (the task retries), 2 a user error (retrying won't help).

Install: copy this file into the DAGs folder; the package is checked out (and installed in
.venv) under `params.repo` on the workers. Tested with Airflow 3.3 (tests/e2e/test_airflow_dag.py).
"""

from __future__ import annotations

import datetime as dt

from airflow.providers.standard.operators.bash import BashOperator
from airflow.sdk import DAG, CronDataIntervalTimetable

TARGET_VARIABLE = "events_pipeline_target"

# Per target: the config, the day's inputs ({date}: the ingest date, YYYY-MM-DD) and the output.
# Replace the paths and the bucket with yours.
TARGETS = {
    "local": {
        "config": "configs/local.yaml",
        "input": "/data/news/{date}/*.jsonl",
        "output": "/data/events",
        "extra": "",
    },
    "dataflow": {
        "config": "configs/dataflow.yaml",
        "input": "gs://my-events-bucket/news/{date}/*.jsonl",
        "output": "gs://my-events-bucket/events",
        # Dataflow refuses a second running job of the same name: one name per day
        "extra": "--set beam.job_name=events-pipeline-{ds_nodash}",
    },
}

# An unknown target is a KeyError when the command is rendered: the task fails before running.
COMMAND = (
    "{% set target = params.targets[var.value.get('" + TARGET_VARIABLE + "', 'local')] %}"
    "cd {{ params.repo }} && .venv/bin/events-pipeline run"
    " --config {{ target.config }}"
    " --input '{{ target.input | replace('{date}', ds) }}'"
    " --output '{{ target.output }}'"
    " --ingest-date {{ ds }}"
    " {{ target.extra | replace('{ds_nodash}', ds_nodash) }}"
)

with DAG(
    dag_id="events_pipeline_daily",
    description="News articles of a day -> political event records (Avro), partition ingest_date={{ ds }}",
    schedule=CronDataIntervalTimetable("0 0 * * *", timezone="UTC"),  # interval = one UTC day
    start_date=dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc),
    catchup=False,  # missed days: `events-pipeline backfill` (or `airflow backfill create`)
    max_active_runs=1,  # one job per ingest date at a time, and one day after another
    default_args={"retries": 2, "retry_delay": dt.timedelta(minutes=10)},
    params={"repo": "/srv/events-pipeline", "targets": TARGETS},
    tags=["events-pipeline"],
) as dag:
    BashOperator(
        task_id="run_day",
        bash_command=COMMAND,
        skip_on_exit_code=None,
        execution_timeout=dt.timedelta(hours=6),
    )
