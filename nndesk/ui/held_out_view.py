"""Held-out rows in the window (issue 15): marking table rows "test", and showing how the network does on them.

- the training table's row headers say "test" for a held-out row; its right-click menu, and Table ▸ Test Rows
  for the selected rows, mark and unmark them (in the document's TrainingSettings, so a save keeps them);
- the truth check labels the test rows and counts them apart from the training rows;
- the error plot draws the test rows' error after every epoch beside the training error, with a legend.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

import pyqtgraph as pg  # isort: skip  (after PySide6, so that pyqtgraph picks the same Qt binding)

from nndesk.i18n import QT_TRANSLATE_NOOP, translate
from nndesk.project.held_out import check_test_rows
from nndesk.ui.appearance import find_menu, tones

TOGGLE_TIP = QT_TRANSLATE_NOOP(
    "HeldOutView", "Hold the selected rows out of training as test rows (or train on them again): their error shows "
    "how the network does on rows it never saw")


class HeldOutView(QObject):
    """Binds the test rows of ``window.document`` to the table, the truth check and the error plot."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window, self.document = window, window.document
        self.model = window.table_editor.model
        self.view = window.table_editor.view
        header = self.view.verticalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._row_menu)
        self.toggle_action = QAction(self.tr("&Test Rows (held out)"), window)
        self.toggle_action.setObjectName("testRowsAction")
        self.toggle_action.setToolTip(self.tr(TOGGLE_TIP))
        self.toggle_action.setStatusTip(self.tr(TOGGLE_TIP))
        self.toggle_action.triggered.connect(lambda: self.toggle(self._selected_rows()))
        table_menu = find_menu(window, "Table")  # in the user's language
        if table_menu is not None:
            table_menu.addSeparator()
            table_menu.addAction(self.toggle_action)
        self.curve = self._make_curve()
        window.error_plot.other_buffers.append(window.document.test_errors)
        window.error_plot.installEventFilter(self)  # the curve's colour follows the appearance
        doc = self.document
        doc.settingsChanged.connect(self.show_test_rows)
        doc.networkChanged.connect(self.show_test_rows)
        doc.tableChanged.connect(self.show_test_rows)
        doc.trainingProgress.connect(self.redraw)
        doc.historyChanged.connect(self.redraw)
        doc.stateChanged.connect(lambda _state: self.toggle_action.setEnabled(not doc.is_training()))
        self.show_test_rows()

    # --- marking rows ---------------------------------------------------------------------------------------
    def toggle(self, rows: list[int]) -> None:
        """Mark ``rows`` (0-based) as test rows, or unmark them when they all are; said in the status bar."""
        doc = self.document
        if not rows or doc.is_training():
            return
        held = set(doc.settings.test_rows)
        new = held - set(rows) if set(rows) <= held else held | set(rows)
        try:
            checked = check_test_rows(new, doc.table.n_rows)
        except ValueError as exc:
            doc.message.emit(self.tr("Cannot hold these rows out: {0}").format(exc), 8000)
            return
        doc.set_settings(doc.settings.with_changes(test_rows=checked))

    def _selected_rows(self) -> list[int]:
        rows = {index.row() for index in self.view.selectionModel().selectedIndexes()}
        current = self.view.currentIndex()
        if not rows and current.isValid():
            rows = {current.row()}
        return sorted(rows)

    def row_menu(self, row: int) -> QMenu:
        """The row header's menu for ``row``: mark or unmark it (with the other selected rows, if it is one)."""
        selected = self._selected_rows()
        rows = selected if row in selected else [row]
        held = set(self.document.settings.test_rows)
        which = self.tr("row {0}").format(rows[0] + 1) if len(rows) == 1 else self.tr("{0} rows").format(len(rows))
        menu = QMenu(self.view)
        again = set(rows) <= held
        action = menu.addAction((self.tr("Train on {0} again") if again else self.tr("Hold {0} out for testing"))
                                .format(which))
        action.setObjectName("testRowToggle")
        action.setEnabled(not self.document.is_training())
        action.triggered.connect(lambda: self.toggle(rows))
        return menu

    def _row_menu(self, pos: QPoint) -> None:
        header = self.view.verticalHeader()
        row = header.logicalIndexAt(pos)
        if row >= 0:
            self.row_menu(row).exec(header.mapToGlobal(pos))

    def show_test_rows(self) -> None:
        rows = self.document.settings.test_rows
        self.model.set_test_rows(rows)
        insight = getattr(self.window, "insight", None)
        if insight is not None:
            insight.truth.set_test_rows(rows)
            insight.steps.test_rows = frozenset(rows)
        self._show_legend(bool(rows) or not self.document.test_errors.is_empty())
        self.redraw()

    # --- the test error curve ----------------------------------------------------------------------------------
    def _make_curve(self) -> pg.PlotDataItem:
        item = self.window.error_plot.getPlotItem()
        curve = pg.PlotDataItem(pen=pg.mkPen(tones().gate, width=1.5), name=self.tr("test error"))
        item.addItem(curve)
        self.legend = pg.LegendItem(offset=(-10, 30))
        self.legend.setParentItem(item.getViewBox())
        self.legend.addItem(item.listDataItems()[0], self.tr("training error"))
        self.legend.addItem(curve, self.tr("test error"))
        self.legend.setVisible(False)
        return curve

    def _show_legend(self, on: bool) -> None:
        self.legend.setVisible(on)
        self._apply_colours()

    def _apply_colours(self) -> None:
        palette = self.window.error_plot.palette()
        self.curve.setPen(pg.mkPen(tones(palette).gate, width=1.5))
        self.legend.setLabelTextColor(palette.text().color())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_colours()
        return False

    def redraw(self, *_args: object) -> None:
        buffer = self.document.test_errors
        if buffer.is_empty():
            self.curve.setData([], [])
            return
        x, y = buffer.overview()
        self.curve.setData(x, y)


MAX_LISTED_ROWS = 8  # more test rows than this are counted, not listed (a dataset of 500 points holds out 250)


def held_rows_text(rows: Sequence[int]) -> str:
    """The held-out rows (0-based) in words: "test rows 2, 4, 5" (from 1), or "250 test rows" when a list
    would be too long to read (and would widen the status bar it is shown in)."""
    if len(rows) > MAX_LISTED_ROWS:
        return translate("HeldOutView", "{0} test rows").format(f"{len(rows):,}")
    return translate("HeldOutView", "test rows {0}").format(", ".join(str(r + 1) for r in rows))
