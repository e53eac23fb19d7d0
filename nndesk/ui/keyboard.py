"""The keyboard in the main window: a Tab chain that goes through every control and never traps, panes and
dock tabs by key, and mnemonics on menus, buttons and dialog buttons.

``install_keyboard(window)``:

- Tab leaves the tables (arrow keys move between cells) and skips what is not on screen: the controls of a
  dock behind another dock's tab. So from the preset menu Tab walks the table, its buttons, the network,
  the training settings, the error plot, "Try it" and the dock in front, and comes back to the start.
- View ▸ Next Pane (Ctrl+Tab) and Previous Pane (Ctrl+Shift+Tab) move between the table, the network, the
  training settings, the plot, "Try it" and the docks, as in Qt Creator and office programs; View ▸ Next Dock
  Tab (Ctrl+PgDown) and Previous Dock Tab (Ctrl+PgUp) bring the next dock of a tab group to the front.
- Every menu item and button gets a mnemonic (Alt+letter), never the same letter twice in one menu or one
  window; the buttons of a dialog the window opens get theirs when it shows (message boxes, button boxes).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QFocusEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFileDialog,
    QFrame,
    QGraphicsView,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTabBar,
    QWidget,
)

from nndesk.ui.appearance import find_menu

_CHAIN_LIMIT = 500  # widgets looked at when skipping the unreachable ones: more than any window here has


# --- mnemonics ------------------------------------------------------------------------------------------------
_ENTITY = re.compile(r"&#?\w+;")


def mnemonic_letter(text: str) -> str:
    """The letter after the ``&`` of ``text`` (lower case), or "" when it has none (``&&`` is a plain &, and
    ``&nbsp;`` in a rich-text label is an entity)."""
    plain = _ENTITY.sub("", text.replace("&&", ""))
    i = plain.find("&")
    return plain[i + 1].lower() if 0 <= i < len(plain) - 1 else ""


def with_mnemonic(text: str, used: set[str]) -> str:
    """``text`` with an ``&`` before a letter not in ``used`` (the first letter of a word first), which it adds
    to ``used``; ``text`` as it is when it has one already or no free letter."""
    if not text or mnemonic_letter(text):
        used.add(mnemonic_letter(text))
        return text
    starts = [i for i, c in enumerate(text) if c.isalnum() and (i == 0 or not text[i - 1].isalnum())]
    for i in [*starts, *range(len(text))]:
        c = text[i].lower()
        if c.isalnum() and c not in used:
            used.add(c)
            return text[:i] + "&" + text[i:]
    return text


def give_menu_mnemonics(menu: QMenu) -> None:
    """A mnemonic for each item of ``menu`` without one, no letter twice (items that have one keep it)."""
    actions = [a for a in menu.actions() if not a.isSeparator() and a.text()]
    used = {mnemonic_letter(a.text()) for a in actions} - {""}
    for action in actions:
        if not mnemonic_letter(action.text()):
            action.setText(with_mnemonic(action.text(), used))


def give_button_mnemonics(buttons: list[QAbstractButton], used: set[str]) -> None:
    """A mnemonic for each button without one: a letter no other control uses where its text has one, else its
    first word's first letter (Qt's Alt+letter then moves between the buttons that share it)."""
    for button in buttons:
        text = button.text()
        if text and not mnemonic_letter(text) and any(c.isalpha() for c in text):
            text = with_mnemonic(text, used)
            if not mnemonic_letter(text):
                first = next(i for i, c in enumerate(text) if c.isalpha())
                text = text[:first] + "&" + text[first:]
            button.setText(text)


def _dialog_buttons(dialog: QDialog) -> list[QAbstractButton]:
    boxes = dialog.findChildren(QDialogButtonBox)
    buttons = [b for box in boxes for b in box.buttons()]
    if isinstance(dialog, QMessageBox):
        buttons += [b for b in dialog.buttons() if b not in buttons]
    return buttons


def _taken_letters(top: QWidget) -> set[str]:
    """Letters already used under ``top``: its labels' and buttons' mnemonics, and the menu bar's."""
    used = {mnemonic_letter(w.text()) for w in top.findChildren(QLabel) + top.findChildren(QAbstractButton)}
    if isinstance(top, QMainWindow):
        used |= {mnemonic_letter(a.text()) for a in top.menuBar().actions()}
    return used - {""}


# --- focus ----------------------------------------------------------------------------------------------------
def behind_a_tab(widget: QWidget) -> bool:
    """Whether ``widget`` is in a dock that another dock's tab covers (Qt keeps such docks "visible")."""
    w: QWidget | None = widget
    while w is not None:
        if isinstance(w, QDockWidget):
            return w.visibleRegion().isEmpty()
        w = w.parentWidget()
    return False


def reachable(widget: QWidget) -> bool:
    """Whether Tab may stop at ``widget``: shown, enabled, taking Tab focus, and not behind a dock tab."""
    return (widget.isVisible() and widget.isEnabled() and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
            and widget.focusProxy() is None and not behind_a_tab(widget))


class FocusFrame(QFrame):
    """A frame in the highlight colour over a plot while it has the keyboard focus: plots take the focus (a
    screen reader reads their description) but draw no sign of it, which left Tab in an invisible spot.
    A child of its own, not a style sheet on the plot: that would stop the plot following the appearance."""

    def __init__(self, plot: QWidget) -> None:
        super().__init__(plot)
        self.setObjectName("focusFrame")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()
        plot.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.FocusIn and isinstance(watched, QWidget):
            colour = watched.palette().color(QPalette.ColorRole.Highlight).name()
            self.setStyleSheet(f"QFrame#focusFrame {{ border: 2px solid {colour}; background: transparent; }}")
            self.setGeometry(watched.rect())
            self.raise_()
            self.show()
        elif kind == QEvent.Type.FocusOut:
            self.hide()
        elif kind == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
        return False


class Keyboard(QObject):
    """The window's keyboard wiring. Created by :func:`install_keyboard`."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("keyboard")
        self.window_ = window
        for view in window.findChildren(QAbstractItemView):
            view.setTabKeyNavigation(False)  # Tab goes on to the next control; the arrow keys move between cells
        for plot in window.findChildren(QGraphicsView):
            if plot.focusPolicy() & Qt.FocusPolicy.TabFocus:
                FocusFrame(plot)
        self._add_actions()
        for menu in [a.menu() for a in window.menuBar().actions() if a.menu() is not None]:
            self._follow_menu(menu)
        give_button_mnemonics([b for b in window.findChildren(QAbstractButton) if b.focusPolicy() !=
                               Qt.FocusPolicy.NoFocus], _taken_letters(window))
        # Filters on the window (dialogs it parents) and on the controls in docks (the only ones a tab hides),
        # not on the application: a Python filter there would run for every event of the program.
        window.installEventFilter(self)
        for dock in window.findChildren(QDockWidget):
            for widget in [dock, *dock.findChildren(QWidget)]:
                if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                    widget.installEventFilter(self)

    def _add_actions(self) -> None:
        w = self.window_
        view = find_menu(w, "View") or w.menuBar().addMenu(self.tr("&View"))
        view.addSeparator()
        for text, name, keys, slot in (
                (self.tr("Next Pane"), "nextPaneAction", ["Ctrl+Tab"], lambda: self.move_pane(1)),
                (self.tr("Previous Pane"), "previousPaneAction", ["Ctrl+Shift+Tab", "Ctrl+Backtab"],
                 lambda: self.move_pane(-1)),
                (self.tr("Next Dock Tab"), "nextDockTabAction", ["Ctrl+PgDown"], lambda: self.move_dock_tab(1)),
                (self.tr("Previous Dock Tab"), "previousDockTabAction", ["Ctrl+PgUp"],
                 lambda: self.move_dock_tab(-1))):
            action = QAction(text, w)
            action.setObjectName(name)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            view.addAction(action)

    def _follow_menu(self, menu: QMenu) -> None:
        give_menu_mnemonics(menu)
        # texts change with the state (Train/Continue, Undo <what>): mnemonics again each time it opens
        menu.aboutToShow.connect(lambda m=menu: give_menu_mnemonics(m))
        for action in menu.actions():
            if action.menu() is not None:
                self._follow_menu(action.menu())

    # --- panes and dock tabs ------------------------------------------------------------------------------
    def panes(self) -> list[QWidget]:
        """The parts Ctrl+Tab moves between, in order: the editors, the plot, "Try it", the docks in front."""
        w = self.window_
        fixed = [w.table_editor, w.topology_editor, w.hyper_form, w.error_plot, w.predict_panel]
        docks = [d for d in w.findChildren(QDockWidget) if d.isVisible() and not d.visibleRegion().isEmpty()]
        return [p for p in fixed if p.isVisible()] + docks

    def _first_stop(self, pane: QWidget) -> QWidget | None:
        if reachable(pane):
            return pane
        w: QWidget = pane
        for _ in range(_CHAIN_LIMIT):
            w = w.nextInFocusChain()
            if w is pane:
                break
            if pane.isAncestorOf(w) and reachable(w):
                return w
        return None

    def move_pane(self, step: int) -> None:
        """Focus the first control of the next (``step`` 1) or previous (-1) pane."""
        panes = self.panes()
        if not panes:
            return
        focus = QApplication.focusWidget()
        here = next((i for i, p in enumerate(panes) if focus is not None and (p is focus or p.isAncestorOf(focus))),
                    -1 if step > 0 else 0)
        for k in range(1, len(panes) + 1):
            pane = panes[(here + step * k) % len(panes)]
            target = self._first_stop(pane)
            if target is None and isinstance(pane, QDockWidget):
                target = self._tab_bar(pane)  # a dock of pictures only: its tab, where the arrow keys switch
            if target is not None and target.isVisible():
                target.setFocus(Qt.FocusReason.TabFocusReason if step > 0 else Qt.FocusReason.BacktabFocusReason)
                return

    def _tab_bar(self, dock: QDockWidget) -> QTabBar | None:
        """The tab bar of the dock group ``dock`` is in front of (Qt's own, owned by the window), or None."""
        for bar in self.window_.findChildren(QTabBar):
            if bar.parent() is self.window_ and bar.isVisible() and bar.currentIndex() >= 0 and \
                    bar.tabText(bar.currentIndex()).replace("&", "") == dock.windowTitle().replace("&", ""):
                return bar
        return None

    def _front_docks(self) -> list[QDockWidget]:
        return [d for d in self.window_.findChildren(QDockWidget) if d.isVisible() and not d.visibleRegion().isEmpty()]

    def move_dock_tab(self, step: int) -> None:
        """Bring the next (``step`` 1) or previous (-1) tab of the dock group with the focus (else the first
        group) to the front, and focus its first control."""
        focus = QApplication.focusWidget()
        fronts = self._front_docks()
        front = next((d for d in fronts if focus is not None and d.isAncestorOf(focus)), fronts[0] if fronts else None)
        bar = self._tab_bar(front) if front is not None else None
        if bar is None or bar.count() < 2:
            return
        bar.setCurrentIndex((bar.currentIndex() + step) % bar.count())  # as a click on the tab: Qt raises its dock
        shown = next((d for d in self._front_docks() if self._tab_bar(d) is bar), None)
        stop = self._first_stop(shown) if shown is not None else None
        (stop or bar).setFocus(Qt.FocusReason.OtherFocusReason)

    # --- events ---------------------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.FocusIn and isinstance(watched, QWidget) and watched.window() is self.window_:
            self._skip_unreachable(watched, event)
        elif kind == QEvent.Type.ChildPolished and watched is self.window_:  # built by then, before shown
            child = event.child()
            if isinstance(child, QDialog) and not isinstance(child, QFileDialog):
                child.installEventFilter(self)  # its buttons exist once it is shown
        elif kind == QEvent.Type.Show and isinstance(watched, QDialog):
            give_button_mnemonics(_dialog_buttons(watched), _taken_letters(watched))
        return False

    def _skip_unreachable(self, widget: QWidget, event: QFocusEvent) -> None:
        """Tab landed on a control behind a dock tab: go on in the same direction to the next one on screen."""
        reason = event.reason()
        if reason not in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason) or reachable(widget):
            return
        forward = reason == Qt.FocusReason.TabFocusReason
        w = widget
        for _ in range(_CHAIN_LIMIT):
            w = w.nextInFocusChain() if forward else w.previousInFocusChain()
            if w is widget:
                return
            if w.window() is self.window_ and reachable(w):
                w.setFocus(reason)
                return


def install_keyboard(window: QMainWindow) -> Keyboard:
    """Wire ``window``'s keyboard (after its menus, docks and buttons exist). Once per window."""
    existing = window.findChild(Keyboard, "keyboard")
    return existing if existing is not None else Keyboard(window)
