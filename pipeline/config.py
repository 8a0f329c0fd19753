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
import difflib
import typing
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from pipeline.languages import DEFAULT_LANGUAGES, known_languages


class ConfigError(ValueError):
    """A user error in the configuration or the command line: said in one line, exit code 2."""


AVRO_CODECS = ("null", "deflate", "snappy", "zstandard", "bzip2", "xz")


def did_you_mean(word: str, choices) -> str:
    """The hint ` (did you mean 'num_shards'?)` when one of the choices is close to the word, else ""."""
    close = difflib.get_close_matches(str(word), [str(choice) for choice in choices], n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""


class _ConfigLoader(yaml.SafeLoader):
    """YAML without implicit timestamps: `2025-02-30` stays a string for pydantic to judge (in one
    line) instead of making PyYAML raise a bare ValueError."""


_ConfigLoader.yaml_implicit_resolvers = {
    first: [(tag, pattern) for tag, pattern in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _parse_yaml(text: str):
    return yaml.load(text, Loader=_ConfigLoader)


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class OutputConfig(_Section):
    directory: str = "out"
    # 0: no grouping of a whole table onto one worker to write it (issue 14: the articles table is
    # every article text); a local in-memory run still writes one file per table
    num_shards: int = Field(default=0, ge=0, description="files per table; 0 lets the runner decide")
    codec: str = "deflate"
    report: bool = Field(default=True, description="write the run's HTML report beside its manifest")
    # A run's lock (pipeline.run.lock) older than this is taken over: its launcher died elsewhere.
    lock_expiry_hours: float = Field(default=24, gt=0)

    @field_validator("codec", mode="before")
    @classmethod
    def _known_codec(cls, codec: object) -> str:
        if codec is None:  # YAML reads a bare `null` as None; here it names the codec
            codec = "null"
        if codec not in AVRO_CODECS:
            raise ValueError(f"unknown Avro codec {codec!r}; one of {', '.join(AVRO_CODECS)}")
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
    # Limits on one input file, so that no file (a decompression bomb, millions of tiny records)
    # can take the run's memory or hours: what lies beyond is a dead letter that says so. Sized
    # for a 2-core, 24 GB machine: the articles of a batch are held in memory to be deduplicated.
    max_file_bytes: int = Field(default=2 * 1024**3, ge=1, description="decompressed bytes read of one file")
    max_records_per_file: int = Field(default=1_000_000, ge=1)
    # An article whose extraction takes longer is a dead letter (None: no limit).
    max_seconds_per_article: float | None = Field(default=120.0, gt=0)
    # The run fails (exit 1, nothing published) when more of its inputs than this are dead letters.
    max_dead_letter_ratio: float = Field(default=1.0, ge=0, le=1)
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
    """The validated config from a YAML file plus `dotted.key=value` overrides; `ConfigError` if bad,
    blaming the file or the `--set` that the bad value came from."""
    path = Path(path)
    try:
        raw = _parse_yaml(path.read_text(encoding="utf-8")) or {}
    except FileNotFoundError:
        raise ConfigError(f"config file not found: {path}") from None
    except UnicodeDecodeError as error:
        raise ConfigError(f"{path} is not UTF-8 text ({error.reason} at byte {error.start})") from None
    except OSError as error:
        raise ConfigError(f"cannot read config file {path}: {error.strerror}") from None
    except yaml.YAMLError as error:
        raise ConfigError(f"{path} is not valid YAML: {_one_line(error)}") from None
    except RecursionError:
        raise ConfigError(f"{path} is nested too deeply") from None
    if not isinstance(raw, dict):
        raise ConfigError(f"{path} must hold a YAML mapping at the top level")
    return validate_config(raw, overrides, str(path))


def validate_config(raw: dict, overrides: list[str] = (), source: str = "the config") -> Config:
    """`raw` with the overrides applied, validated; a `ConfigError` names the `--set` that the bad
    value came from, else the source (the config file)."""
    for override in overrides:
        apply_override(raw, override)

    def blame(*location) -> str:
        """Who said it: the last --set whose key is, or is within, the location; else the file."""
        dotted = ".".join(str(part) for part in location)
        for override in reversed(overrides):
            key = override.partition("=")[0].strip()
            if dotted == key or dotted.startswith(key + ".") or key.startswith(dotted + "."):
                return f"--set {override}"
        return source

    try:
        config = Config.model_validate(raw)
    except ValidationError as error:
        first = error.errors()[0]
        location = first["loc"]
        where = ".".join(str(part) for part in location) or "(top level)"
        if first["type"] == "extra_forbidden":
            message = "unknown key" + did_you_mean(location[-1], _keys_beside(location))
        else:
            message = _one_line(first["msg"]).removeprefix("Value error, ")
        raise ConfigError(f"{blame(*location)}: {where}: {message}") from None
    except RecursionError:
        raise ConfigError(f"{source} is nested too deeply") from None
    check_beam_options(config.beam, blame)
    if config.streaming and not config.beam.get("streaming"):
        raise ConfigError(f"{blame('streaming')}: streaming: needs beam.streaming: true")
    if config.streaming and config.inputs:
        raise ConfigError(f"{blame('inputs')}: inputs: a streaming job reads its subscription, not files")
    return config


def _keys_beside(location: tuple) -> list[str]:
    """The keys the config allows beside the last one of `location` (for a "did you mean")."""
    model: type[BaseModel] = Config
    for part in location[:-1]:
        field = model.model_fields.get(part)
        sections = [kind for kind in (field.annotation, *typing.get_args(field.annotation))
                    if isinstance(kind, type) and issubclass(kind, BaseModel)] if field else []
        if not sections:
            return []
        model = sections[0]
    return list(model.model_fields)


def apply_override(raw: dict, override: str) -> None:
    """Set `dotted.key=value` in the raw config; the value is parsed as YAML ("2" is an int)."""
    key, sep, value = override.partition("=")
    if not sep or not key.strip():
        raise ConfigError(f"--set takes key=value, got {override!r}")
    *parents, leaf = key.strip().split(".")
    node = raw
    for part in parents:
        if node.get(part) is None:  # absent, or a section left empty in the file (`output:`)
            node[part] = {}
        node = node[part]
        if not isinstance(node, dict):
            raise ConfigError(f"--set {override}: {part} is not a section")
    try:
        node[leaf] = _parse_yaml(value)
    except (yaml.YAMLError, RecursionError):
        node[leaf] = value


def known_runners() -> list[str]:
    """The runner names Beam resolves by themselves (apache_beam.runners.runner.create_runner)."""
    from apache_beam.options.pipeline_options import StandardOptions

    return sorted(path.rsplit(".", 1)[-1] for path in StandardOptions.ALL_KNOWN_RUNNERS)


def check_beam_options(beam: dict[str, Any], blame) -> None:
    """Every key under `beam:` must be an option Beam knows (Beam itself only warns), and the
    runner one Beam knows by name (then written as Beam spells it) or a class's dotted path.
    `blame(*location)` says who set it."""
    from apache_beam.options.pipeline_options import PipelineOptions

    known = PipelineOptions([]).get_all_options(retain_unknown_options=False)
    unknown = sorted(key for key in beam if key not in known)
    if unknown:
        raise ConfigError(f"{blame('beam', unknown[0])}: beam.{unknown[0]}: not a Beam pipeline option"
                          f"{did_you_mean(unknown[0], known)}")
    runner = beam.get("runner", "DirectRunner")
    runners = known_runners()
    by_lower_name = {name.lower(): name for name in runners}
    if isinstance(runner, str) and "." in runner:  # a runner class of its own, by its dotted path
        return
    named = isinstance(runner, str) and (by_lower_name.get(runner.lower()) or by_lower_name.get(f"{runner.lower()}runner"))
    if not named:
        raise ConfigError(f"{blame('beam', 'runner')}: beam.runner: unknown runner {runner!r}"
                          f"{did_you_mean(runner, runners)}; one of {', '.join(runners)} "
                          f"(or a runner class's dotted path)")
    if "runner" in beam:
        beam["runner"] = named  # as Beam resolves it ("direct" is DirectRunner), for the checks that follow


def _one_line(error: Exception) -> str:
    return " ".join(str(error).split())
