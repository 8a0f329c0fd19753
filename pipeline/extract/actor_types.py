"""The type of an actor, as CAMEO/GDELT code it (Beam-free): whom a person acts for, from the
role the extractor resolved (`Actor.role`, offices.yaml) and whether their code is an
organisation's.

| type | who |
|---|---|
| `GOV` | heads of state or government, deputies, ministers, spokespeople, ministries, governors and mayors |
| `MIL` | officers |
| `LEG` | legislators, speakers, parliaments |
| `JUD` | judges, courts, prosecutors of a state |
| `PTY` | party leaders, candidates (an election's candidate or winner with no office yet) |
| `IGO` | an intergovernmental organisation and every official of it, whatever their title |
| `DIP` | ambassadors, envoys, negotiators, consuls (of a state) |

A role that says nothing about whom one acts for ("chairman", "first lady") gives no type (None).

>>> from pipeline.extract.gazetteer import Gazetteer
>>> gazetteer = Gazetteer.load()
>>> actor_type("secretary-general", "NATO", "", gazetteer.role_kind, gazetteer.is_organisation)
'IGO'
"""

from __future__ import annotations

import re
from typing import Callable

from pipeline.records import Actor

GOV, MIL, LEG, JUD, PTY, IGO, DIP = "GOV", "MIL", "LEG", "JUD", "PTY", "IGO", "DIP"
ACTOR_TYPES = (GOV, MIL, LEG, JUD, PTY, IGO, DIP)

# Role kinds of the gazetteer (gazetteer.ROLE_KINDS) -> type
_BY_KIND = {
    "head_of_state": GOV,
    "head_of_government": GOV,
    "deputy_leader": GOV,
    "minister": GOV,
    "spokesperson": GOV,
    "subnational": GOV,
    "diplomat": DIP,
    "legislator": LEG,
    "military": MIL,
}
# An organisation_head title held for a state: "British High Commissioner", "the state prosecutor".
_ORGANISATION_TITLE_FOR_A_STATE = {"high commissioner": DIP, "prosecutor": JUD}
_PARTY_ROLES = {"opposition leader", "party leader", "candidate"}
# Titles outside offices.yaml (the role then is the title as written, lower case).
_BY_WORDS = (
    (re.compile(r"\b(?:judge|justice|court|magistrate|prosecutor|attorney general)\b"), JUD),
    (re.compile(r"\b(?:general|admiral|commander|colonel|major|brigadier|marshal|army|navy|military|"
                r"air force|chief of staff|defen[cs]e chief)\b"), MIL),
    (re.compile(r"\b(?:senator|lawmaker|legislator|congress(?:man|woman)?|parliament\w*|mp|deputy speaker|"
                r"speaker)\b"), LEG),
    (re.compile(r"\b(?:ambassador|envoy|diplomat|consul|negotiator|charg[ée] d'affaires)\b"), DIP),
    (re.compile(r"\b(?:party|candidate|nominee|opposition)\b"), PTY),
    (re.compile(r"\b(?:minister|secretary|spokes\w+|president|premier|chancellor|king|queen|governor|mayor|"
                r"ministry|government|cabinet)\b"), GOV),
)
_CONTENDERS = {"CANDIDATE", "WINNER"}


def actor_type(role: str, code: str | None, part: str, role_kind: Callable[[str], str | None],
               is_organisation: Callable[[str], bool]) -> str | None:
    """The actor type of someone with `role` acting for `code` (a state or organisation code), in
    an event where they take `part`; `role_kind` and `is_organisation` are the gazetteer's."""
    if code and is_organisation(code):
        return IGO
    role = (role or "").strip().lower()
    kind = role_kind(role) if role else None
    if kind == "organisation_head":
        return _ORGANISATION_TITLE_FOR_A_STATE.get(role, GOV)
    if kind in _BY_KIND:
        return _BY_KIND[kind]
    if role in _PARTY_ROLES:
        return PTY
    if kind is None and role:
        for pattern, found in _BY_WORDS:
            if pattern.search(role):
                return found
    if part in _CONTENDERS:
        return PTY  # an election's candidate or winner without an office
    return None


def typed_actor(actor: Actor, role_kind: Callable[[str], str | None], is_organisation: Callable[[str], bool]) -> Actor:
    """The actor with its `actor_type`, and its `organisation` when it acts for one
    ("NATO Secretary General Mark Rutte" -> organisation NATO)."""
    organisation = actor.organisation or (actor.country if actor.country and is_organisation(actor.country) else None)
    return actor.model_copy(update={
        "actor_type": actor_type(actor.role, actor.country, actor.part, role_kind, is_organisation),
        "organisation": organisation,
    })
