"""Relays are one report carried by several outlets, not different events that share a number:
an undated figure, of a claimant named by a common noun ("authorities", "the military") or by a
name ("the Velmar Armed Forces"), joins another article's only when one prints the other's
passage (a wire copy); a dated one joins within the week, as before; both engines."""

from __future__ import annotations

import pytest

from tests.briefs import compare_both, extract_briefs, frame, written_by_engine

#: Two undated articles: "authorities" give "5 soldiers killed" about two different attacks.
CHURCH = "Authorities said 5 soldiers were killed when gunmen attacked a church near the river."
CONVOY = "Authorities said 5 soldiers were killed in an ambush on a convoy on the highway."
#: A passage two outlets print word for word.
WIRE = "The military said 3 militants were killed in a raid on a hideout in the hills."
#: Two undated articles: a named army gives "4 soldiers killed" about a clash with one group in
#: the hills and about another group's raid on a border post (made-up claimant and events).
CLASH = "The Velmar Armed Forces said 4 soldiers were killed in a clash with rebels in the hills."
RAID = "Four soldiers were killed when raiders stormed a border post, the Velmar Armed Forces said."
#: One named claimant's passage that two outlets print word for word.
NAMED_WIRE = "The Velmar Armed Forces said 6 soldiers were killed in an ambush on a supply convoy."


def _extracted(tables: dict) -> list[dict]:
    found = frame(tables["estimates"])
    return found[found["origin"] == "extracted"].to_dict("records")


@pytest.fixture
def two_events(tmp_path):
    processed = extract_briefs(tmp_path / "raw", {"a_post.txt": ("Northern Post", CHURCH),
                                                  "b_herald.txt": ("Valley Herald", CONVOY)})
    return processed, compare_both(processed)


def test_one_common_noun_claimants_undated_figure_in_two_articles_is_two_estimates(two_events, tmp_path):
    _, tables = two_events
    assert set(frame(tables["pandas"]["estimates"])["as_of"]) == {""}  # undated: no date window tells the two apart
    for engine, engine_tables in tables.items():
        found = _extracted(engine_tables)
        assert [(e["claimant"], e["value_low"], e["relays"]) for e in found] == [
            ("authorities", 5.0, 1), ("authorities", 5.0, 1)], engine
    written = written_by_engine(tables, tmp_path / "written")
    assert written["pandas"] == written["duckdb"]


@pytest.mark.parametrize(("passage", "claimant", "value"), [(WIRE, "the military", 3.0),
                                                        (NAMED_WIRE, "Velmar Armed Forces", 6.0)],
                         ids=["common noun", "named"])
def test_a_wire_passage_two_outlets_print_is_still_one_estimate_relayed_twice(tmp_path, passage, claimant, value):
    processed = extract_briefs(tmp_path / "raw", {"a_post.txt": ("Northern Post", passage),
                                                  "b_herald.txt": ("Valley Herald", passage)})
    tables = compare_both(processed)
    for engine, engine_tables in tables.items():
        [estimate] = _extracted(engine_tables)
        assert (estimate["claimant"], estimate["value_low"], estimate["as_of"]) == (claimant, value, ""), engine
        assert (estimate["relays"], estimate["copies"]) == (1, 1), engine  # one report, printed twice
        relays = frame(engine_tables["relays"]).set_index("article")["copy_of"].fillna("").to_dict()
        assert relays == {"a_post": "", "b_herald": "a_post"}, engine
    written = written_by_engine(tables, tmp_path / "written")
    assert written["pandas"] == written["duckdb"]


def test_one_named_claimants_undated_figure_in_two_articles_is_two_estimates(tmp_path):
    processed = extract_briefs(tmp_path / "raw", {"a_post.txt": ("Northern Post", CLASH),
                                                  "b_herald.txt": ("Valley Herald", RAID)})
    tables = compare_both(processed)
    assert set(frame(tables["pandas"]["estimates"])["as_of"]) == {""}  # undated: no date window tells the two apart
    for engine, engine_tables in tables.items():
        found = _extracted(engine_tables)
        assert [(e["claimant"], e["value_low"], e["relays"], e["copies"]) for e in found] == [
            ("Velmar Armed Forces", 4.0, 1, 0), ("Velmar Armed Forces", 4.0, 1, 0)], engine
        assert sorted(frame(engine_tables["relays"])["article"]) == ["a_post", "b_herald"], engine
    written = written_by_engine(tables, tmp_path / "written")
    assert written["pandas"] == written["duckdb"]


def test_a_named_claimants_dated_figure_in_two_articles_of_one_week_is_still_one_estimate(tmp_path):
    raw = tmp_path / "raw"
    processed = extract_briefs(raw, {"a_post.txt": ("Northern Post", CLASH),
                                     "b_herald.txt": ("Valley Herald", RAID)})
    (raw.parent / "sources.csv").write_text(
        "article,title,outlet,url,published,language,notes\n"
        "a_post,,Northern Post,https://example.org/a,2025-03-02,en,\n"
        "b_herald,,Valley Herald,https://example.org/b,2025-03-04,en,\n", encoding="utf-8")
    from claimtable import pipeline

    pipeline.extract_stage(pipeline.load_stage(raw, processed, raw.parent / "sources.csv"), processed)
    tables = compare_both(processed)
    for engine, engine_tables in tables.items():
        [estimate] = _extracted(engine_tables)
        assert (estimate["claimant"], estimate["value_low"], estimate["relays"]) == ("Velmar Armed Forces", 4.0, 2), engine
        assert estimate["as_of"] != "", engine
    written = written_by_engine(tables, tmp_path / "written")
    assert written["pandas"] == written["duckdb"]
