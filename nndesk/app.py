"""The Qt application object and the GUI's run loop (``run_gui``); the command line is ``nndesk.cli``."""

from __future__ import annotations

import re
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMessageLogContext, Qt, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMainWindow

from nndesk import __version__, assets

APP_NAME = "nndesk"
ORGANISATION = "nndesk"  # QSettings reads and writes ~/.config/nndesk/nndesk.conf
SMOKE_TEST_TIMEOUT_S = 20.0
# Qt messages that are not a fault of nndesk or its bundle: the offscreen platform has no window manager.
HARMLESS_QT_MESSAGES = re.compile(r"This plugin does not support propagateSizeHints\(\)")


def create_application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication of this process, created on first call and configured for nndesk.

    Safe to call twice (tests, pytest-qt's ``qapp``): an existing instance is configured and returned.
    """
    app = QApplication.instance()
    if app is None:
        # Fractional scale factors (125 %, 150 %) as the desktop asks, not rounded to whole numbers.
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication), "a QCoreApplication without widgets already exists"
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName(APP_NAME)  # ties Wayland windows to nndesk.desktop and its icon
    app.setWindowIcon(assets.app_icon())
    from nndesk.ui.language_menu import install_language  # the user's language, before any text is made

    install_language(app)
    return app


def run_gui(project_path: Path | None = None, smoke_test: bool = False, started: float | None = None) -> int:
    """Show the main window and run the event loop until the user quits; returns the exit code.

    ``project_path`` is a project file to open (the file exists; the command line checked).
    ``smoke_test`` shows the window, waits until the screen shows it, prints one line and exits with 0,
    or with 1 when the window does not appear within ``SMOKE_TEST_TIMEOUT_S`` seconds.
    ``started`` is the ``time.perf_counter()`` the smoke test counts from (default: now).
    """
    started = time.perf_counter() if started is None else started
    if smoke_test:
        with _recording_qt_warnings() as warnings:
            app, window = _show_main_window(project_path, offer_recovery=False)
            code = _run_smoke_test(app, window, started)
        if code == 0 and warnings:
            _say(f"nndesk {__version__}: Qt warned while starting:\n  " + "\n  ".join(warnings))
            return 1
        return code
    app, window = _show_main_window(project_path)
    return app.exec()


def _show_main_window(project_path: Path | None, offer_recovery: bool = True) -> tuple[QApplication, QMainWindow]:
    """The main window, shown; first the work a crashed session autosaved is offered back (not in a smoke
    test, which must never wait for an answer), then ``project_path`` is opened unless that work was restored."""
    app = create_application()
    from nndesk.ui import MainWindow  # the heavy part (pyqtgraph), imported once the app exists

    window = MainWindow()
    window.show()
    restored = offer_recovery and offer_crashed_work(window)
    if project_path is not None and not restored:
        window.open_project(project_path)
    return app, window


def offer_crashed_work(window: QMainWindow) -> bool:
    """If a session that no longer runs left autosaved work, ask whether to restore it into ``window`` (a modal
    box named ``recoveryBox``); True if it was restored. Nothing is asked when there is none."""
    from nndesk.ui.autosave import pending_recovery

    recovery = pending_recovery()
    return recovery is not None and window.offer_recovery(recovery)


@contextmanager
def _recording_qt_warnings() -> Iterator[list[str]]:
    """Collect Qt's warnings and errors (a bundle missing a plugin says so only there) in a list."""
    warnings: list[str] = []

    def record(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        serious = kind not in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg)
        if serious and not HARMLESS_QT_MESSAGES.search(message):
            warnings.append(message)

    previous = qInstallMessageHandler(record)
    try:
        yield warnings
    finally:
        qInstallMessageHandler(previous)


def _run_smoke_test(app: QApplication, window: QMainWindow, started: float) -> int:
    """Poll until the main window is exposed, report, close it and leave the event loop."""
    outcome: dict[str, float] = {}
    poll = QTimer()
    poll.setInterval(10)

    def check() -> None:
        handle = window.windowHandle()
        shown = handle is not None and handle.isExposed() and window.isVisible()
        timed_out = time.perf_counter() - started > SMOKE_TEST_TIMEOUT_S
        if shown or timed_out:
            poll.stop()
            if shown:
                outcome["shown_after_s"] = time.perf_counter() - started
            app.exit(0)  # not quit(): that closes the windows inside exec() and posts a second Quit event

    poll.timeout.connect(check)
    poll.start()
    app.exec()
    # Closed only now: closing the last window inside exec() posts a Quit event; handled after exec() has
    # returned, it leaves Qt quitting, and every later event loop of this process (a test's) ends at once.
    window.close()
    if "shown_after_s" not in outcome:
        _say(f"nndesk {__version__}: the main window did not appear within {SMOKE_TEST_TIMEOUT_S:.0f} s")
        return 1
    problem = _smoke_test_problem(app, window)
    if problem:
        _say(f"nndesk {__version__}: {problem}")
        return 1
    _say(f"nndesk {__version__}: main window shown in {outcome['shown_after_s']:.2f} s")
    return 0


def _smoke_test_problem(app: QApplication, window: QMainWindow) -> str | None:
    """What is visibly wrong with a window that did appear (a bundle missing its icon plugin...), or None."""
    if not window.windowTitle():
        return "the main window has no title"
    if app.windowIcon().pixmap(32, 32).isNull():
        return "the application icon could not be drawn (is the Qt SVG plugin missing?)"
    from nndesk.qt_parts import missing_parts

    missing = missing_parts()
    return "missing from this installation: " + "; ".join(missing) if missing else None


def _say(line: str) -> None:
    # A GUI-script entry point may run without a console, where sys.stdout is None.
    if sys.stdout is not None:
        print(line, flush=True)
