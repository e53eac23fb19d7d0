"""The training-table editor: preset menu, the table view, row and column buttons, paste and messages.

Decisions about numbers and names are made in ``nndesk.project.truth_table``; this widget turns the
user's gestures into new tables for ``TruthTableModel.apply_edit`` and shows refusals where they happen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QKeyEvent, QKeySequence, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from nndesk.i18n import counted, translate
from nndesk.project.presets import DEFAULT_PRESET, DESCRIPTIONS, PRESETS, preset_named
from nndesk.project.table_checks import conflict_text
from nndesk.project.truth_table import TruthTable, format_exact, format_value, parse_pasted
from nndesk.ui.appearance import is_dark, tone_label, tones
from nndesk.ui.preset_names import shown_description, shown_name
from nndesk.ui.table_model import (
    OUTPUT_RANGES,
    TruthTableModel,
)
from nndesk.ui.topology_editor import WheelGuard

MIN_COLUMN_WIDTH = 44
DIVIDER_COLOUR = QColor("#7a8ca3")  # between the last input and the first target column
_Hint = QAbstractItemDelegate.EndEditHint
_KEEP_EDITING = (_Hint.SubmitModelCache, _Hint.EditNextItem, _Hint.EditPreviousItem)  # Enter, Tab, Backtab


class CellDelegate(QStyledItemDelegate):
    """A plain line editor for a cell that, when the model refuses the text, opens again holding it;
    paints a dividing line between the last input column and the first target column."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.refused_text: str | None = None

    def createEditor(self, parent: QWidget, option: object, index: QModelIndex) -> QWidget:
        editor = QLineEdit(parent)
        editor.setAlignment(Qt.AlignmentFlag.AlignCenter)
        editor.setFrame(False)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        if self.refused_text is not None:
            editor.setText(self.refused_text)
            self.refused_text = None
        else:
            editor.setText(str(index.data(Qt.ItemDataRole.EditRole)))
        editor.selectAll()

    def setModelData(self, editor: QWidget, model: object, index: QModelIndex) -> None:
        text = editor.text()
        if not model.setData(index, text, Qt.ItemDataRole.EditRole):
            self.refused_text = text

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        super().paint(painter, option, index)
        model = index.model()
        if isinstance(model, TruthTableModel) and index.column() == model.table().n_inputs:
            painter.save()
            painter.setPen(QPen(DIVIDER_COLOUR, 2))
            x = option.rect.left() + 1
            painter.drawLine(x, option.rect.top(), x, option.rect.bottom())
            painter.restore()


class TruthTableView(QTableView):
    """A compact spreadsheet-like view: type to replace, Enter moves down, Delete clears to 0,
    Ctrl+C / Ctrl+V copy and paste tab-separated text."""

    pasteRequested = Signal(str)
    copyRequested = Signal()
    clearRequested = Signal()
    refusalDropped = Signal()  # the user gave up a refused text with Escape: its message goes

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainingTable")
        self._delegate = CellDelegate(self)
        self._reopened = False  # the editor open now was opened again after a refusal
        self.setItemDelegate(self._delegate)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAlternatingRowColors(False)
        self.setCornerButtonEnabled(True)
        self.setWordWrap(False)
        hh = self.horizontalHeader()
        hh.setMinimumSectionSize(MIN_COLUMN_WIDTH)
        hh.setDefaultSectionSize(56)
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        hh.setHighlightSections(False)
        vh = self.verticalHeader()
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(self.fontMetrics().height() + 8)
        vh.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        vh.setMinimumWidth(28)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        refused = self._delegate.refused_text is not None
        index = self.currentIndex()
        reopened, self._reopened = self._reopened, False
        if refused and hint in _KEEP_EDITING:
            super().closeEditor(editor, _Hint.NoHint)
            self._reopened = True
            self.edit(index)  # open again holding the user's text, so the typo can be fixed
            return
        self._delegate.refused_text = None  # Escape or a click elsewhere: give the refused text up
        if reopened and hint == _Hint.RevertModelCache:  # Escape: the user let it go, so does the message
            self.refusalDropped.emit()
        if hint == _Hint.SubmitModelCache:  # Enter moves down, like a spreadsheet
            super().closeEditor(editor, _Hint.NoHint)
            self._move_down()
            return
        super().closeEditor(editor, hint)

    def _move_down(self) -> None:
        i = self.currentIndex()
        if i.isValid() and i.row() + 1 < self.model().rowCount():
            self.setCurrentIndex(i.siblingAtRow(i.row() + 1))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.state() != QAbstractItemView.State.EditingState:
            if event.matches(QKeySequence.StandardKey.Paste):
                self.pasteRequested.emit(QGuiApplication.clipboard().text())
                return
            if event.matches(QKeySequence.StandardKey.Copy):
                self.copyRequested.emit()
                return
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.clearRequested.emit()
                return
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._move_down()
                return
        super().keyPressEvent(event)


class CellMessage(QLabel):
    """A message bubble drawn inside the table, just below the cell (or header) it is about.

    A child of the viewport rather than a QToolTip: it stays until the next edit or cell change,
    can be read at leisure, and never becomes a window of its own.
    """

    def __init__(self, viewport: QWidget) -> None:
        super().__init__(viewport)
        self.setObjectName("cellMessage")
        self.setWordWrap(True)
        self.setStyleSheet(bubble_style())
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.hide()

    def show_at(self, view: QTableView, row: int, column: int, text: str) -> None:
        viewport = view.viewport()
        if row >= 0:
            rect = view.visualRect(view.model().index(row, column))
        else:
            x = view.horizontalHeader().sectionViewportPosition(column)
            rect = QRect(x, 0, view.horizontalHeader().sectionSize(column), 0)
        self.setText(text)
        room = max(120, viewport.width() - 4)
        one_line = self.fontMetrics().horizontalAdvance(text) + 24  # padding, border and rounding
        self.setWordWrap(one_line > room)
        self.setFixedWidth(min(one_line, room))
        self.adjustSize()
        x = min(max(rect.left(), 2), max(2, viewport.width() - self.width() - 2))
        y = rect.bottom() + 2
        if y + self.height() > viewport.height() and rect.top() - self.height() - 2 >= 0:
            y = rect.top() - self.height() - 2  # no room below the cell: show it above
        self.move(x, y)
        self.show()
        self.raise_()


class HeaderNameEditor(QLineEdit):
    """An inline editor laid over a column header: Enter or clicking elsewhere renames, Escape cancels."""

    submitted = Signal(int, str)

    def __init__(self, header: QHeaderView, column: int, name: str) -> None:
        super().__init__(header.viewport())
        self.column = column
        self._done = False
        self.setText(name)
        self.selectAll()
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        x = header.sectionViewportPosition(column)
        self.setGeometry(x, 0, max(header.sectionSize(column), 80), header.height())
        self.returnPressed.connect(self._submit)

    def _submit(self) -> None:
        if not self._done:
            self._done = True
            self.submitted.emit(self.column, self.text())
            self.close()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self._done = True
            self.close()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QEvent) -> None:
        super().focusOutEvent(event)
        self._submit()


def note_style() -> str:
    """Advice under the table (a valid table worth a second look), in the appearance shown."""
    dark = is_dark()
    background, text = ("#3d3012", "#ffe2a6") if dark else ("#fff6e3", "#5c3b00")
    return (f"QLabel {{ background: {background}; color: {text}; border-left: 4px solid {tones().flag.name()};"
            " padding: 2px 6px; }")


def bubble_style() -> str:
    """A refused cell's message bubble, in the appearance shown."""
    background, text, edge = ("#47261a", "#ffc9b8", "#d9822b") if is_dark() else ("#fff4e5", "#8a1c12", "#d9822b")
    return (f"QLabel {{ background: {background}; color: {text}; border: 1px solid {edge};"
            " border-radius: 3px; padding: 2px 5px; }")


def _legend_html() -> str:
    """The legend of the column colours, in the appearance shown."""
    t = tones()
    text = t.cell_text.name()
    inputs, targets = translate("TableEditor", "inputs"), translate("TableEditor", "targets")
    return (f"<span style='background:{t.input_header.name()}; color:{text}'>&nbsp;{inputs}&nbsp;</span>&nbsp;"
            f"<span style='background:{t.target_header.name()}; color:{text}'>&nbsp;{targets}&nbsp;</span>")


def _button(text: str, name: str, tip: str) -> QPushButton:
    b = QPushButton(text)
    b.setObjectName(name)
    b.setToolTip(tip)
    b.setAutoDefault(False)
    b.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    return b


class TableEditor(QWidget):
    """The training table with its preset menu and editing buttons.

    API: ``table()``, ``set_table(t)``, ``choose_preset(name)``, ``set_output_activation(name)``.
    Signals: ``tableChanged()`` whenever ``table()`` changes (user edits, presets, ``set_table``);
    ``presetChosen(str)`` after the user's preset choice replaced the table (after tableChanged);
    ``ioCountsChanged(int, int)`` (inputs, targets) when the number of columns of either kind changed;
    ``messageShown(str)`` with every refusal shown to the user.
    """

    tableChanged = Signal()
    presetChosen = Signal(str)
    ioCountsChanged = Signal(int, int)
    messageShown = Signal(str)

    def __init__(self, parent: QWidget | None = None, table: TruthTable | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tableEditor")
        self.model = TruthTableModel(table if table is not None else PRESETS[DEFAULT_PRESET], self)
        self._io = (self.model.table().n_inputs, self.model.table().n_targets)
        self._header_editor: HeaderNameEditor | None = None
        self._build()
        self._connect()
        self._sync_preset_combo()
        self._update_buttons()
        self._update_range_note()

    # ---- construction ------------------------------------------------------------------------
    def _build(self) -> None:
        self.preset_combo = QComboBox()
        self.preset_combo.setObjectName("presetCombo")
        self.preset_combo.setPlaceholderText(translate("TableEditor", "Your own table"))
        self.preset_combo.setAccessibleName(translate("TableEditor", "Preset"))
        self.preset_combo.setToolTip(translate("TableEditor", "Replace the table with a ready-made truth table"))
        for i, name in enumerate(PRESETS):
            self.preset_combo.addItem(shown_name(name), name)  # shown translated, known by its English name
            self.preset_combo.setItemData(i, shown_description(DESCRIPTIONS.get(name, "")), Qt.ItemDataRole.ToolTipRole)
        self.preset_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.preset_combo.setMaxVisibleItems(len(PRESETS))
        self._wheel_guard = WheelGuard(self)
        self._wheel_guard.guard(self.preset_combo)

        self.view = TruthTableView()
        self.view.setAccessibleName(translate("TableEditor", "Training table"))
        self.view.setModel(self.model)
        self.view.horizontalHeader().setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

        self.add_row_button = _button(translate("TableEditor", "Add"), "addRowButton",
                                      translate("TableEditor", "Add a row of zeros below the current row"))
        self.duplicate_row_button = _button(translate("TableEditor", "Duplicate"), "duplicateRowButton",
                                            translate("TableEditor", "Add a copy of the current row below it"))
        self.remove_row_button = _button(translate("TableEditor", "Remove"), "removeRowButton",
                                         translate("TableEditor", "Remove the selected rows"))
        self.add_input_button = _button(
            translate("TableEditor", "+ Input"), "addInputColumnButton",
            translate("TableEditor", "Add an input column (the network gets one more input neuron)")
        )
        self.add_target_button = _button(
            translate("TableEditor", "+ Target"), "addTargetColumnButton",
            translate("TableEditor", "Add a target column (the network gets one more output neuron)")
        )
        self.remove_column_button = _button(translate("TableEditor", "Remove"), "removeColumnButton",
                                            translate("TableEditor", "Remove the current column"))
        for b, name in ((self.add_row_button, translate("TableEditor", "Add row")),
                        (self.duplicate_row_button, translate("TableEditor", "Duplicate row")),
                        (self.remove_row_button, translate("TableEditor", "Remove rows")),
                        (self.add_input_button, translate("TableEditor", "Add input column")),
                        (self.add_target_button, translate("TableEditor", "Add target column")),
                        (self.remove_column_button, translate("TableEditor", "Remove column"))):
            b.setAccessibleName(name)  # two buttons read "Remove": say which

        self.legend = QLabel(_legend_html())
        self.legend.setObjectName("tableLegend")
        self.legend.setToolTip(translate("TableEditor", "Inputs are shown to the network; targets are what it should "
                                                        "answer"))
        self.message = QLabel()
        self.message.setObjectName("tableMessage")
        self.message.setWordWrap(True)
        tone_label(self.message, "wrong")
        self.message.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.message.hide()
        self.bubble = CellMessage(self.view.viewport())
        self.range_note = QLabel()
        self.range_note.setObjectName("rangeNote")
        self.range_note.setWordWrap(True)
        self.range_note.setStyleSheet(note_style())
        self.range_note.hide()
        # same look as the range note: advice about a valid table, not a refusal
        self.conflict_note = QLabel()
        self.conflict_note.setObjectName("conflictNote")
        self.conflict_note.setWordWrap(True)
        self.conflict_note.setStyleSheet(note_style())
        self.conflict_note.hide()

        top = QHBoxLayout()
        preset_label = QLabel(translate("TableEditor", "&Preset:"))
        preset_label.setBuddy(self.preset_combo)
        top.addWidget(preset_label)
        top.addWidget(self.preset_combo, 1)
        top.addStretch()
        top.addWidget(self.legend)

        # two short lines rather than one long one: the editor usually lives in a narrow side panel
        rows = QGridLayout()
        rows.setHorizontalSpacing(4)
        rows.setVerticalSpacing(2)
        rows.addWidget(QLabel(translate("TableEditor", "Rows:")), 0, 0)
        rows.addWidget(QLabel(translate("TableEditor", "Columns:")), 1, 0)
        for k, b in enumerate((self.add_row_button, self.duplicate_row_button, self.remove_row_button)):
            rows.addWidget(b, 0, k + 1)
        for k, b in enumerate((self.add_input_button, self.add_target_button, self.remove_column_button)):
            rows.addWidget(b, 1, k + 1)
        rows.setColumnStretch(4, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.range_note)
        layout.addWidget(self.conflict_note)
        layout.addWidget(self.message)
        layout.addLayout(rows)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and "legend" in self.__dict__:
            self.legend.setText(_legend_html())
            for note in (self.range_note, self.conflict_note):
                note.setStyleSheet(note_style())
            self.bubble.setStyleSheet(bubble_style())

    def _connect(self) -> None:
        self.preset_combo.currentIndexChanged.connect(self._on_preset_index)
        self.model.tableChanged.connect(self._on_model_changed)
        self.model.editRejected.connect(self._on_rejected)
        self.view.pasteRequested.connect(self.paste_text)
        self.view.refusalDropped.connect(self.clear_message)
        self.view.copyRequested.connect(self.copy_selection)
        self.view.clearRequested.connect(self.clear_selection)
        self.view.horizontalHeader().sectionDoubleClicked.connect(self.start_rename)
        self.view.horizontalHeader().customContextMenuRequested.connect(self._header_menu)
        self.view.customContextMenuRequested.connect(self._cell_menu)
        self.view.selectionModel().currentChanged.connect(self._on_current_changed)
        for bar in (self.view.verticalScrollBar(), self.view.horizontalScrollBar()):
            bar.valueChanged.connect(self.bubble.hide)  # it would point at the wrong cell
        self.add_row_button.clicked.connect(self.add_row)
        self.duplicate_row_button.clicked.connect(self.duplicate_row)
        self.remove_row_button.clicked.connect(self.remove_rows)
        self.add_input_button.clicked.connect(self.add_input_column)
        self.add_target_button.clicked.connect(self.add_target_column)
        self.remove_column_button.clicked.connect(lambda: self.remove_column())

    # ---- public API --------------------------------------------------------------------------
    def table(self) -> TruthTable:
        return self.model.table()

    def set_table(self, table: TruthTable) -> None:
        """Show ``table``; emits tableChanged if it differs (and ioCountsChanged if the shape did)."""
        self.model.set_table(table)

    def choose_preset(self, name: str) -> None:
        """Replace the table with the preset ``name``, exactly as if the user picked it in the menu."""
        if name not in PRESETS:
            raise KeyError(name)
        self.preset_combo.setCurrentIndex(-1)  # re-choosing the shown preset must still reset the table
        self.preset_combo.setCurrentIndex(self.preset_combo.findData(name))

    def set_output_activation(self, name: str) -> None:
        """Targets outside what this output activation can produce get flagged (amber)."""
        self.model.set_output_activation(name)
        self._update_range_note()

    def _update_range_note(self) -> None:
        conflict = conflict_text(self.table())
        self.conflict_note.setText(conflict)
        self.conflict_note.setVisible(bool(conflict))
        n = self.model.flagged_count()
        self.range_note.setVisible(n > 0)
        if n:
            lo, hi = OUTPUT_RANGES[self.model.output_activation()]
            span = f"{format_value(lo)}..{format_value(hi)}".replace("inf", "∞")
            if n == 1:
                note = translate("TableEditor", "1 target value is outside {1} (amber): a {2} output can never "
                                 "reach it, so the error cannot reach zero.")
            else:
                note = translate("TableEditor", "{0} target values are outside {1} (amber): a {2} output can never "
                                 "reach them, so the error cannot reach zero.")
            self.range_note.setText(note.format(n, span, self.model.output_activation()))

    def show_message(self, text: str, row: int | None = None, column: int | None = None) -> None:
        """Show a refusal under the table and, when it concerns a cell (or a header: row -1), at it."""
        self.message.setText(text)
        self.message.show()
        if row is not None and column is not None:
            self.bubble.show_at(self.view, row, column, text)
        self.messageShown.emit(text)

    def clear_message(self) -> None:
        self.message.clear()
        self.message.hide()
        self.bubble.hide()

    # ---- rows --------------------------------------------------------------------------------
    def _current_row(self) -> int:
        i = self.view.currentIndex()
        return i.row() if i.isValid() else self.table().n_rows - 1

    def _current_column(self) -> int:
        i = self.view.currentIndex()
        return i.column() if i.isValid() else self.table().n_columns - 1

    def _selected_rows(self) -> list[int]:
        rows = {i.row() for i in self.view.selectionModel().selectedIndexes()}
        if not rows and self.view.currentIndex().isValid():
            rows = {self.view.currentIndex().row()}
        return sorted(rows)

    def _edit(self, new: TruthTable, description: str) -> None:
        self.clear_message()
        self.model.apply_edit(new, description)

    def add_row(self) -> None:
        """Insert a row of zeros below the current row (at the end when none is current)."""
        at = self._current_row() + 1
        self._edit(self.table().with_row_added(at), translate("TableEditor", "Add a row"))
        self._select(at, max(self.view.currentIndex().column(), 0))

    def duplicate_row(self) -> None:
        r = self._current_row()
        self._edit(self.table().with_row_duplicated(r), translate("TableEditor", "Duplicate row {0}").format(r + 1))
        self._select(r + 1, max(self.view.currentIndex().column(), 0))

    def remove_rows(self) -> None:
        rows = self._selected_rows()
        if not rows:
            self.show_message(translate("TableEditor", "Select the rows to remove first"))
            return
        try:
            new = self.table().with_rows_removed(rows)
        except ValueError as e:
            self.show_message(str(e))
            return
        column = max(self.view.currentIndex().column(), 0)
        self._edit(new, counted(len(rows), translate("TableEditor", "Remove 1 row"), translate("TableEditor",
                                                                                               "Remove {0} rows")))
        self._select(min(rows[0], new.n_rows - 1), column)

    # ---- columns -----------------------------------------------------------------------------
    def add_input_column(self) -> None:
        new = self.table().with_input_column_added()
        self._edit(new, translate("TableEditor", "Add input column {0}").format(new.input_names[-1]))
        self._select(max(self._current_row(), 0), new.n_inputs - 1)

    def add_target_column(self) -> None:
        new = self.table().with_target_column_added()
        self._edit(new, translate("TableEditor", "Add target column {0}").format(new.target_names[-1]))
        self._select(max(self._current_row(), 0), new.n_columns - 1)

    def remove_column(self, column: int | None = None) -> None:
        """Remove ``column`` (the current one when None); the last input or target is refused."""
        c = self._current_column() if column is None else column
        t = self.table()
        try:
            new = t.with_column_removed(c)
        except ValueError as e:
            self.show_message(str(e), -1, c)
            return
        self._edit(new, translate("TableEditor", "Remove column {0}").format(t.column_names[c]))
        self._select(max(self._current_row(), 0), min(c, new.n_columns - 1))

    def rename_column(self, column: int, name: str) -> bool:
        """Rename a column; refusals (empty or duplicate names) are shown and return False."""
        return self.model.setHeaderData(column, Qt.Orientation.Horizontal, name)

    def start_rename(self, column: int) -> None:
        """Open an inline name editor over the header of ``column``."""
        if self._header_editor is not None:
            self._header_editor.close()
        hh = self.view.horizontalHeader()
        editor = HeaderNameEditor(hh, column, self.table().column_names[column])
        editor.setObjectName("headerNameEditor")
        editor.submitted.connect(self._on_rename_submitted)
        editor.destroyed.connect(lambda *_: setattr(self, "_header_editor", None))
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._header_editor = editor
        editor.show()
        editor.setFocus()

    def _on_rename_submitted(self, column: int, name: str) -> None:
        if column < self.table().n_columns and name.strip() != self.table().column_names[column]:
            self.rename_column(column, name)

    # ---- clipboard and clearing ------------------------------------------------------------------
    def paste_text(self, text: str) -> bool:
        """Paste spreadsheet text at the current cell, adding rows as needed; False + a message if refused.

        A header line renames the columns when the block spans them all and the names are valid.
        """
        try:
            block = parse_pasted(text)
        except ValueError as e:
            self.show_message(translate("TableEditor", "Nothing pasted. {0}").format(e))
            return False
        i = self.view.currentIndex()
        r, c = (i.row(), i.column()) if i.isValid() else (0, 0)
        if block.n_columns == self.table().n_columns:
            c = 0  # a whole-width block goes into whole rows wherever the cursor is
        try:
            new = self.table().with_block(r, c, block.values)
        except ValueError as e:
            self.show_message(translate("TableEditor", "Nothing pasted. {0}").format(e))
            return False
        if block.names is not None and block.n_columns == new.n_columns:
            new = _renamed(new, block.names)
        self._edit(new, translate("TableEditor", "Paste {0} × {1} cells").format(block.n_rows, block.n_columns))
        if block.n_rows * block.n_columns <= 10_000:  # selecting a huge block costs Qt seconds
            self._select_block(r, c, block.n_rows, block.n_columns)
        else:
            self._select(r, c)
        return True

    def copy_selection(self) -> str:
        """Copy the selected cells (their bounding box) as tab-separated text; returns the text.

        The whole table (Ctrl+A) is copied with a line of column names first, as a spreadsheet expects.
        """
        indexes = self.view.selectionModel().selectedIndexes() or [self.view.currentIndex()]
        indexes = [i for i in indexes if i.isValid()]
        if not indexes:
            return ""
        rows = range(min(i.row() for i in indexes), max(i.row() for i in indexes) + 1)
        cols = range(min(i.column() for i in indexes), max(i.column() for i in indexes) + 1)
        t = self.table()
        lines = ["\t".join(format_exact(t.value(r, c)) for c in cols) for r in rows]
        if len(rows) == t.n_rows and len(cols) == t.n_columns:
            lines.insert(0, "\t".join(t.column_names))
        text = "\n".join(lines)
        QGuiApplication.clipboard().setText(text)
        return text

    def clear_selection(self) -> None:
        """Set the selected cells to 0 (the Delete key)."""
        indexes = self.view.selectionModel().selectedIndexes() or [self.view.currentIndex()]
        cells = [(i.row(), i.column(), 0.0) for i in indexes if i.isValid()]
        if cells:
            self._edit(self.table().with_values(cells), counted(len(cells), translate("TableEditor", "Clear 1 cell"),
                                                                translate("TableEditor", "Clear {0} cells")))

    # ---- menus -------------------------------------------------------------------------------
    def column_menu(self, column: int) -> QMenu:
        """The actions offered on a column header (also used by the cell context menu)."""
        menu = QMenu(self)
        name = self.table().column_names[column] if 0 <= column < self.table().n_columns else ""
        if name:
            menu.addAction(translate("TableEditor", "Rename column {0}…").format(
                name), lambda: self.start_rename(column))
        menu.addAction(translate("TableEditor", "Add input column"), self.add_input_column)
        menu.addAction(translate("TableEditor", "Add target column"), self.add_target_column)
        if name:
            menu.addAction(translate("TableEditor", "Remove column {0}").format(
                name), lambda: self.remove_column(column))
        return menu

    def _header_menu(self, pos: QPoint) -> None:
        hh = self.view.horizontalHeader()
        self.column_menu(hh.logicalIndexAt(pos)).exec(hh.mapToGlobal(pos))

    def _cell_menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        menu = QMenu(self)
        menu.addAction(translate("TableEditor", "Add row"), self.add_row)
        menu.addAction(translate("TableEditor", "Duplicate row"), self.duplicate_row)
        menu.addAction(translate("TableEditor", "Remove selected rows"), self.remove_rows)
        menu.addSeparator()
        menu.addAction(translate("TableEditor", "Copy"), self.copy_selection)
        menu.addAction(translate("TableEditor", "Paste"), lambda: self.paste_text(QGuiApplication.clipboard().text()))
        menu.addAction(translate("TableEditor", "Clear to 0"), self.clear_selection)
        if index.isValid():
            menu.addSeparator()
            for action in self.column_menu(index.column()).actions():
                menu.addAction(action)
        menu.exec(self.view.viewport().mapToGlobal(pos))

    # ---- reactions ---------------------------------------------------------------------------
    def _on_preset_index(self, index: int) -> None:
        if index < 0:
            return
        name = self.preset_combo.itemData(index)
        self.clear_message()
        self.model.apply_edit(PRESETS[name], translate("TableEditor", "Load preset {0}").format(shown_name(name)))
        self.view.setCurrentIndex(self.model.index(0, 0))
        self.presetChosen.emit(name)

    def _on_model_changed(self) -> None:
        self.clear_message()
        self._sync_preset_combo()
        self._update_buttons()
        self._update_range_note()
        t = self.table()
        self.tableChanged.emit()
        if (t.n_inputs, t.n_targets) != self._io:
            self._io = (t.n_inputs, t.n_targets)
            self.ioCountsChanged.emit(*self._io)

    def _on_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        self._update_buttons()
        if self.view.state() != QAbstractItemView.State.EditingState:
            self.bubble.hide()

    def _on_rejected(self, row: int, column: int, message: str) -> None:
        self.show_message(message, row, column)

    def _sync_preset_combo(self) -> None:
        name = preset_named(self.table())
        self.preset_combo.blockSignals(True)
        self.preset_combo.setCurrentIndex(self.preset_combo.findData(name) if name else -1)
        self.preset_combo.blockSignals(False)

    def _update_buttons(self) -> None:
        t = self.table()
        self.remove_row_button.setEnabled(t.n_rows > 1)
        c = self._current_column()
        only = t.n_inputs == 1 if t.is_input_column(c) else t.n_targets == 1
        # stays enabled so that a click explains why the last input/target column cannot go
        self.remove_column_button.setToolTip(
            translate("TableEditor", "Remove column {0}").format(
                t.column_names[c]) + (translate("TableEditor", " (it is the only one of its kind)") if only else "")
        )

    def _select(self, row: int, column: int) -> None:
        index = self.model.index(row, column)
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)

    def _select_block(self, row: int, column: int, n_rows: int, n_columns: int) -> None:
        from PySide6.QtCore import QItemSelection, QItemSelectionModel

        top_left = self.model.index(row, column)
        selection = QItemSelection(top_left, self.model.index(row + n_rows - 1, column + n_columns - 1))
        self.view.setCurrentIndex(top_left)
        self.view.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)


def _renamed(table: TruthTable, names: tuple[str, ...]) -> TruthTable:
    """``table`` with the pasted header names, or unchanged if they are not valid names."""
    try:
        return table.with_names(names[: table.n_inputs], names[table.n_inputs :])
    except ValueError:
        return table
