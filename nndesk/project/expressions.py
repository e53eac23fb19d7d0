"""Truth tables from logic expressions: ``S = A ^ B; C = A & B`` gives the half adder.

The language, parsed by a small recursive-descent parser (never ``eval``)::

    program    := statement { (";" | newline) statement }
    statement  := NAME "=" or_expr
    or_expr    := xor_expr { ("|" | "or") xor_expr }
    xor_expr   := and_expr { ("^" | "xor") and_expr }
    and_expr   := unary    { ("&" | "and") unary }
    unary      := ("~" | "not") unary | "(" or_expr ")" | NAME | "0" | "1" | "?"

Precedence is Python's for the symbols (``~`` before ``&`` before ``^`` before ``|``); the words are the
same operators. ``?`` is a don't-care, combined as in three-valued logic: ``? & 0`` is 0, ``? | 1`` is 1,
anything else with a ``?`` stays ``?`` (a don't-care target: NaN in the table). A name defined by an
earlier statement stands for its expression; every other name is an input, in order of first appearance.
Rows list every input combination in binary counting order, the first input the most significant bit.
"""

from __future__ import annotations

import itertools
import math
import re
from dataclasses import dataclass

from nndesk.engine.wording import QT_TRANSLATE_NOOP, translate
from nndesk.project.truth_table import TruthTable

MAX_INPUTS = 12  # 4096 rows
KEYWORDS = {"and": "&", "or": "|", "xor": "^", "not": "~"}
_TOKEN = re.compile(r"(?:(?P<sep>[;\n])|(?P<name>[A-Za-z_][A-Za-z0-9_]*)|(?P<const>[01?])|(?P<op>[&|^~()=]))")

Bit = int | None  # 0, 1 or None for a don't-care


class ExpressionError(ValueError):
    """Text that is not a valid program; ``str(error)`` says where (line and column) and what was expected."""


@dataclass(frozen=True)
class Token:
    kind: str  # "name", "const", "op", "sep", "end"
    text: str
    position: int  # offset in the text


def tokenize(text: str) -> list[Token]:
    """The tokens of ``text``; words and/or/xor/not become their operator symbols."""
    tokens: list[Token] = []
    pos = 0
    while True:
        while pos < len(text) and text[pos] in " \t\r":
            pos += 1
        if pos >= len(text):
            break
        m = _TOKEN.match(text, pos)
        if m is None or m.end() == pos:
            raise ExpressionError(translate("Expressions", "{0}: unexpected character '{1}'").format(
                _where(text, pos), text[pos]))
        kind = m.lastgroup or "op"
        value = m.group(kind)
        start = m.start(kind)
        if kind == "name" and value.lower() in KEYWORDS:
            kind, value = "op", KEYWORDS[value.lower()]
        tokens.append(Token(kind, value, start))
        pos = m.end()
    tokens.append(Token("end", "", len(text)))
    return tokens


def _where(text: str, pos: int) -> str:
    line = text.count("\n", 0, pos) + 1
    column = pos - (text.rfind("\n", 0, pos) + 1) + 1
    return translate("Expressions", "Line {0}, column {1}").format(line, column)


# An expression tree: ("var", name) | ("const", bit) | ("not", e) | (op, left, right) with op in & ^ |
Node = tuple


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = tokenize(text)
        self.k = 0

    @property
    def token(self) -> Token:
        return self.tokens[self.k]

    def fail(self, expected: str) -> ExpressionError:
        t = self.token
        found = (translate("Expressions", "the end") if t.kind == "end" else
                 translate("Expressions", "a new statement") if t.kind == "sep" else f"'{t.text}'")
        return ExpressionError(translate("Expressions", "{0}: expected {1}, found {2}").format(
            _where(self.text, t.position), expected, found))

    def take(self, kind: str, text: str | None = None) -> Token | None:
        t = self.token
        if t.kind == kind and (text is None or t.text == text):
            self.k += 1
            return t
        return None

    def program(self) -> list[tuple[str, Node, int]]:
        statements = []
        while self.token.kind != "end":
            if self.take("sep"):
                continue
            statements.append(self.statement())
            if self.token.kind not in ("sep", "end"):
                raise self.fail(translate("Expressions", "an operator, ';' or the end of the line"))
        if not statements:
            raise ExpressionError(translate("Expressions", "Type at least one statement such as  Y = A & B"))
        return statements

    def statement(self) -> tuple[str, Node, int]:
        name = self.take("name")
        if name is None:
            raise self.fail(translate("Expressions", "the name of an output, as in  Y = A & B"))
        if not self.take("op", "="):
            raise self.fail(translate("Expressions", "'=' after {0}").format(name.text))
        return name.text, self.binary(0), name.position

    _LEVELS = ("|", "^", "&")

    def binary(self, level: int) -> Node:
        if level == len(self._LEVELS):
            return self.unary()
        op = self._LEVELS[level]
        left = self.binary(level + 1)
        while self.take("op", op):
            left = (op, left, self.binary(level + 1))
        return left

    def unary(self) -> Node:
        if self.take("op", "~"):
            return ("not", self.unary())
        if self.take("op", "("):
            inner = self.binary(0)
            if not self.take("op", ")"):
                raise self.fail(translate("Expressions", "')'"))
            return inner
        if (t := self.take("name")) is not None:
            return ("var", t.text)
        if (t := self.take("const")) is not None:
            return ("const", None if t.text == "?" else int(t.text))
        raise self.fail(translate("Expressions", "a name, 0, 1, ? or '('"))


def parse(text: str) -> list[tuple[str, Node]]:
    """The statements of ``text`` as (output name, expression tree); raises ExpressionError."""
    return [(name, node) for name, node, _ in _Parser(text).program()]


def evaluate(node: Node, values: dict[str, Bit]) -> Bit:
    """The value of ``node`` with three-valued logic (None is a don't-care)."""
    kind = node[0]
    if kind == "var":
        return values[node[1]]
    if kind == "const":
        return node[1]
    if kind == "not":
        v = evaluate(node[1], values)
        return None if v is None else 1 - v
    a, b = evaluate(node[1], values), evaluate(node[2], values)
    if kind == "&":
        return 0 if a == 0 or b == 0 else None if a is None or b is None else 1
    if kind == "|":
        return 1 if a == 1 or b == 1 else None if a is None or b is None else 0
    return None if a is None or b is None else a ^ b


def _names(node: Node) -> list[str]:
    if node[0] == "var":
        return [node[1]]
    if node[0] == "const":
        return []
    return [n for child in node[1:] for n in _names(child)]


MAX_DEPTH_MESSAGE = QT_TRANSLATE_NOOP("Expressions", "The expressions are nested too deeply: use fewer parentheses or "
                                                     "~ in a row")  # translated where raised


def table_from_expressions(text: str) -> TruthTable:
    """The full truth table of the statements in ``text``; raises ExpressionError with a clear message."""
    try:
        return _table(text)
    except RecursionError:  # hundreds of nested parentheses: the parser and evaluator recurse per level
        raise ExpressionError(translate("Expressions", MAX_DEPTH_MESSAGE)) from None


def _table(text: str) -> TruthTable:
    parser = _Parser(text)
    statements = parser.program()
    outputs: list[str] = []
    inputs: list[str] = []
    for name, node, position in statements:
        if name.casefold() in (n.casefold() for n in outputs):
            raise ExpressionError(translate("Expressions", "{0}: {1} is already defined above").format(
                _where(text, position), name))
        for used in _names(node):
            if used not in outputs and used not in inputs:
                inputs.append(used)
        if name in inputs:
            raise ExpressionError(translate("Expressions", "{0}: {1} is used as an input above; define it before using "
                                                           "it, or give the output another name").format(
                _where(text, position), name))
        outputs.append(name)
    if not inputs:
        raise ExpressionError(translate("Expressions", "The expressions use no inputs: write some, as in  Y = A & B"))
    if len(inputs) > MAX_INPUTS:
        raise ExpressionError(translate("Expressions", "{0} inputs would make {1:,} rows; use at most {2} "
                                                       "inputs").format(len(inputs), 2 ** len(inputs), MAX_INPUTS))
    rows = []
    for bits in itertools.product((0, 1), repeat=len(inputs)):
        values: dict[str, Bit] = dict(zip(inputs, bits, strict=True))
        for name, node, _ in statements:
            values[name] = evaluate(node, values)
        rows.append((*bits, *(math.nan if values[o] is None else values[o] for o in outputs)))
    try:
        return TruthTable(tuple(inputs), tuple(outputs), tuple(rows))
    except ValueError as exc:
        raise ExpressionError(str(exc)) from None
