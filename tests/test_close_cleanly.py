"""Closing the window while it trains, while a study runs and around a save: a clean stop within a second, no
thread left, and the project file on disk always complete (the old one or the new one), no temp files.

A save runs in the GUI thread from start to end, so nothing can close the window in the middle of writing
the file. What can happen is a close asked for while a save is under way: posted (a timer, the window
manager) it waits in the event queue until the save has returned; called directly from a slot that runs
inside the save (here windowTitleChanged, emitted when the saved file becomes the window's file) it runs
re-entrantly after the file was written but before the save has finished its bookkeeping.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QThread, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from nndesk.project.project_file import load_project
from nndesk.project.recovery import find_recoveries
from nndesk.ui import MainWindow
from nndesk.ui.autosave import recovery_folder

CLOSE_LIMIT_S = 1.0


@pytest.fixture
def window(endless_window: MainWindow) -> MainWindow:
    return endless_window  # conftest's window, training until told to stop


def running_qthreads() -> list[QThread]:
    app = QApplication.instance()
    return [t for t in app.findChildren(QThread) if t.isRunning()] + [
        t for w in QApplication.topLevelWidgets() for t in w.findChildren(QThread) if t.isRunning()
    ]


def timed_close(window: MainWindow) -> float:
    started = time.perf_counter()
    assert window.close()
    return time.perf_counter() - started


def only_the_project_file(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_closing_while_training_stops_within_a_second(window, qtbot, record_property):
    threads = threading.active_count()
    window.train()
    qtbot.waitUntil(lambda: window.network.epochs > 500, timeout=10_000)
    assert window.is_training()
    seconds = timed_close(window)
    record_property("summary", f"close while training: stopped in {seconds * 1000:.0f} ms")
    assert seconds < CLOSE_LIMIT_S
    assert not window.is_training() and not running_qthreads()
    assert threading.active_count() <= threads
    epochs = window.network.epochs
    qtbot.wait(100)
    assert window.network.epochs == epochs  # really stopped, not just let go
    assert find_recoveries(recovery_folder()) == []  # a clean close: no recovery file, not even of the last run


def test_closing_during_a_study_stops_it_and_closes_its_window_within_a_second(window, qtbot, record_property):
    window.open_study()
    study = window.study_window
    qtbot.addWidget(study)
    study.seeds_spin.setValue(2000)
    study.max_epochs_spin.setValue(50_000_000)
    study.start()
    window.train()  # both at once: the study's worker and the training worker
    qtbot.waitUntil(lambda: "epoch" in study.status.text() and window.network.epochs > 100, timeout=10_000)
    assert study.is_running() and window.is_training()
    seconds = timed_close(window)
    record_property("summary", f"close during a study (and training): stopped in {seconds * 1000:.0f} ms")
    assert seconds < CLOSE_LIMIT_S
    assert not study.is_running() and not window.is_training()
    assert not study.isVisible()  # the study's window goes with the main window
    assert not running_qthreads()


def test_a_close_asked_for_during_a_save_leaves_the_complete_new_file(window, qtbot, tmp_path):
    path = tmp_path / "work.nndesk"
    assert window.save_as(path)
    old_bytes = path.read_bytes()
    for _ in range(300):  # unsaved work worth keeping
        window.step()
    want = window.project()
    closes: list[str] = []

    def close_inside_the_save(_title: str) -> None:
        closes.append("during")
        window.close()  # re-entrant: runs inside _save_to, after the file was written

    QTimer.singleShot(0, lambda: (closes.append("queued"), window.close()))  # waits for the save to return
    window.windowTitleChanged.connect(close_inside_the_save)
    try:
        assert window.save()
    finally:
        window.windowTitleChanged.disconnect(close_inside_the_save)
    assert closes == []  # the title stays "work.nndesk[*]": only a new path would change it
    window.windowTitleChanged.connect(close_inside_the_save)
    try:
        other = tmp_path / "other.nndesk"
        assert window.save_as(other)  # a new path: the title changes in the middle of the save
    finally:
        window.windowTitleChanged.disconnect(close_inside_the_save)
    assert closes == ["during"]
    qtbot.waitUntil(lambda: closes == ["during", "queued"])
    assert not window.isVisible()
    for saved in (path, other):
        got = load_project(saved)
        assert got.state is not None and got.state.epochs == 300
        assert got.table == want.table
        for a, b in zip(got.state.weights, want.state.weights, strict=True):
            np.testing.assert_array_equal(a, b)
    assert path.read_bytes() != old_bytes
    assert only_the_project_file(tmp_path) == ["other.nndesk", "work.nndesk"]  # no temp file beside them
    assert not window.isWindowModified()
    assert window.autosaver.path is None  # saved and closed: nothing to recover


def test_quit_with_unsaved_changes_saves_then_closes(window, qtbot, tmp_path):
    path = tmp_path / "quit.nndesk"
    assert window.save_as(path)
    for _ in range(50):
        window.step()
    answered: list[str] = []

    def answer_save() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, answer_save)
            return
        answered.append(box.objectName())
        box.button(QMessageBox.StandardButton.Save).click()

    QTimer.singleShot(0, answer_save)
    window.quit_requested()
    assert answered == ["unsavedChangesBox"]
    assert not window.isVisible()
    assert load_project(path).state.epochs == 50
    assert only_the_project_file(tmp_path) == ["quit.nndesk"]


def test_a_cancelled_close_leaves_the_study_running(window, qtbot):
    window.open_study()
    study = window.study_window
    qtbot.addWidget(study)
    study.seeds_spin.setValue(200)
    study.max_epochs_spin.setValue(50_000_000)
    study.start()
    window.step()  # unsaved work: closing asks first

    def cancel() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, cancel)
            return
        box.button(QMessageBox.StandardButton.Cancel).click()

    QTimer.singleShot(0, cancel)
    QApplication.sendEvent(window, _spontaneous_close())  # through event filters, as a real close
    assert window.isVisible() and study.isVisible() and study.is_running()
    assert study.shutdown(1000)


def _spontaneous_close():
    """A close event as the window manager sends it (the title bar's X), which asks about unsaved work."""
    from PySide6.QtGui import QCloseEvent

    class TitleBarClose(QCloseEvent):
        def spontaneous(self) -> bool:
            return True

    return TitleBarClose()


# A session that saves its work over and over (the window's own Save), saying which epoch each save holds.
SAVING_SESSION = """
import sys
from nndesk.app import create_application
from nndesk.ui import MainWindow

app = create_application()
window = MainWindow()
for _ in range(1000):
    window.step()
assert window.save_as(sys.argv[1])
print(window.network.epochs, flush=True)
while True:
    for _ in range(7):
        window.step()
    assert window.save()
    print(window.network.epochs, flush=True)
"""


def test_a_process_killed_while_it_saves_leaves_a_complete_file(tmp_path, record_property):
    """Not a close (a save cannot be interrupted by one): the harshest end, SIGKILL at a random moment of a
    loop of saves. The file is always one complete save; only a temp file may be left beside it."""
    import os
    import random
    import signal
    import subprocess
    import sys

    path = tmp_path / "work.nndesk"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    rng = random.Random(5)
    leftovers = 0
    for _ in range(3):
        session = subprocess.Popen(
            [sys.executable, "-c", SAVING_SESSION, str(path)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            stdin=subprocess.DEVNULL,
            text=True,
        )
        try:
            saved = [int(session.stdout.readline())]
            time.sleep(rng.uniform(0.05, 0.4))
        finally:
            session.send_signal(signal.SIGKILL)
            session.wait(10)
        saved += [int(line) for line in session.stdout.read().split()]
        session.stdout.close()
        epochs = load_project(path).state.epochs  # complete, or load_project would raise
        assert epochs in (saved[-1], saved[-1] + 7), (epochs, saved[-3:])  # the last save, or the one cut off
        leftovers += len([p for p in tmp_path.iterdir() if p.name.endswith(".tmp")])
    record_property("summary", f"killed while saving: file complete 3 of 3 times; temp files left: {leftovers}")
