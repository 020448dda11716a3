"""String the stages together and write their tables, the same bytes for the same input.

>>> import io
>>> import pandas as pd
>>> buf = io.StringIO()
>>> write_csv(pd.DataFrame({"a": [1500, 2.5], "b": ["x", "=cmd"]}), buf)
>>> buf.getvalue()
"a,b\\n1500,x\\n2.5,'=cmd\\n"
"""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from claimtable import archive, extract, load, paths
from claimtable.numbers import as_number

if TYPE_CHECKING:  # pandas is imported where a table is built: `claimtable extract` never needs it
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
    if _missing(value):
        return ""
    if isinstance(value, float):
        return as_number(value)
    return neutralise(value)


def write_csv(frame: pd.DataFrame, target: str | os.PathLike[str] | TextIO) -> None:
    """Write a table as CSV: ``\\n`` line ends, integral numbers without ``.0``, empty cells
    for missing values, formula-like text neutralised."""
    if isinstance(target, (str, os.PathLike)):
        Path(target).parent.mkdir(parents=True, exist_ok=True)
        with open(target, "w", encoding="utf-8", newline="") as f:
            write_csv(frame, f)
        return
    writer = csv.writer(target, lineterminator="\n")
    writer.writerow(frame.columns)
    for row in frame.itertuples(index=False):
        writer.writerow([_cell(v) for v in row])


#: Columns of the workbook's tables that hold numbers (empty cells become missing values).
NUMERIC_COLUMNS = frozenset({
    "value_low", "value_high", "start", "end", "paragraph", "sentence_no", "claimant_start",
    "claimant_end", "repeat_of", "words", "paragraphs", "repeated_paragraphs", "sentences",
    "group", "articles", "value", "latitude", "longitude",
})


def read_table(path: str | os.PathLike[str]) -> pd.DataFrame:
    """Read a table written by ``write_csv``: text columns as strings ("" when empty, never
    NaN), number columns as numbers. ``sentence`` is a number in ``sentences.csv`` and the
    sentence's text in ``claims.csv``."""
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


def load_stage(raw_dir: str | Path, out_dir: str | Path, manifest: str | Path | None = None) -> load.Collection:
    """Stage 1: load the raw folder (or a JSONL or Parquet archive, ``archive.load_archive``);
    write ``articles.csv`` and ``sentences.csv``."""
    if archive.archive_kind(paths.resolve(raw_dir)):
        collection = archive.load_archive(paths.resolve(raw_dir))
    else:
        collection = load.load_folder(raw_dir, manifest)
    out = paths.resolve(out_dir)
    write_csv(collection.articles(), out / "articles.csv")
    write_csv(collection.sentences(), out / "sentences.csv")
    load.report_problems(collection.problems)
    return collection


def extract_stage(collection: load.Collection, out_dir: str | Path) -> pd.DataFrame:
    """Stage 2: the claims table of every loaded source; writes ``claims.csv``."""
    claims = extract.claims_table(collection.sources)
    write_csv(claims, paths.resolve(out_dir) / "claims.csv")
    return claims


def claims_of_file(path: Path, title: str = "") -> tuple[list[dict], str | None]:
    """The claims of one file, or the reason it could not be read. ``title``: its headline
    from the sources manifest, if any."""
    if not path.exists() and not path.is_symlink():
        return [], f"{path}: no such file or folder"
    src = load.load_file(path, title)
    if not src.ok:
        return [], f"{path}: {src.reason}"
    return extract.extract_source(src), None


def _with_manifest_titles(files: Iterable[Path], problems: list[str]) -> Iterator[tuple[Path, str]]:
    """Each file with its headline from the sources manifest beside its folder (the rule of
    ``load.load_folder``); a manifest that cannot be read is a problem, its files still run."""
    titles_by_manifest: dict[Path, dict[str, str]] = {}
    for path in files:
        manifest = load.manifest_path(path.parent)
        if manifest not in titles_by_manifest:
            try:
                titles_by_manifest[manifest] = load.manifest_titles(load.read_manifest_rows(manifest))
            except load.ManifestError as e:
                problems.append(f"{e.path}: {e.reason}")
                titles_by_manifest[manifest] = {}
        yield path, titles_by_manifest[manifest].get(path.stem, "")


#: What ``iter_items`` gives: a file with its manifest headline, an archive row, a bad row.
WorkItem = tuple[Path, str] | archive.ArchiveRow | archive.BadRow


def iter_items(items: Iterable[str | Path], problems: list[str]) -> Iterator[WorkItem]:
    """The articles named on a command line, in order: a file or a folder's files (each with
    its headline from the sources manifest), and each row of a JSONL or Parquet archive
    (``archive.iter_archive``; a bad row is an item too, so it is reported in its place)."""
    ids = archive.ArticleIds()
    plain: list[str | Path] = []
    for item in items:
        if archive.archive_kind(Path(item)) is None:
            plain.append(item)
            continue
        yield from _with_manifest_titles(load.expand_paths(plain), problems)
        plain = []
        yield from archive.iter_archive(item, ids=ids)
    yield from _with_manifest_titles(load.expand_paths(plain), problems)


def claims_of_item(item: WorkItem) -> tuple[list[dict], str | None]:
    """The claims of one article (a file or an archive row), or the reason it has none: the
    per-article work of every engine (one process, ``--jobs N``, Dask)."""
    if isinstance(item, archive.BadRow):
        return [], str(item)
    if isinstance(item, archive.ArchiveRow):
        return extract.extract_source(archive.source_of_row(item)), None
    return claims_of_file(*item)


def iter_claims(items: Iterable[str | Path], problems: list[str], jobs: int = 1,
                progress: bool = False) -> Iterator[dict]:
    """Claims of files and folders, in path order, one file at a time: memory does not grow
    with the number of files, and with ``jobs > 1`` files are read in worker processes
    (results still come back in order). Unreadable files are added to ``problems``."""
    files = iter_items(items, problems)
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(unit="file", file=sys.stderr, dynamic_ncols=True)
    pool = None
    try:
        if jobs > 1:
            import multiprocessing

            pool = multiprocessing.get_context("fork").Pool(jobs)
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
    """Stream claims to ``out`` as CSV (with header) or a JSON array; returns the row count."""
    columns = extract.CLAIM_COLUMNS + extract.EXTRA_COLUMNS
    count = 0
    if fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_cell(row.get(c)) for c in columns])
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
    """A claims table as the CSV text ``write_csv`` gives (for display and comparisons)."""
    buf = io.StringIO()
    write_csv(frame, buf)
    return buf.getvalue()


def extract_from_table(sentences_csv: str | Path, out_dir: str | Path) -> pd.DataFrame:
    """Stage 2 from notebook 01's ``sentences.csv``: write and return ``claims.csv``."""
    sentences = read_table(sentences_csv)
    claims = extract.claims_table(extract.sources_from_sentences(sentences))
    write_csv(claims, paths.resolve(out_dir) / "claims.csv")
    return claims


def compare_stage(claims_csv: str | Path, out_dir: str | Path) -> dict[str, pd.DataFrame]:
    """Stage 3: figure groups, agreement matrix and derived checks from ``claims.csv``;
    writes ``comparison.csv``, ``agreement.csv`` and ``derived_checks.csv``."""
    from claimtable import compare

    claims = read_table(claims_csv)
    groups = compare.figure_groups(claims)
    tables = {
        "comparison": groups,
        "agreement": compare.agreement_matrix(groups),
        "derived_checks": compare.derived_checks(claims),
    }
    out = paths.resolve(out_dir)
    for name, frame in tables.items():
        write_csv(frame, out / f"{name}.csv")
    return tables


def charts_stage(processed_dir: str | Path, figures_dir: str | Path) -> dict[str, Path]:
    """Stage 4: the places table (``places.csv``) and the four charts in ``figures_dir``."""
    from claimtable import charts, places

    processed = paths.resolve(processed_dir)
    sentences = read_table(processed / "sentences.csv")
    place_rows = places.places_table(sentences)
    write_csv(place_rows, processed / "places.csv")
    return charts.all_charts(
        claims=read_table(processed / "claims.csv"),
        groups=read_table(processed / "comparison.csv"),
        matrix=read_table(processed / "agreement.csv"),
        checks=read_table(processed / "derived_checks.csv"),
        places=place_rows,
        articles=read_table(processed / "articles.csv"),
        out_dir=paths.resolve(figures_dir),
    )
