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
import os
import re
import sys
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from claimtable import paths

if TYPE_CHECKING:  # imported where used: the report's libraries load only when a report is made
    from IPython.display import HTML, Image
    from nbconvert import HTMLExporter

#: The notebook the report is made of.
REPORT_NOTEBOOK = "05_report.ipynb"


#: The folder beside the report's ``index.html`` that holds a copy of every table the report
#: shows (``TRACE_TABLES``) and the sentence of every relay of every estimate
#: (``ESTIMATE_SENTENCES``): a cut table's note links its file there.
TABLES_DIR = "tables"
#: The processed tables ``build`` copies into ``TABLES_DIR``, byte for byte.
TRACE_TABLES = ("claims.csv", "estimates.csv", "relays.csv", "agreement.csv", "comparison.csv",
                "derived_checks.csv", "articles.csv", "corrections_applied.csv")
#: The file of ``estimate_sentences`` in ``TABLES_DIR``.
ESTIMATE_SENTENCES = "estimate_sentences.csv"


class Table:
    """A table that shows the same in a notebook's plain-text and HTML outputs, with every
    cell escaped (source text is untrusted) and optional per-cell CSS classes.

    >>> print(Table(pd.DataFrame({"a": [1, 2, 3]}), max_rows=2, csv="a.csv"))
     a
     1
     2
    Showing the first 2 of 3 rows; all 3 are in a.csv.
    """

    def __init__(
        self,
        frame: pd.DataFrame,
        *,
        title: str = "",
        raw_html_columns: tuple[str, ...] = (),
        row_style: pd.Series | None = None,
        max_rows: int | None = 200,
        csv: str = "",
        computed_from: str = "",
    ) -> None:
        # a reader reads a few hundred rows at most; the CSV files hold them all
        self.frame = frame if max_rows is None else frame.head(max_rows)
        self.total = len(frame)
        self.title = title
        self.csv = csv  # the file that holds every row, named when rows are cut
        self.computed_from = computed_from  # or the file every row is computed from
        self.raw_html_columns = raw_html_columns  # already escaped by the caller
        self.row_style = row_style  # CSS for each row, e.g. a background for its finding

    def __repr__(self) -> str:
        text = self.frame.to_string(index=False, max_colwidth=60) if len(self.frame) else "(no rows)"
        head = f"{self.title}\n" if self.title else ""
        more = f"\n{self.cut_note()}" if self.total > len(self.frame) else ""
        return f"{head}{text}{more}"

    def cut_note(self) -> str:
        """What a cut table says under its rows.

        >>> Table(pd.DataFrame({"a": range(5)}), max_rows=2, csv="claims.csv").cut_note()
        'Showing the first 2 of 5 rows; all 5 are in claims.csv.'
        >>> Table(pd.DataFrame({"a": range(5)}), max_rows=2, computed_from="estimates.csv").cut_note()
        'Showing the first 2 of 5 rows; all 5 are computed from estimates.csv.'
        """
        where = f"; all {self.total:,} are in {self.csv}" if self.csv else \
            f"; all {self.total:,} are computed from {self.computed_from}" if self.computed_from else ""
        return f"Showing the first {len(self.frame):,} of {self.total:,} rows{where}."

    def _repr_html_(self) -> str:
        cols = list(self.frame.columns)
        out = ['<table class="claimtable">']
        if self.title:
            out.append(f"<caption>{html.escape(self.title)}</caption>")
        out.append("<thead><tr>" + "".join(f"<th>{header_html(c)}</th>" for c in cols)
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
                cells.append(f'<td class="{html.escape(str(col))}">{text}</td>' if col in self.raw_html_columns
                             else cell_html(text))
            out.append(f"<tr{style}>" + "".join(cells) + "</tr>")
        if not len(self.frame):  # an empty table says so, as its plain text does
            out.append(f'<tr><td colspan="{max(len(cols), 1)}">(no rows)</td></tr>')
        out.append("</tbody></table>")
        if self.total > len(self.frame):
            note = html.escape(self.cut_note())
            name = self.csv or self.computed_from
            if name:  # the file, linked: its copy in the report's own folder (TABLES_DIR)
                link = f'<a href="{TABLES_DIR}/{html.escape(name)}">{html.escape(name)}</a>'
                note = note.replace(f" {html.escape(name)}.", f" {link}.", 1)
            out.append(f"<p class=\"cut\">{note}</p>")
        return "\n".join(out)


def with_thousands(frame: pd.DataFrame, columns: tuple[str, ...] = ("value_low", "value_high")) -> pd.DataFrame:
    """``frame`` with the numbers of ``columns`` written as the other tables write figures
    (``compare.figure_text``: "8,000,000"), for reading; empty cells stay empty.

    >>> with_thousands(pd.DataFrame({"value_low": [8000000, None], "hedge": ["exact", "x"]}))["value_low"].tolist()
    ['8,000,000', '']
    """
    from claimtable.compare import figure_text

    shown = frame.copy()
    for col in columns:
        if col in shown.columns:
            shown[col] = shown[col].map(lambda v: "" if pd.isna(v) else figure_text(v, v))
    return shown


#: The background of each kind of marked span: the figure and the claimant's words must be told
#: apart at a glance, in JupyterLab (which drops a notebook's own style sheets) as in the report,
#: so the colour rides on each mark; a kind not listed keeps the browser's mark colour.
MARK_COLOURS = {"figure": "#ffe066", "claimant": "#b9dcff"}


def highlight(text: str, spans: list[tuple[int, int, str]]) -> str:
    """Escaped ``text`` with ``<mark class=...>`` around the given spans (offsets into text),
    each kind in its colour (``MARK_COLOURS``). Overlapping or out-of-range spans are skipped.

    >>> highlight("NIS said 1,500 <b>", [(9, 14, "figure"), (0, 3, "claimant")])  # doctest: +NORMALIZE_WHITESPACE
    '<mark class="claimant" style="background-color: #b9dcff">NIS</mark> said
     <mark class="figure" style="background-color: #ffe066">1,500</mark> &lt;b&gt;'
    """
    out, pos = [], 0
    for start, end, cls in sorted(spans):
        if start < pos or end > len(text) or start >= end:
            continue
        colour = MARK_COLOURS.get(cls)
        style = f' style="background-color: {colour}"' if colour else ""
        out += [html.escape(text[pos:start]),
                f'<mark class="{html.escape(cls)}"{style}>{html.escape(text[start:end])}</mark>']
        pos = end
    out.append(html.escape(text[pos:]))
    return "".join(out)


class Note:
    """What a table says when it has nothing to show: its sentence alone, in a notebook's plain
    text and HTML outputs (escaped), never a header row over "(no rows)". ``title`` is the
    sentence, and ``frame`` an empty table, as a ``Table``'s.

    >>> note = Note("For comparison: no hand-coded ledger was given.")
    >>> print(note), note._repr_html_(), len(note.frame)
    For comparison: no hand-coded ledger was given.
    (None, '<p class="table-note">For comparison: no hand-coded ledger was given.</p>', 0)
    """

    def __init__(self, title: str) -> None:
        self.title = title
        self.frame = pd.DataFrame()
        self.total = 0

    def __repr__(self) -> str:
        return self.title

    def _repr_html_(self) -> str:
        return f'<p class="table-note">{html.escape(self.title)}</p>'


def header_html(name: object) -> str:
    """A column header as HTML: escaped, with a line-break opportunity after each ``_``, so
    that a header wraps between its words ("value_" / "low") and never inside one ("gro" /
    "up") when its column is narrow.

    >>> header_html("value_low"), header_html("<b>")
    ('value_<wbr>low', '&lt;b&gt;')
    """
    return html.escape(str(name)).replace("_", "_<wbr>")


#: A date in a cell ("2024-12-20", "2024-10", in "Seoul Monitor · 2025-05-14"): read whole,
#: never "2024-" over "12-20".
_DATE_IN_CELL = re.compile(r"\b\d{4}-\d{2}(?:-\d{2})?\b")
#: A cell that is one name of the vocabulary ("troops_in_place", "upper_bound"): it may wrap
#: after its "_" as a header does, so that a table of many columns fits the page.
_NAME_CELL = re.compile(r"[a-z]+(?:_[a-z]+)+")


def cell_html(text: str) -> str:
    """A table cell as HTML, escaped: each date in it kept on one line (``nowrap``), a
    vocabulary name with a line-break opportunity after each ``_`` (``header_html``).

    >>> cell_html("Seoul Monitor · 2024-12-20"), cell_html("troops_in_place"), cell_html("<b>_x")
    ('<td>Seoul Monitor · <span class="nowrap">2024-12-20</span></td>', '<td>troops_<wbr>in_<wbr>place</td>', '<td>&lt;b&gt;_x</td>')
    """
    if _NAME_CELL.fullmatch(text):
        return f"<td>{header_html(text)}</td>"
    return "<td>" + _DATE_IN_CELL.sub(r'<span class="nowrap">\g<0></span>', html.escape(text)) + "</td>"


#: Styles added to the exported report: an output wider than the page scrolls sideways, never
#: cut (the estimates table's sentences, the column a figure is traced by, ran past a hidden
#: edge at 1,300 pixels); tables and images never wider than the page (long
#: cells wrap between words, and inside a word only when it is wider than its column alone:
#: "overflow-wrap: anywhere" would also break "8,000,000" or "group" to make a column
#: narrower), cell text read from the left (JupyterLab's style sheet sets output tables' cells to
#: the right with a ":not(...)" rule, which the selector here outweighs: a sentence of forty words
#: set to the right is hard to read), cut-table notes in grey; the estimates table (fourteen
#: columns, one a sentence) in 12-pixel type, its sentence at least 12em wide, its dates never
#: broken and its names wrapping after "_" (``cell_html``): it fits 1,300 pixels on the real
#: collection, whose places and labels hold long words; a table of one short column (an
#: empty one) at least as wide as its caption's line, which would otherwise wrap a word a line.
REPORT_CSS = """
<style>
.jp-OutputArea-output, .jp-RenderedHTMLCommon { max-width: 100%; overflow-x: auto; }
table.claimtable { max-width: 100%; min-width: min(32em, 100%); table-layout: auto; border-collapse: collapse; }
table.claimtable td, table.claimtable th { overflow-wrap: break-word; word-break: normal;
  white-space: normal; max-width: 36em; vertical-align: top; }
.jp-RenderedHTMLCommon table.claimtable td, .jp-RenderedHTMLCommon table.claimtable th { text-align: left; }
.jp-RenderedImage img, .jp-RenderedHTMLCommon img { max-width: 100%; height: auto; }
p.cut { color: #555; font-style: italic; }
table.claimtable td.sentence { min-width: 12em; }
.jp-RenderedHTMLCommon table.claimtable:has(td.sentence) :is(td, th) { font-size: 12px; }
table.claimtable .nowrap { white-space: nowrap; }
p.table-note { font-style: italic; }
</style>
"""


def ledger_problems(processed_dir: str | Path) -> Table:
    """The ledger's rows the comparison could not use (``ledger_problems.csv``, written when it
    was given a ledger), or an empty table that says no ledger was given.

    >>> print(ledger_problems("no/such/folder"))
    Ledger rows that could not be used: no ledger was given
    (no rows)
    """
    path = paths.resolve(processed_dir) / "ledger_problems.csv"
    if not path.exists():
        return Table(pd.DataFrame(columns=["problem"]), title="Ledger rows that could not be used: no ledger was given")
    return Table(pd.read_csv(path, dtype=str, keep_default_na=False), title="Ledger rows that could not be used",
                 csv="ledger_problems.csv")


def chart(png: str | Path) -> Image | HTML:
    """A chart's PNG for a notebook's output, with the chart's description (written into the
    PNG by ``charts.save``) as the image's alternative text: the report's ``<img alt>``. A
    chart with nothing to draw (no munitions on another story, no places) is one line of text
    instead of an empty picture.

    >>> import tempfile
    >>> from claimtable import charts
    >>> with tempfile.TemporaryDirectory() as d:
    ...     drawn = charts.save(charts.estimates_over_time(pd.DataFrame({"measure": ["killed"],
    ...         "family": ["casualties"], "claimant": ["A"], "value_low": [5], "value_high": [5],
    ...         "as_of": ["2025-01-02"]})), Path(d) / "time")[-1]
    ...     empty = charts.save(charts.places_map(pd.DataFrame()), Path(d) / "map")[-1]
    ...     chart(drawn).metadata["alt"][:40], chart(empty).data
    ('Estimates over time. 1 dated estimate by', '<p class="chart-nothing"><em>Places named in the sources: no places named.</em></p>')
    """
    from IPython.display import HTML, Image
    from PIL import Image as PngFile

    with PngFile.open(png) as image:
        text = image.text if hasattr(image, "text") else {}
    from claimtable.charts import EMPTY_KEY

    if text.get(EMPTY_KEY):
        return HTML(f'<p class="chart-nothing"><em>{html.escape(text[EMPTY_KEY])}</em></p>')
    alt = text.get("Description", "")
    return Image(filename=str(png), metadata={"alt": alt} if alt else {})


#: The executed scoring notebook, as the report's page links it: a report run writes the page to
#: ``DIR/report/index.html`` and the notebooks to ``DIR/notebooks/`` (the stored notebook 05, in
#: ``notebooks/``, reaches the stored 06 by the same link).
SCORE_NOTEBOOK_LINK = "../notebooks/06_score.ipynb"
#: The same notebook as a page a browser shows (``build`` writes it beside the notebook): a
#: browser shows an ``.ipynb`` as raw JSON.
SCORE_PAGE_LINK = "../notebooks/06_score.html"
SCORE_NOTEBOOK = "06_score.ipynb"

#: The columns of the report's agreement table (``score.levels_table``'s, without the counts).
HAND_CODING_VIEW = ["level", "precision", "recall", "F1"]


class HandCoding:
    """The report's "Agreement with hand coding" section: the scores of notebook 06 (value,
    category, claimant and full precision, recall and F1; how many misses) with a link to the
    executed notebook, which lists every miss; or one line that says how to get it when no
    sample of the collection's articles was given. Built by :func:`hand_coding`.

    >>> print(HandCoding(None, "", "No hand-coded sample was given."))
    Agreement with hand coding: No hand-coded sample was given.
    """

    def __init__(self, levels: pd.DataFrame | None, sample: str, note: str, misses: dict[str, int] | None = None) -> None:
        self.levels = levels  # None: nothing to score (one line instead of the section)
        self.sample = sample  # the sample's file name (source text: escaped)
        self.note = note
        self.misses = misses or {}

    def misses_text(self) -> str:
        """How many misses, and of which kinds.

        >>> HandCoding(None, "", "", {"missed": 2, "claimant": 1}).misses_text()
        '3 misses (2 missed, 1 claimant)'
        >>> HandCoding(None, "", "", {}).misses_text()
        '0 misses'
        """
        total = sum(self.misses.values())
        kinds = ", ".join(f"{n:,} {kind}" for kind, n in self.misses.items() if n)
        return f"{total:,} miss{'' if total == 1 else 'es'}" + (f" ({kinds})" if kinds else "")

    def _table(self) -> Table:
        return Table(self.levels, title=f"Agreement with the hand-coded sample {self.sample}", max_rows=None)

    def __repr__(self) -> str:
        if self.levels is None:
            return f"Agreement with hand coding: {self.note}"
        return (f"Agreement with hand coding\n{self.note}\n{self._table()!r}\n{self.misses_text()}; "
                f"every miss is listed in notebook 06 ({SCORE_NOTEBOOK_LINK}).")

    def _repr_html_(self) -> str:
        if self.levels is None:
            command = html.escape(HAND_CODE_COMMAND)
            line = html.escape(repr(self)).replace(f"`{command}`", f"<code>{command}</code>")
            return f'<p class="hand-coding">{line}</p>'
        return "\n".join([
            '<section class="hand-coding">',
            # the anchor nbconvert gives every heading of the report's Markdown
            '<h2 id="Agreement-with-hand-coding">Agreement with hand coding<a class="anchor-link" '
            'href="#Agreement-with-hand-coding">¶</a></h2>',
            f"<p>{html.escape(self.note)}</p>", self._table()._repr_html_(),
            f"<p>{html.escape(self.misses_text())}; every miss, the claimant accuracy and the "
            f'scores\' 95 % intervals are in <a href="{SCORE_PAGE_LINK}">notebook 06, as a page</a> '
            f'(to open in JupyterLab: <a href="{SCORE_NOTEBOOK_LINK}">06_score.ipynb</a>).</p>', "</section>"])


#: The command that gives the report a hand-coded sample, and what the one line says when there
#: is no sample of the collection's articles to score against.
HAND_CODE_COMMAND = "claimtable report FOLDER --out DIR --handcoded SAMPLE.csv"
HOW_TO_HAND_CODE = (f"`{HAND_CODE_COMMAND}` scores the claims against a hand-coded sample of the "
                    "articles (the columns of data/handcoded/seed_sample.csv).")


def hand_coding(handcoded: str | Path, claims_table: str | Path) -> HandCoding:
    """The report's section on the claims' agreement with a hand-coded sample (``""``: none),
    scored by the functions notebook 06 uses (``score.read_pair``, ``score.score``,
    ``score.levels_view``); a sample that covers none of the collection's articles (the seeds'
    sample on another folder) scores nothing and gets the one line too.

    >>> section = hand_coding("data/handcoded/seed_sample.csv", "data/processed/claims.csv")
    >>> section.levels["level"].tolist(), section.misses_text()
    (['value', 'category', 'claimant', 'full'], '1 miss (1 claimant)')
    >>> print(hand_coding("", "data/processed/claims.csv"))  # doctest: +ELLIPSIS
    Agreement with hand coding: no hand-coded sample was given; `claimtable report FOLDER ...
    """
    from claimtable import score

    if not str(handcoded):
        return HandCoding(None, "", f"no hand-coded sample was given; {HOW_TO_HAND_CODE}")
    name = Path(handcoded).name
    gold, extracted = score.read_pair(paths.resolve(handcoded), paths.resolve(claims_table))
    if not score.articles_of(gold) & score.collection_articles(paths.resolve(claims_table))[0]:
        return HandCoding(None, name, f"the hand-coded sample {name} covers none of these articles; "
                                      f"{HOW_TO_HAND_CODE}")
    result = score.score(gold, extracted)
    levels = score.levels_view(result)  # as notebook 06 writes them
    misses = {kind: sum(m.kind == kind for m in result.misses)
              for kind in ("missed", "spurious", "category", "claimant")}
    return HandCoding(levels[HAND_CODING_VIEW], name, score.coverage_note(gold, paths.resolve(claims_table)),
                      misses)


#: The report's page: JupyterLab's, with a chart's description as its image's alternative text
#: (nbconvert's own template takes none and writes "No description has been provided").
REPORT_TEMPLATE = """{%- extends 'lab/index.html.j2' -%}
{#- no script from a CDN: opening a report about sensitive sources contacts no third party
    (the report has no math, no diagram and no widget: require.js, MathJax and mermaid are
    not needed) -#}
{%- block html_head_js_requirejs -%}{%- endblock html_head_js_requirejs -%}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
{%- block jupyter_widgets -%}{%- endblock jupyter_widgets -%}
{% block data_png scoped %}
{%- set alt = output | get_metadata('alt', 'image/png') -%}
{%- if alt -%}
<div class="jp-RenderedImage jp-OutputArea-output {{ extra_class }}">
<img src="data:image/png;base64,{{ output.data['image/png'] | escape_html }}" alt="{{ alt | escape_html }}">
</div>
{%- else -%}
{{ super() }}
{%- endif -%}
{% endblock data_png %}
"""


def report_parameters(raw_dir: str | Path, out: str | Path, ledger: str = "default",
                      manifest: str | Path | None = None, engine: str = "pandas",
                      claims_dataset: str | Path = "", handcoded: str | Path = "",
                      ledger_rows: str = "dates", jobs: int = 0) -> dict[str, str | int]:
    """The notebooks' parameters for a report of any raw folder into ``out`` (the manifest
    ``sources.csv`` beside the folder unless another is given; ``engine``: the comparison
    stage's, ``pipeline.ENGINES``; ``handcoded``: the sample notebook 06 scores against, else
    its own, the seeds'; ``ledger_rows``: the ledger's rows the charts and tables draw,
    ``charts.LEDGER_ROWS``; ``jobs``: notebook 02's extraction processes, 0 for all cores).

    >>> params = report_parameters("/x/raw", "/y", engine="duckdb")
    >>> params["claims_table"], params["engine"], "handcoded" in params, params["ledger_rows"]
    ('/y/processed/claims.csv', 'duckdb', False, 'dates')
    >>> report_parameters("/x/raw", "/y", handcoded="/z/sample.csv")["handcoded"]
    '/z/sample.csv'
    >>> report_parameters("/x/raw", "/y", jobs=1)["jobs"], "jobs" in report_parameters("/x/raw", "/y")
    (1, False)
    """
    from claimtable import corrections, load

    raw, out = Path(raw_dir), Path(out)  # as given: the notebooks resolve them from the project root
    processed = out / "processed"
    if not manifest:  # the manifest load.manifest_path finds, said the way the folder was
        found = load.manifest_path(paths.resolve(raw))
        manifest = found if raw.is_absolute() else Path(os.path.relpath(found, paths.PROJECT_ROOT))
    return {
        "raw_dir": str(raw), "manifest": str(manifest),
        "out_dir": str(processed), "sentences_table": str(processed / "sentences.csv"),
        "claims_table": str(processed / "claims.csv"), "processed_dir": str(processed),
        "figures_dir": str(out / "figures"), "ledger": str(ledger),
        "claims_dataset": str(claims_dataset), "engine": engine, "ledger_rows": ledger_rows,
        "corrections": str(corrections.find(raw)),  # beside the folder, else inside it
    } | ({"handcoded": str(handcoded)} if handcoded else {}) | ({"jobs": jobs} if jobs else {})


def parameter_path(path: str | Path) -> str:
    """A folder or file given on the command line as a notebook parameter: an absolute path as
    given, a relative one (from the working folder) relative to the project root, where the
    notebooks resolve it; never made absolute, so a run's notebooks and report hold no folder
    of the machine that the user did not write.

    >>> parameter_path("/data/raw")
    '/data/raw'
    """
    p = Path(path)
    return str(p) if p.is_absolute() else os.path.relpath(Path.cwd() / p, paths.PROJECT_ROOT)


def exporter() -> HTMLExporter:
    """The report's HTML exporter: no code, no prompts, no parameters cells, and the charts'
    descriptions as their images' alternative text (``REPORT_TEMPLATE``).

    >>> exporter().template_file
    'claimtable_report.html.j2'
    """
    from jinja2 import DictLoader
    from nbconvert import HTMLExporter
    from nbconvert.preprocessors import TagRemovePreprocessor

    html_exporter = HTMLExporter(exclude_input=True, exclude_input_prompt=True, exclude_output_prompt=True,
                                 extra_loaders=[DictLoader({"claimtable_report.html.j2": REPORT_TEMPLATE})],
                                 template_file="claimtable_report.html.j2")
    remover = TagRemovePreprocessor(remove_cell_tags={"parameters", "injected-parameters"}, enabled=True)
    html_exporter.register_preprocessor(remover, enabled=True)
    return html_exporter


def build(out: Path | None = None, parameters: dict | None = None) -> Path:
    """Run every notebook into ``<out>/notebooks`` and write ``<out>/report/index.html``.

    It runs every notebook, so the example is not run here (``tests/test_report.py`` builds one):

    >>> build(Path("build/other"), report_parameters("other/raw", "build/other"))  # doctest: +SKIP
    PosixPath('.../build/other/report/index.html')
    """
    import nbformat

    from claimtable import notebooks

    out = out or paths.BUILD
    executed = notebooks.run_all(out / "notebooks", parameters)
    report_nb = next((p for p in executed if p.name == REPORT_NOTEBOOK), executed[-1])
    nb = nbformat.read(report_nb, as_version=4)
    nb.metadata.pop("papermill", None)
    nb.metadata["title"] = "claimtable report"
    body, _ = exporter().from_notebook_node(nb)
    body = body.replace("</head>", REPORT_CSS + "</head>", 1)
    target = out / "report" / "index.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(body, encoding="utf-8")
    copy_tables(paths.resolve((parameters or {}).get("processed_dir") or paths.PROCESSED), target.parent / TABLES_DIR)
    score_nb = report_nb.with_name(SCORE_NOTEBOOK)
    if score_nb.is_file():  # the page the report links for every miss (SCORE_PAGE_LINK)
        nb = nbformat.read(score_nb, as_version=4)
        nb.metadata.pop("papermill", None)
        nb.metadata["title"] = "claimtable: agreement with hand coding"
        page, _ = exporter().from_notebook_node(nb)
        score_nb.with_suffix(".html").write_text(page.replace("</head>", REPORT_CSS + "</head>", 1),
                                                 encoding="utf-8")
    return target


def copy_tables(processed: Path, folder: Path) -> list[Path]:
    """Copy the tables the report shows (``TRACE_TABLES``, byte for byte) into ``folder`` (the
    report's ``TABLES_DIR``) and write there ``ESTIMATE_SENTENCES``: every figure the report's
    tables and charts show can be found, with its sentence, beside the report.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     [p.name for p in copy_tables(paths.PROCESSED, Path(d))][-1]
    'estimate_sentences.csv'
    """
    import shutil

    from claimtable import pipeline

    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name in TRACE_TABLES:
        if (processed / name).is_file():
            shutil.copyfile(processed / name, folder / name)
            written.append(folder / name)
    if (processed / "relays.csv").is_file() and (processed / "claims.csv").is_file():
        pipeline.write_csv(estimate_sentences(processed), folder / ESTIMATE_SENTENCES)
        written.append(folder / ESTIMATE_SENTENCES)
    return written


def corrections_note(processed_dir: str | Path):
    """The report's line on the analyst's corrections (``corrections.summary`` of the record
    notebook 02 wrote), as Markdown; None (nothing shown) when there were none.

    >>> corrections_note("no/such/folder") is None
    True
    """
    from IPython.display import Markdown

    from claimtable import corrections, pipeline

    record = paths.resolve(processed_dir) / corrections.APPLIED
    if not record.is_file():
        return None
    said = corrections.summary(pipeline.read_table(record))
    return Markdown(f"**{said}** They are listed under [Claims the analyst excluded or corrected]"
                    "(#Claims-the-analyst-excluded-or-corrected); every table and chart uses the corrected "
                    "claims.") if said else None


def analyst_corrections(processed_dir: str | Path) -> Table:
    """Every row of the analyst's ``corrections.csv`` and what it did, titled with the count
    ("3 claims excluded by the analyst"), or a table that says there was none: that the file
    the run read holds none, else where one was looked for (``corrections.none_said``).

    >>> analyst_corrections("no/such/folder").title
    'No corrections: no corrections.csv beside the raw folder or inside it.'
    """
    from claimtable import corrections, pipeline

    record = paths.resolve(processed_dir) / corrections.APPLIED
    applied = pipeline.read_table(record) if record.is_file() else pd.DataFrame(columns=corrections.APPLIED_COLUMNS)
    said = corrections.summary(applied) or corrections.none_said(corrections.read_from(processed_dir))
    return Table(applied, title=said, csv=corrections.APPLIED, max_rows=200)


def unread_sources(processed_dir: str | Path, shown: int = 20) -> list[str]:
    """The files (or archive rows) of a built collection that could not be read, one line each
    with the reason, from its ``articles.csv`` (the first ``shown``, then how many more). An
    archive's row (``file`` is "archive:line") is named with its article id too, the id by
    which ``articles.csv`` and the report's Sources table list it.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     _ = (Path(d) / "articles.csv").write_text(
    ...         "article,file,status,reason\\na,a.txt,ok,\\nb,b.txt,error,empty file\\n"
    ...         "x2,news.jsonl:2,error,empty text\\n", encoding="utf-8")
    ...     unread_sources(d)
    ['b.txt: empty file', "news.jsonl:2 (article 'x2'): empty text"]
    """
    rows = _processed_rows(processed_dir, "articles.csv", {"article", "file", "status", "reason"})
    if rows is None:
        return []
    bad = rows[rows["status"] != "ok"]
    lines = [f"{_unread_name(r.get('file', ''), r['article'])}: {r['reason'] or r['status']}"
             for _, r in bad.head(shown).iterrows()]
    if len(bad) > shown:
        lines.append(f"… and {len(bad) - shown:,} more (see articles.csv)")
    return lines


def _unread_name(file: str, article: str) -> str:
    """How a line of ``unread_sources`` names what was not read: the file, an archive's row
    with its article id, the article id when no file is known.

    >>> _unread_name("a.txt", "a"), _unread_name("news.jsonl:7", "news-000007"), _unread_name("", "b")
    ('a.txt', "news.jsonl:7 (article 'news-000007')", 'b')
    """
    if not file:
        return article
    name, _, line = file.rpartition(":")
    return f"{file} (article {article!r})" if name and line.isdigit() and article else file


def name_unread(processed_dir: str | Path, prog: str) -> int:
    """Name on standard error each file of a built collection that could not be read
    (:func:`unread_sources`), as ``claimtable extract`` does; the exit status: 1 when some were
    not read, else 0. Both report commands end with it.

    >>> name_unread("no/such/folder", "report")
    0
    """
    unread = unread_sources(processed_dir)
    for line in unread:
        print(f"{prog}: {line}", file=sys.stderr)
    return 1 if unread else 0


def ledger_unmet(processed_dir: str | Path, ledger: str, off: str = '--ledger ""') -> list[str]:
    """A line for standard error when a ledger was given and none of the collection's
    estimates meets it (no estimate ``matches`` or ``differs from`` it: no shared claimant,
    measure and time), so that a ledger of another story is not merged in silently; ``off``:
    the option that leaves the ledger out.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     _ = (Path(d) / "estimates.csv").write_text("origin,ledger_check\\nextracted,not in the ledger\\n"
    ...                                                "hand-coded,\\nhand-coded,\\n", encoding="utf-8")
    ...     print(ledger_unmet(d, "default")[0])
    none of the 1 estimates of these articles meets the ledger data/reference/reported_figures.csv (no shared claimant, measure and time): its 2 hand-coded rows are in the report all the same (in its charts, those about the articles' dates); --ledger "" leaves them out
    >>> ledger_unmet("no/such/folder", "")
    []
    """
    from claimtable import ledger as ledgers

    table = paths.resolve(processed_dir) / "estimates.csv"
    if not ledger or not table.is_file():
        return []
    rows = pd.read_csv(table, dtype=str, keep_default_na=False, usecols=["origin", "ledger_check"])
    coded = int((rows["origin"] == LEDGER_ORIGIN).sum())
    own = rows[rows["origin"] != LEDGER_ORIGIN]
    if not coded or own["ledger_check"].isin([ledgers.MATCHES, ledgers.DIFFERS]).any():
        return []
    name = ledgers.DEFAULT.relative_to(paths.PROJECT_ROOT) if ledger == "default" else ledger
    return [f"none of the {len(own):,} estimates of these articles meets the ledger {name} "
            f"(no shared claimant, measure and time): its {coded:,} hand-coded rows are in the "
            f"report all the same (in its charts, those about the articles' dates); {off} leaves them out"]


def corrections_unmatched(processed_dir: str | Path) -> list[str]:
    """A line for standard error for each row of the analyst's corrections file that names no
    claim (no claim of that article starts at that offset), so that a correction that did
    nothing is not seen only in the report.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     _ = (Path(d) / "corrections_applied.csv").write_text(
    ...         "article,start,figure,action,column,was,now,reason,done\\n"
    ...         "a,10,700,drop,,,,dup,dropped\\nb,99,,correct,claimant,,UN,,no such claim\\n", encoding="utf-8")
    ...     corrections_unmatched(d)
    ["corrections.csv: correct of article 'b' at 99: no claim of that article starts there (not applied)"]
    """
    from claimtable import corrections

    table = paths.resolve(processed_dir) / corrections.APPLIED
    if not table.is_file():
        return []
    rows = pd.read_csv(table, dtype=str, keep_default_na=False)
    return [f"{corrections.FILE_NAME}: {r.action} of article {r.article!r} at {r.start}: no claim "
            "of that article starts there (not applied)"
            for r in rows.itertuples() if r.done == "no such claim"]


def dates_unread(processed_dir: str | Path, shown: int = 3) -> list[str]:
    """A line for standard error naming the sources whose publication date was given but could
    not be read ("13/31/2025"): they are undated, so their figures have no date to be compared
    by, and a wrong date in an export is not lost in silence.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     _ = (Path(d) / "articles.csv").write_text(
    ...         "article,published,status\\na,2025-03-01,ok\\nb,13/31/2025,ok\\nc,,ok\\n", encoding="utf-8")
    ...     dates_unread(d)
    ["1 source's publication date could not be read, so it is undated: b ('13/31/2025') (the sources table keeps it as written)"]
    """
    from claimtable.dates import parse_published

    rows = _processed_rows(processed_dir, "articles.csv", {"article", "published", "status"})
    if rows is None or "published" not in rows:
        return []
    bad = [(r.article, r.published) for r in rows.itertuples()
           if r.published.strip() and getattr(r, "status", "ok") == "ok" and not parse_published(r.published)]
    if not bad:
        return []
    whose, named = _sources_named([f"{a} ({p!r})" for a, p in bad], "publication date", shown)
    verb = "could not be read, so it is undated" if len(bad) == 1 else "could not be read, so they are undated"
    return [f"{whose} {verb}: {named} (the sources table keeps it as written)"]


def _processed_rows(processed_dir: str | Path, name: str, columns: set[str]) -> pd.DataFrame | None:
    """The columns of a processed table that it has, of those the standard-error lines read, as
    text (empty cells ""); None when the table was not written.

    >>> _processed_rows("no/such/folder", "articles.csv", {"article"}) is None
    True
    """
    table = paths.resolve(processed_dir) / name
    if not table.is_file():
        return None
    return pd.read_csv(table, dtype=str, keep_default_na=False, usecols=lambda c: c in columns)


def _sources_named(bad: list[str], what: str, shown: int) -> tuple[str, str]:
    """How a line for standard error counts the sources it names and names the first ``shown``.

    >>> _sources_named(["a", "b", "c", "d"], "header", 2)
    ("4 sources' headers", 'a, b and 2 more')
    >>> _sources_named(["a"], "header", 2)
    ("1 source's header", 'a')
    """
    named = ", ".join(bad[:shown]) + (f" and {len(bad) - shown} more" if len(bad) > shown else "")
    return (f"1 source's {what}" if len(bad) == 1 else f"{len(bad)} sources' {what}s"), named


def headers_unread(processed_dir: str | Path, shown: int = 3) -> list[str]:
    """A line for standard error naming the sources whose headline was read over several lines
    (a header the loader could not take apart: a byline or a date line may be in the title,
    and the article then has no outlet or date from it), so that it is not lost in silence.
    The title sentence of ``sentences.csv`` keeps its line breaks (``articles.csv`` folds them).

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     _ = (Path(d) / "sentences.csv").write_text(
    ...         'article,sentence,role,text\\na,0,title,One line\\nb,0,title,"Storm hits\\nBy Jo Lee; Harbour Ledger"\\n',
    ...         encoding="utf-8")
    ...     headers_unread(d)
    ["1 source's header could not be read apart (its headline runs over several lines, so a byline or date in it is not read): b"]
    """
    rows = _processed_rows(processed_dir, "sentences.csv", {"article", "role", "text"})
    if rows is None or "role" not in rows or "text" not in rows:
        return []
    titles = rows[rows["role"] == "title"]
    bad = list(titles.loc[titles["text"].str.strip().str.contains("\n", regex=False), "article"])
    if not bad:
        return []
    whose, named = _sources_named(bad, "header", shown)
    return [f"{whose} could not be read apart (its headline runs over several lines, so a byline or "
            f"date in it is not read): {named}"]


def finish(target: Path, processed_dir: str | Path, ledger: str, off: str = '--ledger ""') -> int:
    """What both report commands print on standard error once the report is written, in the
    README's order: a ledger none of the estimates meets (``ledger_unmet``), corrections that
    named no claim (``corrections_unmatched``), publication dates that could not be read
    (``dates_unread``), the files that
    could not be read (``name_unread``), then the one line that says what was written
    (``announce``), last. Returns the exit status (1 when some files were not read)."""
    for line in (ledger_unmet(processed_dir, ledger, off) + corrections_unmatched(processed_dir)
                 + dates_unread(processed_dir) + headers_unread(processed_dir)):
        print(f"{PROG}: {line}", file=sys.stderr)
    status = name_unread(processed_dir, PROG)
    announce(target)
    return status


#: What both report commands (``claimtable report``, ``python -m claimtable.report``) put before
#: their lines on standard error: one name, so that a log reads the same whichever ran.
PROG = "claimtable"


def announce(target: Path) -> None:
    """The one line both report commands end with on standard error (standard output stays
    empty): what was written, and where.

    >>> import contextlib, io
    >>> with contextlib.redirect_stderr(io.StringIO()) as err:
    ...     announce(Path("/b/report/index.html"))
    >>> err.getvalue()
    'claimtable: report written to /b/report/index.html\\n'
    """
    print(f"{PROG}: report written to {target}", file=sys.stderr)


def notebook_failed(error) -> None:
    """The line both report commands print on standard error when a notebook fails
    (``error``: papermill's ``PapermillExecutionError``), instead of a traceback, naming the
    notebook (``notebooks.run`` sets it); then, when its
    kernel wrote on its standard output or error (``notebooks.run`` keeps it apart), the
    notebook's name and those lines, indented.

    >>> import contextlib, io, types
    >>> err = io.StringIO()
    >>> with contextlib.redirect_stderr(err):
    ...     notebook_failed(types.SimpleNamespace(ename="ValueError", evalue="bad", notebook="03_compare_sources.ipynb",
    ...                                           kernel_log="a warning\\nAborted"))
    >>> print(err.getvalue(), end="")
    claimtable: a notebook failed: 03_compare_sources.ipynb: ValueError: bad
    claimtable: the kernel of 03_compare_sources.ipynb wrote:
        a warning
        Aborted

    A manifest that cannot be read (notebook 01 stops on it) is named as the user's file:

    >>> with contextlib.redirect_stderr(io.StringIO()) as err:
    ...     notebook_failed(types.SimpleNamespace(ename="ManifestError", evalue="sources.csv: line 3 has more fields"))
    >>> print(err.getvalue(), end="")
    claimtable: the sources manifest cannot be used: sources.csv: line 3 has more fields
    """
    if error.ename == "ManifestError":  # the user's manifest, not a notebook, is what failed
        print(f"{PROG}: the sources manifest cannot be used: {error.evalue}", file=sys.stderr)
        return
    name = getattr(error, "notebook", "")  # which notebook: the one papermill was running
    print(f"{PROG}: a notebook failed: {name + ': ' if name else ''}{error.ename}: {error.evalue}", file=sys.stderr)
    said = getattr(error, "kernel_log", "")
    if said:
        print(f"{PROG}: the kernel of {getattr(error, 'notebook', 'the notebook')} wrote:", file=sys.stderr)
        print(textwrap.indent(said, "    "), file=sys.stderr)


def module_parameters(out: Path, given: dict[str, str]) -> dict[str, str]:
    """The notebooks' parameters for ``python -m claimtable.report --out OUT -p NAME VALUE ...``:
    as given for the seeds (no ``raw_dir``: the stored outputs are rebuilt, as ``make report``
    does), but for another raw folder every output not given goes under ``out`` — another
    folder's tables and charts must never overwrite ``data/processed`` and ``figures/``.

    >>> module_parameters(Path("/b"), {})
    {}
    >>> p = module_parameters(Path("/b"), {"raw_dir": "/x/raw", "ledger": ""})
    >>> p["out_dir"], p["figures_dir"], p["ledger"]
    ('/b/processed', '/b/figures', '')
    """
    if "raw_dir" not in given:
        return given
    return {**report_parameters(given["raw_dir"], out), **given}


def main(argv: list[str] | None = None) -> int:
    """``python -m claimtable.report`` (``make report``): every notebook, then the report;
    exit status 1 with one line when a notebook fails. It says what it wrote, failed or could
    not read in the words of ``claimtable report`` (:func:`announce`, :func:`notebook_failed`).

    >>> main(["--out", "build", "-p", "raw_dir", "no/such/folder"])  # doctest: +SKIP
    1
    """
    parser = argparse.ArgumentParser(prog="python -m claimtable.report",
                                     description="Run every notebook and build the HTML report.")
    parser.add_argument("--out", default=str(paths.BUILD), help="build folder (default build/)")
    parser.add_argument("-p", "--parameter", nargs=2, action="append", default=[],
                        metavar=("NAME", "VALUE"),
                        help="a notebook parameter, e.g. -p raw_dir other/raw (repeatable)")
    args = parser.parse_args(argv)
    from papermill.exceptions import PapermillExecutionError

    out = Path(args.out).resolve()
    params = module_parameters(Path(parameter_path(args.out)), dict(args.parameter))
    if "manifest" not in dict(args.parameter) and "raw_dir" in params:
        from claimtable import load

        if notice := load.manifest_notice(paths.resolve(params["raw_dir"])):  # which of two is read
            print(f"{PROG}: {notice}", file=sys.stderr)
    if "corrections" not in dict(args.parameter) and "raw_dir" in params:
        from claimtable import corrections

        if notice := corrections.notice(paths.resolve(params["raw_dir"])):  # which of two is applied
            print(f"{PROG}: {notice}", file=sys.stderr)
    try:
        target = build(out, params)
    except PapermillExecutionError as e:  # one line that says what failed, not a traceback
        notebook_failed(e)
        return 1
    return finish(target, params.get("out_dir", paths.PROCESSED), params.get("ledger", "default"),
                  off='-p ledger ""')



def highlighted_claims(claims: pd.DataFrame, sentences: pd.DataFrame, max_rows: int = 200) -> Table:
    """Each claim (the first ``max_rows``) with its sentence, the figure and (when in the
    same sentence) the claimant phrase marked.

    >>> claims = pd.DataFrame({"article": ["a"], "figure": ["1,500"], "claimant": ["NIS"], "start": [9],
    ...                        "end": [14], "sentence": ["NIS said 1,500 <b>"], "claimant_start": [0],
    ...                        "claimant_end": [3]})
    >>> sentences = pd.DataFrame({"article": ["a"], "text": ["NIS said 1,500 <b>"], "start": [0]})
    >>> highlighted_claims(claims, sentences).frame["sentence"][0]  # doctest: +NORMALIZE_WHITESPACE
    '<mark class="claimant" style="background-color: #b9dcff">NIS</mark> said
     <mark class="figure" style="background-color: #ffe066">1,500</mark> &lt;b&gt;'
    """
    total = len(claims)
    claims = claims.head(max_rows)
    wanted = set(zip(claims["article"], claims["sentence"], strict=True))
    # a sentence can stand twice in one article (a page that repeats a paragraph): each claim
    # is marked in the occurrence that holds its figure's offsets
    starts: dict[tuple[str, str], list[int]] = {}
    for r in sentences.itertuples(index=False):
        if (r.article, r.text) in wanted:
            starts.setdefault((r.article, r.text), []).append(int(r.start))
    shown = []
    for c in claims.itertuples(index=False):
        base = _holding(starts.get((c.article, c.sentence), []), int(c.start), len(str(c.sentence)))
        spans = []
        if base is not None:
            spans.append((int(c.start) - base, int(c.end) - base, "figure"))
            if not pd.isna(c.claimant_start):
                spans.append((int(c.claimant_start) - base, int(c.claimant_end) - base, "claimant"))
        shown.append({
            "article": getattr(c, "label", "") or c.article,
            "figure": c.figure,
            "claimant": c.claimant,
            "sentence": highlight(str(c.sentence), spans),
        })
    frame = pd.DataFrame(shown, columns=["article", "figure", "claimant", "sentence"])
    table = Table(frame, raw_html_columns=("sentence",), max_rows=max_rows, csv="claims.csv")
    table.total = total
    return table


def _holding(starts: list[int], offset: int, length: int) -> int | None:
    """Of a sentence's start offsets (its occurrences in one article), the one whose text holds
    ``offset``; None when none does.

    >>> _holding([374, 1203], 1210, 40), _holding([374, 1203], 380, 40), _holding([374], 900, 40)
    (1203, 374, None)
    """
    return next((start for start in starts if start <= offset < start + length), None)


def findings_table(matrix: pd.DataFrame, max_rows: int = 40) -> Table:
    """The figure groups (``agreement.csv``) with each row coloured by its finding; the
    groups most articles give first when they are too many to show.

    >>> matrix = pd.DataFrame({"group": [1], "articles": [2], "finding": ["agree"], "figures": ["1,500"]})
    >>> findings_table(matrix).frame["finding"].tolist()
    ['agree']
    """
    from claimtable.charts import _finding_colour

    if len(matrix) > max_rows:
        matrix = matrix.sort_values("articles", ascending=False, kind="stable")
    styles = matrix["finding"].map(lambda f: f"background-color: {_finding_colour(f)}40")
    shown = matrix.fillna("").replace({r"\n": " "}, regex=True)
    return Table(shown, row_style=styles.reset_index(drop=True), title="Figure groups and findings",
                 max_rows=max_rows, csv="agreement.csv")


def checks_table(checks: pd.DataFrame, title: str = "Derived checks", max_rows: int = 40) -> Table:
    """The derived checks (``derived_checks.csv``) for reading: each value written as the other
    tables write figures ("8,666.7", "75,000", not 75000.0), the article column left out (the
    label names it).

    >>> t = checks_table(pd.DataFrame({"check": ["c"], "article": ["a"], "label": ["L"], "value": [75000.0], "how": ["h"]}))
    >>> t.frame.values.tolist()
    [['c', 'L', '75,000', 'h']]
    """
    shown = with_thousands(checks.drop(columns=["article"], errors="ignore"), ("value",))
    return Table(shown, title=title, max_rows=max_rows, csv="derived_checks.csv")


#: The title of the report's claims per article: it lists every article read, with 0 claims too.
CLAIMS_PER_ARTICLE = "Claims per article (every article read; 0: the extractor found no figure in it)"


#: The columns of the estimates table a reader needs, in reading order.
ESTIMATE_VIEW = ["claimant", "measure", "unit", "place", "figure", "hedge", "as_of", "relays", "copies", "origin",
                 "relay_differs", "ledger_check", "label"]


#: The ``origin`` of an estimates row that is the ledger's, not the articles'.
LEDGER_ORIGIN = "hand-coded"


#: The columns of ``estimate_sentences``: an estimate, one of its relays and that relay's
#: figure in its sentence (``start``, ``end``: offsets into the article's decoded text;
#: ``figure_at``: the figure's offset into its sentence, so a sentence that holds "four" twice,
#: or inside "fourteen", says which is the figure).
ESTIMATE_SENTENCE_COLUMNS = ["estimate", "claimant", "measure", "article", "label", "published", "figure",
                             "start", "end", "sentence", "figure_at"]


def estimate_sentences(processed_dir: str | Path) -> pd.DataFrame:
    """Every relay of every estimate with its figure and sentence: ``relays.csv`` (its
    ``estimate``) joined to ``claims.csv`` by ``article`` and ``start`` (the figure's offset),
    in the relays' order, with the figure's offset into its sentence (``figure_at``, from the
    sentence's own in ``sentences.csv``; "" when that file is not there). The ledger's rows
    have no relay, so no row here.

    >>> rows = estimate_sentences("data/processed")
    >>> list(rows.columns) == ESTIMATE_SENTENCE_COLUMNS, bool((rows["sentence"] != "").all())
    (True, True)
    >>> all(r.sentence[int(r.figure_at):].startswith(r.figure) for r in rows.itertuples())
    True
    """
    from claimtable import pipeline

    processed = paths.resolve(processed_dir)
    relays = pipeline.read_table(processed / "relays.csv")
    claims = pd.read_csv(processed / "claims.csv", dtype=str, keep_default_na=False,
                         usecols=["article", "start", "end", "figure", "sentence", "claimant", "measure",
                                  "paragraph", "sentence_no"])
    relays = relays.assign(estimate=relays["estimate"].astype(str), start=relays["start"].astype(str))
    joined = relays[["estimate", "article", "label", "published", "start"]].merge(
        claims, on=["article", "start"], how="left", validate="many_to_one").fillna("")
    return joined.assign(figure_at=_figure_offsets(joined, processed / "sentences.csv"))[ESTIMATE_SENTENCE_COLUMNS]


def _figure_offsets(rows: pd.DataFrame, sentences_csv: Path) -> list[str]:
    """Each row's figure offset into its sentence: the figure's offset into the article
    (``start``) less its sentence's (``sentences.csv`` by article, paragraph and sentence
    number); "" when the sentence is not found or does not hold the figure there."""
    if not sentences_csv.is_file():
        return [""] * len(rows)
    starts = pd.read_csv(sentences_csv, dtype=str, keep_default_na=False,
                         usecols=["article", "paragraph", "sentence", "start"])
    at = dict(zip(zip(starts["article"], starts["paragraph"], starts["sentence"], strict=True),
                  starts["start"], strict=True))
    out = []
    for r in rows.itertuples(index=False):
        begins = at.get((r.article, r.paragraph, r.sentence_no))
        offset = int(r.start) - int(begins) if begins is not None and r.start != "" else -1
        held = offset >= 0 and str(r.sentence)[offset:offset + len(str(r.figure))] == str(r.figure) != ""
        out.append(str(offset) if held else "")
    return out


def figure_offset(sentence: str, figure: str, at: str = "") -> int:
    """Where a figure stands in its sentence: at its own offset (``at``, from
    ``estimate_sentences``) when that holds it, else at its first occurrence (-1: nowhere).
    The first occurrence can be another figure or inside a word: "four" of "fourteen".

    >>> s = "Medics said fourteen soldiers and four police officers were killed."
    >>> figure_offset(s, "four", "34"), figure_offset(s, "four"), figure_offset(s, "five")
    (34, 12, -1)
    """
    if at != "" and sentence[int(at):int(at) + len(figure)] == figure:
        return int(at)
    return sentence.find(figure) if figure else -1


def _first_sentences(sentences: pd.DataFrame) -> dict[str, tuple[str, str, int]]:
    """Each estimate's first relay: its article's label, its sentence with the figure marked
    (HTML) and how many relays the estimate has."""
    out: dict[str, tuple[str, str, int]] = {}
    counts = sentences["estimate"].value_counts()
    for r in sentences.drop_duplicates("estimate").itertuples(index=False):
        text = str(r.sentence)
        at = figure_offset(text, str(r.figure), str(getattr(r, "figure_at", "")))
        marked = highlight(text, [(at, at + len(str(r.figure)), "figure")] if at >= 0 else [])
        out[str(r.estimate)] = (str(r.label), marked, int(counts[r.estimate]))
    return out


def estimates_table(estimates: pd.DataFrame, max_rows: int = 100,
                    sentences: pd.DataFrame | None = None) -> Table:
    """The estimates the articles make (the ledger's rows are ``ledger_table``'s), most
    relayed first (then latest), each figure written as a reader writes it beside what it
    counts (``unit``: "drone", "home") and where (``place``); cut to ``max_rows`` with the
    count and the CSV named.

    >>> est = pd.DataFrame({"claimant": ["X", "Y", "Z"], "measure": ["killed"] * 3, "value_low": [1500, 10, 7],
    ...                     "value_high": [1500, 20, 7], "hedge": ["exact", "range", "exact"],
    ...                     "as_of": ["2024-10", "", "2024-11"], "relays": [1, 3, 1],
    ...                     "origin": ["extracted", "extracted", "hand-coded"], "relay_differs": ["", "", ""],
    ...                     "ledger_check": ["", "", ""], "label": ["a", "b", "c"]})
    >>> estimates_table(est).frame["figure"].tolist()
    ['10–20', '1,500']
    >>> ledger_table(est).frame["figure"].tolist()
    ['7']
    """
    own = estimates[estimates["origin"] != LEDGER_ORIGIN]
    view = with_war(_estimate_view(own), own)
    if sentences is None:
        return Table(view, title="Estimates the articles make", max_rows=max_rows, csv="estimates.csv")
    first = _first_sentences(sentences)
    ids = own.loc[view.index, "estimate"].astype(str)

    def said(i: str, label: str) -> str:  # the sentence, after its article's label when the row names another
        if i not in first:
            return ""
        where, marked, n = first[i]
        more = f" (and {n - 1:,} more relay{'s' if n > 2 else ''})" if n > 1 else ""
        return (f"{html.escape(where)}: " if where != label else "") + marked + more

    view = view.assign(estimate=ids.to_numpy(),
                       sentence=[said(i, str(label)) for i, label in zip(ids, view["label"], strict=True)])
    # every row here is the articles' own (origin "extracted"): that column gives way to the sentence
    view = view[["estimate", *[c for c in view.columns if c not in ("origin", "estimate", "sentence")], "sentence"]]
    return Table(view, title=f"Estimates the articles make (each with its first relay's sentence; every relay's "
                             f"sentence: {TABLES_DIR}/{ESTIMATE_SENTENCES}, by the estimate's number)",
                 max_rows=max_rows, csv="estimates.csv", raw_html_columns=("sentence",))


def with_war(view: pd.DataFrame, own: pd.DataFrame) -> pd.DataFrame:
    """The estimates table's rows (``_estimate_view`` of ``own``, by its index) with the war each
    estimate is of in words beside its claimant (``war``: ``charts.figure_wars``, as the "Latest
    estimate" table and "Who says what" say it) when the articles' estimates name more than one
    war: in a collection of many wars, "the military: 3 killed" says which it is of; of one war
    (the seeds) the table is as before.

    >>> own = pd.DataFrame({"claimant": ["police", "police"], "place": ["Reynosa", "Khartoum"],
    ...                     "countries": ["", ""]})
    >>> with_war(own[["claimant"]], own).columns.tolist(), with_war(own[["claimant"]], own)["war"].tolist()
    (['claimant', 'war'], ['Mexico', 'Sudan'])
    >>> with_war(own[["claimant"]].iloc[:1], own.iloc[:1]).columns.tolist()
    ['claimant']
    """
    from claimtable import charts

    if not len(own) or "place" not in own or "countries" not in own:
        return view
    wars = pd.Series(charts.figure_wars(own), index=own.index, dtype=object)
    if len(set(wars) - {""}) < 2:
        return view
    at = view.columns.get_loc("claimant") + 1
    return view.reindex(columns=[*view.columns[:at], "war", *view.columns[at:]]).assign(war=wars.loc[view.index])


#: "How to read this" on the ledger's rows: only when the comparison was given a ledger.
LEDGER_READING = ("**Hand-coded** estimates come from a researcher's ledger, not from the articles "
                  "(their own table, and hollow diamonds in the charts); extracted estimates are "
                  "checked against it: *matches the ledger*, *differs from the ledger*, *not in the ledger*.")
NO_LEDGER_READING = "No hand-coded ledger was given: every estimate comes from the articles."


def ledger_reading(estimates: pd.DataFrame):
    """The "How to read this" line on the ledger, as Markdown: what its rows are when the
    comparison joined some, else that none was given (``--ledger ""``).

    >>> ledger_reading(pd.DataFrame({"origin": ["extracted"]})).data
    'No hand-coded ledger was given: every estimate comes from the articles.'
    """
    from IPython.display import Markdown

    coded = (estimates["origin"] == LEDGER_ORIGIN).any() if "origin" in estimates else False
    return Markdown(LEDGER_READING if coded else NO_LEDGER_READING)


#: "How to read this" on the figure groups, in every folder: how they join figures
#: (``compare.can_be_one``, ``compare.towns_apart``, ``compare.years_apart``).
FIGURE_GROUP_READING = (
    "A **figure group** gathers the claims of different articles that can be about the same thing "
    "(same measure and unit, places in one country and not two different towns, dates at most a month "
    "apart); a figure that names no place is read in the countries and towns its article's other figures "
    "name, so an unplaced \"3 killed\" in an article on Kharkiv never joins one in an article on Odesa. "
    "A figure with no date of its own (its article has none) is of the years its sentence names, else "
    "no earlier than the latest year its article names (a date is never guessed): \"7 killed\" on "
    "\"September 5, 1993\" never joins a toll of 2011, nor a toll of 2011 one in an article that names 2024.")
#: "How to read this" on a figure group's finding, after how groups join.
FINDING_READING = ("A group's **finding** says whether its figures agree, or what differs; outlets printing "
                   "one wire passage count as one source (**articles**), the copies named in its notes.")
#: What "How to read this" adds when a figure group's notes say that nothing places some of its
#: articles in time (``compare.timeless_note``).
TIMELESS_READING = (
    "A group whose values differ while some of its articles are not dated and name no year says so "
    "first in its notes (\"no time: …\"): nothing places those figures in time, so they may be of "
    "different days or years rather than rival counts of one event.")
#: What "How to read this" adds on the figure groups in a folder of many stories
#: (``compare.many_stories``, ``compare.loose_apart``); a folder of one story shows none of it.
MANY_STORIES_READING = (
    "This folder holds several stories (no country is common to all its articles that name one): "
    "here two figures that are not both dated (a figure takes its article's date) and do not both "
    "name a town, a camp or a village join only as one claimant's very same figure, an unattributed "
    "one only with its own wire copies; \"3 killed\" and \"1 killed\" in two undated articles on "
    "one country are two events, not a disagreement.")


def figure_group_reading(processed_dir: str | Path):
    """The "How to read this" paragraph on the figure groups, as Markdown (after the list, as
    ``ledger_reading``'s): how they join figures
    (``FIGURE_GROUP_READING``), in a folder of many stories (``compare.of_many_stories`` of
    ``claims.csv``, the figure groups' own decision) what else keeps two figures apart there (``MANY_STORIES_READING``), then
    what a group's finding says (``FINDING_READING``), and, when a group's notes say that nothing
    places some of its articles in time (``agreement.csv``), what that means (``TIMELESS_READING``).
    The seeds are one story, every article dated:

    >>> figure_group_reading("data/processed").data == f"{FIGURE_GROUP_READING} {FINDING_READING}"
    True
    """
    from IPython.display import Markdown

    from claimtable import compare

    claims = pd.read_csv(paths.resolve(processed_dir) / "claims.csv", dtype=str, keep_default_na=False,
                         usecols=lambda c: c in {"article", "place", "sentence", "claimant_phrase"})
    many = compare.of_many_stories(claims.to_dict("records"))
    groups = paths.resolve(processed_dir) / "agreement.csv"
    timeless = groups.is_file() and pd.read_csv(groups, dtype=str, keep_default_na=False, usecols=["notes"])[
        "notes"].str.startswith(compare.TIMELESS).any()
    return Markdown(" ".join([FIGURE_GROUP_READING, *([MANY_STORIES_READING] if many else []), FINDING_READING,
                              *([TIMELESS_READING] if timeless else [])]))


#: The columns of ``latest_table``.
LATEST_VIEW = ["measure", "claimant", "value", "as_of", "origin", "comparison"]


def latest_table(estimates: pd.DataFrame, max_rows: int = 60) -> Table:
    """The latest estimate of each claimant and measure in the articles (the collection's own,
    whatever the ledger holds: a reader opens a report of their articles), against the median
    of the largest set of the latest estimates about one time and place
    (``charts.agreement_table``, where the ledger's rows about the articles' dates count too),
    in the order of measures and claimants; when a measure has several sets (a collection of
    several wars), each row against its own set's median, and the table says which war the row
    is of (``war``, in words: "Sudan"), which set (``set``, 1 the largest) and where
    (``compared_in``). The ledger's own latest figures are a table of
    their own (``latest_ledger_table``).

    >>> est = pd.DataFrame({"claimant": ["A", "B"], "measure": ["killed"] * 2, "value_low": [100, 110],
    ...                     "value_high": [100, 110], "origin": ["hand-coded", "extracted"]})
    >>> t = latest_table(est)
    >>> t.frame["claimant"].tolist(), t.title.split(": ")[0]
    (['B'], 'Latest estimate of each claimant and measure in these articles (1)')
    """
    from claimtable import charts

    latest = charts.agreement_table(estimates)
    own = latest[(latest["origin"] != LEDGER_ORIGIN).to_numpy()]
    with_ledger = bool((latest["origin"] == LEDGER_ORIGIN).any())
    several = bool((latest["set"] > 1).any())
    median = ("the median of " + ("its set (1 the largest, each compared among itself, in the countries "
                                  "its compared_in column names; war: where the figure is, in words)" if several
                                  else "the largest set")
              + " of the latest estimates about one time and place"
              + (", the ledger's rows about the articles' dates among them" if with_ledger else ""))
    # several wars: each row says which war it is of, beside its claimant (one about another
    # time or place, in no set, too)
    view = ([*LATEST_VIEW[:2], "war", *LATEST_VIEW[2:], "set", "compared_in"] if several else LATEST_VIEW)
    if several:  # a row whose figure names no war is of the war it is compared in, as its agreement cell says
        own = own.assign(war=latest_wars(own))
    # the rows compared first: a collection of many wars has hundreds about another time or place
    # and, cut to its first rows, hundreds alone on their measure and kind ("captured: austrian")
    order = compared_first(own["comparison"].tolist(), cut=len(own) > max_rows)
    own = own.iloc[order]
    elsewhere = (own["comparison"] == charts.ELSEWHERE).to_numpy()
    unsaid = (own["comparison"] == charts.UNSAID).to_numpy()  # ``charts.says_nothing``
    alone = int((own["comparison"] == charts.ALONE).sum()) if len(own) > max_rows else 0
    after = (f"; the {int(elsewhere.sum()):,} about another time or place, not compared, after the "
             f"{int((~elsewhere & ~unsaid).sum()):,} others" if elsewhere.any() and (~elsewhere).any()
             else " (another time or place: not compared)")
    if alone:
        after += (f"; the {alone:,} of a set of one claimant (only one claimant) after the "
                  f"{int(len(own) - alone - elsewhere.sum() - unsaid.sum()):,} compared with another claimant's")
    if unsaid.any():
        after += (f"; last, never compared, the {int(unsaid.sum()):,} of people the articles say nothing more "
                  f"of ({charts.UNSAID}: other: person, a town's population beside people in need of aid)")
    return Table(own[view].reset_index(drop=True), max_rows=max_rows, computed_from="estimates.csv",
                 title=f"Latest estimate of each claimant and measure in these articles ({len(own):,}): "
                       f"against {median}{after}")


def compared_first(comparisons: list[str], cut: bool) -> list[int]:
    """The order of the latest table's rows (positions, stable): those compared with another
    claimant's figure first (agrees, higher, lower), those about another time or place
    (``charts.ELSEWHERE``) next to last, those that say nothing of what they count
    (``charts.UNSAID``, never compared) last; a table ``cut`` to its first rows also puts those alone in
    their set (``charts.ALONE``: a kind of people one claimant alone gives, "captured:
    austrian") after the compared, so that its first rows are comparisons. A table shown whole
    keeps its measures' order among them.

    >>> rows = ["only one claimant", "agrees", "another time or place", "lower"]
    >>> compared_first(rows, cut=False), compared_first(rows, cut=True)
    ([0, 1, 3, 2], [1, 3, 0, 2])
    """
    from claimtable import charts

    def rank(comparison: str) -> int:
        if comparison == charts.UNSAID:
            return 3
        if comparison == charts.ELSEWHERE:
            return 2
        return 1 if cut and comparison == charts.ALONE else 0

    return sorted(range(len(comparisons)), key=lambda i: rank(comparisons[i]))


def latest_wars(latest: pd.DataFrame) -> list[str]:
    """The war each row of ``charts.agreement_table`` is of, in words: its ``war`` (where its
    figure is), else the countries it is ``compared_in`` (``charts.war_label``), as the
    agreement grid's cells say it; empty when neither is known.

    >>> latest_wars(pd.DataFrame({"war": ["Sudan", "", ""], "compared_in": ["SD", "RU", ""]}))
    ['Sudan', 'Russia', '']
    """
    from claimtable import charts

    within = latest["compared_in"].fillna("").astype(str) if "compared_in" in latest else [""] * len(latest)
    return [str(w) if isinstance(w, str) and w else
            charts.war_label([frozenset(c for c in str(codes).split("; ") if c)])
            for w, codes in zip(latest["war"], within, strict=True)]


def latest_ledger_table(estimates: pd.DataFrame, max_rows: int = 20) -> Table | Note:
    """For comparison, apart from the articles' own (``latest_table``): the hand-coded
    ledger's latest figure of each claimant, only of the measures the articles report (all
    its measures when they report none), so that a ledger of hundreds of rows never outweighs
    a small collection; says so when no ledger was given. Cut to its first rows, it shows
    those compared with the articles' first (``compared_first``).

    >>> est = pd.DataFrame({"claimant": ["A", "B", "C"], "measure": ["killed", "killed", "shells"],
    ...                     "value_low": [100, 110, 9], "value_high": [100, 110, 9],
    ...                     "origin": ["hand-coded", "extracted", "hand-coded"]})
    >>> t = latest_ledger_table(est)
    >>> t.frame["claimant"].tolist(), t.title.split(" (")[0]
    (['A'], "For comparison, not from these articles: the hand-coded ledger's latest figures of the measures these articles report")
    """
    from claimtable import charts

    latest = charts.agreement_table(estimates)
    coded = (latest["origin"] == LEDGER_ORIGIN).to_numpy()
    if not coded.any():  # the sentence alone: no empty table under it
        return Note("For comparison: no hand-coded ledger was given.")
    measures_said = set(latest.loc[~coded, "measure"])
    shown = latest[coded & (latest["measure"].isin(measures_said).to_numpy() if measures_said else True)]
    which = ("of the measures these articles report" if measures_said else "(the articles report no estimate)")
    # the rows compared with the articles' first: a ledger of other months has most about another time
    shown = shown.iloc[compared_first(shown["comparison"].tolist(), cut=len(shown) > max_rows)]
    elsewhere = int((shown["comparison"] == charts.ELSEWHERE).sum())
    after = (f"; the {elsewhere:,} about another time or place after the {len(shown) - elsewhere:,} compared"
             if 0 < elsewhere < len(shown) else "")
    return Table(shown[LATEST_VIEW].reset_index(drop=True), max_rows=max_rows, computed_from="estimates.csv",
                 title=f"For comparison, not from these articles: the hand-coded ledger's latest figures {which} "
                       f"({len(shown):,} of its {int(coded.sum()):,} claimants and measures in view; every row "
                       f"in the hand-coded ledger's table below{after})")


def estimates_counts(estimates: pd.DataFrame):
    """What the estimates tables below hold, counted, as Markdown: the articles' own
    estimates, then the hand-coded ledger's rows the comparison joined (their own table,
    ``ledger_table``), or that no ledger was given.

    >>> estimates_counts(pd.DataFrame({"origin": ["extracted", "extracted", "hand-coded"]})).data
    "**2** estimates from the articles (the first table below); **1** row of the hand-coded ledger, which the articles' estimates are checked against (the second table)."
    >>> estimates_counts(pd.DataFrame({"origin": ["extracted"]})).data
    '**1** estimate from the articles (the table below); no hand-coded ledger was given.'
    """
    from IPython.display import Markdown

    coded = int((estimates["origin"] == LEDGER_ORIGIN).sum()) if "origin" in estimates else 0
    own = len(estimates) - coded
    said = f"**{own:,}** estimate{'s' if own != 1 else ''} from the articles"
    if not coded:
        return Markdown(f"{said} (the table below); no hand-coded ledger was given.")
    return Markdown(f"{said} (the first table below); **{coded:,}** row{'s' if coded != 1 else ''} of the "
                    "hand-coded ledger, which the articles' estimates are checked against (the second table).")


#: The columns of the ledger's rows a reader needs: those an extracted estimate alone fills
#: (unit, place, relays, relay_differs, ledger_check) are left out.
#: The ledger table's columns: what a row counts (``unit``: "other 50,000" says nothing) and
#: where (``place``) as the articles' estimates table gives them.
LEDGER_VIEW = ["claimant", "measure", "unit", "place", "figure", "hedge", "as_of", "label"]


def ledger_table(estimates: pd.DataFrame, max_rows: int = 30) -> Table | Note:
    """The hand-coded ledger's rows the comparison joined to the estimates (``origin``
    ``hand-coded``), latest first, apart from the articles' own (``estimates_table``); an
    empty table that says so when no ledger was given. The rows about the articles' dates
    (``charts.ledger_in_view``, those the charts draw) come first.

    >>> est = pd.DataFrame({"claimant": ["X", "Y", "Z"], "measure": ["killed"] * 3, "value_low": [10, 7, 9],
    ...                     "value_high": [10, 7, 9], "hedge": ["exact"] * 3, "as_of": ["2024-11", "2024-10", "2026-03"],
    ...                     "relays": [1, 1, 1], "origin": ["extracted", "hand-coded", "hand-coded"],
    ...                     "relay_differs": [""] * 3, "ledger_check": [""] * 3, "label": ["a", "b", "c"]})
    >>> table = ledger_table(est)
    >>> table.frame["as_of"].tolist(), table.title.split(":")[0]
    (['2024-10', '2026-03'], "Rows of the hand-coded ledger (2; the 1 about the articles' dates first), latest first")
    """
    from claimtable.charts import ledger_in_view

    coded = estimates[estimates["origin"] == LEDGER_ORIGIN]
    if not len(coded):  # the sentence alone: no empty table under it
        return Note("Rows of the hand-coded ledger: no ledger was given.")
    in_view = ledger_in_view(estimates).rows
    near = coded.index.isin(in_view.index)
    shown = pd.concat([_estimate_view(coded[near], by_relays=False), _estimate_view(coded[~near], by_relays=False)])
    order = (f"; the {int(near.sum()):,} about the articles' dates first"
             if not near.all() else "")
    return Table(shown[LEDGER_VIEW], max_rows=max_rows, csv="estimates.csv",
                 title=f"Rows of the hand-coded ledger ({len(coded):,}{order}), latest first: "
                       "figures reported elsewhere, which the articles' estimates are checked against "
                       "(their ledger_check)")


def _estimate_view(estimates: pd.DataFrame, by_relays: bool = True) -> pd.DataFrame:
    """``ESTIMATE_VIEW`` of estimates rows with a ``figure`` column, most relayed first
    (``by_relays``), then latest."""
    from claimtable.compare import figure_text

    shown = estimates.assign(figure=[figure_text(lo, hi) for lo, hi in
                                     zip(estimates["value_low"], estimates["value_high"], strict=True)])
    for col in ("unit", "place"):
        if col not in shown:  # an estimates table written before it had one
            shown[col] = ""
    if "copies" not in shown:  # written before wire copies were counted apart
        shown["copies"] = 0
    keys = ["relays", "as_of"] if by_relays else ["as_of"]
    shown = shown.sort_values(keys, ascending=[False] * len(keys), kind="stable")
    return shown[ESTIMATE_VIEW]


if __name__ == "__main__":
    raise SystemExit(main())
