"""The reader never raises on mangled news: dev sentences with their first words dropped (a
sentence that starts with its verb, an object with no subject) or lower-cased (no proper
names to anchor the actors). A sample of dev, every 40th sentence, read in one batch."""

from __future__ import annotations

from pathlib import Path

from accord.news.corpus import load_corpus

DEV = Path(__file__).with_name("gold_cameo_dev.yaml")


def _mangled() -> list[str]:
    out = []
    for item in load_corpus(DEV)[::40]:
        words = item.text.split()
        for k in (1, 2, 3):
            if len(words) > k + 3:
                rest = " ".join(words[k:])
                out.append(rest[0].upper() + rest[1:])
        out.append(item.text.lower())
    return out


def test_mangled_sentences_are_read_without_error(nlp, dictionary):
    from accord.news import RawDocument, read_news

    texts = _mangled()
    docs = [RawDocument.of_text(t, f"m{i}") for i, t in enumerate(texts)]
    readings = list(read_news(docs, dictionary, nlp=nlp))
    assert len(texts) > 400 and len(readings) == len(texts)
    assert all(e.source is not None and e.cameo for r in readings for e in r.events)
