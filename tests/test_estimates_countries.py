"""An article whose figures name no place is read in the country its sentences name (review of the
forty-first round).

The estimates' ``countries`` came from the claims' places alone: an article datelined "LIMA, Peru"
whose figures name no place of their own was of no country, so Who says what drew
"authorities — no country named" beside a Libyan ministry's figures (the real collection's rows
"authorities — no country named" and "health ministry — no country named"), while the figure
groups read the same articles in Peru and Libya. Now an article whose places name no country is
read in the countries most of its figures' sentences name (``compare.most_written``,
``compare.placed_or_written``; a sentence of several figures counts once). Both engines read it
alike. The reports are written for this test (invented outlets)."""

from __future__ import annotations

import pytest

from claimtable import charts, pipeline
from tests.briefs import compare_both, extract_briefs, frame, written_by_engine

ARTICLES = {
    "l1.txt": ("By Staff | Dune Courier | 3 March 2025",
               "LIMA, Peru -- Inmates rioted in two prisons on Wednesday, injuring nine guards, authorities said. "
               "Four guards were taken hostage, authorities said."),
    "l2.txt": ("By Staff | Reef Gazette | 4 March 2025",
               "TRIPOLI (Libya): Libya's health ministry says fighting between rival militias has left 13 people dead. "
               "The ministry said 52 people were injured."),
    "l3.txt": ("By Staff | Acacia Wire | 5 March 2025",
               "Shelling killed 12 people in Kharkiv, the governor said."),
    "l4.txt": ("By Staff | Harbour Post | 6 March 2025",
               "Eight people were wounded in the attack, authorities said."),
}


@pytest.fixture(scope="module")
def processed(tmp_path_factory):
    return extract_briefs(tmp_path_factory.mktemp("countries") / "raw", ARTICLES)


@pytest.fixture(scope="module")
def estimates(processed):
    return pipeline.compare_tables(processed / "claims.csv", "", "pandas")["estimates"]


def _countries(estimates, claimant: str, value: int) -> str:
    row = estimates[(estimates["claimant"] == claimant) & (estimates["value_low"] == value)]
    assert len(row) == 1
    return row["countries"].iloc[0]


def test_the_figures_name_no_place(processed):
    claims = frame(pipeline.read_table(processed / "claims.csv"))
    unplaced = claims[claims["article"].isin(["l1", "l2", "l4"])]
    assert len(unplaced) >= 5 and (unplaced["place"].fillna("") == "").all()


def test_an_article_datelined_in_peru_is_in_peru(estimates):
    assert _countries(estimates, "authorities", 9) == "PE"
    assert _countries(estimates, "authorities", 4) == "PE"


def test_the_ministrys_figures_are_in_libya(estimates):
    killed = estimates[estimates["measure"] == "killed"]
    assert set(killed.loc[killed["value_low"] == 13, "countries"]) == {"LY"}


def test_an_article_that_names_no_country_stays_of_none(estimates):
    assert _countries(estimates, "authorities", 8) == ""


def test_who_says_what_names_the_war(estimates):
    latest = charts.latest_estimates(estimates)
    rows = dict(zip(zip(latest["claimant"], latest["value_low"], strict=True), charts.claimant_wars(latest), strict=True))
    assert rows[("authorities", 4)] == "authorities — Peru"
    assert rows[("authorities", 8)] == "authorities — no country named"


def test_both_engines_read_it_alike(processed, tmp_path):
    written = written_by_engine(compare_both(processed), tmp_path)
    pandas_bytes, duckdb_bytes = written.values()
    assert pandas_bytes["estimates.csv"] == duckdb_bytes["estimates.csv"]
