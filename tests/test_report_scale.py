"""`claimtable report` on a generated collection of 50 articles from many outlets and months,
looked at in a real headless Chromium: readable, labelled, no wider than the page."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from claimtable import synthetic

from .test_report import BROKEN_WORDS, chromium

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    base = tmp_path_factory.mktemp("report50")
    raw = synthetic.write_collection(base / "collection" / "raw", articles=50, seed=11)
    done = subprocess.run([sys.executable, "-m", "claimtable", "report", str(raw), "--out", str(base / "out")],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stderr.strip().endswith("report/index.html")
    return base / "out"


def test_the_command_writes_tables_figures_and_one_report(built):
    for name in ("articles", "claims", "estimates", "relays", "comparison", "agreement"):
        assert (built / "processed" / f"{name}.csv").is_file(), name
    assert len(list((built / "figures").glob("*.png"))) == 5
    report = built / "report" / "index.html"
    assert report.stat().st_size < 5_000_000


def test_outputs_grow_with_the_claims_not_their_square(built):
    claims = (built / "processed" / "claims.csv").stat().st_size
    for name in ("comparison", "relays", "agreement", "estimates"):
        assert (built / "processed" / f"{name}.csv").stat().st_size < 1.5 * claims, name


def test_the_report_fits_the_page_and_names_articles_by_label(built):
    browser = chromium()
    try:
        browser.set_window_size(1280, 1800)
        browser.get((built / "report" / "index.html").as_uri())
        width = browser.execute_script("return [document.documentElement.scrollWidth, window.innerWidth];")
        assert width[0] <= width[1], f"horizontal scroll: page {width[0]} px in a {width[1]} px window"
        assert browser.execute_script(BROKEN_WORDS) == [], "a header word or a number broken over two lines"
        sizes = browser.execute_script(
            "return Array.from(document.images).map(i => [i.complete, i.naturalWidth, i.getBoundingClientRect().right]);")
        assert len(sizes) >= 5 and all(done and w > 0 and right <= width[1] for done, w, right in sizes)
        text = browser.execute_script("return document.body.innerText;")
        assert re.search(r"\b50 articles from \d+ outlets, published 2024-\d\d-\d\d – 2025-\d\d-\d\d", text)
        assert re.search(r"[A-Z][a-z]+ [A-Z][a-z]+ · 202\d-\d\d-\d\d", text)  # "Seoul Times · 2024-11-02"
        # (the Sources table's file column names each file, g00000.txt: a file, not an id)
        assert not re.search(r"(?<![/\w])g\d{5}\b(?!\.txt)", text), "an article shown by its bare file id"
        assert re.search(r"Showing the first \d+ of [\d,]+ rows; all [\d,]+ are in claims\.csv", text)
    finally:
        browser.quit()


def test_report_command_errors_are_one_line(tmp_path):
    for args, message in (([str(tmp_path / "nothing")], "not a folder of articles nor a JSONL or Parquet archive"),
                          ([str(tmp_path), "--ledger", str(tmp_path / "no.csv")], "no such ledger file"),
                          ([str(tmp_path), "--handcoded", str(tmp_path / "no.csv")], "no such hand-coded sample file")):
        done = subprocess.run([sys.executable, "-m", "claimtable", "report", *args, "--out", str(tmp_path / "o")],
                              capture_output=True, text=True, check=False)
        assert done.returncode == 1 and message in done.stderr and "Traceback" not in done.stderr
