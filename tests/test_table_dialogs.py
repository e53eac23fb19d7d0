"""The expression and CSV dialogs, alone and from the window's Table menu (answered by a timer, as a user)."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox

from nndesk.project.csv_io import parse_csv, read_csv
from nndesk.project.presets import PRESETS
from nndesk.ui.table_dialogs import CsvImportDialog, ExpressionDialog


def ok_button(dialog: QDialog):
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)


def answer_next_dialog(prepare, accept: bool = True) -> list[str]:
    """When the next modal dialog opens: call ``prepare(dialog)``, then press OK (or Cancel)."""
    seen: list[str] = []

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(10, act)
            return
        seen.append(dialog.objectName())
        prepare(dialog)
        dialog.accept() if accept else dialog.reject()

    QTimer.singleShot(0, act)
    return seen


def test_expression_dialog_previews_the_table_or_the_mistake(qtbot) -> None:
    d = ExpressionDialog()
    qtbot.addWidget(d)
    d.editor.setPlainText("S = A ^ B; C = A & B")
    assert d.table().rows == PRESETS["Half adder"].rows and ok_button(d).isEnabled()
    assert d.preview.text() == "Inputs: A, B  →  targets: S, C  ·  4 rows"
    d.editor.setPlainText("S = A ^")
    assert d.table() is None and not ok_button(d).isEnabled()
    assert d.preview.text().startswith("Line 1, column 8: expected a name")
    d.editor.setPlainText("Y = A | (B & ?)")
    assert "1 don't-care (x)" in d.preview.text()


def test_csv_dialog_ticks_the_last_column_and_follows_the_choice(qtbot) -> None:
    d = CsvImportDialog(parse_csv("A;B;Sum;Carry\n0;0;0;0\n0;1;1;0\n1;0;1;0\n1;1;0;1\n"), "adder.csv")
    qtbot.addWidget(d)
    assert d.targets() == [3] and d.table().target_names == ("Carry",)
    assert "separated by semicolons" in d.findChildren(type(d.preview))[0].text()
    d.columns.item(2).setCheckState(Qt.CheckState.Checked)
    assert d.table() == PRESETS["Half adder"]
    d.set_targets([])
    assert d.table() is None and not ok_button(d).isEnabled() and "at least one target" in d.preview.text()
    d.set_targets([0, 1, 2, 3])
    assert not ok_button(d).isEnabled() and "must stay an input" in d.preview.text()


def test_table_from_expressions_in_the_window_is_undoable(window) -> None:
    def type_xor(d) -> None:
        d.editor.setPlainText("Y = A xor B")

    seen = answer_next_dialog(type_xor)
    assert window.table_from_expressions()
    assert seen == ["expressionDialog"]
    assert window.table_editor.table() == PRESETS["XOR"] and window.network.topology == (2, 3, 1)
    window.undo()
    assert window.table_editor.table() == PRESETS["Half adder"] and window.network.topology == (2, 3, 2)


def test_cancelled_expression_dialog_changes_nothing(window) -> None:
    answer_next_dialog(lambda d: d.editor.setPlainText("Y = A"), accept=False)
    assert not window.table_from_expressions()
    assert window.table_editor.table() == PRESETS["Half adder"]


def test_import_and_export_csv_in_the_window(window, tmp_path) -> None:
    path = tmp_path / "maj.csv"
    path.write_text("\ufeffA,B,C,Y\n0,0,0,0\n0,0,1,0\n0,1,0,0\n0,1,1,1\n\n1,0,0,0\n1,0,1,1\n1,1,0,1\n1,1,1,x\n")
    seen = answer_next_dialog(lambda d: None)
    assert window.import_csv(path)
    assert seen == ["csvImportDialog"]
    t = window.table_editor.table()
    assert t.input_names == ("A", "B", "C") and math.isnan(t.value(7, 3))
    assert window.table_editor.model.data(window.table_editor.model.index(7, 3)) == "x"
    assert window.network.topology[0] == 3
    assert window.export_csv(tmp_path / "out.csv")
    assert (tmp_path / "out.csv").read_text().splitlines()[-1] == "1,1,1,x"


def test_a_bad_csv_is_explained_in_a_box(window, tmp_path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("A,Y\n0,1\n1,maybe\n")
    assert not window.import_csv(path)
    box = window.findChild(QMessageBox, "problemBox")
    assert box is not None and box.text() == "bad.csv: Line 3, column Y: 'maybe' is not a number"
    box.close()


def test_a_dont_care_table_trains_in_the_window(window, qtbot) -> None:
    answer_next_dialog(lambda d: d.editor.setPlainText("Y = (A & B) | (A & ~B & ?)"))
    assert window.table_from_expressions()
    for _ in range(5):
        window.step()
    assert window.network.epochs == 5 and math.isfinite(window._last_error)


def test_a_csv_the_window_exported_comes_back_with_every_target_ticked(window, tmp_path, qtbot) -> None:
    path = tmp_path / "adder.csv"
    assert window.export_csv(path)  # the half adder: two targets
    d = CsvImportDialog(read_csv(path), path.name)
    qtbot.addWidget(d)
    assert d.targets() == [2, 3] and d.table() == PRESETS["Half adder"]
