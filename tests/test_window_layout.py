"""The window shares its room sensibly at any size, never lets a preset squeeze the docks, and repairs a
remembered layout that is broken (View ▸ Reset Layout puts everything back)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QLabel, QTabBar

from nndesk.ui import MainWindow
from nndesk.ui.settings import open_settings, save_geometry
from nndesk.ui.window_layout import DOCK_MIN_WIDTH, TABLE_ROWS_SHOWN, share_width


def _open(qtbot, width: int, height: int) -> MainWindow:
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(width, height)
    w.show()
    qtbot.waitExposed(w)
    return w


def _dock(w: MainWindow) -> QDockWidget:
    return w.findChild(QDockWidget, "networkDiagram")


def _plot_width(w: MainWindow) -> int:
    return w.splitter.widget(1).width()


def test_shares_give_each_part_at_least_its_minimum():
    assert share_width(900, 360) == (360, 260, 280)
    left, plot, dock = share_width(1920, 360)
    assert left <= 520 and plot >= 600 and dock >= 600


@pytest.mark.parametrize(("width", "height"), [(900, 600), (1280, 800), (1920, 1080)])
def test_every_size_shares_its_width_and_shows_several_rows_of_the_table(qtbot, width, height):
    w = _open(qtbot, width, height)
    assert w.width() == width
    assert _dock(w).width() >= DOCK_MIN_WIDTH
    assert _plot_width(w) >= 200
    # the extra width of a big window goes to the plot and the docks alike: the map is never a sliver
    assert abs(_plot_width(w) - _dock(w).width()) < 0.2 * width
    view = w.table_editor.view
    last = view.rowViewportPosition(TABLE_ROWS_SHOWN - 2) + view.rowHeight(TABLE_ROWS_SHOWN - 2)
    assert last <= view.viewport().height()  # the half adder's four rows in full


def test_growing_the_window_widens_the_docks_too(qtbot):
    w = _open(qtbot, 1280, 800)
    before = _dock(w).width()
    w.resize(1920, 1000)
    qtbot.waitUntil(lambda: _dock(w).width() > before + 150)
    w.resize(1000, 700)
    qtbot.waitUntil(lambda: _dock(w).width() < before)
    assert _dock(w).width() >= DOCK_MIN_WIDTH and _plot_width(w) >= 150


def test_the_7_segment_decoder_neither_widens_the_window_nor_squeezes_the_docks(qtbot):
    w = _open(qtbot, 1280, 800)
    w.table_editor.choose_preset("7-segment decoder")
    qtbot.wait(50)
    assert w.width() == 1280 and w.minimumSizeHint().width() < 900
    assert _dock(w).width() >= DOCK_MIN_WIDTH
    tabs = [bar for bar in w.findChildren(QTabBar) if bar.parent() is w and bar.isVisible()]
    assert tabs and all(bar.elideMode() == Qt.TextElideMode.ElideNone for bar in tabs)
    from nndesk.ui.predict_panel import WideRow

    row = w.predict_panel.findChild(WideRow, "predictRow")
    assert row.widget().minimumSizeHint().width() > row.width()  # seven toggles and seven outputs: it scrolls
    qtbot.waitUntil(lambda: row.horizontalScrollBar().isVisible() and row.horizontalScrollBar().maximum() > 0)


def test_a_remembered_squeezed_layout_is_repaired_at_start(qtbot):
    # what an older nndesk saved after the 7-segment decoder: a 1,427 px window with the docks 230 px wide
    first = _open(qtbot, 1427, 800)
    for dock in first.findChildren(QDockWidget):
        dock.setMinimumWidth(0)
    first.resizeDocks([_dock(first)], [230], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: _dock(first).width() < 240)
    save_geometry(open_settings(), first.saveGeometry(), first.saveState(), first.splitter.saveState())
    first.hide()
    second = MainWindow()
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert _dock(second).width() >= DOCK_MIN_WIDTH
    assert _plot_width(second) >= 150  # restoreGeometry fits the window into the offscreen 800 px screen
    assert "remembered layout was repaired" in second.statusBar().currentMessage()


@pytest.mark.qt_log_ignore(r"This plugin does not support raise\(\)")  # offscreen: floating the dock in the test
def test_reset_layout_puts_every_dock_back_on_the_right(qtbot):
    w = _open(qtbot, 1280, 800)
    action = w.findChild(type(w.log_action), "resetLayoutAction")
    assert action is not None and action.text() == "Reset &Layout"
    view_menu = next(a.menu() for a in w.menuBar().actions() if a.text() == "&View")
    assert action in view_menu.actions()
    w.findChild(QDockWidget, "truthCheck").setFloating(True)
    w.findChild(QDockWidget, "decisionMap").close()
    w.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, w.findChild(QDockWidget, "stepThrough"))
    action.trigger()
    for name in ("networkDiagram", "truthCheck", "decisionMap", "stepThrough"):
        dock = w.findChild(QDockWidget, name)
        assert not dock.isFloating() and w.dockWidgetArea(dock) == Qt.DockWidgetArea.RightDockWidgetArea, name
        assert not dock.isHidden(), name
    qtbot.waitUntil(lambda: not _dock(w).visibleRegion().isEmpty())  # the Network tab in front
    assert _dock(w).width() >= DOCK_MIN_WIDTH


def test_a_message_longer_than_the_status_bar_gets_its_own_wrapped_line(qtbot):
    w = _open(qtbot, 900, 600)
    line = w.findChild(QLabel, "messageLine")
    long = ("Stopped at epoch 77,843: a network without a hidden layer draws one straight line; XOR needs two: "
            "add a hidden layer (Y is A XOR B)")
    w.statusBar().showMessage(long)
    qtbot.waitUntil(line.isVisible)
    assert line.text() == long and line.wordWrap()
    assert line.width() <= w.width() and line.height() >= line.heightForWidth(line.width()) - 2  # all of it shown
    w.statusBar().showMessage("Saved")
    qtbot.waitUntil(lambda: not line.isVisible())
