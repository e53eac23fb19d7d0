"""Training on a worker thread: a QObject moved to a QThread, stopped with a threading.Event.

Only data crosses threads: the worker emits :class:`TrainingProgress` (epoch count, an ndarray of the new
epoch errors, the rate, the network's answer for the row the user toggled and, when asked for, a
:class:`NetworkSnapshot` of the weights) and a :class:`TrainResult`. It never touches a widget, and while it
trains no GUI code reads the network: views draw the latest snapshot.
Progress is batched and time-throttled (at most ``MAX_SIGNALS_PER_SECOND``).
"""

from __future__ import annotations

import gc
import sys
import threading
import time
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QObject, Signal, Slot

from nndesk.engine import Network, Progress, StopRule, TrainResult, train_until
from nndesk.project.run_recorder import RunRecorder
from nndesk.ui.worker_thread import Worker, WorkerThread

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
# A full garbage collection in the GUI thread walks all of its ~75,000 objects (Qt wrappers, pyqtgraph, numpy):
# 70-80 ms here, a stall of the window. While a run lasts, the objects that exist at its start are frozen
# (gc.freeze: out of the collector's sight), so a collection walks only what was made since.


@dataclass(frozen=True)
class NetworkSnapshot:
    """A copy of the training network's state at one epoch, taken in the worker thread between two chunks.

    ``weights[l]`` and ``momenta[l]`` have the engine's shape ``(n[l+1], n[l] + 1)``, bias last.
    """

    epochs: int
    weights: tuple[np.ndarray, ...]
    momenta: tuple[np.ndarray, ...]

    @classmethod
    def of(cls, net: Network) -> NetworkSnapshot:
        return cls(net.epochs, tuple(net.get_weights()), tuple(net.get_momenta()))

    def is_finite(self) -> bool:
        """False for a network on its way to diverging (training ends at once: views keep the last picture)."""
        return all(np.isfinite(m).all() for m in (*self.weights, *self.momenta))

    def apply_to(self, net: Network) -> Network:
        """Give ``net`` (of the same topology) this state, which :meth:`is_finite`; returns ``net``."""
        net.set_weights(self.weights)
        net.set_momenta(self.momenta)
        net.epochs = self.epochs
        return net


@dataclass(frozen=True)
class TrainingProgress:
    """Training since the last signal. ``errors`` has one entry per epoch, the last one is ``epoch``'s."""

    epoch: int
    errors: np.ndarray  # float64, shape (k,)
    rate: float  # epochs per second over the last engine chunk
    outputs: np.ndarray | None  # raw outputs for the probe row, shape (n_outputs,), or None
    snapshot: NetworkSnapshot | None = None  # the network at ``epoch``, when one was asked for
    test_errors: np.ndarray | None = None  # with held-out rows: their error after each of these epochs, shape (k,)


class TrainingWorker(Worker):
    """Runs :func:`train_until` on ``net`` in whatever thread it was moved to. Touches no widget.

    ``net`` belongs to the worker while :meth:`run` executes; the GUI only calls :meth:`set_rates` (η and α,
    applied and recorded by the worker between chunks), :meth:`set_probe_row` and :meth:`request_snapshot`.
    """

    failure_text = "Training failed: {error}"

    def __init__(self, net: Network, inputs: np.ndarray, targets: np.ndarray, stop: StopRule,
                 probe_row: np.ndarray | None = None, recorder: RunRecorder | None = None,
                 names: tuple[tuple[str, ...], tuple[str, ...]] | None = None,
                 test: tuple[np.ndarray, np.ndarray] | None = None) -> None:
        super().__init__()
        self._test = {} if test is None else dict(test_inputs=test[0], test_targets=test[1])
        self._pending_test: list[np.ndarray] = []
        self._names = names or (None, None)  # (input names, target names) for the outcome's message
        self._net = net
        self._recorder = recorder
        self._rates_lock = threading.Lock()
        self._pending_rates: tuple[float, float] | None = None
        self._inputs = np.array(inputs, dtype=np.float64)
        self._targets = np.array(targets, dtype=np.float64)
        self._stop_rule = stop
        self._shown = threading.Event()  # set by the GUI once it has drawn the last progress
        self._snapshot_wanted = threading.Event()
        self._probe = None if probe_row is None else np.array(probe_row, dtype=np.float64)
        self._pending: list[np.ndarray] = []
        self._last_emit = 0.0
        self._min_gap = 1.0 / MAX_SIGNALS_PER_SECOND

    def request_stop(self) -> None:
        """Ask training to stop after the current chunk (~50 ms). Safe from any thread."""
        super().request_stop()
        self._shown.set()  # a GUI waiting for the thread to end will not acknowledge progress

    def acknowledge(self) -> None:
        """The GUI has drawn the last progress: training continues. Safe from any thread."""
        self._shown.set()

    def set_probe_row(self, row: np.ndarray) -> None:
        """The inputs whose outputs ride along with progress. Safe from any thread (one reference swap)."""
        self._probe = np.array(row, dtype=np.float64)

    def request_snapshot(self) -> None:
        """Send a copy of the network with the next progress. Safe from any thread."""
        self._snapshot_wanted.set()

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
        return self.stopping()

    def work(self) -> TrainResult:
        result = train_until(self._net, self._inputs, self._targets, self._stop_rule,
                             should_stop=self._should_stop, on_progress=self._on_progress,
                             progress_interval=1.0 / MAX_SIGNALS_PER_SECOND,
                             input_names=self._names[0], output_names=self._names[1], **self._test)
        self.apply_rates()
        self._flush(self._net.epochs, rate=0.0)
        return result

    def _on_progress(self, p: Progress) -> None:
        self._pending.append(p.errors)
        if p.test_errors is not None:
            self._pending_test.append(p.test_errors)
        now = time.monotonic()
        if now - self._last_emit >= self._min_gap:
            self._last_emit = now
            self._flush(p.epoch, p.rate)

    def _flush(self, epoch: int, rate: float) -> None:
        if not self._pending:
            return
        errors = self._pending[0] if len(self._pending) == 1 else np.concatenate(self._pending)
        test = np.concatenate(self._pending_test) if self._pending_test else None
        self._pending, self._pending_test = [], []
        outputs = None
        probe = self._probe
        if probe is not None:
            try:
                outputs = self._net.predict(probe)
            except ValueError:  # a probe of the wrong width: no answer this time, training goes on
                outputs = None
        snapshot = None
        if self._snapshot_wanted.is_set():
            self._snapshot_wanted.clear()
            snapshot = NetworkSnapshot.of(self._net)
        self._shown.clear()
        self.progress.emit(TrainingProgress(epoch, errors, rate, outputs, snapshot, test))
        if not self.stopping():
            self._shown.wait(ACK_TIMEOUT_S)


class TrainingController(QObject):
    """Owns one training run at a time on a :class:`WorkerThread`, and the worker's wait for the GUI.

    Signals are delivered in the GUI thread. ``finished`` comes after the thread has ended and been
    joined, so the caller may start again or touch the network from its slot.
    """

    progress = Signal(object)  # TrainingProgress
    finished = Signal(object)  # TrainResult
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = WorkerThread("nndesk-training", self)
        self._thread.progress.connect(self._on_progress)
        self._thread.finished.connect(self._on_finished)
        self._thread.failed.connect(self._on_failed)
        self._thread.ended.connect(self._after_run)
        self._saved_switch_interval = sys.getswitchinterval()
        self._run_worker: TrainingWorker | None = None  # the run's worker until its outcome is delivered

    def is_running(self) -> bool:
        return self._thread.is_running()

    def _worker(self) -> TrainingWorker | None:
        return self._thread.worker  # type: ignore[return-value]

    def start(self, net: Network, inputs: np.ndarray, targets: np.ndarray, stop: StopRule,
              probe_row: np.ndarray | None = None, recorder: RunRecorder | None = None,
              names: tuple[tuple[str, ...], tuple[str, ...]] | None = None,
              test: tuple[np.ndarray, np.ndarray] | None = None) -> None:
        """Train ``net`` on a new thread until ``stop`` holds or :meth:`request_stop` is called; η and α changes
        (:meth:`set_rates`) are recorded in ``recorder`` with their epochs; ``names`` (input names, target names)
        name the table's columns in the outcome's message; ``test`` (inputs, targets) are held-out rows whose
        error rides along with the progress (and which ``stop.patience`` watches)."""
        if self.is_running():
            raise RuntimeError("training is already running")
        worker = TrainingWorker(net, inputs, targets, stop, probe_row, recorder, names, test)
        self._run_worker = worker
        self._saved_switch_interval = sys.getswitchinterval()
        sys.setswitchinterval(min(self._saved_switch_interval, TRAINING_SWITCH_INTERVAL_S))
        gc.freeze()
        self._thread.start(worker)

    def request_stop(self) -> None:
        self._thread.request_stop()

    def set_probe_row(self, row: np.ndarray) -> None:
        worker = self._worker()
        if worker is not None:
            worker.set_probe_row(row)

    def set_rates(self, eta: float, alpha: float) -> bool:
        """Hand η and α to the running worker (applied at its next chunk); False when none runs."""
        worker = self._worker()
        if worker is None:
            return False
        worker.set_rates(eta, alpha)
        return True

    def request_snapshot(self) -> None:
        """The next progress carries a :class:`NetworkSnapshot`."""
        worker = self._worker()
        if worker is not None:
            worker.request_snapshot()

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        """Stop and join the thread now (see :meth:`WorkerThread.shutdown`). True if it ended in time."""
        return self._thread.shutdown(timeout_ms)

    def _apply_last_rates(self) -> None:
        # η and α set after the worker's last chunk apply from the epoch it ended at (the thread is joined).
        worker, self._run_worker = self._run_worker, None
        if worker is not None:
            worker.apply_rates()

    @Slot(object)
    def _on_finished(self, result: TrainResult) -> None:
        self._apply_last_rates()
        self.finished.emit(result)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._apply_last_rates()
        self.failed.emit(message)

    def _after_run(self) -> None:
        self._run_worker = None  # a shutdown() before the outcome was queued: nothing more to apply
        sys.setswitchinterval(self._saved_switch_interval)
        gc.unfreeze()

    @Slot(object)
    def _on_progress(self, p: TrainingProgress) -> None:
        worker = self._worker()
        if worker is None:
            return
        try:
            self.progress.emit(p)  # the window updates (and repaints its plot) inside this call
        finally:
            worker.acknowledge()
