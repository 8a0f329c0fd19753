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
