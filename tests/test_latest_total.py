"""A claimant's latest figure of a toll is its total, never a part of it ("19 of the dead were
women") nor a share, in the chart "Who says what, now" and the report's "Latest estimate"
table (both ``charts.latest_estimates``). The articles are written for this test."""

from __future__ import annotations

import pandas as pd
import pytest

from claimtable import charts, pipeline
from tests.briefs import extract_briefs

ARTICLES = {
    "c1.txt": ("By Staff | Ridge Bulletin | 4 June 2025",
               "Shelling of Tamra camp killed 40 people on Wednesday, the Tamra Medics Network said. "
               "The network said 19 of the dead were women and that 60 people were wounded."),
    "c2.txt": ("By Staff | Harbour Note | 20 May 2025",
               "The Tamra Medics Network said 25 people were killed in Tamra camp."),
}


@pytest.fixture(scope="module")
def estimates(tmp_path_factory):
    out = extract_briefs(tmp_path_factory.mktemp("parts") / "raw", ARTICLES)
    return {engine: pipeline.compare_tables(out / "claims.csv", "", engine)["estimates"]
            for engine in pipeline.ENGINES}


@pytest.mark.parametrize("engine", pipeline.ENGINES)
def test_a_part_is_never_a_claimants_latest_toll(estimates, engine):
    found = estimates[engine]
    killed = found[(found["measure"] == "killed") & (found["claimant"] == "Tamra Medics Network")]
    assert sorted(killed["value_low"]) == [19, 25, 40]  # the part stays an estimate of its own
    table = charts.who_says_what_table(found)
    row = table[table["claimant"] == "Tamra Medics Network"].iloc[0]
    assert row["killed"].startswith("40 ")  # the toll, not "19 of the dead"
    latest = charts.latest_estimates(found)
    assert latest.loc[latest["claimant"] == "Tamra Medics Network", "value_high"].tolist()[:1] == [40]


def test_a_share_is_no_latest_figure_when_a_count_is_there():
    rows = pd.DataFrame({"estimate": [1, 2], "claimant": ["X"] * 2, "measure": ["killed"] * 2,
                         "unit": ["person", "percent"], "value_low": [120, 30], "value_high": [120, 30],
                         "as_of": ["2025-06-01", "2025-06-09"], "origin": ["extracted"] * 2})
    assert charts.latest_estimates(rows)["value_high"].tolist() == [120]
