"""Convergence studies: one network per seed, all trained in lockstep, each exactly as if trained alone.

Whether a network learns depends on its initial weights. :func:`train_many` trains one network per seed
at once: every number of the state carries a trailing *network* axis, so each step of the article's
online update is one numpy operation over all networks still training. Each network still does the
article's per-row update in the article's order -- forward sums left to right over the fan-in with the
bias last, the row error from ``(t - o) ** 2`` summed left to right, each weight's change
``eta * (a * g) + alpha * change``, the error sent back through the *new* weights, summed left to right
over the neurons above -- so it follows the same path as ``Network(topology, seed=s)`` trained alone. A
don't-care target (NaN) has error 0, so it sends nothing back and is never wrong, and each row's error is
taken over its other outputs, as in :class:`nndesk.engine.reference.ReferenceNetwork`.

Exactness: +, -, *, / and sqrt are correctly rounded in numpy as in Python and are done in the scalar
code's order (0/1 inputs folded exactly, as the generated trainer does), so they give the same bits. Two
library functions do not: ``np.exp`` (numpy's SIMD code) differs from ``math.exp`` by one
ulp for ~5% of arguments on x86-64 with AVX-512, and Python's ``e ** 2`` (libm ``pow``) differs from
``e * e`` by one ulp for ~0.1%. The weights therefore agree with a lone ``Network`` to rounding, not bit
for bit: on the article's half adder (seeds 1-8, error < 0.01, 1.0 to 2.2 million epochs) every seed
converged at the same epoch as alone, weights within 1.4e-13. tests/test_many.py checks the epoch of
convergence and weights within 1e-9.

Networks that finish (converged, all rows right, diverged) leave the active set at the end of the epoch,
so they cost no more work: :attr:`StudyResult.network_epochs` counts the work actually done. So do frozen
networks, whose weights and momenta came out of an epoch exactly as they went in (every neuron saturated
by a huge η, say): every later epoch would be the same one again, so they are recorded at once as what
they would have become, stuck at the epoch limit with that error. The last
few (typically the stuck seeds, running on to the epoch limit) are finished one by one with ``Network``'s
own trainer, which is cheaper than a lockstep epoch for so few.

Shapes: internally ``W[l]`` is ``(n[l] + 1, n[l+1], M)`` (fan-in first, bias last, M active networks,
network axis last so every operation runs over contiguous memory). The result's weights use the engine's
layout with a leading network axis: ``weights[l]`` has shape ``(N, n[l+1], n[l] + 1)``.
"""

from __future__ import annotations

import math
import numbers
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

import numpy as np

from nndesk.engine import _codegen
from nndesk.engine.activations import Activation, activation
from nndesk.engine.correctness import rows_correct
from nndesk.engine.network import DivergenceError, Network, draw_weights
from nndesk.engine.training import StopReason, StopRule, _state, train_until
from nndesk.engine.wording import counted, translate

MAX_SEEDS = 1_000_000
# With this few networks left, each is finished alone by Network's generated code: a lockstep epoch costs
# about 150 numpy calls (~100 us for 2-3-2) however few networks remain, Network's about 7 us a network.
FINISH_ALONE_BELOW = 8
# The lockstep keeps five float64 numbers per weight and network (weights, changes, two replicas, scratch).
_ARRAYS_PER_WEIGHT = 5
MAX_STATE_BYTES = 2 * 2**30


@dataclass(frozen=True)
class StudyProgress:
    """Training so far."""

    epoch: int  # epochs run by the networks still training (the furthest one, when the last few go alone)
    active: int  # networks still training
    converged: int  # networks that met the stop rule so far
    finished: int  # networks no longer training (converged, all correct, diverged or frozen)
    total: int  # networks in the study


@dataclass(frozen=True)
class SeedResult:
    """How one seed's network ended."""

    seed: int
    reason: StopReason  # CONVERGED, ALL_CORRECT, MAX_EPOCHS, DIVERGED or STOPPED (cancelled)
    epochs: int  # epochs trained
    error: float  # the last epoch's error (nan when no epoch ran)
    rows_correct: int  # rows whose every output is on the right side of the threshold, after training
    test_error: float = math.nan  # the held-out rows' error at the end (nan without test rows)

    @property
    def converged(self) -> bool:
        return self.reason in (StopReason.CONVERGED, StopReason.ALL_CORRECT)

    @property
    def epoch_converged(self) -> int | None:
        """The epoch whose error met the stop rule, or None."""
        return self.epochs if self.converged else None


@dataclass(frozen=True)
class StudyResult:
    """Every seed's outcome, in the order of the seeds given, plus the summary figures."""

    seeds: tuple[SeedResult, ...]
    n_rows: int
    max_epochs: int
    weights: tuple[np.ndarray, ...]  # final weights[l], shape (N, n[l+1], n[l] + 1)
    network_epochs: int  # sum over epochs of the networks still training: the work done
    cancelled: bool
    seconds: float  # the whole call: drawing the weights, training, counting the correct rows
    training_seconds: float  # the epochs alone

    @property
    def total(self) -> int:
        return len(self.seeds)

    @property
    def converged_epochs(self) -> np.ndarray:
        """Epochs to converge of the converged seeds, int64, in seed order."""
        return np.array([s.epochs for s in self.seeds if s.converged], dtype=np.int64)

    @property
    def fraction_converged(self) -> float:
        """Converged seeds / all seeds (0.0 for an empty study)."""
        return len(self.converged_epochs) / self.total if self.total else 0.0

    def percentile_epochs(self, q: float) -> int | None:
        """The epoch by which ``q`` % of the *converged* seeds had converged (None if none converged)."""
        epochs = self.converged_epochs
        if not len(epochs):
            return None
        return int(np.percentile(epochs, q, method="inverted_cdf"))

    @property
    def median_epochs(self) -> int | None:
        return self.percentile_epochs(50)

    @property
    def p90_epochs(self) -> int | None:
        return self.percentile_epochs(90)

    @property
    def stuck(self) -> tuple[SeedResult, ...]:
        """Seeds that reached the epoch limit without converging."""
        return tuple(s for s in self.seeds if s.reason is StopReason.MAX_EPOCHS)

    @property
    def diverged(self) -> tuple[SeedResult, ...]:
        return tuple(s for s in self.seeds if s.reason is StopReason.DIVERGED)

    @property
    def network_samples_per_second(self) -> float:
        """Training speed: rows trained per second, summed over the networks (the epochs alone)."""
        return self.network_epochs * self.n_rows / max(self.training_seconds, 1e-9)

    def summary(self) -> dict:
        """The figures as plain JSON-ready values."""
        return {
            "seeds": self.total,
            "converged": len(self.converged_epochs),
            "fraction_converged": self.fraction_converged,
            "median_epochs": self.median_epochs,
            "p90_epochs": self.p90_epochs,
            "max_epochs": self.max_epochs,
            "stuck_seeds": [s.seed for s in self.stuck],
            "diverged_seeds": [s.seed for s in self.diverged],
            "cancelled": self.cancelled,
            "seconds": round(self.seconds, 3),
        }


def _check_seeds(seeds: object) -> list[int]:
    if isinstance(seeds, str | bytes) or not isinstance(seeds, Sequence | range | np.ndarray):
        raise ValueError(translate("Study", "seeds must be a list of whole numbers, not {0!r}").format(seeds))
    out = []
    for s in seeds:
        if isinstance(s, bool) or not isinstance(s, numbers.Integral) or not 0 <= s < 2**32:
            raise ValueError(translate("Study", "each seed must be a whole number from 0 to {0}, not {1!r}").format(
                2**32 - 1, s))
        out.append(int(s))
    if not 1 <= len(out) <= MAX_SEEDS:
        raise ValueError(translate("Study", "a study needs 1 to {0:,} seeds, got {1:,}").format(MAX_SEEDS, len(out)))
    return out


def _epoch_limit(stop: StopRule, max_epochs: int | None, held_out: bool = False) -> int:
    limit = stop.max_epochs if max_epochs is None else max_epochs
    if limit is None:
        raise ValueError(translate("Study", "a study needs an epoch limit (max_epochs): some seeds never converge"))
    if isinstance(limit, bool) or not isinstance(limit, numbers.Integral) or limit < 1:
        raise ValueError(translate("Study", "max epochs must be a whole number of 1 or more, not {0!r}").format(limit))
    if stop.plateau_epochs is not None:
        raise ValueError(translate("Study", "a study cannot stop on a plateau; use the error target or all rows "
                                            "correct"))
    if stop.patience is not None and not held_out:
        raise ValueError(translate("Study", "the stop rule on the test error needs test rows: mark some rows as test "
                                            "rows"))
    return int(limit)


def _check_memory(sizes: tuple[int, ...], n: int) -> None:
    """A ValueError, before any work, when the study's arrays would not fit comfortably in memory."""
    weights = sum((sizes[k] + 1) * sizes[k + 1] for k in range(len(sizes) - 1))
    needed = weights * n * 8 * _ARRAYS_PER_WEIGHT
    if needed > MAX_STATE_BYTES:
        most = max(1, MAX_STATE_BYTES // (weights * 8 * _ARRAYS_PER_WEIGHT))
        seeds = counted(most, translate("Study", "1 seed"), translate("Study", "{0} seeds"))
        raise ValueError(translate("Study", "{0:,} seeds of a network with {1:,} weights would need about {2:.1f} GB "
                                            "of memory; study at most {3} of it").format(n, weights, needed / 2**30,
                                                                                          seeds))


class _Lockstep:
    """The active networks' state, and one epoch of the article's updates as a list of numpy calls.

    ``W[l]``, ``D[l]`` (weights, previous changes) have shape ``(n[l] + 1, n[l+1], M)``: fan-in first,
    bias last, the M active networks on the last axis, so ``W[l][j]`` (every weight from neuron j, for
    every network) is contiguous. Each call works on same-shape arrays or a scalar: numpy's broadcasting
    over leading axes cost about 2-4x more per element here. So layer l's outputs are kept replicated
    once per neuron above in ``A[l]`` (``A[l][j, i] = o_j``, bias row 1) and the gradients of layer
    l + 1 once per neuron below in ``G[l]`` (``G[l][j] = g``); ``a * g`` and ``w * g`` are then plain calls.

    The epoch is compiled into ``plan``, a flat list of ``(function, args)`` over preallocated views,
    rebuilt only when networks leave: the Python cost per call is one tuple unpack. Copies use
    ``np.copyto`` (about half the cost of ``np.positive`` with ``out``).
    """

    def __init__(self, sizes: tuple[int, ...], acts: tuple[Activation, ...], weights: list[np.ndarray],
                 eta: float, alpha: float, rows_x: list[tuple[float, ...]], rows_t: list[tuple[float, ...]],
                 margin: tuple[float, float] | None, threshold: float) -> None:
        self.sizes, self.acts, self.eta, self.alpha = sizes, acts, eta, alpha
        self.rows_x, self.rows_t, self.margin, self.threshold = rows_x, rows_t, margin, threshold
        self.W = weights
        self.D = [np.zeros_like(w) for w in weights]
        self._build()

    @property
    def active(self) -> int:
        return self.W[0].shape[-1]

    def keep(self, mask: np.ndarray) -> None:
        """Drop the networks where ``mask`` is False: they stop costing work."""
        self.W = [np.ascontiguousarray(w[..., mask]) for w in self.W]
        self.D = [np.ascontiguousarray(d[..., mask]) for d in self.D]
        self._build()

    def run_epoch(self) -> None:
        """One epoch over every row; afterwards ``row_squares`` (rows, M) holds each row's sum of (t - o)^2
        and ``bad`` (M,) whether some row missed the margin (when a margin is set)."""
        for f, args in self.plan:
            f(*args)

    # -- building the plan -------------------------------------------------------------------------------

    def _build(self) -> None:
        m, sizes, top = self.active, self.sizes, len(self.W)
        self.A = [np.ones(w.shape) for w in self.W]  # A[0] unused: layer 1 reads the row itself
        self.G = [np.empty(w.shape) for w in self.W]
        self.P = [np.empty(w.shape) for w in self.W]
        self.sums = [np.empty((n, m)) for n in sizes[1:]]
        self.errs = [np.empty((n, m)) for n in sizes]  # errs[l]: the error sent back to layer l
        self.top = np.empty((sizes[-1], m))
        self.square = np.empty((sizes[-1], m))
        self.eg = np.empty((sizes[1], m))
        self.row_squares = np.empty((len(self.rows_x), m))
        self.bad = np.zeros(m, dtype=bool)
        self._flag = np.empty(m, dtype=bool)
        plan: list = []
        if self.margin is not None:
            plan.append((self.bad.fill, (False,)))
        for r, (x, t) in enumerate(zip(self.rows_x, self.rows_t, strict=True)):
            for k in range(top):
                self._plan_forward(plan, k, x)
            self._plan_row_error(plan, t, self.row_squares[r])
            for k in range(top - 1, -1, -1):
                self._plan_backward(plan, k, x)
        self.plan = plan

    def _outputs(self, layer: int) -> np.ndarray:
        """Where layer ``layer``'s outputs (n[layer], M) live: the first replica, or ``top``."""
        return self.top if layer == len(self.sizes) - 1 else self.A[layer][:-1, 0]

    def _plan_forward(self, plan: list, k: int, x: tuple[float, ...]) -> None:
        s = self._plan_first_sum(plan, x) if k == 0 else self._plan_sum(plan, k)
        out, buf = self._outputs(k + 1), self.sums[k]
        if self.acts[k].name == "sigmoid":  # the article's 1 / (1 + exp(-s))
            plan += [(np.negative, (s, buf)), (np.exp, (buf, buf)), (np.add, (buf, 1.0, buf)),
                     (np.divide, (1.0, buf, out))]
        else:
            plan.append((_apply, (self.acts[k].array, s, out)))
        if k + 1 < len(self.W):
            replicas = self.A[k + 1]
            plan += [(np.copyto, (replicas[:-1, i], out)) for i in range(1, replicas.shape[1])]

    def _plan_first_sum(self, plan: list, x: tuple[float, ...]) -> np.ndarray:
        """Layer 1's sums, 0/1 inputs folded exactly: 1 * w is w; 0 * w adds a signed zero, i.e. nothing."""
        w, p, s = self.W[0], self.P[0], self.sums[0]
        terms = []
        for j, v in enumerate(x):
            if v == 1.0:
                terms.append(w[j])
            elif v != 0.0:
                plan.append((np.multiply, (w[j], v, p[j])))
                terms.append(p[j])
        terms.append(w[-1])  # the bias neuron's output is 1
        if len(terms) == 1:
            return terms[0]
        plan.append((np.add, (terms[0], terms[1], s)))
        plan += [(np.add, (s, term, s)) for term in terms[2:]]
        return s

    def _plan_sum(self, plan: list, k: int) -> np.ndarray:
        """Layer k+1's sums left to right over the fan-in, the bias weight (times 1) last."""
        w, a, p, s = self.W[k], self.A[k], self.P[k], self.sums[k]
        plan.append((np.multiply, (w[:-1], a[:-1], p[:-1])))
        terms = [p[j] for j in range(len(w) - 1)] + [w[-1]]
        plan.append((np.add, (terms[0], terms[1], s)))
        plan += [(np.add, (s, term, s)) for term in terms[2:]]
        return s

    def _plan_row_error(self, plan: list, t: tuple[float, ...], out: np.ndarray) -> None:
        """``out`` (M,) = sum over outputs, left to right, of (t - o) ** 2; t - o stays in errs[-1]."""
        q, sq, o = self.errs[-1], self.square, self.top
        for k, target in enumerate(t):
            if math.isnan(target):  # a don't-care: error 0, so it adds nothing and sends nothing back
                plan.append((q[k].fill, (0.0,)))
            elif target == 0.0:
                plan.append((np.negative, (o[k], q[k])))  # 0 - o is -o, up to the sign of a zero
            else:
                plan.append((np.subtract, (target, o[k], q[k])))
        plan.append((np.multiply, (q, q, sq)))
        if len(sq) == 1:
            plan.append((np.copyto, (out, sq[0])))
        else:
            plan.append((np.add, (sq[0], sq[1], out)))
            plan += [(np.add, (out, sq[k], out)) for k in range(2, len(sq))]
        if self.margin is not None:
            hi, lo = self.margin
            for k, target in enumerate(t):
                if math.isnan(target):
                    continue  # a don't-care is never wrong
                test = (np.less, (o[k], hi, self._flag)) if target > self.threshold else \
                    (np.greater, (o[k], lo, self._flag))
                plan += [test, (np.logical_or, (self.bad, self._flag, self.bad))]

    def _plan_backward(self, plan: list, k: int, x: tuple[float, ...]) -> None:
        g = self.G[k][0] if k else self.sums[0]
        o = self._outputs(k + 1)
        name = self.acts[k].name
        if name == "sigmoid":  # g = e * (o * (1.0 - o))
            plan += [(np.subtract, (1.0, o, g)), (np.multiply, (g, o, g))]
        elif name == "tanh":  # g = e * (1.0 - o * o)
            plan += [(np.multiply, (o, o, g)), (np.subtract, (1.0, g, g))]
        else:
            plan.append((_apply, (self.acts[k].derivative_array, o, g)))
        plan.append((np.multiply, (g, self.errs[k + 1], g)))
        if k:
            self._plan_update_hidden(plan, k, g)
        elif all(v in (0.0, 1.0) for v in x):
            self._plan_update_binary_inputs(plan, x, g)
        else:
            x_col = np.array((*x, 1.0))[:, None, None]
            self._plan_update(plan, 0, x_col, g[None])

    def _plan_update(self, plan: list, k: int, a: np.ndarray, g: np.ndarray) -> None:
        """d = eta * (a * g) + alpha * d; w = w + d."""
        p, d, w = self.P[k], self.D[k], self.W[k]
        plan += [(np.multiply, (a, g, p)), (np.multiply, (p, self.eta, p)), (np.multiply, (d, self.alpha, d)),
                 (np.add, (d, p, d)), (np.add, (w, d, w))]

    def _plan_update_hidden(self, plan: list, k: int, g: np.ndarray) -> None:
        """W[k] from layer k's outputs and the gradients above; then the error sent back to layer k."""
        G, p, w = self.G[k], self.P[k], self.W[k]
        plan += [(np.copyto, (G[j], g)) for j in range(1, len(G))]
        self._plan_update(plan, k, self.A[k], G)
        # Back through the *new* weights, summed left to right over the neurons above.
        plan.append((np.multiply, (w[:-1], G[:-1], p[:-1])))
        e, n_above = self.errs[k], w.shape[1]
        if n_above == 1:
            plan.append((np.copyto, (e, p[:-1, 0])))
            return
        plan.append((np.add, (p[:-1, 0], p[:-1, 1], e)))
        plan += [(np.add, (e, p[:-1, i], e)) for i in range(2, n_above)]

    def _plan_update_binary_inputs(self, plan: list, x: tuple[float, ...], g: np.ndarray) -> None:
        """W[0] when every input is 0 or 1, exactly as the general update.

        eta * (1 * g) is eta * g; eta * (0 * g) is a signed zero, and adding it to alpha * d changes nothing
        but the sign of a zero change (which then adds nothing to the weight).
        """
        d, w, eg = self.D[0], self.W[0], self.eg
        plan += [(np.multiply, (g, self.eta, eg)), (np.multiply, (d, self.alpha, d))]
        plan += [(np.add, (d[j], eg, d[j])) for j, v in enumerate(x) if v == 1.0]
        plan += [(np.add, (d[-1], eg, d[-1])), (np.add, (w, d, w))]


def _apply(function: Callable[[np.ndarray], np.ndarray], source: np.ndarray, out: np.ndarray) -> None:
    """out = function(source), for activations that are not single numpy ufuncs."""
    out[...] = function(source)


def train_many(
    topology: Sequence[int],
    inputs: object,
    targets: object,
    seeds: Sequence[int],
    *,
    eta: float = 0.09,
    alpha: float = 0.015,
    stop: StopRule = StopRule(),  # noqa: B008 -- frozen, so one shared default is safe
    max_epochs: int | None = None,
    activations: str | Sequence[str] | None = None,
    should_stop: Callable[[], bool] | None = None,
    on_progress: Callable[[StudyProgress], None] | None = None,
    progress_interval: float = 0.1,
    finish_alone_below: int = FINISH_ALONE_BELOW,
    test_inputs: object = None,
    test_targets: object = None,
    **method: object,
) -> StudyResult:
    """Train one network per seed on the table until each meets ``stop`` or reaches the epoch limit.

    ``inputs`` (rows, n_in) and ``targets`` (rows, n_out); each network starts from ``draw_weights(sizes,
    seed)`` like ``Network(topology, seed=seed)``. ``max_epochs`` (default ``stop.max_epochs``) is required.
    ``on_progress`` gets a :class:`StudyProgress` about every ``progress_interval`` seconds (never per
    epoch); ``should_stop`` is checked as often, and when it returns true the unfinished seeds end STOPPED.
    ``method`` takes Network's ``rule``, ``batch_size``, ``loss``, ``weight_decay``, ``init`` and ``shuffle``:
    the article's online rule runs in lockstep (from any initialisation); any other method trains each seed
    alone, one after the other, with :class:`Network`'s batch trainer (correct first: a lockstep for them is
    still to come). With held-out rows (``test_inputs``/``test_targets``, never trained on) each seed is trained
    alone by :func:`nndesk.engine.training.train_until`, which stops on ``stop.patience`` too, and reports its
    test error.
    """
    seed_list = _check_seeds(seeds)
    limit = _epoch_limit(stop, max_epochs, held_out=test_inputs is not None)
    probe = Network(topology, eta=eta, alpha=alpha, seed=0, activations=activations, **method)  # validates all
    x, t = probe.check_table(inputs, targets)
    held = None if test_inputs is None else probe.check_table(test_inputs, test_targets)
    if not probe.method.is_article or held is not None:
        return _each_alone(probe, seed_list, x, t, stop, limit, should_stop, on_progress, progress_interval, held)
    sizes = probe.topology
    _check_memory(sizes, len(seed_list))
    acts = tuple(activation(name) for name in probe.activations)
    target = -math.inf if stop.error_below is None else float(stop.error_below)
    bounds = None if stop.all_correct_margin is None else probe._margin_bounds(stop.all_correct_margin)

    started = time.perf_counter()
    drawn = [draw_weights(sizes, s, probe.init) for s in seed_list]
    weights = [np.ascontiguousarray(np.stack([d[k] for d in drawn], axis=-1).transpose(1, 0, 2))
               for k in range(len(sizes) - 1)]
    state = _Lockstep(sizes, acts, weights, probe.eta, probe.alpha, [tuple(r) for r in x.tolist()],
                      [tuple(r) for r in t.tolist()], bounds, probe.threshold)
    run = _Run(state, target, len(seed_list), _Alone(probe, x, t, stop), finish_alone_below)
    run.train(limit, should_stop, on_progress, progress_interval)
    return run.result(seed_list, x, t, probe.threshold, limit, time.perf_counter() - started)


class _Run:
    """The epoch loop over the active networks and the bookkeeping of the finished ones."""

    def __init__(self, state: _Lockstep, target: float, n: int, alone: _Alone, alone_below: int) -> None:
        self.state, self.target, self.alone, self.alone_below = state, target, alone, alone_below
        # Per row (rows, 1): how many outputs are not don't-cares, at least 1 (a row of don't-cares has error 0).
        cared = [max(sum(not math.isnan(v) for v in row), 1) for row in state.rows_t]
        self.cared = np.array(cared, dtype=np.float64)[:, None]
        self.index = np.arange(n)  # original position of each active network
        self.reason = np.full(n, -1, dtype=np.int64)  # StopReason code per network, -1 while training
        self.epochs = np.zeros(n, dtype=np.int64)
        self.error = np.full(n, math.nan)
        self.final = [np.empty(w.shape) for w in state.W]
        self.last_error: np.ndarray | None = None  # the active networks' last epoch errors
        self.epoch = 0
        self.network_epochs = 0
        self.training_seconds = 0.0
        self.cancelled = False

    def train(self, limit: int, should_stop: Callable[[], bool] | None,
              on_progress: Callable[[StudyProgress], None] | None, interval: float) -> None:
        chunk = 4
        while self.state.active and self.epoch < limit:
            if should_stop is not None and should_stop():
                self.cancelled = True
                break
            if self.state.active < self.alone_below:
                self._train_alone(limit, should_stop, on_progress)
                break
            tick = time.perf_counter()
            count = min(chunk, limit - self.epoch)
            # Overflow in exp gives the sigmoid's limit 0, as intended; NaN is caught as divergence.
            with np.errstate(over="ignore", invalid="ignore"):
                self._epochs(count, limit)
            elapsed = time.perf_counter() - tick
            self.training_seconds += elapsed
            if on_progress is not None:
                on_progress(self._progress())
            # Aim the next chunk at ``interval`` seconds, growing at most 4x so a slow start adapts.
            chunk = max(1, min(chunk * 4, int(interval / max(elapsed / count, 1e-9))))
        codes = list(StopReason)
        still = self.index
        self._finish(still, codes.index(StopReason.STOPPED if self.cancelled else StopReason.MAX_EPOCHS))

    def _train_alone(self, limit: int, should_stop: Callable[[], bool] | None,
                     on_progress: Callable[[StudyProgress], None] | None) -> None:
        """Finish the last few networks one at a time with Network's own trainer, from their current state."""
        codes = list(StopReason)
        tick = time.perf_counter()
        start = self.epoch  # where every one of them is now (self.epoch runs ahead with the reports)
        for pos, index in enumerate(self.index.tolist()):
            weights = [w[..., pos].T for w in self.state.W]
            momenta = [d[..., pos].T for d in self.state.D]
            last = None if self.last_error is None else float(self.last_error[pos])
            reason, epochs, error, weights = self.alone.finish(weights, momenta, start, last, limit,
                                                             should_stop, self._alone_progress(on_progress))
            self.network_epochs += epochs - start
            self.reason[index], self.epochs[index], self.error[index] = codes.index(reason), epochs, error
            for final, w in zip(self.final, weights, strict=True):
                final[..., index] = w.T
            if reason is StopReason.STOPPED:
                self.cancelled = True
        self.training_seconds += time.perf_counter() - tick
        self.index = self.index[:0]
        self.state.keep(np.zeros(self.state.active, dtype=bool))

    def _alone_progress(self, on_progress: Callable[[StudyProgress], None] | None) -> Callable[[int], None]:
        def report(epoch: int) -> None:
            self.epoch = max(self.epoch, epoch)
            if on_progress is not None:
                done = int((self.reason >= 0).sum())
                converged = int(np.isin(self.reason, self._converged_codes()).sum())
                total = len(self.reason)
                on_progress(StudyProgress(self.epoch, total - done, converged, done, total))
        return report

    def _progress(self) -> StudyProgress:
        done = self.reason >= 0
        converged = int(np.isin(self.reason, self._converged_codes()).sum())
        return StudyProgress(self.epoch, self.state.active, converged, int(done.sum()), len(self.reason))

    @staticmethod
    def _converged_codes() -> list[int]:
        codes = list(StopReason)
        return [codes.index(StopReason.CONVERGED), codes.index(StopReason.ALL_CORRECT)]

    def _epochs(self, count: int, limit: int) -> None:
        state, before = self.state, None
        for k in range(count):
            m = state.active
            before = (self.index, [w.copy() for w in state.W + state.D]) if k == count - 1 else None
            state.run_epoch()
            self.epoch += 1
            self.network_epochs += m
            epoch_error = self._epoch_error(state.row_squares, self.cared)
            self._retire(epoch_error, state.bad if state.margin is not None else None)
            if not state.active:
                return
        if before is not None:
            self._retire_frozen(*before, limit)

    def _retire_frozen(self, index_before: np.ndarray, before: list[np.ndarray], limit: int) -> None:
        """Networks whose state the last epoch left exactly as it was: each later epoch would repeat that one
        (same error, not converged), so they end now as they would at the limit."""
        pos = np.searchsorted(index_before, self.index)  # both ascending: retiring keeps the order
        frozen = np.ones(len(self.index), dtype=bool)
        for now, old in zip(self.state.W + self.state.D, before, strict=True):
            frozen &= (now == old[..., pos]).all(axis=(0, 1))
        if not frozen.any():
            return
        self._finish_masked(frozen, list(StopReason).index(StopReason.MAX_EPOCHS))
        self.epochs[self.index[frozen]] = limit
        self.index = self.index[~frozen]
        self.last_error = self.last_error[~frozen]
        self.state.keep(~frozen)

    @staticmethod
    def _epoch_error(row_sq: np.ndarray, cared: np.ndarray) -> np.ndarray:
        """Sum over rows, left to right, of sqrt(row square sum / the row's cared outputs): the epoch error."""
        row_sq /= cared
        np.sqrt(row_sq, out=row_sq)
        total = row_sq[0]
        for r in range(1, len(row_sq)):
            total += row_sq[r]
        return total

    def _retire(self, e: np.ndarray, bad: np.ndarray | None) -> None:
        """Networks whose epoch error met the target, went non-finite, or got every row right, stop."""
        self.last_error = e
        low, high = e.min(), e.max()
        error_stop = not (self.target <= low and high < math.inf)
        if not error_stop and (bad is None or bad.all()):
            return
        codes = list(StopReason)
        converged = e < self.target
        diverged = ~(e < math.inf) & ~converged
        correct = np.zeros_like(converged) if bad is None else ~bad & ~converged & ~diverged
        for mask, reason in ((converged, StopReason.CONVERGED), (diverged, StopReason.DIVERGED),
                             (correct, StopReason.ALL_CORRECT)):
            if mask.any():
                self._finish_masked(mask, codes.index(reason))
        done = converged | diverged | correct
        if done.any():
            self.index = self.index[~done]
            self.last_error = e[~done]
            self.state.keep(~done)

    def _finish_masked(self, mask: np.ndarray, code: int) -> None:
        ids = self.index[mask]
        self.reason[ids] = code
        self.epochs[ids] = self.epoch
        self.error[ids] = self.last_error[mask]
        for final, w in zip(self.final, self.state.W, strict=True):
            final[..., ids] = w[..., mask]

    def _finish(self, ids: np.ndarray, code: int) -> None:
        if not len(ids):
            return
        self.reason[ids] = code
        self.epochs[ids] = self.epoch
        if self.last_error is not None:
            self.error[ids] = self.last_error
        for final, w in zip(self.final, self.state.W, strict=True):
            final[..., ids] = w

    def result(self, seeds: list[int], x: np.ndarray, t: np.ndarray, threshold: float, limit: int,
               seconds: float) -> StudyResult:
        weights = tuple(np.ascontiguousarray(f.transpose(2, 1, 0)) for f in self.final)
        correct = _rows_correct(self.state, weights, x, t, threshold)
        codes = list(StopReason)
        seeds_out = tuple(
            SeedResult(seed, codes[int(self.reason[i])], int(self.epochs[i]), float(self.error[i]),
                       int(correct[i]))
            for i, seed in enumerate(seeds)
        )
        return StudyResult(seeds_out, len(x), limit, weights, self.network_epochs, self.cancelled, seconds,
                           self.training_seconds)


class _Alone:
    """Training one network by itself with :class:`Network` (generated code for small networks)."""

    def __init__(self, probe: Network, x: np.ndarray, t: np.ndarray, stop: StopRule) -> None:
        self.probe, self.x, self.t, self.stop = probe, x, t, stop

    def finish(self, weights: list[np.ndarray], momenta: list[np.ndarray], epoch: int, last_error: float | None,
               limit: int, should_stop: Callable[[], bool] | None,
               report: Callable[[int], None]) -> tuple[StopReason, int, float, list[np.ndarray]]:
        """Train from this state until the stop rule, the limit or ``should_stop``: (reason, epochs, error,
        weights). Checks ``should_stop`` and reports about every 0.1 s."""
        net = self.probe.copy()
        net.set_weights(weights)
        net.set_momenta(momenta)
        net.epochs = epoch
        return self.train(net, last_error, limit, should_stop, report)

    def train(self, net: Network, last_error: float | None, limit: int, should_stop: Callable[[], bool] | None,
              report: Callable[[int], None]) -> tuple[StopReason, int, float, list[np.ndarray]]:
        """Train ``net`` as it is until the stop rule, the limit or ``should_stop`` (see :meth:`finish`)."""
        error = math.nan if last_error is None else last_error
        chunk, why = 64, _codegen.STOP_NONE
        while net.epochs < limit:
            if should_stop is not None and should_stop():
                return StopReason.STOPPED, net.epochs, error, net.get_weights()
            tick = time.perf_counter()
            before = _state(net)
            try:
                errors, why = net.train_chunk(self.x, self.t, min(chunk, limit - net.epochs),
                                         stop_below=self.stop.error_below, margin=self.stop.all_correct_margin)
            except DivergenceError as exc:
                return StopReason.DIVERGED, net.epochs, float(exc.errors[-1]), net.get_weights()
            error = float(errors[-1]) if len(errors) else error
            report(net.epochs)
            if why != _codegen.STOP_NONE:
                break
            if all(np.array_equal(a, b) for a, b in zip(before, _state(net), strict=True)):
                if len(errors) == 1:  # frozen: every later epoch is this one again, up to the limit
                    return StopReason.MAX_EPOCHS, limit, error, net.get_weights()
                chunk = 1  # the state came back: see whether one epoch leaves it as it is
                continue
            elapsed = time.perf_counter() - tick
            chunk = max(1, min(chunk * 4, int(0.1 / max(elapsed / max(len(errors), 1), 1e-9))))
        reason = {_codegen.STOP_ERROR: StopReason.CONVERGED, _codegen.STOP_CORRECT: StopReason.ALL_CORRECT,
                  _codegen.STOP_NONFINITE: StopReason.DIVERGED}.get(why, StopReason.MAX_EPOCHS)
        return reason, net.epochs, error, net.get_weights()


def _rows_correct(state: _Lockstep, weights: tuple[np.ndarray, ...], x: np.ndarray, t: np.ndarray,
                  threshold: float) -> np.ndarray:
    """Per network (N,), how many rows are correct (:func:`nndesk.engine.correctness.rows_correct`)."""
    n = weights[0].shape[0]
    correct = np.zeros(n, dtype=np.int64)
    with np.errstate(over="ignore", invalid="ignore"):
        for row, target in zip(x, t, strict=True):
            a = np.broadcast_to(row, (n, len(row)))
            for w, act in zip(weights, state.acts, strict=True):
                total = a[:, :1] * w[:, :, 0]
                for j in range(1, a.shape[1]):
                    total = total + a[:, j : j + 1] * w[:, :, j]
                a = act.array(total + w[:, :, -1])
            correct += rows_correct(a, target, threshold)
    return correct


def _each_alone(probe: Network, seeds: list[int], x: np.ndarray, t: np.ndarray, stop: StopRule, limit: int,
                should_stop: Callable[[], bool] | None, on_progress: Callable[[StudyProgress], None] | None,
                interval: float, held: tuple[np.ndarray, np.ndarray] | None = None) -> StudyResult:
    """A study of a method other than the article's, or with held-out rows: each seed trained alone by
    ``Network``, in seed order, exactly as ``nndesk train --seed N`` trains it."""
    started = time.perf_counter()
    alone = _Alone(probe, x, t, stop)
    outcomes: list[tuple[StopReason, int, float]] = []
    tests: list[float] = []
    finals: list[list[np.ndarray]] = []
    network_epochs, cancelled, last_report = 0, False, 0.0
    converged = 0

    def report(epoch: int) -> None:
        nonlocal last_report
        now = time.perf_counter()
        if on_progress is not None and now - last_report >= interval:
            last_report = now
            done = len(outcomes)
            on_progress(StudyProgress(epoch, len(seeds) - done, converged, done, len(seeds)))

    for seed in seeds:
        net = Network(probe.topology, eta=probe.eta, alpha=probe.alpha, seed=seed, activations=probe.activations,
                      **vars(probe.method))
        if cancelled or (should_stop is not None and should_stop()):
            cancelled = True
            outcomes.append((StopReason.STOPPED, 0, math.nan))
            tests.append(math.nan)
        else:
            if held is None:
                reason, epochs, error, _ = alone.train(net, None, limit, should_stop, report)
                tests.append(math.nan)
            else:
                reason, epochs, error, test_error = _with_held_out(net, x, t, held, stop, limit, should_stop)
                tests.append(test_error)
            cancelled = reason is StopReason.STOPPED
            outcomes.append((reason, epochs, error))
            network_epochs += net.epochs
            converged += reason in (StopReason.CONVERGED, StopReason.ALL_CORRECT)
        finals.append(net.get_weights())
    seconds = time.perf_counter() - started
    with np.errstate(over="ignore", invalid="ignore"):
        correct = [int(rows_correct(_predict(probe, w, x), t, probe.threshold).sum()) for w in finals]
    results = tuple(SeedResult(seed, reason, epochs, error, right, test)
                    for seed, (reason, epochs, error), right, test in zip(seeds, outcomes, correct, tests, strict=True))
    weights = tuple(np.stack([w[k] for w in finals]) for k in range(len(probe.topology) - 1))
    return StudyResult(results, len(x), limit, weights, network_epochs, cancelled, seconds, seconds)


def _with_held_out(net: Network, x: np.ndarray, t: np.ndarray, held: tuple[np.ndarray, np.ndarray], stop: StopRule,
                   limit: int, should_stop: Callable[[], bool] | None) -> tuple[StopReason, int, float, float]:
    """One seed with test rows, by train_until: (reason, epochs, error, test error). A network that stopped
    changing ends as it would at the epoch limit, as in the lockstep."""
    result = train_until(net, x, t, replace(stop, max_epochs=limit), should_stop=should_stop,
                         test_inputs=held[0], test_targets=held[1])
    if result.reason is StopReason.PLATEAU:
        return StopReason.MAX_EPOCHS, limit, result.error, result.test_error
    return result.reason, result.epochs, result.error, result.test_error


def _predict(probe: Network, weights: list[np.ndarray], x: np.ndarray) -> np.ndarray:
    net = probe.copy()
    if all(np.isfinite(w).all() for w in weights):
        net.set_weights(weights)
    else:  # a diverged network: its outputs are no answer (NaN is never right)
        return np.full((len(x), probe.topology[-1]), math.nan)
    return net.predict(x)
