"""The training loop for the app and the command line: epochs in timed chunks until a stop rule holds.

Qt-free: the caller passes ``should_stop`` (e.g. ``threading.Event().is_set``) and ``on_progress``; the loop
calls them between chunks sized to take about ``progress_interval`` seconds, never once per epoch.
"""

from __future__ import annotations

import decimal
import enum
import math
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from nndesk.engine import _codegen
from nndesk.engine.network import OPTIMIZER_ARRAYS, DivergenceError, Network, causes_text, likely_causes
from nndesk.engine.separability import no_hidden_layer_problem
from nndesk.engine.wording import counted_noun, translate


class StopReason(enum.Enum):
    CONVERGED = "converged"  # the article's rule: epoch error below the target
    ALL_CORRECT = "all correct"  # every row thresholded right, with the margin
    MAX_EPOCHS = "max epochs"
    PLATEAU = "plateau"  # the best error stopped improving, or the network stopped changing at all
    STOPPED = "stopped"  # the caller asked
    DIVERGED = "diverged"  # NaN or infinity appeared
    NO_TEST_IMPROVEMENT = "test error stopped improving"  # early stopping: the best test error's weights restored


@dataclass(frozen=True)
class StopRule:
    """When training ends. ``None`` turns a criterion off; ``max_epochs`` counts the network's total."""

    error_below: float | None = 0.01
    all_correct_margin: float | None = None
    max_epochs: int | None = None
    plateau_epochs: int | None = None
    plateau_delta: float = 1e-9
    patience: int | None = None  # stop when the test rows' error has not improved for this many epochs

    def __post_init__(self) -> None:
        for name in ("error_below", "all_correct_margin", "plateau_delta"):
            value = getattr(self, name)
            if value is not None and (isinstance(value, bool) or not math.isfinite(value) or value < 0):
                raise ValueError(translate("Training", "{0} must be a finite number of 0 or more, not {1!r}").format(
                    name.replace('_', ' '), value))
        for name in ("max_epochs", "plateau_epochs", "patience"):
            value = getattr(self, name)
            if value is not None and (isinstance(value, bool) or int(value) != value or value < 1):
                raise ValueError(translate("Training", "{0} must be a whole number of 1 or more, not {1!r}").format(
                    name.replace('_', ' '), value))


@dataclass(frozen=True)
class Progress:
    """One chunk of training: the network's epoch count after it and the chunk's epoch errors."""

    epoch: int
    errors: np.ndarray
    rate: float  # epochs per second over this chunk
    test_errors: np.ndarray | None = None  # the test rows' error after each of these epochs (with test rows)


@dataclass(frozen=True)
class TrainResult:
    reason: StopReason
    epochs: int  # the network's total epochs when training ended
    error: float  # the last epoch's error (nan when no epoch ran)
    message: str  # for the user, e.g. "Converged at epoch 1,462,897: error 0.00999"
    test_error: float = math.nan  # the test rows' error at the end (nan without test rows)
    best_epoch: int | None = None  # with patience: the epoch of the best test error, whose weights were restored


def format_error(error: float, digits: int = 3) -> str:
    """``error`` to ``digits`` significant digits, cut rather than rounded (0.0099999 -> "0.00999").

    Cutting keeps a converged error visibly below its target: rounding would show 0.0099999 as "0.01".
    """
    if not math.isfinite(error) or error == 0.0:
        return f"{error:g}"
    value = decimal.Decimal(repr(error))  # the shortest decimal that reads back as this float
    exponent = value.adjusted()
    cut = value.quantize(decimal.Decimal(1).scaleb(exponent - digits + 1), rounding=decimal.ROUND_DOWN)
    if -5 <= exponent < digits:
        return f"{cut:f}"
    return f"{cut:.{digits - 1}e}"


def _divergence_advice(activations: tuple[str, ...]) -> str:
    unbounded = sorted({name for name in activations if name in ("relu", "linear")})
    if len(unbounded) == 2:
        return translate("Training", "Linear and relu layers have no upper bound, so large steps feed on themselves: "
                                     "try a smaller learning rate η (for example 0.01), a momentum α below 1, or "
                                     "sigmoid/tanh layers.")
    if unbounded:
        return translate("Training", "{0} layers have no upper bound, so large steps feed on themselves: try a "
                                     "smaller learning rate η (for example 0.01), a momentum α below 1, or "
                                     "sigmoid/tanh layers.").format(unbounded[0].capitalize())
    return translate("Training", "Try a smaller learning rate η or a momentum α below 1.")


def _message(
    reason: StopReason,
    epochs: int,
    error: float,
    stop: StopRule,
    activations: tuple[str, ...] = (),
    causes: str = "",
    frozen: bool = False,
) -> str:
    """The outcome for the user; ``causes`` (see :func:`causes_text`) is added when the run failed."""
    at = f"{epochs:,}"
    err = (translate("Training", "error {0}").format(format_error(error)) if math.isfinite(error) else
           translate("Training", "no error yet"))
    if reason is StopReason.CONVERGED:
        return translate("Training", "Converged at epoch {0}: {1}").format(at, err)
    if reason is StopReason.ALL_CORRECT:
        return translate("Training", "All rows correct at epoch {0}: {1}").format(at, err)
    if reason is StopReason.MAX_EPOCHS:
        limit = counted_noun(stop.max_epochs, "epoch")
        return _with(translate("Training", "Stopped at the limit of {0}: {1}").format(limit, err), causes)
    if reason is StopReason.PLATEAU and frozen:
        advice = causes or translate("Training", "Its neurons are saturated: try a smaller learning rate η or other "
                                                 "initial weights (seed).")
        return translate("Training", "Stopped at epoch {0}: the network stopped changing ({1}), so more epochs cannot "
                                     "help. {2}").format(at, err, advice)
    if reason is StopReason.PLATEAU:
        return _with(translate("Training", "Stopped at epoch {0}: the error stopped improving ({1})").format(at, err),
                     causes)
    if reason is StopReason.NO_TEST_IMPROVEMENT:
        return translate("Training", "Stopped at epoch {0}: the test error had not improved for {1} epochs, so the "
                                     "weights of epoch {2} are back: {3}").format(
            f"{epochs + stop.patience:,}", f"{stop.patience:,}", at, err)
    if reason is StopReason.DIVERGED:
        advice = causes or _divergence_advice(activations)
        return translate("Training", "Training diverged at epoch {0}: the numbers grew out of range. {1}").format(
            at, advice)
    return translate("Training", "Stopped at epoch {0}: {1}").format(at, err)


def _with(message: str, causes: str) -> str:
    return f"{message}. {causes}" if causes else message


class _Plateau:
    """Tracks the best error; checked at chunk ends, so a plateau is noticed within one chunk."""

    def __init__(self, epochs: int | None, delta: float) -> None:
        self.epochs, self.delta = epochs, delta
        self.best, self.best_epoch = math.inf, 0

    def reached(self, errors: np.ndarray, end_epoch: int) -> bool:
        if self.epochs is None or len(errors) == 0:
            return False
        k = int(np.argmin(errors))
        if errors[k] < self.best - self.delta:
            self.best, self.best_epoch = float(errors[k]), end_epoch - len(errors) + k + 1
        elif self.best_epoch == 0:
            self.best_epoch = end_epoch - len(errors)
        return end_epoch - self.best_epoch >= self.epochs


def train_until(
    net: Network,
    inputs: object,
    targets: object,
    stop: StopRule,
    *,
    should_stop: Callable[[], bool] | None = None,
    on_progress: Callable[[Progress], None] | None = None,
    progress_interval: float = 0.05,
    test_inputs: object = None,
    test_targets: object = None,
    input_names: Sequence[str] | None = None,
    output_names: Sequence[str] | None = None,
    input_scale_advice: bool = True,
) -> TrainResult:
    """Train ``net`` until ``stop`` holds or ``should_stop()`` returns true; report progress in chunks.

    ``inputs``/``targets`` are the rows trained on: the epoch error, the error target and "all rows correct"
    are theirs. Held-out rows (``test_inputs``/``test_targets``, never trained on) give the test error
    (``net.error``) after every epoch, in :attr:`Progress.test_errors`; with ``stop.patience`` N, training ends
    once the test error has not improved for N epochs, and the network goes back to the epoch of the best test
    error (weights, optimiser state and epoch count): :attr:`StopReason.NO_TEST_IMPROVEMENT`.

    Each chunk takes about ``progress_interval`` seconds; ``on_progress`` gets one :class:`Progress` per
    chunk. Divergence ends training with :attr:`StopReason.DIVERGED` instead of raising. A network whose
    weights and momenta come out of a chunk exactly as they went in would repeat that chunk forever (typically
    every neuron saturated by a huge η): training ends at once with :attr:`StopReason.PLATEAU`. The message of
    a run that failed (diverged, frozen, plateau, epoch limit) names a setting that stands out, if one does
    (:func:`nndesk.engine.network.likely_causes`), and first a table the network cannot represent (no hidden
    layer for an output that is not linearly separable: :mod:`nndesk.engine.separability`), naming the
    table's columns by ``input_names`` and ``output_names`` when given.
    """
    x, t = net.check_table(inputs, targets)
    if should_stop is None and not _can_end(stop):
        raise ValueError(translate("Training", "this stop rule can never end training: no max_epochs, and no "
                                               "error_below above 0, all_correct_margin or plateau_epochs that could "
                                               "hold; give it max_epochs"))
    held = _HeldOut(net, test_inputs, test_targets, stop)
    plateau = _Plateau(stop.plateau_epochs, stop.plateau_delta)
    chunk = 1  # grows 4x a chunk towards progress_interval: a huge network still answers should_stop soon
    last_error = math.nan
    reason = StopReason.STOPPED
    frozen = False
    while True:
        if stop.max_epochs is not None and net.epochs >= stop.max_epochs:
            reason = StopReason.MAX_EPOCHS
            break
        if should_stop is not None and should_stop():
            reason = StopReason.STOPPED
            break
        if stop.max_epochs is not None:
            chunk = min(chunk, stop.max_epochs - net.epochs)
        started = time.perf_counter()
        before = _state(net)
        errors, why, test_errors = held.train(net, x, t, chunk, stop)
        elapsed = time.perf_counter() - started
        if len(errors):
            last_error = float(errors[-1])
        if on_progress is not None and len(errors):
            on_progress(Progress(net.epochs, errors, len(errors) / max(elapsed, 1e-9), test_errors))
        if why == _STOP_PATIENCE:
            reason, last_error = StopReason.NO_TEST_IMPROVEMENT, held.restore(net)
            break
        if why == _codegen.STOP_ERROR:
            reason = StopReason.CONVERGED
            break
        if why == _codegen.STOP_CORRECT:
            reason = StopReason.ALL_CORRECT
            break
        if why == _codegen.STOP_NONFINITE:
            reason = StopReason.DIVERGED
            break
        if plateau.reached(errors, net.epochs):
            reason = StopReason.PLATEAU
            break
        if len(errors) and _same_state(before, _state(net)):
            # Training is deterministic: a state that came back after this chunk repeats forever, and so
            # do its errors. Typically every neuron is saturated (a huge η) and every step is exactly 0.
            reason, frozen = StopReason.PLATEAU, True
            break
        # Aim the next chunk at progress_interval, growing at most 4x at a time so a slow start adapts.
        per_epoch = elapsed / max(len(errors), 1)
        chunk = max(1, min(chunk * 4, int(progress_interval / max(per_epoch, 1e-9))))
    failed = reason in (StopReason.MAX_EPOCHS, StopReason.PLATEAU, StopReason.DIVERGED)
    causes = _failure_causes(net, x, t, input_names, output_names, input_scale_advice) if failed else ""
    message = _message(reason, net.epochs, last_error, stop, net.activations, causes, frozen)
    if held.active:
        test_error = held.best if reason is StopReason.NO_TEST_IMPROVEMENT else held.last
        if math.isfinite(test_error):
            message += translate("Training", "; test error {0}").format(format_error(test_error))
        best = net.epochs if reason is StopReason.NO_TEST_IMPROVEMENT else None
        return TrainResult(reason, net.epochs, last_error, message, test_error, best)
    return TrainResult(reason, net.epochs, last_error, message)


_STOP_PATIENCE = -100  # a reason of _HeldOut.train's own, beside the trainers' STOP_* codes


def _chunk(net: Network, x: np.ndarray, t: np.ndarray, epochs: int, stop: StopRule) -> tuple[np.ndarray, int]:
    try:
        return net.train_chunk(x, t, epochs, stop_below=stop.error_below, margin=stop.all_correct_margin)
    except DivergenceError as exc:
        return exc.errors, _codegen.STOP_NONFINITE


class _HeldOut:
    """The test rows: their error after every epoch, and the patience rule that keeps the best epoch's state."""

    def __init__(self, net: Network, inputs: object, targets: object, stop: StopRule) -> None:
        self.active = inputs is not None
        self.patience = stop.patience
        if not self.active:
            if stop.patience is not None:
                raise ValueError(translate("Training", "the stop rule on the test error needs test rows: mark some "
                                                       "rows as test rows"))
            return
        self.x, self.t = net.check_table(inputs, targets)
        self.best, self.last, self.best_train_error = math.inf, math.nan, math.nan
        self.best_epoch = net.epochs
        self.snapshot = (net.get_weights(), net.get_optimizer_state(), net.epochs)

    def train(self, net: Network, x: np.ndarray, t: np.ndarray, epochs: int, stop: StopRule
              ) -> tuple[np.ndarray, int, np.ndarray | None]:
        """Up to ``epochs`` epochs: ``(errors, why, test errors)``, one epoch at a time when there are test rows."""
        if not self.active:
            errors, why = _chunk(net, x, t, epochs, stop)
            return errors, why, None
        errors: list[float] = []
        tests: list[float] = []
        why = _codegen.STOP_NONE
        while len(errors) < epochs and why == _codegen.STOP_NONE:
            one, why = _chunk(net, x, t, 1, stop)
            if not len(one):
                break
            errors.append(float(one[0]))
            with np.errstate(over="ignore", invalid="ignore"):
                self.last = net.error(self.x, self.t) if why != _codegen.STOP_NONFINITE else math.nan
            tests.append(self.last)
            if self.last < self.best:
                self.best, self.best_epoch, self.best_train_error = self.last, net.epochs, errors[-1]
                if self.patience is not None:
                    self.snapshot = (net.get_weights(), net.get_optimizer_state(), net.epochs)
            elif self.patience is not None and net.epochs - self.best_epoch >= self.patience \
                    and why == _codegen.STOP_NONE:
                why = _STOP_PATIENCE
        return np.array(errors), why, np.array(tests)

    def restore(self, net: Network) -> float:
        """Back to the epoch of the best test error (weights, optimiser state, epoch count): that epoch's
        training error."""
        weights, state, epochs = self.snapshot
        net.set_weights(weights)
        net.set_optimizer_state(state)
        net.epochs = epochs
        return self.best_train_error
def _failure_causes(net: Network, x: np.ndarray, t: np.ndarray, input_names: Sequence[str] | None,
                    output_names: Sequence[str] | None, input_scale_advice: bool = True) -> str:
    """Why a run failed, for its message: a table this network cannot represent first (it is certain, and no
    setting can fix it), then the settings that stand out."""
    problem = no_hidden_layer_problem(net.topology, x, t, net.threshold, input_names, output_names)
    alpha = net.alpha if net.rule == "backprop" else 0.0  # Rprop and Adam have no momentum α
    # generated points and their features (up to ±6 and 36) are meant to be that large: no "scale them" advice
    settings = causes_text(likely_causes(net.eta, alpha, x if input_scale_advice else x[:0], t))
    return " ".join(part for part in (problem, settings) if part)
def _can_end(stop: StopRule) -> bool:
    """Whether ``stop`` can end a run by itself: an epoch error is never below 0, so ``error_below=0.0`` alone
    would train forever."""
    return (stop.max_epochs is not None or stop.plateau_epochs is not None or stop.all_correct_margin is not None
            or stop.patience is not None or (stop.error_below is not None and stop.error_below > 0))


def _state(net: Network) -> list[np.ndarray]:
    """Copies of everything an epoch depends on: the weights, the previous changes (momenta) and the other
    optimiser arrays (Rprop's steps, Adam's moments; Adam's update count aside, which only scales them)."""
    state = net.get_optimizer_state()
    return net.get_weights() + [a for key in OPTIMIZER_ARRAYS if key in state for a in state[key]]


def _same_state(a: list[np.ndarray], b: list[np.ndarray]) -> bool:
    return all(np.array_equal(x, y) for x, y in zip(a, b, strict=True))
