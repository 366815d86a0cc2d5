"""Repairs of two parses the English model gets wrong: two noun phrases joined by "and"
before a head noun, and two adjectives joined by a comma before it in a headline.

In "Nepal's government and Maoist negotiators held talks" or "Indian Prime Minister Vajpayee
and Pakistani President Musharraf held talks", ``en_core_web_md`` makes the first phrase a
modifier of the second's head, with the second's adjective its conjunct ("[Nepal's government
and Maoist] negotiators"): one subject, so the talks have no second party. Where the first
phrase is whole on its own (it has its own possessor or determiner, or is a name with its
title), :func:`rejoin` re-attaches it as the head of the coordination and the second phrase
as its conjunct, as the sentence means. "Kenyan and Ethiopian officials" and "Eriadori and
Calenardhon leaders", whose first part is a bare adjective or name, are left as parsed.

In a headline's "Greek, Turkish negotiators hold talks" the model hangs the first adjective
on the verb: :func:`rejoin` hangs it on the head noun beside the second, with the comma
(which :mod:`accord.news.mentions` reads as "and").
"""

from __future__ import annotations

__all__ = ["rejoin"]

#: Dependencies of a noun phrase in a clause that the repair looks at.
_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})
#: How a modifier holds the first phrase, and how the second phrase's own word is attached.
_MODIFIERS = frozenset({"nmod", "compound", "amod"})


def _whole(first, words) -> bool:
    """Whether ``words`` (the head's words up to and with ``first``) make a noun phrase of
    their own: a noun with a possessor before a plural head ("Nepal's government and Maoist
    negotiators") or a name of several words ("Prime Minister Atal Bihari Vajpayee", "South
    Korea")."""
    if first.pos_ == "NOUN":  # (not "Venezuela's oil and gas sector")
        return any(w.dep_ == "poss" for w in words) and first.head.tag_ == "NNS"
    names = sum(w.pos_ == "PROPN" for w in words)
    return names >= 3 or names >= 2 and words[0].pos_ == "PROPN"


def _relist(doc) -> None:
    """Hang a capitalised adjective that a comma joins to the adjective of a noun after it
    ("Greek, Turkish negotiators"; "Rwandan", tagged a name, first in a headline) on that
    noun, where the model hung it elsewhere."""
    for word in doc[:-3]:
        comma, second = doc[word.i + 1], doc[word.i + 2]
        # (an adjective, or a headline's first word: not "Hosted by Norway, Israeli and
        # Palestinian negotiators", "turned down by Berlin, German officials said")
        if comma.text != "," or not word.is_title or not (word.pos_ == "ADJ" or (
                word.pos_ == "PROPN" and word.is_sent_start)) or any(
                True for _ in word.children) or second.dep_ != "amod" or not second.is_title:
            continue
        noun = second.head
        if noun.i > second.i and noun.pos_ in ("NOUN", "PROPN") and word.head.i != noun.i \
                and not noun.is_ancestor(word) and word.dep_ != "ROOT":
            word.head, word.dep_ = noun, "amod"
            comma.head = word


def rejoin(doc):
    """``doc`` with each misparsed coordination of two noun phrases before a head re-attached
    and adjectives listed with a comma hung on their noun (see the module's docstring);
    every other dependency is left as the model gave it."""
    _relist(doc)
    for head in doc:
        if head.dep_ not in _ARGUMENTS or head.pos_ not in ("NOUN", "PROPN"):
            continue
        # (the first phrase's head may hang on a word of the second: "Vajpayee" on "President"
        # in "Prime Minister Vajpayee and Pakistani President Musharraf")
        for first in [c for c in doc[head.left_edge.i:head.i] if c.dep_ in _MODIFIERS
                      and c.pos_ in ("NOUN", "PROPN") and head.is_ancestor(c)]:
            joined = [k for k in first.children if k.dep_ == "conj" and first.i < k.i < head.i]
            links = [k for k in first.children if k.dep_ == "cc" and first.i < k.i]
            words = doc[head.left_edge.i:first.i + 1]
            if not joined or not links or not _whole(first, list(words)):
                continue
            second = joined[0]
            first.head, first.dep_ = head.head, head.dep_
            for word in words:  # (the first phrase's words hang on its own head)
                if word.i != first.i and not word.head.i <= first.i:
                    word.head = first
            head.head, head.dep_ = first, "conj"
            second.head = head
            second.dep_ = "amod" if second.pos_ == "ADJ" else "compound"
            break
    return doc
