"""The `gdelt_events` view of a DuckDB warehouse: our events under GDELT 2.0 event-table column
names, so a typical GDELT query runs with only the table name changed.

One row per event. Actor1 is who acts (a call's initiator, else its first participant; a
signal's signaller; the country voting), Actor2 whom it is aimed at (a visit's host or the other
party of a call, a signal's target; none for an election); a summit of many states keeps its
first two. Where our columns differ from GDELT's (README, "Where and who"):

- country codes are ISO 3166-1 alpha-3 (`CHN`, `KOR`), not CAMEO actor country codes nor FIPS
  10-4 (`ActionGeo_CountryCode` is `CH` for China in GDELT); organisations go to
  `Actor1KnownGroupCode` with their EVENTS.md codes (`NATO`, `EU`, not `NAT`, `EEC`), and their
  `Actor1CountryCode` is empty, as in GDELT;
- `GLOBALEVENTID` is our 16-hex-digit `event_id`, a string; `ActionGeo_FeatureID` a GeoNames id;
- `SQLDATE` is the event's anchor date (its own date, else its first report's day);
- `Actor1Type1Code` is one of GOV, MIL, LEG, JUD, PTY, IGO, DIP (pipeline.extract.actor_types).
"""

from __future__ import annotations

import functools
import importlib.resources

import yaml


@functools.cache
def organisation_codes() -> tuple[str, ...]:
    """The organisation codes of EVENTS.md, as pipeline/resources/organisations.yaml lists them."""
    path = importlib.resources.files("pipeline") / "resources" / "organisations.yaml"
    with path.open("r", encoding="utf-8") as stream:
        return tuple(sorted(yaml.safe_load(stream)["organisations"]))


def gdelt_view_sql() -> str:
    """CREATE OR REPLACE VIEW gdelt_events over the loader's `events` and `mentions` tables."""
    organisations = ", ".join(f"'{code}'" for code in organisation_codes())
    return _VIEW.replace("{ORGANISATIONS}", organisations)


_VIEW = """
CREATE OR REPLACE VIEW gdelt_events AS
WITH first_side AS (
    SELECT e.*,
           coalesce(e.policy.signaller, e.election.country,
                    list_filter(e.actors, lambda a: a.part = 'INITIATOR')[1].country,
                    e.call.participants[1]) AS actor1
    FROM events e
), sides AS (
    SELECT s.*,
           CASE WHEN s.policy IS NOT NULL THEN s.policy.target
                WHEN s.call IS NOT NULL THEN coalesce(
                    CASE WHEN s.call.host <> s.actor1 THEN s.call.host END,
                    list_filter(s.actors, lambda a: a.part = 'RECIPIENT' AND a.country <> s.actor1)[1].country,
                    list_filter(s.call.participants, lambda p: p <> s.actor1)[1])
           END AS actor2
    FROM first_side s
), first_report AS (
    SELECT event_id, arg_min(url, coalesce(published_at, TIMESTAMPTZ '9999-12-31 00:00:00+00')) AS url
    FROM mentions WHERE url <> '' GROUP BY event_id
)
SELECT
    s.event_id AS GLOBALEVENTID,
    CAST(strftime(s.anchor_date, '%Y%m%d') AS INTEGER) AS SQLDATE,
    CAST(strftime(s.anchor_date, '%Y%m') AS INTEGER) AS MonthYear,
    CAST(year(s.anchor_date) AS INTEGER) AS "Year",
    s.actor1 AS Actor1Code,
    CASE WHEN s.actor1 NOT IN ({ORGANISATIONS}) THEN s.actor1 END AS Actor1CountryCode,
    CASE WHEN s.actor1 IN ({ORGANISATIONS}) THEN s.actor1 END AS Actor1KnownGroupCode,
    coalesce(list_filter(s.actors, lambda a: a.country = s.actor1 AND a.actor_type IS NOT NULL)[1].actor_type,
             CASE WHEN s.actor1 IN ({ORGANISATIONS}) THEN 'IGO' END) AS Actor1Type1Code,
    s.actor2 AS Actor2Code,
    CASE WHEN s.actor2 NOT IN ({ORGANISATIONS}) THEN s.actor2 END AS Actor2CountryCode,
    CASE WHEN s.actor2 IN ({ORGANISATIONS}) THEN s.actor2 END AS Actor2KnownGroupCode,
    coalesce(list_filter(s.actors, lambda a: a.country = s.actor2 AND a.actor_type IS NOT NULL)[1].actor_type,
             CASE WHEN s.actor2 IN ({ORGANISATIONS}) THEN 'IGO' END) AS Actor2Type1Code,
    s.cameo_code AS EventCode,
    s.cameo_code AS EventBaseCode,
    s.cameo_root AS EventRootCode,
    s.quad_class AS QuadClass,
    s.goldstein AS GoldsteinScale,
    s.num_mentions AS NumMentions,
    coalesce(s.num_sources, len(s.sources)) AS NumSources,
    s.num_articles AS NumArticles,
    CASE s.location.precision
        WHEN 'COUNTRY' THEN 1
        WHEN 'ADMIN1' THEN CASE WHEN s.location.country = 'USA' THEN 2 ELSE 5 END
        WHEN 'CITY' THEN CASE WHEN s.location.country = 'USA' THEN 3 ELSE 4 END
    END AS ActionGeo_Type,
    s.location.name AS ActionGeo_FullName,
    s.location.country AS ActionGeo_CountryCode,
    s.location.latitude AS ActionGeo_Lat,
    s.location.longitude AS ActionGeo_Long,
    CAST(s.location.geonames_id AS VARCHAR) AS ActionGeo_FeatureID,
    CAST(strftime(s.ingest_date, '%Y%m%d') || '000000' AS BIGINT) AS DATEADDED,
    r.url AS SOURCEURL,
    s.event_type AS EventType
FROM sides s LEFT JOIN first_report r USING (event_id)
"""

# A typical GDELT query, run as is on the view (only the table name differs from GDELT's):
# the most frequent cooperative dyads with their mean Goldstein score.
EXAMPLE_GDELT_SQL = """
SELECT Actor1CountryCode, Actor2CountryCode, count(*) AS events, round(avg(GoldsteinScale), 2) AS goldstein
FROM gdelt_events
WHERE QuadClass = 1 AND Actor1CountryCode IS NOT NULL AND Actor2CountryCode IS NOT NULL
GROUP BY Actor1CountryCode, Actor2CountryCode
ORDER BY events DESC, Actor1CountryCode, Actor2CountryCode
LIMIT 10
"""
