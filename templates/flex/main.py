"""FLEX_TEMPLATE_PYTHON_PY_FILE: Dataflow's launcher runs this with the template's parameters."""

import sys

from pipeline.flex_template import main

sys.exit(main())
