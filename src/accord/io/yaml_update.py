"""Changing a scenario's YAML file in place, keeping the analyst's comments and layout.

An updated scenario (from ``accord read --update``) differs from the one read in a few places:
a position, a note, a dynamics event, a source. Dumping the whole model again would drop the
file's comments (its sourcing notes) and rewrite its layout. Instead the file is loaded with
ruamel.yaml's round-trip loader, only the differences between the two scenarios' canonical
forms are made in it, and it is written back: everything unchanged keeps its comments, key
order and style. ruamel.yaml writes a flow collection ``[a, b, ...]`` on one line and puts its
own spacing before a comment; so where its lines differ from the file's, the file's spacing and
line breaks are put back word by word around the words that changed (a changed position in a
wrapped ``positions: {...}`` keeps its lines), and a new item of a wrapped flow collection
goes on a line of its own when it would pass the block's longest line.
"""

from __future__ import annotations

import difflib
import io
import re
from pathlib import Path
from typing import Any

import yaml

from ..errors import AccordInputError
from ..model import Scenario
from .yaml import dump_scenario, parse_scenario

__all__ = ["RoundTripUnavailable", "updated_output", "updated_scenario_text", "updated_yaml",
           "write_text", "write_updated_scenario"]

_YAML = (".yaml", ".yml")


class RoundTripUnavailable(RuntimeError):
    """ruamel.yaml is not installed: the file can only be written anew (comments lost)."""


def updated_yaml(text: str, old: Scenario, new: Scenario) -> str:
    """``text`` (the YAML that ``old`` was read from) with ``new``'s differences made in it.

    Comments, key order and flow style of everything that did not change are kept. Raises
    :class:`RoundTripUnavailable` when ruamel.yaml is missing.
    """
    try:
        from ruamel.yaml import YAML
    except ImportError as err:
        raise RoundTripUnavailable(str(err)) from None
    rt = YAML()  # round-trip mode
    rt.preserve_quotes = True
    rt.width = 4096
    rt.indent(mapping=2, sequence=4, offset=2)
    document = rt.load(text)
    before = yaml.safe_load(dump_scenario(old))
    after = yaml.safe_load(dump_scenario(new))
    _patch(document, before, after)
    out = io.StringIO()
    rt.dump(document, out)
    edited = out.getvalue()
    restored = _restore_layout(text, edited)
    if yaml.safe_load(restored) != yaml.safe_load(edited):  # spacing that mattered: keep
        restored = _restore_layout(text, edited, merge=False)  # only the unchanged lines
    return restored


def _restore_layout(original: str, edited: str, merge: bool = True) -> str:
    """``edited`` with ``original``'s lines wherever they say the same: runs of lines that
    only re-wrap the original's (same words, other line breaks) are the original lines; with
    ``merge``, other changed runs keep the original's spacing around the words that changed
    (:func:`_merge`)."""
    old, new = original.splitlines(keepends=True), edited.splitlines(keepends=True)
    out: list[str] = []
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        before, after = "".join(old[i1:i2]), "".join(new[j1:j2])
        if op == "equal" or (op == "replace" and before.split() == after.split()):
            out.append(before)
        elif op == "replace" and merge:
            out.append(_merge(before, after))
        else:
            out.append(after)
    return "".join(out)


_TOKEN = re.compile(r"(\s*)(\S+)")


def _merge(old: str, new: str) -> str:
    """``new`` (ruamel.yaml's lines) with ``old``'s spacing and line breaks before every word
    the two share or that replaces one word for one. Other new words keep ``new``'s spacing;
    one that starts an item of a flow collection (after a word ending in a comma) goes on a
    line of its own, at the indent of ``old``'s continuation lines, when the item would pass
    ``old``'s longest line (comments aside)."""
    lines = [line for line in old.splitlines() if line.strip()]
    if not lines:  # blank lines replaced: nothing of old's to keep
        return new
    a, b = _TOKEN.findall(old), _TOKEN.findall(new)
    width = max(len(line.split(" #")[0].rstrip()) for line in lines)
    indent = re.match(r"\s*", lines[1]).group() if len(lines) > 1 else None
    words: list[tuple[str, str, bool]] = []  # (space before, word, new)
    matcher = difflib.SequenceMatcher(None, [w for _, w in a], [w for _, w in b],
                                      autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal" or (op == "replace" and i2 - i1 == j2 - j1):
            words += [(a[i][0], b[j][1], False) for i, j in zip(range(i1, i2), range(j1, j2))]
        elif j2 > j1:  # insert, or replace by more or fewer words
            first = a[i1][0] if i2 > i1 else b[j1][0]
            words += [(first, b[j1][1], False)] + [(*b[j], True) for j in range(j1 + 1, j2)]
    out, column = [], 0
    for k, (space, word, added) in enumerate(words):
        if added and indent is not None and "\n" not in space and k \
                and words[k - 1][1].endswith(","):
            item = len(" ".join(w for _, w, _ in _item(words, k)))
            if column + len(space) + item > width:
                space = "\n" + indent
        out.append(space + word)
        column = len(space.rsplit("\n", 1)[-1]) + len(word) if "\n" in space \
            else column + len(space) + len(word)
    return "".join(out) + new[len(new.rstrip()):]


def _item(words, k):
    """The words of the flow item starting at ``words[k]``: up to the next one after a
    comma."""
    end = k + 1
    while end < len(words) and not words[end - 1][1].endswith(","):
        end += 1
    return words[k:end]


def updated_scenario_text(source: str | Path, old: Scenario, new: Scenario
                          ) -> tuple[str, bool]:
    """The text of the updated scenario file, and whether ``source``'s comments and layout
    were kept: they are when ``source`` is a YAML file, ruamel.yaml is installed and the
    edited text reads back as ``new``; otherwise the scenario is dumped anew."""
    source = Path(source)
    if source.suffix.lower() in _YAML:
        try:
            text = updated_yaml(source.read_text(encoding="utf-8"), old, new)
        except (RoundTripUnavailable, OSError, UnicodeDecodeError):
            pass
        else:
            try:
                if parse_scenario(text) == new:
                    return text, True
            except AccordInputError:
                pass
    return dump_scenario(new), False


def updated_output(source: str | Path, old: Scenario, new: Scenario, path: str | Path
                   ) -> tuple[str, str, bool]:
    """What writing ``new`` to ``path`` changes: the text before (``source``'s own text when
    its layout is kept, else ``old`` written as ``path``'s format would be), the text
    written, and whether ``source``'s comments and layout were kept (a YAML ``path``; see
    :func:`updated_scenario_text`). ``--dry-run`` shows the diff of the two, so that it is
    the diff of what would be written, in its format."""
    from .detect import scenario_text

    if Path(path).suffix.lower() in _YAML:
        text, kept = updated_scenario_text(source, old, new)
        if kept:
            return Path(source).read_text(encoding="utf-8"), text, True
        return dump_scenario(old), text, False
    return scenario_text(old, path), scenario_text(new, path), False


def write_updated_scenario(source: str | Path, old: Scenario, new: Scenario,
                           path: str | Path) -> bool:
    """Write ``new`` to ``path`` (a ``.yaml``, ``.yml`` or ``.json`` file) as
    :func:`updated_output` gives it, replacing the file atomically; whether ``source``'s
    layout was kept. A file system error names the path."""
    _, text, kept = updated_output(source, old, new, path)
    write_text(text, path)
    return kept


def write_text(text: str, path: str | Path) -> None:
    """``text`` into ``path``, replaced atomically; a file system error names the path."""
    from .results import replacing

    path = Path(path)
    try:
        with replacing(path) as tmp:
            tmp.write_text(text, encoding="utf-8")
    except OSError as err:
        raise AccordInputError(f"cannot write: {err.strerror or err}", file=path) from None


def _patch(node: Any, before: Any, after: Any) -> None:
    """Make in ``node`` (a round-trip mapping) the changes that turn ``before`` into ``after``
    (both canonical dumps of a scenario)."""
    for key, value in after.items():
        if key in before and before[key] == value:
            continue
        if key not in node:
            tail = _trailing(node)
            node[key] = _commented(value)
            _attach(node, tail)
            continue
        current = node[key]
        old = before.get(key)
        if isinstance(value, dict) and isinstance(old, dict) and hasattr(current, "items"):
            _patch(current, old, value)
        elif isinstance(value, list) and isinstance(old, list) and isinstance(current, list) \
                and len(current) == len(old) and value[:len(old)] == old:
            tail = _trailing(current)  # items appended: notes, dynamics events
            like = current[-1] if current else None
            current.extend(_commented(v, like) for v in value[len(old):])
            _attach(current, tail)
        else:
            node[key] = value
    for key in before:
        if key not in after and key in node:
            del node[key]


# The blank lines and comments after a mapping or list belong, in ruamel.yaml, to its last
# (deepest) value; when items are appended they are moved after the new last item, so that
# a new entry does not land after the blank line that separated the block from what follows.

def _last(node):
    """The innermost block container holding ``node``'s last value, and that value's key. A
    flow collection (``[a, b]``) is one value: what follows its line belongs to its key, and
    put inside it, a blank line would land before its closing bracket."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    while isinstance(node, CommentedMap | CommentedSeq) and len(node):
        key = next(reversed(node)) if isinstance(node, CommentedMap) else len(node) - 1
        value = node[key]
        if not isinstance(value, CommentedMap | CommentedSeq) or not len(value) \
                or value.fa.flow_style():
            return node, key
        node = value
    return None, None


def _trailing(node) -> str:
    """Remove and return what follows the line of ``node``'s last value (blank lines,
    comments of the next block)."""
    container, key = _last(node)
    if container is None:
        return ""
    slot = 2 if hasattr(container, "keys") else 0
    entry = container.ca.items.get(key)
    token = entry[slot] if entry and len(entry) > slot else None
    if token is None or "\n" not in token.value:
        return ""
    end = token.value.index("\n") + 1
    tail, token.value = token.value[end:], token.value[:end]
    return tail


def _attach(node, tail: str) -> None:
    if not tail:
        return
    from ruamel.yaml.error import CommentMark
    from ruamel.yaml.tokens import CommentToken

    container, key = _last(node)
    if container is None:
        return
    slot = 2 if hasattr(container, "keys") else 0
    entry = container.ca.items.setdefault(key, [None, None, None, None])
    entry[slot] = CommentToken("\n" + tail, CommentMark(0), None)


def _commented(value, like=None):
    """Plain data as ruamel.yaml containers (which can carry comments), written in the flow or
    block style of ``like`` (the item before it in the file, if any) field by field, so that
    an appended note lists its sources as the notes before it do."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    if isinstance(value, dict):
        node = CommentedMap((k, _commented(v, like.get(k) if isinstance(like, dict) else None))
                            for k, v in value.items())
    elif isinstance(value, list):
        item = like[-1] if isinstance(like, list) and like else None
        node = CommentedSeq(_commented(v, item) for v in value)
    else:
        return value
    if isinstance(like, CommentedMap | CommentedSeq) and like.fa.flow_style():
        node.fa.set_flow_style()
    return node
