"""News archives: many articles in one JSON Lines file or one Parquet file or folder.

An archive holds one article a row: a ``text`` field (required; or one of ``TEXT_ALIASES``,
"body", "content", ...) and optional ``article`` (its
id), ``title``, ``outlet``, ``published``, ``url`` and ``language``. A row's text goes through
the same loader rules as a file's (``load.load_text``: furniture, paragraphs, sentences,
repeats; bytes are decoded as ``load.decode`` decodes a file, and text that is an HTML page is
reduced to its visible text). A row that cannot be used (invalid JSON, no ``text``, a ``text``
that is not text, empty or huge) is a ``BadRow`` that names the archive, the row (the line of
a JSONL file, the row of a Parquet file, both from 1) and the reason; the other rows still run.

>>> import json, tempfile
>>> with tempfile.TemporaryDirectory() as folder:
...     path = Path(folder) / "wire.jsonl"
...     _ = path.write_text(json.dumps({"article": "w1", "text": "Officials said 700 troops."})
...                         + "\\n{oops\\n" + json.dumps({"text": ""}) + "\\n", encoding="utf-8")
...     items = list(iter_archive(path))
>>> [(i.row, i.article if isinstance(i, ArchiveRow) else i.reason) for i in items]
[(1, 'w1'), (2, 'invalid JSON (Expecting property name enclosed in double quotes at column 2)'), (3, 'empty text')]
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from claimtable import load

if TYPE_CHECKING:
    from claimtable.load import Collection

#: File endings read as JSON Lines archives, and as Parquet.
JSONL_SUFFIXES = load.JSONL_SUFFIXES
PARQUET_SUFFIXES = load.PARQUET_SUFFIXES
#: Fields an archive row may carry besides ``text`` (the sources manifest's columns).
FIELDS = ("article", "title", "outlet", "published", "url", "language")
#: Other names scrapers and news APIs give those fields, read when the field itself is missing
#: or empty, in this order (a scraper's ``date`` is the article's ``published``: without this a
#: whole archive came out undated with no word said). A value under one of these names that is
#: not text (a news API's ``source`` object) is not read; the field stays empty.
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "article": ("id", "_id", "doc_id", "uuid"),  # a scraper's own key: a number is written out
    "title": ("headline",),
    "outlet": ("source", "source_name", "site", "site_name", "publisher", "source_domain"),
    "published": ("date", "published_at", "publishedAt", "publish_date", "date_publish",
                  "date_published", "datePublished", "pubDate", "pubdate"),
    "url": ("link",),
    "language": ("lang",),
}
#: Other names of the ``text`` field that scrapers and monitoring tools export (news-please's
#: ``maintext``): the first a row holds is its text when it has no ``text``.
TEXT_ALIASES = ("body", "content", "full_text", "article_text", "maintext")
#: A row's text longer than this is a dump, not an article: named as a bad row, not loaded
#: (a long news feature is under 100,000 characters).
MAX_TEXT_CHARS = 10_000_000
#: Parquet rows are read this many at a time (memory stays flat however large the file).
PARQUET_BATCH_ROWS = 1024

_HTML_START = re.compile(
    r"\s*<(?:!doctype\s+html|html|head|body|article|main|section|div|p|h[1-6]|title|meta)\b", re.I)


@dataclass(frozen=True)
class ArchiveRow:
    """One article of an archive, with what the row says about it (``facts``: its title,
    outlet, published, url and language, as a sources-manifest row says them).

    >>> row = ArchiveRow("wire.jsonl", 3, "wire-3", "700 troops arrived.", where="line",
    ...                  facts={"outlet": "AP"})
    >>> str(row), row.fact("outlet"), row.fact("title")
    ('wire.jsonl: line 3', 'AP', '')
    """

    file: str
    row: int
    article: str
    text: str
    encoding: str = "utf-8"
    facts: dict[str, str] = field(default_factory=dict)
    where: str = "row"  # "line" in a JSONL file
    meta: dict[str, str] = field(default_factory=dict)  # an HTML page's own metadata (load.html_metadata)
    #: for an HTML page, what each line of ``text`` is (``load.html_page``); None for plain text
    blocks: tuple[str, ...] | None = None

    def fact(self, name: str) -> str:
        """One of the row's facts ("" when it gives none)."""
        return self.facts.get(name, "")

    def __str__(self) -> str:
        return f"{self.file}: {self.where} {self.row}"


@dataclass(frozen=True)
class BadRow:
    """A row that cannot be used: where it is and why (``str()`` is the message a user reads).

    >>> str(BadRow("wire.jsonl", 7, "empty text", "line"))
    'wire.jsonl: line 7: empty text'

    A row that gives its own article id keeps it (``article``), in the message too:

    >>> str(BadRow("wire.jsonl", 13, "'text' is null", "line", article="broken"))
    "wire.jsonl: line 13 (article 'broken'): 'text' is null"
    """

    file: str
    row: int
    reason: str
    where: str = "row"
    article: str = ""

    def __str__(self) -> str:
        if self.where == "file":  # the whole archive file (not found, not Parquet, no text)
            return f"{self.file}: {self.reason}"
        named = f" (article {self.article!r})" if self.article else ""
        return f"{self.file}: {self.where} {self.row}{named}: {self.reason}"


def looks_like_html(text: str) -> bool:
    """Whether a row's text is an HTML page or fragment (it starts with a document tag).

    >>> looks_like_html("<!DOCTYPE html><p>x</p>"), looks_like_html("<p>One.</p>")
    (True, True)
    >>> looks_like_html("5 < 7 troops"), looks_like_html("Troops <b>arrived</b>")
    (False, False)
    """
    return _HTML_START.match(text) is not None


def archive_kind(path: Path) -> str | None:
    """``"jsonl"`` or ``"parquet"`` for a path that is an archive, else ``None``. A folder is a
    Parquet archive when it holds ``.parquet`` files (at any depth, as a partitioned dataset
    does) and no text or HTML files of its own.

    >>> archive_kind(Path("news.jsonl")), archive_kind(Path("a.txt"))
    ('jsonl', None)
    """
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in PARQUET_SUFFIXES and not path.is_dir():
        return "parquet"
    if path.is_dir():
        try:
            own = [p for p in path.iterdir() if not p.name.startswith((".", "_"))]
        except OSError:
            return None
        if any(p.suffix.lower() in (load.TEXT_SUFFIXES | load.HTML_SUFFIXES) - {""}
               and not p.is_dir() for p in own):
            return None  # a folder of articles
        return "parquet" if _parquet_files(path) else None
    return None


def _parquet_files(folder: Path) -> list[Path]:
    """The Parquet files of a dataset folder, sorted by path (hidden and ``_`` entries
    skipped; symbolic links to folders are not followed, so a link loop ends)."""
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith((".", "_"))]
        found += [Path(root) / f for f in files
                  if Path(f).suffix.lower() in PARQUET_SUFFIXES and not f.startswith((".", "_"))]
    return sorted(found)


def _as_field(name: str, value: object) -> str:
    """A row's optional field as text: missing is ``""``, numbers and dates are written out;
    raises ``ValueError`` for a value that is not one of those."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool) or not isinstance(value, (int, dt.date, dt.datetime)):
        raise ValueError(f"'{name}' is {type(value).__name__}, not text")
    return value.isoformat() if isinstance(value, dt.date) else str(value)


def _field(record: dict, name: str) -> str:
    """A row's field ``name`` as text (``_as_field``), else the first of its other names
    (``FIELD_ALIASES``) that holds text; raises ``ValueError`` when the field itself is not text.

    >>> _field({"date": "2025-02-03", "text": "x"}, "published")
    '2025-02-03'
    >>> _field({"published": "2025-02-04", "date": "2025-02-03"}, "published")
    '2025-02-04'
    >>> _field({"source": {"id": None, "name": "Wire"}}, "outlet")
    ''
    >>> _field({"id": 48213, "text": "x"}, "article")
    '48213'
    """
    value = _as_field(name, record.get(name))
    for other in FIELD_ALIASES.get(name, ()):
        if value:
            break
        try:
            value = _as_field(other, record.get(other))
        except ValueError:
            continue  # another use of the name (an object, a list): not this field
    return value


def _row_text(value: object, max_chars: int,
              encoding: str = "utf-8") -> tuple[str, str, dict[str, str], tuple[str, ...] | None]:
    """The text of a row's ``text`` value, its encoding (``encoding``: the one its JSON line
    was decoded with) and, for an HTML page, what its ``<head>`` says of it
    (``load.html_metadata``: the file loader's rule) and what each line is (``load.html_page``);
    raises ``load.SourceError``.

    >>> _row_text('<head><meta property="article:published_time" content="2024-11-28"></head><p>Hi.</p>', 99)
    ('Hi.', 'utf-8, html', {'published': '2024-11-28'}, ('body',))
    """
    if value is None:
        raise load.SourceError("'text' is null")
    if isinstance(value, (bytes, bytearray)):
        text, encoding = load.decode(bytes(value))
    elif isinstance(value, str):
        text = value
    else:
        raise load.SourceError(f"'text' is {type(value).__name__}, not text")
    if len(text) > max_chars:
        raise load.SourceError(f"text of {len(text):,} characters is over the limit of "
                               f"{max_chars:,} for one article")
    if not text.strip():
        raise load.SourceError("empty text" if not text else "empty text (only white space)")
    meta: dict[str, str] = {}
    blocks = None
    if looks_like_html(text):
        meta = load.html_metadata(text)
        (text, blocks), encoding = load.html_page(text), f"{encoding}, html"
        if not text.strip():
            raise load.SourceError("HTML page with no visible text")
    return text, encoding, meta, blocks


class ArticleIds:
    """Article ids of one run: a row without one gets ``<archive name>-<row>``; an id used
    twice is a bad row (two articles would share their claims).

    >>> ids = ArticleIds()
    >>> ids.claim("a", "x.jsonl: line 1"), ids.claim("a", "x.jsonl: line 2")
    (None, "article id 'a' is already used by x.jsonl: line 1")
    """

    def __init__(self) -> None:
        self.seen: dict[str, str] = {}

    def claim(self, article: str, where: str) -> str | None:
        first = self.seen.setdefault(article, where)
        return None if first == where else f"article id '{article}' is already used by {first}"


def default_id(file: Path, row: int) -> str:
    """The article id of a row that gives none (a bad row too): the archive's name and its line
    or row number, six digits.

    >>> default_id(Path("news.jsonl"), 21)
    'news-000021'
    """
    return f"{file.stem}-{row:06d}"


def text_field(names: Iterable[str]) -> str | None:
    """The field that holds a row's text: ``text``, else the first of ``TEXT_ALIASES`` the
    row (or a Parquet file's columns) has, else None.

    >>> text_field({"id": 1, "body": "x"}), text_field(["text", "body"]), text_field({"title": "x"})
    ('body', 'text', None)
    """
    present = set(names)
    return next((k for k in ("text", *TEXT_ALIASES) if k in present), None)


def _row(record: object, file: Path, row: int, where: str, ids: ArticleIds,
         max_chars: int, encoding: str = "utf-8") -> ArchiveRow | BadRow:
    """One decoded record as an ``ArchiveRow``, or the ``BadRow`` that says why not (with the
    article id the row gives, when it gives one that is free)."""
    try:
        if not isinstance(record, dict):
            raise load.SourceError(f"not a JSON object but {type(record).__name__}")
        key = text_field(record)
        if key is None:
            raise load.SourceError(f"no 'text' field (nor {', '.join(repr(a) for a in TEXT_ALIASES)})")
        text, encoding, meta, blocks = _row_text(record[key], max_chars, encoding)
        fields = {name: _field(record, name) for name in FIELDS}
    except (load.SourceError, ValueError) as e:
        try:
            own = _field(record, "article") if isinstance(record, dict) else ""
        except ValueError:
            own = ""  # an id that is no text: the bad row keeps the archive's name
        if own and ids.claim(own, f"{file.name} {where} {row}"):
            own = ""  # another row has it: the bad row keeps the archive's name for it
        return BadRow(str(file), row, str(e), where, article=own)
    article = fields.pop("article") or default_id(file, row)
    clash = ids.claim(article, f"{file.name} {where} {row}")
    if clash:
        return BadRow(str(file), row, clash, where)
    return ArchiveRow(str(file), row, article, text, encoding, facts=fields, where=where, meta=meta,
                      blocks=blocks)


def _json_reason(error: json.JSONDecodeError) -> str:
    """Why a line is not JSON, and where (some of ``json``'s messages end in "at" already).

    >>> _json_reason(json.JSONDecodeError("Invalid control character at", '{"a": "x\\ty"}', 9))
    'Invalid control character at column 10'
    >>> _json_reason(json.JSONDecodeError("Expecting value", "{", 1))
    'Expecting value at column 2'
    """
    return f"{error.msg.removesuffix(' at')} at column {error.colno}"


def _iter_jsonl(path: Path, ids: ArticleIds, max_chars: int) -> Iterator[ArchiveRow | BadRow]:
    with open(path, "rb") as f:
        for number, line in enumerate(f, start=1):
            if number == 1 and line.startswith(b"\xef\xbb\xbf"):
                line = line[3:]
            if not line.strip():
                continue  # a blank line holds no article
            if len(line) > 6 * max_chars + 1024:  # cannot hold a text under the limit
                yield BadRow(str(path), number, f"line of {len(line):,} bytes is over the limit "
                                                f"of {max_chars:,} characters for one article",
                             "line")
                continue
            try:
                text, encoding = load.decode(line)
                record = json.loads(text)
            except load.SourceError as e:
                yield BadRow(str(path), number, str(e), "line")
                continue
            except json.JSONDecodeError as e:
                yield BadRow(str(path), number, f"invalid JSON ({_json_reason(e)})",
                             "line")
                continue
            yield _row(record, path, number, "line", ids, max_chars, encoding)


def _iter_parquet_file(path: Path, ids: ArticleIds, max_chars: int) -> Iterator[ArchiveRow | BadRow]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        reader = pq.ParquetFile(path)
        names = set(reader.schema_arrow.names)
    except (OSError, pa.ArrowException) as e:
        yield BadRow(str(path), 0, f"not a readable Parquet file ({e})", "file")
        return
    key = text_field(names)
    if key is None:
        yield BadRow(str(path), 0, f"no 'text' column (columns: {', '.join(sorted(names))})",
                     "file")
        return
    columns = [key, *(c for f in FIELDS for c in (f, *FIELD_ALIASES.get(f, ())) if c in names)]
    number = 0
    try:
        for batch in reader.iter_batches(batch_size=PARQUET_BATCH_ROWS, columns=columns):
            for record in batch.to_pylist():
                number += 1
                yield _row(record, path, number, "row", ids, max_chars)
    except (OSError, pa.ArrowException) as e:
        yield BadRow(str(path), number + 1, f"the rest of the file cannot be read ({e})", "row")


def iter_archive(path: str | Path, max_chars: int = MAX_TEXT_CHARS,
                 ids: ArticleIds | None = None) -> Iterator[ArchiveRow | BadRow]:
    """The rows of a JSONL file or a Parquet file or folder, in order, one at a time (memory
    does not grow with the archive, but for the set of article ids). A Parquet folder's files
    are read in path order. An archive that does not exist is one ``BadRow``.

    >>> import tempfile, json
    >>> with tempfile.TemporaryDirectory() as d:
    ...     p = Path(d) / "news.jsonl"
    ...     _ = p.write_text(json.dumps({"text": "NATO said 700 troops arrived."}) + "\\n{}\\n")
    ...     [type(item).__name__ for item in iter_archive(p)]
    ['ArchiveRow', 'BadRow']
    """
    path = Path(path)
    ids = ids or ArticleIds()
    if not path.exists():
        yield BadRow(str(path), 0, "no such file or folder", "file")
        return
    kind = archive_kind(path)
    if kind == "jsonl":
        yield from _iter_jsonl(path, ids, max_chars)
    elif kind == "parquet":
        for file in [path] if path.is_file() else _parquet_files(path):
            yield from _iter_parquet_file(file, ids, max_chars)
    else:
        raise ValueError(f"{path}: not a JSONL or Parquet archive")


def source_of_row(row: ArchiveRow) -> load.Source:
    """The loaded source of an archive row (``load.load_text`` with the row's title).

    >>> src = source_of_row(ArchiveRow("a.jsonl", 1, "x", "Headline\\nOfficials said 700 troops arrived."))
    >>> src.article, src.file, [s.role for s in src.sentences]
    ('x', 'a.jsonl:1', ['title', 'body'])
    """
    loaded = load.Source(article=row.article, file=f"{Path(row.file).name}:{row.row}", text=row.text,
                         encoding=row.encoding, meta=dict(row.meta))  # a page's metadata, as load.load_file keeps a file's
    if row.blocks is not None:  # an HTML page: one paragraph per block, as load.load_file reads a page
        return load.load_page(loaded, row.fact("title"), row.blocks)
    src = load.load_text(row.article, row.text, file=loaded.file, encoding=row.encoding, title=row.fact("title"))
    src.meta = loaded.meta
    return src


def article_source(path: str | Path, article: str | None) -> load.Source:
    """The loaded source of one article of a JSONL or Parquet archive, read as ``claimtable
    extract`` reads its row; a ``ValueError`` says what is wrong (no ``article`` named, no such
    article, a bad row).

    The claims table's ``start`` and ``end`` are offsets into its ``text`` (for an HTML row,
    the page's visible text):

    >>> import json, tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     p = Path(d) / "news.jsonl"
    ...     _ = p.write_text(json.dumps({"text": "<p>Officials said 700 troops arrived.</p>"}) + "\\n")
    ...     article_source(p, "news-000001").text[15:18]
    '700'
    """
    path = Path(path)
    if not article:
        raise ValueError(f"{path}: an archive holds many articles: name one with --article ID "
                         f"(its 'article' field, else {path.stem}-<line or row number, six digits>)")
    for item in iter_archive(path):
        if isinstance(item, BadRow) and item.where == "file":
            raise ValueError(str(item))
        own = item.article or default_id(Path(item.file), item.row)
        if own != article:
            continue
        if isinstance(item, BadRow):
            raise ValueError(str(item))
        return source_of_row(item)
    raise ValueError(f"{path}: no article {article!r}")


def load_archive(path: str | Path, max_chars: int = MAX_TEXT_CHARS) -> Collection:
    """Load every row of an archive, as ``load.load_folder`` loads a folder: the sources (a bad
    row is a source with status ``error`` and its reason, under the id
    ``<archive name>-<row>``), a manifest built from the rows' fields (so ``articles()`` shows
    their title, outlet, date, url and language) and every bad row as a problem. Holds the whole archive in memory: for
    the workbook's notebooks, not for a million articles (``claimtable extract`` streams).

    >>> import tempfile, json
    >>> with tempfile.TemporaryDirectory() as d:
    ...     p = Path(d) / "news.jsonl"
    ...     _ = p.write_text(json.dumps({"article": "a", "text": "NATO said 700 troops arrived."}) + "\\n")
    ...     load_archive(p).articles()["status"].tolist()
    ['ok']
    """
    import pandas as pd

    manifest: list[dict[str, str]] = []
    problems: list[str] = []
    sources = list(iter_archive_sources(path, manifest, problems, max_chars))
    load.mark_syndication(sources)
    frame = pd.DataFrame(manifest, columns=load.MANIFEST_COLUMNS)
    return load.Collection(sources, frame, problems)


def iter_archive_sources(path: str | Path, manifest: list[dict[str, str]], problems: list[str],
                         max_chars: int = MAX_TEXT_CHARS) -> Iterator[load.Source]:
    """The sources of ``load_archive``, one row at a time (syndication not marked): each row's
    facts are appended to ``manifest`` and each bad row to ``problems`` as it comes.

    >>> import tempfile, json
    >>> with tempfile.TemporaryDirectory() as d:
    ...     p = Path(d) / "news.jsonl"
    ...     _ = p.write_text(json.dumps({"article": "a", "text": "NATO said 700 troops arrived."}) + "\\n")
    ...     rows: list = []
    ...     [s.article for s in iter_archive_sources(p, rows, [])], rows[0]["article"]
    (['a'], 'a')
    """
    for item in iter_archive(path, max_chars):
        if isinstance(item, BadRow):
            problems.append(str(item))
            if item.where != "file":  # a row is listed in the articles table with its reason
                yield load.Source(
                    article=item.article or default_id(Path(item.file), item.row),
                    file=f"{Path(item.file).name}:{item.row}", status="error",
                    reason=item.reason)
            continue
        manifest.append({**item.facts, "article": item.article, "notes": ""})
        yield source_of_row(item)
