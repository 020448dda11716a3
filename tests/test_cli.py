"""The `claimtable extract` command, run as a user runs it."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

from claimtable import extract, paths


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "claimtable", *args], capture_output=True,
                          text=True, cwd=paths.PROJECT_ROOT, check=False)


def test_extract_seeds_prints_the_claims_table_as_csv(gold_claims):
    result = run("extract", "data/raw")
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    header = result.stdout.splitlines()[0].split(",")
    assert header[: len(extract.CLAIM_COLUMNS)] == extract.CLAIM_COLUMNS
    assert len(rows) == len(gold_claims)
    assert {(r["article"], r["value_low"]) for r in rows} == {
        (g.article, g.value_low) for g in gold_claims.itertuples()
    }
    assert result.stderr == ""


def test_json_has_the_same_rows_and_keys():
    as_csv = list(csv.DictReader(io.StringIO(run("extract", "data/raw").stdout)))
    as_json = json.loads(run("extract", "data/raw", "--format", "json").stdout)
    assert len(as_json) == len(as_csv)
    assert list(as_json[0])[: len(extract.CLAIM_COLUMNS)] == extract.CLAIM_COLUMNS
    assert [str(r["value_low"]) for r in as_json] == [r["value_low"] for r in as_csv]


def test_unreadable_paths_are_named_and_the_rest_still_run(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "ok.txt").write_text("Officials said 700 troops arrived.")
    result = run("extract", str(tmp_path), "data/raw/001_5320b9cdabafa139.txt", str(tmp_path / "nope.txt"))
    assert result.returncode == 1
    assert "empty.txt: empty file" in result.stderr
    assert "nope.txt: no such file" in result.stderr
    articles = {r["article"] for r in csv.DictReader(io.StringIO(result.stdout))}
    assert articles == {"ok", "001_5320b9cdabafa139"}


def test_usage_errors_exit_2():
    assert run("extract").returncode == 2
    assert run("extract", "data/raw", "--format", "xml").returncode == 2
    assert run("frobnicate").returncode == 2


def test_empty_result_still_prints_a_header(tmp_path):
    (tmp_path / "calm.txt").write_text("Nothing was counted in this text at all.")
    result = run("extract", str(tmp_path))
    assert result.returncode == 0
    assert result.stdout.splitlines() == [",".join(extract.CLAIM_COLUMNS + extract.EXTRA_COLUMNS)]
    assert json.loads(run("extract", str(tmp_path), "--format", "json").stdout) == []
