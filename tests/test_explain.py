"""`claimtable explain` prints the rules that fired for one figure, from the extractor's own
rule list."""

from __future__ import annotations

from pathlib import Path

from claimtable import cli, extract


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = cli.main(["explain", *args])
    out, err = capsys.readouterr()
    return code, out, err


def write(tmp_path: Path, text: str) -> str:
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_the_figures_of_a_file_are_listed_with_what_they_became(tmp_path, capsys):
    path = write(tmp_path, "On day 3 of the talks, Seoul's spy agency said 1,500 troops had arrived.\n")
    code, out, _ = run(capsys, path)
    assert code == 0
    assert out.splitlines() == ["1. '3' (sentence_no 0): no claim (not_counted)",
                                "2. '1,500' (sentence_no 0): troops, claimant South Korea NIS"]


def test_the_rules_that_fired_are_printed_in_the_order_they_run(tmp_path, capsys):
    path = write(tmp_path, "“About 500 soldiers were killed,” insisted Ukraine's General Staff.\n")
    code, out, _ = run(capsys, path, "--figure", "1")
    assert code == 0
    names = [line.split(":")[0].strip() for line in out.split("rules that fired, in order:\n")[1]
             .split("claimant mentions")[0].splitlines()]
    order = [rule.__name__ for rule in extract.FIGURE_RULES]
    assert names == sorted(names, key=order.index)
    assert {"noun_written_after", "casualty_category", "claimant"} <= set(names)
    assert "by the rule 'inverted speech'" in out  # why the General Staff is the source
    assert out.rstrip().endswith("claimant Ukraine General Staff (clause)")


def test_a_figure_that_is_not_there_is_an_error(tmp_path, capsys):
    path = write(tmp_path, "1,500 troops arrived.\n")
    code, _, err = run(capsys, path, "--figure", "7")
    assert code == 1 and "has no figure 7" in err


def test_an_article_of_an_archive_is_explained_by_its_id(tmp_path, capsys):
    """A scraper's JSONL: the article is named as the claims table names it."""
    path = tmp_path / "news.jsonl"
    path.write_text('{"text": "Officials said 700 troops arrived."}\n'
                    '{"article": "kivu-2", "text": "Seoul\'s spy agency said 1,500 troops had arrived."}\n'
                    '{"article": "broken", "text": null}\n', encoding="utf-8")
    code, out, _ = run(capsys, str(path), "--article", "kivu-2")
    assert code == 0 and out.splitlines() == ["1. '1,500' (sentence_no 0): troops, claimant South Korea NIS"]
    code, out, _ = run(capsys, str(path), "--article", "news-000001", "--figure", "1")
    assert code == 0 and out.startswith("figure 1: '700'")
    code, _, err = run(capsys, str(path))
    assert code == 1 and "--article ID" in err and "news-<line" in err
    code, _, err = run(capsys, str(path), "--article", "nowhere")
    assert code == 1 and "no article 'nowhere'" in err
    code, _, err = run(capsys, str(path), "--article", "broken")
    assert code == 1 and "'text' is null" in err
