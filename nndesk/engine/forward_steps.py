"""One forward pass, neuron by neuron, with every number a hand calculation needs: the forward-pass dock's engine.

For each neuron of each layer after the inputs, :func:`forward_steps` gives the products ``out_j · w_j`` of its
inputs (the bias neuron's output 1 times the bias weight last), their sum ``s`` taken left to right from 0,
and the activation's value ``f(s)``. The arithmetic is :func:`nndesk.engine.reference.weighted_sum`, the one
the reference's own forward pass uses, so the outputs are the reference's (and the trainers'), bit for bit.

Layer indices as in :mod:`nndesk.engine.trace`: ``weights[l][i, j]`` goes from neuron ``j`` of layer ``l`` into
neuron ``i`` of layer ``l + 1``; ``j = n[l]`` is the bias neuron.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from nndesk.engine import reference
from nndesk.engine.activations import activation
from nndesk.engine.network import Network
from nndesk.engine.wording import translate

# The activations' formulas in the user's notation, s being the neuron's sum.
FORMULAS = {
    "sigmoid": "1 / (1 + e^(−s))",
    "tanh": "(e^s − e^(−s)) / (e^s + e^(−s))",
    "relu": "max(0, s)",
    "linear": "s",
}


@dataclass(frozen=True)
class NeuronStep:
    """Neuron ``i`` of layer ``layer`` (>= 1) in one forward pass.

    ``inputs`` are the outputs of the layer below and the bias neuron's 1 (length n[layer - 1] + 1), ``weights``
    the neuron's incoming weights in the same order, ``products[j] = inputs[j] * weights[j]``, ``total`` their
    sum from 0, left to right, and ``output = f(total)`` with ``f`` the layer's ``activation``.
    """

    layer: int
    i: int
    inputs: tuple[float, ...]
    weights: tuple[float, ...]
    products: tuple[float, ...]
    total: float
    activation: str
    output: float

    @property
    def bias_weight(self) -> float:
        return self.weights[-1]

    @property
    def formula(self) -> str:
        return FORMULAS.get(self.activation, f"{self.activation}(s)")


def forward_steps(net: Network, inputs_row: Sequence[float]) -> list[list[NeuronStep]]:
    """The forward pass of ``net`` for one row of ``n[0]`` inputs: ``steps[l - 1][i]`` is neuron ``i`` of layer
    ``l``."""
    return steps_for(net.get_weights(), net.activations, inputs_row)


def steps_for(weights: Sequence[np.ndarray], activations: Sequence[str], inputs_row: Sequence[float]
              ) -> list[list[NeuronStep]]:
    """:func:`forward_steps` for ``weights[l]`` of shape (n[l+1], n[l] + 1) and one activation name per layer."""
    below = [float(v) for v in np.asarray(inputs_row, dtype=np.float64).ravel()]
    if len(weights) and len(below) != weights[0].shape[1] - 1:
        raise ValueError(translate("Network", "inputs must be {0} numbers, got {1}").format(
            weights[0].shape[1] - 1, len(below)))
    layers = []
    for layer, (w, name) in enumerate(zip(weights, activations, strict=True), start=1):
        act = activation(name)
        outs = [*below, 1.0]  # the bias neuron's output is 1
        steps = []
        for i, w_row in enumerate(w.tolist()):
            products, total = reference.weighted_sum(outs, w_row)
            steps.append(NeuronStep(layer, i, tuple(outs), tuple(w_row), tuple(products), total, name,
                                    act.scalar(total)))
        layers.append(steps)
        below = [s.output for s in steps]
    return layers
