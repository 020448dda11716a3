"""What the charts (notebook 04) and the report (notebook 05) show of the row tables
(``claims.csv``, ``sentences.csv``, ``relays.csv``, ``articles.csv``), on either engine:
``pandas`` reads each table whole (``FrameSummaries``), ``duckdb`` reads them through DuckDB
and holds only summaries and the rows shown (``summaries_duckdb.SqlSummaries``). Both give
the same tables, text and files.

>>> rows = open_summaries("data/processed", "duckdb")
>>> print(rows.claims(max_rows=1).cut_note())
Showing the first 1 of 13 rows; all 13 are in claims.csv.
"""

from __future__ import annotations

import os
from pathlib import Path

from claimtable import extract, narrate, paths, pipeline, report
from claimtable.summaries_duckdb import CLAIM_VIEW, SqlSummaries, source_view


class FrameSummaries:
    """The row tables of a processed folder read whole with ``pipeline.read_table``, for
    small collections; the methods of ``SqlSummaries``.

    >>> FrameSummaries("data/processed").claims_per_article().total
    2
    """

    def __init__(self, processed_dir: str | os.PathLike[str]) -> None:
        processed = paths.resolve(processed_dir)
        self.articles = pipeline.read_table(processed / "articles.csv")
        self.claims_table = pipeline.read_table(processed / "claims.csv")
        self.sentences = pipeline.read_table(processed / "sentences.csv")
        self.relays = pipeline.read_table(processed / "relays.csv")

    def collection_findings(self) -> narrate.Findings:
        """What the collection is (``narrate.collection_findings``)."""
        return narrate.collection_findings(self.articles, self.claims_table)

    def claims_per_article(self, max_rows: int = 60) -> report.Table:
        """``extract.summary`` with each article's label, every article read (an article
        without a claim has a row of 0s: where the extractor found nothing is worth a look)."""
        summary = extract.summary(self.claims_table)
        read = self.articles[self.articles["status"] == "ok"] if "status" in self.articles else self.articles
        shown = read[["article", "label"]].merge(summary, on="article", how="left").sort_values("article", kind="stable")
        counts = [c for c in summary.columns if c not in ("article", "claimants")]
        shown[counts] = shown[counts].fillna(0).astype(int)
        shown["claimants"] = shown["claimants"].fillna("")
        return report.Table(shown.drop(columns="article").reset_index(drop=True), max_rows=max_rows,
                            csv="claims.csv", title=report.CLAIMS_PER_ARTICLE)

    def claims(self, max_rows: int = 100) -> report.Table:
        """The claims, labelled (``summaries_duckdb.CLAIM_VIEW``)."""
        labelled = pipeline.with_labels(self.claims_table, self.articles)
        return report.Table(labelled[CLAIM_VIEW], max_rows=max_rows, csv="claims.csv")

    def highlighted_claims(self, max_rows: int = 60) -> report.Table:
        """Each figure in its sentence (``report.highlighted_claims``)."""
        return report.highlighted_claims(pipeline.with_labels(self.claims_table, self.articles),
                                         self.sentences, max_rows=max_rows)

    def changed_relays(self, max_rows: int = 60) -> report.Table:
        """The relays that changed their claimant's statement, without the article id."""
        relays = self.relays
        return report.Table(report.with_thousands(relays.loc[relays["differs"] != "", relays.columns != "article"]),
                            max_rows=max_rows, csv="relays.csv")

    def sources(self, max_rows: int = 100) -> report.Table:
        """The sources table (``summaries_duckdb.SOURCE_VIEW``), the rows that could not be
        read first (``SqlSummaries.sources``)."""
        frame = self.articles.sort_values("status", key=lambda s: s == "ok", kind="stable")
        return report.Table(source_view(frame), max_rows=max_rows, csv="articles.csv")


def open_summaries(processed_dir: str | os.PathLike[str], engine: str = "pandas") -> FrameSummaries | SqlSummaries:
    """The row tables of a processed folder on an engine of ``pipeline.ENGINES``.

    >>> type(open_summaries("data/processed", "duckdb")).__name__
    'SqlSummaries'
    """
    if engine not in pipeline.ENGINES:
        raise ValueError(f"engine {engine!r} is not one of {', '.join(pipeline.ENGINES)}")
    return SqlSummaries(processed_dir) if engine == "duckdb" else FrameSummaries(processed_dir)


def charts_stage(processed_dir: str | Path, figures_dir: str | Path,
                 engine: str = "pandas") -> dict[str, list[Path]]:
    """Stage 4 on an engine: ``pipeline.charts_stage`` (pandas: ``sentences.csv`` and
    ``claims.csv`` read whole) or ``summaries_duckdb.charts_stage`` (DuckDB: the sentences
    streamed for the places, the claims summarised per place). The same files.

    >>> sorted(charts_stage("data/processed", "figures", "duckdb"))  # doctest: +SKIP
    ['agreement', 'estimates_over_time', 'munitions', 'places_map', 'who_says_what']
    """
    if engine not in pipeline.ENGINES:
        raise ValueError(f"engine {engine!r} is not one of {', '.join(pipeline.ENGINES)}")
    if engine == "duckdb":
        from claimtable import summaries_duckdb

        return summaries_duckdb.charts_stage(processed_dir, figures_dir)
    return pipeline.charts_stage(processed_dir, figures_dir)


def collection_findings(claims: str | Path, engine: str = "pandas") -> narrate.Findings:
    """``narrate.collection_findings`` for notebook 03: the claims of ``claims.csv`` or of a
    claims Parquet dataset folder, with ``articles.csv`` beside it; on pandas, the claimant
    column and the sources table read whole, on DuckDB, counted with SQL.

    >>> collection_findings("data/processed/claims.csv", "duckdb") == collection_findings("data/processed/claims.csv")
    True
    """
    path = paths.resolve(claims)
    if engine == "duckdb":
        return SqlSummaries(path.parent, claims=path).collection_findings()
    return narrate.collection_findings(pipeline.read_table(path.with_name("articles.csv")),
                                       pipeline.claims_columns(path, ["claimant"]))
