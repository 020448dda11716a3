"""The static report, built as `make report` builds it, checked in a real headless Chromium:
every chart is rendered, the tables are there, and hostile text from a source stays text."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from claimtable import paths, report

pytestmark = pytest.mark.slow

HOSTILE = (
    "Hostile <script>window.__pwned = 1</script> Headline\n"
    "Officials said 700 troops <img src=x onerror=\"window.__pwned = 2\"> arrived in Kursk.\n"
    "=HYPERLINK(\"http://example.invalid\") said 40 shells were fired.\n"
)


@pytest.fixture(scope="module")
def report_run(tmp_path_factory) -> subprocess.CompletedProcess:
    """``claimtable report`` on the seeds and a hostile article, in its own process as a user
    runs it (the manifest beside the folder): its exit status and standard error are checked
    too."""
    base = tmp_path_factory.mktemp("report")
    raw = base / "raw"
    raw.mkdir()
    for p in paths.RAW.glob("*.txt"):
        shutil.copy(p, raw / p.name)
    (raw / "zz_hostile.txt").write_text(HOSTILE, encoding="utf-8")
    shutil.copy(paths.MANIFEST, base / "sources.csv")
    shutil.copy(paths.DATA / "handcoded" / "seed_sample.csv", base / "my_sample.csv")
    # the kernels run in notebooks/: a relative project root or import path is made absolute
    env = {**os.environ, "CLAIMTABLE_ROOT": str(paths.PROJECT_ROOT.resolve()),
           "PYTHONPATH": os.pathsep.join(str(Path(p).resolve())
                                         for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p)}
    return subprocess.run([sys.executable, "-m", "claimtable", "report", str(raw), "--out", str(base / "build"),
                           "--handcoded", str(base / "my_sample.csv")],
                          capture_output=True, text=True, check=False, env=env)


@pytest.fixture(scope="module")
def built(report_run) -> Path:
    assert report_run.returncode == 0, report_run.stderr
    return Path(report_run.stderr.strip().splitlines()[-1].removeprefix("claimtable: report written to "))


def test_the_report_command_says_where_the_report_is_and_nothing_else(report_run, built):
    """Standard error holds the command's own line: no ``[IPKernelApp] ERROR |
    KeyboardInterrupt caught in kernel.`` after a notebook (jupyter_client's interrupt at a
    kernel's shutdown, which the notebook runner no longer sends), no warning of a kernel."""
    assert built.is_file()
    assert "KeyboardInterrupt" not in report_run.stderr and "ERROR" not in report_run.stderr
    assert report_run.stderr.strip().splitlines() == [f"claimtable: report written to {built}"]


def test_report_is_one_self_contained_file_without_code(built):
    html = built.read_text(encoding="utf-8")
    assert built.name == "index.html"
    assert html.count('src="data:image/png;base64,') >= 4
    assert "pipeline.read_table" not in html and "from claimtable import" not in html
    assert "How to read this" in html and "Sources" in html
    assert not re.findall(REMOTE, html)


#: A script or stylesheet the browser would fetch from another host.
REMOTE = r"<(?:script|link)\b[^>]*(?:src|href)=[\"']?(?:https?:)?//"


def test_the_report_loads_no_script_or_stylesheet_from_another_host():
    # opening a report about sensitive sources must contact no third party (no CDN)
    import nbformat

    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("## Costs\nA $5 fee and a $7 fee."),
                                         nbformat.v4.new_code_cell("1")])
    html, _ = report.exporter().from_notebook_node(nb)
    assert re.findall(REMOTE, '<script src="https://cdn.example/x.js"></script>')  # the pattern finds one
    assert not re.findall(REMOTE, html)
    assert "$5 fee and a $7 fee" in html  # no math: the text stays as written


def test_the_report_shows_the_agreement_with_the_hand_coded_sample_it_was_given(built):
    """``--handcoded FILE``: the report itself (not only notebook 06) says how far the claims
    agree with the sample: precision, recall and F1 of each level as the score module computes
    them, how many misses, and a link that opens the executed notebook 06."""
    from html.parser import HTMLParser

    from claimtable import score

    class Section(HTMLParser):
        def __init__(self):
            super().__init__()
            self.inside, self.cells, self.links, self.text = False, [], [], []

        def handle_starttag(self, tag, attrs):
            if tag == "section" and dict(attrs).get("class") == "hand-coding":
                self.inside = True
            elif self.inside and tag == "a":
                self.links.append(dict(attrs)["href"])

        def handle_endtag(self, tag):
            self.inside = self.inside and tag != "section"

        def handle_data(self, data):
            if self.inside:
                self.text.append(data)

    page = Section()
    page.feed(built.read_text(encoding="utf-8"))
    text = " ".join(" ".join(page.text).split())
    assert text.startswith("Agreement with hand coding"), text[:200]
    result = score.score(*score.read_pair(built.parents[2] / "my_sample.csv",
                                          built.parents[1] / "processed" / "claims.csv"))
    for name, level in result.levels.items():
        assert f"{name} {level.precision:.3f} {level.recall:.3f} {level.f1:.3f}" in text, name
    misses = len(result.misses)
    assert f"{misses} miss{'' if misses == 1 else 'es'}" in text and "my_sample.csv" in text
    # a page a browser shows (an .ipynb is raw JSON there), and the notebook for JupyterLab
    executed = built.parents[1] / "notebooks"
    assert [(built.parent / href).resolve() for href in page.links if not href.startswith("#")] == [
        (executed / "06_score.html").resolve(), (executed / "06_score.ipynb").resolve()]
    assert (executed / "06_score.ipynb").is_file()
    score_page = (executed / "06_score.html").read_text(encoding="utf-8")
    assert "<table" in score_page and '"cell_type"' not in score_page and not re.findall(REMOTE, score_page)


def test_without_a_hand_coded_sample_of_its_articles_the_report_says_how_to_give_one(tmp_path):
    """No sample, or one of other articles (the seeds' sample on another folder): one line that
    says how to get the section, no table of scores that mean nothing; a sample's name is
    source text, escaped."""
    nothing = report.hand_coding("", paths.PROCESSED / "claims.csv")
    other = tmp_path / "<b>sample.csv"
    other.write_text("article,value_low,value_high,category,claimant\nnot_here,5,5,troops,X\n", encoding="utf-8")
    elsewhere = report.hand_coding(other, paths.PROCESSED / "claims.csv")
    for shown in (nothing, elsewhere):
        assert len(repr(shown).splitlines()) == 1 and "--handcoded" in repr(shown)
        assert "<table" not in shown._repr_html_() and "<b>" not in shown._repr_html_()
    assert "covers none of" in repr(elsewhere) and "&lt;b&gt;sample.csv" in elsewhere._repr_html_()
    assert "<code>claimtable report FOLDER --out DIR --handcoded SAMPLE.csv</code>" in nothing._repr_html_()


def test_every_chart_has_its_description_as_alternative_text(built):
    from html.parser import HTMLParser

    class Images(HTMLParser):
        def __init__(self):
            super().__init__()
            self.alts: list[str | None] = []

        def handle_starttag(self, tag, attrs):
            if tag == "img":
                self.alts.append(dict(attrs).get("alt"))

    images = Images()
    images.feed(built.read_text(encoding="utf-8"))
    titles = ["Estimates over time.", "Who says what, now.", "Do the claimants agree?",
              "Munitions by claimant and date.", "Places named in the sources."]
    assert [next((a for a in images.alts if a and a.startswith(t)), None) is not None for t in titles] == [True] * 5
    assert "No description has been provided" not in built.read_text(encoding="utf-8")


def test_a_chart_that_sends_the_reader_to_a_table_names_one_the_report_has(built):
    """A chart that shows some rows and says where the rest are names that table by the
    caption the report gives it (the seeds' grids leave claimants and measures out)."""
    import html

    page = html.unescape(built.read_text(encoding="utf-8"))
    named = set(re.findall(r"all in the “([^”]+)” table", page))
    captions = re.findall(r"<caption>(.*?)</caption>", page, flags=re.S)
    assert named, "the seeds' grids leave some rows out: their notes say where those are"
    assert all(any(c.startswith(n) for c in captions) for n in named), named


def test_a_description_from_source_text_stays_text_in_the_alternative_text():
    import nbformat

    nb = nbformat.v4.new_notebook()
    nb.cells.append(nbformat.v4.new_code_cell("x", outputs=[nbformat.v4.new_output(
        "display_data", data={"image/png": "iVBORw0KGgo="},
        metadata={"image/png": {"alt": 'In colour: X"><script>window.__pwned = 3</script>.'}})]))
    html, _ = report.exporter().from_notebook_node(nb)
    assert "<script>window.__pwned" not in html
    assert "window.__pwned = 3" in html


def test_hostile_source_text_is_escaped(built):
    html = built.read_text(encoding="utf-8")
    assert "<script>window.__pwned" not in html
    assert "&lt;script&gt;window.__pwned" in html
    assert not re.search(r"<img[^>]*onerror", html)  # the tag is text (&lt;img …), never an element


def test_csv_cells_that_look_like_formulas_are_neutralised(built):
    claims = (built.parent.parent / "processed" / "claims.csv").read_text(encoding="utf-8")
    assert "\n=" not in claims and ",=HYPERLINK" not in claims and "'=HYPERLINK" in claims


def chromium():
    webdriver = pytest.importorskip("selenium.webdriver")
    binary, driver = shutil.which("chromium"), shutil.which("chromedriver")
    if not binary or not driver:
        pytest.skip("Debian's chromium and chromium-driver are not installed (.ci/run installs them)")
    options = webdriver.ChromeOptions()
    options.binary_location = binary
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--window-size=1300,2000"):
        options.add_argument(flag)
    from selenium.webdriver.chrome.service import Service

    return webdriver.Chrome(service=Service(executable_path=driver), options=options)


#: The words of table headers and the numbers in table cells that the browser broke over two
#: lines ("gro" / "up", "8,000,00" / "0"): a header word is a run of letters and digits, so a
#: header may still wrap between words or after "_".
BROKEN_WORDS = """
const broken = [];
for (const cell of document.querySelectorAll('table.claimtable th, table.claimtable td')) {
  const words = cell.tagName === 'TH' ? /[^\\s_]+/g : /\\d[\\d,.]*\\d/g;
  const walk = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
  for (let node = walk.nextNode(); node; node = walk.nextNode()) {
    for (const m of node.data.matchAll(words)) {
      const range = document.createRange();
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      if (new Set(Array.from(range.getClientRects(), r => Math.round(r.top))).size > 1) broken.push(m[0]);
    }
  }
}
return broken;
"""


def test_report_renders_in_chromium(built):
    browser = chromium()
    try:
        browser.get(built.as_uri())
        # A loaded machine (CI on two shared cores) can hand the page over before the browser has
        # parsed the whole large self-contained file: wait for the parse to finish and every
        # image to decode, up to a minute, then check what a reader sees.
        from selenium.webdriver.support.ui import WebDriverWait

        WebDriverWait(browser, 60).until(lambda b: b.execute_script(
            "return document.readyState === 'complete' && document.images.length >= 4"
            " && Array.from(document.images).every(i => i.complete);"), "the report's figures did not load")
        sizes = browser.execute_script(
            "return Array.from(document.images).map(i => [i.complete, i.naturalWidth, i.naturalHeight]);")
        assert len(sizes) >= 4
        assert all(done and w > 0 and h > 0 for done, w, h in sizes), sizes
        tables = browser.execute_script("return document.querySelectorAll('table.claimtable').length;")
        assert tables >= 5
        # a sentence in a cell is read from the left, as text is (not set to the right)
        aligned = browser.execute_script(
            "return Array.from(document.querySelectorAll('table.claimtable td'))"
            ".map(td => getComputedStyle(td).textAlign);")
        assert aligned and set(aligned) <= {"left", "start"}, sorted(set(aligned))
        assert browser.execute_script(BROKEN_WORDS) == []
        text = browser.execute_script("return document.body.innerText;")
        for needle in ("Figure groups and findings", "South Korea NIS", "Derived checks"):
            assert needle in text
        assert browser.execute_script("return window.__pwned === undefined;")
        assert "<script>window.__pwned = 1</script>" in text  # shown as text, not run
    finally:
        browser.quit()


def test_a_report_without_a_ledger_says_so_and_shows_no_earlier_runs_problems(tmp_path):
    from claimtable import pipeline

    out = tmp_path / "processed"
    pipeline.compare_stage(paths.PROCESSED / "claims.csv", out, "default")
    (out / "ledger_problems.csv").write_text("problem\nrow 9: no value\n", encoding="utf-8")  # an earlier run's
    pipeline.compare_stage(paths.PROCESSED / "claims.csv", out, "")
    shown = report.ledger_problems(out)
    assert "no ledger was given" in repr(shown) and "row 9" not in repr(shown)
    assert list(shown.frame.columns) == ["problem"]


def test_a_table_computed_from_a_file_does_not_say_its_rows_are_that_file():
    import pandas as pd

    note = report.Table(pd.DataFrame({"a": range(5)}), max_rows=2, computed_from="estimates.csv").cut_note()
    assert "computed from estimates.csv" in note and "are in estimates.csv" not in note


def test_findings_point_out_a_ledger_of_another_story(tmp_path):
    """The shipped ledger is of this story: on a folder about another conflict no estimate
    meets it, and the findings say how to leave it out; on the seeds they do not."""
    import pandas as pd

    from claimtable import load, narrate, pipeline

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "ferry.txt").write_text(
        "The Ostrel coast guard said 40 passengers were rescued on Tuesday.\n\n"
        "Harbour officials said 12 people remain missing after the storm.\n", encoding="utf-8")
    out = tmp_path / "processed"
    pipeline.extract_stage(load.load_folder(raw), out)
    pipeline.compare_stage(out / "claims.csv", out, "default")

    def findings(folder: Path) -> str:
        read = {name: pd.read_csv(folder / f"{name}.csv", keep_default_na=False)
                for name in ("estimates", "agreement")}
        return narrate.comparison_findings(read["estimates"], read["agreement"]).text

    assert "--ledger ''" in findings(out)
    assert "--ledger" not in findings(paths.PROCESSED)


def test_every_claim_of_the_seeds_has_its_figure_marked():
    """The BBC seed repeats paragraphs, so its sentences stand twice: each claim is still marked
    in the occurrence that holds it ("The figure is marked", the report says)."""
    import pandas as pd

    claims = pd.read_csv(paths.PROCESSED / "claims.csv", keep_default_na=False,
                         dtype={"claimant_start": str, "claimant_end": str})
    for col in ("claimant_start", "claimant_end"):
        claims[col] = pd.to_numeric(claims[col])
    sentences = pd.read_csv(paths.PROCESSED / "sentences.csv", keep_default_na=False)
    assert sentences.duplicated(["article", "text"]).any()  # the case this test is about
    shown = report.highlighted_claims(claims, sentences).frame
    figure_marked = shown.apply(lambda r: f'<mark class="figure" style="background-color: #ffe066">{r["figure"]}</mark>' in r["sentence"], axis=1)
    assert figure_marked.all(), shown.loc[~figure_marked, ["article", "figure"]]


def test_the_figure_and_the_claimant_are_marked_in_different_colours():
    """A reader tells the figure from the claimant's words by colour alone, in the notebook as in
    the report (JupyterLab drops a notebook's style sheets, so the colour must ride on the mark)."""
    import re

    marked = report.highlight("The ministry said 40 drones fell.", [(18, 20, "figure"), (0, 12, "claimant")])
    colours = dict(re.findall(r'<mark class="(\w+)" style="background-color: (#[0-9a-f]{6})">', marked))
    assert set(colours) == {"figure", "claimant"}
    assert colours["figure"] != colours["claimant"]


@pytest.mark.parametrize("engine", ["pandas", "duckdb"])
def test_the_sources_table_names_each_file_and_shows_the_unread_first(tmp_path, engine):
    # a user finds every row of the Sources table on disk, above all those that could not be read
    from claimtable import pipeline, summaries

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a_ok.txt").write_text("Officials said 700 troops arrived.", encoding="utf-8")
    (raw / "b_<img>.txt").write_bytes(b"")
    (raw / "c_ok.txt").write_text("Officials said 800 troops arrived.", encoding="utf-8")
    processed = tmp_path / "processed"
    (tmp_path / "sources.csv").write_text("article,title,outlet,url,published,language,notes\n"
                                          "ghost,,,,,en,\n", encoding="utf-8")
    pipeline.extract_stage(pipeline.load_stage(raw, processed), processed)
    pipeline.compare_stage(processed / "claims.csv", processed, "")
    table = summaries.open_summaries(tmp_path / "processed", engine).sources(max_rows=3)
    assert list(table.frame["file"]) == ["b_<img>.txt", "ghost (a manifest row: no such file)", "a_ok.txt"]
    assert list(table.frame["status"]) == ["error", "missing", "ok"]
    html = table._repr_html_()
    assert "<td>b_&lt;img&gt;.txt</td>" in html and "<img>" not in html


def test_the_estimates_table_shows_the_articles_own_estimates_before_any_ledger_row():
    # the seeds: 9 estimates of the articles beside 310 ledger rows; none of the 9 may be cut off
    import pandas as pd

    def row(i, origin, relays):
        return {"claimant": f"C{i}", "measure": "killed", "value_low": i, "value_high": i, "hedge": "exact",
                "as_of": "2026-01", "relays": relays, "origin": origin, "relay_differs": "",
                "ledger_check": "", "label": ""}

    est = pd.DataFrame([row(i, "hand-coded", 1) for i in range(300)]
                       + [row(1000 + i, "extracted", 1) for i in range(9)])
    own = report.estimates_table(est)
    assert len(own.frame) == 9 and set(own.frame["origin"]) == {"extracted"} and own.total == 9
    coded = report.ledger_table(est)
    assert coded.total == 300 and all(int(c[1:]) < 1000 for c in coded.frame["claimant"])
    assert "Showing the first 30 of 300 rows" in coded._repr_html_()
    assert "no ledger was given" in report.ledger_table(est[est["origin"] == "extracted"]).title


def test_the_latest_estimates_table_shows_the_articles_own_before_the_ledgers():
    # the seeds: their own latest estimates were lost among 170 rows of the ledger's, cut at 60
    import pandas as pd

    def row(i, origin, measure):
        return {"claimant": f"C{i}", "measure": measure, "value_low": 100 + i, "value_high": 100 + i,
                "hedge": "exact", "as_of": "2026-01", "relays": 1, "origin": origin, "label": ""}

    est = pd.DataFrame([row(i, "hand-coded", "killed") for i in range(100)]
                       + [row(1000 + i, "extracted", m) for i, m in enumerate(["wounded", "killed", "wounded"])])
    table = report.latest_table(est)
    assert table.frame["origin"].tolist() == ["extracted"] * 3  # the articles' own, whatever the ledger holds
    assert table.frame["claimant"].tolist() == ["C1001", "C1000", "C1002"]  # by measure, then claimant
    assert table.total == 3 and "in these articles (3)" in table.title
    ledger = report.latest_ledger_table(est)  # apart, labelled, only the measures the articles report
    assert set(ledger.frame["origin"]) == {"hand-coded"} and set(ledger.frame["measure"]) == {"killed"}
    assert ledger.title.startswith("For comparison, not from these articles: the hand-coded ledger")
    assert (len(ledger.frame), ledger.total) == (20, 100) and "Showing the first 20 of 100 rows" in ledger._repr_html_()
    assert report.latest_ledger_table(est[est["origin"] == "extracted"]).title.endswith("no hand-coded ledger was given.")


def test_the_latest_estimates_table_lists_claimants_in_one_alphabetical_order_whatever_their_case():
    # the seeds: "anonymous sources" came after "Zelensky"; a reader scanning for a name expects
    # one alphabetical order, lower-case names among the capitalised, "unattributed" still last
    import pandas as pd

    names = ["Zelensky", "eyewitnesses", "unattributed", "South Korea NIS", "the military", "military sources",
             "Ukraine HUR", "anonymous sources"]
    est = pd.DataFrame({"claimant": names, "measure": "troops_expected", "value_low": 1000, "value_high": 1000,
                        "hedge": "exact", "as_of": "2024-10-20", "relays": 1, "origin": "extracted", "label": ""})
    table = report.latest_table(est)
    assert table.frame["claimant"].tolist() == ["anonymous sources", "eyewitnesses", "military sources",
                                                "South Korea NIS", "the military", "Ukraine HUR", "Zelensky",
                                                "unattributed"]


def test_the_latest_estimates_table_says_which_wars_set_each_row_is_compared_in():
    # a folder of two wars: each war's undated tolls against their own median, the table says
    # which set a row is in and the countries it is read in; one war only: no such columns
    import pandas as pd

    est = pd.DataFrame({"claimant": ["SAF", "RSF", "UN", "Police", "Army"], "measure": "killed",
                        "value_low": [280, 320, 300, 4, 30], "value_high": [280, 320, 300, 4, 30],
                        "hedge": "exact", "as_of": "", "relays": 1, "origin": "extracted", "place": "",
                        "countries": ["SD", "SD", "SD", "MX", "MX"]})
    frame = report.latest_table(est).frame.set_index("claimant")
    assert frame.loc["SAF", "comparison"] == frame.loc["RSF", "comparison"] == "agrees"
    assert (frame.loc["Police", "comparison"], frame.loc["Army", "comparison"]) == ("lower", "higher")
    assert frame["set"].to_dict() == {"Army": 2, "Police": 2, "RSF": 1, "SAF": 1, "UN": 1}  # the largest first
    assert frame["compared_in"].to_dict() == {"Army": "MX", "Police": "MX", "RSF": "SD", "SAF": "SD", "UN": "SD"}
    assert "its set (1 the largest" in report.latest_table(est).title
    one = report.latest_table(est[est["countries"] == "SD"])
    assert list(one.frame.columns) == report.LATEST_VIEW and "its set" not in one.title


@pytest.mark.parametrize("articles", [2, 50, 5000])
def test_the_collections_own_latest_estimates_lead_whatever_its_size(articles):
    # a ledger of 300 rows in view beside a collection of 2, 50 or 5,000 articles' estimates
    import pandas as pd

    def row(i, origin, measure):
        return {"claimant": f"{origin[0]}{i}", "measure": measure, "value_low": 100 + i % 7, "value_high": 100 + i % 7,
                "hedge": "exact", "as_of": "2026-01", "relays": 1, "origin": origin, "label": ""}

    own = [row(i, "extracted", ("killed", "wounded")[i % 2]) for i in range(min(articles, 400))]
    est = pd.DataFrame([row(i, "hand-coded", ("killed", "shells", "troops_present")[i % 3]) for i in range(300)] + own)
    table, ledger = report.latest_table(est), report.latest_ledger_table(est)
    assert set(table.frame["origin"]) == {"extracted"} and len(table.frame) == min(len(own), 60)
    assert set(ledger.frame["measure"]) == {"killed"}  # the ledger's shells and troops are not the articles'


def test_notebook_03_shows_the_ledgers_rows_beside_the_articles_estimates_and_counts_both():
    # the stored outputs of the seeds' run: the articles' 9 estimates and the ledger's 310 rows,
    # counted from estimates.csv, each in its own table
    import json

    import pandas as pd

    cells = json.loads((paths.PROJECT_ROOT / "notebooks" / "03_compare_sources.ipynb").read_text(encoding="utf-8"))["cells"]
    shown = "".join("".join(o.get("data", {}).get("text/markdown", "")) + "".join(o.get("data", {}).get("text/html", ""))
                    for c in cells if c["cell_type"] == "code" for o in c["outputs"])
    origins = pd.read_csv(paths.PROCESSED / "estimates.csv")["origin"].value_counts()
    assert (f"**{origins['extracted']}** estimates from the articles" in shown
            and f"**{origins['hand-coded']}** rows of the hand-coded ledger" in shown)
    assert "<caption>Estimates the articles make" in shown
    # the ledger's caption counts its rows first ("(310)" or "(310; the 83 about the articles' dates first)")
    assert re.search(rf"<caption>Rows of the hand-coded ledger \({origins['hand-coded']}[);]", shown)


def test_every_heading_of_the_report_has_its_anchor(built):
    # a reader links any section: the hand-coding section's h2 has its ¶ as the Markdown ones do
    html = built.read_text(encoding="utf-8")
    headings = re.findall(r"<h2\b[^>]*>.*?</h2>", html, flags=re.S)
    assert len(headings) >= 8
    assert [h for h in headings if 'class="anchor-link"' not in h] == []
    assert '<h2 id="Agreement-with-hand-coding">' in html


def test_how_to_read_this_speaks_of_ledger_rows_only_when_a_ledger_was_given():
    import pandas as pd

    with_ledger = pd.DataFrame({"origin": ["extracted", "hand-coded"]})
    assert report.ledger_reading(with_ledger).data == report.LEDGER_READING
    assert "ledger was given" in report.ledger_reading(with_ledger.head(1)).data
    assert "Hand-coded" not in report.ledger_reading(with_ledger.head(1)).data



#: The report's words on how figure groups join, as a reader of any folder reads them (the
#: thirty-ninth round adds how a figure with no date is read in time, ``compare.years_apart``).
FIGURE_GROUPS_JOIN = (
    "A figure group gathers the claims of different articles that can be about the same thing "
    "(same measure and unit, places in one country and not two different towns, dates at most a month "
    "apart); a figure that names no place is read in the countries and towns its article's other figures "
    "name, so an unplaced \"3 killed\" in an article on Kharkiv never joins one in an article on Odesa. "
    "A figure with no date of its own (its article has none) is of the years its sentence names, else "
    "no earlier than the latest year its article names (a date is never guessed): \"7 killed\" on "
    "\"September 5, 1993\" never joins a toll of 2011, nor a toll of 2011 one in an article that names 2024.")
#: ... and what a group's finding says, after them.
FIGURE_GROUPS_FINDING = ("A group's finding says whether its figures agree, or what differs; outlets printing "
                         "one wire passage count as one source (articles), the copies named in its notes.")
#: What a reader of a folder of many stories reads between the two.
MANY_STORIES_JOIN = (
    "This folder holds several stories (no country is common to all its articles that name one): "
    "here two figures that are not both dated (a figure takes its article's date) and do not both "
    "name a town, a camp or a village join only as one claimant's very same figure, an unattributed "
    "one only with its own wire copies; \"3 killed\" and \"1 killed\" in two undated articles on "
    "one country are two events, not a disagreement.")


def _read(markdown: str) -> str:
    """A Markdown paragraph as a reader sees it: no bold marks."""
    return markdown.replace("**", "")


def test_how_to_read_this_says_how_figure_groups_join_in_the_report(built):
    """The seeds (and the hostile article, in Kursk) are one story: the report says how figure
    groups join, the unplaced figure read where its article's are, and nothing of many stories."""
    import html as html_text

    page = built.read_text(encoding="utf-8")
    shown = " ".join(html_text.unescape(re.sub(r"<[^>]+>", "", page)).split())
    assert f"{FIGURE_GROUPS_JOIN} {FIGURE_GROUPS_FINDING}" in shown
    assert "several stories" not in shown
    assert shown.index("Long tables show") < shown.index(FIGURE_GROUPS_JOIN) < shown.index("Hand-coded estimates come")


def test_how_to_read_this_says_what_keeps_figures_apart_only_in_a_folder_of_many_stories(tmp_path):
    """Briefs on Kharkiv and Odesa are one story; a brief on El Fasher beside one on Kharkiv makes
    a folder of many (their countries have none in common): only there does the report say that
    figures not both dated, not both at a town, join only as one claimant's very same figure.
    The same folder gives the same words."""
    from tests.briefs import extract_briefs

    kharkiv = ("By Staff | Lowland Courier | 3 March 2025", "Officials in Kharkiv said 12 people were killed.")
    one = extract_briefs(tmp_path / "one" / "raw", {
        "a1.txt": kharkiv,
        "a2.txt": ("By Staff | Pike Street Herald | 3 March 2025", "Officials in Odesa said 4 people were killed.")})
    many = extract_briefs(tmp_path / "many" / "raw", {
        "a1.txt": kharkiv,
        "a2.txt": ("By Staff | Saltgrass Review | 4 March 2025", "Sudan's army said 9 people were killed in El Fasher.")})
    assert _read(report.figure_group_reading(one).data) == f"{FIGURE_GROUPS_JOIN} {FIGURE_GROUPS_FINDING}"
    assert (_read(report.figure_group_reading(many).data)
            == f"{FIGURE_GROUPS_JOIN} {MANY_STORIES_JOIN} {FIGURE_GROUPS_FINDING}")
    assert report.figure_group_reading(many).data.encode() == report.figure_group_reading(many).data.encode()


def test_how_to_read_this_says_what_no_time_means_only_when_a_group_says_it(tmp_path):
    """Undated Gaza articles that name no year give 20 and 24 killed: their group's notes open
    "no time: …", and only then does "How to read this" say what that means; the same folder
    with dated articles says nothing of it."""
    import pandas as pd

    from claimtable import pipeline
    from tests.briefs import extract_briefs

    for case, byline, said in (("undated", "By Staff | Lowland Courier", True),
                               ("dated", "By Staff | Lowland Courier | 3 March 2025", False)):
        folder = extract_briefs(tmp_path / case / "raw", {
            "a1.txt": (byline, "Officials in Gaza said 20 people were killed."),
            "a2.txt": (byline.replace("Lowland Courier", "Saltgrass Review"),
                       "Medics in Gaza said 24 people were killed.")})
        pipeline.compare_stage(folder / "claims.csv", folder, "")
        notes = pd.read_csv(folder / "agreement.csv", dtype=str, keep_default_na=False)["notes"].tolist()
        assert any(n.startswith("no time: none of its 2 articles") for n in notes) is said, (case, notes)
        assert (report.TIMELESS_READING in report.figure_group_reading(folder).data) is said, case


def test_the_report_says_many_stories_by_the_comparison_stages_own_decision(tmp_path, monkeypatch):
    """Whether a folder is of many stories is decided once, by the code the comparison stage's
    figure groups use: the report's "How to read this" reads each article's countries through
    ``compare.claims_countries`` and decides with ``compare.many_stories``, as the figure groups
    do, so that the paragraph can never speak of a folder the groups read otherwise."""
    from claimtable import compare, pipeline
    from tests.briefs import extract_briefs

    many = extract_briefs(tmp_path / "many" / "raw", {
        "a1.txt": ("By Staff | Lowland Courier | 3 March 2025", "Officials in Kharkiv said 12 people were killed."),
        "a2.txt": ("By Staff | Saltgrass Review | 4 March 2025", "Sudan's army said 9 people were killed in El Fasher.")})
    read: list[dict] = []
    decided: list[bool] = []
    countries, many_stories = compare.claims_countries, compare.many_stories
    monkeypatch.setattr(compare, "claims_countries", lambda claims: read.append(countries(claims)) or read[-1])
    monkeypatch.setattr(compare, "many_stories", lambda found: decided.append(many_stories(found)) or decided[-1])
    assert MANY_STORIES_JOIN in _read(report.figure_group_reading(many).data)
    compare.figure_groups(pipeline.read_table(many / "claims.csv"))
    assert len(read) == 2 and read[0] == read[1] and sorted(read[0]) == ["a1", "a2"]
    assert decided == [True, True]


def test_hand_coding_counts_the_collections_articles_and_an_article_without_a_claim(tmp_path):
    """Three articles read, one without any figure extracted; a sample codes the seeds' two
    and that one: the report says it covers 3 of the 3 articles and names the empty one (whose
    hand-coded claim is missed), and the claims per article list it with 0, on both engines."""
    import pandas as pd

    from claimtable import score, summaries

    for name in ("claims.csv", "sentences.csv", "relays.csv"):
        shutil.copy(paths.PROCESSED / name, tmp_path / name)
    articles = pd.read_csv(paths.PROCESSED / "articles.csv", dtype=str, keep_default_na=False)
    empty = articles.iloc[[1]].assign(article="002_empty", label="Quiet Post · 2024-10-20", file="002_empty.txt")
    unread = articles.iloc[[1]].assign(article="003_binary", label="x", file="003_binary.bin", status="binary")
    pd.concat([articles, empty, unread]).to_csv(tmp_path / "articles.csv", index=False)
    sample = tmp_path / "sample.csv"
    sample.write_text(paths.DATA.joinpath("handcoded", "seed_sample.csv").read_text(encoding="utf-8")
                      + '002_empty,"3,000",3000,3000,troops,Zelensky\n', encoding="utf-8")
    section = report.hand_coding(sample, tmp_path / "claims.csv")
    assert section.note == ("The hand-coded sample covers 3 of the 3 articles of the collection; the extractor "
                            "found no figure in 1 of them (002_empty): every claim coded there is missed.")
    assert section.misses["missed"] == 1
    gold = score.read_claims(sample)
    assert "13 hand-coded claims" not in score.sample_intro(gold, tmp_path / "claims.csv", sample)
    assert "14 hand-coded claims in 3 articles" in score.sample_intro(gold, tmp_path / "claims.csv", sample)
    # notebook 06's page is rendered beside the report: no absolute path of the run in it
    assert str(tmp_path) not in score.sample_intro(gold, tmp_path / "claims.csv", sample)
    for engine in ("pandas", "duckdb"):
        table = summaries.open_summaries(tmp_path, engine).claims_per_article()
        rows = table.frame.set_index("label")
        assert table.total == 3 and rows.loc["Quiet Post · 2024-10-20", "claims"] == 0, engine
        assert "x" not in rows.index and "0: the extractor found no figure" in table.title


def test_the_ledger_table_says_what_each_row_counts_and_where():
    """A ledger row of the measure "other" reads "other 50,000" without its unit: the table
    gives the unit (troop, percent (casualty rate)) and the place (the Kursk region) too."""
    import pandas as pd

    from claimtable import charts, ledger

    estimates = ledger.combine(pd.DataFrame(columns=charts.ESTIMATE_COLUMNS), ledger.read())
    table = report.ledger_table(estimates, max_rows=400).frame
    assert {"unit", "place"} <= set(table.columns)
    assert "percent (casualty rate)" in set(table["unit"])
    assert "Kursk region" in set(table["place"])
    assert not ((table["measure"] == "other") & (table["unit"].fillna("") == "")).any()
def test_every_figure_of_the_report_can_be_found_with_its_sentence_beside_it(built):
    """The report's folder holds every table it shows (``tables/``), each cut table's note links
    its file there, and every estimate's relays are listed with their sentence: from an
    estimate to its sentences by ``estimate`` → ``relays.csv`` → ``claims.csv``, and from a
    figure group to its claims by ``group`` → ``comparison.csv``."""
    import pandas as pd

    folder = built.parent / report.TABLES_DIR
    processed = built.parent.parent / "processed"
    for name in report.TRACE_TABLES:
        assert (folder / name).read_bytes() == (processed / name).read_bytes()
    page = built.read_text(encoding="utf-8")
    cuts = re.findall(r'<p class="cut">(.*?)</p>', page)
    assert cuts and all('<a href="tables/' in cut for cut in cuts), cuts
    claims = pd.read_csv(folder / "claims.csv", dtype=str, keep_default_na=False)
    traced = pd.read_csv(folder / report.ESTIMATE_SENTENCES, dtype=str, keep_default_na=False)
    estimates = pd.read_csv(folder / "estimates.csv", dtype=str, keep_default_na=False)
    own = estimates[estimates["origin"] != report.LEDGER_ORIGIN]
    assert set(own["estimate"]) == set(traced["estimate"])
    for r in traced.itertuples(index=False):
        claim = claims[(claims["article"] == r.article) & (claims["start"] == r.start)]
        assert claim["sentence"].tolist() == [r.sentence] and r.figure in r.sentence
    # from a figure group (agreement.csv) to its claims and their sentences: comparison.csv
    groups = pd.read_csv(folder / "agreement.csv", dtype=str, keep_default_na=False)
    members = pd.read_csv(folder / "comparison.csv", dtype=str, keep_default_na=False)
    assert set(groups["group"]) == set(members["group"])
    for r in members.itertuples(index=False):
        claim = claims[(claims["article"] == r.article) & (claims["start"] == r.start)]
        assert claim["sentence"].tolist() == [r.sentence]
    # every claim of the seeds is shown in its sentence in the report itself (fewer than 200)
    assert page.count('class="figure"') >= len(claims)


def test_a_cut_table_links_the_file_that_holds_every_row():
    import pandas as pd

    shown = report.Table(pd.DataFrame({"a": range(5)}), max_rows=2, csv="claims.csv")._repr_html_()
    assert 'all 5 are in <a href="tables/claims.csv">claims.csv</a>.' in shown


def test_the_estimates_table_gives_each_estimate_its_first_relays_sentence(tmp_path):
    from claimtable import load, pipeline

    # a named claimant's figure in two articles of one week: one statement relayed (undated,
    # each article's would be its own estimate, ``estimates.speaker``)
    texts = {"a": "The Red Cross said 45 people were killed in Tarn on Sunday.",
             "b": "The Red Cross said 45 people were killed in Tarn, a witness recalled.",
             "c": "The army said 80 fighters were captured <near> Ostra."}
    published = {"a": {"published": "2025-03-03"}, "b": {"published": "2025-03-04"}}
    claims = pipeline.claims_frame([load.load_text(k, v) for k, v in texts.items()], published)
    out = tmp_path / "processed"
    out.mkdir()
    pipeline.write_csv(claims, out / "claims.csv")
    pipeline.compare_stage(out / "claims.csv", out, "")
    estimates = pipeline.read_table(out / "estimates.csv")
    table = report.estimates_table(estimates, sentences=report.estimate_sentences(out))
    html = table._repr_html_()
    by_figure = dict(zip(table.frame["figure"], table.frame["sentence"], strict=True))
    assert '<mark class="figure" style="background-color: #ffe066">45</mark>' in by_figure["45"]
    assert "(and 1 more relay)" in by_figure["45"]
    assert "&lt;near&gt;" in by_figure["80"] and "<near>" not in html


def test_the_estimates_table_marks_the_figure_itself_not_the_same_word_elsewhere_in_its_sentence(tmp_path):
    """A sentence that holds the figure's word twice, or inside another word ("four" of
    "fourteen", "one" of "drone"), marks the figure the estimate is, at its own offset."""
    from claimtable import pipeline

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text("Medics said fourteen soldiers and four police officers were killed in Tarn on Sunday.",
                               encoding="utf-8")
    (raw / "b.txt").write_text("Officials said a drone strike killed one person in Ostra on Monday.", encoding="utf-8")
    out = tmp_path / "processed"
    pipeline.extract_stage(pipeline.load_stage(raw, out), out)
    pipeline.compare_stage(out / "claims.csv", out, "")
    estimates = pipeline.read_table(out / "estimates.csv")
    table = report.estimates_table(estimates, sentences=report.estimate_sentences(out))
    by_figure = dict(zip(table.frame["figure"], table.frame["sentence"], strict=True))
    mark = '<mark class="figure" style="background-color: #ffe066">'
    assert f"fourteen soldiers and {mark}four</mark> police" in by_figure["4"]
    assert f"killed {mark}one</mark> person" in by_figure["1"]
    assert f"{mark}fourteen</mark>" in by_figure["14"]


@pytest.mark.parametrize("engine", ["pandas", "duckdb"])
def test_the_sources_table_shows_a_wire_credit(tmp_path, engine):
    """A wire copy run by another outlet says so in its byline ("By Ana Kovic, Reuters, 2 May
    2025"): the sources table shows that credit beside the outlet that ran it."""
    from claimtable import pipeline, summaries

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text("Troops Reach Varno\n\nBy Ana Kovic, Reuters, 2 May 2025\n\nSome 500 troops arrived.",
                               encoding="utf-8")
    processed = tmp_path / "processed"
    (tmp_path / "sources.csv").write_text("article,title,outlet,url,published,language,notes\n"
                                          "a,,Sahel Tribune,,,en,\n", encoding="utf-8")
    pipeline.extract_stage(pipeline.load_stage(raw, processed), processed)
    pipeline.compare_stage(processed / "claims.csv", processed, "")
    table = summaries.open_summaries(processed, engine).sources()
    assert table.frame[["outlet", "credited_outlet"]].values.tolist() == [["Sahel Tribune", "Reuters"]]


def test_a_report_output_wider_than_the_page_scrolls_and_is_never_cut():
    """The estimates table's sentence column (how a figure is traced) ran past a hidden edge at
    1,300 pixels: every output container lets what is wider than the page scroll sideways."""
    rules = dict(re.findall(r"([^{}]+)\{([^}]*)\}", report.REPORT_CSS))
    containers = next(body for selector, body in rules.items() if ".jp-OutputArea-output" in selector)
    assert "overflow-x: auto" in containers
    assert "hidden" not in report.REPORT_CSS


def _latest_rows(rows, measure="killed"):
    import pandas as pd

    return pd.DataFrame([{"claimant": c, "measure": measure, "value_low": v, "value_high": v, "hedge": "exact",
                          "as_of": d, "relays": 1, "origin": "extracted", "place": "", "countries": k}
                         for c, v, d, k in rows])


def test_the_latest_estimate_table_names_the_war_a_row_is_compared_in_when_its_figure_names_none():
    # the wounded of Sudan and of Russia, each in a set of its own; the killed all in Russia:
    # the president's toll names no country, yet it is compared in Russia's set (compared_in
    # RU): its war reads "Russia", as its agreement cell does, not blank
    import pandas as pd

    est = pd.concat([_latest_rows([("SAF", 300, "2025-01-01", "SD"), ("RSF", 310, "2025-01-02", "SD"),
                                   ("NATO", 40, "2025-05-10", "RU"), ("HUR", 45, "2025-05-12", "RU")], "wounded"),
                     _latest_rows([("NATO", 40, "2025-05-10", "RU"), ("HUR", 45, "2025-05-12", "RU"),
                                   ("President", 42, "2025-05-11", "")])], ignore_index=True)
    frame = report.latest_table(est).frame
    president = frame[frame["claimant"] == "President"].iloc[0]
    assert president["compared_in"] == "RU"
    assert president["war"] == "Russia"


def test_the_latest_estimate_table_shows_the_compared_rows_before_those_of_another_time_or_place():
    # a collection of many wars: 80 figures each about another year than any other, and three
    # claimants that agree on one month; the three lead the table, cut at 60, and the title says
    # where the others are
    est = _latest_rows([(f"Agency {i:02}", 10 + i, f"{1940 + i}-01-01", "SD") for i in range(80)]
                       + [(f"Zeta {i}", 500 + i, "2025-06-0" + str(i + 1), "SD") for i in range(3)])
    table = report.latest_table(est)
    assert table.frame["claimant"].tolist()[:3] == ["Zeta 0", "Zeta 1", "Zeta 2"]
    assert set(table.frame["comparison"][3:]) == {"another time or place"}
    assert "the 80 about another time or place, not compared, after the 3 others" in table.title


def test_a_report_without_a_ledger_says_so_in_a_sentence_not_over_an_empty_table():
    est = _latest_rows([("SAF", 300, "2025-06-01", "SD")])
    for shown in (report.latest_ledger_table(est), report.ledger_table(est)):
        page = shown._repr_html_()
        assert "no hand-coded ledger was given" in repr(shown) or "no ledger was given" in repr(shown)
        assert "<table" not in page and "(no rows)" not in page and "(no rows)" not in repr(shown)


def test_a_tables_dates_are_never_broken_over_two_lines_and_its_names_may_wrap_after_underscores():
    import pandas as pd

    page = report.Table(pd.DataFrame({"as_of": ["2024-12-20"], "label": ["Seoul Monitor · 2025-05-14"],
                                      "measure": ["troops_in_place"], "note": ["<b>2024-12-20</b>"]}))._repr_html_()
    assert '<td><span class="nowrap">2024-12-20</span></td>' in page
    assert '<td>Seoul Monitor · <span class="nowrap">2025-05-14</span></td>' in page
    assert "<td>troops_<wbr>in_<wbr>place</td>" in page
    assert '<td>&lt;b&gt;<span class="nowrap">2024-12-20</span>&lt;/b&gt;</td>' in page  # source text: escaped
    assert ".nowrap { white-space: nowrap; }" in report.REPORT_CSS


def test_notebook_06s_agreement_table_writes_every_score_in_one_format():
    # the seeds' sample: "1.0" beside "0.923" and "0.86-1.00" read as three kinds of number;
    # every score and interval end has three decimals, as the report's own table
    import json
    import re

    from claimtable import score

    gold, extracted = score.read_pair(paths.resolve("data/handcoded/seed_sample.csv"),
                                      paths.resolve("data/processed/claims.csv"))
    result = score.score(gold, extracted)
    page = report.Table(score.levels_view(result, score.intervals(gold, extracted)))._repr_html_()
    cells = re.findall(r"<td>([^<]*)</td>", page)
    numbers = [c for c in cells if re.match(r"\d\.\d", c)]
    assert numbers and all(re.fullmatch(r"\d\.\d{3}(–\d\.\d{3})?", c) for c in numbers), numbers
    assert report.hand_coding("data/handcoded/seed_sample.csv", "data/processed/claims.csv").levels[
        ["precision", "recall", "F1"]].values.tolist() == score.levels_view(result)[["precision", "recall", "F1"]].values.tolist()
    notebook = json.loads((paths.PROJECT_ROOT / "notebooks" / "06_score.ipynb").read_text(encoding="utf-8"))
    code = "".join("".join(c["source"]) for c in notebook["cells"] if c["cell_type"] == "code")
    assert "score.levels_view(result, spans)" in code  # the notebook shows the package's tables
    assert "score.misses_view(result)" in code
    assert score.misses_view(result)["value"].tolist() == ["12,000"]  # as the report writes figures


def test_the_estimates_table_fits_a_1300_pixel_window_and_never_breaks_a_date(tmp_path):
    # fourteen columns of a collection of many wars (long claimants, places, labels and
    # sentences): the sentence column ran past the page at 1,300 pixels and "2024-12-20" wrapped
    # as "2024-" over "12-20"
    import nbformat
    import pandas as pd

    n = 30
    est = pd.DataFrame({
        "estimate": range(1, n + 1), "claimant": ["Syrian Observatory for Human Rights"] * n,
        "measure": ["troops_in_place"] * n, "unit": ["peacekeeper"] * n, "place": ["Zaporizhzhia Oblast"] * n,
        "value_low": [36_021_900] * n, "value_high": [36_021_900] * n, "hedge": ["approximate"] * n,
        "as_of": ["2024-12-20"] * n, "relays": [2] * n, "copies": [1] * n, "origin": ["extracted"] * n,
        "relay_differs": ["revised: 5,300 (2024-12-14), then 6,400 (2025-01-01) by the claimant"] * n,
        "ledger_check": ["differs from the ledger"] * n, "label": ["Internationalisation Monitor · 2024-12-20"] * n})
    sentences = pd.DataFrame({"estimate": [str(i) for i in range(1, n + 1)], "claimant": "", "measure": "",
                              "article": "a", "label": "Another Outlet · 2024-12-19", "published": "",
                              "figure": "36,021,900", "start": 0, "end": 0,
                              "sentence": "The monitoring group said about 36,021,900 rounds had been delivered to "
                                          "the eastern front over the winter, according to its latest count."})
    table = report.estimates_table(est, sentences=sentences)
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("table")
    cell.outputs = [nbformat.v4.new_output("display_data", data={"text/html": table._repr_html_(),
                                                                 "text/plain": "table"})]
    nb.cells = [cell]
    body, _ = report.exporter().from_notebook_node(nb)
    page = tmp_path / "index.html"
    page.write_text(body.replace("</head>", report.REPORT_CSS + "</head>", 1), encoding="utf-8")
    browser = chromium()
    try:
        browser.get(page.as_uri())
        over = browser.execute_script(
            "const t = document.querySelector('table.claimtable'); const box = t.closest('.jp-OutputArea-output');"
            "return [box.scrollWidth, box.clientWidth];")
        assert over[0] <= over[1], over
        dates = browser.execute_script(BROKEN_WORDS.replace(r"/\\d[\\d,.]*\\d/g", r"/\\d{4}-\\d{2}-\\d{2}/g"))
        assert dates == []
    finally:
        browser.quit()


def test_a_cut_latest_table_shows_the_compared_rows_before_those_no_other_claimant_gives():
    # a collection of many wars: 70 claimants each alone on their kind of people ("captured:
    # a1", ... : a set of one), measured before three that agree; cut at 60 rows, the three
    # lead the table (a reader looks for comparisons), the title says where the others are,
    # and the table shown whole keeps its measures' order
    import pandas as pd

    alone = pd.concat([_latest_rows([(f"Agency {i:02}", 10 + i, "2025-06-01", "SD")], "captured")
                       .assign(unit=f"a{i:02}") for i in range(70)], ignore_index=True)
    agree = _latest_rows([(f"Zeta {i}", 500 + i, "2025-06-0" + str(i + 1), "SD") for i in range(3)], "wounded")
    est = pd.concat([alone, agree], ignore_index=True)
    table = report.latest_table(est)
    assert table.frame["claimant"].tolist()[:3] == ["Zeta 0", "Zeta 1", "Zeta 2"]
    assert set(table.frame["comparison"][3:]) == {"only one claimant"}
    assert "the 70 of a set of one claimant (only one claimant) after the 3 compared" in table.title
    whole = report.latest_table(est, max_rows=100).frame
    assert whole["claimant"].tolist()[:3] == ["Agency 00", "Agency 01", "Agency 02"]


def test_a_cut_ledger_table_shows_the_ledgers_rows_compared_with_the_articles_first():
    # a ledger of many years (as the shipped one beside 50 generated articles): 30 of its
    # claimants wrote about other years, named before the two that wrote about the articles'
    # month; the table shows 20 rows, and the two compared with the articles lead it
    import pandas as pd

    months = pd.date_range("2024-11-01", periods=30, freq="5D").strftime("%Y-%m-%d")
    ledger = pd.concat([_latest_rows([(f"Agency {i:02}", 10 + i, d, "SD") for i, d in enumerate(months)]),
                        _latest_rows([("Zeta 0", 300, "2025-06-02", "SD"), ("Zeta 1", 310, "2025-06-03", "SD")])],
                       ignore_index=True).assign(origin="hand-coded")
    est = pd.concat([_latest_rows([("SAF", 20, "2024-10-01", "SD"), ("RSF", 305, "2025-06-01", "SD")]), ledger],
                    ignore_index=True)
    table = report.latest_ledger_table(est)
    assert table.frame["claimant"].tolist()[:2] == ["Zeta 0", "Zeta 1"]
    assert set(table.frame["comparison"][2:]) == {"another time or place"}
    assert "the 30 about another time or place after the 2 compared" in table.title


def test_the_estimates_table_of_many_wars_says_which_war_each_estimate_is_of():
    """A folder of many wars: "police: 3 killed" and "police: 40 killed" side by side in the
    Estimates table read as one claimant's two counts of one thing, unless each row says its
    war, as the Latest estimate table does; a folder of one war keeps the table it had."""
    import pandas as pd

    def row(i, place, countries):
        return {"estimate": i, "claimant": "police", "measure": "killed", "unit": "", "place": place,
                "countries": countries, "value_low": 3 * i, "value_high": 3 * i, "hedge": "exact",
                "as_of": "", "relays": 1, "copies": 0, "origin": "extracted", "relay_differs": "",
                "ledger_check": "", "label": f"article {i}"}

    many = pd.DataFrame([row(1, "Reynosa", ""), row(2, "", "SD"), row(3, "", "")])
    frame = report.estimates_table(many).frame
    assert frame.columns.tolist()[:2] == ["claimant", "war"]
    assert dict(zip(frame["figure"], frame["war"], strict=True)) == {"3": "Mexico", "6": "Sudan", "9": ""}
    html = report.estimates_table(many)._repr_html_()
    assert "<th>war</th>" in html and "Mexico" in html
    one = pd.DataFrame([row(1, "Reynosa", ""), row(2, "", "MX")])
    assert "war" not in report.estimates_table(one).frame.columns
