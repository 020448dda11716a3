"""Read the workbook's vocabularies (``data/lexicons/*.csv``, ``data/claimants.csv``).

Every lexicon is a CSV file with a header row; blank lines and lines starting with ``#`` are
comments. Analysts extend the extractor by editing these files, not the code.

>>> rows = read_lexicon("hedges")
>>> {"cue", "hedge"} <= set(rows[0])
True
"""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

from claimtable import paths


def read_csv_rows(path: Path) -> list[dict[str, str]]:
    """Rows of a commented CSV file as dicts of stripped strings."""
    with path.open(encoding="utf-8", newline="") as f:
        lines = [line for line in f if line.strip() and not line.lstrip().startswith("#")]
    return [
        {k.strip(): (v or "").strip() for k, v in row.items() if k is not None}
        for row in csv.DictReader(lines)
    ]


@cache
def read_lexicon(name: str) -> list[dict[str, str]]:
    """The rows of ``data/lexicons/<name>.csv`` (cached: lexicons do not change in a run)."""
    return read_csv_rows(paths.LEXICONS / f"{name}.csv")


def column(name: str, key: str) -> list[str]:
    """One column of a lexicon, in file order.

    >>> "oct" in column("abbreviations", "abbreviation")
    True
    """
    return [row[key] for row in read_lexicon(name)]
