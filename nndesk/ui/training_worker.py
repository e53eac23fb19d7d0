"""Training on a worker thread: a QObject moved to a QThread, stopped with a threading.Event.

Only data crosses threads: the worker emits :class:`TrainingProgress` (epoch count, an ndarray of the new
epoch errors, the rate and the network's answer for the row the user toggled) and a :class:`TrainResult`.
It never touches a widget. Progress is batched and time-throttled (at most ``MAX_SIGNALS_PER_SECOND``).
"""

from __future__ import annotations

import sys
import threading
import time
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QThread, Signal, Slot

from nndesk.engine import Network, Progress, StopRule, TrainResult, train_until
from nndesk.project.run_recorder import RunRecorder

# ~12-15 updates a second look live; each one pauses training for the ~5 ms the GUI takes to draw it.
MAX_SIGNALS_PER_SECOND = 15
# After each progress signal the worker waits (GIL released) until the GUI has shown it, at most this long.
# The training code is pure Python, so without the wait every C++ -> Python hop of the GUI's repaint waits up
# to sys.getswitchinterval() (5 ms) for the GIL: a 3 ms update took 50-150 ms and slowed training more.
ACK_TIMEOUT_S = 0.1
# While training, a thread waiting for the GIL gets it within this many seconds (Python's default: 0.005).
# Every GUI callback into Python must wait for it; at 1 ms the event loop's longest stall fell from ~60-100 ms
# to ~25 ms on a 2-CPU machine, with no measurable loss of training speed (benchmarks/app.py).
TRAINING_SWITCH_INTERVAL_S = 0.001


@dataclass(frozen=True)
class TrainingProgress:
    """Training since the last signal. ``errors`` has one entry per epoch, the last one is ``epoch``'s."""

    epoch: int
    errors: np.ndarray  # float64, shape (k,)
    rate: float  # epochs per second over the last engine chunk
    outputs: np.ndarray | None  # raw outputs for the probe row, shape (n_outputs,), or None


class TrainingWorker(QObject):
    """Runs :func:`train_until` on ``net`` in whatever thread it was moved to. Touches no widget.

    ``net`` belongs to the worker while :meth:`run` executes; the GUI only calls :meth:`set_rates` (η and α,
    applied and recorded by the worker between chunks) and :meth:`set_probe_row`.
    """

    progress = Signal(object)  # TrainingProgress
    finished = Signal(object)  # TrainResult
    failed = Signal(str)

    def __init__(self, net: Network, inputs: np.ndarray, targets: np.ndarray, stop: StopRule,
                 probe_row: np.ndarray | None = None, recorder: RunRecorder | None = None,
                 names: tuple[tuple[str, ...], tuple[str, ...]] | None = None) -> None:
        super().__init__()
        self._names = names or (None, None)  # (input names, target names) for the outcome's message
        self._net = net
        self._recorder = recorder
        self._rates_lock = threading.Lock()
        self._pending_rates: tuple[float, float] | None = None
        self._inputs = np.array(inputs, dtype=np.float64)
        self._targets = np.array(targets, dtype=np.float64)
        self._stop_rule = stop
        self._stop = threading.Event()
        self._shown = threading.Event()  # set by the GUI once it has drawn the last progress
        self._probe = None if probe_row is None else np.array(probe_row, dtype=np.float64)
        self._pending: list[np.ndarray] = []
        self._last_emit = 0.0
        self._min_gap = 1.0 / MAX_SIGNALS_PER_SECOND

    def request_stop(self) -> None:
        """Ask training to stop after the current chunk (~50 ms). Safe from any thread."""
        self._stop.set()
        self._shown.set()  # a GUI waiting for the thread to end will not acknowledge progress

    def acknowledge(self) -> None:
        """The GUI has drawn the last progress: training continues. Safe from any thread."""
        self._shown.set()

    def set_probe_row(self, row: np.ndarray) -> None:
        """The inputs whose outputs ride along with progress. Safe from any thread (one reference swap)."""
        self._probe = np.array(row, dtype=np.float64)

    def set_rates(self, eta: float, alpha: float) -> None:
        """New η and α, applied between two chunks and recorded with the epoch they take effect after (a replay
        of the run must change them at that very epoch). Safe from any thread."""
        with self._rates_lock:
            self._pending_rates = (eta, alpha)

    def apply_rates(self) -> None:
        """Apply η and α set since the last chunk. Only where the network holds still: in the worker between
        chunks, or in the GUI thread once the worker's thread has ended."""
        with self._rates_lock:
            rates, self._pending_rates = self._pending_rates, None
        if rates is not None:
            self._net.eta, self._net.alpha = rates
            if self._recorder is not None:
                self._recorder.settings(self._net.epochs, *rates)

    def _should_stop(self) -> bool:
        self.apply_rates()  # train_until asks between chunks: the one moment the network holds still
        return self._stop.is_set()

    @Slot()
    def run(self) -> None:
        try:
            result = train_until(self._net, self._inputs, self._targets, self._stop_rule,
                                 should_stop=self._should_stop, on_progress=self._on_progress,
                                 progress_interval=1.0 / MAX_SIGNALS_PER_SECOND,
                                 input_names=self._names[0], output_names=self._names[1])
            self.apply_rates()
            self._flush(self._net.epochs, rate=0.0)
        except Exception as exc:  # report, never swallow: the GUI shows it to the user
            self._hand_back()
            self.failed.emit(f"Training failed: {exc}")
            return
        self._hand_back()
        self.finished.emit(result)

    def _hand_back(self) -> None:
        # Return to the GUI thread before the QThread ends, so the worker is destroyed where it lives.
        app = QCoreApplication.instance()
        if app is not None:
            self.moveToThread(app.thread())

    def _on_progress(self, p: Progress) -> None:
        self._pending.append(p.errors)
        now = time.monotonic()
        if now - self._last_emit >= self._min_gap:
            self._last_emit = now
            self._flush(p.epoch, p.rate)

    def _flush(self, epoch: int, rate: float) -> None:
        if not self._pending:
            return
        errors = self._pending[0] if len(self._pending) == 1 else np.concatenate(self._pending)
        self._pending = []
        outputs = None
        probe = self._probe
        if probe is not None:
            try:
                outputs = self._net.predict(probe)
            except ValueError:  # a probe of the wrong width: no answer this time, training goes on
                outputs = None
        self._shown.clear()
        self.progress.emit(TrainingProgress(epoch, errors, rate, outputs))
        if not self._stop.is_set():
            self._shown.wait(ACK_TIMEOUT_S)


class TrainingController(QObject):
    """Owns one training run at a time: the QThread, the worker and their orderly end.

    Signals are delivered in the GUI thread. ``finished`` comes after the thread has ended and been
    joined, so the caller may start again or touch the network from its slot.
    """

    progress = Signal(object)  # TrainingProgress
    finished = Signal(object)  # TrainResult
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker: TrainingWorker | None = None
        self._worker_thread: QThread | None = None
        self._outcome: tuple[str, object] | None = None
        self._saved_switch_interval = sys.getswitchinterval()

    def is_running(self) -> bool:
        return self._worker_thread is not None

    def start(self, net: Network, inputs: np.ndarray, targets: np.ndarray, stop: StopRule,
              probe_row: np.ndarray | None = None, recorder: RunRecorder | None = None,
              names: tuple[tuple[str, ...], tuple[str, ...]] | None = None) -> None:
        """Train ``net`` on a new thread until ``stop`` holds or :meth:`request_stop` is called; η and α changes
        (:meth:`set_rates`) are recorded in ``recorder`` with their epochs; ``names`` (input names, target names)
        name the table's columns in the outcome's message."""
        if self.is_running():
            raise RuntimeError("training is already running")
        worker = TrainingWorker(net, inputs, targets, stop, probe_row, recorder, names)
        thread = QThread()
        thread.setObjectName("nndesk-training")
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        # quit() directly from the worker thread: a queued quit would wait for a GUI loop that may be
        # blocked in shutdown()'s wait().
        worker.finished.connect(thread.quit, Qt.ConnectionType.DirectConnection)
        worker.failed.connect(thread.quit, Qt.ConnectionType.DirectConnection)
        worker.progress.connect(self._on_progress)
        worker.finished.connect(self._on_finished)
        worker.failed.connect(self._on_failed)
        thread.finished.connect(self._on_thread_finished)
        self._worker, self._worker_thread, self._outcome = worker, thread, None
        self._saved_switch_interval = sys.getswitchinterval()
        sys.setswitchinterval(min(self._saved_switch_interval, TRAINING_SWITCH_INTERVAL_S))
        thread.start()

    def request_stop(self) -> None:
        if self._worker is not None:
            self._worker.request_stop()

    def set_probe_row(self, row: np.ndarray) -> None:
        if self._worker is not None:
            self._worker.set_probe_row(row)

    def set_rates(self, eta: float, alpha: float) -> bool:
        """Hand η and α to the running worker (applied at its next chunk); False when none runs."""
        if self._worker is None:
            return False
        self._worker.set_rates(eta, alpha)
        return True

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        """Stop and join the thread now (e.g. the window is closing). True if it ended in time.

        When it returns True the run is over as if its reports had arrived the usual way: its last progress,
        then ``finished`` (or ``failed``), are delivered before it returns, and nothing of it comes later.
        """
        thread = self._worker_thread
        if thread is None:
            return True
        self.request_stop()
        ended = thread.wait(timeout_ms)
        if ended:
            # The ended run's reports are still queued for this object. Delivered later, after a new run has
            # started, they would be taken for the new run's: its thread.finished made _on_thread_finished
            # wait() for the new thread from the GUI thread, a deadlock (found by tests/test_hammer.py).
            QCoreApplication.sendPostedEvents(self, QEvent.Type.MetaCall)
            self._on_thread_finished()  # no-op if the queued thread.finished has just done it
        return ended

    @Slot(object)
    def _on_progress(self, p: TrainingProgress) -> None:
        worker = self._worker
        if worker is None:
            return
        try:
            self.progress.emit(p)  # the window updates (and repaints its plot) inside this call
        finally:
            worker.acknowledge()

    @Slot(object)
    def _on_finished(self, result: TrainResult) -> None:
        self._outcome = ("finished", result)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._outcome = ("failed", message)

    @Slot()
    def _on_thread_finished(self) -> None:
        thread, worker = self._worker_thread, self._worker
        if thread is None:
            return  # already cleaned up by shutdown()
        thread.wait()
        worker.apply_rates()  # set after the worker's last chunk: they apply from the epoch it ended at
        sys.setswitchinterval(self._saved_switch_interval)
        for signal in (worker.progress, worker.finished, worker.failed):
            signal.disconnect()
        thread.finished.disconnect()
        self._worker_thread = self._worker = None  # the last references: both C++ objects go now
        # The worker's finished/failed signal was queued before thread.finished, so the outcome is known.
        outcome, self._outcome = self._outcome, None
        if outcome is None:
            return  # shutdown() while the queued outcome was still pending: nobody is listening
        kind, value = outcome
        if kind == "finished":
            self.finished.emit(value)
        else:
            self.failed.emit(value)
