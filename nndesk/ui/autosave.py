"""Autosave of unsaved work and its recovery after a crash: the Qt side of :mod:`nndesk.project.recovery`.

While a :class:`~nndesk.ui.document.Document` has unsaved changes, :class:`Autosaver` writes the whole project
(table, network, weights, settings, history) to a recovery file every ``AUTOSAVE_INTERVAL_S`` seconds and when
training stops;
a save or a clean close deletes it. The file is written on a thread of its own (encoding a long run's project
takes tens of milliseconds, a stall the user would feel at every Pause); the GUI only builds the snapshot.
Each process holds a lock file in the recovery folder, so the next start
can tell the files of a process that is gone (offered back by :func:`pending_recovery`) from those of an
nndesk that is still running.

The folder is ``$NNDESK_RECOVERY_DIR`` when set (tests, benchmarks), else ``recovery`` in the application's
data folder (``~/.local/share/nndesk/nndesk/recovery`` on Linux).
"""

from __future__ import annotations

import contextlib
import itertools
import os
import threading
import time
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QStandardPaths, QTimer, Signal

from nndesk.i18n import translate
from nndesk.project.project_file import Project, ProjectError
from nndesk.project.recovery import Recovery, discard_recovery, find_recoveries, recovery_file, write_recovery
from nndesk.ui.document import Document
from nndesk.ui.training_worker import TrainingProgress

AUTOSAVE_INTERVAL_S = 30.0  # read when the timer starts: a test may shorten it
# A big project takes a while to write (a million weights: about a second) and the GUI waits meanwhile: the
# autosaves are spread out so that they take at most 1/AUTOSAVE_SPACING of the time.
AUTOSAVE_SPACING = 20
AFTER_RUN_MS = 30  # a run's end is autosaved this long after it, once the window has shown the new state
RECOVERY_DIR_ENV = "NNDESK_RECOVERY_DIR"
_LOCK_NAME = "session-{pid}.lock"

_window_numbers = itertools.count(1)
_session_locks: dict[Path, QLockFile] = {}  # this process's lock in each folder it autosaved to


def recovery_folder() -> Path:
    """Where recovery files go: ``$NNDESK_RECOVERY_DIR``, else ``recovery`` in the app's data folder."""
    override = os.environ.get(RECOVERY_DIR_ENV)
    if override:
        return Path(override)
    data = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(data or Path.home() / ".nndesk") / "recovery"


def _claim_session(folder: Path) -> None:
    """Hold this process's lock in ``folder`` until it exits: its recovery files are not orphans."""
    if folder in _session_locks:
        return
    lock = QLockFile(str(folder / _LOCK_NAME.format(pid=os.getpid())))
    lock.setStaleLockTime(0)  # stale only when its process is gone, however long it runs
    if lock.tryLock(0):
        _session_locks[folder] = lock


def pending_recovery(folder: Path | None = None) -> Recovery | None:
    """The newest recovery file left by a process that no longer runs, or None.

    Files of this process, and of an nndesk still running (it holds its lock), are never offered.
    """
    folder = recovery_folder() if folder is None else folder
    for recovery in find_recoveries(folder):
        if recovery.pid == os.getpid():
            continue
        lock = QLockFile(str(folder / _LOCK_NAME.format(pid=recovery.pid)))
        lock.setStaleLockTime(0)
        if lock.tryLock(0):  # its process is gone (a crash or a kill): the lock was stale
            lock.unlock()
            return recovery
    return None


class Autosaver(QObject):
    """Autosaves one document while it has unsaved changes; see the module's docstring."""

    _written = Signal()  # from the writing thread: its outcome is ready (handled on the GUI thread)

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._number = next(_window_numbers)
        self._path: Path | None = None  # the recovery file written, None while there is none
        self._writer: threading.Thread | None = None  # the write in progress, if any
        self._outcome: tuple[Path, float, ProjectError | None] | None = None  # what the writer left to report
        self._written.connect(self._finish)
        self._due = False  # the timer fired while training: save at the next progress report
        self._enabled = True
        self._timer = QTimer(self)
        self._timer.setObjectName("autosaveTimer")
        self._timer.timeout.connect(self.autosave)
        document.modifiedChanged.connect(self.modified_changed)
        document.trainingProgress.connect(self.progress_shown)
        # A run's epochs are the work most worth keeping: saved as it ends, in an event-loop pass of its own (the
        # window repaints for the new state in this one; together they were a stall the user could feel).
        self._after_run = QTimer(self)
        self._after_run.setSingleShot(True)
        self._after_run.setInterval(AFTER_RUN_MS)
        self._after_run.timeout.connect(self.autosave)
        document.trainingFinished.connect(self._after_run.start)
        document.trainingPaused.connect(self._after_run.start)

    @property
    def path(self) -> Path | None:
        """The recovery file this window wrote last, or None (a write in progress is waited for)."""
        self.flush()
        return self._path

    def flush(self) -> None:
        """Start the end of a run's autosave if it is still to come, wait for the write in progress, if any, and take
        its outcome."""
        if self._after_run.isActive():
            self._after_run.stop()
            self.autosave()
        if self._writer is not None:
            self._writer.join()
        self._finish()

    def set_enabled(self, enabled: bool) -> None:
        """Off while the window closes (the recovery file goes; the run it stops is not autosaved); on again
        when the close was refused, autosaving if there are unsaved changes."""
        self._enabled = enabled
        if not enabled:
            self.stop()
        else:
            self.modified_changed(self._document.modified)

    def modified_changed(self, modified: bool) -> None:
        """The document's unsaved-changes flag changed: autosave from now on, or forget the recovery file."""
        if modified and self._enabled:
            if not self._timer.isActive():
                self._timer.start(round(AUTOSAVE_INTERVAL_S * 1000))
        else:
            self.stop()

    def autosave(self, *_result: object) -> bool:
        """Start writing the recovery file now if there are unsaved changes; True if it was started.

        While training, the network belongs to the worker: the save waits for the snapshot of it that the next
        progress report brings.
        """
        document = self._document
        if not self._enabled or not document.modified:
            return False
        if document.is_training():
            self._due = True
            document.request_snapshot()
            return False
        return self._write(document.project())

    def progress_shown(self, progress: TrainingProgress) -> None:
        """A progress report: with a snapshot while an autosave is due, the save is written from it."""
        if self._due and self._enabled and progress.snapshot is not None:
            self._due = False
            self._write(self._document.project(self._document.shown_network()))

    def stop(self) -> None:
        """No more autosaves, and no recovery file: the work was saved, discarded or closed cleanly."""
        self._timer.stop()
        self._after_run.stop()
        self._due = False
        self.flush()  # a write still running would bring the file back after it was deleted
        if self._path is not None:
            discard_recovery(self._path)
            self._path = None

    def _write(self, project: Project) -> bool:
        """Hand ``project`` (a snapshot: nothing in it changes) to a thread that writes it."""
        self.flush()  # one write at a time, in order
        path = self._path or recovery_file(recovery_folder(), os.getpid(), self._number)
        with contextlib.suppress(OSError):  # write_recovery explains a folder that cannot be made
            path.parent.mkdir(parents=True, exist_ok=True)
        _claim_session(path.parent)  # before the file appears: never taken for a crashed session's
        self._writer = threading.Thread(target=self._write_in_thread, args=(project, path),
                                        name="nndesk-autosave")
        self._writer.start()
        return True

    def _write_in_thread(self, project: Project, path: Path) -> None:
        started = time.monotonic()
        problem = None
        try:
            write_recovery(project, path)
        except ProjectError as exc:
            problem = exc
        self._outcome = (path, time.monotonic() - started, problem)
        with contextlib.suppress(RuntimeError):  # its window was deleted meanwhile: nobody is left to tell
            self._written.emit()

    def _finish(self) -> None:
        """The GUI thread's side of a finished write: remember the file and space the next one, or say why not."""
        if self._outcome is None:
            return  # no write, one still running, or its outcome taken already (by flush)
        self._writer.join()  # it has nothing left to do but end
        self._writer = None
        path, took, problem = self._outcome
        self._outcome = None
        if problem is not None:
            self._document.message.emit(translate("Autosaver", "Autosave failed: {0}").format(problem), 10000)
            return
        self._path = path
        self._timer.setInterval(round(max(AUTOSAVE_INTERVAL_S, AUTOSAVE_SPACING * took) * 1000))
