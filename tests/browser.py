"""A page opened in a real browser, Debian's Chromium, headless and offline: what its DOM became
once its scripts ran, and what it wrote to the console. `make test` installs Chromium
(`/usr/bin/chromium`) where it is missing."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parents[1] / ".cache" / "test-artifacts"
_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
    # every request the page might make goes to a proxy that is not there: offline, for sure
    "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
    "--enable-logging=stderr", "--v=0",
    "--virtual-time-budget=15000",  # scripts run until idle, up to 15 s of page time
]
_CONSOLE = re.compile(r":CONSOLE[^\]]*\] (.*)")


@dataclasses.dataclass(frozen=True)
class RenderedPage:
    dom: str  # the document after its scripts ran
    console: list[str]  # every console message the page wrote, errors and warnings included


def _chromium(*args: str) -> subprocess.CompletedProcess:
    with tempfile.TemporaryDirectory() as profile:
        done = subprocess.run([CHROMIUM, *_FLAGS, f"--user-data-dir={profile}", *args],
                              capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return done


def render(page: Path, screenshot: Path | None = None, width: int = 1280, height: int = 3200) -> RenderedPage:
    """Open `page` from disk (file://), offline; with `screenshot`, also save it as a PNG there."""
    url = page.resolve().as_uri()
    done = _chromium("--dump-dom", url)
    if screenshot:
        screenshot.parent.mkdir(parents=True, exist_ok=True)
        _chromium(f"--window-size={width},{height}", f"--screenshot={screenshot}", url)
        assert screenshot.stat().st_size > 0
    return RenderedPage(dom=done.stdout, console=_CONSOLE.findall(done.stderr))
