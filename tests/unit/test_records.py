"""The pydantic records and the `.avsc` warehouse contract stay in step."""

import datetime as dt
import io
import typing

import fastavro
import pytest
from pydantic import BaseModel

from pipeline.records import (
    Actor, Article, ArticleRecord, CallDetails, DeadLetter, Event, Evidence, Mention, stable_id,
)
from pipeline.tables import load_schemas

MODELS = {"events": Event, "mentions": Mention, "articles": ArticleRecord, "dead_letters": DeadLetter}


def _model_in(annotation):
    for candidate in (annotation, *typing.get_args(annotation)):
        for inner in (candidate, *typing.get_args(candidate)):
            if isinstance(inner, type) and issubclass(inner, BaseModel):
                return inner
    return None


def _record_in(avro_type):
    for candidate in avro_type if isinstance(avro_type, list) else [avro_type]:
        if isinstance(candidate, dict) and candidate.get("type") == "record":
            return candidate
        if isinstance(candidate, dict) and candidate.get("type") == "array":
            return _record_in(candidate["items"])
    return None


def assert_same_fields(model: type[BaseModel], schema: dict, path: str):
    avro_fields = {field["name"]: field["type"] for field in schema["fields"]}
    assert set(model.model_fields) == set(avro_fields), path
    for name, info in model.model_fields.items():
        nested_model = _model_in(info.annotation)
        nested_record = _record_in(avro_fields[name])
        assert (nested_model is None) == (nested_record is None), f"{path}.{name}"
        if nested_model:
            assert_same_fields(nested_model, nested_record, f"{path}.{name}")


@pytest.mark.parametrize("table", sorted(MODELS))
def test_each_model_has_exactly_the_fields_of_its_schema(table):
    assert_same_fields(MODELS[table], load_schemas()[table], table)


def test_schemas_carry_a_version():
    assert all(schema["version"] >= 1 for schema in load_schemas().values())


def test_an_event_round_trips_through_avro():
    event = Event(
        event_id="abc",
        event_type="DIPLOMATIC_CALL",
        call=CallDetails(participants=["CHN", "KOR"], mode="PHONE", status="OCCURRED"),
        event_date=dt.date(2025, 6, 10),
        date_precision="DAY",
        date_text="on Tuesday",
        actors=[Actor(name="Xi Jinping", role="president", country="CHN", part="INITIATOR")],
        countries=["CHN", "KOR"],
        summary="China - South Korea: phone",
        confidence=0.9,
        cameo_code="041",
        first_published_at=dt.datetime(2025, 6, 10, tzinfo=dt.timezone.utc),
        sources=["seed"],
        extractor_version="0.1.0",
    )
    buffer = io.BytesIO()
    fastavro.writer(buffer, fastavro.parse_schema(load_schemas()["events"]), [event.to_avro()])
    buffer.seek(0)
    (back,) = list(fastavro.reader(buffer))
    assert Event.model_validate(back) == event


def test_mention_evidence_round_trips():
    mention = Mention(event_id="e", article_id="a", evidence=[Evidence(text="x", start=3, end=4)], confidence=0.5)
    buffer = io.BytesIO()
    fastavro.writer(buffer, fastavro.parse_schema(load_schemas()["mentions"]), [mention.to_avro()])
    buffer.seek(0)
    assert Mention.model_validate(next(fastavro.reader(buffer))) == mention


def test_stable_id_is_deterministic_and_separates_parts():
    assert stable_id("a", "b") == stable_id("a", "b")
    assert stable_id("ab", "") != stable_id("a", "b")
    assert len(stable_id("x")) == 16


@pytest.mark.parametrize("published_at", [None, dt.datetime(2025, 6, 10, 8, 30, 5, 123456, tzinfo=dt.timezone.utc)])
def test_an_article_round_trips_through_its_tuple(published_at):
    article = Article(article_id="a-1", url="https://example.org/a", title="T", summary="S", published_at=published_at,
                      source="Example", text="Xi met Lee.\n", input_path="in/a.jsonl", content_hash="0123456789abcdef")
    values = article.as_tuple()
    assert all(value is None or type(value) is str for value in values)  # what Beam's fast coder writes as it is
    again = Article.from_tuple(values)
    assert again == article and again.model_dump() == article.model_dump()
    assert again.published_at == published_at and again.as_tuple() == values
