"""Autosave and recovery: unsaved work goes to a recovery file while it is unsaved; a save or a clean close
removes it; after a real process was killed, the next start offers the work back and Restore shows it exactly.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QSpinBox

from nndesk.app import create_application, offer_crashed_work
from nndesk.project.project_file import load_project
from nndesk.project.recovery import find_recoveries
from nndesk.project.training_settings import TrainingSettings
from nndesk.ui import MainWindow, autosave
from nndesk.ui.autosave import RECOVERY_DIR_ENV, pending_recovery, recovery_folder

SHORT_INTERVAL_S = 0.1


@pytest.fixture
def recovery_dir(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "recovery"
    monkeypatch.setenv(RECOVERY_DIR_ENV, str(folder))
    monkeypatch.setattr(autosave, "AUTOSAVE_INTERVAL_S", SHORT_INTERVAL_S)
    return folder


@pytest.fixture
def window(qtbot, recovery_dir) -> MainWindow:
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def recovery_files(folder: Path) -> list[Path]:
    return [r.path for r in find_recoveries(folder)]


def test_the_folder_is_the_apps_data_folder_unless_overridden(qapp, monkeypatch, isolated_settings):
    create_application()
    monkeypatch.delenv(RECOVERY_DIR_ENV, raising=False)
    assert recovery_folder().is_relative_to(isolated_settings)  # XDG_DATA_HOME of the test: never the user's
    monkeypatch.setenv(RECOVERY_DIR_ENV, "/somewhere/else")
    assert recovery_folder() == Path("/somewhere/else")


def test_unsaved_work_is_autosaved_until_it_is_saved(window, qtbot, recovery_dir, tmp_path):
    assert recovery_files(recovery_dir) == []  # nothing unsaved yet: nothing written
    for _ in range(40):
        window.step()
    qtbot.waitUntil(lambda: window.autosaver.path is not None, timeout=3000)
    saved = load_project(window.autosaver.path)
    assert saved.state.epochs == 40
    for a, b in zip(saved.state.weights, window.network.get_weights(), strict=True):
        np.testing.assert_array_equal(a, b)
    assert len(saved.history) == 40
    assert window.save_as(tmp_path / "work.nndesk")
    assert recovery_files(recovery_dir) == [] and window.autosaver.path is None  # saved: nothing to recover
    window.step()
    qtbot.waitUntil(lambda: recovery_files(recovery_dir) != [], timeout=3000)
    window.close()
    assert recovery_files(recovery_dir) == []  # a clean close removes it


def test_while_training_the_autosave_copies_the_network_between_two_reports(window, qtbot, recovery_dir):
    window.findChild(QSpinBox, "maxEpochsSpin").setValue(1_000_000_000)
    window.hyper_form.target_spin.setValue(window.hyper_form.target_spin.minimum())
    window.setWindowModified(True)
    window.train()
    qtbot.waitUntil(lambda: window.autosaver.path is not None and window.network.epochs > 1000, timeout=10_000)
    saved = load_project(window.autosaver.path)
    assert window.is_training()
    assert saved.state is not None and saved.state.epochs == saved.history.epochs[-1]  # one moment, not torn
    window.pause()
    qtbot.waitUntil(lambda: not window.is_training(), timeout=5000)
    assert load_project(window.autosaver.path).state.epochs == window.network.epochs  # stopping saves at once


def test_a_stop_autosaves_at_once_whatever_the_interval(window, qtbot, monkeypatch):
    monkeypatch.setattr(autosave, "AUTOSAVE_INTERVAL_S", 3600.0)
    window.step()  # modified: the hourly timer starts
    window.train()
    qtbot.waitUntil(lambda: window.network.epochs > 200, timeout=5000)
    window.pause()
    qtbot.waitUntil(lambda: not window.is_training(), timeout=5000)
    assert load_project(window.autosaver.path).state.epochs == window.network.epochs


def test_the_file_is_written_off_the_gui_thread_and_a_save_waits_for_it(window, qtbot, monkeypatch, recovery_dir):
    """Encoding a long run takes tens of milliseconds: the GUI only builds the snapshot, a thread writes it. The
    real write runs, wrapped to note its thread; a save right after the Pause removes the file it wrote."""
    threads = []

    def noted_write(project, path):
        threads.append(threading.current_thread())
        autosave_write(project, path)

    autosave_write = autosave.write_recovery
    monkeypatch.setattr(autosave, "write_recovery", noted_write)
    window.train()
    qtbot.waitUntil(lambda: window.network.epochs > 200, timeout=5000)
    window.pause()
    qtbot.waitUntil(lambda: not window.is_training(), timeout=5000)
    assert window.autosaver.path is not None and threads and threading.main_thread() not in threads
    window.autosaver.stop()  # what a save does, maybe while the write still runs: it is waited for
    assert recovery_files(recovery_dir) == [] and window.autosaver.path is None


def test_an_autosave_that_fails_says_so_in_the_status_bar(window, qtbot, recovery_dir):
    recovery_dir.parent.mkdir(parents=True, exist_ok=True)
    recovery_dir.write_text("a file where the folder should be")
    window.step()
    qtbot.waitUntil(lambda: "Autosave failed" in window.statusBar().currentMessage(), timeout=5000)
    assert window.autosaver.path is None


# The application as a user starts it (nndesk.app.run_gui), with a shorter autosave interval; once the window
# is up, the user's edits: the XOR table, seed 7, 123 epochs. Then it waits to be killed.
CRASHING_SESSION = textwrap.dedent(
    """
    import json, sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QComboBox, QSpinBox
    from nndesk import app
    from nndesk.ui import MainWindow, autosave

    autosave.AUTOSAVE_INTERVAL_S = 0.2

    def edit():
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        combo = window.findChild(QComboBox, "presetCombo")
        combo.setCurrentIndex(combo.findText("XOR"))
        window.findChild(QSpinBox, "seedSpin").setValue(7)
        for _ in range(123):
            window.step()
        net = window.network
        print(json.dumps({"rows": [list(r) for r in window.table_editor.table().rows], "epochs": net.epochs,
                          "weights": [w.tolist() for w in net.get_weights()], "seed": net.seed}), flush=True)

    app.create_application()
    QTimer.singleShot(0, edit)
    sys.exit(app.run_gui())
    """
)


def answer_recovery_box(answer: str, seen: dict[str, str]) -> None:
    box = QApplication.activeModalWidget()
    if not isinstance(box, QMessageBox):
        QTimer.singleShot(10, lambda: answer_recovery_box(answer, seen))
        return
    seen["name"], seen["text"] = box.objectName(), box.text()
    seen["buttons"] = sorted(b.text().replace("&", "") for b in box.buttons())
    next(b for b in box.buttons() if b.text().replace("&", "") == answer).click()


@contextlib.contextmanager
def autosaved_session(recovery_dir: Path) -> Iterator[tuple[subprocess.Popen, dict]]:
    """A real nndesk process that made its edits (the dict it printed) and autosaved them; killed on exit."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}  # XDG folders and NNDESK_RECOVERY_DIR: the test's
    session = subprocess.Popen(
        [sys.executable, "-c", CRASHING_SESSION],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
    )
    try:
        want = json.loads(session.stdout.readline())  # the edits are made
        deadline = time.monotonic() + 20
        while not recovery_files(recovery_dir) and time.monotonic() < deadline and session.poll() is None:
            time.sleep(0.02)
        assert recovery_files(recovery_dir), f"no autosave appeared: {session.stderr.read() if session.poll() else ''}"
        yield session, want
    finally:
        session.send_signal(signal.SIGKILL)  # no clean close, no atexit: like a crash or a power cut
        session.wait(10)
        session.stdout.close()
        session.stderr.close()
    assert session.returncode == -signal.SIGKILL


def test_a_killed_session_is_offered_back_and_restored_exactly(qtbot, recovery_dir, record_property):
    create_application()
    started = time.perf_counter()
    with autosaved_session(recovery_dir) as (session, want):
        assert pending_recovery() is None  # the session still runs: its work is not offered to anyone else
    (left,) = recovery_files(recovery_dir)
    assert left.name.startswith(f"autosave-{session.pid}-")

    recovery = pending_recovery()
    assert recovery is not None and recovery.path == left

    window = MainWindow()  # the start-up path of nndesk.app: a window, then the offer
    qtbot.addWidget(window)
    window.show()
    seen: dict[str, str] = {}
    QTimer.singleShot(0, lambda: answer_recovery_box("Restore", seen))
    assert offer_crashed_work(window)
    record_property(
        "summary", f"recovery: killed session restored {time.perf_counter() - started:.1f} s after it started"
    )
    assert seen["name"] == "recoveryBox" and seen["buttons"] == ["Discard", "Restore"]
    hhmm = time.strftime("%H:%M", time.localtime(recovery.saved_at))
    assert seen["text"] == f"nndesk closed unexpectedly. Restore the unsaved work from {hhmm}?"
    assert [list(r) for r in window.table_editor.table().rows] == want["rows"]
    assert window.network.epochs == want["epochs"] == 123
    assert window.network.seed == want["seed"] == 7
    for got, expected in zip(window.network.get_weights(), want["weights"], strict=True):
        np.testing.assert_array_equal(got, np.array(expected))
    assert window.error_plot.point_count() == 123
    assert window.isWindowModified()  # restored, still not saved
    assert not left.exists() and window.autosaver.path is not None  # this session's autosave holds it now
    assert pending_recovery() is None  # offered once
    window.close()
    assert recovery_files(recovery_dir) == []


def test_discard_deletes_the_crashed_work_and_a_smoke_test_never_asks(qtbot, recovery_dir, isolated_settings):
    create_application()
    with autosaved_session(recovery_dir):
        pass
    (left,) = recovery_files(recovery_dir)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    smoke = subprocess.run(
        [sys.executable, "-m", "nndesk", "--smoke-test"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )
    assert smoke.returncode == 0, smoke.stderr  # did not wait for an answer
    assert left.exists()  # and did not touch the crashed work
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    seen: dict[str, str] = {}
    QTimer.singleShot(0, lambda: answer_recovery_box("Discard", seen))
    assert not offer_crashed_work(window)
    assert seen["name"] == "recoveryBox"
    assert not left.exists() and pending_recovery() is None
    assert not window.isWindowModified() and window.network.epochs == 0  # the demo, as without a crash


def test_no_offer_without_crashed_work(qtbot, recovery_dir):
    window = MainWindow()
    qtbot.addWidget(window)
    assert pending_recovery() is None
    assert not offer_crashed_work(window)  # returns at once: no box


def test_discarding_also_removes_a_half_written_autosave(tmp_path):
    from nndesk.project.recovery import discard_recovery, recovery_file

    path = recovery_file(tmp_path, 4242, 1)
    path.write_text("{}")
    half = tmp_path / f".{path.name}.4242.0badc0de.tmp"  # the process was killed while autosaving again
    half.write_text('{"format": "nndesk-pro')
    other = tmp_path / "unrelated.tmp"
    other.write_text("")
    discard_recovery(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["unrelated.tmp"]


def test_the_start_up_path_offers_the_work_before_opening_a_file(qtbot, recovery_dir, tmp_path):
    from nndesk import app as nndesk_app
    from nndesk.engine import Network
    from nndesk.project.presets import PRESETS
    from nndesk.project.project_file import Project, save_project
    from nndesk.project.recovery import recovery_file

    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead_pid = int(gone.stdout)  # a process that has ended
    net = Network([2, 4, 1], seed=3)
    for _ in range(17):
        net.train_epoch(PRESETS["XOR"].inputs, PRESETS["XOR"].targets)
    crashed = Project(PRESETS["XOR"], (2, 4, 1), ("sigmoid", "sigmoid"),
                      training=TrainingSettings(seed=3)).with_network(net)
    recovery_dir.mkdir()
    save_project(crashed, recovery_file(recovery_dir, dead_pid, 1))
    other = tmp_path / "other.nndesk"
    save_project(Project(PRESETS["AND"], (2, 2, 1), ("sigmoid", "sigmoid")), other)
    seen: dict[str, str] = {}
    QTimer.singleShot(0, lambda: answer_recovery_box("Restore", seen))
    _, window = nndesk_app._show_main_window(other)  # what `nndesk other.nndesk` runs before the event loop
    qtbot.addWidget(window)
    assert seen["name"] == "recoveryBox"
    assert window.table_editor.table() == PRESETS["XOR"]  # the crashed work, not the file on the command line
    assert window.network.epochs == 17 and window.project_path() is None
    for got, want in zip(window.network.get_weights(), net.get_weights(), strict=True):
        np.testing.assert_array_equal(got, want)
    window.close()
