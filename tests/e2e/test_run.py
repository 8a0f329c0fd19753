"""End to end: the CLI runs the pipeline on `seeds/`, the Avro is read back with two independent
readers (fastavro and the Apache `avro` library) and compared with a golden file and the gold.

Regenerate the golden file after a deliberate extraction change with
`UPDATE_GOLDEN=1 pytest tests/e2e` and review its diff.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import avro.datafile
import avro.io
import fastavro
import pytest

from pipeline.cli import main
from pipeline.evaluation import as_gold_event
from pipeline.scoring import read_gold, score_articles
from tests.support import LOCAL_RUNNER, REPO, SEED_GOLD, messages

GOLDEN = REPO / "tests" / "golden" / "seed_events.json"
INGEST_DATE = "2025-06-10"
TABLES = ("events", "mentions", "articles", "dead_letters")


def run_cli(out: Path, *extra: str) -> int:
    return main([
        "run", "--config", str(REPO / "configs" / "local.yaml"),
        "--input", str(REPO / "seeds" / "*.txt"), "--output", str(out),
        "--ingest-date", INGEST_DATE, "--set", f"beam.runner={LOCAL_RUNNER}", *extra,
    ])


def files_of(out: Path, table: str) -> list[Path]:
    return sorted((out / table / f"ingest_date={INGEST_DATE}").glob("part-*-of-*.avro"))


def read_fastavro(out: Path, table: str) -> list[dict]:
    records = []
    for path in files_of(out, table):
        with path.open("rb") as stream:
            records.extend(fastavro.reader(stream))
    return records


def read_apache_avro(out: Path, table: str) -> list[dict]:
    records = []
    for path in files_of(out, table):
        with path.open("rb") as stream, avro.datafile.DataFileReader(stream, avro.io.DatumReader()) as reader:
            records.extend(reader)
    return records


def comparable(event: dict) -> dict:
    """What the golden file pins: everything but the free-form summary and confidence."""
    dates = ("event_date", "anchor_date")
    kept = {k: v for k, v in event.items() if k not in ("summary", "confidence", "first_published_at", *dates)}
    for field in dates:
        kept[field] = event[field].isoformat() if event[field] else None
    kept["first_published_at"] = event["first_published_at"].isoformat() if event["first_published_at"] else None
    return kept


@pytest.fixture(scope="module")
def seed_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("run") / "out"
    assert run_cli(out) == 0
    return out


def test_run_writes_every_table_as_sharded_partitioned_avro(seed_run):
    run_id = json.loads((seed_run / "_runs" / f"ingest_date={INGEST_DATE}" / "_manifest.json").read_text())["run_id"]
    for table in TABLES:
        names = [path.name for path in files_of(seed_run, table)]
        assert names == [f"part-00000-of-00001-{run_id}.avro"], table


def test_both_readers_read_the_same_records(seed_run):
    for table in TABLES:
        by_fastavro = read_fastavro(seed_run, table)
        by_avro = read_apache_avro(seed_run, table)
        assert len(by_fastavro) == len(by_avro), table
        assert [_plain(r) for r in by_fastavro] == [_plain(r) for r in by_avro], table


def _plain(record: dict) -> dict:
    """Logical types as ISO text: the two readers agree on values, not on Python types."""
    return json.loads(json.dumps(record, default=lambda value: value.isoformat()))


def test_seed_events_match_the_golden_file(seed_run):
    events = sorted((comparable(e) for e in read_fastavro(seed_run, "events")), key=lambda e: e["event_id"])
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.write_text(json.dumps(events, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    assert events == json.loads(GOLDEN.read_text(encoding="utf-8"))


def test_seed_events_are_exactly_the_hand_labelled_gold(seed_run):
    events = {e["event_id"]: e for e in read_fastavro(seed_run, "events")}
    predicted = [as_gold_event(events[m["event_id"]], m) for m in read_fastavro(seed_run, "mentions")]
    (gold,) = read_gold([SEED_GOLD])
    scores = score_articles([(gold["article"]["id"], gold["events"], predicted)])
    assert scores["micro"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert scores["paired"]["date_accuracy"] == 1.0
    assert scores["paired"]["subtype_accuracy"] == 1.0
    assert scores["paired"]["target_accuracy"] == 1.0
    assert scores["paired"]["actor_recall"] == 1.0


def test_evaluate_gives_figures_per_gold_file(tmp_path):
    from pipeline.evaluation import evaluate, render_scores

    (seed,) = read_gold([SEED_GOLD])
    quiet = {"article": {**seed["article"], "id": "quiet-1", "text": "The weather was mild on Tuesday."},
             "events": [{"type": "ELECTION", "country": "FRA", "stage": "HELD", "office": "president",
                         "date": "", "date_precision": "UNKNOWN", "actors": [], "evidence": ["mild"]}]}
    other = tmp_path / "other.gold.jsonl"
    other.write_text(json.dumps(quiet) + "\n", encoding="utf-8")
    scores = evaluate([str(SEED_GOLD), str(other)], {"runner": LOCAL_RUNNER}).scores
    assert scores["files"][SEED_GOLD.name] == {"articles": 1, "precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert scores["files"]["other.gold.jsonl"] == {"articles": 1, "precision": 0.0, "recall": 0.0, "f1": 0.0}
    assert "other.gold.jsonl" in render_scores(scores)


def test_evidence_offsets_point_into_the_article_text(seed_run):
    (article,) = read_fastavro(seed_run, "articles")
    mentions = read_fastavro(seed_run, "mentions")
    assert mentions
    for mention in mentions:
        assert mention["article_id"] == article["article_id"]
        for piece in mention["evidence"]:
            assert article["text"][piece["start"]:piece["end"]] == piece["text"]
    assert article["num_events"] == len(mentions)


def test_a_second_run_gives_identical_records(seed_run, tmp_path):
    again = tmp_path / "out"
    assert run_cli(again) == 0
    for table in TABLES:
        assert read_fastavro(again, table) == read_fastavro(seed_run, table), table


def test_inspect_prints_the_events(seed_run, capsys):
    assert main(["inspect", str(seed_run)]) == 0
    printed = capsys.readouterr().out
    assert "4 event(s)" in printed
    for expected in ("DIPLOMATIC_CALL", "ELECTION", "CHN->KOR", "KOR->CHN", "Lee Jae-myung (KOR)", "2025-06-10"):
        assert expected in printed
    assert "phone (Xi Jinping, Lee Jae-myung); where: none (a phone call)" in printed  # the call's venue, or why none


def test_bad_inputs_become_dead_letters_and_the_counts_reconcile(tmp_path, capsys):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.jsonl").write_text('{"id": "ok", "text": "Nothing happened."}\n{"id": "bad", \n', encoding="utf-8")
    (inputs / "empty.txt").write_text("", encoding="utf-8")
    out = tmp_path / "out"
    code = main(["run", "--config", str(REPO / "configs" / "local.yaml"), "--input", str(inputs / "*"),
                 "--output", str(out), "--ingest-date", INGEST_DATE, "--set", f"beam.runner={LOCAL_RUNNER}"])
    assert code == 0
    summary = capsys.readouterr().out
    assert "read 3 inputs" in summary and "1 articles, 0 duplicates dropped, 2 dead letters" in summary
    dead = read_fastavro(out, "dead_letters")
    assert sorted(d["input_path"].rsplit("/", 1)[-1] for d in dead) == ["a.jsonl:2", "empty.txt"]
    assert all(d["stage"] == "parse" and d["message"] for d in dead)
    assert len(read_fastavro(out, "articles")) == 1


@pytest.mark.parametrize(
    "args, message",
    [
        (["run", "--config", "no/such.yaml"], "config file not found: no/such.yaml"),
        (["run", "--config", "configs/local.yaml", "--input", "no/such/*.txt"], "input pattern matches no file"),
        (["run", "--config", "configs/local.yaml", "--set", "output.shards=2"], "output.shards: unknown key"),
        (["inspect", "no/such/dir"], "output directory not found"),
        (["run", "--config", "configs/local.yaml", "--input", "seeds"], "input is a directory"),
        (["run", "--config", "configs/local.yaml", "--output", "README.md/out"], "is under a file"),
        (["run", "--config", "configs/local.yaml", "--ingest-date", "June 10"], "not a YYYY-MM-DD date"),
        (["run", "--config", "configs/local.yaml", "--bogus"], "unrecognized arguments: --bogus"),
    ],
)
def test_user_errors_print_one_line_and_exit_2(args, message):
    done = subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=REPO, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 2
    (line,) = messages(done.stderr)
    assert line.startswith("events-pipeline: error: ") and message in line


def test_the_same_inputs_in_another_order_and_other_files_give_the_same_events(tmp_path):
    """Identity does not depend on input order or sharding: the Wikinews corpus as one file, and
    reversed and split over three files with two shards per table, give the same events and
    mention rows."""
    import datetime as dt

    from pipeline.config import Config, OutputConfig
    from tests.support import LOCAL_RUNNER, run_and_read

    lines = (REPO / "corpora" / "wikinews-2019.jsonl").read_text(encoding="utf-8").splitlines()
    one = tmp_path / "one"
    one.mkdir()
    (one / "all.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    split = tmp_path / "split"
    split.mkdir()
    reversed_lines = list(reversed(lines))
    for index in range(3):
        (split / f"part-{index}.jsonl").write_text("\n".join(reversed_lines[index::3]) + "\n", encoding="utf-8")
    day = dt.date(2025, 6, 10)
    results = []
    for folder, shards in ((one, 1), (split, 2)):
        config = Config(beam={"runner": LOCAL_RUNNER}, inputs=[str(folder / "*.jsonl")],
                        output=OutputConfig(directory=str(tmp_path / f"out-{folder.name}"), num_shards=shards))
        results.append(run_and_read(config, day))
    (counts_one, tables_one), (counts_split, tables_split) = results
    assert counts_one["events"] > 20
    for table in ("events", "mentions"):
        assert tables_one[table] == tables_split[table], table


def test_a_run_limits_malloc_arenas_for_its_worker_processes_unless_the_environment_says(monkeypatch):
    from pipeline.run.job import MALLOC_ARENAS, limit_malloc_arenas

    monkeypatch.delenv("MALLOC_ARENA_MAX", raising=False)
    limit_malloc_arenas()
    assert os.environ["MALLOC_ARENA_MAX"] == str(MALLOC_ARENAS)
    child = subprocess.run([sys.executable, "-c", "import os; print(os.environ['MALLOC_ARENA_MAX'])"],
                           capture_output=True, text=True, check=True)
    assert child.stdout.strip() == str(MALLOC_ARENAS)  # what a local runner's worker process inherits
    monkeypatch.setenv("MALLOC_ARENA_MAX", "8")
    limit_malloc_arenas()
    assert os.environ["MALLOC_ARENA_MAX"] == "8"
