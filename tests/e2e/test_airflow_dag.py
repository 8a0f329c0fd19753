"""The Airflow DAG (examples/airflow/events_pipeline_dag.py) loads in Airflow and runs one day
per interval with the ingest date from the logical date.

Airflow is not a dependency of the project: it is installed, pinned by
examples/airflow/constraints-3.3.2-py3.11.txt, into a virtual environment of its own, cached
under ~/.cache/events-pipeline/ (or $EVENTS_PIPELINE_AIRFLOW_VENV), made by this test when
missing. airflow_dag_check.py runs there and reports what Airflow sees as JSON.
"""

from __future__ import annotations

import hashlib
import json
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.cli import _parser
from tests.support import REPO

AIRFLOW = ["apache-airflow==3.3.2", "apache-airflow-providers-standard==1.21.0"]
CONSTRAINTS = REPO / "examples" / "airflow" / "constraints-3.3.2-py3.11.txt"
CHECK = Path(__file__).with_name("airflow_dag_check.py")


def airflow_python() -> Path:
    """The Airflow environment's Python, the environment made first when missing or out of date
    (in a temporary folder renamed into place, so a broken install is never taken as done)."""
    venv = Path(os.environ.get("EVENTS_PIPELINE_AIRFLOW_VENV")
                or Path.home() / ".cache" / "events-pipeline" / "airflow-venv-3.3.2")
    stamp = hashlib.sha256(" ".join(AIRFLOW).encode() + CONSTRAINTS.read_bytes()).hexdigest()

    def ready() -> bool:
        return (venv / ".installed").is_file() and (venv / ".installed").read_text() == stamp

    if not ready():
        building = venv.with_name(f"{venv.name}.building-{os.getpid()}")  # one per concurrent session
        subprocess.run([sys.executable, "-m", "venv", str(building)], check=True)
        try:
            subprocess.run([str(building / "bin" / "python"), "-m", "pip", "install", "--quiet",
                            "--disable-pip-version-check", "-c", str(CONSTRAINTS), *AIRFLOW], check=True, timeout=900)
            (building / ".installed").write_text(stamp)
            if not ready():  # another session may have finished first
                shutil.rmtree(venv, ignore_errors=True)
                building.rename(venv)  # bin/python finds its site-packages by pyvenv.cfg beside it
        finally:
            shutil.rmtree(building, ignore_errors=True)
    return venv / "bin" / "python"


@pytest.fixture(scope="module")
def airflow_view(tmp_path_factory):
    home = tmp_path_factory.mktemp("airflow-home")
    env = {**os.environ, "AIRFLOW_HOME": str(home), "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
           "AIRFLOW__CORE__UNIT_TEST_MODE": "True"}
    env.pop("PYTHONPATH", None)  # Airflow's environment only, not the project's
    done = subprocess.run([str(airflow_python()), str(CHECK), str(REPO / "examples" / "airflow"), "2019-01-04"],
                          capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_dag_loads_without_import_errors(airflow_view):
    assert airflow_view["import_errors"] == {}
    assert airflow_view["dag_ids"] == ["events_pipeline_daily"]
    assert airflow_view["tasks"] == {"run_day": "BashOperator"}


def test_one_run_per_utc_day_after_the_day_has_ended(airflow_view):
    assert (airflow_view["timetable"], airflow_view["cron"], airflow_view["timezone"]) == (
        "CronDataIntervalTimetable", "0 0 * * *", "UTC")
    assert airflow_view["catchup"] is False and airflow_view["max_active_runs"] == 1
    assert airflow_view["first_interval"] == ["2019-01-04T00:00:00+00:00", "2019-01-05T00:00:00+00:00"]
    assert airflow_view["first_run_after"] == "2019-01-05T00:00:00+00:00"
    assert airflow_view["ds"] == "2019-01-04"  # the logical date: the interval's day


@pytest.mark.parametrize("target, config, input_pattern", [
    ("local", "configs/local.yaml", "/data/news/2019-01-04/*.jsonl"),
    ("dataflow", "configs/dataflow.yaml", "gs://my-events-bucket/news/2019-01-04/*.jsonl"),
])
def test_the_command_runs_the_day_of_the_logical_date_on_the_target_of_the_variable(
        airflow_view, target, config, input_pattern):
    command = airflow_view["commands"][target]
    setup, _, run = command.partition(" && ")
    assert setup == "cd /srv/events-pipeline"
    program, *argv = shlex.split(run)
    assert program == ".venv/bin/events-pipeline"
    args = _parser().parse_args(argv)  # flags the real `run` command takes
    assert (args.command, args.config, args.input, str(args.ingest_date)) == ("run", config, [input_pattern], "2019-01-04")
    assert args.set == (["beam.job_name=events-pipeline-20190104"] if target == "dataflow" else [])
