"""Beyond one process: the cloud and cluster configs build their jobs offline, the package Beam
ships to workers carries its data, and the local multi-process mode gives what in-memory gives.

Nothing here reaches a network: the dry runs run with every socket connection refused (and
fail if one was tried); `multi_processing` workers talk to the runner over the loopback only.
No Dataflow, Flink, Spark or Docker engine runs here; what they would do past building the job
is not tested (README, "Runners").
"""

from __future__ import annotations

import json
import re
import socket
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import apache_beam as beam
import pytest

from pipeline.bench import write_corpus_files
from pipeline.cli import main
from pipeline.config import load_config
from pipeline.tables import TABLES
from tests.support import LOCAL_RUNNER, REPO, run_and_read

CONFIGS = REPO / "configs"
WORKER_IMAGE = f"apache/beam_python{sys.version_info.major}.{sys.version_info.minor}_sdk:{beam.__version__}"


@pytest.fixture
def no_network(monkeypatch):
    """Every attempt to open a connection or resolve a name fails, and is recorded."""
    attempts: list[str] = []

    def refuse(what):
        def refused(*args, **kwargs):
            attempts.append(f"{what}{args[1:2] if what == 'connect' else args[:1]}")
            raise OSError(f"network access in a test: {what}")
        return refused

    monkeypatch.setattr(socket.socket, "connect", refuse("connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("connect"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    yield attempts
    assert attempts == [], f"the dry run tried the network: {attempts}"


def dry_run(monkeypatch, capsys, config: str, *extra: str) -> str:
    monkeypatch.chdir(REPO)  # setup_file: ./setup.py is relative to the repository root
    assert main(["run", "--config", config, "--dry-run", "--ingest-date", "2025-06-10", *extra]) == 0
    return capsys.readouterr().out.strip().splitlines()[-1]


def test_dataflow_batch_job_is_built_offline_with_the_package_staged(no_network, monkeypatch, capsys):
    line = dry_run(monkeypatch, capsys, "configs/dataflow.yaml")
    assert line.startswith("dry run: the Dataflow batch job 'events-pipeline' was built and validated offline")
    # Beam built the sdist from setup.py (workflow.tar.gz: what the workers pip-install)
    assert "workflow.tar.gz" in line


STREAMING_DATAFLOW = CONFIGS / "streaming-dataflow.yaml"


def test_dataflow_streaming_job_is_built_offline(no_network, monkeypatch, capsys):
    if STREAMING_DATAFLOW.exists():
        line = dry_run(monkeypatch, capsys, str(STREAMING_DATAFLOW))
    else:  # the batch config turned into a streaming one
        line = dry_run(monkeypatch, capsys, "configs/dataflow.yaml", "--set", "beam.streaming=true",
                       "--set", "inputs=[]",
                       "--set", "streaming.subscription=projects/my-events-project/subscriptions/articles")
    assert line.startswith("dry run: the Dataflow streaming job")
    assert "workflow.tar.gz" in line


def test_a_dry_run_does_not_list_its_inputs(no_network, monkeypatch, capsys):
    # gs:// patterns would need the network (and credentials) to be listed
    line = dry_run(monkeypatch, capsys, "configs/local.yaml", "--input", "gs://no-such-bucket/news/*.jsonl",
                   "--set", f"beam.runner={LOCAL_RUNNER}")
    assert line.startswith(f"dry run: the graph was built (")


@pytest.mark.parametrize("config, runner", [("flink.yaml", "FlinkRunner"), ("spark.yaml", "SparkRunner")])
def test_portable_runner_configs_validate_and_their_jobs_are_built(no_network, monkeypatch, capsys, config, runner):
    beam_options = load_config(CONFIGS / config).beam
    assert beam_options["runner"] == runner
    assert beam_options["environment_type"] == "DOCKER"
    line = dry_run(monkeypatch, capsys, f"configs/{config}")
    assert line.startswith(f"dry run: the {runner} job was built (")
    assert f"SDK workers in {beam_options['environment_config']})" in line


def test_remote_configs_write_to_storage_every_worker_reaches():
    for config in ("dataflow.yaml", "flink.yaml", "spark.yaml"):
        loaded = load_config(CONFIGS / config)
        assert loaded.output.directory.startswith("gs://"), config
        assert all(pattern.startswith("gs://") for pattern in loaded.inputs), config


def test_the_worker_image_is_beams_own_for_the_launchers_beam_and_python():
    dockerfile = (REPO / "Dockerfile").read_text(encoding="utf-8")
    assert re.findall(r"^FROM\s+(\S+)", dockerfile, re.MULTILINE) == [WORKER_IMAGE]
    for source in re.findall(r"^COPY\s+(.+)\s+\S+$", dockerfile, re.MULTILINE):
        for path in source.split():
            assert (REPO / path).exists(), f"the Dockerfile copies {path}, which is not in the repository"
    pinned = re.search(r'"apache-beam==([\d.]+)\.\*"', (REPO / "pyproject.toml").read_text(encoding="utf-8"))
    assert beam.__version__.startswith(pinned.group(1) + ".")


# The package Beam ships to workers -----------------------------------------------------------------


@pytest.fixture(scope="module")
def sdist(tmp_path_factory) -> Path:
    """The sdist built the way Beam's stager builds it for --setup_file (`python -m build
    --no-isolation --sdist`: no download)."""
    out = tmp_path_factory.mktemp("sdist")
    subprocess.run([sys.executable, "-m", "build", "--no-isolation", "--sdist", "--outdir", str(out), str(REPO)],
                   check=True, capture_output=True, cwd=REPO)
    (built,) = out.glob("events_pipeline-*.tar.gz")
    return built


def test_the_sdist_holds_the_gazetteer_data_and_the_schemas(sdist):
    with tarfile.open(sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    for path in [*(REPO / "pipeline" / "resources").glob("*.yaml"), *(REPO / "schemas").glob("*.avsc")]:
        assert str(path.relative_to(REPO)) in names
    assert "setup.py" in names and "pyproject.toml" in names


def test_the_package_installed_from_the_sdist_finds_its_schemas_and_gazetteer(sdist, tmp_path):
    # What a worker does with workflow.tar.gz (pip builds and installs it), offline: a wheel from
    # the sdist, unpacked, then imported ahead of the source tree.
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
                    "--no-index", "--wheel-dir", str(tmp_path / "wheel"), str(sdist)],
                   check=True, capture_output=True)
    (wheel,) = (tmp_path / "wheel").glob("events_pipeline-*.whl")
    installed = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(installed)
    probe = (
        "import json, pipeline, pipeline.tables as tables\n"
        "from pipeline.extract.extractor import EventExtractor\n"
        "EventExtractor.load()\n"
        "print(json.dumps({'package': pipeline.__file__, 'schema_dir': str(tables.SCHEMA_DIR),"
        " 'schemas': tables.load_schemas()}))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=tmp_path,
                          env={"PYTHONPATH": str(installed), "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr[-2000:]
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert Path(found["package"]).is_relative_to(installed)
    assert Path(found["schema_dir"]) == installed / "pipeline" / "schemas"
    from pipeline.tables import load_schemas

    assert found["schemas"] == load_schemas(REPO / "schemas")


# All cores on one machine ------------------------------------------------------------------------------


def run_locally(inputs: Path, out: Path, **beam_options) -> tuple[dict, dict[str, list[dict]]]:
    from pipeline.config import Config, OutputConfig
    import datetime as dt

    config = Config(beam={"runner": LOCAL_RUNNER, **beam_options}, inputs=[str(inputs / "*.jsonl")],
                    output=OutputConfig(directory=str(out)))
    return run_and_read(config, dt.date(2025, 6, 10))


def test_multi_processing_writes_the_same_records_and_counts_as_in_memory(tmp_path):
    # two files, so that the two workers share the reading and extracting; the corpus repeated,
    # so that events merge mentions from articles that different workers extracted
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    write_corpus_files(inputs, 240, per_file=120)
    in_memory = run_locally(inputs, tmp_path / "in_memory", direct_running_mode="in_memory")
    multi = run_locally(inputs, tmp_path / "multi", direct_running_mode="multi_processing", direct_num_workers=2)
    counts, tables = in_memory
    assert counts["articles"] == 240 and counts["events"] > 0
    assert multi[0] == counts  # the Beam counters came back from the worker processes
    for table in TABLES:
        assert multi[1][table] == tables[table], table
