"""The sets of real reporting kept in benchmarks/real_sets: their hand-coded claims load under the
scorer's rules, every claim belongs to an excerpt the set names, and an excerpt is found again
in a re-fetched page by its fingerprints (and not when its text changed)."""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import pytest

from claimtable import lexicons, score

sys.path.insert(0, str(Path(__file__).parents[1] / "benchmarks"))
import bench_real

SET_DIRS = sorted(p for p in bench_real.SETS.iterdir() if p.is_dir())
CATEGORIES = {row["category"] for row in lexicons.read_lexicon("categories")}


def test_there_are_sets() -> None:
    assert SET_DIRS, "benchmarks/real_sets holds no set"


@pytest.mark.parametrize("set_dir", SET_DIRS, ids=lambda p: p.name)
def test_a_set_is_whole(set_dir: Path) -> None:
    sources = bench_real.read_sources(set_dir)
    articles = [s.article for s in sources]
    assert len(articles) == len(set(articles)), "an excerpt is listed twice"
    gold = score.read_claims(set_dir / "gold.csv")
    assert {g.article for g in gold} <= set(articles), "claims of an excerpt the set does not name"
    assert all(g.category in CATEGORIES for g in gold), "a category no lexicon row defines"
    assert all(g.value_low <= g.value_high for g in gold)
    # no article text is kept: the gold has no column of the article's own words
    with (set_dir / "gold.csv").open(encoding="utf-8") as fh:
        assert next(csv.reader(fh)) == list(bench_real.GOLD_COLUMNS)


EXCERPT = ("Officials said on Monday that about 300 families had fled the shelling overnight, "
           "and that 12 of them had reached the river crossing.")


def test_an_excerpt_is_found_in_its_page_again() -> None:
    source = bench_real.Source.of("other_t1", "https://example.org/x", "example.org", "other",
                                  EXCERPT)
    page = "Home | World\nMost read: 40 ships\n" + EXCERPT + "\nAdvertisement\n"
    assert bench_real.locate(page, source) == EXCERPT
    assert bench_real.locate(page.replace("300", "30O"), source) is None


def test_an_excerpt_that_ends_a_page_is_found_when_the_saved_page_lost_its_last_line_break() -> None:
    source = bench_real.Source.of("other_t2", "https://example.org/y", "example.org", "other",
                                  EXCERPT + "\n")
    assert bench_real.locate("Home | World\n" + EXCERPT, source) == EXCERPT + "\n"
    assert bench_real.locate("Home | World\n" + EXCERPT[:-1], source) is None


def test_an_excerpt_cut_at_a_sentence_end_with_a_line_break_is_found_in_the_running_page() -> None:
    source = bench_real.Source.of("other_t3", "https://example.org/z", "example.org", "other",
                                  EXCERPT + "\n")
    assert bench_real.locate(EXCERPT + " The crossing was closed on Tuesday.", source) == EXCERPT + "\n"


def test_check_names_missing_and_changed_texts(tmp_path: Path) -> None:
    kept = bench_real.Source.of("story_a", "u1", "o", "story", EXCERPT)
    changed = bench_real.Source.of("story_b", "u2", "o", "story", EXCERPT)
    gone = bench_real.Source.of("story_c", "u3", "o", "story", EXCERPT)
    (tmp_path / "story_a.txt").write_text(EXCERPT, encoding="utf-8")
    (tmp_path / "story_b.txt").write_text(EXCERPT + " ", encoding="utf-8")
    problems = bench_real.check(tmp_path, [kept, changed, gone])
    assert problems == ["story_b: differs from the coded excerpt (u2)", "story_c: missing (u3)"]
