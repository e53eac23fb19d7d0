"""How the main window shares its room: the editors, the error plot and the docks on the right.

``install_layout(window, restore=True)`` gives the docks a readable minimum width and tabs that never elide,
restores the remembered geometry and dock state, repairs their sizes when they are broken (a dock squeezed
below its minimum, the plot a sliver, a window larger than its screen; closed or floating docks stay so),
keeps sharing extra width between the plot and the docks when the window is resized, and
adds View ▸ Reset Layout (``resetLayoutAction``).

The shares, for a window ``W`` pixels wide: the editors about a third (at least their minimum, at most
``LEFT_MAX``), the rest half to the plot and half to the docks (each at least its minimum).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QFrame, QLabel, QMainWindow, QScrollArea, QTabBar, QTableView, QWidget

from nndesk.ui import settings as stored
from nndesk.ui.appearance import find_menu

DOCK_MIN_WIDTH = 280  # the diagram stays readable, the map is not a sliver
PLOT_MIN_WIDTH = 200  # below this the error plot is a sliver: a remembered layout with less is repaired
LEFT_SHARE, LEFT_MAX = 0.33, 520
DEFAULT_SIZE = QSize(1280, 800)
TABLE_ROWS_SHOWN = 5  # the training table shows at least this many rows; a low window scrolls the column


class Column(QScrollArea):
    """A column of editors that scrolls up and down in a low window instead of squeezing them: never
    narrower than its content, so nothing is cut off at the side."""

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the controls in it, not to the scroll area

    def minimumSizeHint(self) -> QSize:
        content = self.widget().minimumSizeHint()
        return QSize(content.width() + self.verticalScrollBar().sizeHint().width(), 120)

    def sizeHint(self) -> QSize:
        content = self.widget().sizeHint()
        return QSize(content.width() + self.verticalScrollBar().sizeHint().width(), content.height())


def scrolling_column(content: QWidget) -> Column:
    """``content`` in a :class:`Column`; a table in it keeps room for TABLE_ROWS_SHOWN rows."""
    for table in content.findChildren(QTableView):
        rows = table.verticalHeader().defaultSectionSize() * TABLE_ROWS_SHOWN
        table.setMinimumHeight(table.horizontalHeader().sizeHint().height() + rows + 2 * table.frameWidth() + 2)
    return Column(content)


def share_width(width: int, left_min: int, plot_min: int = PLOT_MIN_WIDTH,
                dock_min: int = DOCK_MIN_WIDTH) -> tuple[int, int, int]:
    """(editors, plot, docks) widths in pixels for a window ``width`` pixels wide, each at least its minimum
    (when the window has the room for all three)."""
    left = max(left_min, min(LEFT_MAX, round(width * LEFT_SHARE)))
    rest = max(width - left, 0)
    dock = max(dock_min, rest // 2)
    plot = max(plot_min, rest - dock)
    return left, plot, dock


class MessageLine(QLabel):
    """The status bar's message again, wrapped on a line of its own under the plot, while it is longer than
    the room the status bar has for it (it would be cut off where the state and epoch labels start)."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__()
        self.setObjectName("messageLine")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()
        self.window_ = window
        column = window.error_plot.parentWidget().layout()
        column.insertWidget(column.indexOf(window.error_plot) + 1, self)
        window.statusBar().messageChanged.connect(self.follow)

    def room(self) -> int:
        """Pixels the status bar has for a message: its width less its permanent labels'."""
        bar = self.window_.statusBar()
        labels = [w for w in bar.findChildren(QLabel) if w.isVisible() and w.objectName().endswith("Label")]
        return bar.width() - sum(w.width() for w in labels) - 12 * (len(labels) + 2)

    def follow(self, text: str) -> None:
        cut = bool(text) and self.fontMetrics().horizontalAdvance(text) > self.room()
        self.setText(text if cut else "")
        self.setVisible(cut)


class WindowLayout(QObject):
    """The window's room sharing and its repair. Created by :func:`install_layout`."""

    def __init__(self, window: QMainWindow, restore: bool) -> None:
        super().__init__(window)
        self.setObjectName("windowLayout")
        self.window_ = window
        self.docks = [d for d in window.findChildren(QDockWidget) if d.parent() is window]
        for dock in self.docks:
            dock.setMinimumWidth(DOCK_MIN_WIDTH)
        self._default_state = window.saveState()  # the docks as install_insight arranged them
        self._default_splitter = window.splitter.saveState()
        self._checked = False  # whether the first show checked the remembered layout
        self._restored = False  # whether a remembered layout was restored
        # A resize first gives all the new width to the plot (QMainWindow's way); right after it, the docks
        # take their share. Not inside the resize event: the window's own layout would undo it there.
        self._widths = (0, 0)  # the window's width before the resizes since the last share, and after
        self._after_resize = QTimer(self)
        self._after_resize.setSingleShot(True)
        self._after_resize.setInterval(0)
        self._after_resize.timeout.connect(self._keep_shares)
        self.reset_action = QAction(self.tr("Reset &Layout"), window)
        self.reset_action.setObjectName("resetLayoutAction")
        self.reset_action.setStatusTip(self.tr("Put the docks back on the right and share the window's width again"))
        self.reset_action.setShortcut(QKeySequence("Ctrl+Shift+0"))
        self.reset_action.triggered.connect(self.reset)
        self.message_line = MessageLine(window)
        view = find_menu(window, "View") or window.menuBar().addMenu(self.tr("&View"))
        view.addSeparator()
        view.addAction(self.reset_action)
        if restore:
            self._restore()
        self._tidy_tabs()
        window.installEventFilter(self)

    # --- restore and repair -------------------------------------------------------------------------------
    def _restore(self) -> None:
        w = self.window_
        geometry, state, splitter = stored.load_geometry(stored.open_settings())
        if geometry is None or not w.restoreGeometry(geometry):
            w.resize(DEFAULT_SIZE)
        if state is not None:
            self._restored = w.restoreState(state)
        if splitter is not None:
            w.splitter.restoreState(splitter)

    def broken(self) -> str:
        """Why the shown layout needs repair ("" when it is fine): measured on the window as laid out."""
        w = self.window_
        screen = w.screen().availableGeometry() if w.screen() is not None else QRect()
        if w.isMaximized() or w.isFullScreen():
            too_big = False
        else:
            too_big = screen.isValid() and (w.frameGeometry().width() > screen.width() + 2 or
                                            w.frameGeometry().height() > screen.height() + 2)
        if too_big and w.minimumSizeHint().width() <= screen.width():
            return self.tr("the window is larger than the screen")
        for dock in self._docked():
            if dock.width() < DOCK_MIN_WIDTH:
                return self.tr("the {0} dock is {1} px wide").format(dock.windowTitle(), dock.width())
        plot = w.splitter.widget(1)
        if plot.width() < PLOT_MIN_WIDTH and w.width() >= sum(share_width(0, self._left_min())):
            return self.tr("the plot is {0} px wide").format(plot.width())
        return ""

    def _docked(self) -> list[QDockWidget]:
        w = self.window_
        return [d for d in self.docks if d.isVisible() and not d.isFloating()
                and w.dockWidgetArea(d) in (Qt.DockWidgetArea.RightDockWidgetArea,
                                            Qt.DockWidgetArea.LeftDockWidgetArea)]

    def _left_min(self) -> int:
        return self.window_.splitter.widget(0).minimumSizeHint().width()

    def share(self) -> None:
        """Give the editors, the plot and the docks their shares of the window's present width."""
        w = self.window_
        docked = self._docked()
        left, plot, dock = share_width(w.width(), self._left_min())
        if docked:
            w.resizeDocks([docked[0]], [dock], Qt.Orientation.Horizontal)
        else:
            plot += dock
        w.splitter.setSizes([left, plot])
        w.layout().activate()  # now, not at the next event loop pass: what the user sees first is the share

    def reset(self) -> None:
        """View ▸ Reset Layout: every dock back on the right, tabbed, the Network tab in front; the window
        inside its screen; the width shared again."""
        w = self.window_
        for dock in self.docks:
            dock.setFloating(False)  # first: a floating dock would be raised as a window of its own
        w.restoreState(self._default_state)
        w.splitter.restoreState(self._default_splitter)
        for dock in self.docks:
            dock.show()
        front = next((d for d in self.docks if d.objectName() == "networkDiagram"), None)
        if front is not None:
            front.raise_()
        self._tidy_tabs()
        self.repair()

    def repair(self) -> None:
        """The window inside its screen and the width shared again; the docks stay where they are."""
        w = self.window_
        screen = w.screen().availableGeometry() if w.screen() is not None else QRect()
        if screen.isValid() and not (w.isMaximized() or w.isFullScreen()):
            w.resize(min(w.width(), screen.width()), min(w.height(), screen.height()))
        w.layout().activate()
        self.share()

    def _tidy_tabs(self) -> None:
        # Tabs that elide read "N…", "Tr…": full names, and scroll buttons when the dock is narrow.
        for bar in self.window_.findChildren(QTabBar):
            if bar.parent() is self.window_:
                bar.setElideMode(Qt.TextElideMode.ElideNone)
                bar.setUsesScrollButtons(True)

    # --- events -------------------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window_:
            kind = event.type()
            if kind == QEvent.Type.Show and not self._checked:
                self._checked = True
                self._repair_if_broken()
            elif kind == QEvent.Type.Resize and self._checked and self.window_.isVisible():
                old = self._widths[0] if self._after_resize.isActive() else event.oldSize().width()
                self._widths = (old, event.size().width())
                self._after_resize.start()
        return False

    def _repair_if_broken(self) -> None:
        w = self.window_
        w.layout().activate()
        if not self._restored:
            self.share()  # a first start: the shares for this window's width
            return
        reason = self.broken()
        if reason:
            self.repair()
            w.statusBar().showMessage(self.tr("The remembered layout was repaired: {0}").format(reason), 8000)

    def _keep_shares(self) -> None:
        """A wider or narrower window: the docks keep their share of the width, not only the plot."""
        (old, new), docked = self._widths, self._docked()
        if old <= 0 or new == old or not docked:
            return
        dock = next((d for d in docked if not d.visibleRegion().isEmpty()), docked[0])
        room = new - self._left_min() - PLOT_MIN_WIDTH
        target = min(max(DOCK_MIN_WIDTH, round(dock.width() * new / old)), room)
        if target >= DOCK_MIN_WIDTH and abs(target - dock.width()) > 2:
            self.window_.resizeDocks([dock], [target], Qt.Orientation.Horizontal)


def install_layout(window: QMainWindow, *, restore: bool = True) -> WindowLayout:
    """Share ``window``'s room, restore (``restore``) and repair its remembered layout, add View ▸ Reset Layout.

    After the docks exist (install_insight). Once per window.
    """
    existing = window.findChild(WindowLayout, "windowLayout")
    return existing if existing is not None else WindowLayout(window, restore)


__all__ = ["DOCK_MIN_WIDTH", "WindowLayout", "install_layout", "scrolling_column", "share_width"]
