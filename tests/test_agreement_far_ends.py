"""The agreement grid never sets an undated war's toll beside a ladder of attacks' tolls (review
of the forty-second round).

A researcher's folder of undated briefs on the war in Yemen: four attacks' dead (3, 12, 40 and
150 people) and one reading of the war's toll since it began (more than 9,000). No two
neighbouring figures lie a hundredfold apart (``charts.SCALE_FACTOR``), so the scale split kept
them one set, and the war's toll stood "higher" than the attacks' median: the real collection's
United Nations "death toll approached 15,000" in Gaza stood "higher" beside strikes' 2, 14 and
270. An undated figure at either end of a set of three or more, more than tenfold its nearest
(``charts.END_FACTOR``), counts another stretch of time or place: it is compared with none. A
dated figure keeps its place (its date puts it in the set's month), and two figures are always
compared as rival counts. The briefs are written for this test (invented outlets)."""

from __future__ import annotations

import pandas as pd
import pytest

from claimtable import charts, report
from tests.briefs import agreement_rows, estimates_of_briefs

ARTICLES = {
    "y1.txt": ("By Staff | Dune Courier",
               "An air strike killed 3 people in Yemen on Sunday, health officials said."),
    "y2.txt": ("By Staff | Reef Gazette",
               "Twelve people were killed when shells hit a market in Yemen, the civil defence said."),
    "y3.txt": ("By Staff | Acacia Wire",
               "A drone strike killed 40 people at a wedding in Yemen, a local monitoring group said."),
    "y4.txt": ("By Staff | Harbour Post",
               "Fighting on the coast of Yemen killed 150 fighters, the coalition said."),
    "y5.txt": ("By Staff | Plateau Review",
               "More than 9,000 people have been killed in Yemen since the war began, the United Nations said."),
}


@pytest.fixture(scope="module")
def estimates(tmp_path_factory):
    return estimates_of_briefs(tmp_path_factory.mktemp("far") / "raw", ARTICLES)


def _killed(estimates: pd.DataFrame) -> pd.DataFrame:
    return agreement_rows(estimates, "killed")


def test_the_briefs_give_five_undated_tolls_of_one_war(estimates):
    killed = estimates[estimates["measure"] == "killed"]
    assert sorted(killed["value_low"]) == [3, 12, 40, 150, 9_000]
    assert set(killed["as_of"].fillna("")) == {""}


def test_the_wars_toll_is_not_higher_than_the_attacks(estimates):
    killed = _killed(estimates)
    assert killed.loc["United Nations", "comparison"] == charts.ELSEWHERE
    assert killed.loc["United Nations", "set"] == 0


def test_the_attacks_are_compared_among_themselves(estimates):
    killed = _killed(estimates).drop("United Nations")
    assert len(killed) == 4 and killed["set"].nunique() == 1 and killed["set"].iloc[0] > 0
    assert set(killed["median"]) == {26}  # the median of 3, 12, 40 and 150, not of the war's toll too


def test_a_dated_toll_stays_in_its_set(estimates):
    dated = estimates.assign(as_of=estimates["as_of"].mask(estimates["claimant"] == "United Nations", "2025-03"))
    killed = _killed(dated)
    assert killed.loc["United Nations", "comparison"] == "higher"
    assert killed.loc["United Nations", "set"] == killed.loc["health officials", "set"] > 0


def test_two_figures_far_apart_are_still_rivals(estimates):
    two = estimates[estimates["claimant"].isin(["health officials", "the coalition"])]
    killed = _killed(two)
    assert list(killed.loc[["the coalition", "health officials"], "comparison"]) == ["higher", "lower"]


def test_the_latest_table_says_so(estimates):
    frame = report.latest_table(estimates).frame
    row = frame[frame.astype(str).apply(lambda r: "United Nations" in " ".join(r), axis=1)]
    assert len(row) == 1
    assert "higher" not in " ".join(row.astype(str).iloc[0])
