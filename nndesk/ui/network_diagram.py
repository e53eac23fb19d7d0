"""The network diagram: neurons in layers, connections coloured by sign and drawn as thick as they are strong.

Positive weights are blue and solid, negative ones orange and dashed (a colour pair that colour-blind
readers tell apart, and dashes for whoever sees no colour at all); width and opacity grow with the weight's
size relative to the largest weight, so weak connections fade and a 64-64-10 network stays readable.
Neurons are filled by their output for the row being looked at; bias neurons are small squares marked 1.
Hover a neuron for its output, error and gradient; hover a connection for its weight; click an input neuron
to flip that input, or a connection to follow it in the step-through.
Hidden neurons carry the name of the gate they learned.

Drawing is cheap enough to follow training live: geometry is laid out once per size; each update only
sorts the connections into a few pen buckets (numpy) and draws each bucket with one ``drawLines`` call.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QBuffer, QIODevice, QLineF, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QToolTip, QWidget

from nndesk.i18n import translate
from nndesk.project.safe_save import save_bytes
from nndesk.ui.appearance import LIGHT_TONES, Tones, muted, tones

# The light appearance's colours (tests and exports name them); painting asks tones() for the shown one.
POSITIVE = LIGHT_TONES.positive  # blue, solid
NEGATIVE = LIGHT_TONES.negative  # orange, dashed
NEGATIVE_DASHES = [3.0, 2.0]  # in pen widths: a dash pattern still readable on a 0.4-pixel line
_BUCKETS = 12  # pen widths/opacities per sign: few enough that one drawLines per bucket stays cheap
_MARGIN_X, _MARGIN_Y = 70.0, 24.0
_LEGEND_H = 18.0  # room at the bottom for the colour legend
# The software rasteriser draws only ~50-100 long lines per millisecond here: all 4,810 connections of a
# 64-64-10 network cost 50-90 ms a frame, 400 cost 10-20 ms in a 460x680 dock. So big networks show only
# their strongest connections (the weak ones would be faded to nothing anyway), and say so.
MAX_DRAWN_CONNECTIONS = 400


@dataclass
class _Layout:
    """Positions for one widget size: ``centres[l]`` (n[l] + bias, 2) and per layer pair the segments."""

    centres: list[np.ndarray]
    radius: list[float]
    lines: list[list[QLineF]]  # lines[l][i * (n[l] + 1) + j], matching weights[l].ravel()
    seg: list[np.ndarray]  # seg[l]: (k, 4) x0, y0, x1, y1 for hit testing


class NetworkDiagram(QWidget):
    """A live picture of a feed-forward network. Feed it with :meth:`set_network` and :meth:`set_values`.

    ``inputToggled(int)`` is emitted when the user clicks input neuron ``i``.
    """

    inputToggled = Signal(int)
    connectionClicked = Signal(int, int, int)  # layer, i (neuron above), j (neuron below; n[l] = bias)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("networkDiagramView")
        self.setMouseTracking(True)
        self.setMinimumSize(220, 160)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setAccessibleName(translate("NetworkDiagram", "Network diagram"))
        self._sizes: tuple[int, ...] = ()
        self._weights: list[np.ndarray] = []
        self._outputs: list[np.ndarray] | None = None
        self._errors: list[np.ndarray] | None = None
        self._gradients: list[np.ndarray] | None = None
        self._gates: list[list[str]] = []
        self._input_names: list[str] = []
        self._output_names: list[str] = []
        self._layout: _Layout | None = None
        self._layout_size: QSize | None = None

    # --- data ---------------------------------------------------------------------------------------------
    def set_network(self, sizes: Sequence[int], weights: Sequence[np.ndarray],
                    input_names: Sequence[str] = (), output_names: Sequence[str] = ()) -> None:
        """Show a network of ``sizes`` neurons per layer with ``weights[l]`` of shape (n[l+1], n[l] + 1)."""
        sizes = tuple(int(n) for n in sizes)
        if sizes != self._sizes:
            self._sizes = sizes
            self._layout = None
            self._outputs = self._errors = self._gradients = None
            self._gates = []
        self._input_names = list(input_names)
        self._output_names = list(output_names)
        self.set_weights(weights)
        self._describe_for_screen_readers()

    def set_weights(self, weights: Sequence[np.ndarray]) -> None:
        """New weights for the same topology (called live while training, throttled by the caller).

        A diverged network's NaN weights are drawn as 0 and infinite ones as the largest.
        """
        self._weights = [np.nan_to_num(np.asarray(w, dtype=np.float64), nan=0.0, posinf=1e300, neginf=-1e300)
                         for w in weights]
        self.update()

    def set_values(self, outputs: Sequence[Sequence[float]] | None, errors: Sequence[Sequence[float]] | None = None,
                   gradients: Sequence[Sequence[float]] | None = None) -> None:
        """Each layer's outputs for the row being shown (``outputs[0]`` = inputs), errors and gradients.

        ``errors[l]``/``gradients[l]`` for l >= 1 (index 0 ignored); None where unknown.
        """
        self._outputs = None if outputs is None else [np.asarray(o, dtype=np.float64) for o in outputs]
        self._errors = None if errors is None else [np.asarray(e, dtype=np.float64) for e in errors]
        self._gradients = None if gradients is None else [np.asarray(g, dtype=np.float64) for g in gradients]
        self._describe_for_screen_readers()
        self.update()

    def set_gates(self, gates: Sequence[Sequence[str]]) -> None:
        """``gates[h][i]``: the gate hidden neuron ``i`` of hidden layer ``h + 1`` computes."""
        self._gates = [list(layer) for layer in gates]
        self._describe_for_screen_readers()
        self.update()

    def summary(self) -> str:
        """What the diagram shows, in words (its accessible description for screen readers)."""
        if not self._sizes:
            return translate("NetworkDiagram", "No network yet")
        parts = [translate("NetworkDiagram", "A {0} network").format("-".join(map(str, self._sizes)))]
        positive = sum(int(np.count_nonzero(w > 0)) for w in self._weights)  # no copy: called ~10 times a second
        negative = sum(int(np.count_nonzero(w < 0)) for w in self._weights)
        parts.append(translate("NetworkDiagram", "{0} positive and {1} negative weights").format(positive, negative))
        outputs = self._outputs
        if outputs is not None and len(outputs) == len(self._sizes):
            inputs = ", ".join(f"{self._neuron_name(0, i)} {v:.3g}" for i, v in enumerate(outputs[0]))
            answers = ", ".join(f"{self._neuron_name(len(self._sizes) - 1, i)} {v:.3g}"
                                for i, v in enumerate(outputs[-1]))
            parts.append(translate("NetworkDiagram", "for {0}: {1}").format(inputs, answers))
        learned = [translate("NetworkDiagram", "{0} computes {1}").format(
            self._neuron_name(h + 1, i), g) for h, layer in enumerate(self._gates)
                   for i, g in enumerate(layer)]
        if learned:
            parts.append("; ".join(learned))
        return ". ".join(parts) + "."

    def _describe_for_screen_readers(self) -> None:
        text = self.summary()
        if self.accessibleDescription() != text:  # Qt tells screen readers of each change
            self.setAccessibleDescription(text)

    def sizes(self) -> tuple[int, ...]:
        return self._sizes

    # --- geometry -----------------------------------------------------------------------------------------
    def _ensure_layout(self, size: QSize | None = None) -> _Layout | None:
        """The layout for ``size`` (default: the widget's), cached for the widget's own size."""
        if not self._sizes:
            return None
        size = QSize(size or self.size())
        if self._layout is not None and self._layout_size == size:
            return self._layout
        layout = self._compute_layout(float(size.width()), float(size.height()))
        if size == self.size():
            self._layout, self._layout_size = layout, size
        return layout

    def _compute_layout(self, w: float, h: float) -> _Layout:
        n_layers = len(self._sizes)
        xs = np.linspace(_MARGIN_X, max(w - _MARGIN_X, _MARGIN_X + 1), n_layers)
        centres, radius = [], []
        for layer, n in enumerate(self._sizes):
            count = n + (1 if layer < n_layers - 1 else 0)  # every layer but the output has a bias neuron
            gap = (h - 2 * _MARGIN_Y - _LEGEND_H) / max(count, 1)
            gap_limited = min(gap, 110.0, (w - 2 * _MARGIN_X) / max(n_layers - 1, 1) * 0.6)
            top = (h - _LEGEND_H) / 2 - gap_limited * (count - 1) / 2
            ys = top + gap_limited * np.arange(count)
            centres.append(np.column_stack([np.full(count, xs[layer]), ys]))
            radius.append(float(max(1.5, min(19.0, gap_limited * 0.3))))
        lines, seg = [], []
        for layer in range(n_layers - 1):
            src, dst = centres[layer], centres[layer + 1][: self._sizes[layer + 1]]
            a = np.repeat(dst, len(src), axis=0)  # row-major (i, j): destination i, source j
            b = np.tile(src, (len(dst), 1))
            s = np.column_stack([b, a])
            seg.append(s)
            lines.append([QLineF(x0, y0, x1, y1) for x0, y0, x1, y1 in s.tolist()])
        return _Layout(centres, radius, lines, seg)

    # --- painting -----------------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self.render_to(painter, QRectF(self.rect()))
        finally:
            painter.end()

    def render_to(self, painter: QPainter, rect: QRectF) -> None:
        """Paint the whole diagram with ``painter`` (a widget, an image or an SVG file)."""
        palette = self.palette()
        t = tones(palette)
        painter.fillRect(rect, palette.color(QPalette.ColorRole.Base))
        lay = self._ensure_layout(rect.size().toSize())
        if lay is None or len(self._weights) != len(self._sizes) - 1:
            painter.setPen(muted(palette))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, translate("NetworkDiagram", "No network yet"))
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, self.drawn_connections()[1] <= 200)
        self._paint_connections(painter, lay, t)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self._paint_neurons(painter, lay, t)
        self._paint_legend(painter, rect, t)

    def _paint_legend(self, painter: QPainter, rect: QRectF, t: Tones) -> None:
        drawn, total = self.drawn_connections()
        y = rect.bottom() - 8
        x = rect.left() + 8
        font = QFont(painter.font())
        font.setPointSizeF(8.0)
        painter.setFont(font)
        for colour, text in ((t.positive, translate("NetworkDiagram", "positive weight")),
                             (t.negative, translate("NetworkDiagram", "negative weight"))):
            pen = QPen(colour, 3)
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            if colour == t.negative:
                pen.setDashPattern(NEGATIVE_DASHES)
            painter.setPen(pen)
            painter.drawLine(QPointF(x, y - 4), QPointF(x + 21, y - 4))
            painter.setPen(muted(self.palette()))
            painter.drawText(QPointF(x + 23, y), text)
            x += 23 + painter.fontMetrics().horizontalAdvance(text) + 16
        note = translate("NetworkDiagram", "thicker = stronger")
        if drawn < total:
            note += " · " + translate("NetworkDiagram", "{0} strongest of {1} shown").format(f"{drawn:,}", f"{total:,}")
        painter.drawText(QPointF(x, y), note)

    def drawn_connections(self) -> tuple[int, int]:
        """(connections drawn, connections in the network): big networks show only the strongest."""
        total = sum(w.size for w in self._weights)
        return min(total, MAX_DRAWN_CONNECTIONS), total

    def _cutoff(self) -> float:
        """Connections weaker than this are not drawn (0 when every connection is)."""
        drawn, total = self.drawn_connections()
        if drawn == total:
            return 0.0
        magnitudes = np.concatenate([np.abs(w).ravel() for w in self._weights])
        return float(np.partition(magnitudes, total - drawn)[total - drawn])

    def _paint_connections(self, painter: QPainter, lay: _Layout, t: Tones) -> None:
        scale = max(1.0, max(float(np.abs(w).max()) for w in self._weights))
        many = max(self._sizes) > 16
        base = 0.6 if many else 1.0
        cutoff = self._cutoff()
        for layer, w in enumerate(self._weights):
            flat = w.ravel()
            strength = np.minimum(np.abs(flat) / scale, 1.0)
            bucket = np.minimum((strength * _BUCKETS).astype(np.int64), _BUCKETS - 1)
            key = np.where(np.abs(flat) >= cutoff, bucket + np.where(flat < 0, _BUCKETS, 0), -1)
            lines = lay.lines[layer]
            for k in sorted(set(key.tolist()), key=lambda k: k % _BUCKETS):  # weak first, strong on top
                if k < 0:
                    continue
                idx = np.flatnonzero(key == k).tolist()
                level = (k % _BUCKETS + 0.5) / _BUCKETS
                negative = k >= _BUCKETS
                colour = QColor(t.negative if negative else t.positive)
                # weak connections nearly vanish in big networks; in small ones they stay visible
                floor = 0.04 if many else 0.18
                colour.setAlphaF(floor + (1.0 - floor) * level ** (1.6 if many else 1.0))
                pen = QPen(colour, base * (0.4 + 4.6 * level))
                pen.setCapStyle(Qt.PenCapStyle.FlatCap if many or negative else Qt.PenCapStyle.RoundCap)
                if negative:  # the sign in shape too, not in colour alone
                    pen.setDashPattern(NEGATIVE_DASHES)
                painter.setPen(pen)
                painter.drawLines([lines[i] for i in idx])

    def _paint_neurons(self, painter: QPainter, lay: _Layout, t: Tones) -> None:
        n_layers = len(self._sizes)
        font = QFont(painter.font())
        font.setPointSizeF(8.5)
        painter.setFont(font)
        for layer, n in enumerate(self._sizes):
            r = lay.radius[layer]
            outputs = self._outputs[layer] if self._outputs is not None and layer < len(self._outputs) else None
            for i, (x, y) in enumerate(lay.centres[layer].tolist()):
                centre = QPointF(x, y)
                if i == n:  # the bias neuron
                    painter.setPen(QPen(t.neuron_edge, 1.0))
                    painter.setBrush(t.bias_fill)
                    painter.drawRect(QRectF(x - r * 0.8, y - r * 0.8, r * 1.6, r * 1.6))
                    if r >= 7:
                        painter.drawText(QRectF(x - r, y - r, 2 * r, 2 * r), Qt.AlignmentFlag.AlignCenter, "1")
                    continue
                value = None if outputs is None or i >= outputs.size else float(outputs[i])
                fill = _fill(value, t)
                painter.setPen(QPen(t.neuron_edge, 1.2 if r >= 4 else 0.6))
                painter.setBrush(fill)
                painter.drawEllipse(centre, r, r)
                if r >= 10 and value is not None and math.isfinite(value):
                    painter.setPen(QColor("#ffffff") if fill.lightnessF() < 0.5 else QColor("#111111"))
                    painter.drawText(QRectF(x - r, y - r, 2 * r, 2 * r), Qt.AlignmentFlag.AlignCenter,
                                     f"{value:.2f}"[:4] if abs(value) < 10 else "≫")
                self._paint_caption(painter, layer, i, (x, y, r), n_layers, t)

    def _paint_caption(self, painter: QPainter, layer: int, i: int, circle: tuple[float, float, float],
                       n_layers: int, t: Tones) -> None:
        x, y, r = circle
        if r < 5:
            return
        text_colour = self.palette().color(QPalette.ColorRole.Text)
        if layer == 0 and i < len(self._input_names):
            painter.setPen(text_colour)
            painter.drawText(QRectF(x - r - 64, y - 10, 58, 20),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, self._input_names[i])
        elif layer == n_layers - 1 and i < len(self._output_names):
            painter.setPen(text_colour)
            painter.drawText(QRectF(x + r + 6, y - 10, 64, 20),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self._output_names[i])
        elif 0 < layer < n_layers - 1 and layer - 1 < len(self._gates) and i < len(self._gates[layer - 1]):
            painter.setPen(t.gate)
            painter.drawText(QRectF(x - 60, y + r + 1, 120, 16),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, self._gates[layer - 1][i])

    # --- hover and click ----------------------------------------------------------------------------------
    def neuron_at(self, pos: QPointF) -> tuple[int, int] | None:
        """(layer, index) of the neuron under ``pos`` (index n[l] is the bias neuron), or None."""
        lay = self._ensure_layout()
        if lay is None:
            return None
        p = np.array([pos.x(), pos.y()])
        for layer, centres in enumerate(lay.centres):
            d = np.hypot(*(centres - p).T)
            i = int(np.argmin(d))
            if d[i] <= max(lay.radius[layer], 4.0):
                return layer, i
        return None

    def connection_at(self, pos: QPointF, tolerance: float = 4.0) -> tuple[int, int, int] | None:
        """(layer, i, j) of the connection nearest ``pos`` within ``tolerance`` pixels, or None."""
        lay = self._ensure_layout()
        if lay is None:
            return None
        p = np.array([pos.x(), pos.y()])
        best, best_d = None, tolerance
        for layer, s in enumerate(lay.seg):
            a, b = s[:, :2], s[:, 2:]
            ab = b - a
            t = np.clip(np.einsum("ij,ij->i", p - a, ab) / np.maximum(np.einsum("ij,ij->i", ab, ab), 1e-9), 0, 1)
            d = np.hypot(*(a + ab * t[:, None] - p).T)
            k = int(np.argmin(d))
            if d[k] < best_d:
                best_d = float(d[k])
                width = self._sizes[layer] + 1
                best = (layer, k // width, k % width)
        return best

    def describe(self, pos: QPointF) -> str:
        """The tooltip text for ``pos``: a neuron's numbers, a connection's weight, or ''."""
        hit = self.neuron_at(pos)
        if hit is not None:
            return self._describe_neuron(*hit)
        conn = self.connection_at(pos)
        if conn is not None:
            layer, i, j = conn
            w = float(self._weights[layer][i, j])
            return translate("NetworkDiagram", "weight from {0} to {1}: {2}").format(
                self._neuron_name(layer, j), self._neuron_name(layer + 1, i), f"{w:.6g}")
        return ""

    def _neuron_name(self, layer: int, i: int) -> str:
        if i == self._sizes[layer]:
            if layer == 0:
                return translate("NetworkDiagram", "bias")
            return translate("NetworkDiagram", "bias of hidden layer {0}").format(layer)
        if layer == 0:
            return translate("NetworkDiagram", "input {0}").format(
                self._input_names[i] if i < len(self._input_names) else i + 1)
        if layer == len(self._sizes) - 1:
            return translate("NetworkDiagram", "output {0}").format(
                self._output_names[i] if i < len(self._output_names) else i + 1)
        return translate("NetworkDiagram", "hidden {0}").format(f"{layer}.{i + 1}" if len(self._sizes) > 3 else i + 1)

    def _describe_neuron(self, layer: int, i: int) -> str:
        name = self._neuron_name(layer, i)
        if i == self._sizes[layer]:
            return translate("NetworkDiagram", "{0}: output always 1").format(name)
        lines = [name[0].upper() + name[1:]]
        known = ((translate("NetworkDiagram", "output"), self._outputs),
                 (translate("NetworkDiagram", "error"), self._errors),
                 (translate("NetworkDiagram", "gradient"), self._gradients))
        for label, values in known if layer > 0 else known[:1]:
            if values is not None and layer < len(values) and i < values[layer].size:
                lines.append(f"{label}: {float(values[layer][i]):.6g}")
        if 0 < layer < len(self._sizes) - 1 and layer - 1 < len(self._gates) and i < len(self._gates[layer - 1]):
            lines.append(translate("NetworkDiagram", "learned: {0}").format(self._gates[layer - 1][i]))
        if layer == 0:
            lines.append(translate("NetworkDiagram", "click to flip this input"))
        return "\n".join(lines)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        text = self.describe(event.position())
        if text:
            QToolTip.showText(event.globalPosition().toPoint(), text, self)
        else:
            QToolTip.hideText()
        super().mouseMoveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        hit = self.neuron_at(event.position())
        if event.button() == Qt.MouseButton.LeftButton and hit is not None and hit[0] == 0 and hit[1] < self._sizes[0]:
            self.inputToggled.emit(hit[1])
            event.accept()
            return
        conn = self.connection_at(event.position()) if hit is None else None
        if event.button() == Qt.MouseButton.LeftButton and conn is not None:
            self.connectionClicked.emit(*conn)
            event.accept()
            return
        super().mousePressEvent(event)

    # --- export -------------------------------------------------------------------------------------------
    def to_image(self, size: QSize | None = None) -> QImage:
        """The diagram as an image of ``size`` (default: the widget's size, at least 400x300)."""
        size = size or QSize(max(self.width(), 400), max(self.height(), 300))
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(self.palette().color(QPalette.ColorRole.Base))
        self._render_at(image, size)
        return image

    def export_png(self, path: str, size: QSize | None = None) -> None:
        """Save the diagram as a PNG. Raises OSError when the file cannot be written."""
        save_bytes(path, png_bytes(self.to_image(size)))

    def export_svg(self, path: str, size: QSize | None = None) -> None:
        """Save the diagram as an SVG drawing (vector lines, scalable). Raises OSError when it cannot."""
        size = size or QSize(max(self.width(), 400), max(self.height(), 300))
        generator, buffer = _svg_generator(size, size.width(), size.height(), "nndesk network diagram")
        generator.setResolution(self.logicalDpiX())  # its fonts as on screen, not at the default 72 dpi
        self._render_at(generator, size)
        buffer.close()
        save_bytes(path, bytes(buffer.data()))

    def _render_at(self, device, size: QSize) -> None:
        painter = QPainter(device)
        try:
            self.render_to(painter, QRectF(0, 0, size.width(), size.height()))
        finally:
            painter.end()


def save_widget_svg(widget: QWidget, path: str, title: str) -> None:
    """Save what ``widget`` shows as an SVG drawing (QtSvg), e.g. a pyqtgraph plot.

    pyqtgraph's own SVGExporter fails on Qt 6's path data (ValueError in its coordinate parser), so the
    widget paints itself into a QSvgGenerator instead.
    """
    generator, buffer = _svg_generator(widget.size(), widget.width(), widget.height(), title)
    # The widget's own resolution: at the generator's default 72 dpi a pyqtgraph plot draws its axes at 72/96
    # of the size of its data (fonts and axes follow the device's dpi, the data does not).
    generator.setResolution(widget.logicalDpiX())
    painter = QPainter(generator)
    try:
        widget.render(painter)
    finally:
        painter.end()
    buffer.close()
    save_bytes(path, bytes(buffer.data()))


def save_widget_png(widget: QWidget, path: str) -> None:
    """Save what ``widget`` shows as a PNG. Raises OSError when the file cannot be written."""
    save_bytes(path, png_bytes(widget.grab().toImage()))


def png_bytes(image: QImage) -> bytes:
    """``image`` encoded as PNG, in memory: the file is then written by the one save function (safe_save)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise OSError("the picture could not be encoded as PNG")
    buffer.close()
    return bytes(buffer.data())


def _svg_generator(size: QSize, width: float, height: float, title: str) -> tuple[QSvgGenerator, QBuffer]:
    """An SVG generator drawing into a memory buffer (the file is written by safe_save afterwards)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(size)
    generator.setViewBox(QRectF(0, 0, width, height))
    generator.setTitle(title)
    return generator, buffer


def _fill(value: float | None, t: Tones = LIGHT_TONES) -> QColor:
    """A neuron's fill: the background's shade for outputs near 0, strong blue near 1; grey when unknown."""
    if value is None or not math.isfinite(value):
        return t.bias_fill
    v = min(max(value, -1.0), 1.0)
    if v < 0:  # tanh's negative side: towards orange
        return _mix(t.neuron_off, t.neuron_negative, -v)
    return _mix(t.neuron_off, t.neuron_on, v)


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    return QColor.fromRgbF(a.redF() + (b.redF() - a.redF()) * t, a.greenF() + (b.greenF() - a.greenF()) * t,
                           a.blueF() + (b.blueF() - a.blueF()) * t)
