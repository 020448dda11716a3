"""The claims table as a Parquet dataset: typed columns, one folder per category.

``claimtable extract … --format parquet --output DIR`` writes ``DIR/category=<category>/
part-<n>.parquet`` (Hive partitioning) and ``DIR/_common_metadata`` (the schema, so an empty
result is still a readable dataset). The columns are the claims table's
(``extract.CLAIM_COLUMNS + extract.EXTRA_COLUMNS``, read when the dataset is written, so new
columns flow through), with numbers as numbers: ``value_low``/``value_high`` float64, offsets
and counters int64 (missing = null), everything else text. A later stage reads only the
columns and categories it needs (``read_claims``, ``count_claims``) and never the whole table.

>>> import tempfile
>>> rows = [{"article": "a", "value_low": 1500, "value_high": 1500, "category": "troops",
...          "start": 10, "end": 15, "claimant_start": None},
...         {"article": "b", "value_low": 2.5, "value_high": 3, "category": "munitions",
...          "start": 4, "end": 7}]
>>> with tempfile.TemporaryDirectory() as folder:
...     n = write_claims_dataset(rows, folder)
...     parts = sorted(p.parent.name for p in Path(folder).rglob("*.parquet"))
...     troops = read_claims(folder, columns=["article", "value_low"], categories=["troops"])
>>> n, parts
(2, ['category=munitions', 'category=troops'])
>>> troops.to_dict("records")
[{'article': 'a', 'value_low': 1500.0}]
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from claimtable import extract

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

#: Columns written as 64-bit integers and as floats; every other column is text.
INTEGER_COLUMNS = frozenset({
    "start", "end", "paragraph", "sentence_no", "claimant_start", "claimant_end", "part_of",
})
FLOAT_COLUMNS = frozenset({"value_low", "value_high"})
#: The column whose values name the dataset's folders.
PARTITION = "category"
#: Rows gathered before they are written (memory stays flat whatever the archive's size).
BATCH_ROWS = 20_000
MAX_ROWS_PER_FILE = 2_000_000
SCHEMA_FILE = "_common_metadata"


def claim_columns() -> list[str]:
    """The claims table's columns, in order, as the extractor defines them now.

    >>> claim_columns()[:3]
    ['article', 'value_low', 'value_high']
    """
    return extract.CLAIM_COLUMNS + extract.EXTRA_COLUMNS


def claims_schema(columns: Sequence[str] | None = None) -> pa.Schema:
    """The Arrow schema of the claims table.

    >>> claims_schema(["article", "value_low", "start"]).types
    [DataType(string), DataType(double), DataType(int64)]
    """
    import pyarrow as pa

    def kind(name: str) -> pa.DataType:
        if name in INTEGER_COLUMNS:
            return pa.int64()
        if name in FLOAT_COLUMNS:
            return pa.float64()
        return pa.string()

    return pa.schema([pa.field(c, kind(c)) for c in (columns or claim_columns())])


def _typed(value: object, name: str) -> object:
    """A row's value as its column's type; ``""`` or NaN in a number column is missing."""
    if value is None or value == "" or (isinstance(value, float) and value != value):
        return None if (name in INTEGER_COLUMNS or name in FLOAT_COLUMNS or value is None) else value
    if name in INTEGER_COLUMNS:
        return int(value)  # type: ignore[call-overload]
    if name in FLOAT_COLUMNS:
        return float(value)  # type: ignore[arg-type]
    return value if isinstance(value, str) else str(value)


def _batches(rows: Iterable[dict], schema: pa.Schema) -> Iterator[pa.RecordBatch]:
    import pyarrow as pa

    names = schema.names
    chunk: list[dict] = []

    def batch() -> pa.RecordBatch:
        return pa.RecordBatch.from_arrays(
            [pa.array([_typed(r.get(c), c) for r in chunk], type=schema.field(c).type)
             for c in names], schema=schema)

    for row in rows:
        chunk.append(row)
        if len(chunk) >= BATCH_ROWS:
            yield batch()
            chunk = []
    if chunk:
        yield batch()


def _prepare(out: Path) -> None:
    """An output folder: new, empty, or a claims dataset written before (replaced). Anything
    else is refused, so that a typo never deletes a user's files."""
    if out.exists() and not out.is_dir():
        raise FileExistsError(f"{out}: exists and is not a folder")
    if out.is_dir() and any(out.iterdir()):
        if not (out / SCHEMA_FILE).is_file():
            raise FileExistsError(f"{out}: folder is not empty and is not a claims dataset; "
                                  "give a new or empty folder")
        for entry in out.iterdir():
            if entry.is_dir() and entry.name.startswith(f"{PARTITION}="):
                shutil.rmtree(entry)
            elif entry.name == SCHEMA_FILE:
                entry.unlink()
    out.mkdir(parents=True, exist_ok=True)


def write_claims_dataset(rows: Iterable[dict], out_dir: str | os.PathLike[str],
                         columns: Sequence[str] | None = None) -> int:
    """Write claims (dicts with the claims table's keys) as a Parquet dataset partitioned by
    category, in the order given; returns the number of rows. The same rows give the same
    files. ``FileExistsError`` when ``out_dir`` holds something else than a claims dataset.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     write_claims_dataset([{"article": "a", "category": "troops"}], d)
    1
    """
    import pyarrow.dataset as ds
    import pyarrow.parquet as pq

    out = Path(out_dir)
    schema = claims_schema(columns)
    _prepare(out)
    count = 0

    def counted() -> Iterator[dict]:
        nonlocal count
        for row in rows:
            count += 1
            yield row

    ds.write_dataset(
        _batches(counted(), schema), out, schema=schema, format="parquet",
        partitioning=[PARTITION], partitioning_flavor="hive",
        basename_template="part-{i}.parquet", use_threads=False,
        existing_data_behavior="overwrite_or_ignore",
        max_rows_per_file=MAX_ROWS_PER_FILE, max_rows_per_group=BATCH_ROWS,
        min_rows_per_group=min(BATCH_ROWS, 1024),
    )
    pq.write_metadata(schema, out / SCHEMA_FILE)
    return count


def open_claims(path: str | os.PathLike[str]):
    """The dataset of a claims folder (a ``pyarrow.dataset.Dataset``), with its schema.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     _ = write_claims_dataset([{"article": "a", "category": "troops"}], d)
    ...     open_claims(d).count_rows()
    1
    """
    import pyarrow.dataset as ds
    import pyarrow.parquet as pq

    folder = Path(path)
    if not folder.is_dir():
        raise FileNotFoundError(f"{folder}: no such claims dataset (a folder)")
    schema = (pq.read_schema(folder / SCHEMA_FILE) if (folder / SCHEMA_FILE).is_file()
              else None)
    return ds.dataset(folder, format="parquet", partitioning="hive", schema=schema)


def _filter(categories: Iterable[str] | None):
    import pyarrow.dataset as ds

    return None if categories is None else ds.field(PARTITION).isin(list(categories))


def read_claims(path: str | os.PathLike[str], columns: Sequence[str] | None = None,
                categories: Iterable[str] | None = None) -> pd.DataFrame:
    """Claims of a dataset as a table: only ``columns`` (default all) of the ``categories``
    (default all; other categories' folders are not opened), in the order they were written
    within a category. Integer columns with gaps come back as pandas' ``Int64``.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     _ = write_claims_dataset([{"article": "a", "category": "troops"}], d)
    ...     read_claims(d, columns=["article"]).columns.tolist()
    ['article']
    """
    import pandas as pd
    import pyarrow as pa

    table = open_claims(path).to_table(columns=list(columns) if columns else None,
                                       filter=_filter(categories))
    return table.to_pandas(types_mapper={pa.int64(): pd.Int64Dtype()}.get)


#: How ``aggregate`` combines the partial results of two batches, per aggregation.
COMBINE = {"count": "sum", "sum": "sum", "min": "min", "max": "max"}


def aggregate(path: str | os.PathLike[str], by: Sequence[str],
              values: dict[str, Sequence[str]] | None = None,
              categories: Iterable[str] | None = None) -> pd.DataFrame:
    """Grouped aggregates of a claims dataset, computed batch by batch: only the ``by`` and
    ``values`` columns are read (and only the ``categories`` folders, default all), and only
    one row per group is held, so a dataset of any size is summarised in the memory of its
    groups. ``values`` maps a column to aggregations among ``count`` (values present), ``sum``,
    ``min``, ``max``; the result has a ``claims`` column (rows per group) and one
    ``<column>_<aggregation>`` column each, sorted by ``by``.

    >>> import tempfile
    >>> rows = [{"article": "x", "category": "troops", "value_low": 1500},
    ...         {"article": "y", "category": "troops", "value_low": 12000},
    ...         {"article": "y", "category": "munitions", "value_low": 8e6}]
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     _ = write_claims_dataset(rows, folder)
    ...     table = aggregate(folder, ["category"], {"value_low": ["min", "max"]})
    >>> print(table.to_string(index=False))
     category  claims  value_low_min  value_low_max
    munitions       1      8000000.0      8000000.0
       troops       2         1500.0        12000.0
    """
    import pandas as pd
    import pyarrow as pa

    by = list(by)
    wanted = _Aggregations.of(values or {})
    columns = list(dict.fromkeys(by + list(values or {})))
    totals: dict[tuple, list] = {}
    scanner = open_claims(path).scanner(columns=columns, filter=_filter(categories))
    for batch in scanner.to_batches():
        if batch.num_rows:
            wanted.merge(totals, pa.Table.from_batches([batch]).group_by(by).aggregate(wanted.specs), by)
    frame = pd.DataFrame([(*k, *v) for k, v in totals.items()], columns=[*by, *wanted.names])
    return frame.sort_values(by, kind="stable").reset_index(drop=True)


@dataclass(frozen=True)
class _Aggregations:
    """What ``aggregate`` computes: Arrow's aggregation specs (the row count first), the
    result's column names and how two batches' partial results combine (``COMBINE``).

    >>> _Aggregations.of({"value_low": ["min"]}).names
    ['claims', 'value_low_min']
    >>> _Aggregations.of({"value_low": ["mean"]})
    Traceback (most recent call last):
    ...
    ValueError: unknown aggregation ['mean'] for value_low: use ['count', 'max', 'min', 'sum']
    """

    specs: list[tuple]
    names: list[str]
    combine: list[str]

    @classmethod
    def of(cls, values: dict[str, Sequence[str]]) -> _Aggregations:
        """The aggregations of ``values`` (a column -> aggregations); an unknown one is an error."""
        values = {col: list(aggs) for col, aggs in values.items()}
        for col, aggs in values.items():
            unknown = set(aggs) - set(COMBINE)
            if unknown:
                raise ValueError(f"unknown aggregation {sorted(unknown)} for {col}: "
                                 f"use {sorted(COMBINE)}")
        pairs = [(col, agg) for col, aggs in values.items() for agg in aggs]
        return cls([([], "count_all"), *pairs], ["claims"] + [f"{col}_{agg}" for col, agg in pairs],
                   ["sum"] + [COMBINE[agg] for _col, agg in pairs])

    def merge(self, totals: dict[tuple, list], part, by: list[str]) -> None:
        """Fold one batch's grouped results (an Arrow table) into ``totals`` (group -> values)."""
        results = [part.column("count_all").to_pylist()] + [
            part.column(f"{col}_{agg}").to_pylist() for col, agg in self.specs[1:]]
        keys = zip(*(part.column(c).to_pylist() for c in by), strict=True)
        for i, key in enumerate(keys):
            new = [r[i] for r in results]
            old = totals.get(key)
            totals[key] = new if old is None else [_combine(how, a, b) for how, a, b in
                                                   zip(self.combine, old, new, strict=True)]


def _combine(how: str, a: object, b: object) -> object:
    if a is None:
        return b
    if b is None:
        return a
    if how == "sum":
        return a + b  # type: ignore[operator]
    return min(a, b) if how == "min" else max(a, b)  # type: ignore[type-var]


def count_claims(path: str | os.PathLike[str], by: Sequence[str] = ("article", "category"),
                 categories: Iterable[str] | None = None) -> pd.DataFrame:
    """The number of claims per group (``by`` columns, default per article and category),
    counted batch by batch (``aggregate``), sorted by ``by``.

    >>> import tempfile
    >>> rows = [{"article": a, "category": c} for a, c in
    ...         [("x", "troops"), ("x", "troops"), ("x", "munitions"), ("y", "troops")]]
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     _ = write_claims_dataset(rows, folder)
    ...     print(count_claims(folder).to_string(index=False))
    article  category  claims
          x munitions       1
          x    troops       2
          y    troops       1
    """
    return aggregate(path, by, categories=categories)


def categories(path: str | os.PathLike[str]) -> list[str]:
    """The categories a claims dataset holds, from its folder names (no data is read): a
    stage that works category by category holds one category's claims at a time.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     _ = write_claims_dataset([{"category": "troops"}, {"category": "munitions"}], folder)
    ...     categories(folder)
    ['munitions', 'troops']
    """
    prefix = f"{PARTITION}="
    return sorted(p.name[len(prefix):] for p in Path(path).iterdir()
                  if p.is_dir() and p.name.startswith(prefix))


def claims_frame(path: str | os.PathLike[str],
                 categories: Iterable[str] | None = None) -> pd.DataFrame:
    """The claims of a dataset (or of some categories) as ``pipeline.read_table`` reads
    ``claims.csv``: the workbook's row order (by article, then offset), text columns as text
    ("" when empty), number columns as ``Int64`` when every value is whole, else float. The
    comparison stage gives the same tables from it as from the CSV of the same claims.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     _ = write_claims_dataset([{"article": "a", "category": "troops", "start": 4}], d)
    ...     claims_frame(d)["start"].tolist()
    [4]
    """
    frame = read_claims(path, categories=categories)
    frame = frame.sort_values(["article", "start"], kind="stable").reset_index(drop=True)
    return workbook_types(frame)


def workbook_types(frame: pd.DataFrame, whole: dict[str, bool] | None = None) -> pd.DataFrame:
    """Claims read from a dataset, typed (in place) as ``pipeline.read_table`` types ``claims.csv``: text
    "" when missing, a number column ``Int64`` when all its values are whole, else float.
    ``whole``: that test for some columns, made over every claim (for a batch of them).

    >>> import pandas as pd
    >>> f = workbook_types(pd.DataFrame({"value_low": [2.0, None], "claimant": ["NIS", None]}))
    >>> f["value_low"].tolist(), f["claimant"].tolist()
    ([2, <NA>], ['NIS', ''])
    >>> workbook_types(pd.DataFrame({"value_low": [2.0]}), {"value_low": False})["value_low"].tolist()
    [2.0]
    """
    import pandas as pd

    from claimtable.pipeline import NUMERIC_COLUMNS

    for col in frame.columns:
        if col in NUMERIC_COLUMNS or col in INTEGER_COLUMNS or col in FLOAT_COLUMNS:
            numbers = pd.to_numeric(frame[col]).astype("Float64")
            integral = (whole or {}).get(col)
            if integral is None:
                integral = (numbers.dropna() % 1 == 0).all()
            frame[col] = numbers.astype("Int64") if integral else numbers.astype(float)
        else:
            frame[col] = frame[col].astype(object).where(frame[col].notna(), "").astype(str)
    return frame
