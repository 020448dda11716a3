"""A claimant written outside the extractor (a researcher's hand-coded table, a gold sample)
named as the claimant registry (``data/claimants.csv``) names it: the one rule by which such a
table's claimants are compared with the extracted ones.

**The rule.** A researcher writes who speaks first, or, after a capitalised title, as a name
at the end ("South Korea JCS and Zelensky", "US Defense Secretary Lloyd Austin"). So the
registry name is the one whose alias *starts* the claimant (the longest such alias), else the
one whose alias *ends* it when the word before that alias is capitalised (a title or a
country, not "to" or "of"); else the claimant is kept as written. A registry name inside the
claimant, or after a lower-case word, only qualifies someone else and is never taken: "US
deputy UN ambassador Robert Wood" and "US Deputy Ambassador to UN" speak for the United States,
not for the United Nations; nor is a registry name that only opens a longer capitalised name
of a body ("South Korean Military Intelligence Agency" is not "South Korean military", as in
attribution). Words in brackets are notes ("(via Yonhap)") and leading words that
count or point ("the", "two") are not part of the name. A name that does not name its
country (the registry's ``countryless`` column) is the row of the country the claimant's other
words name, its notes too ("Ministry of National Defense (Mexico)"), and kept as written where
they name another country or, rows of several countries listing it, none.

>>> canonical_claimant("South Korea NIS (via MP Lee)"), canonical_claimant("US deputy UN ambassador Robert Wood")
('South Korea NIS', 'US deputy UN ambassador Robert Wood')
"""

from __future__ import annotations

import re
from functools import cache

#: Leading words that say how many or which, not who: "Two defense officials", "the agency".
LEADING = re.compile(r"^(?:(?:the|a|an|some|several|two|three|four|five|many)\s+)+", re.IGNORECASE)
_NOTES = re.compile(r"\s*[(\[]")


def head(written: str) -> str:
    """The claimant without its notes in brackets.

    >>> head("Budanov (Ukraine HUR chief, to The War Zone)"), head("(anonymous)")
    ('Budanov', '(anonymous)')
    """
    return _NOTES.split(written, maxsplit=1)[0].strip() or written.strip()


def canonical_claimant(written: str) -> str:
    """The registry's name for a claimant written elsewhere (see the module's rule), else its
    head as written.

    >>> canonical_claimant("Budanov (Ukraine HUR chief, to The War Zone)")
    'Ukraine HUR'
    >>> canonical_claimant("US Defense Secretary Lloyd Austin"), canonical_claimant("the Pentagon")
    ('US Department of Defense', 'US Department of Defense')
    >>> canonical_claimant("South Korean Military Intelligence Agency")
    'South Korean Military Intelligence Agency'
    >>> canonical_claimant("US Deputy Ambassador to UN"), canonical_claimant("Western officials (anonymous)")
    ('US Deputy Ambassador to UN', 'Western officials')
    """
    from claimtable import attribute

    name = head(written)
    words = LEADING.sub("", name)
    found = attribute.registry_mentions(words)
    starting = [(end, canonical) for start, end, canonical in found
                if start == 0 and not _opens_longer_body(words, end) and not _foreign_after(words, end, canonical)]
    if starting:
        end, canonical = max(starting, key=lambda m: m[0])
        return _of_country_named(words[:end], canonical, words[end:] + written[len(name):]) or name
    ending = [(start, canonical) for start, end, canonical in found if end == len(words)]
    if ending:
        start, canonical = min(ending)
        before = words[:start].split()
        if before and before[-1][:1].isupper() and not _foreign_owner(words, start, canonical):
            return _of_country_named(words[start:], canonical, words[:start] + written[len(name):]) or name
    return name


def _of_country_named(alias: str, canonical: str, rest: str) -> str | None:
    """The row an alias of ``canonical`` stands for, by the country the claimant's other words
    (``rest``: those before or after it, its notes in brackets) name, when the alias does not
    name its country (the registry's ``countryless`` column): of the rows that list it so, the
    one whose country they name ("Ministry of National Defense (Mexico)", "Seoul's Ministry of
    National Defense"); none when they name another country ("Ministry of National Defense
    (Taiwan)") or, the alias listed by rows of several countries, none at all: the name alone
    names no country ("Ministry of National Defense": Mexico's or South Korea's), and is kept
    as written. Any other alias is ``canonical``'s.

    >>> m = "Ministry of National Defense"
    >>> _of_country_named(m, "South Korea Ministry of National Defense", " (Mexico)")
    'Mexico Ministry of National Defense'
    >>> _of_country_named(m, "South Korea Ministry of National Defense", ", Taiwan") is None
    True
    >>> _of_country_named(m, "South Korea Ministry of National Defense", "") is None
    True
    >>> _of_country_named("JCS", "South Korea JCS", ""), _of_country_named("Seoul's spy agency", "South Korea NIS", " (Mexico)")
    ('South Korea JCS', 'South Korea NIS')
    """
    from claimtable import attribute

    rows = shared_alias_rows().get(alias)
    if rows is None:
        if alias not in attribute.countryless_aliases().get(canonical, ()):
            return canonical
        rows = (canonical,)
    entries = attribute.registry()[0]
    named = [r for r in rows if entries[r].country and attribute._country_named(entries[r].country).search(rest)]
    if named:
        return named[0]
    if _names_a_country(rest) or len({entries[r].country for r in rows}) > 1:
        return None
    return canonical


def _names_a_country(text: str) -> bool:
    """Whether ``text`` holds a word that names a country (``attribute.country_of_words``); a
    code of two or three capitals only as a whole note or the words after a last comma ("(US)",
    ", UK"), since a code inside words is as often something else ("MP").

    >>> _names_a_country(" (Taiwan)"), _names_a_country(", Seoul"), _names_a_country(" (US)")
    (True, True, True)
    >>> _names_a_country(" (via MP Lee)"), _names_a_country("")
    (False, False)
    """
    words, codes = _country_words()
    return words.search(text) is not None or codes.search(text) is not None


@cache
def _country_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The words that name a country, and its codes as a whole note or after a last comma."""
    from claimtable import attribute, lexicons

    every = attribute.country_of_words()
    words = [w for w in every if not re.fullmatch(r"[A-Z]{2,3}", w)]
    codes = [w for w in every if re.fullmatch(r"[A-Z]{2,3}", w)]
    return (re.compile(rf"(?<!\w)(?:{lexicons.alternation(words)})(?!\w)"),
            re.compile(rf"(?:\(\s*(?:{lexicons.alternation(codes)})\s*\)|,\s*(?:{lexicons.alternation(codes)}))\s*$"))


@cache
def shared_alias_rows() -> dict[str, tuple[str, ...]]:
    """The aliases that rows of several countries list as not naming their country (the
    registry's ``countryless`` column), with those rows in the registry's order: such an alias
    alone names none of them ("Ministry of National Defense": South Korea's, Mexico's).

    >>> shared_alias_rows()["Ministry of National Defense"]
    ('South Korea Ministry of National Defense', 'Mexico Ministry of National Defense')
    """
    from claimtable import attribute

    entries = attribute.registry()[0]
    rows: dict[str, list[str]] = {}
    for canonical, aliases in attribute.countryless_aliases().items():
        for alias in aliases:
            rows.setdefault(alias, []).append(canonical)
    order = {c: k for k, c in enumerate(entries)}
    return {alias: tuple(sorted(found, key=order.__getitem__)) for alias, found in rows.items()
            if len({entries[c].country for c in found}) > 1}


def offices(written: str) -> frozenset[str]:
    """The registry bodies a person written by name alone (given names before it at most) may
    speak for when the registry gives his alias days it holds from or until (its ``held``
    column: a minister who moved): a hand coder who names the person agrees with any of them,
    as the table gives no date to choose by; else none. A surname that does not name its row's
    country (``countryless``: "Sullivan") with another given name before it is someone else.

    >>> sorted(offices("Sergei K. Shoigu")), offices("Defence Minister Sergei Shoigu"), offices("RSF")
    (['Russia Ministry of Defence', 'Russia Security Council'], frozenset(), frozenset())
    >>> sorted(offices("Kirby")), offices("Sean Sullivan")
    (['White House'], frozenset())
    """
    from claimtable import attribute

    name = LEADING.sub("", head(written))
    for alias, held in attribute.offices().items():
        if not any(o.start or o.until for o in held) or not name.endswith(alias):
            continue
        given = name[: len(name) - len(alias)].split()
        if given and any(alias in attribute.countryless_aliases().get(o.canonical, ()) for o in held):
            continue  # "Sean Sullivan"
        if len(given) <= 2 and all(w[:1].isupper() and w.lower() not in attribute._titles() for w in given) \
                and (not given or name[-len(alias) - 1] == " "):
            return frozenset(o.canonical for o in held)
    return frozenset()


def _foreign_owner(words: str, start: int, canonical: str) -> bool:
    """Whether the alias of ``canonical`` at ``start`` does not name its country (the registry's
    ``countryless`` column) and the words before it name another owner: another country or a
    name (:func:`claimtable.attribute.countryless_owner`), as attribution reads it.

    >>> s = "Taiwan's Ministry of National Defense"
    >>> _foreign_owner(s, 9, "South Korea Ministry of National Defense"), _foreign_owner("Seoul's JCS", 8, "South Korea JCS")
    (True, False)
    """
    from claimtable import attribute

    alias = words[start:]
    if alias not in attribute.countryless_aliases().get(canonical, ()):
        return False
    return attribute.countryless_owner(canonical, words[:start]) is not None


def _foreign_after(words: str, end: int, canonical: str) -> bool:
    """Whether a countryless alias of ``canonical`` that opens the words is followed by another
    country after "of" ("Joint Chiefs of Staff of Taiwan") or, a one-word name, by more of a
    person's name ("Austin Brady").

    >>> _foreign_after("Joint Chiefs of Staff of Taiwan", 21, "South Korea JCS"), _foreign_after("Austin Brady", 6, "US Department of Defense")
    (True, True)
    >>> _foreign_after("JCS of South Korea", 3, "South Korea JCS"), _foreign_after("Kirby (NSC)", 5, "White House")
    (False, False)
    """
    from claimtable import attribute

    alias = words[:end]
    if alias not in attribute.countryless_aliases().get(canonical, ()):
        return False
    owner = re.match(r"\s+of\s+(?:the\s+)?(.+)$", words[end:])
    if owner is not None:
        country = attribute.country_of_words().get(owner.group(1).strip())
        return country is not None and country != attribute.registry()[0][canonical].country
    return alias.istitle() and " " not in alias and re.match(r"\s+[A-Z][a-z]", words[end:]) is not None


def _opens_longer_body(words: str, end: int) -> bool:
    """Whether the alias ending at ``end`` is followed by capitalised words that end in a
    body's head noun (:func:`claimtable.attribute.ends_in_body_noun`).

    >>> _opens_longer_body("South Korean Military Intelligence Agency", 21), _opens_longer_body("NIS chief", 3)
    (True, False)
    """
    from claimtable import attribute

    rest = words[end:].split()
    return bool(rest) and all(w[:1].isupper() for w in rest) and attribute.ends_in_body_noun(words)
