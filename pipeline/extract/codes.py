"""CAMEO and PLOVER codes for an event where a mapping exists, and its one-line summary.

CAMEO (Gerner et al. 2002): 040 consult, 041 discuss by telephone, 042 make a visit, 043 host a
visit, 044 meet at a third location; 03 express intent to cooperate, 05 engage in diplomatic
cooperation, 10 demand, 12 reject, 13 threaten, 16 reduce relations, 163 impose embargo/sanctions.
PLOVER (Halterman et al. 2023): CONSULT with modes phone, visit, multilateral, unspecified;
AGREE, REQUEST, REJECT, THREATEN, SANCTION, COOPERATE. Elections have neither.
"""

from __future__ import annotations

from pipeline.records import Actor

_CALL_CODES = {
    "PHONE": ("041", "CONSULT", "phone"),
    "VISIT": ("042", "CONSULT", "visit"),
    "SUMMIT": ("044", "CONSULT", "multilateral"),
    "MEETING": ("040", "CONSULT", "unspecified"),
}
_POLICY_CODES = {
    "COOPERATIVE": ("030", "AGREE", None),
    "CONFRONTATIONAL": ("160", "SANCTION", None),
    "NEUTRAL": ("020", "REQUEST", None),
}


def codes_for(event_type: str, details: dict) -> tuple[str | None, str | None, str | None]:
    """(cameo_code, plover_type, plover_mode) for an event's type and fields; Nones when unmapped.

    >>> codes_for("DIPLOMATIC_CALL", {"mode": "PHONE"})
    ('041', 'CONSULT', 'phone')
    """
    if event_type == "DIPLOMATIC_CALL":
        return _CALL_CODES.get(details.get("mode"), (None, None, None))
    if event_type == "POLICY_SIGNAL":
        return _POLICY_CODES.get(details.get("stance"), (None, None, None))
    return None, None, None


def summary(event_type: str, details: dict, actors: list[Actor], gazetteer) -> str:
    """One readable line, e.g. "China - South Korea: phone call (Xi Jinping, Lee Jae-myung)"."""
    name = gazetteer.country_name
    people = ", ".join(dict.fromkeys(actor.name for actor in actors))
    with_people = f" ({people})" if people else ""
    if event_type == "DIPLOMATIC_CALL":
        sides = " - ".join(name(code) for code in details["participants"])
        planned = "planned " if details.get("status") == "PLANNED" else ""
        return f"{sides}: {planned}{details['mode'].lower()}{with_people}"
    if event_type == "ELECTION":
        winner = f", won by {details['winner']}" if details.get("winner") else ""
        return f"{name(details['country'])} {details['office']} election: {details['stage'].lower()}{winner}"
    target = name(details["target"]) if details.get("target") else "all"
    return (f"{name(details['signaller'])} -> {target}: {details['stance'].lower()} "
            f"{details['topic'].lower()} signal{with_people}")
