"""The dashboard's pages and JSON endpoints: each reads the request, calls the library on the
scenario's cached compiled problem, and answers with its numbers.

Handlers are plain functions: Starlette runs them in its thread pool, so a simulation does
not hold up the sliders of another tab.
"""

from __future__ import annotations

import math
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, Response
from starlette.templating import Jinja2Templates

from ..analysis import analyze
from ..analysis.whatif import adjusted, robust_what_if
from ..errors import AccordInputError
from ..io.yaml import parse_scenario
from ..report.diagnosis_text import diagnosis_lines, opening
from .catalog import Catalog, Entry
from .payloads import (
    Json,
    analysis_payload,
    forecast_payload,
    robust_payload,
    simulation_payload,
    whatif_figure,
    whatif_payload,
)
from .security import error_response, save_path

__all__ = ["Pages"]

TEMPLATES = Path(__file__).parent / "templates"
MAX_ROUNDS = 1000
MAX_FORECAST_RUNS = 200
MAX_DRAWS = 20_000
MODEL_TITLES = {"smp": "SMP (KTAB)", "eum": "expected utility (EUM)", "mean": "weighted mean",
                "median": "weighted median", "exchange": "exchange (equal gain)",
                "exchange-random": "exchange (random rate)", "choice": "position choice"}
"""How the forecast form names the models; one it does not know shows its own name."""


class Pages:
    """Handlers bound to one catalogue of scenarios."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self.templates = Jinja2Templates(directory=str(TEMPLATES))
        self.templates.env.globals["opening"] = opening  # the issue table's wording

    # -- helpers ------------------------------------------------------------------------

    def _entry(self, request: Request) -> Entry:
        entry = self.catalog.get(request.path_params["sid"])
        if entry is None:
            raise LookupError
        return entry

    # -- pages --------------------------------------------------------------------------

    def index(self, request: Request) -> Response:
        return self.templates.TemplateResponse(
            request, "index.html", {"entries": list(self.catalog)})

    def scenario_page(self, request: Request) -> Response:
        entry = self.catalog.get(request.path_params["sid"])
        if entry is None:
            return self.templates.TemplateResponse(
                request, "missing.html", {"entries": list(self.catalog)}, status_code=404)
        from ..forecast.montecarlo import DEFAULT_MODEL, MODELS
        from ..model.uncertainty import uncertain_parameters
        from ..negotiation.agents import AGENTS
        from ..negotiation.lineup import lineup

        context: dict[str, Any] = {"entry": entry, "entries": list(self.catalog)}
        config: dict[str, Any] = {"id": entry.id, "editable": entry.editable}
        try:
            problem = entry.problem
            context.update(
                analysis=entry.analysis, problem=problem, warnings=entry.warnings,
                diagnosis=diagnosis_lines(entry.analysis), agents=sorted(AGENTS),
                lineup=_lineup(lineup, problem.scenario, problem.n_parties),
                uncertain=len(uncertain_parameters(problem.scenario)),
                forecast_models=MODELS, default_model=DEFAULT_MODEL, model_titles=MODEL_TITLES)
            config.update(parties=list(problem.parties), names=list(problem.names),
                          issues=list(problem.space.names))
        except AccordInputError as err:
            context["load_error"] = err
        context["config"] = config
        return self.templates.TemplateResponse(request, "scenario.html", context)

    # -- JSON ---------------------------------------------------------------------------

    def scenarios(self, request: Request) -> Json:
        return Json([
            {"id": e.id, "title": e.title(), "file": e.path.name, "url": f"/s/{e.id}"}
            for e in self.catalog
        ])

    def analysis(self, request: Request) -> Json:
        entry = self._entry(request)
        return Json(analysis_payload(entry.analysis))

    def whatif(self, request: Request, body: dict) -> Json:
        entry = self._entry(request)
        start, cpu = time.perf_counter(), time.thread_time()
        problem = _changed(entry.problem, body)
        pair = _pair(body.get("pair"), problem.n_parties)
        result = analyze(problem)
        chart = whatif_figure(result, pair)
        return Json(whatif_payload(result, chart, 1000 * (time.perf_counter() - start),
                                   1000 * (time.thread_time() - cpu)))

    def robust(self, request: Request, body: dict) -> Json:
        entry = self._entry(request)
        start = time.perf_counter()
        problem = _changed(entry.problem, body)
        scale = _number(body.get("scale", 1.0), "scale")
        draws = _integer(body.get("draws", 1000), "draws", 100, MAX_DRAWS)
        seed = _integer(body.get("seed", 0), "seed", 0, 2**32 - 1)
        result = robust_what_if(problem, scale=scale, draws=draws, seed=seed)
        return Json(robust_payload(result, 1000 * (time.perf_counter() - start)))

    def simulate(self, request: Request, body: dict) -> Json:
        from ..negotiation import negotiate
        from ..negotiation.agents import AGENTS
        from ..negotiation.config import NegotiationConfig

        entry = self._entry(request)
        problem = entry.problem
        agents = body.get("agents")
        if agents is not None:
            if not isinstance(agents, list) or len(agents) != problem.n_parties:
                raise AccordInputError(
                    f"give one agent per negotiating party ({problem.n_parties})",
                    field="agents")
            for name in agents:
                if name not in AGENTS:  # built-in names only: never import code from a page
                    raise AccordInputError(f"unknown agent {name!r}", field="agents")
        rounds = _integer(body.get("rounds", 100), "rounds", 1, MAX_ROUNDS)
        seed = _integer(body.get("seed", 0), "seed", 0, 2**32 - 1)
        config = NegotiationConfig(rounds=rounds, seed=seed, time_limit=30.0,
                                   dynamics=bool(body.get("dynamics", True)))
        run = negotiate(problem, agents, config)
        return Json(simulation_payload(run, problem))

    def forecast(self, request: Request, body: dict) -> Json:
        from ..forecast import monte_carlo, run_model
        from ..forecast.montecarlo import DEFAULT_MODEL, DEFAULT_SPREADS, MODELS, run_uncertainty
        from ..model.stakeholders import stakeholders_from_scenario

        entry = self._entry(request)
        model = body.get("model", DEFAULT_MODEL)
        if model not in MODELS:
            raise AccordInputError(f"unknown model {model!r}; one of {', '.join(MODELS)}",
                                   field="model")
        runs = _integer(body.get("runs", 1), "runs", 1, MAX_FORECAST_RUNS)
        seed = _integer(body.get("seed", 0), "seed", 0, 2**32 - 1)
        stakeholders = stakeholders_from_scenario(entry.problem, source=entry.path)
        result = run_model(model, stakeholders, seed=seed)
        mc = drawn = None
        if runs > 1:
            # spreads the page gives, else the scenario's declarations (as accord forecast)
            spread = {name: _number(body[name], name) if name in body else None
                      for name in DEFAULT_SPREADS}
            try:
                uncertainty, drawn = run_uncertainty(stakeholders, entry.problem, **spread)
            except ValueError as err:
                raise AccordInputError(str(err), field="spread") from None
            mc = monte_carlo(stakeholders, uncertainty, model=model, runs=runs, seed=seed)
        return Json(forecast_payload(result, mc, drawn))

    def yaml_text(self, request: Request) -> Response:
        entry = self._entry(request)
        if not entry.editable:
            return error_response(400, "a GENIUS domain folder is not edited as text")
        return Json({"text": entry.path.read_text(encoding="utf-8"), "file": str(entry.path)})

    def validate(self, request: Request, body: dict) -> Json:
        entry = self._entry(request)
        text = _text(body)
        try:
            scenario = parse_scenario(text, source=entry.path.name)
        except AccordInputError as err:
            return Json({"valid": False, "error": err.format(), "message": err.message,
                         "line": err.line, "field": err.field})
        return Json({"valid": True, "scenario": scenario.name,
                     "issues": len(scenario.issues), "parties": len(scenario.parties)})

    def save(self, request: Request, body: dict) -> Json:
        self._entry(request)
        text = _text(body)
        path = save_path(body.get("path"), [e.path for e in self.catalog],
                         body.get("overwrite") is True)
        parse_scenario(text, source=path.name)  # never write a scenario that does not read
        try:
            path.write_text(text, encoding="utf-8")
        except OSError as err:
            raise AccordInputError(f"cannot write: {err.strerror or err}", file=path) from None
        saved = self.catalog.add(path)
        return Json({"saved": str(path), "id": saved.id, "url": f"/s/{saved.id}"})

    def report(self, request: Request) -> Response:
        """The HTML report (``accord report``) of the scenario as given, built on request:
        ``?robust=1&draws=N&simulate=1&forecast=1&runs=N``; ``download=1`` saves it."""
        from ..report.briefing import SCENARIO_LINEUP, ForecastSettings, build_briefing
        from ..report.html import render_report

        entry = self._entry(request)
        query = request.query_params
        wanted = {k: query.get(k, "1") not in ("0", "false", "no", "")
                  for k in ("robust", "simulate", "forecast")}
        draws = _integer(_query_int(query, "draws", 2000), "draws", 100, MAX_DRAWS)
        runs = _integer(_query_int(query, "runs", 50), "runs", 2, MAX_FORECAST_RUNS)
        briefing = build_briefing(
            entry.path, robust=wanted["robust"], draws=draws,
            simulate=SCENARIO_LINEUP if wanted["simulate"] else None,
            forecast=ForecastSettings(runs=runs) if wanted["forecast"] else False)
        headers = {}
        if query.get("download") == "1":
            headers["Content-Disposition"] = f'attachment; filename="{entry.id}-report.html"'
        return HTMLResponse(render_report(briefing), headers=headers)

    def plotly_js(self, request: Request) -> FileResponse:
        """plotly.js from the installed plotly package: the page needs no network."""
        import plotly

        path = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"
        return FileResponse(path, media_type="text/javascript")


def _lineup(lineup, scenario, n: int) -> list[str]:
    """The agents the scenario names (or the default), or '?' when its line-up is bad."""
    try:
        return list(lineup(scenario))
    except AccordInputError:
        return ["?"] * n


def _number(value: object, field: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise AccordInputError(f"{value!r} is not a finite number", field=field)
    return float(value)


def _numbers(values: object, field: str) -> dict[str, float]:
    if not isinstance(values, Mapping):
        raise AccordInputError("must map names to numbers", field=field)
    return {str(key): _number(value, f"{field}.{key}") for key, value in values.items()}


def _query_int(query, name: str, default: int) -> int:
    text = query.get(name)
    if text is None:
        return default
    try:
        return int(text)
    except ValueError:
        raise AccordInputError(f"must be an integer, not {text!r}", field=name) from None


def _integer(value: object, field: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise AccordInputError(f"must be an integer from {low} to {high}, not {value!r}",
                               field=field)
    return value


def _changed(problem, body: dict):
    """The problem with the request's walk-away values and weights (what the sliders say)."""
    reservation = _numbers(body.get("reservation") or {}, "reservation")
    weights = body.get("weights") or {}
    if not isinstance(weights, Mapping):
        raise AccordInputError("must map each party to its issue weights", field="weights")
    return adjusted(problem, reservation,
                    {p: _numbers(w, f"weights.{p}") for p, w in weights.items()})


def _pair(value: object, n: int) -> tuple[int, int]:
    if value is None:
        return (0, 1)
    if (not isinstance(value, list) or len(value) != 2
            or not all(isinstance(v, int) and not isinstance(v, bool) and 0 <= v < n
                       for v in value) or value[0] == value[1]):
        raise AccordInputError(f"must be two different party positions below {n}", field="pair")
    return (value[0], value[1])


def _text(body: dict) -> str:
    text = body.get("text")
    if not isinstance(text, str):
        raise AccordInputError("the scenario text is missing", field="text")
    return text
