"""The main window of nndesk: table, topology, hyperparameters, live error plot and predictions."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QWidget

import nndesk

ABOUT_TEXT = (
    "<b>nndesk {version}</b><p>Train small feed-forward neural networks by pointing and clicking, "
    "and watch them learn.</p>"
)


def _app_icon():
    """The application icon, or None while the assets module is not there."""
    try:
        from nndesk.assets import app_icon  # type: ignore[attr-defined]
    except ImportError:
        return None
    return app_icon()


class MainWindow(QMainWindow):
    """The application window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("nndesk")
        icon = _app_icon()
        if icon is not None:
            self.setWindowIcon(icon)
        self.setCentralWidget(QLabel("nndesk"))
        self._build_menus()
        self.statusBar().showMessage("Ready")

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu("&Help")
        about_action = QAction("&About nndesk", self)
        about_action.triggered.connect(self.show_about)
        help_menu.addAction(about_action)

    def show_about(self) -> None:
        QMessageBox.about(self, "About nndesk", ABOUT_TEXT.format(version=nndesk.__version__))
