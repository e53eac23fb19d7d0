"""File menu, unsaved-changes question, recent files, drag and drop, and undo/redo, driven through the window."""

from __future__ import annotations

import json

import numpy as np
import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QTimer, QUrl
from PySide6.QtGui import QCloseEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from nndesk.project.presets import PRESETS
from nndesk.project.project_file import load_project, loads
from nndesk.ui import MainWindow
from nndesk.ui.main_window import State

Button = QMessageBox.StandardButton



def answer_next_question(button: Button, seen: list[str]) -> None:
    """Click ``button`` in the modal box that is about to open; record its object name in ``seen``."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.objectName())
            box.button(button).click()
        else:
            QTimer.singleShot(10, click)

    QTimer.singleShot(0, click)


def train_steps(window: MainWindow, n: int) -> None:
    for _ in range(n):
        window.step()


def test_save_and_reopen_shows_the_same_weights_predictions_and_plot(window, qtbot, tmp_path) -> None:
    window.hyper_form.eta_spin.setValue(0.7)
    train_steps(window, 40)
    path = tmp_path / "adder.nndesk"
    assert window.save_as(path)
    assert window.windowTitle() == "adder.nndesk[*] — nndesk" and not window.isWindowModified()

    other = MainWindow(restore_session=False)
    qtbot.addWidget(other)
    assert other.open_project(path)
    for a, b in zip(other.network.get_weights(), window.network.get_weights(), strict=True):
        np.testing.assert_array_equal(a, b)
    t = window.table_editor.table()
    np.testing.assert_array_equal(other.network.predict(t.inputs), window.network.predict(t.inputs))
    assert other.network.epochs == 40 and other.network.eta == 0.7
    n = window.error_plot.buffer.n
    assert other.error_plot.buffer.n == n == 40
    np.testing.assert_array_equal(other.error_plot.buffer.errors[:n], window.error_plot.buffer.errors[:n])
    assert other.epoch_label.text() == "epoch 40" and other.state is State.PAUSED
    assert other.hyper_form.values() == window.hyper_form.values()
    assert other.windowTitle() == "adder.nndesk[*] — nndesk" and not other.isWindowModified()
    # the plot goes on where the saved run stopped
    other.step()
    assert other.error_plot.buffer.last_epoch() == 41


def test_save_adds_the_suffix_and_saves_in_place_afterwards(window, tmp_path) -> None:
    assert window.save_as(tmp_path / "mine")
    assert window.project_path() == tmp_path / "mine.nndesk"
    window.step()
    assert window.isWindowModified()
    assert window.save()
    assert load_project(tmp_path / "mine.nndesk").state.epochs == 1


def test_edits_and_training_mark_the_window_modified(window) -> None:
    assert not window.isWindowModified()
    window.table_editor.model.setData(window.table_editor.model.index(0, 2), "1")
    assert window.isWindowModified()


def test_a_bad_file_is_explained_and_the_window_keeps_its_work(window, qtbot, tmp_path) -> None:
    bad = tmp_path / "broken.nndesk"
    bad.write_text(json.dumps({"format": "nndesk-project", "version": 1, "table": {}}))
    before = window.table_editor.table()
    assert not window.open_project(bad)
    box = window.findChild(QMessageBox, "problemBox")
    assert box is not None and box.isVisible()
    assert "Cannot open broken.nndesk" in box.text() and "table.inputs" in box.text()
    assert window.table_editor.table() == before and window.project_path() is None
    box.close()


def test_new_with_unsaved_changes_asks_and_cancel_keeps_everything(window, tmp_path) -> None:
    window.table_editor.choose_preset("XOR")
    seen: list[str] = []
    answer_next_question(Button.Cancel, seen)
    assert not window.new_project()
    assert seen == ["unsavedChangesBox"]
    assert window.table_editor.table() == PRESETS["XOR"] and window.isWindowModified()


def test_new_with_discard_loads_the_demo(window) -> None:
    window.table_editor.choose_preset("XOR")
    seen: list[str] = []
    answer_next_question(Button.Discard, seen)
    assert window.new_project()
    assert seen == ["unsavedChangesBox"]
    assert window.table_editor.table() == PRESETS["Half adder"] and not window.isWindowModified()
    assert not window.undo_action.isEnabled()


def test_open_with_save_saves_first(window, tmp_path) -> None:
    other = tmp_path / "other.nndesk"
    assert window.save_as(other)
    window.table_editor.choose_preset("XOR")
    window.save_as(tmp_path / "xor.nndesk")
    window.step()
    seen: list[str] = []
    answer_next_question(Button.Save, seen)
    assert window.open_project(other)
    assert seen == ["unsavedChangesBox"]
    assert load_project(tmp_path / "xor.nndesk").state.epochs == 1
    assert window.table_editor.table() == PRESETS["Half adder"] and window.project_path() == other


def test_quit_with_unsaved_changes_asks_and_cancel_keeps_the_window_open(window) -> None:
    window.step()
    seen: list[str] = []
    answer_next_question(Button.Cancel, seen)
    window.quit_action.trigger()
    assert seen == ["unsavedChangesBox"] and window.isVisible()
    answer_next_question(Button.Discard, seen)
    window.quit_action.trigger()
    assert not window.isVisible()


def test_recent_files_list_saved_projects_and_forget_missing_ones(window, tmp_path) -> None:
    for name in ("a", "b"):
        window.save_as(tmp_path / name)
    window._fill_recent_menu()
    texts = [a.text() for a in window.recent_menu.actions()]
    assert texts == ["&1 b.nndesk", "&2 a.nndesk"]
    (tmp_path / "a.nndesk").unlink()
    window.recent_menu.actions()[1].trigger()
    box = window.findChild(QMessageBox, "problemBox")
    assert box is not None and "no longer there" in box.text()
    box.close()
    window._fill_recent_menu()
    assert [a.text() for a in window.recent_menu.actions()] == ["&1 b.nndesk"]


def test_a_project_dropped_on_the_window_opens(window, tmp_path) -> None:
    window.table_editor.choose_preset("XOR")
    window.save_as(tmp_path / "xor.nndesk")
    window.table_editor.choose_preset("AND")
    window.save_as(tmp_path / "and.nndesk")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "xor.nndesk"))])
    event = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert event.isAccepted()
    assert window.table_editor.table() == PRESETS["XOR"] and window.project_path() == tmp_path / "xor.nndesk"


def test_the_file_opened_from_the_command_line_is_shown(qtbot, tmp_path) -> None:
    from nndesk.app import _show_main_window

    w = MainWindow(restore_session=False)
    qtbot.addWidget(w)
    w.table_editor.choose_preset("Majority")
    w.save_as(tmp_path / "maj.nndesk")
    _app, shown = _show_main_window(tmp_path / "maj.nndesk")
    qtbot.addWidget(shown)
    assert shown.table_editor.table() == PRESETS["Majority"]
    assert shown.windowTitle() == "maj.nndesk[*] — nndesk"


# ---------------------------------------------------------------------------------------------- undo
def test_cell_edits_undo_and_redo(window) -> None:
    model = window.table_editor.model
    before = model.table()
    model.setData(model.index(1, 2), "0")
    after = model.table()
    assert after != before
    assert window.undo_action.isEnabled() and "Set Sum in row 2 to 0" in window.undo_action.text()
    window.undo_action.trigger()
    assert model.table() == before
    window.redo_action.trigger()
    assert model.table() == after


def test_undoing_an_added_column_gives_the_network_its_old_shape_back(window) -> None:
    window.table_editor.add_input_column()
    assert window.network.topology[0] == 3
    window.undo()
    assert window.table_editor.table() == PRESETS["Half adder"]
    assert window.network.topology[0] == 2 and window.topology_editor.topology()[0] == 2


def test_presets_renames_and_topology_edits_undo_in_order(window) -> None:
    window.table_editor.choose_preset("XOR")
    window.table_editor.rename_column(0, "P")
    window.topology_editor.add_button.click()
    assert window.topology_editor.topology() == [2, 3, 3, 1]
    window.undo()
    assert window.topology_editor.topology() == [2, 3, 1] and window.network.topology == (2, 3, 1)
    window.undo()
    assert window.table_editor.table() == PRESETS["XOR"]
    window.undo()
    assert window.table_editor.table() == PRESETS["Half adder"]
    window.redo()
    window.redo()
    window.redo()
    assert window.topology_editor.topology() == [2, 3, 3, 1]
    assert window.table_editor.table().input_names == ("P", "B")


def test_undo_is_off_while_training(window, qtbot) -> None:
    window.table_editor.add_row()
    assert window.undo_action.isEnabled()
    window.hyper_form.target_spin.setValue(1e-9)
    window.train()
    assert not window.undo_action.isEnabled()
    window.undo()  # the shortcut may still arrive: nothing happens
    assert window.table_editor.table().n_rows == 5
    with qtbot.waitSignal(window.trainingFinished, timeout=5000, raising=False):
        window.reset()
    assert window.undo_action.isEnabled()


def test_undo_and_save_keys_are_the_standard_ones(window) -> None:
    keys = {a.objectName(): [k.toString() for k in a.shortcuts()]
            for a in (window.undo_action, window.redo_action, window.save_action, window.open_action)}
    assert "Ctrl+Z" in keys["undoAction"] and "Ctrl+S" in keys["saveAction"] and "Ctrl+O" in keys["openAction"]
    assert keys["redoAction"]


def test_saved_file_is_the_projects_json(window, tmp_path) -> None:
    window.save_as(tmp_path / "p.nndesk")
    assert loads((tmp_path / "p.nndesk").read_text()) == window.project()


def test_export_as_python_writes_a_file_that_gives_the_same_outputs(window, tmp_path) -> None:
    import subprocess
    import sys

    train_steps(window, 25)
    path = tmp_path / "adder.py"
    assert window.export_python(path)
    done = subprocess.run([sys.executable, "-I", str(path), "1", "0"], capture_output=True, text=True, timeout=60)
    raw = [float(v) for v in done.stdout.splitlines()[1].split("|")[1].split("->")[0].split()]
    np.testing.assert_allclose(raw, window.network.predict([1.0, 0.0]), atol=5e-5)  # printed with 4 decimals
    assert "Half adder" in path.read_text().splitlines()[0]


def test_a_preset_shipped_as_a_file_brings_its_settings_and_trains_with_dont_cares(window) -> None:
    window.table_editor.choose_preset("7-segment decoder")
    h = window.hyper_form.values()
    assert (h.eta, h.alpha, h.target_error) == (0.5, 0.9, 0.05)
    assert window.network.topology == (4, 10, 7) and window.network.eta == 0.5
    assert window.table_editor.model.data(window.table_editor.model.index(15, 4)) == "x"
    train_steps(window, 3)
    assert window.network.epochs == 3 and np.isfinite(window._last_error)


class TitleBarClose(QCloseEvent):
    """The close event the window manager sends for the title bar's X (spontaneous; offscreen Qt cannot send one)."""

    def spontaneous(self) -> bool:
        return True


def test_closing_the_window_from_its_title_bar_asks_about_unsaved_changes(window) -> None:
    window.step()
    seen: list[str] = []
    answer_next_question(Button.Cancel, seen)
    event = TitleBarClose()
    window.closeEvent(event)
    assert seen == ["unsavedChangesBox"] and not event.isAccepted()
    answer_next_question(Button.Discard, seen)
    event = TitleBarClose()
    window.closeEvent(event)
    assert seen == ["unsavedChangesBox", "unsavedChangesBox"] and event.isAccepted()


def test_a_programs_close_does_not_ask(window) -> None:
    window.step()
    window.close()
    assert not window.isVisible()


def test_recent_files_keep_the_last_eight(window, tmp_path) -> None:
    for k in range(10):
        window.save_as(tmp_path / f"p{k}")
    window._fill_recent_menu()
    texts = [a.text() for a in window.recent_menu.actions()]
    assert len(texts) == 8 and texts[0] == "&1 p9.nndesk" and texts[-1] == "&8 p2.nndesk"


@pytest.mark.parametrize(("change", "message"), [
    ({"topology": (2, 100, 2), "activations": ("sigmoid", "sigmoid")}, "bigger than the window shows"),
    ({"eta": 0.0}, "its learning rate η 0 is outside what the window allows"),
    ({"alpha": 12.0}, "its momentum α 12 is outside"),
])
def test_a_valid_file_beyond_the_windows_limits_is_explained(window, tmp_path, change, message) -> None:
    from dataclasses import replace

    from nndesk.project.project_file import save_project

    project = replace(window.project(), **change)
    save_project(project, tmp_path / "big.nndesk")
    assert not window.open_project(tmp_path / "big.nndesk")
    box = window.findChild(QMessageBox, "problemBox")
    assert box is not None and message in box.text() and box.text().startswith("Cannot open big.nndesk: ")
    box.close()
