"""Points drawn with the mouse on the decision map become rows of the training table (as Orange's Paint Data).

With "Draw on the map" on (the Dataset dock), a click on the map adds a row at that point whose target is the
chosen value (1 or 0 for a class, any number for a surface); dragging paints a row every few pixels; a right click
erases the row nearest the pointer. Each click or drag is one undoable step of the table ("Add points", "Erase
point"), through the table editor's model like any edit. The table must have two inputs and one target, and
training must be paused, as for any edit of the table.

The held-out (test) rows stay held out: a drawn point is a training row at the end of the table, an erased row
takes its test mark with it and the rows after it move up with theirs, and Undo gives back the table and its test
rows together (:class:`PointEdit`). **Clear** (beside "Draw on the map") removes the points in one step to undo, so
that a painted or generated set can be drawn anew; as a table keeps at least one row, its first row stays, as a
training row, until the user erases it once other points are drawn.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QUndoCommand
from PySide6.QtWidgets import QPushButton

from nndesk.i18n import counted, translate
from nndesk.project.truth_table import TruthTable

PAINT_STEP_PX = 12  # a drag adds a point each time the pointer has moved this far
ERASE_SHARE = 0.04  # a right click erases the nearest row within this share of the map's width


class PointEdit(QUndoCommand):
    """One undoable change of the drawn points: the table and its test rows (0-based) swapped together."""

    def __init__(self, window, table: TruthTable, test_rows: tuple[int, ...], description: str) -> None:
        super().__init__(description)
        self._window = window
        doc = window.document
        self._old = (doc.table, tuple(doc.settings.test_rows))
        self._new = (table, tuple(test_rows))

    def redo(self) -> None:
        self._show(*self._new)

    def undo(self) -> None:
        self._show(*self._old)

    def _show(self, table: TruthTable, test_rows: tuple[int, ...]) -> None:
        # the document first, with the rows' test marks; the editor's echo of the same table then changes nothing
        self._window.document.set_table(table, test_rows=test_rows)
        self._window.table_editor.model.replace_table(table)


class PointPainter(QObject):
    """Turns mouse presses on the decision map ``decision`` into rows of ``window``'s table; ``enabled()`` says
    whether drawing is on and ``value()`` gives the new points' target. See the module docstring."""

    def __init__(self, window, decision, enabled, value) -> None:
        super().__init__(decision.plots.viewport())  # goes with the viewport it watches
        self.setObjectName("pointPainter")
        self.window_, self.decision = window, decision
        self._enabled, self._value = enabled, value  # callables: is drawing on, and the new points' target
        self._last: QPointF | None = None
        self._painting = False
        decision.plots.viewport().installEventFilter(self)
        self.clear_button = QPushButton(self.tr("Clear points"))
        self.clear_button.setObjectName("clearPointsButton")
        self.clear_button.setToolTip(self.tr("Remove the points of the table to draw anew (the first stays: a table "
                                             "keeps a row); Undo brings them back"))
        self.clear_button.clicked.connect(self.clear)
        window.undo_stack.indexChanged.connect(self._on_undo_index)

    def _on_undo_index(self, _index: int) -> None:
        """A new problem (New, Open, a preset, Regenerate: the edits so far forgotten) is shown at its own range."""
        try:
            forgotten = self.window_.undo_stack.count() == 0
        except RuntimeError:  # the stack's own destruction clears it: the window is closing
            return
        if forgotten:
            self.decision.keep_extent(None)

    def _map(self):
        return self.decision

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()  # first: every event of the viewport passes here, its destruction's too
        if kind not in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.MouseButtonRelease):
            return False
        if not self._enabled():
            return False
        mouse: QMouseEvent = event
        if kind == QEvent.Type.MouseButtonPress:
            return self._press(mouse)
        if kind == QEvent.Type.MouseMove and self._painting and mouse.buttons() & Qt.MouseButton.LeftButton:
            if (mouse.position() - self._last).manhattanLength() >= PAINT_STEP_PX:
                self._add(mouse.position())
            return True
        if kind == QEvent.Type.MouseButtonRelease and self._painting:
            self._painting = False
            self.window_.undo_stack.endMacro()
            return True
        return False

    def _usable(self) -> bool:
        doc = self.window_.document
        if doc.is_training():
            doc.message.emit(self.tr("Pause training to draw points"), 5000)
            return False
        if (doc.table.n_inputs, doc.table.n_targets) != (2, 1):
            doc.message.emit(self.tr("Points are drawn on a table of two inputs and one target"), 5000)
            return False
        return True

    def _press(self, mouse: QMouseEvent) -> bool:
        if self._map().point_at(mouse.position()) is None or not self._usable():
            return False
        if mouse.button() == Qt.MouseButton.RightButton:
            self._erase(mouse.position())
            return True
        if mouse.button() != Qt.MouseButton.LeftButton:
            return False
        self.window_.undo_stack.beginMacro(self.tr("Add points"))  # a whole drag is one step to undo
        self._painting = True
        self._add(mouse.position())
        return True

    def add_point(self, x1: float, x2: float) -> None:
        """A row (x1, x2, value) at the end of the table, one undoable step; a training row (the test rows stay)."""
        doc = self.window_.document
        table = doc.table.with_row_added(values=(x1, x2, float(self._value())))
        self._push(table, doc.settings.test_rows, self.tr("Add point"))

    def _push(self, table: TruthTable, test_rows: tuple[int, ...], description: str) -> None:
        self.window_.undo_stack.push(PointEdit(self.window_, table, test_rows, description))

    def clear(self) -> bool:
        """Remove every point but the first (a table keeps one row), one undoable step; False if nothing to do."""
        doc = self.window_.document
        if not self._usable() or doc.table.n_rows < 2:
            return False
        removed = doc.table.n_rows - 1
        self.decision.keep_extent(doc.table.inputs)  # the canvas keeps its size to draw on
        self._push(doc.table.with_rows_removed(range(1, doc.table.n_rows)), (), self.tr("Clear points"))
        doc.message.emit(counted(removed, translate("PointPainter", "Cleared 1 point"),
                                 translate("PointPainter", "Cleared {0} points")) + " "
                         + translate("PointPainter", "(one stays: a table keeps a row; right-click it to erase it "
                                                     "once you have drawn others)"), 10000)
        return True

    def _add(self, pos: QPointF) -> None:
        point = self._map().point_at(pos)
        if point is not None:
            self.add_point(*point)
            self._last = QPointF(pos)

    def _erase(self, pos: QPointF) -> None:
        point = self._map().point_at(pos)
        doc = self.window_.document
        table = doc.table
        if point is None or table.n_rows < 2:
            return
        x = table.inputs
        dist = np.hypot(x[:, 0] - point[0], x[:, 1] - point[1])
        nearest = int(np.argmin(dist))
        width = float(np.ptp(x[:, 0])) or 1.0
        if dist[nearest] > ERASE_SHARE * 1.3 * width:  # the map shows the rows' range and a margin of 15 % a side
            return
        test_rows = tuple(r - (r > nearest) for r in doc.settings.test_rows if r != nearest)  # the rows after move up
        if len(test_rows) >= table.n_rows - 1:
            doc.message.emit(self.tr("The last training point cannot be erased: every other point is a test row"),
                             8000)
            return
        self._push(table.with_rows_removed([nearest]), test_rows, self.tr("Erase point"))
