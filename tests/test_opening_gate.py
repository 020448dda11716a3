"""``lexicons.opening_gated``: a pattern that opens with a word boundary, tested first for the
characters its matches can open with, finds exactly what it found without the test."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from claimtable import attribute, extract, lexicons, load, numbers, places

ARTICLES = sorted((Path(__file__).parent / "articles").glob("*.txt"))
#: The lookahead ``opening_gated`` puts before a pattern.
_GATE = re.compile(r"^\(\?=\[(?:\\.|[^\]\\])*\]\)")


def _gated_patterns() -> dict[str, re.Pattern[str]]:
    return {
        "source noun": attribute._SOURCE_NOUN_IN,
        "written source agent": attribute._written_source_gates()[1],
        "time reference": extract.time_ref_pattern(),
        "compared": extract._COMPARED,
        "hedge before": numbers._folded_hedges_before(),
        "locative start": places._LOCATIVE_START,
        "direction before": places._DIRECTION_BEFORE,
    }


@cache
def _texts() -> list[str]:
    texts = []
    for path in ARTICLES:
        for s in load.load_file(path).sentences:
            text = load.matching_copy(s).text
            texts += [text, text.lower(), numbers.fold_like_ignorecase(text)]
    return texts


def test_examples():
    gated = lexicons.opening_gated(re.compile(r"\b(?:since|by|in)\s", re.I))
    assert gated.pattern.startswith("(?=[bis])")
    assert [m.group(0) for m in gated.finditer("Since May, BY noon, in ſpring")] == ["Since ", "BY ", "in "]
    plain = re.compile(r"\b(?:since|by|in)\s", re.I)
    for text in ("ſince then", "İn May", "K by 9"):  # letters ``re.I`` equates with ASCII ones
        assert [m.span() for m in gated.finditer(text)] == [m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize("pattern", [r"\w+\b", r"(?:a|b)\b", r"\b\w+", r"\b(?i:since)", r"\b(?:a|\d)", r"\b[^a]"])
def test_left_alone(pattern):
    """Only a pattern that opens with a boundary and a short list of first characters is gated
    (one that opens with a character is scanned for it by the engine already)."""
    assert lexicons.opening_gated(re.compile(pattern)).pattern == pattern


@pytest.mark.parametrize("name", list(_gated_patterns()))
def test_same_matches(name):
    gated = _gated_patterns()[name]
    assert _GATE.match(gated.pattern), f"{name} is not gated"
    plain = re.compile(_GATE.sub("", gated.pattern), gated.flags)
    for text in _texts():
        assert [m.span() for m in gated.finditer(text)] == [m.span() for m in plain.finditer(text)], (name, text)


def test_proper_looks_back_for_its_boundary():
    """``places._PROPER`` opens with its capital and looks back for the word boundary (so the
    engine scans for capitals): the same runs as the pattern that opens with ``\b`` (a name runs
    on past its lower-case particles, "Deir al-Balah")."""
    plain = re.compile(rf"\b[A-Z][a-z][\w-]*(?:\s+(?:(?:{places._particles()})[A-Z][\w-]*|(?:{'|'.join(places.DIVISION_WORDS)})\b|hospital|Krai))*")
    assert places._PROPER.pattern.startswith("[A-Z](?<!")
    for text in [*_texts(), "Kursk", "xKursk Oblast", "_Kursk", "éKursk", "9Kursk region", "(Kursk)",
                 "in Deir al-Balah", "xDeir al-Balah", "Rio de Janeiro"]:
        assert [m.span() for m in places._PROPER.finditer(text)] == [m.span() for m in plain.finditer(text)], text


#: Patterns read in the folded text where words start (``lexicons.matches_at_word_starts``).
_READ_AT_WORD_STARTS = {
    "pronoun speaker": attribute._pronoun_speaker,
    "body document": attribute._body_document,
}


@pytest.mark.parametrize("name", list(_READ_AT_WORD_STARTS))
def test_read_where_words_start(name):
    """A pattern read in the folded text where words start gives the spans (and groups' spans)
    the same words find with a boundary before them and ``re.I`` in the text as written."""
    pattern = _READ_AT_WORD_STARTS[name]()
    plain = re.compile(rf"\b(?:{pattern.pattern})", re.I)
    extra = ["ſhe said", "İt said so", "The said, they said", "xhe they said", "a MİNISTRY ſtatement", "xarmy figures"]
    for text in [*_texts(), *extra]:
        read = lexicons.matches_at_word_starts(pattern, numbers.fold_like_ignorecase(text))
        assert [m.regs for m in read] == [m.regs for m in plain.finditer(text)], (name, text)
