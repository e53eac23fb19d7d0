"""The prediction panel: a 0/1 toggle per input and, per output, the thresholded value large and raw small."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QFont, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from nndesk.engine.correctness import outputs_right
from nndesk.i18n import QT_TRANSLATE_NOOP, translate
from nndesk.ui.appearance import muted, tone_label, tones

_OK, _WRONG = "✓", "✗"
NAN_TEXT = "–"  # a diverged output has no answer: a dash, never "NaN" shown as if it were a result
MIN_ROW_WIDTH = 160  # the toggles and outputs scroll sideways below this: the window never grows for them
DIVERGED_HINT = QT_TRANSLATE_NOOP("PredictPanel", "The network diverged: its outputs are not numbers. Reset or "
                                                  "choose new weights.")


def toggle_style(palette: QPalette) -> str:
    """The input toggles' style sheet in the colours of ``palette``'s appearance: 1 is filled, 0 is not."""
    t = tones(palette)
    button, text = palette.color(QPalette.ColorRole.Button).name(), palette.color(QPalette.ColorRole.ButtonText)
    edge, on = muted(palette).name(), t.toggle_on
    return (f"QPushButton {{ font-size: 18pt; font-weight: bold; min-width: 56px; min-height: 40px;"
            f" border: 1px solid {edge}; border-radius: 6px; background: {button}; color: {text.name()}; }}"
            f" QPushButton:checked {{ background: {on.name()}; color: {t.toggle_on_text.name()};"
            f" border-color: {on.darker(120).name()}; }}"
            f" QPushButton:disabled {{ color: {edge}; }}"
            f" QPushButton:focus {{ border: 2px solid {palette.color(QPalette.ColorRole.Highlight).name()}; }}")


class PredictPanel(QGroupBox):
    """Try inputs and read the network's answer.

    ``inputToggle{i}`` are checkable buttons (checked = 1); ``outputValue{j}`` is a QLabel whose text is the
    thresholded output ("0"/"1", or "–" when nothing is known yet or the network diverged); ``outputRaw{j}``
    shows the raw output ("diverged" after divergence);
    ``outputMatch{j}`` shows ✓/✗ against the table's target for the same inputs, when the table has that row.
    """

    inputsChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("PredictPanel", "Try it"), parent)
        self.setObjectName("predictPanel")
        self.setToolTip(translate("PredictPanel", "Flip the inputs and read what the network answers"))
        self._toggles: list[QPushButton] = []
        self._values: list[QLabel] = []
        self._raws: list[QLabel] = []
        self._matches: list[QLabel] = []
        self._inputs_box = QHBoxLayout()
        self._outputs_grid = QGridLayout()
        self._outputs_grid.setHorizontalSpacing(16)
        arrow = QLabel("→")
        arrow.setStyleSheet("font-size: 20pt;")
        arrow.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        arrow.setAccessibleName(translate("PredictPanel", "gives"))
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
        self._hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        outer = QVBoxLayout(self)
        outer.addWidget(WideRow(row))  # many inputs and outputs scroll sideways rather than widen the window
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
        button.setStyleSheet(toggle_style(self.palette()))
        button.setToolTip(translate("PredictPanel", "Input {0}: click to switch between 0 and 1").format(name))
        button.setProperty("inputName", name)
        _name_toggle(button)
        button.toggled.connect(lambda on, b=button: self._on_toggled(b, on))
        self._toggles.append(button)
        return _captioned(button, name)

    def _add_output(self, j: int, name: str) -> None:
        caption = QLabel(name)
        caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        value = QLabel("–")
        value.setObjectName(f"outputValue{j}")
        value.setProperty("outputName", name)
        value.setAccessibleName(translate("PredictPanel", "Output {0}").format(name))
        value.setToolTip(translate("PredictPanel", "Output {0}, thresholded: 1 when the raw output is above the "
                                                   "threshold").format(name))
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
        raw.setToolTip(translate("PredictPanel", "Output {0}, raw value of the output neuron").format(name))
        raw.setStyleSheet("font-family: monospace;")
        raw.setForegroundRole(QPalette.ColorRole.PlaceholderText)
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
        _name_toggle(button)
        self.inputsChanged.emit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and "_toggles" in self.__dict__:
            style = toggle_style(self.palette())
            for button in self._toggles:
                if button.styleSheet() != style:
                    button.setStyleSheet(style)
            for match in self._matches:
                _colour_mark(match)

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
                _name_toggle(button)
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
            _name_output(value, raw)
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
                _set_text(raw_label, translate("PredictPanel", "diverged"))
                _set_mark(match, None, "")
                _name_output(value, raw_label)
                continue
            bit = int(raw[j] > threshold)
            _set_text(value, str(bit))
            _set_text(raw_label, raw_text(float(raw[j]), threshold))
            if target is None or j >= len(target):
                _set_mark(match, None, translate("PredictPanel", "The table has no row with these inputs"))
            else:
                ok = bool(outputs_right(raw[j], target[j], threshold))  # the engine's one definition
                want = translate("PredictPanel", "x (a don't-care)") if np.isnan(target[j]) else f"{target[j]:g}"
                verdict = (translate("PredictPanel", "Target {0}: matches") if ok
                           else translate("PredictPanel", "Target {0}: does not match"))
                _set_mark(match, ok, verdict.format(want))
            _name_output(value, raw_label)
        if diverged:
            _set_text(self._hint, translate("PredictPanel", DIVERGED_HINT))
        else:
            _set_text(self._hint, "" if target is not None else translate("PredictPanel", "This input row is not in "
                                                                                          "the table"))

    def output_texts(self) -> list[str]:
        return [v.text() for v in self._values]


def raw_text(value: float, threshold: float) -> str:
    """A raw output with 4 decimals, or as many more as it takes to show on which side of the threshold it
    is ("0.50004" rather than a "0.5000" read as the threshold itself); exactly on it, it says so."""
    if value == threshold:
        return translate("PredictPanel", "{0} (on the threshold)").format(f"{value:.4f}")
    for decimals in range(4, 13):
        text = f"{value:.{decimals}f}"
        if float(text) != threshold:
            return text
    return f"{value:.12g}"


def _set_text(label: QLabel, text: str) -> None:
    # Called up to ~20 times a second while training: skip work (and repaints) when nothing changed.
    if label.text() != text:
        label.setText(text)


def _name_toggle(button: QPushButton) -> None:
    """A screen reader reads a toggle as "Input A, 1"."""
    button.setAccessibleName(translate("PredictPanel", "Input {0}, {1}").format(
        button.property("inputName"), button.text()))


def _name_output(value: QLabel, raw: QLabel) -> None:
    """A screen reader reads an output as "Sum: 1, raw 0.9970" (or "Sum: no answer yet")."""
    name = value.property("outputName")
    if value.text() == NAN_TEXT:
        diverged = raw.text() == translate("PredictPanel", "diverged")
        text = (translate("PredictPanel", "{0}: diverged") if diverged
                else translate("PredictPanel", "{0}: no answer yet")).format(name)
    else:
        text = translate("PredictPanel", "{0}: {1}, raw {2}").format(name, value.text(), raw.text())
    if value.accessibleName() != text:
        value.setAccessibleName(text)


def _set_diverged(value: QLabel, diverged: bool) -> None:
    """Colour an output's big text red while it is NaN; the palette is only touched on a change."""
    if bool(value.property("diverged")) == diverged:
        return
    value.setProperty("diverged", diverged)
    # The palette, not a style sheet: a style sheet would redraw the frame and set this box apart.
    tone_label(value, "wrong" if diverged else None)
    name = value.property("outputName")
    value.setToolTip((translate("PredictPanel", "Output {0}: the network diverged, so this output has no value")
                      if diverged
                      else translate("PredictPanel", "Output {0}, thresholded: 1 when the raw output is above the "
                                                     "threshold")).format(name))


def _set_mark(label: QLabel, ok: bool | None, tip: str) -> None:
    """✓ (green), ✗ (red) or nothing; the style sheet is only touched when the mark changes."""
    text = "" if ok is None else (_OK if ok else _WRONG)
    if label.text() == text:
        return
    label.setText(text)
    label.setToolTip(tip)
    label.setAccessibleName({"": "", _OK: translate("PredictPanel", "matches the table"),
                             _WRONG: translate("PredictPanel", "does not match the table")}[text])
    _colour_mark(label)


def _colour_mark(label: QLabel) -> None:
    if label.text():
        t = tones(label.palette())
        label.setStyleSheet(f"color: {(t.ok if label.text() == _OK else t.wrong).name()}; font-weight: bold;"
                            " font-size: 14pt;")


def _captioned(widget: QWidget, caption: str) -> QVBoxLayout:
    box = QVBoxLayout()
    label = QLabel(caption)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    box.addWidget(label)
    box.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
    box.addStretch(1)
    return box


class WideRow(QScrollArea):
    """A row of widgets as wide as it needs, scrolled sideways when the room is narrower: it never asks its
    window for more than ``MIN_ROW_WIDTH`` pixels, and is as tall as the row (plus the scroll bar when shown)."""

    def __init__(self, row: QHBoxLayout, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("predictRow")
        content = QWidget()
        content.setLayout(row)
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the controls in it, not to the scroll area
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.viewport().setAutoFillBackground(False)
        content.setAutoFillBackground(False)

    def _height(self, width: int) -> int:
        content = self.widget().minimumSizeHint()
        bar = self.horizontalScrollBar().sizeHint().height() if content.width() > width else 0
        return content.height() + bar

    def sizeHint(self) -> QSize:
        return QSize(self.widget().sizeHint().width(), self._height(self.width()))

    def minimumSizeHint(self) -> QSize:
        return QSize(MIN_ROW_WIDTH, self._height(self.width()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._height(event.size().width()) != self._height(event.oldSize().width()):
            self.updateGeometry()  # the scroll bar came or went: take its height or give it back

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # new toggles: a new height and width
        return super().event(event)


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
