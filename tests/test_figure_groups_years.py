"""Figure groups never join figures of years that cannot be one (thirty-ninth round). A
researcher's folder of short reports on attacks in Mogadishu, none with a publication date: a
chronology of the city's attacks, a report that names 2007, one that tells of 2011, one that
names 2024 and one that names no year. A figure with no date of its own is of the years its own
sentence names ("September 5, 1993 – ..."), else of its article's present, which is no earlier
than the latest year the article names; else of any time (a date is never guessed). Both
engines give the same tables. The reports are written for this test (invented outlets, a real
city so that the gazetteer knows it)."""

from __future__ import annotations

import pandas as pd
import pytest

from claimtable import pipeline
from tests.briefs import compare_both, extract_briefs, frame, written_by_engine

#: file name -> (byline, body). No report is dated. a1 is a chronology whose figure's own
#: sentence gives its year; a2 names 2007 (written then or later); a3's figure is of 2011 by
#: its own words; a4 names 2024; a5 names no year at all.
ARTICLES = {
    "a1.txt": ("By Staff | Dune Courier",
               "A chronology of attacks on foreign troops in the Somali capital. "
               "September 5, 1993 – Seven soldiers were killed in an ambush in Mogadishu, the army said."),
    "a2.txt": ("By Staff | Reef Gazette",
               "Six soldiers were killed in an attack on a base in Mogadishu, the army said. "
               "The mission has guarded the airport since it arrived in March 2007."),
    "a3.txt": ("By Staff | Acacia Wire",
               "In 2011, ten soldiers were killed when militants stormed a base in Mogadishu, the army said."),
    "a4.txt": ("By Staff | Harbour Post",
               "Eight soldiers were killed in a mortar attack on a base in Mogadishu, the army said. "
               "The mission is due to hand over the base in June 2024."),
    "a5.txt": ("By Staff | Plateau Review",
               "Nine soldiers were killed in a raid on a checkpoint in Mogadishu, the army said."),
}


@pytest.fixture(scope="module")
def processed(tmp_path_factory):
    return extract_briefs(tmp_path_factory.mktemp("years") / "raw", ARTICLES)


@pytest.fixture(scope="module")
def tables(processed):
    return compare_both(processed)


def _groups(tables, engine: str) -> dict[str, int]:
    rows = frame(tables[engine]["comparison"])
    killed = rows[(rows["status"] == "killed") & (rows["unit"] == "soldier")]
    return dict(zip(killed["article"], killed["group"].astype(int), strict=True))


def test_the_reports_are_read_as_written(processed):
    claims = pd.read_csv(processed / "claims.csv", dtype=str, keep_default_na=False)
    killed = claims[(claims["status"] == "killed") & (claims["unit"] == "soldier")]
    assert sorted(killed["article"]) == ["a1", "a2", "a3", "a4", "a5"]
    # only a3's figure has a date of its own: its time expression names its year
    assert dict(zip(killed["article"], killed["as_of"], strict=True)) == {
        "a1": "", "a2": "", "a3": "2011-12", "a4": "", "a5": ""}


def test_both_engines_give_the_same_tables(tables, tmp_path):
    written = written_by_engine(tables, tmp_path)
    assert written["duckdb"] == written["pandas"]


def test_a_toll_its_own_sentence_dates_to_1993_is_no_reading_of_later_ones(tables):
    for engine in pipeline.ENGINES:
        group = _groups(tables, engine)
        assert group["a1"] not in (group["a2"], group["a3"], group["a4"])


def test_a_toll_of_2011_is_no_reading_of_one_in_a_report_written_in_2024_or_later(tables):
    for engine in pipeline.ENGINES:
        group = _groups(tables, engine)
        assert group["a3"] != group["a4"]


def test_a_report_that_names_2007_may_be_of_2011(tables):
    """It was written in 2007 or later: nothing says its toll is not the one of 2011."""
    for engine in pipeline.ENGINES:
        group = _groups(tables, engine)
        assert group["a2"] == group["a3"]


def test_a_report_that_names_no_year_is_of_no_year_it_is_given(tables):
    """Its date is never guessed: its toll joins one of the others (the rules of place and
    value decide which)."""
    for engine in pipeline.ENGINES:
        group = _groups(tables, engine)
        assert group["a5"] in (group["a1"], group["a2"], group["a4"])
