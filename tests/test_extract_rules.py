"""Constructions around a figure that decide what it counts."""

from __future__ import annotations

import pytest

from claimtable import extract, load


def rows(text: str) -> list[tuple]:
    return [(r["figure"], r["unit"], r["category"]) for r in extract.extract_source(load.load_text("x", text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials said a 2,000-strong force of troops had arrived.", [("2,000", "troop", "troops")]),
        ("Officials said 1,500-plus soldiers had arrived.", [("1,500", "soldier", "troops")]),
        ("Officials put the dead at 600 and the wounded at 1,400.",
         [("600", "dead", "casualties"), ("1,400", "wounded", "casualties")]),
        ("Officials said 10,000 troops were there, up from 3,000 in October.",
         [("10,000", "troop", "troops"), ("3,000", "troop", "troops")]),
        ("Officials said 1,500 troops were seen on day 3.", [("1,500", "troop", "troops")]),
        ("Officials said 8,000 of them had moved.", []),  # nothing named before: not a claim
        ("The number of North Korean troops in Russia has reached 11,000, officials said.",
         [("11,000", "troop", "troops")]),
        ("Officials said 500 troops arrived.\nThe figure was disputed by 3 agencies.",
         [("500", "troop", "troops")]),
        ("The army moved 50 kilometres (31 miles) in three months.", []),
    ],
)
def test_what_a_figure_counts(text, expected):
    assert rows(text) == expected
