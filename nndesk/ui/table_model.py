"""The Qt item model over a TruthTable: cells, coloured input/target columns, refusals with a message.

Every change goes through ``TruthTableModel.apply_edit(new_table, description)``: the model holds one
immutable table and replaces it, so a later undo stack only has to remember (old, new, description).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QFont, QUndoCommand, QUndoStack

from nndesk.i18n import translate
from nndesk.project.presets import DEFAULT_PRESET, PRESETS
from nndesk.project.truth_table import TruthTable, format_exact, format_value, parse_number, parse_target
from nndesk.ui.appearance import LIGHT_TONES, tones

Index = QModelIndex | QPersistentModelIndex

# The light appearance's colours; the model shows tones() of the appearance on screen (dark ones in dark).
INPUT_COLOUR = LIGHT_TONES.input_cell  # light blue: what the network is shown
TARGET_COLOUR = LIGHT_TONES.target_cell  # light green: what it should answer
INPUT_HEADER_COLOUR = LIGHT_TONES.input_header
TARGET_HEADER_COLOUR = LIGHT_TONES.target_header
FLAG_COLOUR = LIGHT_TONES.flag  # amber: a target the output layer can never reach
TEXT_COLOUR = LIGHT_TONES.cell_text

# The values each output activation can produce; a target outside is flagged, not refused.
OUTPUT_RANGES: dict[str, tuple[float, float]] = {
    "sigmoid": (0.0, 1.0),
    "tanh": (-1.0, 1.0),
    "relu": (0.0, float("inf")),
    "linear": (float("-inf"), float("inf")),
}


_CELL_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable


class TruthTableModel(QAbstractTableModel):
    """Rows of the table are rows of the model; columns are the inputs, then the targets.

    Display and edit roles give text (``"0"``, ``"0.25"``); ``setData`` takes text or a number.
    Signals: ``tableChanged()`` after every change of ``table()`` (edits, pastes, ``set_table``);
    ``editRejected(row, column, message)`` when a typed value is refused (row is -1 for a header).
    """

    tableChanged = Signal()
    editRejected = Signal(int, int, str)

    def __init__(self, table: TruthTable | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._table = table if table is not None else PRESETS[DEFAULT_PRESET]
        self._output_activation = "sigmoid"
        self._undo_stack: QUndoStack | None = None

    def set_undo_stack(self, stack: QUndoStack | None) -> None:
        """From now on every edit is pushed onto ``stack`` (as one step, named by its description)."""
        self._undo_stack = stack

    # ---- public API --------------------------------------------------------------------------
    def table(self) -> TruthTable:
        return self._table

    def set_table(self, table: TruthTable) -> None:
        """Show another table (a preset, a loaded file); emits tableChanged if it differs."""
        self.apply_edit(table, translate("TableModel", "Replace the table"))

    def set_output_activation(self, name: str) -> None:
        """Flag targets outside the range this output activation can reach (sigmoid: 0..1)."""
        if name not in OUTPUT_RANGES:
            raise ValueError(f"unknown activation {name!r}")
        if name != self._output_activation:
            self._output_activation = name
            self._emit_all_changed()

    def output_activation(self) -> str:
        return self._output_activation

    def flagged_count(self) -> int:
        """How many target values the output activation can never produce."""
        lo, hi = OUTPUT_RANGES[self._output_activation]
        k = self._table.n_inputs
        return sum(not lo <= v <= hi for row in self._table.rows for v in row[k:] if v == v)  # x: never flagged

    def is_flagged(self, row: int, column: int) -> bool:
        """True for a target value the output activation can never produce."""
        if self._table.is_input_column(column):
            return False
        lo, hi = OUTPUT_RANGES[self._output_activation]
        v = self._table.value(row, column)
        return v == v and not lo <= v <= hi  # a don't-care (NaN) is never out of range

    def apply_edit(self, new: TruthTable, description: str = "") -> None:
        """Replace the table with ``new`` and tell the views as precisely as possible what changed.

        The one door for every change (typing, paste, rows, columns, presets): with an undo stack set,
        the change becomes one undoable step whose name is ``description`` (the user's words).
        """
        if new == self._table:
            return
        if self._undo_stack is not None:
            self._undo_stack.push(TableEdit(self, self._table, new, description))  # push() runs redo()
        else:
            self.replace_table(new)

    def replace_table(self, new: TruthTable) -> None:
        """Show ``new`` at once, bypassing the undo stack (the undo commands themselves use this)."""
        old = self._table
        if new == old:
            return
        if new.column_names == old.column_names or new.n_columns == old.n_columns:
            if new.n_rows == old.n_rows:
                self._table = new
                self._notify_cells(old, new)
            elif not self._replace_rows(old, new):
                self._reset(new)
        else:
            self._reset(new)
        self.tableChanged.emit()

    # ---- Qt model interface ------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's default argument)
        return 0 if parent.isValid() else self._table.n_rows

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._table.n_columns

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        r, c = index.row(), index.column()
        v = self._table.value(r, c)
        if role == Qt.ItemDataRole.DisplayRole:
            return format_value(v)
        if role == Qt.ItemDataRole.EditRole:  # every digit, so that Enter on an untouched cell changes nothing
            return format_exact(v)
        if role == Qt.ItemDataRole.BackgroundRole:
            t = tones()
            if self.is_flagged(r, c):
                return QBrush(t.flag)
            return QBrush(t.input_cell if self._table.is_input_column(c) else t.target_cell)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(tones().cell_text)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._cell_tooltip(r, c)
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        r, c = index.row(), index.column()
        parse = parse_number if self._table.is_input_column(c) else parse_target
        try:
            v = parse(value) if isinstance(value, str) else _finite(value)
        except ValueError as e:
            self.editRejected.emit(r, c, str(e))
            return False
        name = self._table.column_names[c]
        self.apply_edit(self._table.with_value(r, c, v), translate("TableModel", "Set {0} in row {1} to {2}").format(
            name, r + 1, format_value(v)))
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _CELL_FLAGS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        t = self._table
        if orientation == Qt.Orientation.Vertical:
            return self._row_header(section, role) if 0 <= section < t.n_rows else None
        if not 0 <= section < t.n_columns:
            return None
        is_input = t.is_input_column(section)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return t.column_names[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            kind = (translate("TableModel", "Input: a value shown to the network") if is_input
                    else translate("TableModel", "Target: the output the network should learn"))
            return f"{t.column_names[section]}\n{kind}\n" + translate("TableModel", "Double-click to rename; "
                                                                                    "right-click for more")
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(tones().input_header if is_input else tones().target_header)
        if role == Qt.ItemDataRole.ForegroundRole:  # the header colours' own text colour, whatever the style's
            return QBrush(tones().cell_text)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    # Held-out rows (issue 15; 0-based), marked "test" in the row headers; the window sets them from its document.
    test_rows: frozenset[int] = frozenset()

    def set_test_rows(self, rows: Iterable[int]) -> None:
        rows = frozenset(rows)
        if rows != self.test_rows:
            self.test_rows = rows
            if self._table.n_rows:
                self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, self._table.n_rows - 1)

    def _row_header(self, row: int, role: int) -> object:
        test = row in self.test_rows
        if role == Qt.ItemDataRole.DisplayRole:
            return translate("TableModel", "{0} test").format(row + 1) if test else str(row + 1)
        if role == Qt.ItemDataRole.ToolTipRole:
            return (translate("TableModel", "Row {0} is a test row: held out, never trained on; its error is the test "
                              "error. Right-click to train on it again.") if test else
                    translate("TableModel", "Row {0}: right-click to hold it out as a test row")).format(row + 1)
        if role == Qt.ItemDataRole.ForegroundRole and test:
            return QBrush(tones().gate)
        return None

    def setHeaderData(
        self, section: int, orientation: Qt.Orientation, value: object, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.EditRole:
            return False
        if not 0 <= section < self._table.n_columns:
            return False
        try:
            new = self._table.with_column_renamed(section, str(value))
        except ValueError as e:
            self.editRejected.emit(-1, section, str(e))
            return False
        old_name = self._table.column_names[section]
        self.apply_edit(new, translate("TableModel", "Rename column {0} to {1}").format(
            old_name, new.column_names[section]))
        return True

    # ---- helpers -----------------------------------------------------------------------------
    def _cell_tooltip(self, r: int, c: int) -> str:
        t = self._table
        v = t.value(r, c)
        if v != v:
            return translate("TableModel", "Row {0}, target {1}: x, a don't-care\nNo error is sent back from this "
                             "output for this row, and the truth check skips it").format(r + 1, t.column_names[c])
        kind = (translate("TableModel", "Row {0}, input {1} = {2}") if t.is_input_column(c)
                else translate("TableModel", "Row {0}, target {1} = {2}"))
        tip = kind.format(r + 1, t.column_names[c], format_value(v))
        if self.is_flagged(r, c):
            lo, hi = OUTPUT_RANGES[self._output_activation]
            tip += "\n" + translate("TableModel", "Outside {0}..{1}: a {2} output can never reach it, so the error "
                                                  "cannot go to zero").format(
                format_value(lo), format_value(hi), self._output_activation)
        return tip

    def _notify_cells(self, old: TruthTable, new: TruthTable) -> None:
        rows = [r for r, (a, b) in enumerate(zip(old.rows, new.rows, strict=True)) if a != b]
        changed = [(r, c) for r in rows for c in range(new.n_columns) if old.rows[r][c] != new.rows[r][c]]
        if changed:
            rows = [r for r, _ in changed]
            cols = [c for _, c in changed]
            self.dataChanged.emit(self.index(min(rows), min(cols)), self.index(max(rows), max(cols)))
        if old.column_names != new.column_names:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, new.n_columns - 1)
            if old.n_inputs != new.n_inputs:  # the same width, but a column changed sides
                self._emit_all_changed()

    def _replace_rows(self, old: TruthTable, new: TruthTable) -> bool:
        """Insert or remove one contiguous run of rows with begin/end signals; False if it is not that."""
        if old.column_names != new.column_names:
            return False
        a, b = old.rows, new.rows
        p = 0
        while p < min(len(a), len(b)) and a[p] == b[p]:
            p += 1
        if len(b) > len(a):
            k = len(b) - len(a)
            if b[p + k :] != a[p:]:
                return False
            self.beginInsertRows(QModelIndex(), p, p + k - 1)
            self._table = new
            self.endInsertRows()
        else:
            k = len(a) - len(b)
            if a[p + k :] != b[p:]:
                return False
            self.beginRemoveRows(QModelIndex(), p, p + k - 1)
            self._table = new
            self.endRemoveRows()
        return True

    def _reset(self, new: TruthTable) -> None:
        self.beginResetModel()
        self._table = new
        self.endResetModel()

    def _emit_all_changed(self) -> None:
        t = self._table
        self.dataChanged.emit(self.index(0, 0), self.index(t.n_rows - 1, t.n_columns - 1))


class TableEdit(QUndoCommand):
    """One undoable change of the table: it swaps the whole (immutable) table back and forth."""

    def __init__(self, model: TruthTableModel, old: TruthTable, new: TruthTable, description: str) -> None:
        super().__init__(description or translate("TableModel", "Edit the table"))
        self._model, self._old, self._new = model, old, new

    def redo(self) -> None:
        self._model.replace_table(self._new)

    def undo(self) -> None:
        self._model.replace_table(self._old)


def _finite(value: object) -> float:
    try:
        v = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise ValueError(translate("TableModel", "'{0}' is not a number").format(value)) from None
    if v != v or v in (float("inf"), float("-inf")):
        raise ValueError(translate("TableModel", "Values must be finite numbers"))
    return v
