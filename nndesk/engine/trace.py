"""One training row at a time, with every number the article computes on the way: the step-through's engine.

:func:`step_row` performs the article's online update of one row on a :class:`Network` with the functions of
:class:`nndesk.engine.reference.ReferenceNetwork` itself, so stepping the rows of an epoch one by one gives
the same weights, momenta and epoch error as the reference's epoch, bit for bit. On the
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

from nndesk.engine import reference
from nndesk.engine.activations import Activation, activation
from nndesk.engine.network import Network
from nndesk.engine.wording import QT_TRANSLATE_NOOP, translate


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
        raise ValueError(translate("Network", "{0} must be {1} numbers, got {2}").format(translate("Network", what),
                                                                                         width, row.size))
    return row.tolist()


def _activations(net: Network) -> list[Activation]:
    return [activation(name) for name in net.activations]


def forward_trace(net: Network, inputs_row: Sequence[float]) -> tuple[tuple[float, ...], ...]:
    """Outputs of every layer for one row, without training: ``result[0]`` is the inputs, ``result[-1]`` the outputs.

    The reference's forward pass (:func:`nndesk.engine.reference.forward`): sums left to right, the bias last.
    """
    x = _row(inputs_row, net.topology[0], QT_TRANSLATE_NOOP("Network", "inputs"))
    weights = [w.tolist() for w in net.get_weights()]
    return tuple(tuple(layer) for layer in reference.forward(weights, _activations(net), x))


def step_row(net: Network, inputs_row: Sequence[float], targets_row: Sequence[float]) -> RowTrace:
    """Train ``net`` on one row (the article's online update) and return everything it computed.

    The steps are the reference's own functions (:mod:`nndesk.engine.reference`), watched as they run. A NaN
    target is a don't-care: that output sends no error and the row error is over the other outputs. The
    weights and momenta of ``net`` are replaced; ``net.epochs`` is left alone (the caller counts rows).
    Raises ValueError for a row of the wrong width or with non-finite inputs.
    """
    sizes = net.topology
    x = _row(inputs_row, sizes[0], QT_TRANSLATE_NOOP("Network", "inputs"))
    t = _row(targets_row, sizes[-1], QT_TRANSLATE_NOOP("Network", "targets"))
    if not all(math.isfinite(v) for v in x):
        raise ValueError(translate("Network", "inputs must be finite numbers"))
    acts = _activations(net)
    shapes = [w.shape for w in net.get_weights()]
    W = [w.tolist() for w in net.get_weights()]
    D = [d.tolist() for d in net.get_momenta()]
    outputs = reference.forward(W, acts, x)
    e = reference.output_errors(outputs[-1], t)
    connections: dict[tuple[int, int, int], ConnectionTrace] = {}

    def record(*numbers: float) -> None:
        trace = ConnectionTrace(*numbers)
        connections[(trace.layer, trace.i, trace.j)] = trace

    errors, gradients = reference.backward(W, D, acts, outputs, e, net.eta, net.alpha, on_connection=record)
    net.set_weights([np.array(w).reshape(s) for w, s in zip(W, shapes, strict=True)])
    net.set_momenta([np.array(d).reshape(s) for d, s in zip(D, shapes, strict=True)])  # set_weights zeroed them
    return RowTrace(tuple(x), tuple(t), tuple(tuple(layer) for layer in outputs),
                    tuple(tuple(v) for v in errors), tuple(tuple(v) for v in gradients), connections,
                    reference.row_error(e, t), net.eta, net.alpha)
