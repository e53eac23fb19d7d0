"""The live error plot: growing buffer, min/max envelope for long runs, target line, log scale, empty state."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QColor, QImage

import pyqtgraph as pg  # isort: skip  (after PySide6)

from nndesk.ui.error_plot import (
    _CURVE_COLOUR,
    EMPTY_TEXT,
    SYMBOL_LIMIT,
    ErrorBuffer,
    ErrorPlot,
    epoch_text,
    epoch_texts,
    nice_ceiling,
)


@pytest.fixture
def plot(qtbot):
    p = ErrorPlot()
    qtbot.addWidget(p)
    p.resize(600, 400)
    p.show()
    return p


def test_buffer_grows_and_keeps_every_epoch():
    buffer = ErrorBuffer(capacity=4)
    errors = np.linspace(2.0, 0.1, 1000)
    for end in range(100, 1001, 100):
        buffer.append(end, errors[end - 100 : end])
    assert buffer.n == 1000
    np.testing.assert_array_equal(buffer.epochs(0, 1000), np.arange(1, 1001))
    assert buffer.contiguous and buffer.last_epoch() == 1000
    np.testing.assert_array_equal(buffer.errors[:1000], errors)
    assert buffer.max_error == 2.0 and buffer.min_positive_error == pytest.approx(0.1)
    buffer.clear()
    assert buffer.n == 0 and buffer.overview()[0].size == 0


@settings(max_examples=25, deadline=None)
@given(chunks=st.lists(st.integers(1, 40_000), min_size=1, max_size=12), seed=st.integers(0, 2**32 - 1))
def test_envelope_keeps_every_peak(chunks, seed):
    """Whatever the chunking, the drawn overview has the same extremes as the data and stays small."""
    ErrorBuffer.FULL_LIMIT, ErrorBuffer.ENVELOPE_LIMIT = 4096, 1024  # small limits: many stride doublings
    try:
        rng = np.random.default_rng(seed)
        buffer, all_errors, epoch = ErrorBuffer(), [], 0
        for k in chunks:
            errors = rng.random(k)
            epoch += k
            buffer.append(epoch, errors)
            all_errors.append(errors)
        data = np.concatenate(all_errors)
        x, y = buffer.overview()
        assert y.max() == data.max() and y.min() == data.min()
        assert x.size <= max(4096, 2 * 1024 + buffer.stride + 1) or buffer.n <= 4096
        assert np.all(np.diff(x) >= 0)  # drawn left to right
        assert epoch - buffer.stride <= x[-1] <= epoch  # the last block or the raw tail
    finally:
        ErrorBuffer.FULL_LIMIT, ErrorBuffer.ENVELOPE_LIMIT = 1 << 17, 1 << 16


@pytest.fixture
def small_limits():
    """Limits small enough that a few hundred thousand epochs forget, double and re-read many times.
    (Class attributes set once for all of a hypothesis test's examples: each example makes its own buffer.)"""
    saved = ErrorBuffer.FULL_LIMIT, ErrorBuffer.ENVELOPE_LIMIT, ErrorBuffer.KEEP_LIMIT
    ErrorBuffer.FULL_LIMIT, ErrorBuffer.ENVELOPE_LIMIT, ErrorBuffer.KEEP_LIMIT = 4096, 1024, 1 << 14
    yield
    ErrorBuffer.FULL_LIMIT, ErrorBuffer.ENVELOPE_LIMIT, ErrorBuffer.KEEP_LIMIT = saved


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(chunks=st.lists(st.integers(1, 30_000), min_size=1, max_size=40), seed=st.integers(0, 2**32 - 1))
def test_memory_is_bounded_and_the_history_keeps_its_peaks(small_limits, chunks, seed):
    rng = np.random.default_rng(seed)
    buffer, parts, epoch = ErrorBuffer(), [], 0
    for k in chunks:
        errors = rng.random(k)
        epoch += k
        buffer.append(epoch, errors)
        parts.append(errors)
        assert buffer.errors.size <= ErrorBuffer.KEEP_LIMIT  # bounded, whatever the epoch count
    data = np.concatenate(parts)
    assert buffer.n == data.size and buffer.last_epoch() == epoch
    x, y = buffer.overview()
    assert y.max() == data.max() and y.min() == data.min() and np.all(np.diff(x) >= 0)
    epochs, errors = buffer.points()
    assert epochs[0] >= 1 and epochs[-1] == epoch and np.all(np.diff(epochs) > 0)
    assert errors.max() == data.max() and errors.min() == data.min()
    kept = buffer.n - buffer.dropped
    assert kept >= min(buffer.n, ErrorBuffer.KEEP_LIMIT // 2 - 2 * buffer.stride)  # the recent epochs stay exact
    kept -= -buffer.dropped % buffer.stride  # points() gives them from the next block boundary on
    np.testing.assert_array_equal(errors[-kept:], data[-kept:])
    np.testing.assert_array_equal(epochs[-kept:], np.arange(epoch - kept + 1, epoch + 1))
    # zooming into any stretch, forgotten or kept, shows its extremes
    lo = int(rng.integers(1, epoch + 1))
    hi = min(epoch, lo + int(rng.integers(0, 5000)))
    wx, wy = buffer.window(lo, hi)
    assert wx.size and np.all(np.diff(wx) >= 0)
    assert wy.max() >= data[lo - 1 : hi].max() and wy.min() <= data[lo - 1 : hi].min()


def test_ten_million_epochs_take_little_memory():
    buffer = ErrorBuffer()
    chunk = np.linspace(1.0, 0.5, 100_000)
    for end in range(100_000, 10_000_001, 100_000):
        buffer.append(end, chunk)
    assert buffer.n == 10_000_000 and buffer.dropped > 0
    assert buffer.errors.nbytes <= 8 * ErrorBuffer.KEEP_LIMIT  # 16 MB, not 80
    epochs, errors = buffer.points()
    assert epochs[-1] == 10_000_000 and errors[-1] == 0.5 and errors.max() == 1.0


def test_a_thinned_history_is_replayed_with_its_peaks():
    buffer = ErrorBuffer()
    buffer.load_history(np.array([3, 4, 10, 20]), np.array([2.0, 1.0, 0.5, 0.25]))
    assert (buffer.first_epoch, buffer.last_epoch(), buffer.n) == (3, 20, 18)
    epochs, errors = buffer.points()
    np.testing.assert_array_equal(epochs, np.arange(3, 21))
    assert list(errors[:8]) == [2.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 0.5] and errors[-1] == 0.25


def test_a_history_of_a_trillion_epochs_opens_at_once_and_training_goes_on(plot):
    epochs = np.array([1, 2, 1000, 10**9, 10**12])
    plot.load_history(epochs, np.array([2.0, 1.5, 0.7, 0.2, 0.01]))
    buffer = plot.buffer
    assert buffer.last_epoch() == 10**12 and buffer.errors.nbytes < 1 << 20
    plot.append(10**12 + 3, np.array([0.009, 0.008, 0.007]))
    got_epochs, got_errors = buffer.points()
    np.testing.assert_array_equal(got_epochs, [*epochs, 10**12 + 1, 10**12 + 2, 10**12 + 3])
    assert got_errors[-1] == 0.007 and buffer.contiguous
    x, y = buffer.overview()
    assert x.size == 8 and y.max() == 2.0
    x, y = buffer.window(500, 2000)
    assert 1000 in x


def test_window_returns_every_epoch_of_a_stretch():
    buffer = ErrorBuffer()
    buffer.append(500_000, np.arange(500_000, dtype=float))
    x, y = buffer.window(1000, 2000)
    assert x[0] <= 1000 and x[-1] >= 2000 and x.size <= 1003
    np.testing.assert_array_equal(y, x - 1)


def test_nice_ceiling():
    assert [nice_ceiling(v) for v in (0.3, 1, 1.4, 2.1, 7, 12, 999)] == pytest.approx([0.3, 1, 1.5, 2.5, 8, 12.5, 1000])
    assert [epoch_text(v) for v in (950, 25_000, 250_000, 1_500_000)] == ["950", "25k", "250k", "1.5M"]


@pytest.mark.parametrize(("ticks", "texts"), [
    ([0, 50_000, 100_000, 150_000], ["0", "50k", "100k", "150k"]),
    ([0, 500_000, 1_000_000, 1_500_000], ["0", "0.5M", "1M", "1.5M"]),
    ([0, 250_000, 500_000, 750_000, 1_000_000], ["0", "0.25M", "0.5M", "0.75M", "1M"]),
    ([0, 2000, 4000, 6000, 8000], ["0", "2000", "4000", "6000", "8000"]),
    ([5000, 7500, 10_000, 12_500], ["5k", "7.5k", "10k", "12.5k"]),
    ([-2, 0, 2, 4], ["", "0", "2", "4"]),  # nothing under the gap left of epoch 0
])
def test_axis_ticks_share_one_unit(ticks, texts):
    assert epoch_texts(ticks) == texts


def test_the_bottom_axis_uses_one_unit(plot):
    axis = plot.getPlotItem().getAxis("bottom")
    assert axis.tickStrings([0, 50_000, 100_000, 150_000], 1.0, 50_000) == ["0", "50k", "100k", "150k"]


def test_empty_state_until_points_arrive_and_after_clearing(plot):
    assert plot.objectName() == "errorPlot"
    assert plot.empty_text_visible() and EMPTY_TEXT == "Press Train to start"
    plot.append(3, np.array([1.0, 0.9, 0.8]))
    assert not plot.empty_text_visible()
    assert plot.point_count() == 3
    plot.clear_points()
    assert plot.empty_text_visible() and plot.point_count() == 0


def test_follows_the_training_and_shows_the_target(plot):
    plot.set_log_scale(False)
    plot.set_target(0.05)
    plot.append(4000, np.linspace(2.0, 0.5, 4000))
    (x0, x1), (y0, y1) = plot.getPlotItem().getViewBox().viewRange()
    assert x0 <= 1 and 4000 <= x1 <= 10_000
    assert y0 <= 0.05 and y1 >= 2.0
    assert plot._target_line.value() == pytest.approx(0.05)


def test_the_error_axis_is_logarithmic_from_the_start(plot):
    assert plot.log_scale() and plot.getPlotItem().ctrl.logYCheck.isChecked()
    plot.append(4000, np.geomspace(2.0, 0.02, 4000))
    (_, _), (y0, y1) = plot.getPlotItem().getViewBox().viewRange()
    assert y0 <= math.log10(0.01) and y1 >= math.log10(2.0)  # the plateau and the target both in view


def test_log_scale_moves_the_target_line_into_log_coordinates(plot, qtbot):
    plot.set_log_scale(False)
    plot.set_target(0.01)
    plot.append(100, np.geomspace(1.0, 0.001, 100))
    with qtbot.waitSignal(plot.logScaleChanged):
        plot.set_log_scale(True)
    assert plot.log_scale()
    assert plot._target_line.value() == pytest.approx(math.log10(0.01))
    (_, _), (y0, y1) = plot.getPlotItem().getViewBox().viewRange()
    assert y0 <= -3 and y1 >= 0
    plot.set_log_scale(False)
    assert plot._target_line.value() == pytest.approx(0.01)


def test_a_million_epochs_draw_from_a_bounded_array(plot):
    epoch = 0
    for _ in range(25):
        errors = np.abs(np.sin(np.arange(epoch, epoch + 50_000) / 7000.0)) + 0.01
        epoch += 50_000
        plot.append(epoch, errors)
    assert plot.point_count() == 1_250_000
    x, y = plot._curve.getData()
    assert x.size < 200_000  # the envelope, not 1.25 million points
    assert 10 ** y.max() == pytest.approx(plot.buffer.errors[: plot.point_count()].max())  # log10 on screen


def test_user_zoom_stops_following_until_auto_range(plot):
    plot.append(1000, np.linspace(1, 0.1, 1000))
    view = plot.getPlotItem().getViewBox()
    view.sigRangeChangedManually.emit([True, True])  # what a mouse drag or wheel emits
    assert not plot.is_following()
    plot.follow()
    assert plot.is_following()


def test_nan_errors_of_a_diverged_run_keep_the_range_finite(plot):
    plot.append(3, np.array([1.0, np.inf, np.nan]))
    (x0, x1), (y0, y1) = plot.getPlotItem().getViewBox().viewRange()
    assert all(np.isfinite([x0, x1, y0, y1])) and 10**y1 >= 1.0
    assert plot.point_count() == 3


def test_a_chunk_that_does_not_follow_on_is_noticed():
    buffer = ErrorBuffer()
    buffer.append(10, np.ones(10))
    buffer.append(30, np.ones(10))  # epochs 21..30: 11..20 are missing
    assert not buffer.contiguous


def test_the_context_menus_log_y_is_the_same_switch(plot):
    plot.set_log_scale(False)
    plot.set_target(0.01)
    plot.getPlotItem().ctrl.logYCheck.setChecked(True)
    assert plot.log_scale()
    assert plot._target_line.value() == pytest.approx(-2.0)
    plot.set_log_scale(False)
    assert not plot.getPlotItem().ctrl.logYCheck.isChecked()


# ---- what the user sees on the screen ----------------------------------------------------------------------
def curve_rows(plot) -> np.ndarray:
    """Row numbers (0 = top) of the grabbed plot's pixels in the curve's colour."""
    image = plot.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    pixels = np.frombuffer(image.constBits(), np.uint32).reshape(image.height(), image.bytesPerLine() // 4)
    colour = QColor(_CURVE_COLOUR).rgb() & 0xFFFFFFFF
    return np.nonzero(pixels[:, : image.width()] == colour)[0]


def scene_row(plot, epoch: float, error: float) -> float:
    """The widget row where the point (epoch, error) is drawn."""
    y = math.log10(error) if plot.log_scale() else error
    view = plot.getPlotItem().getViewBox()
    return plot.mapFromScene(view.mapViewToScene(pg.Point(epoch, y))).y()


@pytest.mark.parametrize("log", [False, True])
def test_the_first_spike_keeps_its_height_as_the_run_grows(plot, log):
    """XOR's error starts near 2 and falls within a few hundred epochs; a long run must not hide that."""
    plot.set_log_scale(log)
    errors = np.concatenate([np.full(50, 2.0), np.geomspace(1.0, 0.01, 1_439_950)])
    for end in (2_000, 150_000, 1_440_000):
        start = plot.point_count()
        plot.append(end, errors[start:end])
        rows = curve_rows(plot)
        assert rows.size and abs(rows.min() - scene_row(plot, 1, 2.0)) <= 3, f"after {end:,} epochs"


def test_a_single_step_is_drawn(plot):
    plot.append(1, np.array([0.7]))
    assert curve_rows(plot).size > 0  # a dot: a line through one point would draw nothing
    plot.append(3, np.array([0.69, 0.68]))
    assert curve_rows(plot).size > 0
    plot.append(3 + SYMBOL_LIMIT, np.linspace(0.6, 0.5, SYMBOL_LIMIT))
    assert plot._curve.opts["symbol"] is None  # past a few epochs the line says it all


def test_the_target_line_shows_only_for_the_error_rule(plot):
    plot.set_target(1e-6)
    plot.append(100, np.geomspace(2.0, 0.5, 100))
    assert plot.target_visible() and plot._target_line.isVisible()
    assert "target error" in plot.getPlotItem().titleLabel.text
    assert plot.getPlotItem().getViewBox().viewRange()[1][0] <= -6  # the range reaches down to the target
    plot.set_target_visible(False)
    assert not plot._target_line.isVisible()
    assert "target" not in plot.getPlotItem().titleLabel.text
    assert plot.getPlotItem().getViewBox().viewRange()[1][0] > -1.5  # the errors fill the height
    plot.set_target_visible(True)
    assert plot._target_line.isVisible() and "1e-06" in plot.getPlotItem().titleLabel.text


def test_a_narrow_log_range_labels_only_1_2_and_5(plot):
    axis = plot.getPlotItem().getAxis("left")
    values = [math.log10(v) for v in (0.02, 0.03, 0.05, 0.07, 0.1, 0.2, 0.3)]
    texts = axis.tickStrings(values, 1.0, 0.1)
    assert [bool(t) for t in texts] == [True, False, True, False, True, True, False]
