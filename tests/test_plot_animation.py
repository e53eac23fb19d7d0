"""A live pyqtgraph curve keeps animating for over 5 s without killing the interpreter.

PySide6 6.12.0 on Python 3.11 aborts such a window after a few seconds with
``Fatal Python error: none_dealloc`` (a reference-count underflow on None in signal dispatch). The abort takes
pytest down with it, so this test fails loudly instead of passing quietly on a broken Qt binding.
"""

from __future__ import annotations

import time

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QTimer

ANIMATION_S = 5.5
FRAME_MS = 16  # about 60 frames a second, as a training plot redraws


@pytest.mark.slow
def test_a_live_curve_animates_for_five_seconds(qtbot):
    plot = pg.PlotWidget(title="error per epoch")
    qtbot.addWidget(plot)
    curve = plot.plot(pen="y")
    plot.show()
    qtbot.waitExposed(plot)

    errors = np.empty(0)
    frames = 0
    rng = np.random.default_rng(1)

    def next_frame() -> None:
        nonlocal errors, frames
        new = np.exp(-0.01 * (errors.size + np.arange(50))) + 0.01 * rng.random(50)
        errors = np.concatenate([errors, new])
        curve.setData(errors)  # a new array every frame, as a training plot receives its batches
        plot.setTitle(f"epoch {errors.size}")
        frames += 1

    timer = QTimer()
    timer.setInterval(FRAME_MS)
    timer.timeout.connect(next_frame)
    started = time.monotonic()
    timer.start()
    qtbot.wait(int(ANIMATION_S * 1000))
    timer.stop()
    elapsed = time.monotonic() - started

    assert elapsed >= 5.0
    assert frames >= 100, f"only {frames} frames in {elapsed:.1f} s: the event loop did not keep up"
    _, shown_y = curve.getData()
    assert shown_y is not None and len(shown_y) == errors.size == 50 * frames
    assert not plot.grab().isNull()
