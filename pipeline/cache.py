"""Where this machine keeps data the pipeline builds once and reads at every start (the GeoNames
index, py3langid's identifier): $EVENTS_PIPELINE_CACHE, else $XDG_CACHE_HOME/events-pipeline,
else ~/.cache/events-pipeline. Each file is named after what it was built from, so that a new
version never reads an old file."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def cache_folder() -> Path:
    """The folder of this machine's caches (it may not exist yet)."""
    return Path(os.environ.get("EVENTS_PIPELINE_CACHE")
                or Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "events-pipeline")


def python_tag() -> str:
    """"py311": what a cached file's format (marshal, pickle) depends on."""
    return f"py{sys.version_info.major}{sys.version_info.minor}"
