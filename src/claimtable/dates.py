"""Dates: an article's publication date as written, and the date a figure is about (``as_of``).

A figure is about the day its article was published unless its time expression says
otherwise: "on Monday" moves it back to that Monday, "last month" to the month before, "by
December" forward to the deadline. ``as_of`` is written ``YYYY-MM-DD``, or ``YYYY-MM`` when only
the month is known (the publication date or the expression gives no day).

The rules that resolve a time expression are small named functions, tried in the order of
``RULES``; the first that applies gives the date. An expression no rule resolves leaves the
publication date: the figure is reported as standing when the article was written.

>>> as_of("2024-10-23", "on Monday")
'2024-10-21'
>>> as_of("2024-10-23", "by December"), as_of("2024-10", "last week"), as_of("", "in May")
('2024-12', '2024-10', '')
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache, lru_cache

from claimtable import lexicons


@dataclass(frozen=True)
class PartialDate:
    """A date known to the day or only to the month.

    >>> str(PartialDate(2024, 10, 5)), str(PartialDate(2024, 10))
    ('2024-10-05', '2024-10')
    """

    year: int
    month: int
    day: int | None = None

    def __str__(self) -> str:
        head = f"{self.year:04d}-{self.month:02d}"
        return head if self.day is None else f"{head}-{self.day:02d}"

    @property
    def key(self) -> tuple[int, int, int]:
        """For sorting: a month sorts before its days.

        >>> PartialDate(2024, 10).key < PartialDate(2024, 10, 1).key < PartialDate(2024, 11).key
        True
        """
        return (self.year, self.month, self.day or 0)

    def to_date(self) -> date:
        """The day itself, or the 15th for a month (where a chart puts it)."""
        return date(self.year, self.month, self.day or 15)

    @classmethod
    def of(cls, d: date, day: bool = True) -> PartialDate:
        return cls(d.year, d.month, d.day if day else None)

    def months_moved(self, months: int) -> PartialDate:
        """The month ``months`` away, day dropped.

        >>> str(PartialDate(2024, 1, 9).months_moved(-1))
        '2023-12'
        """
        index = self.year * 12 + self.month - 1 + months
        return PartialDate(index // 12, index % 12 + 1)


@cache
def _calendar() -> tuple[dict[str, int], dict[str, int]]:
    """Month and weekday numbers by lower-case name and abbreviation, from the one calendar
    vocabulary (``lexicons.calendar()``: months and weekdays in calendar order)."""
    cal = lexicons.calendar()
    months = {m.lower(): i for i, m in enumerate(cal.months, start=1)}
    for i, month in enumerate(cal.months, start=1):
        months.update({s.lower(): i for s in cal.month_shorts if month.lower().startswith(s.lower())})
    weekdays = {d.lower(): i for i, d in enumerate(cal.weekdays)}
    return months, weekdays


def month_number(word: str) -> int | None:
    """The month a name or abbreviation stands for.

    >>> month_number("Sept."), month_number("October"), month_number("Monday")
    (9, 10, None)
    """
    return _calendar()[0].get(word.lower().rstrip("."))


def weekday_number(word: str) -> int | None:
    """0 for Monday ... 6 for Sunday.

    >>> weekday_number("Sunday")
    6
    """
    return _calendar()[1].get(word.lower())


# --------------------------------------------------------------------------- publication dates

_ISO = re.compile(r"(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?")
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})[-/ ]([A-Za-z]+\.?)[-/ ,]+(\d{4})")
_MONTH_DAY_YEAR = re.compile(r"([A-Za-z]+\.?)\s+(\d{1,2}),?\s+(\d{4})")
_MONTH_YEAR = re.compile(r"([A-Za-z]+\.?)\s+(\d{4})")
#: A clock time after a date in a byline ("Oct. 21, 2024 9:30 AM", "19-Oct 10:44 KST").
_CLOCK_TIME = re.compile(r",?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?(?:\s?[A-Z]{2,4})?$")


def _valid(year: int, month: int, day: int | None) -> PartialDate | None:
    try:
        date(year, month, day or 1)
    except ValueError:
        return None
    return PartialDate(year, month, day)


#: How many publication dates ``parse_published`` keeps read: every claim of an article asks
#: for its article's date (``measures.as_of``), and a collection has few distinct dates.
DATES_CACHED = 1024


@lru_cache(maxsize=DATES_CACHED)
def parse_published(text: str) -> PartialDate | None:
    """A publication date as manifests, bylines and page metadata write it; ``None`` when it
    names no year (a byline's "19-Oct 10:44") or is not a date.

    >>> [str(parse_published(t)) for t in ("2024-10-19", "2024-10-19T08:00:00+09:00", "2024-10",
    ...                                    "Oct. 19, 2024", "19 October 2024", "October 2024",
    ...                                    "Oct. 21, 2024 9:30 AM")]
    ['2024-10-19', '2024-10-19', '2024-10', '2024-10-19', '2024-10-19', '2024-10', '2024-10-21']
    >>> parse_published("19-Oct 10:44") is None, parse_published("2024-13-40") is None
    (True, True)
    """
    text = _CLOCK_TIME.sub("", (text or "").strip())
    if m := _ISO.fullmatch(text):
        return _valid(int(m[1]), int(m[2]), int(m[3]) if m[3] else None)
    if (m := _DAY_MONTH_YEAR.fullmatch(text)) and (month := month_number(m[2])):
        return _valid(int(m[3]), month, int(m[1]))
    if (m := _MONTH_DAY_YEAR.fullmatch(text)) and (month := month_number(m[1])):
        return _valid(int(m[3]), month, int(m[2]))
    if (m := _MONTH_YEAR.fullmatch(text)) and (month := month_number(m[1])):
        return _valid(int(m[2]), month, None)
    return None


# --------------------------------------------------------------------------- time expressions


@dataclass(frozen=True)
class TimeExpression:
    """A time expression split into its relation word and what follows it.

    >>> TimeExpression.of("by the end of March")
    TimeExpression(relation='by', rest='the end of march')
    """

    relation: str
    rest: str

    @classmethod
    def of(cls, text: str) -> TimeExpression:
        words = " ".join(text.lower().split())
        for relation in _RELATIONS:
            if words == relation or words.startswith(relation + " "):
                return cls(relation, words[len(relation):].strip())
        return cls("", words)


#: Relation words, longest first so "as of" is not read as "as".
_RELATIONS = ("as of", "since", "by", "until", "till", "before", "after", "from", "during",
              "through", "on", "in", "at", "over", "last", "this", "next", "so far", "to date")

Rule = Callable[[TimeExpression, PartialDate], PartialDate | None]


def cumulative_to_publication(expr: TimeExpression, published: PartialDate) -> PartialDate | None:
    """A count that runs up to the article's day ("since August", "so far", "over the past
    week", "in recent days", "this year") is as of publication.

    >>> str(cumulative_to_publication(TimeExpression.of("since August"), PartialDate(2024, 10, 23)))
    '2024-10-23'
    """
    if expr.relation in ("since", "so far", "to date", "this", "through"):
        return published
    if re.match(r"(?:the\s+)?(?:past|last|recent)\b", expr.rest) and expr.relation in ("over", "in", "during"):
        return published
    return None


def named_weekday(expr: TimeExpression, published: PartialDate) -> PartialDate | None:
    """"on Monday": the latest such day on or before publication (a day-dated article only).

    >>> str(named_weekday(TimeExpression.of("on Monday"), PartialDate(2024, 10, 23)))
    '2024-10-21'
    """
    number = weekday_number(expr.rest)
    if number is None or expr.relation not in ("on", ""):
        return None
    if published.day is None:
        return published
    day = published.to_date()
    return PartialDate.of(day - timedelta(days=(day.weekday() - number) % 7))


def previous_or_next_period(expr: TimeExpression, published: PartialDate) -> PartialDate | None:
    """"last week" is seven days before publication, "last month" the month before, "next
    week" seven days after; "last year" is its December (the figure stands at its end).

    >>> [str(previous_or_next_period(TimeExpression.of(t), PartialDate(2024, 10, 23)))
    ...  for t in ("last week", "last month", "next month", "last year")]
    ['2024-10-16', '2024-09', '2024-11', '2023-12']
    """
    if expr.relation not in ("last", "next") or expr.rest not in ("week", "month", "year"):
        return None
    sign = -1 if expr.relation == "last" else 1
    if expr.rest == "week":
        if published.day is None:
            return published
        return PartialDate.of(published.to_date() + timedelta(days=7 * sign))
    if expr.rest == "month":
        return published.months_moved(sign)
    return PartialDate(published.year + sign, 12)


_MONTH_PHRASE = re.compile(
    r"(?:the\s+(?:end|start|beginning|middle)\s+of\s+|(?:early|late|mid)[\s-]+)?"
    r"(?P<month>[a-z]+)\.?(?:\s+(?P<day>\d{1,2}))?(?:,?\s+(?P<year>\d{4}))?")


def named_month(expr: TimeExpression, published: PartialDate) -> PartialDate | None:
    """"in October", "on November 1", "by late February", "at the end of March 2025": that
    month (and day). Without a year, a deadline ("by", "until", "before") is the next such
    month on or after publication; anything else is the nearest such month to publication
    ("in December" in an October article is two months ahead, not ten back).

    >>> p = PartialDate(2024, 10, 23)
    >>> [str(named_month(TimeExpression.of(t), p)) for t in
    ...  ("in August", "by December", "on November 1", "by the end of March", "in December 2023",
    ...   "in June")]
    ['2024-08', '2024-12', '2024-11-01', '2025-03', '2023-12', '2024-06']
    """
    m = _MONTH_PHRASE.fullmatch(expr.rest)
    month = month_number(m["month"]) if m else None
    if m is None or month is None:
        return None
    day = int(m["day"]) if m["day"] else None
    if m["year"]:
        return _valid(int(m["year"]), month, day)
    year = published.year
    if expr.relation in ("by", "until", "till", "before"):
        year += month < published.month
    elif month - published.month > 6:
        year -= 1
    elif published.month - month > 6:
        year += 1
    return _valid(year, month, day)


def named_year(expr: TimeExpression, published: PartialDate) -> PartialDate | None:
    """"in 2023", "by 2025": that year's December (a year's figure stands at its end); the
    publication month when it is the article's own year.

    >>> [str(named_year(TimeExpression.of(t), PartialDate(2024, 10, 23))) for t in ("in 2023", "in 2024")]
    ['2023-12', '2024-10-23']
    """
    if not re.fullmatch(r"(?:19|20)\d{2}", expr.rest):
        return None
    year = int(expr.rest)
    return published if year == published.year else PartialDate(year, 12)


#: The order in which the rules are tried: the first that gives a date wins.
RULES: tuple[Rule, ...] = (
    cumulative_to_publication,
    named_weekday,
    previous_or_next_period,
    named_month,
    named_year,
)


@cache
def resolve(time_ref: str, published: PartialDate) -> PartialDate:
    """The date a figure with this time expression is about (``published`` when no rule
    resolves it).

    >>> str(resolve("since the start of the full-scale invasion", PartialDate(2024, 10, 23)))
    '2024-10-23'
    """
    expr = TimeExpression.of(time_ref)
    for rule in RULES:
        found = rule(expr, published)
        if found is not None:
            return found
    return published


def written_date(time_ref: str) -> PartialDate | None:
    """The date a time expression names on its own, year included ("in 2009", "on March 3,
    2014"), by the month and year rules: what an article whose publication date is unknown can
    still say. None for one that needs that date ("last week", "in March") or runs up to it
    ("since 2014").

    >>> [str(written_date(t)) for t in ("in 2009", "In March 2014", "on March 3, 2014")]
    ['2009-12', '2014-03', '2014-03-03']
    >>> written_date("last week"), written_date("in March"), written_date("since 2014")
    (None, None, None)
    """
    expr = TimeExpression.of(time_ref)
    year = re.search(r"\b((?:19|20)\d{2})$", expr.rest)
    if year is None:
        return None
    # a stand-in publication date in the named year: the rules below read only its year
    stand_in = PartialDate(int(year.group(1)), 12)
    if cumulative_to_publication(expr, stand_in) is not None:
        return None
    return named_month(expr, stand_in) or named_year(expr, stand_in)


def as_of(published: str, time_ref: str) -> str:
    """``as_of`` of a claim: its article's publication date moved by its time expression;
    when the publication date is unknown, the date the expression names with its year
    (``written_date``), else empty.

    >>> as_of("2024-10-19", ""), as_of("2024-10-19", "last week"), as_of("19-Oct", "on Monday")
    ('2024-10-19', '2024-10-12', '')
    >>> as_of("", "In 2009"), as_of("", "in March")
    ('2009-12', '')
    """
    day = parse_published(published)
    if day is None:
        written = written_date(time_ref) if time_ref else None
        return str(written) if written else ""
    return str(resolve(time_ref, day)) if time_ref else str(day)
