"""As root, as CI and many containers run: saving never replaces a device node and respects ``chattr +i``.

Root may write anywhere the permission bits say no, so the only guards left are nndesk's own: a device, FIFO or
socket is never replaced (as root, ``--out /dev/full`` once replaced the machine's real /dev/full), and an
immutable file or folder is reported, before any training. Each device node is made with mknod in the test's
own folder, never in the real /dev. The tests skip, saying which capability is missing, where they cannot run.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from nndesk.project.presets import PRESETS
from nndesk.project.project_file import Project, ProjectError, save_project

ENDLESS = ["--max-epochs", "1000000000000", "--target", "1e-300"]


def need_root() -> None:
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("runs as root only (CI's and containers' user): this process is not root")


def private_dev(folder: Path) -> Path:
    """``folder/dev`` holding ``null`` (c 1 3) and ``full`` (c 1 7) made with mknod: a /dev of our own."""
    need_root()
    dev = folder / "dev"
    dev.mkdir()
    try:
        os.mknod(dev / "null", 0o666 | stat.S_IFCHR, os.makedev(1, 3))
        os.mknod(dev / "full", 0o666 | stat.S_IFCHR, os.makedev(1, 7))
    except PermissionError:
        pytest.skip("mknod is not permitted here (no CAP_MKNOD in this container)")
    return dev


@contextmanager
def immutable(path: Path) -> Iterator[None]:
    need_root()
    if shutil.which("chattr") is None:
        pytest.skip("chattr is not installed (package e2fsprogs)")
    made = subprocess.run(["chattr", "+i", str(path)], capture_output=True, text=True)
    if made.returncode != 0:
        pytest.skip(f"chattr +i is not possible here (no CAP_LINUX_IMMUTABLE, or a filesystem without the flag): "
                    f"{made.stderr.strip()}")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)


def nndesk(*args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "nndesk", *args], capture_output=True, text=True, timeout=timeout,
                          stdin=subprocess.DEVNULL)


def is_device(path: Path, minor: int) -> bool:
    info = os.lstat(path)
    return stat.S_ISCHR(info.st_mode) and os.major(info.st_rdev) == 1 and os.minor(info.st_rdev) == minor


def test_train_out_dev_null_and_dev_full_leave_the_devices(tmp_path) -> None:
    dev = private_dev(tmp_path)
    for name, minor in (("null", 3), ("full", 7)):
        done = nndesk("train", "XOR", "--max-epochs", "100", "--out", str(dev / name))
        assert done.returncode == 2 and done.stdout == ""
        assert done.stderr == (f"nndesk: cannot save to '{dev / name}': it is a device (like /dev/null), not a file; "
                               "nndesk saves only to regular files\n")
        assert is_device(dev / name, minor)
    link = tmp_path / "trained.nndesk"  # a /dev/null-like path behind a link
    link.symlink_to(dev / "null")
    done = nndesk("train", "XOR", "--max-epochs", "100", "--out", str(link))
    assert done.returncode == 2 and "it is a device" in done.stderr
    assert link.is_symlink() and is_device(dev / "null", 3)
    assert sorted(p.name for p in dev.iterdir()) == ["full", "null"]


def test_the_window_does_not_replace_a_device(window, tmp_path) -> None:
    dev = private_dev(tmp_path)
    from PySide6.QtWidgets import QMessageBox

    link = tmp_path / "null.nndesk"
    link.symlink_to(dev / "null")
    assert not window.save_as(link)
    box = window.findChild(QMessageBox, "problemBox")
    assert "it is a device (like /dev/null), not a file" in box.text()
    box.close()
    assert not window.export_csv(dev / "full")
    window.findChild(QMessageBox, "problemBox").close()
    assert is_device(dev / "null", 3) and is_device(dev / "full", 7)


def test_an_immutable_file_is_refused_before_training_and_left_as_it_was(tmp_path) -> None:
    path = tmp_path / "graded.nndesk"
    save_project(Project(PRESETS["XOR"], (2, 3, 1), ("sigmoid", "sigmoid")), path)
    before = path.read_bytes()
    with immutable(path):
        started = time.monotonic()
        done = nndesk("train", "XOR", *ENDLESS, "--out", str(path))  # would train for ever: refused first
        assert time.monotonic() - started < 30
        assert done.returncode == 2
        assert done.stderr == (f"nndesk: cannot save to '{path}': the file may not be changed (it is marked "
                               "immutable, or on a read-only disk)\n")
        with pytest.raises(ProjectError, match=r"Could not save graded\.nndesk: Operation not permitted\. The file "
                                               r"on disk was not changed\."):
            save_project(Project(PRESETS["AND"], (2, 2, 1), ("sigmoid", "sigmoid")), path)
        assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graded.nndesk"]  # no temporary file left


def test_an_immutable_folder_is_refused_before_training(tmp_path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    with immutable(folder):
        done = nndesk("train", "XOR", *ENDLESS, "--out", str(folder / "x.nndesk"))
        assert done.returncode == 2
        assert done.stderr == (f"nndesk: cannot save to '{folder / 'x.nndesk'}': nndesk may not write in the folder "
                               "locked (Operation not permitted)\n")
        assert list(folder.iterdir()) == []
