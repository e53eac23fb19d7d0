"""Tables to and from CSV text: a header row of names, then one row of numbers per line.

Reading sniffs the separator (comma, semicolon or tab), drops a UTF-8 byte-order mark and blank lines,
accepts quoted names and decimal commas, and reads ``x`` or ``?`` as a don't-care. The user then picks the
target columns (:meth:`CsvGrid.to_table`); any bad value is reported with its line number as the file
shows it ("line 5, column Sum: 'abc' is not a number").

nndesk writes the table's target columns on a line of their own before the header, so that a re-import ticks
them all: ``# targets,Sum,Carry`` (a CSV row like the others, so a spreadsheet keeps it). A file without
that line imports as before, with the last column ticked.

Files are UTF-8, UTF-16/32 with a byte-order mark ("Unicode text" of spreadsheets) or Windows-1252. Files
over :data:`MAX_FILE_BYTES`, devices and pipes are refused before they are read; so are tables beyond the
limits of :mod:`nndesk.project.truth_table` (rows are counted as they are read).
"""

from __future__ import annotations

import codecs
import csv
import errno
import io
import math
import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from nndesk.engine.wording import QT_TRANSLATE_NOOP, counted_noun, translate
from nndesk.project.safe_save import save_bytes, shown_name
from nndesk.project.truth_table import (
    MAX_COLUMNS,
    MAX_ROWS,
    MAX_VALUES,
    TruthTable,
    check_name,
    format_exact,
    parse_number,
    shown_text,
)

SEPARATORS = ",;\t"
TARGETS_MARK = "# targets"  # the first cell of the line naming the target columns
DONT_CARE_TEXT = {"x", "X", "?", "-"}
# Larger files are refused before they are read: 100,000 rows (the table's limit) of a few dozen columns
# take a few MB, so 50 MB leaves room for long decimals while the reading stays within a second or two.
MAX_FILE_BYTES = 50_000_000
SNIFF_CHARS = 10_000  # the separator is guessed from at most this much of the header line
# Byte-order marks of the Unicode encodings spreadsheets write ("Unicode text" is UTF-16 with a BOM);
# the UTF-32 marks go first, as UTF-16's is the start of UTF-32 little-endian's.
BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# The csv module's own messages, in the user's words (translated where shown)
CSV_MESSAGES = {
    "field larger than field limit": QT_TRANSLATE_NOOP("CsvFile", "a cell is too long (more than {0:,} characters)"),
    "new-line character seen in unquoted field": QT_TRANSLATE_NOOP(
        "CsvFile", "a line break inside a cell; put such a cell in quotes"),
    "line contains NUL": QT_TRANSLATE_NOOP("CsvFile", "it holds a NUL character, which text does not"),
    "unexpected end of data": QT_TRANSLATE_NOOP("CsvFile", "a quoted cell is never closed"),
}


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
    targets: tuple[int, ...] = ()  # the target columns the file names (its "# targets" line), if any

    def default_targets(self) -> list[int]:
        """The columns to tick at first: those the file names as targets, else the last column."""
        return list(self.targets) if self.targets else [len(self.names) - 1]

    def to_table(self, target_columns: Iterable[int] | None = None) -> TruthTable:
        """A table whose targets are ``target_columns`` (:meth:`default_targets` when None), inputs the others.

        Inputs keep their order, then the targets in theirs. Raises CsvError if a don't-care is in an input.
        """
        n = len(self.names)
        targets = sorted(set(target_columns)) if target_columns is not None else self.default_targets()
        if not targets or any(not 0 <= c < n for c in targets):
            raise CsvError(translate("CsvFile", "Choose at least one target column"))
        inputs = [c for c in range(n) if c not in targets]
        if not inputs:
            raise CsvError(translate("CsvFile", "At least one column must stay an input"))
        order = inputs + targets
        for row, line in zip(self.values, self.lines, strict=True):
            for c in inputs:
                if math.isnan(row[c]):
                    raise CsvError(translate("CsvFile", "Line {0}, column {1}: an input cannot be a don't-care "
                                                        "(x)").format(line, self.names[c]))
        try:
            return TruthTable(tuple(self.names[c] for c in inputs), tuple(self.names[c] for c in targets),
                              tuple(tuple(row[c] for c in order) for row in self.values))
        except ValueError as exc:
            raise CsvError(str(exc)) from None


def sniff_separator(text: str) -> str:
    """The separator of ``text``: the one of , ; tab that splits the header line into the most cells (or the
    one that follows the mark of nndesk's targets line)."""
    header = next((line for line in io.StringIO(text, newline=None) if line.strip()), "")[:SNIFF_CHARS]
    mark = len(TARGETS_MARK)
    if header.startswith(TARGETS_MARK) and header[mark : mark + 1] in tuple(SEPARATORS):
        return header[mark]
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
    wanted: tuple[list[str], int] | None = None  # the target names of a "# targets" line, and its line
    try:
        for cells in reader:
            if not any(cell.strip() for cell in cells):
                continue  # a blank line
            line = reader.line_num
            if names is None and wanted is None and cells[0].strip() == TARGETS_MARK:
                wanted = [c.strip() for c in cells[1:] if c.strip()], line
                continue
            if names is None:
                names = _read_names(cells, line)
                continue
            if len(cells) != len(names):
                raise CsvError(translate("CsvFile", "Line {0} has {1} but the header names {2}").format(
                    line, counted_noun(len(cells), "value"), counted_noun(len(names), "column")))
            if len(values) == MAX_ROWS:
                raise CsvError(translate("CsvFile", "The file has more than {0:,} rows of numbers; nndesk works with "
                                                    "at most {0:,}").format(MAX_ROWS))
            if (len(values) + 1) * len(names) > MAX_VALUES:
                raise CsvError(translate("CsvFile", "The file has more than {0:,} values ({1:,} columns, line {2}); "
                                                    "nndesk works with at most {0:,}").format(
                    MAX_VALUES, len(names), line))
            values.append(tuple(_read_cell(cell, line, name) for cell, name in zip(cells, names, strict=True)))
            lines.append(line)
    except csv.Error as exc:
        raise CsvError(translate("CsvFile", "Line {0}: {1}").format(reader.line_num, _csv_message(exc))) from None
    if names is None:
        raise CsvError(translate("CsvFile", "The file is empty: it needs a header line of column names and rows of "
                                            "numbers"))
    if not values:
        raise CsvError(translate("CsvFile", "The file has column names but no rows of numbers"))
    return CsvGrid(names, tuple(values), tuple(lines), separator, _target_columns(wanted, names))


def _target_columns(wanted: tuple[list[str], int] | None, names: tuple[str, ...]) -> tuple[int, ...]:
    """The columns a "# targets" line names; CsvError for a name that is not a column of the header."""
    if wanted is None:
        return ()
    targets, line = wanted
    for name in targets:
        if name not in names:
            raise CsvError(translate("CsvFile", "Line {0} names the target '{1}', which is not a column of the "
                                                "header").format(line, shown_text(name, 40)))
    return tuple(sorted({names.index(name) for name in targets}))


def _csv_message(exc: csv.Error) -> str:
    text = str(exc)
    for start, message in CSV_MESSAGES.items():
        if text.startswith(start):
            return translate("CsvFile", message).format(csv.field_size_limit())
    return translate("CsvFile", "it cannot be read as CSV ({0})").format(text)


def read_csv(path: str | Path) -> CsvGrid:
    """:func:`parse_csv` of a file; raises CsvError (also for unreadable files) with the file's name.

    Files larger than :data:`MAX_FILE_BYTES` are refused before they are read. The text is UTF-8, or
    UTF-16/32 with a byte-order mark, or else Windows-1252 (spreadsheets on Windows still write it).
    """
    path = Path(path)
    try:
        raw = read_limited(path, MAX_FILE_BYTES)
    except OSError as exc:
        raise CsvError(translate("CsvFile", "Cannot read {0}: {1}").format(path.name, exc.strerror or exc)) from None
    except ValueError as exc:
        raise CsvError(translate("CsvFile", "Cannot read {0}: {1}").format(path.name, exc)) from None
    try:
        return parse_csv(decode_text(raw))
    except CsvError as exc:
        raise CsvError(translate("CsvFile", "{0}: {1}").format(path.name, exc)) from None


def read_limited(path: Path, limit: int) -> bytes:
    """The bytes of the regular file ``path``, or ValueError (in the user's words) when it is not a regular
    file or holds more than ``limit`` bytes; checked before reading, so a huge file is never read whole."""
    try:
        info = os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:  # not "no such file": the name is there, its links go round in a circle
            raise ValueError(translate("CsvFile", "it is a symbolic link that leads back to itself (a loop)")) from None
        raise
    if stat.S_ISDIR(info.st_mode):
        raise ValueError(translate("CsvFile", "it is a folder, not a file"))
    if not stat.S_ISREG(info.st_mode):
        raise ValueError(translate("CsvFile", "it is not a regular file (a device or a "
                                              "pipe)"))  # reading one might never end
    with path.open("rb") as f:
        size = os.fstat(f.fileno()).st_size
        raw = f.read(limit + 1) if size <= limit else b""
    if size > limit or len(raw) > limit:
        raise ValueError(translate("CsvFile", "it is {0}; nndesk opens files of at most {1}").format(
            _size_above(max(size, len(raw)), limit), _megabytes(limit)))
    return raw


def _megabytes(n: int) -> str:
    return f"{n / 1e6:,.1f} MB" if n % 1_000_000 else f"{n // 1_000_000:,} MB"


def _size_above(n: int, limit: int) -> str:
    """``n`` bytes, shown so that it reads as more than ``limit``: in MB, or in bytes where MB round it down to
    the limit ("50.0 MB; at most 50 MB" would say nothing)."""
    if round(n / 1e6, 1) > limit / 1e6:
        return _megabytes(n)
    return translate("CsvFile", "{0:,} bytes ({1:,} over)").format(n, n - limit)


def decode_text(raw: bytes) -> str:
    """The text of a CSV file's bytes: UTF-8, UTF-16/32 with a byte-order mark, or Windows-1252.

    Raises CsvError for bytes that are no text at all (NUL bytes without a UTF-16/32 mark).
    """
    for bom, encoding in BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(encoding)
            except UnicodeDecodeError:
                raise CsvError(translate("CsvFile", "The file starts as {0} text but is damaged further on").format(
                    encoding.upper().removesuffix("-SIG"))) from None
    if b"\0" in raw:
        raise CsvError(translate("CsvFile", "It is not a text file (it holds binary data): save the table as CSV text"))
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _read_names(cells: list[str], line: int) -> tuple[str, ...]:
    if len(cells) > MAX_COLUMNS:
        raise CsvError(translate("CsvFile", "Line {0} names {1:,} columns; nndesk works with at most {2:,}").format(
            line, len(cells), MAX_COLUMNS))
    names = []
    for k, cell in enumerate(cells):
        try:
            names.append(check_name(cell))
        except ValueError as exc:
            raise CsvError(translate("CsvFile", "Line {0}, column {1} of the header: {2}").format(
                line, k + 1, exc)) from None
    if all(_is_number(n) for n in names):
        raise CsvError(translate("CsvFile", "Line {0} must name the columns (it holds only numbers): add a header "
                                            "line").format(line))
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
        raise CsvError(translate("CsvFile", "Line {0}, column {1}: {2}").format(line, name, exc)) from None


def table_to_csv(table: TruthTable, separator: str = ",") -> str:
    """The table as CSV text: the line naming the targets (``# targets,Sum,Carry``), a header of names, then
    the rows; a don't-care is written ``x``."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=separator, lineterminator="\n")
    writer.writerow([TARGETS_MARK, *table.target_names])
    writer.writerow(table.column_names)
    for row in table.rows:
        writer.writerow([format_exact(v) for v in row])
    return out.getvalue()


def write_csv(table: TruthTable, path: str | Path) -> None:
    """Write :func:`table_to_csv` to ``path`` (atomically, never over a device or a pipe: see
    :func:`nndesk.project.safe_save.save_bytes`); raises CsvError saying why it could not."""
    path = Path(path)
    try:
        save_bytes(path, table_to_csv(table).encode("utf-8"))
    except OSError as exc:
        raise CsvError(translate("CsvFile", "Could not write {0}: {1}").format(shown_name(path),
                                                                          exc.strerror or exc)) from None
