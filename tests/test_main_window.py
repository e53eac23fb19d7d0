"""The main window, driven the way a user drives it: by object name, clicks and typed values."""

from __future__ import annotations

import json

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDockWidget,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QToolButton,
    QWidget,
)

import nndesk
from nndesk.engine import Network, StopReason
from nndesk.project.presets import PRESETS
from nndesk.project.project_file import Project, dumps, loads
from nndesk.ui import MainWindow
from nndesk.ui.main_window import State
from nndesk.ui.settings import open_settings

OBJECT_NAMES = [
    "topologyEditor", "trainingTable", "presetCombo", "etaSpin", "alphaSpin", "seedSpin", "targetErrorSpin",
    "maxEpochsSpin", "trainButton", "pauseButton", "stepButton", "resetButton", "errorPlot",
    "inputToggle0", "inputToggle1", "outputValue0", "outputValue1",
]


@pytest.fixture
def window(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    return w


def child(window: QWidget, cls, name: str):
    found = window.findChild(cls, name)
    assert found is not None, f"no {cls.__name__} named {name}"
    return found


def click(qtbot, window: QWidget, name: str) -> None:
    button = child(window, QToolButton, name) if name.endswith("Button") and window.findChild(
        QToolButton, name) else child(window, QPushButton, name)
    assert button.isEnabled(), f"{name} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def set_spin(spin: QAbstractSpinBox, value) -> None:
    spin.setValue(value)
    assert spin.value() == pytest.approx(value)


def choose_preset(window: MainWindow, name: str) -> None:
    combo = child(window, QComboBox, "presetCombo")
    combo.setCurrentIndex(combo.findText(name))
    assert combo.currentText() == name


def output_digits(window: MainWindow, n: int) -> list[int]:
    return [int(child(window, QLabel, f"outputValue{j}").text()[0]) for j in range(n)]


def set_toggles(qtbot, window: MainWindow, bits) -> None:
    for i, bit in enumerate(bits):
        toggle = child(window, QPushButton, f"inputToggle{i}")
        if toggle.isChecked() != bool(bit):
            qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
        assert toggle.isChecked() == bool(bit)


def test_opens_on_the_articles_demo(window):
    for name in OBJECT_NAMES:
        assert window.findChild(QWidget, name) is not None, name
    assert window.windowTitle() == "Untitled[*] — nndesk" and not window.isWindowModified()
    assert child(window, QComboBox, "presetCombo").currentText() == "Half adder"
    assert [child(window, QComboBox, "presetCombo").itemText(i) for i in range(5)] == list(PRESETS)[:5]
    assert window.topology_editor.topology() == [2, 3, 2]
    assert child(window, QDoubleSpinBox, "etaSpin").value() == pytest.approx(0.09)
    assert child(window, QDoubleSpinBox, "alphaSpin").value() == pytest.approx(0.015)
    assert child(window, QDoubleSpinBox, "targetErrorSpin").value() == pytest.approx(0.01)
    assert window.network.epochs == 0
    np.testing.assert_array_equal(window.network.get_weights()[0],
                                  Network([2, 3, 2], seed=window.network.seed).get_weights()[0])
    assert window.error_plot.empty_text_visible()
    assert child(window, QLabel, "outputValue0").text()[0] in "01"  # answers before any training
    assert window.state is State.READY


def test_about_names_the_version(window, qtbot, monkeypatch):
    shown = {}
    monkeypatch.setattr("nndesk.ui.main_window.QMessageBox.about",
                        lambda parent, title, text: shown.update(title=title, text=text))
    window.about_action.trigger()
    assert nndesk.__version__ in shown["text"]


def test_xor_trains_until_every_row_is_right_then_answers_the_toggles(window, qtbot):
    choose_preset(window, "XOR")
    assert window.topology_editor.topology()[0] == 2 and window.topology_editor.topology()[-1] == 1
    set_spin(child(window, QSpinBox, "seedSpin"), 3)
    set_spin(child(window, QDoubleSpinBox, "etaSpin"), 0.5)
    stop = child(window, QComboBox, "stopRuleCombo")
    stop.setCurrentIndex(stop.findText("All rows correct"))
    set_spin(child(window, QDoubleSpinBox, "marginSpin"), 0.2)
    with qtbot.waitSignal(window.trainingFinished, timeout=60_000) as finished:
        click(qtbot, window, "trainButton")
    result = finished.args[0]
    assert result.reason is StopReason.ALL_CORRECT
    assert window.statusBar().currentMessage().startswith("All rows correct at epoch")
    assert window.error_plot.point_count() == result.epochs
    for a, b in [(0, 0), (0, 1), (1, 0), (1, 1)]:
        set_toggles(qtbot, window, (a, b))
        assert output_digits(window, 1) == [a ^ b]
        assert child(window, QLabel, "outputMatch0").text() == "✓"


def test_pause_and_resume_keep_counting_epochs(window, qtbot):
    set_spin(child(window, QSpinBox, "maxEpochsSpin"), 1_000_000_000)
    click(qtbot, window, "trainButton")
    assert window.state is State.TRAINING
    qtbot.waitUntil(lambda: window.error_plot.point_count() > 2000, timeout=10_000)
    click(qtbot, window, "pauseButton")
    qtbot.waitUntil(lambda: window.state is State.PAUSED, timeout=5000)
    paused_at = window.network.epochs
    assert paused_at > 0
    assert window.error_plot.point_count() == paused_at
    assert f"{paused_at:,}" in child(window, QLabel, "epochLabel").text()
    qtbot.wait(100)
    assert window.network.epochs == paused_at  # paused really means stopped
    # one way on, not two: Train reads Continue, Pause is off (it used to read Resume beside Continue)
    assert child(window, QToolButton, "trainButton").text() == "Continue"
    assert not child(window, QToolButton, "pauseButton").isEnabled()
    assert child(window, QToolButton, "pauseButton").text() == "Pause"
    click(qtbot, window, "trainButton")  # Continue
    qtbot.waitUntil(lambda: window.error_plot.point_count() > paused_at + 1000, timeout=10_000)
    click(qtbot, window, "pauseButton")
    qtbot.waitUntil(lambda: window.state is State.PAUSED, timeout=5000)
    n = window.error_plot.point_count()
    assert n == window.network.epochs > paused_at
    buffer = window.error_plot.buffer
    assert buffer.first_epoch == 1 and buffer.contiguous and buffer.last_epoch() == n  # no gap, no restart


def test_step_trains_one_epoch(window, qtbot):
    click(qtbot, window, "stepButton")
    click(qtbot, window, "stepButton")
    assert window.network.epochs == 2
    assert window.error_plot.point_count() == 2
    assert "epoch 2" in child(window, QLabel, "epochLabel").text()
    assert not window.error_plot.empty_text_visible()


def test_reset_restores_the_same_initial_weights(window, qtbot):
    initial = window.network.get_weights()
    for _ in range(3):
        click(qtbot, window, "stepButton")
    assert not np.array_equal(window.network.get_weights()[0], initial[0])
    click(qtbot, window, "resetButton")
    assert window.network.epochs == 0
    for got, want in zip(window.network.get_weights(), initial, strict=True):
        np.testing.assert_array_equal(got, want)
    assert window.error_plot.point_count() == 0 and window.error_plot.empty_text_visible()


def test_reset_while_training_stops_and_restores(window, qtbot):
    initial = window.network.get_weights()
    click(qtbot, window, "trainButton")
    qtbot.waitUntil(lambda: window.error_plot.point_count() > 0, timeout=10_000)
    click(qtbot, window, "resetButton")
    assert not window.is_training()
    assert window.state is State.READY and window.network.epochs == 0
    np.testing.assert_array_equal(window.network.get_weights()[1], initial[1])


def test_seed_sets_the_weights_exactly_like_the_engine(window, qtbot):
    set_spin(child(window, QSpinBox, "seedSpin"), 7)
    want = Network([2, 3, 2], seed=7).get_weights()
    for got, w in zip(window.network.get_weights(), want, strict=True):
        np.testing.assert_array_equal(got, w)
    assert "Seed 7" in window.statusBar().currentMessage()


def test_new_weights_shows_a_fresh_seed(window, qtbot):
    seed_spin = child(window, QSpinBox, "seedSpin")
    before = seed_spin.value()
    click(qtbot, window, "newWeightsButton")
    assert seed_spin.value() != before
    np.testing.assert_array_equal(window.network.get_weights()[0],
                                  Network([2, 3, 2], seed=seed_spin.value()).get_weights()[0])


def test_changing_the_structure_reinitialises_and_says_so(window, qtbot):
    click(qtbot, window, "stepButton")
    window.topology_editor.add_button.click()
    assert window.topology_editor.topology() == [2, 3, 3, 2]
    assert window.network.topology == (2, 3, 3, 2) and window.network.epochs == 0
    assert "re-initialised" in window.statusBar().currentMessage()
    choose_preset(window, "Full adder")
    assert window.network.topology[0] == 3 and window.network.topology[-1] == 2
    assert window.findChild(QPushButton, "inputToggle2") is not None


def test_eta_and_alpha_change_while_training(window, qtbot):
    set_spin(child(window, QSpinBox, "maxEpochsSpin"), 1_000_000_000)
    click(qtbot, window, "trainButton")
    assert not window.table_editor.isEnabled() and not window.topology_editor.isEnabled()
    assert not child(window, QSpinBox, "seedSpin").isEnabled()
    set_spin(child(window, QDoubleSpinBox, "etaSpin"), 0.3)
    set_spin(child(window, QDoubleSpinBox, "alphaSpin"), 0.1)
    # applied by the worker at its next chunk, and recorded with the epoch it took effect at
    qtbot.waitUntil(lambda: (window.network.eta, window.network.alpha) == (0.3, 0.1), timeout=3000)
    steps = window.document.run_recorder.snapshot().interventions
    assert steps and steps[-1].kind == "settings" and (steps[-1].eta, steps[-1].alpha) == (0.3, 0.1)
    with qtbot.waitSignal(window.document.trainingPaused, timeout=5000):
        click(qtbot, window, "pauseButton")
    assert window.table_editor.isEnabled()


def test_toggles_update_the_outputs_at_once_when_idle(window, qtbot):
    net = window.network
    set_toggles(qtbot, window, (1, 0))
    raw = net.predict([1.0, 0.0])
    assert child(window, QLabel, "outputRaw0").text() == f"{raw[0]:.4f}"
    assert child(window, QLabel, "outputValue0").text() == str(int(raw[0] > 0.5))


def test_a_bad_cell_is_refused(window, qtbot):
    view = child(window, QTableView, "trainingTable")
    before = window.table_editor.table()
    index = view.model().index(1, 2)
    view.setCurrentIndex(index)
    view.edit(index)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "abc")
    with qtbot.waitSignal(window.table_editor.messageShown):
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert window.table_editor.table() == before
    assert window.statusBar().currentMessage()  # the refusal is said where the user looks
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)


def test_log_scale_action_switches_the_plot(window, qtbot):
    assert window.error_plot.log_scale() and window.log_action.isChecked()  # log by default
    window.log_action.trigger()
    assert not window.error_plot.log_scale()
    window.log_action.trigger()
    assert window.error_plot.log_scale()


def test_closing_while_training_stops_the_thread_cleanly(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    set_spin(child(w, QSpinBox, "maxEpochsSpin"), 1_000_000_000)
    click(qtbot, w, "trainButton")
    qtbot.waitUntil(lambda: w.error_plot.point_count() > 0, timeout=10_000)
    assert w.close()
    assert not w.is_training()
    epochs = w.network.epochs
    qtbot.wait(100)
    assert w.network.epochs == epochs


def test_settings_are_remembered(qtbot):
    first = MainWindow()
    qtbot.addWidget(first)
    first.show()
    choose_preset(first, "XOR")
    set_spin(child(first, QDoubleSpinBox, "etaSpin"), 0.25)
    set_spin(child(first, QSpinBox, "seedSpin"), 42)
    first.log_action.trigger()
    first.findChild(QDockWidget, "decisionMap").close()
    first.close()
    remembered = loads(open_settings().value("session/project"))  # the session is project JSON
    assert remembered.training.eta == pytest.approx(0.25) and remembered.seed == 42
    assert remembered.state is None and len(remembered.history) == 0  # not the weights: it restarts at epoch 0
    second = MainWindow()
    qtbot.addWidget(second)
    assert child(second, QComboBox, "presetCombo").currentText() == "XOR"
    assert child(second, QDoubleSpinBox, "etaSpin").value() == pytest.approx(0.25)
    assert child(second, QSpinBox, "seedSpin").value() == 42
    assert second.network.seed == 42 and second.network.eta == pytest.approx(0.25)
    assert not second.error_plot.log_scale()  # the user switched the default (log) off
    # the layout comes back: the dock the user closed stays closed (sizes are not compared: the offscreen
    # screen, 800 x 600, is smaller than the window, so restoreGeometry shrinks it to fit)
    second.show()
    assert not second.findChild(QDockWidget, "decisionMap").isVisible()
    assert second.findChild(QDockWidget, "networkDiagram").isVisible()


def test_damaged_settings_fall_back_to_the_demo(qtbot):
    settings = open_settings()
    settings.setValue("session/project", '{"format": "nndesk-project", "version": 1, "table": {not json')
    settings.sync()
    w = MainWindow()
    qtbot.addWidget(w)
    assert child(w, QComboBox, "presetCombo").currentText() == "Half adder"
    assert w.topology_editor.topology() == [2, 3, 2]
    assert w.network.eta == pytest.approx(0.09)


def test_divergence_ends_with_a_clear_message(window, qtbot):
    child(window, QComboBox, "outputActivationCombo").setCurrentText("linear")
    assert window.network.activations[-1] == "linear"
    set_spin(child(window, QDoubleSpinBox, "etaSpin"), 5.0)
    set_spin(child(window, QDoubleSpinBox, "alphaSpin"), 0.99)
    with qtbot.waitSignal(window.trainingFinished, timeout=30_000) as finished:
        click(qtbot, window, "trainButton")
    assert finished.args[0].reason is StopReason.DIVERGED
    assert window.state is State.DIVERGED
    assert "diverged" in window.statusBar().currentMessage()
    assert child(window, QLabel, "outputValue0").text() == "–"  # no fake answer from NaN
    # Train and Step are off until Reset or New weights; the button says why
    train_button = child(window, QToolButton, "trainButton")
    assert not train_button.isEnabled() and not child(window, QToolButton, "stepButton").isEnabled()
    assert "Reset" in window.train_action.toolTip()
    window.train()  # a shortcut that slipped through is refused with the same advice
    assert "Reset" in window.statusBar().currentMessage()
    click(qtbot, window, "resetButton")
    assert train_button.isEnabled() and "diverged" not in window.train_action.toolTip()
    assert window.state is State.READY and child(window, QLabel, "outputValue0").text()[0] in "01"


# ---- the hyperparameter form on its own -----------------------------------------------------------------
def test_form_reports_user_edits_only(qtbot):
    from nndesk.ui.hyperparameters import STOP_ERROR, HyperparameterForm, Hyperparameters

    form = HyperparameterForm()
    qtbot.addWidget(form)
    seen: list[tuple] = []
    form.etaChanged.connect(lambda v: seen.append(("eta", v)))
    form.seedChanged.connect(lambda v: seen.append(("seed", v)))
    form.stopRuleChanged.connect(lambda: seen.append(("stop",)))
    form.set_values(Hyperparameters(eta=0.3, seed=9, target_error=0.05))
    form.set_seed(11)
    assert seen == []  # programmatic changes are silent
    assert form.values() == Hyperparameters(eta=0.3, seed=11, target_error=0.05, stop_rule=STOP_ERROR)
    form.eta_spin.setValue(0.2)
    new_seed = form.choose_new_seed()
    assert ("eta", pytest.approx(0.2)) in seen and ("seed", new_seed) in seen
    form.stop_combo.setCurrentIndex(1)
    assert ("stop",) in seen
    assert form.margin_spin.isVisibleTo(form) and not form.target_spin.isVisibleTo(form)
    form.set_training(True)
    assert form.eta_spin.isEnabled() and form.alpha_spin.isEnabled()  # may change while training
    assert not form.seed_spin.isEnabled() and not form.max_epochs_spin.isEnabled()


def test_a_failing_run_is_reported_without_blocking(window, qtbot, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr("nndesk.ui.training_worker.train_until", broken)
    click(qtbot, window, "trainButton")
    qtbot.waitUntil(lambda: window.state is State.STOPPED, timeout=5000)
    assert "disk on fire" in window.statusBar().currentMessage()
    assert not window.is_training()
    boxes = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.windowTitle() == "Training failed"]
    assert boxes
    for box in boxes:
        box.close()


def test_a_session_of_an_older_version_is_upgraded_like_a_project_file(qtbot):
    settings = open_settings()
    old = {"format": "nndesk-project", "version": 0, "inputs": ["A", "B"], "targets": ["Y"],
           "rows": [[0, 0, 0], [0, 1, 1], [1, 0, 1], [1, 1, 0]], "hidden": [4], "eta": 0.3, "alpha": 0.2, "seed": 5}
    settings.setValue("session/project", json.dumps(old))
    settings.sync()
    w = MainWindow()
    qtbot.addWidget(w)
    assert child(w, QComboBox, "presetCombo").currentText() == "XOR"
    assert w.topology_editor.topology() == [2, 4, 1]
    assert (w.network.eta, w.network.alpha, w.network.seed) == (pytest.approx(0.3), pytest.approx(0.2), 5)


def test_remembered_values_that_no_longer_fit_fall_back_to_the_demo(qtbot):
    settings = open_settings()
    too_big = Project(PRESETS["XOR"], (2, 3, 100, 1), ("tanh", "sigmoid", "sigmoid"))  # more than the editor shows
    settings.setValue("session/project", dumps(too_big))
    settings.sync()
    w = MainWindow()
    qtbot.addWidget(w)
    assert w.topology_editor.topology() == [2, 3, 2]
    assert w.network.activations == ("sigmoid", "sigmoid")
