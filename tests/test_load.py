"""The loader: decoding, page furniture, paragraphs and sentences, repeats, bad input."""

from __future__ import annotations

import os
import random
import re
import unicodedata

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtable import load


def write(folder, name, data: bytes):
    path = folder / name
    path.write_bytes(data)
    return path


# ------------------------------------------------------------------ decoding


@pytest.mark.parametrize(
    ("data", "text", "encoding"),
    [
        ("Troops “arrived”.".encode(), "Troops “arrived”.", "utf-8"),
        (b"\xef\xbb\xbf" + "Troops “arrived”.".encode(), "Troops “arrived”.", "utf-8-sig"),
        ("Troops “arrived”.".encode("cp1252"), "Troops “arrived”.", "cp1252 (fallback: not valid UTF-8)"),
        ("Troops arrived.".encode("utf-16"), "Troops arrived.", "utf-16"),
    ],
)
def test_decodes_utf8_bom_cp1252_and_utf16(data, text, encoding):
    assert load.decode(data) == (text, encoding)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"  \n\n ", "empty file (only white space)"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (contains NUL bytes)"),
        (b"abc \x81\x8d\x8f\x90\x9d", "neither UTF-8"),
    ],
)
def test_bad_bytes_give_a_reason(data, reason):
    with pytest.raises(load.SourceError, match=reason.replace("(", r"\(").replace(")", r"\)")):
        load.decode(data)


CONTROLS = [chr(c) for c in range(0x110000) if unicodedata.category(chr(c)) == "Cc"]


@pytest.mark.parametrize("control", [c for c in CONTROLS if c not in "\x00\t\n\r\f"])
def test_text_full_of_control_characters_is_binary(control):
    data = ("troops " + control * 10).encode() * 20
    with pytest.raises(load.SourceError, match="control characters"):
        load.decode(data)


def test_tabs_line_ends_and_form_feeds_are_text():
    text = "1,500 troops\t\f\r\n" * 200
    assert load.decode(text.encode()) == (text, "utf-8")


def test_crlf_and_cr_keep_offsets_into_the_decoded_text():
    text = "Headline Without Stop\r\nFirst line here. Second one.\r\rThird para.\rFourth."
    src = load.load_text("x", text)
    assert src.title == "Headline Without Stop"
    body = [s for s in src.sentences if s.role == "body"]
    assert [s.text for s in body] == ["First line here.", "Second one.", "Third para.", "Fourth."]
    for s in src.sentences:
        assert text[s.start : s.end] == s.text
    assert [s.paragraph for s in body] == [1, 1, 2, 3]


# ------------------------------------------------------------------ furniture


def test_seed_byline_is_parsed_and_kept_out_of_the_body(seed_dir):
    src = load.load_file(seed_dir / "000_4fd664b2c8154858.txt")
    assert src.title.startswith("North Korea Sends Troops")
    assert (src.author, src.published, src.section, src.credited_outlet) == (
        "wbragin", "19-Oct 10:44", "World / Videos", "bbc.com",
    )
    first = next(s for s in src.sentences if s.role == "body")
    assert first.text.startswith("In a shocking development")
    assert all("wbragin" not in s.text for s in src.sentences)


@pytest.mark.parametrize(
    ("line", "author", "section", "outlet"),
    [
        ("jdoe 3-Nov, 08:15 12 Europe / Politicsreuters.com, Body starts here.", "jdoe", "Europe / Politics", "reuters.com"),
        ("By Anna Smith | Oct. 28, 2024 | 9:30 AM | World example.org, Body here.", "Anna Smith", "World", "example.org"),
        ("kim_lee 2024-10-21 17:02 3 Asianknews.org Body here.", "kim_lee", "Asia", "nknews.org"),
    ],
)
def test_bylines_of_the_general_form(line, author, section, outlet):
    src = load.load_text("x", f"Some Headline Words Here\n{line}\nMore text follows here.")
    assert (src.author, src.section, src.credited_outlet) == (author, section, outlet)
    assert src.sentences[1].text.startswith("Body")


@pytest.mark.parametrize(
    ("line", "author", "outlet", "published", "label"),
    [
        ("By Ana Kovic, Eastern Wire, 2 May 2025", "Ana Kovic", "Eastern Wire", "2 May 2025", "Eastern Wire · 2025-05-02"),
        ("Tarnow Courier, May 2, 2025", "", "Tarnow Courier", "May 2, 2025", "Tarnow Courier · 2025-05-02"),
        ("May 2, 2025", "", "", "May 2, 2025", "“Troops Reach the Varno Bord…” · 2025-05-02"),
        ("2 May 2025", "", "", "2 May 2025", "“Troops Reach the Varno Bord…” · 2025-05-02"),
        ("By Ana Kovic | Eastern Wire | 2 May 2025 14:05", "Ana Kovic", "Eastern Wire", "2 May 2025 14:05",
         "Eastern Wire · 2025-05-02"),
    ],
)
def test_a_line_of_credits_and_a_date_after_the_headline_is_the_byline(line, author, outlet, published, label):
    src = load.load_text("x", f"Troops Reach the Varno Border\n\n{line}\n\nSome 500 troops arrived in Varno.")
    assert (src.author, src.credited_outlet, src.published) == (author, outlet, published)
    assert [s.text for s in src.sentences if s.role == "body"] == ["Some 500 troops arrived in Varno."]
    assert load.article_row(src, {})["label"] == label


def test_the_manifest_outlet_comes_before_the_byline_outlet():
    src = load.load_text("x", "Troops Reach the Varno Border\n\nTarnow Courier, May 2, 2025\n\nSome 500 troops arrived.")
    row = load.article_row(src, {"outlet": "Osk Daily"})
    assert (row["outlet"], row["credited_outlet"], row["label"]) == ("Osk Daily", "Tarnow Courier", "Osk Daily · 2025-05-02")


@pytest.mark.parametrize(
    "text",
    [
        "Troops Reach the Varno Border\nBy May 2, 2025, 300 troops had arrived.\nMore came later.",
        "Troops Reach the Varno Border\nBy May 2, 2025 300 troops had arrived.\nMore came later.",
        "Troops Reach the Varno Border\nOfficials in Osk, May 2, 2025\nsaid that 300 troops had arrived.",
        "Some 300 troops had arrived.\nTarnow Courier, May 2, 2025\nMore came later.",
    ],
)
def test_prose_that_opens_like_a_byline_is_no_byline(text):
    """A line that goes on into a sentence, or a credit line that does not follow a headline."""
    src = load.load_text("x", text)
    assert (src.author, src.credited_outlet, src.published) == ("", "", "")
    assert "300 troops" in " ".join(s.text for s in src.sentences if s.role == "body")


def test_a_headline_in_sentence_case_is_a_title():
    src = load.load_text("x", "Ukraine says Russia lost 1,950 troops in a day\nRussia lost 1,950 troops.")
    assert src.title == "Ukraine says Russia lost 1,950 troops in a day"
    assert [s.role for s in src.sentences] == ["title", "body"]


def test_a_first_line_that_is_a_sentence_is_not_a_title():
    src = load.load_text("x", "According to officials, 500 troops arrived.\nMore follows.")
    assert src.title == ""
    assert src.sentences[0].role == "body"


def test_a_date_stamp_above_the_headline_is_the_date_and_the_next_line_the_title():
    with open(os.path.join(os.path.dirname(__file__), "articles", "u78_date_stamp_above_headline.txt"),
              encoding="utf-8") as f:
        text = f.read()
    src = load.load_text("u78", text)
    assert src.title == "Port Varna Toll Passes 2,000"
    assert src.published == "4 June 2024 16:20"
    assert [s.role for s in src.sentences][:2] == ["title", "body"]


# ------------------------------------------------------------------ sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They met on Oct. 28 in Seoul. Then they left.", ["They met on Oct. 28 in Seoul.", "Then they left."]),
        ("U.S. officials said so. Mr. Kim disagreed.", ["U.S. officials said so.", "Mr. Kim disagreed."]),
        ("Unit No. 2 moved. It had 3.5 tonnes.", ["Unit No. 2 moved.", "It had 3.5 tonnes."]),
        ("He said “it is grave.” Nobody replied.", ["He said “it is grave.”", "Nobody replied."]),
        ("Rockets—potentially eight million rounds—arrived. Next.", ["Rockets—potentially eight million rounds—arrived.", "Next."]),
        # a title before a name, or a saint before a city, ends no sentence
        ("A spokesman, Col. Oleksandr Kindratenko, spoke. Troops went to St. Petersburg.",
         ["A spokesman, Col. Oleksandr Kindratenko, spoke.", "Troops went to St. Petersburg."]),
        # a live blog scraped without the space between its sentences
        ("Shelling resumed at dawn.Towns near Kharkiv were hit. It said 12 died.",
         ["Shelling resumed at dawn.", "Towns near Kharkiv were hit.", "It said 12 died."]),
        ("Read more on U.S.Army bases and e.g.This kind of glue.", ["Read more on U.S.Army bases and e.g.This kind of glue."]),
    ],
)
def test_sentence_splitter_survives_abbreviations_decimals_quotes_dashes(text, expected):
    assert [text[s:e] for s, e in load.split_sentences(text)] == expected


#: Words, numbers and marks that plain paragraphs mix with the ones that need spaCy
#: (abbreviations, initials, decimals, quotes after a stop, ellipses, lower-case starts).
PIECES = [
    "troops", "Russia", "NATO", "said", "1,500", "2024", "12", "3.5", "U.S.", "Mr.", "Gen.",
    "Calif.", "J.", "co.", "e.g.", "Kyiv's", "“no.”", "(Reuters)", "...", "10,000-strong",
    "arrived.", "arrived!", "arrived?", "Seoul.", "NATO.", "miss.", "x.", "5.", "and", "Then",
    "the", "—", ",", "’", "'", "\"", "%", "\n", "  ", "\u00a0", "Ö", "°C.", "!", "?", ".",
]


@given(st.lists(st.sampled_from(PIECES), max_size=40), st.integers(0, 2**32 - 1))
@settings(max_examples=400, deadline=None)
def test_fast_sentence_split_agrees_with_spacy(pieces, seed):
    # The spaCy-free path may decline a paragraph, but when it answers it answers as spaCy.
    joiners = random.Random(seed)
    text = "".join(p + joiners.choice([" ", " ", "", "  "]) for p in pieces)
    plain = load._plain_sentences(text)
    if plain is not None and text.strip():
        assert plain == load._spacy_sentences(text), text


def test_fast_sentence_split_takes_plain_news_paragraphs():
    text = "Officials said 1,500 troops arrived in Russia. NATO disagreed! Who is right? Nobody knows"
    assert load._plain_sentences(text) == load._spacy_sentences(text)
    assert len(load._plain_sentences(text)) == 4


def test_fast_sentence_split_knows_every_word_spacy_keeps_with_its_stop():
    # spaCy's tokenizer keeps "Calif." or "Gen." whole, so no sentence ends there; the fast
    # path must leave any such paragraph to spaCy, through the abbreviation lexicon.
    rules = load._sentencizer().tokenizer.rules
    kept = {k[:-1].lower() for k in rules if k.endswith(".") and k[:-1].isalpha() and len(k) > 2}
    assert kept <= load._abbreviations()


def test_fast_sentence_split_never_skips_a_spacy_punctuation_mark():
    marks = load._sentencizer().get_pipe("sentencizer").punct_chars
    assert all(ch in ".!?" or load._UNREMARKABLE.match(ch) for ch in marks)


def test_sentence_offsets_point_into_the_source(seed_dir):
    collection = load.load_folder(seed_dir)
    for src in collection.sources:
        for s in src.sentences:
            assert src.text[s.start : s.end] == s.text


# ------------------------------------------------------------------ repeats


def test_seed_repost_is_marked_as_repeats_of_the_first_copy(seed_dir):
    src = load.load_file(seed_dir / "000_4fd664b2c8154858.txt")
    repeats = [s for s in src.sentences if s.repeat_of is not None]
    assert repeats, "the seed pastes its body twice"
    by_number = {s.sentence: s for s in src.sentences}
    for s in repeats:
        first = by_number[s.repeat_of]
        assert first.repeat_of is None and first.start < s.start
        assert load.normalise_passage(first.text) == load.normalise_passage(s.text)
    table = load.load_folder(seed_dir).articles().set_index("article")
    assert table.loc["000_4fd664b2c8154858", "repeated_paragraphs"] == len({s.paragraph for s in repeats})
    assert table.loc["001_5320b9cdabafa139", "repeated_paragraphs"] == 0


def test_syndicated_passages_are_reported_across_files(tmp_path):
    shared = "The ministry said that five thousand soldiers had reached the border region."
    write(tmp_path, "a.txt", f"First report opens here today.\n{shared}\n".encode())
    write(tmp_path, "b.txt", f"A different opening line is here.\n{shared}\n".encode())
    sentences = load.load_folder(tmp_path).sentences()
    b = sentences[(sentences.article == "b") & (sentences.text == shared)].iloc[0]
    a = sentences[(sentences.article == "a") & (sentences.text == shared)].iloc[0]
    assert b.also_in == f"a:{a.sentence}"
    assert a.also_in == "" and pd.isna(b.repeat_of)


def test_short_furniture_is_not_a_repeat():
    src = load.load_text("x", "Read more.\nTroops arrived in the region today.\nRead more.")
    assert all(s.repeat_of is None for s in src.sentences)


# ------------------------------------------------------------------ bad input, nothing lost


def test_every_file_is_listed_and_bad_ones_carry_their_reason(tmp_path):
    write(tmp_path, "good.txt", b"Officials said 500 troops arrived.")
    write(tmp_path, "empty.txt", b"")
    write(tmp_path, "image.png", b"\x89PNG\r\n\x1a\n")
    write(tmp_path, "binary.txt", b"\x00\x01\x02\x03" * 10)
    write(tmp_path, "latin.txt", "Caf\xe9 said 20 soldiers.".encode("latin-1"))
    collection = load.load_folder(tmp_path)
    table = collection.articles().set_index("file")
    assert set(table.index) == {"good.txt", "empty.txt", "image.png", "binary.txt", "latin.txt"}
    assert table.loc["good.txt", "status"] == "ok"
    assert table.loc["latin.txt", "status"] == "ok"
    assert "cp1252" in table.loc["latin.txt", "encoding"]
    assert table.loc["empty.txt", "reason"] == "empty file"
    assert "not a text file" in table.loc["image.png", "reason"]
    assert "binary" in table.loc["binary.txt", "reason"]
    assert {p.split(":")[0] for p in collection.problems} == {"empty.txt", "image.png", "binary.txt"}


def test_an_archive_among_a_folders_pages_is_named_with_what_to_do(tmp_path):
    """A scraper's JSONL beside saved pages: the user learns it was not read, and how to read it
    (it is text, so "not a text file" would mislead)."""
    write(tmp_path, "page.html", b"<html><body><p>Officials said 500 troops arrived.</p></body></html>")
    write(tmp_path, "news.jsonl", b'{"text": "Officials said 700 troops arrived."}\n')
    collection = load.load_folder(tmp_path)
    reason = collection.articles().set_index("file").loc["news.jsonl", "reason"]
    assert "news archive" in reason and "on its own" in reason
    assert [p.split(":")[0] for p in collection.problems] == ["news.jsonl"]


def test_unreadable_file_is_reported(tmp_path, monkeypatch):
    path = write(tmp_path, "locked.txt", b"500 troops")
    path.chmod(0)
    if os.access(path, os.R_OK):  # root reads whatever the mode: make the read fail as it would
        def refuse(self):
            raise PermissionError(13, "Permission denied", str(self))

        monkeypatch.setattr(load.Path, "read_bytes", refuse)
    assert load.load_file(path).reason == "cannot be read (Permission denied)"


def test_symlink_loop_is_reported(tmp_path):
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    assert "link" in load.load_file(tmp_path / "loop.txt").reason


def test_missing_raw_folder_is_one_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="raw folder not found"):
        load.load_folder(tmp_path / "nope")


def test_manifest_row_without_a_file_is_reported(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    write(raw, "one.txt", b"Officials said 500 troops arrived.")
    manifest = tmp_path / "sources.csv"
    manifest.write_text("article,title,outlet,url,published,language,notes\n"
                        "one,T,O,,2024-10-01,en,\nghost,G,,,,en,\n")
    collection = load.load_folder(raw, manifest)
    table = collection.articles().set_index("article")
    assert table.loc["ghost", "status"] == "missing"
    assert table.loc["one", "title"] == "T"
    assert any(p.startswith("ghost:") for p in collection.problems)


def test_a_manifest_inside_the_raw_folder_is_read_as_the_manifest_not_as_an_article(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    write(raw, "one.txt", b"Officials said 500 troops arrived.")
    (raw / "sources.csv").write_text("article,title,outlet,url,published,language,notes\n"
                                     "one,T,Wire,,2024-10-01,en,\n", encoding="utf-8")
    collection = load.load_folder(raw)
    table = collection.articles().set_index("article")
    assert list(table.index) == ["one"] and table.loc["one", "outlet"] == "Wire"
    assert not collection.problems
    (tmp_path / "sources.csv").write_text("article,title,outlet,url,published,language,notes\n"
                                          "one,T,Beside,,2024-10-01,en,\n", encoding="utf-8")
    collection = load.load_folder(raw)  # the one beside comes first; neither is an article
    table = collection.articles().set_index("article")
    assert list(table.index) == ["one"] and table.loc["one", "outlet"] == "Beside"
    assert not collection.problems


@pytest.mark.parametrize("where", ["beside", "inside"])
def test_a_manifest_row_without_a_file_is_reported_wherever_the_manifest_sits(tmp_path, where):
    raw = tmp_path / "raw"
    raw.mkdir()
    write(raw, "one.txt", b"Officials said 500 troops arrived.")
    (tmp_path if where == "beside" else raw).joinpath("sources.csv").write_text(
        "article,title,outlet,url,published,language,notes\none,T,Wire,,,en,\nghost,G,,,,en,\n")
    collection = load.load_folder(raw)
    assert collection.problems == ["ghost: listed in the manifest but no such file in raw/"]
    assert list(collection.articles()["article"]) == ["ghost", "one"]


HEADLINE = "1,500 North Korean troops have arrived in Russia."
STORY = f"{HEADLINE}\nSouth Korea's spy agency said the troops had arrived by ship.\n"


def roles(src: load.Source) -> list[str]:
    return [s.role for s in src.sentences]


def test_a_headline_the_manifest_names_is_the_title_even_when_it_reads_like_a_sentence(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    write(raw, "nk.txt", STORY.encode())
    assert roles(load.load_folder(raw).sources[0]) == ["body", "body"]  # no manifest: a guess
    load.manifest_path(raw).write_text(
        "article,title,outlet,url,published,language,notes\n"
        f'nk,"{HEADLINE.upper()}",,,,en,\n', encoding="utf-8")
    src = load.load_folder(raw).sources[0]
    assert roles(src) == ["title", "body"]
    assert src.title == HEADLINE  # as the file writes it, not as the manifest does


def test_a_manifest_headline_the_file_does_not_start_with_changes_nothing(tmp_path):
    src = load.load_text("nk", STORY, title="Another headline altogether")
    assert roles(src) == ["body", "body"] and src.title == ""


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("article,title\nnk,x\n", "missing manifest columns ['outlet', 'url'"),
        ("article,title,outlet,url,published,language,notes\nnk,1,500 troops,,,,en,\n",
         "line 2 has more fields than the header"),
        (b"article,title,outlet,url,published,language,notes\nnk,\xff\xfe,,,,en,\n", "not a readable CSV"),
    ],
)
def test_a_broken_manifest_is_named_with_the_reason(tmp_path, content, reason):
    manifest = tmp_path / "sources.csv"
    manifest.write_bytes(content if isinstance(content, bytes) else content.encode())
    with pytest.raises(load.ManifestError, match=re.escape(reason)) as caught:
        load.read_manifest_rows(manifest)
    assert caught.value.path == manifest and str(caught.value).startswith("sources.csv: ")


def test_an_unreadable_manifest_is_named_with_the_reason(tmp_path, monkeypatch):
    manifest = tmp_path / "sources.csv"
    manifest.write_text("article,title,outlet,url,published,language,notes\n")
    manifest.chmod(0)
    real_open = open

    def refuse(file, *args, **kwargs):  # root reads whatever the mode: fail as a user would
        if str(file) == str(manifest):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", refuse)
    with pytest.raises(load.ManifestError, match=r"cannot be read \(Permission denied\)"):
        load.read_manifest_rows(manifest)


def test_html_is_stripped_with_a_parser_and_scripts_dropped(tmp_path):
    page = ("<html><head><title>x</title><style>p{}</style></head><body><h1>Big News Today</h1>"
            "<script>alert(1)</script><p>Officials said <b>500</b> troops arrived.</p></body></html>")
    src = load.load_file(write(tmp_path, "page.html", page.encode()))
    assert "alert" not in src.text and "p{}" not in src.text
    assert "Officials said 500 troops arrived." in [s.text for s in src.sentences]


def test_hard_wrapped_text_joins_its_lines_but_list_items_stay_apart():
    wrapped = ("North Korea has sent about\n1,500 troops to Russia, the\nspy agency said on Friday.\n\n"
               "More could follow in\nthe coming weeks.\n")
    listed = ("Key figures\n- Troops: about 11,000 (NIS)\n- Shells: up to 9 million\n"
              "- Casualties: at least 3,000\n1. First item\n| NIS | 10,900 |\n")
    wrapped_paragraphs = [wrapped[s:e] for s, e in load.paragraph_spans(wrapped)]
    assert wrapped_paragraphs == ["North Korea has sent about\n1,500 troops to Russia, the\nspy agency said on Friday.",
                                  "More could follow in\nthe coming weeks."]
    assert [listed[s:e] for s, e in load.paragraph_spans(listed)] == listed.strip().split("\n")


def test_a_wrapped_paragraph_among_one_line_paragraphs_is_one_paragraph():
    """A paragraph hard-wrapped among paragraphs of one line each: a line that ends in an open
    word ("from") before a line that wraps too, or that goes on a paragraph already wrapped over
    lines without ending its sentence, runs on; a line "says about 90" runs on into "people";
    a headline above a one-line lede does not."""
    text = ("Shelling hits the border\n"
            "Dozens of shells struck three villages on Tuesday, damaging a school and a clinic, officials said.\n"
            "Around midnight, some 40 shells were fired across the river from\n"
            "Dravik at two hamlets, and another six at the town of Skel, according to the\n"
            "Ostrian Border Guard Service.\n"
            "A monitoring group that tracks the fighting says about 90\n"
            "people died in the week, most of them in the villages.\n"
            "Repair crews worked through the night to restore power to the whole area.\n")
    assert [text[s:e] for s, e in load.paragraph_spans(text)] == [
        "Shelling hits the border",
        "Dozens of shells struck three villages on Tuesday, damaging a school and a clinic, officials said.",
        "Around midnight, some 40 shells were fired across the river from\nDravik at two hamlets, and another six "
        "at the town of Skel, according to the\nOstrian Border Guard Service.",
        "A monitoring group that tracks the fighting says about 90\npeople died in the week, most of them in the villages.",
        "Repair crews worked through the night to restore power to the whole area."]


def test_a_table_flattened_one_cell_a_line_is_not_hard_wrapped():
    """Rows of a table ("137,899 KIA") and the short labels above them ("Ostria") say nothing of
    how the text is wrapped: each stays a line of its own, the paragraphs one line each."""
    text = ("The war ended in a truce that neither side has ever turned into a treaty of peace.\n"
            "Veterans gathered at the memorial near the old crossing to read the names of the fallen.\n"
            "Losses by country:\nOstria\n4,210 KIA\n9,880 WIA\n615 MIA/POW\nVelmar\n1,905 dead (212 non-combat)\n"
            "3,340 wounded\nDorvia\n77 KIA or MIA\nLake Sarn\n40 KIA\n")
    assert [text[s:e] for s, e in load.paragraph_spans(text)] == text.strip().split("\n")


def test_page_furniture_inside_the_body_gives_no_sentences():
    """Teaser lists, prompts and captions a scraper keeps are not the article's text."""
    text = (
        "Seoul raises its estimate of troops in Russia\n"
        "The spy agency said about 12,000 soldiers were in the Kursk region.\n"
        "Advertisement\n"
        "2/9 Soldiers unload 40 crates at a railway yard\n"
        "Read more: Drone attack leaves 300 homes without power\n"
        "The agency added that 1,100 of them had been wounded.\n"
        "Most Read\n"
        "- Around 30,000 troops massed at the border\n"
        "18 armoured vehicles lost in overnight raid\n"
        "Subscribe now\n"
        "Please enter your comment!\n"
    )
    src = load.load_text("f", text)
    body = [s.text for s in src.sentences if s.role == "body"]
    assert body == ["The spy agency said about 12,000 soldiers were in the Kursk region.",
                    "The agency added that 1,100 of them had been wounded."]
    assert len(src.furniture) == 8


def test_a_teaser_list_under_a_site_label_and_forum_furniture_give_no_sentences():
    text = (
        "Allies promise more shells\n"
        "New member\n"
        "Officials said 40,000 shells would reach Kyiv in June.\n"
        "Front Line Support: Latest News\n"
        "- Ministers pledged 200 armoured vehicles at a summit in Oslo.\n"
        "- A drone strike destroyed 12 trucks near Sumy.\n"
        "Share post:\n"
        "More like this\n"
    )
    body = [s.text for s in load.load_text("f", text).sentences if s.role == "body"]
    assert body == ["Officials said 40,000 shells would reach Kyiv in June."]


def test_a_line_that_only_starts_like_furniture_is_kept():
    text = "A headline about losses here\nRelated to the losses, officials said 500 soldiers died.\n"
    body = [s.text for s in load.load_text("f", text).sentences if s.role == "body"]
    assert body == ["Related to the losses, officials said 500 soldiers died."]


def test_utf16_without_a_byte_order_mark_is_named_with_a_hint(tmp_path):
    # it stays unread (its byte order is a guess), but the user learns how to save it
    write(tmp_path, "wide.txt", "Officials said 500 troops arrived.".encode("utf-16-le"))
    write(tmp_path, "pic.png.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00")
    wide, pic = (load.load_file(tmp_path / name) for name in ("wide.txt", "pic.png.txt"))
    assert wide.status == "error"
    assert wide.reason == ("binary file (contains NUL bytes); it looks like UTF-16 text without a "
                           "byte-order mark: save it as UTF-8, or UTF-16 with a BOM")
    assert pic.reason == "binary file (contains NUL bytes)"


# A saved page of three short paragraphs: a menu, a photo caption with a figure, a "Most read"
# box whose teasers hold figures, and a footer (the shape of a newsroom's saved pages).
SHORT_PAGE = """<!DOCTYPE html><html><head><title>Camp Raid Kills Dozens | Velm Courier</title>
<meta property="og:title" content="Camp Raid Kills Dozens"></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/africa">Africa</a></li><li><a href="/world">World</a></li>
<li><a href="/opinion">Opinion</a></li><li>Subscribe</li></ul></nav>
<header><h1>Camp Raid Kills Dozens</h1></header>
<article>
<figure><img src="a.jpg"><figcaption>Families shelter in Tarn, where 2,000 tents were burned. Photo: Velm Courier</figcaption></figure>
<p>Medics said on Sunday that 45 people had been killed in the raid on Tarn camp.</p>
<p>Thousands of families walked through the night toward Ostra.</p>
<p>The rebels said they had captured 80 fighters.</p>
</article>
<aside><h2>Most read</h2><ol><li><a href="#">Egypt says 1.2 million have crossed its border</a></li>
<li><a href="#">Floods kill 12 in Most</a></li><li><a href="#">Five things to know about the talks</a></li></ol></aside>
<footer><p>&copy; 2025 Velm Courier. All rights reserved.</p></footer>
</body></html>"""


def test_a_short_saved_page_keeps_each_block_apart_and_its_furniture_out(tmp_path):
    """A page of three paragraphs is not hard-wrapped text: every block is its own paragraph,
    the headline is the page's <h1>, the menu, side box and footer give no sentence, and the
    caption is a paragraph of its own."""
    src = load.load_file(write(tmp_path, "page.html", SHORT_PAGE.encode()))
    sentences = [(s.role, s.text) for s in src.sentences]
    assert sentences == [
        ("title", "Camp Raid Kills Dozens"),
        ("body", "Families shelter in Tarn, where 2,000 tents were burned."),
        ("body", "Photo: Velm Courier"),
        ("body", "Medics said on Sunday that 45 people had been killed in the raid on Tarn camp."),
        ("body", "Thousands of families walked through the night toward Ostra."),
        ("body", "The rebels said they had captured 80 fighters."),
    ]
    assert src.title == "Camp Raid Kills Dozens"
    furniture = [src.text[s:e] for s, e in src.furniture]
    assert {"Home", "World", "Subscribe", "Most read", "Egypt says 1.2 million have crossed its border",
            "Floods kill 12 in Most", "© 2025 Velm Courier. All rights reserved."} <= set(furniture)
    assert len(src.paragraphs) == 4
    # offsets point into the decoded text (load.html_to_text), one block per line
    assert all(src.text[s.start:s.end] == s.text for s in src.sentences)
    assert src.text == load.html_to_text(SHORT_PAGE)


def test_a_short_saved_page_gives_no_claim_from_its_menu_or_most_read_box(tmp_path):
    from claimtable import extract

    src = load.load_file(write(tmp_path, "page.html", SHORT_PAGE.encode()))
    figures = {c["figure"]: c for c in extract.extract_source(src)}
    assert "1.2 million" not in figures and "12" not in figures
    assert {"45", "80"} <= set(figures)
    assert all(c["role"] == "body" and "Home" not in c["sentence"] for c in figures.values())
    assert "Most" not in {p for c in figures.values() for p in c["place"].split("; ")}


def test_a_page_without_landmarks_still_reads_its_blocks_one_by_one(tmp_path):
    """Without <nav> or <aside> the furniture lexicon's rules read each block: a "Most read"
    header and its teasers are furniture, and no block runs into the next."""
    page = ("<html><body><h1>Port Hit Again</h1><p>Officials said 9 drones were shot down.</p>"
            "<p>The port was closed.</p><h2>Most read</h2><ul><li>Floods kill 12 in Kassala</li></ul>"
            "</body></html>")
    src = load.load_file(write(tmp_path, "page.html", page.encode()))
    assert [s.text for s in src.sentences] == ["Port Hit Again", "Officials said 9 drones were shot down.",
                                               "The port was closed."]
    assert [src.text[s:e] for s, e in src.furniture] == ["Most read", "Floods kill 12 in Kassala"]


def test_an_archive_row_of_html_reads_as_the_saved_page_does(tmp_path):
    from claimtable import archive

    src = load.load_file(write(tmp_path, "page.html", SHORT_PAGE.encode()))
    path = tmp_path / "pages.jsonl"
    path.write_text('{"article": "page", "text": ' + __import__("json").dumps(SHORT_PAGE) + "}\n")
    [row] = [r for r in archive.iter_archive(path) if isinstance(r, archive.ArchiveRow)]
    from_row = archive.source_of_row(row)
    assert [(s.role, s.text) for s in from_row.sentences] == [(s.role, s.text) for s in src.sentences]
    assert from_row.furniture == src.furniture
def test_html_navigation_and_asides_outside_the_article_are_dropped(tmp_path):
    # a "Most read" list of other stories is no part of the article: its headlines would run
    # together into one sentence and lend each other's verbs ("kill") to their figures
    page = ("<html><body><nav><ul><li>Home</li><li>World</li></ul></nav><article><h1>Camp grows again</h1>"
            "<p>The agency said 9,000 people had arrived at the Velm camp.</p>"
            "<aside><p>Officials said 300 tents were sent.</p></aside></article>"
            "<aside class='most-read'><h2>Most read</h2><ol><li>Storms kill 14 in Tarno</li>"
            "<li>Osk says 900,000 Velmians have crossed its border</li></ol></aside></body></html>")
    src = load.load_file(write(tmp_path, "page.html", page.encode()))
    text = " ".join(s.text for s in src.sentences)
    assert "Home" not in text and "Storms" not in text and "900,000" not in text
    assert "9,000 people" in text
    assert "300 tents" not in text  # an aside is furniture wherever it sits (pull quotes, related links)


#: A hard-wrapped wire story whose headline, byline and dateline sit on the lines above its lede.
HEADED_WRAP = ("Troops massed along the northern border\n"
               "By Jo Lee, Eastern Wire\n"
               "KYIV, May 2 (Eastern Wire) - Some 4,000 soldiers have been moved to the northern\n"
               "border, officials said on Monday, in what they called a routine rotation of\n"
               "forces along the frontier with the neighbouring country.\n\n"
               "The defence ministry said the move was planned months ago and that no\n"
               "reservists had been called up for the rotation, which would last until the\n"
               "end of the summer, when the units return to their bases.\n")


def test_a_headline_byline_and_dateline_above_a_wrapped_lede_are_not_one_paragraph():
    src = load.load_text("wire", HEADED_WRAP)
    assert src.title == "Troops massed along the northern border"
    assert (src.author, src.credited_outlet) == ("Jo Lee", "Eastern Wire")
    body = [s.text for s in src.sentences if s.role == "body"]
    assert body[0].startswith("KYIV, May 2 (Eastern Wire) - Some 4,000 soldiers")  # the lede, whole
    assert body[0].endswith("the neighbouring country.") and "\n" in body[0]
    assert not any("Troops massed" in s or "By Jo Lee" in s for s in body)


@pytest.mark.parametrize("top", [
    # a wrapped lede whose first line ends before a capitalised name: the name did not fit
    "The defence ministry said on Monday that the\nNorthern Command had moved some 4,000 soldiers\n",
    # a wrapped lede that opens in capitals, with no dash after them: no dateline
    "NATO officials said on Monday that about 4,000\nRussian soldiers had been moved to the border\n",
])
def test_wrapped_lines_that_start_a_capitalised_word_stay_one_paragraph(top):
    text = (top + "in what they called a routine rotation of forces,\nofficials said.\n\n"
            + HEADED_WRAP.split("\n\n")[1])
    paragraphs = [text[s:e] for s, e in load.paragraph_spans(text)]
    assert paragraphs[0] == text.split("\n\n")[0]


@pytest.mark.parametrize(
    ("text", "title", "outlet", "label"),
    [
        # a site's name printed above the headline is the outlet, not a label or the title
        ("Tarnow Daily Herald\n\nTroops Reach the Varno Border\n\nSome 500 troops arrived in Varno on Monday.",
         "Troops Reach the Varno Border", "Tarnow Daily Herald", "Tarnow Daily Herald · undated"),
        ("Radio Free Osk/Radio Varno\n\nMay 2, 2025\n\nSome 500 troops arrived in Varno on Monday, officials said.\n\nMore came later.",
         "", "Radio Free Osk/Radio Varno", "Radio Free Osk/Radio Varno · 2025-05-02"),
        # a page's section is no site: the headline under it, even one that ends in a full stop
        ("World News\n\nThe governor said hunger killed nine children in Varno.\n\n"
         "The regional governor said nine children died of hunger in Varno this week.",
         "The governor said hunger killed nine children in Varno.", "", "“The governor said hunger ki…” · undated"),
        # a page's prompt above its section and headline is furniture, not the title
        ("Connect with us\n\nInternational\n\nTroops Reach the Varno Border\n\nSome 500 troops arrived in Varno with tanks.",
         "Troops Reach the Varno Border", "", "“Troops Reach the Varno Bord…” · undated"),
        # a byline that left its author out credits no outlet "By"
        ("Troops Reach the Varno Border\n\nBy | May 2, 2025\n\nSome 500 troops arrived in Varno.",
         "Troops Reach the Varno Border", "", "“Troops Reach the Varno Bord…” · 2025-05-02"),
    ],
)
def test_a_site_name_a_stopped_headline_and_an_empty_byline_give_the_outlet_and_title_a_reader_sees(
        text, title, outlet, label):
    src = load.load_text("x", text)
    row = load.article_row(src, {})
    assert (src.title, row["outlet"], row["label"]) == (title, outlet, label)
def _shares_word_by_pattern(words: list[str], text: str) -> bool:
    """``load.shares_word`` as it was: one case-insensitive pattern of the words."""
    return bool(words) and re.search(rf"(?<!\w)(?:{'|'.join(map(re.escape, words))})(?!\w)", text, re.I) is not None


def test_shares_plain_word_folds_as_the_pattern_matches() -> None:
    """What ``load._shares_plain_word`` rests on, tried on every code point: a character matches
    an ASCII word character under ``re.I`` exactly when ``fold_like_ignorecase`` folds it to that
    character in lower case, every character folds to one, and ``\\w`` is ``str.isalnum`` or "_"."""
    from claimtable.numbers import fold_like_ignorecase

    plain = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"
    any_plain, word = re.compile("[A-Za-z0-9_]", re.I), re.compile(r"\w")
    for code in range(0x110000):
        if 0xD800 <= code < 0xE000:
            continue
        ch = chr(code)
        folded = fold_like_ignorecase(ch)
        assert len(folded) == 1, repr(ch)
        assert (word.match(ch) is not None) == load._word_character(ch), repr(ch)
        if any_plain.match(ch) is None:
            assert folded not in plain, repr(ch)
            continue
        assert [x for x in plain if re.match(re.escape(x), ch, re.I)] == [x for x in plain if x.lower() == folded], repr(ch)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.text("abciIKkSs_1é", min_size=1, max_size=4), max_size=4),
       st.text("abciIKkSsſıİK_1é ’.-\nΣ²", max_size=30))
def test_shares_word_as_the_pattern(words: list[str], text: str) -> None:
    """``shares_word`` gives the pattern's answer, words of ASCII word characters or not."""
    assert load.shares_word(words, text) == _shares_word_by_pattern(words, text)


def test_shares_word_reads_ascii_words_without_a_pattern(monkeypatch: pytest.MonkeyPatch) -> None:
    """A heading's words of ASCII word characters, "McCain" and "NATO" too, never compile a pattern."""
    def no_search(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("a pattern was searched")

    monkeypatch.setattr(load.re, "search", no_search)
    assert load.shares_word(["McCain", "NATO", "x_1"], "Senator MCCAIN said")
    assert not load.shares_word(["McCain"], "McCainish")


def test_spacy_imported_without_its_cli_splits_the_same() -> None:
    """spaCy imported without its command line (``load._spacy_without_its_cli``), in a fresh
    process: the CLI's modules are not loaded, ``spacy.cli`` imports for real when asked for, and
    the sentences are those of spaCy imported whole."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from claimtable import load\n"
        "text = 'He left at 5 p.m. on Jan. 3. She said: \"No!\" Dr. Lee (the U.N.) agreed? Yes... 3.5 km.'\n"
        "ours = [s.text for s in load._sentencizer()(text).sents]\n"
        "print('spacy.cli' in sys.modules, 'requests' in sys.modules)\n"
        "import spacy.cli\n"
        "whole = spacy.blank('en'); whole.add_pipe('sentencizer')\n"
        "print(ours == [s.text for s in whole(text).sents], len(ours))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split("\n")
    assert out[0] == "False False"
    assert out[1].startswith("True ") and int(out[1].split()[1]) > 2


def test_spacy_that_needs_its_cli_is_imported_whole() -> None:
    """A spaCy whose import fails under the stand-ins is imported again, whole (in a fresh
    process); no stand-in is left in ``sys.modules``."""
    import subprocess
    import sys

    code = (
        "import builtins, sys\n"
        "from claimtable import load\n"
        "real_import, calls = builtins.__import__, []\n"
        "def fussy(name, *args, **kwargs):\n"
        "    if name == 'spacy':\n"
        "        cli = sys.modules.get('spacy.cli')\n"
        "        calls.append(cli is not None and not hasattr(cli, '__file__'))\n"
        "        if calls[-1]:\n"
        "            raise ImportError('needs more of spacy.cli')\n"
        "    return real_import(name, *args, **kwargs)\n"
        "builtins.__import__ = fussy\n"
        "spacy = load._spacy_without_its_cli()\n"
        "builtins.__import__ = real_import\n"
        "left = [n for n in load._SPACY_CLI if n in sys.modules and not hasattr(sys.modules[n], '__file__')]\n"
        "print(calls[:2], hasattr(spacy, 'blank'), left)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split("\n")[0] == "[True, False] True []"


# u4909: a plain-text header of three lines, no blank line between them (a newcomer's own file)
@pytest.mark.parametrize("sep", ["\n", "\n\n"])
@pytest.mark.parametrize("byline", ["By Tomas Reyes, Harbour Ledger", "By Tomas Reyes | Harbour Ledger"])
def test_u4909_a_headline_a_by_line_and_a_date_line_are_read_with_or_without_blank_lines(sep, byline):
    text = (f"Ferry service cut to the islands{sep}{byline}{sep}9 April 2025\n\n"
            "The port authority said on Tuesday that 12 ferries had stopped running.\n\n"
            "About 3,000 passengers were waiting at the docks, officials said.\n")
    src = load.load_text("x", text)
    assert src.title == "Ferry service cut to the islands"
    assert (src.author, src.credited_outlet, src.published) == ("Tomas Reyes", "Harbour Ledger", "9 April 2025")
    body = [s.text for s in src.sentences if s.role == "body"]
    assert body[0].startswith("The port authority said") and not any("April 2025" in s for s in body)
    assert load.article_row(src, {})["label"] == "Harbour Ledger · 2025-04-09"


# u4910: a date line under a by-line is a date only when it holds a date alone
def test_u4910_a_line_under_a_by_line_that_runs_into_a_sentence_is_the_body():
    src = load.load_text("x", "Ferry service cut to the islands\nBy Tomas Reyes, Harbour Ledger\n\n"
                              "9 April 2025 was the day 12 ferries stopped running.\n")
    assert (src.author, src.published) == ("Tomas Reyes", "")
    assert any("12 ferries" in s.text for s in src.sentences if s.role == "body")
