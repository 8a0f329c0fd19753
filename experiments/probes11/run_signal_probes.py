"""Run the extractor on the probe sentences of probes.tsv and list where it fails.

Each line: EXPECT<TAB>sentence. EXPECT is NONE (no POLICY_SIGNAL) or pairs "SIG>TGT" joined by ";"
(TGT "-" for an empty target, "*" for any). A probe passes when the set of signallers found is the set
expected and each expected pair's target is found for its signaller.

    PYTHONPATH=$PWD python experiments/probes11/run_signal_probes.py [probes.tsv] [-v]
"""

import sys
from pathlib import Path

from pipeline.extract.extractor import EventExtractor
from tests.support import make_article


def expected_of(field: str):
    if field == "NONE":
        return []
    return [tuple(pair.split(">")) for pair in field.split(";")]


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    verbose = "-v" in sys.argv
    path = Path(args[0]) if args else Path(__file__).with_name("probes.tsv")
    extractor = EventExtractor.load()
    failures = passed = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        field, text = line.split("\t", 1)
        expected = expected_of(field)
        found = [(m.event.policy.signaller, m.event.policy.target or "-")
                 for m in extractor.extract(make_article(text)) if m.event.event_type == "POLICY_SIGNAL"]
        ok = {s for s, _ in found} == {s for s, _ in expected} and all(
            t == "*" or (s, t) in found for s, t in expected)
        if ok:
            passed += 1
            if verbose:
                print(f"ok    {field:24} {text}")
        else:
            failures += 1
            print(f"FAIL  want {field:24} got {';'.join(f'{s}>{t}' for s, t in found) or 'NONE':24} {text}")
    print(f"{passed} passed, {failures} failed")


if __name__ == "__main__":
    main()
