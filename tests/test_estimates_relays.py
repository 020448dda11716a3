"""Relays are one report carried by several outlets, not different events that share a number:
an undated figure of a claimant named by a common noun ("authorities", "the military") joins
another article's only when one prints the other's passage (a wire copy); both engines."""

from __future__ import annotations

import pytest

from tests.briefs import compare_both, extract_briefs, frame, written_by_engine

#: Two undated articles: "authorities" give "5 soldiers killed" about two different attacks.
CHURCH = "Authorities said 5 soldiers were killed when gunmen attacked a church near the river."
CONVOY = "Authorities said 5 soldiers were killed in an ambush on a convoy on the highway."
#: A passage two outlets print word for word.
WIRE = "The military said 3 militants were killed in a raid on a hideout in the hills."


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


def test_a_wire_passage_two_outlets_print_is_still_one_estimate_relayed_twice(tmp_path):
    processed = extract_briefs(tmp_path / "raw", {"a_post.txt": ("Northern Post", WIRE),
                                                  "b_herald.txt": ("Valley Herald", WIRE)})
    tables = compare_both(processed)
    for engine, engine_tables in tables.items():
        [estimate] = _extracted(engine_tables)
        assert (estimate["claimant"], estimate["value_low"], estimate["as_of"]) == ("the military", 3.0, ""), engine
        assert (estimate["relays"], estimate["copies"]) == (1, 1), engine  # one report, printed twice
        relays = frame(engine_tables["relays"]).set_index("article")["copy_of"].fillna("").to_dict()
        assert relays == {"a_post": "", "b_herald": "a_post"}, engine
    written = written_by_engine(tables, tmp_path / "written")
    assert written["pandas"] == written["duckdb"]
