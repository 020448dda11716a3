"""How a claim relates to others and to time: rates (``per``) and parts of a total
(``part_of``), the claims-table columns that follow the contract's (``docs/claims.md``).

Both are decided from the words around the figures, with vocabularies kept as lexicons:
``data/lexicons/rates.csv`` (cues of a rate and their period) and ``data/lexicons/part_cues.csv``
(cues that make a figure part of a total).

>>> text = "About 15,000 troops were sent, including around 11,000 in the first wave."
>>> claims = [Claim(6, 12, 15000, "troops", 0), Claim(48, 54, 11000, "troops", 0)]
>>> link_parts(text, claims)
[None, 6]
>>> rate_period("losing about 92 men a day", 13, 15)
'day'
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from claimtable import lexicons
from claimtable.numbers import fold_like_ignorecase

#: Categories that count people: a part of one may be a total of another ("12,000 troops ...
#: of them 4,000 were killed").
PEOPLE = frozenset({"troops", "casualties", "other"})
#: How far after a figure a rate's cue may stand, in characters ("1,500 flee into South Sudan
#: each day").
RATE_WINDOW = 60


@dataclass(frozen=True)
class Claim:
    """What linking needs of a claim: the figure's offsets, its largest value, its category, the
    sentence it is in (a number increasing with the text), and whether it is a share in percent.

    >>> Claim(0, 5, 15000.0, "troops", 1).percent
    False
    """

    start: int
    end: int
    value: float
    category: str
    sentence: int
    percent: bool = False


@cache
def _rate_cues() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str], dict[str, str]]:
    rows = lexicons.read_lexicon("rates")
    after = {" ".join(r["cue"].lower().split()): r["per"] for r in rows if r["position"] == "after"}
    before = {" ".join(r["cue"].lower().split()): r["per"] for r in rows if r["position"] == "before"}
    # "a day after the attack", "a week ago": a time expression, not a rate; "per month before
    # the invasion" is still a rate
    articled = [c for c in after if c.startswith(("a ", "an "))]
    plain = [c for c in after if not c.startswith(("a ", "an "))]
    return (
        re.compile(rf"\b(?:(?:{lexicons.alternation(articled, fold_case=True)})"
                   r"(?!\s+(?:after|before|earlier|later|ago|from|into|of|since|when)\b)"
                   rf"|(?:{lexicons.alternation(plain, fold_case=True)}))\b", re.I),
        re.compile(rf"\b(?:{lexicons.alternation(before, fold_case=True)})\s+"
                   r"(?:production|output|losses|average|rate|deliveries|supply|supplies|capacity|"
                   r"consumption|usage|use|fire|toll)\b", re.I),
        after,
        before,
    )


#: A preposition that makes the period after it the span a count covers ("lost 31 drones in a
#: day", "within a week"), not the period of a rate.
_SPAN_OF_TIME = re.compile(r"\b(?:in|within|over|during)\s+(?:just\s+|only\s+|a\s+single\s+)?$", re.I)

#: Strings one of which every rate cue holds, in lower case (a sentence without any needs no
#: scan; substring tests on the folded text are faster than a case-blind regex).
_RATE_GATE = ("day", "dail", "week", "month", "year", "annu", "night", "hours")
_CLAUSE_END = re.compile(r"[.;:!?]|,\s+(?:but|while|and|or|as|when|although)\b|\s[–—]\s")


def rate_period(text: str, start: int, end: int, clause: tuple[int, int] | None = None) -> str:
    """The period a figure at ``text[start:end]`` is a rate per (``day``, ``week``, ``month``,
    ``year``), or ``""`` for a count. The cue follows the figure in its clause ("92 men a day",
    "5,500 shells daily", "1,500 flee into South Sudan each day") or names a rate before it
    ("monthly production ... to 100,000").

    >>> rate_period("firing up to 5,500 shells daily", 13, 18)
    'day'
    >>> rate_period("50 soldiers died a day after the strike", 0, 2)
    ''
    >>> rate_period("raise monthly production of shells to 100,000", 38, 45)
    'month'
    >>> rate_period("Russia lost 31 drones in a day", 12, 14)
    ''
    """
    folded = fold_like_ignorecase(text)
    if not any(cue in folded for cue in _RATE_GATE):
        return ""  # most sentences name no period at all
    after_rx, before_rx, after, before = _rate_cues()
    lo, hi = clause or (0, len(text))
    stop = _CLAUSE_END.search(text, end, min(hi, end + RATE_WINDOW))
    limit = stop.start() if stop else min(hi, end + RATE_WINDOW)
    m = after_rx.search(text, end, limit)
    if m and _SPAN_OF_TIME.search(text, end, m.start()):
        m = None  # "31 drones in a day": a count over that span, not a rate
    if m:
        return after[" ".join(m.group(0).lower().split())]
    start_at = max(lo, start - RATE_WINDOW)
    for m in before_rx.finditer(text, start_at, start):
        if not _CLAUSE_END.search(text, m.end(), start):
            return before[" ".join(m.group(0).lower().split()[:1])]
    return ""


@cache
def _part_cues() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    rows = lexicons.read_lexicon("part_cues")

    def rx(kind: str, anchor: str = r"\b") -> re.Pattern[str]:
        return re.compile(anchor + rf"(?:{lexicons.alternation((r['cue'] for r in rows if r['kind'] == kind), fold_case=True)})\b", re.I)

    # an opener may follow a short reporting clause: "The monitor says of these, 1,064 ..."
    speech = lexicons.alternation((r["verb"] for r in lexicons.read_lexicon("speech_verbs")
                                   if "speech" in r["roles"].split("|")), fold_case=True)
    lead = rf"^[\s\"“‘'(•]*(?:(?:[\w.’'-]+\s+){{1,4}}?(?:{speech})\s+)?"
    return rx("within"), rx("opener", lead), rx("total"), rx("opener")


def _compatible(part: Claim, total: Claim) -> bool:
    if part.percent:
        return not total.percent
    if total.percent or part.value >= total.value:
        return False
    return part.category == total.category or {part.category, total.category} <= PEOPLE


_NO_BREAK = re.compile(r"[.;!?]")
#: A part's own cue right after it: "one of whom", "four of them", "five of which".
_OF_WHOM = re.compile(r" of (?:whom|them|which)\b")


def may_have_parts(text: str) -> bool:
    """Whether ``text`` holds a cue of a part of a total at all (a cheap test first).

    >>> may_have_parts("5,000 troops, including 500 officers"), may_have_parts("5,000 troops left")
    (True, False)
    >>> may_have_parts("5,000 troops, Including 500"), may_have_parts("5,000 troops, reincluding 500")
    (True, False)
    """
    # looked for in the folded text, without IGNORECASE and the boundary before the cues: the
    # regex engine skips to their first letters instead of trying every position of an article
    return lexicons.found_at_word_start(_any_part_cue(), fold_like_ignorecase(text))


@cache
def _any_part_cue() -> re.Pattern[str]:
    """Any cue of ``part_cues.csv`` (within, total or opener), in a folded text
    (``numbers.fold_like_ignorecase``), the word boundary before it left to
    ``lexicons.found_at_word_start``: one scan of the text."""
    cues = (r["cue"] for r in lexicons.read_lexicon("part_cues") if r["kind"] in ("within", "total", "opener"))
    return re.compile(rf"(?:{lexicons.alternation(cues, fold_case=True)})\b")


def link_parts(text: str, claims: Sequence[Claim], sentence_starts: dict[int, int] | None = None) -> list[int | None]:
    """For each claim (in text order), the ``start`` of the total it is part of, or ``None``.

    A part follows its total in one sentence after a cue ("including", "of whom"), or opens
    the next sentence ("Of those, 1,000 ..."; the total is then that sentence's first figure),
    or precedes it ("4,000 ... out of a total of 12,000"). A part is smaller than its total and
    counts the same kind of thing (people count with people: "12,000 troops ... of whom 4,000
    were killed"); a share in percent ("half of the contingent") is part of the figure it is a
    share of. ``sentence_starts`` maps a sentence number to its offset, for openers.

    >>> t = "It sent 6,000 men. Of those, 1,000 are sappers and 5,000 builders."
    >>> cs = [Claim(8, 13, 6000, "troops", 0), Claim(29, 34, 1000, "troops", 1),
    ...       Claim(51, 56, 5000, "troops", 1)]
    >>> link_parts(t, cs, {0: 0, 1: 19})
    [None, 8, 8]
    >>> t = "4,000 were killed out of a total of 12,000 troops."
    >>> link_parts(t, [Claim(0, 5, 4000, "casualties", 0), Claim(36, 42, 12000, "troops", 0)])
    [36, None]
    """
    out: list[int | None] = [None] * len(claims)
    if not any(c.percent for c in claims) and not may_have_parts(text):
        return out  # no cue in the text: no figure is part of another
    for j in range(len(claims)):
        for step in PART_STEPS:  # the first step that finds a total decides
            out[j] = step(text, claims, j, sentence_starts)
            if out[j] is not None:
                break
    _parts_before_total(text, claims, out)
    return out


_SHARE_OF = re.compile(r"\s?(?:%|percent|per\s+cent)?\s+of\s+(?:the|its|their|an?|some|about|around|"
                       r"approximately|original|initial|estimated|\s)*", re.I)


def _share_of_next(text: str, claims: Sequence[Claim], j: int, sentence_starts: dict[int, int] | None = None) -> int | None:
    """A share is part of the figure right after it in its sentence ("half of the original
    11,000"): that figure's start, else ``None``.

    >>> t = "half of the original 11,000"
    >>> _share_of_next(t, [Claim(0, 4, 50, "troops", 0, True), Claim(21, 27, 11000, "troops", 0)], 0)
    21
    >>> t = "40% of the 12,000"
    >>> _share_of_next(t, [Claim(0, 2, 40, "casualties", 0, True), Claim(11, 17, 12000, "troops", 0)], 0)
    11
    """
    part = claims[j]
    if not part.percent:
        return None
    nxt = next((c for c in claims[j + 1:] if c.sentence == part.sentence), None)
    if nxt is not None and _SHARE_OF.fullmatch(text[part.end:nxt.start]):
        return nxt.start
    return None


def _part_after_cue(text: str, claims: Sequence[Claim], j: int, sentence_starts: dict[int, int] | None = None) -> int | None:
    """A part after a cue that follows its total in one sentence ("15,000 soldiers, including
    11,000"), the nearest total first; a share needs no cue ("4,000 died, a quarter of whom
    fell in battle"). The total's start, else ``None``.

    >>> t = "15,000 soldiers, including 11,000 in May"
    >>> _part_after_cue(t, [Claim(0, 6, 15000, "troops", 0), Claim(27, 33, 11000, "troops", 0)], 1)
    0
    >>> t = "Seven medics were hurt, one of whom is critical"
    >>> _part_after_cue(t, [Claim(0, 5, 7, "casualties", 0), Claim(24, 27, 1, "casualties", 0)], 1)
    0
    """
    within_rx = _part_cues()[0]
    part = claims[j]
    whom = text.startswith(" of ", part.end) and _OF_WHOM.match(text, part.end) is not None
    for total in reversed([c for c in claims[:j] if c.sentence == part.sentence]):
        between = text[total.end:part.start]
        if whom and not _NO_BREAK.search(between) and len(between.split()) <= 20 and _compatible(part, total):
            return total.start  # "seven were wounded, one of whom is critical": the cue after the part
        cue = max(within_rx.finditer(between), key=lambda m: m.start(), default=None)  # the last
        if cue is not None and not _NO_BREAK.search(between[cue.end():]) and len(
                between[cue.end():].split()) <= 12 and _compatible(part, total):
            return total.start
        if part.percent and _compatible(part, total) and not _NO_BREAK.search(between):
            return total.start
    return None


def _part_after_opener(text: str, claims: Sequence[Claim], j: int,
                       sentence_starts: dict[int, int] | None) -> int | None:
    """A part in a sentence that opens with "Of those": the first figure of the sentence with
    figures before it (at most two sentences back). Its start, else ``None``.

    >>> t = "It sent 6,000 men. Of those, 1,000 are sappers."
    >>> _part_after_opener(t, [Claim(8, 13, 6000, "troops", 0), Claim(29, 34, 1000, "troops", 1)], 1, {0: 0, 1: 19})
    8
    """
    part = claims[j]
    if sentence_starts is None or part.sentence not in sentence_starts:
        return None
    if not _part_cues()[1].match(text[sentence_starts[part.sentence]:part.start]):
        return None
    earlier = [c for c in claims[:j] if c.sentence < part.sentence]
    if not earlier:
        return None
    last = max(c.sentence for c in earlier)
    first = next(c for c in earlier if c.sentence == last)
    return first.start if last >= part.sentence - 2 and _compatible(part, first) else None


#: How a figure finds the total it is part of, in this order (then ``_parts_before_total``).
PART_STEPS = (_share_of_next, _part_after_cue, _part_after_opener)


def _parts_before_total(text: str, claims: Sequence[Claim], out: list[int | None]) -> None:
    """A part before its total in one sentence ("4,000 ... out of a total of 12,000"): each
    figure not yet linked takes the later total a cue names (``out`` is filled in place).

    >>> t = "4,000 were killed out of a total of 12,000 troops."
    >>> out = [None, None]
    >>> _parts_before_total(t, [Claim(0, 5, 4000, "casualties", 0), Claim(36, 42, 12000, "troops", 0)], out)
    >>> out
    [36, None]
    """
    total_rx = _part_cues()[2]
    for j, total in enumerate(claims):
        for i in range(j):
            part = claims[i]
            if part.sentence != total.sentence or out[i] is not None:
                continue
            between = text[part.end:total.start]
            cue = total_rx.search(between)
            if cue and not _NO_BREAK.search(between) and len(between[cue.end():].split()) <= 3 \
                    and _compatible(part, total):
                out[i] = total.start
