"""Step-through: the numbers shown are the engine's, for the article's seeded half adder."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from nndesk.engine import Network
from nndesk.ui.step_through import StepThrough

X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=float)
T = np.array([[0, 0], [1, 0], [1, 0], [0, 1]], dtype=float)


@pytest.fixture
def setup(qtbot):
    net = Network([2, 3, 2], seed=1)
    panel = StepThrough(lambda: net)
    qtbot.addWidget(panel)
    panel.set_problem(X, T, net.topology, ["A", "B"], ["Sum", "Carry"])
    return panel, net


def test_stepping_a_whole_epoch_equals_the_engines_epoch(setup, qtbot):
    panel, net = setup
    reference = net.copy()
    for _ in range(3):
        reference.train(X, T, 1)
        for _row in range(4):
            with qtbot.waitSignal(panel.stepped):
                qtbot.mouseClick(panel.next_button, Qt.MouseButton.LeftButton)
        for a, b in zip(net.get_weights(), reference.get_weights(), strict=True):
            assert np.array_equal(a, b)
        for a, b in zip(net.get_momenta(), reference.get_momenta(), strict=True):
            assert np.array_equal(a, b)
    assert panel.position_label.text() == "next: row 1 of 4 · 12 rows stepped"


def test_the_update_is_written_out_with_the_engines_numbers(setup):
    panel, net = setup
    panel.select_connection(1, 1, 2)  # hidden 3 -> Carry
    reference = net.copy()
    reference.train(X[:1], T[:1], 1)  # the engine's update for the first row alone
    trace = panel.step()
    c = trace.connection(1, 1, 2)
    assert c.w_new == reference.get_weights()[1][1, 2]
    assert c.d_new == reference.get_momenta()[1][1, 2]
    text = panel.shown_text()
    assert "connection hidden 3 → Carry" in text
    assert "gradient of Carry = error · f′(output of Carry)" in text  # whose output, said each time
    assert "Δw = η · gradient of Carry · output of hidden 3 + α · Δw_prev" in text
    assert f"= 0.09 · ({c.g:.6g}) · {c.a:.6g} + 0.015 · 0" in text
    assert f"w ← w + Δw = {c.w_old:.6g} + ({c.d_new:.6g}) = {c.w_new:.6g}" in text
    assert "error sent back to hidden 3 = w · gradient  (the new w)" in text
    assert f"   = {c.w_new:.6g} · ({c.g:.6g}) = {c.sent_back:.6g}" in text
    assert f"row error (RMS over the outputs) = {trace.row_error:.6g}" in text
    panel.select_connection(0, 0, 2)  # bias -> hidden 1
    assert "no error is sent back: bias is the bias" in panel.shown_text()


def test_disabled_while_training_and_a_mismatched_network_is_refused(setup):
    panel, net = setup
    before = net.get_weights()
    panel.setEnabled(False)
    assert panel.step() is None
    panel.setEnabled(True)
    panel.set_problem(np.zeros((2, 3)), np.zeros((2, 2)), (3, 3, 2), ["A", "B", "C"], ["Y", "Z"])
    assert panel.step() is None
    assert "does not fit" in panel.shown_text()
    assert all(np.array_equal(a, b) for a, b in zip(before, net.get_weights(), strict=True))
