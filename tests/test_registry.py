"""The claimant registry (``data/claimants.csv``) names one body one claimant: an outlet however
an article writes it ("AFP", "Agence France-Presse"). The articles are written for these tests."""

from __future__ import annotations

import pytest

from claimtable import claimants, extract, load

#: Each outlet the registry or ``outlets.csv`` knows, with the ways articles write it.
OUTLETS = {
    "AFP": ["AFP", "Agence France-Presse", "Agence France Presse", "the AFP news agency", "Agence France-Press"],
    "Associated Press": ["The Associated Press", "AP", "the AP"],
    "Reuters": ["Reuters", "the Reuters news agency"],
    "BBC": ["the BBC", "BBC News", "the British Broadcasting Corporation"],
    "Al Jazeera": ["Al Jazeera", "Al-Jazeera", "Aljazeera"],
    "The New York Times": ["The New York Times", "the New York Times", "NYT"],
    "Financial Times": ["the Financial Times", "the FT"],
    "The Wall Street Journal": ["The Wall Street Journal", "the Wall Street Journal", "WSJ"],
    "Yonhap": ["Yonhap", "Yonhap News Agency", "the Yonhap news agency"],
    "Deutsche Welle": ["Deutsche Welle", "DW"],
    "France 24": ["France 24", "France24"],
    "The Korea Herald": ["The Korea Herald", "Korea Herald"],
    "The Kyiv Independent": ["The Kyiv Independent", "Kyiv Independent"],
    "Bloomberg": ["Bloomberg", "Bloomberg News"],
    "BBC Russian": ["BBC Russian", "BBC Russian Service"],
    "Mediazona": ["Mediazona", "MediaZona"],
}


def claimant_of(text: str) -> list[str]:
    return [c["claimant"] for c in extract.extract_source(load.load_text("t", text))]


@pytest.mark.parametrize("outlet", sorted(OUTLETS))
def test_one_outlet_is_one_claimant_however_an_article_writes_it(outlet):
    for k, written in enumerate(OUTLETS[outlet]):
        said = written[0].upper() + written[1:]
        text = f"Clashes\n\nOn Monday, {said} reported that {100 + k} soldiers were killed in the clashes.\n"
        assert claimant_of(text) == [outlet], written
    # a hand coder's name for it is the same claimant
    assert {claimants.canonical_claimant(w) for w in OUTLETS[outlet]} == {outlet}
