"""Compare sources: group claims that report the same thing across articles into figure
groups, say where they agree or differ, and compute the checks an analyst derives from them.

A claim joins a group from another article when it counts the same category and either has
the same status with a comparable value, or states the very same figure (the statuses of one
shipment may be written "shipped" in one outlet and "supplied" in another).

>>> import pandas as pd
>>> claims = pd.DataFrame([
...     {"article": "a", "value_low": 1500, "value_high": 1500, "hedge": "exact", "unit": "troop",
...      "category": "troops", "status": "arrived", "claimant": "X", "modality": "reported"},
...     {"article": "b", "value_low": 1500, "value_high": 1500, "hedge": "exact", "unit": "troop",
...      "category": "troops", "status": "arrived", "claimant": "X", "modality": "reported"},
... ])
>>> figure_groups(claims)["finding"].tolist()
['agree', 'agree']
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

#: Differences in the order a reader weighs them: a different number matters most.
DIFFERENCES = ("value", "claimant", "hedge", "unit")
#: Values of one status count as "the same figure, reported differently" within this factor.
COMPARABLE_FACTOR = 3.0
GROUP_COLUMNS = ["group", "category", "counted", "figures", "articles", "finding", "notes"]
CLAIM_COLUMNS = ["article", "value_low", "value_high", "hedge", "modality", "unit", "status",
                 "claimant", "claimant_phrase", "place", "time_ref", "sentence", "start", "end"]


@dataclass
class _Group:
    category: str
    status: str
    members: list[int] = field(default_factory=list)  # row positions in the claims table
    articles: set[str] = field(default_factory=set)


def _base_status(status: str) -> str:
    """"expected to fight" and "fighting" count the same thing; so do "to be deployed" and
    "deployed"."""
    return (status or "").removeprefix("expected ").removeprefix("to be ").strip()


def _overlap(a_low: float, a_high: float, b_low: float, b_high: float) -> bool:
    return a_low <= b_high and b_low <= a_high


def _comparable(a_low: float, a_high: float, b_low: float, b_high: float) -> bool:
    lo, hi = max(min(a_high, b_high), 1), max(max(a_low, b_low), 1)
    return hi / lo <= COMPARABLE_FACTOR


def _fmt(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"


def figure_text(low: float, high: float) -> str:
    """A figure's bounds as a reader writes them.

    >>> figure_text(1500, 1500), figure_text(200, 999)
    ('1,500', '200–999')
    """
    return _fmt(low) if low == high else f"{_fmt(low)}–{_fmt(high)}"


def _assign(claims: pd.DataFrame) -> list[_Group]:
    groups: list[_Group] = []
    for pos, c in enumerate(claims.itertuples(index=False)):
        status = _base_status(c.status)
        best, best_score = None, 0
        for g in groups:
            if g.category != c.category or c.article in g.articles:
                continue
            first = claims.iloc[g.members[0]]
            same_value = first.value_low == c.value_low and first.value_high == c.value_high
            same_status = g.status == status and status != ""
            overlap = _overlap(first.value_low, first.value_high, c.value_low, c.value_high)
            if same_status and overlap:
                score = 3
            elif same_value:
                score = 2
            elif same_status and _comparable(first.value_low, first.value_high, c.value_low, c.value_high):
                score = 1
            else:
                continue
            if score > best_score:
                best, best_score = g, score
        if best is None:
            best = _Group(c.category, status)
            groups.append(best)
        best.members.append(pos)
        best.articles.add(c.article)
    return groups


def _finding(rows: pd.DataFrame) -> tuple[str, str]:
    if rows["article"].nunique() == 1:
        return f"only in {rows['article'].iloc[0]}", ""
    differs = []
    for what in DIFFERENCES:
        if what == "value":
            values = set(zip(rows["value_low"], rows["value_high"], strict=True))
            if len(values) > 1:
                differs.append("value differs")
        elif rows[what].nunique() > 1:
            differs.append(f"{what} differs")
    dated = rows[rows["time_ref"].fillna("") != ""]
    notes = []
    if 0 < len(dated) < len(rows):
        notes += [f"only {a} gives a time: {t}" for a, t in zip(dated["article"], dated["time_ref"], strict=True)]
    modalities = set(rows["modality"])
    if len(modalities) > 1:
        notes.append("reported in one source, projected in another")
    return ("; ".join(differs) or "agree"), "; ".join(notes)


def figure_groups(claims: pd.DataFrame) -> pd.DataFrame:
    """One row per claim, with its figure group and the group's finding; groups are numbered
    in the order their first claim appears (articles sorted by id)."""
    claims = claims.sort_values(["article", "start"] if "start" in claims else ["article"],
                                kind="stable").reset_index(drop=True)
    for col in ("time_ref", "claimant_phrase", "place", "sentence", "start", "end", "modality"):
        if col not in claims:
            claims[col] = ""
    rows = []
    for number, g in enumerate(_assign(claims), start=1):
        members = claims.iloc[g.members]
        finding, notes = _finding(members)
        first = members.iloc[0]
        counted = f"{g.category}: {first.status or 'figure'}"
        figures = " / ".join(dict.fromkeys(
            figure_text(lo, hi) for lo, hi in zip(members["value_low"], members["value_high"], strict=True)
        ))
        for _, c in members.iterrows():
            rows.append({
                "group": number, "category": g.category, "counted": counted, "figures": figures,
                "articles": members["article"].nunique(), "finding": finding, "notes": notes,
                **{col: c[col] for col in CLAIM_COLUMNS},
            })
        del first
    return pd.DataFrame(rows, columns=GROUP_COLUMNS + CLAIM_COLUMNS)


def agreement_matrix(groups: pd.DataFrame) -> pd.DataFrame:
    """Figure groups × articles: the value each article gives (empty where it gives none).

    >>> agreement_matrix(figure_groups(pd.DataFrame(columns=CLAIM_COLUMNS + ["category"]))).shape
    (0, 3)
    """
    articles = sorted(groups["article"].unique()) if len(groups) else []
    out = []
    for number, g in groups.groupby("group", sort=True):
        row = {"group": number, "counted": g["counted"].iloc[0], "finding": g["finding"].iloc[0]}
        for a in articles:
            mine = g[g["article"] == a]
            row[a] = "; ".join(
                figure_text(lo, hi) + ("" if h == "exact" else f"\n({h.replace('_', ' ')})")
                for lo, hi, h in zip(mine["value_low"], mine["value_high"], mine["hedge"], strict=True)
            )
        out.append(row)
    return pd.DataFrame(out, columns=["group", "counted", "finding", *articles])


def derived_checks(claims: pd.DataFrame) -> pd.DataFrame:
    """Figures an analyst computes from the claims, with the arithmetic shown:
    shells (or rounds) per container where an article gives both, and the spread of the troop
    estimates (largest over smallest, vague counts left out)."""
    out = []
    for article, c in claims.groupby("article", sort=True):
        containers = c[c["category"] == "containers"]
        rounds = c[(c["category"] == "munitions") & c["unit"].isin(["shell", "round"])]
        if len(containers) and len(rounds):
            n_cont, n_rounds = containers.iloc[0], rounds.iloc[0]
            value = n_rounds["value_high"] / n_cont["value_high"]
            out.append({
                "check": f"{n_rounds['unit']}s per container", "article": article,
                "value": round(value, 1),
                "how": f"{_fmt(n_rounds['value_high'])} {n_rounds['unit']}s / "
                       f"{_fmt(n_cont['value_high'])} containers",
            })
    troops = claims[(claims["category"] == "troops") & (claims["hedge"] != "vague")
                    & (claims.get("unit", "") != "percent")]
    if len(troops) >= 2:
        hi, lo = troops.loc[troops["value_high"].idxmax()], troops.loc[troops["value_low"].idxmin()]
        out.append({
            "check": "largest / smallest troop estimate", "article": "all",
            "value": round(hi["value_high"] / lo["value_low"], 1),
            "how": f"{_fmt(hi['value_high'])} ({hi['article']}, {hi['claimant']}) / "
                   f"{_fmt(lo['value_low'])} ({lo['article']}, {lo['claimant']})",
        })
    return pd.DataFrame(out, columns=["check", "article", "value", "how"])
