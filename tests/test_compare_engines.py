"""The comparison from a claims Parquet dataset equals the comparison from CSV on the same
claims: the DuckDB engine (from either) writes the same bytes as the pandas engine. What the
charts and the report show of the row tables (``summaries``) is the same on both engines."""

from __future__ import annotations

import csv
import io
import re
import shutil
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from claimtable import (
    charts,
    cli,
    compare_duckdb,
    dataset,
    paths,
    pipeline,
    places,
    summaries,
    synthetic,
)
from claimtable.report import Table

ARTICLES = Path(__file__).parent / "articles"


def _dataset_from_csv(claims_csv: Path, folder: Path) -> Path:
    """The claims of a CSV written as a Parquet dataset (the same rows, typed)."""
    csv.field_size_limit(2**31 - 1)  # a test's sentence may run to megabytes
    with open(claims_csv, encoding="utf-8", newline="") as f:
        dataset.write_claims_dataset(csv.DictReader(f), folder)
    return folder


def _written(tables: dict, folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in pipeline.write_tables(tables, folder)}


def _assert_same(claims_csv: Path, claims_dataset: Path, tmp: Path) -> dict[str, bytes]:
    expected = _written(pipeline.compare_tables(claims_csv), tmp / "pandas")
    for name, source in (("duckdb-csv", claims_csv), ("duckdb-parquet", claims_dataset)):
        got = _written(pipeline.compare_tables(source, engine="duckdb"), tmp / name)
        assert sorted(got) == sorted(expected)
        for file, data in expected.items():
            assert got[file] == data, f"{name}: {file} differs from the pandas engine's"
    if claims_csv.with_name("articles.csv").exists():  # notebook 03's findings, counted with SQL
        findings = summaries.collection_findings(claims_csv)
        for source in (claims_csv, claims_dataset):
            assert summaries.collection_findings(source, "duckdb") == findings
    return expected


#: What notebook 05 shows of the row tables (``summaries``), on either engine.
SHOWN = ("claims_per_article", "claims", "highlighted_claims", "changed_relays", "sources")


def _shown(table: Table) -> tuple[str, str, int]:
    return repr(table), table._repr_html_(), table.total


#: The claims table's columns the comparison reads, for tables written row by row in a test.
COMPARED_COLUMNS = ["article", "value_low", "value_high", "hedge", "modality", "category", "unit", "status",
                    "claimant", "claimant_phrase", "place", "time_ref", "sentence", "start", "end",
                    "measure", "as_of"]


def _same_on_both_engines(rows: list[list], tmp_path: Path) -> dict[str, bytes]:
    """Claims given as rows of ``COMPARED_COLUMNS``, compared by both engines: their (identical) tables."""
    claims_csv = tmp_path / "claims.csv"
    pd.DataFrame(rows, columns=COMPARED_COLUMNS).to_csv(claims_csv, index=False)
    return _assert_same(claims_csv, _dataset_from_csv(claims_csv, tmp_path / "claims"), tmp_path)


def _assert_same_summaries(processed: Path, tmp: Path, max_rows: tuple[int | None, ...]) -> None:
    """Both engines' report tables (text and HTML, cut to each of ``max_rows``, ``None`` for
    the notebook's own cut), findings, sources note, ``places.csv`` and place summary."""
    frames, sql = summaries.open_summaries(processed), summaries.open_summaries(processed, "duckdb")
    assert repr(sql.collection_findings()) == repr(frames.collection_findings())
    for name in SHOWN:
        for n in max_rows:
            kwargs = {} if n is None else {"max_rows": n}
            expected = _shown(getattr(frames, name)(**kwargs))
            assert _shown(getattr(sql, name)(**kwargs)) == expected, f"{name} (max_rows={n})"
    assert sql.sources_note() == charts.sources_note(frames.articles)
    place_rows = places.places_table(frames.sentences)
    pipeline.write_csv(place_rows, tmp / "places-pandas.csv")
    summary = sql.places(tmp / "places-duckdb.csv")
    assert (tmp / "places-duckdb.csv").read_bytes() == (tmp / "places-pandas.csv").read_bytes()
    pd.testing.assert_frame_equal(summary, places.place_summary(place_rows, frames.claims_table))


def test_seeds(tmp_path):
    shutil.copy(paths.PROCESSED / "claims.csv", tmp_path / "claims.csv")
    shutil.copy(paths.PROCESSED / "articles.csv", tmp_path / "articles.csv")
    files = _assert_same(tmp_path / "claims.csv",
                         _dataset_from_csv(tmp_path / "claims.csv", tmp_path / "claims"), tmp_path)
    assert files["estimates.csv"].count(b"\n") > 5 and files["comparison.csv"].count(b"\n") > 10
    _assert_same_summaries(paths.PROCESSED, tmp_path, (None, 1, 3))


def test_test_articles_with_the_dataset_the_command_writes(tmp_path):
    out = tmp_path / "processed"
    collection = pipeline.load_stage(ARTICLES, out)
    pipeline.extract_stage(collection, out)
    assert cli.main(["extract", str(ARTICLES), "--format", "parquet", "--output",
                     str(out / "claims"), "--jobs", "1"]) in (0, 1)  # bad test files are named
    files = _assert_same(out / "claims.csv", out / "claims", tmp_path)
    (out / "relays.csv").write_bytes(files["relays.csv"])
    _assert_same_summaries(out, tmp_path, (None, 2))
    # a folder without a sources table names no outlet but those its bylines credit: the
    # findings count the articles with none on both engines instead of "from 0 outlets"
    for engine in pipeline.ENGINES:
        first = summaries.open_summaries(out, engine).collection_findings().text.split(". ")[0]
        assert re.match(r"[1-9][\d,]* articles from [1-9][\d,]* outlets? \([1-9][\d,]* with no outlet named\), "
                        r"(published|none dated)", first), (engine, first)


def test_generated_collection(tmp_path):
    raw = synthetic.write_collection(tmp_path / "collection" / "raw", articles=2_000, seed=3)
    out = tmp_path / "processed"
    pipeline.extract_stage(pipeline.load_stage(raw, out), out)
    files = _assert_same(out / "claims.csv", _dataset_from_csv(out / "claims.csv", out / "claims"),
                         tmp_path)
    # relays that changed the statement are flagged, and groups span many articles
    assert b"hedge" in files["relays.csv"] and files["relays.csv"].count(b"\n") > 2_000


def test_summaries_of_a_generated_collection(tmp_path):
    """Many articles and relays: cut tables, claims per article in article order, the relays
    that changed the statement, a place named by many articles."""
    raw = synthetic.write_collection(tmp_path / "collection" / "raw", articles=120, seed=5)
    out = tmp_path / "processed"
    pipeline.extract_stage(pipeline.load_stage(raw, out), out)
    pipeline.compare_stage(out / "claims.csv", out, "")
    assert summaries.open_summaries(out, "duckdb").count("relays", "differs <> ''") > 0
    _assert_same_summaries(out, tmp_path, (None, 7))


def _lengthen_first_sentence(table: Path, extra: str) -> None:
    """The table's first row with ``extra`` after its sentence (a row of ``len(extra)`` bytes more)."""
    with open(table, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    column = rows[0].index("sentence")
    rows[1][column] += extra
    with open(table, "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)


def test_a_row_longer_than_the_duckdb_reader_takes_by_default(tmp_path):
    """A scraped page with no full stop makes one sentence of megabytes: its claim row is
    longer than DuckDB's CSV reader takes by default (2,000,000 bytes) and than the buffer of
    the summaries (4 MiB). Both engines still read every row and agree."""
    processed = tmp_path / "processed"
    shutil.copytree(paths.PROCESSED, processed)
    extra = " and the shelling went on" * 200_000  # 5,000,000 bytes
    for table in ("claims.csv", "sentences.csv"):
        _lengthen_first_sentence(processed / table, extra)
    assert max(map(len, (processed / "claims.csv").read_bytes().split(b"\n"))) > 4 * 2**20
    claims = processed / "claims.csv"
    files = _assert_same(claims, _dataset_from_csv(claims, processed / "claims"), tmp_path)
    assert extra.encode() in files["comparison.csv"]
    (processed / "relays.csv").write_bytes(files["relays.csv"])
    _assert_same_summaries(processed, tmp_path, (None,))


class _Recording:
    """A DuckDB connection that notes the columns of every result it gives and how many
    rows each fetch asks for."""

    def __init__(self, con, log: list) -> None:
        self._con, self._log = con, log

    def execute(self, sql, *args):
        self._con.execute(sql, *args)
        self._log.append(("result", [d[0] for d in self._con.description or []]))
        return self

    def fetchmany(self, size):
        self._log.append(("fetch", size))
        return self._con.fetchmany(size)

    def cursor(self):
        return _Recording(self._con.cursor(), self._log)

    def __getattr__(self, name):
        return getattr(self._con, name)


def test_the_duckdb_engine_never_loads_the_sentence_column(tmp_path, monkeypatch):
    shutil.copy(paths.PROCESSED / "articles.csv", tmp_path / "articles.csv")
    claims = _dataset_from_csv(paths.PROCESSED / "claims.csv", tmp_path / "claims")
    log: list = []
    connections = []

    def connect():
        con = _Recording(duckdb.connect(":memory:"), log)
        connections.append(con)
        return con

    monkeypatch.setattr(compare_duckdb, "connect", connect)
    tables = pipeline.compare_tables(claims, engine="duckdb")
    pipeline.write_tables({k: v for k, v in tables.items() if k != "comparison"}, tmp_path / "out")
    results = [cols for kind, cols in log if kind == "result"]
    # the figure groups' pass streams the sentences (row number and text, with the claimant's
    # words set aside from their places) for the places they name, chunk by chunk; no other
    # query reads them
    streamed = (["src", "sentence"], ["src", "sentence", "claimant_phrase"])
    assert results and not any("sentence" in cols for cols in results if cols not in streamed)
    assert all(size <= compare_duckdb.CHUNK_ROWS for kind, size in log if kind == "fetch")
    # nor is it copied into any table DuckDB keeps
    kept = connections[0]._con.execute(
        "SELECT table_name, column_name FROM information_schema.columns").fetchall()
    assert ("claims", "article") in kept and not [t for t, c in kept if c == "sentence"]
    # only comparison.csv reads it, streamed in chunks
    log.clear()
    pipeline.write_tables({"comparison": tables["comparison"]}, tmp_path / "out")
    assert [cols for kind, cols in log if kind == "result" and "sentence" in cols]
    assert all(size <= compare_duckdb.CHUNK_ROWS for kind, size in log if kind == "fetch")
    text = (tmp_path / "out" / "comparison.csv").read_text(encoding="utf-8")
    assert "North Korean" in text


def test_an_unknown_engine_is_refused():
    with pytest.raises(ValueError, match="engine"):
        pipeline.compare_tables(paths.PROCESSED / "claims.csv", engine="spark")


def test_notebook_03_on_the_duckdb_engine_writes_the_stored_tables(tmp_path):
    """The notebook's ``engine`` parameter, from a Parquet dataset: the tables it writes are
    the ones stored by the default (pandas) run."""
    from claimtable import notebooks

    shutil.copy(paths.PROCESSED / "articles.csv", tmp_path / "articles.csv")
    claims = _dataset_from_csv(paths.PROCESSED / "claims.csv", tmp_path / "claims")
    out = tmp_path / "out"
    notebooks.run(paths.NOTEBOOKS / "03_compare_sources.ipynb", tmp_path / "03.ipynb",
                  {"claims_table": str(claims), "out_dir": str(out), "engine": "duckdb"})
    for name in ("comparison", "agreement", "derived_checks", "estimates", "relays"):
        assert (out / f"{name}.csv").read_bytes() == (paths.PROCESSED / f"{name}.csv").read_bytes()


@pytest.mark.parametrize("case", ["no articles.csv", "no claims"])
def test_edge_collections(tmp_path, case):
    source = paths.PROCESSED / "claims.csv"
    if case == "no claims":
        with open(source, encoding="utf-8") as f:
            (tmp_path / "claims.csv").write_text(f.readline(), encoding="utf-8")
        shutil.copy(paths.PROCESSED / "articles.csv", tmp_path / "articles.csv")
    else:
        shutil.copy(source, tmp_path / "claims.csv")
    files = _assert_same(tmp_path / "claims.csv",
                         _dataset_from_csv(tmp_path / "claims.csv", tmp_path / "claims"), tmp_path)
    lines = files["comparison.csv"].count(b"\n")
    assert lines == 1 if case == "no claims" else lines > 10


def test_the_report_command_passes_the_engine_to_the_notebooks(tmp_path, monkeypatch):
    from claimtable import report

    seen = {}

    def build(out, params):
        seen.update(params)
        return out / "report" / "index.html"

    monkeypatch.setattr(report, "build", build)
    raw = tmp_path / "raw"
    raw.mkdir()
    assert cli.main(["report", str(raw), "--out", str(tmp_path / "out"), "--engine", "duckdb"]) == 0
    assert seen["engine"] == "duckdb"
    assert cli.main(["report", str(raw), "--out", str(tmp_path / "out"), "--engine", "spark"]) == 2


@pytest.mark.parametrize("engine", ["pandas", "duckdb"])
def test_notebook_02_takes_a_claims_dataset_instead_of_extracting_again(tmp_path, engine):
    """`claimtable report RAW --claims DATASET`: the claims that `claimtable extract --format
    parquet` wrote (on Dask for an archive) are the claims table, row for row. The dataset
    here holds one of the two seed articles, so a notebook that extracted again would show
    both."""
    import subprocess
    import sys

    from claimtable import notebooks, paths

    one = "001_5320b9cdabafa139"
    dataset_dir = tmp_path / "claims"
    subprocess.run([sys.executable, "-m", "claimtable", "extract", str(paths.RAW / f"{one}.txt"),
                    "--jobs", "1", "--format", "parquet", "--output", str(dataset_dir)], check=True)
    out = tmp_path / "processed"
    out.mkdir()
    for name in ("sentences.csv", "articles.csv"):
        (out / name).write_bytes((paths.PROCESSED / name).read_bytes())
    notebooks.run(paths.NOTEBOOKS / "02_extract_claims.ipynb", tmp_path / "02.ipynb",
                  {"sentences_table": str(out / "sentences.csv"), "out_dir": str(out),
                   "claims_dataset": str(dataset_dir), "engine": engine})
    stored = (paths.PROCESSED / "claims.csv").read_text(encoding="utf-8").splitlines()
    expected = [stored[0]] + [line for line in stored[1:] if line.startswith(one)]
    assert (out / "claims.csv").read_text(encoding="utf-8").splitlines() == expected


def test_the_duckdb_summaries_never_read_a_row_table_whole(tmp_path, monkeypatch):
    """On duckdb, notebooks 04 and 05 hold summaries and the rows shown, never a row table."""

    def refuse(*args, **kwargs):
        raise AssertionError(f"a table read whole: {args[:1]}")

    rows = summaries.open_summaries(paths.PROCESSED, "duckdb")
    monkeypatch.setattr(pipeline, "read_table", refuse)
    monkeypatch.setattr(pd, "read_csv", refuse)
    for name in SHOWN:
        table = getattr(rows, name)(max_rows=1)
        assert len(table.frame) == 1 and table.total > 1, name
    assert rows.collection_findings().text.startswith("2 articles")
    assert len(rows.places(tmp_path / "places.csv")) > 3 and rows.sources_note()


def test_estimates_split_by_place_alike_on_both_engines(tmp_path):
    """One claimant's "4 killed" in two towns, a relay without a place, a country, and the
    same again three weeks later: the same estimates (with their places) and relays."""
    said = [("a", "Kharkiv", "2025-03-02"), ("b", "Kharkiv", "2025-03-02"), ("c", "", "2025-03-03"),
            ("d", "Odesa", "2025-03-04"), ("e", "Ukraine", "2025-03-05"), ("e", "Odesa", "2025-03-05"),
            ("f", "Odesa", "2025-03-24"), ("g", "", "2025-03-25"), ("h", "Lviv", "2025-03-26"),
            ("h", "", "2025-03-26"), ("i", "", "2025-03-03"), ("i", "Lviv", "2025-03-04")]
    rows = [[article, 4, 4, "exact", "reported", "casualties", "person", "killed", "Governor", "",
             place, "", f"Four were killed {place}.", 10 * i, 10 * i + 5, "killed", day]
            for i, (article, place, day) in enumerate(said)]
    files = _same_on_both_engines(rows, tmp_path)
    found = pd.read_csv(io.BytesIO(files["estimates.csv"]), keep_default_na=False, dtype=str)
    found = found[found["origin"] == "extracted"]
    # Ukraine may be Kharkiv; a relay without a place joins the place most articles name, unless
    # its own article gives the figure a place (i: Lviv)
    assert found[["place", "as_of", "relays"]].values.tolist() == [
        ["Kharkiv", "2025-03-02", "4"], ["Lviv", "2025-03-03", "1"], ["Odesa", "2025-03-04", "2"],
        ["Odesa", "2025-03-24", "1"], ["Lviv", "2025-03-25", "2"]]


def test_a_rate_is_no_estimate_of_a_count_on_either_engine(tmp_path):
    """ "1,500 more arrive each day" says how fast a count grows: beside the count itself
    (40,000 displaced) it must not become a second estimate of that count on the time chart."""
    columns = [*COMPARED_COLUMNS, "per"]
    said = [("a", 40_000, ""), ("b", 40_000, ""), ("c", 1_500, "day")]
    rows = [[article, value, value, "exact", "reported", "other", "person", "displaced", "UNHCR", "",
             "Goma", "", "A sentence.", 10 * i, 10 * i + 5, "other", "2025-02-10", per]
            for i, (article, value, per) in enumerate(said)]
    claims_csv = tmp_path / "claims.csv"
    pd.DataFrame(rows, columns=columns).to_csv(claims_csv, index=False)
    files = _assert_same(claims_csv, _dataset_from_csv(claims_csv, tmp_path / "claims"), tmp_path)
    found = pd.read_csv(io.BytesIO(files["estimates.csv"]), keep_default_na=False, dtype=str)
    found = found[found["origin"] == "extracted"]
    assert found[["value_low", "relays"]].values.tolist() == [["40000", "2"]]


def test_no_derived_figure_from_a_vague_quantity_on_either_engine(tmp_path):
    """"Millions of shells" (2,000,000–9,999,999) and 13,000 containers: no "769.2 shells per
    container" as if the article had said 9,999,999; its exact figure of shells, given later,
    is the one divided, on both engines."""
    said = [("a", 13_000, 13_000, "lower_bound", "container", "containers"),
            ("a", 2_000_000, 9_999_999, "vague", "shell", "shells"),
            ("b", 2_000_000, 9_999_999, "vague", "shell", "shells"),
            ("b", 6_700, 6_700, "approximate", "container", "containers"),
            ("b", 3_000_000, 3_000_000, "exact", "shell", "shells")]
    rows = [[article, low, high, hedge, "reported", "munitions", unit, "", "HUR", "", "", "",
             "A sentence.", 10 * i, 10 * i + 5, measure, "2024-11-28"]
            for i, (article, low, high, hedge, unit, measure) in enumerate(said)]
    files = _same_on_both_engines(rows, tmp_path)
    checks = pd.read_csv(io.BytesIO(files["derived_checks.csv"]), keep_default_na=False, dtype=str)
    assert checks[["article", "value", "how"]].values.tolist() == [
        ["b", "447.8", "3,000,000 shells / 6,700 containers"]]


def test_a_figure_group_says_where_and_when_on_either_engine(tmp_path):
    """A reader of the figure-group table sees where the group's figures are and the span of
    the dates they are about, without opening comparison.csv: two articles' 1,100 casualties in
    the Kursk region, of 4 and 20 November, are one group "Kursk region", "2024-11-04 –
    2024-11-20"; a group of one undated, placeless figure leaves both empty."""
    said = [("a", 1_100, "Kursk region", "2024-11-04"), ("b", 1_100, "Kursk region", "2024-11-20"),
            ("b", 7, "", "")]
    rows = [[article, v, v, "exact", "reported", "casualties", "soldier", "killed or wounded", "JCS", "",
             place, "", "A sentence.", 10 * i, 10 * i + 5, "casualties", as_of]
            for i, (article, v, place, as_of) in enumerate(said)]
    files = _same_on_both_engines(rows, tmp_path)
    groups = pd.read_csv(io.BytesIO(files["agreement.csv"]), keep_default_na=False, dtype=str)
    assert list(groups.columns[:5]) == ["group", "counted", "places", "dates", "figures"]
    assert groups[["figures", "places", "dates"]].values.tolist() == [
        ["1,100", "Kursk region", "2024-11-04 – 2024-11-20"], ["7", "", ""]]


def test_a_group_that_nothing_places_in_time_says_so_on_either_engine(tmp_path):
    """Four undated articles on Gaza, none naming a year, give 20, 24, 14 and 15 killed there:
    one group whose values differ, but nothing says they are of one day or one year, so its
    notes say so before a reader takes them for rival counts of one event. When one of its
    sentences names a year ("in 2014"), the note counts the other three; when all four name
    one, or the values agree, no such note."""
    def rows(sentences, values):
        return [[f"g{i}", v, v, "exact", "reported", "casualties", "person", "killed", "", "", "Gaza", "",
                 text, 10, 15, "killed", ""] for i, (v, text) in enumerate(zip(values, sentences, strict=True))]

    plain = [f"They said {n} people were killed in Gaza." for n in range(4)]
    values = [20, 24, 14, 15]
    none = "no time: none of its 4 articles is dated or names a year, so its figures may be of different days or years"
    three = "no time: 3 of its 4 articles are not dated and name no year, so its figures may be of different days or years"
    for case, sentences, vals, said in (
            ("timeless", plain, values, none),
            ("a year named", ["In 2014, 20 people were killed in Gaza.", *plain[1:]], values, three),
            ("years named", [f"In 2014, {n} people were killed in Gaza." for n in range(4)], values, ""),
            ("values agree", plain, [20] * 4, "")):
        folder = tmp_path / case.replace(" ", "_")
        folder.mkdir()
        groups = pd.read_csv(io.BytesIO(_same_on_both_engines(rows(sentences, vals), folder)["agreement.csv"]),
                             keep_default_na=False, dtype=str)
        notes = groups.loc[groups["places"] == "Gaza", "notes"].tolist()
        assert len(notes) == 1, (case, groups.to_dict("records"))
        assert (notes[0].split("; ")[0] if notes[0].startswith("no time") else "") == said, (case, notes)


def test_a_troop_spread_stays_within_one_war_on_either_engine(tmp_path):
    """A collection of two wars: the spread of troop estimates is taken in each country the
    estimates are about (an estimate naming no place is read in its article's countries), never
    one war's force over the other's, nor two estimates that name no country at all; each check
    says where. (Each figure is a claimant's own: two counts one voice gives in one article are
    no spread, ``compare.one_voice``.)"""
    said = [("a", 1_500, "Russia"), ("a", 9_000, ""), ("b", 12_000, "Kursk region"),
            ("c", 80, "Khartoum"), ("c", 400, "Sudan"), ("d", 100_000, "Ukraine"),
            ("e", 3, ""), ("f", 60_000, "")]  # two articles naming no place: of any war
    rows = [[article, v, v, "exact", "reported", "troops", "soldier", "deployed", f"X{i}", "", place, "",
             "A sentence.", 10 * i, 10 * i + 5, "troops_present", "2024-11-28"]
            for i, (article, v, place) in enumerate(said)]
    files = _same_on_both_engines(rows, tmp_path)
    checks = pd.read_csv(io.BytesIO(files["derived_checks.csv"]), keep_default_na=False, dtype=str)
    assert checks[["check", "value"]].values.tolist() == [
        ["largest / smallest troops_present estimate, Russia", "8"],
        ["largest / smallest troops_present estimate, Sudan", "5"]]


def test_a_troop_spread_divides_only_estimates_of_one_thing_on_either_engine(tmp_path):
    """A folder of two wars, most of it undated: one article's two rival estimates of the troops
    expected (12,000 and an initial 2,600 in the Kursk region, both of 19 October) are divided
    (4.6), but not a whole army of 1.2 million by two soldiers another undated article names,
    nor that army by 11,000 troops its own article counts: a spread of 600,000 says nothing
    about disagreement. Undated articles of a folder of many stories may be of any year."""
    said = [("a", 12_000, "", "NIS", "2024-10-19"), ("a", 2_600, "Kursk region", "HUR", "2024-10-19"),
            ("b", 1_200_000, "", "officials", ""), ("b", 11_000, "Russia", "reporter", ""),
            ("c", 2, "Kursk region", "Kyiv", ""), ("d", 80, "Khartoum", "RSF", "")]
    rows = [[article, v, v, "exact", "reported", "troops", "soldier", "deployed", claimant, "", place, "",
             "A sentence.", 10 * i, 10 * i + 5, "troops_present", as_of]
            for i, (article, v, place, claimant, as_of) in enumerate(said)]
    files = _same_on_both_engines(rows, tmp_path)
    checks = pd.read_csv(io.BytesIO(files["derived_checks.csv"]), keep_default_na=False, dtype=str)
    assert checks[["check", "value", "how"]].values.tolist() == [
        ["largest / smallest troops_present estimate, Russia", "4.6", "12,000 (a, NIS) / 2,600 (a, HUR)"]]


def test_a_troop_spread_of_one_war_is_taken_month_by_month_on_either_engine(tmp_path):
    """One war's estimates six months apart are no rival estimates of one force: October's
    12,000 and 2,600 and April's 50,000 and 20,000 give a spread each, named by its dates, not
    50,000 over October's 2,600 (19.2), which says the force grew, not that sources disagree.
    (Each figure is a claimant's own, as the seeds' NIS and HUR: ``compare.one_voice``.)"""
    said = [("a", 12_000, "", "2024-10-19"), ("a", 2_600, "Kursk region", "2024-10-19"),
            ("b", 50_000, "Russia", "2025-04-20"), ("b", 20_000, "", "2025-04-20")]
    rows = [[article, v, v, "exact", "reported", "troops", "soldier", "deployed", f"X{i}", "", place, "",
             "A sentence.", 10 * i, 10 * i + 5, "troops_present", as_of]
            for i, (article, v, place, as_of) in enumerate(said)]
    files = _same_on_both_engines(rows, tmp_path)
    checks = pd.read_csv(io.BytesIO(files["derived_checks.csv"]), keep_default_na=False, dtype=str)
    assert checks[["check", "value"]].values.tolist() == [
        ["largest / smallest troops_present estimate, Russia, 2024-10-19", "4.6"],
        ["largest / smallest troops_present estimate, Russia, 2025-04-20", "2.5"]]


def test_figure_groups_weigh_units_as_a_reader_does_on_either_engine(tmp_path):
    """One toll relayed as "1,100 soldiers" and "1,100 casualties", one force as "11,000
    soldiers" and "11,000 troops": no "unit differs"; 50 howitzers and 20 launchers, both
    artillery supplied, are two groups; a group without a status says so, not "figure"."""
    said = [("a", 1100, "casualties", "soldier", "", "casualties"), ("b", 1100, "casualties", "casualty", "", "casualties"),
            ("a", 11000, "troops", "soldier", "deployed", "troops_present"),
            ("b", 11000, "troops", "troop", "deployed", "troops_present"),
            ("a", 50, "equipment", "howitzer", "supplied", "artillery"),
            ("b", 20, "equipment", "launcher", "supplied", "artillery")]
    rows = [[article, v, v, "exact", "reported", category, unit, status, "JCS", "", "", "",
             "A sentence.", 10 * i, 10 * i + 5, measure, "2024-12-20"]
            for i, (article, v, category, unit, status, measure) in enumerate(said)]
    files = _same_on_both_engines(rows, tmp_path)
    found = pd.read_csv(io.BytesIO(files["agreement.csv"]), keep_default_na=False, dtype=str)
    assert found[["counted", "figures", "finding"]].values.tolist() == [
        ["casualties: (no status)", "1,100", "agree"],
        ["troops: deployed", "11,000", "agree"],
        ["equipment: supplied (howitzer)", "50", "only in a"],
        ["equipment: supplied (launcher)", "20", "only in b"]]


def test_a_group_that_agrees_because_it_relays_one_claimant_says_so_on_either_engine(tmp_path):
    """Two outlets carrying the spy agency's 1,500 "agree" only as relays of one statement: the
    group's notes say so; two outlets' own 11,000 (credited to no one) get no such note."""
    said = [("a", 1500, "NIS"), ("b", 1500, "NIS"), ("a", 11000, "unattributed"), ("b", 11000, "unattributed")]
    rows = [[article, v, v, "exact", "reported", "troops", "soldier", "deployed", claimant, "", "", "",
             "A sentence.", 10 * i, 10 * i + 5, "troops_present", "2024-12-20"]
            for i, (article, v, claimant) in enumerate(said)]
    files = _same_on_both_engines(rows, tmp_path)
    found = pd.read_csv(io.BytesIO(files["agreement.csv"]), keep_default_na=False, dtype=str)
    found = found.set_index("figures")
    assert found.loc["1,500", "finding"] == found.loc["11,000", "finding"] == "agree"
    assert "all from NIS: relays of one claimant" in found.loc["1,500", "notes"]
    assert "relays of one claimant" not in found.loc["11,000", "notes"]


def test_a_figure_group_never_chains_through_a_vague_claim_on_either_engine(tmp_path):
    """Twelve killed with no place and no day can be about Kharkiv in March or about Odesa in
    June, but those two are not one event: three outlets' twelve make two groups, never one
    "agree" joining two cities three months apart."""
    said = [("a", "", ""), ("b", "Kharkiv", "2025-03-02"), ("c", "Odesa", "2025-06-20")]
    rows = [[article, 12, 12, "exact", "reported", "casualties", "person", "killed", "unattributed", "", place, "",
             "A sentence.", 10 * i, 10 * i + 5, "killed", as_of]
            for i, (article, place, as_of) in enumerate(said)]
    files = _same_on_both_engines(rows, tmp_path)
    found = pd.read_csv(io.BytesIO(files["agreement.csv"]), keep_default_na=False, dtype=str)
    assert found[["finding", "a", "b", "c"]].values.tolist() == [["agree", "12", "12", ""],
                                                                 ["only in c", "", "", "12"]]


def test_a_claim_with_no_place_is_read_in_its_articles_countries_on_either_engine(tmp_path):
    """"3 killed" with no place of its own in an article whose other claims are in Mexico and
    "3 killed" in one on Armenia are two events, not one figure two outlets agree on; a third
    article's placeless "3 killed" beside a Mexican toll may be the first one's."""
    said = [("a", 3, ""), ("a", 40, "Guadalajara"), ("b", 3, ""), ("b", 12, "Yerevan"),
            ("c", 3, ""), ("c", 7, "Mexico")]
    rows = [[article, v, v, "exact", "reported", "casualties", "person", "killed", "police", "", place, "",
             "A sentence.", 10 * i, 10 * i + 5, "killed", ""]
            for i, (article, v, place) in enumerate(said)]
    files = _same_on_both_engines(rows, tmp_path)
    found = pd.read_csv(io.BytesIO(files["agreement.csv"]), keep_default_na=False, dtype=str)
    threes = found[found["figures"] == "3"]
    assert threes[["a", "b", "c"]].values.tolist() == [["3", "", "3"], ["", "3", ""]]


def test_a_placeless_undated_figure_joins_only_articles_of_its_country_on_either_engine(tmp_path):
    """A folder of many wars: "3 killed" with no place and no date in an article whose sentences
    name Tijuana is one figure with such a "3 killed" in another article on Tijuana, not with
    one in an article on Srinagar, nor with one in an article that names no place at all
    (nothing says which war it is of), which is no reading of a dated "3 killed in Somalia"
    either. No placeless claim's ``place`` names a country: only the sentences do."""
    said = [("a", 3, "Three men were killed on Sunday.", "", ""),
            ("a", 12, "Twelve people died in Tijuana last week.", "", ""),
            ("b", 3, "Three soldiers were killed, the army said.", "", ""),
            ("b", 8, "Eight died in Srinagar.", "", ""),
            ("c", 3, "Three were killed.", "", ""),
            ("d", 3, "Three were killed overnight.", "", ""), ("d", 5, "Five died near Tijuana.", "", ""),
            ("e", 3, "Three were killed in Somalia on Sunday.", "Somalia", "2025-03-02")]
    rows = [[article, v, v, "exact", "reported", "casualties", "person", "killed", "police", "", place, "",
             sentence, 10 * i, 10 * i + 5, "killed", as_of]
            for i, (article, v, sentence, place, as_of) in enumerate(said)]
    files = _same_on_both_engines(rows, tmp_path)
    found = pd.read_csv(io.BytesIO(files["agreement.csv"]), keep_default_na=False, dtype=str)
    threes = found[found["figures"] == "3"]
    assert threes[["a", "b", "c", "d", "e"]].values.tolist() == [
        ["3", "", "", "3", ""], ["", "3", "", "", ""], ["", "", "3", "", ""], ["", "", "", "", "3"]]


def test_a_placeless_undated_figure_of_a_one_story_folder_still_joins_on_either_engine(tmp_path):
    """A folder of one story (every article that names a country names Ukraine): an article that
    names none is of that story, and its "3 killed" is one figure with the others'. (Since the
    thirty-eighth round a placeless figure is at its article's towns, ``compare.towns_apart``:
    a's "3 killed" beside Kharkiv and b's beside Odesa are two events; c's, of no town, joins the
    first.)"""
    said = [("a", 3, "Three were killed."), ("a", 12, "Twelve died in Kharkiv."),
            ("b", 3, "Three soldiers were killed."), ("b", 8, "Eight died in Odesa."),
            ("c", 3, "Three were killed, police said.")]
    rows = [[article, v, v, "exact", "reported", "casualties", "person", "killed", "police", "", "", "",
             sentence, 10 * i, 10 * i + 5, "killed", ""]
            for i, (article, v, sentence) in enumerate(said)]
    files = _same_on_both_engines(rows, tmp_path)
    found = pd.read_csv(io.BytesIO(files["agreement.csv"]), keep_default_na=False, dtype=str)
    assert found[found["figures"] == "3"][["a", "b", "c"]].values.tolist() == [["3", "", "3"], ["", "3", ""]]


def test_a_claimants_country_is_no_place_of_its_figure_on_either_engine(tmp_path):
    """"South Korea's spy agency said 3,000 troops arrived" names who speaks, not where the
    troops are: it is one figure with "3,000 troops arrived in Kursk"."""
    said = [("a", "South Korea's spy agency said 3,000 troops arrived.", "South Korea's spy agency", ""),
            ("b", "Officials said 3,000 troops arrived in Kursk.", "Officials", "Kursk")]
    rows = [[article, 3000, 3000, "exact", "reported", "troops", "troop", "arrived", claimant, claimant, place, "",
             sentence, 10 * i, 10 * i + 5, "troops_present", ""]
            for i, (article, sentence, claimant, place) in enumerate(said)]
    files = _same_on_both_engines(rows, tmp_path)
    found = pd.read_csv(io.BytesIO(files["agreement.csv"]), keep_default_na=False, dtype=str)
    assert found[["a", "b"]].values.tolist() == [["3,000", "3,000"]]


def test_a_publication_date_nobody_can_read_ends_no_date_span_on_either_engine(tmp_path):
    """The line under every chart gives the sources' date span from the dates the reader
    could parse: "31/13/2024" (no thirteenth month) is no end of it, on DuckDB as on pandas."""
    pd.DataFrame({"article": ["a", "b", "c"], "outlet": ["X", "Y", "Y"], "status": ["ok"] * 3,
                  "published": ["2024-09-23", "2025-01-15", "31/13/2024"]}).to_csv(tmp_path / "articles.csv", index=False)
    expected = "3 sources: 2 outlets, 2024-09-23 – 2025-01-15 (see the sources table)."
    assert charts.sources_note(pd.read_csv(tmp_path / "articles.csv", dtype=str)) == expected
    assert summaries.open_summaries(tmp_path, "duckdb").sources_note() == expected


def _killed(said: list[tuple[str, str, int, str, str]]) -> list[list]:
    """Rows of ``COMPARED_COLUMNS``, undated: (article, claimant, value, place, measure)."""
    return [[article, value, value, "exact", "reported", "casualties" if measure == "killed" else "other",
             "person", "killed" if measure == "killed" else "displaced", claimant, "", place, "",
             "A sentence.", 100 * i, 100 * i + 5, measure, ""]
            for i, (article, claimant, value, place, measure) in enumerate(said)]


def test_two_wars_undated_estimates_are_never_compared_with_each_other(tmp_path):
    """A folder of two wars, every figure undated: the Sudanese army's, the RSF's and the UN's
    tolls name no place, but their articles name Sudanese places in other sentences; the
    Mexican police's and army's tolls name none either, in articles on Mexico. On both engines
    each estimate carries its articles' countries, and the "Latest estimate" table never sets
    a Sudanese toll beside a Mexican one in one median: one war's are compared, the other's
    are another place. A toll whose article names no country at all may be of either war: it
    is compared with neither."""
    rows = _killed([
        ("sd1", "Sudanese Armed Forces", 300, "", "killed"), ("sd1", "UNHCR", 5000, "El Fasher", "other"),
        ("sd2", "Rapid Support Forces", 320, "", "killed"), ("sd2", "UNHCR", 7000, "Khartoum", "other"),
        ("sd3", "UN", 280, "", "killed"), ("sd3", "UNHCR", 9000, "Sudan", "other"),
        ("mx1", "Tamaulipas police", 4, "", "killed"), ("mx1", "IOM", 60, "Reynosa", "other"),
        ("mx2", "Mexican army", 5, "", "killed"), ("mx2", "IOM", 80, "Mexico", "other"),
        ("zz1", "local official", 12, "", "killed")])
    files = _same_on_both_engines(rows, tmp_path)
    found = pd.read_csv(io.BytesIO(files["estimates.csv"]), keep_default_na=False, dtype=str)
    killed = found[(found["origin"] == "extracted") & (found["measure"] == "killed")]
    assert dict(zip(killed["claimant"], killed["countries"], strict=True)) == {
        "Sudanese Armed Forces": "SD", "Rapid Support Forces": "SD", "UN": "SD",
        "Tamaulipas police": "MX", "Mexican army": "MX", "local official": ""}
    table = charts.agreement_table(pipeline.read_table(tmp_path / "pandas" / "estimates.csv"))
    latest = dict(zip(table.loc[table["measure"] == "killed", "claimant"],
                      table.loc[table["measure"] == "killed", "comparison"], strict=True))
    sudan = {"Sudanese Armed Forces", "Rapid Support Forces", "UN"}
    mexico = {"Tamaulipas police", "Mexican army"}
    killed = table[table["measure"] == "killed"].set_index("claimant")
    # each war's tolls in a set of their own, never one set of both
    assert killed.loc[list(sudan), "set"].nunique() == 1 and killed.loc[list(mexico), "set"].nunique() == 1
    assert set(killed.loc[list(sudan), "set"]).isdisjoint(set(killed.loc[list(mexico), "set"]))
    assert latest["local official"] == charts.ELSEWHERE
    assert {latest[c] for c in sudan} == {"agrees"}  # 280, 300, 320: no Mexican 4 pulls the median
    assert set(killed.loc[list(mexico), "median"]) == {4.5} and {latest[c] for c in mexico} == {"agrees"}


def test_one_story_undated_collection_still_compares_its_estimates(tmp_path):
    """A folder of one story (North Korean troops in Russia's Kursk region, fighting Ukraine),
    every figure undated and none of the troop figures naming a place: its articles name Russia,
    Ukraine or North Korea in other sentences, and an article that names no place at all is
    read in the country they all share. Every claimant's latest figure is compared."""
    rows = _killed([
        ("a", "South Korea NIS", 11000, "", "troops_present"), ("a", "HUR", 200, "Kursk region", "killed"),
        ("b", "Ukraine HUR", 12000, "", "troops_present"), ("b", "HUR", 300, "Kursk region", "killed"),
        ("b", "HUR", 40, "Ukraine", "killed"),
        ("c", "Pentagon", 10000, "", "troops_present"), ("c", "KCNA", 1, "North Korea", "killed"),
        ("c", "KCNA", 2, "Kursk region", "killed"),
        ("d", "Zelensky", 11500, "", "troops_present")])
    for row in rows:
        if row[-2] == "troops_present":
            row[5], row[6], row[7] = "troops", "troop", "present"
    files = _same_on_both_engines(rows, tmp_path)
    found = pd.read_csv(io.BytesIO(files["estimates.csv"]), keep_default_na=False, dtype=str)
    troops = found[(found["origin"] == "extracted") & (found["measure"] == "troops_present")]
    assert dict(zip(troops["claimant"], troops["countries"], strict=True)) == {
        "South Korea NIS": "RU", "Ukraine HUR": "RU; UA", "Pentagon": "KP; RU", "Zelensky": ""}
    written = pipeline.read_table(tmp_path / "pandas" / "estimates.csv")
    table = charts.agreement_table(written[written["origin"] == "extracted"])
    latest = table[table["measure"] == "troops_present"]
    assert set(latest["comparison"]) == {"agrees"}, latest[["claimant", "comparison"]].values.tolist()


def _two_wars(said: list[tuple[str, str, int, str]]) -> list[list]:
    """Rows of ``COMPARED_COLUMNS`` for claims of two wars, ``(article, claimant, value,
    as_of)``, none naming a place: an article "sd…" names El Fasher (Sudan) and one "ps…" Rafah
    (Gaza) in a figure of their own (a relief agency's "300 displaced")."""
    rows, seen = [], []
    for i, (article, claimant, value, as_of) in enumerate(said):
        rows.append([article, value, value, "exact", "reported", "casualties", "person", "killed", claimant, "",
                     "", "", "A sentence.", 100 * i, 100 * i + 5, "killed", as_of])
        if article not in seen:
            seen.append(article)
            place = "El Fasher" if article.startswith("sd") else "Rafah"
            rows.append([article, 300, 300, "exact", "reported", "other", "person", "displaced", "relief agency",
                         "", place, "", "A sentence.", 100 * i + 50, 100 * i + 55, "displaced", as_of])
    return rows


def _killed_estimates(files: dict[str, bytes]) -> pd.DataFrame:
    found = pd.read_csv(io.BytesIO(files["estimates.csv"]), keep_default_na=False, dtype=str)
    return found[(found["origin"] == "extracted") & (found["measure"] == "killed")]


def test_two_wars_same_figure_of_one_claimant_stays_two_estimates_on_either_engine(tmp_path):
    """A UN agency's "10 killed" of one day relayed by two articles on Sudan and by one on Gaza
    is two statements, one in each war: two estimates, each with its own relays and
    countries, never one estimate relayed from both wars (undated, each article's is its own
    estimate: ``test_an_undated_figure_of_a_named_claimant_is_each_articles_own_on_either_engine``)."""
    day = "2025-06-01"
    files = _same_on_both_engines(_two_wars([("sd1", "UN", 10, day), ("sd2", "UN", 10, day),
                                             ("ps1", "UN", 10, day)]), tmp_path)
    killed = _killed_estimates(files)
    assert killed[["claimant", "countries", "relays"]].values.tolist() == [["UN", "SD", "2"], ["UN", "PS", "1"]]
    relays = pd.read_csv(io.BytesIO(files["relays.csv"]), keep_default_na=False, dtype=str)
    by_estimate = relays[relays["estimate"].isin(killed["estimate"])].groupby("estimate")["article"].apply(sorted)
    assert sorted(by_estimate.tolist()) == [["ps1"], ["sd1", "sd2"]]


def test_one_claimants_latest_figure_of_each_war_is_shown_on_either_engine(tmp_path):
    """The UN's latest toll in Sudan (300, 1 June) and its later one in Gaza (40, 20 June):
    the "Latest estimate" table keeps both, each compared in its own war's set (beside the
    Sudanese army's 320 and the Gaza health ministry's 45), not only the later one."""
    files = _same_on_both_engines(_two_wars([
        ("sd1", "UN", 300, "2025-06-01"), ("sd2", "Sudanese Armed Forces", 320, "2025-06-02"),
        ("ps1", "UN", 40, "2025-06-20"), ("ps2", "Gaza health ministry", 45, "2025-06-21")]), tmp_path)
    assert len(_killed_estimates(files)) == 4
    table = charts.agreement_table(pipeline.read_table(tmp_path / "pandas" / "estimates.csv"))
    killed = table[table["measure"] == "killed"]
    assert sorted(killed[["claimant", "value", "compared_in", "comparison"]].values.tolist()) == [
        ["Gaza health ministry", "45", "PS", "agrees"], ["Sudanese Armed Forces", "320", "SD", "agrees"],
        ["UN", "300", "SD", "agrees"], ["UN", "40", "PS", "agrees"]]
    # the chart has one cell for the UN: its figure in set 1 (Gaza's, the more recent), "+1 set";
    # two wars: the cell and the median say which war they are of (``charts.cell_wars``)
    grid = charts._agreement_grid(table, ("UN",), 12)
    median, un = grid.row(table, "killed")[:2]
    assert un[0] == "= 40\nPalestinian\nTerritory" and median[0].endswith("Palestinian\nTerritory\n+1 set")


def test_a_close_figure_of_another_war_is_no_changed_relay_on_either_engine(tmp_path):
    """The UN's "12 killed" of one day in an article on Sudan beside its "10 killed" relayed by
    three articles on Gaza: another war's figure, not a relay that changed 10 into 12. Its
    "11 killed" in a fourth article on Gaza still is."""
    day = "2025-06-01"
    files = _same_on_both_engines(_two_wars([
        ("sd1", "UN", 12, day), ("ps1", "UN", 10, day), ("ps2", "UN", 10, day), ("ps3", "UN", 10, day),
        ("ps4", "UN", 11, day)]), tmp_path)
    killed = _killed_estimates(files)
    notes = dict(zip(killed["value_low"], killed["relay_differs"], strict=True))
    assert notes == {"10": "", "11": "value: 11 where 3 relays have 10", "12": ""}


def test_an_undated_figure_of_a_named_claimant_is_each_articles_own_on_either_engine(tmp_path):
    """Undated, the same articles tell nothing of which event each "10 killed" counts: the UN's
    figure in each article is its own estimate, one relay each, and no article's "11" or "12"
    is a relay that changed another's "10" (``estimates.speaker``)."""
    files = _same_on_both_engines(_two_wars([
        ("sd1", "UN", 12, ""), ("ps1", "UN", 10, ""), ("ps2", "UN", 10, ""), ("ps3", "UN", 10, ""),
        ("ps4", "UN", 11, "")]), tmp_path)
    killed = _killed_estimates(files)
    assert sorted(killed[["claimant", "value_low", "relays", "relay_differs"]].values.tolist()) == [
        ["UN", "10", "1", ""], ["UN", "10", "1", ""], ["UN", "10", "1", ""], ["UN", "11", "1", ""],
        ["UN", "12", "1", ""]]


def _tolls(said: list[tuple[str, str, int, str]], as_of: str = "2025-06-02") -> list[list]:
    """Rows of ``COMPARED_COLUMNS`` of tolls (killed) of one week in Gaza: (article, claimant,
    value, the counted noun's unit)."""
    return [[article, value, value, "exact", "reported", "casualties", unit, "killed", claimant, "", "Gaza", "",
             "A sentence.", 100 * i, 100 * i + 5, "killed", as_of]
            for i, (article, claimant, value, unit) in enumerate(said)]


def test_the_agreement_chart_never_sets_civilians_killed_beside_fighters_killed_on_either_engine(tmp_path):
    """One week's tolls of one war: the army's 300 fighters and a monitor's 320 people killed
    are readings of one toll; the health ministry's 40 and a UN agency's 45 civilians killed are
    readings of another. The agreement table compares each with its own ("killed" and
    "killed: civilian"), so neither the ministry is "lower" nor the army "higher" than a median
    of all four, and the ministry's 40 children killed that week is an estimate of its own, not
    one with its 40 civilians."""
    files = _same_on_both_engines(_tolls([
        ("a", "army", 300, "fighter"), ("b", "monitor", 320, "person"),
        ("c", "health ministry", 40, "civilian"), ("d", "UN agency", 45, "civilian"),
        ("e", "health ministry", 40, "child")]), tmp_path)
    found = pd.read_csv(io.BytesIO(files["estimates.csv"]), keep_default_na=False, dtype=str)
    found = found[found["origin"] == "extracted"]
    assert sorted(found[["claimant", "value_low", "unit"]].values.tolist()) == [
        ["UN agency", "45", "civilian"], ["army", "300", "fighter"], ["health ministry", "40", "child"],
        ["health ministry", "40", "civilian"], ["monitor", "320", "person"]]
    written = pipeline.read_table(tmp_path / "pandas" / "estimates.csv")
    table = charts.agreement_table(written[written["origin"] == "extracted"])
    shown = {(r.measure, r.claimant): (r.value, r.comparison) for r in table.itertuples()}
    assert shown == {("killed", "army"): ("300", "agrees"), ("killed", "monitor"): ("320", "agrees"),
                     ("killed: child", "health ministry"): ("40", "only one claimant"),
                     ("killed: civilian", "health ministry"): ("40", "agrees"),
                     ("killed: civilian", "UN agency"): ("45", "agrees")}
    # the figure groups, which kept them apart already, say what each counts
    groups = pd.read_csv(io.BytesIO(files["agreement.csv"]), keep_default_na=False, dtype=str)
    assert groups[["counted", "figures"]].values.tolist() == [
        ["casualties: killed", "300 / 320"], ["casualties: killed (civilian)", "40 / 45"],
        ["casualties: killed (child)", "40"]]


def test_a_troop_spread_never_divides_two_counts_one_voice_gives_in_one_article_on_either_engine(tmp_path):
    """A peacekeeping mission's statement gives its 10,000 troops and its 2,000 police (both
    counted as troops present): two things it counts, not two readings of one force, so no
    spread of 5 between them; nor between a reporter's own 7,000 troops and the 2,500 of them
    it says are Americans. Two claimants' 12,000 and 9,000 in one article still are a spread."""
    said = [("a", 10_000, "MINUSCA"), ("a", 2_000, "MINUSCA"),
            ("b", 7_000, "unattributed"), ("b", 2_500, ""),
            ("c", 12_000, "army"), ("c", 9_000, "monitor")]
    places = {"a": "Bangui", "b": "Kabul", "c": "Mogadishu"}
    rows = [[article, v, v, "exact", "reported", "troops", "troop", "present", claimant, "", places[article], "",
             "A sentence.", 10 * i, 10 * i + 5, "troops_present", "2017-05-10"]
            for i, (article, v, claimant) in enumerate(said)]
    files = _same_on_both_engines(rows, tmp_path)
    checks = pd.read_csv(io.BytesIO(files["derived_checks.csv"]), keep_default_na=False, dtype=str)
    assert checks[["check", "value", "how"]].values.tolist() == [
        ["largest / smallest troops_present estimate, Somalia", "1.3", "12,000 (c, army) / 9,000 (c, monitor)"]]


def test_the_agreement_chart_never_sets_people_who_fled_beside_people_at_risk_on_either_engine(tmp_path):
    """One week of a war's figures of people that no measure names ("other"): a migration
    agency's 300,000 who left a camp and a charity's 310,000 who left it are readings of one
    thing; a food agency's 20 million facing hunger (at risk) and a relief group's 18 million
    "expected to be at risk" are readings of another. Neither pair is "lower" nor "higher" than
    a median of all four: the chart compares each with its own status. (Thirty-ninth round: the
    first pair has no status, "other: person", which says nothing of what it counts — a town's
    population and people in need read alike —, so it is compared with nothing, not even
    itself: ``charts.says_nothing``.)"""
    rows = [[article, value, value, "exact", "reported", "other", "person", status, claimant, "", "Darfur", "",
             "A sentence.", 100 * i, 100 * i + 5, "other", "2025-05-14"]
            for i, (article, claimant, value, status) in enumerate([
                ("a", "migration agency", 300_000, ""), ("b", "charity", 310_000, ""),
                ("c", "food agency", 20_000_000, "at risk"), ("d", "relief group", 18_000_000, "expected at risk")])]
    files = _same_on_both_engines(rows, tmp_path)
    found = pd.read_csv(io.BytesIO(files["estimates.csv"]), keep_default_na=False, dtype=str)
    found = found[found["origin"] == "extracted"]
    assert sorted(found[["claimant", "unit"]].values.tolist()) == [
        ["charity", "person"], ["food agency", "person (at risk)"], ["migration agency", "person"],
        ["relief group", "person (at risk)"]]
    written = pipeline.read_table(tmp_path / "pandas" / "estimates.csv")
    table = charts.agreement_table(written[written["origin"] == "extracted"])
    shown = {(r.measure, r.claimant): r.comparison for r in table.itertuples()}
    assert shown == {("other: person", "migration agency"): charts.UNSAID, ("other: person", "charity"): charts.UNSAID,
                     ("other: person (at risk)", "food agency"): "agrees",
                     ("other: person (at risk)", "relief group"): "agrees"}
