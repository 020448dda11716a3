"""``claimtable score``: agreement of a claims table with a hand-coded one (small hand-made pairs)."""

from __future__ import annotations

import pytest

from claimtable import cli, paths, score

from .conftest import FIXTURES

HEADER = "article,value_low,value_high,category,claimant\n"


def write(tmp_path, name, rows):
    path = tmp_path / name
    path.write_text(HEADER + "".join(r + "\n" for r in rows), encoding="utf-8")
    return path


def levels(result):
    return {name: (lv.agree, lv.predicted, lv.gold) for name, lv in result.levels.items()}


def test_perfect_agreement_scores_one(tmp_path):
    rows = ["a,100,100,troops,South Korea NIS", "a,200,999,casualties,unattributed"]
    s = score.score_files(write(tmp_path, "g.csv", rows), write(tmp_path, "p.csv", rows))
    assert all(lv.f1 == 1.0 for lv in s.levels.values())
    assert s.claimant_accuracy == 1.0 and s.misses == []


def test_each_level_counts_its_own_agreement(tmp_path):
    gold = write(tmp_path, "g.csv", [
        "a,100,100,troops,South Korea NIS",      # all right
        "a,300,300,casualties,Zelensky",         # wrong category
        "a,500,500,troops,Pentagon",             # wrong claimant
        "b,7,7,equipment,unattributed",          # missed
    ])
    pred = write(tmp_path, "p.csv", [
        "a,100,100,troops,National Intelligence Service",   # an alias of the same claimant
        "a,300,300,troops,Zelensky",
        "a,500,500,troops,Western officials",
        "b,8,8,equipment,unattributed",          # wrong value: spurious
    ])
    s = score.score_files(gold, pred)
    assert levels(s) == {"value": (3, 4, 4), "category": (2, 4, 4),
                         "claimant": (2, 4, 4), "full": (1, 4, 4)}
    assert s.claimant_accuracy == pytest.approx(2 / 3)
    kinds = sorted((m.kind, m.article, m.value) for m in s.misses)
    assert kinds == [("category", "a", "300"), ("claimant", "a", "500"),
                     ("missed", "b", "7"), ("spurious", "b", "8")]


def test_a_range_matches_only_the_same_range(tmp_path):
    gold = write(tmp_path, "g.csv", ["a,10000,12000,troops,x"])
    pred = write(tmp_path, "p.csv", ["a,10000,10000,troops,x"])
    assert score.score_files(gold, pred).levels["value"].agree == 0


def test_a_share_written_to_one_or_two_decimals_is_one_value(tmp_path):
    # "a third" of the troops: one coder writes 33.3, another 33.33; 33.3 is not 33.4
    gold = write(tmp_path, "g.csv", ["a,33.33,33.33,other,NIS", "a,66.67,66.67,other,NIS"])
    pred = write(tmp_path, "p.csv", ["a,33.3,33.3,other,NIS", "a,66.6,66.6,other,NIS"])
    s = score.score_files(gold, pred)
    assert s.levels["value"].agree == 1
    assert sorted(m.kind for m in s.misses) == ["missed", "spurious"]


def test_same_value_twice_in_an_article_pairs_the_agreeing_claims(tmp_path):
    gold = write(tmp_path, "g.csv", ["a,1000,1000,troops,Shoigu", "a,1000,1000,casualties,NIS"])
    pred = write(tmp_path, "p.csv", ["a,1000,1000,casualties,NIS", "a,1000,1000,troops,Shoigu"])
    assert score.score_files(gold, pred).levels["full"].agree == 2


def test_claimants_compare_without_case_articles_or_counting_words(tmp_path):
    gold = write(tmp_path, "g.csv", ["a,24,24,munitions,defense officials"])
    pred = write(tmp_path, "p.csv", ["a,24,24,munitions,Two Defense officials"])
    assert score.score_files(gold, pred).claimant_accuracy == 1.0


@pytest.mark.parametrize(("coded", "extracted"), [
    # one body written two ways by a hand coder and by an article: the registry's aliases
    ("Turkey Ministry of Defence", "Turkey’s Defense Ministry"),
    ("Turkey Ministry of National Defence", "Turkish Defense Ministry"),
    ("Syria Ministry of Defence", "Syria's Defense Ministry"),
    ("Turkish military", "Turkish army"),
    ("Cambodia Mine/ERW Victim Information System", "ERW Victim Information System"),
    ("Cambodian Mine Action Center", "CMAC"),
    ("JNIM", "Jama’at Nusrat al-Islam wal Muslimeen"),
    ("Federico Fossi", "United Nations Commission for Refugees"),
    ("BINUH", "UN office in Haiti"),
    ("Azawad Liberation Front", "FLA"),
    ("State Emergency Service of Ukraine", "State Emergencies Service of Ukraine"),
])
def test_one_body_written_two_ways_is_one_claimant(coded, extracted):
    assert score.same_claimant(coded, extracted)


def test_a_name_with_or_without_its_title_is_one_claimant(tmp_path):
    gold = write(tmp_path, "g.csv", ["a,100,100,troops,Petro Holub", "a,200,200,troops,Kyiv",
                                     "a,300,300,troops,officials"])
    pred = write(tmp_path, "p.csv", ["a,100,100,troops,Ukrainian MP Petro Holub", "a,200,200,troops,officials in Kyiv",
                                     "a,300,300,troops,Western officials"])
    assert levels(score.score_files(gold, pred))["claimant"] == (1, 3, 3)


def test_claims_of_articles_outside_the_sample_are_left_out_unless_asked(tmp_path):
    gold = write(tmp_path, "g.csv", ["a,1,1,troops,x"])
    pred = write(tmp_path, "p.csv", ["a,1,1,troops,x", "other,5,5,troops,x"])
    assert score.score_files(gold, pred).levels["value"].precision == 1.0
    assert score.score_files(gold, pred, only_gold_articles=False).levels["value"].precision == 0.5


def test_extract_output_scores_as_it_is(tmp_path):
    """Extra columns are ignored and a neutralised cell ('-x) is read back as written."""
    gold = write(tmp_path, "g.csv", ["a,5,5,troops,-x"])
    pred = tmp_path / "p.csv"
    pred.write_text("article,figure,value_low,value_high,hedge,category,claimant\n"
                    "a,five,5,5,exact,troops,'-x\n", encoding="utf-8")
    assert score.score_files(gold, pred).levels["full"].f1 == 1.0


def test_a_claim_whose_sentence_runs_to_megabytes_is_read(tmp_path):
    """A page with no full stop gives a sentence longer than Python's CSV reader takes by
    default (128 KiB): the claim is scored, not refused."""
    import csv

    default = csv.field_size_limit(128 * 1024)  # as in a fresh process
    try:
        gold = write(tmp_path, "g.csv", ["a,5,5,troops,NIS"])
        pred = tmp_path / "p.csv"
        pred.write_text("article,value_low,value_high,category,claimant,sentence\n"
                        f"a,5,5,troops,NIS,\"Five{' and then' * 50_000}.\"\n", encoding="utf-8")
        assert score.score_files(gold, pred).levels["full"].f1 == 1.0
    finally:
        csv.field_size_limit(max(default, csv.field_size_limit()))


def test_a_bad_value_names_file_and_line(tmp_path):
    bad = write(tmp_path, "g.csv", ["a,1,1,troops,x", "a,many,1,troops,x"])
    with pytest.raises(score.ScoreInputError, match=r"g\.csv, line 3: value_low 'many'"):
        score.read_claims(bad)


def test_a_missing_column_is_named(tmp_path):
    path = tmp_path / "g.csv"
    path.write_text("article,value_low,value_high\na,1,1\n", encoding="utf-8")
    with pytest.raises(score.ScoreInputError, match="no column category, claimant"):
        score.read_claims(path)


def test_command_prints_scores_and_misses(tmp_path, capsys):
    gold = write(tmp_path, "g.csv", ["a,100,100,troops,x", "a,9,9,troops,x"])
    pred = write(tmp_path, "p.csv", ["a,100,100,troops,x"])
    assert cli.main(["score", str(gold), str(pred)]) == 0
    out = capsys.readouterr().out
    assert "value      1.00       0.50    0.67" in out
    assert "missed    a 9: troops / x -> -" in out


def test_command_names_an_unreadable_file(tmp_path, capsys):
    gold = write(tmp_path, "g.csv", ["a,1,1,troops,x"])
    assert cli.main(["score", str(gold), str(tmp_path / "none.csv")]) == 1
    assert "none.csv: cannot read it" in capsys.readouterr().err


def test_gold_other_readings_count_as_agreement(tmp_path):
    # a hand coder who finds two readings defensible lists the other one in claimant_ok
    gold = tmp_path / "g.csv"
    gold.write_text(
        "article,value_low,value_high,category,claimant,claimant_ok\n"
        "a,100,100,troops,Defence Minister Ana Ruiz,Ministry of Defence|defence ministry\n"
        "a,200,200,troops,Defence Minister Ana Ruiz,Ministry of Defence\n"
        "a,300,300,troops,South Korea NIS,nis|spy agency\n"
        "a,400,400,troops,South Korea NIS,nis\n", encoding="utf-8")
    pred = write(tmp_path, "p.csv", [
        "a,100,100,troops,the defence ministry",     # another reading the coder allowed
        "a,200,200,troops,Ruiz's spokesman",         # a reading nobody allowed
        "a,300,300,troops,the spy agency",
        "a,400,400,troops,Dennis Nisbet",            # 'nis' only inside other words
    ])
    s = score.score_files(gold, pred)
    assert levels(s)["claimant"] == (2, 4, 4)
    assert sorted(m.value for m in s.misses if m.kind == "claimant") == ["200", "400"]


def test_an_other_reading_in_lower_case_names_the_registry_body_it_is_an_alias_of(tmp_path):
    # coders write their other readings in lower case; a reading that is a registry alias
    # ("ohchr", "un human rights office") accepts the body the extractor names by the
    # registry's name, while a longer reading around an alias or another body does not
    gold = tmp_path / "g.csv"
    gold.write_text(
        "article,value_low,value_high,category,claimant,claimant_ok\n"
        "a,100,100,casualties,Ana Ruiz,ohchr\n"
        "a,200,200,casualties,Ana Ruiz,un human rights office\n"
        "a,300,300,casualties,Ana Ruiz,ohchr staff in tarn\n"
        "a,400,400,casualties,Ana Ruiz,ohchr\n", encoding="utf-8")
    body = "UN Human Rights Monitoring Mission"
    pred = write(tmp_path, "p.csv", [f"a,100,100,casualties,{body}", f"a,200,200,casualties,{body}",
                                     f"a,300,300,casualties,{body}", "a,400,400,casualties,South Korea NIS"])
    s = score.score_files(gold, pred)
    assert sorted(m.value for m in s.misses if m.kind == "claimant") == ["300", "400"]


def test_the_shared_gold_of_the_seeds_scores_with_its_other_readings():
    # the seeds' gold lists other readings in claimant_ok; extract's output of data/raw agrees
    # with it on every claimant it names that way
    s = score.score_files(FIXTURES / "seed_claims.csv", paths.PROCESSED / "claims.csv")
    assert s.levels["value"].agree >= 12
    assert s.claimant_accuracy == 1.0


def test_a_longer_body_name_is_not_the_registry_name_that_opens_it(tmp_path):
    # "South Korean military" is a registry alias of the defence ministry; a longer name of a
    # body that starts with it is another body, for the scorer as for the extractor
    gold = write(tmp_path, "g.csv", ["a,50,50,troops,South Korean Military Intelligence Agency",
                                     "a,60,60,troops,the South Korean military"])
    pred = write(tmp_path, "p.csv", ["a,50,50,troops,South Korea Ministry of National Defense",
                                     "a,60,60,troops,South Korea Ministry of National Defense"])
    assert [m.value for m in score.score_files(gold, pred).misses] == ["50"]


def test_a_body_written_out_in_full_is_its_registry_row_not_its_parent(tmp_path):
    # "United Nations Human Rights Monitoring Mission (in Ukraine)" spelt out is the registry's
    # monitoring mission, whichever of its names a coder or the text uses; the United Nations as a
    # whole is another claimant
    gold = write(tmp_path, "g.csv", ["a,86,86,casualties,United Nations Human Rights Monitoring Mission in Ukraine",
                                     "a,90,90,casualties,United Nations"])
    pred = write(tmp_path, "p.csv", ["a,86,86,casualties,United Nations Human Rights Monitoring Mission",
                                     "a,90,90,casualties,UN Human Rights Monitoring Mission"])
    assert [m.value for m in score.score_files(gold, pred).misses] == ["90"]


def test_an_alias_that_does_not_name_its_country_keeps_another_owner(tmp_path):
    # "Ministry of National Defense" and "Joint Chiefs of Staff" name no country (the registry's
    # countryless column): with another country's or a person's name before or after "of" them,
    # they are not South Korea's bodies, for the scorer as for the extractor
    gold = write(tmp_path, "g.csv", ["a,14,14,equipment,Ostria's Ministry of National Defense",
                                     "a,30,30,equipment,Joint Chiefs of Staff of Chile",
                                     "a,45,45,troops,Sean Sullivan",
                                     "a,50,50,troops,Seoul's Ministry of National Defense"])
    pred = write(tmp_path, "p.csv", ["a,14,14,equipment,South Korea Ministry of National Defense",
                                     "a,30,30,equipment,South Korea JCS",
                                     "a,45,45,troops,White House",
                                     "a,50,50,troops,South Korea Ministry of National Defense"])
    assert [m.value for m in score.score_files(gold, pred).misses] == ["14", "30", "45"]


def test_a_person_named_alone_agrees_with_each_office_the_registry_dates_for_him(tmp_path):
    # "Sergei Shoigu" is the defence ministry's until May 2024 and the Security Council's since
    # (the registry's held column): a coder who names him alone gives no date to choose by, so
    # either office agrees; a title written with the name still decides, and a body does not
    gold = write(tmp_path, "g.csv", ["a,10,10,troops,Sergei Shoigu",
                                     "a,20,20,troops,Sergei K. Shoigu",
                                     "a,30,30,troops,Defence Minister Sergei Shoigu",
                                     "a,40,40,troops,Russian Security Council",
                                     "a,50,50,troops,RSF"])
    pred = write(tmp_path, "p.csv", ["a,10,10,troops,Russia Security Council",
                                     "a,20,20,troops,Russia Ministry of Defence",
                                     "a,30,30,troops,Russia Security Council",
                                     "a,40,40,troops,Russia Ministry of Defence",
                                     "a,50,50,troops,Reporters Without Borders"])
    assert [m.value for m in score.score_files(gold, pred).misses] == ["30", "40", "50"]


def _sample(n_articles, wrong_every):
    """``n_articles`` articles of two claims each; every ``wrong_every``-th article's second
    claim names another claimant."""
    gold, pred = [], []
    for i in range(n_articles):
        for value in (100, 200):
            gold.append(score.GoldRow(f"a{i}", value, value, "troops", "NIS"))
            who = "Pentagon" if value == 200 and i % wrong_every == 0 else "NIS"
            pred.append(score.GoldRow(f"a{i}", value, value, "troops", who))
    return gold, pred


def test_intervals_hold_the_sample_score_and_narrow_with_more_articles():
    # a researcher reads the interval as the range the score could have had on another sample
    # of the same kind: it must contain the score measured, and 60 articles pin it down better
    # than 12 of the same mix
    small, large = _sample(12, 3), _sample(60, 3)
    widths = []
    for gold, pred in (small, large):
        full = score.score(gold, pred).levels["full"].f1
        span = score.intervals(gold, pred)["full"]
        assert span.low <= full <= span.high
        widths.append(span.high - span.low)
    assert widths[1] < widths[0]
    # claims that all agree leave no doubt
    gold, _ = small
    assert score.intervals(gold, gold)["full"] == score.Interval(1.0, 1.0)


def test_intervals_are_the_same_every_run():
    gold, pred = _sample(20, 4)
    assert score.intervals(gold, pred) == score.intervals(gold, pred)


def test_intervals_resample_articles_not_claims():
    # ten claims of one article that are all wrong are one unlucky article, not ten
    # independent errors: resampling articles gives a wider interval than the claims would
    gold = [score.GoldRow(f"a{i}", 1, 1, "troops", "NIS") for i in range(10)]
    gold += [score.GoldRow("z", v, v, "troops", "NIS") for v in range(10)]
    pred = [*gold[:10], *(score.GoldRow("z", v, v, "troops", "x") for v in range(10))]
    span = score.intervals(gold, pred)["full"]
    assert span.low < 0.3 and span.high > 0.7


def test_command_scores_each_prefix_group_then_all(tmp_path, capsys):
    gold = write(tmp_path, "g.csv", ["story_1,100,100,troops,x", "story_2,5,5,troops,x",
                                     "other_1,7,7,casualties,y"])
    pred = write(tmp_path, "p.csv", ["story_1,100,100,troops,x", "other_1,7,7,casualties,z"])
    assert cli.main(["score", str(gold), str(pred), "--by-prefix", "--no-misses",
                     "--intervals"]) == 0
    out = capsys.readouterr().out
    other, story, everything = out.split("== ")[1:]
    assert other.startswith("other") and "full       0.00" in other
    assert story.startswith("story") and "value      1.00       0.50    0.67" in story
    assert everything.startswith("all articles") and "value      1.00       0.67    0.80" in everything
    assert "F1, 95% interval" in everything and "claimant accuracy on value matches: 50.0% (1 of 2), 95% interval" in everything


def test_a_sample_of_other_articles_is_said_to_score_nothing(tmp_path):
    """Notebook 06 on another folder: the seeds' sample covers none of its articles, and the
    notebook says so instead of leaving a bare F1 of 0 to be read as the extractor's."""
    claims = tmp_path / "claims.csv"
    claims.write_text("article,value_low,value_high,category,claimant\n"
                      "ferry,40,40,other,Ostrel coast guard\nflood,12,12,casualties,unattributed\n",
                      encoding="utf-8")
    gold = score.read_claims(paths.DATA / "handcoded" / "seed_sample.csv")
    note = score.coverage_note(gold, claims)
    assert "covers none of the 2 articles" in note and "-p handcoded" in note
    assert "covers 2 of the 2" in score.coverage_note(gold, paths.PROCESSED / "claims.csv")


def test_a_group_of_one_article_says_it_has_no_interval(tmp_path, capsys):
    # one article resamples to itself: "95% interval 75.0-75.0%" would read as certainty where
    # the sample says nothing about another sample; the group says why it has no interval
    gold = write(tmp_path, "g.csv", ["other_1,7,7,casualties,y", "other_1,8,8,casualties,y",
                                     "story_1,100,100,troops,x", "story_2,5,5,troops,x"])
    pred = write(tmp_path, "p.csv", ["other_1,7,7,casualties,y", "other_1,8,8,casualties,z",
                                     "story_1,100,100,troops,x", "story_2,5,5,troops,x"])
    assert cli.main(["score", str(gold), str(pred), "--by-prefix", "--no-misses", "--intervals"]) == 0
    other, story, _ = capsys.readouterr().out.split("== ")[1:]
    assert "50.0% (1 of 2), 95% interval none: 1 article" in other
    assert "50.0-50.0%" not in other
    assert "100.0% (2 of 2), 95% interval 100.0-100.0%" in story


def test_grouped_report_lists_each_miss_once_and_says_how_many_articles_an_interval_rests_on(tmp_path, capsys):
    gold = write(tmp_path, "g.csv", ["story_1,100,100,troops,x", "story_2,5,5,troops,x",
                                     "other_1,7,7,casualties,y"])
    pred = write(tmp_path, "p.csv", ["story_1,100,100,troops,x", "other_2,9,9,casualties,z"])
    assert cli.main(["score", str(gold), str(pred), "--by-prefix", "--intervals", "--all-articles"]) == 0
    out = capsys.readouterr().out
    # the miss of story_2 is one disagreement: a reader counting lines must not see it twice
    assert out.count("missed    story_2 5") == 1
    other, story, everything = out.split("== ")[1:]
    assert "misses" not in story and "missed    story_2 5" in everything
    # the interval's header says how few articles it rests on, in its own column
    assert "agree / predicted / gold  F1, 95% interval over 2 articles" in story
    assert "over 4 articles" in everything
    # no figure found by both coders is no accuracy of 0 %
    assert "claimant accuracy on value matches: n/a" in other


def test_a_resample_with_no_figure_found_by_both_has_no_claimant_accuracy():
    # one article agrees on its one figure, the other has nothing both coders found: every
    # resample that holds a found figure agrees, so the interval is 100 %, not 0-100 %
    gold = [score.GoldRow("a", 1, 1, "troops", "x"), score.GoldRow("b", 5, 5, "troops", "x")]
    pred = [score.GoldRow("a", 1, 1, "troops", "x")]
    assert score.intervals(gold, pred)["claimant accuracy"] == score.Interval(1.0, 1.0)
