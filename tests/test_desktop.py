"""``nndesk desktop install|uninstall``: the menu entry, icon and MIME type under a temporary XDG_DATA_HOME.

Run as a user runs it: the real ``nndesk`` script of this venv in a subprocess, the real
update-mime-database/update-desktop-database and desktop-file-validate where installed, and a folder made
read-only for real (``chattr +i`` as root, ``chmod`` otherwise).
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from read_only import read_only

from nndesk import assets
from nndesk.commands import desktop

SCRIPT = Path(sys.executable).parent / "nndesk"  # the venv's nndesk, as pip installed it
FILES = ("applications/nndesk.desktop", "icons/hicolor/scalable/apps/nndesk.svg", "mime/packages/nndesk.xml")
OTHER_APP = {  # what a desktop already has in ~/.local/share: another program's entry, icon and MIME type
    "applications/other.desktop": "[Desktop Entry]\nType=Application\nName=Other\nExec=other %f\n"
    "MimeType=text/x-other;\n",
    "icons/hicolor/scalable/apps/other.svg": '<svg xmlns="http://www.w3.org/2000/svg"/>\n',
    "mime/packages/other.xml": '<?xml version="1.0"?>\n<mime-info xmlns="http://www.freedesktop.org/standards/'
    'shared-mime-info"><mime-type type="text/x-other"><glob pattern="*.other"/></mime-type></mime-info>\n',
}


def nndesk(program: Path | str, *args: str, data_home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XDG_DATA_HOME": str(data_home)}
    return subprocess.run([str(program), *args], capture_output=True, text=True, env=env, timeout=60,
                          stdin=subprocess.DEVNULL)


def snapshot(folder: Path) -> dict[str, bytes | None]:
    """Every file (its bytes) and folder (None) under ``folder``, by relative path."""
    return {str(p.relative_to(folder)): (p.read_bytes() if p.is_file() else None) for p in folder.rglob("*")}


def entry_value(entry: Path, key: str) -> str:
    return next(line.split("=", 1)[1] for line in entry.read_text().splitlines() if line.startswith(f"{key}="))


def exec_argv(exec_value: str, file: Path) -> list[str]:
    """The command a desktop runs for ``Exec=exec_value`` when asked to open ``file`` (the spec's rules for
    the paths used here: string escapes, then double-quoted arguments, then %f)."""
    unescaped = exec_value.replace("\\\\", "\\")
    return [str(file) if part == "%f" else part.replace("%%", "%") for part in shlex.split(unescaped)]


def validate(entry: Path) -> None:
    validator = shutil.which("desktop-file-validate")
    if validator is None:
        pytest.skip("desktop-file-validate is not installed (Debian: desktop-file-utils; the bootstrap installs it)")
    done = subprocess.run([validator, str(entry)], capture_output=True, text=True, timeout=30)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def update_databases_as_a_desktop_does(data_home: Path) -> None:
    for tool, folder in (("update-mime-database", "mime"), ("update-desktop-database", "applications")):
        if shutil.which(tool):
            subprocess.run([tool, str(data_home / folder)], check=True, capture_output=True)


@pytest.fixture
def data_home(tmp_path) -> Path:
    """An XDG_DATA_HOME that already holds another program's menu entry, icon and MIME type."""
    home = tmp_path / "share"
    for name, text in OTHER_APP.items():
        (home / name).parent.mkdir(parents=True, exist_ok=True)
        (home / name).write_text(text)
    update_databases_as_a_desktop_does(home)
    return home


def test_install_writes_the_entry_icon_and_mime_type_and_says_so(data_home):
    done = nndesk(SCRIPT, "desktop", "install", data_home=data_home)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    for name in FILES:
        assert (data_home / name).is_file()
        assert f"wrote {data_home / name}" in done.stdout
    entry = data_home / FILES[0]
    assert entry_value(entry, "Exec") == f"{SCRIPT} %f"
    assert entry_value(entry, "TryExec") == str(SCRIPT)
    assert entry_value(entry, "MimeType") == "application/x-nndesk;"
    assert entry_value(entry, "Icon") == "nndesk"
    assert (data_home / FILES[1]).read_bytes() == assets.read_bytes("nndesk.svg")
    validate(entry)


def test_the_desktop_databases_learn_the_nndesk_files(data_home):
    if not (shutil.which("update-mime-database") and shutil.which("update-desktop-database")):
        pytest.skip("update-mime-database or update-desktop-database is not installed")
    done = nndesk(SCRIPT, "desktop", "install", data_home=data_home)
    assert f"ran update-mime-database {data_home / 'mime'}" in done.stdout
    assert f"ran update-desktop-database {data_home / 'applications'}" in done.stdout
    assert "application/x-nndesk:*.nndesk" in (data_home / "mime" / "globs2").read_text()
    assert "application/x-nndesk=nndesk.desktop;" in (data_home / "applications" / "mimeinfo.cache").read_text()


def test_uninstall_removes_exactly_what_install_wrote(data_home):
    before = snapshot(data_home)
    assert nndesk(SCRIPT, "desktop", "install", data_home=data_home).returncode == 0
    assert snapshot(data_home) != before
    done = nndesk(SCRIPT, "desktop", "uninstall", data_home=data_home)
    assert done.returncode == 0, done.stderr
    for name in FILES:
        assert f"removed {data_home / name}" in done.stdout
    # The other program's files and the rebuilt databases are as they were, byte for byte; nothing else is left.
    assert snapshot(data_home) == before
    again = nndesk(SCRIPT, "desktop", "uninstall", data_home=data_home)
    assert again.returncode == 0 and again.stdout.startswith("nothing to remove")


def test_uninstall_in_an_empty_data_folder_leaves_no_nndesk_file_or_folder(tmp_path):
    home = tmp_path / "share"  # not even the folder exists: install makes it
    assert nndesk(SCRIPT, "desktop", "install", data_home=home).returncode == 0
    assert nndesk(SCRIPT, "desktop", "uninstall", data_home=home).returncode == 0
    left = [p for p in home.rglob("*") if "nndesk" in p.name or (p.is_file() and b"nndesk" in p.read_bytes())]
    assert left == []
    assert not (home / "icons").exists()


def test_python_m_nndesk_names_the_venvs_nndesk(tmp_path):
    done = nndesk(sys.executable, "-m", "nndesk", "desktop", "install", data_home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert entry_value(tmp_path / FILES[0], "Exec") == f"{SCRIPT} %f"


def test_the_entry_opens_the_file_it_is_given_even_from_a_folder_with_a_space(tmp_path):
    folder = tmp_path / "my apps"
    folder.mkdir()
    (folder / "nndesk").symlink_to(SCRIPT)  # the program as the user started it, by that path
    home = tmp_path / "share"
    assert nndesk(folder / "nndesk", "desktop", "install", data_home=home).returncode == 0
    entry = home / FILES[0]
    assert entry_value(entry, "Exec") == f'"{folder / "nndesk"}" %f'
    assert entry_value(entry, "TryExec") == str(folder / "nndesk")
    validate(entry)
    project = tmp_path / "exercise.nndesk"
    trained = nndesk(SCRIPT, "train", "XOR", "--max-epochs", "10", "--out", str(project), data_home=home)
    assert trained.returncode in (0, 1), trained.stderr  # 1: not learned in 10 epochs, saved
    argv = exec_argv(entry_value(entry, "Exec"), project)
    assert argv == [str(folder / "nndesk"), str(project)]
    opened = subprocess.run([*argv, "--smoke-test"], capture_output=True, text=True, timeout=60,
                            stdin=subprocess.DEVNULL)
    assert opened.returncode == 0 and "main window shown" in opened.stdout, opened.stdout + opened.stderr
    missing = subprocess.run(exec_argv(entry_value(entry, "Exec"), tmp_path / "gone.nndesk"), capture_output=True,
                             text=True, timeout=60, stdin=subprocess.DEVNULL)
    assert missing.returncode == 2 and "gone.nndesk" in missing.stderr  # the file really is what it opens


@pytest.mark.parametrize(
    ("path", "written"),
    [
        ("/opt/nndesk/nndesk", "/opt/nndesk/nndesk"),
        ("/home/ann/my apps/nndesk", '"/home/ann/my apps/nndesk"'),
        ("/home/ann/100%/$HOME/nndesk", '"/home/ann/100%%/\\\\$HOME/nndesk"'),
        ('/tmp/a"b\\c/nndesk', '"/tmp/a\\\\"b\\\\\\\\c/nndesk"'),
    ],
)
def test_exec_quotes_a_path_as_the_specification_says(tmp_path, path, written):
    text = desktop.desktop_entry([path])
    assert f"Exec={written} %f\n" in text
    (tmp_path / "nndesk.desktop").write_text(text)
    validate(tmp_path / "nndesk.desktop")


def test_a_packaged_executable_names_itself(monkeypatch):
    # The real PyInstaller build is checked in test_packaging.py; this is the rule it follows.
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/nndesk/nndesk")
    assert desktop.program_command() == ["/opt/nndesk/nndesk"]


@pytest.mark.parametrize("locked", ["applications", "icons/hicolor/scalable/apps", "mime/packages"])  # 1st..3rd
def test_install_into_a_read_only_folder_exits_2_with_one_line_and_writes_nothing(data_home, locked):
    before = snapshot(data_home)
    with read_only(data_home / locked):
        done = nndesk(SCRIPT, "desktop", "install", data_home=data_home)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and done.stderr.startswith("nndesk: cannot write to "), done.stderr
    assert str(data_home / locked) in done.stderr and "nothing was installed" in done.stderr
    assert "Traceback" not in done.stderr
    assert snapshot(data_home) == before


def test_uninstall_from_a_read_only_folder_exits_2_with_one_line(data_home):
    assert nndesk(SCRIPT, "desktop", "install", data_home=data_home).returncode == 0
    with read_only(data_home / "mime" / "packages"):
        done = nndesk(SCRIPT, "desktop", "uninstall", data_home=data_home)
    assert done.returncode == 2
    assert done.stderr == f"nndesk: cannot remove {data_home / FILES[2]}: operation not permitted\n" or (
        os.geteuid() != 0 and "permission denied" in done.stderr
    ), done.stderr
    assert (data_home / FILES[2]).is_file()
    assert nndesk(SCRIPT, "desktop", "uninstall", data_home=data_home).returncode == 0  # once it is writable


def test_xdg_data_home_defaults_to_local_share(monkeypatch, tmp_path):
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("XDG_DATA_HOME")
    assert desktop.data_home() == tmp_path / ".local" / "share"
    monkeypatch.setenv("XDG_DATA_HOME", "relative/path")  # the spec: a relative path is ignored
    assert desktop.data_home() == tmp_path / ".local" / "share"
