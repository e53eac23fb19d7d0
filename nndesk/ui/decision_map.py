"""The decision map: each output's value over the plane of two inputs, as a heat map with the rows marked.

For a 2-input network the plane is the whole input square; with more inputs the user picks the two inputs
to sweep and the others stay at their values in the prediction panel. The map is a GRID x GRID batch for
``net.predict`` (one call), drawn as a pyqtgraph ImageItem with the threshold as a contour; the training
rows are marks, a filled disc for target 1, a hollow square for target 0 and a cross for a don't-care
target; the dashed line is the threshold. With more than two inputs only the rows whose other inputs hold
the map's values are marked: the others lie on other planes, where the map would read differently.
A colour scale under the maps reads the colours as outputs from 0 to 1. The colours come from
the appearance shown (light: white to dark blue; dark: near black to light blue), a scale of lightness
that every kind of colour vision reads the same way.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QLinearGradient, QPainter, QPaintEvent, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

import pyqtgraph as pg  # isort: skip  (after PySide6, so that pyqtgraph picks the same Qt binding)

from nndesk.engine import Network
from nndesk.i18n import counted, translate
from nndesk.ui.appearance import Tones, is_dark, muted, tones
from nndesk.ui.network_diagram import save_widget_png, save_widget_svg

GRID = 64
SMALL_GRID = 32  # for networks whose forward pass over GRID * GRID points would cost more than ~10 ms
_SMALL_GRID_WEIGHTS = 1000
MAX_MAPS = 4  # outputs shown side by side; more outputs: choose one
ONE_SYMBOL, ZERO_SYMBOL = "o", "s"  # a training row with target 1, and with target 0: told apart by shape too
DONT_CARE_SYMBOL = "x"  # a row whose target does not matter: neither 0 nor 1
TEST_SYMBOL = "t"  # a held-out (test) row, its target told by its shade
MANY_ROWS = 64  # above this many rows the marks are drawn smaller, so that the map stays visible


def colour_map(t: Tones) -> pg.ColorMap:
    """Outputs 0, 0.5 and 1 in the appearance's map colours (the diagram's colour for "on" at 1)."""
    return pg.ColorMap([0.0, 0.5, 1.0], [c.getRgb()[:3] for c in t.map_scale])


class ColourScale(QWidget):
    """The map's legend: the colour scale from output 0 to 1, the threshold's dashed line, the row marks."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("decisionMapLegend")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._threshold = 0.5
        self._low = 0.0
        self._dont_care = False
        self._test = False
        self._lines = 1  # lines the key takes at the present width
        self._describe()

    def set_dont_care(self, shown: bool) -> None:
        """Whether the key names the cross of a don't-care target (only when the map shows one)."""
        if shown != self._dont_care:
            self._dont_care = shown
            self._changed()

    def set_test(self, shown: bool) -> None:
        """Whether the key names the triangle of a held-out (test) row (only when the map shows one)."""
        if shown != self._test:
            self._test = shown
            self._changed()

    def _changed(self) -> None:
        self._describe()
        self._fit_lines()
        self.update()

    def set_range(self, low: float, threshold: float) -> None:
        """Outputs from ``low`` (0, or -1 for tanh) to 1, split at ``threshold``."""
        if (low, threshold) != (self._low, self._threshold):
            self._low, self._threshold = low, threshold
            self._describe()
            self.update()

    def _describe(self) -> None:
        dark = is_dark(self.palette())
        t = translate("DecisionMap", "Dark") if dark else translate("DecisionMap", "Light")
        far = translate("DecisionMap", "light blue") if dark else translate("DecisionMap", "dark blue")
        self.setAccessibleName(translate("DecisionMap", "Decision map colour scale"))
        text = translate("DecisionMap", "{0} is output {1}, {2} is output 1; the dashed line is the threshold {3}. "
                         "Discs are rows with target 1, squares rows with target 0.")
        if self._dont_care:
            text += " " + translate("DecisionMap", "Crosses are rows whose target does not matter.")
        if self._test:
            text += " " + translate("DecisionMap", "Triangles are test rows, held out of training, filled as the "
                                                   "disc of target 1 or the square of target 0.")
        self.setAccessibleDescription(text.format(t, f"{self._low:g}", far, f"{self._threshold:g}"))

    def sizeHint(self) -> QSize:
        return QSize(240, self.fontMetrics().height() * (1 + self._lines) + 14)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_lines()

    def _fit_lines(self) -> None:
        """The key wraps onto more lines in a narrow dock (German words are long): ask for their height."""
        lines = max(y for _x, y, _kind, _label in self._key_layout(self._key_left())) + 1
        if lines != self._lines:
            self._lines = lines
            self.updateGeometry()

    def _key_left(self) -> float:
        return 6 + self.fontMetrics().horizontalAdvance(translate("DecisionMap", "output {0}").format(-1) + " ")

    def _key_layout(self, left: float) -> list[tuple[float, int, str, str]]:
        """(x, line, kind, label) of each entry of the key, wrapped at the widget's width."""
        entries = [("one", translate("DecisionMap", "target 1")), ("zero", translate("DecisionMap", "target 0")),
                   ("threshold", translate("DecisionMap", "threshold {0}").format(f"{self._threshold:g}"))]
        if self._dont_care:
            entries.append(("dont_care", translate("DecisionMap", "don't care")))
        if self._test:
            entries.append(("test", translate("DecisionMap", "test row")))
        fm, out, x, line = self.fontMetrics(), [], left, 0
        for kind, label in entries:
            width = (24 if kind == "threshold" else 14 if kind != "test" else 24) + fm.horizontalAdvance(label)
            if x > left and x + width > self.width() - 4:
                x, line = left, line + 1
            out.append((x, line, kind, label))
            x += width + 14
        return out

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._describe()
        if event.type() == QEvent.Type.FontChange:
            self._fit_lines()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, painter: QPainter) -> None:
        t = tones(self.palette())
        fm = self.fontMetrics()
        text = self.palette().color(QPalette.ColorRole.WindowText)
        widest = translate("DecisionMap", "output {0}").format(-1) + " "
        left, right = 6 + fm.horizontalAdvance(widest), min(self.width() - 10, 330)
        bar_h = fm.height() * 0.8
        bar = QRectF(left, 3, max(right - left, 40), bar_h)
        gradient = QLinearGradient(bar.topLeft(), bar.topRight())
        for stop, colour in zip((0.0, 0.5, 1.0), t.map_scale, strict=True):
            gradient.setColorAt(stop, colour)
        painter.setPen(QPen(muted(self.palette()), 1))
        painter.setBrush(gradient)
        painter.drawRect(bar)
        painter.setPen(text)
        painter.drawText(QRectF(0, bar.top() - 2, left - 4, bar_h + 4),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         translate("DecisionMap", "output {0}").format(f"{self._low:g}"))
        painter.drawText(QRectF(bar.right() + 4, bar.top() - 2, 30, bar_h + 4),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, "1")
        x = bar.left() + bar.width() * (self._threshold - self._low) / (1.0 - self._low)
        dash = QPen(t.negative, 2, Qt.PenStyle.DashLine)
        painter.setPen(dash)
        painter.drawLine(QPointF(x, bar.top() - 2), QPointF(x, bar.bottom() + 2))
        y = bar.bottom() + 5 + fm.ascent()
        self._paint_key(painter, t, left, y, fm)

    def _paint_key(self, painter: QPainter, t: Tones, left: float, y0: float, fm) -> None:
        text = self.palette().color(QPalette.ColorRole.WindowText)
        for x, line, kind, label in self._key_layout(left):
            y = y0 + line * (fm.height() + 2)
            mid = y - fm.ascent() / 2 + 1
            gap = self._paint_symbol(painter, t, kind, x, mid)
            painter.setPen(text)
            painter.drawText(QPointF(x + gap, y), label)

    @staticmethod
    def _paint_symbol(painter: QPainter, t: Tones, kind: str, x: float, mid: float) -> float:
        """Draw the mark of ``kind`` at ``x`` on the line whose middle is ``mid``; the label's offset."""
        if kind == "one":
            painter.setPen(QPen(t.row_zero, 1.5))
            painter.setBrush(t.row_one)
            painter.drawEllipse(QPointF(x + 5, mid), 4.5, 4.5)
        elif kind == "zero":
            painter.setPen(QPen(t.row_one, 1.5))
            painter.setBrush(t.row_zero)
            painter.drawRect(QRectF(x + 1, mid - 4, 8, 8))
        elif kind == "threshold":
            painter.setPen(QPen(t.negative, 2, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(x, mid), QPointF(x + 18, mid))
            return 24
        elif kind == "dont_care":
            painter.setPen(QPen(t.row_one, 2.5))
            painter.drawLine(QPointF(x + 1, mid - 4), QPointF(x + 9, mid + 4))
            painter.drawLine(QPointF(x + 1, mid + 4), QPointF(x + 9, mid - 4))
        else:  # a test row: a triangle pointing down (pyqtgraph's "t"), in either shade as its target
            for dx, fill, edge in ((0, t.row_one, t.row_zero), (10, t.row_zero, t.row_one)):
                painter.setPen(QPen(edge, 1.2))
                painter.setBrush(fill)
                painter.drawPolygon(QPolygonF([QPointF(x + dx, mid - 4), QPointF(x + dx + 9, mid - 4),
                                               QPointF(x + dx + 4.5, mid + 4)]))
            return 24
        return 14


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
        self._hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._hint.setWordWrap(True)
        row = QGridLayout()  # two rows of choices: the dock stays narrow beside the window's columns
        for i, (text, combo, name) in enumerate(((translate("DecisionMap", "across"), self.x_combo,
                                                  translate("DecisionMap", "Input across the map")),
                                                 (translate("DecisionMap", "up"), self.y_combo,
                                                  translate("DecisionMap", "Input up the map")),
                                                 (translate("DecisionMap", "output"), self.output_combo,
                                                  translate("DecisionMap", "Output shown on the map")))):
            label = QLabel(text)
            label.setBuddy(combo)  # screen readers name the box after its label
            combo.setAccessibleName(name)
            row.addWidget(label, i // 2, 2 * (i % 2))
            row.addWidget(combo, i // 2, 2 * (i % 2) + 1)
        row.setColumnStretch(4, 1)
        self.plots = pg.GraphicsLayoutWidget()
        self.plots.setObjectName("decisionMapPlots")
        self.plots.setAccessibleName(translate("DecisionMap", "Decision map"))
        self.plots.viewport().setAccessibleName(translate("DecisionMap",
                                                          "Decision map"))  # the part that takes the keyboard focus
        self.legend = ColourScale()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(row)
        layout.addWidget(self.plots, 1)
        layout.addWidget(self.legend)
        layout.addWidget(self._hint)
        self._items: list[tuple[pg.ImageItem, pg.IsocurveItem, pg.ScatterPlotItem]] = []
        self._test_rows = np.zeros(0, dtype=np.int64)
        self._extent = np.zeros((0, 2))  # corners the map covers besides the rows (a cleared drawing's canvas)
        self.discrete = False  # "Discretize": each output shown as 0 or 1 (thresholded), not its value
        self._building = False
        self._net: Network | None = None
        self._apply_background()

    # --- appearance ---------------------------------------------------------------------------------------
    def _apply_background(self) -> None:
        palette = self.palette()
        self.plots.setBackground(palette.color(QPalette.ColorRole.Base))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and "_items" in self.__dict__:
            self._apply_background()
            self._build_plots()  # axes, titles, colours and marks in the new appearance
            if self._net is not None:
                self.refresh(self._net)

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

    def set_test_rows(self, rows: Sequence[int]) -> None:
        """The held-out rows (0-based) of the table: marked as triangles, apart from the training rows."""
        self._test_rows = np.asarray(sorted(rows), dtype=np.int64)

    def keep_extent(self, inputs: np.ndarray | None) -> None:
        """Cover at least the range of ``inputs`` (rows, 2) besides the table's own rows, or only the rows (None):
        after Clear the canvas stays as large as it was, instead of shrinking to the one row left."""
        rows = np.zeros((0, 2)) if inputs is None or len(inputs) == 0 else np.asarray(inputs, dtype=np.float64)
        kept, self._extent = self._extent, np.array([rows.min(axis=0), rows.max(axis=0)]) if len(rows) else rows
        if len(kept) and not len(self._extent) and self._net is not None:
            self.refresh(self._net)  # back to the rows' own range

    def set_discrete(self, on: bool) -> None:
        """Show each output thresholded to 0 or 1 ("Discretize", as the Playground) or as its value."""
        self.discrete = bool(on)
        if self._net is not None:
            self.refresh(self._net)

    def point_at(self, pos: QPointF | QPoint) -> tuple[float, float] | None:
        """The (across, up) input values under ``pos``, a point of the plots' viewport, inside the first map;
        None elsewhere (the axes, the title, no map)."""
        if not self._items:
            return None
        box = self._items[0][0].getViewBox()
        scene = self.plots.mapToScene(pos.toPoint() if isinstance(pos, QPointF) else pos)
        if not box.sceneBoundingRect().contains(scene):
            return None
        point = box.mapSceneToView(scene)
        return float(point.x()), float(point.y())

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
                                 (self.output_combo, [translate("DecisionMap", "all"), *self._output_names]
                                  if n_out <= MAX_MAPS
                                  else self._output_names)):
                combo.clear()
                combo.addItems(names)
            self.x_combo.setCurrentIndex(0)
            self.y_combo.setCurrentIndex(min(1, n_in - 1))
            for combo in (self.x_combo, self.y_combo):
                combo.setEnabled(n_in > 2)
            self._hint.setText(translate("DecisionMap", "A map needs two inputs: this table has one.") if n_in < 2 else
                               "" if n_in == 2 else translate("DecisionMap", "The other inputs stay at their values "
                                                                             "in “Try it”."))
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
        t = tones(self.palette())
        text = self.palette().color(QPalette.ColorRole.Text)
        for k in self.shown_outputs():
            title = self._output_names[k] if k < len(self._output_names) else ""
            plot = self.plots.addPlot()
            plot.setTitle(title, color=text.name())
            plot.setMenuEnabled(False)
            plot.setMouseEnabled(x=False, y=False)
            plot.hideButtons()
            for side in ("left", "bottom"):
                plot.getAxis(side).setPen(text)
                plot.getAxis(side).setTextPen(text)
            plot.setLabel("bottom", self._input_names[x] if x < len(self._input_names) else "")
            plot.setLabel("left", self._input_names[y] if y < len(self._input_names) else "")
            image = pg.ImageItem(axisOrder="row-major")
            image.setColorMap(colour_map(t))
            contour = pg.IsocurveItem(level=self._threshold,
                                      pen=pg.mkPen(t.negative, width=2, style=Qt.PenStyle.DashLine))
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
        self._net = net
        x, y = self.axes()
        n_weights = sum((a + 1) * b for a, b in zip(net.topology, net.topology[1:], strict=False))
        grid = GRID if n_weights <= _SMALL_GRID_WEIGHTS else SMALL_GRID
        spanned = self._inputs if n_in != 2 or not len(self._extent) else np.vstack([self._inputs, self._extent])
        batch, rect = plane(spanned, x, y, self._fixed, grid)
        with np.errstate(all="ignore"):
            values = net.predict(batch).reshape(grid, grid, -1)  # [x step, y step, output]
        self._values = values
        self._threshold = net.threshold
        lo, hi = (-1.0, 1.0) if net.threshold == 0.0 else (0.0, 1.0)
        for (image, contour, dots), k in zip(self._items, self.shown_outputs(), strict=True):
            v = np.nan_to_num(values[:, :, k].T, nan=lo)  # row-major image: rows are y
            shown = np.where(v > net.threshold, hi, lo) if self.discrete else v
            image.setImage(shown, levels=(lo, hi), autoLevels=False)
            image.setRect(QRectF(*rect))
            image.getViewBox().setRange(xRange=(rect[0], rect[0] + rect[2]), yRange=(rect[1], rect[1] + rect[3]),
                                        padding=0)
            contour.setLevel(net.threshold)
            contour.setData(v.T)  # the isocurve takes [x, y]: the image's rows are y
            self._mark_rows(dots, x, y, k)
        self.legend.set_range(lo, net.threshold)
        self.legend.set_dont_care(bool(np.isnan(self._targets[self.shown_rows()][:, self.shown_outputs()]).any()))
        self.legend.set_test(bool(np.isin(self.shown_rows(), self._test_rows).any()))
        self._say_which_rows()
        self._describe(net)

    def _describe(self, net: Network) -> None:
        """Tell screen readers what the map shows: each output's value at the table's rows."""
        rows = self._inputs
        if rows.size == 0:
            return
        with np.errstate(all="ignore"):
            out = net.predict(rows)
        names = self._input_names
        parts = []
        for k in self.shown_outputs():
            values = "; ".join(", ".join(f"{names[c]} {r[c]:g}" for c in range(len(names))) + f": {o[k]:.2f}"
                               for r, o in zip(rows[:16], out[:16], strict=True))
            share = float(np.mean(self._values[:, :, k] > net.threshold)) if self._values is not None else 0.0
            parts.append(translate("DecisionMap", "{0} is 1 on {1} of the map; at the rows {2}").format(
                self._output_names[k], f"{share:.0%}",
                                                                                 values))
        text = ". ".join(parts) + "."
        if self.plots.accessibleDescription() != text:
            self.plots.setAccessibleDescription(text)
            self.plots.viewport().setAccessibleDescription(text)

    def shown_rows(self) -> np.ndarray:
        """Indices of the training rows on the plane shown: those whose inputs off the axes hold the map's
        values (the "Try it" toggles). With two inputs, every row."""
        x, y = self.axes()
        rows = self._inputs
        others = [c for c in range(rows.shape[1]) if c not in (x, y)] if rows.ndim == 2 else []
        if rows.size == 0 or not others or len(self._fixed) != rows.shape[1]:
            return np.arange(len(rows))
        on_plane = np.all(np.abs(rows[:, others] - self._fixed[others]) < 1e-9, axis=1)
        return np.flatnonzero(on_plane)

    def _say_which_rows(self) -> None:
        """With more than two inputs, the hint says which rows the marks are (the map's plane)."""
        x, y = self.axes()
        names = self._input_names
        others = [c for c in range(len(names)) if c not in (x, y)]
        if len(names) <= 2 or not others:
            return
        held = ", ".join(f"{names[c]} = {self._fixed[c]:g}" for c in others)
        n = len(self.shown_rows())
        rows = counted(n, translate("DecisionMap", "the 1 row"), translate("DecisionMap", "the {0} rows"))
        marks = (translate("DecisionMap", "Marked: {0} with {1}").format(rows, held) if n
                 else translate("DecisionMap", "No row of the table has {0}").format(held))
        self._hint.setText(translate("DecisionMap", "{0}; the other inputs stay at their values in “Try it”.").format(
            marks))

    def _mark_rows(self, dots: pg.ScatterPlotItem, x: int, y: int, k: int) -> None:
        shown = self.shown_rows()
        if shown.size == 0:
            dots.setData([])
            dots.nndesk_marked = None
            return
        key = (x, y, k, self._threshold, shown.tobytes(), self._inputs.tobytes(), self._targets.tobytes(),
               self._test_rows.tobytes(), is_dark(self.palette()))
        if getattr(dots, "nndesk_marked", None) == key:  # the marks stay while only the network changes
            return
        dots.nndesk_marked = key
        rows, targets = self._inputs[shown], self._targets[shown, k]
        care = ~np.isnan(targets)
        on = care & (np.nan_to_num(targets, nan=0.0) > self._threshold)
        test = np.isin(shown, self._test_rows)
        # target 1: a filled disc ringed in the other shade, target 0: a hollow-looking square -- visible on
        # any shade of the map and told apart by shape as well as by lightness; a don't-care: a cross
        t = tones(self.palette())
        brushes = {ONE_SYMBOL: pg.mkBrush(t.row_one), ZERO_SYMBOL: pg.mkBrush(t.row_zero),
                   DONT_CARE_SYMBOL: pg.mkBrush(t.row_one)}
        pens = {ONE_SYMBOL: pg.mkPen(t.row_zero, width=1.5), ZERO_SYMBOL: pg.mkPen(t.row_one, width=1.5),
                DONT_CARE_SYMBOL: pg.mkPen(t.row_zero, width=1)}
        kinds = [ONE_SYMBOL if b else ZERO_SYMBOL if c else DONT_CARE_SYMBOL for b, c in zip(on, care, strict=True)]
        # a held-out row: a triangle, its target told by its shade
        symbols = [TEST_SYMBOL if h else kind for kind, h in zip(kinds, test, strict=True)]
        dots.setData(x=rows[:, x], y=rows[:, y], brush=[brushes[s] for s in kinds], pen=[pens[s] for s in kinds],
                     symbol=symbols, data=shown, size=12 if len(rows) <= MANY_ROWS else 7)

    def values(self) -> np.ndarray | None:
        """The last map: shape (grid, grid, n_out), ``[i, j]`` at x step i and y step j; None before refresh.

        ``grid`` is GRID, or SMALL_GRID for networks of more than 1000 weights.
        """
        return self._values

    # --- export -------------------------------------------------------------------------------------------
    def lay_out_hidden(self, size: QSize | None = None) -> None:
        """Lay the map out at ``size`` (or its size hint) while it is not shown, e.g. behind another dock tab:
        a hidden widget is laid out only when shown, and an export would draw it at a stale size."""
        if self.isVisible() and not self.visibleRegion().isEmpty():
            return  # on screen: laid out by its dock
        self.resize(size if size is not None and not size.isEmpty() else self.sizeHint().expandedTo(QSize(400, 480)))
        self.layout().activate()

    def export_png(self, path: str) -> None:
        save_widget_png(self.plots, path)

    def export_svg(self, path: str) -> None:
        # The marks are drawn from a cached pixmap atlas on screen; in an SVG its fragments land beside each
        # other (a square and a disc per row). Drawn as paths for the export, as vector marks.
        for _image, _contour, dots in self._items:
            dots.opts["useCache"] = False
        try:
            save_widget_svg(self.plots, path, "nndesk decision map")
        finally:
            for _image, _contour, dots in self._items:
                dots.opts["useCache"] = True
