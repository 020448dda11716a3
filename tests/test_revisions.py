"""A claimant's own update (300 killed on 13 April, 400 a week later) is a revision over time,
not a relay that "changed the statement": no relay is flagged, and the estimate says what the
claimant said when. Both engines agree. The articles are written for this test."""

from __future__ import annotations

import pandas as pd
import pytest

from claimtable import pipeline
from tests.briefs import extract_briefs

ARTICLES = {
    "d1.txt": ("By Staff | Ridge Bulletin | 13 April 2025",
               "The Tamra Medics Network said 300 people had been killed in attacks on Tamra camp."),
    "d2.txt": ("By Staff | Harbour Note | 20 April 2025",
               "The Tamra Medics Network said 400 people had been killed in attacks on Tamra camp."),
    "d3.txt": ("By Staff | Valley Tribune | 20 April 2025",
               "The Tamra Medics Network said 400 people had been killed in the attacks on Tamra camp."),
}


@pytest.fixture(scope="module")
def tables(tmp_path_factory):
    out = extract_briefs(tmp_path_factory.mktemp("revised") / "raw", ARTICLES)
    return {engine: pipeline.compare_tables(out / "claims.csv", "", engine) for engine in pipeline.ENGINES}


@pytest.mark.parametrize("engine", pipeline.ENGINES)
def test_a_claimants_own_update_is_a_revision_not_a_changed_relay(tables, engine, tmp_path):
    written = pipeline.write_tables(tables[engine], tmp_path)
    found = {p.stem: pd.read_csv(p, keep_default_na=False) for p in written}
    est = found["estimates"]
    killed = est[est["measure"] == "killed"].sort_values("as_of")
    assert killed["value_low"].tolist() == [300, 400]
    assert (found["relays"]["differs"] == "").all()  # nobody relayed it wrongly
    note = killed["relay_differs"].iloc[0]
    assert note.startswith("revised: 300 (2025-04-13), then 400 (2025-04-20)")


@pytest.mark.parametrize("engine", pipeline.ENGINES)
def test_a_revision_with_one_relay_each_nine_days_apart_is_still_a_revision(engine, tmp_path):
    """One outlet reports a toll of 150, another outlet the same claimant's "more than 200" nine
    days later: the claimant revised its figure, whatever the relay counts."""
    out = extract_briefs(tmp_path / "raw", {
        "e1.txt": ("By Staff | Ridge Bulletin | 1 March 2025",
                   "Local officials said 150 people had been killed in the attack on Djibo."),
        "e2.txt": ("By Staff | Harbour Note | 10 March 2025",
                   "Local officials said more than 200 people had been killed in the attack on Djibo.")})
    found = {p.stem: pd.read_csv(p, keep_default_na=False) for p in
             pipeline.write_tables(pipeline.compare_tables(out / "claims.csv", "", engine), tmp_path / "t")}
    killed = found["estimates"][found["estimates"]["measure"] == "killed"].sort_values("as_of")
    assert killed["value_low"].tolist() == [150, 200]
    assert killed["relay_differs"].iloc[0].startswith("revised: 150 (2025-03-01), then 200 (2025-03-10)")
    assert killed["relay_differs"].iloc[1] == ""
    assert (found["relays"]["differs"] == "").all()


@pytest.mark.parametrize("engine", pipeline.ENGINES)
def test_a_revision_follows_the_articles_when_the_newer_figure_is_dated_by_its_event(engine, tmp_path):
    """A relief agency counts 90 people killed in a March raid (article of 6 April); two weeks
    later another outlet writes that it "now says at least 130 were killed in March, up from its
    earlier count of 90". The 130 is dated by the raid's month and the 90 by the first
    article's day, yet the 130 is the newer figure: the note reads 90, then 130."""
    out = extract_briefs(tmp_path / "raw", {
        "f1.txt": ("By Staff | Ridge Bulletin | 6 April 2025",
                   "The Kordo Relief Agency said 90 people were killed in the raid on Kordo market."),
        "f2.txt": ("By Staff | Harbour Note | 20 April 2025",
                   "The Kordo Relief Agency now says at least 130 people were killed in the raid on "
                   "Kordo market in March, up from its earlier count of 90.")})
    found = {p.stem: pd.read_csv(p, keep_default_na=False) for p in
             pipeline.write_tables(pipeline.compare_tables(out / "claims.csv", "", engine), tmp_path / "t")}
    killed = found["estimates"][found["estimates"]["measure"] == "killed"]
    notes = dict(zip(killed["value_low"], killed["relay_differs"], strict=True))
    assert dict(zip(killed["value_low"], killed["as_of"], strict=True))[130] == "2025-03"
    assert notes[90] == "revised: 90 (reported 2025-04-06), then 130 (reported 2025-04-20) by the claimant"
    assert notes[130] == ""
