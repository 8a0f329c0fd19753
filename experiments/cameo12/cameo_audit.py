"""Coverage audit of the extractor's triggers against PETRARCH2's CAMEO verb dictionary (round twelve).

The dictionary (CAMEO.2.0.txt, PETRARCH2, Open Event Data Alliance, MIT licence) is not copied into
the repository: pass `--dictionary` a copy of it (`git clone https://github.com/openeventdata/petrarch2`,
then `petrarch2/petrarch2/data/dictionaries/CAMEO.2.0.txt`), or the audit reads it from this
machine's mirror of that repository. For every verb of a
CAMEO code this project counts as an event (`KIND_OF_CODE` below, decided from docs/EVENTS.md),
the audit writes plain news sentences that use the verb as the dictionary's patterns do and runs
the extractor on them: a verb none of whose sentences gives an event of its kind is "missed".

    PYTHONPATH=$PWD python experiments/cameo12/cameo_audit.py [--show found|missed|all] [--dictionary CAMEO.2.0.txt]
"""

from __future__ import annotations

import argparse
import collections
import re
import subprocess
import sys
from datetime import datetime

MIRROR = "/work/.mirror/openeventdata+petrarch2/repo/.git"
DICTIONARY = "petrarch2/data/dictionaries/CAMEO.2.0.txt"

SIGNAL, CALL = "POLICY_SIGNAL", "DIPLOMATIC_CALL"


def kind_of_code(code: str) -> str | None:
    """This project's event kind of a CAMEO code, per docs/EVENTS.md (None: no event of ours).

    01x make a public statement, 02x appeal (020-028): statements and requests, no policy of one's
    own -- except none (a "call to act" is the 10x demand). 03x express intent to cooperate (030-039):
    vows, pledges, announced intentions: POLICY_SIGNAL. 04x consult (040-046: phone, visit, host,
    meet, mediate, negotiate): DIPLOMATIC_CALL. 05x engage in diplomatic cooperation: praise (051),
    defend verbally (052), rally (053) are no signals; 054 grant diplomatic recognition, 055
    apologise (no), 056 forgive (no), 057 sign a formal agreement: POLICY_SIGNAL. 06x material
    cooperation (061 economic, 062 military, 063 judicial, 064 intelligence sharing): measures,
    POLICY_SIGNAL. 07x provide aid: POLICY_SIGNAL. 08x yield (081 ease administrative sanctions,
    082 ease dissent -- domestic, no; 083 accede to demands for reform -- domestic, no; 084 return,
    release; 085 ease economic sanctions; 086 allow international involvement; 087 de-escalate
    militarily): POLICY_SIGNAL except 082, 083. 09x investigate: no. 10x demand: POLICY_SIGNAL
    ("demands and calls on another party to act"). 11x disapprove/criticise/accuse: no (EVENTS.md
    excludes criticism). 12x reject: 120 reject, 121 reject material cooperation, 122 reject a
    request for aid, 123 reject demands for political reform (domestic, no), 124 refuse to yield,
    125 reject a proposal to meet, 126 defy norms (no), 127 reject a plan or agreement, 128 defy
    (no), 129 veto: POLICY_SIGNAL for 120-122, 124, 125, 127, 129. 13x threaten: POLICY_SIGNAL (an
    announced intention to use force or a measure). 14x protest, 15x show force: no. 16x reduce
    relations (160-166: reduce or break ties, cut aid, embargo/boycott, halt negotiations or
    mediation, expel or withdraw): POLICY_SIGNAL. 17x coerce: 172 impose administrative sanctions
    (1721 restrictions on freedoms, 1722 ban parties, 1723 curfew, 1724 state of emergency --
    domestic, no) and 174 expel or deport: POLICY_SIGNAL for 172 itself and 174; 170, 171 (seize,
    destroy property), 173 arrest, 175 repression: no. 18x-20x: force, no.
    """
    code = code.rstrip(":").split(":")[0]
    if not code[:2].isdigit():
        return None
    root, sub = code[:2], code[:3]
    if root == "03":
        return SIGNAL
    if root == "04":
        return CALL
    if root == "05":
        return SIGNAL if sub in ("054", "057") else None
    if root in ("06", "07", "10", "13", "16"):
        return SIGNAL
    if root == "08":
        return None if sub in ("082", "083") else SIGNAL
    if root == "12":
        return SIGNAL if sub in ("120", "121", "122", "124", "125", "127", "129") else None
    if root == "17":
        return SIGNAL if code in ("172", "174") else None
    return None


# --- parsing ---------------------------------------------------------------------------------

_HEADER = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---")
_PATTERN = re.compile(r"^-\s+(.*?)\s*\[([^\]]+)\]\s*(?:#\s*([A-Z+_]+))?")
_OWN_CODE = re.compile(r"\[([0-9]+)\]")
_FORMS = re.compile(r"\{([^}]*)\}")


def read_dictionary(path: str | None = None) -> str:
    if path:
        return open(path, encoding="utf-8", errors="replace").read()
    return subprocess.run(["git", f"--git-dir={MIRROR}", "show", f"HEAD:{DICTIONARY}"], check=True,
                          capture_output=True, text=True).stdout


def parse(text: str):
    """Synsets {&NAME: [phrases]} and blocks [(name, default code, [(verb, forms)], [(pattern, code)])]."""
    synsets: dict[str, list[str]] = {}
    blocks = []
    current_set = None
    in_verbs = False
    for raw in text.splitlines():
        pattern = _PATTERN.match(raw)
        if in_verbs and pattern and blocks:
            blocks[-1][3].append((pattern.group(1), pattern.group(2).strip(), (pattern.group(3) or "").lower()))
            continue
        if "####### VERB PATTERNS" in raw:
            in_verbs = True
            continue
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        if not in_verbs:
            if line.startswith("&"):
                current_set = line.strip()
                synsets[current_set] = []
            elif line.startswith("+") and current_set:
                synsets[current_set].append(line[1:].strip().replace("_", " ").strip().lower())
            continue
        header = _HEADER.match(line)
        if header:
            blocks.append((header.group(1), header.group(2), [], []))
            continue
        if not blocks or line.startswith("~"):
            continue
        if line.startswith("-"):
            continue
        own = _OWN_CODE.search(line)
        line = _OWN_CODE.sub("", line)
        forms = _FORMS.search(line)
        word = _FORMS.sub("", line).strip()
        listed = [f.strip().lstrip("+").replace("_", " ").lower() for f in re.split(r"[ ,]+(?=\+|[A-Z])", forms.group(1))
                  if f.strip().strip(",")] if forms else []
        blocks[-1][2].append((word, [f.strip(" ,") for f in listed], own.group(1) if own else None))
    return synsets, blocks


# --- inflection ------------------------------------------------------------------------------

def _regular(verb: str) -> dict[str, str]:
    if verb.endswith("e"):
        past, ing = verb + "d", verb[:-1] + "ing"
    elif verb.endswith("y") and verb[-2:-1] not in "aeiou":
        past, ing = verb[:-1] + "ied", verb + "ing"
    elif re.search(r"[^aeiou][aeiou][bdgmnpt]$", verb) and len(verb) <= 4:
        past, ing = verb + verb[-1] + "ed", verb + verb[-1] + "ing"
    else:
        past, ing = verb + "ed", verb + "ing"
    if re.search(r"(?:s|sh|ch|x|z|o)$", verb):
        third = verb + "es"
    elif verb.endswith("y") and verb[-2:-1] not in "aeiou":
        third = verb[:-1] + "ies"
    else:
        third = verb + "s"
    return {"base": verb, "third": third, "past": past, "ing": ing}


def inflect(word: str, listed: list[str]) -> dict[str, str]:
    """base/third/past/ing of a dictionary verb ("+CRACK_DOWN": the word after + is the verb)."""
    phrase = word.replace("_", " ").lower()
    words = phrase.split()
    head_at = next((i for i, w in enumerate(words) if w.startswith("+")), 0)
    words = [w.lstrip("+") for w in words]
    head = words[head_at]
    forms = _regular(head)
    for form in listed:
        first = form.split()[head_at] if len(form.split()) > head_at else form
        if first.endswith("ing"):
            forms["ing"] = first
        elif first.endswith("s") and not first.endswith("ss"):
            forms["third"] = first
        elif first != head:
            forms["past"] = first
    return {k: " ".join(words[:head_at] + [v] + words[head_at + 1:]) for k, v in forms.items()}


# --- sentences -------------------------------------------------------------------------------

def render(pattern: str, synsets) -> str | None:
    """The words after the verb, in plain English, "Japan" for the target (+); None when the
    pattern needs words before the verb other than its source or target."""
    pre, _, post = pattern.partition("*")
    if re.sub(r"[$+%^]", "", pre).strip():
        return None
    words = []
    for token in re.findall(r"\{[^}]*\}|&\w+|\S+", post.replace("(", " ").replace(")", " ")):
        if token.startswith("{"):
            words.append(token[1:-1].replace("_", " ").lower())
        elif token.startswith("&"):
            members = synsets.get(token)
            if not members:
                return None
            words.append(members[0])
        elif token == "+":
            words.append("Japan")
        elif token in ("$", "%", "^"):
            continue
        else:
            words.append(token.replace("_", " ").lower())
    return " ".join(w for w in words if w).strip()


_LINK = {CALL: "with", SIGNAL: "against"}


def sentences(kind: str, code: str, forms: dict[str, str], post: str) -> list[str]:
    """Template sentences of plain news English for one verb form and pattern context."""
    if "Japan" in post:
        tail = post
    elif post:
        link = "with" if code[:2] in ("03", "04", "05", "06") else "to" if code[:2] in ("07", "08") else "on" \
            if code[:2] in ("16", "17") else "against"
        tail = f"{post} {link} Japan"
    else:
        tail = "Japan"
    return [
        f"China {forms['past']} {tail} on Tuesday, the foreign ministry said.",
        f"Chinese President Xi Jinping {forms['third']} {tail}.",
        f"China will {forms['base']} {tail}, Foreign Minister Wang Yi said on Tuesday.",
    ]


def found(extractor, kind: str, text: str) -> bool:
    from pipeline.records import Article
    article = Article(article_id="audit", published_at=datetime(2025, 6, 11), source="audit", text=text)
    for mention in extractor.extract(article):
        event = mention.event
        if event.event_type != kind:
            continue
        if kind == CALL and {"CHN", "JPN"} <= set(event.call.participants):
            return True
        if kind == SIGNAL and event.policy.signaller == "CHN":
            return True
    return False


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--show", choices=["found", "missed", "all", "none"], default="missed")
    parser.add_argument("--dictionary", help="CAMEO.2.0.txt of PETRARCH2 (default: this machine's mirror)")
    args = parser.parse_args()
    from pipeline.extract.extractor import EventExtractor
    extractor = EventExtractor.load()
    synsets, blocks = parse(read_dictionary(args.dictionary))
    # (kind, code group, verb) -> found?
    # (kind, code, verb) -> [(pattern, found, example)]. The curated pairs only: each pattern with the
    # verb its comment names (the verb it was written for), and each verb with a code of its own or
    # its block's; the WordNet synonyms a block adds are not audited one by one (most are senses no
    # news coder meant: "supervise" beside "expel").
    by_verb: dict[tuple[str, str, str], list] = collections.defaultdict(list)
    origins: dict[tuple[str, str, str], set] = collections.defaultdict(set)  # where a verb's code came from
    for name, default, verbs, patterns in blocks:
        verb_of = {inflect(word, [])["base"].split()[0] if "+" not in word else word.lstrip("+").replace("_", " ").lower(): (word, listed)
                   for word, listed, _ in verbs}
        todo = []
        for pattern, code, named in patterns:
            named = named.lstrip("+").replace("_", " ")
            entry = verb_of.get(named) or next(((w, l) for w, l, _ in verbs
                                                 if w.lstrip("+").replace("_", " ").lower() == named), None)
            if entry:
                todo.append((pattern, code, entry, "pattern"))
        for word, listed, own in verbs:
            code = own or (default if default and default != "---" else None)
            if code:
                todo.append(("*", code, (word, listed), "own code" if own else "block code"))
        for pattern, code, (word, listed), origin in todo:
            kind = kind_of_code(code)
            if kind is None:
                continue
            post = render(pattern, synsets)
            if post is None:
                continue
            forms = inflect(word, listed)
            texts = sentences(kind, code, forms, post)
            hit = [found(extractor, kind, text) for text in texts]
            by_verb[(kind, code.split(":")[0][:3], forms["base"])].append((pattern, any(hit), texts[0]))
            origins[(kind, code.split(":")[0][:2], forms["base"])].add(origin)
    groups = collections.defaultdict(lambda: [0, 0])
    per_root: dict[tuple[str, str, str], bool] = {}
    for (kind, code, verb), results in sorted(by_verb.items()):
        ok = any(hit for _, hit, _ in results)
        key = (kind, code[:2], verb)
        per_root[key] = per_root.get(key, False) or ok
        if args.show == "all" or (args.show == "found") == ok and args.show != "none":
            print(f"{'FOUND ' if ok else 'MISSED'} {code} {kind[:6]} {verb:24} "
                  + " | ".join(f"{'+' if h else '-'}{p.strip()}" for p, h, _ in results[:6]))
            if not ok:
                print("        e.g. " + results[0][2])
    for (kind, root, _), ok in per_root.items():  # a verb counts once per code group, found under any of its codes
        groups[(kind, root)][0 if ok else 1] += 1
    # A verb missed only under its block's code (no pattern written for it, no code of its own) is one of
    # the WordNet synonyms the block lists: most have no political sense ("supervise" beside "expel").
    only_block = collections.Counter(root for (kind, root, verb), ok in per_root.items()
                                     if not ok and origins[(kind, root, verb)] == {"block code"})
    print("\ncode group   kind              verbs found  missed  (of them only by the block's code)")
    for (kind, root), (ok, missed) in sorted(groups.items(), key=lambda item: item[0][1]):
        print(f"{root}x          {kind:17} {ok:5}  {missed:6}  ({only_block[root]})")


if __name__ == "__main__":
    sys.exit(main())
