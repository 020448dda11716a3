"""Score a claims table against a hand-coded one: how often the automated coder agrees with a
human coder, the way content analysts report it (precision, recall and F1 per level of
agreement, plus the share of matched figures whose claimant agrees).

Both tables are CSV files with at least the columns ``article``, ``value_low``, ``value_high``,
``category`` and ``claimant`` (the claims-table contract's names; more columns are ignored, so
the output of ``claimtable extract`` can be scored as it is).

**Matching rule.** A predicted claim and a gold claim *match* when they come from the same
article and state the same value bounds (``value_low`` and ``value_high`` equal as numbers; a
value with a fraction is compared to a tenth, so that a share written 33.3 by one coder and 33.33
by another is the same "a third": :func:`match_value`).
Within an article each claim is matched at most once; when several claims share the same
bounds (two figures of 1,000 in one article), pairs that also agree on category and claimant
are made first, then pairs that agree on category, then on claimant, then the rest in file
order. On the matched pairs:

- **value**: every match counts;
- **category**: the pair's categories are equal;
- **claimant**: the pair's claimants are equal after canonicalisation: each is named as the
  claimant registry (``data/claimants.csv``) names it, by the rule the ledger uses too
  (:mod:`claimtable.claimants`: "Seoul's spy agency" equals "South Korea NIS"), then case,
  white space, quotes and leading words that count or point ("the", "two", "several") are
  ignored; a capitalised name also equals the same name after a title or a description
  ("Ukrainian MP Oleksandra Ustinova", "British TV channel Sky News"; :func:`same_claimant`), and a
  person named alone whose office the registry dates ("Sergei Shoigu") equals each body he held
  (:func:`claimtable.claimants.offices`);
  when the gold table has a ``claimant_ok`` column (the shared gold's style), a claimant also
  agrees when it equals one of the cell's ``|``-separated other readings after the same
  canonicalisation, is one of the registry's names or aliases in any case ("ohchr", written in
  lower case as coders write readings, names the body the registry lists "OHCHR" under), or holds
  one as whole words ("nis|spy agency" accepts "South Korea NIS"):
  the hand coder's way of saying that the contract allows more than one reading; a name that
  rows of several countries list as naming no country ("Ministry of National Defense": South
  Korea's, Mexico's) is a row's only where the claimant's own words name its country
  (:mod:`claimtable.claimants`), a reading of it agrees only with the very words, and a reading
  held as whole words ("ministry") accepts no registry body of another country than one the
  gold names (a Mexican ministry's claim credited to South Korea's scores as wrong);
- **full**: category and claimant both agree.

Precision at a level is its agreeing pairs over the predicted claims, recall over the gold
claims, F1 their harmonic mean. *Claimant accuracy* is the share of value-matched pairs whose
claimants agree. The misses list every gold claim without a match, every predicted claim
without one, and every matched pair that disagrees on category or claimant.

>>> gold = [GoldRow("a", 100, 100, "troops", "NIS")]
>>> s = score(gold, [GoldRow("a", 100, 100, "troops", "National Intelligence Service")])
>>> s.levels["full"].f1, s.claimant_accuracy
(1.0, 1.0)
"""

from __future__ import annotations

import csv
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from claimtable import claimants

if TYPE_CHECKING:
    import pandas as pd

REQUIRED = ("article", "value_low", "value_high", "category", "claimant")
LEVELS = ("value", "category", "claimant", "full")


class ScoreInputError(ValueError):
    """A table that cannot be scored: the message names the file, and the line when it is one.

    >>> str(ScoreInputError("gold.csv, line 3: value_low is not a number"))
    'gold.csv, line 3: value_low is not a number'
    """


@dataclass(frozen=True)
class GoldRow:
    """One claim as the scorer sees it (gold or predicted).

    >>> GoldRow("a", 1500.0, 1500.0, "troops", "South Korea NIS").category
    'troops'
    """

    article: str
    value_low: float
    value_high: float
    category: str
    claimant: str
    line: int = 0
    figure: str = ""
    claimant_ok: tuple[str, ...] = ()


@dataclass(frozen=True)
class Level:
    """Agreement at one level: true positives over the predicted and the gold claims.

    >>> Level(3, 4, 6).precision, Level(3, 4, 6).recall, round(Level(3, 4, 6).f1, 2)
    (0.75, 0.5, 0.6)
    """

    agree: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        return self.agree / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.agree / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class Miss:
    """A disagreement: ``kind`` is ``missed`` (gold only), ``spurious`` (predicted only),
    ``category`` or ``claimant`` (a matched pair that disagrees).

    >>> Miss("missed", "a", "1,500", "troops, NIS", "").kind
    'missed'
    """

    kind: str
    article: str
    value: str
    gold: str
    predicted: str


@dataclass
class Score:
    """The result of :func:`score`.

    >>> score([], []).matched
    0
    """

    levels: dict[str, Level]
    matched: int
    claimant_agree: int
    misses: list[Miss] = field(default_factory=list)

    @property
    def claimant_accuracy(self) -> float:
        return self.claimant_agree / self.matched if self.matched else 0.0


_QUOTES = re.compile(r"[\"“”‘’']")


def _fold(name: str) -> str:
    name = _QUOTES.sub("", name.replace("’", "'")).casefold()
    return claimants.LEADING.sub("", " ".join(name.split()))


def canonical_claimant(name: str) -> str:
    """The form two claimants are compared in: the registry's name
    (:func:`claimtable.claimants.canonical_claimant`), folded.

    >>> canonical_claimant("Seoul's spy agency") == canonical_claimant("South Korea NIS")
    True
    >>> canonical_claimant("The  Western officials")
    'western officials'
    """
    return _fold(claimants.canonical_claimant(name))


def _number(text: str, source: str, line: int, col: str) -> float:
    cleaned = text.strip().lstrip("'").replace(",", "")
    try:
        value = float(cleaned)
    except ValueError:
        raise ScoreInputError(f"{source}, line {line}: {col} {text!r} is not a number") from None
    if math.isnan(value):
        raise ScoreInputError(f"{source}, line {line}: {col} is empty")
    return value


def _cell(text: str | None) -> str:
    text = (text or "").strip()
    # write_csv prefixes a leading = + - @ with ' so spreadsheets do not run it
    return text[1:] if len(text) > 1 and text[0] == "'" and text[1] in "=+-@" else text


def _readings(cell: str | None) -> tuple[str, ...]:
    """A ``claimant_ok`` cell's other readings, folded.

    >>> _readings(" NIS | the spy agency ||")
    ('nis', 'spy agency')
    """
    return tuple(f for f in (_fold(alt) for alt in _cell(cell).split("|")) if f)


#: The longest cell ``read_claims`` takes (bytes): any sentence a claims table can hold.
LONGEST_CELL = 2**31 - 1


def read_claims(path: str | Path) -> list[GoldRow]:
    """The claims of a CSV file (gold or predicted), with the file's line numbers.

    Raises :class:`ScoreInputError` naming the file (and line) when it cannot be read, lacks a
    required column, or holds a value that is not a number.

    >>> read_claims("no/such.csv")
    Traceback (most recent call last):
    ...
    claimtable.score.ScoreInputError: no/such.csv: cannot read it (No such file or directory)
    """
    source = str(path)
    # A claim's sentence from a page with no full stop can run to megabytes; Python's reader
    # refuses a cell over 128 KiB unless told otherwise (the limit is the process's own).
    csv.field_size_limit(max(csv.field_size_limit(), LONGEST_CELL))
    try:
        with open(path, encoding="utf-8-sig", newline="") as f:
            reader = csv.DictReader(f)
            header = reader.fieldnames or []
            missing = [c for c in REQUIRED if c not in header]
            if missing:
                raise ScoreInputError(f"{source}: no column {', '.join(missing)} "
                                      f"(a claims table needs {', '.join(REQUIRED)})")
            rows = []
            for row in reader:
                line = reader.line_num
                rows.append(GoldRow(
                    article=_cell(row["article"]),
                    value_low=_number(row["value_low"] or "", source, line, "value_low"),
                    value_high=_number(row["value_high"] or "", source, line, "value_high"),
                    category=_cell(row["category"]).lower(),
                    claimant=_cell(row["claimant"]) or "unattributed",
                    line=line,
                    figure=_cell(row.get("figure")),
                    claimant_ok=_readings(row.get("claimant_ok")),
                ))
    except OSError as e:
        raise ScoreInputError(f"{source}: cannot read it ({e.strerror or e})") from None
    except (UnicodeDecodeError, csv.Error) as e:
        raise ScoreInputError(f"{source}: not a UTF-8 CSV file ({e})") from None
    return rows


def _show(value: float) -> str:
    return str(int(value)) if value == int(value) else repr(value)


def _bounds(row: GoldRow) -> str:
    low, high = _show(row.value_low), _show(row.value_high)
    return low if low == high else f"{low}-{high}"


def _pairs(gold: list[GoldRow], pred: list[GoldRow]) -> list[tuple[GoldRow, GoldRow]]:
    """Pairs of claims with equal bounds in one article, best-agreeing pairs first."""
    pairs: list[tuple[GoldRow, GoldRow]] = []
    free_gold, free_pred = list(gold), list(pred)
    tests = (
        lambda g, p: g.category == p.category and _same_claimant(g, p),
        lambda g, p: g.category == p.category,
        _same_claimant,
        lambda g, p: True,
    )
    for agrees in tests:
        for g in list(free_gold):
            for p in free_pred:
                if agrees(g, p):
                    pairs.append((g, p))
                    free_gold.remove(g)
                    free_pred.remove(p)
                    break
    return pairs


#: Words that end a place or an owner before a name, not a title: "officials in Kyiv" is not Kyiv.
_NOT_A_TITLE = frozenset({"in", "of", "to", "from", "at", "by", "for", "on", "and", "with"})


def same_claimant(a: str, b: str) -> bool:
    """Whether two claimants name the same source: equal after canonicalisation, or a name
    and the same name after its title or description ("Ukrainian MP Oleksandra Ustinova",
    "British TV channel Sky News"): the contract's "words as written" may or may not take the
    title in; a place after a group ("officials in Kyiv") is no title.

    >>> same_claimant("Ukrainian MP Oleksandra Ustinova", "Oleksandra Ustinova")
    True
    >>> same_claimant("British TV channel Sky News", "Sky News"), same_claimant("officials in Kyiv", "Kyiv")
    (True, False)
    >>> same_claimant("Western officials", "officials")
    False
    """
    folded = canonical_claimant(a), canonical_claimant(b)
    if folded[0] == folded[1] or _office_of(a, folded[1]) or _office_of(b, folded[0]):
        return True
    (short, written), (long, _) = sorted(zip(folded, (a, b), strict=True), key=lambda x: len(x[0]))
    name = claimants.LEADING.sub("", claimants.head(written)).split()
    if not long.endswith(" " + short) or not all(w[:1].isupper() for w in name):
        return False  # a name, capitalised: "officials" is not "Western officials"
    title = long[: -len(short)].split()
    return 0 < len(title) <= 5 and title[-1] not in _NOT_A_TITLE and not title[-1].endswith("'s")


def _office_of(person: str, body: str) -> bool:
    """Whether ``body`` (folded) is one of the offices a person named alone held
    (:func:`claimtable.claimants.offices`).

    >>> _office_of("Sergei Shoigu", canonical_claimant("Russia Security Council")), _office_of("Putin", "kremlin")
    (True, False)
    """
    return any(_fold(office) == body for office in claimants.offices(person))


@cache
def _registry_by_folded_name() -> dict[str, frozenset[str]]:
    """The registry's claimants by each of their names and aliases, folded: the canonical names
    (folded) a whole ``claimant_ok`` reading can stand for; not an alias that rows of several
    countries list as naming no country ("ministry of national defense": South Korea's or
    Mexico's, :func:`claimtable.claimants.shared_alias_rows`), which names none of them."""
    from claimtable import attribute

    entries, aliases = attribute.registry()
    shared = {_fold(a) for a in claimants.shared_alias_rows()}
    found: defaultdict[str, set[str]] = defaultdict(set)
    for name, canonical in [*((c, c) for c in entries), *aliases]:
        if _fold(name) not in shared:
            found[_fold(name)].add(_fold(canonical))
    return {name: frozenset(canonicals) for name, canonicals in found.items()}


def _registry_names_of(reading: str) -> frozenset[str]:
    """The registry claimants (folded canonical names) a ``claimant_ok`` reading names when the
    whole reading is one of their names or aliases in any case: the coders write their other
    readings in lower case, while the registry matches an alias written with capitals in
    article text only as written ("NIS" is no "nis" inside a word), so "ohchr" or "un human
    rights office" in a reading is looked up here, not by the text rule.

    >>> sorted(_registry_names_of("nis")), sorted(_registry_names_of("no such body"))
    (['south korea nis'], [])
    >>> sorted(_registry_names_of("ministry of national defense")), sorted(_registry_names_of("sedena"))
    ([], ['mexico ministry of national defense'])
    """
    return _registry_by_folded_name().get(reading, frozenset())


def _same_claimant(g: GoldRow, p: GoldRow) -> bool:
    """Whether a predicted claimant agrees with the gold one or one of its other readings.

    >>> g = GoldRow("a", 1, 1, "troops", "Shin Won-sik", claimant_ok=("defense ministry", "nis"))
    >>> [_same_claimant(g, GoldRow("a", 1, 1, "troops", c))
    ...  for c in ("Shin Won-sik", "South Korea NIS", "the Defense Ministry", "Dennis", "Putin")]
    [True, True, True, False, False]
    """
    if same_claimant(g.claimant, p.claimant):
        return True
    predicted = canonical_claimant(p.claimant)
    # a reading that is only a name of several countries' bodies ("ministry of national
    # defense") is no part of one of theirs: only the very words agree
    shared = _shared_readings()
    # a reading held as whole words ("ministry") accepts no registry body of another country
    # than one the gold names ("mexico ministry of national defense" beside "South Korea
    # Ministry of National Defense")
    loose = not _names_another_country(g, predicted)
    return any(canonical_claimant(alt) == predicted or predicted in _registry_names_of(alt)
               or (_fold(p.claimant) == alt if alt in shared else loose and (
                   re.search(rf"(?<!\w){re.escape(alt)}(?!\w)", predicted)
                   or re.search(rf"(?<!\w){re.escape(alt)}(?!\w)", _fold(p.claimant))))
               for alt in g.claimant_ok)


def _names_another_country(g: GoldRow, predicted: str) -> bool:
    """Whether ``predicted`` (folded, canonical) is a registry body of a country and the gold's
    claimant or one of its readings names a registry body of another country.

    >>> g = GoldRow("a", 1, 1, "troops", "Ministry of National Defense", claimant_ok=("mexico ministry of national defense",))
    >>> _names_another_country(g, "south korea ministry of national defense"), _names_another_country(g, "mexico ministry of national defense")
    (True, False)
    """
    countries = _registry_countries()
    mine = countries.get(predicted, "")
    if not mine:
        return False
    named = {canonical_claimant(g.claimant), *(n for alt in g.claimant_ok
                                               for n in (canonical_claimant(alt), *_registry_names_of(alt)))}
    return any(countries.get(n, mine) not in ("", mine) for n in named)


@cache
def _registry_countries() -> dict[str, str]:
    """The registry's rows by folded canonical name, with their countries."""
    from claimtable import attribute

    return {_fold(c): entry.country for c, entry in attribute.registry()[0].items()}


@cache
def _shared_readings() -> frozenset[str]:
    """The registry's aliases that rows of several countries list as naming no country, folded
    (:func:`claimtable.claimants.shared_alias_rows`)."""
    return frozenset(_fold(a) for a in claimants.shared_alias_rows())


def match_value(value: float) -> float:
    """The value a claim is matched on: a whole number as it is, a value with a fraction to a
    tenth (coders write the percentage of "a third" as 33.3 or 33.33; counts are whole).

    >>> match_value(33.33), match_value(33.3), match_value(66.67), match_value(1500.0)
    (33.3, 33.3, 66.7, 1500.0)
    >>> match_value(33.3) == match_value(33.4)
    False
    """
    return value if float(value).is_integer() else round(value, 1)


def score(gold: Sequence[GoldRow], predicted: Sequence[GoldRow]) -> Score:
    """Agreement of ``predicted`` with ``gold`` under the module's matching rule.

    >>> g = [GoldRow("a", 1000, 1000, "troops", "NIS"), GoldRow("a", 5, 5, "troops", "NIS")]
    >>> p = [GoldRow("a", 1000, 1000, "casualties", "NIS"), GoldRow("a", 7, 7, "troops", "x")]
    >>> s = score(g, p)
    >>> s.levels["value"].agree, s.levels["category"].agree, [m.kind for m in s.misses]
    (1, 0, ['missed', 'spurious', 'category'])
    """
    groups: dict[tuple[str, float, float], tuple[list[GoldRow], list[GoldRow]]] = defaultdict(
        lambda: ([], []))
    for g in gold:
        groups[(g.article, match_value(g.value_low), match_value(g.value_high))][0].append(g)
    for p in predicted:
        groups[(p.article, match_value(p.value_low), match_value(p.value_high))][1].append(p)
    agree = dict.fromkeys(LEVELS, 0)
    matched = 0
    unmatched: list[Miss] = []
    wrong: list[Miss] = []
    for key in sorted(groups):
        g_rows, p_rows = groups[key]
        pairs = _pairs(g_rows, p_rows)
        paired_g = {id(g) for g, _ in pairs}
        paired_p = {id(p) for _, p in pairs}
        for g, p in pairs:
            matched += 1
            same_cat = g.category == p.category
            same_who = _same_claimant(g, p)
            agree["value"] += 1
            agree["category"] += same_cat
            agree["claimant"] += same_who
            agree["full"] += same_cat and same_who
            if not same_cat:
                wrong.append(Miss("category", g.article, _bounds(g), g.category, p.category))
            if not same_who:
                wrong.append(Miss("claimant", g.article, _bounds(g), g.claimant, p.claimant))
        unmatched += [Miss("missed", g.article, _bounds(g), f"{g.category} / {g.claimant}", "")
                      for g in g_rows if id(g) not in paired_g]
        unmatched += [Miss("spurious", p.article, _bounds(p), "",
                           f"{p.category} / {p.claimant}" + (f" ({p.figure})" if p.figure else ""))
                      for p in p_rows if id(p) not in paired_p]
    levels = {name: Level(agree[name], len(predicted), len(gold)) for name in LEVELS}
    return Score(levels, matched, agree["claimant"], unmatched + wrong)


@dataclass(frozen=True)
class Interval:
    """A two-sided interval of a score: its ``low`` and ``high`` ends, or what stands in for
    them when resampling cannot give one (``missing``: a sample of a single article resamples to
    itself, and "75.0-75.0%" would read as certainty).

    >>> str(Interval(0.61, 0.83)), Interval(0.61, 0.83).percent()
    ('0.61-0.83', '61.0-83.0%')
    >>> str(Interval(0.75, 0.75, missing="none: 1 article"))
    'none: 1 article'
    """

    low: float
    high: float
    missing: str = field(default="", repr=False, compare=False)

    def __str__(self) -> str:
        return self.missing or f"{self.low:.2f}-{self.high:.2f}"

    def fixed(self, decimals: int) -> str:
        """The interval as a range with ``decimals`` decimals (or what stands in for it).

        >>> Interval(0.61, 0.8333).fixed(3), Interval(1, 1, missing="none: 1 article").fixed(3)
        ('0.610–0.833', 'none: 1 article')
        """
        return self.missing or f"{self.low:.{decimals}f}–{self.high:.{decimals}f}"

    def percent(self) -> str:
        """The interval in percent (or what stands in for it)."""
        return self.missing or f"{100 * self.low:.1f}-{100 * self.high:.1f}%"


#: How many resamples :func:`intervals` draws, and the seed that makes them the same every run.
REPLICATES = 2000
SEED = 14


def intervals(gold: Sequence[GoldRow], predicted: Sequence[GoldRow], *,
              replicates: int = REPLICATES, coverage: float = 0.95) -> dict[str, Interval]:
    """Percentile bootstrap intervals of each level's F1 and of the claimant accuracy,
    resampling **articles** with replacement: the claims of one article share its sources and
    its style, so they are not independent draws, and a sample of 24 articles says less than
    its 140 claims suggest. Each article is scored once under :func:`score`'s rule; a resample
    sums the counts of the articles it drew. The seed is fixed, so the same tables give the
    same intervals.

    >>> g = [GoldRow(a, 1, 1, "troops", "x") for a in "abcdefgh"]
    >>> p = [GoldRow(a, 1, 1, "troops", "x" if a < "e" else "y") for a in "abcdefgh"]
    >>> iv = intervals(g, p)
    >>> iv["value"], iv["full"].low < 0.5 < iv["full"].high
    (Interval(low=1.0, high=1.0), True)
    """
    import numpy as np

    by_article: dict[str, tuple[list[GoldRow], list[GoldRow]]] = defaultdict(lambda: ([], []))
    for g in gold:
        by_article[g.article][0].append(g)
    for p in predicted:
        by_article[p.article][1].append(p)
    # one row per article: agree at each level, predicted, gold, matched, claimant agree
    counts = []
    for article in sorted(by_article):
        s = score(*by_article[article])
        counts.append([s.levels[name].agree for name in LEVELS]
                      + [len(by_article[article][1]), len(by_article[article][0]),
                         s.matched, s.claimant_agree])
    if len(counts) < 2:  # nothing to resample: every draw is the one article (or none)
        missing = f"none: {len(counts)} article{'' if len(counts) == 1 else 's'}"
        point = score(gold, predicted)
        return {**{name: Interval(point.levels[name].f1, point.levels[name].f1, missing)
                   for name in LEVELS},
                "claimant accuracy": Interval(point.claimant_accuracy, point.claimant_accuracy, missing)}
    table = np.array(counts, dtype=float)
    draws = np.random.default_rng(SEED).integers(0, len(table), size=(replicates, len(table)))
    sums = table[draws].sum(axis=1)
    predicted_n, gold_n, matched, claimant_agree = (sums[:, i] for i in range(len(LEVELS), len(LEVELS) + 4))
    tail = 100 * (1 - coverage) / 2
    result = {}
    with np.errstate(divide="ignore", invalid="ignore"):
        for i, name in enumerate(LEVELS):
            f1 = np.nan_to_num(2 * sums[:, i] / (predicted_n + gold_n))
            result[name] = Interval(*(round(float(v), 4) for v in np.percentile(f1, [tail, 100 - tail])))
        # a resample in which no figure was found by both has no accuracy (not one of 0)
        accuracy = (claimant_agree / matched)[matched > 0]
    if len(accuracy):
        result["claimant accuracy"] = Interval(
            *(round(float(v), 4) for v in np.percentile(accuracy, [tail, 100 - tail])))
    else:
        result["claimant accuracy"] = Interval(0.0, 0.0, "none: no figure found by both")
    return result


def articles_of(rows: Iterable[GoldRow]) -> set[str]:
    """The articles a table covers.

    >>> sorted(articles_of([GoldRow("b", 1, 1, "", ""), GoldRow("a", 1, 1, "", "")]))
    ['a', 'b']
    """
    return {r.article for r in rows}


def collection_articles(claims_path: str | Path) -> tuple[set[str], set[str]]:
    """The articles of the collection a claims table was extracted from (those read, of
    ``articles.csv`` beside it; without one, the claims' own) and those that have a claim.

    >>> every, claimed = collection_articles("data/processed/claims.csv")
    >>> len(every), every == claimed
    (2, True)
    """
    csv.field_size_limit(max(csv.field_size_limit(), LONGEST_CELL))
    with open(claims_path, encoding="utf-8-sig", newline="") as f:
        claimed = {_cell(row.get("article")) for row in csv.DictReader(f)}
    sources = Path(claims_path).with_name("articles.csv")
    if not sources.is_file():
        return claimed, claimed
    with open(sources, encoding="utf-8-sig", newline="") as f:
        every = {_cell(row.get("article")) for row in csv.DictReader(f) if _cell(row.get("status")) in ("", "ok")}
    return every | claimed, claimed


def coverage_note(gold: Sequence[GoldRow], claims_path: str | Path) -> str:
    """How many of the collection's articles (``collection_articles``) the hand-coded sample
    covers, in a sentence, naming those of them the extractor found no figure in (their every
    hand-coded claim is missed); a sample that covers none of them (another folder's) is said
    to score nothing here.

    >>> coverage_note(read_claims("data/handcoded/seed_sample.csv"), "data/processed/claims.csv")
    'The hand-coded sample covers 2 of the 2 articles of the collection.'
    >>> coverage_note([GoldRow("x", 1, 1, "", "")], "data/processed/claims.csv")[:66]
    'The hand-coded sample covers none of the 2 articles of the collect'
    """
    every, claimed = collection_articles(claims_path)
    coded = articles_of(gold) & every
    total = f"{len(every):,} article{'' if len(every) == 1 else 's'} of the collection"
    if not coded:
        return (f"The hand-coded sample covers none of the {total}: the scores below count every "
                "hand-coded claim as missed and mean nothing for these articles; give a sample of "
                "them (`-p handcoded PATH`).")
    empty = sorted(coded - claimed)
    without = (f"; the extractor found no figure in {len(empty):,} of them ({', '.join(empty)}): "
               "every claim coded there is missed" if empty else "")
    return f"The hand-coded sample covers {len(coded):,} of the {total}{without}."


def _shown_path(path: str | Path) -> str:
    """A path as an output may show it: as given when relative, else "…/" and its folder and
    name only (no absolute path in a rendered page: the same run elsewhere gives the same bytes;
    the "…/" says that the path goes on, so that "/tmp/gold.csv" does not read as a relative
    "tmp/gold.csv").

    >>> _shown_path("data/processed/claims.csv"), _shown_path("/tmp/run/processed/claims.csv")
    ('data/processed/claims.csv', '…/processed/claims.csv')
    """
    path = Path(path)
    return path.as_posix() if not path.is_absolute() else "…/" + Path(path.parent.name, path.name).as_posix()


def sample_intro(gold: Sequence[GoldRow], claims_path: str | Path, sample: str | Path) -> str:
    """Notebook 06's opening, computed from the run: which sample scores which claims table,
    how many articles and claims were coded, and the coverage (``coverage_note``).

    >>> print(sample_intro(read_claims("data/handcoded/seed_sample.csv"), "data/processed/claims.csv",
    ...                    "data/handcoded/seed_sample.csv"))  # doctest: +ELLIPSIS
    This run scores data/processed/claims.csv against the hand-coded sample data/handcoded/seed_sample.csv: 13 hand-coded claims in 2 articles. The hand-coded sample covers 2 of the 2 articles of the collection. ...
    """
    from claimtable import paths

    coded = articles_of(gold)
    few = ("With so few articles its scores say little on their own: the intervals below say how little."
           if len(coded) < 20 else "")
    return " ".join(x for x in (
        f"This run scores {_shown_path(claims_path)} against the hand-coded sample {_shown_path(sample)}: "
        f"{len(gold):,} hand-coded claim{'' if len(gold) == 1 else 's'} in {len(coded):,} "
        f"article{'' if len(coded) == 1 else 's'}.", coverage_note(gold, paths.resolve(claims_path)), few) if x)


def accuracy_text(s: Score, spans: dict[str, Interval] | None = None) -> str:
    """The claimant accuracy in words, with its interval when ``spans`` hold one; "n/a" when
    no figure was found by both (0 of 0 is no accuracy of 0 %).

    >>> accuracy_text(score([GoldRow("a", 1, 1, "troops", "x")], [GoldRow("a", 1, 1, "troops", "x")]))
    '100.0% (1 of 1)'
    >>> accuracy_text(score([GoldRow("a", 1, 1, "troops", "x")], []))
    'n/a (no figure found by both)'
    """
    if not s.matched:
        return "n/a (no figure found by both)"
    accuracy = spans.get("claimant accuracy") if spans else None
    return (f"{100 * s.claimant_accuracy:.1f}% ({s.claimant_agree} of {s.matched})"
            + (f", 95% interval {accuracy.percent()}" if accuracy else ""))


def format_score(s: Score, *, misses: bool = True,
                 spans: dict[str, Interval] | None = None, articles: int | None = None) -> str:
    """A plain-text report: one line per level, claimant accuracy, then the misses; with
    ``spans``, each F1's interval, and the number of ``articles`` resampled when given (an
    interval over three articles is a rough one, and the reader should see that).

    >>> print(format_score(score([], []), misses=False))
    level      precision  recall  F1     agree / predicted / gold
    value      0.00       0.00    0.00   0 / 0 / 0
    category   0.00       0.00    0.00   0 / 0 / 0
    claimant   0.00       0.00    0.00   0 / 0 / 0
    full       0.00       0.00    0.00   0 / 0 / 0
    claimant accuracy on value matches: n/a (no figure found by both)
    """
    counts_head = "agree / predicted / gold"
    lines = ["level      precision  recall  F1     "
             + (f"{counts_head:<25} F1, 95% interval over {articles} articles"
                if spans and articles is not None else f"{counts_head:<25} F1, 95% interval" if spans
                else counts_head)]
    for name, lv in s.levels.items():
        counts = f"{lv.agree} / {lv.predicted} / {lv.gold}"
        lines.append(f"{name:<10} {lv.precision:<10.2f} {lv.recall:<7.2f} {lv.f1:<6.2f} "
                     + (f"{counts:<25} {spans[name]}" if spans else counts))
    lines.append(f"claimant accuracy on value matches: {accuracy_text(s, spans)}")
    if misses and s.misses:
        lines.append("")
        lines.append("misses (kind, article, value: gold -> predicted)")
        for m in s.misses:
            lines.append(f"{m.kind:<9} {m.article} {m.value}: {m.gold or '-'} -> {m.predicted or '-'}")
    return "\n".join(lines)


def score_files(gold_path: str | Path, claims_path: str | Path, *,
                 only_gold_articles: bool = True) -> Score:
    """Read and score two CSV files; with ``only_gold_articles`` (the default) predicted claims
    of articles the gold table does not cover are left out, so a claims table of a whole
    folder can be scored against a hand-coded sample of it.

    >>> score_files("data/handcoded/seed_sample.csv", "data/processed/claims.csv").full.f1 > 0.5  # doctest: +SKIP
    True
    """
    return score(*read_pair(gold_path, claims_path, only_gold_articles=only_gold_articles))


def read_pair(gold_path: str | Path, claims_path: str | Path, *,
              only_gold_articles: bool = True) -> tuple[list[GoldRow], list[GoldRow]]:
    """The gold and the predicted claims of two CSV files, the predicted ones limited to the
    gold's articles unless ``only_gold_articles`` is false (see :func:`score_files`).

    >>> read_pair("data/handcoded/seed_sample.csv", "data/handcoded/seed_sample.csv")[1][0].article
    '000_4fd664b2c8154858'
    """
    gold = read_claims(gold_path)
    predicted = read_claims(claims_path)
    if only_gold_articles:
        covered = articles_of(gold)
        predicted = [p for p in predicted if p.article in covered]
    return gold, predicted


def prefix_groups(gold: Sequence[GoldRow], predicted: Sequence[GoldRow]
                  ) -> dict[str, tuple[list[GoldRow], list[GoldRow]]]:
    """The claims split by the article id's text before its first ``_``: the topic or outlet
    a collection's file names start with ("story_03_yonhap" is in ``story``). An id without
    ``_`` is a group of its own.

    >>> g = [GoldRow("story_01", 1, 1, "", ""), GoldRow("other_01", 2, 2, "", "")]
    >>> {k: (len(a), len(b)) for k, (a, b) in prefix_groups(g, g[:1]).items()}
    {'other': (1, 0), 'story': (1, 1)}
    """
    groups: dict[str, tuple[list[GoldRow], list[GoldRow]]] = {}
    for side, rows in enumerate((gold, predicted)):
        for row in rows:
            groups.setdefault(row.article.split("_", 1)[0], ([], []))[side].append(row)
    return dict(sorted(groups.items()))


def levels_table(s: Score, spans: dict[str, Interval] | None = None) -> pd.DataFrame:
    """The scores as a table, one row per level (for notebooks and reports), with each F1's
    interval (:func:`intervals`) when ``spans`` are given.

    >>> levels_table(score([GoldRow("a", 1, 1, "troops", "x")], []))["recall"].tolist()
    [0.0, 0.0, 0.0, 0.0]
    >>> g = [GoldRow("a", 1, 1, "troops", "x"), GoldRow("b", 2, 2, "troops", "x")]
    >>> levels_table(score(g, g), intervals(g, g))["F1, 95% interval"].tolist()[0]
    '1.00-1.00'
    >>> levels_table(score(g[:1], g[:1]), intervals(g[:1], g[:1]))["F1, 95% interval"].tolist()[0]
    'none: 1 article'
    """
    import pandas as pd

    return pd.DataFrame([
        {"level": name, "precision": round(lv.precision, 3), "recall": round(lv.recall, 3),
         "F1": round(lv.f1, 3), "agree": lv.agree, "predicted": lv.predicted, "hand-coded": lv.gold,
         **({"F1, 95% interval": str(spans[name])} if spans else {})}
        for name, lv in s.levels.items()])


#: The decimals of every score a table shows (precision, recall, F1 and the ends of an F1's
#: interval): one format in one table.
SCORE_DECIMALS = 3


def levels_view(s: Score, spans: dict[str, Interval] | None = None) -> pd.DataFrame:
    """``levels_table`` as a reader reads it: every score and interval end with
    ``SCORE_DECIMALS`` decimals ("1.000", never "1.0" beside "0.923" and "0.86-1.00"), the
    counts with thousands separators, an interval as a range ("0.857–1.000").

    >>> g = [GoldRow("a", 1, 1, "troops", "x"), GoldRow("b", 2, 2, "troops", "y")]
    >>> levels_view(score(g, g[:1]), intervals(g, g[:1])).iloc[0].tolist()
    ['value', '1.000', '0.500', '0.667', '1', '1', '2', '0.000–1.000']
    """
    table = levels_table(s, spans)
    for col in ("precision", "recall", "F1"):
        table[col] = table[col].map(lambda v: f"{v:.{SCORE_DECIMALS}f}")
    for col in ("agree", "predicted", "hand-coded"):
        table[col] = table[col].map(lambda n: f"{n:,}")
    if spans:
        table["F1, 95% interval"] = [spans[name].fixed(SCORE_DECIMALS) for name in s.levels]
    return table


def misses_view(s: Score) -> pd.DataFrame:
    """``misses_table`` as a reader reads it: each value written as the report's tables write
    figures ("12,000", "1,500-2,000"; the CLI's table keeps them as scored).

    >>> misses_view(score([GoldRow("a", 12000, 12000, "troops", "x")], [])).iloc[0].tolist()
    ['missed', 'a', '12,000', 'troops / x', '']
    """
    table = misses_table(s)
    table["value"] = table["value"].map(lambda v: re.sub(r"\d{4,}", lambda m: f"{int(m.group()):,}", str(v)))
    return table


def misses_table(s: Score) -> pd.DataFrame:
    """The misses as a table (kind, article, value, hand-coded, extracted).

    >>> misses_table(score([GoldRow("a", 1, 1, "troops", "x")], [])).iloc[0].tolist()
    ['missed', 'a', '1', 'troops / x', '']
    """
    import pandas as pd

    return pd.DataFrame([{"kind": m.kind, "article": m.article, "value": m.value,
                          "hand-coded": m.gold, "extracted": m.predicted} for m in s.misses],
                        columns=["kind", "article", "value", "hand-coded", "extracted"])
