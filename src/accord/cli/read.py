"""``accord read``: code news reports into events, stances and scenario updates.

A thin shell over :mod:`accord.news`: read the text (files, folders of files, or ``-`` for
standard input), code it, print tables or JSON, and write events or an updated scenario.
A file that cannot be read is skipped with a message; when nothing could be read, or
standard output cannot be written, the command exits with status 2.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Annotated

import typer

from ..errors import AccordInputError
from .failure import input_failure
from .options import output_file, writing
from .output import printing

_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def _documents(sources: list[str], lines: bool, max_mb: float, date: str | None):
    """Raw documents from the FILEs and DIRs (each folder's files in turn, in the order
    given) or '-', and the messages for files skipped."""
    from ..news.text import news_files, read_documents, read_stream

    def left_out(err: AccordInputError) -> None:  # a line of --lines not read
        typer.echo(f"accord: warning: {err}", err=True)

    if "-" in sources:
        if len(sources) > 1:
            raise AccordInputError("- (standard input) is read alone, not with files")
        docs = list(read_stream(sys.stdin.buffer, "<stdin>", lines=lines, max_mb=max_mb,
                                skipped=left_out))
        return _dated(docs, date), []
    paths = [Path(s) for s in sources]
    for path in paths:  # all, before any is read: a typo must not cost the others' reading
        if not path.exists():
            raise AccordInputError("no such file or folder", file=path)
    one = len(paths) == 1 and not paths[0].is_dir()  # a file alone: its error is the error
    files, skipped, seen = [], [], set()
    for path in paths:
        found, others = news_files(path) if path.is_dir() else ([path], None)
        if not found and not others:
            if len(paths) == 1:
                raise AccordInputError("the folder has no files to read", file=path)
            skipped.append(f"{path}: the folder has no files to read")
        skipped.extend([others] if others else [])
        for file in found:
            if file.resolve() in seen:
                skipped.append(f"{file}: named twice, read once")
                continue
            seen.add(file.resolve())
            files.append(file)
    docs = []
    for file in files:
        try:
            docs.extend(read_documents(file, lines=lines, max_mb=max_mb, skipped=left_out))
        except AccordInputError as err:
            if one:
                raise
            skipped.append(str(err))
    if not docs:
        reason = f" ({skipped[0]}{' ...' if len(skipped) > 1 else ''})" if skipped else ""
        raise AccordInputError(f"nothing could be read{reason}",
                               file=paths[0] if len(paths) == 1 else None)
    return _dated(docs, date), skipped


def actor_dictionary(actors, model):
    """The built-in actors, with the users' actor files (``--actors``) laid over them in turn
    and the scenario's parties; the files' warnings go to standard error."""
    from ..news import ActorDictionary
    from ..news.actor_files import load_actors

    dictionary = ActorDictionary.builtin()
    for path in actors:
        names, warnings = load_actors(path)
        for warning in warnings:
            typer.echo(f"accord: {warning}", err=True)
        dictionary = dictionary.with_actors(names)
    return dictionary.with_scenario(model) if model is not None else dictionary


def _check_options(out: Path | None, update: Path | None, dry_run: bool, date: str | None,
                   max_mb: float) -> None:
    """What the options name, checked before anything is read: a typo must not cost the
    reading of a folder of articles."""
    if out is not None:
        output_file(out, (".csv", ".parquet"), "--out", ".csv or .parquet")
    if update is not None and not dry_run:
        output_file(update, (".yaml", ".yml", ".json"), "--update", ".yaml, .yml or .json")
    if date is not None:
        from ..news.text import calendar_date

        if not _DATE.fullmatch(date) or calendar_date(*[*date.split("-"), "01"][:3]) is None:
            raise AccordInputError(f"not a date: {date!r} (YYYY-MM-DD, YYYY-MM or YYYY)",
                                   field="--date")
    if not max_mb > 0:
        raise AccordInputError(f"must be more than 0 MB, not {max_mb:g}", field="--max-mb")


def _dated(docs, date):
    if date is None:
        return docs
    from ..news.text import redated

    return [redated(d, date) for d in docs]


def read(
    sources: Annotated[list[str], typer.Argument(
        help="Text files, folders of them (read in the order given), or - (stdin).",
        metavar="FILE|DIR|-")],
    scenario: Annotated[Path | None, typer.Option(
        help="Scenario: its parties and aliases join the actors; stances and updates.")] = None,
    actors: Annotated[list[Path] | None, typer.Option(help=(
        "An actor dictionary laid over the built-in one: accord's YAML layout or PETRARCH's "
        ".txt (repeatable)."))] = None,
    lines: Annotated[bool, typer.Option("--lines", help="Each line is a document.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    out: Annotated[Path | None, typer.Option(help="Write events to a .csv or .parquet.")] = None,
    update: Annotated[Path | None, typer.Option(
        help="Write the scenario with the proposed changes to this file (.yaml, .yml or "
             ".json; it may be the --scenario file itself).")] = None,
    dry_run: Annotated[bool, typer.Option(
        "--dry-run", help="With --update: show the diff, write nothing.")] = False,
    timeline: Annotated[bool, typer.Option(
        "--timeline", help="A timeline across the articles, by date.")] = False,
    date: Annotated[str | None, typer.Option(
        help="Date of the report(s), in place of the one the text or the file name gives "
             "(YYYY-MM-DD, YYYY-MM or YYYY).")] = None,
    threat_shift: Annotated[float, typer.Option(min=-1, max=1,
        help="Walk-away shift for a party that threatens force.")] = 0.04,
    threatened_shift: Annotated[float, typer.Option(min=-1, max=1,
        help="Walk-away shift for the party threatened.")] = -0.05,
    min_confidence: Annotated[float, typer.Option(min=0, max=1,
        help="Least confidence for an event or stance to change the scenario.")] = 0.5,
    jobs: Annotated[int, typer.Option(min=1, help=(
        "Processes: with several documents each reads whole documents; one document is "
        "parsed by this many processes."))] = 1,
    max_mb: Annotated[float, typer.Option(
        help="Largest input read, in MB (more than 0).")] = 10.0,
    rules_only: Annotated[bool, typer.Option("--rules-only", help=(
        "Targets by the coder's rules alone: no learned choice of targets."))
        ] = False,
) -> None:
    """Code news reports: events (CAMEO, PLOVER), stances, talk status, scenario changes."""
    from ..io.detect import read_scenario
    from ..news import UpdateOptions, digest
    from ..news.arguments import RULES
    from ..news.nlp import NewsUnavailable

    if (update is None) and dry_run:
        raise input_failure(AccordInputError("--dry-run needs --update OUT.yaml"))
    if update is not None and scenario is None:
        raise input_failure(AccordInputError("--update needs --scenario"))
    unwritten = update is not None and not dry_run  # until it is written
    try:
        _check_options(out, update, dry_run, date, max_mb)
        options = UpdateOptions(threat_shift, threatened_shift, min_confidence=min_confidence)
        model = read_scenario(scenario) if scenario is not None else None
        docs, skipped = _documents(sources, lines, max_mb, date)
        for message in skipped:  # now, not after minutes of reading the rest
            typer.echo(f"accord: skipped {message}", err=True)
        dictionary = actor_dictionary(actors or (), model)
        readings = _read(docs, dictionary, jobs, RULES if rules_only else None, out,
                         update if unwritten else None)
        if out is not None:  # now: what was read is saved before anything else can fail
            table = _write_events(readings, out)
            typer.echo(f"wrote {len(table['document'])} events to {out}", err=True)
        result = digest(readings, model, dictionary, options)
        diff = None
        if update is not None:  # before any output: a failure here prints half of nothing
            from ..io.yaml_update import updated_output
            from ..news.updates import apply_updates, text_diff

            new = apply_updates(model, result.changes, readings)
            before, text, kept = updated_output(scenario, model, new, update)
            if dry_run:
                diff = text_diff(before, text, str(scenario), str(update))
        failed = None
        try:
            with printing():
                _print(result, as_json, diff, timeline)
        except AccordInputError as err:  # said once the updated scenario is written
            failed = err
        if unwritten:
            from ..io.yaml_update import write_text

            write_text(text, update)
            unwritten = False
            typer.echo(f"wrote the updated scenario to {update}"
                       + ("" if kept else
                          f" (written anew: {scenario}'s comments and layout are not kept)"),
                       err=True)
        if failed is not None:
            raise failed
    except AccordInputError as err:
        raise input_failure(err) from None
    except NewsUnavailable as err:
        typer.echo(f"accord: {err}", err=True)
        raise typer.Exit(1) from None
    except KeyboardInterrupt:  # (while reading, _read says what it saved)
        if not unwritten:
            raise
        typer.echo(f"accord: interrupted: {update} (the updated scenario) not written",
                   err=True)
        raise typer.Exit(130) from None


def _print(result, as_json: bool, diff: str | None, timeline: bool) -> None:
    """The digest on standard output: one JSON object (the diff in it), or tables and the
    diff after them."""
    if as_json:
        from ..report.json import to_json

        extra = {"diff": diff} if diff is not None else {}
        typer.echo(to_json(result, ensure_ascii=False, **extra))
    else:
        from rich.console import Console

        from ..report.news_text import render_digest

        render_digest(result, Console(width=140), show_timeline=timeline)
        if diff is not None:
            typer.echo(diff or "no changes")


def _read(docs, dictionary, jobs: int, targets, out: Path | None,
          update: Path | None) -> list:
    """The readings, each document's warnings printed as it is read. On Ctrl-C with
    ``--out``, the documents read to their end are written there (atomically: a file
    already there is replaced only by a complete one) and the command exits 130, saying
    what was written and what was not (``update``: the scenario --update would write)."""
    from ..news import read_news

    readings = []
    try:
        for reading in read_news(docs, dictionary, jobs=jobs, targets=targets):
            for problem in reading.problems:
                typer.echo(f"accord: warning: {reading.name}: {problem}", err=True)
            readings.append(reading)
    except KeyboardInterrupt:
        if out is None:  # (read() says that the scenario was not written)
            raise
        unwritten = f"; {update} (the updated scenario) not written" if update else ""
        if not readings:
            typer.echo(f"accord: interrupted: no document was read to its end (a file is "
                       f"one, a line with --lines); {out} not written{unwritten}", err=True)
            raise typer.Exit(130) from None
        try:
            table = _write_events(readings, out)
        except AccordInputError as err:
            typer.echo(f"accord: interrupted, and {err}{unwritten}", err=True)
            raise typer.Exit(130) from None
        typer.echo(f"accord: interrupted: wrote the {len(readings)} documents read to their "
                   f"end ({len(table['document'])} events) to {out}{unwritten}", err=True)
        raise typer.Exit(130) from None
    return readings


def _write_events(readings, out: Path) -> dict:
    """The events table written to ``out`` (CSV or typed Parquet, replaced atomically)."""
    from ..io.results import write_table
    from ..news.export import TYPES, event_table

    table = event_table(readings)
    writing(out, write_table, table, out, TYPES)
    return table
