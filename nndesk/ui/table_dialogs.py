"""Dialogs that make a whole training table: from a CSV file (choose the targets) or from logic expressions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from nndesk.i18n import QT_TRANSLATE_NOOP, counted, translate
from nndesk.project.csv_io import CsvError, CsvGrid
from nndesk.project.expressions import ExpressionError, table_from_expressions
from nndesk.project.truth_table import TruthTable
from nndesk.ui.appearance import tone_label

_SEPARATOR_NAMES = {",": QT_TRANSLATE_NOOP("TableDialogs", "commas"),
                    ";": QT_TRANSLATE_NOOP("TableDialogs", "semicolons"),
                    "\t": QT_TRANSLATE_NOOP("TableDialogs", "tabs")}
EXPRESSION_HELP = QT_TRANSLATE_NOOP("TableDialogs",
    "One output per line (or separated by ;), for example  <b>Sum = A ^ B</b>.<br>"
    "Operators: <b>~</b> or <b>not</b>, <b>&amp;</b> or <b>and</b>, <b>^</b> or <b>xor</b>, <b>|</b> or <b>or</b> "
    "(in that order of precedence), parentheses, 0 and 1.<br><b>?</b> is a don't-care: "
    "<b>Y = A | (B &amp; ?)</b> makes Y an <i>x</i> where A is 0 and B is 1.<br>"
    "The inputs are the other names, in order of appearance; the table lists every combination."
)


def _preview_text(table: TruthTable) -> str:
    dont_cares = sum(v != v for row in table.rows for v in row)
    rows = counted(table.n_rows, translate("TableDialogs", "1 row"), translate("TableDialogs", "{0} rows"))
    text = translate("TableDialogs", "Inputs: {0}  →  targets: {1}  ·  {2}").format(
        ", ".join(table.input_names), ", ".join(table.target_names), rows)
    if not dont_cares:
        return text
    return text + counted(dont_cares, translate("TableDialogs", ", 1 don't-care (x)"),
                          translate("TableDialogs", ", {0} don't-cares (x)"))


class CsvImportDialog(QDialog):
    """Shows the columns of a CSV file; the user ticks the targets (at first those the file names, else the
    last column)."""

    def __init__(self, grid: CsvGrid, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("csvImportDialog")
        self.setWindowTitle(translate("TableDialogs", "Import {0}").format(file_name))
        self._grid = grid
        self._table: TruthTable | None = None
        separator = _SEPARATOR_NAMES.get(grid.separator)
        columns = counted(len(grid.names), translate("TableDialogs", "1 column"),
                          translate("TableDialogs", "{0} columns"))
        rows = counted(len(grid.values), translate("TableDialogs", "1 row"), translate("TableDialogs", "{0} rows"))
        about = QLabel(translate("TableDialogs", "{0} and {1}, separated by {2}. Tick the columns the network should "
                                 "learn to answer (the targets):").format(
            columns, rows, translate("TableDialogs", separator) if separator else repr(grid.separator)))
        about.setWordWrap(True)
        self.columns = QListWidget()
        self.columns.setObjectName("csvTargetColumns")
        self.columns.setAccessibleName(translate("TableDialogs", "Target columns"))
        ticked = grid.default_targets()  # the targets the file names, else its last column
        for k, name in enumerate(grid.names):
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if k in ticked else Qt.CheckState.Unchecked)
            self.columns.addItem(item)
        self.preview = QLabel()
        self.preview.setObjectName("csvPreview")
        self.preview.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("TableDialogs", "Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(self.columns, 1)
        layout.addWidget(self.preview)
        layout.addWidget(self.buttons)
        self.columns.itemChanged.connect(lambda _item: self._update())
        self._update()
        self.resize(460, 380)

    def set_targets(self, columns: list[int]) -> None:
        """Tick exactly ``columns`` (for tests and scripts)."""
        for k in range(self.columns.count()):
            self.columns.item(k).setCheckState(Qt.CheckState.Checked if k in columns else Qt.CheckState.Unchecked)

    def targets(self) -> list[int]:
        return [k for k in range(self.columns.count())
                if self.columns.item(k).checkState() == Qt.CheckState.Checked]

    def table(self) -> TruthTable | None:
        """The table with the ticked targets, or None while the choice cannot make one."""
        return self._table

    def _update(self) -> None:
        try:
            self._table = self._grid.to_table(self.targets())
        except CsvError as exc:
            self._table = None
            self.preview.setText(str(exc))
            tone_label(self.preview, "wrong")
        else:
            self.preview.setText(_preview_text(self._table))
            tone_label(self.preview, None)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self._table is not None)


class ExpressionDialog(QDialog):
    """Type logic expressions; the preview says what table they make, or what is wrong and where."""

    def __init__(self, parent: QWidget | None = None, text: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("expressionDialog")
        self.setWindowTitle(translate("TableDialogs", "Table from expressions"))
        self._table: TruthTable | None = None
        help_label = QLabel(translate("TableDialogs", EXPRESSION_HELP))
        help_label.setWordWrap(True)
        self.editor = QPlainTextEdit(text)
        self.editor.setObjectName("expressionEditor")
        self.editor.setAccessibleName(translate("TableDialogs", "Expressions"))
        self.editor.setPlaceholderText("Sum = A ^ B\nCarry = A & B")
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.editor.setFont(font)
        self.preview = QLabel()
        self.preview.setObjectName("expressionPreview")
        self.preview.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("TableDialogs", "Make table"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(help_label)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.preview)
        layout.addWidget(self.buttons)
        self.editor.textChanged.connect(self._update)
        self._update()
        self.resize(520, 360)

    def table(self) -> TruthTable | None:
        return self._table

    def _update(self) -> None:
        text = self.editor.toPlainText()
        if not text.strip():
            self._table = None
            self.preview.setText(translate("TableDialogs", "Type one output per line, such as  Y = A & B"))
            tone_label(self.preview, None)
        else:
            try:
                self._table = table_from_expressions(text)
            except ExpressionError as exc:
                self._table = None
                self.preview.setText(str(exc))
                tone_label(self.preview, "wrong")
            else:
                self.preview.setText(_preview_text(self._table))
                tone_label(self.preview, None)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self._table is not None)
