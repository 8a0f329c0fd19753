"""The batch job on real engines through Beam's portable runners, against the DirectRunner's
engine (FnApiRunner): the same records in all four tables, the same manifest counts, the same
`evaluate` figures, on the seed and on the Wikinews corpus.

- flink: FlinkRunner, the job server jar from Maven Central (`make engines`, tests/engines/jars.py),
  its embedded Flink cluster (`flink_master: [local]`, parallelism 2).
- spark: SparkRunner, the Spark job server jar, Spark in `local[2]`.
- job-service: PortableRunner against Beam's own Python job service, started here as a separate
  process on a free port: the portable path (job and artifact APIs over gRPC, the job's proto,
  metrics through the job service, LOOPBACK workers) with Beam's Python engine behind it.

The SDK workers are LOOPBACK everywhere (they run in this process; no Docker). Flink and Spark are
skipped, saying why, where Java or Maven is missing or Maven did not fetch the job server of this
Beam release (the `.missing` note `make engines` left: its command and Maven's error).
"""

from __future__ import annotations

import datetime as dt
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.config import OutputConfig, load_config
from pipeline.evaluation import evaluate
from tests.engines.jars import FLINK_VERSION, JOB_SERVERS, SPARK_VERSION, fetch
from pipeline.tables import TABLES
from tests.support import LOCAL_RUNNER, REPO, run_and_read

pytestmark = pytest.mark.engines

INGEST_DATE = dt.date(2025, 6, 10)
DATASETS = {
    "seed": [str(REPO / "seeds" / "*.txt")],
    "wikinews": [str(REPO / "corpora" / "wikinews-2019.jsonl")],
}
GOLD = sorted(str(path) for path in (REPO / "eval" / "dev").glob("*.gold.jsonl"))
ENGINES = ["job-service", "flink", "spark"]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("localhost", 0))
        return probe.getsockname()[1]


def jar_or_skip(engine: str) -> Path:
    """The engine's job server jar, fetched if need be; skips (saying why) where it cannot be had."""
    server = JOB_SERVERS[engine]
    jar, note = server.jar(), server.missing_note()
    if not jar.exists() and not note.exists():
        print(f"\nengines: {fetch(server)}")  # pytest run without `make engines` first
    if jar.exists():
        if not shutil.which("java"):
            pytest.skip(f"{engine}: Java is not installed (the job server {jar.name} is a Java program)")
        return jar
    if not shutil.which("java"):
        pytest.skip(f"{engine}: Java is not installed")
    if not shutil.which("mvn"):
        pytest.skip(f"{engine}: Maven (mvn) is not installed, so the job server {server.coordinates} "
                    "cannot be fetched (make engines)")
    pytest.skip(f"{engine}: no job server jar: " + " ".join(note.read_text(encoding="utf-8").split()))


@pytest.fixture(scope="module")
def job_service():
    """Beam's Python job service in its own process; its endpoint."""
    port = free_port()
    service = subprocess.Popen(
        [sys.executable, "-m", "apache_beam.runners.portability.local_job_service_main", "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=REPO)
    try:
        deadline = time.monotonic() + 60
        while True:
            if service.poll() is not None:
                pytest.fail(f"the job service exited: {service.stderr.read().decode()[-2000:]}")
            try:
                socket.create_connection(("localhost", port), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    pytest.fail("the job service did not listen within 60 s")
                time.sleep(0.2)
        yield f"localhost:{port}"
    finally:
        service.terminate()
        try:
            service.wait(timeout=20)
        except subprocess.TimeoutExpired:
            service.kill()
            service.wait()


def engine_options(engine: str, request) -> dict:
    """The `beam:` options of a run on `engine`."""
    if engine == "job-service":
        return {"runner": "PortableRunner", "job_endpoint": request.getfixturevalue("job_service"),
                "environment_type": "LOOPBACK"}
    jar = jar_or_skip(engine)
    if engine == "flink":
        return {"runner": "FlinkRunner", "flink_job_server_jar": str(jar), "flink_version": FLINK_VERSION,
                "flink_master": "[local]", "parallelism": 2, "environment_type": "LOOPBACK"}
    return {"runner": "SparkRunner", "spark_job_server_jar": str(jar), "spark_version": SPARK_VERSION,
            "spark_master_url": "local[2]", "environment_type": "LOOPBACK"}


def run(beam_options: dict, inputs: list[str], out: Path) -> tuple[dict, dict[str, list[dict]]]:
    """One batch run as `events-pipeline run --config configs/local.yaml` does it, on the given
    runner; the manifest counts and each table's records, sorted."""
    config = load_config(REPO / "configs" / "local.yaml").model_copy(
        update={"beam": beam_options, "inputs": inputs, "output": OutputConfig(directory=str(out))})
    return run_and_read(config, INGEST_DATE)


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    """The FnApiRunner's results, computed once per dataset (and for the evaluation)."""
    cache: dict = {}

    def get(what: str):
        if what not in cache:
            if what == "evaluate":
                cache[what] = evaluate(GOLD, {"runner": LOCAL_RUNNER}).scores
            else:
                cache[what] = run({"runner": LOCAL_RUNNER}, DATASETS[what], tmp_path_factory.mktemp(f"ref-{what}"))
        return cache[what]

    return get


@pytest.mark.parametrize("dataset", list(DATASETS))
@pytest.mark.parametrize("engine", ENGINES)
def test_the_engine_writes_the_records_and_counts_of_the_direct_runner(engine, dataset, request, reference,
                                                                        tmp_path):
    options = engine_options(engine, request)
    counts, tables = run(options, DATASETS[dataset], tmp_path / engine)
    expected_counts, expected_tables = reference(dataset)
    assert expected_counts["articles"] > 0 and expected_counts["events"] > 0
    assert counts == expected_counts  # the Beam counters came back through the engine's job service
    for table in TABLES:
        assert len(tables[table]) == len(expected_tables[table]), table
        assert tables[table] == expected_tables[table], table


@pytest.mark.parametrize("engine", ENGINES)
def test_the_engine_gives_the_evaluation_figures_of_the_direct_runner(engine, request, reference):
    options = engine_options(engine, request)
    assert evaluate(GOLD, options).scores == reference("evaluate")


@pytest.mark.parametrize("config, runner", [("flink-local.yaml", "FlinkRunner"), ("spark-local.yaml", "SparkRunner")])
def test_the_local_engine_configs_build_their_jobs(config, runner, monkeypatch, capsys):
    from pipeline.cli import main

    loaded = load_config(REPO / "configs" / config)
    assert loaded.beam["runner"] == runner and loaded.beam["environment_type"] == "LOOPBACK"
    jar_option = "flink_job_server_jar" if runner == "FlinkRunner" else "spark_job_server_jar"
    engine = "flink" if runner == "FlinkRunner" else "spark"
    assert REPO / loaded.beam[jar_option] == JOB_SERVERS[engine].jar()  # the jar `make engines` fetches
    monkeypatch.chdir(REPO)
    assert main(["run", "--config", f"configs/{config}", "--dry-run", "--ingest-date", "2025-06-10"]) == 0
    line = capsys.readouterr().out.strip().splitlines()[-1]
    assert line.startswith(f"dry run: the {runner} job was built (")
    assert "SDK workers in no container" in line
