"""The run report: one static HTML page about an output directory (one partition, or all), for
people: the counts and how they reconcile, the dead letters by reason with examples, and charts
and tables of the events. `events-pipeline report OUT --html FILE`, and written beside each
batch run's manifest (`output.report`).

The page is self-contained: the charts are Vega-Lite specs (plain dicts, as Altair wrote them
before: importing Altair took about 0.4 s of CPU a run) drawn by the vega-embed bundle of
`vl-convert-python`, inlined, so the page opens offline from a file.
Beam-free: `pipeline.run.report` reads the tables (`pipeline.warehouse.read`) and writes the page.
"""

from __future__ import annotations

import collections
import dataclasses
import datetime as dt
import json
import os
from pathlib import Path

import jinja2

from pipeline import __version__
from pipeline.extract.events import KINDS, kind_of
from pipeline.tables import dead_letter_reason

LATEST_EVENTS = 50  # rows of the table of latest events
TOP = 15  # bars of a "top" chart
EXAMPLES_PER_REASON = 3
_PAYLOAD_SHOWN = 300  # characters of a dead letter's payload on the page
VEGA_LITE = "6.4.1"  # the specs' Vega-Lite, and the bundle's (its major.minor)
COUNTS = ("inputs", "articles", "duplicates", "dead_letters", "events", "mentions")


@dataclasses.dataclass(frozen=True)
class RunReport:
    """What the page shows: the tables' rows of an output directory (one partition, or all) and
    the counts of its runs' manifests (`pipeline.run.report` reads them)."""

    out_dir: str
    ingest_date: dt.date | None  # None: every partition
    manifest_counts: list[dict] | None  # None unless every partition read has one (streaming windows have none)
    events: list[dict]
    mentions: list[dict]
    articles: dict[str, dict]  # by article_id, without their text
    dead_letters: list[dict]

    @property
    def counts(self) -> dict[str, int | None]:
        """Inputs and duplicates from the manifests (None without them), the rest from the tables."""
        manifests = self.manifest_counts
        return {
            "inputs": sum(m["inputs"] for m in manifests) if manifests is not None else None,
            "articles": len(self.articles),
            "duplicates": sum(m["duplicates"] for m in manifests) if manifests is not None else None,
            "dead_letters": len(self.dead_letters), "events": len(self.events), "mentions": len(self.mentions),
        }

    @property
    def reconciled(self) -> bool | None:
        """inputs = articles + duplicates + dead letters; None when the inputs are not known."""
        counts = self.counts
        if counts["inputs"] is None:
            return None
        return counts["inputs"] == counts["articles"] + counts["duplicates"] + counts["dead_letters"]


# The page --------------------------------------------------------------------------------------


def render_report(report: RunReport) -> str:
    """The report as one HTML page, its charts' JavaScript inline."""
    charts = _charts(report)
    template = _templates().get_template("report.html.j2")
    return template.render(
        report=report, counts=report.counts, count_names=COUNTS, version=__version__,
        scope=f"ingest_date={report.ingest_date}" if report.ingest_date else "every partition",
        charts=charts, specs=_script_json(charts), vega_bundle=_vega_bundle(),
        reasons=_reasons(report.dead_letters), latest=_latest_events(report),
    )


def _templates() -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.PackageLoader("pipeline", "resources"),
                              autoescape=True, undefined=jinja2.StrictUndefined)


def _script_json(value) -> str:
    # JSON inside <script>: "</" would end the script early, whatever the data holds.
    return json.dumps(value, default=str).replace("</", "<\\/")


def _day(event: dict) -> dt.date | None:
    """The day an event is charted on: its own date, else its anchor (first publication)."""
    return event["event_date"] or event.get("anchor_date")


def _charts(report: RunReport) -> dict[str, dict]:
    """The page's Vega-Lite specs by the id of their place; a chart with no data is left out."""
    events = report.events
    by_type = [{"day": _day(e).isoformat(), "type": e["event_type"]} for e in events if _day(e)]
    calls = [{"pair": kind_of(e["event_type"]).display_key(e["call"])} for e in events if e["call"]]
    policy = [e["policy"] for e in events if e["policy"]]
    sides = [{"who": p["signaller"], "side": "signaller", "stance": p["stance"]} for p in policy]
    sides += [{"who": p["target"], "side": "target", "stance": p["stance"]} for p in policy if p["target"]]
    elections = [{"stage": e["election"]["stage"], "country": e["election"]["country"]}
                 for e in events if e["election"]]
    reasons = [{"reason": dead_letter_reason(letter)} for letter in report.dead_letters]
    stance = {"field": "stance", "scale": {"domain": ["COOPERATIVE", "NEUTRAL", "CONFRONTATIONAL"],
                                           "range": ["#4c9f70", "#9e9e9e", "#d1495b"]},
              "title": "stance", "type": "nominal"}
    charts = {
        "chart-days": _bars(by_type, 900, {
            "color": {"field": "type", "scale": {"domain": list(KINDS)}, "title": "type", "type": "nominal"},
            "x": {"field": "day", "timeUnit": _time_unit(by_type), "title": "day (event date, else first publication)",
                  "type": "temporal"},
            "y": _count("events")}),
        "chart-calls": _top(calls, "pair", "country pair"),
        "chart-policy": _top(sides, "who", "country", width=280,
                             color=stance, column={"field": "side", "title": None, "type": "nominal"}),
        "chart-elections": _bars(elections, 300, {
            "color": {"field": "country", "title": "country", "type": "nominal"},
            "x": {"field": "stage", "sort": ["SCHEDULED", "HELD", "RESULT", "INAUGURATION"], "title": "stage",
                  "type": "nominal"},
            "y": _count("events")}),
        "chart-dead-letters": _top(reasons, "reason", "reason", counted="dead letters"),
    }
    sources = {"chart-days": by_type, "chart-calls": calls, "chart-policy": sides,
               "chart-elections": elections, "chart-dead-letters": reasons}
    return {name: chart for name, chart in charts.items() if sources[name]}


def _bars(rows: list[dict], width: int, encoding: dict) -> dict:
    """A bar chart of the rows, as Altair wrote it (its default view size included)."""
    return {"config": {"view": {"continuousWidth": 300, "continuousHeight": 300}}, "data": {"values": rows},
            "mark": {"type": "bar"}, "encoding": encoding, "width": width,
            "$schema": f"https://vega.github.io/schema/vega-lite/v{VEGA_LITE}.json"}


def _count(counted: str) -> dict:
    return {"aggregate": "count", "axis": {"tickMinStep": 1}, "title": counted, "type": "quantitative"}


def _time_unit(rows: list[dict]) -> str:
    """Bars per day over up to three months; per month over a longer span, where days are too
    thin to see."""
    days = sorted(row["day"] for row in rows)
    span = dt.date.fromisoformat(days[-1]) - dt.date.fromisoformat(days[0]) if days else dt.timedelta(0)
    return "yearmonthdate" if span <= dt.timedelta(days=92) else "yearmonth"


def _top(rows: list[dict], field: str, title: str, counted: str = "events", width: int = 600, **more) -> dict:
    """Horizontal bars of the TOP most frequent values of `field`, most frequent first; `more`:
    other channels (color, column)."""
    totals = collections.Counter(row[field] for row in rows)
    shown = [value for value, _ in totals.most_common(TOP)]
    encoding = {**more, "x": _count(counted), "y": {"field": field, "sort": shown, "title": title, "type": "nominal"}}
    return _bars([row for row in rows if row[field] in shown], width, encoding)


def _reasons(dead_letters: list[dict]) -> list[dict]:
    """The dead letters grouped by reason, most frequent first, each with a few examples."""
    grouped: dict[str, list[dict]] = collections.defaultdict(list)
    for letter in dead_letters:
        grouped[dead_letter_reason(letter)].append(letter)
    return [
        {"reason": reason, "count": len(letters),
         "examples": [{**letter, "payload": letter["payload"][:_PAYLOAD_SHOWN]}
                      for letter in letters[:EXAMPLES_PER_REASON]]}
        for reason, letters in sorted(grouped.items(), key=lambda item: (-len(item[1]), item[0]))
    ]


def _latest_events(report: RunReport) -> list[dict]:
    """The LATEST_EVENTS latest events (by their charted day), each with the evidence of its
    mentions and links to the articles that reported it."""
    mentions = collections.defaultdict(list)
    for mention in report.mentions:
        mentions[mention["event_id"]].append(mention)
    latest = sorted((e for e in report.events if _day(e)), key=lambda e: (_day(e), e["event_id"]), reverse=True)
    rows = []
    for event in latest[:LATEST_EVENTS]:
        evidence, links = [], {}
        for mention in mentions[event["event_id"]]:
            evidence += [fragment["text"] for fragment in mention["evidence"]]
            article = report.articles.get(mention["article_id"], {})
            links[mention["article_id"]] = {"article_id": mention["article_id"], "title": article.get("title") or "",
                                             "url": mention["url"] or article.get("url") or ""}
        rows.append({"event": event, "day": _day(event), "dated": bool(event["event_date"]),
                     "evidence": evidence, "links": [links[key] for key in sorted(links)]})
    return rows


# The charts' JavaScript ------------------------------------------------------------------------


def _vega_bundle() -> str:
    """vega, vega-lite and vega-embed as one script, from vl-convert-python (no network). Bundling
    takes seconds, so the bundle is kept in the user's cache folder, one per version."""
    import vl_convert

    vl_version = ".".join(VEGA_LITE.split(".")[:2])
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "events-pipeline"
    path = cache / f"vega-embed-vl{vl_version}-vlconvert{vl_convert.__version__}.js"
    if path.is_file():
        return path.read_text(encoding="utf-8")
    bundle = vl_convert.javascript_bundle(vl_version=vl_version)
    try:
        cache.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_text(bundle, encoding="utf-8")
        temporary.replace(path)
    except OSError:  # a read-only home: bundle again next time
        pass
    return bundle
