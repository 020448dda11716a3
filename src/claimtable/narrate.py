"""What a notebook found, in sentences computed from its tables: the notebooks state their
findings ("2 articles, 13 claims, 0 unattributed"), never numbers typed by hand.

>>> import pandas as pd
>>> claims = pd.DataFrame({"article": ["a", "a", "b"], "category": ["troops", "troops", "munitions"],
...                        "claimant": ["NIS", "unattributed", "NIS"], "hedge": ["exact", "range", "exact"],
...                        "modality": ["reported", "projected", "reported"]})
>>> print(claims_findings(claims, articles=3))
3 claims from 2 of the 3 articles: 2 troops, 1 munitions. 1 is projected, 2 reported; 1 is hedged (not an exact figure). 1 claim (33%) is unattributed; the claimants named most often: NIS (2).
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import TYPE_CHECKING

from claimtable import lexicons
from claimtable.contract import UNATTRIBUTED

if TYPE_CHECKING:
    import pandas as pd


@dataclass(frozen=True)
class Findings:
    """Sentences that show as Markdown in a notebook and as plain text everywhere else.

    >>> Findings("2 articles.")
    2 articles.
    """

    text: str

    def __repr__(self) -> str:
        return self.text

    def _repr_markdown_(self) -> str:
        return html.escape(self.text, quote=False)  # names come from the sources: text, not markup


def count(n: int, singular: str, plural: str | None = None) -> str:
    """A number and its noun, in the right number.

    >>> count(1, "article"), count(3, "article"), count(2, "was", "were"), count(1200, "claim")
    ('1 article', '3 articles', '2 were', '1,200 claims')
    """
    return f"{n:,} {singular if n == 1 else plural or singular + 's'}"


def _verb(n: int, singular: str, plural: str) -> str:
    return singular if n == 1 else plural


def load_findings(articles: pd.DataFrame, sentences: pd.DataFrame) -> Findings:
    """What loading the raw folder found: files read and not, sentences, repeated passages.

    >>> import pandas as pd
    >>> articles = pd.DataFrame({"article": ["a", "b"], "file": ["a.txt", "b.png"],
    ...                          "status": ["ok", "error"], "reason": ["", "not a text file"]})
    >>> sentences = pd.DataFrame({"article": ["a", "a"], "repeat_of": [None, 0], "also_in": ["", ""]})
    >>> load_findings(articles, sentences)
    2 inputs: 1 article loaded, 1 could not be read (b.png: not a text file). The articles hold 2 sentences; 1 repeats a passage of its own file and is counted once; 0 are also in another file.
    """
    return load_text_findings(articles, len(sentences), int(sentences["repeat_of"].notna().sum()),
                              int((sentences["also_in"].fillna("") != "").sum()))


def load_text_findings(articles: pd.DataFrame, sentences: int, repeats: int, shared: int) -> Findings:
    """``load_findings`` from the sources table and the counts of sentences, of those that
    repeat a passage of their own file and of those also in another file.

    >>> import pandas as pd
    >>> load_text_findings(pd.DataFrame({"article": ["a"], "file": ["a.txt"], "status": ["ok"],
    ...                                  "reason": [""]}), 3, 0, 1).text.split(". ")[1]
    'The articles hold 3 sentences; 0 repeat a passage of its own file and are counted once; 1 is also in another file.'
    """
    ok = articles[articles["status"] == "ok"]
    bad = articles[articles["status"] != "ok"]
    text = f"{count(len(articles), 'input')}: {count(len(ok), 'article')} loaded"
    if len(bad):
        reasons = "; ".join(f"{r.file or r.article}: {r.reason}" for r in bad.itertuples(index=False))
        text += f", {len(bad)} could not be read ({reasons})"
    text += (f". The articles hold {count(sentences, 'sentence')}; {repeats} "
             f"{_verb(repeats, 'repeats', 'repeat')} a passage of its own file and "
             f"{_verb(repeats, 'is', 'are')} counted once; {shared} {_verb(shared, 'is', 'are')} "
             "also in another file.")
    return Findings(text)


@dataclass(frozen=True)
class ClaimCounts:
    """What ``claims_findings`` says, as numbers: counted from the claims in memory
    (``claim_counts``) or with SQL (``extracted.DatasetClaims``); the sentences are the same.

    >>> ClaimCounts(claims=2, articles=3, with_claims=1, by_category={"troops": 2}, projected=0,
    ...             hedged=1, unattributed=0, top_claimants=[("NIS", 2)]).hedged
    1
    """

    claims: int
    articles: int  # articles in the sentences table
    with_claims: int  # distinct articles among the claims
    by_category: dict[str, int]
    projected: int
    hedged: int  # hedge other than exact
    unattributed: int
    top_claimants: list[tuple[str, int]]  # the three named most often, most first, then by name


def claim_counts(claims: pd.DataFrame, articles: int) -> ClaimCounts:
    """The counts of ``claims_findings`` from the claims table.

    >>> import pandas as pd
    >>> c = claim_counts(pd.DataFrame({"article": ["a", "b"], "category": ["troops"] * 2,
    ...                                "modality": ["reported"] * 2, "hedge": ["exact", ""],
    ...                                "claimant": ["NIS", "NIS"]}), articles=4)
    >>> c.with_claims, c.hedged, c.top_claimants
    (2, 1, [('NIS', 2)])
    """
    by_category = claims["category"].value_counts()
    named = claims.loc[claims["claimant"] != UNATTRIBUTED, "claimant"].value_counts() if len(claims) else {}
    return ClaimCounts(
        claims=len(claims), articles=articles, with_claims=int(claims["article"].nunique()),
        by_category={str(k): int(v) for k, v in by_category.items()},
        projected=int((claims["modality"] == "projected").sum()) if len(claims) else 0,
        hedged=int((claims["hedge"] != "exact").sum()) if len(claims) else 0,
        unattributed=int((claims["claimant"] == UNATTRIBUTED).sum()) if len(claims) else 0,
        top_claimants=sorted(((str(k), int(v)) for k, v in dict(named).items()),
                             key=lambda kv: (-kv[1], kv[0]))[:3])


def claims_findings(claims: pd.DataFrame, articles: int) -> Findings:
    """What extraction found: claims per category (in the order of ``categories.csv``), how
    many are projected, hedged and unattributed, and the claimants named most often.

    >>> import pandas as pd
    >>> claims_findings(pd.DataFrame(columns=["article", "category"]), articles=2)
    0 claims from 0 of the 2 articles.
    """
    return claims_text(claim_counts(claims, articles))


def claims_text(c: ClaimCounts) -> Findings:
    """The sentences of ``claims_findings`` from its counts.

    >>> claims_text(ClaimCounts(4, 3, 2, {"troops": 4}, 1, 0, 4, []))
    4 claims from 2 of the 3 articles: 4 troops. 1 is projected, 3 reported; 0 are hedged (not an exact figure). 4 claims (100%) are unattributed.
    """
    n = c.claims
    parts = [f"{c.by_category[k]} {k}" for k in lexicons.categories() if k in c.by_category]
    text = f"{count(n, 'claim')} from {c.with_claims} of the {count(c.articles, 'article')}"
    text += f": {', '.join(parts)}." if parts else "."
    if n:
        text += (f" {c.projected} {_verb(c.projected, 'is', 'are')} projected, {n - c.projected} reported; "
                 f"{c.hedged} {_verb(c.hedged, 'is', 'are')} hedged (not an exact figure).")
        text += (f" {count(c.unattributed, 'claim')} ({c.unattributed / n:.0%}) "
                 f"{_verb(c.unattributed, 'is', 'are')} unattributed")
        if c.top_claimants:
            text += "; the claimants named most often: " + ", ".join(f"{name} ({k})" for name, k in c.top_claimants)
        text += "."
    return Findings(text)


@dataclass(frozen=True)
class CollectionCounts:
    """What ``collection_findings`` says, as numbers: counted from the tables in memory
    (``collection_counts``) or with SQL (``summaries_duckdb``), the sentences are the same.

    >>> CollectionCounts(articles=2, outlets=1, first_date="2024-10-01", last_date="2024-10-01",
    ...                  undated=1, unreadable=0, claims=1, unattributed=1, named=0).claims
    1
    """

    articles: int  # loaded (status ok)
    outlets: int  # distinct outlets of the loaded articles
    first_date: str  # earliest publication date that parses ("" when none)
    last_date: str
    undated: int  # loaded articles without a date that parses
    unreadable: int  # files or rows that could not be read
    claims: int
    unattributed: int
    named: int  # distinct claimants other than unattributed
    without_outlet: int = 0  # loaded articles whose sources row names no outlet


def collection_counts(articles: pd.DataFrame, claims: pd.DataFrame) -> CollectionCounts:
    """The counts of ``collection_findings`` from the sources table and the claims' claimants.

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article": ["a", "b"], "outlet": ["AP", ""], "published": ["2024-10", "x"],
    ...                      "status": ["ok", "ok"]})
    >>> c = collection_counts(arts, pd.DataFrame({"claimant": ["NIS", "unattributed"]}))
    >>> c.outlets, c.first_date, c.undated, c.unattributed, c.named
    (1, '2024-10', 1, 1, 1)
    >>> c.without_outlet
    1
    """
    from claimtable.dates import parse_published

    ok = articles[articles["status"] == "ok"]
    dated = sorted(str(d) for d in ok["published"] if parse_published(str(d)))
    return CollectionCounts(
        articles=len(ok), outlets=len({o for o in ok["outlet"] if o}),
        first_date=dated[0] if dated else "", last_date=dated[-1] if dated else "",
        undated=len(ok) - len(dated), unreadable=len(articles) - len(ok), claims=len(claims),
        unattributed=int((claims["claimant"] == UNATTRIBUTED).sum()),
        named=int(claims.loc[claims["claimant"] != UNATTRIBUTED, "claimant"].nunique()),
        without_outlet=int((ok["outlet"].fillna("").astype(str) == "").sum()))


def collection_findings(articles: pd.DataFrame, claims: pd.DataFrame) -> Findings:
    """What the collection is, in sentences computed from the sources and claims tables.

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article": ["a", "b"], "outlet": ["AP", "AP"], "published": ["2024-10-01", ""],
    ...                      "status": ["ok", "ok"]})
    >>> cl = pd.DataFrame({"article": ["a"], "claimant": ["unattributed"]})
    >>> collection_findings(arts, cl).text.split('. ')[0]
    '2 articles from 1 outlet, published 2024-10-01 – 2024-10-01 (1 undated)'
    """
    return collection_text(collection_counts(articles, claims))


def collection_text(c: CollectionCounts) -> Findings:
    """The sentences of ``collection_findings`` from its counts.

    >>> collection_text(CollectionCounts(3, 2, "2024-10-01", "2024-11-02", 0, 1, 10, 5, 4))
    3 articles from 2 outlets, published 2024-10-01 – 2024-11-02. They make 10 claims by 4 named claimants; 5 name nobody (50%). 1 input could not be read (a file or an archive's row; see Sources).

    Articles whose sources row names no outlet are counted as such, not folded into the outlets:

    >>> collection_text(CollectionCounts(2, 1, "2024-10-01", "2024-10-01", 0, 0, 3, 0, 2, without_outlet=1)).text.split(". ")[0]
    '2 articles from 1 outlet (1 with no outlet named), published 2024-10-01 – 2024-10-01'
    >>> collection_text(CollectionCounts(7, 0, "", "", 7, 0, 3, 0, 2, without_outlet=7)).text.split(". ")[0]
    '7 articles with no outlet named, none dated'
    >>> collection_text(CollectionCounts(2, 1, "2024-10-01", "2024-10-02", 0, 0, 12, 1, 4)).text.split(". ")[1]
    'They make 12 claims by 4 named claimants; 1 names nobody (8%).'
    """
    dated = bool(c.first_date)
    span = f"published {c.first_date} – {c.last_date}" if dated else "none dated"
    if not c.outlets:
        source = " with no outlet named" if c.articles else ""
    else:
        source = f" from {count(c.outlets, 'outlet')}"
        if c.without_outlet:
            source += f" ({c.without_outlet:,} with no outlet named)"
    first = (f"{count(c.articles, 'article')}{source}, {span}"
             + (f" ({c.undated:,} undated)." if c.undated and dated else "."))
    share = f" ({c.unattributed / c.claims:.0%})" if c.claims else ""
    second = (f"They make {count(c.claims, 'claim')} by {count(c.named, 'named claimant')}; "
              f"{c.unattributed:,} {'names' if c.unattributed == 1 else 'name'} nobody{share}.")
    what = "a file or an archive's row" if c.unreadable == 1 else "files or an archive's rows"
    bad = [f"{count(c.unreadable, 'input')} could not be read ({what}; see Sources)."] if c.unreadable else []
    return Findings(" ".join([first, second, *bad]))


def differs_count(extracted: pd.DataFrame) -> int:
    """How many estimates have a relay that changed what the claimant said.

    >>> import pandas as pd
    >>> differs_count(pd.DataFrame({"relay_differs": ["", "hedge: 1 of 2 relays"]}))
    1
    """
    return int((extracted["relay_differs"] != "").sum())


def comparison_findings(estimates: pd.DataFrame, agreement: pd.DataFrame) -> Findings:
    """What the comparison found, in sentences computed from the estimates and the figure
    groups.

    >>> import pandas as pd
    >>> est = pd.DataFrame({"origin": ["extracted", "extracted", "hand-coded"], "relays": [3, 1, 1],
    ...                     "relay_differs": ["hedge: 1 of 3 relays", "", ""],
    ...                     "ledger_check": ["matches the ledger", "not in the ledger", ""]})
    >>> grp = pd.DataFrame({"finding": ["agree", "value differs", "only in X"]})
    >>> comparison_findings(est, grp).text.split('; 1 is')[0]
    '2 estimates (what a claimant said, however many articles relay it)'

    A ledger that no estimate meets (another story's) is pointed out:

    >>> est["ledger_check"] = ["not in the ledger", "not in the ledger", ""]
    >>> comparison_findings(est, grp).text.split("it. ")[-1][:43]
    'No estimate shares a claimant and measure w'
    """
    extracted = estimates[estimates["origin"] == "extracted"]
    coded = estimates[estimates["origin"] == "hand-coded"]
    relayed = int((extracted["relays"] > 1).sum())
    import pandas as pd

    copied = int((pd.to_numeric(extracted["copies"], errors="coerce").fillna(0) > 0).sum()
                 if "copies" in extracted else 0)
    wire = (f"; {copied:,} {'is' if copied == 1 else 'are'} printed word for word by more than one "
            "outlet (one wire passage, counted once)" if copied else "")
    out = [f"{count(len(extracted), 'estimate')} (what a claimant said, however many articles "
           f"relay it); {relayed:,} {'is' if relayed == 1 else 'are'} relayed by more than one "
           f"independent report{wire}; and {differs_count(extracted):,} "
           f"{'has' if differs_count(extracted) == 1 else 'have'} a relay that changed "
           "its hedge, value or measure."]
    findings = agreement["finding"].astype(str)
    only = int(findings.str.startswith("only in").sum())
    agree = int((findings == "agree").sum())
    value = int(findings.str.contains("value differs").sum())
    out.append(f"{count(len(agreement), 'figure group')} across articles: {agree:,} agree, "
               f"{value:,} differ in value, {len(agreement) - agree - value - only:,} differ "
               f"otherwise (claimant, hedge or unit), {only:,} are in one article only.")
    if len(coded):
        checks = extracted["ledger_check"].value_counts()
        match, differ, absent = (int(checks.get(k, 0)) for k in
                                 ("matches the ledger", "differs from the ledger", "not in the ledger"))
        out.append(f"Against the hand-coded ledger ({count(len(coded), 'row')}): "
                   f"{count(match, 'estimate matches', 'estimates match')} it, "
                   f"{count(differ, 'differs', 'differ')} from it, "
                   f"{count(absent, 'is', 'are')} not in it.")
        if absent and not match and not differ:
            # the shipped ledger is of one story: on another, its rows only crowd the charts
            out.append("No estimate shares a claimant and measure with the ledger: if these "
                       "articles are about another story, give its own ledger or none "
                       "(`claimtable report … --ledger ''`).")
    return Findings(" ".join(out))


def chart_findings(estimates: pd.DataFrame) -> Findings:
    """What the charts draw, in sentences computed from the estimates.

    >>> import pandas as pd
    >>> est = pd.DataFrame({"origin": ["extracted", "hand-coded"], "claimant": ["X", "Y"],
    ...                     "as_of": ["2024-10-19", "2024-11"]})
    >>> chart_findings(est)
    The charts draw 1 extracted estimate by 1 claimant and 1 hand-coded ledger row, dated 2024-10-19 to 2024-11.

    The ledger's rows about other dates than the articles' are left out, and counted:

    >>> chart_findings(est.assign(as_of=["2024-10-19", "2026-03"]))
    The charts draw 1 extracted estimate by 1 claimant, dated 2024-10-19 to 2024-10-19; of the ledger's 1 hand-coded row, 0 are about the articles' dates (± 31 days): the rest are only in the ledger table.
    """
    from claimtable.charts import LEDGER_MARGIN_DAYS, ledger_in_view

    all_coded = int((estimates["origin"] == "hand-coded").sum())
    estimates = ledger_in_view(estimates).rows
    extracted = estimates[estimates["origin"] == "extracted"]
    coded = len(estimates) - len(extracted)
    dated = sorted(str(d) for d in estimates["as_of"] if str(d or ""))
    span = f", dated {dated[0]} to {dated[-1]}" if dated else ""
    ledger = f" and {count(coded, 'hand-coded ledger row')}" if coded else ""
    if coded < all_coded:
        ledger = ""
        span += (f"; of the ledger's {count(all_coded, 'hand-coded row')}, {coded:,} "
                 f"{'is' if coded == 1 else 'are'} about the articles' dates (± {LEDGER_MARGIN_DAYS} days): "
                 "the rest are only in the ledger table")
    return Findings(f"The charts draw {count(len(extracted), 'extracted estimate')} by "
                    f"{count(extracted['claimant'].nunique(), 'claimant')}{ledger}{span}.")
