"""What each article is: its outlet, publication date, title, url and a short unique label
("Yonhap · 2024-10-23") that charts and tables use instead of file ids; an article whose
outlet nothing names is labelled by its headline in quotes ("“Storm rescue continues” ·
undated"), or "outlet unknown" when it has none.

Each fact is taken from the first place that gives it, in the order of ``FACT_ORDER``: the
sources manifest beside the raw folder (``sources.csv``), the file's own byline and headline,
the HTML page's metadata (``og:site_name``, ``article:published_time``), and last the file name.

>>> facts = article_facts("005_yonhap", manifest={"outlet": "Yonhap", "published": "2024-10-23"})
>>> facts.label, facts.published
('Yonhap · 2024-10-23', '2024-10-23')
>>> article_facts("a1", byline={"published": "19-Oct 10:44", "outlet": "bbc.com"}).label
'bbc.com · undated'
>>> article_facts("a2", byline={"title": "Storm rescue continues"}).label, article_facts("a3").label
('“Storm rescue continues” · undated', 'outlet unknown · undated')
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlparse

from claimtable import dates

#: Where an article's facts come from, most trusted first.
FACT_ORDER = ("manifest", "byline", "page metadata", "file name")
#: Outlet names longer than this are cut in labels (the sources table holds them whole).
LABEL_OUTLET_CHARS = 28
#: A label's first part when neither an outlet nor a headline is known.
UNKNOWN_OUTLET = "outlet unknown"


@dataclass(frozen=True)
class ArticleFacts:
    """An article's facts as charts and tables show them.

    >>> ArticleFacts("a", "AP", "2024-10-23", "Troops", "", "AP · 2024-10-23").label
    'AP · 2024-10-23'
    """

    article: str
    outlet: str
    published: str  # YYYY-MM-DD or YYYY-MM when it could be read, else as written
    title: str
    url: str
    label: str


def _first(fact: str, *places: dict[str, str] | None) -> str:
    for place in places:
        value = " ".join(str((place or {}).get(fact) or "").split())
        if value:
            return value
    return ""


def short_outlet(outlet: str) -> str:
    """An outlet as a label shows it: asides in brackets dropped, a web address reduced to
    its host, long names cut.

    >>> short_outlet("bbc.com (credited by a repost)"), short_outlet("https://www.kyivindependent.com/x")
    ('bbc.com', 'kyivindependent.com')
    """
    outlet = re.sub(r"\s*[(\[].*?[)\]]", "", outlet).strip()
    if "://" in outlet:
        outlet = urlparse(outlet).netloc
    outlet = outlet.removeprefix("www.")
    if len(outlet) > LABEL_OUTLET_CHARS:
        outlet = outlet[: LABEL_OUTLET_CHARS - 1].rstrip() + "…"
    return outlet


def normalise_published(text: str) -> str:
    """A publication date as ``YYYY-MM-DD`` / ``YYYY-MM`` when it can be read, else as written.

    >>> normalise_published("Oct. 19, 2024"), normalise_published("19-Oct 10:44")
    ('2024-10-19', '19-Oct 10:44')
    """
    parsed = dates.parse_published(text)
    return str(parsed) if parsed else text


def article_facts(article: str, *, manifest: dict[str, str] | None = None,
                  byline: dict[str, str] | None = None,
                  page: dict[str, str] | None = None) -> ArticleFacts:
    """One article's facts from the manifest row, the file's byline (``outlet``,
    ``published``, ``title``) and the page's metadata, in ``FACT_ORDER``; the label is not
    yet unique (``unique_labels`` makes it so).

    >>> article_facts("x", page={"outlet": "Kyiv Herald", "published": "2024-10-22T08:00:00+03:00"}).label
    'Kyiv Herald · 2024-10-22'
    """
    outlet = _first("outlet", manifest, byline, page)
    url = _first("url", manifest, page)
    if not outlet and url:
        outlet = urlparse(url).netloc
    published = normalise_published(_first("published", manifest, byline, page))
    # a byline date without a year ("19-Oct") says less than a dated page: prefer the page's
    if not dates.parse_published(published) and dates.parse_published(_first("published", page)):
        published = normalise_published(_first("published", page))
    title = _first("title", manifest, byline, page)
    when = published if dates.parse_published(published) else "undated"
    label = f"{short_outlet(outlet) or untold_outlet(title)} · {when}"
    return ArticleFacts(article, outlet, published, title, url, label)


def untold_outlet(title: str) -> str:
    """What a label shows of an article whose outlet nothing names: its headline in quotes,
    cut as an outlet is, else the words "outlet unknown" (never the file id: README, "Charts
    and tables name articles by their label").

    >>> untold_outlet("Storm rescue continues"), untold_outlet("")
    ('“Storm rescue continues”', 'outlet unknown')
    >>> untold_outlet("Troops Reach the Varno Border at Dawn")
    '“Troops Reach the Varno Bord…”'
    >>> untold_outlet("Skip to main content")
    'outlet unknown'
    """
    if not names_article(title):
        return UNKNOWN_OUTLET
    if len(title) > LABEL_OUTLET_CHARS:
        title = title[: LABEL_OUTLET_CHARS - 1].rstrip() + "…"
    return f"“{title}”"


#: The fewest words a title must have to name its article in a label ("Latest News", "Headline",
#: "Free Trial": a page's section or button, not its headline).
HEADLINE_WORDS = 3
#: Characters a title mis-decoded from another encoding is made of ("91³Ô¹ÏÍø"): Latin-1's
#: accented capitals and signs, which a headline in any language written in Latin letters uses
#: one or two at a time.
_MISDECODED = re.compile(r"[\u00a0-\u00bf\u00c0-\u00df\u00f7]")


def reads_as_headline(title: str) -> bool:
    """Whether a title read from a page can name its article in a label: at least
    ``HEADLINE_WORDS`` words of letters, not page furniture (``load.is_furniture_line``: "Skip to
    main content"), not a byline ("By Jo Lee, CNN"), a date or a reading of the weather ("22.7
    C"), not mis-decoded text.

    >>> [reads_as_headline(t) for t in ("Ecuador prison riot leaves 43 dead", "Latest News",
    ...  "By Palestine Chronicle Staff", "May 8, 2025", "22.7 C", "91³Ô¹ÏÍø", "Skip to main content")]
    [True, False, False, False, False, False, False]
    """
    from claimtable.load import is_furniture_line

    words = re.findall(r"[^\W\d_]{2,}", title)
    return (len(words) >= HEADLINE_WORDS
            and not re.match(r"By\s+[A-Z]", title)
            and dates.parse_published(title) is None
            and len(_MISDECODED.findall(title)) <= max(2, len(title) // 10)
            and not is_furniture_line(title))


#: A date written in figures with dots or slashes ("17.03.2019", "2023/11/10"), which
#: ``dates.parse_published`` leaves to the page's own metadata.
_FIGURE_DATE = re.compile(r"(?:\d{1,2}[./]\d{1,2}[./]\d{4}|\d{4}[./]\d{1,2}[./]\d{1,2})\b")
#: What ends or opens a line of a page's menus and records, never a headline: a separator
#: ("Date: 2023/11/10 | File Size: 196.73 MB |", "May 14. (EUROPA PRESS) –"), a path
#: ("Admin » Appearance »"), a list's bullet or number ("• Share on Google +", "3. Skip to
#: secondary content").
_RECORD_LINE = re.compile(r"^\s*(?:[•·▪►»]|\d{1,2}\.\s)|[|–—»/-]\s*$|\s»\s")


def stamps_the_page(line: str) -> bool:
    """Whether a line stamps a page rather than heads it: a word or two, then a date with its
    year ("Posted on Jun 7, 2007 in Front Page Features", "Published on 17.03.2019 at 21h54 by
    AFP", "Date: 2023/11/10 | File Size ..."), or a line a separator, a path or a bullet marks
    as a record or a menu item. A headline that opens with its date ("14 June 1982 - end of the
    Falklands War") is no stamp.

    >>> [stamps_the_page(t) for t in ("Posted on Jun 7, 2007 in Carlo D'Este, Front Page Features",
    ...  "Published on 17.03.2019 at 21h54 by AFP", "Date: 2023/11/10 | File Size: 196.73 MB |",
    ...  "May 14. (EUROPA PRESS) –", "• Share on Google +", "Go to Admin » Appearance » Widgets",
    ...  "3. Skip to secondary content", "14 June 1982 - end of the Falklands War", "Attack on 7 October kills 12")]
    [True, True, True, True, True, True, True, False, False]
    """
    if _RECORD_LINE.search(line):
        return True
    words = line.split()
    for skip in (1, 2):
        if not all(w.rstrip(":").isalpha() for w in words[:skip]):  # a word or two of letters first
            break
        rest = " ".join(words[skip:skip + 3])
        if _FIGURE_DATE.match(rest) or any(
                re.search(r"\d{4}", " ".join(words[skip:skip + n]))
                and dates.parse_published(" ".join(words[skip:skip + n]).strip(",.:|")) is not None
                for n in (1, 2, 3)):
            return True
    return False


def names_article(title: str) -> bool:
    """Whether a title can name its article in a label: it reads as a headline
    (``reads_as_headline``) and does not stamp the page (``stamps_the_page``).

    >>> names_article("Two Days to Remember"), names_article("Posted on Jun 7, 2007 in Front Page Features")
    (True, False)
    """
    return reads_as_headline(title) and not stamps_the_page(title)


def unique_labels(labels: Iterable[str]) -> list[str]:
    """Labels made unique in order: a repeated label gets ``#2``, ``#3``...

    >>> unique_labels(["Yonhap · 2024-10-23", "AP · 2024-10-24", "Yonhap · 2024-10-23"])
    ['Yonhap · 2024-10-23', 'AP · 2024-10-24', 'Yonhap · 2024-10-23 #2']
    """
    seen: dict[str, int] = {}
    out = []
    for label in labels:
        seen[label] = seen.get(label, 0) + 1
        out.append(label if seen[label] == 1 else f"{label} #{seen[label]}")
    return out
