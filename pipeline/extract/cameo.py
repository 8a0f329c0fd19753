"""GDELT-compatible figures of a CAMEO event code (Beam-free): its root, QuadClass and Goldstein scale.

Sources:
- QuadClass by root code: the CAMEO codebook's four quad classes as GDELT 2.0 uses them (GDELT
  Event Codebook V2.0, "QuadClass"): 01-05 verbal cooperation, 06-08 material cooperation,
  09-13 verbal conflict, 14-20 material conflict.
- Goldstein scale: the values GDELT publishes per CAMEO code in `CAMEO.goldsteinscale.txt`
  (http://data.gdeltproject.org/documentation/CAMEO.goldsteinscale.txt; Goldstein 1992, "A
  Conflict-Cooperation Scale for WEIS Events Data", as mapped to CAMEO). Written here for every
  root and for the codes this project emits (the kinds' `codes`); a code not in the table has no
  Goldstein value rather than a guessed one (a test checks every emitted code is here).

>>> gdelt_codes("042")
('04', 1, 1.9)
"""

from __future__ import annotations

# Root code -> QuadClass
QUAD_CLASS = {
    **dict.fromkeys(("01", "02", "03", "04", "05"), 1),  # verbal cooperation
    **dict.fromkeys(("06", "07", "08"), 2),  # material cooperation
    **dict.fromkeys(("09", "10", "11", "12", "13"), 3),  # verbal conflict
    **dict.fromkeys(("14", "15", "16", "17", "18", "19", "20"), 4),  # material conflict
}

# CAMEO code -> Goldstein scale, from GDELT's CAMEO.goldsteinscale.txt
GOLDSTEIN = {
    # roots
    "01": 0.0, "02": 3.0, "03": 4.0, "04": 1.0, "05": 3.5, "06": 6.0, "07": 7.0, "08": 5.0, "09": -2.0,
    "10": -5.0, "11": -2.0, "12": -4.0, "13": -6.0, "14": -6.5, "15": -7.2, "16": -4.0, "17": -7.0,
    "18": -9.0, "19": -10.0, "20": -10.0,
    # 02 appeal: 020 make an appeal or request
    "020": 3.0,
    # 03 express intent to cooperate: 030
    "030": 4.0,
    # 04 consult: 040 consult, 041 discuss by telephone, 042 make a visit, 043 host a visit,
    # 044 meet at a "third" location, 045 mediate, 046 engage in negotiation
    "040": 1.0, "041": 1.0, "042": 1.9, "043": 2.8, "044": 2.5, "045": 5.0, "046": 7.0,
    # 16 reduce relations: 160
    "160": -4.0,
}


def cameo_root(code: str | None) -> str | None:
    """The root (first two digits) of a CAMEO code: "042" -> "04"; None for None or a malformed code."""
    if not code or len(code) < 2 or not code[:2].isdigit() or code[:2] not in QUAD_CLASS:
        return None
    return code[:2]


def gdelt_codes(code: str | None) -> tuple[str | None, int | None, float | None]:
    """(root code, QuadClass, Goldstein scale) of a CAMEO code; Nones where the code gives none."""
    root = cameo_root(code)
    if root is None:
        return None, None, None
    return root, QUAD_CLASS[root], GOLDSTEIN.get(code)
