"""The `claimtable extract` command, run as a user runs it."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from claimtable import cli, extract, load, paths


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "claimtable", *args], capture_output=True,
                          text=True, cwd=paths.PROJECT_ROOT, check=False)


def test_extract_seeds_prints_the_claims_table_as_csv(gold_claims):
    result = run("extract", "data/raw")
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    header = result.stdout.splitlines()[0].split(",")
    assert header[: len(extract.CLAIM_COLUMNS)] == extract.CLAIM_COLUMNS
    assert len(rows) == len(gold_claims)
    assert {(r["article"], r["value_low"]) for r in rows} == {
        (g.article, g.value_low) for g in gold_claims.itertuples()
    }
    assert result.stderr == ""


def test_json_has_the_same_rows_and_keys():
    as_csv = list(csv.DictReader(io.StringIO(run("extract", "data/raw").stdout)))
    as_json = json.loads(run("extract", "data/raw", "--format", "json").stdout)
    assert len(as_json) == len(as_csv)
    assert list(as_json[0])[: len(extract.CLAIM_COLUMNS)] == extract.CLAIM_COLUMNS
    assert [str(r["value_low"]) for r in as_json] == [r["value_low"] for r in as_csv]


def test_unreadable_paths_are_named_and_the_rest_still_run(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "ok.txt").write_text("Officials said 700 troops arrived.")
    result = run("extract", str(tmp_path), "data/raw/001_5320b9cdabafa139.txt", str(tmp_path / "nope.txt"))
    assert result.returncode == 1
    assert "empty.txt: empty file" in result.stderr
    assert "nope.txt: no such file" in result.stderr
    articles = {r["article"] for r in csv.DictReader(io.StringIO(result.stdout))}
    assert articles == {"ok", "001_5320b9cdabafa139"}


def test_usage_errors_exit_2():
    assert run("extract").returncode == 2
    assert run("extract", "data/raw", "--format", "xml").returncode == 2
    assert run("frobnicate").returncode == 2


def test_empty_result_still_prints_a_header(tmp_path):
    (tmp_path / "calm.txt").write_text("Nothing was counted in this text at all.")
    result = run("extract", str(tmp_path))
    assert result.returncode == 0
    assert result.stdout.splitlines() == [",".join(extract.CLAIM_COLUMNS + extract.EXTRA_COLUMNS)]
    assert json.loads(run("extract", str(tmp_path), "--format", "json").stdout) == []


MANIFEST_HEADER = "article,title,outlet,url,published,language,notes\n"


def test_the_sources_manifest_beside_a_folder_names_its_headlines(tmp_path):
    # a headline that reads like a sentence: only the manifest says it is the headline (a
    # headline's figure that the body repeats is one claim unless the headline names its source)
    raw = tmp_path / "raw"
    raw.mkdir()
    headline = "1,500 North Korean troops have arrived in Russia, Seoul says."
    (raw / "nk.txt").write_text(
        f"{headline}\nSouth Korea's spy agency said 1,500 North Korean troops had arrived in Russia.\n")

    def claims() -> list[dict]:
        result = run("extract", str(raw))
        assert result.returncode == 0, result.stderr
        return list(csv.DictReader(io.StringIO(result.stdout)))

    assert [r["role"] for r in claims()] == ["body", "body"]
    (tmp_path / "sources.csv").write_text(f'{MANIFEST_HEADER}nk,"{headline}",,,,en,\n')
    # the headline names its source ("..., Seoul says"): its claim beside the body's (docs/claims.md,
    # forty-second round)
    assert [(c["value_low"], c["claimant"], c["role"]) for c in claims()] == [
        ("1500", "Seoul", "title"), ("1500", "South Korea NIS", "body")]
    assert run("extract", str(raw / "nk.txt")).stdout == run("extract", str(raw)).stdout


def test_a_broken_manifest_is_named_and_its_files_still_run(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "ok.txt").write_text("Officials said 700 troops arrived.")
    (tmp_path / "sources.csv").write_text("article,title\nok,x\n")
    result = run("extract", str(raw))
    assert result.returncode == 1
    assert f"{tmp_path / 'sources.csv'}: missing manifest columns" in result.stderr
    assert [r["value_low"] for r in csv.DictReader(io.StringIO(result.stdout))] == ["700"]


def test_report_module_keeps_another_folders_outputs_under_its_out_folder(tmp_path):
    """`python -m claimtable.report --out DIR -p raw_dir OTHER`: nothing of OTHER's report may land
    on the stored outputs of data/raw (data/processed, figures/) that the tests check."""
    from claimtable import report

    out = tmp_path / "build"
    params = report.module_parameters(out, {"raw_dir": str(tmp_path / "raw"), "ledger": ""})
    written = {k: Path(v) for k, v in params.items()
               if k in ("out_dir", "processed_dir", "figures_dir", "claims_table", "sentences_table")}
    assert len(written) == 5
    for name, path in written.items():
        assert path.is_relative_to(out), name
        assert not path.is_relative_to(paths.PROJECT_ROOT / "data") and not path.is_relative_to(paths.PROJECT_ROOT / "figures"), name
    assert params["ledger"] == ""  # what the user passed wins
    assert report.module_parameters(out, {}) == {}  # the seeds: the stored outputs, as make report


def _build_leaving_unread_files(out: Path, params: dict) -> Path:
    """Stands in for ``report.build``: what the notebooks leave of a folder with an empty and a
    binary file, its sources table."""
    processed = Path(params["out_dir"])
    processed.mkdir(parents=True)
    (processed / "articles.csv").write_text(
        "article,file,status,reason\nok_one,ok_one.txt,ok,\n"
        "blank,blank.txt,error,empty file\npic,pic.txt,error,binary file (contains NUL bytes)\n",
        encoding="utf-8")
    return out / "report" / "index.html"


def test_report_names_the_files_it_could_not_read_and_exits_1(tmp_path, monkeypatch, capsys):
    """As `claimtable extract` does: the report is still written, but an empty or binary file
    among the articles is named on standard error and the exit status says so."""
    from claimtable import report

    monkeypatch.setattr(report, "build", _build_leaving_unread_files)
    raw = tmp_path / "raw"
    raw.mkdir()
    assert cli.main(["report", str(raw), "--out", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert "blank.txt: empty file" in err and "pic.txt: binary file" in err
    # the README's order: the bad files first, the one line that says what was written last
    assert err.splitlines()[-1] == f"claimtable: report written to {(tmp_path / 'out' / 'report' / 'index.html').resolve()}"


def test_both_report_commands_say_what_they_wrote_and_where_in_the_same_one_line(tmp_path, monkeypatch, capsys):
    """`claimtable report` and `python -m claimtable.report` (`make report`) end the same way:
    nothing on standard output, one line on standard error that names what was written and
    where, in the same words; a failed notebook is one line in the same words too."""
    from papermill.exceptions import PapermillExecutionError

    from claimtable import report

    monkeypatch.setattr(report, "build", lambda out, params: out / "report" / "index.html")
    raw = tmp_path / "raw"
    raw.mkdir()
    commands = {
        "claimtable report": lambda out: cli.main(["report", str(raw), "--out", str(out)]),
        "python -m claimtable.report": lambda out: report.main(["--out", str(out), "-p", "raw_dir", str(raw)]),
    }
    for name, run in commands.items():
        out = tmp_path / name.replace(" ", "_")
        assert run(out) == 0, name
        said = capsys.readouterr()
        assert said.out == "", name
        assert said.err == f"claimtable: report written to {(out / 'report' / 'index.html').resolve()}\n", name

    def fail(out, params):
        raise PapermillExecutionError(0, 1, "x", "FileNotFoundError", "raw folder not found", [])

    monkeypatch.setattr(report, "build", fail)
    for name, run in commands.items():
        assert run(tmp_path / "failed") == 1, name
        said = capsys.readouterr()
        assert said.out == "" and said.err == "claimtable: a notebook failed: FileNotFoundError: raw folder not found\n", name

    # the user's manifest that notebook 01 cannot read is named as such, every bad line of it
    (tmp_path / "sources.csv").write_text("article,title,outlet,url,published,language,notes\n"
                                          "a,1,500 troops,,,,en,\nb,ok,,,,en,\nc,Kursk, day 3,,,,en,\n",
                                          encoding="utf-8")
    with pytest.raises(load.ManifestError) as caught:
        load.read_manifest_rows(tmp_path / "sources.csv")

    def bad_manifest(out, params):
        raise PapermillExecutionError(0, 1, "x", "ManifestError", str(caught.value), [])

    monkeypatch.setattr(report, "build", bad_manifest)
    for name, run in commands.items():
        assert run(tmp_path / "failed") == 1, name
        said = capsys.readouterr()
        assert said.err == ("claimtable: the sources manifest cannot be used: sources.csv: lines 2 and 4 have "
                            "more fields than the header (a comma in an unquoted field? put the field in "
                            "double quotes)\n"), name


def test_report_scores_notebook_06_against_the_hand_coded_sample_it_is_given(tmp_path, monkeypatch):
    """`claimtable report --handcoded FILE`: notebook 06 scores the folder's claims against the
    user's own sample, not the seeds' (whose scores mean nothing for another folder)."""
    from claimtable import notebooks, paths, report

    built = []
    monkeypatch.setattr(report, "build", lambda out, params: built.append(params) or out / "report" / "index.html")
    monkeypatch.setattr(report, "name_unread", lambda *a, **k: 0)
    raw = tmp_path / "raw"
    raw.mkdir()
    sample = tmp_path / "my_sample.csv"
    sample.write_text("article,value_low,value_high,category,claimant\n", encoding="utf-8")
    assert cli.main(["report", str(raw), "--out", str(tmp_path / "out"), "--handcoded", str(sample)]) == 0
    assert built[0]["handcoded"] == str(sample.resolve())
    assert "handcoded" in notebooks.declared_parameters(paths.NOTEBOOKS / "06_score.ipynb")


def test_report_jobs_sets_how_many_processes_notebook_02_extracts_with(tmp_path, monkeypatch):
    """`claimtable report --jobs 1` on a shared machine: notebook 02 extracts in one process;
    without it, all cores (the parameter is left out)."""
    from claimtable import notebooks, paths, report

    built = []
    monkeypatch.setattr(report, "build", lambda out, params: built.append(params) or out / "report" / "index.html")
    monkeypatch.setattr(report, "name_unread", lambda *a, **k: 0)
    raw = tmp_path / "raw"
    raw.mkdir()
    assert cli.main(["report", str(raw), "--out", str(tmp_path / "a"), "--jobs", "1"]) == 0
    assert cli.main(["report", str(raw), "--out", str(tmp_path / "b")]) == 0
    assert built[0]["jobs"] == 1 and "jobs" not in built[1]
    assert "jobs" in notebooks.declared_parameters(paths.NOTEBOOKS / "02_extract_claims.ipynb")


def test_the_claims_are_the_same_whatever_the_number_of_processes(tmp_path):
    """Notebook 02's extraction in one process or two gives the same claims, row for row."""
    from claimtable import pipeline, synthetic

    raw = synthetic.write_collection(tmp_path / "raw", articles=120, seed=3)
    sources = [load.load_file(p) for p in sorted(raw.glob("*.txt"))]
    pipeline.write_csv(load.sentences_table(sources), tmp_path / "sentences.csv")
    one = pipeline.claims_from_sentences(tmp_path / "sentences.csv", jobs=1)
    two = pipeline.claims_from_sentences(tmp_path / "sentences.csv", jobs=2)
    assert len(one) > 120
    import pandas as pd

    pd.testing.assert_frame_equal(one, two)


def test_the_report_module_names_unread_files_as_the_command_does(tmp_path, monkeypatch, capsys):
    """`python -m claimtable.report -p raw_dir …` (the README's way to add a hand-coded sample)
    must not hide what `claimtable report` names: an empty or binary file, and exit status 1."""
    from claimtable import report

    monkeypatch.setattr(report, "build", _build_leaving_unread_files)
    raw = tmp_path / "raw"
    raw.mkdir()
    assert report.main(["--out", str(tmp_path / "out"), "-p", "raw_dir", str(raw)]) == 1
    assert "blank.txt: empty file" in capsys.readouterr().err


def test_a_manifest_inside_the_folder_is_no_article_and_its_rows_are_checked(tmp_path):
    # the manifest's rows are checked the same way beside the folder or inside it, and a row
    # with no file fails `extract` as it fails `report` (exit 1, the article named)
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "ok.txt").write_text("Officials said 700 troops arrived.")
    for manifest in (raw / "sources.csv", tmp_path / "sources.csv"):
        (raw / "sources.csv").unlink(missing_ok=True)  # one manifest at a time
        manifest.write_text(f"{MANIFEST_HEADER}ok,,Wire,,2024-10-01,en,\nghost,,,,,en,\n")
        result = run("extract", str(raw))
        assert result.returncode == 1
        assert result.stderr == "claimtable: ghost: listed in the manifest but no such file in raw/\n"
        assert [r["article"] for r in csv.DictReader(io.StringIO(result.stdout))] == ["ok"]
    # a file named alone is checked against its own row only
    assert run("extract", str(raw / "ok.txt")).returncode == 0


def test_two_manifests_say_which_one_is_read(tmp_path, monkeypatch, capsys):
    # one beside the folder and one inside it: the one beside is read, and both commands say so
    from claimtable import report

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "ok.txt").write_text("Officials said 700 troops arrived.")
    # the one inside lists an article no file holds, which fails a run that reads it
    (tmp_path / "sources.csv").write_text(f"{MANIFEST_HEADER}ok,,Beside Wire,,2024-10-01,en,\n")
    (raw / "sources.csv").write_text(f"{MANIFEST_HEADER}ok,,Inside Wire,,2024-10-02,en,\nghost,,,,,en,\n")
    said = (f"claimtable: raw/ has two sources manifests: {tmp_path / 'sources.csv'} (beside the folder) "
            f"is read, {raw / 'sources.csv'} (inside it) is not; merge them into one and remove the other\n")
    result = run("extract", str(raw))
    assert result.returncode == 0
    assert result.stderr == said
    assert [r["value_low"] for r in csv.DictReader(io.StringIO(result.stdout))] == ["700"]
    monkeypatch.setattr(report, "build", _build_with_estimates([]))
    assert cli.main(["report", str(raw), "--out", str(tmp_path / "out")]) == 0
    assert capsys.readouterr().err.startswith(said)
    # with the one inside alone, it is read (its ghost row named) and no two manifests are
    (tmp_path / "sources.csv").unlink()
    assert run("extract", str(raw)).stderr == "claimtable: ghost: listed in the manifest but no such file in raw/\n"


def test_a_corrections_file_inside_the_folder_is_no_article(tmp_path):
    # kept where a sources.csv may go: `extract` neither warns "not a text file" nor reads it,
    # and prints the extractor's own claims (corrections are the report's)
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "ok.txt").write_text("Officials said 700 troops arrived.")
    (raw / "corrections.csv").write_text("article,start,action,column,value,reason\nok,15,drop,,,\n")
    result = run("extract", str(raw))
    assert (result.returncode, result.stderr) == (0, "")
    assert [r["value_low"] for r in csv.DictReader(io.StringIO(result.stdout))] == ["700"]


def _build_with_estimates(checks: list[str]):
    """Stands in for ``report.build``: the estimates of a collection (``checks``: their
    ``ledger_check``) beside two rows of a ledger."""
    def build(out: Path, params: dict) -> Path:
        processed = Path(params["out_dir"])
        processed.mkdir(parents=True)
        coded = ["hand-coded,"] * (2 if params["ledger"] else 0)
        (processed / "estimates.csv").write_text(
            "\n".join(["origin,ledger_check", *[f"extracted,{c}" for c in checks], *coded, ""]), encoding="utf-8")
        return out / "report" / "index.html"
    return build


def test_report_says_when_none_of_the_estimates_meets_the_ledger(tmp_path, monkeypatch, capsys):
    """A story the shipped ledger knows nothing of (a storm): its 310 rows are merged into the
    report all the same, so the command says so, with the option that leaves them out."""
    from claimtable import report

    raw = tmp_path / "raw"
    raw.mkdir()
    monkeypatch.setattr(report, "build", _build_with_estimates(["not in the ledger"] * 3))
    assert cli.main(["report", str(raw), "--out", str(tmp_path / "a")]) == 0
    first, last = capsys.readouterr().err.splitlines()
    assert first == ("claimtable: none of the 3 estimates of these articles meets the ledger "
                     "data/reference/reported_figures.csv (no shared claimant, measure and time): its 2 "
                     "hand-coded rows are in the report all the same (in its charts, those about the articles' "
                     'dates); --ledger "" leaves them out')
    assert last.startswith("claimtable: report written to ")
    assert cli.main(["report", str(raw), "--out", str(tmp_path / "b"), "--ledger", ""]) == 0
    assert "ledger" not in capsys.readouterr().err
    monkeypatch.setattr(report, "build", _build_with_estimates(["not in the ledger", "matches the ledger"]))
    assert cli.main(["report", str(raw), "--out", str(tmp_path / "c")]) == 0
    assert "ledger" not in capsys.readouterr().err


def test_report_draws_the_whole_ledger_when_asked(tmp_path, monkeypatch):
    """`claimtable report --whole-ledger` gives every notebook that draws the ledger the
    parameter that draws all its rows; without it, only those about the articles' dates."""
    from claimtable import notebooks, report

    raw = tmp_path / "raw"
    raw.mkdir()
    given = []

    def build(out: Path, params: dict) -> Path:
        given.append(params["ledger_rows"])
        return _build_with_estimates(["matches the ledger"])(out, params)

    monkeypatch.setattr(report, "build", build)
    assert cli.main(["report", str(raw), "--out", str(tmp_path / "a"), "--whole-ledger"]) == 0
    assert cli.main(["report", str(raw), "--out", str(tmp_path / "b")]) == 0
    assert given == ["all", "dates"]
    drawing = [p.name for p in notebooks.notebook_paths() if "ledger_rows" in notebooks.declared_parameters(p)]
    assert drawing == ["03_compare_sources.ipynb", "04_charts.ipynb", "05_report.ipynb"]
def test_the_report_commands_give_the_notebooks_the_folders_as_given_never_made_absolute(tmp_path, monkeypatch):
    """The README's "Reproducible outputs": a run's parameters cells hold the folders as the
    user wrote them (relative ones relative to the project root, where the notebooks resolve
    them), so a report holds no folder of the machine the user did not write."""
    from claimtable import report

    seen = {}

    def fake_build(out, params):
        seen.update(params)
        return out / "report" / "index.html"

    monkeypatch.setattr(report, "build", fake_build)
    project = tmp_path / "project"
    (project / "mine" / "raw").mkdir(parents=True)
    monkeypatch.setattr(paths, "PROJECT_ROOT", project)
    monkeypatch.chdir(project)
    assert cli.main(["report", "mine/raw", "--out", "build/mine", "--ledger", ""]) == 0
    assert seen["raw_dir"] == "mine/raw" and seen["out_dir"] == "build/mine/processed"
    assert not [k for k, v in seen.items() if v.startswith("/")], seen
    monkeypatch.chdir(project / "mine")  # from a folder inside the project: relative to its root
    assert cli.main(["report", "raw", "--out", "../build/mine", "--ledger", ""]) == 0
    assert seen["raw_dir"] == "mine/raw" and seen["claims_table"] == "build/mine/processed/claims.csv"
    assert cli.main(["report", str(project / "mine" / "raw"), "--out", str(tmp_path / "o"), "--ledger", ""]) == 0
    assert seen["raw_dir"] == str(project / "mine" / "raw")  # an absolute folder as given


def test_a_relative_project_root_is_the_same_root_for_the_notebook_kernels(tmp_path):
    """``CLAIMTABLE_ROOT=.`` from the project's folder: the command and the notebook kernels it
    starts in other folders read the same project (it used to mean each kernel's own folder,
    and notebook 01 could not find the lexicons)."""
    import os

    env = {**os.environ, "CLAIMTABLE_ROOT": "."}
    code = "from claimtable import paths; print(paths.PROJECT_ROOT); import os; print(os.environ['CLAIMTABLE_ROOT'])"
    done = subprocess.run([sys.executable, "-c", code], cwd=paths.PROJECT_ROOT, env=env,
                          capture_output=True, text=True, check=True)
    root, exported = done.stdout.split()
    assert root == exported == str(paths.PROJECT_ROOT.resolve())
