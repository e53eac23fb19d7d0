"""The keyboard reaches every part of the main window and never traps: Tab walks the whole chain and comes
back, Ctrl+Tab moves between panes, Ctrl+PgDown between dock tabs; menus and buttons have mnemonics, never
the same letter twice in one menu or one window, and a dialog's buttons get theirs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDockWidget,
    QFrame,
    QLabel,
    QMenu,
    QMessageBox,
    QTabBar,
    QWidget,
)

from nndesk.ui.keyboard import behind_a_tab, mnemonic_letter, with_mnemonic
from nndesk.ui.table_dialogs import ExpressionDialog


def _focus(window, qtbot) -> QWidget:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return QApplication.focusWidget()


def _walk(qtbot, start: QWidget, key: Qt.Key, limit: int = 120) -> list[QWidget]:
    """The widgets Tab (or Shift+Tab) stops at from ``start`` until it is back at ``start``."""
    modifier = Qt.KeyboardModifier.ShiftModifier if key == Qt.Key.Key_Backtab else Qt.KeyboardModifier.NoModifier
    stops = []
    for _ in range(limit):
        qtbot.keyClick(QApplication.focusWidget(), key, modifier)
        widget = QApplication.focusWidget()
        if widget is start:
            return stops
        stops.append(widget)
    pytest.fail("Tab never came back to where it started: " + ", ".join(w.objectName() for w in stops[-8:]))


def _show_dock(window, qtbot, name: str) -> QDockWidget:
    dock = window.findChild(QDockWidget, name)
    dock.raise_()
    qtbot.waitUntil(lambda: not dock.visibleRegion().isEmpty())
    return dock


@pytest.mark.parametrize("key", [Qt.Key.Key_Tab, Qt.Key.Key_Backtab])
def test_tab_walks_every_control_on_screen_and_comes_back(window, qtbot, key):
    _show_dock(window, qtbot, "decisionMap")
    start = window.table_editor.preset_combo
    start.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start)
    stops = _walk(qtbot, start, key)
    names = [w.objectName() for w in stops]
    for name in ("trainingTable", "addRowButton", "hiddenSpin0", "etaSpin", "maxEpochsSpin", "errorPlot",
                 "inputToggle0", "inputToggle1", "decisionMapOutput"):
        assert name in names, name
    assert len(set(names)) == len(names) or names.count("trainingTable") == 1  # the table is one stop, not 8 cells
    assert names.count("trainingTable") == 1
    for w in stops:
        assert w.isVisible() and w.isEnabled() and not behind_a_tab(w), w.objectName()
    assert "truthCheckTable" not in names  # behind the Decision map's tab
    plot = window.error_plot
    plot.setFocus(Qt.FocusReason.TabFocusReason)
    frame = plot.findChild(QFrame, "focusFrame")  # the plot shows where the focus is
    qtbot.waitUntil(frame.isVisible)
    assert frame.geometry() == plot.rect()
    window.table_editor.view.setFocus()
    qtbot.waitUntil(lambda: not frame.isVisible())


def test_ctrl_tab_moves_between_panes_and_round(window, qtbot):
    _focus(window, qtbot)
    window.table_editor.preset_combo.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.table_editor.preset_combo)
    panes = [window.topology_editor, window.hyper_form, window.error_plot, window.predict_panel, None,
             window.table_editor]
    for pane in panes:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
        focus = QApplication.focusWidget()
        if pane is None:  # the Network dock: a picture, so its tab takes the focus (arrow keys switch tabs)
            assert isinstance(focus, QTabBar) and focus.tabText(focus.currentIndex()) == "Network"
        else:
            assert focus is pane or pane.isAncestorOf(focus), (pane.objectName(), focus.objectName())
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert isinstance(QApplication.focusWidget(), QTabBar)


def test_ctrl_page_down_brings_the_next_dock_tab_to_the_front(window, qtbot):
    dock = _show_dock(window, qtbot, "truthCheck")
    window.findChild(QWidget, "truthCheckTable").setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    following = window.findChild(QDockWidget, "decisionMap")
    qtbot.waitUntil(lambda: not following.visibleRegion().isEmpty())
    assert dock.visibleRegion().isEmpty()
    assert following.isAncestorOf(QApplication.focusWidget())
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dock.visibleRegion().isEmpty())


def _menus(window) -> list[QMenu]:
    found, todo = [], [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    while todo:
        menu = todo.pop()
        found.append(menu)
        todo += [a.menu() for a in menu.actions() if a.menu() is not None]
    return found


@pytest.mark.qt_log_ignore(r"This plugin does not support (raise\(\)|grabbing the keyboard)")  # offscreen popups
def test_every_menu_item_has_a_mnemonic_and_no_menu_has_a_letter_twice(window, qtbot):
    window.step_action.trigger()  # Train reads Continue now: a text the window changed after it was built
    bar_letters = [mnemonic_letter(a.text()) for a in window.menuBar().actions()]
    assert "" not in bar_letters and len(set(bar_letters)) == len(bar_letters), bar_letters
    for menu in _menus(window):
        if not menu.isEnabled() or not menu.actions():
            continue  # Open Recent, with nothing opened yet
        menu.popup(QPoint(0, 0))  # opened as the user opens it: texts changed since get their mnemonics
        qtbot.waitUntil(menu.isVisible)
        texts = [a.text() for a in menu.actions() if not a.isSeparator() and a.text()]
        letters = [mnemonic_letter(t) for t in texts]
        menu.close()
        assert "" not in letters, (menu.title(), texts)
        assert len(set(letters)) == len(letters), (menu.title(), texts)


def test_the_windows_buttons_have_mnemonics_of_their_own(window):
    buttons = [b for b in window.findChildren(QAbstractButton) if b.isVisibleTo(window)
               and b.focusPolicy() != Qt.FocusPolicy.NoFocus and any(c.isalpha() for c in b.text())]
    assert {"addRowButton", "duplicateRowButton", "newSeedButton"} <= {b.objectName() for b in buttons}
    letters = [mnemonic_letter(b.text()) for b in buttons]
    assert "" not in letters, [b.text() for b in buttons]
    labels = [mnemonic_letter(w.text()) for w in window.findChildren(QLabel) if w.isVisibleTo(window)]
    taken = letters + [x for x in labels if x] + [mnemonic_letter(a.text()) for a in window.menuBar().actions()]
    for button, letter in zip(buttons, letters, strict=True):  # a letter shared only when none was free
        if taken.count(letter) > 1:
            free = {c.lower() for c in button.text() if c.isalnum()} - set(taken)
            assert not free, f"{button.text()!r} shares Alt+{letter} though {sorted(free)} were free"


def test_dialog_buttons_get_mnemonics_when_they_open(window, qtbot):
    dialog = ExpressionDialog(window, "S = A ^ B")
    qtbot.addWidget(dialog)
    dialog.show()
    texts = [b.text() for b in dialog.buttons.buttons()]
    dialog.close()
    assert sorted(texts) == ["&Cancel", "&Make table"]
    box = QMessageBox(QMessageBox.Icon.Question, "Unsaved", "Save?", QMessageBox.StandardButton.Save
                      | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, window)
    box.open()
    letters = [mnemonic_letter(b.text()) for b in box.buttons()]
    box.close()
    assert "" not in letters and len(set(letters)) == 3


def test_a_mnemonic_goes_to_a_free_letter():
    used = {"f", "e"}
    assert with_mnemonic("Export CSV", used) == "Export &CSV" and "c" in used
    assert with_mnemonic("&Open", used) == "&Open" and "o" in used
    assert mnemonic_letter("Save && quit") == ""
