"""Who claims a figure: before, after a quote, carried over, relayed, referenced."""

from __future__ import annotations

import pytest

from claimtable import extract, load

from .conftest import cases


def claimants(text: str) -> list[tuple[str, str]]:
    rows = extract.extract_source(load.load_text("t", text))
    return [(r["figure"], r["claimant"]) for r in rows]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("According to the Pentagon, 2,000 troops have arrived.", [("2,000", "US Department of Defense")]),
        ("Zelensky said 10,000 soldiers could join.", [("10,000", "Zelensky")]),
        ("“About 500 soldiers were killed,” Ukraine's General Staff added.", [("500", "Ukraine General Staff")]),
        ("Some 800 troops were seen, said Kirby.", [("800", "White House")]),
        ("More than 20,000 containers were sent, per the NIS.", [("20,000", "South Korea NIS")]),
        # a name the registry does not know: one word, or with an ordinal
        ("Sybiha said that 12,000 troops were in Russia.", [("12,000", "Sybiha")]),
        ("Ukraine's 47th Mechanized Brigade said 20 soldiers were killed.",
         [("20", "Ukraine's 47th Mechanized Brigade")]),
        # ... but never a pronoun or a day
        ("It said 500 troops were there.", [("500", "unattributed")]),
        ("Kim met officials on Friday, saying 500 troops were ready.", [("500", "unattributed")]),
        # a name, an aside that describes it, then the verb
        ("John Kirby, the White House national security spokesman, said 3,000 troops had moved.",
         [("3,000", "White House")]),
        ("“We estimate 12,000 troops are there,” said a senior US defence official.",
         [("12,000", "senior US defence official")]),
        ("Ukraine's defence intelligence chief, Kyrylo Budanov, told a newspaper that 500 shells "
         "arrived.", [("500", "Ukraine HUR")]),
        # a minister by title alone speaks for the ministry the registry knows (as the defence
        # minister's name does: "Andrei Belousov" is the ministry's alias); a title before a
        # name: the name wins
        ("Russia's defence minister said 500 troops had arrived.", [("500", "Russia Ministry of Defence")]),
        ("Norland's defence minister said 500 troops had arrived.", [("500", "Norland's defence minister")]),
        ("Finnish Defence Minister Antti Hakkanen said 500 troops had arrived.",
         [("500", "Finnish Defence Minister Antti Hakkanen")]),
        ("Russian Defence Minister Andrei Belousov said 500 troops had arrived.",
         [("500", "Russia Ministry of Defence")]),  # a name the registry knows
        # a source the registry does not know, introduced rather than speaking
        ("About 4,000 troops were wounded, according to a report by the Institute for the Study of War.",
         [("4,000", "Institute for the Study of War")]),
        ("About 4,000 troops were wounded, citing Acme Analytics.", [("4,000", "Acme Analytics")]),
        # ... but a place the figures come from is no source
        ("Officials said figures from Kursk showed 300 soldiers were killed.", [("300", "officials")]),
        # the agent of a verb of finding or counting
        ("The 13,000 containers identified by South Korean officials held shells.",
         [("13,000", "South Korean officials")]),
        ("President Yoon said so after Seoul's intelligence service reported that 10,000 troops "
         "were in Russia.", [("10,000", "South Korea NIS")]),
        # a numbered unit written in lower case speaks like a named one
        ("The army's 80th brigade said it had captured two soldiers.", [("two", "80th brigade")]),
        # a list's or a table's credit in parentheses after the figure, by canonical name too
        ("- Troops in Russia: 11,000 (South Korea NIS)", [("11,000", "South Korea NIS")]),
        # ... but not a dateline's credit after a date
        ("SEOUL, Nov 4 (Reuters) - Officials said 3,000 troops had arrived.",
         [("3,000", "officials")]),
        # a passive speech verb: the name is spoken about, not speaking
        ("North Korea is estimated to have sent 11,000 troops to Russia.", [("11,000", "unattributed")]),
        ("The Pentagon was told that 2,000 troops had arrived.", [("2,000", "unattributed")]),
        # the active voice still speaks, however many auxiliaries stand between
        ("The Pentagon has also estimated that 2,000 troops had arrived.",
         [("2,000", "US Department of Defense")]),
        ("The Pentagon is saying that 2,000 troops have arrived.", [("2,000", "US Department of Defense")]),
        # a headline capitalises every word: the registry's "UK intelligence" still matches
        ("UK Intelligence Counts 5,500 North Korean Casualties Near Kursk\nThe toll rose in May.",
         [("5,500", "UK Ministry of Defence")]),
        ("Britain's Defence Ministry said 11,000 troops had been sent.",
         [("11,000", "UK Ministry of Defence")]),
        # authorities are a group claimant, named with whose they are
        ("In the attack around 1,200 people were killed, according to Israeli authorities.",
         [("1,200", "Israeli authorities")]),
        ("The Tver authorities said that 11 servicemen had been laid to rest there.",
         [("11", "Tver authorities")]),
    ],
)
def test_claimant_before_or_after(text, expected):
    assert claimants(text) == expected


def test_claimant_carries_to_the_next_sentence_of_the_account():
    text = "The NIS said 1,500 troops had arrived. Another 300 officers came by air."
    assert claimants(text) == [("1,500", "South Korea NIS"), ("300", "South Korea NIS")]


def test_carry_over_stops_at_a_new_paragraph_that_does_not_continue():
    text = "The NIS said 1,500 troops had arrived.\nRussia has 600 tanks in the area."
    assert claimants(text) == [("1,500", "South Korea NIS"), ("600", "unattributed")]


def test_relayed_claims_go_to_the_source_not_the_outlet():
    told = "A Ukrainian official told the Financial Times that 3,000 shells a day arrive."
    cited = "Yonhap, citing the NIS, said 1,000 more troops were sent."
    assert claimants(told) == [("3,000", "Ukrainian official")]
    assert claimants(cited) == [("1,000", "South Korea NIS")]
    cited_after = "Yonhap reported that 1,500 troops had arrived, citing an unnamed government official."
    assert claimants(cited_after) == [("1,500", "unnamed government official")]
    assert claimants("Yonhap reported that 1,500 troops had arrived.") == [("1,500", "Yonhap")]


def test_a_reference_to_nobody_named_stays_as_written():
    # its words, as a reader writes them mid-sentence: the capital only opened the sentence
    assert claimants("The spy agency said 400 soldiers had been wounded.") == [("400", "the spy agency")]


def test_a_group_named_at_a_sentence_start_or_within_it_is_one_claimant():
    text = ("Officials said 300 soldiers were killed near the river. "
            "Two days later 40 more were killed there, local officials said. "
            "Local officials said 12 trucks burned.")
    assert claimants(text) == [("300", "officials"), ("40", "local officials"), ("12", "local officials")]


def test_anonymous_sources_are_claimants_in_their_own_right():
    text = "Officials speaking on condition of anonymity said 5,000 troops were moving."
    assert claimants(text) == [("5,000", "anonymous officials")]


def test_nobody_named_is_unattributed():
    assert claimants("Some 2,000 troops crossed the river.") == [("2,000", "unattributed")]


@pytest.mark.parametrize("verb", ["insisted", "warned", "stated", "acknowledged"])
def test_any_inverted_reporting_verb_names_the_speaker_after_it(verb):
    # the verbs with the role "inverted" in speech_verbs.csv, not a list in the code
    text = f"“About 500 soldiers were killed,” {verb} Ukraine's General Staff."
    assert claimants(text) == [("500", "Ukraine General Staff")]


def test_an_inverted_verb_names_a_reference_resolved_by_the_article():
    # (a new paragraph: nothing carries over from the first one)
    text = ("Ukraine's General Staff met in Kyiv.\n\n"
            "“About 500 soldiers were killed,” insisted the General Staff.")
    assert claimants(text) == [("500", "Ukraine General Staff")]


def test_a_one_word_registry_name_as_an_owner():
    text = "“We now make 28,000 shells a month,” said the Pentagon’s chief weapons buyer."
    assert claimants(text) == [("28,000", "US Department of Defense")]


# references back to a claimant named before ("the spy agency", a family name alone), and
# sentences written the way news reports write them
@pytest.mark.parametrize(("text", "expected"), cases("references_back") + cases("claimants_of_real_reporting") + cases("claimants_second_sources")
                         + cases("claimants_other_conflicts"))
def test_claimants_of_real_reporting(text, expected):
    assert claimants(text) == [tuple(pair.split(" = ")) for pair in expected.split(" | ")]


@pytest.mark.parametrize("verb", ["lost", "made", "left", "withdrawn", "shown", "sought", "seized"])
def test_a_deed_and_a_summary_in_the_perfect_take_the_same_participles(verb):
    # the subject's own deed ("has withdrawn": no source) and the reporter's summary that ends
    # a carried account read one perfect, its irregular participles from participles.csv
    from claimtable.attribute import ArticleAttribution, Attribution, _acts_in_perfect

    sentence = f"The fleet has {verb} 90 boats."
    assert _acts_in_perfect(sentence, len("The fleet"))
    article = ArticleAttribution()
    article.carry = Attribution("Ann Lee", "Ann Lee", "carried")
    article.paragraph_sources = ["Ann Lee", "Ann Lee"]
    assert not article._account_goes_on(sentence)


@pytest.mark.parametrize(("text", "expected"), [
    # a count before an army the registry knows, then what it counts: the army only says whose
    ("Two Malian army soldiers were killed near the border.", [("Two", "unattributed")]),
    ("Three Israeli military positions were shelled overnight.", [("Three", "unattributed")]),
    ("Four Sudanese army officers were wounded in the raid, officials said.", [("Four", "officials")]),
    # ... but counted officers of that army who speak are its source
    ("Two Pakistani military officials said 30 militants were killed.", [("30", "Pakistan Armed Forces")]),
])
def test_a_count_before_a_registry_army_counts_its_people(text, expected):
    assert claimants(text) == expected
