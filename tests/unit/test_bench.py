"""The bench's corpus and its memory measurement (the measured figures are in the README)."""

from __future__ import annotations

import json
import subprocess
import sys

from pipeline import dedup
from pipeline.bench import (
    TreeMemorySampler, process_tree, repeated_corpus, resident_bytes, run_bench, write_corpus_files,
)
from pipeline.records import Article
from tests.support import LOCAL_RUNNER


def test_the_repeated_corpus_has_no_duplicate_the_pipeline_would_drop():
    records = list(repeated_corpus(400))  # 171 articles, repeated twice more in part
    assert len({record["id"] for record in records}) == 400
    articles = [Article(article_id=r["id"], url=r.get("url") or "", text=r["text"]) for r in records]
    assert len({dedup.text_key(article.text) for article in articles}) == 400
    assert len({dedup.url_key(article) for article in articles}) == 400


def test_the_corpus_is_written_in_files_of_a_thousand_articles(tmp_path):
    paths = write_corpus_files(tmp_path, 2500)
    assert [path.name for path in paths] == ["corpus-00000.jsonl", "corpus-00001.jsonl", "corpus-00002.jsonl"]
    lines = [json.loads(line) for path in paths for line in path.read_text(encoding="utf-8").splitlines()]
    assert [line["id"] for line in lines] == [record["id"] for record in repeated_corpus(2500)]


def test_the_memory_of_a_process_tree_sums_the_child_and_its_grandchild():
    # a child holding 80 MB starts a grandchild holding 60 MB; both live for about a second
    grandchild = "import time; held = bytearray(60 * 2**20); time.sleep(1.5)"
    child = (f"import subprocess, sys, time; held = bytearray(80 * 2**20); "
             f"p = subprocess.Popen([sys.executable, '-c', {grandchild!r}]); p.wait()")
    process = subprocess.Popen([sys.executable, "-c", child])
    with TreeMemorySampler(process.pid, interval=0.05) as sampler:
        process.wait()
    assert sampler.max_processes == 2
    assert sampler.peak_bytes >= 140 * 2**20


def test_a_process_tree_without_descendants_is_the_process_itself():
    import os

    assert process_tree(os.getpid()) == [os.getpid()]
    assert resident_bytes([os.getpid()]) > 0


def test_bench_json_keeps_its_format():
    result = run_bench(40, LOCAL_RUNNER)
    assert result["articles"] == 40
    for name in ("extractor", "pipeline"):
        figures = result[name]
        assert figures["articles_per_second"] > 0 and figures["peak_rss_mb"] > 0
        assert figures["articles_per_cpu_second"] > 0
    assert result["pipeline"]["processes"] == 1  # in memory: one process
    assert result["pipeline_to_extractor_per_core"] > 0
