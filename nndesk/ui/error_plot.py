"""The live error plot: epoch error against epoch, a line at the target error, log scale by default.

Stays smooth past 10^7 epochs in bounded memory: the errors live in an :class:`ErrorBuffer` (the recent ones
exactly, the whole history as a min/max envelope), one curve is created once and fed per throttled update,
and pyqtgraph draws it with peak downsampling and clipping to the visible range.
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
SYMBOL_LIMIT = 50  # up to this many epochs each one gets a dot: a single Step must show something
_LEFT_GAP = 0.02  # share of the x range left of epoch 0, so that the first epochs are not under the axis


class ErrorBuffer:
    """Epoch errors for the plot, in bounded memory however long training runs.

    ``errors[i]`` (``i < n - dropped``) is the error of epoch ``first_epoch + dropped + i``: every epoch is kept
    exactly until ``n`` passes ``KEEP_LIMIT``; from then on the oldest epochs are forgotten in large steps,
    once a min/max envelope over blocks of ``stride`` epochs summarises them, so that the newest
    ``KEEP_LIMIT / 2`` or more stay exact. The envelope (at most ``ENVELOPE_LIMIT`` blocks, the stride
    doubling when full) is kept up to date incrementally, so drawing the whole history costs
    O(ENVELOPE_LIMIT) per frame and memory stays under ~17 MB: 16 MB of recent errors and 1.5 MB of envelope.
    Epochs arrive contiguously (training, pause/resume and Step all continue the same count; a reset clears
    the buffer), so only the errors are stored. Appending is amortised O(chunk).
    """

    FULL_LIMIT = 1 << 17  # up to this many points the plot gets every epoch
    ENVELOPE_LIMIT = 1 << 16  # blocks in the envelope before the stride doubles
    KEEP_LIMIT = 1 << 21  # at most this many recent epochs are kept exactly (16 MB)
    REPLAY_LIMIT = 1 << 24  # a loaded history spanning more epochs is drawn from its points, not replayed

    def __init__(self, capacity: int = _INITIAL_CAPACITY) -> None:
        self.errors = np.empty(capacity, dtype=np.float64)
        self.n = 0  # epochs appended since the last clear
        self.dropped = 0  # of those, the oldest ones no longer kept exactly (summarised by the envelope)
        self.first_epoch = 1
        self.contiguous = True  # False if a chunk ever did not follow the previous one
        self.max_error = -math.inf
        self.min_positive_error = math.inf  # for the log scale
        self.has_nonfinite = False
        # (epochs, errors) drawn before the first epoch appended: a loaded history too long to replay
        self._prefix = (np.zeros(0), np.zeros(0))
        self._reset_envelope()

    def load_history(self, epochs: np.ndarray, errors: np.ndarray) -> None:
        """Start over from a saved history: points whose epochs strictly increase, thinned or not.

        Up to REPLAY_LIMIT epochs it is replayed one error per epoch (the gaps of a thinned history filled
        with the point before them, so the plot has the same peaks), in pieces of bounded size; a longer
        one is kept as its points and drawn before the epochs that follow.
        """
        self.clear()
        epochs = np.asarray(epochs, dtype=np.int64).ravel()
        errors = np.asarray(errors, dtype=np.float64).ravel()
        if epochs.size == 0:
            return
        first, last = int(epochs[0]), int(epochs[-1])
        if last - first + 1 <= self.REPLAY_LIMIT:
            step = self.KEEP_LIMIT // 4
            for lo in range(first, last + 1, step):
                every = np.arange(lo, min(lo + step, last + 1))
                self.append(int(every[-1]), errors[np.searchsorted(epochs, every, side="right") - 1])
            return
        self.append(last, errors[-1:])  # the last point is the first epoch appended: training continues from it
        self._prefix = (epochs[:-1].astype(np.float64), errors[:-1])
        self._note_values(errors)

    def is_empty(self) -> bool:
        return self.n == 0 and self._prefix[0].size == 0

    def append(self, last_epoch: int, errors: np.ndarray) -> None:
        """Add ``errors`` (1-D, one per epoch) whose last entry is the error of epoch ``last_epoch``."""
        errors = np.asarray(errors, dtype=np.float64).ravel()
        k = errors.size
        if k == 0:
            return
        if self.n == 0:
            self.first_epoch = last_epoch - k + 1
        elif last_epoch - k + 1 != self.first_epoch + self.n:
            self.contiguous = False  # drawn as if it followed on: the count is the network's business
        self._note_values(errors)
        step = self.KEEP_LIMIT // 4  # a long history (an opened project) goes in pieces the envelope can follow
        for start in range(0, k, step):
            piece = errors[start : start + step]
            self._make_room(piece.size)
            stored = self.n - self.dropped
            self.errors[stored : stored + piece.size] = piece
            self.n += piece.size
            if self.n > self.FULL_LIMIT:
                self._extend_envelope()

    def _note_values(self, errors: np.ndarray) -> None:
        """Keep the largest and the smallest positive error, and whether any was not finite."""
        finite = errors[np.isfinite(errors)]
        if finite.size < errors.size:
            self.has_nonfinite = True  # a diverged run: NaN/inf are drawn as gaps
        if finite.size:
            self.max_error = max(self.max_error, float(finite.max()))
        positive = finite[finite > 0]
        if positive.size:
            self.min_positive_error = min(self.min_positive_error, float(positive.min()))

    def clear(self) -> None:
        self.n = 0
        self.dropped = 0
        self.first_epoch = 1
        self.contiguous = True
        self.max_error = -math.inf
        self.min_positive_error = math.inf
        self.has_nonfinite = False
        self._prefix = (np.zeros(0), np.zeros(0))
        self._reset_envelope()

    def overview(self) -> tuple[np.ndarray, np.ndarray]:
        """(x, y) to draw the whole history: every epoch while short, else the min/max envelope + tail."""
        x, y = self._live_overview()
        if self._prefix[0].size:
            return np.concatenate([self._prefix[0], x]), np.concatenate([self._prefix[1], y])
        return x, y

    def _live_overview(self) -> tuple[np.ndarray, np.ndarray]:
        if self.n <= self.FULL_LIMIT:
            return self.epochs(0, self.n), self.errors[: self.n]
        b = self._blocks
        x = np.empty(2 * b + (self.n - self._covered))
        y = np.empty_like(x)
        x[0 : 2 * b : 2] = self._env_x[:b]
        x[1 : 2 * b : 2] = self._env_x[:b]
        y[0 : 2 * b : 2] = self._env_min[:b]
        y[1 : 2 * b : 2] = self._env_max[:b]
        x[2 * b :] = self.epochs(self._covered, self.n)
        y[2 * b :] = self._kept(self._covered, self.n)
        return x, y

    def points(self) -> tuple[np.ndarray, np.ndarray]:
        """(epochs as int64, errors) of the whole history, epochs strictly increasing: every epoch while
        they are all kept; else, for the forgotten stretch, each envelope block's lowest and highest error
        (at a quarter and three quarters of the block: their order within it is not known), then every epoch."""
        prefix = self._prefix[0].astype(np.int64), self._prefix[1]
        if self.dropped == 0:
            live = np.arange(self.first_epoch, self.first_epoch + self.n, dtype=np.int64), self._kept(0, self.n)
            return np.concatenate([prefix[0], live[0]]), np.concatenate([prefix[1], live[1]])
        s = self.stride
        blocks = -(-self.dropped // s)  # whole blocks up to the first exact epoch after the forgotten ones
        exact_from = blocks * s
        starts = self.first_epoch + np.arange(blocks, dtype=np.int64) * s
        epochs = np.empty(2 * blocks + self.n - exact_from, dtype=np.int64)
        errors = np.empty(epochs.size)
        epochs[0 : 2 * blocks : 2] = starts + s // 4
        epochs[1 : 2 * blocks : 2] = starts + (3 * s) // 4
        errors[0 : 2 * blocks : 2] = self._env_min[:blocks]
        errors[1 : 2 * blocks : 2] = self._env_max[:blocks]
        epochs[2 * blocks :] = np.arange(self.first_epoch + exact_from, self.first_epoch + self.n, dtype=np.int64)
        errors[2 * blocks :] = self._kept(exact_from, self.n)
        return np.concatenate([prefix[0], epochs]), np.concatenate([prefix[1], errors])

    def epochs(self, lo: int, hi: int) -> np.ndarray:
        """The epoch numbers of the ``lo``-th to ``hi``-th epochs appended, as float64 (for drawing)."""
        return np.arange(self.first_epoch + lo, self.first_epoch + hi, dtype=np.float64)

    def last_epoch(self) -> int:
        return self.first_epoch + self.n - 1

    def window(self, first_epoch: float, last_epoch: float) -> tuple[np.ndarray, np.ndarray]:
        """Every epoch whose number lies in [first_epoch, last_epoch] (plus one either side); where those
        are no longer kept, the envelope's blocks there."""
        px, py = self._prefix
        if px.size and first_epoch < self.first_epoch:  # a loaded history's points, one either side
            i, j = np.searchsorted(px, [first_epoch, last_epoch])
            i, j = max(i - 1, 0), min(j + 1, px.size)
            x, y = self.window(self.first_epoch, last_epoch) if last_epoch >= self.first_epoch else ([], [])
            return np.concatenate([px[i:j], x]), np.concatenate([py[i:j], y])
        lo = min(max(math.floor(first_epoch) - self.first_epoch - 1, 0), self.n)
        hi = min(max(math.ceil(last_epoch) - self.first_epoch + 2, lo), self.n)
        if lo >= self.dropped:
            return self.epochs(lo, hi), self._kept(lo, hi)
        s = self.stride
        j0, j1 = lo // s, min(-(-min(hi, self.dropped) // s), self._blocks)
        exact_from = min(max(j1 * s, lo), hi)  # kept from here on (j1 * s >= dropped whenever hi > dropped)
        x = np.concatenate([np.repeat(self._env_x[j0:j1], 2), self.epochs(exact_from, hi)])
        y = np.empty_like(x)
        y[0 : 2 * (j1 - j0) : 2] = self._env_min[j0:j1]
        y[1 : 2 * (j1 - j0) : 2] = self._env_max[j0:j1]
        if hi > exact_from:
            y[2 * (j1 - j0) :] = self._kept(exact_from, hi)
        return x, y

    def _kept(self, lo: int, hi: int) -> np.ndarray:
        """The errors of the ``lo``-th to ``hi``-th epochs appended; all of them must still be kept."""
        assert self.dropped <= lo <= hi <= self.n
        return self.errors[lo - self.dropped : hi - self.dropped]

    def _reset_envelope(self) -> None:
        self.stride = 1
        self._blocks = 0
        self._covered = 0  # epochs summarised by the envelope: the first _covered appended
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
        block = self._kept(self._covered, end).reshape(whole, s)
        b = self._blocks
        self._env_x[b : b + whole] = self.first_epoch + np.arange(self._covered, end, s) + (s - 1) / 2
        self._env_min[b : b + whole] = block.min(axis=1)
        self._env_max[b : b + whole] = block.max(axis=1)
        self._blocks += whole
        self._covered = end

    def _double_stride(self) -> None:
        b = self._blocks // 2  # an odd last block is dropped from the envelope and re-read from the kept errors
        lo, hi = self._env_min, self._env_max
        self._env_x[:b] = (self._env_x[0 : 2 * b : 2] + self._env_x[1 : 2 * b : 2]) / 2
        self._env_min[:b] = np.minimum(lo[0 : 2 * b : 2], lo[1 : 2 * b : 2])
        self._env_max[:b] = np.maximum(hi[0 : 2 * b : 2], hi[1 : 2 * b : 2])
        self._covered = b * 2 * self.stride
        self._blocks = b
        self.stride *= 2

    def _make_room(self, m: int) -> None:
        """Room for ``m`` more errors: grow up to KEEP_LIMIT, then forget the oldest summarised epochs."""
        stored = self.n - self.dropped
        if stored + m <= self.errors.size:
            return
        if stored + m > self.KEEP_LIMIT and self.n > self.FULL_LIMIT:
            # Forget down to half the limit, but only what the envelope holds, less two blocks: a stride
            # doubling may give back the envelope's last block and read it again.
            forgettable = self._covered - 2 * self.stride - self.dropped
            d = min(forgettable, stored - self.KEEP_LIMIT // 2)
            if d > 0:
                self.errors[: stored - d] = self.errors[d:stored].copy()
                self.dropped += d
                stored -= d
                if stored + m <= self.errors.size:
                    return
        capacity = self.errors.size
        while capacity < stored + m:
            capacity *= 2
        grown = np.empty(capacity, dtype=np.float64)
        grown[:stored] = self.errors[:stored]
        self.errors = grown


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
        super().__init__(parent, background="w", axisItems=axes)
        self.setObjectName("errorPlot")
        self.setAccessibleName("Error plot")
        self.setToolTip("Epoch error against epoch. Drag to pan, wheel to zoom, 'A' to follow again, "
                        "right-click for options.")
        self.buffer = ErrorBuffer()
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
        self._target_line = pg.InfiniteLine(
            angle=0, movable=False, pen=pg.mkPen(_TARGET_COLOUR, width=1.2, style=Qt.PenStyle.DashLine))
        item.addItem(self._target_line, ignoreBounds=True)
        self._empty_label = self._make_empty_label()
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
        self._curve.setSkipFiniteCheck(not self.buffer.has_nonfinite)
        self._show_symbols(self.buffer.n <= SYMBOL_LIMIT)
        self._curve.setData(x, y)

    def _show_symbols(self, on: bool) -> None:
        # A line through one point draws nothing: a dot per epoch while there are only a few.
        if on == self._symbols:
            return
        self._symbols = on
        if on:
            self._curve.setSymbol("o")
            self._curve.setSymbolSize(5)
            self._curve.setSymbolPen(pg.mkPen(_CURVE_COLOUR))
            self._curve.setSymbolBrush(pg.mkBrush(_CURVE_COLOUR))
        else:
            self._curve.setSymbol(None)

    def _follow_range(self) -> tuple[tuple[float, float], tuple[float, float]]:
        buffer = self.buffer
        last = buffer.last_epoch() if not buffer.is_empty() else 0.0
        x_end = nice_ceiling(max(last * 1.05, 10.0))
        x_range = (-_LEFT_GAP * x_end, x_end)
        target = self._target if self._target_visible else None
        top = buffer.max_error if buffer.max_error > 0 else 1.0
        top = top if target is None else max(top, target)
        if not self._log_y:
            return x_range, (0.0, nice_ceiling(top * 1.05))
        low = buffer.min_positive_error if math.isfinite(buffer.min_positive_error) else top / 10
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
        title = (f"<span style='color:{_TARGET_COLOUR}'>- - - target error {self._target:g}</span>"
                 if self._target_visible else "&nbsp;")
        self.getPlotItem().setTitle(title, size="9pt")

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
        if self._empty_label.isHidden() != empty:
            return
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
