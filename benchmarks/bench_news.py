"""Speed and accuracy of ``accord read``.

- Speed: sentences per second through the whole reader (parse + code) on the seed article's
  paragraphs repeated, with 1 and 2 parser processes (wall clock and CPU seconds; the machine is
  shared, so CPU time is the steadier figure).
- Accuracy on accord's own gold annotation of the seed (``tests/news/gold_seed.yaml``):
  precision, recall and F1 of events (source, PLOVER category, CAMEO root, target, modality).
- Mechanics on PETRARCH-2's unit tests (``../shared/data/events/petr2_unittest.xml``): their
  event codes come from a test-only verb dictionary, so only the actors are compared: for every
  sentence where the reader codes an event, whether some event has the expected source and
  target (dyad), with a dictionary of the test world's names built from the expected codes.

Held-out real news sentences (the issue's accuracy targets) are not in this repository and are
not measured here.

Run: ``python benchmarks/bench_news.py [repeats]``
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

import yaml

from accord.io.yaml import load_scenario
from accord.news import ActorDictionary, Entry, read_documents, read_news
from accord.news.evaluation import GoldEvent, score
from accord.news.text import Paragraph, RawDocument

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "seed" / "ceasefire-talks-2024.txt"
PETR = ROOT.parent / "shared" / "data" / "events" / "petr2_unittest.xml"
GOLD = ROOT / "tests" / "news" / "gold_seed.yaml"


def speed(repeats: int) -> None:
    (doc,) = read_documents(SEED)
    docs = [RawDocument(f"copy{i}", doc.text, doc.paragraphs, doc.date) for i in range(repeats)]
    for jobs in (1, 2):
        wall, cpu = time.perf_counter(), time.process_time()
        readings = list(read_news(docs, jobs=jobs))
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        n = sum(len(r.sentences) for r in readings)
        line = f"speed, jobs={jobs}: {n} sentences in {wall:.1f} s wall = {n / wall:.0f}/s"
        if jobs == 1:
            line += f"; {cpu:.1f} s CPU = {n / cpu:.0f}/s per core"
        print(line)


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


def petrarch() -> None:
    if not PETR.is_file():
        print(f"PETRARCH-2 unit tests not found at {PETR}: skipped")
        return
    text = PETR.read_text(encoding="utf-8")
    records = []
    for body in re.findall(r"<Sentence [^>]*>(.*?)</Sentence>", text, re.S):
        sentence = " ".join(re.search(r"<Text>(.*?)</Text>", body, re.S).group(1).split())
        codings = re.findall(r'sourcecode="(\w+)" targetcode="(\w+)"', body)
        records.append((sentence, codings))
    # The test world's names: a capitalised word whose first three letters are an expected
    # country code (Arnor: ARN); agents come from accord's own role words.
    codes = {c[:3] for _, cs in records for pair in cs for c in pair}
    names = {}
    for sentence, _ in records:
        for word in re.findall(r"\b[A-Z][a-z]+\b", sentence):
            if word[:3].upper() in codes:
                names[word.lower()] = Entry(word[:3].upper(), word, "country")
    base = ActorDictionary.builtin()
    world = ActorDictionary(names, base.agents, base.descriptions)
    docs = [RawDocument(f"petr{i}", s, (Paragraph(s, 0, 1),)) for i, (s, _) in enumerate(records)]
    coded = with_dyad = sources = 0
    expected = sum(1 for _, cs in records if cs)
    for reading, (_, codings) in zip(read_news(docs, world), records):
        if not codings or not reading.events:
            continue
        coded += 1
        got = {(e.source.code, e.target.code if e.target else None) for e in reading.events}
        if any((s, t) in got for s, t in codings):
            with_dyad += 1
        if any(s in {g[0] for g in got} for s, _ in codings):
            sources += 1
    print(f"PETRARCH-2 unit tests: {len(records)} sentences, {expected} with codings; events "
          f"coded in {coded}; of those, expected source found in {sources} "
          f"({sources / max(coded, 1):.0%}), expected source and target together in "
          f"{with_dyad} ({with_dyad / max(coded, 1):.0%})")


if __name__ == "__main__":
    if not SEED.is_file():
        sys.exit(f"the seed article is not at {SEED}")
    gold()
    petrarch()
    speed(int(sys.argv[1]) if len(sys.argv) > 1 else 40)
