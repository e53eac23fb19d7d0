"""One training row at a time, with every number the article computes on the way: the step-through's engine.

:func:`step_row` performs the article's online update of one row on a :class:`Network`, in exactly the
operation order of the generated trainer (:mod:`nndesk.engine._codegen`), so stepping the rows of an epoch
one by one gives the same weights, momenta and epoch error as ``net.train(x, t, 1)``, bit for bit. On the
way it records what a student wants to see: each layer's outputs, each neuron's error and gradient, and per
connection the input, the old weight, the previous change, the new change, the new weight and the error
sent back through the new weight. Plain Python floats, like the article: a row of a small network costs
tens of microseconds.

Layer indices: ``outputs[0]`` are the inputs; ``outputs[l]`` (l >= 1) the outputs of layer ``l``. A
connection ``(l, i, j)`` is the weight ``weights[l][i, j]``: from neuron ``j`` of layer ``l`` (``j = n[l]``
is the bias neuron) into neuron ``i`` of layer ``l + 1``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from nndesk.engine.activations import activation
from nndesk.engine.network import Network


@dataclass(frozen=True)
class ConnectionTrace:
    """One weight's update in one row: ``d_new = eta * (a * g) + alpha * d_prev``, ``w_new = w_old + d_new``.

    ``sent_back`` is ``w_new * g``, the share of the error that neuron ``j`` below receives (0.0 for the
    bias neuron and for input neurons, which receive nothing).
    """

    layer: int
    i: int
    j: int
    a: float  # the output of neuron j below (1.0 for the bias neuron)
    g: float  # the gradient of neuron i above
    w_old: float
    d_prev: float
    d_new: float
    w_new: float
    sent_back: float


@dataclass(frozen=True)
class RowTrace:
    """Everything one online update of one row computed.

    ``outputs[l]``: outputs of layer ``l`` before the update (``outputs[0]`` = the inputs), tuples of floats.
    ``errors[l]`` and ``gradients[l]`` for l >= 1: each neuron's error (``t - o`` on the output layer, the sum
    of what the layer above sent back elsewhere) and gradient ``error * f'(o)``; index 0 is empty.
    ``connections[(l, i, j)]``: the :class:`ConnectionTrace` of that weight.
    ``row_error``: ``sqrt(mean((t - o) ** 2))`` over the outputs, taken before the update.
    """

    inputs: tuple[float, ...]
    targets: tuple[float, ...]
    outputs: tuple[tuple[float, ...], ...]
    errors: tuple[tuple[float, ...], ...]
    gradients: tuple[tuple[float, ...], ...]
    connections: dict[tuple[int, int, int], ConnectionTrace]
    row_error: float
    eta: float
    alpha: float

    def connection(self, layer: int, i: int, j: int) -> ConnectionTrace:
        return self.connections[(layer, i, j)]


def _row(values: object, width: int, what: str) -> list[float]:
    row = np.asarray(values, dtype=np.float64).ravel()
    if row.size != width:
        raise ValueError(f"{what} must be {width} numbers, got {row.size}")
    return row.tolist()


def forward_trace(net: Network, inputs_row: Sequence[float]) -> tuple[tuple[float, ...], ...]:
    """Outputs of every layer for one row, without training: ``result[0]`` is the inputs, ``result[-1]`` the outputs.

    Sums are taken left to right with the bias last, as the article's neurons do.
    """
    sizes = net.topology
    a = _row(inputs_row, sizes[0], "inputs")
    layers = [tuple(a)]
    for w, act in zip(net.get_weights(), _activations(net), strict=True):
        a = [act.scalar(_weighted_sum(row, a)) for row in w.tolist()]
        layers.append(tuple(a))
    return tuple(layers)


def _weighted_sum(w_row: list[float], a: list[float]) -> float:
    """``a[0] * w[0] + a[1] * w[1] + ... + w[bias]``, left to right; 0 inputs add nothing, 1 inputs add w."""
    total: float | None = None
    for x, w in zip(a, w_row, strict=False):
        if x == 0.0:
            continue  # the generated trainer leaves these out: 0 * w adds a signed zero, no value
        term = w if x == 1.0 else x * w
        total = term if total is None else total + term
    bias = w_row[-1]
    return bias if total is None else total + bias


def _row_error(q: list[float], cared: list[int]) -> float:
    if not cared:
        return 0.0
    total = 0.0
    for n, k in enumerate(cared):
        try:
            square = q[k] ** 2
        except OverflowError:
            square = math.inf
        total = square if n == 0 else total + square
    return math.sqrt(total / float(len(cared)))


def _activations(net: Network) -> list:
    return [activation(name) for name in net.activations]


def step_row(net: Network, inputs_row: Sequence[float], targets_row: Sequence[float]) -> RowTrace:
    """Train ``net`` on one row (the article's online update) and return everything it computed.

    A NaN target is a don't-care: that output sends no error and the row error is over the other outputs.
    The weights and momenta of ``net`` are replaced; ``net.epochs`` is left alone (the caller counts rows).
    Raises ValueError for a row of the wrong width or with non-finite inputs.
    """
    sizes = net.topology
    x = _row(inputs_row, sizes[0], "inputs")
    t = _row(targets_row, sizes[-1], "targets")
    if not all(math.isfinite(v) for v in x):
        raise ValueError("inputs must be finite numbers")
    acts = _activations(net)
    W = [w.tolist() for w in net.get_weights()]
    D = [d.tolist() for d in net.get_momenta()]
    eta, alpha = net.eta, net.alpha
    outputs = forward_trace(net, x)
    top = len(sizes) - 1
    out = outputs[top]
    cared = [k for k in range(sizes[top]) if not math.isnan(t[k])]
    q = [0.0 if math.isnan(t[k]) else (-out[k] if t[k] == 0.0 else t[k] - out[k]) for k in range(sizes[top])]
    row_error = _row_error(q, cared)
    errors: list[tuple[float, ...]] = [()] * (top + 1)
    gradients: list[tuple[float, ...]] = [()] * (top + 1)
    connections: dict[tuple[int, int, int], ConnectionTrace] = {}
    err = q
    for layer in range(top, 0, -1):
        below = layer - 1
        act = acts[below]
        a = [*outputs[below], 1.0]
        o = outputs[layer]
        sent: list[float | None] = [None] * sizes[below]
        grads = []
        for i in range(sizes[layer]):
            g = err[i] * act.derivative_scalar(o[i])
            grads.append(g)
            w_row, d_row = W[below][i], D[below][i]
            for j in range(sizes[below] + 1):
                w_old, d_prev = w_row[j], d_row[j]
                d_new = _change(eta, alpha, a[j], g, d_prev)
                w_new = w_old + d_new
                w_row[j], d_row[j] = w_new, d_new
                back = 0.0
                if below > 0 and j < sizes[below]:
                    back = w_new * g
                    sent[j] = back if sent[j] is None else sent[j] + back
                connections[(below, i, j)] = ConnectionTrace(below, i, j, a[j], g, w_old, d_prev, d_new, w_new, back)
        errors[layer] = tuple(err)
        gradients[layer] = tuple(grads)
        err = [0.0 if s is None else s for s in sent]
    shapes = [w.shape for w in net.get_weights()]
    new_d = [np.array(d).reshape(s) for d, s in zip(D, shapes, strict=True)]
    net.set_weights([np.array(w).reshape(s) for w, s in zip(W, shapes, strict=True)])
    net.set_momenta(new_d)  # set_weights zeroed them: the momentum carries on into the next row
    return RowTrace(tuple(x), tuple(t), outputs, tuple(errors), tuple(gradients), connections, row_error,
                    eta, alpha)


def _change(eta: float, alpha: float, a: float, g: float, d_prev: float) -> float:
    """``eta * (a * g) + alpha * d_prev``, folded as the generated trainer folds it.

    For ``a`` exactly 1 (the bias, 0/1 inputs) ``eta * g`` is computed (1 * g is g exactly), and for ``a``
    exactly 0 only ``alpha * d_prev`` (eta * (0 * g) is a signed zero): the same values either way.
    """
    if a == 1.0:
        return eta * g + alpha * d_prev
    if a == 0.0:
        return alpha * d_prev
    return eta * (a * g) + alpha * d_prev
