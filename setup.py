"""A shim for Beam's `--setup_file` (which builds an sdist from it to install on the workers).

Everything about the package is in pyproject.toml. The one thing added here: the warehouse
schemas (`schemas/*.avsc`, kept at the top of the repository as the contract) are copied into
the built package as `pipeline/schemas/`, so an installed package (a Dataflow worker, a worker
image) finds them; `pipeline.tables` looks there first.
"""

from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildWithSchemas(build_py):
    def run(self):
        super().run()
        target = Path(self.build_lib) / "pipeline" / "schemas"
        self.mkpath(str(target))
        for schema in sorted((Path(__file__).resolve().parent / "schemas").glob("*.avsc")):
            self.copy_file(str(schema), str(target / schema.name))


setup(cmdclass={"build_py": BuildWithSchemas})
