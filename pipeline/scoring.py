"""Compare predicted events with hand-labelled gold, as EVENTS.md "Scoring" describes.

Beam-free. Events on both sides are plain dicts in the gold-file event format (``type``,
``participants``, ``mode``, ``host``, ``status``, ``country``, ``stage``, ``office``,
``winner``, ``signaller``, ``target``, ``topic``, ``stance``, ``date``, ``date_precision``,
``date_text``, ``actors``, ``evidence``). A missing key, ``None`` and ``""`` all mean empty.

Conventions where EVENTS.md is silent:

* Precision with nothing predicted is 1.0 when there was also nothing to find, else 0.0;
  recall with nothing to find is 1.0 when nothing was predicted, else 0.0; F1 is 0.0 when
  precision + recall is 0.
* The paired figures (date, subtype, target, actor recall) are 1.0 when their denominator is
  0: nothing was there to get wrong. Figures are fractions rounded to 4 places.
* Subtype accuracy is the share of field comparisons that agree: ``mode`` for a call,
  ``stage`` for an election, and ``topic`` and ``stance`` as two comparisons for a signal.
* Pairing prefers, within one key, the same ``target`` for a signal (EVENTS.md), the same
  ``office`` for an election (an article holds one election per country and office) and the
  same ``mode`` for a call; then the prediction agreeing on most other fields.
* Surnames: see ``shares_surname``.
"""

from __future__ import annotations

import csv
import datetime
import json
import os
import re
import unicodedata
from collections.abc import Callable, Iterable

from pipeline.extract.events import KINDS, kind_of

_DATE_ROW_COLUMNS = ["doc", "published", "text", "gold", "precision"]

# Generational suffixes would otherwise stand in the surname's place ("Martin Luther King Jr.").
_NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def _text(record: dict, field: str) -> str:
    """The value of ``field`` as a string, with missing and ``None`` as ``""``."""
    value = record.get(field)
    return "" if value is None else str(value)


def event_key(event: dict) -> tuple:
    """The key a gold and a predicted event must share to be paired: the type and its kind's
    scoring key (EVENTS.md).

    ``{"type": "DIPLOMATIC_CALL", "participants": ["KOR", "CHN"]}`` ->
    ``("DIPLOMATIC_CALL", frozenset({"CHN", "KOR"}))``; an ELECTION gives
    ``("ELECTION", country)``, a POLICY_SIGNAL ``("POLICY_SIGNAL", signaller)``.
    Raises ValueError for a type that is not registered.
    """
    event_type = _text(event, "type")
    return (event_type, kind_of(event_type).scoring_key(event))


def _canonical_order(events: list[dict]) -> list[int]:
    """Indices of ``events`` sorted by content, so pairing ignores the order events arrive in."""
    encoded = [json.dumps(event, sort_keys=True, ensure_ascii=False, default=str) for event in events]
    return sorted(range(len(events)), key=lambda index: encoded[index])


def _pairing_affinity(gold: dict, predicted: dict) -> tuple[bool, int]:
    """How well two events with the same key agree: the preferred field first, then the rest."""
    event_type = _text(gold, "type")
    kind = kind_of(event_type)
    preferred = kind.preferred_field
    agreeing = sum(_text(gold, field) == _text(predicted, field) for field in kind.tie_break_fields)
    return (_text(gold, preferred) == _text(predicted, preferred), agreeing)


def pair_events(
    gold: list[dict], predicted: list[dict]
) -> tuple[list[tuple[dict, dict]], list[dict], list[dict]]:
    """Pair one article's gold and predicted events one to one.

    In: the article's gold events and predicted events. Out: ``(pairs, missed_gold,
    spurious_predicted)``, where ``pairs`` holds ``(gold_event, predicted_event)`` with the same
    type and ``event_key``. Every key gets as many pairs as it can (the smaller of its gold and
    predicted counts); among candidates, the ones agreeing on the preferred field (a signal's
    ``target``) pair first, then those agreeing on more other fields. The result does not depend
    on the order of either list; pairs and missed events come in gold order, spurious ones in
    predicted order.
    """
    gold_order = _canonical_order(gold)
    predicted_order = _canonical_order(predicted)
    gold_rank = {index: rank for rank, index in enumerate(gold_order)}
    predicted_rank = {index: rank for rank, index in enumerate(predicted_order)}

    predicted_by_key: dict[tuple, list[int]] = {}
    for index in predicted_order:
        predicted_by_key.setdefault(event_key(predicted[index]), []).append(index)

    # Every pair is allowed within a key, so greedy matching by affinity still finds the
    # largest number of pairs while giving the best-agreeing candidates to each other.
    candidates = []
    for gold_index in gold_order:
        for predicted_index in predicted_by_key.get(event_key(gold[gold_index]), ()):
            preferred_agrees, agreeing = _pairing_affinity(gold[gold_index], predicted[predicted_index])
            best_first = (not preferred_agrees, -agreeing, gold_rank[gold_index], predicted_rank[predicted_index])
            candidates.append((best_first, gold_index, predicted_index))
    candidates.sort()

    partner_of_gold: dict[int, int] = {}
    paired_predicted: set[int] = set()
    for _, gold_index, predicted_index in candidates:
        if gold_index not in partner_of_gold and predicted_index not in paired_predicted:
            partner_of_gold[gold_index] = predicted_index
            paired_predicted.add(predicted_index)

    pairs = [(gold[g], predicted[partner_of_gold[g]]) for g in range(len(gold)) if g in partner_of_gold]
    missed = [gold[g] for g in range(len(gold)) if g not in partner_of_gold]
    spurious = [predicted[p] for p in range(len(predicted)) if p not in paired_predicted]
    return pairs, missed, spurious


def _name_tokens(name: str) -> list[str]:
    """Lower-case name tokens without diacritics, split at spaces, hyphens and dots.

    ``"Lee Jae-myung"`` -> ``["lee", "jae", "myung"]``; ``"Recep Tayyip Erdoğan"`` ->
    ``["recep", "tayyip", "erdogan"]``. Splitting at hyphens makes "Jae-myung", "Jae‑myung"
    (non-breaking hyphen) and "Jae Myung" the same.
    """
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    plain = plain.replace("'", "").replace("\u2019", "")  # "O'Brien" = "OBrien"
    tokens = re.findall(r"[^\W_]+", plain)
    while len(tokens) > 1 and tokens[-1] in _NAME_SUFFIXES:
        tokens.pop()
    return tokens


def shares_surname(gold_name: str, predicted_name: str) -> bool:
    """Whether two person names share a surname.

    The surname is the last token in Western order and the first in East Asian order ("Lee
    Jae-myung", "Xi Jinping"), and either side may use either order or give the surname alone.
    So the names match when the last token of one equals the last or the first token of the
    other: "Lee Jae-myung" matches "Lee", "President Lee", "Jae-myung Lee" and "Lee Jae Myung";
    "Donald Trump" matches "Trump" but not "Donald Tusk". Known limits: a bare given name
    ("Donald") matches too, and a name known by a middle token alone ("Lula" for "Luiz Inácio
    Lula da Silva") does not.
    """
    gold_tokens = _name_tokens(gold_name)
    predicted_tokens = _name_tokens(predicted_name)
    if not gold_tokens or not predicted_tokens:
        return False
    return (
        predicted_tokens[-1] in (gold_tokens[-1], gold_tokens[0])
        or gold_tokens[-1] == predicted_tokens[0]
    )


def _actor_found(gold_actor: dict, predicted_actors: list[dict]) -> bool:
    """Whether a predicted actor shares the gold actor's surname and country."""
    return any(
        _text(actor, "country") == _text(gold_actor, "country")
        and shares_surname(_text(gold_actor, "name"), _text(actor, "name"))
        for actor in predicted_actors
    )


class _Share:
    """A running count of agreements over comparisons; 1.0 when nothing was compared."""

    def __init__(self) -> None:
        self.agreed = 0
        self.compared = 0

    def add(self, agrees: bool) -> None:
        self.compared += 1
        self.agreed += bool(agrees)

    def value(self) -> float:
        return round(self.agreed / self.compared, 4) if self.compared else 1.0


def _precision_recall_f1(paired: int, gold: int, predicted: int) -> dict:
    """Precision, recall and F1 rounded to 4 places, with the empty conventions of this module."""
    precision = paired / predicted if predicted else (1.0 if gold == 0 else 0.0)
    recall = paired / gold if gold else (1.0 if predicted == 0 else 0.0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def score_articles(articles: list[tuple[str, list[dict], list[dict]]]) -> dict:
    """Score predictions against gold over many articles.

    In: ``(article_id, gold_events, predicted_events)`` per article. Out::

        {"articles": N,
         "micro": {"precision": p, "recall": r, "f1": f},
         "types": {"DIPLOMATIC_CALL": {"precision", "recall", "f1", "gold": g, "predicted": k},
                   "ELECTION": {...}, "POLICY_SIGNAL": {...}},
         "paired": {"date_accuracy": a, "subtype_accuracy": s, "target_accuracy": t,
                    "actor_recall": c}}

    ``date_accuracy``: among pairs whose gold ``date_precision`` is DAY, the share with the same
    ``date``. ``subtype_accuracy``: the share of mode / stage / topic / stance comparisons that
    agree. ``target_accuracy``: among paired signals, the share with the same ``target`` (empty
    equals empty). ``actor_recall``: among the gold actors of pairs, the share for which a
    predicted actor of the same pair shares surname and country.
    """
    gold_count = dict.fromkeys(KINDS, 0)
    predicted_count = dict.fromkeys(KINDS, 0)
    paired_count = dict.fromkeys(KINDS, 0)
    date, subtype, target, actors = _Share(), _Share(), _Share(), _Share()

    article_count = 0
    for _article_id, gold, predicted in articles:
        article_count += 1
        pairs, _, _ = pair_events(gold, predicted)  # also rejects unknown types on either side
        for event in gold:
            gold_count[event["type"]] += 1
        for event in predicted:
            predicted_count[event["type"]] += 1
        for gold_event, predicted_event in pairs:
            event_type = gold_event["type"]
            paired_count[event_type] += 1
            if _text(gold_event, "date_precision") == "DAY":
                date.add(_text(gold_event, "date") == _text(predicted_event, "date"))
            kind = kind_of(event_type)
            for field in kind.subtype_fields:
                subtype.add(_text(gold_event, field) == _text(predicted_event, field))
            if kind.target_field:
                target.add(_text(gold_event, kind.target_field) == _text(predicted_event, kind.target_field))
            predicted_actors = predicted_event.get("actors") or []
            for gold_actor in gold_event.get("actors") or []:
                actors.add(_actor_found(gold_actor, predicted_actors))

    types = {}
    for event_type in KINDS:
        figures = _precision_recall_f1(paired_count[event_type], gold_count[event_type], predicted_count[event_type])
        types[event_type] = {**figures, "gold": gold_count[event_type], "predicted": predicted_count[event_type]}
    return {
        "articles": article_count,
        "micro": _precision_recall_f1(
            sum(paired_count.values()), sum(gold_count.values()), sum(predicted_count.values())
        ),
        "types": types,
        "paired": {
            "date_accuracy": date.value(),
            "subtype_accuracy": subtype.value(),
            "target_accuracy": target.value(),
            "actor_recall": actors.value(),
        },
    }


def _key_text(event: dict) -> str:
    """The identifying fields of an event, e.g. ``CHN+KOR host=KOR``, ``ECU president``, ``DEU->IRN``."""
    return kind_of(_text(event, "type")).display_key(event)


def _describe(event: dict) -> str:
    """One line about an event: type, key fields, subtype, date and its first evidence."""
    event_type = _text(event, "type")
    subtype = " ".join(_text(event, field) or "-" for field in kind_of(event_type).subtype_fields)
    date = f"{_text(event, 'date') or '-'} {_text(event, 'date_precision') or '-'}"
    evidence = event.get("evidence") or [""]
    first_evidence = str(evidence[0])
    if len(first_evidence) > 160:
        first_evidence = first_evidence[:157] + "..."
    return f"{event_type} {_key_text(event)} {subtype} | {date} | {json.dumps(first_evidence, ensure_ascii=False)}"


def _differences(gold: dict, predicted: dict) -> list[str]:
    """The scored fields on which a pair disagrees, as ``field: gold X, predicted Y``."""
    event_type = gold["type"]
    kind = kind_of(event_type)
    fields = [*kind.subtype_fields, *([kind.target_field] if kind.target_field else [])]
    # Any date disagreement is shown, not only at DAY precision: it helps to see them all.
    fields += ["date", "date_precision"]
    return [
        f"{field}: gold {_text(gold, field) or '-'}, predicted {_text(predicted, field) or '-'}"
        for field in fields
        if _text(gold, field) != _text(predicted, field)
    ]


def error_report(article_id: str, gold: list[dict], predicted: list[dict]) -> list[str]:
    """Human-readable lines on what went wrong in one article, for ``--show-errors``.

    ``"<article_id> MISSED <event>"`` for each unpaired gold event, ``"<article_id> SPURIOUS
    <event>"`` for each unpaired prediction (type, key fields, subtype, date, first evidence),
    and ``"<article_id> DIFFERS <type> <key>: <field>: gold X, predicted Y; ..."`` for each pair
    whose subtype, target or date disagree. A fully right article gives ``[]``.
    """
    pairs, missed, spurious = pair_events(gold, predicted)
    lines = [f"{article_id} MISSED {_describe(event)}" for event in missed]
    lines += [f"{article_id} SPURIOUS {_describe(event)}" for event in spurious]
    for gold_event, predicted_event in pairs:
        differences = _differences(gold_event, predicted_event)
        if differences:
            lines.append(
                f"{article_id} DIFFERS {gold_event['type']} {_key_text(gold_event)}: " + "; ".join(differences)
            )
    return lines


def read_gold(paths: str | os.PathLike | Iterable[str | os.PathLike]) -> list[dict]:
    """Read gold JSONL files into one list of ``{"article": {...}, "events": [...]}`` dicts.

    In: one path or several. Blank lines are skipped. Raises ValueError naming the file and the
    line when a line is not JSON or lacks an ``article`` with an ``id`` or an ``events`` list.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    records = []
    for path in paths:
        with open(path, encoding="utf-8") as lines:
            for line_number, line in enumerate(lines, start=1):
                if not line.strip():
                    continue
                where = f"{path}:{line_number}"
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as error:
                    raise ValueError(f"{where}: not valid JSON: {error.msg}") from error
                if not isinstance(record, dict):
                    raise ValueError(f"{where}: expected a JSON object, got {type(record).__name__}")
                article, events = record.get("article"), record.get("events")
                if not isinstance(article, dict) or not article.get("id"):
                    raise ValueError(f"{where}: expected an 'article' object with an 'id'")
                if not isinstance(events, list) or not all(isinstance(event, dict) for event in events):
                    raise ValueError(f"{where}: expected 'events' to be a list of objects")
                records.append(record)
    return records


def read_date_rows(path: str | os.PathLike) -> list[dict]:
    """Read the date-resolver gold TSV into dicts with keys doc, published, text, gold, precision.

    Tab-delimited, no quoting, header ``doc	published	text	gold	precision``. Raises
    ValueError naming the file (and line) for another header or a row with another field count.
    """
    with open(path, encoding="utf-8", newline="") as tsv:
        reader = csv.reader(tsv, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader, None)
        if header != _DATE_ROW_COLUMNS:
            raise ValueError(f"{path}: expected the header {_DATE_ROW_COLUMNS}, got {header}")
        rows = []
        for fields in reader:
            if not any(fields):
                continue
            if len(fields) != len(_DATE_ROW_COLUMNS):
                raise ValueError(
                    f"{path}:{reader.line_num}: expected {len(_DATE_ROW_COLUMNS)} tab-separated fields, got {len(fields)}"
                )
            rows.append(dict(zip(_DATE_ROW_COLUMNS, fields)))
    return rows


def _optional_date(text: str) -> datetime.date | None:
    return datetime.date.fromisoformat(text) if text else None


def score_dates(rows: list[dict], resolve: Callable[[str, datetime.date | None], object]) -> dict:
    """Score a date resolver on the rows of the date TSV.

    In: rows as ``read_date_rows`` gives them, and ``resolve(text, published)`` returning an
    object with ``.date`` (``datetime.date`` or None) and ``.precision``; an empty ``published``
    is passed as None. A row is right when both the date and the precision equal the gold. Out::

        {"rows": N, "accuracy": a,
         "by_precision": {"DAY": {"rows": n, "accuracy": a}, ...}}

    grouped by gold precision in sorted order; accuracy is 1.0 over no rows.
    """
    overall = _Share()
    by_precision: dict[str, _Share] = {}
    for row in rows:
        resolved = resolve(row["text"], _optional_date(row["published"]))
        right = resolved.date == _optional_date(row["gold"]) and resolved.precision == row["precision"]
        overall.add(right)
        by_precision.setdefault(row["precision"], _Share()).add(right)
    return {
        "rows": overall.compared,
        "accuracy": overall.value(),
        "by_precision": {
            precision: {"rows": share.compared, "accuracy": share.value()}
            for precision, share in sorted(by_precision.items())
        },
    }


# Locations (EVENTS.md "Where") ------------------------------------------------------------------

def _place_key(location: dict | None) -> tuple[str, str] | None:
    """(country, folded name) of a location: case, accents, punctuation and a leading "the"
    do not matter ("the White House" = "White House")."""
    if not location or not location.get("name"):
        return None
    name = " ".join(_name_tokens(str(location["name"])))
    name = name[4:] if name.startswith("the ") else name
    return _text(location, "country"), name


def score_locations(articles: list[tuple[str, list[dict], list[dict]]]) -> dict:
    """How well calls are placed: the same input as ``score_articles``. Out::

        {"gold": g, "found": f, "right": r, "same_country": n, "location_accuracy": a,
         "calls_predicted": c, "calls_with_location": k}

    Among paired DIPLOMATIC_CALLs whose gold has a ``location`` (g): how many predictions have
    one (f) and how many have the same place (r: same country and the same name as written,
    compared as ``_place_key`` does) or at least the same country (n: "Somalia" for gold
    "Mogadishu"); ``location_accuracy`` is r / g (1.0 when g is 0). Over
    every predicted call: how many there are (c) and how many have a location (k), which needs
    no gold location at all.
    """
    gold_count = found = right = same_country = predicted_calls = located_calls = 0
    for _article_id, gold, predicted in articles:
        calls = [event for event in predicted if event.get("type") == "DIPLOMATIC_CALL"]
        predicted_calls += len(calls)
        located_calls += sum(_place_key(event.get("location")) is not None for event in calls)
        pairs, _, _ = pair_events(gold, predicted)
        for gold_event, predicted_event in pairs:
            gold_place = _place_key(gold_event.get("location"))
            if gold_event["type"] != "DIPLOMATIC_CALL" or gold_place is None:
                continue
            gold_count += 1
            predicted_place = _place_key(predicted_event.get("location"))
            found += predicted_place is not None
            right += predicted_place == gold_place
            same_country += predicted_place is not None and predicted_place[0] == gold_place[0]
    return {
        "gold": gold_count, "found": found, "right": right, "same_country": same_country,
        "location_accuracy": round(right / gold_count, 4) if gold_count else 1.0,
        "calls_predicted": predicted_calls, "calls_with_location": located_calls,
    }
