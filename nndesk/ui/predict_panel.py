"""The prediction panel: a 0/1 toggle per input and, per output, the thresholded value large and raw small."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nndesk.engine.correctness import outputs_right

_TOGGLE_STYLE = """
QPushButton { font-size: 18pt; font-weight: bold; min-width: 56px; min-height: 40px;
              border: 1px solid #9aa5b1; border-radius: 6px; background: #f4f6f8; color: #34495e; }
QPushButton:checked { background: #1f6fb2; color: white; border-color: #185a91; }
QPushButton:disabled { color: #9aa5b1; }
"""
_OK, _WRONG = "✓", "✗"
NAN_TEXT = "–"  # a diverged output has no answer: a dash, never "NaN" shown as if it were a result
DIVERGED_HINT = "The network diverged: its outputs are not numbers. Reset or choose new weights."
_DIVERGED_COLOUR = "#c0392b"


class PredictPanel(QGroupBox):
    """Try inputs and read the network's answer.

    ``inputToggle{i}`` are checkable buttons (checked = 1); ``outputValue{j}`` is a QLabel whose text is the
    thresholded output ("0"/"1", or "–" when nothing is known yet or the network diverged); ``outputRaw{j}``
    shows the raw output ("diverged" after divergence);
    ``outputMatch{j}`` shows ✓/✗ against the table's target for the same inputs, when the table has that row.
    """

    inputsChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Try it", parent)
        self.setObjectName("predictPanel")
        self.setToolTip("Flip the inputs and read what the network answers")
        self._toggles: list[QPushButton] = []
        self._values: list[QLabel] = []
        self._raws: list[QLabel] = []
        self._matches: list[QLabel] = []
        self._inputs_box = QHBoxLayout()
        self._outputs_grid = QGridLayout()
        self._outputs_grid.setHorizontalSpacing(16)
        arrow = QLabel("→")
        arrow.setStyleSheet("font-size: 20pt; color: #7f8c8d;")
        arrow.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row = QHBoxLayout()
        row.addLayout(self._inputs_box)
        row.addSpacing(12)
        row.addWidget(arrow)
        row.addSpacing(12)
        row.addLayout(self._outputs_grid)
        row.addStretch(1)
        self._hint = QLabel("")
        self._hint.setObjectName("predictHint")
        self._hint.setStyleSheet("color: #7f8c8d;")
        outer = QVBoxLayout(self)
        outer.addLayout(row)
        outer.addWidget(self._hint)

    # --- structure ----------------------------------------------------------------------------------------
    def set_names(self, input_names: Sequence[str], output_names: Sequence[str]) -> None:
        """Rebuild the toggles and indicators for these column names; keeps toggled bits where possible."""
        old = self.input_row()
        self._clear()
        for i, name in enumerate(input_names):
            self._inputs_box.addLayout(self._make_toggle(i, name, bool(i < old.size and old[i] > 0.5)))
        for j, name in enumerate(output_names):
            self._add_output(j, name)
        self.clear_outputs()

    def _make_toggle(self, i: int, name: str, checked: bool) -> QVBoxLayout:
        button = QPushButton()
        button.setObjectName(f"inputToggle{i}")
        button.setCheckable(True)
        button.setChecked(checked)
        button.setText("1" if checked else "0")
        button.setStyleSheet(_TOGGLE_STYLE)
        button.setToolTip(f"Input {name}: click to switch between 0 and 1")
        button.setAccessibleName(f"Input {name}")
        button.toggled.connect(lambda on, b=button: self._on_toggled(b, on))
        self._toggles.append(button)
        return _captioned(button, name)

    def _add_output(self, j: int, name: str) -> None:
        caption = QLabel(name)
        caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        caption.setStyleSheet("color: #34495e;")
        value = QLabel("–")
        value.setObjectName(f"outputValue{j}")
        value.setAccessibleName(f"Output {name}")
        value.setToolTip(f"Output {name}, thresholded: 1 when the raw output is above the threshold")
        value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        value.setMinimumWidth(56)
        value.setFrameShape(QFrame.Shape.StyledPanel)
        font = QFont(value.font())
        font.setPointSize(22)
        font.setBold(True)
        value.setFont(font)
        raw = QLabel("")
        raw.setObjectName(f"outputRaw{j}")
        raw.setAlignment(Qt.AlignmentFlag.AlignCenter)
        raw.setToolTip(f"Output {name}, raw value of the output neuron")
        raw.setStyleSheet("color: #7f8c8d; font-family: monospace;")
        match = QLabel("")
        match.setObjectName(f"outputMatch{j}")
        match.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._outputs_grid.addWidget(caption, 0, j)
        self._outputs_grid.addWidget(value, 1, j)
        self._outputs_grid.addWidget(raw, 2, j)
        self._outputs_grid.addWidget(match, 3, j)
        self._values.append(value)
        self._raws.append(raw)
        self._matches.append(match)

    def _clear(self) -> None:
        for layout in (self._inputs_box, self._outputs_grid):
            _empty_layout(layout)
        self._toggles.clear()
        self._values.clear()
        self._raws.clear()
        self._matches.clear()

    # --- inputs -------------------------------------------------------------------------------------------
    def _on_toggled(self, button: QPushButton, on: bool) -> None:
        button.setText("1" if on else "0")
        self.inputsChanged.emit()

    def input_row(self) -> np.ndarray:
        """The toggled inputs as a float64 vector of 0.0/1.0, shape (n_inputs,)."""
        return np.array([1.0 if b.isChecked() else 0.0 for b in self._toggles], dtype=np.float64)

    def set_input_row(self, bits: Sequence[float]) -> None:
        """Set the toggles (values > 0.5 count as 1); emits inputsChanged once if anything changed."""
        changed = False
        for button, bit in zip(self._toggles, bits, strict=False):
            on = float(bit) > 0.5
            if button.isChecked() != on:
                button.blockSignals(True)
                button.setChecked(on)
                button.setText("1" if on else "0")
                button.blockSignals(False)
                changed = True
        if changed:
            self.inputsChanged.emit()

    # --- outputs ------------------------------------------------------------------------------------------
    def clear_outputs(self, hint: str = "") -> None:
        for value, raw, match in zip(self._values, self._raws, self._matches, strict=True):
            value.setText("–")
            _set_diverged(value, False)
            raw.setText("")
            match.setText("")
        self._hint.setText(hint)

    def show_outputs(self, raw: np.ndarray, threshold: float, target: np.ndarray | None = None) -> None:
        """Show raw outputs (shape (n_outputs,)), thresholded at ``threshold``.

        ``target`` is the table's target row for the toggled inputs, or None when the table has no such row.
        """
        raw = np.asarray(raw, dtype=np.float64).ravel()
        labels = zip(self._values, self._raws, self._matches, strict=True)
        diverged = False
        for j, (value, raw_label, match) in enumerate(labels):
            if j >= raw.size:
                break
            finite = bool(np.isfinite(raw[j]))
            _set_diverged(value, not finite)
            if not finite:  # a diverged network has no answer: say so rather than show a blank
                diverged = True
                _set_text(value, NAN_TEXT)
                _set_text(raw_label, "diverged")
                _set_mark(match, None, "")
                continue
            bit = int(raw[j] > threshold)
            _set_text(value, str(bit))
            _set_text(raw_label, f"{raw[j]:.4f}")
            if target is None or j >= len(target):
                _set_mark(match, None, "The table has no row with these inputs")
            else:
                ok = bool(outputs_right(raw[j], target[j], threshold))  # the engine's one definition
                want = "x (a don't-care)" if np.isnan(target[j]) else f"{target[j]:g}"
                _set_mark(match, ok, f"Target {want}: {'matches' if ok else 'does not match'}")
        if diverged:
            _set_text(self._hint, DIVERGED_HINT)
        else:
            _set_text(self._hint, "" if target is not None else "This input row is not in the table")

    def output_texts(self) -> list[str]:
        return [v.text() for v in self._values]


def _set_text(label: QLabel, text: str) -> None:
    # Called up to ~20 times a second while training: skip work (and repaints) when nothing changed.
    if label.text() != text:
        label.setText(text)


def _set_diverged(value: QLabel, diverged: bool) -> None:
    """Colour an output's big text red while it is NaN; the style sheet is only touched on a change."""
    if bool(value.property("diverged")) == diverged:
        return
    value.setProperty("diverged", diverged)
    # The palette, not a style sheet: a style sheet would redraw the frame and set this box apart.
    palette = value.palette()
    normal = QApplication.palette(value).color(QPalette.ColorRole.WindowText)
    colour = QColor(_DIVERGED_COLOUR) if diverged else normal
    palette.setColor(QPalette.ColorRole.WindowText, colour)
    value.setPalette(palette)
    name = value.accessibleName()
    value.setToolTip(f"{name}: the network diverged, so this output has no value" if diverged
                     else f"{name}, thresholded: 1 when the raw output is above the threshold")


def _set_mark(label: QLabel, ok: bool | None, tip: str) -> None:
    """✓ (green), ✗ (red) or nothing; the style sheet is only touched when the mark changes."""
    text = "" if ok is None else (_OK if ok else _WRONG)
    if label.text() == text:
        return
    label.setText(text)
    label.setToolTip(tip)
    if ok is not None:
        label.setStyleSheet(f"color: {'#27ae60' if ok else '#c0392b'}; font-weight: bold; font-size: 14pt;")


def _captioned(widget: QWidget, caption: str) -> QVBoxLayout:
    box = QVBoxLayout()
    label = QLabel(caption)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setStyleSheet("color: #34495e;")
    box.addWidget(label)
    box.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
    box.addStretch(1)
    return box


def _empty_layout(layout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget, child = item.widget(), item.layout()
        if widget is not None:
            widget.setObjectName("")  # until deleteLater runs, findChild must find only the new widgets
            widget.hide()
            widget.deleteLater()  # keeps its parent until then, so it never becomes a window of its own
        elif child is not None:
            _empty_layout(child)
            child.setParent(None)
