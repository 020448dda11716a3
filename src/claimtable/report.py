"""What a reader sees: tables with escaped HTML, highlighted sentences, and the static report.

``python -m claimtable.report`` (``make report``) runs every notebook with papermill into
``build/notebooks`` and turns the report notebook into one self-contained HTML file,
``build/report/index.html``, with no code cells.

>>> t = Table(pd.DataFrame({"text": ["<script>x</script>"]}))
>>> "<script>" in t._repr_html_()
False
"""

from __future__ import annotations

import argparse
import html
import sys
from pathlib import Path

import pandas as pd

from claimtable import paths

#: The notebook the report is made of.
REPORT_NOTEBOOK = "05_report.ipynb"


class Table:
    """A table that shows the same in a notebook's plain-text and HTML outputs, with every
    cell escaped (source text is untrusted) and optional per-cell CSS classes."""

    def __init__(
        self,
        frame: pd.DataFrame,
        *,
        title: str = "",
        raw_html_columns: tuple[str, ...] = (),
        row_style: pd.Series | None = None,
        max_rows: int | None = 200,
    ) -> None:
        # a reader reads a few hundred rows at most; the CSV files hold them all
        self.frame = frame if max_rows is None else frame.head(max_rows)
        self.total = len(frame)
        self.title = title
        self.raw_html_columns = raw_html_columns  # already escaped by the caller
        self.row_style = row_style  # CSS for each row, e.g. a background for its finding

    def __repr__(self) -> str:
        text = self.frame.to_string(index=False, max_colwidth=60) if len(self.frame) else "(no rows)"
        head = f"{self.title}\n" if self.title else ""
        more = f"\n… {self.total - len(self.frame)} more rows" if self.total > len(self.frame) else ""
        return f"{head}{text}{more}"

    def _repr_html_(self) -> str:
        cols = list(self.frame.columns)
        out = ['<table class="claimtable">']
        if self.title:
            out.append(f"<caption>{html.escape(self.title)}</caption>")
        out.append("<thead><tr>" + "".join(f"<th>{html.escape(str(c))}</th>" for c in cols)
                   + "</tr></thead><tbody>")
        for i, row in enumerate(self.frame.itertuples(index=False)):
            style = ""
            if self.row_style is not None:
                style = f' style="{html.escape(str(self.row_style.iloc[i]))}"'
            cells = []
            for col, value in zip(cols, row, strict=True):
                text = "" if value is None or (isinstance(value, float) and value != value) else str(value)
                if value is pd.NA:
                    text = ""
                cells.append(f"<td>{text if col in self.raw_html_columns else html.escape(text)}</td>")
            out.append(f"<tr{style}>" + "".join(cells) + "</tr>")
        out.append("</tbody></table>")
        if self.total > len(self.frame):
            out.append(f"<p>… {self.total - len(self.frame)} more rows</p>")
        return "\n".join(out)


def highlight(text: str, spans: list[tuple[int, int, str]]) -> str:
    """Escaped ``text`` with ``<mark class=...>`` around the given spans (offsets into text).
    Overlapping or out-of-range spans are skipped.

    >>> highlight("NIS said 1,500 <b>", [(9, 14, "figure"), (0, 3, "claimant")])
    '<mark class="claimant">NIS</mark> said <mark class="figure">1,500</mark> &lt;b&gt;'
    """
    out, pos = [], 0
    for start, end, cls in sorted(spans):
        if start < pos or end > len(text) or start >= end:
            continue
        out += [html.escape(text[pos:start]),
                f'<mark class="{html.escape(cls)}">{html.escape(text[start:end])}</mark>']
        pos = end
    out.append(html.escape(text[pos:]))
    return "".join(out)


def build(out: Path | None = None, parameters: dict | None = None) -> Path:
    """Run every notebook into ``build/notebooks`` and write ``build/report/index.html``."""
    import nbformat
    from nbconvert import HTMLExporter
    from nbconvert.preprocessors import TagRemovePreprocessor

    from claimtable import notebooks

    out = out or paths.BUILD
    executed = notebooks.run_all(out / "notebooks", parameters)
    report_nb = next((p for p in executed if p.name == REPORT_NOTEBOOK), executed[-1])
    nb = nbformat.read(report_nb, as_version=4)
    nb.metadata.pop("papermill", None)
    nb.metadata["title"] = "claimtable report"
    exporter = HTMLExporter(exclude_input=True, exclude_input_prompt=True,
                            exclude_output_prompt=True)
    remover = TagRemovePreprocessor(remove_cell_tags={"parameters", "injected-parameters"},
                                    enabled=True)
    exporter.register_preprocessor(remover, enabled=True)
    body, _ = exporter.from_notebook_node(nb)
    target = out / "report" / "index.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(body, encoding="utf-8")
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m claimtable.report",
                                     description="Run every notebook and build the HTML report.")
    parser.add_argument("--out", default=str(paths.BUILD), help="build folder (default build/)")
    parser.add_argument("-p", "--parameter", nargs=2, action="append", default=[],
                        metavar=("NAME", "VALUE"),
                        help="a notebook parameter, e.g. -p raw_dir other/raw (repeatable)")
    args = parser.parse_args(argv)
    from papermill.exceptions import PapermillExecutionError

    try:
        target = build(Path(args.out).resolve(), dict(args.parameter))
    except PapermillExecutionError as e:  # one line that says what failed, not a traceback
        print(f"report: a notebook failed: {e.ename}: {e.evalue}", file=sys.stderr)
        return 1
    print(f"report: {target}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())


def highlighted_claims(claims: pd.DataFrame, sentences: pd.DataFrame, max_rows: int = 200) -> Table:
    """Each claim (the first ``max_rows``) with its sentence, the figure and (when in the
    same sentence) the claimant phrase marked."""
    claims = claims.head(max_rows)
    wanted = set(zip(claims["article"], claims["sentence"], strict=True))
    starts = {(r.article, r.text): r.start for r in sentences.itertuples(index=False)
              if (r.article, r.text) in wanted}
    shown = []
    for c in claims.itertuples(index=False):
        base = starts.get((c.article, c.sentence))
        spans = []
        if base is not None:
            spans.append((int(c.start) - base, int(c.end) - base, "figure"))
            if not pd.isna(c.claimant_start):
                spans.append((int(c.claimant_start) - base, int(c.claimant_end) - base, "claimant"))
        shown.append({
            "article": c.article,
            "figure": c.figure,
            "claimant": c.claimant,
            "sentence": highlight(str(c.sentence), spans),
        })
    frame = pd.DataFrame(shown, columns=["article", "figure", "claimant", "sentence"])
    return Table(frame, raw_html_columns=("sentence",), max_rows=max_rows)


def findings_table(matrix: pd.DataFrame) -> Table:
    """The agreement matrix with each row coloured by its finding."""
    from claimtable.charts import _finding_colour

    styles = matrix["finding"].map(lambda f: f"background-color: {_finding_colour(f)}40")
    shown = matrix.fillna("").replace({r"\n": " "}, regex=True)
    return Table(shown, row_style=styles, title="Figure groups and findings")
