"""The agreement grid never sets a war's toll beside one attack's (review of the forty-first round).

A researcher's folder of dated reports on the war in Sudan, in one week of March 2025: three
readings of one shelling's dead (20, 22 and 25) and two of the war's toll since it began (more
than 150,000; at least 200,000). Read as one set, the war's toll was "higher" than the median of
25, a disagreement no reader would see: the real collection's United Nations "hundreds of
thousands killed" in Syria stood "higher" beside a strike's 22. Figures more than a
hundredfold apart (``charts.SCALE_FACTOR``) count two things: each scale is compared among
itself (the two war tolls agree with each other), and a figure alone on its scale is compared
with none (``another time or place``). The reports are written for this test (invented
outlets)."""

from __future__ import annotations

import pandas as pd
import pytest

from claimtable import charts, report
from tests.briefs import agreement_rows, estimates_of_briefs

ARTICLES = {
    "s1.txt": ("By Staff | Dune Courier | 3 March 2025",
               "Shelling killed 22 people in Sudan on Sunday, the health ministry said."),
    "s2.txt": ("By Staff | Reef Gazette | 4 March 2025",
               "Twenty people were killed in the shelling in Sudan, the civil defence said."),
    "s3.txt": ("By Staff | Acacia Wire | 4 March 2025",
               "Some 25 people were killed in the shelling in Sudan, a local monitoring group said."),
    "s4.txt": ("By Staff | Harbour Post | 5 March 2025",
               "More than 150,000 people have been killed in Sudan, the United Nations said."),
    "s5.txt": ("By Staff | Plateau Review | 6 March 2025",
               "At least 200,000 people have been killed in Sudan, the Nile Relief Council said."),
}


@pytest.fixture(scope="module")
def estimates(tmp_path_factory):
    return estimates_of_briefs(tmp_path_factory.mktemp("scale") / "raw", ARTICLES)


def _killed(estimates: pd.DataFrame) -> pd.DataFrame:
    return agreement_rows(estimates, "killed")


def test_the_reports_give_five_tolls_of_one_war(estimates):
    killed = estimates[estimates["measure"] == "killed"]
    assert sorted(killed["value_low"]) == [20, 22, 25, 150_000, 200_000]


def test_a_wars_toll_is_not_higher_than_one_attacks(estimates):
    killed = _killed(estimates)
    assert "higher" not in set(killed.loc[["United Nations", "Nile Relief Council"], "comparison"])


def test_the_wars_tolls_agree_with_each_other(estimates):
    killed = _killed(estimates)
    tolls = killed.loc[["United Nations", "Nile Relief Council"]]
    assert list(tolls["comparison"]) == ["agrees", "agrees"]
    assert tolls["set"].nunique() == 1 and tolls["median"].iloc[0] == 175_000


def test_the_attacks_readings_are_compared_among_themselves(estimates):
    killed = _killed(estimates)
    attack = killed.drop(["United Nations", "Nile Relief Council"])
    assert len(attack) == 3 and set(attack["comparison"]) == {"agrees"}
    assert set(attack["median"]) == {22}
    assert attack["set"].nunique() == 1 and attack["set"].iloc[0] != killed.loc["United Nations", "set"]


def test_a_toll_alone_on_its_scale_is_compared_with_none(estimates):
    one_toll = estimates[estimates["claimant"] != "Nile Relief Council"]
    killed = _killed(one_toll)
    assert killed.loc["United Nations", "comparison"] == charts.ELSEWHERE
    assert killed.loc["United Nations", "set"] == 0
    assert set(killed.drop("United Nations")["comparison"]) == {"agrees"}


def test_the_latest_table_says_so(estimates):
    frame = report.latest_table(estimates.query("claimant != 'Nile Relief Council'")).frame
    un = frame[frame["claimant"] == "United Nations"]
    assert list(un["comparison"]) == [charts.ELSEWHERE]
