"""A save that fails: a read-only folder, a folder where the file was, a missing folder, a full disk.

Each failure is real, not simulated with a patch: the tests run as root, who may write anywhere whatever the
permission bits say, so the read-only folder is made immutable with ``chattr +i`` (``chmod`` when not root);
the disk is made "full" by a subprocess that lowers its own file size limit (``RLIMIT_FSIZE``, with SIGXFSZ
ignored, so writing past it fails with EFBIG as on a full disk). Every time: the user reads what happened in
a box of the window, the old file is unchanged byte for byte, no temp file is left, and the window still holds
the unsaved work.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from read_only import read_only

from nndesk.ui import MainWindow

EPOCHS_SAVED = 20
EPOCHS_UNSAVED = 35



def save_some_work(window: MainWindow, path: Path) -> bytes:
    """Train, save to ``path``, train on (unsaved): returns the saved file's bytes."""
    for _ in range(EPOCHS_SAVED):
        window.step()
    assert window.save_as(path)
    for _ in range(EPOCHS_UNSAVED - EPOCHS_SAVED):
        window.step()
    assert window.isWindowModified()
    return path.read_bytes()


def take_problem_box(window: MainWindow) -> QMessageBox:
    box = window.findChild(QMessageBox, "problemBox")
    assert box is not None and box.isVisible(), "no message told the user"
    return box


def close_box(box: QMessageBox) -> tuple[str, str]:
    text, advice = box.text(), box.informativeText()
    box.close()
    return text, advice


def assert_work_kept(window: MainWindow) -> None:
    assert window.isWindowModified(), "the window forgot that the work is not saved"
    assert window.network.epochs == EPOCHS_UNSAVED
    assert window.error_plot.point_count() == EPOCHS_UNSAVED


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_a_read_only_folder(window, tmp_path):
    folder = tmp_path / "projects"
    folder.mkdir()
    path = folder / "work.nndesk"
    old = save_some_work(window, path)
    with read_only(folder):
        assert not window.save()
        text, advice = close_box(take_problem_box(window))
        assert path.read_bytes() == old
        assert files_in(folder) == ["work.nndesk"]
    assert text == (
        "Could not save work.nndesk: nndesk may not write in the folder projects: it is read-only "
        "or belongs to someone else. The file on disk was not changed."
    )
    assert "Save As" in advice
    assert_work_kept(window)


def test_the_file_replaced_by_a_folder(window, tmp_path):
    path = tmp_path / "work.nndesk"
    save_some_work(window, path)
    path.unlink()
    path.mkdir()  # another program put a folder where the file was
    (path / "keep.txt").write_text("not nndesk's")
    assert not window.save()
    text, _ = close_box(take_problem_box(window))
    assert text == (
        "Could not save work.nndesk: there is a folder named work.nndesk where the project file "
        "should go. The file on disk was not changed."
    )
    assert files_in(tmp_path) == ["work.nndesk"] and files_in(path) == ["keep.txt"]
    assert (path / "keep.txt").read_text() == "not nndesk's"
    assert_work_kept(window)


def test_a_folder_that_is_a_file(window, tmp_path):
    save_some_work(window, tmp_path / "work.nndesk")
    (tmp_path / "old").write_text("a file, not a folder")
    assert not window.save_as(tmp_path / "old" / "work.nndesk")
    text, _ = close_box(take_problem_box(window))
    assert text == (
        "Could not save work.nndesk: the folder old is not there (a file has its name). "
        "The file on disk was not changed."
    )
    assert (tmp_path / "old").read_text() == "a file, not a folder"
    assert window.project_path() == tmp_path / "work.nndesk"  # still the file it came from
    assert_work_kept(window)


# Runs in its own process: lowering the file size limit of the test process would break pytest's own files.
DISK_FULL_SCRIPT = textwrap.dedent(
    """
    import json, resource, signal, sys
    from PySide6.QtWidgets import QMessageBox
    from nndesk.app import create_application
    from nndesk.ui import MainWindow

    app = create_application()
    window = MainWindow()
    window.show()
    assert window.open_project(sys.argv[1])
    for _ in range(int(sys.argv[2])):
        window.step()
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # else the kernel kills the writer instead of failing the write
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (int(sys.argv[3]), hard))
    try:
        saved = window.save()
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
    box = window.findChild(QMessageBox, "problemBox")
    print(json.dumps({
        "saved": saved, "box": box is not None and box.isVisible(),
        "text": box.text() if box else "", "advice": box.informativeText() if box else "",
        "modified": window.isWindowModified(), "epochs": window.network.epochs,
        "points": window.error_plot.point_count(),
    }))
    if box is not None:
        box.close()
    window.setWindowModified(False)
    window.close()
    """
)


def test_a_full_disk(window, tmp_path):
    path = tmp_path / "work.nndesk"
    old = save_some_work(window, path)
    window.setWindowModified(False)
    limit = len(old) // 2  # the new file cannot be written past half the old one's size
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", DISK_FULL_SCRIPT, str(path), str(EPOCHS_UNSAVED - EPOCHS_SAVED), str(limit)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert not report["saved"] and report["box"]
    assert report["text"] == (
        "Could not save work.nndesk: the disk is full, or the file would be bigger than this "
        "disk or your account allows. The file on disk was not changed."
    )
    assert "Save As" in report["advice"]
    assert report["modified"] and report["epochs"] == report["points"] == EPOCHS_UNSAVED
    assert path.read_bytes() == old
    assert files_in(tmp_path) == ["work.nndesk"]  # the half-written temp file was removed
