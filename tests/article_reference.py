"""An independent object-per-neuron implementation of the article's network, used as the test oracle.

The package's own specification is :class:`nndesk.engine.ReferenceNetwork` (plain lists, one function per
step). This file is written the other way, as the article builds it, with objects: the two are checked against
each other (tests/test_engine_exact.py) and against the article's numbers, and this one stays the honest
baseline of ``benchmarks/engine.py``.

The article (/work/shared/seed) builds a network out of Python objects: a ``Connection`` holds one weight and
its previous change (the momentum term), a ``Neuron`` holds the connections into it, and a ``Network`` is a
list of layers, every layer ending with a bias neuron whose output is 1. Training is online backpropagation:
after each row, every neuron (output layer first) updates each incoming weight and then sends its error back
through the *new* weight.

This module follows that arithmetic operation by operation so that results can be compared bit for bit:

* feed forward: ``s = 0``, then ``s = s + output_j * weight_j`` left to right, the bias neuron (output 1)
  last; ``output = f(s)``.
* backpropagation: ``gradient = error * f'(output)`` (the derivative written in terms of the output);
  for each incoming connection, ``dWeight = eta * (connected_output * gradient) + alpha * dWeight``,
  ``weight = weight + dWeight``, ``connected.error += weight * gradient``; then ``error = 0``.
* row error: ``sqrt(sum((t - o) ** 2) / n_outputs)``; epoch error: left-to-right sum of the row errors.

Everything is Python floats and ``math``; numpy is used only for the article's ``np.random.normal()`` draws.
It is also the honest baseline of ``benchmarks/engine.py``: written plainly, with no tricks the article
does not have and none that slow it down.

Weights are exchanged in the layout of the vectors file and of ``nndesk.engine``: ``W[l][i][j]`` is the
weight into neuron ``i`` of layer ``l + 1`` from neuron ``j`` of layer ``l``, the last ``j`` being the bias.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

import numpy as np


# Each activation is (function of the weighted sum, derivative written in terms of the output, threshold).
def _sigmoid(x: float) -> float:
    return 1 / (1 + math.exp(-x * 1.0))


def _sigmoid_derivative(out: float) -> float:
    return out * (1.0 - out)


def _tanh_derivative(out: float) -> float:
    return 1 - out * out


def _relu(x: float) -> float:
    return x if x > 0 else 0.0


def _relu_derivative(out: float) -> float:
    return 1.0 if out > 0 else 0.0


def _linear(x: float) -> float:
    return x


def _linear_derivative(out: float) -> float:
    return 1.0


ACTIVATIONS: dict[str, tuple[Callable[[float], float], Callable[[float], float], float]] = {
    "sigmoid": (_sigmoid, _sigmoid_derivative, 0.5),
    "tanh": (math.tanh, _tanh_derivative, 0.0),
    "relu": (_relu, _relu_derivative, 0.5),
    "linear": (_linear, _linear_derivative, 0.5),
}

Weights = list[list[list[float]]]


class Connection:
    """A weighted link from ``connected`` (a neuron of the previous layer) into the neuron that owns it."""

    def __init__(self, connected: Neuron, weight: float) -> None:
        self.connected = connected
        self.weight = weight
        self.d_weight = 0.0  # the previous change of the weight, for the momentum term


class Neuron:
    """One neuron: its incoming connections, its output, and the error sent back to it.

    Input and bias neurons have no connections; their output is set from outside (bias: 1.0).
    """

    def __init__(self, previous_layer: list[Neuron] | None, activation: str, normal: Callable[[], float]):
        self.connections: list[Connection] = []
        self.error = 0.0
        self.gradient = 0.0
        self.output = 0.0
        self.activate, self.derivative, _ = ACTIVATIONS[activation]
        for neuron in previous_layer or []:
            self.connections.append(Connection(neuron, float(normal())))

    def add_error(self, err: float) -> None:
        self.error = self.error + err

    def feed_forward(self) -> None:
        if not self.connections:
            return
        total = 0.0
        for con in self.connections:
            total = total + con.connected.output * con.weight
        self.output = self.activate(total)

    def back_propagate(self, eta: float, alpha: float) -> None:
        self.gradient = self.error * self.derivative(self.output)
        for con in self.connections:
            con.d_weight = eta * (con.connected.output * self.gradient) + alpha * con.d_weight
            con.weight = con.weight + con.d_weight
            # The error goes back through the weight just updated, as in the article.
            con.connected.add_error(con.weight * self.gradient)
        self.error = 0.0


class Network:
    """The article's network with per-instance ``eta``/``alpha`` and a choice of activation per layer.

    topology: neurons per layer without bias, e.g. ``[2, 3, 2]``.
    activations: None (all sigmoid), one name, or one name per non-input layer.
    normal: source of initial weights, called once per connection in the article's order (layer by layer,
            neuron by neuron, bias connection last). The default is the global ``np.random.normal``, exactly
            as the article, so ``np.random.seed(s)`` before construction reproduces its weights.
    """

    def __init__(
        self,
        topology: Sequence[int],
        *,
        eta: float = 0.09,
        alpha: float = 0.015,
        activations: str | Sequence[str] | None = None,
        normal: Callable[[], float] = np.random.normal,
    ) -> None:
        if activations is None or isinstance(activations, str):
            activations = [activations or "sigmoid"] * (len(topology) - 1)
        self.eta = eta
        self.alpha = alpha
        self.threshold = ACTIVATIONS[activations[-1]][2]
        self.layers: list[list[Neuron]] = []
        for index, count in enumerate(topology):
            previous = self.layers[-1] if self.layers else None
            activation = activations[index - 1] if index else "sigmoid"
            layer = [Neuron(previous, activation, normal) for _ in range(count)]
            bias = Neuron(None, activation, normal)
            bias.output = 1.0
            layer.append(bias)
            self.layers.append(layer)

    # -- the article's steps -------------------------------------------------------------------------
    def set_input(self, inputs: Sequence[float]) -> None:
        for neuron, value in zip(self.layers[0][:-1], inputs, strict=True):
            neuron.output = float(value)

    def feed_forward(self) -> None:
        for layer in self.layers[1:]:
            for neuron in layer:
                neuron.feed_forward()

    def back_propagate(self, target: Sequence[float]) -> None:
        for neuron, t in zip(self.layers[-1][:-1], target, strict=True):
            neuron.error = t - neuron.output
        for layer in reversed(self.layers):
            for neuron in layer:
                neuron.back_propagate(self.eta, self.alpha)

    def get_error(self, target: Sequence[float]) -> float:
        err = 0.0
        for neuron, t in zip(self.layers[-1][:-1], target, strict=True):
            e = t - neuron.output
            err = err + e**2
        err = err / len(target)
        return math.sqrt(err)

    def get_results(self) -> list[float]:
        return [neuron.output for neuron in self.layers[-1][:-1]]

    def get_thresholded_results(self) -> list[int]:
        return [1 if o > self.threshold else 0 for o in self.get_results()]

    # -- training loops ------------------------------------------------------------------------------
    def train_epoch(self, inputs: Sequence[Sequence[float]], targets: Sequence[Sequence[float]]) -> float:
        """One online pass over the rows; returns the article's epoch error (sum of row RMS errors)."""
        err = 0.0
        for row, target in zip(inputs, targets, strict=True):
            self.set_input(row)
            self.feed_forward()
            self.back_propagate(target)
            err = err + self.get_error(target)
        return err

    def train(
        self,
        inputs: Sequence[Sequence[float]],
        targets: Sequence[Sequence[float]],
        epochs: int,
        stop_below: float | None = None,
    ) -> list[float]:
        """Up to ``epochs`` epochs; stops after the first epoch whose error < ``stop_below``."""
        errors = []
        for _ in range(epochs):
            err = self.train_epoch(inputs, targets)
            errors.append(err)
            if stop_below is not None and err < stop_below:
                break
        return errors

    def predict(self, row: Sequence[float]) -> list[float]:
        self.set_input(row)
        self.feed_forward()
        return self.get_results()

    # -- weights in the W[l][i][j] layout ------------------------------------------------------------
    def get_weights(self) -> Weights:
        return [[[c.weight for c in n.connections] for n in layer[:-1]] for layer in self.layers[1:]]

    def get_momenta(self) -> Weights:
        return [[[c.d_weight for c in n.connections] for n in layer[:-1]] for layer in self.layers[1:]]

    def set_weights(self, weights: Sequence) -> None:
        """Sets every weight from ``W[l][i][j]`` (nested lists or arrays) and resets the momentum."""
        for layer, w_layer in zip(self.layers[1:], weights, strict=True):
            for neuron, w_row in zip(layer[:-1], w_layer, strict=True):
                for con, w in zip(neuron.connections, w_row, strict=True):
                    con.weight = float(w)
                    con.d_weight = 0.0
