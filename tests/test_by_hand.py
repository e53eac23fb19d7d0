"""The numbers by hand (issue 16) in the real window: a weight typed in the diagram or the weights view, undo,
refusal while training, the weights view and its Hinton diagram live while training, the forward pass."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QDockWidget, QLabel, QLineEdit, QPushButton

from nndesk.engine import reference
from nndesk.engine.activations import activation
from nndesk.engine.forward_steps import forward_steps
from nndesk.engine.trace import forward_trace
from nndesk.project.project_file import load_project, save_project
from nndesk.project.replay import compare, run_to, start
from nndesk.ui.appearance import DARK, DARK_TONES, LIGHT, LIGHT_TONES, apply_appearance
from nndesk.ui.by_hand import ByHand
from nndesk.ui.main_window import State
from nndesk.ui.weights_view import HintonDiagram


def _show_dock(window, qtbot, name: str) -> QDockWidget:
    dock = window.findChild(QDockWidget, name)
    assert dock is not None, name
    dock.raise_()
    qtbot.waitUntil(dock.widget().isVisible)
    return dock


def _point_on(diagram, target: tuple[int, int, int]) -> QPoint:
    """A pixel of the diagram on connection ``target`` and on no neuron (found through the diagram's own hit test)."""
    for y in range(0, diagram.height(), 2):
        for x in range(0, diagram.width(), 2):
            p = QPointF(x, y)
            if diagram.neuron_at(p) is None and diagram.connection_at(p, 1.5) == target:
                return QPoint(x, y)
    raise AssertionError(f"no pixel on connection {target}")


def _by_hand(window) -> ByHand:
    found = window.findChild(ByHand, "byHand")
    assert found is not None
    return found


def _answers(window) -> tuple[list[str], str, np.ndarray]:
    """What the window shows: the Try it answers, the truth check's first row outputs, the decision map."""
    docks = window.insight
    raws = [window.predict_panel.findChild(QLabel, f"outputRaw{j}").text() for j in range(2)]
    return raws, docks.truth.cell_text(3, 3), docks.decision.values().copy()


def test_a_weight_typed_in_the_diagram_changes_the_outputs_at_once_and_can_be_undone(window, qtbot):
    docks = window.insight
    window.predict_panel.set_input_row([1, 1])
    _show_dock(window, qtbot, "decisionMap")
    _show_dock(window, qtbot, "truthCheck")
    before = _answers(window)
    _show_dock(window, qtbot, "networkDiagram")
    diagram = docks.diagram
    where = (1, 0, 0)  # hidden 1 -> Sum
    old = float(window.network.get_weights()[1][0, 0])
    qtbot.mouseClick(diagram, Qt.MouseButton.LeftButton, pos=_point_on(diagram, where))
    editor = diagram.findChild(QLineEdit, "weightEditor")
    assert editor.isVisible() and editor.hasFocus() and editor.selectedText() == editor.text()
    assert float(editor.text()) == pytest.approx(old, abs=1e-5)
    qtbot.keyClicks(editor, "-7.5")  # typing replaces the selected weight
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert not editor.isVisible()
    assert window.network.get_weights()[1][0, 0] == -7.5
    assert window.isWindowModified()
    raw = window.network.predict(np.array([[1.0, 1.0]]))[0]
    assert _answers(window)[0] == [f"{raw[0]:.4f}", f"{raw[1]:.4f}"] != before[0]
    _show_dock(window, qtbot, "truthCheck")
    assert docks.truth.cell_text(3, 3) == f"{raw[0]:.3f}  {raw[1]:.3f}" != before[1]
    _show_dock(window, qtbot, "decisionMap")
    assert not np.allclose(docks.decision.values(), before[2])
    assert "Undo" in window.undo_action.text() and "hidden 1 → Sum" in window.undo_action.text()
    window.undo_action.trigger()
    assert window.network.get_weights()[1][0, 0] == old
    _show_dock(window, qtbot, "truthCheck")
    after = _answers(window)
    assert after[0] == before[0] and after[1] == before[1] and np.array_equal(after[2], before[2])
    window.redo_action.trigger()
    assert window.network.get_weights()[1][0, 0] == -7.5


def test_the_new_docks_are_tabs_behind_the_diagram(window):
    names = {d.objectName() for d in window.tabifiedDockWidgets(window.findChild(QDockWidget, "networkDiagram"))}
    assert {"weightsView", "forwardPass"} <= names
    assert window.insight.diagram.isVisible()  # the diagram is still the tab in front when the window opens
    assert all(view.visibleRegion().isEmpty() for view in (_by_hand(window).forward, _by_hand(window).weights_view))
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    assert {"weightsViewToggle", "forwardPassToggle"} <= {a.objectName() for a in view_menu.actions()}


def test_escape_and_text_that_is_no_number_leave_the_weight(window, qtbot):
    diagram = window.insight.diagram
    _show_dock(window, qtbot, "networkDiagram")
    weights = window.network.get_weights()
    qtbot.mouseClick(diagram, Qt.MouseButton.LeftButton, pos=_point_on(diagram, (0, 1, 2)))
    editor = diagram.findChild(QLineEdit, "weightEditor")
    qtbot.keyClicks(editor, "abc")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert editor.isVisible()  # still there to correct
    assert "is not a number" in window.statusBar().currentMessage()
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert not editor.isVisible()
    assert all(np.array_equal(a, b) for a, b in zip(weights, window.network.get_weights(), strict=True))
    assert not window.undo_stack.canUndo()


def test_editing_is_refused_while_training_and_allowed_when_paused(endless_window, qtbot):
    window = endless_window
    by_hand = _by_hand(window)
    _show_dock(window, qtbot, "networkDiagram")
    diagram = window.insight.diagram
    point = _point_on(diagram, (1, 1, 3))
    window.train()
    qtbot.waitUntil(lambda: window.state is State.TRAINING)
    qtbot.mouseClick(diagram, Qt.MouseButton.LeftButton, pos=point)
    assert not diagram.findChild(QLineEdit, "weightEditor").isVisible()
    assert window.statusBar().currentMessage().startswith("Pause training to edit a weight")
    assert by_hand.edit_weight(1, 1, 3, 2.0) is False  # the weights view's route
    assert not window.undo_stack.canUndo()
    window.pause()
    qtbot.waitUntil(lambda: window.state is State.PAUSED, timeout=5000)
    epochs = window.network.epochs
    assert by_hand.edit_weight(1, 1, 3, 2.0)
    assert window.network.get_weights()[1][1, 3] == 2.0 and window.network.epochs == epochs
    assert window.state is State.PAUSED  # Continue trains on from the edited weights


def test_a_cell_of_the_weights_view_edits_the_weight(window, qtbot):
    by_hand = _by_hand(window)
    _show_dock(window, qtbot, "weightsView")
    table = by_hand.weights_view.tables[0]
    old = window.network.get_weights()[0][2, 1]
    assert table.model().index(2, 1).data() == f"{old:.3f}"
    table.setCurrentIndex(table.model().index(2, 1))
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_0)  # a key starts editing
    qtbot.waitUntil(lambda: table.findChild(QLineEdit) is not None and table.findChild(QLineEdit).hasFocus())
    editor = table.findChild(QLineEdit)
    assert editor.text() == "0"
    qtbot.keyClicks(editor, ",25")  # a decimal comma is read too
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)
    assert window.network.get_weights()[0][2, 1] == 0.25
    assert table.model().index(2, 1).data() == "0.250"
    window.undo_action.trigger()
    assert window.network.get_weights()[0][2, 1] == old
    assert table.model().index(2, 1).data() == f"{old:.3f}"


def test_a_hand_edited_network_saves_reopens_and_replays(window, qtbot, tmp_path):
    by_hand = _by_hand(window)
    assert by_hand.edit_weight(0, 0, 2, 3.25)  # at epoch 0: the state must still be saved
    path = tmp_path / "edited.nndesk"
    save_project(window.document.project(), path)
    project = load_project(path)
    assert project.state is not None and project.state.weights[0][0, 2] == 3.25
    assert compare(run_to(start(project), project, project.state.epochs), project) == []
    for _ in range(3):
        window.step_action.trigger()
    assert by_hand.edit_weight(1, 1, 0, -2.0)
    window.step_action.trigger()
    save_project(window.document.project(), path)
    project = load_project(path)
    assert [s.kind for s in project.run.interventions] == ["weights", "weights"]
    assert compare(run_to(start(project), project, project.state.epochs), project) == []
    window.document.set_modified(False)  # else Open asks about the unsaved changes first
    assert window.files.open_project(path)
    assert window.network.get_weights()[1][1, 0] == project.state.weights[1][1, 0]


def test_undo_after_training_moved_the_weight_takes_nothing_back(window, qtbot):
    by_hand = _by_hand(window)
    assert by_hand.edit_weight(1, 0, 1, 1.5)
    window.step_action.trigger()
    moved = window.network.get_weights()
    window.undo_action.trigger()
    assert all(np.array_equal(a, b) for a, b in zip(moved, window.network.get_weights(), strict=True))
    assert "nothing to undo" in window.statusBar().currentMessage()


def test_the_weights_view_follows_training_from_snapshots(endless_window, qtbot):
    window = endless_window
    view = _by_hand(window).weights_view
    _show_dock(window, qtbot, "weightsView")
    first = view.shown_weights()
    assert all(np.array_equal(a, b) for a, b in zip(first, window.network.get_weights(), strict=True))
    snapshots = []
    window.trainingProgress.connect(lambda p: p.snapshot is not None and snapshots.append(p.snapshot))
    window.train()
    qtbot.waitUntil(lambda: len(snapshots) >= 2, timeout=10000)
    shown = view.shown_weights()
    assert not all(np.array_equal(a, b) for a, b in zip(first, shown, strict=True))  # live
    assert any(all(np.array_equal(a, b) for a, b in zip(s.weights, shown, strict=True)) for s in snapshots)
    window.pause()
    qtbot.waitUntil(lambda: window.state is State.PAUSED, timeout=5000)
    assert all(np.array_equal(a, b) for a, b in zip(view.shown_weights(), window.network.get_weights(),
                                                     strict=True))


@pytest.mark.parametrize("appearance", [LIGHT, DARK])
def test_hinton_squares_are_sized_by_magnitude_and_signed_by_fill_and_colour(qtbot, appearance):
    apply_appearance(appearance)
    try:
        hinton = HintonDiagram(["h"], ["A", "B", "C", "bias"])
        qtbot.addWidget(hinton)
        hinton.resize(80 + 4 * 34, 20 + 34)
        hinton.set_weights(np.array([[2.0, -2.0, 0.5, 0.0]]), scale=2.0)
        image = hinton.grab().toImage()
        t = LIGHT_TONES if appearance == LIGHT else DARK_TONES
        base = hinton.palette().color(hinton.backgroundRole().Base)

        def colour(x: float, y: float) -> QColor:
            return image.pixelColor(int(x), int(y))

        cy = 20 + 17
        assert colour(80 + 17, cy) == t.positive  # a full square, filled
        assert colour(80 + 5, cy) == t.positive
        assert colour(80 + 34 + 17, cy) == base  # negative: hollow ...
        assert colour(80 + 34 + 2.5, cy) == t.negative  # ... with a thick outline in the negative colour
        assert colour(80 + 68 + 17, cy) == t.positive  # a quarter of the size: half the side
        assert colour(80 + 68 + 5, cy) != t.positive
        assert colour(80 + 102 + 17, cy) == base  # zero: no square
        assert hinton.square_at(QPointF(80 + 34 + 10, cy)) == (0, 1)
    finally:
        apply_appearance(LIGHT)


def test_the_forward_pass_follows_the_toggles_with_the_reference_numbers(window, qtbot):
    by_hand = _by_hand(window)
    _show_dock(window, qtbot, "forwardPass")
    qtbot.mouseClick(window.findChild(QPushButton, "inputToggle0"), Qt.MouseButton.LeftButton)
    net = window.network
    w = net.get_weights()
    text = by_hand.forward.shown_text()
    assert text.startswith("inputs: A = 1, B = 0")
    h1 = w[0][0]
    assert f"A: w·x = {h1[0]:.6g} · 1 = {h1[0] * 1.0:.6g}" in text.replace("(", "").replace(")", "")
    assert f"bias weight = {h1[2]:.6g}" in text
    outputs = forward_trace(net, [1.0, 0.0])
    s = 0.0 + 1.0 * h1[0] + 0.0 * h1[1] + 1.0 * h1[2]
    assert f"B: w·x = ({h1[1]:.6g}) · 0 = 0\n" in text  # not "-0": a student writes 0
    assert f"= {s:.6g}\n   sigmoid(s) = 1 / (1 + e^(−s)) = {outputs[1][0]:.6g}" in text
    assert text.rstrip().endswith(f"outputs: Sum = {outputs[2][0]:.6g}, Carry = {outputs[2][1]:.6g}")
    assert _by_hand(window).edit_weight(0, 0, 2, 1.0)  # a weight typed: the forward pass follows
    assert "bias weight = 1   (×" in by_hand.forward.shown_text()


def test_forward_steps_are_the_reference_forward_pass_bit_for_bit():
    from nndesk.engine import Network

    rng = np.random.default_rng(5)
    for sizes, acts in (((2, 3, 2), ("sigmoid", "sigmoid")), ((3, 4, 4, 2), ("tanh", "relu", "linear"))):
        net = Network(sizes, seed=7, activations=acts)
        for _ in range(5):
            x = rng.uniform(-2, 2, sizes[0])
            steps = forward_steps(net, x)
            expected = reference.forward([m.tolist() for m in net.get_weights()], [activation(a) for a in acts],
                                         x.tolist())
            assert [[s.output for s in layer] for layer in steps] == expected[1:]
            for layer in steps:
                for s in layer:
                    assert s.products == tuple(a * b for a, b in zip(s.inputs, s.weights, strict=True))
                    assert s.inputs[-1] == 1.0 and s.bias_weight == s.weights[-1]
                    assert activation(s.activation).scalar(s.total) == s.output
