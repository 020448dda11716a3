"""Small collections of news briefs written for a test, extracted as notebook 02 would."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from claimtable import charts, pipeline


def extract_briefs(raw: Path, articles: dict[str, tuple[str, str]]) -> Path:
    """Write each brief (file name: byline, body) under a "News in brief" headline into ``raw``,
    load and extract them, and return the processed folder beside ``raw``."""
    raw.mkdir(parents=True, exist_ok=True)
    for name, (byline, body) in articles.items():
        (raw / name).write_text(f"News in brief\n\n{byline}\n\n{body}\n", encoding="utf-8")
    out = raw.parent / "processed"
    pipeline.extract_stage(pipeline.load_stage(raw, out), out)
    return out


def estimates_of_briefs(raw: Path, articles: dict[str, tuple[str, str]]) -> pd.DataFrame:
    """The estimates table of briefs (``extract_briefs``), compared on pandas with no ledger."""
    return pipeline.compare_tables(extract_briefs(raw, articles) / "claims.csv", "", "pandas")["estimates"]


def agreement_rows(estimates: pd.DataFrame, measure: str) -> pd.DataFrame:
    """The agreement table's rows of one measure (``charts.agreement_table``), by claimant."""
    table = charts.agreement_table(estimates)
    return table[table["measure"] == measure].set_index("claimant")


def compare_both(processed: Path) -> dict[str, dict[str, object]]:
    """The comparison stage's tables of a processed folder, by engine (pandas and DuckDB)."""
    return {engine: pipeline.compare_tables(processed / "claims.csv", "", engine) for engine in pipeline.ENGINES}


def frame(table: object) -> pd.DataFrame:
    """A comparison table as a pandas frame, whichever engine made it."""
    return table.to_pandas() if hasattr(table, "to_pandas") else table


def written_by_engine(tables: dict[str, dict[str, object]], out: Path) -> dict[str, dict[str, bytes]]:
    """The bytes of each comparison table as each engine writes it, by engine and file name."""
    return {engine: {p.name: p.read_bytes() for p in pipeline.write_tables(t, out / engine)}
            for engine, t in tables.items()}
