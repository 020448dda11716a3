"""Notebook 02 on either engine (``claimtable.extracted``): from a claims Parquet dataset, the
DuckDB engine writes the same ``claims.csv`` bytes and shows the same findings and tables as
the pandas engine, holding one batch of claims at a time."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from claimtable import cli, dataset, extracted, paths, pipeline, synthetic

ARTICLES = Path(__file__).parent / "articles"


def _shown(table) -> tuple[str, str, int]:
    return repr(table), table._repr_html_(), table.total


def _assert_same(sentences: Path, claims: Path, tmp: Path) -> bytes:
    frames = extracted.open_claims(sentences, claims)
    sql = extracted.open_claims(sentences, claims, "duckdb")
    assert isinstance(sql, extracted.DatasetClaims)
    assert len(sql) == len(frames)
    assert repr(sql.findings()) == repr(frames.findings())
    columns = ["article", "figure", "value_low", "value_high", "hedge", "claimant", "as_of"]
    assert _shown(sql.table(columns, title="Claims")) == _shown(frames.table(columns, title="Claims"))
    assert _shown(sql.per_article(title="Per")) == _shown(frames.per_article(title="Per"))
    assert _shown(sql.highlighted()) == _shown(frames.highlighted())
    expected = frames.write(tmp / "pandas").read_bytes()
    assert sql.write(tmp / "duckdb").read_bytes() == expected
    return expected


def test_the_seeds(tmp_path):
    shutil.copy(paths.PROCESSED / "sentences.csv", tmp_path / "sentences.csv")
    shutil.copy(paths.PROCESSED / "articles.csv", tmp_path / "articles.csv")
    with open(paths.PROCESSED / "claims.csv", encoding="utf-8", newline="") as f:
        dataset.write_claims_dataset(csv.DictReader(f), tmp_path / "claims")
    written = _assert_same(tmp_path / "sentences.csv", tmp_path / "claims", tmp_path)
    assert written == (paths.PROCESSED / "claims.csv").read_bytes()


def test_the_test_articles_and_the_dataset_the_command_writes(tmp_path):
    out = tmp_path / "processed"
    pipeline.load_stage(ARTICLES, out)
    assert cli.main(["extract", str(ARTICLES), "--format", "parquet", "--output",
                     str(out / "claims"), "--jobs", "1"]) in (0, 1)  # bad test files are named
    _assert_same(out / "sentences.csv", out / "claims", tmp_path)


def test_many_articles_in_small_batches(tmp_path, monkeypatch):
    """More claims than a batch, more articles and figures than a table shows."""
    raw = synthetic.write_collection(tmp_path / "raw", articles=150, seed=5)
    out = tmp_path / "processed"
    collection = pipeline.load_stage(raw, out)
    rows = pipeline.claims_frame(collection.sources, {})
    dataset.write_claims_dataset(rows.to_dict("records"), out / "claims")
    monkeypatch.setattr(dataset, "BATCH_ROWS", 37)
    written = _assert_same(out / "sentences.csv", out / "claims", tmp_path)
    assert written.count(b"\n") > 250


def test_an_empty_dataset(tmp_path):
    shutil.copy(paths.PROCESSED / "sentences.csv", tmp_path / "sentences.csv")
    dataset.write_claims_dataset([], tmp_path / "claims")
    _assert_same(tmp_path / "sentences.csv", tmp_path / "claims", tmp_path)


def test_an_unknown_engine_is_refused():
    with pytest.raises(ValueError, match="spark"):
        extracted.open_claims(paths.PROCESSED / "sentences.csv", engine="spark")
