"""Estimates: what a claimant said, however many articles relay it.

Many articles repeat one statement ("South Korea's spy agency said 1,500 troops have
arrived"). An *estimate* gathers the claims with the same claimant, the same measure and the
same value whose ``as_of`` dates lie within ``WINDOW_DAYS`` of the first, and whose places can be
one (``place_groups``: "4 killed in Kharkiv" and "4 killed in Odesa" are two estimates; a claim
that names no place is in the place its article gives the same figure, ``articles_places``, and
a relay that names none joins the place most relays name, unless its article is about another
country: ``compare.wars_can_be_one``); each article that carries it is a *relay*. An undated
claim, whoever gives it, joins another article's only as a wire copy of its passage
(``speaker``): no date tells which event it counts.
An estimate's ``countries`` are those its relays' articles name (``articles_countries``): where
the charts read an estimate whose ``place`` names no country, by the figure groups' rule (the
estimates table is a workbook table, not the claims contract). A relay that changed what the claimant said is flagged
(``relay_differs``): another hedge than most relays give, or, beside a version that more
articles carry from the same claimant at the same time, another value (within
``CHANGED_VALUE_FACTOR``) or another measure with the same value.

The tables grow with the claims, never faster: one row per estimate, one row per relay.

>>> import pandas as pd
>>> claims = pd.DataFrame([
...     {"article": "a", "claimant": "NIS", "measure": "troops_present", "value_low": 1500,
...      "value_high": 1500, "hedge": "exact", "as_of": "2024-10-18", "start": 10},
...     {"article": "b", "claimant": "NIS", "measure": "troops_present", "value_low": 1500,
...      "value_high": 1500, "hedge": "approximate", "as_of": "2024-10-19", "start": 4},
...     {"article": "c", "claimant": "NIS", "measure": "troops_present", "value_low": 1500,
...      "value_high": 1500, "hedge": "exact", "as_of": "2024-10-20", "start": 7},
... ])
>>> found = build(claims)
>>> found.estimates[["claimant", "value_low", "hedge", "relays", "relay_differs"]].to_dict("records")
[{'claimant': 'NIS', 'value_low': 1500.0, 'hedge': 'exact', 'relays': 3, 'relay_differs': 'hedge: 1 of 3 relays'}]
>>> found.relays["differs"].tolist()
['', 'hedge', '']
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pandas as pd

from claimtable import measures
from claimtable.dates import PartialDate, parse_published

#: Claims of one claimant, measure and value this close in time are one estimate.
WINDOW_DAYS = 7
#: A value this close to the version most relays give (either way) is that version, changed.
CHANGED_VALUE_FACTOR = 1.5
#: Two values of one claimant dated more than this many days apart are its own revision
#: (``relay_differs`` says "revised: 300 (…), then 400 (…)"), not a relay that changed one: a
#: relay published a day or two after the statement is dated by its publication.
REVISION_DAYS = 3
#: ... and at most this many apart: a month, as the figure groups' window (beyond it, the chart
#: of estimates over time shows how the claimant's figure moved).
REVISION_WINDOW_DAYS = 31
#: Claimants that name nobody: their claims are never taken for relays of one statement's
#: changed version (two unattributed figures need not come from one source).
NOBODY = frozenset({"unattributed", ""})
#: Joins a nobody claimant to the article whose words it is (``speaker``): an outlet's own
#: "2 killed" is its own statement, never one estimate with another outlet's.
OWN_WORDS = "\x1f"


def common_noun(claimant: str) -> bool:
    """Whether a claimant is named by a common noun, its first word written all in lower case
    ("authorities", "the government", "the military", "sources"), not by a name ("Pakistan
    Armed Forces", "al-Shabaab", "U.S."): "the government" of an article on Burkina Faso and
    that of one on Colombia are two bodies (the charts' ``Who says what`` gives a common noun's
    figures of no known war a row of their own). A nobody (``NOBODY``) is none.

    >>> [common_noun(c) for c in ("authorities", "the Army", "al-Shabaab", "U.S.", "unattributed", "")]
    [True, True, False, False, False, False]
    """
    words = claimant.split()
    return bool(words) and claimant not in NOBODY and words[0] == words[0].lower()


def speaker(claimant: str, origin: str, dated: bool = True) -> str:
    """Who an estimate's claims must share: the claimant, or, for a claim no one is credited
    with (``NOBODY``), or an undated one (``dated`` false), the claimant and the article of its
    passage (``origin``, a wire copy's first printing). Two outlets' unattributed "2 killed" are
    two reporters' words, about two events as likely as one. An undated figure says nothing of
    which event it counts: "authorities" who give "5 soldiers killed" in an article on a church
    attack in DR Congo and in one on a convoy in Mexico are two bodies, and a name is no better
    tie: an army's "4 soldiers killed" in an article on a clash with one group and in one on
    another group's raid, or an air force's "2 missiles" in articles on five nights' strikes, are
    one claimant's figures of different events, and no date, often no place, tells them apart.
    Only a passage one article prints from another (a wire copy, ``claim_origin``) says that two
    articles carry one statement: it stays one, relayed by both outlets. A dated claim joins
    within ``WINDOW_DAYS`` and one place (``_cluster``), whoever gives it.

    >>> speaker("NIS", "a:3"), speaker("unattributed", "a:3") == speaker("unattributed", "a:7")
    ('NIS', True)
    >>> speaker("unattributed", "a:3") == speaker("unattributed", "b:3")
    False
    >>> speaker("authorities", "a:3", dated=False) == speaker("authorities", "b:3", dated=False)
    False
    >>> speaker("Pakistan Armed Forces", "a:3", dated=False) == speaker("Pakistan Armed Forces", "b:3", dated=False)
    False
    >>> wire = claim_origin("b", 5, {"b:5": "a:3"})  # b's sentence 5 reprints a's sentence 3
    >>> speaker("Pakistan Armed Forces", wire, dated=False) == speaker("Pakistan Armed Forces", "a:3", dated=False)
    True
    >>> speaker("authorities", "a:3"), speaker("NIS", "a:3")  # dated
    ('authorities', 'NIS')
    """
    own = claimant in NOBODY or not dated
    return f"{claimant}{OWN_WORDS}{origin.rsplit(':', 1)[0]}" if own else claimant


def shown_claimant(key: str) -> str:
    """The claimant a ``speaker`` key shows.

    >>> shown_claimant(speaker("unattributed", "a:3")), shown_claimant("NIS")
    ('unattributed', 'NIS')
    """
    return key.split(OWN_WORDS, 1)[0]


#: Measures that do not say what is counted ("other": drones, homes, people displaced): their
#: estimates are also told apart by the claims' unit, which the estimate's ``unit`` names.
KEYED_BY_UNIT = frozenset({"other"})

ESTIMATE_COLUMNS = [
    "estimate", "origin", "family", "measure", "unit", "place", "countries", "claimant", "value_low", "value_high", "hedge",
    "as_of", "first_reported", "last_reported", "relays", "copies", "relay_differs", "ledger_check", "label",
]
RELAY_COLUMNS = [
    "estimate", "article", "label", "published", "start", "value_low", "value_high", "hedge",
    "measure", "differs", "copy_of",
]


def unit_key(measure: str, unit: str) -> str:
    """The part of what a claim counts that its measure leaves out: the unit for a measure of
    ``KEYED_BY_UNIT`` (drones and homes are not one thing), the kind of people a toll counts
    (``kind_of_people``: 40 civilians killed are not 40 people killed), else nothing.

    >>> unit_key("other", "drone"), unit_key("killed", "civilian"), unit_key("killed", "soldier")
    ('drone', 'civilian', '')
    """
    return unit if measure in KEYED_BY_UNIT else kind_of_people(measure, unit)


def base_status(status: str) -> str:
    """A status as figure groups and estimates compare it: "expected to fight" and
    "fighting" count the same thing; so do "to be deployed" and "deployed".

    >>> base_status("expected to arrive"), base_status("to be deployed"), base_status(None)
    ('to arrive', 'deployed', '')
    """
    return (status or "").removeprefix("expected ").removeprefix("to be ").strip()


def estimate_key(measure: str, unit: str, status: str) -> str:
    """What tells a claim's estimate apart beyond its claimant, measure and value: its
    ``unit_key`` and, for a measure of ``KEYED_BY_UNIT`` ("other", whose measure says nothing
    of what befell what it counts), its status as figure groups compare it (``base_status``):
    400,000 people who left a camp (no status) and 25 million people at risk of hunger are not
    estimates of one thing, so never one median of the agreement chart ("other: person" and
    "other: person (at risk)"); a share (``SHARE_UNIT``) stays a share.

    >>> estimate_key("other", "person", ""), estimate_key("other", "person", "at risk")
    ('person', 'person (at risk)')
    >>> estimate_key("other", "", "released"), estimate_key("killed", "civilian", "killed"), estimate_key("other", "percent", "killed")
    ('(released)', 'civilian', 'percent')
    """
    key = unit_key(measure, unit)
    if measure not in KEYED_BY_UNIT or unit == SHARE_UNIT or not (said := base_status(status)):
        return key
    return f"{key} ({said})" if key else f"({said})"


#: The unit of a share ("40 % of the dead"): a part of a toll, not a kind of people.
SHARE_UNIT = "percent"


def nouns_alike(measure: str) -> bool:
    """Whether a measure's nouns all count one thing, which the measure says: a troop measure's
    "soldiers", "troops" and "personnel" are the force, a munitions measure's "shells" and
    "rounds" one stock (``data/lexicons/measures.csv``, families ``troops`` and ``munitions``).

    >>> nouns_alike("troops_present"), nouns_alike("killed")
    (True, False)
    """
    return measures.family(measure) in ("troops", "munitions")


@lru_cache(maxsize=1)
def toll_nouns() -> frozenset[str]:
    """The nouns that name a toll or a force itself, not a kind of the people it counts:
    "soldier", "casualty", "death", "person" (``data/lexicons/units.csv``: the units of
    categories ``troops`` and ``casualties``, and the unit of "people"), and the nouns of people
    that name no kind a reader compares apart (``data/lexicons/not_kinds.csv``: people in
    general, "individual"; the people of a place, "resident"), not "child", "woman", "civilian"
    or a nationality ("austrian": it may name the other side or foreigners in the war).

    >>> {"soldier", "casualty", "person", "fighter", "individual", "resident"} <= toll_nouns()
    True
    >>> "civilian" in toll_nouns(), "woman" in toll_nouns(), "american" in toll_nouns()
    (False, False, False)
    """
    from claimtable.lexicons import read_lexicon

    rows = read_lexicon("units")
    people = {r["unit"] for r in rows if r["word"] == "people"}
    general = {r["unit"] for r in read_lexicon("not_kinds")}
    return frozenset({r["unit"] for r in rows if r["category"] in ("troops", "casualties")} | people | general)


@lru_cache(maxsize=1)
def people_measures() -> tuple[str, ...]:
    """The measures whose figures a kind of people tells apart (``kind_of_people``): every
    measure of ``data/lexicons/measures.csv`` but those whose nouns are alike (``nouns_alike``)
    and those keyed by any unit (``KEYED_BY_UNIT``).

    >>> "killed" in people_measures(), "troops_present" in people_measures(), "other" in people_measures()
    (True, False, False)
    """
    return tuple(sorted(m for m in measures.measures() if m not in KEYED_BY_UNIT and not nouns_alike(m)))


@lru_cache(maxsize=4096)
def kind_of_people(measure: str, unit: str) -> str:
    """The noun that tells a figure of a measure of people (``people_measures``: "killed",
    "wounded", "displaced") from the toll itself, by the figure groups' rule
    (``compare.can_be_one``): a kind of people, "civilian", "child", "woman", is its
    own estimate and its own row of the agreement chart ("killed: civilian"); a noun that names
    the toll or the force itself (``toll_nouns``: "soldier", "fighter", "casualty", "person"),
    people in general ("individual") or of a place ("resident", ``data/lexicons/not_kinds.csv``),
    a share (``SHARE_UNIT``) or the measure's own noun ("refugee" of ``refugees``,
    "displaced person" of ``displaced``) is the measure's, "" (so 40 soldiers killed and 40
    people killed can be one figure, and 40 civilians killed never one with either).

    >>> [kind_of_people("killed", u) for u in ("civilian", "soldier", "person", "fighter", "percent", "")]
    ['civilian', '', '', '', '', '']
    >>> [kind_of_people(m, u) for m, u in (("killed", "individual"), ("wounded", "woman"), ("killed", "american"))]
    ['', 'woman', 'american']
    >>> kind_of_people("troops_present", "police officer"), kind_of_people("refugees", "refugee"), kind_of_people("displaced", "displaced person")
    ('', '', '')
    """
    if not unit or unit == SHARE_UNIT or unit in toll_nouns() or measure not in people_measures():
        return ""
    if unit == measure.removesuffix("s") or measure in unit.split():
        return ""  # the measure's own noun
    return unit


def counted(measure: str, unit: str) -> str:
    """What an estimate counts, as charts and tables name it: its measure, with the unit when
    the measure does not say it.

    >>> counted("other", "drone"), counted("killed", "person"), counted("other", "")
    ('other: drone', 'killed', 'other')
    """
    key = unit_key(measure, unit)
    return f"{measure}: {key}" if key else measure


def distance_days(a: PartialDate | None, b: PartialDate | None) -> float:
    """Days between two dates; a month-only date is as near as can be to any day of its month
    (``inf`` when one is unknown, 0 when both are).

    >>> distance_days(PartialDate(2024, 10, 1), PartialDate(2024, 10, 9))
    8
    >>> distance_days(PartialDate(2024, 10), PartialDate(2024, 10, 30)), distance_days(PartialDate(2024, 10), PartialDate(2024, 12))
    (0, 61)
    """
    if a is None or b is None:
        return 0 if a is None and b is None else float("inf")
    if a.day is not None and b.day is not None:
        return abs((a.to_date() - b.to_date()).days)
    months = abs((a.year * 12 + a.month) - (b.year * 12 + b.month))
    return 0 if months == 0 else round(months * 30.5)


@dataclass
class _Estimate:
    claimant: str
    measure: str
    low: float
    high: float
    first: PartialDate | None
    unit: str = ""  # the unit that tells it apart (``unit_key``), "" for most measures
    place: str = ""  # the place most of its relays name ("" when none names one)
    rows: list[dict] = field(default_factory=list)  # one claim per article (its relay)
    articles: set[str] = field(default_factory=set)
    countries: frozenset[str] = frozenset()  # those its relays' articles name (``articles_countries``)
    reported: PartialDate | None = None  # its first relay's publication date (``first_reported``)

    @property
    def relays(self) -> int:
        """How many independent reports carry it: articles that print one wire passage
        (``_origin``, the sentences' ``also_in``) count once."""
        return len({r["_origin"] for r in self.rows})

    @property
    def copies(self) -> int:
        """How many more articles print a passage another of its relays already prints."""
        return len(self.rows) - self.relays

    def reports(self) -> list[dict]:
        """Its relays that count as reports: the first article (rows in published order) to
        print each wire passage, and every article with its own; five outlets printing one
        agency's copy are one vote, not five."""
        seen: set[str] = set()
        return [r for r in self.rows if not (r["_origin"] in seen or seen.add(r["_origin"]))]

    def most_given(self, column: str) -> str:
        """The value of ``column`` most of its reports give (ties: the earliest report's).

        >>> e = _Estimate("NIS", "troops_present", 1500, 1500, None, rows=[
        ...     {"hedge": "approximate", "_origin": "wire"}, {"hedge": "approximate", "_origin": "wire"},
        ...     {"hedge": "approximate", "_origin": "wire"}, {"hedge": "exact", "_origin": "b"},
        ...     {"hedge": "exact", "_origin": "c"}])
        >>> e.most_given("hedge")  # three copies of one wire passage are one report
        'exact'
        """
        reports = self.reports()
        counts = Counter(r[column] for r in reports)
        best = max(counts.values())
        return next(r[column] for r in reports if counts[r[column]] == best)

    def hedge(self) -> str:
        """The hedge most reports give (``most_given``)."""
        return self.most_given("hedge")

    def shown_unit(self) -> str:
        """The unit it counts: the one that tells it apart, else the one most reports give
        (``most_given``)."""
        return self.unit or self.most_given("unit")


@dataclass
class Estimates:
    """The estimates table and the relays table (``ESTIMATE_COLUMNS``, ``RELAY_COLUMNS``).

    >>> found = build(pd.DataFrame(columns=["article", "claimant", "measure", "value_low",
    ...                                     "value_high", "hedge", "as_of", "start"]))
    >>> list(found.estimates.columns) == ESTIMATE_COLUMNS, len(found.relays)
    (True, 0)
    """

    estimates: pd.DataFrame
    relays: pd.DataFrame


def _key(day: PartialDate | None) -> tuple[bool, tuple[int, int, int]]:
    """Sort key: known dates in order, unknown last."""
    return (day is None, day.key if day else (0, 0, 0))


def _published_order(rows: list[dict]) -> list[dict]:
    return sorted(rows, key=lambda r: (_key(r["_published"]), r["article"], r["start"]))


def starts_window(previous: tuple | None, first: PartialDate | None, key: tuple,
                  day: PartialDate | None) -> bool:
    """Whether a claim (or statement) of ``key`` (claimant, measure, unit key, value) dated
    ``day``, in (key, as_of) order, opens a new time window: the key changed, or the date is
    more than ``WINDOW_DAYS`` from the window's ``first``. Both engines cut windows by it.

    >>> starts_window(("X", "killed", "", 4.0, 4.0), PartialDate(2025, 3, 1), ("X", "killed", "", 4.0, 4.0), PartialDate(2025, 3, 9))
    True
    """
    return previous is None or key != previous or distance_days(first, day) > WINDOW_DAYS


#: Where a claim is, as ``place_groups`` reads it: its place (``articles_places``) and, when that
#: names no country, the countries its article's claims name (``where_of``), "; "-separated.
Where = tuple[str, str]


def where_of(place: str, countries: frozenset[str]) -> Where:
    """A claim's ``Where``: its place, and its article's ``countries`` only when the place names
    no country of its own (a place's own country is where it is, whatever the article's).

    >>> where_of("", frozenset({"SD", "TD"})), where_of("Khartoum", frozenset({"PS"}))
    (('', 'SD; TD'), ('Khartoum', ''))
    """
    from claimtable.compare import _place_parts

    return place, "" if _place_parts(place)[0] else "; ".join(sorted(countries))


def place_groups(named: dict[Where, int]) -> dict[Where, Where]:
    """The estimates one time window of one claimant, measure and value splits into by place
    and war: for each ``Where`` its claims are (``named``: (place, countries) -> how many
    articles give it there; ``("", "")`` for no place in an article of no country), the
    ``Where`` of the estimate it joins. Places are taken most articles first (then by name),
    then those that name none in their articles' countries; each joins the first estimate it
    can be one with (``compare.wars_can_be_one``: Kharkiv is not Odesa, Ukraine may be either;
    an undated "10 killed" in articles on Sudan is not one in articles on Gaza), else starts its
    own. Claims that name no place nor country join the first estimate (the place most articles
    name): a relay that drops the place does not split a statement.

    >>> place_groups({("Kharkiv", ""): 2, ("Odesa", ""): 1, ("", ""): 3, ("Ukraine", ""): 1})[("", "")]
    ('Kharkiv', '')
    >>> list(place_groups({("", "SD"): 2, ("", "PS"): 1, ("", ""): 1}).values())
    [('', 'SD'), ('', 'PS'), ('', 'SD')]
    """
    from claimtable.compare import war_of

    places: Counter[str] = Counter()
    for (place, _), n in named.items():
        places[place] += n
    told = sorted((k for k in named if k[0]), key=lambda k: (-places[k[0]], k[0], -named[k], k[1]))
    told += sorted((k for k in named if not k[0] and k[1]), key=lambda k: (-named[k], k[1]))
    seeds: list[Where] = []  # each war's first, as written
    read: list[tuple[str, frozenset[str]]] = []  # the same, as ``war_of`` reads them
    joined: dict[Where, Where] = {}
    for key in told:
        war = war_of(read, (key[0], countries_read(key[1])))
        if war == len(seeds):
            seeds.append(key)
        joined[key] = seeds[war]
    if ("", "") in named:
        joined[("", "")] = seeds[0] if seeds else ("", "")
    return joined


def articles_places(window: list[dict]) -> Callable[[dict], str]:
    """The place of each claim of one time window (in date order, then article and offset):
    its own, else the first its article gives the same figure in the window ("4 killed" in a
    lede, "4 killed in Odesa" below it: one statement, in Odesa), else none (``place_groups``
    then joins it to the place most relays name).

    >>> window = [{"article": "x", "place": ""}, {"article": "x", "place": "Odesa"},
    ...           {"article": "y", "place": ""}]
    >>> [articles_places(window)(c) for c in window]
    ['Odesa', 'Odesa', '']
    """
    first: dict[str, str] = {}
    for c in window:
        if c["place"]:
            first.setdefault(c["article"], c["place"])
    return lambda c: c["place"] or first.get(c["article"], "")


def _cluster(claims: list[dict], countries: Mapping[str, frozenset[str]] | None = None) -> list[_Estimate]:
    """Estimates from claims sorted by (claimant, measure, unit key, value, as_of): a time
    window starts when the key changes or the date is more than ``WINDOW_DAYS`` from the
    window's first (``starts_window``); a window splits by place and war (``place_groups``,
    a claim of no country's place read in its article's ``countries``, ``article_countries``)."""
    countries = countries or {}
    windows: list[list[dict]] = []
    previous, first = None, None
    for c in claims:
        key = (c["claimant"], c["measure"], c["_unit_key"], c["value_low"], c["value_high"])
        if starts_window(previous, first, key, c["_as_of"]):
            windows.append([])
            previous, first = key, c["_as_of"]
        windows[-1].append(c)
    out: list[_Estimate] = []
    for window in windows:
        placed = articles_places(window)

        def own(c: dict, placed=placed) -> Where:
            return where_of(placed(c), countries.get(c["article"], frozenset()))

        articles: dict[Where, set[str]] = {}
        for c in window:
            articles.setdefault(own(c), set()).add(c["article"])
        joined = place_groups({p: len(a) for p, a in articles.items()})
        earliest: dict[Where, dict] = {}
        for c in window:  # in date order
            earliest.setdefault(joined[own(c)], c)
        by_place: dict[Where, _Estimate] = {}
        for seed in dict.fromkeys(joined.values()):  # most articles first
            c = earliest[seed]
            by_place[seed] = _Estimate(c["claimant"], c["measure"], c["value_low"], c["value_high"],
                                       c["_as_of"], c["_unit_key"], seed[0])
            out.append(by_place[seed])
        for c in window:
            e = by_place[joined[own(c)]]
            if c["article"] not in e.articles:  # an article relays a statement once
                e.articles.add(c["article"])
                e.rows.append(c)
    return out


def _comparable(a: _Estimate | Head, b: _Estimate | Head) -> bool:
    lo = max(min(a.high, b.high), 1)
    hi = max(max(a.low, b.low), 1)
    return hi / lo <= CHANGED_VALUE_FACTOR


@dataclass
class Head:
    """What the comparison of estimates needs of one (no relays): the DuckDB engine
    (``compare_duckdb``) builds these from aggregates.

    >>> Head("NIS", "killed", 100.0, 100.0, None, 3).relays
    3
    """

    claimant: str
    measure: str
    low: float
    high: float
    first: PartialDate | None
    relays: int  # independent reports (a wire passage printed by several articles counts once)
    unit: str = ""  # the unit that tells it apart (``unit_key``)
    place: str = ""  # the place most of its relays name (``place_groups``)
    copies: int = 0  # the articles that print a passage another relay prints too
    countries: frozenset[str] = frozenset()  # those its relays' articles name (``countries_read``)
    reported: PartialDate | None = None  # its first relay's publication date (``first_reported``)


def _changed_versions(found: list[_Estimate] | list[Head]) -> dict[int, str]:
    """For each estimate that is a changed version of another of the same claimant and time,
    what changed and what most relays say (keys: positions in ``found``). Never one of another
    war's (``compare.wars_can_be_one``): a UN agency's undated "12 killed" in articles on Sudan
    is no changed relay of its "10 killed" in articles on Gaza.

    >>> heads = [Head("UN", "killed", v, v, None, r, countries=frozenset({c})) for v, r, c in
    ...          [(12, 1, "SD"), (10, 3, "PS"), (11, 1, "PS")]]
    >>> _changed_versions(heads)
    {2: 'value: 11 where 3 relays have 10'}
    """
    from claimtable.compare import wars_can_be_one

    by_claimant: dict[tuple[str, str], list[int]] = {}
    for i, e in enumerate(found):
        if shown_claimant(e.claimant) not in NOBODY:
            by_claimant.setdefault((e.claimant, measures.family(e.measure)), []).append(i)
    changed: dict[int, str] = {}
    relays = [e.relays for e in found]  # a property that counts its rows: once, not per pair
    for members in by_claimant.values():
        possible = _possible_versions(found, members, relays)
        for i in members:
            a = found[i]
            for j in possible(i):
                b = found[j]
                if i == j or a.unit != b.unit:
                    continue  # another thing counted ("other": drones, homes), not a version
                if not wars_can_be_one(a.place, a.countries, b.place, b.countries):
                    continue  # another place ("4 killed in Kharkiv", "5 killed in Odesa") or war
                same_value = (a.low, a.high) == (b.low, b.high)
                revised = not same_value and a.measure == b.measure and _comparable(a, b) and _revised(a, b)
                if revised:  # the claimant's own update, however many relays carry each value
                    if revision_order(a, b):
                        changed.setdefault(i, revision_note(a, b))
                    continue
                if relays[j] <= relays[i] or distance_days(a.first, b.first) > WINDOW_DAYS:
                    continue  # only a version carried by more relays is the statement
                if same_value and a.measure != b.measure:
                    changed.setdefault(i, f"measure: {a.measure} where {relays[j]} relays have {b.measure}")
                elif not same_value and a.measure == b.measure and _comparable(a, b):
                    changed.setdefault(i, f"value: {_text(a)} where {relays[j]} relays have {_text(b)}")
    return changed


def _possible_versions(found: list[_Estimate] | list[Head], members: list[int],
                       relays: list[int]) -> Callable[[int], list[int]]:
    """For one claimant's estimates (``members``, positions in ``found``), the members each one
    can be a changed version of, in ``members``' order: ``_changed_versions`` tests only these,
    so a claimant with 10,000 figures in a live blog costs a sort, not 100 million pairs.

    A note needs the claimant's own revision (both dated, at most ``REVISION_WINDOW_DAYS``
    apart: never more than two calendar months) or a version with more relays at most
    ``WINDOW_DAYS`` away (an undated estimate is 0 days from another undated one and infinitely
    far from a dated one). Every other pair is skipped by those tests anyway.

    >>> e = [Head("NIS", "troops", v, v, d, r) for v, d, r in
    ...      [(10, None, 1), (11, None, 3), (12, None, 1), (20, PartialDate(2024, 1, 31), 1),
    ...       (25, PartialDate(2024, 3, 2), 1), (30, PartialDate(2024, 6, 1), 1)]]
    >>> possible = _possible_versions(e, [0, 1, 2, 3, 4, 5], [h.relays for h in e])
    >>> possible(0), possible(1), possible(3), possible(5)
    ([1], [], [3, 4], [5])
    """
    undated: list[tuple[int, int]] = []  # (relays, member) of the undated ones
    by_month: dict[int, list[int]] = {}
    for m in members:
        first = found[m].first
        if first is None:
            undated.append((relays[m], m))
        else:
            by_month.setdefault(first.year * 12 + first.month, []).append(m)
    undated.sort()
    carried = [r for r, _ in undated]

    def possible(i: int) -> list[int]:
        first = found[i].first
        if first is None:  # only a version with more relays: those after its relays in the sort
            return sorted(m for _, m in undated[bisect.bisect_right(carried, relays[i]):])
        month = first.year * 12 + first.month
        # 31 days can span two month boundaries (31 January to 3 March); members are ascending
        return sorted(m for k in range(month - 2, month + 3) for m in by_month.get(k, ()))

    return possible


def _by_reported(a: _Estimate | Head, b: _Estimate | Head) -> bool:
    """Whether the articles order two values of a revision, not their ``as_of``: both first
    reported on known, different days, in the other order than their ``as_of``, and the one
    ``as_of`` puts first dated by a month only (the event's, "killed in April", not the day of
    a statement: "said on 13 April that 300 were killed" in a later article keeps its day)."""
    if a.reported is None or b.reported is None or a.reported.key == b.reported.key:
        return False
    if (a.reported.key < b.reported.key) == (_key(a.first) < _key(b.first)):
        return False
    earlier = a.first if _key(a.first) < _key(b.first) else b.first
    return earlier is not None and earlier.day is None


def revision_order(a: _Estimate | Head, b: _Estimate | Head) -> bool:
    """Whether ``a`` is the older of a claimant's two values in a revision (``_revised``): the
    one first reported earlier when the articles' publication days disagree with an ``as_of``
    that is an event's month (``_by_reported``: an article of 22 May, the agency "now says at
    least 180 killed in April, up from its earlier count of 120", which an article of 14 May
    gave: 180 is dated 2025-04 by the event, yet it is the newer figure), else the one of the
    earlier ``as_of`` (a later article's "said on 13 April that 300 were killed" is older than
    another's 400 of 20 April).

    >>> old = Head("IOM", "killed", 120, 120, PartialDate(2025, 5, 14), 1, reported=PartialDate(2025, 5, 14))
    >>> new = Head("IOM", "killed", 180, 180, PartialDate(2025, 4), 1, reported=PartialDate(2025, 5, 22))
    >>> revision_order(old, new), revision_order(new, old)
    (True, False)
    >>> a = Head("X", "killed", 300, 300, PartialDate(2025, 4, 13), 1, reported=PartialDate(2025, 4, 20))
    >>> b = Head("X", "killed", 400, 400, PartialDate(2025, 4, 20), 1, reported=PartialDate(2025, 4, 20))
    >>> revision_order(a, b)  # reported on one day: as_of orders them
    True
    >>> late = Head("X", "killed", 300, 300, PartialDate(2025, 4, 13), 1, reported=PartialDate(2025, 4, 25))
    >>> revision_order(late, b)  # its own day, 13 April, though first reported on the 25th
    True
    """
    if _by_reported(a, b):
        return _key(a.reported) < _key(b.reported)
    return _key(a.first) < _key(b.first)


def revision_note(a: _Estimate | Head, b: _Estimate | Head) -> str:
    """The note of a revision from ``a`` (the older, ``revision_order``) to ``b``: each value
    with its ``as_of``, or with the day it was first reported when those days order them.

    >>> old = Head("IOM", "killed", 120, 120, PartialDate(2025, 5, 14), 1, reported=PartialDate(2025, 5, 14))
    >>> new = Head("IOM", "killed", 180, 180, PartialDate(2025, 4), 1, reported=PartialDate(2025, 5, 22))
    >>> revision_note(old, new)
    'revised: 120 (reported 2025-05-14), then 180 (reported 2025-05-22) by the claimant'
    """
    if _by_reported(a, b):
        return (f"revised: {_text(a)} (reported {a.reported}), then "
                f"{_text(b)} (reported {b.reported}) by the claimant")
    return f"revised: {_text(a)} ({a.first}), then {_text(b)} ({b.first}) by the claimant"


def _revised(a: _Estimate | Head, b: _Estimate | Head) -> bool:
    """Whether two values of one claimant are its own revision, not a relay's change: both
    dated, more than ``REVISION_DAYS`` and at most ``REVISION_WINDOW_DAYS`` apart (300 on 13
    April, "raising its earlier toll" to 400 on 20 April; 150 on 1 March, more than 200 on 10
    March), whichever of them more relays carry."""
    return (a.first is not None and b.first is not None
            and REVISION_DAYS < distance_days(a.first, b.first) <= REVISION_WINDOW_DAYS)


def relay_change(note: str) -> str:
    """What a relay changed, from an estimate's note of ``_changed_versions``: ``value`` or
    ``measure``; nothing for the claimant's own revision.

    >>> relay_change("value: 300 where 2 relays have 400"), relay_change("revised: 300 (2025-04-13), then 400 (2025-04-20) by the claimant")
    ('value', '')
    """
    what = note.partition(":")[0]
    return what if what in ("value", "measure") else ""


def _text(e: _Estimate | Head) -> str:
    from claimtable.compare import figure_text

    return figure_text(e.low, e.high)


def is_rate(per: pd.Series) -> pd.Series:
    """Which claims are rates ("1,500 arrive each day": ``per`` names a period): they say how
    fast a count grows, not how large it is, so they are never an estimate of a count (they
    stay in the claims table, with their ``per``).

    >>> is_rate(pd.Series(["", "day", None, "week"])).tolist()
    [False, True, False, True]
    """
    return per.fillna("").astype(str).str.strip() != ""


def _prepare(claims: pd.DataFrame, articles: pd.DataFrame | None,
             copies: dict[str, str]) -> list[dict]:
    labels: dict[str, str] = {}
    published: dict[str, str] = {}
    if articles is not None and len(articles):
        labels = dict(zip(articles["article"], articles["label"], strict=True))
        published = dict(zip(articles["article"], articles["published"], strict=True))
    rows = []
    for col in ("unit", "status", "place", "per", "sentence_no"):
        if col not in claims:
            claims = claims.assign(**{col: ""})
    claims = claims[~is_rate(claims["per"])]
    for c in claims[["article", "claimant", "measure", "unit", "status", "place", "value_low", "value_high",
                     "hedge", "as_of", "start", "sentence_no"]].to_dict("records"):
        c["_origin"] = claim_origin(c["article"], c.pop("sentence_no"), copies)
        c["unit"] = str(c["unit"] or "") if c["unit"] == c["unit"] else ""
        c["place"] = str(c["place"] or "") if c["place"] == c["place"] else ""
        status = c.pop("status")
        c["_unit_key"] = estimate_key(c["measure"], c["unit"], str(status or "") if status == status else "")
        c["value_low"], c["value_high"] = float(c["value_low"]), float(c["value_high"])
        c["as_of"] = str(c["as_of"] or "") if c["as_of"] == c["as_of"] else ""
        c["_as_of"] = parse_published(c["as_of"])
        c["claimant"] = speaker(str(c["claimant"] or "") if c["claimant"] == c["claimant"] else "", c["_origin"],
                                c["_as_of"] is not None)
        c["label"] = labels.get(c["article"], c["article"])
        c["published"] = str(published.get(c["article"], "") or "")
        c["_published"] = parse_published(c["published"])
        rows.append(c)
    rows.sort(key=lambda c: (c["claimant"], c["measure"], c["_unit_key"], c["value_low"],
                             c["value_high"], _key(c["_as_of"]), c["article"], c["start"]))
    return rows


def numbering(found: list[_Estimate] | list[Head]) -> list[int]:
    """Positions of estimates in the order they are numbered: by family, measure, unit key,
    claimant, date, value and place, so the numbering is stable whatever order they were found in.

    >>> numbering([Head("X", "troops_present", 9, 9, None, 1), Head("X", "containers", 5, 5, None, 1)])
    [1, 0]
    """
    return sorted(range(len(found)), key=lambda i: (
        measures.family(found[i].measure), found[i].measure, found[i].unit, found[i].claimant,
        _key(found[i].first), found[i].low, found[i].high, found[i].place))


def wire_copies(sentences_csv: str | Path | None) -> dict[str, str]:
    """The sentences that an earlier file already carries (a wire copy), from a
    ``sentences.csv`` (``load``'s ``also_in``): "article:sentence" -> the first copy's
    "article:sentence". Empty when there is no such file.

    >>> wire_copies("data/processed/sentences.csv")  # the seeds share no passage
    {}
    """
    if sentences_csv is None or not Path(sentences_csv).is_file():
        return {}
    table = pd.read_csv(sentences_csv, usecols=["article", "sentence", "also_in"], dtype=str,
                        keep_default_na=False)
    table = table[table["also_in"] != ""]
    return dict(zip(table["article"] + ":" + table["sentence"], table["also_in"], strict=True))


def claim_origin(article: str, sentence_no, copies: dict[str, str]) -> str:
    """The passage a claim's sentence prints: the first copy's "article:sentence" when it is a
    wire copy (``wire_copies``), else its own.

    >>> claim_origin("b", 4, {"b:4": "a:2"}), claim_origin("c", 1.0, {"b:4": "a:2"})
    ('a:2', 'c:1')
    """
    try:
        own = f"{article}:{int(float(sentence_no))}"
    except (TypeError, ValueError):
        return f"{article}:?"
    return copies.get(own, own)


def article_countries(claims: pd.DataFrame) -> dict[str, frozenset[str]]:
    """The countries each article's claims name (``compare.article_countries``, from every
    claim's ``place``, rates included: "1,500 arrive each day in Kursk" still says where the
    article is); an article whose places name no country, those most of its claims' sentences
    name (``compare.placed_or_written``, ``compare.most_written``: "LIMA, Peru -- ..., injuring
    nine police officers, authorities said" is in Peru, not of no country).

    >>> sorted(article_countries(pd.DataFrame({"article": ["a", "a", "b"], "place": ["Kharkiv", None, ""]}))["a"])
    ['UA']
    >>> article_countries(pd.DataFrame({"article": ["a"], "place": [""], "claimant_phrase": ["police"],
    ...                                 "sentence": ["In Lima, Peru, nine were hurt, police said."]}))
    {'a': frozenset({'PE'})}
    """
    from claimtable.compare import article_countries as countries_of
    from claimtable.compare import most_written, placed_or_written, sentence_countries

    if "place" not in claims or not len(claims):
        return {}
    places = claims["place"].astype(object).where(claims["place"].notna(), "")
    placed = countries_of(zip(claims["article"].astype(str), places, strict=True))
    if "sentence" not in claims:
        return placed
    unplaced = claims[~claims["article"].astype(str).isin(placed)]

    def cell(value: object) -> str:
        return value if isinstance(value, str) else ""

    phrases = unplaced["claimant_phrase"] if "claimant_phrase" in unplaced else pd.Series("", index=unplaced.index)
    numbers = unplaced["sentence_no"] if "sentence_no" in unplaced else pd.Series(None, index=unplaced.index, dtype=object)
    sentences = {(str(a), _number(k), sentence_countries(cell(s), cell(p)))  # each sentence once
                 for a, k, s, p in zip(unplaced["article"], numbers, unplaced["sentence"], phrases, strict=True)}
    written = most_written((a, countries) for a, _, countries in sentences)
    return placed_or_written(placed, written)


def _number(value: object) -> int | None:
    """A sentence's number as the claims table holds it (none when missing).

    >>> _number(3.0), _number(float("nan")), _number(None)
    (3, None, None)
    """
    try:
        return None if value is None or pd.isna(value) else int(value)
    except (TypeError, ValueError):
        return None


def articles_countries(articles: Iterable[str], countries: Mapping[str, frozenset[str]]) -> str:
    """The ``countries`` cell of an estimate: the countries (ISO codes, sorted, "; "-separated)
    its relays' ``articles`` name (``countries``: each article's, ``article_countries``); an
    estimate whose ``place`` names no country is read in them (``compare.About.context``), so
    an undated "300 troops" relayed by articles on Sudan is never compared with one relayed by
    articles on Mexico.

    >>> articles_countries(["a", "b", "c"], {"a": frozenset({"UA", "RU"}), "b": frozenset({"KP"})})
    'KP; RU; UA'
    """
    return "; ".join(sorted(set().union(*(countries.get(a, frozenset()) for a in articles))))


def countries_read(cell: object) -> frozenset[str]:
    """The countries of a ``countries`` cell (none for an empty or missing one).

    >>> sorted(countries_read("RU; UA")), countries_read(float("nan"))
    (['RU', 'UA'], frozenset())
    """
    if not isinstance(cell, str):
        return frozenset()
    return frozenset(c.strip() for c in cell.split(";") if c.strip())


def estimate_row(number: int, e: _Estimate | Head, hedge: str, notes: list[str],
                 first_reported: str, last_reported: str, label: str, unit: str = "",
                 countries: str = "") -> dict:
    """One row of the estimates table (``ESTIMATE_COLUMNS``), as every engine writes it;
    ``unit`` is what it counts (the unit most relays give) when its key does not say it;
    ``countries`` those its relays' articles name (``articles_countries``).

    >>> estimate_row(1, Head("X", "troops_present", 9, 9, None, 2), "exact", [], "", "", "a")["relays"]
    2
    """
    return {
        "estimate": number, "origin": "extracted", "family": measures.family(e.measure),
        "measure": e.measure, "unit": e.unit or unit, "place": e.place, "countries": countries,
        "claimant": shown_claimant(e.claimant),
        "value_low": e.low, "value_high": e.high,
        "hedge": hedge, "as_of": str(e.first) if e.first else "",
        "first_reported": first_reported, "last_reported": last_reported,
        "relays": e.relays, "copies": e.copies, "relay_differs": "; ".join(notes), "ledger_check": "", "label": label,
    }


def build(claims: pd.DataFrame, articles: pd.DataFrame | None = None,
          copies: dict[str, str] | None = None) -> Estimates:
    """Estimates and relays of a claims table (with ``measure`` and ``as_of``); ``articles``
    (the sources table) gives each relay its label and publication date; ``copies``
    (``wire_copies``) the sentences that reprint an earlier file's: relays that print one
    wire passage are one report (``relays``), the others its ``copies`` (each relay's
    ``copy_of`` names the article whose passage it reprints). Estimates are numbered by
    family, measure, claimant, date and value, so the numbering is stable.

    >>> one = {"claimant": "Zelensky", "measure": "killed", "value_low": 100, "value_high": 100,
    ...        "hedge": "exact", "start": 0}
    >>> claims = pd.DataFrame([{**one, "article": "a", "as_of": "2024-12-01"},
    ...                        {**one, "article": "b", "as_of": "2024-12-20"}])
    >>> build(claims).estimates["as_of"].tolist()  # 19 days apart: said again, not relayed
    ['2024-12-01', '2024-12-20']
    """
    in_article = article_countries(claims)
    found = _cluster(_prepare(claims, articles, copies or {}), in_article)
    for e in found:
        e.rows = _published_order(e.rows)
        e.countries = countries_read(articles_countries(e.articles, in_article))
        e.reported = next((r["_published"] for r in e.rows if r["_published"] is not None), None)
    changed = _changed_versions(found)
    order = numbering(found)
    estimate_rows, relay_rows = [], []
    for number, i in enumerate(order, start=1):
        e = found[i]
        hedge = e.hedge()
        other_hedge = [r for r in e.reports() if r["hedge"] != hedge]
        notes = [changed[i]] if i in changed else []
        if other_hedge:  # counted in reports, as ``relays`` is: a wire passage once
            notes.append(f"hedge: {len(other_hedge)} of {e.relays} relays")
        dated = [r["_published"] for r in e.rows if r["_published"] is not None]
        estimate_rows.append(estimate_row(
            number, e, hedge, notes, str(min(dated, key=_key)) if dated else "",
            str(max(dated, key=_key)) if dated else "", e.rows[0]["label"], e.shown_unit(),
            "; ".join(sorted(e.countries))))
        changed_what = relay_change(changed.get(i, ""))  # "value", "measure" or ""
        printed: dict[str, str] = {}  # passage -> the first relay's article that prints it
        for r in e.rows:
            first_print = printed.setdefault(r["_origin"], r["article"])
            differs = [w for w in (changed_what, "hedge" if r["hedge"] != hedge else "") if w]
            relay_rows.append({
                "estimate": number, "article": r["article"], "label": r["label"],
                "published": r["published"], "start": r["start"], "value_low": r["value_low"],
                "value_high": r["value_high"], "hedge": r["hedge"], "measure": r["measure"],
                "differs": "; ".join(differs),
                "copy_of": "" if first_print == r["article"] else first_print,
            })
    return Estimates(pd.DataFrame(estimate_rows, columns=ESTIMATE_COLUMNS),
                     pd.DataFrame(relay_rows, columns=RELAY_COLUMNS))
