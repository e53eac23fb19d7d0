"""A short soak of the window: ~2 s of half-adder training with the live plot, checked at 1 s and at 2 s.

What the plot draws, its min/max envelope and the exact recent errors all stay the same size however many
epochs go by: with the limits made small here, two seconds of training cross each of them many times over.
``benchmarks/soak.py`` measures the whole process over 10^7 epochs.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDoubleSpinBox, QSpinBox

from nndesk.project.error_buffer import ErrorBuffer
from nndesk.ui import MainWindow

FULL_LIMIT = 1 << 12  # small limits: 2 s of training crosses into the envelope and doubles its stride
ENVELOPE_LIMIT = 1 << 10
KEEP_LIMIT = 1 << 15  # and forgets the oldest exact errors many times


@pytest.fixture
def window(qtbot, monkeypatch):
    monkeypatch.setattr(ErrorBuffer, "FULL_LIMIT", FULL_LIMIT)  # before the window makes its buffer
    monkeypatch.setattr(ErrorBuffer, "ENVELOPE_LIMIT", ENVELOPE_LIMIT)
    monkeypatch.setattr(ErrorBuffer, "KEEP_LIMIT", KEEP_LIMIT)
    w = MainWindow(restore_session=False)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.pause()
    qtbot.waitUntil(lambda: not w.is_training(), timeout=5000)


def plot_sizes(window: MainWindow) -> dict[str, int]:
    """Epochs held, points handed to the curve, and bytes of the per-epoch errors and of the envelope."""
    buffer = window.error_plot.buffer
    x, _ = buffer.overview()  # what the following plot draws
    envelope = sum(a.nbytes for a in (buffer._env_x, buffer._env_min, buffer._env_max))
    return {
        "epochs": buffer.n,
        "drawn": x.size,
        "stride": buffer.stride,
        "errors": buffer.errors.nbytes,
        "envelope": envelope,
    }


@pytest.mark.slow
def test_two_seconds_of_training_draw_from_a_bounded_envelope(window, qtbot):
    window.findChild(QSpinBox, "maxEpochsSpin").setValue(2_000_000_000)
    target = window.findChild(QDoubleSpinBox, "targetErrorSpin")
    target.setValue(target.minimum())  # never reached: only the pause ends this run
    window.train_action.trigger()
    qtbot.waitUntil(lambda: window.error_plot.buffer.n > 8 * FULL_LIMIT, timeout=10_000)
    qtbot.wait(1000)
    early = plot_sizes(window)
    qtbot.waitUntil(lambda: window.error_plot.buffer.n > 2 * early["epochs"], timeout=10_000)
    late = plot_sizes(window)

    for sizes in (early, late):
        assert sizes["drawn"] <= 2 * ENVELOPE_LIMIT + sizes["stride"], sizes  # blocks' min and max + a tail
        assert sizes["stride"] <= 2 * sizes["epochs"] / ENVELOPE_LIMIT, sizes  # blocks stay near the limit
        assert sizes["errors"] <= 8 * KEEP_LIMIT, sizes  # the exact recent errors: bounded
    assert late["epochs"] > 2 * KEEP_LIMIT, late  # ... although many more epochs went by
    assert late["envelope"] == early["envelope"] and late["errors"] == early["errors"]
    assert late["drawn"] <= 3 * ENVELOPE_LIMIT < late["epochs"] / 10, late
