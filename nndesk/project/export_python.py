"""A trained network as a standalone Python file: the weights as literals, a forward pass with ``math`` only.

The file runs anywhere Python 3 runs, without nndesk or numpy: ``python adder.py 0 1`` prints the outputs
for those inputs, ``python adder.py`` the whole table it learned; ``import adder; adder.predict([0, 1])``
gives the raw outputs. Its docstring states the topology, the activations and the table.

Its forward pass is :func:`nndesk.engine.reference.forward` written out: sums from 0.0, left to right, the bias
weight last, and the same activation formulas, so it gives the reference's outputs bit for bit (tested).
"""

from __future__ import annotations

import nndesk
from nndesk.engine import Network
from nndesk.engine.wording import count
from nndesk.project.truth_table import TruthTable, format_value

_ACTIVATION_SOURCE = {
    "sigmoid": "1.0 / (1.0 + math.exp(-x)) if x >= -709.782712893384 else math.exp(x)",  # no overflow
    "tanh": "math.tanh(x)",
    "relu": "x if x > 0.0 else 0.0",
    "linear": "x",
}


def _table_lines(table: TruthTable) -> list[str]:
    widths = [max(len(n), 1) for n in table.column_names]
    cells = [n.rjust(w) for n, w in zip(table.column_names, widths, strict=True)]
    k = table.n_inputs
    lines = [f"    {' '.join(cells[:k])} | {' '.join(cells[k:])}"]
    for row in table.rows:
        vals = [format_value(v).rjust(w) for v, w in zip(row, widths, strict=True)]
        lines.append(f"    {' '.join(vals[:k])} | {' '.join(vals[k:])}")
    return lines


def _matrix_source(w: list[list[float]]) -> str:
    rows = ",\n".join("        [" + ", ".join(repr(float(v)) for v in row) + "]" for row in w)
    return "    [\n" + rows + ",\n    ]"


def python_source(net: Network, table: TruthTable, title: str = "network") -> str:
    """The source of a module computing ``net``'s outputs for ``table``'s inputs and targets' names."""
    topology = "-".join(map(str, net.topology))
    acts = ", ".join(net.activations)
    doc = [
        f"The {title} trained with nndesk {nndesk.__version__}: a {topology} network ({acts}).",
        "",
        f"Inputs: {', '.join(table.input_names)}. Outputs: {', '.join(table.target_names)}.",
        f"Trained for {count(net.epochs, 'epoch')} (learning rate {net.eta:g}, momentum {net.alpha:g}). "
        f"An output above {net.threshold:g} counts as 1.",
        "",
        "The table it learned (x: a don't-care):",
        "",
        *_table_lines(table),
        "",
        "WEIGHTS[l][i] are the weights into neuron i of layer l + 1, one per neuron of layer l, the bias weight",
        "last. Run  python THIS_FILE 0 1  to see the outputs for inputs 0 1, or with no arguments for the table.",
    ]
    # user's names may hold quotes or backslashes: escaped, they cannot end the docstring early
    docstring = '"""' + "\n".join(doc).replace("\\", "\\\\").replace('"""', '\\"\\"\\"') + '\n"""'
    weights = ",\n".join(_matrix_source(w.tolist()) for w in net.get_weights())
    functions = "\n".join(
        f"def _{name}(x):\n    return {_ACTIVATION_SOURCE[name]}\n\n" for name in sorted(set(net.activations)))
    layers = ", ".join(f"_{a}" for a in net.activations)
    rows = ", ".join("[" + ", ".join(repr(v) for v in row[: table.n_inputs]) + "]" for row in table.rows)
    return docstring + f'''

import math
import sys

INPUTS = {list(table.input_names)!r}
OUTPUTS = {list(table.target_names)!r}
THRESHOLD = {net.threshold!r}
WEIGHTS = [
{weights},
]
TABLE_INPUTS = [{rows}]


{functions}
_LAYERS = [{layers}]


def predict(inputs):
    """The raw outputs (a list of floats) for one row of {table.n_inputs} input values."""
    a = [float(v) for v in inputs]
    if len(a) != len(INPUTS):
        raise ValueError(f"expected {{len(INPUTS)}} inputs ({{', '.join(INPUTS)}}), got {{len(a)}}")
    for w, f in zip(WEIGHTS, _LAYERS):
        out = []
        for row in w:
            s = 0.0
            for x, wx in zip(a, row):
                s += x * wx
            out.append(f(s + row[-1]))
        a = out
    return a


def predict_bits(inputs):
    """The outputs as 0/1: 1 where the raw output is above THRESHOLD."""
    return [int(o > THRESHOLD) for o in predict(inputs)]


def _usage(problem):
    names = " ".join(INPUTS)
    print(f"{{problem}}. Usage: python {{sys.argv[0]}} [{{names}}]: {{len(INPUTS)}} input values "
          "for one row, or none for the whole table", file=sys.stderr)
    return 2


def _main(argv):
    if argv and len(argv) != len(INPUTS):
        return _usage(f"expected {{len(INPUTS)}} input values, got {{len(argv)}}")
    try:
        rows = [[float(v) for v in argv]] if argv else TABLE_INPUTS
    except ValueError:
        return _usage(f"the inputs must be numbers, not {{' '.join(argv)}}")
    print(" ".join(INPUTS), "|", " ".join(OUTPUTS))
    for row in rows:
        outs = predict(row)
        print(" ".join(f"{{v:g}}" for v in row), "|", " ".join(f"{{o:.4f}}" for o in outs),
              "->", " ".join(str(b) for b in predict_bits(row)))
    return 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
'''
