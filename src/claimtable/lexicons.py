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
from collections.abc import Iterable
from functools import cache, lru_cache
from pathlib import Path

from claimtable import paths


def read_csv_rows(path: Path) -> list[dict[str, str]]:
    """Rows of a commented CSV file as dicts of stripped strings."""
    with path.open(encoding="utf-8", newline="") as f:
        lines = [line for line in f if line.strip() and not line.lstrip().startswith("#")]
    return [
        {k.strip(): (v or "").strip() for k, v in row.items() if k is not None}
        for row in csv.DictReader(lines)
    ]


@cache
def read_lexicon(name: str) -> list[dict[str, str]]:
    """The rows of ``data/lexicons/<name>.csv`` (cached: lexicons do not change in a run)."""
    return read_csv_rows(paths.LEXICONS / f"{name}.csv")


def column(name: str, key: str) -> list[str]:
    """One column of a lexicon, in file order.

    >>> "oct" in column("abbreviations", "abbreviation")
    True
    """
    return [row[key] for row in read_lexicon(name)]


_TOKEN = re.compile(r"[^\W_](?:[\w'’.&-]*[^\W_])?")


def tokens(text: str) -> list[re.Match[str]]:
    """Word tokens with their spans ("South Korea's", "U.S", "KN-23").

    >>> [t.group(0) for t in tokens("South Korea’s NIS (U.S.) said.")]
    ['South', 'Korea’s', 'NIS', 'U.S', 'said']
    """
    return list(_TOKEN.finditer(text))


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


def _fold(word: str) -> str:
    return word.lower().replace("’", "'")


@lru_cache(maxsize=4096)
def tokenize(text: str) -> tuple[tuple[re.Match[str], ...], tuple[str, ...]]:
    """Tokens of a text and their folded forms (lower case, straight apostrophes), cached:
    every phrase index looks at the same sentence."""
    toks = tuple(_TOKEN.finditer(text))
    folded_text = _fold(text)
    if len(folded_text) == len(text):  # fold the whole text at once, then cut it the same way
        folded = tuple(_TOKEN.findall(folded_text))
        if len(folded) == len(toks):
            return toks, folded
    return toks, tuple(_fold(t.group(0)) for t in toks)


class PhraseIndex:
    """Find many fixed phrases in a text by looking up word n-grams in a dict, which stays
    fast however many phrases there are (a regex alternation of hundreds of phrases does not).

    A phrase with a capital letter after its first character matches only as written (so
    "NIS" never matches "nis"); others match in any case.

    >>> index = PhraseIndex({"National Intelligence Service": "NIS", "the spy agency": "NIS"})
    >>> [(m[2], m[3]) for m in index.find("The spy agency and the National Intelligence Service")]
    [('the spy agency', 'NIS'), ('National Intelligence Service', 'NIS')]
    """

    def __init__(self, phrases: dict[str, object]) -> None:
        #: folded words -> [(words as written, value, phrase, case matters)]
        self.entries: dict[tuple[str, ...], list[tuple[tuple[str, ...], object, str, bool]]] = {}
        #: every proper prefix of a key, so a lookup stops as soon as no phrase can continue
        self.prefixes: set[tuple[str, ...]] = set()
        for phrase, value in phrases.items():
            words = tuple(t.group(0) for t in tokens(phrase))
            if not words:
                continue
            key = tuple(_fold(w) for w in words)
            self.entries.setdefault(key, []).append((words, value, phrase, _case_matters(words)))
            self.prefixes.update(key[:n] for n in range(1, len(key)))
        self.first_words = frozenset(k[0] for k in self.entries)

    def find(self, text: str) -> list[tuple[int, int, str, object]]:
        """``(start, end, phrase, value)`` of every match, longest at each start, in order."""
        toks, folded = tokenize(text)
        if self.first_words.isdisjoint(folded):
            return []  # most sentences name no phrase of a given index: skip the walk
        found = []
        entries, prefixes, count = self.entries, self.prefixes, len(folded)
        for i, word in enumerate(folded):
            if word not in self.first_words:
                continue
            best = None
            key: tuple[str, ...] = (word,)
            j = i
            while True:
                hits, end = entries.get(key), toks[j].end()
                possessive = not hits and key[-1].endswith("'s")
                if possessive:  # "Zelensky's office": the owner
                    hits, end = entries.get((*key[:-1], key[-1][:-2])), end - 2
                if hits:
                    written = [t.group(0) for t in toks[i:j + 1]]
                    if possessive:
                        written[-1] = written[-1][:-2]
                    hit = next((h for h in hits if not h[3] or _same_case(written, h[0])), None)
                    if hit is not None:
                        best = (toks[i].start(), end, hit[2], hit[1])
                j += 1
                if j >= count or key not in prefixes:
                    break
                key = (*key, folded[j])
            if best is not None:
                found.append(best)
        return found


def _case_matters(words: tuple[str, ...]) -> bool:
    """A phrase with a capital after its first letter ("NIS", "South Korea") matches only as
    written; others ("the spy agency") in any case."""
    return any(c.isupper() for w in words for c in w[1:]) or any(w[:1].isupper() for w in words[1:])


def _same_case(written: list[str], words: tuple[str, ...]) -> bool:
    """Whether words as written match a phrase whose case matters: the same letters, except
    that a word the phrase writes in lower case may be capitalised, as headlines and titles do
    ("UK Intelligence Estimates ..." names "UK intelligence"); "nis" never matches "NIS".

    >>> _same_case(["UK", "Intelligence"], ("UK", "intelligence")), _same_case(["Uk"], ("UK",))
    (True, False)
    """
    return all(a[1:].replace("’", "'") == b[1:].replace("’", "'")
               and (i == 0 or a[:1] == b[:1] or (b[:1].islower() and a[:1] == b[:1].upper()))
               for i, (a, b) in enumerate(zip(written, words, strict=True)))
