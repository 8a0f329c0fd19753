"""`events-pipeline bench`: throughput and peak memory of the bare extractor and the full pipeline.

The corpus (`corpora/wikinews-2019.jsonl`, 171 articles of about 2,400 characters) is repeated
with fresh ids up to N articles and written as JSON Lines files of 1,000 articles each (as a
feed's dumps would come; the runner spreads files over its workers). Each measurement runs in a
fresh child process: the extractor alone in one Python process without Beam, then the whole
pipeline on a local Beam runner (listing and reading the files, extracting, merging, writing Avro,
publishing the partition), in memory (one process) or `multi_processing` (a runner process and N
worker processes).

Memory is the peak of the resident memory of the child's whole process tree (the child and every
descendant, summed), sampled from /proc every 0.1 s while it runs, and never below the largest
single process's exact peak (`ru_maxrss`). CPU is the user + system time of the tree over the
timed part; "articles per CPU second" is what one core's work buys, the figure to compare the
pipeline with the extractor "per core".
"""

from __future__ import annotations

import itertools
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Iterator

CORPUS = Path(__file__).resolve().parents[1] / "corpora" / "wikinews-2019.jsonl"
MODES = ("in_memory", "multi_processing")
ARTICLES_PER_FILE = 1000
_SAMPLE_SECONDS = 0.1


def repeated_corpus(articles: int, corpus: Path = CORPUS) -> Iterator[dict]:
    """`articles` records from the corpus, repeated with fresh ids ("<id>~<round>"). A repeat is
    not a duplicate the pipeline would drop: its URL gets "?repeat=<round>" and its text a last
    line "Repeat <round>." (a sentence that holds no event)."""
    base = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    for index in range(articles):
        record = dict(base[index % len(base)])
        repeat = index // len(base)
        record["id"] = f"{record['id']}~{repeat}"
        if repeat:
            record["url"] = f"{record.get('url') or 'https://example.org/' + record['id']}?repeat={repeat}"
            record["text"] = f"{record['text']}\n\nRepeat {repeat}."
        yield record


def write_corpus(path: Path, articles: int) -> None:
    """The repeated corpus as one JSON Lines file."""
    write_corpus_files(path.parent, articles, per_file=articles, name=path.stem)


def write_corpus_files(directory: Path, articles: int, per_file: int = ARTICLES_PER_FILE,
                       name: str = "corpus") -> list[Path]:
    """The repeated corpus as JSON Lines files of `per_file` articles: NAME-00000.jsonl, ...
    (NAME.jsonl when one file holds them all)."""
    records = repeated_corpus(articles)
    files = -(-articles // per_file)
    paths = []
    for number in range(files):
        path = directory / (f"{name}.jsonl" if files == 1 else f"{name}-{number:05d}.jsonl")
        with path.open("w", encoding="utf-8") as stream:
            for record in itertools.islice(records, per_file):
                stream.write(json.dumps(record, ensure_ascii=False) + "\n")
        paths.append(path)
    return paths


# Measuring a process tree ---------------------------------------------------------------------

_PAGE_BYTES = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def process_tree(root: int, parents: dict[int, int] | None = None) -> list[int]:
    """`root` and all its descendants now running (Linux /proc); [] without /proc. `parents`, a
    cache of each running process's parent kept between calls, saves reading them all again."""
    parents = {} if parents is None else parents
    try:
        running = {int(entry.name) for entry in os.scandir("/proc") if entry.name.isdigit()}
    except OSError:
        return []
    for pid in set(parents) - running:  # exited (its number may come back for another process)
        del parents[pid]
    for pid in running - set(parents):
        try:
            with open(f"/proc/{pid}/stat", "rb") as stream:
                stat = stream.read()
        except OSError:  # exited meanwhile
            continue
        # "pid (command) state ppid ...": the command may hold spaces and parentheses
        parents[pid] = int(stat[stat.rindex(b")") + 2:].split()[1])
    children: dict[int, list[int]] = {}
    for pid, parent in parents.items():
        children.setdefault(parent, []).append(pid)
    tree, pending = [], [root]
    while pending:
        pid = pending.pop()
        tree.append(pid)
        pending.extend(children.get(pid, ()))
    return tree


def resident_bytes(pids: list[int]) -> int:
    """The summed resident memory of the processes (those that have exited count 0)."""
    total = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/statm", "rb") as stream:
                total += int(stream.read().split()[1]) * _PAGE_BYTES
        except (OSError, IndexError, ValueError):
            continue
    return total


class TreeMemorySampler:
    """Samples the summed resident memory of a process tree in a thread until `stop()`."""

    def __init__(self, root: int, interval: float = _SAMPLE_SECONDS):
        self.root = root
        self.interval = interval
        self.peak_bytes = 0
        self.max_processes = 0
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def __enter__(self) -> TreeMemorySampler:
        self._thread.start()
        return self

    def __exit__(self, *exc_info) -> None:
        self._stopped.set()
        self._thread.join()

    def _sample(self) -> None:
        parents: dict[int, int] = {}
        while True:
            tree = process_tree(self.root, parents)
            self.max_processes = max(self.max_processes, len(tree))
            self.peak_bytes = max(self.peak_bytes, resident_bytes(tree))
            if self._stopped.wait(self.interval):
                return


def _cpu_seconds() -> float:
    """User + system time of this process and of its children that have been waited for."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


# The two measurements, each run in a child process ----------------------------------------------

def measure_extractor(paths: list[Path]) -> dict:
    """Articles per second of `EventExtractor.extract` alone, parsing excluded."""
    from pipeline.extract.extractor import EventExtractor
    from pipeline.sources.jsonl import parse_json_article

    articles = [parse_json_article(line, str(path)) for path in paths for line in path.read_bytes().splitlines()]
    extractor = EventExtractor.load()
    cpu, started = _cpu_seconds(), time.perf_counter()
    events = sum(len(extractor.extract(article)) for article in articles)
    seconds, cpu = time.perf_counter() - started, _cpu_seconds() - cpu
    return _figures(len(articles), seconds, cpu, events=events)


def measure_pipeline(pattern: str, runner: str, beam_options: dict, overrides: list[str] = ()) -> dict:
    """Articles per second of the whole job: listing, graph construction, reading, extracting,
    merging, writing Avro and publishing the partition. `overrides`: `key=value` as `run --set`."""
    import datetime as dt

    from pipeline.run.job import make_job, run_job

    with tempfile.TemporaryDirectory(prefix="events-bench-") as work:
        config = pipeline_config(pattern, runner, beam_options, overrides, str(Path(work) / "out"))
        cpu, started = _cpu_seconds(), time.perf_counter()
        summary = run_job(make_job(config, dt.date(2000, 1, 1)))
        seconds, cpu = time.perf_counter() - started, _cpu_seconds() - cpu
    return _figures(summary.counters.get("articles", 0), seconds, cpu,
                    events=summary.counters.get("events", 0), mentions=summary.counters.get("mentions", 0))


def pipeline_config(pattern: str, runner: str, beam_options: dict, overrides: list[str], output_dir: str):
    """The bench job's `Config`; `ConfigError` for a bad override."""
    from pipeline.config import validate_config

    raw = {"beam": {"runner": runner, **beam_options}, "inputs": [pattern], "output": {"directory": output_dir}}
    return validate_config(raw, overrides, "bench")


def _figures(articles: int, seconds: float, cpu_seconds: float, **counts: int) -> dict:
    return {"articles_per_second": round(articles / seconds, 1), "seconds": round(seconds, 3),
            "cpu_seconds": round(cpu_seconds, 3),
            "articles_per_cpu_second": round(articles / cpu_seconds, 1) if cpu_seconds else None,
            **counts}


def _measure_in_child(request: dict) -> dict:
    """Run one measurement in a fresh Python process; add the peak memory of its process tree."""
    child = subprocess.Popen([sys.executable, "-m", "pipeline.bench", json.dumps(request)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    with TreeMemorySampler(child.pid) as sampler:
        stdout, stderr = child.communicate()
    if child.returncode != 0:
        raise RuntimeError(f"bench {request['what']} failed:\n{stderr[-4000:]}")
    figures = json.loads(stdout.strip().splitlines()[-1])
    largest = figures.pop("largest_process_bytes")
    figures["peak_rss_mb"] = round(max(sampler.peak_bytes, largest) / 2**20, 1)
    figures["processes"] = max(sampler.max_processes, 1)
    return figures


def run_bench(articles: int, runner: str = "DirectRunner", mode: str = "in_memory", workers: int = 1,
              beam_options: dict | None = None, overrides: list[str] = ()) -> dict:
    """Both measurements, each in a child process, as the `bench --json` object:
    {"articles": N, "extractor": {...}, "pipeline": {...}, "mode", "workers", "runner", "files",
    "overrides"}. `overrides`: config `key=value` for the pipeline, as `run --set`."""
    if mode not in MODES:
        raise ValueError(f"mode must be one of {MODES}, not {mode!r}")
    options = {"direct_running_mode": mode, "direct_num_workers": workers, **(beam_options or {})}
    pipeline_config("corpus/*.jsonl", runner, options, list(overrides), "out")  # a bad --set fails now
    with tempfile.TemporaryDirectory(prefix="events-bench-") as work:
        paths = write_corpus_files(Path(work), articles)
        result = {"articles": articles, "runner": runner, "mode": mode, "workers": workers, "files": len(paths),
                  "overrides": list(overrides)}
        result["extractor"] = _measure_in_child({"what": "extractor", "paths": [str(p) for p in paths]})
        result["pipeline"] = _measure_in_child({"what": "pipeline", "pattern": str(Path(work) / "*.jsonl"),
                                                "runner": runner, "beam_options": options,
                                                "overrides": list(overrides)})
    # per core: articles per CPU second of the pipeline's whole process tree against the extractor's
    result["pipeline_to_extractor_per_core"] = round(
        result["pipeline"]["articles_per_cpu_second"] / result["extractor"]["articles_per_cpu_second"], 3)
    return result


def render(result: dict) -> str:
    lines = [f"articles: {result['articles']} in {result.get('files', 1)} file(s); pipeline on "
             f"{result.get('runner', '?')}, {result.get('mode', '?')}, {result.get('workers', 1)} worker(s)"
             + "".join(f", --set {override}" for override in result.get("overrides", ()))]
    for name in ("extractor", "pipeline"):
        figures = result[name]
        lines.append(f"  {name:<10} {figures['articles_per_second']:>8.1f} articles/s  "
                     f"{figures['seconds']:>7.2f} s  {figures.get('articles_per_cpu_second') or 0:>7.1f} articles/CPU-s  "
                     f"peak RSS {figures['peak_rss_mb']:.0f} MB ({figures.get('processes', 1)} process(es))  "
                     f"events {figures['events']}")
    if "pipeline_to_extractor_per_core" in result:
        lines.append(f"  pipeline per core / extractor per core: {result['pipeline_to_extractor_per_core']:.2f}")
    return "\n".join(lines)


if __name__ == "__main__":  # a child measurement: python -m pipeline.bench '{"what": ...}'
    request = json.loads(sys.argv[1])
    if request["what"] == "extractor":
        figures = measure_extractor([Path(path) for path in request["paths"]])
    else:
        figures = measure_pipeline(request["pattern"], request["runner"], request["beam_options"],
                                   request["overrides"])
    # the exact peak of the largest single process: this one or a worker it has waited for (KiB)
    figures["largest_process_bytes"] = 1024 * max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                                                  resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    print(json.dumps(figures))
