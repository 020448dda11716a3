"""The hand-coded ledger: read with every bad row named, its claimants and measures mapped,
and extracted estimates checked against it."""

from __future__ import annotations

import io

import pandas as pd
import pytest

from claimtable import ledger

HEADER = "value_low,value_high,what,claimant,claimant_type,reported_date,event_date,outlet,url,hedge,notes\n"


def ledger_of(*rows: str) -> ledger.Ledger:
    return ledger.read(io.StringIO(HEADER + "".join(r + "\n" for r in rows)))


def estimate(**kw) -> dict:
    base = {"claimant": "South Korea NIS", "measure": "troops_present", "value_low": 1500.0,
            "value_high": 1500.0, "as_of": "2024-10-18"}
    return {**base, **kw}


def test_the_shipped_ledger_reads_whole():
    coded = ledger.read()
    assert len(coded.table) == 310 and coded.problems == []
    # claimants as coded map to the extractor's names, relays in brackets dropped
    assert {"South Korea NIS", "Zelensky", "Ukraine HUR"} <= set(coded.table["claimant"])
    assert not coded.table["claimant"].str.contains(r"\(via", regex=True).any()


@pytest.mark.parametrize(("written", "named"), [
    # a registry name inside the claimant, or after "to", only says whom someone else speaks to
    ("US deputy UN ambassador Robert Wood", "US deputy UN ambassador Robert Wood"),
    ("US Deputy Ambassador to UN", "US Deputy Ambassador to UN"),
    # a name after a capitalised title, or the name the claimant starts with, is the speaker
    ("US Defense Secretary Lloyd Austin", "US Department of Defense"),
    ("South Korea JCS and Zelensky (conflated)", "South Korea JCS"),
    ("South Korea NIS (via MP Lee)", "South Korea NIS"),
])
def test_a_ledger_claimant_is_named_by_who_speaks(written, named):
    row = f"1500,1500,troops_in_russia,{written},government_intel,2024-10-18,2024-10,Yonhap,,exact,"
    assert ledger_of(row).table["claimant"].tolist() == [named]


def test_the_ledger_and_the_scorer_name_claimants_by_one_rule():
    from claimtable import score

    for written in ("US deputy UN ambassador Robert Wood", "US Defense Secretary Lloyd Austin"):
        row = f"1500,1500,troops_in_russia,{written},government_intel,2024-10-18,2024-10,Yonhap,,exact,"
        coded = ledger_of(row).table["claimant"].iloc[0]
        assert score.canonical_claimant(written) == score.canonical_claimant(coded)
    assert score.canonical_claimant("US deputy UN ambassador Robert Wood") != score.canonical_claimant("United Nations")


def test_bad_rows_are_named_with_their_line_and_the_rest_are_read():
    coded = ledger_of(
        "1500,1500,troops_in_russia,South Korea NIS,government_intel,2024-10-18,2024-10,Yonhap,,exact,",
        "many,1500,troops_in_russia,South Korea NIS,government_intel,2024-10-18,2024-10,Yonhap,,exact,",
        "3000,1500,troops_in_russia,South Korea NIS,government_intel,2024-10-18,2024-10,Yonhap,,exact,",
        "1500,1500,troops_in_russia,South Korea NIS,government_intel,last week,2024-10,Yonhap,,exact,",
        "1500,1500,troops_in_russia,South Korea NIS,government_intel,2024-10-18,2024-10,Yonhap,,roughly,",
    )
    assert len(coded.table) == 1
    assert [p.split(":")[0] for p in coded.problems] == [f"ledger, line {n}" for n in (3, 4, 5, 6)]
    assert "not numbers" in coded.problems[0] and "above" in coded.problems[1]
    assert "reported_date" in coded.problems[2] and "hedge" in coded.problems[3]


def test_a_file_that_is_not_a_ledger_is_a_clear_error(tmp_path):
    path = tmp_path / "figures.csv"
    path.write_text("value,who\n1,2\n", encoding="utf-8")
    with pytest.raises(ValueError, match="missing columns value_low"):
        ledger.read(path)


@pytest.mark.parametrize(("what", "measure"), [
    ("troops_in_russia", "troops_present"), ("troops_in_kursk", "troops_in_place"),
    ("casualties_total", "casualties"), ("howitzers", "artillery"), ("military_builders", "workers"),
    ("storm_corps_strength", "other"),
])
def test_ledger_measures_map_to_the_claims_measures(what, measure):
    row = f"100,100,{what},Zelensky,head_of_state,2024-11-02,2024-11,AP,,about,"
    assert ledger_of(row).table["measure"].tolist() == [measure]


def test_extracted_estimates_are_checked_against_the_ledger():
    coded = ledger_of(
        "1500,1500,troops_in_russia,South Korea NIS (via Yonhap),government_intel,2024-10-18,2024-10,Yonhap,,exact,",
        "11000,12000,troops_in_russia,South Korea NIS,government_intel,2024-11-13,2024-11,AP,,range,",
    )
    extracted = pd.DataFrame([
        estimate(),  # the ledger's first row
        estimate(value_low=3000.0, value_high=3000.0),  # same claimant, measure, time: other value
        estimate(value_low=12000.0, value_high=12000.0, as_of="2024-11-20"),  # inside 11,000-12,000
        estimate(claimant="Zelensky"),  # nobody coded Zelensky's
        estimate(as_of="2025-06-01"),  # months later: not the same moment
        estimate(measure="killed"),  # another measure
    ])
    assert ledger.check(extracted, coded).tolist() == [
        ledger.MATCHES, ledger.DIFFERS, ledger.MATCHES, ledger.ABSENT, ledger.ABSENT, ledger.ABSENT]


def test_an_unattributed_figure_is_never_checked_against_an_unattributed_ledger_row():
    coded = ledger_of("40,40,killed,unattributed,media,2025-02-10,2025-02,AP,,exact,")
    extracted = pd.DataFrame([estimate(claimant="unattributed", measure="killed", as_of="2025-02-12",
                                       value_low=12.0, value_high=12.0)])
    assert ledger.check(extracted, coded).tolist() == [ledger.ABSENT]


def test_ledger_rows_join_the_estimates_marked_hand_coded():
    coded = ledger_of("1500,1500,troops_in_russia,South Korea NIS,government_intel,2024-10-18,2024-10,Yonhap,,exact,")
    extracted = pd.DataFrame([{**estimate(), "estimate": 1, "origin": "extracted", "relays": 2,
                               "relay_differs": "", "ledger_check": "", "label": "AP · 2024-10-18",
                               "family": "troops", "hedge": "exact", "first_reported": "",
                               "last_reported": ""}])
    both = ledger.combine(extracted, coded)
    assert both["origin"].tolist() == ["extracted", "hand-coded"]
    assert both["estimate"].tolist() == [1, 2]
    assert both["ledger_check"].tolist() == [ledger.MATCHES, ""]
    assert both.loc[1, "label"] == "Yonhap · 2024-10-18"


def test_extraction_never_reads_the_ledger(monkeypatch):
    from claimtable import pipeline

    def refuse(*_a, **_k):
        raise AssertionError("extraction read the ledger")

    monkeypatch.setattr(ledger, "read", refuse)
    monkeypatch.setattr(ledger, "load", refuse)
    assert len(pipeline.claims_of_folder("data/raw")) > 0


def test_a_figure_of_other_things_meets_only_ledger_rows_of_its_unit():
    """HUR's "50 %" (measure other, unit percent) is checked against its share of the same
    week, not against its "500 officers" or "3 generals"; "600 officers" against the officers."""
    coded = ledger_of("500,500,officers,Ukraine HUR,government_intel,2024-10-24,2024-10,X,,exact,",
                      "3,3,generals,Ukraine HUR,government_intel,2024-10-24,2024-10,X,,exact,",
                      "20,20,casualty_rate_percent,Ukraine HUR,government_intel,2024-10-24,2024-10,X,,exact,")
    said = pd.DataFrame([estimate(claimant="Ukraine HUR", measure="other", unit="percent", value_low=50.0,
                                  value_high=50.0, as_of="2024-10-28"),
                         estimate(claimant="Ukraine HUR", measure="other", unit="officer", value_low=600.0,
                                  value_high=600.0, as_of="2024-10-28"),
                         estimate(claimant="Ukraine HUR", measure="other", unit="general", value_low=3.0,
                                  value_high=3.0, as_of="2024-10-28")])
    # a percent of nothing said is not the casualty rate's 20 %; no count meets a share
    assert ledger.check(said, coded).tolist() == [ledger.ABSENT, ledger.DIFFERS, ledger.MATCHES]
    assert ledger.check(said.assign(unit="drone"), coded).tolist() == [ledger.ABSENT] * 3
    rows = ledger.as_estimates(coded)
    assert rows["unit"].tolist() == ["officer", "general", "percent (casualty rate)"]


def test_a_percent_meets_only_a_percent_of_the_same_thing():
    """HUR's 40 % share of Russia's ammunition is not its 20 % casualty rate: a 40 % casualty
    rate differs from the rate, and matches nothing about ammunition."""
    coded = ledger_of("20,20,casualty_rate_percent,Ukraine HUR,government_intel,2024-10-24,2024-10,X,,exact,",
                      "40,40,share_of_russian_ammo_percent,Ukraine HUR,government_intel,2024-10-24,2024-10,X,,exact,")
    said = pd.DataFrame([estimate(claimant="Ukraine HUR", measure="other", unit=u, value_low=40.0,
                                  value_high=40.0, as_of="2024-10-28")
                         for u in ("percent (casualty rate)", "percent (russian ammo)", "percent")])
    assert ledger.check(said, coded).tolist() == [ledger.DIFFERS, ledger.MATCHES, ledger.ABSENT]


def test_a_ledger_row_at_a_region_meets_only_figures_in_that_region():
    """The ledger's "11,000 in the Kursk region" is the figure of the Kursk region or its city
    Kursk, or of no place; not a figure in Vladivostok, Primorsky Krai or Russia as a whole."""
    coded = ledger_of("11000,11000,troops_in_kursk,South Korea NIS,government_intel,2024-11-13,2024-11,X,,about,")
    assert coded.table["place"].tolist() == ["Kursk region"]
    places = ["Kursk region", "western Kursk region", "Kursk", "", "Vladivostok", "Primorsky Krai", "Russia",
              "Kursk region; Vladivostok"]
    said = pd.DataFrame([estimate(measure="troops_in_place", place=p, value_low=11000.0, value_high=11000.0,
                                  as_of="2024-11-06") for p in places])
    assert ledger.check(said, coded).tolist() == [ledger.MATCHES] * 4 + [ledger.ABSENT] * 4
    # a region regions.csv lacks holds the city it is named after, and no other place
    own = ledger.read(io.StringIO(HEADER.replace("\n", ",place\n")
                                  + "900,900,troops_arrived,South Korea NIS,x,2024-11-06,2024-11,X,,exact,,Tula region\n"))
    said = pd.DataFrame([estimate(place=p, value_low=900.0, value_high=900.0, as_of="2024-11-06")
                         for p in ("Tula region", "Tula", "Kursk", "Russia")])
    assert ledger.check(said, own).tolist() == [ledger.MATCHES, ledger.MATCHES, ledger.ABSENT, ledger.ABSENT]


def test_a_figure_in_one_town_is_not_checked_against_a_ledger_row_in_another():
    """NIS: "1,500 arrived in Vladivostok" is not the ledger's "11,000 in Kursk" (its what,
    troops_in_kursk, names the place); "11,000 in the Kursk region" matches it; a ledger's own
    place column is read too."""
    coded = ledger_of("11000,11000,troops_in_kursk,South Korea NIS,government_intel,2024-11-13,2024-11,X,,about,")
    said = pd.DataFrame([estimate(measure="troops_in_place", place=p, value_low=v, value_high=v, as_of="2024-11-06")
                         for p, v in (("Vladivostok", 1500.0), ("Kursk", 1500.0), ("", 11000.0))])
    assert ledger.check(said, coded).tolist() == [ledger.ABSENT, ledger.DIFFERS, ledger.MATCHES]
    own = ledger.read(io.StringIO(HEADER.replace("\n", ",place\n")
                                  + "1500,1500,troops_arrived,South Korea NIS,x,2024-11-06,2024-11,X,,exact,,Khabarovsk\n"))
    assert own.table["place"].tolist() == ["Khabarovsk"]
    assert ledger.check(said.iloc[[0]].assign(measure="troops_present"), own).tolist() == [ledger.ABSENT]
