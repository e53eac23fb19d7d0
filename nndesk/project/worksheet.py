"""A printable worksheet for a project: what to compute by hand, with blanks, and the answers (Qt-free content).

:func:`build_worksheet` turns a project into a :class:`Worksheet`: the network's weights rounded to 3 decimals
(the numbers the student is given), the truth table, a forward pass of one chosen row and one online update
of the article for that row, as questions with blanks, and their answers with the working. The answers are
computed from the rounded weights (and rounded momenta), with the engine's own arithmetic
(:func:`nndesk.engine.forward_steps.forward_steps` and :func:`nndesk.engine.trace.step_row`), so a careful hand
calculation from the sheet gives exactly the printed answers. :mod:`nndesk.ui.worksheet_pdf` draws it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from nndesk.engine import Network
from nndesk.engine.forward_steps import NeuronStep, forward_steps
from nndesk.engine.trace import RowTrace, step_row
from nndesk.project.project_file import Project
from nndesk.project.truth_table import format_value

DECIMALS = 3  # the weights as printed: the hand calculation starts from these
ANSWER_DECIMALS = 4
MAX_NEURONS = 12  # per layer: a weights table of 13 columns still fits the width of a page
MAX_ROWS = 64




def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name pyside6-lupdate looks for; this layer has no Qt
    """Mark ``text`` for the catalogue under ``context``: the window and the command line translate it
    (:func:`nndesk.worksheet_words.translated_words`) and pass the words in."""
    return text


@dataclass(frozen=True)
class WorksheetWords:
    """Every word the worksheet prints, English by default; ``{0}``, ``{1}`` are filled in with ``format``.

    The project layer has no translator: the caller passes in these words translated
    (:func:`nndesk.worksheet_words.translated_words`), so a German teacher prints a German sheet.
    """

    network: str = QT_TRANSLATE_NOOP("Worksheet", "Network")
    bias: str = QT_TRANSLATE_NOOP("Worksheet", "bias")
    bias_of_layer: str = QT_TRANSLATE_NOOP("Worksheet", "bias {0}")
    input: str = QT_TRANSLATE_NOOP("Worksheet", "input {0}")
    output: str = QT_TRANSLATE_NOOP("Worksheet", "output {0}")
    hidden: str = QT_TRANSLATE_NOOP("Worksheet", "hidden {0}")
    one_row: str = QT_TRANSLATE_NOOP("Worksheet", "1 row")
    rows: str = QT_TRANSLATE_NOOP("Worksheet", "{0} rows")
    one_epoch: str = QT_TRANSLATE_NOOP("Worksheet", "1 epoch")
    epochs: str = QT_TRANSLATE_NOOP("Worksheet", "{0} epochs")
    too_big: str = QT_TRANSLATE_NOOP("Worksheet", "a worksheet is for small networks and tables: at most {0} neurons "
                                     "a layer and {1} rows (this is {2} with {3})")
    no_rows: str = QT_TRANSLATE_NOOP("Worksheet", "the table has no rows to work on")
    no_such_row: str = QT_TRANSLATE_NOOP("Worksheet", "there is no row {0}: the table has {1} (rows count from 1)")
    summary: str = QT_TRANSLATE_NOOP("Worksheet", "Network {0} ({1}), learning rate η = {2}, momentum α = {3}, "
                                     "after {4} of training (seed {5}).")
    weights_title: str = QT_TRANSLATE_NOOP("Worksheet", "Weights into {0} (a row each) from {1}")
    forward_title: str = QT_TRANSLATE_NOOP("Worksheet", "A. Forward pass")
    forward_row: str = QT_TRANSLATE_NOOP("Worksheet", "Row {0} of the table: {1}.")
    forward_how: str = QT_TRANSLATE_NOOP("Worksheet", "Use the weights in the table above. For each neuron, layer "
                                         "by layer, the sum of its inputs times their weights (the bias neuron's "
                                         "output is 1), then its output.")
    sum_question: str = QT_TRANSLATE_NOOP("Worksheet", "{0}: sum s = Σ w·x (the bias weight · 1 included)")
    output_question: str = QT_TRANSLATE_NOOP("Worksheet", "{0}: output o = {1}(s) = {2}")
    update_title: str = QT_TRANSLATE_NOOP("Worksheet", "B. One update (backpropagation)")
    update_row: str = QT_TRANSLATE_NOOP("Worksheet", "The same row, target {0}: one update as the article makes it, "
                                        "with η = {1} and α = {2}.")
    update_how: str = QT_TRANSLATE_NOOP("Worksheet", "Δw = η · g · (output below) + α · Δw_prev, then w ← w + Δw; "
                                        "the error sent back to a neuron below goes through the NEW weights. "
                                        "Δw_prev is given for each weight.")
    error_question: str = QT_TRANSLATE_NOOP("Worksheet", "{0}: error e = target − o")
    dont_care: str = QT_TRANSLATE_NOOP("Worksheet", " (a don't-care sends no error)")
    gradient_question: str = QT_TRANSLATE_NOOP("Worksheet", "{0}: gradient g = e · f′(o), f′(o) = {1}")
    sent_back_question: str = QT_TRANSLATE_NOOP("Worksheet", "{0}: error sent back = Σ (new w · g) over the neurons "
                                                "above")
    delta_question: str = QT_TRANSLATE_NOOP("Worksheet", "weight {0} → {1} (w = {2}, Δw_prev = {3}): Δw")
    new_weight_question: str = QT_TRANSLATE_NOOP("Worksheet", "weight {0} → {1}: new w")
    relu_derivative: str = QT_TRANSLATE_NOOP("Worksheet", "1 if o > 0, else 0")
    # the PDF's own headings (nndesk.ui.worksheet_pdf)
    sheet_title: str = QT_TRANSLATE_NOOP("Worksheet", "Worksheet: {0}")
    pdf_title: str = QT_TRANSLATE_NOOP("Worksheet", "nndesk worksheet: {0}")
    name_and_date: str = QT_TRANSLATE_NOOP("Worksheet", "Name: ____________________________    Date: ______________")
    weights_heading: str = QT_TRANSLATE_NOOP("Worksheet", "Weights (to 3 decimals)")
    truth_heading: str = QT_TRANSLATE_NOOP("Worksheet", "Truth table")
    into_from: str = QT_TRANSLATE_NOOP("Worksheet", "into \\ from")
    answers_title: str = QT_TRANSLATE_NOOP("Worksheet", "Answers: {0}")
    answers_note: str = QT_TRANSLATE_NOOP("Worksheet", "Computed from the weights as printed (3 decimals), with the "
                                          "article's arithmetic. Answers below 0.01 are given to 4 significant "
                                          "digits.")

    def counted(self, n: int, one: str, many: str) -> str:
        """``one`` for exactly 1, else ``many`` with ``n`` (thousands separators), e.g. ``counted(4, w.one_row,
        w.rows)``."""
        return one if n == 1 else many.format(f"{n:,}")


ENGLISH = WorksheetWords()

# f′ in terms of the neuron's output o, as the article writes it (nndesk.engine.activations); relu's is in words
DERIVATIVES = {"sigmoid": "o · (1 − o)", "tanh": "1 − o²", "linear": "1"}


def derivative(activation: str, words: WorksheetWords = ENGLISH) -> str:
    """f′(o) of ``activation`` as printed."""
    return words.relu_derivative if activation == "relu" else DERIVATIVES.get(activation, "f′")


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
    words: WorksheetWords = field(default=ENGLISH)  # the words the PDF prints its headings in


def neuron_name(topology: tuple[int, ...], inputs: tuple[str, ...], targets: tuple[str, ...], layer: int,
                i: int, words: WorksheetWords = ENGLISH) -> str:
    """A neuron in the user's words: an input or target column's name, "hidden 2", "bias"."""
    if i == topology[layer]:
        return words.bias if layer == 0 or len(topology) <= 3 else words.bias_of_layer.format(layer)
    if layer == 0:
        return inputs[i] if i < len(inputs) else words.input.format(i + 1)
    if layer == len(topology) - 1:
        return targets[i] if i < len(targets) else words.output.format(i + 1)
    return words.hidden.format(f"{layer}.{i + 1}" if len(topology) > 3 else i + 1)


def _name(names: tuple, layer: int, i: int) -> str:
    """:func:`neuron_name` for ``names`` = (topology, input names, target names, words)."""
    return neuron_name(*names[:3], layer, i, names[3])


def default_row(project: Project) -> int:
    """The row a worksheet uses when none is chosen (from 1): the first with an input that is not 0."""
    nonzero = np.flatnonzero(np.any(project.table.inputs != 0, axis=1))
    return int(nonzero[0]) + 1 if nonzero.size else 1


def build_worksheet(project: Project, row: int | None = None, title: str = "",
                    words: WorksheetWords = ENGLISH) -> Worksheet:
    """The worksheet of ``project``'s network as it is (trained or not) for table row ``row`` (from 1), in
    ``words`` (English unless the caller passes them translated)."""
    table = project.table
    sizes = tuple(project.topology)
    n_rows = words.counted(table.n_rows, words.one_row, words.rows)
    if max(sizes) > MAX_NEURONS or table.n_rows > MAX_ROWS:
        raise WorksheetError(words.too_big.format(MAX_NEURONS, MAX_ROWS, "-".join(map(str, sizes)), n_rows))
    if table.n_rows == 0:
        raise WorksheetError(words.no_rows)
    row = default_row(project) if row is None else row
    if not 1 <= row <= table.n_rows:
        raise WorksheetError(words.no_such_row.format(row, n_rows))
    net = _rounded(project.network())
    names = (sizes, tuple(table.input_names), tuple(table.target_names), words)
    x, t = table.inputs[row - 1], table.targets[row - 1]
    steps = forward_steps(net, x)
    trace = step_row(net.copy(), x, t)
    weights = tuple(net.get_weights())
    return Worksheet(
        title=title or project.name or words.network,
        summary=_summary(project, net, words),
        topology=sizes, input_names=names[1], target_names=names[2], weights=weights,
        weight_tables=tuple(_weight_table(names, layer, w) for layer, w in enumerate(weights)),
        truth_header=(*table.input_names, *table.target_names),
        truth_rows=tuple(tuple(format_value(v) if not np.isnan(v) else "x" for v in (*xi, *ti))
                         for xi, ti in zip(table.inputs, table.targets, strict=True)),
        row=row,
        parts=(_forward_part(names, row, x, steps), _update_part(names, net, trace)),
        words=words,
    )


def _rounded(net: Network) -> Network:
    """A copy of ``net`` whose weights and momenta are rounded to DECIMALS: the numbers on the sheet."""
    twin = net.copy()
    momenta = [np.round(m, DECIMALS) for m in net.get_momenta()]
    twin.set_weights([np.round(w, DECIMALS) for w in net.get_weights()])
    twin.set_momenta(momenta)
    return twin


def _summary(project: Project, net: Network, words: WorksheetWords) -> str:
    acts = sorted(set(net.activations))
    return words.summary.format("-".join(map(str, net.topology)), ", ".join(acts), f"{net.eta:g}", f"{net.alpha:g}",
                                words.counted(net.epochs, words.one_epoch, words.epochs), project.seed)


def _weight_table(names, layer: int, w: np.ndarray) -> WeightTable:
    sizes = names[0]
    below = tuple(_name(names, layer, j) for j in range(sizes[layer] + 1))
    above = tuple(_name(names, layer + 1, i) for i in range(sizes[layer + 1]))
    return WeightTable(names[3].weights_title.format(", ".join(above), ", ".join(below)), above, below, w)


def _num(v: float) -> str:
    return "0" if v == 0 else f"({v:.{DECIMALS}f})" if v < 0 else f"{v:.{DECIMALS}f}"


def _forward_part(names, row: int, x: np.ndarray, steps: list[list[NeuronStep]]) -> Part:
    words: WorksheetWords = names[3]
    given = ", ".join(f"{_name(names, 0, j)} = {format_value(v)}" for j, v in enumerate(x))
    blanks = []
    for layer in steps:
        for s in layer:
            name = _name(names, s.layer, s.i)
            terms = " + ".join(f"{_num(w)}·{_a(o) if s.layer > 1 and j < len(s.inputs) - 1 else format_value(o)}"
                               for j, (w, o) in enumerate(zip(s.weights, s.inputs, strict=True)))
            blanks.append(Blank(words.sum_question.format(name), s.total,
                                f"s = {terms} = {answer_text(s.total)}"))
            blanks.append(Blank(words.output_question.format(name, s.activation, s.formula), s.output,
                                f"o = {s.activation}({answer_text(s.total)}) = {answer_text(s.output)}"))
    intro = (words.forward_row.format(row, given), words.forward_how)
    return Part(words.forward_title, intro, tuple(blanks))


def _update_part(names, net: Network, trace: RowTrace) -> Part:
    """The article's online update of this row: the output neurons, the weights into the first output, the
    errors sent back to the layer below and the weights into its neuron of the largest gradient."""
    sizes, words = names[0], names[3]
    top = len(sizes) - 1
    blanks = []
    for i, (e, g) in enumerate(zip(trace.errors[top], trace.gradients[top], strict=True)):
        name = _name(names, top, i)
        o = trace.outputs[top][i]
        target = "x" if np.isnan(trace.targets[i]) else format_value(trace.targets[i])
        blanks.append(Blank(words.error_question.format(name), e,
                            f"e = {target} − {_a(o)} = {answer_text(e)}" + (words.dont_care if target == "x" else "")))
        blanks.append(Blank(words.gradient_question.format(name, derivative(net.activations[-1], words)), g,
                            f"g = {_a(e)} · f′({_a(o)}) = {answer_text(g)}"))
    blanks += _weight_blanks(names, trace, top - 1, 0)
    if top >= 2:
        below = top - 1
        for j in range(sizes[below]):
            name = _name(names, below, j)
            sent = [trace.connection(below, i, j) for i in range(sizes[top])]
            sums = " + ".join(f"{_a(c.w_new)}·{_a(c.g)}" for c in sent)
            e, g = trace.errors[below][j], trace.gradients[below][j]
            blanks.append(Blank(words.sent_back_question.format(name), e, f"e = {sums} = {answer_text(e)}"))
            f_prime = derivative(net.activations[below - 1], words)
            blanks.append(Blank(words.gradient_question.format(name, f_prime), g,
                                f"g = {_a(e)} · f′({_a(trace.outputs[below][j])}) = {answer_text(g)}"))
        busiest = int(np.argmax(np.abs(trace.gradients[below])))  # its weights change most: worth computing
        blanks += _weight_blanks(names, trace, below - 1, busiest)
    targets = ", ".join("x" if np.isnan(v) else format_value(v) for v in trace.targets)
    intro = (words.update_row.format(targets, f"{net.eta:g}", f"{net.alpha:g}"), words.update_how)
    return Part(words.update_title, intro, tuple(blanks))


def _weight_blanks(names, trace: RowTrace, layer: int, i: int) -> list[Blank]:
    """Δw and the new w of every weight into neuron ``i`` of layer ``layer + 1``."""
    sizes, words = names[0], names[3]
    above = _name(names, layer + 1, i)
    blanks = []
    for j in range(sizes[layer] + 1):
        c = trace.connection(layer, i, j)
        below = _name(names, layer, j)
        old, d_prev = f"{c.w_old:.{DECIMALS}f}", f"{c.d_prev:.{DECIMALS}f}"
        blanks.append(Blank(words.delta_question.format(below, above, old, d_prev), c.d_new,
                            f"Δw = {trace.eta:g} · {_a(c.g)} · {_a(c.a)} + {trace.alpha:g} · {_num(c.d_prev)} = "
                            f"{answer_text(c.d_new)}"))
        blanks.append(Blank(words.new_weight_question.format(below, above), c.w_new,
                            f"w = {_num(c.w_old)} + {_a(c.d_new)} = {answer_text(c.w_new)}"))
    return blanks
