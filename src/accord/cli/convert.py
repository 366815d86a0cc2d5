"""``accord convert`` and ``accord validate``: move scenarios between formats, check them.

A path that is a folder is a GENIUS domain folder; a ``.yaml``/``.yml``/``.json`` file is
accord's own format. An output path that does not exist yet is decided by its suffix: one of
those three, or none at all for a new GENIUS folder; any other suffix (``x.txt``, ``x.xml``)
is refused rather than guessed. Bad input prints one line on stderr and exits with status 2.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from ..errors import AccordInputError
from ..io import read_scenario, read_with_warnings
from ..io.detect import YAML_SUFFIXES
from ..model import Scenario
from .failure import input_failure, report_warnings


def convert(
    src: Annotated[Path, typer.Argument(help="YAML/JSON scenario or GENIUS domain folder.")],
    dst: Annotated[
        Path, typer.Argument(help="Output: a .yaml/.yml/.json file, or a GENIUS folder.")
    ],
) -> None:
    """Convert a scenario between accord YAML and a GENIUS domain folder."""
    try:
        scenario = read_scenario(src)
        written = _write(scenario, dst)
    except AccordInputError as err:
        raise input_failure(err) from None
    typer.echo(f"{scenario.name}: wrote {', '.join(str(p) for p in written)}")


def validate(
    file: Annotated[Path, typer.Argument(help="YAML/JSON scenario or GENIUS domain folder.")],
) -> None:
    """Check a scenario and print what it holds: issues, outcomes and parties."""
    from ..negotiation.lineup import check_agents

    try:
        scenario, warnings = read_with_warnings(file, checks=[check_agents])
    except AccordInputError as err:
        raise input_failure(err) from None
    report_warnings(warnings)
    for line in summary(scenario):
        typer.echo(line)


def summary(scenario: Scenario) -> list[str]:
    """A few lines on what a scenario holds, for ``accord validate``."""
    issues = ", ".join(f"{name} ({issue.n_options})" for name, issue in scenario.issues.items())
    parties = ", ".join(
        f"{key} ({p.role}, {p.utility_kind}{_agent(p)})" for key, p in scenario.parties.items()
    )
    return [
        f"scenario: {scenario.name}",
        f"issues: {len(scenario.issues)}: {issues}",
        f"outcomes: {scenario.space.size:,}",
        f"parties: {len(scenario.parties)}: {parties}",
    ]


def _agent(party) -> str:
    from ..negotiation.lineup import agent_spec

    return "" if party.agent is None else f", agent {agent_spec(party.agent)}"


def _write(scenario: Scenario, dst: Path) -> list[Path]:
    suffix = dst.suffix.lower()
    if not dst.is_dir() and suffix and suffix not in YAML_SUFFIXES:
        raise AccordInputError(
            f"unknown output format {suffix!r}: write a .yaml, .yml or .json file, or a GENIUS "
            "domain folder (an existing folder, or a new name without a suffix)",
            file=dst,
        )
    if suffix in YAML_SUFFIXES and not dst.is_dir():
        from ..io.yaml import dump_scenario

        text = dump_scenario(scenario)
        if dst.suffix.lower() == ".json":
            import yaml

            text = json.dumps(yaml.safe_load(text), indent=2, ensure_ascii=False) + "\n"
        try:
            dst.write_text(text, encoding="utf-8")
        except OSError as err:
            raise AccordInputError(f"cannot write: {err.strerror or err}", file=dst) from None
        return [dst]
    from ..io.genius import write_genius

    try:
        return write_genius(scenario, dst)
    except OSError as err:
        raise AccordInputError(f"cannot write: {err.strerror or err}", file=dst) from None
