"""The main window brings its parts together: insight docks, the study window, public signals, the target line."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtWidgets import QComboBox, QDockWidget, QSpinBox, QToolButton

from nndesk.engine import Network, StopReason, StopRule, train_many
from nndesk.ui.hyperparameters import STOP_ALL_CORRECT
from nndesk.ui.insight import InsightDocks, install_insight
from nndesk.ui.study_window import StudyWindow


def test_the_window_has_its_insight_docks_once(window):
    for name in ("networkDiagram", "truthCheck", "decisionMap", "stepThrough"):
        assert window.findChild(QDockWidget, name) is not None, name
    assert install_insight(window) is window.insight  # a second install adds nothing
    assert len(window.findChildren(InsightDocks)) == 1


def test_training_menu_opens_the_study_window_for_this_network(window, qtbot):
    window.findChild(QSpinBox, "maxEpochsSpin").setValue(777)
    window.study_action.trigger()
    study = window.findChild(StudyWindow, "studyWindow")
    assert study is not None and study.isVisible()
    assert study.configs()[0].max_epochs == 777 and study.configs()[0].topology == (2, 3, 2)
    window.study_action.trigger()
    assert window.findChildren(StudyWindow) == [study]
    study.close()


def test_progress_reaches_subscribers_with_the_epochs_shown(window, qtbot):
    seen = []
    window.trainingProgress.connect(lambda p: seen.append((p.epoch, p.errors.size)))
    window.findChild(QSpinBox, "maxEpochsSpin").setValue(20_000)
    with qtbot.waitSignal(window.trainingFinished, timeout=30_000):
        window.train_action.trigger()
    assert seen, "no progress reported"
    epochs = [epoch for epoch, _ in seen]
    assert epochs == sorted(epochs) and epochs[-1] <= 20_000
    # what the subscribers saw is exactly what the plot holds: every epoch, reported once
    assert sum(n for _, n in seen) == window.error_plot.buffer.n == epochs[-1]


def test_network_changed_on_reset_and_new_weights(window, qtbot):
    with qtbot.waitSignal(window.networkChanged, timeout=1000):
        window.new_weights_action.trigger()
    first = window.network
    with qtbot.waitSignal(window.networkChanged, timeout=1000):
        window.reset_action.trigger()
    assert window.network is not first
    np.testing.assert_array_equal(window.network.get_weights()[0], first.get_weights()[0])


def test_the_target_line_shows_only_for_the_error_target_rule(window):
    combo = window.findChild(QComboBox, "stopRuleCombo")
    assert window.error_plot.target_visible()
    combo.setCurrentIndex(combo.findData(STOP_ALL_CORRECT))
    assert not window.error_plot.target_visible()
    combo.setCurrentIndex(0)
    assert window.error_plot.target_visible()


def test_train_many_is_part_of_the_engine_interface():
    inputs = np.array([[0.0, 0], [0, 1], [1, 0], [1, 1]])
    targets = np.array([[0.0], [1], [1], [0]])
    study = train_many([2, 3, 1], inputs, targets, [3, 4], eta=0.5, alpha=0.5, stop=StopRule(error_below=1e-9),
                       max_epochs=300)
    alone = Network([2, 3, 1], eta=0.5, alpha=0.5, seed=4)
    errors = alone.train(inputs, targets, 300)
    second = study.seeds[1]
    assert second.seed == 4 and second.epochs == 300 and second.reason is StopReason.MAX_EPOCHS
    assert second.error == pytest.approx(float(errors[-1]), abs=1e-12)
    for layer, weights in enumerate(alone.get_weights()):
        np.testing.assert_allclose(study.weights[layer][1], weights, atol=1e-12)


def test_the_toolbar_does_not_jump_when_training_pauses(window, qtbot):
    step_button = window.findChild(QToolButton, "stepButton")
    x_ready = step_button.x()
    window.step_action.trigger()  # one epoch: the window is paused, Train reads Continue, Pause is off
    qtbot.waitUntil(lambda: window.train_action.text() == "Continue")
    assert window.pause_action.text().replace("&", "") == "Pause" and not window.pause_action.isEnabled()
    assert f"epoch {window.network.epochs:,}" in window.statusBar().currentMessage()  # not "Paused at" before it
    assert step_button.x() == x_ready


def test_the_insight_views_follow_every_new_network(window):
    """The views follow networkChanged alone: a preset, a new seed and Reset each bring a new network."""
    diagram = window.insight.diagram

    def drawn_weights_are_the_networks():
        return tuple(diagram.sizes()) == window.network.topology and all(
            np.array_equal(a, b) for a, b in zip(diagram._weights, window.network.get_weights(), strict=True))

    window.table_editor.choose_preset("Full adder")  # new columns and hidden layers
    assert window.network.topology[0] == 3 and drawn_weights_are_the_networks()
    window.findChild(QSpinBox, "seedSpin").setValue(window.network.seed + 1)
    assert window.network.seed == window.findChild(QSpinBox, "seedSpin").value() and drawn_weights_are_the_networks()
    window.step_action.trigger()
    window.reset_action.trigger()
    assert window.network.epochs == 0 and drawn_weights_are_the_networks()
