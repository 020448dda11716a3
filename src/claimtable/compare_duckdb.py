"""The comparison stage on DuckDB: the same tables as ``pipeline.compare_tables`` with the
pandas engine, from ``claims.csv`` or a claims Parquet dataset, holding only aggregates.

DuckDB reads only the columns each table needs (never ``sentence``, which only the writer
of ``comparison.csv`` and the figure groups' search for the places a sentence names stream,
chunk by chunk, keeping none). Estimates are clustered over one aggregate row
per distinct statement (claimant, measure, value, as_of), not per claim; figure groups come
from one pass over the claims in (article, start) order that keeps one tally per group; the
derived checks are SQL. The per-claim and per-relay tables (``comparison``, ``relays``) are
``RowsTable``: written in chunks, never built as one table.

>>> import tempfile, pathlib
>>> with tempfile.TemporaryDirectory() as d:
...     csv_path = pathlib.Path(d) / "claims.csv"
...     _ = csv_path.write_text(
...         "article,value_low,value_high,hedge,modality,category,unit,status,claimant,"
...         "claimant_phrase,place,time_ref,sentence,start,end,measure,as_of\\n"
...         "a,1500,1500,exact,reported,troops,troop,arrived,NIS,,,,S,1,5,troops_present,2024-10-18\\n"
...         "b,1500,1500,exact,reported,troops,troop,arrived,NIS,,,,S,1,5,troops_present,2024-10-19\\n")
...     tables = compare_tables(csv_path, ledger_csv="")
...     (len(tables["comparison"]), tables["estimates"]["relays"].tolist())
(2, [2])
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from claimtable import compare, estimates, measures
from claimtable.dates import PartialDate, parse_published
from claimtable.duckdb_sql import csv_scan
from claimtable.duckdb_sql import quoted_name as _q
from claimtable.duckdb_sql import quoted_text as _lit

if TYPE_CHECKING:
    import duckdb

#: Rows fetched from DuckDB at a time (and group numbers sent back to it).
CHUNK_ROWS = 20_000
#: The claims' columns the aggregates read, as text ("" when empty) or numbers.
TEXT_COLUMNS = ["article", "measure", "category", "hedge", "modality", "unit", "status",
                "claimant", "claimant_phrase", "place", "time_ref", "as_of", "per"]
NUMBER_COLUMNS = {"value_low": "DOUBLE", "value_high": "DOUBLE", "start": "BIGINT",
                  "end": "BIGINT", "sentence_no": "BIGINT"}
#: DuckDB's own memory for one comparison; beyond it, it spills to disk.
MEMORY_LIMIT = "512MB"
#: The one column only ``comparison.csv`` needs, read when that file is written.
SENTENCE = "sentence"


class RowsTable:
    """A table with a row per claim or relay, kept in DuckDB: ``write_csv`` streams it in
    chunks; ``head``, ``len``, a list of columns (``table[["a", "b"]]``) and ``where`` work as
    a notebook needs them; ``to_pandas`` builds the whole table (only for small ones).

    >>> relays = compare_tables("data/processed/claims.csv", None, "")["relays"]
    >>> len(relays), relays.head(1).columns[0]
    (13, 'estimate')
    """

    def __init__(self, con: duckdb.DuckDBPyConnection, base: str, columns: Sequence[str],
                 order: str, where: str = "TRUE") -> None:
        self.con, self.base, self.order, self.condition = con, base, order, where
        self.columns = list(columns)

    def sql(self, limit: int | None = None) -> str:
        """The query that gives the rows, in order."""
        cols = ", ".join(_q(c) for c in self.columns)
        tail = f" LIMIT {int(limit)}" if limit is not None else ""
        return f"SELECT {cols} FROM ({self.base}) AS t WHERE {self.condition} ORDER BY {self.order}{tail}"

    def chunks(self, limit: int | None = None) -> Iterator[list[tuple]]:
        """The rows, ``CHUNK_ROWS`` at a time."""
        cursor = self.con.cursor()
        try:
            result = cursor.execute(self.sql(limit))
            while rows := result.fetchmany(CHUNK_ROWS):
                yield rows
        finally:
            cursor.close()

    def write_csv(self, target: str | os.PathLike[str]) -> None:
        """Write the table as ``pipeline.write_csv`` writes a DataFrame, chunk by chunk."""
        from claimtable.pipeline import _cell

        Path(target).parent.mkdir(parents=True, exist_ok=True)
        with open(target, "w", encoding="utf-8", newline="") as f:
            writer = csv.writer(f, lineterminator="\n")
            writer.writerow(self.columns)
            for rows in self.chunks():
                writer.writerows([_cell(v) for v in row] for row in rows)

    def head(self, n: int = 5) -> pd.DataFrame:
        """The first ``n`` rows as a table."""
        rows = [r for chunk in self.chunks(limit=n) for r in chunk]
        return pd.DataFrame(rows, columns=self.columns)

    def to_pandas(self) -> pd.DataFrame:
        """The whole table (its rows all in memory: for small collections)."""
        rows = [r for chunk in self.chunks() for r in chunk]
        return pd.DataFrame(rows, columns=self.columns)

    def __len__(self) -> int:
        cursor = self.con.cursor()
        try:
            return cursor.execute(
                f"SELECT count(*) FROM ({self.base}) AS t WHERE {self.condition}").fetchone()[0]
        finally:
            cursor.close()

    def __getitem__(self, columns: list[str]) -> RowsTable:
        return RowsTable(self.con, self.base, columns, self.order, self.condition)

    def where(self, condition: str) -> RowsTable:
        """The rows where an SQL condition on the columns holds."""
        return RowsTable(self.con, self.base, self.columns, self.order,
                         f"({self.condition}) AND ({condition})")


def _source(claims: Path) -> tuple[str, list[str], str]:
    """The scan of the claims (a CSV file or a Parquet dataset folder), its columns, and the
    order of its rows as written."""
    if claims.is_dir():
        from claimtable import dataset

        names = dataset.open_claims(claims).schema.names
        if not any(claims.rglob("*.parquet")):
            return "", names, ""
        glob = _lit(str(claims / "**" / "*.parquet"))
        scan = (f"read_parquet({glob}, hive_partitioning=true, hive_types={{'category': VARCHAR}}, "
                "filename=true, file_row_number=true)")
        return scan, names, "filename, file_row_number"
    with open(claims, encoding="utf-8", newline="") as f:
        names = next(csv.reader(f), [])
    return csv_scan(claims, names), names, ""


def _typed_columns(names: list[str]) -> list[str]:
    out = []
    for col in TEXT_COLUMNS:
        out.append(f"COALESCE(CAST({_q(col)} AS VARCHAR), '') AS {_q(col)}" if col in names
                   else f"'' AS {_q(col)}")
    for col, kind in NUMBER_COLUMNS.items():
        out.append(f"TRY_CAST({_q(col)} AS {kind}) AS {_q(col)}" if col in names
                   else f"CAST(NULL AS {kind}) AS {_q(col)}")
    return out


def _sentences_sql(scan: str, names: list[str], written: str) -> str:
    """Each claim's sentence by its row number as written: read only by ``comparison.csv``."""
    text = f"COALESCE(CAST({_q(SENTENCE)} AS VARCHAR), '')" if SENTENCE in names else "''"
    over = f"ORDER BY {written}" if written else ""
    return f"SELECT row_number() OVER ({over}) AS src, {text} AS sentence FROM {scan}"


def _open(con: duckdb.DuckDBPyConnection, claims: Path) -> str:
    """Create the ``claims`` table (the columns the aggregates need, numbered ``pos`` in
    (article, start) order); returns the SQL of the sentences, for ``comparison.csv``."""
    scan, names, written = _source(claims)
    if not scan:
        cols = ", ".join([*(f"'' AS {_q(c)}" for c in TEXT_COLUMNS),
                          *(f"CAST(NULL AS {k}) AS {_q(c)}" for c, k in NUMBER_COLUMNS.items())])
        con.execute(f"CREATE TABLE claims AS SELECT {cols}, 0::BIGINT AS src, 0::BIGINT AS pos LIMIT 0")
        return "SELECT 0::BIGINT AS src, '' AS sentence LIMIT 0"
    over = f"ORDER BY {written}" if written else ""
    con.execute(
        f"CREATE TABLE claims AS SELECT *, row_number() OVER (ORDER BY article, start, src) AS pos "
        f"FROM (SELECT {', '.join(_typed_columns(names))}, row_number() OVER ({over}) AS src "
        f"FROM {scan})")
    return _sentences_sql(scan, names, written)


def _wire(con: duckdb.DuckDBPyConnection, copies: dict[str, str]) -> None:
    """The table ``wire``: the sentences that reprint an earlier file's (``estimates.wire_copies``),
    ``copy`` ("article:sentence") -> ``also_in``, the first copy's."""
    _store(con, "wire", pd.DataFrame({"copy": list(copies), "also_in": list(copies.values())},
                                     columns=["copy", "also_in"], dtype=str))


def _articles(con: duckdb.DuckDBPyConnection, articles: pd.DataFrame | None) -> None:
    """The sources table beside the claims (small), with each publication date parsed."""
    rows = []
    if articles is not None:
        last = {str(a): (str(lab), str(pub or "")) for a, lab, pub in
                zip(articles["article"], articles["label"], articles["published"], strict=True)}
        for article, (label, published) in last.items():
            day = parse_published(published)
            rows.append({"article": article, "label": label, "published": published,
                         "pub_text": str(day) if day else None, "pub_unknown": day is None,
                         "pub_y": day.key[0] if day else 0, "pub_m": day.key[1] if day else 0,
                         "pub_d": day.key[2] if day else 0})
    frame = pd.DataFrame(rows, columns=["article", "label", "published", "pub_text",
                                        "pub_unknown", "pub_y", "pub_m", "pub_d"])
    frame = frame.astype({"article": str, "label": str, "published": str, "pub_text": object,
                          "pub_unknown": bool, "pub_y": "int64", "pub_m": "int64", "pub_d": "int64"})
    _store(con, "articles", frame)


#: A claim's label as the comparison shows it (the article's id when it has none).
LABEL = "COALESCE(NULLIF(a.label, ''), c.article)"


@dataclass
class _Tally:
    """What a figure group's summary needs, kept while its claims stream past."""

    number: int
    category: str
    status: str  # the first member's base status, which later members are compared with
    low: float
    high: float
    counted: str
    first_name: str
    cells: dict[str, list[str]] | None
    last_article: str = ""
    reports: compare.Reports = field(default_factory=compare.Reports)
    members: int = 0
    figures: dict[str, None] = field(default_factory=dict)
    firsts: dict[str, object] = field(default_factory=dict)
    differs: set[str] = field(default_factory=set)
    dated: list[str] = field(default_factory=list)
    dated_count: int = 0
    claimants: set[str] = field(default_factory=set)
    span: compare.GroupSpan = field(default_factory=compare.GroupSpan)
    latest: dict[str, int] | None = None  #: the latest year each article names (``compare.latest_years``)
    articles: set[str] = field(default_factory=set)
    placed: set[str] = field(default_factory=set)  #: articles a member of which is placed in time (``compare.placed_in_time``)

    def add(self, m: dict) -> None:
        if m["article"] != self.last_article:
            self.reports.add(m["label"] or m["article"], m["origin"])
            self.last_article = m["article"]
        self.members += 1
        text = compare.figure_text(m["value_low"], m["value_high"])
        self.figures[text] = None
        for what in (*compare.DIFFERENCES, "modality"):
            value = compare.finding_value(m, what)
            if what not in self.firsts:
                self.firsts[what] = value
            elif value != self.firsts[what]:
                self.differs.add(what)
        if m["time_ref"]:
            self.dated_count += 1
            if len(self.dated) < 3:
                self.dated.append(f"only {m['label']} gives a time: {m['time_ref']}")
        self.claimants.add(m["claimant"])
        self.span.add(m["place"], m["as_of"])
        self.articles.add(m["article"])
        if m["article"] not in self.placed and compare.placed_in_time(
                m["as_of"], m["sentence_years"], m["article"], self.latest):
            self.placed.add(m["article"])
        if self.cells is not None:
            hedge = "" if m["hedge"] == "exact" else f"\n({m['hedge'].replace('_', ' ')})"
            self.cells.setdefault(m["label"], []).append(text + hedge)

    def finding(self) -> tuple[str, str]:
        """What ``compare._finding`` says of the group's members."""
        if self.reports.count == 1:
            return f"only in {self.first_name}", self.reports.note()
        differs = [f"{what} differs" for what in compare.DIFFERENCES if what in self.differs]
        notes = compare.timeless_note(len(self.articles - self.placed), len(self.articles), differs)
        if 0 < self.dated_count < self.members:
            notes += self.dated
            notes += [f"and {self.dated_count - 3} more give a time"] if self.dated_count > 3 else []
        if "modality" in self.differs:
            notes.append("reported in one source, projected in another")
        notes += compare.one_claimant_note(differs, self.claimants)
        if self.reports.note():
            notes.append(self.reports.note())
        return ("; ".join(differs) or "agree"), "; ".join(notes)


#: The claims' columns a figure group's tally reads, in ``_figure_groups``' query order.
_TALLY_COLUMNS = ["pos", "article", "label", "category", "status", "value_low", "value_high", "hedge",
                  "claimant", "unit", "modality", "time_ref", "measure", "place", "as_of",
                  "sentence_places", "origin", "sentence_years"]


def _named(con: duckdb.DuckDBPyConnection, sentences: str) -> None:
    """Table ``named``: the place names each claim's sentence writes (``compare.sentence_places``),
    the countries and the towns of the gazetteer places it names beside its claimant's words
    (``compare.sentence_countries``, ``compare.sentence_towns``, "; "-separated) and the years
    it names (``compare.sentence_years``), by its row number, found in one pass over the
    sentences, chunk by chunk, keeping only those that name one."""
    con.execute("CREATE TABLE named (src BIGINT, places VARCHAR, countries VARCHAR, towns VARCHAR, years VARCHAR)")
    reader, writer = con.cursor(), con.cursor()
    result = reader.execute(f"SELECT s.src, s.sentence, COALESCE(c.claimant_phrase, '') AS claimant_phrase "
                            f"FROM ({sentences}) s LEFT JOIN claims c USING (src)")
    while rows := result.fetchmany(CHUNK_ROWS):
        found = [(src, compare.sentence_places(text),
                  "; ".join(sorted(compare.sentence_countries(text, phrase))),
                  "; ".join(sorted(compare.sentence_towns(text, phrase))),
                  "; ".join(str(y) for y in sorted(compare.sentence_years(text))))
                 for src, text, phrase in rows]
        found = [row for row in found if row[1] or row[2] or row[3] or row[4]]
        if found:
            _store(writer, "named", pd.DataFrame(found, columns=["src", "places", "countries", "towns", "years"]).astype(
                {"src": "int64", "places": "object", "countries": "object", "towns": "object", "years": "object"}),
                append=True)
    reader.close()
    writer.close()


def _figure_groups(con: duckdb.DuckDBPyConnection, sentences: str,
                   latest: dict[str, int] | None = None) -> pd.DataFrame:
    """Figure groups in one pass over the claims in (article, start) order (``compare``'s
    ``GroupAssigner`` with a tally per group): each claim's group number goes back to DuckDB
    (table ``assign``), and the agreement table is built from the tallies, which it returns;
    ``latest``: the latest year each article names (``compare.latest_years``)."""
    _named(con, sentences)
    columns = _source_columns(con)
    wide = columns is not None

    def new_tally(number: int, m: dict, status: str, low: float, high: float) -> _Tally:
        return _Tally(number, m["category"], status, low, high, compare.counted_text(m), m["label"],
                      {} if wide else None, latest=latest)

    assigner = compare.GroupAssigner(new_tally, _figure_countries(con), _figure_towns(con), latest)
    con.execute("CREATE TABLE assign (pos BIGINT, grp BIGINT)")
    reader, writer = con.cursor(), con.cursor()
    result = reader.execute(
        f"SELECT c.pos, c.article, {LABEL}, c.category, c.status, c.value_low, c.value_high, "
        "c.hedge, c.claimant, c.unit, c.modality, c.time_ref, c.measure, c.place, c.as_of, "
        "COALESCE(n.places, ''), COALESCE(wc.also_in, c.article || ':' || COALESCE(CAST(c.sentence_no AS "
        "VARCHAR), '?')), COALESCE(n.years, '') FROM claims c LEFT JOIN articles a USING (article) LEFT JOIN named n USING (src) "
        "LEFT JOIN wire wc ON wc.copy = c.article || ':' || CAST(c.sentence_no AS VARCHAR) ORDER BY c.pos")
    while rows := result.fetchmany(CHUNK_ROWS):
        positions, numbers = [], []
        for row in rows:
            m = dict(zip(_TALLY_COLUMNS, row, strict=True))
            group = assigner.place(m)
            group.add(m)
            positions.append(m["pos"])
            numbers.append(group.number)
        _store(writer, "assign", _int_columns({"pos": positions, "grp": numbers}), append=True)
    reader.close()
    writer.close()
    return _agreement(assigner.groups, columns or [])


def _source_columns(con: duckdb.DuckDBPyConnection) -> list[str] | None:
    """The agreement table's column per article (its label), when there are at most
    ``compare.MAX_SOURCE_COLUMNS`` articles; else None."""
    labels = con.execute(f"SELECT DISTINCT c.article, {LABEL} FROM claims c "
                         "LEFT JOIN articles a USING (article) LIMIT "
                         f"{compare.MAX_SOURCE_COLUMNS + 1}").fetchall()
    if len(labels) > compare.MAX_SOURCE_COLUMNS:
        return None
    return [label or article for article, label in sorted(labels)]


def _agreement(groups: list[_Tally], columns: list[str]) -> pd.DataFrame:
    """``agreement.csv`` from the groups' tallies: a row per group, a column per article."""
    out = []
    for g in groups:
        finding, notes = g.finding()
        out.append({"group": g.number, "counted": g.counted,
                    "figures": compare.listed(g.figures), "articles": g.reports.count,
                    "finding": finding, "notes": notes, "claimants": len(g.claimants),
                    "places": g.span.where, "dates": g.span.when,
                    **{a: "; ".join((g.cells or {}).get(a, [])) for a in columns}})
    return pd.DataFrame(out, columns=[*compare.AGREEMENT_HEAD, *columns])


def _int_columns(columns: dict[str, list[int]]):
    """An Arrow table of whole-number columns (BIGINT in DuckDB)."""
    import pyarrow as pa

    return pa.table({name: pa.array(values, pa.int64()) for name, values in columns.items()})


def _store(con: duckdb.DuckDBPyConnection, name: str, frame, *, append: bool = False) -> None:
    """Create the table ``name`` from an Arrow or pandas table (or append its rows to it)."""
    con.register("incoming_frame", frame)
    con.execute(f"INSERT INTO {name} SELECT * FROM incoming_frame" if append
                else f"CREATE TABLE {name} AS SELECT * FROM incoming_frame")
    con.unregister("incoming_frame")


def _comparison(con: duckdb.DuckDBPyConnection, sentences: str) -> RowsTable:
    """``comparison.csv``: a row per claim with its group, ordered by group and claim."""
    member = {
        "label": LABEL, "sentence": "s.sentence",
        **{c: f"c.{_q(c)}" for c in compare.MEMBER_COLUMNS if c not in ("label", "sentence")},
    }
    cols = ", ".join(f"{member[c]} AS {_q(c)}" for c in compare.MEMBER_COLUMNS)
    base = (f"SELECT g.grp AS \"group\", {cols}, c.pos AS _pos FROM claims c "
            "JOIN assign g USING (pos) LEFT JOIN articles a USING (article) "
            f"JOIN ({sentences}) s ON s.src = c.src")
    return RowsTable(con, base, compare.COMPARISON_COLUMNS, '"group", _pos')


def _unit_key(table: str = "") -> str:
    """SQL of a claim's unit where it tells estimates apart (``estimates.estimate_key``), else '':
    any unit of a measure of ``KEYED_BY_UNIT`` with its status (``estimates.base_status``), a
    kind of people of a measure of people
    (``estimates.kind_of_people``: not a noun of the toll itself, a share or the measure's own).

    >>> _unit_key("c.")[:70]
    "CASE WHEN c.measure IN ('other') AND trim(regexp_replace(regexp_replac"
    """
    keyed = ", ".join(_lit(m) for m in sorted(estimates.KEYED_BY_UNIT))
    people = ", ".join(_lit(m) for m in estimates.people_measures())
    toll = ", ".join(_lit(u) for u in sorted(estimates.toll_nouns() | {estimates.SHARE_UNIT, ""}))
    unit, measure = f"COALESCE({table}unit, '')", f"{table}measure"
    status = (f"trim(regexp_replace(regexp_replace(COALESCE({table}status, ''), '^expected ', ''), "
              "'^to be ', ''), ' \t\n\r\x0b\x0c')")
    return (f"CASE WHEN {measure} IN ({keyed}) AND {status} <> '' AND {unit} <> {_lit(estimates.SHARE_UNIT)} "
            f"THEN ltrim({unit} || ' (' || {status} || ')') "
            f"WHEN {measure} IN ({keyed}) THEN {table}unit "
            f"WHEN {measure} IN ({people}) AND {unit} NOT IN ({toll}) "
            f"AND {unit} <> regexp_replace({measure}, 's$', '') "
            f"AND NOT list_contains(string_split({unit}, ' '), {measure}) THEN {unit} ELSE '' END")


#: A claim that is a count, not a rate (``estimates.is_rate``): only counts make estimates.
NOT_A_RATE = "trim(per) = ''"


def _place_claims(con: duckdb.DuckDBPyConnection) -> None:
    """The table ``estimate_claims``: the columns of the claims estimates read, with each
    claim's place as ``estimates.articles_places`` gives it (its own, else the first its
    article gives the same figure in the figure's time window, else '') and its article's
    countries (``ctx``, "; "-separated: ``estimates.article_countries``)."""
    import pyarrow as pa

    ctx = {article: "; ".join(sorted(codes)) for article, codes in _estimate_article_countries(con).items()}
    _store(con, "article_ctx", pa.table({"article": pa.array(list(ctx), pa.string()),
                                         "ctx": pa.array(list(ctx.values()), pa.string())}))

    # who each claim's estimate must share (``estimates.speaker``): a nobody claimant, or an
    # undated claim of anyone (read in Python over the distinct claimant and date pairs),
    # joined to the article of its passage, so two outlets' own words, or two articles' undated
    # "authorities" or "Pakistan Armed Forces", are never one estimate unless one prints the
    # other's passage
    own = [(c, d) for c, d in con.execute("SELECT DISTINCT claimant, as_of FROM claims WHERE claimant IS NOT NULL "
                                          f"AND {NOT_A_RATE}").fetchall()
           if estimates.speaker(c, "", parse_published(d) is not None) != c]
    _store(con, "own_words", pa.table({"claimant": pa.array([c for c, _ in own], pa.string()),
                                       "as_of": pa.array([d for _, d in own], pa.string())}))
    con.execute(
        "CREATE TEMP VIEW speaker_claims AS SELECT c.* REPLACE (CASE WHEN COALESCE(c.claimant, '') "
        "IN ('unattributed', '') OR EXISTS (SELECT 1 FROM own_words o WHERE o.claimant = c.claimant AND o.as_of = c.as_of) "
        "THEN COALESCE(c.claimant, '') || chr(31) || COALESCE(regexp_replace(wc.also_in, "
        "':[^:]*$', ''), c.article) ELSE c.claimant END AS claimant) FROM claims c LEFT JOIN wire wc "
        "ON wc.copy = c.article || ':' || CAST(c.sentence_no AS VARCHAR)")
    keys = con.execute(f"SELECT claimant, measure, {_unit_key()} AS ukey, value_low, value_high, as_of "
                       f"FROM speaker_claims WHERE {NOT_A_RATE} GROUP BY ALL").fetchall()
    parsed = sorted(((k, parse_published(k[5])) for k in keys),
                    key=lambda p: (*p[0][:5], estimates._key(p[1])))
    rank = {k: i for i, k in enumerate(sorted({estimates._key(day) for _, day in parsed}))}
    window: list[int] = []
    previous, first = None, None
    for (claimant, measure, ukey, low, high, _as_of), day in parsed:
        key = (claimant, measure, ukey, low, high)
        if estimates.starts_window(previous, first, key, day):
            previous, first = key, day
            window.append(len(window) and window[-1] + 1)
        else:
            window.append(window[-1])
    columns = ["claimant", "measure", "ukey", "value_low", "value_high", "as_of"]
    _store(con, "key_window", pa.table({
        **{name: [k[i] for k, _ in parsed] for i, name in enumerate(columns)},
        "win": pa.array(window, pa.int64()),
        "as_key": pa.array([rank[estimates._key(day)] for _, day in parsed], pa.int64())}))
    con.execute(
        "CREATE TABLE estimate_claims AS WITH c AS (SELECT c.article, c.claimant, c.measure, c.unit, "
        f"{_unit_key('c.')} AS ukey, c.value_low, c.value_high, c.hedge, c.as_of, c.place, c.start, c.pos, "
        "COALESCE(wc.also_in, c.article || ':' || COALESCE(CAST(c.sentence_no AS VARCHAR), '?')) AS origin, "
        "w.win, w.as_key FROM speaker_claims c JOIN key_window w ON c.claimant = w.claimant AND c.measure = w.measure "
        f"AND {_unit_key('c.')} = w.ukey AND c.value_low = w.value_low AND c.value_high = w.value_high "
        "AND c.as_of = w.as_of LEFT JOIN wire wc ON wc.copy = c.article || ':' || CAST(c.sentence_no AS VARCHAR) "
        f"WHERE {NOT_A_RATE.replace('per', 'c.per')}), own AS (SELECT win, article, arg_min(place, [as_key, start, pos]) AS place "
        "FROM c WHERE place <> '' GROUP BY ALL) "
        "SELECT c.* EXCLUDE (place, win, as_key), CASE WHEN c.place <> '' THEN c.place "
        "ELSE COALESCE(own.place, '') END AS place, COALESCE(k.ctx, '') AS ctx FROM c LEFT JOIN own USING (win, article) "
        "LEFT JOIN article_ctx k USING (article)")


def _cluster(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str, float, float, PartialDate | None, str, str]]:
    """Estimates' keys, first dates and places, clustered over one row per distinct statement
    (``estimates._cluster``'s rule: time windows, ``estimates.starts_window``, split by place
    and war, ``estimates.place_groups``, from the articles of each window and ``Where``); the table
    ``statement_map`` gives each statement its estimate (``cl``) and the rank of its date
    (``as_key``)."""
    import pyarrow as pa

    _place_claims(con)
    rows = con.execute("SELECT claimant, measure, ukey, value_low, value_high, as_of, "
                       "place, ctx FROM estimate_claims GROUP BY ALL").fetchall()
    parsed = [(r, parse_published(r[5])) for r in rows]
    parsed.sort(key=lambda p: (p[0][0], p[0][1], p[0][2], p[0][3], p[0][4], estimates._key(p[1]), p[0][6], p[0][7]))
    keys = sorted({estimates._key(p) for _, p in parsed})
    rank = {k: i for i, k in enumerate(keys)}
    window: list[int] = []  # each statement's time window
    previous, first, opened = None, None, -1
    for (claimant, measure, ukey, low, high, _as_of, _place, _ctx), day in parsed:
        key = (claimant, measure, ukey, low, high)
        if estimates.starts_window(previous, first, key, day):
            previous, first, opened = key, day, opened + 1
        window.append(opened)
    columns = ["claimant", "measure", "ukey", "value_low", "value_high", "as_of", "place", "ctx"]
    mapping = {name: [r[i] for r, _ in parsed] for i, name in enumerate(columns)}
    _store(con, "statement_window", pa.table({**mapping, "win": pa.array(window, pa.int64())}))
    # an article has one ctx: the articles of two statements' ctx that one ``Where`` reads alike
    # are apart, and their counts add up
    named: dict[int, dict[estimates.Where, int]] = {}
    for win, place, ctx, n in con.execute(
            "SELECT m.win, m.place, m.ctx, count(DISTINCT c.article) FROM estimate_claims c JOIN statement_window m "
            "ON c.claimant = m.claimant AND c.measure = m.measure AND c.ukey = m.ukey "
            "AND c.value_low = m.value_low AND c.value_high = m.value_high AND c.as_of = m.as_of "
            "AND c.place = m.place AND c.ctx = m.ctx GROUP BY ALL ORDER BY ALL").fetchall():
        where = estimates.where_of(place, estimates.countries_read(ctx))
        named.setdefault(win, {})[where] = named.get(win, {}).get(where, 0) + n
    joined: dict[int, dict[estimates.Where, estimates.Where]] = {}
    order: list[tuple[int, estimates.Where]] = []  # the estimates: (window, Where), as the pandas engine finds them
    for win in window:
        if win not in joined:
            joined[win] = estimates.place_groups(named[win])
            order += [(win, seed) for seed in dict.fromkeys(joined[win].values())]  # most articles first
    estimate_of = [(win, joined[win][estimates.where_of(r[6], estimates.countries_read(r[7]))])
                   for (r, _), win in zip(parsed, window, strict=True)]
    earliest: dict[tuple[int, estimates.Where], tuple] = {}  # statements are in date order
    for statement, key in zip(parsed, estimate_of, strict=True):
        earliest.setdefault(key, statement)
    found: list[tuple[str, str, float, float, PartialDate | None, str, str]] = []
    cl_of: dict[tuple[int, estimates.Where], int] = {}
    for key in order:
        (claimant, measure, ukey, low, high, _as_of, _place, _ctx), day = earliest[key]
        cl_of[key] = len(found)
        found.append((claimant, measure, low, high, day, ukey, key[1][0]))
    _store(con, "statement_map", pa.table({
        **mapping, "cl": pa.array([cl_of[k] for k in estimate_of], pa.int64()),
        "as_key": pa.array([rank[estimates._key(day)] for _, day in parsed], pa.int64())}))
    return found


def _estimates(con: duckdb.DuckDBPyConnection) -> tuple[pd.DataFrame, RowsTable]:
    """The estimates table (a row per estimate, from aggregates, its ``countries`` those its
    relays' articles name: ``estimates.articles_countries``) and the relays (a row per relay,
    left in DuckDB)."""
    import pyarrow as pa

    found = _cluster(con)
    _rank_relays(con)
    per = {cl: (n, label, first, last, sources) for cl, n, label, first, last, sources in con.execute(
        "SELECT cl, count(*), arg_min(label, prank), arg_min(pub_text, prank) FILTER "
        "(WHERE NOT pub_unknown), arg_max(pub_text, pub_key) FILTER (WHERE NOT pub_unknown), "
        "count(DISTINCT origin) FROM relay_ranked GROUP BY cl").fetchall()}
    hedges, units = _relay_most(con, "hedge"), _relay_most(con, "unit")
    countries = _estimate_countries(con)
    heads = [estimates.Head(*key[:5], per[cl][4], *key[5:], copies=per[cl][0] - per[cl][4],
                            countries=estimates.countries_read(countries.get(cl, "")),
                            reported=parse_published(per[cl][2]) if per[cl][2] else None)
             for cl, key in enumerate(found)]
    changed = estimates._changed_versions(heads)
    rows, numbers = [], {"cl": [], "number": [], "changed": [], "hedge": []}
    for number, cl in enumerate(estimates.numbering(heads), start=1):
        _, label, first, last, n = per[cl]  # n: its reports (``relays``), a wire passage once
        hedge, agreeing, _ = hedges[cl]
        notes = [changed[cl]] if cl in changed else []
        if agreeing < n:
            notes.append(f"hedge: {n - agreeing} of {n} relays")
        rows.append(estimates.estimate_row(number, heads[cl], hedge, notes, first or "",
                                           last or "", label, units[cl][0], countries.get(cl, "")))
        for name, value in zip(numbers, (cl, number, estimates.relay_change(changed.get(cl, "")), hedge),
                               strict=True):
            numbers[name].append(value)
    _store(con, "estimate_numbers", pa.table({
        "cl": pa.array(numbers["cl"], pa.int64()), "number": pa.array(numbers["number"], pa.int64()),
        "changed": pa.array(numbers["changed"], pa.string()),
        "hedge": pa.array(numbers["hedge"], pa.string())}))
    base = ("SELECT e.number AS estimate, r.article, r.label, r.published, r.start, r.value_low, "
            "r.value_high, r.hedge, r.measure, concat_ws('; ', NULLIF(e.changed, ''), "
            "CASE WHEN r.hedge <> e.hedge THEN 'hedge' END) AS differs, r.copy_of, r.prank "
            "FROM relay_ranked r JOIN estimate_numbers e USING (cl)")
    relays = RowsTable(con, base, estimates.RELAY_COLUMNS, "estimate, prank")
    return pd.DataFrame(rows, columns=estimates.ESTIMATE_COLUMNS), relays


def _estimate_countries(con: duckdb.DuckDBPyConnection) -> dict[int, str]:
    """Each estimate's ``countries`` cell (``estimates.articles_countries``): the countries its
    relays' articles name, aggregated in DuckDB (a row per estimate, never one per relay)."""
    import pyarrow as pa

    pairs = [(article, code) for article, codes in _estimate_article_countries(con).items() for code in sorted(codes)]
    _store(con, "article_country", pa.table({"article": pa.array([a for a, _ in pairs], pa.string()),
                                             "code": pa.array([c for _, c in pairs], pa.string())}))
    return {cl: "; ".join(codes) for cl, codes in con.execute(
        "SELECT r.cl, list_sort(list(DISTINCT k.code)) FROM relay_ranked r "
        "JOIN article_country k USING (article) GROUP BY r.cl").fetchall()}


def _rank_relays(con: duckdb.DuckDBPyConnection) -> None:
    """The table ``relay_ranked``: a row per relay (an article's first claim of an estimate,
    by date, then offset) with its article's label and date, ranked within its estimate
    (``prank``: dated articles first, earliest first)."""
    con.execute(
        "CREATE TABLE relay AS SELECT r.*, CASE WHEN a.article IS NULL THEN r.article "
        "ELSE a.label END AS label, COALESCE(a.published, '') AS published, a.pub_text, "
        "COALESCE(a.pub_unknown, TRUE) AS pub_unknown, "
        "COALESCE(a.pub_y, 0) * 10000 + COALESCE(a.pub_m, 0) * 100 + COALESCE(a.pub_d, 0) AS pub_key "
        "FROM (SELECT m.cl, c.article, c.start, c.value_low, c.value_high, c.hedge, c.measure, c.unit, c.origin, "
        "row_number() OVER (PARTITION BY m.cl, c.article ORDER BY m.as_key, c.start, c.pos) AS rn "
        "FROM estimate_claims c JOIN statement_map m ON c.claimant = m.claimant AND c.measure = m.measure "
        "AND c.ukey = m.ukey AND c.value_low = m.value_low "
        "AND c.value_high = m.value_high AND c.as_of = m.as_of AND c.place = m.place AND c.ctx = m.ctx) r "
        "LEFT JOIN articles a USING (article) WHERE r.rn = 1")
    con.execute("CREATE TABLE relay_ranked AS SELECT *, CASE WHEN first_print = article THEN '' "
                "ELSE first_print END AS copy_of FROM (SELECT *, first_value(article) OVER (PARTITION BY cl, origin "
                "ORDER BY prank) AS first_print FROM (SELECT *, row_number() OVER (PARTITION BY cl "
                "ORDER BY pub_unknown, pub_key, article, start) AS prank FROM relay))")


def _relay_most(con: duckdb.DuckDBPyConnection, column: str) -> dict[int, tuple[str, int, int]]:
    """Each estimate's hedge (or unit): the one most of its reports give (on a tie, the
    earliest), with how many give it and the rank of its first report. A report is a relay
    that is no wire copy of an earlier one (``copy_of`` empty: ``estimates._Estimate.reports``)."""
    most: dict[int, tuple[str, int, int]] = {}
    for cl, value, n, first in con.execute(
            f"SELECT cl, {_q(column)}, count(*), min(prank) FROM relay_ranked WHERE copy_of = '' "
            "GROUP BY ALL").fetchall():
        best = most.get(cl)
        if best is None or (n, -first) > (best[1], -best[2]):
            most[cl] = (value, n, first)
    return most


def _derived_checks(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """``compare.derived_checks`` in SQL: each article's first container and shell figure,
    and each troop measure's largest and smallest estimate."""
    return pd.DataFrame(_per_container_checks(con) + _spread_checks(con), columns=compare.CHECK_COLUMNS)


def _per_container_checks(con: duckdb.DuckDBPyConnection) -> list[dict]:
    """Shells per container of each article that gives both: its first figure of each that is
    not vague (``compare._per_container_checks``)."""
    firsts = ("SELECT * FROM (SELECT c.article, c.unit, {label} AS label, c.value_high, "
              "row_number() OVER (PARTITION BY c.article ORDER BY c.pos) AS rn FROM claims c "
              "LEFT JOIN articles a USING (article) WHERE c.measure = '{m}' "
              "AND coalesce(c.hedge, '') <> 'vague') WHERE rn = 1")
    pairs = con.execute(
        f"SELECT k.article, s.unit, s.label, s.value_high, k.value_high FROM "
        f"({firsts.format(label=LABEL, m='containers')}) k JOIN "
        f"({firsts.format(label=LABEL, m='shells')}) s USING (article) ORDER BY k.article").fetchall()
    return [compare.per_container_check(article, label, unit, shells, containers)
            for article, unit, label, shells, containers in pairs]


def _article_countries(con: duckdb.DuckDBPyConnection) -> dict[str, frozenset[str]]:
    """Each article's countries (``compare.article_countries``) from the claims' places."""
    return compare.article_countries(con.execute(
        "SELECT DISTINCT article, place FROM claims WHERE place IS NOT NULL AND place <> '' ORDER BY 1, 2").fetchall())


def _estimate_article_countries(con: duckdb.DuckDBPyConnection) -> dict[str, frozenset[str]]:
    """Each article's countries as the estimates read them (``estimates.article_countries``):
    its claims' places' (``_article_countries``), else, for an article whose places name none,
    those most of its claims' sentences name (table ``named``, ``compare.most_written``,
    ``compare.placed_or_written``)."""
    rows = con.execute("SELECT DISTINCT c.article, c.sentence_no, COALESCE(n.countries, '') "
                       "FROM claims c LEFT JOIN named n USING (src)").fetchall()  # each sentence once
    written = compare.most_written((article, frozenset(filter(None, codes.split("; "))))
                                   for article, _, codes in rows)
    return compare.placed_or_written(_article_countries(con), written)


def _figure_countries(con: duckdb.DuckDBPyConnection) -> dict[str, frozenset[str]]:
    """Each article's countries for its figure groups (``compare.figure_countries``) from its
    claims' places and the countries their sentences name (table ``named``, ``_named``)."""
    rows = con.execute("SELECT DISTINCT c.article, COALESCE(c.place, ''), COALESCE(n.countries, '') "
                       "FROM claims c LEFT JOIN named n USING (src) ORDER BY 1, 2, 3").fetchall()
    return compare.figure_countries((article, place, frozenset(filter(None, codes.split("; "))))
                                    for article, place, codes in rows)


def _figure_towns(con: duckdb.DuckDBPyConnection) -> dict[str, frozenset[str]]:
    """Each article's towns for its figure groups (``compare.figure_towns``) from its claims'
    places and the towns their sentences name (table ``named``, ``_named``)."""
    rows = con.execute("SELECT DISTINCT c.article, COALESCE(c.place, ''), COALESCE(n.towns, '') "
                       "FROM claims c LEFT JOIN named n USING (src) ORDER BY 1, 2, 3").fetchall()
    return compare.figure_towns((article, place, frozenset(filter(None, towns.split("; "))))
                                for article, place, towns in rows)


def _spread_checks(con: duckdb.DuckDBPyConnection) -> list[dict]:
    """The spread of each troop measure's counted estimates in each country they are about,
    within sets that can be about one thing (``compare.spread_checks`` on the troop rows alone,
    with their places and dates, in the table's order: few at any size)."""
    troops = [m for (m,) in con.execute("SELECT DISTINCT measure FROM claims").fetchall()
              if measures.family(m) == "troops"]
    if not troops:
        return []
    rows = con.execute(
        f"SELECT c.measure, c.article, {LABEL} AS label, c.claimant, c.value_low, c.value_high, "
        "c.hedge, c.unit, coalesce(c.place, '') AS place, coalesce(c.as_of, '') AS as_of "
        "FROM claims c LEFT JOIN articles a USING (article) "
        f"WHERE c.hedge <> 'vague' AND c.unit <> 'percent' "
        f"AND c.measure IN ({', '.join(_lit(m) for m in troops)}) ORDER BY c.pos").df()
    countries = _article_countries(con)
    return compare.spread_checks(rows.reset_index(drop=True), countries)


def connect() -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB database for one comparison, which spills what exceeds
    ``MEMORY_LIMIT`` to a temporary folder of its own (removed when the process ends).

    >>> connect().execute("SELECT current_setting('memory_limit') <> ''").fetchone()
    (True,)
    """
    import atexit
    import shutil
    import tempfile

    import duckdb

    folder = tempfile.mkdtemp(prefix="claimtable-duckdb-")
    atexit.register(shutil.rmtree, folder, True)
    return duckdb.connect(":memory:", config={"memory_limit": MEMORY_LIMIT,
                                              "temp_directory": folder})


def compare_tables(claims: str | os.PathLike[str], articles: pd.DataFrame | None = None,
                   ledger_csv: str | os.PathLike[str] | None = "default") -> dict:
    """The comparison stage's tables (``pipeline.compare_tables``) from ``claims.csv`` or a
    claims Parquet dataset folder, with ``articles`` the sources table (labels, dates). The
    ``comparison`` and ``relays`` tables are ``RowsTable``s; the others are small.

    >>> sorted(compare_tables("data/processed/claims.csv", None, ""))
    ['agreement', 'comparison', 'derived_checks', 'estimates', 'relays']
    """
    from claimtable import ledger

    con = connect()
    sentences = _open(con, Path(claims))
    _articles(con, articles)
    _wire(con, estimates.wire_copies(Path(claims).with_name("sentences.csv")))
    agreement = _figure_groups(con, sentences, compare.latest_years(Path(claims).with_name("sentences.csv")))
    found, relays = _estimates(con)
    coded = ledger.load(ledger_csv)
    tables = {
        "comparison": _comparison(con, sentences),
        "agreement": agreement,
        "derived_checks": _derived_checks(con),
        "estimates": ledger.combine(found, coded),
        "relays": relays,
    }
    if coded is not None:
        tables["ledger_problems"] = pd.DataFrame({"problem": coded.problems})
    return tables
