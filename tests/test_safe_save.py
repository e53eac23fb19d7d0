"""Saving never destroys: every save goes through nndesk.project.safe_save.save_bytes, which writes only a
regular file or where nothing is, follows a symbolic link, and refuses a device, a FIFO, a socket or a folder.

The special files are real: a character device node made with mknod in the test's own folder (never the real
/dev), a FIFO, a Unix socket, symbolic links. Tests that need root's mknod skip, saying so, where it is missing.
"""

from __future__ import annotations

import os
import re
import socket
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from nndesk.project.csv_io import CsvError, write_csv
from nndesk.project.presets import PRESETS
from nndesk.project.project_file import Project, ProjectError, load_project, save_project
from nndesk.project.recovery import write_recovery
from nndesk.project.safe_save import UnsafeTarget, save_bytes

NNDESK = Path(__file__).resolve().parent.parent / "nndesk"


def xor_project() -> Project:
    return Project(PRESETS["XOR"], (2, 3, 1), ("sigmoid", "sigmoid"))


def device_node(folder: Path, name: str = "mynull") -> Path:
    """A character device like /dev/null (major 1, minor 3) in ``folder``; skips without CAP_MKNOD."""
    path = folder / name
    try:
        os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    except PermissionError:
        pytest.skip("making a device node needs root (CAP_MKNOD), which this test process does not have")
    return path


def fifo(folder: Path) -> Path:
    path = folder / "pipe"
    os.mkfifo(path)
    return path


@pytest.fixture
def unix_socket(tmp_path):
    path = tmp_path / "sock"
    with socket.socket(socket.AF_UNIX) as s:
        s.bind(str(path))
        yield path


def test_a_device_node_is_refused_and_stays_a_device(tmp_path):
    node = device_node(tmp_path)
    with pytest.raises(ProjectError, match=r"^Could not save mynull: it is a device \(like /dev/null\), not a file; "
                                           r"nndesk saves only to regular files\. The file on disk was not changed\.$"):
        save_project(xor_project(), node)
    assert stat.S_ISCHR(os.lstat(node).st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mynull"]  # no temporary file left


def test_a_fifo_is_refused_and_stays_a_fifo(tmp_path):
    pipe = fifo(tmp_path)
    with pytest.raises(ProjectError, match=r"it is a pipe \(FIFO\), not a file"):
        save_project(xor_project(), pipe)
    with pytest.raises(CsvError, match=r"^Could not write pipe: it is a pipe \(FIFO\)"):
        write_csv(PRESETS["XOR"], pipe)
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe"]


def test_a_socket_and_a_folder_are_refused(tmp_path, unix_socket):
    with pytest.raises(UnsafeTarget, match="it is a socket, not a file"):
        save_bytes(unix_socket, b"x")
    assert stat.S_ISSOCK(os.lstat(unix_socket).st_mode)
    (tmp_path / "folder").mkdir()
    with pytest.raises(ProjectError, match="Could not save folder: it is a folder, not a file"):
        save_project(xor_project(), tmp_path / "folder")
    assert (tmp_path / "folder").is_dir()


def test_a_symlink_is_followed_its_target_replaced_and_the_link_kept(tmp_path):
    (tmp_path / "real").mkdir()
    target = tmp_path / "real" / "work.nndesk"
    target.write_text("old")
    os.chmod(target, 0o640)
    link = tmp_path / "link.nndesk"
    link.symlink_to(target)
    save_project(xor_project(), link)
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert load_project(target).topology == (2, 3, 1)  # the file it points to has the new content
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o640
    assert sorted(p.name for p in (tmp_path / "real").iterdir()) == ["work.nndesk"]


def test_a_link_to_nowhere_creates_its_target_and_a_link_to_a_device_is_refused(tmp_path):
    dangling = tmp_path / "later.nndesk"
    dangling.symlink_to(tmp_path / "made.nndesk")
    save_project(xor_project(), dangling)
    assert dangling.is_symlink() and load_project(tmp_path / "made.nndesk").topology == (2, 3, 1)
    pipe = fifo(tmp_path)
    to_pipe = tmp_path / "to-pipe.nndesk"
    to_pipe.symlink_to(pipe)
    with pytest.raises(ProjectError, match="it is a pipe"):
        save_project(xor_project(), to_pipe)
    assert to_pipe.is_symlink() and stat.S_ISFIFO(os.lstat(pipe).st_mode)


def test_a_loop_of_links_is_named(tmp_path):
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    with pytest.raises(ProjectError, match="Could not save a: it is a symbolic link that leads back to itself"):
        save_project(xor_project(), tmp_path / "a")


def test_autosave_goes_through_the_same_function(tmp_path):
    pipe = fifo(tmp_path)
    with pytest.raises(ProjectError, match="it is a pipe"):
        write_recovery(xor_project(), pipe)
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode)


def test_train_out_to_a_device_node_exits_2_and_leaves_the_device(tmp_path):
    node = device_node(tmp_path)
    proc = subprocess.run([sys.executable, "-m", "nndesk", "train", "XOR", "--max-epochs", "100", "--out", str(node)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.count("\n") == 1 and "it is a device (like /dev/null), not a file" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert stat.S_ISCHR(os.lstat(node).st_mode) and os.major(os.lstat(node).st_rdev) == 1


def test_the_window_refuses_a_fifo_for_save_as_csv_python_and_pictures(window, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    from nndesk.ui.insight import install_insight

    pipe = fifo(tmp_path)
    link = tmp_path / "pipe.nndesk"  # Save As adds .nndesk: a link of that name leads to the FIFO
    link.symlink_to(pipe)
    assert not window.save_as(link)
    box = window.findChild(QMessageBox, "problemBox")
    assert "it is a pipe (FIFO), not a file" in box.text()
    box.close()
    assert not window.export_csv(pipe)
    window.findChild(QMessageBox, "problemBox").close()
    assert not window.export_python(pipe)
    window.findChild(QMessageBox, "problemBox").close()
    docks = install_insight(window)
    for kind in ("diagram.png", "diagram.svg", "map.png", "map.svg", "plot.png", "plot.svg", "errors.csv"):
        with pytest.raises(UnsafeTarget, match="it is a pipe"):
            docks.export(kind, str(pipe))
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode) and sorted(p.name for p in tmp_path.iterdir()) == ["pipe",
                                                                                                   "pipe.nndesk"]


# Writing a file anywhere else in nndesk would bypass the rules above: only safe_save may open a file to write.
WRITERS = re.compile(r"write_text\(|write_bytes\(|open\([^)]*['\"][wax]b?['\"]|\.setFileName\(|os\.replace\(|"
                     r"\.save\(\s*(path|str\()")


def test_no_module_but_safe_save_writes_files():
    offenders = []
    for source in NNDESK.rglob("*.py"):
        if source.name == "safe_save.py":
            continue
        for number, line in enumerate(source.read_text(encoding="utf-8").splitlines(), 1):
            if WRITERS.search(line) and "os.devnull" not in line:  # a missing console is no file
                offenders.append(f"{source.relative_to(NNDESK)}:{number}: {line.strip()}")
    assert offenders == []
