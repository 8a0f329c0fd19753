"""What an analyst reads, over real Avro partitions (written with the tables' schemas, as the
sinks write them): `inspect` (one row per event across partitions, filters, order, formats,
evidence, dead letters), the DuckDB views `load` creates (dyads, signals, elections), the README's
queries and its Polars recipe; and the CLI's user errors (exit 2, one line), `--version` and a
closed pipe, the last ones as a user runs them, `python -m pipeline` in a process of its own.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import duckdb
import fastavro
import pytest

from pipeline.cli import main
from pipeline.display import event_rows, render_table
from pipeline.records import Actor, CallDetails, ElectionDetails, Event, Evidence, Mention, PolicyDetails
from pipeline.run.layout import OutputLayout
from pipeline.tables import TABLES, dead_letter, load_schemas
from pipeline.warehouse.load import load_duckdb
from tests.support import REPO

UTC = dt.timezone.utc


def _event(event_id: str, day: dt.date | None, published: dt.date, **fields) -> dict:
    return Event(event_id=event_id, event_key=f"key-{event_id}", event_date=day,
                 date_precision="DAY" if day else "UNKNOWN", anchor_date=day or published,
                 anchor_source="EVENT" if day else "PUBLICATION", extractor_version="test",
                 first_published_at=dt.datetime.combine(published, dt.time(), UTC), **fields).to_avro()


CALL = dict(event_type="DIPLOMATIC_CALL", call=CallDetails(participants=["CHN", "KOR"], mode="PHONE"),
            countries=["CHN", "KOR"], summary="China - South Korea: phone " + "with a long tail " * 12,
            actors=[Actor(name="Xi Jinping", country="CHN", part="INITIATOR"),
                    Actor(name="Lee Jae-myung", country="KOR", part="RECIPIENT")], sources=["Agency A"])
ELECTION = dict(event_type="ELECTION", election=ElectionDetails(country="FRA", stage="RESULT", office="president"),
                countries=["FRA"], summary="France president election: result", sources=["Agency B"])
SUMMIT = dict(event_type="DIPLOMATIC_CALL", call=CallDetails(participants=["AU", "BEN", "NGA"], mode="SUMMIT"),
              countries=["AU", "BEN", "NGA"], summary="African Union - Benin - Nigeria: summit", sources=["Agency E"])
SIGNAL = dict(event_type="POLICY_SIGNAL", policy=PolicyDetails(signaller="EU", target="IRN", topic="TRADE"),
              countries=["EU", "IRN"], summary="European Union -> Iran: trade signal", sources=["Agency C"])


def _write(out: Path, table: str, day: str, rows: list[dict]) -> None:
    folder = Path(OutputLayout(str(out)).partition(table, dt.date.fromisoformat(day)))
    folder.mkdir(parents=True)
    with (folder / "part-00000-of-00001.avro").open("wb") as stream:
        fastavro.writer(stream, fastavro.parse_schema(load_schemas()[table]), rows)


def _mention(event_id: str, article_id: str, sentence: str) -> dict:
    return Mention(event_id=event_id, article_id=article_id, url=f"https://news.example/{article_id}",
                   evidence=[Evidence(text=sentence, start=0, end=len(sentence))], confidence=0.9).to_avro()


@pytest.fixture(scope="module")
def out(tmp_path_factory) -> Path:
    """Two partitions: the call reported in both (the same event_id), an election and an undated
    signal in the first; a summit of the African Union (AU, not Australia) with two states, two
    dead letters of one kind and one of another in the second."""
    out = tmp_path_factory.mktemp("inspect") / "out"
    call = _event("call", dt.date(2025, 6, 10), dt.date(2025, 6, 10), **CALL)
    _write(out, "events", "2025-06-10", [
        call, _event("vote", dt.date(2025, 5, 4), dt.date(2025, 6, 10), **ELECTION),
        _event("signal", None, dt.date(2025, 6, 9), **SIGNAL)])
    _write(out, "mentions", "2025-06-10", [_mention("call", "a1", "Xi held a phone call with Lee."),
                                           _mention("vote", "a1", "France voted."),
                                           _mention("signal", "a1", "The EU warned Iran.")])
    _write(out, "events", "2025-06-11", [{**call, "sources": ["Agency D"]},
                                         _event("summit", dt.date(2025, 6, 1), dt.date(2025, 6, 2), **SUMMIT)])
    _write(out, "mentions", "2025-06-11", [_mention("call", "a2", "Lee and Xi spoke by phone.")])
    _write(out, "dead_letters", "2025-06-11", [letter.to_avro() for letter in [
        dead_letter("read", UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"), "in/b.txt", b"\xff"),
        dead_letter("read", UnicodeDecodeError("utf-8", b"\xfe", 0, 1, "invalid start byte"), "in/c.txt", b"\xfe"),
        dead_letter("parse", ValueError("no text"), "in/d.jsonl:3", "{}")]])
    for table in TABLES:
        for day in ("2025-06-10", "2025-06-11"):
            if not Path(OutputLayout(str(out)).partition(table, dt.date.fromisoformat(day))).exists():
                _write(out, table, day, [])
    return out


def inspect(capsys, out: Path, *args: str) -> str:
    assert main(["inspect", str(out), *args]) == 0
    return capsys.readouterr().out


def test_one_row_per_event_across_partitions_dated_first_newest_first(out, capsys):
    assert [row[:2] for row in event_rows(out)] == [
        ("2025-06-10", "DIPLOMATIC_CALL"),          # reported in both partitions: one row
        ("2025-06-09 (published)", "POLICY_SIGNAL"),  # undated: its first article's day
        ("2025-06-01", "DIPLOMATIC_CALL"),
        ("2025-05-04", "ELECTION"),
    ]
    assert inspect(capsys, out).splitlines()[-1] == "4 event(s)"


def test_filters_by_type_country_and_best_date(out, capsys):
    def ids(*args):
        return [row["event_id"] for row in json.loads(inspect(capsys, out, "--format", "json", *args))]

    assert ids("--type", "election,diplomatic_call") == ["call", "summit", "vote"]
    assert ids("--country", "KOR") == ["call"]
    assert ids("--country", "eu", "--country", "FRA") == ["signal", "vote"]
    assert ids("--country", "AU") == ["summit"]
    assert ids("--since", "2025-06-02") == ["call", "signal"]  # the signal by its publication day
    assert ids("--until", "2025-06-09") == ["signal", "summit", "vote"]
    assert ids("--since", "2025-06-10", "--until", "2025-06-10") == ["call"]
    assert ids("--limit", "1") == ["call"]
    assert ids("--type", "ELECTION", "--country", "CHN") == []


def test_machine_readable_formats_carry_the_same_events(out, capsys):
    records = json.loads(inspect(capsys, out, "--format", "json"))
    lines = [json.loads(line) for line in inspect(capsys, out, "--format", "jsonl").splitlines()]
    rows = list(csv.DictReader(io.StringIO(inspect(capsys, out, "--format", "csv"))))
    assert records == lines
    assert [row["event_id"] for row in rows] == [record["event_id"] for record in records]
    (call, *_) = records
    assert call["sources"] == ["Agency A", "Agency D"]  # united across the partitions
    assert (call["date"], call["date_basis"], call["key"]) == ("2025-06-10", "EVENT", "CHN+KOR")
    assert records[1]["date_basis"] == "ANCHOR" and rows[1]["countries"] == "EU;IRN"


def test_evidence_lists_every_report_of_the_event_with_its_url(out, capsys):
    (call, *_) = json.loads(inspect(capsys, out, "--format", "json", "--evidence", "--type", "DIPLOMATIC_CALL"))
    assert call["evidence"] == [
        {"url": "https://news.example/a1", "article_id": "a1", "sentences": ["Xi held a phone call with Lee."]},
        {"url": "https://news.example/a2", "article_id": "a2", "sentences": ["Lee and Xi spoke by phone."]},
    ]
    table = inspect(capsys, out, "--evidence", "--type", "DIPLOMATIC_CALL")
    assert "    https://news.example/a2\n      “Lee and Xi spoke by phone.”" in table


def test_the_table_fits_the_width_it_is_given(out, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "100")
    lines = inspect(capsys, out).splitlines()
    assert max(map(len, lines)) == 100 and "…" in lines[1]
    monkeypatch.delenv("COLUMNS")
    assert max(map(len, inspect(capsys, out).splitlines())) > 200  # into a pipe: whole
    assert render_table([("-", "T", "X", "a" * 50, "b" * 300)], width=60).splitlines()[1] == (
        "-     T     X          " + "a" * 10 + "…" + "  " + "b" * 23 + "…")
    wide_fixed = ("2019-10-27 (published)", "DIPLOMATIC_CALL", "AU+BEN+EGY+NER+NGA", "a" * 50, "b" * 300)
    assert max(map(len, render_table([wide_fixed], width=100).splitlines())) == 100


def test_dead_letters_are_counted_by_reason_with_an_example(out, capsys):
    summary = json.loads(inspect(capsys, out, "--dead-letters", "--format", "json"))
    assert [(g["reason"], g["stage"], g["error_type"], g["count"], g["example_input"]) for g in summary] == [
        ("read: … codec can't decode byte N in position N", "read", "UnicodeDecodeError", 2, "in/b.txt"),
        ("parse: no text", "parse", "ValueError", 1, "in/d.jsonl:3")]
    table = inspect(capsys, out, "--dead-letters").splitlines()
    assert table[0].split() == ["REASON", "ERROR", "COUNT", "EXAMPLE"]
    assert re.match(r"read: … codec can't decode byte N in position N +UnicodeDecodeError +2 +in/b\.txt: ", table[1])
    assert table[-1] == "3 dead letter(s)"


# --- The warehouse: views, the README's queries and its Polars recipe --------------------------

@pytest.fixture(scope="module")
def warehouse(out, tmp_path_factory) -> Path:
    database = tmp_path_factory.mktemp("warehouse") / "w.duckdb"
    load_duckdb(out, database, load_schemas())
    return database


def test_dyads_pair_every_two_parties_of_a_call_and_a_signal_with_its_target(warehouse):
    with duckdb.connect(str(warehouse), read_only=True) as connection:
        rows = connection.execute(
            "SELECT event_id, pair, is_organisation_1, is_organisation_2, event_type, mode, topic, date, date_basis "
            "FROM dyads ORDER BY event_id, pair").fetchall()
    assert rows == [
        ("call", "CHN-KOR", False, False, "DIPLOMATIC_CALL", "PHONE", None, dt.date(2025, 6, 10), "EVENT"),
        ("signal", "EU-IRN", True, False, "POLICY_SIGNAL", None, "TRADE", dt.date(2025, 6, 9), "ANCHOR"),
        ("summit", "AU-BEN", True, False, "DIPLOMATIC_CALL", "SUMMIT", None, dt.date(2025, 6, 1), "EVENT"),
        ("summit", "AU-NGA", True, False, "DIPLOMATIC_CALL", "SUMMIT", None, dt.date(2025, 6, 1), "EVENT"),
        ("summit", "BEN-NGA", False, False, "DIPLOMATIC_CALL", "SUMMIT", None, dt.date(2025, 6, 1), "EVENT"),
    ]  # the election (one country) has none; the call reported in two partitions is one


def test_signals_elections_and_organisations(warehouse):
    with duckdb.connect(str(warehouse), read_only=True) as connection:
        assert connection.execute(
            "SELECT signaller, target, topic, stance, signaller_is_organisation, date FROM signals").fetchall() == [
            ("EU", "IRN", "TRADE", "NEUTRAL", True, dt.date(2025, 6, 9))]
        assert connection.execute("SELECT country, office, stage, winner, date FROM elections").fetchall() == [
            ("FRA", "president", "RESULT", None, dt.date(2025, 5, 4))]
        assert connection.execute("SELECT name FROM organisations WHERE code = 'AU'").fetchone() == ("African Union",)
        assert connection.execute("SELECT count(*) FROM organisations WHERE code = 'AUS'").fetchone() == (0,)


def test_every_readme_query_runs(out, tmp_path, capsys):
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    queries = [part.split("\"", 1)[0] for part in readme.split("--sql \"")[1:]]
    assert any("FROM dyads" in query for query in queries) and any("FROM elections" in query for query in queries)
    for query in queries:
        assert main(["load", str(out), "--duckdb", str(tmp_path / "w.duckdb"), "--sql", query]) == 0, query
    printed = capsys.readouterr().out
    assert "CHN-KOR" in printed and "BEN-NGA" in printed and "president" in printed


def test_the_readme_polars_recipe_reads_every_partition(out):
    polars = pytest.importorskip("polars")
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    (recipe,) = [block.split("```", 1)[0] for block in readme.split("```python\n")[1:] if "pl.read_avro" in block]
    scope = {}
    exec(recipe.replace('read_table("out", "events")', f'read_table({str(out)!r}, "events")'), scope)
    events = scope["events"]
    assert sorted(zip(events["event_id"], events["ingest_date"].cast(polars.String))) == [
        ("call", "2025-06-10"), ("call", "2025-06-11"), ("signal", "2025-06-10"),
        ("summit", "2025-06-11"), ("vote", "2025-06-10")]
    with pytest.raises(FileNotFoundError):  # why the recipe lists the files: no glob in read_avro
        polars.read_avro(str(out / "events" / "*" / "*.avro"))


# --- The command line: user errors, --version, a closed pipe -----------------------------------

def test_user_errors_are_one_line_and_exit_2(out, tmp_path, capsys):
    deep = tmp_path / "deep.yaml"
    deep.write_text("beam:\n  a: " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    config = str(REPO / "configs" / "local.yaml")
    cases = [
        (["run", "--config", str(deep)], "deep.yaml is nested too deeply"),
        (["run", "--config", config, "--set", "ingest_date=2025-02-30"], "--set ingest_date=2025-02-30: ingest_date:"),
        (["run", "--config", config, "--set", "beam.runner=FooRunner"], "beam.runner: unknown runner 'FooRunner'"),
        (["run", "--config", config, "--set", "output.num_shard=2"], "unknown key (did you mean 'num_shards'?)"),
        (["run", "--config", config, "--set", "output.codec=gzip"], "one of null, deflate, snappy"),
        (["runnr", "--config", config], "invalid choice: 'runnr'"),
        (["inspect", str(out), "--limt", "2"], "unrecognized arguments: --limt 2 (did you mean '--limit'?)"),
        (["inspect", str(out), "--type", "CALL"], "--type: unknown event type 'CALL'"),
        (["inspect", str(out), "--ingest-date", "2020-01-01"], "no partition ingest_date=2020-01-01 under"),
        (["load", str(out), "--duckdb", str(tmp_path / "w.duckdb"), "--ingest-date", "2020-01-01"],
         "no partition ingest_date=2020-01-01 under"),
        (["inspect", str(tmp_path)], "no pipeline output under"),
    ]
    for args, message in cases:
        try:
            code = main(args)
        except SystemExit as exit:  # argparse's errors
            code = exit.code
        stderr = capsys.readouterr().err
        assert code == 2, (args, stderr)
        (line,) = stderr.strip().splitlines()
        assert line.startswith("events-pipeline: error: ") and message in line, line
    with pytest.raises(SystemExit):
        main(["runnr"])
    assert "(did you mean 'run'?)" in capsys.readouterr().err


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=REPO, capture_output=True, text=True,
                          timeout=120)


def test_config_errors_are_one_line_in_a_real_process(tmp_path):
    """As a user runs it: nothing but the one line on stderr (no traceback, no import-time noise)."""
    latin1 = tmp_path / "latin1.yaml"
    latin1.write_bytes("inputs: [caf\u00e9.txt]\n".encode("latin-1"))
    deep = tmp_path / "deep.yaml"
    deep.write_text("\n".join(" " * depth + "a:" for depth in range(3000)) + "\n", encoding="utf-8")
    cases = {
        f"{latin1} is not UTF-8 text (invalid continuation byte at byte 12)": ["run", "--config", str(latin1)],
        f"{deep} is nested too deeply": ["run", "--config", str(deep)],
        "--set beam.runner=FooRunner: beam.runner: unknown runner 'FooRunner' (did you mean 'FnApiRunner'?); one of ":
            ["run", "--config", str(REPO / "configs" / "local.yaml"), "--set", "beam.runner=FooRunner"],
    }
    running = {message: subprocess.Popen([sys.executable, "-m", "pipeline", *args], cwd=REPO, text=True,
                                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
               for message, args in cases.items()}  # side by side: each pays Python's and Beam's start-up
    for message, process in running.items():
        stdout, stderr = process.communicate(timeout=120)
        assert process.returncode == 2, stderr[-2000:]
        (line,) = stderr.splitlines()
        assert line.startswith(f"events-pipeline: error: {message}"), line
        assert stdout == ""


def test_version():
    from pipeline import __version__

    done = cli("--version")
    assert (done.returncode, done.stdout.strip()) == (0, f"events-pipeline {__version__}")


def test_a_closed_pipe_ends_quietly(out):
    reader = subprocess.Popen([sys.executable, "-m", "pipeline", "inspect", str(out), "--format", "json"],
                              cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    reader.stdout.close()  # like `| head` that has read enough: before the command writes anything
    stderr = reader.stderr.read().decode()
    assert reader.wait(timeout=120) == 1
    assert stderr == ""  # no traceback, no "Exception ignored"
