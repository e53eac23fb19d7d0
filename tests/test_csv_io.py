"""CSV import/export: separators, BOM, quoted names, blank lines, don't-cares, and line-numbered messages."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nndesk.project.csv_io import CsvError, parse_csv, read_csv, table_to_csv, write_csv
from nndesk.project.presets import PRESETS
from nndesk.project.truth_table import TruthTable

HALF_ADDER = "A,B,Sum,Carry\n0,0,0,0\n0,1,1,0\n1,0,1,0\n1,1,0,1\n"


def test_comma_file_with_two_targets() -> None:
    assert parse_csv(HALF_ADDER).to_table([2, 3]) == PRESETS["Half adder"]


def test_the_last_column_is_the_target_by_default() -> None:
    t = parse_csv("A,B,Y\n0,0,0\n1,1,1\n").to_table()
    assert t.input_names == ("A", "B") and t.target_names == ("Y",)


@pytest.mark.parametrize("separator", [",", ";", "\t"])
def test_separators_are_sniffed(separator) -> None:
    grid = parse_csv(HALF_ADDER.replace(",", separator))
    assert grid.separator == separator and grid.to_table([2, 3]) == PRESETS["Half adder"]


def test_semicolons_with_decimal_commas() -> None:
    grid = parse_csv("x1;y\n0,5;1\n1,25;0\n")
    assert grid.values == ((0.5, 1.0), (1.25, 0.0))


def test_bom_quoted_names_crlf_and_blank_lines() -> None:
    text = '\ufeff"In, first";"B ""quoted""";Out\r\n\r\n0;0;1\r\n  \r\n1;1;0\r\n\r\n'
    grid = parse_csv(text)
    assert grid.names == ("In, first", 'B "quoted"', "Out")
    assert grid.values == ((0.0, 0.0, 1.0), (1.0, 1.0, 0.0))
    assert grid.lines == (3, 5)  # the lines as an editor shows them


def test_bom_in_a_file_and_windows_encoding(tmp_path) -> None:
    path = tmp_path / "t.csv"
    path.write_bytes(b"\xef\xbb\xbfA,Y\n0,1\n1,0\n")
    assert read_csv(path).to_table() == PRESETS["NOT"]
    path.write_bytes("Größe,Y\n0,1\n".encode("cp1252"))
    assert read_csv(path).names == ("Größe", "Y")


def test_target_columns_may_be_anywhere_inputs_keep_their_order() -> None:
    t = parse_csv("Y,A,B\n1,0,0\n0,1,1\n").to_table([0])
    assert t.column_names == ("A", "B", "Y") and t.rows == ((0.0, 0.0, 1.0), (1.0, 1.0, 0.0))


def test_dont_care_targets_read_as_nan_but_not_in_inputs() -> None:
    grid = parse_csv("A,Y\n0,x\n1,?\n")
    t = grid.to_table()
    assert all(math.isnan(v) for v in t.targets[:, 0])
    with pytest.raises(CsvError, match="Line 2, column A: an input cannot be a don't-care"):
        parse_csv("A,Y\nx,1\n").to_table()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("A,B,Y\n0,0,0\n0,abc,1\n", "Line 3, column B: 'abc' is not a number"),
        ("A,B,Y\n\n0,0,0\n0,1\n", "Line 4 has 2 values but the header names 3 columns"),
        ("A,B,Y\n0,0,inf\n", "Line 2, column Y: Values must be finite"),
        ("A,B,Y\n0,,1\n", "Line 2, column B: A cell cannot be empty"),
        ("", "The file is empty"),
        ("\n\n", "The file is empty"),
        ("A,B,Y\n", "no rows of numbers"),
        ("0,1,1\n1,0,1\n", "Line 1 must name the columns"),
        ("A,,Y\n0,0,0\n", "Line 1, column 2 of the header: A column name cannot be empty"),
        ("A,a,Y\n0,0,0\n", "Two columns are named 'a'"),
    ],
)
def test_bad_files_are_explained_with_the_line(text, message) -> None:
    with pytest.raises(CsvError, match=message.replace("(", r"\(")):
        parse_csv(text).to_table()


def test_choices_of_targets_that_leave_nothing_are_refused() -> None:
    grid = parse_csv("A,Y\n0,1\n")
    with pytest.raises(CsvError, match="at least one target"):
        grid.to_table([])
    with pytest.raises(CsvError, match="must stay an input"):
        grid.to_table([0, 1])


def test_export_then_import_gives_the_same_table(tmp_path) -> None:
    table = TruthTable(("A", "B, c"), ('Say "hi"', "Y"), ((0.1, 2, math.nan, 1), (1e-7, -3, 0.5, 0)))
    path = tmp_path / "out.csv"
    write_csv(table, path)
    assert read_csv(path).to_table([2, 3]) == table
    assert table_to_csv(table).splitlines()[0] == '# targets,"Say ""hi""",Y'
    assert table_to_csv(table).splitlines()[1] == 'A,"B, c","Say ""hi""",Y'
    assert table_to_csv(table).splitlines()[2] == "0.1,2,x,1"


@pytest.mark.parametrize("separator", [",", ";", "\t"])
def test_an_exported_table_names_its_targets_so_a_reimport_ticks_them_all(tmp_path, separator) -> None:
    table = PRESETS["Full adder"]  # two targets: the last column alone would make Sum an input
    path = tmp_path / "adder.csv"
    path.write_text(table_to_csv(table, separator), encoding="utf-8")
    grid = read_csv(path)
    assert grid.targets == (3, 4) and grid.default_targets() == [3, 4] and grid.separator == separator
    assert grid.to_table() == table
    assert grid.to_table([4]).target_names == ("Cout",)  # the user may still choose otherwise


def test_a_csv_without_a_targets_line_imports_as_before() -> None:
    grid = parse_csv("A;B;Sum;Carry\n0;0;0;0\n1;1;0;1\n")
    assert grid.targets == () and grid.default_targets() == [3]
    assert grid.to_table().target_names == ("Carry",) and grid.to_table().input_names == ("A", "B", "Sum")


def test_a_targets_line_naming_no_column_is_refused_with_its_line() -> None:
    with pytest.raises(CsvError, match=r"^Line 1 names the target 'Sun', which is not a column of the header$"):
        parse_csv("# targets,Sun\nA,Sum\n0,1\n")


def test_an_unreadable_file_is_named(tmp_path) -> None:
    with pytest.raises(CsvError, match=r"Cannot read nope\.csv"):
        read_csv(tmp_path / "nope.csv")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("AB01x?,;\t\n\r\" .-e\ufeff")), max_size=60), st.lists(st.integers(0, 4)))
def test_any_text_gives_a_table_or_a_csv_error(text, targets) -> None:
    try:
        parse_csv(text).to_table(targets or None)
    except CsvError as exc:
        assert str(exc)
