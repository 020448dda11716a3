"""Same input, same bytes: the whole pipeline run twice — in another process, another working
directory, time zone, locale and hash seed — gives byte-identical tables, SVGs and report."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from claimtable import paths, report

pytestmark = pytest.mark.slow


def params(base: Path) -> dict[str, str]:
    processed = base / "processed"
    return {
        "raw_dir": str(paths.RAW), "manifest": str(paths.MANIFEST), "out_dir": str(processed),
        "sentences_table": str(processed / "sentences.csv"),
        "claims_table": str(processed / "claims.csv"),
        "processed_dir": str(processed), "figures_dir": str(base / "figures"),
    }


def outputs(base: Path) -> dict[str, bytes]:
    files = [*sorted((base / "processed").glob("*.csv")), *sorted((base / "figures").glob("*.svg")),
             base / "build" / "report" / "index.html"]
    return {str(p.relative_to(base)): p.read_bytes() for p in files}


def test_two_runs_give_the_same_bytes(tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    report.build(one / "build", params(one))
    args = [x for name, value in params(two).items() for x in ("-p", name, value)]
    env = {**os.environ, "TZ": "Pacific/Kiritimati", "LC_ALL": "C.UTF-8", "PYTHONHASHSEED": "12345"}
    subprocess.run([sys.executable, "-m", "claimtable.report", "--out", str(two / "build"), *args],
                   cwd=tmp_path, env=env, check=True, capture_output=True)
    first, second = outputs(one), outputs(two)
    assert sorted(first) == sorted(second)
    assert len(first) >= 12  # 7 tables, 4 SVGs, the report
    for name in first:
        assert first[name] == second[name], f"{name} differs between runs"


def test_committed_tables_match_a_fresh_run(tmp_path):
    """data/processed holds what the notebooks write for data/raw: a fresh run gives the
    committed bytes (so `git diff` after `make report` shows only real changes)."""
    report.build(tmp_path / "build", params(tmp_path))
    for committed in sorted(paths.PROCESSED.glob("*.csv")):
        assert (tmp_path / "processed" / committed.name).read_bytes() == committed.read_bytes(), committed.name
