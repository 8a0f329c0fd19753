"""Round ten's experiment: the extractor's modules compiled by Cython, against the same modules as
Python, in ONE process (not part of the package; docs/SPEED-ROUNDS.md, round 10).

    PYTHONPATH=$PWD python experiments/cython_extractor.py [--rounds 6] [--modules prefilter.py ...] [--typed]

Copies `pipeline/` twice into a scratch directory: once as it is, compiled in place by Cython
(pure-Python mode: the .py files unchanged; `--typed` lets Cython read the annotations as C types),
and once renamed `pipeline_py` (its imports rewritten) and left as Python. Both extractors run over
the repository's texts (corpora/ and eval/**/*.gold.jsonl, for speed and output only: nothing is
printed of them) and over the Wikinews bench corpus alone, alternating round by round; each
article's least thread CPU time is kept. Then it checks that both give the same mentions, byte for
byte, on every text. Needs Cython (`pip install cython`) and a C compiler.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

_BUILD = """
import sys
from setuptools import setup
from Cython.Build import cythonize
modules = sys.argv[1].split(",")
setup(script_args=["build_ext", "--inplace", "-j", "2"],
      ext_modules=cythonize(modules, nthreads=2, language_level=3, quiet=True,
                            compiler_directives={"annotation_typing": sys.argv[2] == "typed", "binding": True}))
"""


def _texts(wikinews_only: bool) -> list[dict]:
    records = [json.loads(line) for line in (REPO / "corpora" / "wikinews-2019.jsonl").read_text(
        encoding="utf-8").splitlines() if line.strip()]
    if not wikinews_only:
        for gold in sorted((REPO / "eval").rglob("*.gold.jsonl")):
            records += [json.loads(line)["article"] for line in gold.read_text(encoding="utf-8").splitlines()
                        if line.strip()]
    return records


def _articles(package: str, records: list[dict]) -> list:
    parse = importlib.import_module(f"{package}.sources.jsonl").parse_json_article
    return [parse(json.dumps(record).encode(), "texts") for record in records]


def _least_cpu(extractors: dict, articles: dict, rounds: int) -> dict[str, float]:
    """Each variant's summed least thread CPU per article over the rounds, the order alternating."""
    names = list(extractors)
    best = {name: [float("inf")] * len(articles[name]) for name in names}
    for index in range(rounds):
        for name in (names if index % 2 == 0 else names[::-1]):
            gc.collect()
            least = best[name]
            for position, article in enumerate(articles[name]):
                started = time.thread_time()
                extractors[name].extract(article)
                spent = time.thread_time() - started
                if spent < least[position]:
                    least[position] = spent
    return {name: sum(values) for name, values in best.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--modules", nargs="*", help="files under pipeline/extract to compile (default: all)")
    parser.add_argument("--typed", action="store_true", help="Cython reads the annotations as types")
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="cython-extractor-"))
    try:
        shutil.copytree(REPO / "pipeline", scratch / "pipeline", ignore=shutil.ignore_patterns("__pycache__", "*.so", "*.c"))
        shutil.copytree(scratch / "pipeline", scratch / "pipeline_py")
        for path in (scratch / "pipeline_py").rglob("*.py"):
            path.write_text(re.sub(r"\b(from|import) pipeline\b", r"\1 pipeline_py", path.read_text(encoding="utf-8")),
                            encoding="utf-8")
        extract = scratch / "pipeline" / "extract"
        modules = [str(extract / name) for name in args.modules] if args.modules else [
            str(path) for path in extract.rglob("*.py") if path.name != "__init__.py"]
        (scratch / "build_it.py").write_text(_BUILD, encoding="utf-8")
        started = time.perf_counter()
        build = subprocess.run([sys.executable, "build_it.py", ",".join(os.path.relpath(m, scratch) for m in modules),
                                "typed" if args.typed else "plain"], cwd=scratch, capture_output=True, text=True,
                               env={**os.environ, "CFLAGS": "-O2 -g0"})
        if build.returncode:
            print(build.stderr[-3000:], file=sys.stderr)
            return 1
        children = os.times()
        print(f"built {len(modules)} modules in {time.perf_counter() - started:.0f} s "
              f"({children.children_user + children.children_system:.0f} CPU-s)")
        sys.path.insert(0, str(scratch))
        compiled = importlib.import_module("pipeline.extract.extractor")
        plain = importlib.import_module("pipeline_py.extract.extractor")
        assert compiled.__file__.endswith(".so") or args.modules, compiled.__file__
        extractors = {"python": plain.EventExtractor.load(), "cython": compiled.EventExtractor.load()}
        for label, wikinews_only in (("Wikinews corpus", True), ("repository's texts", False)):
            records = _texts(wikinews_only)
            articles = {"python": _articles("pipeline_py", records), "cython": _articles("pipeline", records)}
            spent = _least_cpu(extractors, articles, args.rounds)
            count = len(records)
            print(f"{label}, {count} articles: Python {spent['python'] / count * 1e6:,.0f} µs an article, "
                  f"Cython {spent['cython'] / count * 1e6:,.0f} µs ({spent['cython'] / spent['python'] - 1:+.1%})")
        outputs = {name: ["[" + ",".join(m.model_dump_json() for m in extractor.extract(article)) + "]"
                          for article in articles[name]] for name, extractor in extractors.items()}
        print("the same output on every text" if outputs["python"] == outputs["cython"] else "OUTPUT DIFFERS")
        return 0 if outputs["python"] == outputs["cython"] else 1
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
