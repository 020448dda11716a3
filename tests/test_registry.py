"""The claimant registry (``data/claimants.csv``) names one body one claimant, and two bodies of
one name in two countries two: an outlet however an article writes it ("AFP", "Agence
France-Presse"), and a ministry whose name is no country's ("Ministry of National Defense", of
South Korea and of Mexico) by the country the text names, in the claims table as in the scorer.
The articles are written for these tests."""

from __future__ import annotations

import pytest

from claimtable import claimants, extract, load, score

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


#: Articles on Mexico that name the ministry by its name alone: Mexico by name or only by its
#: places.
MEXICO = [
    "MEXICO CITY — Mexico's Ministry of National Defense said 40 gunmen were killed in Sinaloa.",
    "Soldiers fought gunmen in Culiacan, Sinaloa state. The Ministry of National Defense said 40 gunmen were killed.",
    "Troops fought gunmen in Mexico's north. The Ministry of National Defense said 40 gunmen were killed.",
    "Sedena said 40 gunmen were killed in Sinaloa.",
]
KOREA = [
    "SEOUL — South Korea's Ministry of National Defense said 3,000 soldiers were sent to Russia.",
    "North Korea has sent troops to Russia. The Ministry of National Defense said 3,000 soldiers were sent.",
]


def test_the_ministry_of_national_defense_is_the_country_the_article_names():
    for text in MEXICO:
        assert claimant_of(f"Clash\n\n{text}\n") == ["Mexico Ministry of National Defense"], text
    for text in KOREA:
        assert claimant_of(f"Troops\n\n{text}\n") == ["South Korea Ministry of National Defense"], text
    # a third country's is as written, as before
    assert claimant_of("Troops\n\nHANOI — The Ministry of National Defence said 300 soldiers were sent.\n") == [
        "Ministry of National Defence"]


@pytest.mark.parametrize(("coded", "extracted", "same"), [
    # the country named with it, before, after "of", in brackets or after a comma: that country's
    ("Mexico's Ministry of National Defense", "Mexico Ministry of National Defense", True),
    ("Mexican Ministry of National Defense", "Mexico Ministry of National Defense", True),
    ("Ministry of National Defense (Mexico)", "Mexico Ministry of National Defense", True),
    ("Ministry of National Defense, Mexico", "Mexico Ministry of National Defense", True),
    ("Ministry of National Defense (Mexico)", "South Korea Ministry of National Defense", False),
    ("Ministry of National Defense, Mexico", "South Korea Ministry of National Defense", False),
    ("Ministry of National Defense (South Korea)", "South Korea Ministry of National Defense", True),
    ("Mexico Ministry of National Defense", "South Korea Ministry of National Defense", False),
    ("Sedena", "Mexico Ministry of National Defense", True),
    ("Ministry of National Defense (Taiwan)", "South Korea Ministry of National Defense", False),
    ("Joint Chiefs of Staff (US)", "South Korea JCS", False),
    ("JCS (South Korea)", "South Korea JCS", True),
    ("Ministry of National Defense (via MP Lee)", "South Korea Ministry of National Defense", False),
    # the name alone names no country: neither country's ministry, only the words as written
    ("Ministry of National Defense", "South Korea Ministry of National Defense", False),
    ("Ministry of National Defense", "Mexico Ministry of National Defense", False),
    ("Ministry of National Defense", "Ministry of National Defense", True),
])
def test_the_scorer_tells_two_countries_ministries_of_one_name_apart(coded, extracted, same):
    assert score.same_claimant(coded, extracted) is same


def test_a_claim_credited_to_the_wrong_countrys_ministry_scores_as_wrong():
    # a Mexican article's gold, coded as a coder writes it (the name as written, the registry's
    # name among its other readings): South Korea's ministry is the wrong claimant
    gold = score.GoldRow("mx", 19, 19, "casualties", "Ministry of National Defense",
                         claimant_ok=("mexico ministry of national defense", "the ministry", "ministry of national defense"))
    right = score.GoldRow("mx", 19, 19, "casualties", "Mexico Ministry of National Defense")
    wrong = score.GoldRow("mx", 19, 19, "casualties", "South Korea Ministry of National Defense")
    assert score.score([gold], [right]).claimant_agree == 1
    assert score.score([gold], [wrong]).claimant_agree == 0
