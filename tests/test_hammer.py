"""Train, Pause, Resume, Step, Reset and New weights hammered in a seeded random order: no deadlock, no Qt
warning, and one consistent epoch count (network, plot and status bar) that only a reset takes back to 0."""

from __future__ import annotations

import random
import re
import time

import pytest
from PySide6.QtWidgets import QApplication

from nndesk.ui import MainWindow

HAMMER_BLOWS = 1_000
HAMMER_TIME_LIMIT_S = 30.0  # a deadlock would hang; a stall (the GUI waiting for a run) would show here


@pytest.fixture
def window(endless_window: MainWindow) -> MainWindow:
    return endless_window  # conftest's window, training until told to stop


def shown_epoch(window: MainWindow) -> int:
    match = re.fullmatch(r"epoch ([\d,]+)", window.epoch_label.text())
    assert match, window.epoch_label.text()
    return int(match.group(1).replace(",", ""))


def check_idle_counts_agree(window: MainWindow) -> None:
    """With no run going, the network, the plot and the status bar tell the same epoch."""
    epochs = window.network.epochs
    buffer = window.error_plot.buffer
    assert buffer.contiguous, "the plot got epochs that do not follow on"
    assert buffer.n == epochs
    if epochs:
        assert (buffer.first_epoch, buffer.last_epoch()) == (1, epochs)
    assert shown_epoch(window) == epochs


@pytest.mark.slow
def test_a_thousand_random_training_commands_keep_one_epoch_count(window, qtbot, record_property):
    rng = random.Random(20261201)
    commands = {
        "train": window.train,
        "pause": window.pause,
        "resume": window.resume,
        "toggle_pause": window.toggle_pause,
        "step": window.step,
        "reset": window.reset,
        "new_weights": window.new_weights,
    }
    names = sorted(commands)
    seen: dict[str, int] = dict.fromkeys(names, 0)
    last_shown = most = 0
    started = time.perf_counter()
    for blow in range(HAMMER_BLOWS):
        name = rng.choice(names)
        commands[name]()
        seen[name] += 1
        pause = rng.random()
        if pause < 0.4:
            pass  # the next command comes before any queued report is handled
        elif pause < 0.8:
            QApplication.processEvents()
        else:
            qtbot.wait(rng.randint(1, 15))  # long enough for a run to report some progress
        shown = shown_epoch(window)
        if name in ("reset", "new_weights"):
            assert not window.is_training()
            assert window.network.epochs == 0 and shown == 0 and window.error_plot.point_count() == 0
        else:
            assert shown >= last_shown, f"blow {blow} ({name}): the epoch went back from {last_shown} to {shown}"
        last_shown, most = shown, max(most, shown)
        if not window.is_training():
            check_idle_counts_agree(window)
        else:
            assert window.network.epochs >= 0
        assert time.perf_counter() - started < HAMMER_TIME_LIMIT_S, f"stalled at blow {blow}"
    window.pause()
    qtbot.waitUntil(lambda: not window.is_training(), timeout=5000)
    QApplication.processEvents()
    check_idle_counts_agree(window)
    seconds = time.perf_counter() - started
    record_property(
        "summary",
        f"hammer: {HAMMER_BLOWS} training commands in {seconds:.1f} s, "
        f"highest epoch {most:,}; " + ", ".join(f"{k} {v}" for k, v in seen.items()),
    )
    assert seconds < HAMMER_TIME_LIMIT_S


def test_study_started_and_stopped_over_and_over_never_waits_for_the_wrong_run(qtbot):
    from nndesk.ui.study_window import StudyWindow, config_from_document

    host = MainWindow(restore_session=False)
    qtbot.addWidget(host)
    study = StudyWindow(config_from_document(host.document))
    qtbot.addWidget(study)
    study.seeds_spin.setValue(50)
    study.max_epochs_spin.setValue(50_000_000)  # never ends by itself
    study.show()
    rng = random.Random(8)
    finished: list[int] = []
    study.studyFinished.connect(lambda: finished.append(1))
    started = time.perf_counter()
    for _ in range(200):
        action = rng.choice(("start", "cancel", "shutdown"))
        {"start": study.start, "cancel": study.cancel, "shutdown": study.shutdown}[action]()
        if rng.random() < 0.5:
            QApplication.processEvents()
        assert time.perf_counter() - started < 10.0
    study.start()
    assert study.is_running()
    QApplication.processEvents()
    assert study.is_running()  # no stale report of an earlier run ended this one
    assert study.shutdown(1000)
    assert not study.is_running() and finished
