"""What the charts and the report show of the row tables (``claims.csv``, ``sentences.csv``,
``relays.csv``, ``articles.csv``), through DuckDB: counts and per-article and per-place
summaries are SQL, and only the rows a reader sees (a cut table's first rows, the sentences
of the figures shown) are fetched. Notebooks 04 and 05 with ``engine="duckdb"``; the tables
are those of ``summaries.FrameSummaries`` (the pandas engine), to the byte.

>>> rows = SqlSummaries("data/processed")
>>> table = rows.claims(max_rows=3)
>>> len(table.frame), table.total
(3, 13)
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from claimtable import lexicons, narrate, paths, report
from claimtable.contract import UNATTRIBUTED
from claimtable.dates import parse_published
from claimtable.duckdb_sql import csv_scan
from claimtable.duckdb_sql import quoted_name as _q
from claimtable.duckdb_sql import quoted_text as _lit

if TYPE_CHECKING:
    import duckdb

#: DuckDB's own memory for the summaries; beyond it, it spills to a temporary folder.
MEMORY_LIMIT = "64MB"
#: DuckDB's threads and the CSV reader's buffer (a row must fit in it): more of either holds
#: more memory while a file is read, and the memory held grew with the file at DuckDB's defaults.
THREADS = 1
CSV_BUFFER = 4 * 2**20
#: Rows fetched at a time when a table is streamed (the sentences, for the places).
CHUNK_ROWS = 20_000
#: The tables of the processed folder read here, all through DuckDB.
ROW_TABLES = ("claims", "sentences", "relays", "articles")
#: The columns of the claims table the report shows, in its order.
CLAIM_VIEW = ["label", "figure", "measure", "hedge", "modality", "unit", "status", "claimant",
              "place", "as_of"]
#: The columns of the sources table the report shows.
SOURCE_VIEW = ["label", "file", "title", "outlet", "credited_outlet", "url", "published", "author", "words",
               "repeated_paragraphs", "status", "reason"]
#: The sources table's rows shown first: the articles that could not be read or have no file.
UNREAD = "status <> 'ok'"


def source_view(articles: pd.DataFrame) -> pd.DataFrame:
    """``SOURCE_VIEW`` of sources-table rows; a manifest row with no file names its article
    in the ``file`` column, so that every row says what to look for.

    >>> source_view(pd.DataFrame({"article": ["ghost"], "file": [""], "status": ["missing"]},
    ...                          columns=["article", *SOURCE_VIEW]))["file"].tolist()
    ['ghost (a manifest row: no such file)']
    """
    named = articles["file"].fillna("").astype(str)
    named = named.where(named != "", articles["article"].astype(str) + " (a manifest row: no such file)")
    return articles.assign(file=named)[SOURCE_VIEW]


def _among(articles: list[str]) -> str:
    """An SQL condition: the row's article is one of these (a filter, so rows keep their order).

    >>> _among(["a", "b'c", "a"])
    "article IN ('a', 'b''c')"
    """
    return f"article IN ({', '.join(_lit(a) for a in dict.fromkeys(articles))})"


def connect() -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB database with ``MEMORY_LIMIT``, ``THREADS`` and a temporary folder
    of its own (removed when the process ends).

    >>> connect().execute("SELECT current_setting('memory_limit') <> ''").fetchone()
    (True,)
    """
    import atexit
    import shutil
    import tempfile

    import duckdb

    folder = tempfile.mkdtemp(prefix="claimtable-summaries-")
    atexit.register(shutil.rmtree, folder, True)
    return duckdb.connect(":memory:", config={"memory_limit": MEMORY_LIMIT, "threads": THREADS,
                                              "temp_directory": folder})


def header(path: str | os.PathLike[str]) -> list[str]:
    """The column names of a CSV table (its first line).

    >>> header("data/processed/relays.csv")[:2]
    ['estimate', 'article']
    """
    with open(path, encoding="utf-8", newline="") as f:
        return next(csv.reader(f), [])


def typed(frame: pd.DataFrame, integral: dict[str, bool]) -> pd.DataFrame:
    """Text cells as ``pipeline.read_table`` types them: a number column (``pipeline.
    NUMERIC_COLUMNS``) as ``Int64`` when the whole column (``integral``, counted over every
    row with SQL) is integral, else float; empty cells missing.

    >>> typed(pd.DataFrame({"words": ["12", ""], "title": ["a", ""]}), {"words": True})["words"].tolist()
    [12, <NA>]
    """
    out = frame.copy()
    for col, whole in integral.items():
        if col in out:
            numbers = pd.to_numeric(out[col].replace("", None))
            out[col] = numbers.astype("Int64" if whole else "float64")
    return out


#: The workbook's order of the claims of a dataset (``dataset.claims_frame``'s: by article and
#: offset, ties in the order the files and their rows were written), over the scan named ``t``
#: (the view's text cells have the same names).
DATASET_ORDER = "t.article, t.start, t.filename, t.file_row_number"


def dataset_scan(folder: str | os.PathLike[str], ordered: bool = False) -> str:
    """The SQL that reads a claims Parquet dataset folder (its ``category`` partitions as
    text); ``ordered``: with the columns ``DATASET_ORDER`` needs.

    >>> dataset_scan("claims").startswith("read_parquet('claims/**/*.parquet'")
    True
    """
    extra = ", filename=true, file_row_number=true" if ordered else ""
    return (f"read_parquet({_lit(str(Path(folder) / '**' / '*.parquet'))}, hive_partitioning=true, "
            f"hive_types={{'category': VARCHAR}}{extra})")


class SqlSummaries:
    """The row tables of a processed folder as DuckDB views (every cell text, ``""`` when
    empty), each method gives what a notebook shows. A query reads only the columns it names,
    and its rows come in the order they are written (DuckDB keeps insertion order).
    ``claims``: another claims table, or a claims Parquet dataset (its cells as DuckDB writes
    them, ``1500.0``; its rows in the workbook's order, by article and offset, in the view
    ``claim_rows`` names); ``sentences``: another sentences table.

    >>> SqlSummaries("data/processed").count("sentences") > 10
    True
    """

    def __init__(self, processed_dir: str | os.PathLike[str],
                 claims: str | os.PathLike[str] | None = None,
                 sentences: str | os.PathLike[str] | None = None) -> None:
        self.folder = paths.resolve(processed_dir)
        self.con = connect()
        self.columns: dict[str, list[str]] = {}
        self.claim_rows = "claims"  # the view of the claims in the workbook's order
        given = {"claims": claims, "sentences": sentences}
        for name in ROW_TABLES:
            path = self.folder / f"{name}.csv"
            if given.get(name) is not None:
                path = paths.resolve(given[name])
            if path.is_dir():
                self._dataset_view(name, path)
            elif path.exists():
                self._view(name, path)

    def _dataset_view(self, name: str, folder: Path) -> None:
        """A claims Parquet dataset as a view of text cells, numbers as DuckDB writes them
        (``1500.0``): for counts, never for a table shown."""
        from claimtable import dataset

        names = dataset.open_claims(folder).schema.names
        self.columns[name] = names
        cells = ", ".join(f"COALESCE(CAST({_q(n)} AS VARCHAR), '') AS {_q(n)}" for n in names)
        self.claim_rows = f"{name}_in_order"
        if not any(folder.rglob("*.parquet")):
            empty = ", ".join(f"'' AS {_q(n)}" for n in names)
            self.con.execute(f"CREATE VIEW {name} AS SELECT {empty} LIMIT 0")
            self.con.execute(f"CREATE VIEW {self.claim_rows} AS SELECT * FROM {name}")
            return
        self.con.execute(f"CREATE VIEW {name} AS SELECT {cells} FROM {dataset_scan(folder)}")
        self.con.execute(f"CREATE VIEW {self.claim_rows} AS SELECT {cells} FROM "
                         f"{dataset_scan(folder, ordered=True)} t ORDER BY {DATASET_ORDER}")

    def _view(self, name: str, path: Path) -> None:
        names = header(path)
        self.columns[name] = names
        cells = ", ".join(f"COALESCE({_q(n)}, '') AS {_q(n)}" for n in names)
        self.con.execute(f"CREATE VIEW {name} AS SELECT {cells} FROM "
                         f"{csv_scan(path, names, buffer=CSV_BUFFER)}")

    def rows(self, sql: str) -> list[tuple]:
        """The result of a query (a small one: a summary or a cut table's rows)."""
        cursor = self.con.cursor()
        try:
            return cursor.execute(sql).fetchall()
        finally:
            cursor.close()

    def stream(self, sql: str) -> Iterator[tuple]:
        """The result of a query, ``CHUNK_ROWS`` rows at a time."""
        cursor = self.con.cursor()
        try:
            result = cursor.execute(sql)
            while chunk := result.fetchmany(CHUNK_ROWS):
                yield from chunk
        finally:
            cursor.close()

    def read_articles(self) -> str:
        """The SQL condition of the articles that were read (``status`` ``ok``; all of them
        when the table has no ``status``)."""
        return "status = 'ok'" if "status" in self.columns.get("articles", ()) else "TRUE"

    def count(self, table: str, where: str = "TRUE") -> int:
        """How many rows of a table meet an SQL condition (0 for a table that is not there).

        >>> SqlSummaries("data/processed").count("claims", "claimant = 'unattributed'")
        0
        """
        if table not in self.columns:
            return 0
        return int(self.rows(f"SELECT count(*) FROM {table} WHERE {where}")[0][0])

    def outlets(self, where: str) -> int:
        """How many distinct outlets (not empty) the articles that meet a condition name.

        >>> SqlSummaries("data/processed").outlets("TRUE")
        1
        """
        return int(self.rows("SELECT count(DISTINCT outlet) FROM articles "
                             f"WHERE ({where}) AND outlet <> ''")[0][0])

    def integral(self, table: str, columns: list[str]) -> dict[str, bool]:
        """For each number column among ``columns``: are all its values (every row) integral?

        >>> SqlSummaries("data/processed").integral("articles", ["words", "title"])
        {'words': True}
        """
        from claimtable.pipeline import NUMERIC_COLUMNS

        numeric = [c for c in columns if c in NUMERIC_COLUMNS]
        if not numeric:
            return {}
        tests = ", ".join(f"bool_and({_q(c)} = '' OR TRY_CAST({_q(c)} AS DOUBLE) % 1 = 0)"
                          for c in numeric)
        found = self.rows(f"SELECT {tests} FROM {table}")[0]
        return {c: value is not False for c, value in zip(numeric, found, strict=True)}

    def head(self, table: str, columns: list[str], n: int, where: str = "TRUE",
             typed_by: str = "") -> pd.DataFrame:
        """The first ``n`` rows as written that meet an SQL condition, with ``columns`` typed as
        ``pipeline.read_table`` types them (over every row of ``typed_by``, default ``table``).

        >>> SqlSummaries("data/processed").head("articles", ["article", "words"], 1)["words"].tolist()
        [816]
        """
        cols = ", ".join(_q(c) for c in columns)
        found = self.rows(f"SELECT {cols} FROM {table} WHERE {where} LIMIT {int(n)}")
        return typed(pd.DataFrame(found, columns=columns), self.integral(typed_by or table, columns))

    def labels(self, articles: list[str]) -> list[str]:
        """Each article's label (its id where the sources table has none), as
        ``pipeline.with_labels`` gives it.

        >>> SqlSummaries("data/processed").labels(["000_4fd664b2c8154858", "x"])
        ['bbc.com · 2024-10-19', 'x']
        """
        found: dict[str, str] = {}
        if "articles" in self.columns and articles:
            found = dict(self.rows(f"SELECT article, label FROM articles WHERE {_among(articles)}"))
        return [found.get(a) or a for a in articles]

    # --- what the notebooks show ---------------------------------------------------------

    def collection_findings(self) -> narrate.Findings:
        """``narrate.collection_findings``, from SQL counts (the publication dates are read one
        distinct value at a time).

        >>> SqlSummaries("data/processed").collection_findings().text.startswith("2 articles")
        True
        """
        dates: dict[str, int] = {}
        for published, n in self.rows("SELECT published, count(*) FROM articles "
                                      "WHERE status = 'ok' GROUP BY published"):
            if parse_published(str(published)):
                dates[str(published)] = int(n)
        loaded = self.count("articles", "status = 'ok'")
        claimant = _lit(UNATTRIBUTED)
        named = self.rows(f"SELECT count(DISTINCT claimant) FROM claims WHERE claimant <> {claimant}")
        return narrate.collection_text(narrate.CollectionCounts(
            articles=loaded,
            outlets=self.outlets("status = 'ok'"),
            first_date=min(dates, default=""), last_date=max(dates, default=""),
            undated=loaded - sum(dates.values()), unreadable=self.count("articles") - loaded,
            claims=self.count("claims"), unattributed=self.count("claims", f"claimant = {claimant}"),
            named=int(named[0][0]),
            without_outlet=self.count("articles", "status = 'ok' AND coalesce(outlet, '') = ''")))

    def claims_per_article(self, max_rows: int = 60, labelled: bool = True, title: str = "",
                           csv: str = "claims.csv") -> report.Table:
        """``extract.summary`` with each article's label (``labelled``; else its id), its first
        ``max_rows`` rows (by article) as SQL: how many claims, how many of each category, the
        claimants named.

        >>> SqlSummaries("data/processed").claims_per_article(labelled=False).frame["article"].tolist()
        ['000_4fd664b2c8154858', '001_5320b9cdabafa139']
        """
        categories = lexicons.categories()
        counts = ", ".join(f"count_if(category = {_lit(c)}) AS {_q(c)}" for c in categories)
        summary = (f"SELECT article, count(*) AS claims, {counts}, string_agg(DISTINCT claimant, "
                   "'; ' ORDER BY claimant) AS claimants FROM claims GROUP BY article")
        # labelled (the report's): every article read, one without a claim as a row of 0s
        joined = (f"FROM (SELECT article, label FROM articles WHERE {self.read_articles()}) a "
                  f"LEFT JOIN ({summary}) s USING (article)" if labelled else f"FROM ({summary}) s")
        columns = ["label" if labelled else "article", "claims", *categories, "claimants"]
        cols = ", ".join(_q(c) if c in ("label", "article") else
                         f"coalesce({_q(c)}, {_lit('') if c == 'claimants' else 0}) AS {_q(c)}" for c in columns)
        if labelled and not title:
            title = report.CLAIMS_PER_ARTICLE
        found = self.rows(f"SELECT {cols} {joined} ORDER BY article LIMIT {int(max_rows)}")
        table = report.Table(pd.DataFrame(found, columns=columns), max_rows=max_rows, csv=csv,
                             title=title)
        table.total = int(self.rows(f"SELECT count(*) {joined}")[0][0])
        return table

    def claims(self, max_rows: int = 100) -> report.Table:
        """The claims table's first ``max_rows`` rows, labelled (``CLAIM_VIEW``)."""
        frame = self.head(self.claim_rows, ["article", *CLAIM_VIEW[1:]], max_rows, typed_by="claims")
        frame.insert(0, "label", self.labels(frame.pop("article").tolist()))
        table = report.Table(frame, max_rows=max_rows, csv="claims.csv")
        table.total = self.count("claims")
        return table

    def highlighted_claims(self, max_rows: int = 60, labelled: bool = True) -> report.Table:
        """``report.highlighted_claims`` of the first ``max_rows`` claims (with their article's
        label, ``labelled``, else its id): only their rows and the sentences that hold them are
        fetched."""
        numbers = ["start", "end", "claimant_start", "claimant_end"]
        shown = typed(self.head(self.claim_rows, ["article", "figure", "claimant", "sentence", *numbers],
                                max_rows, typed_by="claims"), dict.fromkeys(numbers, True))
        if labelled:
            shown["label"] = self.labels(shown["article"].tolist())
        found = self.rows("SELECT article, text, TRY_CAST(start AS BIGINT) FROM sentences "
                          f"WHERE {_among(shown['article'].tolist())}") if len(shown) else []
        sentences = pd.DataFrame(found, columns=["article", "text", "start"])
        table = report.highlighted_claims(shown, sentences, max_rows=max_rows)
        table.total = self.count("claims")
        return table

    def changed_relays(self, max_rows: int = 60) -> report.Table:
        """The relays that changed their claimant's statement, without the article id: the
        first ``max_rows``."""
        columns = [c for c in self.columns["relays"] if c != "article"]
        frame = self.head("relays", columns, max_rows, where="differs <> ''")
        table = report.Table(report.with_thousands(frame), max_rows=max_rows, csv="relays.csv")
        table.total = self.count("relays", "differs <> ''")
        return table

    def sources(self, max_rows: int = 100) -> report.Table:
        """The sources table's first ``max_rows`` rows (``SOURCE_VIEW``): those that could not
        be read first (``UNREAD``), then the others, each in the order written."""
        unread = self.head("articles", ["article", *SOURCE_VIEW], max_rows, UNREAD)
        read = self.head("articles", ["article", *SOURCE_VIEW], max_rows - len(unread), f"NOT ({UNREAD})")
        frame = pd.concat([unread, read], ignore_index=True) if len(unread) else read
        table = report.Table(source_view(frame), max_rows=max_rows, csv="articles.csv")
        table.total = self.count("articles")
        return table

    def sources_note(self) -> str:
        """``charts.sources_note`` from SQL counts.

        >>> SqlSummaries("data/processed").sources_note()
        '2 sources: 1 outlet, 2024-10 – 2024-10-19 (see the sources table).'
        """
        if not self.count("articles"):
            return ""
        have = set(self.columns["articles"])
        ok = "status = 'ok'" if "status" in have else "TRUE"
        n = self.count("articles", ok)
        facts = []
        if "outlet" in have:
            k = self.outlets(ok)
            if k:
                facts.append(f"{k:,} outlet{'s' if k != 1 else ''}")
        if "published" in have:
            # as ``charts.sources_note``: a date the reader could not parse is no end of the span
            from claimtable.dates import parse_published

            dates = sorted(str(d)[:10] for (d,) in self.stream(
                f"SELECT DISTINCT published FROM articles WHERE {ok} AND published <> ''") if parse_published(str(d)))
            if dates:
                facts.append(dates[0] if dates[0] == dates[-1] else f"{dates[0]} – {dates[-1]}")
        head = f"{n:,} source{'s' if n != 1 else ''}"
        return f"{head}: {', '.join(facts)} (see the sources table)." if facts else f"{head} (see the sources table)."

    def tied_figures(self) -> dict[str, list[str]]:
        """The figures the claims tie to each lower-case place name, each once, in the order of
        its first claim (``places.place_summary``'s): the claims with a place are streamed."""
        tied: dict[str, dict[str, None]] = {}
        for place, figure in self.stream("SELECT place, figure FROM claims WHERE place <> ''"):
            for name in filter(None, (p.strip().lower() for p in str(place).split(";"))):
                tied.setdefault(name, {}).setdefault(figure)
        return {name: list(figures) for name, figures in tied.items()}

    def places(self, target: str | os.PathLike[str]) -> pd.DataFrame:
        """``places.places_table`` streamed into ``target`` (``places.csv``) from the sentences
        in article order, and the ``places.place_summary`` the map draws (a row per place)."""
        from claimtable import places
        from claimtable.pipeline import _cell

        tally = places.PlaceTally()
        sentences = ((a, n, t, r == "") for a, n, t, r in self.stream(
            "SELECT article, sentence, text, repeat_of FROM (SELECT *, row_number() OVER () AS rn "
            "FROM (SELECT article, sentence, text, repeat_of FROM sentences)) ORDER BY article, rn"))
        Path(target).parent.mkdir(parents=True, exist_ok=True)
        with open(target, "w", encoding="utf-8", newline="") as f:
            writer = csv.writer(f, lineterminator="\n")
            writer.writerow(places.PLACE_COLUMNS)
            for row in places.iter_place_rows(sentences):
                tally.add(row)
                writer.writerow([_cell(row[c]) for c in places.PLACE_COLUMNS])
        return tally.summary(self.tied_figures())


def charts_stage(processed_dir: str | Path, figures_dir: str | Path) -> dict[str, list[Path]]:
    """``pipeline.charts_stage`` with the row tables read through DuckDB (``SqlSummaries``):
    ``places.csv`` and the five charts, the same bytes.

    >>> sorted(charts_stage("data/processed", "figures"))  # doctest: +SKIP
    ['agreement', 'estimates_over_time', 'munitions', 'places_map', 'who_says_what']
    """
    from claimtable import charts
    from claimtable.pipeline import read_table

    processed = paths.resolve(processed_dir)
    rows = SqlSummaries(processed)
    place_summary = rows.places(processed / "places.csv")
    estimates = read_table(processed / "estimates.csv")
    checks = read_table(processed / "derived_checks.csv")
    note = rows.sources_note()
    figures = {
        "estimates_over_time": lambda: charts.estimates_over_time(estimates, sources_note=note),
        "who_says_what": lambda: charts.who_says_what(estimates, sources_note=note),
        "agreement": lambda: charts.agreement_chart(estimates, sources_note=note),
        "munitions": lambda: charts.munitions_chart(estimates, checks, sources_note=note),
        "places_map": lambda: charts.places_map(place_summary, sources_note=note),
    }
    out = paths.resolve(figures_dir)
    return {name: charts.save(draw(), out / name) for name, draw in figures.items()}
