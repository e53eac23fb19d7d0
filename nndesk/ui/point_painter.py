"""Points drawn with the mouse on the decision map become rows of the training table (as Orange's Paint Data).

With "Draw on the map" on (the Dataset dock), a click on the map adds a row at that point whose target is the
chosen value (1 or 0 for a class, any number for a surface); dragging paints a row every few pixels; a right click
erases the row nearest the pointer. Each click or drag is one undoable step of the table ("Add points", "Erase
point"), through the table editor's model like any edit. The table must have two inputs and one target, and
training must be paused, as for any edit of the table.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QMouseEvent

PAINT_STEP_PX = 12  # a drag adds a point each time the pointer has moved this far
ERASE_SHARE = 0.04  # a right click erases the nearest row within this share of the map's width


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
            doc.message.emit("Pause training to draw points", 5000)
            return False
        if (doc.table.n_inputs, doc.table.n_targets) != (2, 1):
            doc.message.emit("Points are drawn on a table of two inputs and one target", 5000)
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
        self.window_.undo_stack.beginMacro("Add points")  # a whole drag is one step to undo
        self._painting = True
        self._add(mouse.position())
        return True

    def add_point(self, x1: float, x2: float) -> None:
        """A row (x1, x2, value) at the end of the table, one undoable step."""
        model = self.window_.table_editor.model
        table = model.table()
        model.apply_edit(table.with_row_added(values=(x1, x2, float(self._value()))), "Add point")

    def _add(self, pos: QPointF) -> None:
        point = self._map().point_at(pos)
        if point is not None:
            self.add_point(*point)
            self._last = QPointF(pos)

    def _erase(self, pos: QPointF) -> None:
        point = self._map().point_at(pos)
        model = self.window_.table_editor.model
        table = model.table()
        if point is None or table.n_rows < 2:
            return
        x = table.inputs
        dist = np.hypot(x[:, 0] - point[0], x[:, 1] - point[1])
        nearest = int(np.argmin(dist))
        width = float(np.ptp(x[:, 0])) or 1.0
        if dist[nearest] <= ERASE_SHARE * 1.3 * width:  # the map shows the rows' range and a margin of 15 % a side
            model.apply_edit(table.with_rows_removed([nearest]), "Erase point")
