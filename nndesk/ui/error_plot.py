"""The live error plot: epoch error against epoch, a line at the target error, optional log scale.

Stays smooth past 10^6 epochs: the errors live in a growing float64 buffer (doubled when full), one curve
is created once and fed ``buffer[:n]`` per throttled update, and pyqtgraph draws it with peak downsampling
and clipping to the visible range.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QLabel, QWidget

import pyqtgraph as pg  # isort: skip  (after PySide6, so that pyqtgraph picks the same Qt binding)

_INITIAL_CAPACITY = 4096
_CURVE_COLOUR = "#1f6fb2"
_TARGET_COLOUR = "#c0392b"
EMPTY_TEXT = "Press Train to start"


class ErrorBuffer:
    """Epochs and their errors in two growing float64 arrays; ``epochs[:n]`` / ``errors[:n]`` are valid.

    Appending is amortised O(chunk): when full, capacity doubles (one copy), so 10^7 epochs cost ~12 copies.
    Alongside, a min/max envelope over blocks of ``stride`` epochs is kept up to date incrementally, so
    drawing the whole history costs O(ENVELOPE_LIMIT) per frame however many epochs there are.
    """

    FULL_LIMIT = 1 << 17  # up to this many points the plot gets every epoch
    ENVELOPE_LIMIT = 1 << 16  # blocks in the envelope before the stride doubles

    def __init__(self, capacity: int = _INITIAL_CAPACITY) -> None:
        self.epochs = np.empty(capacity, dtype=np.float64)
        self.errors = np.empty(capacity, dtype=np.float64)
        self.n = 0
        self._reset_envelope()

    def append(self, last_epoch: int, errors: np.ndarray) -> None:
        """Add ``errors`` (1-D, one per epoch) whose last entry is the error of epoch ``last_epoch``."""
        errors = np.asarray(errors, dtype=np.float64).ravel()
        k = errors.size
        if k == 0:
            return
        self._reserve(self.n + k)
        self.epochs[self.n : self.n + k] = np.arange(last_epoch - k + 1, last_epoch + 1, dtype=np.float64)
        self.errors[self.n : self.n + k] = errors
        self.n += k
        if self.n > self.FULL_LIMIT:
            self._extend_envelope()

    def clear(self) -> None:
        self.n = 0
        self._reset_envelope()

    def overview(self) -> tuple[np.ndarray, np.ndarray]:
        """(x, y) to draw the whole history: every epoch while short, else the min/max envelope + tail."""
        if self.n <= self.FULL_LIMIT:
            return self.epochs[: self.n], self.errors[: self.n]
        b = self._blocks
        x = np.empty(2 * b + (self.n - self._covered))
        y = np.empty_like(x)
        x[0 : 2 * b : 2] = self._env_x[:b]
        x[1 : 2 * b : 2] = self._env_x[:b]
        y[0 : 2 * b : 2] = self._env_min[:b]
        y[1 : 2 * b : 2] = self._env_max[:b]
        x[2 * b :] = self.epochs[self._covered : self.n]
        y[2 * b :] = self.errors[self._covered : self.n]
        return x, y

    def window(self, first_epoch: float, last_epoch: float) -> tuple[np.ndarray, np.ndarray]:
        """Every epoch whose number lies in [first_epoch, last_epoch] (plus one either side)."""
        epochs = self.epochs[: self.n]
        lo = max(int(np.searchsorted(epochs, first_epoch)) - 1, 0)
        hi = min(int(np.searchsorted(epochs, last_epoch, side="right")) + 1, self.n)
        return epochs[lo:hi], self.errors[lo:hi]

    def _reset_envelope(self) -> None:
        self.stride = 1
        self._blocks = 0
        self._covered = 0  # epochs summarised by the envelope: errors[:_covered]
        size = self.ENVELOPE_LIMIT + 1
        self._env_x = np.empty(size)
        self._env_min = np.empty(size)
        self._env_max = np.empty(size)

    def _extend_envelope(self) -> None:
        if self.stride == 1:  # first time past FULL_LIMIT: start with blocks that fit the limit
            self.stride = 1 << max(0, int(np.ceil(np.log2(self.n / self.ENVELOPE_LIMIT))))
        while True:
            s = self.stride
            whole = (self.n - self._covered) // s
            room = self.ENVELOPE_LIMIT - self._blocks
            if whole <= room:
                break
            self._double_stride()
        if whole == 0:
            return
        end = self._covered + whole * s
        block = self.errors[self._covered : end].reshape(whole, s)
        b = self._blocks
        self._env_x[b : b + whole] = self.epochs[self._covered : end : s] + (s - 1) / 2
        self._env_min[b : b + whole] = block.min(axis=1)
        self._env_max[b : b + whole] = block.max(axis=1)
        self._blocks += whole
        self._covered = end

    def _double_stride(self) -> None:
        b = self._blocks // 2  # an odd last block is dropped from the envelope and re-read from the buffer
        lo, hi = self._env_min, self._env_max
        self._env_x[:b] = (self._env_x[0 : 2 * b : 2] + self._env_x[1 : 2 * b : 2]) / 2
        self._env_min[:b] = np.minimum(lo[0 : 2 * b : 2], lo[1 : 2 * b : 2])
        self._env_max[:b] = np.maximum(hi[0 : 2 * b : 2], hi[1 : 2 * b : 2])
        self._covered = b * 2 * self.stride
        self._blocks = b
        self.stride *= 2

    def _reserve(self, needed: int) -> None:
        capacity = self.errors.size
        if needed <= capacity:
            return
        while capacity < needed:
            capacity *= 2
        for name in ("epochs", "errors"):
            grown = np.empty(capacity, dtype=np.float64)
            grown[: self.n] = getattr(self, name)[: self.n]
            setattr(self, name, grown)


class ErrorPlot(pg.PlotWidget):
    """Epoch error (y) against epoch (x), with a dashed line at the target error.

    Feed it with :meth:`append` (a chunk of epoch errors) and :meth:`clear` it on reset.
    """

    logScaleChanged = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, background="w")
        self.setObjectName("errorPlot")
        self.setAccessibleName("Error plot")
        self.setToolTip("Epoch error against epoch. Drag to pan, wheel to zoom, right-click for options.")
        self.buffer = ErrorBuffer()
        self._target = 0.01
        self._log_y = False
        item = self.getPlotItem()
        # No grid: pyqtgraph grid lines cost ~20 ms a frame with the raster engine, more than everything else.
        item.setLabel("bottom", "epoch")
        item.setLabel("left", "epoch error")
        item.setMenuEnabled(True)
        item.setDownsampling(auto=True, mode="peak")
        item.setClipToView(True)
        item.getViewBox().setLimits(xMin=0)
        self._curve = item.plot(pen=pg.mkPen(_CURVE_COLOUR, width=1), name="error")
        self._curve.setSkipFiniteCheck(True)
        self._target_line = pg.InfiniteLine(
            angle=0,
            movable=False,
            pen=pg.mkPen(_TARGET_COLOUR, width=1.2, style=Qt.PenStyle.DashLine),
            label="target {value}",
            labelOpts={"position": 0.93, "color": _TARGET_COLOUR, "fill": (255, 255, 255, 200)},
        )
        item.addItem(self._target_line, ignoreBounds=False)
        self._empty_label = self._make_empty_label()
        item.getViewBox().sigXRangeChanged.connect(self._on_x_range_changed)
        self.set_target(self._target)
        self._show_empty(True)

    # --- public API -------------------------------------------------------------------------------------
    def append(self, last_epoch: int, errors: np.ndarray) -> None:
        """Add a chunk of epoch errors ending at ``last_epoch`` and redraw once."""
        self.buffer.append(last_epoch, errors)
        self._redraw()

    def clear(self) -> None:
        """Forget every point (after Reset or a new network) and show the empty-state hint."""
        self.buffer.clear()
        self._curve.setData([], [])
        self._show_empty(True)
        self.getPlotItem().enableAutoRange()

    def point_count(self) -> int:
        return self.buffer.n

    def set_target(self, target: float) -> None:
        """Move the dashed target line to ``target`` (an epoch error, > 0)."""
        self._target = float(target)
        self._place_target_line()

    def target(self) -> float:
        return self._target

    def set_log_scale(self, on: bool) -> None:
        """Show the error axis logarithmically (useful once the error is small)."""
        on = bool(on)
        if on == self._log_y:
            return
        self._log_y = on
        self.getPlotItem().setLogMode(x=False, y=on)
        self._place_target_line()
        self.getPlotItem().enableAutoRange()
        self.logScaleChanged.emit(on)

    def log_scale(self) -> bool:
        return self._log_y

    # --- internals ----------------------------------------------------------------------------------------
    def _redraw(self) -> None:
        if self.buffer.n == 0:
            return
        self._show_empty(False)
        x, y = self._display_data()
        self._curve.setData(x, y)

    def _display_data(self) -> tuple[np.ndarray, np.ndarray]:
        """Whole history as an envelope, or every epoch when the user zoomed into a short stretch."""
        buffer = self.buffer
        view = self.getPlotItem().getViewBox()
        if buffer.n > buffer.FULL_LIMIT and not view.autoRangeEnabled()[0]:
            x0, x1 = view.viewRange()[0]
            if x1 - x0 <= buffer.FULL_LIMIT / 3:  # margin either side so that panning stays smooth
                return buffer.window(x0 - (x1 - x0), x1 + (x1 - x0))
        return buffer.overview()

    def _on_x_range_changed(self) -> None:
        # Only the user's zoom/pan matters here; during auto-range every update already redraws.
        view = self.getPlotItem().getViewBox()
        if self.buffer.n > self.buffer.FULL_LIMIT and not view.autoRangeEnabled()[0]:
            self._redraw()

    def _place_target_line(self) -> None:
        # InfiniteLine lives in view coordinates, which are log10(error) in log mode.
        value = self._target
        if self._log_y:
            value = math.log10(value) if value > 0 else -12.0
        self._target_line.setPos(value)
        self._target_line.label.setFormat(f"target {self._target:g}")

    def _make_empty_label(self) -> QLabel:
        label = QLabel(EMPTY_TEXT, self)
        label.setObjectName("errorPlotEmptyText")
        font = QFont(label.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        label.setFont(font)
        label.setStyleSheet(f"color: {QColor('#7f8c8d').name()}; background: transparent;")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        return label

    def _show_empty(self, empty: bool) -> None:
        self._empty_label.setVisible(empty)
        if empty:
            self._empty_label.setGeometry(self.rect())
            self._empty_label.raise_()

    def empty_text_visible(self) -> bool:
        """Whether the 'Press Train to start' hint is showing (for tests and screenshots)."""
        return not self._empty_label.isHidden()

    def resizeEvent(self, ev) -> None:
        super().resizeEvent(ev)
        label = self.__dict__.get("_empty_label")  # pyqtgraph calls resizeEvent inside its __init__
        if label is not None:
            label.setGeometry(self.rect())
