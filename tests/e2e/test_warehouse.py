"""Feeding a warehouse: partition replacement, staging, manifest, incremental runs, merged
events across articles, other readers (Polars, Apache avro) and the DuckDB loader."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import avro.datafile
import avro.io
import duckdb
import fastavro
import polars
import pytest

from pipeline.bench import write_corpus
from pipeline.cli import main
from pipeline.tables import TABLES, load_schemas
from pipeline.tables import schema_fingerprint
from pipeline.warehouse.load import EXAMPLE_SQL, load_duckdb
from tests.support import LOCAL_RUNNER, REPO

CONFIG = str(REPO / "configs" / "local.yaml")

CALL_REPORT_1 = (
    "---\nid: call-a\npublished_at: 2025-06-11\nsource: Agency A\n---\nTitle A\n\n"
    "Chinese President Xi Jinping held a phone call on Tuesday with South Korean President "
    "Lee Jae-myung, Chinese state media said.\n"
)
CALL_REPORT_2 = (
    "---\nid: call-b\npublished_at: 2025-06-10\nsource: Agency B\n---\nTitle B\n\n"
    "South Korean President Lee Jae-myung held a phone call on Tuesday with Chinese President "
    "Xi Jinping, his office said.\n"
)


def run(inputs: list[Path] | str, out: Path, day: str, *extra: str) -> int:
    patterns = [str(p) for p in inputs] if isinstance(inputs, list) else [inputs]
    args = ["run", "--config", CONFIG, "--output", str(out), "--ingest-date", day,
            "--set", f"beam.runner={LOCAL_RUNNER}", *extra]
    for pattern in patterns:
        args += ["--input", pattern]
    return main(args)


def partition_files(out: Path, table: str, day: str) -> list[Path]:
    return sorted((out / table / f"ingest_date={day}").glob("*"))


def records(out: Path, table: str, day: str) -> list[dict]:
    found = []
    for path in partition_files(out, table, day):
        with path.open("rb") as stream:
            found.extend(fastavro.reader(stream))
    return found


def manifest(out: Path, day: str) -> dict:
    return json.loads((out / "_runs" / f"ingest_date={day}" / "_manifest.json").read_text())


@pytest.fixture
def call_reports(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(CALL_REPORT_1, encoding="utf-8")
    (folder / "b.txt").write_text(CALL_REPORT_2, encoding="utf-8")
    return folder


def test_two_articles_about_one_call_give_one_event_with_two_mentions(call_reports, tmp_path):
    out = tmp_path / "out"
    assert run(str(call_reports / "*.txt"), out, "2025-06-11") == 0
    calls = [e for e in records(out, "events", "2025-06-11") if e["event_type"] == "DIPLOMATIC_CALL"]
    assert len(calls) == 1
    (call,) = calls
    assert call["call"]["participants"] == ["CHN", "KOR"]
    assert call["num_articles"] == 2 and call["num_mentions"] == 2
    assert call["sources"] == ["Agency A", "Agency B"]
    assert call["first_published_at"].date().isoformat() == "2025-06-10"
    mentions = [m for m in records(out, "mentions", "2025-06-11") if m["event_id"] == call["event_id"]]
    assert sorted(m["article_id"] for m in mentions) == ["call-a", "call-b"]


def test_a_rerun_replaces_the_partition_whole_even_with_fewer_shards(call_reports, tmp_path):
    out = tmp_path / "out"
    assert run(str(call_reports / "*.txt"), out, "2025-06-11", "--set", "output.num_shards=3") == 0
    first = {table: records(out, table, "2025-06-11") for table in TABLES}
    run_id = manifest(out, "2025-06-11")["run_id"]
    assert [p.name for p in partition_files(out, "articles", "2025-06-11")] == [
        f"part-0000{i}-of-00003-{run_id}.avro" for i in range(3)]
    assert run(str(call_reports / "*.txt"), out, "2025-06-11") == 0
    run_id = manifest(out, "2025-06-11")["run_id"]
    assert [p.name for p in partition_files(out, "articles", "2025-06-11")] == [f"part-00000-of-00001-{run_id}.avro"]
    for table in TABLES:
        key = lambda r: json.dumps(r, sort_keys=True, default=str)  # noqa: E731
        assert sorted(records(out, table, "2025-06-11"), key=key) == sorted(first[table], key=key), table
    assert not (out / "_staging").exists() or not any((out / "_staging").iterdir())


def test_the_manifest_describes_and_reconciles_the_run(call_reports, tmp_path):
    out = tmp_path / "out"
    (call_reports / "bad.jsonl").write_text('{"id": "x", "text": "ok"}\nnot json\n', encoding="utf-8")
    assert run(str(call_reports / "*"), out, "2025-06-11") == 0
    described = manifest(out, "2025-06-11")
    assert described["counts"] == {"inputs": 4, "articles": 3, "dead_letters": 1, "duplicates": 0,
                                   "events": described["tables"]["events"]["records"],
                                   "mentions": described["tables"]["mentions"]["records"]}
    assert described["reconciled"] is True
    assert sorted(Path(i["path"]).name for i in described["inputs"]) == ["a.txt", "b.txt", "bad.jsonl"]
    schemas = load_schemas()
    for table in TABLES:
        entry = described["tables"][table]
        assert entry["schema_fingerprint"] == schema_fingerprint(schemas[table])
        for file in entry["files"]:
            with (out / file["path"]).open("rb") as stream:
                assert len(list(fastavro.reader(stream))) == file["records"]
    success = out / "_runs" / "ingest_date=2025-06-11" / "_SUCCESS"
    assert success.exists()
    assert success.stat().st_mtime >= (out / "_runs" / "ingest_date=2025-06-11" / "_manifest.json").stat().st_mtime


def test_a_run_killed_midway_leaves_the_previous_partition_complete(call_reports, tmp_path):
    out = tmp_path / "out"
    assert run(str(call_reports / "*.txt"), out, "2025-06-11") == 0
    before = {p: p.read_bytes() for table in TABLES for p in partition_files(out, table, "2025-06-11")}
    big = tmp_path / "big"
    big.mkdir()
    write_corpus(big / "corpus.jsonl", 3000)
    process = subprocess.Popen(
        [sys.executable, "-m", "pipeline", "run", "--config", CONFIG, "--input", str(big / "*.jsonl"),
         "--output", str(out), "--ingest-date", "2025-06-11", "--set", f"beam.runner={LOCAL_RUNNER}"],
        cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    staging = out / "_staging" / "ingest_date=2025-06-11"
    time.sleep(4.0)  # well inside the run: 3,000 articles take over ten seconds here
    assert process.poll() is None, "the run finished before it could be killed"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    after = {p: p.read_bytes() for table in TABLES for p in partition_files(out, table, "2025-06-11")}
    assert after == before
    assert (out / "_runs" / "ingest_date=2025-06-11" / "_SUCCESS").exists()
    # and the next run cleans up what the killed one left in staging
    assert run(str(call_reports / "*.txt"), out, "2025-06-11") == 0
    assert not staging.exists()


def test_incremental_runs_process_each_file_once(call_reports, tmp_path):
    out = tmp_path / "out"
    (call_reports / "b.txt").unlink()
    assert run(str(call_reports / "*.txt"), out, "2025-06-11", "--incremental") == 0
    assert [a["article_id"] for a in records(out, "articles", "2025-06-11")] == ["call-a"]
    (call_reports / "b.txt").write_text(CALL_REPORT_2, encoding="utf-8")
    assert run(str(call_reports / "*.txt"), out, "2025-06-12", "--incremental") == 0
    assert [a["article_id"] for a in records(out, "articles", "2025-06-12")] == ["call-b"]
    described = manifest(out, "2025-06-12")
    assert [Path(s["path"]).name for s in described["skipped_inputs"]] == ["a.txt"]
    # a rerun of the same date processes its own files again (it replaces that partition)
    assert run(str(call_reports / "*.txt"), out, "2025-06-12", "--incremental") == 0
    assert [a["article_id"] for a in records(out, "articles", "2025-06-12")] == ["call-b"]


# Polars 2.1 reads null, deflate and snappy, not zstandard (the README says so).
POLARS_CODECS = {"null", "deflate", "snappy"}


@pytest.mark.parametrize("codec", ["deflate", "snappy", "zstandard", "null"])
def test_polars_and_the_avro_library_read_every_file_written(call_reports, tmp_path, codec):
    out = tmp_path / "out"
    assert run(str(call_reports / "*.txt"), out, "2025-06-11", "--set", f"output.codec={codec}") == 0
    for table in TABLES:
        (path,) = partition_files(out, table, "2025-06-11")
        expected = len(records(out, table, "2025-06-11"))
        if codec in POLARS_CODECS or expected == 0:  # empty shards are written without a codec
            assert polars.read_avro(path).height == expected, table
        else:
            with pytest.raises(polars.exceptions.ComputeError, match="unsupported Avro codec"):
                polars.read_avro(path)
        with path.open("rb") as stream, avro.datafile.DataFileReader(stream, avro.io.DatumReader()) as reader:
            assert len(list(reader)) == expected, table


def test_duckdb_loading_is_idempotent_and_merges_known_events(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(CALL_REPORT_1, encoding="utf-8")
    out = tmp_path / "out"
    assert run(str(folder / "a.txt"), out, "2025-06-11") == 0
    (folder / "b.txt").write_text(CALL_REPORT_2, encoding="utf-8")
    assert run(str(folder / "b.txt"), out, "2025-06-12") == 0
    database = tmp_path / "warehouse.duckdb"
    schemas = load_schemas()
    first = load_duckdb(out, database, schemas, ingest_date=__import__("datetime").date(2025, 6, 11))
    again = load_duckdb(out, database, schemas, ingest_date=__import__("datetime").date(2025, 6, 11))
    assert first == again
    load_duckdb(out, database, schemas)  # every partition: the second report of the same call
    with duckdb.connect(str(database), read_only=True) as connection:
        calls = connection.execute(
            "SELECT num_articles, num_mentions, sources FROM events WHERE event_type = 'DIPLOMATIC_CALL'"
        ).fetchall()
        assert calls == [(2, 2, ["Agency A", "Agency B"])]
        assert connection.execute("SELECT count(*) FROM articles").fetchone()[0] == 2
        assert connection.execute(
            "SELECT count(*) = count(DISTINCT (event_id, article_id)) FROM mentions").fetchone()[0]
        assert connection.execute(EXAMPLE_SQL).fetchall()
    assert load_duckdb(out, database, schemas) == load_duckdb(out, database, schemas)


UNDATED_CALL_REPORT = (
    "---\nid: call-c\npublished_at: 2025-06-13\nsource: Agency C\n---\nTitle C\n\n"
    "The statement came after Chinese President Xi Jinping held a phone call with South Korean "
    "President Lee Jae-myung.\n"
)


def test_load_joins_an_undated_report_in_a_later_partition_to_the_dated_event(tmp_path):
    import datetime as dt

    from pipeline.display import event_rows

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(CALL_REPORT_1, encoding="utf-8")
    (folder / "c.txt").write_text(UNDATED_CALL_REPORT, encoding="utf-8")
    out = tmp_path / "out"
    assert run(str(folder / "c.txt"), out, "2025-06-13") == 0  # the undated report is loaded first
    assert run(str(folder / "a.txt"), out, "2025-06-14") == 0
    (undated,) = [e for e in records(out, "events", "2025-06-13") if e["event_type"] == "DIPLOMATIC_CALL"]
    (dated,) = [e for e in records(out, "events", "2025-06-14") if e["event_type"] == "DIPLOMATIC_CALL"]
    assert undated["event_id"] != dated["event_id"] and undated["event_key"] == dated["event_key"]
    assert (undated["anchor_source"], dated["anchor_source"]) == ("PUBLICATION", "EVENT")
    database = tmp_path / "warehouse.duckdb"
    schemas = load_schemas()
    load_duckdb(out, database, schemas, ingest_date=dt.date(2025, 6, 13))
    load_duckdb(out, database, schemas, ingest_date=dt.date(2025, 6, 14))
    with duckdb.connect(str(database), read_only=True) as connection:
        calls = connection.execute(
            "SELECT event_id, num_articles, num_mentions, sources, event_date, anchor_date, anchor_source "
            "FROM events WHERE event_type = 'DIPLOMATIC_CALL'").fetchall()
        mention_ids = {row[0] for row in connection.execute(
            "SELECT e.event_type, m.event_id FROM mentions m JOIN events e USING (event_id)").fetchall()}
    assert calls == [(dated["event_id"], 2, 2, ["Agency A", "Agency C"], dt.date(2025, 6, 10),
                      dt.date(2025, 6, 10), "EVENT")]
    assert "DIPLOMATIC_CALL" in mention_ids
    assert load_duckdb(out, database, schemas) == load_duckdb(out, database, schemas)  # idempotent
    # inspect over both partitions shows the same one call
    assert [row[1] for row in event_rows(out)].count("DIPLOMATIC_CALL") == 1


def test_bigquery_schema_maps_logical_types_and_modes(capsys):
    assert main(["schema", "--bigquery", "events"]) == 0
    fields = {f["name"]: f for f in json.loads(capsys.readouterr().out)}
    assert fields["event_date"] == {**fields["event_date"], "type": "DATE", "mode": "NULLABLE"}
    assert fields["first_published_at"]["type"] == "TIMESTAMP"
    assert fields["actors"]["mode"] == "REPEATED" and fields["actors"]["type"] == "RECORD"
    assert fields["event_id"]["mode"] == "REQUIRED"
    assert {f["name"] for f in fields["call"]["fields"]} == {"participants", "mode", "host", "status"}
