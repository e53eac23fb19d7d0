"""Held-out rows in the window (issue 15): marked per row in the training table, counted apart in the truth
check, their error drawn beside the training error, named in the status bar, saved with the project."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QItemSelectionModel, Qt

from nndesk.project.project_file import load_project


def _header(window, row: int) -> str:
    return window.table_editor.model.headerData(row, Qt.Orientation.Vertical, Qt.ItemDataRole.DisplayRole)


def _epochs(curve) -> list[float]:
    return [] if curve.xData is None else list(curve.xData)


def _menu_action(window, row: int):
    menu = window.methods.held_out.row_menu(row)
    (action,) = menu.actions()
    return action


def test_a_row_is_held_out_and_back_from_its_header_menu(window, qtbot, tmp_path):
    doc = window.document
    dock = window.insight.docks["truthCheck"]
    dock.raise_()
    qtbot.waitUntil(dock.widget().isVisible)
    doc.set_modified(False)
    action = _menu_action(window, 1)
    assert action.text() == "Hold row 2 out for testing"
    action.trigger()
    assert doc.settings.test_rows == (1,) and doc.modified
    assert _header(window, 1) == "2 test" and _header(window, 0) == "1"
    tip = window.table_editor.model.headerData(1, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole)
    assert "never trained on" in tip
    assert window.methods.label.text() == "Backprop, online; test rows 2"
    truth = window.insight.truth
    assert truth.model.headerData(1, Qt.Orientation.Vertical) == "2 test"
    window.step()
    assert truth.count_label.text().startswith("Training: ") and "of 3 rows" in truth.count_label.text()
    assert "Test: " in truth.count_label.text() and "of 1 row" in truth.count_label.text()
    window.save_as(tmp_path / "held.nndesk")
    assert load_project(tmp_path / "held.nndesk").test_rows == (1,)
    action = _menu_action(window, 1)
    assert action.text() == "Train on row 2 again"
    action.trigger()
    assert doc.settings.test_rows == () and _header(window, 1) == "2"
    assert truth.model.headerData(1, Qt.Orientation.Vertical) == "2"


def test_the_table_menu_holds_out_the_selected_rows_but_never_every_row(window, qtbot):
    doc, view = window.document, window.table_editor.view
    selection = view.selectionModel()
    model = window.table_editor.model
    for row in (0, 2):
        selection.select(model.index(row, 0), QItemSelectionModel.SelectionFlag.Select)
    window.methods.held_out.toggle_action.trigger()
    assert doc.settings.test_rows == (0, 2)
    view.selectAll()
    with qtbot.waitSignal(doc.message) as said:
        window.methods.held_out.toggle_action.trigger()
    assert "leave at least one" in said.args[0]
    assert doc.settings.test_rows == (0, 2)  # unchanged


def test_the_plot_draws_the_test_error_beside_the_training_error_with_a_legend(window, qtbot):
    held = window.methods.held_out
    assert not held.legend.isVisible()
    held.toggle([3])
    assert held.legend.isVisible()
    window.document.set_settings(window.document.settings.with_changes(max_epochs=300))
    with qtbot.waitSignal(window.trainingFinished, timeout=30_000):
        window.train()
    x, y = held.curve.xData, held.curve.yData  # as given (getData is in the log axis' units)
    assert len(x) == 300 and x[-1] == 300
    doc = window.document
    test_x, test_t = doc.table.inputs[[3]], doc.table.targets[[3]]
    assert y[-1] == doc.network.error(test_x, test_t)  # the held-out row's error after the last epoch
    assert doc.errors.last_epoch() == 300
    labels = [label.text for _, label in held.legend.items]
    assert labels == ["training error", "test error"]
    held.toggle([2])  # other test rows: the run starts again from the same weights, both curves afresh
    assert _epochs(held.curve) == [] and doc.network.epochs == 0 and doc.errors.n == 0
    window.step()
    assert _epochs(held.curve) == [1]
    window.reset()
    assert _epochs(held.curve) == []


def test_changing_the_number_of_rows_clears_the_test_rows_and_says_so(window, qtbot):
    window.methods.held_out.toggle([1])
    with qtbot.waitSignal(window.document.message) as said:
        window.table_editor.add_row()
    assert window.document.settings.test_rows == () and "held out" in said.args[0]
    assert _header(window, 1) == "2"


def test_the_held_out_preset_brings_its_test_rows_and_shows_the_network_answering_unseen_rows(window, qtbot):
    from nndesk.engine import StopReason
    from nndesk.project.presets import MAJORITY_OF_5, MAJORITY_TEST_ROWS

    dock = window.insight.docks["truthCheck"]
    dock.raise_()
    qtbot.waitUntil(dock.widget().isVisible)
    window.table_editor.choose_preset(MAJORITY_OF_5)
    doc = window.document
    assert doc.settings.test_rows == MAJORITY_TEST_ROWS and doc.topology == (5, 8, 1)
    assert _header(window, 1) == "2 test" and _header(window, 30) == "31 test"
    assert "test rows 2, 7, 13, 16, 18, 23, 28, 31" in window.statusBar().currentMessage()
    with qtbot.waitSignal(window.trainingFinished, timeout=60_000) as done:
        window.train()
    assert done.args[0].reason is StopReason.CONVERGED and "test error" in done.args[0].message
    assert window.insight.truth.count_label.text() == ("Training: 24 of 24 rows correct. "
                                                       "Test: 8 of 8 rows correct")
    assert window.methods.held_out.curve.xData[-1] == window.network.epochs
    lowest = float(np.min(window.methods.held_out.curve.yData))  # below the training error's lowest
    assert lowest < doc.errors.min_positive_error
    y_range = window.error_plot.getPlotItem().getViewBox().viewRange()[1]  # log10 units
    assert y_range[0] <= math.log10(lowest)  # the plot follows the test curve down too


def test_step_through_skips_the_test_rows(window):
    window.methods.held_out.toggle([0, 1])
    steps = window.insight.steps
    first = steps.step()
    assert first.inputs == (1.0, 0.0)  # row 3: rows 1 and 2 are held out
    assert steps.step().inputs == (1.0, 1.0)
    assert steps.step().inputs == (1.0, 0.0)  # round again, past the test rows


def test_the_test_curve_follows_the_appearance(window, qtbot):
    from PySide6.QtGui import QAction

    from nndesk.ui.appearance import DARK_TONES, LIGHT_TONES

    curve = window.methods.held_out.curve
    window.findChild(QAction, "appearanceDark").trigger()
    qtbot.waitUntil(lambda: curve.opts["pen"].color() == DARK_TONES.gate, timeout=1000)
    window.findChild(QAction, "appearanceLight").trigger()
    qtbot.waitUntil(lambda: curve.opts["pen"].color() == LIGHT_TONES.gate, timeout=1000)


def test_a_dataset_s_many_test_rows_are_counted_in_the_status_bar_not_listed(window, qtbot):
    """500 points hold out 250 rows: a list of them would make the status bar (and the window) thousands of
    pixels wide; their number is said instead. A few are still listed."""
    docks = window.datasets
    docks.panel.preset_combo.setCurrentIndex(docks.panel.preset_combo.findData("Circle"))
    docks.panel.test_fraction.setValue(0.5)
    assert docks.regenerate()
    assert window.methods.label.text().endswith("; 250 test rows")
    assert window.methods.label.minimumSizeHint().width() < 600
    study = window.document.settings.with_changes(test_rows=tuple(range(8)))
    window.document.set_settings(study)
    assert window.methods.label.text().endswith("; test rows 1, 2, 3, 4, 5, 6, 7, 8")
