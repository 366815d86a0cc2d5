"""``accord report``: one self-contained HTML briefing of a scenario (and a PDF of it).

A thin shell over :func:`accord.report.briefing.build_briefing`,
:func:`accord.report.html.render_report`, :func:`accord.io.files.write_atomic` and
:func:`accord.io.pdf.print_pdf`. Bad input (a scenario, an option, a missing PDF engine)
prints one line on stderr and exits with status 2 before any work; the files are written
whole or not at all, Ctrl-C included.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Annotated

import typer

from ..errors import AccordInputError
from .failure import input_failure, report_warnings
from .forecast import ModelName
from .options import output_file, writing

__all__ = ["report"]


def report(
    scenario: Annotated[Path, typer.Argument(help="YAML scenario or GENIUS domain folder.")],
    out: Annotated[Path, typer.Option(help="The HTML file to write.")] = Path("report.html"),
    simulate: Annotated[
        str | None,
        typer.Option(
            metavar="AGENTS",
            help="Add a simulated round: one agent per negotiating party, comma-separated "
            "(as for simulate --agents), or 'scenario' for the agents the scenario names.",
        ),
    ] = None,
    forecast: Annotated[
        bool, typer.Option("--forecast", help="Add a forecast of the stakeholders.")
    ] = False,
    robust: Annotated[
        bool, typer.Option("--robust", help="Add the analysis under the declared uncertainty.")
    ] = False,
    pdf: Annotated[
        bool, typer.Option("--pdf", help="Also print the report to PDF (needs Chromium).")
    ] = False,
    news: Annotated[
        list[str] | None,
        typer.Option(help="Articles for the news timeline: a text file or a folder of them "
                     "(repeatable; read as accord read does)."),
    ] = None,
    pair: Annotated[
        str | None,
        typer.Option(help="The two parties the utility-space chart shows, A,B."),
    ] = None,
    draws: Annotated[int, typer.Option(min=1, help="Monte Carlo draws (--robust).")] = 10_000,
    rounds: Annotated[int, typer.Option(min=1, help="Deadline in rounds (--simulate).")] = 100,
    model: Annotated[ModelName | None, typer.Option(
        help="Forecasting model (--forecast; default: accord forecast's, the position choice).")
    ] = None,
    runs: Annotated[
        int, typer.Option(min=1, help="Monte Carlo runs of the forecast (1 = none).")
    ] = 200,
    seed: Annotated[int, typer.Option(min=0, help="Seed for every random choice.")] = 0,
    jobs: Annotated[int, typer.Option(min=1, help="Threads / processes for Monte Carlo.")] = 1,
) -> None:
    """Write a shareable HTML briefing: scenario, analysis, and on request the robust
    analysis, a simulated round and a forecast. It opens with no network."""
    from ..io.files import write_atomic
    from ..io.pdf import INSTALL_HINT, pdf_engine, print_pdf
    from ..news.nlp import NewsUnavailable
    from ..report.briefing import build_briefing
    from ..report.html import render_report

    start = time.perf_counter()
    try:
        output_file(out, {".html", ".htm"}, "--out")
        pdf_path = out.with_suffix(".pdf")
        engine = pdf_engine() if pdf else None
        if pdf and engine is None:
            raise AccordInputError(INSTALL_HINT, field="--pdf")
        articles = [doc for source in news or () for doc in _articles(source)]
        briefing = build_briefing(
            scenario, robust=robust, draws=draws, simulate=simulate, rounds=rounds,
            forecast=_forecast_settings(forecast, model, runs),
            news=articles, pair=pair, seed=seed, jobs=jobs,
        )
        report_warnings(briefing.warnings)
        page = render_report(briefing)
        writing(out, write_atomic, out, page)
        if pdf:
            print_pdf(out, pdf_path, engine=engine)
    except (AccordInputError, ImportError) as err:
        raise input_failure(err) from None
    except NewsUnavailable as err:  # as accord read: the news extra is not installed
        typer.echo(f"accord: {err}", err=True)
        raise typer.Exit(1) from None
    took = time.perf_counter() - start
    typer.echo(f"wrote {out} ({len(page.encode('utf-8')) / 1e6:.1f} MB) in {took:.1f} s")
    if pdf:
        typer.echo(f"wrote {pdf_path} ({pdf_path.stat().st_size / 1e6:.1f} MB)")


def _articles(source: str) -> list:
    """The documents of one ``--news`` file or folder; files a folder holds that cannot be
    read are reported and skipped, as by ``accord read``."""
    from .read import _documents

    docs, skipped = _documents(source, lines=False, max_mb=10.0, date=None)
    for message in skipped:
        typer.echo(f"accord: skipped {message}", err=True)
    return docs


def _forecast_settings(wanted: bool, model: ModelName | None, runs: int):
    """``accord forecast``'s defaults: its default model, the scenario's declared
    uncertainty (else the default spreads)."""
    from ..report.briefing import ForecastSettings

    if not wanted:
        return False
    return ForecastSettings(runs=runs) if model is None else ForecastSettings(model.value, runs)
