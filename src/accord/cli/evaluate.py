"""``accord evaluate``: score the news reader on the user's own labelled sentences.

A thin shell over :func:`accord.news.load_gold` and :func:`accord.news.score_reader`: the gold
file's sentences are read one by one, each as a document of its own, and the main event of
each is compared with its label.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..errors import AccordInputError
from .failure import input_failure
from .read import actor_dictionary


def evaluate(
    gold: Annotated[Path, typer.Argument(help=(
        "Labelled sentences: accord's corpus YAML, CSV/TSV (text, source, target, cameo), "
        "JSON Lines, or PETRARCH validation XML."))],
    scenario: Annotated[Path | None, typer.Option(
        help="Scenario: its parties and aliases join the actors.")] = None,
    actors: Annotated[list[Path] | None, typer.Option(help=(
        "An actor dictionary laid over the built-in one: accord's YAML layout or PETRARCH's "
        ".txt (repeatable)."))] = None,
    misses: Annotated[int, typer.Option(min=0, help="Misses to list (0: none).")] = 20,
    as_json: Annotated[bool, typer.Option("--json", help=(
        "Print one JSON object: the scores and every miss."))] = False,
    jobs: Annotated[int, typer.Option(min=1, help="Processes reading the sentences.")] = 1,
    rules_only: Annotated[bool, typer.Option("--rules-only", help=(
        "Targets by the coder's rules alone: no learned choice of targets."))
        ] = False,
) -> None:
    """Score the news reader on your own labelled sentences: CAMEO root, PLOVER, actors."""
    from ..io.detect import read_scenario
    from ..news import load_gold, score_reader
    from ..news.arguments import RULES
    from ..news.corpus import by_confidence, miss_kinds
    from ..news.corpus import misses as missed
    from ..news.nlp import NewsUnavailable

    try:
        model = read_scenario(scenario) if scenario is not None else None
        gold_set = load_gold(gold)
        items = gold_set.items
        for message in gold_set.skipped:
            typer.echo(f"accord: skipped {message}", err=True)
        dictionary = actor_dictionary(actors or (), model)
        score, predicted = score_reader(items, dictionary, jobs=jobs,
                                        targets=RULES if rules_only else None)
    except AccordInputError as err:
        raise input_failure(err) from None
    except NewsUnavailable as err:
        typer.echo(f"accord: {err}", err=True)
        raise typer.Exit(1) from None
    wrong = missed(items, predicted)
    bands = by_confidence(items, predicted)
    if as_json:
        from ..report.json import to_json

        typer.echo(to_json({
            "file": str(gold), "score": score.to_dict(gold_set.unscored),
            "by_confidence": [b.to_dict() for b in bands],
            "skipped": list(gold_set.skipped),
            "misses": [{"line": item.line, "text": item.text, "gold": _label(item.event),
                        "coded": _label(main), "kinds": list(miss_kinds(item.event, main))}
                       for item, main in wrong]}, ensure_ascii=False))
    else:
        from rich.console import Console

        from ..report.news_score_text import render_score

        render_score(str(gold), score, wrong, Console(width=140), bands=bands, shown=misses,
                     unscored=gold_set.unscored)


def _label(event) -> dict | None:
    if event is None:
        return None
    return {"source": event.source, "target": event.target, "cameo": event.cameo,
            "plover": event.plover, "modality": event.modality, "negated": event.negated}
