"""One background job on its own QThread: start, stop, join and hand back, for training and for the study.

A :class:`Worker` is a QObject whose :meth:`Worker.work` runs in the thread and returns its result; it touches
no widget and reports through its ``progress`` signal (data only). :class:`WorkerThread` owns one worker at a
time and re-emits its reports in the GUI thread; ``finished``/``failed`` come only after the thread has ended
and been joined, so their slots may start the next job or use what the worker used. A worker's exception is
logged with its traceback (Python ``logging``) and reported as ``failed(message)``.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QThread, Signal, Slot

from nndesk.i18n import QT_TRANSLATE_NOOP, translate

log = logging.getLogger(__name__)


class Worker(QObject):
    """A job for :class:`WorkerThread`. Subclasses implement :meth:`work` and check :meth:`stopping` often."""

    progress = Signal(object)
    finished = Signal(object)  # what work() returned
    failed = Signal(str)

    failure_text = QT_TRANSLATE_NOOP("Worker",
                                     "The work failed: {error}")  # the user's message; {error} is the exception's text

    def __init__(self) -> None:
        super().__init__()
        self._stop = threading.Event()

    def request_stop(self) -> None:
        """Ask the work to end soon. Safe from any thread."""
        self._stop.set()

    def stopping(self) -> bool:
        return self._stop.is_set()

    def work(self) -> object:
        """The job itself, run in the worker thread; each kind of worker defines it (training, the study)."""
        raise TypeError(f"{type(self).__name__} does not say what work it does: define work()")

    @Slot()
    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # report, never swallow: logged here, shown by the window
            log.exception("%s failed", type(self).__name__)
            self._hand_back()
            self.failed.emit(translate("Worker", self.failure_text).format(error=exc))
            return
        self._hand_back()
        self.finished.emit(result)

    def _hand_back(self) -> None:
        # Back to the GUI thread before the QThread ends, so the worker is destroyed where it lives.
        app = QCoreApplication.instance()
        if app is not None:
            self.moveToThread(app.thread())


class WorkerThread(QObject):
    """Runs one :class:`Worker` at a time on a QThread; its signals arrive in the GUI thread."""

    progress = Signal(object)
    finished = Signal(object)
    failed = Signal(str)
    ended = Signal()  # after every job's thread has been joined, after finished or failed

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = name
        self._worker: Worker | None = None
        self._qthread: QThread | None = None
        self._outcome: tuple[str, object] | None = None

    @property
    def worker(self) -> Worker | None:
        """The running worker, None when idle."""
        return self._worker

    def is_running(self) -> bool:
        return self._qthread is not None

    def start(self, worker: Worker) -> None:
        """Run ``worker.run`` on a new thread."""
        if self.is_running():
            raise RuntimeError(f"{self._name} is already running")
        qthread = QThread()
        qthread.setObjectName(self._name)
        worker.moveToThread(qthread)
        qthread.started.connect(worker.run)
        # quit() directly from the worker thread: a queued quit would wait for a GUI loop that may be
        # blocked in shutdown()'s wait().
        worker.finished.connect(qthread.quit, Qt.ConnectionType.DirectConnection)
        worker.failed.connect(qthread.quit, Qt.ConnectionType.DirectConnection)
        worker.progress.connect(self._on_progress)
        worker.finished.connect(self._on_finished)
        worker.failed.connect(self._on_failed)
        qthread.finished.connect(self._on_thread_finished)
        self._worker, self._qthread, self._outcome = worker, qthread, None
        qthread.start()

    def request_stop(self) -> None:
        if self._worker is not None:
            self._worker.request_stop()

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        """Stop and join the thread now (e.g. the window is closing). True if it ended in time.

        When it returns True the job is over as if its reports had arrived the usual way: its last progress,
        then ``finished`` (or ``failed``), are delivered before it returns, and nothing of it comes later.
        """
        qthread = self._qthread
        if qthread is None:
            return True
        self.request_stop()
        ended = qthread.wait(timeout_ms)
        if ended:
            # The ended job's reports are still queued for this object. Delivered later, after a new job has
            # started, they would be taken for the new job's: its thread.finished made _on_thread_finished
            # wait() for the new thread from the GUI thread, a deadlock (found by tests/test_hammer.py).
            QCoreApplication.sendPostedEvents(self, QEvent.Type.MetaCall)
            self._on_thread_finished()  # no-op if the queued thread.finished has just done it
        return ended

    @Slot(object)
    def _on_progress(self, report: object) -> None:
        if self._worker is not None:
            self.progress.emit(report)

    @Slot(object)
    def _on_finished(self, result: object) -> None:
        self._outcome = ("finished", result)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._outcome = ("failed", message)

    @Slot()
    def _on_thread_finished(self) -> None:
        qthread, worker = self._qthread, self._worker
        if qthread is None:
            return  # already cleaned up by shutdown()
        qthread.wait()
        for signal in (worker.progress, worker.finished, worker.failed):
            signal.disconnect()
        qthread.finished.disconnect()
        self._qthread = self._worker = None  # the last references: both C++ objects go now
        # The worker's finished/failed signal was queued before thread.finished, so the outcome is known.
        outcome, self._outcome = self._outcome, None
        if outcome is not None:  # None: shutdown() while the queued outcome was still pending
            kind, value = outcome
            (self.finished if kind == "finished" else self.failed).emit(value)
        self.ended.emit()
