"""Rates (``per``) and parts of a total (``part_of``), on sentences written for the tests."""

from __future__ import annotations

import re

import pytest

from claimtable.numbers import find_figures
from claimtable.relations import Claim, link_parts, rate_period

from .conftest import cases


def figure_span(text: str, written: str) -> tuple[int, int]:
    start = text.index(written)
    return start, start + len(written)


@pytest.mark.parametrize(("text", "figure", "per"), cases("rates"))
def test_rate_period(text, figure, per):
    assert rate_period(text, *figure_span(text, figure)) == per


def claims_of(text: str, categories: dict[str, str]) -> list[Claim]:
    """One Claim per figure in ``text`` whose words are a key of ``categories``."""
    sentence_of = {}
    for n, m in enumerate(re.finditer(r"[^.]+\.?", text)):
        for i in range(m.start(), m.end()):
            sentence_of[i] = n
    return [Claim(f.start, f.end, f.high, categories[f.text], sentence_of[f.start], f.percent)
            for f in find_figures(text) if f.text in categories]


def parts(text: str, categories: dict[str, str]) -> dict[str, str | None]:
    claims = claims_of(text, categories)
    starts = {}
    for n, m in enumerate(re.finditer(r"[^.]+\.?", text)):
        starts[n] = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
    linked = link_parts(text, claims, starts)
    by_start = {c.start: text[c.start:c.end] for c in claims}
    return {text[c.start:c.end]: by_start.get(total) for c, total in zip(claims, linked, strict=True)}


def test_a_part_after_including_links_to_its_total():
    text = "Pyongyang has sent about 15,000 troops, including around 11,000 in the first wave."
    assert parts(text, {"15,000": "troops", "11,000": "troops"}) == {"15,000": None, "11,000": "15,000"}


def test_parts_that_open_the_next_sentence_link_to_its_first_figure():
    text = "North Korea will send 6,000 men. Of those, 1,000 are sappers and 5,000 are builders."
    assert parts(text, {"6,000": "troops", "1,000": "troops", "5,000": "troops"}) == {
        "6,000": None, "1,000": "6,000", "5,000": "6,000"}


def test_a_part_opened_by_of_this_figure_links_to_the_figure_before():
    text = "Kyiv has lost some 70,000 men. Of this figure, the report said 9,000 were killed."
    assert parts(text, {"70,000": "casualties", "9,000": "casualties"}) == {"70,000": None, "9,000": "70,000"}


def test_a_part_in_brackets():
    text = "The 1,100 casualties (which includes around 100 killed) were counted by the JCS."
    assert parts(text, {"1,100": "casualties", "100": "casualties"}) == {"1,100": None, "100": "1,100"}


def test_a_part_before_its_total():
    text = "Some 4,000 were killed out of a total of 12,000 troops."
    assert parts(text, {"4,000": "casualties", "12,000": "troops"}) == {"4,000": "12,000", "12,000": None}


def test_a_share_links_to_what_it_is_a_share_of():
    text = "Around 4,000 have died, approximately a quarter of whom fell in battle."
    assert parts(text, {"4,000": "casualties", "a quarter": "casualties"}) == {
        "4,000": None, "a quarter": "4,000"}
    text = "The losses are nearly half of the original 11,000 troops."
    assert parts(text, {"half": "casualties", "11,000": "troops"}) == {"half": "11,000", "11,000": None}


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        ("At least 3,785 people were killed and 12,493 wounded, the ministry said.",
         {"3,785": "casualties", "12,493": "casualties"}),
        ("About 12,000 troops arrived, and including reinforcements 15,000 more may follow.",
         {"12,000": "troops", "15,000": "troops"}),
        ("The army has 12,000 troops. Of those shells, 300 were fired.",
         {"12,000": "troops", "300": "munitions"}),  # shells are no part of a force
    ],
)
def test_figures_side_by_side_are_not_parts(text, categories):
    assert set(parts(text, categories).values()) == {None}
