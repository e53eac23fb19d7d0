"""The fast trainer of every method but the article's own: numpy across the rows of a batch.

What it computes is :mod:`nndesk.engine.reference` (batches, Rprop, Adam, cross-entropy, weight decay, shuffled
rows, and the online rule with those); tests/test_conformance.py holds it there to 1e-9 relative. How:

- a batch of k rows is one matrix ``A[l]`` (k, n[l] + 1) per layer, its last column the bias neurons' 1, so a
  layer's forward pass is one matmul ``S = A[l] @ W[l]ᵀ`` and its term ``Σ_rows G[l] = δ[l+1]ᵀ @ A[l]`` another;
- every buffer is allocated once per call (one set for the batch size, one for a smaller last batch) and every
  numpy call writes into one with ``out=``: a mini-batch of 10 rows of a 2-8-8-1 network takes about 40 calls;
- each row's error ``e = t − o`` is written into the epoch's own table (in training order), and the epoch error is
  taken from it once per epoch, summed left to right (``cumsum``) as the reference sums it.

The online rule (``rule="backprop"``, ``batch_size=1``) updates after every row and sends the error back through
the new weights, as the article does: one row at a time, with numpy calls per layer.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

import numpy as np

from nndesk.engine import _codegen
from nndesk.engine.activations import Activation
from nndesk.engine.correctness import rows_correct
from nndesk.engine.methods import (
    ADAM_BETA1,
    ADAM_BETA2,
    ADAM_EPS,
    ADAM_GAIN1,
    ADAM_GAIN2,
    RPROP_GROW,
    RPROP_MAX,
    RPROP_MIN,
    RPROP_SHRINK,
    Method,
    batch_bounds,
)


def _sigmoid_into(s: np.ndarray, out: np.ndarray) -> None:
    """``out = 1 / (1 + exp(-s))``, overwriting ``s`` (exp's overflow gives the limit 0, as intended)."""
    np.negative(s, out=s)
    np.exp(s, out=s)
    np.add(s, 1.0, out=s)
    np.divide(1.0, s, out=out)


def _activate(act: Activation, s: np.ndarray, out: np.ndarray) -> None:
    if act.name == "sigmoid":
        _sigmoid_into(s, out)
    else:
        out[...] = act.array(s)


def _times_derivative(act: Activation, o: np.ndarray, e: np.ndarray, out: np.ndarray, tmp: np.ndarray) -> None:
    """``out = e * f'(o)``, ``f'`` in terms of the output; ``tmp`` is scratch of ``o``'s shape."""
    if act.name == "sigmoid":
        np.subtract(1.0, o, out=tmp)
        np.multiply(tmp, o, out=tmp)
        np.multiply(e, tmp, out=out)
    elif act.name == "linear":
        np.copyto(out, e)
    else:
        np.multiply(e, act.derivative_array(o), out=out)


def _copy_where(dst: np.ndarray, src: np.ndarray | float, where: np.ndarray) -> None:
    np.copyto(dst, src, where=where)


def _minimum(a: np.ndarray, b: float, out: np.ndarray) -> None:
    np.minimum(a, b, out=out)  # numpy deprecates a positional out for minimum and maximum


def _maximum(a: np.ndarray, b: float, out: np.ndarray) -> None:
    np.maximum(a, b, out=out)


def _apply(function: Callable[[np.ndarray], np.ndarray], s: np.ndarray, out: np.ndarray) -> None:
    out[...] = function(s)


def _times(derivative: Callable[[np.ndarray], np.ndarray], o: np.ndarray, e: np.ndarray, out: np.ndarray) -> None:
    np.multiply(e, derivative(o), out=out)


def _plan_activation(plan: list, act: Activation, s: np.ndarray, out: np.ndarray) -> None:
    """``out = f(s)`` (``s`` is overwritten); the sigmoid as the article's 1 / (1 + exp(-s)); tanh, ReLU and the
    identity as one call writing into ``out``."""
    if act.name == "sigmoid":
        plan += [(np.negative, (s, s)), (np.exp, (s, s)), (np.add, (s, 1.0, s)), (np.divide, (1.0, s, out))]
    elif act.name == "tanh":
        plan.append((np.tanh, (s, out)))
    elif act.name == "linear":
        plan.append((np.copyto, (out, s)))
    else:
        plan.append((_apply, (act.array, s, out)))


def _plan_derivative(plan: list, act: Activation, o: np.ndarray, e: np.ndarray, out: np.ndarray,
                     tmp: np.ndarray) -> None:
    """``out = e * f'(o)``, ``f'`` in terms of the output ``o``; ``tmp`` is scratch of ``o``'s shape."""
    if act.name == "sigmoid":
        plan += [(np.subtract, (1.0, o, tmp)), (np.multiply, (tmp, o, tmp)), (np.multiply, (e, tmp, out))]
    elif act.name == "tanh":  # 1 - o * o, as the activation's derivative_array computes it
        plan += [(np.multiply, (o, o, tmp)), (np.subtract, (1.0, tmp, tmp)), (np.multiply, (e, tmp, out))]
    elif act.name == "linear":
        plan.append((np.copyto, (out, e)))
    else:
        plan.append((_times, (act.derivative_array, o, e, out)))


class _Buffers:
    """Preallocated arrays for batches of ``k`` rows: ``A[l]`` (k, n[l] + 1) for l >= 1 (bias column 1),
    the sums ``S[l]`` and gradients ``delta[l]`` (k, n[l+1]), scratch ``tmp[l]`` and ``back[l]``."""

    def __init__(self, sizes: Sequence[int], k: int) -> None:
        self.A = [np.ones((k, n + 1)) for n in sizes[:-1]]  # A[0] unused: the rows themselves
        self.S = [np.empty((k, n)) for n in sizes[1:]]
        self.delta = [np.empty((k, n)) for n in sizes[1:]]
        self.tmp = [np.empty((k, n)) for n in sizes[1:]]
        self.back = [np.empty((k, n)) for n in sizes[:-1]]


_FLAT_STATE = ("rprop_steps", "rprop_gradients", "adam_m", "adam_v")


def _flat(shapes: Sequence[tuple[int, int]], arrays: Sequence[np.ndarray] | None = None,
          dtype: type = np.float64) -> tuple[np.ndarray, list[np.ndarray]]:
    """One buffer for arrays of ``shapes`` and its views of those shapes (filled from ``arrays`` if given)."""
    ends = np.cumsum([0] + [a * b for a, b in shapes])
    buffer = np.empty(int(ends[-1]), dtype=dtype)
    views = [buffer[ends[k]:ends[k + 1]].reshape(shape) for k, shape in enumerate(shapes)]
    if arrays is not None:
        for view, a in zip(views, arrays, strict=True):
            view[...] = a
    return buffer, views


class BatchTrainer:
    """Trains ``W`` (and its optimiser state) in place by ``method``; see the module docstring.

    ``W[l]`` and ``D[l]`` (momenta) have shape ``(n[l+1], n[l] + 1)``, bias last; ``opt`` holds Rprop's
    ``rprop_steps``/``rprop_gradients`` or Adam's ``adam_m``/``adam_v``/``adam_t``; ``rng`` orders the rows of
    each epoch when shuffling (None: the table's order).

    The batches of an epoch are compiled into ``plan``, a flat list of ``(function, args)`` over preallocated
    views (the epoch's rows live in fixed buffers, refilled in a new order when shuffling), so a batch costs its
    numpy calls and one tuple unpack each.
    """

    def __init__(self, sizes: Sequence[int], acts: Sequence[Activation], method: Method, eta: float,
                 alpha: float) -> None:
        self.sizes, self.acts, self.method = tuple(sizes), tuple(acts), method
        self.eta, self.alpha = eta, alpha
        self.key = (method, eta, alpha)  # what the compiled plan depends on besides the table
        shapes = [(sizes[k + 1], sizes[k] + 1) for k in range(len(sizes) - 1)]
        # Every layer's arrays side by side in one buffer (``*_all``), ``X[l]`` its views: an elementwise step
        # of the update over all layers is then one numpy call. :meth:`load` fills them from the network's arrays,
        # :meth:`run` writes them back.
        self.W_all, self.W = _flat(shapes)
        self.D_all, self.D = _flat(shapes)
        kept = {"rprop": _FLAT_STATE[:2], "adam": _FLAT_STATE[2:]}.get(method.rule, ())
        self.state = {key: _flat(shapes) for key in kept}
        self.G_all, self.G = _flat(shapes)  # a batch's Σ G, then its update
        self.C_all, self.C = _flat(shapes)  # scratch of the weights' shape
        self.flags_all, self.flags = _flat(shapes, dtype=bool)
        self.flags2_all, self.flags2 = _flat(shapes, dtype=bool)
        self.fix1, self.fix2 = np.zeros(()), np.zeros(())  # Adam's bias corrections of the current update
        self._table_key: tuple | None = None
        self._given: dict = {}
        self.opt: dict = {}
        self.rng: np.random.Generator | None = None

    def load(self, W: list[np.ndarray], D: list[np.ndarray], opt: dict, rng: np.random.Generator | None) -> None:
        """Train these arrays (written back in place after each :meth:`run`): ``W[l]``, ``D[l]`` of shape
        ``(n[l+1], n[l] + 1)``, the optimiser's ``opt`` and the shuffle's generator."""
        self._given = {"W": W, "D": D, **{key: opt[key] for key in self.state}}
        self.opt, self.rng = opt, rng
        for key, views in (("W", self.W), ("D", self.D), *((k, v[1]) for k, v in self.state.items())):
            for view, given in zip(views, self._given[key], strict=True):
                view[...] = given

    def _write_back(self) -> None:
        """The trained weights, momenta and optimiser arrays into the caller's arrays."""
        for key, views in (("W", self.W), ("D", self.D), *((k, v[1]) for k, v in self.state.items())):
            for given, view in zip(self._given[key], views, strict=True):
                given[...] = view

    # -- the epochs -----------------------------------------------------------------------------------------

    def _prepare(self, x: np.ndarray, t: np.ndarray) -> None:
        """The table's buffers and the compiled plan of an epoch over them (kept while the table stays)."""
        n = len(x)
        x_aug = np.hstack([x, np.ones((n, 1))])
        cared = ~np.isnan(t)
        self.table = (x_aug, np.where(cared, t, 0.0), cared.astype(np.float64),
                      np.maximum(cared.sum(axis=1), 1).astype(np.float64), t.copy())
        self.dont_care = not cared.all()
        self.ordered = [np.empty_like(a) for a in self.table] if self.method.shuffle else list(self.table)
        X, T0, MK, _, _ = self.ordered
        self.E = np.empty((n, self.sizes[-1]))  # each row's t - o before its update, in training order
        self.OUT = np.empty((n, self.sizes[-1]))  # each row's outputs before its update
        self.row_sq = np.empty(n)
        self.plan = None if self.method.online else self._plan(X, T0, MK if self.dont_care else None, self.E,
                                                               self.OUT)
        self._table_key = (x.shape, t.shape, x.tobytes(), t.tobytes())

    def run(self, x: np.ndarray, t: np.ndarray, epochs: int, stop: float, margin: float | None,
            threshold: float) -> tuple[np.ndarray, int]:
        """Up to ``epochs`` epochs on the table ``x`` (rows, n_in), ``t`` (rows, n_out; NaN a don't-care): the
        epoch errors and why it ended (``_codegen.STOP_*``). Ends early, with ``STOP_NONE``, after an epoch that
        left a weight NaN or infinite: the caller raises."""
        if self._table_key != (x.shape, t.shape, x.tobytes(), t.tobytes()):
            self._prepare(x, t)
        table, ordered, plan, dont_care = self.table, self.ordered, self.plan, self.dont_care
        E, OUT, row_sq = self.E, self.OUT, self.row_sq
        errors: list[float] = []
        try:
            why = self._epochs(table, ordered, plan, dont_care, E, OUT, row_sq, errors, epochs, stop, margin,
                               threshold)
        finally:
            self._write_back()
        return np.array(errors, dtype=np.float64), why

    def _epochs(self, table: tuple, ordered: list, plan: list | None, dont_care: bool, E: np.ndarray,
                OUT: np.ndarray, row_sq: np.ndarray, errors: list[float], epochs: int, stop: float,
                margin: float | None, threshold: float) -> int:
        """The epochs of :meth:`run`, appending each one's error to ``errors``; why they ended."""
        X, T0, MK, CARED, T = ordered
        n = len(X)
        why = _codegen.STOP_NONE
        with np.errstate(over="ignore", invalid="ignore", under="ignore", divide="ignore"):
            while len(errors) < epochs:
                if self.method.shuffle:
                    perm = self.rng.permutation(n)
                    for src, dst in zip(table, ordered, strict=True):
                        np.take(src, perm, axis=0, out=dst)
                if plan is None:
                    self._online_epoch(X, T0, MK if dont_care else None, E, OUT)
                else:
                    for f, args in plan:
                        f(*args)
                np.multiply(E, E, out=E)
                np.sum(E, axis=1, out=row_sq)
                np.divide(row_sq, CARED, out=row_sq)
                np.sqrt(row_sq, out=row_sq)
                epoch_error = float(np.cumsum(row_sq)[-1])  # left to right, as the reference adds them
                errors.append(epoch_error)
                if not epoch_error < math.inf:
                    why = _codegen.STOP_NONFINITE
                elif epoch_error < stop:
                    why = _codegen.STOP_ERROR
                elif margin is not None and rows_correct(OUT, T, threshold, margin).all():
                    why = _codegen.STOP_CORRECT
                if why != _codegen.STOP_NONE or not np.isfinite(self.W_all).all():
                    break
        return why

    # -- a batch: every row at the batch's starting weights, then one update ---------------------------------------

    def _plan(self, X: np.ndarray, T0: np.ndarray, MK: np.ndarray | None, E: np.ndarray, OUT: np.ndarray) -> list:
        """The numpy calls of one epoch of batches, over views of the epoch's buffers."""
        n = len(X)
        bounds = batch_bounds(n, self.method.batch_rows(n))
        bufs = {k: _Buffers(self.sizes, k) for k in {end - start for start, end in bounds}}
        plan: list = []
        for start, end in bounds:
            mk = None if MK is None else MK[start:end]
            self._plan_batch(plan, X[start:end], T0[start:end], mk, E[start:end], OUT[start:end], bufs[end - start])
        return plan

    def _plan_batch(self, plan: list, X: np.ndarray, T0: np.ndarray, MK: np.ndarray | None, E: np.ndarray,
                    OUT: np.ndarray, b: _Buffers) -> None:
        W, acts, top = self.W, self.acts, len(self.W)
        a = X
        for k in range(top):  # forward: one matmul per layer, the bias neuron's 1 in the last column of a
            plan.append((np.dot, (a, W[k].T, b.S[k])))
            out = OUT if k == top - 1 else b.A[k + 1][:, :-1]
            _plan_activation(plan, acts[k], b.S[k], out)
            a = b.A[k + 1] if k < top - 1 else None
        plan.append((np.subtract, (T0, OUT, E)))
        if MK is not None:
            plan.append((np.multiply, (E, MK, E)))  # a don't-care sends no error back
        if self.method.loss == "cross-entropy":
            delta = E
        else:
            delta = b.delta[top - 1]
            _plan_derivative(plan, acts[-1], OUT, E, delta, b.tmp[top - 1])
        for k in range(top - 1, -1, -1):
            a_k = X if k == 0 else b.A[k]
            plan.append((np.dot, (delta.T, a_k, self.G[k])))  # Σ over the batch's rows of G = δ [a; 1]ᵀ
            if k:  # δ below, through the weights as they were at the batch's start
                plan.append((np.dot, (delta, W[k][:, :-1], b.back[k])))
                below = b.delta[k - 1]
                _plan_derivative(plan, acts[k - 1], b.A[k][:, :-1], b.back[k], below, b.tmp[k - 1])
                delta = below
        self._plan_update(plan, len(X))

    def _plan_update(self, plan: list, rows: int) -> None:
        """Every layer's update from ``G`` (the batch's sums of terms), all layers in each call: ``M = G / rows −
        λ W`` off the bias, then the rule's step."""
        rule, decay = self.method.rule, self.method.weight_decay
        M, c = self.G_all, self.C_all
        if rule == "backprop":  # ΔW = η · M + α · ΔW_prev, W ← W + ΔW
            if self.alpha == 0.0 and not decay:  # 0 · ΔW_prev + η · M is η · M (ΔW_prev finite): straight into ΔW
                plan += [(np.multiply, (M, self.eta / rows, self.D_all)),
                         (np.add, (self.W_all, self.D_all, self.W_all))]
                return
            plan.append((np.multiply, (M, self.eta / rows, M)))
            for k in range(len(self.W)) if decay else ():
                plan += [(np.multiply, (self.W[k][:, :-1], self.eta * decay, self.C[k][:, :-1])),
                         (np.subtract, (self.G[k][:, :-1], self.C[k][:, :-1], self.G[k][:, :-1]))]
            plan += [(np.multiply, (self.D_all, self.alpha, self.D_all)), (np.add, (M, self.D_all, self.D_all)),
                     (np.add, (self.W_all, self.D_all, self.W_all))]
            return
        plan.append((np.divide, (M, -float(rows), M)))  # g = −M, the same bits as −(M / rows)
        for k in range(len(self.W)) if decay else ():
            plan += [(np.multiply, (self.W[k][:, :-1], decay, self.C[k][:, :-1])),
                     (np.add, (self.G[k][:, :-1], self.C[k][:, :-1], self.G[k][:, :-1]))]
        if rule == "rprop":
            self._plan_rprop(plan, M, c)
        else:
            plan.append((self._adam_tick, ()))
            self._plan_adam(plan, M, c)

    def _plan_rprop(self, plan: list, g: np.ndarray, c: np.ndarray) -> None:
        """iRprop− on every layer, as :func:`nndesk.engine.reference.rprop_update` (``g`` the gradient)."""
        step, prev = self.state["rprop_steps"][0], self.state["rprop_gradients"][0]
        grow, shrink = self.flags_all, self.flags2_all
        plan += [
            (np.multiply, (g, prev, c)),
            (np.greater, (c, 0.0, grow)),
            (np.less, (c, 0.0, shrink)),
            (np.multiply, (step, RPROP_GROW, c)),
            (_minimum, (c, RPROP_MAX, c)),
            (_copy_where, (step, c, grow)),
            (np.multiply, (step, RPROP_SHRINK, c)),
            (_maximum, (c, RPROP_MIN, c)),
            (_copy_where, (step, c, shrink)),
            (_copy_where, (g, 0.0, shrink)),  # a weight whose gradient changed sign rests this once
            (np.sign, (g, c)),
            (np.multiply, (c, step, c)),
            (np.subtract, (self.W_all, c, self.W_all)),
            (np.copyto, (prev, g)),
        ]

    def _adam_tick(self) -> None:
        self.opt["adam_t"] += 1
        t = self.opt["adam_t"]
        self.fix1[...] = 1.0 - ADAM_BETA1**t
        self.fix2[...] = 1.0 - ADAM_BETA2**t

    def _plan_adam(self, plan: list, g: np.ndarray, c: np.ndarray) -> None:
        """Adam on every layer, as :func:`nndesk.engine.reference.adam_update` (``g`` the gradient)."""
        m, v, w = self.state["adam_m"][0], self.state["adam_v"][0], self.W_all
        plan += [
            (np.multiply, (m, ADAM_BETA1, m)),
            (np.multiply, (g, ADAM_GAIN1, c)),
            (np.add, (m, c, m)),
            (np.multiply, (v, ADAM_BETA2, v)),
            (np.multiply, (g, g, c)),
            (np.multiply, (c, ADAM_GAIN2, c)),
            (np.add, (v, c, v)),
            (np.divide, (v, self.fix2, c)),
            (np.sqrt, (c, c)),
            (np.add, (c, ADAM_EPS, c)),
            (np.divide, (m, self.fix1, g)),
            (np.multiply, (g, self.eta, g)),
            (np.divide, (g, c, g)),
            (np.subtract, (w, g, w)),
        ]

    # -- online: the article's rule, one row at a time -------------------------------------------------------------

    def _online_epoch(self, X: np.ndarray, T0: np.ndarray, MK: np.ndarray | None, E: np.ndarray,
                      OUT: np.ndarray) -> None:
        """Each row: forward, ``e = t − o``, then from the top down ``Δw = η · (out · g − λ w) + α Δw_prev``,
        ``w ← w + Δw``, and the error sent back through the new weights."""
        W, D, acts, top = self.W, self.D, self.acts, len(self.W)
        cross_entropy, decay, eta, alpha = self.method.loss == "cross-entropy", self.method.weight_decay, \
            self.eta, self.alpha
        A = [None] + [np.ones(n + 1) for n in self.sizes[1:-1]]
        g = [np.empty(n) for n in self.sizes[1:]]
        for r in range(len(X)):
            a = X[r]
            for k in range(top):
                out = OUT[r] if k == top - 1 else A[k + 1][:-1]
                s = W[k] @ a
                _activate(acts[k], s, out)
                a = A[k + 1] if k < top - 1 else None
            e = E[r]
            np.subtract(T0[r], OUT[r], out=e)
            if MK is not None:
                np.multiply(e, MK[r], out=e)
            if cross_entropy:
                np.copyto(g[-1], e)
            else:
                _times_derivative(acts[-1], OUT[r], e, g[-1], np.empty_like(e))
            for k in range(top - 1, -1, -1):
                a_k = X[r] if k == 0 else A[k]
                c = self.C[k]
                np.multiply(g[k][:, None], a_k[None, :], out=c)  # out · g
                if decay:
                    c[:, :-1] -= decay * W[k][:, :-1]
                np.multiply(c, eta, out=c)
                np.multiply(D[k], alpha, out=D[k])
                np.add(c, D[k], out=D[k])
                np.add(W[k], D[k], out=W[k])
                if k:
                    sent = g[k] @ W[k][:, :-1]  # through the NEW weights, as the article does
                    _times_derivative(acts[k - 1], A[k][:-1], sent, g[k - 1], np.empty_like(sent))
