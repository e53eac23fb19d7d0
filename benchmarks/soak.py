"""Soak test of the app: 10^7 epochs of the half adder with the live plot and the insight docks.

    python benchmarks/soak.py [--epochs 10000000] [--quick] [--show]

Starts the real MainWindow (offscreen unless ``--show``) on the article's demo, sets the stop rule through the
window's own widgets so that only Max epochs ends the run (error target at its minimum), presses Train and
every ~0.5 s samples: the epochs done, the process's RSS (VmRSS), the error plot's buffer size, the longest
lateness of a 50 ms QTimer heartbeat (the GUI event loop's stall) and the time to render the plot (grab());
every ``error_plot.append`` the window makes is timed too, so that the worst stall can be traced to it.

Prints the RSS curve against epochs (~20 rows), then a summary: peak RSS (VmHWM) against the 300 MB goal,
the longest and p99 stall, epochs/s, and RSS at the end over RSS at 10% of the run (bounded memory: ~1.0).
Exit code 0 when all epochs ran, the peak RSS and the longest stall are within their goals and no thread is
left running; 1 otherwise. Linux only (it reads /proc/self/status).
"""

from __future__ import annotations

import argparse
import itertools
import os
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, replace

os.environ["PYQTGRAPH_QT_LIB"] = "PySide6"
# The window autosaves unsaved work: keep the benchmark's recovery files out of the user's own folder.
os.environ.setdefault("NNDESK_RECOVERY_DIR", tempfile.mkdtemp(prefix="nndesk-benchmark-recovery-"))

import numpy as np
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QDoubleSpinBox, QSpinBox

from _eventloop import run_until  # isort: skip  (benchmarks/, this script's own folder)

RSS_GOAL_MB = 300.0
STALL_GOAL_MS = 250.0
HEARTBEAT_MS = 50
SAMPLE_MS = 500
TABLE_ROWS = 20
QUICK_EPOCHS = 1_000_000
MB = 1024 * 1024


@dataclass(frozen=True)
class Sample:
    """One look at the running app: ``seconds`` since Train, memory in bytes, times in ms."""

    seconds: float
    epochs: int
    rss: int
    plot_bytes: int
    max_stall_ms: float  # longest heartbeat lateness since the previous sample
    render_ms: float


def proc_status_bytes(field: str) -> int:
    """``VmRSS`` or ``VmHWM`` (peak RSS) of this process from /proc/self/status, in bytes."""
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024  # the kernel reports kB
    raise RuntimeError(f"no {field} in /proc/self/status (this benchmark needs Linux)")


def plot_buffer_bytes(plot) -> int:
    """Bytes held by the error plot's buffer: the per-epoch errors and the drawing envelope."""
    buffer = plot.buffer
    arrays = [value for value in vars(buffer).values() if isinstance(value, np.ndarray)]
    return sum(a.nbytes for a in arrays)


class Heartbeat:
    """A QTimer every ``HEARTBEAT_MS`` in the GUI thread; records how late each beat comes (ms).

    ``epoch()`` tells the epoch shown at each beat, so that the worst stall can be placed in the run.
    """

    def __init__(self, epoch) -> None:
        self.lateness: list[float] = []
        self.worst = (0.0, 0)  # (lateness in ms, epoch shown when it ended)
        self._epoch = epoch
        self._window_max = 0.0
        self._last = time.perf_counter()
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(HEARTBEAT_MS)
        self._timer.timeout.connect(self._beat)

    def start(self) -> None:
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def take_max(self) -> float:
        """The longest lateness since the last call."""
        value, self._window_max = self._window_max, 0.0
        return value

    def _beat(self) -> None:
        now = time.perf_counter()
        late = max(0.0, (now - self._last) * 1000 - HEARTBEAT_MS)
        self._last = now
        self.lateness.append(late)
        self._window_max = max(self._window_max, late)
        if late > self.worst[0]:
            self.worst = (late, self._epoch())


class TimedAppend:
    """Times every ``error_plot.append`` the window makes (the plot's share of each update, GUI thread)."""

    def __init__(self, plot) -> None:
        self.worst = (0.0, 0)  # (ms, last epoch of that chunk)
        self.total_s = 0.0
        self.calls = 0
        self._append = plot.append
        plot.append = self  # an instance attribute: the window's self.error_plot.append(...) finds it first

    def __call__(self, last_epoch: int, errors: np.ndarray) -> None:
        t0 = time.perf_counter()
        self._append(last_epoch, errors)
        ms = (time.perf_counter() - t0) * 1000
        self.total_s += ms / 1000
        self.calls += 1
        if ms > self.worst[0]:
            self.worst = (ms, last_epoch)


@dataclass
class Run:
    """What one soak measured."""

    samples: list[Sample]
    seconds: float
    result: object  # the TrainResult, or None if the run did not finish
    heartbeat: Heartbeat
    appends: TimedAppend


def open_window(epochs: int):
    """The real MainWindow, shown, on the demo, set through its widgets to train exactly ``epochs`` epochs."""
    from nndesk.ui import MainWindow
    from nndesk.ui.hyperparameters import STOP_ERROR

    window = MainWindow(restore_session=False)
    window.resize(1280, 800)
    window.show()
    run_until(lambda: window.windowHandle() is not None and window.windowHandle().isExposed(), 5)
    window.load_demo()
    combo = window.findChild(QComboBox, "stopRuleCombo")
    combo.setCurrentIndex(combo.findData(STOP_ERROR))
    target = window.findChild(QDoubleSpinBox, "targetErrorSpin")
    target.setValue(target.minimum())  # 1e-10: the half adder does not get there in 10^7 epochs
    max_epochs = window.findChild(QSpinBox, "maxEpochsSpin")
    max_epochs.setValue(epochs)
    if max_epochs.value() != epochs:
        raise SystemExit(f"Max epochs accepts {max_epochs.minimum()}..{max_epochs.maximum()}, not {epochs}")
    return window


def soak(epochs: int, timeout: float) -> Run:
    """Train ``epochs`` epochs in the app, sampling as it goes; the window is closed when this returns."""
    window = open_window(epochs)
    appends = TimedAppend(window.error_plot)
    last_epoch = [0]
    heartbeat = Heartbeat(lambda: last_epoch[0])
    samples: list[Sample] = []
    finished: list = []
    started = [0.0]

    def sample() -> None:
        plot = window.error_plot
        t0 = time.perf_counter()
        # grab(), not repaint(): the plot's repaint() paints nothing new once its viewport covers it
        plot.grab()
        render_ms = (time.perf_counter() - t0) * 1000
        samples.append(
            Sample(
                time.perf_counter() - started[0],
                last_epoch[0],
                proc_status_bytes("VmRSS"),
                plot_buffer_bytes(plot),
                heartbeat.take_max(),
                render_ms,
            )
        )

    window.trainingProgress.connect(lambda p: last_epoch.__setitem__(0, p.epoch))
    window.trainingFinished.connect(finished.append)
    sampler = QTimer()
    sampler.setInterval(SAMPLE_MS)
    sampler.timeout.connect(sample)
    heartbeat.start()
    sampler.start()
    started[0] = time.perf_counter()
    window.train_action.trigger()
    try:
        run_until(lambda: bool(finished), timeout)
    finally:
        elapsed = time.perf_counter() - started[0]
        sampler.stop()
        heartbeat.stop()
        if window.is_training():  # timed out or interrupted: stop and join the worker before closing
            window.pause()
            run_until(lambda: not window.is_training(), 10)
        last_epoch[0] = window.network.epochs
        sample()  # the end of the run
        close_window(window)
    return Run(samples, elapsed, finished[0] if finished else None, heartbeat, appends)


def close_window(window) -> None:
    """Close the window (it joins any worker thread) and let Qt delete it."""
    window.close()
    if window.is_training():
        raise RuntimeError("the training thread still runs after the window closed")
    window.deleteLater()
    QApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()


def table_rows(samples: list[Sample], rows: int) -> list[Sample]:
    """About ``rows`` samples spread evenly over the epochs, first and last included.

    Each row's stall and render time are the worst since the previous row, so that no stall is left out.
    """
    total = samples[-1].epochs
    picked = [0]
    for k in range(1, rows + 1):
        goal = total * k / rows
        i = min(range(len(samples)), key=lambda j: abs(samples[j].epochs - goal))
        if i > picked[-1]:
            picked.append(i)
    if picked[-1] != len(samples) - 1:
        picked.append(len(samples) - 1)
    out = [samples[0]]
    for lo, hi in itertools.pairwise(picked):
        span = samples[lo + 1 : hi + 1]
        out.append(
            replace(
                samples[hi], max_stall_ms=max(s.max_stall_ms for s in span), render_ms=max(s.render_ms for s in span)
            )
        )
    return out


def rss_at_fraction(samples: list[Sample], fraction: float) -> int:
    """RSS of the first sample at or past ``fraction`` of the run's epochs."""
    total = samples[-1].epochs
    return next(s.rss for s in samples if s.epochs >= fraction * total)


def report(run: Run, epochs: int) -> int:
    """Print the table and the summary; return the exit code."""
    samples, elapsed, heartbeat = run.samples, run.seconds, run.heartbeat
    print(f"{'epochs':>12} | {'RSS MB':>7} | {'max stall ms':>12} | {'plot buffer MB':>14} | {'render ms':>9}")
    print(f"{'-' * 12}-+-{'-' * 7}-+-{'-' * 12}-+-{'-' * 14}-+-{'-' * 9}")
    for s in table_rows(samples, TABLE_ROWS):
        print(
            f"{s.epochs:>12,} | {s.rss / MB:>7.1f} | {s.max_stall_ms:>12.1f} | {s.plot_bytes / MB:>14.1f} | "
            f"{s.render_ms:>9.1f}"
        )
    peak = proc_status_bytes("VmHWM") / MB
    done = samples[-1].epochs
    lateness = heartbeat.lateness
    max_stall, stall_epoch = heartbeat.worst
    p99 = float(np.percentile(lateness, 99)) if lateness else 0.0
    renders = np.array([s.render_ms for s in samples])
    ratio = samples[-1].rss / rss_at_fraction(samples, 0.1)
    memory_ok, stall_ok = peak < RSS_GOAL_MB, max_stall < STALL_GOAL_MS
    how = "ran to the end" if done >= epochs else "DID NOT FINISH"
    print()
    print(f"epochs: {done:,} of {epochs:,} ({how}; the app says: {getattr(run.result, 'message', 'no result')})")
    print(f"total: {elapsed:.1f} s, {done / max(elapsed, 1e-9):,.0f} epochs/s")
    print(f"peak RSS (VmHWM): {peak:.1f} MB (goal < {RSS_GOAL_MB:.0f} MB): {'PASS' if memory_ok else 'FAIL'}")
    print(
        f"RSS at the end / RSS at 10% of the run: {ratio:.2f} (bounded memory: ~1.0); growth after 10%: "
        f"{(samples[-1].rss - rss_at_fraction(samples, 0.1)) / (0.9 * done):.1f} bytes/epoch; "
        f"error plot buffer at the end: {samples[-1].plot_bytes / MB:.1f} MB"
    )
    print(
        f"GUI stall (lateness of a {HEARTBEAT_MS} ms heartbeat): max {max_stall:.1f} ms (near epoch "
        f"{stall_epoch:,}), p99 {p99:.1f} ms (goal max < {STALL_GOAL_MS:.0f} ms): {'PASS' if stall_ok else 'FAIL'}"
    )
    worst_ms, worst_epoch = run.appends.worst
    print(
        f"error_plot.append (GUI thread): {run.appends.calls:,} calls, mean "
        f"{run.appends.total_s * 1000 / max(run.appends.calls, 1):.1f} ms, slowest {worst_ms:.1f} ms at epoch "
        f"{worst_epoch:,}"
    )
    print(f"plot render (grab): median {np.median(renders):.1f} ms, max {renders.max():.1f} ms")
    passed = memory_ok and stall_ok and done >= epochs
    print(f"soak: {'PASS' if passed else 'FAIL'}")
    return 0 if passed else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=10_000_000, help="epochs to train (default 10^7)")
    parser.add_argument("--quick", action="store_true", help=f"only {QUICK_EPOCHS:,} epochs, for a fast check")
    parser.add_argument("--show", action="store_true", help="show the window on the real screen")
    parser.add_argument("--timeout", type=float, default=1800.0, help="give up after this many seconds")
    args = parser.parse_args()
    epochs = QUICK_EPOCHS if args.quick else args.epochs
    if not args.show:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    settings_dir = tempfile.mkdtemp(prefix="nndesk-soak-")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)
    app = QApplication(sys.argv[:1])
    QCoreApplication.setOrganizationName("nndesk-benchmark")
    print(
        f"soak: half adder, {epochs:,} epochs, live plot and insight docks; platform {app.platformName()}, "
        f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs; RSS before the window "
        f"{proc_status_bytes('VmRSS') / MB:.1f} MB",
        flush=True,
    )
    code = report(soak(epochs, args.timeout), epochs)
    # A QThread that ran Python code shows up as a _DummyThread forever: only Python's own threads count here.
    left = [
        t.name
        for t in threading.enumerate()
        if t is not threading.main_thread() and not isinstance(t, threading._DummyThread)
    ]
    if left:
        print(f"threads still running at exit: {left}")
        code = 1
    return code


if __name__ == "__main__":
    raise SystemExit(main())
