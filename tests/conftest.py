"""Fixtures for the unit tests."""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import pytest

from claimtable import paths

FIXTURES = Path(__file__).parent / "fixtures"
ARTICLES = Path(__file__).parent / "articles"


@pytest.fixture(scope="session")
def gold_claims() -> pd.DataFrame:
    """Hand-checked claims of the two seeds (a copy of ../shared/gold/seed_claims.csv)."""
    return pd.read_csv(FIXTURES / "seed_claims.csv", dtype=str, keep_default_na=False)


@pytest.fixture(scope="session")
def gold_non_claims() -> pd.DataFrame:
    return pd.read_csv(FIXTURES / "seed_non_claims.csv", dtype=str, keep_default_na=False)


@pytest.fixture(scope="session")
def seed_dir() -> Path:
    return paths.RAW


CASES = Path(__file__).parent / "cases"


def cases(name: str) -> list[tuple[str, ...]]:
    """The rows of ``tests/cases/<name>.csv`` (a table of cases for ``pytest.mark.parametrize``:
    a header, then a row per case; lines that start with ``#`` say what the cases below them
    show), each a tuple of its cells as text."""
    with open(CASES / f"{name}.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.reader(line for line in f if not line.startswith("#")))
    return [tuple(row) for row in rows[1:]]
