"""Backtest tables: bad ones name file, line and field."""

from __future__ import annotations

import pytest

from accord.errors import AccordInputError
from accord.io.backtest import parse_backtest, read_backtest


@pytest.mark.parametrize("text, line, field", [
    ("issue,actor,position\n", 1, None),
    ("issue,actor,position,salience,capability\nx,A,10,2,1\n", 2, "salience"),
    ("issue,actor,position,salience,capability\nx,A,ten,0.5,1\n", 2, "position"),
    ("issue,actor,position,salience,capability\nx,A,1,0.5,1\nx,A,2,0.5,1\n", 3, "actor"),
])
def test_backtest_errors_name_line_and_field(text, line, field):
    with pytest.raises(AccordInputError) as err:
        parse_backtest(text, file="b.csv")
    assert err.value.line == line and err.value.field == field


def test_unreadable_backtest_file_is_named(tmp_path):
    with pytest.raises(AccordInputError, match="cannot read") as err:
        read_backtest(tmp_path / "missing.csv")
    assert err.value.file == str(tmp_path / "missing.csv")
    binary = tmp_path / "binary.csv"
    binary.write_bytes(b"\xff\xfe\x00issue")
    with pytest.raises(AccordInputError, match="cannot read"):
        read_backtest(binary)
