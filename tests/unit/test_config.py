import pytest

from pipeline.config import ConfigError, apply_override, load_config
from tests.support import LOCAL_RUNNER, REPO


def write(tmp_path, text):
    path = tmp_path / "job.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_shipped_local_config_is_valid():
    config = load_config(REPO / "configs" / "local.yaml")
    assert config.beam["runner"] == LOCAL_RUNNER  # the engine the tests run, not DirectRunner's Prism
    assert config.inputs == ["seeds/*.txt"]
    assert config.output.directory == "out"


@pytest.mark.parametrize(
    "text, message",
    [
        ("inputs: [a]\nsurprise: 1\n", "surprise: unknown key"),
        ("output:\n  directry: out\n", "output.directry: unknown key"),
        ("output:\n  codec: lz9\n", "unknown Avro codec"),
        ("beam:\n  runnr: DirectRunner\n", "beam.runnr: not a Beam pipeline option"),
        ("extraction:\n  max_events_per_article: 0\n", "max_events_per_article"),
        ("inputs: [a\n", "not valid YAML"),
        ("- a list\n", "must hold a YAML mapping"),
    ],
)
def test_bad_configs_fail_with_one_line_saying_what_is_wrong(tmp_path, text, message):
    with pytest.raises(ConfigError, match=message) as raised:
        load_config(write(tmp_path, text))
    assert "\n" not in str(raised.value)


def test_missing_config_file_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match="config file not found"):
        load_config(tmp_path / "absent.yaml")


def test_overrides_set_dotted_keys_with_yaml_typed_values(tmp_path):
    config = load_config(
        write(tmp_path, "inputs: [a]\n"),
        ["output.num_shards=3", "beam.direct_num_workers=2", "extraction.max_events_per_article=5"],
    )
    assert config.output.num_shards == 3
    assert config.beam["direct_num_workers"] == 2
    assert config.extraction.max_events_per_article == 5


@pytest.mark.parametrize("override", ["no-equals-sign", "=value"])
def test_malformed_override_is_a_config_error(override):
    with pytest.raises(ConfigError, match="--set takes key=value"):
        apply_override({}, override)


def test_override_of_an_unknown_key_is_caught_by_validation(tmp_path):
    with pytest.raises(ConfigError, match="output.shards: unknown key"):
        load_config(write(tmp_path, "inputs: [a]\n"), ["output.shards=2"])


@pytest.mark.parametrize(
    "text, message",
    [
        ("output:\n  num_shard: 2\n", "output.num_shard: unknown key (did you mean 'num_shards'?)"),
        ("beam:\n  runnr: FnApiRunner\n", "beam.runnr: not a Beam pipeline option (did you mean 'runner'?)"),
        ("extraction:\n  languags: [en]\n", "extraction.languags: unknown key (did you mean 'languages'?)"),
        ("output:\n  codec: gzip\n", "unknown Avro codec 'gzip'; one of null, deflate, snappy, zstandard, bzip2, xz"),
        ("beam:\n  runner: FooRunner\n", "beam.runner: unknown runner 'FooRunner'"),
        ("ingest_date: 2025-02-30\n", "ingest_date: Input should be a valid date"),
        ("ingest_date: not-a-day\n", "ingest_date: Input should be a valid date"),
    ],
)
def test_config_errors_say_what_to_write_instead(tmp_path, text, message):
    with pytest.raises(ConfigError) as raised:
        load_config(write(tmp_path, text))
    assert message in str(raised.value) and "\n" not in str(raised.value)
    assert str(raised.value).startswith(str(tmp_path / "job.yaml"))  # the file is to blame


def test_an_unknown_runner_lists_the_known_ones(tmp_path):
    with pytest.raises(ConfigError) as raised:
        load_config(write(tmp_path, "inputs: [a]\n"), ["beam.runner=FnApiRuner"])
    message = str(raised.value)
    assert message.startswith("--set beam.runner=FnApiRuner: beam.runner: unknown runner")
    assert "(did you mean 'FnApiRunner'?)" in message
    for runner in ("DataflowRunner", "FlinkRunner", "FnApiRunner", "PrismRunner", "SparkRunner"):
        assert runner in message


@pytest.mark.parametrize("runner, named", [
    ("FnApiRunner", "FnApiRunner"), ("DirectRunner", "DirectRunner"), ("direct", "DirectRunner"),
    ("fnapirunner", "FnApiRunner"), ("apache_beam.runners.direct.DirectRunner", "apache_beam.runners.direct.DirectRunner"),
])
def test_runners_beam_resolves_are_accepted_as_beam_spells_them(tmp_path, runner, named):
    assert load_config(write(tmp_path, "inputs: [a]\n"), [f"beam.runner={runner}"]).beam["runner"] == named


def test_a_bad_set_value_blames_the_set_not_the_file(tmp_path):
    path = write(tmp_path, "inputs: [a]\noutput:\n  num_shards: 1\n")
    with pytest.raises(ConfigError) as raised:
        load_config(path, ["output.directory=out", "output.num_shards=abc"])
    assert str(raised.value).startswith("--set output.num_shards=abc: output.num_shards: Input should be a valid integer")
    with pytest.raises(ConfigError, match=r"^--set output=5: output: "):
        load_config(path, ["output=5"])
    with pytest.raises(ConfigError, match=r"^--set output.num_shard=2: output.num_shard: unknown key \(did you mean"):
        load_config(path, ["output.num_shard=2"])
    with pytest.raises(ConfigError, match=r"^--set ingest_date=2025-13-01: ingest_date: "):
        load_config(path, ["ingest_date=2025-13-01"])


def test_dates_are_read_as_text_and_validated(tmp_path):
    import datetime as dt

    assert load_config(write(tmp_path, "ingest_date: 2025-06-10\n")).ingest_date == dt.date(2025, 6, 10)
    assert load_config(write(tmp_path, "inputs: [a]\n"), ["ingest_date=2025-06-11"]).ingest_date == dt.date(2025, 6, 11)


def test_a_config_that_is_not_utf8_is_one_line(tmp_path):
    path = tmp_path / "latin1.yaml"
    path.write_bytes("inputs: [caf\u00e9.txt]\n".encode("latin-1"))
    with pytest.raises(ConfigError, match=r"latin1.yaml is not UTF-8 text \(invalid continuation byte at byte 12\)"):
        load_config(path)


@pytest.mark.parametrize("text", [
    "beam:\n  a: " + "[" * 5000 + "]" * 5000 + "\n",
    "\n".join(" " * depth + "a:" for depth in range(3000)) + "\n",
])
def test_any_nesting_depth_is_a_config_error(tmp_path, text):
    with pytest.raises(ConfigError, match="job.yaml is nested too deeply"):
        load_config(write(tmp_path, text))


def test_a_set_into_a_section_left_empty_in_the_file(tmp_path):
    config = load_config(write(tmp_path, "inputs: [a]\noutput:\n"), ["output.num_shards=3"])
    assert config.output.num_shards == 3
