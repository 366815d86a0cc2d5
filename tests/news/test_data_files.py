"""The news reader's YAML data files: a key written twice in one mapping is kept silently by
YAML (the last wins), so an entry can shadow another unseen; none may."""

from __future__ import annotations

from importlib import resources

import pytest
import yaml

MERGE = "tag:yaml.org,2002:merge"  # "<<: *anchor" is an override, not a repeat


def _repeated_keys(node, out: list, visited: set | None = None) -> list:
    visited = set() if visited is None else visited
    if id(node) in visited:  # an alias ("*anchor") is the same mapping again
        return out
    visited.add(id(node))
    if isinstance(node, yaml.MappingNode):
        seen: dict[str, int] = {}
        for key, value in node.value:
            if key.tag != MERGE:
                line = key.start_mark.line + 1
                if key.value in seen:
                    out.append(f"{key.value!r} on lines {seen[key.value]} and {line}")
                seen.setdefault(key.value, line)
            _repeated_keys(value, out, visited)
    elif isinstance(node, yaml.SequenceNode):
        for value in node.value:
            _repeated_keys(value, out, visited)
    return out


@pytest.mark.parametrize("name", ["lexicon.yaml", "actors.yaml", "neutral_verbs.yaml"])
def test_no_key_is_written_twice_in_one_mapping(name):
    text = resources.files("accord.news").joinpath(f"data/{name}").read_text("utf-8")
    assert _repeated_keys(yaml.compose(text, Loader=yaml.SafeLoader), []) == []


def test_a_repeated_key_is_found():
    node = yaml.compose("a:\n  x: 1\n  y: 2\n  x: 3\nb: {<<: {x: 1}, x: 2}\n",
                        Loader=yaml.SafeLoader)
    assert _repeated_keys(node, []) == ["'x' on lines 2 and 4"]
