"""Load raw sources: decode them, separate page furniture from the body, split paragraphs and
sentences, and mark passages a file repeats.

Every offset this module reports points into the *decoded* text of the file (``Source.text``),
which is kept exactly as decoded: no newline translation, no whitespace folding.

>>> src = load_text("demo", "A Headline Here\\nFirst sentence. Second one.\\n")
>>> src.title
'A Headline Here'
>>> [s.text for s in src.sentences if s.role == "body"]
['First sentence.', 'Second one.']
"""

from __future__ import annotations

import csv
import re
import sys
import types
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

from claimtable import articles, lexicons, numbers, paths

if TYPE_CHECKING:  # pandas is imported where a table is built: `claimtable extract` never needs it
    import pandas as pd

#: File endings read as plain text, and those read as HTML (tags stripped with a real parser).
TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ""})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
#: Endings of news archives (JSON Lines, Parquet: ``archive``): read on their own, not as a
#: folder's articles.
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
PARQUET_SUFFIXES = frozenset({".parquet", ".pq"})

#: Columns of ``articles.csv`` and ``sentences.csv``, in order.
ARTICLE_COLUMNS = [
    "article", "label", "file", "title", "outlet", "url", "published", "language", "author", "section",
    "credited_outlet", "words", "paragraphs", "repeated_paragraphs", "sentences", "encoding",
    "status", "reason",
]
SENTENCE_COLUMNS = [
    "article", "paragraph", "sentence", "start", "end", "role", "text", "repeat_of", "also_in",
]
MANIFEST_COLUMNS = ["article", "title", "outlet", "url", "published", "language", "notes"]

#: A passage this short ("Read more.") is page furniture when repeated, not a repost.
MIN_REPEAT_WORDS = 6


class SourceError(Exception):
    """A raw file that cannot be turned into text; the message is the reason a user reads.

    >>> decode(b"\\x00\\x01binary\\x00")
    Traceback (most recent call last):
    ...
    claimtable.load.SourceError: binary file (contains NUL bytes)
    """


class ManifestError(ValueError):
    """A sources manifest that cannot be used: ``path`` and the ``reason`` a user reads.

    >>> str(ManifestError(Path("data/sources.csv"), "no column 'article'"))
    "sources.csv: no column 'article'"
    """

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path.name}: {reason}")
        self.path, self.reason = path, reason


@dataclass(frozen=True)
class Sentence:
    """One sentence of a source: ``text == source.text[start:end]``.

    >>> load_text("a", "First one. Second one.").sentences[1].text
    'Second one.'
    """

    article: str
    paragraph: int
    sentence: int
    start: int
    end: int
    role: str  # "title" or "body"
    text: str
    repeat_of: int | None = None  # the sentence number of the first copy in the same file
    also_in: str = ""  # "article:sentence" of the same passage in an earlier file


@dataclass
class Source:
    """A decoded source with its furniture parsed and its sentences split.

    >>> src = load_text("a", "Some 500 troops arrived. More came.")
    >>> src.ok, [s.text for s in src.sentences]
    (True, ['Some 500 troops arrived.', 'More came.'])
    """

    article: str
    file: str
    text: str = ""
    encoding: str = ""
    status: str = "ok"
    reason: str = ""
    title: str = ""
    author: str = ""
    published: str = ""
    section: str = ""
    credited_outlet: str = ""
    body_start: int = 0
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    #: Lines of page furniture inside the body ("Most Read" lists, "Advertisement"): not
    #: paragraphs, so no sentence or claim comes from them.
    furniture: list[tuple[int, int]] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    #: what an HTML page's ``<head>`` says of itself (``html_metadata``); empty for text files
    meta: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """Whether the file was read (``status == "ok"``)."""
        return self.status == "ok"


# --------------------------------------------------------------------------- decoding

#: Control characters (Unicode category Cc) that text does not use: not tab, line ends, form feed.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def _utf16_hint(sample: bytes) -> str:
    """What to do when NUL bytes are those of text in UTF-16 without a byte-order mark (every
    other byte NUL, none between): the file is not read (its byte order cannot be known for
    sure), but the user is told how to save it so it is.

    >>> _utf16_hint("Troops arrived.".encode("utf-16-le"))
    '; it looks like UTF-16 text without a byte-order mark: save it as UTF-8, or UTF-16 with a BOM'
    >>> _utf16_hint(b"\\x89PNG\\x00\\x00\\x00\\rIHDR")
    ''
    """
    for nuls, text in ((sample[1::2], sample[0::2]), (sample[0::2], sample[1::2])):
        if len(nuls) >= 4 and nuls.count(0) >= 0.9 * len(nuls) and text.count(0) <= 0.05 * len(text):
            return "; it looks like UTF-16 text without a byte-order mark: save it as UTF-8, or UTF-16 with a BOM"
    return ""


def decode(data: bytes) -> tuple[str, str]:
    """Decode raw bytes as UTF-8 (BOM or not), UTF-16 with a BOM, or cp1252 as a fallback.

    Returns the text and the encoding that worked; raises ``SourceError`` with the reason.

    >>> decode("naïve".encode("cp1252"))
    ('naïve', 'cp1252 (fallback: not valid UTF-8)')
    >>> decode(b"\\xef\\xbb\\xbfhi")
    ('hi', 'utf-8-sig')
    """
    if not data.strip():
        raise SourceError("empty file" if not data else "empty file (only white space)")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as e:
            raise SourceError(f"invalid UTF-16 after its byte-order mark ({e.reason})") from e
    if b"\x00" in data[:4096]:
        raise SourceError("binary file (contains NUL bytes)" + _utf16_hint(data[:4096]))
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data.decode("utf-8-sig"), "utf-8-sig"
        except UnicodeDecodeError as e:
            raise SourceError(f"invalid UTF-8 after its byte-order mark at byte {e.start}") from e
    try:
        text, encoding = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as e:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError as e2:
            raise SourceError(
                f"neither UTF-8 (bad byte at {e.start}) nor cp1252 (bad byte at {e2.start})"
            ) from e2
        encoding = "cp1252 (fallback: not valid UTF-8)"
    controls = len(_CONTROL.findall(text, 0, 4096))
    if controls > max(8, len(text[:4096]) // 20):
        raise SourceError("binary file (control characters, not text)")
    return text, encoding


#: HTML elements whose text is a block of its own: one line of the decoded text, one paragraph.
HTML_BLOCKS = ("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "blockquote", "title", "figcaption", "dt", "dd")
#: Containers whose blocks are the page's furniture (menus, side boxes, footers), never the
#: article's paragraphs, and the ARIA roles that say the same of any element.
HTML_FURNITURE = ("nav", "aside", "footer")
HTML_FURNITURE_ROLES = ("navigation", "complementary", "contentinfo", "search")


def _html_kind(el) -> str:
    """What an HTML block is: ``furniture`` (inside a menu, side box or footer), ``heading``
    (an ``<h1>``), ``caption`` (a ``<figcaption>``) or ``body``."""
    for up in [el, *el.parents]:
        if up.name in HTML_FURNITURE or str(up.get("role") or "").lower() in HTML_FURNITURE_ROLES:
            return "furniture"
    if el.name == "h1":
        return "heading"
    if el.name == "figcaption" or el.find_parent("figcaption") is not None:
        return "caption"
    return "body"


def html_page(html: str) -> tuple[str, tuple[str, ...]]:
    """Visible text of an HTML page, one block element per line (scripts and styles dropped),
    and what each line is (``_html_kind``): the loader makes each line a paragraph of its own,
    never a hard-wrapped sentence, and keeps the furniture's lines out of the body.

    >>> html_page("<nav><li>Home</li></nav><h1>T</h1><figure><figcaption>40 tents.</figcaption></figure><p>A.</p>")
    ('Home\\nT\\n40 tents.\\nA.', ('furniture', 'heading', 'caption', 'body'))
    """
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["script", "style", "noscript", "template", "head"]):
        tag.decompose()
    blocks = [
        (_html_kind(el), " ".join(el.get_text().split()))
        for el in soup.find_all(list(HTML_BLOCKS))
        if not el.find(["p", "li", "blockquote", "figcaption"])
    ]
    blocks = [(k, b) for k, b in blocks if b]
    if not blocks:  # a page without block elements: fall back to all visible text
        blocks = [("body", line.strip()) for line in soup.get_text("\n").splitlines() if line.strip()]
    return "\n".join(b for _, b in blocks), tuple(k for k, _ in blocks)


def html_to_text(html: str) -> str:
    """Visible text of an HTML page, one block element per line; scripts and styles dropped
    (``html_page``'s text: the decoded text that a page's offsets point into).

    >>> html_to_text("<h1>T</h1><script>x()</script><p>A <b>b</b>.</p>")
    'T\\nA b.'
    """
    return html_page(html)[0]


#: ``<meta>`` names and properties that say what a page is, by the article fact they give.
PAGE_METADATA = {
    "outlet": ("og:site_name", "application-name", "publisher", "article:publisher"),
    "published": ("article:published_time", "og:published_time", "datePublished", "date",
                  "pubdate", "dc.date", "dc.date.issued", "sailthru.date"),
    "title": ("og:title", "twitter:title", "dc.title"),
    "url": ("og:url",),
}


def html_metadata(html: str) -> dict[str, str]:
    """What a page's ``<head>`` says of itself: outlet, published, title and url, from the
    first ``<meta>`` that gives each (then ``<title>`` and the canonical link).

    >>> html_metadata('<head><meta property="og:site_name" content="Yonhap">'
    ...               '<meta property="article:published_time" content="2024-10-23T09:00:00+09:00">'
    ...               '<title>Seoul says</title></head><p>x</p>')
    {'outlet': 'Yonhap', 'published': '2024-10-23T09:00:00+09:00', 'title': 'Seoul says'}
    """
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    found: dict[str, str] = {}
    metas = {}
    for tag in soup.find_all("meta"):
        key = (tag.get("property") or tag.get("name") or tag.get("itemprop") or "").lower()
        value = " ".join(str(tag.get("content") or "").split())
        if key and value:
            metas.setdefault(key, value)
    for fact, keys in PAGE_METADATA.items():
        value = next((metas[k.lower()] for k in keys if k.lower() in metas), "")
        if value:
            found[fact] = value
    if "title" not in found and soup.title and soup.title.get_text(strip=True):
        found["title"] = " ".join(soup.title.get_text().split())
    link = soup.find("link", rel="canonical")
    if "url" not in found and link is not None and link.get("href"):
        found["url"] = str(link["href"]).strip()
    return found


# --------------------------------------------------------------------------- furniture

#: A month in a byline: its first three letters, then any letters ("Oct", "Oct.", "October").
_MONTH = rf"(?:{lexicons.alternation(lexicons.calendar().stems)})[a-z]*\.?"
_DATE = (
    rf"(?:\d{{1,2}}[-/ ]{_MONTH}(?:[-/ ,]+\d{{4}})?"  # 19-Oct, 19 October 2024
    rf"|{_MONTH}\s\d{{1,2}}(?:,\s?\d{{4}})?"  # Oct. 19, 2024
    r"|\d{4}-\d{2}-\d{2})"  # 2024-10-19
)
_BYLINE = re.compile(
    rf"""^(?:By\s+)?(?P<author>[^\s|•·,]+(?:\s[A-Z][\w.'-]+){{0,3}})\s*[|•·,-]?\s*
    (?P<date>{_DATE}),?\s*(?:[|•·-]\s*)?
    (?P<time>\d{{1,2}}:\d{{2}}(?:\s?[AaPp]\.?[Mm]\.?)?(?:\s?[A-Z]{{2,4}})?)?\s*(?:[|•·-]\s*)?
    (?P<counters>(?:\d+\s+(?:comments?\s+|views?\s+)?)*)
    (?P<tail>[^,|]*?(?:[A-Za-z0-9-]+\.)+[a-z]{{2,}}|[A-Z][\w&/ -]{{0,40}}$)?
    \s*[,|]?\s*""",
    re.VERBOSE,
)
_DOMAIN_END = re.compile(r"(?:[a-z0-9-]+\.)+[a-z]{2,}$")


@cache
def _known_outlet_domains() -> tuple[str, ...]:
    return tuple(sorted(lexicons.column("outlets", "domain"), key=len, reverse=True))


@cache
def _known_sections() -> tuple[str, ...]:
    return tuple(sorted(lexicons.column("sections", "section"), key=len, reverse=True))


def split_section_domain(tail: str) -> tuple[str, str]:
    """Split a byline's ``section`` + credited ``domain`` run, even when the two are glued.

    Known outlet domains are tried first, then known section names; otherwise the last
    dotted lower-case run is the domain.

    >>> split_section_domain("World / Videosbbc.com")
    ('World / Videos', 'bbc.com')
    >>> split_section_domain("Politics example.org")
    ('Politics', 'example.org')
    """
    tail = tail.strip()
    lowered = tail.lower()
    for domain in _known_outlet_domains():
        if lowered.endswith(domain):
            return tail[: -len(domain)].strip(" /|"), tail[-len(domain):]
    words = tail.split()
    last = words[-1] if words else ""
    for section in _known_sections():
        if last.startswith(section) and _DOMAIN_END.match(last[len(section):]):
            return " ".join([*words[:-1], section]).strip(" /|"), last[len(section):]
    match = _DOMAIN_END.search(tail)
    if match:
        return tail[: match.start()].strip(" /|"), match.group(0)
    return tail, ""


def _looks_like_title(line: str, more_follows: bool) -> bool:
    words = line.split()
    return (
        more_follows
        and 0 < len(words) <= 25
        and not re.search(r"[.!?;:,][\"'”’)]?\s*$", line)
        # title case ("North Korea Sends Troops") or sentence case, as wire services write
        # ("Ukraine says Russia lost 1,950 troops in a day"): it starts like a sentence
        and (words[0][:1].isupper() or words[0][:1].isdigit()
             or sum(w[:1].isupper() for w in words) >= max(1, len(words) // 3))
    )


@cache
def _furniture_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Regexes for furniture lines, their prefixes and teaser-list headers (lexicon
    ``furniture``)."""
    rows = lexicons.read_lexicon("furniture")
    by_kind = {kind: [r["phrase"] for r in rows if r["kind"] == kind] for kind in ("line", "prefix", "list")}
    end = r"[\s.!?:…]*$"
    return (
        re.compile(rf"\s*(?:{lexicons.alternation(by_kind['line'], fold_case=True)}){end}", re.I),
        re.compile(rf"\s*(?:©|(?:{lexicons.alternation(by_kind['prefix'], fold_case=True)})(?:\s*[:|–—-]|$))"
                   # a caption with a picture counter: "3/12 Soldiers ...", "Photo 2 of 9"
                   rf"|\s*\d{{1,2}}\s?(?:/|of)\s?\d{{1,2}}\s+[A-Z]"
                   # a teaser list's item counter glued to its headline: "- list 2 of 4Velka ..."
                   rf"|\s*(?:[-*•]\s*)?list\s\d{{1,2}}\sof\s\d{{1,2}}(?=\s*[A-Z‘“'\"])"
                   # a timeline item's age glued to its headline: "4h agoAid convoy reaches ..."
                   rf"|\s*\d{{1,2}}\s?(?:h|hr|min|m|d)\sago(?=[A-Z‘“'\"])"
                   # a scraper's dump of the page's data: "string(1100) \"[{\"id\":...", "[{\"title\":..."
                   rf"|\s*(?:string\(\d+\)\s*)?\"?\[\{{\""
                   # a feed's footer that names the post and the site it first ran on: "The post Ten
                   # guards killed in Tarn appeared first on Velm Daily."
                   rf"|\s*the\s+post\s+\S.{{0,300}}?\s+appeared\s+first\s+on\s+\S.{{0,80}}$", re.I),
        # a list header may follow the site's own label: "Military Aid: Latest News"
        re.compile(rf"\s*(?:[\w'’ -]{{1,40}}:\s*)?(?:{lexicons.alternation(by_kind['list'], fold_case=True)}){end}", re.I),
    )


def is_furniture_line(line: str) -> bool:
    """Whether a line alone is page furniture by the furniture lexicon (a ``line`` or ``prefix``
    row, or a teaser list's header), as ``split_furniture`` reads it; a numbered menu item
    ("1. Skip to navigation") too.

    >>> is_furniture_line("Skip to main content"), is_furniture_line("1. Skip to navigation"), is_furniture_line("Troops arrive")
    (True, True, False)
    """
    line_rx, prefix_rx, list_rx = _furniture_patterns()
    line = re.sub(r"^\s*\d{1,2}\.\s+", "", line)
    return bool(line_rx.fullmatch(line) or prefix_rx.match(line) or list_rx.fullmatch(line))


#: An item of a reading list: a source and a date, then a colon ("Velmar Post, 3 May 2023: ...").
_REFERENCE_ITEM = re.compile(rf"\s*[^\s.:,][^.:,\n]{{0,60}},\s*{_DATE}\s*:")


def _teaser(line: str) -> bool:
    """A line of a teaser list: a list item, a short headline without a full stop, or a
    reading list's source and date ("Velmar Post, 3 May 2023: Ostria counts its losses. ...").

    >>> _teaser("Velmar Post, 3 May 2023: The war's toll. A long review of 40 reports."), _teaser("Officials said 40 died.")
    (True, False)
    """
    return bool(_LIST_ITEM.match(line)) or (
        len(line.split()) <= 20 and not re.search(r"[.!?][\"'”’)]?\s*$", line)) or bool(_REFERENCE_ITEM.match(line))


#: A header "More" and a section's name in title case, one to three words ("More Conflict", "More
#: World News"): a teaser list's header when a list item follows it at once.
_MORE_OF_A_SECTION = re.compile(r"\s*More(?:\s+[A-Z][\w&'’-]*){1,3}\s*:?\s*")


def split_furniture(text: str, spans: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Paragraph ``spans`` split into the article's paragraphs and page furniture: a line the
    furniture lexicon names ("Advertisement", "Read more: ..."), or a teaser-list header
    ("Most Read", "Read also") with the teaser headlines under it.

    >>> t = "Troops arrived.\\nAdvertisement\\nMost Read\\n- 30,000 troops massed\\nMore news here."
    >>> body, furniture = split_furniture(t, [m.span() for m in re.finditer(".+", t)])
    >>> [t[s:e] for s, e in body], [t[s:e] for s, e in furniture]
    (['Troops arrived.', 'More news here.'], ['Advertisement', 'Most Read', '- 30,000 troops massed'])

    So is a header "More" and a section's name with a list item right under it, and a feed's
    footer that says where the post first ran:

    >>> t = "Troops arrived.\\nMore Border News\\n- Six guards die in Tarn\\nThe post Troops arrive appeared first on Velm Daily."
    >>> [t[s:e] for s, e in split_furniture(t, [m.span() for m in re.finditer(".+", t)])[0]]
    ['Troops arrived.']
    """
    line_rx, prefix_rx, list_rx = _furniture_patterns()
    body: list[tuple[int, int]] = []
    furniture: list[tuple[int, int]] = []
    in_list = False
    for k, (s, e) in enumerate(spans):
        line = text[s:e]
        if in_list and _teaser(line):
            furniture.append((s, e))
            continue
        in_list = bool(list_rx.fullmatch(line)) or (
            _MORE_OF_A_SECTION.fullmatch(line) is not None and k + 1 < len(spans)
            and _LIST_ITEM.match(text, spans[k + 1][0]) is not None)
        if in_list or line_rx.fullmatch(line) or prefix_rx.match(line):
            furniture.append((s, e))
        else:
            body.append((s, e))
    return body, furniture


#: How many short headlines in a row, with no list header above them, make a teaser list.
TEASER_RUN = 3
#: A headline has at most this many words: a longer line is prose (a lede cut off in mid-sentence too).
TEASER_WORDS = 20
#: How a line that is no headline ends: a sentence's stop, a colon, a closing quote or bracket.
_NO_HEADLINE_END = re.compile(r"[.!?:;…\"'”’)]\s*$")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]?\s*$")


def _teaser_headline(line: str) -> bool:
    """Whether a line reads as another story's headline: four to twenty words, opening with a
    capital or a digit, ending without a stop, colon or closing quote, no list item or tally.

    >>> _teaser_headline("Dam Burst Floods Three Villages In Ostria"), _teaser_headline("Officials said 40 died.")
    (True, False)
    """
    words = line.split()
    return (4 <= len(words) <= TEASER_WORDS and (line[:1].isupper() or line[:1].isdigit())
            and not _NO_HEADLINE_END.search(line) and not _LIST_ITEM.match(line)
            and not _TALLY_LINE.fullmatch(line))


def split_teaser_runs(text: str, paragraphs: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Paragraphs split into the article's and the lines of a teaser list that has no header:
    ``TEASER_RUN`` or more headlines in a row (``_teaser_headline``) after the report has begun
    (a paragraph that ends a sentence, or one too long for a headline, came before them). A
    headline, its deck and a dateline above the lede stay the article's.

    >>> t = "Guards died.\\nDam Burst Floods Three Villages\\nMinister Visits Port Of Tarn Today\\n40 Tanks Seen Near Border Town\\nMore came."
    >>> body, teasers = split_teaser_runs(t, [m.span() for m in re.finditer(".+", t)])
    >>> [t[s:e] for s, e in body], len(teasers)
    (['Guards died.', 'More came.'], 3)
    """
    body: list[tuple[int, int]] = []
    furniture: list[tuple[int, int]] = []
    begun = False
    i = 0
    while i < len(paragraphs):
        j = i
        while begun and j < len(paragraphs) and _teaser_headline(text[slice(*paragraphs[j])]):
            j += 1
        if j - i >= TEASER_RUN and _opens_next(text, paragraphs, j - 1):
            j -= 1  # the run's last line is the heading of the section below it, not a teaser
        if j - i >= TEASER_RUN:
            furniture += paragraphs[i:j]
            i = j
            continue
        body.append(paragraphs[i])
        begun = begun or bool(_SENTENCE_END.search(text, *paragraphs[i])) or len(
            text[slice(*paragraphs[i])].split()) > TEASER_WORDS
        i += 1
    return body, furniture


#: How much of the paragraph below a short line (characters) tells whether the line is its heading.
HEADING_REACH = 300
_HEADING_WORD = re.compile(r"[^\W\d_]{5,}")


def _opens_next(text: str, paragraphs: list[tuple[int, int]], k: int) -> bool:
    """Whether paragraph ``k`` (a short line) is the heading of the paragraph after it: that
    paragraph's opening takes up one of its words of five letters or more, in any case
    ("On day of bombings, over 12K evacuated" over "... some 12,500 people were evacuated"). A
    teaser list's headlines name other stories; a section's heading names what comes next.

    >>> t = "Dam Burst Floods Villages\\nMore evacuated overnight\\nSome 500 people were evacuated on Friday."
    >>> spans = [m.span() for m in re.finditer(".+", t)]
    >>> _opens_next(t, spans, 1), _opens_next(t, spans, 0)
    (True, False)
    """
    if k + 1 >= len(paragraphs):
        return False
    start = paragraphs[k + 1][0]
    below = text[start:min(paragraphs[k + 1][1], start + HEADING_REACH)]
    return shares_word(_HEADING_WORD.findall(text, *paragraphs[k]), below)


def shares_word(words: list[str], text: str) -> bool:
    """Whether any of ``words`` stands in ``text`` as a whole word, in any case (no words: no).
    The one test of a line against the text around it that ``_opens_next`` (a section's
    heading) and ``_foreign`` (a site's line above a headline) make.

    >>> shares_word(["evacuated"], "Some 500 were Evacuated."), shares_word(["vac"], "evacuated"), shares_word([], "x")
    (True, False, False)
    >>> shares_word(["state"], "the ſtate’s"), shares_word(["Kursk"], "in Kursk_1"), shares_word(["Zoë"], "ZOË said")
    (True, False, True)
    """
    if not words:
        return False
    if all(map(_ASCII_WORD.fullmatch, words)):
        return _shares_plain_word(words, text)
    return re.search(rf"(?<!\w)(?:{'|'.join(map(re.escape, words))})(?!\w)", text, re.I) is not None


#: A word of ASCII word characters only (letters, digits, "_"): every heading word but a few.
_ASCII_WORD = re.compile(r"[A-Za-z0-9_]+")


def _shares_plain_word(words: list[str], text: str) -> bool:
    """``shares_word`` for words of ASCII word characters (``_ASCII_WORD``), without compiling
    their pattern (about 0.2 ms a heading: some 550 headings of 556 real excerpts had one
    compiled each): the same answer. Why it is the same: under ``re.I`` a character of the text
    matches an ASCII word character exactly when ``numbers.fold_like_ignorecase`` folds it to
    that character in lower case, and that folding gives one character for each
    (``tests/test_load.py`` tries every code point); so the pattern's alternative ``w`` matches
    at ``i`` exactly when ``w.lower()`` stands at ``i`` in the folded text, and its
    ``(?<!\\w)``/``(?!\\w)`` read the characters of the text around it (``\\w``: ``str.isalnum``
    or "_"), which this reads too.

    >>> _shares_plain_word(["Evacuated", "floods"], "Some 500 were EVACUATED."), _shares_plain_word(["vac"], "evacuated")
    (True, False)
    """
    folded = numbers.fold_like_ignorecase(text)
    if len(folded) != len(text):  # never (every character folds to one): the pattern then
        return re.search(rf"(?<!\w)(?:{'|'.join(words)})(?!\w)", text, re.I) is not None
    for word in dict.fromkeys(w.lower() for w in words):
        at = folded.find(word)
        while at >= 0:
            end = at + len(word)
            if not (at and _word_character(text[at - 1])) and not (end < len(text) and _word_character(text[end])):
                return True
            at = folded.find(word, at + 1)
    return False


def _word_character(ch: str) -> bool:
    """Whether a character is one that the regex ``\\w`` matches in a text (``str.isalnum``
    or "_").

    >>> [_word_character(c) for c in "a_9é’ ²"]
    [True, True, True, True, False, False, True]
    """
    return ch.isalnum() or ch == "_"


# --------------------------------------------------------------------------- sentences


@cache
def _sentencizer():
    spacy = _spacy_without_its_cli()
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


#: The modules of spaCy's command line that ``import spacy`` loads for one name, ``spacy.info``.
_SPACY_CLI = ("spacy.cli", "spacy.cli.info")


def _spacy_without_its_cli() -> types.ModuleType:
    """``import spacy``, without its command line: ``spacy/__init__`` imports ``spacy.cli``
    for ``spacy.info`` alone, and with it some 370 modules (requests, typer, weasel and the
    CLI's commands), about 0.15–0.2 s of CPU of each process that splits a sentence with spaCy
    (a quarter of the import; 2–3 % of a run over real excerpts). They are stood in for while
    spaCy is imported, as ``nouns._inflect`` does for typeguard, then taken out, so that
    ``spacy.cli`` imports for real if anything asks for it later; ``spacy.info`` imports the
    real one when called. The same sentences: the tokenizer and the sentencizer are spaCy's
    own (the blank pipeline reads no command). A spaCy that needs more of its command line at
    import is imported whole.
    """
    if "spacy" in sys.modules or any(name in sys.modules for name in _SPACY_CLI):
        import spacy

        return spacy
    stand_ins = {name: types.ModuleType(name) for name in _SPACY_CLI}
    stand_ins["spacy.cli.info"].info = _spacy_info  # type: ignore[attr-defined]
    sys.modules.update(stand_ins)
    try:
        import spacy
    except ImportError:  # a spaCy that imports more of its command line: imported whole below
        sys.modules.pop("spacy", None)
    finally:
        for name in _SPACY_CLI:
            if sys.modules.get(name) is stand_ins[name]:
                del sys.modules[name]
    import spacy  # the module imported above, or else the whole of it

    return spacy


def _spacy_info(*args: object, **kwargs: object) -> object:
    """``spacy.info`` when spaCy was imported without its command line: the real one, imported now."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


@cache
def _abbreviations() -> frozenset[str]:
    return frozenset(lexicons.column("abbreviations", "abbreviation"))


@cache
def _titles() -> frozenset[str]:
    return frozenset(r["abbreviation"] for r in lexicons.read_lexicon("abbreviations") if r["title"] == "yes")


_LAST_WORD = re.compile(r"([A-Za-z][A-Za-z.]*)\.\s*$")


def _glue_false_breaks(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Undo breaks a punctuation splitter makes inside a sentence: before a lower-case word,
    or after a known abbreviation followed by a number ("No. 2", "Oct. 28")."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out:
            prev_start, prev_end = out[-1]
            nxt = text[start:end].lstrip("\"'“‘([")
            last = _LAST_WORD.search(text[prev_start:prev_end])
            after_abbrev = last is not None and last.group(1).lower() in _abbreviations()
            after_title = last is not None and last.group(1).lower() in _titles()
            if nxt[:1].islower() or (after_abbrev and nxt[:1].isdigit()) or (after_title and nxt[:1].isupper()):
                out[-1] = (prev_start, end)
                continue
        out.append((start, end))
    return out


def split_sentences(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` of one paragraph, shifted by ``offset``.

    Uses spaCy's rule-based sentencizer on its English tokenizer (no model download), which
    keeps "U.S.", "Mr.", "3.5" and closing quotes in place, plus the abbreviation lexicon.
    A paragraph whose every full stop plainly ends a sentence is split without spaCy, with the
    same result (most paragraphs of news; this is the hot path of ``claimtable extract``).
    Scraped pages that lost the space after a stop are split there too (``_split_glued_stops``:
    after a lower-case word, a short name in capitals or a whole number, "in May 2023.The"), as
    are headings glued to the next words (``_split_glued_words``) or set off by spaces only,
    and stops hidden by an encyclopaedia's reference marks ("killed.[27] The", ``_split_after_reference_marks``).

    >>> t = "They met on Oct. 28 in the U.S. capital. Mr. Kim said “no.” Then No. 2 spoke."
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['They met on Oct. 28 in the U.S. capital.', 'Mr. Kim said “no.”', 'Then No. 2 spoke.']
    """
    if not text.strip():
        return []
    spans = _plain_sentences(text)
    if spans is None:
        spans = _spacy_sentences(text)
    if _GLUED_STOP.search(text):
        spans = _split_glued_stops(spans, text)
    if _GLUED_WORD.search(text):
        spans = _split_glued_words(spans, text)
    if "   " in text:
        spans = _split_spaced_runs(spans, text)
    if "]" in text:
        spans = _split_after_reference_marks(spans, text)
    if _EXCLAIMED_QUOTE.search(text):
        spans = _glue_quote_speakers(spans, text)
    return [(s + offset, e + offset) for s, e in spans]


#: A quotation closed by "!" or "?" inside its quotation marks: the splitter ends a sentence there
#: even when the quotation's speaker follows ('“Nine came home!” Ombudsman Ivo Brant wrote').
_EXCLAIMED_QUOTE = re.compile(r"[!?][”\"]")


@cache
def _speaker_then_verb() -> re.Pattern[str]:
    """A speaker and a reporting verb (``speech_verbs.csv``, role ``speech``) opening a span: one
    to eight words with no punctuation between them, then the verb ("Ombudsman Ivo Brant wrote",
    "The Velm army said")."""
    verbs = lexicons.alternation(lexicons.words_with("speech_verbs", "verb", "roles", "speech"))
    return re.compile(rf"(?:[A-Z][\w'’.-]*)(?:\s+[\w'’.-]+){{0,7}}?\s+(?:{verbs})\b")


def _glue_quote_speakers(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Sentences joined where a quotation closed by "!" or "?" ends one and the next opens with
    its speaker and a reporting verb: the speaker is the quotation's, as after a comma ('“...,”
    Ivo Brant wrote'). A lower-case opening is glued already (``_glue_false_breaks``).

    >>> t = "“Nine of our men came home!” Ombudsman Ivo Brant wrote on Monday. Talks go on."
    >>> [t[s:e] for s, e in _glue_quote_speakers([(0, 28), (29, 65), (66, 79)], t)]
    ['“Nine of our men came home!” Ombudsman Ivo Brant wrote on Monday.', 'Talks go on.']
    >>> t = "“Go home!” Nine soldiers came back on Monday."
    >>> [t[s:e] for s, e in _glue_quote_speakers([(0, 10), (11, 45)], t)]
    ['“Go home!”', 'Nine soldiers came back on Monday.']
    """
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if (out and _EXCLAIMED_QUOTE.match(text, out[-1][1] - 2)
                and _speaker_then_verb().match(text, start, end) is not None):
            out[-1] = (out[-1][0], end)
            continue
        out.append((start, end))
    return out


def _split_at(spans: list[tuple[int, int]], text: str, cuts: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentence spans cut at each ``(end, next start)`` of ``cuts`` (in text order) that falls
    inside one: the words before a cut end a span, the next one starts after the cut's gap.
    The one step of the two splitters of scraped pages below.

    >>> t = "Heading   Text here."
    >>> [t[s:e] for s, e in _split_at([(0, len(t))], t, [(7, 10)])]
    ['Heading', 'Text here.']
    """
    out: list[tuple[int, int]] = []
    pending = iter(cuts)
    cut = next(pending, None)
    for start, end in spans:
        while cut is not None and cut[0] < end:
            if cut[0] > start:
                out.append((start, cut[0]))
                start = cut[1]
            elif cut[0] == start:
                start = cut[1]
            cut = next(pending, None)
        out.append((start, end))
    return out


#: A run of three or more spaces before a capital: where a scraped page put the boundary of
#: two of its elements (an entry's heading, its byline, its text) as spaces only.
_SPACED_RUN = re.compile(r"[ \t]{3,}(?=[A-Z])")


def _split_spaced_runs(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Sentences split where a scraped live blog separated an entry's heading, byline and text
    by spaces only ("... – health ministry   Jo Smith   At least 35 ...").

    >>> t = "Toll rises again – health ministry   Jo Smith   At least 35 people were killed."
    >>> [t[s:e] for s, e in _split_spaced_runs([(0, len(t))], t)]
    ['Toll rises again – health ministry', 'Jo Smith', 'At least 35 people were killed.']
    """
    return _split_at(spans, text, ((m.start(), m.end()) for m in _SPACED_RUN.finditer(text)))


#: A heading, byline or button glued to the words after it, as scraped live blogs run an
#: entry's parts together: a lower-case word glued to a capitalised one ("health
#: ministryWilliam", "key events onlyPlease"), or a name glued to a sentence's first word
#: ("ChristouAt least"). The capital first: a fast scan; ``_glued_at`` decides.
_GLUED_WORD = re.compile(r"[A-Z](?<=[a-z]{2}[A-Z])|[A-Z](?<=[A-Z]{2}[A-Z])(?=he\s)")
#: The words before a glue point back to the last space, and the first word after it.
_WORD_BEFORE = re.compile(r"[\w'’-]+$")
_SENTENCE_OPENER = re.compile(r"(?:At|The|According|About|Around|Nearly|More|Over|Some)\s")


def _glued_at(text: str, at: int) -> bool:
    """Whether the capital at ``at`` starts words glued to the ones before it: a lower-case
    word before it ("ministryWilliam": "YouTube", "JavaScript", "iPhone" are names), or a
    sentence's first word after it ("ChristouAt least").

    >>> _glued_at("health ministryWilliam", 15), _glued_at("on YouTube", 6), _glued_at("ChristouAt least", 8)
    (True, False, True)
    >>> _glued_at("says UNThe agency", 7)
    True
    """
    if _SENTENCE_OPENER.match(text, at):
        return True
    before = _WORD_BEFORE.search(text, max(0, at - 40), at)
    return (before is not None and len(before.group(0)) >= 3 and before.group(0).isalpha()
            and before.group(0).islower() and text[at + 1:at + 2].islower())


def _split_glued_words(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Sentences split where a scraped page glued a heading, a byline or a button to the next
    words (``_GLUED_WORD``); "YouTube" or "JavaScript" (capitalised before the glue) stay whole.

    >>> t = "Toll rises again – health ministryJo SmithAt least 35 people were killed."
    >>> [t[s:e] for s, e in _split_glued_words([(0, len(t))], t)]
    ['Toll rises again – health ministry', 'Jo Smith', 'At least 35 people were killed.']
    """
    return _split_at(spans, text, ((m.start(), m.start()) for m in _GLUED_WORD.finditer(text)
                                   if _glued_at(text, m.start())))


#: A full stop glued to the next sentence, as scraped live blogs run their entries together:
#: a lower-case word or a short name in capitals ("the UK", not "U.K."), a stop, then a
#: capitalised word with no space ("this morning.Parts of", "the UK.North Korea's leader");
#: or a whole number after white space, a year or a count ("in May 2023.The", "killed
#: 1,200.Officials"), not the figure of a decimal, a version or a dotted name ("2.5", "No.4").
_GLUED_STOP = re.compile(r"[.!?](?:(?<=[a-z]{2}[.!?])|(?<=(?<![\w.])[A-Z]{2}[.!?])|(?<=[A-Z]{3}[.!?])"
                         r"|(?<=\s\d[.!?])|(?<=\s\d\d[.!?])|(?<=\s\d{3}[.!?])|(?<=\s\d{4}[.!?])|(?<=\d,\d{3}[.!?]))"
                         r"[\"”’]?(?=[A-Z][a-z])")  # the stop first: a fast scan


def _split_glued_stops(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Sentences split where a stop is glued to the next sentence's first word.

    >>> t = "Strikes began this morning.Parts of the south were hit. It added more."
    >>> [t[s:e] for s, e in _split_glued_stops([(0, 55), (56, 70)], t)]
    ['Strikes began this morning.', 'Parts of the south were hit.', 'It added more.']
    >>> t = "Troops came from the UK.Later the U.S.Navy came."
    >>> [t[s:e] for s, e in _split_glued_stops([(0, len(t))], t)]
    ['Troops came from the UK.', 'Later the U.S.Navy came.']
    >>> t = "Talks failed in May 2023.The army lost 1,200.Both sides had 2.5 times more at No.4.Later"
    >>> [t[s:e] for s, e in _split_glued_stops([(0, len(t))], t)]
    ['Talks failed in May 2023.', 'The army lost 1,200.', 'Both sides had 2.5 times more at No.4.Later']

    A quote closed by the stop stays with its sentence ("it was “over.”The army"), also
    where the first splitter cut between the stop and the quote:

    >>> t = "She said it was “over.”The army lost 12. He said “no.”Then 3 left."
    >>> [t[s:e] for s, e in _split_glued_stops([(0, 22), (22, 40), (41, 54), (54, len(t))], t)]
    ['She said it was “over.”', 'The army lost 12.', 'He said “no.”', 'Then 3 left.']
    """
    out: list[tuple[int, int]] = []
    for start, end in _quote_to_its_stop(spans, text):
        for m in _GLUED_STOP.finditer(text, start, end):
            out.append((start, m.end()))
            start = m.end()
        out.append((start, end))
    return out


def _quote_to_its_stop(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Spans with a closing quote glued to the previous span's stop ("over.|”The") moved to
    that span: a quote with no space before it closes, it never opens the next sentence.

    >>> t = "It was “over.”The end."
    >>> [t[s:e] for s, e in _quote_to_its_stop([(0, 13), (13, len(t))], t)]
    ['It was “over.”', 'The end.']
    """
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if (out and out[-1][1] == start and end - start > 2 and text[start] in "\"”’"
                and text[start - 1] in ".!?" and text[start + 1].isupper()):
            out[-1] = (out[-1][0], start + 1)
            start += 1
        out.append((start, end))
    return out


#: A sentence end followed by an encyclopaedia's reference marks and the next sentence
#: ("... were killed.[27] The ministry ...", "... lost.[28][29] Later ...", "... held.[a] Officials"):
#: the marks close the sentence, so the split falls after them.
_REFERENCE_MARK_STOP = re.compile(r"[.!?][\"'”’)]?(?:\[(?:\d{1,3}|[a-z]|note \d{1,3}|citation needed)\])+(\s+)(?=[\"“‘(]?[A-Z])")


def _split_after_reference_marks(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Sentences split after reference marks glued to a sentence's stop, which hide the stop
    from both splitters.

    >>> t = "At least 40 were killed.[27] The ministry said 12 tanks were lost.[28][29] Later 5 died."
    >>> [t[s:e] for s, e in _split_after_reference_marks([(0, len(t))], t)]
    ['At least 40 were killed.[27]', 'The ministry said 12 tanks were lost.[28][29]', 'Later 5 died.']
    >>> t = "Losses rose [in 2023]. Nobody counted them.[a]"
    >>> [t[s:e] for s, e in _split_after_reference_marks([(0, len(t))], t)]
    ['Losses rose [in 2023]. Nobody counted them.[a]']
    """
    return _split_at(spans, text, ((m.start(1), m.end(1)) for m in _REFERENCE_MARK_STOP.finditer(text)))


def _spacy_sentences(text: str) -> list[tuple[int, int]]:
    spans = []
    for chunk_start, chunk in _chunks(text):
        for sent in _sentencizer()(chunk).sents:
            raw = sent.text
            lead = len(raw) - len(raw.lstrip())
            trimmed = raw.strip()
            if trimmed:
                start = chunk_start + sent.start_char + lead
                spans.append((start, start + len(trimmed)))
    return _glue_false_breaks(spans, text)


#: Characters that never end a sentence for spaCy's sentencizer (none is one of its
#: ``punct_chars``; a test checks): word characters, white space and common punctuation.
_UNREMARKABLE = re.compile(r"[^\w\s.!?,;:'’\"“”‘()\[\]%$€£&/+*#=<>@–—-]")
#: A sentence end that needs no tokenizer: a full stop, "!" or "?" right after a plain word
#: ("troops", "Russia", "NATO") or a number, then white space and a capital or digit, or the
#: end. Abbreviations ("Gen.", "Calif.") and single letters ("J.") are not plain. Read from
#: each stop backwards (``_plain_ends``): a regex over every word would try every word.
_PLAIN_WORD = re.compile(r"[A-Za-z][a-z]+|[A-Z]{2,}|\d{1,3}(?:,\d{3})+|\d+")
_PLAIN_AFTER = re.compile(r"\s+[A-Z0-9]|\s*$")
_STOPS = re.compile(r"[.!?]")


def _plain_ends(text: str) -> list[tuple[str, int]] | None:
    """The word before each full stop, "!" and "?" of ``text`` and where the stop ends, when
    every one of them is a plain sentence end (the word alone after white space or the
    start, the stop, then what ``_PLAIN_AFTER`` allows); else ``None``.

    >>> _plain_ends("Troops left. About 1,500 stayed"), _plain_ends("It rose 3.5 times.")
    ([('left', 12)], None)
    """
    ends = []
    for stop in _STOPS.finditer(text):
        at = stop.start()
        if at == 0 or text[at - 1].isspace():
            return None  # no word before the stop
        word = text[text.rfind(" ", 0, at) + 1:at].split()[-1]  # its white space may be any
        if not _PLAIN_WORD.fullmatch(word) or not _PLAIN_AFTER.match(text, at + 1):
            return None
        ends.append((word, at + 1))
    return ends


def _plain_sentences(text: str) -> list[tuple[int, int]] | None:
    """Sentence spans of a paragraph whose every full stop, "!" and "?" is a plain sentence
    end (see ``_plain_ends``), found without spaCy and exactly as spaCy would find them; ``None``
    for any other paragraph (abbreviations, initials, decimals, quotes after a stop, ...).

    >>> t = "Troops arrived on 12 October. About 1,500 more followed in 2024. Officials agreed"
    >>> [t[s:e] for s, e in _plain_sentences(t)]
    ['Troops arrived on 12 October.', 'About 1,500 more followed in 2024.', 'Officials agreed']
    >>> _plain_sentences("Mr. Kim said so.") is None, _plain_sentences("It rose 3.5 times.") is None
    (True, True)
    """
    if _UNREMARKABLE.search(text):
        return None
    ends = _plain_ends(text)
    if ends is None or any(word.lower() in _abbreviations() for word, _end in ends):
        return None
    spans, start = [], 0
    for cut in [end for _word, end in ends] + [len(text)]:
        piece = text[start:cut]
        lead = len(piece) - len(piece.lstrip())
        if piece.strip():
            spans.append((start + lead, start + lead + len(piece.strip())))
        start = cut
    return spans


#: spaCy refuses texts over ``nlp.max_length``; a longer paragraph (a scrape without line
#: breaks) is split after a full stop and white space near this many characters.
CHUNK = 100_000


def _chunks(text: str) -> Iterator[tuple[int, str]]:
    start = 0
    while len(text) - start > CHUNK:
        cut = text.rfind(". ", start, start + CHUNK)
        if cut <= start:
            cut = text.rfind(" ", start, start + CHUNK)
        cut = start + CHUNK if cut <= start else cut + 1
        yield start, text[start:cut]
        start = cut
    yield start, text[start:]


#: A live blog's entry stamp: a time of day alone on its line, with a zone or "Updated".
TIMESTAMP_LINE = re.compile(
    r"(?:(?:updated|posted)\s+(?:at\s+)?)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*"
    r"(?:GMT|BST|UTC|CET|CEST|EET|EEST|MSK|KST|EST|EDT|ET|PT|PST|PDT)?(?:\s*[·|,-]?\s*\w+\s+\d{1,2})?[.:]?",
    re.I)
#: A line that opens a list item or a table row ("- ", "* ", "1. ", "| ").
_LIST_ITEM = re.compile(r"\s*(?:[-*+•]\s|\d{1,3}[.)]\s|\|)")
#: A line of a tally: a short label, a colon or a table's cell border and a figure ("Soldiers
#: killed: 3,200", "Tanks: 41+", "Killed | 310 |"), or a figure and a short label after it (a
#: table flattened one cell a line: "137,899 KIA", "36,516 dead (2,830 non-combat)"; at most three
#: words: "40 Tanks Seen Near Border Town" is a headline), a row of its own as a list item is,
#: never a hard-wrapped sentence.
_TALLY_LINE = re.compile(r"[^\W\d][^:.!?|]{0,58}(?::|\s\|)\s*[~≈]?\d[\d,.\u00a0 ]*\+?\s*\|?\s*"
                         r"|\s*[~≈]?\d[\d,.]*\+?\s+[^\W\d][^\s.!?:|]*(?:\s+[^\s.!?:|]+){0,2}\s*")
#: An inner line of a block of fewer words than this is a label or a heading (a table's row
#: name, "South Korea"), never a line hard wrapping broke: it tells nothing of the wrapping.
WRAPPED_LINE_WORDS = 4


#: What ends a line that is not wrapped in mid-sentence.
_SENTENCE_ENDS = (".", "!", "?", ":", '"', "”", "’", ")")
#: A line's text, without its line break.
_LINE = re.compile(r"[^\r\n]+")
#: What separates two lines of one block (``_BLOCK``).
_LINE_BREAKS = frozenset({"\n", "\r", "\r\n"})
#: A block: lines that are not blank, up to a blank line.
_BLOCK = re.compile(r"(?:[^\r\n]*\S[^\r\n]*(?:\r\n|\r|\n)?)+")


def paragraph_spans(text: str, start: int = 0) -> list[tuple[int, int]]:
    """Paragraph spans of ``text[start:]``: one per non-blank line, or one per blank-line
    separated block when the text is hard-wrapped (short lines inside blocks).

    >>> t = "One.\\r\\nTwo.\\rThree."
    >>> [t[s:e] for s, e in paragraph_spans(t)]
    ['One.', 'Two.', 'Three.']
    """
    return _paragraphs(text, start)[0]


def _paragraphs(text: str, start: int) -> tuple[list[tuple[int, int]], bool]:
    """``paragraph_spans`` and whether it read the text as hard-wrapped."""
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text[start:])]
    lines = [(s + start, e + start) for s, e in lines if text[s + start : e + start].strip()]
    # a line one line break after the line before it is in that line's block: the lines inside
    # blocks (all but each block's first) are counted without reading the blocks
    joined = sum(1 for (_s, end), (begin, _e) in pairwise(lines) if text[end:begin] in _LINE_BREAKS)
    blocks: list[re.Match[str]] = []
    # Hard-wrapped text breaks lines in mid-sentence: most lines inside a block end without
    # sentence punctuation. One line per paragraph (the usual scrape) never does.
    # page furniture ("Most Read", teaser headlines) and a live blog's "14:05 GMT" have no full
    # stops either: they say nothing about how the article's own lines are broken (looked for
    # only when the lines would otherwise count as hard-wrapped)
    def wrapped(furniture: set[int], skip_stamps: bool) -> bool:
        # a headline over a byline and a date, one line each with no blank line between
        # (``_header_lines``), are no wrapped lines: they say nothing of how the text is broken
        head = _header_lines(blocks[0].group(0)) if blocks else 0
        inner = [
            line.group(0).rstrip()
            for k, b in enumerate(blocks)
            for i, line in enumerate(list(_LINE.finditer(b.group(0).rstrip("\r\n")))[:-1])
            if (k or i >= head)
            # a list item or table row is its own line, never wrapped
            and not _LIST_ITEM.match(line.group(0)) and not _TALLY_LINE.fullmatch(line.group(0))
            and len(line.group(0).split()) >= WRAPPED_LINE_WORDS
            and b.start() + start + line.start() not in furniture
            and not (skip_stamps and TIMESTAMP_LINE.fullmatch(line.group(0).strip()))
        ]
        unfinished = sum(1 for line in inner if not line.endswith(_SENTENCE_ENDS))
        return len(inner) >= 2 and unfinished >= 0.6 * len(inner)

    # each block's lines but its last are the inner ones: with fewer than two, nothing is
    # wrapped (the usual scrape, one line per paragraph); nor are lines of more than 100
    # characters on average. Both are tested first, before the blocks are read line by line.
    hard_wrapped = False
    if joined >= 2 and sum(e - s for s, e in lines) / len(lines) <= 100:
        blocks = list(_BLOCK.finditer(text[start:]))
        hard_wrapped = wrapped(set(), False) and wrapped({s for s, _ in split_furniture(text, lines)[1]}, True)
    spans = [(b.start() + start, b.end() + start) for b in blocks] if hard_wrapped else _rejoined(text, lines)
    if hard_wrapped:
        spans = [part for s, e in spans for part in _cut_at_headings(text, s, e)]
    if hard_wrapped and spans:  # a headline, byline or dateline on the lines above the lede
        head = _head_of_block(text, *spans[0])
        # only when the lines below them are hard-wrapped text too (not a list read whole)
        if len(head) > 1 and _paragraphs(text, head[-1][0])[1]:
            spans[:1] = head
    out = []
    for s, e in spans:
        chunk = text[s:e]
        lead = len(chunk) - len(chunk.lstrip())
        out.append((s + lead, s + lead + len(chunk.strip())))
    return [(s, e) for s, e in out if e > s], hard_wrapped


#: A section's heading on a line of its own: two or more words in capitals, nothing else
#: ("BATTLE OF THE PASS"); not a dateline ("KYIV (Eastern Wire) -"), which has more.
_CAPITALS_LINE = re.compile(r"[ \t]*[A-Z][A-Z'’-]*(?:[ \t]+[A-Z0-9][A-Z0-9'’-]*)+[ \t]*")


def _cut_at_headings(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A block of hard-wrapped text cut before and after each line that is a heading in capitals
    (``_CAPITALS_LINE``): the heading is a paragraph of its own, and the line above it (a
    byline, a caption's credit) does not run on into it and the text below ("Provided by Jo
    Lee" / "BATTLE OF THE PASS" / "Nearly 80 years ago ...": Jo Lee is no name of four lines).

    >>> t = "The ceremony honours them.\\nProvided by Jo Lee\\nBATTLE OF THE PASS\\nNearly 80 years ago\\nthey fought."
    >>> [t[s:e] for s, e in _cut_at_headings(t, 0, len(t))]
    ['The ceremony honours them.\\nProvided by Jo Lee\\n', 'BATTLE OF THE PASS', '\\nNearly 80 years ago\\nthey fought.']
    """
    out = []
    for line in _LINE.finditer(text, start, end):
        if _CAPITALS_LINE.fullmatch(line.group(0)):
            out += [(start, line.start()), (line.start(), line.end())]
            start = line.end()
    out.append((start, end))
    return [(s, e) for s, e in out if text[s:e].strip()]


#: A byline on a line of its own: "By", then names (capitalised words, a name's particles,
#: "and", commas, bars), a date or time if any, and nothing that reads as a sentence.
_BY_LINE = re.compile(r"By\s+[A-Z][\w.'’-]*(?:(?:\s+|\s*[,|•·]\s*|\s+[-–—]\s+)(?:and\s+|de\s+|van\s+|al-?)?"
                      r"[A-Z0-9][\w.'’:/-]*){0,8}")
#: A dateline that opens a lede: a place in capitals, a date or the outlet in brackets if any,
#: then a dash ("KYIV, May 2 (Eastern Wire) - ", "SEOUL (Reuters) — ", "WASHINGTON -- ").
_DATELINE = re.compile(r"[\"“‘']?[A-Z][A-Z.'’-]+(?:\s[A-Z][A-Z.'’-]+){0,3}(?:,\s[A-Z][\w.]*(?:\s\d{1,2})?)?"
                       r"(?:\s*\([^()\n]{1,40}\))?\s*(?:--|[-–—])\s")
#: A line of a headline, byline or date above the lede is no wrapped line: at most this many
#: of them open the first block of hard-wrapped text.
HEAD_LINES = 3
#: How the lines a headline never ends with end: an open word or a comma.
#: The words a line left open ends in: an article or a preposition a noun must follow, and the
#: other open words (a conjunction, a preposition) — one list for the head lines
#: (``_OPEN_END``) and for hard-wrapped lines (``_OPEN_ARTICLE``, ``_OPEN_WORD``).
_OPEN_ARTICLE_WORDS = r"the|an?|of|to"
_OPEN_OTHER_WORDS = r"and|or|in|on|at|for|with|by|from|that|as"
_OPEN_END = re.compile(rf"(?:,|\b(?:{_OPEN_ARTICLE_WORDS}|{_OPEN_OTHER_WORDS}))$", re.I)


def credit_line(line: str) -> bool:
    """Whether ``line`` is a byline of its own: "By" and names ("By Jo Lee, Eastern Wire"), or
    credits and a date with its year, or a date alone (``_credit_line_pattern``), and nothing
    of a sentence.

    >>> credit_line("By Lina Osei, Northern Post"), credit_line("14 March 2025")
    (True, True)
    >>> credit_line("By May 2, 2025, 300 troops had arrived."), credit_line("Fighting spreads west")
    (False, False)
    """
    line = line.strip()
    return bool(line) and bool(_BY_LINE.fullmatch(line) or _credit_line_pattern().fullmatch(line))


def _header_lines(block: str) -> int:
    """How many lines at the top of ``block`` (the first block of a text) are a headline and
    its byline, one line each with no blank line between: the headline, then one or two lines
    that are bylines or dates (``credit_line``: "By Lina Osei, Northern Post" / "14 March
    2025"); 0 when the second line is none.

    >>> _header_lines("Fighting spreads west of Goma\\nBy Lina Osei, Northern Post\\n14 March 2025\\n")
    3
    >>> _header_lines("Some 500 troops arrived in the town\\nof Varno on Monday.")
    0
    """
    lines = [m.group(0) for m in _LINE.finditer(block) if m.group(0).strip()][:HEAD_LINES]
    n = 1
    while n < len(lines) and credit_line(lines[n]):
        n += 1
    return n if n > 1 else 0


def _ends_head_line(line: str, below: list[str]) -> bool:
    """Whether ``line``, at the top of a block of hard-wrapped text, is a paragraph of its own:
    a headline, a byline or a date, not the first line of a wrapped lede. It is when the line
    below it starts a new sentence, ``line`` ends without a sentence's final punctuation,
    comma or open word, and either the line below opens with a dateline or ``line`` is a
    byline ("By Jo Lee, Eastern Wire"), or the line below's first word would have fitted on
    ``line`` within the width of the lines below (so no wrapping broke it there) and ``line``
    reads as a title.

    >>> below = ["KYIV, May 2 (Eastern Wire) - Some 4,000 soldiers have been moved north,",
    ...          "officials said on Monday, in what they called a routine rotation."]
    >>> _ends_head_line("Troops massed along the northern border", ["By Jo Lee"] + below)
    True
    >>> _ends_head_line("By Jo Lee", below)
    True
    >>> _ends_head_line("Ukraine captured two North", ["Korean soldiers who had fought in Kursk, officials said."])
    False
    >>> _ends_head_line("The defence ministry said on Monday that its",  # wrapped: "Northern" did not fit
    ...                 ["Northern Command had moved 4,000 troops", "to the border in what it called a drill."])
    False
    """
    line = line.strip()
    nxt = below[0].strip() if below else ""
    if not line or not nxt or not re.match(r"[\"“‘'(]?[A-Z0-9]", nxt):
        return False
    if re.search(r"[.!?;:][\"'”’)]?$", line) or _OPEN_END.search(line):
        return False
    if _DATELINE.match(nxt) or _BY_LINE.fullmatch(line) or credit_line(nxt) or credit_line(line):
        return True
    width = max(len(b.strip()) for b in below)
    if len(line) + 1 + len(nxt.split()[0]) > width or not _looks_like_title(line, True):
        return False
    # a name runs on over a ragged line break ("two North" / "Korean soldiers"): a line that
    # ends in a capitalised word is a headline only in title case
    words = [w for w in line.split() if len(w) > 3]
    return not line.split()[-1][:1].isupper() or (
        len(words) >= 3 and sum(w[:1].isupper() for w in words) >= 0.7 * len(words))


def _head_of_block(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The first block of hard-wrapped text (``text[s:e]``) as its paragraphs: the headline,
    byline and date lines at its top (``_ends_head_line``, at most ``HEAD_LINES``) each one of
    its own, then the rest, wrapped.

    >>> t = "Troops massed along the border\\nBy Jo Lee\\nSome 4,000 soldiers have been moved to\\nthe border."
    >>> [t[a:b] for a, b in _head_of_block(t, 0, len(t))]
    ['Troops massed along the border\\n', 'By Jo Lee\\n', 'Some 4,000 soldiers have been moved to\\nthe border.']
    """
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text, s, e) if m.group(0).strip()]
    out, begin = [], s
    for i, (_ls, le) in enumerate(lines[:HEAD_LINES]):
        below = [text[a:b] for a, b in lines[i + 1:]]
        if not _ends_head_line(text[_ls:le], below):
            break
        out.append((begin, le + 1 if text[le:le + 1] == "\n" else le))
        begin = lines[i + 1][0]
    return [*out, (begin, e)]


#: The last word of a line a sentence runs on from: a lower-case word or a comma, or a figure after
#: a lower-case word ("says about 90" / "people died"; not a date's figures), after at least three
#: other words (not a menu's one-word items).
_RUNS_ON_WORD = re.compile(r"[a-z,][\w,’'-]*")
_RUNS_ON_FIGURE = re.compile(r"\d[\d,.]*")
#: A line that ends in an article or a preposition runs on whatever the next line opens with
#: ("... targeted the" / "Orthodox Church ...").
_OPEN_ARTICLE = re.compile(_OPEN_ARTICLE_WORDS)
#: A line that ends in another open word (``_OPEN_END``, in lower case) after at least three
#: other words runs on when the next line does not end a sentence either (it is wrapped too).
_OPEN_WORD = re.compile(_OPEN_OTHER_WORDS)
#: A list item's bullet alone on its line (a scrape of a list that puts it on a line of its own).
_BARE_BULLET = re.compile(r"\s*[-*+•]\s*")
#: A wrapped paragraph's line is at least this share of its longest line's length when it is not
#: the paragraph's last (ragged wrapping leaves each line short of the width by a word at most).
WRAP_WIDTH_SHARE = 0.7


def _unfinished(line: str) -> bool:
    """Whether a line ends without a sentence's final punctuation (``_SENTENCE_ENDS``) and is
    no list item, tally row or page furniture: a line a sentence may run on from.

    >>> _unfinished("some 65 rockets were launched from"), _unfinished("Killed: 310")
    (True, False)
    """
    line = line.rstrip()
    return bool(line) and not line.endswith(_SENTENCE_ENDS) and not _LIST_ITEM.match(line) \
        and not _TALLY_LINE.fullmatch(line) and not is_furniture_line(line)


def _wraps_on(text: str, para: tuple[int, int], lines: list[tuple[int, int]], s: int, e: int) -> bool:
    """Whether the line ``text[s:e]``, one line break below the paragraph ``para`` (made of
    ``lines``), continues its sentence: the paragraph's last line breaks a sentence in two (it
    ends in a lower-case word, a figure or a comma and the next line opens in lower case; or it
    ends in an article or a preposition), or the paragraph is already wrapped over several
    lines and its last line, as long as a wrapped line, ends unfinished, or its last line ends
    in an open word and the next line is unfinished too (a paragraph of wrapped lines, not a
    headline above a lede, which ends its sentence).

    >>> t = "Some 65 rockets were launched from\\nthe south at the border area, according to the Israel Defense\\nForces."
    >>> _wraps_on(t, (0, 34), [(0, 34)], 35, 96), _wraps_on(t, (0, 96), [(0, 34), (35, 96)], 97, 104)
    (True, True)
    """
    last = text[para[1] - 1:para[1]]
    if last in _SENTENCE_ENDS or text[para[1]:s] not in _LINE_BREAKS:
        return False  # the cheap tests first: most lines end a sentence
    if _BARE_BULLET.fullmatch(text, *para):
        return True  # "-" / "40 tanks": a list item's bullet on a line of its own
    words = text[max(para[0], para[1] - 80):para[1]].split()[-4:]
    lower = last.islower() and len(words) == 4
    if len(words) == 4 and text[s:s + 1].islower() and (
            _RUNS_ON_WORD.fullmatch(words[-1]) or (words[-2][:1].islower() and _RUNS_ON_FIGURE.fullmatch(words[-1]))):
        return True
    if lower and _OPEN_ARTICLE.fullmatch(words[-1]):
        return True
    if not _unfinished(text[lines[-1][0]:lines[-1][1]]) or not re.match(r"[\"“‘'(]?\w", text[s:e]):
        return False
    if len(lines) > 1:
        width = max(b - a for a, b in lines)
        return lines[-1][1] - lines[-1][0] >= WRAP_WIDTH_SHARE * width
    return lower and bool(_OPEN_WORD.fullmatch(words[-1])) and _unfinished(text[s:e])


def _rejoined(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """One line per paragraph, but a line that continues the sentence of the line above it
    (``_wraps_on``) is one paragraph with it: a scrape's stray line break, or a paragraph
    hard-wrapped among paragraphs of one line each, not a new paragraph.

    >>> t = "He said 1,400 were missing under the rubble,\\nincluding 720 children.\\nNew paragraph."
    >>> [t[s:e] for s, e in _rejoined(t, [(0, 44), (45, 68), (69, 83)])]
    ['He said 1,400 were missing under the rubble,\\nincluding 720 children.', 'New paragraph.']
    """
    out: list[tuple[int, int]] = []
    parts: list[tuple[int, int]] = []
    for s, e in lines:
        if out and _wraps_on(text, out[-1], parts, s, e):
            out[-1] = (out[-1][0], e)
            parts.append((s, e))
        else:
            out.append((s, e))
            parts = [(s, e)]
    return out


#: The characters ``normalise_passage`` folds, each to one that is none of them: a
#: ``str.replace`` for each gives what ``str.translate`` would, without its dict look-up a
#: character (~35 us a 600-character passage with a curly quote, against ~1).
_PASSAGE_FOLDS = (("’", "'"), ("‘", "'"), ("“", '"'), ("”", '"'), ("\u00a0", " "))

#: Apostrophe look-alikes that ``re`` counts as letters (U+02BC MODIFIER LETTER APOSTROPHE,
#: U+02B9 MODIFIER LETTER PRIME), each folded to the typographic apostrophe.
APOSTROPHE_LOOKALIKES = "\u02bc\u02b9"
_APOSTROPHE_FOLDS = str.maketrans({c: "’" for c in APOSTROPHE_LOOKALIKES})

#: The marks real pages write for the quotation marks and apostrophe the rules read (each one
#: character, folded to one): an opening quote written "‘" between two letters is an apostrophe
#: ("Zelensky‘s"); the low marks "„" and "‚" open a quotation as "“" and "‘" do, but "‚" after
#: a letter or a digit is a comma ("3‚000", "Rafiq‚ a refugee"); guillemets "« »" and "‹ ›" are
#: quotation marks, but one that closes nothing between spaces before a word is a path's
#: separator ("Admin » Widgets").
QUOTE_LOOKALIKES = "‘„‚«»‹›"
_QUOTE_LOOKALIKE = re.compile(r"(?<=[^\W\d_])‘(?=[^\W\d_])|[„«»‹›]|(?<=\w)‚|‚")
_GUILLEMETS = {"«": "“", "»": "”", "‹": "‘", "›": "’"}
_REVERSED_GUILLEMETS = {"»": "“", "«": "”", "›": "‘", "‹": "’"}
#: The first guillemet of a sentence, when it opens a quotation: no letter or digit before it,
#: a letter, a digit or a quotation mark after it.
_FIRST_GUILLEMET = re.compile(r"(?<![\w.,;:!?])[«»‹›](?=[\w\"“‘])")


def _quote_fold(m: re.Match[str]) -> str:
    c = m.group(0)
    if c == "‘":
        return "’"
    if c == "„":
        return "“"
    if c == "‚":
        return "," if m.start() and m.string[m.start() - 1].isalnum() else "‘"
    text, at = m.string, m.start()
    if c in "»›" and text[at - 1:at].isspace() and re.match(r"\s+\w", text[at + 1:at + 3]):
        return c  # "Admin » Widgets": no quotation closes there
    first = _FIRST_GUILLEMET.search(text)
    if first is not None and first.group(0) in "»›":  # "»Nine died«, he said": they open reversed
        return _REVERSED_GUILLEMETS[c]
    return _GUILLEMETS[c]


def matching_copy(s: Sentence) -> Sentence:
    """The sentence as the rules read it: an apostrophe look-alike of scraped text, which
    ``re`` takes for a letter, folded to "’" so that a possessive reads as one, and a quotation
    mark or apostrophe written with another mark (``QUOTE_LOOKALIKES``) folded to the one the
    rules read (same length: offsets hold). A sentence without one is itself; the source's
    text is never changed.

    >>> s = load_text("a", "Velmarʼs agency said 40 left.").sentences[0]
    >>> matching_copy(s).text, s.text == matching_copy(s).text
    ('Velmar’s agency said 40 left.', False)
    >>> [matching_copy(load_text("a", t).sentences[0]).text for t in (
    ...     "Velmar‘s ‘key’ aide said 3‚000 left.", "„Four died,” reports the Courier.",
    ...     "Four died», the army said.", "Go to Admin » Widgets.", "»Four died«, the army said.")]
    ['Velmar’s ‘key’ aide said 3,000 left.', '“Four died,” reports the Courier.', 'Four died”, the army said.', 'Go to Admin » Widgets.', '“Four died”, the army said.']
    """
    text = s.text
    if text.isascii():
        return s
    if any(c in text for c in APOSTROPHE_LOOKALIKES):
        text = text.translate(_APOSTROPHE_FOLDS)
    if any(c in text for c in QUOTE_LOOKALIKES):
        text = _QUOTE_LOOKALIKE.sub(_quote_fold, text)
    return s if text == s.text else replace(s, text=text)


def normalise_passage(text: str) -> str:
    """The form two copies of a passage share: case, quotes and white space folded.

    >>> normalise_passage("It’s  “here”.") == normalise_passage("it's \\"here\\".")
    True
    """
    if not text.isascii():  # only text with a curly quote needs it
        for old, new in _PASSAGE_FOLDS:
            text = text.replace(old, new)
    return " ".join(text.lower().split())


def copy_key(text: str) -> str:
    """The form two copies of a sentence share when one outlet prints a wire story's dateline
    and another leaves it out: ``normalise_passage`` of the sentence without a leading dateline
    ("GOMA, March 13 (Eastern Wire) - ", ``_DATELINE``).

    >>> copy_key("GOMA, March 13 (Eastern Wire) - Rebels said 25 soldiers were killed.")
    'rebels said 25 soldiers were killed.'
    >>> copy_key("Rebels said 25 soldiers were killed.") == copy_key("KYIV (Reuters) — Rebels said 25 soldiers were killed.")
    True
    """
    lead = _DATELINE.match(text)
    return normalise_passage(text[lead.end():] if lead else text)


# --------------------------------------------------------------------------- one source


def load_text(article: str, text: str, *, file: str = "", encoding: str = "utf-8",
              title: str = "", blocks: Sequence[str] | None = None) -> Source:
    """Parse decoded text into a ``Source``: title, byline, paragraphs, sentences, repeats.

    ``title`` is the headline the sources manifest gives, if any: a first line that reads the
    same is the title even when it looks like a sentence. ``blocks``: for an HTML page's text
    (``html_page``), what each of its lines is; each line is then a paragraph of its own.

    >>> text = "Seoul says 1,500 troops arrived.\\nThe spy agency said 1,500 troops arrived."
    >>> load_text("a", text).title, load_text("a", text, title="Seoul says 1,500 troops arrived.").title
    ('', 'Seoul says 1,500 troops arrived.')
    """
    src = Source(article=article, file=file or article, text=text, encoding=encoding)
    if blocks is not None:
        return load_page(src, title, blocks)
    lines = paragraph_spans(text)
    stamp = _date_stamp(text, lines)
    if stamp is not None:  # "Friday 1 March 2024 - 09:38" above the headline: the page's date
        lines = lines[1:]
    elif lines and (stamp := _date_field(text, lines)) is not None:
        lines = [(stamp.end(), lines[0][1]), *lines[1:]]  # "date 2024-10-19 Ten killed ...": the rest of the line
    lines, site = _site_line(text, lines)  # "Lodi News-Sentinel" above the headline: the outlet
    if site is not None and (dated := _date_stamp(text, lines)) is not None:
        lines, stamp = lines[1:], stamp or dated  # the site's name, then the page's date
    labels = _labels_above_title(text, title, lines)
    lines = lines[len(labels):]
    heading = _title_line(article, text, title, lines, under_labels=bool(labels))
    labels = ([site] if site else []) + labels
    after_title = heading.end if heading else 0
    rest = lines if after_title == 0 else paragraph_spans(text, after_title)
    pos = _read_byline(src, after_title, rest, headline=heading is not None)
    if stamp is not None and not src.published:
        src.published = " ".join(filter(None, [stamp.group("date"), stamp.group("time")]))
    if site is not None and not src.credited_outlet:
        src.credited_outlet = text[slice(*site)].strip()
    src.body_start = pos
    src.paragraphs, src.furniture = split_furniture(text, _paragraphs_from(text, pos, after_title, rest))
    src.paragraphs, teasers = split_teaser_runs(text, src.paragraphs)
    src.furniture = labels + (sorted(src.furniture + teasers) if teasers else src.furniture)
    if heading:
        src.title = text[heading.start:heading.end]
    src.sentences = ([heading] if heading else []) + _body_sentences(src, 1 if heading else 0)
    return src


def load_page(src: Source, title: str, kinds: Sequence[str]) -> Source:
    """``load_text`` of an HTML page's text (``html_page``): every line is one block of the page
    and one paragraph, whatever the page's length (never read as hard-wrapped text); the
    headline is the page's first ``<h1>``, else the line that the manifest's or the page's own
    title names, else a first line that reads as a title; the lines of menus, side boxes and
    footers, and every line above the headline, are furniture; the furniture lexicon's rules
    ("Most read", "Advertisement") read the other lines one by one; a ``<figcaption>`` is a
    paragraph of its own.

    >>> text, kinds = html_page("<nav><li>Home</li></nav><h1>Camp Hit</h1><p>Medics said 40 died.</p>")
    >>> src = load_text("a", text, blocks=kinds)
    >>> src.title, [s.text for s in src.sentences], [text[s:e] for s, e in src.furniture]
    ('Camp Hit', ['Camp Hit', 'Medics said 40 died.'], ['Home'])
    """
    text = src.text
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    if len(spans) != len(kinds):
        raise ValueError(f"{len(kinds)} block kinds for {len(spans)} lines")
    own = [i for i, k in enumerate(kinds) if k != "furniture" and spans[i][1] > spans[i][0]]
    head = next((i for i in own if kinds[i] == "heading"), None)
    names = {normalise_passage(t) for t in (title, src.meta.get("title", "")) if t.strip()}
    if head is None and names:
        head = next((i for i in own if normalise_passage(text[slice(*spans[i])]) in names), None)
    if head is None and len(own) > 1 and _looks_like_title(text[slice(*spans[own[0]])], True):
        head = own[0]
    furniture = [spans[i] for i in range(len(spans)) if (i not in own or (head is not None and i < head))
                 and spans[i][1] > spans[i][0]]
    rest = [spans[i] for i in own if head is None or i > head]
    after_title = spans[head][1] if head is not None else 0
    body_start = _read_byline(src, after_title, rest, headline=head is not None) if rest else after_title
    lines = [(max(s, body_start), e) for s, e in rest if e > body_start]
    lines = [(s + len(text[s:e]) - len(text[s:e].lstrip()), e) for s, e in lines]
    src.body_start = body_start
    src.paragraphs, more = split_furniture(text, [(s, e) for s, e in lines if e > s])
    src.paragraphs, teasers = split_teaser_runs(text, src.paragraphs)
    src.furniture = sorted(furniture + more + teasers)
    heading = None
    if head is not None:
        heading = Sentence(src.article, 0, 0, *spans[head], "title", text[slice(*spans[head])])
        src.title = heading.text
    src.sentences = ([heading] if heading else []) + _body_sentences(src, 1 if heading else 0)
    return src


@cache
def _date_stamp_pattern() -> re.Pattern[str]:
    """A line that is only a date, with a weekday before it and a time after it if any:
    "Friday 1 March 2024 - 09:38", "2024-12-16 | 02:55"."""
    weekdays = lexicons.alternation(lexicons.calendar().weekdays)
    return re.compile(rf"\s*(?:(?:{weekdays}),?\s+)?(?P<date>{_DATE}),?\s*(?:[|•·-]\s*)?"
                      r"(?P<time>\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?(?:\s?[A-Z]{2,4})?)?\s*")


def _date_stamp(text: str, lines: list[tuple[int, int]]) -> re.Match[str] | None:
    """The page's date stamp when it stands alone on the first line, above the headline (two
    more lines follow): the headline is the next line, the stamp gives the date.

    >>> t = "Friday 1 March 2024 - 09:38\\n\\nAcme Toll Passes 300\\n\\nSome 300 people died."
    >>> _date_stamp(t, paragraph_spans(t)).group("date"), load_text("a", t).title
    ('1 March 2024', 'Acme Toll Passes 300')
    """
    if len(lines) < 3 or not text[lines[0][0]:lines[0][0] + 1].isalnum():
        return None
    return _date_stamp_pattern().fullmatch(text, *lines[0])


@cache
def _date_field_pattern() -> re.Pattern[str]:
    """A scraper's field label (the ``field`` rows of the furniture lexicon: "date") and its
    date, glued before the first line's text."""
    labels = [r["phrase"] for r in lexicons.read_lexicon("furniture") if r["kind"] == "field"]
    return re.compile(rf"\s*(?:{lexicons.alternation(labels, fold_case=True)}):?\s+(?P<date>{_DATE})(?P<time>)\s+(?=\S)", re.I)


def _date_field(text: str, lines: list[tuple[int, int]]) -> re.Match[str] | None:
    """The page's date when a scraper's record field gives it at the opening of the first line,
    before the headline or the lede on the same line ("date 2024-10-19 Ten guards killed in
    raid"): the date is the page's, the rest of the line is read as the line (a headline when
    it reads as one), the label and the date as no part of it.

    >>> t = "date 2024-10-19 Ten guards killed in Varno raid\\n\\nPolice said 10 guards were killed."
    >>> _date_field(t, paragraph_spans(t)).group("date"), load_text("a", t).title
    ('2024-10-19', 'Ten guards killed in Varno raid')
    """
    if len(lines) < 2:
        return None
    return _date_field_pattern().match(text, *lines[0])


#: How many lines of a page's labels ("Headline", "Browse Tag", a tag's "Burkina Faso") can
#: stand above its headline.
LABELS_ABOVE_TITLE = 2


#: The words between the capitalised words of a site's name ("News by VICE", "Voice of the Coast").
_NAME_JOINERS = frozenset({"&", "by", "of", "the", "and", "for", "de", "la"})
#: The most words a site's name printed above a headline has.
SITE_NAME_WORDS = 6


@cache
def _site_words() -> tuple[frozenset[str], frozenset[str]]:
    """The words of a site's name and of a page's labels (lexicon ``site_words``)."""
    rows = lexicons.read_lexicon("site_words")
    return (frozenset(r["word"] for r in rows if r["kind"] == "site"),
            frozenset(r["word"] for r in rows if r["kind"] == "label"))


def site_name(line: str) -> bool:
    """Whether a line is a news site's name as its page prints it above the headline ("Lodi
    News-Sentinel", "Radio Free Europe/Radio Liberty"): two to ``SITE_NAME_WORDS`` capitalised
    words (joined by "&", "by", "of", "the"...), no figure and no stop, one a word of a site's
    name (lexicon ``site_words``: "News", "Radio", "Times") and one its own, neither such a word,
    a label's ("Breaking", "Latest") nor a section's (``sections.csv``): "World News" is the
    page's section, not its site. Not page furniture, nor a byline ("By Velmar Chronicle Staff").

    >>> [site_name(t) for t in ("Lodi News-Sentinel", "Radio Free Europe/Radio Liberty", "News by VICE",
    ...  "World News", "Breaking News", "Troops Arrive In Kursk", "Eastern Wire reports 40 dead.",
    ...  "By Velmar Chronicle Staff")]
    [True, True, True, False, False, False, False, False]
    """
    words = line.split()
    if (not 2 <= len(words) <= SITE_NAME_WORDS or words[0] == "By" or re.search(r"\d|[.!?:;,]\s*$", line)
            or is_furniture_line(line)):
        return False
    parts = [p for w in words for p in re.split(r"[-/]", w) if p]
    if not all(p[:1].isupper() or p.lower() in _NAME_JOINERS for p in parts):
        return False
    site, label = _site_words()
    sections = {x.lower() for x in _known_sections()}
    folded = [p.lower() for p in parts if p.lower() not in _NAME_JOINERS]
    return any(p in site for p in folded) and any(p not in site | label | sections for p in folded)


def _site_line(text: str, lines: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], tuple[int, int] | None]:
    """The first line when it is a site's name (``site_name``): the article's outlet, no headline
    (the lines after it, and it); else the lines as they are and None.

    >>> t = "Lodi News-Sentinel\\n\\nTen soldiers killed in attack\\n\\nAt least 10 soldiers died."
    >>> rest, site = _site_line(t, paragraph_spans(t))
    >>> t[slice(*site)], load_text("a", t).title, load_text("a", t).credited_outlet
    ('Lodi News-Sentinel', 'Ten soldiers killed in attack', 'Lodi News-Sentinel')
    """
    if len(lines) > 1 and site_name(text[slice(*lines[0])]):
        return lines[1:], lines[0]
    return lines, None


def _labels_above_title(text: str, title: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The first lines when they are a page's labels above its headline: each too short to
    name an article, furniture or mis-decoded (``articles.reads_as_headline`` says no), or
    sharing no word with the text below the headline (``_foreign``: a site's name, "Watch" and
    a channel), and the next line reads as a headline with more text after it and shares words
    with that text. They are furniture; the headline is the title. A manifest's ``title`` that
    the first line repeats keeps the first line.

    >>> t = "Browse Tag\\n\\nBurkina Faso\\n\\nTen soldiers killed in attack\\n\\nAt least 10 soldiers died."
    >>> [t[s:e] for s, e in _labels_above_title(t, "", paragraph_spans(t))], load_text("a", t).title
    (['Browse Tag', 'Burkina Faso'], 'Ten soldiers killed in attack')
    >>> t = "Watch Eastern Wire\\n\\nTen soldiers killed in attack\\n\\nAt least 10 soldiers died."
    >>> [t[s:e] for s, e in _labels_above_title(t, "", paragraph_spans(t))], load_text("a", t).title
    (['Watch Eastern Wire'], 'Ten soldiers killed in attack')
    >>> _labels_above_title("Kursk\\nSome 500 troops arrived.\\nMore came.", "", paragraph_spans("Kursk\\nSome 500 troops arrived.\\nMore came."))
    []

    Not above a byline: a section's headline over an outlet and a date keeps its place.

    >>> load_text("a", "News in brief\\n\\nNorthern Post, 12 May 2025\\n\\nThe army said 40 troops left.").title
    'News in brief'
    """
    from claimtable.articles import reads_as_headline

    if title.strip() and lines and normalise_passage(text[slice(*lines[0])]) == normalise_passage(title):
        return []
    for k in range(min(LABELS_ABOVE_TITLE, len(lines) - 2)):
        below = text[lines[k + 2][0]:lines[k + 2][0] + WORDS_BELOW_TITLE]  # below the candidate headline
        if reads_as_headline(text[slice(*lines[k])]) and not _foreign(text[slice(*lines[k])], below):
            return []  # a line that can name the article: the headline is not below it
        candidate = text[slice(*lines[k + 1])]
        if _credit_line_pattern().fullmatch(candidate.strip()):
            return []  # a byline ("Northern Post, 12 May 2025") is no headline: the line above it is
        if ((_looks_like_title(candidate, True) or _stopped_headline(candidate, text[slice(*lines[k + 2])]))
                and reads_as_headline(candidate) and not _foreign(candidate, below)):
            return lines[: k + 1]
    return []


#: The most words of a headline that ends in a full stop ("The minister said 29 died of hunger in Gaza.").
STOPPED_HEADLINE_WORDS = 16


def _stopped_headline(line: str, below: str) -> bool:
    """Whether a line under a page's labels ("World News") is its headline although it ends in
    a full stop, as some sites write one: one sentence of at most ``STOPPED_HEADLINE_WORDS``
    words, opening with a capital, at least half of whose words of four letters or more the
    paragraph below takes up (``below``: the report restates its headline; a lede's words are
    not said again).

    >>> below = "The Palestinian health minister said 29 children and elderly people have died of hunger in Gaza."
    >>> _stopped_headline("The health minister said children and the elderly died of hunger in Gaza.", below)
    True
    >>> _stopped_headline("Some 500 troops arrived.", "More came."), _stopped_headline("Troops arrived. More came.", below)
    (False, False)
    """
    words = _CONTENT_WORD.findall(line)
    return (len(line.split()) <= STOPPED_HEADLINE_WORDS and line[:1].isupper() and bool(words)
            and re.fullmatch(r"[^.!?]+\.\s*", line) is not None
            and 2 * sum(shares_word([w], below) for w in words) >= len(words))


#: How much of the text below a headline (characters) tells whether a line above it names the article.
WORDS_BELOW_TITLE = 3000
_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")


def _foreign(line: str, below: str) -> bool:
    """Whether a line above the headline shares no word of four letters or more with the
    text below it (``below``, in any case): a site's name, a player's prompt or an editor's
    toolbar, which names no article ("Watch Eastern Wire", "Bold Italic Underline"), not a
    headline, whose words the report takes up.

    >>> below = "Eleven miners died when a tunnel collapsed near Dravo, officials said."
    >>> _foreign("Watch Eastern Wire", below), _foreign("Eleven miners killed in tunnel collapse", below)
    (True, False)
    """
    words = _CONTENT_WORD.findall(line)
    return bool(words) and not shares_word(words, below)


def _title_line(article: str, text: str, title: str = "",
                lines: list[tuple[int, int]] | None = None, *, under_labels: bool = False) -> Sentence | None:
    """The first line as the title sentence, when more follows and it reads as a title (or as
    the manifest's ``title``, or it is the headline the page's labels are above:
    ``under_labels``, ``_labels_above_title``); else None. ``lines``: ``paragraph_spans(text)``,
    when the caller has them already.

    >>> _title_line("a", "Troops Arrive In Kursk\\nSome 500 troops arrived.").text
    'Troops Arrive In Kursk'
    """
    lines = paragraph_spans(text) if lines is None else lines
    first = text[lines[0][0] : lines[0][1]] if lines else ""
    named = bool(title.strip()) and normalise_passage(first) == normalise_passage(title)
    more_follows = len(lines) > 1
    if more_follows and (named or under_labels or _looks_like_title(first, more_follows)):
        s, e = lines[0]
        return Sentence(article, 0, 0, s, e, "title", text[s:e])
    return None


def _read_byline(src: Source, pos: int, rest: list[tuple[int, int]] | None = None, *,
                 headline: bool = False) -> int:
    """Fill the source's author, published, section and credited outlet from a byline in the
    first paragraph after ``pos``; returns where the body starts. ``rest``:
    ``paragraph_spans(src.text, pos)``, when the caller has them already. ``headline``: the
    paragraph comes right after the headline, where a line of credits and a date alone is a
    byline too (``_read_credit_line``).

    >>> src = Source("a", "a", "By Jo Lee 19 Oct 2024 10:44\\nSome 500 troops arrived.")
    >>> body = _read_byline(src, 0)
    >>> src.author, src.text[body:].strip()
    ('Jo Lee', 'Some 500 troops arrived.')
    """
    rest = paragraph_spans(src.text, pos) if rest is None else rest
    if not rest:
        return pos
    s, e = rest[0]
    byline = _BYLINE.match(src.text[s:e])
    if not (byline and (byline.group("time") or byline.group("tail"))):
        return _read_credit_line(src, s, e) if headline else s
    src.author = byline.group("author")
    src.published = " ".join(filter(None, [byline.group("date"), byline.group("time")]))
    src.section, src.credited_outlet = split_section_domain(byline.group("tail") or "")
    return s + byline.end()


@cache
def _credit_line_pattern() -> re.Pattern[str]:
    """A byline that is a line of its own and holds only credits and a date: up to three
    short names (capitalised words, a name's particles and "of", "the", "and", "for" between
    them; "By" before an author), each followed by a comma, a bar or a spaced dash, then a
    date with its year, and a time if any. No word of a sentence fits it: a line that goes on
    into prose ("By May 2, 2025, 300 troops had arrived.") does not match.

    >>> m = _credit_line_pattern().fullmatch("By Ana Kovic | Eastern Wire | 2 May 2025 14:05")
    >>> m.group("by"), m.group("credits"), m.group("date"), m.group("time")
    ('By ', 'Ana Kovic | Eastern Wire', '2 May 2025', '14:05')
    >>> _credit_line_pattern().fullmatch("By May 2, 2025, 300 troops had arrived.") is None
    True
    """
    particles = lexicons.alternation(lexicons.column("name_particles", "particle"))
    weekdays = lexicons.alternation(lexicons.calendar().weekdays)
    word = rf"(?:[A-Z][\w.'’&-]*|(?:{particles})-[A-Z][\w.'’-]*)"
    # a weekday is the date's, never a name ("Sunday, May 19, 2024")
    name = rf"(?!(?:{weekdays})\b){word}(?:\s+(?:(?:{particles}|of|the|and|for)\s+)*{word}){{0,4}}"
    sep = r"(?:\s*[,|•·]\s*|\s+[-–—]\s+)"
    dated = (rf"(?:\d{{1,2}}(?:st|nd|rd|th)?[-/ ]{_MONTH}[-/ ,]+\d{{4}}"  # 2 May 2025
             rf"|{_MONTH}\s\d{{1,2}},?\s?\d{{4}}"  # May 2, 2025
             r"|\d{4}-\d{2}-\d{2})")  # 2025-05-02
    return re.compile(rf"\s*(?:(?P<by>By\s+)?(?P<credits>{name}(?:{sep}{name}){{0,2}}){sep})?"
                      rf"(?:(?:{weekdays}),?\s+)?(?P<date>{dated}),?\s*(?:[|•·-]\s*)?"
                      r"(?P<time>\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?(?:\s?[A-Z]{2,4})?)?\s*")


#: The text after a line runs on in lower case, on the next line or after a blank one: the line
#: is part of a sentence.
_RUNS_ON_BELOW = re.compile(r"\s*[a-z]")
#: What separates two credits of a byline line ("Ana Kovic, Eastern Wire", "Ana Kovic | Eastern Wire").
_CREDIT_SEP = re.compile(r"\s*[,|•·]\s*|\s+[-–—]\s+")


def _credits(by: bool, credits: str) -> tuple[str, str, str] | None:
    """A byline line's credits as (author, section, credited outlet): after "By" the first
    is the author; a known section name (lexicon ``sections``) is the section, and the other
    credit the outlet. Without "By" one credit only, the outlet or section ("Reuters, May 2,
    2025"): more names and no "By" say nothing sure of who is who (None).

    >>> _credits(True, "Ana Kovic, Eastern Wire"), _credits(False, "Reuters")
    (('Ana Kovic', '', 'Eastern Wire'), ('', '', 'Reuters'))
    >>> _credits(True, "Ana Kovic | World | Eastern Wire"), _credits(False, "Ana Kovic, Eastern Wire")
    (('Ana Kovic', 'World', 'Eastern Wire'), None)

    A byline whose author the page left out ("By | September 27, 2020") credits nobody: "By"
    is no outlet.

    >>> _credits(False, "By")
    ('', '', '')
    """
    names = [n for n in _CREDIT_SEP.split(credits) if n and n != "By"] if credits else []
    author = names.pop(0) if by and names else ""
    if len(names) > (2 if by else 1):
        return None
    sections = {s.lower() for s in _known_sections()}
    section = " / ".join(n for n in names if n.lower() in sections)
    others = [n for n in names if n.lower() not in sections]
    if len(others) > 1:
        return None
    return author, section, others[0] if others else ""


def _read_credit_line(src: Source, s: int, e: int) -> int:
    """Read the paragraph at ``s``..``e``, right after the headline, as a byline when its first
    line holds only credits and a date (``_credit_line_pattern``): a date alone ("May 2,
    2025"), an outlet and a date ("Reuters, May 2, 2025"), "By" an author, an outlet and a
    date ("By Ana Kovic, Eastern Wire, 2 May 2025"). The text after the line must not run on in
    lower case: then the line is part of a sentence. Returns where the body starts (``s``
    when it is no byline).

    >>> src = Source("a", "a", "Troops Reach Varno\\nBy Ana Kovic, Eastern Wire, 2 May 2025\\nSome 500 troops arrived.")
    >>> body = _read_credit_line(src, 19, len(src.text))
    >>> src.author, src.credited_outlet, src.published, src.text[body:].strip()
    ('Ana Kovic', 'Eastern Wire', '2 May 2025', 'Some 500 troops arrived.')
    """
    text = src.text
    if not text[s:s + 1].isalnum():
        return s
    end = _LINE.match(text, s, e).end()
    if _RUNS_ON_BELOW.match(text, end):
        return s
    line = _credit_line_pattern().fullmatch(text, s, end)
    if not line and _BY_LINE.fullmatch(text[s:end].strip()):  # "By Jo Lee, Eastern Wire": no date
        credits = _credits(True, text[s:end].strip()[2:].strip())
        if not credits:
            return s
        src.author, src.section, src.credited_outlet = credits
        return _read_date_line(src, end)
    credits = line and _credits(bool(line.group("by")), line.group("credits") or "")
    if not credits:
        return s
    src.author, src.section, src.credited_outlet = credits
    src.published = " ".join(filter(None, [line.group("date"), line.group("time")]))
    return end


def _read_date_line(src: Source, pos: int) -> int:
    """Read the next non-blank line after ``pos``, right under a byline that gave no date, as
    the publication date when it holds a date alone ("14 March 2025"), and the text below it
    does not run on in lower case. Returns where the body starts (``pos`` when it is no date).

    >>> src = Source("a", "a", "By Lina Osei, Northern Post\\n\\n14 March 2025\\n\\nSome 500 troops arrived.")
    >>> body = _read_date_line(src, 27)
    >>> src.published, src.text[body:].strip()
    ('14 March 2025', 'Some 500 troops arrived.')
    """
    text = src.text
    m = _LINE.search(text, pos)
    if m is None or text[pos:m.start()].strip():
        return pos
    date = _credit_line_pattern().fullmatch(m.group(0))
    if not date or date.group("credits") or date.group("by") or _RUNS_ON_BELOW.match(text, m.end()):
        return pos
    src.published = " ".join(filter(None, [date.group("date"), date.group("time")]))
    return m.end()


def _paragraphs_from(text: str, pos: int, start: int, rest: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``paragraph_spans(text, pos)``, where the body starts, from ``rest`` (the paragraphs from
    ``start``, read for the byline) when they are the same: the body starts where they do, or
    at the start of their first line (only blank lines before it: the same lines, the same
    blocks), as it does when no byline came between.

    >>> t = "Title\\n\\nSome 500 troops arrived.\\nMore came."
    >>> rest = paragraph_spans(t, 5)
    >>> _paragraphs_from(t, rest[0][0], 5, rest) is rest, _paragraphs_from(t, rest[0][0], 5, rest) == paragraph_spans(t, rest[0][0])
    (True, True)
    """
    if pos == start or (rest and pos == rest[0][0] and text[pos - 1] in "\r\n"):
        return rest
    return paragraph_spans(text, pos)


def _body_sentences(src: Source, first_number: int) -> list[Sentence]:
    """The sentences of the source's paragraphs, numbered from ``first_number``, each repeat
    of an earlier passage of the file (``MIN_REPEAT_WORDS`` or more) pointing at its first copy.
    A body line that reads as the headline (``first_number`` 1: the title is sentence 0) is the
    page's copy of its headline, a repeat of sentence 0: the figures are the headline's, once.

    >>> src = load_text("a", "Some 500 troops arrived in Kursk. Some 500 troops arrived in Kursk.")
    >>> [s.repeat_of for s in _body_sentences(src, 0)]
    [None, 0]
    >>> src = load_text("a", "Ten Guards Killed In Tarn\\n\\nTen Guards Killed In Tarn\\n\\nThe army said ten guards died.")
    >>> [(s.role, s.repeat_of) for s in src.sentences]
    [('title', None), ('body', 0), ('body', None)]
    """
    sentences: list[Sentence] = []
    seen: dict[str, int] = {}
    if first_number == 1 and src.title.strip():
        seen[normalise_passage(src.title)] = 0
    for paragraph_no, (p_start, p_end) in enumerate(src.paragraphs, start=1):
        for s, e in split_sentences(src.text[p_start:p_end], p_start):
            number = first_number + len(sentences)
            body = src.text[s:e]
            key = normalise_passage(body)
            first = seen.get(key) if len(key.split()) >= MIN_REPEAT_WORDS or (
                first_number == 1 and not sentences and seen.get(key) == 0) else None
            sentences.append(Sentence(src.article, paragraph_no, number, s, e, "body", body, first))
            seen.setdefault(key, number)
    return sentences


def load_file(path: Path, title: str = "") -> Source:
    """Read and parse one raw file; a problem becomes ``status="error"`` with the reason.
    ``title``: the headline the sources manifest gives (see ``load_text``).

    >>> load_file(paths.RAW / "no such file.txt").status
    'error'
    """
    src = Source(article=path.stem, file=path.name)
    try:
        suffix = path.suffix.lower()
        if path.is_symlink() and not path.exists():
            raise SourceError("broken or looping symbolic link")
        if path.is_dir():
            raise SourceError("a folder, not a file")
        if suffix in JSONL_SUFFIXES | PARQUET_SUFFIXES:
            raise SourceError(f"a news archive ({suffix}) inside a folder of articles is not read: "
                              "give the archive on its own (claimtable report FILE), or add the "
                              "folder's pages to it as rows with the page's HTML in 'text'")
        if suffix not in TEXT_SUFFIXES | HTML_SUFFIXES:
            raise SourceError(f"not a text file (extension {suffix})")
        try:
            data = path.read_bytes()
        except OSError as e:
            raise SourceError(f"cannot be read ({e.strerror or e})") from e
        text, encoding = decode(data)
        meta = {}
        kinds = None
        if suffix in HTML_SUFFIXES:
            meta = html_metadata(text)
            (text, kinds), encoding = html_page(text), f"{encoding}, html"
            if not text.strip():
                raise SourceError("HTML page with no visible text")
    except SourceError as e:
        src.status, src.reason = "error", str(e)
        return src
    if kinds is not None:  # the page's own title may name its headline: read before the blocks
        src = Source(article=path.stem, file=path.name, text=text, encoding=encoding, meta=meta)
        return load_page(src, title, kinds)
    loaded = load_text(path.stem, text, file=path.name, encoding=encoding, title=title)
    loaded.meta = meta
    return loaded


def iter_source_files(folder: Path) -> list[Path]:
    """The entries of a raw folder, sorted by name (hidden files skipped).

    >>> [p.name for p in iter_source_files(paths.RAW)][:1]
    ['000_4fd664b2c8154858.txt']
    """
    if not folder.exists():
        raise FileNotFoundError(f"raw folder not found: {folder}")
    if not folder.is_dir():
        raise NotADirectoryError(f"raw folder is not a folder: {folder}")
    # a manifest, or an analyst's corrections file kept inside the folder, is never an article
    skipped = {manifest_path(folder), folder / MANIFEST_INSIDE, folder / CORRECTIONS_INSIDE}
    return sorted((p for p in folder.iterdir() if not p.name.startswith(".") and p not in skipped),
                  key=lambda p: p.name)


def expand_paths(items: Iterable[str | Path]) -> Iterator[Path]:
    """Files named on a command line: a folder stands for its entries, sorted by name.

    >>> [p.name for p in expand_paths([paths.RAW])][:1]
    ['000_4fd664b2c8154858.txt']
    """
    for item in items:
        p = Path(item)
        if p.is_dir():
            yield from iter_source_files(p)
        else:
            yield p


# --------------------------------------------------------------------------- a collection


def manifest_path(folder: Path) -> Path:
    """The sources manifest of a raw folder: ``sources.csv`` beside it (``data/sources.csv``
    for ``data/raw``), else a ``sources.csv`` inside it (where users also put it); the place
    beside it when there is neither.

    >>> manifest_path(paths.RAW) == paths.MANIFEST
    True
    """
    beside, inside = folder.parent / "sources.csv", folder / MANIFEST_INSIDE
    return inside if not beside.exists() and inside.is_file() else beside


def manifest_notice(folder: Path) -> str | None:
    """What a user must be told when a raw folder has two sources manifests, one beside it and
    one inside it: which one is read (the one beside, ``manifest_path``) and which is not.
    ``None`` when it has one or none.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     raw = Path(d) / "raw"
    ...     raw.mkdir()
    ...     for f in (Path(d) / "sources.csv", raw / "sources.csv"):
    ...         _ = f.write_text("article\\n")
    ...     print(manifest_notice(raw).replace(d, "/x"))
    raw/ has two sources manifests: /x/sources.csv (beside the folder) is read, /x/raw/sources.csv (inside it) is not; merge them into one and remove the other
    """
    beside, inside = folder.parent / "sources.csv", folder / MANIFEST_INSIDE
    if not (folder.is_dir() and beside.is_file() and inside.is_file()):
        return None
    return (f"{folder.name}/ has two sources manifests: {beside} (beside the folder) is read, "
            f"{inside} (inside it) is not; merge them into one and remove the other")


def manifest_notices(items: Iterable[str | Path]) -> list[str]:
    """``manifest_notice`` of each folder named (a file's folder for a file), once each."""
    folders = dict.fromkeys(Path(i) if Path(i).is_dir() else Path(i).parent for i in items)
    return [n for n in map(manifest_notice, folders) if n]


#: The name of a sources manifest kept inside its raw folder: read as the manifest, never as an article.
MANIFEST_INSIDE = "sources.csv"
#: The name of an analyst's corrections file (``corrections.FILE_NAME``), which may be kept inside
#: the raw folder as the manifest may (``corrections.find`` says which one a run applies): never
#: an article.
CORRECTIONS_INSIDE = "corrections.csv"


def manifest_line(manifest: str | Path) -> str:
    """Which sources manifest a run read, in one line for notebook 01 (``manifest``: its
    parameter, as given).

    >>> manifest_line("data/sources.csv")
    'Facts from the manifest data/sources.csv come first; what each file says fills the gaps.'
    >>> manifest_line("no/sources.csv")
    "No manifest at no/sources.csv: each file's byline, page metadata or name gives its facts."
    """
    if str(manifest) and paths.resolve(manifest).is_file():
        return f"Facts from the manifest {manifest} come first; what each file says fills the gaps."
    return f"No manifest at {manifest}: each file's byline, page metadata or name gives its facts."


def read_manifest_rows(path: Path | None = None) -> list[dict[str, str]]:
    """The rows of a sources manifest as dicts of strings; none when there is no manifest.
    Raises ``ManifestError`` when it cannot be read, lacks a column or is not UTF-8 CSV.

    >>> read_manifest_rows(paths.RAW / "no_manifest_here.csv")
    []
    """
    path = path or paths.MANIFEST
    if not path.is_file():
        return []
    try:
        with open(path, encoding="utf-8-sig", newline="") as f:
            reader = csv.DictReader(f)
            missing = [c for c in MANIFEST_COLUMNS if c not in (reader.fieldnames or [])]
            if missing:
                raise ManifestError(path, f"missing manifest columns {missing}")
            rows, long = [], []
            for row in reader:
                if None in row:  # DictReader's key for fields beyond the header's
                    long.append(reader.line_num)
                rows.append({c: row[c] or "" for c in MANIFEST_COLUMNS})
            if long:  # every such line, so that one edit fixes them all
                lines = f"line {long[0]} has" if len(long) == 1 else (
                    f"lines {', '.join(map(str, long[:-1]))} and {long[-1]} have")
                raise ManifestError(path, f"{lines} more fields than the header (a comma in an "
                                          "unquoted field? put the field in double quotes)")
            return rows
    except (UnicodeDecodeError, csv.Error) as e:
        raise ManifestError(path, f"not a readable CSV manifest ({e})") from e
    except OSError as e:
        raise ManifestError(path, f"cannot be read ({e.strerror or e})") from e


def manifest_titles(rows: list[dict[str, str]]) -> dict[str, str]:
    """Article id -> headline, for the manifest rows that give one.

    >>> manifest_titles([{"article": "a", "title": "Troops arrive"}, {"article": "b", "title": ""}])
    {'a': 'Troops arrive'}
    """
    return {row["article"]: row["title"] for row in rows if row["title"].strip()}


def mark_syndication(sources: list[Source]) -> None:
    """Fill ``also_in`` for sentences that an earlier file (by name) already carries.

    >>> text = "Some 1,500 North Korean troops have arrived in the Russian Far East."
    >>> sources = [load_text("a", text), load_text("b", text)]
    >>> mark_syndication(sources)
    >>> sources[1].sentences[0].also_in  # the article and the sentence number there
    'a:0'
    """
    seen = Syndication()
    for src in sources:
        seen.mark(src)


class Syndication:
    """``mark_syndication`` one source at a time, in order: it keeps a digest of each passage
    seen (not its text) and where it was first.

    >>> text = "Some 1,500 North Korean troops have arrived in the Russian Far East."
    >>> seen = Syndication()
    >>> for src in (load_text("a", text), load_text("b", text)):
    ...     seen.mark(src)
    >>> src.sentences[0].also_in
    'a:0'
    """

    def __init__(self) -> None:
        self.first_seen: dict[bytes, str] = {}

    def mark(self, src: Source) -> None:
        """Fill ``also_in`` of the sentences of ``src`` that an earlier source carries."""
        import hashlib

        updated = []
        for s in src.sentences:
            key = copy_key(s.text)
            also = ""
            if len(key.split()) >= MIN_REPEAT_WORDS:
                digest = hashlib.blake2b(key.encode("utf-8"), digest_size=16).digest()
                owner = self.first_seen.get(digest)
                if owner and not owner.startswith(f"{src.article}:"):
                    also = owner
                self.first_seen.setdefault(digest, f"{src.article}:{s.sentence}")
            updated.append(s if also == s.also_in else replace(s, also_in=also))
        src.sentences = updated


@dataclass
class Collection:
    """What loading a raw folder gives: the sources, the manifest, and every problem.

    >>> load_folder().problems
    []
    """

    sources: list[Source]
    manifest: pd.DataFrame
    problems: list[str]

    def articles(self) -> pd.DataFrame:
        """One row per raw file (and per manifest row without a file), ``ARTICLE_COLUMNS``."""
        return articles_table(self.sources, self.manifest)

    def sentences(self) -> pd.DataFrame:
        """One row per sentence of every loaded source, ``SENTENCE_COLUMNS``."""
        return sentences_table(self.sources)


def load_folder(folder: str | Path | None = None, manifest: str | Path | None = None) -> Collection:
    """Load every file in a raw folder (default ``data/raw``) with the sources manifest.

    A missing folder raises ``FileNotFoundError``; a bad file never stops the others.

    >>> len(load_folder("data/raw").sources)
    2
    """
    folder = paths.resolve(folder) if folder is not None else paths.RAW
    import pandas as pd

    rows = read_manifest_rows(paths.resolve(manifest or manifest_path(folder)))
    titles = manifest_titles(rows)
    sources = [load_file(p, titles.get(p.stem, "")) for p in iter_source_files(folder)]
    manifest_frame = pd.DataFrame(rows, columns=MANIFEST_COLUMNS)
    mark_syndication([s for s in sources if s.ok])
    problems = [f"{s.file}: {s.reason}" for s in sources if not s.ok]
    problems += missing_files(folder, manifest_frame["article"], {s.article for s in sources})
    return Collection(sources, manifest_frame, problems)


def missing_files(folder: Path, listed: Iterable[str], have: set[str]) -> list[str]:
    """A problem for each article the manifest lists that no file of ``folder`` holds: the
    same line from ``load_folder``, notebook 01 on either engine and ``claimtable extract``.

    >>> missing_files(Path("data/raw"), ["a", "ghost"], {"a"})
    ['ghost: listed in the manifest but no such file in raw/']
    """
    return [f"{a}: listed in the manifest but no such file in {folder.name}/"
            for a in listed if a not in have]


def report_problems(problems: Iterable[str], stream=None) -> None:
    """Print each problem on its own line to stderr (or ``stream``).

    >>> report_problems(["a.txt: empty file"], sys.stdout)
    claimtable: a.txt: empty file
    """
    stream = stream or sys.stderr
    for p in problems:
        print(f"claimtable: {p}", file=stream)


def articles_table(sources: list[Source], manifest: pd.DataFrame) -> pd.DataFrame:
    """The sources table: manifest facts first, what the file itself says second.

    >>> load_folder().articles()["status"].tolist()
    ['ok', 'ok']
    """
    by_id = {row["article"]: row for row in manifest.to_dict("records")}
    return articles_frame([article_row(src, by_id.get(src.article, {})) for src in sources], by_id)


def articles_frame(rows: Sequence[dict | tuple], by_id: dict[str, dict]) -> pd.DataFrame:
    """The sources table from the rows of the loaded sources (``article_row``, or its values
    in ``ARTICLE_COLUMNS`` order as a tuple, which holds a third of the memory) and the
    manifest's rows by article (a row for each article no source has), sorted and labelled.

    >>> articles_frame([article_row(load_text("b", "One."), {})], {"a": {"article": "a"}})["status"].tolist()
    ['missing', 'ok']
    """
    import pandas as pd

    values = [as_article_values(row) for row in rows]
    have = {row[0] for row in values}
    values += [as_article_values(_missing_article_row(article, known))
               for article, known in by_id.items() if article not in have]
    frame = pd.DataFrame(values, columns=ARTICLE_COLUMNS)
    frame = frame.sort_values("article", kind="stable").reset_index(drop=True)
    frame["label"] = articles.unique_labels(frame["label"])
    return frame


def as_article_values(row: dict | tuple) -> tuple:
    """A sources-table row as its values in ``ARTICLE_COLUMNS`` order.

    >>> as_article_values(article_row(load_text("a", "One."), {}))[:2]
    ('a', 'outlet unknown · undated')
    """
    return row if isinstance(row, tuple) else tuple(row[c] for c in ARTICLE_COLUMNS)


def article_row(src: Source, known: dict[str, str]) -> dict:
    """A loaded source's row of the sources table, with its manifest row ``known``.

    >>> row = article_row(load_text("a", "NATO said 700 troops arrived."), {"outlet": "AP"})
    >>> row["label"], row["words"], row["sentences"]
    ('AP · undated', 5, 1)
    """
    body = [s for s in src.sentences if s.role == "body"]
    repeated = {s.paragraph for s in body} - {s.paragraph for s in body if s.repeat_of is None}
    facts = source_facts(src, known)
    return {
        "article": src.article, "label": facts.label, "file": src.file, "title": facts.title,
        "outlet": facts.outlet, "url": facts.url, "published": facts.published,
        "language": known.get("language", ""),
        "author": src.author, "section": src.section, "credited_outlet": src.credited_outlet,
        "words": len(src.text[src.body_start:].split()) if src.ok else 0,
        "paragraphs": len(src.paragraphs), "repeated_paragraphs": len(repeated),
        "sentences": len(body), "encoding": src.encoding, "status": src.status, "reason": src.reason,
    }


def _missing_article_row(article: str, known: dict[str, str]) -> dict:
    """The sources table's row of an article the manifest lists but no file holds.

    >>> _missing_article_row("b", {"article": "b", "outlet": "AP"})["status"]
    'missing'
    """
    facts = articles.article_facts(article, manifest=known)
    return {
        **{c: "" for c in ARTICLE_COLUMNS},
        **{k: known.get(k, "") for k in ("article", "title", "outlet", "url", "language")},
        "label": facts.label, "published": facts.published,
        "words": 0, "paragraphs": 0, "repeated_paragraphs": 0, "sentences": 0,
        "status": "missing", "reason": "listed in the manifest but no file",
    }


def source_facts(src: Source, manifest_row: dict[str, str] | None = None) -> articles.ArticleFacts:
    """An article's facts (``sources.article_facts``) from its manifest row, its byline and
    headline, and its page metadata.

    >>> source_facts(load_text("a", "NATO said 700 troops arrived."), {"outlet": "AP"}).label
    'AP · undated'
    """
    byline = {"outlet": src.credited_outlet, "published": src.published, "title": label_headline(src)}
    return articles.article_facts(src.article, manifest=manifest_row, byline=byline,
                                        page=src.meta)


#: How many of a text's first lines may hold its headline under a page's menus and stamps.
HEADLINE_LINES = 6


def label_headline(src: Source) -> str:
    """The headline an article's facts give (its title and, with no outlet, its label): the
    title the text was read with when it can name the article (``articles.names_article``);
    else, when that title is a menu line or a stamp, the first of the text's first
    ``HEADLINE_LINES`` lines, above its first sentence, that reads as a title and can name it, else the title as read (the
    label then says "outlet unknown"). A page whose first lines are its menus and a stamp
    ("Pages Menu", "Posted on Jun 7, 2007 in Front Page Features") is named by the headline
    under them, never by a menu line; a text read with no title gets none here either. The
    sentences keep their roles: only the label and the title column read it.

    >>> text = "Pages Menu\\n\\nPosted on Jun 7, 2007 in Front Page Features\\n\\nTwo Days to Remember\\n\\nBy Jo Lee\\n\\nThe army said 40 troops left."
    >>> src = load_text("a", text)
    >>> label_headline(src), source_facts(src).label
    ('Two Days to Remember', '“Two Days to Remember” · undated')
    """
    if not src.title or articles.names_article(src.title) or not src.ok:
        return src.title
    for s, e in paragraph_spans(src.text)[:HEADLINE_LINES]:
        line = src.text[s:e].strip()
        if re.search(r"[.!?][\"'”’)]?$", line):  # the body has begun: a headline is above it
            break
        if (_looks_like_title(line, True) and articles.names_article(line) and not is_furniture_line(line)
                and _reads_as_words(line)):
            return line
    return src.title


def _reads_as_words(line: str) -> bool:
    """Whether a line under a page's menus reads as a headline's words, not as an address or a
    site's name in capitals ("Dorchester Center, MA 02124", "Latino Daily News"): a word in lower
    case, or five words at least.

    >>> _reads_as_words("Two Days to Remember"), _reads_as_words("Dorchester Center, MA 02124")
    (True, False)
    """
    words = line.split()
    return len(words) >= 5 or any(re.fullmatch(r"[^\W\d_]*[a-z][^\W\d_]*", w) and w.islower() for w in words)


def sentences_table(sources: list[Source]) -> pd.DataFrame:
    """All sentences of the loaded sources, in file then text order.

    >>> sentences_table([load_text("a", "One. Two.")])["text"].tolist()
    ['One.', 'Two.']
    """
    import pandas as pd

    rows = [
        {
            "article": s.article, "paragraph": s.paragraph, "sentence": s.sentence,
            "start": s.start, "end": s.end, "role": s.role, "text": s.text,
            "repeat_of": s.repeat_of, "also_in": s.also_in,
        }
        for src in sources
        for s in src.sentences
    ]
    frame = pd.DataFrame(rows, columns=SENTENCE_COLUMNS)
    frame["repeat_of"] = frame["repeat_of"].astype("Int64")
    return frame
