"""The dashboard as an ASGI application: routes, static files and the local-only guard.

``create_app(paths)`` serves exactly the scenarios at ``paths`` (see
:func:`~accord.web.catalog.scenario_paths`); ``accord serve`` runs it under uvicorn.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from pathlib import Path

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from ..errors import AccordInputError
from .catalog import Catalog
from .routes import Pages
from .security import (
    MAX_BODY,
    BodyTooLarge,
    LocalOnly,
    error_response,
    input_error,
    internal_error,
    json_body,
)

__all__ = ["LOCAL_HOSTS", "create_app"]

STATIC = Path(__file__).parent / "static"
LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})


class ServerTiming:
    """ASGI middleware: a ``Server-Timing: app;dur=MS`` header on every response, the time
    from the request's arrival to its answer, rendered body included (the dashboard shows
    it; ``benchmarks/bench_serve.py`` reports it)."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start = time.perf_counter()

        async def timed(message) -> None:
            if message["type"] == "http.response.start":
                ms = 1000 * (time.perf_counter() - start)
                timing = (b"server-timing", f"app;dur={ms:.2f}".encode())
                headers = [*message.get("headers", []), timing]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, timed)


def _get(handler: Callable[[Request], Response]) -> Callable[[Request], Response]:
    def endpoint(request: Request) -> Response:
        try:
            return handler(request)
        except LookupError:
            return error_response(404, "no such scenario on this server")

    return endpoint


def _post(handler: Callable[[Request, dict], Response]):
    async def endpoint(request: Request) -> Response:
        from starlette.concurrency import run_in_threadpool

        body = await json_body(request)
        try:
            return await run_in_threadpool(handler, request, body)
        except LookupError:
            return error_response(404, "no such scenario on this server")

    return endpoint


def _favicon(request: Request) -> Response:
    """Browsers ask for it on every page (the report's too)."""
    from starlette.responses import FileResponse

    return FileResponse(STATIC / "favicon.svg", media_type="image/svg+xml")


def create_app(
    paths: Iterable[str | Path],
    *,
    hosts: Iterable[str] = (),
    max_body: int = MAX_BODY,
) -> Starlette:
    """The dashboard over the scenarios at ``paths``; ``hosts`` are names besides the
    loopback ones under which the server may be reached (``--host``)."""
    pages = Pages(Catalog(paths))
    routes = [
        Route("/", _get(pages.index)),
        Route("/s/{sid}", _get(pages.scenario_page)),
        Route("/s/{sid}/report.html", _get(pages.report)),
        Route("/api/scenarios", _get(pages.scenarios)),
        Route("/api/s/{sid}/analysis", _get(pages.analysis)),
        Route("/api/s/{sid}/yaml", _get(pages.yaml_text)),
        Route("/api/s/{sid}/whatif", _post(pages.whatif), methods=["POST"]),
        Route("/api/s/{sid}/robust", _post(pages.robust), methods=["POST"]),
        Route("/api/s/{sid}/simulate", _post(pages.simulate), methods=["POST"]),
        Route("/api/s/{sid}/forecast", _post(pages.forecast), methods=["POST"]),
        Route("/api/s/{sid}/validate", _post(pages.validate), methods=["POST"]),
        Route("/api/s/{sid}/save", _post(pages.save), methods=["POST"]),
        Route("/static/plotly.min.js", _get(pages.plotly_js)),
        Route("/favicon.ico", _favicon),
        Mount("/static", StaticFiles(directory=str(STATIC)), name="static"),
    ]
    app = Starlette(
        routes=routes,
        middleware=[
            Middleware(ServerTiming),
            Middleware(LocalOnly, hosts=LOCAL_HOSTS | frozenset(hosts), max_body=max_body),
        ],
        exception_handlers={
            AccordInputError: input_error,
            BodyTooLarge: internal_error,
            Exception: internal_error,
        },
    )
    app.state.pages = pages
    return app
