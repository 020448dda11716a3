"""A user's folder about other conflicts than the seeds' story, mixed (a strike in one town,
another town's dead, another war's displaced, drones and homes), reported with no ledger: the
estimates say what each figure counts, figure groups never join figures that cannot be about
one thing, and the charts draw no empty panels and no ledger legend. Both engines give the
same tables. The articles are written for this test (invented outlets, real places so that
the gazetteer knows them)."""

from __future__ import annotations

import pytest

from claimtable import charts, report
from tests.briefs import compare_both, extract_briefs, frame, written_by_engine

#: file name -> (byline, body). Two towns of one country hit on one day with the same toll,
#: a relay of one of them, another war's toll of the same size, a claimant counting drones and
#: homes with one number, and the same town's toll said again three months later.
ARTICLES = {
    "a1.txt": ("By Staff | Lowland Courier | 3 March 2025",
               "Officials in Kharkiv said 12 people were killed in the night attack. "
               "Ukraine's air force said Russia launched 64 drones overnight. "
               "The regional governor said 64 homes were damaged."),
    "a2.txt": ("By Staff | Pike Street Herald | 3 March 2025",
               "Officials in Odesa said 12 people were killed when a drone hit the port."),
    "a3.txt": ("By Staff | Marsh Ledger | 4 March 2025",
               "Officials in Kharkiv said 12 people were killed in the night attack."),
    "a4.txt": ("By Staff | Saltgrass Review | 4 March 2025",
               "Sudan's army said 12 people were killed in fighting in El Fasher."),
    "a5.txt": ("By Staff | Lowland Courier | 10 June 2025",
               "Officials in Kharkiv said 12 people were killed in a new attack."),
}


@pytest.fixture(scope="module")
def processed(tmp_path_factory):
    out = extract_briefs(tmp_path_factory.mktemp("mixed") / "raw", ARTICLES)
    return out


@pytest.fixture(scope="module")
def tables(processed):
    return compare_both(processed)


def test_both_engines_give_the_same_tables(tables, tmp_path):
    written = written_by_engine(tables, tmp_path)
    assert written["duckdb"] == written["pandas"]


def test_the_estimates_say_what_each_figure_counts(tables):
    est = tables["pandas"]["estimates"]
    assert "unit" in est.columns
    sixty_four = est[est["value_low"] == 64]
    # one number, two things counted: two estimates, each naming its unit
    assert sorted(sixty_four["unit"]) == ["drone", "home"]
    assert (est.loc[est["measure"] == "killed", "unit"] != "").all()


def test_who_says_what_keeps_drones_and_homes_apart(tables):
    table = charts.who_says_what_table(tables["pandas"]["estimates"])
    other = [c for c in table.columns if c.startswith("other")]
    assert len(other) == 2 and any("drone" in c for c in other) and any("home" in c for c in other)


def test_figure_groups_join_only_what_can_be_one_thing(tables):
    groups = frame(tables["pandas"]["comparison"])
    killed = groups[groups["measure"] == "killed"]
    by_article = dict(zip(killed["article"], killed["group"], strict=True))
    assert by_article["a1"] == by_article["a3"]  # one town, one day: a relay of one toll
    assert by_article["a2"] != by_article["a1"]  # another town the same day
    assert by_article["a4"] not in (by_article["a1"], by_article["a2"])  # another country's war
    assert by_article["a5"] != by_article["a1"]  # the same town three months later
    sixty_four = groups[groups["value_low"] == 64]
    assert sixty_four["group"].nunique() == 2  # drones and homes are not one figure


def test_charts_draw_no_empty_panels_and_no_ledger_legend(tables, tmp_path):
    est = tables["pandas"]["estimates"]
    over_time = charts.estimates_over_time(est)
    titled = [ax.get_title(loc="left") for ax in over_time.axes if ax.get_title(loc="left")]
    assert titled == ["casualties"]  # no troops, no munitions: no panel for them
    legend = [t.get_text() for ax in over_time.axes if ax.get_legend()
              for t in ax.get_legend().get_texts()]
    assert legend and not any("hand-coded" in t for t in legend)
    assert "hand-coded" not in charts.description(charts.who_says_what(est))
    munitions = charts.save(charts.munitions_chart(est, tables["pandas"]["derived_checks"]),
                            tmp_path / "munitions")[-1]
    shown = report.chart(munitions)  # nothing to draw: one line, not an empty picture
    assert "munitions" in shown.data.lower() and "<img" not in shown.data
