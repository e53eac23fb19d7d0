"""Step-through: train one row at a time and read the article's arithmetic with the real numbers.

Each press of "Next row" runs :func:`nndesk.engine.trace.step_row` on the network (the same update the
trainer makes, bit for bit) and shows what it computed: the forward values of every layer, each neuron's
error and gradient, and for the chosen connection

    Δw = η · gradient · output + α · Δw_prev,   w ← w + Δw,   error sent back = w · gradient (new w).

The numbers come from the :class:`RowTrace`, never from a second implementation. Only while training is
idle: the panel is disabled while the worker owns the network.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence

import numpy as np
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from nndesk.engine import Network
from nndesk.engine.trace import RowTrace, step_row
from nndesk.i18n import counted, translate
from nndesk.ui.method_form import describe_method

MAX_LISTED_CONNECTIONS = 2000  # the combo box stays usable; bigger networks list the first ones


def _num(v: float) -> str:
    return f"{v:.6g}"


def _signed(v: float) -> str:
    return f"({_num(v)})" if v < 0 else _num(v)


class NeuronNames:
    """Names of neurons in the user's words: inputs and outputs by column name, "hidden 2" in between."""

    def __init__(self, sizes: Sequence[int], input_names: Sequence[str], output_names: Sequence[str]) -> None:
        self.sizes = tuple(sizes)
        self.inputs, self.outputs = list(input_names), list(output_names)

    def __call__(self, layer: int, i: int) -> str:
        if i == self.sizes[layer]:
            return translate("StepThrough", "bias") if layer == 0 else translate("StepThrough", "bias {0}").format(
                layer)
        if layer == 0:
            return self.inputs[i] if i < len(self.inputs) else translate("StepThrough", "input {0}").format(i + 1)
        if layer == len(self.sizes) - 1:
            return self.outputs[i] if i < len(self.outputs) else translate("StepThrough", "output {0}").format(i + 1)
        return translate("StepThrough", "hidden {0}").format(f"{layer}.{i + 1}" if len(self.sizes) > 3 else i + 1)


def explain_connection(trace: RowTrace, layer: int, i: int, j: int, name: Callable[[int, int], str]) -> str:
    """The article's update of weight (layer, i, j) in this row, as plain text with the real numbers."""
    c = trace.connection(layer, i, j)
    src, dst = name(layer, j), name(layer + 1, i)
    lines = [
        translate("StepThrough", "connection {0} → {1}").format(src, dst),
        # whose output: the next line uses another's
        translate("StepThrough", "gradient of {0} = error · f′(output of {0})").format(dst),
        f"   = {_signed(trace.errors[layer + 1][i])} · f′({_num(trace.outputs[layer + 1][i])}) = {_num(c.g)}",
        translate("StepThrough", "Δw = η · gradient of {0} · output of {1} + α · Δw_prev").format(dst, src),
        f"   = {_num(trace.eta)} · {_signed(c.g)} · {_signed(c.a)} + {_num(trace.alpha)} · {_signed(c.d_prev)}",
        f"   = {_num(c.d_new)}",
        f"w ← w + Δw = {_num(c.w_old)} + {_signed(c.d_new)} = {_num(c.w_new)}",
    ]
    if layer > 0 and j < len(trace.outputs[layer]):
        lines.append(translate("StepThrough", "error sent back to {0} = w · gradient  (the new w)").format(src))
        lines.append(f"   = {_num(c.w_new)} · {_signed(c.g)} = {_num(c.sent_back)}")
    else:
        lines.append((translate("StepThrough",
                                "no error is sent back: {0} is the bias") if j == len(trace.outputs[layer])
                      else translate("StepThrough", "no error is sent back: {0} is an input")).format(src))
    return "\n".join(lines)


def explain_row(trace: RowTrace, name: Callable[[int, int], str]) -> str:
    """Forward values, then each neuron's error and gradient, layer by layer (plain text)."""
    lines = [translate("StepThrough", "inputs: {0}").format(
        ", ".join(f"{name(0, j)} = {_num(v)}" for j, v in enumerate(trace.outputs[0]))),
             translate("StepThrough", "targets: {0}").format(
                 ", ".join(_num(v) for v in trace.targets)), "", translate("StepThrough", "forward:")]
    for layer in range(1, len(trace.outputs)):
        lines += [f"  {name(layer, i)} = {_num(v)}" for i, v in enumerate(trace.outputs[layer])]
    lines += ["", translate("StepThrough", "row error (RMS over the outputs) = {0}").format(_num(trace.row_error)), "",
              translate("StepThrough", "backward (output first):")]
    for layer in range(len(trace.outputs) - 1, 0, -1):
        for i, (e, g) in enumerate(zip(trace.errors[layer], trace.gradients[layer], strict=True)):
            lines.append("  " + translate("StepThrough", "{0}: error {1}, gradient {2}").format(
                name(layer, i), _num(e), _num(g)))
    return "\n".join(lines)


class StepThrough(QWidget):
    """The step-through panel. ``network`` is a callable giving the current network (the window's).

    ``stepped(RowTrace)`` is emitted after each row, so the other views can show the new weights.
    """

    stepped = Signal(object)

    def __init__(self, network: Callable[[], Network | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepThroughView")
        self._network = network
        self._inputs = np.zeros((0, 0))
        self._targets = np.zeros((0, 0))
        self._names = NeuronNames((1, 1), [], [])
        self._row = 0  # the next row to step
        self._rows_stepped = 0
        self._trace: RowTrace | None = None
        self._connection_keys = []
        self.next_button = QPushButton(translate("StepThrough", "Next row"))
        self.next_button.setObjectName("stepRowButton")
        self.next_button.setToolTip(translate("StepThrough", "Train on the next row of the table only, and show "
                                                             "every number"))
        self.next_button.clicked.connect(self.step)
        self.position_label = QLabel("")
        self.position_label.setObjectName("stepRowPosition")
        self.connection_combo = QComboBox()
        self.connection_combo.setObjectName("stepConnectionCombo")
        self.connection_combo.setToolTip(translate("StepThrough", "The connection whose update is written out below"))
        self.connection_combo.currentIndexChanged.connect(self._show)
        self.text = QTextBrowser()
        self.text.setObjectName("stepThroughText")
        self.text.setAccessibleName(translate("StepThrough", "The numbers of the last row stepped"))
        top = QHBoxLayout()
        top.addWidget(self.next_button)
        top.addWidget(self.position_label, 1)
        pick = QHBoxLayout()
        connection_label = QLabel(translate("StepThrough", "&connection"))
        connection_label.setBuddy(self.connection_combo)
        pick.addWidget(connection_label)
        pick.addWidget(self.connection_combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addLayout(pick)
        layout.addWidget(self.text, 1)
        self._show_position()

    def set_problem(self, inputs: np.ndarray, targets: np.ndarray, sizes: Sequence[int],
                    input_names: Sequence[str], output_names: Sequence[str]) -> None:
        """A new table or network: start again at the first row."""
        self._inputs = np.asarray(inputs, dtype=np.float64)
        self._targets = np.asarray(targets, dtype=np.float64)
        names = NeuronNames(sizes, input_names, output_names)
        if names.sizes != self._names.sizes or names.inputs != self._names.inputs or \
                names.outputs != self._names.outputs:
            self._names = names
            self._fill_connections()
        self.restart()

    def restart(self) -> None:
        """Back to the first row (after Reset, a new network or a training run)."""
        self._row = 0
        self._rows_stepped = 0
        self._trace = None
        self._show_position()
        self._show()

    def _fill_connections(self) -> None:
        sizes = self._names.sizes
        self.connection_combo.blockSignals(True)
        self.connection_combo.clear()
        self._connection_keys: list[tuple[int, int, int]] = []
        count = 0
        for layer in range(len(sizes) - 2, -1, -1):  # the output layer's connections first, as backprop goes
            for i in range(sizes[layer + 1]):
                for j in range(sizes[layer] + 1):
                    if count >= MAX_LISTED_CONNECTIONS:
                        break
                    self.connection_combo.addItem(f"{self._names(layer, j)} → {self._names(layer + 1, i)}")
                    self._connection_keys.append((layer, i, j))
                    count += 1
        self.connection_combo.blockSignals(False)

    def select_connection(self, layer: int, i: int, j: int) -> None:
        if (layer, i, j) in self._connection_keys:
            self.connection_combo.setCurrentIndex(self._connection_keys.index((layer, i, j)))

    def selected_connection(self) -> tuple[int, int, int] | None:
        k = self.connection_combo.currentIndex()
        return self._connection_keys[k] if 0 <= k < len(self._connection_keys) else None

    def step(self) -> RowTrace | None:
        """Train on the next row; returns its trace (None when there is nothing to step)."""
        net = self._network()
        if net is None or len(self._inputs) == 0 or not self.isEnabled():
            return None
        if net.topology[0] != self._inputs.shape[1] or net.topology[-1] != self._targets.shape[1]:
            self.text.setPlainText(translate("StepThrough", "The network does not fit the table: change the table or "
                                                            "the network."))
            return None
        if not net.method.is_article:  # the steps shown are the article's update: another one would be misstated
            self.text.setPlainText(translate("StepThrough", "Step through shows the article's update (online "
                                             "backprop, squared error, no decay, table order); this network learns "
                                             "by {0}. Choose the article's method in the Method group to step "
                                             "through it.").format(describe_method(net.method)))
            return None
        while self._row in self.test_rows and len(self.test_rows) < len(self._inputs):
            self._row = (self._row + 1) % len(self._inputs)  # a held-out row is never trained on
        try:
            trace = step_row(net, self._inputs[self._row], self._targets[self._row])
        except ValueError as exc:
            self.text.setPlainText(translate("StepThrough", "Could not step this row: {0}").format(exc))
            return None
        self._trace = trace
        self._row = (self._row + 1) % len(self._inputs)
        self._rows_stepped += 1
        self._show_position()
        self._show()
        self.stepped.emit(trace)
        return trace

    test_rows: frozenset[int] = frozenset()  # held-out rows (0-based), skipped: set by the window

    def trace(self) -> RowTrace | None:
        return self._trace

    def _show_position(self) -> None:
        n = len(self._inputs)
        if n == 0:
            self.position_label.setText("")
            return
        text = translate("StepThrough", "next: row {0} of {1}").format(self._row + 1, n)
        if self._rows_stepped:
            text += " · " + counted(self._rows_stepped, translate("StepThrough", "1 row stepped"),
                                    translate("StepThrough", "{0} rows stepped"))
        self.position_label.setText(text)

    def _show(self) -> None:
        trace = self._trace
        if trace is None:
            self.text.setPlainText(translate("StepThrough", "Press “Next row” to train on one row and see every "
                                                            "number of the update.\n"
                                     "Available while training is paused or stopped."))
            return
        key = self.selected_connection()
        parts = [explain_connection(trace, *key, self._names)] if key is not None else []
        parts.append(explain_row(trace, self._names))
        body = html.escape("\n\n".join(parts))
        self.text.setHtml(f"<pre style='font-size: 10pt; white-space: pre-wrap'>{body}</pre>")

    def shown_text(self) -> str:
        return self.text.toPlainText()
