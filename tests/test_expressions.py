"""Expression tables: the parser against Python's own operators, don't-cares, and clear messages."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nndesk.project.expressions import ExpressionError, evaluate, parse, table_from_expressions
from nndesk.project.presets import PRESETS

NAMES = ["A", "B", "C", "D"]
WORDS = {"&": "and", "|": "or", "^": "xor", "~": "not"}


def test_the_half_adder() -> None:
    assert table_from_expressions("Sum = A ^ B; Carry = A & B") == PRESETS["Half adder"]


def test_words_newlines_and_parentheses() -> None:
    t = table_from_expressions("Sum = (A xor B) xor Cin\nCout = (A and B) or (Cin AND (A Xor B))\n")
    assert t == PRESETS["Full adder"]


def test_inputs_in_order_of_appearance_and_earlier_outputs_as_intermediates() -> None:
    t = table_from_expressions("P = C | A; Q = ~P & B")
    assert t.input_names == ("C", "A", "B") and t.target_names == ("P", "Q")
    for row in t.rows:
        c, a, b, p, q = row
        assert p == (c or a) and q == ((not p) and b)


def test_constants_and_dont_cares_use_three_valued_logic() -> None:
    t = table_from_expressions("Y = A & ?; Z = A | ?; W = ? ^ A; V = ~?; K = 1 & ~0 & A")
    by_a = {row[0]: row[1:] for row in t.rows}
    y, z, w, v, k = by_a[0.0]
    assert y == 0 and math.isnan(z) and math.isnan(w) and math.isnan(v) and k == 0
    y, z, w, v, k = by_a[1.0]
    assert math.isnan(y) and z == 1 and math.isnan(w) and math.isnan(v) and k == 1


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "at least one statement"),
        ("Y = A +B", "Line 1, column 7: unexpected character '\\+'"),
        ("Y = A &", "Line 1, column 8: expected a name, 0, 1, \\? or '\\(', found the end"),
        ("Y = (A | B", "expected '\\)', found the end"),
        ("Y A", "Line 1, column 3: expected '=' after Y, found 'A'"),
        ("= A", "expected the name of an output"),
        ("Y = A B", "Line 1, column 7: expected an operator"),
        ("S = A\nS = B", "Line 2, column 1: S is already defined"),
        ("Y = A; A = B", "A is used as an input above"),
        ("Y = 1", "use no inputs"),
        ("Y = A & B & C & D & E & F & G & H & I & J & K & L & M", "13 inputs would make 8,192 rows"),
        ("Y = A\nZ = B &\n", "Line 2, column 8: expected a name, 0, 1, \\? or '\\(', found a new statement"),
    ],
)
def test_mistakes_are_explained_with_line_and_column(text, message) -> None:
    with pytest.raises(ExpressionError, match=message):
        table_from_expressions(text)


# ---- against Python: random expressions, with Python's precedence for & ^ | ~ ---------------------------
def expressions():
    leaf = st.sampled_from([*NAMES, "0", "1"])
    return st.recursive(
        leaf,
        lambda inner: st.one_of(
            st.tuples(st.just("~"), inner).map(lambda t: f"~{t[1]}"),
            st.tuples(inner, st.sampled_from(["&", "|", "^"]), inner).map(lambda t: f"{t[0]} {t[1]} {t[2]}"),
            inner.map(lambda e: f"({e})"),
        ),
        max_leaves=12,
    )


@settings(max_examples=300, deadline=None)
@given(expressions(), st.lists(st.booleans(), min_size=20, max_size=20))
def test_random_expressions_agree_with_python(text, use_words) -> None:
    tree = parse(f"Y = {_with_words(text, use_words)}")[0][1]
    for bits in itertools.product((0, 1), repeat=len(NAMES)):
        values = dict(zip(NAMES, bits, strict=True))
        # The reference: Python's own bitwise operators, same text; bit 0 of the result is the logic value.
        expected = eval(text, {"__builtins__": {}}, values) & 1  # the test's reference only
        assert evaluate(tree, values) == expected, text


def _with_words(text: str, use_words: list[bool]) -> str:
    out, k = [], 0
    for ch in text:
        if ch in WORDS:
            out.append(f" {WORDS[ch]} " if use_words[k % len(use_words)] else ch)
            k += 1
        else:
            out.append(ch)
    return "".join(out)


def test_the_table_matches_row_by_row() -> None:
    t = table_from_expressions("Y = A | B & ~C ^ A")
    for row in t.rows:
        a, b, c, y = (int(v) for v in row)
        assert y == (a | (b & (~c) ^ a)) & 1
    assert np.array_equal(t.inputs[:, 0], [0, 0, 0, 0, 1, 1, 1, 1])


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ABY=&|^~()01?; \nandortx")), max_size=40))
def test_any_text_gives_a_table_or_an_expression_error(text) -> None:
    try:
        table_from_expressions(text)
    except ExpressionError as exc:
        assert str(exc)


def test_absurd_nesting_is_refused_with_a_message() -> None:
    with pytest.raises(ExpressionError, match="nested too deeply"):
        table_from_expressions("Y = " + "(" * 5000 + "A" + ")" * 5000)
    with pytest.raises(ExpressionError, match="nested too deeply"):
        table_from_expressions("Y = " + "~" * 5000 + "A")
