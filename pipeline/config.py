"""The job's configuration: `configs/*.yaml`, validated by pydantic with unknown keys forbidden.

Two parts kept apart: `beam` holds Beam's own pipeline options (passed through as flags and
checked against the options Beam knows), everything else is ours.

    beam:
      runner: DirectRunner
      direct_running_mode: in_memory
    inputs: ["seeds/*.txt"]
    output:
      directory: out
      num_shards: 0
    extraction:
      max_events_per_article: 50
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from pipeline.languages import DEFAULT_LANGUAGES, known_languages


class ConfigError(ValueError):
    """A user error in the configuration or the command line: said in one line, exit code 2."""


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class OutputConfig(_Section):
    directory: str = "out"
    # 0: no grouping of a whole table onto one worker to write it (issue 14: the articles table is
    # every article text); a local in-memory run still writes one file per table
    num_shards: int = Field(default=0, ge=0, description="files per table; 0 lets the runner decide")
    codec: str = "deflate"

    @field_validator("codec", mode="before")
    @classmethod
    def _known_codec(cls, codec: object) -> str:
        if codec is None:  # YAML reads a bare `null` as None; here it names the codec
            codec = "null"
        if codec not in {"null", "deflate", "snappy", "zstandard", "bzip2", "xz"}:
            raise ValueError(f"unknown Avro codec {codec!r}")
        if not codec_available(codec):
            raise ValueError(f"Avro codec {codec!r} needs a library that is not installed "
                             f"(pip install 'events-pipeline[codecs]')")
        return codec


def codec_available(codec: str) -> bool:
    """Whether fastavro (which Beam's Avro sink uses) can write this codec here."""
    import io

    import fastavro

    try:
        fastavro.writer(io.BytesIO(), {"type": "record", "name": "Probe", "fields": []}, [{}], codec=codec)
    except (ValueError, ImportError):
        return False
    return True


class ExtractionConfig(_Section):
    max_events_per_article: int = Field(default=50, ge=1)
    max_article_chars: int = Field(default=1_000_000, ge=1)
    # Articles identified (confidently) as in another language become dead letters; [] accepts any.
    languages: list[str] = list(DEFAULT_LANGUAGES)

    @field_validator("languages")
    @classmethod
    def _known_languages(cls, languages: list[str]) -> list[str]:
        known = known_languages()
        unknown = [code for code in languages if code not in known]
        if unknown:
            raise ValueError(f"unknown language code {unknown[0]!r}; use ISO 639-1 codes such as "
                             f"'en', 'fr', 'de' (the codes py3langid knows)")
        return languages


class StreamingConfig(_Section):
    """A streaming job: articles (JSON messages, the JSON Lines format) from Pub/Sub, event time
    the article's `published_at` (else the message's publish time), fixed windows."""

    subscription: str = Field(pattern=r"^projects/[^/]+/subscriptions/[^/]+$")
    window_seconds: int = Field(default=3600, ge=1)
    allowed_lateness_seconds: int = Field(default=7 * 86400, ge=0)


class Config(_Section):
    beam: dict[str, Any] = {"runner": "DirectRunner"}
    inputs: list[str] = []
    streaming: StreamingConfig | None = None
    output: OutputConfig = OutputConfig()
    extraction: ExtractionConfig = ExtractionConfig()
    ingest_date: dt.date | None = None


def load_config(path: str | Path, overrides: list[str] = ()) -> Config:
    """The validated config from a YAML file plus `dotted.key=value` overrides; `ConfigError` if bad."""
    path = Path(path)
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except FileNotFoundError:
        raise ConfigError(f"config file not found: {path}") from None
    except yaml.YAMLError as error:
        raise ConfigError(f"{path} is not valid YAML: {_one_line(error)}") from None
    if not isinstance(raw, dict):
        raise ConfigError(f"{path} must hold a YAML mapping at the top level")
    for override in overrides:
        apply_override(raw, override)
    try:
        config = Config.model_validate(raw)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "(top level)"
        message = "unknown key" if first["type"] == "extra_forbidden" else first["msg"]
        raise ConfigError(f"{path}: {where}: {message}") from None
    check_beam_options(config.beam, path)
    if config.streaming and not config.beam.get("streaming"):
        raise ConfigError(f"{path}: streaming: needs beam.streaming: true")
    if config.streaming and config.inputs:
        raise ConfigError(f"{path}: inputs: a streaming job reads its subscription, not files")
    return config


def apply_override(raw: dict, override: str) -> None:
    """Set `dotted.key=value` in the raw config; the value is parsed as YAML ("2" is an int)."""
    key, sep, value = override.partition("=")
    if not sep or not key.strip():
        raise ConfigError(f"--set takes key=value, got {override!r}")
    *parents, leaf = key.strip().split(".")
    node = raw
    for part in parents:
        node = node.setdefault(part, {})
        if not isinstance(node, dict):
            raise ConfigError(f"--set {key}: {part} is not a section")
    try:
        node[leaf] = yaml.safe_load(value)
    except yaml.YAMLError:
        node[leaf] = value


def check_beam_options(beam: dict[str, Any], path: Path) -> None:
    """Every key under `beam:` must be an option Beam knows (Beam itself only warns)."""
    from apache_beam.options.pipeline_options import PipelineOptions

    known = PipelineOptions([]).get_all_options(retain_unknown_options=False)
    unknown = sorted(key for key in beam if key not in known)
    if unknown:
        raise ConfigError(f"{path}: beam.{unknown[0]}: not a Beam pipeline option")


def _one_line(error: Exception) -> str:
    return " ".join(str(error).split())
