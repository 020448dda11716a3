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
        return self.text


def count(n: int, singular: str, plural: str | None = None) -> str:
    """A number and its noun, in the right number.

    >>> count(1, "article"), count(3, "article"), count(2, "was", "were")
    ('1 article', '3 articles', '2 were')
    """
    return f"{n} {singular if n == 1 else plural or singular + 's'}"


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
    ok = articles[articles["status"] == "ok"]
    bad = articles[articles["status"] != "ok"]
    text = f"{count(len(articles), 'input')}: {count(len(ok), 'article')} loaded"
    if len(bad):
        reasons = "; ".join(f"{r.file or r.article}: {r.reason}" for r in bad.itertuples(index=False))
        text += f", {len(bad)} could not be read ({reasons})"
    repeats = int(sentences["repeat_of"].notna().sum())
    shared = int((sentences["also_in"].fillna("") != "").sum())
    text += (f". The articles hold {count(len(sentences), 'sentence')}; {repeats} "
             f"{_verb(repeats, 'repeats', 'repeat')} a passage of its own file and "
             f"{_verb(repeats, 'is', 'are')} counted once; {shared} {_verb(shared, 'is', 'are')} "
             "also in another file.")
    return Findings(text)


def claims_findings(claims: pd.DataFrame, articles: int) -> Findings:
    """What extraction found: claims per category (in the order of ``categories.csv``), how
    many are projected, hedged and unattributed, and the claimants named most often.

    >>> import pandas as pd
    >>> claims_findings(pd.DataFrame(columns=["article", "category"]), articles=2)
    0 claims from 0 of the 2 articles.
    """
    n = len(claims)
    by_category = claims["category"].value_counts()
    parts = [f"{int(by_category[c])} {c}" for c in lexicons.categories() if c in by_category]
    text = f"{count(n, 'claim')} from {claims['article'].nunique()} of the {count(articles, 'article')}"
    text += f": {', '.join(parts)}." if parts else "."
    if n:
        projected = int((claims["modality"] == "projected").sum())
        hedged = int((claims["hedge"] != "exact").sum())
        text += (f" {projected} {_verb(projected, 'is', 'are')} projected, {n - projected} reported; "
                 f"{hedged} {_verb(hedged, 'is', 'are')} hedged (not an exact figure).")
        text += " " + _claimant_findings(claims)
    return Findings(text)


def _claimant_findings(claims: pd.DataFrame) -> str:
    unattributed = int((claims["claimant"] == UNATTRIBUTED).sum())
    named = claims.loc[claims["claimant"] != UNATTRIBUTED, "claimant"].value_counts()
    top = sorted(named.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    text = (f"{count(unattributed, 'claim')} ({unattributed / len(claims):.0%}) "
            f"{_verb(unattributed, 'is', 'are')} unattributed")
    if top:
        text += "; the claimants named most often: " + ", ".join(f"{name} ({k})" for name, k in top)
    return text + "."
