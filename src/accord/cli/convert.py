"""``accord convert`` and ``accord validate``: move scenarios between formats, check them.

The formats are :mod:`accord.io`'s (:func:`~accord.io.detect.write_scenario` decides by the
output path); the summary is :mod:`accord.report`'s. Bad input prints one line on stderr and
exits with status 2.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..errors import AccordInputError
from .failure import input_failure, report_warnings


def convert(
    src: Annotated[Path, typer.Argument(help="YAML/JSON scenario or GENIUS domain folder.")],
    dst: Annotated[
        Path, typer.Argument(help="Output: a .yaml/.yml/.json file, or a GENIUS folder.")
    ],
) -> None:
    """Convert a scenario between accord YAML and a GENIUS domain folder."""
    from ..io import read_with_warnings, write_scenario

    try:
        scenario, warnings = read_with_warnings(src)
    except AccordInputError as err:
        raise input_failure(err) from None
    report_warnings(warnings)  # what was read leniently goes into the output as read
    try:
        written = write_scenario(scenario, dst)
    except AccordInputError as err:
        if err.file is None:  # a field of the scenario the output format cannot hold
            err = AccordInputError(err.message, file=src, field=err.field)
        raise input_failure(err) from None
    typer.echo(f"{scenario.name}: wrote {', '.join(str(p) for p in written)}")


def validate(
    file: Annotated[Path, typer.Argument(help="YAML/JSON scenario or GENIUS domain folder.")],
) -> None:
    """Check a scenario and print what it holds: issues, outcomes and parties."""
    from ..io import read_with_warnings
    from ..negotiation.lineup import check_agents
    from ..report.scenario_text import scenario_summary

    try:
        scenario, warnings = read_with_warnings(file, checks=[check_agents])
    except AccordInputError as err:
        raise input_failure(err) from None
    report_warnings(warnings)
    for line in scenario_summary(scenario):
        typer.echo(line)
