"""Speed and responsiveness of the app, measured in one run (ratios, not timed tests).

    QT_QPA_PLATFORM=offscreen python benchmarks/app.py [--seconds 4] [--skip-demo]

Prints:
  * training rate in the app (live plot, status bar, predictions) against the headless engine, half adder;
  * the longest stall of the GUI event loop while training (a 5 ms QTimer heartbeat);
  * cold start to a shown window (a fresh interpreter, from launch to the window being exposed);
  * the article's demo (half adder 2-3-2, eta 0.09, alpha 0.015, seed 1) trained to error < 0.01:
    the app against the engine alone.
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PYQTGRAPH_QT_LIB"] = "PySide6"
# The window autosaves unsaved work: keep the benchmark's recovery files out of the user's own folder.
os.environ.setdefault("NNDESK_RECOVERY_DIR", tempfile.mkdtemp(prefix="nndesk-benchmark-recovery-"))

import itertools

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from nndesk.engine import Network, StopRule, train_until
from nndesk.project.presets import PRESETS

from _eventloop import run_until  # isort: skip  (benchmarks/, this script's own folder)

HALF_ADDER = PRESETS["Half adder"]
NO_LIMIT = 2_000_000_000

COLD_START = r"""
import time, sys
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from nndesk.ui import MainWindow

w = MainWindow(restore_session=False)
w.show()
while not (w.windowHandle() is not None and w.windowHandle().isExposed()):
    app.processEvents()
app.processEvents()
print("shown", flush=True)
"""


def engine_rate(seconds: float) -> float:
    """Epochs per second of train_until alone on the half adder (seed 1), for about ``seconds``."""
    net = Network([2, 3, 2], seed=1)
    stop = threading.Event()
    timer = threading.Timer(seconds, stop.set)
    started = time.perf_counter()
    timer.start()
    train_until(net, HALF_ADDER.inputs, HALF_ADDER.targets, StopRule(error_below=None, max_epochs=NO_LIMIT),
                should_stop=stop.is_set, on_progress=lambda p: None)
    return net.epochs / (time.perf_counter() - started)


def engine_demo() -> tuple[float, int]:
    """Seconds and epochs for the article's demo to reach error < 0.01 with the engine alone."""
    net = Network([2, 3, 2], eta=0.09, alpha=0.015, seed=1)
    started = time.perf_counter()
    result = train_until(net, HALF_ADDER.inputs, HALF_ADDER.targets, StopRule(error_below=0.01))
    return time.perf_counter() - started, result.epochs


def _shown_window(app: QApplication):
    from nndesk.ui import MainWindow

    window = MainWindow(restore_session=False)
    window.resize(1280, 800)
    window.show()
    run_until(lambda: window.windowHandle().isExposed(), 5)
    return window


def app_rate(app: QApplication, seconds: float,
             heartbeat_ms: int | None = None) -> tuple[float, float, float, float, int, float]:
    """Train the half adder in the app for ``seconds`` (never reaching a stop rule), then pause.

    Returns (epochs/s, progress updates per second, longest heartbeat gap in ms beyond its period while
    training, the same from the pause until the run has ended (its autosave included), and the number of
    full garbage collections in the GUI thread meanwhile, and the GUI thread's CPU time in ms from the pause to
    the run's end: the stop's own work, which the load of a shared machine does not inflate as it does the
    gaps); the gaps are nan without ``heartbeat_ms``. With
    ``heartbeat_ms``, a QTimer of that period runs in the GUI thread, as a probe of its responsiveness.
    """
    window = _shown_window(app)
    window.hyper_form.max_epochs_spin.setValue(NO_LIMIT)
    window.hyper_form.target_spin.setValue(window.hyper_form.target_spin.minimum())
    beats: list[float] = []
    heartbeat = QTimer()
    if heartbeat_ms:
        heartbeat.setInterval(heartbeat_ms)
        heartbeat.timeout.connect(lambda: beats.append(time.perf_counter()))
        heartbeat.start()
    updates = [0]
    window.trainingProgress.connect(lambda p: updates.__setitem__(0, updates[0] + 1))
    full_collections = [0]
    gui = threading.get_ident()

    def count(phase: str, info: dict) -> None:
        if phase == "start" and info["generation"] == 2 and threading.get_ident() == gui:
            full_collections[0] += 1

    gc.callbacks.append(count)
    started = time.perf_counter()
    window.train()
    run_until(lambda: False, seconds)
    paused, paused_cpu = time.perf_counter(), time.thread_time()
    window.pause()
    run_until(lambda: not window.is_training(), 5)
    elapsed = time.perf_counter() - started
    run_until(lambda: False, 0.25)  # and the autosave of the run's end, which follows it by AFTER_RUN_MS
    stop_cpu_ms = (time.thread_time() - paused_cpu) * 1000
    heartbeat.stop()
    gc.callbacks.remove(count)
    epochs = window.network.epochs
    training_gaps = [b - a for a, b in itertools.pairwise(beats) if b <= paused]
    stop_gaps = [b - a for a, b in itertools.pairwise(beats) if b > paused]
    window.close()
    window.deleteLater()
    app.processEvents()

    def stall(gaps: list[float]) -> float:
        return max(gaps) * 1000 - heartbeat_ms if gaps and heartbeat_ms else float("nan")

    return (epochs / elapsed, updates[0] / elapsed, stall(training_gaps), stall(stop_gaps), full_collections[0],
            stop_cpu_ms)


def app_demo(app: QApplication) -> tuple[float, int, str]:
    """Seconds from pressing Train to trainingFinished for the article's demo, the epochs, the message."""
    window = _shown_window(app)
    finished: list = []
    window.trainingFinished.connect(finished.append)
    started = time.perf_counter()
    window.train()
    run_until(lambda: bool(finished), 600)
    elapsed = time.perf_counter() - started
    window.close()
    result = finished[0]
    return elapsed, result.epochs, result.message


def cold_start() -> float:
    started = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", COLD_START], capture_output=True, text=True, timeout=60,
                         env={**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")})
    if "shown" not in out.stdout:
        raise RuntimeError(f"the window did not appear: {out.stderr}")
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=3.0, help="how long each rate is measured")
    parser.add_argument("--rounds", type=int, default=5, help="alternating engine/app rounds")
    parser.add_argument("--skip-demo", action="store_true", help="skip the two full demo trainings")
    args = parser.parse_args()
    settings_dir = tempfile.mkdtemp(prefix="nndesk-bench-")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)
    app = QApplication(sys.argv[:1])
    QCoreApplication.setOrganizationName("nndesk-benchmark")

    print(f"platform: {app.platformName()}, python {sys.version.split()[0]}, {os.cpu_count()} CPUs")
    # The machine may be shared: alternate short engine and app runs and compare the best of each.
    headless, in_app, updates = [], [], []
    for _ in range(args.rounds):
        headless.append(engine_rate(args.seconds))
        rate, per_second, *_ = app_rate(app, args.seconds)
        in_app.append(rate)
        updates.append(per_second)
    ratios = [a / h for a, h in zip(in_app, headless, strict=True)]
    print(f"training rate, half adder: app / engine = {statistics.median(ratios):.2f} (median of {args.rounds} "
          f"back-to-back pairs; goal >= 0.8); per pair: {', '.join(f'{r:.2f}' for r in ratios)}; "
          f"best engine {max(headless):,.0f} epochs/s, best app {max(in_app):,.0f} epochs/s")
    print(f"progress updates reaching the GUI: {max(updates):.1f} per second at most (goal <= 30)")
    probes = [app_rate(app, args.seconds, heartbeat_ms=5)[2:] for _ in range(args.rounds)]
    stalls = [max(during, at_stop) for during, at_stop, *_ in probes]
    print(f"longest GUI event-loop stall while training: {max(stalls):.1f} ms beyond the 5 ms heartbeat "
          f"(worst of {args.rounds} runs; goal <= 50); per run: {', '.join(f'{s:.0f}' for s in stalls)}")
    print(f"  of which during the run: {', '.join(f'{p[0]:.0f}' for p in probes)}; from Pause to the run's "
          f"end (its autosave included): {', '.join(f'{p[1]:.0f}' for p in probes)}; full garbage "
          f"collections in the GUI thread: {', '.join(str(p[2]) for p in probes)}")
    print(f"  GUI thread's CPU time from Pause to the run's end: {', '.join(f'{p[3]:.0f}' for p in probes)} ms")
    print(f"load average (1 min) at the end: {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")
    starts = sorted(cold_start() for _ in range(3))
    print(f"cold start to a shown window: {starts[1]:.2f} s (median of 3; goal <= 1.5)")
    if not args.skip_demo:
        engine_s, engine_epochs = engine_demo()
        app_s, app_epochs, message = app_demo(app)
        print(f"article's demo to error < 0.01: engine {engine_s:.1f} s ({engine_epochs:,} epochs), "
              f"app {app_s:.1f} s ({app_epochs:,} epochs) -> ratio {engine_s / app_s:.2f}; app says: {message}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
