"""Activation functions, each with its derivative written in terms of the neuron's output, as the article does.

Every activation is a small frozen object with faces of the same function:

- ``scalar(x)``  one Python float (the exact arithmetic of the article for sigmoid), never raising;
- ``array(x)``   a float64 ndarray, elementwise, with the same values as ``scalar``;
- ``derivative_expr``  the derivative as Python source text, for the generated straight-line trainer.

``derivative_*`` take the *output* ``o`` of the neuron (the article's ``dSigmoid(o) = o * (1.0 - o)``).
``threshold`` is where an output counts as 1: the middle of the activation's natural 0/1 range.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from nndesk.engine.wording import translate

# Below this, math.exp(-x) overflows: the article's sigmoid raises OverflowError there.
_EXP_LIMIT = 709.782712893384  # math.log(sys.float_info.max)


def sigmoid(x: float) -> float:
    """The article's 1 / (1 + e^-x), bit for bit, but defined for every float.

    Where e^-x would overflow (x < -709.78) the true value is below 1e-308 and equals e^x to within
    rounding, so we return that instead of raising.
    """
    if x < -_EXP_LIMIT:
        return math.exp(x)
    return 1 / (1 + math.exp(-x * 1.0))


def square(e: float) -> float:
    """``e ** 2`` as the article writes it, but infinite where Python's ``**`` would raise OverflowError."""
    try:
        return e**2
    except OverflowError:
        return math.inf


def sigmoid_array(x: np.ndarray) -> np.ndarray:
    """Elementwise :func:`sigmoid` for a float64 array (same formula; overflow gives the limit, silently)."""
    with np.errstate(over="ignore"):
        out = 1.0 / (1.0 + np.exp(-x))
    low = x < -_EXP_LIMIT
    if low.any():
        out[low] = np.exp(x[low])
    return out


def _relu(x: float) -> float:
    return x if x > 0.0 else 0.0


@dataclass(frozen=True)
class Activation:
    """One activation function: its values, its derivative in terms of the output, and its threshold."""

    name: str
    scalar: Callable[[float], float]
    array: Callable[[np.ndarray], np.ndarray]
    derivative_scalar: Callable[[float], float]
    derivative_array: Callable[[np.ndarray], np.ndarray]
    threshold: float
    # The derivative as source text for the generated trainer, "{o}" a name holding the output; it must compute
    # exactly what derivative_scalar computes (the conformance test holds it to the reference).
    derivative_expr: str

    def __repr__(self) -> str:
        return f"Activation({self.name!r})"


SIGMOID = Activation(
    name="sigmoid",
    scalar=sigmoid,
    array=sigmoid_array,
    derivative_scalar=lambda o: o * (1.0 - o),
    derivative_array=lambda o: o * (1.0 - o),
    threshold=0.5,
    derivative_expr="{o} * (1.0 - {o})",
)

TANH = Activation(
    name="tanh",
    scalar=math.tanh,
    array=np.tanh,
    derivative_scalar=lambda o: 1.0 - o * o,
    derivative_array=lambda o: 1.0 - o * o,
    threshold=0.0,
    derivative_expr="1.0 - {o} * {o}",
)

RELU = Activation(
    name="relu",
    scalar=_relu,
    array=lambda x: np.where(x > 0.0, x, 0.0),
    derivative_scalar=lambda o: 1.0 if o > 0.0 else 0.0,
    derivative_array=lambda o: (o > 0.0).astype(np.float64),
    threshold=0.5,
    derivative_expr="(1.0 if {o} > 0.0 else 0.0)",
)

LINEAR = Activation(
    name="linear",
    scalar=lambda x: x,
    array=lambda x: x.copy(),
    derivative_scalar=lambda o: 1.0,
    derivative_array=np.ones_like,
    threshold=0.5,
    derivative_expr="1.0",
)

ACTIVATIONS: dict[str, Activation] = {a.name: a for a in (SIGMOID, TANH, RELU, LINEAR)}


def activation(name: str) -> Activation:
    """The activation called ``name`` (one of :data:`ACTIVATIONS`), or a ValueError that lists the choices."""
    try:
        return ACTIVATIONS[name]
    except (KeyError, TypeError):
        choices = ", ".join(ACTIVATIONS)
        raise ValueError(translate("Activations", "unknown activation {0!r}: choose one of {1}").format(
            name, choices)) from None
