"""Two outlets that print one wire passage are one source, not two: the estimates, the figure
groups and the report count them once and name the copy beside the report it copies."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from claimtable import charts, dataset, narrate, pipeline, report
from tests.briefs import extract_briefs

#: One wire passage two papers print word for word, and a third paper's own report of it.
WIRE = "The defence ministry said on Monday that 4,000 soldiers had been moved to the northern border."
OWN = "Officials at the defence ministry told this paper that 4,000 soldiers were sent north on Monday."


def _collection(tmp_path: Path, own_report: bool = True) -> Path:
    articles = {"a_post.txt": ("Northern Post, 12 May 2025", WIRE),
                "b_herald.txt": ("Valley Herald, 12 May 2025", WIRE)}
    if own_report:
        articles["c_times.txt"] = ("Coast Times, 12 May 2025", OWN)
    return extract_briefs(tmp_path / "raw", articles)


def _tables(processed: Path, engine: str) -> dict:
    tables = pipeline.compare_tables(processed / "claims.csv", "", engine)
    return {name: (t.to_pandas() if hasattr(t, "to_pandas") else t) for name, t in tables.items()}


@pytest.mark.parametrize("engine", ["pandas", "duckdb"])
def test_a_wire_passage_two_outlets_print_is_one_relay(tmp_path, engine):
    processed = _collection(tmp_path)
    tables = _tables(processed, engine)
    [estimate] = tables["estimates"].to_dict("records")
    assert (estimate["claimant"], estimate["value_low"]) == ("defence ministry", 4000)
    assert (estimate["relays"], estimate["copies"]) == (2, 1)  # the Post (and its copy), the Times
    relays = tables["relays"].set_index("article")["copy_of"].fillna("").to_dict()
    assert relays == {"a_post": "", "b_herald": "a_post", "c_times": ""}
    [group] = tables["agreement"].to_dict("records")
    assert group["articles"] == 2
    assert "one wire passage printed by Northern Post · 2025-05-12 / Valley Herald · 2025-05-12" in group["notes"]


@pytest.mark.parametrize("engine", ["pandas", "duckdb"])
def test_a_figure_only_a_wire_copy_repeats_is_in_one_source_only(tmp_path, engine):
    tables = _tables(_collection(tmp_path, own_report=False), engine)
    [group] = tables["agreement"].to_dict("records")
    assert (group["articles"], group["finding"]) == (1, "only in Northern Post · 2025-05-12")
    assert group["notes"].endswith("one wire passage printed by Northern Post · 2025-05-12 / Valley Herald · 2025-05-12")
    [estimate] = tables["estimates"].to_dict("records")
    assert (estimate["relays"], estimate["copies"]) == (1, 1)
    findings = narrate.comparison_findings(tables["estimates"], tables["agreement"]).text
    assert ("0 are relayed by more than one independent report; 1 is printed word for word by more than one "
            "outlet (one wire passage, counted once)") in findings
    assert "0 agree" in findings and "1 are in one article only" in findings


def test_both_engines_write_the_same_bytes_with_wire_copies(tmp_path):
    processed = _collection(tmp_path)
    claims = processed / "claims.csv"
    folder = processed / "claims_dataset"
    with open(claims, encoding="utf-8", newline="") as f:
        dataset.write_claims_dataset(csv.DictReader(f), folder)
    expected = {p.name: p.read_bytes() for p in pipeline.write_tables(pipeline.compare_tables(claims, ""), tmp_path / "p")}
    for source in (claims, folder):
        got = {p.name: p.read_bytes() for p in
               pipeline.write_tables(pipeline.compare_tables(source, "", "duckdb"), tmp_path / source.name)}
        assert got == expected


def test_the_report_shows_the_copies_beside_the_relays(tmp_path):
    tables = _tables(_collection(tmp_path), "pandas")
    html = report.estimates_table(tables["estimates"])._repr_html_()
    assert "<th>relays</th>" in html and "<th>copies</th>" in html
    fig = charts.estimates_over_time(tables["estimates"])
    legend = [t.get_text() for ax in fig.axes if ax.get_legend() for t in ax.get_legend().get_texts()]
    assert legend[legend.index(charts.SIZE_HEADER) + 1:][:2] == ["1 relay", "2 relays"]


@pytest.mark.parametrize("engine", ["pandas", "duckdb"])
def test_a_wire_passage_printed_three_times_is_one_vote_for_the_hedge(tmp_path, engine):
    """Three papers print an agency's "about 4,000"; two report "4,000" on their own: by
    independent reports the figure is exact, and one report of three hedges it."""
    about = WIRE.replace("4,000", "about 4,000")
    own_second = "The defence ministry confirmed to this station that 4,000 soldiers went north on Monday."
    processed = extract_briefs(tmp_path / "raw", {
        "a_post.txt": ("Northern Post, 12 May 2025", about),
        "b_herald.txt": ("Valley Herald, 12 May 2025", about),
        "c_gazette.txt": ("Hill Gazette, 12 May 2025", about),
        "d_times.txt": ("Coast Times, 12 May 2025", OWN),
        "e_radio.txt": ("River Radio, 12 May 2025", own_second)})
    [estimate] = _tables(processed, engine)["estimates"].to_dict("records")
    assert (estimate["relays"], estimate["copies"]) == (3, 2)
    assert estimate["hedge"] == "exact"
    assert estimate["relay_differs"] == "hedge: 1 of 3 relays"


@pytest.mark.parametrize("engine", ["pandas", "duckdb"])
def test_two_outlets_own_unattributed_figures_are_two_statements(tmp_path, engine):
    """No one is credited with "two people were killed" in two outlets' own words: two
    statements (most likely two events), never one estimate with two relays; a wire passage that
    says it, printed twice, is still one statement with its copy."""
    wire = "Two people were killed when a bridge collapsed near the river port on Monday."
    processed = extract_briefs(tmp_path / "raw", {
        "a_post.txt": ("Northern Post, 12 May 2025", "Two people were killed in a market fire on Monday."),
        "b_herald.txt": ("Valley Herald, 12 May 2025", "Two people were killed in a road crash late on Monday."),
        "c_gazette.txt": ("Hill Gazette, 12 May 2025", wire),
        "d_times.txt": ("Coast Times, 12 May 2025", wire)})
    found = _tables(processed, engine)["estimates"]
    found = found[found["origin"] == "extracted"]
    assert found["claimant"].tolist() == ["unattributed"] * 3
    assert sorted(zip(found["relays"], found["copies"], strict=True)) == [(1, 0), (1, 0), (1, 1)]


# u4911: a wire story one outlet prints with its dateline and another without it is one source
DATELINED = "SALMA, June 3 (Coastline Wire) - " + WIRE


@pytest.mark.parametrize("engine", ["pandas", "duckdb"])
@pytest.mark.parametrize("order", ["dateline first", "dateline second"])
def test_u4911_a_wire_passage_reprinted_without_its_dateline_is_a_copy(tmp_path, engine, order):
    first, second = (DATELINED, WIRE) if order == "dateline first" else (WIRE, DATELINED)
    processed = extract_briefs(tmp_path / "raw", {"a_post.txt": ("Northern Post, 12 May 2025", first),
                                                  "b_herald.txt": ("Valley Herald, 12 May 2025", second)})
    with open(processed / "sentences.csv", encoding="utf-8") as f:
        also = {r["article"]: r["also_in"] for r in csv.DictReader(f) if "4,000 soldiers" in r["text"]}
    assert also == {"a_post": "", "b_herald": "a_post:1"}
    [estimate] = _tables(processed, engine)["estimates"].to_dict("records")
    assert (estimate["relays"], estimate["copies"]) == (1, 1)
