"""The timeline across articles (``accord read --timeline``): by date, then each article's own
order of sentences (no NLP needed)."""

from __future__ import annotations

from accord.news import Actor, Event, Reading, Sentence
from accord.news.timeline import timeline


def _event(sentence, start, who, confidence):
    return Event(sentence=sentence, span=(start, start + 1), source=Actor(who, "XXX"),
                 target=None, plover="CONSULT", mode=None, cameo="040", goldstein=1.0,
                 negated=False, modality=None, confidence=confidence)


def _reading(name, date, events):
    texts = ("First.", "Second.", "Third.", "Fourth.")
    return Reading(name, " ".join(texts), date,
                   tuple(Sentence(t, 0, len(t)) for t in texts), tuple(events))


def test_events_follow_the_articles_order_of_sentences_not_confidence():
    """The reader lists events most confident first; the timeline told them in that order,
    so a later sentence came before an earlier one."""
    events = (_event(2, 0, "C", 0.9), _event(0, 0, "A", 0.5), _event(1, 5, "B2", 0.7),
              _event(1, 0, "B1", 0.6))
    (entry,) = timeline([_reading("a.txt", "2024-05-06", events)])
    assert [e.split()[0] for e in entry.events] == ["A", "B1", "B2", "C"]


def test_the_most_confident_events_are_kept_and_told_in_the_articles_order():
    events = (_event(3, 0, "D", 0.95), _event(0, 0, "A", 0.2), _event(1, 0, "B", 0.8),
              _event(2, 0, "C", 0.3))
    (entry,) = timeline([_reading("a.txt", None, events)], per_article=2)
    assert [e.split()[0] for e in entry.events] == ["B", "D"]


def test_articles_follow_their_dates_undated_last():
    later = _reading("a.txt", "2024-05-07", (_event(0, 0, "L", 0.9),))
    undated = _reading("0.txt", None, (_event(0, 0, "U", 0.9),))
    earlier = _reading("b.txt", "2024-05-06", (_event(0, 0, "E", 0.9),))
    assert [t.document for t in timeline([later, undated, earlier])] == [
        "b.txt", "a.txt", "0.txt"]


def test_lines_of_one_file_come_in_the_file_s_order():
    """With --lines each line is a document named file:N; "x.txt:10" came before "x.txt:2"."""
    readings = [_reading(f"x.txt:{n}", None, (_event(0, 0, str(n), 0.9),)) for n in (10, 2, 1)]
    assert [t.document for t in timeline(readings)] == ["x.txt:1", "x.txt:2", "x.txt:10"]


def test_a_statement_with_no_plover_category_is_told_by_its_cameo_code():
    said = Event(sentence=0, span=(0, 1), source=Actor("the union", "LAB"), target=None,
                 plover=None, mode=None, cameo="010", goldstein=0.0, negated=False,
                 modality=None, confidence=0.9)
    (entry,) = timeline([_reading("a.txt", None, (said,))])
    assert entry.events == ("the union CAMEO 010",)
