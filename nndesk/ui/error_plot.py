"""The live error plot: epoch error against epoch, a line at the target error, log scale by default.

Stays smooth past 10^7 epochs in bounded memory: the errors live in an :class:`ErrorBuffer` (in nndesk.project:
the recent ones exactly, the whole history as a min/max envelope), one curve is created once and fed per
throttled update, and pyqtgraph draws it with peak downsampling and clipping to the visible range.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QLabel, QWidget

import pyqtgraph as pg  # isort: skip  (after PySide6, so that pyqtgraph picks the same Qt binding)

from nndesk.project.error_buffer import ErrorBuffer  # it lived here: old imports keep working
from nndesk.ui.appearance import LIGHT_TONES, muted, tones

_CURVE_COLOUR = LIGHT_TONES.positive.name()  # in the light appearance; _apply_colours picks the shown one
EMPTY_TEXT = "Press Train to start"
SYMBOL_LIMIT = 50  # up to this many epochs each one gets a dot: a single Step must show something
_LEFT_GAP = 0.02  # share of the x range left of epoch 0, so that the first epochs are not under the axis


_NICE_STEPS = (1.0, 1.25, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0)


def nice_ceiling(value: float) -> float:
    """The smallest of 1, 1.25, 1.5, 2, 2.5, 3, 4, 5, 6, 8 x 10^k that is >= value (value > 0)."""
    k = math.floor(math.log10(value))
    for m in _NICE_STEPS:
        if m * 10.0**k >= value * (1 - 1e-12):
            return m * 10.0**k
    return 10.0 ** (k + 1)  # pragma: no cover (unreachable)


def epoch_text(value: float) -> str:
    """Text for one epoch number: 950, 25k, 250k, 1.5M."""
    return epoch_texts([value])[0]


def epoch_texts(values: list[float]) -> list[str]:
    """Axis texts for epoch numbers, all in one unit chosen by the largest: 0, 5000 / 0, 50k, 100k / 0.5M, 1M.

    The unit is M from a million, k from ten thousand, none below; each text has as few decimals as its
    number needs (so 1M beside 1.5M, never "50,000" beside "100k"). Negative numbers (the gap left of
    epoch 0) get no text.
    """
    if not values:
        return []
    top = max(abs(v) for v in values)
    unit, suffix = (1e6, "M") if top >= 1e6 else (1e3, "k") if top >= 1e4 else (1.0, "")
    return ["" if v < 0 else "0" if v == 0 else _short_number(v / unit) + suffix for v in values]


def _short_number(x: float) -> str:
    for decimals in range(4):
        if abs(round(x, decimals) - x) <= 1e-9 * max(1.0, abs(x)):
            break
    text = f"{x:.{decimals}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


class EpochAxis(pg.AxisItem):
    """The bottom axis: epoch numbers people can read at a glance (250k, not 250000), in one unit."""

    def tickStrings(self, values, scale, spacing):
        return epoch_texts([v * scale for v in values])


class ErrorAxis(pg.AxisItem):
    """The left axis: on a log scale only 1, 2 and 5 x 10^k get a text, so that narrow ranges stay legible."""

    def logTickStrings(self, values, scale, spacing):
        texts = super().logTickStrings(values, scale, spacing)
        return [text if _is_1_2_5(v) else "" for v, text in zip(values, texts, strict=True)]


def _is_1_2_5(log_value: float) -> bool:
    mantissa = 10 ** (log_value - math.floor(log_value + 1e-9))
    return any(abs(mantissa - m) < 1e-6 * m for m in (1.0, 2.0, 5.0))


class ErrorPlot(pg.PlotWidget):
    """Epoch error (y) against epoch (x), with a dashed line at the target error.

    Feed it with :meth:`append` (a chunk of epoch errors) and :meth:`clear_points` on reset.

    While following the training, the plot chooses its own range in steps (epochs 0..1, 2, 5 x 10^k) so
    that the axes are not re-laid out on every update; once the user pans or zooms, it leaves the range
    alone until the "A" (auto-range) button is pressed.
    """

    logScaleChanged = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        axes = {"bottom": EpochAxis(orientation="bottom"), "left": ErrorAxis(orientation="left")}
        super().__init__(parent, background=None, axisItems=axes)
        self.setObjectName("errorPlot")
        self.setAccessibleName("Error plot")
        self.viewport().setAccessibleName("Error plot")  # the part that takes the keyboard focus
        self.setToolTip("Epoch error against epoch. Drag to pan, wheel to zoom, 'A' to follow again, "
                        "right-click for options.")
        self.buffer = ErrorBuffer()
        self.other_buffers: list[ErrorBuffer] = []  # drawn by others (the test error): the range takes them in
        self._target = 0.01
        self._target_visible = True
        self._log_y = False
        self._symbols = False
        self._follow = True
        self._shown_range: tuple | None = None
        item = self.getPlotItem()
        # No grid: pyqtgraph grid lines cost ~20 ms a frame with the raster engine, more than everything else.
        item.setLabel("bottom", "epoch")
        item.setLabel("left", "epoch error")
        item.setMenuEnabled(True)
        item.setDownsampling(auto=True, mode="peak")
        item.setClipToView(True)
        view = item.getViewBox()
        view.disableAutoRange()
        view.sigRangeChangedManually.connect(self._on_user_range)
        view.sigXRangeChanged.connect(self._on_x_range_changed)
        item.autoBtn.clicked.connect(self.follow)
        # pyqtgraph's own "Log Y" in the right-click menu must keep the target line right too
        item.ctrl.logYCheck.toggled.connect(self.set_log_scale)
        self._curve = item.plot(pen=pg.mkPen(_CURVE_COLOUR, width=1), name="error")
        self._curve.setSkipFiniteCheck(True)
        # A plain line: a label on it would be re-rendered on every range change. The title names it.
        self._target_line = pg.InfiniteLine(angle=0, movable=False)
        item.addItem(self._target_line, ignoreBounds=True)
        self._empty_label = self._make_empty_label()
        self._apply_colours()
        self.set_target(self._target)
        self._show_empty(True)
        # Log by default: errors run from about 2 down to 0.01, and only a log axis shows both the long
        # plateau and the approach to the target.
        self.set_log_scale(True)

    # --- public API -------------------------------------------------------------------------------------
    def append(self, last_epoch: int, errors: np.ndarray) -> None:
        """Add a chunk of epoch errors ending at ``last_epoch`` and redraw once."""
        self.buffer.append(last_epoch, errors)
        self._redraw()

    def load_history(self, epochs: np.ndarray, errors: np.ndarray) -> None:
        """Show a saved history (see :meth:`ErrorBuffer.load_history`) in place of what was drawn."""
        self.clear_points()
        self.buffer.load_history(epochs, errors)
        self._redraw()

    def redraw(self, *, restart: bool = False) -> None:
        """Draw :attr:`buffer` again after its owner changed it (appended epochs; ``restart``: cleared or loaded
        it, so the view follows from the start again)."""
        if restart or self.buffer.is_empty():
            self._curve.setData([], [])
            self._show_symbols(False)
            self._show_empty(self.buffer.is_empty())
            self.follow()
        else:
            self._redraw()

    def clear_points(self) -> None:
        """Forget every point (after Reset or a new network) and show the empty-state hint."""
        self.buffer.clear()
        self._curve.setData([], [])
        self._show_symbols(False)
        self._show_empty(True)
        self.follow()

    def point_count(self) -> int:
        return self.buffer.n

    def set_target(self, target: float) -> None:
        """Move the dashed target line to ``target`` (an epoch error, > 0)."""
        self._target = float(target)
        self._place_target_line()
        self._show_target_title()
        if self._follow:
            self._apply_follow_range()

    def target(self) -> float:
        return self._target

    def set_target_visible(self, visible: bool) -> None:
        """Show the target line and its title only when the stop rule uses the error target."""
        self._target_visible = bool(visible)
        self._target_line.setVisible(self._target_visible)
        self._show_target_title()
        if self._follow:
            self._apply_follow_range()

    def target_visible(self) -> bool:
        return self._target_visible

    def set_log_scale(self, on: bool) -> None:
        """Show the error axis logarithmically (useful once the error is small)."""
        on = bool(on)
        if on == self._log_y:
            return
        self._log_y = on
        self.getPlotItem().setLogMode(x=False, y=on)
        self._place_target_line()
        self._shown_range = None
        self.follow()
        self.logScaleChanged.emit(on)

    def log_scale(self) -> bool:
        return self._log_y

    def follow(self) -> None:
        """Show all epochs again and keep following new ones (after the user panned or zoomed)."""
        self._follow = True
        view = self.getPlotItem().getViewBox()
        view.disableAutoRange()  # the "A" button turned pyqtgraph's own auto-range on: ours replaces it
        self._shown_range = None
        self._apply_follow_range()
        self._redraw()

    def is_following(self) -> bool:
        return self._follow

    # --- internals ----------------------------------------------------------------------------------------
    def _redraw(self) -> None:
        if self.buffer.is_empty():
            return
        self._show_empty(False)
        if self._follow:
            self._apply_follow_range()
        x, y = self._display_data()
        self._describe()
        self._curve.setSkipFiniteCheck(not self.buffer.has_nonfinite)
        self._show_symbols(self.buffer.n <= SYMBOL_LIMIT)
        self._curve.setData(x, y)

    def _describe(self) -> None:
        """Tell screen readers what the curve shows: how far training got and the error now."""
        b = self.buffer
        last = b.errors[b.n - b.dropped - 1] if b.n > b.dropped else float("nan")
        text = (f"{b.last_epoch():,} epochs; error now {last:.4g}, lowest {b.min_positive_error:.4g}, "
                f"target {self._target:g}" if b.n else EMPTY_TEXT)
        if self.accessibleDescription() != text:
            self.setAccessibleDescription(text)
            self.viewport().setAccessibleDescription(text)

    def _show_symbols(self, on: bool) -> None:
        # A line through one point draws nothing: a dot per epoch while there are only a few.
        if on == self._symbols:
            return
        self._symbols = on
        if on:
            self._curve.setSymbol("o")
            self._curve.setSymbolSize(5)
            colour = tones(self.palette()).positive
            self._curve.setSymbolPen(pg.mkPen(colour))
            self._curve.setSymbolBrush(pg.mkBrush(colour))
        else:
            self._curve.setSymbol(None)

    def _follow_range(self) -> tuple[tuple[float, float], tuple[float, float]]:
        buffer = self.buffer
        last = buffer.last_epoch() if not buffer.is_empty() else 0.0
        x_end = nice_ceiling(max(last * 1.05, 10.0))
        x_range = (-_LEFT_GAP * x_end, x_end)
        target = self._target if self._target_visible else None
        shown = [buffer, *(b for b in self.other_buffers if not b.is_empty())]
        top = max(b.max_error for b in shown)
        top = top if top > 0 else 1.0
        top = top if target is None else max(top, target)
        if not self._log_y:
            return x_range, (0.0, nice_ceiling(top * 1.05))
        low = min(b.min_positive_error for b in shown)
        low = low if math.isfinite(low) else top / 10
        low = low if target is None else min(low, target)
        # half decades, so that the axis moves rarely; a little room below the lowest point
        y0 = math.floor(math.log10(max(low, 1e-300)) * 2 - 0.2) / 2
        y1 = math.ceil(math.log10(max(top, 1e-300)) * 2 + 0.1) / 2
        return x_range, (y0, max(y1, y0 + 0.5))

    def _apply_follow_range(self) -> None:
        wanted = self._follow_range()
        if wanted == self._shown_range:
            return
        self._shown_range = wanted
        view = self.getPlotItem().getViewBox()
        view.setLimits(xMin=wanted[0][0])  # no panning far left of epoch 0
        view.setRange(xRange=wanted[0], yRange=wanted[1], padding=0)

    def _on_user_range(self, *_args) -> None:
        self._follow = False

    def _display_data(self) -> tuple[np.ndarray, np.ndarray]:
        """Whole history as an envelope, or every epoch when the user zoomed into a short stretch."""
        buffer = self.buffer
        if buffer.n > buffer.FULL_LIMIT and not self._follow:
            x0, x1 = self.getPlotItem().getViewBox().viewRange()[0]
            if x1 - x0 <= buffer.FULL_LIMIT / 3:  # margin either side so that panning stays smooth
                return buffer.window(x0 - (x1 - x0), x1 + (x1 - x0))
        return buffer.overview()

    def _on_x_range_changed(self) -> None:
        # Only the user's zoom/pan matters here; while following, every update already redraws.
        if self.buffer.n > self.buffer.FULL_LIMIT and not self._follow:
            self._curve.setData(*self._display_data())

    def _place_target_line(self) -> None:
        # InfiniteLine lives in view coordinates, which are log10(error) in log mode.
        value = self._target
        if self._log_y:
            value = math.log10(value) if value > 0 else -12.0
        self._target_line.setPos(value)

    def _show_target_title(self) -> None:
        # A blank title when hidden, not none: the plot keeps its size when the stop rule changes.
        colour = tones(self.palette()).target.name()
        title = (f"<span style='color:{colour}'>- - - target error {self._target:g}</span>"
                 if self._target_visible else "&nbsp;")
        self.getPlotItem().setTitle(title, size="9pt")

    def _make_empty_label(self) -> QLabel:
        label = QLabel(EMPTY_TEXT, self)
        label.setObjectName("errorPlotEmptyText")
        font = QFont(label.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        label.setFont(font)
        label.setStyleSheet("background: transparent;")  # its colour: _apply_colours
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        return label

    def _show_empty(self, empty: bool) -> None:
        if self._empty_label.isHidden() != empty:
            return
        self._empty_label.setVisible(empty)
        if empty:
            self._empty_label.setGeometry(self.rect())
            self._empty_label.raise_()

    def empty_text_visible(self) -> bool:
        """Whether the 'Press Train to start' hint is showing (for tests and screenshots)."""
        return not self._empty_label.isHidden()

    def _apply_colours(self) -> None:
        """Background, axes, curve and target line in the colours of the appearance shown."""
        palette = self.palette()
        t = tones(palette)
        self.setBackground(palette.color(QPalette.ColorRole.Base))
        text = palette.color(QPalette.ColorRole.Text)
        for name in ("left", "bottom"):
            axis = self.getPlotItem().getAxis(name)
            axis.setPen(text)
            axis.setTextPen(text)
        self._curve.setPen(pg.mkPen(t.positive, width=1))
        if self._symbols:
            self._curve.setSymbolPen(pg.mkPen(t.positive))
            self._curve.setSymbolBrush(pg.mkBrush(t.positive))
        self._target_line.setPen(pg.mkPen(t.target, width=1.2, style=Qt.PenStyle.DashLine))
        self._show_target_title()
        # pyqtgraph gives its view a palette of its own: the hint takes the application's secondary text
        self._empty_label.setStyleSheet(f"background: transparent; color: {muted().name()};")

    def changeEvent(self, ev: QEvent) -> None:
        super().changeEvent(ev)
        if ev.type() == QEvent.Type.PaletteChange and "_target_line" in self.__dict__:
            self._apply_colours()

    def resizeEvent(self, ev) -> None:
        super().resizeEvent(ev)
        label = self.__dict__.get("_empty_label")  # pyqtgraph calls resizeEvent inside its __init__
        if label is not None:
            label.setGeometry(self.rect())
