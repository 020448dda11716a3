"""An analyst's corrections of the extracted claims: ``corrections.csv`` beside the raw folder,
else one inside it (where the sources manifest goes: ``find``), read by notebook 02 before it writes ``claims.csv``, so
that every table, chart and the report downstream use the corrected claims and none
contradicts another. Each row names one claim by its article and its figure's offset
(``article``, ``start``: the claims table's key) and either drops it (``action`` ``drop``) or
sets one of its columns (``action`` ``correct``, ``column``, ``value``); ``reason`` says why.
What was done is written beside the claims (``APPLIED``) and listed in the report.

>>> claims = pd.DataFrame({"article": ["a", "a"], "start": [4, 40], "figure": ["1.2 million", "45"],
...                        "value_low": [1200000, 45], "claimant": ["x", "y"]})
>>> rules = pd.DataFrame({"article": ["a", "a"], "start": ["4", "40"], "action": ["drop", "correct"],
...                       "column": ["", "claimant"], "value": ["", "Medics"], "reason": ["teaser", ""]})
>>> kept, applied = apply(claims, rules)
>>> kept["claimant"].tolist(), applied["done"].tolist()
(['Medics'], ['dropped', 'corrected'])
"""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd

from claimtable import load, paths
from claimtable.contract import UNATTRIBUTED

#: The file's name, beside the raw folder (``path/to/corrections.csv`` for ``path/to/raw``), else
#: inside it (``path/to/raw/corrections.csv``), where it is never read as an article.
FILE_NAME = load.CORRECTIONS_INSIDE
#: What the report and notebook 02 say when no correction was applied: where ``find`` looked.
NONE_FOUND = f"No corrections: no {FILE_NAME} beside the raw folder or inside it."
#: Its columns; ``column``, ``value`` and ``reason`` may be empty for a ``drop``.
COLUMNS = ["article", "start", "action", "column", "value", "reason"]
ACTIONS = ("drop", "correct")
#: The columns a ``correct`` row may set (the claim's reading, never its offsets or sentence).
CORRECTABLE = ("value_low", "value_high", "hedge", "modality", "category", "unit", "status", "claimant",
               "place", "measure", "as_of")
#: The record of what was done, written beside ``claims.csv``.
APPLIED = "corrections_applied.csv"
APPLIED_COLUMNS = ["article", "start", "figure", "action", "column", "was", "now", "reason", "done"]
#: The corrections file a run read (its one column ``file``, said as the run was given it),
#: written beside ``APPLIED`` only when there was one: an empty record alone cannot tell a file
#: that holds no correction yet from no file at all.
READ = "corrections_read.csv"


class CorrectionsError(ValueError):
    """A corrections file that cannot be used: its name, line and the problem."""


def beside(raw_dir: str | Path) -> Path:
    """Where a raw folder's corrections file is: beside it, as its manifest.

    >>> beside("path/to/raw").as_posix()
    'path/to/corrections.csv'
    """
    return Path(raw_dir).parent / FILE_NAME


def find(raw_dir: str | Path) -> Path:
    """The corrections file a run on ``raw_dir`` applies, as the sources manifest is found
    (``load.manifest_path``): the one beside the folder (``beside``), else one inside a raw
    folder; the place beside it when there is neither. An archive (JSONL, Parquet) has only the
    place beside it. The path is said the way ``raw_dir`` was (a relative one is looked up from
    the project root, as the notebooks do); the report, ``claimtable report`` and notebook 02's
    parameter all take it from here.

    >>> find("path/to/raw").as_posix()
    'path/to/corrections.csv'
    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     raw = Path(d) / "raw"
    ...     raw.mkdir()
    ...     _ = (raw / FILE_NAME).write_text("article,start,action\\n")
    ...     find(raw) == raw / FILE_NAME
    True
    """
    raw = Path(raw_dir)
    folder, outside = paths.resolve(raw), beside(raw)
    if folder.is_dir() and not paths.resolve(outside).exists() and (folder / FILE_NAME).is_file():
        return raw / FILE_NAME
    return outside


def notice(raw_dir: str | Path) -> str | None:
    """What a user must be told when a raw folder has two corrections files, one beside it and
    one inside it: which one is applied (the one beside, ``find``) and which is not, in the words
    of ``load.manifest_notice``. ``None`` when it has one or none. ``raw_dir`` as the caller can
    open it (from the working folder), and so the paths said.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     raw = Path(d) / "raw"
    ...     raw.mkdir()
    ...     for f in (Path(d) / FILE_NAME, raw / FILE_NAME):
    ...         _ = f.write_text("article,start,action\\n")
    ...     print(notice(raw).replace(d, "/x"))
    raw/ has two corrections files: /x/corrections.csv (beside the folder) is applied, /x/raw/corrections.csv (inside it) is not; merge them into one and remove the other
    """
    folder = Path(raw_dir)
    outside, inside = beside(folder), folder / FILE_NAME
    if not (folder.is_dir() and outside.is_file() and inside.is_file()):
        return None
    return (f"{folder.resolve().name}/ has two corrections files: {outside} (beside the folder) is applied, "
            f"{inside} (inside it) is not; merge them into one and remove the other")


def read(path: str | Path) -> pd.DataFrame:
    """The rows of a corrections file, checked: each names an article and a whole-number
    offset, a known action and, for ``correct``, a column of ``CORRECTABLE``; raises
    ``CorrectionsError`` naming the file, the line and the problem. A missing file or ``""``
    is no correction.

    >>> len(read(""))
    0
    """
    if not str(path):
        return pd.DataFrame(columns=COLUMNS)
    path = paths.resolve(path)
    if not path.is_file() or not path.read_text(encoding="utf-8-sig", errors="replace").strip():
        return pd.DataFrame(columns=COLUMNS)  # none, or a file made and left empty: no correction yet
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    missing = [c for c in ("article", "start", "action") if c not in frame.columns]
    if missing:
        raise CorrectionsError(f"{path.name}: no column {', '.join(repr(c) for c in missing)} "
                               f"(the columns: {', '.join(COLUMNS)})")
    for col in COLUMNS:
        if col not in frame.columns:
            frame[col] = ""
    for i, r in enumerate(frame.itertuples(index=False), start=2):
        where = f"{path.name}: line {i}"
        if not r.article.strip() or not r.start.strip().isdigit():
            raise CorrectionsError(f"{where}: needs an article and the figure's start offset (a whole number)")
        if r.action not in ACTIONS:
            raise CorrectionsError(f"{where}: action {r.action!r} is not one of {', '.join(ACTIONS)}")
        if r.action == "correct" and r.column not in CORRECTABLE:
            raise CorrectionsError(f"{where}: column {r.column!r} cannot be corrected "
                                   f"(one of {', '.join(CORRECTABLE)})")
    return frame[COLUMNS].assign(article=frame["article"].str.strip(), start=frame["start"].str.strip())


def apply(claims: pd.DataFrame, rules: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The claims with the corrections applied (dropped rows removed, corrected cells set; a
    number column takes a number) and the record of each row (``APPLIED_COLUMNS``; ``done``:
    ``dropped``, ``corrected`` or ``no such claim`` when no claim of that article starts there).
    A claim made ``unattributed`` loses its ``claimant_phrase`` too: no words name its source.

    >>> claims = pd.DataFrame({"article": ["a"], "start": [4], "claimant": ["Mikati"], "claimant_phrase": ["Mikati"]})
    >>> rules = pd.DataFrame({"article": ["a"], "start": ["4"], "action": ["correct"], "column": ["claimant"],
    ...                       "value": ["unattributed"], "reason": ["the committee said it"]})
    >>> apply(claims, rules)[0][["claimant", "claimant_phrase"]].values.tolist()
    [['unattributed', '']]
    """
    if not len(rules):
        return claims, pd.DataFrame(columns=APPLIED_COLUMNS)
    claims = claims.copy()
    key = list(zip(claims["article"].astype(str), claims["start"].astype(str), strict=True))
    at = {k: i for i, k in zip(claims.index, key, strict=True)}
    drop: list = []
    record = []
    for r in rules.itertuples(index=False):
        i = at.get((r.article, r.start))
        figure = "" if i is None else str(claims.at[i, "figure"]) if "figure" in claims else ""
        row = {"article": r.article, "start": int(r.start), "figure": figure, "action": r.action,
               "column": r.column if r.action == "correct" else "", "was": "", "now": "", "reason": r.reason}
        if i is None:
            record.append(row | {"done": "no such claim"})
            continue
        if r.action == "drop":
            drop.append(i)
            record.append(row | {"done": "dropped"})
            continue
        was = claims.at[i, r.column]
        value: object = r.value
        if pd.api.types.is_numeric_dtype(claims[r.column].dtype):
            value = pd.NA if not r.value.strip() else int(float(r.value.replace(",", "")))
        claims.at[i, r.column] = value
        if r.column == "claimant" and "claimant_phrase" in claims and value == UNATTRIBUTED:
            claims.at[i, "claimant_phrase"] = ""  # nobody's words name a source (the contract)
        record.append(row | {"was": "" if pd.isna(was) else str(was), "now": r.value, "done": "corrected"})
    return claims.drop(index=drop), pd.DataFrame(record, columns=APPLIED_COLUMNS)


def given(path: str | os.PathLike[str]) -> str:
    """The corrections file a run was given, said as it was given, when it is there ("" when
    none was given or there is none): the file whose rows, if any, were applied.

    >>> given(""), given("no/such/corrections.csv")
    ('', '')
    """
    return str(path) if str(path) and paths.resolve(path).is_file() else ""


def write_record(applied: pd.DataFrame, out_dir: str | os.PathLike[str], read: str) -> None:
    """Write the record of what the corrections did (``APPLIED``) into ``out_dir`` and, when the
    run read a corrections file (``read``, as ``given`` says it), which one (``READ``; removed
    when it read none, so that a folder written again says no more than this run did).

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     write_record(pd.DataFrame(columns=APPLIED_COLUMNS), d, "raw/corrections.csv")
    ...     read_from(d)
    'raw/corrections.csv'
    """
    from claimtable import pipeline

    out = paths.resolve(out_dir)
    pipeline.write_csv(applied, out / APPLIED)
    if read:
        pipeline.write_csv(pd.DataFrame({"file": [read]}), out / READ)
    else:
        (out / READ).unlink(missing_ok=True)


def read_from(processed_dir: str | os.PathLike[str]) -> str:
    """The corrections file the run that wrote ``processed_dir`` read (``write_record``), ""
    when it read none.

    >>> read_from("no/such/folder")
    ''
    """
    record = paths.resolve(processed_dir) / READ
    if not record.is_file():
        return ""
    return str(pd.read_csv(record, dtype=str, keep_default_na=False)["file"].iloc[0])


def none_said(read: str = "") -> str:
    """What the report and notebook 02 say when no correction was applied: that the file the run
    read (``read``) holds none, else where a file was looked for (``NONE_FOUND``).

    >>> none_said("raw/corrections.csv")
    'No corrections: raw/corrections.csv is there but holds none.'
    >>> none_said() == NONE_FOUND
    True
    """
    return f"No corrections: {read} is there but holds none." if read else NONE_FOUND


def summary(applied: pd.DataFrame) -> str:
    """What the analyst's corrections did, in one sentence ("" when there were none).

    >>> summary(pd.DataFrame({"done": ["dropped", "dropped", "corrected", "no such claim"],
    ...                       "article": ["a", "b", "c", "d"], "start": ["1", "2", "3", "4"]}))
    '2 claims excluded by the analyst, 1 corrected (corrections.csv); 1 correction names no claim.'

    Claims are counted, not rows: one claim corrected in two columns is one corrected claim.

    >>> summary(pd.DataFrame({"done": ["corrected", "corrected"], "article": ["a", "a"], "start": ["5", "5"]}))
    '0 claims excluded by the analyst, 1 corrected (corrections.csv).'
    """
    if not len(applied):
        return ""
    claims = applied.drop_duplicates(["done", "article", "start"]) if {"article", "start"} <= set(applied) else applied
    done = claims["done"].value_counts()
    unmatched = int((applied["done"] == "no such claim").sum())  # rows: each one did nothing
    dropped, corrected = (int(done.get(k, 0)) for k in ("dropped", "corrected"))
    parts = [f"{dropped:,} claim{'s' if dropped != 1 else ''} excluded by the analyst"]
    if corrected:
        parts.append(f"{corrected:,} corrected")
    said = ", ".join(parts) + f" ({FILE_NAME})"
    if unmatched:
        said += (f"; {unmatched:,} correction{'s' if unmatched != 1 else ''} "
                 f"name{'s' if unmatched == 1 else ''} no claim")
    return said + "."
