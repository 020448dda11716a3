"""What notebook 02 shows and writes of the claims, on either engine: ``pandas`` holds the
claims table and the sentences whole (``FrameClaims``); ``duckdb`` with a claims Parquet
dataset (``claimtable extract --format parquet``) reads the dataset through DuckDB
(``DatasetClaims``): the findings are SQL counts, the tables shown their first rows, the
highlighted claims only the sentences of the figures shown, and ``claims.csv`` is written in
batches in the workbook's row order. Both write the same bytes and show the same text.

>>> claims = open_claims("data/processed/sentences.csv")
>>> len(claims)
13
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pandas as pd

from claimtable import contract, dataset, extract, narrate, paths, pipeline, report
from claimtable.summaries_duckdb import DATASET_ORDER, SqlSummaries, _lit, _q, dataset_scan


class FrameClaims:
    """The claims extracted from ``sentences.csv`` (or read whole from a dataset) and the
    sentences, in memory.

    >>> FrameClaims("data/processed/sentences.csv").findings().text.startswith("13 claims")
    True
    """

    def __init__(self, sentences_table: str | os.PathLike[str],
                 claims_dataset: str | os.PathLike[str] = "") -> None:
        self.sentences = pipeline.read_table(sentences_table)
        self.frame = pipeline.claims_from_sentences(sentences_table, claims_dataset)

    def __len__(self) -> int:
        return len(self.frame)

    def findings(self) -> narrate.Findings:
        """``narrate.claims_findings`` of the claims, over the articles of the sentences."""
        return narrate.claims_findings(self.frame, articles=self.sentences.article.nunique())

    def table(self, columns: list[str], title: str = "") -> report.Table:
        """The claims' ``columns`` (their first 200 rows shown)."""
        return report.Table(self.frame[columns], title=title)

    def per_article(self, title: str = "") -> report.Table:
        """``extract.summary``: claims per article."""
        return report.Table(extract.summary(self.frame), title=title)

    def highlighted(self) -> report.Table:
        """``report.highlighted_claims``: each figure in its sentence."""
        return report.highlighted_claims(self.frame, self.sentences)

    def write(self, out_dir: str | os.PathLike[str]) -> Path:
        """``pipeline.write_claims_table``: checked, then written as ``claims.csv``."""
        return pipeline.write_claims_table(self.frame, out_dir)


class DatasetClaims:
    """The claims of a Parquet dataset and the sentences table, through DuckDB
    (``summaries_duckdb.SqlSummaries``): only counts, the rows shown and one batch of
    ``dataset.BATCH_ROWS`` claims (while ``claims.csv`` is written) are held.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     frame = pipeline.claims_from_sentences("data/processed/sentences.csv")
    ...     _ = dataset.write_claims_dataset(frame.to_dict("records"), d)
    ...     claims = DatasetClaims("data/processed/sentences.csv", d)
    ...     len(claims), claims.per_article().total
    (13, 2)
    """

    def __init__(self, sentences_table: str | os.PathLike[str],
                 claims_dataset: str | os.PathLike[str]) -> None:
        sentences = paths.resolve(sentences_table)
        self.folder = paths.resolve(claims_dataset)
        self.columns = [*extract.CLAIM_COLUMNS, *extract.EXTRA_COLUMNS]
        self.rows = SqlSummaries(sentences.parent, claims=self.folder, sentences=sentences)

    def __len__(self) -> int:
        return self.rows.count("claims")

    def findings(self) -> narrate.Findings:
        """``narrate.claims_findings`` from SQL counts."""
        rows = self.rows
        unattributed = f"claimant = '{contract.UNATTRIBUTED}'"
        named = rows.rows(f"SELECT claimant, count(*) AS n FROM claims WHERE NOT ({unattributed}) "
                          "GROUP BY claimant ORDER BY n DESC, claimant LIMIT 3")
        return narrate.claims_text(narrate.ClaimCounts(
            claims=rows.count("claims"),
            articles=int(rows.rows("SELECT count(DISTINCT article) FROM sentences")[0][0]),
            with_claims=int(rows.rows("SELECT count(DISTINCT article) FROM claims")[0][0]),
            by_category={str(c): int(n) for c, n in rows.rows(
                "SELECT category, count(*) FROM claims GROUP BY category")},
            projected=rows.count("claims", "modality = 'projected'"),
            hedged=rows.count("claims", "hedge <> 'exact'"),
            unattributed=rows.count("claims", unattributed),
            top_claimants=[(str(c), int(n)) for c, n in named]))

    def table(self, columns: list[str], title: str = "", max_rows: int = 200) -> report.Table:
        """The first ``max_rows`` claims' ``columns`` in the workbook's order."""
        frame = self.rows.head(self.rows.claim_rows, columns, max_rows, typed_by="claims")
        table = report.Table(frame, title=title, max_rows=max_rows)
        table.total = len(self)
        return table

    def per_article(self, title: str = "") -> report.Table:
        """``extract.summary`` as an SQL ``GROUP BY``, its first 200 rows fetched."""
        return self.rows.claims_per_article(200, labelled=False, title=title, csv="")

    def highlighted(self) -> report.Table:
        """The first 200 figures in their sentences (``SqlSummaries.highlighted_claims``)."""
        return self.rows.highlighted_claims(200, labelled=False)

    def first_articles(self) -> list[str]:
        """The first article of each batch: the articles in order, cut where the claims so
        far would exceed ``dataset.BATCH_ROWS`` (an article's claims are never cut)."""
        firsts: list[str] = []
        held = 0
        for article, n in self.rows.stream("SELECT article, count(*) FROM claims GROUP BY article "
                                           "ORDER BY article"):
            if not firsts or held + n > dataset.BATCH_ROWS:
                firsts.append(str(article))
                held = 0
            held += int(n)
        return firsts

    def batches(self) -> Iterator[pd.DataFrame]:
        """The claims in the workbook's order (``dataset.claims_frame``'s), a batch of about
        ``dataset.BATCH_ROWS`` (the claims of a range of articles, sorted by DuckDB) at a
        time, typed as ``dataset.workbook_types`` types the whole table."""
        have = set(self.rows.columns["claims"])
        numeric = [c for c in self.columns if c in have and c in pipeline.NUMERIC_COLUMNS]
        whole = self.rows.integral("claims", numeric)
        if not any(self.folder.rglob("*.parquet")):
            return
        cols = ", ".join(_q(c) for c in self.columns)
        firsts = self.first_articles()
        for first, after in zip(firsts, [*firsts[1:], None], strict=True):
            where = f"t.article >= {_lit(first)}" + ("" if after is None else f" AND t.article < {_lit(after)}")
            cursor = self.rows.con.cursor()
            try:
                frame = cursor.sql(f"SELECT {cols} FROM {dataset_scan(self.folder, ordered=True)} t "
                                   f"WHERE {where} ORDER BY {DATASET_ORDER}").to_arrow_table().to_pandas()
            finally:
                cursor.close()
            yield dataset.workbook_types(frame, whole)

    def write(self, out_dir: str | os.PathLike[str]) -> Path:
        """``claims.csv`` written batch by batch through ``pipeline.write_csv_batches``, every
        claim checked against the contract first (``pipeline.write_claims_table``'s bytes)."""
        def checked():
            for batch in self.batches():
                for row in batch.to_dict("records"):
                    contract.check_claim(row)
                yield batch

        target = paths.resolve(out_dir) / "claims.csv"
        pipeline.write_csv_batches(self.columns, checked(), target)
        return target


def open_claims(sentences_table: str | os.PathLike[str], claims_dataset: str | os.PathLike[str] = "",
                engine: str = "pandas") -> FrameClaims | DatasetClaims:
    """Notebook 02's claims on an engine of ``pipeline.ENGINES``: a dataset on duckdb is read
    through DuckDB; claims extracted from the sentences are held whole on either engine
    (extraction needs them).

    >>> type(open_claims("data/processed/sentences.csv", "", "duckdb")).__name__
    'FrameClaims'
    """
    if engine not in pipeline.ENGINES:
        raise ValueError(f"engine {engine!r} is not one of {', '.join(pipeline.ENGINES)}")
    if engine == "duckdb" and str(claims_dataset or ""):
        return DatasetClaims(sentences_table, claims_dataset)
    return FrameClaims(sentences_table, claims_dataset)
