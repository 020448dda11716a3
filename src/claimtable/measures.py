"""What a figure measures (``measure``) and the date it is about (``as_of``): two columns of the
claims table derived from what extraction found, after it.

The measures are a small fixed vocabulary (``data/lexicons/measures.csv``, a description and a
chart family each); which claim gets which is the ordered rule table
``data/lexicons/measure_rules.csv`` (the first row that matches wins).

>>> claim = {"category": "troops", "unit": "soldier", "status": "expected to fight",
...          "modality": "projected", "place": "", "time_ref": "by December"}
>>> annotate([claim], published="2024-10-23")[0]["measure"], claim["as_of"]
('troops_expected', '2024-12')
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from claimtable import dates, lexicons
from claimtable.schemas import LexiconError

#: The one rule table's file, named in its error messages.
RULES_FILE = "measure_rules.csv"


@dataclass(frozen=True)
class Measure:
    """One measure of the vocabulary.

    >>> measures()["killed"].family
    'casualties'
    """

    name: str
    family: str
    description: str


@cache
def measures() -> dict[str, Measure]:
    """The measure vocabulary (checked at load, ``schemas.SCHEMAS``), by name, in file order.

    >>> list(measures())[:2]
    ['troops_present', 'troops_in_place']
    """
    return {row["measure"]: Measure(row["measure"], row["family"], row["description"])
            for row in lexicons.read_lexicon("measures")}


def family(measure: str) -> str:
    """The chart family of a measure (``other`` for an unknown one).

    >>> family("shells"), family("no such measure")
    ('munitions', 'other')
    """
    found = measures().get(measure)
    return found.family if found else "other"


@dataclass(frozen=True)
class MeasureRule:
    """One row of the rule table: empty sets match anything.

    >>> MeasureRule(frozenset(), frozenset({"percent"}), frozenset(), "", False, "other").units
    frozenset({'percent'})
    """

    categories: frozenset[str]
    units: frozenset[str]
    status_words: frozenset[str]
    modality: str
    local_place: bool
    measure: str

    def matches(self, category: str, unit: str, status: str, modality: str, local: bool) -> bool:
        """Whether every filled cell of the row matches the claim.

        >>> rule = MeasureRule(frozenset({"troops"}), frozenset(), frozenset({"training"}), "", False, "troops_training")
        >>> rule.matches("troops", "soldier", "in training", "reported", False)
        True
        """
        return ((not self.categories or category in self.categories)
                and (not self.units or unit in self.units)
                and (not self.status_words or any(f" {p} " in f" {status} " for p in self.status_words))
                and (not self.modality or modality == self.modality)
                and (not self.local_place or local))


def _words(cell: str) -> frozenset[str]:
    return frozenset(w.strip().lower() for w in cell.split("|") if w.strip())


@cache
def rules() -> tuple[MeasureRule, ...]:
    """The rule table (its cells checked at load, ``schemas.SCHEMAS``); its last row must match
    every claim, so that no claim is left without a measure.

    >>> rules()[-1].measure
    'other'
    """
    rows = lexicons.read_lexicon("measure_rules")
    out = tuple(MeasureRule(_words(row["category"]), _words(row["unit"]), _words(row["status"]),
                            row["modality"], row["place"] == "local", row["measure"]) for row in rows)
    last = out[-1] if out else None
    if last is None or last.categories or last.units or last.status_words or last.modality or last.local_place:
        raise LexiconError(RULES_FILE, len(rows) + 1, "the last row must match every claim (a fallback)")
    return out


@cache
@lru_cache(maxsize=8192)
def is_local(place: str) -> bool:
    """Whether a claim's places name somewhere below a country ("Kursk region", "Ussuriysk";
    not "Russia", "eastern Russia").

    >>> is_local("Kursk region"), is_local("Ussuriysk; Russia"), is_local("eastern Russia"), is_local("")
    (True, True, False, False)
    """
    from claimtable import places

    index = places.gazetteer()
    for name in filter(None, (p.strip() for p in place.split(";"))):
        entries = index.get(name.lower())
        if entries is None and name.split()[-1].lower() in index:  # "eastern Russia"
            entries = index[name.split()[-1].lower()]
            if all(e.kind == "country" for e in entries):
                continue
        if entries is None or any(e.kind != "country" for e in entries):
            return True  # a named region the gazetteer does not hold is local too
    return False


def measure_of(claim: dict) -> str:
    """The measure of one claim (a dict with the claims table's columns).

    >>> measure_of({"category": "casualties", "unit": "soldier", "status": "killed"})
    'killed'
    >>> measure_of({"category": "troops", "unit": "troop", "status": "deployed", "place": "Kursk"})
    'troops_in_place'
    >>> measure_of({"category": "munitions", "unit": "round", "status": "shipped"})
    'shells'
    """
    category, unit = claim.get("category", ""), claim.get("unit", "")
    status, modality = (claim.get("status") or "").lower(), claim.get("modality", "")
    return _measure(category, unit, status, modality, claim.get("place") or "")


@lru_cache(maxsize=4096)
def _measure(category: str, unit: str, status: str, modality: str, place: str) -> str:
    """``measure_of`` for the cells it reads, cached: a few hundred combinations cover an
    archive; ``lexicons.reload`` clears it."""
    for rule in rules():
        if rule.local_place and not (place and is_local(place)):
            continue
        if rule.matches(category, unit, status, modality, True):
            return rule.measure
    return "other"  # pragma: no cover - the rule table ends with a fallback


def annotate(claims: Iterable[dict], published: str) -> list[dict]:
    """Add ``measure`` and ``as_of`` to the claims of one article (in place; returned too).

    >>> annotate([{"category": "casualties", "status": "killed", "time_ref": "last week"}], "2024-12-20")
    [{'category': 'casualties', 'status': 'killed', 'time_ref': 'last week', 'measure': 'killed', 'as_of': '2024-12-13'}]
    """
    out = []
    for claim in claims:
        claim["measure"] = measure_of(claim)
        claim["as_of"] = dates.as_of(published, claim.get("time_ref") or "")
        out.append(claim)
    return out
