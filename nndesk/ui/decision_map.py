"""The decision map: each output's value over the plane of two inputs, as a heat map with the rows marked.

For a 2-input network the plane is the whole input square; with more inputs the user picks the two inputs
to sweep and the others stay at their values in the prediction panel. The map is a GRID x GRID batch for
``net.predict`` (one call), drawn as a pyqtgraph ImageItem with the threshold as a contour; the training
rows are dots, black for target 1 and white for target 0; the dashed orange line is the threshold.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QVBoxLayout, QWidget

import pyqtgraph as pg  # isort: skip  (after PySide6, so that pyqtgraph picks the same Qt binding)

from nndesk.engine import Network
from nndesk.ui.network_diagram import save_widget_png, save_widget_svg

GRID = 64
SMALL_GRID = 32  # for networks whose forward pass over GRID * GRID points would cost more than ~10 ms
_SMALL_GRID_WEIGHTS = 1000
MAX_MAPS = 4  # outputs shown side by side; more outputs: choose one
# light to dark blue, the diagram's colour for "on"
_ONE_BRUSH, _ZERO_BRUSH = pg.mkBrush("#111111"), pg.mkBrush("#ffffff")
_ONE_PEN, _ZERO_PEN = pg.mkPen("#ffffff", width=1.5), pg.mkPen("#111111", width=1.5)
_COLOURS = pg.ColorMap([0.0, 0.5, 1.0], [(251, 252, 253), (150, 190, 222), (23, 69, 110)])


def plane(inputs: np.ndarray, x_input: int, y_input: int, fixed: Sequence[float],
          grid: int = GRID) -> tuple[np.ndarray, tuple[float, float, float, float]]:
    """A (grid * grid, n_in) batch sweeping inputs ``x_input`` and ``y_input`` over the table's range.

    The other inputs take their ``fixed`` values. Returns the batch (row ``i * grid + j`` is x step i, y
    step j) and the rectangle (x0, y0, width, height) it covers: the table's range plus a little margin.
    """
    inputs = np.asarray(inputs, dtype=np.float64)
    bounds = []
    for k in (x_input, y_input):
        lo, hi = (float(inputs[:, k].min()), float(inputs[:, k].max())) if inputs.size else (0.0, 1.0)
        if hi - lo < 1e-9:
            lo, hi = lo - 0.5, hi + 0.5
        pad = 0.15 * (hi - lo)
        bounds.append((lo - pad, hi + pad))
    xs = np.linspace(*bounds[0], grid)
    ys = np.linspace(*bounds[1], grid)
    batch = np.tile(np.asarray(fixed, dtype=np.float64), (grid * grid, 1))
    batch[:, x_input] = np.repeat(xs, grid)
    batch[:, y_input] = np.tile(ys, grid)
    (x0, x1), (y0, y1) = bounds
    return batch, (x0, y0, x1 - x0, y1 - y0)


class DecisionMap(QWidget):
    """Heat maps of the outputs over two inputs. :meth:`set_problem` per table, :meth:`refresh` live."""

    axesChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("decisionMapView")
        self._inputs = np.zeros((0, 2))
        self._targets = np.zeros((0, 1))
        self._input_names: list[str] = []
        self._output_names: list[str] = []
        self._fixed = np.zeros(2)
        self._values: np.ndarray | None = None  # (grid, grid, n_out)
        self._threshold = 0.5
        self.x_combo = QComboBox()
        self.x_combo.setObjectName("decisionMapX")
        self.y_combo = QComboBox()
        self.y_combo.setObjectName("decisionMapY")
        self.output_combo = QComboBox()
        self.output_combo.setObjectName("decisionMapOutput")
        for combo in (self.x_combo, self.y_combo, self.output_combo):
            combo.currentIndexChanged.connect(self._on_choice)
            # short column names fit; long ones elide rather than widen the dock (and the window's minimum)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(3)
        self._hint = QLabel("")
        self._hint.setStyleSheet("color: #7f8c8d;")
        self._hint.setWordWrap(True)
        row = QGridLayout()  # two rows of choices: the dock stays narrow beside the window's columns
        for i, (text, combo) in enumerate((("across", self.x_combo), ("up", self.y_combo),
                                           ("output", self.output_combo))):
            row.addWidget(QLabel(text), i // 2, 2 * (i % 2))
            row.addWidget(combo, i // 2, 2 * (i % 2) + 1)
        row.setColumnStretch(4, 1)
        self.plots = pg.GraphicsLayoutWidget()
        self.plots.setBackground("w")
        self.plots.setObjectName("decisionMapPlots")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(row)
        layout.addWidget(self.plots, 1)
        layout.addWidget(self._hint)
        self._items: list[tuple[pg.ImageItem, pg.IsocurveItem, pg.ScatterPlotItem]] = []
        self._building = False

    # --- problem ------------------------------------------------------------------------------------------
    def set_problem(self, inputs: np.ndarray, targets: np.ndarray, input_names: Sequence[str],
                    output_names: Sequence[str]) -> None:
        """The training rows (rows, n_in) and (rows, n_out) and the column names."""
        self._inputs = np.asarray(inputs, dtype=np.float64)
        self._targets = np.asarray(targets, dtype=np.float64)
        names_changed = list(input_names) != self._input_names or list(output_names) != self._output_names
        self._input_names, self._output_names = list(input_names), list(output_names)
        if len(self._fixed) != len(input_names):
            self._fixed = np.zeros(len(input_names))
        if names_changed:
            self._rebuild_choices()
        self._values = None

    def set_fixed_inputs(self, row: Sequence[float]) -> None:
        """Values for the inputs that are not swept (the prediction panel's toggles)."""
        row = np.asarray(row, dtype=np.float64).ravel()
        if row.size == len(self._input_names):
            self._fixed = row

    def _rebuild_choices(self) -> None:
        self._building = True
        try:
            n_in, n_out = len(self._input_names), len(self._output_names)
            for combo, names in ((self.x_combo, self._input_names), (self.y_combo, self._input_names),
                                 (self.output_combo, ["all", *self._output_names] if n_out <= MAX_MAPS
                                  else self._output_names)):
                combo.clear()
                combo.addItems(names)
            self.x_combo.setCurrentIndex(0)
            self.y_combo.setCurrentIndex(min(1, n_in - 1))
            for combo in (self.x_combo, self.y_combo):
                combo.setEnabled(n_in > 2)
            self._hint.setText("A map needs two inputs: this table has one." if n_in < 2 else
                               "" if n_in == 2 else "The other inputs stay at their values in “Try it”.")
        finally:
            self._building = False
        self._build_plots()

    def _on_choice(self) -> None:
        if self._building:
            return
        self._build_plots()
        self.axesChanged.emit()

    def axes(self) -> tuple[int, int]:
        return self.x_combo.currentIndex(), self.y_combo.currentIndex()

    def shown_outputs(self) -> list[int]:
        n_out = len(self._output_names)
        if n_out <= MAX_MAPS:
            k = self.output_combo.currentIndex() - 1
            return list(range(n_out)) if k < 0 else [k]
        return [max(self.output_combo.currentIndex(), 0)]

    def _build_plots(self) -> None:
        self.plots.clear()
        self._items = []
        x, y = self.axes()
        for k in self.shown_outputs():
            plot = self.plots.addPlot(title=self._output_names[k] if k < len(self._output_names) else "")
            plot.setMenuEnabled(False)
            plot.setMouseEnabled(x=False, y=False)
            plot.hideButtons()
            plot.setLabel("bottom", self._input_names[x] if x < len(self._input_names) else "")
            plot.setLabel("left", self._input_names[y] if y < len(self._input_names) else "")
            image = pg.ImageItem(axisOrder="row-major")
            image.setColorMap(_COLOURS)
            contour = pg.IsocurveItem(level=self._threshold,
                                      pen=pg.mkPen("#e66101", width=2, style=Qt.PenStyle.DashLine))
            contour.setParentItem(image)
            dots = pg.ScatterPlotItem(size=12)
            plot.addItem(image)
            plot.addItem(dots)
            self._items.append((image, contour, dots))
        self._values = None

    # --- values -------------------------------------------------------------------------------------------
    def refresh(self, net: Network) -> None:
        """Recompute the map for ``net`` (one batch of grid * grid predictions) and redraw."""
        n_in = len(self._input_names)
        if not self._items or net.topology[0] != n_in or net.topology[-1] != len(self._output_names) or n_in < 2:
            return
        x, y = self.axes()
        n_weights = sum((a + 1) * b for a, b in zip(net.topology, net.topology[1:], strict=False))
        grid = GRID if n_weights <= _SMALL_GRID_WEIGHTS else SMALL_GRID
        batch, rect = plane(self._inputs, x, y, self._fixed, grid)
        with np.errstate(all="ignore"):
            values = net.predict(batch).reshape(grid, grid, -1)  # [x step, y step, output]
        self._values = values
        self._threshold = net.threshold
        lo, hi = (-1.0, 1.0) if net.threshold == 0.0 else (0.0, 1.0)
        for (image, contour, dots), k in zip(self._items, self.shown_outputs(), strict=True):
            v = np.nan_to_num(values[:, :, k].T, nan=lo)  # row-major image: rows are y
            image.setImage(v, levels=(lo, hi), autoLevels=False)
            image.setRect(QRectF(*rect))
            image.getViewBox().setRange(xRange=(rect[0], rect[0] + rect[2]), yRange=(rect[1], rect[1] + rect[3]),
                                        padding=0)
            contour.setLevel(net.threshold)
            contour.setData(v)
            self._mark_rows(dots, x, y, k)

    def _mark_rows(self, dots: pg.ScatterPlotItem, x: int, y: int, k: int) -> None:
        rows = self._inputs
        if rows.size == 0:
            dots.setData([])
            return
        on = self._targets[:, k] > self._threshold
        # target 1: black with a white ring, target 0: white with a black ring -- visible on any shade
        dots.setData(x=rows[:, x], y=rows[:, y], brush=[_ONE_BRUSH if b else _ZERO_BRUSH for b in on],
                     pen=[_ONE_PEN if b else _ZERO_PEN for b in on])

    def values(self) -> np.ndarray | None:
        """The last map: shape (grid, grid, n_out), ``[i, j]`` at x step i and y step j; None before refresh.

        ``grid`` is GRID, or SMALL_GRID for networks of more than 1000 weights.
        """
        return self._values

    # --- export -------------------------------------------------------------------------------------------
    def export_png(self, path: str) -> None:
        save_widget_png(self.plots, path)

    def export_svg(self, path: str) -> None:
        save_widget_svg(self.plots, path, "nndesk decision map")
