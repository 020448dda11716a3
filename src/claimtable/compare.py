"""Compare sources: group claims that report the same thing across articles into figure
groups, say where they agree or differ, and compute the checks an analyst derives from them.

A claim joins a group from another article when it counts the same category and either has
the same status with a comparable value, or states the very same figure (the statuses of one
shipment may be written "shipped" in one outlet and "supplied" in another) — and only when the
two can be about one thing (``can_be_one``): the same measure (and, for a measure that does
not say what it counts, the same unit: drones are not homes), places in one country (and not
two different towns), and dates (``as_of``) at most ``GROUP_WINDOW_DAYS`` apart; a figure with
no date is of the years its sentence names, else no earlier than the latest year its article
names (``years_apart``). A folder that mixes stories (a strike in one city, another war's dead)
then gives a group per event.

>>> import pandas as pd
>>> claims = pd.DataFrame([
...     {"article": "a", "value_low": 1500, "value_high": 1500, "hedge": "exact", "unit": "troop",
...      "category": "troops", "status": "arrived", "claimant": "X", "modality": "reported"},
...     {"article": "b", "value_low": 1500, "value_high": 1500, "hedge": "exact", "unit": "troop",
...      "category": "troops", "status": "arrived", "claimant": "X", "modality": "reported"},
... ])
>>> figure_groups(claims)["finding"].tolist()
['agree', 'agree']
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Generic, TypeVar

import pandas as pd

from claimtable import lexicons
from claimtable.dates import PartialDate, parse_published
from claimtable.estimates import base_status, distance_days, nouns_alike, toll_nouns, unit_key
from claimtable.measures import is_local

#: Differences in the order a reader weighs them: a different number matters most.
DIFFERENCES = ("value", "claimant", "hedge", "unit")
#: Values of one status count as "the same figure, reported differently" within this factor.
COMPARABLE_FACTOR = 3.0
#: Figures whose dates (``as_of``) lie further apart than this are not about one thing (a
#: month: a toll said again weeks later is another figure; a month-only date is near any day
#: of its month).
GROUP_WINDOW_DAYS = 31
#: Figures of which one names no place (neither a gazetteer place nor a named place word,
#: ``named_places``) are about one thing only when their dates, when both have one, lie at
#: most this many days apart (a week: the estimates' window).
NAMELESS_WINDOW_DAYS = 7
#: Figures not both dated (``as_of``), read in the years their sentences name or after the
#: latest year their articles name (``years_apart``), are about one thing only when their years
#: can lie at most this many years apart (a toll of a December and one of the January after
#: are a year apart).
YEARS_APART = 1
GROUP_COLUMNS = ["group", "category", "counted", "figures", "articles", "finding", "notes"]
MEMBER_COLUMNS = ["article", "label", "measure", "value_low", "value_high", "hedge", "modality",
                  "unit", "status", "claimant", "claimant_phrase", "place", "time_ref", "as_of",
                  "sentence", "start", "end"]
#: ``comparison.csv``: one row per claim with its group number and nothing of the group's own
#: (those are in ``agreement.csv``), so the file grows with the claims, not their square.
COMPARISON_COLUMNS = ["group", *MEMBER_COLUMNS]
#: Categories of things whose unit tells one thing from another whatever the measure: 50
#: howitzers and 20 launchers (both ``artillery``) are not one figure, nor are containers and
#: railcars. (Munitions' units name one thing many ways, "shells", "rounds": their measure
#: tells them apart; people's units too, "soldiers", "troops", "casualties".)
UNIT_APART = frozenset({"equipment", "containers"})
#: How a figure group names a figure's empty status.
NO_STATUS = "(no status)"
#: A group's figures text lists this many distinct figures, then says how many more.
MAX_FIGURES_LISTED = 8
#: Estimates a spread check divides lie at most this factor apart: figures of one force
#: further apart count different things (an army of 1.2 million and two soldiers captured from
#: it, a mission's 10,000 troops and a convoy's 64), not rival estimates of one (``spread_sets``).
SPREAD_FACTOR = 10.0
#: Up to this many articles, the agreement table has a column per article (by its label);
#: beyond, a reader needs the groups' summaries, not a grid as wide as the collection.
MAX_SOURCE_COLUMNS = 8


@dataclass
class _Group:
    category: str
    status: str
    low: float  # the first member's bounds, which later members are compared with
    high: float
    members: list[int] = field(default_factory=list)  # positions in the claims list
    articles: set[str] = field(default_factory=set)
    last_article: str = ""

    def add(self, pos: int, article: str) -> None:
        """Take the claim at ``pos`` of the claims list, from ``article``."""
        self.members.append(pos)
        self.articles.add(article)
        self.last_article = article


def _overlap(a_low: float, a_high: float, b_low: float, b_high: float) -> bool:
    return a_low <= b_high and b_low <= a_high


def _comparable(a_low: float, a_high: float, b_low: float, b_high: float) -> bool:
    lo, hi = max(min(a_high, b_high), 1), max(max(a_low, b_low), 1)
    return hi / lo <= COMPARABLE_FACTOR


def _fmt(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"


def figure_text(low: float, high: float) -> str:
    """A figure's bounds as a reader writes them.

    >>> figure_text(1500, 1500), figure_text(200, 999)
    ('1,500', '200–999')
    """
    return _fmt(low) if low == high else f"{_fmt(low)}–{_fmt(high)}"


def _score(g: _Group, status: str, low: float, high: float) -> int:
    same_status = g.status == status and status != ""
    if same_status and _overlap(g.low, g.high, low, high):
        return 3
    if g.low == low and g.high == high:
        return 2
    if same_status and _comparable(g.low, g.high, low, high):
        return 1
    return 0


@dataclass(frozen=True)
class About:
    """What a claim is about beyond its category, for ``can_be_one``: what it counts (its
    measure, with the unit where the measure does not say it), the countries and the towns of
    its ``place`` (the towns when it names only towns), and the day it is about (``as_of``).

    >>> about({"measure": "other", "unit": "drone", "place": "Kharkiv", "as_of": "2025-03-02"})
    About(what=('other', 'drone'), countries=frozenset({'UA'}), towns=frozenset({'Kharkiv'}), day=PartialDate(year=2025, month=3, day=2), named=frozenset({'kharkiv'}), noun='drone', bounds=(0.0, 0.0), local=True, context=frozenset(), unknown='', near=frozenset(), many=False, voice='', years=frozenset(), since=0)
    """

    what: tuple[str, str]
    countries: frozenset[str]
    towns: frozenset[str]
    day: PartialDate | None
    #: the place names the claim's ``place`` and sentence give, lower case (``named_places``):
    #: a camp or a village the gazetteer lacks still tells one event from another
    named: frozenset[str] = frozenset()
    #: the noun the figure counts (its ``unit``): 40 children are not 40 people
    noun: str = ""
    #: the figure's bounds: a claim that names no place joins another noun of a toll only
    #: with the very same figure ("1,100 soldiers", "1,100 casualties")
    bounds: tuple[float, float] = (0.0, 0.0)
    #: its ``place`` names somewhere below a country (``measures.is_local``): a town's, a
    #: region's or one battle's figure, not a national total
    local: bool = False
    #: for a claim whose place names no country: the countries its article's claims name
    #: (``article_countries``), so that "3 killed" with no place in an article on Mexico is no
    #: reading of "3 killed" in an article on Armenia
    context: frozenset[str] = frozenset()
    #: when it names no country and neither does its article, in a collection of articles
    #: about countries with none in common (``many_stories``), so that nothing says which story
    #: it is of: the passage it prints ("article:sentence", the first printer's for a wire copy,
    #: ``estimates.claim_origin``), which only its own copies share; else ""
    unknown: str = ""
    #: for a claim with no place of its own (no ``place``, no place its sentence names): the
    #: towns its article's figures are at (``figure_towns``), the finest places its article
    #: gives, so that "3 soldiers killed" in an article on Poonch is no reading of "3 soldiers
    #: killed" in an article on Kupwara (``towns_apart``)
    near: frozenset[str] = frozenset()
    #: it is of a collection of many stories (``many_stories``): there two figures not both
    #: dated, one tied to no town, are one only as one voice's very same figure (``loose_apart``)
    many: bool = False
    #: in a collection of many stories, who gives it (``voice_of``): there an undated figure tied
    #: to no town joins another only as one voice's very same figure (``loose_apart``)
    voice: str = ""
    #: for a claim with no date of its own (no ``as_of``, as in an article with no publication
    #: date): the years its sentence names (``sentence_years``: "September 5, 1993 – Seven
    #: peacekeepers are killed in Mogadishu"), the finest time it gives (``years_apart``)
    years: frozenset[int] = frozenset()
    #: for a claim with no date of its own whose sentence names no year: the latest year its
    #: article names (``latest_years``); it is of its article's present, which is no earlier
    #: (``years_apart``); 0 when its article names none (nothing says when it is)
    since: int = 0


def article_countries(places: Iterable[tuple[str, str]]) -> dict[str, frozenset[str]]:
    """The countries each article's claims name, from (article, place) pairs.

    >>> {a: sorted(c) for a, c in article_countries([("a", "Kharkiv"), ("a", ""), ("a", "Kursk region"), ("b", "")]).items()}
    {'a': ['RU', 'UA']}
    """
    return figure_countries((article, place, frozenset()) for article, place in places)


@lru_cache(maxsize=16384)
def sentence_towns(sentence: str, claimant_phrase: str = "") -> frozenset[str]:
    """The towns (gazetteer places of kind ``city``) a sentence names, its claimant's words set
    aside, as ``sentence_countries`` reads it.

    >>> sorted(sentence_towns("Three people were killed in Tijuana on Sunday.")), sentence_towns("Three were killed.")
    (['Tijuana'], frozenset())
    """
    return frozenset(p.name for p in _gazetteer_places(sentence, claimant_phrase) if p.kind == "city")


@lru_cache(maxsize=16384)
def _gazetteer_places(sentence: str, claimant_phrase: str = "") -> tuple:
    """The gazetteer places a sentence names (``places.find_places``), its claimant's words set
    aside: one search for ``sentence_countries`` and ``sentence_towns``."""
    if claimant_phrase:
        sentence = sentence.replace(claimant_phrase, " ")
    if not sentence.strip():
        return ()
    from claimtable.places import find_places

    return tuple(find_places(sentence))


@lru_cache(maxsize=16384)
def sentence_countries(sentence: str, claimant_phrase: str = "") -> frozenset[str]:
    """The countries of the gazetteer places a sentence names (``places.find_places``), its
    claimant's words (``claimant_phrase``) set aside: "South Korea's spy agency" says who
    speaks, not where the figure is.

    >>> sorted(sentence_countries("Three people were killed in Tijuana on Sunday.")), sentence_countries("Three were killed.")
    (['MX'], frozenset())
    >>> sentence_countries("South Korea's spy agency said 3,000 troops arrived.", "South Korea's spy agency")
    frozenset()
    """
    return frozenset(p.country for p in _gazetteer_places(sentence, claimant_phrase) if p.country)


def figure_countries(rows: Iterable[tuple[str, str, frozenset[str]]]) -> dict[str, frozenset[str]]:
    """The countries each article is about, for its figure groups, from (article, place,
    countries of the sentence) rows of its claims: those of its claims' places (as
    ``article_countries``) and of every gazetteer place its claims' sentences name
    (``sentence_countries``), so that an article whose "3 killed" names no place, but whose
    other figures' sentences name Tijuana, is read in Mexico. An article that names none has
    no entry (unknown).

    >>> rows = [("a", "", "Three were killed."), ("a", "", "Two were hurt in Tijuana."),
    ...         ("b", "Kharkiv", "Three were killed."), ("c", "", "Three were killed.")]
    >>> {a: sorted(c) for a, c in figure_countries((a, p, sentence_countries(s)) for a, p, s in rows).items()}
    {'a': ['MX'], 'b': ['UA']}
    """
    found: dict[str, set[str]] = {}
    for article, place, written in rows:
        countries = _place_parts(str(place or ""))[0] | written
        if countries:
            found.setdefault(str(article), set()).update(countries)
    return {article: frozenset(c) for article, c in sorted(found.items())}


def most_written(rows: Iterable[tuple[str, frozenset[str]]]) -> dict[str, frozenset[str]]:
    """The countries most of each article's claims' sentences name, from (article, countries of
    the sentence: ``sentence_countries``) rows, one per sentence (a sentence of three figures
    counts once): ties are all kept, an article whose sentences name none has no entry. A town's
    name that the gazetteer also knows elsewhere ("San Pedro", "Santa Barbara") in one sentence
    of an article on Lima does not make it an article on three countries.

    >>> rows = [("a", frozenset({"PE"})), ("a", frozenset({"PE"})), ("a", frozenset({"PH", "US"})),
    ...         ("b", frozenset({"SD", "TD"})), ("c", frozenset())]
    >>> {a: sorted(c) for a, c in most_written(rows).items()}
    {'a': ['PE'], 'b': ['SD', 'TD']}
    """
    counts: dict[str, Counter[str]] = {}
    for article, countries in rows:
        if countries:
            counts.setdefault(str(article), Counter()).update(countries)
    return {article: frozenset(c for c, n in found.items() if n == max(found.values()))
            for article, found in sorted(counts.items())}


def placed_or_written(placed: Mapping[str, frozenset[str]],
                      written: Mapping[str, frozenset[str]]) -> dict[str, frozenset[str]]:
    """Each article's countries as the estimates read them: those its claims' places name
    (``placed``, ``article_countries``); an article whose places name none, those most of its
    claims' sentences name (``written``, ``most_written``: "LIMA, Peru -- Rebel inmates injured
    nine police officers, authorities said" is in Peru, though no figure's place was read); else
    none (no entry).

    >>> placed_or_written({"a": frozenset({"UA"})}, {"a": frozenset({"UA", "RU"}), "b": frozenset({"PE"})})
    {'a': frozenset({'UA'}), 'b': frozenset({'PE'})}
    """
    found = dict(placed)
    for article, countries in written.items():
        if countries and article not in found:
            found[article] = countries
    return dict(sorted(found.items()))


def claims_countries(claims: Iterable[Mapping[str, object]]) -> dict[str, frozenset[str]]:
    """The countries each article is about, for its figure groups (``figure_countries``), from
    its claims as the claims table holds them (mappings with ``article``, ``place``,
    ``sentence`` and ``claimant_phrase``; a missing or empty cell is ""): the comparison
    stage's figure groups and the report's "How to read this" (``of_many_stories``) read them
    here alike.

    >>> claims = [{"article": "a", "place": "", "sentence": "Two were hurt in Tijuana."},
    ...           {"article": "b", "place": "Kharkiv", "sentence": "", "claimant_phrase": ""}]
    >>> {a: sorted(c) for a, c in claims_countries(claims).items()}
    {'a': ['MX'], 'b': ['UA']}
    """
    def cell(claim: Mapping[str, object], column: str) -> str:
        value = claim.get(column, "")
        return value if isinstance(value, str) else ""

    return figure_countries((cell(c, "article"), cell(c, "place"),
                             sentence_countries(cell(c, "sentence"), cell(c, "claimant_phrase")))
                            for c in claims)


def of_many_stories(claims: Iterable[Mapping[str, object]]) -> bool:
    """Whether claims are of a collection of many stories as their figure groups read it:
    ``many_stories`` of their articles' countries (``claims_countries``), the decision the
    pandas figure groups take (``GroupAssigner.many``) and the report says.

    >>> claims = [{"article": "a", "place": "Kharkiv"}, {"article": "b", "sentence": "Two were killed in Odesa."},
    ...           {"article": "c", "sentence": "Three were killed."}]
    >>> of_many_stories(claims), of_many_stories([*claims, {"article": "d", "sentence": "Two died in El Fasher."}])
    (False, True)
    """
    return many_stories(claims_countries(claims))


def figure_towns(rows: Iterable[tuple[str, str, frozenset[str]]]) -> dict[str, frozenset[str]]:
    """The towns each article's figures are at, from (article, place, towns of the sentence) rows
    of its claims: every part of a ``place`` cell that is a town by the gazetteer
    (``_place_parts``; a region or a country is no town) and every town its claims' sentences
    name beside their claimants' words (``sentence_towns``). The finest places an article gives:
    a figure of it with no place of its own is read at them (``About.near``). An article whose
    figures name no town has no entry.

    >>> rows = [("a", "Kharkiv", frozenset()), ("a", "Kursk region", frozenset({"Ussuriysk"})),
    ...         ("b", "Ukraine", frozenset()), ("c", "", frozenset())]
    >>> {a: sorted(t) for a, t in figure_towns(rows).items()}
    {'a': ['Kharkiv', 'Ussuriysk']}
    """
    found: dict[str, set[str]] = {}
    for article, place, written in rows:
        if written:
            found.setdefault(str(article), set()).update(written)
        for part in str(place or "").split(";"):
            if towns := _place_parts(part.strip())[1]:
                found.setdefault(str(article), set()).update(towns)
    return {article: frozenset(t) for article, t in sorted(found.items())}


@lru_cache(maxsize=1)
def year_words() -> dict[str, str]:
    """Words after which a number of 1900-2099 is a year, lower case, each with its role
    (``data/lexicons/year_words.csv``): ``when`` ("in 2009", "the 2023 war", "early 2015",
    "mid-2016"), ``open``, a count that starts then and runs to the article's day ("since 2014",
    "after 2014": no year of its figure, ``sentence_years``), ``ahead``, a deadline ("by 2030",
    "until 2030": no year of its figure, nor one its article was written after, ``latest_years``).
    A month's name or abbreviation is such a word too (the calendar, ``data/lexicons/calendar.csv``).

    >>> year_words()["since"], year_words()["by"], year_words()["mid"]
    ('open', 'ahead', 'when')
    """
    return {row["word"]: row["role"] for row in lexicons.read_lexicon("year_words")}


@lru_cache(maxsize=8)
def _words_of_role(*roles: str) -> frozenset[str]:
    """The year words of the given roles.

    >>> sorted(_words_of_role("ahead"))
    ['by', 'till', 'until']
    """
    return frozenset(w for w, role in year_words().items() if role in roles)


@lru_cache(maxsize=1)
def _year_pattern() -> re.Pattern[str]:
    """A year written as one (``written_years``), the word before it in group ``word``."""
    from claimtable.dates import _calendar

    months = "|".join(sorted(map(re.escape, _calendar()[0]), key=len, reverse=True))
    words = "|".join(sorted(year_words(), key=len, reverse=True))
    return re.compile(
        rf"(?i:\b(?P<word>{words})[\s-]+|\b(?:{months})\.?(?:\s+\d{{1,2}}(?:st|nd|rd|th)?,?)?\s+|\()"
        r"(?P<year>(?:19|20)\d\d)\b(?![,.]\d)"
        r"|\b(?P<lead>(?:19|20)\d\d)(?=-\d\d-\d\d\b|\s*[-–]\s*(?:19|20)?\d\d\b|['’]s\b)")


#: A number that could be a year, any way it is written: what ``written_years`` looks for first.
_ANY_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
#: The years after a written year in a list or a span ("2014-2016", "1993 and 2006").
_MORE_YEARS = re.compile(r"\s*(?:,|and|or|to|through|[-–])\s*(?:and\s+)?((?:19|20)\d\d)\b(?![,.]\d)")


def written_years(text: str) -> list[tuple[str, int]]:
    """The years a text writes as years, each with the word of ``year_words()`` before it (lower
    case, "" for none): after such a word, a month ("March 2014", "March 3, 2014", "3 March
    2014") or a bracket, in an ISO date ("2024-10-23"), before a span's dash or a possessive
    ("2014-2016", "2023's"), and those listed after one ("in 1993 and 2006", with its word); a
    count of 1900 to 2099 is no year ("2000 people fled", "a town of 2,019").

    >>> written_years("In March 2014, 40 were killed; 2000 people fled since 1993 and 2006.")
    [('', 2014), ('since', 1993), ('since', 2006)]
    >>> [y for _, y in written_years("The 2014-2016 war, mid-2019, 2024-10-23 (2009).")], written_years("a town of 2,019")
    ([2014, 2016, 2019, 2024, 2009], [])
    """
    found, end = [], 0
    if not _ANY_YEAR.search(text):  # most sentences: no number that could be a year
        return found
    while m := _year_pattern().search(text, end):
        word = (m.group("word") or "").lower()
        found.append((word, int(m.group("year") or m.group("lead"))))
        end = m.end()
        while more := _MORE_YEARS.match(text, end):
            found.append((word, int(more.group(1))))
            end = more.end()
    return found


@lru_cache(maxsize=16384)
def sentence_years(sentence: str) -> frozenset[int]:
    """The years a claim's sentence names as when something happened (``written_years``), not
    the start of a count ("since 2014") nor a deadline ("by 2030"): the finest time a figure
    with no date of its own gives (``About.years``).

    >>> sorted(sentence_years("September 5, 1993 – Seven peacekeepers are killed in Mogadishu.")), sentence_years("13,000 killed since 2014")
    ([1993], frozenset())
    """
    return frozenset(y for word, y in written_years(sentence)
                     if word not in _words_of_role("open", "ahead"))


def latest_years(sentences_csv: str | Path | None) -> dict[str, int]:
    """The latest year each article names (``written_years``, a deadline's aside: "by 2030")
    in any of its sentences, from a
    ``sentences.csv`` (read in chunks, two columns): an article is written in that year or
    after, and a figure of it with no date of its own whose sentence names no year is read as
    of that time or later (``About.since``). An article that names none has no entry; no file,
    none.

    >>> latest_years("data/processed/sentences.csv")  # the seeds name no year as one
    {}
    """
    if sentences_csv is None or not Path(sentences_csv).is_file():
        return {}
    found: dict[str, int] = {}
    for chunk in pd.read_csv(sentences_csv, usecols=["article", "text"], dtype=str,
                             keep_default_na=False, chunksize=200_000):
        # only a sentence with a number of 1900-2099 can name a year: one vectorised pass
        chunk = chunk[chunk["text"].str.contains(_ANY_YEAR.pattern, regex=True)]
        for article, text in zip(chunk["article"], chunk["text"], strict=True):
            if years := [y for word, y in written_years(text) if word not in _words_of_role("ahead")]:
                found[article] = max(found.get(article, 0), *years)
    return dict(sorted(found.items()))


def years_apart(a: About, b: About) -> bool:
    """Whether two figures, not both dated, are of years that cannot be one: each is of the year
    of its ``as_of``; else of the years its own sentence names (``About.years``: "September 5,
    1993 – Seven peacekeepers are killed in Mogadishu"); else of its article's present, no
    earlier than the latest year the article names (``About.since``: an article that names 2007
    was written in 2007 or after); else of any time (a date is never guessed). They are apart
    when their years lie more than ``YEARS_APART`` apart. Mogadishu's "7 killed" of 1993 is no
    reading of "6 killed" in an article that names 2007; a dated toll of 2011 is none of "6
    killed" in an article that names 2024, but may be one of an article that names only 2007
    (written then or later). Two dated figures are weighed by their days (``can_be_one``).

    >>> undated = About(("killed", ""), frozenset({"SO"}), frozenset({"Mogadishu"}), None)
    >>> of_1993, after_2007 = replace(undated, years=frozenset({1993})), replace(undated, since=2007)
    >>> in_2011 = replace(undated, day=PartialDate(2011, 12))
    >>> years_apart(of_1993, after_2007), years_apart(in_2011, replace(undated, since=2024)), years_apart(in_2011, after_2007)
    (True, True, False)
    >>> years_apart(after_2007, replace(undated, since=2024)), years_apart(of_1993, undated), years_apart(of_1993, replace(undated, years=frozenset({1994})))
    (False, False, False)
    """
    if a.day is not None and b.day is not None:
        return False
    a_span, b_span = _year_span(a), _year_span(b)
    if a_span is None or b_span is None:
        return False
    return a_span[0] > b_span[1] + YEARS_APART or b_span[0] > a_span[1] + YEARS_APART


#: The end of an open span of years (``_year_span``): a figure read after a year may be of any later.
_OPEN = 10_000


def _year_span(x: About) -> tuple[int, int] | None:
    """The first and last year a figure can be of (``years_apart``), or None when nothing says."""
    if x.day is not None:
        return x.day.year, x.day.year
    if x.years:
        return min(x.years), max(x.years)
    return (x.since, _OPEN) if x.since else None


def group_unit(claim: dict) -> str:
    """The part of a claim's unit that tells figure groups apart: the unit where the measure
    does not say what is counted (``unit_key``) or where the category is of things whose unit
    does (``UNIT_APART``), else nothing.

    >>> group_unit({"category": "equipment", "measure": "artillery", "unit": "howitzer"})
    'howitzer'
    >>> group_unit({"category": "troops", "measure": "troops_present", "unit": "soldier"})
    ''
    """
    measure, unit = str(claim.get("measure") or ""), str(claim.get("unit") or "")
    return unit_key(measure, unit) or (unit if claim.get("category") in UNIT_APART else "")


def finding_value(claim: dict, what: str) -> object:
    """What a group's finding compares of a claim for one of ``DIFFERENCES`` (and
    ``modality``): the bounds for ``value``; for ``unit``, one unit for every figure of
    people (the measure says what they are: "soldiers", "troops" and "casualties" of one toll
    do not differ); else the column.

    >>> finding_value({"category": "casualties", "unit": "soldier"}, "unit") == finding_value(
    ...     {"category": "casualties", "unit": "casualty"}, "unit")
    True
    """
    if what == "value":
        return (claim["value_low"], claim["value_high"])
    if what == "unit" and claim.get("category") in _people():
        return "people"
    return claim[what]


@lru_cache(maxsize=1)
def _people() -> frozenset[str]:
    from claimtable.lexicons import people_categories

    return people_categories()


def about(claim: dict) -> About:
    """A claim's ``About`` (its ``measure``, ``unit``, ``place``, ``sentence`` and ``as_of``,
    any missing; the unit as ``group_unit`` keeps it)."""
    measure = str(claim.get("measure") or "")
    place = str(claim.get("place") or "")
    countries, towns = _place_parts(place)
    written = claim.get("sentence_places")  # the DuckDB engine's, found as it streams the sentences
    if written is None:
        written = sentence_places(str(claim.get("sentence") or ""))
    day = _day(str(claim.get("as_of") or ""))
    years: frozenset[int] = frozenset()
    if day is None:
        if (named := claim.get("sentence_years")) is not None:  # the DuckDB engine's, "; "-separated
            years = frozenset(int(y) for y in str(named).split("; ") if y)
        else:
            years = sentence_years(str(claim.get("sentence") or ""))
    return About((measure, group_unit(claim)), countries, towns, day,
                 named_places(place, str(written)), str(claim.get("unit") or ""),
                 (_number(claim.get("value_low")), _number(claim.get("value_high"))),
                 is_local(place), years=years)


def _number(value: object) -> float:
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return 0.0


_NAME = r"[A-Z][\w'’-]*(?:\s+(?:al-|el-)?[A-Z][\w'’-]*){0,2}"
_AFTER_PREPOSITION = re.compile(rf"\b(?:in|at|near|around|outside|inside)\s+({_NAME})")


@lru_cache(maxsize=1)
def _before_place_noun() -> re.Pattern[str]:
    """A name before a place noun (``data/lexicons/place_nouns.csv``: "Zamzam camp", "Khartoum
    state"), one lower-case word allowed between ("Zamzam displacement camp")."""
    from claimtable.lexicons import alternation, column

    return re.compile(rf"({_NAME})\s+(?:[a-z]+\s+)?(?:{alternation(column('place_nouns', 'word'))})s?\b")


@lru_cache(maxsize=4096)
def _day(as_of: str) -> PartialDate | None:
    return parse_published(as_of)


@lru_cache(maxsize=4096)
def _place_parts(place: str) -> tuple[frozenset[str], frozenset[str]]:
    """The countries of a claim's places ("; "-separated, as the claims table writes them; a
    direction word set aside) and, when every place is a town by the gazetteer, the towns (a
    region or a country may hold any town: then none are given).

    >>> countries, towns = _place_parts("Ussuriysk; Khabarovsk")
    >>> sorted(countries), sorted(towns), _place_parts("Kursk region; Ussuriysk")[1]
    (['RU'], ['Khabarovsk', 'Ussuriysk'], frozenset())
    """
    if not place:
        return frozenset(), frozenset()
    from claimtable.places import DIRECTIONS, gazetteer

    countries: set[str] = set()
    towns: set[str] = set()
    only_towns = True
    for part in place.split(";"):
        name = part.strip()
        for direction in DIRECTIONS:
            name = name.removeprefix(f"{direction} ")
        entries = gazetteer().get(name.lower(), [])
        countries.update(p.country for p in entries if p.country)
        if entries and all(p.kind == "city" for p in entries):
            towns.add(name)
        else:
            only_towns = False
    return frozenset(countries), frozenset(towns) if only_towns else frozenset()


@lru_cache(maxsize=8192)
def sentence_places(sentence: str) -> str:
    """The place names a sentence writes before a place noun or after "in", "at", "near",
    "around", "outside" or "inside", found or not in the gazetteer (no month or weekday),
    "; "-separated.

    >>> sentence_places("Shelling of Abu Shouk camp north of El Fasher killed 40 in May.")
    'Abu Shouk'
    """
    from claimtable.dates import month_number, weekday_number

    names: dict[str, None] = {}
    for pattern in (_AFTER_PREPOSITION, _before_place_noun()):
        for m in pattern.finditer(sentence):
            name = m.group(1)
            if month_number(name) is None and weekday_number(name) is None and m.start(1) > 0:
                names[name] = None
    return "; ".join(names)


@lru_cache(maxsize=8192)
def named_places(place: str, written: str) -> frozenset[str]:
    """The places a claim names, lower case: those of its ``place`` cell (a direction word set
    aside) and those its sentence writes (``sentence_places``, "; "-separated).

    >>> sorted(named_places("", sentence_places("At least 300 people were killed in attacks on Zamzam camp.")))
    ['zamzam']
    >>> sorted(named_places("El Fasher", "Abu Shouk"))
    ['abu shouk', 'el fasher']
    """
    from claimtable.places import DIRECTIONS

    names = set()
    for part in f"{place};{written}".split(";"):
        name = part.strip()
        for direction in DIRECTIONS:
            name = name.removeprefix(f"{direction} ")
        names.add(name.lower())
    names.discard("")
    return frozenset(names)


def can_be_one(a: About, b: About, *, figures: bool = True) -> bool:
    """Whether two claims can report one thing: the same measure and unit key; their places, when
    both name one, in a common country and, when both name only towns, a common town; their
    dates, when both have one, at most ``GROUP_WINDOW_DAYS`` apart. They count the same noun
    (40 children are not 40 people) unless the measure says what is counted (troops,
    munitions: ``_nouns_alike``) or both name the toll or the force itself (``_generic``:
    "1,100 soldiers" and "1,100 casualties" of one toll). Places the gazetteer lacks count too (``named_places``): when
    both claims name places, one's names are all among the other's ("Zamzam camp" is not
    "Khartoum state"; "El Fasher" may be "Abu Shouk camp near El Fasher", which is not "the
    Naivasha market in El Fasher"); when one names none, they count the very same noun
    (unless the measure says it, or the figure is the very same: "19 dead" are not "12
    people", "481 deaths" not "200 fighters") and their dates, when both have one, lie at most ``NAMELESS_WINDOW_DAYS`` apart.

    >>> from dataclasses import replace
    >>> kharkiv = About(("killed", ""), frozenset({"UA"}), frozenset({"Kharkiv"}), PartialDate(2025, 3, 2))
    >>> odesa = About(("killed", ""), frozenset({"UA"}), frozenset({"Odesa"}), PartialDate(2025, 3, 2))
    >>> ukraine = About(("killed", ""), frozenset({"UA"}), frozenset(), None)
    >>> can_be_one(kharkiv, odesa), can_be_one(kharkiv, ukraine)
    (False, True)
    >>> can_be_one(kharkiv, About(("killed", ""), frozenset(), frozenset(), PartialDate(2025, 6, 1)))
    False

    Claimants' latest estimates (``figures=False``) never compare a figure tied to somewhere
    below a country (``local``) with one tied to a whole country: "12 killed in Kharkiv" is no
    reading of Ukraine's toll. One that names no place can be about either.

    >>> kharkiv, odesa = replace(kharkiv, local=True), replace(odesa, local=True)
    >>> nowhere_dated = About(("killed", ""), frozenset(), frozenset(), PartialDate(2025, 3, 5))
    >>> [can_be_one(kharkiv, x, figures=False) for x in (ukraine, nowhere_dated, kharkiv)]
    [False, True, True]
    >>> camp = About(("killed", ""), frozenset(), frozenset(), PartialDate(2025, 4, 13), frozenset({"zamzam"}), "person")
    >>> city = About(("killed", ""), frozenset(), frozenset(), PartialDate(2025, 4, 14), frozenset({"khartoum"}), "person")
    >>> nowhere = About(("killed", ""), frozenset(), frozenset(), PartialDate(2025, 4, 15), frozenset(), "person")
    >>> can_be_one(camp, city), can_be_one(camp, nowhere), can_be_one(camp, replace(nowhere, noun="child"))
    (False, True, False)

    A claim that names no country is read in its article's countries (``About.context``), one
    with no place of its own at its article's towns too (``About.near``, ``towns_apart``); in a
    collection of many stories, one whose article names none is one with no other, unless both
    are dated (``nowhere_apart``), and two not both dated, one tied to no town, only as the very
    same figure (``loose_apart``):

    >>> in_mexico = replace(nowhere, context=frozenset({"MX"}))
    >>> can_be_one(in_mexico, replace(nowhere, context=frozenset({"AM"}))), can_be_one(in_mexico, camp)
    (False, True)
    >>> can_be_one(in_mexico, About(("killed", ""), frozenset({"UA"}), frozenset(), None, noun="person"))
    False
    """
    if a.what != b.what or not _same_place(a.countries, a.towns, b.countries, b.towns):
        return False
    a_where, b_where = a.countries or a.context, b.countries or b.context
    if a_where and b_where and not a_where & b_where:
        return False  # no place of its own, but an article about other countries
    if not figures:  # claimants' latest estimates (charts.agreement_table): measure, place, a month
        return one_place(a, b) and (a.day is None or b.day is None
                                    or distance_days(a.day, b.day) <= GROUP_WINDOW_DAYS)
    if nowhere_apart(a, b) or towns_apart(a, b) or loose_apart(a, b) or years_apart(a, b):
        return False
    if a.noun != b.noun and not (_nouns_alike(a.what[0]) or (_generic(a.noun) and _generic(b.noun))):
        return False
    if a.named and b.named:
        if not (a.named <= b.named or b.named <= a.named):
            return False
        return a.day is None or b.day is None or distance_days(a.day, b.day) <= GROUP_WINDOW_DAYS
    if a.noun != b.noun and not (_nouns_alike(a.what[0]) or a.bounds == b.bounds):
        return False
    return a.day is None or b.day is None or distance_days(a.day, b.day) <= NAMELESS_WINDOW_DAYS


def nowhere_apart(a: About, b: About) -> bool:
    """Whether two figures, not both dated, are kept apart because nothing says they are of one
    story: one names no country and neither does its article, in a collection of many stories
    (``About.unknown``), unless both name places the gazetteer lacks (``About.named``, which
    ``can_be_one`` then compares). (Figures of articles of no common country are kept apart by
    ``can_be_one`` itself, ``About.context``, now read from the places their sentences name,
    ``figure_countries``.) "3 killed" in an article that names no country, in a folder of
    Tijuana's, Srinagar's and Gaza's, is no reading of "3 killed" in any of them, nor of "4
    killed in Somalia" (dated or not). Two dated a few days apart may be (``can_be_one`` weighs
    their dates).

    >>> nowhere = About(("killed", ""), frozenset(), frozenset(), None, noun="person")
    >>> mexico, unknown = replace(nowhere, context=frozenset({"MX"})), replace(nowhere, unknown="a:3")
    >>> nowhere_apart(mexico, mexico), nowhere_apart(mexico, unknown), nowhere_apart(unknown, replace(unknown, unknown="b:7"))
    (False, True, True)

    Copies of one wire passage print the same sentence: they are one report's figure.

    >>> nowhere_apart(unknown, unknown)
    False
    >>> somalia = replace(nowhere, countries=frozenset({"SO"}))
    >>> day = PartialDate(2025, 3, 2)
    >>> nowhere_apart(unknown, somalia), nowhere_apart(nowhere, somalia), nowhere_apart(unknown, replace(somalia, day=day))
    (True, False, True)
    >>> nowhere_apart(replace(unknown, day=day), replace(somalia, day=day))
    False
    """
    if a.day is not None and b.day is not None:
        return False
    if (a.named and b.named) or a.unknown == b.unknown:
        return False
    return bool(a.unknown or b.unknown)


def towns_apart(a: About, b: About) -> bool:
    """Whether two figures, one of which has no place of its own, are at towns that are not one:
    each is at its own towns (``About.towns``) or, with no place of its own, at its article's
    (``About.near``), and they share none. "2 soldiers killed" in an article whose figures are at
    Poonch is no reading of "2 soldiers killed" at Kupwara, nor of a placeless "2 soldiers
    killed" in an article on Kupwara; it can be one with a figure in Poonch, or with one whose
    place is a region or a country (which may hold any town), or whose article names no town.

    >>> poonch = About(("killed", ""), frozenset({"IN"}), frozenset({"Poonch"}), None)
    >>> nowhere = About(("killed", ""), frozenset(), frozenset(), None)
    >>> near_kupwara = replace(nowhere, near=frozenset({"Kupwara"}))
    >>> towns_apart(poonch, near_kupwara), towns_apart(near_kupwara, replace(nowhere, near=frozenset({"Poonch"})))
    (True, True)
    >>> towns_apart(poonch, replace(nowhere, near=frozenset({"Poonch", "Jammu"}))), towns_apart(poonch, nowhere)
    (False, False)
    >>> towns_apart(replace(poonch, towns=frozenset()), near_kupwara)
    False
    >>> towns_apart(replace(nowhere, named=frozenset({"odesa"})), replace(nowhere, near=frozenset({"Kharkiv"})))
    True
    """
    if not (a.near or b.near):
        return False
    a_towns, b_towns = _own_towns(a) or _lower(a.near), _own_towns(b) or _lower(b.near)
    return bool(a_towns and b_towns and not a_towns & b_towns)


def _own_towns(x: About) -> frozenset[str]:
    """The towns a figure is at by its own words, lower case: its ``place``'s (``About.towns``)
    and the gazetteer towns among the places its sentence names ("Eight died in Odesa")."""
    return _lower(x.towns) | frozenset(n for n in x.named if _gazetteer_town(n))


@lru_cache(maxsize=4096)
def _gazetteer_town(name: str) -> bool:
    from claimtable.places import gazetteer

    return any(p.kind == "city" for p in gazetteer().get(name, []))


@lru_cache(maxsize=4096)
def _lower(names: frozenset[str]) -> frozenset[str]:
    return frozenset(n.lower() for n in names)


def loose_apart(a: About, b: About) -> bool:
    """Whether two figures of a collection of many stories (``About.many``), not both dated,
    one of which is tied to no town of its own (``tied_to_a_town``), are kept apart because
    they are not one voice's very same figure (``About.voice``: one claimant's, or one
    passage's wire copies). Nothing ties such a figure to one event of its war:
    "3 soldiers killed" and "1 soldier killed" in two undated articles on India and Pakistan
    are two shellings, not two sources that disagree, and so are "12 soldiers killed in
    Somalia" and "9 in Somalia", or "17 civilians killed in Idlib region" and "6" there (a
    region holds many events); "2 million displaced" printed by two articles on one
    insurgency by one agency is one figure relayed, and joins (two unattributed "3 killed" are a
    coincidence, not a relay). Two dated figures are weighed by their dates (``can_be_one``),
    two of one town by their places; a folder of one story keeps its rule.

    >>> nowhere = About(("killed", ""), frozenset(), frozenset(), None, bounds=(3.0, 3.0), many=True)
    >>> one = replace(nowhere, bounds=(1.0, 1.0))
    >>> loose_apart(nowhere, one), loose_apart(nowhere, replace(nowhere, context=frozenset({"IN"})))
    (True, False)
    >>> somalia = replace(one, countries=frozenset({"SO"}), named=frozenset({"somalia"}))
    >>> baidoa = replace(one, countries=frozenset({"SO"}), towns=frozenset({"Baidoa"}), named=frozenset({"baidoa"}), local=True)
    >>> loose_apart(nowhere, somalia), loose_apart(baidoa, replace(baidoa, bounds=(3.0, 3.0)))
    (True, False)
    >>> day = PartialDate(2025, 5, 7)
    >>> loose_apart(replace(nowhere, day=day), replace(one, day=day)), loose_apart(replace(nowhere, many=False), one)
    (False, False)
    >>> loose_apart(replace(nowhere, voice="UNHCR"), replace(nowhere, voice="UNHCR")), loose_apart(nowhere, replace(nowhere, voice="passage b:2"))
    (False, True)
    """
    if not (a.many and b.many) or (a.day is not None and b.day is not None):
        return False
    return not (tied_to_a_town(a) and tied_to_a_town(b)) and (a.bounds != b.bounds or a.voice != b.voice)


def voice_of(claim: dict) -> str:
    """Who gives a figure, for ``loose_apart``: its named claimant; a figure that names none
    (``unattributed``) is its passage's alone ("article:sentence", the first printer's for a wire
    copy, each engine's name for it), so that two unattributed "3 killed" are one only as copies
    of one passage.

    >>> voice_of({"claimant": "Pakistan Armed Forces", "article": "a"}), voice_of({"claimant": "unattributed", "article": "a", "_origin": "a:4"})
    ('Pakistan Armed Forces', 'passage a:4')
    """
    claimant = str(claim.get("claimant") or "")
    if claimant and claimant != "unattributed":
        return claimant
    return f"passage {claim.get('_origin') or claim.get('origin') or claim['article']}"


def tied_to_a_town(x: About) -> bool:
    """Whether a figure is tied to one town or a smaller place of its own: its ``place`` names
    only towns (``About.towns``), or it names a place that is a town by the gazetteer or that
    the gazetteer lacks, a camp or a village (``named_places``); a country or a region ("Idlib
    region", "Borno State", "in Yemen's west") holds many events.

    >>> nowhere = About(("killed", ""), frozenset(), frozenset(), None)
    >>> tied_to_a_town(nowhere), tied_to_a_town(replace(nowhere, named=frozenset({"yemen's", "idlib region"})))
    (False, False)
    >>> tied_to_a_town(replace(nowhere, named=frozenset({"zamzam"}))), tied_to_a_town(replace(nowhere, named=frozenset({"jenin"})))
    (True, True)
    """
    return bool(x.towns or any(_names_a_town(name) for name in x.named))


@lru_cache(maxsize=4096)
def _names_a_town(name: str) -> bool:
    """Whether a place name a figure gives (lower case) is a town by the gazetteer or one it
    lacks: not a country or a region, nor a name with a region word ("Idlib region"), nor a
    word for a side's people (``data/lexicons/sides.csv``: "a Yemeni town" names no town); a
    possessive's "'s" and a direction word are set aside ("yemen's", "eastern burkina faso").

    >>> _names_a_town("marib"), _names_a_town("zamzam"), _names_a_town("borno state"), _names_a_town("eastern burkina faso")
    (True, True, False, False)
    >>> _names_a_town("yemeni")
    False
    """
    from claimtable.lexicons import column
    from claimtable.places import DIRECTIONS, REGION_WORDS, gazetteer

    name = re.sub(r"['’]s$", "", name)
    for direction in DIRECTIONS:
        name = name.removeprefix(f"{direction} ")
    if name.rsplit(" ", 1)[-1] in (*REGION_WORDS, "state") or name in {w.lower() for w in column("sides", "word")}:
        return False
    entries = gazetteer().get(name)
    return entries is None or any(p.kind == "city" for p in entries)


def many_stories(countries: Mapping[str, frozenset[str]]) -> bool:
    """Whether a collection's articles (their countries, ``figure_countries``) are of many
    stories: the countries they name have none in common. In a folder of one story (all name
    Ukraine, or none names a country) an article that names no country is of that story; in a
    folder of many wars, nothing says which.

    >>> many_stories({"a": frozenset({"UA", "RU"}), "b": frozenset({"UA"})}), many_stories({})
    (False, False)
    >>> many_stories({"a": frozenset({"MX"}), "b": frozenset({"IN", "PK"})})
    True
    """
    known = [c for c in countries.values() if c]
    return bool(known) and not frozenset.intersection(*known)


@lru_cache(maxsize=64)
def _nouns_alike(measure: str) -> bool:
    """Whether a measure's nouns all count one thing, which the measure says: a troop measure's
    "soldiers", "troops" and "personnel" are the force, a munitions measure's "shells" and
    "rounds" one stock (``estimates.nouns_alike``: the estimates read them the same way)."""
    return nouns_alike(measure)


def _generic_units() -> frozenset[str]:
    return toll_nouns()


def _generic(noun: str) -> bool:
    """Whether a noun names a toll or a force itself, not a part of the people it counts:
    "soldiers", "casualties", "deaths", "people" (``data/lexicons/units.csv``, categories
    ``troops`` and ``casualties``, and the unit of "people"), not "children" or "civilians".

    >>> _generic("casualty"), _generic("person"), _generic("child")
    (True, True, False)
    """
    return noun in _generic_units()


def _same_place(a_countries: frozenset[str], a_towns: frozenset[str],
                b_countries: frozenset[str], b_towns: frozenset[str]) -> bool:
    """Places (when both name one) in a common country and (when both name only towns) with a
    common town."""
    if a_countries and b_countries and not a_countries & b_countries:
        return False
    return not (a_towns and b_towns and not a_towns & b_towns)


def one_place(a: About, b: About) -> bool:
    """Whether two claimants' latest estimates can be about one place: their places, when both
    name one, in a common country and, when both name only towns, a common town; and never a
    figure tied to somewhere below a country (``About.local``) with one tied to a whole country
    (one strike's toll is no reading of a national total). One that names no country is in its
    articles' (``About.context``), as ``can_be_one`` reads it.

    >>> mali = About(("killed", ""), frozenset({"ML"}), frozenset(), None)
    >>> djibo = About(("killed", ""), frozenset({"BF"}), frozenset({"Djibo"}), None, local=True)
    >>> nowhere = About(("killed", ""), frozenset(), frozenset(), None)
    >>> one_place(mali, djibo), one_place(mali, nowhere), one_place(djibo, nowhere)
    (False, True, True)
    >>> one_place(replace(nowhere, context=frozenset({"SD"})), replace(nowhere, context=frozenset({"MX"})))
    False
    """
    if not _same_place(a.countries, a.towns, b.countries, b.towns):
        return False
    a_where, b_where = a.countries or a.context, b.countries or b.context
    if a_where and b_where and not a_where & b_where:
        return False  # no place of its own, but articles about other countries
    return not (a.local != b.local and (b if a.local else a).countries)


def places_can_be_one(a: str, b: str) -> bool:
    """Whether two ``place`` cells ("; "-separated) can name where one thing happened, by
    ``can_be_one``'s rule: a missing place goes with any, a country with its towns, two towns
    only when they share one.

    >>> places_can_be_one("Kharkiv", "Odesa"), places_can_be_one("Kharkiv", ""), places_can_be_one("Ukraine", "Odesa")
    (False, True, True)
    """
    return a == b or _same_place(*_place_parts(a), *_place_parts(b))


def wars_can_be_one(a_place: str, a_countries: frozenset[str], b_place: str,
                    b_countries: frozenset[str]) -> bool:
    """Whether two figures can be of one war: their places can be one (``places_can_be_one``)
    and the countries each is read in are not two apart: a place's own countries, else those
    its articles name (``a_countries``, ``b_countries``: an estimate's ``countries``, as
    ``About.context`` reads a placeless claim). A UN agency's undated "10 killed" in articles on
    Sudan and its "10 killed" in articles on Gaza are two figures; one whose articles name no
    country can be of either. Estimates (``estimates.place_groups``), a claimant's latest
    figures (``charts.latest_estimates``) and a relay's changed version
    (``estimates._changed_versions``) are told apart by it.

    >>> sd, ps = frozenset({"SD"}), frozenset({"PS"})
    >>> wars_can_be_one("", sd, "", ps), wars_can_be_one("", sd, "", frozenset()), wars_can_be_one("Khartoum", ps, "", sd)
    (False, True, True)
    >>> wars_can_be_one("Kharkiv", frozenset(), "", sd), wars_can_be_one("Kharkiv", frozenset(), "Odesa", frozenset())
    (False, False)
    """
    if not places_can_be_one(a_place, b_place):
        return False
    a_where = _place_parts(a_place)[0] or a_countries
    b_where = _place_parts(b_place)[0] or b_countries
    return not (a_where and b_where and not a_where & b_where)


def war_of(seeds: list[tuple[str, frozenset[str]]], where: tuple[str, frozenset[str]]) -> int:
    """The position in ``seeds`` (a place and the countries it is read in, first of each war so
    far) of the first that ``where`` can be one war with (``wars_can_be_one``); ``where`` is
    appended as a new war's seed when none can. Estimates (``estimates.place_groups``) and a
    claimant's latest figures (``charts.latest_wars``) are split into wars by it.

    >>> seeds = [("", frozenset({"SD"}))]
    >>> war_of(seeds, ("Khartoum", frozenset())), war_of(seeds, ("", frozenset({"PS"}))), len(seeds)
    (0, 1, 2)
    """
    war = next((k for k, seed in enumerate(seeds) if wars_can_be_one(*seed, *where)), None)
    if war is None:
        seeds.append(where)
        return len(seeds) - 1
    return war


G = TypeVar("G")


class GroupAssigner(Generic[G]):
    """Places claims in figure groups, article by article (claims sorted by article): a claim
    joins the best group of earlier articles (``_score``: same status and overlapping values,
    else the very same figure, else same status and a comparable value) with every claim of
    which it can be about the same thing (``can_be_one``), so that one article never fills a
    group twice and a long article costs no more than its own claims; else it starts a group of
    its own, made by ``new_group(number, claim, base status, low, high)``. A group has
    ``category``, ``status``, ``low``, ``high`` and the ``last_article`` it took a claim from;
    the caller adds the claim to the group ``place`` returns. Both engines group by this one
    rule.

    >>> assigner = GroupAssigner(lambda n, c, status, low, high: _Group(c["category"], status, low, high))
    >>> claims = [{"article": a, "category": "troops", "status": "arrived", "value_low": v, "value_high": v}
    ...           for a, v in (("a", 1500), ("b", 1800), ("b", 90000))]
    >>> for pos, claim in enumerate(claims):
    ...     assigner.place(claim).add(pos, claim["article"])
    >>> [g.members for g in assigner.groups]
    [[0, 1], [2]]

    Every member is checked, not only the first: a claim that names no place and no day can
    be about Kharkiv in March or Odesa in June, but those two are not one thing, so a group
    that took the first does not take the second (no chain through a vague claim).

    >>> assigner = GroupAssigner(lambda n, c, status, low, high: _Group(c["category"], status, low, high))
    >>> claims = [{"article": a, "category": "casualties", "status": "killed", "value_low": 12,
    ...            "value_high": 12, "measure": "killed", "place": p, "as_of": d}
    ...           for a, p, d in (("a", "", ""), ("b", "Kharkiv", "2025-03-02"), ("c", "Odesa", "2025-06-20"))]
    >>> for pos, claim in enumerate(claims):
    ...     assigner.place(claim).add(pos, claim["article"])
    >>> [g.members for g in assigner.groups]
    [[0, 1], [2]]
    """

    def __init__(self, new_group: Callable[[int, dict, str, float, float], G],
                 countries: Mapping[str, frozenset[str]] | None = None,
                 towns: Mapping[str, frozenset[str]] | None = None,
                 latest: Mapping[str, int] | None = None) -> None:
        self.new_group = new_group
        # each article's countries (``article_countries``): a claim naming none is read in them
        self.countries = countries or {}
        # each article's towns (``figure_towns``): a claim with no place of its own is at them
        self.towns = towns or {}
        # the latest year each article names (``latest_years``): a claim with no date and no
        # year of its own is of that time or later
        self.latest = latest or {}
        # a claim whose article names no country is of no known story in a collection of many
        self.many = many_stories(self.countries)
        self.groups: list[G] = []
        # open groups by (category, what they count), each with its members' distinct ``About``s
        # (a dict as an ordered set: wire copies and relays repeat one ``About`` many times)
        self._open: dict[tuple[str, tuple[str, str]], list[tuple[G, dict[About, None]]]] = {}
        self._article: object = None
        self._pending: list[tuple[tuple[str, tuple[str, str]], G, dict[About, None]]] = []  # not open to this article

    def place(self, claim: dict) -> G:
        """The group a claim joins (a new one when none of earlier articles fits)."""
        if claim["article"] != self._article:
            for key, g, said in self._pending:
                self._open.setdefault(key, []).append((g, said))
            self._article, self._pending = claim["article"], []
        status = base_status(claim["status"])
        low, high = float(claim["value_low"]), float(claim["value_high"])
        said = about(claim)
        if not said.countries:
            if context := self.countries.get(claim["article"]):
                said = replace(said, context=context)
            elif self.many:  # the passage it prints (each engine's name for it)
                said = replace(said, unknown=str(claim.get("_origin") or claim.get("origin") or claim["article"]))
            if not said.named and (near := self.towns.get(claim["article"])):
                said = replace(said, near=near)
        if said.day is None and not said.years and (since := self.latest.get(claim["article"])):
            said = replace(said, since=since)
        if self.many:
            said = replace(said, many=True, voice=voice_of(claim))
        key = (claim["category"], said.what)
        best, best_score, best_abouts = None, 0, None
        for g, abouts in self._open.get(key, ()):
            if g.last_article == self._article:  # type: ignore[attr-defined]
                continue
            score = _score(g, status, low, high)  # type: ignore[arg-type]
            # every two members can be one (the group was built so) and ``can_be_one`` is
            # symmetric: a claim about what a member is about fits them all
            if score > best_score and (said in abouts or all(can_be_one(m, said) for m in abouts)):
                best, best_score, best_abouts = g, score, abouts
        if best is None:
            best = self.new_group(len(self.groups) + 1, claim, status, low, high)
            self.groups.append(best)
            self._pending.append((key, best, {said: None}))
        else:
            best_abouts[said] = None  # type: ignore[index]
        return best


def _assign(records: list[dict], latest: Mapping[str, int] | None = None) -> list[_Group]:
    """Figure groups of the claims (``GroupAssigner``), with their members' positions; ``latest``:
    the latest year each article names (``latest_years``)."""
    assigner = GroupAssigner(lambda _n, c, status, low, high: _Group(c["category"], status, low, high),
                             claims_countries(records),
                             figure_towns((c["article"], c.get("place", ""),
                                           sentence_towns(str(c.get("sentence") or ""),
                                                          str(c.get("claimant_phrase") or "")))
                                          for c in records),
                             latest)
    for pos, c in enumerate(records):
        assigner.place(c).add(pos, c["article"])
    return assigner.groups


def _name(member: dict) -> str:
    """How a finding names an article: its label, else its id."""
    return member.get("label") or member["article"]


#: How many wire passages a figure group's note names (the others are counted).
MAX_PASSAGES_NOTED = 2


class Reports:
    """The independent reports among a figure group's members, in their order: an article
    whose sentence reprints a passage an earlier member prints (a wire copy, ``_origin``)
    is no report of its own but a copy of that member's.

    >>> r = Reports()
    >>> for label, origin in (("A", "a:1"), ("B", "a:1"), ("C", "c:3")):
    ...     r.add(label, origin)
    >>> r.count, r.note()
    (2, 'one wire passage printed by A / B')
    """

    def __init__(self) -> None:
        self.first: dict[str, str] = {}  # passage -> the label of the first member that prints it
        self.copies: dict[str, list[str]] = {}  # the first member's label -> its copies' labels

    def add(self, label: str, origin: str) -> None:
        """Take a member (one article's claim) whose sentence prints passage ``origin``."""
        if origin in self.first:
            self.copies.setdefault(self.first[origin], []).append(label)
        else:
            self.first[origin] = label

    @property
    def count(self) -> int:
        """How many independent reports."""
        return len(self.first)

    def note(self) -> str:
        """The wire copies: the members that print each shared passage, in member order (by
        article id, which says nothing of who printed it first) ("" when none); the first
        ``MAX_PASSAGES_NOTED`` passages, then how many more (a group of a thousand articles
        had a note of 2,000 characters, a row 700 pixels tall).

        >>> r = Reports()
        >>> for n in range(4):
        ...     r.add(f"A{n}", f"p{n}"); r.add(f"B{n}", f"p{n}")
        >>> r.note()
        'one wire passage printed by A0 / B0; one wire passage printed by A1 / B1; … (+2 more wire passages)'
        """
        notes = [f"one wire passage printed by {listed([first, *labels], 4)}"
                 for first, labels in self.copies.items()]
        more = len(notes) - MAX_PASSAGES_NOTED
        return "; ".join(notes[:MAX_PASSAGES_NOTED] + ([f"… (+{more} more wire passage{'s' if more > 1 else ''})"] if more > 0 else []))


def placed_in_time(as_of: object, years: frozenset[int] | str, article: str,
                   latest: Mapping[str, int] | None) -> bool:
    """Whether anything places a figure in time: its ``as_of``, a year its own sentence names
    (``sentence_years``; the DuckDB engine's "; "-separated) or one its article names
    (``latest_years``). A weekday ("on Tuesday") places it in no year.

    >>> placed_in_time("", frozenset(), "a", {}), placed_in_time("", frozenset({2014}), "a", {})
    (False, True)
    >>> placed_in_time("", "", "a", {"a": 2023}), placed_in_time("2024-10", "", "a", None)
    (True, True)
    """
    return bool(str(as_of or "") or years or (latest and article in latest))


#: How a figure group's note that nothing places some of its articles in time opens (``timeless_note``).
TIMELESS = "no time: "


def timeless_note(timeless: int, articles: int, differs: list[str]) -> list[str]:
    """The note of a group whose values differ while nothing places the figures of ``timeless``
    of its ``articles`` in time (``placed_in_time``: not dated, no year named): its figures may
    be of different days or years, so a reader should not read them as rival counts of one
    event (undated Gaza articles' 20, 24–99, 14, 24 and 15 killed, beside one of 2023 or later).

    >>> timeless_note(2, 2, ["value differs", "claimant differs"])
    ['no time: none of its 2 articles is dated or names a year, so its figures may be of different days or years']
    >>> timeless_note(5, 6, ["value differs"])
    ['no time: 5 of its 6 articles are not dated and name no year, so its figures may be of different days or years']
    >>> timeless_note(2, 2, ["claimant differs"]), timeless_note(0, 5, ["value differs"]), timeless_note(1, 1, ["value differs"])
    ([], [], [])
    """
    if not timeless or articles < 2 or "value differs" not in differs:
        return []
    which = (f"none of its {articles} articles is dated or names a year" if timeless == articles
             else f"{timeless} of its {articles} articles {'is' if timeless == 1 else 'are'} not dated "
                  f"and name{'s' if timeless == 1 else ''} no year")
    return [f"{TIMELESS}{which}, so its figures may be of different days or years"]


def _finding(members: list[dict], latest: Mapping[str, int] | None = None) -> tuple[str, str]:
    reports = Reports()
    for m in members:
        reports.add(_name(m), m.get("_origin") or m["article"])
    if reports.count == 1:
        return f"only in {_name(members[0])}", reports.note()
    differs = []
    for what in DIFFERENCES:
        values = {finding_value(m, what) for m in members}
        if len(values) > 1:
            differs.append(f"{what} differs")
    dated = [m for m in members if m["time_ref"]]
    articles = {m["article"] for m in members}
    placed = {m["article"] for m in members
              if placed_in_time(m["as_of"], sentence_years(str(m.get("sentence") or "")), m["article"], latest)}
    notes = timeless_note(len(articles - placed), len(articles), differs)
    if 0 < len(dated) < len(members):
        notes += [f"only {_name(m)} gives a time: {m['time_ref']}" for m in dated[:3]]
        notes += [f"and {len(dated) - 3} more give a time"] if len(dated) > 3 else []
    if len({m["modality"] for m in members}) > 1:
        notes.append("reported in one source, projected in another")
    notes += one_claimant_note(differs, {m["claimant"] for m in members})
    if reports.note():
        notes.append(reports.note())
    return ("; ".join(differs) or "agree"), "; ".join(notes)


def one_claimant_note(differs: list[str], claimants: set[str]) -> list[str]:
    """The note of a group whose reports agree because they relay one named claimant: its
    "agree" is one statement carried by several outlets, not independent confirmation.

    >>> one_claimant_note([], {"South Korea NIS"}), one_claimant_note([], {"unattributed"})
    (['all from South Korea NIS: relays of one claimant, not independent confirmation'], [])
    """
    if differs or len(claimants) != 1:
        return []
    [claimant] = claimants
    if claimant in ("", "unattributed"):
        return []
    return [f"all from {claimant}: relays of one claimant, not independent confirmation"]


def figure_groups(claims: pd.DataFrame, copies: dict[str, str] | None = None,
                  latest: Mapping[str, int] | None = None) -> pd.DataFrame:
    """One row per claim, with its figure group and the group's finding; groups are numbered
    in the order their first claim appears (articles sorted by id). ``copies``
    (``estimates.wire_copies``): articles that print one wire passage are one report (the
    group's ``articles``), the copies named in its ``notes``; ``latest`` (``latest_years``): the
    latest year each article names, no earlier than which its figures with no date or year of
    their own are read.

    >>> rows = [{"article": a, "value_low": v, "value_high": v, "hedge": "exact", "unit": "troop",
    ...          "category": "troops", "status": "arrived", "claimant": "X", "modality": "reported"}
    ...         for a, v in (("a", 1500), ("b", 1800), ("c", 90000))]
    >>> figure_groups(pd.DataFrame(rows))[["group", "finding"]].drop_duplicates().values.tolist()
    [[1, 'value differs'], [2, 'only in c']]
    """
    order = ["article", "start"] if "start" in claims else ["article"]
    claims = claims.sort_values(order, kind="stable").reset_index(drop=True)
    for col in MEMBER_COLUMNS:
        if col not in claims:
            claims[col] = ""
    records = claims[[*MEMBER_COLUMNS, "category"]].fillna("").to_dict("records")
    from claimtable.estimates import claim_origin

    numbers = claims["sentence_no"] if "sentence_no" in claims else [None] * len(records)
    for record, number in zip(records, numbers, strict=True):
        record["_origin"] = claim_origin(record["article"], number, copies or {})
    rows = []
    for number, g in enumerate(_assign(records, latest), start=1):
        members = [records[i] for i in g.members]
        finding, notes = _finding(members, latest)
        reports = len({m["_origin"] for m in members})
        counted = counted_text(members[0])
        figures = listed(dict.fromkeys(figure_text(m["value_low"], m["value_high"]) for m in members))
        for m in members:
            rows.append({
                "group": number, "category": g.category, "counted": counted, "figures": figures,
                "articles": reports, "finding": finding, "notes": notes,
                **{col: m[col] for col in MEMBER_COLUMNS},
            })
    return pd.DataFrame(rows, columns=GROUP_COLUMNS + MEMBER_COLUMNS)


def counted_text(claim: dict) -> str:
    """What a figure group counts, from its first claim: the category and the status (``NO_STATUS``
    when it has none), and the unit where it tells groups apart (``group_unit``).

    >>> counted_text({"category": "equipment", "status": "", "measure": "other", "unit": "drone"})
    'equipment: (no status) (drone)'
    >>> counted_text({"category": "troops", "status": "arrived", "measure": "troops_present", "unit": "troop"})
    'troops: arrived'
    """
    key = group_unit(claim)
    return f"{claim['category']}: {claim['status'] or NO_STATUS}" + (f" ({key})" if key else "")


def listed(items: Iterable[str], limit: int = MAX_FIGURES_LISTED) -> str:
    """Items joined with " / ", the first ``limit`` of them and how many more.

    >>> listed(["1", "2", "3"], limit=2)
    '1 / 2 / … (+1 more)'
    """
    items = list(items)
    shown = " / ".join(items[:limit])
    return shown if len(items) <= limit else f"{shown} / … (+{len(items) - limit} more)"


#: The agreement table's columns before its column per article (``agreement_matrix``).
AGREEMENT_HEAD = ["group", "counted", "places", "dates", "figures", "articles", "claimants", "finding", "notes"]
#: How many of a group's places ``GroupSpan.where`` names before "+N more".
SPAN_PLACES = 3


@dataclass
class GroupSpan:
    """Where and when a figure group's members are about, as its row in ``agreement.csv`` says:
    its places (each claim's ``place``, parts told apart, first seen first, at most
    ``SPAN_PLACES`` named) and the span of its ``as_of`` dates (ISO, so the text's order is time's).

    >>> span = GroupSpan()
    >>> for place, as_of in (("Kursk region", "2024-11-04"), ("", "2024-10"), ("Russia; Kursk region", "2024-12-01")):
    ...     span.add(place, as_of)
    >>> span.where, span.when
    ('Kursk region; Russia', '2024-10 – 2024-12-01')
    >>> span.add("Kyiv; Odesa; Lviv", ""); span.where
    'Kursk region; Russia; Kyiv +2 more'
    """

    places: dict[str, None] = field(default_factory=dict)
    first: str = ""
    last: str = ""

    def add(self, place: object, as_of: object) -> None:
        for part in str(place or "").split(";"):
            if part.strip():
                self.places[part.strip()] = None
        day = str(as_of or "")
        if day:
            self.first = min(self.first, day) if self.first else day
            self.last = max(self.last, day)

    @property
    def where(self) -> str:
        named = list(self.places)
        more = len(named) - SPAN_PLACES
        return "; ".join(named[:SPAN_PLACES]) + (f" +{more} more" if more > 0 else "")

    @property
    def when(self) -> str:
        return self.first if self.first == self.last else f"{self.first} – {self.last}"


def agreement_matrix(groups: pd.DataFrame) -> pd.DataFrame:
    """One row per figure group: what it counts, where and when (``GroupSpan``), its figures,
    how many articles and claimants give it, its finding; and, for a collection of at most
    ``MAX_SOURCE_COLUMNS`` articles, the value each article gives (a column per article, named
    by its label).

    >>> agreement_matrix(figure_groups(pd.DataFrame(columns=MEMBER_COLUMNS + ["category"]))).shape
    (0, 9)
    """
    labels = dict(zip(groups["article"], groups["label"], strict=True)) if len(groups) else {}
    wide = len(labels) <= MAX_SOURCE_COLUMNS
    columns = [labels[a] or a for a in sorted(labels)] if wide else []
    cells: dict[int, dict[str, list[str]]] = {}
    heads: dict[int, dict] = {}
    claimants: dict[int, set[str]] = {}
    spans: dict[int, GroupSpan] = {}
    for r in groups.to_dict("records"):
        heads.setdefault(r["group"], {
            "group": r["group"], "counted": r["counted"], "figures": r["figures"],
            "articles": r["articles"], "finding": r["finding"], "notes": r["notes"]})
        claimants.setdefault(r["group"], set()).add(r["claimant"])
        spans.setdefault(r["group"], GroupSpan()).add(_text(r.get("place")), _text(r.get("as_of")))
        if wide:
            hedge = "" if r["hedge"] == "exact" else f"\n({r['hedge'].replace('_', ' ')})"
            cells.setdefault(r["group"], {}).setdefault(labels[r["article"]] or r["article"], []).append(
                figure_text(r["value_low"], r["value_high"]) + hedge)
    out = [
        {**heads[n], "claimants": len(claimants[n]), "places": spans[n].where, "dates": spans[n].when,
         **{a: "; ".join(cells.get(n, {}).get(a, [])) for a in columns}}
        for n in sorted(heads)
    ]
    return pd.DataFrame(out, columns=[*AGREEMENT_HEAD, *columns])


def _text(value: object) -> str:
    """A cell as text, a missing one (NaN, None) as ""."""
    return value if isinstance(value, str) else ""


CHECK_COLUMNS = ["check", "article", "label", "value", "how"]


def derived_checks(claims: pd.DataFrame) -> pd.DataFrame:
    """Figures an analyst computes from the claims, with the arithmetic shown, only ever
    between figures of one measure or of one article's shipment: shells per container where
    an article gives both, and for each troop measure the spread of its estimates (largest
    over smallest) in each country they are about (``spread_where``: a collection of several
    wars gets a spread per war, never one war's force over another's); vague quantities
    ("millions of shells") and percentages are never divided.

    >>> rows = [{"article": "a", "measure": "troops_present", "value_low": 1500, "value_high": 1500,
    ...          "hedge": "exact", "unit": "troop", "claimant": "X"},
    ...         {"article": "a", "measure": "troops_present", "value_low": 12000, "value_high": 12000,
    ...          "hedge": "exact", "unit": "troop", "claimant": "Y"},
    ...         {"article": "a", "measure": "other", "value_low": 3, "value_high": 3,
    ...          "hedge": "exact", "unit": "general", "claimant": "Y"}]
    >>> derived_checks(pd.DataFrame(rows))[["check", "value"]].to_dict("records")
    [{'check': 'largest / smallest troops_present estimate, no country named', 'value': 8.0}]
    """
    from claimtable import measures

    claims = claims.copy()
    if "measure" not in claims:
        claims["measure"] = [measures.measure_of(c) for c in claims.to_dict("records")]
    if "label" not in claims:
        claims["label"] = claims["article"]
    return pd.DataFrame(_per_container_checks(claims) + spread_checks(claims), columns=CHECK_COLUMNS)


def _per_container_checks(claims: pd.DataFrame) -> list[dict]:
    """Shells per container of each article that gives both: its first figure of each that is
    not vague ("millions of shells" is 2,000,000–9,999,999: no ratio drawn from it as if exact).
    """
    # each article's first container and first shell figure (one merge, not a loop of filters)
    hedges = claims["hedge"].astype(str) if "hedge" in claims else pd.Series("", index=claims.index)
    counted = claims[(hedges != "vague").to_numpy()]
    firsts = [counted[counted["measure"] == m].drop_duplicates("article") for m in ("containers", "shells")]
    pairs = firsts[0].merge(firsts[1], on="article", suffixes=("_c", "_s")).sort_values("article")
    return [per_container_check(p["article"], p["label_s"], p["unit_s"], p["value_high_s"], p["value_high_c"])
            for p in pairs.to_dict("records")]


def spread_checks(claims: pd.DataFrame, countries: Mapping[str, frozenset[str]] | None = None) -> list[dict]:
    """The spread of each troop measure's counted estimates (not vague, not a percentage) in
    each place they are about (``spread_where``; ``countries``: each article's, by default
    from ``claims``' places), the largest and the smallest the first of their value in the
    table's order. Estimates that name no country are divided among themselves only when no
    estimate of their measure names one (a collection of one story that names no place): else
    they may be of any war. Both engines call it (DuckDB with the rows it selected).

    >>> rows = [{"article": a, "measure": "troops_present", "value_low": v, "value_high": v,
    ...          "hedge": "exact", "unit": "troop", "claimant": "X", "place": p, "as_of": "2024-11-28"}
    ...         for a, v, p in (("a", 1500, "Russia"), ("b", 12000, "Kursk region"), ("c", 80, "Sudan"))]
    >>> [c["check"] for c in spread_checks(pd.DataFrame(rows))]
    ['largest / smallest troops_present estimate, Russia']

    Undated, the two articles on Russia, in a folder that also holds Sudan's, may be of two
    years: nothing is divided.

    >>> spread_checks(pd.DataFrame(rows).assign(as_of=""))
    []
    >>> unplaced = [{**r, "article": f"n{i}", "place": ""} for i, r in enumerate(rows)]
    >>> [c["check"] for c in spread_checks(pd.DataFrame(rows + unplaced))]
    ['largest / smallest troops_present estimate, Russia']
    >>> [c["check"] for c in spread_checks(pd.DataFrame(unplaced))]
    ['largest / smallest troops_present estimate, no country named']
    """
    from claimtable import measures

    units = claims["unit"] if "unit" in claims else pd.Series("", index=claims.index)
    troop_measures = claims["measure"].map(lambda m: measures.family(str(m)) == "troops").astype(bool)
    counted = claims[(claims["hedge"] != "vague").astype(bool) & (units != "percent").astype(bool)
                     & troop_measures]
    if not len(counted):
        return []
    places = counted["place"] if "place" in counted else pd.Series("", index=counted.index)
    if countries is None:
        countries = article_countries(zip(claims["article"], claims.get("place", pd.Series("", index=claims.index)),
                                          strict=True))
    where = [spread_where(str(p) if isinstance(p, str) else "", countries.get(str(a), frozenset()))
             for a, p in zip(counted["article"], places, strict=True)]
    counted = counted.assign(_where=where, label=counted["label"] if "label" in counted else counted["article"])
    # a measure some of whose estimates name a country spans places: those that name none may
    # be of any war, and are not divided among themselves
    placed = set(counted.loc[counted["_where"] != "", "measure"])
    as_of = counted["as_of"] if "as_of" in counted else pd.Series("", index=counted.index)
    counted = counted.assign(spread_as_of_=[a if isinstance(a, str) else "" for a in as_of], spread_place_=places)
    many = many_stories(countries)
    out = []
    for (measure, place), troops in counted.groupby(["measure", "_where"], sort=True):
        if troops["value_high"].nunique() < 2 or (not place and measure in placed):
            continue
        figures = [SpreadFigure(str(r.article), r.spread_place_ if isinstance(r.spread_place_, str) else "",
                                countries.get(str(r.article), frozenset()), r.spread_as_of_,
                                float(r.value_low), float(r.value_high),
                                str(getattr(r, "claimant", "")) if isinstance(getattr(r, "claimant", ""), str) else "")
                   for r in troops.itertuples()]
        spreads = [members for members in spread_sets(figures, many=many)
                   if troops["value_high"].iloc[members].nunique() > 1]
        for members in spreads:
            one = troops.iloc[sorted(members)]
            hi, lo = one.loc[one["value_high"].idxmax()], one.loc[one["value_low"].idxmin()]
            # a place with several sets: each check says when its estimates are about
            when = f", {spread_when([figures[i] for i in members])}" if len(spreads) > 1 else ""
            out.append(spread_check(measure, Said(hi["article"], hi["label"], hi["claimant"], hi["value_high"]),
                                    Said(lo["article"], lo["label"], lo["claimant"], lo["value_low"]),
                                    place + when if place else when.removeprefix(", ")))
    return out


def spread_when(figures: list[SpreadFigure]) -> str:
    """When a spread's estimates are about, as its check names it beside the place: the span of
    their dates (ISO), or "undated".

    >>> spread_when([SpreadFigure("a", "", frozenset(), d, 1, 1) for d in ("2024-11", "", "2024-10-19")])
    '2024-10-19 – 2024-11'
    >>> spread_when([SpreadFigure("a", "", frozenset(), "", 1, 1)])
    'undated'
    """
    days = sorted(f.as_of for f in figures if _day(f.as_of) is not None)
    if not days:
        return "undated"
    return days[0] if days[0] == days[-1] else f"{days[0]} – {days[-1]}"


@dataclass(frozen=True)
class SpreadFigure:
    """A troop estimate as ``spread_sets`` weighs it: its article, its ``place``, the countries
    its article's claims name (``article_countries``), its ``as_of``, its bounds and who
    gives it (its ``claimant``: ``one_voice``)."""

    article: str
    place: str
    countries: frozenset[str]
    as_of: str
    low: float
    high: float
    claimant: str = ""


def spread_sets(figures: list[SpreadFigure], *, many: bool = False) -> list[list[int]]:
    """The sets of one measure's estimates (of one country, ``spread_where``) that a spread may
    divide, as positions in ``figures``: every two of a set can be about one thing. Each, in
    time's order (dated first, earliest first, then the undated; ties in the table's order),
    joins the first set every member of which it can be one with, else starts its own. Two can be one when (``can_spread``) their places can be of one war
    (``wars_can_be_one``: Soyapango's troops are not Cabo Delgado's), their dates, when both
    have one, lie at most ``GROUP_WINDOW_DAYS`` apart, and they lie at most ``SPREAD_FACTOR``
    apart (an army and a patrol are two things, not two estimates of one). In a collection of
    many stories (``many``: ``many_stories``), two figures of different articles are of one
    time only when both are dated: an undated figure may be of any year (a world war's
    2,390,000 soldiers, this year's 12,000).

    >>> ru = frozenset({"RU"})
    >>> figures = [SpreadFigure("a", "", ru, "", 12_000, 12_000), SpreadFigure("a", "", ru, "", 1_200_000, 1_200_000),
    ...            SpreadFigure("b", "Kursk region", ru, "", 2_600, 2_600), SpreadFigure("c", "", ru, "", 2, 2)]
    >>> spread_sets(figures), spread_sets(figures, many=True)
    ([[0, 2], [1], [3]], [[0], [1], [2], [3]])
    >>> spread_sets([replace(f, as_of="2024-10-19") for f in figures], many=True)
    [[0, 2], [1], [3]]
    """
    sets: list[_SpreadSet] = []
    # the sets that already hold a voice (an article's claimant, ``one_voice``) admit no more of
    # it: an article whose one voice gives thousands of troop figures would otherwise try every
    # figure against every set it started (10,000 figures: 50 million tries, three minutes)
    holding: dict[tuple[str, str], set[int]] = {}
    for i in sorted(range(len(figures)), key=lambda k: _time_order(figures[k].as_of)):
        figure = figures[i]
        voice = (figure.article, _voice(figure.claimant))
        held = holding.setdefault(voice, set())
        at = next((k for k, members in enumerate(sets) if k not in held and members.admits(figure, many=many)),
                  None) if len(held) < len(sets) else None
        if at is None:
            at = len(sets)
            sets.append(_SpreadSet())
        sets[at].add(i, figure)
        held.add(at)
    return [members.positions for members in sets]


@dataclass
class _SpreadSet:
    """A set of ``spread_sets`` with what ``can_spread`` reads of its members kept once each
    (their voices, places, dates, articles, bounds): ``admits`` answers as ``can_spread`` with
    every member would, without a pass over the members (a set of 20,000 articles' troop
    figures holds hundreds: the pass made the comparison stage quadratic).

    >>> a = SpreadFigure("a", "", frozenset({"RU"}), "2024-10-19", 12_000, 12_000, "NIS")
    >>> b = SpreadFigure("b", "Kursk region", frozenset({"RU"}), "2024-10-20", 2_600, 2_600, "HUR")
    >>> one = _SpreadSet().add(0, a)
    >>> one.admits(b), one.admits(replace(b, low=2, high=2)), one.admits(replace(b, article="a", claimant="NIS"))
    (True, False, False)
    """

    positions: list[int] = field(default_factory=list)
    voices: set[tuple[str, str]] = field(default_factory=set)
    wars: set[tuple[str, frozenset[str]]] = field(default_factory=set)
    days: set[str] = field(default_factory=set)  # the dated members' as_of
    articles: set[str] = field(default_factory=set)
    undated_articles: set[str] = field(default_factory=set)
    smallest_low: float = float("inf")
    largest_high: float = float("-inf")
    each_within: bool = True  # every member's high at most SPREAD_FACTOR times its low, above 0

    def add(self, position: int, f: SpreadFigure) -> _SpreadSet:
        self.positions.append(position)
        self.voices.add((f.article, _voice(f.claimant)))
        self.wars.add((f.place, f.countries))
        if _day(f.as_of) is None:
            self.undated_articles.add(f.article)
        else:
            self.days.add(f.as_of)
        self.articles.add(f.article)
        self.smallest_low = min(self.smallest_low, f.low)
        self.largest_high = max(self.largest_high, f.high)
        self.each_within = self.each_within and f.low > 0 and f.high <= SPREAD_FACTOR * f.low
        return self

    def admits(self, f: SpreadFigure, *, many: bool = False) -> bool:
        # max(a.high, b.high) <= k * min(a.low, b.low) for every member b is these four
        if not (self.each_within and f.low > 0 and f.high <= SPREAD_FACTOR * f.low
                and f.high <= SPREAD_FACTOR * self.smallest_low and self.largest_high <= SPREAD_FACTOR * f.low):
            return False
        if (f.article, _voice(f.claimant)) in self.voices:  # one_voice with a member
            return False
        if not all(wars_can_be_one(f.place, f.countries, place, countries) for place, countries in self.wars):
            return False
        day = _day(f.as_of)
        if day is None:
            return not (many and self.articles - {f.article})
        if many and self.undated_articles - {f.article}:
            return False
        return all(distance_days(day, _day(as_of)) <= GROUP_WINDOW_DAYS for as_of in self.days)


def _time_order(as_of: str) -> tuple:
    """A figure's place in time for ``spread_sets``: dated ones first, earliest first (a month
    before its days), then the undated."""
    day = _day(as_of)
    return (1,) if day is None else (0, day.year, day.month, day.day or 0)


def can_spread(a: SpreadFigure, b: SpreadFigure, *, many: bool = False) -> bool:
    """Whether a spread may divide two troop estimates (``spread_sets``' rule): never two
    counts one voice gives in one article (``one_voice``).

    >>> nis = SpreadFigure("a", "", frozenset({"RU"}), "2024-10-19", 12_000, 12_000, "NIS")
    >>> hur = SpreadFigure("a", "Kursk region", frozenset({"RU"}), "2024-10-19", 2_600, 2_600, "HUR")
    >>> can_spread(nis, hur), can_spread(nis, replace(hur, low=2, high=2)), can_spread(nis, replace(hur, as_of="2025-06"))
    (True, False, False)
    >>> can_spread(replace(nis, as_of=""), replace(hur, article="b"), many=True)
    False
    >>> can_spread(nis, replace(hur, claimant="NIS")), can_spread(nis, replace(hur, claimant="NIS", article="b"))
    (False, True)
    """
    if one_voice(a, b) or not wars_can_be_one(a.place, a.countries, b.place, b.countries):
        return False
    a_day, b_day = _day(a.as_of), _day(b.as_of)
    if a_day is not None and b_day is not None:
        if distance_days(a_day, b_day) > GROUP_WINDOW_DAYS:
            return False
    elif many and a.article != b.article:
        return False  # an undated figure of another story may be of any year
    smallest = min(a.low, b.low)
    return smallest > 0 and max(a.high, b.high) <= SPREAD_FACTOR * smallest


def one_voice(a: SpreadFigure, b: SpreadFigure) -> bool:
    """Whether two troop figures are two counts of one voice in one article, not two readings of
    one force: the same article and the same claimant (the reporter's own words, credited to no
    one, are one voice). A peacekeeping mission's "10,000 troops" and its "2,000 police" in
    one statement, or a report's 7,000 troops in all and 2,500 of them Americans, are two
    things it counts: a spread divides what different claimants or articles say.

    >>> mission = SpreadFigure("a", "", frozenset({"CF"}), "", 10_000, 10_000, "MINUSCA")
    >>> one_voice(mission, replace(mission, low=2_000, high=2_000)), one_voice(mission, replace(mission, claimant="UN"))
    (True, False)
    >>> one_voice(replace(mission, claimant=""), replace(mission, claimant="unattributed")), one_voice(mission, replace(mission, article="b"))
    (True, False)
    """
    return a.article == b.article and _voice(a.claimant) == _voice(b.claimant)


def _voice(claimant: str) -> str:
    """Who speaks, for ``one_voice``: the reporter's own words, credited to no one, are one voice.

    >>> _voice("unattributed") == _voice("") != _voice("NIS")
    True
    """
    from claimtable.estimates import NOBODY

    return "" if claimant in NOBODY else claimant


def spread_where(place: str, article_countries: frozenset[str]) -> str:
    """The countries a troop estimate is about, as a spread check names them: those of its
    place, else those its article's claims name (``article_countries``), else none ("").

    >>> spread_where("Kursk region; Ussuriysk", frozenset()), spread_where("", frozenset({"UA", "RU"}))
    ('Russia', 'Russia, Ukraine')
    >>> spread_where("", frozenset())
    ''
    """
    from claimtable.places import country_names

    codes = _place_parts(place)[0] or article_countries
    names = country_names()
    return ", ".join(sorted(names.get(c, c) for c in codes))


def per_container_check(article: str, label: str, unit: str, shells: float, containers: float) -> dict:
    """A derived check: an article's shells (or other unit) over its containers.

    >>> per_container_check("a", "", "shell", 8_000_000, 13_000)
    {'check': 'shells per container', 'article': 'a', 'label': 'a', 'value': 615.4, 'how': '8,000,000 shells / 13,000 containers'}
    """
    return {"check": f"{unit}s per container", "article": article, "label": label or article,
            "value": round(shells / containers, 1),
            "how": f"{_fmt(shells)} {unit}s / {_fmt(containers)} containers"}


@dataclass(frozen=True)
class Said:
    """One end of a spread: the article (and its label), the claimant and the value.

    >>> Said("a", "Yonhap · 2024-10-23", "NIS", 1500).name
    'Yonhap · 2024-10-23'
    """

    article: str
    label: str
    claimant: str
    value: float

    @property
    def name(self) -> str:
        """How the check names the article: its label, else its id."""
        return self.label or self.article


def spread_check(measure: str, largest: Said, smallest: Said, where: str = "") -> dict:
    """A derived check: the largest estimate of a measure over its smallest, in ``where`` (the
    countries both are about, ``spread_where``; none named: the estimates of no country).

    >>> check = spread_check("troops_present", Said("a", "", "NIS", 12000), Said("b", "", "HUR", 1500), "Russia")
    >>> check["check"], check["how"]
    ('largest / smallest troops_present estimate, Russia', '12,000 (a, NIS) / 1,500 (b, HUR)')
    """
    return {"check": f"largest / smallest {measure} estimate, {where or 'no country named'}",
            "article": "all", "label": "all",
            "value": round(largest.value / smallest.value, 1),
            "how": f"{_fmt(largest.value)} ({largest.name}, {largest.claimant}) / "
                   f"{_fmt(smallest.value)} ({smallest.name}, {smallest.claimant})"}
