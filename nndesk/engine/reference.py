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

The next methods (batches, Rprop, Adam, other losses, weight decay) are added here first, as steps of their
own beside :func:`backward`: a batch method needs each row's gradients at the batch's starting weights (a pure
function of ``forward``'s outputs and ``output_errors``) and one update per batch; the epoch error stays
:func:`row_error` summed over the rows, so stop rules mean the same for every method.
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
from nndesk.engine.network import (
    DivergenceError,
    causes_text,
    check_activations,
    check_matrices,
    check_rate,
    check_seed,
    check_table,
    check_topology,
    draw_weights,
    likely_causes,
)

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
            s = 0.0
            for out, weight in zip(below, w_row, strict=True):
                s = s + out * weight
            layer.append(act.scalar(s))
        outputs.append(layer)
    return outputs


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
             e: Sequence[float], eta: float, alpha: float, on_connection: ConnectionHook | None = None
             ) -> tuple[list[list[float]], list[list[float]]]:
    """The article's online update of ``W`` and ``D`` (in place), from the output layer down.

    Returns ``(errors, gradients)``: ``errors[l]`` and ``gradients[l]`` of each neuron of layer ``l`` (l >= 1;
    index 0 is empty). ``on_connection``, when given, sees every weight's update as it happens.
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
            g = errors[layer][i] * acts[below].derivative_scalar(o)
            gradients[layer].append(g)
            for j, out in enumerate(out_below):
                w_old, d_prev = W[below][i][j], D[below][i][j]
                d_new = eta * (out * g) + alpha * d_prev
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
              t: Sequence[float], eta: float, alpha: float) -> tuple[float, list[float]]:
    """One row of online training: ``(row error, outputs)``, both from before the update."""
    outputs = forward(W, acts, x)
    e = output_errors(outputs[-1], t)
    backward(W, D, acts, outputs, e, eta, alpha)
    return row_error(e, t), outputs[-1]


# -- the network --------------------------------------------------------------------------------------------

class ReferenceNetwork:
    """The article's network with the constructor and public methods of :class:`nndesk.engine.Network`.

    ``ReferenceNetwork([2, 3, 2], eta=0.09, alpha=0.015, seed=1)`` is the article's half adder, from the same
    initial weights as the article's code after ``np.random.seed(1)``. Slow (tens of microseconds a row) and
    plain: read it beside the article.
    """

    def __init__(self, topology: Sequence[int], *, eta: float = 0.09, alpha: float = 0.015,
                 seed: int | None = None, activations: str | Sequence[str] | None = None) -> None:
        self.topology = check_topology(topology)
        self._acts = check_activations(activations, len(self.topology) - 1)
        self.eta, self.alpha = eta, alpha
        self.seed = check_seed(seed)
        self._W = [w.tolist() for w in draw_weights(self.topology, self.seed)]
        self._D = [[[0.0] * len(row) for row in w] for w in self._W]
        self.epochs = 0

    @property
    def eta(self) -> float:
        return self._eta

    @eta.setter
    def eta(self, value: float) -> None:
        self._eta = check_rate("eta (the learning rate)", value)

    @property
    def alpha(self) -> float:
        return self._alpha

    @alpha.setter
    def alpha(self, value: float) -> None:
        self._alpha = check_rate("alpha (the momentum)", value)

    @property
    def activations(self) -> tuple[str, ...]:
        return tuple(a.name for a in self._acts)

    @property
    def threshold(self) -> float:
        """An output above this counts as 1 (0.5, or 0.0 for a tanh output layer), as the article's 0.5."""
        return self._acts[-1].threshold

    # -- weights, as numpy arrays at the boundary (the layout of Network) ---------------------------------------

    def get_weights(self) -> list[np.ndarray]:
        """``weights[l]`` of shape ``(n[l+1], n[l] + 1)``, bias column last."""
        return [np.array(w, dtype=np.float64) for w in self._W]

    def set_weights(self, weights: Sequence[np.ndarray]) -> None:
        """Replace the weights (shapes and finite values checked) and reset the momentum to zero."""
        self._W = [w.tolist() for w in check_matrices(self.topology, weights, "weights")]
        self._D = [[[0.0] * len(row) for row in w] for w in self._W]

    def get_momenta(self) -> list[np.ndarray]:
        """Each weight's previous change, same shapes as the weights."""
        return [np.array(d, dtype=np.float64) for d in self._D]

    def set_momenta(self, momenta: Sequence[np.ndarray]) -> None:
        self._D = [d.tolist() for d in check_matrices(self.topology, momenta, "momenta")]

    def copy(self) -> ReferenceNetwork:
        """An independent network with the same weights, momenta, settings and epoch count."""
        twin = ReferenceNetwork(self.topology, eta=self.eta, alpha=self.alpha, seed=0, activations=self.activations)
        twin.seed, twin.epochs = self.seed, self.epochs
        twin.set_weights(self.get_weights())
        twin.set_momenta(self.get_momenta())
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
            raise ValueError(f"epochs must be a whole number of 0 or more, not {epochs!r}")
        if stop_below is not None and math.isnan(stop_below):
            raise ValueError("stop_below must be a number, not NaN")
        if margin is not None:
            margin = check_rate("margin", margin)
        rows = list(zip(x.tolist(), t.tolist(), strict=True))
        stop = -math.inf if stop_below is None else float(stop_below)
        errors: list[float] = []
        why = STOP_NONE
        while len(errors) < epochs and why == STOP_NONE:
            epoch_error, all_right = 0.0, True
            for row_x, row_t in rows:
                err, out = train_row(self._W, self._D, self._acts, row_x, row_t, self.eta, self.alpha)
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
                what = "the error" if why == STOP_NONFINITE else "a weight"
                advice = causes_text(likely_causes(self.eta, self.alpha, x, t))
                raise DivergenceError(len(errors), np.array(errors), f"{what} became NaN or infinite", advice)
        return np.array(errors, dtype=np.float64), why


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
)
