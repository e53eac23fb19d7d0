"""The weights view: each layer's weights as a table of numbers and as a Hinton diagram.

One section per pair of layers ("A, B → hidden"): a table (a row per neuron above, a column per neuron below
and the bias, last) whose cells can be edited, and below it a Hinton diagram as in SNNS: a square per weight,
its area proportional to the weight's size relative to the largest one, filled in the positive colour for a
positive weight and drawn hollow, with a thick outline in the negative colour, for a negative one (the sign
shows in shape, not in colour alone). Colours follow the appearance (:func:`nndesk.ui.appearance.tones`).

The view holds plain arrays (:meth:`WeightsView.set_weights`): while training they come from the worker's
snapshots, never from the network it trains. An edited cell is passed on as ``weightEdited(layer, i, j,
value)``; the view itself changes nothing until it is given new weights.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFont, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableView,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from nndesk.i18n import translate
from nndesk.ui.appearance import muted, tones

DECIMALS = 3  # the table shows weights to 3 decimals; the tooltip and the editor give them in full
_CELL_MAX = 34.0  # a Hinton square's largest side, in pixels
_CELL_MIN = 6.0
_TABLE_ROWS_SHOWN = 8  # a taller layer scrolls inside its table
_FIT_COLUMNS = 40  # up to this many columns are sized to their numbers; more would cost a measure of every cell
MAX_SQUARES = 4096  # a bigger layer's Hinton diagram would be squares of a pixel: the table shows it


def parse_weight(text: str) -> float | None:
    """The number typed in ``text`` (a decimal comma accepted, a minus sign too), or None if it is none."""
    cleaned = text.strip().replace("−", "-").replace(",", ".")
    try:
        value = float(cleaned)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


class LayerWeightsModel(QAbstractTableModel):
    """The weights of one pair of layers, ``weights`` of shape (n above, n below + 1), bias column last."""

    edited = Signal(int, int, float)  # i, j, value

    def __init__(self, rows: Sequence[str], columns: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows, self._columns = list(rows), list(columns)
        self._w = np.zeros((len(rows), len(columns)))

    def set_weights(self, w: np.ndarray) -> None:
        self._w = np.array(w, dtype=np.float64)
        if self._w.size:
            self.dataChanged.emit(self.index(0, 0), self.index(self._w.shape[0] - 1, self._w.shape[1] - 1))

    def weights(self) -> np.ndarray:
        return self._w.copy()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= self._w.shape[0] or index.column() >= self._w.shape[1]:
            return None
        w = float(self._w[index.row(), index.column()])
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{w:.{DECIMALS}f}" if math.isfinite(w) else str(w)
        if role == Qt.ItemDataRole.EditRole:
            return repr(w)  # the full number: editing starts from it, not from the rounded one
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("weight from {0} to {1}: {2}\ndouble-click or type to set it").format(
                self._columns[index.column()], self._rows[index.row()], f"{w:.10g}")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        names = self._columns if orientation == Qt.Orientation.Horizontal else self._rows
        return names[section] if 0 <= section < len(names) else None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: QModelIndex, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        number = parse_weight(str(value))
        if number is None:
            return False
        self.edited.emit(index.row(), index.column(), number)
        return False  # the cell shows the new weight when the document has it (set_weights), not before


class HintonDiagram(QWidget):
    """A square per weight of one layer, sized by magnitude: filled when positive, hollow when negative."""

    def __init__(self, rows: Sequence[str], columns: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows, self._columns = list(rows), list(columns)
        self._w = np.zeros((len(rows), len(columns)))
        self._scale = 1.0
        self.setMouseTracking(True)
        self.setAccessibleName(self.tr("Hinton diagram"))

    def set_weights(self, w: np.ndarray, scale: float) -> None:
        """``w`` (n above, n below + 1); ``scale``: the weight size drawn as a full square (shared by layers)."""
        self._w = np.nan_to_num(np.array(w, dtype=np.float64), nan=0.0, posinf=1e300, neginf=-1e300)
        self._scale = scale if scale > 0 and math.isfinite(scale) else 1.0
        self.setAccessibleDescription(self.tr("{0} positive and {1} negative weights; filled squares positive, "
                                              "hollow squares negative").format(int((self._w > 0).sum()),
                                                                                int((self._w < 0).sum())))
        self.update()

    def _cell(self) -> float:
        return max(_CELL_MIN, min(_CELL_MAX, (self.width() - 80.0) / max(len(self._columns), 1)))

    def sizeHint(self) -> QSize:
        if len(self._rows) * len(self._columns) > MAX_SQUARES:
            return QSize(300, 40)
        return QSize(int(80 + _CELL_MAX * len(self._columns)), int(20 + _CELL_MAX * len(self._rows)))

    def minimumSizeHint(self) -> QSize:
        if len(self._rows) * len(self._columns) > MAX_SQUARES:
            return QSize(200, 40)
        return QSize(int(80 + _CELL_MIN * len(self._columns)), int(20 + 22 * len(self._rows)))

    def square_at(self, pos: QPointF) -> tuple[int, int] | None:
        """(i, j) of the weight whose cell holds ``pos``, or None."""
        cell = self._cell()
        j, i = math.floor((pos.x() - 80.0) / cell), math.floor((pos.y() - 20.0) / cell)
        return (i, j) if 0 <= i < len(self._rows) and 0 <= j < len(self._columns) else None

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, painter: QPainter) -> None:
        palette, t = self.palette(), tones(self.palette())
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        if self._w.size > MAX_SQUARES:
            painter.setPen(muted(palette))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self.tr("{0} weights: too many squares to read, see the table").format(
                                 f"{self._w.size:,}"))
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        cell = self._cell()
        font = QFont(painter.font())
        font.setPointSizeF(8.0)
        painter.setFont(font)
        painter.setPen(muted(palette))
        for j, name in enumerate(self._columns):
            painter.drawText(QRectF(80 + j * cell, 0, cell, 18), Qt.AlignmentFlag.AlignCenter, _short(name, cell))
        for i, name in enumerate(self._rows):
            painter.drawText(QRectF(0, 20 + i * cell, 74, cell),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, name)
        grid = QPen(muted(palette), 0.5, Qt.PenStyle.DotLine)
        for (i, j), w in np.ndenumerate(self._w):
            x, y = 80 + j * cell, 20 + i * cell
            painter.setPen(grid)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(x, y, cell, cell))
            side = (cell - 4) * math.sqrt(min(abs(w) / self._scale, 1.0))  # area follows the magnitude
            if side < 0.5:
                continue
            square = QRectF(x + (cell - side) / 2, y + (cell - side) / 2, side, side)
            if w > 0:
                painter.setPen(QPen(t.positive, 1.0))
                painter.setBrush(t.positive)
            else:  # hollow: the sign in shape as well as colour
                painter.setPen(QPen(t.negative, max(1.5, min(3.0, side / 6))))
                painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(square)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        hit = self.square_at(event.position())
        if hit is None:
            QToolTip.hideText()
        else:
            i, j = hit
            QToolTip.showText(event.globalPosition().toPoint(), self.tr("weight from {0} to {1}: {2}").format(
                self._columns[j], self._rows[i], f"{float(self._w[i, j]):.6g}"), self)
        super().mouseMoveEvent(event)


def _short(name: str, width: float) -> str:
    """``name`` cut to fit ``width`` pixels ("hidden 2" becomes "h2" first, "verborgen 2" "v2")."""
    hidden = translate("StepThrough", "hidden {0}").split("{0}")[0]  # the word the names use (NeuronNames)
    if len(name) * 6 > width and hidden and name.startswith(hidden):
        name = hidden[0] + name.removeprefix(hidden)
    return name if len(name) * 6 <= width else name[: max(1, int(width // 6))]


class WeightsView(QWidget):
    """Every layer's weights (:class:`LayerWeightsModel` tables and :class:`HintonDiagram` pictures).

    ``weightEdited(layer, i, j, value)`` asks for weight (layer, i, j) to become ``value``.
    """

    weightEdited = Signal(int, int, int, float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weightsViewWidget")
        self._names: tuple = ()
        self.models: list[LayerWeightsModel] = []
        self.tables: list[QTableView] = []
        self.hintons: list[HintonDiagram] = []
        self._scroll = QScrollArea()
        self._scroll.setWidgetResizable(True)
        self._scroll.setAccessibleName(self.tr("Weights of every layer"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._scroll)
        legend = QLabel(self.tr("Hinton diagram: ■ filled = positive, □ hollow = negative; area = size of the weight"))
        legend.setObjectName("hintonLegend")
        legend.setWordWrap(True)
        legend.setContentsMargins(6, 2, 6, 4)
        layout.addWidget(legend)

    def set_network(self, names: Sequence[Sequence[str]], weights: Sequence[np.ndarray]) -> None:
        """``names[l]``: the neurons of layer ``l``, its bias last (every layer but the output has one); lays the
        sections out anew only when the names or shapes changed, then shows ``weights``."""
        key = tuple(tuple(n) for n in names)
        if key != self._names:
            self._names = key
            self._build(names)
        self.set_weights(weights)

    def _build(self, names: Sequence[Sequence[str]]) -> None:
        page = QWidget()
        column = QVBoxLayout(page)
        self.models, self.tables, self.hintons = [], [], []
        for layer in range(len(names) - 1):
            below = list(names[layer])
            above = list(names[layer + 1])[: -1 if layer + 1 < len(names) - 1 else None]  # no weights into a bias
            title = QLabel(f"<b>{', '.join(below[:-1])} → {', '.join(above)}</b>")
            title.setWordWrap(True)
            column.addWidget(title)
            model = LayerWeightsModel(above, below, self)
            model.edited.connect(lambda i, j, v, layer=layer: self.weightEdited.emit(layer, i, j, v))
            table = QTableView()
            table.setObjectName(f"weightsTable{layer}")
            table.setAccessibleName(self.tr("Weights from {0} to {1}").format(", ".join(below[:-1]), ", ".join(above)))
            table.setModel(model)
            triggers = QAbstractItemView.EditTrigger
            table.setEditTriggers(triggers.DoubleClicked | triggers.EditKeyPressed | triggers.AnyKeyPressed)
            if len(below) <= _FIT_COLUMNS and len(above) <= _FIT_COLUMNS:
                table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
                table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
                table.resizeRowsToContents()
            shown = min(len(above), _TABLE_ROWS_SHOWN)
            table.setFixedHeight(table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth() + 2
                                 + sum(table.rowHeight(r) for r in range(shown)))
            hinton = HintonDiagram(above, below)
            hinton.setObjectName(f"hinton{layer}")
            hinton.setAccessibleName(self.tr("Hinton diagram of the weights from {0} to {1}").format(
                ", ".join(below[:-1]), ", ".join(above)))
            column.addWidget(table)
            column.addWidget(hinton)
            self.models.append(model)
            self.tables.append(table)
            self.hintons.append(hinton)
        column.addStretch(1)
        self._scroll.setWidget(page)

    def set_weights(self, weights: Sequence[np.ndarray]) -> None:
        """New values for the same shapes (live while training, throttled by the caller)."""
        if len(weights) != len(self.models):
            return
        finite = [np.abs(w[np.isfinite(w)]) for w in weights]
        scale = max((float(a.max()) for a in finite if a.size), default=1.0)
        for model, hinton, w in zip(self.models, self.hintons, weights, strict=True):
            model.set_weights(w)
            hinton.set_weights(w, scale)

    def shown_weights(self) -> list[np.ndarray]:
        return [m.weights() for m in self.models]
