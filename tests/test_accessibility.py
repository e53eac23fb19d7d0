"""Screen readers: every control a user can reach with the keyboard has a name, in the main window and in
every dialog it opens; the custom-painted views describe what they show."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAction
from PySide6.QtWidgets import QAbstractScrollArea, QMessageBox, QWidget

from nndesk.project.csv_io import parse_csv
from nndesk.ui.table_dialogs import CsvImportDialog, ExpressionDialog

# parts of a table that are data, not controls: an empty cell is an empty cell
NOT_CONTROLS = {QAccessible.Role.Cell, QAccessible.Role.Row, QAccessible.Role.Column, QAccessible.Role.RowHeader,
                QAccessible.Role.ColumnHeader}


def unnamed_in_tree(top: QWidget) -> list[str]:
    """Walk the accessibility tree from ``top``: every focusable, visible node without a name."""
    found: list[str] = []

    def walk(node, path: str, depth: int) -> None:
        if node is None or not node.isValid() or depth > 60:
            return
        state = node.state()
        name = node.text(QAccessible.Text.Name).strip()
        if state.focusable and not state.invisible and not name and node.role() not in NOT_CONTROLS:
            obj = node.object()
            found.append(f"{path} ({type(obj).__name__} {obj.objectName() if obj else ''})")
        for i in range(node.childCount()):
            child = node.child(i)
            walk(child, f"{path}/{child.role().name if child else '?'}", depth + 1)

    walk(QAccessible.queryAccessibleInterface(top), type(top).__name__, 0)
    return found


def unnamed_widgets(top: QWidget) -> list[str]:
    """Every widget under ``top`` that takes the keyboard focus and has no accessible name (its label's text
    as a buddy counts), leaving out Qt's own inner parts (a spin box's line edit, a scroll area's viewport,
    whose name is their owner's)."""
    found = []
    for widget in [top, *top.findChildren(QWidget)]:
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(top):
            continue
        owner = widget.parentWidget()
        if widget.objectName().startswith("qt_") or (
                isinstance(owner, QAbstractScrollArea) and owner.viewport() is widget):
            widget = owner
        name = QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name).strip()
        if not name:
            found.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return found


def _every_view_shown(window, qtbot) -> None:
    for name in ("stepThrough", "decisionMap", "truthCheck", "networkDiagram"):
        window.insight.docks[name].raise_()
        qtbot.wait(10)


def test_every_focusable_control_of_the_main_window_has_a_name(qtbot, window):
    _every_view_shown(window, qtbot)
    window.topology_editor.set_hidden([3, 2])  # a second row of hidden-layer controls
    window.hyper_form.stop_combo.setCurrentIndex(1)  # the margin row
    qtbot.wait(10)
    assert unnamed_in_tree(window) == []
    assert unnamed_widgets(window) == []


def test_every_focusable_control_of_the_dialogs_has_a_name(qtbot, window):
    window.open_study()
    study = window.findChild(QWidget, "studyWindow")
    qtbot.waitExposed(study)
    study.compare_check.setChecked(True)
    window.findChild(QAction, "userGuideAction").trigger()
    guide = window.findChild(QWidget, "userGuide")
    expressions = ExpressionDialog(window, "Y = A & B")
    csv = CsvImportDialog(parse_csv("A,B,Y\n0,0,0\n1,1,1\n"), "and.csv", window)
    about = QMessageBox(QMessageBox.Icon.Information, "About nndesk", "nndesk", QMessageBox.StandardButton.Ok,
                        window)
    dialogs = [study, guide, expressions, csv, about]
    for dialog in dialogs[2:]:
        dialog.show()
    try:
        for dialog in dialogs:
            assert unnamed_in_tree(dialog) == [], dialog.objectName()
            assert unnamed_widgets(dialog) == [], dialog.objectName()
    finally:
        for dialog in dialogs:
            dialog.close()


def test_the_check_finds_a_control_without_a_name(qtbot, window):
    from PySide6.QtWidgets import QSpinBox

    lonely = QSpinBox(window.hyper_form)  # no label, no name: what a screen reader reads as "spin box"
    lonely.show()
    assert any("QSpinBox" in line for line in unnamed_widgets(window))
    assert any("SpinBox" in line for line in unnamed_in_tree(window))


def test_toggles_and_outputs_read_their_state(qtbot, window):
    panel = window.predict_panel
    toggle = panel.findChild(QWidget, "inputToggle0")
    assert toggle.accessibleName() == "Input A, 0"
    toggle.click()
    assert toggle.accessibleName() == "Input A, 1"
    value = panel.findChild(QWidget, "outputValue0")
    raw = panel.findChild(QWidget, "outputRaw0")
    assert value.accessibleName() == f"Sum: {value.text()}, raw {raw.text()}"
    name = QAccessible.queryAccessibleInterface(value).text(QAccessible.Text.Name)
    assert name.startswith("Sum: ") and ", raw 0." in name


def test_the_painted_views_describe_what_they_show(qtbot, window):
    _every_view_shown(window, qtbot)
    diagram = window.insight.diagram
    description = QAccessible.queryAccessibleInterface(diagram).text(QAccessible.Text.Description)
    assert description.startswith("A 2-3-2 network")
    assert "positive" in description and "negative" in description and "for input A 0" in description
    window.insight.docks["decisionMap"].raise_()
    qtbot.waitUntil(lambda: bool(window.insight.decision.plots.accessibleDescription()), timeout=2000)
    text = window.insight.decision.plots.accessibleDescription()
    assert text.startswith("Sum is 1 on") and "A 1, B 1:" in text
    window.step()
    plot = QAccessible.queryAccessibleInterface(window.error_plot).text(QAccessible.Text.Description)
    assert plot.startswith("1 epochs; error now")


@pytest.mark.parametrize("name", ["etaSpin", "alphaSpin", "seedSpin", "targetErrorSpin", "maxEpochsSpin",
                                  "stopRuleCombo", "presetCombo"])
def test_settings_are_named_after_their_labels(window, name):
    widget = window.findChild(QWidget, name)
    assert QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name).strip()
    assert np.size(widget.whatsThis()) and "\n" not in widget.whatsThis()
