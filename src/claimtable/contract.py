"""The claims table's contract (``docs/claims.md``) as a check: every claim is checked against
it before it is written, by ``claimtable extract`` row by row and by the notebooks' stages for
the whole table. Categories come from ``data/lexicons/categories.csv``, measures from
``measures.csv`` (when that lexicon exists). No pandas here: the command line never needs it.

>>> row = {"article": "a", "value_low": 500, "value_high": 500, "hedge": "exact",
...        "modality": "reported", "category": "troops", "unit": "troop", "status": "",
...        "claimant": "unattributed", "claimant_phrase": "", "place": "", "time_ref": "",
...        "sentence": "500 troops left.", "start": 0, "end": 3, "measure": "troops_present",
...        "as_of": "2024-10", "per": "", "part_of": ""}
>>> claim_problems(row)
[]
>>> claim_problems({**row, "hedge": "aproximate", "value_high": 400})
['value_high 400 is below value_low 500', "hedge 'aproximate' is not one of: exact, approximate, upper_bound, lower_bound, range, vague"]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache

from claimtable import lexicons

#: The contract's columns, in order (``docs/claims.md``).
CLAIM_COLUMNS = [
    "article", "value_low", "value_high", "hedge", "modality", "category", "unit", "status",
    "claimant", "claimant_phrase", "place", "time_ref", "sentence", "start", "end",
    # added 2026-12: what the figure measures and the date it is about (``measures``, after
    # extraction), the period of a rate and the total a part belongs to (``relations``)
    "measure", "as_of", "per", "part_of",
]
_COLUMN_SET = frozenset(CLAIM_COLUMNS)
HEDGES = ("exact", "approximate", "upper_bound", "lower_bound", "range", "vague")
MODALITIES = ("reported", "projected")
PERIODS = ("day", "week", "month", "year")
UNATTRIBUTED = "unattributed"
_AS_OF = re.compile(r"\d{4}-\d{2}(?:-\d{2})?")


class ContractError(ValueError):
    """A claim that breaks the contract: names its article, offset and the problems (see
    :func:`check_claim` for an example).

    >>> str(ContractError("claim of article 'a' at offset 7: hedge is missing"))
    "claim of article 'a' at offset 7: hedge is missing"
    """


def _empty(value: object) -> bool:
    """None, "", NaN or pandas' NA: an empty cell."""
    if type(value) is str:  # most cells: text is empty when it has no character
        return value == ""
    if value is None or type(value).__name__ == "NAType":
        return True
    return value == "" or value != value


def _number(value: object) -> bool:
    if type(value) is int:  # most values: a whole number (never a bool, whose type is bool)
        return True
    return isinstance(value, int | float) and not isinstance(value, bool) and value == value


@cache
def _measures() -> frozenset[str] | None:
    """The allowed measures, or ``None`` when there is no ``measures.csv``."""
    if not lexicons.lexicon_path("measures").exists():
        return None
    return frozenset(lexicons.column("measures", "measure"))


def claim_problems(row: dict) -> list[str]:
    """What is wrong with one claim (a dict with the contract's columns), or ``[]``.

    >>> claim_problems({"article": "a"})[:2]
    ['value_low is missing', 'value_high is missing']
    """
    # one set test for the common case, a dict with every column
    problems = [] if _COLUMN_SET.issubset(row) else [f"{c} is missing" for c in CLAIM_COLUMNS if c not in row]
    if problems:
        return problems
    problems += _value_problems(row)
    for column, allowed in (("hedge", HEDGES), ("modality", MODALITIES),
                            ("category", lexicons.categories())):
        if row[column] not in allowed:
            problems.append(f"{column} {row[column]!r} is not one of: {', '.join(allowed)}")
    for column in ("article", "unit", "claimant", "sentence"):
        if _empty(row[column]):
            problems.append(f"{column} is empty")
    if row["claimant"] == UNATTRIBUTED and not _empty(row["claimant_phrase"]):
        problems.append("claimant_phrase is not empty for an unattributed claim")
    return problems + _added_column_problems(row)


def _value_problems(row: dict) -> list[str]:
    """Numbers: value_low <= value_high, 0 <= start < end."""
    low, high, start, end = row["value_low"], row["value_high"], row["start"], row["end"]
    if not (_number(low) and _number(high)):
        return [f"value_low {low!r} and value_high {high!r} must be numbers"]
    problems = [f"value_high {high!r} is below value_low {low!r}"] if high < low else []
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end):
        problems.append(f"start {start!r} and end {end!r} must be offsets with start < end")
    return problems


def _added_column_problems(row: dict) -> list[str]:
    """The columns added after the contract's, when a claim has them: measure, as_of, per,
    part_of."""
    problems = []
    measures = _measures()
    measure = row.get("measure")
    if measures is not None and not _empty(measure) and measure not in measures:
        problems.append(f"measure {measure!r} is not a row of measures.csv")
    as_of = row.get("as_of")
    if not _empty(as_of) and not (isinstance(as_of, str) and _AS_OF.fullmatch(as_of)):
        problems.append(f"as_of {as_of!r} is not YYYY-MM-DD or YYYY-MM")
    per = row.get("per")
    if not _empty(per) and per not in PERIODS:
        problems.append(f"per {per!r} is not one of: {', '.join(PERIODS)}")
    part_of = row.get("part_of")
    if not _empty(part_of) and not (_number(part_of) and int(part_of) == part_of):
        problems.append(f"part_of {part_of!r} is not an offset")
    return problems


def check_claim(row: dict) -> dict:
    """The claim itself when it keeps the contract; else :class:`ContractError`.

    >>> check_claim({"article": "a", "start": 7})
    Traceback (most recent call last):
    ...
    claimtable.contract.ContractError: claim of article 'a' at offset 7: value_low is missing; value_high is missing; hedge is missing; modality is missing; category is missing; unit is missing; status is missing; claimant is missing; claimant_phrase is missing; place is missing; time_ref is missing; sentence is missing; end is missing; measure is missing; as_of is missing; per is missing; part_of is missing
    """
    problems = claim_problems(row)
    if problems:
        where = f"claim of article {row.get('article')!r} at offset {row.get('start')!r}"
        raise ContractError(f"{where}: {'; '.join(problems)}")
    return row


def checked(rows: Iterable[dict]) -> Iterator[dict]:
    """Claims as they stream past, each checked (``check_claim``).

    >>> list(checked([]))
    []
    """
    for row in rows:
        yield check_claim(row)
