"""The comparison of the seeds must show what tests/fixtures/seed_comparison.md lists."""

from __future__ import annotations

import random
import re

import pandas as pd
import pytest

from claimtable import compare, load, pipeline
from claimtable.numbers import find_figures

from .conftest import FIXTURES

A, B = "000_4fd664b2c8154858", "001_5320b9cdabafa139"


def gold_rows() -> list[dict]:
    """The table of seed_comparison.md as dicts (figure, A, B, finding)."""
    lines = (FIXTURES / "seed_comparison.md").read_text(encoding="utf-8").splitlines()
    table = [ln for ln in lines if ln.startswith("|") and not ln.startswith("|---")]
    header = [h.strip() for h in table[0].strip("|").split("|")]
    return [dict(zip(header, (c.strip() for c in ln.strip("|").split("|")), strict=True))
            for ln in table[1:]]


def first_value(cell: str) -> int | None:
    figures = find_figures(cell)
    return None if cell == "—" or not figures else figures[0].low


@pytest.fixture(scope="module")
def labels() -> dict[str, str]:
    articles = load.load_folder(load.paths.RAW).articles()
    return dict(zip(articles["article"], articles["label"], strict=True))


@pytest.fixture(scope="module")
def groups(labels) -> pd.DataFrame:
    claims = pipeline.claims_of_folder(load.paths.RAW)
    return compare.figure_groups(claims.assign(label=claims["article"].map(labels)))


def group_for(groups, a_value, b_value):
    """The figure group holding A's and B's values (or only one of them)."""
    for _, g in groups.groupby("group"):
        values = {row.article: row.value_low for row in g.itertuples()}
        if values.get(A) == a_value and values.get(B) == b_value:
            return g
    raise AssertionError(f"no group with A={a_value} and B={b_value}")


@pytest.mark.parametrize("row", gold_rows(), ids=lambda r: r["figure"])
def test_each_gold_row_is_one_figure_group_with_its_finding(groups, labels, row):
    g = group_for(groups, first_value(row["A"]), first_value(row["B"]))
    finding, notes = g["finding"].iloc[0], g["notes"].iloc[0]
    expected = row["finding"]
    if expected.startswith("only in"):
        article = A if expected.endswith("A") else B
        assert finding == f"only in {labels[article]}"  # articles are named by label
    elif expected.startswith("agree"):
        assert finding == "agree"
        if "dates it" in expected:
            assert f"only {labels[B]} gives a time" in notes
    else:
        assert "value differs" not in finding  # "same figure" in every other row
        if "attributed differently" in expected:
            assert "claimant differs" in finding
        if "hedges" in expected:
            assert "hedge differs" in finding and "claimant differs" not in finding
        if "units differ" in expected:
            assert "unit differs" in finding


def test_no_group_mixes_two_figures_of_one_article(groups):
    assert not groups.duplicated(["group", "article"]).any()


def test_derived_shells_per_container(groups):
    claims = pipeline.claims_of_folder(load.paths.RAW)
    checks = compare.derived_checks(claims)
    per = checks[checks["check"].str.endswith("per container")]
    assert set(per["article"]) == {A, B}
    assert all(round(v) == round(8_000_000 / 13_000) for v in per["value"])


def test_a_spread_compares_only_figures_of_one_measure():
    """'Largest over smallest troop estimate' once divided a force by 'three generals', and
    the seeds' 12,000 expected by the 1,500 already there: a spread is taken within one
    measure."""
    claims = pipeline.claims_of_folder(load.paths.RAW)
    checks = compare.derived_checks(claims)
    spreads = checks[checks["check"].str.startswith("largest")]
    assert len(spreads)
    for check in spreads.itertuples():
        measure = check.check.removeprefix("largest / smallest ").split(" estimate")[0]
        values = set(claims.loc[claims["measure"] == measure, "value_high"])
        hi, lo = (float(x.replace(",", "")) for x in re.findall(r"[\d,]+(?= \()", check.how))
        assert hi in values and lo in values and check.value == pytest.approx(hi / lo, abs=0.05)
    generals = pd.DataFrame([
        {"article": "a", "measure": "troops_present", "value_low": 100_000, "value_high": 100_000,
         "hedge": "exact", "unit": "troop", "claimant": "X"},
        {"article": "a", "measure": "other", "value_low": 3, "value_high": 3, "hedge": "exact",
         "unit": "general", "claimant": "X"},
    ])
    assert not compare.derived_checks(generals)["check"].str.startswith("largest").any()


def test_value_differences_are_found():
    rows = [
        {"article": "a", "value_low": 1500, "value_high": 1500, "hedge": "exact", "unit": "troop",
         "category": "troops", "status": "arrived", "claimant": "X", "modality": "reported"},
        {"article": "b", "value_low": 1800, "value_high": 1800, "hedge": "exact", "unit": "troop",
         "category": "troops", "status": "arrived", "claimant": "X", "modality": "reported"},
        {"article": "b", "value_low": 40, "value_high": 40, "hedge": "exact", "unit": "tank",
         "category": "equipment", "status": "destroyed", "claimant": "Y", "modality": "reported"},
    ]
    groups = compare.figure_groups(pd.DataFrame(rows))
    assert groups.groupby("group")["finding"].first().tolist() == ["value differs", "only in b"]
    matrix = compare.agreement_matrix(groups)
    assert matrix.loc[0, "a"] == "1,500" and matrix.loc[1, "a"] == ""
    assert re.match(r"only in b", matrix.loc[1, "finding"])


def _spread_sets_by_pairs(figures, *, many=False):
    """``spread_sets``' rule as its docstring states it, pair by pair: in time's order each figure
    joins the first set every member of which it can be one with (``can_spread``), else starts one."""
    sets = []
    for i in sorted(range(len(figures)), key=lambda k: compare._time_order(figures[k].as_of)):
        for members in sets:
            if all(compare.can_spread(figures[i], figures[j], many=many) for j in members):
                members.append(i)
                break
        else:
            sets.append([i])
    return sets


@pytest.mark.parametrize("many", [False, True])
def test_spread_sets_are_the_pairwise_rule_with_few_and_many_voices(many):
    """Troop figures of a few articles and claimants, some articles giving many figures in one
    voice, dated and undated, near and far in size: the sets are those the pairwise rule makes."""
    rng = random.Random(11)
    ru, sd = frozenset({"RU"}), frozenset({"SD"})
    figures = []
    for _ in range(300):
        low = rng.choice([2, 40, 900, 1_200, 2_600, 11_000, 12_000, 50_000])
        figures.append(compare.SpreadFigure(
            rng.choice(["a", "a", "a", "b", "c"]), rng.choice(["", "", "Kursk region", "Darfur"]),
            rng.choice([ru, ru, sd]), rng.choice(["", "2024-10-19", "2024-11-02", "2025-06"]),
            low, low * rng.choice([1, 1, 2]), rng.choice(["NIS", "NIS", "unattributed", "HUR"])))
    assert compare.spread_sets(figures, many=many) == _spread_sets_by_pairs(figures, many=many)


def test_one_voice_giving_thousands_of_figures_in_one_article_is_never_divided():
    """An article whose one voice lists 3,000 troop figures (a table, a log): no two are one
    thing's estimates, so each is a set of its own, and the figures of another article still join."""
    ru = frozenset({"RU"})
    log = [compare.SpreadFigure("log", "", ru, "", n, n, "Officials") for n in range(1_000, 4_000)]
    other = compare.SpreadFigure("wire", "", ru, "", 1_500, 1_500, "NIS")
    sets = compare.spread_sets([*log, other])
    assert len(sets) == 3_000
    assert [0, 3_000] in sets and all(len(s) == 1 for s in sets if 3_000 not in s)
