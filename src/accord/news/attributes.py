"""The English pipeline's attribute ruler, matched by table lookup.

spaCy's attribute ruler maps each fine-grained tag to its part of speech and morphology, and
fixes exceptions ("'s" after "let" is "us"). It finds where its 179 rules apply with a
general token-pattern Matcher, which walks every rule over every token: a tenth to a quarter
of the pipeline's CPU on news text. All but nine of the rules ask about one token's tag, word,
dependency or spacing, each a value or a list of values in or out: :class:`TabledMatcher`
files those under a value and finds them by dictionary lookup, and leaves the nine others
(regular expressions, several tokens) to a Matcher of their own. The ruler applies the
matches as before, in rule order, so every token gets the same attributes.
"""

from __future__ import annotations

from collections import defaultdict

__all__ = ["TabledMatcher", "table_attribute_ruler"]

# The token attributes a tabled rule may ask for, and how a token gives each; the order is
# the order of preference for the attribute a rule is filed under (the rarest values first).
ATTRIBUTES = {"LOWER": lambda t: t.lower_, "TAG": lambda t: t.tag_, "DEP": lambda t: t.dep_,
              "IS_SPACE": lambda t: t.is_space}


def _condition(value) -> tuple[frozenset | None, frozenset] | None:
    """What one attribute's condition accepts (None: anything) and rejects, or None when it is
    neither a value nor a plain ``IN`` / ``NOT_IN`` list."""
    if isinstance(value, (str, bool)):
        return frozenset({value}), frozenset()
    if isinstance(value, dict) and set(value) == {"IN"}:
        return frozenset(value["IN"]), frozenset()
    if isinstance(value, dict) and set(value) == {"NOT_IN"}:
        return None, frozenset(value["NOT_IN"])
    return None


def _rule(pattern) -> dict[str, tuple[frozenset | None, frozenset]] | None:
    """A one-token pattern as conditions on :data:`ATTRIBUTES`, or None when it is not one
    (several tokens, a regular expression, another attribute) or accepts no listed values."""
    if len(pattern) != 1 or not pattern[0] or set(pattern[0]) - set(ATTRIBUTES):
        return None
    conditions = {a: _condition(v) for a, v in pattern[0].items()}
    if any(c is None for c in conditions.values()) or all(
            accept is None for accept, _ in conditions.values()):
        return None
    return conditions


class TabledMatcher:
    """A stand-in for an attribute ruler's Matcher that finds the same matches.

    Each one-token rule is filed under one attribute's accepted values; a token looks up its
    own value of each attribute and checks the rules found there against its other
    attributes. Called as the ruler calls its Matcher (``matcher(doc, allow_missing=True,
    as_spans=False)``), it returns ``(rule key, start, end)`` for every rule that applies;
    anything else (``get``, ``len``) is the original Matcher's.
    """

    def __init__(self, ruler):
        from spacy.matcher import Matcher

        self._original = ruler.matcher
        self._rest = Matcher(ruler.vocab)
        self._filed: dict[str, dict] = {a: defaultdict(list) for a in ATTRIBUTES}
        for i in range(len(ruler.attrs)):
            key = ruler.vocab.strings[str(i)]
            patterns = ruler.matcher.get(str(i))[1]
            rules = [_rule(p) for p in patterns]
            if any(r is None for r in rules):
                self._rest.add(key, patterns)
                continue
            for conditions in rules:
                filed = next(a for a in ATTRIBUTES if conditions.get(a, (None,))[0] is not None)
                others = tuple((ATTRIBUTES[a], accept, reject)
                               for a, (accept, reject) in conditions.items() if a != filed)
                for value in conditions[filed][0]:
                    self._filed[filed][value].append((key, others))

    def __call__(self, doc, *, allow_missing: bool = False, as_spans: bool = False):
        if as_spans:
            raise ValueError("the tabled attribute ruler's matcher gives no spans")
        matches = list(self._rest(doc, allow_missing=allow_missing, as_spans=False))
        filed = [(ATTRIBUTES[a], table) for a, table in self._filed.items() if table]
        for token in doc:
            i = token.i
            for value_of, table in filed:
                for key, others in table.get(value_of(token), ()):
                    if all((accept is None or value(token) in accept)
                           and value(token) not in reject for value, accept, reject in others):
                        matches.append((key, i, i + 1))
        return matches

    def __getattr__(self, name):
        return getattr(self._original, name)

    def __len__(self) -> int:
        return len(self._original)


def table_attribute_ruler(nlp):
    """``nlp`` with its attribute ruler (if any) matching by :class:`TabledMatcher`."""
    if "attribute_ruler" in nlp.pipe_names:
        ruler = nlp.get_pipe("attribute_ruler")
        if not isinstance(ruler.matcher, TabledMatcher):
            ruler.matcher = TabledMatcher(ruler)
    return nlp
