"""README "Configuration" lists every key of the config model with its default: the table is the
user's reference, so a key added to `pipeline.config` without a row (or a default changed without
the row) fails here."""

from __future__ import annotations

import re
from pathlib import Path

from pydantic import BaseModel
from pydantic_core import PydanticUndefined

from pipeline.config import Config

README = Path(__file__).resolve().parents[2] / "README.md"


def _readme_rows() -> dict[str, str]:
    section = README.read_text(encoding="utf-8").split("## Configuration", 1)[1].split("\n## ", 1)[0]
    rows = {}
    for line in section.splitlines():
        match = re.match(r"\| `([a-z_.]+)` \| ([^|]+) \|", line)
        if match:
            rows[match.group(1)] = match.group(2).strip()
    return rows


def _model_keys(model: type[BaseModel], prefix: str = "") -> dict[str, object]:
    """Dotted key -> default for every leaf of the config model (sections are walked into)."""
    keys = {}
    for name, field in model.model_fields.items():
        annotation = field.annotation
        section = next((kind for kind in (annotation, *getattr(annotation, "__args__", ()))
                        if isinstance(kind, type) and issubclass(kind, BaseModel)), None)
        if section is not None:
            keys.update(_model_keys(section, f"{prefix}{name}."))
        else:
            keys[f"{prefix}{name}"] = field.default
    return keys


def _spelt(default: object) -> str | None:
    """The README's spelling of a default, or None where the README words it (—, today)."""
    if default is PydanticUndefined or default is None or default == []:
        return None
    if isinstance(default, bool):
        return f"`{str(default).lower()}`"
    if isinstance(default, list):
        return "`[" + ", ".join(map(str, default)) + "]`"
    if isinstance(default, dict):
        return "`{" + ", ".join(f"{key}: {value}" for key, value in default.items()) + "}`"
    return f"`{default}`"


def test_every_config_key_has_a_row_with_its_default():
    rows, keys = _readme_rows(), _model_keys(Config)
    assert sorted(keys) == sorted(rows), "README Configuration rows differ from pipeline.config's keys"
    for key, default in keys.items():
        spelt = _spelt(default)
        if spelt is not None:
            assert _same(rows[key], spelt), f"{key}: README says {rows[key]}, the model {spelt}"


def _same(readme: str, model: str) -> bool:
    """Equal as written, or as numbers (`120` and `120.0`)."""
    try:
        return float(readme.strip("`")) == float(model.strip("`"))
    except ValueError:
        return readme == model


def test_the_table_is_read_at_all():
    rows = _readme_rows()
    assert rows["output.codec"] == "`deflate`" and rows["extraction.max_events_per_article"] == "`50`"
