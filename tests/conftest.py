"""Fixtures for the unit tests."""

from __future__ import annotations

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
