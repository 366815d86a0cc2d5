"""Bad input gets one clear line and exit status 2, never a traceback (no NLP needed)."""

from __future__ import annotations

import io

import pytest
from typer.testing import CliRunner

from accord.cli.main import app
from accord.errors import AccordInputError
from accord.news.text import (
    document_date,
    document_title,
    read_documents,
    read_stream,
    strip_dateline,
)

runner = CliRunner()


def _read(path, *args):
    result = runner.invoke(app, ["read", str(path), *args])
    assert result.exception is None or isinstance(result.exception, SystemExit)
    return result


@pytest.mark.parametrize("content, message", [
    (b"\x00\x01\x02binary\x00" * 100, "a binary file, not text"),
    (b"", "no text: the input is empty"),
    (b"  \n\n \t\n", "no text: the input is empty"),
    ("Die Waffenruhe wurde von beiden Seiten gebrochen und die Gespräche in Kairo sind "
     "gescheitert, sagte ein Sprecher der Regierung am Montag.".encode(), "does not look like "
     "English"),
    (b"Hamas said \xff\xfe it would", "not UTF-8 text"),
])
def test_unreadable_files_exit_2_with_the_reason(tmp_path, content, message):
    path = tmp_path / "report.txt"
    path.write_bytes(content)
    result = _read(path)
    assert result.exit_code == 2
    assert message in result.output
    assert str(path) in result.output
    assert "Traceback" not in result.output


def test_a_50_mb_text_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.write(b"The talks went on. " * (50 * 2**20 // 19 + 1))
    result = _read(path)
    assert result.exit_code == 2
    assert "50.0 MB is more than accord read takes (10 MB" in result.output


def test_a_single_huge_line_is_not_running_text():
    with pytest.raises(AccordInputError, match=r"<stdin>:1: a line of 200,000 characters"):
        list(read_stream(io.BytesIO(b"the " * 50_000), "<stdin>"))


def test_a_folder_where_nothing_reads_exits_2(tmp_path):
    (tmp_path / "a.bin").write_bytes(b"\x00" * 10)
    (tmp_path / "b.txt").write_bytes(b"")
    result = _read(tmp_path)
    assert result.exit_code == 2
    assert "nothing could be read" in result.output


def test_missing_file_and_option_misuse(tmp_path):
    assert "no such file" in _read(tmp_path / "nope.txt").output
    result = _read(tmp_path / "nope.txt", "--dry-run")
    assert result.exit_code == 2 and "--dry-run needs --update" in result.output


def test_paragraph_offsets_point_into_the_text(tmp_path):
    path = tmp_path / "2024-05-09-report.txt"
    text = "Heading line\n\nFirst paragraph, the talks\ncontinued.\n\n\nSecond one is here.\n"
    path.write_text(text)
    (doc,) = read_documents(path)
    assert [(p.text, p.line) for p in doc.paragraphs] == [
        ("Heading line", 1), ("First paragraph, the talks\ncontinued.", 3),
        ("Second one is here.", 7)]
    assert all(text[p.start:p.start + len(p.text)] == p.text for p in doc.paragraphs)
    assert doc.date == "2024-05-09"


def test_lines_mode_gives_one_document_per_line():
    docs = list(read_stream(io.BytesIO(b"Israel said it would attack.\n\nHamas said no.\n"),
                            "<stdin>", lines=True))
    assert [(d.name, d.text) for d in docs] == [("<stdin>:1", "Israel said it would attack."),
                                                ("<stdin>:3", "Hamas said no.")]


@pytest.mark.parametrize("text, date", [
    ("Cairo, 9 May 2024 - talks", "2024-05-09"), ("On May 6, 2024, Hamas", "2024-05-06"),
    ("dated 2024-05-07.", "2024-05-07"), ("no date here", None)])
def test_document_dates(text, date):
    assert document_date(text) == date


@pytest.mark.parametrize("text, rest", [
    ("CAIRO, May 6 (Reuters) - Hamas said it accepted the proposal.",
     "Hamas said it accepted the proposal."),
    ("CAIRO, May 6 (Reuters) -", ""),
    ("GAZA CITY (AP) — Israeli tanks rolled into Rafah.", "Israeli tanks rolled into Rafah."),
    ("JERUSALEM/GAZA, Jan. 5, 2009 (Reuters) -- Israel pressed on.", "Israel pressed on."),
    ("WASHINGTON — The White House said nothing.", "The White House said nothing."),
    ("Cairo, 9 May 2024 - talks resumed.", "talks resumed."),
    ("UNITED NATIONS, Sept 12 (AFP) - The council met.", "The council met."),
    # not datelines: a sentence that merely starts with a name, a dash later in the sentence
    ("Hamas - the group that runs Gaza - said no.", "Hamas - the group that runs Gaza - said no."),
    ("U.S. President Joe Biden said on Monday - again - that a deal was close.",
     "U.S. President Joe Biden said on Monday - again - that a deal was close."),
    ("Egypt, Qatar and the U.S. mediate.", "Egypt, Qatar and the U.S. mediate."),
    # a name in capitals and its apposition between dashes: the story does not start there
    ("NATO — the alliance of 32 nations — said it would send more peacekeepers.",
     "NATO — the alliance of 32 nations — said it would send more peacekeepers."),
    ("U.N. - the world body - appealed for calm.", "U.N. - the world body - appealed for calm."),
])
def test_a_dateline_is_taken_off_the_start_of_a_text(text, rest):
    assert strip_dateline(text) == rest


def test_the_title_is_the_first_sentence_after_the_dateline():
    """A dateline standing alone at the top of an article was taken as its title."""
    assert document_title(["CAIRO, May 6 (Reuters) -", "Hamas accepts the proposal."]) == (
        "Hamas accepts the proposal.")
    assert document_title(["CAIRO, May 6 (Reuters) - Hamas accepts.", "More."]) == (
        "Hamas accepts.")
    assert document_title(["Talks resume in Cairo", "CAIRO, May 6 (Reuters) - Hamas."]) == (
        "Talks resume in Cairo")
    assert document_title(["CAIRO, May 6 (Reuters) -"]) == ""


@pytest.mark.parametrize("content, message", [
    ("这是一个中文句子，讨论加沙停火谈判的进展情况。".encode(), "does not look like English"),
    ("مفاوضات وقف إطلاق النار في غزة توقفت بعد انسحاب الوفد".encode(),
     "does not look like English"),
    (b"\x00\x01\x02\x03" * 1000, "a binary file, not text"),
    (b"", "no text: the input is empty"),
])
def test_standard_input_and_other_scripts_exit_2_with_the_reason(content, message):
    result = runner.invoke(app, ["read", "-"], input=content)
    assert result.exit_code == 2
    assert f"<stdin>: {message}" in result.output
    assert "Traceback" not in result.output


def test_50_mb_on_standard_input_is_refused_after_reading_only_the_limit():
    stream = io.BytesIO(b"The talks went on. " * (50 * 2**20 // 19 + 1))
    with pytest.raises(AccordInputError, match=r"<stdin>: more than 10 MB of input"):
        list(read_stream(stream, "<stdin>"))
    assert stream.tell() == 10 * 2**20 + 1  # the rest is never read


def _pieces_cover(text, paragraphs):
    for p in paragraphs:
        assert text[p.start:p.start + len(p.text)] == p.text
        assert text.count("\n", 0, p.start) + 1 == p.line
    assert "".join("".join(p.text.split()) for p in paragraphs) == "".join(text.split())


def test_a_paragraph_is_cut_at_sentence_ends_so_the_parser_memory_stays_bounded():
    """A text without blank lines was one paragraph for the parser: 1.2 MB of it was an
    internal error (spaCy's 1,000,000-character limit) and 400,000 characters took 1 GB."""
    from accord.news.text import MAX_PARAGRAPH

    sentence = "Hamas envoys left Cairo on Monday, and the talks were suspended again. "
    wrapped = "\n".join(sentence.strip() for _ in range(20_000)) + "\n"  # 1.4 MB, no blank line
    (doc,) = read_stream(io.BytesIO(wrapped.encode()), "r.txt", max_mb=20)
    assert len(doc.paragraphs) > 100
    assert all(0 < len(p.text) <= MAX_PARAGRAPH for p in doc.paragraphs)
    assert all(p.text.endswith("again.") for p in doc.paragraphs)  # at sentence ends
    _pieces_cover(doc.text, doc.paragraphs)
    one_line = sentence * 1_200  # 86,000 characters on one line (--lines: one document)
    (doc,) = read_stream(io.BytesIO(one_line.encode()), "r.txt", lines=True)
    assert all(len(p.text) <= MAX_PARAGRAPH and p.text.rstrip().endswith("again.")
               for p in doc.paragraphs)
    _pieces_cover(doc.text, doc.paragraphs)
    words = "the talks in Cairo " * 1_500  # no sentence end at all: cut at a space
    (doc,) = read_stream(io.BytesIO(words.encode()), "r.txt")
    assert all(len(p.text) <= MAX_PARAGRAPH for p in doc.paragraphs)
    _pieces_cover(doc.text, doc.paragraphs)


def test_an_empty_folder_says_so(tmp_path):
    result = _read(tmp_path)
    assert result.exit_code == 2
    assert f"{tmp_path}: the folder has no files to read" in result.output
