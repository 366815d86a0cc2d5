"""accord's native scenario format: YAML validated against :class:`~accord.model.Scenario`.

Errors name the file, the line and the field (``gaza.yaml:42: parties.israel.weights.hostages:
must be >= 0``). The format is documented in ``docs/scenario-format.md``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from ..errors import AccordInputError
from ..model import ModelWarning, Scenario, ScenarioError, lint
from .files import read_text_file

__all__ = [
    "Check",
    "apply_checks",
    "dump_scenario",
    "key_lines",
    "load_scenario",
    "load_scenario_with_warnings",
    "parse_scenario",
    "scenario_json_schema",
]

Path_ = tuple[str | int, ...]


Check = Callable[[Scenario], object]
"""A further check of a valid scenario, by a layer above the model (the negotiation layer's
agent names, for instance): it raises :class:`~accord.model.ScenarioError` at a path, which
the reader turns into ``file:line: field: message`` like any other error."""


def load_scenario(path: str | Path, checks: Sequence[Check] = ()) -> Scenario:
    """Read and validate a YAML (or JSON) scenario file, then run ``checks`` on it."""
    return parse_scenario(read_text_file(path, (), "scenario"), source=path, checks=checks)


def load_scenario_with_warnings(
    path: str | Path, checks: Sequence[Check] = ()
) -> tuple[Scenario, tuple[ModelWarning, ...]]:
    """:func:`load_scenario`, plus :func:`accord.model.lint`'s findings at their lines."""
    scenario, lines = _parse(read_text_file(path, (), "scenario"), path, checks)
    places = {key: (str(path), line, None) for key, line in lines.items()}
    return scenario, lint(scenario, places)


def parse_scenario(
    text: str, source: str | Path = "<string>", checks: Sequence[Check] = ()
) -> Scenario:
    """Validate scenario text, then run ``checks`` on it; every error points at its line."""
    return _parse(text, source, checks)[0]


def _parse(
    text: str, source: str | Path, checks: Sequence[Check] = ()
) -> tuple[Scenario, dict[Path_, int]]:
    """The validated (and checked) scenario and the line of every key and item in the text."""
    try:
        root, data = _load(text)
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line = mark.line + 1 if mark else None
        raise AccordInputError(f"YAML syntax: {err.problem}", file=source, line=line) from None
    except yaml.YAMLError as err:
        raise AccordInputError(f"YAML syntax: {err}", file=source) from None
    if root is None:
        raise AccordInputError("the file is empty", file=source, line=1)
    lines: dict[Path_, int] = {}
    _index_lines(root, (), lines, source)
    if not isinstance(data, dict):
        raise AccordInputError("a scenario is a mapping of fields", file=source, line=1)
    try:
        scenario = Scenario.model_validate(data)
    except ValidationError as err:
        raise _located(err, lines, source) from None
    return apply_checks(scenario, checks, source, lines), lines


def _yaml12_booleans(loader: type) -> type:
    """``loader`` with YAML 1.2's booleans: only ``true`` and ``false`` (in any of their
    three cases). PyYAML follows YAML 1.1, where ``yes``, ``no``, ``on`` and ``off`` are
    booleans too, so options called ``no`` and ``yes`` became false and true, and a
    position ``yes`` the number 1 (an option index); editors and JSON Schema validators read
    them as words, as accord does with this loader."""
    bool_tag = "tag:yaml.org,2002:bool"
    resolvers = {
        first: [(tag, regexp) for tag, regexp in pairs if tag != bool_tag]
        for first, pairs in loader.yaml_implicit_resolvers.items()
    }
    subclass = type(f"Yaml12{loader.__name__}", (loader,), {"yaml_implicit_resolvers": resolvers})
    subclass.add_implicit_resolver(
        bool_tag, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
    )
    return subclass


_SAFE_LOADER = _yaml12_booleans(yaml.SafeLoader)
_FAST_LOADER = (
    _yaml12_booleans(yaml.CSafeLoader) if getattr(yaml, "CSafeLoader", None) else None
)


def _load(text: str) -> tuple[yaml.Node | None, Any]:
    """The node tree (for the lines) and the data of ``text``, parsed once: by libyaml
    where PyYAML has it (ten times faster), else, or to word an error, by PyYAML's own
    parser; with YAML 1.2's booleans either way."""
    if _FAST_LOADER is not None:
        try:
            return _compose_and_construct(_FAST_LOADER(text))
        except yaml.YAMLError:
            pass  # the pure-Python parser says what is wrong, as it always has
    return _compose_and_construct(_SAFE_LOADER(text))


def _compose_and_construct(loader) -> tuple[yaml.Node | None, Any]:
    try:
        root = loader.get_single_node()
        return root, None if root is None else loader.construct_document(root)
    finally:
        loader.dispose()


def apply_checks(
    scenario: Scenario,
    checks: Sequence[Check],
    source: str | Path,
    lines: dict[Path_, int] | None = None,
) -> Scenario:
    """Run ``checks``; a :class:`ScenarioError` becomes ``file[:line]: field: message``."""
    try:
        for check in checks:
            check(scenario)
    except ScenarioError as err:
        line = None if lines is None else lines.get(_known(err.path, lines))
        field = ".".join(map(str, err.path))
        raise AccordInputError(err.message, file=source, line=line, field=field) from None
    return scenario


def dump_scenario(scenario: Scenario) -> str:
    """YAML text that :func:`parse_scenario` reads back into an equal scenario."""
    data = {"name": scenario.name, **_compact(scenario)}
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)


def _compact(value: Any) -> Any:
    """JSON-ready data without default-valued fields, but keeping every ``type`` tag
    (the discriminators the loader needs)."""
    if isinstance(value, BaseModel):
        out = {}
        for name, info in type(value).model_fields.items():
            item = getattr(value, name)
            if name != "type" and not info.is_required() and item == info.get_default(
                call_default_factory=True
            ):
                continue
            out[name] = _compact(item)
        out.update(_compact(value.model_extra or {}))  # open models: AgentChoice's parameters
        return out
    if isinstance(value, dict):
        return {str(k): _compact(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_compact(v) for v in value]
    return value


def scenario_json_schema() -> str:
    """The JSON Schema of the scenario format, generated from the model."""
    schema = Scenario.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "accord scenario"
    return json.dumps(schema, indent=2, sort_keys=True) + "\n"


def key_lines(node: yaml.Node, source) -> dict[Path_, int]:
    """The 1-based line of every key and item of a composed YAML document, by its path of
    keys and indices; a key given twice in one mapping raises :class:`AccordInputError`
    naming ``source``, its line and its path (YAML would silently keep the last)."""
    lines: dict[Path_, int] = {}
    _index_lines(node, (), lines, source)
    return lines


def _index_lines(node: yaml.Node, path: Path_, lines: dict[Path_, int], source) -> None:
    """Record the 1-based line of every key and item, and reject duplicate keys."""
    lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        seen: set[object] = set()
        for key_node, value_node in node.value:
            key = key_node.value
            if key in seen:
                raise AccordInputError(
                    "duplicate key",
                    file=source,
                    line=key_node.start_mark.line + 1,
                    field=".".join(map(str, (*path, key))),
                )
            seen.add(key)
            _index_lines(value_node, (*path, key), lines, source)
            lines[(*path, key)] = key_node.start_mark.line + 1
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _index_lines(item, (*path, i), lines, source)


def _located(err: ValidationError, lines: dict[Path_, int], source) -> AccordInputError:
    """The first validation error, mapped back onto the document's lines."""
    first: dict[str, Any] = err.errors(include_url=False)[0]
    loc: tuple = first["loc"]
    message = first["msg"]
    cause = (first.get("ctx") or {}).get("error")
    if isinstance(cause, ScenarioError):
        loc, message = cause.path, cause.message
    elif message.startswith("Value error, "):
        message = message.removeprefix("Value error, ")
    path = _known(loc, lines)
    field = ".".join(map(str, path)) or None
    if first["type"] == "missing" and loc:
        field = ".".join(map(str, (*path, loc[-1])))
    return AccordInputError(_plain(message), file=source, line=lines.get(path), field=field)


def _known(loc: Sequence, lines: dict[Path_, int]) -> Path_:
    """The longest prefix of ``loc`` that names a node of the document (pydantic adds
    parts of its own: union tags, ``function-after``)."""
    path: Path_ = ()
    for part in loc:
        if (*path, part) in lines:
            path = (*path, part)
        elif isinstance(part, str) and (*path, _as_int(part)) in lines:
            path = (*path, _as_int(part))
    return path


def _as_int(part: str) -> int | str:
    return int(part) if part.isdigit() else part


_LIST = "must be a list ([a, b])"
_KINDS = {"tuple": _LIST, "list": _LIST, "set": _LIST, "frozenset": _LIST,
          "dictionary": "must be a mapping (key: value)", "number": "must be a number",
          "integer": "must be a whole number", "boolean": "must be true or false",
          "string": "must be text"}


def _plain(message: str) -> str:
    replacements = {
        "Input should be greater than or equal to ": "must be >= ",
        "Input should be less than or equal to ": "must be <= ",
        "Input should be greater than ": "must be > ",
        "Input should be less than ": "must be < ",
        "Input should be a finite number": "must be a finite number",
        "Field required": "required field is missing",
        "Extra inputs are not permitted": "unknown field",
    }
    short = re.fullmatch(r"\w+ should have at least (\d+) items? after validation.*", message)
    if short:
        return "must not be empty" if short[1] == "1" else f"needs at least {short[1]} items"
    kind = re.match(r"Input should be a valid (tuple|list|set|frozenset|dictionary|number|"
                    r"integer|boolean|string)\b", message)
    if kind:  # Python's names for the types, said as the file writes them
        return _KINDS[kind[1]]
    for old, new in replacements.items():
        if message.startswith(old):
            return new + message.removeprefix(old)
    return message[:1].lower() + message[1:]
