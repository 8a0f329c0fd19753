"""The Dataflow Flex Template (templates/flex/): its parameters are exactly the `run` command's
flags, the launcher turns them (and the launcher's own Beam options) back into that command's
arguments, and the launcher image is built from files that exist. Building the image and
launching the template need Docker and Google Cloud: not done here."""

from __future__ import annotations

import argparse
import json
import re

import pytest

from pipeline.cli import _parser
from pipeline.config import ConfigError
from pipeline.flex_template import main, run_arguments
from tests.e2e.test_runners import no_network  # noqa: F401 (a fixture)
from tests.support import REPO

FLEX = REPO / "templates" / "flex"
METADATA = json.loads((FLEX / "metadata.json").read_text(encoding="utf-8"))
PARAMETERS = {parameter["name"]: parameter for parameter in METADATA["parameters"]}
# A value each parameter's regexes accept, and one they refuse.
EXAMPLES = {
    "config": ("configs/dataflow.yaml", "configs/dataflow.json"),
    "input": ("gs://b/news/2025-06-10/*.jsonl,gs://b/feeds/2025-06-10/*.xml", "gs://b/a.jsonl, gs://b/b.jsonl"),
    "output": ("gs://my-events-bucket/events", "out"),
    "ingest_date": ("2025-06-10", "10/06/2025"),
    "set": ("output.num_shards=8;beam.max_num_workers=16", "num shards"),
    "dry_run": ("true", "yes"),
    "max_seconds": ("90.5", "-1"),
    "incremental": ("false", "1"),
}


def run_parser() -> argparse.ArgumentParser:
    return next(action.choices["run"] for action in _parser()._actions
                if isinstance(action, argparse._SubParsersAction))


# Every command's logging options are not run's own: the launcher always logs at -v.
NOT_RUN_FLAGS = {"help", "verbose", "log_level"}


def run_flags() -> dict[str, argparse.Action]:
    return {action.dest: action for action in run_parser()._actions
            if action.option_strings and action.dest not in NOT_RUN_FLAGS}


def test_the_template_parameters_are_exactly_the_run_flags():
    flags = run_flags()
    assert sorted(PARAMETERS) == sorted(flags)
    for name, action in flags.items():
        assert PARAMETERS[name]["isOptional"] is (not action.required), name
        assert PARAMETERS[name]["label"] and PARAMETERS[name]["helpText"], name
        assert f"({action.option_strings[-1]}" in PARAMETERS[name]["helpText"], name  # names the flag it is


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_each_parameter_has_regexes_that_take_good_values_and_refuse_bad_ones(name):
    good, bad = EXAMPLES[name]
    regexes = [re.compile(regex) for regex in PARAMETERS[name]["regexes"]]
    assert regexes
    assert all(regex.fullmatch(good) for regex in regexes)
    assert not all(regex.fullmatch(bad) for regex in regexes)


def test_the_launchers_arguments_become_the_run_commands():
    launcher = [f"--{name}={good}" for name, (good, _) in EXAMPLES.items()] + [
        "--project=my-events-project", "--region=europe-west1", "--job_name=events-20250610",
        "--temp_location=gs://b/temp", "--template_location=gs://b/staging/template_launches/x/job_object",
    ]
    args = _parser().parse_args(run_arguments(launcher, run_parser()))
    assert args.command == "run"
    assert args.config == "configs/dataflow.yaml"
    assert args.input == ["gs://b/news/2025-06-10/*.jsonl", "gs://b/feeds/2025-06-10/*.xml"]
    assert (args.output, str(args.ingest_date), args.max_seconds) == ("gs://my-events-bucket/events", "2025-06-10", 90.5)
    assert (args.dry_run, args.incremental) == (True, False)
    assert args.set == ["output.num_shards=8", "beam.max_num_workers=16", "beam.project=my-events-project",
                        "beam.region=europe-west1", "beam.job_name=events-20250610", "beam.temp_location=gs://b/temp",
                        "beam.template_location=gs://b/staging/template_launches/x/job_object"]


@pytest.mark.parametrize("argument, message", [("config=x.yaml", "are --name=value"), ("--dry_run=maybe", "true or false")])
def test_malformed_launcher_arguments_are_user_errors(argument, message):
    with pytest.raises(ConfigError, match=message):
        run_arguments([argument], run_parser())


def test_the_launcher_refuses_a_runner_other_than_dataflow(capsys):
    code = main([f"--config={REPO / 'configs' / 'local.yaml'}", f"--input={REPO / 'seeds' / '*.txt'}",
                 "--ingest_date=2025-06-10"])
    assert code == 2
    assert "must be DataflowRunner" in capsys.readouterr().err


def test_the_launcher_image_is_googles_python_311_launcher_with_this_package():
    dockerfile = (FLEX / "Dockerfile").read_text(encoding="utf-8")
    assert re.search(r"^FROM gcr\.io/dataflow-templates-base/python311-template-launcher-base\s*$", dockerfile, re.M)
    for sources in re.findall(r"^COPY (.+) \S+$", dockerfile, re.M):  # the build context is the repository root
        for source in sources.split():
            assert (REPO / source).exists(), source
    assert 'FLEX_TEMPLATE_PYTHON_PY_FILE="${WORKDIR}/main.py"' in dockerfile
    assert "COPY templates/flex/main.py ${WORKDIR}/main.py" in dockerfile
    assert "FROM apache/beam_python3.11_sdk:2.77.0" in (REPO / "Dockerfile").read_text()  # workers: same Python


def test_the_launcher_builds_the_dataflow_job_of_its_parameters_offline(no_network, monkeypatch, capsys):
    monkeypatch.chdir(REPO)  # as WORKDIR /template in the image: configs/ and setup.py relative to it
    code = main(["--config=configs/dataflow.yaml", "--input=gs://my-events-bucket/news/2025-06-10/*.jsonl",
                 "--ingest_date=2025-06-10", "--dry_run=true",
                 # what Dataflow's launcher adds (FLEX_TEMPLATE_PYTHON_SETUP_FILE gives --setup_file)
                 "--project=my-events-project", "--region=europe-west1", "--job_name=events-20250610",
                 "--temp_location=gs://my-events-bucket/temp", "--setup_file=./setup.py"])
    assert code == 0
    line = capsys.readouterr().out.strip().splitlines()[-1]
    assert line.startswith("dry run: the Dataflow batch job 'events-20250610' was built and validated offline")
    assert "workflow.tar.gz" in line
