"""TableEditor on real widgets: typing in cells, refusals at the cell, paste, rows, columns, presets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLabel, QLineEdit, QPushButton, QTableView

from nndesk.project.presets import PRESETS
from nndesk.project.truth_table import TruthTable
from nndesk.ui.table_editor import TableEditor
from nndesk.ui.topology_editor import TopologyEditor


@pytest.fixture
def editor(qtbot, qtmodeltester) -> TableEditor:
    w = TableEditor()
    qtbot.addWidget(w)
    w.resize(520, 360)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()  # focus tests need the window active (offscreen always is; a real X screen not)
    qtbot.waitUntil(w.isActiveWindow)
    qtmodeltester.check(w.model)
    return w


def cell(editor: TableEditor, row: int, column: int) -> float:
    return editor.table().value(row, column)


def go_to(editor: TableEditor, row: int, column: int) -> None:
    editor.view.setFocus()
    editor.view.setCurrentIndex(editor.model.index(row, column))


def open_cell_editor(qtbot, editor: TableEditor) -> QLineEdit:
    qtbot.waitUntil(lambda: editor.view.state() == QAbstractItemView.State.EditingState)
    lines = [e for e in editor.view.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(lines) == 1
    return lines[0]


def test_object_names_and_tooltips(editor: TableEditor) -> None:
    assert isinstance(editor.findChild(QTableView, "trainingTable"), QTableView)
    combo = editor.findChild(QComboBox, "presetCombo")
    assert [combo.itemText(i) for i in range(combo.count())] == list(PRESETS)
    assert combo.currentText() == "Half adder"
    for name in (
        "addRowButton",
        "removeRowButton",
        "duplicateRowButton",
        "addInputColumnButton",
        "addTargetColumnButton",
        "removeColumnButton",
    ):
        button = editor.findChild(QPushButton, name)
        assert button is not None and button.toolTip(), name
    assert editor.table() == PRESETS["Half adder"]


def test_typing_a_digit_replaces_the_cell_and_enter_moves_down(editor: TableEditor, qtbot) -> None:
    go_to(editor, 0, 2)
    qtbot.keyClick(editor.view, Qt.Key.Key_1)
    line = open_cell_editor(qtbot, editor)
    qtbot.keyClicks(line, ".5")
    assert line.text() == "1.5"
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.view.state() != QAbstractItemView.State.EditingState)
    assert cell(editor, 0, 2) == 1.5
    assert editor.view.currentIndex().row() == 1 and editor.view.currentIndex().column() == 2
    assert editor.preset_combo.currentIndex() == -1  # no longer the half adder


def test_bad_value_typed_is_refused_with_a_message_at_the_cell(editor: TableEditor, qtbot) -> None:
    go_to(editor, 1, 0)
    qtbot.keyClick(editor.view, Qt.Key.Key_A)
    line = open_cell_editor(qtbot, editor)
    qtbot.keyClicks(line, "bc")
    with qtbot.waitSignal(editor.messageShown) as shown, qtbot.assertNotEmitted(editor.tableChanged):
        qtbot.keyClick(line, Qt.Key.Key_Return)
    assert shown.args == ["'abc' is not a number"]
    assert cell(editor, 1, 0) == 0.0
    message = editor.findChild(QLabel, "tableMessage")
    assert message.isVisible() and message.text() == "'abc' is not a number"
    bubble = editor.findChild(QLabel, "cellMessage")
    assert bubble.isVisible() and bubble.text() == "'abc' is not a number"
    cell_rect = editor.view.visualRect(editor.model.index(1, 0))
    assert abs(bubble.geometry().top() - cell_rect.bottom()) < 6  # right under the refused cell
    # the editor opens again with the user's text so the typo can be fixed
    line = open_cell_editor(qtbot, editor)
    assert line.text() == "abc"
    assert editor.view.currentIndex().row() == 1
    line.setText("0.75")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: cell(editor, 1, 0) == 0.75)
    assert not message.isVisible() and not bubble.isVisible()


def test_escape_after_a_refusal_gives_up(editor: TableEditor, qtbot) -> None:
    go_to(editor, 0, 0)
    qtbot.keyClick(editor.view, Qt.Key.Key_X)
    line = open_cell_editor(qtbot, editor)
    with qtbot.waitSignal(editor.messageShown):
        qtbot.keyClick(line, Qt.Key.Key_Return)
    line = open_cell_editor(qtbot, editor)
    assert line.text() == "x"
    qtbot.keyClick(line, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: editor.view.state() != QAbstractItemView.State.EditingState)
    assert cell(editor, 0, 0) == 0.0


def test_non_finite_value_through_the_model(editor: TableEditor, qtbot) -> None:
    with qtbot.waitSignal(editor.messageShown) as shown:
        assert not editor.model.setData(editor.model.index(0, 1), "inf")
    assert shown.args == ["Values must be finite numbers"]


def test_delete_clears_selection_to_zero(editor: TableEditor, qtbot) -> None:
    go_to(editor, 3, 0)
    sel = editor.view.selectionModel()
    sel.select(editor.model.index(3, 1), QItemSelectionModel.SelectionFlag.Select)
    sel.select(editor.model.index(3, 3), QItemSelectionModel.SelectionFlag.Select)
    with qtbot.waitSignal(editor.tableChanged):
        qtbot.keyClick(editor.view, Qt.Key.Key_Delete)
    assert editor.table().rows[3] == (0.0, 0.0, 0.0, 0.0)
    assert editor.table().rows[2] == (1.0, 0.0, 1.0, 0.0)


def test_enter_moves_down_when_not_editing(editor: TableEditor, qtbot) -> None:
    go_to(editor, 0, 1)
    qtbot.keyClick(editor.view, Qt.Key.Key_Return)
    assert editor.view.currentIndex().row() == 1
    assert editor.view.state() != QAbstractItemView.State.EditingState


def test_paste_multi_line_text_extends_rows(editor: TableEditor, qtbot) -> None:
    go_to(editor, 3, 0)
    QGuiApplication.clipboard().setText("1\t1\t0\t1\n0\t0\t0.5\t0\n1\t0\t1\t0\n")
    with qtbot.waitSignal(editor.tableChanged):
        qtbot.keyClick(editor.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    t = editor.table()
    assert t.n_rows == 6
    assert t.rows[3:] == ((1.0, 1.0, 0.0, 1.0), (0.0, 0.0, 0.5, 0.0), (1.0, 0.0, 1.0, 0.0))
    assert t.rows[:3] == PRESETS["Half adder"].rows[:3]
    selected = editor.view.selectionModel().selectedIndexes()
    assert len(selected) == 12


def test_paste_a_narrow_block_at_the_current_cell(editor: TableEditor) -> None:
    go_to(editor, 1, 2)
    assert editor.paste_text("0.9\n0.1")
    assert cell(editor, 1, 2) == 0.9 and cell(editor, 2, 2) == 0.1 and cell(editor, 1, 3) == 0.0


def test_paste_with_a_header_line_renames_columns(editor: TableEditor) -> None:
    go_to(editor, 0, 0)
    assert editor.paste_text("P\tQ\tS\tC\n1\t1\t0\t1")
    assert editor.table().column_names == ("P", "Q", "S", "C")
    assert editor.table().rows[0] == (1.0, 1.0, 0.0, 1.0)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("1\t0\n0\tabc", "Nothing pasted. Line 2, cell 2: 'abc' is not a number"),
        ("1\t2\t3", "Nothing pasted. The pasted block has 3 columns but only 2 fit from column Sum on"),
        ("   ", "Nothing pasted. The clipboard holds no numbers to paste"),
    ],
)
def test_bad_paste_is_refused_whole(editor: TableEditor, qtbot, text: str, message: str) -> None:
    go_to(editor, 0, 2)
    before = editor.table()
    with qtbot.waitSignal(editor.messageShown) as shown, qtbot.assertNotEmitted(editor.tableChanged):
        assert not editor.paste_text(text)
    assert shown.args == [message]
    assert editor.table() is before


def test_copy_selection_as_tab_separated_text(editor: TableEditor) -> None:
    go_to(editor, 1, 0)
    editor.view.selectionModel().select(editor.model.index(2, 2), QItemSelectionModel.SelectionFlag.Select)
    editor.model.setData(editor.model.index(2, 2), "0.25")
    assert editor.copy_selection() == "0\t1\t1\n1\t0\t0.25"
    assert QGuiApplication.clipboard().text() == "0\t1\t1\n1\t0\t0.25"


def test_add_duplicate_remove_rows_with_buttons(editor: TableEditor, qtbot) -> None:
    counts: list[None] = []
    editor.tableChanged.connect(lambda: counts.append(None))
    go_to(editor, 1, 0)
    qtbot.mouseClick(editor.duplicate_row_button, Qt.MouseButton.LeftButton)
    assert editor.table().n_rows == 5 and editor.table().rows[2] == editor.table().rows[1]
    assert editor.view.currentIndex().row() == 2 and len(counts) == 1
    qtbot.mouseClick(editor.add_row_button, Qt.MouseButton.LeftButton)
    assert editor.table().rows[3] == (0.0, 0.0, 0.0, 0.0) and editor.table().n_rows == 6
    assert editor.view.currentIndex().row() == 3 and len(counts) == 2
    editor.view.selectRow(0)
    editor.view.selectionModel().select(
        editor.model.index(3, 0), QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    )
    qtbot.mouseClick(editor.remove_row_button, Qt.MouseButton.LeftButton)
    assert editor.table().n_rows == 4 and len(counts) == 3
    assert editor.table().rows == (
        (0.0, 1.0, 1.0, 0.0),
        (0.0, 1.0, 1.0, 0.0),
        (1.0, 0.0, 1.0, 0.0),
        (1.0, 1.0, 0.0, 1.0),
    )


def test_the_last_row_cannot_be_removed(editor: TableEditor, qtbot) -> None:
    editor.set_table(TruthTable(("A", "B"), ("Y",), ((0, 1, 1), (1, 1, 0))))
    editor.view.selectAll()
    with qtbot.waitSignal(editor.messageShown) as shown:
        editor.remove_rows()
    assert "at least one row" in shown.args[0] and editor.table().n_rows == 2
    go_to(editor, 0, 0)
    editor.remove_rows()
    assert editor.table().n_rows == 1
    assert not editor.remove_row_button.isEnabled()


def test_add_and_remove_columns_follow_into_the_topology(editor: TableEditor, qtbot) -> None:
    topo = TopologyEditor()
    qtbot.addWidget(topo)
    editor.ioCountsChanged.connect(topo.set_io)
    with qtbot.waitSignal(editor.ioCountsChanged) as io:
        qtbot.mouseClick(editor.add_input_button, Qt.MouseButton.LeftButton)
    assert io.args == [3, 2] and editor.table().column_names == ("A", "B", "C", "Sum", "Carry")
    assert topo.topology() == [3, 3, 2]
    qtbot.mouseClick(editor.add_target_button, Qt.MouseButton.LeftButton)
    assert editor.table().target_names == ("Sum", "Carry", "Y1") and topo.topology() == [3, 3, 3]
    assert editor.view.currentIndex().column() == 5
    qtbot.mouseClick(editor.remove_column_button, Qt.MouseButton.LeftButton)  # the current column Y1
    assert editor.table().target_names == ("Sum", "Carry") and topo.topology() == [3, 3, 2]
    editor.remove_column(0)
    assert editor.table().input_names == ("B", "C") and topo.topology() == [2, 3, 2]


def test_last_input_or_target_column_refused_with_reason(editor: TableEditor, qtbot) -> None:
    editor.choose_preset("NOT")
    with qtbot.waitSignal(editor.messageShown) as shown, qtbot.assertNotEmitted(editor.tableChanged):
        editor.remove_column(0)
    assert "at least one input column" in shown.args[0]
    editor.remove_column(1)
    assert "at least one target column" in editor.message.text()
    assert editor.bubble.isVisible()


def test_same_width_but_column_changes_side(editor: TableEditor, qtbot) -> None:
    # two inputs + two targets -> three inputs + one target: same width, new meaning
    with qtbot.waitSignal(editor.ioCountsChanged) as io:
        editor.set_table(TruthTable(("A", "B", "C"), ("Y",), ((0, 0, 0, 1),)))
    assert io.args == [3, 1]


def test_rename_by_double_clicking_the_header(editor: TableEditor, qtbot) -> None:
    header = editor.view.horizontalHeader()
    x = header.sectionViewportPosition(2) + header.sectionSize(2) // 2
    from PySide6.QtCore import QPoint

    qtbot.mouseDClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    line = editor.findChild(QLineEdit, "headerNameEditor")
    assert line is not None and line.text() == "Sum"
    line.setText("S")
    with qtbot.waitSignal(editor.tableChanged):
        qtbot.keyClick(line, Qt.Key.Key_Return)
    assert editor.table().target_names == ("S", "Carry")


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("  ", "A column name cannot be empty"),
        ("carry", "Another column is already named 'Carry'"),
    ],
)
def test_bad_column_names_refused(editor: TableEditor, qtbot, name: str, message: str) -> None:
    editor.start_rename(0)
    line = editor.findChild(QLineEdit, "headerNameEditor")
    line.setText(name)
    with qtbot.waitSignal(editor.messageShown) as shown, qtbot.assertNotEmitted(editor.tableChanged):
        qtbot.keyClick(line, Qt.Key.Key_Return)
    assert shown.args == [message]
    assert editor.table().input_names == ("A", "B")


def test_escape_cancels_a_rename(editor: TableEditor, qtbot) -> None:
    editor.start_rename(1)
    line = editor.findChild(QLineEdit, "headerNameEditor")
    line.setText("Q")
    with qtbot.assertNotEmitted(editor.tableChanged):
        qtbot.keyClick(line, Qt.Key.Key_Escape)
    assert editor.table().input_names == ("A", "B")


def test_header_menu_offers_the_column_actions(editor: TableEditor) -> None:
    menu = editor.column_menu(1)
    texts = [a.text() for a in menu.actions()]
    assert texts == ["Rename column B…", "Add input column", "Add target column", "Remove column B"]
    menu.actions()[3].trigger()
    assert editor.table().input_names == ("A",)
    menu.deleteLater()


def test_choosing_a_preset_replaces_the_table_and_emits(editor: TableEditor, qtbot) -> None:
    combo = editor.preset_combo
    events: list[str] = []
    editor.tableChanged.connect(lambda: events.append("tableChanged"))
    editor.presetChosen.connect(events.append)
    combo.setCurrentIndex(combo.findText("2-to-4 decoder"))
    assert events == ["tableChanged", "2-to-4 decoder"]
    assert editor.table() == PRESETS["2-to-4 decoder"]
    # edit, then choose the same preset again: it comes back
    editor.model.setData(editor.model.index(0, 2), "0")
    assert combo.currentIndex() == -1 and combo.currentText() == ""
    with qtbot.waitSignal(editor.presetChosen):
        editor.choose_preset("2-to-4 decoder")
    assert editor.table() == PRESETS["2-to-4 decoder"]
    assert combo.currentText() == "2-to-4 decoder"


def test_set_table_shows_the_preset_name_without_presetChosen(editor: TableEditor, qtbot) -> None:
    with qtbot.assertNotEmitted(editor.presetChosen), qtbot.waitSignal(editor.tableChanged):
        editor.set_table(PRESETS["Majority"])
    assert editor.preset_combo.currentText() == "Majority"


def test_output_activation_flags_targets(editor: TableEditor) -> None:
    editor.model.setData(editor.model.index(0, 2), "-1")
    assert editor.model.is_flagged(0, 2)
    editor.set_output_activation("tanh")
    assert not editor.model.is_flagged(0, 2)


def test_tab_after_a_refusal_stays_and_clicking_away_gives_up(editor: TableEditor, qtbot) -> None:
    go_to(editor, 2, 1)
    qtbot.keyClick(editor.view, Qt.Key.Key_Q)
    line = open_cell_editor(qtbot, editor)
    with qtbot.waitSignal(editor.messageShown):
        qtbot.keyClick(line, Qt.Key.Key_Tab)
    line = open_cell_editor(qtbot, editor)
    assert line.text() == "q" and editor.view.currentIndex().column() == 1
    with qtbot.waitSignal(editor.messageShown):
        editor.view.setFocus()  # focus leaves the editor: it commits, is refused, and closes
    qtbot.waitUntil(lambda: editor.view.state() != QAbstractItemView.State.EditingState)
    assert editor.bubble.isVisible() and cell(editor, 2, 1) == 0.0
    go_to(editor, 0, 0)
    assert not editor.bubble.isVisible()  # moving on hides the bubble; the message below stays
    assert editor.message.isVisible()


def test_ctrl_c_copies_and_ctrl_v_pastes_back(editor: TableEditor, qtbot) -> None:
    go_to(editor, 3, 0)
    editor.view.selectionModel().select(editor.model.index(3, 3), QItemSelectionModel.SelectionFlag.Select)
    qtbot.keyClick(editor.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "1\t1\t0\t1"
    go_to(editor, 0, 0)
    qtbot.keyClick(editor.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert editor.table().rows[0] == (1.0, 1.0, 0.0, 1.0) and editor.table().n_rows == 4


def test_header_colours_stay_readable(editor: TableEditor) -> None:
    fg = editor.model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ForegroundRole)
    bg = editor.model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.BackgroundRole)
    assert bg.color().lightness() - fg.color().lightness() > 120


def test_range_note_counts_unreachable_targets(editor: TableEditor) -> None:
    assert not editor.range_note.isVisible()
    editor.model.setData(editor.model.index(0, 2), "1.5")
    assert editor.range_note.isVisible()
    assert editor.range_note.text().startswith("1 target value is outside 0..1 (amber): a sigmoid output")
    editor.model.setData(editor.model.index(1, 3), "-2")
    assert editor.range_note.text().startswith("2 target values are outside 0..1")
    editor.set_output_activation("relu")
    assert editor.range_note.text().startswith("1 target value is outside 0..∞")
    editor.set_output_activation("linear")
    assert not editor.range_note.isVisible()
    editor.model.setData(editor.model.index(0, 0), "5")  # inputs are never flagged
    editor.set_output_activation("sigmoid")
    assert editor.range_note.text().startswith("2 target values")


def test_editing_starts_from_the_exact_value(editor: TableEditor, qtbot) -> None:
    editor.model.setData(editor.model.index(0, 2), 0.1 + 0.2)
    assert editor.model.data(editor.model.index(0, 2)) == "0.3"
    go_to(editor, 0, 2)
    qtbot.keyClick(editor.view, Qt.Key.Key_F2)
    line = open_cell_editor(qtbot, editor)
    assert line.text() == "0.30000000000000004"
    with qtbot.assertNotEmitted(editor.tableChanged):
        qtbot.keyClick(line, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: editor.view.state() != QAbstractItemView.State.EditingState)
    assert editor.view.currentIndex().row() == 1
    go_to(editor, 0, 2)
    assert editor.copy_selection() == "0.30000000000000004"


def _wheel(widget, qtbot) -> None:
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    centre = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_scrolling_past_the_preset_menu_does_not_replace_the_table(editor: TableEditor, qtbot) -> None:
    editor.view.setFocus()
    with qtbot.assertNotEmitted(editor.tableChanged):
        _wheel(editor.preset_combo, qtbot)
    assert editor.preset_combo.currentText() == "Half adder"
    editor.preset_combo.setFocus()
    qtbot.waitUntil(editor.preset_combo.hasFocus)
    with qtbot.waitSignal(editor.presetChosen):
        _wheel(editor.preset_combo, qtbot)  # on purpose, after clicking it: allowed


def test_whole_table_round_trips_through_the_clipboard_with_names(editor: TableEditor, qtbot) -> None:
    editor.set_table(TruthTable(("x", "y"), ("out",), ((0.5, 1, 0), (2, 3, 1))))
    editor.view.setFocus()
    qtbot.keyClick(editor.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "x\ty\tout\n0.5\t1\t0\n2\t3\t1"
    copied = editor.table()
    editor.choose_preset("XOR")
    go_to(editor, 0, 0)
    qtbot.keyClick(editor.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert editor.table().column_names == ("x", "y", "out")
    assert editor.table().rows[:2] == copied.rows and editor.table().n_rows == 4


def test_a_partial_block_with_names_does_not_rename(editor: TableEditor) -> None:
    go_to(editor, 0, 2)
    assert editor.paste_text("Carry\n1\n1")
    assert editor.table().column_names == ("A", "B", "Sum", "Carry")
    assert cell(editor, 0, 2) == 1.0 and cell(editor, 1, 2) == 1.0


def test_scrolling_the_table_hides_the_bubble(editor: TableEditor) -> None:
    editor.set_table(PRESETS["2-bit comparator (A>B)"])
    editor.model.setData(editor.model.index(0, 0), "oops")
    assert editor.bubble.isVisible()
    editor.view.verticalScrollBar().setValue(editor.view.verticalScrollBar().maximum())
    assert not editor.bubble.isVisible() and editor.message.isVisible()


def test_rows_with_the_same_inputs_and_different_targets_are_pointed_out(editor: TableEditor, qtbot) -> None:
    note = editor.findChild(QLabel, "conflictNote")
    assert not note.isVisible()
    go_to(editor, 0, 0)
    editor.duplicate_row()  # row 2 is a copy of row 1: the same answer, no conflict
    assert not note.isVisible()
    editor.model.setData(editor.model.index(1, 2), "1")  # the copy now wants another Sum
    assert note.isVisible() and "Rows 1 and 2 have the same inputs but different targets" in note.text()
    editor.model.setData(editor.model.index(1, 2), "0")
    assert not note.isVisible()
