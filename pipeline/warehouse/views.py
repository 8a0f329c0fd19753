"""The analyst's views of a DuckDB warehouse, over the loader's `events` table, so that the common
questions are one line of SQL:

- `organisations`: the organisation codes of EVENTS.md with their names (a table). Codes of
  organisations are not ISO 3166 codes: `AU` is the African Union (Australia is `AUS`), `EU`
  the European Union; each view says per code whether it is an organisation.
- `dated_events`: `events` with `date`, the best date known — the event's own (`date_basis`
  EVENT), else its anchor, the day its first article was published (ANCHOR), else that first
  publication itself (PUBLISHED: rows written before anchors existed) — as `inspect` shows it.
- `dyads`: one row per event and unordered pair of parties (`country_1` < `country_2`, `pair`
  "CHN-KOR"): every pair of a call's participants (a summit of five gives ten), and a signal's
  signaller and target; with the type, the call's `mode` or the signal's `topic` and `stance`.
  Elections (one country) have none.
- `signals`: one row per policy signal, signaller → target (NULL: addressed to no one state).
- `elections`: one row per election: country, office, stage, winner.
"""

from __future__ import annotations

from pipeline.gdelt import organisation_codes


def analyst_views_sql() -> str:
    """CREATE OR REPLACE statements for the organisations table and the views above."""
    from pipeline.extract.gazetteer import Gazetteer

    gazetteer = Gazetteer.load()
    rows = ", ".join(f"('{code}', '{_quoted(gazetteer.country_name(code))}')" for code in organisation_codes())
    return _VIEWS.replace("{ORGANISATIONS}", rows)


def _quoted(text: str) -> str:
    return text.replace("'", "''")


_VIEWS = """
CREATE OR REPLACE TABLE organisations AS
SELECT * FROM (VALUES {ORGANISATIONS}) AS organisations(code, name);

CREATE OR REPLACE VIEW dated_events AS
SELECT *,
       coalesce(event_date, anchor_date, CAST(first_published_at AS DATE)) AS date,
       CASE WHEN event_date IS NOT NULL THEN 'EVENT'
            WHEN anchor_date IS NOT NULL THEN 'ANCHOR'
            WHEN first_published_at IS NOT NULL THEN 'PUBLISHED' END AS date_basis
FROM events;

CREATE OR REPLACE VIEW dyads AS
WITH sides AS (
    SELECT e.*, list_sort(list_distinct(e.call.participants)) AS parties, NULL AS signaller
    FROM dated_events e WHERE e.call IS NOT NULL
    UNION ALL BY NAME
    SELECT e.*, list_sort([e.policy.signaller, e.policy.target]) AS parties, e.policy.signaller
    FROM dated_events e WHERE e.policy IS NOT NULL AND e.policy.target IS NOT NULL
      AND e.policy.target <> e.policy.signaller
)
SELECT s.event_id, s.event_type, a.code AS country_1, b.code AS country_2, a.code || '-' || b.code AS pair,
       a.code IN (SELECT code FROM organisations) AS is_organisation_1,
       b.code IN (SELECT code FROM organisations) AS is_organisation_2,
       s.call.mode AS mode, s.policy.topic AS topic, s.policy.stance AS stance, s.signaller,
       s.date, s.date_basis, s.date_precision, s.num_articles, s.num_sources, s.summary
FROM sides s, unnest(s.parties) AS a(code), unnest(s.parties) AS b(code)
WHERE a.code < b.code;

CREATE OR REPLACE VIEW signals AS
SELECT event_id, policy.signaller AS signaller, policy.target AS target, policy.topic AS topic,
       policy.stance AS stance,
       policy.signaller IN (SELECT code FROM organisations) AS signaller_is_organisation,
       policy.target IN (SELECT code FROM organisations) AS target_is_organisation,
       date, date_basis, date_precision, cameo_code, num_articles, num_sources, summary
FROM dated_events WHERE policy IS NOT NULL;

CREATE OR REPLACE VIEW elections AS
SELECT event_id, election.country AS country, election.office AS office, election.stage AS stage,
       election.winner AS winner, date, date_basis, date_precision, num_articles, num_sources, summary
FROM dated_events WHERE election IS NOT NULL;
"""
