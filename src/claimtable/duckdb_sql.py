"""SQL text shared by the DuckDB engine's two stages (``compare_duckdb``, ``summaries_duckdb``):
quoted names and literals, and the scan of a CSV row table sized so that every row fits.

DuckDB's CSV reader refuses a row longer than its line limit (2,000,000 bytes unless set) and
its refusal quotes the whole row. A sentence of a scraped page with no full stop can be longer
than that, and the pandas engine reads it; so the scan measures the file's longest row first
and raises the limit to it (nothing is lost, and a row of ordinary length changes nothing).

>>> quoted_name("value_low"), quoted_text("Seoul's")
('"value_low"', "'Seoul''s'")
"""

from __future__ import annotations

import os

#: DuckDB's own CSV line limit when none is set (bytes).
DUCKDB_LINE_LIMIT = 2_000_000
#: Bytes read at a time when the longest row is measured.
READ_CHUNK = 1 << 24


def quoted_name(name: str) -> str:
    """A column name as an SQL identifier.

    >>> print(quoted_name('the "as of" date'))
    "the ""as of"" date"
    """
    return '"' + name.replace('"', '""') + '"'


def quoted_text(text: str) -> str:
    """Text as an SQL string literal (a file path, an article label).

    >>> quoted_text("it's")
    "'it''s'"
    """
    return "'" + text.replace("'", "''") + "'"


def longest_row(path: str | os.PathLike[str]) -> int:
    """The length in bytes of a CSV file's longest row, its line break included; a quoted
    cell's own line breaks belong to its row (an odd number of quotes on a line opens or
    closes such a cell).

    >>> import tempfile, pathlib
    >>> with tempfile.TemporaryDirectory() as d:
    ...     p = pathlib.Path(d) / "t.csv"
    ...     _ = p.write_bytes(b'a,b\\r\\n1,"two\\r\\nlines"\\r\\n3,4\\r\\n')
    ...     longest_row(p)
    16
    """
    longest = current = 0
    in_cell = False
    carry = b""
    with open(path, "rb") as f:
        while chunk := f.read(READ_CHUNK):
            lines = (carry + chunk).split(b"\n")
            carry = lines.pop()
            for line in lines:
                # Rows of ordinary tables have an even number of quotes: only the length counts.
                current = current + len(line) + 1 if in_cell else len(line) + 1
                if line.count(b'"') % 2:
                    in_cell = not in_cell
                if not in_cell and current > longest:
                    longest = current
    if carry:
        current = current + len(carry) if in_cell else len(carry)
        longest = max(longest, current)
    return longest


def csv_scan(path: str | os.PathLike[str], columns: list[str], buffer: int | None = None) -> str:
    """DuckDB's scan of a CSV row table: every column as text, the reader's buffer ``buffer``
    bytes (DuckDB's default when ``None``), and its line limit raised to the longest row when
    that row would not fit.

    >>> csv_scan("data/processed/articles.csv", ["article"], buffer=2**22)[-43:]
    'buffer_size=4194304, max_line_size=4194304)'
    >>> "max_line_size" in csv_scan("data/processed/articles.csv", ["article"])
    False
    """
    types = "{" + ", ".join(f"{quoted_text(c)}: 'VARCHAR'" for c in columns) + "}"
    # A margin over the measured row: DuckDB counts the row with its line break and a byte more.
    needed = longest_row(path) + 16
    size = max(buffer or 0, needed) if buffer or needed > DUCKDB_LINE_LIMIT else 0
    sized = f", buffer_size={size}, max_line_size={size}" if size else ""
    return (f"read_csv({quoted_text(str(path))}, header=true, auto_detect=false, delim=',', "
            f"quote='\"', escape='\"', columns={types}{sized})")
