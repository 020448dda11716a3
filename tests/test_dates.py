"""as_of: the date a figure is about, from its article's date and its time expression."""

from __future__ import annotations

import pytest

from claimtable import dates, pipeline


@pytest.mark.parametrize(("published", "time_ref", "expected"), [
    # a Wednesday article: "on Monday" is two days before, "on Wednesday" the same day
    ("2024-10-23", "on Monday", "2024-10-21"),
    ("2024-10-23", "on Wednesday", "2024-10-23"),
    ("2024-10-23", "last week", "2024-10-16"),
    ("2024-10-23", "last month", "2024-09"),
    ("2025-01-08", "last month", "2024-12"),
    # a deadline lies ahead, even across the new year
    ("2024-10-23", "by December", "2024-12"),
    ("2024-11-20", "by the end of March", "2025-03"),
    ("2024-10-23", "by November 1", "2024-11-01"),
    # a count up to the article's day is as of that day
    ("2024-10-23", "since August", "2024-10-23"),
    ("2024-10-23", "over the past week", "2024-10-23"),
    ("2024-10-23", "so far", "2024-10-23"),
    # a month named without a year is the nearest such month
    ("2025-01-10", "in December", "2024-12"),
    ("2024-10-23", "in December 2023", "2023-12"),
    # what no rule resolves leaves the publication date; no date, no as_of
    ("2024-10-23", "since the start of the full-scale invasion", "2024-10-23"),
    ("2024-10-23", "", "2024-10-23"),
    ("", "on Monday", ""),
    # a month-dated article cannot place a weekday: the month stands
    ("2024-10", "on Monday", "2024-10"),
])
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
