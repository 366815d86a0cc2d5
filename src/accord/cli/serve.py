"""``accord serve``: the local web dashboard over the given scenarios (see
:mod:`accord.web`)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .failure import input_failure

__all__ = ["serve"]


def serve(
    paths: Annotated[
        list[Path],
        typer.Argument(help="YAML scenarios, GENIUS domain folders, or a folder of scenarios."),
    ],
    host: Annotated[
        str, typer.Option(help="Address to listen on; the default serves this machine only.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
) -> None:
    """A local web dashboard: analysis, what-if sliders, simulation, forecast, YAML editing."""
    import uvicorn

    from ..errors import AccordInputError
    from ..web import create_app, scenario_paths
    from ..web.app import LOCAL_HOSTS

    try:
        found = scenario_paths(paths)
    except AccordInputError as err:
        raise input_failure(err) from None
    if host not in LOCAL_HOSTS:
        typer.echo(f"accord: warning: serving on {host}: other machines can reach this "
                   "dashboard and its save-as", err=True)
    app = create_app(found, hosts=() if host in ("0.0.0.0", "::") else (host,))
    typer.echo(f"accord: serving {len(found)} scenario(s) on http://{_url_host(host)}:{port}/ "
               "(Ctrl-C to stop)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host
