"""The record of a run kept while it happens, for the window and its training thread (Qt-free, thread-safe).

The window trains on a worker thread and lets η and α change meanwhile. For the saved project to be replayable
(``nndesk check``), each change is recorded with the exact epoch after which it took effect: the worker applies
it between two chunks and tells the recorder the epoch it applied it at (see
:class:`nndesk.project.project_file.RunRecord`).
"""

from __future__ import annotations

import threading
from dataclasses import replace

from nndesk.project.project_file import Intervention, RunRecord


class RunRecorder:
    """The :class:`RunRecord` of the network a window holds; every method may be called from any thread."""

    def __init__(self, eta: float = 0.09, alpha: float = 0.015) -> None:
        self._lock = threading.Lock()
        self._record = RunRecord(eta, alpha)
        self._resumed_at: int | None = None  # a run loaded at this epoch: its next training is a continue

    def start(self, eta: float, alpha: float) -> None:
        """A fresh network at epoch 0, to be trained with η ``eta`` and α ``alpha``."""
        with self._lock:
            self._record, self._resumed_at = RunRecord(eta, alpha), None

    def load(self, record: RunRecord, settings: tuple[float, float], epochs: int) -> None:
        """A network loaded from a project file at ``epochs`` epochs (``settings``: the project's η, α)."""
        with self._lock:
            self._record = record.pinned(settings)
            self._resumed_at = epochs if epochs > 0 else None

    def settings(self, epoch: int, eta: float, alpha: float) -> None:
        """η and α set after epoch ``epoch`` (they train epoch ``epoch + 1`` on)."""
        with self._lock:
            self._record = self._record.with_settings(epoch, eta, alpha, (eta, alpha))

    def weights(self, epoch: int, weights: list, momenta: list) -> None:
        """Weights (and the momenta kept with them) set by hand after epoch ``epoch``; engine shapes."""
        step = Intervention(epoch, "weights", weights=tuple(w.copy() for w in weights),
                            momenta=tuple(m.copy() for m in momenta))
        with self._lock:
            steps = list(self._record.interventions)
            if steps and steps[-1].epoch == epoch and steps[-1].kind == "weights":
                steps.pop()  # set twice between the same two epochs: the last weights are all a replay needs
            self._record = replace(self._record, interventions=(*steps, step))

    def training(self, epoch: int) -> None:
        """Training (a run or a step) begins at epoch ``epoch``: the first time after a load, a continue."""
        with self._lock:
            if self._resumed_at is not None and self._resumed_at == epoch:
                resumed = self._record.with_step(Intervention(epoch, "continue"))
                self._record = replace(resumed, interrupted=False)  # an interrupted run goes on: no longer so
            self._resumed_at = None

    def snapshot(self) -> RunRecord:
        with self._lock:
            return self._record
