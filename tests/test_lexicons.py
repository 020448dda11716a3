"""Every vocabulary is checked when it is read: a wrong row stops the run with an error that
names the file, the line and the problem. Each lexicon is edited wrongly in a temporary copy."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from claimtable import contract, extract, lexicons, load, paths, pipeline, schemas


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    """A copy of the project's vocabularies: ``<tmp>/data/lexicons`` and ``<tmp>/data/claimants.csv``."""
    data = tmp_path / "data"
    shutil.copytree(paths.LEXICONS, data / "lexicons")
    shutil.copy(paths.CLAIMANTS, data / "claimants.csv")
    return data / "lexicons"


def append(path: Path, line: str) -> int:
    """Add a line to a CSV file; returns its line number."""
    text = path.read_text(encoding="utf-8")
    if not text.endswith("\n"):
        text += "\n"
    path.write_text(text + line + "\n", encoding="utf-8")
    return len((text + line).splitlines())


# one wrong row for each lexicon, and the problem the error must name
WRONG_ROWS = {
    "abbreviations": ("Approx,", "abbreviation 'Approx' must be lower case"),
    "aggregates": ("total", "duplicate row: word 'total' is already on line"),
    "tallies": ("unit", "duplicate row: word 'unit' is already on line"),
    "toll_words": ("gave,speech", "role 'speech' is not one of: change, give, toll"),
    "breakers": ("is", "duplicate row: word 'is' is already on line"),
    "currencies": ("euros", "duplicate row: word 'euros' is already on line"),
    "restated_units": ("troop,Forces", "group 'Forces' must be lower case"),
    "calendar": ("Smarch,mnth,", "kind 'mnth' is not one of: day, month, weekday"),
    "categories": ("aviation,maybe,aircraft", "people 'maybe' must be empty or 'yes'"),
    "claimant_kinds": ("think tank,,", "description is empty"),
    "continuations": ("of those,middle", "position 'middle' is not one of: anywhere, body, history, remainder, shift, start"),
    "generic_claimants": ("leader,officials", "kind 'leader' is not one of"),
    "hedges": ("aproximately,aproximate,before", "hedge 'aproximate' is not one of"),
    "links": ("of,between", "link 'between' is not one of"),
    "modality": ("Could", "cue 'Could' must be lower case"),
    "non_names": ("it", "duplicate row: word 'it' is already on line"),
    "participles": ("Shown", "participle 'Shown' must be lower case"),
    "particle_verbs": ("handed,over", "duplicate row: verb 'handed', particle 'over' is already on line"),
    "place_nouns": ("Enclave", "word 'Enclave' must be lower case"),
    "credited_counts": ("Deaths", "word 'Deaths' must be lower case"),
    "populations": ("Home to", "cue 'Home to' must be lower case"),
    "households": ("Family", "word 'Family' must be lower case"),
    "standing": ("Hosts", "verb 'Hosts' must be lower case"),
    "peopled_places": ("City", "word 'City' must be lower case"),
    "travellers": ("Migrants", "word 'Migrants' must be lower case"),
    "cargoes": ("Flour", "word 'Flour' must be lower case"),
    "remains": ("Skeletons", "word 'Skeletons' must be lower case"),
    "demographics": ("Women", "word 'Women' must be lower case"),
    "unhurt": ("Survivor", "unit 'Survivor' must be lower case"),
    "people_harms": ("sneezed", "cue 'sneezed' is not one of"),
    "homecomings": ("deported,exile", "kind 'exile' is not one of"),
    "came_through": ("escaped,escaped,maybe", "object 'maybe' must be empty or 'yes'"),
    "parties": ("Rivals", "word 'Rivals' must be lower case"),
    "given_names": ("Jordan", "duplicate row: word 'Jordan' is already on line"),
    "things": ("House", "unit 'House' must be lower case"),
    "uprooted": ("Refugee", "unit 'Refugee' must be lower case"),
    "site_words": ("gazette,paper", "kind 'paper' is not one of: label, site"),
    "fight_roles": ("soldier,army", "role 'army' is not one of: civilians, fighters, forces"),
    "not_kinds": ("bystander,general", "names 'general' is not one of: people, place"),
    "stocks": ("ammunition,arms", "category 'arms' is not one of"),
    "number_words": ("a dozen,twelve,,", "value 'twelve' is not a number"),
    "outlets": ("bbc.com,BBC News", "duplicate row: domain 'bbc.com' is already on line"),
    "state_abbreviations": ("U.S.,USA", "duplicate row: abbreviation 'U.S.' is already on line"),
    "status_abbreviations": ("KIA,slain,person", "status 'slain' is not one of"),
    "references": ("the bureau,bureau", "kinds 'bureau' is not one of"),
    "regions": ("Kyiv oblast,UA,north,30.5,region", "latitude 'north' is not a number"),
    "place_names": ("Kiev,Kyiv,UA,old", "use 'old' is not one of: name, person, spelling"),
    "sections": ("World", "duplicate row: section 'World' is already on line"),
    "sides": ("Russian,Ukraine,adjective", "duplicate row: word 'Russian' is already on line"),
    "speech_verbs": ("declared,speach", "roles 'speach' is not one of"),
    "statuses": ("fled,fled,expected to flee,everyone", "applies 'everyone' is not one of"),
    "uncounted": ("year,duration", "kind 'duration' is not one of"),
    "units": ("aircraft,aircraft,aviation", "category 'aviation' is not one of"),
    "vague": ("a few,2,nine", "high 'nine' is not a whole number"),
    "year_words": ("circa,about", "role 'about' is not one of: ahead, open, when"),
    "claimants": ("Foo Institute,Foo,,think tank", "kind 'think tank' is not one of"),
    "measures": ("aircraft,aviation,planes", "family 'aviation' is not one of"),
    "measure_rules": ("troops,,,,,troops_abroad", "measure 'troops_abroad' is not one of"),
    "ledger_measures": ("tanks_destroyed,tanks", "measure 'tanks' is not one of"),
    "ledger_hedges": ("approx,aproximate", "hedge 'aproximate' is not one of"),
    "furniture": ("Read more,footer", "kind 'footer' is not one of"),
    "exchanges": ("prisoner swap,release", "kind 'release' is not one of"),
    "part_cues": ("Among Them,within", "cue 'Among Them' must be lower case"),
    "rates": ("a fortnight,fortnight,after", "per 'fortnight' is not one of"),
    "shares": ("a fifth,twenty", "percent 'twenty' is not a number"),
    "name_particles": ("al,dash", "joined 'dash' is not one of"),
    "facilities": ("Nasser Hospital,Khan Yunis,PS", "duplicate row: name 'Nasser Hospital' is already on line"),
}


@pytest.mark.parametrize("name", sorted(schemas.SCHEMAS))
def test_a_wrong_row_in_each_lexicon_is_named_with_its_file_and_line(copy, name):
    row, problem = WRONG_ROWS.get(name, (None, None))
    assert row is not None, f"no wrong row written for {name}: add one to WRONG_ROWS"
    path = lexicons.lexicon_path(name, copy)
    line = append(path, row)
    with pytest.raises(schemas.LexiconError) as err:
        lexicons.load_lexicon(name, copy)
    assert str(err.value).startswith(f"{path}, line {line}: ")
    assert problem in str(err.value)


def test_a_countryless_alias_must_be_one_of_the_rows_aliases(copy):
    path = copy.parent / "claimants.csv"
    line = append(path, "Velm Staff,Velm Staff|General Staff,Velmaria,military,Joint Staff")
    with pytest.raises(schemas.LexiconError) as err:
        lexicons.load_lexicon("claimants", copy)
    assert str(err.value) == f"{path}, line {line}: countryless 'Joint Staff' is not one of the row's aliases"


@pytest.mark.parametrize(("held", "problem"), [
    ("Ivo Marr until 2024-13-01", "held 'Ivo Marr until 2024-13-01': 2024-13-01 is not a day"),
    ("Ivo Marr", "held 'Ivo Marr' has no date (from YYYY-MM-DD, until YYYY-MM-DD or both)"),
    ("Ivo Marr from 2024-05-01 until 2023-01-01", "held 'Ivo Marr from 2024-05-01 until 2023-01-01': it ends before it starts"),
    ("Ana Marr until 2024-05-01", "held 'Ana Marr' is not one of the row's aliases"),
])
def test_a_tenure_must_name_an_alias_of_the_row_and_real_days(copy, held, problem):
    path = copy.parent / "claimants.csv"
    line = append(path, f"Velm Staff,Velm Staff|Ivo Marr,Velmaria,military,,chief of staff,{held}")
    with pytest.raises(schemas.LexiconError) as err:
        lexicons.load_lexicon("claimants", copy)
    assert str(err.value) == f"{path}, line {line}: {problem}"


def test_a_misspelt_column_is_named_with_the_header_line(copy):
    path = copy / "units.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    header = lines.index("word,unit,category")
    lines[header] = "word,unit,categroy"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(schemas.LexiconError) as err:
        lexicons.load_lexicon("units", copy)
    assert str(err.value) == (f"{path}, line {header + 1}: the header has no column 'category' "
                              "(expected: word, unit, category); unknown column 'categroy'")


def test_the_project_lexicons_are_all_valid():
    assert set(lexicons.check_all()) >= set(schemas.SCHEMAS) - {"measures"}


def test_measures_are_checked_when_the_lexicon_exists(copy):
    path = copy / "measures.csv"
    if not path.exists():
        path.write_text("measure,family,description\ntroops_sent,troops,troops sent or present\n",
                        encoding="utf-8")
    line = append(path, "Troops Sent,troops,")
    with pytest.raises(schemas.LexiconError, match=rf"line {line}: measure 'Troops Sent' must be lower case"):
        lexicons.check_all(copy)


def test_a_category_is_allowed_once_it_has_a_row_in_categories(copy):
    append(copy / "units.csv", "gliders,glider,aviation")
    with pytest.raises(schemas.LexiconError):
        lexicons.load_lexicon("units", copy)
    append(copy / "categories.csv", "aviation,,gliders and other aircraft")
    assert any(r["category"] == "aviation" for r in lexicons.load_lexicon("units", copy))


def test_the_command_names_a_broken_lexicon_and_exits_1(copy, tmp_path):
    line = append(copy / "hedges.csv", "aproximately,aproximate,before")
    article = tmp_path / "a.txt"
    article.write_text("About 500 troops arrived.\n", encoding="utf-8")
    env = {**os.environ, "CLAIMTABLE_ROOT": str(tmp_path)}
    done = subprocess.run([sys.executable, "-m", "claimtable", "extract", "--jobs", "1", str(article)],
                          capture_output=True, text=True, env=env, check=False)
    assert done.returncode == 1
    assert f"hedges.csv, line {line}: hedge 'aproximate' is not one of" in done.stderr
    assert "Traceback" not in done.stderr


def test_reload_reads_an_edited_lexicon_without_a_restart(copy, monkeypatch):
    text = "The convoy carried 40 drones."
    monkeypatch.setattr(paths, "LEXICONS", copy)
    lexicons.reload()
    try:
        assert [c["unit"] for c in extract.extract_source(load.load_text("t", text))] == ["drone"]
        path = copy / "units.csv"
        path.write_text(path.read_text(encoding="utf-8").replace("drones,drone,", "drones,unmanned aircraft,"),
                        encoding="utf-8")
        lexicons.reload()
        assert [c["unit"] for c in extract.extract_source(load.load_text("t", text))] == ["unmanned aircraft"]
    finally:
        monkeypatch.undo()
        lexicons.reload()


def claim(**changes: object) -> dict:
    row = pipeline.claims_of_source(load.load_text("t", "Some 500 troops arrived."))[0]
    return {**row, **changes}


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"category": "aviation"}, "category 'aviation' is not one of"),
        ({"hedge": "aproximate"}, "hedge 'aproximate' is not one of"),
        ({"value_high": 10}, "value_high 10 is below value_low 500"),
        ({"claimant_phrase": "someone"}, "claimant_phrase is not empty for an unattributed claim"),
        ({"per": "fortnight"}, "per 'fortnight' is not one of: day, week, month, year"),
        ({"as_of": "1 Nov 2024"}, "as_of '1 Nov 2024' is not YYYY-MM-DD or YYYY-MM"),
    ],
)
def test_a_claim_that_breaks_the_contract_is_not_written(changes, problem, tmp_path):
    import io

    import pandas as pd

    assert contract.claim_problems(claim()) == []
    with pytest.raises(contract.ContractError, match=problem):
        pipeline.write_claims([claim(**changes)], io.StringIO())
    with pytest.raises(contract.ContractError, match=problem):
        pipeline.write_claims_table(pd.DataFrame([claim(**changes)]), tmp_path)
    assert not (tmp_path / "claims.csv").exists()


def test_a_region_may_have_a_row_per_country_that_holds_it_but_not_two_in_one(copy):
    path = lexicons.lexicon_path("regions", copy)
    append(path, "Velm Marches,VL,10.0,20.0,region")
    append(path, "Velm Marches,OR,10.0,20.0,region")  # a region two countries hold: a row each
    assert [r["country"] for r in lexicons.load_lexicon("regions", copy) if r["name"] == "Velm Marches"] == ["VL", "OR"]
    line = append(path, "Velm Marches,VL,10.5,20.5,region")
    with pytest.raises(schemas.LexiconError) as err:
        lexicons.load_lexicon("regions", copy)
    assert str(err.value).startswith(f"{path}, line {line}: duplicate row")
