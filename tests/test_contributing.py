"""The recipes of CONTRIBUTING.md work as written, and docs/claims.md documents what the code
checks."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from claimtable import contract, extract, lexicons, load, paths, schemas

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def lexicon_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """The project's vocabularies copied to a temporary folder that the extractor reads."""
    data = tmp_path / "data"
    shutil.copytree(paths.LEXICONS, data / "lexicons")
    shutil.copy(paths.CLAIMANTS, data / "claimants.csv")
    monkeypatch.setattr(paths, "LEXICONS", data / "lexicons")
    lexicons.reload()
    yield data
    monkeypatch.undo()
    lexicons.reload()


def claims(text: str) -> list[tuple[str, str, str, str]]:
    return [(c["figure"], c["unit"], c["category"], c["claimant"])
            for c in extract.extract_source(load.load_text("t", text))]


def add_row(path: Path, row: str) -> None:
    path.write_text(path.read_text(encoding="utf-8").rstrip("\n") + "\n" + row + "\n", encoding="utf-8")


def test_the_recipe_adds_a_claimant_and_a_counted_noun(lexicon_copy):
    text = "The Foo Monitoring Group said 300 frogmen crossed the river."
    assert claims(text) == []  # nobody knows what a frogman is yet
    # the two rows the recipe table says to add, in the files it names
    add_row(lexicon_copy / "lexicons" / "units.csv", "frogmen,frogman,troops")
    add_row(lexicon_copy / "claimants.csv", "Foo Monitoring Group,Foo Monitoring Group|FMG,,analysts")
    lexicons.reload()
    assert claims(text) == [("300", "frogman", "troops", "Foo Monitoring Group")]
    assert claims("FMG said 40 frogmen were killed.") == [("40", "frogman", "casualties", "Foo Monitoring Group")]


def test_every_file_the_recipes_name_exists_and_has_a_schema():
    text = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    named = set(re.findall(r"`(data/[\w/]+\.csv)`", text))
    assert "data/lexicons/units.csv" in named and "data/claimants.csv" in named
    for path in sorted(named):
        name = Path(path).stem
        assert name in schemas.SCHEMAS, f"{path} has no schema"
        assert (ROOT / path).exists() or name == "measures", f"{path} does not exist"


def test_the_contract_documents_every_column_and_allowed_value():
    text = (ROOT / "docs" / "claims.md").read_text(encoding="utf-8")
    columns = [*contract.CLAIM_COLUMNS, "measure", "as_of", "per", "part_of", *extract.EXTRA_COLUMNS]
    for column in columns:
        assert f"`{column}`" in text, f"docs/claims.md does not document {column}"
    values = [*contract.HEDGES, *contract.MODALITIES, *contract.PERIODS, *lexicons.categories()]
    for value in values:
        assert f"`{value}`" in text, f"docs/claims.md does not list {value}"


def test_the_readme_and_the_code_cite_the_contract_in_the_repository():
    assert (ROOT / "docs" / "claims.md").exists()
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "docs/claims.md" in readme and "CONTRIBUTING.md" in readme
    for path in [*(ROOT / "src" / "claimtable").glob("*.py"), *(ROOT / "notebooks").glob("*.ipynb"),
                 ROOT / "README.md"]:
        assert "CLAIMS.md" not in path.read_text(encoding="utf-8"), f"{path.name} cites CLAIMS.md"


def test_docs_claims_opens_with_every_column_at_a_glance_in_the_tables_order():
    """A spreadsheet user finds what each column of claims.csv means near the top of
    docs/claims.md, before its readings, every column in the order of the file."""
    from claimtable import extract

    text = (ROOT / "docs" / "claims.md").read_text(encoding="utf-8")
    glance = text.split("## Columns at a glance", 1)[1].split("\n## ", 1)[0]
    assert text.index("## Columns at a glance") < text.index("## What is a claim")
    assert len(text[:text.index("## Columns at a glance")].splitlines()) < 30
    columns = [*extract.CLAIM_COLUMNS, *extract.EXTRA_COLUMNS]
    named = re.findall(r"`([a-z_]+)`", "\n".join(line.split("|")[1] for line in glance.splitlines()
                                                  if line.startswith("| `")))
    assert named == columns
