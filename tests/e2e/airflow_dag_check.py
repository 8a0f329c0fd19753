"""Run by tests/e2e/test_airflow_dag.py with the Python of the Airflow virtual environment (not
the project's): loads the DAG folder with Airflow's DagBag and prints, as one JSON object, what
the test checks — import errors, the DAG's schedule and settings, its tasks, the data interval
and logical date of its first run from a given day, and the command each target renders for it.

    python airflow_dag_check.py DAG_FOLDER FIRST_DAY
"""

import datetime as dt
import json
import sys
import types

from airflow.dag_processing.dagbag import DagBag
from airflow.timetables.base import TimeRestriction
from airflow.timetables.interval import CronDataIntervalTimetable


def main(dag_folder: str, first_day: str) -> None:
    bag = DagBag(dag_folder=dag_folder)
    report = {"import_errors": {path: str(error) for path, error in bag.import_errors.items()},
              "dag_ids": sorted(bag.dag_ids)}
    dag = bag.dags.get("events_pipeline_daily")
    if dag is not None:
        # The scheduler's view of the DAG's timetable: the first interval from first_day on.
        timetable = CronDataIntervalTimetable(dag.timetable.expression, dag.timetable.timezone)
        earliest = dt.datetime.fromisoformat(first_day).replace(tzinfo=dt.timezone.utc)
        info = timetable.next_dagrun_info(last_automated_data_interval=None,
                                          restriction=TimeRestriction(earliest=earliest, latest=None, catchup=True))
        logical_date = info.logical_date
        context = {"ds": logical_date.strftime("%Y-%m-%d"), "ds_nodash": logical_date.strftime("%Y%m%d"),
                   "params": dag.params}
        rendered = {}
        for target in ("local", "dataflow"):
            variables = types.SimpleNamespace(get=lambda key, default=None, target=target:
                                              {"events_pipeline_target": target}.get(key, default))
            task = dag.get_task("run_day")
            rendered[target] = task.render_template(task.bash_command, {**context, "var": types.SimpleNamespace(value=variables)},
                                                    jinja_env=dag.get_template_env())
        report.update({
            "timetable": type(dag.timetable).__name__,
            "cron": dag.timetable.expression,
            "timezone": str(dag.timetable.timezone),
            "catchup": dag.catchup,
            "max_active_runs": dag.max_active_runs,
            "tasks": {task.task_id: type(task).__name__ for task in dag.tasks},
            "retries": dag.get_task("run_day").retries,
            "first_interval": [info.data_interval.start.isoformat(), info.data_interval.end.isoformat()],
            "first_run_after": info.run_after.isoformat(),
            "ds": context["ds"],
            "commands": rendered,
        })
    print(json.dumps(report))


if __name__ == "__main__":
    main(*sys.argv[1:])
