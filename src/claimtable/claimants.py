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
count or point ("the", "two") are not part of the name.

>>> canonical_claimant("South Korea NIS (via MP Lee)"), canonical_claimant("US deputy UN ambassador Robert Wood")
('South Korea NIS', 'US deputy UN ambassador Robert Wood')
"""

from __future__ import annotations

import re

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
                if start == 0 and not _opens_longer_body(words, end)]
    if starting:
        return max(starting, key=lambda m: m[0])[1]
    ending = [(start, canonical) for start, end, canonical in found if end == len(words)]
    if ending:
        start, canonical = min(ending)
        before = words[:start].split()
        if before and before[-1][:1].isupper():
            return canonical
    return name


def _opens_longer_body(words: str, end: int) -> bool:
    """Whether the alias ending at ``end`` is followed by capitalised words that end in a
    body's head noun (:func:`claimtable.attribute.ends_in_body_noun`).

    >>> _opens_longer_body("South Korean Military Intelligence Agency", 21), _opens_longer_body("NIS chief", 3)
    (True, False)
    """
    from claimtable import attribute

    rest = words[end:].split()
    return bool(rest) and all(w[:1].isupper() for w in rest) and attribute.ends_in_body_noun(words)
