"""Which logic gate did a hidden neuron learn: the closest Boolean function of the inputs, by name.

A hidden neuron's output, thresholded over the training rows, is a truth column. For two inputs we name the
closest of the 16 Boolean functions of A and B (Hamming distance over the rows present; ties go to the
simpler name; "≈" when no function matches every row). For one input the choice is FALSE, A, NOT A, TRUE.
Beyond two inputs a constant, a single (possibly negated) input or a gate of two of the inputs is named when
it matches exactly; other columns of at most LONGEST_COLUMN rows are written out as 0/1 over the rows in table
order, in groups of four ("0110 1001"), longer ones by how many rows they are on in ("on in 6 of 16 rows"):
a string of sixteen digits does not fit under a neuron.
Inputs count as 1 above 0.5, as the prediction panel's toggles do.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from nndesk.engine import Network
from nndesk.engine.activations import activation
from nndesk.engine.wording import translate

APPROX = "≈ "
LONGEST_COLUMN = 8  # rows written out as 0/1 digits; beyond, the count of rows the neuron is on in

# The 16 functions of two inputs, simplest first: the order breaks ties between equally close functions.
# Each is a template over the input names {A} and {B}, with its truth function.
TWO_INPUT_GATES: tuple[tuple[str, Callable[[bool, bool], bool]], ...] = (
    ("FALSE", lambda a, b: False),
    ("TRUE", lambda a, b: True),
    ("{A}", lambda a, b: a),
    ("{B}", lambda a, b: b),
    ("NOT {A}", lambda a, b: not a),
    ("NOT {B}", lambda a, b: not b),
    ("AND", lambda a, b: a and b),
    ("OR", lambda a, b: a or b),
    ("NAND", lambda a, b: not (a and b)),
    ("NOR", lambda a, b: not (a or b)),
    ("{A} AND NOT {B}", lambda a, b: a and not b),
    ("(NOT {A}) AND {B}", lambda a, b: (not a) and b),  # brackets: "NOT A AND B" reads as NOT (A AND B) too
    ("{A} OR NOT {B}", lambda a, b: a or not b),
    ("(NOT {A}) OR {B}", lambda a, b: (not a) or b),
    ("XOR", lambda a, b: a != b),
    ("XNOR", lambda a, b: a == b),
)
ONE_INPUT_GATES: tuple[tuple[str, Callable[[bool], bool]], ...] = (
    ("FALSE", lambda a: False),
    ("TRUE", lambda a: True),
    ("{A}", lambda a: a),
    ("NOT {A}", lambda a: not a),
)


@dataclass(frozen=True)
class GateName:
    """The name of the function closest to a truth column, and how many rows disagree with it."""

    name: str  # e.g. "NAND", "A AND NOT B", "0110 1001"
    mismatches: int  # rows where the neuron differs from the named function (0: exact)

    @property
    def exact(self) -> bool:
        return self.mismatches == 0

    def __str__(self) -> str:
        return self.name if self.exact else APPROX + self.name


def truth_column_text(bits: Sequence[bool]) -> str:
    """``[0, 1, 1, 0, 1]`` -> ``"0110 1"``: the column over the rows, in groups of four."""
    digits = "".join("1" if b else "0" for b in bits)
    return " ".join(digits[k : k + 4] for k in range(0, len(digits), 4))


def name_gate(inputs: np.ndarray, outputs: Sequence[bool], input_names: Sequence[str] | None = None) -> GateName:
    """The closest named function of the inputs to ``outputs``.

    ``inputs`` has shape (rows, n_inputs); ``outputs`` one truth value per row (already thresholded).
    ``input_names`` default to A, B, C, ...
    """
    x = np.asarray(inputs, dtype=np.float64) > 0.5
    y = [bool(v) for v in outputs]
    if x.ndim != 2 or x.shape[0] != len(y):
        raise ValueError(translate("TruthTable", "need one output per row: {0} rows, {1} outputs").format(
            x.shape[0] if x.ndim == 2 else 0, len(y)))
    n_in = x.shape[1]
    names = list(input_names) if input_names is not None else [chr(ord("A") + k) for k in range(n_in)]
    rows = [tuple(bool(v) for v in row) for row in x]
    if n_in == 2:
        return _closest(TWO_INPUT_GATES, rows, y, names)
    if n_in == 1:
        return _closest(ONE_INPUT_GATES, rows, y, names)
    for gate in [*_simple_gates(n_in, names), *_pair_gates(n_in, names)]:
        if all(gate[1](row) == out for row, out in zip(rows, y, strict=True)):
            return GateName(gate[0], 0)
    if len(y) <= LONGEST_COLUMN:
        return GateName(truth_column_text(y), 0)
    return GateName(translate("Gates", "on in {0} of {1} rows").format(sum(y), len(y)), 0)


def _closest(gates, rows, y, names) -> GateName:
    best: GateName | None = None
    for template, f in gates:
        misses = sum(f(*row) != out for row, out in zip(rows, y, strict=True))
        if best is None or misses < best.mismatches:
            best = GateName(template.format(A=names[0], B=names[-1]), misses)
    assert best is not None
    return best


def _simple_gates(n_in: int, names: Sequence[str]) -> list[tuple[str, Callable]]:
    gates: list[tuple[str, Callable]] = [("FALSE", lambda row: False), ("TRUE", lambda row: True)]
    for k in range(n_in):
        gates.append((names[k], lambda row, k=k: row[k]))
        gates.append((f"NOT {names[k]}", lambda row, k=k: not row[k]))
    return gates


def _pair_gates(n_in: int, names: Sequence[str]) -> list[tuple[str, Callable]]:
    """The two-input gates (AND, XOR, A AND NOT B, ...) of every pair of inputs, named after the pair."""
    gates: list[tuple[str, Callable]] = []
    for j in range(n_in):
        for k in range(j + 1, n_in):
            for template, f in TWO_INPUT_GATES[6:]:  # past the constants and single inputs: _simple_gates has them
                name = template.format(A=names[j], B=names[k])
                if "{" not in template:  # AND, OR, ...: name the inputs
                    name = f"{names[j]} {template} {names[k]}"
                gates.append((name, lambda row, j=j, k=k, f=f: f(row[j], row[k])))
    return gates


def hidden_gates(
    net: Network, inputs: np.ndarray, input_names: Sequence[str] | None = None
) -> list[list[GateName]]:
    """The gate each hidden neuron computes over the rows ``inputs`` (rows, n_in).

    ``result[h][i]`` names neuron ``i`` of hidden layer ``h + 1``; each is thresholded at its layer's
    activation threshold (0.5 for sigmoid, 0 for tanh). Empty for a network without hidden layers.
    """
    x = np.asarray(inputs, dtype=np.float64)
    result = []
    for h, outputs in enumerate(hidden_outputs(net, x), start=1):
        on = outputs > activation(net.activations[h - 1]).threshold
        result.append([name_gate(x, on[:, i].tolist(), input_names) for i in range(net.topology[h])])
    return result


def hidden_outputs(net: Network, inputs: np.ndarray) -> list[np.ndarray]:
    """Each hidden layer's outputs for a batch of rows: ``result[h]`` has shape (rows, n[h + 1]).

    One matrix product per layer (numpy's order of summation: equal to the article's to rounding, which is
    all that thresholding needs; :func:`nndesk.engine.trace.forward_trace` gives the exact values).
    """
    a = np.asarray(inputs, dtype=np.float64)
    layers = []
    with np.errstate(all="ignore"):  # a diverged network's NaN simply count as "off"
        for w, name in zip(net.get_weights()[:-1], net.activations[:-1], strict=True):
            a = activation(name).array(a @ w[:, :-1].T + w[:, -1])
            layers.append(a)
    return layers
