"""A ledger row is never labelled with the war of an article's figure (review of the forty-first
round). In a collection of several wars the time and munitions charts label each claimant's latest
point with its war ("unattributed — Mexico"); a hand-coded ledger row that names no place took the
war of the articles' own figure of the same claimant and measure, so the shipped ledger's
unattributed "6.5M shells" (North Korea's shells for Russia) was labelled "unattributed — Mexico"
beside rounds seized in a Mexican arsenal. Such a row is named by its claimant alone; a ledger
row with a place, or of a claimant the articles do not quote, keeps its label."""

from __future__ import annotations

import pandas as pd

from claimtable import charts


def _frame(rows: list[dict]) -> pd.DataFrame:
    base = {"estimate": 0, "claimant": "", "measure": "shells", "value_low": 1.0, "value_high": 1.0,
            "hedge": "exact", "as_of": "", "place": "", "countries": "", "origin": "extracted", "relays": 1}
    return charts._estimates(pd.DataFrame([{**base, "estimate": i + 1, **r} for i, r in enumerate(rows)]))


def _labels() -> dict[tuple[str, float], str]:
    rows = charts.with_wars(_frame(FIGURES))
    return dict(zip(zip(rows["origin"], rows["value_low"], strict=True), rows["war_row"], strict=True))


FIGURES = [
    {"value_low": 1600, "value_high": 1600, "as_of": "2024-05-14", "countries": "MX"},
    {"measure": "killed", "value_low": 12, "value_high": 12, "as_of": "2024-06-01", "countries": "UA"},
    {"value_low": 6.5e6, "value_high": 6.5e6, "as_of": "2025-01-01", "origin": "hand-coded"},
    {"claimant": "South Korea NIS", "value_low": 1e7, "value_high": 1e7, "as_of": "2025-06-26",
     "place": "Russia", "origin": "hand-coded"},
]


def test_the_articles_figure_keeps_its_war():
    assert _labels()[("extracted", 1600)] == "unattributed — Mexico"


def test_a_ledger_row_of_no_place_is_of_no_articles_war():
    assert _labels()[("hand-coded", 6.5e6)] == "unattributed"


def test_a_ledger_row_with_a_place_keeps_its_war():
    assert _labels()[("hand-coded", 1e7)] == "South Korea NIS — Russia"
