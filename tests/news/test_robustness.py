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


def test_a_sentence_the_coder_fails_on_is_reported_and_the_rest_read(nlp, dictionary,
                                                                     monkeypatch, tmp_path):
    import json

    from typer.testing import CliRunner

    from accord.cli.main import app
    from accord.news import RawDocument, events, read_news, reader

    real = events.code_sentence

    def failing(sent, index, *args, **kwargs):
        if "Rafah" in sent.text:
            raise ValueError("a bug")
        return real(sent, index, *args, **kwargs)

    monkeypatch.setattr(reader, "code_sentence", failing)
    text = "Israel shelled Rafah on Monday. Egypt urged Israel to halt the offensive."
    (reading,) = read_news([RawDocument.of_text(text, "doc")], dictionary, nlp=nlp)
    assert reading.problems == ("sentence 0: not coded (ValueError: a bug); please report it",)
    assert [(e.sentence, e.source.code) for e in reading.events][:1] == [(1, "EGY")]
    path = tmp_path / "report.txt"
    path.write_text(text)
    result = CliRunner().invoke(app, ["read", str(path), "--json"])
    assert result.exit_code == 0, result.output
    assert f"warning: {path}: sentence 0: not coded (ValueError: a bug)" in result.stderr
    assert json.loads(result.stdout)["documents"][0]["problems"] == [
        "sentence 0: not coded (ValueError: a bug); please report it"]


def test_mangled_sentences_leave_no_problems(nlp, dictionary):
    from accord.news import RawDocument, read_news

    docs = [RawDocument.of_text(t, f"m{i}") for i, t in enumerate(_mangled()[:120])]
    assert not any(r.problems for r in read_news(docs, dictionary, nlp=nlp))
