"""The four charts: drawn from the seeds, readable, and the same bytes on every run."""

from __future__ import annotations

import pytest

from claimtable import charts, compare, extract, load, places

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def inputs():
    collection = load.load_folder(load.paths.RAW)
    claims = extract.claims_table(collection.sources)
    groups = compare.figure_groups(claims)
    return {
        "claims": claims, "groups": groups, "matrix": compare.agreement_matrix(groups),
        "checks": compare.derived_checks(claims),
        "places": places.places_table(collection.sentences()),
        "articles": collection.articles(),
    }


def test_four_charts_in_svg_and_png_with_the_same_bytes_twice(inputs, tmp_path):
    first = charts.all_charts(**inputs, out_dir=tmp_path / "one")
    second = charts.all_charts(**inputs, out_dir=tmp_path / "two")
    assert sorted(second) == sorted(first)
    assert sorted(first) == ["agreement_matrix", "munitions_by_source", "places_map", "troops_by_source"]
    for name in first:
        for ext in ("png", "svg"):
            a = (tmp_path / "one" / f"{name}.{ext}").read_bytes()
            b = (tmp_path / "two" / f"{name}.{ext}").read_bytes()
            assert a == b, f"{name}.{ext} differs between runs"
            assert len(a) > 10_000
    svg = (tmp_path / "one" / "troops_by_source.svg").read_text()
    assert "<dc:date>" not in svg and "Date" not in svg[:2000]


def test_troop_chart_is_readable(inputs):
    fig = charts.troop_chart(inputs["claims"], inputs["groups"], sources_note="Sources: x.")
    ax = fig.axes[0]
    assert ax.get_title(loc="left") == "Troop figures by source"
    assert "troops" in ax.get_xlabel()
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert {"arrived", "training", "gathered"} <= set(labels)
    fig.canvas.draw()
    ticks = [t.get_text() for t in ax.get_xticklabels() if t.get_text()]
    assert "10,000" in ticks  # thousands separators
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert {"South Korea NIS", "Zelensky", "Ukraine HUR"} <= set(legend)
    assert any("Sources:" in t.get_text() for t in fig.texts)


def test_munitions_chart_shows_the_derived_ratio(inputs):
    fig = charts.munitions_chart(inputs["claims"], inputs["checks"], sources_note="")
    texts = " ".join(t.get_text() for t in fig.axes[0].texts)
    assert "per container: 615" in texts
    assert "upper bound" in texts and "approximate" in texts


def test_map_labels_places_with_their_figures(inputs):
    fig = charts.places_map(inputs["places"], inputs["claims"], sources_note="")
    labels = " ".join(t.get_text() for t in fig.axes[0].texts)
    for name in ("Ussuriysk", "Khabarovsk", "Blagoveshchensk", "Chongjin", "Vladivostok"):
        assert name in labels
    assert "Vlagoveshensk" in labels  # the misspelling as written stays visible
    assert "200–999 troops" in labels


def test_blagoveshchensk_is_the_far_eastern_one(inputs):
    row = inputs["places"][inputs["places"]["name"] == "Blagoveshchensk"].iloc[0]
    assert row["longitude"] > 120  # the Amur city, not the one in Bashkortostan
