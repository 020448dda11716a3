"""A wire's figure of no known war is of none of its other wars (review of the forty-first round).

A news agency reports every war. In the real collection, AFP's "at least 246 killed" by barrel
bombs, in an article that names no country, was drawn in the row "AFP — United States" beside
its 5,000 troops sent to a Colombian region, because a claimant's figure of no known war joined
its one known war. A body the claimant registry ties to no country (a wire, a UN agency, an aid
group: ``charts.of_many_wars``) is read as a common noun is: such a figure gets a row of its
own, "AFP — no country named". A claimant of one country keeps the rule. The reports are
written for this test (invented outlets)."""

from __future__ import annotations

import pytest

from claimtable import charts, pipeline
from tests.briefs import extract_briefs

ARTICLES = {
    "w1.txt": ("By Staff | Dune Courier | 3 March 2025",
               "Some 5,000 troops were sent to Sudan on Monday, AFP reported."),
    "w2.txt": ("By Staff | Reef Gazette | 4 March 2025",
               "Barrel bombs killed at least 40 people in the besieged district, AFP reported."),
    "w3.txt": ("By Staff | Acacia Wire | 5 March 2025",
               "Shelling killed 12 people in Kharkiv, the Kharkiv governor Oleh Synehubov said."),
    "w4.txt": ("By Staff | Harbour Post | 6 March 2025",
               "Eight soldiers were wounded in Kharkiv, Oleh Synehubov said. "
               "Three people were killed in the village, Oleh Synehubov said."),
}


@pytest.fixture(scope="module")
def rows(tmp_path_factory):
    processed = extract_briefs(tmp_path_factory.mktemp("outlets") / "raw", ARTICLES)
    estimates = pipeline.compare_tables(processed / "claims.csv", "", "pandas")["estimates"]
    latest = charts.latest_estimates(estimates)
    return dict(zip(zip(latest["claimant"], latest["measure"], latest["value_low"], strict=True),
                    charts.claimant_wars(latest), strict=True))


def test_the_wire_is_credited_with_both_figures(rows):
    assert {(c, m) for c, m, _ in rows if c == "AFP"} >= {("AFP", "killed")}
    assert any(c == "AFP" and m.startswith("troops") for c, m, _ in rows)


def test_the_wires_figure_of_no_known_war_has_a_row_of_its_own(rows):
    assert rows[("AFP", "killed", 40)] == "AFP — no country named"


def test_the_wires_troops_stay_in_their_war(rows):
    troops = [r for (c, m, _), r in rows.items() if c == "AFP" and m.startswith("troops")]
    assert troops == ["AFP — Sudan"]


def test_a_claimant_of_one_war_keeps_its_figures_together(rows):
    governor = {r for (c, _, _), r in rows.items() if c == "Oleh Synehubov"}
    assert governor == {"Oleh Synehubov — Ukraine"}
