"""The article's algorithm, written to be read: the specification every fast trainer of nndesk answers to.

This is "Build Neural Network From Scratch in Python (no libraries)" in plain Python floats and lists, one
function per step of the article, in its order. Nothing here is written for speed. The other trainers
(generated straight-line code, per-layer numpy, the lockstep study, the step trace) are optimisations of it,
and ``tests/test_conformance.py`` holds each of them to :class:`ReferenceNetwork`.

Notation (the same as :mod:`nndesk.engine.network`):

- ``sizes = [n0, n1, ..., nL]``; ``W[l][i][j]`` is the weight into neuron ``i`` of layer ``l + 1`` from
  neuron ``j`` of layer ``l``; ``j = n[l]`` is the bias neuron, whose output is always 1.
- ``D[l][i][j]`` is that weight's previous change (the momentum term, the article's ``dWeight``).
- ``outputs[l]`` are the outputs of layer ``l``; ``outputs[0]`` are the inputs.

One row, online (the article's ``feedForword``, ``backPropagate`` and ``getError``):

1. forward pass: ``s = 0 + o_0 * w_0 + o_1 * w_1 + ... + 1 * w_bias``, left to right; ``o = f(s)``;
2. output error: ``e = t - o`` (0 for a don't-care target, NaN: it sends no error back);
3. row error: ``sqrt((e_0 ** 2 + e_1 ** 2 + ...) / n)`` over the ``n`` outputs that are cared about;
4. from the output layer down, each neuron: gradient ``g = e * f'(o)`` (``f'`` written in terms of the
   output ``o``), then for each incoming weight
   ``Δw = η · (out · g) + α · Δw_prev`` and ``w ← w + Δw``, and the error sent back to neuron ``j``
   below through the NEW weight: ``e_j ← e_j + w · g`` (each ``e_j`` starts at 0).

The epoch error is the sum over the rows, left to right, of their row errors, each taken before that row's
update.

The other methods (:mod:`nndesk.engine.methods`) are written here too, as steps of their own:

- online with ``loss="cross-entropy"``: the output gradient is ``g = e`` (no ``f'(o)``); with a weight decay λ,
  ``Δw = η · (out · g − λ · w) + α · Δw_prev``, ``w`` the weight before the update, bias weights not decayed;
- batches (``batch_size`` k >= 2, or the whole table): :func:`row_terms` gives a row's term
  ``G[l] = δ[l+1] [a_l; 1]ᵀ`` at the batch's starting weights, with ``δ_L = e ⊙ f'(o)`` (squared) or ``e``
  (cross-entropy) and ``δ_l = f'(a_l) ⊙ (W[l][:, :-1]ᵀ δ[l+1])``; :func:`batch_direction` takes their mean
  ``M`` minus ``λ · W`` off the bias column; then one update of every weight per batch:
  :func:`backprop_update`, :func:`rprop_update` (iRprop−, whole table) or :func:`adam_update`.

The epoch error is :func:`row_error` summed over the rows in their training order, each taken before that
row's (or its batch's) update, for every method: stop rules and curves mean the same whatever the method.
"""

from __future__ import annotations

import math
import numbers
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from nndesk.engine._codegen import STOP_CORRECT, STOP_ERROR, STOP_NONE, STOP_NONFINITE
from nndesk.engine.activations import Activation, square
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
    MethodSettings,
    batch_bounds,
    check_method,
    draw_weights,
    epoch_order,
    shuffle_generator,
)
from nndesk.engine.network import (
    DivergenceError,
    causes_text,
    check_activations,
    check_matrices,
    check_rate,
    check_seed,
    check_table,
    check_topology,
    checked_optimizer_state,
    likely_causes,
)
from nndesk.engine.wording import QT_TRANSLATE_NOOP, translate

Matrix = list[list[float]]  # W[l] or D[l]: one list per neuron above, one number per neuron below (bias last)
# on_connection(l, i, j, out, g, w_old, d_prev, d_new, w_new, sent_back): what the step trace records.
ConnectionHook = Callable[[int, int, int, float, float, float, float, float, float, float], None]


# -- the article's steps, one function each --------------------------------------------------------------------

def forward(W: Sequence[Matrix], acts: Sequence[Activation], x: Sequence[float]) -> list[list[float]]:
    """The forward pass: the outputs of every layer, ``outputs[0]`` being the inputs ``x``."""
    outputs = [list(x)]
    for w, act in zip(W, acts, strict=True):
        below = outputs[-1] + [1.0]  # the bias neuron's output is 1
        layer = []
        for w_row in w:
            _, s = weighted_sum(below, w_row)
            layer.append(act.scalar(s))
        outputs.append(layer)
    return outputs


def weighted_sum(below: Sequence[float], w_row: Sequence[float]) -> tuple[list[float], float]:
    """One neuron's input: the products ``out · w`` (the bias neuron's ``1 · w`` last) and their sum
    ``0 + p_0 + p_1 + ...``, left to right (the forward pass's arithmetic; the forward-pass dock shows it)."""
    products = [out * weight for out, weight in zip(below, w_row, strict=True)]
    s = 0.0
    for p in products:
        s = s + p
    return products, s


def output_errors(o: Sequence[float], t: Sequence[float]) -> list[float]:
    """``e = t - o`` per output; 0 for a don't-care target (NaN), which so sends no error back."""
    return [0.0 if math.isnan(target) else target - out for out, target in zip(o, t, strict=True)]


def row_error(e: Sequence[float], t: Sequence[float]) -> float:
    """The row's RMS error over the outputs that are cared about (0 for a row of don't-cares only).

    ``square(e)`` is the article's ``e ** 2``, infinite where Python's ``**`` would raise OverflowError."""
    total, n = 0.0, 0
    for err, target in zip(e, t, strict=True):
        if not math.isnan(target):
            total = total + square(err)
            n += 1
    return math.sqrt(total / n) if n else 0.0


def backward(W: list[Matrix], D: list[Matrix], acts: Sequence[Activation], outputs: Sequence[Sequence[float]],
             e: Sequence[float], eta: float, alpha: float, on_connection: ConnectionHook | None = None,
             *, loss: str = "squared", decay: float = 0.0) -> tuple[list[list[float]], list[list[float]]]:
    """The article's online update of ``W`` and ``D`` (in place), from the output layer down.

    Returns ``(errors, gradients)``: ``errors[l]`` and ``gradients[l]`` of each neuron of layer ``l`` (l >= 1;
    index 0 is empty). ``on_connection``, when given, sees every weight's update as it happens. With
    ``loss="cross-entropy"`` an output neuron's gradient is its error alone; a ``decay`` λ pulls each weight
    but the bias weights towards 0: ``Δw = η · (out · g − λ · w) + α · Δw_prev``.
    """
    top = len(W)
    errors: list[list[float]] = [[] for _ in range(top + 1)]
    gradients: list[list[float]] = [[] for _ in range(top + 1)]
    errors[top] = list(e)
    for layer in range(top, 0, -1):
        below = layer - 1
        out_below = [*outputs[below], 1.0]
        sent = [0.0] * len(outputs[below])  # the error each neuron below receives, summed in order
        for i, o in enumerate(outputs[layer]):
            if layer == top and loss == "cross-entropy":
                g = errors[layer][i]  # the sigmoid's f'(o) cancels against the cross-entropy's derivative
            else:
                g = errors[layer][i] * acts[below].derivative_scalar(o)
            gradients[layer].append(g)
            for j, out in enumerate(out_below):
                w_old, d_prev = W[below][i][j], D[below][i][j]
                step = out * g
                if decay and j < len(out_below) - 1:  # the bias weight is not decayed
                    step = step - decay * w_old
                d_new = eta * step + alpha * d_prev
                w_new = w_old + d_new
                W[below][i][j], D[below][i][j] = w_new, d_new
                back = 0.0
                if below and j < len(sent):  # bias and input neurons have no weights below: no error for them
                    back = w_new * g  # through the NEW weight, as the article does
                    sent[j] = sent[j] + back
                if on_connection is not None:
                    on_connection(below, i, j, out, g, w_old, d_prev, d_new, w_new, back)
        errors[below] = sent if below else []
    return errors, gradients


def train_row(W: list[Matrix], D: list[Matrix], acts: Sequence[Activation], x: Sequence[float],
              t: Sequence[float], eta: float, alpha: float, *, loss: str = "squared", decay: float = 0.0
              ) -> tuple[float, list[float]]:
    """One row of online training: ``(row error, outputs)``, both from before the update."""
    outputs = forward(W, acts, x)
    e = output_errors(outputs[-1], t)
    backward(W, D, acts, outputs, e, eta, alpha, loss=loss, decay=decay)
    return row_error(e, t), outputs[-1]


# -- batches: every row at the batch's starting weights, then one update ---------------------------------------

def row_terms(W: Sequence[Matrix], acts: Sequence[Activation], outputs: Sequence[Sequence[float]],
              e: Sequence[float], loss: str) -> list[Matrix]:
    """A row's term ``G[l][i][j] = δ[l+1][i] · out[l][j]`` (``out[l]`` ending in the bias neuron's 1): the
    article's "output × gradient", the downhill direction, at the weights ``W`` (nothing is changed).

    ``δ`` of the outputs is ``e · f'(o)`` (``e`` alone for cross-entropy); below, ``δ_j = f'(o_j) · Σ_i w_ij δ_i``
    through the same (unchanged) weights, summed left to right over the neurons above."""
    top = len(W)
    delta = [err if loss == "cross-entropy" else err * acts[-1].derivative_scalar(o)
             for err, o in zip(e, outputs[top], strict=True)]
    G: list[Matrix] = [[] for _ in range(top)]
    for layer in range(top, 0, -1):
        below = layer - 1
        out_below = [*outputs[below], 1.0]
        G[below] = [[out * d for out in out_below] for d in delta]
        if below:
            sent = []
            for j, o in enumerate(outputs[below]):
                s = 0.0
                for i, d in enumerate(delta):
                    s = s + W[below][i][j] * d
                sent.append(acts[below - 1].derivative_scalar(o) * s)
            delta = sent
    return G


def batch_direction(W: Sequence[Matrix], acts: Sequence[Activation], rows: Sequence[tuple[list, list]],
                    loss: str, decay: float) -> tuple[list[Matrix], list[tuple[float, list[float]]]]:
    """``(M, per_row)``: ``M[l]`` the mean of the rows' :func:`row_terms` (divided by the batch's row count),
    minus ``decay · W[l]`` off the bias column; ``per_row`` each row's ``(row error, outputs)`` before the update."""
    total = [[[0.0] * len(w_row) for w_row in w] for w in W]
    per_row = []
    for x, t in rows:
        outputs = forward(W, acts, x)
        e = output_errors(outputs[-1], t)
        per_row.append((row_error(e, t), outputs[-1]))
        for total_l, g_l in zip(total, row_terms(W, acts, outputs, e, loss), strict=True):
            for total_i, g_i in zip(total_l, g_l, strict=True):
                for j, g in enumerate(g_i):
                    total_i[j] = total_i[j] + g
    k = len(rows)
    M = []
    for w, total_l in zip(W, total, strict=True):
        M_l = []
        for w_i, total_i in zip(w, total_l, strict=True):
            last = len(w_i) - 1  # the bias weight: not decayed
            M_l.append([total_i[j] / k - (decay * w_i[j] if decay and j < last else 0.0) for j in range(len(w_i))])
        M.append(M_l)
    return M, per_row


def backprop_update(W: list[Matrix], D: list[Matrix], M: Sequence[Matrix], eta: float, alpha: float) -> None:
    """Batch backpropagation with momentum: ``ΔW = η · M + α · ΔW_prev``, then ``W ← W + ΔW`` (in place)."""
    for w, d, m in zip(W, D, M, strict=True):
        for w_i, d_i, m_i in zip(w, d, m, strict=True):
            for j, m_ij in enumerate(m_i):
                d_i[j] = eta * m_ij + alpha * d_i[j]
                w_i[j] = w_i[j] + d_i[j]


def _sign(v: float) -> float:
    return 1.0 if v > 0.0 else -1.0 if v < 0.0 else 0.0


def rprop_update(W: list[Matrix], steps: list[Matrix], previous: list[Matrix], M: Sequence[Matrix]) -> None:
    """iRprop− (Igel & Hüsken 2000), in place: each weight moves by its own step against the sign of its gradient
    ``g = −M``. The step grows 1.2x (to 50 at most) while ``g`` keeps its sign, and halves (to 1e-6 at least) when
    the sign flips, that weight then resting for one update (``g ← 0``). ``previous`` holds the last ``g``."""
    for w, step, prev, m in zip(W, steps, previous, M, strict=True):
        for w_i, step_i, prev_i, m_i in zip(w, step, prev, m, strict=True):
            for j, m_ij in enumerate(m_i):
                g = -m_ij
                if g * prev_i[j] > 0.0:
                    step_i[j] = min(step_i[j] * RPROP_GROW, RPROP_MAX)
                elif g * prev_i[j] < 0.0:
                    step_i[j] = max(step_i[j] * RPROP_SHRINK, RPROP_MIN)
                    g = 0.0
                w_i[j] = w_i[j] - _sign(g) * step_i[j]
                prev_i[j] = g


def adam_update(W: list[Matrix], m: list[Matrix], v: list[Matrix], t: int, M: Sequence[Matrix], eta: float) -> None:
    """Adam (Kingma & Ba 2015), update number ``t`` (from 1), in place: with ``g = −M``,
    ``m ← 0.9 m + 0.1 g``, ``v ← 0.999 v + 0.001 g²`` and ``w ← w − η · m̂ / (√v̂ + 1e-8)``, where
    ``m̂ = m / (1 − 0.9^t)`` and ``v̂ = v / (1 − 0.999^t)`` undo the zero start."""
    fix1, fix2 = 1.0 - ADAM_BETA1**t, 1.0 - ADAM_BETA2**t
    for w, m_l, v_l, M_l in zip(W, m, v, M, strict=True):
        for w_i, m_i, v_i, M_i in zip(w, m_l, v_l, M_l, strict=True):
            for j, M_ij in enumerate(M_i):
                g = -M_ij
                m_i[j] = ADAM_BETA1 * m_i[j] + ADAM_GAIN1 * g
                v_i[j] = ADAM_BETA2 * v_i[j] + ADAM_GAIN2 * (g * g)
                w_i[j] = w_i[j] - eta * (m_i[j] / fix1) / (math.sqrt(v_i[j] / fix2) + ADAM_EPS)


# -- the network --------------------------------------------------------------------------------------------

class ReferenceNetwork(MethodSettings):
    """The article's network with the constructor and public methods of :class:`nndesk.engine.Network`.

    ``ReferenceNetwork([2, 3, 2], eta=0.09, alpha=0.015, seed=1)`` is the article's half adder, from the same
    initial weights as the article's code after ``np.random.seed(1)``. The method arguments (``rule``,
    ``batch_size``, ``loss``, ``weight_decay``, ``init``, ``shuffle``: see :mod:`nndesk.engine.methods`) choose
    the other methods. Slow (tens of microseconds a row) and plain: read it beside the article.
    """

    def __init__(self, topology: Sequence[int], *, eta: float = 0.09, alpha: float = 0.015,
                 seed: int | None = None, activations: str | Sequence[str] | None = None,
                 rule: str = "backprop", batch_size: int | None = 1, loss: str = "squared",
                 weight_decay: float = 0.0, init: str = "article", shuffle: bool = False) -> None:
        self.topology = check_topology(topology)
        self._acts = check_activations(activations, len(self.topology) - 1)
        self.eta, self.alpha = eta, alpha
        self.seed = check_seed(seed)
        self._method = check_method(rule, batch_size, loss, weight_decay, init, shuffle, self._acts[-1].name)
        self._W = [w.tolist() for w in draw_weights(self.topology, self.seed, init)]
        self._reset_optimizer()
        self.epochs = 0

    @property
    def eta(self) -> float:
        return self._eta

    @eta.setter
    def eta(self, value: float) -> None:
        self._eta = check_rate(QT_TRANSLATE_NOOP("Network", "eta (the learning rate)"), value)

    @property
    def alpha(self) -> float:
        return self._alpha

    @alpha.setter
    def alpha(self, value: float) -> None:
        self._alpha = check_rate(QT_TRANSLATE_NOOP("Network", "alpha (the momentum)"), value)

    @property
    def activations(self) -> tuple[str, ...]:
        return tuple(a.name for a in self._acts)

    @property
    def threshold(self) -> float:
        """An output above this counts as 1 (0.5, or 0.0 for a tanh output layer), as the article's 0.5."""
        return self._acts[-1].threshold

    def set_method(self, **changes: object) -> None:
        """Change some of the method's settings (``rule=``, ``batch_size=``, ...); the weights stay, the optimiser
        starts afresh (when anything changed)."""
        settings = {**vars(self._method), **changes}
        method = check_method(**settings, output_activation=self._acts[-1].name)
        if method != self._method:
            self._method = method
            self._reset_optimizer()

    # -- weights and the optimiser's state, as numpy arrays at the boundary (the layout of Network) ----------------

    def get_weights(self) -> list[np.ndarray]:
        """``weights[l]`` of shape ``(n[l+1], n[l] + 1)``, bias column last."""
        return [np.array(w, dtype=np.float64) for w in self._W]

    def set_weights(self, weights: Sequence[np.ndarray]) -> None:
        """Replace the weights (shapes and finite values checked); the optimiser starts afresh (momentum zero)."""
        self._W = [w.tolist() for w in check_matrices(self.topology, weights, QT_TRANSLATE_NOOP("Network", "weights"))]
        self._reset_optimizer()

    def get_momenta(self) -> list[np.ndarray]:
        """Each weight's previous change, same shapes as the weights."""
        return [np.array(d, dtype=np.float64) for d in self._D]

    def set_momenta(self, momenta: Sequence[np.ndarray]) -> None:
        self._D = [d.tolist() for d in check_matrices(self.topology, momenta, QT_TRANSLATE_NOOP("Network", "momenta"))]

    def get_optimizer_state(self) -> dict:
        """Everything the next update depends on besides the weights (see ``network.fresh_optimizer_state``)."""
        state: dict = {"momenta": self.get_momenta()}
        if self.rule == "rprop":
            state["rprop_steps"] = [np.array(a) for a in self._steps]
            state["rprop_gradients"] = [np.array(a) for a in self._previous]
        if self.rule == "adam":
            state.update(adam_m=[np.array(a) for a in self._m], adam_v=[np.array(a) for a in self._v],
                         adam_t=self._t)
        state["shuffle"] = None if self._rng is None else self._rng.bit_generator.state
        return state

    def set_optimizer_state(self, state: dict) -> None:
        """Continue from ``state`` (as :meth:`get_optimizer_state` gives it); missing parts start afresh."""
        self._load_optimizer(checked_optimizer_state(self.topology, self._method, self.seed, state))

    def _reset_optimizer(self) -> None:
        self._load_optimizer(checked_optimizer_state(self.topology, self._method, self.seed, {}))

    def _load_optimizer(self, state: dict) -> None:
        self._D = [a.tolist() for a in state["momenta"]]
        self._steps = [a.tolist() for a in state.get("rprop_steps", [])]
        self._previous = [a.tolist() for a in state.get("rprop_gradients", [])]
        self._m = [a.tolist() for a in state.get("adam_m", [])]
        self._v = [a.tolist() for a in state.get("adam_v", [])]
        self._t = state.get("adam_t", 0)
        self._rng = None
        if state["shuffle"] is not None:
            self._rng = shuffle_generator(self.seed)
            self._rng.bit_generator.state = state["shuffle"]

    def copy(self) -> ReferenceNetwork:
        """An independent network with the same weights, optimiser state, settings and epoch count."""
        twin = ReferenceNetwork(self.topology, eta=self.eta, alpha=self.alpha, seed=0, activations=self.activations,
                                **vars(self._method))
        twin.seed, twin.epochs = self.seed, self.epochs
        twin._W = [[list(row) for row in w] for w in self._W]
        twin.set_optimizer_state(self.get_optimizer_state())
        return twin

    # -- prediction and training ----------------------------------------------------------------------------

    def predict(self, inputs: object) -> np.ndarray:
        """Raw outputs: ``(n_out,)`` for one row of inputs, ``(rows, n_out)`` for several."""
        x = np.asarray(inputs, dtype=np.float64)
        rows = x[None, :] if x.ndim == 1 else x
        out = np.array([forward(self._W, self._acts, row)[-1] for row in rows.tolist()])
        return out[0] if x.ndim == 1 else out

    def predict_thresholded(self, inputs: object) -> np.ndarray:
        """The article's ``getThResults``: 1 where the raw output is above :attr:`threshold`, else 0."""
        return (self.predict(inputs) > self.threshold).astype(np.int64)

    def check_table(self, inputs: object, targets: object) -> tuple[np.ndarray, np.ndarray]:
        return check_table(self.topology, inputs, targets)

    def error(self, inputs: object, targets: object) -> float:
        """The epoch error of the table (the rows' errors summed in order) with no training and no change."""
        x, t = self.check_table(inputs, targets)
        total = 0.0
        for row_x, row_t in zip(x.tolist(), t.tolist(), strict=True):
            total = total + row_error(output_errors(forward(self._W, self._acts, row_x)[-1], row_t), row_t)
        return total

    def train_epoch(self, inputs: object, targets: object) -> float:
        """One pass over the rows in order; the epoch error."""
        return float(self.train(inputs, targets, 1)[0])

    def train(self, inputs: object, targets: object, epochs: int, *, stop_below: float | None = None) -> np.ndarray:
        """Up to ``epochs`` epochs, ending after the first whose error is below ``stop_below``: their errors."""
        return self.train_chunk(inputs, targets, epochs, stop_below=stop_below)[0]

    def train_chunk(self, inputs: object, targets: object, epochs: int, *, stop_below: float | None = None,
                    margin: float | None = None) -> tuple[np.ndarray, int]:
        """Like :meth:`train`, also ending after an epoch in which every row was correct with ``margin``
        (judged on each row's outputs before its update). Returns the errors and why it ended (``STOP_*``).
        Raises :class:`DivergenceError` when an epoch error or a weight is NaN or infinite."""
        x, t = self.check_table(inputs, targets)
        if isinstance(epochs, bool) or not isinstance(epochs, numbers.Integral) or epochs < 0:
            raise ValueError(translate("Network", "epochs must be a whole number of 0 or more, not {0!r}").format(
                epochs))
        if stop_below is not None and math.isnan(stop_below):
            raise ValueError(translate("Network", "stop_below must be a number, not NaN"))
        if margin is not None:
            margin = check_rate(QT_TRANSLATE_NOOP("Network", "margin"), margin)
        rows = list(zip(x.tolist(), t.tolist(), strict=True))
        stop = -math.inf if stop_below is None else float(stop_below)
        errors: list[float] = []
        why = STOP_NONE
        while len(errors) < epochs and why == STOP_NONE:
            epoch_error, all_right = 0.0, True
            for (err, out), (_, row_t) in self._epoch(rows):
                epoch_error = epoch_error + err
                if margin is not None and not rows_correct(out, row_t, self.threshold, margin):
                    all_right = False
            errors.append(epoch_error)
            self.epochs += 1
            if not epoch_error < math.inf:  # NaN or infinite
                why = STOP_NONFINITE
            elif epoch_error < stop:
                why = STOP_ERROR
            elif margin is not None and all_right:
                why = STOP_CORRECT
            if why == STOP_NONFINITE or not all(math.isfinite(v) for w in self._W for row in w for v in row):
                what = (translate("Network", "the error became NaN or infinite") if why == STOP_NONFINITE else
                        translate("Network", "a weight became NaN or infinite"))
                alpha = self.alpha if self.rule == "backprop" else 0.0  # Rprop and Adam have no momentum α
                advice = causes_text(likely_causes(self.eta, alpha, x, t))
                raise DivergenceError(len(errors), np.array(errors), what, advice)
        return np.array(errors, dtype=np.float64), why

    def _epoch(self, rows: list[tuple[list, list]]) -> list[tuple[tuple[float, list[float]], tuple[list, list]]]:
        """One epoch of the method: each row's ``(row error, outputs)`` before its update, with the row, in the
        order trained (the table's, or the shuffle's)."""
        method = self._method
        ordered = [rows[r] for r in epoch_order(self._rng, len(rows))]
        if method.online:
            return [(train_row(self._W, self._D, self._acts, x, t, self.eta, self.alpha, loss=method.loss,
                               decay=method.weight_decay), (x, t)) for x, t in ordered]
        done = []
        for start, stop in batch_bounds(len(ordered), method.batch_rows(len(ordered))):
            batch = ordered[start:stop]
            M, per_row = batch_direction(self._W, self._acts, batch, method.loss, method.weight_decay)
            if method.rule == "backprop":
                backprop_update(self._W, self._D, M, self.eta, self.alpha)
            elif method.rule == "rprop":
                rprop_update(self._W, self._steps, self._previous, M)
            else:
                self._t += 1
                adam_update(self._W, self._m, self._v, self._t, M, self.eta)
            done += zip(per_row, batch, strict=True)
        return done


# -- every trainer that answers to this reference ------------------------------------------------------------

@dataclass(frozen=True)
class TrainerInfo:
    """One implementation of the algorithm above, held to :class:`ReferenceNetwork` by tests/test_conformance.py."""

    name: str
    exact: bool  # promises the reference's numbers bit for bit; otherwise equal to rounding (1e-9 relative)
    how: str  # how to run it


TRAINERS: tuple[TrainerInfo, ...] = (
    TrainerInfo("codegen", True, 'Network(..., trainer="codegen"): generated straight-line Python'),
    TrainerInfo("numpy", False, 'Network(..., trainer="numpy"): generated per-layer numpy calls'),
    TrainerInfo("lockstep", False, "many.train_many(..., finish_alone_below=0): many seeds at once"),
    TrainerInfo("trace", True, "trace.step_row: the step-through, one row at a time"),
    TrainerInfo("batch", False, 'Network(..., trainer="batch"): numpy across the rows of a batch; every method'),
)
