"""TopologyEditor on real widgets: one topologyChanged per user gesture, none for programmatic calls."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QPushButton, QSpinBox, QToolButton

from nndesk.ui.topology_editor import MAX_HIDDEN_LAYERS, TopologyEditor, weight_count


@pytest.fixture
def editor(qtbot) -> TopologyEditor:
    w = TopologyEditor()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def changes(editor: TopologyEditor) -> list[list[int]]:
    seen: list[list[int]] = []
    editor.topologyChanged.connect(lambda: seen.append(editor.topology()))
    return seen


def spin(editor: TopologyEditor, k: int) -> QSpinBox:
    return editor.findChild(QSpinBox, f"hiddenSpin{k}")


def test_defaults_and_names(editor: TopologyEditor) -> None:
    assert editor.objectName() == "topologyEditor"
    assert editor.topology() == [2, 3, 2]
    assert editor.activations() == ["sigmoid", "sigmoid"]
    assert editor.findChild(QLabel, "inputCountLabel").text() == "2 neurons"
    assert editor.findChild(QLabel, "outputCountLabel").text() == "2 neurons"
    combo = editor.findChild(QComboBox, "outputActivationCombo")
    assert [combo.itemText(i) for i in range(combo.count())] == ["sigmoid", "tanh", "relu", "linear"]
    assert editor.findChild(QLabel, "topologySummary").text() == "2 → 3 → 2  ·  17 weights"
    for button in [*editor.findChildren(QPushButton), *editor.findChildren(QToolButton)]:
        assert button.toolTip(), button.objectName()


def test_add_hidden_layer_button(editor: TopologyEditor, changes, qtbot) -> None:
    qtbot.mouseClick(editor.findChild(QPushButton, "addHiddenButton"), Qt.MouseButton.LeftButton)
    assert changes == [[2, 3, 3, 2]]  # exactly one signal; the new layer copies the last one's size
    assert editor.activations() == ["sigmoid"] * 3
    assert spin(editor, 1).isVisible()


def test_remove_hidden_layer_button(editor: TopologyEditor, changes, qtbot) -> None:
    editor.set_hidden([4, 5, 6])
    qtbot.mouseClick(editor.findChild(QToolButton, "removeHiddenButton1"), Qt.MouseButton.LeftButton)
    assert changes == [[2, 4, 6, 2]]
    assert spin(editor, 1).value() == 6  # names follow the positions
    assert editor.findChild(QLabel, "topologySummary").text().startswith("2 → 4 → 6 → 2")
    qtbot.mouseClick(editor.findChild(QToolButton, "removeHiddenButton0"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.findChild(QToolButton, "removeHiddenButton0"), Qt.MouseButton.LeftButton)
    assert editor.topology() == [2, 2] and len(changes) == 3  # no hidden layer at all is allowed


def test_resize_with_arrow_key_and_typing(editor: TopologyEditor, changes, qtbot) -> None:
    s = spin(editor, 0)
    s.setFocus()
    qtbot.keyClick(s, Qt.Key.Key_Up)
    assert changes == [[2, 4, 2]]
    s.lineEdit().selectAll()
    qtbot.keyClicks(s, "12")  # typing is one change when confirmed, not one per digit
    assert len(changes) == 1
    qtbot.keyClick(s, Qt.Key.Key_Return)
    assert changes == [[2, 4, 2], [2, 12, 2]]


def test_activation_choice_emits_once(editor: TopologyEditor, changes) -> None:
    editor.findChild(QComboBox, "hiddenActivation0").setCurrentText("tanh")
    editor.findChild(QComboBox, "outputActivationCombo").setCurrentText("linear")
    assert len(changes) == 2
    assert editor.activations() == ["tanh", "linear"]


def test_programmatic_calls_are_silent(editor: TopologyEditor, changes) -> None:
    editor.set_hidden([5, 4], ["relu", "tanh", "sigmoid"])
    editor.set_io(3, 1)
    assert changes == []
    assert editor.topology() == [3, 5, 4, 1]
    assert editor.activations() == ["relu", "tanh", "sigmoid"]
    assert editor.findChild(QLabel, "inputCountLabel").text() == "3 neurons"
    assert editor.findChild(QLabel, "outputCountLabel").text() == "1 neuron"
    editor.set_hidden([2])  # keeps the first layer's activation and the output's
    assert editor.activations() == ["relu", "sigmoid"]
    editor.set_hidden([2, 2, 2], ["tanh", "tanh", "relu"])  # hidden only: output kept
    assert editor.activations() == ["tanh", "tanh", "relu", "sigmoid"]
    assert changes == []
    assert len(editor.findChildren(QSpinBox)) >= 3


@pytest.mark.parametrize(
    ("layers", "activations"),
    [
        ([0], None),
        ([65], None),
        ([3] * (MAX_HIDDEN_LAYERS + 1), None),
        ([3], ["softmax", "sigmoid"]),
        ([3], ["sigmoid", "sigmoid", "sigmoid"]),
    ],
)
def test_set_hidden_refuses_impossible_shapes(editor: TopologyEditor, layers, activations) -> None:
    with pytest.raises(ValueError):
        editor.set_hidden(layers, activations)
    assert editor.topology() == [2, 3, 2]


def test_set_io_refuses_zero(editor: TopologyEditor) -> None:
    with pytest.raises(ValueError):
        editor.set_io(0, 1)


def test_add_button_disabled_at_the_limit(editor: TopologyEditor) -> None:
    editor.set_hidden([2] * MAX_HIDDEN_LAYERS)
    assert not editor.findChild(QPushButton, "addHiddenButton").isEnabled()
    editor.set_hidden([2])
    assert editor.findChild(QPushButton, "addHiddenButton").isEnabled()


def test_spin_values_never_leave_the_range(editor: TopologyEditor, qtbot) -> None:
    s = spin(editor, 0)
    s.setFocus()
    s.lineEdit().selectAll()
    qtbot.keyClicks(s, "0")
    qtbot.keyClick(s, Qt.Key.Key_Return)
    assert editor.topology()[1] >= 1


def test_weight_count() -> None:
    assert weight_count([2, 3, 2]) == 3 * 3 + 4 * 2
    assert weight_count([2, 1]) == 3


def test_one_neuron_reads_right(editor: TopologyEditor, qtbot) -> None:
    s = spin(editor, 0)
    s.setFocus()
    s.lineEdit().selectAll()
    qtbot.keyClicks(s, "1")
    qtbot.keyClick(s, Qt.Key.Key_Return)
    assert s.text() == "1 neuron" and editor.topology() == [2, 1, 2]


def test_scrolling_past_a_spin_box_changes_nothing(editor: TopologyEditor, changes) -> None:
    editor.findChild(QPushButton, "addHiddenButton").setFocus()
    _wheel(spin(editor, 0))
    _wheel(editor.findChild(QComboBox, "outputActivationCombo"))
    assert changes == [] and editor.topology() == [2, 3, 2]


def _wheel(widget) -> None:
    """One notch of the mouse wheel (scrolling down) over the middle of ``widget``."""
    centre = QPointF(widget.width() / 2, widget.height() / 2)
    global_pos = QPointF(widget.mapToGlobal(centre.toPoint()))
    QApplication.sendEvent(
        widget,
        QWheelEvent(
            centre,
            global_pos,
            QPoint(0, 0),
            QPoint(0, -120),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        ),
    )
