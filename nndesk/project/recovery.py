"""Recovery files: unsaved work autosaved as ordinary project files, kept until it is saved or closed cleanly.

A session's window ``k`` writes ``autosave-<process id>-<k>.nndesk`` in the recovery folder. The user interface
keeps the file only while there are unsaved changes and deletes it on a save or a clean close, so a file
that outlives its process is work that a crash (or a kill) would have lost: the next start offers it back.
Which processes are gone is the user interface's business (it holds a lock file per session).
"""

from __future__ import annotations

import contextlib
import os
import re
from dataclasses import dataclass
from pathlib import Path

from nndesk.project.project_file import SUFFIX, Project, save_project

PREFIX = "autosave-"
_NAME = re.compile(rf"{PREFIX}(\d+)-(\d+){re.escape(SUFFIX)}")


@dataclass(frozen=True)
class Recovery:
    """An autosaved project: its file, the process that wrote it and when (``time.time()`` seconds)."""

    path: Path
    pid: int
    saved_at: float


def recovery_file(folder: Path, pid: int, window: int) -> Path:
    """The recovery file of window number ``window`` of process ``pid``."""
    return folder / f"{PREFIX}{pid}-{window}{SUFFIX}"


def write_recovery(project: Project, path: Path) -> None:
    """Autosave ``project`` to ``path`` (atomically, like any save); raises ProjectError if it cannot."""
    with contextlib.suppress(OSError):  # save_project explains a folder that cannot be made
        path.parent.mkdir(parents=True, exist_ok=True)
    save_project(project, path)


def find_recoveries(folder: Path) -> list[Recovery]:
    """The recovery files in ``folder``, the most recently saved first (none if there is no such folder)."""
    found = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    for entry in entries:
        match = _NAME.fullmatch(entry.name)
        if match is None:
            continue
        try:
            if entry.is_file():
                found.append(Recovery(Path(entry.path), int(match.group(1)), entry.stat().st_mtime))
        except OSError:  # gone meanwhile
            continue
    return sorted(found, key=lambda r: r.saved_at, reverse=True)


def discard_recovery(path: Path) -> None:
    """Delete a recovery file (nothing happens if it is already gone), and the temporary file of an autosave
    that its process was killed in the middle of (save_project names it ``.<name>.<pid>.<random>.tmp``)."""
    for leftover in (path, *path.parent.glob(f".{path.name}.*.tmp")):
        with contextlib.suppress(OSError):
            leftover.unlink()
