"""`events-pipeline backfill`: three days of the Wikinews 2019 corpus, split into one folder per
publication day, give three partitions; a day whose files are missing fails without stopping the
others, and a rerun resumes with it (the published days are skipped)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from pipeline.backfill import day_pattern, days_between
from pipeline.cli import main
from pipeline.config import ConfigError
from tests.support import LOCAL_RUNNER, REPO

CORPUS = REPO / "corpora" / "wikinews-2019.jsonl"
DAYS = ("2019-10-08", "2019-10-09", "2019-10-10")  # 1, 1 and 3 articles published those days
TEMPLATE = "{news}/{{date}}/articles.jsonl"


def write_day(news: Path, day: str) -> int:
    """The corpus's articles published on `day` as news/DAY/articles.jsonl; returns how many."""
    lines = [line for line in CORPUS.read_text(encoding="utf-8").splitlines()
             if json.loads(line)["published_at"].startswith(day)]
    (news / day).mkdir(parents=True, exist_ok=True)
    (news / day / "articles.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


def backfill(news: Path, out: Path, *extra: str, first: str = DAYS[0], last: str = DAYS[-1]) -> int:
    return main(["backfill", "--config", str(REPO / "configs" / "local.yaml"),
                 "--from", first, "--to", last, "--input-template", TEMPLATE.format(news=news),
                 "--output", str(out), "--set", f"beam.runner={LOCAL_RUNNER}", *extra])


def table_rows(stdout: str) -> dict[str, list[str]]:
    """The summary table's rows by day: status, articles, events, dead letters, seconds, error."""
    return {line.split()[0]: line.split()[1:] for line in stdout.splitlines() if line[:4].isdigit()}


def manifest_counts(out: Path, day: str) -> dict:
    return json.loads((out / "_runs" / f"ingest_date={day}" / "_manifest.json").read_text())["counts"]


def test_backfill_skips_past_a_failed_day_and_a_rerun_resumes(tmp_path, capsys):
    news, out = tmp_path / "news", tmp_path / "out"
    articles = {day: write_day(news, day) for day in (DAYS[0], DAYS[2])}  # the middle day has not arrived

    assert backfill(news, out) == 1
    captured = capsys.readouterr()
    rows = table_rows(captured.out)
    assert [rows[day][0] for day in DAYS] == ["done", "failed", "done"]
    assert "input pattern matches no file" in captured.out
    assert "3 day(s): 2 done, 0 skipped, 1 failed" in captured.out
    progress = [line for line in captured.err.splitlines() if line.startswith("backfill 2019-")]
    assert [line.split(":")[0] for line in progress if "running" not in line] == [
        f"backfill {day} ({number}/3)" for number, day in enumerate(DAYS, 1)]
    for day in (DAYS[0], DAYS[2]):
        assert (out / "_runs" / f"ingest_date={day}" / "_SUCCESS").exists()
        counts = manifest_counts(out, day)
        assert counts["articles"] == articles[day]
        assert rows[day][1:4] == [str(counts["articles"]), str(counts["events"]), str(counts["dead_letters"])]
    assert manifest_counts(out, DAYS[0])["events"] + manifest_counts(out, DAYS[2])["events"] > 0
    assert not (out / "_runs" / f"ingest_date={DAYS[1]}").exists()

    articles[DAYS[1]] = write_day(news, DAYS[1])  # the day's files arrive; the rerun does only that day
    assert backfill(news, out) == 0
    rows = table_rows(capsys.readouterr().out)
    assert [rows[day][0] for day in DAYS] == ["skipped", "done", "skipped"]
    for day in DAYS:
        assert (out / "_runs" / f"ingest_date={day}" / "_SUCCESS").exists()
        assert list((out / "events" / f"ingest_date={day}").glob("part-*.avro"))
        assert rows[day][1] == str(manifest_counts(out, day)["articles"]) == str(articles[day])

    assert backfill(news, out, "--force", first=DAYS[2], last=DAYS[2]) == 0
    assert table_rows(capsys.readouterr().out)[DAYS[2]][0] == "done"


def test_a_day_whose_run_fails_is_reported_and_the_next_day_runs(tmp_path, capsys, monkeypatch):
    news, out = tmp_path / "news", tmp_path / "out"
    for day in DAYS[:2]:
        write_day(news, day)

    def run_job(job):  # the runner fails on the first day only
        if job.ingest_date == dt.date.fromisoformat(DAYS[0]):
            raise RuntimeError("worker lost\nPipeline failed: worker lost")
        return SimpleNamespace(manifest={"counts": {"articles": 7, "events": 3, "dead_letters": 1}})

    monkeypatch.setattr("pipeline.run.job.run_job", run_job)
    assert backfill(news, out, last=DAYS[1]) == 1
    stdout = capsys.readouterr().out
    rows = table_rows(stdout)
    assert rows[DAYS[0]][:4] == ["failed", "-", "-", "-"]
    assert "RuntimeError: Pipeline failed: worker lost" in stdout  # the error's last line
    assert rows[DAYS[1]][:4] == ["done", "7", "3", "1"]


@pytest.mark.parametrize("template, day, pattern", [
    ("news/{date}/*.jsonl", "2019-01-04", "news/2019-01-04/*.jsonl"),
    ("news/{date:%Y/%m/%d}/*.xml", "2019-01-04", "news/2019/01/04/*.xml"),
    ("gs://b/news/dt={date:%Y%m%d}-*.jsonl.gz", "2019-12-31", "gs://b/news/dt=20191231-*.jsonl.gz"),
])
def test_day_pattern_puts_the_day_into_the_template(template, day, pattern):
    assert day_pattern(template, dt.date.fromisoformat(day)) == pattern


@pytest.mark.parametrize("template, message", [
    ("news/*.jsonl", "has no {date}"),
    ("news/{date}/{source}.jsonl", "only {date} or {date:FORMAT}"),
])
def test_bad_templates_are_user_errors(template, message):
    with pytest.raises(ConfigError, match=message):
        day_pattern(template, dt.date(2019, 1, 4))


def test_days_between_includes_both_ends():
    assert days_between(dt.date(2019, 12, 30), dt.date(2020, 1, 1)) == [
        dt.date(2019, 12, 30), dt.date(2019, 12, 31), dt.date(2020, 1, 1)]
    with pytest.raises(ConfigError, match="before --from"):
        days_between(dt.date(2019, 1, 2), dt.date(2019, 1, 1))


def test_backfill_user_errors_exit_2_before_any_run(tmp_path, capsys):
    assert main(["backfill", "--config", "configs/local.yaml", "--from", "2019-01-02", "--to", "2019-01-01",
                 "--input-template", "news/{date}/*.jsonl", "--output", str(tmp_path)]) == 2
    assert main(["backfill", "--config", "configs/streaming-local.yaml", "--from", "2019-01-01",
                 "--to", "2019-01-01", "--input-template", "news/{date}/*.jsonl"]) == 2
    errors = capsys.readouterr().err.splitlines()
    assert errors[0].endswith("--to 2019-01-01 is before --from 2019-01-02")
    assert "streaming job" in errors[1]
    assert not list(tmp_path.iterdir())
