"""The `gdelt_events` view of `load --duckdb`: GDELT 2.0 column names over our events, so a
typical GDELT query runs with only the table name changed."""

from __future__ import annotations

import datetime as dt

import duckdb
import pytest

from pipeline.cli import main
from pipeline.gdelt import EXAMPLE_GDELT_SQL
from pipeline.tables import load_schemas
from pipeline.warehouse.load import load_duckdb
from tests.support import LOCAL_RUNNER, REPO

ARTICLES = {
    "a.txt": ("a", "Agency A", "https://a.example/visit",
              "Chinese President Xi Jinping met South Korean President Lee Jae-myung in Beijing on Tuesday."),
    "b.txt": ("b", "Agency B", "https://b.example/visit",
              "South Korean President Lee Jae-myung held talks with Chinese President Xi Jinping in Beijing "
              "on Tuesday."),
    "c.txt": ("c", "Agency A", "https://a.example/phone",
              "U.S. President Donald Trump held a phone call with Russian President Vladimir Putin on Monday."),
}


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory):
    folder = tmp_path_factory.mktemp("gdelt")
    for name, (article_id, source, url, text) in ARTICLES.items():
        (folder / name).write_text(f"---\nid: {article_id}\npublished_at: 2025-06-11\nsource: {source}\n"
                                   f"url: {url}\n---\nTitle\n\n{text}\n", encoding="utf-8")
    out = folder / "out"
    assert main(["run", "--config", str(REPO / "configs" / "local.yaml"), "--input", str(folder / "*.txt"),
                 "--output", str(out), "--ingest-date", "2025-06-11", "--set", f"beam.runner={LOCAL_RUNNER}"]) == 0
    database = folder / "warehouse.duckdb"
    load_duckdb(out, database, load_schemas())
    with duckdb.connect(str(database), read_only=True) as connection:
        yield connection


def rows(connection, sql: str) -> list[dict]:
    cursor = connection.execute(sql)
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def test_the_view_has_gdelt_columns_filled_from_our_events(warehouse):
    (visit,) = rows(warehouse, "SELECT * FROM gdelt_events WHERE ActionGeo_CountryCode = 'CHN'")
    assert visit["SQLDATE"] == 20250610 and visit["MonthYear"] == 202506 and visit["Year"] == 2025
    assert {visit["Actor1CountryCode"], visit["Actor2CountryCode"]} == {"CHN", "KOR"}
    assert (visit["Actor1Type1Code"], visit["Actor2Type1Code"]) == ("GOV", "GOV")
    assert visit["EventRootCode"] == visit["EventCode"][:2] == "04"
    assert visit["QuadClass"] == 1 and visit["GoldsteinScale"] > 0
    assert (visit["NumArticles"], visit["NumSources"], visit["NumMentions"]) == (2, 2, 2)
    assert (visit["ActionGeo_FullName"], visit["ActionGeo_Type"], visit["ActionGeo_FeatureID"]) == ("Beijing", 4, "1816670")
    assert visit["ActionGeo_Lat"] == pytest.approx(39.9, abs=0.1) and visit["ActionGeo_Long"] == pytest.approx(116.4, abs=0.1)
    assert visit["SOURCEURL"] in ("https://a.example/visit", "https://b.example/visit")
    assert visit["DATEADDED"] == 20250611000000
    (phone,) = rows(warehouse, "SELECT * FROM gdelt_events WHERE EventCode = '041'")
    assert (phone["Actor1CountryCode"], phone["Actor2CountryCode"]) == ("USA", "RUS")  # the caller, then the called
    assert phone["ActionGeo_CountryCode"] is None and phone["ActionGeo_Lat"] is None  # a phone call has no venue
    assert phone["SOURCEURL"] == "https://a.example/phone"


def test_a_typical_gdelt_query_runs_with_only_the_table_name_changed(warehouse):
    top_dyads = rows(warehouse, EXAMPLE_GDELT_SQL)
    assert [(r["Actor1CountryCode"], r["Actor2CountryCode"], r["events"]) for r in top_dyads] == [
        (*sorted(("CHN", "KOR"), key=lambda c: c != top_dyads[0]["Actor1CountryCode"]), 1), ("USA", "RUS", 1)]
    assert all(r["goldstein"] is not None for r in top_dyads)
    # GDELT's own idiom for a day's events by place and class, unchanged but for the table
    by_place = warehouse.execute(
        "SELECT SQLDATE, ActionGeo_CountryCode, QuadClass, SUM(NumArticles) AS articles "
        "FROM gdelt_events WHERE SQLDATE >= 20250101 AND ActionGeo_CountryCode IS NOT NULL "
        "GROUP BY 1, 2, 3 ORDER BY articles DESC").fetchall()
    assert by_place == [(20250610, "CHN", 1, 2)]


def test_the_view_exists_on_an_empty_warehouse(tmp_path):
    """Created with the tables, before any partition is loaded: queries never fail for want of it."""
    database = tmp_path / "w.duckdb"
    load_duckdb(tmp_path / "nothing", database, load_schemas(), ingest_date=dt.date(2025, 1, 1))
    with duckdb.connect(str(database)) as connection:
        assert connection.execute("SELECT count(*) FROM gdelt_events").fetchone() == (0,)


def test_bigquery_schema_has_the_where_and_who_fields_nullable_with_their_doc():
    from pipeline.warehouse.load import bigquery_fields

    fields = {field["name"]: field for field in bigquery_fields(load_schemas()["events"])}
    for name, kind in (("location", "RECORD"), ("location_basis", "STRING"), ("cameo_root", "STRING"),
                       ("quad_class", "INTEGER"), ("goldstein", "FLOAT"), ("num_sources", "INTEGER")):
        assert (fields[name]["type"], fields[name]["mode"]) == (kind, "NULLABLE"), name
        assert fields[name]["description"], name
    location = {field["name"]: field["type"] for field in fields["location"]["fields"]}
    assert location == {"name": "STRING", "country": "STRING", "geonames_id": "INTEGER", "latitude": "FLOAT",
                        "longitude": "FLOAT", "precision": "STRING"}
    actor_type = next(field for field in fields["actors"]["fields"] if field["name"] == "actor_type")
    assert actor_type["mode"] == "NULLABLE" and actor_type["description"]
