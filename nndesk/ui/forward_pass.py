"""The forward-pass view: the toggled inputs followed through the network, neuron by neuron, to check a hand
calculation. For each neuron: each product wᵢ·xᵢ, the bias weight, the sum s and the activation's value with its
formula. The numbers are :func:`nndesk.engine.forward_steps.forward_steps`'s, the reference's own arithmetic.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from nndesk.engine.forward_steps import NeuronStep
from nndesk.i18n import translate

Name = Callable[[int, int], str]


def _num(v: float) -> str:
    return "0" if v == 0 else f"{v:.6g}"  # never "-0" (0 times a negative weight): a student writes 0


def _signed(v: float) -> str:
    return f"({_num(v)})" if v < 0 else _num(v)


def explain_neuron(step: NeuronStep, name: Name) -> list[str]:
    """The lines of plain text that show how neuron ``step`` got its output."""
    n_below = len(step.inputs) - 1
    lines = [f"{name(step.layer, step.i)}"]
    for j in range(n_below):
        lines.append(f"   {name(step.layer - 1, j)}: w·x = {_signed(step.weights[j])} · {_signed(step.inputs[j])}"
                     f" = {_num(step.products[j])}")
    lines.append("   " + translate("ForwardPass", "bias weight = {0}   (× the bias neuron's 1)").format(
        _num(step.bias_weight)))
    terms = " + ".join(_signed(p) for p in step.products)
    lines.append(f"   s = {terms} = {_num(step.total)}")
    lines.append(f"   {step.activation}(s) = {step.formula} = {_num(step.output)}")
    return lines


def explain_forward(inputs: Sequence[float], steps: Sequence[Sequence[NeuronStep]], name: Name) -> str:
    """The whole forward pass as plain text: the inputs, then every neuron of every layer, outputs last."""
    given = ", ".join(f"{name(0, j)} = {_num(v)}" for j, v in enumerate(inputs))
    lines = [translate("ForwardPass", "inputs: {0}").format(given), ""]
    for layer in steps:
        for step in layer:
            lines += explain_neuron(step, name)
        lines.append("")
    if steps:
        found = ", ".join(f"{name(len(steps), s.i)} = {_num(s.output)}" for s in steps[-1])
        lines.append(translate("ForwardPass", "outputs: {0}").format(found))
    return "\n".join(lines)


class ForwardPass(QWidget):
    """Shows :func:`explain_forward` for the row it is given (:meth:`show_steps`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("forwardPassView")
        self.text = QTextBrowser()
        self.text.setObjectName("forwardPassText")
        self.text.setAccessibleName(self.tr("Forward pass, neuron by neuron"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.text)
        self._plain = ""

    def show_steps(self, inputs: Sequence[float], steps: Sequence[Sequence[NeuronStep]], name: Name) -> None:
        plain = explain_forward(inputs, steps, name)
        if plain != self._plain:  # live updates: keep the scroll position when nothing changed
            self._plain = plain
            bar = self.text.verticalScrollBar()
            position = bar.value()
            self.text.setHtml(f"<pre style='font-size:9pt; white-space: pre-wrap'>{html.escape(plain)}</pre>")
            bar.setValue(position)

    def show_message(self, text: str) -> None:
        self._plain = text
        self.text.setPlainText(text)

    def shown_text(self) -> str:
        return self._plain
