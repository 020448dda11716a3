"""Turn loaded sources into the claims table of ``docs/claims.md``: one row per figure that counts
people or things, with what it counts, its hedge, modality, status, place, time and claimant.

>>> from claimtable.load import load_text
>>> src = load_text("demo", "Officials said 1,500 troops arrived. Up to 3,000 shells were sent.")
>>> [(c["value_low"], c["unit"], c["category"], c["hedge"]) for c in extract_source(src)]
[(1500, 'troop', 'troops', 'exact'), (3000, 'shell', 'munitions', 'upper_bound')]
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from operator import attrgetter
from typing import TYPE_CHECKING

from claimtable import contract, lexicons
from claimtable.attribute import (
    CITED_REPORT,
    SPEAKER,
    UNATTRIBUTED,
    ArticleAttribution,
    Attribution,
    Mention,
    credit_after,
    credits_cited_report,
    credits_only_the_sentence_before,
    named_after,
    population_size,
)
from claimtable.load import Sentence, Source, matching_copy, normalise_passage
from claimtable.nouns import (
    NOTHING,
    POINTS_BACK,
    Noun,
    NounLookup,
    definite_nouns,
    ends_noun_phrase,
    first_noun,
    head_of_complement,
    last_noun,
    lookup_unit,
    nearest_noun,
    noun_after,
    noun_before,
    noun_of_tally_label,
    one_noun_after,
    singular,
    thing_after,
    unlisted_thing,
)
from claimtable.numbers import (
    PERCENT_AFTER,
    Figure,
    date_ends_at,
    find_figures,
    fold_like_ignorecase,
    hedge_after,
    masked_spans,
)
from claimtable.places import Place, find_places, locative_places, within
from claimtable.relations import Claim as RelationClaim
from claimtable.relations import link_parts, may_have_parts, rate_period

if TYPE_CHECKING:  # pandas is imported where a table is built: `claimtable extract` never needs it
    import pandas as pd

#: The contract's columns, in order (``docs/claims.md``, ``contract.py``); the extra columns
#: follow them.
CLAIM_COLUMNS = contract.CLAIM_COLUMNS
EXTRA_COLUMNS = [
    "figure", "paragraph", "sentence_no", "role", "attribution", "claimant_start", "claimant_end",
]
CASUALTY_STATUSES = frozenset({"killed", "wounded", "killed or wounded", "captured", "missing",
                               "casualties", "lost"})
@cache
def _thing_units() -> frozenset[str]:
    """Units of category other that count things, not people (``things.csv``)."""
    return lexicons.word_set("things", "unit")


@cache
def _people_units_of_other() -> frozenset[str]:
    """Units that ``units.csv`` lists in a category of people: the people it knows (workers,
    civilians, residents; hostages and prisoners, casualties there, are people when let go and
    counted as other); a noun of category other that no lexicon lists is a thing."""
    people = lexicons.people_categories()
    return frozenset(r["unit"] for r in lexicons.read_lexicon("units") if r["category"] in people)


def counts_people(noun: Noun | None) -> bool:
    """Whether a counted noun counts people: its category counts people (``categories.csv``),
    its unit is no thing of category other (``things.csv``: houses, villages, strikes), and a
    unit of category other is one ``units.csv`` lists (a plural no lexicon lists, counted by
    ``counts_an_unlisted_thing``, is a thing: "destroyed two weapons depots" kills nobody).

    >>> counts_people(Noun("civilian", "other", 0, 1)), counts_people(Noun("house", "other", 0, 1))
    (True, False)
    >>> counts_people(Noun("weapons depot", "other", 0, 1))
    False
    """
    return (noun is not None and noun.category in lexicons.people_categories()
            and noun.unit not in _thing_units()
            and (noun.category != "other" or noun.unit in _people_units_of_other()))


#: Statuses that make people a force, whatever noun counts them ("50,000 prisoners recruited").
FORCE_STATUSES = frozenset({"recruited", "to be recruited", "training", "to be trained"})
#: Statuses of people let go from captivity ("106 soldiers were released", "the sides swapped 95
#: POWs"): no longer captured and no force, whatever noun counts them, they are other people.
RELEASED_STATUSES = frozenset({"released", "to be released"})
#: Words that open a part of a group just counted ("12,000 troops, including 500 officers"):
#: a later "of those" still means the whole group.
SUBSET_OPENERS = re.compile(r"\s*(?:including|among\s+(?:them|whom|those)|of\s+(?:whom|which))\b", re.I)
_CLAUSE_BREAK = re.compile(
    r"(?=[,;:\s—–])"  # every break starts with one of these: the other places are skipped at once
    # a break at white space goes on with a dash or a word the breaks open with ("but",
    # "while", "whereas", "although", "though", "and"): most spaces are given up here, before
    # the alternatives below are tried one by one
    r"(?=[,;:—–]|\s+[-—–btwa])"
    # a typed dash is one hyphen or two between spaces ("31 people -- 24 men and seven women -- died")
    r"(?:,\s+|;\s*|:\s+|\s*[—–]\s*|\s+(?:(?:but|while|whereas|although|though)\s+|--?\s+"
    # "... had been deployed and were expected to ...": a second verb phrase, its own clause
    r"|and\s+(?=(?:were|was|are|is|had|have|has|will|would|could|might|may)\b)"
    # "said that 10,000 were in Russia and that he expected them to fight": a second report
    r"|and\s+(?=that\s)"
    # "believes that 8,000 are in Kursk and expects them to fight": a second, projected verb
    r"|and\s+(?=(?:expects?|expected|believes?|believed|plans?|planned|intends?|intended"
    r"|hopes?|hoped|warns?|warned|says?|said)\s)))"
)


@cache
def time_ref_pattern() -> re.Pattern[str]:
    """A time expression a figure is given for ("since October", "by the end of the year", "so
    far"); months and weekdays from ``data/lexicons/calendar.csv``. Its first word may open the
    sentence with a capital ("In 2009, ...", "Last week, ...": ``_opening_capital``).

    >>> time_ref_pattern().search("1,500 had arrived by Oct. 28, officials said").group(0)
    'by Oct. 28'
    >>> time_ref_pattern().search("In March 2014, 40 civilians were wounded").group(0)
    'In March 2014'
    """
    cal = lexicons.calendar()
    months = lexicons.alternation([*cal.months, *(f"{m}." for m in cal.month_shorts)])
    weekday = lexicons.alternation(cal.weekdays)
    relation = _opening_capital(("since", "by", "in", r"as\s+of", "until", "till", "before", "after", "from",
                                 "during", "through", "on", r"at\s+the\s+end\s+of"))
    over = _opening_capital(("over", "in", "during"))
    period = _opening_capital(("this", "last", "next"))
    running = _opening_capital((r"so\s+far", r"to\s+date", r"in\s+recent\s+(?:days|weeks|months)"))
    return lexicons.opening_gated(re.compile(
        rf"\b(?:(?:{relation})"
        rf"\s+(?:(?:{months})(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?|(?:{weekday})|(?:19|20)\d{{2}}|"
        rf"the\s+(?:end|start|beginning|middle)\s+of\s+(?:the\s+)?[\w-]+(?:\s+(?:invasion|war|offensive))?"
        rf"|early\s+\w+|late\s+\w+)"
        rf"|(?:{over})\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:days?|weeks?|months?|years?)"
        rf"|(?:{period})\s+(?:week|month|year)|{running})\b"
    ))


def _opening_capital(words: tuple[str, ...]) -> str:
    """An alternation of ``words`` (regex sources, lower case) that also takes each with its first
    letter capitalised, as it stands when it opens a sentence.

    >>> bool(re.fullmatch(_opening_capital(("since", r"so\\s+far")), "So far"))
    True
    """
    return "|".join(f"[{w[0]}{w[0].upper()}]{w[1:]}" for w in words)


@cache
def _cue_regex(name: str, key: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{lexicons.alternation(lexicons.column(name, key), fold_case=True)})\b", re.I)


@cache
def _folded_cue_regex(name: str, key: str) -> re.Pattern[str]:
    """``_cue_regex`` without ``re.I``, for a text folded by ``fold_like_ignorecase`` (same
    length, same word characters): the same spans, found in about half the time (the engine
    compares characters as they are instead of folding each one at every position)."""
    return re.compile(rf"\b(?:{lexicons.alternation(lexicons.column(name, key), fold_case=True)})\b")


def _status_cue_at(text: str, pos: int) -> re.Match[str] | None:
    """The longest cue of ``statuses.csv`` that starts at ``pos``, found in the text folded
    (``_folded_cue_regex``): the span ``_cue_regex`` finds, whose case-insensitive pattern is
    then never compiled (some 30 ms at every start); callers read its words in lower case.

    >>> t = "900 were Killed or Wounded there"
    >>> m = _status_cue_at(t, 9)
    >>> t[m.start():m.end()], m.group(0)
    ('Killed or Wounded', 'killed or wounded')
    """
    return _folded_cue_regex("statuses", "cue").match(fold_like_ignorecase(text), pos)


@cache
def _statuses() -> dict[str, list[dict[str, str]]]:
    out: dict[str, list[dict[str, str]]] = {}
    for row in lexicons.read_lexicon("statuses"):
        out.setdefault(row["cue"], []).append(row)
    return out


#: A figure compared with one just given ("up from 3,000", "compared with 500").
_COMPARED = lexicons.opening_gated(re.compile(
    r"\b(?:up|down|rising|falling|compared|against)\s+(?:from|with|to)\s+"
    # "up from an estimate of 3,000", "down from a peak of 60,000"
    r"(?:(?:an?|the|its|their)\s+)?(?:(?:earlier|previous|initial|peak|estimate|figure|total|high"
    r"|record)\s+)*(?:of\s+)?$",
    re.I,
))
#: A bare figure as the subject of a verb ("3,000 had already crossed", a quoted '"3,000" had'):
#: it counts what the claims just before it counted.
_BARE_SUBJECT = re.compile(
    r"(?:[”\"’'](?=\s))?\s+[\"“‘']?(?:had|have|has|were|are|was|is|will|would|could|may|might|can|should|must)\b"
)


#: The words after a figure up to its status cue: a closing quotation mark right after it ('"several
#: hundred" had died'), auxiliaries and adverbs, an opening mark; group 1 the cue's first words.
_STATUS_WORDS = re.compile(
    r"(?:[”\"’'](?=\s))?[\s,]*(?:(?:were|have\s+been|had\s+been|has\s+been|are|was|been|had|have|has|reportedly|still|remain|remained|already|now|also)\s+)*"
    r"[“\"‘']?(\w+(?:\s+\w+){0,2})"
)


def _status_after(text: str, end: int) -> str | None:
    """A casualty status right after a bare figure ("1,200 were killed", "3,000 wounded"), the
    longest cue first ("3,800 killed or wounded").

    >>> _status_after("Today, 3,800 killed or wounded.", 12), _status_after("3,000 wounded in", 5)
    ('killed or wounded', 'wounded')

    A cue that opens with the last word before the cue's word is tried first ("17 remain
    captive": the cue "remain captive"), and a closing quotation mark after the figure is passed
    over ('"several hundred" had died').

    >>> _status_after("17 remain captive today", 2), _status_after('"several hundred" had died', 16)
    ('captured', 'killed')

    A cue that takes another figure as its object is that figure's ("kill seven, abduct 150"):

    >>> _status_after("kill seven, abduct 150 in Tarn", 10) is None
    True
    """
    m = _STATUS_WORDS.match(text[end:end + 40])
    if not m:
        return None
    words = m.group(1).lower().split()
    lead = m.string[:m.start(1)].split()[-1:]
    cues = ([f"{lead[0].lower()} {words[0]}"] if lead and lead[0].isalpha() else []) \
        + [" ".join(words[:n]) for n in (3, 2, 1)]
    for cue in dict.fromkeys(cues):
        for row in _statuses().get(cue, []):
            if row["status"] in CASUALTY_STATUSES:
                # the cue's last word, past the lead word it may open with
                last = len(cue.split()) - (1 if lead and cue.split()[0] != words[0] else 0)
                cue_end = end + m.start(1) + len(" ".join(m.group(1).split(" ")[:last]))
                if _figure_object_after().match(text, cue_end):
                    return None  # "kill seven, abduct 150": the 150 were abducted
                return row["status"]
    return None


def clauses(sentence: str) -> list[tuple[int, int]]:
    """Clause spans of a sentence, split at commas, semicolons, dashes and contrastive
    conjunctions ("..., but ..."). Commas inside numbers ("1,500") do not split.

    >>> s = "1,500 arrived in Russia but sources say 12,000 could come, officials added."
    >>> [s[a:b] for a, b in clauses(s)]
    ['1,500 arrived in Russia', 'sources say 12,000 could come', 'officials added.']
    """
    spans, start = [], 0
    for m in _CLAUSE_BREAK.finditer(sentence):
        if m.group(0).strip() == "but" and _adjectives_joined_by_but(sentence, m.start(), m.end()):
            continue  # "the short but bloody war": one noun phrase
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(sentence)))
    return [(a, b) for a, b in spans if b > a]


#: A determiner and one lower-case word right before "but": "the short ", "a small ".
_DETERMINER_AND_WORD_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|this|that|our)\s+([a-z]+)$")
#: Two lower-case words after "but" ("bloody conflict"), the first no determiner or pronoun
#: that opens a clause of its own ("but the army said", "but it was").
_WORD_AND_HEAD_AFTER = re.compile(
    r"(?!(?:the|a|an|its|their|his|her|this|that|these|those|it|they|he|she|we|there|not|also|only|then)\b)"
    r"([a-z]+)\s+([a-z]+)\b")


def _adjectives_joined_by_but(sentence: str, start: int, end: int) -> bool:
    """Whether the "but" at ``sentence[start:end]`` joins two adjectives of one noun after a
    determiner ("the short but bloody conflict", "a small but determined band"), no clause of
    its own: neither word beside it a counted noun ("the army but police said") and the word
    after the second no verb in "-ed" ("the truce but fighting continued").

    >>> s = "The toll of the short but bloody war was 907, but police said 40 more died."
    >>> [s[a:b] for a, b in clauses(s)]
    ['The toll of the short but bloody war was 907', 'but police said 40 more died.']
    """
    before = _DETERMINER_AND_WORD_BEFORE.search(sentence, max(0, start - 30), start)
    after = _WORD_AND_HEAD_AFTER.match(sentence, end)
    if before is None or after is None or after.group(2).endswith("ed"):
        return False
    return not any(lookup_unit(w) for w in (before.group(1), after.group(1)))


def _clause_of(spans: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    return next(((a, b) for a, b in spans if a <= pos < b), spans[-1])


@cache
def _status_cues(people: bool, projected: bool) -> dict[str, str]:
    """The status each folded cue gives a figure that counts people (or things), reported or
    projected: the cue's first row that applies (``statuses.csv``)."""
    applies = {"any", "people" if people else "things"}
    out: dict[str, str] = {}
    for cue, rows in _statuses().items():
        row = next((r for r in rows if r["applies"] in applies), None)
        if row is not None:
            out[cue] = row["projected" if projected else "status"]
    return out


NO_SPAN = (-1, -1)


def _nearest_status(text: str, at: int, lo: int, hi: int, cues: dict[str, str],
                    skip: tuple[int, int] = NO_SPAN, own_end: int = -1,
                    others: tuple[tuple[int, int], ...] = ()) -> str | None:
    """The status of the cue nearest ``at`` in ``text[lo:hi]`` (the first of two as near),
    leaving out a cue that starts inside ``skip`` or one of the spans ``others`` and a cue that
    is the counted noun of another figure ("30 people, including five prisoners, were killed":
    not captured)."""
    best: tuple[int, str] | None = None
    folded = fold_like_ignorecase(text)
    # the cues' spans read in the folded text (``_folded_cue_regex``), their words from the text
    for m in _folded_cue_regex("statuses", "cue").finditer(folded, lo, hi):
        # the cue's status and distance first: a cue that gives none, or is no nearer than the
        # best so far, is never read further (the tests below only leave cues out: for speed)
        found = cues.get(" ".join(text[m.start():m.end()].lower().split()))
        if found is None:
            continue
        # a cue after the figure is as far as the words between them ("hundreds of
        # thousands displaced": next to it, however long the figure is written)
        # a cue before it as far as the words between ("killed or wounded about 300": its
        # end, not its start, however long the cue is written)
        if own_end >= 0 and m.start() >= own_end:
            distance = m.start() - own_end
        else:
            distance = at - m.end() if m.end() <= at else abs(m.start() - at)
        if best is not None and distance >= best[0]:
            continue
        if skip[0] <= m.start() < skip[1] or (others and any(a <= m.start() < b for a, b in others)):
            continue
        if (text[m.start()] in "lc" and _SUFFERED_BEFORE.search(text, max(lo, m.start() - 40), m.start())
                and not (m.end() <= at and _OF_THE_FIGURE.match(text, m.end(), at))):
            continue  # "troops that had sustained losses": what befell some of them, not all
        if text[m.end():m.end() + 1] == " " and _cue_on_a_thing().match(text, m.end()):
            continue  # "released a video of 200 soldiers": what was done to the video, not them
        if text[m.start() - 1:m.start()] == " " and _thing_before_cue().search(text, max(lo, m.start() - 30), m.start()):
            continue  # "the report released Tuesday said 900 ...": a participle of the report
        if m.start() >= at and _said_of_a_place(text, m.start()):
            continue  # "residents cheered after the town was captured": the town was taken, not they
        if 0 <= own_end <= m.start() and _describes_other_people(text, m.start(), m.end(), own_end):
            continue  # "as many as 9,000, to replace the dead Osk soldiers": those soldiers were killed
        if 0 <= own_end <= m.start() and _RELATIVE_WITH_SUBJECT.search(text, own_end, m.start()):
            continue  # "two priests of churches where the victims were buried": those victims
        if 0 <= own_end <= m.start() and _people_object_after(text, m.start(), m.end()):
            continue  # "dozens of gunmen stormed the post, wounding others": the others were hurt
        if not _counted_by_another(text, (at, own_end), m.start(), folded) \
                and not (0 <= own_end <= m.start() and _figure_object_after().match(text, m.end())):
            best = (distance, found)
    return best[1] if best else None


@cache
def _place_subject_before() -> re.Pattern[str]:
    """A passive's subject that is a place (``uncounted.csv``, kind ``place``) or "it", with its
    auxiliary, right before a status cue, opening a clause: the cue says what befell the place
    ("after the town was captured", "shortly after it was seized"; "soldiers of the other side had
    been killed" is no such subject)."""
    places = lexicons.alternation(sorted(lexicons.word_set("uncounted", "word", "kind", "place")), fold_case=True)
    return re.compile(rf"(?:^|[,;]|\b(?:after|before|when|as|once|since|until|and|but|because|while|then))\s*"
                      rf"(?:it|(?:the|a|this|that)\s+(?:[\w-]+\s+)?(?:{places})s?)\s+"
                      rf"(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+(?:\w+ly\s+)?$", re.I)


def _said_of_a_place(text: str, start: int) -> bool:
    """Whether the status cue at ``start`` is the predicate of a place or of "it" in the passive
    (``_place_subject_before``): no status of the people counted ("Dozens of residents cheered as
    the fighters marched in soon after it was captured": no captives).

    >>> s = "Dozens of residents cheered soon after it was captured"
    >>> _said_of_a_place(s, s.index("captured")), _said_of_a_place("40 residents were captured", 19)
    (True, False)
    >>> [(c["category"], c["status"]) for c in _claims("Hundreds of residents fled after the town was captured.")]
    [('other', 'displaced')]
    >>> [(c["category"], c["status"]) for c in _claims("Osk said 300 soldiers of the other side had been killed.")]
    [('casualties', 'killed')]
    """
    if text[start - 4:start - 1] not in ("was", "ere", " is", "are", "een") and not text[start - 3:start - 1].endswith("ly"):
        return False  # the cheap test first: no auxiliary, or adverb, right before the cue
    return _place_subject_before().search(text, max(0, start - 60), start) is not None


#: A determiner right before a status cue that describes the noun after it ("the missing troops").
_DETERMINER_BEFORE = re.compile(r"\b(?:the|its|their|his|her|our)\s+$", re.I)
#: The word after such a cue, past up to two names ("dead Osk soldiers").
_NOUN_PAST_NAMES = re.compile(r"\s+(?:[A-Z][\w'’-]*\s+){0,2}([a-z][a-z-]*)\b")
#: A noun right before a status cue, opened by a determiner or "of" past up to two names ("of
#: Osk soldiers lost").
_NOUN_BEFORE_CUE = re.compile(r"\b(?:the|its|their|his|her|our|of)\s+(?:[A-Z][\w'’-]*\s+){0,2}([a-z][a-z-]*)\s+$")


def _describes_other_people(text: str, start: int, end: int, fig_end: int) -> bool:
    """Whether a status cue after a figure describes the people of a noun phrase of its own,
    opened by a determiner or "of" further on than the figure's own "of" phrase: an adjective
    before the noun ("the missing Russian troops") or a participle after it ("of Russian troops
    lost"). It says what befell those people, not the figure's ("could be as many as 12,000,
    would replace only ten days of the missing Russian troops": no status of the 12,000).

    >>> s = "as many as 9,000, would replace the dead Osk soldiers"
    >>> _describes_other_people(s, s.index("dead"), s.index("dead") + 4, s.index(","))
    True
    >>> s = "sent 9,000 men, and the dead were buried"
    >>> _describes_other_people(s, s.index("dead"), s.index("dead") + 4, s.index(" men"))
    False
    >>> s = "9,000 of the dead soldiers"
    >>> _describes_other_people(s, s.index("dead"), s.index("dead") + 4, s.index(" of"))
    False
    >>> [(c["category"], c["status"]) for c in _claims("The brigade, which the institute said could be as many as "
    ...     "9,000 soldiers, would only replace a week of the dead Osk soldiers.")]
    [('troops', 'expected')]
    >>> [(c["category"], c["status"]) for c in _claims("The brigade, which the institute said could be as many as "
    ...     "9,000 soldiers, would only replace a week of Osk soldiers lost.")]
    [('troops', 'expected')]
    """
    if text[start - 1:start] != " ":
        return False
    opener = _DETERMINER_BEFORE.search(text, max(0, start - 6), start)
    if opener is not None:
        m = _NOUN_PAST_NAMES.match(text, end)
        word = m.group(1) if m else None
    else:
        opener = _NOUN_BEFORE_CUE.search(text, max(0, start - 60), start)
        word = opener.group(1) if opener else None
    if word is None or opener.start() < fig_end:
        return False
    found = lookup_unit(word)
    if found is None or not counts_people(Noun(found[0], found[1], 0, 1)):
        return False
    # "9,000 of the dead soldiers": the figure's own phrase, a part of those people
    return text[fig_end:opener.start()].strip(" ,").lower() not in ("", "of")


@cache
def _figure_object_after() -> re.Pattern[str]:
    """Right after a status cue, another figure, past a hedge, as the cue's object: the cue is
    what that figure's people suffered ("three boats carrying 90 soldiers, killing at least
    40": the 40 were killed, not the 90), read only for a cue after the figure it is asked for.

    A span of time is no object ("missiles fired over two months"), nor a distance or other
    measure but a share ("three soldiers were killed 40 km south of the city").

    >>> bool(_figure_object_after().match(" at least 40 in")), bool(_figure_object_after().match(" in May"))
    (True, False)
    >>> bool(_figure_object_after().match(" over two months")), bool(_figure_object_after().match(" 12 days ago"))
    (False, False)
    >>> bool(_figure_object_after().match(" 25 kilometers from")), bool(_figure_object_after().match(" 40 percent of"))
    (False, True)
    >>> [(c["category"], c["status"]) for c in _claims("Three soldiers were killed 40 km south of Osk.")]
    [('casualties', 'killed')]
    >>> [(c["figure"], c["category"], c["status"]) for c in _claims("Rebels hit two boats carrying 90 soldiers, killing at least 40.")]
    [('two', 'equipment', ''), ('90', 'troops', ''), ('40', 'casualties', 'killed')]
    """
    hedges = [r["cue"] for r in lexicons.read_lexicon("hedges") if r["position"] == "before"]
    words = [r["word"] for r in lexicons.read_lexicon("number_words") if r["abbreviation"] != "yes"]
    words += lexicons.column("vague", "phrase")
    times = lexicons.word_set("uncounted", "word", "kind", "time")
    times |= {w for w in lexicons.word_set("uncounted", "word", "kind", "measure") if not w.startswith("percent")}
    return re.compile(rf"\s+(?:(?:{lexicons.alternation(hedges, fold_case=True)})\s+)?"
                      rf"(?:\d[\d,.]*+|(?:{lexicons.alternation(words, fold_case=True)})\b)"
                      rf"(?!\s+(?:{lexicons.alternation(times, fold_case=True)})s?\b)", re.I)


@cache
def _abstract_things() -> str:
    """The things no count is made of (``uncounted.csv``, kind ``abstract``) as one
    alternation, for the two patterns that read a status cue next to one of them.

    >>> bool(re.fullmatch(_abstract_things(), "footage")), bool(re.fullmatch(_abstract_things(), "soldier"))
    (True, False)
    """
    return lexicons.alternation(sorted(lexicons.word_set("uncounted", "word", "kind", "abstract")), fold_case=True)


@cache
def _cue_on_a_thing() -> re.Pattern[str]:
    """A thing no count is made of (``uncounted.csv``, kind ``abstract``: "video", "footage",
    "statement"), past an article and one word, right after a status cue: the cue is a verb
    acting on it, not a status of the people counted ("released a video of 200 soldiers").

    >>> bool(_cue_on_a_thing().match(" a new video of 40 men")), bool(_cue_on_a_thing().match(" 40 men"))
    (True, False)
    >>> [(c["category"], c["status"]) for c in _claims("The army released footage of 30 soldiers.")]
    [('troops', '')]
    """
    words = _abstract_things()
    return re.compile(rf"\s+(?:(?:a|an|the|its|their|new)\s+)?(?:[\w-]+\s+)?(?:{words})s?\b", re.I)


@cache
def _thing_before_cue() -> re.Pattern[str]:
    """A thing no count is made of (``uncounted.csv``, kind ``abstract``: "report", "video")
    right before a status cue: the cue is a participle of that thing, not a status of the
    people counted ("The Velm report released Tuesday said 900 soldiers were lost").

    >>> bool(_thing_before_cue().search("The new report ")), bool(_thing_before_cue().search("40 men "))
    (True, False)
    >>> [(c["category"], c["status"]) for c in _claims("The Velm report released Tuesday said Ostria suffered 9,000 casualties.")]
    [('casualties', 'casualties')]
    """
    words = _abstract_things()
    return lexicons.opening_gated(re.compile(rf"\b(?:{words})s?\s+$", re.I))


#: Between a cue such as "losses" and the figure after it: "of" and up to two words of a hedge
#: ("suffering losses of about 90 soldiers a day": the losses are the figure's, not some of them).
_OF_THE_FIGURE = re.compile(r"\s+of\s+(?:[\w-]+\s+){0,2}$", re.I)

#: A figure right before a word (past one adjective): the word is that figure's counted noun.
_FIGURE_BEFORE_WORD = re.compile(r"(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred|thousand|million))"
                                 r"\s+(?:([a-z-]+)\s+)?$", re.I)
#: The words of an age before its number, past the lower end of a range ("aged ", "aged eight
#: to ", "between the ages of 10 and "): the number counts nobody.
_AGE_BEFORE = re.compile(r"\b(?:aged|ages?\s+of)\s+(?:between\s+)?(?:[\w-]+\s+(?:to|and)\s+)?$", re.I)


def _age_before(text: str, lo: int, at: int) -> bool:
    """Whether the number at ``at`` (its last digit, or its word) is an age (``_AGE_BEFORE``),
    read back to ``lo``.

    >>> t = "two children aged 10 died"
    >>> _age_before(t, 3, t.index("10") + 1), _age_before(t, 3, t.index("died"))
    (True, False)
    """
    while at > lo and (text[at - 1].isdigit() or text[at - 1] == ","):
        at -= 1
    return _AGE_BEFORE.search(text, max(lo, at - 40), at) is not None


#: ``_FIGURE_BEFORE_WORD`` without ``re.I``, for a text folded by ``fold_like_ignorecase``.
_FOLDED_FIGURE_BEFORE_WORD = re.compile(_FIGURE_BEFORE_WORD.pattern)


@cache
def _time_words() -> frozenset[str]:
    """The months, written out or short, and the spans of time (``uncounted.csv``, kind
    ``time``, and their plurals), in lower case: the word after a number that makes it a date or
    a duration ("23 May", "three days"), no count.

    >>> "may" in _time_words(), "days" in _time_words(), "men" in _time_words()
    (True, True, False)
    """
    calendar = lexicons.calendar()
    times = lexicons.word_set("uncounted", "word", "kind", "time")
    return frozenset([w.lower() for w in (*calendar.months, *calendar.month_shorts)] + [*times, *(f"{t}s" for t in times)])


def _counted_by_another(text: str, own: tuple[int, int], cue: int, folded: str | None = None) -> bool:
    """Whether the status cue at ``cue`` is the counted noun of a figure other than the one
    that spans ``own`` ("five prisoners" in "30 people, including five prisoners, were
    killed"); an ``own`` that ends before it starts (-1) leaves every cue in. ``folded``:
    ``fold_like_ignorecase(text)`` when the caller has it (searched without ``re.I``).

    >>> t = "30 people, including five prisoners, were killed"
    >>> _counted_by_another(t, (0, 2), t.index("prisoners")), _counted_by_another(t, (21, 25), t.index("prisoners"))
    (True, False)
    >>> t = "it left six dead, including four of its members"
    >>> _counted_by_another(t, (28, 32), t.index("dead"))
    False
    >>> t = "150 elderly people, making up 60% of the total death toll"
    >>> _counted_by_another(t, (0, 3), t.index("total"))
    True
    >>> t = "90 militants and 13 soldiers died"
    >>> _counted_by_another(t, (0, 2), t.index("died"))
    False
    >>> t = "the raid on May 3 killed 40 people"
    >>> _counted_by_another(t, (25, 27), t.index("killed"))
    False
    >>> t = "a raid on 23 May killed three men"
    >>> _counted_by_another(t, (24, 29), t.index("killed"))
    False
    >>> t = "raids over three days killed 40 people"
    >>> _counted_by_another(t, (29, 31), t.index("killed"))
    False
    >>> t = "three gunmen killed at least 26 people"
    >>> _counted_by_another(t, (29, 31), t.index("killed"))
    False

    A number of an age counts nobody: the cue after it is the people's ("three children aged
    eight to 12 died", "two boys between the ages of 10 and 15 lost their lives").

    >>> t = "three children aged eight to 12 died"
    >>> _counted_by_another(t, (0, 5), t.index("died"))
    False
    """
    if own[1] < 0 or text[cue - 1:cue] != " ":
        return False
    if cue > own[1] and _SHARE_OF_BEFORE.search(text, max(own[1], cue - 30), cue):
        return True  # "150 elderly, making up 60% of the total toll": the share's whole, not theirs
    m = (_FIGURE_BEFORE_WORD.search(text, max(0, cue - 30), cue) if folded is None
         else _FOLDED_FIGURE_BEFORE_WORD.search(folded, max(0, cue - 30), cue))
    if m is None or own[0] <= m.start() < own[1]:
        return False
    if m.group(1) is None and cue > own[1] and _age_before(text, own[1], m.start()):
        return False  # "three children aged eight to 12 died": an age, no count of its own
    if cue < own[0] and _object_of_the_cue(text, cue, own):
        return False  # "three gunmen killed 26 people": the other figure's verb, the figure its object
    if (m.group(1) or "").lower() in _time_words() or (text[m.start()].isdigit() and date_ends_at(text, m.start() + 1)):
        return False  # "the raid on May 3 killed 40", "on 23 May", "over three days killed": a date or a span counts nothing
    if cue > own[1] and m.group(1) and lookup_unit(m.group(1).lower()) is not None:
        # "90 militants and 13 soldiers died": after the figure, past another figure that has
        # its own noun, the cue is the verb of the whole list
        return False
    # "left six dead, including four of its members": the whole the figure is a part of says
    # what happened to it
    return not (cue < own[0] and _PART_OPENER.search(text, cue, own[0]))


#: A cue's first word ("killed" of "killed or wounded").
_CUE_WORD = re.compile(r"[A-Za-z]+")


def _object_of_the_cue(text: str, cue: int, own: tuple[int, int]) -> bool:
    """Whether the figure that spans ``own`` is the object of the one-word verb at ``cue``,
    past a hedge only (``_figure_object_after``): "three gunmen killed at least 26 people" (the
    verb then says what befell the 26, whoever the figure before it counts).

    >>> t = "three gunmen killed at least 26 people"
    >>> _object_of_the_cue(t, t.index("killed"), (29, 31)), _object_of_the_cue(t, t.index("gunmen"), (29, 31))
    (True, False)
    """
    word = _CUE_WORD.match(text, cue)
    obj = _figure_object_after().match(text, word.end()) if word else None
    return obj is not None and own[0] < obj.end() <= own[1]


#: A share and the "of" of its whole right before a cue ("60% of the total", "half of all").
_SHARE_OF_BEFORE = re.compile(r"(?:\d\s?%|\d\s+per\s?cent|\bhalf)\s+of\s+(?:the\s+|all\s+|its\s+|their\s+)?(?:[a-z-]+\s+)?$", re.I)
_PART_OPENER = lexicons.opening_gated(re.compile(r"\b(?:including|among\s+them|among\s+whom|of\s+whom|of\s+them)\b", re.I))
#: A verb of suffering before "losses" or "casualties": the force took them, it is not them
#: ("11,000 troops ... had already sustained losses", "units that suffered heavy casualties").
_SUFFERED_BEFORE = lexicons.opening_gated(re.compile(
    r"\b(?:sustain|suffer|incur|take|took|taken|taking)(?:s|ed|ing)?\s+[\"“‘']?(?:[\w-]+\s+){0,2}[\"“‘']?$", re.I))


def _status(text: str, fig: Figure, clause: tuple[int, int], people: bool, projected: bool,
            noun: Noun | None = None, stop: int = -1, others: tuple[tuple[int, int], ...] = (),
            clause_only: bool = False) -> str:
    """The status of a figure; ``stop``: where the next figure's own clause of a coordination
    starts ("8,000 have been evacuated and 35 have been killed": the second's predicate);
    ``others``: spans of cues read past when the sentence is read whole (``_cues_of_others``);
    ``clause_only``: the figure's clause has a verb of its own, and the sentence is not read
    whole ("killed two, while 76 escaped": the 76 are not dead)."""
    cues = _status_cues(people, projected)
    own = _status_of_noun(text, fig, noun, cues)
    if own == "casualties" and noun is not None:
        own = _released_not_hurt(text, fig, clause, cues, noun) or own
    if own:  # "15,899 dead, with 42,000 injured": the noun itself says what happened
        return own
    # "50,000 prisoners recruited": the counted noun after the figure is no status of its own
    # while its clause has another; alone, it still is one
    skip = (noun.start, noun.end) if noun is not None and noun.start >= fig.end else NO_SPAN
    found = _nearest_status(text, fig.start, *clause, cues, skip, fig.end)
    if not found:
        found = _status_past_dashes(text, fig, clause, cues, skip)
    if not found:
        aside = _status_past_comma_aside(text, fig, clause, cues)
        found = aside[0] if aside is not None else None
    if not found and clause != (0, len(text)) and not clause_only:  # a whole sentence was read whole
        found = _nearest_status(text, fig.start, 0, len(text), cues, skip, fig.end, others + _with_phrases(text, clause))
    if found is None and skip != NO_SPAN:
        found = _nearest_status(text, fig.start, *clause, cues, own_end=fig.end)
    if found is not None and found.endswith("total"):
        found = _status_past_total_frame(text, fig, clause, cues, skip) or found
    found = found or ("expected" if projected else "")
    if found.removeprefix("expected ") not in CASUALTY_STATUSES:
        # "2,000 soldiers deployed to help Russia are believed to have been killed": the
        # clause's predicate, not the participle nearer the figure, says what happened
        end = _predicate_end(text, clause[1])
        m = _FOLDED_CASUALTY_PREDICATE.search(fold_like_ignorecase(text), fig.end, end if stop < fig.end else min(stop, end))
        if m and people and not _figure_object_after().match(text, m.end("cue")) and not _said_of_a_place(text, m.start("cue")) \
                and not _RELATIVE_WITH_SUBJECT.search(text, fig.end, m.start()):
            # (a predicate with a figure as its object, "believed to have killed thousands", is that figure's)
            # "have become casualties", "have been taken out of action": the cue's status
            cue = " ".join(m.group("cue").lower().split())
            cue = _status_cues(True, False).get(cue, cue)
            return cue if not projected else f"expected {cue}"
    return found


#: A relative clause of another noun with a subject of its own, before a casualty predicate
#: ("arrested 46 villagers after the riot in which a guard was killed"): what befell that subject,
#: not the people counted ("they", "those" point back to them: "in the town where they were killed").
_RELATIVE_WITH_SUBJECT = re.compile(
    r"\b(?:(?:in|at|on|during|after|from|by|under|with)\s+(?:which|whom)|where|whose)\s+"
    r"(?!(?:they|those|these|all|most|many|some|had|have|has|were|was|is|are|been)\b)[\w-]+[^,;:.!?]*$", re.I)


#: An active casualty verb after the people counted ("-ing" or "-ed" with no auxiliary before
#: it), then its object: a determiner or none, up to one word, then a word; group 1 that word.
_ACTIVE_VERB_OBJECT = re.compile(
    r"\s+(?:(?:the|a|an|its|their|his|her|several|many|some|other|local)\s+)?(?:[a-z-]+\s+)?([a-z][a-z-]+)\b")
#: What opens a participle clause or a second predicate right before a verb (", killing", "and wounding").
_CLAUSE_VERB_OPENER = re.compile(r"(?:,|\band)\s+$")


def _people_object_after(text: str, start: int, end: int) -> bool:
    """Whether the status cue at ``start``-``end`` after a figure is an active verb that a comma or
    "and" opens (a participle clause or a second predicate) and whose object
    is people other than the figure's ("others", "civilians", "Iraqis"): the verb says what befell
    its object, the people counted before it being its agents ("dozens of gunmen stormed the post,
    killing 31 soldiers and wounding others": no status of the gunmen; docs/claims.md: the
    figure's own clause).

    >>> s = "40 gunmen stormed the post, wounding others"
    >>> _people_object_after(s, s.index("wounding"), s.index("wounding") + 8)
    True
    >>> s = "40 soldiers were wounded, and six injured officers were flown out"
    >>> _people_object_after(s, s.index("injured"), s.index("injured") + 7)
    False
    """
    if not text[start:end].endswith(("ing", "ed")) or " " in text[start:end]:
        return False
    if not _CLAUSE_VERB_OPENER.search(text, max(0, start - 8), start):
        return False  # "six injured officers": an adjective of the figure's noun, no verb
    for m in (_ACTIVE_VERB_OBJECT.match(text, end), re.compile(r"\s+([a-z][a-z-]+)\b").match(text, end)):
        if m is None:
            continue
        found = lookup_unit(m.group(1).lower())
        if m.group(1) == "others" or (found is not None and counts_people(Noun(found[0], found[1], 0, 1))):
            return True
    return False


#: A phrase after a comma that opens with "with" and names no figure by digits ("..., with
#: heavy casualties reported"): it tells of the event, not what befell the people counted.
_WITH_PHRASE = re.compile(r",\s+with\s+[^,;:.!?\d]*", re.I)


def _with_phrases(text: str, clause: tuple[int, int]) -> tuple[tuple[int, int], ...]:
    """The spans of ``_WITH_PHRASE`` outside the figure's clause: a cue there is no status to
    read the whole sentence for ("sent 9,000 soldiers to the front, with heavy casualties
    reported": deployed, not casualties).

    >>> [(c["category"], c["status"]) for c in _claims("Velm sent 9,000 soldiers to the front, with heavy casualties reported.")]
    [('troops', 'deployed')]
    """
    if ", with" not in text:
        return ()
    return tuple((m.start(), m.end()) for m in _WITH_PHRASE.finditer(text) if m.start() >= clause[1] or m.end() <= clause[0])


def _released_not_hurt(text: str, fig: Figure, clause: tuple[int, int], cues: dict[str, str], noun: Noun) -> str | None:
    """A release in the clause of people a noun names as harmed ("victims") says what befell
    them: let go from captivity, not casualties (docs/claims.md: released people are other).

    >>> [(c["category"], c["status"]) for c in _claims("Police said on Friday that 60 victims had been set free.")]
    [('other', 'released')]
    """
    found = _nearest_status(text, fig.start, *clause, cues, (noun.start, noun.end), fig.end)
    return found if found in RELEASED_STATUSES else None


#: After a figure's clause: an aside between dashes, if any, then the dash that closes it and
#: an auxiliary that opens the predicate ("nine people – eight men and a woman – were found").
_DASHED_PREDICATE = re.compile(
    r"\s*(?:[—–]\s*|\s--?\s+)(?:[^—–;:.!?]{1,120}?(?:\s*[—–]\s*|\s--?\s+))?(?=(?:were|was|are|is|have|has|had)\b)", re.I)


def _status_past_dashes(text: str, fig: Figure, clause: tuple[int, int], cues: dict[str, str],
                        skip: tuple[int, int]) -> str | None:
    """The status of a figure whose clause ends at a dash that the predicate follows, past an
    aside between dashes that splits the figure ("nine people - seven men and two boys - had
    died": the nine, the seven and the two alike), read before the rest of the sentence (a
    release in another clause is not theirs).

    >>> [(c["figure"], c["status"]) for c in _claims("Police said 60 victims were set free and that "
    ...     "nine people – seven men and two boys – had died.")]
    [('60', 'released'), ('nine', 'killed'), ('seven', 'killed'), ('two', 'killed')]
    """
    if clause[1] >= len(text) or text[clause[1]] not in " —–":
        return None
    m = _DASHED_PREDICATE.match(text, clause[1])
    if m is None:
        return None
    after = _CLAUSE_BREAK.search(text, m.end())
    # the predicate past the closing dash, not a relative clause inside the aside ("40 women –
    # wives of soldiers who are missing – have gathered": not missing)
    return _nearest_status(text, fig.start, m.end(), after.start() if after else len(text), cues, skip, fig.end)


#: The statuses a predicate past an aside between commas gives the figure before the aside
#: (``_status_past_comma_aside``): what befell people, not what they did.
_ASIDE_PREDICATE_STATUSES = CASUALTY_STATUSES | RELEASED_STATUSES | {"rescued", "escaped", "found", "survived"}


@cache
def _comma_aside() -> re.Pattern[str]:
    """An aside between commas right after a figure's noun phrase, up to the predicate it
    shares: items that open with a count or "including" ("3 soldiers, including one officer,
    were killed"; "three hostages, two sailors and a trader, were freed"; "two soldiers, a
    patrolman and one guide remain missing"; "3 militants, 1 soldier killed"), then the
    auxiliaries before the predicate's cue. An item that opens a part "of whom" or "of which"
    is a clause of its own ("300 protesters, 12 of whom were killed": the 12's).

    >>> bool(_comma_aside().fullmatch(", including one officer, were "))
    True
    >>> bool(_comma_aside().fullmatch(", 12 of whom were ")), bool(_comma_aside().fullmatch(", including 53 "))
    (False, False)
    """
    count = r"(?:\d[\d,.]*|a|an|" + lexicons.alternation(sorted(_small_number_words()), fold_case=True) + ")"
    item = (rf"(?:including|among\s+them|mostly|mainly|{count}\s)(?![^,;:]*?\bof\s+(?:whom|which)\b)"
            r"[^,;:—–()\"“”]{1,80}?")
    aux = r"(?:(?:were|are|was|is|have|has|had|been|being|remain|remains|remained|still|all|later|also|now)\s+)*"
    # the last item runs into the predicate with no comma only as a count and its noun ("a patrolman
    # and one guide remain", "1 soldier killed"), never as a cue of its own ("including 53 wounded, had left")
    last = rf"{count}\s(?![^,;:]*?\bof\s+(?:whom|which)\b)[^,;:—–()\"“”]{{0,80}}?[^\W\d]{{3,}}\s+"
    return re.compile(rf",\s+(?:(?:{item},\s+){{1,4}}|(?:{item},\s+){{0,3}}{last}){aux}", re.I)


def _status_past_comma_aside(text: str, fig: Figure, clause: tuple[int, int], cues: dict[str, str]
                             ) -> tuple[str, int] | None:
    """The status and the cue's start of a figure whose clause ends at a comma that opens an
    aside of counted items or of "including" the predicate follows (``_comma_aside``), as an
    aside between dashes does (``_status_past_dashes``): the predicate past the aside is the
    figure's subject's, read before the rest of the sentence (a cue another figure's clause
    holds is not theirs). Only what befell people is read so (``_ASIDE_PREDICATE_STATUSES``).

    >>> [(c["figure"], c["status"]) for c in _claims("The army said 3 soldiers, including one officer, were killed "
    ...     "in the clashes but later it revised the figure to 20.")]
    [('3', 'killed'), ('one', 'killed'), ('20', 'killed')]
    >>> [(c["figure"], c["category"], c["status"]) for c in _claims("In May, three hostages, two sailors and a trader, "
    ...     "were freed.")]
    [('three', 'other', 'released'), ('two', 'other', 'released')]
    """
    end = clause[1]
    if end >= len(text) or text[end] != "," or len(text[fig.end:end].split()) > 8:
        return None
    for start, _stop, cue in _status_cues_in(text[:min(len(text), end + 200)]):
        if start <= end:
            continue
        status = cues.get(cue)
        if status is None or status.removeprefix("expected ") not in _ASIDE_PREDICATE_STATUSES:
            return None  # the first cue past the clause decides
        if _comma_aside().fullmatch(text, end, start):
            return status, start
        # the aside's own last item, the predicate right after its comma ("two sailors and a trader, were")
        opened = text[:clause[0]].rstrip().endswith(",")
        return (status, start) if opened and _BARE_PREDICATE.fullmatch(text, end, start) else None
    return None


#: The comma that closes an aside and the auxiliaries of the predicate after it (", were ").
_BARE_PREDICATE = re.compile(r",\s+(?:(?:were|are|was|is|have|has|had|been|being|remain|remains|remained|still|all|later|also|now)\s+)+", re.I)


#: "a total of" right before a figure, "in total" after it: how the amount is framed, not
#: what happened to it.
_TOTAL_FRAME = re.compile(r"\b(?:(?:a|the)\s+total\s+of|the\s+total\s+to)\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|at\s+least)\s+)?$", re.I)
_IN_TOTAL = re.compile(r"\bin\s+total\b", re.I)


def _status_past_total_frame(text: str, fig: Figure, clause: tuple[int, int], cues: dict[str, str],
                             noun: tuple[int, int] = NO_SPAN) -> str | None:
    """"the enemy has lost a total of 212,300 men", "has lost about 4,000 men in total": when
    the status "total" comes from a frame of the amount, a casualty cue of the clause says
    what happened.

    >>> [(c["status"], c["category"]) for c in _claims("The army has lost a total of 9,000 soldiers since May.")]
    [('lost', 'casualties')]
    >>> [(c["status"], c["category"]) for c in _claims("The army has lost about 9,000 men in total.")]
    [('lost', 'casualties')]
    >>> [c["status"] for c in _claims("A total of 248 aid trucks have entered the city.")]
    ['total']

    A release is such a status too ("brings the total to 18 hostages freed": let go, no casualties):

    >>> [(c["status"], c["category"]) for c in _claims("Their release brings the total to 18 hostages freed since May.")]
    [('released', 'other')]

    The counted noun after the figure (``noun``), read as a cue of its own ("prisoners":
    captured), gives way to a cue of its clause ("a total of 183 prisoners are set to be
    released": let go):

    >>> [(c["status"], c["category"]) for c in _claims("A total of 183 prisoners are set to be released.")]
    [('to be released', 'other')]
    >>> [(c["status"], c["category"]) for c in _claims("A total of 183 prisoners remain in Osk jails.")]
    [('captured', 'casualties')]
    """
    m = _TOTAL_FRAME.search(text, max(0, clause[0], fig.start - 40), fig.start) or _IN_TOTAL.search(text, fig.end, clause[1])
    if m is None:
        return None
    found = None
    if noun != NO_SPAN:
        found = _nearest_status(text, fig.start, *clause, cues, (m.start(), m.end()), fig.end, others=(noun,))
        if found is not None and not (found.removeprefix("expected ") in CASUALTY_STATUSES or found in RELEASED_STATUSES):
            found = None  # "a total of 183 prisoners were sent to Gaza": the noun's own reading stands
    found = found or _nearest_status(text, fig.start, *clause, cues, (m.start(), m.end()), fig.end)
    if found is None:  # "31 people in total – 24 men and seven women – died": the predicate past the dashes
        found = _status_past_dashes(text, fig, clause, cues, (m.start(), m.end()))
    return found if found is not None and (found.removeprefix("expected ") in CASUALTY_STATUSES
                                           or found in RELEASED_STATUSES) else None


#: The statuses a counted noun may give its own figure ("42,000 injured", "300 dead").
_HIT_STATUSES = frozenset({"killed", "wounded", "killed or wounded", "casualties"})


def _status_of_noun(text: str, fig: Figure, noun: Noun | None, cues: dict[str, str]) -> str | None:
    """The status a counted noun written after its figure gives it when the noun is itself a
    casualty word ("42,000 injured": wounded, whatever "death toll" the clause also holds).

    >>> from claimtable.numbers import find_figures
    >>> t = "The death toll rose to 900, with 4,000 injured"
    >>> _status_of_noun(t, find_figures(t)[1], Noun("injured", "casualties", 39, 46), _status_cues(True, False))
    'wounded'
    >>> t = "Today, 3,800 killed or wounded"
    >>> _status_of_noun(t, find_figures(t)[0], Noun("killed", "casualties", 13, 19), _status_cues(True, False))
    'killed or wounded'
    >>> t = "600 people were killed and 600 people wounded"
    >>> _status_of_noun(t, find_figures(t)[1], Noun("person", "other", 31, 37), _status_cues(True, False))
    'wounded'
    """
    if noun is None:
        return None
    if noun.end <= fig.start:
        return _noun_cue_before_noun(text, noun)
    if noun.start < fig.end:
        return None
    if noun.start > fig.end + 2:
        # "1,212 fallen soldiers": a word that is a status only before the noun it describes
        m = _noun_cue_between().search(text, fig.end, noun.start)
        if m is not None:
            return _adjective_statuses()[" ".join(m.group(1).lower().split())]
    # the longest cue the noun opens: "3,800 killed or wounded" is not "killed" alone
    whole = _status_cue_at(text, noun.start) if text[noun.end:noun.end + 1] == " " else None
    found = cues.get(" ".join((whole.group(0) if whole else text[noun.start:noun.end]).lower().split()))
    if found not in _HIT_STATUSES and whole is not None:
        found = cues.get(" ".join(text[noun.start:noun.end].lower().split()))
    if found in _HIT_STATUSES:
        return found
    # "1,000 people were killed and 1,000 people wounded": the casualty word right after the
    # noun, not the one before the figure
    m = _STATUS_WORDS.match(text, noun.end, min(len(text), noun.end + 40))
    cue = _status_cue_at(text, m.start(1)) if m else None  # the longest cue there
    if cue is not None and _figure_object_after().match(text, cue.end()):
        return None  # "90 soldiers, killing at least 40": the cue's object is the 40
    found = cues.get(" ".join(cue.group(0).lower().split())) if cue else None
    return found if found is not None and found.removeprefix("expected ") in CASUALTY_STATUSES else None


def _noun_cue_before_noun(text: str, noun: Noun) -> str | None:
    """The status a word of ``_adjective_statuses`` gives a figure after its noun when it
    describes that noun, right before it or past names ("raised the number of identified fallen
    soldiers to 2,800": killed, not the "total" of the frame).

    >>> [(c["status"], c["category"]) for c in _claims("The search raised the number of fallen Osk soldiers to 2,800.")]
    [('killed', 'casualties')]
    >>> [(c["status"], c["category"]) for c in _claims("Troop numbers have fallen, with soldiers now at 9,000.")]
    [('', 'troops')]
    """
    before = text[max(0, noun.start - 60):noun.start].lower()
    if not any(cue in before for cue in _adjective_statuses()):
        return None  # the cheap test first: no such cue in the words before the noun
    m = _noun_cue_ending().search(text, max(0, noun.start - 60), noun.start)
    return _adjective_statuses()[" ".join(m.group(1).lower().split())] if m else None


@cache
def _noun_cue_ending() -> re.Pattern[str]:
    """A cue of ``_adjective_statuses`` as the last words before a noun, past up to two names
    ("fallen Osk soldiers")."""
    cues = lexicons.alternation(sorted(_adjective_statuses()), fold_case=True)
    return re.compile(rf"(?<![\w-])({cues})\s+(?:[A-Z][\w'’-]*\s+){{0,2}}$", re.I)


@cache
def _adjective_statuses() -> dict[str, str]:
    """The cues of ``statuses.csv`` that apply only as a word between a figure and the people
    it counts (``applies`` ``noun``: "1,212 fallen soldiers"; "numbers have fallen" is none),
    and their reported status."""
    return {r["cue"]: r["status"] for r in lexicons.read_lexicon("statuses") if r["applies"] == "noun"}


@cache
def _noun_cue_between() -> re.Pattern[str]:
    """Such a cue as a word of its own between a figure and its noun, past other words
    ("900 fallen Osk soldiers").

    >>> [(c["status"], c["category"]) for c in _claims("Kessary received the bodies of 900 fallen soldiers.")]
    [('killed', 'casualties')]
    >>> [(c["status"], c["category"]) for c in _claims("Troop numbers have fallen to 9,000 soldiers.")]
    [('', 'troops')]
    """
    cues = lexicons.alternation(sorted(_adjective_statuses()), fold_case=True)
    return re.compile(rf"\s({cues})\s", re.I)


#: An aside between a figure's noun phrase and its predicate: ", who had been sent in May,",
#: ", out of a total of 12,000,".
_ASIDE = re.compile(r",\s*(?:who|which|out\s+of|of\s+whom|of\s+which)\b(?:[^,;]|,(?=\d))*,", re.I)


def _predicate_end(text: str, clause_end: int) -> int:
    """Where a figure's predicate may end: its clause's end, or past an aside that follows it
    to the end of the clause after it ("At least 200 soldiers, who had been sent in May, were
    killed": the soldiers were killed, not sent).

    >>> s = "At least 200 soldiers, who had been sent in May, were killed, it said."
    >>> s[:_predicate_end(s, s.index(","))]
    'At least 200 soldiers, who had been sent in May, were killed'
    """
    aside = _ASIDE.match(text, clause_end)
    if aside is None:
        return clause_end
    after = _CLAUSE_BREAK.search(text, aside.end())
    return after.start() if after else len(text)


#: A casualty verb as the predicate of its clause: after an auxiliary ("have been killed",
#: "were wounded", "to have died").
_CASUALTY_PREDICATE = re.compile(
    r"\b(?:have|has|had|were|was|are|is|be|been)\s+(?:\w+\s+){0,2}?(?P<cue>killed|wounded|injured|"
    r"captured|died|casualties|out\s+of\s+action)\b", re.I)
#: ``_CASUALTY_PREDICATE`` without ``re.I``, for a text folded by ``fold_like_ignorecase`` (its
#: cue read in lower case either way).
_FOLDED_CASUALTY_PREDICATE = re.compile(_CASUALTY_PREDICATE.pattern)


@cache
def _figure_word() -> re.Pattern[str]:
    """A number word or the start of a vague quantity: what a sentence without a digit needs
    before the figure analysis runs (built from the number-word and vague lexicons, so a new
    "scores of" is never gated out). Compiled for a folded text, the start of a word before it
    left to ``lexicons.found_at_word_start``."""
    words = [r["word"] for r in lexicons.read_lexicon("number_words") if r["abbreviation"] != "yes"]
    words += lexicons.column("vague", "phrase")
    words += ["half", "third", "quarter", "thirds", "quarters"]  # shares: "half of the troops"
    return re.compile(lexicons.alternation(words, fold_case=True))


_DIGIT = re.compile(r"\d")


def _has_figure_words(text: str) -> bool:
    """Whether a sentence has a digit (the cheap test first) or a number or vague word.

    >>> _has_figure_words("It took 3 days."), _has_figure_words("Dozens left."), _has_figure_words("Nobody left.")
    (True, True, False)
    """
    return _DIGIT.search(text) is not None or lexicons.found_at_word_start(_figure_word(), fold_like_ignorecase(text))


@dataclass
class ArticleState:
    """What extraction remembers across the sentences of one article.

    >>> ArticleState().previous is None
    True
    """

    attribution: ArticleAttribution = field(default_factory=ArticleAttribution)
    countries: set[str] = field(default_factory=set)  #: countries of the places named so far
    previous: Noun | None = None  #: what the last claim counted, for "1,000 more"
    previous_at: int = -1  #: the sentence number of that claim
    #: the sentence number and whole of the last claim when it was a share ("22% of the dead"), for "and 8%"
    last_share: tuple[int, Noun] | None = None
    earlier: list[str] = field(default_factory=list)  #: the sentences so far, for "the number"
    mentions: list[Mention] = field(default_factory=list)  #: the claimant mentions of the last sentence
    in_quote: bool = False  #: a quotation opened and not closed yet
    #: the sentence number, category and status of the last claim, for "bringing the total to"
    last_kept: tuple[int, str, str] | None = None
    #: the sentence number and status of the last casualty claim, for "That number includes ..."
    last_casualty: tuple[int, str] | None = None
    #: the paragraph and sentence numbers of the last body figure of each value (low, high, percent)
    values: dict[tuple, tuple[int, int]] = field(default_factory=dict)
    #: sentences without figure words whose mentions nobody has needed yet (``_sentence_context``)
    unobserved: list[Sentence] = field(default_factory=list)
    #: where the article names each kind of a unit counted in two categories (``_kinds_named``)
    kinds_named: dict[str, list[tuple[int, str]]] = field(default_factory=dict)


@dataclass
class SentenceContext:
    """One sentence as the figure rules see it: its clauses, masked spans, claimant mentions
    and figures (offsets are the sentence's).

    >>> from claimtable.load import load_text
    >>> ctx = _sentence_context(load_text("d", "NIS said 1,500 troops came.").sentences[0], ArticleState())
    >>> [f.text for f in ctx.figures], [m.claimant for m in ctx.mentions]
    (['1,500'], ['South Korea NIS'])
    """

    sentence: Sentence
    text: str  #: the sentence's text
    mentions: list[Mention]
    spans: list[tuple[int, int]] = field(default_factory=list)
    masks: list[tuple[int, int, str]] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    #: the clauses of figures compared with one just given ("10,000, up from 3,000")
    compared_clauses: list[tuple[int, int]] = field(default_factory=list)
    located: list[Place] | None = None  #: the places named, found once for a sentence with a claim
    attributed: list[Attribution] = field(default_factory=list)
    blanked: str | None = None  #: ``_names_blanked``, worked out once for a sentence with a claim
    dropped: set[int] = field(default_factory=set)  #: the starts of the figures no claim so far
    #: the starts of the figures that count a noun never counted ("248 attacks"), for "200 more"
    uncounted: set[int] = field(default_factory=set)
    #: the rules the sentence lacks the strings of (``RULE_NEEDS``), found for its first figure
    unneeded: frozenset[Rule] | None = None
    #: what each claim kept so far counts, by its figure's start, for a list's later items
    counted: dict[int, Noun] = field(default_factory=dict)


@dataclass
class FigureCandidate:
    """A figure on its way to becoming a claim: what the rules decided so far.

    >>> from claimtable.load import load_text
    >>> [(c.noun.unit, c.fired[:1]) for _, c in figure_candidates(load_text("d", "500 troops left."))]
    [('troop', ['noun_written_after'])]
    """

    figure: Figure
    clause: tuple[int, int]
    compared: bool  #: compared with a figure just given ("up from 3,000")
    modal_span: tuple[int, int]  #: where modality cues are looked for
    lookup: NounLookup = NOTHING  #: what the words next to the figure say it counts
    noun_follows: bool = False  #: the noun is written after the figure
    status_hint: str | None = None  #: a casualty status right after a bare figure
    own_verb: bool = False  #: a bare figure a verb of its own follows ("76 escaped"): its clause's status only
    noun_carried: bool = False  #: the counted noun is one an earlier sentence named
    hedge: str = ""
    projected: bool = False
    category: str = ""
    status: str = ""
    who: Attribution | None = None
    place: str = ""
    time_ref: str = ""
    per: str = ""  #: the period of a rate ("92 men a day": day)
    population: bool = False  #: the size of a place's population ("a city of 900,000 people"): background
    dropped: bool = False  #: not a claim: the rules stop here
    fired: list[str] = field(default_factory=list)  #: names of the rules that fired, in order

    @property
    def noun(self) -> Noun | None:
        """The counted noun found so far."""
        return self.lookup.noun


#: A rule reads and updates a candidate; it returns whether it fired (did something).
Rule = Callable[[FigureCandidate, SentenceContext, ArticleState], bool]


def inside_claimant_name(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """A figure inside a claimant's name is no claim ("two people familiar with the matter").

    >>> [c["figure"] for c in _claims("Two people familiar with the matter said 500 troops left.")]
    ['500']
    """
    c.dropped = any(m.start <= c.figure.start < m.end for m in ctx.mentions)
    return c.dropped


#: A word that opens the source of a claim right before a figure: "citing ", "according to ".
_SOURCE_OPENER_BEFORE = re.compile(r"\b(?:citing|quoting|according\s+to|by)\s+$", re.I)
#: Up to three words and "and" between a figure and the next one: " Velmari and ".
_AND_GAP = re.compile(r"(?:\s+[\w.'’-]+){0,3}\s+and\s+")


def counted_beside_a_source(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """A figure that opens a source and is joined by "and" to a claimant's name that starts
    with a count of its own ("citing one Velmari and two Osk officials") counts the people who
    speak, as the name does, and is no claim.

    >>> [c["figure"] for c in _claims("The Tarn Gazette said 300 scouts left, citing one Velmari and two Osk officials.")]
    ['300']
    """
    if " and " not in ctx.text or not ctx.mentions:
        return False  # the cheap test first
    start = c.figure.start if c.figure.hedge_start is None else c.figure.hedge_start
    if _SOURCE_OPENER_BEFORE.search(ctx.text, max(0, start - 14), start) is None:
        return False
    gap = _AND_GAP.match(ctx.text, c.figure.end)
    if gap is None:
        return False
    at = gap.end()
    if not any(f.start == at for f in ctx.figures):
        return False
    # the name starts at the second count, or takes in the words before it ("Velmari and two Osk officials")
    named = (c.figure.end < m.start <= at and m.end > at and not ctx.text[c.figure.end:m.start].strip()
             for m in ctx.mentions)
    if not any(m.start == at for m in ctx.mentions) and not any(named):
        return False
    c.dropped = True
    return True


@cache
def _and_a_speaker() -> re.Pattern[str]:
    """The plural a count counts (up to three words, no stop), "and", up to four words and a
    reporting verb (role ``speech``): the source the people counted are the subject of the verb
    with (" residents and a police source said", " local officials and a vigilante leader said")."""
    verbs = lexicons.alternation(lexicons.words_with("speech_verbs", "verb", "roles", "speech"))
    return re.compile(rf"(?:\s+[\w'’-]+){{0,2}}\s+[\w'’-]*(?:s|people|men)\s+and\s+(?:[\w'’-]+\s+){{0,3}}?[\w'’-]+\s+(?:{verbs})\b(?!\s+(?:by|to\s+(?:be|have)\b))")


def counted_beside_a_speaker(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """A count of people that opens its clause and is joined by "and" to a source, the
    subject of a reporting verb with them ("..., two residents and a police source said"),
    counts people who speak, as "two residents said" does (``inside_claimant_name``), and is
    no claim.

    >>> [c["figure"] for c in _claims("Gunmen took 30 herders north, two residents and a police source said.")]
    ['30']
    >>> [c["figure"] for c in _claims("Gunmen killed two residents and a police source said 30 herders were taken.")]
    ['two', '30']
    """
    if " and " not in ctx.text:
        return False  # the cheap test first
    start = c.figure.start if c.figure.hedge_start is None else c.figure.hedge_start
    before = ctx.text[:start].rstrip()
    if before and not before.endswith(","):
        return False  # the figure opens no clause
    if _and_a_speaker().match(ctx.text, c.figure.end) is None:
        return False
    c.dropped = True
    return True


#: "one of" (and "the") right before a figure: the size of a set the subject is one of.
_ONE_OF_BEFORE = re.compile(r"\b[Oo]ne\s+of\s+(?:the\s+)?$")
#: A relative clause of people opening right after their noun: " who surrendered".
_WHO_AFTER = re.compile(r"\s+who\s")
#: A reduced relative clause of people right after their noun, past an aside between commas:
#: the participle of what befell them (" killed in", ", including a boy of 13, killed in",
#: " said to have been killed", " to have been killed"), its word read as a status cue.
_SET_PARTICIPLE_AFTER = re.compile(r"(?:,\s+including\s[^,.;]{1,60},)?\s+(?:(?:said|believed|thought|reported|known)\s+)?"
                                   r"(?:to\s+have\s+been\s+)?([a-z]+)\b")


def one_of_a_set(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """A figure after "one of" says how large a set its subject belongs to, and claims no
    count ("the front, one of three members of the alliance").

    >>> [c["figure"] for c in _claims("The front, one of three members of the alliance, said 40 fighters died.")]
    ['40']

    Unless the set is people that a relative clause says what they did or what befell them:
    the set is then the claim ("the major was one of some 60 soldiers who deserted"), as it is
    when a participle says what befell them, a status cue of ``statuses.csv`` ("one of at least
    40 people said to have been killed", "one of nine guards, including a cadet, wounded in").

    >>> [(c["figure"], c["unit"]) for c in _claims("The major was one of some 60 soldiers who deserted.")]
    [('60', 'soldier')]
    >>> [(c["figure"], c["status"]) for c in _claims("The boy was one of at least 40 people said to have been killed.")]
    [('40', 'killed')]
    """
    if "ne of" not in ctx.text:
        return False  # the cheap test first
    start = c.figure.start if c.figure.hedge_start is None else c.figure.hedge_start
    if _ONE_OF_BEFORE.search(ctx.text, max(0, start - 16), start) is None:
        return False
    noun = noun_after(ctx.text, c.figure.end, ctx.masks).noun
    if counts_people(noun) and (_WHO_AFTER.match(ctx.text, noun.end) or _befalls_the_set(ctx.text, noun.end)):
        return False
    c.dropped = True
    return True


def _befalls_the_set(text: str, end: int) -> bool:
    """Whether a participle right after the people of a set says what befell them
    (``_SET_PARTICIPLE_AFTER``; a status cue of ``statuses.csv`` for people)."""
    m = _SET_PARTICIPLE_AFTER.match(text, end)
    return m is not None and m.group(1) in _status_cues(True, False)


#: "the" right before a figure: "the two neighbours".
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
#: "of" right after a noun: what it counts follows ("the two groups of hostages").
_OF_AFTER = re.compile(r"\s+of\b", re.I)
#: A verb that parts a whole, then "into": "split into ", "divided into ", "broke up into ".
_PARTED_INTO_BEFORE = re.compile(r"\b(?:split|splits|splitting|divided|divides|dividing|broke|breaks|breaking|broken)"
                                 r"\s+(?:up\s+)?into\s+$", re.I)
#: The small counts in words that "the" makes parties named before: "the two", "the three".
_SMALL_PARTY_COUNTS = frozenset({"two", "three", "four"})


@cache
def _parties_after() -> re.Pattern[str]:
    """A noun of ``parties.csv`` right after a figure, past up to two words that describe it
    (a capitalised one too): " neighbours", " regional rivals", " Middle Eastern rivals".

    >>> bool(_parties_after().match(" regional rivals")), bool(_parties_after().match(" rival gangs"))
    (True, False)
    >>> bool(_parties_after().match(" Middle Eastern rivals")), bool(_parties_after().match(" men and their allies"))
    (True, False)
    """
    words = lexicons.alternation(sorted(lexicons.word_set("parties", "word")), fold_case=True)
    return re.compile(rf"\s+(?:(?!(?:and|or|of|with)\b)[A-Za-z][\w-]*\s+){{0,2}}(?:{words})\b", re.I)


def parties_of_a_relation(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """A small count in words after "the" before a noun that names the parties to a relation
    (``parties.csv``: "the two neighbours", "the two Koreas", "the two regional rivals") points
    to states or camps the article names, and counts nothing.

    >>> [c["figure"] for c in _claims("Velm and Osk, where the two neighbours traded fire, said 40 soldiers died.")]
    ['40']

    So does one after a verb that parts a whole "into" it (``_PARTED_INTO_BEFORE``): the
    raiders "split into two groups" are the raiders, in parts.

    >>> [c["figure"] for c in _claims("The 30 raiders split into two groups and fled, police said.")]
    ['30']
    """
    if c.figure.hedge_start is not None or c.figure.text.lower() not in _SMALL_PARTY_COUNTS:
        return False  # the cheap test first
    if not (_THE_BEFORE.search(ctx.text, max(0, c.figure.start - 5), c.figure.start)
            or _PARTED_INTO_BEFORE.search(ctx.text, max(0, c.figure.start - 30), c.figure.start)):
        return False
    m = _parties_after().match(ctx.text, c.figure.end)
    if m is None or _OF_AFTER.match(ctx.text, m.end()):
        return False  # "the two groups of hostages": groups it counts
    c.dropped = True
    return True


#: "the other", "the others" or "another" after a figure "one": the second half of a pair or a set.
_THE_OTHER_AFTER = re.compile(r"\b(?:the\s+other|the\s+others|the\s+second|another)\b", re.I)


def one_and_the_other(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """A "one" set against "the other" later in its sentence picks out one of a pair or a set
    named before ("one guard stood while the other sat"), and counts nothing;
    one of a count split with "the other two" is a part of it.

    >>> [c["figure"] for c in _claims("Two sappers were hurt; one sapper limped while the other rested.")]
    ['Two']

    So does a "one" set against "another" ("one drone fell on a school and another on a
    farm"); "another" with a figure after it ("one sapper died and another four are missing")
    is a count of its own, and the "one" with it.

    >>> [c["figure"] for c in _claims("Two drones got through: one fell on a barn and another on a road.")]
    ['Two']
    """
    if c.figure.high != 1 or c.figure.text.lower() != "one" or c.figure.hedge_start is not None:
        return False
    m = _THE_OTHER_AFTER.search(ctx.text, c.figure.end)
    if m is None or any(m.end() < f.start <= m.end() + 2 for f in ctx.figures):
        return False  # "one drone got through and the other two fell": parts of a count
    c.dropped = True
    return True


#: After "the one": a relative pronoun or a preposition of a source, time or place ("the one
#: that", "the one from Tarn", "the one of last week"), not a noun the "one" counts.
_POINTING_WORD_AFTER = re.compile(r"\s+(?:that|which|from|by|of|in|on|at|before|after)\b", re.I)
#: After "the one": a past participle in "-ed" or "-en" ("given", "reported"), then a preposition,
#: an adverb of time or a stop ("the one given by", "the one reported earlier"): not a noun in
#: "-en" that the "one" counts ("the one citizen who ...").
_PARTICIPLE_THEN = re.compile(r"\s+([a-z]+)(?=\s+(?:by|in|on|at|for|to|from|earlier|last|yesterday)\b|\s*[,.;)])")


def the_one_points_back(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """A "the one" followed by a past participle, a relative pronoun or a preposition stands for
    a thing named before ("a lower figure than the one given by the agency", "the toll, up from
    the one reported on Monday"), as "the other" does, and counts nothing; "the one sapper who
    survived" counts one.

    >>> [c["figure"] for c in _claims("Medics counted 40 dead, a lower figure than the one given by the ministry.")]
    ['40']
    >>> [c["figure"] for c in _claims("Only the one sapper who stayed behind was hurt.")]
    ['one']
    """
    if c.figure.high != 1 or c.figure.text.lower() != "one" or c.figure.hedge_start is not None:
        return False
    if ctx.text[max(0, c.figure.start - 4):c.figure.start].lower() != "the ":
        return False
    m = _PARTICIPLE_THEN.match(ctx.text, c.figure.end)
    participle = m is not None and (m.group(1).endswith(("ed", "en")) or m.group(1) in _irregular_participles())
    if not (participle or _POINTING_WORD_AFTER.match(ctx.text, c.figure.end)):
        return False
    c.dropped = True
    return True


def one_enumerates(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """A "one" right after a colon and before a comma numbers the first point of a list
    ("the deployment represents: one, a grave escalation"), and counts nothing.

    >>> [c["figure"] for c in _claims("Sending 900 troops represents: one, a grave escalation of the war.")]
    ['900']
    >>> [c["figure"] for c in _claims("Killed so far: one soldier, two civilians.")]
    ['one', 'two']
    """
    if c.figure.high != 1 or c.figure.text.lower() != "one" or c.figure.hedge_start is not None:
        return False
    text = ctx.text
    if text[c.figure.end:c.figure.end + 1] != "," or not text[max(0, c.figure.start - 3):c.figure.start].rstrip().endswith(":"):
        return False
    c.dropped = True
    return True


@cache
def _speech_verb_after() -> re.Pattern[str]:
    """A reporting verb (role ``speech`` of ``speech_verbs.csv``) right after a noun: " admitted"."""
    verbs = lexicons.words_with("speech_verbs", "verb", "roles", "speech")
    return re.compile(rf"\s+(?:{lexicons.alternation(verbs)})\b(?!\s+(?:by|to\s+(?:be|have)\b))")


def one_person_speaks(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """A "one" before a person who is the subject of a reporting verb ("One soldier admitted
    that he had been told ...") picks out a speaker, and counts nothing, as "one" set against
    "the other" does.

    >>> [c["figure"] for c in _claims("Two guards were held. One guard admitted that 30 rifles were stolen.")]
    ['Two', '30']

    So does a bare "one" that a reporting verb follows at once, one of a group named before
    ("two guards were held; on the tape, one said that he was cold").

    >>> [c["figure"] for c in _claims("Two guards were held, and on the tape, one said he was cold.")]
    ['Two']
    """
    if c.figure.high != 1 or c.figure.text.lower() != "one" or c.figure.hedge_start is not None:
        return False
    noun = one_noun_after(ctx.text, c.figure.end, ctx.masks)
    if noun is None:  # a bare "one" that speaks: "..., one said he ..."
        if _speech_verb_after().match(ctx.text, c.figure.end) is None:
            return False
    elif not counts_people(noun) or _speech_verb_after().match(ctx.text, noun.end) is None:
        return False
    c.dropped = True
    return True


@cache
def _described_speaker() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A reporting verb (role ``speech``) that comes after a person's noun past what describes
    the person (a capitalised place or body after "of", "from" or "in", with the noun it names,
    " in the Varno school", a relative clause opened by "who", up to twenty words: " of Varno who
    asked not to be named said"); and one right before a
    figure after a quotation's close or a comma (', said ', the inverted speaker)."""
    verbs = lexicons.alternation(lexicons.words_with("speech_verbs", "verb", "roles", "speech"))
    after = re.compile(r"(?:\s+(?:of|from|in)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}(?:\s+[a-z]+(?=\s))?)?"
                       r"(?:,?\s+who\s+(?:(?!(?:and|but|while|or)\b)[\w'’-]+,?\s+){1,20}?)?"
                       rf",?\s*(?:{verbs})\b(?!\s+(?:by|to\s+(?:be|have)\b))")
    # a person's own predicate, with no stop or comma in it, that ends in a reporting verb's
    # participle: " likened the shelling to a storm, saying" (not "adding to" a toll)
    participles = lexicons.alternation([v for v in lexicons.words_with("speech_verbs", "verb", "roles", "speech")
                                        if v.endswith("ing")])
    # (past one participle of a manner between commas: " stood by the well, weeping, saying")
    after = re.compile(rf"{after.pattern}|\s+[a-z][^,.;:!?“”\"]{{0,120}}?(?:,\s+[a-z]+ing)?,\s+(?:{participles})\b(?!\s+to\b)"
                       # a participle that says where the person lives or works (no verb of being
                       # or in the past in it), past an aside that "where", "who" or "which" opens:
                       # " living in the camp at Kell, where 4,000 herders stay, said" (not
                       # " guarding the gate was killed, said a spokesman")
                       rf"|\s+[a-z]+ing\s(?![^,.;:!?“”\"]*\b(?:was|were|is|are|had|has|have|been|died|[a-z]+ed)\b)[^,.;:!?“”\"]{{0,120}}"
                       rf"(?:,\s+(?:where|who|which|whose)\s[^.;:!?“”\"]{{0,160}}?)?,\s*(?:{verbs})\b"
                       rf"(?!\s+(?:by|to\s+(?:be|have)\b|the\s+[a-z]+\s*[,.]|an?\s|the\s+[a-z]+\s+(?:said|told)))")
    # the person a reporting verb addresses ("the colonel tells one man that ...")
    before = re.compile(rf"[,”\"’]\s*(?:{verbs})\s+$|\b(?:tell|tells|told|telling|ask|asks|asked|asking)\s+$")
    return after, before


def one_speaker_described(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """A "one" before a person who speaks counts nothing also when words between say who the
    person is ("One resident of Varno who asked not to be named said ...", "One woman from
    Tarn told ...") or when the reporting verb comes first after a quotation ("... ," said one
    guard who saw it).

    >>> [c["figure"] for c in _claims("Two guards were held. One guard of Varno who saw it said 30 rifles were stolen.")]
    ['Two', '30']
    >>> [c["figure"] for c in _claims('"It burned all night," said one soldier the agency reached. Police said one soldier died.')]
    ['one']

    The place may end in the noun it names ("in the Varno school"), and the clause opened by
    "who" may be long:

    >>> [c["figure"] for c in _claims("Two guards were held. One teacher in the Varno school described the food as scarce.")]
    ['Two']
    >>> [c["figure"] for c in _claims("On Monday, one resident of Varno, who bakes bread in the kitchen of the shelter "
    ...                                "that feeds the families from the camp, said the roads were shut.")]
    []

    So does a "one" whose own predicate ends in a reporting verb's participle ("One guard
    likened the noise to thunder, saying ...") or whom a reporting verb addresses ("the
    colonel tells one man ...").

    >>> [c["figure"] for c in _claims("Two guards were held. One guard likened the noise to thunder, saying 30 rifles were lost.")]
    ['Two', '30']
    >>> [c["figure"] for c in _claims("Two guards were held. In the clip the colonel tells one man that he is free.")]
    ['Two']

    A "one" that "including" opens is a part of a group just counted, not a speaker, even
    before an inverted reporting verb ("six wounded, including one civilian, said ..."):

    >>> [c["figure"] for c in _claims("The blast left six guards wounded, including one civilian, said a spokesman.")]
    ['six', 'one']
    """
    if c.figure.high != 1 or c.figure.text.lower() != "one" or c.figure.hedge_start is not None:
        return False  # the cheap test first
    if ctx.text[max(0, c.figure.start - 10):c.figure.start].lower().endswith("including "):
        return False
    noun = one_noun_after(ctx.text, c.figure.end, ctx.masks)
    if not counts_people(noun):
        return False
    after, before = _described_speaker()
    if after.match(ctx.text, noun.end) is None and before.search(ctx.text, max(0, c.figure.start - 24), c.figure.start) is None:
        return False
    c.dropped = True
    return True


#: A capitalised word (not in capitals only, a capital inside it too: "PzH") right before a
#: figure, and the lower-case word that opens what follows it: "Kestrel 9 light", "Corps 12 is".
_NAME_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][a-z]+(?:[A-Z][a-z]*)?)\s(?:\d+\s(?:and|or)\s)?$")
#: A preposition of place ending right before such a word: "in Tarn 12", not a name.
_PLACE_PREPOSITION = re.compile(r"\b(?:in|at|on|near|from|across|around)\s+$", re.I)
#: What follows a figure of a name: a word in lower case, also past a designation ("Leopard 1 A5
#: tanks") or the close of a quotation ("“Group 13” commandos"), or a possessive ("Battalion 3802's").
_LOWER_AFTER = re.compile(r"[”\"]?\s+(?:[A-Z]{1,3}\d{1,3}[A-Za-z]?\s+)?[a-z]|(['’]s\b)")
#: A figure written with thousands separators ("54,229"): a count, never a model's short bare number.
_SEPARATED_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?!\d)")
#: A name in capitals only right before a figure ("CR 308"): a model's only after a count.
_CAPITALS_BEFORE = re.compile(r"(?<![\w'’.-])[A-Z]{2,4}\s$")


#: What may stand before a sentence's first word: spaces, quotation marks, an opening bracket.
_SENTENCE_OPENERS = " \t\n\"“‘'(["


def number_in_a_name(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """A figure in digits right after a capitalised word inside a sentence, and followed by a
    word in lower case or a possessive, is part of a name (a model, a unit, an article of a law), not a count:
    "an Ostrian Kestrel 9 light launcher", "the corps called Harrier 12 is", and so is a
    figure joined to such a one ("Harrier 3 and 4 drones": two models). A headline in title
    case capitalises the words after the figure too ("Tarn Says 70 Dead"); a weekday or a
    month before the figure opens no name ("On Sunday 25 drones were downed"), nor
    does a place after a preposition ("In Tarn 12 people were killed").

    >>> [c["figure"] for c in _claims("A drone hit an Ostrian Kestrel 9 launcher, and 40 soldiers fled.")]
    ['40']
    >>> [c["figure"] for c in _claims("Fighters of Battalion 417's second company ambushed 30 soldiers.")]
    ['30']

    A name in quotation marks ends before the word in lower case ("the “Group 13” commando unit"):

    >>> [c["figure"] for c in _claims("The raid by its “Group 13” commando unit killed 30 soldiers.")]
    ['30']

    A name with a capital inside it is a model's name too ("twelve PzH 2000 howitzers"):

    >>> [c["figure"] for c in _claims("Velm will send twelve more PzH 2000 self-propelled howitzers.")]
    ['twelve']

    A formation's name (a formation of ``_formation_words``) with its number is one before a comma
    too: "two officers from Light Infantry Battalion 52, based in the north".

    >>> [c["figure"] for c in _claims("Two officers from Light Infantry Battalion 52, based in the north, fled.")]
    ['Two']

    A word that opens the sentence, after an opening quotation mark too, names nothing:

    >>> [c["figure"] for c in _claims('Velm said 60 fighters were killed. "Another 200 have been wounded," it added.')]
    ['60', '200']

    A figure with thousands separators is a count, never a model's number (those are short and
    bare, "Kestrel 9"): "during the Long War 54,229 died", "and Tarn 1,200 troops":

    >>> [c["figure"] for c in _claims("During the Long War 54,229 soldiers died in combat.")]
    ['54,229']

    Nor does a headline's verb of a status in title case ("Car Bomb Kills 30 in Tarn"):

    >>> [(c["figure"], c["status"]) for c in _claims("Car Bomb Kills 30 in Tarn\\n\\nThe blast was heard across the city.")]
    [('30', 'killed')]
    """
    if c.figure.hedge_start is not None or not c.figure.text[:1].isdigit() or c.figure.start < 3 \
            or c.figure.start > len(ctx.text) - 3 or _SEPARATED_THOUSANDS.match(c.figure.text):
        return False
    fig = c.figure
    m = _NAME_BEFORE.search(ctx.text, max(0, fig.start - 30), fig.start)
    after = _LOWER_AFTER.match(ctx.text, fig.end)
    formation = (after is None and m is not None and ctx.text.startswith(",", fig.end)
                 and m.group(1).lower() in _formation_words())
    if after is None and not formation:
        return False
    if m is None:
        return _model_after_count(c, ctx)
    if not ctx.text[:m.start()].strip(_SENTENCE_OPENERS):
        return False  # the sentence's first word, after an opening quotation mark or bracket if any
    if m.group(1).lower() in _calendar_words() or PERCENT_AFTER.match(ctx.text, fig.end) \
            or (after is not None and not after.group(1)
                and _PLACE_PREPOSITION.search(ctx.text, max(0, m.start() - 8), m.start())):
        return False  # "In Tarn 12 people were killed" (but "from Battalion 417's company": a name)
    if ctx.sentence.role == "title" and m.group(1).lower() in _status_cues(True, False):
        return False  # a headline in title case: "Car Bomb Kills 30 in Tarn", the verb's object
    c.dropped = True
    return True


#: Capitalised words right after a figure, up to a capitalised word in the singular: "123
#: Brigade", "122 Infantry Brigade" (the words are checked by ``number_naming_a_formation``).
_CAPITALISED_AFTER = re.compile(r"((?:\s[A-Z][a-z]+){1,3})\b(?!['’-])")


def number_naming_a_formation(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """A figure in digits above one right before a formation's word in the singular and
    capitalised ("Velm's 123 Brigade", "the commander of 122 Infantry Brigade", "the 123 Brigade
    deserters"), past words of troops (``units.csv``) only, is the formation's number, its name,
    and counts nothing: a count would take the plural. A name of its own between them ("20
    Tarn Battalion fighters") leaves the figure a count of what follows.

    >>> [c["figure"] for c in _claims("Dozens of men of Velm's 123 Brigade fled, and 40 soldiers of 122 Infantry Brigade died.")]
    ['Dozens', '40']
    >>> [(c["figure"], c["unit"]) for c in _claims("Officials said 20 Tarn Battalion fighters were captured.")]
    [('20', 'fighter')]

    The words of troops may be a phrase of ``units.csv`` ("troops of 26 Task Force Brigade").

    >>> [c["figure"] for c in _claims("Troops of 26 Task Force Brigade freed 30 hostages.")]
    ['30']
    """
    fig = c.figure
    if c.figure.hedge_start is not None or not fig.text.isdigit() or fig.high < 2 \
            or not ctx.text.startswith(" ", fig.end) or not ctx.text[fig.end + 1:fig.end + 2].isupper():
        return False  # the cheap test first
    m = _CAPITALISED_AFTER.match(ctx.text, fig.end)
    if m is None:
        return False
    words = m.group(1).lower().split()
    units = _units_lexicon_words()
    last = next((i for i, w in enumerate(words) if w in _singular_formations()), None)
    if last is None or not _all_troop_words(words[:last], units):
        return False
    c.dropped = True
    return True


def _all_troop_words(words: list[str], units: frozenset[str]) -> bool:
    """Whether ``words`` are words or two-word phrases of ``units.csv``, in turn ("infantry";
    "task force": no word "task" alone).

    >>> units = frozenset({"infantry", "task force", "force"})
    >>> _all_troop_words(["task", "force"], units), _all_troop_words(["infantry"], units), _all_troop_words(["tarn"], units)
    (True, True, False)
    """
    i = 0
    while i < len(words):
        if words[i] in units:
            i += 1
        elif i + 1 < len(words) and f"{words[i]} {words[i + 1]}" in units:
            i += 2
        else:
            return False
    return True


#: A hyphen right after a figure and the word it joins: "-nation", "‑district".
_HYPHENED_WORD = re.compile(r"[-‑]([a-z]+)\b(?![-‑])")


def hyphened_to_uncounted(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """A figure hyphened to a noun in the singular that is never counted (``uncounted.csv``:
    places, times, events; "a five-nation force", "a three-district curfew") makes a modifier
    of what follows, and counts nothing: neither the noun nor the force after it.

    >>> [c["figure"] for c in _claims("A five-nation force of 4,000 troops patrols the border.")]
    ['4,000']
    """
    if not ctx.text.startswith(("-", "‑"), c.figure.end) or c.figure.percent:
        return False  # the cheap test first
    m = _HYPHENED_WORD.match(ctx.text, c.figure.end)
    if m is None or m.group(1) not in _uncounted_singulars():
        return False
    c.dropped = True
    return True


@cache
def _units_lexicon_words() -> frozenset[str]:
    """The words ``units.csv`` lists, as written."""
    return frozenset(row["word"] for row in lexicons.read_lexicon("units"))


@cache
def _singular_formations() -> frozenset[str]:
    """The formations' words of ``units.csv`` that are their unit's singular ("brigade", not
    "brigades"; "corps" is both).

    >>> "brigade" in _singular_formations(), "brigades" in _singular_formations()
    (True, False)
    """
    return frozenset(row["word"] for row in lexicons.read_lexicon("units")
                     if row["word"] == row["unit"] and row["word"] in _formation_words())


def _model_after_count(c: FigureCandidate, ctx: SentenceContext) -> bool:
    """A figure after a name in capitals only that a count stands right before ("111 CR 308
    rifles", "540 MK 556 knives") is the model's number: the count is of the rifles.

    >>> [c["figure"] for c in _claims("The army received 111 CR 308 rifles and 80 HLR 338 rifles.")]
    ['111', '80']
    """
    m = _CAPITALS_BEFORE.search(ctx.text, max(0, c.figure.start - 6), c.figure.start)
    if m is None or not any(f.end < m.start() and not ctx.text[f.end:m.start()].strip() for f in ctx.figures):
        return False
    c.dropped = True
    return True


@cache
def _calendar_words() -> frozenset[str]:
    """The months, weekdays and day words of ``calendar.csv``, in lower case."""
    return lexicons.word_set("calendar", "word")


@cache
def _population_cues() -> tuple[tuple[str, ...], re.Pattern[str]]:
    """The last words of ``populations.csv``'s cues (the cheap test) and the cues, ending
    right before a figure."""
    cues = lexicons.column("populations", "cue")
    return (tuple(sorted({f" {c.split()[-1]} " for c in cues})),
            re.compile(rf"\b(?:{lexicons.alternation(cues, fold_case=True)})\s+$", re.I))


#: A word and a comma right before a figure set off by commas: "boy, " in "a boy, 10, was hurt".
_WORD_AND_COMMA_BEFORE = re.compile(r"\b([A-Za-z]+),\s$")
#: A plural, then a list of small numbers in digits set off by commas: "brothers, 2 and 9, ".
_AGES_AFTER_PEOPLE = re.compile(r"\b([A-Za-z]+s|men|women|children),\s(\d{1,3}(?:(?:,\s|,?\s(?:and|or)\s)\d{1,3})+),\s")


@cache
def _singular_people() -> frozenset[str]:
    """The units of people of ``units.csv`` that a row counts in the plural: their singulars
    ("boy" of "boys", "man" of "men"; not "personnel", which is its own plural)."""
    return frozenset(r["unit"] for r in lexicons.read_lexicon("units")
                     if r["word"] != r["unit"] and counts_people(Noun(r["unit"], r["category"], 0, 0)))


def age_after_a_person(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """A small number in digits set off by commas right after one person named by a singular
    noun ("a boy, 10, was hurt", "the driver, 54, died") or by a name ("Dima Saleh, 29, was
    killed"), or in brackets after each name of a list ("Zoya Khan (12), Amrik Singh (55)"), is
    that person's age, no count.

    >>> [c["figure"] for c in _claims("A drone hit Tarn as a boy, 10, and 12 soldiers were hurt.")]
    ['12']

    So is each number of such a list set off by commas right after a plural of people ("two
    sisters, 4 and 11, were hurt": their ages).

    >>> [c["figure"] for c in _claims("Two sisters, 4 and 11, were hurt when 12 shells hit Tarn.")]
    ['Two', '12']
    """
    if c.figure.percent or c.figure.hedge_start is not None or not c.figure.text.isdigit() \
            or len(c.figure.text) > 3 or not ctx.text.startswith((",", ")", " and ", " or "), c.figure.end):
        return False  # the cheap test first
    fig = c.figure
    if fig.high > 120:
        return False
    if ctx.text.startswith(")", fig.end):
        return _age_after_a_name(c, ctx)
    ages = next((m for m in _AGES_AFTER_PEOPLE.finditer(ctx.text, max(0, fig.start - 60), min(len(ctx.text), fig.end + 30))
                 if m.start(2) <= fig.start and fig.end <= m.end(2)), None)
    if ages is not None and singular(ages.group(1).lower()) in _singular_people():
        c.dropped = True
        return True
    if not ctx.text.startswith(",", fig.end):
        return False
    m = _WORD_AND_COMMA_BEFORE.search(ctx.text, max(0, fig.start - 24), fig.start)
    if m is None or (m.group(1).lower() not in _singular_people() and not _name_before(ctx.text, m.end(1))):
        return False
    c.dropped = True
    return True


#: A person's name right before a point: two words in capitals or more ("Dima Saleh Alhaj", "Mohd
#: Zain Khan"), the last one at the end of the text searched.
_NAME_AT_END = re.compile(r"(?<![\w-])[A-Z][a-z]+(?:(?:\s+|-)[A-Z][a-z]+)+$")
#: A person's name and an age in brackets after it ("Zoya Khan (12)").
_NAME_AND_AGE = re.compile(r"(?<![\w-])[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+\s\((\d{1,3})\)")


def _name_before(text: str, end: int) -> bool:
    """Whether a person's name ends at ``end``: two capitalised words or more, joined by
    spaces or a hyphen, that no gazetteer names as one place ("Dima Saleh Alhaj, 29, was
    killed": her age); a surname that is also a town's name stays a name ("Amina Bello"), and a
    dateline's dashes end the place before the name ("TARN, Velmar -- Dima Saleh, 29,").

    >>> _name_before("said Dima Saleh Alhaj, 29,", 21), _name_before("the men of South Sudan, 12,", 22)
    (True, False)
    >>> _name_before("ABUJA, Nigeria -- Amina Bello, 54,", 29)
    True
    """
    m = _NAME_AT_END.search(text, max(0, end - 60), end)
    if m is None:
        return False
    name = m.group(0)
    return not any(p.start == 0 and p.end == len(name) for p in find_places(name))


def _age_after_a_name(c: FigureCandidate, ctx: SentenceContext) -> bool:
    """A small number in brackets after a person's name, in a list of two such names or more
    ("the dead include Zoya Khan (12), Amrik Singh (55) and ..."), is that person's age."""
    fig = c.figure
    if not ctx.text.startswith("(", fig.start - 1):
        return False
    items = [m for m in _NAME_AND_AGE.finditer(ctx.text) if int(m.group(1)) <= 120]
    mine = next((m for m in items if m.start(1) == fig.start), None)
    if mine is None or len(items) < 2 or find_places(mine.group(0)[:mine.start(1) - mine.start() - 2]):
        return False
    c.dropped = True
    return True


#: A word right after a figure, and the word after that: "km (", "miles using", "barrel bombs".
_WORD_AND_NEXT = re.compile(r"[\s-]?([A-Za-z]+)\.?(?:\s+([a-z][a-z-]*))?")


@cache
def _measure_words() -> frozenset[str]:
    """The units of measure of ``uncounted.csv`` (kind ``measure``), singular and plural, but
    not the shares ("percent"), which are figures of their own."""
    words = lexicons.word_set("uncounted", "word", "kind", "measure") - {"percent", "percentage"}
    return frozenset(words | {w + "s" for w in words} | {w + "es" for w in words})


def measured_not_counted(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """A figure written with a unit of measure that ends its noun phrase ("a range of 2,000 km
    (1,240 miles)", "ranges exceeding 25 miles using standard shells") is a distance or an
    amount, no count, whatever the sentence counts elsewhere; a measure that only says what
    kind of thing follows ("40 barrel bombs") does not drop the figure.

    >>> [c["figure"] for c in _claims("The gun hits targets 25 miles away using 40 shells.")]
    ['40']
    """
    if c.figure.percent or c.figure.end >= len(ctx.text):
        return False
    m = _WORD_AND_NEXT.match(ctx.text, c.figure.end)
    if m is None or m.group(1).lower() not in _measure_words():
        return False
    after = m.group(2)
    if after and (lookup_unit(after) is not None or (after.endswith("s") and after not in _words_that_end_a_phrase())):
        return False  # "40 barrel bombs", "20 ton trucks": the measure names a kind of thing
    c.dropped = True
    return True


#: The word right before a figure, with the space or hyphen that joins them: "magnitude " in
#: "a magnitude 6.1 earthquake".
_WORD_BEFORE_FIGURE = re.compile(r"(?<![\w-])([A-Za-z]+)[\s-]$")


def measure_named_before(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """A figure right after a unit of measure (``uncounted.csv``, kind ``measure``) and before
    no counted noun ("a magnitude 6.1 earthquake") is the size of a thing, no count; "Square 40
    people" still counts the people.

    >>> [c["figure"] for c in _claims("A magnitude 6.1 earthquake destroyed 30 homes, the agency said.")]
    ['30']
    """
    if c.figure.percent or c.figure.start < 2 or ctx.text[c.figure.start - 1] not in " -\u00a0":
        return False
    m = _WORD_BEFORE_FIGURE.search(ctx.text, max(0, c.figure.start - 24), c.figure.start)
    if m is None or m.group(1).lower() not in _measure_words():
        return False
    after = _WORD_AND_NEXT.match(ctx.text, c.figure.end)
    if after is not None and (lookup_unit(after.group(1)) is not None or after.group(1).endswith("s")):
        return False  # "Square 40 people", "mile 12 villages": a count after the word
    c.dropped = True
    return True


@cache
def _change_after_percent() -> re.Pattern[str]:
    """A percentage's sign, then up to two words and a noun of change (``uncounted.csv``, kind
    ``change``): "% casualty increase", " percent rise"."""
    words = lexicons.word_set("uncounted", "word", "kind", "change")
    return re.compile(rf"\s?(?:%|percent\b|per\s+cent\b)\s+(?:[a-z-]+\s+){{0,2}}?(?:{lexicons.alternation(words)})s?\b", re.I)


def percent_change(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """A percentage that measures a change ("a 26% casualty increase", "a 40 percent drop") is
    the size of the change, no share of people or things.

    >>> [c["figure"] for c in _claims("The agency said this was a 26% casualty increase; 40% of the dead were men.")]
    ['40']

    So does one that the noun of change names with "of" before it, past a hedge ("an increase
    of more than 300% on the year before", "a drop of 12 percent").

    >>> [c["figure"] for c in _claims("Raids killed 640 people, an increase of more than 300% on the year before.")]
    ['640']
    """
    if not c.figure.percent:
        return False
    if _change_after_percent().match(ctx.text, c.figure.end) is None:
        start = c.figure.start if c.figure.hedge_start is None else c.figure.hedge_start
        if _change_of_before().search(ctx.text, max(0, start - 24), start) is None:
            return False
    c.dropped = True
    return True


@cache
def _change_of_before() -> re.Pattern[str]:
    """A noun of change (``uncounted.csv``, kind ``change``) and "of", ending where a percentage
    (or its hedge) starts: "an increase of ", "a rise of "."""
    words = lexicons.word_set("uncounted", "word", "kind", "change")
    return re.compile(rf"\b(?:{lexicons.alternation(words)})s?\s+of\s+$", re.I)


#: The whole of a share after "of", past a determiner, up to two names and an adjective, and
#: the word after it: " of Velmar territory is", " of the northern region,".
_SHARE_OF_WHOLE = re.compile(
    r"\s+of\s+(?:(?:the|its|their|this|that)\s+)?(?:[A-Z][\w'’-]*\s+){0,2}(?:[a-z]+(?:al|an|ern|ese|ian)\s+)?"
    r"([a-z]+)\b(?:\s*[,.;:)]|\s*$|\s+([a-z]+))")


@cache
def _place_words() -> frozenset[str]:
    """The places of ``uncounted.csv`` (kind ``place``), singular and plural."""
    words = lexicons.word_set("uncounted", "word", "kind", "place")
    return frozenset(words | {w + "s" for w in words} | {w[:-1] + "ies" for w in words if w.endswith("y")})


def share_of_a_place(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """A share of a place ("a quarter of Velmar territory is under evacuation orders", "40% of
    the region") is how much of the land, no share of people or things; a place that only
    says which people follow ("half of the border guards") keeps the share.

    >>> [c["figure"] for c in _claims("One quarter of Velmar territory is under orders, and half of the border guards fled.")]
    ['half']
    """
    if not c.figure.percent or " of " not in ctx.text:
        return False  # the cheap test first
    m = _SHARE_OF_WHOLE.match(ctx.text, _percent_end(ctx.text, c.figure))
    if m is None or m.group(1) not in _place_words():
        return False
    if m.group(2) and m.group(2) not in _words_that_end_a_phrase():
        return False  # "half of the border guards": the place word modifies a noun
    c.dropped = True
    return True


#: The word right after a percentage's sign: "% capacity", " percent chance".
_WORD_AFTER_SIGN = re.compile(r"\s?(?:%|percent\b|per\s+cent\b)\s+([a-z]+)\b", re.I)


def share_of_an_uncounted_noun(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """A percentage right before a noun that is never counted (``uncounted.csv``), with no "of"
    between ("plants run at about 30% capacity") is a share of that noun, as "30% of their
    capacity" is: no share of people or things.

    >>> [c["figure"] for c in _claims("Velka sent 900 shells. Its plants run at about 30% capacity.")]
    ['900']
    """
    if not c.figure.percent:
        return False
    m = _WORD_AFTER_SIGN.match(ctx.text, c.figure.end)
    if m is None or m.group(1).lower() not in _uncounted_singulars():
        return False
    c.dropped = True
    return True


#: "for every" right before a figure: the whole a ratio measures by ("one officer for every 1,000 people").
_FOR_EVERY_BEFORE = re.compile(r"\bfor\s+every\s+$", re.I)
#: "for every" and a figure after a figure, a noun between or none: the ratio's part ("one for every 1,000").
_FOR_EVERY_AFTER = re.compile(r"(?:\s+[a-z]+)?\s+for\s+every\s+(?=\w)", re.I)


def ratio_for_every(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """Both figures of a ratio "for every" ("one officer for every 1,000 people") measure how
    thinly something is spread, and count nothing that happened: no claim.

    >>> [c["figure"] for c in _claims("The force had 9,000 officers, one for every 2,000 people, the ministry said.")]
    ['9,000']
    >>> [c["figure"] for c in _claims("There is one doctor for every 5,000 residents in Tarn, the ministry said.")]
    []
    """
    if "for every" not in ctx.text and "For every" not in ctx.text:
        return False  # the cheap test first
    at = c.figure.start if c.figure.hedge_start is None else c.figure.hedge_start
    if not (_FOR_EVERY_BEFORE.search(ctx.text, max(0, at - 12), at)
            or _FOR_EVERY_AFTER.match(ctx.text, c.figure.end)):
        return False
    c.dropped = True
    return True


def place_population(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """A figure right after a cue of ``populations.csv`` ("a city of", "home to", "a population
    of") or a place people live in and "of" ("this capital of"; ``_peopled_place_of_before``)
    gives the size of a place's population: a claim of people, background, that no source
    carries onto (``claimant``; claims.md, thirty-ninth round). A noun after it that counts no
    people ("a town of 5,000 homes") makes it no claim.

    >>> [(c["figure"], c["unit"], c["status"]) for c in _claims("Vell, a city of about 900,000 people, fell; 40 soldiers died.")]
    [('900,000', 'person', ''), ('40', 'soldier', 'killed')]
    >>> [c["figure"] for c in _claims("The shelling hit Osk, a town of 5,000 homes.")]
    []
    >>> [(c["figure"], c["unit"]) for c in _claims("Velmar, a nation of 40 million, is at war.")]
    [('40 million', 'person')]

    A status in its clause after a cue of ``populations.csv`` makes it people of the war
    ("home to 40,000 displaced people"), and so do people the war moved (``uprooted.csv``):
    "Velm is home to more than 60,000 Ostrian refugees" counts refugees.

    >>> [(c["figure"], c["unit"], c["status"]) for c in _claims("The camp is home to 40,000 displaced people.")]
    [('40,000', 'displaced person', 'displaced')]
    >>> [(c["figure"], c["unit"]) for c in _claims("Velm is home to more than 60,000 Ostrian refugees.")]
    [('60,000', 'refugee')]
    """
    lasts, cue = _population_cues()
    start = c.figure.start if c.figure.hedge_start is None else c.figure.hedge_start
    window = ctx.text[max(0, start - 24):start].lower()
    listed = any(w in window for w in lasts) and cue.search(ctx.text, max(0, start - 24), start) is not None
    if not listed and (" of " not in window or ctx.text.rfind(" of ", max(0, start - 4), start) < 0
                       or not _peopled_place_of_before().search(ctx.text, max(0, start - 60), start)):
        return False  # the cheap test first: no cue right before the figure
    lookup = noun_after(ctx.text, c.figure.end, ctx.masks)
    noun = lookup.noun
    if noun is not None and noun.unit in lexicons.word_set("uprooted", "unit"):
        return False  # "home to 60,000 refugees": people the war moved
    noun_end = noun.end if noun is not None and noun.end > c.figure.end else c.figure.end
    statuses = _status_cues_in(ctx.text)
    if any((c.clause[0] <= s and e <= c.clause[1]) if listed else (c.figure.end <= s < noun_end) for s, e, _cue in statuses):
        return False  # "home to 40,000 displaced people", "a town of 4,000 wounded soldiers": people of the war
    if noun is not None and not counts_people(noun):
        if not listed:
            return False  # "the region of 5,000 villages": left to the rules of what is counted
        c.dropped = True  # "a town of 5,000 homes": the place's size, no count of people
        return True
    if noun is None and lookup.found:
        return False
    if noun is None and thing_after(ctx.text, c.figure.end, ctx.masks, one=c.figure.high == 1) is not None:
        if not listed:
            return False
        c.dropped = True  # "a town of 5,000 homes": a plural no lexicon lists, no people
        return True
    if noun is None:
        c.lookup = NounLookup(_people_noun(c.figure.end))  # "a nation of 40 million, ...": its people
    c.population = True
    return True


@cache
def _household_before() -> re.Pattern[str]:
    """A noun of ``households.csv`` and "of" ending right before a figure: "mother of ",
    "family of ".

    >>> bool(_household_before().search("a mother of ")), bool(_household_before().search("the families of "))
    (True, False)
    """
    words = lexicons.alternation(sorted(lexicons.word_set("households", "word")), fold_case=True)
    return re.compile(rf"\b(?:{words})\s+of\s+$", re.I)


def household_size(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """A bare figure right after a noun of one household or one person's kin and "of"
    (``households.csv``: "a mother of four", "one family of six") gives the household's size,
    and counts nothing of the war.

    >>> [c["figure"] for c in _claims("A mother of four fled the shelling; 30 houses burned.")]
    ['30']
    >>> [c["figure"] for c in _claims("One family of six slept in the street after 40 soldiers died.")]
    ['One', '40']

    A counted noun after the figure keeps it a count ("the families of 40 soldiers killed").

    >>> [c["figure"] for c in _claims("Aid reached the families of 40 soldiers killed in May.")]
    ['40']
    """
    if " of " not in ctx.text or c.figure.hedge_start is not None:
        return False
    if not _household_before().search(ctx.text, max(0, c.figure.start - 16), c.figure.start):
        return False
    if noun_after(ctx.text, c.figure.end, ctx.masks).noun is not None:
        return False  # "a family of four children": the children are counted
    c.dropped = True
    return True


def noun_written_after(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """The counted noun after the figure, or a pointer back ("1,500 North Korean troops",
    "8,000 of them").

    >>> [c["unit"] for c in _claims("Some 1,500 North Korean troops arrived.")]
    ['troop']
    """
    if c.population and c.lookup.found:
        return True  # "a nation of 40 million": its people (``place_population``)
    c.lookup = noun_after(ctx.text, c.figure.end, ctx.masks)
    c.noun_follows = c.lookup.noun is not None
    return c.lookup.found


@cache
def _status_abbreviations() -> tuple[dict[str, dict[str, str]], re.Pattern[str]]:
    """The rows of ``status_abbreviations.csv`` by abbreviation, and a tally row's end after a
    figure: one or two of them (joined by "or", "and" or "/"; each in capitals as written, an
    "s" its plural), then only a bracket, a stop or the line's end."""
    rows = {r["abbreviation"]: r for r in lexicons.read_lexicon("status_abbreviations")}
    words = "|".join(re.escape(w) for w in sorted(rows, key=len, reverse=True))
    return rows, re.compile(rf"[ \t]+({words})s?(?:\s*(?:/|\bor\b|\band\b)\s*({words})s?)?[ \t]*(?=[(.;,]|$)", re.M)


def abbreviated_status_row(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """A figure that a tally's row ends with an abbreviation of a status after
    (``status_abbreviations.csv``: "137,899 KIA", "1,060 MIA or POW", "32,838 MIA/POW") counts
    people of that status, casualties, as "137,899 killed" would: a table flattened one row a
    line writes its column's heading short. Only where nothing but a bracket, a stop or the
    line's end follows: "5,000 KIA fighters" names an army, no status.

    >>> [(c["figure"], c["category"], c["status"]) for c in _claims("Ostria\\n1,204 KIA\\n310 MIA or POW")]
    [('1,204', 'casualties', 'killed'), ('310', 'casualties', 'missing or captured')]
    >>> [c["category"] for c in _claims("Some 5,000 KIA fighters massed near the town.")]
    ['troops']
    """
    if ctx.text[c.figure.end:c.figure.end + 1] not in (" ", "\t") or not ctx.text[c.figure.end + 1:c.figure.end + 2].isupper():
        return False  # the cheap test first: a space, then the abbreviation's capital
    rows, row_end = _status_abbreviations()
    m = row_end.match(ctx.text, c.figure.end)
    if m is None or (c.lookup.noun is not None and c.lookup.noun.start != m.start(1)):
        return False
    c.lookup = NounLookup(Noun(rows[m.group(1)]["unit"], "casualties", m.start(1), m.end(1)))
    c.noun_follows = True
    c.status_hint = " or ".join(dict.fromkeys(rows[w]["status"] for w in m.groups() if w))
    return True


#: A lower-case plural between a figure and the counted noun found after it, with what follows it:
#: "strikes killed" ("nine separate Velmari strikes killed 51 people").
_PLURAL_BEFORE_NOUN = re.compile(r"\b([a-z][a-z-]{2,}(?<![siu])s)\b(\s+of\b|['’])?")


def uncounted_head_before_its_noun(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """A figure whose own noun phrase ends in a plural no lexicon counts (an event, a place, a
    time of ``uncounted.csv``), past the adjectives before it, counts that plural, not the counted
    noun the scan found further on in a clause of its own: no claim ("60 raids aimed at cargo
    ships", "nine separate Velmari strikes killed 51 people"). A plural that owns the noun ("five
    regions' troops") or opens an "of" phrase ("three waves of troops") is no head.

    >>> [c["figure"] for c in _claims("Officials said nine separate Velmari strikes killed 51 people.")]
    ['51']
    >>> [c["figure"] for c in _claims("The rebels mounted 60 raids targeting cargo ships.")]
    []
    >>> [c["unit"] for c in _claims("Tarn sent three waves of troops.")]
    ['troop']
    """
    noun = c.lookup.noun
    if noun is None or c.figure.percent or noun.start - c.figure.end < 8:
        return False  # the cheap test first: a word at least between the figure and its noun
    uncounted = _uncounted_singulars()
    for m in _PLURAL_BEFORE_NOUN.finditer(ctx.text, c.figure.end, noun.start):
        if m.group(2) or m.end(1) > noun.start:
            continue
        word = m.group(1)
        if lookup_unit(word) is None and singular(word) in uncounted:
            c.dropped = True
            ctx.uncounted.add(c.figure.start)
            return True
    return False


#: A vague quantity's "of" phrase that coordinates a first plural with the counted noun found after
#: it, adjectives allowed: " of homes and " ("dozens of homes and vehicles").
_OF_COORDINATED_HEAD = re.compile(
    r"\s+of\s+(?:[a-z][\w-]*\s+){0,2}?(?P<head>[a-z][a-z-]{2,}s)\s+(?:and|or)\s+(?:[a-z][\w-]*\s+)?")


def coordinated_thing_before_its_noun(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """A vague quantity whose "of" phrase names first a plural no lexicon lists, then "and" and
    a counted noun ("dozens of homes and vehicles", "scores of shops and trucks") counts that
    first plural, a thing of category other, as a figure in digits does ("40 homes and
    vehicles"): the noun after "and" has no figure of its own.

    >>> [(c["unit"], c["category"]) for c in _claims("Shelling damaged dozens of houses and vehicles.")]
    [('house', 'other')]
    >>> [(c["unit"], c["category"]) for c in _claims("Strikes hit dozens of tanks and trucks.")]
    [('tank', 'equipment')]
    """
    noun = c.lookup.noun
    if noun is None or c.figure.hedge != "vague" or noun.start - c.figure.end < 12 or c.figure.percent:
        return False  # the cheap test first: "of", a plural and "and" between the figure and its noun
    text = ctx.text
    m = _OF_COORDINATED_HEAD.fullmatch(text, c.figure.end, noun.start)
    if m is None or lookup_unit(m.group("head").lower()) is not None:
        return False
    thing = thing_after(text, c.figure.end + 3, ctx.masks, phrase=True)
    if thing is None or thing.end != m.end("head"):
        return False  # a plural never counted ("dozens of raids and strikes"), or no noun phrase
    c.lookup = NounLookup(thing)
    return True


def plural_modifies_a_thing(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """A counted noun written in the plural right before a plural no lexicon lists says what
    kind of thing that is, as "weapons" does in "three weapons depots": the figure counts the
    thing (``nouns.thing_after``; "some 90 munitions plants": plants, category other).

    >>> [(c["unit"], c["category"]) for c in _claims("The ministry said Tarn runs some 90 munitions plants.")]
    [('munitions plant', 'other')]
    >>> [(c["unit"], c["category"]) for c in _claims("Tarn sent 90 munitions to Ostra.")]
    [('munition', 'munitions')]
    """
    noun = c.lookup.noun
    if noun is None or c.figure.percent:
        return False
    text = ctx.text
    written = text[noun.start:noun.end]
    if text[noun.end:noun.end + 1] != " " or not text[noun.end + 1:noun.end + 2].islower() \
            or not written.endswith("s") or written.lower() == noun.unit:
        return False  # the cheap tests first: a plural as written, a lower-case word after it
    thing = thing_after(text, noun.end, ctx.masks)
    if thing is None or thing.start != noun.end + 1 or " " in thing.unit or lookup_unit(thing.unit) is not None:
        return False  # "300 soldiers villages": no thing; "officers": a counted noun of its own
    c.lookup = NounLookup(Noun(f"{written.lower()} {thing.unit}", thing.category, noun.start, thing.end))
    return True


def noun_modifies_a_compound(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """A counted noun written in the singular after a figure above one, before words that end in a
    plural no lexicon lists ("900 bomb disposal experts", "12 tank repair shops"), is a modifier by
    its form, as in "22 rebel workshops": the figure counts the phrase's head, past every word of
    the compound (``nouns.thing_after``). A plural before such words may be a verb's subject
    ("40 drones hit targets"): it is left as it is.

    >>> [(c["unit"], c["category"]) for c in _claims("Osk will send 900 bomb disposal experts.")]
    [('bomb disposal expert', 'other')]
    >>> [(c["unit"], c["category"]) for c in _claims("Jets hit 12 tank repair shops.")]
    [('tank repair shop', 'other')]
    """
    noun = c.lookup.noun
    if noun is None or c.figure.percent or c.figure.high == 1 or noun.start < c.figure.end:
        return False
    text = ctx.text
    if text[noun.end:noun.end + 1] != " " or not text[noun.end + 1:noun.end + 2].islower():
        return False  # the cheap tests first: a lower-case word right after the counted noun
    written = text[noun.start:noun.end].lower()
    if written != noun.unit or lookup_unit(written + "s") is None:
        return False  # a plural, or a collective ("3,000 personnel"): the phrase's head
    thing = thing_after(text, noun.end, ctx.masks)
    if thing is None or thing.start != noun.end + 1 or " " not in thing.unit \
            or lookup_unit(thing.unit.rsplit(" ", 1)[1]) is not None:
        return False  # "tank repair crews": a counted head
    c.lookup = NounLookup(Noun(f"{written} {thing.unit}", thing.category, noun.start, thing.end))
    return True


@cache
def _tally_after() -> re.Pattern[str]:
    """What follows a tally's running total: the day's change in brackets, if any, then a word
    of ``tallies.csv`` or the line's end ("1,204 (+3) units", "326 units", "97 pieces",
    "1,204 (+3);").

    >>> _tally_after().match("5 (+3) units;", 1).group("change")
    ' (+3)'
    """
    words = lexicons.alternation(lexicons.column("tallies", "word"), fold_case=True)
    return re.compile(rf"(?P<change>\s*\(\s*[+−-]?\s*\d[\d,.\u00a0 ]*\))?(?:\s+(?:{words})s?\b|\+?\s*[;.,]?\s*\|?\s*$)", re.I)


#: A list item's words before its figure, read from the line's start: the label, a dash, a
#: colon or a table's cell border ("| tanks | 41 |"), up to two lower-case words ("tanks — ", "T-72 tanks — ", "cruise missiles: "); before
#: the day's change, the running total and its bracket too ("tanks — 1,204 (+": an addition,
#: not "(−2)"). The label has no bracket and no end of a sentence; a hyphen separates only
#: after a space ("operational-tactical" does not).
_TALLY_LABEL = re.compile(
    r"\s*\|?\s*(?P<label>[A-Za-z][^\n—–:;.!?()\[\]|]{0,60}?)\s*(?:\s[—–-]|[—–:|])\s*(?:[a-z]+\s+){0,2}"
    r"(?:(?P<total>\d[\d,.\u00a0 ]*?)\s*\(\s*\+\s*)?")


def tally_line_item(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """A figure of a list item that tallies units, pieces or items (``tallies.csv``) counts
    what the item's label before the dash or colon names (``nouns.noun_of_tally_label``): the
    running total and the day's change in brackets alike ("tanks — 1,204 (+3) units;": tanks;
    "helicopters — 326 units": helicopters).

    >>> [(c["figure"], c["unit"], c["category"]) for c in _claims("Losses:\\n\\ntanks — 1,204 (+3) units;")]
    [('1,204', 'tank', 'equipment'), ('3', 'tank', 'equipment')]
    >>> [(c["figure"], c["unit"], c["category"]) for c in _claims("Losses:\\n\\nhelicopters — 326 units;\\n\\ncruise missiles: 2,270 units.")]
    [('326', 'helicopter', 'equipment'), ('2,270', 'missile', 'munitions')]

    A table's row reads the same: "| Drones downed | 212 |" counts drones.
    >>> [(c["figure"], c["unit"]) for c in _claims("Losses:\\n\\n| Tanks lost | 41 |\\n| Drones downed | 212+ |")]
    [('41', 'tank'), ('212', 'drone')]
    """
    if c.lookup.found or c.figure.percent:
        return False
    at = c.figure.start if c.figure.hedge_start is None else c.figure.hedge_start
    change = ctx.text.rfind("+", max(0, at - 3), at) >= 0  # "(+3)": the day's change
    if at > 120 or (not change and not _tally_after().match(ctx.text, c.figure.end)):
        return False  # the cheap tests first: a short label before, a tally word or the line's end after
    m = _TALLY_LABEL.fullmatch(ctx.text, 0, at)
    if m is None or (m.start("total") >= 0 and not _tally_after().match(ctx.text, m.end("total"))):
        return False  # after the change, what follows its total: "(+3) units"
    noun = noun_of_tally_label(ctx.text, m.start("label"), m.end("label")) \
        or _casualty_label(ctx.text, m.start("label"), m.end("label"))
    if noun is None:
        return False
    c.lookup = NounLookup(noun)
    return True


def _casualty_label(text: str, start: int, end: int) -> Noun | None:
    """A tally's label that is a casualty status alone ("Missing | 250 |", "Captured: 40"):
    people of that status, counted as casualties (a label "Killed" is a counted noun already).

    >>> _casualty_label("Missing", 0, 7), _casualty_label("Buildings", 0, 9)
    (Noun(unit='missing', category='casualties', start=0, end=7), None)
    """
    cue = text[start:end].strip().lower()
    if " " in cue or not any(row["status"] in CASUALTY_STATUSES for row in _statuses().get(cue, [])):
        return None
    return Noun(cue, "casualties", start, end)


#: The head noun right after a figure, past names and an adjective: "five Russian regions",
#: "two eastern villages", "three different locations", "two separate raids", "three previous
#: years", "26 attacks" (a verb after a bare figure is no adjective: "2 million crossed borders",
#: but one an adverb in "-ly" leads is: "two newly documented incidents"); "cross", "this",
#: "thus" are no plurals.
_OWN_HEAD_AFTER = re.compile(r"\s+(?:[A-Z][\w'’-]*\s+){0,2}(?:[a-z]+(?:al|an|ern|ent|ate|ous|ive)\s+|[a-z]{2,}ly\s+[a-z]+ed\s+)?"
                             r"([a-z][a-z-]{2,}(?<![siu])s)\b")


#: A model's name and number right after a figure, before the rest of its noun phrase: " MK 556",
#: " Wisent 1", " Leopard 1 A5".
_MODEL_NAME_AFTER = re.compile(r"\s+(?:[A-Z][\w-]*\s+){1,2}\d{1,4}(?:\s+[A-Z]{1,3}\d{1,3}[A-Za-z]?)?(?=\s+[a-z])")


def counts_an_unlisted_thing(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """A figure whose noun right after it is a plural no lexicon lists counts that thing
    (``nouns.thing_after``), unless the noun is never a claim (``uncounted.csv``: times,
    measures, money, scores, events, places).

    >>> [(c["figure"], c["unit"], c["category"]) for c in _claims("The army said the strikes destroyed 40 homes and three schools.")]
    [('40', 'home', 'other'), ('three', 'school', 'other')]
    >>> [c["figure"] for c in _claims("It shot down 42 drones over five Russian regions in 20 minutes.")]
    ['42']

    A vague quantity counts the thing of its "of" phrase: "thousands of pagers exploded".

    >>> [(c["figure"], c["unit"]) for c in _claims("Officials said thousands of pagers exploded.")]
    [('thousands', 'pager')]

    A model's name and number between the figure and the thing are passed over.

    >>> [(c["figure"], c["unit"]) for c in _claims("It handed over 540 MK 556 field knives.")]
    [('540', 'field knife')]

    A hedge cue written after the figure is passed over ("2,300+ homes", "5,000 or more tents"),
    and a word in "-ed" in the "of" phrase of a vague quantity is an adjective ("hundreds of
    thousands of displaced herders").

    >>> [(c["figure"], c["unit"], c["hedge"]) for c in _claims("Officials said 2,300+ homes were damaged.")]
    [('2,300', 'home', 'lower_bound')]
    >>> [(c["figure"], c["category"]) for c in _claims("Aid groups said thousands of displaced herders were waiting.")]
    [('thousands', 'other')]
    """
    if c.lookup.found or c.figure.percent:
        return False
    end = c.figure.end
    if c.figure.hedge_cue and c.figure.hedge_start is None:  # a cue after the figure: "2,300+ homes"
        cue = hedge_after(ctx.text, end)
        end = cue[2] if cue else end
    of = c.figure.hedge == "vague" and ctx.text.startswith(" of ", end)
    if of:
        end += 3  # "thousands of pagers": the thing after "of"
    model = _MODEL_NAME_AFTER.match(ctx.text, end)
    if model is not None:
        end = model.end()  # "540 MK 556 assault knives": the knives, past the model's name
    noun = thing_after(ctx.text, end, ctx.masks, one=c.figure.high == 1, listed=_item_after_listed_plural(ctx.text, c.figure),
                       phrase=of, subject=True)
    if noun is None:
        return False
    c.lookup = NounLookup(noun)
    c.noun_follows = True
    return True


#: A capitalised plural right after a figure, past one lower-case adjective ("six Velmists",
#: "3,200 displaced Orvanis") and up to two capitalised words of the same name before it ("three
#: Orna Islanders", "five Kell Day Brethren"), then "who" or a hearsay frame before a status
#: ("who died", "are believed to have").
_NAMED_GROUP_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:[A-Z][a-z]+\s+){0,2}([A-Z][a-z]{2,}s)\b(?![-'’])")
_HEARSAY_FRAME = re.compile(
    r"\s+(?:are|were|is|was)\s+(?:believed|feared|said|reported|thought|estimated|known)"
    r"(?:\s+to\s+have(?:\s+been)?)?(?=\s)")
_WHO_THEN = re.compile(r"\s+who(?=\s)")


#: The statuses that tell people from things after a name no lexicon lists: only people are
#: killed, wounded, displaced or detained (things too are captured, lost or missing).
_STATES_OF_PEOPLE_ONLY = frozenset({"killed", "wounded", "killed or wounded", "displaced", "detained"})


def _people_state_after(text: str, end: int) -> str:
    """The status of people that follows a plural, past auxiliaries and a hearsay frame ("were
    killed", "have been displaced", "are believed to have died"): one of
    ``_STATES_OF_PEOPLE_ONLY`` whose cue is no status of things ("were destroyed": a thing's),
    else empty; a status things share ("were captured", "were lost") tells nothing.

    >>> _people_state_after(" are believed to have died there", 0), _people_state_after(" were destroyed", 0)
    ('killed', '')
    >>> _people_state_after(" were captured", 0), _people_state_after(" have been arrested", 0)
    ('', 'detained')
    """
    if who := _WHO_THEN.match(text, end):
        end = who.end()  # "the three Orna Islanders who died": the relative clause's state
    frame = _HEARSAY_FRAME.match(text, end)
    m = _STATUS_WORDS.match(text[frame.end() if frame else end:][:40])
    if m is None:
        return ""
    words = m.group(1).lower().split()
    for cue in (" ".join(words[:n]) for n in (3, 2, 1)):
        rows = _statuses().get(cue, [])
        if rows and not any(r["applies"] == "things" for r in rows):
            return next((r["status"] for r in rows if r["status"] in _STATES_OF_PEOPLE_ONLY), "")
    return ""


def named_group_in_a_state(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """Else a figure whose noun right after it is a capitalised plural no lexicon lists (the
    name of a people, a faction, a community) counts those people, as persons, when a status of
    people follows it, past auxiliaries and a hearsay frame (``_people_state_after``).

    >>> [(c["figure"], c["unit"], c["category"], c["status"]) for c in _claims(
    ...     "Police said nine Velmists have been killed, while 300 Orvanis were displaced.")]
    [('nine', 'person', 'casualties', 'killed'), ('300', 'person', 'other', 'displaced')]
    >>> [c["figure"] for c in _claims("Thousands of Tarquins are feared to have died.")]
    ['Thousands']

    The name may have more words before its plural, and a relative clause may give the state:

    >>> [(c["figure"], c["status"]) for c in _claims(
    ...     "Four Orna Islanders died in the raid, among them two Kell Day Brethren who were wounded earlier.")]
    [('Four', 'killed'), ('two', 'wounded')]

    A capitalised plural with no status of people after it may name things, as may one with a
    status things share: no count.

    >>> _claims("Twelve Hornets flew over the capital, four Kestrels were destroyed and two Lynxes were lost.")
    []
    """
    if c.lookup.found or c.figure.percent:
        return False
    end = c.figure.end
    if c.figure.hedge == "vague" and ctx.text.startswith(" of ", end):
        end += 3  # "thousands of Tarquins": the people after "of"
    m = _NAMED_GROUP_AFTER.match(ctx.text, end)
    if m is None or any(s <= m.start(1) < e for s, e, _ in ctx.masks):
        return False
    if not singular(m.group(1).lower()) or not _people_state_after(ctx.text, m.end()):
        return False
    c.lookup = NounLookup(Noun("person", "other", m.start(1), m.end(1)))
    c.noun_follows = True
    return True


#: A partitive's "of" and the determiner of its whole after a figure, and the whole's own figure
#: if it has one: " of the ", " of its eight ", " of Tarn's ".
_PARTITIVE_OF = re.compile(r" of (?:the|its|his|her|their|our|these|those|[A-Z][\w-]*['’]s)(?=\s)")


def part_of_unlisted_whole(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """Else a figure that takes a part "of" a determined whole whose noun is a plural no
    lexicon lists counts that thing, as :func:`counts_an_unlisted_thing` counts it right after
    a figure ("closed two of its five bunkers", "three of Tarn's depots", "12 of the ferrymen").

    >>> [(c["figure"], c["unit"]) for c in _claims("The guard shut two of its five bunkers and three of Tarn's depots.")]
    [('two', 'bunker'), ('five', 'bunker'), ('three', 'depot')]
    """
    if c.lookup.found or c.figure.percent or " of " not in ctx.text:
        return False  # the cheap test first
    if not ctx.text.startswith(" of ", c.figure.end):
        return False
    m = _PARTITIVE_OF.match(ctx.text, c.figure.end)
    if m is None:
        return False
    end = next((f.end for f in ctx.figures if f.start == m.end() + 1), m.end())  # "of its eight bunkers"
    noun = thing_after(ctx.text, end, ctx.masks)
    if noun is None:
        return False
    c.lookup = NounLookup(noun)
    c.noun_follows = True
    return True


#: Before a figure: the item before it in a comma list of counts, ending in a plural ("44 hunting rifles, ").
_AFTER_LISTED_PLURAL = re.compile(r"\d\s+(?:[\w'’-]+\s+){0,3}?[a-z][a-z-]*s(?:\s+\([^()]{1,40}\))?,\s+(?:and\s+)?$")


def _item_after_listed_plural(text: str, fig: Figure) -> bool:
    """Whether the figure is an item of a comma list whose item before it counts a plural
    ("44 hunting rifles, 130 sharpened bayonets"): a list of noun phrases, not of clauses
    (``nouns.thing_after``).

    >>> t = "took 44 hunting rifles, 130 sharpened bayonets and a radio"
    >>> _item_after_listed_plural(t, find_figures(t)[1]), _item_after_listed_plural(t, find_figures(t)[0])
    (True, False)
    """
    at = fig.start if fig.hedge_start is None else fig.hedge_start
    if text[at - 2:at] != ", " and text[at - 4:at] != "and ":
        return False  # the cheap test first
    return _AFTER_LISTED_PLURAL.search(text, max(0, at - 60), at) is not None


@cache
def _tally_word() -> re.Pattern[str]:
    """A word of ``tallies.csv``, singular or plural ("pieces", "units"), for :func:`tally_points_back`.

    >>> [m.group(0) for m in _tally_word().finditer("900 pieces of ammunition, 40 units")]
    ['pieces', 'units']
    """
    words = lexicons.alternation(lexicons.column("tallies", "word"), fold_case=True)
    return re.compile(rf"\b(?:{words})s?\b", re.I)


def tally_points_back(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """A bare count of pieces, units or items (``tallies.csv``) after a count of such pieces
    "of" a counted noun in its sentence ("900 pieces of ammunition", a row of ``units.csv``)
    counts what that one did ("... and a further 400 pieces": munitions).

    >>> [(c["figure"], c["category"]) for c in _claims("Velm will buy 900 pieces of ammunition and a further 400 pieces.")]
    [('900', 'munitions'), ('400', 'munitions')]
    """
    if c.noun is None or c.noun.category != "other" or c.noun.unit not in lexicons.word_set("tallies", "word"):
        return False  # the cheap test first: "400 pieces" read as a thing no lexicon lists
    for m in _tally_word().finditer(ctx.text, 0, c.figure.start):
        counted = noun_after(ctx.text, m.start() - 1, ctx.masks).noun
        if counted is not None and counted.category != "other" and counted.unit == c.noun.unit:
            c.lookup = NounLookup(Noun(counted.unit, counted.category, c.noun.start, c.noun.end))
            return True
    return False


def counts_an_uncounted_noun(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """A figure whose own noun phrase right after it ends in a plural no lexicon counts counts
    that (places, events, buildings) and is no claim, whatever was counted before it ("42
    drones over five Russian regions"; "34 attempts to pierce defences").

    >>> [c["figure"] for c in _claims("It shot down 42 drones over five Russian regions.")]
    ['42']

    An adjective that an adverb leads ("two newly reported raids") stands in the phrase too, and
    so does one in "-ent", "-ate", "-ous" or "-ive" ("at three different locations", "the three
    previous years").

    >>> [c["figure"] for c in _claims("Two guards died in clashes with rebels at three different locations.")]
    ['Two']

    >>> [c["figure"] for c in _claims("The war killed 300 villagers, among them in two newly reported raids.")]
    ['300']

    So does a vague quantity whose "of" phrase ends in such a plural ("capturing dozens of Kurdish
    villages": places, no captives).

    >>> [c["figure"] for c in _claims("Rebels pushed on, seizing dozens of remote villages and killing 12 guards.")]
    ['12']
    """
    if c.lookup.found or c.figure.percent:
        return False
    end = c.figure.end
    if c.figure.hedge == "vague" and ctx.text.startswith(" of ", end):
        end += 3  # "dozens of villages": the vague quantity's noun phrase goes on past "of"
    m = _OWN_HEAD_AFTER.match(ctx.text, end)
    if m is None or any(s <= m.start(1) < e for s, e, _ in ctx.masks):
        return False
    word = m.group(1)
    if word in _words_that_end_a_phrase() or word in _statuses() or lookup_unit(word) is not None:
        return False
    c.dropped = True
    ctx.uncounted.add(c.figure.start)
    return True


#: A figure's own noun phrase right after it: a word in lower case that names the kind, then a
#: plural that heads the phrase: " terror attacks", " square kilometers".
_MODIFIED_HEAD_AFTER = re.compile(r"\s+([a-z][a-z-]{2,})\s+([a-z][a-z-]{2,}s)\b(?!['’])")


def uncounted_head_after_a_modifier(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """A figure after "of" whose own noun phrase right after it is a word that names a kind and a
    plural never counted (an event, a measure, a time of ``uncounted.csv``) counts that plural and is
    no claim, whatever aggregate stands before it or was counted before it ("a total of 444
    terror attacks", "a total of 274 square kilometres of land"), as a bare "444 attacks" is none.

    >>> [c["figure"] for c in _claims("Nine guards died amid a total of 444 terror attacks last year.")]
    ['Nine']
    >>> [c["figure"] for c in _claims("They burned 500 trucks, retaking a total of 274 square kilometers of land.")]
    ['500']
    """
    if c.lookup.found or c.figure.percent:
        return False
    at = c.figure.start if c.figure.hedge_start is None else c.figure.hedge_start
    if _BARE_OF_BEFORE.search(ctx.text, max(0, at - 8), at) is None:
        return False  # (a bare figure may be a subject, its verb and object after it: "2 million crossed borders")
    m = _MODIFIED_HEAD_AFTER.match(ctx.text, c.figure.end)
    if m is None or any(s <= m.start(1) < e for s, e, _ in ctx.masks):
        return False
    kind, head = m.group(1), m.group(2)
    if kind in _words_that_end_a_phrase() or kind in _statuses() or lookup_unit(head) is not None \
            or lookup_unit(f"{kind} {head}") is not None or singular(head) not in _uncounted_singulars():
        return False
    c.dropped = True
    ctx.uncounted.add(c.figure.start)
    return True


#: The word right after a figure "one", past "more": " point", " more step".
_WORD_AFTER_ONE = re.compile(r"\s+(?:more\s+)?([a-z]+)\b")


@cache
def _uncounted_singulars() -> frozenset[str]:
    """The nouns of ``uncounted.csv`` (not its small words, kind ``word``): "point", "step"."""
    return lexicons.word_set("uncounted", "word") - lexicons.word_set("uncounted", "word", "kind", "word")


@cache
def _counted_words() -> frozenset[str]:
    """The words of ``units.csv``: a counted noun, never a word that only describes one."""
    return lexicons.word_set("units", "word")


def one_uncounted_thing(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """A figure "one" right before the singular of a noun that is never counted (``uncounted.csv``),
    past "more", counts nothing: "at one point", "one more step", whatever was named before.

    >>> [c["figure"] for c in _claims("The rebels held 12 sailors on the ship and at one point filmed them.")]
    ['12']
    >>> [c["figure"] for c in _claims("The swap of 40 soldiers was one more step toward peace.")]
    ['40']

    So does a "one" whose noun is such a singular past one word that describes it, no counted
    noun ("One grim video showed rebels walking past dead soldiers"):

    >>> _claims("One grim video showed rebels walking past dead soldiers.")
    []
    """
    if c.figure.percent or c.figure.high != 1 or c.figure.hedge_start is not None:
        return False
    m = _WORD_AFTER_ONE.match(ctx.text, c.figure.end)
    if m is None:
        return False
    if m.group(1) not in _uncounted_singulars():
        noun = _WORD_AFTER_ONE.match(ctx.text, m.end())
        if noun is None or noun.group(1) not in _uncounted_singulars() or m.group(1) in _counted_words():
            return False
    c.dropped = True
    return True


def modifies_an_uncounted_noun(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """A counted noun written in the singular that only says what kind of thing the plural after
    it is, a plural no lexicon counts ("100 drone and missile attacks", "40 drone strikes":
    events), makes no claim: the figure counts that plural.

    >>> _claims("The rebels have launched 100 drone and missile attacks.")
    []

    The plural may come after a second figure, or at once after "and" ("24 drone and
    airstrikes"): the singular still says what kind of event each figure counts.

    >>> [c["figure"] for c in _claims("The enemy made 3 missile and 57 aviation strikes. We saw 9 drone and airstrikes.")]
    []
    >>> [c["unit"] for c in _claims("It has 50 missile launchers.")]
    ['launcher']

    A plural that is a thing no lexicon lists (not an event, a time or a place of
    ``uncounted.csv``) is counted, category ``other``, as it is with no word before it.

    >>> [(c["unit"], c["category"]) for c in _claims("The agency said 12 drone workshops were raided.")]
    [('workshop', 'other')]
    """
    noun = c.lookup.noun
    if noun is None or ctx.text[noun.start:noun.end].lower() != noun.unit:
        return False  # the cheap test first: a noun written as its singular unit
    m = _MODIFIED_PLURAL.match(ctx.text, noun.end)
    if m is None or (m.group(1) and lookup_unit(m.group(1).lower()) is None):
        # "3 missile and 57 aviation strikes", "24 drone and airstrikes": the plural shared
        # past the coordination, one that no lexicon counts ("20 dead and hundreds injured":
        # no event; a count of one is written in the singular: no modifier)
        m = _SHARED_PLURAL.match(ctx.text, noun.end) if c.figure.high != 1 else None
        if m is None or unlisted_thing(m.group(2)) is not None:
            return False  # "drone and missile attacks": both modifiers are counted nouns
    word = m.group(2)
    if word in _words_that_end_a_phrase() or word in _statuses() or lookup_unit(word) is not None:
        return False
    if (unit := unlisted_thing(word)) is not None:  # "three IDP camps": camps, a thing counted
        c.lookup, c.noun_follows = NounLookup(Noun(unit, "other", m.start(2), m.end(2))), True
        return True
    c.dropped = True
    ctx.uncounted.add(c.figure.start)
    return True


#: The plural after a singular modifier, past "and"/"or" and a second modifier: " and missile
#: attacks", " strikes".
_MODIFIED_PLURAL = re.compile(r"(?:\s+(?:and|or)\s+([a-z][a-z-]+))?\s+([a-z][a-z-]{2,}(?<![siu])s)\b")
#: The plural a singular modifier shares with the words after "and"/"or": another figure and
#: its own modifier (" and 57 aviation strikes") or the plural at once (" and airstrikes");
#: group 1 is empty, as the second modifier needs no lexicon here.
_SHARED_PLURAL = re.compile(r"\s+(?:and|or)()\s+(?:\d[\d,.]*\s+(?:[a-z][a-z-]+\s+)?)?([a-z][a-z-]{2,}(?<![siu])s)\b")


@cache
def _words_that_end_a_phrase() -> frozenset[str]:
    """Breakers and links (``breakers.csv``, ``links.csv``): words no figure counts."""
    return lexicons.word_set("breakers", "word") | lexicons.word_set("links", "word")


#: A percentage followed by "of" and the words that open its whole ("30% of their ...").
_SHARE_OF = re.compile(r"\s?(?:%|percent\b|per\s+cent\b)\s+of\s+(?:(?:the|their|its|his|her|our|this|that)\s+)?", re.I)


#: The "of" that opens a share's whole, past the share's sign, up to a determiner: "% of the ",
#: " of Sudan's ", " of such ".
_SHARE_WHOLE = re.compile(r"\s?(?:%|percent\b|per\s+cent\b)?\s+of(?=\s)(?:\s+(?:the|their|its|his|her|our|this|that|such|all))?", re.I)


def share_of_unlisted_thing(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """Else a share "of" a plural thing no lexicon lists but that is counted (``thing_after``:
    hospitals, structures, facilities) is a share of those things, a claim, not a share of
    nothing counted ("more than 80 percent of the region's hospitals are out of service").

    >>> [(c["figure"], c["unit"], c["category"]) for c in _claims("The agency said more than 80 percent of Tarn's hospitals had closed.")]
    [('80', 'percent', 'other')]
    """
    if c.lookup.found or not c.figure.percent or " of " not in ctx.text:
        return False
    m = _SHARE_WHOLE.match(ctx.text, c.figure.end)
    thing = thing_after(ctx.text, m.end(), ctx.masks) if m else None
    if thing is None:
        return False
    c.lookup = NounLookup(thing)
    return True


#: The word a share's whole ends on after "of" and its determiner, past an owner: "% of the
#: army's ammunition", " of their ammunition".
#: Calibres between may say which kind ("% of the 122 mm and 152 mm artillery ammunition"), and a
#: word before the stock too.
_STOCK_WHOLE = re.compile(r"\s?(?:%|percent\b|per\s+cent\b)?\s+of\s+(?:(?:the|their|its|his|her|our|this|that|all)\s+)?"
                          r"(?:[\w-]+['’]s\s+)?(?:(?:\d+(?:\.\d+)?\s?-?\s?(?:mm|millimet(?:er|re)s?)(?:\s*,)?\s+(?:(?:and|or)\s+)?)+"
                          r"(?:[a-z]+\s+(?=[a-z]))?)?([a-z]+)\b", re.I)


@cache
def _stocks() -> dict[str, str]:
    """The mass nouns of ``stocks.csv`` and the category of what each stock is made of."""
    return {r["word"]: r["category"] for r in lexicons.read_lexicon("stocks")}


def share_of_a_stock(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """Else a share "of" a stock that no figure counts but that is made of counted things
    (``stocks.csv``: "ammunition", "weaponry") is a share of those things, a claim ("only a
    third of its ammunition was left"), not a share of nothing counted.

    >>> [(c["figure"], c["unit"]) for c in _claims("The brigade said only a third of its ammunition was left.")]
    [('a third', 'percent')]
    >>> [(c["figure"], c["unit"]) for c in _claims("Tarn said 60 percent of the 122 mm and 152 mm artillery ammunition came from Osk.")]
    [('60', 'percent')]
    """
    if c.lookup.found or not c.figure.percent or " of " not in ctx.text:
        return False
    word = _STOCK_WHOLE.match(ctx.text, c.figure.end)
    category = _stocks().get(word.group(1).lower()) if word else None
    if category is None:
        return False
    c.lookup = NounLookup(Noun(word.group(1).lower(), category, word.start(1), word.end(1)))
    return True


#: A share's whole that names people by their state alone, past "of the" and an adverb in
#: "-ly": "% of the newly displaced", " of the evacuated"; group 1 the participle, group 2 the
#: word after it.
_SHARE_OF_THE_STATE = re.compile(r"\s?(?:%|percent\b|per\s+cent\b)? of the (?:[a-z]+ly\s+)?([a-z]+ed)\b"
                                 r"(?![-‑])\s*(?:([a-z]+)\b)?", re.I)


def share_of_people_in_a_state(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """Else a share "of the" people a participle names by what befell them, the noun phrase
    ending with it ("a quarter of the displaced are in camps", "75% of the newly displaced"; the
    cues of ``statuses.csv`` that apply to people) is a share of those people, a claim.

    >>> [(c["figure"], c["unit"], c["status"]) for c in _claims("Aid groups said 75% of the newly displaced are children.")]
    [('75', 'percent', 'displaced')]
    >>> [c["figure"] for c in _claims("Aid groups said a quarter of the evacuated buildings were hit.")]
    []
    """
    if c.lookup.found or not c.figure.percent or " of the " not in ctx.text:
        return False
    m = _SHARE_OF_THE_STATE.match(ctx.text, c.figure.end)
    if m is None or (m.group(2) and m.group(2).lower() not in _words_that_end_a_phrase()):
        return False  # "of the evacuated buildings": the participle describes a noun
    word = m.group(1).lower()
    row = next((r for r in _statuses().get(word, ()) if r["applies"] in ("people", "any")), None)
    if row is None:
        return False
    c.lookup = NounLookup(Noun(word, "other", m.start(1), m.end(1)))
    c.status_hint = row["status"]
    return True


def share_of_uncounted(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """A percentage "of" a whole that counts nothing the lexicons know is no claim, whatever
    the sentence counts elsewhere: a share of capacity, of an area, of a budget. A share of
    counted people or things is kept.

    >>> [c["value_low"] for c in _claims("8,000 shells were sent. Plants ran at 30% of their capacity.")]
    [8000]
    >>> [(c["value_low"], c["unit"]) for c in _claims("Nearly 40% of the troops were killed.")]
    [(40, 'percent')]
    """
    if c.lookup.found or not c.figure.percent or _SHARE_OF.match(ctx.text, c.figure.end) is None:
        return False
    c.dropped = True
    return True


_WORD_SHARE_OF = re.compile(r"\s+of\s+(?:(?:the|their|its|his|her|our|this|that)\s+)?([A-Za-z]+)\b")
#: A word between a count and its head that is no noun, then the plural head: " more attacks",
#: " such operations", " further raids".
_DETERMINER_THEN_PLURAL = re.compile(r"\s+(?:more|such|other|further|additional)\s+([a-z][a-z-]{2,}(?<![siu])s)\b")


def determiner_then_uncounted(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """A figure whose noun phrase is "more", "such", "other", "further" or "additional" and a
    plural never counted (an event, a place, a time of ``uncounted.csv``) counts that plural: no
    claim, and no pointer back to what was counted before it ("troops were hit in three more
    attacks", "four men died in the last of 17 such operations").

    >>> [c["figure"] for c in _claims("Osk troops hit in three more attacks at bases, leaving one soldier hurt")]
    ['one']
    >>> [c["figure"] for c in _claims("Four men died, the ministry said, in the last of 17 such operations on the coast.")]
    ['Four']
    """
    if c.figure.percent or c.lookup.noun is not None or (
            " more " not in ctx.text and " such " not in ctx.text and " other " not in ctx.text
            and " further " not in ctx.text and " additional " not in ctx.text):
        return False
    m = _DETERMINER_THEN_PLURAL.match(ctx.text, c.figure.end)
    if m is None or lookup_unit(m.group(1)) is not None or singular(m.group(1)) not in _uncounted_singulars():
        return False  # "three more soldiers": counted
    c.dropped = True
    ctx.uncounted.add(c.figure.start)
    return True


#: A share's whole after "those" or "these": " of those raids".
_WORD_SHARE_OF_POINTED = re.compile(r"\s?(?:%|percent\b|per\s+cent\b)?\s+of\s+(?:those|these)\s+([a-z]+s)\b", re.I)


def share_of_uncounted_pointed(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """A share "of those" or "of these" events, times or places (``uncounted.csv``) is no
    claim: the pointer names what is never counted ("Osk took part in nearly half of those
    raids"), while "half of those killed" stays a share of people.

    >>> [c["value_low"] for c in _claims("The war killed 300 villagers; Osk was behind nearly half of those raids.")]
    [300]
    """
    if not c.figure.percent or not c.lookup.points_back or " of th" not in ctx.text:
        return False
    m = _WORD_SHARE_OF_POINTED.match(ctx.text, c.figure.end)
    if m is None or singular(m.group(1).lower()) not in _uncounted_singulars():
        return False
    c.dropped = True
    return True


def word_share_of_uncounted(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """A fraction word "of" a noun no lexicon counts is no claim either ("at about two-thirds of
    its capacity"); "half of them" (an ``anaphor`` of ``links.csv``) still points back.

    >>> [c["value_low"] for c in _claims("It made 320,000 rounds, at two-thirds of its capacity.")]
    [320000]
    """
    if c.lookup.found or not c.figure.percent or c.figure.text[:1].isdigit():
        return False
    m = _WORD_SHARE_OF.match(ctx.text, c.figure.end)
    if m is None or m.group(1).lower() in lexicons.word_set("links", "word", "link", "anaphor"):
        return False
    if lookup_unit(m.group(1)) is not None or _share_of_a_figure_or_number(c, ctx):
        return False
    c.dropped = True
    return True


#: "of the (total) number of" after a fraction word: what it is a share of comes after.
_OF_THE_NUMBER_OF = re.compile(r"\s+of\s+the\s+(?:total\s+|overall\s+)?number\s+of\s+", re.I)


def _share_of_a_figure_or_number(c: FigureCandidate, ctx: SentenceContext) -> bool:
    """Whether a fraction word is a share "of" a total written as a figure, past a determiner
    and a hedge or an adjective ("over half of the approximately 11,000 troops", "half of the
    initial 11,000 sent"), or "of the total number of" a counted noun ("a third of the total
    number of troops"): a share of people or things, not of a noun no lexicon counts. The
    share counts that noun (``c.lookup``).

    >>> [(c["figure"], c["category"]) for c in _claims("The losses account for over half of the approximately 11,000 troops sent.")][0]
    ('half', 'other')
    >>> [(c["figure"], c["unit"]) for c in _claims("These losses represent more than a third of the total number of troops in Tarn.")]
    [('a third', 'percent')]
    """
    m = _OF_A_FIGURE.match(ctx.text, c.figure.end)
    if m is not None and _counts_as_figure_at(c, ctx, m.end()):
        return True  # the total's noun, as ``share_of_named_total`` takes it
    m = _OF_THE_NUMBER_OF.match(ctx.text, c.figure.end)
    lookup = noun_after(ctx.text, m.end() - 1, ctx.masks) if m is not None else None
    if lookup is None or lookup.noun is None:
        return False
    c.lookup = lookup
    return True


_RESTATES = re.compile(
    r"\b(?:amount(?:s|ed|ing)?\s+to|account(?:s|ed|ing)?\s+for|represent(?:s|ed|ing)?|makes?\s+up|made\s+up)"
    r"\s+(?:[\w-]+\s+){0,3}$", re.I)
#: "of", a determiner, and an owner's name or one adjective right before the total's figure: " of
#: the ", " of Tarn's ", " of the original ", an owner's name and one word after it (a hedge, an
#: adjective): " of Tarn's approximately ".
_OF_A_FIGURE = re.compile(r"\s+of\s+(?:(?:the|its|their|those|these|an\s+estimated|some|about)\s+)?"
                          r"(?:(?:(?-i:[A-Z])[\w-]*['’]s(?:\s+(?-i:[a-z]+))?|[a-z]+)\s+(?=\d))?", re.I)


def share_of_named_total(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """Else a share of a total given as a figure ("nearly half of the 11,000 soldiers") counts
    that total's noun.

    >>> [(c["figure"], c["unit"]) for c in _claims("Officials said nearly half of the 11,000 soldiers were wounded.")]
    [('half', 'percent'), ('11,000', 'soldier')]

    The total may be owned by a name or have an adjective before it ("a quarter of Tarn's 2.1
    million people", "half of the original 9,000 soldiers"); a total with no noun after it
    counts what was counted before, as a bare figure does ("Some 4,000 were killed, nearly half
    of the original 9,000 sent").

    >>> [(c["figure"], c["unit"]) for c in _claims("The agency said a quarter of Tarn's 2.1 million people face hunger.")]
    [('a quarter', 'percent'), ('2.1 million', 'person')]
    >>> [(c["figure"], c["unit"]) for c in _claims("More than 90% of Tarn's roughly 2 million villagers are farmers.")]
    [('90', 'percent'), ('2 million', 'villager')]
    >>> [(c["figure"], c["unit"], c["category"]) for c in _claims("Some 4,000 troops were killed, nearly half of the original 9,000 sent.")][1]
    ('half', 'percent', 'other')
    """
    if c.lookup.found or not c.figure.percent:
        return False
    at = c.figure.start if c.figure.hedge_start is None else c.figure.hedge_start
    verb = _RESTATES.search(ctx.text, max(0, at - 40), at)
    if verb and not _counted_subject(ctx.text, c.clause[0], verb.start()):
        return False  # "this comes to over half of the 9,000 sent": another figure's share
    sign = PERCENT_AFTER.match(ctx.text, c.figure.end)
    m = _OF_A_FIGURE.match(ctx.text, sign.end() if sign else c.figure.end)
    if m is None:
        return False
    if _counts_as_figure_at(c, ctx, m.end()):
        return True
    if art.previous is None or not any(f.start == m.end() for f in ctx.figures) \
            or not _people_status_after(ctx.text, next(f.end for f in ctx.figures if f.start == m.end())):
        return False
    c.lookup = POINTS_BACK  # "half of the original 9,000 sent": what the bare total counts
    return True


#: A bracketed share that closes on "of" what it is a share of: "the bulk (80 percent) of the dead".
_BRACKET_THEN_OF = re.compile(r"\s*\)\s+of\s")
#: "of" and the words of what a share is of, then the bracket the share opens: "most of civilian
#: casualties (", no figure or clause break in between.
_OF_WORDS_BEFORE_BRACKET = re.compile(r"\bof\s+[^\d(),;.:!?]{1,60}?\s*\(\s*$", re.I)


def share_in_brackets(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """Else a share in brackets gives a share word's size and counts what the words around it
    are a share of: before "of" after the bracket ("the bulk (80 percent) of the dead"), or
    after "of" before the bracket ("most of the Ostrian dead (80 percent)").

    >>> [(c["figure"], c["category"], c["unit"]) for c in _claims("Velmar said the bulk (80 percent) of the casualties were civilians.")]
    [('80', 'other', 'percent')]
    >>> [(c["figure"], c["unit"]) for c in _claims("Velmar said most of the civilian casualties (80 per cent) came from shelling.")]
    [('80', 'percent')]
    """
    if c.lookup.found or not c.figure.percent or "(" not in ctx.text:
        return False
    at = c.figure.start if c.figure.hedge_start is None else c.figure.hedge_start
    sign = PERCENT_AFTER.match(ctx.text, c.figure.end)
    end = sign.end() if sign else c.figure.end
    close = _BRACKET_THEN_OF.match(ctx.text, end)
    if close is not None and ctx.text[max(0, at - 3):at].rstrip().endswith("("):
        c.lookup = noun_after(ctx.text, close.end() - 4, ctx.masks)  # from " of the dead"
        return c.lookup.found
    if not ctx.text[end:end + 3].lstrip().startswith(")"):
        return False
    words = _OF_WORDS_BEFORE_BRACKET.search(ctx.text, max(0, at - 70), at)
    if words is None:
        return False
    c.lookup = noun_after(ctx.text, words.start() + 2, ctx.masks)  # from " civilian casualties ("
    return c.lookup.found


#: "and" or "or", then a second share and the "of" that says what both are shares of: "% and 19%
#: of casualties" (the "of" is the group's first).
_SHARE_THEN_SHARE_OF = re.compile(
    r"\s*,?\s+(?:and|or)\s+(?:[a-z]+\s+)?\d[\d.,]*\s?(?:%|percent\b|per\s+cent\b)(\s+of\s)", re.I)


def share_before_a_share(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """Else a bare share coordinated right before another share that says what it is a share of
    is a share of the same whole ("44% and 19% of casualties", "30 percent or 40 percent of the
    troops"): the "of" after the pair is both shares', unless the first is a change ("rose 44%").

    >>> [(c["figure"], c["category"], c["unit"], c["status"]) for c in _claims("Velmar said shells and mines caused 44% and 19% of the casualties.")]
    [('44', 'other', 'percent', 'casualties'), ('19', 'other', 'percent', 'casualties')]
    >>> [c["figure"] for c in _claims("Velmar said prices rose 44% and 19% of the troops left.")]
    ['19']
    """
    if c.lookup.found or not c.figure.percent or (" and " not in ctx.text and " or " not in ctx.text):
        return False
    m = _SHARE_THEN_SHARE_OF.match(ctx.text, _percent_end(ctx.text, c.figure))
    at = c.figure.start if c.figure.hedge_start is None else c.figure.hedge_start
    if m is None or _CHANGE_BEFORE_SHARE.search(ctx.text, max(0, at - 30), at):  # "rose 44% and 19% of ..."
        return False
    c.lookup = noun_after(ctx.text, m.start(1), ctx.masks)  # from " of the casualties"
    return c.lookup.found


#: A count's words up to the bracket a share opens right after them: " Kurdish prisoners (", no
#: figure, clause break or bracket in between.
_COUNT_WORDS_THEN_BRACKET = re.compile(r"[^\d(),;.:!?]{1,40}?\(\s*$")


def share_in_brackets_after_a_count(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """Else a share alone in brackets right after a count and its noun is the share of the whole
    that the count's people or things make up ("72 Tarn prisoners (27%)", "40 soldiers (30 per
    cent)"): a share of what the count counts.

    >>> [(c["figure"], c["category"], c["unit"]) for c in _claims("Velmar said it executed 72 Tarn prisoners (27%) and 40 soldiers (15 per cent).")]
    [('72', 'casualties', 'prisoner'), ('27', 'other', 'percent'), ('40', 'casualties', 'soldier'), ('15', 'other', 'percent')]
    """
    if c.lookup.found or not c.figure.percent or "(" not in ctx.text:
        return False
    end = _percent_end(ctx.text, c.figure)
    if not ctx.text[end:end + 3].lstrip().startswith(")"):
        return False
    before = [f for f in ctx.figures if f.end <= c.figure.start]
    if not before or before[-1].percent:
        return False
    count = before[-1]
    if _COUNT_WORDS_THEN_BRACKET.fullmatch(ctx.text, count.end, c.figure.start) is None:
        return False
    c.lookup = noun_after(ctx.text, count.end, ctx.masks)  # from " Tarn prisoners ("
    return c.lookup.found


#: "out of the " or "of the " between a part and the total it is taken from ("700 out of the
#: 900 ...", "4,000 of the 12,000 ...").
#: ("of" a total whose owner is named: "of the country's 11 million", "of its 900", "of Velm's 40",
#: "of the Marla Star's 22", also before a count noun of ``aggregates.csv`` and "of": "of the
#: ship's complement of 22")


@cache
def _out_of_a_figure() -> re.Pattern[str]:
    """The words between a part and the figure of the total it is taken from (above).

    >>> bool(_out_of_a_figure().match(" of the Marla Star's complement of 22 crew"))
    True
    """
    counts = lexicons.alternation(lexicons.column("aggregates", "word"), fold_case=True)
    return re.compile(
        r"\s+(?:out\s+of\s+(?:(?:the|an\s+estimated|some|about)\s+)?|of\s+(?:(?:the\s+(?:[\w-]+\s+){0,2}[\w-]+['’]s"
        rf"|[A-Z][\w-]*['’]s|its|their)\s+(?:(?:{counts})\s+of\s+)?(?=\d)|(?:the|an\s+estimated)\s+|(?=\d)"
        # or the hedge of the total's figure ("21 of around 50 missiles": the caller finds the figure there)
        r"|(?=[a-z])))", re.I)


def part_out_of_named_total(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """Else a count "out of" (or "of the") a total given as a figure ("700 out of the 900
    soldiers had been moved", "4,000 of the 12,000 troops were killed") counts that total's
    noun; a lone "one of the" names a member of a set, not a count.

    >>> [(c["figure"], c["unit"]) for c in _claims("Mara Olsen said 700 out of the 900 soldiers had been moved.")]
    [('700', 'soldier'), ('900', 'soldier')]
    >>> [(c["figure"], c["category"]) for c in _claims("Officials said 400 of the 1,200 troops sent were killed.")]
    [('400', 'casualties'), ('1,200', 'troops')]
    >>> [(c["figure"], c["unit"]) for c in _claims("The WHO said 26 of 35 hospitals had closed.")]
    [('26', 'hospital'), ('35', 'hospital')]
    >>> [(c["figure"], c["unit"]) for c in _claims("Aid groups said 2,000 of the town's 5,000 people fled.")]
    [('2,000', 'person'), ('5,000', 'person')]

    The total's figure may have a hedge ("21 of around 50 missiles").

    >>> [(c["figure"], c["unit"]) for c in _claims("Experts examined debris from 21 of around 50 missiles.")]
    [('21', 'missile'), ('50', 'missile')]
    """
    if c.lookup.found or c.figure.percent or " of " not in ctx.text:
        return False
    if c.figure.text.lower() == "one":
        return False
    m = _out_of_a_figure().match(ctx.text, c.figure.end)
    return m is not None and _counts_as_figure_at(c, ctx, m.end())


#: "at 10,000 the number of ...": a figure put before what it is the number of.
_NUMBER_OF_AFTER = re.compile(r"\s+the\s+(?:total\s+|overall\s+|estimated\s+)?number\s+of\s+", re.I)


def number_of_named_after(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """Else a figure put before "the number of" what it counts ("estimated at around 9,000
    the number of troops deployed") counts that noun.

    >>> [(c["figure"], c["unit"]) for c in _claims("The ministry put at 9,000 the number of troops deployed.")]
    [('9,000', 'troop')]
    """
    if c.lookup.found or "number of" not in ctx.text:
        return False  # the cheap test first
    m = _NUMBER_OF_AFTER.match(ctx.text, _percent_end(ctx.text, c.figure))
    if m is None:
        return False
    lookup = noun_after(ctx.text, m.end() - 1, ctx.masks)
    if lookup.noun is None:
        return False
    c.lookup = lookup
    return True


#: "number of" and the plural it counts (past one word before it), then the words, with no
#: figure, up to a figure the number came to: "number of attacks since May began to ".
_NUMBER_OF_BEFORE = re.compile(r"\bnumber\s+of\s+(?:[a-z-]+\s+)?([a-z]+s)\b(?:[^.;:\d]|(?<=[A-Z])\.){0,80}?"
                               r"\b(?:to|at|reached|hit|was|is|stands|stood)\s+$", re.I)


def number_of_uncounted_before(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """Else a figure that "the number of" a plural never counted (``uncounted.csv``: events,
    places, times) came to ("raising the total number of attacks on the convoys to 1,240", "the
    number of raids on Tarn reached 60") counts those, whatever noun stands nearer: no claim.

    >>> [c["figure"] for c in _claims("The raids bring the number of attacks on U.S. forces to 60, officials said.")]
    []
    """
    if c.lookup.found or "number of" not in ctx.text:
        return False  # the cheap test first
    at = c.figure.start if c.figure.hedge_start is None else c.figure.hedge_start
    m = _NUMBER_OF_BEFORE.search(ctx.text, max(0, at - 160), at)
    if m is None or singular(m.group(1).lower()) not in _uncounted_singulars():
        return False
    c.dropped = True
    return True


def _counted_subject(text: str, start: int, verb: int) -> bool:
    """Whether the subject before "make up" or "account for" names counted people or things
    and no figure ("children and the elderly make up over half of the 31,000 dead"), so the
    share is theirs of the total after it.

    >>> _counted_subject("women and children make up half", 0, 19), _counted_subject("this makes up half", 0, 5)
    (True, False)
    """
    head = text[start:verb]
    return not any(ch.isdigit() for ch in head) and nearest_noun(head, len(head)) is not None


def _counts_as_figure_at(c: FigureCandidate, ctx: SentenceContext, at: int) -> bool:
    """Count what the figure written at ``at`` counts (the noun after it), if it names one: a
    share of that total, a number word joined by "and" to it."""
    other = next((f for f in ctx.figures if at in (f.start, f.hedge_start)), None)
    if other is None:
        return False
    lookup = noun_after(ctx.text, other.end, ctx.masks)
    if lookup.noun is None:
        thing = thing_after(ctx.text, other.end, ctx.masks)  # "26 of 35 hospitals had closed"
        if thing is None:
            return False
        lookup = NounLookup(thing)
    c.lookup = lookup
    return True


def noun_written_before(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """Else the noun or aggregate before the figure in its clause ("a force of 10,000"), an
    apposition ("troops, possibly 5,000,") or a label ("Casualties: 3,000"). A noun in an
    earlier clause lends its clause's modality ("was preparing to send troops, possibly 5,000").

    >>> [c["unit"] for c in _claims("The troops numbered 2,000.")]
    ['troop']

    A noun is no label of a vague plural right after it with nothing between: "clashes forces
    thousands to flee" reads "forces" as a verb, its object the people who flee.

    >>> [(c["unit"], c["category"]) for c in _claims("Border clashes forces thousands to flee.")]
    [('person', 'other')]
    """
    if c.lookup.found:
        return False
    c.lookup = noun_before(ctx.text, c.figure, c.clause[0])
    noun = c.lookup.noun
    if noun is not None and c.figure.hedge == "vague" and c.figure.hedge_start is None \
            and c.figure.text.endswith("s") and not ctx.text[noun.end:c.figure.start].strip():
        c.lookup = NOTHING  # "forces thousands to flee": a verb and its object
        return False
    if noun is not None and noun.end <= c.clause[0]:
        c.modal_span = (_clause_of(ctx.spans, noun.start)[0], c.clause[1])
    return c.lookup.found


#: A plural, then "by the" or "in their" right before a vague figure: "Palestinians by the ".
_PLURAL_BY_THE = re.compile(r"([A-Za-z][\w'’-]*s)\s+(?:by\s+the|in\s+(?:the|their))\s+$")


def plural_by_the_vague(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """A vague figure after a plural and "by the" or "in their" counts that plural ("refugees
    by the thousands crossed", "mourners in their hundreds"): a known noun, else the thing.

    >>> [(c["figure"], c["unit"]) for c in _claims("Refugees by the thousands crossed the river.")]
    [('thousands', 'refugee')]
    """
    if c.lookup.found or c.figure.hedge != "vague":
        return False
    m = _PLURAL_BY_THE.search(ctx.text, max(0, c.figure.start - 40), c.figure.start)
    if m is None:
        return False
    noun = noun_of_tally_label(ctx.text, m.start(1), m.end(1))  # the plural as a label
    if noun is None:
        return False
    c.lookup = NounLookup(noun)
    return True


#: A copula that ends right before a bare figure: "were ", "was put at ", "is now ".
_COPULA_BEFORE = re.compile(r"\b(?:was|were|is|are)\s+(?:now\s+|still\s+|just\s+)?$", re.I)
#: A copula or "run" and "in the" or "into the" right before a vague figure: "were in the ",
#: "ran into the ", "number in the ".
_VAGUE_COPULA_BEFORE = re.compile(r"\b(?:was|were|is|are|be|been|run|runs|ran|running|number|numbers|numbered)\s+"
                                  r"(?:now\s+|still\s+|already\s+)?in(?:to)?\s+the\s+$", re.I)


def casualty_subject_of_copula(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """Else a bare figure that ends its clause after "was" or "were", whose subject opens with
    a noun that a casualty word names ("official Soviet troop losses in that war were 15,000",
    "deaths among the crews were 80"), counts that noun: the copula gives how many were lost.

    >>> [(c["figure"], c["unit"], c["category"]) for c in _claims("Official troop losses in that war were 15,000.")]
    [('15,000', 'troop', 'casualties')]
    >>> [(c["figure"], c["unit"]) for c in _claims("The soldiers in the square were 15.")]
    []

    So does a vague figure that the subject is "in" or "runs into" ("Casualties were in the
    hundreds", "the army's losses run into the thousands"):

    >>> [(c["figure"], c["category"]) for c in _claims("Casualties were in the hundreds, the mayor said.")]
    [('hundreds', 'casualties')]
    """
    if c.lookup.found or c.figure.percent:
        return False
    at = c.figure.start if c.figure.hedge_start is None else c.figure.hedge_start
    copula = _COPULA_BEFORE if c.figure.hedge != "vague" else _VAGUE_COPULA_BEFORE
    if not copula.search(ctx.text, max(c.clause[0], at - (30 if copula is _VAGUE_COPULA_BEFORE else 16)), at) or not ends_noun_phrase(ctx.text, c.figure.end):
        return False
    cues = [cue for s, e, cue in _status_cues_in(ctx.text) if c.clause[0] <= s and e <= at]
    if not cues or _status_cues(True, False).get(cues[0], "") not in CASUALTY_STATUSES:
        return False
    noun = first_noun(ctx.text, c.clause[0], at)
    if noun is None or not counts_people(noun):
        return False
    c.lookup = NounLookup(noun)
    return True


def compared_points_back(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """Else a figure compared with one just given counts the same thing ("10,000 troops, up
    from 3,000").

    >>> [c["figure"] for c in _claims("There are 10,000 troops, up from 3,000 in May.")]
    ['10,000', '3,000']
    """
    if c.lookup.found or not c.compared:
        return False
    c.lookup = POINTS_BACK
    return True


#: A figure set against one just given: '- not "a few hundred"', ", rather than 500".
_CONTRASTED = re.compile(r"(?:[,;:–—-]|\s-)\s*(?:not|rather\s+than|instead\s+of)\s+[\"“‘']?$", re.I)


def contrasted_points_back(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """Else a bare figure set against one the sentence gave before it ("over 1,300 drones -
    not 'a few hundred'") counts the same thing (not a share: "not half, but 88%").

    >>> [c["unit"] for c in _claims('They fired over 900 shells - not "a few dozen", as was claimed.')]
    ['shell', 'shell']
    """
    if c.lookup.found or c.figure.percent or ctx.figures[0] is c.figure:
        return False
    at = c.figure.start if c.figure.hedge_start is None else c.figure.hedge_start
    if "not" not in ctx.text[max(0, at - 14):at] and "than" not in ctx.text[max(0, at - 14):at] \
            and "of" not in ctx.text[max(0, at - 14):at]:
        return False  # the cheap test first
    if not _CONTRASTED.search(ctx.text, max(0, at - 20), at):
        return False
    c.lookup = POINTS_BACK
    return True


_PART_BEFORE = re.compile(
    r"\b(?:including|among\s+(?:them|whom|those)|of\s+(?:whom|which|them|those|these))\s*,?\s*$", re.I)


def part_points_back(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """Else a bare figure that opens a part of a group just counted counts the same thing
    ("about 15,000 soldiers, including around 11,000 in the first wave"; "Of those, 1,000 ...").

    >>> [c["unit"] for c in _claims("Pyongyang sent 15,000 soldiers, including around 11,000 in May.")]
    ['soldier', 'soldier']
    """
    if c.lookup.found or art.previous is None:
        return False
    at = c.figure.start if c.figure.hedge_start is None else c.figure.hedge_start
    if not _PART_BEFORE.search(ctx.text, max(0, at - 30), at):
        return False
    c.lookup = POINTS_BACK
    return True


#: A sentence or reported clause that opens with the whole its parts are taken from ("Of the
#: 3,000 troops ...", "said that out of some 800 ...").
_OPENING_WHOLE = re.compile(
    r"(?:^|\bthat\s+)(?:out\s+)?of\s+(?:the\s+|these\s+|those\s+|some\s+|an\s+estimated\s+)?", re.I)


def part_of_opening_whole(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """Else a bare figure in a sentence that opens with the whole its parts are taken from
    counts what the whole counts ("Of the 3,000 troops leaving Kell, 2,600 will go to Varnia,
    while 400 from the 9th Corps will stay": the 400 are troops too).

    >>> [(c["figure"], c["unit"]) for c in _claims("Of the 3,000 troops leaving Kell, 2,600 members of the 5th Brigade will go to Varnia, while 400 from the 9th Corps will stay.")]
    [('3,000', 'troop'), ('2,600', 'member'), ('400', 'troop')]
    """
    if c.lookup.found or c.figure.percent or not (
            ctx.text[:3].lower() in ("of ", "out") or "that of " in ctx.text or "that out of " in ctx.text):
        return False  # the cheap test first
    m = _OPENING_WHOLE.search(ctx.text, 0, c.figure.start)
    whole = next((f for f in ctx.figures if m and m.end() in (f.start, f.hedge_start)), None)
    if whole is None or whole.end >= c.figure.start or "," not in ctx.text[whole.end:c.figure.start]:
        return False
    if not (_VERB_OR_END.match(ctx.text, c.figure.end) or ends_noun_phrase(ctx.text, c.figure.end)):
        return False  # "..., 40 local recruits": a noun the lexicons do not know follows
    lookup = noun_after(ctx.text, whole.end, ctx.masks)
    if lookup.noun is None:
        return False
    c.lookup = lookup
    return True


#: Between a bare figure and the condition its people are in: "one in", "one of whom is in a".
_IN_CONDITION = re.compile(r"\s+(?:of\s+(?:them|whom)\s+(?:is|was|are|were|remain|remains)\s+)?in\s+(?:a\s+)?(?=\w)", re.I)


def bare_figure_points_back(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """Else a bare figure with a casualty status after it ("1,200 were killed"), or the
    subject of a verb within two sentences of a claim ("3,000 had already crossed"), counts
    what was counted before.

    >>> [c["status"] for c in _claims("Some 5,000 troops fought. 1,200 were killed.")]
    ['', 'killed']
    >>> [(c["unit"], c["category"]) for c in _claims("Some 5,000 troops came. About 30% have been deployed.")]
    [('troop', 'troops'), ('percent', 'other')]

    The hurt told by their condition are wounded: "one critically", "one in critical
    condition".

    >>> [(c["figure"], c["status"]) for c in _claims("In Tarn, four medics were wounded, with one in a critical condition.")]
    [('four', 'wounded'), ('one', 'wounded')]

    So are those a hearsay frame puts before the status ("are feared", "were known to have").

    >>> [(c["figure"], c["status"]) for c in _claims("Gunmen stormed Osk. At least ten were known to have died.")]
    [('ten', 'killed')]
    """
    if c.lookup.found:
        return False
    text, end = ctx.text, c.figure.end
    c.status_hint = _status_after(text, end)
    if not c.status_hint and (condition := _IN_CONDITION.match(text, end)):
        c.status_hint = _status_after(text, condition.end())  # "with two in critical condition"
    if not c.status_hint and (frame := _HEARSAY_FRAME.match(text, end)):
        c.status_hint = _status_after(text, frame.end())  # "ten were known to have died"
    recent = art.previous is not None and ctx.sentence.sentence - art.previous_at <= 2
    if not c.status_hint and recent and c.figure.percent:
        end = _percent_end(text, c.figure)  # "about 30% have been deployed": a share of them
    if c.status_hint or (recent and _BARE_SUBJECT.match(text, end)):
        c.lookup = POINTS_BACK
        return True
    return False


#: "with" right before a bare figure (past its hedge cue), and what makes the figure the subject
#: of a participle after it: "already" or the like, then "having" or "being" and a verb, or a
#: verb of belief and "to" ("with some 200 now thought to be on the way").
_WITH_BEFORE = re.compile(r"\bwith\s+$", re.I)
_ABSOLUTE_AFTER = re.compile(
    r"\s+(?:(?:already|still|now|reportedly)\s+)?(?:(?:having|being)\s+[a-z]+"
    r"|(?:believed|thought|estimated|reported|said|expected)\s+to\b"
    # a present participle before a preposition, a determiner, a past participle or the clause's
    # end: "with seven exploding in open fields", "with 12 getting rescued", "with 26 striking
    # their targets" (not "including", "according")
    r"|(?!(?:includ|accord|follow|regard|concern|exclud|dur|noth|someth|anyth|everyth)ing)[a-z]{2,}ing"
    r"(?=\s+(?:in|on|at|into|onto|from|over|near|inside|outside|across|after|before|within|the|their|its"
    r"|[a-z]+ed)\b|\s*[,.;:)]|\s*$))",
    re.I)


@cache
def _bare_subject_verb() -> re.Pattern[str]:
    """A finite verb that is no auxiliary right after a bare figure, past an adverb: a past in
    "-ed" or an irregular one (``participles.csv``: "hit", "held"), or "remain", then an object,
    a preposition, "and" or the clause's end ("76 escaped the attack", "three directly hit the
    base", "300,000 never detonated.", "50 remain in Tarn"); group ``verb`` the verb.

    >>> bool(_bare_subject_verb().match(" then entered the town")), bool(_bare_subject_verb().match(" populated areas"))
    (True, False)
    """
    irregular = lexicons.alternation(lexicons.column("participles", "participle"))
    return re.compile(
        r"\s+(?:(?:only|never|then|later|also|still|all|eventually|[a-z]{3,}ly)\s+)?"
        rf"(?P<verb>[a-z]{{3,}}ed|{irregular}|remain|remains)"
        r"(?:\s+(?:the|a|an|their|its|his|her|them|in|on|at|to|into|from|after|over|through|with|by"
        r"|during|across|near|and|home|back|safely|alive|unharmed)\b|\s*[,.;])")


#: The figures a bare verb after them never takes as subject: a year ("As 2023 neared its end").
_YEAR = re.compile(r"(?:1[89]|20)\d\d$")
#: What makes a "one" right after it a pronoun: a determiner, then perhaps an ordinal or the
#: like ("the one removed by the army", "the first one struck a building").
_PRONOUN_ONE_BEFORE = re.compile(
    r"\b(?:the|this|that|each|every|which|another|any|no)"
    r"(?:\s+(?:first|second|third|fourth|fifth|last|next|other|latest|only|same|new|old))?\s+$", re.I)


def bare_subject_of_a_verb(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """Else a bare figure that a finite verb other than an auxiliary takes as its subject
    (``_bare_subject_verb``), in a sentence within two of a claim, counts what was counted
    before, as one an auxiliary follows does (``bare_figure_points_back``): "while at least 76
    escaped the attack", "only about 25 survived the blast", "and three directly hit the base".

    >>> [(c["figure"], c["unit"]) for c in _claims("Velm fired 14 rockets at the camp and three directly hit the base.")]
    [('14', 'rocket'), ('three', 'rocket')]
    >>> [(c["figure"], c["unit"]) for c in _claims("The gunmen held 40 villagers. Only about 25 later escaped into the forest.")]
    [('40', 'villager'), ('25', 'villager')]

    A year, or a "one" after a determiner (a pronoun: "the one removed by the army", "the first
    one struck a school"), is no such subject, nor a vague quantity, which counts people
    (``bare_vague_subject_people``: "thousands gathered").

    >>> [c["figure"] for c in _claims("Tarn lost 12 tanks. As 2023 neared its end, the war went on.")]
    ['12']
    >>> [c["figure"] for c in _claims("Velm fired two drones at Osk. The first one struck a school.")]
    ['two']
    >>> [(c["figure"], c["unit"]) for c in _claims("Forty marines held the ferry. At the quay, thousands gathered to greet it.")]
    [('Forty', 'marine'), ('thousands', 'person')]
    """
    if c.lookup.found or c.figure.hedge == "vague" or art.previous is None or ctx.sentence.sentence - art.previous_at > 2:
        return False
    text, fig = ctx.text, c.figure
    if _YEAR.match(fig.text) or (fig.low == 1 and _PRONOUN_ONE_BEFORE.search(text, max(0, fig.start - 30), fig.start)):
        return False
    if not _bare_subject_verb().match(text, fig.end):
        return False
    c.own_verb = True
    before = [f for f in ctx.figures if f.end <= fig.start]
    if art.previous_at == ctx.sentence.sentence and before and before[-1].start not in ctx.dropped:
        c.lookup = NounLookup(art.previous)  # "fired 14 rockets ... and three directly hit": rockets
    else:
        c.lookup = POINTS_BACK
    return True


def absolute_with_points_back(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """Else a bare figure after "with" that a participle after it takes as its subject, in the
    sentence of a claim ("to send 6,000 soldiers, with some 1,000 already having arrived"),
    counts what was counted before: a part of it.

    >>> [(c["figure"], c["unit"]) for c in _claims("Velka will send 6,000 soldiers, with about 1,000 already having arrived.")]
    [('6,000', 'soldier'), ('1,000', 'soldier')]

    So does one a past participle takes as its subject ("with 91 shot down", "with 40 injured"),
    or a present participle ("with seven exploding in open fields").

    >>> [(c["figure"], c["unit"]) for c in _claims("Guns engaged 300 drones, with 91 shot down over Tarn.")]
    [('300', 'drone'), ('91', 'drone')]
    >>> [(c["figure"], c["unit"]) for c in _claims("Nine rockets fell near Tarn, with seven exploding in open fields.")]
    [('Nine', 'rocket'), ('seven', 'rocket')]
    """
    if c.lookup.found or "with" not in ctx.text:
        return False
    if art.previous is None or art.previous_at != ctx.sentence.sentence:
        return False
    at = c.figure.start if c.figure.hedge_start is None else c.figure.hedge_start
    if not _WITH_BEFORE.search(ctx.text, max(0, at - 8), at) or not (
            _ABSOLUTE_AFTER.match(ctx.text, c.figure.end) or _participle_after(ctx.text, c.figure.end)):
        return False
    c.lookup = POINTS_BACK
    return True


#: The word right after a figure, and the particle "down" or "out" after it: "91 shot down".
_PREDICATE_PARTICIPLE = re.compile(r"\s+(?:(?:already|later|reportedly)\s+)?([a-z]+)(?:\s+(?:down|out|up)\b)?(?=[\s,.;:)]|$)")


def _participle_after(text: str, end: int) -> bool:
    """Whether a past participle, regular ("-ed") or a row of ``participles.csv`` ("shot",
    "hit"), follows a figure ending at ``end`` as its predicate: "with 91 shot down", "with
    1,000 injured".

    >>> _participle_after("337 drones, with 91 shot down over Tarn", 19), _participle_after("with 9 in May", 6)
    (True, False)
    """
    m = _PREDICATE_PARTICIPLE.match(text, end)
    return m is not None and (m.group(1).endswith("ed") or m.group(1) in _irregular_participles())


@cache
def _irregular_participles() -> frozenset[str]:
    """The irregular past participles (``participles.csv``: "shot", "hit", "sunk")."""
    return lexicons.word_set("participles", "participle")


#: What a bare share's clause goes on with when it restates a share just given: its end, a
#: closing bracket, or a place, a cause or a time ("and eight per cent in the north", "40% due
#: to disease", "(8%)"), not a verb or a noun of its own.
_SHARE_RESTATED_END = re.compile(r"\s*(?:[.;,)]|$|\s(?:in|due|from|by|at|on|across|among|were|was|are|is|had|have)\b)", re.I)
#: Words right before a share that make it a change, not a part ("rose by 5%", "up 3%", not
#: "made up 3%").
_CHANGE_BEFORE_SHARE = re.compile(
    r"(?:\b(?:by|down|rose|fell|grew|dropped|increased|decreased|higher|lower)|(?<!\bmade\s)(?<!\bmake\s)(?<!\bmakes\s)\bup)"
    r"\s+(?:\w+\s+)?$", re.I)


def _people_noun(at: int) -> Noun:
    """The noun "people" as the lexicon counts it, placed at ``at``: what a figure counts when
    a rule finds it counts persons although no noun says so ("two others were wounded").

    >>> _people_noun(7)
    Noun(unit='person', category='other', start=7, end=7)
    """
    unit, category = lookup_unit("people") or ("person", "other")
    return Noun(unit, category, at, at)


def share_after_share(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """Else a bare share right after a claim that was a share, in its sentence or the one
    before, is a share of the same whole ("and eight per cent in the north", "Cadets make up
    8%." after "22% of the dead").

    >>> [(c["figure"], c["unit"], c["status"]) for c in _claims("About 60% of the soldiers were killed in Tarn and 25% in Vell.")]
    [('60', 'percent', 'killed'), ('25', 'percent', 'killed')]
    >>> [(c["figure"], c["category"]) for c in _claims("Reservists make up 22% of the soldiers killed. Cadets make up 8%.")]
    [('22', 'other'), ('8', 'other')]
    """
    if c.lookup.found or not c.figure.percent or art.last_share is None:
        return False
    here, (at_sentence, whole) = ctx.sentence.sentence, art.last_share
    if not (at_sentence == here or (at_sentence == here - 1 and ctx.figures[0] is c.figure)):
        return False
    end = _percent_end(ctx.text, c.figure)
    at = c.figure.start if c.figure.hedge_start is None else c.figure.hedge_start
    if end == c.figure.end or _SHARE_RESTATED_END.match(ctx.text, end) is None \
            or _CHANGE_BEFORE_SHARE.search(ctx.text, max(0, at - 30), at):
        return False
    c.lookup = NounLookup(whole)
    return True


def bare_people_status(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """Else a bare figure right before a status of people that is no casualty ("the 11,000
    sent to Russia", "3,000 deployed") counts the people named last, not their casualties
    ("North Korea has had 5,000 casualties, nearly half of the 11,000 sent to Russia").

    >>> [c["category"] for c in _claims("North Korean troops had 5,000 casualties. That is half of the 11,000 sent.")]
    ['casualties', 'other', 'troops']

    Things named last are not what such a status counts: people are ("It downed 150 drones.
    Hundreds of thousands displaced").

    >>> [c["unit"] for c in _claims("It downed 150 drones. Aid groups said 90,000 displaced.")]
    ['drone', 'person']

    Nor are the fighters named last what a displacement counts: those who flee their homes
    are people, whoever was named before ("rebels took the town, with thousands fleeing").

    >>> [(c["unit"], c["category"]) for c in _claims("Velm rebels took the town. Aid was cut for millions still displaced.")]
    [('person', 'other')]
    """
    if c.lookup.found:
        return False
    applies = _people_status_after(ctx.text, c.figure.end)
    if not applies:
        return False
    if _displacement_after(ctx.text, c.figure.end) or _crowd_gathers(c, ctx.text):
        noun = _people_noun(c.figure.end)  # people flee, whoever drove them out; a crowd gathers
    else:
        noun = nearest_noun(ctx.text, c.figure.start) or last_noun(art.earlier[-3:-1])
    if noun is None:
        return False
    if applies == "any" and not counts_people(noun):
        return False  # "arriving", "arrived" after a bare figure: only people named before
    if not counts_people(noun):
        noun = _people_noun(c.figure.end)
    c.lookup = NounLookup(noun)
    return True


def _crowd_gathers(c: FigureCandidate, text: str) -> bool:
    """Whether a vague plural ("thousands") is the subject of a gathering (a ``gathered`` row of
    ``statuses.csv``: "thousands gathered in the square"): a crowd, people, whoever was
    named before.

    >>> [(c["unit"], c["category"]) for c in _claims("The 40 militants left the town. In the square, thousands gathered to cheer.")]
    [('militant', 'troops'), ('person', 'other')]
    """
    if c.figure.hedge != "vague" or c.figure.hedge_start is not None or not c.figure.text.endswith("s"):
        return False
    m = _STATUS_WORDS.match(text[c.figure.end:c.figure.end + 40])
    return m is not None and any(r["status"] == "gathered" for r in _statuses().get(m.group(1).split()[0].lower(), []))


def _people_status_after(text: str, end: int) -> str:
    """Whether a status that is no casualty follows a figure, past an adverb: ``people`` for a
    status of people ("11,000 sent", "3,000 already dispatched"), ``any`` for one that people
    and things share ("82,000 arriving"), else empty.

    >>> _people_status_after("3,000 already dispatched", 5), _people_status_after("900 arriving", 3)
    ('people', 'any')
    """
    m = _STATUS_WORDS.match(text[end:end + 40])
    if not m:
        return ""
    rows = _statuses().get(m.group(1).split()[0].lower(), [])
    if any(r["applies"] == "people" and r["status"] not in CASUALTY_STATUSES for r in rows):
        return "people"
    if any(r["applies"] == "any" and r["status"] not in CASUALTY_STATUSES | {"total"} for r in rows):
        return "any"
    return ""


def _displacement_after(text: str, end: int) -> bool:
    """Whether the status that follows a bare figure, past an adverb, is a displacement
    (a ``displaced`` row of ``statuses.csv``: "fleeing", "displaced", "uprooted").

    >>> _displacement_after("thousands fleeing their homes", 9), _displacement_after("3,000 sent there", 5)
    (True, False)
    """
    m = _STATUS_WORDS.match(text[end:end + 40])
    return m is not None and any(r["status"] == "displaced" for r in _statuses().get(m.group(1).split()[0].lower(), []))


#: What may stand between a bare figure and the verb it is the subject of: "1.4 million have
#: been displaced", "1.8 million who have fled", "forced millions to flee", "the 40,000 forced
#: to flee".
_AUX_AFTER_FIGURE = re.compile(
    r"[\s,]*(?:(?:who|have|has|had|were|was|are|is|been|reportedly|now|already|forced|to)\s+)*")


def bare_displaced_people(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """Else a bare figure that is the subject of a displacement (a ``displaced`` status of
    ``statuses.csv``: "have been displaced", "have fled", "have left the country", "seeking
    refuge") counts people, with or without a noun named before.

    >>> [(c["figure"], c["unit"]) for c in _claims("The agency said about 1.4 million have been displaced.")]
    [('1.4 million', 'person')]

    So does the object of a verb that makes people flee ("forced millions to flee westward").

    >>> [(c["figure"], c["unit"], c["status"]) for c in _claims("The siege forced millions to flee westward.")]
    [('millions', 'person', 'displaced')]

    And a bare figure forced to flee ("the tens of thousands forced to flee the shelling").

    >>> [(c["figure"], c["unit"], c["status"]) for c in _claims("Camps fill with the tens of thousands forced to flee.")]
    [('tens of thousands', 'person', 'displaced')]
    """
    if c.lookup.found:
        return False
    m = _AUX_AFTER_FIGURE.match(ctx.text, c.figure.end)
    cue = _status_cue_at(ctx.text, m.end()) if m else None
    if cue is None or _status_cues(True, False).get(" ".join(cue.group(0).lower().split())) != "displaced":
        return False
    c.lookup = NounLookup(_people_noun(cue.start()))
    return True


#: Where a bare figure's people are driven from, right after it: " from their homes", " out of
#: their villages".
_FROM_THEIR_HOMES = re.compile(r"\s+(?:from|out\s+of)\s+their\s+(?:homes|houses|villages|towns)\b")


def bare_driven_from_homes(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """Else a bare figure followed by where its people are driven from ("from their homes")
    counts people, displaced: the object of a verb that drives them out, whatever the verb
    ("weeks of combat driving tens of thousands from their homes").

    >>> [(c["figure"], c["unit"], c["status"]) for c in _claims("Weeks of shelling drove thousands from their homes.")]
    [('thousands', 'person', 'displaced')]
    """
    if c.lookup.found or c.figure.percent or " their " not in ctx.text or not _FROM_THEIR_HOMES.match(ctx.text, c.figure.end):
        return False
    c.lookup = NounLookup(_people_noun(c.figure.end))
    c.status_hint = "displaced"
    return True


#: "left" or "leaving" right before a bare figure (past its hedge), and "without" right after
#: it: "left hundreds of thousands without power".
_LEFT_BEFORE = re.compile(r"\b(?:left|leaving|leaves|leave)\s+$", re.I)
_WITHOUT_AFTER = re.compile(r"\s+without\s+[a-z]")


def bare_left_without(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """Else a bare figure that something leaves without what people need ("the storm left
    hundreds of thousands without power", "leaving 40,000 without water") counts people.

    >>> [(c["figure"], c["unit"]) for c in _claims("The strikes on the grid left hundreds of thousands without power.")]
    [('hundreds of thousands', 'person')]
    """
    if c.lookup.found or " without " not in ctx.text or not _WITHOUT_AFTER.match(ctx.text, c.figure.end):
        return False
    return _people_after_verb(c, ctx, _LEFT_BEFORE, 9)


def _people_after_verb(c: FigureCandidate, ctx: SentenceContext, verb: re.Pattern[str], reach: int) -> bool:
    """Whether ``verb`` ends within ``reach`` characters before the bare figure (before its hedge
    when it has one); if so the figure counts people. The two rules of a verb that leaves or puts
    people somewhere share it."""
    at = c.figure.start if c.figure.hedge_start is None else c.figure.hedge_start
    if not verb.search(ctx.text, max(0, at - reach), at):
        return False
    c.lookup = NounLookup(_people_noun(c.figure.end))
    return True


#: A verb that puts people somewhere or in some state, right before a bare figure (past its
#: hedge): "left ", "forcing ", "driven ", "putting ", "sent ".
_PUTS_PEOPLE_BEFORE = re.compile(
    r"\b(?:le(?:ft|aving|aves?)|forc(?:ed|ing|es?)|dr(?:iven|ove|iving|ives?)|sen(?:t|ding|ds?)|put(?:ting|s)?"
    r"|keep(?:ing|s)?|kept|trap(?:ped|ping|s)?|strand(?:ed|ing|s)?)\s+$", re.I)
#: A word in lower case right after a figure that opens what is said of it (not "of", "and", "or").
_STATE_WORD_AFTER = re.compile(r"\s+(?!(?:of|and|or)\b)[a-z]")


def bare_vague_put_in_a_state(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """Else a bare vague quantity that a verb puts somewhere or in a state, a word in lower
    case saying where or how right after it, counts people: "the war has left millions hungry",
    "forced millions off the land", "driving hundreds of thousands to seek shelter", "sending
    hundreds back".

    >>> [(c["figure"], c["unit"]) for c in _claims("The drought has forced millions off the land.")]
    [('millions', 'person')]
    >>> [(c["figure"], c["unit"]) for c in _claims("The siege left hundreds of thousands trapped in the city.")]
    [('hundreds of thousands', 'person')]
    """
    if c.lookup.found or c.figure.hedge != "vague" or not _STATE_WORD_AFTER.match(ctx.text, c.figure.end):
        return False
    return _people_after_verb(c, ctx, _PUTS_PEOPLE_BEFORE, 10)


#: The verb right before a bare figure (or its hedge), past "another": "killing ", "displaced ",
#: "kills ", "injured another ".
_VERB_BEFORE_BARE = re.compile(r"\b([a-z]+)\s+(?:(?:another|a\s+further|an\s+additional)\s+)?$")
#: The same in a headline written in title case: " Kills ".
_TITLE_VERB_BEFORE_BARE = re.compile(r"\b([A-Z][a-z]+)\s+$")
#: The statuses a finite verb gives only to people: "displaced 12 million" (not "lost 40").
_PAST_OF_PEOPLE = frozenset({"killed", "wounded", "displaced"})
#: The statuses of a toll, which a headline's round word sums up ("attacks kill dozens").
_TOLL_STATUSES = frozenset({"killed", "wounded"})


def bare_object_of_casualty_participle(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """Else a bare figure that is the object of a participle which is a casualty or
    displacement cue of ``statuses.csv`` ("killing", "wounding", "displacing") counts people:
    "a strike hit the market, killing at least 12 and wounding dozens". Not another status
    ("training at five bases").

    >>> [(c["figure"], c["status"]) for c in _claims("A shell hit the square, killing at least 12 and wounding dozens.")]
    [('12', 'killed'), ('dozens', 'wounded')]

    So does the object of a past or present tense that kills, hurts or displaces, "another"
    between them or not: "the fighting has killed 900 people and displaced 30,000",
    "a strike kills 7 in Velmar", "killed 50 and injured another 47".

    >>> [(c["figure"], c["unit"], c["status"]) for c in _claims("The war has killed 900 people and displaced 12 million.")]
    [('900', 'person', 'killed'), ('12 million', 'person', 'displaced')]
    >>> [(c["figure"], c["unit"], c["status"]) for c in _claims("Ostrian shelling kills 7 in Velmar.")]
    [('7', 'person', 'killed')]

    A headline written in title case has its verb capitalised ("Depot Blast Kills at Least 20").

    >>> [(c["figure"], c["hedge"], c["status"]) for c in _claims("Depot Blast Kills at Least 20\\n\\nThe fire burned all night.")]
    [('20', 'lower_bound', 'killed')]

    A verb whose status cue never applies to things takes people as its object in any tense
    ("Gunmen Kidnap 35 in Hill Raid", "the band abducted 12"), captured; and a round word after a verb
    that seizes or displaces people is no toll the body gives ("Shelling displaces thousands").

    >>> [(c["figure"], c["category"], c["status"]) for c in _claims("Raiders Kidnap 35 in Hill Raid\\n\\nThe band abducted 12 last May.")]
    [('35', 'casualties', 'captured'), ('12', 'casualties', 'captured')]
    >>> [(c["figure"], c["unit"], c["status"]) for c in _claims("Renewed shelling displaces thousands in the delta.")]
    [('thousands', 'person', 'displaced')]
    """
    if c.lookup.found:
        return False
    start = c.figure.hedge_start if c.figure.hedge_start is not None else c.figure.start
    m = _VERB_BEFORE_BARE.search(ctx.text, max(c.clause[0], start - 36), start)
    if m is None and ctx.sentence.role == "title":
        m = _TITLE_VERB_BEFORE_BARE.search(ctx.text, max(c.clause[0], start - 36), start)
    if m is None:
        return False
    verb = m.group(1).lower()  # a headline in title case: "Depot Blast Kills at Least 20"
    cues = _status_cues(True, False)
    status = cues.get(verb)
    if not verb.endswith(("ing", "ed")) and c.figure.hedge == "vague" and status in _TOLL_STATUSES:
        return False  # "attacks kill dozens": a headline's round word for the toll its body gives
    if not verb.endswith("ing"):
        thing = _status_cues(False, False).get(verb)
        if status not in _PAST_OF_PEOPLE and (status != "captured" or thing is not None):
            return False  # "lost 40", "captured 12": things as well as people ("kidnapped 12": people)
        if thing not in (None, status):
            return False  # "destroyed one": a thing destroyed as well as people killed
    elif status not in (*CASUALTY_STATUSES, "displaced"):
        return False
    c.lookup = NounLookup(_people_noun(c.figure.end))
    c.status_hint = status
    return True


def bare_rate_points_back(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """Else a bare figure given per day, week or month counts what was counted before it ("the
    number of people who reached Chad passed 500,000, and some 1,500 cross each day"; "we will
    make 100,000 per month" after a sentence on shells).

    >>> [(c["unit"], c["per"]) for c in _claims("The UN said 9,000 people fled, and 1,500 flee each day.")]
    [('person', ''), ('person', 'day')]

    A figure a change runs from to a figure that names its noun counts that noun, per period or
    not (``changed_from_figure_to_next``: "increase its output from 200 to 500 drones a month").

    >>> [(c["figure"], c["unit"]) for c in _claims("Osk sent 90 troops. A plant will increase its output from 200 to 500 drones a month.")]
    [('90', 'troop'), ('200', 'drone'), ('500', 'drone')]
    """
    if c.lookup.found or not rate_period(ctx.text, c.figure.start, c.figure.end, c.clause):
        return False
    at = c.figure.start if c.figure.hedge_start is None else c.figure.hedge_start
    if ctx.text.startswith(" to ", c.figure.end) and _FROM_BEFORE.search(ctx.text, max(0, at - 6), at):
        return False  # "from 200 to 500 drones a month": the next figure's noun, not one before
    word = _NEXT_WORD.match(ctx.text, c.figure.end)
    if word and word.group(1).lower().removesuffix("s") in _periods():
        return False  # "6-8 months ago we made 14,000 shells per month": a time, not a count
    c.lookup = POINTS_BACK
    return True


_NEXT_WORD = re.compile(r"\s*(\w+)")


@cache
def _periods() -> frozenset[str]:
    """The periods a rate may be per (``rates.csv``): "day", "week", "month", "year"."""
    return frozenset(lexicons.column("rates", "per"))


#: "just" or "only" right before a figure, after a word that is no preposition: "has just 2,000"
#: (not "a country of just 26 million": a size).
_FOCUS_BEFORE = re.compile(r"\b(?!(?:of|in|at|to|for|with|by|from|than)\s)[a-z]+\s+(?:just|only)\s+$", re.I)


def hedged_object_points_back(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """Else a hedged bare figure that ends its phrase, after a noun counted in its sentence or
    the sentence before, counts that noun ("guns fire up to 6,000 rounds a day, but the army
    wants to fire more than 10,000").

    >>> [c["unit"] for c in _claims("They fire 6,000 rounds a day but want more than 10,000.")]
    ['round', 'round']

    So does one that "just" or "only" singles out ("The rebels have 9,000 fighters there. The
    army has just 2,000."): a count set against the one before.

    >>> [c["unit"] for c in _claims("The rebels have 9,000 fighters there. The army has just 2,000.")]
    ['fighter', 'fighter']
    """
    if c.lookup.found or not ends_noun_phrase(ctx.text, c.figure.end):
        return False
    if c.figure.hedge_start is None:
        if art.previous is None or ctx.sentence.sentence - art.previous_at > 1 \
                or not _FOCUS_BEFORE.search(ctx.text, max(0, c.figure.start - 24), c.figure.start):
            return False
        c.lookup = NounLookup(art.previous)  # what the count it is set against counted
        return True
    recent = art.previous is not None and ctx.sentence.sentence - art.previous_at <= 1
    if not recent and nearest_noun(ctx.text, c.figure.start) is None:
        return False
    c.lookup = POINTS_BACK
    return True


def pronoun_complement_points_back(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """Else a bare figure after "it is" or "that was" counts what was counted before it ("we
    made 14,000 shells a month, today it is 28,000").

    >>> [c["unit"] for c in _claims("A year ago it made 14,000 shells, today it is 28,000.")]
    ['shell', 'shell']
    """
    if c.lookup.found:
        return False
    at = c.figure.start if c.figure.hedge_start is None else c.figure.hedge_start
    if not _PRONOUN_COPULA.search(ctx.text, max(0, at - 24), at) or not ends_noun_phrase(ctx.text, c.figure.end):
        return False
    c.lookup = POINTS_BACK
    return True


_PRONOUN_COPULA = re.compile(r"\b(?:it|that|this)\s+(?:is|was|now\s+is|stands\s+at|stood\s+at)\s+$", re.I)


#: A change of a figure named before, to the bare figure after it: "increase that to", "have
#: revised their figures to".
_CHANGED_TO = re.compile(
    r"\b(?:increas|rais|boost|lift|expand|doubl|cut|reduc|revis|updat)\w*\s+(?:it|that|this|them|the\s+figures?"
    r"|(?:its|their|his|her|our)\s+(?:figures?|estimates?|count|tally))\s+(?:up\s+|down\s+)?to\s+$", re.I)


def changed_to_points_back(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """Else a bare figure that a figure named before is changed to ("means to increase that to
    500,000", "have revised their figures to 230,000") counts what that one counted.

    >>> [c["unit"] for c in _claims("It turns out 300,000 rounds a year and means to increase that to 500,000.")]
    ['round', 'round']

    So does one that a count verb of ``links.csv`` with no subject of its own leads to, right
    after a claim in its sentence or the one before ("passed 9,000 victims in May, climbing to
    9,400 by June").

    >>> [c["unit"] for c in _claims("The toll passed 9,000 victims in May, climbing to 9,400 by June.")]
    ['victim', 'victim']
    """
    if c.lookup.found:
        return False
    at = c.figure.start if c.figure.hedge_start is None else c.figure.hedge_start
    if "to" in ctx.text[max(0, at - 4):at] and _CHANGED_TO.search(ctx.text, max(0, at - 60), at):
        c.lookup = POINTS_BACK  # (no noun after it: ``noun_written_after`` found none)
        return True
    verb = _VERB_TO_BEFORE.search(ctx.text, max(0, at - 30), at)
    if verb is None or verb.group(1).lower() not in _count_verbs():
        return False
    if art.previous is None or ctx.sentence.sentence - art.previous_at > 1:
        return False  # "prices rose to 300": nothing counted just before
    c.lookup = POINTS_BACK
    return True


#: A change from one figure to the next: the words between them, and before the first. Either
#: may be a range opened by "between"; the first may keep its noun, a rate and a time of its own
#: ("from between 300 and 600 soldiers a day in early July to between 600 and 1,000", "from 3.9
#: million people in 2023 to 4.9 million").
_TO_BETWEEN = re.compile(r"\s+to\s+(?:between\s+)?$")
_TO_ONLY = re.compile(  # "from about 12 then to more than 40"
    r"\s+(?:[a-z]+\s+){0,2}?(?:(?:a|per)\s+(?:day|week|month|year)\s+)?"
    r"(?:(?:in|during|by|on)\s+(?:(?:early|late|mid)[\s-]+)?(?:(?:19|20)\d{2}|[A-Z][a-z]+)(?:\s+(?:19|20)\d{2})?\s+)?"
    r"(?:then\s+)?to\s+(?:between\s+)?")
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:between\s+)?$", re.I)


def changed_from_figure_to(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """Else a bare figure that a change runs to from a figure just claimed ("the death toll
    climbed from 558 to 569") counts what that figure counted.

    >>> [(c["figure"], c["unit"], c["category"]) for c in _claims("The minister said the death toll rose from 558 to 569.")]
    [('558', 'death', 'casualties'), ('569', 'death', 'casualties')]
    >>> [(c["figure"], c["unit"]) for c in _claims("The number of gangs has soared from 30 then to 200 now.")]
    [('30', 'gang'), ('200', 'gang')]
    """
    if c.lookup.found or art.previous is None or art.previous_at != ctx.sentence.sentence:
        return False
    at = c.figure.start if c.figure.hedge_start is None else c.figure.hedge_start
    if not _TO_BETWEEN.search(ctx.text, max(0, at - 14), at):
        return False
    before = next((f for f in reversed(ctx.figures) if f.end <= at), None)
    if before is None or not _TO_ONLY.fullmatch(ctx.text, before.end, at):
        return False
    start = before.start if before.hedge_start is None else before.hedge_start
    if not _FROM_BEFORE.search(ctx.text, max(0, start - 16), start):
        return False
    c.lookup = NounLookup(art.previous)
    return True


#: The verb right before a figure, past "to": "climbing to ", "passed ".
_VERB_TO_BEFORE = re.compile(r"\b([a-z]+)\s+(?:to\s+)?$", re.I)


@cache
def _count_verbs() -> frozenset[str]:
    """The count verbs of ``links.csv`` (link ``verb``): "reached", "climbing", "rose"."""
    return frozenset(r["word"].lower() for r in lexicons.read_lexicon("links") if r["link"] == "verb")


def among_group_opener(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """Else a sentence that opens "Among the victims," names the group its bare figures are a
    part or share of ("Among the victims, 70 percent were women and children").

    >>> [(c["value_low"], c["unit"], c["category"]) for c in _claims("Among the victims, 70 percent were women.")]
    [(70, 'percent', 'other')]
    """
    if c.lookup.found or not ctx.text.lstrip().startswith(("Among ", "among ")):
        return False
    m = _AMONG_OPENER.match(ctx.text)
    noun = lookup_unit(m.group(2)) if m else None
    if m is None or noun is None or m.end() > c.figure.start:
        return False
    c.lookup = NounLookup(Noun(noun[0], noun[1], m.start(2), m.end(2)))
    return True


#: "among the troops sent to Russia, " right before a figure: the group, up to eight words.
_AMONG_BEFORE = re.compile(r"\bamong\s+((?:[\w'’-]+\s+){0,7}?[\w'’-]+)\s*,\s*$", re.I)


def among_group_before(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """Else a bare figure that opens its clause right after "among <group>," inside a sentence
    (the opener of ``among_group_opener`` anywhere) counts the group's first counted noun: "the
    agency said that among the troops sent to Russia, 600 have died".

    >>> [(c["figure"], c["unit"], c["category"]) for c in _claims("The agency reported that among the North Korean troops sent to Russia, 600 have died.")]
    [('600', 'troop', 'casualties')]
    """
    if c.lookup.found or "among" not in ctx.text.lower():
        return False
    at = c.figure.start if c.figure.hedge_start is None else c.figure.hedge_start
    m = _AMONG_BEFORE.search(ctx.text, max(0, at - 90), at)
    noun = first_noun(ctx.text, m.start(1), m.end(1)) if m else None
    if noun is None or any(m.start() < f.start < at for f in ctx.figures):
        return False
    c.lookup = NounLookup(noun)
    return True


_AMONG_OPENER = re.compile(r"\s*among\s+(?:the\s+|those\s+|these\s+)?((?:[\w'’-]+\s+){0,2}?)([\w'’-]+)\s*,", re.I)


def noun_after_copula(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """Else the noun after "are" or "were" names what a bare figure counts ("Of those, 1,000 are
    sappers"); not a casualty word ("1,200 were killed": what was counted before, killed).

    >>> [c["unit"] for c in _claims("Pyongyang sent 6,000 men. Of those, 1,000 are sappers.")]
    ['man', 'sapper']
    """
    if c.lookup.found:
        return False
    m = _COPULA.match(ctx.text, c.figure.end)
    if m is None:
        return False
    noun = noun_after(ctx.text, m.end(), ctx.masks).noun
    if noun is None or noun.start - m.end() > 30 or ctx.text[noun.start:noun.end].lower() in _statuses():
        return False
    c.lookup = NounLookup(noun)
    return True


_COPULA = re.compile(r"\s+(?:are|were)\s+(?:all\s+|mostly\s+|now\s+)?", re.I)


_AND_BEFORE = re.compile(r"\band\s+$", re.I)
#: What may follow a bare coordinated figure: a participle or past tense ("facing", "crossed"),
#: or the end of its clause.
_VERB_OR_END = re.compile(r"\s+[a-z]+(?:ing|ed)\b|\s*(?:[,.;:]|$)")
#: A comma and "and" right before a bare figure that opens a clause of its own: ", and ".
_COMMA_AND_BEFORE = re.compile(r",\s*and\s+$", re.I)
#: What may follow a bare figure that opens such a clause: a present or past "be" or "remain".
_BE_OR_REMAIN_AFTER = re.compile(r"\s+(?:remain|remains|remained|are|were|have\s+been)\b")


def coordinated_bare_figure(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """Else a bare figure coordinated with a figure just before it in its clause counts what
    that one counts ("some 7 million people uprooted and 15 million short of food").

    >>> [(c["figure"], c["unit"]) for c in _claims("The UN said 9 million people fled and 2 million crossed borders.")]
    [('9 million', 'person'), ('2 million', 'person')]

    So does one whose phrase a breaker word ends ("in", "who"): "with 400 victims in May and
    380 in June", "90 soldiers and 12 who deserted".

    >>> [(c["figure"], c["unit"]) for c in _claims("The group counted 400 victims in May and 380 in June.")]
    [('400', 'victim'), ('380', 'victim')]

    Not one joined to a figure that counts nothing (``_after_an_uncounted_item``), nor one
    coordinated with a figure of its clause that was no claim ("burned 12 villages, 3 in the
    north and 2 in the south": the 2 counts villages as the 3 does, not the raiders).

    >>> [c["figure"] for c in _claims("Raiders burned 12 villages, 3 in the north and 2 in the south.")]
    []

    So does a bare figure that ", and" opens as the subject of "remain" or "are" after a
    clause whose figure counts a casualty noun ("seized 250 hostages, and around 130 remain
    there": hostages):

    >>> [(c["figure"], c["unit"]) for c in _claims("Gunmen seized 250 hostages in May, and around 130 remain in the hills.")]
    [('250', 'hostage'), ('130', 'hostage')]
    """
    if c.lookup.found or c.figure.percent:
        return False
    at = c.figure.start if c.figure.hedge_start is None else c.figure.hedge_start
    if not _AND_BEFORE.search(ctx.text, max(0, at - 8), at):
        return False
    if _COMMA_AND_BEFORE.search(ctx.text, max(0, at - 10), at) and _BE_OR_REMAIN_AFTER.match(ctx.text, c.figure.end):
        before = [f for f in ctx.figures if f.end <= at and at - f.end <= 80]
        if not before or before[-1].start in ctx.dropped or before[-1].percent \
                or art.previous is None or art.previous_at != ctx.sentence.sentence \
                or art.previous.category != "casualties":
            return False  # people of no casualty noun ("took 90 villagers, and 40 remain") keep no status here
        c.lookup = NounLookup(art.previous)
        return True
    if not (_VERB_OR_END.match(ctx.text, c.figure.end) or ends_noun_phrase(ctx.text, c.figure.end)
            or _BE_OR_REMAIN_AFTER.match(ctx.text, c.figure.end)):
        return False  # "... and 14 basic services": a noun the lexicons do not know follows
    before = [f for f in ctx.figures if c.clause[0] <= f.start and f.end <= at and at - f.end <= 60]
    if not before or _after_an_uncounted_item(ctx, at):
        return False
    if before[-1].start in ctx.dropped and not any(m.start <= before[-1].start < m.end for m in ctx.mentions):
        c.dropped = True  # "burned 12 villages, 3 in the north and 2 in the south": the 3 counts nothing, nor the 2
        return True
    c.lookup = POINTS_BACK
    return True


#: A second verb of the clause right before a bare figure: "and sank ", "and have seized another ".
_AND_VERB_BEFORE = re.compile(r"\band\s+(?:(?:has|have|had)\s+)?([a-z]+)\s+(?:(?:another|a\s+further)\s+)?$")
#: What ends the clause of a figure before: "seized 3 ships; the navy sank two" is another clause.
_CLAUSE_STOP = re.compile(r"[;:()]|\bwhile\b|\bbut\b")


def coordinated_status_object(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """Else a bare figure that is the object of a second status verb ("and sank", a cue of
    ``statuses.csv``) after a figure of its clause counts what that one counts: the verb's
    object is left out ("seized one tanker and sank two": tankers).

    >>> [(c["figure"], c["unit"]) for c in _claims("The rebels seized one tanker and have sunk two off the cape.")]
    [('one', 'tanker'), ('two', 'tanker')]
    """
    if c.lookup.found or c.figure.percent or " and " not in ctx.text:
        return False
    at = c.figure.start if c.figure.hedge_start is None else c.figure.hedge_start
    m = _AND_VERB_BEFORE.search(ctx.text, max(0, at - 40), at)  # "and have sunk" opens a clause
    if m is None or m.group(1) not in _statuses() or not (
            _VERB_OR_END.match(ctx.text, c.figure.end) or ends_noun_phrase(ctx.text, c.figure.end)):
        return False
    if not any(f.end <= m.start() and m.start() - f.end <= 60 and not _CLAUSE_STOP.search(ctx.text, f.end, m.start())
               for f in ctx.figures):
        return False
    c.lookup = POINTS_BACK
    return True


#: "while", "whereas" or "but" right before a bare figure (past its hedge cue): the figure opens
#: a clause set against the one before.
_CONTRAST_BEFORE = re.compile(r"\b(?:while|whereas|but)\s+$", re.I)
#: A verb right after such a figure: a word in "-ed", an auxiliary, or a word that a particle, a
#: preposition or a determiner follows ("one turned back", "32 got off a bus", "76 escaped the attack").
_CONTRAST_VERB_AFTER = re.compile(
    r"\s+(?:(?:also|later|reportedly|still|only)\s+)?(?:[a-z]+ed\b|(?:had|have|has|were|are|was|is|will|would|could)\b"
    r"|[a-z]+(?=\s+(?:off|back|away|on|out|up|down|to|into|onto|from|in|at|through|across|the|a|an|its|their|his|her)\b))")


def contrasted_subject_points_back(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """Else a bare figure that opens a clause of "while", "whereas" or "but" as the subject of
    its verb, after a claim of the clause before it in the same sentence, counts what that claim
    counts: the clause sets a part against the rest ("Five drones crashed, while one flew on").

    >>> [(c["figure"], c["unit"]) for c in _claims("Guards stopped 120 migrants at the crossing, while about 40 slipped away into the hills.")]
    [('120', 'migrant'), ('40', 'migrant')]

    Not a figure that a noun follows, nor one that is no verb's subject ("while 40 in Tarn"), nor
    one set against a count of casualties, whose status it need not share.

    >>> [c["figure"] for c in _claims("Guards stopped 120 migrants at the crossing, while 40 in Tarn were spared.")]
    ['120']
    """
    if c.lookup.found or c.figure.percent or ("while" not in ctx.text and "whereas" not in ctx.text and "but" not in ctx.text):
        return False
    last = art.last_kept
    if art.previous is None or art.previous_at != ctx.sentence.sentence or last is None or last[1] == "casualties":
        return False  # (people hurt set against the unhurt: "killed two, while 76 escaped" are no dead)
    at = c.figure.start if c.figure.hedge_start is None else c.figure.hedge_start
    if not _CONTRAST_BEFORE.search(ctx.text, max(0, at - 10), at) or not _CONTRAST_VERB_AFTER.match(ctx.text, c.figure.end):
        return False
    before = [f for f in ctx.figures if f.end <= at]
    if not before or before[-1].start in ctx.dropped or before[-1].percent or at - before[-1].end > 120:
        return False
    c.lookup = NounLookup(art.previous)
    return True


#: A past participle right after a bare figure ("42 damaged", "12 shot down").
_PARTICIPLE_AFTER = re.compile(r"\s+(?:[a-z]+(?:ed|en|wn)|lost|sunk|shot\s+down)\b")
#: A figure's own noun, then a passive or bare participle, or nothing, then the list's
#: separator: "guns had been seized by the guard, ", "drones were shot down and ", "drones, ".
_NOUN_THEN_PARTICIPLE = re.compile(
    r"(?:\s+(?:(?:had|have|has)\s+been\s+|were\s+|was\s+)?(?:[a-z]+(?:ed|en|wn)|lost|sunk|shot\s+down)\b"
    r"[^\d;:.()]{0,60}?)?(?:,\s*(?:and\s+)?|\s+and\s+)$")
#: An elliptic item before: a figure and its participle alone ("42 damaged and ").
_ELLIPTIC_ITEM = re.compile(r"\s+(?:[a-z]+(?:ed|en|wn)|lost|sunk|shot\s+down)(?:,\s*(?:and\s+)?|\s+and\s+)$")


def elliptic_participle_item(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """A bare figure and a participle after a figure whose noun took a participle counts that
    noun: the list leaves the noun out ("900 barges had been seized by the guard, 70 damaged
    and 15 sunk": barges all three).

    >>> [(c["figure"], c["unit"]) for c in _claims("It said 900 barges had been seized by the guard, 70 damaged and 15 sunk.")]
    [('900', 'barge'), ('70', 'barge'), ('15', 'barge')]
    >>> [(c["figure"], c["category"]) for c in _claims("Ostria launched 40 drones, 35 destroyed.")]
    [('40', 'equipment'), ('35', 'equipment')]

    Not one step with :func:`listed_in_a_series`, though both walk back over a list's items:
    that one takes any short phrase as an item's words ("in Arden") and the noun of the
    nearest item that names one, and runs after :func:`coordinated_bare_figure`; this one runs
    before it and asks every item to be parallel (a figure and its participle alone, the first
    item's noun taking a participle too, its clause up to 60 characters: "by the guard").
    Without it "70 damaged and 15 sunk" above are no claims.
    """
    if c.lookup.found or c.figure.percent:
        return False
    text, at = ctx.text, c.figure.start if c.figure.hedge_start is None else c.figure.hedge_start
    if (text[at - 2:at] != ", " and text[at - 4:at] != "and ") or not _PARTICIPLE_AFTER.match(text, c.figure.end):
        return False  # the cheap tests first
    before = [f for f in ctx.figures if f.end <= at]
    while before:
        item = before.pop()
        if _ELLIPTIC_ITEM.fullmatch(text, item.end, at):
            at = item.start if item.hedge_start is None else item.hedge_start
            continue  # "70 damaged and ": an item of the same list, its noun further back
        lookup = noun_after(text, item.end, ctx.masks)
        if lookup.noun is None:
            lookup = NounLookup(thing_after(text, item.end, ctx.masks))
        if lookup.noun is None or not _NOUN_THEN_PARTICIPLE.fullmatch(text, lookup.noun.end, at):
            return False
        c.lookup = lookup
        return True
    return False


#: A list item: a name, then its count alone in brackets ("Tarvo (1 204)").
_NAMED_ITEM = re.compile(r"[A-Z][\w'’.-]*\s\(\d[\d ,.]*\)")
_NAME_AND_BRACKET = re.compile(r"[A-Z][\w'’.-]*\s\($")


def listed_after_a_name(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """Else a figure alone in brackets after a name ("Tarvo (1 204)") is an item of a list of
    counts per name: it counts what the item before it counted, in its sentence or the one
    before ("deaths ... Arden (3 120) and Tarvo (1 204). Next are Lusk (980).").

    >>> rows = _claims("The number of deaths was highest in Arden (3 120) and Tarvo (1 204). Next are Lusk (980).")
    >>> [(r["figure"], r["unit"]) for r in rows]
    [('3 120', 'death'), ('1 204', 'death'), ('980', 'death')]
    """
    if c.lookup.found or c.figure.percent or art.previous is None:
        return False
    text, start, end = ctx.text, c.figure.start, c.figure.end
    if text[start - 1:start] != "(" or text[end:end + 1] != ")":
        return False  # the cheap test first
    if ctx.sentence.sentence - art.previous_at > 1 or not _NAME_AND_BRACKET.search(text, max(0, start - 40), start):
        return False
    if not _NAMED_ITEM.search(text, 0, start - 1) and not _NAMED_ITEM.search(" ".join(art.earlier[-2:-1])):
        return False  # the first item of a list says itself what it counts
    c.lookup = POINTS_BACK
    return True


_AND_AFTER = re.compile(r"\s*(?:,\s*)?(?:and|or)\s+", re.I)


def coordinated_with_next(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """Else a bare figure written in words and joined by "and" or "or" to the next figure
    counts that figure's noun ("twenty five and thirty six soldiers": both count soldiers).

    >>> [(c["figure"], c["unit"]) for c in _claims("Officials said twenty five and thirty six soldiers died.")]
    [('twenty five', 'soldier'), ('thirty six', 'soldier')]

    Digits too when they are written as a count (a thousands separator) or the sentence pairs
    its figures "respectively" ("with 1,240 and 1,236 drones downed in May and June").

    >>> [(c["figure"], c["unit"]) for c in _claims("It downed 1,240 and 1,236 drones in May and June.")]
    [('1,240', 'drone'), ('1,236', 'drone')]
    """
    if c.lookup.found:
        return False
    digits = not c.figure.text[:1].isalpha()
    if digits and "," not in c.figure.text and "respectively" not in ctx.text:
        return False  # "on day 3 and 40 tanks" is no "3 tanks"
    m = _AND_AFTER.match(ctx.text, c.figure.end)
    if m is None or (digits and "," in m.group(0)):
        return False  # "it killed 1,200, and 30 tanks were hit": a new clause
    return _counts_as_figure_at(c, ctx, m.end())


#: The links of a list of figures: a comma alone, or a comma and "and"/"or" before the last.
_LIST_COMMA = re.compile(r",[ \t]*")
_LIST_LAST = re.compile(r",?[ \t]+(?:and|or)[ \t]+", re.I)


def listed_before_counted_figure(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """Else a bare figure that is an item of a list of three figures or more, split by commas
    with "and" or "or" before the last, counts the noun after the last ("groups of 30, 26, 17
    and 8 people": people all), in digits too: two commas make it a list, no date.

    >>> [(c["figure"], c["unit"]) for c in _claims("Guards said they stopped 30, 26 and 17 people in three days.")]
    [('30', 'person'), ('26', 'person'), ('17', 'person')]
    >>> [c["figure"] for c in _claims("Of the 30, 26 people and a dog came home.")]
    ['26']
    """
    if c.lookup.found or c.figure.percent or "," not in ctx.text:
        return False
    later = [f for f in ctx.figures if f.start >= c.figure.end]
    before = [f for f in ctx.figures if f.end <= c.figure.start]
    at = c.figure.start if c.figure.hedge_start is None else c.figure.hedge_start
    commas = int(bool(before) and _LIST_COMMA.fullmatch(ctx.text, before[-1].end, at) is not None)
    pos = c.figure.end
    for f in later:
        start = f.start if f.hedge_start is None else f.hedge_start
        if _LIST_COMMA.fullmatch(ctx.text, pos, start):
            commas, pos = commas + 1, f.end
            continue
        if commas and _LIST_LAST.fullmatch(ctx.text, pos, start):
            return _counts_as_figure_at(c, ctx, f.start)
        return False
    return False


#: A change's "to" right after a figure (its "from" before: ``_FROM_BEFORE``).
_TO_AFTER = re.compile(r"\s+to\s+")


def changed_from_figure_to_next(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """Else a bare figure a change runs from to a figure that names its noun ("the yard
    increased its output from roughly 600 to 950 mortar rounds": two figures, not a range)
    counts that noun.

    >>> [(c["figure"], c["unit"]) for c in _claims("The yard increased its output from roughly 600 to 950 rounds.")]
    [('600', 'round'), ('950', 'round')]
    """
    if c.lookup.found or c.figure.percent:
        return False
    m = _TO_AFTER.match(ctx.text, c.figure.end)
    at = c.figure.start if c.figure.hedge_start is None else c.figure.hedge_start
    if m is None or not _FROM_BEFORE.search(ctx.text, max(0, at - 6), at):
        return False
    return _counts_as_figure_at(c, ctx, m.end())


#: What stands between two items of a list: a comma, maybe "and", or "and" alone.
#: "each" right after a list item's figure: the figure of each of the places the item names.
_EACH_AFTER = re.compile(r"\s+each\b(?=\s+(?:in|at|on|from|near)\b)", re.I)
_SERIES_SEPARATOR = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)$", re.I)
#: The words of one list item after its figure: a short phrase with no figure, clause mark or
#: verb of its own ("in Arden", "with burns", "suffering from shock").
_SERIES_ITEM = re.compile(r"[^\d,;:.()\[\]\"“”]{1,45}")


def _series_item_before(ctx: SentenceContext, at: int) -> Figure | None:
    """The figure of the list item right before ``at`` (which a series separator ends), if
    its words are an item's: a short phrase, no clause mark."""
    sep = _SERIES_SEPARATOR.search(ctx.text, max(0, at - 8), at)
    if sep is None:
        return None
    before = [f for f in ctx.figures if f.end <= sep.start()]
    if not before:
        return None
    last = before[-1]
    if last.end == sep.start() or _SERIES_ITEM.fullmatch(ctx.text, last.end, sep.start()):
        return last
    return None


def _after_an_uncounted_item(ctx: SentenceContext, at: int) -> bool:
    """Whether the figure at ``at`` is joined by a series separator alone to a figure that
    counted nothing: a list of numbers that name ("named them as the 41, 42 and 43"), not
    counts.

    >>> [c["figure"] for c in _claims("It took 90 soldiers from units it named as the 41, 42 and 43.")]
    ['90']
    """
    sep = _SERIES_SEPARATOR.search(ctx.text, max(0, at - 8), at)
    return sep is not None and any(f.end == sep.start() and f.start in ctx.dropped for f in ctx.figures)


def _named_before_item(ctx: SentenceContext, art: ArticleState, item: Figure) -> bool:
    """Whether the noun the last claim counted stands shortly before the list's first item in
    this sentence, with no figure or clause mark between ("the death toll includes 658 ...")."""
    noun = art.previous
    if noun is None or art.previous_at != ctx.sentence.sentence or not noun.end <= item.start <= noun.end + 60:
        return False
    between = ctx.text[noun.end:item.start]
    return not any(ch in between for ch in ":;") and not any(noun.end <= f.start < item.start for f in ctx.figures)


def listed_in_a_series(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """Else a bare figure that is an item of a comma list counts what the list's first item
    names ("the toll includes 410 in Arden, 95 in Tarvo, and 12 in Lusk";
    "it treated 17 people with burns, 29 with wounds, and 401 in shock").

    >>> rows = _claims("The monitor said the death toll includes 658 in Arden, 384 in Tarvo, and 12 in Lusk.")
    >>> [(r["figure"], r["unit"], r["status"]) for r in rows]
    [('658', 'death', 'killed'), ('384', 'death', 'killed'), ('12', 'death', 'killed')]
    >>> [r["figure"] for r in _claims("It treated 17 people with burns, 29 with wounds, and 401 in shock.")]
    ['17', '29', '401']

    A first item that points back counts what it points to, and so do the items after it
    ("Of them, 12 are in serious condition, 30 in stable condition").

    >>> [(r["figure"], r["unit"]) for r in _claims("Some 90 people were hurt. 12 of them are in serious condition, 30 in stable condition.")]
    [('90', 'person'), ('12', 'person'), ('30', 'person')]

    A list whose items are a figure and a participle alone ("70 damaged and 15 sunk") is
    :func:`elliptic_participle_item`'s, which asks more of the items and runs earlier.

    An item may give its figure for each of several places ("three each in Osk and Tarn"): the
    figure as written, once.

    >>> [r["figure"] for r in _claims("Shelling killed 50 in Arden, three each in Osk and Tarn, and one in Lusk, the monitor said.")]
    ['50', 'three', 'one']
    """
    if c.lookup.found or c.figure.percent:
        return False
    text, at = ctx.text, c.figure.start if c.figure.hedge_start is None else c.figure.hedge_start
    if text[at - 2:at] != ", " and text[at - 4:at] != "and ":
        return False  # the cheap test first
    each = _EACH_AFTER.match(text, c.figure.end)  # "three each in Osk and Tarn"
    end = each.end() if each else c.figure.end
    if not (ends_noun_phrase(text, end) or _VERB_OR_END.match(text, end)):
        return False  # "..., 14 basic services": a noun the lexicons do not know follows
    if _after_an_uncounted_item(ctx, at):
        return False
    item = _series_item_before(ctx, at)
    for _ in range(12):
        if item is None:
            return False
        lookup = noun_after(text, item.end, ctx.masks)
        if lookup.noun is not None:
            c.lookup = lookup
            return True
        item_at = item.start if item.hedge_start is None else item.hedge_start
        first = _series_item_before(ctx, item_at)
        if first is None and _named_before_item(ctx, art, item):
            c.lookup = NounLookup(art.previous)  # "the death toll includes 410 in Arden, ..."
            return True
        if first is None and _kept_pointer_item(ctx, art, item, lookup):
            c.lookup = POINTS_BACK  # "Ten of those are ..., 36 in ...": what "those" points to
            return True
        item = first
    return False


#: The first item of a list of parts after its figure: a phrase a preposition opens (" from
#: Tarn", " in the north"), with no figure or clause mark, then the separator before the next.
#: A last item that counts the parts left of the whole: "others", "the rest".
_OTHERS_ITEM = re.compile(r"(?:others|the\s+rest)\b")
_BREAKDOWN_ITEM = re.compile(r"\s+(?:from|in|at|on|near|inside|outside)\s[^\d,;:.()\[\]\"“”]{1,40}?(?:,\s*(?:and\s+)?|\s+and\s+)")


def first_item_of_a_breakdown(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """Else a bare figure that opens a list of parts, each a figure and a phrase a preposition
    opens, right after the noun its sentence counted last ("The 24 captives freed on Friday
    included 13 from Tarn, 10 from Osk and one from Velm"; "102 guards died in 2013, 36 from
    direct attacks and others from illness"), counts that noun, as the items after it do
    (``listed_in_a_series``): a part of that count, with its casualty status.

    >>> [(c["figure"], c["unit"]) for c in _claims("The 24 captives freed on Friday included 13 from Tarn, 10 from Osk and one from Velm.")]
    [('24', 'captive'), ('13', 'captive'), ('10', 'captive'), ('one', 'captive')]
    >>> [(c["figure"], c["unit"], c["status"]) for c in _claims("Some 102 guards died in 2013, 36 from direct attacks and others from illness.")]
    [('102', 'guard', 'killed'), ('36', 'guard', 'killed')]

    Not when a figure stands between the noun and the list ("12 villages, 3 in the north and
    2 in the south": villages are no claim's).

    >>> [c["figure"] for c in _claims("Raiders burned 12 villages, 3 in the north and 2 in the south.")]
    []
    """
    if c.lookup.found or ("," not in ctx.text and " and " not in ctx.text) or c.figure.percent:
        return False
    text, fig = ctx.text, c.figure
    m = _BREAKDOWN_ITEM.match(text, fig.end)
    if m is None:
        return False
    at = m.end()
    if not (_OTHERS_ITEM.match(text, at) or any(at in (f.start, f.hedge_start) for f in ctx.figures)):
        return False
    if not _named_before_item(ctx, art, fig):
        return False
    c.lookup = NounLookup(art.previous)  # "included 13 from Tarn, 10 from Osk": captives
    last = art.last_kept
    if not c.status_hint and last is not None and last[0] == ctx.sentence.sentence and last[2] in CASUALTY_STATUSES:
        c.status_hint = last[2]  # a part of the casualty count: "102 guards died in 2013, 36 from attacks"
    return True


#: A dash that opens a list of parts right before a bare figure, and the counted noun right
#: before the dash: "Four guards - three from Tarn", "21 sailors — 12 from Arden".
_DASH_OPENS_PART = re.compile(r"(?:\s[—–-]{1,2}\s|\s?[—–]\s?)$")


def part_in_dashes_points_back(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """Else a bare figure right after a dash that follows a count of the sentence's noun phrase
    ("Four guards - three from Tarn and one from Velm - were aboard") is a part of that count:
    it counts the same noun.

    >>> [(c["figure"], c["unit"]) for c in _claims("Four guards - three from Tarn and one from Velm - were aboard.")]
    [('Four', 'guard'), ('three', 'guard'), ('one', 'guard')]

    Not when words other than the whole's noun phrase stand before the dash ("40 guards
    patrolled the port - three at night").

    >>> [c["figure"] for c in _claims("40 guards patrolled the port - three at night.")]
    ['40']
    """
    if c.lookup.found or c.figure.percent or ("—" not in ctx.text and "–" not in ctx.text and " - " not in ctx.text
                                              and " -- " not in ctx.text):
        return False  # the cheap test first
    at = c.figure.start if c.figure.hedge_start is None else c.figure.hedge_start
    dash = _DASH_OPENS_PART.search(ctx.text, max(0, at - 4), at)
    if dash is None or not ends_noun_phrase(ctx.text, c.figure.end):
        return False
    whole = next((f for f in reversed(ctx.figures) if f.end <= dash.start()), None)
    if whole is None:
        return False
    noun = noun_after(ctx.text, whole.end, ctx.masks).noun
    if noun is None or noun.end > dash.start() or ctx.text[noun.end:dash.start()].strip():
        return False  # the whole's noun ends right before the dash
    c.lookup = NounLookup(noun)
    return True


def _kept_pointer_item(ctx: SentenceContext, art: ArticleState, item: Figure, lookup: NounLookup) -> bool:
    """Whether the list's first item pointed back ("Ten of those are ...") and is the claim
    kept last, in this sentence: its items count what it counted."""
    return (lookup.points_back and item.start not in ctx.dropped and art.previous is not None
            and art.previous_at == ctx.sentence.sentence)


#: The words before a bare figure that add it to what was just counted: "jammed another 21".
_ANOTHER_BEFORE = re.compile(r"\b(?:another|a\s+further|an\s+additional)\s+$", re.I)


def another_points_back(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """Else a bare figure after "another" ("a further", "an additional") that ends its noun
    phrase counts what the claim just before it in its sentence counted, in another clause too
    ("shot down 30 drones while jammers downed another 12": drones), an irregular participle
    after it too ("another 9,000 held in reserve").

    >>> [(c["figure"], c["unit"]) for c in _claims("Guns hit 30 drones while jammers downed another 12, it said.")]
    [('30', 'drone'), ('12', 'drone')]
    >>> [(c["figure"], c["unit"]) for c in _claims("Velm has 2,000 soldiers at the front, and another 9,000 held in reserve.")]
    [('2,000', 'soldier'), ('9,000', 'soldier')]
    """
    if c.lookup.found or c.figure.percent or art.previous is None or art.previous_at != ctx.sentence.sentence:
        return False
    at = c.figure.start
    if not _ANOTHER_BEFORE.search(ctx.text, max(0, at - 16), at) or not (
            _VERB_OR_END.match(ctx.text, c.figure.end) or ends_noun_phrase(ctx.text, c.figure.end)
            or _participle_after(ctx.text, c.figure.end)):
        return False
    c.lookup = NounLookup(art.previous)
    return True


#: A verb in the past right before a bare figure that ends its clause, a particle after it too:
#: "has pledged 24", "had lost 400,000", "shot down 12" (group 1, the verb).
_PAST_VERB_BEFORE = re.compile(r"\b([a-z]{3,})(?:\s+(?:down|out|up|off|back|away))?\s+$")
#: Past verbs whose bare figure is a measure or a rank, not a count of anything: "aged 24".
_MEASURING_VERBS = frozenset({"aged", "dated", "ranked", "rated", "scored", "priced", "valued", "sized", "timed",
                              "numbered", "totalled", "totaled", "averaged", "measured", "weighed", "weighted"})


def gapped_object_points_back(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """Else a bare figure that is the object of a verb in the past and ends its clause counts
    what the claim before it in its sentence counted: the object noun is left out as in the
    clause before ("Tarn has promised 40 howitzers, while Velm has pledged 12": howitzers).

    >>> [(c["figure"], c["unit"]) for c in _claims("Tarn has promised 40 howitzers, while Velm has pledged 12.")]
    [('40', 'howitzer'), ('12', 'howitzer')]
    >>> [(c["figure"], c["unit"]) for c in _claims("Gunners hit 30 drones; jammers brought down about 12, it said.")]
    [('30', 'drone'), ('12', 'drone')]

    A measure or a rank is no count ("aged 24"); nor is a figure its sentence counted nothing before.

    >>> [c["figure"] for c in _claims("Rebels held 30 hostages, the youngest aged 12.")]
    ['30']
    """
    if c.lookup.found or c.figure.percent or art.previous is None or art.previous_at != ctx.sentence.sentence:
        return False
    text, end = ctx.text, c.figure.end
    if text[end:end + 1] not in ("", ".", ",", ";", ":", ")", "!", "?", '"', "”"):
        return False  # the cheap test first: the figure ends its clause
    at = c.figure.start if c.figure.hedge_start is None else c.figure.hedge_start
    verb = _PAST_VERB_BEFORE.search(text, max(0, at - 30), at)
    if verb is None:
        return False
    word = verb.group(1).lower()
    if word in _MEASURING_VERBS or not (word.endswith("ed") or word in _irregular_participles()):
        return False
    c.lookup = NounLookup(art.previous)
    return True


#: A counted noun, a comma and a relative clause opened by "of which" or "of whom" up to a bare
#: figure: "the missiles, of which it shot down two".
_OF_WHICH_CLAUSE_BEFORE = re.compile(r"([A-Za-z][\w'’-]*),?\s+of\s+(?:which|whom)\s+[^,;:.()\[\]\d]{1,50}$")


def object_of_which_points_back(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """Else a bare figure that ends a relative clause opened by "of which" or "of whom" right
    after a counted noun counts that noun: the part the clause takes of it ("the missiles, of
    which the guns shot down two, hit the port": missiles).

    >>> [(c["figure"], c["unit"]) for c in _claims("Officials said the missiles, of which the guns shot down two, hit the port.")]
    [('two', 'missile')]
    """
    if c.lookup.found or c.figure.percent or " of wh" not in ctx.text:
        return False  # the cheap test first
    return _counts_noun_just_before(c, ctx.text, _OF_WHICH_CLAUSE_BEFORE, 80)


def _counts_noun_just_before(c: FigureCandidate, text: str, before: re.Pattern[str], reach: int) -> bool:
    """Whether ``before`` ends right at a bare figure (or its hedge) within ``reach`` characters,
    its first group a counted noun, and the figure ends a noun phrase: the figure then counts
    that noun (``object_of_which_points_back``, ``included_by_a_counted_subject``).

    >>> [(c["figure"], c["unit"]) for c in _claims("Officials said the drones, of which the crews downed 12, came at night.")]
    [('12', 'drone')]
    """
    at = c.figure.start if c.figure.hedge_start is None else c.figure.hedge_start
    m = before.search(text, max(0, at - reach), at)
    if m is None or not ends_noun_phrase(text, c.figure.end):
        return False
    found = lookup_unit(m.group(1).lower())
    if found is None:
        return False
    c.lookup = NounLookup(Noun(found[0], found[1], m.start(1), m.end(1)))
    return True


#: A counted noun and "include" right before a bare figure: "the fatalities include 60 from".
_INCLUDED_BY_SUBJECT = re.compile(r"([A-Za-z][\w'’-]*)\s+(?:include[sd]?|including)\s+$")


def included_by_a_counted_subject(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """Else a bare figure right after "include" ("includes", "included", "including") whose
    subject ends in a counted noun counts that noun ("the dead include 60 from Tarn": the dead).

    >>> [(c["figure"], c["unit"], c["status"]) for c in _claims("The monitor said the fatalities include 60 from Tarn.")]
    [('60', 'fatality', 'killed')]
    """
    if c.lookup.found or c.figure.percent or "nclud" not in ctx.text:
        return False  # the cheap test first
    return _counts_noun_just_before(c, ctx.text, _INCLUDED_BY_SUBJECT, 40)


#: What opens a later item of a list whose verb is left out: a comma or "and", maybe "the
#: remaining" ("..., 19 for the agency and the remaining eight for the clinics").
_GAPPED_ITEM_BEFORE = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+|\s[—–-]+\s+)(?:the\s+(?:remaining|other|last)\s+)?$")
#: The preposition right after a bare item's figure: "19 for", "18 from".
_GAPPED_PREPOSITION = re.compile(r"\s+(for|from|to|in|at|on|by|with|among)\s")


def gapped_item_points_back(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """Else a bare figure that opens a later item of a list whose verb is left out, with the
    preposition of a counted item before it, counts what that item counts: "three of the trucks
    are for the Red Cross, 19 for the agency and the remaining eight for the clinics" (trucks);
    "the dead include 60 from Tarn -- among them two women -- 18 from Osk" (the dead).

    >>> [(c["figure"], c["unit"]) for c in _claims("It said three of the trucks are for the Red Cross, 19 for the Velm agency and the remaining eight for clinics.")]
    [('three', 'truck'), ('19', 'truck'), ('eight', 'truck')]

    So does an item that gives its figure for each of several places ("four each in Osk and Tarn").

    >>> [c["figure"] for c in _claims("Raids killed 30 people: 20 in Arden, four each in Osk and Tarn, and two in Lusk.")]
    ['30', '20', 'four', 'two']
    """
    if c.lookup.found or c.figure.percent or not ctx.counted:
        return False  # the cheap test first
    at = c.figure.start if c.figure.hedge_start is None else c.figure.hedge_start
    sep = _GAPPED_ITEM_BEFORE.search(ctx.text, max(0, at - 24), at)
    each = _EACH_AFTER.match(ctx.text, c.figure.end)  # "four each in Osk and Tarn"
    prep = _GAPPED_PREPOSITION.match(ctx.text, each.end() if each else c.figure.end)
    if sep is None or prep is None:
        return False
    word = f" {prep.group(1)} "
    for f in reversed([f for f in ctx.figures if f.start in ctx.counted and f.end <= sep.start()]):
        between = ctx.text[f.end:sep.start()]
        if len(between) > 120 or any(ch in between for ch in ";:"):
            return False
        right_after = ctx.text.startswith(word, f.end)
        in_item = word in between + " " and len(between) <= 90 and not any(
            f.end <= g.start < sep.start() for g in ctx.figures)
        if right_after or in_item:
            c.lookup = NounLookup(ctx.counted[f.start])
            return True
    return False


#: The words before a bare figure that make it a step of a sequence: "first sending 40",
#: "then 70", "followed by 10", "and finally 12" (a participle may come between).
_SEQUENCE_BEFORE = re.compile(
    r"\b(?:first|then|next|finally|later|followed\s+by)(?:\s+(?:by\s+)?[a-z]+ing)?\s+$", re.I)
_SEQUENCE_WORDS = ("first", "then", "followed", "finally", "next", "later")
#: "and" that opens the next step of a sequence right after a figure: "then 25 and finally 12".
_AND_NEXT_STEP = re.compile(r"\s+and\s+(?:then|finally|later|next)\b", re.I)


def sequence_step_points_back(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """Else a bare figure that is a step of a sequence ("first", "then", "followed by",
    "finally") and ends its noun phrase counts what the claim just before it in its sentence
    counted, else the noun named last before it ("fired shells in waves, first 40, then 25").

    >>> [(c["figure"], c["unit"]) for c in _claims("Guns fired shells in waves, first sending 40, then 25 and finally 9.")]
    [('40', 'shell'), ('25', 'shell'), ('9', 'shell')]
    >>> [(c["figure"], c["status"]) for c in _claims("Medics saw 31 wounded men in May, followed by 28 in June.")]
    [('31', 'wounded'), ('28', 'wounded')]
    """
    if c.lookup.found or c.figure.percent or ("first" not in ctx.text and "then" not in ctx.text
                                              and "followed" not in ctx.text and "finally" not in ctx.text
                                              and "next" not in ctx.text and "later" not in ctx.text):
        return False
    at = c.figure.start if c.figure.hedge_start is None else c.figure.hedge_start
    end = c.figure.end
    if not _SEQUENCE_BEFORE.search(ctx.text, max(0, at - 24), at) or not (
            _VERB_OR_END.match(ctx.text, end) or ends_noun_phrase(ctx.text, end) or _AND_NEXT_STEP.match(ctx.text, end)):
        return False
    if art.previous is not None and art.previous_at == ctx.sentence.sentence:
        c.lookup, c.noun_carried = NounLookup(art.previous), True  # a casualty count's step is one too
    else:
        c.lookup = POINTS_BACK
    return True


#: A verb or a status between an uncounted figure and a pointer back: "3 attacks and wounded
#: 12 more" counts people again, not attacks.
_VERB_BETWEEN = re.compile(r"\b[a-z]+(?:ed|ing|en)\b")


def more_of_the_uncounted(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """A pointer back ("200 more", "30 of them") right after a figure of its sentence that
    counted a noun never counted, with no noun and no verb between, counts that noun again:
    no claim ("launched 90 raids on Monday and 40 more on Tuesday": raids).

    >>> [c["figure"] for c in _claims("It said 300 troops came. They made 90 raids on Monday and 40 more on Tuesday.")]
    ['300']
    """
    if not c.lookup.points_back or not ctx.uncounted:
        return False
    before = [f for f in ctx.figures if f.end <= c.figure.start]
    if not before or before[-1].start not in ctx.uncounted:
        return False
    between = ctx.text[before[-1].end:c.figure.start]
    if _VERB_BETWEEN.search(between) or nearest_noun(between, len(between)) is not None:
        return False
    c.dropped = True
    return True


#: Between a subject and the bare figure its verb takes: the verb (one or two words) and a hedge, if any.
_VERB_THEN_FIGURE = re.compile(r"\s+(?:[a-z]+\s+){1,2}(?:(?:more|fewer|less)\s+than\s+|about\s+|some\s+|at\s+least\s+)?$")


def _formation_subject_of(text: str, noun: Noun, fig: Figure) -> bool:
    """Whether ``noun`` is a formation of troops ("brigades", ``_formation_words``) whose verb
    takes the bare figure as its object: the figure counts something the formation has or
    needs, not formations ("the brigades need more than 9,000").

    >>> from claimtable.numbers import find_figures
    >>> t = "fires 5,000 shells a day, but the brigades need more than 9,000"
    >>> _formation_subject_of(t, nearest_noun(t, t.index("9,000")), find_figures(t)[-1])
    True
    """
    return (text[noun.start:noun.end].lower() in _formation_words()
            and _VERB_THEN_FIGURE.fullmatch(text, noun.end, fig.start) is not None)


#: "others" right after a figure, not opening "of others" ("40 others were sent", "10 others by").
_OTHERS_AFTER = re.compile(r"\s+others\b(?!\s+of\b)", re.I)


def others_point_back(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """"others" after a figure counts more of what the claim just before it in its sentence
    counted, when that claim counts people: the people the sentence counts before, not a
    thing or an agent named between ("a van carrying 30 prisoners left the jail, while 120
    others were flown out": prisoners; "80 were carried out by police and 10 others by a judge").

    >>> [(c["figure"], c["unit"]) for c in _claims("A bus carrying 30 prisoners left the jail, while about 120 others were flown out.")]
    [('30', 'prisoner'), ('120', 'prisoner')]
    """
    if not c.lookup.points_back or art.previous is None or art.previous_at != ctx.sentence.sentence:
        return False  # the cheap test first
    if not counts_people(art.previous) or not _OTHERS_AFTER.match(ctx.text, c.figure.end):
        return False
    c.lookup = NounLookup(Noun(art.previous.unit, art.previous.category, c.figure.end, c.figure.end))
    return True


#: What may stand between a noun and the reporting verb it is the subject of: "Police said",
#: "medics have told", "officers later said".
_BEFORE_ITS_VERB = re.compile(r"\s+(?:(?:have|has|had|also|later|then)\s+)?")


def _speaks_after(text: str, end: int) -> bool:
    """Whether a reporting verb (``_reporting_verb``) follows the noun that ends at ``end``.

    >>> _speaks_after("Police said 40 died", 6), _speaks_after("Police killed 40", 6)
    (True, False)

    So does a verb that gives or changes a toll: its subject counts, it is not counted.

    >>> _speaks_after("our staff have revised their figures to 210,000", 9)
    True
    """
    m = _BEFORE_ITS_VERB.match(text, end)
    return m is not None and (_reporting_verb().match(text, m.end()) is not None
                              or _toll_change_verb().match(text, m.end()) is not None)


@cache
def _toll_change_verb() -> re.Pattern[str]:
    """A verb by which a subject gives or changes a toll (``toll_words.csv``, roles ``give`` and
    ``change``: "revised", "raised"): its subject is the one who counts, not what is counted
    ("our staff have revised their figures to 210,000").

    >>> bool(_toll_change_verb().match("revised their figures")), bool(_toll_change_verb().match("fled"))
    (True, False)
    """
    words = [w for role in ("give", "change") for w in lexicons.words_with("toll_words", "word", "role", role)]
    return re.compile(rf"(?:{lexicons.alternation(words)})\b", re.I)


#: A source's own earlier count of what its sentence counts: "its earlier count of", "their
#: previous toll of", "the agency's initial figure of".
_OWN_EARLIER_COUNT = re.compile(
    r"\b(?:its|their|his|her|the)\s+(?:own\s+)?(?:earlier|previous|initial|prior|first)\s+"
    r"(?:count|figure|toll|tally|estimate|total)\s+(?:of\s+)?$", re.I)


def pointer_resolved(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """A pointer back counts the noun named last in the sentence, else what the last claim
    counted, else (for a figure no noun follows) what the article last named ("The Pentagon
    has put the number at 11,000" after a headline's "soldiers").

    >>> [c["unit"] for c in _claims("Troops poured in. The Pentagon put the number at 11,000.")]
    ['troop']

    A part opened right after a whole the sentence counted counts what the whole counts.

    >>> [(c["unit"], c["category"]) for c in _claims("The rescue service confirmed 28 deaths, including four on Monday.")]
    [('death', 'casualties'), ('death', 'casualties')]

    A noun that is the subject of a reporting verb names the speaker, not what the figure counts
    ("Police said 40 were killed": people, not police).

    >>> [c["unit"] for c in _claims("Medics said 40 were killed.")]
    ['person']

    A source's own earlier count ("its earlier count of 120") restates the count of what the
    sentence's figure before it counts, not the noun named last.

    >>> [c["unit"] for c in _claims("The agency says 180 civilians were killed when the rebels "
    ...                              "overran the camp, up from its earlier count of 120.")]
    ['civilian', 'civilian']
    """
    if not c.lookup.points_back:
        return False
    if "part_points_back" in c.fired and art.previous is not None and art.previous_at == ctx.sentence.sentence:
        c.lookup = NounLookup(art.previous)  # "28 deaths, including four on Monday": the whole's noun
        return True
    at = c.figure.start if c.figure.hedge_start is None else c.figure.hedge_start
    if art.previous is not None and art.previous_at == ctx.sentence.sentence \
            and _OWN_EARLIER_COUNT.search(ctx.text, max(0, at - 60), at):
        c.lookup = NounLookup(art.previous)  # "180 civilians ..., up from its earlier count of 120": civilians
        return True
    noun = nearest_noun(ctx.text, c.figure.start)
    if noun is not None and _speaks_after(ctx.text, noun.end):
        noun = None  # "Police said 40 were killed": the speaker
    if noun is not None and (" for " in ctx.text or " among " in ctx.text or " of " in ctx.text):
        noun = head_of_complement(ctx.text, noun)  # "casualty figures for the troops ... over 900"
    if noun is not None and _formation_subject_of(ctx.text, noun, c.figure):
        noun = nearest_noun(ctx.text, noun.start)  # "the brigades need more than 9,000": not brigades
    if noun is None:
        noun = art.previous
        if noun is None and ends_noun_phrase(ctx.text, c.figure.end):
            noun = last_noun(art.earlier[:-1])
        c.noun_carried = noun is not None
    c.lookup = NounLookup(noun)
    return noun is not None


#: Statuses only people have: a bare figure with one of them counts people, not the things
#: counted before it.
_PEOPLE_ONLY_STATUSES = frozenset({"killed", "wounded", "killed or wounded", "displaced"})


def _thing_status_after(text: str, end: int) -> bool:
    """Whether the status cue right after a bare figure is one things have too (a ``things``
    row of ``statuses.csv``: "120 destroyed", "40 lost"), the longest cue first.

    >>> _thing_status_after("120 destroyed in May", 3), _thing_status_after("120 were killed", 3)
    (True, False)
    """
    m = _STATUS_WORDS.match(text[end:end + 40])
    if not m:
        return False
    words = m.group(1).lower().split()
    for cue in dict.fromkeys(" ".join(words[:n]) for n in (3, 2, 1)):
        rows = _statuses().get(cue)
        if rows:
            return any(r["applies"] == "things" for r in rows)
    return False


def hurt_are_people(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """A bare figure that points back but whose own predicate only people have ("thousands
    have been killed", "1,200 were wounded") counts people when what was counted before is
    things ("downed 150 drones. ... thousands have been killed") or nothing.

    >>> [(c["figure"], c["unit"], c["category"]) for c in _claims("It downed 150 drones. Thousands have been killed.")]
    [('150', 'drone', 'equipment'), ('Thousands', 'person', 'casualties')]
    >>> [(c["figure"], c["unit"], c["category"]) for c in _claims("It launched 150 drones, 120 destroyed.")]
    [('150', 'drone', 'equipment'), ('120', 'drone', 'equipment')]

    So does one when nothing was counted before it ("Scores die in a cattle raid", a first
    sentence "Police said 40 were killed").

    >>> [(c["figure"], c["unit"], c["category"]) for c in _claims("Police said 40 were killed.")]
    [('40', 'person', 'casualties')]
    """
    if c.status_hint not in _PEOPLE_ONLY_STATUSES or "bare_figure_points_back" not in c.fired:
        return False
    if (c.noun is not None and counts_people(c.noun)) or _thing_status_after(ctx.text, c.figure.end):
        return False  # "launched 40 drones, 35 destroyed": what things suffer too, still drones
    c.lookup = NounLookup(_people_noun(c.figure.end))
    return True


#: What may stand right before a subject at its clause's start: the sentence's start, a
#: punctuation mark, or a word that opens a clause ("said that thousands ...", "as millions ...").
_SUBJECT_OPENS_BEFORE = re.compile(
    r"(?:^|[,;:(—–\"“‘]\s*|\b(?:that|and|but|while|as|where|when|because|after|since)\s+)$", re.I)
#: A word right after a vague plural that no noun can be ("thousands had", "millions face"):
#: not "of", "and", "or", nor a pointer back ("thousands more").
_WORD_AFTER_VAGUE = re.compile(r"\s+(?![‘'\"“])([a-z]+)\b")


#: A capitalised word right after a figure in a title-case headline ("Thousands Missing").
_TITLE_WORD_AFTER = re.compile(r"\s+([A-Z][a-z]+)\b")


def _title_status_after(text: str, end: int) -> bool:
    """Whether a capitalised status cue of people (``statuses.csv``) follows a figure right
    after it, as a title-case headline writes its predicate ("Thousands Missing as ...").

    >>> _title_status_after("Thousands Missing as Raiders Take Osk", 9), _title_status_after("Thousands More Flee", 9)
    (True, False)
    """
    m = _TITLE_WORD_AFTER.match(text, end)
    return m is not None and _status_cues(True, False).get(m.group(1).lower()) in (*CASUALTY_STATUSES, "displaced")


def bare_vague_subject_people(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """Else a vague plural ("thousands", "hundreds of thousands") that opens its clause with
    a word in lower case after it and no noun (a verb, an adverb: "thousands had gathered",
    "millions face hunger") is the subject of that clause and counts people, whether or not
    a noun was named before.

    >>> [(c["figure"], c["unit"]) for c in _claims("Witnesses said thousands had gathered at the gate.")]
    [('thousands', 'person')]
    >>> _claims("The army said hundreds were destroyed on the road.")
    []

    A headline in title case keeps its verbs: a capitalised status of people right after the
    vague plural that opens it ("Thousands Missing as Floods Hit Osk") is its predicate.

    >>> [(c["figure"], c["unit"], c["status"]) for c in _claims("Thousands Missing as Raiders Take Osk\\n\\nThe town fell at dawn.")]
    [('Thousands', 'person', 'missing')]
    """
    if c.noun is not None or c.lookup.points_back or c.figure.hedge != "vague" \
            or not c.figure.text.endswith("s") or c.figure.hedge_start is not None:
        return False
    if ctx.sentence.role == "title" and _title_status_after(ctx.text, c.figure.end):
        c.lookup = NounLookup(_people_noun(c.figure.end))  # "Thousands Missing as ...": people
        return True
    after = _WORD_AFTER_VAGUE.match(ctx.text, c.figure.end)
    if after is None or after.group(1) in ("of", "and", "or") \
            or after.group(1) in lexicons.word_set("links", "word", "link", "anaphor"):
        return False
    if _SUBJECT_OPENS_BEFORE.search(ctx.text, max(0, c.figure.start - 12), c.figure.start) is None:
        verb = _VERB_BEFORE_BARE.search(ctx.text, max(0, c.figure.start - 20), c.figure.start)
        if verb is None or verb.group(1) not in lexicons.word_set("speech_verbs", "verb", "roles", "speech"):
            return False  # "said thousands had gathered": the subject of what was said
    if _thing_status_after(ctx.text, c.figure.end):
        return False  # "hundreds were destroyed": things
    c.lookup = NounLookup(_people_noun(c.figure.end))
    return True


def hurt_pointer_is_people(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """A pointer back that a verb only people suffer takes as its object ("a drone strike killed
    one man and wounded two others") counts people, not the thing named last before it.

    >>> [(c["figure"], c["unit"], c["category"]) for c in _claims("A guard was shot on the pier, and later a drone wounded two others.")]
    [('two', 'person', 'casualties')]
    >>> [(c["figure"], c["unit"]) for c in _claims("They fired 40 drones and launched 20 others.")]
    [('40', 'drone'), ('20', 'drone')]
    """
    if c.noun is None or "pointer_resolved" not in c.fired or counts_people(c.noun):
        return False  # the cheap test first
    at = c.figure.start if c.figure.hedge_start is None else c.figure.hedge_start
    if not _hurt_cue_before().search(ctx.text, max(0, at - 30), at):
        return False
    c.lookup = NounLookup(_people_noun(c.figure.end))
    return True


#: A pointer back right after a figure that may be the subject of the clause: "others",
#: "more", "of them" ("three others were wounded").
_POINTER_SUBJECT_AFTER = re.compile(r"\s+(?:others|more|of\s+them)\b", re.I)


def hurt_pointer_subject_is_people(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """A pointer back whose own predicate is a status only people have ("three others were
    wounded") counts people, not the thing named last before it, as when a verb that hurts
    takes it as its object.

    >>> [(c["figure"], c["unit"], c["category"]) for c in _claims("A drone hit a flat in Osk, and three others were wounded.")]
    [('three', 'person', 'casualties')]
    >>> [(c["figure"], c["unit"]) for c in _claims("They shot down 40 drones and 20 others were destroyed.")]
    [('40', 'drone'), ('20', 'drone')]
    """
    if c.noun is None or "pointer_resolved" not in c.fired or counts_people(c.noun):
        return False  # the cheap test first
    pointer = _POINTER_SUBJECT_AFTER.match(ctx.text, c.figure.end)
    if pointer is None or _status_after(ctx.text, pointer.end()) not in _PEOPLE_ONLY_STATUSES \
            or _thing_status_after(ctx.text, pointer.end()):
        return False
    c.lookup = NounLookup(_people_noun(c.figure.end))
    return True


@cache
def _thing_cue_before() -> re.Pattern[str]:
    """A cue of ``statuses.csv`` that only things undergo (its rows all apply to ``things``:
    "sank", "sinking") right before a figure, with only white space between.

    >>> bool(_thing_cue_before().search("and sinking ")), bool(_thing_cue_before().search("destroyed "))
    (True, False)
    """
    rows = lexicons.read_lexicon("statuses")
    other = {row["cue"] for row in rows if row["applies"] != "things"}
    cues = [row["cue"] for row in rows if row["applies"] == "things" and row["cue"] not in other]
    return re.compile(rf"\b(?:{lexicons.alternation(cues, fold_case=True)})\s+$", re.I)


def sunk_pointer_is_thing(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """A pointer back that a verb only things undergo takes as its object ("attacked four boats
    of the Tarn Coastal Forces, sinking three of them") counts the thing named last before it,
    not the people or the force named after that thing.

    >>> [(c["figure"], c["unit"], c["category"]) for c in _claims("Velm attacked five boats of the Tarn Coastal Forces, sinking four of them.")]
    [('five', 'boat', 'equipment'), ('four', 'boat', 'equipment')]
    """
    if c.noun is None or "pointer_resolved" not in c.fired or not counts_people(c.noun):
        return False  # the cheap test first
    at = c.figure.start if c.figure.hedge_start is None else c.figure.hedge_start
    if not _thing_cue_before().search(ctx.text, max(0, at - 30), at):
        return False
    noun = nearest_noun(ctx.text, c.noun.start)
    while noun is not None and counts_people(noun):
        noun = nearest_noun(ctx.text, noun.start)
    if noun is None:
        return False
    c.lookup = NounLookup(noun)
    return True


#: "toll" (no counted noun before it: "the death toll" names its noun) and the words after it up to a
#: figure's clause, with no figure between: "The toll from a week of clashes in Velm has passed ".
_BARE_TOLL = re.compile(r"\btoll\b(?!\s+(?:road|booth|gate|plaza|free)\b)[^\d]*$", re.I)


def toll_counts_the_dead(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """Else a figure that counts nothing yet, after "toll" with no noun naming what it counts,
    in its clause ("The toll from a week of clashes in Velm has passed 1,300"), counts the
    dead, as the figure of "the death toll" does: a toll said alone is the death toll. Not in
    a headline, where a round figure sums up the toll its body gives ("Toll in Velm passes 4,000").

    >>> [(c["figure"], c["unit"], c["status"]) for c in _claims("The toll from a week of clashes in Velm has passed 1,300.")]
    [('1,300', 'death', 'killed')]
    """
    if ("toll" not in ctx.text and "Toll" not in ctx.text and "TOLL" not in ctx.text) \
            or c.noun is not None or c.figure.percent or ctx.sentence.role != "body":
        return False
    start = c.figure.start if c.figure.hedge_start is None else c.figure.hedge_start
    m = _BARE_TOLL.search(ctx.text, c.clause[0], start)
    if m is None:
        return False
    unit, category = lookup_unit("deaths") or ("death", "casualties")
    c.lookup = NounLookup(Noun(unit, category, m.start(), m.start() + 4))
    return True


#: A word in lower case or a year, then an opening bracket, right before a figure: "a significant
#: portion (", "in 2023 (" (not a name's "Tarvo (", a date's "Sunday (" or a phone word's "TALK (").
_LOWER_WORD_BRACKET = re.compile(r"(?:\b[a-z][a-z-]*|\b(?:19|20)\d{2})\s?\($")


def count_in_brackets_after_its_noun(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """Else a figure alone in brackets after a word in lower case or a year counts the counted
    noun named last before it in its sentence: the number of those just described ("42 per cent
    of all fatalities in the region in 2023 (416)": fatalities; "with children making up a
    large share (3,100)": children).

    >>> [(c["figure"], c["unit"]) for c in _claims("The ministry said strikes displaced 9,000 people, with children making up a large share (3,100).")]
    [('9,000', 'person'), ('3,100', 'child')]
    """
    if "(" not in ctx.text or c.noun is not None or c.figure.percent or c.figure.hedge_start is not None:
        return False
    text, start, end = ctx.text, c.figure.start, c.figure.end
    if text[start - 1:start] != "(" or text[end:end + 1] != ")":
        return False  # the cheap test first
    if not _LOWER_WORD_BRACKET.search(text, max(0, start - 40), start):
        return False
    last, pos = None, max(0, start - 160)
    while (noun := first_noun(text, pos, start - 1)) is not None:
        last, pos = noun, noun.end
    if last is None:
        return False
    c.lookup = NounLookup(last)
    return True


def not_counted(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """A figure that counts nothing the lexicons know is no claim ("on day 3").

    >>> _claims("They met 3 times.")
    []
    """
    c.dropped = c.noun is None
    return c.dropped


def definite_repeat(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """A body figure after "the" that one of the two sentences before it in its paragraph gave
    already points back to that group ("The group included 13 nationals. The 13 hostages flew home"):
    no claim of its own, whatever noun it takes now; a share "of the" figure keeps it (the
    share's whole). Records each body figure's value for the sentences after it.

    >>> [c["unit"] for c in _claims("The freed group included 13 nationals. The 13 hostages flew home.")]
    ['national']

    A small count in words whose clause says what befell those counted is left to ``dedupe``,
    which weighs who gives it and that status (``definite_group_restated``,
    ``definite_group_named_again``): another source's count ("the agency also confirmed the
    five deaths") or another status ("two pupils went missing ... the two missing pupils have
    been found") is a claim of its own; "the two men were in Kyiv" stays the group named before.

    >>> [(c["figure"], c["status"]) for c in _claims(
    ...     "Two pupils went missing, the governor said. The two missing pupils have been found.")]
    [('Two', 'missing'), ('two', 'found')]
    >>> [c["figure"] for c in _claims("Two scouts were captured, an aide said. The two men were in Kyiv.")]
    ['Two']
    """
    if ctx.sentence.role != "body":
        return False
    value = (c.figure.low, c.figure.high, c.figure.percent)
    here = (ctx.sentence.paragraph, ctx.sentence.sentence)
    seen = art.values.get(value)
    art.values[value] = here
    if seen is None or seen[0] != here[0] or not 0 < here[1] - seen[1] <= 2:
        return False  # only in the same paragraph, a sentence or two on
    at = c.figure.start if c.figure.hedge_start is None else c.figure.hedge_start
    before = ctx.text[max(0, at - 8):at].lower()
    if not before.endswith("the ") or before.endswith("of the "):
        return False
    if c.figure.text.isalpha() and c.figure.high <= SMALL_DEFINITE and any(
            c.clause[0] <= s and e <= c.clause[1] for s, e, _cue in _status_cues_in(ctx.text)):
        return False  # "confirmed the five deaths": dedupe weighs its source and status
    c.dropped = True
    return True


def remember_noun(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """What this claim counts is what a later "1,000 more" counts, unless the figure opens a
    part of a group just counted ("12,000 troops, including 500 officers").

    >>> [c["figure"] for c in _claims("12,000 troops came, including 500 officers. 300 more came.")]
    ['12,000', '500', '300']

    Nor does a share after a count its sentence gave: the share's whole only measures the count
    ("4,000 soldiers were wounded, a third of the corps. Tarn put the figure at 3,000": soldiers).

    >>> [c["category"] for c in _claims("4,000 soldiers were wounded, a third of the corps. Tarn put the figure at 3,000.")]
    ['casualties', 'other', 'casualties']
    """
    art.last_share = (ctx.sentence.sentence, c.noun) if c.figure.percent and c.noun else None
    if c.noun is not None and not c.figure.percent:
        ctx.counted[c.figure.start] = c.noun
    if SUBSET_OPENERS.match(ctx.text, c.clause[0]):
        return False
    if c.figure.percent and art.previous is not None and art.previous_at == ctx.sentence.sentence:
        return False  # "4,000 soldiers were hurt, a third of the corps": the soldiers stay
    art.previous, art.previous_at = c.noun, ctx.sentence.sentence
    return True


def hedge_after_noun(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """A hedge cue after the noun hedges an exact figure ("5,000 troops or more").

    >>> [c["hedge"] for c in _claims("It sent 5,000 troops or more.")]
    ['lower_bound']
    """
    c.hedge = c.figure.hedge
    cue = hedge_after(ctx.text, c.noun.end) if c.hedge == "exact" and c.noun_follows and c.noun else None
    if cue:
        c.hedge = cue[0]
    return bool(cue)


def modality(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """A modality cue in the figure's clause makes it projected ("could send 10,000").

    >>> [c["modality"] for c in _claims("Russia could send 10,000 troops.")]
    ['projected']
    """
    if not _may_hold_modality_cue(ctx.text):
        c.projected = False  # the cheap test first: the scan below reads the whole clause
        return c.projected
    lo, hi = c.modal_span
    if c.noun_follows and c.noun is not None:
        # "sent 10,000 soldiers to Russia that will probably augment its forces": a relative
        # clause after the noun says what they may do, not whether they were sent
        rel = _RELATIVE.search(ctx.text, c.noun.end, hi)
        hi = rel.start() if rel else hi
    c.projected = any(not _is_month_may(ctx.text, m) for m in _cue_regex("modality", "cue").finditer(ctx.text, lo, hi))
    return c.projected


@cache
def _modality_phrases() -> tuple[str, ...]:
    """The modality cues in lower case, their words one space apart (``modality.csv``)."""
    return tuple(dict.fromkeys(" ".join(cue.lower().split()) for cue in lexicons.column("modality", "cue")))


@cache
def _modality_phrase_gate() -> re.Pattern[str]:
    """Every phrase of ``_modality_phrases`` anywhere in a folded text, its spaces any run of
    white space (``lexicons.alternation``), no word boundary: one scan, where asking each of the
    27 phrases in turn (``cue in folded``) ran a generator step a phrase for every sentence."""
    return re.compile(lexicons.alternation(_modality_phrases()))


@lru_cache(maxsize=64)
def _may_hold_modality_cue(text: str) -> bool:
    """Whether a text holds a modality cue's words at all: its letters folded as
    ``re.IGNORECASE`` folds them (``numbers.fold_like_ignorecase``), it holds every cue the
    pattern finds, as ``_modality_phrases`` writes it, with any white space between its words
    (what joining the text's words with single spaces and asking each phrase found).

    >>> _may_hold_modality_cue("They are set  to send 500."), _may_hold_modality_cue("500 were sent.")
    (True, False)
    """
    return _modality_phrase_gate().search(fold_like_ignorecase(text)) is not None


_RELATIVE = re.compile(r"\b(?:that|which|who)\s+(?:will|would|could|might|may|can|are\s+expected|is\s+expected)\b", re.I)


def _is_month_may(text: str, m: re.Match[str]) -> bool:
    """Whether a modality cue "may" is the month: written "May" inside a sentence ("since May 2",
    "in May"), never the sentence's first word.

    >>> s = "1,000 died in May."
    >>> _is_month_may(s, re.search("May", s)), _is_month_may("May they come", re.search("May", "May they come"))
    (True, False)
    """
    return m.group(0) == "May" and bool(text[:m.start()].strip())


def status(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """The status cue nearest the figure, in its clause, else in the sentence.

    >>> [c["status"] for c in _claims("1,500 troops arrived in Russia.")]
    ['arrived']

    A long cue before the figure is as near as its last word ("killed or wounded about 300
    soldiers deployed there": the verb, not the participle after the noun).

    >>> [c["status"] for c in _claims("Shelling killed or wounded about 300 soldiers deployed there.")]
    ['killed or wounded']

    A noun carried from an earlier sentence is read for its kind, not for words at its place
    there ("... 21 crew members. The count is up to five rescued and three sailors dead"):

    >>> [(c["figure"], c["status"]) for c in _claims("The Marro Coast Guard said a freighter with 21 crew members sank. "
    ...     "The count is up to five rescued and at least three sailors dead.")]
    [('21', ''), ('five', 'rescued'), ('three', 'killed')]
    """
    people = counts_people(c.noun)
    # "launched 40 drones, 35 destroyed": the hint read the cue as people's; things read it again
    if c.status_hint and (people or not _thing_status_after(ctx.text, c.figure.end)):
        c.status = c.status_hint
        return True
    if ctx.blanked is None:  # once per sentence: the names and their spans are the sentence's
        ctx.blanked = _names_blanked(ctx)
    others = _cues_of_others(ctx, c.figure, c.clause)
    if ";" in ctx.text:  # the cheap test first: most sentences have no semicolon
        others += _semicolon_parts_of_others(ctx, c.figure)
    # a noun an earlier sentence named has its spans in that sentence: none to read here
    noun = None if c.noun_carried else c.noun
    clause, clause_only = c.clause, c.own_verb
    own_start = _own_subclause_start(ctx.text, c.figure, clause, noun)
    if own_start is not None:  # "... have died and 1.8 million have been made homeless": its own predicate
        clause, clause_only = (own_start, clause[1]), True
        came = _came_through_right_after(ctx.text, c.figure, noun)
        if came is not None:  # "four guards were killed and two others escaped"
            c.status = came
            return True
    elif not clause_only and _own_finite_verb(ctx.text, c.figure, clause, noun):
        clause_only = True  # "two families escaped, while two women were hurt": not hurt
        came = _came_through_right_after(ctx.text, c.figure, noun)
        if came is not None:  # "only 12 migrants survived the sinking; the rest are missing"
            c.status = came
            return True
    elif not clause_only and _object_of_its_clause_verb(ctx.text, c.figure, clause):
        clause_only = True  # "killing thousands, and forcing millions into hunger": not killed
    verb = _agent_verb_after(ctx.text, c.figure, noun, people)
    if verb is not None and verb < clause[1]:  # "40 gunmen seized the town": the gunmen did it
        clause, clause_only = (clause[0], verb), True
        noun = None  # no word after the noun is its own status either
    c.status = _status(ctx.blanked, c.figure, clause, people, c.projected, noun, _next_coordinated(ctx, c.figure),
                       others, clause_only)
    return bool(c.status)


#: A part of a whole named before, right before a figure ("of whom", "including", "among them").
_PART_OF_BEFORE = re.compile(r"\b(?:includ\w*|among|of\s+(?:whom|which|them|these|those|the|its|their))\s+(?:\w+\s+){0,2}$", re.I)


#: A determiner and up to one word before a noun (group 1): "a day", "this week", "the same day".
_TIME_OBJECT = re.compile(r"\s+(?:a|an|the|this|that|each|every|per|last|next)\s+(?:(?:same|next|previous|following|past)\s+)?([a-z]+)\b", re.I)


@cache
def _time_words() -> frozenset[str]:
    """The times of ``uncounted.csv`` (``day``, ``week``, ...) and their plurals."""
    words = lexicons.word_set("uncounted", "word", "kind", "time")
    return frozenset(words | {w + "s" for w in words})


@cache
def _agent_object() -> re.Pattern[str]:
    """What opens the object of an active verb: a determiner, a figure in digits or words
    (``number_words.csv``), a vague quantity's first word (``vague.csv``) or "control" ("seized
    control of")."""
    words = [r["word"] for r in lexicons.read_lexicon("number_words") if r["abbreviation"] != "yes"]
    words += [p.split()[0] for p in lexicons.column("vague", "phrase")]
    return re.compile(rf"\s+(?:\d|(?:the|a|an|this|that|these|those|its|his|her|our|control|"
                      rf"{lexicons.alternation(words, fold_case=True)})\b)", re.I)


#: Statuses a transitive verb does to its object, not to its subject ("40 gunmen seized the town",
#: "three soldiers killed a sentry"); a verb of the subject's own fate ("fled", "surrendered") is none.
_DONE_TO_OBJECT = frozenset({"killed", "wounded", "killed or wounded", "captured", "detained"}) | RELEASED_STATUSES | {"rescued"}


@cache
def _past_verb() -> re.Pattern[str]:
    """A verb in the past right after a figure's noun phrase, past an adverb: "-ed", an irregular
    participle (``participles.csv``) or "found", "took", "saw"; group ``verb``."""
    irregular = lexicons.alternation(lexicons.column("participles", "participle"))
    return re.compile(rf"\s+(?:(?:then|later|also|reportedly|[a-z]{{3,}}ly)\s+)?(?P<verb>[a-z]{{3,}}ed|{irregular}|found|took|saw)\b")


def _agent_verb_after(text: str, fig: Figure, noun: Noun | None, people: bool) -> int | None:
    """Where the active verb starts whose subject is the figure's noun phrase, when the verb has
    an object (``_agent_object``) and names no fate of the subject's own: the people counted did
    the deed, and neither the verb ("About 40 gunmen seized control of the village": not captured)
    nor what its object's words say ("Three hunters found two women dead": the women, not the
    hunters) is their status (docs/claims.md: the figure's own clause). A participle before
    "by", a preposition or a stop is a reduced passive ("40 soldiers killed in the raid") and a
    cue whose words take in their object ("lost their lives") the subject's own fate.

    >>> [(c["figure"], c["category"], c["status"]) for c in _claims(
    ...     "Late on Friday, about 40 Kel gunmen seized control of the village of Brask, witnesses said.")]
    [('40', 'troops', '')]
    >>> [(c["figure"], c["category"], c["status"]) for c in _claims("Three hunters found two women dead near the river.")]
    [('Three', 'other', ''), ('two', 'casualties', 'killed')]
    >>> [(c["figure"], c["category"], c["status"]) for c in _claims("Forty soldiers killed in the raid were buried.")]
    [('Forty', 'casualties', 'killed')]
    >>> [(c["figure"], c["category"], c["status"]) for c in _claims("The siege killed an average of 31 people a day, "
    ...     "with 12 guards killed each week.")]
    [('31', 'casualties', 'killed'), ('12', 'casualties', 'killed')]
    """
    if not people or _PART_OF_BEFORE.search(text, max(0, fig.start - 30), fig.start):
        return None  # "of whom 30 seized ...": a part stays the whole's
    end = _noun_phrase_end(text, fig, noun)
    m = _past_verb().match(text, end)
    if m is None:
        return None
    cue = _status_cue_at(text, m.start("verb"))
    after = cue.end() if cue is not None else m.end()
    if cue is not None and _status_cues(True, False).get(cue.group(0)) not in _DONE_TO_OBJECT:
        return None  # "5,000 villagers fled the town", "12 rebels surrendered their rifles"
    obj = _agent_object().match(text, after)
    time = _TIME_OBJECT.match(text, obj.start()) if obj is not None else None
    if obj is None or (time is not None and time.group(1).lower() in _time_words()):
        return None  # "31 people killed a day", "40 soldiers captured this week": a time, no object
    return m.start("verb")


def _own_finite_verb(text: str, fig: Figure, clause: tuple[int, int], noun: Noun | None) -> bool:
    """Whether the figure's noun phrase has a predicate of its own that names no status: a
    finite verb other than an auxiliary right after it, past an adverb (``_bare_subject_verb``:
    "two families miraculously escaped", "of which two remain on duty"), or one after an aside
    between dashes that splits it ("40 women – wives of soldiers who are missing – have
    gathered"). A casualty word of another clause is then not its status (docs/claims.md: it
    gives no status to a figure whose own clause has a verb of its own).

    >>> [(c["figure"], c["category"], c["status"]) for c in _claims(
    ...     "Police said two families escaped unharmed, while three women were injured.")]
    [('two', 'other', 'escaped'), ('three', 'casualties', 'wounded')]
    >>> [(c["figure"], c["category"], c["status"]) for c in _claims(
    ...     "About 40 women – wives of soldiers who are missing – have gathered in the square.")]
    [('40', 'other', 'gathered')]
    """
    if _PART_WORDS.search(text, max(clause[0], fig.start - 20), fig.start):
        return False  # "of whom 30 managed to escape": a part of a whole stays the whole's
    end = _noun_phrase_end(text, fig, noun)
    if end >= clause[1] and clause[1] < len(text) and text[clause[1]] in " —–-":
        return _DASHED_PREDICATE.match(text, clause[1]) is not None
    return end < clause[1] and _bare_subject_verb().match(text, end) is not None


#: A clause that a verb in "-ing" or "-ed" opens, past "and" or "but", right before its object's
#: figure and hedge (", and forcing millions into hunger", ", enabling more than 100,000 soldiers").
_CLAUSE_OPENING_VERB = re.compile(r"(?:(?:and|but|then)\s+)?[a-z]{3,}(?:ing|ed)\s+$")


def _object_of_its_clause_verb(text: str, fig: Figure, clause: tuple[int, int]) -> bool:
    """Whether the figure is the object of the verb that opens its clause, a participle or a
    verb in the past after a comma ("..., killing thousands, and forcing millions into hunger",
    "..., and forced several thousand refugees back over the border", "..., enabling more than
    100,000 soldiers to march on"): its clause has a verb of its own, and a casualty word of
    another clause is not its status (docs/claims.md). A part of a whole ("including 12
    children") stays the whole's.

    >>> [(c["figure"], c["status"]) for c in _claims("The floods swept the delta, killing 40 people, and forcing "
    ...     "thousands of farmers into camps.")]
    [('40', 'killed'), ('thousands', '')]
    >>> [(c["figure"], c["status"]) for c in _claims("Gunmen killed 30 villagers, including 12 children.")]
    [('30', 'killed'), ('12', 'killed')]
    """
    if clause[0] == 0 or text[clause[0] - 2:clause[0]].strip() not in (",", ""):
        return False
    at = fig.start if fig.hedge_start is None else fig.hedge_start
    if _CLAUSE_OPENING_VERB.fullmatch(text, clause[0], at) is None:
        return False
    return _PART_WORDS.search(text, clause[0], at) is None


def _noun_phrase_end(text: str, fig: Figure, noun: Noun | None) -> int:
    """Where the figure's noun phrase ends: its counted noun written after it, else "others"
    right after it ("two others escaped"), else the figure."""
    end = noun.end if noun is not None and noun.start >= fig.end else fig.end
    m = _OTHERS_AFTER.match(text, end)
    return m.end() if m is not None else end


#: An adverb between people counted and their own verb ("two families miraculously escaped").
_ADVERB_GAP = re.compile(r"\s+(?:[a-z]{3,}ly\s+)?", re.I)


def _came_through_right_after(text: str, fig: Figure, noun: Noun | None) -> str | None:
    """The status of a verb of ``came_through.csv`` that is the figure's own predicate right
    after its noun phrase, past an adverb ("two families miraculously escaped": escaped), unless
    a word of death or a wound follows it.

    >>> [(c["figure"], c["category"], c["status"]) for c in _claims("Only 12 migrants survived the sinking; the rest are missing.")]
    [('12', 'other', 'survived')]
    >>> [(c["figure"], c["category"], c["status"]) for c in _claims("Four guards were killed and two others escaped.")]
    [('Four', 'casualties', 'killed'), ('two', 'other', 'escaped')]
    """
    own, _obj, statuses = _came_through()
    end = _noun_phrase_end(text, fig, noun)
    gap = _ADVERB_GAP.match(text, end)
    verb = own.match(text, gap.end()) if gap is not None else None
    if verb is None or _hurt_after(text, verb.end(), False):
        return None
    return statuses.get(verb.group(0).lower())


#: A word that opens a subordinate clause right before a figure, past a verb of that clause and
#: the figure's hedge ("where thousands of migrants enter", "who has eight grandchildren").
_SUBCLAUSE_BEFORE = re.compile(
    r"\b(?:who|whom|whose|which|where|when|whereas)\s+(?:[a-z]+\s+){0,3}$")
#: "and" right before a figure, past its hedge: the figure opens a second conjunct.
_AND_BEFORE = re.compile(r"\band\s+(?:(?:some|about|around|nearly|almost|over|more\s+than|at\s+least|up\s+to)\s+)?$", re.I)
#: An auxiliary right after a figure's noun phrase: the conjunct's own predicate.
_AUXILIARY_AFTER = re.compile(r"\s+(?:had|have|has|were|are|was|is|will|would|could|may|might)\b", re.I)


@cache
def _gapped_participle() -> re.Pattern[str]:
    """A participle right after a figure's noun phrase in a conjunct whose auxiliary the first
    conjunct gave ("100,000 have been killed and millions forced to flee", "... and 40 abducted"):
    the conjunct's own predicate, past an adverb; a participle in "-ed" or "-en" or an irregular
    one (``participles.csv``).

    >>> bool(_gapped_participle().match(" forced to flee")), bool(_gapped_participle().match(" in the north"))
    (True, False)
    """
    irregular = lexicons.alternation(lexicons.column("participles", "participle"))
    return re.compile(rf"\s+(?:[a-z]{{3,}}ly\s+)?(?:[a-z]{{3,}}(?:ed|en)|{irregular})\b(?!\s+(?:by|of)\b)", re.I)


#: An auxiliary right before a status cue, perhaps past an adverb: the cue is a predicate ("have died").
_AUXILIARY_BEFORE = re.compile(r"\b(?:had|have|has|were|was|are|is|been|be)\s+(?:\w+ly\s+)?$", re.I)
#: Words that make what follows a part of a whole named before ("who included", "which among"):
#: the whole's status is the part's.
_PART_WORDS = re.compile(r"\b(?:includ\w*|among|of)\b", re.I)


#: "others" or "more" right after a figure (or its noun), opening no "of" or "than" ("192
#: others were wounded", "hundreds more were hurt"; not "more than 40", "others of the unit").
_MORE_AFTER = re.compile(r"\s+(?:others|more)\b(?!\s+(?:of|than)\b)", re.I)


def _own_subclause_start(text: str, fig: Figure, clause: tuple[int, int], noun: Noun | None) -> int | None:
    """Where the figure's own clause starts inside the clause the breaks gave it, when a word
    that opens a subordinate clause stands just before it ("where thousands of migrants continue
    to enter", "who has eight grandchildren") or "and" opens a conjunct that has an auxiliary of
    its own after the figure ("27,000 have died and 1.8 million have been made homeless"): a
    status cue before that start is another predicate's, and the rest of the sentence is not
    read for it (docs/claims.md: a figure whose own clause has a verb of its own).

    >>> [(c["figure"], c["status"]) for c in _claims("More than 900 people have died in Tarn and 40,000 have been made homeless.")]
    [('900', 'killed'), ('40,000', '')]

    So does one whose auxiliary the first conjunct gave ("and millions forced to flee"):

    >>> [(c["figure"], c["status"]) for c in _claims("Over 9,000 people have been killed in Tarn and thousands forced to flee their homes.")]
    [('9,000', 'killed'), ('thousands', 'displaced')]

    So does one that "others" or "more" follows ("16 soldiers were killed and six others were
    wounded": wounded, not killed):

    >>> [(c["figure"], c["status"]) for c in _claims("Sixteen soldiers were killed and six others were wounded.")]
    [('Sixteen', 'killed'), ('six', 'wounded')]
    >>> [(c["figure"], c["status"]) for c in _claims("The kidnappings go on in Osk where thousands of migrants cross the border.")]
    [('thousands', '')]

    A part of a whole ("who included 40 children") stays the whole's:

    >>> [(c["figure"], c["status"]) for c in _claims("Gunmen killed 30 villagers, who included 12 children.")]
    [('30', 'killed'), ('12', 'killed')]
    >>> [(c["figure"], c["status"]) for c in _claims("Seven of the rescued sailors are from Velm and two are from Osk.")]
    [('Seven', 'rescued'), ('two', 'rescued')]
    >>> [(c["figure"], c["status"]) for c in _claims("Gunmen abducted 90 pupils, out of which about 40 managed to escape.")]
    [('90', 'captured'), ('40', 'escaped')]
    """
    lo = max(clause[0], fig.start - 60)
    m = _SUBCLAUSE_BEFORE.search(text, lo, fig.start)
    if m is not None and m.start() >= clause[0]:
        # "out of which about 50 girls escaped", "who included 12 children": a part of the whole
        return None if _PART_WORDS.search(text, max(clause[0], m.start() - 8), fig.start) else m.start()
    m = _AND_BEFORE.search(text, lo, fig.start)
    if m is None or m.start() <= clause[0]:
        return None
    # (a noun a bare figure was given where no word names it, start = end, has no words to skip)
    end = noun.end if noun is not None and noun.start >= fig.end and noun.end > noun.start else fig.end
    more = _MORE_AFTER.match(text, end)  # "and 192 others were wounded": their own auxiliary
    after = more.end() if more is not None else end
    if not _AUXILIARY_AFTER.match(text, after) and not _gapped_participle().match(text, after):
        return None
    # the first conjunct's cue is its predicate ("have died"), not a word of the set a bare
    # figure points back to ("Seven of the rescued sailors are from Velm and two are from Osk")
    if not any(clause[0] <= a < m.start() and _AUXILIARY_BEFORE.search(text, max(0, a - 30), a)
               for a, _b, _cue in _status_cues_in(text)):
        return None
    return m.start()


def _semicolon_parts_of_others(ctx: SentenceContext, fig: Figure) -> tuple[tuple[int, int], ...]:
    """The parts of a sentence that semicolons split off the figure's part and that hold a
    figure of their own, when the figure's part holds a status cue (a predicate of its own):
    each is a clause of its own, and its cues are its figures', never read for this one ("on
    May 1, five guards were killed; on May 2, rebels hit boats carrying 90 soldiers, killing
    40": the 90 are troops).

    >>> [(c["figure"], c["status"]) for c in _claims("On May 1, five guards were killed by a mine; "
    ...     "on May 2, rebels hit two boats carrying 90 soldiers, killing at least 40.")]
    [('five', 'killed'), ('two', ''), ('90', ''), ('40', 'killed')]

    A part with no cue of its own is an item of a list the cue before it heads:

    >>> [(c["figure"], c["status"]) for c in _claims("Killed in May: 12 soldiers; 5 civilians.")]
    [('12', 'killed'), ('5', 'killed')]
    """
    text = ctx.text
    bounds = [-1, *(i for i, ch in enumerate(text) if ch == ";"), len(text)]
    parts = [(a + 1, b) for a, b in itertools.pairwise(bounds)]
    own = next(p for p in parts if p[0] <= fig.start < p[1])
    if not any(own[0] <= s and e <= own[1] for s, e, _cue in _status_cues_in(text)):
        return ()
    return tuple(p for p in parts if p != own and any(p[0] <= f.start < p[1] for f in ctx.figures))


#: Words that give a clause a predicate of its own: an auxiliary, or a word that opens a
#: subordinate clause ("as she held two children", "who had been rescued").
_OWN_PREDICATE = lexicons.opening_gated(re.compile(
    r"\b(?:is|are|was|were|has|have|had|been|will|would|could|can|may|might|as|when|while|where|who|whom|whose)\b", re.I))


#: What opens a reported clause coordinated with an earlier one: "(and|but) that ...".
_THAT_OPENING = re.compile(r"(?:(?:and|but)\s+)?that\s", re.I)


def _reported_that_clause(text: str, clause: tuple[int, int]) -> bool:
    """Whether the figure's clause is a reported clause that "that" opens past the sentence's
    start ("said 43 people had died, and that 2,500 people remained in shelters"): it has a
    verb of its own, whatever its tense, so a status cue of another figure's clause is not its.

    >>> _reported_that_clause("said 43 had died, and that 2,500 stayed", (18, 39))
    True
    >>> _reported_that_clause("That 2,500 figure is old", (0, 24))
    False
    """
    return clause[0] > 0 and _THAT_OPENING.match(text, clause[0]) is not None


#: What opens a clause set against the one before it: ", while", "whereas".
_CONTRAST_OPENER = re.compile(r"[\s,;]*(?:while|whereas)\b", re.I)


def _cues_of_others(ctx: SentenceContext, fig: Figure, clause: tuple[int, int]) -> tuple[tuple[int, int], ...]:
    """The status cues of the sentence that another figure's clause holds after that figure
    (its predicate: "Three farmers were killed") or that lie past the figure (a later figure's verb:
    "..., some hit by a quake that killed 2,200 people"), when the figure's own clause has a
    predicate of its own and opens no part of a whole ("including ..."): such a cue is the
    other figure's, not one to read the whole sentence for.

    >>> [(c["figure"], c["status"]) for c in _claims("Three farmers were killed, the mayor said, while he sheltered five neighbours.")]
    [('Three', 'killed'), ('five', '')]

    A clause with no predicate of its own is an item of the list the verb governs, and a verb
    before another figure earlier in the sentence may govern the figure too ("put the number
    of dead at 4,000, although others were lower at 1,200"):

    >>> [(c["figure"], c["status"]) for c in _claims("The strike killed 12 civilians, 5 soldiers and 2 medics.")]
    [('12', 'killed'), ('5', 'killed'), ('2', 'killed')]

    A clause with no figure of its own that comes after another figure's clause opened by
    "while" or "whereas" goes on with that figure's predicate ("Ten babies were born, while four
    people, including two children, died": the four died, not the ten):

    >>> [(c["figure"], c["status"]) for c in _claims("Ten babies were born in the camp, while four people, including two children, died.")]
    [('Ten', ''), ('four', 'killed'), ('two', 'killed')]
    """
    if len(ctx.figures) < 2 or len(ctx.spans) < 2:
        return ()
    if not _OWN_PREDICATE.search(ctx.text, *clause) and not _reported_that_clause(ctx.text, clause):
        return ()
    if SUBSET_OPENERS.match(ctx.text, clause[0]):
        return ()
    out = []
    later_clause = False  # a clause of another figure after the figure's own, opened by "while"
    for a, b in ctx.spans:
        if (a, b) == clause:
            continue
        first = next((f.start for f in ctx.figures if a <= f.start < b), None)
        if first is None:
            if later_clause and a > clause[1]:
                out.extend((s, e) for s, e, _cue in _status_cues_in(ctx.text) if a <= s < b)
            continue
        if a >= clause[1] and _CONTRAST_OPENER.match(ctx.text, a):
            later_clause = True
        out.extend((s, e) for s, e, _cue in _status_cues_in(ctx.text) if a <= s < b and (a > fig.start or s > first))
    return tuple(out)


#: What opens the clause of a part taken from the figure before it: "sent 9,000 soldiers, of
#: which 3,000 have suffered casualties" (the predicate after the part is the part's).
_PART_OF_WHICH_BEFORE = re.compile(r",\s*of\s+(?:which|whom)\s+$", re.I)
#: What opens the clause of a figure coordinated with one before it: "and", a comma, a semicolon.
_COORDINATION_BEFORE = re.compile(r"(?:\band|[,;])\s*$", re.I)


def _next_coordinated(ctx: SentenceContext, fig: Figure) -> int:
    """Where the next figure of the sentence starts when a conjunction or comma opens it (its
    hedge included), else -1: the casualty predicate after it is that figure's.

    >>> from claimtable.load import load_text
    >>> ctx = _sentence_context(load_text("d", "Over 9,000 people were evacuated and at least 40 were killed.").sentences[0], ArticleState())
    >>> ctx.text[_next_coordinated(ctx, ctx.figures[0]):]
    'at least 40 were killed.'

    So does a part opened by "of which" or "of whom" ("sent about 9,000 soldiers, of which some
    3,000 have suffered casualties": the 9,000 were sent, the 3,000 are casualties).

    >>> [(c["figure"], c["category"]) for c in _claims("Velm has sent about 9,000 soldiers, of which some 3,000 have suffered casualties.")]
    [('9,000', 'troops'), ('3,000', 'casualties')]
    """
    for f in ctx.figures:
        at = f.start if f.hedge_start is None else f.hedge_start
        if at >= fig.end:
            if _COORDINATION_BEFORE.search(ctx.text, max(0, at - 6), at):
                return at
            return at if _PART_OF_WHICH_BEFORE.search(ctx.text, max(fig.end, at - 16), at) else -1
    return -1


#: Before a gapped figure: a semicolon, comma or "and" ("...; 2,410 people in 2023").
_GAP_OPENER = re.compile(r"(?:;|,|\band)\s*$", re.I)
#: After a gapped figure's noun: only a time or place phrase of names or numbers ("in 2022",
#: "in Velmar"), then the clause's end or "and".
_GAP_REST = re.compile(r"\s+(?:in|on|during|since)\s+(?:the\s+)?(?:[A-Z0-9][\w'’-]*\s*){1,3}(?:[;,.]|and\s|$)")
#: After a bare gapped figure: a time or place phrase whose name may follow a few lower-case
#: words ("in the city of Kell", "in northern Tarn"), then the clause's end or "and".
_BARE_GAP_REST = re.compile(
    r"\s+(?:in|on|during|since)\s+(?:the\s+)?(?:[a-z]+\s+){0,3}(?:[A-Z0-9][\w'’-]*\s*){1,3}(?:[;,.]|and\s|$)")


_OF_THE_WHOLE = re.compile(r"\s+of\s+(?:the|those|these|its|their)\s+")


@cache
def _remains_of_before() -> re.Pattern[str]:
    """"the remains of" (or another word of ``remains.csv``) right before a figure ("found the
    remains of at least 20 people", "the skeletons of two soldiers").

    >>> bool(_remains_of_before().search("The skeletons of ")), bool(_remains_of_before().search("the heads of "))
    (True, False)
    """
    words = lexicons.alternation(lexicons.word_set("remains", "word"), fold_case=True)
    return re.compile(rf"\b(?:{words})\s+of\s+(?:the\s+|some\s+|about\s+|around\s+|at\s+least\s+|more\s+than\s+)?$", re.I)


def remains_of_the_dead(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """People whose remains are counted ("the grave held the remains of 24 people") are dead, as
    those whose bodies are ("the bodies of 24 adults"): killed, whatever else their sentence says
    (remains handed back are then no new dead: ``bodies_handed_back``). Only the figure right
    after the words is: "the remains of 20 soldiers and 30 others on Friday" says nothing of the 30.

    >>> [(c["figure"], c["category"], c["status"]) for c in _claims("Diggers found the remains of at least 20 people at the site.")]
    [('20', 'casualties', 'killed')]
    >>> [(c["figure"], c["category"], c["status"]) for c in _claims("The skeletons of four sailors were found on the beach.")]
    [('four', 'casualties', 'killed')]
    """
    if "s of " not in ctx.text:
        return False  # the cheap test first: every word of remains.csv is a plural in "-s"
    if c.noun is None or not counts_people(c.noun) or c.status.removeprefix("expected ") in CASUALTY_STATUSES:
        return False
    at = c.figure.start if c.figure.hedge_start is None else c.figure.hedge_start
    if not _remains_of_before().search(ctx.text, max(0, at - 30), at):
        return False
    c.status = "expected killed" if c.projected else "killed"
    return True


def part_takes_the_verb(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """A part taken from a whole ("900 of the 5,000 convicts recruited by the militia died")
    has the clause's verb as its status, not the participle that says how the whole was
    formed: the 900 died; the 5,000 were recruited.

    >>> [(c["figure"], c["category"], c["status"]) for c in _claims("About 900 of the 5,000 convicts recruited by the militia died at the front.")]
    [('900', 'casualties', 'killed'), ('5,000', 'troops', 'recruited')]
    """
    if not c.status or " of " not in ctx.text or c.status.removeprefix("expected ") in CASUALTY_STATUSES:
        return False  # the cheap test first
    of = _OF_THE_WHOLE.match(ctx.text, _percent_end(ctx.text, c.figure))
    whole = next((f for f in ctx.figures if of is not None and f.start == of.end()), None)
    if whole is None:
        return False
    cues = _status_cues(True, c.projected)
    after = c.noun.end if c.noun is not None and c.noun.start > whole.end else whole.end  # past "the 5,000 prisoners"
    later = [(s, cues.get(cue, "")) for s, _e, cue in _status_cues_in(ctx.text) if after < s < c.clause[1]]
    if len(later) < 2 or later[0][1] != c.status:
        return False  # the whole's own participle comes first ("the 5,000 convicts recruited")
    hurt = next(((s, st) for s, st in later[1:] if st.removeprefix("expected ") in CASUALTY_STATUSES), None)
    if hurt is None or any(whole.end < f.start < hurt[0] for f in ctx.figures):
        return False
    c.status = hurt[1]
    return True


def gapped_status(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """A figure and its noun with only a time or place after them, coordinated after a
    casualty claim of the sentence, leave its verb out: they take its status ("1,200 people
    died in 2020; 1,150 people in 2021 and 900 people in 2022").

    >>> [(c["figure"], c["category"]) for c in _claims("The group says 700 people died in 2019; 650 people in 2020 and 610 people in 2021.")]
    [('700', 'casualties'), ('650', 'casualties'), ('610', 'casualties')]

    So does a bare figure of such an item that counts what an item before it counts, its place
    named after a few words ("33 inmates died in Osk prison, 21 in the city of Kell, and eight in
    southern Tarn"), also where "a total of" framed the first ("neutralised a total of 45
    fighters, 36 in northern Tarn and 9 in Osk"):

    >>> [(c["figure"], c["category"]) for c in _claims("The warden said 33 inmates died in Osk prison, 21 in the city of Kell, and eight in southern Tarn.")]
    [('33', 'casualties'), ('21', 'casualties'), ('eight', 'casualties')]
    """
    last = art.last_kept
    if last is None or last[0] != ctx.sentence.sentence or last[2] not in CASUALTY_STATUSES \
            or (c.status and not c.status.endswith("total")):
        return False  # the cheap test first
    if c.noun is None or not counts_people(c.noun):
        return False
    at = c.figure.start if c.figure.hedge_start is None else c.figure.hedge_start
    if not _GAP_OPENER.search(ctx.text, max(0, at - 6), at):
        return False
    if not (_GAP_REST.match(ctx.text, c.noun.end) if c.noun_follows else _BARE_GAP_REST.match(ctx.text, c.figure.end)):
        return False
    c.status = last[2]
    return True


#: What opens a whole that a part is taken out of, right before its figure: "out of a total of ",
#: "out of the ", "out of some ".
_OUT_OF_A_WHOLE = re.compile(
    r"\bout\s+of\s+(?:(?:a|the)\s+total\s+of\s+|the\s+|an?\s+estimated\s+|some\s+|about\s+|around\s+)?$", re.I)
#: An auxiliary between a whole and the casualty word after it: the clause's verb, not a participle of the whole's.
_AUXILIARY_BEFORE = re.compile(r"\b(?:were|was|are|is|have|has|had|been|be|being)\s+(?:[\w-]+\s+){0,2}$", re.I)


def whole_out_of_keeps_its_noun(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """A whole that a part is taken "out of" ("300 troops out of some 2,000 have been
    killed") is no subject of the clause's verb: the part was killed, the whole keeps what its
    noun counts.

    >>> [(c["figure"], c["category"]) for c in _claims("Velm said 300 troops out of some 2,000 have been killed.")]
    [('300', 'casualties'), ('2,000', 'troops')]

    Only a casualty word after an auxiliary is the clause's verb; a participle right after the
    whole ("out of the 2,000 soldiers killed") is the whole's own.
    """
    if "out of" not in ctx.text or c.status.removeprefix("expected ") not in CASUALTY_STATUSES:
        return False  # the cheap test first
    at = c.figure.start if c.figure.hedge_start is None else c.figure.hedge_start
    out = _OUT_OF_A_WHOLE.search(ctx.text, max(0, at - 30), at)
    if out is None or not any(f.end <= out.start() and not _CLAUSE_STOP.search(ctx.text, f.end, out.start())
                              and out.start() - f.end <= 40 for f in ctx.figures):
        return False
    cues = _status_cues(True, c.projected)
    after = c.noun.end if c.noun is not None and c.noun.start >= c.figure.end else c.figure.end
    cue = next((s for s, _e, found in _status_cues_in(ctx.text) if s >= after and cues.get(found) == c.status), -1)
    if cue < 0 or not _AUXILIARY_BEFORE.search(ctx.text, after, cue):
        return False  # "out of the 2,000 soldiers killed": the whole's own participle
    c.status = ""
    return True


@cache
def _fraction_word() -> re.Pattern[str]:
    """A fraction word of ``shares.csv`` ("half", "third", "two thirds"), hyphen or space."""
    words = [w.replace(" ", "[ -]") for w in lexicons.word_set("shares", "fraction")]
    return re.compile(rf"\b(?:{'|'.join(sorted(words, key=len, reverse=True))})s?\b", re.I)


def opening_whole_not_hurt(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """A whole that opens its sentence, or a clause after "that", with "of" ("Of the 12,000
    troops in Tarn, about a third have been killed") is not what the casualty verb after its
    part says: the part after the comma (a figure or a fraction) was hurt, the whole keeps what
    its noun counts. A participle of the whole's own before the comma ("Of the 48 people taken
    in May, 20 are free") is still its status.

    >>> [(c["figure"], c["category"]) for c in _claims("Velm said that of the 12,000 troops in Tarn, about a third had been killed.")]
    [('12,000', 'troops')]
    >>> [(c["figure"], c["category"]) for c in _claims("Of the 48 people captured in May, 20 were killed.")]
    [('48', 'casualties'), ('20', 'casualties')]
    """
    if ("f the" not in ctx.text and "f these" not in ctx.text and "f those" not in ctx.text and "f some" not in ctx.text
            and "f an est" not in ctx.text) or c.status.removeprefix("expected ") not in CASUALTY_STATUSES:
        return False  # the cheap test first
    at = c.figure.start if c.figure.hedge_start is None else c.figure.hedge_start
    m = _OPENING_WHOLE.search(ctx.text, 0, at)
    if m is None or m.end() != at:
        return False
    after = c.noun.end if c.noun is not None and c.noun.start >= c.figure.end else c.figure.end
    comma = ctx.text.find(",", after)
    cues = _status_cues(True, c.projected)
    cue = next((s for s, _e, found in _status_cues_in(ctx.text) if s >= after and cues.get(found) == c.status), -1)
    if comma < 0 or cue < comma:
        return False  # "Of the 48 people captured in May, ...": the whole's own participle
    if not (any(comma < f.start < cue for f in ctx.figures) or _fraction_word().search(ctx.text, comma, cue)):
        return False  # no part between: the whole is the subject
    c.status = ""
    return True


#: Words alone, no punctuation: the noun phrase of a whole between its figure and the dash.
_WORDS_ONLY = re.compile(r"[\s\w'’-]*")
#: Before a figure: an opening dash and the items of the dashes before it ("deaths—", "deaths—10 women and ").
_IN_OPEN_DASHES = re.compile(r"(?P<dash>\s?[—–]\s?|\s--?\s)(?:[^—–;:()]{0,40}?(?:,\s*|\s+and\s+))?$")


def _part_after_casualty_count(c: FigureCandidate, ctx: SentenceContext, separator: re.Pattern[str],
                               reach: int, gap: int) -> re.Match[str] | None:
    """The ``separator`` before a figure of people that opens a part of a casualty count of the
    sentence (the caller has checked that the claim kept last is one) whose words run up to it
    (within ``gap`` characters, words only: "40 civilian deaths in Tarvo—", "18 people died in
    the raid:"), found within ``reach`` characters before the figure; ``None`` otherwise. The
    separator's first group is the separator itself. Shared by ``part_in_dashes_of_casualties`` and
    ``listed_after_casualty_count``, whose docstrings show it at work.
    """
    if not c.noun_follows or not counts_people(c.noun):
        return None
    at = c.figure.start if c.figure.hedge_start is None else c.figure.hedge_start
    m = separator.search(ctx.text, max(0, at - reach), at)
    if m is None:
        return None
    sep = m.start(1)
    whole = next((f for f in reversed(ctx.figures) if f.end <= sep), None)
    if whole is None or sep - whole.end > gap or not _WORDS_ONLY.fullmatch(ctx.text, whole.end, sep):
        return None  # the whole's words right before the separator
    return m


def part_in_dashes_of_casualties(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """People counted between dashes right after a casualty count of the sentence ("recorded
    40 civilian deaths in Tarvo—12 women and nine children—by Sunday") are a part of it: the
    dead too.

    >>> [(c["figure"], c["category"]) for c in _claims("The monitor counted 40 civilian deaths in Tarvo—12 women and nine children—by Sunday.")]
    [('40', 'casualties'), ('12', 'casualties'), ('nine', 'casualties')]
    """
    last = art.last_kept
    if ("—" not in ctx.text and "–" not in ctx.text and " - " not in ctx.text and " -- " not in ctx.text) or c.status or last is None or last[0] != ctx.sentence.sentence \
            or last[2] not in CASUALTY_STATUSES:
        return False  # the cheap test first
    if _part_after_casualty_count(c, ctx, _IN_OPEN_DASHES, reach=60, gap=30) is None:
        return False
    c.status = last[2]
    return True


#: Before a figure: the words of a whole's noun phrase and predicate, a colon or a copula, and the
#: items of the list before the figure ("people died in the raid: one officer, ", "victims were ").
_AFTER_COLON_OR_COPULA = re.compile(r"(?P<sep>:\s*|\s(?:were|are)\s+)(?:[^;:()—–]{0,80}?(?:,\s*|\s+and\s+))?$")


#: After a list item's noun: the list goes on ("one officer, 16 gunmen", "four women and ...").
_LIST_GOES_ON = re.compile(r"\s*(?:,|and\b)")


def listed_after_casualty_count(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """People listed after a colon or a copula right after a casualty count of the sentence, with
    nothing said of them ("At least 18 people died in the raid: one officer, 16 gunmen and a
    bystander", "the nine victims found on Monday were three women, four men and two boys") say
    who the counted were: a part of it, casualties with its status.

    >>> [(c["figure"], c["category"]) for c in _claims("At least 18 people died in the raid: one police officer, 16 gunmen and a bystander, police said.")]
    [('18', 'casualties'), ('one', 'casualties'), ('16', 'casualties')]
    >>> [(c["figure"], c["category"]) for c in _claims("The nine victims found in Tarn were three women, two boys and a girl.")]
    [('nine', 'casualties'), ('three', 'casualties'), ('two', 'casualties')]
    """
    last = art.last_kept
    if (":" not in ctx.text and " were " not in ctx.text and " are " not in ctx.text) or c.status or last is None \
            or last[0] != ctx.sentence.sentence or last[2] not in CASUALTY_STATUSES:
        return False  # the cheap test first
    m = _part_after_casualty_count(c, ctx, _AFTER_COLON_OR_COPULA, reach=120, gap=60)
    if m is None:
        return False
    at = m.end()
    if _status_cues_in(ctx.text[m.end("sep"):at]):
        return False  # "30 people were killed and 200 others ...": the list ends at a verb of its own
    if m.end("sep") == at and not _LIST_GOES_ON.match(ctx.text, c.noun.end):
        return False  # "40 soldiers now guard the town": a clause of its own, no list
    c.status = last[2]
    return True


#: After a gapped "others": a place or time phrase, then the clause's end ("15 others in the Old Quarter, where ...").
_OTHERS_GAP_REST = re.compile(r"\s+(?:in|on|at|near|during)\s+[^;:()]{1,80}?(?:[;,.]|$)")


def gapped_others(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """"Others" coordinated after a casualty claim of the sentence with only a place or time
    after them leave its verb out: they take its status ("six people died as they queued in the
    north and 15 others in the Old Quarter, where the market is": "where" gives the clause a
    predicate of its own, so the status rule leaves it none).

    >>> [(c["figure"], c["category"]) for c in _claims("Medics said six people died as they queued in the north and 15 others in the Old Quarter, where the market is.")]
    [('six', 'casualties'), ('15', 'casualties')]
    """
    last = art.last_kept
    if " others" not in ctx.text or c.status or last is None or last[0] != ctx.sentence.sentence \
            or last[2] not in CASUALTY_STATUSES:
        return False  # the cheap test first
    if not ctx.text.startswith(" others", c.figure.end) or not counts_people(c.noun):
        return False
    at = c.figure.start if c.figure.hedge_start is None else c.figure.hedge_start
    if not _GAP_OPENER.search(ctx.text, max(0, at - 6), at) or not _OTHERS_GAP_REST.match(ctx.text, c.figure.end + 7):
        return False
    c.status = last[2]
    return True


#: An item's own words after its figure: lower-case words alone, no name ("in stable health",
#: "awaiting tests"; not "in Arden").
_OWN_STATE_WORDS = re.compile(r"\s+[a-z][a-z' -]*[.!?]?\s*")


def state_of_its_own_item(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """A bare item of a list that sorts people by their state, two items or more each with a
    casualty word of their own and none outside the items ("saw 40 patients with shrapnel
    injuries, 12 with burn wounds, 75 in stable health, and 9 awaiting tests"), is in the state
    its own words give: a casualty word of another item is not its status, nor a casualty word
    another item counts what it counts.

    >>> [(c["figure"], c["category"]) for c in _claims(
    ...     "A clinic saw 40 patients with shrapnel injuries, 12 with burn wounds, 75 in stable health, and 9 awaiting tests.")]
    [('40', 'casualties'), ('12', 'casualties'), ('75', 'other'), ('9', 'other')]

    A list whose casualty word stands outside its items gives it to all ("the shelling killed
    410 in the old town, 95 in the port").
    """
    if c.status not in CASUALTY_STATUSES or "listed_in_a_series" not in c.fired:
        return False  # the cheap test first
    text, (a, b) = ctx.text, c.clause
    if not _OWN_STATE_WORDS.fullmatch(text, c.figure.end, b):
        return False  # "95 in the port", "40 wounded": a place, or a word of its own
    cues = _status_cues(True, c.projected)
    hurt = [(s, found) for s, _e, found in _status_cues_in(text) if cues.get(found) in CASUALTY_STATUSES]
    items = set()
    for s, _found in hurt:
        span = _clause_of(ctx.spans, s)
        owner = next((f for f in reversed(ctx.figures) if span[0] <= f.start and f.end <= s), None)
        if owner is None or span == (a, b):
            return False  # a casualty word outside the items, or the item's own
        items.add(span)
    if len(items) < 2:
        return False
    c.status = ""
    if c.noun is not None and c.noun.category == "casualties" and c.noun.start < c.figure.start:
        c.lookup = _people_of_the_list(ctx, c.figure) or c.lookup  # "60 injured, ..., 9 awaiting tests"
    return True


def _people_of_the_list(ctx: SentenceContext, fig: Figure) -> NounLookup | None:
    """The first noun of people an item before ``fig`` of its list counts that is no casualty
    word ("40 patients with shrapnel injuries, 60 hurt, 9 awaiting tests": patients)."""
    item = _series_item_before(ctx, fig.start if fig.hedge_start is None else fig.hedge_start)
    for _ in range(12):
        if item is None:
            return None
        lookup = noun_after(ctx.text, item.end, ctx.masks)
        if lookup.noun is not None and lookup.noun.category != "casualties" and counts_people(lookup.noun):
            return lookup
        item = _series_item_before(ctx, item.start if item.hedge_start is None else item.hedge_start)
    return None


def group_named_before(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """A figure of people after "the" that nothing in its sentence gives a status counts the
    group the sentence just before named with a casualty word ("Gunmen seized the crew of a
    ferry. They are holding the 30 crew members in a port.": captured), not a count of it
    ("killed 12 soldiers" gives "the 300 soldiers" nothing).

    >>> [(c["figure"], c["status"]) for c in _claims("Raiders seized the crew in May. They are holding the 30 crew members.")]
    [('30', 'captured')]
    """
    if c.status or c.projected or c.noun is None or len(art.earlier) < 2:
        return False  # the cheap test first
    at = c.figure.start if c.figure.hedge_start is None else c.figure.hedge_start
    before = ctx.text[max(0, at - 8):at].lower()
    if not before.endswith("the ") or before.endswith("of the ") or not counts_people(c.noun):
        return False
    text = art.earlier[-2]
    cues = _status_cues(True, False)
    for noun in definite_nouns(text, c.noun.unit):
        found = _nearest_status(text, noun.start, *_clause_of(clauses(text), noun.start), cues, (noun.start, noun.end), noun.end)
        if found in CASUALTY_STATUSES:
            c.status = found
            return True
    return False


def _names_blanked(ctx: SentenceContext) -> str:
    """The sentence with the claimants' names that hold a status cue blanked out: a name says
    who speaks, not what happened to the people counted ("the Detainees Club put the number of
    men held at 90": not captured).

    >>> [c["status"] for c in _claims("The Missing Families Club put the number of men held at 90.")]
    ['']
    """
    if not ctx.mentions:
        return ctx.text
    # each name's own span is searched, not the sentence: a name is a few words, a sentence many
    cue = _folded_cue_regex("statuses", "cue")
    folded = fold_like_ignorecase(ctx.text)
    names = [(m.start, m.end) for m in ctx.mentions if cue.search(folded, m.start, m.end) is not None]
    if not names:
        return ctx.text
    text = ctx.text
    for start, end in names:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


_OBJECT_AFTER = re.compile(r"\s+(?:the|a|an|its|their|his|her|this|that)\b(?!\s+(?:lives|life)\b)", re.I)
_PASSIVE_BEFORE = lexicons.opening_gated(re.compile(r"\b(?:were|was|been|be|being|are|is|got|get)\s+(?:[\w-]+\s+)?$", re.I))


@lru_cache(maxsize=256)
def _status_cues_in(text: str) -> tuple[tuple[int, int, str], ...]:
    """The status cues of a sentence: ``(start, end, folded cue)`` each, found once (their
    spans read in the folded text, as ``_nearest_status`` does: half the time of ``re.I``).

    >>> _status_cues_in("The Missing Families Club said 90 were KILLED.")
    ((4, 11, 'missing'), (39, 45, 'killed'))
    """
    return tuple((m.start(), m.end(), " ".join(text[m.start():m.end()].lower().split()))
                 for m in _folded_cue_regex("statuses", "cue").finditer(fold_like_ignorecase(text)))


def active_casualty_verb(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """A casualty word used as an active verb with its own object says what someone did, not
    what happened to those counted ("a few thousand have reached safety since the militia
    captured the city": not captured).

    >>> [c["category"] for c in _claims("Some 5,000 people fled after the militia captured the city.")]
    ['other']
    >>> [c["category"] for c in _claims("Nine soldiers lost their lives.")]
    ['casualties']
    >>> [c["category"] for c in _claims("They counted 40 people killed a day.")]
    ['casualties']
    """
    if c.status.removeprefix("expected ") not in CASUALTY_STATUSES:
        return False
    cues = _status_cues(True, c.projected)
    found = [(s, e) for s, e, cue in _status_cues_in(ctx.text) if cues.get(cue) == c.status]
    # the cue nearest the figure, after it (a cue before it is never an active verb of its own)
    start, end = next(((s, e) for s, e in found if s >= c.figure.end), (-1, -1))
    obj = _OBJECT_AFTER.match(ctx.text, end) if start >= 0 else None
    if obj is None or _is_period_at(ctx.text, obj.end()):
        return False  # "165 people killed a day": a rate's period, no object
    if any(c.clause[0] <= s < c.figure.start for s, _e in found):
        return False  # "militants killed 300 soldiers": the status is written before the figure
    if _PASSIVE_BEFORE.search(ctx.text, max(0, start - 30), start):
        return False
    c.status = ""
    return True


#: A degree that is all a casualty verb takes as its object, ending its clause ("the armies have
#: lost little,"; not "killed more than 300").
_DEGREE_OBJECT = re.compile(r"\s+(?:far\s+|much\s+)?(?:less|more|little|least|most|nothing)(?:\s+so\s+far)?\s*(?:[,;.]|$)", re.I)


def casualty_verb_of_a_degree(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """A casualty verb in another clause whose object is a degree alone ("the armies have lost
    little, while 9,000 villagers go hungry") counts no one: people of a later clause take no
    status from it.

    >>> [(c["figure"], c["category"]) for c in _claims("The two armies have lost little, with the cost borne by 9,000 villagers.")]
    [('9,000', 'other')]
    """
    if ("less" not in ctx.text and "more" not in ctx.text and "little" not in ctx.text and "least" not in ctx.text
            and "most" not in ctx.text and "nothing" not in ctx.text) or c.status.removeprefix("expected ") not in CASUALTY_STATUSES:
        return False  # the cheap test first
    cues = _status_cues(True, c.projected)
    found = [(s, e) for s, e, cue in _status_cues_in(ctx.text) if cues.get(cue) == c.status]
    if not found or any(c.clause[0] <= s < c.clause[1] or not _DEGREE_OBJECT.match(ctx.text, e) for s, e in found):
        return False  # a cue of the figure's clause, or one with an object of its own
    c.status = ""
    return True


@cache
def _fight_with_before() -> re.Pattern[str]:
    """A fight ("battle", "clash": the ``event`` rows of ``uncounted.csv``) and "with" or
    "against" right before a figure: "in a battle with ", "clashes against some ".

    >>> bool(_fight_with_before().search("killed in a battle with ")), bool(_fight_with_before().search("a town with "))
    (True, False)
    """
    events = lexicons.alternation(sorted(lexicons.word_set("uncounted", "word", "kind", "event")), fold_case=True)
    return re.compile(rf"\b(?:{events})(?:e?s)?\s+(?:with|against)\s+(?:some\s+|about\s+|the\s+)?$", re.I)


def foe_in_a_fight(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """People a fight was "with" or "against" after the casualty word of its clause ("its men
    died during clashes against hundreds of rebels") are the other side, not those killed.

    >>> [(c["figure"], c["category"]) for c in _claims("Velm said several of its men died during clashes against hundreds of rebels.")]
    [('hundreds', 'troops')]
    """
    if (" with " not in ctx.text and " against " not in ctx.text) or c.status.removeprefix("expected ") not in CASUALTY_STATUSES:
        return False  # the cheap test first
    at = c.figure.start if c.figure.hedge_start is None else c.figure.hedge_start
    fight = _fight_with_before().search(ctx.text, max(0, at - 40), at)
    if fight is None:
        return False
    cues = _status_cues(True, c.projected)
    found = [s for s, _e, cue in _status_cues_in(ctx.text) if c.clause[0] <= s < c.clause[1] and cues.get(cue) == c.status]
    if not found or any(s > fight.start() for s in found):
        return False  # "a battle with 300 rebels, who were killed": their own casualty word
    c.status = ""
    return True


@cache
def _doer_before() -> re.Pattern[str]:
    """Right before a figure, what makes its people the doers of an action: "by" after an event
    (``uncounted.csv``, kind ``event``: "raids by ", "an assault by "), or "for" ("the way for ",
    the subject of an infinitive that ``_INFINITIVE_AFTER`` finds after the figure).

    >>> bool(_doer_before().search("abductions and raids by ")), bool(_doer_before().search("rose by "))
    (True, False)
    """
    events = lexicons.alternation(sorted(lexicons.word_set("uncounted", "word", "kind", "event")), fold_case=True)
    return re.compile(rf"(?:\b(?:{events})(?:e?s)?\s+(?P<by>by)|\b(?P<for>for))\s+$", re.I)


#: After the people a "for" opens, past up to four words, "to" and a verb: "for 200 rebels to
#: overrun", not "for 200 soldiers to the front".
_INFINITIVE_AFTER = re.compile(r"(?:\s+[\w'’-]+){0,4}?\s+to\s+(?!(?:the|a|an|its|their|his|her|this|that|these|those)\b)[a-z]+\b")


def doers_of_an_action(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """People that do what an event or an infinitive of their clause tells ("raids by some 300
    gang members", "cleared the way for 200 rebels to overrun the base") take no casualty word
    before them: it befell others, or a thing ("destroyed two bridges").

    >>> [(c["figure"], c["category"]) for c in _claims("At least 40 villagers were killed in raids by some 300 gang members.")]
    [('40', 'casualties'), ('300', 'troops')]
    >>> [(c["figure"], c["category"]) for c in _claims("Rebels destroyed two bridges, clearing the way for about 200 rebels to overrun the base.")]
    [('two', 'other'), ('200', 'troops')]
    >>> [(c["figure"], c["category"]) for c in _claims("Villages were hit in raids by 300 gang members who were later killed.")]
    [('300', 'casualties')]
    """
    if (" by " not in ctx.text and " for " not in ctx.text) or c.status.removeprefix("expected ") not in CASUALTY_STATUSES \
            or c.noun_carried or not counts_people(c.noun):
        return False  # the cheap test first
    at = c.figure.start if c.figure.hedge_start is None else c.figure.hedge_start
    m = _doer_before().search(ctx.text, max(0, at - 40), at)
    if m is None or (m.group("for") and not _INFINITIVE_AFTER.match(ctx.text, c.figure.end, c.clause[1])):
        return False
    cues = _status_cues(True, c.projected)
    if any(c.figure.end <= s < c.clause[1] and cues.get(cue) == c.status for s, _e, cue in _status_cues_in(ctx.text)):
        return False  # "raids by 300 gang members, who were later killed": their own casualty word
    c.status = ""
    return True


#: A verb of having and a thing owned right before a status cue: "had their homes ", "have seen its boats ".
_THEIR_THING_BEFORE = re.compile(r"\b(?:had|have|has|having|saw|seen)\s+(?:their|its|his|her)\s+(?:[\w'’-]+\s+){1,3}$", re.I)


def status_of_their_thing(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """A casualty word after a thing the people counted had ("3,000 families saw their houses
    destroyed") is what befell the thing, not them.

    >>> [(c["figure"], c["category"], c["status"]) for c in _claims("Some 4,000 people saw their houses destroyed by the flood.")]
    [('4,000', 'other', '')]
    """
    if (" their " not in ctx.text and " its " not in ctx.text) or c.status.removeprefix("expected ") not in CASUALTY_STATUSES:
        return False  # the cheap test first
    cues = _status_cues(True, c.projected)
    found = [s for s, _e, cue in _status_cues_in(ctx.text) if c.figure.end <= s < c.clause[1] and cues.get(cue) == c.status]
    if not found or not all(_THEIR_THING_BEFORE.search(ctx.text, max(0, s - 50), s) for s in found):
        return False
    c.status = ""
    return True


@cache
def _peopled_place_of_before() -> re.Pattern[str]:
    """A determiner, up to two words, a place people live in (``peopled_places.csv``) and "of"
    right before a figure: "the city of ", "the impoverished nation of ", "the city's population
    of ", "in this capital of "; not the idiom of nearness "in the region of ".

    >>> rx = _peopled_place_of_before()
    >>> bool(rx.search("seized the city of ")), bool(rx.search("losses in the region of ")), bool(rx.search("the deaths of "))
    (True, False, False)
    >>> bool(rx.search("nowhere to turn in this capital of "))
    True
    """
    words = lexicons.alternation(sorted(lexicons.word_set("peopled_places", "word")), fold_case=True)
    return re.compile(rf"(?:(?<!\bin\s)|(?!the\s+region\s))\b(?:the|a|an|this|that|its|their|whose)\s+(?:[\w'’-]+\s+){{0,2}}?"
                      rf"(?:{words})\s+of\s+$", re.I)


def population_has_no_status(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """A figure right after a place people live in and "of" ("the city of 2 million people", "the
    impoverished nation of 50 million"; ``_peopled_place_of_before``) counts the place's people:
    a casualty word of its clause tells what befell the place or the war ("rebels seized the city
    of 2 million people", "the city of 900,000 people could be destroyed"), not them; only one
    between the figure and its noun is theirs ("a town of 4,000 wounded soldiers").

    >>> [(c["figure"], c["category"], c["status"]) for c in _claims("Rebels seized the city of around 2 million people.")]
    [('2 million', 'other', '')]
    >>> [(c["figure"], c["category"]) for c in _claims("Tarn warned that the city of 900,000 people could be destroyed.")]
    [('900,000', 'other')]

    A place's population (``place_population``) takes no status of its clause at all: "165,000
    people have fled in this capital of nearly 3 million people" (the 3 million: no status).

    >>> [(c["figure"], c["status"]) for c in _claims("Some 165,000 people fled in this capital of nearly 3 million people.")]
    [('165,000', 'displaced'), ('3 million', '')]
    """
    if " of " not in ctx.text or not c.status \
            or (not c.population and c.status.removeprefix("expected ") not in CASUALTY_STATUSES):
        return False  # the cheap test first
    if c.population:
        c.status = ""  # "this capital of nearly 3 million people": the place's people
        return True
    start = c.figure.start if c.figure.hedge_start is None else c.figure.hedge_start
    if ctx.text.rfind(" of ", max(0, start - 4), start) < 0 or not _peopled_place_of_before().search(ctx.text, max(0, start - 60), start):
        return False
    noun_end = c.noun.end if c.noun is not None and c.noun.end > c.figure.end else c.figure.end
    cues = _status_cues(True, c.projected)
    if any(c.figure.end <= s < noun_end and cues.get(cue) == c.status for s, _e, cue in _status_cues_in(ctx.text)):
        return False  # "a town of 4,000 wounded soldiers": their own casualty word
    c.status = ""
    return True


#: A verb that leaves people in a state, and up to three words, right before a figure: "left ",
#: "leaving another ", "that left at least ".
_LEFT_IN_A_STATE = re.compile(r"\b(?:left|leaving|leaves|leave)\s+(?:[\w’'-]+\s+){0,3}$", re.I)


def state_left_on_another_figure(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """A casualty word that a verb of leaving puts on another figure after this one ("a force of
    6,000 men ... left hundreds dead", "500 gunmen left 40 people dead") tells the state that
    figure's people were left in, not this figure's.

    >>> [(c["figure"], c["category"], c["status"]) for c in _claims("A raid by some 500 gunmen left 40 people dead.")]
    [('500', 'troops', ''), ('40', 'casualties', 'killed')]
    >>> [(c["figure"], c["category"], c["status"]) for c in _claims("The blast killed 50 soldiers and left another 50 missing.")]
    [('50', 'casualties', 'killed'), ('50', 'casualties', 'missing')]
    >>> [(c["figure"], c["category"]) for c in _claims("Rebels hit a patrol, leaving three soldiers and two civilians dead.")]
    [('three', 'casualties'), ('two', 'casualties')]
    """
    if ("left" not in ctx.text and "leav" not in ctx.text) or c.status.removeprefix("expected ") not in CASUALTY_STATUSES:
        return False  # the cheap test first
    cues = _status_cues(True, c.projected)
    found = [s for s, _e, cue in _status_cues_in(ctx.text) if c.clause[0] <= s < c.clause[1] and cues.get(cue) == c.status]
    if not found or found[0] < c.figure.end:
        return False  # "killed 600 soldiers, leaving 40 wounded": its own cue before it
    others = [f for f in ctx.figures if c.figure.end < f.start and f.end <= found[0]]
    if not others or found[0] - others[-1].end > 20:
        return False
    left = _LEFT_IN_A_STATE.search(ctx.text, max(c.figure.end, others[-1].start - 40), others[-1].start)
    if left is None:
        return False  # "leaving three soldiers and three civilians dead": the verb is before both
    c.status = ""
    return True


#: A verb of making good a loss right before its casualty word: "to replace its losses", "to
#: make up for heavy casualties".
_REPLACED_BEFORE = re.compile(
    r"\b(?:replace|replaces|replaced|replacing|replenish(?:es|ed|ing)?|make\s+up\s+for|making\s+up\s+for"
    r"|made\s+up\s+for|offset|offsets|offsetting|compensate\s+for|compensating\s+for"
    r"|(?:replacements?|reinforcements?)\s+(?:for|following|after))"
    r"\s+(?:[\w'’-]+\s+){0,2}$", re.I)


def losses_replaced(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """A casualty word that people are sent to make good ("1,500 reinforcements to replace its
    losses") is the status of those they replace, not theirs.

    >>> [(c["figure"], c["category"], c["status"]) for c in _claims("Some 1,500 soldiers are on their way to replace its losses.")]
    [('1,500', 'troops', '')]

    So are the losses that "replacements" or "reinforcements" come "for", "after" or "following".

    >>> [(c["figure"], c["category"]) for c in _claims("Osk sent 900 replacements following heavy losses.")]
    [('900', 'troops')]
    """
    if not c.status or ("replac" not in ctx.text and "replen" not in ctx.text and "up for" not in ctx.text
                        and "offset" not in ctx.text and "compensat" not in ctx.text):
        return False  # the cheap test first
    if c.status.removeprefix("expected ") not in CASUALTY_STATUSES:
        return False
    cues = _status_cues(True, c.projected)
    found = [s for s, _e, cue in _status_cues_in(ctx.text) if cues.get(cue) == c.status]
    if not found or not all(_REPLACED_BEFORE.search(ctx.text, max(0, s - 40), s) for s in found):
        return False
    c.status = ""
    return True


def _is_period_at(text: str, at: int) -> bool:
    """Whether the word at ``at`` is a rate's period of ``rates.csv`` ("day", "months")."""
    word = _NEXT_WORD.match(text, at)
    return word is not None and word.group(1).lower().removesuffix("s") in _periods()


#: A headline's casualty participle with no auxiliary, at the end of its clause: "... convicts
#: enlisted for the front killed: militia chief".
_HEADLINE_CASUALTY = re.compile(r"\s(?P<cue>killed|wounded|injured|captured|dead)\s*(?::|$)", re.I)


def headline_casualty(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """In a headline, people whose clause ends in a casualty participle were hit, whatever
    participle stands nearer the figure ("Some 8,000 convicts enlisted
    to fight killed: militia chief").

    >>> [c["category"] for c in _claims("Some 8,000 prisoners enlisted to fight killed: group head\\nText.")]
    ['casualties']
    """
    if ctx.sentence.role != "title" or not counts_people(c.noun):
        return False
    if c.status.removeprefix("expected ") in CASUALTY_STATUSES:
        return False
    m = _HEADLINE_CASUALTY.search(ctx.text, c.figure.end)
    if m is None:
        return False
    cue = _status_cues(True, c.projected).get(m.group("cue").lower())
    if cue is None:
        return False
    c.status = cue
    return True


#: A predicate that says people were hurt without a participle: "have received minor injuries",
#: "suffered wounds", "came in with light arm injuries", "with moderate to light shrapnel injuries",
#: "with gunshot or shrapnel wounds".
_HURT_PREDICATE = re.compile(
    r"\b(?:received|suffered|sustained|with)\s+(?:[\w-]+\s+(?:to|or|and)\s+)?(?:[\w-]+\s+){0,2}?(?:injuries|wounds)\b", re.I)


def injuries_received(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """People whose predicate says they "received" or "suffered" injuries are wounded,
    whatever nearer word gave them another status ("A total of 21 service members have
    received minor injuries").

    >>> [(c["status"], c["category"]) for c in _claims("A total of 21 service members have received minor injuries.")]
    [('wounded', 'casualties')]

    So are people whose predicate brings them "with" injuries ("three patients reached the
    clinic with minor burn injuries").

    >>> [(c["status"], c["category"]) for c in _claims("Three patients reached the clinic with minor burn injuries.")]
    [('wounded', 'casualties')]
    >>> [(c["status"], c["category"]) for c in _claims("Medics treated four villagers with moderate to light shrapnel injuries.")]
    [('wounded', 'casualties')]
    """
    if "injur" not in ctx.text and "wound" not in ctx.text:
        return False
    if not counts_people(c.noun):
        return False
    if c.status.removeprefix("expected ") in CASUALTY_STATUSES:
        return False
    if not _HURT_PREDICATE.search(ctx.text, c.figure.end, _predicate_end(ctx.text, c.clause[1])):
        return False
    c.status = "expected wounded" if c.projected else "wounded"
    return True


#: "took" (or "took away") right before a figure, a hedge between: "They took more than 40 women";
#: or before a person the figure is coordinated with: "took away his wife and two daughters".
_TOOK_BEFORE = re.compile(
    r"\b(?:took|takes|taking)\s+(?:away\s+)?(?:(?:his|her|their)\s+[a-z-]+\s+and\s+)?"
    r"(?:(?:more|fewer)\s+than\s+|at\s+least\s+|about\s+|some\s+|around\s+|nearly\s+|up\s+to\s+)?$", re.I)
#: "taken" right after the people counted, with what tells of a seizure after it: "48 people taken
#: on October 7", "two grandchildren were taken by the attackers", "taken from their homes"; or a
#: passive "taken" that ends its clause: "more than 60 people were taken, including women"; an
#: adverb of manner may stand before "taken" ("were forcefully taken away").
_TAKEN_AFTER = re.compile(
    r"\s*(?:(?:were|was|had\s+been|have\s+been|being)\s+)?(?:[a-z]+ly\s+)?taken\s+(?:away\b|on\b|during\b"
    r"|from\s+their\b|by\s+(?:the\s+|their\s+|armed\s+)?(?P<by>[\w'’-]+))"
    r"|\s*(?:were|was|had\s+been|have\s+been)\s+(?:[a-z]+ly\s+)?taken\s*(?:[,;]|\.?$)", re.I)


def _people_of_no_status(c: FigureCandidate) -> bool:
    """Whether the figure counts people of category other, named in its own sentence, that no
    status word describes yet: those a captive rule (``taken_by_force``,
    ``listed_as_the_captives``) may make captured."""
    return (not c.status and c.noun is not None and c.noun.category == "other" and not c.noun_carried
            and counts_people(c.noun))


def taken_by_force(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """Civilians (people of category other) that no status word describes are captured when a
    force "took" them ("They took more than 40 women and children", "took away 27 students") or
    they were "taken" by the attackers, on a day, during a raid or from their homes ("the 48
    people taken on October 7"); people taken "to" a place or "part" in something are not.

    >>> [(c["figure"], c["category"], c["status"]) for c in _claims("Gunmen took more than 30 villagers from Dessa, a farmer said.")]
    [('30', 'casualties', 'captured')]
    >>> [(c["figure"], c["category"], c["status"]) for c in _claims("Two pupils were taken by the gunmen, police said.")]
    [('Two', 'casualties', 'captured')]
    >>> [(c["figure"], c["category"]) for c in _claims("Buses took 300 villagers to the camp.")]
    [('300', 'other')]
    >>> [(c["figure"], c["category"]) for c in _claims("The chief said more than 60 people were taken, including women.")]
    [('60', 'casualties')]

    An adverb before "taken", a plural coordinated after the people counted, or a person named before
    them with "and" changes nothing:

    >>> [(c["figure"], c["category"]) for c in _claims("Nine of our sons and nephews were forcibly taken away.")]
    [('Nine', 'casualties')]
    >>> [(c["figure"], c["category"]) for c in _claims("He said the raiders took away his mother and three sisters.")]
    [('three', 'casualties')]
    """
    if "took" not in ctx.text and "taken" not in ctx.text and "taking" not in ctx.text:
        return False  # the cheap test first
    if not _people_of_no_status(c):
        return False
    before = _TOOK_BEFORE.search(ctx.text, max(0, c.figure.start - 45), c.figure.start)
    if before is not None:
        after = ctx.text[c.noun.end:c.noun.end + 12].lstrip().lower()
        if after.startswith(("to ", "into ", "back ", "part ", "home")):
            return False  # "took 300 villagers to the camp": carried, not seized
    else:
        also = _COORDINATED_PLURAL.match(ctx.text, c.noun.end)  # "97 of our sons and nephews were taken away"
        m = _TAKEN_AFTER.match(ctx.text, c.noun.end) or (also and _TAKEN_AFTER.match(ctx.text, also.end()))
        if m is None or (m.group("by") and m.group("by").lower() not in _force_words() | _attacker_words()):
            return False
    c.status = "expected captured" if c.projected else "captured"
    return True


#: "held" right after the people counted as a passive participle, with nothing held after it:
#: "had been held for a year", "held since May", "held in captivity", "are being held by the
#: rebels" (``by``: up to three words, one of them a force), or "held" that ends its clause ("two
#: teachers held"); not "held a rally", "held up", "held in jail" (a detention).
_HELD_AFTER = re.compile(
    r"\s*(?:(?:were|was|are|is|had\s+been|have\s+been|has\s+been|being|still|now|reportedly|allegedly)\s+){0,3}"
    r"held(?:\s+(?:by\s+(?P<by>(?:[\w'’-]+\s*){1,3})|for\s|since\s|until\s|in\s+captivity\b)|\s*(?:[,;]|\.?\s*$))",
    re.I)
#: Captors "holding" the people counted: the word before the verb (a force: "pirates are holding
#: 14 ships and about 200 crew members", "rebels holding two soldiers").
_HOLDING_BEFORE = re.compile(
    r"\b(?P<who>[\w'’-]+)\s+(?:(?:are|were|is|was|still|now)\s+)*(?:holding|hold|holds)\s+(?:[^,.;]{0,40}?\s+and\s+)?"
    r"(?:(?:more|fewer)\s+than\s+|at\s+least\s+|about\s+|some\s+|around\s+|nearly\s+|up\s+to\s+)?$", re.I)


def _release_in_clause(c: FigureCandidate, ctx: SentenceContext) -> bool:
    """Whether a cue of a release stands in the figure's own clause ("nine men were held, then
    freed"), or before a part of the people it lets go that the figure opens ("210 prisoners are
    being freed, including 95 fishermen held since May"), not only in another clause ("... held for
    a year, but most of them had been released")."""
    cues = _status_cues(True, c.projected)
    spans = [s for s, _e, cue in _status_cues_in(ctx.text) if cues.get(cue) in RELEASED_STATUSES]
    # a part of the people let go: "210 prisoners are being freed, including 95 fishermen held since May"
    return any(c.clause[0] <= s < c.clause[1] or (s < c.figure.start and _PART_OPENER.search(ctx.text, s, c.figure.start))
               for s in spans)


_PART_OPENER = re.compile(r"\b(?:including|among\s+them|among\s+whom|of\s+whom)\b", re.I)


def held_by_captors(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """People that no status word describes are captured when they are "held" with nothing held
    after the verb ("nine crew members had been held for a year", "600 sailors held by pirates",
    "two teachers held" in a headline), or when a force is "holding" them ("rebels holding two
    soldiers"); people who held something ("held a rally"), were held up or were held in a jail
    (a detention) are not. A release said in another clause is of others ("nine men had been held
    for a year, but most of them had been released"; a headline's "78 hostages released, two
    teachers held").

    >>> [(c["figure"], c["category"], c["status"]) for c in _claims("Eight fishermen had been held for months, the mayor said.")]
    [('Eight', 'casualties', 'captured')]
    >>> [(c["figure"], c["category"], c["status"]) for c in _claims("Bandits are still holding 14 trucks and some 30 drivers.")]
    [('14', 'equipment', ''), ('30', 'casualties', 'captured')]
    >>> [(c["figure"], c["category"]) for c in _claims("About 300 farmers held a rally in Tarn.")]
    [('300', 'other')]
    >>> [(c["figure"], c["category"], c["status"]) for c in _claims("Gunmen freed 40 pupils, but two teachers are still held.")]
    [('40', 'other', 'released'), ('two', 'casualties', 'captured')]
    """
    if "held" not in ctx.text and "hold" not in ctx.text:
        return False  # the cheap test first
    if c.noun is None or c.noun_carried or not counts_people(c.noun) or c.figure.percent:
        return False
    if c.status and (c.status not in RELEASED_STATUSES or _release_in_clause(c, ctx)):
        return False
    m = _HELD_AFTER.match(ctx.text, c.noun.end)
    if m is not None:
        if m.group("by") and not set(m.group("by").lower().split()) & (_force_words() | _attacker_words()):
            return False  # "held by the ministry": no captors
    else:
        before = _HOLDING_BEFORE.search(ctx.text, max(0, c.figure.start - 80), c.figure.start)
        if before is None or before.group("who").lower() not in _attacker_words():
            return False
    c.status = "expected captured" if c.projected else "captured"
    return True


#: A sentence that opens with the captives as its subject and a copula: "The hostages are",
#: "The 21 captives included".
_CAPTIVES_HEAD = re.compile(r"^\W*(?:the|those|all)\s+(?:[\w,-]+\s+){0,2}?(?:hostages|captives|abductees)\s+"
                            r"(?:are|were|include|included)\s", re.I)
#: The words that make a piece more than an item of a list ("held by", "in", "at").
_NOT_AN_ITEM = re.compile(r"\b(?:by|in|at|on|from|to|for|with|held|taken|who|which|that)\b", re.I)


def listed_as_the_captives(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """People of a list that the captives of a sentence's subject are (or include) are captured:
    "The hostages are a Dane; two Canadians; and four Chileans", "The captives included five
    Britons and nine Greeks"; a figure after words that are no list's ("The hostages were held
    by 300 fighters") is not.

    >>> [(c["figure"], c["category"], c["status"]) for c in _claims("The hostages are a Dane; two Canadians; and four Chileans.")]
    [('two', 'casualties', 'captured'), ('four', 'casualties', 'captured')]
    >>> [(c["figure"], c["category"]) for c in _claims("The hostages were held by 300 fighters in tunnels.")]
    [('300', 'troops')]
    """
    if "hostages" not in ctx.text and "captives" not in ctx.text and "abductees" not in ctx.text:
        return False  # the cheap test first
    if not _people_of_no_status(c):
        return False
    head = _CAPTIVES_HEAD.match(ctx.text)
    if head is None or head.end() > c.figure.start:
        return False
    between = ctx.text[head.end():c.figure.start]
    pieces = re.split(r"[;,]|\band\b", between)
    if any(_NOT_AN_ITEM.search(p) or len(p.split()) > 3 for p in pieces):
        return False
    c.status = "expected captured" if c.projected else "captured"
    return True


@cache
def _attacker_words() -> frozenset[str]:
    """The plurals ``units.csv`` counts as troops ("attackers", "gunmen", "bandits"): who takes
    people by force."""
    return frozenset(r["word"] for r in lexicons.read_lexicon("units") if r["category"] == "troops")


#: A complement that names other people by what happened to them: "relatives of those who
#: were killed", "families of the victims".
_OF_THOSE_WHO = re.compile(r"\s+of\s+(?:those\s+who\s+|(?:the\s+)?victims\b)", re.I)


def status_of_others(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """A casualty status in a complement "of those who ..." after the counted noun is theirs,
    not what happened to the people counted ("thousands of families of those who were killed"
    are no casualties).

    >>> [c["category"] for c in _claims("There are 20,000 relatives of those who were killed.")]
    ['other']
    >>> [c["category"] for c in _claims("The fund has paid 3,000 families of the victims.")]
    ['other']
    """
    if "those" not in ctx.text and "victims" not in ctx.text:
        return False
    noun = c.noun
    if noun is None or noun.start < c.figure.end or c.status.removeprefix("expected ") not in CASUALTY_STATUSES:
        return False
    if not _OF_THOSE_WHO.match(ctx.text, noun.end):
        return False
    c.status = ""
    return True


#: Between the people counted and the reporting verb they are the subject of: "others" (a
#: pointer back: "Two others said"), a relative "who" and its auxiliary ("who had said").
_SPEAKERS_BEFORE_VERB = re.compile(r"(?:\s+others\b)?(?:\s+who(?:\s+(?:had|have|has))?)?(?=\s)", re.I)
#: The word after a reporting verb, past "to have been" ("reported to have been killed").
_WORD_AFTER_VERB = re.compile(r"\s+(?:to\s+(?:have\s+)?(?:been\s+)?|as\s+)?([\w-]+)", re.I)


def counted_speakers(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """People counted as the subject of a reporting verb ("Two others said", "40 refugees who
    told", ``speech_verbs.csv``) are the witnesses: a casualty word in what they say is not
    theirs, only one before the verb is ("Two others said they had found the bodies": no
    status; "Three wounded men said ...": wounded).

    >>> [(c["unit"], c["category"], c["status"]) for c in _claims("Aid workers met 40 villagers who told of killings in Tarvo.")]
    [('villager', 'other', '')]
    >>> [(c["unit"], c["category"], c["status"]) for c in _claims("Medics said 12 wounded soldiers told of the raid.")]
    [('soldier', 'casualties', 'wounded')]
    >>> [(c["unit"], c["category"], c["status"]) for c in _claims("Police said 15 militants confirmed dead were buried in Tarvo.")]
    [('militant', 'casualties', 'killed')]
    """
    if c.status.removeprefix("expected ") not in CASUALTY_STATUSES:
        return False
    noun, text = c.noun, ctx.text
    if noun is not None and c.noun_follows and not c.lookup.points_back:
        if " of " in text[c.figure.end:noun.start]:
            return False  # "74 of which the air force said ...": the subject is not the figure's
        at = noun.end
    else:
        at = c.figure.end  # "Two others said": a pointer back, its noun named before
    gap = _SPEAKERS_BEFORE_VERB.match(text, at)
    verb = _speech_verb_after().match(text, gap.end()) if gap is not None else None
    if verb is None:
        return False
    cues = _status_cues(counts_people(noun) or noun is None, c.projected)
    said = _WORD_AFTER_VERB.match(text, verb.end())
    if said is not None and said.group(1).lower() in cues:
        return False  # "15 militants confirmed dead", "reported killed": the verb's participle
    own = _nearest_status(ctx.text, c.figure.start, c.clause[0], verb.start(), cues, NO_SPAN, c.figure.end)
    if own is not None and own.removeprefix("expected ") in CASUALTY_STATUSES:
        return False  # "12 wounded soldiers told ...": their own word, before the verb
    c.status = own or ""
    return True


#: A relative clause of "that" or "which" right before its status cue: "that were ", "which had
#: been ", "that ".
_RELATIVE_BEFORE = re.compile(r"\b(?:that|which)\s+(?:(?:was|were|is|are|had|has|have)\s+)?(?:(?:been|being)\s+)?$", re.I)


def _casualty_cues_after_noun(c: FigureCandidate, ctx: SentenceContext) -> list[int]:
    """Where the sentence's status cues that gave the figure its casualty status start, when
    its counted noun follows it ("It named 40 soldiers that were killed": where "killed"
    starts), for the two rules below to ask whether those cues are the people's own; empty for
    a figure without a casualty status. ``c.noun`` must be set (the rules test it first)."""
    if c.status.removeprefix("expected ") not in CASUALTY_STATUSES or c.noun.start < c.figure.end:
        return []
    cues = _status_cues(True, c.projected)
    return [s for s, _e, cue in _status_cues_in(ctx.text) if cues.get(cue) == c.status]


def status_in_a_later_relative(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """A casualty word in a relative clause ("that were seized") that follows other words than
    the counted noun tells what happened to what it follows, not to the people counted
    ("fought beside 5,000 troops to retake towns that were seized in May": no casualties).

    >>> [(c["figure"], c["category"]) for c in _claims("They fought beside 5,000 troops to retake towns that were seized in May.")]
    [('5,000', 'troops')]
    >>> [(c["figure"], c["category"]) for c in _claims("It named 40 soldiers that were killed in May.")]
    [('40', 'casualties')]
    """
    if ("that" not in ctx.text and "which" not in ctx.text) or c.noun is None:
        return False  # the cheap test first
    found = _casualty_cues_after_noun(c, ctx)
    if not found:
        return False
    for s in found:
        rel = _RELATIVE_BEFORE.search(ctx.text, max(0, s - 30), s)
        if rel is None or s < c.noun.end or not ctx.text[c.noun.end:rel.start()].strip(" ,"):
            return False  # "40 soldiers that were killed": the counted noun's own clause
    c.status = ""
    return True


#: The task people are counted for, up to a participle after its object: "to" or "help", a verb
#: in lower case (no auxiliary), then one to three words of its object, none an auxiliary or
#: an adverb of a predicate ("to rebuild roads ", "help “retake the towns "; not "to be ",
#: "sent to Tarn were ").
_TASK_OBJECT_BEFORE = re.compile(
    r"\b(?:[Tt]o|[Hh]elp|[Hh]elping)\s+[“\"‘']?(?!(?:be|been|being|have|get|got)\b)[a-z]+\s+"
    r"(?:(?:the|its|their|a|an)\s+)?(?:(?!(?:were|was|is|are|been|being|be|have|has|had|not|also|already|later"
    r"|reportedly|allegedly)\b)[a-z][a-z-]*\s+){1,3}$")


def status_of_a_task_object(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """A casualty participle right after the object of the task the people counted are sent
    for ("to rebuild roads destroyed in the war", "help retake land lost to the rebels") tells
    what befell that object, not the people: the reduced form of "towns that were seized".

    >>> [(c["figure"], c["category"], c["status"]) for c in _claims("Tarn says 900 road workers will help rebuild bridges destroyed by the floods.")]
    [('900', 'other', 'expected')]
    >>> [(c["figure"], c["category"], c["status"]) for c in _claims("Velm fought beside 6,000 soldiers to retake land lost in May.")]
    [('6,000', 'troops', '')]
    >>> [(c["figure"], c["category"], c["status"]) for c in _claims("Some 40 soldiers sent to Tarn were killed.")]
    [('40', 'casualties', 'killed')]
    """
    if (" to " not in ctx.text and "elp" not in ctx.text) or c.noun is None:
        return False  # the cheap test first
    found = _casualty_cues_after_noun(c, ctx)
    if not found:
        return False
    for s in found:
        if s < c.noun.end or _TASK_OBJECT_BEFORE.search(ctx.text, max(c.noun.end, s - 60), s) is None:
            return False  # "40 soldiers sent to Tarn were killed": the people's own predicate
    c.status = "expected" if c.projected else ""
    return True


#: A count verb of ``links.csv`` right before a figure, past "to" or "at" and a hedge: "reached
#: about ", "have risen to ", "stood at ".
#: A determiner right before a word: "the total", "a top" are nouns or adjectives, not verbs.
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|this|that)\s+$", re.I)
_COUNT_VERB_BEFORE = re.compile(
    r"\b([a-z]+)\s+(?:(?:to|at)\s+)?(?:an?\s+(?:(?:daily|weekly|monthly|yearly)\s+)?(?:average|total)\s+of\s+)?[\"“‘']?$", re.I)
#: The words after the head of a subject that open a phrase describing it ("the death toll from a
#: week of fighting", "losses among the units in the north"): cues in that phrase are not the head.
_HEAD_MODIFIER_AFTER = re.compile(r"\s+(?:from|of|in|among|during|since|after|across|over)\b", re.I)
#: At most six words before the head of a subject ("The", "Russia's daily", a dateline "Tarn, Osk – The").
_SUBJECT_OPENING = re.compile(r"\s*(?:\S+\s+){0,6}")


def casualty_subject(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """A figure that a count verb gives to a subject naming a casualty status ("Russia's combat
    losses reached about 332,810 troops", "the death toll has reached 22,600", "the number of
    dead soldiers reached 90,000") has the subject's status: the people are the dead or lost,
    and the verb says how many there are, not that they arrived.

    >>> [(c["category"], c["status"]) for c in _claims("Russia's combat losses reached about 332,810 troops.")]
    [('casualties', 'casualties')]
    >>> [(c["category"], c["status"]) for c in _claims("The number of dead soldiers reached 90,000.")]
    [('casualties', 'killed')]
    >>> [(c["category"], c["status"]) for c in _claims("The number of troops in the region reached 12,000.")]
    [('troops', 'arrived')]

    A figure the reporter quotes is given by the verb as well ('the number of people killed had
    reached "over 51"'):

    >>> [(c["category"], c["status"]) for c in _claims('The number of people killed had reached "over 51".')]
    [('casualties', 'killed')]

    The verb may be the figure's hedge cue ("exceeded", "surpassing": more than):

    >>> [(c["category"], c["status"]) for c in _claims("Casualty counts for the brigade have been surpassing 700.")]
    [('casualties', 'casualties')]

    The verb may give the figure through "a daily average of" or "a total of", and the subject's
    head is its casualty word, past a phrase that describes it (``_subject_head_cue``).

    >>> [(c["category"], c["status"]) for c in _claims("Its losses reached a daily average of 90 troops.")]
    [('casualties', 'casualties')]

    "total" is a count verb ("losses total 4,000 personnel"), not after a determiner:

    >>> [(c["figure"], c["category"]) for c in _claims("Osk's losses total 900 troops.")]
    [('900', 'casualties')]
    >>> [(c["figure"], c["category"]) for c in _claims("It took 600 casualties out of the total 9,000 soldiers it sent.")]
    [('600', 'casualties'), ('9,000', 'troops')]
    """
    if c.status.removeprefix("expected ") in CASUALTY_STATUSES or not counts_people(c.noun):
        return False
    at = c.figure.start if c.figure.hedge_start is None else c.figure.hedge_start
    verb = _COUNT_VERB_BEFORE.search(ctx.text, max(c.clause[0], at - 60), at)
    if (verb is None or verb.group(1).lower() not in _count_verbs()) and at < c.figure.start:
        # the hedge cue is the count verb itself: "the brigade's casualty counts surpass 700"
        verb = _COUNT_VERB_BEFORE.search(ctx.text, max(c.clause[0], c.figure.start - 30), c.figure.start)
    if verb is None or verb.group(1).lower() not in _count_verbs():
        return False
    if _DETERMINER_BEFORE.search(ctx.text, max(0, verb.start() - 8), verb.start()):
        return False  # "casualties out of the total 11,000 soldiers": a noun, no verb
    # the last status cue of the subject, with no figure between it and the verb
    cues = [(s, e, cue) for s, e, cue in _status_cues_in(ctx.text) if c.clause[0] <= s and e <= verb.start()]
    if not cues or any(cues[-1][1] <= f.start < verb.start() for f in ctx.figures):
        return False
    start, _end, cue = _subject_head_cue(ctx.text, c.clause[0], cues, c.projected)
    if _SUFFERED_BEFORE.search(ctx.text, max(0, start - 40), start):
        return False  # "units that suffered losses reached ...": what befell some of them
    found = _status_cues(True, c.projected).get(cue, "")
    if found.removeprefix("expected ") not in CASUALTY_STATUSES:
        return False
    c.status = found
    return True


def _subject_head_cue(text: str, clause_start: int, cues: list[tuple[int, int, str]],
                      projected: bool) -> tuple[int, int, str]:
    """The status cue that heads a subject (``casualty_subject``): the subject's last cue, unless
    the subject opens with a casualty cue that a phrase after it describes ("The death toll from a
    week of fighting has climbed to 50 people": the toll, not the fighting).

    >>> text = "The death toll from a week of fighting has climbed to 50 people."
    >>> _subject_head_cue(text, 0, list(_status_cues_in(text)), False)
    (4, 14, 'death toll')
    """
    head = cues[0]
    if len(cues) == 1 or _status_cues(True, projected).get(cues[-1][2], "").removeprefix("expected ") \
            in CASUALTY_STATUSES:
        return cues[-1]
    if not (_SUBJECT_OPENING.fullmatch(text, clause_start, head[0]) and _HEAD_MODIFIER_AFTER.match(text, head[1])):
        return cues[-1]
    return head


#: "of the 11,000 troops in Kursk, 1,000 ...", "out of a total of 12,000 ...": the whole a part is
#: taken from, written before the part.
_WHOLE_BEFORE = re.compile(r"\b(?:of|out\s+of)\s+(?:the|a\s+total\s+of|an\s+estimated|the\s+estimated)\s+$", re.I)
#: "15 of 25 crew ...": a whole right after a count and a bare "of" (``whole_before_its_part``).
_BARE_OF_BEFORE = re.compile(r"\bof\s+$", re.I)


def whole_before_its_part(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """A whole named before the part taken from it ("of the 11,000 troops in Kursk, 1,000 had
    been wounded"), or after a share of it ("40% of the 9,000 soldiers were killed"), does not
    take the part's casualty status: the 11,000 are troops, the 1,000 casualties.

    >>> [(c["figure"], c["category"]) for c in _claims("Of the 9,000 soldiers, 700 were killed.")]
    [('9,000', 'troops'), ('700', 'casualties')]
    >>> [(c["figure"], c["category"]) for c in _claims("Nearly 40% of the 9,000 soldiers were killed.")]
    [('40', 'other'), ('9,000', 'troops')]

    A bare "of" between the part's count and the whole ("12 of 30 crew members missing") takes
    a whole too; with no count right before it ("the deaths of 30 crew members") it takes none.

    >>> [(c["figure"], c["category"]) for c in _claims("Ferry sinks off Tarn: 12 of 30 crew members missing")]
    [('12', 'casualties'), ('30', 'other')]
    """
    if c.status.removeprefix("expected ") not in CASUALTY_STATUSES:
        return False
    at = c.figure.start if c.figure.hedge_start is None else c.figure.hedge_start
    whole = _WHOLE_BEFORE.search(ctx.text, max(0, at - 30), at) or _BARE_OF_BEFORE.search(ctx.text, max(0, at - 8), at)
    if not whole:
        return False
    # a share or a count right before the whole ("40% of the 9,000", "700 of the 9,000")
    share = any(f.end <= whole.start() and _percent_end(ctx.text, f) >= whole.start() - 1
                for f in ctx.figures)
    if not share and whole.re is _BARE_OF_BEFORE:
        return False  # "the deaths of 30 crew members": no part before the "of"
    if not share and _folded_cue_regex("statuses", "cue").search(fold_like_ignorecase(ctx.text), *c.clause):
        return False  # "of the 12,000 killed": the clause says what happened to them
    if not share and not any(f.start >= c.clause[1] for f in ctx.figures):
        return False
    if share and _capture_participle_of_the_whole(c, ctx, whole.start()):
        return False  # "rescued 17 of the 90 pupils abducted in May": the 90 were abducted
    c.status = ""
    return True


def _whole_of_a_part(c: FigureCandidate, ctx: SentenceContext) -> bool:
    """Whether the figure is the whole a count right before it is taken from ("nine of the 30
    fishermen", "12 out of the 90"): the clause's verb is the part's.

    >>> from claimtable.load import load_text
    >>> art = ArticleState()
    >>> ctx = _sentence_context(load_text("d", "Nine of the 30 men left.").sentences[0], art)
    >>> [_whole_of_a_part(c, ctx) for c in _candidates(ctx)]
    [False, True]
    """
    at = c.figure.start if c.figure.hedge_start is None else c.figure.hedge_start
    whole = _WHOLE_BEFORE.search(ctx.text, max(0, at - 30), at)
    return whole is not None and any(f.end <= whole.start() and not ctx.text[f.end:whole.start()].strip()
                                     for f in ctx.figures)


#: An auxiliary that opens the clause's predicate after a participle phrase ("... kidnapped from a
#: college in May were reunited"): the part's own verb.
_PREDICATE_AUXILIARY = re.compile(r"\b(?:were|was|are|is|have|has|had)\b", re.I)


def _capture_participle_of_the_whole(c: FigureCandidate, ctx: SentenceContext, whole_at: int) -> bool:
    """Whether the whole a part is taken from has a capture participle of its own right after
    its noun ("12 of the 90 farmers abducted in May", "five of the dozens of pupils kidnapped
    from a school") while the part has a verb of its own: one that lets it go right before it
    ("rescued 12 of ..."), or an auxiliary after the participle's phrase ("... were reunited"):
    the participle says how the whole was formed, and is the whole's status (docs/claims.md:
    "900 of the 5,000 convicts recruited by the militia died": the 5,000 were recruited), while
    a headline's bare "12 of 30 crew members missing" keeps the whole out of the part's state.

    >>> [(c["figure"], c["status"]) for c in _claims("Five of the 40 pupils kidnapped from a school in May were freed.")]
    [('Five', 'released'), ('40', 'captured')]
    """
    noun = c.noun
    if noun is None or c.noun_carried or noun.start < c.figure.end or not c.status:
        return False
    cue = next(((st, e) for st, e, cue in _status_cues_in(ctx.text) if st >= noun.end and not ctx.text[noun.end:st].strip()), None)
    if cue is None or not ctx.text[cue[0]:cue[1]].lower().endswith(("ed", "en")):
        return False
    status = _status_cues(True, c.projected).get(" ".join(ctx.text[cue[0]:cue[1]].lower().split()), "")
    if status not in _HELD_STATUSES or status != c.status:
        return False
    part = next((f for f in ctx.figures if f.end <= whole_at and not ctx.text[f.end:whole_at].strip(" of")), None)
    if part is None:
        return False
    at = part.start if part.hedge_start is None else part.hedge_start
    return (_let_go_verb_before().search(ctx.text, max(0, at - 40), at) is not None
            or _PREDICATE_AUXILIARY.search(ctx.text, cue[1], c.clause[1]) is not None)


def _percent_end(text: str, fig: Figure) -> int:
    """Where a share ends, past its "%" or "percent"."""
    sign = PERCENT_AFTER.match(text, fig.end)
    return sign.end() if sign else fig.end


_HURT_STATUSES = frozenset({"killed", "wounded", "killed or wounded"})


@cache
def _hurt_cue_before() -> re.Pattern[str]:
    """A cue of ``statuses.csv`` that kills or wounds (status killed, wounded or killed or
    wounded, and no other status: "destroyed" also destroys things) right before a figure, with
    only white space between: "gunmen killed four", "shelling wounding at least 12", "shot dead
    two", "beaten to death three".

    >>> bool(_hurt_cue_before().search("Gunmen shot dead ")), bool(_hurt_cue_before().search("They destroyed "))
    (True, False)
    """
    return re.compile(rf"\b(?:{_hurt_cues()})\s+$", re.I)


@cache
def _hurt_cues() -> str:
    """The cues of ``statuses.csv`` that kill or wound and do nothing else, as one alternation
    (``_hurt_cue_before``, ``_hurt_include_before``).

    >>> [w for w in ("killed", "wounding", "destroyed") if re.fullmatch(f"(?:{_hurt_cues()})", w, re.I)]
    ['killed', 'wounding']
    """
    rows = lexicons.read_lexicon("statuses")
    other = {row["cue"] for row in rows if row["status"] not in _HURT_STATUSES}
    cues = [row["cue"] for row in rows if row["status"] in _HURT_STATUSES and row["cue"] not in other]
    return lexicons.alternation(cues, fold_case=True)


@cache
def _hurt_include_before() -> re.Pattern[str]:
    """The hurt as the subject of a verb that lists some of them, right before a figure: "The
    dead included ", "Among the deceased were " (the cues of ``_hurt_cue_before``).

    >>> bool(_hurt_include_before().search("The dead included ")), bool(_hurt_include_before().search("The plan included "))
    (True, False)
    """
    return re.compile(rf"\b(?:{_hurt_cues()})\s+(?:were|was|are|is|includes?|included)\s+$", re.I)


_INCLUDING_BEFORE = re.compile(r"\b([\w'’-]+),?\s+(?:including|among\s+them)\s+$", re.I)


def _part_of_the_hurt(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """Whether the figure names some of the hurt: the hurt are the subject of the verb right
    before it ("The dead included two lawmakers"), or it follows "including" right after the
    people of a casualty count of its sentence ("the deaths of eight soldiers, including two
    commanders"; not "900 were killed, including 12 hospitals")."""
    text, at = ctx.text, c.figure.start
    if _hurt_include_before().search(text, max(0, at - 40), at):
        return True
    last = art.last_kept
    if last is None or last[1] != "casualties" or last[0] != ctx.sentence.sentence:
        return False
    m = _INCLUDING_BEFORE.search(text, max(0, at - 40), at)
    found = lookup_unit(m.group(1)) if m else None
    # the people counted, not a casualty word that may end a verb ("900 were killed, including 12 hospitals")
    return found is not None and found[1] != "casualties" and counts_people(Noun(found[0], found[1], 0, 1))


@cache
def _among_the_hurt_after() -> re.Pattern[str]:
    """The people counted said, as the subject of a copula, to be "among" the hurt: a few words
    that end their noun phrase ("and media workers", ", who had fled the town,"), the copula, then
    "among the" or "among those" and, past a figure of the hurt, a cue that kills or wounds and
    does nothing else (``_hurt_cues``).

    >>> m = _among_the_hurt_after().match(" and two medics were among the more than 300 killed")
    >>> m.group("cue")
    'killed'
    >>> m = _among_the_hurt_after().match(", who had fled their homes, were also among the dead")
    >>> m.group("cue")
    'dead'
    >>> _among_the_hurt_after().match(" said relatives were among the dead") is None
    True
    """
    word = r"(?!(?:said|says|say|told|tell|were|was|are|is)\b)[\w'’-]+"
    return re.compile(
        rf"(?:[^\S\n]+{word}){{0,3}}?"
        r"(?:,\s*(?:who|whom|aged|including|both|all|mostly|most|many)\b[^,;.:]{0,60},)?"
        r"\s+(?:were|was|are|is)\s+(?:(?:also|reportedly|all|both|confirmed|believed\s+to\s+be|said\s+to\s+be)\s+)?"
        r"(?P<among>among)\s+(?:the|those)\s+(?:[\w,.  ]+?\s+){0,5}?"
        rf"(?P<cue>{_hurt_cues()})\b", re.I)


def among_the_hurt(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """People said to be "among" the hurt ("Nine pupils were among the 17 killed", "two reporters
    and a driver were among the dead") are a part of them: casualties with the cue's status,
    whatever plural counts them and whatever other word of their clause (a relative clause: "who
    had fled the town") says of them. A thing never is ("30 kiosks were among those destroyed").

    >>> [(c["figure"], c["category"], c["status"]) for c in _claims("Nine pupils were among the 17 killed, the mayor said.")]
    [('Nine', 'casualties', 'killed'), ('17', 'casualties', 'killed')]
    >>> [(c["unit"], c["category"], c["status"]) for c in _claims("At least 12 reporters were among the more than 300 people wounded.")]
    [('reporter', 'casualties', 'wounded'), ('person', 'casualties', 'wounded')]
    >>> [(c["figure"], c["category"], c["status"]) for c in _claims("Three boys, who had fled Tarn, were among the dead.")]
    [('Three', 'casualties', 'killed')]
    """
    if "among the" not in ctx.text and "among those" not in ctx.text:
        return False  # the cheap test first
    noun = c.noun
    if noun is None or c.projected or c.noun_carried or c.figure.percent:
        return False
    people = counts_people(noun)
    if not people and not ("counts_an_unlisted_thing" in c.fired or "part_of_unlisted_whole" in c.fired):
        return False  # a thing of a lexicon: "30 houses were among those destroyed"
    m = _among_the_hurt_after().match(ctx.text, noun.end)
    if m is None:
        return False
    if any(noun.end < f.start < m.start("among") for f in ctx.figures) and not re.match(
            r"\s+and\s", ctx.text[noun.end:noun.end + 6]):
        return False  # another figure between them is the subject: "held 12 men, and two guards were among the dead"
    found = next((row["status"] for row in _statuses().get(m.group("cue").lower(), [])
                  if row["status"] in _HURT_STATUSES), None)
    if found is None:
        return False
    c.status = found
    if not people:
        c.lookup = NounLookup(Noun(noun.unit, "casualties", noun.start, noun.end))
    return True


@cache
def _people_harm_before() -> re.Pattern[str]:
    """A cue that only people undergo (``people_harms.csv``) right before a figure, with only
    white space between: "abducted five", "the murders of 702".

    >>> bool(_people_harm_before().search("Gunmen abducted ")), bool(_people_harm_before().search("They seized "))
    (True, False)
    """
    return re.compile(rf"\b(?P<cue>{_people_harm_cues()})\s+$", re.I)


@cache
def _people_harm_after() -> re.Pattern[str]:
    """A cue that only people undergo (``people_harms.csv``) as the predicate right after a
    noun, past auxiliaries and adverbs: " were abducted", " have reportedly been executed".

    >>> _people_harm_after().match(" were later abducted by gunmen").group("cue")
    'abducted'
    >>> _people_harm_after().match(" were seized") is None
    True
    """
    aux = r"(?:were|was|are|is|have|has|had|been|being|reportedly|allegedly|also|later|all|both)"
    return re.compile(rf"[\s,]*(?:{aux}\s+)*(?P<cue>{_people_harm_cues()})\b", re.I)


@cache
def _people_harm_cues() -> str:
    """The cues of ``people_harms.csv`` as one alternation."""
    return lexicons.alternation(lexicons.word_set("people_harms", "cue"), fold_case=True)


#: A plural noun phrase coordinated after a counted noun, with no figure, before a predicate both
#: share: " and all the documented party members" ("591 leaders and all the ... have been killed").
_COORDINATED_PLURAL = re.compile(r"\s+and\s+(?:(?:all|the|their|its|other|many|some)\s+){0,2}"
                                 r"(?:[A-Za-z][\w'’-]*\s+){0,3}[A-Za-z][\w'’-]*s\b")


def _hurt_predicate_after(text: str, end: int) -> str | None:
    """The casualty status of the predicate right after a noun (``_status_after``), also past
    a plural noun phrase coordinated with it ("591 leaders and all the party members have been
    killed").

    >>> _hurt_predicate_after("591 leaders and all the party members have been killed", 11)
    'killed'
    """
    found = _status_after(text, end)
    if found is None:
        m = _COORDINATED_PLURAL.match(text, end)
        found = _status_after(text, m.end()) if m else None
    return found


def hurt_unlisted_are_people(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """A plural no lexicon lists (``counts_an_unlisted_thing``, ``part_of_unlisted_whole``) that a cue which kills or
    wounds (``_hurt_cue_before``) has as its object right before the figure, or as its subject
    right after the noun (or beside a plural coordinated with it), counts people: the hurt are
    casualties, whatever they are called ("gunmen killed four ferry riders", "nine ferry riders
    were wounded"). So does one that names some of the hurt (``_part_of_the_hurt``: "The dead
    included two lawmakers", "killed eight soldiers, including two commanders"). A cue further
    off leaves it a thing ("it hit 900 depots in a raid that killed 40 people").

    >>> [(c["unit"], c["category"]) for c in _claims("Gunmen near Velmar killed four ferry riders.")]
    [('ferry rider', 'casualties')]
    >>> [(c["unit"], c["category"]) for c in _claims("Nine ferry riders were wounded in Ostra.")]
    [('ferry rider', 'casualties')]
    >>> [(c["unit"], c["category"]) for c in _claims("The raid hit 900 depots and killed 40 people.")]
    [('depot', 'other'), ('person', 'casualties')]
    >>> [(c["unit"], c["category"]) for c in _claims("The dead included two judges and a driver.")]
    [('judge', 'casualties')]
    >>> [(c["unit"], c["category"]) for c in _claims("Since May, 70 ward elders and all the party delegates have been killed.")]
    [('ward elder', 'casualties')]

    A cue that only people undergo (``people_harms.csv``: abducted, executed, taken hostage, "the
    murders of"), which a thing's status leaves out, makes such a plural people the same way, with
    that cue's status.

    >>> [(c["unit"], c["category"], c["status"]) for c in _claims("Five village chiefs were abducted in May.")]
    [('village chief', 'casualties', 'captured')]
    >>> [(c["unit"], c["category"], c["status"]) for c in _claims("The report lists the murders of 70 union organisers.")]
    [('union organiser', 'casualties', 'killed')]
    >>> [(c["unit"], c["category"], c["status"]) for c in _claims("Five village depots were seized in May.")]
    [('village depot', 'other', '')]

    So does such a plural after a counted word that only says what kind it is ("police cadets"):

    >>> [(c["unit"], c["category"], c["status"]) for c in _claims("Officials said 30 police cadets were abducted.")]
    [('cadet', 'casualties', 'captured')]
    """
    noun = c.noun
    if noun is None or not ("counts_an_unlisted_thing" in c.fired or "part_of_unlisted_whole" in c.fired
                            or "modifies_an_uncounted_noun" in c.fired):
        return False
    text = ctx.text
    if c.status in _HURT_STATUSES:
        if not (_hurt_cue_before().search(text, max(0, c.figure.start - 30), c.figure.start)
                or _hurt_predicate_after(text, noun.end) in _HURT_STATUSES
                or _part_of_the_hurt(c, ctx, art)):
            return False
    elif c.status or noun.start < c.figure.end:
        return False
    else:
        cue = _people_harm_before().search(text, max(0, c.figure.start - 30), c.figure.start)
        if cue is None:
            cue = _people_harm_after().match(text, noun.end)
        if cue is None:
            also = _COORDINATED_PLURAL.match(text, noun.end)  # "70 elders and all the party delegates were abducted"
            cue = _people_harm_after().match(text, also.end()) if also else None
        if cue is None:
            return False
        words = " ".join(cue.group("cue").lower().split())
        status = next((r["status"] for r in _statuses().get(words, ()) if r["applies"] == "people"), None)
        if status is None:
            return False
        c.status = "expected " + status if c.projected else status
    c.lookup = NounLookup(Noun(noun.unit, "casualties", noun.start, noun.end))
    return True


def casualty_category(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """People with a casualty status are casualties ("3,000 soldiers were killed").

    >>> [c["category"] for c in _claims("3,000 soldiers were killed.")]
    ['casualties']
    """
    c.category = c.noun.category if c.noun else ""
    if c.noun is not None and not counts_people(c.noun):
        return False  # "captured four villages", "30 houses destroyed": things, not people
    if c.projected and c.category == "troops" and _MIGHT_BE_LOST.search(ctx.text, c.figure.end, c.clause[1]):
        return False  # "all 12,000 servicemen could be lost or injured": a force, at risk
    if c.category in lexicons.people_categories() and c.status.removeprefix("expected ") in CASUALTY_STATUSES:
        c.category = "casualties"
        return True
    if c.category == "casualties" and c.status in FORCE_STATUSES:
        c.category = "troops"  # "50,000 prisoners recruited to fight": a force, not casualties
        return True
    return False


@cache
def _kinds_of_bare_heads() -> dict[str, tuple[frozenset[str], re.Pattern[str], dict[str, str]]]:
    """For each unit that ``units.csv`` counts in more than one category ("ship": warships are
    equipment, merchant ships other): its bare head as written ("ship", "ships"), a pattern of
    the words of its kinds (the other rows of the unit and of the units whose kinds share a
    modifier with its own: "cargo vessel" is a kind of ship too), and the category of each kind.

    >>> heads, kinds, cats = _kinds_of_bare_heads()["vessel"]
    >>> sorted(heads), cats["cargo ships"], cats["warships"], kinds.search("two Cargo Ships sank").group(0)
    (['vessel', 'vessels'], 'other', 'equipment', 'Cargo Ships')
    """
    rows = lexicons.read_lexicon("units")
    by_unit: dict[str, list[dict]] = {}
    for r in rows:
        by_unit.setdefault(r["unit"], []).append(r)
    mixed = {u: own for u, own in by_unit.items() if len({r["category"] for r in own}) > 1}
    heads = {u: frozenset(w for w in (u, u + "s", u + "es") if any(r["word"] == w for r in own)) for u, own in mixed.items()}
    kinds = {u: {r["word"]: r["category"] for r in own if r["word"] not in heads[u]} for u, own in mixed.items()}
    modifiers = {u: {w.rsplit(" ", 1)[0] for w in k if " " in w} for u, k in kinds.items()}
    out = {}
    for unit in mixed:
        family = {w: cat for u in mixed if u == unit or modifiers[u] & modifiers[unit] for w, cat in kinds[u].items()}
        pattern = re.compile(rf"\b(?:{lexicons.alternation(sorted(family), fold_case=True)})\b", re.I)
        out[unit] = (heads[unit], pattern, family)
    return out


def _kinds_named(art: ArticleState, unit: str) -> list[tuple[int, str]]:
    """Where the article names a kind of ``unit`` (``_kinds_of_bare_heads``) and its category:
    (offset in the article, category), in text order; found once an article for each unit."""
    if unit not in art.kinds_named:
        _heads, kinds, categories = _kinds_of_bare_heads()[unit]
        art.kinds_named[unit] = [(s.start + m.start(), categories[" ".join(m.group(0).lower().split())])
                                 for s in art.attribution.sentences for m in kinds.finditer(s.text)]
    return art.kinds_named[unit]


def bare_head_counts_the_kind_named(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """A bare head noun whose unit ``units.csv`` counts in two categories ("ships": warships are
    equipment, cargo ships other) counts the kind of it that its sentence names (the last before
    it, else the first after), else the one kind the article names ("Raiders have targeted 60
    vessels", in a report on attacks on container ships: ships of trade), else, when the article
    names kinds of both categories, the kind named last before it (else first after it).

    >>> [(c["figure"], c["category"]) for c in _claims("Raiders have targeted 60 vessels since May. A cargo ship sank.")]
    [('60', 'other')]
    >>> [(c["figure"], c["category"]) for c in _claims("The navy sent six warships. Raiders have targeted 60 vessels.")]
    [('six', 'equipment'), ('60', 'equipment')]
    """
    noun = c.noun
    if noun is None or c.noun_carried or noun.unit not in _kinds_of_bare_heads():
        return False  # the cheap test first: a unit counted in one category only
    heads, _kinds, _categories = _kinds_of_bare_heads()[noun.unit]
    if ctx.text[noun.start:noun.end].lower() not in heads:
        return False  # "six warships", "two cargo ships": the kind is written
    named = _kinds_named(art, noun.unit)
    if not named:
        return False  # no kind named: the lexicon's own category
    at = ctx.sentence.start + c.figure.start
    own = [(pos, cat) for pos, cat in named if ctx.sentence.start <= pos < ctx.sentence.end]
    if not own and len({cat for _pos, cat in named}) == 1:
        category = named[0][1]
    else:
        near = own or named
        before = [cat for pos, cat in near if pos < at]
        category = before[-1] if before else next(cat for pos, cat in near if pos > at)
    if category == c.category:
        return False
    c.category = category
    return True


def craft_of_travellers(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """A bare head that counts craft in two categories ("boats", "vessels": a navy's are equipment)
    and stays equipment counts craft of category other when its sentence names no kind of it
    but the people such craft carry as their load (``travellers.csv``: "More than 30 migrants
    died after two boats capsized", "three boats carrying Rohingya", "refugees stranded on two
    boats"), as passenger ships are.

    >>> [(c["figure"], c["category"]) for c in _claims("Forty migrants drowned after two boats capsized off Tarn.")]
    [('Forty', 'casualties'), ('two', 'other')]
    >>> [(c["figure"], c["category"]) for c in _claims("The navy lost two boats off Tarn.")]
    [('two', 'equipment')]
    """
    if "boat" not in ctx.text and "vessel" not in ctx.text and "ship" not in ctx.text:
        return False  # the cheap test first
    return _bare_craft_carrying(c, ctx, _cue_regex("travellers", "word"))


def _bare_craft_carrying(c: FigureCandidate, ctx: SentenceContext, load: re.Pattern[str]) -> bool:
    """The step ``craft_of_travellers`` and ``craft_of_goods`` share: a bare head of craft counted
    as equipment ("boats", "trucks": ``_kinds_of_bare_heads``), whose sentence writes no kind of
    it ("two gunboats", "six army trucks") but names what it carries as its load (``load``),
    counts craft of category other.

    >>> [(c["figure"], c["category"]) for c in _claims("Two boats carrying migrants and six trucks carrying grain came.")]
    [('Two', 'other'), ('six', 'other')]
    """
    noun = c.noun
    if noun is None or c.category != "equipment" or noun.unit not in _kinds_of_bare_heads():
        return False
    heads, kinds, _categories = _kinds_of_bare_heads()[noun.unit]
    if ctx.text[noun.start:noun.end].lower() not in heads or kinds.search(ctx.text):
        return False  # "two gunboats", "two warships and four boats": the kind is written
    if not load.search(ctx.text):
        return False
    c.category = "other"
    return True


def craft_of_goods(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """A bare head that counts craft in two categories ("trucks", "ships": a force's are
    equipment) and stays equipment counts craft of category other when its sentence names no
    kind of it but the goods such craft carry as their load (``cargoes.csv``: "90 trucks
    carrying medicines entered", "three ships loaded with grain"), as aid trucks are.

    >>> [(c["figure"], c["category"]) for c in _claims("About 90 trucks carrying flour and medicines crossed into Osk.")]
    [('90', 'other')]
    >>> [(c["figure"], c["category"]) for c in _claims("The army lost 90 trucks near Osk.")]
    [('90', 'equipment')]
    """
    if "ruck" not in ctx.text and "ship" not in ctx.text and "Ship" not in ctx.text and "essel" not in ctx.text \
            and "boat" not in ctx.text and "Boat" not in ctx.text:
        return False  # the cheap test first
    return _bare_craft_carrying(c, ctx, _cue_regex("cargoes", "word"))


@cache
def _demographic_item() -> re.Pattern[str]:
    """A list item that counts people by their sex or age (``demographics.csv``): a count or
    "a" / "an", a modifier at most, then the noun ("two women", "a girl", "45 young children").

    >>> bool(_demographic_item().search("58 children, 45 women")), bool(_demographic_item().search("a newborn"))
    (True, True)
    >>> bool(_demographic_item().search("their children fled"))
    False
    """
    words = lexicons.alternation(sorted(lexicons.word_set("demographics", "word")), fold_case=True)
    count = r"(?:\d[\d,]*|a|an|" + lexicons.alternation(sorted(_small_number_words()), fold_case=True) + ")"
    return re.compile(rf"\b{count}\s+(?:[\w'’-]+\s+)?(?:{words})\b", re.I)


@cache
def _small_number_words() -> frozenset[str]:
    """The number words of ``number_words.csv`` that are one word ("two", "seven", "dozens")."""
    return frozenset(r["word"] for r in lexicons.read_lexicon("number_words") if " " not in r["word"])


#: What ends the list a figure stands in: a stop, a colon or semicolon, a bracket or a dash.
_LIST_BOUNDARY = re.compile(r"[.;:()—–]|\s--?\s")


def men_beside_women_and_children(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """"Men" counted in one list with women, children or another count of people by sex or age
    (``demographics.csv``: "the boat carried 49 people, 47 men and two women", "58 children,
    45 women and 36 men", "a woman and five men") are people by sex, category other, not a force
    (a casualty status, given before this rule, still makes them casualties).

    >>> [(c["figure"], c["category"]) for c in _claims("The boat carried 49 people, 47 men and two women, the agency said.")]
    [('49', 'other'), ('47', 'other'), ('two', 'other')]
    >>> [(c["figure"], c["category"]) for c in _claims("Some 600 men gathered for a raid; two women were hurt.")]
    [('600', 'troops'), ('two', 'casualties')]
    """
    if ("wom" not in ctx.text and "child" not in ctx.text and "boy" not in ctx.text and "girl" not in ctx.text
            and "bab" not in ctx.text and "infant" not in ctx.text and "newborn" not in ctx.text and "teen" not in ctx.text
            and "toddler" not in ctx.text):
        return False  # the cheap test first
    if c.category != "troops" or c.noun is None or c.noun.unit != "man" or not c.noun_follows:
        return False
    start = max((m.end() for m in _LIST_BOUNDARY.finditer(ctx.text, 0, c.figure.start)), default=0)
    after = _LIST_BOUNDARY.search(ctx.text, c.noun.end)
    end = after.start() if after else len(ctx.text)
    if not any(m.start() != c.figure.start for m in _demographic_item().finditer(ctx.text[:end], start)):
        return False
    c.category = "other"
    return True


#: A nominal arrest right before the figure ("the arrest of four soldiers accused of looting"):
#: a legal arrest (a state's own men, members a police force takes), not fighters held by a foe.
_ARREST_OF = re.compile(r"\b(?:arrests?|detentions?)\s+of\s+(?:the\s+|some\s+|about\s+|at\s+least\s+)?$", re.IGNORECASE)


def fighters_held_by_a_foe(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """Fighters (a ``troops`` unit: soldiers, militants, rebels) that their clause says were
    detained or arrested are held by a foe: casualties, as the captured are, never a force
    present (``measure_rules.csv`` measures them as captured). A nominal arrest right before
    the figure ("the arrest of three soldiers accused of theft") is a legal arrest, a state's own
    men maybe, and keeps the unit's category; "men" a list gives beside women or children are
    people by sex (``men_beside_women_and_children``, before this rule), and people no troops
    unit counts stay other ("20 villagers were detained").

    >>> [(c["figure"], c["category"], c["status"]) for c in _claims("The army said it detained 43 rebel fighters in the raid.")]
    [('43', 'casualties', 'detained')]
    >>> [(c["figure"], c["category"]) for c in _claims("Kastel announced the arrest of three soldiers accused of theft.")]
    [('three', 'troops')]
    """
    if c.status != "detained" or c.category != "troops":
        return False  # the cheap test first
    if _ARREST_OF.search(ctx.text, max(0, c.figure.start - 40), c.figure.start):
        return False
    c.category = "casualties"
    return True


@cache
def _formation_of_before() -> re.Pattern[str]:
    """A formation of troops (a unit of ``things.csv`` that ``units.csv`` counts as troops:
    "battalion", "brigade") and "of" right before a figure: "the battalion of more than 600".

    >>> bool(_formation_of_before().search("the battalion of ")), bool(_formation_of_before().search("a town of "))
    (True, False)
    """
    return re.compile(rf"\b(?:{lexicons.alternation(sorted(_formation_words() | _force_words()), fold_case=True)})\s+of\s+$", re.I)


@cache
def _force_words() -> frozenset[str]:
    """The words ``units.csv`` counts as troops in general (unit "troop": "force", "contingent",
    "troops"): "a force of 9,000 Velmaris" are troops, as "a battalion of 600 people" are.

    >>> "force" in _force_words(), "members" in _force_words()
    (True, False)
    """
    return frozenset(row["word"] for row in lexicons.read_lexicon("units") if row["unit"] == "troop")


@cache
def _joins_a_force_after() -> re.Pattern[str]:
    """People said to add to, join or reinforce a force or formation just after their noun, in
    its clause (``_force_words``, ``_formation_words``): ", adding to a force of ...", "in all
    at its bases, joining the battalion".

    >>> bool(_joins_a_force_after().match(", adding to a force of 9,000")), bool(_joins_a_force_after().match(", adding to the toll"))
    (True, False)
    """
    words = lexicons.alternation(sorted(_formation_words() | _force_words()), fold_case=True)
    return re.compile(r"[^,.;:—–]{0,40}?,?\s+(?:adding\s+to|joining|to\s+join|reinforcing|to\s+reinforce)\s+"
                      rf"(?:an?|the|its|their|his|her)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{words})\b", re.I)


@cache
def _formation_words() -> frozenset[str]:
    """The words of a formation of troops: a unit of ``things.csv`` that ``units.csv`` counts as
    troops, as written in ``units.csv`` ("battalion", "battalions", "squadron").

    >>> "battalion" in _formation_words(), "soldier" in _formation_words()
    (True, False)
    """
    formations = _thing_units() & {row["unit"] for row in lexicons.read_lexicon("units") if row["category"] == "troops"}
    return frozenset(row["word"] for row in lexicons.read_lexicon("units") if row["unit"] in formations)


def people_of_a_formation(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """People counted as the strength of a formation of troops ("a battalion of 600 people",
    "the battalions of some 3,000 men") are troops, whatever plain noun counts them; a casualty
    status keeps them casualties.

    >>> [(c["unit"], c["category"]) for c in _claims("The battalion of more than 600 people is holding its position.")]
    [('person', 'troops')]

    So are people said to join one just after their noun ("9,000 Nepalis, adding to a force
    of Osk troops"):

    >>> [(c["unit"], c["category"]) for c in _claims("It says there are 9,000 Nepalis in all, adding to a force of Osk regulars.")]
    [('nepali', 'troops')]
    """
    if c.category != "other" or not counts_people(c.noun):
        return False  # the cheap test first
    at = c.figure.start if c.figure.hedge_start is None else c.figure.hedge_start
    if not (_formation_of_before().search(ctx.text, max(0, at - 30), at)
            or (c.noun.end > at and _joins_a_force_after().match(ctx.text, c.noun.end, c.clause[1] + 40))):
        return False
    c.category = "troops"
    return True


@cache
def _count_noun_before() -> re.Pattern[str]:
    """A count noun of ``aggregates.csv`` ("figures", "the toll") a few words before a cue."""
    words = lexicons.alternation(lexicons.column("aggregates", "word"), fold_case=True)
    return re.compile(rf"\b(?:{words})s?\b(?:\s+[\w'’-]+){{0,4}}\s+$", re.I)


#: "of" and the people a count noun counts, right before a cue, ending such a noun's words
#: ("the number of hostages freed": the noun's people, the cue theirs).
_OF_PEOPLE_BEFORE = re.compile(r"\bof\s+(?:[\w'’-]+\s+){0,2}?([\w'’-]+)\s+$")


def _frames_the_cue(text: str, lo: int, cue: int) -> bool:
    """Whether a count noun (``_count_noun_before``) in ``text[lo:cue]`` is what the cue at
    ``cue`` acts on ("casualty figures were released"), not the people it counts after "of"
    ("the number of hostages freed").

    >>> t = "the number of hostages freed"
    >>> _frames_the_cue(t, 0, t.index("freed")), _frames_the_cue("the figures were released", 0, 17)
    (False, True)
    """
    m = _count_noun_before().search(text, lo, cue)
    if m is None:
        return False
    of = _OF_PEOPLE_BEFORE.search(m.group(0))
    found = lookup_unit(of.group(1).lower()) if of else None
    return not (found is not None and counts_people(Noun(found[0], found[1], 0, 1)))


def _end_past_dashes(text: str, end: int) -> int:
    """Where a clause that ends at ``end`` ends with its predicate past an aside between dashes
    (``_DASHED_PREDICATE``: "the 20 hostages – two of them farmers – were freed"), else ``end``."""
    if end >= len(text) or text[end] not in " —–":
        return end
    m = _DASHED_PREDICATE.match(text, end)
    if m is None:
        return end
    after = _CLAUSE_BREAK.search(text, m.end())
    return after.start() if after else len(text)


def released_from_captivity(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """People let go from captivity ("Russia freed 100 prisoners", "106 soldiers were released",
    "the sides swapped 95 POWs") are captured no more and no force: other people, whatever
    noun counts them. A release of figures is no release of people ("Casualty figures were
    also released, hitting 12,000"): the cue must stand in the figure's clause, after no count
    noun (``aggregates.csv``).

    >>> [(c["category"], c["status"]) for c in _claims("Russia said 106 soldiers were released.")]
    [('other', 'released')]
    >>> [(c["category"], c["status"]) for c in _claims("The figures were released on Monday: 900 soldiers.")]
    [('troops', '')]

    The cue may follow an aside between dashes ("the 20 hostages – two of them farmers – were
    freed"), and a count noun whose people it names is no figure released ("brings the number of
    hostages freed since May to 18"):

    >>> [(c["category"], c["status"]) for c in _claims("The 20 hostages – two of them farmers – were freed.")]
    [('other', 'released'), ('other', 'released')]
    >>> [(c["category"], c["status"]) for c in _claims("It brings the number of hostages freed since May to 18.")]
    [('other', 'released')]
    """
    if c.status not in RELEASED_STATUSES:
        return False
    cues = _status_cues(True, c.projected)
    hi = _end_past_dashes(ctx.text, c.clause[1])
    aside = _status_past_comma_aside(ctx.text, c.figure, c.clause, cues)
    if aside is not None and aside[0] == c.status:  # "three hostages, two sailors and a trader, were freed"
        after = _CLAUSE_BREAK.search(ctx.text, aside[1])
        hi = max(hi, after.start() if after else len(ctx.text))
    spans = [s for s, _e, cue in _status_cues_in(ctx.text) if c.clause[0] <= s < hi and cues.get(cue) == c.status]
    # a count noun before the figure frames the amount of a release after it ("brings the total to
    # 18 hostages freed"): only one between the figure and such a cue is released
    if not spans or any(_frames_the_cue(ctx.text, max(c.clause[0], s - 50, c.figure.end if s >= c.figure.end else 0), s)
                        for s in spans):
        c.status = ""
        return True
    if c.category in lexicons.people_categories():
        c.category = "other"
    return True


def survivors_are_not_dead(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """People named by having come through alive (``unhurt.csv``: "survivors") are neither dead,
    lost nor missing, whatever casualty word their sentence holds ("a boat with 70 people feared
    dead sank with 75 survivors"): other people, no such status (a wound stays theirs).

    >>> [(c["figure"], c["category"], c["status"]) for c in _claims("About 70 refugees are feared dead after a boat sank with 75 survivors.")]
    [('70', 'casualties', 'killed'), ('75', 'other', '')]

    A figure that only points back to survivors counts others ("Six survivors were rescued, but
    19 are still missing"):

    >>> [(c["figure"], c["category"]) for c in _claims("Six survivors were rescued, but 19 are still missing.")]
    [('Six', 'other'), ('19', 'casualties')]
    """
    if c.category != "casualties" or c.noun is None or c.noun.unit not in _unhurt_units():
        return False  # the cheap test first
    if not c.noun_follows:
        return False  # "Six survivors were rescued, but 19 are still missing": others, not survivors
    if c.status.removeprefix("expected ") not in {"killed", "lost", "missing", "casualties", "killed or wounded"}:
        return False
    c.category, c.status = "other", ""
    return True


@cache
def _carried_before() -> re.Pattern[str]:
    """The verb of a craft that carries people right before a figure, a hedge cue of
    ``hedges.csv`` at most between ("a boat carrying some 600 migrants", "fit to carry 40 or 50
    people", "packed with up to 700"; "troop-carrying vehicles and 40 soldiers", "transporting
    the corpses of four" are no load).

    >>> p = _carried_before()
    >>> bool(p.search("a dinghy carrying about ")), bool(p.search("packed with up to ")), bool(p.search("troop-carrying fighting vehicles and "))
    (True, True, False)
    """
    hedges = lexicons.alternation(sorted(lexicons.word_set("hedges", "cue", "position", "before")), fold_case=True)
    return re.compile(r"(?<![\w-])(?:carrying|carried|carry|carries|ferrying|transporting|(?:packed|crammed|overloaded)\s+with)"
                      rf"\s+(?:(?:{hedges})\s+)?$", re.I)


#: Casualty statuses that people aboard a craft take from a wreck told elsewhere in the sentence.
_WRECK_STATUSES = frozenset({"killed", "lost", "missing", "wounded", "casualties", "killed or wounded"})


@cache
def _aboard_after() -> re.Pattern[str]:
    """Right after the people counted: their place aboard a craft ("were aboard", "on board",
    "on the vessel"; the bare heads of ``units.csv`` that name craft of two kinds: boats, ships).

    >>> p = _aboard_after()
    >>> bool(p.match(" originally were aboard.")), bool(p.match(" on the fishing vessel")), bool(p.match(" on the front"))
    (True, True, False)
    """
    heads = sorted(h for unit in _kinds_of_bare_heads() for h in _kinds_of_bare_heads()[unit][0])
    craft = lexicons.alternation(heads, fold_case=True)
    return re.compile(
        r"\s+(?:(?:who\s+)?(?:originally\s+|still\s+|all\s+)?(?:were|was|are|had\s+been|have\s+been)\s+)?"
        r"(?:(?:originally|still|all)\s+)?"
        rf"(?:aboard|on\s+board|onboard|on\s+(?:the|a|an|its|their|that|this)\s+(?:[\w-]+\s+){{0,2}}?(?:{craft}))\b", re.I)


def carried_aboard_not_hurt(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """People counted as a craft's load ("a boat carrying 600 migrants", "150 people were
    aboard", "the 25 people on the vessel") are those aboard, not the dead, lost or missing of
    the wreck the rest of the sentence tells of (docs/claims.md: a casualty word outside a
    figure's clause is not its own when the clause has a verb of its own): other people, no
    status; a casualty word of their own words or predicate stays theirs.

    >>> rows = _claims("Dozens are feared dead after a boat carrying 300 migrants sank.")
    >>> [(r["figure"], r["category"], r["status"]) for r in rows]
    [('Dozens', 'casualties', 'killed'), ('300', 'other', '')]
    >>> rows = _claims("The raid killed four sailors out of the 22 people on the vessel.")
    >>> [(r["figure"], r["category"]) for r in rows]
    [('four', 'casualties'), ('22', 'other')]
    >>> rows = _claims("A ferry carrying 40 passengers sank and 30 people aboard were killed.")
    >>> [(r["figure"], r["category"]) for r in rows]
    [('40', 'other'), ('30', 'casualties')]
    """
    if c.category != "casualties" or (
            "carr" not in ctx.text and "Carr" not in ctx.text and "ferrying" not in ctx.text and
            "transporting" not in ctx.text and "packed" not in ctx.text and "crammed" not in ctx.text and
            "overloaded" not in ctx.text and "board" not in ctx.text and " on the " not in ctx.text and
            " on a " not in ctx.text and " on its " not in ctx.text and " on their " not in ctx.text and
            " on that " not in ctx.text and " on this " not in ctx.text and " on an " not in ctx.text):
        return False  # the cheap tests first: people hurt, a sentence that tells of a load or a craft
    if c.noun is None or not c.noun_follows or c.noun.category == "casualties":
        return False  # counted by a noun that names no victim ("carrying 40 bodies": the dead)
    if c.status.removeprefix("expected ") not in _WRECK_STATUSES:
        return False
    text, fig = ctx.text, c.figure
    if not _carried_before().search(text, max(0, fig.start - 60), fig.start) \
            and not _aboard_after().match(text, c.noun.end):
        return False
    cues = _status_cues(True, c.projected)
    end = min((f.start for f in ctx.figures if f.start > fig.end), default=c.clause[1])
    own = _nearest_status(text, fig.end, fig.end, min(end, c.clause[1]), cues)
    if own is not None and own.removeprefix("expected ") in CASUALTY_STATUSES:
        return False  # "30 people aboard were killed", "carrying 12 wounded soldiers": their own
    before = _nearest_status(text, fig.start, max(c.clause[0], fig.start - 25), fig.start, cues)
    if before is not None and before.removeprefix("expected ") in CASUALTY_STATUSES:
        return False  # "killing all 25 people on board": the verb that takes them
    c.category, c.status = "other", ""
    return True


@cache
def _unhurt_units() -> frozenset[str]:
    """Units of people who came through alive (``unhurt.csv``)."""
    return lexicons.word_set("unhurt", "unit")


#: The statuses of people saved from harm (``statuses.csv``: "12 sailors were rescued").
RESCUED_STATUSES = frozenset({"rescued", "to be rescued"})


#: The word right before a release or rescue cue that makes it the predicate of the people a
#: capture cue described ("were abducted and later rescued", "kidnapped in May were released"):
#: an auxiliary of the passive, or "and" with an adverb of time at most.
_FREED_PREDICATE_BEFORE = re.compile(
    r"\b(?:(?:were|was|are|is|been|being)|and(?:\s+(?:later|then|subsequently|eventually|finally|since))?)\s+$", re.I)
#: The statuses of people let go from captivity or saved (not those to be let go).
_LET_GO = frozenset({"released", "rescued"})
#: A figure of time between the capture and the release ("kidnapped two months ago"): no people.
_TIME_AFTER_FIGURE = re.compile(r"\s+(?:years?|months?|weeks?|days?|hours?)\b", re.I)


def object_of_a_release(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """People counted as the object of a verb that lets them go or saves them, right before
    the figure ("troops rescued 17 of the 90 pupils abducted in May", "Army rescues dozens of
    kidnapped students"), are released or rescued: the verb is their predicate, not the capture
    word that says how they came to be held (docs/claims.md: people released or rescued are
    other; a part taken from a whole has the clause's verb). The cues: the ``statuses.csv``
    rows of status released or rescued.

    >>> [(c["figure"], c["category"], c["status"]) for c in _claims("Troops freed 12 of the 90 farmers abducted in May.")]
    [('12', 'other', 'released'), ('90', 'casualties', 'captured')]
    >>> [(c["figure"], c["category"], c["status"]) for c in _claims("Police rescued 40 hostages seized by the gang.")]
    [('40', 'other', 'rescued')]

    A verb of another figure's clause is none ("the gang seized 40 hostages"):

    >>> [(c["figure"], c["category"], c["status"]) for c in _claims("The gang seized 40 hostages.")]
    [('40', 'casualties', 'captured')]

    The verb takes its object past "all" or "a total of", which say how many, not what befell
    them, and the noun of a release its "of" past the day it fell on ("rescuing all 84 abducted
    farmers", "the release on May 3 of 60 pupils abducted in April"):

    >>> [(c["figure"], c["category"], c["status"]) for c in _claims(
    ...     "Troops succeeded in rescuing all 84 abducted farmers.")]
    [('84', 'other', 'rescued')]
    >>> [(c["figure"], c["category"], c["status"]) for c in _claims(
    ...     "It came after the release on May 3 of 60 pupils abducted in April.")]
    [('60', 'other', 'released')]
    >>> [(c["figure"], c["category"], c["status"]) for c in _claims("Marines rescued a total of 22 hostages.")]
    [('22', 'other', 'rescued')]
    """
    if ("eleas" not in ctx.text and "free" not in ctx.text and "Free" not in ctx.text and "xchang" not in ctx.text
            and "wapp" not in ctx.text and "epatri" not in ctx.text and "home" not in ctx.text and "hand" not in ctx.text
            and "Hand" not in ctx.text and "turned over" not in ctx.text and "escu" not in ctx.text and "aved" not in ctx.text
            and "alive" not in ctx.text and "back" not in ctx.text and "aptiv" not in ctx.text
            and "saving" not in ctx.text and "Saving" not in ctx.text):
        return False  # the cheap test first (``RULE_NEEDS``: the let-go cues)
    held = _status_of_what_befell(c.status)
    if c.noun is None or (held.removeprefix("expected ") not in _PERIL_STATUSES
                          and (held or c.noun.category != "casualties")) or not counts_people(c.noun):
        return False  # (no status, a casualty noun: "rescue 40 hostages"; "a total of 22 hostages")
    at = c.figure.start if c.figure.hedge_start is None else c.figure.hedge_start
    verb = _let_go_verb_before().search(ctx.text, max(0, at - 40), at)
    if verb is None:
        return False
    cue = " ".join(verb.group("cue").lower().split())
    status = _status_cues(True, c.projected).get(cue) or _came_through()[2].get(cue, "")
    if c.projected and status in _LET_GO:
        status = f"to be {status}"
    if status.removeprefix("expected ").removeprefix("to be ") not in _LET_GO:
        return False
    c.status = status
    return True


@cache
def _let_go_verb_before() -> re.Pattern[str]:
    """A cue of ``statuses.csv`` that lets people go or saves them (status released or
    rescued), or a verb of ``came_through.csv`` of status rescued that takes its object ("Marines
    rescue"), right before a figure, past "another" or "a further": the figure is its object.

    >>> bool(_let_go_verb_before().search("Soldiers rescued ")), bool(_let_go_verb_before().search("Army rescues "))
    (True, True)
    >>> bool(_let_go_verb_before().search("Gangs seized ")), bool(_let_go_verb_before().search("a rescue worker and "))
    (False, False)
    """
    cues = [r["cue"] for r in lexicons.read_lexicon("statuses") if r["status"] in _LET_GO]
    cues += [r["phrase"] for r in lexicons.read_lexicon("came_through") if r["object"] and r["status"] in _LET_GO]
    return re.compile(rf"\b(?P<cue>{lexicons.alternation(cues, fold_case=True)})\s+(?:{_DAY_BEFORE_OF})?"
                      r"(?:another\s+|a\s+further\s+|all\s+(?:the\s+)?|a\s+total\s+of\s+)?$", re.I)


#: The day a release fell on between its noun and the "of" of the people it let go ("the release
#: on Dec. 11 of 344 pupils", "the rescue last Monday of"): a time, no word of what befell them.
_DAY_BEFORE_OF = (r"(?:on|in|last|this)\s+(?-i:[A-Z][a-z]{2,8}\.?|\d{1,2})(?:\s+(?-i:[A-Z][a-z]{2,8}\.?|\d{1,4},?)){0,2}"
                  r"\s+of\s+")


#: The statuses that say how many were counted, not what befell them ("a total of 22 hostages").
_AGGREGATE_STATUSES = frozenset({"total", "expected total"})


def _status_of_what_befell(status: str) -> str:
    """The figure's status as a word of what befell those it counts: none for an aggregate
    ("a total of 33 hostages": the total says how many, not that they are held).

    >>> _status_of_what_befell("expected total"), _status_of_what_befell("captured")
    ('', 'captured')
    """
    return "" if status in _AGGREGATE_STATUSES else status


def freed_after_capture(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """People a capture cue describes whose own predicate later in their clause lets them go
    ("49 migrants were abducted from a bus and later rescued", "the 12 hostages kidnapped by
    the gang in May were released on Thursday") are released or rescued: the last word of what
    befell them, as the contract's "people released ... are other" reads, not the capture that
    made them captives (the contract's "people rescued are other, status rescued, whatever casualty
    word the rest of the sentence holds"). A release of other people ("abducted, and 20 were freed") or one denied
    ("were abducted and not yet freed") is none.

    >>> [(c["figure"], c["category"], c["status"]) for c in _claims("Nine tourists were kidnapped in May and later rescued.")]
    [('Nine', 'other', 'rescued')]
    >>> [(c["figure"], c["category"], c["status"]) for c in _claims("The 12 hostages seized by the gang in May were released.")]
    [('12', 'other', 'released')]
    >>> [(c["figure"], c["category"], c["status"]) for c in _claims("Nine tourists were kidnapped in May and have not been freed.")]
    [('Nine', 'casualties', 'captured')]

    So are people whose counted noun the release follows at once, whatever cue before the
    figure was nearer ("Ten aid workers arrive home as 40 prisoners released"):

    >>> [(c["figure"], c["category"], c["status"]) for c in _claims("Crowds cheer in Osk as 40 prisoners released")]
    [('40', 'other', 'released')]
    """
    if "eleas" not in ctx.text and "freed" not in ctx.text and "escu" not in ctx.text:
        return False  # the cheap test first
    if c.status in _LET_GO or c.noun is None or c.noun_carried or not counts_people(c.noun):
        return False
    if _whole_of_a_part(c, ctx):
        return False  # "nine of the 30 fishermen seized in May were freed": the nine, not the 30
    cues = _status_cues(True, c.projected)
    found = [(s, e, cues.get(cue, "")) for s, e, cue in _status_cues_in(ctx.text)
             if c.figure.end <= s < c.clause[1]]
    after_noun = next((st for s, _e, st in found if c.noun.end <= s and not ctx.text[c.noun.end:s].strip()), "")
    if after_noun in _LET_GO and c.noun.start >= c.figure.end:
        c.status = after_noun  # "as 39 prisoners released": the noun's own participle
        return True
    if c.status != "captured":
        return False
    capture = next((e for _s, e, st in found if st == "captured"), None)
    if capture is None:
        return False
    freed = next(((s, st) for s, _e, st in found
                  if s >= capture and st in _LET_GO), None)
    if freed is None or not _FREED_PREDICATE_BEFORE.search(ctx.text, capture, freed[0]):
        return False
    if any(capture <= f.start < freed[0] and not _TIME_AFTER_FIGURE.match(ctx.text, f.end) for f in ctx.figures):
        return False  # "were abducted, and 20 were freed": another figure's predicate
    c.status = freed[1]
    return True


#: The words right before a death cue that make it the predicate of the people a capture or
#: detention cue described ("were arrested and executed", "arrested in May have succumbed",
#: "captured in 1942 were summarily executed"): an auxiliary, or "and" with an adverb of time,
#: an adverb of manner at most after them.
_DEATH_PREDICATE_BEFORE = re.compile(
    r"\b(?:were|was|are|is|been|being|have|has|had|and(?:\s+(?:later|then|subsequently|eventually|finally|since))?)"
    r"\s+(?:(?:later|since|then|subsequently|eventually|finally|all|[a-z]+ly)\s+)?$", re.I)
#: The statuses of a capture or detention (``statuses.csv``).
_HELD_STATUSES = frozenset({"captured", "detained"})


def killed_after_capture(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """People a capture or detention cue describes whose own predicate later in their clause
    kills them ("46 villagers were arrested and executed", "80 people arrested under the
    emergency have succumbed in custody") are killed: the last word of what befell them, as a
    release after a capture is (``freed_after_capture``), not the arrest that came first. The
    death of other people ("were arrested, and 20 were executed") is none.

    >>> [(c["figure"], c["category"], c["status"]) for c in _claims("Witnesses said 46 villagers were detained and executed in May.")]
    [('46', 'casualties', 'killed')]
    >>> [(c["figure"], c["category"], c["status"]) for c in _claims("At least 80 people arrested under the decree have succumbed in jail.")]
    [('80', 'casualties', 'killed')]
    >>> [(c["figure"], c["category"], c["status"]) for c in _claims("Police said 46 villagers were arrested, and 20 were later executed.")]
    [('46', 'other', 'detained'), ('20', 'casualties', 'killed')]
    """
    if ("rrest" not in ctx.text and "etain" not in ctx.text and "aptur" not in ctx.text and "bduct" not in ctx.text
            and "idnap" not in ctx.text and "seiz" not in ctx.text and "held" not in ctx.text):
        return False  # the cheap test first
    if c.status not in _HELD_STATUSES or c.noun is None or c.noun_carried or not counts_people(c.noun):
        return False
    cues = _status_cues(True, c.projected)
    found = [(s, e, cues.get(cue, "")) for s, e, cue in _status_cues_in(ctx.text)
             if c.figure.end <= s < c.clause[1]]
    held = next((e for _s, e, st in found if st in _HELD_STATUSES), None)
    if held is None:
        return False
    death = next((s for s, _e, st in found if s >= held and st == "killed"), None)
    if death is None or not _DEATH_PREDICATE_BEFORE.search(ctx.text, held, death):
        return False
    if any(held <= f.start < death and not _TIME_AFTER_FIGURE.match(ctx.text, f.end) for f in ctx.figures):
        return False  # "were arrested, and 20 were executed": another figure's predicate
    c.status = "killed"
    return True


def rescued_are_other(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """People rescued are other people, whatever noun counts them ("five of the rescued
    sailors", "pulled 40 soldiers from the water alive"): neither a force nor casualties.

    >>> [(c["category"], c["status"]) for c in _claims("Five of the rescued sailors are from Tarn.")]
    [('other', 'rescued')]

    So are those "saved", whatever casualty word a later clause holds:

    >>> [(c["figure"], c["category"]) for c in _claims("Crews saved six people, while 20 people were injured.")]
    [('six', 'other'), ('20', 'casualties')]
    """
    if ("escu" not in ctx.text and "saved" not in ctx.text and "alive" not in ctx.text) \
            or c.status not in RESCUED_STATUSES or c.category == "other" \
            or c.category not in lexicons.people_categories():
        return False
    c.category = "other"
    return True


@cache
def _exchange_words() -> re.Pattern[str]:
    """The phrases of ``exchanges.csv``, longest first (so "exchange of fire" wins)."""
    phrases = lexicons.column("exchanges", "phrase")
    return re.compile(rf"\b(?:{lexicons.alternation(phrases, fold_case=True)})\b", re.I)


@cache
def _exchange_kinds() -> dict[str, str]:
    return {r["phrase"]: r["kind"] for r in lexicons.read_lexicon("exchanges")}


@cache
def _fire_after_exchange() -> re.Pattern[str]:
    """An "of" phrase after an exchange word that ends, past up to four words that say what kind
    it is, in a noun of an exchange of fire (the last words of the ``fire`` rows of
    ``exchanges.csv`` that read "exchange of ..."): "an exchange of rifle grenade and mortar fire",
    "exchanges of sniper shots" trade no people.

    >>> bool(_fire_after_exchange().match(" of rifle grenade and mortar fire")), bool(_fire_after_exchange().match(" of 40 prisoners"))
    (True, False)
    """
    kinds = _exchange_kinds()
    nouns = {p.split()[-1] for p, kind in kinds.items() if kind == "fire" and " of " in p}
    return re.compile(rf"\s+of\s+(?:[a-z][\w-]*\s+(?:and\s+|or\s+)?){{0,4}}(?:{lexicons.alternation(nouns, fold_case=True)})\b", re.I)


def _exchange_starts(text: str) -> list[int]:
    """Where the words of a prisoner exchange start (``exchanges.csv``, kind ``exchange``; "an
    exchange of fire" is none, nor "a fire exchange" or an exchange "of" a kind of fire:
    ``_fire_after_exchange``), for ``exchanged_captives`` and ``counted_in_an_exchange``.

    >>> _exchange_starts("After a prisoner swap, an exchange of fire broke out.")
    [17]
    >>> _exchange_starts("An exchange of mortar and sniper fire, then a fierce gunfire exchange.")
    []
    """
    kinds = _exchange_kinds()
    return [m.start() for m in _exchange_words().finditer(text) if kinds.get(" ".join(m.group(0).lower().split())) == "exchange"
            and not _fire_after_exchange().match(text, m.end())]


#: A relative clause that says the people counted were taken: "who it said were captured".
_OWN_CAPTURE = re.compile(r"\b(?:who|whom)\b[^,;]{0,40}?\b(?:were|was|had\s+been|have\s+been)\s+(?:captured|taken\s+prisoner)\b", re.I)


def exchanged_captives(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """Captives counted in a sentence about a prisoner exchange ("Russia and Ukraine swap
    hundreds of prisoners", "the exchange of 150 prisoners of war", "for the return of 195
    captured soldiers" in a swap) are handed back: other people, released, not casualties.
    The exchange words are those of ``exchanges.csv``; "an exchange of fire" is none.

    >>> [(c["category"], c["status"]) for c in _claims("The two sides swapped prisoners, each receiving 75 POWs.")]
    [('other', 'released')]
    >>> [(c["category"], c["status"]) for c in _claims("After an exchange of fire, 12 soldiers were captured.")]
    [('casualties', 'captured')]

    Outside the figure's clause, an exchange leaves captives that a clause of their own says
    were taken ("..., it would swap prisoners, showing two men who it said were captured"):

    >>> [(c["category"], c["status"]) for c in _claims("Velm offered to swap prisoners, showing two men who it said were captured.")]
    [('casualties', 'captured')]

    A swap to come hands them back too ("Velm and Osk will swap 90 captured soldiers"):

    >>> [(c["category"], c["status"]) for c in _claims("Velm and Osk will swap 90 captured soldiers next week.")]
    [('other', 'to be released')]

    So are captives that only "a total of" counts, an aggregate that says nothing of what befell
    them ("a deal that will free a total of 40 hostages in exchange for 900 prisoners"):

    >>> [(c["figure"], c["category"], c["status"]) for c in _claims(
    ...     "The deal will see a total of 40 hostages come back in exchange for some 900 prisoners.")]
    [('40', 'other', 'to be released'), ('900', 'other', 'to be released')]
    """
    if c.category != "casualties" or (c.status.removeprefix("expected ") != "captured" and not (
            c.status in _AGGREGATE_STATUSES and c.noun is not None
            and ctx.text[c.noun.start:c.noun.end].lower() in _homecomings()[1])):
        return False  # the cheap test first ("a total of 33 hostages": captives all the same)
    spans = _exchange_starts(ctx.text)
    if not spans:
        return False
    if not any(c.clause[0] <= s < c.clause[1] for s in spans) and _OWN_CAPTURE.search(ctx.text, c.figure.end, c.clause[1]):
        return False
    c.category, c.status = "other", "to be released" if c.projected else "released"
    return True


@cache
def _homecomings() -> tuple[re.Pattern[str], frozenset[str]]:
    """The words that send captives home in their clause (``homecomings.csv``, kind move), as
    whole words said of the captives in the passive or with "be" ("were returned", "are now back
    in"; not "they had returned"), and the plurals that count captives (kind captive).

    >>> moves, captives = _homecomings()
    >>> bool(moves.search("were Deported to Tarn")), bool(moves.search("they had returned")), "captives" in captives
    (True, False, True)

    A homecoming to come takes a modal or "to" before the verb ("will soon return to Osk", "would
    live to return home"):

    >>> bool(moves.search("will soon return to Osk")), bool(moves.search("they return to Osk"))
    (True, False)
    """
    rows = lexicons.read_lexicon("homecomings")
    moves = lexicons.alternation(sorted(r["phrase"] for r in rows if r["kind"] == "move"), fold_case=True)
    return (re.compile(rf"\b(?:is|are|was|were|be|been|being|will|would|shall|to)\s+(?:\w+\s+)?(?:{moves})\b", re.I),
            frozenset(r["phrase"] for r in rows if r["kind"] == "captive"))


def captives_sent_home(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """Captives that their clause sends home after the figure (``homecomings.csv``: "90 prisoners
    of war are being returned from Osk", "154 prisoners were deported to Tarn", "all 20 captives
    are now back in Osk") are let go: other people, released, not casualties. A move between
    jails ("30 prisoners were transferred to a new jail") keeps them captive.

    >>> [(c["category"], c["status"]) for c in _claims("Some 154 of the prisoners were deported to Tarn.")]
    [('other', 'released')]
    >>> [(c["category"], c["status"]) for c in _claims("The army said all 20 captives are now back in Osk.")]
    [('other', 'released')]
    >>> [(c["category"], c["status"]) for c in _claims("Police said 30 prisoners were transferred to a new jail.")]
    [('casualties', 'captured')]

    People named in a part of them are sent home with them ("The prisoners, including four
    civilians, were returned in buses"):

    >>> [(c["category"], c["status"]) for c in _claims("The prisoners, including four civilians, were returned in buses.")]
    [('other', 'released')]

    A homecoming to come lets them go too: to be released ("Nine of our prisoners of war will soon
    return to Osk", "he expects dozens of hostages will be returned"):

    >>> [(c["category"], c["status"]) for c in _claims("Osk said nine of its prisoners of war will soon return to Osk.")]
    [('other', 'to be released')]
    """
    if c.category != "casualties" or c.noun is None:
        return False  # the cheap test first
    if _whole_of_a_part(c, ctx):
        return False  # "nine of the 30 fishermen seized in May were reunited ...": the nine, not the 30
    moves, captives = _homecomings()
    status = _status_of_what_befell(c.status.removeprefix("expected").strip() if c.projected else c.status)
    if status != "captured" and not (
            not status and (c.noun_follows or c.noun.end <= c.figure.start)
            and ctx.text[c.noun.start:c.noun.end].lower() in captives):
        return False  # "20 bodies are back in Osk": no captives
    hi = _end_past_dashes(ctx.text, c.clause[1])
    if SUBSET_OPENERS.match(ctx.text, c.clause[0]):  # ", including four civilians, were returned": the whole's verb
        hi = next((e for s, e in ctx.spans if s >= c.clause[1]), hi)
    if not moves.search(ctx.text, c.figure.end, hi):
        return False
    c.category, c.status = "other", "to be released" if c.projected else "released"
    return True


#: "the bodies of" or "the remains of" right before a figure: what it counts are bodies, whatever noun follows.
_BODIES_OF_BEFORE = re.compile(r"\b(?:bodies|remains)\s+of\s+(?:the\s+|some\s+|about\s+|around\s+|at\s+least\s+)?$", re.I)


@cache
def _give_back_cues() -> re.Pattern[str]:
    """The words that hand people or the dead back: the release cues of ``statuses.csv`` and the
    phrases of ``exchanges.csv`` of kind exchange or return ("handed over", "swap", "returned").

    >>> bool(_give_back_cues().search("Osk returned the")), bool(_give_back_cues().search("an exchange of fire"))
    (True, False)
    """
    released = [r["cue"] for r in lexicons.read_lexicon("statuses") if r["status"] in RELEASED_STATUSES]
    kinds = _exchange_kinds()
    back = [p for p, kind in kinds.items() if kind in ("exchange", "return")]
    fire = [p for p, kind in kinds.items() if kind == "fire"]
    return re.compile(rf"\b(?!(?:{lexicons.alternation(fire, fold_case=True)})\b)(?:{lexicons.alternation(released + back, fold_case=True)})\b", re.I)


#: A give-back cue used as a noun ("the repatriation of", "a prisoner exchange"): no verb that hands the bodies back.
_NOMINAL_GIVE_BACK = re.compile(r"\s+of\b|(?<=ion)\b|\s+(?:agreement|deal|talks)\b", re.I)
#: A give-back verb used without an object, of someone going somewhere ("he returned to his village"): it hands nothing back.
_GONE_SOMEWHERE = re.compile(r"\s+(?:to|home|from)\b", re.I)
#: The words between bodies counted and the verb that hands them back as their own predicate: auxiliaries
#: and an aside between commas ("the bodies of 900 soldiers, officials said, have been returned", "40 bodies
#: returned"); a "not" is none ("have not been returned": not handed back).
_GIVEN_BACK_GAP = re.compile(
    r"(?:\s*,[^,]{1,40},)?(?:\s+(?:have|has|had|were|was|are|is|will|would|be|been|being|now|already|also|later|finally))*\s+",
    re.I)


def _given_back_after(c: FigureCandidate, ctx: SentenceContext) -> bool:
    """Whether the figure's own predicate after its noun hands the bodies back ("the bodies of 900
    soldiers have been returned", "with 1,200 bodies returned to Velm"); not one that says they were
    not ("have not been returned").

    >>> [(c["category"], c["status"]) for c in _claims("The bodies of 900 soldiers have been returned.")]
    [('other', 'released')]
    >>> [(c["category"], c["status"]) for c in _claims("The bodies of 900 soldiers have not been returned.")]
    [('casualties', 'killed')]
    """
    if c.noun is None or c.noun.start < c.figure.end:
        return False
    gap = _GIVEN_BACK_GAP.match(ctx.text, c.noun.end)
    if gap is None:
        return False
    cue = _give_back_cues().match(ctx.text, gap.end())
    return cue is not None and not _NOMINAL_GIVE_BACK.match(ctx.text, cue.end())


#: The units of the dead's bodies themselves (``units.csv``): counted, they say nothing of how the dead died.
_BODY_UNITS = ("body", "corpse", "cadaver", "set of remains", "set of human remains")
#: "of" (and "the") between bodies counted and the words that say how they died ("6,000 bodies of fallen soldiers").
_OF_THE_DEAD = re.compile(r"\s+of\s+(?:the\s+)?", re.I)


def _died_after_noun(c: FigureCandidate, ctx: SentenceContext) -> bool:
    """Whether the words of the bodies' counted noun say how they died: the noun itself
    ("the remains of 36 martyrs"), a casualty participle of death right after it ("the bodies of
    100 soldiers killed on Monday") or, after "of", a word of death that only people or a noun
    of people take ("6,000 bodies of fallen soldiers"); not one that says only that they are
    dead, as any thing can be ("909 bodies of deceased soldiers": the dead handed back).

    >>> [(c["category"], c["status"]) for c in _claims("Osk will hand over the bodies of 100 soldiers killed on Monday.")]
    [('casualties', 'expected killed')]
    >>> [(c["category"], c["status"]) for c in _claims("Osk returned 500 bodies of deceased soldiers.")]
    [('other', 'released')]
    """
    assert c.noun is not None
    of = _OF_THE_DEAD.match(ctx.text, c.noun.end)
    for s, e, cue in _status_cues_in(ctx.text):
        rows = [r for r in _statuses().get(cue, ()) if r["status"] == "killed"]
        if not rows:
            continue
        if (s, e) == (c.noun.start, c.noun.end) and c.noun.start > c.figure.end and c.noun.unit not in _BODY_UNITS:
            return True  # "the remains of 36 martyrs"
        if s == c.noun.end + 1 and ctx.text[c.noun.end].isspace() and ctx.text[s:e].lower().endswith("ed"):
            return True  # "soldiers killed since Monday"
        if of is not None and s == of.end() and any(r["applies"] != "any" for r in rows):
            return True  # "bodies of fallen soldiers"
    return False


def bodies_handed_back(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """Bodies of the dead that a side hands back, returns or swaps ("handed over 19 bodies",
    "returned the bodies of 1,000 soldiers", "plans to exchange 6,000 bodies") are no new dead:
    other, released (to be released when projected), as captives handed back are. The cue must
    be a verb of the figure's clause before it (``_give_back_cues``; not a noun: "the
    repatriation of 1,212 bodies" is left as it was), and the figure's noun phrase must say
    nothing of how they died ("the bodies of 6,000 fallen soldiers" are the fallen).

    >>> [(c["category"], c["status"]) for c in _claims("Osk returned the bodies of 900 soldiers on Monday.")]
    [('other', 'released')]
    >>> [(c["category"], c["status"]) for c in _claims("Velm plans to exchange 2,000 bodies.")]
    [('other', 'to be released')]
    >>> [(c["category"], c["status"]) for c in _claims("Medics recovered 40 bodies after troops returned.")]
    [('casualties', 'killed')]
    >>> [(c["category"], c["status"]) for c in _claims("Osk agreed to return the bodies of 600 fallen soldiers.")]
    [('casualties', 'killed')]
    >>> [(c["category"], c["status"]) for c in _claims("Velm will repatriate 2,000 bodies.")]
    [('other', 'to be released')]
    >>> [(c["category"], c["status"]) for c in _claims("Osk handed back the remains of 80 soldiers.")]
    [('other', 'released')]
    >>> [(c["category"], c["status"]) for c in _claims("A farmer said he returned to his village and helped bury 14 bodies.")]
    [('casualties', 'killed')]
    """
    if c.status.removeprefix("expected ") != "killed" or c.category != "casualties":
        return False  # the cheap test first
    at = c.figure.start if c.figure.hedge_start is None else c.figure.hedge_start
    if not ((c.noun is not None and c.noun.unit in _BODY_UNITS
             and c.noun.start > at)
            or _BODIES_OF_BEFORE.search(ctx.text, max(0, at - 30), at)):
        return False
    if not any(not _NOMINAL_GIVE_BACK.match(ctx.text, m.end()) and not _GONE_SOMEWHERE.match(ctx.text, m.end())
               for m in _give_back_cues().finditer(ctx.text, c.clause[0], at)) \
            and not _given_back_after(c, ctx):
        return False
    if c.noun is not None and c.noun.start > c.figure.end and any(
            c.figure.end <= s and e <= c.noun.start for s, e, _cue in _status_cues_in(ctx.text)):
        return False  # "the bodies of 6,000 fallen soldiers": the dead, as the words say
    if c.noun is not None and c.noun.start > c.figure.end and _died_after_noun(c, ctx):
        return False  # "6,000 bodies of fallen soldiers", "the bodies of 100 soldiers killed on Monday"
    c.category, c.status = "other", "to be released" if c.projected else "released"
    return True


#: Words that say people are held yet ("2,500 POWs still in custody", "1,000 remain in camps").
_STILL_HELD = re.compile(r"\b(?:still|remain|remains|remained|remaining)\b", re.I)
#: The statuses a figure handed back in an exchange may have of its own: none, or a total's.
_UNSTATED = frozenset({"", "total"})


@cache
def _came_through() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    """The verbs of ``came_through.csv``: as a whole word where the people's own predicate
    starts, as the verb right before them whose object they are (rows with object yes: "found
    four more"), and the status each gives.

    >>> own, obj, status = _came_through()
    >>> bool(own.match("Escaped")), bool(obj.search("rescuers found another ")), status["located"]
    (True, True, 'found')
    """
    rows = lexicons.read_lexicon("came_through")
    words = lexicons.alternation(sorted(r["phrase"] for r in rows), fold_case=True)
    objects = lexicons.alternation(sorted(r["phrase"] for r in rows if r["object"]), fold_case=True)
    return (re.compile(rf"(?:{words})\b", re.I),
            re.compile(rf"\b(?:{objects})\s+(?:another\s+|a\s+further\s+)?$", re.I),
            {r["phrase"]: r["status"] for r in rows})


#: The words between people counted and their own predicate: a participle that says how they came
#: to be held or missing, with its agent, time or place ("kidnapped by the gang were", "missing since May were"), an aside between commas,
#: auxiliaries and adverbs ("have reportedly", "managed to", "were later").
_OWN_PREDICATE_GAP = re.compile(
    r"(?:\s+[a-z]+(?:ed|en|ing)(?:\s+(?:by|in|from|on|at|during|near|since|last|earlier)\s+[^,;.]{1,40}?)?"
    r"(?=\s+(?:were|was|have|has|had)\b))?"
    r"(?:\s*,[^,]{1,40},)?"
    r"(?:\s+(?:have|has|had|were|was|are|is|been|being|later|also|since|then|successfully|reportedly|eventually"
    r"|subsequently|safely|all|managed\s+to|(?:were\s+)?able\s+to|and(?:\s+later)?))*\s+", re.I)
#: The statuses of people held, missing or counted as victims whom coming through takes out of them.
_PERIL_STATUSES = frozenset({"captured", "missing", "casualties"})
#: An auxiliary of the passive: a verb that takes an object is a predicate of the people after it
#: ("were found"), not alone ("the nine victims found in Tarn": a participle).
_AUXILIARY_IN = re.compile(r"\b(?:were|was|are|is|been|being)\b", re.I)
#: "to be" after "found" ("were found to be missing"): a finding, not people found.
_FOUND_TO_BE = re.compile(r"\s+to\s+be\b", re.I)


def came_through_are_other(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """People held, missing or counted as victims whose own predicate says they came through
    (``came_through.csv``: "about 50 of the girls managed to escape", "two girls kidnapped in May
    were found", "only 12 migrants survived the sinking; the rest are missing"), or whom a verb of
    finding takes as its object ("rescuers found four crew members who went missing"), are no
    longer captives or missing: other people, the verb's status, as those released or rescued are.

    >>> [(c["figure"], c["category"], c["status"]) for c in _claims("Gunmen seized 90 pupils, of whom about 30 managed to escape.")]
    [('90', 'casualties', 'captured'), ('30', 'other', 'escaped')]
    >>> [(c["figure"], c["category"], c["status"]) for c in _claims("Two soldiers missing since May were found on Sunday.")]
    [('Two', 'other', 'found')]

    Not when a word of death or a wound follows the verb, nor a finding:

    >>> [(c["figure"], c["category"]) for c in _claims("Two soldiers missing since May were found dead.")]
    [('Two', 'casualties')]
    >>> [(c["figure"], c["category"]) for c in _claims("A survey found 40 people missing.")]
    [('40', 'casualties')]
    """
    if ("scape" not in ctx.text and "found" not in ctx.text and "Found" not in ctx.text
            and "locate" not in ctx.text and "Locate" not in ctx.text
            and "urviv" not in ctx.text) or c.category not in lexicons.people_categories():
        return False  # the cheap tests first (``RULE_NEEDS``)
    own, obj, statuses = _came_through()
    if c.status not in statuses.values() and (c.category != "casualties"
                                              or c.status.removeprefix("expected ") not in _PERIL_STATUSES):
        return False  # (a status of its own verb: "only nine sailors survived", ``_came_through_right_after``)
    after_noun = c.noun is not None and c.noun_follows and c.noun.start >= c.figure.end
    at = c.noun.end if after_noun and c.noun is not None else c.figure.end
    gap = _OWN_PREDICATE_GAP.match(ctx.text, at)
    verb = own.match(ctx.text, gap.end()) if gap is not None else None
    if verb is not None and gap is not None and obj.search(ctx.text[verb.start():verb.end()] + " ") \
            and not _AUXILIARY_IN.search(ctx.text, gap.start(), gap.end()):
        verb = None  # "the nine victims found in Tarn": a participle of the victims, no predicate
    if verb is not None and any(f.start < verb.start() and f.start > c.figure.end for f in ctx.figures):
        verb = None  # another figure's predicate
    start = c.figure.start if c.figure.hedge_start is None else c.figure.hedge_start
    if verb is None:
        verb = obj.search(ctx.text, max(0, start - 30), start)
        if verb is None or _status_cue_right_after(ctx.text, at):
            return False  # "a survey found 40 people missing": a finding
    word = " ".join(ctx.text[verb.start():verb.end()].lower().split()[:1])
    if _FOUND_TO_BE.match(ctx.text, verb.end()) or _hurt_after(ctx.text, max(verb.end(), at), c.projected):
        return False
    c.category, c.status = "other", statuses.get(word, "")
    return True


def _status_cue_right_after(text: str, at: int) -> bool:
    """Whether a status cue starts right after ``at``, past one space ("found 40 people missing")."""
    return any(at < s <= at + 1 for s, _e, _cue in _status_cues_in(text))


def _hurt_after(text: str, at: int, projected: bool) -> bool:
    """Whether a cue of death or a wound starts in the 30 characters after ``at`` ("were found
    dead", "survived with gunshot wounds")."""
    cues = _status_cues(True, projected)
    return any(at <= s < at + 30 and cues.get(cue, "").removeprefix("expected ") in ("killed", "wounded", "killed or wounded")
               for s, _e, cue in _status_cues_in(text))


def counted_in_an_exchange(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """Soldiers or captives a sentence about a prisoner exchange counts with nothing said of
    what befell them ("the sides swapped prisoners, each bringing home 95 soldiers", "the return
    of 185 soldiers, while Velm said the exchange involved 185 POWs") are those handed back:
    other people, released, neither a force nor casualties (``exchanges.csv``; "an exchange of
    fire" is none).

    >>> [(c["category"], c["status"]) for c in _claims("The two armies completed a swap, each bringing home 60 soldiers.")]
    [('other', 'released')]
    >>> [(c["category"], c["status"]) for c in _claims("After an exchange of fire, 60 soldiers held the ridge.")]
    [('troops', '')]

    An exchange leaves those the figure's clause says are held yet ("... have been
    repatriated, and the ministry counts 2,500 POWs still in custody"):

    >>> [(c["category"], c["status"]) for c in _claims("Velm says 900 men were repatriated, and 2,500 POWs still wait in camps.")]
    [('other', 'released'), ('casualties', '')]
    """
    if c.status not in _UNSTATED or c.category not in ("troops", "casualties") or not counts_people(c.noun):
        return False  # the cheap test first
    spans = _exchange_starts(ctx.text)
    if not spans:
        return False
    if _STILL_HELD.search(ctx.text, c.figure.end, c.clause[1]):
        return False
    c.category, c.status = "other", "released"
    return True


def part_of_released(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """People a figure counts by pointing back to captives just counted as let go ("Velmar
    freed 200 prisoners. Of them, 120 were serving long terms, 16 were sent abroad") are let go
    too: other people with that status, whatever their counted noun says they were.

    >>> [(c["figure"], c["category"]) for c in _claims("Ostria freed 90 prisoners. Of the 90 freed prisoners, 60 were serving life terms.")]
    [('90', 'other'), ('60', 'other')]

    A figure whose own predicate says they were detained keeps it ("Another 500 had been detained"):

    >>> [(c["figure"], c["category"], c["status"]) for c in _claims("Ostria freed 90 prisoners. Another 500 had been detained since May.")]
    [('90', 'other', 'released'), ('500', 'casualties', 'detained')]
    """
    last = art.last_kept
    if c.category != "casualties" or last is None or last[2] not in RELEASED_STATUSES:
        return False  # the cheap test first
    if c.noun_follows or c.status.removeprefix("expected ") in CASUALTY_STATUSES \
            or not 0 <= ctx.sentence.sentence - last[0] <= 1:
        return False  # "30 prisoners were killed": a status of their own
    if c.status in _HELD_STATUSES and _BARE_SUBJECT.match(ctx.text, c.figure.end):
        return False  # "another 500 had been detained": a predicate of their own, not "hundreds detained in ..."
    c.category, c.status = "other", last[2]
    return True


#: What opens a list of the people a release or swap let go, after its cue ("the prisoners freed
#: overnight included", "the release of the captives comprised", "freed 140 captives — ").
_RELEASE_LIST_OPENER = re.compile(
    r"\b(?:includ(?:ed|es|e|ing)|compris(?:ed|es|e|ing)|consist(?:ed|s|ing)?\s+of|made\s+up\s+of)\b"
    r"|[—–:]|\s-{1,2}\s", re.I)
#: What may stand right before an item of such a list: its opener or a joint of the list.
_RELEASE_LIST_JOINT = re.compile(
    r"(?:[,—–:]|\s-{1,2}|\band|\bas\s+well\s+as|\bplus|\balong\s+with|\bincludes?|\bincluded|\bincluding"
    r"|\bcompris(?:ed|es|e|ing)|\bof)\s+$", re.I)
#: What ends such a list before a figure: another clause ("but", "while", a reporting verb).
_RELEASE_LIST_BREAK = re.compile(
    r";|\b(?:while|whereas|but|yet|although|though|after|before|when|since|said|says|say|told|added)\b", re.I)
#: A finite verb of the item's own ("12 soldiers were captured"), no participle that tells its past.
_OWN_FINITE_VERB = re.compile(r"[^,;:—–]{0,25}?\b(?:were|was|are|is|have|has|had|remain(?:s|ed)?)\b", re.I)


#: Statuses an item of a release's list keeps: a harm that befell it, or a release of its own.
_NOT_LET_GO = ((CASUALTY_STATUSES - {"captured"}) | {"expected " + s for s in CASUALTY_STATUSES} | RELEASED_STATUSES
               | RESCUED_STATUSES)


def listed_in_a_release(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """People counted as an item of a list that a release opens ("Tarn freed 140 captives — 95
    soldiers, 40 guards and five medics", "the prisoners let go overnight included 300 men, as
    well as 96 prisoners serving long terms") are let go with the rest: other people, released,
    whatever noun counts them, and a participle of the item that tells how they were taken
    ("nine prisoners jailed for theft") is their past, not their state. The list must follow
    the release's cue (``statuses.csv``) with no other clause between ("freed 30 hostages, but
    still holds 80 soldiers"), and the item's own finite verb keeps its status ("and 12 soldiers
    were captured").

    >>> [(c["figure"], c["category"], c["status"]) for c in _claims("Tarn freed 140 captives — 95 soldiers and five medics.")]
    [('140', 'other', 'released'), ('95', 'other', 'released'), ('five', 'other', '')]
    >>> [(c["figure"], c["category"]) for c in _claims("Its release included 900 villagers, and 75 prisoners from its jails.")]
    [('900', 'other'), ('75', 'other')]
    >>> [(c["figure"], c["category"]) for c in _claims("Osk freed 30 hostages, but it still holds 80 soldiers.")]
    [('30', 'other'), ('80', 'troops')]
    >>> [(c["figure"], c["category"]) for c in _claims("The army released footage of the raid: 40 soldiers and 12 officers.")]
    [('40', 'troops'), ('12', 'troops')]
    """
    if ("nclud" not in ctx.text and "ompris" not in ctx.text and "onsist" not in ctx.text
            and "made up of" not in ctx.text and "—" not in ctx.text and "–" not in ctx.text and ":" not in ctx.text
            and " - " not in ctx.text and " -- " not in ctx.text) \
            or c.category not in ("troops", "casualties") or c.status in _NOT_LET_GO:
        return False  # the cheap test first: a list's opener, people of a force or held
    if c.noun is None or not counts_people(c.noun) or c.noun_carried:
        return False
    text = ctx.text
    at = c.figure.start if c.figure.hedge_start is None else min(c.figure.start, c.figure.hedge_start)
    cues = _status_cues(True, c.projected)
    release = [(s, e, cues[cue]) for s, e, cue in _status_cues_in(text) if e <= at and cues.get(cue) in RELEASED_STATUSES]
    if not release:
        return False
    cue_start, cue_end, status = release[-1]
    if (_frames_the_cue(text, max(0, cue_start - 50), cue_start) or _cue_on_a_thing().match(text, cue_end)
            or _thing_before_cue().search(text, max(0, cue_start - 40), cue_start)):
        return False  # "The figures were released: 900 soldiers", "released a video of": no people let go
    opener = _RELEASE_LIST_OPENER.search(text, cue_end, at)
    if opener is None or opener.start() - cue_end > 80 or at - cue_end > 240:
        return False
    if _RELEASE_LIST_BREAK.search(text, cue_end, at) or not _RELEASE_LIST_JOINT.search(text, max(0, at - 20), at):
        return False
    if c.status and _OWN_FINITE_VERB.match(text, c.noun.end):
        return False  # "and 12 soldiers were captured": a clause of its own
    c.category, c.status = "other", status
    return True


def listed_under_casualty_heading(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """An item of a list whose introduction or heading counts the dead or hurt ("the deaths
    are as follows:", "Civilian fatalities") counts people with that status when it names
    none of its own ("65 civilians, including 13 children").

    >>> text = "The monitor recorded 90 deaths; they are as follows:\\n\\nCivilian fatalities\\n\\n60 civilians."
    >>> [(c["figure"], c["category"], c["status"]) for c in _claims(text)]
    [('90', 'casualties', 'killed'), ('60', 'casualties', 'killed')]
    """
    heads = art.attribution.list_heads
    if not heads or art.attribution.listing is None or c.status or c.category == "casualties":
        return False
    if not counts_people(c.noun):
        return False
    status = _casualty_status_of_heads(tuple(heads))
    if status is None:
        return False
    c.category, c.status = "casualties", status
    return True


@lru_cache(maxsize=64)
def _casualty_status_of_heads(heads: tuple[str, ...]) -> str | None:
    """The casualty status the latest of a list's introduction and headings names, if any.

    >>> _casualty_status_of_heads(("The deaths are as follows:", "Non-civilian fatalities", "-40 soldiers:"))
    'killed'
    """
    cues = _status_cues(True, False)
    for head in reversed(heads):
        for _s, _e, cue in reversed(_status_cues_in(head)):
            status = cues.get(cue)
            if status is not None and status in CASUALTY_STATUSES:
                return status
    return None


#: "Among the civilians were" / "Among the civilians, ": the group a sentence opens with.
_AMONG_GROUP = re.compile(r"\s*among\s+(?:the\s+|those\s+|these\s+)?(?:[\w'’-]+\s+){0,2}?([\w'’-]+)\s*(?:,|\s(?:were|are|was|is)\b)", re.I)


def among_casualties_opener(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """A sentence that opens with people a casualty claim just counted ("Raids killed 40
    people, 12 of them civilians. Among the civilians were three women and two children.")
    breaks them down: its people are casualties with that status.

    >>> [(c["figure"], c["category"]) for c in _claims("Raids killed 40 people in Velmar. Among the people were three women and two boys.")]
    [('40', 'casualties'), ('three', 'casualties'), ('two', 'casualties')]
    """
    last = art.last_kept
    if c.category == "casualties" or last is None or last[1] != "casualties" or ctx.text.lstrip()[:6].lower() != "among ":
        return False  # the cheap test first
    if c.category not in lexicons.people_categories() or c.status.removeprefix("expected ") in CASUALTY_STATUSES:
        return False
    if not 0 <= ctx.sentence.sentence - last[0] <= 1:
        return False
    m = _AMONG_GROUP.match(ctx.text)
    group = lookup_unit(m.group(1).lower()) if m and m.end() <= c.figure.start else None
    if group is None or group[1] not in lexicons.people_categories():
        return False
    c.category, c.status = "casualties", last[2]
    return True


@cache
def _tally_includes() -> re.Pattern[str]:
    """A sentence that opens with a count given before, pointed back to ("That number", "The
    yearly tally"; a word of ``aggregates.csv``), and says what it holds ("includes").

    >>> bool(_tally_includes().match("The yearly tally included 90 guards")), bool(_tally_includes().match("The guards included 90"))
    (True, False)
    """
    words = lexicons.alternation(lexicons.column("aggregates", "word"), fold_case=True)
    return re.compile(rf"\W*(?:this|that|the|its|their|these|those)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{words})s?"
                      r"\s+(?:\w+\s+)?(?:includes?|included|including)\b", re.I)


def counted_in_a_toll(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """People that a casualty count given just before holds ("Some 900 people have died. That
    number includes 40 civilians") are a part of it: casualties with its status, whatever noun
    counts them, when nothing is said of what happened to them.

    >>> [(c["figure"], c["category"]) for c in _claims("About 900 people have died. The toll includes dozens of civilians.")]
    [('900', 'casualties'), ('dozens', 'casualties')]
    >>> [(c["figure"], c["category"]) for c in _claims("About 900 soldiers arrived. The total includes dozens of medics.")]
    [('900', 'troops'), ('dozens', 'other')]
    """
    last = art.last_casualty
    if c.category == "casualties" or c.status or last is None or "nclud" not in ctx.text:
        return False  # the cheap test first
    if not 0 <= ctx.sentence.sentence - last[0] <= 3:
        return False
    if not counts_people(c.noun):
        return False  # "The total includes 40 depots": things
    opener = _tally_includes().match(ctx.text)
    if opener is None or opener.end() > c.figure.start:
        return False
    c.category, c.status = "casualties", last[1]
    return True


def classified_part_of_casualties(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """A figure that says who some of the people just counted as casualties were ("3,785
    Palestinians were killed. 1,524 were children.") is a casualty claim with their status.

    >>> [(c["figure"], c["category"]) for c in _claims("At least 900 people died. Some 310 were children.")]
    [('900', 'casualties'), ('310', 'casualties')]
    """
    last = art.last_kept
    if c.category == "casualties" or last is None or last[1] != "casualties":
        return False
    if not 0 <= ctx.sentence.sentence - last[0] <= 1:
        return False
    if "noun_after_copula" not in c.fired:
        return False  # "1,000 were sent home": a status, not who they were
    c.category, c.status = "casualties", last[2]
    return True


def pointer_keeps_casualty(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """A figure that points back to what the last claim counted ("the number", "the figure")
    and says nothing of its own about what happened to them counts casualties when that claim
    did ("15,000 people have died. Other groups put the number at 40,000.").

    >>> [(c["figure"], c["category"]) for c in _claims("About 9,000 people have died. Aid groups put the number at 12,000.")]
    [('9,000', 'casualties'), ('12,000', 'casualties')]

    A bare figure whose own predicate says something else of them ("More than 800 have been
    stopped at the border") is no such pointer (docs/claims.md: a figure whose own clause has a
    verb of its own):

    >>> [(c["figure"], c["category"]) for c in _claims("At least nine people have died in the forest. "
    ...     "More than 800 have been stopped at the border.")]
    [('nine', 'casualties'), ('800', 'other')]
    """
    last = art.last_kept
    if c.category == "casualties" or c.status or last is None or last[1] != "casualties":
        return False
    if not c.noun_carried or not 0 <= ctx.sentence.sentence - last[0] <= 1:
        return False
    if _own_predicate_after_bare(ctx.text, c.figure):
        return False
    c.category, c.status = "casualties", last[2]
    return True


#: A passive or perfect right after a bare figure: its own predicate ("800 have been stopped").
_OWN_PASSIVE_AFTER = re.compile(
    r"\s+(?:have|has|had|were|was|are|is)\s+(?:been\s+)?(?:[a-z]{3,}ly\s+)?[a-z]{2,}(?:ed|en)\b", re.I)
#: A determiner right before a figure: "the 1,157" names a group counted before.
_DETERMINER_BEFORE = re.compile(r"\b(?:the|these|those)\s+$", re.I)


def _own_predicate_after_bare(text: str, fig: Figure) -> bool:
    """Whether a bare figure has a predicate of its own right after it: a passive or a perfect
    ("800 have been stopped"), or a finite verb (``_bare_subject_verb``: "76 escaped"); not
    after "the" ("the 1,157 estimated to be recoverable": the group named before), nor a frame
    of hearsay ("are believed to be").

    >>> t = "More than 800 have been stopped. For the 1,157 estimated to be found, 40 estimated to be held."
    >>> [_own_predicate_after_bare(t, f) for f in find_figures(t)]
    [True, False, False]
    """
    if _DETERMINER_BEFORE.search(text, max(0, fig.start - 8), fig.start):
        return False
    m = _OWN_PASSIVE_AFTER.match(text, fig.end)
    end = m.end() if m is not None else None
    if m is None:
        m = _bare_subject_verb().match(text, fig.end)
        end = m.end("verb") if m is not None else None
    return end is not None and _TO_BE.match(text, end) is None


#: "to be" after a verb: a frame of hearsay or estimate ("are believed to be", "estimated to be").
_TO_BE = re.compile(r"\s+to\s+be\b", re.I)


@cache
def _remainder_opener() -> re.Pattern[str]:
    """The openers of a sentence that counts the rest of the people counted before it
    (``remainder`` rows of ``continuations.csv``)."""
    rows = lexicons.read_lexicon("continuations")
    openers = lexicons.alternation((r["opener"] for r in rows if r["position"] == "remainder"), fold_case=True)
    return re.compile(rf"[\"“‘']?(?:{openers})\b(?!\s+of\b)", re.I)  # not "the rest of the troops"


def remainder_keeps_casualty(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """People counted in a sentence that opens with the rest of a group the sentence before
    counted as casualties ("Most of the 900 dead were farmers. The rest were from the army –
    120 conscripts and 40 who had deserted.") are casualties with that status, whatever their
    own words say they were doing.

    >>> rows = _claims("Farmers, at 700, were most of those killed. The rest were from the army – 120 soldiers and 40 who had deserted to fight.")
    >>> [(c["figure"], c["category"], c["status"]) for c in rows]
    [('700', 'casualties', 'killed'), ('120', 'casualties', 'killed'), ('40', 'casualties', 'killed')]
    >>> [c["category"] for c in _claims("About 900 people died. The rest of the 3,000 troops went home.")]
    ['casualties', 'troops']
    """
    last = art.last_kept
    if c.category == "casualties" or last is None or last[1] != "casualties" or ctx.text[:1] not in "T\"“‘'":
        return False  # the cheap test first
    if c.category not in lexicons.people_categories() or c.status.removeprefix("expected ") in CASUALTY_STATUSES:
        return False
    if not 0 <= ctx.sentence.sentence - last[0] <= 1 or not _remainder_opener().match(ctx.text):
        return False
    c.category, c.status = "casualties", last[2]
    return True


def part_of_casualties_points_back(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """A part that points back to the people the sentence just counted as casualties ("20,000
    of his men died, about half of them conscripts sent from the reserve") is a part of the
    dead: a casualty claim with their status, whatever its own words say the people were.

    >>> [(c["figure"], c["category"]) for c in _claims("About 8,000 men died, a third of them recruits mobilised in May.")]
    [('8,000', 'casualties'), ('a third', 'other')]

    "of others" names other people, no part of the dead ("killed hundreds and uprooted
    thousands of others": the uprooted):

    >>> [(c["figure"], c["status"]) for c in _claims("The floods killed dozens of people and uprooted thousands of others.")]
    [('dozens', 'killed'), ('thousands', 'displaced')]
    """
    last = art.last_kept
    if c.category == "casualties" or last is None or last[1] != "casualties" or last[0] != ctx.sentence.sentence:
        return False
    if c.category not in lexicons.people_categories():
        return False
    of = _OF_POINTER.match(ctx.text, _percent_end(ctx.text, c.figure))
    if of is None or of.group(1).lower() not in lexicons.word_set("links", "word", "link", "anaphor"):
        return False  # "half of them", "a third of those": a part of what was just counted
    if of.group(1).lower() == "others":
        return False  # "thousands of others": people besides those counted, not a part of them
    c.category, c.status = "casualties", last[2]
    return True


_OF_POINTER = re.compile(r"\s+of\s+(\w+)")


#: A figure that a running total reaches: "..., bringing the total to 206,000".
_RUNNING_TOTAL = re.compile(
    r"\b(?:bring|brings|bringing|brought|take|takes|taking|took|push|pushes|pushing|pushed|rais(?:e|es|ed|ing)"
    r"|lift|lifts|lifted|lifting)\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){0,2}?(?:total|toll|tally)\b"
    r"(?:[^.;:,]|,(?=\d)){0,60}?\bto\s+$", re.I)


def running_total(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """A figure that a running total reaches ("480 were killed on Friday, bringing the total
    to 206,200") counts what the figure before it in the sentence counts, with its status.

    >>> [(c["figure"], c["category"]) for c in _claims("Kyiv said Russia lost 610 soldiers, bringing the total to 200,590.")]
    [('610', 'casualties'), ('200,590', 'casualties')]
    """
    last, at = art.last_kept, c.figure.start if c.figure.hedge_start is None else c.figure.hedge_start
    if c.figure.percent and last is not None and last[0] == ctx.sentence.sentence:
        return False  # "4,000 soldiers were hurt, a third of the corps": the count stays the last (``remember_noun``)
    art.last_kept = (ctx.sentence.sentence, c.category, c.status)
    if c.category == "casualties":
        art.last_casualty = (ctx.sentence.sentence, c.status)
    if last is None or last[0] != ctx.sentence.sentence or c.noun_follows:
        return False
    if not _RUNNING_TOTAL.search(ctx.text, max(0, at - 120), at):
        return False
    c.category, c.status = last[1], last[2]
    art.last_kept = (ctx.sentence.sentence, c.category, c.status)
    if c.category == "casualties":
        art.last_casualty = (ctx.sentence.sentence, c.status)
    return True


_MIGHT_BE_LOST = re.compile(r"\b(?:could|might|may|would)\s+(?:all\s+)?be\s+(?:lost|killed|wiped\s+out|destroyed)\b", re.I)


def share_is_other(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """A share is no count of people or things: a percentage or a fraction word ("about half of
    those killed", "nearly 40% of the troops") is category ``other``, as its measure is; it keeps
    the status of what it is a share of. The rules before it read the share's category as what
    it is a share of (``running_total`` hands that on), so this step comes after them.

    >>> [(c["figure"], c["category"], c["status"]) for c in _claims("About 9,000 soldiers were killed, and half of them were convicts.")]
    [('9,000', 'casualties', 'killed'), ('half', 'other', 'killed')]
    """
    if not c.figure.percent or c.category == "other":
        return False
    c.category = "other"
    return True


def rate(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """A rate's period (``relations.rate_period``): "about 92 men a day" is per day.

    >>> [(c["value_low"], c["per"]) for c in _claims("Russia loses about 92 men a day.")]
    [(92, 'day')]
    """
    c.per = rate_period(ctx.text, c.figure.start, c.figure.end, c.clause)
    return bool(c.per)


def claimant(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """Who says so (see ``attribute.ArticleAttribution.claimant_for``).

    >>> [c["claimant"] for c in _claims("Zelensky said 10,000 troops could join.")]
    ['Zelensky']
    """
    c.who = art.attribution.claimant_for(ctx.mentions, ctx.text, (c.figure.start, c.figure.end), c.clause)
    if c.population and c.who.how == "carried":
        c.who = Attribution(UNATTRIBUTED, "", "none")  # a place's population: background, never carried
    ctx.attributed.append(c.who)
    return c.who.claimant != UNATTRIBUTED


def place(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """The places named in the figure's clause (``places.locative_places``).

    >>> [c["place"] for c in _claims("1,500 troops arrived in Kursk.")]
    ['Kursk']
    """
    if ctx.located is None:  # once per sentence, and only for one with a claim
        ctx.located = locative_places(ctx.text, art.countries)
    labels: list[str] = []
    for p in within(ctx.located, c.clause):
        if p.label not in labels:
            labels.append(p.label)
    c.place = "; ".join(labels)
    return bool(labels)


def time_ref(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> bool:
    """The time expression of the figure's clause, else of the sentence outside the clauses
    of figures it is compared with ("10,000 shells a day, down from 60,000 in 2022": 2022 is
    the 60,000's).

    >>> [c["time_ref"] for c in _claims("1,500 troops have arrived since October.")]
    ['since October']

    A time expression inside a clause that "since" opens dates where the count starts: the
    count runs up to the article's day, so the expression is read from "since" on.

    >>> [c["time_ref"] for c in _claims("The UN says 12 million have fled since the war began in April 2023.")]
    ['since the war began in April 2023']

    Not when the figure stands between "since" and the expression: the clause of time closed
    before it ("the toll since Tuesday rose to 16 on Sunday").

    >>> [c["time_ref"] for c in _claims("The toll of dead civilians since last Tuesday rose to 16 on Sunday.")]
    ['on Sunday']
    """
    text, rx = ctx.text, time_ref_pattern()
    others = [] if c.compared else ctx.compared_clauses
    m = rx.search(text, *c.clause)
    lo = c.clause[0]
    if m is None and c.clause != (0, len(text)):  # a clause that is the whole sentence was read whole
        m = next((t for t in rx.finditer(text) if not any(a <= t.start() < b for a, b in others)), None)
        lo = 0
    start = m.start() if m else 0
    if m is not None and not m.group(0).lower().startswith("since"):
        opened = _since_opening(text, lo, m.start())
        if opened is not None and not opened < c.figure.start < m.start():  # "since Tuesday rose to 16 on Sunday"
            start = opened
    c.time_ref = " ".join(text[start:m.end()].split()) if m else ""
    return bool(c.time_ref)


#: "since" opening a clause of time before a time expression inside it ("since the war began
#: in April 2023"), no stop between; not the adverb after an auxiliary ("have since fled").
_SINCE_OPENING = re.compile(r"(?<!\bhave\s)(?<!\bhas\s)(?<!\bhad\s)\b[Ss]ince\s+(?:[^\s,;:—–()]+\s+){1,10}$")


def _since_opening(text: str, lo: int, at: int) -> int | None:
    """Where a "since" opens the clause of time that holds the time expression at ``at``:
    the count runs from then up to now, so the expression is read from "since" on.

    >>> text = "12 million have been displaced since the war began in April 2023."
    >>> text[_since_opening(text, 0, text.index("in April")):]
    'since the war began in April 2023.'
    >>> _since_opening("540 have since fled in May", 0, 19) is None
    True
    """
    m = _SINCE_OPENING.search(text, lo, at)
    return m.start() if m else None


#: The rules every figure goes through, in this order: each reads what the rules before it
#: decided. First what the figure counts (a figure that counts nothing known is dropped), then
#: the claim's hedge, modality, status, category, claimant, place and time. ``explain`` prints
#: the rules that fired for a figure.
FIGURE_RULES: tuple[Rule, ...] = (
    inside_claimant_name,
    counted_beside_a_source,  # "citing one Velmari and two Osk officials": sources, no count
    counted_beside_a_speaker,  # "..., two residents and a police source said": speakers, no count
    number_in_a_name,  # "a Kestrel 9 launcher": part of a model's name, no count
    number_naming_a_formation,  # "Velm's 123 Brigade": a formation's number, no count
    hyphened_to_uncounted,  # "a five-nation force": a modifier of what follows, no count
    parties_of_a_relation,  # "the two neighbours": states named before, no count
    one_of_a_set,  # "one of three members of the alliance": the size of a set, no count
    one_and_the_other,  # "one guard stood while the other ...": one of a pair, no count
    one_person_speaks,  # "One soldier admitted that ...": a speaker, no count
    one_enumerates,  # "represents: one, a grave escalation": a list's first point, no count
    the_one_points_back,  # "a lower figure than the one given by": a thing named before, no count
    one_speaker_described,  # "One resident of Tarn who asked not to be named said": a speaker, no count
    one_uncounted_thing,  # "at one point", "one more step": no count
    ratio_for_every,  # "one officer for every 1,000 people": a ratio, no count
    place_population,  # "Vell, a city of 900,000 people": a place's population, background; "a town of 5,000 homes": no count
    household_size,  # "a mother of four": a household's size, no count of the war
    percent_change,  # "a 26% casualty increase": the size of a change, no share
    share_of_a_place,  # "a quarter of Velmar territory": how much land, no share of people
    share_of_an_uncounted_noun,  # "at about 30% capacity": a share of capacity, no claim
    measured_not_counted,  # "a range of 2,000 km (1,240 miles)": a distance, no count
    measure_named_before,  # "a magnitude 6.1 earthquake": the size of a thing, no count
    age_after_a_person,  # "a boy, 10, was hurt": the boy's age, no count
    noun_written_after,
    abbreviated_status_row,  # "137,899 KIA", "1,060 MIA or POW": a tally's row, people of that status
    determiner_then_uncounted,  # "three more attacks", "21 such operations": events, no claim
    share_of_uncounted_pointed,  # "nearly half of those raids": a share of events, no claim
    uncounted_head_before_its_noun,  # "60 raids targeting cargo ships": events, no claim
    coordinated_thing_before_its_noun,  # "dozens of homes and vehicles": homes, a thing no lexicon lists
    plural_modifies_a_thing,  # "some 90 munitions plants": plants, not munitions
    noun_modifies_a_compound,  # "900 bomb disposal experts": experts, not bombs
    tally_line_item,  # "tanks — 1,204 (+3) units;", "helicopters — 326 units": what the label names
    modifies_an_uncounted_noun,  # "100 drone and missile attacks": events, no claim
    share_of_named_total,
    share_in_brackets,  # "the bulk (80 percent) of the dead": a share of the dead
    share_before_a_share,  # "44% and 19% of casualties": the first a share of casualties too
    share_in_brackets_after_a_count,  # "72 prisoners (27%)": a share of the prisoners
    part_out_of_named_total,  # "700 out of the 900 soldiers"
    number_of_named_after,  # "put at 9,000 the number of troops"
    number_of_uncounted_before,  # "the number of attacks rose to 60": events, no claim
    share_of_unlisted_thing,  # "80 percent of the region's hospitals": a share of things
    share_of_a_stock,  # "a third of its ammunition": a share of munitions
    share_of_people_in_a_state,  # "a quarter of the displaced": a share of people
    share_of_uncounted,
    word_share_of_uncounted,  # "two-thirds of its capacity": a share of nothing counted
    counts_an_unlisted_thing,  # "destroyed 40 homes": a thing no lexicon lists, category other
    named_group_in_a_state,  # "six Velmists were killed": a people's name no lexicon lists, a status of people
    part_of_unlisted_whole,  # "shut two of its five bunkers": the bunkers, a thing no lexicon lists
    tally_points_back,  # "900 pieces of ammunition ... a further 400 pieces": munitions
    counts_an_uncounted_noun,  # "over five Russian regions": a count of something not counted
    uncounted_head_after_a_modifier,  # "a total of 444 terror attacks": events, no claim
    noun_written_before,
    plural_by_the_vague,  # "Refugees by the thousands": the plural before
    casualty_subject_of_copula,  # "troop losses in that war were 15,000": the subject's noun
    among_group_opener,
    among_group_before,  # "that among the troops sent to Russia, 600 have died": troops
    noun_after_copula,
    compared_points_back,
    contrasted_points_back,  # '1,300 drones - not "a few hundred"': the same drones
    part_points_back,
    part_of_opening_whole,  # "Of the 3,000 troops, 2,600 ... while 400 ...": troops
    bare_figure_points_back,
    absolute_with_points_back,  # "6,000 soldiers, with 1,000 already having arrived": soldiers
    share_after_share,  # "22% of the dead ... and 8% in the north": the same whole
    bare_people_status,
    bare_displaced_people,  # "about 1.4 million have been displaced": people, none named before
    bare_driven_from_homes,  # "driving tens of thousands from their homes": people, displaced
    bare_left_without,  # "left hundreds of thousands without power": people
    bare_vague_put_in_a_state,  # "forced millions off the land": people
    bare_object_of_casualty_participle,  # "..., killing 12 and wounding dozens": people
    bare_rate_points_back,
    pronoun_complement_points_back,
    changed_to_points_back,  # "increase that to 500,000": what the figure changed counted
    changed_from_figure_to,  # "climbed from 558 to 569": what the first figure counted
    hedged_object_points_back,
    elliptic_participle_item,  # "310 guns had been seized, 42 damaged and 17 abandoned"
    coordinated_bare_figure,
    coordinated_status_object,  # "seized one tanker and sank two": tankers
    contrasted_subject_points_back,  # "Five drones crashed, while one flew on": drones
    listed_after_a_name,
    coordinated_with_next,
    listed_before_counted_figure,  # "30, 26, 17 and 8 people": people all
    changed_from_figure_to_next,  # "increased its output from roughly 600 to 950 rounds": rounds both
    listed_in_a_series,  # "410 in Arden, 95 in Tarvo": what the first item counts
    first_item_of_a_breakdown,  # "included 13 from Tarn, 10 from Osk": what was counted right before
    part_in_dashes_points_back,  # "Four guards - three from Tarn and one from Velm -": guards
    another_points_back,  # "downed 30 drones while jammers downed another 12": drones
    gapped_object_points_back,  # "promised 40 howitzers, while Velm has pledged 12": howitzers
    object_of_which_points_back,  # "the missiles, of which it shot down two, ...": missiles
    included_by_a_counted_subject,  # "the fatalities include 60 from Tarn": fatalities
    gapped_item_points_back,  # "three of the trucks are for X, 19 for Y": trucks
    sequence_step_points_back,  # "first sending 40, then 25, followed by 12": what was counted before
    more_of_the_uncounted,  # "90 raids on Monday and 40 more": raids again, no claim
    others_point_back,  # "30 prisoners left, while 120 others were flown out": prisoners
    bare_subject_of_a_verb,  # "while at least 76 escaped the attack": what was counted before
    pointer_resolved,
    hurt_are_people,  # "thousands have been killed" after drones: people
    bare_vague_subject_people,  # "witnesses said thousands had gathered": people
    hurt_pointer_is_people,  # "a drone strike ... wounded two others": people
    hurt_pointer_subject_is_people,  # "... three others were wounded" after drones: people
    sunk_pointer_is_thing,  # "attacked four boats of the Coastal Forces, sinking three of them": boats
    toll_counts_the_dead,  # "The toll from the clashes has passed 1,300": the dead
    count_in_brackets_after_its_noun,  # "of all fatalities in 2023 (416)": fatalities
    not_counted,
    definite_repeat,  # "The 13 hostages" after "13 nationals": the same group, no new claim
    remember_noun,
    hedge_after_noun,
    modality,
    status,
    object_of_a_release,  # "rescued 17 of the 90 pupils abducted": rescued, not captured
    freed_after_capture,  # "49 migrants were abducted and later rescued": rescued, not captured
    killed_after_capture,  # "46 people were arrested and executed": killed, not detained
    remains_of_the_dead,  # "the remains of 24 people": the dead
    part_takes_the_verb,  # "900 of the 5,000 convicts recruited ... died": the 900 died
    gapped_status,  # "700 died in 2019; 650 people in 2020": the verb left out is the first's
    whole_out_of_keeps_its_noun,  # "300 troops out of some 2,000 have been killed": 2,000 troops
    opening_whole_not_hurt,  # "of the 12,000 troops in Tarn, about a third had been killed": 12,000 troops
    part_in_dashes_of_casualties,  # "40 civilian deaths in Tarvo—12 women and nine children—": the dead too
    listed_after_casualty_count,  # "18 people died: one officer, 16 gunmen": the dead too
    gapped_others,  # "six people died as they queued ... and 15 others in the Old Quarter": killed too
    state_of_its_own_item,  # "12 with burn wounds, 75 in stable health": the 75 unhurt
    group_named_before,  # "seized the crew. They are holding the 30 crew members": captured
    status_of_others,  # "relatives of those who were killed": the status is the others'
    counted_speakers,  # "40 villagers who told of killings": witnesses, no casualties
    status_in_a_later_relative,  # "5,000 troops ... towns that were seized": the towns'
    status_of_a_task_object,  # "900 workers to rebuild bridges destroyed in May": the bridges'
    active_casualty_verb,  # "after the militia captured the city": what someone did
    casualty_verb_of_a_degree,  # "the armies have lost little, with 9,000 villagers ...": no one lost
    foe_in_a_fight,  # "died during clashes against hundreds of rebels": the other side
    doers_of_an_action,  # "raids by some 300 gang members", "for 200 rebels to overrun": the doers
    status_of_their_thing,  # "3,000 families saw their houses destroyed": the houses', not theirs
    population_has_no_status,  # "rebels seized the city of 2 million people": the city's people, not captured
    state_left_on_another_figure,  # "500 gunmen left 40 people dead": the 40 are dead, not the 500
    losses_replaced,  # "1,500 reinforcements to replace its losses": the losses are others'
    injuries_received,  # "have received minor injuries": wounded
    casualty_subject,  # "combat losses reached 332,810 troops": the subject's status
    headline_casualty,  # "8,000 convicts enlisted to fight killed: X": a headline's predicate
    whole_before_its_part,
    among_the_hurt,  # "Nine pupils were among the 17 killed": a part of the hurt
    hurt_unlisted_are_people,  # "killed four ferry riders": a plural no lexicon lists, hurt, is people
    taken_by_force,  # "They took more than 40 women": captured
    held_by_captors,  # "nine crew members had been held for a year": captured
    listed_as_the_captives,  # "The hostages are a Dane; two Canadians": captured
    casualty_category,
    bare_head_counts_the_kind_named,  # "two cargo ships were hit ... targeted 60 vessels": ships of trade
    craft_of_travellers,  # "30 migrants died after two boats capsized": boats of other
    craft_of_goods,  # "90 trucks carrying medicines entered": trucks of other
    people_of_a_formation,  # "the battalion of more than 600 people": troops
    men_beside_women_and_children,  # "47 men and two women": people by sex, other
    fighters_held_by_a_foe,  # "the army detained 43 rebel fighters": casualties, held
    released_from_captivity,  # "Russia freed 100 prisoners": other people, captured no more
    rescued_are_other,  # "five of the rescued sailors": other people
    survivors_are_not_dead,  # "sank with 75 survivors": other people, not dead
    carried_aboard_not_hurt,  # "a boat carrying 600 migrants capsized": those aboard, not the dead
    exchanged_captives,  # "the exchange of 150 prisoners of war": released, not casualties
    captives_sent_home,  # "90 prisoners of war are being returned": released, not casualties
    bodies_handed_back,  # "handed over 19 bodies": no new dead, released
    came_through_are_other,  # "about 50 of the girls managed to escape": other, escaped
    counted_in_an_exchange,  # "a prisoner swap, each bringing home 95 soldiers": handed back
    part_of_released,  # "freed 200 prisoners. Of them, 120 were serving life": let go too
    listed_in_a_release,  # "freed 140 captives — 95 soldiers and five medics": let go too
    listed_under_casualty_heading,  # "Civilian fatalities" / "65 civilians": the heading's status
    classified_part_of_casualties,
    among_casualties_opener,  # "... killed 31 civilians. Among the civilians were six women"
    counted_in_a_toll,  # "About 900 have died. That number includes 40 civilians": part of the dead
    pointer_keeps_casualty,
    remainder_keeps_casualty,  # "The rest were soldiers: 120 ..." after a toll: the dead too
    part_of_casualties_points_back,  # "20,000 died, about half of them conscripts": half of the dead
    running_total,
    share_is_other,  # "about half of those killed": a share, category other
    rate,
    claimant,
    place,
    time_ref,
)


def apply_rules(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> FigureCandidate:
    """Run ``FIGURE_RULES`` on a candidate until one drops it; the names of the rules that
    fired are in ``c.fired``. The rules that cannot fire for the figure (``SHARE_RULES``,
    ``COUNT_RULES``, ``ONE_RULES``, ``UNHEDGED_RULES``: what the figure is never changes), its
    sentence (``TITLE_RULES``, ``RULE_NEEDS``) or the claim kept before it
    (``AFTER_CASUALTIES_RULES``, ``SAME_SENTENCE_RULES``) are left out of the runs (``_rule_table``),
    and a run is skipped whole while its gate holds (``RULE_GATES``).

    >>> from claimtable.load import load_text
    >>> art = ArticleState()
    >>> ctx = _sentence_context(load_text("d", "Room 3 was empty.").sentences[0], art)
    >>> apply_rules(_candidates(ctx)[0], ctx, art).fired
    ['not_counted']
    """
    for gate, holds, rules in _rules_for(c, ctx, art):
        if gate is not None and gate(c) == holds:
            continue  # each rule of this run returns False at once (``RULE_GATES``)
        for rule, name in rules:
            if rule(c, ctx, art):
                c.fired.append(name)
                if c.dropped:
                    return c
                if gate is not None and gate(c) == holds:
                    break  # it holds now: the rest of the run returns False at once
    return c


def _rules_for(c: FigureCandidate, ctx: SentenceContext, art: ArticleState) -> tuple[
        tuple[Callable[[FigureCandidate], object] | None, object, tuple[tuple[Rule, str], ...]], ...]:
    """The rule runs of a candidate about to go through the rules (``_rule_table``), from the
    facts that hold until they are done: what its figure is, its sentence's role and strings,
    and the claim kept before it (``art.last_kept`` changes only in ``running_total``, after
    every rule that reads it here)."""
    if ctx.unneeded is None:
        ctx.unneeded = _unneeded_rules(ctx.text)
    fig, last = c.figure, art.last_kept
    return _rule_table(fig.percent, fig.high == 1, fig.hedge_start is None, ctx.sentence.role == "title",
                       last is not None and last[1] == "casualties",
                       last is not None and last[0] == ctx.sentence.sentence, ctx.unneeded)


#: The rules that only look for what a figure counts when the words next to it said nothing:
#: each opens with ``if c.lookup.found ...: return False`` (``tests/test_rule_dispatch.py``
#: checks it), so ``apply_rules`` skips a run of them whole once the noun is found.
SEEK_NOUN_RULES: frozenset[Rule] = frozenset({
    tally_line_item, share_of_named_total, share_in_brackets, share_before_a_share, share_in_brackets_after_a_count,
    part_out_of_named_total, number_of_named_after,
    number_of_uncounted_before, share_of_unlisted_thing,
    share_of_a_stock, share_of_people_in_a_state, share_of_uncounted,
    word_share_of_uncounted, counts_an_unlisted_thing, counts_an_uncounted_noun, noun_written_before, plural_by_the_vague,
    casualty_subject_of_copula,
    among_group_opener, among_group_before, noun_after_copula, compared_points_back, contrasted_points_back, part_points_back,
    part_of_opening_whole,
    bare_figure_points_back, absolute_with_points_back, share_after_share, bare_people_status, bare_displaced_people, bare_object_of_casualty_participle,
    bare_rate_points_back, pronoun_complement_points_back, changed_to_points_back, changed_from_figure_to,
    hedged_object_points_back, elliptic_participle_item,
    coordinated_bare_figure, coordinated_status_object, listed_after_a_name, coordinated_with_next, listed_before_counted_figure,
    listed_in_a_series, first_item_of_a_breakdown,
    # rules added since with the same opening: registered, the run of them before "more_of_the_uncounted" is
    # skipped whole once the noun is found, where two calls a figure broke it in three
    bare_driven_from_homes, bare_left_without, changed_from_figure_to_next, another_points_back, sequence_step_points_back,
    bare_vague_put_in_a_state, gapped_object_points_back,
})

#: The rules about a figure that follows a count of casualties but is none itself ("Among the
#: civilians were six women"): each opens with ``if ... c.category == "casualties" ...: return False``.
NOT_CASUALTY_RULES: frozenset[Rule] = frozenset({
    listed_under_casualty_heading, classified_part_of_casualties, among_casualties_opener, pointer_keeps_casualty,
    remainder_keeps_casualty, part_of_casualties_points_back,
})

#: The rules that resolve a pointer back ("8,000 of them", "200 more"): each opens with
#: ``if not c.lookup.points_back [or ...]: return False``, so a figure that points back to
#: nothing (nearly every one) skips the run of them whole.
POINTER_RULES: frozenset[Rule] = frozenset({more_of_the_uncounted, others_point_back, pointer_resolved})

#: The groups of rules ``apply_rules`` skips whole, without a call, while a cheap test on the
#: candidate holds: ``(attribute, value, rules)``, each rule of ``rules`` opening with
#: ``if [...or] c.<attribute> == value [or ...]: return False`` (``c.<attribute>`` for ``True``,
#: ``not c.<attribute>`` for ``False``), as ``tests/test_rule_dispatch.py`` checks.
RULE_GATES: tuple[tuple[str, object, frozenset[Rule]], ...] = (
    ("lookup.found", True, SEEK_NOUN_RULES),
    ("category", "casualties", NOT_CASUALTY_RULES),
    ("lookup.points_back", False, POINTER_RULES),
)


def _rule_runs(rules: tuple[Rule, ...]) -> tuple[tuple[Callable[[FigureCandidate], object] | None, object,
                                                       tuple[tuple[Rule, str], ...]], ...]:
    """``rules`` cut into runs of the same gate (``RULE_GATES``), in order: ``(gate, value,
    ((rule, name), ...))``; ``apply_rules`` skips a run while ``gate(c) == value``. ``gate`` is
    ``None`` for a run of rules no gate skips.

    >>> [(gate is not None, value, len(run)) for gate, value, run in _rule_runs((rate, share_of_uncounted, noun_after_copula, claimant))]
    [(False, None, 1), (True, True, 2), (False, None, 1)]
    """
    gates = _rule_gates()
    return _runs_of_steps(tuple((rule, rule.__name__, gates.get(rule)) for rule in rules))


@cache
def _rule_gates() -> dict[Rule, tuple[Callable[[FigureCandidate], object], object]]:
    """Each rule of ``RULE_GATES`` with its gate's getter and value: built once, not for each
    table ``_rule_runs`` builds (a new one for most sentences of real text, ``_rule_table``)."""
    gates = [(group, (attrgetter(attribute), value)) for attribute, value, group in RULE_GATES]
    return {rule: gate for group, gate in gates for rule in group}  # one tuple a gate: ``_runs_of_steps`` tests identity


def _runs_of_steps(steps: Iterable[tuple[Rule, str, tuple[Callable[[FigureCandidate], object], object] | None]]
                   ) -> tuple[tuple[Callable[[FigureCandidate], object] | None, object, tuple[tuple[Rule, str], ...]], ...]:
    """``(rule, name, gate)`` steps cut into the runs of ``_rule_runs``."""
    runs: list[tuple[tuple[Callable[[FigureCandidate], object], object] | None, list[tuple[Rule, str]]]] = []
    for rule, name, gate in steps:
        if not runs or runs[-1][0] is not gate:  # one tuple for each gate (``_rule_gates``)
            runs.append((gate, []))
        runs[-1][1].append((rule, name))
    return tuple((None, None, tuple(run)) if gate is None else (gate[0], gate[1], tuple(run)) for gate, run in runs)


#: The rules that return False at once for a figure that is no share ("40 troops"): each opens
#: with ``if not c.figure.percent [or ...]: return False`` (``tests/test_rule_dispatch.py``).
SHARE_RULES: frozenset[Rule] = frozenset({
    percent_change, share_of_a_place, share_of_an_uncounted_noun, share_of_named_total, share_in_brackets, share_of_unlisted_thing,
    share_before_a_share, share_in_brackets_after_a_count, share_of_a_stock, share_of_people_in_a_state, share_of_uncounted, word_share_of_uncounted, share_after_share,
    share_is_other,
    share_of_uncounted_pointed,
})

#: The rules that return False at once for a share ("40%"): each opens with ``if [c.lookup.found
#: or] c.figure.percent [or ...]: return False``.
COUNT_RULES: frozenset[Rule] = frozenset({
    measured_not_counted, measure_named_before, age_after_a_person, tally_line_item, uncounted_head_before_its_noun, part_out_of_named_total, counts_an_unlisted_thing, named_group_in_a_state, counts_an_uncounted_noun,
    one_uncounted_thing, part_of_unlisted_whole,
    casualty_subject_of_copula, contrasted_points_back, part_of_opening_whole, elliptic_participle_item,
    coordinated_bare_figure, coordinated_status_object, contrasted_subject_points_back, listed_after_a_name, listed_in_a_series,
    sequence_step_points_back, determiner_then_uncounted, bare_driven_from_homes, changed_from_figure_to_next, another_points_back,
    object_of_which_points_back, included_by_a_counted_subject, gapped_item_points_back, part_in_dashes_points_back,
    gapped_object_points_back,
})

#: The rules that return False at once for a figure other than one ("40 troops", "one" is the
#: figure they read): each opens with ``if [... or] c.figure.high != 1 [or ...]: return False``.
ONE_RULES: frozenset[Rule] = frozenset({
    one_and_the_other, one_person_speaks, one_speaker_described, one_uncounted_thing, one_enumerates,
    the_one_points_back,
})

#: The rules that return False at once for a figure with a hedge before it ("about 40"): each
#: opens with ``if [... or] c.figure.hedge_start is not None [or ...]: return False``.
UNHEDGED_RULES: frozenset[Rule] = frozenset({number_in_a_name, number_naming_a_formation, parties_of_a_relation,
                                              age_after_a_person, one_uncounted_thing})

#: The rules that return False at once outside a headline: each opens with ``if [... or]
#: ctx.sentence.role != "title" [or ...]: return False``.
TITLE_RULES: frozenset[Rule] = frozenset({headline_casualty})

#: The rules that return False at once unless the claim kept last (``art.last_kept``, set only
#: by ``running_total``, after them: ``tests/test_rule_dispatch.py``) counts casualties: each opens
#: with ``last = art.last_kept`` and ``if [... or] last is None or last[1] != "casualties" [or ...]:
#: return False``.
AFTER_CASUALTIES_RULES: frozenset[Rule] = frozenset({
    classified_part_of_casualties, among_casualties_opener, pointer_keeps_casualty, remainder_keeps_casualty,
    part_of_casualties_points_back,
})

#: The rules that return False at once unless the claim kept last is of the figure's sentence:
#: each opens with ``last = art.last_kept`` and ``if [... or] last is None or last[0] !=
#: ctx.sentence.sentence [or ...]: return False``.
SAME_SENTENCE_RULES: frozenset[Rule] = frozenset({
    gapped_status, part_in_dashes_of_casualties, gapped_others, listed_after_casualty_count, part_of_casualties_points_back,
})

#: The rules that return False at once when the sentence holds none of some strings: each opens
#: with ``if [... or] "x" not in ctx.text [and "y" not in ctx.text] [or ...]: return False``. A
#: rule of a new kind plugs in here with its strings (as a finder does in ``attribute.FINDER_NEEDS``).
RULE_NEEDS: dict[Rule, tuple[str, ...]] = {
    ratio_for_every: ("for every", "For every"),
    counted_beside_a_source: (" and ",), counted_beside_a_speaker: (" and ",), one_of_a_set: ("ne of",), household_size: (" of ",), share_of_a_place: (" of ",), share_in_brackets: ("(",),
    share_before_a_share: (" and ", " or "), share_in_brackets_after_a_count: ("(",),
    part_out_of_named_total: (" of ",), number_of_named_after: ("number of",),
    number_of_uncounted_before: ("number of",), share_of_unlisted_thing: (" of ",),
    share_of_a_stock: (" of ",), share_of_people_in_a_state: (" of the ",), part_of_unlisted_whole: (" of ",),
    listed_before_counted_figure: (",",), rescued_are_other: ("escu", "saved", "alive"), freed_after_capture: ("eleas", "freed", "escu"),
    object_of_a_release: ("eleas", "free", "Free", "xchang", "wapp", "epatri", "home", "hand", "Hand", "turned over", "escu", "aved", "saving", "Saving", "alive", "back", "aptiv"),  # the let-go cues
    killed_after_capture: ("rrest", "etain", "aptur", "bduct", "idnap", "seiz", "held"),
    listed_as_the_captives: ("hostages", "captives", "abductees"),
    coordinated_status_object: (" and ",), contrasted_subject_points_back: ("while", "whereas", "but"), status_of_others: ("those", "victims"), injuries_received: ("injur", "wound"),
    counted_in_a_toll: ("nclud",), part_takes_the_verb: (" of ",), status_in_a_later_relative: ("that", "which"), losses_replaced: ("replac", "replen", "up for", "offset", "compensat"),
    sequence_step_points_back: _SEQUENCE_WORDS, object_of_which_points_back: (" of wh",),
    included_by_a_counted_subject: ("nclud",),
    whole_out_of_keeps_its_noun: ("out of",), opening_whole_not_hurt: ("f the", "f these", "f those", "f some", "f an est"),
    part_in_dashes_of_casualties: ("—", "–", " - ", " -- "), part_in_dashes_points_back: ("—", "–", " - ", " -- "),
    gapped_others: (" others",),
    listed_after_casualty_count: (":", " were ", " are "),
    status_of_a_task_object: (" to ", "elp"),
    determiner_then_uncounted: (" more ", " such ", " other ", " further ", " additional "),
    bare_driven_from_homes: (" their ",), bare_left_without: (" without ",), foe_in_a_fight: (" with ", " against "), doers_of_an_action: (" by ", " for "), casualty_verb_of_a_degree: ("less", "more", "little", "least", "most", "nothing"), status_of_their_thing: (" their ", " its "),
    population_has_no_status: (" of ",),
    state_left_on_another_figure: ("left", "leav"),
    craft_of_travellers: ("boat", "vessel", "ship"),
    craft_of_goods: ("ruck", "ship", "Ship", "essel", "boat", "Boat"),
    carried_aboard_not_hurt: ("carr", "Carr", "ferrying", "transporting", "packed", "crammed", "overloaded", "board",
                              " on the ", " on a ", " on its ", " on their ", " on that ", " on this ", " on an "),
    taken_by_force: ("took", "taken", "taking"),
    men_beside_women_and_children: ("wom", "child", "boy", "girl", "bab", "infant", "newborn", "teen", "toddler"),
    toll_counts_the_dead: ("toll", "Toll", "TOLL"),
    among_the_hurt: ("among the", "among those"),
    remains_of_the_dead: ("s of ",),
    held_by_captors: ("held", "hold"),
    came_through_are_other: ("scape", "found", "Found", "locate", "Locate", "urviv"),
    count_in_brackets_after_its_noun: ("(",),
    listed_in_a_release: ("nclud", "ompris", "onsist", "made up of", "—", "–", ":", " - ", " -- "),
    first_item_of_a_breakdown: (",", " and "),
}


def _unneeded_rules(text: str) -> frozenset[Rule]:
    """The rules of ``RULE_NEEDS`` a sentence holds none of the strings of: looked for once a
    sentence, they are left out of its figures' rule runs (``_rule_table``).

    >>> sorted(r.__name__ for r in _unneeded_rules("One of 40 victims and 3 of those injured"))  # doctest: +NORMALIZE_WHITESPACE
    ['among_the_hurt', 'bare_driven_from_homes', 'bare_left_without', 'came_through_are_other', 'carried_aboard_not_hurt',
     'casualty_verb_of_a_degree',
     'contrasted_subject_points_back',
     'count_in_brackets_after_its_noun', 'counted_in_a_toll', 'craft_of_goods', 'craft_of_travellers',
     'determiner_then_uncounted',
     'doers_of_an_action', 'foe_in_a_fight', 'freed_after_capture', 'gapped_others', 'held_by_captors',
     'included_by_a_counted_subject', 'killed_after_capture',
     'listed_after_casualty_count', 'listed_as_the_captives', 'listed_before_counted_figure', 'listed_in_a_release',
     'losses_replaced',
     'men_beside_women_and_children', 'number_of_named_after', 'number_of_uncounted_before',
     'object_of_a_release', 'object_of_which_points_back', 'part_in_dashes_of_casualties', 'part_in_dashes_points_back', 'ratio_for_every',
     'remains_of_the_dead', 'rescued_are_other',
     'sequence_step_points_back', 'share_in_brackets', 'share_in_brackets_after_a_count', 'share_of_people_in_a_state',
     'state_left_on_another_figure',
     'status_in_a_later_relative',
     'status_of_a_task_object', 'status_of_their_thing', 'taken_by_force', 'toll_counts_the_dead', 'whole_out_of_keeps_its_noun']
    """
    return _NEEDING.difference(*map(_RULES_OF_NEED.__getitem__, _RULE_STRINGS_IN(text)))


#: ``RULE_NEEDS``' rules, each string with the rules that need it, and the strings found in one
#: regex scan a sentence (``lexicons.StringsIn``: for speed, not a test per string).
_NEEDING = frozenset(RULE_NEEDS)
_RULES_OF_NEED = {need: frozenset(rule for rule, needs in RULE_NEEDS.items() if need in needs)
                  for needs in RULE_NEEDS.values() for need in needs}
_RULE_STRINGS_IN = lexicons.StringsIn(_RULES_OF_NEED)


@lru_cache(maxsize=1024)
def _rule_table(percent: bool, one: bool, unhedged: bool, title: bool, after_casualties: bool, same_sentence: bool,
                unneeded: frozenset[Rule]) -> tuple[tuple[Callable[[FigureCandidate], object] | None,
                                                    object, tuple[tuple[Rule, str], ...]], ...]:
    """The rule runs (``_rule_runs``) for a figure that is a share or not, one or not, with a
    hedge before it or not, in a headline or not, after a kept claim of casualties or not and
    of its own sentence or not, in a sentence that leaves ``unneeded`` out: ``FIGURE_RULES``
    in order without the rules that return False at once for it (``SHARE_RULES`` or
    ``COUNT_RULES``, and unless each holds ``ONE_RULES``, ``UNHEDGED_RULES``, ``TITLE_RULES``,
    ``AFTER_CASUALTIES_RULES``, ``SAME_SENTENCE_RULES``; and ``unneeded``), found once for each
    such kind of figure and sentence, so that ``apply_rules`` pays nothing a rule for what it skips.

    >>> len(_rule_table(False, True, True, True, True, True, frozenset())) == len(
    ...     _rule_runs(tuple(r for r in FIGURE_RULES if r not in SHARE_RULES)))
    True
    """
    # the steps for the kind of figure are found once a kind; a sentence's table only leaves
    # ``unneeded`` out of them (for speed: most sentences of real text need a table of their own)
    steps = _kind_steps(percent, one, unhedged, title, after_casualties, same_sentence)
    return _runs_of_steps([step for step in steps if step[0] not in unneeded] if unneeded else steps)


@cache
def _kind_steps(percent: bool, one: bool, unhedged: bool, title: bool, after_casualties: bool,
                same_sentence: bool) -> tuple[tuple[Rule, str, tuple[Callable[[FigureCandidate], object], object] | None], ...]:
    """``FIGURE_RULES`` in order for a kind of figure (``_rule_table``'s first six facts), each
    with its name and gate (``_rule_gates``), before a sentence leaves its unneeded rules out.

    >>> [name for _r, name, _g in _kind_steps(False, True, True, True, True, True)][:2]
    ['inside_claimant_name', 'counted_beside_a_source']
    """
    left_out = COUNT_RULES if percent else SHARE_RULES
    for holds, rules in ((one, ONE_RULES), (unhedged, UNHEDGED_RULES), (title, TITLE_RULES),
                         (after_casualties, AFTER_CASUALTIES_RULES), (same_sentence, SAME_SENTENCE_RULES)):
        if not holds:
            left_out |= rules
    gates = _rule_gates()
    return tuple((rule, rule.__name__, gates.get(rule)) for rule in FIGURE_RULES if rule not in left_out)


def _sentence_context(s: Sentence, art: ArticleState, pending: bool = False) -> SentenceContext | None:
    """Open a sentence: its mentions (for the sentences that follow), and, when it has figure
    words, its clauses, masks and figures; ``None`` when it has none (it is closed here:
    nothing to attribute). ``pending``: figures before it still wait for a source it may give.

    The mentions of a sentence without figure words matter only to a figure that comes after
    it, so they are read when one does (``_observe_unobserved``): a long page whose last
    figure is early, or a 50 MB file without any, is not searched for sources nobody cites.
    """
    art.earlier.append(s.text)
    if s.text.endswith(_teaser_ends()) and inline_teaser(s.text):
        art.mentions = []
        return None  # a link to another story: neither its figures nor its source count
    has_figures = _has_figure_words(s.text)
    if not has_figures and not pending:
        art.unobserved.append(s)
        return None
    _observe_unobserved(art)
    mentions = art.mentions = art.attribution.observe(_breaks_as_spaces(s.text), s.paragraph)
    if not has_figures:
        art.attribution.close_sentence(mentions, [])
        return None
    ctx = SentenceContext(s, s.text, mentions)
    ctx.spans = clauses(s.text)
    ctx.masks = masked_spans(s.text)
    ctx.figures = list(find_figures(s.text, ctx.masks))
    return ctx


def _observe_unobserved(art: ArticleState) -> None:
    """Read the mentions of the sentences without figure words put off so far, in text order,
    as if each had been read in its turn (what a later figure's source may depend on).

    >>> from claimtable.load import load_text
    >>> [c["claimant"] for c in extract_source(load_text("d", "The NIS briefed lawmakers. It said 1,500 troops came."))]
    ['South Korea NIS']
    """
    for s in art.unobserved:
        art.attribution.close_sentence(art.attribution.observe(_breaks_as_spaces(s.text), s.paragraph), [])
    art.unobserved.clear()


def _breaks_as_spaces(text: str) -> str:
    """A sentence as its sources are read: a line break inside it (a hard-wrapped line, a
    scrape's stray break) is a space, so that a name the wrapping broke is one name ("according
    to the Ostrian Border Guard" / "Service"); the offsets stay the sentence's.

    >>> _breaks_as_spaces("according to the Velm Border\\nService.")
    'according to the Velm Border Service.'
    """
    if "\n" not in text and "\r" not in text:
        return text
    return text.replace("\r", " ").replace("\n", " ")


@cache
def _teaser_ends() -> tuple[str, ...]:
    """The furniture lexicon's teaser-list headers ("Read more", "Related"), as written with
    a capital: what ends a link to another story glued after its headline."""
    return tuple(r["phrase"] for r in lexicons.read_lexicon("furniture") if r["kind"] == "list")


def inline_teaser(sentence: str) -> bool:
    """Whether a sentence is another story's headline with its link glued on, as live blogs
    show related stories inside an entry ("… killed in five months, US says Read more"): a
    headline without a full stop, then a teaser-list header ("Read more", "Related").

    >>> inline_teaser("More than 900 soldiers killed in a week, officials say Read more")
    True
    >>> inline_teaser("Officials said 900 soldiers were killed. Read more"), inline_teaser("Read more")
    (False, False)
    """
    for end in _teaser_ends():
        if sentence.endswith(end):
            head = sentence[: -len(end)].rstrip()
            return bool(head) and head[-1] not in ".!?:;\"”’)" and " " in head
    return False


def _candidates(ctx: SentenceContext) -> list[FigureCandidate]:
    """A candidate for each figure of a sentence, with its clause and whether it is compared
    with a figure just given ("10,000 troops, up from 3,000")."""
    out = []
    for fig in ctx.figures:
        clause = _clause_of(ctx.spans, fig.start)
        before = fig.start if fig.hedge_start is None else fig.hedge_start
        compared = _COMPARED.search(ctx.text, clause[0], before) is not None
        out.append(FigureCandidate(fig, clause, compared, clause))
    ctx.compared_clauses = [c.clause for c in out if c.compared]
    return out


def _close_sentence(ctx: SentenceContext, art: ArticleState) -> None:
    if ctx.located is not None:
        art.countries.update(p.country for p in within(ctx.located))
    art.attribution.close_sentence(ctx.mentions, ctx.attributed)


def figure_candidates(src: Source, published: str = "") -> Iterator[tuple[SentenceContext, FigureCandidate]]:
    """Every figure of a source (repeated passages skipped) after the rules, in text order,
    with its sentence; dropped ones included (``c.dropped``). A quotation left open at the end
    of a paragraph and reopened by the next one's opening mark runs on: its figures are the
    claims of the speaker named where it closes. ``published`` is the article's date (its
    manifest's; else its byline's or page's is read), for a registry alias that names a body only
    from or until a day (``attribute.ArticleAttribution._office_held``).

    >>> from claimtable.load import load_text
    >>> [(c.figure.text, c.dropped) for _, c in figure_candidates(load_text("d", "On day 3, 500 troops left."))]
    [('3', True), ('500', False)]
    """
    if not src.ok:
        return
    art = ArticleState()
    art.attribution.sentences = src.sentences  # for a look ahead at the sources to come
    art.attribution.published = published or src.published or src.meta.get("published", "")
    held: list[tuple[SentenceContext, FigureCandidate]] = []  # in a quotation still open
    last: list[tuple[SentenceContext, FigureCandidate]] = []  # the sentence before ("This was stated by X")
    waited = False  # whether ``last`` waits past a sentence without figures (``_credit_may_follow``)
    paragraph = None  # the paragraph of the sentence before: a quotation reopened goes on through its own
    for s in src.sentences:
        if s.repeat_of is not None:
            continue
        s = matching_copy(s)  # the rules read look-alike apostrophes folded (the source keeps them)
        reopened, new_paragraph, paragraph = False, s.paragraph != paragraph, s.paragraph
        if held and new_paragraph:
            if s.text.lstrip()[:1] in _OPENING_MARKS:
                reopened = True  # copy reopens a quotation that runs on into the next paragraph
            else:
                yield from held
                held, art.in_quote = [], False
        was_open = art.in_quote
        ctx = _sentence_context(s, art, pending=bool(last or held))
        if last:
            if _credit_reaches(last[0][0].sentence, s) and not (waited and credits_only_the_sentence_before(s.text)):
                _credit_from_next(last, s.text, art.mentions)  # ("... 700 wounded. That's according to X.")
            if ctx is None and not waited and not art.in_quote and _QUOTE_MARKS.search(s.text) is None \
                    and _credit_may_follow(last[0][0].sentence, s, art.mentions):
                waited = True  # "... 5 million shells. Kim may send more. This was stated by X."
                continue
            yield from last
            last, waited = [], False
        art.in_quote = quote_open_after(s.text.lstrip()[1:] if reopened else s.text, was_open)
        if was_open and not art.in_quote and held:
            _speaker_of_quote(held, art.mentions, s.text)
            yield from held
            held = []
        if ctx is None:
            continue
        candidates = []
        for c in _candidates(ctx):
            candidates.append((ctx, apply_rules(c, ctx, art)))
            if c.dropped:
                ctx.dropped.add(c.figure.start)  # for a figure joined to it (``_after_an_uncounted_item``)
        _close_sentence(ctx, art)
        if art.in_quote:
            held += candidates
        else:
            last = candidates
    yield from last
    yield from held


def _credit_reaches(before: Sentence, credit: Sentence) -> bool:
    """Whether a sentence that credits the figures before it ("This was stated by X") reaches
    the sentence ``before``: in the same paragraph, or as the paragraph right after a body
    paragraph (a lede, then "This was stated by X, reports Y." on a line of its own).

    >>> from claimtable.load import load_text
    >>> s = load_text("d", "About 700 soldiers were wounded.\\n\\nThis was stated by Zelensky.").sentences
    >>> _credit_reaches(s[0], s[1])
    True
    """
    if credit.paragraph == before.paragraph:
        return True
    return credit.paragraph == before.paragraph + 1 and before.role == "body" and credit.role == "body"


def _credit_may_follow(before: Sentence, between: Sentence, mentions: list[Mention]) -> bool:
    """Whether the figures of ``before`` may still take the source a later sentence credits
    ("This was stated by X") after ``between``: a sentence of the same paragraph with no
    figure that names no source of its own ("North Korea sent 400 shells. Kim may send more.
    This was stated by Yoon."), the reporter's aside within the account credited next.

    >>> [c["claimant"] for c in _claims("About 700 shells went north. More may follow. This was stated by Zelensky.")]
    ['Zelensky']
    >>> [c["claimant"] for c in _claims("About 700 shells went north. Kim said more may follow. This was stated by Zelensky.")]
    ['unattributed']
    """
    return between.paragraph == before.paragraph and credit_after(between.text, mentions) is None \
        and not any(m.strength >= SPEAKER for m in mentions)


def _credit_from_next(last: list[tuple[SentenceContext, FigureCandidate]], text: str,
                      mentions: list[Mention]) -> None:
    """"About 700 were wounded. This was stated by Zelensky.": the figures of the sentence
    before that have no source of their own take the one the next sentence credits.

    >>> [c["claimant"] for c in _claims("About 700 soldiers were wounded. This was stated by Zelensky.")]
    ['Zelensky']

    A figure that gives the size of a population or a share of it is the reporter's background,
    which no later sentence credits (``attribute.population_size``).

    >>> [c["claimant"] for c in _claims("Tarn hanged 40 Osk men, though the Osk make up 5% of Velmar's population. "
    ...                                 "Ann Lee, an activist, described these figures as grim.")]
    ['Ann Lee', 'unattributed']
    """
    source = credit_after(text, mentions)
    if source is None:
        return
    # "A lawmaker, citing a report, said 1,200 ... The report was prepared by the NIS": the
    # report's author is the source the speaker relays
    report = credits_cited_report(text)
    for ctx, c in last:
        if c.dropped or c.who is None:
            continue
        if population_size(ctx.text, (c.figure.start, c.figure.end)):
            continue  # "..., though the Osk make up 5% of Velmar's population. X called this grim.": background
        if c.who.how in ("none", "carried") or (report and CITED_REPORT.search(ctx.text) is not None):
            c.who = Attribution(source.claimant, source.phrase, "after")


_QUOTE_MARKS = re.compile(r"[\"“”]")
#: The marks that open a paragraph which continues a quotation left open by the one before.
_OPENING_MARKS = ("“", '"')


def quote_open_after(text: str, was_open: bool) -> bool:
    """Whether a quotation is still open after a sentence: "“" opens, "”" closes, a straight
    '"' does either.

    >>> quote_open_after("“We will reach 100,000 a month.", False), quote_open_after("Today it is 28,000,” he said.", True)
    (True, False)
    """
    if '"' not in text and "“" not in text and "”" not in text:
        return was_open
    state = was_open
    for m in _QUOTE_MARKS.finditer(text):
        state = {"“": True, "”": False}.get(m.group(0), not state)
    return state


def _speaker_of_quote(held: list[tuple[SentenceContext, FigureCandidate]], mentions: list[Mention],
                      text: str) -> None:
    """A quotation that runs over several sentences is the claim of the speaker named where it
    closes ('“We will make 100,000 a month. Today it is 28,000,” said the Pentagon's buyer'):
    its figures with no source of their own take that speaker."""
    close = max(text.rfind("”"), text.rfind('"'))
    speaker = max((m for m in mentions if m.start > close and m.strength >= SPEAKER),
                  key=lambda m: m.strength, default=None)
    if speaker is None:
        return
    for _ctx, c in held:
        if not c.dropped and c.who is not None and c.who.how in ("none", "carried"):
            c.who = Attribution(speaker.claimant, speaker.phrase, "quote")


@cache
def _group_words() -> frozenset[str]:
    """The words that may open a group's name in ``generic_claimants.csv`` that the lexicon
    writes in lower case only ("officials", "local"; not "Western", "British": names of
    sides keep their capital), and the articles and quantifiers before a group."""
    written = [w.split()[0] for w in lexicons.column("generic_claimants", "word")]
    capitalised = {w.lower() for w in written if w != w.lower()}
    return frozenset(w for w in written if w == w.lower() and w not in capitalised) \
        | {"the", "a", "an", "both", "some", "several", "many"}


def reader_case(claimant: str) -> str:
    """A claimant named by a group's words, as a reader writes it mid-sentence: a capital that
    only opens the sentence ("Officials said ...") is not kept, so one group is one name in the
    table ("officials"); a name whose next word is capitalised ("Health Ministry", "The
    Ministry") or is "of"/"for", one that no group lexicon lists ("Bangkok"), and words in
    capitals keep theirs.
    The words as written stay in ``claimant_phrase``.

    >>> [reader_case(c) for c in ("Officials", "Local officials", "Health officials in Gaza", "The military")]
    ['officials', 'local officials', 'health officials in Gaza', 'the military']
    >>> [reader_case(c) for c in ("Health Ministry", "The Ministry", "Ministry of Health", "Bangkok", "UNICEF")]
    ['Health Ministry', 'The Ministry', 'Ministry of Health', 'Bangkok', 'UNICEF']
    >>> [reader_case(c) for c in ("Western officials", "British and Ukrainian assessments")]
    ['Western officials', 'British and Ukrainian assessments']
    """
    first, _, rest = claimant.partition(" ")
    if not first[:1].isupper() or (len(first) > 1 and first.isupper()) or rest[:1].isupper() \
            or rest.startswith(("of ", "for ")) or first.lower() not in _group_words():
        return claimant  # "Ministry of Health", "Centre for Border Analysis": a body's name
    return first.lower() + claimant[len(first):]


def _claim(src: Source, ctx: SentenceContext, c: FigureCandidate) -> dict:
    """The claims-table row of a candidate the rules kept."""
    s, fig, who, noun = ctx.sentence, c.figure, c.who, c.noun
    assert who is not None and noun is not None
    claimant_at = next((m for m in ctx.mentions if m.phrase == who.phrase and who.how not in ("carried", "after")), None)
    source_text = _as_in_source(src, s)
    return {
        "article": src.article,
        "value_low": fig.low,
        "value_high": fig.high,
        "hedge": c.hedge,
        "modality": "projected" if c.projected else "reported",
        "category": c.category,
        "unit": "percent" if fig.percent else noun.unit,
        "status": c.status,
        "claimant": who.claimant,  # a name as the rules read it ("Libya’s health ministry" for "Libya‘s"), in every sentence
        "claimant_phrase": _words_in_source(who.phrase, _breaks_as_spaces(s.text), source_text)
        if who.claimant != UNATTRIBUTED else "",
        "place": c.place,
        "time_ref": c.time_ref,
        "sentence": source_text,
        "start": s.start + fig.start,
        "end": s.start + fig.end,
        "per": c.per,
        "part_of": None,
        "figure": source_text[fig.start:fig.end] if s.text[fig.start:fig.end] == fig.text != source_text[fig.start:fig.end]
        else fig.text,  # as the source writes it ("3‚000", folded "3,000" for the rules)
        "paragraph": s.paragraph,
        "sentence_no": s.sentence,
        "role": s.role,
        "attribution": who.how,
        "claimant_start": s.start + claimant_at.start if claimant_at else None,
        "claimant_end": s.start + claimant_at.end if claimant_at else None,
    }


def _as_in_source(src: Source, s: Sentence) -> str:
    """A sentence's text as it stands in the source (the rules may read a folded copy,
    ``load.matching_copy``)."""
    if not src.text:
        return s.text
    if s.text.isascii():  # as written, or folded to ASCII ("3‚000")
        text = src.text[s.start:s.end]
        return text if len(text) == len(s.text) and not text.isascii() else s.text
    return src.text[s.start:s.end]


def _words_in_source(words: str, read: str, source: str) -> str:
    """Words found in the folded copy ``read`` of a sentence, as the source writes them.

    >>> _words_in_source("Velmar’s agency", "Velmar’s agency said 4.", "Velmarʼs agency said 4.")
    'Velmarʼs agency'
    """
    if read is source or read == source:
        return words
    at = read.find(words)
    return source[at:at + len(words)] if at >= 0 else words


def extract_source(src: Source, published: str = "") -> list[dict]:
    """The claims of one loaded source, in text order, each figure once: a row for every
    figure ``FIGURE_RULES`` keep; ``published``: the article's date when a manifest gives it.

    >>> from claimtable.load import load_text
    >>> [c["claimant"] for c in extract_source(load_text("d", "NIS said 1,500 troops arrived."))]
    ['South Korea NIS']
    >>> [c["claimant"] for c in extract_source(load_text("d", "Shoigu said 1,500 troops arrived."), "2024-11-02")]
    ['Russia Security Council']
    """
    claims = _references_named_after(src, [_claim(src, ctx, c) for ctx, c in figure_candidates(src, published)
                                           if not c.dropped])
    for c in claims:  # last, once every rule has read the claimants as written
        c["claimant"] = reader_case(c["claimant"])
    return link_totals(src, dedupe(claims, summary_paragraphs(src) if len(claims) > 1 else frozenset()))


#: How many sentences after a reference nobody was named for may name its body in full.
NAMED_AFTER_REACH = 5


def _references_named_after(src: Source, claims: list[dict]) -> list[dict]:
    """A claim whose source is a reference that nothing before resolved ("the military
    reported three launches", the article's first mention of it) is the claim of the body the
    next sentences name in full with that head noun (``attribute.named_after``): "The Israeli
    military said ..." two sentences on.

    >>> rows = _claims("After the military reported 3 launches, sirens sounded. The Israeli military said so.")
    >>> [(r["figure"], r["claimant"], r["claimant_phrase"]) for r in rows]
    [('3', 'Israel Defense Forces', 'the military')]
    """
    if not any(c["claimant"] == c["claimant_phrase"] and c["claimant"][:4] in ("the ", "The ") for c in claims):
        return claims  # the cheap test first: no claimant is a reference as written
    index = {(s.paragraph, s.sentence): i for i, s in enumerate(src.sentences)}
    for c in claims:
        if c["claimant"] != c["claimant_phrase"] or c["claimant"][:4] not in ("the ", "The ") \
                or c["attribution"] not in ("clause", "sentence"):
            continue
        at = index.get((c["paragraph"], c["sentence_no"]))
        if at is None:
            continue
        body = named_after(c["claimant"], [s.text for s in src.sentences[at + 1:at + 1 + NAMED_AFTER_REACH]])
        if body is not None:
            c["claimant"] = body.claimant
    return claims


def link_totals(src: Source, claims: list[dict]) -> list[dict]:
    """Each claim's ``part_of``: the ``start`` of the total it is part of
    (``relations.link_parts``), else ``None``.

    >>> rows = _claims("Pyongyang sent 6,000 troops. Of those, 1,000 are sappers.")
    >>> [(r["figure"], r["part_of"]) for r in rows]
    [('6,000', None), ('1,000', 15)]
    """
    if len(claims) < 2:
        return claims
    text = src.text or _text_of_sentences(src)
    if not any(c["unit"] == "percent" for c in claims) and not may_have_parts(text):
        return claims
    starts = {s.sentence: s.start for s in src.sentences}
    linked = link_parts(text, [
        RelationClaim(c["start"], c["end"], c["value_high"], c["category"], c["sentence_no"],
                      c["unit"] == "percent") for c in claims], starts)
    for c, total in zip(claims, linked, strict=True):
        c["part_of"] = total
    by_start = {c["start"]: c for c in claims}
    for c in claims:
        if c["part_of"] is not None:
            part_of_the_dead(c, by_start[c["part_of"]])
    return claims


def part_of_the_dead(part: dict, total: dict) -> bool:
    """A part of a casualty total that counts people ("8,005 people were killed. Among the
    victims are 3,342 children") is a casualty claim: who the dead were, not another group;
    it takes the total's status unless it names a casualty status of its own.

    >>> rows = _claims("The ministry said 900 people were killed. Among the victims are 310 children.")
    >>> [(r["figure"], r["category"], r["status"]) for r in rows]
    [('900', 'casualties', 'killed'), ('310', 'casualties', 'killed')]

    Things are no part of the dead, whatever they are linked to ("900 people were killed,
    including in 12 hospitals").

    >>> rows = _claims("The ministry said 900 people were killed, including 12 hospitals shelled.")
    >>> [(r["figure"], r["category"]) for r in rows]
    [('900', 'casualties'), ('12', 'other')]
    """
    if total["category"] != "casualties" or part["unit"] == "percent":
        return False
    if part["status"] in _LET_GO or part["status"] in _came_through()[2].values():
        return False  # "seized 90 pupils, of whom 30 managed to escape": out of the captors' hands
    if part["category"] == "casualties":
        # "Among the victims are 310 children": the victims are the total's dead or hurt
        if part["status"] != "casualties" or total["status"] not in _HIT_STATUSES | {"lost"}:
            return False
        part["status"] = total["status"]
        return True
    if not counts_people(Noun(part["unit"], part["category"], 0, 0)):
        return False  # "targeted 57 health facilities, ..., 101 medics were killed": things
    part["category"] = "casualties"
    if part["status"].removeprefix("expected ") not in CASUALTY_STATUSES:
        part["status"] = total["status"]
    return True


def _text_of_sentences(src: Source) -> str:
    """The source's text rebuilt from its sentences (a source read from ``sentences.csv``),
    at their offsets, blanks between them."""
    chars = [" "] * max((s.end for s in src.sentences), default=0)
    for s in src.sentences:
        chars[s.start:s.end] = s.text
    return "".join(chars)


def _claims(text: str) -> list[dict]:
    """The claims of one text (for the rules' examples)."""
    from claimtable.load import load_text

    return extract_source(load_text("example", text))


def told_before_its_source(c: dict, claims: list[dict], key: Callable[[dict], tuple]) -> bool:
    """Whether a figure without a source comes before every sourced one of the same value and
    thing: the reporter's own headline or lede ("Ten killed in raids on Velm", then "the
    ministry said 10 people were killed"), a claim of its own, not the source's repeated
    without it (``dedupe``). A list item (a summary's point, "- 3,000 troops were sent") stays
    a restatement, and so is a sentence the sourced one repeats word for word before naming its
    source ("Strikes killed 17 people." in one entry of a live blog, "Strikes killed 17 people,
    police said." in a later one); ``key`` is ``dedupe``'s.

    >>> [(c["figure"], c["claimant"]) for c in _claims("Sixteen soldiers were killed in an ambush on Saturday.\\n\\n"
    ...     "The attack caused the death of 16 soldiers, Ilse Marrow said.")]
    [('Sixteen', 'unattributed'), ('16', 'Ilse Marrow')]
    >>> [c["claimant"] for c in _claims("- 3,000 soldiers were killed.\\nThe NIS said 3,000 soldiers were killed.")]
    ['South Korea NIS']
    """
    if _LIST_LINE.match(c["sentence"]):
        return False
    at, same, people = (c["paragraph"], c["sentence_no"]), key(c)[:4], _people_key(c)
    sourced = [o for o in claims if o["claimant"] != UNATTRIBUTED
               and (key(o)[:4] == same or (o["role"] == "body" and _people_key(o) == people))]
    if any((o["paragraph"], o["sentence_no"]) <= at for o in sourced):
        return False
    text = normalise_passage(c["sentence"]).rstrip(".!? ")
    return not any(normalise_passage(o["sentence"]).startswith(text) for o in sourced)


@cache
def _reporting_verb() -> re.Pattern[str]:
    """A reporting verb (role ``speech`` of ``speech_verbs.csv``, not one that is a deed on a
    count as well, ``act``: "Tarn released 200 prisoners") or "according to", anywhere."""
    acts = set(lexicons.words_with("speech_verbs", "verb", "roles", "act"))
    verbs = [v for v in lexicons.words_with("speech_verbs", "verb", "roles", "speech") if v not in acts]
    return re.compile(rf"\b(?:{lexicons.alternation(verbs)}|according\s+to)\b", re.I)


#: A conjunction that opens a headline's second clause with a subject of its own ("Four guards freed in
#: Tarn as hospitals say dozens killed").
_HEADLINE_SECOND_CLAUSE = re.compile(r"\s(?:as|while|whereas|but)\s", re.I)


def _headline_clause(c: dict) -> str:
    """The headline's words up to the end of its figure's clause: a source that speaks only in a
    second clause after "as", "while" or "but" tells of that clause's figures, not of this one.

    >>> _headline_clause({"sentence": "Four guards freed in Tarn as hospitals say dozens killed", "figure": "Four"})
    'Four guards freed in Tarn'
    """
    text, at = c["sentence"], c["sentence"].find(c["figure"])
    m = _HEADLINE_SECOND_CLAUSE.search(text, at + len(c["figure"])) if at >= 0 else None
    return text[:m.start()] if m is not None else text


def headline_of_the_reporter(c: dict, claims: list[dict]) -> bool:
    """Whether a headline's figure without a source, that says what befell those counted, is
    the reporter's own claim though the body gives it again: every body claim of the same value
    and thing has a source ("Fourteen guards killed in ambush", then "the ministry said 14 guards
    were killed": two claims, ``dedupe``). A headline the body repeats without a source, or one
    that leaves out what befell them or names a source the extractor could not tell ("Twenty
    killed in Tarn, civil defence says"), stays the body's claim.

    >>> [(c["figure"], c["claimant"]) for c in _claims("Six guards killed in ambush near Tarn\\n\\n"
    ...     "Six guards were killed in Tarn, the army confirmed on Sunday.")]
    [('Six', 'unattributed'), ('Six', 'the army')]
    >>> [(c["figure"], c["claimant"]) for c in _claims("Six guards killed in ambush near Tarn\\n\\n"
    ...     "Six guards were killed in Tarn on Sunday.")]
    [('Six', 'unattributed')]
    >>> [(c["figure"], c["claimant"]) for c in _claims("Six guards killed in ambush near Tarn\\n\\n"
    ...     "Six guards were killed in Tarn, the army said.\\n\\nSIX GUARDS KILLED\\n\\nSix guards died there.")]
    [('Six', 'unattributed'), ('Six', 'the army')]
    >>> [(c["figure"], c["claimant"]) for c in _claims("Six guards killed in Tarn, officials say\\n\\n"
    ...     "Six guards were killed in Tarn, the army confirmed on Sunday.")]
    [('Six', 'officials'), ('Six', 'the army')]

    A source that speaks in the headline's second clause only ("... as medics say ...") is no
    source of its figure (``_headline_clause``):

    >>> [(c["figure"], c["claimant"]) for c in _claims("Six guards rescued in Tarn as hospitals say scores killed in strikes\\n\\n"
    ...     "Six guards were rescued in Tarn, the army said on Sunday.")]
    [('Six', 'unattributed'), ('scores', 'unattributed'), ('Six', 'the army')]
    """
    if c["claimant"] != UNATTRIBUTED or not c["status"] or _reporting_verb().search(_headline_clause(c)):
        return False  # (a headline whose source the extractor missed: "..., civil defence says")
    same = [o for o in claims if o["role"] == "body" and o["value_low"] == c["value_low"]
            and o["value_high"] == c["value_high"] and o["category"] == c["category"]]
    # a copy without a source after a sourced one restates that one: no claim the body gives
    # without a source ("… the ministry said", then a subhead "14 GUARDS KILLED")
    first = min(((o["paragraph"], o["sentence_no"]) for o in same if o["claimant"] != UNATTRIBUTED), default=None)
    return first is not None and all(o["claimant"] != UNATTRIBUTED or (o["paragraph"], o["sentence_no"]) > first
                                     for o in same)


def headline_of_its_source(c: dict) -> bool:
    """Whether a headline's figure is the claim of the source its own clause names with a verb of
    speech ("Twelve guards killed in Tarn, the army says"), of people it says what befell: the
    outlet's headline puts the figure in that source's mouth, and the body's report of the same
    figure is another claim beside it, whoever gives it there (``dedupe``).

    >>> [(c["figure"], c["claimant"]) for c in _claims("Six guards killed in Tarn, the army says\\n\\n"
    ...     "Six guards were killed in Tarn, the army said on Sunday.")]
    [('Six', 'the army'), ('Six', 'the army')]

    A participle among the counted words is no verb of the source's ("Four alleged rebels killed"):

    >>> [(c["figure"], c["role"]) for c in _claims("Four alleged rebels killed in Tarn - the army\\n\\n"
    ...     "Four alleged rebels were killed in Tarn, the army said on Sunday.")]
    [('Four', 'body')]
    """
    if c["role"] != "title" or c["claimant"] == UNATTRIBUTED or not c["status"]:
        return False
    clause, at = _headline_clause(c), c["sentence"].find(c["figure"])
    # the verb opens the clause before the figure ("Osk says 40 ...") or closes it ("..., Osk
    # says"): not a participle among the counted words ("4 alleged rebels killed")
    return any(m.end() <= at or not clause[m.end():].strip(" .!?\"”'’")
               for m in _reporting_verb().finditer(clause))


def dedupe(claims: list[dict], summary: frozenset[int] = frozenset()) -> list[dict]:
    """Each claim once per article: a headline figure the body repeats, the same figure
    restated with the same unit and claimant, or a figure repeated without a source where it
    has one elsewhere ("3,000 casualties" in a key point, "the NIS said ... about 3,000" in the
    body), keeps its first sourced body occurrence; a figure in a summary's paragraphs
    (``summary``, paragraph numbers: ``summary_paragraphs``) that the body gives too is the
    body's claim, whoever the summary names.

    >>> [(c["figure"], c["claimant"]) for c in _claims(
    ...     "Key points\\n- About 3,000 soldiers were killed.\\nThe NIS said about 3,000 soldiers were killed.")]
    [('3,000', 'South Korea NIS')]

    A headline's figure that the body gives again with a status the headline leaves out is the
    body's claim:

    >>> [(c["figure"], c["status"]) for c in _claims("Ambush in Tarn leaves over 50 fighters\\n\\nOver 50 fighters were killed there.")]
    [('50', 'killed')]
    """
    def key(c: dict) -> tuple:
        # shares are all category other: what happened to the whole tells two apart ("half of
        # the deployed soldiers were wounded", "half of the shells Russia fires")
        kind = (c["category"], c["status"]) if c["unit"] == "percent" else c["category"]
        return (c["value_low"], c["value_high"], kind, c["unit"], c["claimant"], c["modality"])

    body_units: dict[tuple, set[str]] = {}  # the units each value and category counts in the body
    for c in claims:
        if c["role"] == "body":
            body_units.setdefault(key(c)[:3], set()).add(c["unit"])

    def told_in_body(c: dict) -> bool:
        # a headline's figure the body gives again, of the same people ("4 militants" over a body
        # whose only four are soldiers is a claim of its own: ``other_side``)
        units = body_units.get(key(c)[:3])
        return units is not None and not all(other_side(c["unit"], u) for u in units)

    # a headline's figure that the body gives again with a status the headline leaves out
    # ("a tally that took in 600 farmers" over a body that says they were killed)
    body_said = {(c["value_low"], c["value_high"], c["unit"], c["claimant"]) for c in claims
                 if c["role"] == "body" and c["status"]}
    # a key point or lede that repeats a figure without its source: the sourced one stands
    # (a headline the body repeats gives way to the body, so it stands for no source here)
    sourced: dict[tuple, set[str]] = {}  # and what befell those the sourced claims count
    for c in claims:
        if c["claimant"] != UNATTRIBUTED and not (c["role"] == "title" and told_in_body(c)):
            sourced.setdefault(key(c)[:4], set()).add(c["status"])
    sourced.update((_people_key(c), set()) for c in claims if c["claimant"] != UNATTRIBUTED and c["role"] == "body")
    # "more than 6,000 North Korean troops killed or wounded" restated as "more than 6,000
    # casualties" by the same source: the restatement in the word "casualties" is the same claim
    def restated(c: dict) -> tuple:
        return (*key(c)[:3], *key(c)[4:], c["hedge"])

    specific = {restated(c) for c in claims
                if c["category"] == "casualties" and c["unit"] != _generic_unit(c["category"])}
    out: list[dict] = []
    seen: dict[tuple, tuple[int, int]] = {}  # what was kept, and the sentence it was kept in
    seen_units: dict[tuple, set[str]] = {}  # and the units it was counted in
    seen_sentences: dict[tuple, str] = {}  # and the sentence it was kept from
    statuses: dict[tuple, set[str]] = {}
    ranges = [r for r in claims if r["hedge"] == "range"]
    if ranges:
        claims = [c for c in claims if not top_of_range_restated(c, ranges)]
    if summary:
        claims = [c for c in claims if not restated_in_summary(c, claims, summary)]
    claims = [c for c in claims if not heading_restated(c, claims)]
    titles = _title_texts(claims)
    copies = _sourced_copies(claims)
    headlines: list[dict] = []  # a headline's claims of its own source, beside the body's
    for c in claims:
        if copies and copied_without_its_source(c, copies):
            continue
        if c["role"] == "title" and told_in_body(c) and headline_of_its_source(c):
            headlines.append(c)
            continue
        if c["role"] == "title" and told_in_body(c) and not headline_of_the_reporter(c, claims):
            continue
        if c["role"] == "title" and not c["status"] and (c["value_low"], c["value_high"], c["unit"], c["claimant"]) in body_said:
            continue
        if c["role"] == "body" and _folded_quotes(c["sentence"]) in titles and any(
                t is not c and t["role"] == "body" and key(t)[:3] == key(c)[:3] for t in claims):
            continue  # the scraper's second copy of the headline
        # (a figure that counts a group besides one counted before restates none: counted_besides)
        besides = counted_besides(c, out)
        if restated_without_status(c, statuses) and not besides:
            continue
        if c["claimant"] == UNATTRIBUTED and not besides \
                and (copies_a_status(c, sourced.get(key(c)[:4])) or _people_key(c) in sourced) \
                and not told_before_its_source(c, claims, key) \
                and not vague_with_a_status_of_its_own(c, claims):
            continue
        at = (c["paragraph"], c["sentence_no"])
        people = same_people_restated(c)
        if seen.get(people, at) != at and not besides \
                and not all(other_side(c["unit"], u) for u in seen_units[people]) \
                and not at_another_place(c["sentence"], seen_sentences[people]):
            continue  # (one sentence restates none of its own figures: "195 for 195"; "two
            # civilians were injured" restates no "two troopers were injured": ``other_side``)
        if c["unit"] == _generic_unit(c["category"]) and restated(c) in specific:
            continue
        if definite_group_restated(c, out):
            continue
        if definite_group_named_again(c, out):
            continue
        if definite_speakers_named_again(c, claims):
            continue
        if figure_named_again(c, out):
            continue
        if losses_restated(c, out):
            continue
        seen.setdefault(people, at)
        seen_sentences.setdefault(people, c["sentence"])
        seen_units.setdefault(people, set()).add(c["unit"])
        out.append(c)
    return headlines + out if headlines else out


#: A place a sentence names after "in", "at" or "near": a capitalised name of up to three words
#: ("in Hawija", "at Khud Hanjipoa", "in the Hamrin Basin").
_NAMED_AFTER_LOCATIVE = re.compile(r"\b(?i:in|at|near)\s+(?:the\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})")


def _towns_named(sentence: str) -> frozenset[str]:
    """The names a sentence gives after "in", "at" or "near", no month, weekday or country
    ("in March", "in Iraq": a whole country may hold any town).

    >>> sorted(_towns_named("In Baghdad, a bomb killed seven people in March in Iraq."))
    ['Baghdad']
    """
    if not _LOCATIVE_WORD.search(sentence):
        return frozenset()
    words = lexicons.calendar().words()
    countries = _country_names()
    return frozenset(n for n in _NAMED_AFTER_LOCATIVE.findall(sentence)
                     if n.split()[0].lower() not in words and n not in countries)


_LOCATIVE_WORD = re.compile(r"\b(?i:in|at|near)\s+(?:the\s+)?[A-Z]")


@cache
def _country_names() -> frozenset[str]:
    from claimtable.places import country_names

    return frozenset(country_names().values())


def at_another_place(sentence: str, kept: str) -> bool:
    """Whether a figure that repeats the value and the people of one kept before, in another
    sentence, tells of another place: each sentence names after "in", "at" or "near" a town the
    other does not name (a round-up's "A drone killed three militants in Najjar." and "An
    airstrike killed three militants in the Hamrin Basin."): two events, two claims (``dedupe``).
    A sentence that names no such place, or names the kept one's, may restate it.

    >>> at_another_place("A drone killed three militants in Tarn.", "A drone killed three militants in Velm.")
    True
    >>> at_another_place("The three militants died at a clinic in Tarn.", "A drone killed three militants near Tarn.")
    False
    >>> at_another_place("Three militants were killed in Tarn, police said.", "A drone killed three militants.")
    False
    """
    mine, theirs = _towns_named(sentence), _towns_named(kept)
    return bool(mine and theirs) and not any(n in kept for n in mine) and not any(n in sentence for n in theirs)


#: Statuses that may sum up a more specific one ("casualties", "lost"): what a figure restated
#: with one of them says befell those counted may be what the first said.
_BROAD_STATUSES = frozenset({"casualties", "killed or wounded", "lost"})


def copies_a_status(c: dict, statuses: set[str] | None) -> bool:
    """Whether a figure without a source may repeat a sourced one of the same value, category
    and unit whose claims said ``statuses`` befell those counted (``None``: no such claim): not
    when both say what befell them and it differs ("the ministry said two people were killed
    ...", then "two people were wounded in raids in the south": another claim); a status
    written only once, or a broad one ("casualties", "lost"), may be the same claim's (``dedupe``).

    >>> [(c["status"], c["claimant"]) for c in _claims("The ministry said a strike on Velm killed two people.\\n\\n"
    ...     "Shelling wounded two people in Tarn on Friday evening.")]
    [('killed', 'the ministry'), ('wounded', 'unattributed')]
    >>> copies_a_status({"status": "killed"}, {"", "wounded"}), copies_a_status({"status": "killed"}, None)
    (True, False)
    """
    if statuses is None:
        return False
    own = c["status"].removeprefix("expected ")
    if not _hit(own) or own in _BROAD_STATUSES:
        return True
    return any(s.removeprefix("expected ") in (own, *_BROAD_STATUSES) or not _hit(s) for s in statuses)


#: A figure's words that count a group besides one counted before: "another 1,500 troops", "an
#: additional 300", "a further 20" before it; "two other boats", "four others", "1,000 more" after it.
_BESIDES_BEFORE = re.compile(r"\b(?i:another|additional|further)\s+$")
_BESIDES_AFTER = re.compile(r"\s+(?i:other|others|more)\b")


def counted_besides(c: dict, kept: list[dict]) -> bool:
    """Whether a figure counts a group besides one counted before by its words (``_BESIDES_BEFORE``,
    ``_BESIDES_AFTER``: "another 1,500 troops have entered Russia" after "the navy took 1,500
    troops to Russia"), where no claim kept before of the same value is so marked: another claim,
    not a restatement (``dedupe``). Two figures so marked are one ("is sending another 6,000",
    then "is set to send another 6,000"), and a figure after a claim of its own sentence counts
    a group besides that one ("40 civilians were killed while 121 others were hurt").

    >>> [(c["figure"], c["status"]) for c in _claims("Ilse Marrow said 1,500 troops were taken to Velm last week. "
    ...     "Marrow said another 1,500 troops have arrived in Velm.")]
    [('1,500', ''), ('1,500', 'arrived')]
    >>> [c["figure"] for c in _claims("Marrow said another 900 troops were sent. Marrow said another 900 troops were sent.")]
    ['900']
    """
    text = c["sentence"]
    if "other" not in text and "more" not in text and "dditional" not in text and "urther" not in text:
        return False  # the cheap test first
    if not _marked_besides(c) or any(o["paragraph"] == c["paragraph"] and o["sentence_no"] == c["sentence_no"]
                                     for o in kept):
        return False  # "40 civilians were killed while 121 others were hurt": besides the 40
    return not any(o["value_low"] == c["value_low"] and o["value_high"] == c["value_high"] and _marked_besides(o)
                   for o in kept)


def _marked_besides(c: dict) -> bool:
    """Whether the words right before or after a claim's figure in its sentence mark a group
    besides one counted before (``counted_besides``)."""
    text = c["sentence"]
    return any(_BESIDES_BEFORE.search(text, max(0, start - 30), start) or _BESIDES_AFTER.match(text, end)
               for start, end in _figure_spans(text, c["figure"]))


def _figure_spans(text: str, figure: str) -> Iterator[tuple[int, int]]:
    r"""The spans of ``figure`` in ``text`` with no word character, full stop or comma right
    before and no word character right after, left to right, none overlapping: what
    ``re.finditer(rf"(?<![\w.,]){re.escape(figure)}(?![\w])", text)`` finds, found without a
    pattern compiled for each figure (for speed: the figures of a corpus rarely repeat, and
    each compile cost more than the claim's whole dedupe).

    >>> list(_figure_spans("another 1,500, not 21,500 or 1,5000; 1,500_ (1,500)", "1,500"))
    [(8, 13), (45, 50)]
    """
    at = text.find(figure)
    while at >= 0:
        end = at + len(figure)
        before, after = text[at - 1:at], text[end:end + 1]
        if not (before and (before.isalnum() or before in "_.,")) and not (after and (after.isalnum() or after == "_")):
            yield at, end
            at = text.find(figure, end)
        else:
            at = text.find(figure, at + 1)


#: The largest count in words that a definite article makes a group named before ("the two men").
SMALL_DEFINITE = 12


@cache
def _definite_figure(figure: str) -> re.Pattern[str]:
    """A count in words right after a definite determiner: "the two", "these two", "those two"."""
    return re.compile(rf"\b(?:the|these|those)\s+{re.escape(figure)}\b", re.I)


#: What a loss may sum up when one source says "lost" of a count it gave with it: a death, a capture,
#: a disappearance, a thing destroyed (never a wound: "lost" is not "hurt").
_LOSS_STATUSES = frozenset({"killed", "captured", "missing", "destroyed"})


def losses_restated(c: dict, kept: list[dict]) -> bool:
    """Whether a body figure restates a claim kept before it, one of the two saying only that
    those counted were "lost" and the other what befell them: the same source, value, category,
    noun (or one group of ``restated_units.csv``) and modality ("four guards were killed, a
    source said", then the source's "we have lost four guards"; "Osk lost 44 tanks", then "the 44
    tanks were destroyed"). "Lost" sums up the loss the other names: one claim. Not without a
    source: a reporter's "lost" may be a source's the extractor could not credit.

    >>> [(c["figure"], c["status"]) for c in _claims("Four guards were killed in Tarn, a security source said. "
    ...     "\u201cWe have lost four guards,\u201d the security source said.")]
    [('Four', 'killed')]
    """
    if c["role"] != "body" or c["hedge"] == "vague" or c["claimant"] == UNATTRIBUTED:
        return False  # (two figures without a source may be two sources' the extractor missed)
    own = c["status"].removeprefix("expected ")
    if own != "lost" and own not in _LOSS_STATUSES:
        return False
    group = _restated_group(c) or c["unit"]
    return any(o["role"] == "body" and o["value_low"] == c["value_low"] and o["value_high"] == c["value_high"]
               and o["category"] == c["category"] and o["claimant"] == c["claimant"]
               and o["modality"] == c["modality"] and (_restated_group(o) or o["unit"]) == group
               and {own, o["status"].removeprefix("expected ")} & {"lost"}
               and (own if own != "lost" else o["status"].removeprefix("expected ")) in _LOSS_STATUSES
               for o in kept)


def definite_group_restated(c: dict, kept: list[dict]) -> bool:
    """Whether a small count in words after "the", "these" or "those" that counts people
    points back to a group a claim kept before counted ("two scouts were captured", then
    paragraphs on "photos of the two men"): the same source (or none) and the same status (or
    none on one side); a group another source counts, or with another status, is a claim of
    its own ("two soldiers were killed ... the two prisoners seized rifles").

    >>> [c["figure"] for c in _claims("Ilse Marrow said two soldiers were captured.\\n\\nRain fell.\\n\\n"
    ...                                "Later, Marrow showed photos of the two men.")]
    ['two']
    """
    if c["role"] != "body" or c["value_low"] != c["value_high"] or c["value_high"] > SMALL_DEFINITE \
            or c["unit"] == "percent" or not c["figure"].isalpha():
        return False  # the cheap tests first
    if not counts_people(Noun(c["unit"], c["category"], 0, 0)) \
            or _definite_figure(c["figure"]).search(c["sentence"]) is None:
        return False
    return any(o["value_low"] == c["value_low"] and o["value_high"] == c["value_high"] and o["unit"] != "percent"
               and c["claimant"] in (o["claimant"], UNATTRIBUTED)
               and (not c["status"] or not o["status"] or c["status"] == o["status"])
               and counts_people(Noun(o["unit"], o["category"], 0, 0)) for o in kept)


#: Casualty statuses that leave those counted unable to be in another: the dead are neither
#: hurt nor held ("two were captured", then "the two wounded men": one group; "killed" never).
_FINAL_STATUSES = frozenset({"killed", "expected killed"})


def _statuses_agree(a: str, b: str) -> bool:
    """Whether one group can be in both states: the same status, none on one side, or two
    casualty statuses of which neither is a death ("captured" and "wounded").

    >>> _statuses_agree("captured", "wounded"), _statuses_agree("killed", "captured"), _statuses_agree("", "shipped")
    (True, False, True)
    """
    if a == b or not a or not b:
        return True
    return _hit(a) and _hit(b) and a not in _FINAL_STATUSES and b not in _FINAL_STATUSES


def definite_group_named_again(c: dict, kept: list[dict]) -> bool:
    """Whether a small count in words after "the", "these" or "those" names again a group a
    claim kept before counted: the article only points back. Whoever speaks of the group now,
    when the count says nothing of what befell it ("two soldiers were captured", then "an aide
    said the two men were in Kyiv"; "three tanks arrived", then "the three armoured vehicles");
    the same source, when one group can be in both states (``_statuses_agree``: "the two
    wounded men"). The group is the same when the count is and both count people, or both
    things of one category; another source's count with a status of its own is its own ("the
    officers said two villagers were killed ... villagers said they found the two bodies"), as
    is a group whose state cannot be the first's ("two soldiers were killed ... the two
    prisoners seized rifles"). After ``definite_group_restated``.

    >>> [(c["figure"], c["claimant"]) for c in _claims("Ilse Marrow said two soldiers were captured.\\n\\n"
    ...     "Officials said the two men were in a hospital. Marrow said the two wounded men were in Tessen.")]
    [('two', 'Ilse Marrow')]
    >>> [c["figure"] for c in _claims("Three tanks were delivered to Velm.\\n\\nThe three armoured vehicles were "
    ...                                "delivered by rail.")]
    ['Three']
    """
    if c["role"] != "body" or c["value_low"] != c["value_high"] or c["value_high"] > SMALL_DEFINITE \
            or c["unit"] == "percent" or not c["figure"].isalpha():
        return False  # the cheap tests first
    if _definite_figure(c["figure"]).search(c["sentence"]) is None:
        return False
    people = counts_people(Noun(c["unit"], c["category"], 0, 0))
    return any(o["value_low"] == c["value_low"] and o["value_high"] == c["value_high"] and o["unit"] != "percent"
               and (not c["status"] or (o["claimant"] == c["claimant"] and _statuses_agree(c["status"], o["status"])))
               and (counts_people(Noun(o["unit"], o["category"], 0, 0)) if people
                    else o["category"] == c["category"] and not counts_people(Noun(o["unit"], o["category"], 0, 0)))
               for o in kept)


def definite_speakers_named_again(c: dict, claims: list[dict]) -> bool:
    """Whether a small count in words after "the", "these" or "those" that says nothing of what
    befell those it counts names again the people counted as the source of an earlier claim
    ("two port officials said ...", then "a claim the two officials denied"): speakers, no count. The group
    is the same when the source's words open with that count and end in that noun.

    >>> [c["figure"] for c in _claims("Raiders fired at three tankers, two port officials said.\\n\\n"
    ...                                "The raiders said they sank one, a claim the two officials denied.")]
    ['three']
    """
    if c["role"] != "body" or c["status"] or c["value_low"] != c["value_high"] \
            or c["value_high"] > SMALL_DEFINITE or not c["figure"].isalpha():
        return False  # the cheap tests first
    if _definite_figure(c["figure"]).search(c["sentence"]) is None:
        return False
    at, count, head = (c["paragraph"], c["sentence_no"]), c["figure"].lower(), c["unit"].split()[-1]
    for o in claims:
        words = (o["claimant_phrase"] or "").lower().split()
        if (o["paragraph"], o["sentence_no"]) < at and len(words) > 1 and words[0] == count \
                and singular(words[-1]) == head:
            return True
    return False


#: A figure given as the value of "the figure" or of an estimate ("estimates the figure at around
#: 2,000", "The figure of 40,000 refers to", "Washington's estimate of 10,000 troops"): the words
#: before it in its sentence, up to two hedge words between.
_FIGURE_NAMED = re.compile(
    r"(?:\b(?i:the|a|an|its|their|this|that|his|her)|[\w.]+['’]s)\s+(?:\S+\s+){0,3}?"
    r"(?i:figure|estimate)\s+(?:at|of)\s+(?:[a-z]+\s+){0,2}$")


def figure_named_again(c: dict, kept: list[dict]) -> bool:
    """Whether a figure given as the value of "the figure" or of an estimate names again a count
    a claim kept before gave (the same value), whoever gives it now: the words only point back
    ("2,000 soldiers were killed, the agency said", then a lawmaker's "it now estimates the
    figure at around 2,000"). A figure such words give first, or with another value, is a claim.

    >>> [(c["figure"], c["claimant"]) for c in _claims("Velmar has sent about 1,400 soldiers, the agency said. The "
    ...     "new estimate of 1,400 soldiers comes after Ilse Marrow put the figure at 900. Marrow's estimate of 2,000 is higher.")]
    [('1,400', 'the agency'), ('900', 'Ilse Marrow'), ('2,000', 'Ilse Marrow')]
    """
    text = c["sentence"]
    if c["role"] != "body" or ("igure" not in text and "stimate" not in text):
        return False  # the cheap tests first
    # (``start`` is the figure's place in the article: find it in its sentence)
    if not any(_FIGURE_NAMED.search(text, max(0, at - 80), at)
               for at in (m.start() for m in re.finditer(rf"(?<![\w.,]){re.escape(c['figure'])}", text))):
        return False
    percent = c["unit"] == "percent"
    return any(o["value_low"] == c["value_low"] and o["value_high"] == c["value_high"]
               and (o["unit"] == "percent") == percent for o in kept)


def restated_in_summary(c: dict, claims: list[dict], summary: frozenset[int]) -> bool:
    """Whether a claim stands in a summary of the page ("Key points", a live blog's "Summary
    of the day so far") and the page gives the same figure of the same thing outside it with a
    source: the summary restates that report, even when it names the source differently.

    >>> [(c["figure"], c["claimant"]) for c in _claims("Officials said 900 soldiers were killed in "
    ...     "May.\\n\\nKey points\\n- 900 soldiers were killed, the ministry says")]
    [('900', 'officials')]
    """
    if c["paragraph"] not in summary:
        return False
    status = _SAME_STATUS.get(c["status"], c["status"])
    return any(o["paragraph"] not in summary and o["claimant"] != UNATTRIBUTED and o["value_low"] == c["value_low"]
               and o["value_high"] == c["value_high"] and o["category"] == c["category"]
               and (_SAME_STATUS.get(o["status"], o["status"]) == status or not o["status"] or not status)
               for o in claims)


#: Statuses that say the same of people hit: "100,000 casualties" are "killed or wounded".
_SAME_STATUS = {"casualties": "killed or wounded"}


def heading_restated(c: dict, claims: list[dict]) -> bool:
    """Whether a claim stands in a heading inside the body (a live blog's entry headline, a
    round-up item's title: no full stop, at most 25 words) whose entry, in the same paragraph
    or the next, gives the same figure of the same thing with a source: the entry's claim.

    >>> [(c["figure"], c["sentence_no"]) for c in _claims("Strike on the city market\\n\\nOver 40 civilians killed in the city, "
    ...     "officials say\\n\\nAt least 40 people died in the strike, the regional governor said.")]
    [('40', 2)]
    """
    text = c["sentence"].rstrip(" \t\n“‘")  # a splitter may leave the next quotation's mark
    if c["role"] != "body" or not text or text[-1] in ".!?\"”’)" or text.count(" ") > 24:
        return False  # the cheap tests first
    return any(o["sentence_no"] > c["sentence_no"] and o["paragraph"] - c["paragraph"] in (0, 1)
               and o["value_low"] == c["value_low"] and o["value_high"] == c["value_high"]
               and o["category"] == c["category"] and o["claimant"] != UNATTRIBUTED for o in claims)


@cache
def _summary_header() -> tuple[re.Pattern[str], tuple[str, ...]]:
    """The summary headers of the furniture lexicon (kind ``summary``), after a live blog's
    stamp if any ("5m ago 14.20 BST Summary of the day …"), and the cheap tests: each
    header without its first letter, and in capitals."""
    phrases = [r["phrase"] for r in lexicons.read_lexicon("furniture") if r["kind"] == "summary"]
    stamp = r"(?:[\w ]{0,14}\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?\s*)?(?:[A-Z]{2,4}\s+)?)?"
    header = re.compile(rf"\s*{stamp}(?:{lexicons.alternation(phrases, fold_case=True)})(?![\w-])", re.I)
    return header, (*(p[1:] for p in phrases), *(p.upper() for p in phrases))


_LIST_LINE = re.compile(r"\s*(?:[-*+•]\s|\d{1,3}[.)]\s)")


def summary_paragraphs(src: Source) -> frozenset[int]:
    """The numbers of the paragraphs that summarise the page: one that opens with a summary
    header (``_summary_header``) and the list items right under it.

    >>> from claimtable.load import load_text
    >>> sorted(summary_paragraphs(load_text("a", "Troops left.\\nKey points\\n- 500 left\\n- 90 stayed\\nThen more.")))
    [2, 3, 4]
    """
    header, cheap = _summary_header()
    text = src.text
    if not text or not any(c in text for c in cheap):
        return frozenset()
    out: set[int] = set()
    listing, paragraph = False, -1
    for s in src.sentences:
        if s.paragraph == paragraph or s.role != "body":
            continue
        paragraph = s.paragraph
        if header.match(s.text):
            out.add(paragraph)
            listing = True
        elif listing and _LIST_LINE.match(s.text):
            out.add(paragraph)
        else:
            listing = False
    return frozenset(out)


def _sourced_copies(claims: list[dict]) -> dict[tuple, list[str]]:
    """The sentences (folded) of the claims whose source the sentence itself names, by
    ``_people_key``: what ``copied_without_its_source`` compares a carried figure with."""
    out: dict[tuple, list[str]] = {}
    if any(c["attribution"] == "carried" for c in claims):
        for c in claims:
            if c["attribution"] in ("clause", "sentence"):
                out.setdefault(_people_key(c), []).append(normalise_passage(c["sentence"]))
    return out


def copied_without_its_source(c: dict, copies: dict[tuple, list[str]]) -> bool:
    """Whether a figure whose source was carried over is a copy of a sentence found elsewhere
    with its source ("Strikes overnight killed 20 people." in a round-up's summary, the same
    words and "according to health officials" in the report under it): one claim, the sourced one.

    >>> [(c["figure"], c["claimant"]) for c in _claims("The ministry said 9 people died. "
    ...     "Strikes overnight killed 20 people.\\nStrikes overnight killed 20 people, officials said.")]
    [('9', 'the ministry'), ('20', 'officials')]
    """
    if c["attribution"] != "carried":
        return False
    same = copies.get(_people_key(c))
    if not same:
        return False
    text = normalise_passage(c["sentence"]).rstrip(".!? ")
    return len(text.split()) >= 5 and any(t != text and t.startswith(text) for t in same)


def _title_texts(claims: list[dict]) -> frozenset[str]:
    """The headline's text (quotes folded), so that the scraper's second copy of the headline
    in the body ("About 2,000 more troops in Kursk – Pentagon" twice) is a headline too.

    >>> sorted(_title_texts([{"role": "title", "sentence": "2,000 more in Kursk – Pentagon’s view"}]))
    ["2,000 more in Kursk – Pentagon's view"]
    """
    return frozenset(_folded_quotes(c["sentence"]) for c in claims if c["role"] == "title")


def _folded_quotes(text: str) -> str:
    """Text with curly apostrophes written straight."""
    return text.replace("’", "'").replace("‘", "'").strip()


#: Statuses that say nothing of what happened to those counted.
_NO_STATUS = frozenset({"", "expected"})


def _hit(status: str) -> bool:
    """Whether a status says those counted were hit ("killed", "expected wounded")."""
    return status.removeprefix("expected ") in CASUALTY_STATUSES


def restated_without_status(c: dict, statuses: dict[tuple, set[str]]) -> bool:
    """Whether a claim restates one kept before it when one of the two says nothing of what
    happened to those counted ("brings the number of troops to 3,000", then "3,000 soldiers
    have been deployed", same source): ``same_people_restated`` but for the status. Records
    ``c`` in ``statuses`` when it is kept.

    >>> [c["figure"] for c in _claims("Park said the troops number 3,000. Park said 3,000 soldiers were deployed.")]
    ['3,000']
    >>> [c["figure"] for c in _claims("Park said 6,000 soldiers are to be deployed. Of the 6,000 troops planned, "
    ...                                "1,000 have arrived, Park said.")]
    ['6,000', '1,000']

    A vague quantity names no figure: "millions" again, with a status of its own, is another
    count, not a restatement of the first.

    >>> [c["status"] for c in _claims("Aid must reach millions of people in need. The war has uprooted millions of others.")]
    ['in need', 'displaced']
    """
    if _restated_group(c) is None:  # a unit of no group of restated_units.csv
        return False
    if c["hedge"] == "vague" and c["status"] not in _NO_STATUS:
        return False  # "millions" a second time, with what befell them: no figure restated
    k = same_people_restated(c)
    base = k[:6]
    seen = statuses.get(base)
    # a projected figure with no status cue of its own is "expected": no status either; and
    # what a source expects of a force ("to be deployed", "expected to arrive") is one plan
    if seen and (c["status"] in _NO_STATUS or not seen.isdisjoint(_NO_STATUS)
                 or (c["modality"] == "projected" and not _hit(c["status"]) and not any(map(_hit, seen)))):
        return True
    statuses.setdefault(base, set()).add(c["status"])
    return False


def vague_with_a_status_of_its_own(c: dict, claims: list[dict]) -> bool:
    """Whether an unattributed vague quantity says what befell those it counts ("leaving
    millions displaced") where no sourced claim of the same quantity and noun says so: it names
    no figure a source gave, so it is no source's claim repeated without its source, but a
    count of its own (as in ``restated_without_status``).

    >>> [(c["claimant"], c["status"]) for c in _claims(
    ...     "The war goes on, leaving millions displaced. Ilse Marrow said the hunger of millions of people grows.")]
    [('unattributed', 'displaced'), ('Ilse Marrow', '')]
    """
    if c["hedge"] != "vague" or c["status"] in _NO_STATUS:
        return False  # the cheap test first
    return not any(o["claimant"] != UNATTRIBUTED and o["status"] == c["status"] and o["hedge"] == "vague"
                   and o["value_low"] == c["value_low"] and o["value_high"] == c["value_high"]
                   and o["category"] == c["category"] for o in claims)


def top_of_range_restated(c: dict, ranges: list[dict]) -> bool:
    """Whether a single figure is the top of a range the article gives for the same thing
    ("up to 39,000 soldiers may have died" in a key point, "between 31,000 and 39,000 soldiers
    were killed" in the body): same category and status, its claimant the range's or none.
    ``ranges`` are the article's range claims.

    >>> [c["figure"] for c in _claims("Up to 39,000 soldiers died. Between 31,000 and 39,000 soldiers died.")]
    ['31,000 and 39,000']
    """
    if c["hedge"] == "range" or c["unit"] == "percent":
        return False
    status = c["status"].removeprefix("expected ")
    return any(r["hedge"] == "range" and r["value_high"] == c["value_high"] and r["category"] == c["category"]
               and r["status"].removeprefix("expected ") == status
               and c["claimant"] in (r["claimant"], UNATTRIBUTED) for r in ranges)


def same_people_restated(c: dict) -> tuple:
    """What makes two claims one when a source restates a figure: value, category, claimant,
    modality and the counted noun, where the units of one group of ``restated_units.csv`` are
    one noun ("troops" and "soldiers"; "people", "injured", "dead"), whatever the hedge
    ("some 42,000 people were hurt", then "42,000 injured").

    >>> [c["figure"] for c in _claims(
    ...     "Some 42,000 people were hurt, the ministry said. The ministry said 42,000 injured were in hospitals.")]
    ['42,000']

    "Casualties" are the killed or wounded: the same figure in either words is one claim.

    >>> [c["status"] for c in _claims("An estimated 4,200 soldiers were killed or wounded, the NIS said. "
    ...                                "The NIS said the army had suffered 4,200 casualties.")]
    ['killed or wounded']
    """
    group = _restated_group(c)
    if group is None:  # "killed 9 civilians and injured 9 more": what happened to them tells two
        return (c["value_low"], c["value_high"], c["category"], c["unit"], c["claimant"], c["modality"],
                c["status"] if _hit(c["status"]) else "")
    # one group: one claim only when what happened to them is the same ("1,000 killed" and
    # "1,000 wounded" by one source are two; "casualties" are the "killed or wounded")
    return (c["value_low"], c["value_high"], c["category"], group, c["claimant"], c["modality"],
            _SAME_STATUS.get(c["status"], c["status"]))


def other_side(unit: str, other: str) -> bool:
    """Whether two counted nouns of people name groups that are never the same people: nouns of
    two roles in a fight (``fight_roles.csv``: forces, fighters, civilians). A headline's "4
    militants killed" is no restatement of the body's "four soldiers were killed" (``dedupe``);
    a noun of no role ("men", "people", "dead") may restate any.

    >>> [(c["figure"], c["unit"], c["role"]) for c in _claims(
    ...     "Four militants killed in Tarn gunfight\\n\\nFour soldiers were killed in a gunfight in Tarn on Sunday.")]
    [('Four', 'militant', 'title'), ('Four', 'soldier', 'body')]
    >>> other_side("militant", "soldier"), other_side("man", "soldier"), other_side("terrorist", "militant")
    (True, False, False)
    """
    roles = _fight_roles()
    one, two = roles.get(unit), roles.get(other)
    return one is not None and two is not None and one != two


@cache
def _fight_roles() -> dict[str, str]:
    """The role in a fight of each unit of ``fight_roles.csv``."""
    return {r["unit"]: r["role"] for r in lexicons.read_lexicon("fight_roles")}


def _restated_group(c: dict) -> str | None:
    """The group of a claim's unit in ``restated_units.csv``; soldiers counted as casualties
    are people hit like "deaths" and "injuries" ("300 soldiers were killed", then "300
    deaths" by the same source: one claim).

    >>> _restated_group({"unit": "soldier", "category": "casualties"}), _restated_group({"unit": "soldier", "category": "troops"})
    ('people hit', 'forces')
    """
    group = _restated_groups().get(c["unit"])
    return "people hit" if group == "forces" and c["category"] == "casualties" else group


def _people_key(c: dict) -> tuple:
    """Value, category, restated group and status: what a figure repeated without its source
    shares with the sourced one ("2,700 injured" in a repeated headline, "2,700 wounded" in
    the body); "100 wounded" and "100 dead" are two. A unit that only one source's restatement
    joins to its group (``same_source`` in ``restated_units.csv``: "civilians") keeps its own
    noun here ("30 civilians were killed" told by the reporter is no copy of a witness's "30 people")."""
    group = None if c["unit"] in _same_source_units() else _restated_group(c)
    return (c["value_low"], c["value_high"], c["category"], group or c["unit"],
            _SAME_STATUS.get(c["status"], c["status"]))


@cache
def _restated_groups() -> dict[str, str]:
    """The group of each unit of ``restated_units.csv``."""
    return {r["unit"]: r["group"] for r in lexicons.read_lexicon("restated_units")}


@cache
def _same_source_units() -> frozenset[str]:
    """The units of ``restated_units.csv`` that join their group only when one source restates its
    own figure ("40 civilians were killed", then "the 40 dead", same source: one claim).

    >>> "civilian" in _same_source_units(), "person" in _same_source_units()
    (True, False)
    """
    return frozenset(r["unit"] for r in lexicons.read_lexicon("restated_units") if r["same_source"] == "yes")


@cache
def _generic_unit(category: str) -> str | None:
    """The unit of a category's own name as a counted noun ("casualties": casualty).

    >>> _generic_unit("casualties"), _generic_unit("other")
    ('casualty', None)
    """
    found = lookup_unit(category)
    return found[0] if found and found[1] == category else None


def extract_sources(sources: Iterable[Source]) -> Iterator[dict]:
    """Claims of many sources, in the order given.

    >>> from claimtable.load import load_text
    >>> [c["article"] for c in extract_sources([load_text("a", "5 tanks."), load_text("b", "9 tanks.")])]
    ['a', 'b']
    """
    for src in sources:
        yield from extract_source(src)


def claims_table(sources: Iterable[Source]) -> pd.DataFrame:
    """Extraction's claims table (contract columns first), sorted by article and position;
    ``measure`` and ``as_of`` are left empty here: ``pipeline.claims_frame`` fills them.

    >>> from claimtable.load import load_text
    >>> claims_table([load_text("a", "Up to 3,000 shells were sent.")])[["value_low", "hedge"]].values.tolist()
    [[3000, 'upper_bound']]
    """
    import pandas as pd

    frame = pd.DataFrame(list(extract_sources(sources)), columns=CLAIM_COLUMNS + EXTRA_COLUMNS)
    for col in ("claimant_start", "claimant_end"):
        frame[col] = frame[col].astype("Int64")
    return frame.sort_values(["article", "start"], kind="stable").reset_index(drop=True)


def sources_from_sentences(frame: pd.DataFrame) -> list[Source]:
    """Rebuild loaded sources from a ``sentences.csv`` table (what notebook 01 writes), so that
    extraction can run from the table alone; offsets stay those of the raw files.

    >>> from claimtable.load import load_text, sentences_table
    >>> [s.text for s in sources_from_sentences(sentences_table([load_text("a", "500 troops left.")]))[0].sentences]
    ['500 troops left.']
    """
    import pandas as pd

    from claimtable.load import Sentence

    frame = frame.sort_values(["article", "sentence"], kind="stable")
    columns = ["article", "paragraph", "sentence", "start", "end", "role", "text", "repeat_of", "also_in"]
    by_article: dict[str, Source] = {}
    # one pass over plain columns: a per-article filter costs seconds at thousands of articles
    for article, paragraph, number, start, end, role, text, repeat, also in zip(
            *(frame[c].tolist() for c in columns), strict=True):
        src = by_article.get(str(article))
        if src is None:
            src = by_article[str(article)] = Source(article=str(article), file=str(article))
        src.sentences.append(Sentence(
            src.article, int(paragraph), int(number), int(start), int(end), str(role), str(text),
            None if pd.isna(repeat) else int(repeat), "" if pd.isna(also) else str(also)))
    return list(by_article.values())


def summary(claims: pd.DataFrame) -> pd.DataFrame:
    """Claims per article: how many, by category, and the claimants named.

    >>> import pandas as pd
    >>> summary(pd.DataFrame(columns=CLAIM_COLUMNS)).columns[:2].tolist()
    ['article', 'claims']
    """
    import pandas as pd

    rows = []
    for article, group in claims.groupby("article", sort=True):
        row = {"article": article, "claims": len(group)}
        for cat in lexicons.categories():
            row[cat] = int((group["category"] == cat).sum())
        row["claimants"] = "; ".join(sorted(set(group["claimant"])))
        rows.append(row)
    return pd.DataFrame(rows, columns=["article", "claims", *lexicons.categories(), "claimants"])
