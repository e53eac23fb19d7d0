"""Small building blocks of the main window: actions with their keys, group boxes, status labels, the toolbar."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QGroupBox, QLabel, QMainWindow, QToolBar, QVBoxLayout, QWidget

from nndesk.i18n import QT_TRANSLATE_NOOP, translate

# The main window's texts that are not built in one place; the window shows them through self.tr().
ABOUT_TEXT = QT_TRANSLATE_NOOP("MainWindow", "<b>nndesk {version}</b><p>Train small feed-forward neural networks "
                               "by pointing and clicking, and watch them learn.</p>")
EDIT_WHILE_TRAINING_TIP = QT_TRANSLATE_NOOP("MainWindow", "Pause training to edit this")


def about_text() -> str:
    """Help ▸ About's text in the language nndesk speaks, with the version."""
    from nndesk import __version__

    return translate("MainWindow", ABOUT_TEXT).format(version=__version__)

# Standard keys are empty on desktops (and the offscreen platform) that define no binding for them.
_FALLBACK_KEYS = {
    QKeySequence.StandardKey.Quit: "Ctrl+Q",
    QKeySequence.StandardKey.New: "Ctrl+N",
    QKeySequence.StandardKey.Open: "Ctrl+O",
    QKeySequence.StandardKey.Save: "Ctrl+S",
    QKeySequence.StandardKey.SaveAs: "Ctrl+Shift+S",
    QKeySequence.StandardKey.Undo: "Ctrl+Z",
    QKeySequence.StandardKey.Redo: "Ctrl+Shift+Z",
}


def key_sequences(shortcuts: list) -> list[QKeySequence]:
    """Key sequences for strings and standard keys, with the usual key where the platform has none."""
    keys: list[QKeySequence] = []
    for s in shortcuts:
        if isinstance(s, QKeySequence.StandardKey):
            bound = [k for k in QKeySequence.keyBindings(s) if not k.isEmpty()]
            keys.extend(bound or [QKeySequence(_FALLBACK_KEYS[s])])
        else:
            keys.append(QKeySequence(s))
    return keys


def make_action(parent: QObject, text: str, tip: str, shortcuts: list, slot: Callable, name: str) -> QAction:
    """An action named ``name`` whose tooltip names its keys."""
    action = QAction(text, parent)
    action.setObjectName(name)
    action.setShortcuts(key_sequences(shortcuts))
    keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())
    action.setToolTip(f"{tip} ({keys})" if keys else tip)
    action.setStatusTip(tip)
    action.triggered.connect(slot)
    return action


def group(title: str, widget: QWidget) -> QGroupBox:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(8, 6, 8, 8)
    layout.addWidget(widget)
    return box


def status_label(name: str, tip: str, width: int) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setToolTip(tip)
    label.setMinimumWidth(width)
    return label


def add_training_toolbar(window: QMainWindow, actions: list[tuple[QAction, str] | None],
                         alternating: list[tuple[QAction, tuple[str, str]]], bold: QAction) -> QToolBar:
    """The window's toolbar: (action, button name) pairs, None for a separator. Each action of ``alternating`` keeps the
    width of its longer label (Train/Continue, Pause/Resume), so the buttons after it do not jump."""
    toolbar = QToolBar("Training")
    toolbar.setObjectName("trainingToolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.setIconSize(QSize(20, 20))
    window.addToolBar(toolbar)
    for entry in actions:
        if entry is None:
            toolbar.addSeparator()
            continue
        action, name = entry
        toolbar.addAction(action)
        button = toolbar.widgetForAction(action)
        button.setObjectName(name)
        button.setAccessibleName(action.text())
    toolbar.widgetForAction(bold).setStyleSheet("QToolButton { font-weight: bold; }")
    for action, texts in alternating:
        button = toolbar.widgetForAction(action)
        button.ensurePolished()
        widths = []
        for text in texts:
            action.setText(text)
            widths.append(button.sizeHint().width())
        action.setText(texts[0])
        button.setMinimumWidth(max(widths))
    return toolbar


def install_methods(window: QMainWindow) -> object:
    """The Method group, the test rows and the test error curve of issue 15 (:mod:`nndesk.ui.methods_view`)."""
    from nndesk.ui.methods_view import install_methods as install  # it builds on this module's parts

    return install(window)


def hidden_left_dock(window: QMainWindow, title: str, widget: QWidget, name: str, toggle_name: str) -> QDockWidget:
    """A dock holding ``widget`` on the window's left, hidden until its toggle in the View menu (found in the user's
    language) shows it."""
    from nndesk.ui.appearance import find_menu  # appearance builds on Qt parts, not on this module's

    dock = QDockWidget(title, window)
    dock.setObjectName(name)
    dock.setWidget(widget)
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
    dock.hide()
    toggle = dock.toggleViewAction()
    toggle.setObjectName(toggle_name)
    view = find_menu(window, "View")
    if view is not None:
        view.addAction(toggle)
    return dock
