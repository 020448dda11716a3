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

from claimtable import contract, corrections, dataset, extract, narrate, paths, pipeline, report
from claimtable.summaries_duckdb import DATASET_ORDER, SqlSummaries, _lit, _q, dataset_scan


class FrameClaims:
    """The claims extracted from ``sentences.csv`` (or read whole from a dataset) and the
    sentences, in memory.

    >>> FrameClaims("data/processed/sentences.csv").findings().text.startswith("13 claims")
    True
    """

    def __init__(self, sentences_table: str | os.PathLike[str],
                 claims_dataset: str | os.PathLike[str] = "", corrections_csv: str | os.PathLike[str] = "",
                 jobs: int | None = None) -> None:
        self.sentences = pipeline.read_table(sentences_table)
        self.read = corrections.given(corrections_csv)  # the file read, "" when there is none
        self.frame, self.applied = corrections.apply(
            pipeline.claims_from_sentences(sentences_table, claims_dataset, jobs), corrections.read(corrections_csv))

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

    def corrected(self) -> report.Table:
        """The analyst's corrections and what each did (``corrections.apply``)."""
        return corrections_table(self.applied, self.read)

    def write(self, out_dir: str | os.PathLike[str]) -> Path:
        """``pipeline.write_claims_table``: checked, then written as ``claims.csv``, and the
        record of the analyst's corrections beside it (``corrections.write_record``)."""
        corrections.write_record(self.applied, out_dir, self.read)
        return pipeline.write_claims_table(self.frame, out_dir)


def corrections_table(applied: pd.DataFrame, read: str = "") -> report.Table:
    """The record of the analyst's corrections as a table titled with what they did, or with
    ``corrections.none_said`` of the file read (``read``) when they did nothing."""
    said = corrections.summary(applied) or corrections.none_said(read)
    return report.Table(applied, title=said, csv=corrections.APPLIED)


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
                 claims_dataset: str | os.PathLike[str], corrections_csv: str | os.PathLike[str] = "") -> None:
        sentences = paths.resolve(sentences_table)
        self.rules = corrections.read(corrections_csv)
        self.read = corrections.given(corrections_csv)
        self.applied = pd.DataFrame(columns=corrections.APPLIED_COLUMNS)
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

    def corrected(self) -> report.Table:
        """The analyst's corrections (applied batch by batch as ``claims.csv`` is written: the
        counts above are the dataset's own)."""
        return corrections_table(self.applied if len(self.applied) else
                                 self.rules.assign(start=self.rules["start"].astype(int), figure="", was="",
                                                   now=self.rules["value"], done="applied when written")
                                 [corrections.APPLIED_COLUMNS], self.read)

    def write(self, out_dir: str | os.PathLike[str]) -> Path:
        """``claims.csv`` written batch by batch through ``pipeline.write_csv_batches``, the
        analyst's corrections applied to each batch (they name claims by article, and a batch
        holds whole articles) and every claim checked against the contract first
        (``pipeline.write_claims_table``'s bytes)."""
        done: list[pd.DataFrame] = []

        def checked():
            for batch in self.batches():
                mine = self.rules[self.rules["article"].isin(set(batch["article"].astype(str)))]
                batch, applied = corrections.apply(batch, mine)
                done.append(applied)
                for row in batch.to_dict("records"):
                    contract.check_claim(row)
                yield batch

        target = paths.resolve(out_dir) / "claims.csv"
        pipeline.write_csv_batches(self.columns, checked(), target)
        seen = {a for d in done for a in d["article"]}
        _, unmatched = corrections.apply(pd.DataFrame(columns=["article", "start", "figure"]),
                                         self.rules[~self.rules["article"].isin(seen)])
        records = [d for d in [*done, unmatched] if len(d)]
        self.applied = pd.concat(records, ignore_index=True) if records else self.applied
        # the file's order, as the pandas engine writes it
        order = {(a, str(s)): i for i, (a, s) in enumerate(zip(self.rules["article"], self.rules["start"], strict=True))}
        self.applied = self.applied.iloc[sorted(range(len(self.applied)), key=lambda i: order.get(
            (self.applied["article"].iat[i], str(self.applied["start"].iat[i])), i))].reset_index(drop=True)
        corrections.write_record(self.applied, out_dir, self.read)
        return target


def open_claims(sentences_table: str | os.PathLike[str], claims_dataset: str | os.PathLike[str] = "",
                engine: str = "pandas", corrections_csv: str | os.PathLike[str] = "",
                jobs: int | None = None) -> FrameClaims | DatasetClaims:
    """Notebook 02's claims on an engine of ``pipeline.ENGINES``: a dataset on duckdb is read
    through DuckDB; claims extracted from the sentences are held whole on either engine
    (extraction needs them), in ``jobs`` worker processes (``None`` or 0: all cores).

    >>> type(open_claims("data/processed/sentences.csv", "", "duckdb")).__name__
    'FrameClaims'
    """
    if engine not in pipeline.ENGINES:
        raise ValueError(f"engine {engine!r} is not one of {', '.join(pipeline.ENGINES)}")
    if engine == "duckdb" and str(claims_dataset or ""):
        return DatasetClaims(sentences_table, claims_dataset, corrections_csv)
    return FrameClaims(sentences_table, claims_dataset, corrections_csv, jobs or None)
