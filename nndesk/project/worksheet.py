"""A printable worksheet for a project: what to compute by hand, with blanks, and the answers (Qt-free content).

:func:`build_worksheet` turns a project into a :class:`Worksheet`: the network's weights rounded to 3 decimals
(the numbers the student is given), the truth table, a forward pass of one chosen row and one online update
of the article for that row, as questions with blanks, and their answers with the working. The answers are
computed from the rounded weights (and rounded momenta), with the engine's own arithmetic
(:func:`nndesk.engine.forward_steps.forward_steps` and :func:`nndesk.engine.trace.step_row`), so a careful hand
calculation from the sheet gives exactly the printed answers. :mod:`nndesk.ui.worksheet_pdf` draws it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from nndesk.engine import Network
from nndesk.engine.forward_steps import NeuronStep, forward_steps
from nndesk.engine.trace import RowTrace, step_row
from nndesk.engine.wording import count
from nndesk.project.project_file import Project
from nndesk.project.truth_table import format_value

DECIMALS = 3  # the weights as printed: the hand calculation starts from these
ANSWER_DECIMALS = 4
MAX_NEURONS = 12  # per layer: a weights table of 13 columns still fits the width of a page
MAX_ROWS = 64


# f′ in terms of the neuron's output o, as the article writes it (nndesk.engine.activations)
DERIVATIVES = {"sigmoid": "o · (1 − o)", "tanh": "1 − o²", "relu": "1 if o > 0, else 0", "linear": "1"}


class WorksheetError(ValueError):
    """A worksheet that cannot be made for this project or row; the message says why, in the user's words."""


@dataclass(frozen=True)
class Blank:
    """One value to fill in: ``question`` (the text before the blank), ``answer`` and how it is worked out."""

    question: str
    answer: float
    working: str = ""

    def answer_text(self) -> str:
        return answer_text(self.answer)


def answer_text(v: float) -> str:
    """An answer as printed: 4 decimals, or 4 significant digits for a number below 0.01 (a small Δw)."""
    if v == 0:
        return "0"
    return f"{v:.{ANSWER_DECIMALS}f}" if abs(v) >= 0.01 else f"{v:.{ANSWER_DECIMALS}g}"


def _a(v: float) -> str:
    """An answer inside a formula: negative ones in parentheses."""
    return f"({answer_text(v)})" if v < 0 else answer_text(v)


@dataclass(frozen=True)
class Part:
    """A titled group of questions: ``intro`` lines, then the blanks."""

    title: str
    intro: tuple[str, ...]
    blanks: tuple[Blank, ...]


@dataclass(frozen=True)
class WeightTable:
    """One layer's weights as printed: ``rows`` (neurons above) by ``columns`` (neurons below, bias last)."""

    title: str
    rows: tuple[str, ...]
    columns: tuple[str, ...]
    values: np.ndarray  # (len(rows), len(columns)), rounded to DECIMALS

    def cell(self, i: int, j: int) -> str:
        return f"{self.values[i, j]:.{DECIMALS}f}"


@dataclass(frozen=True)
class Worksheet:
    """Everything the PDF shows. ``weights[l]`` (rounded) has the engine's shape (n[l+1], n[l] + 1)."""

    title: str
    summary: str
    topology: tuple[int, ...]
    input_names: tuple[str, ...]
    target_names: tuple[str, ...]
    weights: tuple[np.ndarray, ...]
    weight_tables: tuple[WeightTable, ...]
    truth_header: tuple[str, ...]
    truth_rows: tuple[tuple[str, ...], ...]
    row: int  # the chosen row, from 1
    parts: tuple[Part, ...]


def neuron_name(topology: tuple[int, ...], inputs: tuple[str, ...], targets: tuple[str, ...], layer: int,
                i: int) -> str:
    """A neuron in the user's words: an input or target column's name, "hidden 2", "bias"."""
    if i == topology[layer]:
        return "bias" if layer == 0 or len(topology) <= 3 else f"bias {layer}"
    if layer == 0:
        return inputs[i] if i < len(inputs) else f"input {i + 1}"
    if layer == len(topology) - 1:
        return targets[i] if i < len(targets) else f"output {i + 1}"
    return f"hidden {layer}.{i + 1}" if len(topology) > 3 else f"hidden {i + 1}"


def default_row(project: Project) -> int:
    """The row a worksheet uses when none is chosen (from 1): the first with an input that is not 0."""
    nonzero = np.flatnonzero(np.any(project.table.inputs != 0, axis=1))
    return int(nonzero[0]) + 1 if nonzero.size else 1


def build_worksheet(project: Project, row: int | None = None, title: str = "") -> Worksheet:
    """The worksheet of ``project``'s network as it is (trained or not) for table row ``row`` (from 1)."""
    table = project.table
    sizes = tuple(project.topology)
    if max(sizes) > MAX_NEURONS or table.n_rows > MAX_ROWS:
        raise WorksheetError(f"a worksheet is for small networks and tables: at most {MAX_NEURONS} neurons a layer "
                             f"and {MAX_ROWS} rows (this is {'-'.join(map(str, sizes))} with "
                             f"{count(table.n_rows, 'row')})")
    if table.n_rows == 0:
        raise WorksheetError("the table has no rows to work on")
    row = default_row(project) if row is None else row
    if not 1 <= row <= table.n_rows:
        raise WorksheetError(f"there is no row {row}: the table has {count(table.n_rows, 'row')} (rows count from 1)")
    net = _rounded(project.network())
    names = (sizes, tuple(table.input_names), tuple(table.target_names))
    x, t = table.inputs[row - 1], table.targets[row - 1]
    steps = forward_steps(net, x)
    trace = step_row(net.copy(), x, t)
    weights = tuple(net.get_weights())
    return Worksheet(
        title=title or project.name or "Network",
        summary=_summary(project, net),
        topology=sizes, input_names=names[1], target_names=names[2], weights=weights,
        weight_tables=tuple(_weight_table(names, layer, w) for layer, w in enumerate(weights)),
        truth_header=(*table.input_names, *table.target_names),
        truth_rows=tuple(tuple(format_value(v) if not np.isnan(v) else "x" for v in (*xi, *ti))
                         for xi, ti in zip(table.inputs, table.targets, strict=True)),
        row=row,
        parts=(_forward_part(names, row, x, steps), _update_part(names, net, trace)),
    )


def _rounded(net: Network) -> Network:
    """A copy of ``net`` whose weights and momenta are rounded to DECIMALS: the numbers on the sheet."""
    twin = net.copy()
    momenta = [np.round(m, DECIMALS) for m in net.get_momenta()]
    twin.set_weights([np.round(w, DECIMALS) for w in net.get_weights()])
    twin.set_momenta(momenta)
    return twin


def _summary(project: Project, net: Network) -> str:
    acts = sorted(set(net.activations))
    return (f"Network {'-'.join(map(str, net.topology))} ({', '.join(acts)}), learning rate η = {net.eta:g}, "
            f"momentum α = {net.alpha:g}, after {count(net.epochs, 'epoch')} of training (seed {project.seed}).")


def _weight_table(names, layer: int, w: np.ndarray) -> WeightTable:
    sizes = names[0]
    below = tuple(neuron_name(*names, layer, j) for j in range(sizes[layer] + 1))
    above = tuple(neuron_name(*names, layer + 1, i) for i in range(sizes[layer + 1]))
    return WeightTable(f"Weights into {', '.join(above)} (a row each) from {', '.join(below)}", above, below, w)


def _num(v: float) -> str:
    return "0" if v == 0 else f"({v:.{DECIMALS}f})" if v < 0 else f"{v:.{DECIMALS}f}"


def _forward_part(names, row: int, x: np.ndarray, steps: list[list[NeuronStep]]) -> Part:
    given = ", ".join(f"{neuron_name(*names, 0, j)} = {format_value(v)}" for j, v in enumerate(x))
    blanks = []
    for layer in steps:
        for s in layer:
            name = neuron_name(*names, s.layer, s.i)
            terms = " + ".join(f"{_num(w)}·{_a(o) if s.layer > 1 and j < len(s.inputs) - 1 else format_value(o)}"
                               for j, (w, o) in enumerate(zip(s.weights, s.inputs, strict=True)))
            blanks.append(Blank(f"{name}: sum s = Σ w·x (the bias weight · 1 included)", s.total,
                                f"s = {terms} = {answer_text(s.total)}"))
            blanks.append(Blank(f"{name}: output o = {s.activation}(s) = {s.formula}", s.output,
                                f"o = {s.activation}({answer_text(s.total)}) = {answer_text(s.output)}"))
    intro = (f"Row {row} of the table: {given}.",
             "Use the weights in the table above. For each neuron, layer by layer, the sum of its inputs times their "
             "weights (the bias neuron's output is 1), then its output.")
    return Part("A. Forward pass", intro, tuple(blanks))


def _update_part(names, net: Network, trace: RowTrace) -> Part:
    """The article's online update of this row: the output neurons, the weights into the first output, the
    errors sent back to the layer below and the weights into its neuron of the largest gradient."""
    sizes = names[0]
    top = len(sizes) - 1
    blanks = []
    for i, (e, g) in enumerate(zip(trace.errors[top], trace.gradients[top], strict=True)):
        name = neuron_name(*names, top, i)
        o = trace.outputs[top][i]
        target = "x" if np.isnan(trace.targets[i]) else format_value(trace.targets[i])
        blanks.append(Blank(f"{name}: error e = target − o", e,
                            f"e = {target} − {_a(o)} = {answer_text(e)}"
                            + (" (a don't-care sends no error)" if target == "x" else "")))
        blanks.append(Blank(f"{name}: gradient g = e · f′(o), f′(o) = {DERIVATIVES.get(net.activations[-1], 'f′')}", g,
                            f"g = {_a(e)} · f′({_a(o)}) = {answer_text(g)}"))
    blanks += _weight_blanks(names, trace, top - 1, 0)
    if top >= 2:
        below = top - 1
        for j in range(sizes[below]):
            name = neuron_name(*names, below, j)
            sent = [trace.connection(below, i, j) for i in range(sizes[top])]
            sums = " + ".join(f"{_a(c.w_new)}·{_a(c.g)}" for c in sent)
            e, g = trace.errors[below][j], trace.gradients[below][j]
            blanks.append(Blank(f"{name}: error sent back = Σ (new w · g) over the neurons above", e,
                                f"e = {sums} = {answer_text(e)}"))
            derivative = DERIVATIVES.get(net.activations[below - 1], "f′")
            blanks.append(Blank(f"{name}: gradient g = e · f′(o), f′(o) = {derivative}", g,
                                f"g = {_a(e)} · f′({_a(trace.outputs[below][j])}) = {answer_text(g)}"))
        busiest = int(np.argmax(np.abs(trace.gradients[below])))  # its weights change most: worth computing
        blanks += _weight_blanks(names, trace, below - 1, busiest)
    intro = (f"The same row, target {', '.join('x' if np.isnan(v) else format_value(v) for v in trace.targets)}: "
             f"one update as the article makes it, with η = {net.eta:g} and α = {net.alpha:g}.",
             "Δw = η · g · (output below) + α · Δw_prev, then w ← w + Δw; the error sent back to a neuron below "
             "goes through the NEW weights. Δw_prev is given for each weight.")
    return Part("B. One update (backpropagation)", intro, tuple(blanks))


def _weight_blanks(names, trace: RowTrace, layer: int, i: int) -> list[Blank]:
    """Δw and the new w of every weight into neuron ``i`` of layer ``layer + 1``."""
    sizes = names[0]
    above = neuron_name(*names, layer + 1, i)
    blanks = []
    for j in range(sizes[layer] + 1):
        c = trace.connection(layer, i, j)
        below = neuron_name(*names, layer, j)
        blanks.append(Blank(f"weight {below} → {above} (w = {c.w_old:.{DECIMALS}f}, Δw_prev = {c.d_prev:.{DECIMALS}f}):"
                            " Δw", c.d_new,
                            f"Δw = {trace.eta:g} · {_a(c.g)} · {_a(c.a)} + {trace.alpha:g} · {_num(c.d_prev)} = "
                            f"{answer_text(c.d_new)}"))
        blanks.append(Blank(f"weight {below} → {above}: new w", c.w_new,
                            f"w = {_num(c.w_old)} + {_a(c.d_new)} = {answer_text(c.w_new)}"))
    return blanks
