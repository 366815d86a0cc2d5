"""Headlines in title case, given to the parser in sentence case.

"Union Rejects Wage Freeze, Threatens Strike": the parser reads every capitalised word as a
name, so "Wage Freeze" became an unknown actor and "Talks Collapse As Union Walks Out" no
collapse. A paragraph that is such a headline (one line, no closing stop, most of its longer
words capitalised) is parsed with those words in lower case, except its first word, words in
capitals ("UN") and the names the actor dictionary knows (which stay names: "Israel", not
"israel", which the dictionary takes for no one). The text keeps its length, so every
offset still points into the original, which is what sentences and evidence quote.
"""

from __future__ import annotations

import re

__all__ = ["is_title_case", "sentence_cased"]

_WORD = re.compile(r"[^\W\d_][^\W\d_'’-]*")


def is_title_case(text: str) -> bool:
    """Whether ``text`` reads as a headline in title case: one line of three words or more,
    no sentence stop at its end, and at least two in three of its words of four letters or
    more capitalised (and not all in capitals, which say nothing of case).

    >>> is_title_case("Union Rejects Wage Freeze, Threatens Strike")
    True
    >>> is_title_case("Talks collapse as union walks out")
    False
    """
    text = text.strip()
    if "\n" in text or text.rstrip("\"'”’)").endswith((".", "!", "?")):
        return False
    words = _WORD.findall(text)
    long = [w for w in words if len(w) >= 4 and not w.isupper()]
    return len(words) >= 3 and bool(long) and 3 * sum(
        w[0].isupper() for w in long) >= 2 * len(long)


def sentence_cased(nlp, matcher, text: str) -> str:
    """``text`` in sentence case if it is a headline in title case (see the module's notes),
    else unchanged; always of the same length."""
    if not is_title_case(text):
        return text
    doc = nlp.make_doc(text)
    named = {i for _, start, end in matcher(doc) for i in range(start, end)}
    first = next((t.i for t in doc if t.is_alpha), None)
    out = list(text)
    for token in doc:
        word = token.text
        if token.i == first or token.i in named or word.isupper() or not word[:1].isupper():
            continue
        lower = word[0].lower()
        if len(lower) == 1:  # (a letter whose lower case is longer stays)
            out[token.idx] = lower
    return "".join(out)
