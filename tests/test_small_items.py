"""Smaller things a student and a teacher ran into (issue 14, item 7), each checked in the real window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit

from nndesk.ui.main_window import State


def test_escape_after_a_refused_cell_clears_its_message_and_bubble(window, qtbot):
    editor = window.table_editor
    view = editor.view
    view.setCurrentIndex(editor.model.index(1, 0))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_X)
    qtbot.waitUntil(lambda: any(e.isVisible() for e in view.viewport().findChildren(QLineEdit)))
    line = next(e for e in view.viewport().findChildren(QLineEdit) if e.isVisible())
    line.setText("y")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    message, bubble = editor.findChild(QLabel, "tableMessage"), editor.findChild(QLabel, "cellMessage")
    qtbot.waitUntil(lambda: message.isVisible() and bubble.isVisible())
    line = next(e for e in view.viewport().findChildren(QLineEdit) if e.isVisible())  # open again with "y"
    qtbot.keyClick(line, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not message.isVisible() and not bubble.isVisible())


def test_the_seed_box_shows_a_nine_digit_seed_in_full(window, qtbot):
    spin = window.hyper_form.seed_spin
    spin.setValue(123_456_789)
    text_room = spin.lineEdit().width()
    assert text_room >= spin.fontMetrics().horizontalAdvance("123456789")


def test_step_says_the_epoch_it_reached_and_pause_and_continue_are_not_both_offered(window, qtbot):
    window.step_action.trigger()
    window.step_action.trigger()
    assert window.state is State.PAUSED
    assert window.statusBar().currentMessage().startswith("Stepped to epoch 2:")
    assert window.train_action.text().replace("&", "") == "Continue"
    assert not window.pause_action.isEnabled() and window.pause_action.text().replace("&", "") == "Pause"


def test_a_raw_output_that_rounds_to_the_threshold_shows_its_side():
    from nndesk.ui.predict_panel import raw_text

    assert raw_text(0.1862, 0.5) == "0.1862"
    assert raw_text(0.50004, 0.5) == "0.50004"  # above: thresholded 1, and the text says why
    assert raw_text(0.499996, 0.5) == "0.499996"
    assert raw_text(0.5, 0.5) == "0.5000 (on the threshold)"
    assert raw_text(-0.00002, 0.0) == "-0.00002"
