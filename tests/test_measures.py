"""What a figure measures, from its category, unit, status, modality and place."""

from __future__ import annotations

import shutil

import pytest

from claimtable import lexicons, measures, paths, pipeline
from claimtable.load import load_text
from claimtable.schemas import LexiconError


@pytest.mark.parametrize(("sentence", "measure"), [
    ("South Korea's spy agency said 1,500 North Korean troops had arrived in Russia.", "troops_present"),
    ("Ukraine's military intelligence said 3,000 North Korean troops were deployed in the Kursk region.",
     "troops_in_place"),
    ("Zelensky said up to 10,000 North Korean soldiers could join the fighting.", "troops_expected"),
    ("The Pentagon said 7,000 North Korean soldiers were training in eastern Russia.", "troops_training"),
    ("Seoul said 1,100 North Korean soldiers had been killed or wounded.", "casualties"),
    ("Kyiv said 300 North Korean soldiers had been killed.", "killed"),
    ("Kyiv said two North Korean soldiers had been captured.", "captured"),
    ("Seoul said 13,000 shipping containers of munitions had been sent.", "containers"),
    ("Seoul said eight million artillery shells had been delivered.", "shells"),
    ("Seoul said 100 ballistic missiles had been supplied.", "missiles"),
    ("Seoul said 170 self-propelled howitzers had been shipped.", "artillery"),
])
def test_measure_of_a_claim(sentence, measure):
    claims = pipeline.claims_of_source(load_text("t", sentence + "\n"), {"published": "2024-11-04"})
    assert [c["measure"] for c in claims] == [measure]


def test_every_measure_has_a_family_and_a_description():
    for m in measures.measures().values():
        assert m.family in ("troops", "casualties", "displacement", "munitions", "other") and m.description


def test_a_rule_table_without_a_fallback_is_an_error(tmp_path, monkeypatch):
    copy = tmp_path / "lexicons"
    shutil.copytree(paths.LEXICONS, copy)
    rules = copy / "measure_rules.csv"
    lines = rules.read_text(encoding="utf-8").splitlines()
    rules.write_text("\n".join(lines[:-1]) + "\n", encoding="utf-8")  # drop the catch-all row
    monkeypatch.setattr(paths, "LEXICONS", copy)
    lexicons.reload()
    try:
        with pytest.raises(LexiconError, match="the last row must match every claim"):
            measures.rules()
    finally:
        monkeypatch.undo()
        lexicons.reload()
