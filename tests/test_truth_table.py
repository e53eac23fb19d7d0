"""TruthTable: validation messages, immutable edits, parsing of typed and pasted text."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from nndesk.project.truth_table import TruthTable, format_exact, format_value, parse_number, parse_pasted


def half_adder() -> TruthTable:
    return TruthTable(("A", "B"), ("Sum", "Carry"), ((0, 0, 0, 0), (0, 1, 1, 0), (1, 0, 1, 0), (1, 1, 0, 1)))


def test_shapes_and_arrays() -> None:
    t = half_adder()
    assert (t.n_inputs, t.n_targets, t.n_columns, t.n_rows) == (2, 2, 4, 4)
    assert t.column_names == ("A", "B", "Sum", "Carry")
    assert t.inputs.shape == (4, 2) and t.inputs.dtype == np.float64
    assert t.targets.shape == (4, 2) and t.targets.dtype == np.float64
    np.testing.assert_array_equal(t.targets[:, 0], [0, 1, 1, 0])
    assert all(isinstance(v, float) for row in t.rows for v in row)
    # a fresh array each call: changing it cannot change the table
    t.inputs[0, 0] = 5
    assert t.value(0, 0) == 0.0


@pytest.mark.parametrize(
    ("inputs", "targets", "rows", "message"),
    [
        (("A",), ("Y",), ((0, 1), (1,)), "Row 2 has 1 value; expected 2"),
        (("A",), ("Y",), ((math.nan, 0),), "finite"),  # NaN is a don't-care only in a target
        (("A",), ("Y",), ((math.inf, 0),), "finite"),
        (("A", " "), ("Y",), ((0, 0, 1),), "cannot be empty"),
        (("A", "a"), ("Y",), ((0, 0, 1),), "Two columns are named 'a'"),
        (("A",), ("A",), ((0, 1),), "Two columns are named"),
        ((), ("Y",), ((1,),), "at least one input"),
        (("A",), (), ((1,),), "at least one target"),
        (("A",), ("Y",), (), "at least one row"),
        (("A",), ("Y",), (("0", 1),), "is not a number"),
    ],
)
def test_invalid_tables_are_refused_with_a_message(inputs, targets, rows, message) -> None:
    with pytest.raises(ValueError, match=message):
        TruthTable(inputs, targets, rows)


def test_names_are_stripped() -> None:
    t = TruthTable((" A ",), ("Y",), ((0, 1),))
    assert t.input_names == ("A",)


def test_edits_return_new_tables_and_leave_the_old_one_alone() -> None:
    t = half_adder()
    t2 = t.with_value(1, 3, 0.25)
    assert t2.value(1, 3) == 0.25 and t.value(1, 3) == 0.0
    assert t.with_row_added().rows[-1] == (0.0, 0.0, 0.0, 0.0)
    assert t.with_row_added(0, (1, 1, 1, 1)).rows[0] == (1.0, 1.0, 1.0, 1.0)
    dup = t.with_row_duplicated(1)
    assert dup.n_rows == 5 and dup.rows[1] == dup.rows[2] == t.rows[1] and dup.rows[3] == t.rows[2]
    removed = t.with_rows_removed([0, 2])
    assert removed.rows == (t.rows[1], t.rows[3])
    assert t.n_rows == 4


def test_the_last_row_cannot_be_removed() -> None:
    with pytest.raises(ValueError, match="at least one row"):
        half_adder().with_rows_removed(range(4))


def test_non_finite_value_refused() -> None:
    with pytest.raises(ValueError, match="finite"):
        half_adder().with_value(0, 0, math.inf)


def test_columns_added_in_their_group_and_removed() -> None:
    t = half_adder()
    t3 = t.with_input_column_added()
    assert t3.column_names == ("A", "B", "C", "Sum", "Carry")
    assert t3.rows[3] == (1.0, 1.0, 0.0, 0.0, 1.0)
    ty = t.with_target_column_added()
    assert ty.column_names == ("A", "B", "Sum", "Carry", "Y1")
    assert ty.with_target_column_added().target_names[-1] == "Y2"
    gone = t.with_column_removed(2)
    assert gone.column_names == ("A", "B", "Carry") and gone.rows[1] == (0.0, 1.0, 0.0)
    gone_input = t.with_column_removed(0)
    assert gone_input.input_names == ("B",) and gone_input.rows[2] == (0.0, 1.0, 0.0)


def test_last_input_and_last_target_column_refused() -> None:
    t = TruthTable(("A",), ("Y",), ((0, 1),))
    with pytest.raises(ValueError, match="at least one input column"):
        t.with_column_removed(0)
    with pytest.raises(ValueError, match="at least one target column"):
        t.with_column_removed(1)


def test_rename_validates() -> None:
    t = half_adder()
    assert t.with_column_renamed(2, " S ").target_names == ("S", "Carry")
    assert t.with_column_renamed(0, "A").input_names == ("A", "B")  # its own name is fine
    with pytest.raises(ValueError, match="already named 'B'"):
        t.with_column_renamed(0, "b")
    with pytest.raises(ValueError, match="cannot be empty"):
        t.with_column_renamed(0, "  ")


def test_block_extends_rows_and_refuses_too_wide() -> None:
    t = half_adder()
    t2 = t.with_block(3, 2, [[5, 6], [7, 8]])
    assert t2.n_rows == 5
    assert t2.rows[3] == (1.0, 1.0, 5.0, 6.0) and t2.rows[4] == (0.0, 0.0, 7.0, 8.0)
    with pytest.raises(ValueError, match="3 columns but only 2 fit from column Sum"):
        t.with_block(0, 2, [[1, 2, 3]])


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1", 1.0),
        (" 0.25 ", 0.25),
        ("-3", -3.0),
        ("1e-3", 0.001),
        ("0,5", 0.5),
        (".5", 0.5),
    ],
)
def test_parse_number_accepts(text: str, value: float) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("abc", "'abc' is not a number"),
        ("", "cannot be empty"),
        ("nan", "finite"),
        ("inf", "finite"),
        ("-Infinity", "finite"),
        ("1,2,3", "'1,2,3' is not a number"),
        ("1e999", "finite"),
    ],
)
def test_parse_number_refuses(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_number(text)


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (0.0, "0"),
        (1.0, "1"),
        (-0.0, "0"),
        (0.25, "0.25"),
        (-2.0, "-2"),
        (1 / 3, "0.333333"),
        (1e20, "1e+20"),
    ],
)
def test_format_value_is_compact(value: float, text: str) -> None:
    assert format_value(value) == text


@given(st.integers(-(10**9), 10**9))
def test_whole_numbers_round_trip_exactly(n: int) -> None:
    assert parse_number(format_value(float(n))) == n


def test_parse_pasted_spreadsheet_text() -> None:
    block = parse_pasted("0\t1\t1\r\n1\t0\t1\r\n")
    assert block.values == ((0.0, 1.0, 1.0), (1.0, 0.0, 1.0)) and block.names is None
    assert parse_pasted("0,1\n1,0").values == ((0.0, 1.0), (1.0, 0.0))
    assert parse_pasted("0.5\t0,25").values == ((0.5, 0.25),)  # decimal comma inside tab-separated text
    headed = parse_pasted("A\tB\tY\n0\t1\t1")
    assert headed.names == ("A", "B", "Y") and headed.values == ((0.0, 1.0, 1.0),)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "no numbers"),
        ("0\t1\n1", "Line 2 has 1 cells but line 1 has 2"),
        ("0\t1\n1\tyes", "Line 2, cell 2: 'yes' is not a number"),  # x is a don't-care
        ("0\tnan", "Line 1, cell 2: Values must be finite numbers"),
        ("0\t\t1", "Line 1, cell 2: A cell cannot be empty"),
    ],
)
def test_parse_pasted_refuses(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_pasted(text)


@given(st.floats(allow_nan=False, allow_infinity=False))
def test_exact_text_reads_back_exactly(v: float) -> None:
    from nndesk.project.truth_table import format_exact

    assert parse_number(format_exact(v)) == v


def test_a_nan_target_is_a_dont_care_shown_as_x_and_tables_with_them_compare_equal() -> None:
    a = TruthTable(("A",), ("Y",), ((0, float("nan")), (1, 1)))
    b = TruthTable(("A",), ("Y",), ((0, np.nan), (1, 1)))
    assert a == b
    assert np.isnan(a.targets[0, 0])
    assert format_value(a.value(0, 1)) == "x"
    assert format_exact(a.value(0, 1)) == "x"


def test_pasted_x_is_a_dont_care_only_where_a_target_is() -> None:
    block = parse_pasted("0\t1\tx\t0\n")
    assert np.isnan(block.values[0][2])
    table = TruthTable(("A", "B"), ("S", "C"), ((0, 0, 0, 0),))
    assert np.isnan(table.with_block(0, 0, block.values).targets[0, 0])
    with pytest.raises(ValueError, match="column A: values must be finite"):
        table.with_block(0, 0, parse_pasted("x\t1\t0\t0").values)
