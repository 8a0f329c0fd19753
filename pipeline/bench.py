"""`events-pipeline bench`: throughput and peak memory of the bare extractor and the full pipeline.

The corpus (`corpora/wikinews-2019.jsonl`, 171 articles of about 2,400 characters) is repeated
with fresh ids up to N articles. Each measurement runs in a fresh child process, so its peak
resident memory is its own: the extractor alone in one Python process without Beam, then the
whole pipeline on a local Beam runner (reading the JSONL, extracting, merging, writing Avro).
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1] / "corpora" / "wikinews-2019.jsonl"


def repeated_corpus(articles: int, corpus: Path = CORPUS) -> list[dict]:
    """`articles` records from the corpus, repeated with fresh ids ("<id>~<round>")."""
    base = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    records = []
    for index in range(articles):
        record = dict(base[index % len(base)])
        record["id"] = f"{record['id']}~{index // len(base)}"
        records.append(record)
    return records


def write_corpus(path: Path, articles: int) -> None:
    with path.open("w", encoding="utf-8") as stream:
        for record in repeated_corpus(articles):
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")


def _peak_rss_mb() -> float:
    """Peak resident memory of this process and its finished children, in MB (Linux: KiB units)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return round(max(own, children) / 1024, 1)


def measure_extractor(corpus_path: Path) -> dict:
    """Articles per second of `EventExtractor.extract` alone, parsing excluded."""
    from pipeline.extract.extractor import EventExtractor
    from pipeline.sources.jsonl import parse_json_article

    articles = [parse_json_article(line, str(corpus_path)) for line in corpus_path.read_bytes().splitlines()]
    extractor = EventExtractor.load()
    started = time.perf_counter()
    events = sum(len(extractor.extract(article)) for article in articles)
    seconds = time.perf_counter() - started
    return {"articles_per_second": round(len(articles) / seconds, 1), "seconds": round(seconds, 3),
            "events": events, "peak_rss_mb": _peak_rss_mb()}


def measure_pipeline(corpus_path: Path, runner: str, beam_options: dict) -> dict:
    """Articles per second of the whole job, graph construction and Avro writing included."""
    import datetime as dt

    from pipeline.config import Config, OutputConfig
    from pipeline.job import make_job, run_job

    with tempfile.TemporaryDirectory(prefix="events-bench-") as work:
        config = Config(beam={"runner": runner, **beam_options}, inputs=[str(corpus_path)],
                        output=OutputConfig(directory=str(Path(work) / "out")))
        started = time.perf_counter()
        summary = run_job(make_job(config, dt.date(2000, 1, 1)))
        seconds = time.perf_counter() - started
    articles = summary.counters.get("articles", 0)
    return {"articles_per_second": round(articles / seconds, 1), "seconds": round(seconds, 3),
            "events": summary.counters.get("events", 0), "peak_rss_mb": _peak_rss_mb()}


def run_bench(articles: int, runner: str = "DirectRunner", beam_options: dict | None = None) -> dict:
    """Both measurements, each in a child process, as the `bench --json` object."""
    with tempfile.TemporaryDirectory(prefix="events-bench-") as work:
        corpus_path = Path(work) / "corpus.jsonl"
        write_corpus(corpus_path, articles)
        result = {"articles": articles}
        for name in ("extractor", "pipeline"):
            request = json.dumps({"what": name, "corpus": str(corpus_path), "runner": runner,
                                  "beam_options": beam_options or {}})
            done = subprocess.run([sys.executable, "-m", "pipeline.bench", request],
                                  capture_output=True, text=True, check=False)
            if done.returncode != 0:
                raise RuntimeError(f"bench {name} failed:\n{done.stderr[-4000:]}")
            result[name] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def render(result: dict) -> str:
    lines = [f"articles: {result['articles']}"]
    for name in ("extractor", "pipeline"):
        figures = result[name]
        lines.append(f"  {name:<10} {figures['articles_per_second']:>8.1f} articles/s  "
                     f"{figures['seconds']:>7.2f} s  peak RSS {figures['peak_rss_mb']:.0f} MB  "
                     f"events {figures['events']}")
    return "\n".join(lines)


if __name__ == "__main__":  # a child measurement: python -m pipeline.bench '{"what": ...}'
    request = json.loads(sys.argv[1])
    corpus = Path(request["corpus"])
    if request["what"] == "extractor":
        figures = measure_extractor(corpus)
    else:
        figures = measure_pipeline(corpus, request["runner"], request["beam_options"])
    print(json.dumps(figures))
