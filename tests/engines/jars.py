"""The Beam job server jars the engine tests run: which Maven coordinates, where they are cached,
and how `make engines` fetches them (Maven, from Maven Central, once; Beam's own download at run
time is never used).

    python -m tests.engines.jars [--strict] [CACHE_DIR]

fetches every job server that is not cached yet into CACHE_DIR (default .cache/jars). An
artifact that Maven cannot resolve leaves CACHE_DIR/<artifact>-<version>.missing with the command
and Maven's error: the engine tests skip with that text. `--strict` exits 1 when one is missing.
Without Java or Maven nothing is fetched (the tests say so when they skip).
"""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
import sys
from pathlib import Path

import apache_beam as beam
from apache_beam.options.pipeline_options import FlinkRunnerOptions

REPO = Path(__file__).resolve().parents[2]
JAR_CACHE = REPO / ".cache" / "jars"
BEAM_VERSION = beam.__version__  # the job servers are of the SDK's own release, never another
FLINK_VERSION = FlinkRunnerOptions.PUBLISHED_FLINK_VERSIONS[-1]  # the newest Flink this Beam supports
SPARK_VERSION = "3"  # Beam's only Spark job server (its Spark 2 runner is gone)
DEPENDENCY_PLUGIN = "org.apache.maven.plugins:maven-dependency-plugin:3.6.1"


@dataclasses.dataclass(frozen=True)
class JobServer:
    engine: str
    artifact_id: str
    version: str = BEAM_VERSION
    group_id: str = "org.apache.beam"

    @property
    def coordinates(self) -> str:
        return f"{self.group_id}:{self.artifact_id}:{self.version}"

    def jar(self, cache: Path = JAR_CACHE) -> Path:
        return cache / f"{self.artifact_id}-{self.version}.jar"

    def missing_note(self, cache: Path = JAR_CACHE) -> Path:
        return cache / f"{self.artifact_id}-{self.version}.missing"

    def fetch_command(self, cache: Path = JAR_CACHE) -> list[str]:
        # -U: a "not found" that Maven cached in ~/.m2 is asked again
        return ["mvn", "-B", "-U", f"{DEPENDENCY_PLUGIN}:copy", f"-Dartifact={self.coordinates}",
                f"-DoutputDirectory={cache}"]


JOB_SERVERS = {
    "flink": JobServer("flink", f"beam-runners-flink-{FLINK_VERSION}-job-server"),
    "spark": JobServer("spark", f"beam-runners-spark-{SPARK_VERSION}-job-server"),
}


def fetch(server: JobServer, cache: Path = JAR_CACHE) -> str:
    """Fetch one job server jar unless it is cached; a line saying what happened."""
    jar = server.jar(cache)
    if jar.exists():
        return f"{server.coordinates}: cached, {jar} ({jar.stat().st_size:,} bytes)"
    if not shutil.which("java"):
        return f"{server.coordinates}: not fetched, Java is not installed"
    if not shutil.which("mvn"):
        return f"{server.coordinates}: not fetched, Maven (mvn) is not installed"
    cache.mkdir(parents=True, exist_ok=True)
    command = server.fetch_command(cache)
    done = subprocess.run(command, capture_output=True, text=True, cwd=cache)
    note = server.missing_note(cache)
    if done.returncode == 0 and jar.exists():
        note.unlink(missing_ok=True)
        return f"{server.coordinates}: fetched, {jar} ({jar.stat().st_size:,} bytes)"
    errors = [line for line in done.stdout.splitlines() if line.startswith("[ERROR]") and line[7:].strip()][:1]
    note.write_text(
        f"Maven did not fetch {server.coordinates} (exit {done.returncode}).\n"
        f"$ {' '.join(command)}\n" + "\n".join(errors) + "\n"
        f"(to ask again: rm -rf {cache} && make engines)\n",
        encoding="utf-8",
    )
    return f"{server.coordinates}: NOT fetched, see {note}: {errors[0] if errors else done.stderr[-300:]}"


def main(argv: list[str]) -> int:
    strict = "--strict" in argv
    args = [arg for arg in argv if arg != "--strict"]
    cache = Path(args[0]).resolve() if args else JAR_CACHE
    missing = 0
    for server in JOB_SERVERS.values():
        line = fetch(server, cache)
        print(f"engines: {line}")
        missing += not server.jar(cache).exists()
    return 1 if strict and missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
