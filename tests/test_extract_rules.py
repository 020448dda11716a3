"""Constructions around a figure that decide what it counts."""

from __future__ import annotations

import pytest

from claimtable import extract, load


def rows(text: str) -> list[tuple]:
    return [(r["figure"], r["unit"], r["category"]) for r in extract.extract_source(load.load_text("x", text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials said a 2,000-strong force of troops had arrived.", [("2,000", "troop", "troops")]),
        ("Officials said 1,500-plus soldiers had arrived.", [("1,500", "soldier", "troops")]),
        ("Officials said the 3,000-strong unit had arrived.", [("3,000", "troop", "troops")]),
        ("Officials said 12k troops had arrived.", [("12k", "troop", "troops")]),
        ("Officials put the dead at 600 and the wounded at 1,400.",
         [("600", "dead", "casualties"), ("1,400", "wounded", "casualties")]),
        ("Officials said 10,000 troops were there, up from 3,000 in October.",
         [("10,000", "troop", "troops"), ("3,000", "troop", "troops")]),
        ("Officials said 1,500 troops were seen on day 3.", [("1,500", "troop", "troops")]),
        ("Officials said 8,000 of them had moved.", []),  # nothing named before: not a claim
        ("The number of North Korean troops in Russia has reached 11,000, officials said.",
         [("11,000", "troop", "troops")]),
        ("Officials said 500 troops arrived.\nThe figure was disputed by 3 agencies.",
         [("500", "troop", "troops")]),
        ("Officials said 500 troops arrived. The total is expected to reach 1,000 by May.",
         [("500", "troop", "troops"), ("1,000", "troop", "troops")]),
        ("The army moved 50 kilometres (31 miles) in three months.", []),
        # a vague quantity without a digit or number word still gets the figure analysis
        ("Scores of soldiers were killed, officials said.", [("Scores", "soldier", "casualties")]),
        # an estimate set off by dashes counts the noun before it
        ("The troops – estimated by Western intelligence at 10,000 to 12,000 – arrived.",
         [("10,000 to 12,000", "troop", "troops")]),
        # a compared figure counts the same thing, hedged or not
        ("Russia fires around 10,000 shells a day, compared with roughly 2,000 by Ukraine.",
         [("10,000", "shell", "munitions"), ("2,000", "shell", "munitions")]),
        ("Officials said 10,000 soldiers were there, up from an estimate of 3,000.",
         [("10,000", "soldier", "troops"), ("3,000", "soldier", "troops")]),
        ("About 2,000 refugees crossed, and some 300 Ukrainians returned.",
         [("2,000", "refugee", "other"), ("300", "ukrainian", "other")]),
        # a label before a colon names what the figure after it counts (list items, tables)
        ("- North Korean troops in Russia: 11,000–12,000 (NIS)", [("11,000–12,000", "troop", "troops")]),
        ("Artillery shells supplied: over 8 million", [("8 million", "shell", "munitions")]),
        ("He told reporters: 10,000 more", []),  # the label counts nothing
        # "the number" with no claim before it counts what the article last named
        ("How many soldiers are there?\nThe Pentagon has put the number at 11,000.",
         [("11,000", "soldier", "troops")]),
        ("How many soldiers are there?\nShare 128 comments", []),  # a noun follows the figure
        # a bare figure before a modal verb counts what the claim before it counted
        ("The Pentagon said 11,000 troops were there and up to 12,000 could be.",
         [("11,000", "troop", "troops"), ("12,000", "troop", "troops")]),
        # a casualty word before a noun describes it: the noun counts
        ("Ukraine captured two wounded North Korean soldiers.", [("two", "soldier", "casualties")]),
        # a share of something no lexicon counts (capacity, land) is no claim; of people it is
        ("Officials said 8,000 shells were sent. Plants ran at about 30% of their capacity.",
         [("8,000", "shell", "munitions")]),
        ("Officials said 12,000 troops were sent. Almost half of them were wounded.",
         [("12,000", "troop", "troops"), ("half", "percent", "other")]),
    ],
)
def test_what_a_figure_counts(text, expected):
    assert rows(text) == expected


def states(text: str) -> list[tuple]:
    return [(r["figure"], r["hedge"], r["modality"], r["status"])
            for r in extract.extract_source(load.load_text("x", text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second "that" clause has its own modality: the troops are there, the fighting is not
        ("Blinken said 10,000 troops were in Russia and that he expected them to fight soon.",
         [("10,000", "exact", "reported")]),
        # ... and so has a second verb of expecting or planning after "and"
        ("The U.S. believes 8,000 soldiers are in Kursk and expects them to fight soon.",
         [("8,000", "exact", "reported")]),
        # a figure set off after its noun counts that noun, and shares its clause's modality
        ("The agency said Pyongyang was preparing to send more troops, possibly 5,000, to Russia.",
         [("5,000", "approximate", "projected")]),
        ("Officials said Russia had received shells — as many as 1 million — by rail.",
         [("1 million", "upper_bound", "reported")]),
        # a hedge after the figure, or after its noun
        ("Officials said 100+ ballistic missiles were fired.", [("100", "lower_bound", "reported")]),
        ("Officials said 5,000 or more troops came.", [("5,000", "lower_bound", "reported")]),
        ("Officials said 5,000 troops or more came.", [("5,000", "lower_bound", "reported")]),
        # a verb of surpassing is a lower bound
        ("Zelensky said the number of soldiers killed had exceeded 3,000.",
         [("3,000", "lower_bound", "reported")]),
        # a figure after a comma that goes on to count something else: not the noun's but its
        # own ("commanders", people counted as the subject of a reporting verb: docs/claims.md)
        ("Officials met the troops, 12 of the 30 commanders said.",
         [("12", "exact", "reported"), ("30", "exact", "reported")]),
        ("The soldiers, 19, 20 and 21 years old, were captured.", []),  # ages, not a count
        # a relative clause after the noun says what the troops may do, not whether they came
        ("Officials said 9,000 soldiers were sent to Russia that will probably join the assault.",
         [("9,000", "exact", "reported")]),
        # the month May is no modal verb; the verb "may" still is
        ("Officials said 640 soldiers died in May.", [("640", "exact", "reported")]),
        ("Officials said 640 soldiers may die in May.", [("640", "exact", "projected")]),
    ],
)
def test_hedge_and_modality_of_a_figure(text, expected):
    assert [s[:3] for s in states(text)] == expected


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The agency said Pyongyang was preparing to send more troops, possibly 5,000, to Russia.",
         "to be deployed"),
        ("Officials said Russia had received 20,000 containers from North Korea.", "shipped"),
        ("Zelensky said the number of soldiers killed had exceeded 3,000.", "killed"),
        ("The bodies of 20 soldiers were found near the village, officials said.", "killed"),
        # a casualty word counted after the figure is its status, whatever else the clause says
        ("Officials said the death toll stood at a new high, with 4,000 injured.", "wounded"),
        # people who lost their lives were killed (the contract's reading), not "lost" as things are
        ("Four herders lost their lives in the raid, the governor said.", "killed"),
        ("The army said one sapper lost his life clearing the road.", "killed"),
    ],
)
def test_status_of_a_figure(text, status):
    assert [s[3] for s in states(text)] == [status]


def test_of_those_means_the_whole_group_not_the_part_listed_after_including():
    text = ("Some 12,000 troops, including 500 officers and three generals, are in Russia. "
            "Of those, 7,000 were moved to the front.")
    assert [(f, u) for f, u, _ in rows(text)] == [
        ("12,000", "troop"), ("500", "officer"), ("three", "general"), ("7,000", "troop")]


def test_a_time_in_a_compared_figures_clause_is_that_figures_own():
    text = "Russia fires 10,000 shells a day, officials said, down from a peak of 60,000 in 2022."
    got = [(r["figure"], r["time_ref"]) for r in extract.extract_source(load.load_text("x", text))]
    assert got == [("10,000", ""), ("60,000", "in 2022")]


def test_a_time_shared_by_a_figure_and_the_total_it_brings_stays_with_both():
    text = "North Korea sent 3,000 more soldiers since early November, bringing the total to 11,000."
    got = [(r["figure"], r["time_ref"]) for r in extract.extract_source(load.load_text("x", text))]
    assert got == [("3,000", "since early November"), ("11,000", "since early November")]


def test_a_time_from_the_start_of_a_hyphenated_war_is_whole():
    text = "Russia has lost 700,000 troops since the start of the full-scale invasion, Kyiv said."
    got = [r["time_ref"] for r in extract.extract_source(load.load_text("x", text))]
    assert got == ["since the start of the full-scale invasion"]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Twenty-one American troops sustained minor injuries in the attacks.", "casualties"),
        ("Officials said 13 servicemen had been buried in the region.", "casualties"),
        ("The brigade destroyed 1,080 Russian invaders during the day.", "casualties"),
        ("Around 2,000 soldiers deployed to the front are believed to have been killed.", "casualties"),
        ("At least 100 troops sent to Russia have been killed in combat.", "casualties"),
        # a bare figure before a status in quotation marks (issue 14)
        ("North Korean troops suffered heavy losses in Kursk, officials said. As many as 40 have been "
         "\u201ckilled or wounded,\u201d the agency said.", "casualties"),
        # a force at risk keeps its category
        ("By April, all 12,000 servicemen in the region could be lost or injured.", "troops"),
        ("The strike destroyed 12 tanks.", "equipment"),
    ],
)
def test_what_happened_to_people_makes_them_casualties(text, category):
    assert [c["category"] for c in extract._claims(text)] == [category]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a share of a named total whose clause says they became casualties (issue 14): the
        # share is category other (a share counts no people), with the casualties' status
        ("The ministry says about half of the 12,000 soldiers sent to the front have become casualties.",
         [("half", "other", "casualties"), ("12,000", "troops", "")]),
        ("Kyiv's count suggests a third of the North Korean troops sent to Kursk have been taken out of action.",
         [("a third", "other", "killed or wounded")]),
        # a part "out of" a total given as a figure counts the total's noun
        ("The minister said 7,000 out of the 9,000 soldiers had been moved to the border.",
         [("7,000", "troops", ""), ("9,000", "troops", "")]),
    ],
)
def test_shares_and_parts_of_a_named_total_in_real_copy(text, expected):
    assert [(c["figure"], c["category"], c["status"]) for c in extract._claims(text)] == expected


def test_a_casualty_count_restated_as_casualties_is_one_claim_other_figures_stay():
    restated = ("The NIS said more than 6,000 soldiers had been killed or wounded. "
                "The NIS said North Korea had suffered more than 6,000 casualties.")
    assert [(c["figure"], c["unit"]) for c in extract._claims(restated)] == [("6,000", "soldier")]
    two_claims = ("The NIS said at least 8,000 soldiers were training. "
                  "The NIS said about 8,000 troops had arrived.")
    assert [c["hedge"] for c in extract._claims(two_claims)] == ["lower_bound", "approximate"]


def test_a_scraped_second_copy_of_the_headline_is_no_second_claim():
    # scrapers often paste the headline twice; the body restates its figure with another status
    text = ("About 3,000 more troops in the border region – Pentagon\n\n"
            "About 3,000 more troops in the border region – Pentagon\n\n"
            "Troops in the region have risen by about 3,000, the Pentagon said, bringing the total to 9,000.")
    rows = extract.extract_source(load.load_text("t", text))
    assert [(r["figure"], r["claimant"]) for r in rows] == [("3,000", "US Department of Defense"),
                                                           ("9,000", "US Department of Defense")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "forces" counted by a figure are troops; "the two forces" are sides, no count
        ("Officials said 14,000 to 15,500 Russian forces were killed.",
         [("14,000 to 15,500", "troop", "casualties")]),
        ("The two forces clashed near the river, officials said.", []),
        # a count verb before the figure, past an aside set off by dashes
        ("The total casualties are now approaching 137,000 (136,886), officials said.",
         [("137,000", "casualty", "casualties")]),
        ("Losses of the army are approaching – by the count of its foes – 90,000.",
         [("90,000", "loss", "casualties")]),
        # the same source restating its figures in a teaser, with other hedges and words
        ("The agency said over 300 soldiers perished and more than 2,700 were wounded.\nRead More\n"
         "The agency said at least 300 soldiers died and 2,700 were wounded.",
         [("300", "soldier", "casualties"), ("2,700", "soldier", "casualties")]),
        ("The agency said 300 soldiers were killed and 2,700 wounded. It said the losses came to "
         "3,000 soldiers, 300 dead and 2,700 wounded.",
         [("300", "soldier", "casualties"), ("2,700", "wounded", "casualties"), ("3,000", "soldier", "casualties")]),
        # a key point giving the top of a range the body gives whole
        ("Up to 39,000 soldiers may have died, a leaked paper shows.\n"
         "The paper suggests that between 31,000 and 39,000 soldiers died in combat.",
         [("31,000 and 39,000", "soldier", "casualties")]),
        # the same number of dead and of injured stays two claims ("martyrs" are the dead)
        ("The count reached 180 martyrs and some 2,600 wounded, the ministry said. It added that 170 health "
         "workers were martyred, with over 180 injuries among medical staff.",
         [("180", "martyr", "casualties"), ("2,600", "wounded", "casualties"), ("170", "health worker", "casualties"),
          ("180", "injury", "casualties")]),
        # a status the restatement leaves out does not make it a second claim
        ("Park said this rotation takes the number of troops in Russia to 3,000. "
         "\u201cSome 3,000 soldiers are thought to have been deployed by now,\u201d Park said.",
         [("3,000", "troop", "troops")]),
    ],
)
def test_figures_restated_in_real_copy_are_one_claim(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare figure that is the subject of a displacement counts people, none named before
        ("The agency said hundreds of thousands have been displaced.\n"
         "About 1.4 million have been displaced inside the country and some 450,000 have left the country.",
         [("hundreds of thousands", "person", "other"), ("1.4 million", "person", "other"),
          ("450,000", "person", "other")]),
        ("Some 8 million people have fled, including 6 million inside the country and 2 million who have "
         "fled abroad, the office said.",
         [("8 million", "person", "other"), ("6 million", "person", "other"), ("2 million", "person", "other")]),
        ("The agency said 500,000 displaced people are in its shelters, with nearly 300,000 seeking refuge in schools.",
         [("500,000", "displaced person", "other"), ("300,000", "person", "other")]),
        # people named by their work or their nationality
        ("Another 14 staffers were injured, the agency said.", [("14", "staffer", "casualties")]),
        ("The ministry said 11 Syrians and 14 individuals were injured, and that five of its staff members died.",
         [("11", "syrian", "casualties"), ("14", "individual", "casualties"), ("five", "staff member", "casualties")]),
    ],
)
def test_people_counted_in_displacement_and_casualty_reports(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a share of capacity is no claim, in words as in digits
        ("The factory produced 320,000 rounds, running at roughly two-thirds of its capacity.", [("320,000", "round", "munitions")]),
        ("Of the 9,000 troops sent, half of them were wounded.",
         [("9,000", "troop", "troops"), ("half", "percent", "other")]),
        # a figure changed to a bare figure counts what it counted
        ("The firm turns out 380,000 rounds a year and plans to raise that to 520,000 within two years.",
         [("380,000", "round", "munitions"), ("520,000", "round", "munitions")]),
        ("\u201cWe expected 80,000 people to cross. Now our staff have revised their figures to 210,000,\u201d the official said.",
         [("80,000", "person", "other"), ("210,000", "person", "other")]),
        # people named as the subject of "make up" have their share of the total after it
        ("The office says children and the elderly make up over half of the 31,000 dead.",
         [("half", "percent", "other"), ("31,000", "dead", "casualties")]),
        # a share of a country's population is a share of its people
        ("Nearly 20 million people, over half of the population, go hungry, the agency said.",
         [("20 million", "person", "other"), ("half", "percent", "other")]),
        # the relatives of the dead are not dead
        ("\u201cThousands of families of those who were killed are waiting,\u201d she said.",
         [("Thousands", "family", "other")]),
    ],
)
def test_shares_changes_and_complements_in_real_copy(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a casualty verb in the active voice with its own object is what someone else did
        ("Just a few thousand Sudanese have escaped since the militia captured the city.", "other"),
        ("Officials said 2,000 troops captured the bridge.", "troops"),
        ("Nine soldiers lost their lives in the blast, officials said.", "casualties"),
        # a headline's participle at the end of its clause, past one nearer the figure
        ("Some 3,000 prisoners enlisted to fight killed: group head\nThe group gave no details.", "casualties"),
        # hurt without a participle
        ("A total of 21 service members have received minor injuries, the command said.", "casualties"),
        ("Some 40 troops suffered serious wounds, the army said.", "casualties"),
    ],
)
def test_what_happened_to_those_counted_in_real_copy(text, category):
    assert [r[2] for r in rows(text)] == [category]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a figure whose own noun is a place, an event or a building counts nothing claimed
        ("Air defences destroyed 42 drones over five Russian regions, the ministry said.",
         [("42", "drone", "equipment")]),
        ("Some 5,000 troops held the line and repelled 26 Russian attacks.", [("5,000", "troop", "troops")]),
        # weapons and fighters named in other words
        ("Forces destroyed three unmanned surface vessels, the command said.",
         [("three", "drone boat", "equipment")]),
        ("The military says it has killed about 1,200 militants and 150 gunmen.",
         [("1,200", "militant", "casualties"), ("150", "gunman", "casualties")]),
    ],
)
def test_what_a_figure_in_real_copy_counts(text, expected):
    assert rows(text) == expected


def test_the_singulariser_leaves_typeguard_as_it_found_it():
    """inflect is imported with typeguard's run-time checks off (they cost ~1.8 s a process);
    afterwards ``typeguard`` in ``sys.modules`` is what it was, and singulars are inflect's."""
    import subprocess
    import sys

    code = ("import sys; from claimtable import nouns; before = sys.modules.get('typeguard'); "
            "print(nouns.singular('depots'), nouns.singular('casualties'), nouns.plural('clash'), "
            "sys.modules.get('typeguard') is before)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["depot", "casualty", "clashes", "True"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a source's own earlier count restates the count of what the sentence's other figure
        # counts, not the party named last before it
        ("The health ministry now says 95 patients died when militiamen stormed the hospital, "
         "up from its earlier count of 60.",
         [("95", "patient"), ("60", "patient")]),
        ("Rescuers said 41 miners were trapped after soldiers sealed the shaft, revising their "
         "previous tally of 30.",
         [("41", "miner"), ("30", "miner")]),
    ],
)
def test_an_earlier_count_of_the_same_source_counts_the_same_thing(text, expected):
    assert [row[:2] for row in rows(text)] == expected


def test_every_let_go_cue_holds_a_string_the_rule_needs():
    """``object_of_a_release`` is left out of a sentence that holds none of its ``RULE_NEEDS``
    strings: each cue that lets people go or saves them (``statuses.csv``, and the rescue verbs
    of ``came_through.csv``) must hold one, or the rule never sees it."""
    from claimtable import extract, lexicons

    needs = extract.RULE_NEEDS[extract.object_of_a_release]
    cues = [r["cue"] for r in lexicons.read_lexicon("statuses") if r["status"] in extract._LET_GO]
    cues += [r["phrase"] for r in lexicons.read_lexicon("came_through") if r["object"] and r["status"] in extract._LET_GO]
    assert "rescue" in cues and [c for c in cues if not any(n in c for n in needs)] == []
