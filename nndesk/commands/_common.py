"""What the headless commands share: reading FILE|PRESET, training with a terminal progress bar, the truth check.

Problems with the user's input raise :class:`UsageError` (exit code 2, one line, no traceback).
"""

from __future__ import annotations

import math
import signal
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

import numpy as np

from nndesk.engine import Network, Progress, StopRule, TrainResult, train_until
from nndesk.engine.correctness import outputs_right
from nndesk.engine.training import format_error
from nndesk.i18n import counted, translate
from nndesk.project.dataset_presets import dataset_preset_name, dataset_project
from nndesk.project.held_out import split_rows
from nndesk.project.presets import preset_project
from nndesk.project.project_file import SUFFIX, Project, ProjectError, load_project
from nndesk.project.safe_save import check_writable
from nndesk.project.truth_table import TruthTable, format_value

EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT = 0, 1, 2


class UsageError(Exception):
    """Input the command cannot use; ``str(error)`` is the one line shown to the user."""


class Interrupts:
    """Ctrl+C (SIGINT) and SIGTERM turned into a request to stop at the next chunk, within a ``with`` block.

    Training polls :meth:`requested` between chunks (``should_stop``), so it ends cleanly with the work done so
    far, which the command may then save; :attr:`exit_code` is the shell's code for the signal (130, 143).
    """

    SIGNALS = (signal.SIGINT, signal.SIGTERM)

    def __init__(self) -> None:
        self.signal: int | None = None
        self._previous: dict[int, object] = {}

    def __enter__(self) -> Interrupts:
        if threading.current_thread() is threading.main_thread():  # only the main thread may handle signals
            for sig in self.SIGNALS:
                self._previous[sig] = signal.signal(sig, self._handle)
        return self

    def __exit__(self, *exc_info: object) -> None:
        for sig, handler in self._previous.items():
            signal.signal(sig, handler)
        self._previous.clear()

    def _handle(self, signum: int, _frame: object) -> None:
        if self.signal is None:
            self.signal = signum

    def requested(self) -> bool:
        return self.signal is not None

    @property
    def exit_code(self) -> int:
        return 128 + (self.signal or signal.SIGINT)

    @property
    def name(self) -> str:
        return "SIGTERM" if self.signal == signal.SIGTERM else "Ctrl+C"


def complain(message: str) -> int:
    print(f"nndesk: {message}", file=sys.stderr)
    return EXIT_BAD_INPUT


def checked_out(text: str | None) -> Path | None:
    """The ``--out`` file, checked before any training: a file name whose folder exists and may be written in,
    and nothing there that a save must not replace (a folder, a device, a pipe). UsageError says why not."""
    if text is None:
        return None
    if not text.strip():
        raise UsageError(translate("CommandLine", "--out needs a file name, such as --out trained.nndesk"))
    try:
        check_writable(text)
    except OSError as exc:
        raise UsageError(translate("CommandLine", "cannot save to {0}: {1}").format(
            repr(text), exc.strerror or exc)) from None
    return Path(text)


def read_source(text: str) -> tuple[Project, str]:
    """The project in file ``text``, or the preset of that name with its own settings (η, α, stop rule, epoch
    limit, hidden layers: :func:`nndesk.project.presets.preset_project`); returns it with a name to show."""
    path = Path(text)
    if _is_file(path) or path.suffix.lower() == SUFFIX:
        try:
            return load_project(path), path.name
        except ProjectError as exc:
            raise UsageError(str(exc)) from None
    dataset = dataset_preset_name(text)
    project = preset_project(text) if dataset is None else dataset_project(dataset)
    if project is None:
        raise UsageError(translate("CommandLine", "{0} is neither a project file nor a preset (nndesk presets lists "
                                                  "them)").format(repr(text)))
    return project, text


def _is_file(path: Path) -> bool:
    try:
        return path.is_file() or path.is_symlink()  # a link that leads nowhere or in a loop: load_project says so
    except (OSError, ValueError):  # a name too long for the system, or with a NUL in it: load_project says so
        return True


def new_network(project: Project) -> Network:
    """A network of the project's topology and settings, fresh from its seed; UsageError if it cannot be made."""
    try:
        return Network(project.topology, eta=project.eta, alpha=project.alpha, seed=project.seed,
                       activations=project.activations, **project.training.network_options())
    except ValueError as exc:
        raise UsageError(translate("CommandLine", "the network cannot be made: {0}").format(exc)) from None


def stop_rule(project: Project) -> StopRule:
    return project.training.to_stop_rule()  # the window's, patience included


def check_trainable(table: TruthTable, net: Network) -> None:
    """Raise UsageError when the engine cannot train on ``table`` (its shape does not fit the network, say).
    Don't-care targets (x) are fine: they send no error back."""
    try:
        net.check_table(table.inputs, table.targets)
    except ValueError as exc:
        raise UsageError(translate("CommandLine", "the table cannot be trained on: {0}").format(exc)) from None


class ProgressBar:
    """A one-line progress display on a terminal (stderr), redrawn at most 10 times a second."""

    WIDTH = 24

    def __init__(self, max_epochs: int | None, stream: TextIO | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.max_epochs = max_epochs
        self.enabled = bool(getattr(self.stream, "isatty", lambda: False)())
        self._last_draw = 0.0
        self._started = time.perf_counter()

    def update(self, p: Progress) -> None:
        now = time.perf_counter()
        if not self.enabled or now - self._last_draw < 0.1:
            return
        self._last_draw = now
        error = float(p.errors[-1]) if len(p.errors) else math.nan
        done = min(p.epoch / self.max_epochs, 1.0) if self.max_epochs else 0.0
        filled = int(done * self.WIDTH)
        rate = p.epoch / max(now - self._started, 1e-9)
        line = translate("CommandLine", "epoch {0}  error {1}  {2} epochs/s").format(
            f"{p.epoch:,}", format_error(error), f"{rate:,.0f}")
        self.stream.write(f"\r[{'#' * filled}{'.' * (self.WIDTH - filled)}] {line} ")
        self.stream.flush()

    def close(self) -> None:
        if self.enabled and self._last_draw:
            self.stream.write("\r" + " " * 79 + "\r")
            self.stream.flush()


@dataclass(frozen=True)
class Run:
    """One headless training run: the network afterwards, what ended it, its error history and duration."""

    net: Network
    result: TrainResult
    errors: np.ndarray  # one per epoch of this run
    seconds: float
    test_errors: np.ndarray | None = None  # the test rows' error after each epoch (with test rows)
    start_epoch: int = 0  # the network's epochs before this run


def train(project: Project, net: Network, show_progress: bool = True,
          should_stop: Callable[[], bool] | None = None, rule: StopRule | None = None) -> Run:
    """Train ``net`` on the project's table under its stop rule (or ``rule``), with a progress bar on a terminal;
    ``should_stop`` is asked between chunks (an interrupt)."""
    table = project.table
    check_trainable(table, net)
    rule = stop_rule(project) if rule is None else rule
    bar = ProgressBar(rule.max_epochs) if show_progress else None
    chunks: list[np.ndarray] = []
    test_chunks: list[np.ndarray] = []

    def on_progress(p: Progress) -> None:
        chunks.append(p.errors.copy())
        if p.test_errors is not None:
            test_chunks.append(p.test_errors.copy())
        if bar is not None:
            bar.update(p)

    x, t, test_x, test_t = split_rows(table, project.test_rows)
    test = dict(test_inputs=test_x, test_targets=test_t) if project.test_rows else {}
    start_epoch = net.epochs
    started = time.perf_counter()
    try:
        result = train_until(net, x, t, rule, on_progress=on_progress, input_names=table.input_names,
                             output_names=table.target_names, should_stop=should_stop,
                             input_scale_advice=project.dataset is None, **test)
    finally:
        if bar is not None:
            bar.close()
    errors = np.concatenate(chunks) if chunks else np.zeros(0)
    test_errors = np.concatenate(test_chunks) if test_chunks else None
    return Run(net, result, errors, time.perf_counter() - started, test_errors, start_epoch)


@dataclass(frozen=True)
class RowCheck:
    """One row of the truth check: the row's outputs and which targets were met (None: a don't-care)."""

    inputs: tuple[float, ...]
    targets: tuple[float, ...]
    outputs: tuple[float, ...]
    met: tuple[bool | None, ...]

    @property
    def correct(self) -> bool:
        return all(m is not False for m in self.met)


def truth_check(net: Network, table: TruthTable) -> list[RowCheck]:
    """Each row's outputs against its targets, right or wrong as the engine defines it (strictly on the target's
    side of the threshold; see :mod:`nndesk.engine.correctness`)."""
    with np.errstate(invalid="ignore", over="ignore"):  # a diverged network's weights are inf: outputs NaN
        outputs = net.predict(table.inputs)
    right = outputs_right(outputs, table.targets, net.threshold)  # a NaN output is never right
    checks = []
    for row, out, ok in zip(table.rows, outputs, right, strict=True):
        targets = row[table.n_inputs :]
        met = tuple(None if t != t else bool(r) for t, r in zip(targets, ok, strict=True))
        checks.append(RowCheck(row[: table.n_inputs], targets, tuple(float(o) for o in out), met))
    return checks


def check_lines(table: TruthTable, checks: list[RowCheck]) -> list[str]:
    """The truth check as a small text table: inputs | targets | outputs, and a mark per row."""
    head = f"  {' '.join(table.input_names)} | {' '.join(table.target_names)} | " + translate("CommandLine", "outputs")
    right, wrong = translate("CommandLine", "ok"), translate("CommandLine", "WRONG")
    lines = [head]
    for c in checks:
        ins = " ".join(format_value(v).rjust(len(n)) for v, n in zip(c.inputs, table.input_names, strict=True))
        tgs = " ".join(format_value(v).rjust(len(n)) for v, n in zip(c.targets, table.target_names, strict=True))
        outs = " ".join(f"{o:.3f}" if math.isfinite(o) else "n/a" for o in c.outputs)
        lines.append(f"  {ins} | {tgs} | {outs}  {right if c.correct else wrong}")
    return lines


def epochs_text(n: int) -> str:
    """``n`` epochs in words: "1 epoch", "2,000 epochs" (translated)."""
    return counted(n, translate("CommandLine", "1 epoch"), translate("CommandLine", "{0} epochs"))


def summary(checks: list[RowCheck]) -> str:
    right = sum(c.correct for c in checks)
    return translate("CommandLine", "{0} of {1} rows correct").format(right, len(checks))
