"""Property-based tests: the extractor on arbitrary and generated text."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimtable import extract, lexicons, load, numbers
from claimtable.numbers import find_figures

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

WORDS = ["one", "two", "three", "five", "eight", "ten", "twelve", "twenty", "forty"]
NOUNS = ["troops", "soldiers", "shells", "containers", "missiles", "officers"]


def claims_of(text: str) -> list[dict]:
    return extract.extract_source(load.load_text("p", text))


@SETTINGS
@given(st.text(max_size=400))
def test_never_raises_and_offsets_hold_on_arbitrary_unicode(text):
    src = load.load_text("p", text)
    for row in extract.extract_source(src):
        assert src.text[row["start"] : row["end"]] == row["figure"]
        assert row["value_low"] <= row["value_high"]


@SETTINGS
@given(
    st.lists(
        st.tuples(st.sampled_from(["about ", "up to ", "more than ", "", "nearly "]),
                  st.integers(min_value=1, max_value=10**7), st.sampled_from(NOUNS)),
        min_size=1, max_size=5, unique_by=lambda part: part[1],  # a repeated claim counts once
    ),
    st.sampled_from(["Officials said", "The NIS said", "Zelensky claimed", "Reports say"]),
)
def test_generated_claims_are_found_with_offsets(parts, lead):
    text = " ".join(f"{lead} {hedge}{n:,} {noun} were sent." for hedge, n, noun in parts)
    rows = claims_of(text)
    assert [r["value_low"] for r in rows] == [n for _, n, _ in parts]
    for row in rows:
        assert text[row["start"] : row["end"]] == row["figure"]
        assert row["value_low"] <= row["value_high"]


@SETTINGS
@given(st.sampled_from(list(enumerate(WORDS))), st.sampled_from(["thousand", "million", ""]),
       st.sampled_from(NOUNS))
def test_words_and_digits_give_the_same_value(word, scale, noun):
    value = [1, 2, 3, 5, 8, 10, 12, 20, 40][word[0]] * {"thousand": 1000, "million": 10**6, "": 1}[scale]
    as_words = f"Officials said {word[1]} {scale} {noun} arrived.".replace("  ", " ")
    as_digits = f"Officials said {value:,} {noun} arrived."
    (a,) = claims_of(as_words)
    (b,) = claims_of(as_digits)
    assert a["value_low"] == b["value_low"] == value
    assert (a["category"], a["unit"], a["claimant"]) == (b["category"], b["unit"], b["claimant"])


@SETTINGS
@given(st.sampled_from([
    "The weather was cold that week.",
    "Talks in Geneva ended without a deal.",
    "Markets fell sharply on Tuesday.",
]), st.integers(min_value=0, max_value=2))
def test_inserting_an_unrelated_sentence_changes_no_other_claim(filler, where):
    sentences = [
        "The NIS said 1,500 troops had arrived in Russia.",
        "Ukraine's military intelligence said nearly 11,000 soldiers were training.",
        "The Pentagon estimated that 13,000 containers had been shipped.",
    ]
    keys = ("value_low", "value_high", "hedge", "category", "unit", "claimant", "modality")
    before = [tuple(r[k] for k in keys) for r in claims_of("\n".join(sentences))]
    after = [tuple(r[k] for k in keys) for r in claims_of("\n".join([*sentences[:where + 1], filler, *sentences[where + 1:]]))]
    assert before == after


@SETTINGS
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=200))
def test_figures_are_where_they_say(text):
    for f in find_figures(text):
        assert text[f.start : f.end] == f.text and f.low <= f.high


#: Phrases that are prefixes of one another, by word ("up", "up to") and by letter ("u", "up").
_PHRASES = ["up", "up to", "up to a", "u", "upwards", "upwards of", "to", "a", "at", "at least",
            "Up To"]


@given(st.lists(st.sampled_from(_PHRASES), min_size=1, max_size=8),
       st.lists(st.sampled_from([*_PHRASES, "x", "wards", "UP"]), max_size=8),
       st.sampled_from([" ", "  ", "", "\n", "-"]))
@settings(max_examples=300, deadline=None)
def test_lexicon_trie_matches_like_a_longest_first_alternation(phrases, words, sep):
    # The trie pattern is an optimisation: it must find exactly what the plain alternation of
    # the phrases, longest first, finds.
    text = sep.join(words)
    plain = "|".join(re.escape(p).replace(r"\ ", r"\s+")
                     for p in sorted(set(phrases), key=len, reverse=True))
    for flags, fold in ((0, False), (re.I, True)):
        trie = lexicons.alternation(phrases, fold_case=fold)
        want = [m.span() for m in re.finditer(rf"\b(?:{plain})\b", text, flags)]
        got = [m.span() for m in re.finditer(rf"\b(?:{trie})\b", text, flags)]
        assert got == want, (phrases, text)


# Pieces of what the not-a-figure masks look for, in odd cases and spellings, joined in
# pairs (a number-like piece and a word-like one) so that random texts hit every mask and its
# cue check often.
_MASK_NUMBERS = ["10:44", "28", "28th", "1st", "2024", "1990s", "2024-10-28", "28/10/24", "122",
                 "5bn", "30", "5", "+7 (495)", "123-4567", "KN-23", "$", "US$", "one", "One"]
_MASK_WORDS = ["a.m.", "PM", "pm", "Oct.", "October", "Sept", "in", "Since", "mm", "MILLİMETRES",
               "Inch", "years", "old", "aged", "million", "of", "no", "day", "ſt", "K", "ı", "-",
               "/", ""]


@given(st.lists(st.tuples(st.sampled_from(_MASK_WORDS), st.sampled_from(_MASK_NUMBERS),
                          st.sampled_from([" ", "", "-", ", "]), st.sampled_from(_MASK_WORDS)),
                max_size=4))
@settings(max_examples=500, deadline=None)
def test_mask_cue_check_skips_only_scans_that_find_nothing(chunks):
    # The cue check is an optimisation: masked_spans must find exactly what scanning every
    # pattern over the text finds.
    text = " ".join(f"{before} {number}{sep}{after}" for before, number, sep, after in chunks)
    digits = any(ch.isdigit() for ch in text)
    every_scan = sorted(
        (m.start(), m.end(), name)
        for name, rx, _needs in numbers.NOT_FIGURES
        if digits or name in numbers._WORD_MASKS  # masks that take number words too
        for m in rx.finditer(text)
    )
    assert numbers.masked_spans(text) == every_scan, text


def test_ignorecase_twins_of_ascii_letters_fold_to_them():
    # What makes the case-insensitive cue check safe: every character that re.IGNORECASE
    # takes for an ASCII letter folds to that letter.
    any_letter = re.compile("[a-z]", re.I)
    twins = [chr(code) for code in range(0x110000) if any_letter.fullmatch(chr(code))]
    assert len(twins) > 52  # the ASCII letters in both cases, and some others
    for ch in twins:
        letter = next(c for c in "abcdefghijklmnopqrstuvwxyz" if re.fullmatch(c, ch, re.I))
        assert numbers.fold_like_ignorecase(ch) == letter, hex(ord(ch))


@given(st.lists(st.sampled_from(["Scores", "of", "a handful", "half a", "million", "troops", "12k",
                                 "dozens", "several", "thousand", "3", "x", "tens of thousands",
                                 "a couple of", "one", "and a half", "quarter", "5m", "No."]),
                max_size=8))
@settings(max_examples=300, deadline=None)
def test_the_figure_gate_never_skips_a_sentence_with_a_figure(words):
    # Only sentences that pass the gate get the figure analysis: it must let through every
    # sentence in which find_figures finds something.
    text = " ".join(words)
    if find_figures(text):
        assert extract._has_figure_words(text), text


_MODALITY_WORDS = [*{w for cue in lexicons.column("modality", "cue") for w in cue.split()},
                   "MAY", "Will", "ſet", "wİll", "mayor", "x", ",", "troops", "500"]


@given(st.lists(st.tuples(st.sampled_from(_MODALITY_WORDS), st.sampled_from([" ", "  ", "\n", "-", ""])),
                max_size=6))
@settings(max_examples=500, deadline=None)
def test_modality_cue_check_skips_only_sentences_without_a_cue(words):
    # The modality rule scans a figure's clause only in a sentence that holds a cue's words:
    # the check must let through every text in which the cue pattern finds something.
    text = "".join(word + sep for word, sep in words)
    if extract._cue_regex("modality", "cue").search(text):
        assert extract._may_hold_modality_cue(text), text
