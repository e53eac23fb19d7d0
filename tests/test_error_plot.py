"""The live error plot: growing buffer, min/max envelope for long runs, target line, log scale, empty state."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nndesk.ui.error_plot import EMPTY_TEXT, ErrorBuffer, ErrorPlot, epoch_text, nice_ceiling


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


def test_window_returns_every_epoch_of_a_stretch():
    buffer = ErrorBuffer()
    buffer.append(500_000, np.arange(500_000, dtype=float))
    x, y = buffer.window(1000, 2000)
    assert x[0] <= 1000 and x[-1] >= 2000 and x.size <= 1003
    np.testing.assert_array_equal(y, x - 1)


def test_nice_ceiling():
    assert [nice_ceiling(v) for v in (0.3, 1, 1.4, 2.1, 7, 12, 999)] == pytest.approx([0.3, 1, 1.5, 2.5, 8, 12.5, 1000])
    assert [epoch_text(v) for v in (950, 25_000, 250_000, 1_500_000)] == ["950", "25,000", "250k", "1.5M"]


def test_empty_state_until_points_arrive_and_after_clearing(plot):
    assert plot.objectName() == "errorPlot"
    assert plot.empty_text_visible() and EMPTY_TEXT == "Press Train to start"
    plot.append(3, np.array([1.0, 0.9, 0.8]))
    assert not plot.empty_text_visible()
    assert plot.point_count() == 3
    plot.clear_points()
    assert plot.empty_text_visible() and plot.point_count() == 0


def test_follows_the_training_and_shows_the_target(plot):
    plot.set_target(0.05)
    plot.append(4000, np.linspace(2.0, 0.5, 4000))
    (x0, x1), (y0, y1) = plot.getPlotItem().getViewBox().viewRange()
    assert x0 <= 1 and 4000 <= x1 <= 10_000
    assert y0 <= 0.05 and y1 >= 2.0
    assert plot._target_line.value() == pytest.approx(0.05)


def test_log_scale_moves_the_target_line_into_log_coordinates(plot, qtbot):
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
    assert y.max() == pytest.approx(plot.buffer.errors[: plot.point_count()].max())


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
    assert all(np.isfinite([x0, x1, y0, y1])) and y1 >= 1.0
    assert plot.point_count() == 3


def test_a_chunk_that_does_not_follow_on_is_noticed():
    buffer = ErrorBuffer()
    buffer.append(10, np.ones(10))
    buffer.append(30, np.ones(10))  # epochs 21..30: 11..20 are missing
    assert not buffer.contiguous


def test_the_context_menus_log_y_is_the_same_switch(plot):
    plot.set_target(0.01)
    plot.getPlotItem().ctrl.logYCheck.setChecked(True)
    assert plot.log_scale()
    assert plot._target_line.value() == pytest.approx(-2.0)
    plot.set_log_scale(False)
    assert not plot.getPlotItem().ctrl.logYCheck.isChecked()
