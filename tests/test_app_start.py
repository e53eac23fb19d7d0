"""The application starts: title, icon, menus, About with the version, settings identity, command line."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

import nndesk
from nndesk import assets, cli
from nndesk.app import create_application, run_gui
from nndesk.ui import MainWindow

SMOKE_LINE = re.compile(r"^nndesk (\S+): main window shown in (\d+\.\d\d) s$")


@pytest.fixture
def window(qtbot) -> MainWindow:
    create_application()
    main_window = MainWindow()
    qtbot.addWidget(main_window)
    main_window.show()
    qtbot.waitExposed(main_window)
    return main_window


def menu_action(window: QMainWindow, menu_title: str, action_title: str) -> QAction:
    """The action ``action_title`` in the menu ``menu_title``, matched without the & accelerators."""
    for menu_action_ in window.menuBar().actions():
        if menu_action_.text().replace("&", "") == menu_title:
            for action in menu_action_.menu().actions():
                if action.text().replace("&", "").startswith(action_title):
                    return action
    raise AssertionError(f"no {menu_title} > {action_title} in {window.menuBar().actions()}")


def test_the_installed_version_is_the_one_the_app_reports():
    assert nndesk.__version__ == version("nndesk")
    assert re.fullmatch(r"\d+\.\d+\.\d+.*", nndesk.__version__)


def test_the_main_window_has_title_icon_menus_and_status_bar(window):
    app = QApplication.instance()
    assert window.windowTitle().endswith("nndesk")  # "Untitled[*] — nndesk": the project, then the app
    assert not app.windowIcon().pixmap(16, 16).isNull()
    assert not app.windowIcon().pixmap(256, 256).isNull()
    assert not window.windowIcon().pixmap(32, 32).isNull()
    assert window.statusBar().isVisible()
    menus = [action.text().replace("&", "") for action in window.menuBar().actions()]
    assert menus[0] == "File"
    assert menus[-1] == "Help"


def test_file_quit_is_ctrl_q_and_closes_the_window(window, qtbot):
    quit_action = menu_action(window, "File", "Quit")
    # StandardKey.Quit alone is empty on desktops without a Quit binding (and offscreen): Ctrl+Q must be there
    assert "Ctrl+Q" in [shortcut.toString() for shortcut in quit_action.shortcuts()]
    quit_action.trigger()
    qtbot.waitUntil(lambda: not window.isVisible())


def test_help_about_shows_the_version(window, qtbot):
    seen: dict[str, str] = {}

    def read_and_close_the_box() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, read_and_close_the_box)  # the box is not up yet
            return
        seen["title"], seen["text"] = box.windowTitle(), box.text()
        box.accept()

    QTimer.singleShot(0, read_and_close_the_box)
    menu_action(window, "Help", "About").trigger()  # modal: returns once the box is closed
    assert "About" in seen["title"]
    assert nndesk.__version__ in seen["text"]


def test_settings_are_nndesks_and_stay_in_the_test_folder(qapp, isolated_settings):
    create_application()
    assert (qapp.organizationName(), qapp.applicationName()) == ("nndesk", "nndesk")
    settings = QSettings()
    settings.setValue("window/geometry", "probe")
    settings.sync()
    settings_file = Path(settings.fileName())
    assert settings_file.is_relative_to(isolated_settings)
    assert (settings_file.parent.name, settings_file.stem) == ("nndesk", "nndesk")
    assert settings_file.is_file()


def test_the_shipped_resources_are_found_through_importlib():
    assert "Exec=nndesk" in assets.read_text("nndesk.desktop")
    assert assets.icon_path().read_bytes().lstrip().startswith(b"<?xml")
    assert assets.icon_path().is_file()


def test_smoke_test_in_process_shows_the_window_and_returns_0(qapp, tmp_path, capsys):
    project = tmp_path / "half adder.nndesk"
    project.write_text("{}")
    assert run_gui(project_path=project, smoke_test=True) == 0
    assert SMOKE_LINE.match(capsys.readouterr().out.strip())


def test_smoke_test_command_runs_the_real_entry_point():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "nndesk", "--smoke-test"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 0, done.stderr
    match = SMOKE_LINE.match(done.stdout.strip())
    assert match, done.stdout
    assert match.group(1) == nndesk.__version__
    assert "Traceback" not in done.stderr


def test_version_flag(capsys):
    assert cli.main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"nndesk {nndesk.__version__}"


def test_a_missing_project_file_gets_a_clear_message(capsys, tmp_path):
    missing = tmp_path / "nothere.nndesk"
    assert cli.main([str(missing)]) == cli.EXIT_BAD_USAGE
    err = capsys.readouterr().err
    assert "cannot open" in err and "no such file" in err and "nothere.nndesk" in err
    assert "Traceback" not in err


def test_a_folder_is_not_a_project_file(capsys, tmp_path):
    assert cli.main([str(tmp_path)]) == cli.EXIT_BAD_USAGE
    assert "is a folder" in capsys.readouterr().err


def test_an_unknown_option_is_a_usage_error_not_a_crash(capsys):
    assert cli.main(["--no-such-option"]) == cli.EXIT_BAD_USAGE
    assert "unrecognized arguments" in capsys.readouterr().err


def test_no_screen_gets_a_clear_message(monkeypatch, capsys):
    monkeypatch.setattr(sys, "platform", "linux")
    for variable in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(variable, raising=False)
    assert cli.main([]) == cli.EXIT_FAILED
    assert "no screen" in capsys.readouterr().err


def test_a_gui_launch_without_console_streams_does_not_crash(monkeypatch):
    # pythonw / desktop launchers start GUI scripts with sys.stdout and sys.stderr set to None
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    assert cli.main(["--version"]) == 0
    assert cli.main(["--no-such-option"]) == cli.EXIT_BAD_USAGE
    assert sys.stdout is not None and sys.stderr is not None
    sys.stdout.close()  # the stand-ins live for the whole process in real use; here the test ends first
    sys.stderr.close()


def test_sub_commands_run_without_the_window(monkeypatch, capsys):
    ran: list[int] = []
    command = cli.Command(
        name="echo-count",
        help="count to N",
        add_arguments=lambda parser: parser.add_argument("n", type=int),
        run=lambda options: ran.append(options.n) or 0,
    )
    monkeypatch.setitem(cli.COMMANDS, command.name, command)
    assert cli.main(["echo-count", "3"]) == 0
    assert ran == [3]
    assert cli.main(["echo-count", "three"]) == cli.EXIT_BAD_USAGE
    assert "invalid int value" in capsys.readouterr().err
