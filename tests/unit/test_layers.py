"""The layers keep to their imports (docs/DESIGN.md, Layout): the domain modules, the readers,
the records and the output layout know nothing of Beam, so their unit tests run without it."""

import subprocess
import sys

import pytest

from tests.support import REPO

BEAM_FREE = (
    "pipeline.records", "pipeline.tables", "pipeline.languages", "pipeline.config", "pipeline.dedup",
    "pipeline.merge", "pipeline.sources", "pipeline.extract.extractor", "pipeline.run.layout",
    "pipeline.run.progress", "pipeline.report", "pipeline.time_limit", "pipeline.cache",
)


@pytest.mark.parametrize("module", BEAM_FREE)
def test_a_beam_free_module_does_not_import_beam(module):
    probe = f"import sys, {module}; print(sorted(m for m in sys.modules if m.split('.')[0] == 'apache_beam')[:3])"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=REPO, check=True)
    assert done.stdout.strip() == "[]", f"{module} imports {done.stdout.strip()}"


def test_config_does_not_import_the_readers():
    probe = "import sys, pipeline.config; print([m for m in sys.modules if m.startswith('pipeline.sources')])"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=REPO, check=True)
    assert done.stdout.strip() == "[]"
