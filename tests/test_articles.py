"""Every article has an outlet, a date, a title, a url and a short unique label, from the
manifest, else the byline, else the page's metadata, else the file name (the label never
shows the file name: an unknown outlet is the headline in quotes, or "outlet unknown")."""

from __future__ import annotations

import csv
from pathlib import Path

from claimtable import load


def write_manifest(folder: Path, rows: list[dict[str, str]]) -> None:
    cols = ["article", "title", "outlet", "url", "published", "language", "notes"]
    with open(folder.parent / "sources.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols)
        w.writeheader()
        w.writerows({c: r.get(c, "") for c in cols} for r in rows)


def articles_of(folder: Path):
    return load.load_folder(folder).articles().set_index("article")


def test_facts_come_from_manifest_then_byline_then_page_then_file_name(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    body = "\nSouth Korea's spy agency said 1,500 North Korean troops had arrived in Russia.\n"
    (raw / "m.txt").write_text("Troops arrive" + body, encoding="utf-8")
    (raw / "b.txt").write_text(
        "Some Headline Words Here\nBy Jane Roe | Oct. 21, 2024 | 9:30 AM | World example.com, "
        "South Korea's spy agency said 1,500 North Korean troops had arrived in Russia.\nMore.\n",
        encoding="utf-8")
    (raw / "h.html").write_text(
        '<html><head><meta property="og:site_name" content="Kyiv Herald">'
        '<meta property="article:published_time" content="2024-10-22T08:00:00+03:00">'
        '<meta property="og:url" content="https://kyivherald.example/a"><title>Troops arrive</title></head>'
        "<body><p>South Korea's spy agency said 1,500 North Korean troops had arrived in Russia.</p>"
        "<p>Seoul said more would follow.</p></body></html>", encoding="utf-8")
    (raw / "n.txt").write_text(body.strip() + "\nMore later.\n", encoding="utf-8")
    write_manifest(raw, [{"article": "m", "outlet": "Yonhap (via a repost)", "published": "2024-10-23",
                          "url": "https://yna.example/1"}])
    a = articles_of(raw)
    assert a.loc["m", ["outlet", "published", "url", "label"]].tolist() == [
        "Yonhap (via a repost)", "2024-10-23", "https://yna.example/1", "Yonhap · 2024-10-23"]
    assert a.loc["b", "published"] == "2024-10-21" and a.loc["b", "outlet"] == "example.com"
    assert a.loc["b", "label"] == "example.com · 2024-10-21"
    assert a.loc["h", ["outlet", "published", "url"]].tolist() == [
        "Kyiv Herald", "2024-10-22", "https://kyivherald.example/a"]
    assert a.loc["h", "title"] == "Troops arrive"
    assert a.loc["n", "label"] == "outlet unknown · undated"  # no outlet, no headline: never the id


def test_an_article_without_an_outlet_is_labelled_by_its_headline_never_its_file_id(tmp_path):
    """README: charts and tables name articles by their label, never by a file id. A file with
    a headline but no outlet anywhere is labelled by the headline in quotes; two such files
    without a headline are "outlet unknown", told apart by the label's number."""
    raw = tmp_path / "raw"
    raw.mkdir()
    body = "\n\nThe coast guard said 40 passengers were rescued on Tuesday.\n"
    (raw / "ferry_2291.txt").write_text("Storm rescue continues" + body, encoding="utf-8")
    (raw / "f1.txt").write_text(body.strip() + "\n", encoding="utf-8")
    (raw / "f2.txt").write_text(body.strip() + "\n", encoding="utf-8")
    a = articles_of(raw)
    assert a.loc["ferry_2291", "label"] == "“Storm rescue continues” · undated"
    assert a.loc[["f1", "f2"], "label"].tolist() == ["outlet unknown · undated", "outlet unknown · undated #2"]
    assert not any(article in label for article, label in a["label"].items())


def test_a_page_whose_first_line_is_furniture_is_not_labelled_by_it(tmp_path):
    """Scraped pages open with "Skip to main content", a section's name, a byline or the
    weather: a label in quotes made of those names no article ("“Latest News” · undated" on
    every chart of a collection); such a page is "outlet unknown", a real headline keeps its
    quotes."""
    raw = tmp_path / "raw"
    raw.mkdir()
    body = "\n\nThe coast guard said 40 passengers were rescued on Tuesday.\n"
    firsts = {"skip": "Skip to main content", "section": "Latest News", "byline": "By Jo Lee and Ana Ruiz, CNN",
              "weather": "22.7 C", "dated": "May 8, 2025", "head": "Ferry sinks off the northern coast"}
    for name, first in firsts.items():
        (raw / f"{name}.txt").write_text(first + body, encoding="utf-8")
    labels = articles_of(raw)["label"]
    assert labels["head"] == "“Ferry sinks off the norther…” · undated"
    assert all(labels[n].startswith("outlet unknown · undated") for n in firsts if n != "head"), labels.to_dict()


def test_a_page_opening_with_a_button_or_a_theme_line_is_labelled_by_its_headline(tmp_path):
    """A print button, a newsletter prompt, a theme's credit or an empty widget area above the
    headline ("Print this page", "Powered By Pixels") names no article: the headline under it
    does, else the outlet is unknown."""
    raw = tmp_path / "raw"
    raw.mkdir()
    body = ("\n\nFerry sinks off the northern coast\n\nThe coast guard said this morning, in its latest news"
            " updates, that 40 passengers were rescued from the widgetized section of the ferry.\n")
    firsts = {"print": "Print this page", "theme": "Powered By Pixels\n09 June 2024", "widgets": "Widgetized Section",
              "prompt": "Get the Latest News Updates"}
    for name, first in firsts.items():
        (raw / f"{name}.txt").write_text(first + body, encoding="utf-8")
    labels = articles_of(raw)["label"]
    assert all(labels[n].startswith("“Ferry sinks off the norther…”") for n in firsts), labels.to_dict()


def test_labels_are_unique_short_and_never_bare_ids(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    rows = []
    for i in range(3):
        (raw / f"x{i}.txt").write_text("NATO said 100 troops had arrived.\n", encoding="utf-8")
        rows.append({"article": f"x{i}", "outlet": "The Very Long Name of a Regional Newspaper Group",
                     "published": "2024-11-02"})
    write_manifest(raw, rows)
    labels = articles_of(raw)["label"].tolist()
    assert len(set(labels)) == 3
    assert all(len(label) <= 45 for label in labels)
    assert labels[1].endswith("#2") and labels[2].endswith("#3")


def test_an_article_is_labelled_by_its_headline_never_by_a_menu_line_or_a_stamp(tmp_path):
    """Pages copied with their menus: the checks and group notes name each by its headline
    ("Two Days to Remember"), or say its outlet is unknown, never by a stamp ("Posted on Jun 7,
    2007 in Ca…"), a record line ("Date: 2023/11/10 | File Siz…") or a share button."""
    raw = tmp_path / "raw"
    raw.mkdir()
    pages = {
        "menus": "Pages Menu\n\nCategories Menu\n\nPosted on Jun 7, 2007 in Front Page Features\n\n"
                 "Two Days to Remember\n\nBy Jo Lee\n\nThe garrison said 40 soldiers were buried on Monday.\n",
        "stamp": "Published on 17.03.2019 at 21h54 by AFP\n\nRaiders killed eight soldiers at a camp, officers said.\n",
        "record": "Date: 2023/11/10 | File Size: 196.73 MB |\nDuration: 00:01:46 | Frame Size: 1920 x 1080 |\n"
                  "The ministry said 300 people were killed.\n",
        "share": "  • Share on Google +\n  • Share on Facebook\nThe police said 12 people were missing.\n",
        "headline": "Storm Rescue Continues Along the Coast\n\nCrews said 30 people were rescued.\n",
    }
    for name, text in pages.items():
        (raw / f"{name}.txt").write_text(text, encoding="utf-8")
    labels = load.load_folder(raw).articles().set_index("article")["label"].to_dict()
    assert labels["menus"] == "“Two Days to Remember” · undated"
    assert labels["headline"] == "“Storm Rescue Continues Alon…” · undated"
    for name in ("stamp", "record", "share"):
        assert labels[name].startswith("outlet unknown"), labels[name]
