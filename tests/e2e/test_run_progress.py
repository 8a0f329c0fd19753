"""Progress while a real job runs (FnApiRunner): its lines carry the counts of the DoFns so far,
read from this process while the runner, which tells its metrics only at the end, is running."""

from __future__ import annotations

import datetime as dt
import io
import re

from pipeline.config import Config, OutputConfig
from pipeline.run import progress
from pipeline.run.job import make_job, run_job
from tests.support import LOCAL_RUNNER, SEED


def test_a_running_job_shows_its_counts_so_far(tmp_path, monkeypatch):
    monkeypatch.setattr(progress, "DELAY", 0.2)
    monkeypatch.setattr(progress, "LOG_INTERVAL", 0.2)
    config = Config(beam={"runner": LOCAL_RUNNER}, inputs=[str(SEED)],
                    output=OutputConfig(directory=str(tmp_path / "out"), report=False))
    stream = io.StringIO()
    summary = run_job(make_job(config, dt.date(2025, 6, 10)), progress=stream)
    lines = stream.getvalue().splitlines()
    assert lines and all(re.fullmatch(r"\[\d+ s\] .*", line) for line in lines)
    # counts seen before the end: the seed read (one input) before its four events were merged
    assert any(re.match(r"\[\d+ s\] 1 inputs read, ", line) for line in lines), lines
    assert summary.manifest["counts"]["inputs"] == 1 and summary.report_path is None
