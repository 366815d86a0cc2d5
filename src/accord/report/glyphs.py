"""Text a plot can draw: user-given names and labels checked against the fonts first.

Matplotlib draws a character no font in its list has as an empty box, with a warning, and
it neither joins nor reorders right-to-left scripts (Arabic, Hebrew), whose words it would
print as unjoined letters in the wrong order. A ``$`` in a name would start mathtext. So
every string from a scenario passes through :class:`Glyphs` before it is drawn: a name
falls back to the party's key, then to itself with ``?`` for what cannot be drawn (or to
"party N (name not drawable)" when nothing legible is left); other text shows ``?`` for
what cannot be drawn. When the default font lacks characters that another installed font
has, that font is added to the family list (matplotlib falls back glyph by glyph), so CJK
names render on machines that have a CJK font.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

__all__ = ["Glyphs"]

_RIGHT_TO_LEFT = frozenset({"R", "AL"})


@lru_cache(maxsize=64)
def _charmap(path: str) -> frozenset[int]:
    from matplotlib import ft2font

    return frozenset(ft2font.FT2Font(path).get_charmap())


@lru_cache(maxsize=1)
def _default_font() -> tuple[str, str]:
    from matplotlib import font_manager, rcParams

    path = font_manager.findfont(font_manager.FontProperties(family=rcParams["font.family"]))
    return font_manager.get_font(path).family_name, path


@lru_cache(maxsize=256)
def _font_with(codes: frozenset[int]) -> tuple[str, str] | None:
    """The first installed font that has every code point in ``codes`` (not matplotlib's
    "Last Resort" font, whose glyphs are all boxes)."""
    from matplotlib import font_manager

    for entry in font_manager.fontManager.ttflist:
        if entry.name.startswith("Last Resort"):
            continue
        try:
            if codes <= _charmap(entry.fname):
                return entry.name, entry.fname
        except (OSError, RuntimeError):  # unreadable font file
            continue
    return None


class Glyphs:
    """Decides, for the strings of one figure, which fonts to use and what can be drawn.

    Examples
    --------
    >>> g = Glyphs(["Ελλάδα", "Hamas — حماس", "cost $5"])
    >>> g.name("Ελλάδα", "greece", 0), g.name("Hamas — حماس", "hamas", 1)
    ('Ελλάδα', 'hamas')
    >>> g.text("cost $5")
    'cost \\\\$5'
    """

    def __init__(self, texts) -> None:
        family, path = _default_font()
        self.families = [family]
        self._codes = set(_charmap(path))
        missing = {
            ord(c) for t in texts for c in str(t) if ord(c) not in self._codes and _drawable(c)
        }
        if missing:
            extra = _font_with(frozenset(missing))
            if extra is not None:
                self.families.append(extra[0])
                self._codes |= _charmap(extra[1])
        self.fell_back = False

    def can_draw(self, text: str) -> bool:
        return all(c.isspace() or (ord(c) in self._codes and _drawable(c)) for c in text)

    def name(self, name: str, key: str, position: int, kind: str = "party") -> str:
        """A name if it can be drawn, else the key, else the name with ``?`` for what
        cannot be drawn if some letter or digit is left, else "party N (name not drawable)"."""
        for candidate in (name, key):
            if candidate and self.can_draw(candidate):
                if candidate != (name or key):
                    self.fell_back = True
                return _escape(candidate)
        self.fell_back = True
        partial = "".join(c if self.can_draw(c) else "?" for c in name or key)
        if any(c.isalnum() for c in partial):
            return _escape(partial)
        return f"{kind} {position + 1} (name not drawable)"

    def text(self, text: str) -> str:
        """``text`` with ``?`` for each character that cannot be drawn."""
        if self.can_draw(text):
            return _escape(text)
        self.fell_back = True
        return _escape("".join(c if self.can_draw(c) else "?" for c in text))


def _drawable(char: str) -> bool:
    """Not a right-to-left letter and not a control character."""
    return (
        unicodedata.bidirectional(char) not in _RIGHT_TO_LEFT and unicodedata.category(char) != "Cc"
    )


def _escape(text: str) -> str:
    return text.replace("$", r"\$")
