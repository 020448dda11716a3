"""as_of: the date a figure is about, from its article's date and its time expression."""

from __future__ import annotations

import pytest

from claimtable import dates, pipeline

from .conftest import cases


@pytest.mark.parametrize(("published", "time_ref", "expected"), cases("as_of"))
def test_as_of(published, time_ref, expected):
    assert dates.as_of(published, time_ref) == expected


@pytest.mark.parametrize(("written", "expected"), [
    ("2024-10-19", "2024-10-19"), ("2024-10-19T23:10:00Z", "2024-10-19"), ("2024-10", "2024-10"),
    ("October 19, 2024", "2024-10-19"), ("19 Oct 2024", "2024-10-19"), ("Sept. 3, 2024", "2024-09-03"),
])
def test_publication_dates_as_outlets_write_them(written, expected):
    assert str(dates.parse_published(written)) == expected


@pytest.mark.parametrize("written", ["19-Oct 10:44", "yesterday", "2024-02-30", "", "13/13/2024"])
def test_what_is_not_a_full_date_gives_none(written):
    assert dates.parse_published(written) is None


def test_claims_of_the_seeds_carry_as_of_from_the_manifest():
    claims = pipeline.claims_of_folder("data/raw")
    by_article = claims.groupby("article")["as_of"]
    # 000 is dated 2024-10-19 in the manifest, 001 only 2024-10; "by November 1" moves one figure
    assert set(by_article.get_group("000_4fd664b2c8154858")) == {"2024-10-19", "2024-11-01"}
    assert set(by_article.get_group("001_5320b9cdabafa139")) == {"2024-10"}


def test_a_time_expression_that_opens_the_sentence_dates_its_figures(tmp_path):
    """"In March 2014, 40 civilians were wounded": the expression opens the sentence with a
    capital and still dates the figure, in an undated article too, where only what names its
    own year can be placed ("Last year" cannot)."""
    (tmp_path / "undated.txt").write_text(
        "Clashes in the north\n\nIn March 2014, 40 civilians were wounded, officials said. "
        "Last year 25 police officers died, the ministry said.\n", encoding="utf-8")
    claims = pipeline.claims_of_folder(tmp_path).set_index("value_low")
    assert (claims.loc[40, "time_ref"], claims.loc[40, "as_of"]) == ("In March 2014", "2014-03")
    assert (claims.loc[25, "time_ref"], claims.loc[25, "as_of"]) == ("Last year", "")


@pytest.mark.parametrize(("text", "time_ref"), [
    ("Relief agencies say about 30,000 residents have left the valley since the dam failed in March 2022.",
     "since the dam failed in March 2022"),
    ("Some 2,500 families have crossed the river since the militia shelled the port last month, aid workers said.",
     "since the militia shelled the port last month"),
])
def test_a_count_since_a_dated_event_runs_to_the_articles_day(text, time_ref):
    """A date inside a clause that "since" opens tells when the count began, not the day it
    stands at: the count runs up to the article's day, ``as_of`` its publication date."""
    from claimtable import load

    claims = pipeline.claims_frame([load.load_text("a", text)], {"a": {"published": "2025-06-11"}})
    assert claims[["time_ref", "as_of"]].values.tolist() == [[time_ref, "2025-06-11"]]


def test_a_count_dated_after_the_adverb_since_keeps_its_date():
    """"have since left … in May": the adverb opens no clause of time; May dates the count."""
    from claimtable import load

    text = "Officials said 400 guards have since left the base in May."
    claims = pipeline.claims_frame([load.load_text("a", text)], {"a": {"published": "2025-06-11"}})
    assert claims[["time_ref", "as_of"]].values.tolist() == [["in May", "2025-05"]]
