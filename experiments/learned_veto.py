"""Scratch ablation (not shipped): the rules alone vs the rules + a learned per-type sentence veto.

A logistic regression per event type over a sentence's words and bigrams (places and people
replaced by their kind, as the extractor's own gazetteer and person finder see them), trained on
eval/train + eval/dev; label: the sentence holds a gold event's evidence of that type. A rule-found
event is dropped when the model's probability for its evidence sentence is below t; t is chosen on
5-fold out-of-fold predictions over train + dev (folds by article, seed 0), never on devtest.
devtest is only scored (the real pipeline's events, as `evaluate` reads them back).

    pip install scikit-learn   # not a dependency of the package
    PYTHONPATH=$PWD python experiments/learned_veto.py [--balanced]
"""

from __future__ import annotations

import datetime as dt
import glob
import json
import re
import sys
import tempfile
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import KFold

from pipeline.config import Config, OutputConfig
from pipeline.evaluation import predicted_by_article
from pipeline.extract.events import KINDS
from pipeline.extract.extractor import EventExtractor
from pipeline.extract.sentences import split_sentences
from pipeline.records import Article
from pipeline.run.job import make_job, run_job
from pipeline.scoring import read_gold, score_articles

SEED = 0
CACHE = Path(tempfile.gettempdir()) / "learned-veto-cache"
THRESHOLDS = [0.0, 0.01, 0.02, 0.03, 0.05, 0.075, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5]
TYPES = list(KINDS)


def rule_predictions(split: str, gold: list[dict]) -> dict[str, list[dict]]:
    """The real pipeline's events per article (as `evaluate` collects them), cached per split."""
    CACHE.mkdir(exist_ok=True)
    cached = CACHE / f"{split}.json"
    if cached.exists():
        return json.loads(cached.read_text())
    with tempfile.TemporaryDirectory() as work:
        inputs = Path(work) / "articles.jsonl"
        inputs.write_text("".join(json.dumps(r["article"], ensure_ascii=False) + "\n" for r in gold))
        out = Path(work) / "out"
        config = Config(beam={"runner": "FnApiRunner"}, inputs=[str(inputs)],
                        output=OutputConfig(directory=str(out)))
        run_job(make_job(config, dt.date(2000, 1, 1)))
        predicted = predicted_by_article(out)
    cached.write_text(json.dumps(predicted, default=str))
    return predicted


def sentences_with_kinds(extractor: EventExtractor, article: dict) -> list[tuple[int, int, str]]:
    """(start, end, text with places and people replaced by their kind) for each sentence."""
    text = article["text"]
    published = article.get("published_at")
    record = Article(article_id=article["id"], text=text,
                     published_at=dt.datetime.fromisoformat(published) if published else None)
    places = extractor.gazetteer.find_places(text)
    people = extractor.actor_finder.find(text, places, record.published_date)
    spans = sorted([(p.start, p.end, f" place{p.kind} ") for p in places]
                   + [(p.start, p.end, " person ") for p in people])
    rows = []
    for sentence in split_sentences(text):
        pieces, at = [], sentence.start
        for start, end, token in spans:
            if start < at or start >= sentence.end:
                continue
            pieces += [text[at:start], token]
            at = min(end, sentence.end)
        pieces.append(text[at:sentence.end])
        rows.append((sentence.start, sentence.end, "".join(pieces)))
    return rows


def locate(text: str, piece: str) -> tuple[int, int] | None:
    at = text.find(piece)
    if at < 0:
        squeezed = re.sub(r"\s+", " ", piece.strip())
        at = text.find(squeezed)
        piece = squeezed
    return (at, at + len(piece)) if at >= 0 else None


def sentence_indices(rows, text: str, evidence: list[str]) -> set[int]:
    found = set()
    for piece in evidence:
        span = locate(text, piece)
        if span is None:
            continue
        found |= {i for i, (s, e, _) in enumerate(rows) if s < span[1] and span[0] < e}
    return found


def build(records, extractor):
    """Per sentence: features text, article index, labels per type; and per article its rows."""
    docs, groups, labels, article_rows, unlocated = [], [], [], [], 0
    for index, record in enumerate(records):
        text = record["article"]["text"]
        rows = sentences_with_kinds(extractor, record["article"])
        article_rows.append((len(docs), rows))
        positive = {t: set() for t in TYPES}
        for event in record["events"]:
            where = sentence_indices(rows, text, event.get("evidence") or [])
            unlocated += not where
            positive[event["type"]] |= where
        for i, (_, _, feature_text) in enumerate(rows):
            docs.append(feature_text)
            groups.append(index)
            labels.append([i in positive[t] for t in TYPES])
    return docs, np.array(groups), np.array(labels), article_rows, unlocated


BALANCED = "--balanced" in sys.argv  # a variant: classes weighted to balance (probabilities run higher)


def new_model():
    return LogisticRegression(C=1.0, max_iter=2000, random_state=SEED,
                              class_weight="balanced" if BALANCED else None)


def vectorizer():
    return CountVectorizer(lowercase=True, ngram_range=(1, 2), min_df=2, binary=True,
                           token_pattern=r"(?u)\b\w+\b")


def out_of_fold(docs, groups, labels) -> np.ndarray:
    probabilities = np.zeros(labels.shape)
    articles = np.unique(groups)
    for fit_articles, held_articles in KFold(5, shuffle=True, random_state=SEED).split(articles):
        fit = np.isin(groups, articles[fit_articles])
        held = ~fit
        vec = vectorizer()
        x_fit = vec.fit_transform([d for d, f in zip(docs, fit) if f])
        x_held = vec.transform([d for d, h in zip(docs, held) if h])
        for t in range(len(TYPES)):
            model = new_model().fit(x_fit, labels[fit, t])
            probabilities[held, t] = model.predict_proba(x_held)[:, 1]
    return probabilities


def event_probability(event, text, first_row, rows, probabilities) -> float:
    where = sentence_indices(rows, text, event.get("evidence") or [])
    if not where:
        return 1.0  # evidence not found in the text: keep the event
    return max(probabilities[first_row + i, TYPES.index(event["type"])] for i in where)


def scored(records, predicted, article_rows, probabilities, threshold_of) -> dict:
    articles = []
    for record, (first_row, rows) in zip(records, article_rows):
        article = record["article"]
        kept = [e for e in predicted.get(article["id"], [])
                if event_probability(e, article["text"], first_row, rows, probabilities) >= threshold_of[e["type"]]]
        articles.append((article["id"], record["events"], kept))
    return score_articles(articles)


def figures(scores) -> str:
    m = scores["micro"]
    parts = [f"micro {m['precision']:.3f}/{m['recall']:.3f}/{m['f1']:.3f}"]
    parts += [f"{t[:4]} {scores['types'][t]['f1']:.3f} (P {scores['types'][t]['precision']:.3f} "
              f"R {scores['types'][t]['recall']:.3f})" for t in TYPES]
    return "  ".join(parts)


def main() -> None:
    extractor = EventExtractor.load()
    fit_records = read_gold(sorted(glob.glob("eval/train/*.gold.jsonl")) + sorted(glob.glob("eval/dev/*.gold.jsonl")))
    test_records = read_gold(sorted(glob.glob("eval/devtest/*.gold.jsonl")))
    fit_predicted = {**rule_predictions("train", read_gold(sorted(glob.glob("eval/train/*.gold.jsonl")))),
                     **rule_predictions("dev", read_gold(sorted(glob.glob("eval/dev/*.gold.jsonl"))))}
    test_predicted = rule_predictions("devtest", test_records)

    docs, groups, labels, article_rows, unlocated = build(fit_records, extractor)
    print(f"train+dev: {len(fit_records)} articles, {len(docs)} sentences, positives "
          + ", ".join(f"{t} {labels[:, i].sum()}" for i, t in enumerate(TYPES))
          + f"; gold events whose evidence was not located: {unlocated}")
    oof = out_of_fold(docs, groups, labels)

    none = dict.fromkeys(TYPES, 0.0)
    print("out of fold, rules alone:   ", figures(scored(fit_records, fit_predicted, article_rows, oof, none)))
    by_global = {t: scored(fit_records, fit_predicted, article_rows, oof, dict.fromkeys(TYPES, t)) for t in THRESHOLDS}
    for t, s in by_global.items():
        print(f"  one threshold {t:<6}", figures(s))
    global_t = max(THRESHOLDS, key=lambda t: (by_global[t]["micro"]["f1"], -t))
    per_type = {event_type: max(THRESHOLDS, key=lambda t: (by_global[t]["types"][event_type]["f1"], -t))
                for event_type in TYPES}
    print(f"chosen out of fold: one threshold {global_t}; per type {per_type}")
    print("out of fold, rules + veto (one t):", figures(by_global[global_t]))
    print("out of fold, rules + veto (per type):",
          figures(scored(fit_records, fit_predicted, article_rows, oof, per_type)))

    # ADD, out of fold: confident sentences with no rule event of that type.
    for bar, (i, event_type) in ((bar, pair) for bar in (0.9, 0.5) for pair in enumerate(TYPES)):
        confident = without_rule = right = 0
        for record, (first_row, rows) in zip(fit_records, article_rows):
            article = record["article"]
            ruled = set()
            for e in fit_predicted.get(article["id"], []):
                if e["type"] == event_type:
                    ruled |= sentence_indices(rows, article["text"], e.get("evidence") or [])
            for j in range(len(rows)):
                if oof[first_row + j, i] >= bar:
                    confident += 1
                    if j not in ruled:
                        without_rule += 1
                        right += bool(labels[first_row + j, i])
        print(f"ADD {event_type}: out-of-fold sentences p>={bar} {confident}, with no rule event {without_rule}, "
              f"of which hold a gold event {right}")

    # Final model on all of train + dev; devtest scored only.
    vec = vectorizer()
    x_fit = vec.fit_transform(docs)
    test_docs, _, _, test_rows, _ = build(test_records, extractor)
    x_test = vec.transform(test_docs)
    test_p = np.column_stack([new_model().fit(x_fit, labels[:, i]).predict_proba(x_test)[:, 1]
                              for i in range(len(TYPES))])
    print("devtest, rules alone:            ", figures(scored(test_records, test_predicted, test_rows, test_p, none)))
    print(f"devtest, rules + veto (t={global_t}):  ",
          figures(scored(test_records, test_predicted, test_rows, test_p, dict.fromkeys(TYPES, global_t))))
    print("devtest, rules + veto (per type):",
          figures(scored(test_records, test_predicted, test_rows, test_p, per_type)))
    for t in (0.01, 0.02, 0.05):  # shown, not chosen: what a small fixed veto would do
        print(f"devtest, fixed veto t={t} (not chosen):",
              figures(scored(test_records, test_predicted, test_rows, test_p, dict.fromkeys(TYPES, t))))
    sys.stdout.flush()


if __name__ == "__main__":
    main()
