"""Acceptance on the seeds: exactly the hand-checked claims, and none of the non-claims."""

from __future__ import annotations

import re

import pytest

from claimtable import extract, load


@pytest.fixture(scope="module")
def seeds(seed_dir):
    return load.load_folder(seed_dir)


@pytest.fixture(scope="module")
def claims(seeds):
    return extract.claims_table(seeds.sources)


def matches(gold_row, claim) -> bool:
    return (
        claim.article == gold_row.article
        and claim.value_low == int(gold_row.value_low)
        and claim.value_high == int(gold_row.value_high)
        and claim.category == gold_row.category
    )


def test_every_gold_claim_is_found_once_and_nothing_else(claims, gold_claims):
    assert len(claims) == len(gold_claims)
    for gold in gold_claims.itertuples():
        found = [c for c in claims.itertuples() if matches(gold, c)]
        assert len(found) == 1, f"{gold.article} {gold.surface}: {len(found)} rows"


@pytest.mark.parametrize("field", ["hedge", "claimant", "modality"])
def test_gold_claims_have_the_right_hedge_claimant_and_modality(claims, gold_claims, field):
    for gold in gold_claims.itertuples():
        (claim,) = [c for c in claims.itertuples() if matches(gold, c)]
        if field == "hedge":
            assert claim.hedge in gold.hedge_ok.split("|"), (gold.surface, claim.hedge)
        elif field == "claimant":
            assert re.search(gold.claimant_ok, claim.claimant, re.I), (gold.surface, claim.claimant)
        else:
            assert claim.modality == gold.modality, (gold.surface, claim.modality)


def test_figure_offsets_point_at_the_figure_inside_the_gold_surface(claims, seeds, gold_claims):
    texts = {s.article: s.text for s in seeds.sources}
    for gold in gold_claims.itertuples():
        (claim,) = [c for c in claims.itertuples() if matches(gold, c)]
        written = texts[claim.article][claim.start : claim.end]
        assert written == claim.figure
        assert written in gold.surface
        assert texts[claim.article][claim.start - 60 : claim.end + 10].find(gold.surface) >= 0


def test_units_are_singular_and_match_gold(claims, gold_claims):
    for gold in gold_claims.itertuples():
        (claim,) = [c for c in claims.itertuples() if matches(gold, c)]
        assert gold.unit.rstrip("s") == claim.unit


def test_places_tied_to_figures_match_gold(claims, gold_claims):
    for gold in gold_claims.itertuples():
        if not gold.place:
            continue
        (claim,) = [c for c in claims.itertuples() if matches(gold, c)]
        for place in gold.place.split("; "):
            assert place in claim.place, (gold.surface, claim.place)


def test_non_claims_are_not_rows(claims, seeds, gold_non_claims):
    texts = {s.article: s.text for s in seeds.sources}
    for row in gold_non_claims.itertuples():
        text = texts[row.article]
        if row.surface.startswith("(second copy"):
            second = text.find("The announcement follows", text.find("The announcement follows") + 1)
            assert second > 0
            assert all(c.start < second for c in claims.itertuples() if c.article == row.article)
            continue
        spans = [(m.start(), m.end()) for m in re.finditer(re.escape(row.surface), text)]
        if row.surface == "0":  # the byline counter: the digit standing alone in the byline
            spans = [(m.start(1), m.end(1)) for m in re.finditer(r"\s(0)\s", text)]
        assert spans, row.surface
        for c in claims.itertuples():
            if c.article == row.article:
                assert not any(s < c.end and c.start < e for s, e in spans), (row.surface, c.figure)
