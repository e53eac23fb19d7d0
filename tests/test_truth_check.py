"""The truth check lists every training row with the network's answer and counts the right ones."""

from __future__ import annotations

import math

import numpy as np
import pytest
from PySide6.QtCore import Qt

from nndesk.engine import Network, StopReason, StopRule, train_until
from nndesk.engine.trace import step_row
from nndesk.ui.truth_check import TruthCheck, check_rows, count_text

X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=float)
T = np.array([[0, 0], [1, 0], [1, 0], [0, 1]], dtype=float)


def test_rows_are_checked_against_the_threshold_with_margins():
    raw = np.array([[0.1, 0.2], [0.7, 0.45], [0.5, 0.0], [0.2, 0.9]])
    checks = check_rows(raw, T, 0.5, 0.3)
    assert [c.correct for c in checks] == [True, True, False, True]  # 0.5 is not above the threshold
    assert [c.outputs for c in checks] == [(0, 0), (1, 0), (0, 0), (0, 1)]
    assert checks[0].margin == pytest.approx(0.3) and checks[1].margin == pytest.approx(0.05)
    assert checks[2].margin == 0.0
    assert [c.correct_with_margin for c in checks] == [True, False, False, True]
    assert count_text(checks) == "3 of 4 rows correct"
    assert count_text(checks, 0.3) == "3 of 4 rows correct (2 with margin 0.3)"


def test_a_dont_care_target_and_a_diverged_output():
    checks = check_rows(np.array([[0.9, 0.9], [math.nan, 0.1]]), np.array([[1, math.nan], [1, 0]]), 0.5)
    assert checks[0].correct and checks[0].margin == pytest.approx(0.4)
    assert not checks[1].correct and math.isnan(checks[1].margin)


def _outputs_during_epoch(epochs_before: int) -> np.ndarray:
    """Each row's outputs as the engine sees them in the next epoch: before that row's update."""
    net = Network([2, 3, 2], seed=2, eta=0.3, alpha=0.3)
    net.train(X, T, epochs_before)
    return np.array([step_row(net, x, t).outputs[-1] for x, t in zip(X, T, strict=True)])


def test_margin_count_agrees_with_the_engines_stop_rule():
    net = Network([2, 3, 2], seed=2, eta=0.3, alpha=0.3)
    result = train_until(net, X, T, StopRule(error_below=None, all_correct_margin=0.2, max_epochs=20000))
    assert result.reason is StopReason.ALL_CORRECT
    last, before = _outputs_during_epoch(result.epochs - 1), _outputs_during_epoch(result.epochs - 2)
    assert all(c.correct_with_margin for c in check_rows(last, T, 0.5, 0.2))
    assert not all(c.correct_with_margin for c in check_rows(before, T, 0.5, 0.2))


def test_the_panel_shows_each_row_and_the_count(qtbot):
    panel = TruthCheck()
    qtbot.addWidget(panel)
    panel.set_rows(X, T, ["A", "B"], ["Sum", "Carry"])
    panel.set_margin(0.1)
    panel.show_outputs(np.array([[0.1, 0.2], [0.7, 0.45], [0.4, 0.0], [0.2, 0.9]]), 0.5)
    assert panel.count_label.text() == "3 of 4 rows correct (2 with margin 0.1)"
    assert panel.cell_text(1, 1) == "0  1"
    assert panel.cell_text(1, 3) == "0.700  0.450"
    assert panel.cell_text(2, 4) == "0  0"
    assert panel.cell_text(2, 5) == "-0.100"
    assert [panel.cell_text(r, 0) for r in range(4)] == ["✓", "✓", "✗", "✓"]
    assert panel.model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == "A, B"
    panel.show_outputs(np.zeros((3, 2)), 0.5)  # a late update for an older table is ignored
    assert panel.cell_text(2, 0) == "✗"


def test_a_thousand_rows_are_formatted_only_where_the_view_shows_them(qtbot):
    """The view asks the model for the cells on screen; 1,000 rows cost a live update no more text than 20."""
    rng = np.random.default_rng(1)
    x, t = rng.uniform(-6, 6, (1000, 2)), (rng.uniform(size=(1000, 1)) > 0.5).astype(float)
    panel = TruthCheck()
    qtbot.addWidget(panel)
    panel.resize(400, 300)
    panel.set_rows(x, t, ["x1", "x2"], ["y"])
    raw = rng.uniform(size=(1000, 1))
    panel.show_outputs(raw, 0.5)
    panel.grab()
    asked = []
    text = panel.model.text
    panel.model.text = lambda r, c: asked.append(r) or text(r, c)
    panel.show_outputs(rng.uniform(size=(1000, 1)), 0.5)  # the next live update, painted
    panel.grab()
    assert asked and max(asked) < 40 and len(asked) <= 40 * 6  # the rows on screen, not the 1,000
    assert panel.count_label.text().endswith("of 1000 rows correct")
    assert panel.cell_text(999, 3) == f"{panel.model.raw[999, 0]:.3f}"  # the rest are there when scrolled to
