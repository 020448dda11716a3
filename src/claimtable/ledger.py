"""A researcher's hand-coded ledger of reported figures, as a second input to the comparison.

The default ledger is ``data/reference/reported_figures.csv`` (310 publicly reported figures,
see the README beside it); any CSV with the same columns works. Ledger rows become estimates
of origin ``hand-coded``, and every extracted estimate is checked against them: it *matches
the ledger* (a row with the same claimant and measure, a date within ``WINDOW_DAYS`` and an
overlapping value), *differs from the ledger* (same claimant, measure and time, another
value) or is *not in the ledger*. A row of the measure ``other`` is compared only with an
estimate of the same unit (its ``what`` names it: "generals" counts generals, a "…_percent" a
share), and a row with a place (``ledger_measures.csv``'s, or the ledger's optional ``place``
column) only with an estimate whose place can be that one. Extraction never reads the ledger:
claims come from the text alone, and only this comparison stage sees both.

>>> import io
>>> text = ("value_low,value_high,what,claimant,claimant_type,reported_date,event_date,outlet,url,hedge,notes\\n"
...         "1500,1500,troops_in_russia,South Korea NIS (via Yonhap),government_intel,2024-10-18,2024-10,Yonhap,,exact,\\n")
>>> rows = read(io.StringIO(text))
>>> rows.table[["measure", "claimant", "as_of", "hedge"]].to_dict("records")
[{'measure': 'troops_present', 'claimant': 'South Korea NIS', 'as_of': '2024-10', 'hedge': 'exact'}]
"""

from __future__ import annotations

import csv
import io
import os
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TextIO

import pandas as pd

from claimtable import articles, claimants, dates, estimates, lexicons, measures, paths

LEDGER_COLUMNS = ["value_low", "value_high", "what", "claimant", "claimant_type",
                  "reported_date", "event_date", "outlet", "url", "hedge", "notes"]
#: A ledger row and an extracted estimate this close in time are about the same moment (the
#: ledger often knows only the month).
WINDOW_DAYS = 31
MATCHES, DIFFERS, ABSENT = "matches the ledger", "differs from the ledger", "not in the ledger"
DEFAULT = paths.DATA / "reference" / "reported_figures.csv"


@dataclass
class Ledger:
    """The usable rows of a ledger as a table, and every row that could not be used, with
    its line and reason (never dropped silently).

    >>> Ledger(pd.DataFrame(), ["ledger, line 3: no claimant"]).problems
    ['ledger, line 3: no claimant']
    """

    table: pd.DataFrame
    problems: list[str] = field(default_factory=list)


@cache
def _measure_of_what() -> dict[str, str]:
    return {row["what"]: row["measure"] for row in lexicons.read_lexicon("ledger_measures")}


@cache
def _place_of_what() -> dict[str, str]:
    return {row["what"]: row.get("place") or "" for row in lexicons.read_lexicon("ledger_measures")}


@cache
def _unit_of_word() -> dict[str, str]:
    return {row["word"]: row["unit"] for row in lexicons.read_lexicon("units")}


def unit_of_what(what: str, measure: str) -> str:
    """What a ledger row of the measure ``other`` counts, from its ``what``: for a share,
    ``percent`` and what it is a share of ("percent (casualty rate)": a percent meets only a
    percent of the same thing, never "50 %" of something else), else the unit of its first
    word that is a counted noun (``units.csv``), else the ``what`` in words; empty for the
    other measures, which say what they count.

    >>> unit_of_what("generals_killed", "other"), unit_of_what("casualty_rate_percent", "other")
    ('general', 'percent (casualty rate)')
    >>> unit_of_what("share_of_russian_shells_percent", "other"), unit_of_what("percent", "other")
    ('percent (russian shells)', 'percent')
    >>> unit_of_what("training_sites", "other"), unit_of_what("troops_in_kursk", "troops_in_place")
    ('training sites', '')
    """
    if measure not in estimates.KEYED_BY_UNIT:
        return ""
    words = [w for w in what.lower().split("_") if w]
    if "percent" in words:
        thing = [w for w in words if w != "percent"]
        while thing[:1] in (["share"], ["of"]):  # "share_of_russian_shells": russian shells
            thing = thing[1:]
        return f"percent ({' '.join(thing)})" if thing else "percent"
    units = _unit_of_word()
    return next((units[w] for w in words if w in units), " ".join(words))


@cache
def _hedges() -> dict[str, str]:
    return {row["ledger_hedge"]: row["hedge"] for row in lexicons.read_lexicon("ledger_hedges")}


def _as_of(event_date: str, reported: str) -> str:
    """The ledger's event date when it is one day or month (the end of a span "a/b"), else
    the reported date.

    >>> _as_of("2024-12/2025-02", "2025-03-01"), _as_of("2024", "2024-11-02"), _as_of("2024-11", "")
    ('2025-02', '2024-11-02', '2024-11')
    """
    for candidate in (event_date.split("/")[-1].strip(), reported):
        parsed = dates.parse_published(candidate)
        if parsed:
            return str(parsed)
    return ""


def _row_problem(row: dict[str, str]) -> str:
    try:
        low, high = float(row["value_low"]), float(row["value_high"])
    except ValueError:
        return f"value_low/value_high not numbers ({row['value_low']!r}, {row['value_high']!r})"
    if low > high:
        return f"value_low {low:g} is above value_high {high:g}"
    if not row["claimant"].strip():
        return "no claimant"
    if not dates.parse_published(row["reported_date"]):
        return f"reported_date {row['reported_date']!r} is not YYYY-MM-DD or YYYY-MM"
    if row["hedge"] and row["hedge"] not in _hedges():
        return f"hedge {row['hedge']!r} is not one of {', '.join(_hedges())}"
    return ""


def read(source: str | os.PathLike[str] | TextIO | None = None) -> Ledger:
    """Read a ledger CSV (default: the shipped one). A missing column is an error
    (``ValueError`` naming the file); a bad row is a problem naming its line, and the rest
    are read.

    >>> len(read().table)
    310
    """
    name = "ledger"
    if source is None or isinstance(source, (str, os.PathLike)):
        path = paths.resolve(source) if source is not None else DEFAULT
        name = str(source or path.name)
        text = path.read_text(encoding="utf-8-sig")
        source = io.StringIO(text)
    reader = csv.DictReader(source)
    missing = [c for c in LEDGER_COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        raise ValueError(f"{name}: not a ledger: missing columns {', '.join(missing)}")
    rows, problems = [], []
    what_to_measure, hedges = _measure_of_what(), _hedges()
    for row in reader:
        row = {k: (v or "").strip() for k, v in row.items() if k is not None}
        problem = _row_problem(row)
        if problem:
            problems.append(f"{name}, line {reader.line_num}: {problem}")
            continue
        measure = what_to_measure.get(row["what"], "other")
        rows.append({
            "line": reader.line_num,
            "what": row["what"], "measure": measure, "unit": unit_of_what(row["what"], measure),
            "place": row.get("place") or _place_of_what().get(row["what"], ""),
            "claimant": claimants.canonical_claimant(row["claimant"]), "claimant_as_coded": row["claimant"],
            "value_low": float(row["value_low"]), "value_high": float(row["value_high"]),
            "hedge": hedges.get(row["hedge"], "exact"),
            "as_of": _as_of(row["event_date"], row["reported_date"]),
            "reported": str(dates.parse_published(row["reported_date"])),
            "outlet": row["outlet"], "url": row["url"], "notes": row["notes"],
        })
    columns = ["line", "what", "measure", "unit", "place", "claimant", "claimant_as_coded", "value_low",
               "value_high", "hedge", "as_of", "reported", "outlet", "url", "notes"]
    return Ledger(pd.DataFrame(rows, columns=columns), problems)


def as_estimates(ledger: Ledger, first_number: int = 1) -> pd.DataFrame:
    """Ledger rows as estimates of origin ``hand-coded`` (``estimates.ESTIMATE_COLUMNS``).

    >>> as_estimates(read()).iloc[0][["origin", "label"]].tolist()
    ['hand-coded', 'RBC-Ukraine · 2024-02']
    """
    t = ledger.table
    frame = pd.DataFrame({
        "estimate": range(first_number, first_number + len(t)),
        "origin": "hand-coded",
        "family": t["measure"].map(measures.family),
        "measure": t["measure"], "unit": t["unit"], "place": t["place"], "countries": "",
        "claimant": t["claimant"],
        "value_low": t["value_low"], "value_high": t["value_high"], "hedge": t["hedge"],
        "as_of": t["as_of"], "first_reported": t["reported"], "last_reported": t["reported"],
        "relays": 1, "copies": 0, "relay_differs": "", "ledger_check": "",
        "label": [f"{articles.short_outlet(o) or 'ledger'} · {r}" for o, r in
                  zip(t["outlet"], t["reported"], strict=True)],
    }, columns=estimates.ESTIMATE_COLUMNS)
    return frame


def _fold(name: str) -> str:
    return " ".join(name.lower().split())


def _parts(place: str) -> list[str]:
    return [part.strip() for part in place.split(";") if part.strip()]


def _is_region(name: str) -> bool:
    """Whether a place cell's part is a region (``regions.csv``'s, or "<city> region")."""
    from claimtable.places import REGION_WORDS, gazetteer

    entries = gazetteer().get(name.lower(), [])
    return any(p.kind == "region" for p in entries) or (not entries and name.split()[-1].lower() in REGION_WORDS)


def _inside(part: str, region: str) -> bool:
    """Whether a place cell's part is ``region`` or a place the gazetteer puts in it: the city
    the region is named after ("Kursk" in the Kursk region) or another of its cities and towns
    (``places.region_places``: Sudzha), with or without a direction."""
    from claimtable.places import DIRECTIONS, _region_of, gazetteer, region_places

    for direction in DIRECTIONS:
        part = part.removeprefix(f"{direction} ")
    if part.lower() == region.lower() or part.lower() in region_places().get(region.lower(), ()):
        return True
    return any(p.kind == "city" and _region_of(p, part.lower()).name.lower() == region.lower()
               for p in gazetteer().get(part.lower(), []))


def place_fits(place: str, ledger_place: str) -> bool:
    """Whether an extracted estimate's ``place`` can be where a ledger row's figure is, as a
    reader would accept it: no place on either side fits; a ledger row at a region takes the
    same region or a place inside it where the gazetteer knows it (the region's city: "Kursk"
    in the Kursk region; its towns, ``places.region_places``: "Sudzha"), never another place in that country ("Vladivostok", nor "Russia");
    else ``compare.places_can_be_one`` (a country with its towns, two towns only when they
    share one).

    >>> place_fits("Kursk", "Kursk region"), place_fits("Kursk region", "Kursk region"), place_fits("", "Kursk region")
    (True, True, True)
    >>> place_fits("Vladivostok", "Kursk region"), place_fits("Russia", "Kursk region"), place_fits("Ukraine", "Odesa")
    (False, False, True)
    >>> place_fits("Sudzha", "Kursk region"), place_fits("Belgorod", "Kursk region")  # a town of the region; a neighbour's city
    (True, False)
    """
    from claimtable.compare import places_can_be_one

    if not place or not ledger_place or place == ledger_place:
        return True
    regions = [part for part in _parts(ledger_place) if _is_region(part)]
    if not regions:
        return places_can_be_one(place, ledger_place)
    return all(any(_inside(part, region) for region in regions) for part in _parts(place))


def check(extracted: pd.DataFrame, ledger: Ledger) -> pd.Series:
    """For each extracted estimate, whether it matches the ledger, differs from it or is not
    in it (``MATCHES``, ``DIFFERS``, ``ABSENT``).

    >>> said = pd.DataFrame([{"claimant": "South Korea NIS", "measure": "troops_present",
    ...                       "value_low": 1500.0, "value_high": 1500.0, "as_of": "2024-10-18"}])
    >>> check(said, read()).tolist()
    ['matches the ledger']

    A figure nobody claims is checked against nothing: two unattributed figures are not one
    claimant's statement, whatever story the ledger is about.

    >>> check(said.assign(claimant="unattributed", measure="casualties", as_of="2025-02"), read()).tolist()
    ['not in the ledger']

    A figure of the measure ``other`` meets only rows of its unit (a percent only a percent
    of the same thing), and a figure in one town never a row in another:

    >>> hur = pd.DataFrame([{"claimant": "Ukraine HUR", "measure": "other", "unit": "percent",
    ...                      "value_low": 50.0, "value_high": 50.0, "as_of": "2024-10-24"}])
    >>> check(hur, read()).tolist(), check(hur.assign(unit="officer"), read()).tolist()
    (['not in the ledger'], ['differs from the ledger'])
    >>> check(hur.assign(unit="percent (casualty rate)"), read()).tolist()
    ['not in the ledger']
    >>> nis = said.assign(measure="troops_in_place", value_low=1500.0, value_high=1500.0, as_of="2024-11-06")
    >>> check(nis.assign(place="Vladivostok"), read()).tolist(), check(nis.assign(place="Kursk"), read()).tolist()
    (['not in the ledger'], ['differs from the ledger'])
    """
    by_key: dict[tuple[str, str, str], list[tuple[dates.PartialDate | None, str, float, float]]] = {}
    for r in ledger.table.itertuples(index=False):
        by_key.setdefault((_fold(r.claimant), r.measure, estimates.unit_key(r.measure, r.unit)), []).append(
            (dates.parse_published(r.as_of), r.place, r.value_low, r.value_high))
    out = []
    for e in extracted.itertuples(index=False):
        if _fold(str(e.claimant or "")) in ("", "unattributed"):
            out.append(ABSENT)  # no claimant: a ledger row with none is not the same statement
            continue
        when = dates.parse_published(str(e.as_of or ""))
        unit = estimates.unit_key(e.measure, str(getattr(e, "unit", "") or ""))
        place = str(getattr(e, "place", "") or "")
        near = [(lo, hi) for d, where, lo, hi in by_key.get((_fold(e.claimant), e.measure, unit), [])
                if estimates.distance_days(when, d) <= WINDOW_DAYS and place_fits(place, where)]
        if not near:
            out.append(ABSENT)
        elif any(lo <= e.value_high and e.value_low <= hi for lo, hi in near):
            out.append(MATCHES)
        else:
            out.append(DIFFERS)
    return pd.Series(out, index=extracted.index, dtype=object)


def combine(extracted: pd.DataFrame, ledger: Ledger | None) -> pd.DataFrame:
    """Extracted estimates with their ledger check, followed by the ledger's rows as
    hand-coded estimates (numbered after them).

    >>> combine(as_estimates(read()).head(0), read())["origin"].unique().tolist()
    ['hand-coded']
    """
    if ledger is None:
        return extracted
    extracted = extracted.copy()
    extracted["ledger_check"] = check(extracted, ledger) if len(extracted) else []
    coded = as_estimates(ledger, first_number=len(extracted) + 1)
    if not len(extracted):
        return coded.reset_index(drop=True)
    return pd.concat([extracted, coded], ignore_index=True)


def load(path: str | Path | None) -> Ledger | None:
    """The ledger a notebook parameter names: ``""`` for none, ``"default"`` for the shipped
    one, else a path.

    >>> load("") is None, len(load("default").table)
    (True, 310)
    """
    if path is None or str(path).strip() == "":
        return None
    return read(None if str(path) == "default" else path)
