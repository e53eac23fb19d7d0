"""The insight docks inside the real main window: they follow the network, training, Step and the toggles."""

from __future__ import annotations

import csv
import gc

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QComboBox, QDockWidget, QDoubleSpinBox, QPushButton

from nndesk.engine.trace import step_row
from nndesk.ui import MainWindow
from nndesk.ui.insight import InsightDocks, install_insight
from nndesk.ui.main_window import State


@pytest.fixture
def window(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1400, 850)
    docks = install_insight(w)
    w.show()
    qtbot.waitExposed(w)
    w.docks = docks  # keep the wiring alive with the window for the test
    return w


def _dock(window, name: str) -> QDockWidget:
    dock = window.findChild(QDockWidget, name)
    assert dock is not None, name
    return dock


def _show_dock(window, qtbot, name: str) -> None:
    dock = _dock(window, name)
    dock.raise_()
    qtbot.waitUntil(dock.widget().isVisible)


def test_four_docks_with_view_menu_switches(window):
    for name in ("networkDiagram", "truthCheck", "decisionMap", "stepThrough"):
        dock = _dock(window, name)
        assert window.dockWidgetArea(dock) == Qt.DockWidgetArea.RightDockWidgetArea
        toggle = dock.toggleViewAction()
        view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
        assert toggle in view_menu.actions()
    tabbed = {d.objectName() for d in window.tabifiedDockWidgets(_dock(window, "networkDiagram"))}
    assert tabbed >= {"truthCheck", "decisionMap", "stepThrough"}  # (issue 16 adds weightsView, forwardPass)


def test_the_views_follow_step_and_reset(window, qtbot):
    docks = window.docks
    _show_dock(window, qtbot, "truthCheck")
    assert docks.truth.model.rowCount() == 4
    qtbot.mouseClick(window.findChild(QPushButton, "inputToggle0"), Qt.MouseButton.LeftButton)
    for _ in range(3):
        window.step_action.trigger()
    net = window.network
    raw = net.predict(window.table_editor.table().inputs)
    assert docks.truth.cell_text(3, 3) == f"{raw[3, 0]:.3f}  {raw[3, 1]:.3f}"
    assert docks.truth.count_label.text().endswith("of 4 rows correct")
    _show_dock(window, qtbot, "networkDiagram")
    assert all(np.array_equal(a, b) for a, b in zip(docks.diagram._weights, net.get_weights(), strict=True))
    window.reset_action.trigger()
    assert all(np.array_equal(a, b) for a, b in zip(docks.diagram._weights, window.network.get_weights(),
                                                        strict=True))


def test_the_diagram_hover_shows_the_toggled_rows_numbers(window, qtbot):
    docks = window.docks
    _show_dock(window, qtbot, "networkDiagram")
    window.predict_panel.set_input_row([1.0, 0.0])
    expected = step_row(window.network.copy(), [1.0, 0.0], [1.0, 0.0])  # the half adder's row 1 0 -> 1 0
    lay = docks.diagram._ensure_layout()
    x, y = lay.centres[2][0]
    text = docks.diagram.describe(QPointF(x, y))
    assert f"output: {expected.outputs[2][0]:.6g}" in text
    assert f"gradient: {expected.gradients[2][0]:.6g}" in text
    hx, hy = lay.centres[1][0]
    assert "learned: " in docks.diagram.describe(QPointF(hx, hy))


def test_clicking_an_input_neuron_flips_the_toggle(window, qtbot):
    docks = window.docks
    _show_dock(window, qtbot, "networkDiagram")
    toggle = window.findChild(QPushButton, "inputToggle1")
    before = toggle.isChecked()
    lay = docks.diagram._ensure_layout()
    x, y = lay.centres[0][1]
    qtbot.mouseClick(docks.diagram, Qt.MouseButton.LeftButton, pos=QPointF(x, y).toPoint())
    assert toggle.isChecked() != before


def test_step_through_steps_rows_and_is_locked_while_training(window, qtbot):
    docks = window.docks
    _show_dock(window, qtbot, "stepThrough")
    reference = window.network.copy()
    table = window.table_editor.table()
    reference.train(table.inputs[:1], table.targets[:1], 1)
    qtbot.mouseClick(docks.steps.next_button, Qt.MouseButton.LeftButton)
    assert np.array_equal(window.network.get_weights()[0], reference.get_weights()[0])
    assert "Δw = η · gradient of Sum · output of hidden 1 + α · Δw_prev" in docks.steps.shown_text()
    window.train()
    assert window.state is State.TRAINING
    assert not docks.steps.isEnabled() and not docks.steps.next_button.isEnabled()
    window.pause()
    qtbot.waitUntil(lambda: window.state is State.PAUSED, timeout=5000)
    assert docks.steps.isEnabled()


def test_live_updates_while_training(window, qtbot):
    docks = window.docks
    _show_dock(window, qtbot, "truthCheck")
    window.train()
    qtbot.waitUntil(lambda: docks.truth.count_label.text() != "" and window.network.epochs > 0, timeout=5000)
    window.pause()
    qtbot.waitUntil(lambda: window.state is not State.TRAINING, timeout=5000)
    raw = window.network.predict(window.table_editor.table().inputs)
    assert docks.truth.cell_text(0, 3) == f"{raw[0, 0]:.3f}  {raw[0, 1]:.3f}"  # refreshed when it paused


def test_exports(window, tmp_path, qtbot):
    docks = window.docks
    for _ in range(5):
        window.step_action.trigger()
    for kind in ("diagram.png", "diagram.svg", "plot.png", "plot.svg", "map.png", "map.svg"):
        if kind.startswith("map"):
            _show_dock(window, qtbot, "decisionMap")
        path = tmp_path / f"out-{kind}"
        docks.export(kind, str(path))
        assert path.stat().st_size > 500, kind
    path = tmp_path / "errors.csv"
    docks.export("errors.csv", str(path))
    with path.open(encoding="utf-8") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["epoch", "error", "first_epoch", "last_epoch", "min_error", "max_error"]
    assert [int(r[0]) for r in rows[1:]] == [1, 2, 3, 4, 5] and all(r[2:] == [""] * 4 for r in rows[1:])
    assert float(rows[-1][1]) == window.error_plot.buffer.errors[4]


def test_a_view_behind_a_tab_is_brought_up_to_date_when_shown(window, qtbot):
    docks = window.docks
    _show_dock(window, qtbot, "networkDiagram")
    window.step_action.trigger()
    assert docks.truth.cell_text(0, 3) == ""  # behind its tab: not computed
    _show_dock(window, qtbot, "truthCheck")
    raw = window.network.predict(window.table_editor.table().inputs)
    qtbot.waitUntil(lambda: docks.truth.cell_text(0, 3) == f"{raw[0, 0]:.3f}  {raw[0, 1]:.3f}")


def test_the_file_menu_offers_the_exports(window):
    file_menu = next(a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "File")
    menus = [a.menu() for a in file_menu.actions() if a.menu() is not None]
    export = next(m for m in menus if m.objectName() == "exportMenu")
    names = {a.objectName() for a in export.actions()}
    assert {"export_diagram_png", "export_diagram_svg", "export_plot_png", "export_plot_svg",
            "export_map_png", "export_map_svg", "export_errors_csv"} <= names


def test_the_diagram_follows_training_live(window, qtbot):
    docks = window.docks
    _show_dock(window, qtbot, "networkDiagram")
    start = [w.copy() for w in docks.diagram._weights]
    window.train()
    qtbot.waitUntil(lambda: not np.array_equal(docks.diagram._weights[0], start[0]), timeout=5000)
    assert window.state is State.TRAINING  # updated during training, not only at its end
    window.pause()
    qtbot.waitUntil(lambda: window.state is not State.TRAINING, timeout=5000)


def test_clicking_a_connection_in_the_diagram_selects_it_for_the_step_through(window, qtbot):
    docks = window.docks
    _show_dock(window, qtbot, "networkDiagram")
    docks.diagram.connectionClicked.emit(1, 1, 2)
    assert docks.steps.selected_connection() == (1, 1, 2)


@pytest.mark.parametrize("shown", ["networkDiagram", "truthCheck", "decisionMap", "stepThrough"])
def test_a_diverged_network_is_shown_without_errors(window, qtbot, shown):
    _show_dock(window, qtbot, shown)
    window.findChild(QComboBox, "outputActivationCombo").setCurrentText("linear")
    window.findChild(QDoubleSpinBox, "etaSpin").setValue(5.0)
    window.findChild(QDoubleSpinBox, "alphaSpin").setValue(0.99)
    with qtbot.waitSignal(window.trainingFinished, timeout=30_000):
        window.train_action.trigger()
    assert window.state is State.DIVERGED
    window.docks.steps.step()  # refused or done, but never a traceback
    window.docks.refresh_values()
    window.repaint()


def test_the_wiring_lives_with_the_window_without_a_python_reference(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    install_insight(w)  # the one line the window will call, result unused
    gc.collect()
    w.show()
    qtbot.waitExposed(w)
    _show_dock(w, qtbot, "truthCheck")
    w.step_action.trigger()
    docks = w.findChild(InsightDocks, "insightDocks")
    raw = w.network.predict(w.table_editor.table().inputs)
    assert docks.truth.cell_text(0, 3) == f"{raw[0, 0]:.3f}  {raw[0, 1]:.3f}"
