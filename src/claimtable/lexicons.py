"""Read the workbook's vocabularies (``data/lexicons/*.csv``, ``data/claimants.csv``).

Every lexicon is a CSV file with a header row; blank lines and lines starting with ``#`` are
comments. Analysts extend the extractor by editing these files, not the code.

>>> rows = read_lexicon("hedges")
>>> {"cue", "hedge"} <= set(rows[0])
True
"""

from __future__ import annotations

import csv
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from claimtable import paths, schemas


def read_csv_lines(path: Path) -> tuple[list[str], int, list[tuple[int, dict[str, str]]]]:
    """The header of a commented CSV file, its line number, and its rows as dicts of stripped
    strings, each with its line number in the file (comments and blank lines are skipped).

    >>> header, line, rows = read_csv_lines(lexicon_path("categories"))
    >>> header, rows[0][1]["category"], rows[0][0] > line
    (['category', 'people', 'description'], 'troops', True)
    """
    with path.open(encoding="utf-8", newline="") as f:
        numbered = [(n, line) for n, line in enumerate(f, 1)
                    if line.strip() and not line.lstrip().startswith("#")]
    if not numbered:
        return [], 0, []
    reader = csv.reader(line for _, line in numbered)
    header = [h.strip() for h in next(reader)]
    rows = []
    for cells in reader:
        line = numbered[reader.line_num - 1][0]
        rows.append((line, {h: (cells[i] if i < len(cells) else "").strip() for i, h in enumerate(header)}))
    return header, numbered[0][0], rows


def read_csv_rows(path: Path) -> list[dict[str, str]]:
    """Rows of a commented CSV file as dicts of stripped strings (not checked: see
    :func:`load_lexicon` for the vocabularies).

    >>> read_csv_rows(lexicon_path("aggregates"))[0]
    {'word': 'total'}
    """
    return [row for _, row in read_csv_lines(path)[2]]


def lexicon_path(name: str, folder: Path | None = None) -> Path:
    """Where lexicon ``name`` lives: ``<folder>/<name>.csv`` (``data/lexicons`` by default);
    the claimant registry ``claimants`` is ``claimants.csv`` beside that folder.

    >>> lexicon_path("units").relative_to(paths.PROJECT_ROOT).as_posix()
    'data/lexicons/units.csv'
    >>> lexicon_path("claimants").relative_to(paths.PROJECT_ROOT).as_posix()
    'data/claimants.csv'
    """
    folder = paths.LEXICONS if folder is None else Path(folder)
    return folder.parent / "claimants.csv" if name == "claimants" else folder / f"{name}.csv"


def _shown(path: Path) -> str:
    """A path as an error names it: relative to the project when inside it."""
    try:
        return path.relative_to(paths.PROJECT_ROOT).as_posix()
    except ValueError:
        return str(path)


def load_lexicon(name: str, folder: Path | None = None) -> list[dict[str, str]]:
    """The rows of lexicon ``name``, checked against its schema (``schemas.SCHEMAS``): a file
    that breaks it raises ``schemas.LexiconError`` naming the file, the line and the problem.
    Allowed values kept in another lexicon are read from the same ``folder``.

    >>> [r["category"] for r in load_lexicon("categories")][:2]
    ['troops', 'casualties']
    """
    path = lexicon_path(name, folder)
    header, header_line, rows = read_csv_lines(path)
    if name in schemas.SCHEMAS:
        schemas.check_header(name, header, _shown(path), header_line or 1)
        schemas.check_rows(name, header, rows, _shown(path),
                           lambda other, key: {r[key] for r in load_lexicon(other, folder)})
    return [row for _, row in rows]


@cache
def read_lexicon(name: str) -> list[dict[str, str]]:
    """The checked rows of ``data/lexicons/<name>.csv`` (cached: call :func:`reload` after
    editing a lexicon in a running kernel).

    >>> read_lexicon("vague")[0]
    {'phrase': 'a handful', 'low': '2', 'high': '9'}
    """
    return load_lexicon(name)


@cache
def categories() -> tuple[str, ...]:
    """The claims' categories, in the order of ``categories.csv``.

    >>> categories()[:3]
    ('troops', 'casualties', 'munitions')
    """
    return tuple(column("categories", "category"))


@cache
def people_categories() -> frozenset[str]:
    """The categories that count people (``people`` is ``yes`` in ``categories.csv``).

    >>> sorted(people_categories())
    ['casualties', 'other', 'troops']
    """
    return frozenset(r["category"] for r in read_lexicon("categories") if r["people"] == "yes")


def check_all(folder: Path | None = None) -> list[str]:
    """Check every lexicon in ``folder`` (``data/lexicons`` by default) and the claimant
    registry beside it; returns the names checked. ``measures`` is checked when it exists.

    >>> "units" in check_all()
    True
    """
    checked = []
    for name in schemas.SCHEMAS:
        if name == "measures" and not lexicon_path(name, folder).exists():
            continue
        load_lexicon(name, folder)
        checked.append(name)
    return checked


def reload() -> None:
    """Forget every vocabulary read so far, so that the next extraction reads the lexicons
    again: after editing one in JupyterLab, no kernel restart is needed.

    >>> reload(); "troops" in column("categories", "category")
    True
    """
    for module in list(sys.modules.values()):
        if getattr(module, "__name__", "").startswith("claimtable"):
            for value in list(vars(module).values()):
                if callable(getattr(value, "cache_clear", None)):
                    value.cache_clear()


def column(name: str, key: str) -> list[str]:
    """One column of a lexicon, in file order.

    >>> "oct" in column("abbreviations", "abbreviation")
    True
    """
    return [row[key] for row in read_lexicon(name)]


def words_with(name: str, key: str, column_name: str, value: str) -> list[str]:
    """The ``key`` of every row of lexicon ``name`` whose ``column_name`` lists ``value`` (a
    ``|``-separated column, as the roles of a reporting verb), in file order.

    >>> "insisted" in words_with("speech_verbs", "verb", "roles", "inverted")
    True
    >>> "given" in words_with("speech_verbs", "verb", "roles", "speech")
    False
    """
    return [row[key] for row in read_lexicon(name) if value in row[column_name].split("|")]


@cache
def word_set(name: str, key: str, column_name: str = "", value: str = "") -> frozenset[str]:
    """The ``key`` column of lexicon ``name`` in lower case, as a set; with ``column_name`` and
    ``value``, only the rows whose ``column_name`` lists ``value`` (see :func:`words_with`).

    >>> "amounting" in word_set("links", "word", "link", "cue")
    True
    >>> "them" in word_set("links", "word", "link", "cue")
    False
    """
    words = words_with(name, key, column_name, value) if column_name else column(name, key)
    return frozenset(w.lower() for w in words)


@dataclass(frozen=True)
class Calendar:
    """The calendar vocabulary (``data/lexicons/calendar.csv``), read once for every module.

    >>> cal = calendar()
    >>> cal.months[8], cal.month_shorts[7:9], cal.stems[4], cal.weekdays[4]
    ('September', ('Sep', 'Sept'), 'May', 'Friday')
    """

    months: tuple[str, ...]  #: "January" ... "December"
    month_shorts: tuple[str, ...]  #: "Jan", "Sep", "Sept" ...
    stems: tuple[str, ...]  #: the first three letters of each month, "Jan" ... "Dec"
    weekdays: tuple[str, ...]  #: "Monday" ... "Sunday"
    days: tuple[str, ...]  #: "today", "yesterday", "tonight"

    def words(self) -> frozenset[str]:
        """Every calendar word in lower case (months, weekdays, day words).

        >>> {"may", "friday", "yesterday"} <= calendar().words()
        True
        """
        return frozenset(w.lower() for w in (*self.months, *self.weekdays, *self.days))


@cache
def calendar() -> Calendar:
    """The calendar vocabulary; see :class:`Calendar`.

    >>> calendar().months[:2]
    ('January', 'February')
    """
    rows = read_lexicon("calendar")

    def kind(k: str) -> tuple[str, ...]:
        return tuple(r["word"] for r in rows if r["kind"] == k)

    shorts = tuple(s for r in rows if r["kind"] == "month" for s in r["short"].split("|") if s)
    return Calendar(kind("month"), shorts, tuple(m[:3] for m in kind("month")), kind("weekday"),
                    kind("day"))


_TOKEN = re.compile(r"[^\W_](?:[\w'’.&-]*[^\W_])?")


def tokens(text: str) -> list[re.Match[str]]:
    """Word tokens with their spans ("South Korea's", "U.S", "KN-23").

    >>> [t.group(0) for t in tokens("South Korea’s NIS (U.S.) said.")]
    ['South', 'Korea’s', 'NIS', 'U.S', 'said']
    """
    return list(_TOKEN.finditer(text))


def found_at_word_start(pattern: re.Pattern[str], folded: str) -> bool:
    """Whether ``pattern`` (an ``alternation`` of phrases that open with a letter, compiled
    without ``re.I`` and with no boundary before it) matches where a word starts in ``folded``
    (a text folded by ``numbers.fold_like_ignorecase``): what ``\\b(?:phrases)`` with ``re.I``
    finds in the text as written. Without the flag and the leading boundary the regex engine
    skips to the phrases' first letters at once instead of trying every position of the text;
    the boundary is tested where a phrase is found (the fold keeps the text's length and its
    word characters).

    >>> rx = re.compile(alternation(["of whom", "among"]))
    >>> found_at_word_start(rx, "500, of  whom"), found_at_word_start(rx, "xamong them")
    (True, False)
    """
    m = pattern.search(folded)
    while m is not None and not _starts_word(folded, m.start()):
        m = pattern.search(folded, m.start() + 1)
    return m is not None


def matches_at_word_starts(pattern: re.Pattern[str], folded: str) -> list[re.Match[str]]:
    """The matches of ``pattern`` (compiled without ``re.I`` and with no boundary before it) that
    start where a word starts in ``folded`` (a text folded by ``numbers.fold_like_ignorecase``),
    left to right without overlaps: the spans ``finditer`` of ``\\b`` and the pattern with ``re.I``
    gives in the text as written, as ``found_at_word_start`` finds the first. A match that starts
    inside a word is passed over from its next character, where the boundary's pattern would have
    gone on looking; without the flag and the boundary the engine skips to the pattern's first
    characters at once.

    >>> rx = re.compile(r"(?:he|it)\\s+said")
    >>> [m.span() for m in matches_at_word_starts(rx, "the said, he said; it said")]
    [(10, 17), (19, 26)]
    """
    out = []
    m = pattern.search(folded)
    while m is not None:
        if _starts_word(folded, m.start()):
            out.append(m)
            m = pattern.search(folded, m.end())
        else:
            m = pattern.search(folded, m.start() + 1)
    return out


def _starts_word(text: str, at: int) -> bool:
    """Whether a word starts at ``at``, where ``text`` has a word character: the regex ``\\b``
    there (the character before it, if any, is no word character).

    >>> _starts_word("of them", 3), _starts_word("of them", 4), _starts_word("x", 0)
    (True, False, True)
    """
    return at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "_")


#: How many characters a pattern may open with for ``opening_gated`` to test them as one set.
OPENING_CHARACTERS = 40


def opening_gated(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` with a lookahead of the characters its matches can open with, when it opens
    with a word boundary ("\\b(?:since|by|in)"): the regex engine scans for the first character
    of a pattern that opens with one, but tries one that opens with a boundary at every place
    of the text; a test of the set of first characters rejects most places at once. The same
    matches (the set holds every character a match can open with); ``pattern`` itself when its
    first characters are not a short list of letters the parser gives (a class, a repeat that may
    be empty), or when it does not open with a boundary.

    >>> opening_gated(re.compile(r"\\b(?:since|by|in)\\s", re.I)).pattern
    '(?=[bis])\\\\b(?:since|by|in)\\\\s'
    >>> opening_gated(re.compile(r"\\b\\w+")).pattern
    '\\\\b\\\\w+'
    """
    try:
        parsed = list(re._parser.parse(pattern.pattern, pattern.flags))  # type: ignore[attr-defined]
    except (AttributeError, re.error):  # pragma: no cover - a Python whose parser moved
        return pattern
    constants = re._constants  # type: ignore[attr-defined]
    if not parsed or parsed[0] != (constants.AT, constants.AT_BOUNDARY):
        return pattern  # one that opens with a character is scanned for it already
    firsts = _opening_characters(parsed)
    if not firsts or len(firsts) > OPENING_CHARACTERS:
        return pattern
    try:
        return re.compile(f"(?=[{''.join(map(re.escape, sorted(firsts)))}]){pattern.pattern}", pattern.flags)
    except re.error:  # pragma: no cover - flags written inside the pattern ("(?i)")
        return pattern


def _opening_characters(items: list) -> set[str] | None:
    """The characters a parsed regex (``re._parser``) can open a match with, past zero-width
    boundaries; ``None`` when that is not a list of single characters and ranges."""
    constants = re._constants  # type: ignore[attr-defined]
    for op, av in items:
        if op is constants.AT:
            continue  # a boundary takes no character
        if op is constants.LITERAL:
            return {chr(av)}
        if op is constants.SUBPATTERN:
            if av[1] or av[2]:
                return None  # flags of its own ("(?i:...)"): the lookahead would not share them
            return _opening_characters(list(av[3]))
        if op is constants.BRANCH:
            out: set[str] = set()
            for branch in av[1]:
                found = _opening_characters(list(branch))
                if not found:
                    return None
                out |= found
            return out
        if op is constants.IN:
            out = set()
            for kind, value in av:
                if kind is constants.LITERAL:
                    out.add(chr(value))
                elif kind is constants.RANGE and value[1] - value[0] < OPENING_CHARACTERS:
                    out.update(map(chr, range(value[0], value[1] + 1)))
                else:
                    return None  # a negated class or a category ("\\w"): no short list
            return out
        if op in (constants.MAX_REPEAT, constants.MIN_REPEAT) and av[0] >= 1:
            return _opening_characters(list(av[2]))
        return None  # anything else (a lookaround, a repeat that may be empty): not known
    return None


def alternation(phrases: Iterable[str], *, fold_case: bool = False) -> str:
    """A regex that matches any of the literal ``phrases``, preferring the longest (as an
    alternation sorted longest first would), whose spaces match any white space (so "up to"
    matches "up  to"). The phrases share a character trie, so the regex engine follows one
    path per position instead of trying every phrase: lexicon lookups stay fast however long
    the lexicon grows. Pass ``fold_case=True`` for a pattern compiled with ``re.I``.

    >>> re.fullmatch(alternation(["up", "up to"]), "up  to") is not None
    True
    >>> print(alternation(["up", "up to", "upwards"]))
    up(?:\\s+to|wards)?
    >>> re.match(alternation(["up", "up to"]) + r"\\b", "up tomorrow").group(0)
    'up'
    """
    trie: dict[str, dict] = {}
    for phrase in phrases:
        words = (phrase.lower() if fold_case else phrase).split()
        if not words:
            continue
        node = trie
        for ch in " ".join(words):
            node = node.setdefault(ch, {})
        node[""] = {}  # a phrase ends here
    return _trie_pattern(trie)


def _trie_pattern(node: dict[str, dict]) -> str:
    branches = [
        (r"\s+" if ch == " " else re.escape(ch)) + _trie_pattern(child)
        for ch, child in sorted(node.items())
        if ch
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    if "" in node:  # a phrase may end here: try the longer ones first, then stop
        return f"(?:{body})?" if len(branches) == 1 else f"{body}?"
    return body


class StringsIn:
    """Which of some literal strings a text holds, ``{s for s in strings if s in text}``, found
    in one regex scan instead of a test per string (for speed: the gates of ``extract.RULE_NEEDS``
    read a hundred strings in every sentence with a figure). The strings share an exact
    character trie (case and spaces as written, unlike ``alternation``); at each place where one
    starts the scan takes the longest, and the others that start there are its prefixes.

    >>> strings_in = StringsIn([" of ", " of the ", " of wh", "of", "(", "nclud"])
    >>> sorted(strings_in("Two of the 40 (including 3)"))
    [' of ', ' of the ', '(', 'nclud', 'of']
    >>> strings_in("none here")
    set()
    """

    def __init__(self, strings: Iterable[str]) -> None:
        chosen = sorted(set(strings))
        trie: dict[str, dict] = {}
        for s in chosen:
            node = trie
            for ch in s:
                node = node.setdefault(ch, {})
            node[""] = {}
        self._search = re.compile(_exact_trie_pattern(trie)).search
        #: each string with those of the strings that open it (itself included)
        self._prefixes = {s: frozenset(p for p in chosen if s.startswith(p)) for s in chosen}

    def __call__(self, text: str) -> set[str]:
        found: set[str] = set()
        m = self._search(text)
        while m is not None:
            found |= self._prefixes[m.group()]
            m = self._search(text, m.start() + 1)  # a string that starts inside this one
        return found


def _exact_trie_pattern(node: dict[str, dict]) -> str:
    """``_trie_pattern`` with every character as written (a space matches a space only)."""
    branches = [re.escape(ch) + _exact_trie_pattern(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    if "" in node:  # a string may end here: the longer ones first
        return f"(?:{body})?" if len(branches) == 1 else f"{body}?"
    return body


def _fold(word: str) -> str:
    return word.lower().replace("’", "'")


#: How many texts ``tokenize`` keeps: one article's sentences and the phrases read in them,
#: with room to spare. Every entry holds its text's match objects (about 2.7 kB a sentence), so
#: 4,096 kept some 11 MB of an archive's old sentences for 2 % fewer misses over 2,000 articles.
TEXTS_TOKENIZED = 256


@lru_cache(maxsize=TEXTS_TOKENIZED)
def tokenize(text: str) -> tuple[tuple[re.Match[str], ...], tuple[str, ...]]:
    """Tokens of a text and their folded forms (lower case, straight apostrophes), cached:
    every phrase index looks at the same sentence.

    >>> tokenize("Seoul’s NIS")[1]
    ("seoul's", 'nis')
    """
    toks = tuple(_TOKEN.finditer(text))
    if "Σ" in text:  # the only letter whose lower case depends on the letters around it
        return toks, _folded_in_place(text, toks)
    # fold the words at once, joined by spaces (no token holds one), then split them again:
    # the same words as folding each alone, without a second regex pass over the text
    return toks, tuple(_fold(" ".join(map(re.Match.group, toks))).split())


def _folded_in_place(text: str, toks: tuple[re.Match[str], ...]) -> tuple[str, ...]:
    """The folded tokens of a text with a capital sigma, read from the whole text folded at
    once (where a sigma's case may depend on the letters beyond its token), as they always were.

    >>> _folded_in_place("ΟΔΥΣΣΕΑΣ", tuple(_TOKEN.finditer("ΟΔΥΣΣΕΑΣ")))
    ('οδυσσεας',)
    """
    folded_text = _fold(text)
    if len(folded_text) == len(text):  # fold the whole text at once, then cut it the same way
        folded = tuple(_TOKEN.findall(folded_text))
        if len(folded) == len(toks):
            return folded
    return tuple(_fold(t.group(0)) for t in toks)


class PhraseIndex:
    """Find many fixed phrases in a text by looking up word n-grams in a dict, which stays
    fast however many phrases there are (a regex alternation of hundreds of phrases does not).

    A phrase with a capital letter after its first character matches only as written (so
    "NIS" never matches "nis"); others match in any case.

    >>> index = PhraseIndex({"National Intelligence Service": "NIS", "the spy agency": "NIS"})
    >>> [(m[2], m[3]) for m in index.find("The spy agency and the National Intelligence Service")]
    [('the spy agency', 'NIS'), ('National Intelligence Service', 'NIS')]
    >>> PhraseIndex({"Pentagon": "DoD"}, owners=True).find("said the Pentagon’s chief weapons buyer")
    [(9, 17, 'Pentagon', 'DoD')]
    """

    def __init__(self, phrases: dict[str, object], *, owners: bool = False) -> None:
        #: whether a phrase is found as an owner even as the first word ("the Pentagon's
        #: buyer"); a phrase inside a longer match always is ("Zelensky's office")
        self.owners = owners
        #: folded words -> [(words as written, value, phrase, case matters)]
        self.entries: dict[tuple[str, ...], list[tuple[tuple[str, ...], object, str, bool]]] = {}
        for phrase, value in phrases.items():
            words = tuple(t.group(0) for t in tokens(phrase))
            if not words:
                continue
            key = tuple(_fold(w) for w in words)
            self.entries.setdefault(key, []).append((words, value, phrase, _case_matters(words)))
        #: the keys as a tree of words: a lookup follows one word at a time, and stops as soon
        #: as no phrase can continue (no tuple of words is built and hashed at every step)
        self.root: dict[str, _PhraseNode] = {}
        for key, hits in self.entries.items():
            children, node = self.root, None
            for word in key:
                node = children.setdefault(word, _PhraseNode())
                children = node.children
            assert node is not None
            node.hits = hits
        self.first_words = frozenset(k[0] for k in self.entries)
        #: a first word as an owner ("pentagon's"), when ``owners``
        self.owner_words = frozenset(f"{w}'s" for w in self.first_words) if owners else frozenset()
        #: the words a match may start with: one set, looked up once a word
        self.start_words = self.first_words | self.owner_words

    def find(self, text: str) -> list[tuple[int, int, str, object]]:
        """``(start, end, phrase, value)`` of every match, longest at each start, in order."""
        toks, folded = tokenize(text)
        start_words = self.start_words
        if start_words.isdisjoint(folded):
            return []  # most sentences name no phrase of a given index: skip the walk
        found = []
        root, count = self.root, len(folded)
        for i in [i for i, word in enumerate(folded) if word in start_words]:
            best = None
            children = root  #: the words that may follow the words read so far
            j = i
            while True:
                word = folded[j]
                node = children.get(word)
                if node is not None and node.hits:
                    hit = _as_written(node.hits, toks, i, j, 0)
                    if hit is not None:
                        best = (toks[i].start(), toks[j].end(), hit[2], hit[1])
                elif word.endswith("'s"):  # "Zelensky's office": the owner
                    owner = children.get(word[:-2])
                    hit = _as_written(owner.hits, toks, i, j, 2) if owner is not None and owner.hits else None
                    if hit is not None:
                        best = (toks[i].start(), toks[j].end() - 2, hit[2], hit[1])
                j += 1
                if j >= count or node is None or not node.children:
                    break  # the end of the text, or no phrase continues these words
                children = node.children
            if best is not None:
                found.append(best)
        return found


def _as_written(hits: list[tuple[tuple[str, ...], object, str, bool]], toks: tuple[re.Match[str], ...],
                i: int, j: int, cut: int) -> tuple[tuple[str, ...], object, str, bool] | None:
    """The first of ``hits`` (a phrase's entries in ``PhraseIndex.entries``) that the tokens
    ``i`` to ``j`` match as written, the last one without its ``cut`` last characters (an
    owner's "'s"), else ``None``.

    >>> toks = tuple(_TOKEN.finditer("the NIS's chief"))
    >>> _as_written([(("NIS",), "NIS", "NIS", True)], toks, 1, 1, 2)[2], _as_written([(("NIS",), "NIS", "NIS", True)], toks, 0, 0, 0)
    ('NIS', None)
    """
    written: list[str] | None = None  # read only for a hit whose case matters
    for hit in hits:
        if not hit[3]:
            return hit
        if written is None:
            written = [t.group(0) for t in toks[i:j + 1]]
            if cut:
                written[-1] = written[-1][:-cut]
            as_tuple = tuple(written)
        if as_tuple == hit[0] or _same_case(written, hit[0]):
            return hit
    return None


class _PhraseNode:
    """A word of ``PhraseIndex``'s tree: the phrases that end with it (``hits``, as in
    ``PhraseIndex.entries``) and the words that may follow it."""

    __slots__ = ("children", "hits")

    def __init__(self) -> None:
        self.children: dict[str, _PhraseNode] = {}
        self.hits: list[tuple[tuple[str, ...], object, str, bool]] | None = None


def _case_matters(words: tuple[str, ...]) -> bool:
    """A phrase with a capital after its first letter ("NIS", "South Korea") matches only as
    written; others ("the spy agency") in any case."""
    return any(c.isupper() for w in words for c in w[1:]) or any(w[:1].isupper() for w in words[1:])


def _same_case(written: list[str], words: tuple[str, ...]) -> bool:
    """Whether words as written match a phrase whose case matters: the same letters, except
    that a word the phrase writes in lower case may be capitalised, as headlines and titles do
    ("UK Intelligence Counts ..." names "UK intelligence"); "nis" never matches "NIS".

    >>> _same_case(["UK", "Intelligence"], ("UK", "intelligence")), _same_case(["Uk"], ("UK",))
    (True, False)
    """
    return all(a[1:].replace("’", "'") == b[1:].replace("’", "'")
               and (i == 0 or a[:1] == b[:1] or (b[:1].islower() and a[:1] == b[:1].upper()))
               for i, (a, b) in enumerate(zip(written, words, strict=True)))
