"""Figures as written → numbers, bounds and hedges; what is never a figure."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtable import numbers
from claimtable.numbers import find_figures, parse_number


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("1,500", 1500), ("12000", 12000), ("eight million", 8_000_000), ("10 thousand", 10_000),
        ("five thousand", 5000), ("2.5 million", 2_500_000), ("twenty-five", 25),
        ("three hundred and fifty", 350), ("a dozen", 12), ("1.2 bn", 1_200_000_000),
        ("two hundred thousand", 200_000),
    ],
)
def test_numbers_normalise(written, value):
    assert parse_number(written) == value


def one(text):
    figures = find_figures(text)
    assert len(figures) == 1, figures
    f = figures[0]
    assert text[f.start : f.end] == f.text
    return f.text, f.low, f.high, f.hedge


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10,000 to 12,000 troops", ("10,000 to 12,000", 10000, 12000, "range")),
        ("between 1,000 and 3,000 shells", ("1,000 and 3,000", 1000, 3000, "range")),
        ("10,000-12,000 troops", ("10,000-12,000", 10000, 12000, "range")),
        ("two to three million shells", ("two to three million", 2_000_000, 3_000_000, "range")),
        ("several hundred officers", ("several hundred", 200, 999, "vague")),
        ("hundreds of soldiers", ("hundreds", 200, 999, "vague")),
        ("thousands of troops", ("thousands", 2000, 9999, "vague")),
        ("tens of thousands of troops", ("tens of thousands", 20000, 99999, "vague")),
        ("dozens of launchers", ("dozens", 24, 99, "vague")),
        ("about 500 troops", ("500", 500, 500, "approximate")),
        ("an estimated 3,000 troops", ("3,000", 3000, 3000, "approximate")),
        ("potentially amounting to eight million rounds", ("eight million", 8_000_000, 8_000_000, "approximate")),
        ("nearer to 12,000", ("12,000", 12000, 12000, "approximate")),
        ("up to 10,000 soldiers", ("10,000", 10000, 10000, "upper_bound")),
        ("as many as eight million shells", ("eight million", 8_000_000, 8_000_000, "upper_bound")),
        ("no more than 200 troops", ("200", 200, 200, "upper_bound")),
        ("at least 100 soldiers", ("100", 100, 100, "lower_bound")),
        ("more than 3,000 troops", ("3,000", 3000, 3000, "lower_bound")),
        ("upwards of 7,000 men", ("7,000", 7000, 7000, "lower_bound")),
        ("5,000 or more troops", ("5,000", 5000, 5000, "lower_bound")),
        ("1,500 troops", ("1,500", 1500, 1500, "exact")),
        # fractions of a scale are one figure, never "a million" alone
        ("roughly half a million shells", ("half a million", 500_000, 500_000, "approximate")),
        ("one and a half million shells", ("one and a half million", 1_500_000, 1_500_000, "exact")),
        ("a quarter of a million rounds", ("a quarter of a million", 250_000, 250_000, "exact")),
        ("three-quarters of a million rounds", ("three-quarters of a million", 750_000, 750_000, "exact")),
        ("2 and a half thousand troops", ("2 and a half thousand", 2500, 2500, "exact")),
        # more hedge cues and vague quantities
        ("in the region of 3,000 troops", ("3,000", 3000, 3000, "approximate")),
        ("a minimum of 3,000 troops", ("3,000", 3000, 3000, "lower_bound")),
        ("a maximum of 3,000 troops", ("3,000", 3000, 3000, "upper_bound")),
        ("north of 10,000 troops", ("10,000", 10000, 10000, "lower_bound")),
        ("below 100 troops", ("100", 100, 100, "upper_bound")),
        ("scores of troops", ("scores", 40, 99, "vague")),
        ("a couple of thousand troops", ("a couple of thousand", 2000, 3000, "vague")),
    ],
)
def test_ranges_fractions_hedges_and_vague_counts(text, expected):
    assert one(text) == expected


def test_rise_from_to_is_two_figures_not_a_range():
    assert [f.text for f in find_figures("rose from 1,500 to 12,000 troops")] == ["1,500", "12,000"]


@pytest.mark.parametrize("text", ["The troops numbered 5,000 to 300.", "between 12 and 10 tanks"])
def test_a_descending_pair_is_two_figures_each_with_its_own_value(text):
    # "5,000 to 300" is no range (its end is below its start): each figure keeps its value,
    # and no figure has a high bound below its low one (the claims contract refuses that)
    assert [(f.text, f.low, f.high, f.hedge) for f in find_figures(text)] == [
        (f.text, parse_number(f.text), parse_number(f.text), "exact") for f in find_figures(text)]
    assert len(find_figures(text)) == 2


def test_percent_is_flagged():
    (f,) = find_figures("nearly 40% of the troops")
    assert (f.low, f.percent, f.hedge) == (40, True, "approximate")


@pytest.mark.parametrize(
    "text",
    [
        "19-Oct, 10:44", "by November 1", "on Oct. 28", "1 November 2024", "at 3 p.m.",
        "122-mm and 152mm shells", "KN-23 missiles", "Su-25 jets", "in 2024", "the 1990s",
        "a 25-year-old soldier", "aged 30", "$1.2 billion", "call +44 20 7946 0000",
        "the 2nd battalion", "one of the soldiers",
        # a weight that describes a thing: "a 500-pound bomb", "a 250 kg charge"
        "a 500-pound bomb", "a 250 kg charge", "a 2,000-ton ship",
        # a model's number after its short name in brackets
        "Ilyushin (IL)-76 jets",
        # the height of a building
        "a nine-storey block", "a 9-story building", "a two-story house",
    ],
)
def test_not_figures(text):
    assert find_figures(text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # one of a group of people that a casualty word in a tense of the one befalls counts
        ("said one of its staff members had been killed", ["one"]),
        ("One of the fishermen on board had died", ["One"]),
        ("the raid killed one of their commanders", ["one"]),
        ("one of the raiders who was captured", ["one"]),
        # not the participle that describes the group, nor one that speaks
        ("One of the guards captured in March told reporters", []),
        ("one of the soldiers said", []),
        # "that one" before a noun counts; before a verb or a stop it is a pronoun
        ("officials said that one person died", ["one"]),
        ("he said that one was turned back", []),
        ("he liked that one.", []),
    ],
)
def test_one_of_a_harmed_group(text, found):
    assert [f.text for f in find_figures(text)] == found


def test_distances_are_figures_but_count_nothing():
    # "50 kilometres (31 miles)": numbers, but extract finds no counted noun for them.
    assert [f.text for f in find_figures("50 kilometres (31 miles) away")] == ["50", "31"]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Russia received more than 5m artillery shells.", [("5m", 5_000_000)]),
        ("about 2.5mln rounds", [("2.5mln", 2_500_000)]),
        ("a 5 m wall", [("5", 5)]),  # spaced "m" is metres, not millions
        ("I'm sure the bn figure is wrong", []),  # a scale abbreviation never stands alone
    ],
)
def test_scale_abbreviations(text, figures):
    assert [(f.text, f.low) for f in find_figures(text)] == figures


def test_every_scale_abbreviation_follows_digits_and_never_stands_alone():
    from claimtable import lexicons

    rows = [r for r in lexicons.read_lexicon("number_words") if r["abbreviation"] == "yes"]
    assert rows
    for r in rows:
        assert [f.low for f in find_figures(f"some 7{r['word']} shells")] == [7 * int(r["value"])]
        assert find_figures(f"the {r['word']} of shells") == []


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("some 3\u00a0000 troops", [("3\u00a0000", 3000)]),  # no-break space between thousands
        ("12\u202f500 shells", [("12\u202f500", 12500)]),  # narrow no-break space
        ("3 000 troops", [("3 000", 3000)]),  # a plain space between thousands, as wire copy has it
        ("300 000.", [("300 000", 300_000)]),
        ("killed 12 and 300 wounded", [("12", 12), ("300", 300)]),  # groups of three only
        ("agent 007 and 0.5 million shells", [("0.5 million", 500_000)]),  # leading zeros
    ],
)
def test_digit_groups(text, figures):
    assert [(f.text, f.low) for f in find_figures(text)] == figures


def test_half_without_a_scale_is_no_figure():
    """"half" is no number of its own (no 0.5); before a counted noun it is a share in percent."""
    assert find_figures("half the distance") == []
    assert [(f.low, f.percent) for f in find_figures("half the troops")] == [(50, True)]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # separators other outlets (and translations) use
        ("1.500 troops", [("1.500", 1500, 1500)]),
        ("1.500.000 shells", [("1.500.000", 1_500_000, 1_500_000)]),
        ("1.250 million shells", [("1.250 million", 1_250_000, 1_250_000)]),  # a scale: a decimal
        ("1,5 million shells", [("1,5 million", 1_500_000, 1_500_000)]),  # decimal comma
        ("1,500 troops", [("1,500", 1500, 1500)]),
        # a range whose scale is written on its end only
        ("3-4,000 troops", [("3-4,000", 3000, 4000)]),
        ("10 to 12,000 troops", [("10 to 12,000", 10_000, 12_000)]),
        ("2-3 troops", [("2-3", 2, 3)]),
        # numbers that count nothing: fractions, slashed dates, numbers after a number sign
        ("1/3 of the troops", []),
        ("the 9/11 attacks", []),
        ("No. 1 troops and #2 troops", []),
    ],
)
def test_separators_short_ranges_and_numbers_that_are_labels(text, figures):
    assert [(f.text, f.low, f.high) for f in find_figures(text)] == figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # broadcast and wire copy: words and digits mixed, hyphenated scales, headline shorthand
        ("another four-thousand-100 were hurt", [("four-thousand-100", 4100)]),
        ("a total of 15-thousand troops", [("15-thousand", 15_000)]),
        ("some 15-hundred soldiers", [("15-hundred", 1500)]),
        ("Pyongyang to send 6K workers", [("6K", 6000)]),
        ("28K troops, 12M shells", [("28K", 28_000), ("12M", 12_000_000)]),
        ("1K deminers", [("1K", 1000)]),
        ("4 thousand troops", [("4 thousand", 4000)]),
        ("1.2 million shells", [("1.2 million", 1_200_000)]),
        ("a quarter of a million rounds", [("a quarter of a million", 250_000)]),
        ("a hundred thousand shells", [("a hundred thousand", 100_000)]),
        ("more than two dozen people", [("two dozen", 24)]),
    ],
)
def test_numbers_as_written_in_real_copy(text, figures):
    assert [(f.text, f.low) for f in find_figures(text)] == figures


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # spelled-out numbers joined by "and" or commas are separate counts unless "and" follows
        # a scale word and adds a smaller part (the news-fitting cases of a peer's test suite)
        ("twenty five and thirty six soldiers", [(25, 25), (36, 36)]),
        ("one, two and three drones", [(1, 1), (2, 2), (3, 3)]),
        ("one and two and three drones", [(1, 1), (2, 2), (3, 3)]),
        ("two hundred and fifty soldiers", [(250, 250)]),
        ("one thousand and five troops", [(1005, 1005)]),
        ("five thousand and two thousand troops", [(5000, 5000), (2000, 2000)]),
        ("between twenty and thirty drones", [(20, 30)]),
        ("two and a half battalions", [(2.5, 2.5)]),
        ("a million and a half shells", [(1_500_000, 1_500_000)]),
        ("two and a half million shells", [(2_500_000, 2_500_000)]),
    ],
)
def test_number_words_in_coordination(text, values):
    assert [(f.low, f.high) for f in find_figures(text)] == values


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("nearly half of the contingent", (50, "approximate")),
        ("approximately a quarter of whom fell in battle", (25, "approximate")),
        ("a third of the casualties", (33.3, "exact")),
        ("two-thirds of the troops", (66.7, "exact")),
        ("with children accounting for about half", (50, "approximate")),
    ],
)
def test_a_fraction_of_a_total_is_a_share_in_percent(text, share):
    (figure,) = find_figures(text)
    assert (figure.low, figure.hedge, figure.percent) == (*share, True)


@pytest.mark.parametrize("text", ["half a dozen drones", "the second half of the year was calm",
                                  "half an hour later", "a quarter of a million shells"])
def test_a_fraction_that_is_no_share_is_not_one(text):
    assert not any(f.percent for f in find_figures(text))


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # a stray space after the thousands comma, as a headline desk may type it
        ("the toll passed 55, 000 on Monday", [("55, 000", 55_000)]),
        ("On May 5, 300 troops left", [("300", 300)]),  # a date and a count stay apart
        ("some 15, 200 people fled the district", [("15, 200", 15_200)]),  # any three digits after it
        ("On May 15, 200 people fled", [("200", 200)]),
        # one digit before it: thousands after a hedge cue or a verb in the past, else two figures
        ("claimed more than 3, 400 lives", [("3, 400", 3_400)]),
        ("the air force lost 1, 265 aircraft", [("1, 265", 1_265)]),
        ("on day 3, 500 troops left", [("3", 3), ("500", 500)]),
        ("killed 2, 300 and 400", [("2", 2), ("300", 300), ("400", 400)]),
        ("Brigades 110, 115 and 117 held the line", [("110", 110), ("115", 115), ("117", 117)]),  # a list
        # the exact count in brackets after its rounded figure restates it: one figure
        ("losses now near 48,000 (47,912) in all", [("48,000", 48_000)]),
        # a conversion in brackets has its unit between: two figures, the rules of extract decide
        ("a range of 50 kilometres (31 miles)", [("50", 50), ("31", 31)]),
        # a multiplier compares, it counts nothing
        ("three times as many soldiers", []),
        ("losses more than 2 times those of the other side", []),
    ],
)
def test_odd_separators_restatements_and_multipliers(text, figures):
    assert [(f.text, f.low) for f in find_figures(text)] == figures


@pytest.mark.parametrize(
    "text",
    [
        "the 20-month-long war", "a 10-week conflict", "6-8 months ago", "after two days of strikes", "in the past 24 hours",
        "children under four years old", "about 9,000 people per square kilometre",
        "57 percent more than the year before", "losses 30% lower than in May",
    ],
)
def test_durations_ages_densities_and_changes_are_no_figures(text):
    assert find_figures(text) == []


@pytest.mark.parametrize(("text", "value"), [("9,56,720 refugees", 956720), ("some 1,50,000 people", 150000)])
def test_digits_grouped_in_lakhs_are_one_figure(text, value):
    """South Asian copy groups digits by lakhs ("9,56,720"): one figure, its digits' value."""
    assert one(text)[1] == value


def test_ages_in_words_after_aged_are_no_figures():
    assert [f.text for f in find_figures("Three children aged seven to 11 died; a boy aged nine was hurt.")] == ["Three"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["the", "The", "its", "their", "those", "these", "his", "her", "our", "that", "this",
                                 "THIS", "number", "total", "figure", "of", "being", "2024", "1999", "new",
                                 "troops", "soldiers", "population", "people", "crews", "days", "distance", "x-ray"]),
                max_size=6),
       st.sampled_from([" ", "  ", "\n"]))
def test_half_the_counted_matches_as_its_three_copies_did(words: list[str], space: str) -> None:
    """``_half_the_counted`` with the counted nouns once matches where the pattern with them in
    each of its three ways did, and the same span."""
    from claimtable import lexicons

    nouns = lexicons.alternation(lexicons.column("units", "word"), fold_case=True)
    old = re.compile(rf"\s+(?:(?:the|its|their|those|these|his|her|our)\s+(?:[a-z][\w-]*\s+|(?:19|20)\d{{2}}\s+)?"
                     rf"(?:{nouns})\b|(?:that|this)\s+(?:number|total|figure)\b(?!\s+of\b)"
                     rf"|the\s+number\s+of\s+(?:[a-z][\w-]*\s+)?(?:{nouns})\b|being\s+(?:[a-z][\w-]*\s+)?(?:{nouns})\b)",
                     re.I)
    text = space + space.join(words)
    new, was = numbers._half_the_counted().match(text), old.match(text)
    assert (new and new.span()) == (was and was.span())
