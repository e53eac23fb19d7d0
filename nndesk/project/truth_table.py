"""The training table: named input and target columns over rows of finite numbers, immutable.

A ``TruthTable`` never changes; every edit returns a new table, so a Qt model can hold one, replace it
and (later) keep old ones for undo. Parsing of what a user types or pastes lives here too, so that the
widgets only show messages and never decide what a number is.
"""

from __future__ import annotations

import functools
import math
import numbers
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from nndesk.engine.wording import counted_noun, translate

MAX_NAME_LENGTH = 40
# Limits that keep a table (and its files) workable. 2,000 columns keep every network of the window within
# the engine's weight budget (nndesk.engine.network.MAX_WEIGHTS); 10,000,000 values take about 0.4 GB as
# the table's floats (a 50 MB CSV of 0s and 1s would be 25 million) and far longer to train than anyone waits.
MAX_ROWS = 100_000
MAX_COLUMNS = 2_000
MAX_VALUES = 10_000_000
SHOWN_TEXT_LENGTH = 30  # a user's text quoted in a message is cut to this many characters
DONT_CARE = math.nan  # a target cell whose value does not matter: shown as "x", no error is sent back from it


def is_dont_care(v: float) -> bool:
    return v != v


def format_value(v: float) -> str:
    """Show a cell compactly: whole numbers as ``"0"``/``"1"``/``"-3"``, others like ``"0.25"``, don't-care "x"."""
    if v != v:
        return "x"
    if v.is_integer() and abs(v) < 1e15:
        return str(int(v))  # also turns -0.0 into "0"
    return f"{v:.6g}"


def format_exact(v: float) -> str:
    """The shortest text that reads back as exactly ``v`` (for editing and copying): ``"0.1"``, ``"1"``, ``"x"``."""
    if v != v:
        return "x"
    if v.is_integer() and abs(v) < 1e15:
        return str(int(v))
    return repr(v)


def parse_number(text: str) -> float:
    """Read one cell typed or pasted by a user; raise ValueError with a message in the user's words.

    Accepts ``"1"``, ``" 0.25 "``, ``"1e-3"`` and a decimal comma (``"0,5"``) as spreadsheets in many
    countries copy it. Refuses text, empty cells, ``nan`` and ``inf``.
    """
    s = text.strip()
    if not s:
        raise ValueError(translate("TruthTable", "A cell cannot be empty: type a number"))
    if "," in s and "." not in s and s.count(",") == 1:
        s = s.replace(",", ".")
    try:
        v = float(s)
    except ValueError:
        raise ValueError(translate("TruthTable", "'{0}' is not a number").format(shown_text(text.strip()))) from None
    if not math.isfinite(v):
        raise ValueError(translate("TruthTable", "Values must be finite numbers"))
    return v


def shown_text(text: str, limit: int = SHOWN_TEXT_LENGTH) -> str:
    """``text`` fit to quote in a one-line message: control characters as "?", cut to ``limit`` with "…"."""
    cleaned = "".join("?" if _unprintable(ch) else ch for ch in text[: limit + 1])
    return cleaned if len(cleaned) <= limit else cleaned[: limit - 1] + "…"


def _unprintable(ch: str) -> bool:
    # control characters, line and paragraph separators, and halves of surrogate pairs (not encodable text)
    return unicodedata.category(ch) in ("Cc", "Cs", "Zl", "Zp")


def parse_target(text: str) -> float:
    """Read a target cell: a number as :func:`parse_number`, or ``x`` / ``?`` for a don't-care (NaN)."""
    if text.strip() in ("x", "X", "?"):
        return DONT_CARE
    return parse_number(text)


def check_name(name: str) -> str:
    """Return a column name stripped of outer spaces, or raise ValueError saying what is wrong with it."""
    if not isinstance(name, str):
        raise ValueError(translate("TruthTable", "A column name must be text"))
    s = name.strip()
    if not s:
        raise ValueError(translate("TruthTable", "A column name cannot be empty"))
    if any(ch in s for ch in "\t\r\n"):
        raise ValueError(translate("TruthTable", "A column name must fit on one line"))
    if any(_unprintable(ch) for ch in s):
        raise ValueError(translate("TruthTable", "A column name cannot hold control characters or broken text (check "
                                                 "the file's encoding)"))
    if len(s) > MAX_NAME_LENGTH:
        raise ValueError(translate("TruthTable", "A column name can have at most {0} characters").format(
            MAX_NAME_LENGTH))
    return s


@dataclass(frozen=True)
class PastedBlock:
    """Numbers pasted from a spreadsheet: ``values[r][c]``; ``names`` if the text began with a header line."""

    values: tuple[tuple[float, ...], ...]
    names: tuple[str, ...] | None = None

    @property
    def n_rows(self) -> int:
        return len(self.values)

    @property
    def n_columns(self) -> int:
        return len(self.values[0]) if self.values else 0


def _split_line(line: str) -> list[str]:
    """Cells of one pasted line: tab separated (spreadsheets), else ``;`` or ``,``, else spaces."""
    if "\t" in line:
        return line.split("\t")
    for sep in (";", ","):
        if sep in line:
            return line.split(sep)
    return line.split()


def parse_pasted(text: str) -> PastedBlock:
    """Parse text copied from a spreadsheet (tab/newline separated) into a rectangular block of numbers.

    A first line made only of non-numbers is taken as column names. Raises ValueError naming the
    first bad cell as the user sees it ("Line 2, cell 3: 'abc' is not a number").
    """
    lines = [ln for ln in text.replace("\r\n", "\n").replace("\r", "\n").split("\n") if ln.strip()]
    if not lines:
        raise ValueError(translate("TruthTable", "The clipboard holds no numbers to paste"))
    grid = [_split_line(ln) for ln in lines]
    names = None
    if len(grid) > 1 and all(_is_word(cell) for cell in grid[0]):
        names = tuple(cell.strip() for cell in grid[0])
        grid = grid[1:]
    width = len(grid[0])
    values = []
    for r, cells in enumerate(grid):
        line_no = r + 1 + (names is not None)
        if len(cells) != width:
            raise ValueError(translate("TruthTable", "Line {0} has {1} cells but line 1 has {2}: paste a rectangular "
                                                     "block").format(line_no, len(cells), width))
        row = []
        for c, cell in enumerate(cells):
            try:
                row.append(parse_target(cell))  # x or ? may be a don't-care target; the table checks where
            except ValueError as e:
                raise ValueError(translate("TruthTable", "Line {0}, cell {1}: {2}").format(line_no, c + 1, e)) from None
        values.append(tuple(row))
    if names is not None and len(names) != width:
        names = None
    return PastedBlock(values=tuple(values), names=names)


def _is_word(cell: str) -> bool:
    try:
        parse_number(cell)
    except ValueError:
        return bool(cell.strip())
    return False


def _default_input_name(taken: set[str]) -> str:
    for ch in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        if ch.casefold() not in taken:
            return ch
    return _numbered("In", taken)


def _numbered(prefix: str, taken: set[str]) -> str:
    i = 1
    while f"{prefix}{i}".casefold() in taken:
        i += 1
    return f"{prefix}{i}"


@dataclass(frozen=True)
class TruthTable:
    """Rows of training data: each row holds the input values, then the target values.

    ``rows[r]`` has ``n_inputs + n_targets`` floats; column ``c`` is an input when ``c < n_inputs``.
    ``inputs`` has shape ``(n_rows, n_inputs)`` and ``targets`` ``(n_rows, n_targets)``, both float64.
    Constructing an invalid table raises ValueError with a message fit to show the user.
    """

    input_names: tuple[str, ...]
    target_names: tuple[str, ...]
    rows: tuple[tuple[float, ...], ...]

    def __post_init__(self) -> None:
        _check_size(self.input_names, self.target_names, self.rows)
        object.__setattr__(self, "input_names", tuple(check_name(n) for n in self.input_names))
        object.__setattr__(self, "target_names", tuple(check_name(n) for n in self.target_names))
        object.__setattr__(self, "rows", tuple(_float_row(row) for row in self.rows))
        self.validate()

    # ---- shape -------------------------------------------------------------------------------
    @property
    def n_inputs(self) -> int:
        return len(self.input_names)

    @property
    def n_targets(self) -> int:
        return len(self.target_names)

    @property
    def n_columns(self) -> int:
        return self.n_inputs + self.n_targets

    @property
    def n_rows(self) -> int:
        return len(self.rows)

    @property
    def column_names(self) -> tuple[str, ...]:
        return self.input_names + self.target_names

    def is_input_column(self, column: int) -> bool:
        return column < self.n_inputs

    @functools.cached_property
    def _values(self) -> np.ndarray:
        """Every cell, shape ``(n_rows, n_columns)``: made once per table (the window asks for the inputs at every
        live update; from 1,000 row tuples that took milliseconds each time)."""
        return np.array(self.rows, dtype=np.float64).reshape(self.n_rows, self.n_columns)

    @property
    def inputs(self) -> np.ndarray:
        """Input values, shape ``(n_rows, n_inputs)``, float64 (a fresh array each call)."""
        return self._values[:, : self.n_inputs].copy()

    @property
    def targets(self) -> np.ndarray:
        """Target values, shape ``(n_rows, n_targets)``, float64 (a fresh array each call)."""
        return self._values[:, self.n_inputs :].copy()

    def value(self, row: int, column: int) -> float:
        return self.rows[row][column]

    def validate(self) -> None:
        """Raise ValueError with a user-facing message if the table cannot be trained on."""
        if self.n_inputs == 0:
            raise ValueError(translate("TruthTable", "A table needs at least one input column"))
        if self.n_targets == 0:
            raise ValueError(translate("TruthTable", "A table needs at least one target column"))
        seen: set[str] = set()
        for name in self.column_names:
            if name.casefold() in seen:
                raise ValueError(translate("TruthTable", "Two columns are named '{0}': column names must be "
                                                         "different").format(name))
            seen.add(name.casefold())
        if not self.rows:
            raise ValueError(translate("TruthTable", "A table needs at least one row"))
        _check_size(self.input_names, self.target_names, self.rows)
        width = self.n_columns
        for r, row in enumerate(self.rows):
            if len(row) != width:
                raise ValueError(translate("TruthTable", "Row {0} has {1}; expected {2} ({3} + {4})").format(
                    r + 1, counted_noun(len(row), "value"), width, counted_noun(self.n_inputs, "input"),
                    counted_noun(self.n_targets, "target")))
            if math.isfinite(sum(row)):  # nan and inf spread through a sum; a finite sum means all finite
                continue
            for c, v in enumerate(row):
                if math.isnan(v) and c >= self.n_inputs:
                    continue  # a don't-care target
                if not math.isfinite(v):
                    raise ValueError(translate("TruthTable", "Row {0}, column {1}: values must be finite "
                                                             "numbers").format(r + 1, self.column_names[c]))

    # ---- rows ----------------------------------------------------------------------------------
    def with_rows(self, rows: Iterable[Sequence[float]]) -> TruthTable:
        return TruthTable(self.input_names, self.target_names, tuple(tuple(r) for r in rows))

    def with_row_added(self, index: int | None = None, values: Sequence[float] | None = None) -> TruthTable:
        """A new row of zeros (or ``values``) inserted before ``index``; at the end when None."""
        index = self.n_rows if index is None else index
        if not 0 <= index <= self.n_rows:
            raise IndexError(translate("TruthTable", "row index {0} out of range 0..{1}").format(index, self.n_rows))
        row = tuple(values) if values is not None else (0.0,) * self.n_columns
        return self.with_rows((*self.rows[:index], row, *self.rows[index:]))

    def with_rows_removed(self, indices: Iterable[int]) -> TruthTable:
        drop = set(indices)
        if not drop:
            return self
        if any(not 0 <= i < self.n_rows for i in drop):
            raise IndexError(translate("TruthTable", "row index out of range"))
        if len(drop) >= self.n_rows:
            raise ValueError(translate("TruthTable", "A table needs at least one row: the last row cannot be removed"))
        return self.with_rows(row for i, row in enumerate(self.rows) if i not in drop)

    def with_row_duplicated(self, index: int) -> TruthTable:
        """A copy of row ``index`` inserted right below it."""
        return self.with_row_added(index + 1, self.rows[index])

    def with_value(self, row: int, column: int, value: float) -> TruthTable:
        v = _as_float(value)
        if not math.isfinite(v) and not (v != v and not self.is_input_column(column)):
            raise ValueError(translate("TruthTable", "Values must be finite numbers") if self.is_input_column(column)
                             else translate("TruthTable", "Values must be finite numbers (or x for a don't-care "
                                                          "target)"))
        rows = list(self.rows)
        cells = list(rows[row])
        cells[column] = v
        rows[row] = tuple(cells)
        return self.with_rows(rows)

    def with_values(self, cells: Iterable[tuple[int, int, float]]) -> TruthTable:
        """Several ``(row, column, value)`` changes at once."""
        grid = [list(r) for r in self.rows]
        for r, c, v in cells:
            grid[r][c] = _as_float(v)
        return self.with_rows(grid)

    def with_block(self, row: int, column: int, block: Sequence[Sequence[float]]) -> TruthTable:
        """``block`` written with its top-left at (row, column), adding rows of zeros below if needed.

        Raises ValueError when the block is wider than the columns from ``column`` on.
        """
        height = len(block)
        width = len(block[0]) if height else 0
        if column + width > self.n_columns:
            fit = self.n_columns - column
            columns = counted_noun(width, "column")
            if fit == 1:
                raise ValueError(translate("TruthTable", "The pasted block has {0} but only 1 fits from column {1} "
                                                         "on").format(columns, self.column_names[column]))
            raise ValueError(translate("TruthTable", "The pasted block has {0} but only {1} fit from column {2} "
                                                     "on").format(columns, fit, self.column_names[column]))
        grid = [list(r) for r in self.rows]
        while len(grid) < row + height:
            grid.append([0.0] * self.n_columns)
        for dr, values in enumerate(block):
            for dc, v in enumerate(values):
                grid[row + dr][column + dc] = _as_float(v)
        return self.with_rows(grid)

    # ---- columns -------------------------------------------------------------------------------
    def with_names(
        self, input_names: Sequence[str] | None = None, target_names: Sequence[str] | None = None
    ) -> TruthTable:
        return TruthTable(
            tuple(input_names) if input_names is not None else self.input_names,
            tuple(target_names) if target_names is not None else self.target_names,
            self.rows,
        )

    def with_column_renamed(self, column: int, name: str) -> TruthTable:
        """Raises ValueError if the name is empty or already used by another column."""
        new = check_name(name)
        for c, other in enumerate(self.column_names):
            if c != column and other.casefold() == new.casefold():
                raise ValueError(translate("TruthTable", "Another column is already named '{0}'").format(other))
        names = list(self.column_names)
        names[column] = new
        return self.with_names(names[: self.n_inputs], names[self.n_inputs :])

    def _taken(self) -> set[str]:
        return {n.casefold() for n in self.column_names}

    def with_input_column_added(self, name: str | None = None) -> TruthTable:
        """A new input column of zeros after the last input column."""
        name = _default_input_name(self._taken()) if name is None else name
        k = self.n_inputs
        return TruthTable(
            (*self.input_names, name), self.target_names, tuple((*row[:k], 0.0, *row[k:]) for row in self.rows)
        )

    def with_target_column_added(self, name: str | None = None) -> TruthTable:
        """A new target column of zeros after the last target column."""
        name = _numbered("Y", self._taken()) if name is None else name
        return TruthTable(self.input_names, (*self.target_names, name), tuple((*row, 0.0) for row in self.rows))

    def with_column_removed(self, column: int) -> TruthTable:
        """Raises ValueError when it is the only input or the only target column."""
        if not 0 <= column < self.n_columns:
            raise IndexError(translate("TruthTable", "column index {0} out of range").format(column))
        if self.is_input_column(column) and self.n_inputs == 1:
            raise ValueError(
                translate("TruthTable", "The table needs at least one input column: add another input column before "
                                        "removing this one")
            )
        if not self.is_input_column(column) and self.n_targets == 1:
            raise ValueError(
                translate("TruthTable", "The table needs at least one target column: add another target column before "
                                        "removing this one")
            )
        names = list(self.column_names)
        del names[column]
        k = self.n_inputs - self.is_input_column(column)
        return TruthTable(
            tuple(names[:k]), tuple(names[k:]), tuple(row[:column] + row[column + 1 :] for row in self.rows)
        )


def _check_size(input_names: Sequence[str], target_names: Sequence[str], rows: object) -> None:
    """A ValueError, before any row is read, for a table beyond :data:`MAX_ROWS`, :data:`MAX_COLUMNS` or
    :data:`MAX_VALUES`."""
    columns = len(input_names) + len(target_names)
    if columns > MAX_COLUMNS:
        raise ValueError(translate("TruthTable", "The table has {0:,} columns; nndesk works with at most {1:,}").format(
            columns, MAX_COLUMNS))
    n_rows = len(rows) if isinstance(rows, Sequence) else 0
    if n_rows > MAX_ROWS:
        raise ValueError(translate("TruthTable", "The table has {0:,} rows; nndesk works with at most {1:,}").format(
            n_rows, MAX_ROWS))
    if n_rows * columns > MAX_VALUES:
        raise ValueError(translate("TruthTable", "The table has {0:,} rows of {1:,} columns, {2:,} values; nndesk "
                                                 "works with at most {3:,}").format(
            n_rows, columns, n_rows * columns, MAX_VALUES))


def _float_row(row: Iterable[object]) -> tuple[float, ...]:
    row = tuple(row)
    if not set(map(type, row)) <= {float}:  # the common case (tables made by edits) is checked at C speed
        row = tuple(_as_float(v) for v in row)
    if not math.isfinite(sum(row)):  # a NaN (don't-care) becomes the one math.nan object: tuples compare
        row = tuple(DONT_CARE if v != v else v for v in row)  # elements by identity first, so equal tables stay ==
    return row  # type: ignore[return-value]


def _as_float(v: object) -> float:
    if isinstance(v, numbers.Real):
        return float(v)
    raise ValueError(translate("TruthTable", "{0} is not a number").format(shown_text(repr(v))))
