"""Hostile and broken input, as analysts' scrapes bring it: every file gets its claims or a
clear reason, every file is listed, the run finishes, the exit status follows the contract."""

from __future__ import annotations

import csv
import io
import os
import random
import subprocess
import sys

import pandas as pd
import pytest

from claimtable import load, notebooks, paths

pytestmark = pytest.mark.slow

GOOD = "Officials said 700 troops arrived in Kursk."
BAD_REASONS = {
    "empty.txt": "empty file",
    "picture.png": "not a text file",
    "binary.txt": "binary file",
    "loop.txt": "link",
    "a folder.txt": "a folder",
}
#: The size of the big page (``huge.txt``, prose with no figures, a line a sentence): five times
#: the text spaCy takes in one call (``nlp.max_length``, 1,000,000 characters) and fifty times
#: the loader's ``load.CHUNK``, far beyond any article; the run reads it whole, counts its
#: words and finds no claims in it. (It was 50 MB: ten times the bytes for the same checks.)
HUGE_BYTES = 5_000_000


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    raw = tmp_path_factory.mktemp("hostile") / "raw"
    raw.mkdir()
    (raw / "empty.txt").write_bytes(b"")
    (raw / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (raw / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (raw / "cp1252.txt").write_bytes("Café officials said 710 troops arrived — “quickly”.".encode("cp1252"))
    (raw / "utf16.txt").write_bytes("The Pentagon said 720 soldiers were training.".encode("utf-16"))
    (raw / "bad_utf8.txt").write_bytes(b"Officials said 730 troops arrived \xff\xfe in the region.")
    (raw / "crlf.txt").write_bytes(b"First paragraph here.\r\nThe NIS said 740 troops arrived.\r\n")
    (raw / "cr_only.txt").write_bytes(b"First paragraph here.\rThe NIS said 750 troops arrived.\r")
    (raw / "page.html").write_text(
        "<html><head><style>p{color:red}</style><script>var x = '900 troops';</script></head>"
        "<body><h1>Report</h1><p>Officials said <b>760</b> troops arrived.</p></body></html>")
    (raw / "no_figures.txt").write_text("Nothing here is counted at all.\nNor here.\n")
    (raw / "many_lines.txt").write_text(
        "\n".join(f"Officials said {i + 1:,} troops were seen on day {i}." for i in range(10_000)))
    (raw / "Bericht über Truppen.txt").write_text(GOOD, encoding="utf-8")
    (raw / "loop.txt").symlink_to(raw / "loop.txt")
    (raw / "a folder.txt").mkdir()
    locked = raw / "locked.txt"
    locked.write_text(GOOD)
    locked.chmod(0)
    rng = random.Random(5)
    vocab = ("the army moved west while convoys waited near bridges and rivers under grey skies "
             "as engineers repaired roads for supply trucks heading towards towns").split()
    with open(raw / "huge.txt", "w", encoding="utf-8") as f:
        size = 0
        while size < HUGE_BYTES:
            line = " ".join(rng.choice(vocab) for _ in range(rng.randrange(8, 20))).capitalize() + ".\n"
            f.write(line)
            size += len(line)
    yield raw
    locked.chmod(0o644)


def test_cli_gives_claims_or_reasons_and_exit_1(hostile):
    result = subprocess.run([sys.executable, "-m", "claimtable", "extract", str(hostile), "--jobs", "2"],
                            capture_output=True, text=True, cwd=paths.PROJECT_ROOT, check=False,
                            timeout=900)
    assert result.returncode == 1
    for name, reason in BAD_REASONS.items():
        assert any(name in line and reason in line for line in result.stderr.splitlines()), name
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    by_article: dict[str, list[dict]] = {}
    for r in rows:
        by_article.setdefault(r["article"], []).append(r)
    for name, value in [("cp1252", "710"), ("utf16", "720"), ("crlf", "740"), ("cr_only", "750"),
                        ("page", "760"), ("Bericht über Truppen", "700")]:
        assert [r["value_low"] for r in by_article[name]] == [value], name
    assert "900" not in {r["value_low"] for r in by_article["page"]}  # scripts are dropped
    assert len(by_article["many_lines"]) == 10_000
    assert "no_figures" not in by_article and "huge" not in by_article
    readable_locked = os.access(hostile / "locked.txt", os.R_OK)
    if readable_locked:  # root reads any file: then it is a good file like the others
        assert by_article["locked"][0]["value_low"] == "700"
    else:
        assert "locked.txt: cannot be read" in result.stderr


def test_every_file_is_listed_by_the_notebooks(hostile, tmp_path):
    out = tmp_path / "processed"
    params = {"raw_dir": str(hostile), "manifest": str(tmp_path / "none.csv"), "out_dir": str(out),
              "sentences_table": str(out / "sentences.csv"), "claims_table": str(out / "claims.csv"),
              "processed_dir": str(out), "figures_dir": str(tmp_path / "figures")}
    notebooks.run_all(tmp_path / "executed", params)
    articles = pd.read_csv(out / "articles.csv", keep_default_na=False).set_index("file")
    on_disk = {p.name for p in hostile.iterdir()}
    assert set(articles.index) == on_disk
    for name, reason in BAD_REASONS.items():
        assert articles.loc[name, "status"] == "error" and reason in articles.loc[name, "reason"]
    assert articles.loc["cp1252.txt", "encoding"].startswith("cp1252")
    assert articles.loc["utf16.txt", "encoding"] == "utf-16"
    assert articles.loc["huge.txt", "status"] == "ok"  # read whole: every word of it counted
    assert articles.loc["huge.txt", "words"] == len((hostile / "huge.txt").read_text(encoding="utf-8").split())
    claims = pd.read_csv(out / "claims.csv", keep_default_na=False)
    assert (claims["article"] == "many_lines").sum() == 10_000


def test_loader_never_raises_on_the_folder(hostile):
    collection = load.load_folder(hostile, manifest=hostile / "none.csv")
    assert len(collection.articles()) == len(list(hostile.iterdir()))
