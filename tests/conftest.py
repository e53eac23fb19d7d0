"""Test setup for the whole suite: Qt runs offscreen, settings go to a throwaway folder, and a test that
leaves a thread, a timer or a window running fails.

Qt warnings fail the test through pytest-qt (``qt_log_level_fail = "WARNING"`` in pyproject.toml).
Set NNDESK_TEST_DISPLAY=1 to watch the windows on your real screen while debugging.
"""

from __future__ import annotations

import gc
import os
import shutil
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before any QApplication exists. Forced, not setdefault: a developer's QT_QPA_PLATFORM=xcb or wayland
# must not make the suite open windows on (or depend on) a real screen.
if os.environ.get("NNDESK_TEST_DISPLAY") != "1":
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["PYQTGRAPH_QT_LIB"] = "PySide6"
os.environ["NNDESK_LANGUAGE"] = "en"  # the tests read English texts, whatever the developer's locale

_SESSION_DIR = Path(tempfile.mkdtemp(prefix="nndesk-tests-"))
if os.environ.get("NNDESK_TEST_DISPLAY") != "1" or not os.environ.get("XDG_RUNTIME_DIR"):
    # Qt warns (and so fails the test) when XDG_RUNTIME_DIR is missing, as it is in CI containers.
    _runtime_dir = _SESSION_DIR / "runtime"
    _runtime_dir.mkdir(mode=0o700)
    os.environ["XDG_RUNTIME_DIR"] = str(_runtime_dir)

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QSettings, QThread, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402
from shiboken6 import isValid  # noqa: E402

LEAK_GRACE_S = 1.0  # a thread told to stop just before the test ended may take this long to finish

_XDG_DIRS = {
    "XDG_CONFIG_HOME": "config",
    "XDG_DATA_HOME": "data",
    "XDG_CACHE_HOME": "cache",
    "XDG_STATE_HOME": "state",
}


# Qt messages that say nothing about nndesk: the offscreen platform has no window manager to pass hints to.
OFFSCREEN_NOISE = (r"This plugin does not support propagateSizeHints\(\)",)


def pytest_configure(config: pytest.Config) -> None:
    for pattern in OFFSCREEN_NOISE:
        config.addinivalue_line("qt_log_ignore", pattern)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Repeat what tests reported with ``record_property("summary", line)``, e.g. the packaged build's timing."""
    lines = [
        value
        for reports in terminalreporter.stats.values()
        for report in reports
        for key, value in getattr(report, "user_properties", ())
        if key == "summary" and getattr(report, "when", "call") == "call"
    ]
    if lines:
        terminalreporter.write_sep("-", "measured")
        for line in lines:
            terminalreporter.write_line(line)


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(_SESSION_DIR, ignore_errors=True)


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh folder per test for QSettings and the XDG config/data/cache folders; returns it.

    The user's real ~/.config/nndesk is never read or written by a test.
    """
    home = tmp_path_factory.mktemp("settings")
    for variable, name in _XDG_DIRS.items():
        (home / name).mkdir()
        monkeypatch.setenv(variable, str(home / name))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for settings_format in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(settings_format, scope, str(home / "config"))
    return home


@pytest.fixture
def window(qtbot):
    """The main window as a user opens it (the half-adder demo), shown. A test file needing more overrides it."""
    from nndesk.ui import MainWindow  # after the offscreen platform and the settings folder are set

    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def endless_window(window):
    """The shown window with a target no run reaches: training stops only when told to."""
    window.hyper_form.max_epochs_spin.setValue(1_000_000_000)
    window.hyper_form.target_spin.setValue(window.hyper_form.target_spin.minimum())
    return window


@pytest.fixture(autouse=True)
def nothing_left_running() -> Iterator[None]:
    """Fail the test if it leaves a Python thread, a running QThread, an active QTimer or an open window.

    Autouse, so set up before pytest-qt's ``qtbot`` and torn down after qtbot has closed its widgets.
    """
    threads_before = set(threading.enumerate())
    yield
    try:
        _fail_on_leaks(threads_before)
    finally:
        _collect_this_tests_garbage()


def _fail_on_leaks(threads_before: set[threading.Thread]) -> None:
    _delete_closed_widgets()
    deadline = time.monotonic() + LEAK_GRACE_S
    leaks = _running_things(threads_before)
    while leaks and time.monotonic() < deadline:
        _process_events()
        time.sleep(0.01)
        leaks = _running_things(threads_before)
    if _qt_is_stuck_quitting():
        leaks.append(_QT_QUITTING)
    if leaks:
        described = "\n  ".join(_describe(thing) for thing in leaks)
        _stop(leaks)
        pytest.fail(
            "the test left these running (stop timers, quit() and wait() threads, close windows "
            f"or register them with qtbot.addWidget):\n  {described}",
            pytrace=False,
        )


def _collect_this_tests_garbage() -> None:
    """Collect the test's garbage now, while what it made still exists, then freeze what survives so that the
    next test's collection walks only what that test makes (a full one takes ~45 ms with one window open).

    Left to a later, arbitrary collection (in practice during test_conformance's engine-only cases), the cycles of
    Python wrappers that a GUI test left crashed the whole run (SIGSEGV in QApplication.topLevelWidgets(): Qt's
    widget list held a freed widget): three helpers' full runs this session and two of mine, one under gdb. With a
    collection after each test a full run passed that zone; which test leaves the harmful cycle is not found yet.
    """
    gc.collect()
    gc.freeze()


_QT_QUITTING = "Qt itself, still quitting: quit() or exit() ran outside exec(), so every later event loop ends at once"


def _qt_is_stuck_quitting() -> bool:
    """True when an event loop would end at once (QCoreApplication.exit() ran with no loop to end)."""
    if QApplication.instance() is None:
        return False
    loop = QEventLoop()
    QTimer.singleShot(0, loop.quit)
    return loop.exec() == -1


def _process_events() -> None:
    if QApplication.instance() is not None:
        QApplication.processEvents()


def _delete_closed_widgets() -> None:
    """Let the deleteLater() calls of pytest-qt and of the test take effect, so dead widgets' timers go."""
    if QApplication.instance() is not None:
        QApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()


def _running_things(threads_before: set[threading.Thread]) -> list[object]:
    """Python threads started since ``threads_before``, and running QThreads, QTimers and open windows."""
    things: list[object] = [
        thread
        for thread in threading.enumerate()
        if thread not in threads_before
        and thread.is_alive()
        # a thread Python did not start (a QThread running Python code): the Qt check below covers it
        and not isinstance(thread, threading._DummyThread)  # type: ignore[attr-defined]
    ]
    app = QApplication.instance()
    if app is None:
        return things
    main_thread = app.thread()
    things.extend(obj for obj in _qt_objects(app) if _is_running(obj) and obj is not main_thread)
    things.extend(widget for widget in QApplication.topLevelWidgets() if widget.isVisible())
    return things


def _is_running(obj: object) -> bool:
    if isinstance(obj, QThread):
        return obj.isRunning()
    return isinstance(obj, QTimer) and obj.isActive()


_THREAD_OR_TIMER: dict[type, bool] = {}


def _is_thread_or_timer_type(kind: type) -> bool:
    # isinstance() on a Qt class is slow (~0.2 us); one dict look-up per object keeps the walk at ~5 ms.
    answer = _THREAD_OR_TIMER.get(kind)
    if answer is None:
        answer = _THREAD_OR_TIMER[kind] = issubclass(kind, QThread | QTimer)
    return answer


def _qt_objects(app: QCoreApplication) -> list[object]:
    """QThreads and QTimers that Python holds, plus those owned by the application or a top-level widget.

    With the garbage collector paused, so that no collection deletes a Python-owned widget under the walk (see
    :func:`nothing_left_running` for the crash that made this matter)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        found: dict[int, object] = {}
        for obj in gc.get_objects():
            if _is_thread_or_timer_type(type(obj)) and isValid(obj):
                found[id(obj)] = obj
        owners: list[object] = [app, *QApplication.topLevelWidgets()]
        for owner in owners:
            for kind in (QThread, QTimer):
                for child in owner.findChildren(kind):
                    found[id(child)] = child
        return [obj for obj in found.values() if isValid(obj)]
    finally:
        if enabled:
            gc.enable()


def _stop(leaks: list[object]) -> None:
    """Stop what a failed test left behind, so the next test starts clean."""
    for thing in leaks:
        if isinstance(thing, QTimer):
            thing.stop()
        elif isinstance(thing, QThread):
            thing.quit()
            thing.wait(2000)
        elif isinstance(thing, QWidget):
            thing.close()
            thing.deleteLater()
        elif thing is _QT_QUITTING:
            QTimer.singleShot(0, lambda: QCoreApplication.exit(0))
            QCoreApplication.exec()  # exec() clears the quitting state when it starts
    _delete_closed_widgets()


def _describe(thing: object) -> str:
    if isinstance(thing, threading.Thread):
        return f"Python thread {thing.name!r} (target {getattr(thing, '_target', None)!r})"
    if isinstance(thing, QTimer):
        parent = thing.parent()
        owner = f" owned by {type(parent).__name__}" if parent is not None else ""
        return f"QTimer every {thing.interval()} ms{owner}, objectName {thing.objectName()!r}"
    if isinstance(thing, QThread):
        return f"QThread {type(thing).__name__}, objectName {thing.objectName()!r}"
    if isinstance(thing, QWidget):
        return f"open window {type(thing).__name__} titled {thing.windowTitle()!r}"
    return repr(thing)
