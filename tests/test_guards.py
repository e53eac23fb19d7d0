"""The suite's guards really fail a test: leaked threads, timers and windows, Qt warnings, Python warnings.

Runs a small throwaway suite, with tests/conftest.py and the pytest settings of pyproject.toml, in a
separate pytest process (a leaked thread there cannot disturb this run) and checks each test's outcome.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import tomllib
from pathlib import Path
from xml.etree import ElementTree

import pytest

TESTS = Path(__file__).resolve().parent
PYPROJECT = TESTS.parent / "pyproject.toml"

PROBE_TESTS = textwrap.dedent(
    """
    import os, threading, warnings
    from pathlib import Path
    from PySide6.QtCore import QSettings, QThread, QTimer, qWarning
    from PySide6.QtWidgets import QWidget

    kept = []  # what a careless test leaves behind

    def test_leaks_python_thread():
        never = threading.Event()
        threading.Thread(target=never.wait, name="forgotten-worker", daemon=True).start()

    def test_clean_after_a_leak(qtbot):
        widget = QWidget()
        qtbot.addWidget(widget)
        widget.show()
        qtbot.waitExposed(widget)

    def test_leaks_qtimer(qapp):
        timer = QTimer()
        timer.start(1000)
        kept.append(timer)

    def test_leaks_timer_inside_a_widget(qapp):
        widget = QWidget()
        QTimer(widget).start(1000)  # Python keeps only the widget, Qt owns the timer
        kept.append(widget)

    def test_leaks_qthread(qapp):
        thread = QThread()
        thread.start()
        kept.append(thread)

    def test_leaves_a_window_open(qapp):
        window = QWidget()
        window.setWindowTitle("forgotten window")
        window.show()
        kept.append(window)

    def test_leaves_qt_quitting(qapp):
        qapp.exit(0)  # no event loop is running: Qt stays "quitting"

    def test_event_loops_work_after_that(qtbot):
        with qtbot.waitSignal(qtbot_timer_fired(), timeout=2000):
            pass

    def qtbot_timer_fired():
        timer = QTimer()
        timer.setSingleShot(True)
        timer.start(50)
        kept.append(timer)
        return timer.timeout

    def test_qt_warning(qapp):
        qWarning("probe: something is wrong")

    def test_python_warning():
        warnings.warn("probe: deprecated", DeprecationWarning)

    def test_stopped_threads_and_timers_pass(qtbot):
        worker = threading.Thread(target=lambda: None)
        worker.start()
        worker.join()
        thread = QThread()
        thread.start()
        thread.quit()
        thread.wait()
        timer = QTimer()
        timer.start(10)
        timer.stop()

    def test_qt_is_offscreen(qapp):
        assert os.environ["QT_QPA_PLATFORM"] == "offscreen"
        assert qapp.platformName() == "offscreen"

    def test_settings_stay_in_a_temporary_folder(qapp, isolated_settings):
        settings = QSettings("nndesk", "nndesk")
        settings.setValue("probe", 1)
        settings.sync()
        assert Path(settings.fileName()).is_relative_to(isolated_settings)
        assert os.environ["XDG_CONFIG_HOME"].startswith(str(isolated_settings))
    """
)

EXPECTED = {
    "test_leaks_python_thread": ("ERROR", "forgotten-worker"),
    "test_clean_after_a_leak": ("PASSED", ""),
    "test_leaks_qtimer": ("ERROR", "QTimer every 1000 ms"),
    "test_leaks_timer_inside_a_widget": ("ERROR", "QTimer every 1000 ms owned by QWidget"),
    "test_leaks_qthread": ("ERROR", "QThread"),
    "test_leaves_a_window_open": ("ERROR", "forgotten window"),
    "test_leaves_qt_quitting": ("ERROR", "still quitting"),
    "test_event_loops_work_after_that": ("PASSED", ""),
    "test_qt_warning": ("FAILED", "Qt messages with level WARNING"),
    "test_python_warning": ("FAILED", "DeprecationWarning"),
    "test_stopped_threads_and_timers_pass": ("PASSED", ""),
    "test_qt_is_offscreen": ("PASSED", ""),
    "test_settings_stay_in_a_temporary_folder": ("PASSED", ""),
}


def pytest_settings_as_ini() -> str:
    """The ``[tool.pytest.ini_options]`` of pyproject.toml, written as a pytest.ini."""
    options = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["tool"]["pytest"]["ini_options"]
    options.pop("testpaths", None)
    lines = ["[pytest]"]
    for key, value in options.items():
        if isinstance(value, list):
            lines.append(f"{key} =\n" + "\n".join(f"    {item}" for item in value))
        else:
            lines.append(f"{key} = {value}")
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def probe_outcomes(tmp_path_factory) -> dict[str, tuple[str, str]]:
    """Run the probe suite once; map each test name to (outcome, report text), outcome as in EXPECTED."""
    folder = tmp_path_factory.mktemp("guard-probe")
    (folder / "conftest.py").write_text((TESTS / "conftest.py").read_text(encoding="utf-8"))
    (folder / "pytest.ini").write_text(pytest_settings_as_ini())
    (folder / "test_probe.py").write_text(PROBE_TESTS)
    home = folder / "home"
    home.mkdir()
    # A developer's display settings must not leak in: the conftest has to force offscreen by itself.
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "DISPLAY": ":987", "HOME": str(home)}
    env.pop("NNDESK_TEST_DISPLAY", None)
    report = folder / "report.xml"
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", f"--junitxml={report}", "test_probe.py"],
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        stdin=subprocess.DEVNULL,
    )
    assert report.exists(), done.stdout + done.stderr
    assert not (home / ".config").exists(), "a test wrote to the real home folder"
    return {case.get("name"): _outcome(case) for case in ElementTree.parse(report).iter("testcase")}


def _outcome(case: ElementTree.Element) -> tuple[str, str]:
    """The worst outcome of a junit test case (an error in teardown beats a passed call) and its text."""
    for tag, outcome in (("error", "ERROR"), ("failure", "FAILED")):
        problem = case.find(tag)
        if problem is not None:
            return outcome, f"{problem.get('message', '')}\n{problem.text or ''}"
    return "PASSED", ""


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_guard_fails_the_test_that_breaks_it(probe_outcomes, name):
    expected_outcome, detail = EXPECTED[name]
    outcome, text = probe_outcomes[name]
    assert outcome == expected_outcome, f"{name}: expected {expected_outcome}, got {outcome}:\n{text}"
    assert detail in text, f"{name}: expected {detail!r} in:\n{text}"
