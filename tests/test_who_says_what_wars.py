""""Who says what, now" (the heat map and ``charts.who_says_what_table``) in a collection of
many wars: a claimant that gives figures of two wars has a row for each, named by the war's
country ("Relief Agency — Sudan"), so that no cell hides a war and each says which war it is
of; a claimant of one war keeps one row under its own name; "unattributed" comes after the
named claimants. The figures are made up for these tests."""

from __future__ import annotations

import pandas as pd

from claimtable import charts
from tests.test_charts import boxes, by_gid, overlapping


def said(*rows: tuple) -> pd.DataFrame:
    """Estimates of (claimant, measure, value, as_of, place, countries)."""
    return pd.DataFrame([{"estimate": k + 1, "origin": "extracted", "claimant": c, "measure": m,
                          "value_low": v, "value_high": v, "hedge": "exact", "as_of": d, "relays": 1,
                          "place": p, "countries": w}
                         for k, (c, m, v, d, p, w) in enumerate(rows)])


TWO_WARS_SAID = [
    ("Relief Agency", "killed", 300, "2025-06-01", "", "SD"),
    ("Relief Agency", "killed", 280, "2025-05-20", "Khartoum", ""),
    ("Relief Agency", "killed", 40, "2025-06-20", "", "PS"),
    ("Relief Agency", "displaced", 9000, "2025-06-02", "", "SD"),
    ("Medics Network", "killed", 310, "2025-06-03", "", "SD"),
    ("Medics Network", "wounded", 500, "2025-06-03", "", "SD"),
]
TWO_WARS = said(*TWO_WARS_SAID)


def _cells(fig) -> dict[str, list[str]]:
    """Each row label of a heat map (one line) and the texts of its cells, left to right."""
    ax = fig.axes[0]
    labels = [" ".join(t.get_text().split()) for t in ax.get_yticklabels()]
    rows: dict[str, list[tuple[float, str]]] = {label: [] for label in labels}
    for t in by_gid(fig, "cell"):
        x, y = t.get_position()
        rows[labels[int(y)]].append((x, t.get_text()))
    return {label: [text for _, text in sorted(cells)] for label, cells in rows.items()}


def test_the_table_gives_a_claimant_of_two_wars_a_row_for_each():
    table = charts.who_says_what_table(TWO_WARS).set_index("claimant")
    assert table.loc["Relief Agency — Sudan", "killed"] == "300 (2025-06-01)"
    assert table.loc["Relief Agency — Palestinian Territory", "killed"] == "40 (2025-06-20)"
    # the displaced of Sudan are in Sudan's row, not beside Gaza's toll
    assert table.loc["Relief Agency — Sudan", "displaced"] == "9,000 (2025-06-02)"
    assert table.loc["Relief Agency — Palestinian Territory", "displaced"] == ""
    # each row counts the claimant's estimates of its war; together, all of them
    assert table.loc["Relief Agency — Sudan", "estimates"] == 3
    assert table.loc["Relief Agency — Palestinian Territory", "estimates"] == 1
    # a claimant of one war keeps its one row, under its name
    assert table.loc["Medics Network — Sudan", "killed"] == "310 (2025-06-03)"
    assert "Relief Agency" not in table.index


def test_the_heat_map_draws_each_war_of_a_claimant_in_a_row_named_by_it():
    fig = charts.who_says_what(TWO_WARS)
    cells = _cells(fig)
    assert cells["Relief Agency — Sudan"] == ["9,000", "300"] or cells["Relief Agency — Sudan"] == ["300", "9,000"]
    assert cells["Relief Agency — Palestinian Territory"] == ["40"]
    assert cells["Medics Network — Sudan"] == ["310", "500"]
    assert "a claimant of several wars a row for each" in charts.description(fig)


def test_two_measures_of_two_wars_are_never_one_row():
    """No cell hides a war, and still a row of "killed" in Gaza beside "displaced" in Sudan would
    read as one war's: the claimant's two wars are two rows."""
    rows = said(("Relief Agency", "killed", 40, "2025-06-20", "", "PS"),
                ("Relief Agency", "displaced", 9000, "2025-06-02", "", "SD"))
    table = charts.who_says_what_table(rows)
    assert table["claimant"].tolist() == ["Relief Agency — Palestinian Territory", "Relief Agency — Sudan"]


def test_a_figure_of_no_known_war_is_not_put_in_a_war_it_may_not_be_of():
    """A figure whose place and articles name no country can be of any war: beside a claimant's
    one war it is of that war (one row, as before); beside two it has a row of its own."""
    nowhere = ("Relief Agency", "wounded", 75, "2025-06-25", "", "")
    table = charts.who_says_what_table(said(*TWO_WARS_SAID, nowhere))
    rows = table.set_index("claimant")
    assert rows.loc["Relief Agency — no country named", "wounded"] == "75 (2025-06-25)"
    assert rows.loc["Relief Agency — Sudan", "wounded"] == ""
    one = charts.who_says_what_table(said(("Relief Agency", "killed", 300, "2025-06-01", "", "SD"), nowhere))
    assert one["claimant"].tolist() == ["Relief Agency"]
    assert one.loc[0, "wounded"] == "75 (2025-06-25)"


def test_unattributed_figures_come_after_the_named_claimants():
    """"unattributed" (figures no one is named for) has the most estimates here: its rows are
    still drawn after the named claimants', in the grid and the table."""
    rows = said(*[("", "killed", 10 + k, f"2025-06-{k + 1:02d}", "", "SD") for k in range(5)],
                ("", "killed", 7, "2025-06-09", "", "PS"),
                ("Relief Agency", "killed", 300, "2025-06-01", "", "SD"),
                ("Medics Network", "killed", 310, "2025-06-03", "", "SD"))
    table = charts.who_says_what_table(rows)
    assert table["claimant"].tolist() == ["Medics Network — Sudan", "Relief Agency — Sudan", "unattributed — Sudan",
                                          "unattributed — Palestinian Territory"]
    shown = list(_cells(charts.who_says_what(rows)))
    assert shown == table["claimant"].tolist()


def test_a_grid_of_many_wars_keeps_its_size_and_its_labels_whole():
    """Twenty claimants of three wars each: the figure keeps its size, fifteen rows are drawn,
    each row's war is written whole (never "— Su…"), no two labels overlap and the rows left
    out are counted."""
    wars = [("SD", "Sudan"), ("PS", "Palestinian Territory"), ("CD", "Democratic Republic of the Congo")]
    rows = said(*[(f"International Humanitarian Organisation number {i}", m, 100 * (i + 1) + k, f"2025-06-{k + 1:02d}",
                   "", code) for i in range(20) for k, (code, _) in enumerate(wars) for m in ("killed", "wounded")])
    fig = charts.who_says_what(rows)
    assert fig.get_size_inches().tolist() == [11.0, 7.2]
    ax = fig.axes[0]
    labels = [" ".join(t.get_text().split()) for t in ax.get_yticklabels()]
    assert len(labels) == 15
    assert all(any(label.endswith(f"— {name}") for _, name in wars) for label in labels), labels
    renderer = fig.canvas.get_renderer()
    fig.draw(renderer)
    assert not overlapping(boxes(ax.get_yticklabels(), renderer))
    note = " ".join(t.get_text() for t in by_gid(fig, "note")).replace("\n", " ")
    assert "+15 more claimants" in note


def test_the_same_estimates_draw_the_same_bytes(tmp_path):
    first = charts.save(charts.who_says_what(TWO_WARS), tmp_path / "a")
    second = charts.save(charts.who_says_what(TWO_WARS.sample(frac=1, random_state=3)), tmp_path / "b")
    assert [p.read_bytes() for p in first] == [p.read_bytes() for p in second]
    assert charts.who_says_what_table(TWO_WARS).equals(charts.who_says_what_table(TWO_WARS.iloc[::-1]))


def test_the_latest_estimate_table_lists_unattributed_figures_after_the_named_claimants():
    """The report's "Latest estimate" table keeps an unattributed figure of each war (each
    compared in its own war's set), after the named claimants' figures of the measure."""
    from claimtable import report

    rows = said(("", "killed", 12, "2025-06-05", "", "SD"), ("", "killed", 7, "2025-06-09", "", "PS"),
                ("Relief Agency", "killed", 300, "2025-06-01", "", "SD"),
                ("Medics Network", "killed", 310, "2025-06-03", "", "SD"),
                ("witnesses", "killed", 9, "2025-06-08", "", "PS"))
    table = report.latest_table(rows).frame
    assert table["claimant"].tolist() == ["Medics Network", "Relief Agency", "witnesses",
                                          "unattributed", "unattributed"]


def test_the_latest_estimate_table_of_several_wars_says_the_war_of_each_row():
    """Even a row compared with none (another time or place, set 0) says its war in words."""
    from claimtable import report

    rows = said(("Relief Agency", "killed", 300, "2025-06-01", "", "SD"),
                ("Medics Network", "killed", 310, "", "", "SD"),
                ("Relief Agency", "killed", 40, "2025-06-20", "", "PS"),
                ("Civil Defence", "killed", 45, "", "", "PS"),
                ("Harbour Police", "killed", 4, "2023-01-02", "Reynosa", ""))
    table = report.latest_table(rows).frame
    assert list(table.columns[:3]) == ["measure", "claimant", "war"]
    wars = {(r.claimant, r.war): r.comparison for r in table.itertuples()}
    assert set(wars) == {("Relief Agency", "Sudan"), ("Relief Agency", "Palestinian Territory"),
                         ("Medics Network", "Sudan"), ("Civil Defence", "Palestinian Territory"),
                         ("Harbour Police", "Mexico")}
    assert wars[("Harbour Police", "Mexico")] == charts.ELSEWHERE


def test_in_a_collection_of_several_wars_a_claimant_of_one_war_names_it_too():
    # "police" and a "Ministry of Health" speak of one war each, the UN of two: a reader of a
    # collection of many wars cannot tell which war "police: 6 killed" is of unless its row
    # says it, as the UN's rows do; a claimant whose name says its war needs no more, and in a
    # collection of one war (the seeds) no row names one
    rows = said(("police", "killed", 6, "2025-06-01", "", "MX"),
                ("Ministry of Health", "killed", 8382, "2025-06-02", "", "PS"),
                ("Sudan Doctors Network", "killed", 300, "2025-06-03", "", "SD"),
                ("UN", "killed", 310, "2025-06-03", "", "SD"), ("UN", "killed", 40, "2025-06-20", "", "PS"))
    table = charts.who_says_what_table(rows).set_index("claimant")
    assert table.loc["police — Mexico", "killed"] == "6 (2025-06-01)"
    assert table.loc["Ministry of Health — Palestinian Territory", "killed"] == "8,382 (2025-06-02)"
    assert "Sudan Doctors Network" in table.index
    assert set(_cells(charts.who_says_what(rows))) == set(table.index)
    one = charts.who_says_what_table(said(("police", "killed", 6, "2025-06-01", "", "MX"),
                                          ("Mexican army", "killed", 9, "2025-06-01", "", "MX")))
    assert one["claimant"].tolist() == ["Mexican army", "police"]


def test_a_claimant_whose_name_names_its_country_needs_no_row_saying_no_country_is_named():
    """The Ukraine General Staff's daily tallies name no place, and often their articles name no
    country: in a collection of several wars its one row is its name, which says whose war it
    speaks of ("Ukraine General Staff — no country named" read as if Ukraine were not named); a
    claimant whose name names none keeps saying that its figures name none. (The registry's
    country is not used: a body may speak of another country's war.)"""
    rows = said(*TWO_WARS_SAID,
                ("Ukraine General Staff", "killed", 1200, "2025-06-10", "", ""),
                ("Ukraine General Staff", "captured", 30, "2025-06-10", "", ""),
                ("Border Authority", "killed", 12, "2025-06-11", "", ""))
    table = charts.who_says_what_table(rows).set_index("claimant")
    assert table.loc["Ukraine General Staff", "killed"] == "1,200 (2025-06-10)"
    assert table.loc["Border Authority — no country named", "killed"] == "12 (2025-06-11)"
    assert charts.one_war_row("Syrian Observatory for Human Rights", charts.NO_WAR, True) == (
        "Syrian Observatory for Human Rights")
    assert charts.one_war_row("the ministry", charts.NO_WAR, True) == "the ministry — no country named"


def test_a_persons_name_that_begins_like_a_country_names_no_country():
    """A person's given name that is a country's ("Chad Smith", "Jordan Peterson", "Georgia ...";
    ``data/lexicons/given_names.csv``), or a name that only begins with a country's letters
    ("Chadwick", "Malik"), never says whose war a claimant's figures are of: where they name
    none, the row says so; a country written as a country still names it."""
    persons = ["Chad Smith", "Jordan Peterson", "Georgia Harris", "Defence Minister Israel Katz",
               "India Walton", "Kenya Moore", "Jordan Michael Reyes", "Chadwick Boseman", "Malik Ahmed",
               "Indiana police"]
    assert [p for p in persons if charts.names_a_country(p)] == []
    countries = ["Chad Health Ministry", "Ukraine General Staff", "Jordan's army", "Jordanian army",
                 "Georgia's interior ministry", "Georgian officials", "police in Chad", "Chadian officials",
                 "Israel Defense Forces", "Jordan", "Ukraine HUR", "Syrian Observatory for Human Rights",
                 "Jordan Times", "China Daily", "Malian army", "Sudanese Armed Forces", "Togolese police",
                 "Kuwaiti officials", "Israel Katz, Israel's defence minister", "Georgia state police"]
    assert [c for c in countries if not charts.names_a_country(c)] == []
    assert charts.one_war_row("Chad Smith", charts.NO_WAR, True) == "Chad Smith — no country named"
    assert charts.one_war_row("Chad Health Ministry", charts.NO_WAR, True) == "Chad Health Ministry"


def _point_labels(fig) -> list[str]:
    return [" ".join(t.get_text().split()) for t in by_gid(fig, "label")]


def test_the_time_charts_labels_say_which_war_each_latest_estimate_is_of():
    """Shells in an ambush in Mexico and missiles over Ukraine in one collection: the label beside
    each claimant's latest estimate names its war as its row in "Who says what" does
    ("unattributed — Mexico"), a name that says its war alone; a collection of one war keeps the
    name alone, and so does a figure of no known war (its row in "Who says what" says so)."""
    def munitions(*rows):
        return said(*rows).assign(family="munitions")

    rows = munitions(("", "shells", 400, "2014-05-14", "", "MX"),
                     ("", "missiles", 4, "2023-06-09", "", "UA"),
                     ("Ukraine Air Force", "missiles", 2, "2023-06-08", "Cherkasy", ""),
                     ("the department", "missiles", 70, "2024-06-14", "", ""))
    labels = _point_labels(charts.munitions_chart(rows))
    assert "unattributed — Mexico: 400" in labels
    assert "unattributed — Ukraine: 4" in labels
    assert "Ukraine Air Force: 2" in labels
    assert "the department: 70" in labels
    one = _point_labels(charts.munitions_chart(rows.iloc[1:3]))
    assert sorted(one) == ["Ukraine Air Force: 2", "unattributed: 4"]
    # "Estimates over time" labels its munitions panel (and every other) the same way
    assert "unattributed — Ukraine: 4 missiles" in _point_labels(charts.estimates_over_time(rows))


def test_a_common_nouns_figures_of_an_article_naming_no_country_are_not_put_in_another_articles_war():
    # "the Army" of a history piece that names no country (a world war's toll, 1945) is not the
    # army of an article on a border clash in Kashmir: "the Army" is a common noun, another body in
    # each article, so its figures that name no war get a row of their own, never the clash's
    # war's, and the clash's own toll is still shown
    table = charts.who_says_what_table(said(
        ("the Army", "killed", 4, "", "", "IN; PK"),
        ("the Army", "wounded", 2, "", "", "IN; PK"),
        ("the Army", "killed", 65931, "1945-06-11", "", ""),
        ("the Army", "wounded", 381507, "1945-06-11", "", ""),
        ("Red Cross", "killed", 5, "", "", "IN; PK"),
        ("Red Cross", "killed", 30, "", "", "SD"),
    )).set_index("claimant")
    assert table.loc["the Army — India, Pakistan", "killed"] == "4"
    assert table.loc["the Army — India, Pakistan", "wounded"] == "2"
    assert table.loc["the Army — no country named", "killed"] == "65,931 (1945-06-11)"
    assert table.loc["the Army — no country named", "wounded"] == "381,507 (1945-06-11)"


def test_a_named_claimants_figures_of_no_country_still_join_its_one_war():
    # a name (one body wherever it is quoted) keeps its figures of no known war in its one war's row
    table = charts.who_says_what_table(said(
        ("Relief Agency", "killed", 300, "2025-06-01", "", "SD"),
        ("Relief Agency", "displaced", 9000, "2025-06-02", "", ""),
        ("Medics Network", "killed", 40, "2025-06-20", "", "PS"),
    )).set_index("claimant")
    assert table.loc["Relief Agency — Sudan", "displaced"] == "9,000 (2025-06-02)"
