"""The prediction panel: one 0/1 toggle per input, thresholded output large, raw value small, ✓/✗ marks."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from nndesk.ui.predict_panel import PredictPanel


@pytest.fixture
def panel(qtbot):
    p = PredictPanel()
    qtbot.addWidget(p)
    p.set_names(["A", "B"], ["Sum", "Carry"])
    p.show()
    return p


def test_widgets_are_named_after_the_columns(panel):
    toggles = [panel.findChild(QPushButton, f"inputToggle{i}") for i in range(2)]
    assert all(t is not None and t.isCheckable() for t in toggles)
    assert "A" in toggles[0].toolTip() and "B" in toggles[1].toolTip()
    assert [t.text() for t in toggles] == ["0", "0"]
    assert panel.findChild(QLabel, "outputValue1") is not None
    assert panel.findChild(QPushButton, "inputToggle2") is None


def test_clicking_a_toggle_flips_it_and_says_so(panel, qtbot):
    toggle = panel.findChild(QPushButton, "inputToggle1")
    with qtbot.waitSignal(panel.inputsChanged):
        qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    assert toggle.text() == "1"
    np.testing.assert_array_equal(panel.input_row(), [0.0, 1.0])


def test_outputs_show_the_thresholded_digit_first(panel):
    panel.show_outputs(np.array([0.9731, 0.0123]), 0.5, target=np.array([1.0, 1.0]))
    value0 = panel.findChild(QLabel, "outputValue0")
    value1 = panel.findChild(QLabel, "outputValue1")
    assert value0.text().startswith("1") and value1.text().startswith("0")
    assert panel.findChild(QLabel, "outputRaw0").text() == "0.9731"
    assert panel.findChild(QLabel, "outputMatch0").text() == "✓"
    assert panel.findChild(QLabel, "outputMatch1").text() == "✗"


def test_a_row_missing_from_the_table_shows_no_mark(panel):
    panel.show_outputs(np.array([0.2, 0.7]), 0.5, target=None)
    assert panel.findChild(QLabel, "outputMatch0").text() == ""
    assert "not in the table" in panel.findChild(QLabel, "predictHint").text()


def test_renaming_keeps_the_toggled_bits(panel):
    panel.set_input_row([1, 0])
    panel.set_names(["X", "Y", "Z"], ["Out"])
    np.testing.assert_array_equal(panel.input_row(), [1.0, 0.0, 0.0])
    assert panel.findChild(QLabel, "outputValue0").text() == "–"
    assert panel.findChild(QLabel, "outputValue1") is None


def test_a_diverged_output_shows_a_dash_and_says_diverged(panel):
    panel.show_outputs(np.array([np.nan, 0.7]), 0.5, target=np.array([0.0, 1.0]))
    value0 = panel.findChild(QLabel, "outputValue0")
    assert value0.text() == "–" and "diverged" in value0.toolTip()
    assert panel.findChild(QLabel, "outputRaw0").text() == "diverged"
    assert panel.findChild(QLabel, "outputMatch0").text() == ""  # no ✓/✗ for a non-answer
    assert "diverged" in panel.findChild(QLabel, "predictHint").text()
    assert panel.findChild(QLabel, "outputValue1").text() == "1"
    assert panel.findChild(QLabel, "outputRaw1").text() == "0.7000"


def test_after_a_reset_the_outputs_are_numbers_again(panel):
    panel.show_outputs(np.array([np.inf, np.nan]), 0.5, target=None)
    panel.show_outputs(np.array([0.2, 0.9]), 0.5, target=np.array([0.0, 1.0]))
    texts = panel.output_texts()
    assert texts == ["0", "1"] and all(t[0].isdigit() for t in texts)
    assert "diverged" not in panel.findChild(QLabel, "outputValue0").toolTip()
    assert panel.findChild(QLabel, "predictHint").text() == ""
