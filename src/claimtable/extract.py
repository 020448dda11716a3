"""Turn loaded sources into the claims table of ``CLAIMS.md``: one row per figure that counts
people or things, with what it counts, its hedge, modality, status, place, time and claimant.

>>> from claimtable.load import load_text
>>> src = load_text("demo", "Officials said 1,500 troops arrived. Up to 3,000 shells were sent.")
>>> [(c["value_low"], c["unit"], c["category"], c["hedge"]) for c in extract_source(src)]
[(1500, 'troop', 'troops', 'exact'), (3000, 'shell', 'munitions', 'upper_bound')]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from claimtable import lexicons
from claimtable.attribute import UNATTRIBUTED, ArticleAttribution, Attribution
from claimtable.load import Source
from claimtable.numbers import PERCENT_AFTER, Figure, find_figures, hedge_after, masked_spans
from claimtable.places import locative_places, within

if TYPE_CHECKING:  # pandas is imported where a table is built: `claimtable extract` never needs it
    import pandas as pd

#: The contract's columns, in order (CLAIMS.md); the extra columns follow them.
CLAIM_COLUMNS = [
    "article", "value_low", "value_high", "hedge", "modality", "category", "unit", "status",
    "claimant", "claimant_phrase", "place", "time_ref", "sentence", "start", "end",
    # added 2026-12 (docs/claims.md): derived after extraction by `measures`
    "measure", "as_of",
]
EXTRA_COLUMNS = [
    "figure", "paragraph", "sentence_no", "role", "attribution", "claimant_start", "claimant_end",
]
CATEGORIES = ("troops", "casualties", "munitions", "containers", "equipment", "other")
CASUALTY_STATUSES = frozenset({"killed", "wounded", "killed or wounded", "captured", "missing",
                               "casualties", "lost"})
#: Words that may stand between a counted noun or aggregate and the figure after it
#: ("a force of 10,000", "the total could rise to 12,000", "put the death toll at 1,000").
LINKS_BEFORE = frozenset(
    "of numbering totalling totaling at to reaching around stood stands was were is are be been "
    "put estimated some the a an rise rose risen rising could would might may will grow grew "
    "climb climbed reach reached now already averaged average averaging totalled totaled "
    "numbered exceeded topped hit had has have".split()
)
#: Words after a figure that point back to what an earlier figure counted ("8,000 of them",
#: "1,000 more were expected").
ANAPHORS = frozenset({"them", "those", "these", "whom", "more", "others", "additional", "further"})
PEOPLE_CATEGORIES = frozenset({"troops", "casualties", "other"})
#: Words that open a part of a group just counted ("12,000 troops, including 500 officers"):
#: a later "of those" still means the whole group.
SUBSET_OPENERS = re.compile(r"\s*(?:including|among\s+(?:them|whom|those)|of\s+(?:whom|which))\b", re.I)
#: Casualty words that may also describe the noun after them ("two wounded soldiers").
CASUALTY_ADJECTIVES = frozenset({"wounded", "injured", "dead"})

_CLAUSE_BREAK = re.compile(
    r",\s+|;\s*|:\s+|\s+(?:but|while|whereas|although|though)\s+|\s*[—–]\s*|\s+-\s+"
    # "... had been deployed and were expected to ...": a second verb phrase, its own clause
    r"|\s+and\s+(?=(?:were|was|are|is|had|have|has|will|would|could|might|may)\b)"
    # "said that 10,000 were in Russia and that he expected them to fight": a second report
    r"|\s+and\s+(?=that\s)"
    # "believes that 8,000 are in Kursk and expects them to fight": a second, projected verb
    r"|\s+and\s+(?=(?:expects?|expected|believes?|believed|plans?|planned|intends?|intended"
    r"|hopes?|hoped|warns?|warned|says?|said)\s)"
)
_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
TIME_REF = re.compile(
    rf"\b(?:(?:since|by|in|as\s+of|until|till|before|after|from|during|through|on|at\s+the\s+end\s+of)"
    rf"\s+(?:{_MONTHS}(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?|{_WEEKDAY}|(?:19|20)\d{{2}}|"
    rf"the\s+(?:end|start|beginning|middle)\s+of\s+(?:the\s+)?[\w-]+(?:\s+(?:invasion|war|offensive))?"
    rf"|early\s+\w+|late\s+\w+)"
    rf"|(?:over|in|during)\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:days?|weeks?|months?|years?)"
    rf"|(?:this|last|next)\s+(?:week|month|year)|so\s+far|to\s+date|in\s+recent\s+(?:days|weeks|months))\b"
)


@dataclass(frozen=True)
class Noun:
    unit: str
    category: str
    start: int
    end: int


@cache
def _units() -> tuple[dict[str, tuple[str, str]], re.Pattern[str]]:
    rows = lexicons.read_lexicon("units")
    table = {r["word"]: (r["unit"], r["category"]) for r in rows}
    return table, re.compile(rf"\b(?:{lexicons.alternation(table, fold_case=True)})\b", re.I)


@cache
def _word_set(name: str, key: str) -> frozenset[str]:
    return frozenset(w.lower() for w in lexicons.column(name, key))


@cache
def _cue_regex(name: str, key: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{lexicons.alternation(lexicons.column(name, key), fold_case=True)})\b", re.I)


@cache
def _statuses() -> dict[str, list[dict[str, str]]]:
    out: dict[str, list[dict[str, str]]] = {}
    for row in lexicons.read_lexicon("statuses"):
        out.setdefault(row["cue"], []).append(row)
    return out


def _lookup_unit(phrase: str) -> tuple[str, str] | None:
    return _units()[0].get(" ".join(phrase.lower().split()))


_WORD = re.compile(r"[\w'’.-]+|[^\w\s]")
_SUFFIX = re.compile(r"[-‑][a-z]+")
_STRONG = re.compile(r"[-‑]strong\b", re.I)
_DIGIT_RUN = re.compile(r"[\d,.]+")


def noun_after(text: str, end: int, masks: list[tuple[int, int, str]]) -> Noun | str | None:
    """The counted noun that follows a figure ("1,500 North Korean troops"), ``"anaphor"`` for
    "of them", or ``None``. Stops at a breaker word, punctuation or another figure."""
    _, units_rx = _units()
    breakers = _word_set("breakers", "word")
    pos = end
    percent = PERCENT_AFTER.match(text, end)
    cue = hedge_after(text, end)
    strong = _STRONG.match(text, end)
    if percent:
        pos = percent.end()
    elif cue:
        pos = cue[2]  # "5,000 or more troops", "100+ missiles": the noun comes after the cue
    elif strong:
        # "a 3,000-strong unit": "-strong" counts people, whatever the noun after it
        head = _WORD.search(text, strong.end())
        if head and head.group(0)[0].isalpha():
            found = units_rx.match(text, head.start())
            known = _lookup_unit(found.group(0)) if found else None
            if found and known:
                return Noun(known[0], known[1], found.start(), found.end())
            return Noun("troop", "troops", head.start(), head.end())
    skipped = 0
    pointer = False  # "of them", "more": what it counts was named before, unless a noun follows
    while skipped <= 5:
        m = _WORD.search(text, pos)
        if m is None:
            return "anaphor" if pointer else None
        word = m.group(0)
        unit = units_rx.match(text, m.start())
        if unit and not (text[unit.end():unit.end() + 1].isalpha()):
            found = _lookup_unit(unit.group(0))
            if found and unit.group(0).lower() in CASUALTY_ADJECTIVES:
                # "captured two wounded North Korean soldiers": the noun after counts
                described = noun_after(text, unit.end(), masks)
                if isinstance(described, Noun) and described.category in PEOPLE_CATEGORIES:
                    return described
            if found:
                return Noun(found[0], found[1], unit.start(), unit.end())
        lower = word.lower().rstrip(".")
        in_mask = any(s <= m.start() < e for s, e, _ in masks)
        if lower in ANAPHORS and skipped <= 2:
            pointer = True
        elif lower in ("and", "or") and skipped == 0:
            break  # "the dead at 600 and the wounded at 1,400": the next noun is another's
        elif _SUFFIX.fullmatch(lower):
            pass  # "2,000-strong", "1,500-plus": a suffix on the figure, the noun comes next
        elif not in_mask and (lower in breakers or not word[0].isalnum()
                              or _DIGIT_RUN.fullmatch(word)):
            break  # the noun phrase ends: a breaker word, punctuation or another figure
        if word.endswith(".") and lower not in _word_set("abbreviations", "abbreviation"):
            break
        pos = m.end()
        skipped += 1
    return "anaphor" if pointer else None


def noun_before(text: str, fig: Figure, clause_start: int) -> Noun | str | None:
    """A counted noun or aggregate ("the total", "a force of") just before a figure, within its
    clause: ``Noun``, ``"anaphor"`` for an aggregate, or ``None``."""
    head = text[clause_start : fig.hedge_start if fig.hedge_start is not None else fig.start]
    words = list(_WORD.finditer(head))[-6:]
    aggregates = _word_set("aggregates", "word")
    for m in reversed(words):
        lower = m.group(0).lower()
        found = _lookup_unit(lower)
        if found:
            return Noun(found[0], found[1], clause_start + m.start(), clause_start + m.end())
        if lower in aggregates:
            return "anaphor"
        if lower not in LINKS_BEFORE:  # "seen on day 0": the noun is not this figure's
            break
    # "The number of North Korean troops in Russia has reached 11,000": an aggregate earlier in
    # the clause stands for the figure
    if any(w.group(0).lower() in aggregates for w in _WORD.finditer(head)):
        noun = _nearest_noun(text, fig.start)  # a noun of this sentence, never an older one
        if noun is None and _ends_noun_phrase(text, fig.end):
            return "anaphor"  # "the total is expected to reach 10,000 by December"
        return noun
    return _noun_in_apposition(text, head, clause_start, fig.end) or _noun_in_label(text, head, clause_start)


def _ends_noun_phrase(text: str, end: int) -> bool:
    """Whether nothing that could be a noun follows a figure: punctuation, the end or a
    breaker word ("10,000 by December"; not "3 agencies")."""
    m = _WORD.search(text, end)
    return m is None or not m.group(0)[0].isalnum() or m.group(0).lower() in _word_set("breakers", "word")


#: Adverbs that may open a figure set off after its noun ("more troops, possibly 5,000, ...").
APPOSITION_ADVERBS = frozenset({"possibly", "perhaps", "probably", "likely", "maybe", "reportedly"})
_APPOSITION_LINKS = LINKS_BEFORE | APPOSITION_ADVERBS
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
    found = _lookup_unit(m.group(1)) if m else None
    return Noun(found[0], found[1], m.start(1), m.end(1)) if found else None


def _noun_in_label(text: str, head: str, clause_start: int) -> Noun | None:
    """The noun a label before a colon names, for the figure right after the colon: "North
    Korean troops in Russia: 11,000–12,000", "Casualties: more than 3,000" (list items and
    table rows). The label's last counted noun."""
    colon = text.rfind(":", 0, clause_start)
    if colon < 0 or text[colon + 1 : clause_start].strip() or not _plain_head(head):
        return None
    label_start = max(text.rfind(c, 0, colon) for c in ".;:!?") + 1
    _, rx = _units()
    best = None
    for m in rx.finditer(text, label_start, colon):
        found = _lookup_unit(m.group(0))
        if found and not text[m.end():m.end() + 1].isalpha():
            best = Noun(found[0], found[1], m.start(), m.end())
    return best


def _plain_head(head: str) -> bool:
    """Whether the words before a figure in its clause are only linking words or adverbs."""
    return all(w.group(0).lower() in _APPOSITION_LINKS for w in _WORD.finditer(head))


#: A figure compared with one just given ("up from 3,000", "compared with 500").
_COMPARED = re.compile(
    r"\b(?:up|down|rising|falling|compared|against)\s+(?:from|with|to)\s+"
    # "up from an estimate of 3,000", "down from a peak of 60,000"
    r"(?:(?:an?|the|its|their)\s+)?(?:(?:earlier|previous|initial|peak|estimate|figure|total|high"
    r"|record)\s+)*(?:of\s+)?$",
    re.I,
)
#: A bare figure as the subject of a verb ("3,000 had already crossed"): it counts what the
#: claims just before it counted.
_BARE_SUBJECT = re.compile(
    r"\s+(?:had|have|has|were|are|was|is|will|would|could|may|might|can|should|must)\b"
)


_STATUS_WORDS = re.compile(
    r"[\s,]*(?:(?:were|have\s+been|had\s+been|are|was|been|reportedly)\s+)*(\w+(?:\s+\w+)?)"
)


def _status_after(text: str, end: int) -> str | None:
    """A casualty status right after a bare figure ("1,200 were killed", "3,000 wounded")."""
    m = _STATUS_WORDS.match(text[end:end + 40])
    if not m:
        return None
    for cue in (m.group(1).lower(), m.group(1).split()[0].lower()):
        for row in _statuses().get(cue, []):
            if row["status"] in CASUALTY_STATUSES:
                return row["status"]
    return None


def _nearest_noun(text: str, before: int) -> Noun | None:
    _, rx = _units()
    best = None
    for m in rx.finditer(text, 0, before):
        found = _lookup_unit(m.group(0))
        if found and found[1] != "casualties":
            best = Noun(found[0], found[1], m.start(), m.end())
    return best


def _last_noun(sentences: list[str]) -> Noun | None:
    """The counted noun the latest of ``sentences`` that names one names last (offsets are
    that sentence's)."""
    for text in reversed(sentences):
        noun = _nearest_noun(text, len(text))
        if noun is not None:
            return noun
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
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(sentence)))
    return [(a, b) for a, b in spans if b > a]


def _clause_of(spans: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    return next(((a, b) for a, b in spans if a <= pos < b), spans[-1])


def _status(text: str, fig: Figure, clause: tuple[int, int], people: bool, projected: bool) -> str:
    rx = _cue_regex("statuses", "cue")
    applies = {"any", "people" if people else "things"}

    def pick(lo: int, hi: int) -> str | None:
        best: tuple[int, str] | None = None
        for m in rx.finditer(text, lo, hi):
            for row in _statuses().get(" ".join(m.group(0).lower().split()), []):
                if row["applies"] in applies:
                    distance = abs(m.start() - fig.start)
                    if best is None or distance < best[0]:
                        best = (distance, row["projected" if projected else "status"])
        return best[1] if best else None

    return pick(*clause) or pick(0, len(text)) or ("expected" if projected else "")


def _time_ref(text: str, clause: tuple[int, int], others: list[tuple[int, int]]) -> str:
    """The time expression of a figure's clause, else of the sentence outside ``others``, the
    clauses of figures it is compared with ("10,000 shells a day, down from 60,000 in 2022":
    2022 is the 60,000's)."""
    m = TIME_REF.search(text, *clause)
    if m is None:
        m = next((t for t in TIME_REF.finditer(text)
                  if not any(a <= t.start() < b for a, b in others)), None)
    return " ".join(m.group(0).split()) if m else ""


def _place(located: list, clause: tuple[int, int]) -> str:
    labels: list[str] = []
    for p in within(located, clause):
        if p.label not in labels:
            labels.append(p.label)
    return "; ".join(labels)


@cache
def _figure_word() -> re.Pattern[str]:
    """A digit, a number word or the start of a vague quantity: what a sentence needs before
    the figure analysis runs (built from the number-word and vague lexicons, so a new
    "scores of" is never gated out)."""
    words = [r["word"] for r in lexicons.read_lexicon("number_words") if r["abbreviation"] != "yes"]
    words += lexicons.column("vague", "phrase")
    return re.compile(rf"\d|(?<!\w)(?:{lexicons.alternation(words, fold_case=True)})", re.I)


def _has_figure_words(text: str) -> bool:
    return _figure_word().search(text) is not None


def extract_source(src: Source) -> list[dict]:
    """The claims of one loaded source, in text order, each figure once."""
    if not src.ok:
        return []
    article = ArticleAttribution()
    claims: list[dict] = []
    countries: set[str] = set()
    previous: Noun | None = None  # what the last claim counted, for "1,000 more"
    previous_at = -1
    earlier: list[str] = []  # the sentences before, for what "the number" counts
    for s in src.sentences:
        if s.repeat_of is not None:
            continue
        text = s.text
        earlier.append(text)
        mentions = article.observe(text, s.paragraph)
        if not _has_figure_words(text):
            article.close_sentence(mentions, [])
            continue
        spans = clauses(text)
        masks = masked_spans(text)
        attributed: list[Attribution] = []
        located = None
        figures = list(find_figures(text, masks))
        figure_clauses = [_clause_of(spans, f.start) for f in figures]
        # "10,000 troops, up from 3,000": a figure compared with one just given
        compared_flags = [
            _COMPARED.search(text, c[0], f.start if f.hedge_start is None else f.hedge_start) is not None
            for f, c in zip(figures, figure_clauses, strict=True)
        ]
        compared_clauses = [c for c, flag in zip(figure_clauses, compared_flags, strict=True) if flag]
        for fig, clause, compared in zip(figures, figure_clauses, compared_flags, strict=True):
            if any(m.start <= fig.start < m.end for m in mentions):
                continue  # part of a claimant's name ("two people familiar with the matter")
            noun = noun_after(text, fig.end, masks)
            noun_follows = isinstance(noun, Noun)  # the noun written after the figure
            modal_span = clause
            status_hint = None
            if noun is None:
                noun = noun_before(text, fig, clause[0])
                if isinstance(noun, Noun) and noun.end <= clause[0]:
                    # "was preparing to send troops, possibly 5,000": the clause naming what
                    # the figure counts tells whether it is projected
                    modal_span = (_clause_of(spans, noun.start)[0], clause[1])
            if noun is None and compared:
                noun = "anaphor"  # "10,000 troops, up from 3,000": the same thing, earlier
            if noun is None:
                status_hint = _status_after(text, fig.end)
                previous_recent = previous is not None and s.sentence - previous_at <= 2
                if status_hint or (_BARE_SUBJECT.match(text, fig.end) and previous_recent):
                    noun = "anaphor"
            if noun == "anaphor":
                # "The Pentagon has put the number at 11,000": with no claim before it, the
                # number counts what the article last named (a headline's "soldiers")
                noun = _nearest_noun(text, fig.start) or previous
                if noun is None and _ends_noun_phrase(text, fig.end):
                    noun = _last_noun(earlier[:-1])
            if not isinstance(noun, Noun):
                continue
            if not SUBSET_OPENERS.match(text, clause[0]):
                previous, previous_at = noun, s.sentence
            hedge = fig.hedge
            if hedge == "exact" and noun_follows:
                cue_after_noun = hedge_after(text, noun.end)  # "5,000 troops or more"
                if cue_after_noun:
                    hedge = cue_after_noun[0]
            projected = bool(_cue_regex("modality", "cue").search(text, *modal_span))
            category = noun.category
            people = category in PEOPLE_CATEGORIES
            status = status_hint or _status(text, fig, clause, people, projected)
            if people and status.removeprefix("expected ") in CASUALTY_STATUSES:
                category = "casualties"
            who = article.claimant_for(mentions, text, (fig.start, fig.end), clause)
            attributed.append(who)
            if located is None:  # once per sentence, and only for one with a claim
                located = locative_places(text, countries)
            place = _place(located, clause)
            claimant_at = next(
                (m for m in mentions if m.phrase == who.phrase and who.how != "carried"), None
            )
            claims.append({
                "article": src.article,
                "value_low": fig.low,
                "value_high": fig.high,
                "hedge": hedge,
                "modality": "projected" if projected else "reported",
                "category": category,
                "unit": "percent" if fig.percent else noun.unit,
                "status": status,
                "claimant": who.claimant,
                "claimant_phrase": who.phrase if who.claimant != UNATTRIBUTED else "",
                "place": place,
                "time_ref": _time_ref(text, clause, [] if compared else compared_clauses),
                "sentence": text,
                "start": s.start + fig.start,
                "end": s.start + fig.end,
                "figure": fig.text,
                "paragraph": s.paragraph,
                "sentence_no": s.sentence,
                "role": s.role,
                "attribution": who.how,
                "claimant_start": s.start + claimant_at.start if claimant_at else None,
                "claimant_end": s.start + claimant_at.end if claimant_at else None,
            })
        if located is not None:
            countries.update(p.country for p in within(located))
        article.close_sentence(mentions, attributed)
    return dedupe(claims)


def dedupe(claims: list[dict]) -> list[dict]:
    """Each claim once per article: a headline figure the body repeats, or the same figure
    restated with the same unit and claimant, keeps its first body occurrence."""
    def key(c: dict) -> tuple:
        return (c["value_low"], c["value_high"], c["category"], c["unit"], c["claimant"],
                c["modality"])

    body_keys = {key(c)[:3] for c in claims if c["role"] == "body"}
    out, seen = [], set()
    for c in claims:
        if c["role"] == "title" and key(c)[:3] in body_keys:
            continue
        if key(c) in seen:
            continue
        seen.add(key(c))
        out.append(c)
    return out


def extract_sources(sources: Iterable[Source]) -> Iterator[dict]:
    """Claims of many sources, in the order given."""
    for src in sources:
        yield from extract_source(src)


def claims_table(sources: Iterable[Source]) -> pd.DataFrame:
    """Extraction's claims table (contract columns first), sorted by article and position;
    ``measure`` and ``as_of`` are left empty here: ``pipeline.claims_frame`` fills them."""
    import pandas as pd

    frame = pd.DataFrame(list(extract_sources(sources)), columns=CLAIM_COLUMNS + EXTRA_COLUMNS)
    for col in ("claimant_start", "claimant_end"):
        frame[col] = frame[col].astype("Int64")
    return frame.sort_values(["article", "start"], kind="stable").reset_index(drop=True)


def sources_from_sentences(frame: pd.DataFrame) -> list[Source]:
    """Rebuild loaded sources from a ``sentences.csv`` table (what notebook 01 writes), so that
    extraction can run from the table alone; offsets stay those of the raw files."""
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
        for cat in CATEGORIES:
            row[cat] = int((group["category"] == cat).sum())
        row["claimants"] = "; ".join(sorted(set(group["claimant"])))
        rows.append(row)
    return pd.DataFrame(rows, columns=["article", "claims", *CATEGORIES, "claimants"])
