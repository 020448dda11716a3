"""The agreement grid never sets a town's population beside people in need (thirty-ninth round).
A researcher's folder of dated reports on one war in Sudan: a town's size and passengers aboard a
ferry, each a figure of people with no status ("other: person": the measure ``other``, a noun of
people in general, nothing said of what befell them), people in need of food aid, and two readings
of the people rescued from a flooded camp. Nothing tells the first two apart, so neither is
compared with another (``charts.says_nothing``): the grid draws no row of them, and the latest
estimates table shows them last, not compared; the people in need (``in need``, a status since the
review of the thirty-ninth round) and the people rescued have statuses of their own and are
compared as before. The reports are written for this test (invented outlets)."""

from __future__ import annotations

import pandas as pd
import pytest

from claimtable import charts, pipeline, report
from tests.briefs import extract_briefs

ARTICLES = {
    "p1.txt": ("By Staff | Dune Courier | 3 March 2025",
               "Shells hit Wadi Halfa, a town of 40,000 people, the governor said. "
               "Twelve civilians were killed, the governor said."),
    "p2.txt": ("By Staff | Reef Gazette | 4 March 2025",
               "About 2 million people need food aid across Sudan, the World Food Programme said. "
               "Fifteen civilians were killed in the shelling, the army said."),
    "p3.txt": ("By Staff | Acacia Wire | 5 March 2025",
               "Some 300 people were aboard the ferry when it capsized on the Nile, police said. "
               "Ten civilians were killed, police said."),
    "p4.txt": ("By Staff | Harbour Post | 5 March 2025",
               "Some 120 people were rescued from the flooded camp in Kassala, the civil defence said."),
    "p5.txt": ("By Staff | Plateau Review | 6 March 2025",
               "About 110 people were rescued from the flooded camp in Kassala, aid workers said."),
}


@pytest.fixture(scope="module")
def estimates(tmp_path_factory):
    processed = extract_briefs(tmp_path_factory.mktemp("unsaid") / "raw", ARTICLES)
    return pipeline.compare_tables(processed / "claims.csv", "", "pandas")["estimates"]


def test_the_reports_give_people_with_no_status(estimates):
    people = estimates[(estimates["measure"] == "other") & (estimates["unit"] == "person")]
    assert {"governor", "police"} <= set(people["claimant"])


def test_people_in_need_are_no_population(estimates):
    need = estimates[estimates["unit"] == "person (in need)"]
    assert list(need["claimant"]) == ["World Food Programme"]


def test_people_nothing_is_said_of_are_compared_with_none(estimates):
    latest = charts.agreement_table(estimates)
    people = latest[latest["measure"] == "other: person"]
    assert len(people) >= 2
    assert set(people["comparison"]) == {"not said what they are"}
    assert set(people["set"]) == {0}


def test_people_rescued_are_still_compared(estimates):
    latest = charts.agreement_table(estimates)
    rescued = latest[latest["measure"] == "other: person (rescued)"]
    assert sorted(rescued["comparison"]) == ["agrees", "agrees"]


def test_the_grid_draws_no_row_of_them(estimates):
    latest = charts.agreement_table(estimates)
    grid = charts._agreement_grid(latest, (), 12)
    assert "other: person" not in grid.measures
    assert "killed: civilian" in grid.measures and "other: person (rescued)" in grid.measures


def test_the_latest_table_shows_them_last_and_says_why(estimates):
    table = report.latest_table(estimates)
    frame = table.frame
    unsaid = (frame["comparison"] == "not said what they are").sum()
    assert unsaid >= 2 and set(list(frame["comparison"])[-unsaid:]) == {"not said what they are"}
    assert "never compared" in table.title and "people in need" in table.title
    assert isinstance(frame, pd.DataFrame)
