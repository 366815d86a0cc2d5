"""How well the word-vector fallback (:mod:`accord.news.similar`) finds acts the lexicon lacks,
measured without the held-out split.

- ``loo``: leave one lexicon verb out. Each verb that is an act by itself is removed from the
  neighbours and given the act its nearest remaining verbs vote for: precision (the right CAMEO
  root, the right PLOVER category, among the verbs given an act) and recall (among all) along
  the threshold, for several neighbour counts and agreement shares. The verbs the lexicon
  knows only in context (saying, stances, light verbs) are left out the same way: the share
  given an act is the false-act rate on verbs that report nothing by themselves.
- ``dev``: ``tests/news/gold_cameo_dev.yaml`` with the lexicon words of each sentence's main
  event removed (from every section of the lexicon): how many sentences whose main event had
  the right root keep it, without and with the fallback, and how often an event the fallback
  found has the right root.
- ``quiet``: false events on sentences without events, without and with the fallback: the dev
  split's no-event items, the PETRARCH-2 unit-test sentences with no coding
  (``../shared/data/events/petr2_unittest.xml``), and the seed article's events beyond its
  gold annotation (``tests/news/gold_seed.yaml``); every event the fallback found is listed.

- ``cost``: CPU time to build the index, and per unknown lemma (one matrix-vector product,
  then cached); how many distinct lemmas of the seed article reach the fallback.

Run: ``python benchmarks/bench_similar.py [loo] [dev] [quiet] [cost]`` (all by default).
"""

from __future__ import annotations

import re
import sys
import time
from collections import Counter
from contextlib import contextmanager, nullcontext
from pathlib import Path
from types import MappingProxyType

import yaml

from accord.io.yaml import load_scenario
from accord.news import ActorDictionary, lexicon, read_documents, read_news, similar
from accord.news.codes import code as cameo_code
from accord.news.corpus import load_corpus
from accord.news.evaluation import GoldEvent, score
from accord.news.events import code_sentence
from accord.news.mentions import Memory, find_mentions
from accord.news.nlp import load_pipeline, phrase_matcher
from bench_news import _world

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "tests" / "news" / "gold_cameo_dev.yaml"
SEED = ROOT.parent / "shared" / "seed" / "ceasefire-talks-2024.txt"
GOLD = ROOT / "tests" / "news" / "gold_seed.yaml"
PETR = ROOT.parent / "shared" / "data" / "events" / "petr2_unittest.xml"
# the lexicon's tables of words (the others are keyed by act kinds or actor codes)
WORD_TABLES = tuple(name for name in lexicon._TABLES_OF if name not in (
    "ACT_CODES", "HOSTILE", "BILATERAL", "THREATS", "MODAL_CODES", "RIOTING_AGENTS"))
KEPT = {("VERB_OBJECTS", "allow")}  # entries the coder reads by name
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9)


def _root(kind: str | None) -> str | None:
    return lexicon.ACT_CODES[kind][:2] if kind else None


def _plover(kind: str | None) -> str | None:
    return cameo_code(lexicon.ACT_CODES[kind]).plover if kind else None


def loo() -> None:
    nlp = load_pipeline()
    labels = similar.known_verbs()
    print("leave one lexicon verb out (precision / recall of the CAMEO root; PLOVER precision; "
          "false acts on context-only verbs)")
    print("  k  agree  threshold  acts given  root prec  root rec  plover prec  "
          "context verbs given an act")
    for k in (3, 5, 8, 10, 12, 15):
        for agreement in (0.5, 0.6, 0.67, 0.75):
            for threshold in THRESHOLDS:
                index = similar.Neighbours(nlp.vocab, labels, k=k, threshold=threshold,
                                           agreement=agreement)
                sims = index.matrix @ index.matrix.T
                acts = [i for i, lab in enumerate(index.labels) if lab]
                given = right = plover = false = 0
                for i in range(len(index.words)):
                    guess = index.vote(sims[i], exclude=i)
                    if guess is None:
                        continue
                    if index.labels[i] is None:
                        false += 1
                        continue
                    given += 1
                    right += _root(guess.kind) == _root(index.labels[i])
                    plover += _plover(guess.kind) == _plover(index.labels[i])
                mark = " <- chosen" if (k, agreement, threshold) == (
                    similar.K, similar.AGREEMENT, similar.THRESHOLD) else ""
                context = len(index.words) - len(acts)
                print(f"  {k}  {agreement:.2f}   {threshold:.2f}      {given:3d}/{len(acts)}"
                      f"     {right / max(given, 1):.2f}      {right / len(acts):.2f}      "
                      f"{plover / max(given, 1):.2f}        {false}/{context}{mark}")


class _Coder:
    """The reader's coding step over sentences parsed once, so that the lexicon and the
    fallback can change between runs."""

    def __init__(self, texts: list[str], dictionary: ActorDictionary) -> None:
        self.nlp = load_pipeline()
        self.dictionary = dictionary
        self.matcher = phrase_matcher(self.nlp, dictionary.names)
        self.docs = list(self.nlp.pipe(texts, batch_size=64))

    def events(self, i: int) -> list:
        parsed = self.docs[i]
        mentions = find_mentions(parsed, self.matcher, self.dictionary)
        memory, out = Memory(), []
        for n, sent in enumerate(parsed.sents):
            out.extend(code_sentence(sent, n, mentions, self.dictionary, memory))
        return out


def _main(events):
    return max(events, key=lambda e: e.confidence, default=None)


@contextmanager
def _without(words: set[str]):
    """The lexicon with ``words`` removed from every section (as keys, list members and the
    first word of a phrase), and the fallback's index rebuilt over what is left."""
    saved = {name: getattr(lexicon, name) for name in WORD_TABLES}
    try:
        for name, table in saved.items():
            if isinstance(table, frozenset):
                new = table - words
            elif isinstance(table, MappingProxyType):
                new = MappingProxyType({k: v for k, v in table.items() if (name, k) in KEPT
                                        or not (k in words or (isinstance(k, tuple)
                                                               and k[0] in words))})
            else:
                continue
            setattr(lexicon, name, new)
        _reset()
        yield
    finally:
        for name, table in saved.items():
            setattr(lexicon, name, table)
        _reset()


@contextmanager
def _no_fallback():
    saved = similar.verb_act
    similar.verb_act = lambda token: None
    try:
        yield
    finally:
        similar.verb_act = saved


def _reset() -> None:
    similar.verb_index.cache_clear()
    similar._known_verb_set.cache_clear()


def _lexicon_words(parsed, event) -> set[str]:
    """The lemmas of the words that report ``event`` and that the lexicon lists."""
    words = {t.lemma_.lower() for t in parsed
             if t.idx < event.span[1] and t.idx + len(t.text) > event.span[0]}
    listed = set()
    for name in WORD_TABLES:
        table = getattr(lexicon, name)
        keys = {k[0] if isinstance(k, tuple) else k for k in table}
        listed |= words & keys
    return listed


# (k, threshold, agreement) tried on the dev split; the chosen one is marked
SETTINGS = ((5, 0.6, 0.5), (10, 0.6, 0.5), (10, 0.6, 0.6), (10, 0.5, 0.67), (10, 0.6, 0.67),
            (10, 0.8, 0.67), (12, 0.6, 0.67), (10, 0.6, 0.75))


@contextmanager
def _setting(k: int, threshold: float, agreement: float):
    saved = similar.K, similar.THRESHOLD, similar.AGREEMENT
    similar.K, similar.THRESHOLD, similar.AGREEMENT = k, threshold, agreement
    similar.verb_index.cache_clear()
    try:
        yield
    finally:
        similar.K, similar.THRESHOLD, similar.AGREEMENT = saved
        similar.verb_index.cache_clear()


def dev() -> None:
    items = load_corpus(DEV)
    coder = _Coder([i.text for i in items], ActorDictionary.builtin())
    counts: Counter = Counter()
    chosen = (similar.K, similar.THRESHOLD, similar.AGREEMENT)
    right = 0
    for i, item in enumerate(items):
        main = _main(coder.events(i))
        if item.event is None or main is None or (main.cameo or "")[:2] != item.event.root:
            continue
        right += 1
        gold = item.event
        words = _lexicon_words(coder.docs[i], main)
        with _without(words):
            with _no_fallback():
                before = _main(coder.events(i))
            counts["kept", None] += bool(before and (before.cameo or "")[:2] == gold.root)
            counts["none", None] += before is None
            for setting in SETTINGS:
                with _setting(*setting):
                    after = _main(coder.events(i))
                counts["kept", setting] += bool(after and (after.cameo or "")[:2] == gold.root)
                counts["none", setting] += after is None
                if after is not None and after.found == "similar":
                    ok = (after.cameo or "")[:2] == gold.root
                    counts["right" if ok else "wrong", setting] += 1
                    counts["plover", setting] += after.plover == gold.plover
                    if setting == chosen:
                        print(f"  {'ok ' if ok else 'BAD'} {sorted(words)} -> {after.act} "
                              f"({after.cameo}, gold {gold.cameo})")
    print(f"dev, main event's lexicon words removed: {right} sentences whose main event had "
          f"the gold root; without the fallback {counts['kept', None]} keep it, "
          f"{counts['none', None]} get no event")
    print("  k  threshold  agree  keep root  no event  main events by the fallback: root "
          "right / given (precision), PLOVER right")
    for setting in SETTINGS:
        given = counts["right", setting] + counts["wrong", setting]
        mark = " <- chosen" if setting == chosen else ""
        print(f"  {setting[0]:2d}  {setting[1]:.2f}       {setting[2]:.2f}   "
              f"{counts['kept', setting]:3d}        {counts['none', setting]:3d}       "
              f"{counts['right', setting]}/{given} ({counts['right', setting] / max(given, 1):.2f})"
              f", {counts['plover', setting]}{mark}")


def _petrarch_quiet() -> list[str]:
    if not PETR.is_file():
        return []
    text = PETR.read_text(encoding="utf-8")
    out = []
    for body in re.findall(r"<Sentence [^>]*>(.*?)</Sentence>", text, re.S):
        if "eventcode=" in body:
            continue
        sentence = " ".join(re.search(r"<Text>(.*?)</Text>", body, re.S).group(1).split())
        out.append(sentence.replace("&amp;", "&"))
    return out


def quiet() -> None:
    items = [i for i in load_corpus(DEV) if i.event is None]
    sets = {"dev no-event items": [i.text for i in items],
            "PETRARCH-2 sentences with no coding": _petrarch_quiet()}
    for name, texts in sets.items():
        if not texts:
            print(f"{name}: not found, skipped")
            continue
        # the unit tests' sentences name PETRARCH-2's own test world (as bench_news reads them)
        coder = _Coder(texts, _world() if "PETRARCH" in name else ActorDictionary.builtin())
        with _no_fallback():
            before = sum(bool(coder.events(i)) for i in range(len(texts)))
        after, guessed = 0, []
        for i in range(len(texts)):
            events = coder.events(i)
            after += bool(events)
            guessed += [(texts[i], e) for e in events if e.found == "similar"]
        print(f"{name} ({len(texts)}): with some event {before} without the fallback, "
              f"{after} with it; events found by the fallback: {len(guessed)}")
        for text, e in guessed:
            print(f"  {e.act} ({e.cameo}) '{text[e.span[0]:e.span[1]]}' in '{text[:70]}...'")
    if SEED.is_file():
        scenario = load_scenario(ROOT / "scenarios" / "gaza-ceasefire-2024-05.yaml")
        dictionary = ActorDictionary.builtin().with_scenario(scenario)
        (doc,) = read_documents(SEED)
        gold = [GoldEvent(**g) for g in yaml.safe_load(GOLD.read_text())["events"]]
        for label, context in (("without", _no_fallback), ("with", nullcontext)):
            with context():
                (reading,) = read_news([doc], dictionary)
            s = score(reading, gold)
            guessed = [e for e in reading.events if e.found == "similar"]
            print(f"seed article {label} the fallback: precision {s.precision:.2f}, recall "
                  f"{s.recall:.2f}; {s.false_positives} extra events, {len(guessed)} found by "
                  f"the fallback: " + ", ".join(
                      f"{e.act} '{doc.text[e.span[0]:e.span[1]]}'" for e in guessed))


def cost() -> None:
    nlp = load_pipeline()
    cpu = time.process_time()
    index = similar.Neighbours(nlp.vocab, similar.known_verbs())
    built = time.process_time() - cpu
    words = [w for w in nlp.vocab.strings if w.isalpha() and w.islower()
             and w not in similar.known_verbs() and nlp.vocab.has_vector(w)][:2000]
    cpu = time.process_time()
    for w in words:
        index.guess(w)
    first = time.process_time() - cpu
    cpu = time.process_time()
    for w in words:
        index.guess(w)
    again = time.process_time() - cpu
    print(f"index of {len(index.words)} verbs x {index.matrix.shape[1]} built in "
          f"{1000 * built:.1f} ms CPU; {len(words)} unknown words: {1e6 * first / len(words):.0f}"
          f" us CPU each the first time, {1e6 * again / len(words):.1f} us cached")
    if SEED.is_file():
        (doc,) = read_documents(SEED)
        asked = {t.lemma_.lower() for d in nlp.pipe([p.text for p in doc.paragraphs])
                 for t in d if t.pos_ == "VERB" and t.lemma_.lower() not in
                 similar.known_verbs()}
        print(f"seed article: {len(asked)} distinct verb lemmas the lexicon lacks (each looked "
              "up once per process)")


if __name__ == "__main__":
    parts = sys.argv[1:] or ["loo", "dev", "quiet", "cost"]
    if "loo" in parts:
        loo()
    if "dev" in parts:
        dev()
    if "quiet" in parts:
        quiet()
    if "cost" in parts:
        cost()
