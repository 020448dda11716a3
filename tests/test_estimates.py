"""Estimates: one statement relayed by many articles is one estimate; a relay that changed it
is flagged. Hand-written articles, run through the whole extraction."""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import pytest

from claimtable import estimates, load, pipeline

NIS_ARRIVED = "South Korea's spy agency said {hedge}1,500 North Korean troops had arrived in Russia."
ZELENSKY = "Ukrainian President Volodymyr Zelensky said 10,000 North Korean soldiers were in Russia."
NIS_TEN = "South Korea's National Intelligence Service said 10,000 North Korean soldiers were in Russia."
NIS_CASUALTIES = "South Korea's spy agency said 1,100 North Korean soldiers had been {what}."


def collection(tmp_path: Path, articles: list[tuple[str, str, str]]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Write (outlet, date, text) articles and their manifest; return claims and articles."""
    raw = tmp_path / "raw"
    raw.mkdir()
    with open(tmp_path / "sources.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["article", "title", "outlet", "url", "published", "language", "notes"])
        for i, (outlet, day, text) in enumerate(articles):
            (raw / f"a{i}.txt").write_text(text + "\n", encoding="utf-8")
            w.writerow([f"a{i}", "", outlet, "", day, "en", ""])
    return pipeline.claims_of_folder(raw), load.load_folder(raw).articles()


def test_one_statement_relayed_three_times_is_one_estimate_and_a_changed_hedge_is_flagged(tmp_path):
    claims, articles = collection(tmp_path, [
        ("Yonhap", "2024-10-18", NIS_ARRIVED.format(hedge="")),
        ("AP", "2024-10-19", NIS_ARRIVED.format(hedge="")),
        ("Kyiv Post", "2024-10-21", NIS_ARRIVED.format(hedge="about ")),
    ])
    found = estimates.build(claims, articles)
    assert len(found.estimates) == 1
    e = found.estimates.iloc[0]
    assert (e["claimant"], e["measure"], e["value_low"], e["hedge"], e["relays"]) == (
        "South Korea NIS", "troops_present", 1500, "exact", 3)
    assert e["first_reported"] == "2024-10-18" and e["last_reported"] == "2024-10-21"
    assert e["label"] == "Yonhap · 2024-10-18"  # the first to report it
    assert "hedge" in e["relay_differs"]
    flagged = found.relays[found.relays["differs"] != ""]
    assert flagged["label"].tolist() == ["Kyiv Post · 2024-10-21"]


def test_two_claimants_with_the_same_value_are_two_estimates(tmp_path):
    claims, articles = collection(tmp_path, [
        ("Yonhap", "2024-10-23", ZELENSKY), ("AP", "2024-10-23", NIS_TEN),
    ])
    found = estimates.build(claims, articles)
    assert sorted(found.estimates["claimant"]) == ["South Korea NIS", "Zelensky"]
    assert (found.estimates["relay_differs"] == "").all()


def test_the_same_figure_said_again_a_month_later_is_a_new_estimate(tmp_path):
    claims, articles = collection(tmp_path, [
        ("Yonhap", "2024-10-23", NIS_TEN), ("AP", "2024-11-25", NIS_TEN),
    ])
    found = estimates.build(claims, articles)
    assert found.estimates["as_of"].tolist() == ["2024-10-23", "2024-11-25"]
    assert found.estimates["relays"].tolist() == [1, 1]


def test_a_relay_that_changed_the_value_is_flagged_beside_the_version_most_relays_carry(tmp_path):
    said = "South Korea's spy agency said {n} North Korean troops had arrived in Russia."
    claims, articles = collection(tmp_path, [
        ("Yonhap", "2024-12-02", said.format(n="15,000")),
        ("AP", "2024-12-02", said.format(n="15,000")),
        ("Reuters", "2024-12-03", said.format(n="15,000")),
        ("Daily Blog", "2024-12-04", said.format(n="18,000")),
    ])
    found = estimates.build(claims, articles).estimates.set_index("value_low")
    assert found.loc[15000, "relays"] == 3 and found.loc[15000, "relay_differs"] == ""
    assert found.loc[18000, "relay_differs"].startswith("value: 18,000 where 3 relays have 15,000")


def test_a_relay_that_changed_the_measure_is_flagged(tmp_path):
    claims, articles = collection(tmp_path, [
        ("Yonhap", "2025-01-13", NIS_CASUALTIES.format(what="killed or wounded")),
        ("AP", "2025-01-13", NIS_CASUALTIES.format(what="killed or wounded")),
        ("Daily Blog", "2025-01-14", NIS_CASUALTIES.format(what="killed")),
    ])
    assert sorted(claims["measure"]) == ["casualties", "casualties", "killed"]
    found = estimates.build(claims, articles).estimates.set_index("measure")
    assert found.loc["killed", "relay_differs"].startswith("measure: killed where 2 relays have casualties")
    assert found.loc["casualties", "relay_differs"] == ""


def test_unattributed_figures_are_never_taken_for_a_changed_relay(tmp_path):
    claims, articles = collection(tmp_path, [
        ("Yonhap", "2024-12-02", "About 15,000 North Korean troops are in Russia."),
        ("AP", "2024-12-02", "About 15,000 North Korean troops are in Russia."),
        ("Blog", "2024-12-02", "About 18,000 North Korean troops are in Russia."),
    ])
    assert set(claims["claimant"]) == {"unattributed"}
    assert (estimates.build(claims, articles).estimates["relay_differs"] == "").all()


def test_outputs_grow_with_the_claims(tmp_path):
    """One row per estimate and one per relay: never a row per pair of claims."""
    from claimtable import synthetic

    raw = synthetic.write_collection(tmp_path / "raw", articles=120, seed=2)
    claims = pipeline.claims_of_folder(raw)
    found = estimates.build(claims, load.load_folder(raw).articles())
    assert len(found.relays) <= len(claims)
    assert found.relays["estimate"].nunique() == len(found.estimates)
    assert found.estimates["relays"].sum() == len(found.relays)


@pytest.mark.parametrize(("a", "b", "days"), [("2024-10-01", "2024-10-09", 8), ("2024-10", "2024-10-30", 0),
                                             ("2024-10", "2024-12", 61)])
def test_distance_between_dates_of_different_precision(a, b, days):
    from claimtable.dates import parse_published

    assert estimates.distance_days(parse_published(a), parse_published(b)) == days


def _said(article: str, place: str, day: str, claimant: str = "Regional governor", value: int = 4) -> dict:
    return {"article": article, "claimant": claimant, "measure": "killed", "unit": "person",
            "value_low": value, "value_high": value, "hedge": "exact", "as_of": day, "start": 0,
            "place": place}


def test_one_figure_in_two_named_places_is_two_estimates_and_a_relay_without_a_place_is_not_a_third():
    """"4 killed in Kharkiv" and "4 killed in Odesa" by one claimant in one week are two
    estimates; a relay that drops the place joins the place most relays name."""
    claims = pd.DataFrame([_said("a", "Kharkiv", "2025-03-02"), _said("b", "Kharkiv", "2025-03-02"),
                           _said("c", "", "2025-03-03"), _said("d", "Odesa", "2025-03-04")])
    found = estimates.build(claims)
    assert sorted(zip(found.estimates["place"], found.estimates["relays"], strict=True)) == [
        ("Kharkiv", 3), ("Odesa", 1)]
    kharkiv = found.estimates.loc[found.estimates["place"] == "Kharkiv", "estimate"].item()
    assert sorted(found.relays.loc[found.relays["estimate"] == kharkiv, "article"]) == ["a", "b", "c"]
    assert (found.estimates["relay_differs"] == "").all()  # another place is not a changed relay


def test_a_figure_without_a_place_is_in_the_place_its_own_article_gives_it():
    """An article that says "4 killed" in its lede and "4 killed in Odesa" below relays one
    statement, in Odesa: it is no relay of the Kharkiv estimate that two other articles carry."""
    claims = pd.DataFrame([_said("a", "Kharkiv", "2025-03-02"), _said("b", "Kharkiv", "2025-03-02"),
                           _said("x", "", "2025-03-02"), _said("x", "Odesa", "2025-03-02")])
    found = estimates.build(claims)
    relays = found.relays.merge(found.estimates[["estimate", "place"]], on="estimate")
    assert sorted(zip(relays["place"], relays["article"], strict=True)) == [
        ("Kharkiv", "a"), ("Kharkiv", "b"), ("Odesa", "x")]


def test_a_country_and_one_of_its_towns_stay_one_estimate():
    claims = pd.DataFrame([_said("a", "Kharkiv", "2025-03-02"), _said("b", "Ukraine", "2025-03-02")])
    assert estimates.build(claims).estimates[["place", "relays"]].values.tolist() == [["Kharkiv", 2]]


def test_the_agreement_chart_does_not_compare_estimates_of_two_towns():
    """Two claimants' latest "killed" of one day, one in Kharkiv and one in Odesa: not a
    disagreement ("×", about another place), where the same two in one town are compared."""
    from claimtable import charts

    def comparisons(odesa_place: str) -> list[str]:
        claims = pd.DataFrame([_said("a", "Kharkiv", "2025-03-02", "Regional governor", 4),
                               _said("b", odesa_place, "2025-03-02", "Emergency service", 40)])
        table = charts.agreement_table(estimates.build(claims).estimates)
        return sorted(table["comparison"])

    assert charts.ELSEWHERE in comparisons("Odesa")
    assert comparisons("Kharkiv") == ["higher", "lower"]


def _every_pair_note(found: list[estimates.Head]) -> dict[int, str]:
    """The changed-version rule read the slow way: every ordered pair of one claimant's
    estimates, nothing skipped (what ``_changed_versions`` must give, however it prunes)."""
    from claimtable.compare import wars_can_be_one
    from claimtable.measures import family

    changed: dict[int, str] = {}
    for i, a in enumerate(found):
        for j, b in enumerate(found):
            if (i == j or a.claimant != b.claimant or family(a.measure) != family(b.measure)
                    or a.unit != b.unit or not wars_can_be_one(a.place, a.countries, b.place, b.countries)):
                continue
            same = (a.low, a.high) == (b.low, b.high)
            near = max(max(a.low, b.low), 1) / max(min(a.high, b.high), 1) <= estimates.CHANGED_VALUE_FACTOR
            days = estimates.distance_days(a.first, b.first)
            if not same and a.measure == b.measure and near and a.first and b.first \
                    and estimates.REVISION_DAYS < days <= estimates.REVISION_WINDOW_DAYS:
                if a.first.key < b.first.key:
                    changed.setdefault(i, "revised")
                continue
            if b.relays > a.relays and days <= estimates.WINDOW_DAYS and (
                    (same and a.measure != b.measure) or (not same and a.measure == b.measure and near)):
                changed.setdefault(i, f"{'measure' if same else 'value'} {j}")
    return changed


@pytest.mark.parametrize("seed", range(12))
def test_changed_versions_are_those_every_pair_gives(seed):
    """The pruned search of changed versions finds exactly what checking every pair finds:
    dates across month ends (31 January and 3 March are 31 days apart), month-only dates,
    undated figures and relay counts mixed, two measures of one family, two wars."""
    import random

    from claimtable.dates import PartialDate

    rng = random.Random(seed)
    days = [None, None, PartialDate(2024, 1, 31), PartialDate(2024, 3, 2), PartialDate(2024, 3, 3),
            PartialDate(2024, 2), PartialDate(2024, 4, 1), PartialDate(2024, 1, 5), PartialDate(2023, 12, 30)]
    found = [estimates.Head(rng.choice(["NIS", "JCS"]), rng.choice(["troops", "troops_in_place"]),
                            v, v * rng.choice([1, 1, 1.2]), rng.choice(days), rng.choice([1, 1, 2, 3]),
                            countries=rng.choice([frozenset(), frozenset({"SD"}), frozenset({"PS"})]))
             for v in (rng.choice([100, 110, 120, 150, 160, 300]) for _ in range(60))]
    from claimtable.compare import figure_text

    def expected(note: str) -> str:  # the note names the first version in the estimates' order
        if note == "revised":
            return note
        kind, j = note.split()
        b = found[int(j)]
        return f"{kind}: {b.relays} relays have {b.measure if kind == 'measure' else figure_text(b.low, b.high)}"

    def shown(note: str) -> str:
        kind, _, rest = note.partition(":")
        return kind if kind == "revised" else f"{kind}: {rest.split(' where ')[1]}"

    got = {i: shown(n) for i, n in estimates._changed_versions(found).items()}
    want = {i: expected(n) for i, n in _every_pair_note(found).items()}
    assert got == want
    assert len(want) > 5  # the draw exercises the rule, not an empty table


def test_people_in_general_are_the_toll_while_nationalities_stay_kinds_of_their_own():
    """"12 individuals killed" is the toll ("killed"), as "12 people killed" is, and one estimate
    with it; women and civilians stay kinds a reader compares apart ("wounded: woman"), each its
    own estimate, and so does a nationality ("Austrians captured"): it may be the other side's
    people or foreigners, whom no toll of the war's own counts."""

    def of(measure: str, unit: str, article: str, value: int = 12) -> dict:
        return {**_said(article, "Kharkiv", "2025-03-02", "Regional governor", value), "measure": measure, "unit": unit}

    claims = pd.DataFrame([of("killed", "individual", "a"), of("killed", "person", "b"),
                           of("captured", "austrian", "c", 70000), of("wounded", "woman", "d", 5),
                           of("wounded", "person", "e", 5), of("killed", "civilian", "f")])
    found = estimates.build(claims).estimates
    counted = sorted(zip((estimates.counted(m, u) for m, u in zip(found["measure"], found["unit"], strict=True)),
                         found["relays"], strict=True))
    assert counted == [("captured: austrian", 1), ("killed", 2), ("killed: civilian", 1), ("wounded", 1),
                       ("wounded: woman", 1)]
