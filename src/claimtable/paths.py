"""Where the workbook's folders are, resolved from this file so that the working directory
(papermill's, nbval's or JupyterLab's) never changes what is read or written.

>>> (PROJECT_ROOT / "pyproject.toml").exists()
True
"""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(os.environ.get("CLAIMTABLE_ROOT", Path(__file__).resolve().parents[2]))
DATA = PROJECT_ROOT / "data"
RAW = DATA / "raw"
PROCESSED = DATA / "processed"
LEXICONS = DATA / "lexicons"
MANIFEST = DATA / "sources.csv"
CLAIMANTS = DATA / "claimants.csv"
FIGURES = PROJECT_ROOT / "figures"
NOTEBOOKS = PROJECT_ROOT / "notebooks"
BUILD = PROJECT_ROOT / "build"


def resolve(path: str | os.PathLike[str]) -> Path:
    """Resolve a path given relative to the project root (as notebook parameters are).

    >>> resolve("data/raw") == RAW
    True
    """
    p = Path(path)
    return p if p.is_absolute() else PROJECT_ROOT / p
