"""The run report: written beside a run's manifest, and by `events-pipeline report`; opened from
disk in a real browser (Chromium, headless, offline) where every chart must draw, with nothing
on the console. The screenshot is kept in .cache/test-artifacts/report.png."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from pipeline.cli import main
from tests.browser import ARTIFACTS, render
from tests.support import LOCAL_RUNNER, REPO, SEED

DAY = "2025-06-10"
CHARTS = ("chart-dead-letters", "chart-days", "chart-calls", "chart-policy", "chart-elections")


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    """A run of the seed, a copy of it (a duplicate) and two lines that are dead letters."""
    inputs = tmp_path_factory.mktemp("in")
    shutil.copy(SEED, inputs / "seed.txt")
    shutil.copy(SEED, inputs / "seed-copy.txt")
    (inputs / "bad.jsonl").write_text('{not json\n{"id": "empty"}\n', encoding="utf-8")
    out = inputs.parent / "out"
    args = ["run", "--config", str(REPO / "configs" / "local.yaml"), "--input", str(inputs / "*"),
            "--output", str(out), "--ingest-date", DAY, "--set", f"beam.runner={LOCAL_RUNNER}"]
    return out, args


def test_the_run_writes_its_report_and_says_so(run, capsys):
    out, args = run
    assert main(args) == 0
    summary = capsys.readouterr().out
    page = out / "_runs" / f"ingest_date={DAY}" / "report.html"
    assert f"report:   {page}" in summary
    assert "read 4 inputs from 3 file(s): 1 articles, 1 duplicates dropped, 2 dead letters" in summary
    assert "dead letters     1  parse: not valid JSON" in summary
    assert "dead letters     1  parse: the article has no text" in summary
    assert re.search(r"the whole job took \d+\.\d s", summary)
    html = page.read_text(encoding="utf-8")
    assert "<script src" not in html and "<link" not in html  # nothing fetched: the JavaScript is inline
    assert "inputs 4 = articles 1" in " ".join(html.split()) and ">reconciled<" in html


def test_the_report_draws_every_chart_in_a_browser_offline(run):
    out, _ = run
    page = out / "_runs" / f"ingest_date={DAY}" / "report.html"
    rendered = render(page, screenshot=ARTIFACTS / "report.png")
    assert rendered.console == []  # no error, no warning, no failed request
    sections = dict(re.findall(r'id="(chart-[a-z-]+)"(.*?)(?=id="chart-|$)', rendered.dom, flags=re.S))
    assert sorted(sections) == sorted(CHARTS)
    for chart, section in sections.items():
        assert 'role="graphics-document"' in section and "<path" in section, f"{chart} was not drawn"
    assert "parse: not valid JSON" in sections["chart-dead-letters"]  # the bars' labels, drawn
    assert "CHN+KOR" in sections["chart-calls"] and "POLICY_SIGNAL" in sections["chart-days"]
    assert "COOPERATIVE" in sections["chart-policy"] and "RESULT" in sections["chart-elections"]
    latest = rendered.dom[rendered.dom.index('id="latest-events"'):]
    assert "held a phone conversation" in latest  # an event's evidence
    assert len(re.findall(r"<tr>", latest)) == 1 + 4  # the header and the seed's four events


def test_the_report_command_writes_a_partition_or_says_there_is_none(run, tmp_path, capsys):
    out, _ = run
    page = tmp_path / "report.html"
    assert main(["report", str(out), "--ingest-date", DAY, "--html", str(page)]) == 0
    assert capsys.readouterr().out.strip() == f"report: {page}"
    assert 'data-count="events">4<' in page.read_text(encoding="utf-8")
    assert main(["report", str(out), "--ingest-date", "2020-01-01", "--html", str(page)]) == 2
    assert "no partition ingest_date=2020-01-01 under" in capsys.readouterr().err


def test_output_report_false_writes_no_report(run, tmp_path):
    _, args = run
    out = tmp_path / "out"
    assert main([*args, "--output", str(out), "--set", "output.report=false"]) == 0  # the last --output counts
    assert (out / "_runs" / f"ingest_date={DAY}" / "_manifest.json").exists()
    assert not (out / "_runs" / f"ingest_date={DAY}" / "report.html").exists()


def test_a_report_that_fails_is_said_in_the_summary_and_the_run_stands(tmp_path, monkeypatch):
    import datetime as dt

    from pipeline.config import Config, OutputConfig
    from pipeline.run.job import make_job, run_job

    def broken(_):
        raise ValueError("no page today")

    monkeypatch.setattr("pipeline.run.report.render_report", broken)
    config = Config(beam={"runner": LOCAL_RUNNER}, inputs=[str(SEED)], output=OutputConfig(directory=str(tmp_path)))
    summary = run_job(make_job(config, dt.date(2025, 6, 10)))
    assert "report:   not written (ValueError: no page today; -v shows why)" in summary.render()
    assert (tmp_path / "_runs" / f"ingest_date={DAY}" / "_SUCCESS").exists()
