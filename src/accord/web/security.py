"""What keeps a local dashboard local: request limits, same-origin writes, no tracebacks,
and saving only where the user says.

A page on another site can make the browser send requests to ``127.0.0.1``; it cannot read
the answers, but it could change things. So every request must name this server in its
``Host`` header (no DNS rebinding), every ``POST`` must be JSON (a cross-site form cannot
send it without a preflight that this server never grants) and carry no foreign ``Origin``.
Bodies are capped, and errors answer with a message, never a traceback.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..errors import AccordInputError

__all__ = ["MAX_BODY", "LocalOnly", "error_response", "input_error", "internal_error",
           "save_path"]

MAX_BODY = 1 << 20
"""Largest request body accepted (1 MiB: a scenario file is tens of kilobytes)."""

log = logging.getLogger("accord.web")


def error_response(status: int, text: str, **extra: object) -> JSONResponse:
    """``{"error": text, ...extra}`` with the given status."""
    return JSONResponse({"error": text, **extra}, status_code=status)


class LocalOnly:
    """ASGI middleware: refuse foreign hosts and origins, non-JSON posts and large bodies."""

    def __init__(self, app: ASGIApp, hosts: frozenset[str], max_body: int = MAX_BODY) -> None:
        self.app = app
        self.hosts = hosts
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        host = headers.get("host", "")
        if _hostname(host) not in self.hosts:
            await error_response(403, f"host {host!r} is not this server")(scope, receive, send)
            return
        origin = headers.get("origin")
        if origin is not None and origin != "null" and _hostname(origin) not in self.hosts:
            await error_response(403, "cross-origin request refused")(scope, receive, send)
            return
        if scope["method"] not in ("GET", "HEAD", "POST"):
            await error_response(405, f"method {scope['method']} not allowed")(
                scope, receive, send)
            return
        if scope["method"] == "POST":
            kind = headers.get("content-type", "").split(";")[0].strip().lower()
            if kind != "application/json":
                await error_response(415, "requests must be JSON (application/json)")(
                    scope, receive, send)
                return
        length = headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_body):
            await _too_large(self.max_body)(scope, receive, send)
            return
        await self.app(scope, _capped(receive, self.max_body), send)


class BodyTooLarge(Exception):
    """A streamed body grew past the limit its headers did not announce."""


def _capped(receive: Receive, limit: int) -> Receive:
    seen = 0

    async def wrapped() -> Message:
        nonlocal seen
        message = await receive()
        if message["type"] == "http.request":
            seen += len(message.get("body", b""))
            if seen > limit:
                raise BodyTooLarge
        return message

    return wrapped


def _too_large(limit: int) -> JSONResponse:
    return error_response(413, f"request body larger than {limit // 1024} KiB")


def _hostname(value: str) -> str:
    """``localhost`` from ``localhost:8000`` or ``http://localhost:8000``; IPv6 unbracketed."""
    value = value.partition("://")[2] if "://" in value else value
    value = value.split("/")[0]
    if value.startswith("["):
        return value[1:].partition("]")[0]
    return value.rpartition(":")[0] if ":" in value else value


async def input_error(request: Request, err: Exception) -> JSONResponse:
    """Bad input: the library's message with its file, line and field."""
    if isinstance(err, AccordInputError):
        return error_response(400, err.format(), message=err.message, file=err.file,
                              line=err.line, field=err.field)
    return error_response(400, str(err))


async def internal_error(request: Request, err: Exception) -> JSONResponse:
    """Anything else: logged here with its traceback, answered with one plain line."""
    if isinstance(err, BodyTooLarge):
        return _too_large(MAX_BODY)
    log.error("internal error on %s %s", request.method, request.url.path, exc_info=err)
    return error_response(500, f"internal error ({type(err).__name__}); see the server's log")


async def json_body(request: Request) -> dict:
    """The request's JSON object; AccordInputError for anything else."""
    try:
        body = json.loads(await request.body())
    except (ValueError, UnicodeDecodeError):
        raise AccordInputError("the request body is not valid JSON") from None
    if not isinstance(body, dict):
        raise AccordInputError("the request body must be a JSON object")
    return body


def save_path(text: object, originals: list[Path], overwrite: bool) -> Path:
    """Where a "save as" may write: an explicit ``.yaml``/``.yml`` path given by the user,
    never a served scenario's own file, and an existing file only with ``overwrite``."""
    if not isinstance(text, str) or not text.strip():
        raise AccordInputError("name the file to save to (save as): no path given",
                               field="path")
    path = Path(text.strip()).expanduser()
    if not path.is_absolute():
        raise AccordInputError(f"give an absolute path, not {text!r}", field="path")
    path = path.resolve()
    if path.suffix.lower() not in (".yaml", ".yml"):
        raise AccordInputError("save as a .yaml or .yml file", field="path")
    if any(path == original for original in originals):
        raise AccordInputError(
            f"{path} is the scenario as given; save the edit under another name",
            field="path")
    if path.is_dir():
        raise AccordInputError(f"{path} is a folder", field="path")
    if path.exists() and not overwrite:
        raise AccordInputError(f"{path} exists; tick 'overwrite' to replace it", field="path")
    if not path.parent.is_dir():
        raise AccordInputError(f"no such folder: {path.parent}", field="path")
    return path
