"""What ``accord read`` takes in: every paragraph bounded, dates as printed (abbreviated,
the dateline's first, impossible ones refused), short English texts, UTF-16, lines in other
languages named and left out, data files in a folder left out (no NLP needed)."""

from __future__ import annotations

import codecs
import io

import pytest
from typer.testing import CliRunner

from accord.cli.main import app
from accord.errors import AccordInputError
from accord.news.actor_files import load_actors
from accord.news.text import MAX_PARAGRAPH, document_date, news_files, read_documents, read_stream

runner = CliRunner()
SENTENCE = "Hamas envoys left Cairo on Monday, and the talks were suspended again."


def _covers(text, paragraphs):
    for p in paragraphs:
        assert text[p.start:p.start + len(p.text)] == p.text
        assert text.count("\n", 0, p.start) + 1 == p.line
    assert "".join("".join(p.text.split()) for p in paragraphs) == "".join(text.split())


def test_a_long_paragraph_followed_by_others_is_cut_too():
    """Only the last paragraph was cut: a 1 MB paragraph ended by a blank line went to the
    parser whole (spaCy's E088 above 1,000,000 characters, 800 MB at 200,000)."""
    long = "\n".join([SENTENCE] * 3_000)  # 213,000 characters, lines of 70
    text = f"Title\n\n{long}\n\n{long}\n\nThe end of it.\n"
    (doc,) = read_stream(io.BytesIO(text.encode()), "r.txt", max_mb=5)
    assert all(0 < len(p.text) <= MAX_PARAGRAPH for p in doc.paragraphs)
    assert doc.paragraphs[0].text == "Title" and doc.paragraphs[-1].text == "The end of it."
    _covers(text, doc.paragraphs)


@pytest.mark.parametrize("text, date", [
    ("BEIJING, Jan. 10, 2024 (Xinhua) - China criticised Japan.", "2024-01-10"),
    ("Jan 10, 2024", "2024-01-10"), ("Sept. 5, 2023", "2023-09-05"),
    ("Dec. 1, 2023", "2023-12-01"), ("on 5 Sept 2023", "2023-09-05"),
    ("UNITED NATIONS, Feb 29, 2024 (AFP) -", "2024-02-29"),
    # the first by position, whatever the form of a later one
    ("CAIRO, May 8, 2024 (Reuters) - Talks. On May 12, 2024, more. Resume on 20 May 2024.",
     "2024-05-08"),
    ("Dated 2024-05-07; talks on May 6, 2024.", "2024-05-07"),
    # impossible dates are no dates; a later possible one is taken
    ("February 30, 2024", None), ("On 2024-02-30 China criticised Japan.", None),
    ("Feb 29, 2023, then March 1, 2023", "2023-03-01"), ("31 April 2024", None),
    ("Mayor 10, 2024 said", None),
])
def test_dates_as_the_wires_print_them(text, date):
    assert document_date(text) == date


@pytest.mark.parametrize("name, date", [
    ("report-2024-13-01.txt", None), ("report-2024-02-30.txt", None),
    ("2024-02-29-report.txt", "2024-02-29"), ("report-2024-05.txt", "2024-05"),
    ("report-2024-13.txt", None), ("report-2024.txt", "2024")])
def test_a_file_name_gives_only_a_real_date(tmp_path, name, date):
    path = tmp_path / name
    path.write_text("Israel and Hamas held talks in Cairo.\n")
    (doc,) = read_documents(path)
    assert doc.date == date


def test_the_dateline_dates_the_document_not_a_later_date():
    text = ("CAIRO, May 8, 2024 (Reuters) - Israel and Hamas held talks in Cairo on "
            "Wednesday.\n\nOn May 12, 2024, Israeli forces attacked Rafah. Israel said the "
            "talks would resume on 20 May 2024 in Doha.\n")
    (doc,) = read_stream(io.BytesIO(text.encode()), "<stdin>")
    assert doc.date == "2024-05-08"


@pytest.mark.parametrize("text", [
    "BEIJING, Jan. 10, 2024 (Xinhua) - China criticised Japan.\n",
    "Iran condemns Israeli strikes\n", "Turkey offered talks.\n"])
def test_a_short_english_text_is_read(text):
    """Too few words for the share of English function words to say anything: a short text
    of names and verbs was refused as 'not English (0%)'."""
    (doc,) = read_stream(io.BytesIO(text.encode()), "a.txt")
    assert doc.text == text


@pytest.mark.parametrize("text", [
    "Hamas le mouvement a rejeté la proposition de cessez-le-feu des deux camps.",
    "Die Waffenruhe wurde von beiden Seiten gebrochen, sagte ein Sprecher.",
    "这是一个中文句子，讨论加沙停火谈判的进展情况。"])
def test_a_short_text_in_another_language_is_still_refused(text):
    with pytest.raises(AccordInputError, match="a.txt: does not look like English"):
        list(read_stream(io.BytesIO(text.encode()), "a.txt"))


def test_with_lines_a_line_in_another_language_is_named_and_left_out():
    text = ("Israel attacked Hamas in Gaza on Monday, officials said.\n"
            "Hamas le mouvement a rejeté la proposition de cessez-le-feu\n"
            "Turkey offered to host talks between Russia and Ukraine in Istanbul.\n")
    left_out = []
    docs = list(read_stream(io.BytesIO(text.encode()), "w.txt", lines=True,
                            skipped=left_out.append))
    assert [d.name for d in docs] == ["w.txt:1", "w.txt:3"]
    assert [str(e) for e in left_out] == [
        "w.txt:2: left out: does not look like English (more of its words are another "
        "language's)"]
    with pytest.raises(AccordInputError, match="w.txt:2: left out"):  # never unsaid
        list(read_stream(io.BytesIO(text.encode()), "w.txt", lines=True))


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-8-sig", "utf-32"])
def test_unicode_with_a_byte_order_mark_is_text(tmp_path, encoding):
    """Windows saves "Unicode" text as UTF-16 with a byte-order mark: it was called 'a binary
    file, not text'."""
    text = "CAIRO, May 8, 2024 - Hamas négociateurs left the talks.\n\nEgypt said so.\n"
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    path = tmp_path / "u.txt"
    path.write_bytes(data)
    (doc,) = read_documents(path)
    assert doc.text == text and doc.date == "2024-05-08"
    assert [p.text for p in doc.paragraphs][-1] == "Egypt said so."


def test_broken_utf16_names_its_line(tmp_path):
    path = tmp_path / "u.txt"
    path.write_bytes("Hamas left.\nEgypt said so.\n".encode("utf-16") + b"\x00\xd8A\x00")
    with pytest.raises(AccordInputError, match=r"u.txt:3: not UTF-16 text"):
        list(read_documents(path))


def test_a_folder_leaves_out_data_files_and_names_them(tmp_path):
    """accord's own --out events and a scenario in a folder of news were read as articles:
    37 and 69 made-up events that fed stances, status and --update."""
    (tmp_path / "a.txt").write_text("Hamas negotiators walked out of the talks in Cairo.\n")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b").write_text("Egypt hosted the talks.\n")
    for name in ("events.csv", "scenario.yaml", "ev.parquet", ".hidden.txt"):
        (tmp_path / name).write_text("document,date,sentence,start\n")
    files, message = news_files(tmp_path)
    assert files == [tmp_path / "a.txt", tmp_path / "sub" / "b"]
    assert message == (f"{tmp_path}: 3 data files (.csv, .parquet, .yaml), not news: "
                       "ev.parquet, events.csv, scenario.yaml")


@pytest.mark.parametrize("content, kind", [
    ("document,date,sentence,start,end,source_text\nx.txt,2024,0,1,2,Hamas\n",
     "accord's events table (accord read --out), not news text"),
    ("# talks\nname: Talks\nissues:\n  price: {type: integer}\nparties:\n  a: {}\n",
     "a scenario (its parties and issues), not news text"),
    ('{"name": "t", "issues": {}, "parties": {}}', "a scenario"),
    ('{"documents": [{"name": "a.txt"}]}', "JSON data, not news text"),
])
def test_accords_own_data_is_not_news_whatever_its_name(tmp_path, content, kind):
    path = tmp_path / "notes.txt"
    path.write_text(content)
    result = runner.invoke(app, ["read", str(path)])
    assert result.exit_code == 2
    assert f"{path}: {kind}" in result.output


def test_a_folder_of_data_alone_exits_2_naming_it(tmp_path):
    (tmp_path / "events.csv").write_text("document,date\n")
    (tmp_path / "s.yaml").write_text("name: x\n")
    result = runner.invoke(app, ["read", str(tmp_path)])
    assert result.exit_code == 2
    assert "nothing could be read" in result.output
    assert "2 data files (.csv, .yaml), not news: events.csv, s.yaml" in result.output


@pytest.mark.parametrize("text, where, message", [
    ("FREEDONIA [XYZ\n", ":1: FREEDONIA [XYZ:", "a [code] not closed"),
    ("SYLVANIA [SYL]\n+SYLVANIA_REPUBLIC SYL]\n", ":2:", "a [code] not closed"),
    ("FREEDONIA\n", ":1:", "no actors ('FREEDONIA' has no [code]: left out)"),
])
def test_a_malformed_petrarch_line_is_located(tmp_path, text, where, message):
    path = tmp_path / "a.txt"
    path.write_text(text)
    with pytest.raises(AccordInputError) as caught:
        load_actors(path)
    assert f"{path}{where}" in str(caught.value) and message in str(caught.value)


def test_a_documents_paragraphs_are_no_second_copy_of_its_text():
    """The bytes read, a list of every line and each paragraph's text were held besides the
    text itself: about 4 copies of a 50 MB input before the first sentence was parsed."""
    import tracemalloc

    data = ("\n\n".join([SENTENCE * 20] * 3_000) + "\n").encode()  # 4.3 MB
    tracemalloc.start()
    try:
        (doc,) = read_stream(io.BytesIO(data), "big.txt", max_mb=10)
        held, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(doc.paragraphs) == 3_000
    assert held < 1.3 * len(data)  # the text once (ASCII: a byte a character), and places
    assert peak < 2.6 * len(data)  # while reading: the bytes and the text
    _covers(doc.text, doc.paragraphs)
    assert doc.paragraphs[-1] == doc.paragraphs[2_999] and doc.paragraphs[:2] == tuple(
        list(doc.paragraphs)[:2])


@pytest.mark.parametrize("date", ["2024-13-01", "2024-02-30", "2024-13"])
def test_a_scenario_source_with_an_impossible_date_is_refused(date):
    from pydantic import ValidationError

    from accord.model.party import Source

    with pytest.raises(ValidationError, match="is not a real date"):
        Source(outlet="news report", date=date)
    assert Source(outlet="news report", date="2024-02-29").date == "2024-02-29"
