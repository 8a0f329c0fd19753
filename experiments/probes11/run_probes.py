"""Run the extractor on probe sentences (experiments/probes11/*.txt) and list the failures.

Each line: EXPECTED ||| sentence (see precision.txt). A sentence passes when every expected event is
found and nothing else is (an ELECTION is matched on its country and, when given, its office).
Usage: PYTHONPATH=$PWD python experiments/probes11/run_probes.py experiments/probes11/precision.txt [-v]
"""

from __future__ import annotations

import sys

from pipeline.extract.extractor import EventExtractor
from tests.support import make_article


def signature(event) -> str:
    if event.event_type == "DIPLOMATIC_CALL":
        return "C:" + "+".join(sorted(event.call.participants))
    if event.event_type == "ELECTION":
        return f"E:{event.election.country}:{event.election.office}"
    return f"S:{event.policy.signaller}>{event.policy.target or ''}"


def matches(expected: str, found: str) -> bool:
    if expected.startswith("E:") and expected.count(":") == 1:
        return found.startswith(expected + ":")
    return expected == found


def main(paths: list[str], verbose: bool) -> int:
    extractor = EventExtractor.load()
    failures = total = 0
    for path in paths:
        for line in open(path, encoding="utf-8"):
            if not line.strip() or line.startswith("#"):
                continue
            expected_text, sentence = (part.strip() for part in line.split("|||", 1))
            expected = [] if expected_text == "-" else expected_text.split(";")
            found = [signature(m.event) for m in extractor.extract(make_article(sentence, "2025-06-11"))]
            missing = [e for e in expected if not any(matches(e, f) for f in found)]
            extra = [f for f in found if not any(matches(e, f) for e in expected)]
            total += 1
            if missing or extra:
                failures += 1
                print(f"FAIL missing={missing} extra={extra}\n     {sentence}")
            elif verbose:
                print(f"ok   {found}  {sentence}")
    print(f"{total - failures}/{total} pass")
    return 0


if __name__ == "__main__":
    sys.exit(main([a for a in sys.argv[1:] if a != "-v"], "-v" in sys.argv))
