"""Safe XML reading that remembers where each element starts.

GENIUS files are small, but errors in them must point at a line, and untrusted XML must not
expand entities or fetch DTDs. This module parses with ``defusedxml`` (DTDs forbidden) and
records each element's start line so that later, semantic, checks can name it, in errors
and in the warnings a reader collects on the document.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser

from ..errors import AccordInputError
from ..model import ModelWarning

__all__ = ["XmlDocument", "read_xml"]


@dataclass(frozen=True, eq=False)
class XmlDocument:
    """A parsed file: its root element, the start line of every element, and the warnings
    found while reading it."""

    path: Path
    root: ET.Element
    lines: dict[int, int] = field(repr=False)
    warnings: list[ModelWarning] = field(default_factory=list, repr=False)

    def line(self, element: ET.Element | None) -> int | None:
        """Line where ``element`` starts (None when unknown)."""
        return None if element is None else self.lines.get(id(element))

    def error(
        self, message: str, element: ET.Element | None = None, field: str | None = None
    ) -> AccordInputError:
        """An input error located at ``element`` of this file."""
        return AccordInputError(message, file=self.path, line=self.line(element), field=field)

    def warn(
        self, message: str, element: ET.Element | None = None, field: str | None = None
    ) -> None:
        """Note a probable mistake at ``element``; reading goes on."""
        self.warnings.append(
            ModelWarning(message, field=field, file=str(self.path), line=self.line(element))
        )


class _LineTreeBuilder(ET.TreeBuilder):
    """Tree builder that notes the parser's current line for every element it opens."""

    def __init__(self) -> None:
        super().__init__()
        self.lines: dict[int, int] = {}
        self.expat = None

    def start(self, tag, attrs):  # noqa: ANN001 - signature fixed by TreeBuilder
        element = super().start(tag, attrs)
        if self.expat is not None:
            self.lines[id(element)] = self.expat.CurrentLineNumber
        return element


def read_xml(path: str | Path) -> XmlDocument:
    """Parse ``path`` safely; syntax errors and DTDs raise :class:`AccordInputError`."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as err:
        raise AccordInputError(f"cannot read file: {err.strerror or err}", file=path) from None
    builder = _LineTreeBuilder()
    parser = DefusedXMLParser(target=builder, forbid_dtd=True)
    builder.expat = parser.parser
    try:
        parser.feed(data)
        root = parser.close()
    except ET.ParseError as err:
        line = err.position[0] if err.position else None
        raise AccordInputError(f"XML syntax: {_plain(err)}", file=path, line=line) from None
    except DefusedXmlException as err:
        raise AccordInputError(
            f"refusing unsafe XML ({type(err).__name__}): DTDs and entities are not allowed",
            file=path,
            line=builder.expat.CurrentLineNumber,
        ) from None
    return XmlDocument(path, root, builder.lines)


def _plain(err: ET.ParseError) -> str:
    """The parser's message without its trailing ``line N, column M``."""
    text = str(err)
    return text.split(": line ")[0] if ": line " in text else text
