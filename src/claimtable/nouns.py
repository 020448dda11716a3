"""What a figure counts: the counted noun written after it ("1,500 North Korean troops"), before
it ("a force of 10,000", "troops, possibly 5,000,") or only pointed at ("8,000 of them", "the
total"). Nouns and their categories come from ``data/lexicons/units.csv``; the small words
that may stand between a noun and its figure from ``links.csv``.

>>> text = "Russia has some 11,000 North Korean troops, and 3,000 of them are in Kursk."
>>> noun_after(text, text.index(" North"), []).noun.unit
'troop'
>>> noun_after(text, text.index(" of them"), []).points_back
True
"""

from __future__ import annotations

import re
import sys
import types
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from claimtable import lexicons
from claimtable.numbers import PERCENT_AFTER, Figure, hedge_after, masked_spans

if TYPE_CHECKING:
    import inflect

#: Casualty words that may also describe the noun after them ("two wounded soldiers").
CASUALTY_ADJECTIVES = frozenset({"wounded", "injured", "dead"})


@dataclass(frozen=True)
class Noun:
    """A counted noun as written: its unit and category (``units.csv``) and its offsets.

    >>> nearest_noun("40 shipping containers", 22)
    Noun(unit='container', category='containers', start=3, end=22)
    """

    unit: str
    category: str
    start: int
    end: int


@dataclass(frozen=True)
class NounLookup:
    """What the words next to a figure say it counts: a ``noun``, or ``points_back`` to what an
    earlier figure or noun counted ("8,000 of them", "the total"), or neither.

    >>> NounLookup().found, NounLookup(points_back=True).found
    (False, True)
    """

    noun: Noun | None = None
    points_back: bool = False

    @property
    def found(self) -> bool:
        """Whether the words say anything: a noun or a pointer back."""
        return self.noun is not None or self.points_back


NOTHING = NounLookup()
POINTS_BACK = NounLookup(points_back=True)


@dataclass(frozen=True)
class _Units:
    """The counted nouns of ``units.csv``: ``(unit, category)`` by word, and a pattern that
    finds any of them."""

    table: dict[str, tuple[str, str]]
    pattern: re.Pattern[str]


@cache
def _units() -> _Units:
    table = {r["word"]: (r["unit"], r["category"]) for r in lexicons.read_lexicon("units")}
    return _Units(table, re.compile(rf"\b(?:{lexicons.alternation(table, fold_case=True)})\b", re.I))


def lookup_unit(phrase: str) -> tuple[str, str] | None:
    """``(unit, category)`` of a counted noun as written, or ``None``.

    >>> lookup_unit("Shipping  containers")
    ('container', 'containers')
    """
    return _units().table.get(" ".join(phrase.lower().split()))


def _noun(phrase: str, start: int, end: int) -> Noun | None:
    found = lookup_unit(phrase)
    return Noun(found[0], found[1], start, end) if found else None


@dataclass(frozen=True)
class _Words:
    """The word lists the noun rules read, looked up once (lower case)."""

    anaphors: frozenset[str]  #: links.csv, link "anaphor": "of them", "1,000 more"
    count_links: frozenset[str]  #: links.csv, link "count": "a force of 10,000"
    apposition_links: frozenset[str]  #: count links and the "apposition" adverbs ("possibly")
    breakers: frozenset[str]  #: breakers.csv
    aggregates: frozenset[str]  #: aggregates.csv: "the total"
    abbreviations: frozenset[str]  #: abbreviations.csv: "approx."
    count_verbs: frozenset[str]  #: links.csv, link "verb": "reached", "numbered"
    estimates: frozenset[str]  #: links.csv, link "estimate": "put", "estimated" ("put the losses at")


@cache
def _words() -> _Words:
    def links(link: str) -> frozenset[str]:
        return lexicons.word_set("links", "word", "link", link)

    return _Words(links("anaphor"), links("count"), links("count") | links("apposition"),
                  lexicons.word_set("breakers", "word"), lexicons.word_set("aggregates", "word"),
                  lexicons.word_set("abbreviations", "abbreviation"), links("verb"), links("estimate"))


_WORD = re.compile(r"[\w'’.-]+|[^\w\s]")
_SUFFIX = re.compile(r"[-‑][a-z]+")
_STRONG = re.compile(r"[-‑]strong\b", re.I)
_DIGIT_RUN = re.compile(r"[\d,.]+")
#: Quotation marks, which may stand inside a noun phrase ("300 ‘kamikaze’ drones").
_QUOTES = frozenset("\"'‘’“”")


def noun_after(text: str, end: int, masks: list[tuple[int, int, str]]) -> NounLookup:
    """The counted noun that follows a figure ending at ``end`` ("1,500 North Korean troops",
    "5,000 or more troops", "a 3,000-strong unit"), a pointer back ("of them"), or nothing.
    Stops at a breaker word, punctuation or another figure.

    >>> noun_after("a 3,000-strong unit", 7, []).noun
    Noun(unit='troop', category='troops', start=15, end=19)
    >>> noun_after("1,500 arrived", 5, [])
    NounLookup(noun=None, points_back=False)
    """
    if text[end:end + 1].isalpha() and text[end - 1:end].isdigit():
        return _glued_noun(text, end)
    pos = _past_percent_or_cue(text, end)
    if pos is None:
        strong = _strong_noun(text, end)
        if strong is not None:
            return NounLookup(strong)
        pos = end
    found = _scan_noun_phrase(text, pos, masks)
    if found.found or not _AND_OR.search(text, pos, pos + 80):
        return found
    return _noun_past_list_of_peoples(text, pos, masks) or found


#: A word in capitals of a people's or a country's name, as an adjective ("British", "US", "U.S.").
_CAPITAL = r"(?:[A-Z]\.(?:[A-Z]\.)+|[A-Z][\w'’-]*)"
_ADJECTIVE = rf"{_CAPITAL}(?:[ \t]+{_CAPITAL}){{0,2}}"
_AND_OR = re.compile(r" (?:and|or) ")
_GAPPED_COUNT = r"(?:\d[\d,.]*[ \t]+)"
#: Right after a figure: names in capitals set off by commas, the last after "and" or "or", each
#: but the first maybe with its own count ("23,000 American, British and Canadian troops",
#: "30,000 US, 400,000 South Korean, and 1,000 UK troops"): up to where the last name starts.
_LIST_OF_PEOPLES = re.compile(
    rf"[ \t]+({_ADJECTIVE}(?:,[ \t]+{_GAPPED_COUNT}?{_ADJECTIVE})+,?[ \t]+(?:and|or)[ \t]+{_GAPPED_COUNT}?)(?=[A-Za-z])"
    rf"|[ \t]+({_ADJECTIVE},?[ \t]+(?:and|or)[ \t]+{_GAPPED_COUNT}?|{_ADJECTIVE},[ \t]+{_GAPPED_COUNT})(?=[A-Za-z])")


def _noun_past_list_of_peoples(text: str, pos: int, masks: list[tuple[int, int, str]]) -> NounLookup | None:
    """The counted noun that ends a list of peoples' or countries' names in capitals after a
    figure, set off by commas: each name is an adjective of that noun, and a count written
    before a name in the list counts the same noun ("2,000 Tarnese, Velmari and Osk airborne
    troops"; "3,000 Osk, 400 Tarnese, and 100 Velmari troops": each figure counts guards). A
    list that has neither a comma nor a count is one noun phrase the scan reads; a day or month in the list is a
    time ("killed 12 Sunday, and Osk troops fired back": no noun).

    >>> noun_after("some 2,000 Tarnese, Velmari and Osk airborne troops landed", 10, []).noun.unit
    'troop'
    >>> [noun_after("3,000 Osk, 400 Tarnese and 100 Velmari guards died", e, []).noun.unit for e in (5, 14)]
    ['guard', 'guard']
    >>> noun_after("killed 12 Sunday, and Osk troops fired back", 9, []).noun is None
    True
    """
    m = _LIST_OF_PEOPLES.match(text, pos)
    if m is None:
        return None
    listed = m.group(1) or m.group(2)
    if "," not in listed and not any(ch.isdigit() for ch in listed):
        return None  # neither a comma nor a count between the figure and the noun: the scan read that phrase
    if any(w.lower() in lexicons.calendar().words() for w in re.findall(r"[A-Za-z]+", listed)):
        return None  # "killed 12 Sunday, and ...": a time, not a people
    found = _scan_noun_phrase(text, m.end(), masks)
    return found if found.noun is not None else None


def _glued_noun(text: str, end: int) -> NounLookup:
    """A counted noun a scraped text glued to its figure ("4075people"): read from the figure's
    end, where no word boundary stands.

    >>> _glued_noun("the deaths of 4075people in May", 18).noun
    Noun(unit='person', category='other', start=18, end=24)
    """
    found = _units().pattern.match(text[end:])
    noun = _noun(found.group(0), end, end + found.end()) if found else None
    return NounLookup(noun) if noun is not None else NOTHING


def _past_percent_or_cue(text: str, end: int) -> int | None:
    """Where the noun may start past a "%" or a hedge cue after the figure ("5,000 or more
    troops", "100+ missiles"); ``None`` when neither follows."""
    percent = PERCENT_AFTER.match(text, end)
    if percent:
        return percent.end()
    cue = hedge_after(text, end)
    return cue[2] if cue else None


def _strong_noun(text: str, end: int) -> Noun | None:
    """"a 3,000-strong unit": "-strong" counts people, whatever the noun after it (troops
    unless the noun is a counted one)."""
    strong = _STRONG.match(text, end)
    head = _WORD.search(text, strong.end()) if strong else None
    if head is None or not head.group(0)[0].isalpha():
        return None
    found = _units().pattern.match(text, head.start())
    noun = _noun(found.group(0), found.start(), found.end()) if found else None
    return noun or Noun("troop", "troops", head.start(), head.end())


def _scan_noun_phrase(text: str, pos: int, masks: list[tuple[int, int, str]]) -> NounLookup:
    """Walk up to six words from ``pos`` (seven when the first is "of": "hundreds of Tarnese and
    North Osk military personnel"): the first counted noun, else whether a pointer back ("of
    them", "more") came first. "which" points back only after "of" or right after the figure:
    after a noun no lexicon counts it opens a relative clause. "of which" and "of whom" end the
    phrase (a relative clause follows), and so does "of them" unless the word right after it is
    the counted noun ("115 of them children"; "sank four of them and killed nine sailors").

    >>> _scan_noun_phrase("three fires which were put out", 5, []).found
    False
    >>> _scan_noun_phrase("52 of which the air force downed", 2, []).points_back
    True
    >>> _scan_noun_phrase("four of them and nine sailors", 4, []).noun is None
    True
    >>> _scan_noun_phrase("hundreds of Tarnese and North Osk military personnel", 8, []).noun.unit
    'personnel'

    "all the" after "of" opens the same noun phrase ("half of all the shells").

    >>> _scan_noun_phrase("half of all the shells", 4, []).noun.unit
    'shell'
    """
    words = _words()
    pointer = False
    previous = previous_first = ""
    named = False  #: the word before was capitalised: a model number may follow ("Leopard 1")
    previous_of = False  #: the words before were "of them"
    bracketed = "[" in text  # once, not a call per word: most texts have no insertion to pass
    named_in_brackets = "(" in text
    for skipped in range(7):
        if skipped == 6 and previous_first != "of":
            break
        if bracketed:
            pos = _past_insertion(text, pos)
        if named and named_in_brackets:
            pos = _past_name_in_brackets(text, pos)
        m = _WORD.search(text, pos)
        if m is None:
            break
        word = m.group(0)
        lower = word.lower().rstrip(".")
        if lower == "the" and skipped and previous not in words.count_links \
                and not (skipped == 2 and previous == "all" and previous_first == "of"):
            break  # "six neighbouring countries sheltering the refugees": a new noun phrase
        noun = _counted_noun_at(text, m.start(), masks)
        if noun is None and not skipped and word[:1].isupper():
            noun = _national_ending_phrase(text, m)
        if noun is not None:
            if named_in_brackets and word[:1].isupper():
                noun = _head_past_short_name(text, noun, masks)
            return NounLookup(noun)
        if lower == "which" and skipped and previous != "of":
            break  # "three fires which were put out": a relative clause after a noun no lexicon counts
        if previous == "them" and previous_of:
            return POINTS_BACK  # "sinking four of them and killing nine sailors": another's noun
        if lower in ("which", "whom") and previous == "of" and skipped <= 2:
            return POINTS_BACK  # "61 of which the air force said ...": a relative clause follows
        previous_of = lower == "them" and previous == "of"  # "115 of them children": the next word may be the noun
        if lower in words.anaphors and skipped <= 2:
            pointer = True  # "8,000 of them", "1,000 more"
        elif named and _model_number(text, m):
            pass  # "10 Leopard 1 A5 tanks", "111 CR 308 rifles": the number is the model's
        elif _phrase_ends_at(word, lower, m.start(), skipped, masks) \
                or (skipped == 1 and _after_unlisted_plural(lower, previous)):
            break
        previous = lower
        if not skipped:
            previous_first = lower
        named = skipped < 3 and word[:1].isupper()
        if word.endswith(".") and lower not in words.abbreviations:
            break
        pos = m.end()
    return POINTS_BACK if pointer else NOTHING


#: A model's number after its name, then a word in lower case or a designation and one ("Leopard
#: 1 A5 tanks", "CR 308 rifles"); never one with separators (a count: "Tarn 1,200 troops").
_MODEL_NUMBER = re.compile(r"\d{1,4}(?:\s+[A-Z]{1,3}\d{1,3}[A-Za-z]?)?\s+[a-z]")


def _model_number(text: str, word: re.Match[str]) -> bool:
    """Whether the word is a model's number, right after its capitalised name (checked by the
    caller) and before the rest of the noun phrase: the scan goes past it.

    >>> _model_number("10 Leopard 1 A5 tanks", _WORD.search("10 Leopard 1 A5 tanks", 10))
    True
    """
    return word.group(0).isdigit() and text[word.start() - 1:word.start()] == " " \
        and _MODEL_NUMBER.match(text, word.start()) is not None


_UNLISTED_PLURAL = re.compile(r"[a-z][a-z-]{2,}(?<![siu])s")


def _after_unlisted_plural(lower: str, previous: str) -> bool:
    """Whether "and"/"or" follows a lower-case plural that no lexicon counted (the scan got
    past it), the first word after the figure: that plural ends the phrase, and the words
    after the conjunction are another ("destroyed 40 barns and killed 3 people": the barns,
    not the killed; "2,000 units of guns and armour" goes on past it).

    >>> _after_unlisted_plural("and", "barns"), _after_unlisted_plural("and", "korean")
    (True, False)
    """
    return lower in ("and", "or") and _UNLISTED_PLURAL.fullmatch(previous) is not None


#: What ends a noun phrase right after a word: punctuation or the text's end, a comma, "and"
#: or "or" before a word in lower case or a figure (not "Russian and North Korean troops"), or
#: the next word, when ``breakers.csv`` lists it (a preposition, a verb of being). An en dash
#: glued between two capitalised words joins them ("Israeli–Palestinian"), as a hyphen does.
_PHRASE_END = re.compile(r"\s*(?:[.;:)—]|–(?![A-Z])|$|(?:,\s*|\s+)(?:(?:and|or)\s+)?(?=[a-z\d])(\w*))")


#: "and" or "or" and a count in digits right after a word: the next item of a list of counts.
_AND_A_COUNT = re.compile(r"\s+(?:and|or)\s+\d")
#: The count "one" right before a word: a singular of a people names one person only after it.
_ONE_BEFORE = re.compile(r"(?<![\w,.])(?:one|1)\s+$", re.I)


def _national_ending_phrase(text: str, word: re.Match[str]) -> Noun | None:
    """A person of a people or country named by the singular of a plural of ``units.csv``
    (category ``other``), capitalised right after the figure and ending its noun phrase: "19
    Filipinos and one Tarnese", "one Indian, and one Greek guard" (with a noun after it, the
    word is an adjective and the noun is counted: "one Russian sailor").

    >>> noun_after("21 Filipinos and one Russian.", 20, []).noun
    Noun(unit='russian', category='other', start=21, end=28)
    >>> noun_after("one Russian sailor", 3, []).noun.unit, noun_after("one Russian official said", 3, []).noun
    ('sailor', None)
    >>> noun_after("one Russian on the crew", 3, []).noun.unit, noun_after("50 Russian and Osk troops", 2, []).noun.unit
    ('russian', 'troop')

    A singular after a count above one, set off by a comma, is an adjective of the noun that
    ends the list ("14 Osk, 3 Russian, and 1 other guard"), not a person:

    >>> noun_after("14 Osk, 3 Russian, and 1 other guard", 9, []).noun.unit
    'guard'

    So is one that "and" and the next item's count in digits follow ("60,000 Russian and 15,000
    Tarnese prisoners of war"):

    >>> noun_after("60,000 Russian and 15,000 Tarnese prisoners", 6, []).noun.unit
    'prisoner'
    """
    written = word.group(0).rstrip(".")
    unit = _singular_nationals().get(written.lower())
    end = word.start() + len(written)
    if unit is not None and unit + "s" in _units().table \
            and (text.startswith(",", end) or _AND_A_COUNT.match(text, end) is not None) \
            and _ONE_BEFORE.search(text, max(0, word.start() - 5), word.start()) is None:
        return None  # "14 Tarnese, 3 Malawian, and 1 other guard": adjectives of the list's last noun
    after = _PHRASE_END.match(text, end) if unit is not None else None
    if after is None or (after.group(1) and text[end:after.start(1)].isspace()
                         and after.group(1) not in _words().breakers):
        return None  # "one Russian sailor": the word is an adjective
    return Noun(unit, "other", word.start(), end)


@cache
def _singular_nationals() -> dict[str, str]:
    """The singulars of the plurals of people of ``units.csv`` in category ``other`` that add
    "s" ("russians": russian), or are their own plural ("burmese")."""
    return {unit: unit for word, (unit, category) in _units().table.items()
            if category == "other" and word in (unit + "s", unit) and " " not in word}


_INSERTION = re.compile(r"\s*\[[^\]\[]{1,30}\]")
#: A name in round brackets: a short name ("(TNV)") or the long name it stands for ("(Tarn
#: National Volunteers)"), its words capitalised but for the particles of a name.
_NAME_IN_BRACKETS = re.compile(
    r"\s*\((?:[A-Z][\w'’.-]*|of|and|the|for|de|du|al)(?:\s+(?:[A-Z][\w'’.-]*|of|and|the|for|de|du|al)){0,7}\)(?=\s)")


def _past_name_in_brackets(text: str, pos: int) -> int:
    """Past a name in round brackets after a capitalised word of the noun phrase (the caller
    checks it): the short name or the long one of what comes before ("10 Tarn Navy (TN)
    vessels", "4,000 VRA (Velmar Republic Army) soldiers"), else ``pos``.

    >>> noun_after("10 Tarn Navy (TN) vessels", 2, []).noun.unit
    'vessel'
    >>> noun_after("40 Osk (and others) fled", 2, []).noun is None
    True
    """
    m = _NAME_IN_BRACKETS.match(text, pos)
    return m.end() if m else pos


def _head_past_short_name(text: str, noun: Noun, masks: list[tuple[int, int, str]]) -> Noun:
    """A counted noun in capitals that a short name in brackets follows is a word of a name
    ("26 Osk Air Force (OAF) jets": the force's jets); the counted noun right after the
    brackets is what is counted, else the noun itself ("900 Osk Army (OA) troops" either way).

    >>> noun_after("26 Osk Air Force (OAF) jets were tracked", 2, []).noun.unit
    'jet'
    >>> noun_after("sent 40 Osk Force (OF) to the north", 7, []).noun.unit
    'troop'
    """
    pos = _past_name_in_brackets(text, noun.end)
    if pos == noun.end:
        return noun
    m = _WORD.match(text, pos + 1) if text[pos:pos + 1] == " " else None
    head = _counted_noun_at(text, m.start(), masks) if m is not None else None
    return head or noun


def _past_insertion(text: str, pos: int) -> int:
    """Past an editor's insertion in square brackets ("about 100 [wounded] people"), else ``pos``.

    >>> _past_insertion("100 [wounded] people", 3)
    13
    """
    if "[" not in text:
        return pos
    m = _INSERTION.match(text, pos)
    return m.end() if m else pos


def _counted_noun_at(text: str, start: int, masks: list[tuple[int, int, str]]) -> Noun | None:
    """A counted noun starting at ``start``; for a casualty word that describes a noun of
    people ("two wounded North Korean soldiers"), that noun. A noun a hyphen joins to the next
    word is a modifier of what follows ("33 troop-carrying vehicles": vehicles).

    >>> noun_after("33 troop-carrying fighting vehicles", 2, []).noun.unit
    'fighting vehicle'
    """
    unit = _units().pattern.match(text, start)
    if not unit or text[unit.end():unit.end() + 1].isalpha() \
            or (text[unit.end():unit.end() + 1] == "-" and text[unit.end() + 1:unit.end() + 2].isalpha()):
        return None
    noun = _noun(unit.group(0), unit.start(), unit.end())
    if noun is not None and unit.group(0).lower() in CASUALTY_ADJECTIVES:
        described = noun_after(text, unit.end(), masks).noun
        if described is not None and described.category in lexicons.people_categories():
            return described
    return _compound_head(text, noun)


_ONE_SPACE = re.compile(r"[ \t]+")


def _compound_head(text: str, noun: Noun | None) -> Noun | None:
    """A counted noun written in its singular form that modifies the next one ("11 general
    vehicles") is no head of its own: the noun right after it is what is counted, unless that
    is a status word ("1,000 women killed", "one soldier killed"). So is a counted noun in
    capitals, a word of a name, before another ("dozens of Osk Air Force fighter jets": the
    force's jets).

    >>> _compound_head("11 general vehicles", _noun("general", 3, 10)).unit
    'vehicle'
    >>> _compound_head("40 Osk Air Force fighter jets", _noun("Force", 11, 16)).unit
    'jet'
    >>> _compound_head("11 generals died", _noun("generals", 3, 11)).unit
    'general'
    >>> _compound_head("1,000 women killed", _noun("women", 6, 11)).unit
    'woman'

    A people's name before the word of a force and people ("1,200 Sudanese army soldiers", "40
    Congolese navy sailors"; the force an ``actor`` of ``generic_claimants.csv``) is the adjective
    of their force: the people after it are counted.

    >>> _compound_head("1,200 Sudanese army soldiers", _noun("Sudanese", 6, 14)).unit
    'soldier'
    >>> _compound_head("600 Sudanese fled home", _noun("Sudanese", 4, 12)).unit
    'sudanese'
    """
    if noun is None or (text[noun.start:noun.end].lower() != noun.unit and not text[noun.start].isupper()):
        return noun
    gap = _ONE_SPACE.match(text, noun.end)
    if gap is None:
        return noun
    head = _units().pattern.match(text, gap.end())
    if not head and text[noun.start].isupper():
        return _people_past_a_word(text, noun, gap.end())
    if not head or text[head.end():head.end() + 1].isalpha():
        return noun
    if head.group(0).lower() in _status_words():
        return noun
    return _compound_head(text, _noun(head.group(0), head.start(), head.end())) or noun


_LOWER_WORD = re.compile(r"[a-z]+[ \t]+")


def _people_past_a_word(text: str, noun: Noun, pos: int) -> Noun:
    """The people counted after a people's name and the word of their force (``_compound_head``),
    else the name's own noun."""
    word = _LOWER_WORD.match(text, pos)
    if word is None or word.group(0).strip() not in _force_words():
        return noun
    head = _units().pattern.match(text, word.end())
    if not head or text[head.end():head.end() + 1].isalpha():
        return noun
    people = _noun(head.group(0), head.start(), head.end())
    if people is None or people.category not in lexicons.people_categories() or people.unit == noun.unit:
        return noun
    return people


@cache
def _force_words() -> frozenset[str]:
    """The one-word forces that act (``generic_claimants.csv``, kind ``actor``: "army", "navy")."""
    return frozenset(w for w in lexicons.word_set("generic_claimants", "word", "kind", "actor") if " " not in w)


@cache
def _status_words() -> frozenset[str]:
    """The status cues of ``statuses.csv`` ("killed", "wounded"), lower case."""
    return frozenset(" ".join(c.lower().split()) for c in lexicons.column("statuses", "cue"))


def _phrase_ends_at(word: str, lower: str, start: int, skipped: int, masks: list[tuple[int, int, str]]) -> bool:
    """Whether the noun phrase after a figure ends at this word: "and"/"or" right after the
    figure ("the dead at 600 and the wounded at 1,400"), a breaker word, punctuation or
    another figure (unless masked); never at a suffix ("2,000-strong", "1,500-plus")."""
    if lower in ("and", "or") and skipped == 0:
        return True
    if _SUFFIX.fullmatch(lower) or word in _QUOTES:
        return False  # "2,000-strong"; "300 Iranian ‘kamikaze’ drones", '"several hundred" troops'

    if any(s <= start < e for s, e, _ in masks):
        return False
    return (lower in _words().breakers or not word[0].isalnum()
            or _DIGIT_RUN.fullmatch(word) is not None)


def noun_before(text: str, fig: Figure, clause_start: int) -> NounLookup:
    """A counted noun or aggregate ("the total", "a force of") just before a figure, within its
    clause, an apposition ("troops, possibly 5,000,") or a label ("Casualties: 3,000").

    >>> from claimtable.numbers import find_figures
    >>> text = "The total could rise to 12,000."
    >>> noun_before(text, find_figures(text)[0], 0).points_back
    True
    >>> text = "Osk losses are estimated between 600 and 800."
    >>> noun_before(text, find_figures(text)[0], 0).noun.unit
    'loss'
    """
    head = text[clause_start : fig.hedge_start if fig.hedge_start is not None else fig.start]
    if not head.strip():
        clause_start, head = past_dash_aside(text, clause_start, head)
    aggregates = _words().aggregates
    aggregate = next((w for w in _WORD.finditer(head) if w.group(0).lower() in aggregates), None)
    if aggregate is not None and _figure_digit_after(head, aggregate.end()):
        aggregate = None  # "a total of 15,000 troops ... via two deployments": the total has its figure
    counted = _noun_of_aggregate(text, clause_start + aggregate.end(), fig.start) if aggregate else None
    if counted is None and aggregate is not None:  # "the total casualties ... are approaching 137,000"
        counted = _noun_after_aggregate_word(text, clause_start + aggregate.end(), fig.start)
    if counted is not None:  # "the number of people uprooted by ... generals is 8 million"
        return NounLookup(counted)
    named = _noun_naming_aggregate(head, aggregate, clause_start) if aggregate else None
    if named is not None:  # "the death toll has risen to over 12,000": deaths
        return NounLookup(named)
    between = _BETWEEN_AFTER_VERB.search(head)  # "are estimated between 4,000 and 9,000": past "between"
    near = _noun_just_before(head[:between.start(1)] if between else head, clause_start)
    if near is not None:
        return _head_of_complement(text, near, clause_start)
    # "The number of North Korean troops in Russia has reached 11,000": an aggregate earlier in
    # the clause stands for the figure
    if aggregate is not None:
        noun = nearest_noun(text, fig.start)  # a noun of this sentence, never an older one
        if noun is None and ends_noun_phrase(text, fig.end):
            return POINTS_BACK  # "the total is expected to reach 10,000 by December"
        return NounLookup(noun)
    return NounLookup(_noun_in_apposition(text, head, clause_start, fig.end)
                      or _noun_in_label(text, head, clause_start)
                      or _subject_of_count_verb(text, head, clause_start)
                      or _subject_of_hedging_count_verb(text, fig, clause_start)
                      or _object_put_at(text, head, clause_start))


#: An aside set off by dashes that ends right before a figure's clause: "are approaching – by
#: the army's count – ".
_DASH_ASIDE_BEFORE = re.compile(r"\s*[—–]\s*[^—–\n]{1,80}?\s*[—–]\s*$")
_CLAUSE_OPEN_BEFORE = re.compile(r"[,;:.!?\n](?=[^,;:.!?\n]*$)")


def past_dash_aside(text: str, clause_start: int, head: str) -> tuple[int, str]:
    """A figure that opens its clause right after an aside in dashes takes the words before the
    aside as its head, the aside blanked (same offsets): "Losses are approaching – by the
    army's count – 90,000" counts losses. Else ``(clause_start, head)`` unchanged.

    >>> t = "Losses are approaching – by one count – 90,000"
    >>> start, head = past_dash_aside(t, 39, "")
    >>> start, head.split()
    (0, ['Losses', 'are', 'approaching'])
    """
    if "–" not in text and "—" not in text:
        return clause_start, head
    aside = _DASH_ASIDE_BEFORE.search(text, max(0, clause_start - 120), clause_start)
    if aside is None:
        return clause_start, head
    opened = _CLAUSE_OPEN_BEFORE.search(text, 0, aside.start())
    start = opened.end() if opened else 0
    return start, text[start:aside.start()] + " " * (clause_start - aside.start()) + head


_WORD_BEFORE = re.compile(r"([\w'’-]+)\s+$")


def _noun_naming_aggregate(head: str, aggregate: re.Match[str], clause_start: int) -> Noun | None:
    """The counted noun that modifies an aggregate names what it counts: "the death toll"
    counts deaths, "the casualty count" casualties.

    >>> import re
    >>> head = "The death toll in Gaza has risen to "
    >>> _noun_naming_aggregate(head, re.search("toll", head), 0).unit
    'death'
    """
    m = _WORD_BEFORE.search(head, 0, aggregate.start())
    if m is None:
        return None
    word = m.group(1).lower()
    return _noun(word, clause_start + m.start(1), clause_start + m.end(1)) or _noun(
        word + "s", clause_start + m.start(1), clause_start + m.end(1))


#: A counted noun and the preposition that opens its complement, ending where the complement's
#: noun phrase starts: "casualties among ", "losses of the ", "casualty figures for " (an
#: aggregate of ``aggregates.csv`` may follow the noun); no figure inside ("deaths of 11 civilians").
_COMPLEMENT_BEFORE = re.compile(
    r"([\w'’-]+)\s+(?:([\w'’-]+)\s+)?(?:among|of|for)\s+(?:the\s+|their\s+)?(?:[^\W\d][\w'’-]*\s+){0,3}$", re.I)


def _head_of_complement(text: str, near: NounLookup, clause_start: int) -> NounLookup:
    """A noun inside the complement of another counted noun gives way to that head: in
    "losses among the deployed soldiers have now climbed to roughly 2,500" the figure counts
    casualties, not troops.

    >>> _head_of_complement("losses among the troops reached 900", NounLookup(Noun("troop", "troops", 17, 23)), 0).noun.unit
    'loss'
    >>> _head_of_complement("casualty figures for the troops: 900", NounLookup(Noun("troop", "troops", 25, 31)), 0).noun.unit
    'casualty'
    """
    noun = near.noun
    if noun is None or noun.start - clause_start < 8:
        return near
    m = _COMPLEMENT_BEFORE.search(text, clause_start, noun.start)
    if m is None:
        return near
    # "casualty figures for": the noun before the aggregate; "heavy losses among": the noun
    g = 1 if not m.group(2) or m.group(2).lower().removesuffix("s") in _words().aggregates else 2
    head = _noun(m.group(g), m.start(g), m.end(g)) or _noun(m.group(g) + "s", m.start(g), m.end(g))
    return NounLookup(head) if head is not None else near


def head_of_complement(text: str, noun: Noun) -> Noun:
    """The counted noun whose complement holds ``noun`` ("losses among the troops": losses),
    else ``noun``."""
    return _head_of_complement(text, NounLookup(noun), 0).noun or noun


def _noun_of_aggregate(text: str, after: int, before: int) -> Noun | None:
    """The noun an aggregate's "of" names: "the number of people driven from home by the fight
    between two commanders is near seven million" counts people, not commanders.

    >>> _noun_of_aggregate("The number of people displaced by generals is 8 million", 10, 47).unit
    'person'
    >>> _noun_of_aggregate("the total number of hostages released since March rose to 23", 9, 58).unit
    'hostage'
    >>> _noun_of_aggregate("The number of gangs operating there rose to 200", 10, 44).unit
    'gang'
    """
    m = _OF_AFTER.match(text, after)
    if m is None:
        return None
    found = _scan_noun_phrase(text, m.end(), []).noun
    if found is None:  # "the number of gangs operating there": a plural no lexicon lists
        found = thing_after(text, m.end() - 1, [])
    return found if found is not None and found.end <= before else None


#: "of" after an aggregate word, past a second one ("the total number of hostages").
_OF_AFTER = re.compile(r"\s+(?:(?:number|count|tally)\s+)?of\s+", re.I)
_ONE_WORD_AFTER = re.compile(r"\s+([\w'’-]+)")


def _noun_after_aggregate_word(text: str, after: int, before: int) -> Noun | None:
    """The counted noun an aggregate word modifies as an adjective ("the total casualties",
    "overall losses"), the next word, before the figure.

    >>> _noun_after_aggregate_word("The total casualties are near 9,000", 9, 30).unit
    'casualty'
    """
    m = _ONE_WORD_AFTER.match(text, after, before)
    return _noun(m.group(1), m.start(1), m.end(1)) if m else None
_DIGIT = re.compile(r"\d")


def _figure_digit_after(head: str, pos: int) -> bool:
    """Whether a digit after ``pos`` may be a figure's: not one of a date, an ordinal or
    another span ``masked_spans`` leaves out ("the death toll since October 7th").

    >>> _figure_digit_after("the toll since October 7th is ", 4), _figure_digit_after("a total of 15,000 troops via ", 2)
    (False, True)
    """
    if _DIGIT.search(head, pos) is None:
        return False
    masks = masked_spans(head)
    return any(not any(a <= m.start() < b for a, b, _ in masks) for m in _DIGIT.finditer(head, pos))


#: "between" that opens a range right after the verb of a copular or estimate frame ("losses are
#: estimated between ", "her guess was between "): the noun before the verb counts the range,
#: as it would the figure alone; "losses of between" (an amount phrase) is not read so.
_BETWEEN_AFTER_VERB = re.compile(r"\b(?:was|were|is|are|be|been|estimated|put|numbered|stood)\s+(between)\s+$", re.I)


def _noun_just_before(head: str, clause_start: int) -> NounLookup | None:
    """The last of the six words before a figure that is a counted noun or an aggregate, past
    only link words ("a force of 10,000"); ``None`` when another word comes first ("seen on
    day 0": the noun is not this figure's)."""
    words = _words()
    for m in reversed(list(_WORD.finditer(head))[-6:]):
        lower = m.group(0).lower()
        noun = _noun(lower, clause_start + m.start(), clause_start + m.end())
        if noun is not None:
            return NounLookup(noun)
        if lower in words.aggregates:
            return POINTS_BACK
        if lower not in words.count_links:
            break
    return None


def ends_noun_phrase(text: str, end: int) -> bool:
    """Whether nothing that could be a noun follows a figure: punctuation, the end or a
    breaker word.

    >>> ends_noun_phrase("10,000 by December", 6), ends_noun_phrase("3 agencies", 1)
    (True, False)
    """
    m = _WORD.search(text, end)
    return m is None or not m.group(0)[0].isalnum() or m.group(0).lower() in _words().breakers


#: A counted noun, then the comma or dash that sets off the clause after it.
_NOUN_BEFORE_BREAK = re.compile(r"([\w'’-]+)[ \t]*(?:,|\s[—–-]|[—–])\s*$")
#: An estimate that sets off a figure ("troops – estimated by Western intelligence at 10,000 –").
_ESTIMATED_AT = re.compile(
    r"\s*(?:estimated|believed|thought|put|reported|said|calculated|assessed)\b[^,;:]*?"
    r"\b(?:at|to\s+be|to\s+number|to\s+total)\s*$",
    re.I,
)
#: What closes an apposition right after its figure: punctuation (not a list of numbers:
#: "the soldiers, 19, 20 and 21 years old"), a dash or the end.
_APPOSITION_END = re.compile(r"\s*(?:[,;:.!?)](?!\s*\d)|[—–]|-\s|$)")


def _noun_in_apposition(text: str, head: str, clause_start: int, end: int) -> Noun | None:
    """The noun a figure stands in apposition to: "additional troops, possibly 5,000 to 6,000,"
    or "shells — as many as 1 million —": only linking words or such adverbs before the
    figure in its clause, nothing but punctuation after it."""
    if not (_plain_head(head) or _ESTIMATED_AT.match(head)) or not _APPOSITION_END.match(text, end):
        return None
    m = _NOUN_BEFORE_BREAK.search(text, 0, clause_start)
    return _noun(m.group(1), m.start(1), m.end(1)) if m else None


def _noun_in_label(text: str, head: str, clause_start: int) -> Noun | None:
    """The noun a label before a colon names, for the figure right after the colon: "North
    Korean troops in Russia: 11,000–12,000", "Casualties: more than 3,000" (list items and
    table rows), past a hedge of its own between ("Civilians dead: at minimum, between 9,000
    and 9,500"). The label's head: its first counted noun that an "of" or "among" phrase
    follows ("Total casualties of the five divisions: 133,394": casualties, not divisions),
    else its last counted noun.

    >>> t = "Total casualties of the five divisions: 133,394"
    >>> _noun_in_label(t, "", 40).unit
    'casualty'
    >>> t = "Civilians dead: at minimum, between 9,000 and 9,500"
    >>> _noun_in_label(t, " between ", 27).unit
    'dead'
    """
    colon = text.rfind(":", 0, clause_start)
    if colon < 0 or not _label_gap(text[colon + 1 : clause_start]) or not _plain_head(_RANGE_OPENER.sub("", head)):
        return None
    label_start = max(text.rfind(c, 0, colon) for c in ".;:!?") + 1
    best = None
    for m in _units().pattern.finditer(text, label_start, colon):
        if not text[m.end():m.end() + 1].isalpha():
            best = _noun(m.group(0), m.start(), m.end()) or best
            if best is not None and _HEAD_OF_PHRASE.match(text, m.end(), colon):
                break  # "casualties of the five divisions": the phrase after names whose they are
    return best


#: A range's opener right before its figure: "between" (of "between 9,000 and 9,500").
_RANGE_OPENER = re.compile(r"^\s*between\s*$", re.I)
#: A phrase after a noun that makes it its phrase's head: "of", "among" and what they govern.
_HEAD_OF_PHRASE = re.compile(r"\s+(?:of|among)\s+\S")


@cache
def _before_hedge_cues() -> frozenset[str]:
    """The hedge cues written before their figure (``hedges.csv``, position ``before``)."""
    return frozenset(r["cue"] for r in lexicons.read_lexicon("hedges") if r["position"] == "before")


def _label_gap(gap: str) -> bool:
    """Whether the words between a label's colon and its figure's clause are none, or only a
    hedge cue set off by a comma ("At minimum, between 9,000 and 9,500").

    >>> _label_gap(" "), _label_gap(" At minimum,"), _label_gap(" Officials said,")
    (True, True, False)
    """
    words = " ".join(gap.replace(",", " ").lower().split())
    return not words or words in _before_hedge_cues()


_LABEL_WORD = re.compile(r"[A-Za-z][a-z-]*[a-z]")
#: What ends a noun phrase inside a label: its end, a slash, a comma, "and", "or", a
#: participle of what befell it ("Soldiers killed", "Drones downed", "Men taken"), or an "of" or
#: "among" phrase that says whose the noun is ("Casualties of the five divisions": casualties).
_LABEL_PHRASE_END = re.compile(r"\s*(?:$|[/,&]|(?:and|or)\b|[a-z]+(?:ed|en)\s*$|(?:of|among)\s)")


def noun_of_tally_label(text: str, start: int, end: int) -> Noun | None:
    """What a line of a tally counts from its label (``text[start:end]``, the words before the
    dash or colon of "tanks — 1,204 (+3) units"): the label's first counted noun that ends a noun
    phrase ("ships/boats": ships; "vehicles and fuel tanks": vehicles; "troop transport
    vehicles": vehicles, not the modifier), else its last counted noun ("UAV operational
    level"), else its first plural that is never uncounted, a thing of category ``other``.

    >>> noun_of_tally_label("vehicles and fuel tanks", 0, 23)
    Noun(unit='vehicle', category='equipment', start=0, end=8)
    >>> noun_of_tally_label("troop transport vehicles", 0, 24).unit
    'vehicle'
    >>> noun_of_tally_label("field kitchens", 0, 14).unit
    'kitchen'
    >>> noun_of_tally_label("Soldiers killed", 0, 15).unit
    'soldier'
    >>> noun_of_tally_label("Total casualties of the five divisions", 0, 38).unit
    'casualty'
    """
    last = None
    for m in _units().pattern.finditer(text, start, end):
        last = m
        if _LABEL_PHRASE_END.match(text, m.end(), end):
            break
    if last is not None:
        return _noun(last.group(0), last.start(), last.end())
    stops = _uncounted()
    for w in _LABEL_WORD.finditer(text, start, end):
        unit = singular(w.group(0).lower())
        if unit and unit not in stops:
            return Noun(unit, "other", w.start(), w.end())
    return None


def _subject_of_count_verb(text: str, head: str, clause_start: int) -> Noun | None:
    """The subject of a verb that gives a count ("reached", "numbered"; the ``verb`` rows of
    ``links.csv``) right before the figure, its words far from it: the clause's first counted
    noun ("losses among the deployed soldiers in the war have by now reached roughly 2,500").

    >>> s = "Casualties among the troops in the war have now reached 3,000."
    >>> _subject_of_count_verb(s, s[:56], 0).unit
    'casualty'
    """
    words = _words()
    verb = False
    for m in reversed(list(_WORD.finditer(head))[-4:]):
        lower = m.group(0).lower()
        if lower not in words.count_links:
            break
        verb = verb or lower in words.count_verbs
    if not verb:
        return None
    m = _units().pattern.search(text, clause_start, clause_start + len(head))
    return _noun(m.group(0), m.start(), m.end()) if m else None


def _subject_of_hedging_count_verb(text: str, fig: Figure, clause_start: int) -> Noun | None:
    """The subject of a count verb that is the figure's own hedge cue, its words far from it
    ("casualties among the troops in the Arden pocket exceeded 3,000": "exceeded" says "more
    than" and gives the count): as :func:`_subject_of_count_verb`, the verb in the head.

    >>> from claimtable.numbers import find_figures
    >>> s = "Casualties in the Arden pocket exceeded 3,000."
    >>> _subject_of_hedging_count_verb(s, find_figures(s)[0], 0).unit
    'casualty'
    """
    if fig.hedge_start is None or fig.hedge_start < clause_start \
            or fig.hedge_cue.split()[-1].lower() not in _words().count_verbs:
        return None
    return _subject_of_count_verb(text, text[clause_start:fig.start], clause_start)


#: "at" that ends the words before a figure: "put the losses at ", "– at ", "at between ".
_AT_BEFORE = re.compile(r"\bat\s+(?:between\s+)?$", re.I)
#: An aside set off by dashes, blanked before the object of an estimate is read.
_DASH_ASIDE = re.compile(r"\s[—–]\s[^—–\n]{1,160}?\s[—–]\s")
#: What ends the object of an estimate before its "at": a clause or sentence mark.
_OBJECT_BREAK = re.compile(r"[;:.!?\n]")


def _object_put_at(text: str, head: str, clause_start: int) -> Noun | None:
    """The object of a verb that estimates a count (the ``estimate`` rows of ``links.csv``:
    "put", "estimated") when the figure follows it after "at": the first counted noun between
    the verb and the "at" ("documents put Osk losses on May 1 at 35,500", "officials put the
    number of Velm's soldiers in Tarn – where the fighting is – at about 8,000"), an aside in
    dashes left out.

    >>> s = "Officials put the number of Velm's soldiers in Tarn at 8,000."
    >>> _object_put_at(s, s[:s.index("8,000")], 0).unit
    'soldier'
    >>> s = "Officials put the damage at 8,000."
    >>> _object_put_at(s, s[:s.index("8,000")], 0) is None
    True
    """
    if not _AT_BEFORE.search(head):
        return None  # the cheap test first
    at = clause_start + len(head)
    start = max(0, at - 240)
    window = _DASH_ASIDE.sub(lambda m: " " * len(m.group(0)), text[start:at])
    verb = None
    for m in _WORD.finditer(window):
        if m.group(0).lower() in _words().estimates:
            verb = m
    if verb is None or _OBJECT_BREAK.search(window, verb.end()):
        return None
    m = _units().pattern.search(window, verb.end())
    return _noun(m.group(0), start + m.start(), start + m.end()) if m else None


def _plain_head(head: str) -> bool:
    """Whether the words before a figure in its clause are only linking words or adverbs."""
    links = _words().apposition_links
    return all(w.group(0).lower() in links for w in _WORD.finditer(head))


def nearest_noun(text: str, before: int) -> Noun | None:
    """The last counted noun before ``before`` that is not a casualty word.

    >>> nearest_noun("Troops and shells: 500", 18).unit
    'shell'

    A word joined by a hyphen to the next is part of a compound modifier, no noun ("the
    man-made famine": not men).

    >>> nearest_noun("Troops caused a man-made famine: 500", 35).unit
    'troop'
    """
    best = None
    for m in _units().pattern.finditer(text, 0, before):
        if text[m.end():m.end() + 1] == "-" and text[m.end() + 1:m.end() + 2].isalpha():
            continue
        noun = _noun(m.group(0), m.start(), m.end())
        if noun is not None and noun.category != "casualties":
            best = noun
    return best


def first_noun(text: str, start: int, end: int) -> Noun | None:
    """The first counted noun of ``text[start:end]``, a casualty word or not.

    >>> first_noun("Official troop losses were 900", 0, 27).unit
    'troop'
    """
    for m in _units().pattern.finditer(text, start, end):
        noun = _noun(m.group(0), m.start(), m.end())
        if noun is not None:
            return noun
    return None


#: A determiner that names a group already known ("the crew", "its soldiers").
_DEFINITE_BEFORE = re.compile(r"(?:the|its|their|his|her)\s+$", re.I)


def definite_nouns(text: str, unit: str) -> Iterator[Noun]:
    """The counted nouns of ``text`` that count ``unit`` and name a group with no figure, after
    a definite determiner ("seized the crew", not "seized 20 crew").

    >>> [n.start for n in definite_nouns("Gunmen seized the crew; 20 crew fled.", "crew member")]
    [18]
    """
    for m in _units().pattern.finditer(text):
        noun = _noun(m.group(0), m.start(), m.end())
        if noun is not None and noun.unit == unit and _DEFINITE_BEFORE.search(text, max(0, m.start() - 6), m.start()):
            yield noun


def last_noun(sentences: list[str]) -> Noun | None:
    """The counted noun the latest of ``sentences`` that names one names last (offsets are
    that sentence's).

    >>> last_noun(["1,500 troops arrived.", "Nothing here."]).unit
    'troop'
    """
    for text in reversed(sentences):
        noun = nearest_noun(text, len(text))
        if noun is not None:
            return noun
    return None


@cache
def _small_words() -> frozenset[str]:
    """The small words that end a noun phrase (``uncounted.csv``, kind ``word``), with the
    breakers and links of ``breakers.csv`` and ``links.csv``."""
    return (lexicons.word_set("uncounted", "word", "kind", "word") | _words().breakers
            | lexicons.word_set("links", "word"))


@cache
def _size_words() -> frozenset[str]:
    """The singular times, measures and abstract nouns of ``uncounted.csv`` that, between a
    figure and a noun, give its size ("a 21 page report", "a 30 day truce")."""
    return frozenset(w for kind in ("time", "measure", "abstract")
                     for w in lexicons.word_set("uncounted", "word", "kind", kind))


@cache
def _uncounted() -> frozenset[str]:
    """The nouns that are never counted claims (``uncounted.csv``, singular) and the small words."""
    return lexicons.word_set("uncounted", "word") | _small_words()


@cache
def _inflect() -> inflect.engine:
    """The ``inflect`` engine, imported when a figure first needs it.

    inflect wraps its engine's methods in typeguard's run-time type checks, which recompile
    them from source at import — about 1.8 s of every process that needs a singular, longer
    than extracting a thousand articles (jaraco/inflect#212) — and check each call. The project
    passes it words only, so it is imported with those checks off: a stand-in ``typeguard``
    whose ``typechecked`` returns what it decorates, as typeguard itself does under ``python
    -O``; the real module (if any) is put back at once. Same words in, same words out.
    """
    saved = sys.modules.get("typeguard")
    stand_in = types.ModuleType("typeguard")
    stand_in.typechecked = _unchecked  # type: ignore[attr-defined]
    sys.modules["typeguard"] = stand_in
    try:
        import inflect
    finally:
        if saved is None:
            sys.modules.pop("typeguard", None)
        else:
            sys.modules["typeguard"] = saved
    return inflect.engine()


def _unchecked(target: object = None, **_options: object) -> object:
    """typeguard's ``typechecked`` with no checks: ``@_unchecked`` and ``@_unchecked(...)`` alike
    give back what they decorate.

    >>> f = len
    >>> _unchecked(f) is f, _unchecked(forward_ref_policy=None)(f) is f
    (True, True)
    """
    return target if target is not None else (lambda decorated: decorated)


@lru_cache(maxsize=4096)
def unlisted_thing(word: str) -> str | None:
    """The singular of a plural that counts a thing no lexicon lists, a claim of category
    ``other``: a plural ``uncounted.csv`` does not name (events, times, places are no claims).

    >>> unlisted_thing("camps"), unlisted_thing("attacks"), unlisted_thing("camp")
    ('camp', None, None)
    """
    unit = singular(word)
    return None if unit is None or unit in _uncounted() or lookup_unit(unit) is not None else unit


def singular(word: str) -> str | None:
    """The singular of a plural noun (``inflect``), or ``None`` for a word that is no plural.

    >>> singular("depots"), singular("facilities"), singular("news"), singular("depot")
    ('depot', 'facility', None, None)

    A word in "-ous" is an adjective, never a plural ("the three previous years": years).

    >>> singular("previous"), singular("numerous")
    (None, None)
    """
    if word.endswith("ous"):
        return None
    one = _inflect().singular_noun(word)
    return one if one and one != word else None


def plural(word: str) -> str:
    """The plural of a singular noun (``inflect``), for matching a lexicon's singulars in text.

    >>> plural("attack"), plural("clash"), plural("casualty")
    ('attacks', 'clashes', 'casualties')
    """
    return _inflect().plural_noun(word)


#: The words right after a figure, past up to two names ("40 Palestinian homes", "five Gaza
#: hospitals"): up to three lower-case words.
_THING_AFTER = re.compile(r"\s+(?:[A-Z][\w'’]*\s+(?:and\s+(?=[A-Z]))?){0,2}([a-z][a-z-]*)(?:\s+([a-z][a-z-]*))?(?:\s+([a-z][a-z-]*))?\b(?![-'’])")
#: One lower-case word right after a figure, then a name: "five senior Tiger cadres", "two
#: strong Velm leaders" (the word an adjective of the named plural, ``thing_after``).
_WORD_BEFORE_NAME = re.compile(r"\s+([a-z][a-z-]*)(?=\s+[A-Z][\w'’]*\s+(?:[A-Z][\w'’]*\s+)?[a-z])")
_VERB_ENDING = re.compile(r"(?:ed|ing)$")
#: The end of an item of a list of counted things: a comma, "and", a stop (``thing_after``).
_ITEM_END = re.compile(r"(?:\s*[,;.]|\s+and\b|\s*$)")
#: A finite verb right after a plural that makes the plural a subject, so a word in "-ed"
#: before it an adjective ("40 looted kiosks were reported", not "2 million crossed borders").
_SUBJECT_VERB_AFTER = re.compile(r"\s+(?:were|are|have|had|remain|remained|lay|lie)\b")


def thing_after(text: str, end: int, masks: list[tuple[int, int, str]], one: bool = False,
                listed: bool = False, phrase: bool = False, subject: bool = False) -> Noun | None:
    """The thing a figure counts when the noun right after it is a plural no lexicon lists and
    not one that is never counted (``uncounted.csv``: times, measures, money, scores, events,
    places): "40 homes", "three weapons depots", "1,009 residential units". Its unit is the
    singular of the whole noun, its category that of a counted noun in an "of" phrase after it
    or of the head in ``units.csv``, else ``other``. The words before the head must all be
    nouns or adjectives: no small word of ``uncounted.csv``, no verb form in "-ed" or "-ing"
    ("2 million crossed borders"). For a figure of ``one`` the head is a singular after a
    plural that describes it ("one weapons depot").

    >>> thing_after("destroyed 40 homes and three schools", 12, [])
    Noun(unit='home', category='other', start=13, end=18)
    >>> thing_after("hit three weapons depots in Dachne", 9, []).unit
    'weapons depot'
    >>> thing_after("and one weapons depot.", 7, [], one=True).unit
    'weapons depot'
    >>> thing_after("for 20 years", 6, []), thing_after("2 million crossed borders", 9, [])
    (None, None)
    >>> thing_after("The 21 page report details", 6, [])
    >>> thing_after("shut two listening posts", 8, []).unit, thing_after("killed 40 including children", 9, [])
    ('listening post', None)

    An item of a list of counted things (``listed``: the caller has seen the item before it)
    is a noun phrase, no clause: a word in "-ed" before a plural that ends the item is an
    adjective ("44 rifles, 130 sharpened bayonets,": bayonets).

    >>> thing_after("44 rifles, 130 sharpened bayonets, 9 radios", 14, [], listed=True).unit
    'sharpened bayonet'

    A reporting verb after the plural makes its people the source ("30 commanders said"), never
    a thing's ("265 army positions identified in the south": a participle).

    >>> thing_after("265 army positions identified in the south", 3, []).unit
    'army position'

    So is a word in "-ed" before a plural that a finite verb follows when the figure opens the
    noun phrase (``subject``: the plural is a subject, "40 looted kiosks were reported"), or
    before any plural when the caller knows a noun phrase starts at ``end`` (``phrase``: past
    an "of", "thousands of displaced herders").

    >>> thing_after("40 looted kiosks were reported", 2, [], subject=True).unit
    'looted kiosk'
    >>> thing_after("thousands of displaced herders", 12, [], phrase=True).unit
    'displaced herder'

    An adjective before the names is passed over ("five senior Tiger cadres"), and so is "and"
    between two names ("dozens of Tarnese and Velmari envoys").

    >>> thing_after("five senior Tiger cadres were", 4, []).unit, thing_after("of Tarnese and Velmari envoys", 2, []).unit
    ('cadre', 'envoy')
    >>> thing_after("12 were Velmari cadres", 2, [])
    """
    m = _THING_AFTER.match(text, end)
    if m is None:
        return None
    adjective = _WORD_BEFORE_NAME.match(text, end)
    if adjective is not None and not _VERB_ENDING.search(word := adjective.group(1)) and not word.endswith("s") \
            and word not in _small_words() and word not in _uncounted() and lookup_unit(word) is None:
        named = thing_after(text, adjective.end(), masks, one, listed, phrase, subject)
        if named is not None:
            return named
    stops, small = _uncounted(), _small_words()
    words = [w for w in m.groups() if w]
    if not one and len(words) > 1 and words[0] in _size_words():
        return None  # "a 21 page report": the figure is the size of what follows, no count
    for k in range(len(words), 0, -1):
        head, before = words[k - 1], words[:k - 1]
        if head in stops or any(w in small for w in before):
            continue
        # an "-ing" word right before the head names its kind ("five training grounds", "eight
        # small operating bases"); the prepositions in "-ing" are small words ("40 including children")
        verbal = any(_VERB_ENDING.search(w) for w in before[:-1]) or (bool(before) and before[-1].endswith("ed"))
        if verbal and not (
                all(w.endswith("ed") or not _VERB_ENDING.search(w) for w in before)
                and (phrase or (listed and _ITEM_END.match(text, m.end(k)))
                     or (subject and _SUBJECT_VERB_AFTER.match(text, m.end(k))))):
            continue  # "2 million crossed borders": a verb and its object, unless a list's item ends there
        described = one and bool(before) and all(_plain_adjective(w) for w in before)
        listed = _listed_singular_ending_phrase(text, head, m.end(k)) if one and (not before or described) else None
        if one and listed is None and (not before or described) and _one_thing_ending_phrase(text, head, end, m.end(k)):
            unit = head  # "damage to at least one home": a thing of ``things.csv``
        elif one and listed is None:
            if not before or singular(before[-1]) is None or singular(head) is not None:
                continue
            unit = head
        elif one:
            unit, before = head, []  # "one female student": the adjectives describe the listed noun
        else:
            unit = singular(head) or ""
            if not unit or unit in stops or not head.endswith("s"):
                continue
        at = m.end(k)
        if any(s <= at - 1 < e for s, e, _ in masks) or (_speaks_after(text, at) and unit not in _things()):
            return None  # "30 commanders said": the source; a thing never speaks ("positions identified south of")
        known = _known_after_of(text, at) or lookup_unit(unit) or listed
        return Noun(" ".join([*before, unit]), known[1] if known else "other", m.start(1), at)
    return None


def _plain_adjective(word: str) -> bool:
    """Whether a lower-case word between "one" and its noun may be a plain adjective ("one female
    student", "one local cartel leader"): no plural, no verb form in "-ed" or "-ing", no small
    word, no word of ``uncounted.csv`` and no counted noun."""
    return not word.endswith("s") and not _VERB_ENDING.search(word) and word not in _small_words() \
        and word not in _uncounted() and lookup_unit(word) is None


@cache
def _one_things() -> frozenset[str]:
    """The one-word units of ``things.csv`` that a singular after "one" counts ("one home", "one
    checkpoint"): none of ``uncounted.csv`` ("one strike" is an event) nor of ``units.csv``
    (the noun scan reads those)."""
    table = _units().table
    return frozenset(u for u in _things() if " " not in u and u not in _uncounted() and u not in table)


#: A preposition of place right before a figure "one", perhaps past "just" or "only": "at just
#: one", "in one" (the thing is where something happened, no count: "the toll at one hospital").
_PLACE_BEFORE_ONE = re.compile(r"\b(?:at|in|on|inside|within|near|from|across)\s+(?:(?:just|only)\s+)?\S+$", re.I)


def _one_thing_ending_phrase(text: str, head: str, figure_end: int, end: int) -> bool:
    """Whether a singular right after "one" (past plain adjectives) is a thing of ``things.csv``
    that ends the noun phrase, as ``_listed_singular_ending_phrase`` asks of a person ("caused
    damage to at least one home": a home; "one home owner" counts no home), and no place after a
    preposition ("the toll at just one hospital": where the dead were counted).

    >>> thing_after("caused damage to at least one home, officials said", 29, [], one=True).unit
    'home'
    >>> thing_after("one home owner said", 3, [], one=True) is None
    True
    >>> thing_after("the toll at just one hospital.", 20, [], one=True) is None
    True
    """
    if head not in _one_things() or _PLACE_BEFORE_ONE.search(text, max(0, figure_end - 20), figure_end):
        return False
    after = _WORD_AFTER.match(text, end).group(1).lower()
    return not after or after in _small_words() or after.endswith("ed")


@cache
def _listed_singulars() -> dict[str, tuple[str, str]]:
    """``(unit, category)`` of the counted nouns that ``units.csv`` lists only in the plural,
    by their singular, the row's unit ("terrorists": terrorist; "gunmen": gunman).

    >>> _listed_singulars()["terrorist"], "soldier" in _listed_singulars()
    (('terrorist', 'troops'), False)
    """
    table = _units().table
    return {unit: (unit, category) for word, (unit, category) in table.items()
            if unit not in table and " " not in unit
            and word in (unit + "s", unit + "es", unit[:-1] + "ies", unit[:-3] + "men")}


_WORD_AFTER = re.compile(r"\s*([\w'’-]*)")


def one_noun_after(text: str, end: int, masks: list[tuple[int, int, str]]) -> Noun | None:
    """The counted noun after a "one" that ends at ``end``: :func:`noun_after`'s, else the
    singular of a noun ``units.csv`` lists only in the plural ("one teacher"), which the rules
    that ask whether the one person speaks need to see too.

    >>> one_noun_after("One teacher in the school said", 3, [])
    Noun(unit='teacher', category='other', start=4, end=11)

    Words that describe the person may stand before that singular ("said one senior defence
    official"): the phrase ends in it.

    >>> one_noun_after("said one senior defence official.", 8, []).unit
    'official'
    """
    noun = noun_after(text, end, masks).noun
    if noun is not None:
        return noun
    m = _WORD_AFTER.match(text, end)
    listed = _listed_singulars().get(m.group(1).lower()) if m.group(1) else None
    if listed:
        return Noun(listed[0], listed[1], m.start(1), m.end(1))
    described = thing_after(text, end, masks, one=True)
    return described if described is not None and described.unit in _listed_singulars() else None


def _listed_singular_ending_phrase(text: str, head: str, end: int) -> tuple[str, str] | None:
    """The counted noun a singular right after "one" names when ``units.csv`` lists only its
    plural ("captured one terrorist", "one individual"), if the noun phrase ends with it: a
    stop, a small word, a breaker or a verb in "-ed" after it ("one car bomb" counts a bomb).

    >>> thing_after("captured one terrorist and seized 8 rifles", 12, [], one=True)
    Noun(unit='terrorist', category='troops', start=13, end=22)
    >>> thing_after("a blast of one car bomb", 14, [], one=True) is None
    True
    """
    listed = _listed_singulars().get(head)
    if listed is None:
        return None
    after = _WORD_AFTER.match(text, end).group(1).lower()
    return listed if not after or after in _small_words() or after.endswith("ed") else None


_NEXT_WORD = re.compile(r"\s+([a-z]+)")


def _speaks_after(text: str, end: int) -> bool:
    """Whether a reporting verb (``speech_verbs.csv``) follows the noun: its people are the
    source, not what is counted ("12 of the 30 commanders said").

    >>> _speaks_after("30 commanders said", 13), _speaks_after("30 tents arrived", 8)
    (True, False)
    """
    m = _NEXT_WORD.match(text, end)
    return m is not None and m.group(1) in _speech_verbs()


@cache
def _speech_verbs() -> frozenset[str]:
    return lexicons.word_set("speech_verbs", "verb")


@cache
def _things() -> frozenset[str]:
    """The units that count things, never people (``things.csv``): none of them speaks."""
    return lexicons.word_set("things", "unit")


_OF_NOUN = re.compile(r" of ([\w'’-]+)(?:\s+([\w'’-]+))?(?:\s+([\w'’-]+))?")


def _known_after_of(text: str, end: int) -> tuple[str, str] | None:
    """The counted noun of an "of" phrase after a plural ("31 units of automotive equipment",
    "pieces of equipment"), which gives the plural its category.

    >>> _known_after_of("31 units of automotive equipment", 8)
    ('equipment', 'equipment')
    """
    m = _OF_NOUN.match(text, end) if text.startswith(" of ", end) else None
    return next((u for w in m.groups() if w and (u := lookup_unit(w))), None) if m else None
