"""Text as it comes from lists, PDFs, web pages and wires: bulleted lines, words a line end
breaks with a hyphen, characters that print nothing, dates in other forms, HTML; the offsets
accord gives still point into the text as read."""

from __future__ import annotations

import io

import pytest

from accord.news.text import (
    RawDocument,
    dateline_date,
    document_date,
    document_title,
    legible,
    read_documents,
    read_stream,
    redated,
)


def _document(text: str, name: str = "t.txt", **kwargs) -> RawDocument:
    (doc,) = read_stream(io.BytesIO(text.encode()), name, **kwargs)
    return doc


def _paragraphs(text: str) -> list[str]:
    doc = _document(text)
    for p in doc.paragraphs:
        assert doc.text[p.start:p.start + len(p.text)] == p.text
    return [p.text for p in doc.paragraphs]


# --- lists (report 5) -------------------------------------------------------------------

@pytest.mark.parametrize("bullet", ["- ", "* ", "• ", "1. ", "2) ", "  – "])
def test_each_item_of_a_list_is_a_paragraph_without_its_bullet(bullet):
    """Dash items after a line ending a sentence ran into one sentence with it."""
    text = (f"The talks resumed.\n{bullet}Hamas rejected the truce.\n{bullet}Israel offered "
            f"a pause\n   of six weeks.\n{bullet}Egypt said nothing")
    assert _paragraphs(text) == ["The talks resumed.", "Hamas rejected the truce.",
                                 "Israel offered a pause\n   of six weeks.", "Egypt said nothing"]


def test_a_list_after_a_colon_or_at_the_top_is_split_and_prose_wrapped_at_a_dash_is_not():
    assert _paragraphs("Demands:\n- a truce\n- prisoners freed") == [
        "Demands:", "a truce", "prisoners freed"]
    assert _paragraphs("- Hamas rejected the truce\n- Israel offered a pause") == [
        "Hamas rejected the truce", "Israel offered a pause"]
    wrapped = ("Hamas's chief negotiator\n- a veteran of the 2014 talks - rejected the truce "
               "on Monday,\n12 officials said, and the talks ended.")
    assert _paragraphs(wrapped) == [wrapped]


def test_a_line_of_lines_loses_its_bullet():
    (first, second) = read_stream(io.BytesIO(b"- Hamas rejected it.\n* Israel agreed.\n"),
                                  "t.txt", lines=True)
    assert first.paragraphs[0].text == "Hamas rejected it." and first.paragraphs[0].start == 2
    assert second.paragraphs[0].text == "Israel agreed."


def test_bulleted_reports_are_sentences_of_their_own(nlp, dictionary):
    from accord.news import read_news

    doc = _document("- Hamas rejected the ceasefire proposal.\n"
                    "- Israel offered a six-week truce.\n")
    (reading,) = read_news([doc], dictionary, nlp=nlp)
    assert [s.text for s in reading.sentences] == [
        "Hamas rejected the ceasefire proposal.", "Israel offered a six-week truce."]
    assert {(e.sentence, e.source.code) for e in reading.events} >= {(0, "PSEHMS"), (1, "ISR")}


# --- words a line end breaks, invisible characters (reports 13, 15) ---------------------

def test_a_word_broken_by_a_hyphen_at_a_line_end_is_made_whole():
    text = ("Hamas re-\njected the plan, ac- \n  cording to a pro-\nGovernment paper and a "
            "long-\nterm truce; Egypt\u200b media\u00ad\ntors said\u200b so.")
    clean = legible(text, lambda word: word.lower() == "long-term")
    assert clean.text == ("Hamas rejected the plan, according to a pro-Government paper and a "
                          "long-term truce; Egypt mediators said so.")
    for word, original in [("rejected", "re-\njected"), ("according", "ac- \n  cording"),
                           ("pro-Government", "pro-\nGovernment"), ("long-term", "long-\nterm"),
                           ("mediators", "media\u00ad\ntors"), ("Egypt", "Egypt"),
                           ("so.", "so.")]:
        at = clean.text.index(word)
        assert text[clean.origin(at):clean.origin_end(at + len(word))] == original
    assert legible("Hamas rejected it.\nIsrael - agreed.").cuts == ()


def test_a_hyphenated_report_reads_as_the_same_report_unbroken(nlp, dictionary):
    """PDF text: "re-\\njected" gave no event and a stance to the wrong party."""
    from accord.news import read_news

    whole = "Israel rejected the proposal and Egyptian mediators offered a long-term truce."
    broken = ("Israel re-\njected the pro-\nposal and Egyptian media-\ntors offered a long-\n"
              "term truce.")
    spaced = "Israel\u200b rejected the\u200b proposal and Egyptian\u200b media\u00adtors " \
             "offered a long-term truce."
    readings = list(read_news([RawDocument.of_text(t) for t in (whole, broken, spaced)],
                              dictionary, nlp=nlp))
    events = [[(e.source.code, e.cameo, r.text[e.span[0]:e.span[1]]) for e in r.events]
              for r in readings]
    assert events[0], whole
    assert [e[:2] for e in events[1]] == [e[:2] for e in events[0]] == [e[:2] for e in events[2]]
    assert events[1][0][2].startswith("re-\njected")
    _, reading, _ = readings
    assert reading.sentences[0].text == whole  # the sentence as read; its offsets the text's
    assert (reading.sentences[0].start, reading.sentences[0].end) == (0, len(broken))


# --- dates (report 16) --------------------------------------------------------------------

@pytest.mark.parametrize("text, date", [
    ("Updated 2025-03-06T14:30:00Z", "2025-03-06"), ("2025-03-06T14", "2025-03-06"),
    ("VALMORA, 4th March 2025 - the union", "2025-03-04"), ("the 21st of May 2024", "2024-05-21"),
    ("March 4th, 2025", "2025-03-04"), ("Tuesday, March 4, 2025", "2025-03-04"),
    ("13/3/2025", "2025-03-13"), ("3/13/2025", "2025-03-13"), ("3/3/2025", "2025-03-03"),
    ("13.03.2025", "2025-03-13"), ("2025/03/05", "2025-03-05"),
    # day and month in figures that read both ways are no date
    ("3/5/2025", None), ("on 3/5/2025, then March 9, 2025", "2025-03-09"),
    ("31/2/2025", None), ("version 1.2.2025", None), ("13/13/2025", None),
])
def test_more_date_forms(text, date):
    assert document_date(text) == date


@pytest.mark.parametrize("text, hint, date", [
    ("VALMORA, March 3 (Reuters) - The union struck.", "2025-03-04", "2025-03-03"),
    ("VALMORA, 3rd March (Reuters) - The union struck.", "2025-03", "2025-03-03"),
    ("VALMORA, Monday, March 3 - The union struck.", "2025", "2025-03-03"),
    ("VALMORA, Dec. 31 (Reuters) - The union struck.", "2025-01-02", "2024-12-31"),
    ("VALMORA, Jan 2 (AP) - The union struck.", "2024-12-30", "2025-01-02"),
    ("VALMORA, March 3, 2025 (Reuters) - The union struck.", "2024", None),  # it has its year
    ("VALMORA, Feb. 29 - The union struck.", "2025", None),
    ("VALMORA, March 3 - The union struck.", None, None),
    ("The union struck on March 3.", "2025", None),
])
def test_a_dateline_without_a_year_takes_the_year_given_besides(text, hint, date):
    assert dateline_date(text, hint) == date


def test_a_yearless_dateline_is_dated_by_the_file_name_or_date(tmp_path):
    """The file name's date replaced the dateline's day."""
    path = tmp_path / "2025-03-04-strike.txt"
    path.write_text("VALMORA, March 3 (Reuters) - The union rejected the wage freeze.\n")
    (doc,) = read_documents(path)
    assert doc.date == "2025-03-03"
    assert redated(doc, "2024").date == "2024-03-03"
    assert redated(doc, "2024-05").date == "2024-05"  # the dateline is not in that month
    assert redated(doc, "2024-05-01").date == "2024-05-01"
    (line,) = read_documents(path, lines=True)
    assert line.date == "2025-03-03"


# --- web pages, titles (report 19) -------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html><head><title>Port talks</title><style>p { color: red }</style>
<script>var s = "<p>Hamas attacked Israel.</p>";</script></head>
<body><h1>Union &amp; port</h1>
<p>VALMORA, March 4, 2025 - The union <b>rejected</b> a wage&nbsp;freeze
on Monday.</p><ul><li>One</li><li>Two<br>lines</li></ul>Three<br> <br>Four</body></html>"""


@pytest.mark.parametrize("name", ["page.html", "<stdin>"])
def test_a_web_page_is_read_as_its_text(name):
    """A .html file was read with its markup: tags in titles and evidence."""
    doc = _document(PAGE, name)
    assert doc.text == ("Union & port\n\nVALMORA, March 4, 2025 - The union "
                        "rejected a wage freeze on Monday.\n\nOne\n\nTwo\nlines\n\nThree\n\n"
                        "Four")
    assert doc.paragraphs[0].text == "Union & port" and doc.date == "2025-03-04"


def test_a_head_left_open_hides_no_body():
    page = "<html><head><title>Port</title><body><p>Hamas rejected the truce.</p></body>"
    assert _document(page, "p.htm").text == "Hamas rejected the truce."


def test_markup_in_a_text_file_that_is_no_page_stays():
    assert _document("Hamas said <b>no</b> to the truce.").text == \
        "Hamas said <b>no</b> to the truce."


def test_a_long_title_is_cut_after_a_whole_word_on_one_line():
    """"...under the auspices of the Labour Minist": a word cut in two."""
    first = ("The Dockworkers Union and the Valmora Port Authority opened wage talks on "
             "Monday under the auspices of the Labour Ministry, officials said.")
    title = document_title([first], 120)
    assert title == ("The Dockworkers Union and the Valmora Port Authority opened wage talks "
                     "on Monday under the auspices of the Labour…")
    assert document_title(["Talks\nresume in  Cairo."], 120) == "Talks resume in Cairo."
    assert len(document_title(["x" * 200], 120)) == 120
