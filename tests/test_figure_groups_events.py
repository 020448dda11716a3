"""Figure groups never call two events a disagreement (thirty-eighth round). A researcher's
folder of short reports, none dated, about raids in two Somali towns and a clash in Mali: a
figure that names no place is at the towns its article's other figures are at, so "3 soldiers
killed" in a report on Baidoa is no reading of "3 soldiers killed" in a report on Kismayo; and
in a folder of many stories an undated figure with no place of its own is one with another only
when it is the very same figure (a relay), never a rival reading of it. Both engines give the
same tables. The reports are written for this test (invented outlets, real places so that the
gazetteer knows them)."""

from __future__ import annotations

import pytest

from claimtable import narrate, pipeline
from tests.briefs import compare_both, extract_briefs, frame, written_by_engine

#: file name -> (byline, body). No report is dated. b1 and b3 are about Baidoa, k1 about
#: Kismayo (one country, another town; the same toll); r1 and r2 relay one figure of Somalia
#: with no town, which r3 does not give; u1 and u2 give one number, unattributed, of two
#: events; m1 is another war's, so that the folder is of many stories.
ARTICLES = {
    "b1.txt": ("By Staff | Dune Courier",
               "Militants stormed a police post in Baidoa and wounded nine officers, officials said. "
               "Three soldiers were killed, the army said."),
    "b3.txt": ("By Staff | Reef Gazette",
               "Three soldiers were killed when militants stormed a police post in Baidoa, the army said."),
    "k1.txt": ("By Staff | Acacia Wire",
               "A car bomb near the port of Kismayo wounded 14 traders, officials said. "
               "Three soldiers were killed, the army said."),
    "r1.txt": ("By Staff | Harbour Post",
               "Aid workers said 5,000 families fled fighting in Somalia. "
               "Forty soldiers were killed in the offensive, the army said."),
    "r2.txt": ("By Staff | Plateau Review",
               "Some 5,000 families have fled the fighting in Somalia, aid workers said. "
               "The army said forty soldiers were killed during the offensive."),
    "r3.txt": ("By Staff | Savanna Ledger",
               "Aid workers said 5,000 families fled fighting in Somalia. "
               "Thirty soldiers were killed in the offensive, the army said."),
    "m1.txt": ("By Staff | Niger Bend Times",
               "Aid workers said 800 families fled fighting in Mali."),
    "u1.txt": ("By Staff | Coral Daily",
               "Five people died in clashes between clan militias in Somalia."),
    "u2.txt": ("By Staff | Baobab Weekly",
               "In Somalia, five people were killed when a roadside bomb struck a minibus."),
}


@pytest.fixture(scope="module")
def tables(tmp_path_factory):
    processed = extract_briefs(tmp_path_factory.mktemp("events") / "raw", ARTICLES)
    return compare_both(processed)


def _soldiers(tables, engine: str = "pandas") -> dict[tuple[str, float], int]:
    rows = frame(tables[engine]["comparison"])
    killed = rows[(rows["status"] == "killed") & (rows["unit"] == "soldier")]
    return {(a, float(v)): int(g) for a, v, g in zip(killed["article"], killed["value_low"], killed["group"],
                                                    strict=True)}


def test_both_engines_give_the_same_tables(tables, tmp_path):
    written = written_by_engine(tables, tmp_path)
    assert written["duckdb"] == written["pandas"]


def test_a_placeless_toll_in_a_report_on_one_town_is_no_reading_of_another_towns(tables):
    for engine in pipeline.ENGINES:
        group = _soldiers(tables, engine)
        assert group[("b1", 3.0)] == group[("b3", 3.0)]  # one raid in Baidoa, said twice
        assert group[("k1", 3.0)] != group[("b1", 3.0)]  # Kismayo's raid is another event


def test_an_undated_placeless_toll_joins_only_the_very_same_figure(tables):
    for engine in pipeline.ENGINES:
        group = _soldiers(tables, engine)
        assert group[("r1", 40.0)] == group[("r2", 40.0)]  # one figure relayed
        assert group[("r3", 30.0)] != group[("r1", 40.0)]  # nothing says it is of that offensive
        assert group[("r3", 30.0)] != group[("k1", 3.0)] != group[("r1", 40.0)]


def test_no_group_of_these_reports_differs_in_value(tables):
    agreement = tables["pandas"]["agreement"]
    assert not agreement["finding"].str.contains("value differs").any(), agreement[["figures", "finding"]]
    rows = frame(tables["pandas"]["comparison"])
    families = rows[rows["value_low"] == 5000]
    assert sorted(families["article"]) == ["r1", "r2", "r3"] and families["group"].nunique() == 1


def test_the_opening_counts_no_disagreement_in_value(tables):
    text = narrate.comparison_findings(tables["pandas"]["estimates"], tables["pandas"]["agreement"]).text
    assert " 0 differ in value," in text


def test_dated_reports_of_one_raid_still_differ_in_value(tmp_path):
    """The rule keeps apart what nothing ties to one event, not rival readings of one: two
    reports of one day whose other figures are in Baidoa give 3 and 4 soldiers killed."""
    dated = {
        "b1.txt": ("By Staff | Dune Courier | 3 March 2025", ARTICLES["b1.txt"][1]),
        "b4.txt": ("By Staff | Reef Gazette | 3 March 2025",
                   "Gunmen attacked a police post in Baidoa and wounded nine officers, police said. "
                   "Four soldiers were killed, the army said."),
        "m1.txt": ARTICLES["m1.txt"],
    }
    processed = extract_briefs(tmp_path / "raw", dated)
    for engine in pipeline.ENGINES:
        rows = frame(pipeline.compare_tables(processed / "claims.csv", "", engine)["comparison"])
        killed = rows[(rows["status"] == "killed") & (rows["unit"] == "soldier")]
        assert sorted(killed["article"]) == ["b1", "b4"] and killed["group"].nunique() == 1


def test_one_number_of_two_unattributed_reports_is_no_relay(tables):
    for engine in pipeline.ENGINES:
        rows = frame(tables[engine]["comparison"])
        five = rows[(rows["value_low"] == 5) & (rows["status"] == "killed")]
        assert sorted(five["article"]) == ["u1", "u2"] and five["group"].nunique() == 2
