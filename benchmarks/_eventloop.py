"""Shared by the benchmarks that drive the real window (app.py, soak.py): waiting on Qt's own event loop."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEventLoop, QTimer


def run_until(done: Callable[[], bool], timeout: float) -> None:
    """Run the real event loop until ``done()`` or ``timeout`` seconds.

    Not a processEvents() loop: that would spin in Python and compete with the worker for the GIL, while
    the event loop sleeps when idle.
    """
    loop = QEventLoop()
    deadline = time.perf_counter() + timeout
    poll = QTimer()
    poll.setInterval(20)
    poll.timeout.connect(lambda: (done() or time.perf_counter() >= deadline) and loop.quit())
    poll.start()
    if not done():
        loop.exec()
    poll.stop()
