"""Notebook 01 on either engine (``claimtable.loaded``): streamed one source at a time, the
DuckDB engine writes the same ``articles.csv`` and ``sentences.csv`` bytes and shows the same
findings and tables as the pandas engine (which holds every sentence)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from claimtable import loaded, paths, synthetic

ARTICLES = Path(__file__).parent / "articles"


def _shown(table) -> tuple[str, str, int]:
    return repr(table), table._repr_html_(), table.total


def _assert_same(raw: Path, tmp: Path, manifest: Path | None = None) -> dict[str, bytes]:
    frames = loaded.open_load(raw, manifest)
    streamed = loaded.open_load(raw, manifest, "duckdb")
    assert isinstance(streamed, loaded.StreamLoad)
    assert repr(streamed.findings()) == repr(frames.findings())
    line, table = streamed.repeats()
    expected_line, expected_table = frames.repeats()
    assert line == expected_line and _shown(table) == _shown(expected_table)
    assert _shown(streamed.sentence_table()) == _shown(frames.sentence_table())
    assert streamed.problems == frames.problems
    assert _shown(loaded.report.Table(streamed.articles)) == _shown(loaded.report.Table(frames.articles))
    expected = {p.name: p.read_bytes() for p in frames.write(tmp / "pandas")}
    got = {p.name: p.read_bytes() for p in streamed.write(tmp / "duckdb")}
    assert got == expected
    for name in ("articles", "sentences"):
        assert streamed.rows(name) == frames.rows(name)
    return expected


def test_the_seeds(tmp_path):
    written = _assert_same(paths.RAW, tmp_path)
    assert written["sentences.csv"] == (paths.PROCESSED / "sentences.csv").read_bytes()


def test_the_test_articles_with_bad_files_and_a_manifest_row_without_a_file(tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(ARTICLES, raw)
    manifest = tmp_path / "sources.csv"
    manifest.write_text("article,title,outlet,url,published,language,notes\n"
                        "nowhere,Gone,AP,,2024-10-01,en,\n", encoding="utf-8")
    _assert_same(raw, tmp_path, manifest)


def test_a_generated_collection_with_syndicated_passages(tmp_path):
    raw = synthetic.write_collection(tmp_path / "raw", articles=80, seed=5)
    first = sorted(raw.glob("*.txt"))[0]
    (raw / "zz_copy.txt").write_text(first.read_text(encoding="utf-8"), encoding="utf-8")
    written = _assert_same(raw, tmp_path)
    assert b"zz_copy" in written["sentences.csv"]


def test_an_archive_with_bad_rows(tmp_path):
    news = tmp_path / "news.jsonl"
    text = "Officials said some 1,500 troops arrived near the border on Monday morning."
    rows = [{"article": "b", "text": text, "outlet": "AP", "title": "Troops"},
            {"article": "a", "text": text + "\n\n" + text},
            {"text": ""}, "not an object", {"article": "c", "text": 7}]
    news.write_text("\n".join(json.dumps(r) for r in rows) + "\n{broken\n", encoding="utf-8")
    written = _assert_same(news, tmp_path)
    assert written["articles.csv"].count(b"error") >= 3


def test_an_unknown_engine_is_refused():
    with pytest.raises(ValueError, match="spark"):
        loaded.open_load(paths.RAW, engine="spark")
