"""Archives (JSON Lines, Parquet) as input, and the claims as a Parquet dataset as output."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from claimtable import archive, cli, dataset, extract, pipeline

ARTICLE = ("Troops reach the front\n"
           "South Korea's spy agency said 1,500 North Korean troops had arrived in Russia. "
           "The Pentagon said about 3,000 soldiers were training near Vladivostok.\n")
OTHER = "Officials said 700 troops arrived in Kursk. Nothing else was counted."


def run(*args: str) -> subprocess.CompletedProcess:
    """``claimtable extract ARGS`` in this process (``run_command`` starts a real one)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(["extract", "--jobs", "1", *args])
    return subprocess.CompletedProcess(args, code, out.getvalue(), err.getvalue())


def run_command(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "claimtable", "extract", *args],
                          capture_output=True, text=True, check=False, timeout=120)


def rows_of(csv_text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(csv_text)))


def write_jsonl(path: Path, lines: list[str | dict]) -> Path:
    with open(path, "w", encoding="utf-8") as f:
        for line in lines:
            f.write((line if isinstance(line, str) else json.dumps(line)) + "\n")
    return path


def test_a_jsonl_archive_gives_the_claims_its_texts_give_as_files(tmp_path):
    folder = tmp_path / "raw"
    folder.mkdir()
    texts = {"alpha": ARTICLE, "beta": OTHER, "gamma": "<html><body><h1>Kursk</h1><p>"
             "Ukraine said 200 soldiers were killed in the Kursk region.</p></body></html>"}
    for name, text in texts.items():
        (folder / f"{name}{'.html' if text.startswith('<') else '.txt'}").write_text(text)
    path = write_jsonl(tmp_path / "news.jsonl",
                       [{"article": a, "text": t} for a, t in texts.items()])
    from_files, from_archive = run(str(folder)), run(str(path))
    assert from_files.returncode == from_archive.returncode == 0, from_archive.stderr
    assert from_archive.stdout == from_files.stdout
    assert {r["article"] for r in rows_of(from_archive.stdout)} == set(texts)


def test_bad_jsonl_rows_are_named_and_the_others_still_run(tmp_path):
    path = write_jsonl(tmp_path / "news.jsonl", [
        {"article": "good", "text": ARTICLE},
        {"article": "no-text", "title": "x"},
        {"article": "number", "text": 1500},
        {"article": "empty", "text": "   "},
        {"article": "huge", "text": "word " * (archive.MAX_TEXT_CHARS // 5 + 1)},
        '{"article": "broken", "text": "unterminated',
        '["a", "list"]',
        {"article": "good", "text": OTHER},
        "",
        {"text": OTHER, "outlet": ["not", "text"]},
        {"text": OTHER, "published": "2024-10-18"},
    ])
    result = run_command(str(path))
    assert result.returncode == 1
    named = {line.split(": ")[2].split(" (")[0]: line for line in result.stderr.splitlines()}
    assert set(named) == {"line 2", "line 3", "line 4", "line 5", "line 6", "line 7", "line 8",
                          "line 10"}
    assert "no 'text' field" in named["line 2"]
    assert "'text' is int, not text" in named["line 3"]
    assert "empty text" in named["line 4"]
    assert "over the limit" in named["line 5"]
    assert "invalid JSON" in named["line 6"]
    assert "not a JSON object" in named["line 7"]
    assert "'good' is already used by news.jsonl line 1" in named["line 8"]
    assert "'outlet' is list" in named["line 10"]
    # a bad row that gives its own id is named by it (not by the archive's name and line)
    assert "line 2 (article 'no-text'): no 'text' field" in named["line 2"]
    assert "(article" not in named["line 8"]  # its id is the first row's
    articles = {r["article"] for r in rows_of(result.stdout)}
    assert articles == {"good", "news-000011"}  # a row without an id: archive name and line


def test_an_export_that_calls_the_text_body_or_content_is_read(tmp_path):
    """Monitoring tools export the text as "body", "content", "maintext": read as "text";
    a row with "text" too is read from "text"."""
    path = write_jsonl(tmp_path / "export.jsonl", [
        {"id": "b1", "body": ARTICLE}, {"id": "c1", "content": OTHER},
        {"id": "t1", "text": OTHER, "body": "No figures here."}])
    result = run_command(str(path))
    assert result.returncode == 0, result.stderr
    assert {r["article"] for r in rows_of(result.stdout)} == {"b1", "c1", "t1"}
    folder = tmp_path / "pq"
    folder.mkdir()
    parquet_file(folder / "a.parquet", {"id": ["m1"], "maintext": [ARTICLE]})
    assert {r["article"] for r in rows_of(run(str(folder)).stdout)} == {"m1"}


def parquet_file(path: Path, columns: dict[str, list], types: dict | None = None) -> Path:
    types = types or {}
    table = pa.table({name: pa.array(values, type=types.get(name, pa.string()))
                      for name, values in columns.items()})
    pq.write_table(table, path)
    return path


def test_a_parquet_folder_with_bad_rows_and_a_bad_file(tmp_path):
    folder = tmp_path / "archive"
    (folder / "year=2024").mkdir(parents=True)
    parquet_file(folder / "year=2024" / "a.parquet", {
        "article": ["p1", "p2", "p3", "p4", "p5"],
        "text": [ARTICLE, None, "", "x" * (archive.MAX_TEXT_CHARS + 1), OTHER],
        "title": ["Troops reach the front", None, None, None, None],
    })
    parquet_file(folder / "year=2024" / "b.parquet", {"story": [OTHER]})
    parquet_file(folder / "year=2024" / "c.parquet", {
        "text": ["Officials said 900 troops arrived in Kursk.".encode("cp1252"), b"\x00\x01"],
        "article": ["bytes-ok", "bytes-bad"]}, {"text": pa.binary()})
    (folder / "year=2024" / "d.parquet").write_bytes(b"PAR1 not really")
    result = run(str(folder))
    assert result.returncode == 1
    errors = result.stderr.splitlines()
    assert any("a.parquet: row 2 (article 'p2'): 'text' is null" in e for e in errors)
    assert any("a.parquet: row 3 (article 'p3'): empty text" in e for e in errors)
    assert any("a.parquet: row 4 (article 'p4'): text of 10,000,001 characters is over the limit" in e
               for e in errors)
    assert any("b.parquet: no 'text' column" in e for e in errors)
    assert any("c.parquet: row 2 (article 'bytes-bad'): binary file" in e for e in errors)
    assert any("d.parquet: not a readable Parquet file" in e for e in errors)
    assert len(errors) == 6
    rows = rows_of(result.stdout)
    assert {r["article"] for r in rows} == {"p1", "p5", "bytes-ok"}


def test_load_archive_gives_the_notebooks_a_collection(tmp_path):
    path = write_jsonl(tmp_path / "news.jsonl", [
        {"article": "a", "text": ARTICLE, "outlet": "Wire", "published": "2024-10-18",
         "url": "https://example.org/a", "language": "en"},
        {"article": "b", "text": 7},
    ])
    collection = archive.load_archive(path)
    assert [(s.article, s.status) for s in collection.sources] == [("a", "ok"), ("b", "error")]
    assert collection.problems == [f"{path}: line 2 (article 'b'): 'text' is int, not text"]
    articles = collection.articles()
    assert articles.loc[0, ["outlet", "published", "language"]].tolist() == [
        "Wire", "2024-10-18", "en"]
    assert articles.loc[0, "title"] == "Troops reach the front"
    assert len(collection.sentences()) == 3


def test_the_names_scrapers_give_a_rows_date_and_outlet_are_read(tmp_path):
    """A scraper's ``date`` or a news API's ``publishedAt`` dates the row (else a whole archive
    comes out undated, with no word said); the manifest's own names win where both are given."""
    path = write_jsonl(tmp_path / "news.jsonl", [
        {"article": "scraped", "text": ARTICLE, "date": "2025-02-03", "source": "Kivu Monitor",
         "link": "https://example.org/s"},
        {"article": "api", "text": OTHER, "publishedAt": "2025-02-04T08:00:00Z",
         "source": {"id": None, "name": "Wire"}},
        {"article": "both", "text": OTHER, "published": "2025-02-05", "date": "2025-01-01",
         "outlet": "Own", "source": "Other"},
    ])
    articles = archive.load_archive(path).articles().set_index("article")
    assert articles.loc["scraped", ["published", "outlet", "url"]].tolist() == [
        "2025-02-03", "Kivu Monitor", "https://example.org/s"]
    assert articles.loc["api", "published"].startswith("2025-02-04")
    assert articles.loc["api", "outlet"] == ""  # an object under "source" is not an outlet name
    assert articles.loc["both", ["published", "outlet"]].tolist() == ["2025-02-05", "Own"]
    parquet = parquet_file(tmp_path / "news.parquet", {
        "article": ["p"], "text": [ARTICLE], "date": ["2025-03-01"]})
    assert archive.load_archive(parquet).articles().loc[0, "published"] == "2025-03-01"


def test_a_scrapers_own_row_id_names_the_article(tmp_path):
    """A scraper's ``id`` (text or a number) or a database export's ``_id`` is the article id the
    claims, ``explain --article`` and the bad-row messages use; a row with no id of any name gets
    the archive's, and an id two rows share is still a bad row."""
    path = write_jsonl(tmp_path / "news.jsonl", [
        {"id": 48213, "text": ARTICLE},
        {"_id": "65f0c2a9", "text": OTHER, "source_name": "Sahel Monitor"},
        {"text": OTHER.replace("700", "800")},
        {"id": "48213", "text": OTHER.replace("700", "900")},
        {"id": "broken", "text": None},
    ])
    collection = archive.load_archive(path)
    assert [s.article for s in collection.sources if s.status == "ok"] == ["48213", "65f0c2a9", "news-000003"]
    assert collection.problems == [
        f"{path}: line 4: article id '48213' is already used by news.jsonl line 1",
        f"{path}: line 5 (article 'broken'): 'text' is null"]
    assert collection.articles().set_index("article").loc["65f0c2a9", "outlet"] == "Sahel Monitor"
    claims = rows_of(run(str(path)).stdout)
    assert {c["article"] for c in claims} == {"48213", "65f0c2a9", "news-000003"}


def test_an_invalid_json_line_says_where_once(tmp_path):
    path = tmp_path / "news.jsonl"
    path.write_bytes(b'{"text": "a\tb"}\n')  # a raw tab inside a JSON string
    [bad] = archive.iter_archive(path)
    assert bad.reason == "invalid JSON (Invalid control character at column 12)"


def test_a_rows_title_marks_its_headline_as_a_manifest_title_does(tmp_path):
    first_line = "Seoul says 1,500 troops arrived."  # reads like a sentence, not a headline
    text = f"{first_line}\nThe spy agency said 1,500 troops arrived in Russia."
    path = write_jsonl(tmp_path / "news.jsonl", [{"article": "titled", "text": text,
                                                  "title": first_line},
                                                 {"article": "untitled", "text": text}])
    roles = {s.article: s.sentences[0].role for s in archive.load_archive(path).sources}
    assert roles == {"titled": "title", "untitled": "body"}


def test_a_missing_archive_is_named_and_the_other_paths_still_run(tmp_path):
    (tmp_path / "ok.txt").write_text(OTHER)
    result = run(str(tmp_path / "gone.jsonl"), str(tmp_path / "ok.txt"))
    assert result.returncode == 1
    assert "gone.jsonl: no such file or folder" in result.stderr
    assert {r["article"] for r in rows_of(result.stdout)} == {"ok"}


def test_the_parquet_dataset_holds_the_csv_rows_typed_and_partitioned(tmp_path):
    path = write_jsonl(tmp_path / "news.jsonl", [
        {"article": "a", "text": ARTICLE},
        {"article": "b", "text": "Ukraine said 200 soldiers were killed. NATO said 2.5 million "
                                 "shells had been delivered to Russia."},
    ])
    as_csv = run(str(path), "--output", str(tmp_path / "claims.csv"))
    as_parquet = run(str(path), "--format", "parquet", "--output", str(tmp_path / "claims"))
    assert as_csv.returncode == as_parquet.returncode == 0, as_parquet.stderr
    assert as_parquet.stdout == ""
    expected = pipeline.read_table(tmp_path / "claims.csv")
    table = dataset.read_claims(tmp_path / "claims").sort_values(["article", "start"])
    assert list(table.columns) == extract.CLAIM_COLUMNS + extract.EXTRA_COLUMNS
    assert len(table) == len(expected) >= 4
    for col in table.columns:
        assert table[col].tolist() == expected[col].tolist(), col
    schema = pq.read_schema(tmp_path / "claims" / dataset.SCHEMA_FILE)
    assert schema.field("value_low").type == pa.float64()
    assert schema.field("start").type == pa.int64()
    folders = {p.name for p in (tmp_path / "claims").iterdir() if p.is_dir()}
    assert folders == {f"category={c}" for c in expected["category"]}
    troops = dataset.read_claims(tmp_path / "claims", ["article", "value_low"], ["troops"])
    assert troops["value_low"].tolist() == expected.loc[
        expected["category"] == "troops", "value_low"].astype(float).tolist()


def test_parquet_output_is_the_same_bytes_twice_and_refuses_a_foreign_folder(tmp_path):
    path = write_jsonl(tmp_path / "news.jsonl", [{"article": "a", "text": ARTICLE}])
    out = tmp_path / "claims"
    assert run(str(path), "--format", "parquet", "--output", str(out)).returncode == 0
    first = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert run(str(path), "--format", "parquet", "--output", str(out)).returncode == 0
    again = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert again == first
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "notes.txt").write_text("keep me")
    refused = run(str(path), "--format", "parquet", "--output", str(mine))
    assert refused.returncode == 2
    assert "not a claims dataset" in refused.stderr
    assert (mine / "notes.txt").read_text() == "keep me"
    assert run(str(path), "--format", "parquet").returncode == 2


def test_count_claims_reads_only_the_grouping_columns(tmp_path):
    rows = [{"article": a, "category": c, "value_low": 1}
            for a, c in [("x", "troops"), ("x", "troops"), ("y", "munitions"), ("y", "troops")]]
    dataset.write_claims_dataset(rows, tmp_path / "claims")
    counts = dataset.count_claims(tmp_path / "claims", categories=["troops"])
    assert counts.to_dict("records") == [{"article": "x", "category": "troops", "claims": 2},
                                         {"article": "y", "category": "troops", "claims": 1}]


@pytest.mark.parametrize("name", ["a.jsonl", "b.ndjson", "c.parquet"])
def test_archive_files_are_recognised_by_their_ending(name):
    assert archive.archive_kind(Path(name)) is not None


def test_the_notebooks_load_stage_takes_an_archive(tmp_path):
    path = write_jsonl(tmp_path / "news.jsonl", [
        {"article": "a", "text": ARTICLE, "outlet": "Wire"}, {"article": "b", "text": ""}])
    collection = pipeline.load_stage(path, tmp_path / "processed")
    articles = pipeline.read_table(tmp_path / "processed" / "articles.csv")
    assert articles[["article", "outlet", "status", "reason"]].values.tolist() == [
        ["a", "Wire", "ok", ""], ["b", "", "error", "empty text"]]
    assert collection.problems == [f"{path}: line 2 (article 'b'): empty text"]
    sentences = pipeline.read_table(tmp_path / "processed" / "sentences.csv")
    assert set(sentences["article"]) == {"a"}


def test_the_comparison_from_the_dataset_equals_the_comparison_from_csv(tmp_path):
    from pandas.testing import assert_frame_equal

    from claimtable import compare

    sys.path.insert(0, str(Path(__file__).parents[1] / "benchmarks"))
    from bench_extract import build_corpus

    raw = tmp_path / "raw"
    raw.mkdir()
    build_corpus(raw, 40, seed=5)
    assert run(str(raw), "--output", str(tmp_path / "claims.csv")).returncode == 0
    assert run(str(raw), "--format", "parquet", "--output", str(tmp_path / "claims")).returncode == 0
    from_csv = pipeline.read_table(tmp_path / "claims.csv")
    from_parquet = dataset.claims_frame(tmp_path / "claims")
    assert_frame_equal(from_parquet, from_csv, check_dtype=False)
    groups = compare.figure_groups(from_csv)
    assert len(groups) > 10
    assert_frame_equal(compare.figure_groups(from_parquet), groups)
    assert_frame_equal(compare.derived_checks(from_parquet), compare.derived_checks(from_csv))


def test_jsonl_lines_are_decoded_as_files_are(tmp_path):
    path = tmp_path / "news.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps({"article": "bom", "text": OTHER}).encode()
                     + b"\n" + '{"article": "cp", "text": "Officials said 700 troops arrived '
                     'in K\xf6nigsberg."}'.encode("cp1252") + b"\n")
    sources = {s.article: s for s in archive.load_archive(path).sources}
    assert sources["bom"].ok and sources["cp"].ok
    assert "Königsberg" in sources["cp"].text
    assert sources["cp"].encoding.startswith("cp1252")


def test_aggregates_over_many_batches_equal_those_of_the_whole_table(tmp_path, monkeypatch):
    import random

    monkeypatch.setattr(dataset, "BATCH_ROWS", 50)  # row groups of 50: many batches to combine
    rng = random.Random(4)
    rows = [{"article": f"a{rng.randrange(30):02d}", "category": rng.choice(["troops", "other"]),
             "claimant": rng.choice(["NATO", "Zelensky"]),
             "value_low": rng.choice([None, rng.randrange(10, 10_000)])} for _ in range(1000)]
    dataset.write_claims_dataset(rows, tmp_path / "claims")
    got = dataset.aggregate(tmp_path / "claims", ["category", "claimant"],
                            {"value_low": ["count", "sum", "min", "max"]})
    import pandas as pd

    whole = pd.DataFrame(rows)
    for (category, claimant), group in whole.groupby(["category", "claimant"]):
        row = got[(got["category"] == category) & (got["claimant"] == claimant)].iloc[0]
        present = group["value_low"].dropna()
        assert row["claims"] == len(group)
        assert row["value_low_count"] == len(present)
        assert row["value_low_sum"] == present.sum()
        assert (row["value_low_min"], row["value_low_max"]) == (present.min(), present.max())
    assert len(got) == whole.groupby(["category", "claimant"]).ngroups
    with pytest.raises(ValueError, match="unknown aggregation"):
        dataset.aggregate(tmp_path / "claims", ["category"], {"value_low": ["median"]})


def test_an_html_row_is_read_by_the_file_loaders_rules(tmp_path):
    """The same HTML page as a JSONL row and as a file: dated, titled and credited alike from
    its own metadata (og: tags), so its figures keep their ``as_of``; a bad row keeps its id."""
    from claimtable import load

    page = ('<!DOCTYPE html><html><head><meta property="og:site_name" content="Pacific Desk">'
            '<meta property="article:published_time" content="2024-11-13T08:00:00Z">'
            '<meta property="og:title" content="US: troops fighting in Kursk"></head><body>'
            "<p>The State Department said at least 10,000 soldiers were in the Kursk region.</p>"
            "</body></html>")
    folder = tmp_path / "raw"
    folder.mkdir()
    (folder / "pacific.html").write_text(page, encoding="utf-8")
    path = write_jsonl(tmp_path / "news.jsonl", [{"article": "pacific", "text": page},
                                                 {"article": "broken", "text": None}])
    columns = ["article", "title", "outlet", "published", "label"]
    as_file = load.load_folder(folder).articles()[columns]
    rows = archive.load_archive(path).articles().set_index("article", drop=False)
    assert rows.loc[["pacific"], columns].values.tolist() == as_file.values.tolist()
    assert as_file.loc[0, "published"] == "2024-11-13"
    assert rows.loc["broken", "status"] == "error"
    claims = rows_of(run_command(str(path)).stdout)
    assert [c["as_of"] for c in claims] == ["2024-11-13"]
