"""The charts stay readable from 2 to 1,000 articles: a fixed pixel size, every point inside its
axes, one colour per named claimant, a complete legend, no overlapping labels, the same bytes
on every run, and an empty input drawn as a valid chart that says so."""

from __future__ import annotations

import itertools
from io import BytesIO

import matplotlib.dates as mdates
import matplotlib.image as mpimg
import numpy as np
import pandas as pd
import pytest
from matplotlib.collections import LineCollection, PathCollection
from matplotlib.colors import to_rgba
from matplotlib.text import Text

from claimtable import charts, measures
from claimtable.paths import PROCESSED

SIZES = (2, 50, 1000)

# --- a synthetic corpus of the lead's tables, deterministic -----------------------------------

MEASURES = [  # measure, family, typical value
    ("troops_present", "troops", 11_000), ("troops_in_place", "troops", 3_000),
    ("troops_expected", "troops", 100_000), ("casualties", "casualties", 3_000),
    ("killed", "casualties", 800), ("wounded", "casualties", 2_000), ("captured", "casualties", 4),
    ("shells", "munitions", 8_000_000), ("containers", "munitions", 13_000),
    ("missiles", "munitions", 100), ("artillery", "munitions", 200), ("workers", "other", 5_000),
]
CLAIMANTS = ["South Korea NIS", "Ukraine HUR", "Zelensky", "Pentagon", "NATO", "Kremlin",
             "US officials", "Japan MoD", "UK Defence Intelligence", "Institute for the Study of War",
             "Western officials", "anonymous sources", "Russian milbloggers", "Kyiv Independent sources",
             "EU officials", "Seoul lawmakers"] + [f"Regional official {i:02d}" for i in range(40)]
HEDGES = ["exact", "approximate", "upper_bound", "lower_bound", "range", "vague"]
PLACES = [("Kursk", 51.73, 36.19), ("Khabarovsk", 48.48, 135.08), ("Vladivostok", 43.12, 131.89),
          ("Ussuriysk", 43.80, 131.95), ("Pyongyang", 39.03, 125.75), ("Seoul", 37.57, 126.98),
          ("Moscow", 55.75, 37.62), ("Kyiv", 50.45, 30.52), ("Blagoveshchensk", 50.27, 127.54),
          ("Chongjin", 41.80, 129.78), ("Rason", 42.26, 130.30), ("Belgorod", 50.60, 36.59),
          ("Sudzha", 51.19, 35.27), ("Kharkiv", 49.99, 36.23), ("Tokyo", 35.68, 139.69),
          ("Washington", 38.90, -77.04), ("Brussels", 50.85, 4.35), ("Beijing", 39.90, 116.40)]


def synthetic(articles: int, seed: int = 12) -> dict[str, pd.DataFrame]:
    """Estimates, checks and places as the lead's tables would give for ``articles`` articles."""
    rng = np.random.default_rng(seed + articles)
    n_claimants = min(len(CLAIMANTS), 2 + articles // 4)
    n_estimates = max(3, int(articles * 0.8))
    start = pd.Timestamp("2024-10-01")
    rows = []
    for i in range(n_estimates):
        claimant = CLAIMANTS[min(int(rng.geometric(0.25)) - 1, n_claimants - 1)]
        measure, family, typical = MEASURES[int(rng.integers(len(MEASURES)))]
        value = float(round(typical * rng.lognormal(0, 0.6)))
        hedge = HEDGES[int(rng.integers(len(HEDGES)))]
        low, high = (value, value * 1.3) if hedge in ("range", "vague") else (value, value)
        day = start + pd.Timedelta(days=int(rng.integers(0, 16 * 30)))
        kind = rng.random()
        as_of = "" if kind < 0.08 else day.strftime("%Y-%m") if kind < 0.3 else day.strftime("%Y-%m-%d")
        hand = rng.random() < 0.12
        relays = int(rng.integers(0, 2)) if hand else int(min(rng.geometric(0.15), articles))
        rows.append({"estimate": i + 1, "origin": "hand-coded" if hand else "extracted",
                     "family": family, "measure": measure, "claimant": claimant,
                     "value_low": low, "value_high": high, "hedge": hedge, "as_of": as_of,
                     "relays": relays, "relay_differs": "value" if rng.random() < 0.1 else "",
                     "ledger_check": "" if hand else "not in the ledger",
                     "label": f"Outlet {i % 13} · {day:%Y-%m-%d}"})
    n_checks = 1 + articles // 25
    checks = pd.DataFrame([{"check": "shells per container", "label": f"Outlet {i % 13} · 2024-11-0{1 + i % 9}",
                            "value": 500 + 37 * i, "how": "shells per container"} for i in range(n_checks)])
    n_places = min(len(PLACES), 3 + articles // 10)
    places = pd.DataFrame([{"place": p, "latitude": lat, "longitude": lon,
                            "articles": max(1, int(articles / (i + 1))), "figures": "10,000 troops" if i % 3 == 0 else ""}
                           for i, (p, lat, lon) in enumerate(PLACES[:n_places])])
    return {"estimates": pd.DataFrame(rows, columns=charts.ESTIMATE_COLUMNS), "checks": checks,
            "places": places}


def draw_all(data: dict[str, pd.DataFrame]) -> dict[str, object]:
    e = data["estimates"]
    return {"estimates_over_time": charts.estimates_over_time(e, sources_note=LONG_NOTE),
            "who_says_what": charts.who_says_what(e, sources_note=LONG_NOTE),
            "agreement": charts.agreement_chart(e, sources_note=LONG_NOTE),
            "munitions": charts.munitions_chart(e, data["checks"], sources_note=LONG_NOTE),
            "places_map": charts.places_map(data["places"], sources_note=LONG_NOTE)}


ARTICLES = pd.DataFrame({"article": [f"a{i:03d}" for i in range(54)],
                         "outlet": [f"Outlet {i % 12}" for i in range(54)],
                         "published": [f"2024-{10 + i % 3}-{1 + i % 28:02d}" for i in range(54)]})
LONG_NOTE = charts.sources_note(ARTICLES)


def png_shape(fig) -> tuple[int, int]:
    buf = BytesIO()
    fig.savefig(buf, format="png", dpi=110)
    buf.seek(0)
    return mpimg.imread(buf, format="png").shape[:2]


@pytest.fixture(scope="module")
def drawn():
    """Every chart at every size, drawn once (rendered to PNG, so the layout is final)."""
    figures = {}
    for n in SIZES:
        data = synthetic(n)
        for name, fig in draw_all(data).items():
            figures[name, n] = (fig, png_shape(fig), data)
    return figures


# --- geometry helpers ---------------------------------------------------------------------------

def own_box(text, renderer):
    """A text's own box (an annotation's leader line left out)."""
    if hasattr(text, "update_positions"):
        text.update_positions(renderer)
    return Text.get_window_extent(text, renderer)


def boxes(texts, renderer):
    return [(t.get_text(), own_box(t, renderer)) for t in texts if t.get_visible() and t.get_text().strip()]


def overlapping(named_boxes):
    return [(a, b) for (a, ba), (b, bb) in itertools.combinations(named_boxes, 2) if ba.overlaps(bb)]


def by_gid(fig, gid):
    found = [t for t in fig.texts if t.get_gid() == gid]
    for ax in fig.axes:
        found += [t for t in ax.texts if t.get_gid() == gid]
    return found


# --- the tests ----------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["estimates_over_time", "who_says_what", "agreement", "munitions", "places_map"])
def test_same_pixel_size_at_2_50_and_1000_articles(drawn, name):
    shapes = {drawn[name, n][1] for n in SIZES}
    assert len(shapes) == 1, f"{name}: {shapes}"
    height, width = shapes.pop()
    assert 600 <= height <= 1000 and width == 1210


def test_no_data_point_outside_the_axes(drawn):
    for (name, n), (fig, _, _) in drawn.items():
        for ax in fig.axes:
            (x0, x1), (y0, y1) = sorted(ax.get_xlim()), sorted(ax.get_ylim())
            for coll in ax.collections:
                if isinstance(coll, PathCollection):
                    pts = coll.get_offsets()
                elif isinstance(coll, LineCollection) and name != "places_map":  # not coastlines
                    segs = coll.get_segments()
                    pts = np.concatenate(segs) if segs else np.empty((0, 2))
                else:
                    continue
                pts = np.asarray(pts, dtype=float).reshape(-1, 2)
                outside = pts[(pts[:, 0] < x0) | (pts[:, 0] > x1) | (pts[:, 1] < y0) | (pts[:, 1] > y1)]
                assert not len(outside), f"{name} at {n}: {len(outside)} points outside {ax.get_title()!r}"


def named_claimants(estimates: pd.DataFrame, families=charts.FAMILIES) -> list[str]:
    """The eight claimants with most dated estimates of the articles, then with most of all, in
    the families drawn (ties by name)."""
    dated = estimates[(estimates["as_of"] != "") & estimates["family"].isin(families)]
    counts = dated.assign(own=dated["origin"] != "hand-coded").groupby("claimant").agg(
        n=("own", "size"), own=("own", "sum")).reset_index()
    return counts.sort_values(["own", "n", "claimant"], ascending=[False, False, True])["claimant"].head(8).tolist()


def legend_entries(fig):
    return {t.get_text(): h for ax in fig.axes if ax.get_legend()
            for t, h in zip(ax.get_legend().get_texts(), ax.get_legend().legend_handles, strict=True)}


def entry(entries, claimant):
    """The legend entry naming a claimant (a long name may be cut short with "…")."""
    found = [k for k in entries if k == claimant or (k.endswith("…") and claimant.startswith(k[:-1]))]
    assert len(found) == 1, (claimant, sorted(entries))
    return entries[found[0]]


@pytest.mark.parametrize("n", SIZES)
def test_every_named_claimant_has_its_own_colour_and_the_legend_is_complete(drawn, n):
    fig, _, data = drawn["estimates_over_time", n]
    entries = legend_entries(fig)
    named = named_claimants(data["estimates"])
    colours = [entry(entries, c).get_color() for c in named]
    assert len(set(colours)) == len(named), colours
    assert charts.OTHER_COLOUR not in colours
    others = data["estimates"].query("as_of != '' and family in @charts.FAMILIES")["claimant"].nunique() - len(named)
    if others:
        assert f"other ({others} claimant{'s' if others != 1 else ''})" in entries
    assert "1 relay" in entries
    drawn_rows = data["estimates"].query("as_of != '' and family in @charts.FAMILIES")
    ledger = {"extracted (filled circle)", "hand-coded (hollow diamond)"}
    if (drawn_rows["origin"] == "hand-coded").any():
        assert ledger <= set(entries)
    else:  # no ledger rows drawn: no legend for them
        assert not ledger & set(entries)
    if data["estimates"]["relays"].max() >= 10:
        assert "10 relays" in entries


HEDGE_ENTRIES = {"range": "range (bar)", "upper_bound": "up to (arrow down)",
                 "lower_bound": "more than (arrow up)"}


def hedges_in(rows: pd.DataFrame) -> set[str]:
    """The hedge entries a time chart's legend owes its rows: a bar for each range (low and
    high apart, not a bound), an arrow for each bound."""
    ranged = (rows["value_low"] != rows["value_high"]) & ~rows["hedge"].isin(["upper_bound", "lower_bound"])
    return ({HEDGE_ENTRIES["range"]} if ranged.any() else set()) | \
        {HEDGE_ENTRIES[h] for h in ("upper_bound", "lower_bound") if (rows["hedge"] == h).any()}


def estimate_rows(hedges: list[str], days: list[str]) -> pd.DataFrame:
    return pd.DataFrame({"estimate": range(1, len(hedges) + 1), "origin": "extracted", "family": "troops",
                         "measure": "troops_present", "claimant": "NIS",
                         "value_low": [1000.0] * len(hedges),
                         "value_high": [1500.0 if h == "range" else 1000.0 for h in hedges],
                         "hedge": hedges, "as_of": days, "relays": 1})


@pytest.mark.parametrize("n", SIZES)
def test_the_legend_lists_only_the_hedges_drawn(drawn, n):
    """No legend entry for a bar or an arrow the chart does not draw: only exact figures, no
    "hedge" heading at all; one upper bound, only its arrow."""
    fig, _, data = drawn["estimates_over_time", n]
    e = data["estimates"]
    assert set(legend_entries(fig)) & set(HEDGE_ENTRIES.values()) == \
        hedges_in(e[(e["as_of"] != "") & e["family"].isin(charts.FAMILIES)])
    exact = legend_entries(charts.estimates_over_time(estimate_rows(["exact", "approximate"], ["2024-10-01", "2024-11-01"])))
    assert "hedge" not in exact and not set(exact) & set(HEDGE_ENTRIES.values())
    bound = legend_entries(charts.estimates_over_time(estimate_rows(["exact", "upper_bound"], ["2024-10-01", "2024-11-01"])))
    assert set(bound) & set(HEDGE_ENTRIES.values()) == {"up to (arrow down)"}


def assert_dates_fit(fig, dates: list, what: str) -> None:
    """Every panel's date axis holds the first and the last date drawn with a small margin
    on each side (at most 5 % of the span, or a month around a short one), no more."""
    import matplotlib.dates as mdates

    first, last = mdates.date2num(min(dates)), mdates.date2num(max(dates))
    span = last - first
    panels = [ax for ax in fig.axes if isinstance(ax.xaxis.get_major_formatter(), mdates.ConciseDateFormatter)]
    assert panels, what
    for ax in panels:
        x0, x1 = ax.get_xlim()
        assert x0 < first and last < x1, (what, ax.get_title(loc="left"))
        for margin in (first - x0, x1 - last):
            assert margin <= max(0.05 * span, 31), (what, ax.get_title(loc="left"), first - x0, x1 - last)
        ticks = [t for t in ax.get_xticks() if x0 <= t <= x1]
        assert len(ticks) >= 2, (what, "too few dates on the axis")


@pytest.mark.parametrize("n", (*SIZES, 5000))
def test_the_date_axis_ends_near_the_first_and_the_last_estimate(drawn, n):
    """The estimates and munitions charts' x axis runs from just before the first dated
    estimate to just after the last, at 2 to 5,000 articles, and around a single date."""
    data = synthetic(n) if n not in SIZES else drawn["estimates_over_time", n][2]
    e = data["estimates"]
    for name, fig, rows in (
            ("estimates_over_time", charts.estimates_over_time(e) if n not in SIZES else drawn["estimates_over_time", n][0],
             e[e["family"].isin(charts.FAMILIES)]),
            ("munitions", charts.munitions_chart(e, data["checks"]) if n not in SIZES else drawn["munitions", n][0],
             e[e["measure"].isin(charts.MUNITIONS)])):
        dates = [d for d in map(charts.as_of_date, rows["as_of"]) if d is not None]
        assert_dates_fit(fig, dates, f"{name} at {n}")
    one = charts.estimates_over_time(estimate_rows(["exact", "range"], ["2024-10-23", "2024-10-23"]))
    assert_dates_fit(one, [pd.Timestamp("2024-10-23")], "one date")


def test_points_take_their_claimants_colour(drawn):
    fig, _, data = drawn["estimates_over_time", 50]
    entries = legend_entries(fig)
    troops = data["estimates"].query("family == 'troops' and as_of != '' and origin == 'extracted'")
    named = named_claimants(data["estimates"])
    expected = {tuple(np.round(to_rgba(entry(entries, c).get_color()), 3)) for c in troops["claimant"] if c in named}
    ax = fig.axes[0]
    filled = [c for c in ax.collections if isinstance(c, PathCollection) and len(c.get_facecolors())
              and c.get_offsets().shape[0] == len(troops)]
    assert filled, "one filled marker per extracted troop estimate"
    drawn_colours = {tuple(np.round([*c[:3].tolist(), 1.0], 3)) for c in filled[0].get_facecolors()}
    assert expected and expected <= drawn_colours


@pytest.mark.parametrize("n", SIZES)
def test_labels_do_not_overlap_each_other_the_title_or_leave_their_axes(drawn, n):
    for name in ("estimates_over_time", "munitions", "places_map"):
        fig, _, _ = drawn[name, n]
        renderer = fig.canvas.get_renderer()
        labels = boxes(by_gid(fig, "label"), renderer)
        heads = boxes(by_gid(fig, "title") + by_gid(fig, "subtitle"), renderer)
        assert not overlapping(labels), f"{name} at {n}"
        assert not [(a, b) for a, ba in labels for b, bb in heads if ba.overlaps(bb)]
        for ax in fig.axes:
            frame = ax.get_window_extent(renderer)
            for text in ax.texts:
                if text.get_gid() == "label":
                    box = own_box(text, renderer)
                    assert frame.x0 <= box.x0 and box.x1 <= frame.x1 and frame.y0 <= box.y0 and box.y1 <= frame.y1, \
                        f"{name} at {n}: label {text.get_text()!r} leaves its axes"


def test_the_latest_estimate_of_each_named_claimant_is_labelled(drawn):
    fig, _, data = drawn["estimates_over_time", 50]
    troops = data["estimates"].query("family == 'troops' and as_of != ''")
    named = set(named_claimants(data["estimates"])) & set(troops["claimant"])
    labels = [t.get_text() for t in fig.axes[0].texts if t.get_gid() == "label"]
    labelled = {c for c in named if any(" ".join(t.split()).startswith(c + ":") for t in labels)}
    assert labelled == named


@pytest.mark.parametrize("n", SIZES)
def test_tick_labels_and_cells_do_not_overlap(drawn, n):
    for name in ("estimates_over_time", "who_says_what", "agreement", "munitions"):
        fig, _, _ = drawn[name, n]
        renderer = fig.canvas.get_renderer()
        for ax in fig.axes:
            for ticks in (ax.get_xticklabels(), ax.get_yticklabels()):
                assert not overlapping(boxes(ticks, renderer)), f"{name} at {n}: {ax.get_title()!r}"
            title = boxes([ax.title, ax._left_title], renderer)
            assert not [(a, b) for a, ba in title for b, bb in boxes(ax.get_yticklabels(), renderer)
                        if ba.overlaps(bb)], f"{name} at {n}: a tick label runs into {ax.get_title(loc='left')!r}"
        assert not overlapping(boxes(by_gid(fig, "cell"), renderer)), f"{name} at {n}"


@pytest.mark.parametrize("n", SIZES)
def test_footer_and_titles_stay_inside_the_figure(drawn, n):
    for name in ("estimates_over_time", "who_says_what", "agreement", "munitions", "places_map"):
        fig, _, _ = drawn[name, n]
        renderer = fig.canvas.get_renderer()
        page = fig.bbox
        for gid in ("title", "subtitle", "note"):
            for text in by_gid(fig, gid):
                box = text.get_window_extent(renderer)
                assert page.x0 <= box.x0 and box.x1 <= page.x1 and page.y0 <= box.y0 and box.y1 <= page.y1, \
                    f"{name} at {n}: {gid} cut"
        note = " ".join(t.get_text() for t in by_gid(fig, "note"))
        assert "54 sources: 12 outlets" in note.replace("\n", " ")


def test_the_sources_note_counts_instead_of_listing():
    note = charts.sources_note(ARTICLES)
    first, last = min(ARTICLES["published"]), max(ARTICLES["published"])
    assert note == f"54 sources: 12 outlets, {first} – {last} (see the sources table)."


def test_who_says_what_counts_the_claimants_it_leaves_out(drawn):
    fig, _, data = drawn["who_says_what", 1000]
    ax = fig.axes[0]
    shown = [t.get_text() for t in ax.get_yticklabels()]
    total = data["estimates"]["claimant"].nunique()
    assert len(shown) == 15 < total
    note = " ".join(t.get_text() for t in by_gid(fig, "note")).replace("\n", " ")
    assert f"+{total - 15} more claimants" in note


def test_who_says_what_table_holds_each_claimants_latest_estimate():
    rows = pd.DataFrame([
        {"estimate": 1, "origin": "extracted", "claimant": "NIS", "measure": "troops_present",
         "value_low": 3000, "value_high": 3000, "hedge": "exact", "as_of": "2024-10-18", "relays": 4},
        {"estimate": 2, "origin": "extracted", "claimant": "NIS", "measure": "troops_present",
         "value_low": 11000, "value_high": 12000, "hedge": "range", "as_of": "2024-11", "relays": 1},
        {"estimate": 3, "origin": "hand-coded", "claimant": "HUR", "measure": "troops_present",
         "value_low": 11000, "value_high": 11000, "hedge": "approximate", "as_of": "2024-11-05", "relays": 0},
        {"estimate": 4, "origin": "extracted", "claimant": "NIS", "measure": "killed",
         "value_low": 100, "value_high": 100, "hedge": "upper_bound", "as_of": "", "relays": 2},
    ])
    table = charts.who_says_what_table(rows).set_index("claimant")
    assert table.loc["NIS", "troops_present"] == "11,000–12,000 (2024-11)"
    assert table.loc["NIS", "killed"] == "≤100"
    assert table.loc["HUR", "troops_present"] == "~11,000 (2024-11-05) hand-coded"
    assert table.loc["HUR", "killed"] == ""
    assert table.loc["NIS", "estimates"] == 3


def test_agreement_compares_each_claimant_with_the_median_of_the_latest_estimates():
    rows = pd.DataFrame({"estimate": range(1, 6), "claimant": ["A", "A", "B", "C", "D"],
                         "family": ["troops"] * 4 + ["casualties"],
                         "measure": ["troops_present"] * 4 + ["killed"],
                         "value_low": [1_000, 10_000, 12_000, 40_000, 7], "value_high": [1_000, 10_000, 12_000, 40_000, 7],
                         "as_of": ["2024-10-01", "2024-11-01", "2024-11-02", "2024-11-03", ""]})
    table = charts.agreement_table(rows).set_index(["measure", "claimant"])
    assert table.loc[("troops_present", "A"), "median"] == 12_000  # A's latest is 10,000, not 1,000
    assert table.loc[("troops_present", "A"), "comparison"] == "agrees"
    assert table.loc[("troops_present", "C"), "comparison"] == "higher"
    assert table.loc[("killed", "D"), "comparison"] == "only one claimant"


def test_agreement_compares_the_articles_claimants_not_the_ledgers_busiest_month():
    """Two of the reader's claimants give May's figures, a third gave March's; the ledger holds
    four rows of late March: the comparison is gathered around the articles' largest set, May's,
    where the two agree, and the ledger's March rows (with the third claimant) are another time,
    not a majority the articles are measured by."""
    rows = pd.DataFrame({"estimate": range(1, 8),
                         "claimant": ["Spy agency", "Defence ministry", "Monitor", "L1", "L2", "L3", "L4"],
                         "origin": ["extracted"] * 3 + ["hand-coded"] * 4,
                         "family": "troops", "measure": "troops_present",
                         "value_low": [12_000, 11_500, 3_000, 3_000, 3_000, 2_800, 3_100],
                         "value_high": [12_000, 11_500, 3_000, 3_000, 3_000, 2_800, 3_100],
                         "as_of": ["2025-05-20", "2025-05-14", "2025-04-01",
                                   "2025-03-25", "2025-03-27", "2025-03-29", "2025-04-01"]})
    table = charts.agreement_table(rows).set_index("claimant")
    assert set(table.loc[["Spy agency", "Defence ministry"], "comparison"]) == {"agrees"}
    assert table.loc["Spy agency", "median"] == 11_750
    assert set(table.loc[["Monitor", "L1", "L2", "L3", "L4"], "comparison"]) == {"another time or place"}


def test_agreement_never_sets_two_countries_side_by_side_through_a_placeless_estimate():
    """A monitor's toll that names no place can be about Mali or about a town in Burkina Faso,
    but not both at once: the set compared holds no two estimates of two countries."""
    rows = pd.DataFrame({"estimate": range(1, 5), "claimant": ["Monitor", "Local officials", "UN", "Army"],
                         "origin": "extracted", "family": "casualties", "measure": "killed",
                         "value_low": [92, 200, 500, 27], "value_high": [92, 200, 500, 27],
                         "as_of": ["2025-03-20", "2025-03-10", "2025-03-05", "2025-03-12"],
                         "place": ["", "Djibo", "Mali", "Djibo"]})
    table = charts.agreement_table(rows).set_index("claimant")
    compared = set(table.index[table["comparison"] != "another time or place"])
    assert "Monitor" in compared
    assert not {"UN", "Local officials"} <= compared and not {"UN", "Army"} <= compared


def test_agreement_never_sets_a_towns_toll_beside_a_countrys_total():
    """A governor's "12 killed in Kharkiv" is one strike's toll, not a low reading of the
    ministry's 7,000 killed in Ukraine: it is not compared, and the national estimates agree
    among themselves without it."""
    rows = pd.DataFrame({"estimate": range(1, 5), "claimant": ["Governor", "Ministry", "Monitor", "Region"],
                         "family": "casualties", "measure": "killed",
                         "value_low": [12, 7_000, 7_200, 40], "value_high": [12, 7_000, 7_200, 40],
                         "as_of": ["2025-03-18", "2025-03-20", "2025-03-15", "2025-03-19"],
                         "place": ["Kharkiv", "Ukraine", "Ukraine", "Donetsk region"]})
    table = charts.agreement_table(rows).set_index("claimant")
    assert set(table.loc[["Ministry", "Monitor"], "comparison"]) == {"agrees"}
    assert table.loc["Ministry", "median"] == 7_100
    assert set(table.loc[["Governor", "Region"], "comparison"]) == {"another time or place"}


def test_agreement_sets_side_by_side_only_estimates_that_can_be_about_one_thing():
    """"4 killed" in one town a year ago is no disagreement with "150 killed" elsewhere now: a
    row compares the latest estimates that can be about what its most recent one is about (the
    figure groups' rule: dates at most a month apart, places not in two countries or towns); the
    others are shown as "another time or place", out of the median."""
    rows = pd.DataFrame({"estimate": range(1, 6), "claimant": ["Kyiv Post", "HUR", "NIS", "Governor", "Undated"],
                         "family": "casualties", "measure": "killed",
                         "value_low": [4, 150, 160, 3, 170], "value_high": [4, 150, 160, 3, 170],
                         "as_of": ["2024-10-03", "2025-03-10", "2025-03-20", "2025-03-18", ""],
                         "place": ["", "Kursk", "Kursk", "Kharkiv", ""]})
    table = charts.agreement_table(rows).set_index("claimant")
    assert table.loc["Kyiv Post", "comparison"] == "another time or place"  # 5 months before
    assert table.loc["Governor", "comparison"] == "another time or place"  # another country's town
    assert table.loc["HUR", "median"] == table.loc["NIS", "median"] == 160
    assert set(table.loc[["HUR", "NIS", "Undated"], "comparison"]) == {"agrees"}  # no date: as the groups
    fig = charts.agreement_chart(rows)
    cells = [t.get_text() for t in by_gid(fig, "cell")]
    assert "× 4" in cells and "= 150" in cells
    legend = [t.get_text() for t in fig.legends[0].get_texts()]
    assert any(t.startswith("× another time or place") for t in legend)
    assert "1 about another time or place" not in charts.description(fig)
    assert "2 about another time or place" in charts.description(fig)
    without_places = charts.agreement_table(rows.drop(columns="place")).set_index("claimant")
    assert without_places.loc["Governor", "comparison"] == "lower"  # the estimates table names no place


def test_agreement_chart_has_claimant_columns_not_article_columns(drawn):
    fig, _, data = drawn["agreement", 1000]
    columns = [t.get_text().replace("\n", " ") for t in fig.axes[0].get_xticklabels()]
    others = data["estimates"]["claimant"].nunique() - 8
    assert len(columns) == 10 and columns[0] == "median" and columns[-1] == f"other ({others})"


def test_munitions_chart_lists_the_derived_figures_that_fit(drawn):
    fig, _, data = drawn["munitions", 1000]
    text = " ".join(t.get_text() for t in by_gid(fig, "checks"))
    assert "500 shells per container" in text
    shown = text.count("shells per container")
    assert shown >= 4 and f"+{len(data['checks']) - shown} more" in text
    titles = [ax.get_title(loc="left") for ax in fig.axes]
    assert {"shells", "containers", "missiles", "artillery"} <= {charts.measure_label(m) and m for m in
                                                                  charts.MUNITIONS}
    assert all(charts.measure_label(m) in titles for m in charts.MUNITIONS)


def test_map_labels_the_top_places_with_counts_and_counts_the_rest(drawn):
    fig, _, data = drawn["places_map", 1000]
    labels = [t.get_text() for t in by_gid(fig, "label")]
    top = data["places"].sort_values("articles", ascending=False).head(10)
    assert f"{top.iloc[0]['place']} ({top.iloc[0]['articles']:,})" in labels
    assert 8 <= len(labels) <= 10
    note = " ".join(t.get_text() for t in by_gid(fig, "note")).replace("\n", " ")
    assert f"{len(data['places']) - len(labels)} more places" in note


def test_map_note_counts_one_place_in_the_singular():
    one = pd.DataFrame([{"place": "Kursk region", "country": "RU", "latitude": 51.7, "longitude": 36.2,
                         "articles": 2, "figures": "12,000"}])
    fig = charts.places_map(one)
    note = " ".join(t.get_text() for t in by_gid(fig, "note")).replace("\n", " ")
    assert "1 place." in note and "1 places" not in note


def test_same_bytes_on_a_second_save(tmp_path):
    data = synthetic(50)
    first = charts.all_charts(**data, out_dir=tmp_path / "one", articles=ARTICLES)
    second = charts.all_charts(**data, out_dir=tmp_path / "two", articles=ARTICLES)
    assert sorted(first) == ["agreement", "estimates_over_time", "munitions", "places_map", "who_says_what"]
    for name, paths in first.items():
        assert [p.suffix for p in paths] == [".svg", ".png"]
        for a, b in zip(paths, second[name], strict=True):
            assert a.read_bytes() == b.read_bytes(), f"{a.name} differs between runs"
    svg = (tmp_path / "one" / "estimates_over_time.svg").read_text()
    assert "<dc:date>" not in svg


def test_empty_input_gives_a_valid_chart_that_says_no_figures(drawn):
    empty = {"estimates": pd.DataFrame(columns=charts.ESTIMATE_COLUMNS),
             "checks": pd.DataFrame(columns=["check", "label", "value", "how"]),
             "places": pd.DataFrame(columns=["place", "latitude", "longitude", "articles", "figures"])}
    for name, fig in draw_all(empty).items():
        assert png_shape(fig) == drawn[name, 50][1], name
        texts = [t.get_text() for ax in fig.axes for t in ax.texts] + [t.get_text() for t in fig.texts]
        assert any(charts.NO_FIGURES in t for t in texts), name


def test_each_saved_chart_says_in_words_what_it_draws(tmp_path):
    """The PNG and SVG carry a description (the report's alternative text) whose counts are
    those of the data drawn, not of the chart's code."""
    import re

    from PIL import Image

    data = synthetic(50)
    saved = charts.all_charts(**data, out_dir=tmp_path, articles=ARTICLES)
    said = {}
    for name, (svg, png) in saved.items():
        with Image.open(png) as image:
            said[name] = image.text["Description"]
        assert f"<dc:description>{said[name]}</dc:description>" in svg.read_text().replace("&apos;", "'")
    e = data["estimates"]
    in_panels = e[(e["as_of"] != "") & e["family"].isin(["troops", "casualties", "munitions"])]
    months = sorted(in_panels["as_of"].str[:7])
    first, last = (pd.Timestamp(m + "-01").strftime("%B %Y") for m in (months[0], months[-1]))
    assert said["estimates_over_time"].startswith("Estimates over time. ")
    assert f"{len(in_panels)} dated estimates by {in_panels['claimant'].nunique()} claimants, {first} to {last}" \
        in said["estimates_over_time"]
    assert f"of {e['claimant'].nunique()} claimants" in said["who_says_what"]
    places = data["places"]
    assert f"{len(places)} places, {(places['figures'] != '').sum()} with figures" in said["places_map"]
    agreeing = re.search(r"(\d+) agree with the median", said["agreement"])
    assert agreeing and int(agreeing.group(1)) <= e["claimant"].nunique() * e["measure"].nunique()


def test_a_chart_with_nothing_to_draw_says_so_in_its_description(tmp_path):
    empty = pd.DataFrame(columns=charts.ESTIMATE_COLUMNS)
    fig = charts.who_says_what(empty)
    assert charts.description(fig) == f"Who says what, now. {charts.NO_FIGURES.capitalize()}."


def test_a_small_grid_takes_bigger_cells_of_its_fixed_figure():
    """Four claimants and three measures (two seed articles, no ledger): the grid charts do not
    leave most of their fixed 11 × 7.2 inch figure blank; cells grow to at least 0.6 inch tall
    and 1.1 inch wide, where many rows and columns still share the grid's area."""
    rows = [{"estimate": i + 1, "origin": "extracted", "family": "troops", "measure": m,
             "claimant": c, "value_low": v, "value_high": v, "hedge": "exact", "as_of": "2024-10-19",
             "relays": 1} for i, (c, m, v) in enumerate(
                 [("NIS", "troops_present", 1500), ("HUR", "troops_present", 2600), ("Zelensky", "troops_present", 10000),
                  ("anonymous sources", "troops_expected", 12000), ("NIS", "troops_training", 11000),
                  ("NIS", "troops_expected", 12000)])]
    estimates = pd.DataFrame(rows)
    for chart, cols in ((charts.who_says_what, 3), (charts.agreement_chart, 5)):
        fig = chart(estimates)
        assert fig.get_size_inches().tolist() == [11.0, 7.2]
        grid = fig.axes[0]
        box = grid.get_position()
        n_rows = len(grid.get_yticks())
        assert len(grid.get_xticks()) == cols, chart.__name__
        assert box.height * 7.2 / n_rows >= 0.6 and box.width * 11 / cols >= 1.1, chart.__name__


@pytest.mark.parametrize("n_rows", [2, 4, 15])
def test_a_grid_of_a_few_rows_fills_most_of_its_fixed_figure_with_bigger_text(n_rows):
    """Who says what with ``n_rows`` claimants of three measures: four rows take at least three
    quarters of the grid's area (5.35 inches tall) and their values are drawn bigger than the
    7.5 points of a full grid; fifteen rows share the area at the usual size."""
    said = [(f"Claimant {i}", m, 100 * (i + 1)) for i in range(n_rows)
            for m in ("troops_present", "troops_expected", "troops_training")]
    rows = [{"estimate": k + 1, "origin": "extracted", "family": "troops", "measure": m, "claimant": c,
             "value_low": v, "value_high": v, "hedge": "exact", "as_of": "2024-10-19", "relays": 1}
            for k, (c, m, v) in enumerate(said)]
    fig = charts.who_says_what(pd.DataFrame(rows))
    assert fig.get_size_inches().tolist() == [11.0, 7.2]
    grid = fig.axes[0]
    height = grid.get_position().height * 7.2
    sizes = {t.get_fontsize() for t in by_gid(fig, "cell")}
    if n_rows == 4:
        assert height >= 0.75 * 5.35 and min(sizes) > 7.5 * 1.2
    if n_rows == 2:
        assert height >= 2 * 0.9 and min(sizes) > 7.5 * 1.2
    if n_rows == 15:
        assert height <= 5.35 and sizes == {7.5}


def test_who_says_what_draws_no_row_of_empty_cells():
    """Nine measures, eight drawn: a claimant whose only estimate is of the measure left out
    (the fewest estimates) gets no row of dots; it is counted among the claimants not drawn."""
    said = [("Alpha", m, 100 * (k + 1)) for k, m in enumerate(
        ["troops_present", "troops_expected", "troops_training", "troops_in_place", "killed",
         "casualties", "wounded", "shells"])] * 2 + [("Beta", "containers", 40), ("Gamma", "killed", 300)]
    rows = [{"estimate": k + 1, "origin": "extracted", "measure": m, "claimant": c,
             "value_low": v, "value_high": v, "hedge": "exact", "as_of": "2024-10-19", "relays": 1}
            for k, (c, m, v) in enumerate(said)]
    fig = charts.who_says_what(pd.DataFrame(rows))
    assert [t.get_text() for t in fig.axes[0].get_yticklabels()] == ["Alpha", "Gamma"]
    assert "+1 more claimants, +1 more measures" in " ".join(t.get_text() for t in fig.texts)


def _small_collection_with_the_shipped_ledger() -> pd.DataFrame:
    """Seven weeks of a small collection (2024-11-05 to 2024-12-23) on the ledger's story,
    beside the shipped ledger's 310 rows (2024 to 2026), as notebook 03 joins them."""
    from claimtable import ledger

    said = [("Zelensky", "troops_in_place", 11_000, "2024-11-05"), ("South Korea NIS", "troops_present", 10_000, "2024-11-06"),
            ("US State Department", "troops_in_place", 10_000, "2024-11-13"), ("Ukraine SSO", "killed", 50, "2024-12-17"),
            ("South Korea NIS", "killed", 100, "2024-12-19"), ("Zelensky", "casualties", 3_000, "2024-12-23"),
            ("Ukraine HUR", "containers", 13_000, "2024-11-28")]
    own = pd.DataFrame([{"estimate": i + 1, "origin": "extracted", "family": measures.family(m), "measure": m,
                         "unit": "", "place": "", "claimant": c, "value_low": v, "value_high": v, "hedge": "exact",
                         "as_of": d, "relays": 1, "relay_differs": "", "ledger_check": "not in the ledger",
                         "first_reported": d, "last_reported": d, "label": f"Outlet · {d}"} for i, (c, m, v, d) in enumerate(said)],
                       columns=charts.ESTIMATE_COLUMNS)
    coded = ledger.as_estimates(ledger.read(), first_number=len(own) + 1)
    return pd.concat([own, coded], ignore_index=True)


def test_the_ledger_does_not_stretch_a_small_collections_time_axis_or_fill_its_tables():
    """A 310-row ledger reaching 2026 beside a seven-week collection of 2024: the time axis
    stays on the collection's weeks (a month's margin), the latest-estimate table lists the
    articles' estimates first, its ledger rows are about those weeks, and each chart says how
    many ledger rows it leaves out."""
    estimates = _small_collection_with_the_shipped_ledger()
    fig = charts.estimates_over_time(estimates)
    for ax in fig.axes[:-1]:
        if not ax.get_xlabel() and not ax.get_ylabel():
            continue
        low, high = (pd.Timestamp(mdates.num2date(x)).tz_localize(None) for x in ax.get_xlim())
        assert pd.Timestamp("2024-09-20") <= low and high <= pd.Timestamp("2025-02-10"), (low, high)
    table = charts.agreement_table(estimates)
    own = int((table["origin"] == "extracted").sum())
    assert own == 7 and (table["origin"].iloc[:own] == "extracted").all()
    ledger_days = [charts.as_of_date(a) for a in table.loc[table["origin"] == "hand-coded", "as_of"]]
    assert ledger_days and all(pd.Timestamp("2024-10-05") <= d <= pd.Timestamp("2025-01-23") for d in ledger_days)
    cells = charts.who_says_what_table(estimates)
    assert "2026" not in " ".join(cells.drop(columns=["claimant", "estimates"]).astype(str).stack())
    for draw in (charts.estimates_over_time, charts.who_says_what, charts.agreement_chart, charts.munitions_chart):
        footer = charts.description(draw(estimates)) + " " + " ".join(t.get_text() for t in draw(estimates).texts)
        assert "of 310 hand-coded rows in view, those about 2024-10-05 to 2025-01-23" in footer, draw.__name__


def test_undated_articles_beside_the_ledger_say_every_dated_marker_is_the_ledgers():
    """A folder of articles with no dates (no manifest, no dateline) beside the shipped ledger:
    none of the articles' estimates has a place on the time axis, which then holds only the
    ledger's 310 rows over two years. Each chart says under it that the whole ledger is drawn and
    why, so that no reader takes the diamonds for the articles' figures."""
    estimates = _small_collection_with_the_shipped_ledger()
    own = estimates["origin"] == "extracted"
    estimates.loc[own, ["as_of", "first_reported", "last_reported"]] = ""
    assert len(charts.ledger_in_view(estimates).rows) == len(estimates)
    for draw in (charts.estimates_over_time, charts.who_says_what, charts.agreement_chart, charts.munitions_chart):
        drawn = draw(estimates)
        footer = " ".join(t.get_text() for t in drawn.texts).replace("\n", " ")
        assert "Ledger: all 310 hand-coded rows drawn, the whole ledger: the articles date none of their 7 " \
               "estimates" in footer, draw.__name__


def test_the_whole_ledger_is_drawn_when_asked_and_the_charts_say_so():
    """``ledger_rows = "all"`` (``claimtable report --whole-ledger``): every one of the 310
    rows is drawn, the time axis reaches the ledger's 2026 rows, and each chart says under it
    that the whole ledger is drawn."""
    estimates = _small_collection_with_the_shipped_ledger()
    before = charts.draw_ledger("all")
    try:
        assert len(charts.ledger_in_view(estimates).rows) == len(estimates)
        fig = charts.estimates_over_time(estimates)
        highs = [pd.Timestamp(mdates.num2date(ax.get_xlim()[1])).tz_localize(None) for ax in fig.axes[:-1]
                 if ax.get_ylabel()]
        assert highs and max(highs) >= pd.Timestamp("2026-01-01")
        for draw in (charts.estimates_over_time, charts.who_says_what, charts.agreement_chart, charts.munitions_chart):
            drawn = draw(estimates)
            footer = charts.description(drawn) + " " + " ".join(t.get_text() for t in drawn.texts)
            assert "Ledger: all 310 hand-coded rows drawn (the whole ledger" in footer, draw.__name__
    finally:
        charts.draw_ledger(before)
    with pytest.raises(ValueError, match="ledger_rows 'some'"):
        charts.draw_ledger("some")


LONG_CLAIMANTS = ["South Korea National Intelligence Service", "Ukraine ambassador to South Korea Dmytro Ponomarenko",
                  "Ukraine Center for Countering Disinformation", "US Department of Defense"]


def _long_named(n_rows: int = 40) -> pd.DataFrame:
    """Estimates by claimants with long names, of measures with long descriptions."""
    measures = ["troops_present", "troops_in_place", "troops_training", "troops_expected", "shells", "containers"]
    return pd.DataFrame([{"estimate": i + 1, "origin": "extracted", "family": charts.measures.family(m), "measure": m,
                          "claimant": LONG_CLAIMANTS[i % len(LONG_CLAIMANTS)], "value_low": 1000.0 * (1 + i),
                          "value_high": 1000.0 * (1 + i), "hedge": "exact", "as_of": f"2024-{10 + i % 3}-{1 + i % 27:02d}",
                          "relays": 1, "relay_differs": "", "ledger_check": "", "label": f"Outlet · {i}"}
                         for i, m in enumerate(measures[j % len(measures)] for j in range(n_rows))],
                        columns=charts.ESTIMATE_COLUMNS)


def _shown_texts(fig) -> list[str]:
    renderer = fig.canvas.get_renderer()
    fig.draw(renderer)
    texts = [t.get_text() for ax in fig.axes for t in (*ax.get_xticklabels(), *ax.get_yticklabels(), *ax.texts)]
    texts += [t.get_text() for ax in fig.axes if ax.get_legend() for t in ax.get_legend().get_texts()]
    return [" ".join(t.split()) for t in texts if t.strip()]


def test_claimant_and_measure_labels_are_whole_on_every_chart():
    """No "South Korea Nat…": a claimant's name and a measure's heading are wrapped onto two
    (a grid's column heads three) lines, never cut, and the lines of neighbouring labels do
    not overlap; only a name longer than two lines is shortened beside a point, the legend
    beside it giving it whole."""
    e = _long_named()
    for draw in (charts.estimates_over_time, charts.who_says_what, charts.agreement_chart, charts.munitions_chart):
        fig = draw(e)
        shown = _shown_texts(fig)
        cut = [t for t in shown if "…" in t and not t.startswith("Ukraine ambassador to…:")]
        assert not cut, (draw.__name__, cut)
        renderer = fig.canvas.get_renderer()
        for ax in fig.axes:
            for ticks in (ax.get_xticklabels(), ax.get_yticklabels()):
                assert not overlapping(boxes(ticks, renderer)), draw.__name__
    rows = " | ".join(_shown_texts(charts.who_says_what(e)))
    assert all(name in rows for name in LONG_CLAIMANTS)
    assert "troops in a named place below a country" in rows
    legend = " | ".join(_shown_texts(charts.estimates_over_time(e)))
    assert all(name in legend for name in LONG_CLAIMANTS)


@pytest.mark.parametrize("n", (*SIZES, 5000))
def test_no_label_is_cut_at_any_size(drawn, n):
    data = synthetic(n) if n not in SIZES else drawn["estimates_over_time", n][2]
    for draw in (charts.estimates_over_time, charts.who_says_what, charts.agreement_chart):
        cut = [t for t in _shown_texts(draw(data["estimates"])) if "…" in t]
        assert not cut, (draw.__name__, n, cut)


def test_an_estimate_far_before_the_rest_lies_outside_the_axis_and_the_footer_says_so():
    """One article's "since December 2023" among a collection of October and November 2024:
    the axis keeps the collection's weeks, the footer names what it leaves out; with the whole
    ledger asked for, or with too few estimates to tell, every date is drawn."""
    days = ["2023-12", "2024-10-20", "2024-10-28", "2024-11-02", "2024-11-20", "2024-11-21"]
    rows = estimate_rows(["exact"] * len(days), days)
    fig = charts.estimates_over_time(rows)
    low, high = (pd.Timestamp(mdates.num2date(x)).tz_localize(None) for x in fig.axes[0].get_xlim())
    assert pd.Timestamp("2024-09-15") <= low and high <= pd.Timestamp("2024-12-31"), (low, high)
    assert ("1 estimate about 2023-12, long before the rest, lies outside the axis (it is in the estimates table)."
            in charts.description(fig))
    few = charts.estimates_over_time(rows.iloc[:3])
    assert pd.Timestamp(mdates.num2date(few.axes[0].get_xlim()[0])).tz_localize(None) < pd.Timestamp("2023-12-15")
    before = charts.draw_ledger("all")
    try:
        whole = charts.estimates_over_time(rows)
    finally:
        charts.draw_ledger(before)
    assert pd.Timestamp(mdates.num2date(whole.axes[0].get_xlim()[0])).tz_localize(None) < pd.Timestamp("2023-12-15")
    assert "outside the axis" not in charts.description(whole)


def _axis_years(fig) -> tuple[int, int]:
    low, high = (pd.Timestamp(mdates.num2date(x)).tz_localize(None) for x in fig.axes[0].get_xlim())
    return low.year, high.year


def _accounted(rows: pd.DataFrame) -> tuple[int, int, int]:
    """How many of ``rows`` the time chart draws, sets outside its axis, leaves out undated."""
    dated = charts._dated(charts._estimates(rows))
    return len(dated.rows), len(dated.outside), dated.undated


def test_history_recalled_in_a_few_articles_lies_outside_the_axis_and_the_footer_counts_it():
    """The real collection's axis ran from 1944 to 2025: undated articles recalling D-Day, the
    Korean War, the Falklands, Srebrenica put a few estimates decades before the rest, spread
    out, not isolated (``_far_out`` sets aside only isolated ones), and squeezed 2010-2025 into
    the right sixth. The axis draws the reporting period; the footer counts the rest, on which
    side and when, so that no figure is dropped silently."""
    history = ["1944-06-06", "1944-06", "1950-06-25", "1953-07-27", "1982-05", "1995-07-11"]
    days = history + [f"{y}-{m:02d}" for y in range(2012, 2026) for m in (3, 9)] * 2
    rows = estimate_rows(["exact"] * len(days), days)
    fig = charts.estimates_over_time(rows)
    assert _axis_years(fig) == (2011, 2026), _axis_years(fig)
    text = charts.description(fig)
    assert ("The axis draws the bulk of the dates, March 2012 to September 2025; 6 estimates about 1944–1995, "
            "before it, lie outside it (1940s 2, 1950s 2, 1980s 1, 1990s 1; they are in the estimates table)."
            in text), text
    assert _accounted(rows) == (len(days) - 6, 6, 0)
    assert "56 dated estimates" in text  # the summary counts the estimates drawn
    munitions = rows.assign(family="munitions", measure="shells")
    assert "6 munitions estimates about 1944–1995, before it, lie outside it" in charts.description(
        charts.munitions_chart(munitions))
    before = charts.draw_ledger("all")  # the reader asked for everything: every date is drawn
    try:
        assert _axis_years(charts.estimates_over_time(rows))[0] < 1944
    finally:
        charts.draw_ledger(before)


def test_a_collection_whose_dates_are_all_old_draws_them_all():
    """The rule is the collection's own bulk, not a year: a collection about the Second World
    War spread evenly over its years draws every date, and says nothing is outside."""
    days = [f"{y}-{m:02d}" for y in range(1939, 1946) for m in range(1, 13, 2)]
    rows = estimate_rows(["exact"] * len(days), days)
    fig = charts.estimates_over_time(rows)
    assert _axis_years(fig) == (1938, 1946)
    assert "outside" not in charts.description(fig)
    assert _accounted(rows) == (len(days), 0, 0)


def test_two_articles_far_apart_are_both_drawn():
    """Two estimates, 1944 and 2024: too few to tell a bulk from the rest, both on the axis."""
    rows = estimate_rows(["exact", "exact"], ["1944-06-06", "2024-10-23"])
    fig = charts.estimates_over_time(rows)
    assert _axis_years(fig) == (1941, 2028)
    assert "outside" not in charts.description(fig)


@pytest.mark.parametrize("n", (*SIZES, 5000))
def test_generated_collections_and_the_seeds_keep_every_date_on_the_axis(n):
    """Collections of weeks or months, without history: the reporting period is all of it,
    so their charts do not change."""
    e = synthetic(n)["estimates"]
    dated = charts._estimates(e)["date"].dropna()
    assert charts.reporting_period(dated).all()
    seeds = pd.read_csv(PROCESSED / "estimates.csv", dtype=str, keep_default_na=False)
    dated = charts._estimates(charts.ledger_in_view(seeds).rows)["date"].dropna()
    assert len(dated) and charts.reporting_period(dated).all()


def test_the_derived_figures_beside_the_munitions_are_never_cut():
    """"bbc.com · 2024-10-19, 8,000,000 rounds / 13…" was cut: each derived figure gives its
    source and its computation whole, on lines of their own, and the panel says how many more
    the checks table holds instead of running past its frame."""
    checks = pd.DataFrame([{"check": "shells per container", "label": f"A long outlet name {i} · 2024-10-19",
                            "value": 615.4 + i, "how": "8,000,000 rounds / 13,000 containers"} for i in range(9)])
    fig = charts.munitions_chart(estimate_rows(["exact"], ["2024-10-23"]).assign(measure="shells", family="munitions"),
                                 checks)
    box = by_gid(fig, "checks")[0]
    text = box.get_text()
    assert "…" not in text
    assert "8,000,000 rounds / 13,000 containers" in text and "A long outlet name 0 · 2024-10-19" in text
    assert "more (see the checks table)" in text
    renderer = fig.canvas.get_renderer()
    assert box.axes.get_window_extent(renderer).contains(*own_box(box, renderer).p0)
    assert own_box(box, renderer).y0 >= box.axes.get_window_extent(renderer).y0


def _over_time_rows(relays: list[int], measure: str = "killed", family: str = "casualties") -> pd.DataFrame:
    return pd.DataFrame({
        "estimate": range(1, len(relays) + 1), "origin": "extracted", "family": family, "measure": measure,
        "unit": "person", "claimant": [f"Body {i}" for i in range(len(relays))],
        "value_low": [100 * (i + 1) for i in range(len(relays))],
        "value_high": [100 * (i + 1) for i in range(len(relays))], "hedge": "exact",
        "as_of": [f"2025-05-{i + 1:02d}" for i in range(len(relays))], "relays": relays})


@pytest.mark.parametrize(("relays", "sizes"), [([1, 2, 1], ["1 relay", "2 relays"]),
                                               ([1, 3, 15], ["1 relay", "15 relays"])])
def test_the_size_legend_shows_the_sizes_drawn(relays, sizes):
    fig = charts.estimates_over_time(_over_time_rows(relays))
    texts = [t.get_text() for ax in fig.axes if ax.get_legend() for t in ax.get_legend().get_texts()]
    shown = texts[texts.index(charts.SIZE_HEADER) + 1:]
    assert all(s in shown for s in sizes)  # the largest dot drawn is explained
    drawn = {round(float(a), 1) for ax in fig.axes for c in ax.collections
             if isinstance(c, PathCollection) for a in c.get_sizes()}
    assert {round(float(a), 1) for a in charts._size([max(relays)])} <= drawn


def test_displaced_people_and_refugees_reach_the_time_chart():
    claim = {"category": "other", "unit": "person", "status": "displaced", "modality": "reported", "place": ""}
    assert measures.measure_of(claim) == "displaced"
    assert measures.measure_of({**claim, "unit": "refugee", "status": ""}) == "refugees"
    rows = _over_time_rows([1, 2]).assign(family="displacement", measure="displaced",
                                          value_low=[400000, 500000], value_high=[400000, 500000])
    fig = charts.estimates_over_time(rows)
    titles = [ax.get_title(loc="left") for ax in fig.axes if ax.get_title(loc="left")]
    assert titles == ["displacement"]
    assert "not shown" not in charts.description(fig)


def test_who_says_what_describes_the_span_its_cells_show():
    """A range's cell ("2M–10M") is coloured at a point between its ends; the chart's text gives
    the span the cells show, from the smallest low end to the largest high end."""
    said = pd.DataFrame({"estimate": [1, 2], "claimant": ["NIS", "UN"], "measure": ["shells", "killed"],
                         "value_low": [2_000_000, 3], "value_high": [10_000_000, 3], "as_of": ["2024-10", "2024-10"]})
    text = charts.description(charts.who_says_what(said))
    assert "from 3 to 10M" in text


@pytest.mark.parametrize("name", ["estimates_over_time", "munitions"])
def test_a_latest_estimates_label_is_drawn_over_every_marker(drawn, name):
    """At 1,000 articles the ledger's hollow diamonds crowd the labels' places: a label's white
    box must cover the markers under it, never sit beneath one (a label half hidden by a
    diamond cannot be read)."""
    fig, _, _ = drawn[name, 1000]
    labels = by_gid(fig, "label")
    assert labels
    markers = [c.get_zorder() for ax in fig.axes for c in ax.collections + ax.lines]
    assert min(t.get_zorder() for t in labels) > max(markers)


def test_agreement_reads_a_placeless_estimate_in_its_articles_countries():
    """A monitor's toll that names no place, relayed by articles whose other figures are in
    Mali (the estimates table's ``countries``), is Mali's: it is compared with the UN's toll in
    Mali, never with the tolls of a town in Burkina Faso."""
    rows = pd.DataFrame({"estimate": range(1, 5), "claimant": ["Monitor", "Local officials", "UN", "Army"],
                         "origin": "extracted", "family": "casualties", "measure": "killed",
                         "value_low": [92, 200, 100, 27], "value_high": [92, 200, 100, 27],
                         "as_of": ["2025-03-20", "2025-03-10", "2025-03-05", "2025-03-12"],
                         "place": ["", "Djibo", "Mali", "Djibo"], "countries": ["ML", "BF", "ML", "BF"]})
    table = charts.agreement_table(rows).set_index("claimant")
    assert table.loc["Monitor", "median"] == table.loc["UN", "median"] == 96
    assert set(table.loc[["Monitor", "UN"], "set"]) == {1}
    # the Burkina town's tolls are compared among themselves, never with Mali's median
    assert set(table.loc[["Local officials", "Army"], "set"]) == {2}
    assert table.loc["Army", "median"] == 113.5
    assert table.loc["Army", "comparison"] == "lower" and table.loc["Local officials", "comparison"] == "higher"
    assert table.loc["Army", "compared_in"] == "BF"


def test_agreement_chart_says_which_war_each_cell_and_the_median_are_of():
    """A folder of two wars: the UN's Yemen toll is coloured against Yemen's median, never
    against Sudan's beside it; a reader who sees "↑ 900" next to the median column's "300" is
    told in the cell which war it is of, and in the median cell which war that median is of. A
    folder of one war draws its cells as before, no war named."""
    rows = pd.DataFrame({"estimate": range(1, 7), "claimant": ["SAF", "RSF", "MSF", "UN", "Houthis", "Local"],
                         "origin": "extracted", "family": "casualties", "measure": "killed",
                         "value_low": [280, 300, 320, 900, 200, 400], "value_high": [280, 300, 320, 900, 200, 400],
                         "as_of": "", "place": "", "countries": ["SD", "SD", "SD", "YE", "YE", "YE"]})
    cells = [t.get_text() for t in by_gid(charts.agreement_chart(rows), "cell")]
    assert "300\nSudan\n+1 set" in cells  # the median column: the largest set's, and its war
    assert "= 280\nSudan" in cells and "↑ 900\nYemen" in cells and "↓ 200\nYemen" in cells
    one_war = rows.assign(countries="SD")
    cells = [t.get_text() for t in by_gid(charts.agreement_chart(one_war), "cell")]
    assert "= 280" in cells and not any("Sudan" in c for c in cells)


def test_agreement_compares_each_wars_undated_estimates_among_themselves():
    """A folder of two wars: undated tolls relayed by articles on Sudan and by articles on
    Mexico. Each war's claimants are compared with their own median — Sudan's 280, 300 and 320
    agree, Mexico's 4 and 30 do not — and neither war's estimates are left uncompared."""
    rows = pd.DataFrame({"estimate": range(1, 7),
                         "claimant": ["SAF", "RSF", "UN", "State police", "Army", "Lone monitor"],
                         "origin": "extracted", "family": "casualties", "measure": "killed",
                         "value_low": [280, 300, 320, 4, 30, 9], "value_high": [280, 300, 320, 4, 30, 9],
                         "as_of": "", "place": "", "countries": ["SD", "SD", "SD", "MX", "MX", "AM"]})
    table = charts.agreement_table(rows).set_index("claimant")
    sudan, mexico = ["SAF", "RSF", "UN"], ["State police", "Army"]
    assert set(table.loc[sudan, "comparison"]) == {"agrees"} and set(table.loc[sudan, "median"]) == {300}
    assert set(table.loc[mexico, "median"]) == {17}
    assert table.loc["State police", "comparison"] == "lower" and table.loc["Army", "comparison"] == "higher"
    assert set(table.loc[sudan, "compared_in"]) == {"SD"} and set(table.loc[mexico, "compared_in"]) == {"MX"}
    assert table.loc["Lone monitor", "comparison"] == charts.ELSEWHERE  # no other estimate of Armenia
    assert table.equals(charts.agreement_table(rows).set_index("claimant"))
    shuffled = charts.agreement_table(rows.iloc[::-1]).set_index("claimant").loc[table.index]
    assert shuffled["median"].tolist() == table["median"].tolist()


def test_a_full_agreement_grid_of_many_wars_stays_legible_and_names_each_war_whole():
    """A folder of many wars fills the grid (twelve measures, eight claimants and "other"): a
    cell names its war, the median cell its war and "+N sets". No cell's text is shrunk below
    7 points to hold a long war name, no name is cut ("Democratic Republic of the…"): a name
    too long for a cell's line is written by its countries' codes, which the chart's key
    spells out whole."""
    wars = ["PS", "CD", "CF", "SD"]
    names = ["troops_present", "troops_in_place", "troops_training", "troops_expected", "casualties", "killed",
             "wounded", "captured", "missing", "displaced", "refugees", "detained"]
    family = {m: measures.measures()[m].family for m in names}
    rows = [{"claimant": f"Claimant {c}", "measure": m, "family": family[m], "value": 100 + 10 * c + w}
            for m in names for c in range(10) for w, _ in enumerate(wars) if (c + w) % 2 == 0]
    rows = pd.DataFrame(rows).assign(
        estimate=lambda d: range(1, len(d) + 1), origin="extracted", as_of="", place="",
        value_low=lambda d: d["value"], value_high=lambda d: d["value"],
        countries=lambda d: [wars[(v - 100) % 10 % len(wars)] for v in d["value"]])
    fig = charts.agreement_chart(rows.drop(columns="value"))
    cells = by_gid(fig, "cell")
    written = [t.get_text() for t in cells]
    assert any("\n" in t and "sets" in t for t in written)  # the median cells: several sets each
    assert not any("…" in t for t in written)
    assert min(t.get_fontsize() for t in cells if "\n" in t.get_text()) >= 7
    note = " ".join(t.get_text().replace("\n", " ") for t in by_gid(fig, "note"))
    for key in ("PS Palestinian Territory", "CD Democratic Republic of the Congo"):
        assert key in note
    assert "SD Sudan" not in note  # a short name is written whole, never keyed


def test_the_time_charts_date_axis_names_the_year_not_the_last_month():
    """Estimates of October and November 2024: the axis reads "Oct 15 Nov 15" with "2024"
    beside it, never "2024-Nov" at its right end (which reads as the month of every figure);
    across a new year it says both years."""
    def offsets(days):
        rows = pd.DataFrame({"measure": "killed", "family": "casualties", "claimant": "A", "value_low": 5,
                             "value_high": 5, "as_of": days})
        fig = charts.estimates_over_time(rows)
        fig.canvas.draw()
        return {ax.xaxis.get_major_formatter().get_offset() for ax in fig.axes
                if isinstance(ax.xaxis.get_major_formatter(), mdates.ConciseDateFormatter)} - {""}

    assert offsets(["2024-10-09", "2024-10-19", "2024-11-15"]) == {"2024"}
    assert offsets(["2024-11-20", "2024-12-19", "2025-01-15"]) == {"2024–2025"}


@pytest.mark.parametrize("chart", ["estimates_over_time", "munitions"])
def test_a_time_charts_long_footer_is_drawn_whole_under_its_axes(chart):
    """A footer of four lines (the ledger's note, what lies outside, the sources): every word of
    it is drawn, none ends in "…", inside the figure and under the date axis' labels (the panels
    give the footer the room, the figure keeps its size)."""
    sentences = [f"Sentence {i} of a footer a reader needs to read whole, word by word, to the end." for i in range(9)]
    note = " ".join(sentences) + " 4 sources: 3 outlets, 2025-05-14 – 2025-05-22 (see the sources table)."
    rows = estimate_rows(["exact"] * 4, ["2025-04-13", "2025-05-14", "2025-05-20", "2025-06-16"])
    if chart == "munitions":
        rows = rows.assign(family="munitions", measure="shells")
        fig = charts.munitions_chart(rows, sources_note=note)
    else:
        fig = charts.estimates_over_time(rows, sources_note=note)
    assert fig.get_size_inches().tolist() == [11.0, 8.4]
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    (footer,) = by_gid(fig, "note")
    drawn_text = " ".join(footer.get_text().split())
    assert "…" not in drawn_text and drawn_text.endswith("(see the sources table).")
    assert note in drawn_text and note in charts.description(fig)
    box = footer.get_window_extent(renderer)
    assert fig.bbox.y0 <= box.y0 and box.y1 <= fig.bbox.y1
    lowest = min(fig.axes[:-1] if chart == "estimates_over_time" else fig.axes, key=lambda a: a.get_position().y0)
    under = [lowest.xaxis.label, *lowest.get_xticklabels(), lowest.xaxis.get_offset_text()]
    assert all(not box.overlaps(b) for _, b in boxes(under, renderer)), "the footer runs into the date axis"


def test_the_first_date_tick_and_the_first_of_each_month_say_their_month():
    """Estimates from mid-April to mid-June 2025: the axis reads "Apr 15 · May · 15 · Jun · 15"
    ("2025" beside it), never a bare "15" first, which the "May" after it makes read as May's."""
    rows = estimate_rows(["exact"] * 4, ["2025-04-13", "2025-05-14", "2025-05-20", "2025-06-16"])
    fig = charts.estimates_over_time(rows)
    fig.canvas.draw()
    ax = fig.axes[0]
    days = [mdates.num2date(x) for x in ax.get_xticks() if ax.get_xlim()[0] <= x <= ax.get_xlim()[1]]
    labels = {t.get_position()[0]: t.get_text() for t in ax.get_xticklabels()}
    texts = [labels[mdates.date2num(d)] for d in days]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    for i, (day, text) in enumerate(zip(days, texts, strict=True)):
        if i == 0 or day.month != days[i - 1].month:
            assert text.startswith(months[day.month - 1]), texts
    assert texts[0] != "15" and days[0].month == 4, texts


def test_agreement_other_cell_is_not_drawn_as_agreeing_on_a_tie():
    """The "other (K)" cell takes the colour of its most common comparison; one agreeing, one
    higher and one lower is no agreement: the cell is not green, and the note says so."""
    from matplotlib.colors import to_hex

    rows = pd.DataFrame({"estimate": range(1, 5), "claimant": ["A", "B", "C", "D"], "family": "casualties",
                         "measure": "killed", "value_low": [100, 100, 1000, 10], "value_high": [100, 100, 1000, 10],
                         "as_of": "2025-03-10", "place": ""})
    fig = charts.agreement_chart(rows, n_claimants=1)
    ax = fig.axes[0]
    text = next(t for t in by_gid(fig, "cell") if t.get_text() == "=1 ↑1 ↓1")
    x, y = text.get_position()
    colour = next(to_hex(p.get_facecolor()) for p in ax.patches if p.get_xy() == (x - 0.5, y - 0.5))
    assert colour != charts.AGREEMENT_COLOURS["agrees"]
    assert colour == charts.OTHERS_TIED
    assert "none on a tie" in " ".join(t.get_text() for t in by_gid(fig, "note")).replace("\n", " ")


def crowded_latest() -> pd.DataFrame:
    """Seven claimants' latest casualty figures within a month of one another, at small values,
    after twenty years of earlier figures, in one of four panels: the panel has room, only not
    beside the cluster."""
    speakers = ["Regional Health Ministry", "Armed Forces Press Office", "Provincial Police Chief",
                "Monitoring Group for Rights", "Interior Ministry Spokesman",
                "Red Crescent Society", "District Commissioner"]
    rows = [{"claimant": s, "value_low": v, "value_high": v, "as_of": f"2024-06-{1 + 3 * i:02d}"}
            for i, (s, v) in enumerate(zip(speakers, (3, 4, 5, 6, 9, 12, 15), strict=True))]
    rows += [{"claimant": "", "value_low": 10 + 40 * i, "value_high": 10 + 40 * i, "as_of": f"{2004 + i}-03-01"}
             for i in range(20)]
    rows += [{"claimant": s, "value_low": 2 + i, "value_high": 2 + i, "as_of": f"2024-0{1 + i % 5}-10"}
             for i, s in enumerate(speakers * 2)]
    frame = pd.DataFrame(rows).assign(family="casualties", measure="killed")
    others = pd.DataFrame([{"claimant": "", "family": f, "measure": m, "value_low": v, "value_high": v,
                            "as_of": f"20{10 + i}-05-01"}  # three more panels: each panel is short
                           for i, (f, m, v) in enumerate([("troops", "troops_present", 900),
                                                          ("displacement", "displaced", 40_000),
                                                          ("munitions", "shells", 5_000)])])
    frame = pd.concat([frame, others], ignore_index=True).assign(
        hedge="exact", relays=1, origin="extracted", ledger_check="", relay_differs="", label="")
    frame["estimate"] = range(1, len(frame) + 1)
    return frame.reindex(columns=charts.ESTIMATE_COLUMNS, fill_value="")


def test_a_cluster_of_latest_estimates_keeps_every_claimants_label_where_the_panel_has_room():
    """A researcher reads each claimant's latest figure off its label: seven claimants reporting
    within one month used to lose most of their labels ("5 label(s) left out: no free place")
    while two decades of the axis stood empty; each is now labelled, on a leader line if
    need be, and no label covers another."""
    fig = charts.estimates_over_time(crowded_latest())
    fig.canvas.draw()
    panel = next(ax for ax in fig.axes if ax.get_title(loc="left") == "casualties")
    texts = [t.get_text() for t in panel.texts]
    assert not [t for t in texts if "left out" in t]
    for speaker in crowded_latest()["claimant"].loc[lambda c: c != ""].unique():
        assert any(t.startswith(speaker.split()[0]) for t in texts), speaker
    renderer = fig.canvas.get_renderer()
    labels = [t for t in panel.texts if t.get_gid() == "label"]
    assert len(labels) == 8
    assert not overlapping(boxes(labels, renderer))
