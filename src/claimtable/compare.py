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
MEMBER_COLUMNS = ["article", "value_low", "value_high", "hedge", "modality", "unit", "status",
                 "claimant", "claimant_phrase", "place", "time_ref", "sentence", "start", "end"]


@dataclass
class _Group:
    category: str
    status: str
    low: float  # the first member's bounds, which later members are compared with
    high: float
    members: list[int] = field(default_factory=list)  # positions in the claims list
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


def _score(g: _Group, status: str, low: float, high: float) -> int:
    same_status = g.status == status and status != ""
    if same_status and _overlap(g.low, g.high, low, high):
        return 3
    if g.low == low and g.high == high:
        return 2
    if same_status and _comparable(g.low, g.high, low, high):
        return 1
    return 0


def _assign(records: list[dict]) -> list[_Group]:
    """Figure groups, built article by article: a claim joins the best group of earlier
    articles, so that one article never fills a group twice and a long article costs no more
    than its own claims."""
    groups: list[_Group] = []
    by_category: dict[str, list[_Group]] = {}
    article, pending = None, []
    for pos, c in enumerate(records):
        if c["article"] != article:
            for g in pending:
                by_category.setdefault(g.category, []).append(g)
            article, pending = c["article"], []
        status = _base_status(c["status"])
        low, high = float(c["value_low"]), float(c["value_high"])
        best, best_score = None, 0
        for g in by_category.get(c["category"], ()):
            if article in g.articles:
                continue
            score = _score(g, status, low, high)
            if score > best_score:
                best, best_score = g, score
        if best is None:
            best = _Group(c["category"], status, low, high)
            groups.append(best)
            pending.append(best)
        best.members.append(pos)
        best.articles.add(article)
    return groups


def _finding(members: list[dict]) -> tuple[str, str]:
    articles = {m["article"] for m in members}
    if len(articles) == 1:
        return f"only in {members[0]['article']}", ""
    differs = []
    for what in DIFFERENCES:
        if what == "value":
            values = {(m["value_low"], m["value_high"]) for m in members}
        else:
            values = {m[what] for m in members}
        if len(values) > 1:
            differs.append(f"{what} differs")
    dated = [m for m in members if m["time_ref"]]
    notes = []
    if 0 < len(dated) < len(members):
        notes += [f"only {m['article']} gives a time: {m['time_ref']}" for m in dated]
    if len({m["modality"] for m in members}) > 1:
        notes.append("reported in one source, projected in another")
    return ("; ".join(differs) or "agree"), "; ".join(notes)


def figure_groups(claims: pd.DataFrame) -> pd.DataFrame:
    """One row per claim, with its figure group and the group's finding; groups are numbered
    in the order their first claim appears (articles sorted by id)."""
    order = ["article", "start"] if "start" in claims else ["article"]
    claims = claims.sort_values(order, kind="stable").reset_index(drop=True)
    for col in MEMBER_COLUMNS:
        if col not in claims:
            claims[col] = ""
    records = claims[[*MEMBER_COLUMNS, "category"]].fillna("").to_dict("records")
    rows = []
    for number, g in enumerate(_assign(records), start=1):
        members = [records[i] for i in g.members]
        finding, notes = _finding(members)
        counted = f"{g.category}: {members[0]['status'] or 'figure'}"
        figures = " / ".join(dict.fromkeys(figure_text(m["value_low"], m["value_high"]) for m in members))
        for m in members:
            rows.append({
                "group": number, "category": g.category, "counted": counted, "figures": figures,
                "articles": len(g.articles), "finding": finding, "notes": notes,
                **{col: m[col] for col in MEMBER_COLUMNS},
            })
    return pd.DataFrame(rows, columns=GROUP_COLUMNS + MEMBER_COLUMNS)


def agreement_matrix(groups: pd.DataFrame) -> pd.DataFrame:
    """Figure groups × articles: the value each article gives (empty where it gives none).

    >>> agreement_matrix(figure_groups(pd.DataFrame(columns=MEMBER_COLUMNS + ["category"]))).shape
    (0, 3)
    """
    articles = sorted(groups["article"].unique()) if len(groups) else []
    cells: dict[int, dict[str, list[str]]] = {}
    heads: dict[int, dict] = {}
    for r in groups.to_dict("records"):
        heads.setdefault(r["group"], {"group": r["group"], "counted": r["counted"],
                                      "finding": r["finding"]})
        hedge = "" if r["hedge"] == "exact" else f"\n({r['hedge'].replace('_', ' ')})"
        cells.setdefault(r["group"], {}).setdefault(r["article"], []).append(
            figure_text(r["value_low"], r["value_high"]) + hedge)
    out = [
        {**heads[n], **{a: "; ".join(cells[n].get(a, [])) for a in articles}}
        for n in sorted(heads)
    ]
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
