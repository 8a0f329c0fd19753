"""Files written with every earlier schema version read correctly with the current schemas
(Avro schema resolution, as fastavro does it); an incompatible change fails here.

Fixtures: tests/fixtures/v*/ (the released .avsc files and a sample .avro per table).
"""

import copy
import io
import json
from pathlib import Path

import fastavro
import pytest
from fastavro.read import SchemaResolutionError

from pipeline.tables import load_schemas

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
FILE_OF_TABLE = {"events": "event", "mentions": "mention", "articles": "article", "dead_letters": "dead_letter"}
OLD_FILES = sorted((version, table) for version in sorted(p.name for p in FIXTURES.glob("v*")) for table in FILE_OF_TABLE)


def read_with(path_or_bytes, reader_schema) -> list[dict]:
    stream = io.BytesIO(path_or_bytes) if isinstance(path_or_bytes, bytes) else open(path_or_bytes, "rb")
    with stream:
        return list(fastavro.reader(stream, reader_schema=fastavro.parse_schema(reader_schema)))


def as_written(old, new):
    """`new` cut to the shape of `old`: fields added since (also inside nested records and
    arrays of records) are left out, so what remains must equal what the old file held."""
    if isinstance(old, dict) and isinstance(new, dict):
        return {key: as_written(value, new.get(key)) for key, value in old.items()}
    if isinstance(old, list) and isinstance(new, list) and len(old) == len(new):
        return [as_written(o, n) for o, n in zip(old, new)]
    return new


@pytest.mark.parametrize("version, table", OLD_FILES)
def test_files_of_every_earlier_version_read_with_the_current_schema(version, table):
    current = load_schemas()[table]
    path = FIXTURES / version / f"{FILE_OF_TABLE[table]}.avro"
    with path.open("rb") as stream:
        written = list(fastavro.reader(stream))
    resolved = read_with(path, current)
    assert len(resolved) == len(written) > 0
    for old, new in zip(written, resolved):
        assert as_written(old, new) == old  # every value the old file held survives resolution


def test_current_version_is_at_least_the_newest_fixture():
    newest = max(int(p.name[1:]) for p in FIXTURES.glob("v*"))
    assert all(schema["version"] >= newest for schema in load_schemas().values())


def test_an_incompatible_change_is_caught():
    """The check above has teeth: a new required field without a default cannot read old files."""
    broken = copy.deepcopy(load_schemas()["articles"])
    broken["fields"].append({"name": "language", "type": "string"})
    with pytest.raises(SchemaResolutionError):
        read_with(FIXTURES / "v1" / "article.avro", broken)


def test_a_compatible_change_passes():
    evolved = copy.deepcopy(load_schemas()["articles"])
    evolved["fields"].append({"name": "language", "type": ["null", "string"], "default": None})
    (record,) = read_with(FIXTURES / "v1" / "article.avro", evolved)
    assert record["language"] is None


def test_an_old_event_reads_with_the_where_and_who_fields_empty():
    (event, *_) = read_with(FIXTURES / "v1" / "event.avro", load_schemas()["events"])
    assert (event["location"], event["location_basis"], event["cameo_root"], event["quad_class"],
            event["goldstein"], event["num_sources"]) == (None,) * 6
    assert all(actor["actor_type"] is None for actor in event["actors"])


def test_strings_that_became_nullable_keep_their_old_empty_values():
    """Schema v3 (events) / v2 (mentions, articles): unknown url, title, source and date_text are
    null, not "". Files of v2 hold "" there, which reads as "" (Avro resolution picks the
    string branch); docs/SCHEMAS.md says how to make them null in a warehouse."""
    events = read_with(FIXTURES / "v2" / "event.avro", load_schemas()["events"])
    assert "" in [event["date_text"] for event in events]
    (article,) = read_with(FIXTURES / "v2" / "article.avro", load_schemas()["articles"])
    assert article["url"] == "" and article["title"]
    assert {mention["url"] for mention in read_with(FIXTURES / "v2" / "mention.avro", load_schemas()["mentions"])} == {""}


def test_every_field_has_a_doc_and_its_bigquery_column_a_description():
    from pipeline.warehouse.load import bigquery_fields

    def undocumented(fields, path=""):
        for field in fields:
            if not field.get("description"):
                yield path + field["name"]
            yield from undocumented(field.get("fields", []), f"{path}{field['name']}.")

    for table, schema in load_schemas().items():
        assert list(undocumented(bigquery_fields(schema))) == [], table


def test_codes_are_upper_case_in_new_files():
    from pipeline.extract.events import KINDS

    modes = {KINDS["DIPLOMATIC_CALL"].codes({"mode": mode})[2] for mode in ("PHONE", "VISIT", "SUMMIT", "MEETING")}
    assert modes == {"PHONE", "VISIT", "MULTILATERAL", "UNSPECIFIED"}
    old = {event["plover_mode"] for event in read_with(FIXTURES / "v2" / "event.avro", load_schemas()["events"])}
    assert "phone" in old  # files of v2 hold them lower case (docs/SCHEMAS.md: upper() them)

