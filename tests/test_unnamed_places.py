"""Figure groups when the gazetteer knows none of the places (camps and villages it lacks): a
group is "the same thing counted", so a toll in one camp never joins a toll in another named
place, 40 children never join 40 people, and a figure that names no place joins only the same
noun within a week. Both engines group alike. The articles are written for this test (invented
outlets and invented camps, which no gazetteer holds)."""

from __future__ import annotations

import pytest

from claimtable import pipeline
from tests.briefs import extract_briefs

ARTICLES = {
    "b1.txt": ("By Staff | Ridge Bulletin | 6 May 2025",
               "Medics said 40 people were killed in the shelling of Tamra camp."),
    "b2.txt": ("By Staff | Harbour Note | 7 May 2025",
               "Medics said 40 people were killed in the shelling of Tamra camp."),
    "b3.txt": ("By Staff | Valley Tribune | 7 May 2025",
               "The health ministry said 40 people were killed by cholera in Gorrat state."),
    "b4.txt": ("By Staff | Plain Star | 8 May 2025",
               "A rights group said 40 children were killed in the fighting."),
    "b5.txt": ("By Staff | Dune Weekly | 9 June 2025",
               "A rights group said 40 people were killed in the fighting."),
}


@pytest.fixture(scope="module")
def groups(tmp_path_factory):
    out = extract_briefs(tmp_path_factory.mktemp("unnamed") / "raw", ARTICLES)
    found = {}
    for engine in pipeline.ENGINES:
        table = pipeline.compare_tables(out / "claims.csv", "", engine)["comparison"]
        frame = table.to_pandas() if hasattr(table, "to_pandas") else table
        killed = frame[(frame["measure"] == "killed") & (frame["value_low"] == 40)]
        found[engine] = dict(zip(killed["article"], killed["group"], strict=True))
    return found


@pytest.mark.parametrize("engine", pipeline.ENGINES)
def test_a_group_is_one_thing_counted_where_no_place_is_known(groups, engine):
    by_article = groups[engine]
    assert sorted(by_article) == ["b1", "b2", "b3", "b4", "b5"]
    assert by_article["b1"] == by_article["b2"]  # one camp, one day: a relay of one toll
    assert by_article["b3"] != by_article["b1"]  # another named place, which no gazetteer knows
    assert by_article["b4"] not in (by_article["b1"], by_article["b3"])  # children, not people
    assert by_article["b5"] not in (by_article["b1"], by_article["b3"])  # no place, a month later
    assert len(set(by_article.values())) == 4


def test_both_engines_group_alike(groups):
    assert groups["duckdb"] == groups["pandas"]
