"""Tables to and from CSV text: a header row of names, then one row of numbers per line.

Reading sniffs the separator (comma, semicolon or tab), drops a UTF-8 byte-order mark and blank lines,
accepts quoted names and decimal commas, and reads ``x`` or ``?`` as a don't-care. The user then picks the
target columns (:meth:`CsvGrid.to_table`); any bad value is reported with its line number as the file
shows it ("line 5, column Sum: 'abc' is not a number").
"""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from nndesk.project.truth_table import TruthTable, check_name, format_exact, parse_number

SEPARATORS = ",;\t"
DONT_CARE_TEXT = {"x", "X", "?", "-"}


class CsvError(ValueError):
    """A CSV file that cannot become a table; ``str(error)`` names the line and says what is wrong."""


@dataclass(frozen=True)
class CsvGrid:
    """The columns of a CSV file before the user chose the targets.

    ``values[r][c]`` is a float, NaN for a don't-care cell; ``lines[r]`` is that row's line in the file.
    """

    names: tuple[str, ...]
    values: tuple[tuple[float, ...], ...]
    lines: tuple[int, ...]
    separator: str

    def to_table(self, target_columns: Iterable[int] | None = None) -> TruthTable:
        """A table whose targets are ``target_columns`` (the last column when None), inputs the others.

        Inputs keep their order, then the targets in theirs. Raises CsvError if a don't-care is in an input.
        """
        n = len(self.names)
        targets = sorted(set(target_columns)) if target_columns is not None else [n - 1]
        if not targets or any(not 0 <= c < n for c in targets):
            raise CsvError("Choose at least one target column")
        inputs = [c for c in range(n) if c not in targets]
        if not inputs:
            raise CsvError("At least one column must stay an input")
        order = inputs + targets
        for row, line in zip(self.values, self.lines, strict=True):
            for c in inputs:
                if math.isnan(row[c]):
                    raise CsvError(f"Line {line}, column {self.names[c]}: an input cannot be a don't-care (x)")
        try:
            return TruthTable(tuple(self.names[c] for c in inputs), tuple(self.names[c] for c in targets),
                              tuple(tuple(row[c] for c in order) for row in self.values))
        except ValueError as exc:
            raise CsvError(str(exc)) from None


def sniff_separator(text: str) -> str:
    """The separator of ``text``: the one of , ; tab that splits the header line into the most cells."""
    header = next((line for line in text.splitlines() if line.strip()), "")
    try:
        return csv.Sniffer().sniff(header, delimiters=SEPARATORS).delimiter
    except csv.Error:
        counts = {sep: header.count(sep) for sep in SEPARATORS}
        return max(counts, key=counts.get) if any(counts.values()) else ","


def parse_csv(text: str) -> CsvGrid:
    """Read CSV text (header row of names, then numbers); raises CsvError naming the first bad line."""
    if text.startswith("\ufeff"):
        text = text[1:]
    separator = sniff_separator(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
    names: tuple[str, ...] | None = None
    values: list[tuple[float, ...]] = []
    lines: list[int] = []
    try:
        for cells in reader:
            if not any(cell.strip() for cell in cells):
                continue  # a blank line
            line = reader.line_num
            if names is None:
                names = _read_names(cells, line)
                continue
            if len(cells) != len(names):
                raise CsvError(f"Line {line} has {len(cells)} values but the header names {len(names)} columns")
            values.append(tuple(_read_cell(cell, line, name) for cell, name in zip(cells, names, strict=True)))
            lines.append(line)
    except csv.Error as exc:
        raise CsvError(f"Line {reader.line_num}: {exc}") from None
    if names is None:
        raise CsvError("The file is empty: it needs a header line of column names and rows of numbers")
    if not values:
        raise CsvError("The file has column names but no rows of numbers")
    return CsvGrid(names, tuple(values), tuple(lines), separator)


def read_csv(path: str | Path) -> CsvGrid:
    """:func:`parse_csv` of a file; raises CsvError (also for unreadable files) with the file's name."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise CsvError(f"Cannot read {path.name}: {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")  # spreadsheets on Windows still write this
    try:
        return parse_csv(text)
    except CsvError as exc:
        raise CsvError(f"{path.name}: {exc}") from None


def _read_names(cells: list[str], line: int) -> tuple[str, ...]:
    names = []
    for k, cell in enumerate(cells):
        try:
            names.append(check_name(cell))
        except ValueError as exc:
            raise CsvError(f"Line {line}, column {k + 1} of the header: {exc}") from None
    if all(_is_number(n) for n in names):
        raise CsvError(f"Line {line} must name the columns (it holds only numbers): add a header line")
    return tuple(names)


def _is_number(text: str) -> bool:
    try:
        parse_number(text)
    except ValueError:
        return False
    return True


def _read_cell(cell: str, line: int, name: str) -> float:
    if cell.strip() in DONT_CARE_TEXT:
        return math.nan
    try:
        return parse_number(cell)
    except ValueError as exc:
        raise CsvError(f"Line {line}, column {name}: {exc}") from None


def table_to_csv(table: TruthTable, separator: str = ",") -> str:
    """The table as CSV text: a header of names, then the rows; a don't-care is written ``x``."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=separator, lineterminator="\n")
    writer.writerow(table.column_names)
    for row in table.rows:
        writer.writerow([format_exact(v) for v in row])
    return out.getvalue()


def write_csv(table: TruthTable, path: str | Path) -> None:
    """Write :func:`table_to_csv` to ``path``; raises CsvError saying why it could not."""
    path = Path(path)
    try:
        path.write_text(table_to_csv(table), encoding="utf-8", newline="")
    except OSError as exc:
        raise CsvError(f"Could not write {path.name}: {exc.strerror or exc}") from None
