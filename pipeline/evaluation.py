"""`events-pipeline evaluate`: run the real pipeline over the articles of gold files, read back
the Avro it wrote, and score it against the gold (`pipeline.scoring`, EVENTS.md "Scoring")."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import tempfile
from collections import defaultdict
from pathlib import Path

from pipeline.config import Config, OutputConfig
from pipeline.extract.events import kind_of
from pipeline.run.job import make_job, run_job
from pipeline.scoring import error_report, read_gold, score_articles, score_locations
from pipeline.warehouse.read import read_table

_EVALUATION_DATE = dt.date(2000, 1, 1)  # the output partition of an evaluation run; not in any record


@dataclasses.dataclass(frozen=True)
class Evaluation:
    scores: dict
    errors: dict[str, list[str]]  # article id -> the report's lines, for articles with errors


def evaluate(gold_paths: list[str], beam_options: dict | None = None) -> Evaluation:
    """Score the pipeline on the gold files' articles (their text, title excluded, as published)."""
    gold = read_gold(gold_paths)
    with tempfile.TemporaryDirectory(prefix="events-evaluate-") as work:
        inputs = Path(work) / "articles.jsonl"
        with inputs.open("w", encoding="utf-8") as stream:
            for record in gold:
                stream.write(json.dumps(record["article"], ensure_ascii=False) + "\n")
        out = Path(work) / "out"
        config = Config(
            beam=beam_options or {"runner": "DirectRunner"},
            inputs=[str(inputs)],
            output=OutputConfig(directory=str(out)),
        )
        run_job(make_job(config, _EVALUATION_DATE))
        predicted = predicted_by_article(out)
    return _scored(gold_paths, gold, predicted)


def compare_labels(gold_paths: list[str], other_paths: list[str]) -> Evaluation:
    """Score another annotator's labels (gold files of the same articles) as if they were the
    pipeline's predictions: how far two people agree is the ceiling for the extractor.
    Only the articles the other labels cover are scored."""
    others = {record["article"]["id"]: record["events"] for record in read_gold(other_paths)}
    gold = [record for record in read_gold(gold_paths) if record["article"]["id"] in others]
    missing = others.keys() - {record["article"]["id"] for record in gold}
    if missing:
        raise ValueError(f"{len(missing)} article(s) of the other labels are in no gold file, "
                         f"e.g. {sorted(missing)[0]}")
    return _scored(gold_paths, gold, others)


def _scored(gold_paths: list[str], gold: list[dict], predicted: dict[str, list[dict]]) -> Evaluation:
    articles = [
        (record["article"]["id"], record["events"], predicted.get(record["article"]["id"], []))
        for record in gold
    ]
    errors = {}
    for article_id, gold_events, predicted_events in articles:
        lines = error_report(article_id, gold_events, predicted_events)
        if lines:
            errors[article_id] = lines
    by_file = {}
    scored_ids = {article[0] for article in articles}
    names = [Path(path).name for path in gold_paths]
    for path in gold_paths:  # each file's own figures: a kind of news that does worse shows
        name = Path(path).name
        if names.count(name) > 1:  # eval/silver/read/x and eval/silver/measure/x
            name = f"{Path(path).parent.name}/{name}"
        ids = {record["article"]["id"] for record in read_gold(path)} & scored_ids
        if not ids:
            continue
        scores = score_articles([article for article in articles if article[0] in ids])
        by_file[name] = {"articles": scores["articles"], **scores["micro"]}
    scores = {**score_articles(articles), "locations": score_locations(articles), "files": by_file}
    return Evaluation(scores=scores, errors=errors)


def predicted_by_article(out_dir: Path) -> dict[str, list[dict]]:
    """Each article's predicted events in the gold-file format, from the written Avro."""
    events = {event["event_id"]: event for event in read_table(out_dir, "events")}
    by_article = defaultdict(list)
    for mention in read_table(out_dir, "mentions"):
        event = events[mention["event_id"]]
        by_article[mention["article_id"]].append(as_gold_event(event, mention))
    return dict(by_article)


def as_gold_event(event: dict, mention: dict) -> dict:
    """An Avro event record (and one of its mentions) as a gold-file event dict."""
    gold = {"type": event["event_type"]}
    details = event.get(kind_of(event["event_type"]).field) or {}
    gold.update({key: value for key, value in details.items() if value not in (None, "")})
    gold.update(
        date=event["event_date"].isoformat() if event["event_date"] else "",
        date_precision=event["date_precision"],
        date_text=event["date_text"],
        actors=[{k: a[k] for k in ("name", "role", "country", "part")} for a in event["actors"]],
        evidence=[piece["text"] for piece in mention["evidence"]],
    )
    if event.get("location"):
        gold["location"] = {"name": event["location"]["name"], "country": event["location"]["country"]}
    return gold


def render_scores(scores: dict) -> str:
    """The figures as a short table for people."""
    lines = [f"articles: {scores['articles']}", f"{'':16} precision  recall  f1      gold  predicted"]
    micro = scores["micro"]
    lines.append(f"{'micro':16} {micro['precision']:<10.3f} {micro['recall']:<7.3f} {micro['f1']:.3f}")
    for event_type, figures in scores["types"].items():
        lines.append(
            f"{event_type:16} {figures['precision']:<10.3f} {figures['recall']:<7.3f} {figures['f1']:<7.3f} "
            f"{figures['gold']:<5} {figures['predicted']}"
        )
    lines.append("paired: " + ", ".join(f"{name} {value:.3f}" for name, value in scores["paired"].items()))
    if len(scores.get("files", {})) > 1:
        lines.append("by file:")
        for name, figures in scores["files"].items():
            lines.append(f"  {name:44} {figures['articles']:>4} articles  P {figures['precision']:.3f}  "
                         f"R {figures['recall']:.3f}  F1 {figures['f1']:.3f}")
    if "locations" in scores:
        where = scores["locations"]
        lines.append(f"call venues: gold {where['gold']}, found {where['found']}, right {where['right']} "
                     f"({where['location_accuracy']:.3f}), same country {where['same_country']}; "
                     f"predicted calls {where['calls_predicted']}, "
                     f"with a location {where['calls_with_location']}")
    return "\n".join(lines)
