"""String the stages together and write their tables, the same bytes for the same input.

>>> import io
>>> import pandas as pd
>>> buf = io.StringIO()
>>> write_csv(pd.DataFrame({"a": [1500, 2.5], "b": ["x", "=cmd"]}), buf)
>>> buf.getvalue()
"a,b\\n1500,x\\n2.5,'=cmd\\n"
"""

from __future__ import annotations

import contextlib
import csv
import gc
import io
import json
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from claimtable import archive, contract, extract, load, measures, paths
from claimtable.numbers import as_number

if TYPE_CHECKING:  # pandas is imported where a table is built: `claimtable extract` never needs it
    import multiprocessing.context

    import pandas as pd

#: Cells a spreadsheet would run as a formula (CSV injection) start with one of these.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: object) -> object:
    """Make a text cell safe to open in a spreadsheet: a leading ``'`` before a formula sign.
    Numbers are left alone (``-5`` is a number, not a formula).

    >>> neutralise("=HYPERLINK(1)"), neutralise(-5), neutralise("troop")
    ("'=HYPERLINK(1)", -5, 'troop')
    """
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def _missing(value: object) -> bool:
    """None, NaN or pandas' NA (recognised by type name: the command line never loads pandas)."""
    return value is None or (isinstance(value, float) and value != value) or (
        type(value).__name__ == "NAType")


def _cell(value: object) -> object:
    kind = type(value)
    if kind is str:  # most cells: text and whole numbers, decided without the checks below
        return "'" + value if value.startswith(FORMULA_START) else value  # type: ignore[attr-defined]
    if kind is int:
        return value
    if _missing(value):
        return ""
    if isinstance(value, float):
        return as_number(value)
    return neutralise(value)


def write_csv(frame: pd.DataFrame, target: str | os.PathLike[str] | TextIO) -> None:
    """Write a table as CSV: ``\\n`` line ends, integral numbers without ``.0``, empty cells
    for missing values, formula-like text neutralised.

    >>> import pandas as pd
    >>> buf = io.StringIO(); write_csv(pd.DataFrame({"n": [1.0, None], "t": ["x", "y"]}), buf)
    >>> buf.getvalue()
    'n,t\\n1,x\\n,y\\n'
    """
    if isinstance(target, (str, os.PathLike)):
        Path(target).parent.mkdir(parents=True, exist_ok=True)
        with open(target, "w", encoding="utf-8", newline="") as f:
            write_csv(frame, f)
        return
    write_csv_batches(list(frame.columns), [frame], target)


def write_csv_batches(columns: list[str], frames: Iterable[pd.DataFrame],
                      target: str | os.PathLike[str] | TextIO) -> int:
    """``write_csv`` of a table that comes in batches (frames with ``columns``), one batch in
    memory at a time: the same bytes as ``write_csv`` of the batches joined. Returns the rows.

    >>> import pandas as pd
    >>> buf = io.StringIO()
    >>> write_csv_batches(["n", "t"], (pd.DataFrame({"t": ["=x", "y"], "n": [i, None]}) for i in (1.0, 2.5)), buf)
    4
    >>> buf.getvalue()
    "n,t\\n1,'=x\\n,y\\n2.5,'=x\\n,y\\n"
    """
    if isinstance(target, (str, os.PathLike)):
        Path(target).parent.mkdir(parents=True, exist_ok=True)
        with open(target, "w", encoding="utf-8", newline="") as f:
            return write_csv_batches(columns, frames, f)
    writer = csv.writer(target, lineterminator="\n")
    writer.writerow(columns)
    rows = 0
    for frame in frames:
        part = frame if list(frame.columns) == columns else frame[columns]
        for row in part.itertuples(index=False):
            writer.writerow([_cell(v) for v in row])
        rows += len(frame)
    return rows


#: Columns of the workbook's tables that hold numbers (empty cells become missing values).
NUMERIC_COLUMNS = frozenset({
    "value_low", "value_high", "start", "end", "paragraph", "sentence_no", "claimant_start",
    "claimant_end", "repeat_of", "words", "paragraphs", "repeated_paragraphs", "sentences",
    "group", "articles", "value", "latitude", "longitude", "estimate", "relays", "copies", "claimants",
    "line", "part_of",
})


def read_table(path: str | os.PathLike[str]) -> pd.DataFrame:
    """Read a table written by ``write_csv``: text columns as strings ("" when empty, never
    NaN), number columns as numbers. ``sentence`` is a number in ``sentences.csv`` and the
    sentence's text in ``claims.csv``.

    >>> read_table("data/processed/claims.csv")["value_low"].dtype
    Int64Dtype()
    """
    import pandas as pd

    frame = pd.read_csv(paths.resolve(path), dtype=str, keep_default_na=False)
    for col in frame.columns:
        values = frame[col]
        if col in NUMERIC_COLUMNS or (col == "sentence" and values.str.fullmatch(r"\d*").all()):
            numbers = pd.to_numeric(values.replace("", None))
            if (numbers.dropna() % 1 == 0).all():
                numbers = numbers.astype("Int64")
            frame[col] = numbers
    return frame


def load_collection(raw_dir: str | Path, manifest: str | Path | None = None) -> load.Collection:
    """Stage 1: a raw folder with its manifest (``load.load_folder``), or a JSONL or Parquet
    archive (``archive.load_archive``).

    >>> load_collection("data/raw").articles()["label"].tolist()[:1]
    ['bbc.com · 2024-10-19']
    """
    if archive.archive_kind(paths.resolve(raw_dir)):
        return archive.load_archive(paths.resolve(raw_dir))
    return load.load_folder(raw_dir, manifest)


def load_stage(raw_dir: str | Path, out_dir: str | Path, manifest: str | Path | None = None) -> load.Collection:
    """Stage 1 in one call: ``load_collection``, then ``articles.csv`` and ``sentences.csv``
    written to ``out_dir``.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     len(load_stage("data/raw", d).sources), sorted(p.name for p in Path(d).iterdir())
    (2, ['articles.csv', 'sentences.csv'])
    """
    collection = load_collection(raw_dir, manifest)
    out = paths.resolve(out_dir)
    write_csv(collection.articles(), out / "articles.csv")
    write_csv(collection.sentences(), out / "sentences.csv")
    load.report_problems(collection.problems)
    return collection


def claims_of_source(src: load.Source, manifest_row: dict[str, str] | None = None) -> list[dict]:
    """The claims of one loaded source with the columns derived after extraction
    (``measure``, and ``as_of`` from its publication date): the one per-article step of every
    path (notebooks, ``claimtable extract``, its worker processes).

    >>> claims_of_source(load.load_text("a", "NATO said 700 troops arrived on Monday."),
    ...                  {"published": "2024-10-23"})[0]["as_of"]
    '2024-10-21'
    """
    published = load.source_facts(src, manifest_row).published
    return measures.annotate(extract.extract_source(src, published), published)


def worker_context() -> multiprocessing.context.BaseContext:
    """How worker processes start: by ``fork`` on Linux (the lexicons already loaded are
    shared, no start-up cost), by ``spawn`` elsewhere — Windows has no ``fork``, and on macOS
    a forked child of a Jupyter kernel can crash in system libraries. The work done in a
    worker is a function of this package, so both give the same rows.

    >>> worker_context().get_start_method() in {"fork", "spawn"}
    True

    ``multiprocessing`` (with pickle, socket, threading) is imported here, for a pool only:
    ``claimtable extract --jobs 1`` starts without it.
    """
    import multiprocessing

    return multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")


def _claims_of_pair(pair: tuple[load.Source, dict[str, str] | None]) -> list[dict]:
    return claims_of_source(*pair)


def claims_frame(sources: Iterable[load.Source], manifest_rows: dict[str, dict[str, str]],
                 jobs: int | None = None) -> pd.DataFrame:
    """The claims table of loaded sources (``claims_of_source`` for each, in order), in
    ``jobs`` worker processes (default: all cores; the rows are the same whatever the number).

    >>> claims_frame([load.load_text("a", "NATO said 700 troops arrived.")], {})["measure"].tolist()
    ['troops_present']
    """
    import pandas as pd

    pairs = [(src, manifest_rows.get(src.article)) for src in sources if src.ok]
    jobs = min(jobs or os.cpu_count() or 1, max(1, len(pairs) // 50))  # small folders: no pool
    if jobs > 1:
        with worker_context().Pool(jobs) as pool:
            per_source = pool.map(_claims_of_pair, pairs, chunksize=32)
    else:
        per_source = [_claims_of_pair(p) for p in pairs]
    rows = [row for found in per_source for row in found]
    frame = pd.DataFrame(rows, columns=extract.CLAIM_COLUMNS + extract.EXTRA_COLUMNS)
    for col in ("claimant_start", "claimant_end"):
        frame[col] = frame[col].astype("Int64")
    return frame.sort_values(["article", "start"], kind="stable").reset_index(drop=True)


def claims_of_folder(folder: str | Path, manifest: str | Path | None = None) -> pd.DataFrame:
    """The whole claims table of a raw folder (with its manifest), in memory.

    >>> claims_of_folder("data/raw")[["measure", "as_of"]].iloc[0].tolist()
    ['troops_expected', '2024-10-19']
    """
    collection = load.load_folder(folder, manifest)
    return claims_frame(collection.sources,
                        {r["article"]: r for r in collection.manifest.to_dict("records")})


def extract_stage(collection: load.Collection, out_dir: str | Path) -> pd.DataFrame:
    """Stage 2: the claims table of every loaded source; writes ``claims.csv``.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     len(extract_stage(load.load_folder("data/raw"), d)), (Path(d) / "claims.csv").exists()
    (13, True)
    """
    manifest = {r["article"]: r for r in collection.manifest.to_dict("records")}
    claims = claims_frame(collection.sources, manifest)
    write_claims_table(claims, out_dir)
    return claims


def write_claims_table(claims: pd.DataFrame, out_dir: str | Path) -> Path:
    """Check every claim against the contract (``contract.check_claim``), then write
    ``claims.csv`` to ``out_dir``; returns its path.

    >>> import pandas as pd, tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     write_claims_table(pd.DataFrame(columns=extract.CLAIM_COLUMNS), d).name
    'claims.csv'
    """
    for row in claims.to_dict("records"):
        contract.check_claim(row)
    target = paths.resolve(out_dir) / "claims.csv"
    write_csv(claims, target)
    return target


def claims_of_file(path: Path, title: str = "",
                   manifest_row: dict[str, str] | None = None) -> tuple[list[dict], str | None]:
    """The claims of one file, or the reason it could not be read. ``title``: its headline
    from the sources manifest, if any; ``manifest_row``: the manifest's whole row.

    >>> claims_of_file(Path("no/such.txt"))
    ([], 'no/such.txt: no such file or folder')
    """
    if not path.exists() and not path.is_symlink():
        return [], f"{path}: no such file or folder"
    src = load.load_file(path, title or (manifest_row or {}).get("title", ""))
    if not src.ok:
        return [], f"{path}: {src.reason}"
    return claims_of_source(src, manifest_row), None


def _with_manifest_rows(items: Iterable[str | Path], problems: list[str]) -> Iterator[tuple[Path, dict[str, str]]]:
    """Each file named, or of a folder named, with its row of the sources manifest of its
    folder (the rule of ``load.load_folder``); a manifest that cannot be read is a problem, its
    files still run; a folder's manifest row that no file of it holds is a problem, as in
    ``load.load_folder`` (a file named alone checks no other row)."""
    rows_by_manifest: dict[Path, dict[str, dict[str, str]]] = {}

    def rows_of(folder: Path) -> dict[str, dict[str, str]]:
        manifest = load.manifest_path(folder)
        if manifest not in rows_by_manifest:
            try:
                rows_by_manifest[manifest] = {r["article"]: r for r in load.read_manifest_rows(manifest)}
            except load.ManifestError as e:
                problems.append(f"{e.path}: {e.reason}")
                rows_by_manifest[manifest] = {}
        return rows_by_manifest[manifest]

    for item in items:
        folder = Path(item)
        if not folder.is_dir():
            yield folder, rows_of(folder.parent).get(folder.stem, {})
            continue
        have = set()
        rows = rows_of(folder)  # once a folder, not a look for its manifest (two stats) a file
        for path in load.iter_source_files(folder):
            have.add(path.stem)
            yield path, rows.get(path.stem, {})
        problems.extend(load.missing_files(folder, rows, have))


#: What ``iter_items`` gives: a file with its manifest row, an archive row, a bad row.
WorkItem = tuple[Path, dict[str, str]] | archive.ArchiveRow | archive.BadRow


def iter_items(items: Iterable[str | Path], problems: list[str]) -> Iterator[WorkItem]:
    """The articles named on a command line, in order: a file or a folder's files (each with
    its row of the sources manifest), and each row of a JSONL or Parquet archive
    (``archive.iter_archive``; a bad row is an item too, so it is reported in its place).

    >>> [item[0].name for item in iter_items(["data/raw"], [])]
    ['000_4fd664b2c8154858.txt', '001_5320b9cdabafa139.txt']
    """
    ids = archive.ArticleIds()
    plain: list[str | Path] = []
    for item in items:
        if archive.archive_kind(Path(item)) is None:
            plain.append(item)
            continue
        yield from _with_manifest_rows(plain, problems)
        plain = []
        yield from archive.iter_archive(item, ids=ids)
    yield from _with_manifest_rows(plain, problems)


def claims_of_item(item: WorkItem) -> tuple[list[dict], str | None]:
    """The claims of one article (a file or an archive row), or the reason it has none: the
    per-article work of every engine (one process, ``--jobs N``, Dask).

    >>> rows, problem = claims_of_item((Path("data/raw/001_5320b9cdabafa139.txt"), {"published": "2024-10"}))
    >>> len(rows), problem
    (6, None)
    """
    if isinstance(item, archive.BadRow):
        return [], str(item)
    if isinstance(item, archive.ArchiveRow):
        return claims_of_source(archive.source_of_row(item), item.facts), None
    path, manifest_row = item
    return claims_of_file(path, manifest_row=manifest_row)


#: The cyclic garbage collector's young-generation threshold while claims are extracted
#: (Python's default is 700).
EXTRACTION_GC_THRESHOLD = 100_000


@contextlib.contextmanager
def settled_collector() -> Iterator[None]:
    """Extraction with Python's cyclic garbage collector kept out of the way, as before after.

    Extraction makes millions of short-lived objects (match objects, tuples) and hardly any
    cycles, while its vocabularies, patterns and caches live for the whole run; every full
    collection walked all of those again. So they are loaded first (one sentence extracted),
    moved out of the collector's sight (``gc.freeze``), and the young generation is collected
    less often (``EXTRACTION_GC_THRESHOLD``): the same rows for about 2 % less CPU, measured
    on the 2,000-article comparison corpus (README, "Extraction").

    >>> before = gc.get_threshold()
    >>> with settled_collector():
    ...     gc.get_threshold()[0]
    100000
    >>> gc.get_threshold() == before
    True
    """
    threshold = gc.get_threshold()
    extract.extract_source(load.load_text("warm-up", "About 3,000 troops arrived, the NIS said."))
    gc.freeze()
    gc.set_threshold(EXTRACTION_GC_THRESHOLD, *threshold[1:])
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        gc.unfreeze()


def iter_claims(items: Iterable[str | Path], problems: list[str], jobs: int = 1,
                progress: bool = False) -> Iterator[dict]:
    """Claims of files and folders, in path order, one file at a time: memory does not grow
    with the number of files, and with ``jobs > 1`` files are read in worker processes
    (results still come back in order). Unreadable files are added to ``problems``.

    >>> sum(1 for _ in iter_claims(["data/raw"], []))
    13
    """
    files = iter_items(items, problems)
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(unit="file", file=sys.stderr, dynamic_ncols=True)
    pool = None
    with settled_collector():  # entered before the pool: forked workers inherit it
        try:
            if jobs > 1:
                pool = worker_context().Pool(jobs)
                results = pool.imap(claims_of_item, files, chunksize=16)
            else:
                results = map(claims_of_item, files)
            for rows, problem in results:
                if problem:
                    problems.append(problem)
                if bar is not None:
                    bar.update()
                yield from rows
        finally:
            if pool is not None:
                pool.terminate()
            if bar is not None:
                bar.close()


def write_claims(rows: Iterable[dict], out: TextIO, fmt: str = "csv") -> int:
    """Stream claims to ``out`` as CSV (with header) or a JSON array, each checked against the
    contract first (``contract.checked``); returns the row count.

    >>> write_claims([], io.StringIO(), "json")
    0
    """
    columns = extract.CLAIM_COLUMNS + extract.EXTRA_COLUMNS
    rows = contract.checked(rows)
    count = 0
    if fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            # text that needs no quote mark and whole numbers as they are; the rest through _cell
            writer.writerow([v if (t := type(v)) is int or (t is str and not v.startswith(FORMULA_START))
                             else _cell(v) for v in map(row.get, columns)])
            count += 1
        return count
    out.write("[")
    for row in rows:
        out.write(",\n" if count else "\n")
        out.write(json.dumps({c: row.get(c) for c in columns}, ensure_ascii=False))
        count += 1
    out.write("\n]\n" if count else "]\n")
    return count


def claims_csv_text(frame: pd.DataFrame) -> str:
    """A claims table as the CSV text ``write_csv`` gives (for display and comparisons).

    >>> import pandas as pd
    >>> claims_csv_text(pd.DataFrame({"claimant": ["=X"]}))
    "claimant\\n'=X\\n"
    """
    buf = io.StringIO()
    write_csv(frame, buf)
    return buf.getvalue()


def claims_from_sentences(sentences_csv: str | Path, claims_dataset: str | Path = "",
                          jobs: int | None = None) -> pd.DataFrame:
    """Stage 2 from notebook 01's ``sentences.csv`` (and the ``articles.csv`` beside it, whose
    facts give each article's publication date): the claims table, with ``measure`` and
    ``as_of``, extracted in ``jobs`` worker processes (``claims_frame``: default all cores). With ``claims_dataset`` (a claims Parquet dataset that ``claimtable extract
    --format parquet`` wrote for the same articles, on Dask for an archive), its claims are
    taken instead of extracting again.

    >>> claims_from_sentences("data/processed/sentences.csv")[["measure", "as_of"]].iloc[0].tolist()
    ['troops_expected', '2024-10-19']
    """
    if str(claims_dataset or ""):
        from claimtable import dataset

        frame = dataset.claims_frame(paths.resolve(claims_dataset))
        return frame[[*extract.CLAIM_COLUMNS, *extract.EXTRA_COLUMNS]].reset_index(drop=True)
    sentences = read_table(sentences_csv)
    articles_csv = paths.resolve(sentences_csv).with_name("articles.csv")
    facts = read_table(articles_csv).to_dict("records") if articles_csv.exists() else []
    # the facts notebook 01 settled (manifest, byline, page) stand as the manifest here
    return claims_frame(extract.sources_from_sentences(sentences),
                        {str(r["article"]): {k: str(v) for k, v in r.items()} for r in facts}, jobs)


def extract_from_table(sentences_csv: str | Path, out_dir: str | Path) -> pd.DataFrame:
    """Stage 2 in one call: ``claims_from_sentences``, checked and written to ``out_dir``.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     len(extract_from_table("data/processed/sentences.csv", d))
    13
    """
    claims = claims_from_sentences(sentences_csv)
    write_claims_table(claims, out_dir)
    return claims


def with_labels(claims: pd.DataFrame, articles: pd.DataFrame | None) -> pd.DataFrame:
    """Claims with their article's label (the id where the sources table has none).

    >>> import pandas as pd
    >>> with_labels(pd.DataFrame({"article": ["a", "b"]}),
    ...             pd.DataFrame({"article": ["a"], "label": ["AP · 2024-10-23"]}))["label"].tolist()
    ['AP · 2024-10-23', 'b']
    """
    labels = dict(zip(articles["article"], articles["label"], strict=True)) if articles is not None else {}
    return claims.assign(label=[labels.get(a) or a for a in claims["article"]])


def compare_stage(claims: str | Path, out_dir: str | Path,
                  ledger_csv: str | Path | None = "default", engine: str = "pandas") -> dict:
    """Stage 3 in one call: ``compare_tables`` written to ``out_dir`` (``write_tables``).

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     sorted(compare_stage("data/processed/claims.csv", d, ""))
    ['agreement', 'comparison', 'derived_checks', 'estimates', 'relays']
    """
    tables = compare_tables(claims, ledger_csv, engine)
    write_tables(tables, out_dir)
    if "ledger_problems" not in tables:  # no ledger this run: an earlier run's problems are not this one's
        (paths.resolve(out_dir) / "ledger_problems.csv").unlink(missing_ok=True)
    return tables


def write_tables(tables: dict, out_dir: str | Path) -> list[Path]:
    """Write each table as ``<name>.csv`` in ``out_dir``; returns the files written. A table
    the DuckDB engine keeps out of memory (``compare_duckdb.RowsTable``) is streamed.

    >>> import pandas as pd, tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     [p.name for p in write_tables({"t": pd.DataFrame({"a": [1]})}, d)]
    ['t.csv']
    """
    out = paths.resolve(out_dir)
    written = []
    for name, frame in tables.items():
        if type(frame).__name__ == "RowsTable":  # compare_duckdb's, streamed
            frame.write_csv(out / f"{name}.csv")
        else:
            write_csv(frame, out / f"{name}.csv")
        written.append(out / f"{name}.csv")
    return written


#: The comparison stage's engines: pandas (the claims in memory) and DuckDB (aggregates only).
ENGINES = ("pandas", "duckdb")


def compare_tables(claims: str | Path, ledger_csv: str | Path | None = "default",
                   engine: str = "pandas") -> dict:
    """Stage 3: from ``claims.csv`` or a claims Parquet dataset folder (``claimtable extract
    --format parquet --output DIR``), with ``articles.csv`` beside it for labels and dates:
    figure groups (``comparison``, a row per claim; ``agreement``, a row per group), derived
    checks, estimates with their relays, and each estimate checked against the hand-coded
    ledger (``ledger_csv``: ``"default"`` for the shipped one, ``""`` for none), whose rows
    join the estimates as ``hand-coded``; ledger rows that cannot be used are listed in
    ``ledger_problems`` (and on stderr).

    ``engine="pandas"`` reads the claims into one table; ``engine="duckdb"`` reads them with
    DuckDB and holds only aggregates (``compare_duckdb``): its ``comparison`` and ``relays``
    are streamed when written. Both write the same bytes (``write_tables``).

    >>> tables = compare_tables("data/processed/claims.csv", "", engine="duckdb")
    >>> tables["estimates"].equals(compare_tables("data/processed/claims.csv", "")["estimates"])
    True
    """
    if engine not in ENGINES:
        raise ValueError(f"engine {engine!r} is not one of {', '.join(ENGINES)}")
    claims_path = paths.resolve(claims)
    if not claims_path.exists():
        raise FileNotFoundError(f"{claims_path}: no such claims table or dataset")
    articles_path = claims_path.with_name("articles.csv")
    articles = read_table(articles_path) if articles_path.exists() else None
    if engine == "duckdb":
        from claimtable import compare_duckdb

        tables = compare_duckdb.compare_tables(claims_path, articles, ledger_csv)
    else:
        tables = _compare_in_memory(_claims_in_order(claims_path), articles, ledger_csv,
                                    claims_path.with_name("sentences.csv"))
    if "ledger_problems" in tables:
        load.report_problems(list(tables["ledger_problems"]["problem"]))
    return tables


def _claims_in_order(claims_path: Path) -> pd.DataFrame:
    """The claims of ``claims.csv`` or a claims Parquet dataset folder, in (article, start) order."""
    if claims_path.is_dir():
        from claimtable import dataset

        frame = dataset.claims_frame(claims_path)
    else:
        frame = read_table(claims_path)
    return frame.sort_values(["article", "start"], kind="stable").reset_index(drop=True)


def _compare_in_memory(frame: pd.DataFrame, articles: pd.DataFrame | None,
                       ledger_csv: str | Path | None, sentences_csv: Path | None = None) -> dict:
    """The comparison stage's tables on the pandas engine (``compare_tables``)."""
    import pandas as pd

    from claimtable import compare, estimates, ledger

    claims_table = with_labels(frame, articles)
    copies = estimates.wire_copies(sentences_csv)
    groups = compare.figure_groups(claims_table, copies, compare.latest_years(sentences_csv))
    found = estimates.build(claims_table, articles, copies)
    coded = ledger.load(ledger_csv)
    tables = {
        "comparison": groups[compare.COMPARISON_COLUMNS],
        "agreement": compare.agreement_matrix(groups),
        "derived_checks": compare.derived_checks(claims_table),
        "estimates": ledger.combine(found.estimates, coded),
        "relays": found.relays,
    }
    if coded is not None:
        tables["ledger_problems"] = pd.DataFrame({"problem": coded.problems}, columns=["problem"])
    return tables


def changed_relays(relays) -> pd.DataFrame:
    """The relays that changed what their claimant said (``differs`` not empty), without the
    article id, as a table, or for the DuckDB engine's relays, a ``RowsTable`` of them.

    >>> import pandas as pd
    >>> changed_relays(pd.DataFrame({"article": ["a", "b"], "differs": ["", "hedge"]})).to_dict("records")
    [{'differs': 'hedge'}]
    """
    if type(relays).__name__ == "RowsTable":  # compare_duckdb's
        kept = relays.where("differs <> ''")
        return kept[[c for c in kept.columns if c != "article"]]
    return relays.loc[relays["differs"] != "", relays.columns != "article"]


def claims_columns(claims: str | Path, columns: list[str]) -> pd.DataFrame:
    """Some columns of ``claims.csv`` or of a claims Parquet dataset folder, as text (for
    counts a report states; the whole table is never read).

    >>> claims_columns("data/processed/claims.csv", ["claimant"]).columns.tolist()
    ['claimant']
    """
    import pandas as pd

    path = paths.resolve(claims)
    if path.is_dir():
        from claimtable import dataset

        frame = dataset.read_claims(path, columns=columns)
        return frame.astype(object).where(frame.notna(), "").astype(str)
    return pd.read_csv(path, usecols=columns, dtype=str, keep_default_na=False)[columns]


def charts_stage(processed_dir: str | Path, figures_dir: str | Path) -> dict[str, list[Path]]:
    """Stage 4: the places table (``places.csv``) and the five charts in ``figures_dir``,
    drawn from the estimates (extracted and hand-coded), the derived checks and the places;

    It draws five charts (notebook 04 and ``tests/test_notebooks.py`` run it):
    returns each chart's written files (SVG, PNG) by name.

    >>> sorted(charts_stage("data/processed", "figures"))  # doctest: +SKIP
    ['agreement', 'estimates_over_time', 'munitions', 'places_map', 'who_says_what']
    """
    from claimtable import charts, places

    processed = paths.resolve(processed_dir)
    sentences = read_table(processed / "sentences.csv")
    place_rows = places.places_table(sentences)
    write_csv(place_rows, processed / "places.csv")
    return charts.all_charts(
        estimates=read_table(processed / "estimates.csv"),
        checks=read_table(processed / "derived_checks.csv"),
        places=places.place_summary(place_rows, read_table(processed / "claims.csv")),
        out_dir=paths.resolve(figures_dir),
        articles=read_table(processed / "articles.csv"),
    )
