"""Where the workbook's folders are, resolved from this file so that the working directory
(papermill's, nbval's or JupyterLab's) never changes what is read or written.

>>> (PROJECT_ROOT / "pyproject.toml").exists()
True
"""

from __future__ import annotations

import os
from pathlib import Path

#: The project: ``CLAIMTABLE_ROOT`` when set, else the checkout this file is in. Made absolute,
#: and written back when set, so the notebook kernels a report starts in another folder read
#: the same root ("CLAIMTABLE_ROOT=." would otherwise mean the kernel's folder).
PROJECT_ROOT = Path(os.environ.get("CLAIMTABLE_ROOT", Path(__file__).resolve().parents[2])).resolve()
if "CLAIMTABLE_ROOT" in os.environ:
    os.environ["CLAIMTABLE_ROOT"] = str(PROJECT_ROOT)
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
