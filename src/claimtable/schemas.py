"""The schema of every vocabulary (``data/lexicons/*.csv``, ``data/claimants.csv``): its
columns, their types and allowed values, and which rows may not repeat. ``lexicons`` checks a
file against its schema when it reads it; a wrong file stops the run with a
:class:`LexiconError` that names the file, the line and the problem.

Allowed values that are themselves a vocabulary come from their own lexicon: a counted noun's
``category`` must be a row of ``categories.csv``, a reference's kinds rows of
``claimant_kinds.csv``.

>>> rows = [(3, {"word": "aircraft", "unit": "aircraft", "category": "aviation"})]
>>> check_rows("units", ["word", "unit", "category"], rows, "units.csv",
...            lambda name, col: {"troops", "equipment"})
Traceback (most recent call last):
...
claimtable.schemas.LexiconError: units.csv, line 3: category 'aviation' is not one of: equipment, troops (the rows of categories.csv)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

#: Reads the allowed values of a column from another lexicon: ``(lexicon, column) -> values``.
Lookup = Callable[[str, str], set[str]]


class LexiconError(ValueError):
    """A vocabulary file that does not follow its schema: ``file, line N: problem``.

    >>> str(LexiconError("data/lexicons/hedges.csv", 12, "hedge 'aproximate' is not one of: ..."))
    "data/lexicons/hedges.csv, line 12: hedge 'aproximate' is not one of: ..."
    """

    def __init__(self, file: str, line: int, problem: str) -> None:
        super().__init__(file, line, problem)  # all three: it crosses process boundaries
        self.file, self.line, self.problem = file, line, problem

    def __str__(self) -> str:
        return f"{self.file}, line {self.line}: {self.problem}"


@dataclass(frozen=True)
class Column:
    """One column of a lexicon.

    ``kind``: ``text``, ``integer``, ``number``, ``yes`` (empty or ``yes``) or ``tenure`` (words
    and the dates they hold from and/or until: "Sergei Shoigu until 2024-05-12"). ``allowed``: the
    values it may take, or ``"lexicon.column"`` for the rows of another lexicon. ``items``: the
    separator of a list column ("|"), whose every item is checked. ``lower``: lower case only.
    ``within``: another list column of the same row (same separator) that holds every item.

    >>> _cell_problem(Column("position", allowed=("before", "after")), "during", ({"before", "after"}, ""))
    "position 'during' is not one of: after, before"
    """

    name: str
    kind: str = "text"
    required: bool = True
    allowed: tuple[str, ...] | str = ()
    items: str = ""
    lower: bool = False
    within: str = ""


@dataclass(frozen=True)
class Schema:
    """A lexicon's columns and the columns whose values together may appear once only (case
    folded).

    >>> SCHEMAS["hedges"].unique
    ('cue', 'position')
    """

    columns: tuple[Column, ...]
    unique: tuple[str, ...]


def _words(name: str = "word", *, lower: bool = False) -> Schema:
    return Schema((Column(name, lower=lower),), (name,))


HEDGES = ("approximate", "upper_bound", "lower_bound")

SCHEMAS: dict[str, Schema] = {
    "abbreviations": Schema((Column("abbreviation", lower=True), Column("title", "yes", False)),
                            ("abbreviation",)),
    "aggregates": _words(lower=True),
    "breakers": _words(lower=True),
    "calendar": Schema((Column("word"), Column("kind", allowed=("month", "weekday", "day")),
                        Column("short", required=False, items="|")), ("word",)),
    "categories": Schema((Column("category", lower=True), Column("people", "yes", False),
                          Column("description")), ("category",)),
    "claimant_kinds": Schema((Column("kind", lower=True), Column("registry", "yes", False),
                              Column("description")), ("kind",)),
    "continuations": Schema((Column("opener"), Column("position", allowed=("start", "anywhere", "body", "war", "history", "toll", "shift", "remainder"))),
                            ("opener", "position")),
    "currencies": _words("word"),
    "exchanges": Schema((Column("phrase", lower=True), Column("kind", allowed=("exchange", "fire", "return"))), ("phrase",)),
    "furniture": Schema((Column("phrase"), Column("kind", allowed=("line", "prefix", "list", "summary", "field"))),
                        ("phrase", "kind")),
    "generic_claimants": Schema((Column("kind", allowed=("head", "modifier", "weak", "anonymity", "actor", "outlet", "title", "unit",
                                                        "document", "role", "office", "dweller", "work", "partner", "body",
                                                        "author", "authored", "owner", "subject", "recording",
                                                        "picture", "account", "part", "not_sayer")),
                                 Column("word")), ("kind", "word")),
    "hedges": Schema((Column("cue", lower=True), Column("hedge", allowed=HEDGES),
                      Column("position", allowed=("before", "after"))), ("cue", "position")),
    "links": Schema((Column("word", lower=True),
                     Column("link", allowed=("count", "cue", "apposition", "anaphor", "verb", "estimate"))), ("word", "link")),
    "measures": Schema((Column("measure", lower=True),
                        Column("family", allowed=("troops", "casualties", "displacement", "munitions", "other")),
                        Column("description")), ("measure",)),
    "measure_rules": Schema((Column("category", required=False, allowed="categories.category", items="|"),
                             Column("unit", required=False, items="|", lower=True),
                             Column("status", required=False, items="|", lower=True),
                             Column("modality", required=False, allowed=("reported", "projected")),
                             Column("place", required=False, allowed=("local",)),
                             Column("measure", allowed="measures.measure")),
                            ("category", "unit", "status", "modality", "place", "measure")),
    "ledger_measures": Schema((Column("what", lower=True), Column("measure", allowed="measures.measure"),
                               Column("place", required=False)), ("what",)),
    "ledger_hedges": Schema((Column("ledger_hedge", lower=True),
                             Column("hedge", allowed=("exact", "range", "vague", *HEDGES))), ("ledger_hedge",)),
    "modality": _words("cue", lower=True),
    "name_particles": Schema((Column("particle", lower=True), Column("joined", allowed=("hyphen", "space"))),
                             ("particle",)),
    "non_names": _words(lower=True),
    "participles": _words("participle", lower=True),
    "particle_verbs": Schema((Column("verb", lower=True), Column("particle", lower=True)), ("verb", "particle")),
    "place_nouns": _words(lower=True),
    "credited_counts": _words(lower=True),
    "populations": _words("cue", lower=True),
    "households": _words(lower=True),
    "standing": _words("verb", lower=True),
    "peopled_places": _words(lower=True),
    "travellers": _words(lower=True),
    "cargoes": _words(lower=True),
    "remains": _words(lower=True),
    "demographics": _words(lower=True),
    "unhurt": _words("unit", lower=True),
    "people_harms": Schema((Column("cue", lower=True, allowed="statuses.cue"),), ("cue",)),
    "homecomings": Schema((Column("phrase", lower=True), Column("kind", allowed=("move", "captive"))), ("phrase",)),
    "came_through": Schema((Column("phrase", lower=True), Column("status", lower=True), Column("object", "yes", False)),
                           ("phrase",)),
    "uprooted": _words("unit", lower=True),
    "parties": _words(lower=True),
    "given_names": _words(),
    "tallies": _words(lower=True),
    "toll_words": Schema((Column("word", lower=True), Column("role", allowed=("give", "change", "toll"))), ("word",)),
    "things": _words("unit", lower=True),
    "site_words": Schema((Column("word", lower=True), Column("kind", allowed=("site", "label"))), ("word",)),
    "fight_roles": Schema((Column("unit", lower=True, allowed="units.unit"),
                           Column("role", allowed=("forces", "fighters", "civilians"))), ("unit",)),
    "not_kinds": Schema((Column("unit", lower=True, allowed="units.unit"),
                         Column("names", allowed=("people", "place"))), ("unit",)),
    "stocks": Schema((Column("word", lower=True), Column("category", allowed="categories.category")), ("word",)),
    "number_words": Schema((Column("word", lower=True), Column("value", "number"),
                            Column("scale", "yes", False), Column("abbreviation", "yes", False)),
                           ("word",)),
    "outlets": Schema((Column("domain", lower=True), Column("name")), ("domain",)),
    "state_abbreviations": Schema((Column("abbreviation"), Column("country")), ("abbreviation",)),
    "status_abbreviations": Schema((Column("abbreviation"), Column("status", allowed="statuses.status"),
                                    Column("unit", lower=True, allowed="units.unit")), ("abbreviation",)),
    "references": Schema((Column("phrase"), Column("kinds", allowed="claimant_kinds.kind", items="|")),
                         ("phrase",)),
    "facilities": Schema((Column("name"), Column("town"), Column("country")), ("name",)),
    "place_names": Schema((Column("written"), Column("name"), Column("country"),
                           Column("use", allowed=("name", "spelling", "person"))), ("written", "name")),
    "regions": Schema((Column("name"), Column("country"), Column("latitude", "number"),
                       Column("longitude", "number"), Column("kind", allowed=("region", "city"))),
                      ("name", "country")),
    "restated_units": Schema((Column("unit", lower=True), Column("group", lower=True),
                              Column("same_source", "yes", False)), ("unit",)),
    "sections": _words("section"),
    "sides": Schema((Column("word"), Column("side"), Column("form", allowed=("noun", "adjective"))), ("word",)),
    "part_cues": Schema((Column("cue", lower=True), Column("kind", allowed=("within", "opener", "total"))),
                        ("cue", "kind")),
    "shares": Schema((Column("fraction", lower=True), Column("percent", "number")), ("fraction",)),
    "rates": Schema((Column("cue", lower=True), Column("per", allowed=("day", "week", "month", "year")),
                     Column("position", allowed=("before", "after"))), ("cue", "position")),
    "speech_verbs": Schema((Column("verb", lower=True),
                            Column("roles", allowed=("speech", "passive", "inverted", "agentive", "control", "relay",
                                                            "hearsay", "act", "finding", "interview", "issue"), items="|")),
                           ("verb",)),
    "statuses": Schema((Column("cue", lower=True), Column("status", lower=True),
                        Column("projected", lower=True), Column("applies", allowed=("people", "things", "any", "noun"))),
                       ("cue", "applies")),
    "uncounted": Schema((Column("word", lower=True),
                         Column("kind", allowed=("time", "age", "measure", "money", "score", "event", "abstract",
                                                 "place", "group", "change", "word"))), ("word",)),
    "units": Schema((Column("word", lower=True), Column("unit", lower=True),
                     Column("category", allowed="categories.category")), ("word",)),
    "vague": Schema((Column("phrase", lower=True), Column("low", "integer"), Column("high", "integer")),
                    ("phrase",)),
    "year_words": Schema((Column("word", lower=True), Column("role", allowed=("when", "open", "ahead"))),
                         ("word",)),
    "claimants": Schema((Column("canonical"), Column("aliases", required=False, items="|"),
                         Column("country", required=False), Column("kind", allowed="claimant_kinds.kind"),
                         # the aliases that do not name the row's country: the row's only where the
                         # text ties them to its country or to no other (docs/claims.md, Claimants)
                         Column("countryless", required=False, items="|", within="aliases"),
                         # the titles its people hold ("defence minister"), lower case: a person alias
                         # that several rows list is the row whose title the text gives him
                         Column("titles", required=False, items="|", lower=True),
                         # a person alias valid only from or until a date ("Shoigu until 2024-05-12"):
                         # without a title in the text, the article's date decides (docs/claims.md)
                         Column("held", "tenure", required=False, items="|", within="aliases")), ("canonical",)),
}

_INTEGER = re.compile(r"-?\d+")
#: A tenure: words, then the day they hold from, until, or both ("Shoigu from 2024-05-12").
TENURE = re.compile(r"(?P<words>.+?)(?: from (?P<start>\d{4}-\d{2}-\d{2}))?(?: until (?P<until>\d{4}-\d{2}-\d{2}))?")
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def check_header(name: str, header: list[str], file: str, line: int) -> None:
    """The header row must name the schema's columns, each once, and no others.

    >>> check_header("vague", ["phrase", "lo", "high"], "vague.csv", 2)
    Traceback (most recent call last):
    ...
    claimtable.schemas.LexiconError: vague.csv, line 2: the header has no column 'low' (expected: phrase, low, high); unknown column 'lo'
    """
    expected = [c.name for c in SCHEMAS[name].columns]
    problems = [f"the header has no column {c!r} (expected: {', '.join(expected)})"
                for c in expected if c not in header]
    problems += [f"unknown column {c!r}" for c in header if c not in expected]
    problems += [f"column {c!r} appears twice" for c in sorted({c for c in header if header.count(c) > 1})]
    if problems:
        raise LexiconError(file, line, "; ".join(problems))


def check_rows(name: str, header: list[str], rows: list[tuple[int, dict[str, str]]], file: str,
               lookup: Lookup) -> None:
    """Check the rows of lexicon ``name`` (each with its line number) against its schema;
    raise :class:`LexiconError` at the first problem. ``lookup`` reads the allowed values of
    a column that another lexicon lists.

    >>> rows = [(5, {"phrase": "dozens", "low": "24", "high": "99"}),
    ...         (9, {"phrase": "Dozens", "low": "12", "high": "99"})]
    >>> check_rows("vague", ["phrase", "low", "high"], rows, "vague.csv", lambda n, c: set())
    Traceback (most recent call last):
    ...
    claimtable.schemas.LexiconError: vague.csv, line 9: phrase 'Dozens' must be lower case
    """
    schema = SCHEMAS[name]
    allowed = {c.name: _allowed(c, lookup) for c in schema.columns}
    seen: dict[tuple[str, ...], int] = {}
    for line, row in rows:
        for column in schema.columns:
            problem = _cell_problem(column, row.get(column.name, ""), allowed[column.name]) \
                or _within_problem(column, row)
            if problem:
                raise LexiconError(file, line, problem)
        key = tuple(row.get(c, "").lower() for c in schema.unique)
        if key in seen:
            what = ", ".join(f"{c} {row.get(c, '')!r}" for c in schema.unique)
            raise LexiconError(file, line, f"duplicate row: {what} is already on line {seen[key]}")
        seen[key] = line


def _within_problem(column: Column, row: dict[str, str]) -> str:
    """An item of a list column that the row's other list column (``within``) does not hold, or ``""``.

    >>> row = {"aliases": "Ministry of Defense|MOD", "countryless": "MOD|Defense Ministry"}
    >>> _within_problem(Column("countryless", items="|", within="aliases"), row)
    "countryless 'Defense Ministry' is not one of the row's aliases"
    """
    if not column.within or not row.get(column.name):
        return ""
    held = {item.strip() for item in (row.get(column.within) or "").split(column.items)}
    items = [item.strip() for item in row[column.name].split(column.items)]
    if column.kind == "tenure":  # the words of "Shoigu until 2024-05-12"
        items = [m["words"] if (m := TENURE.fullmatch(item)) else item for item in items]
    missing = [item for item in items if item not in held]
    return f"{column.name} {missing[0]!r} is not one of the row's {column.within}" if missing else ""


def _tenure_problem(column: Column, value: str) -> str:
    """What is wrong with a tenure ("Shoigu until 2024-05-12"): no date, a day that is none, or
    a start that is not before its end; else ``""``.

    >>> _tenure_problem(Column("held", "tenure"), "Shoigu from 2024-05-12 until 2024-02-30")
    "held 'Shoigu from 2024-05-12 until 2024-02-30': 2024-02-30 is not a day"
    >>> _tenure_problem(Column("held", "tenure"), "Shoigu"), _tenure_problem(Column("held", "tenure"), "Shoigu until 2024-05-12")
    ("held 'Shoigu' has no date (from YYYY-MM-DD, until YYYY-MM-DD or both)", '')
    """
    from datetime import date

    m = TENURE.fullmatch(value)
    if m is None or not (m["start"] or m["until"]):
        return f"{column.name} {value!r} has no date (from YYYY-MM-DD, until YYYY-MM-DD or both)"
    days = []
    for day in filter(None, (m["start"], m["until"])):
        try:
            days.append(date.fromisoformat(day))
        except ValueError:
            return f"{column.name} {value!r}: {day} is not a day"
    if len(days) == 2 and days[0] >= days[1]:
        return f"{column.name} {value!r}: it ends before it starts"
    return ""


def _allowed(column: Column, lookup: Lookup) -> tuple[set[str], str]:
    """The allowed values of a column and where they come from (for the message)."""
    if isinstance(column.allowed, str):
        lexicon, key = column.allowed.split(".")
        return lookup(lexicon, key), f" (the rows of {lexicon}.csv)"
    return set(column.allowed), ""


def _cell_problem(column: Column, value: str, allowed: tuple[set[str], str]) -> str:
    """What is wrong with one cell, or ``""``.

    >>> _cell_problem(Column("low", "integer"), "2,000", (set(), ""))
    "low '2,000' is not a whole number"
    """
    if not value:
        return f"{column.name} is empty" if column.required else ""
    for item in value.split(column.items) if column.items else [value]:
        problem = _item_problem(column, item.strip(), allowed)
        if problem:
            return problem
    return ""


def _item_problem(column: Column, value: str, allowed: tuple[set[str], str]) -> str:
    values, source = allowed
    if column.items and not value:
        return f"{column.name} has an empty item"
    if column.kind == "integer" and not _INTEGER.fullmatch(value):
        return f"{column.name} {value!r} is not a whole number"
    if column.kind == "number" and not _NUMBER.fullmatch(value):
        return f"{column.name} {value!r} is not a number"
    if column.kind == "tenure":
        return _tenure_problem(column, value)
    if column.kind == "yes" and value != "yes":
        return f"{column.name} {value!r} must be empty or 'yes'"
    if column.lower and value != value.lower():
        return f"{column.name} {value!r} must be lower case"
    if values and value not in values:
        return f"{column.name} {value!r} is not one of: {', '.join(sorted(values))}{source}"
    return ""
