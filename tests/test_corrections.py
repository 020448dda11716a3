"""An analyst's corrections.csv: claims dropped or corrected before every table downstream,
the same on both engines, counted and listed in the report."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from claimtable import corrections, dataset, extracted, load, pipeline, report

TEXTS = {
    "a": "Medics said 45 people were killed in Tarn on Sunday.\nEgypt says 1.2 million have crossed its border.",
    "b": "The army said 80 fighters were captured near Ostra.",
}


@pytest.fixture()
def processed(tmp_path):
    out = tmp_path / "processed"
    out.mkdir()
    sources = [load.load_text(k, v) for k, v in TEXTS.items()]
    pipeline.write_csv(load.sentences_table(sources), out / "sentences.csv")
    return out


def _start(claims, figure):
    return int(claims.loc[claims["figure"] == figure, "start"].iloc[0])


def test_an_analysts_corrections_drop_and_correct_claims_before_they_are_written(processed, tmp_path):
    raw = extracted.open_claims(processed / "sentences.csv").frame
    assert {"45", "1.2 million", "80"} <= set(raw["figure"])
    fix = tmp_path / corrections.FILE_NAME
    fix.write_text("article,start,action,column,value,reason\n"
                   f"a,{_start(raw, '1.2 million')},drop,,,a teaser's figure\n"
                   f"b,{_start(raw, '80')},correct,claimant,Velm Army,the army is Velm's\n"
                   "b,9999,drop,,,a typo\n", encoding="utf-8")
    claims = extracted.open_claims(processed / "sentences.csv", corrections_csv=fix)
    claims.write(processed)
    written = pipeline.read_table(processed / "claims.csv")
    assert "1.2 million" not in set(written["figure"]) and "45" in set(written["figure"])
    assert written.loc[written["figure"] == "80", "claimant"].tolist() == ["Velm Army"]
    applied = pipeline.read_table(processed / corrections.APPLIED)
    assert applied["done"].tolist() == ["dropped", "corrected", "no such claim"]
    assert applied["figure"].tolist()[:2] == ["1.2 million", "80"]
    note = report.corrections_note(processed).data
    assert note.startswith("**1 claim excluded by the analyst, 1 corrected (corrections.csv); "
                           "1 correction names no claim.**")
    assert report.analyst_corrections(processed).frame["reason"].tolist()[0] == "a teaser's figure"


def test_a_correction_that_names_no_claim_is_said_on_stderr_too(processed, tmp_path, capsys):
    """The analyst reads the run's log, not only the report: a correction that did nothing (a
    wrong offset) is named there with its article and offset."""
    fix = tmp_path / corrections.FILE_NAME
    fix.write_text("article,start,action,column,value,reason\nb,9999,drop,,,a typo\n", encoding="utf-8")
    extracted.open_claims(processed / "sentences.csv", corrections_csv=fix).write(processed)
    target = tmp_path / "report" / "index.html"
    report.finish(target, processed, "")
    err = capsys.readouterr().err.splitlines()
    assert err[0] == ("claimtable: corrections.csv: drop of article 'b' at 9999: no claim of that "
                      "article starts there (not applied)")
    assert len(err) == 2  # then the line that says what was written


def test_both_engines_write_the_same_corrected_claims(processed, tmp_path):
    frame = extracted.open_claims(processed / "sentences.csv").frame
    fix = tmp_path / corrections.FILE_NAME
    fix.write_text("article,start,action,column,value,reason\n"
                   f"b,{_start(frame, '80')},correct,value_low,90,\n"
                   f"b,{_start(frame, '80')},correct,value_high,90,\n"
                   f"a,{_start(frame, '1.2 million')},drop,,,\n", encoding="utf-8")
    folder = tmp_path / "dataset"
    dataset.write_claims_dataset(frame.to_dict("records"), folder)
    outs = {}
    for engine in ("pandas", "duckdb"):
        out = tmp_path / engine
        out.mkdir()
        extracted.open_claims(processed / "sentences.csv", folder, engine, fix).write(out)
        outs[engine] = [(out / n).read_bytes() for n in ("claims.csv", corrections.APPLIED)]
    assert outs["pandas"] == outs["duckdb"]
    assert b"1.2 million" not in outs["pandas"][0]


@pytest.mark.parametrize(("row", "problem"), [
    ("a,x,drop,,,", "line 2: needs an article and the figure's start offset"),
    ("a,4,delete,,,", "line 2: action 'delete' is not one of drop, correct"),
    ("a,4,correct,sentence,x,", "line 2: column 'sentence' cannot be corrected"),
])
def test_a_wrong_corrections_row_is_named_by_its_line(tmp_path, row, problem):
    fix = tmp_path / corrections.FILE_NAME
    fix.write_text(f"article,start,action,column,value,reason\n{row}\n", encoding="utf-8")
    with pytest.raises(corrections.CorrectionsError, match=problem):
        corrections.read(fix)


def test_the_report_passes_the_corrections_beside_the_raw_folder(tmp_path):
    params = report.report_parameters(tmp_path / "raw", tmp_path / "out")
    assert params["corrections"].endswith("corrections.csv")
    assert pd.Series([params["corrections"]]).str.contains("raw/").sum() == 0


def test_a_claim_corrected_to_unattributed_is_written_on_both_engines(processed, tmp_path):
    """The analyst says nobody is named for the army's 80: the claim is written unattributed,
    with no claimant words left (the contract), whichever engine writes it."""
    frame = extracted.open_claims(processed / "sentences.csv").frame
    fix = tmp_path / corrections.FILE_NAME
    fix.write_text("article,start,action,column,value,reason\n"
                   f"b,{_start(frame, '80')},correct,claimant,unattributed,the reporter's own count\n",
                   encoding="utf-8")
    folder = tmp_path / "dataset"
    dataset.write_claims_dataset(frame.to_dict("records"), folder)
    for engine in ("pandas", "duckdb"):
        out = tmp_path / engine
        out.mkdir()
        extracted.open_claims(processed / "sentences.csv", folder, engine, fix).write(out)
        written = pipeline.read_table(out / "claims.csv")
        row = written.loc[written["figure"] == "80"]
        assert row[["claimant", "claimant_phrase"]].fillna("").values.tolist() == [["unattributed", ""]]


def _raw_folder(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    for article, text in TEXTS.items():
        (raw / f"{article}.txt").write_text(text, encoding="utf-8")
    return raw


def _notebook_02(params: dict) -> Path:
    """Stands in for ``report.build``: stage 1 and what notebook 02 does with its parameters."""
    pipeline.load_stage(params["raw_dir"], params["out_dir"], params["manifest"])
    extracted.open_claims(params["sentences_table"], params["claims_dataset"], params["engine"],
                          params["corrections"]).write(params["out_dir"])
    return Path(params["figures_dir"]).parent / "report" / "index.html"


def _claimtable_report(raw, out, monkeypatch) -> list[bytes]:
    """``claimtable report RAW --out OUT`` as far as notebook 02: its claims and record, as bytes."""
    from claimtable import cli

    monkeypatch.setattr(report, "build", lambda _out, params: _notebook_02(params))
    assert cli.main(["report", str(raw), "--out", str(out), "--ledger", ""]) == 0
    return [(out / "processed" / n).read_bytes() for n in ("claims.csv", corrections.APPLIED)]


def test_a_corrections_file_inside_the_raw_folder_is_applied_as_one_beside_it(tmp_path, monkeypatch):
    """A newcomer keeps corrections.csv in the folder, where a sources.csv may go: the report's
    claims and corrections_applied.csv are corrected by it, byte for byte as by one beside the
    folder, and the same again on a second run."""
    raw = _raw_folder(tmp_path)
    frame = extracted.open_claims(_sentences(raw, tmp_path / "plain")).frame
    rows = ("article,start,action,column,value,reason\n"
            f"a,{_start(frame, '1.2 million')},drop,,,a teaser's figure\n"
            f"b,{_start(frame, '80')},correct,claimant,Velm Army,the army is Velm's\n")
    (raw / corrections.FILE_NAME).write_text(rows, encoding="utf-8")
    inside = _claimtable_report(raw, tmp_path / "in", monkeypatch)
    claims = pipeline.read_table(tmp_path / "in" / "processed" / "claims.csv")
    assert "1.2 million" not in set(claims["figure"]) and "45" in set(claims["figure"])
    assert claims.loc[claims["figure"] == "80", "claimant"].tolist() == ["Velm Army"]
    assert set(claims["article"]) == {"a", "b"}  # the corrections file is no article
    applied = pipeline.read_table(tmp_path / "in" / "processed" / corrections.APPLIED)
    assert applied["done"].tolist() == ["dropped", "corrected"]
    assert _claimtable_report(raw, tmp_path / "again", monkeypatch) == inside
    (raw / corrections.FILE_NAME).rename(tmp_path / corrections.FILE_NAME)
    assert _claimtable_report(raw, tmp_path / "beside", monkeypatch) == inside


def test_two_corrections_files_say_which_one_is_applied(tmp_path, monkeypatch, capsys):
    """One beside the folder and one inside it: the one beside is applied, and both report
    commands name both files, as for two sources manifests."""
    raw = _raw_folder(tmp_path)
    frame = extracted.open_claims(_sentences(raw, tmp_path / "plain")).frame
    header = "article,start,action,column,value,reason\n"
    (tmp_path / corrections.FILE_NAME).write_text(f"{header}a,{_start(frame, '45')},drop,,,beside\n")
    (raw / corrections.FILE_NAME).write_text(f"{header}b,{_start(frame, '80')},drop,,,inside\n")
    said = (f"claimtable: raw/ has two corrections files: {tmp_path / corrections.FILE_NAME} (beside the "
            f"folder) is applied, {raw / corrections.FILE_NAME} (inside it) is not; merge them into one "
            "and remove the other\n")
    capsys.readouterr()
    _claimtable_report(raw, tmp_path / "out", monkeypatch)
    assert capsys.readouterr().err.startswith(said)
    applied = pipeline.read_table(tmp_path / "out" / "processed" / corrections.APPLIED)
    assert applied["reason"].tolist() == ["beside"]
    monkeypatch.setattr(report, "build", lambda _out, params: _notebook_02(params))
    report.main(["--out", str(tmp_path / "module"), "-p", "raw_dir", str(raw), "-p", "ledger", ""])
    assert capsys.readouterr().err.startswith(said)
    assert pipeline.read_table(tmp_path / "module" / "processed" / corrections.APPLIED)["reason"].tolist() == ["beside"]
    assert corrections.notice(tmp_path / "nothing") is None


def test_an_archive_keeps_its_corrections_beside_it(tmp_path):
    """Only a raw folder has an inside: an archive's corrections.csv is the one beside it."""
    raw = _raw_folder(tmp_path)
    (raw / corrections.FILE_NAME).write_text("article,start,action\n")
    assert corrections.find(raw) == raw / corrections.FILE_NAME
    archive = tmp_path / "news.jsonl"
    archive.write_text("")
    assert corrections.find(archive) == tmp_path / corrections.FILE_NAME
    assert corrections.notice(archive) is None


def _sentences(raw, out):
    out.mkdir()
    pipeline.load_stage(raw, out)
    return out / "sentences.csv"


def test_no_corrections_says_both_places_a_corrections_file_is_looked_for(processed, tmp_path):
    """A run with no corrections.csv: the report's and notebook 02's sentence names both places
    ``corrections.find`` reads one from, beside the raw folder and inside it, not only the first."""
    raw = tmp_path / "raw"
    raw.mkdir()
    assert corrections.find(raw) == tmp_path / corrections.FILE_NAME  # neither: the place beside
    claims = extracted.open_claims(processed / "sentences.csv", corrections_csv="")
    claims.write(processed)
    for title in (report.analyst_corrections(processed).title, claims.corrected().title):
        assert "beside the raw folder" in title and "inside it" in title


@pytest.mark.parametrize("text", ["article,start,action,column,value,reason\n", ""], ids=["header", "blank"])
def test_a_corrections_file_with_no_rows_is_said_to_be_there_and_hold_none(tmp_path, monkeypatch, text):
    """A user who made corrections.csv and has no correction yet (its header only, or nothing at
    all) reads, in the report and in notebook 02 on either engine, that the file is there and
    holds none, not that it is missing; once it is gone, the same folder's report says where one
    was looked for again."""
    raw = _raw_folder(tmp_path)
    fix = tmp_path / corrections.FILE_NAME
    fix.write_text(text, encoding="utf-8")
    _claimtable_report(raw, tmp_path / "out", monkeypatch)
    processed = tmp_path / "out" / "processed"
    said = f"No corrections: {fix} is there but holds none."
    assert report.analyst_corrections(processed).title == said
    assert report.corrections_note(processed) is None  # nothing was applied: no line under the opening
    frame = extracted.open_claims(processed / "sentences.csv").frame
    dataset.write_claims_dataset(frame.to_dict("records"), tmp_path / "dataset")
    for engine in ("pandas", "duckdb"):
        claims = extracted.open_claims(processed / "sentences.csv", tmp_path / "dataset", engine, fix)
        assert claims.corrected().title == said, engine
    fix.unlink()
    _claimtable_report(raw, tmp_path / "out", monkeypatch)
    assert report.analyst_corrections(processed).title == corrections.NONE_FOUND
