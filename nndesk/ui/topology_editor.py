"""The network-shape editor: input and output sizes (from the table), hidden layers and activations.

``topology()`` is ``[n_in, *hidden, n_out]``; ``activations()`` has one name per non-input layer.
``topologyChanged`` fires once per user gesture and never for ``set_hidden`` / ``set_io`` calls.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from nndesk.i18n import QT_TRANSLATE_NOOP, translate

ACTIVATION_NAMES = ("sigmoid", "tanh", "relu", "linear")
ACTIVATION_TIPS = {
    "sigmoid": QT_TRANSLATE_NOOP("TopologyEditor", "sigmoid: 1 / (1 + e^-x), outputs between 0 and 1 (the article's "
                                                   "choice)"),
    "tanh": QT_TRANSLATE_NOOP("TopologyEditor", "tanh: outputs between -1 and 1"),
    "relu": QT_TRANSLATE_NOOP("TopologyEditor", "relu: max(0, x), outputs 0 or more"),
    "linear": QT_TRANSLATE_NOOP("TopologyEditor", "linear: passes x through unchanged"),
}
MAX_HIDDEN_LAYERS = 6
MAX_NEURONS = 64
DEFAULT_NEURONS = 3

HiddenRow = tuple[QSpinBox, QComboBox, QToolButton, QLabel]  # size, activation, remove, title


class WheelGuard(QObject):
    """Eats mouse-wheel events over a widget that does not have focus.

    Scrolling a side panel must not change a preset or a layer size on the way past (and so
    silently replace a table or re-initialise the weights); click the widget first, then scroll.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return event.type() == QEvent.Type.Wheel and not watched.hasFocus()

    def guard(self, widget: QWidget) -> None:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        widget.installEventFilter(self)


def weight_count(topology: Sequence[int]) -> int:
    """Number of weights, biases included: sum of ``(n[l] + 1) * n[l+1]``."""
    return sum((a + 1) * b for a, b in itertools.pairwise(topology))


def _activation_combo(name: str, tip_layer: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    for i, act in enumerate(ACTIVATION_NAMES):
        combo.addItem(act)
        combo.setItemData(i, translate("TopologyEditor", ACTIVATION_TIPS[act]), Qt.ItemDataRole.ToolTipRole)
    layer = translate("TopologyEditor", tip_layer)
    combo.setToolTip(translate("TopologyEditor", "Activation function of the {0}").format(layer))
    return combo


class TopologyEditor(QWidget):
    """Rows of layers: the input layer (read-only), hidden layers (size spin box, activation, remove
    button), an add button, and the output layer (read-only size, activation)."""

    topologyChanged = Signal()

    def __init__(
        self, parent: QWidget | None = None, n_inputs: int = 2, n_outputs: int = 2, hidden: Sequence[int] = (3,)
    ) -> None:
        super().__init__(parent)
        self.setObjectName("topologyEditor")
        self._n_in = n_inputs
        self._n_out = n_outputs
        self._hidden: list[HiddenRow] = []
        self._wheel_guard = WheelGuard(self)
        self._build()
        self.set_hidden(list(hidden))

    # ---- construction ------------------------------------------------------------------------
    def _build(self) -> None:
        self.input_title = QLabel(translate("TopologyEditor", "Input layer"))
        self.output_title = QLabel(translate("TopologyEditor", "Output layer"))
        self.input_label = QLabel()
        self.input_label.setObjectName("inputCountLabel")
        self.input_label.setToolTip(translate("TopologyEditor", "One input neuron per input column of the training "
                                                                "table"))
        self.output_label = QLabel()
        self.output_label.setObjectName("outputCountLabel")
        self.output_label.setToolTip(translate("TopologyEditor", "One output neuron per target column of the "
                                                                 "training table"))
        self.output_activation = _activation_combo("outputActivationCombo",
                                                   QT_TRANSLATE_NOOP("TopologyEditor", "output layer"))
        self.output_activation.currentIndexChanged.connect(self._user_changed)
        self._wheel_guard.guard(self.output_activation)
        self.output_activation.setAccessibleName(translate("TopologyEditor", "Activation of the output layer"))

        self.add_button = QPushButton(translate("TopologyEditor", "+ Add hidden layer"))
        self.add_button.setObjectName("addHiddenButton")
        self.add_button.setToolTip(translate("TopologyEditor", "Add a hidden layer before the output layer"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self._on_add)

        self.summary = QLabel()
        self.summary.setObjectName("topologySummary")
        self.summary.setToolTip(translate("TopologyEditor", "Neurons per layer, and how many weights (biases "
                                                            "included) will be trained"))
        self.summary.setStyleSheet("color: palette(placeholder-text);")

        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(6)
        self.grid.setVerticalSpacing(3)
        self.grid.setColumnStretch(1, 0)
        self.grid.setColumnStretch(4, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(self.grid)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch()
        buttons.addWidget(self.summary)
        layout.addLayout(buttons)
        layout.addStretch()

    def _layout_rows(self) -> None:
        """Place the input row, one row per hidden layer, then the output row in the grid."""
        for i in reversed(range(self.grid.count())):
            self.grid.takeAt(i)
        self.grid.addWidget(self.input_title, 0, 0)
        self.grid.addWidget(self.input_label, 0, 1)
        for k, row in enumerate(self._hidden, start=1):
            for column, widget in enumerate((row[3], *row[:3])):
                self.grid.addWidget(widget, k, column)
                widget.show()  # a layout shows new children of a visible parent only later
        last = len(self._hidden) + 1
        self.grid.addWidget(self.output_title, last, 0)
        self.grid.addWidget(self.output_label, last, 1)
        self.grid.addWidget(self.output_activation, last, 2)

    def _make_hidden_row(self, neurons: int, activation: str) -> HiddenRow:
        spin = QSpinBox()
        spin.setRange(1, MAX_NEURONS)
        spin.setValue(neurons)
        _set_neuron_suffix(spin, neurons)
        spin.valueChanged.connect(lambda v: _set_neuron_suffix(spin, v))
        spin.setKeyboardTracking(False)  # typing "12" is one change, not "1" then "12"
        spin.setToolTip(translate("TopologyEditor", "Neurons in this hidden layer"))
        spin.valueChanged.connect(self._user_changed)
        combo = _activation_combo("", QT_TRANSLATE_NOOP("TopologyEditor", "hidden layer"))
        combo.setCurrentText(activation)
        combo.currentIndexChanged.connect(self._user_changed)
        remove = QToolButton()
        remove.setText("−")
        remove.setToolTip(translate("TopologyEditor", "Remove this hidden layer"))
        remove.clicked.connect(lambda: self._on_remove(remove))
        title = QLabel()
        self._wheel_guard.guard(spin)
        self._wheel_guard.guard(combo)
        return spin, combo, remove, title

    def _rename_rows(self) -> None:
        for k, (spin, combo, remove, title) in enumerate(self._hidden):
            title.setText(translate("TopologyEditor", "Hidden layer {0}").format(k + 1))
            spin.setObjectName(f"hiddenSpin{k}")
            combo.setObjectName(f"hiddenActivation{k}")
            combo.setToolTip(translate("TopologyEditor", "Activation function of hidden layer {0}").format(k + 1))
            spin.setAccessibleName(translate("TopologyEditor", "Neurons in hidden layer {0}").format(k + 1))
            combo.setAccessibleName(translate("TopologyEditor", "Activation of hidden layer {0}").format(k + 1))
            remove.setAccessibleName(translate("TopologyEditor", "Remove hidden layer {0}").format(k + 1))
            remove.setObjectName(f"removeHiddenButton{k}")
            remove.setToolTip(translate("TopologyEditor", "Remove hidden layer {0}").format(k + 1))

    # ---- public API --------------------------------------------------------------------------
    def topology(self) -> list[int]:
        """Neurons per layer, input and output included, e.g. ``[2, 3, 2]``."""
        return [self._n_in, *(spin.value() for spin, *_ in self._hidden), self._n_out]

    def activations(self) -> list[str]:
        """One activation name per non-input layer: the hidden layers, then the output layer."""
        return [combo.currentText() for _, combo, *_ in self._hidden] + [self.output_activation.currentText()]

    def set_hidden(self, layers: Sequence[int], activations: Sequence[str] | None = None) -> None:
        """Set the hidden layers (and optionally activations) without emitting topologyChanged.

        ``activations`` has one name per hidden layer plus the output layer (like ``activations()``),
        or one per hidden layer only (the output activation is kept). When None, existing hidden
        layers keep their activation and new ones get the last hidden layer's (sigmoid if none).
        """
        layers = [int(n) for n in layers]
        if len(layers) > MAX_HIDDEN_LAYERS or any(not 1 <= n <= MAX_NEURONS for n in layers):
            raise ValueError(f"at most {MAX_HIDDEN_LAYERS} hidden layers of 1..{MAX_NEURONS} neurons")
        old = [combo.currentText() for _, combo, *_ in self._hidden]
        if activations is None:
            fill = old[-1] if old else "sigmoid"
            hidden_acts = [old[k] if k < len(old) else fill for k in range(len(layers))]
            output_act = self.output_activation.currentText()
        else:
            acts = list(activations)
            bad = [a for a in acts if a not in ACTIVATION_NAMES]
            if len(acts) not in (len(layers), len(layers) + 1) or bad:
                raise ValueError(f"activations must be {len(layers) + 1} names from {ACTIVATION_NAMES}")
            hidden_acts = acts[: len(layers)]
            keep = self.output_activation.currentText()
            output_act = acts[len(layers)] if len(acts) > len(layers) else keep
        for row in self._hidden:
            _discard(row)
        self._hidden = [self._make_hidden_row(n, a) for n, a in zip(layers, hidden_acts, strict=True)]
        self.output_activation.blockSignals(True)
        self.output_activation.setCurrentText(output_act)
        self.output_activation.blockSignals(False)
        self._refresh()

    def set_io(self, n_in: int, n_out: int) -> None:
        """Follow the training table's column counts; no signal (the caller knows it changed them)."""
        if n_in < 1 or n_out < 1:
            raise ValueError("a network needs at least one input and one output")
        self._n_in, self._n_out = int(n_in), int(n_out)
        self._refresh()

    # ---- reactions ---------------------------------------------------------------------------
    def _refresh(self) -> None:
        self._rename_rows()
        self._layout_rows()
        self.input_label.setText(_neurons(self._n_in))
        self.output_label.setText(_neurons(self._n_out))
        self.add_button.setEnabled(len(self._hidden) < MAX_HIDDEN_LAYERS)
        topo = self.topology()
        count = weight_count(topo)
        weights = translate("TopologyEditor", "1 weight") if count == 1 else translate("TopologyEditor", "{0} weights")
        self.summary.setText(f"{' → '.join(map(str, topo))}  ·  " + weights.format(count))

    def _user_changed(self) -> None:
        self._refresh()
        self.topologyChanged.emit()

    def _on_add(self) -> None:
        n = self._hidden[-1][0].value() if self._hidden else DEFAULT_NEURONS
        act = self._hidden[-1][1].currentText() if self._hidden else "sigmoid"
        self._hidden.append(self._make_hidden_row(n, act))
        self._user_changed()
        self._hidden[-1][0].setFocus()

    def _on_remove(self, button: QToolButton) -> None:
        k = next(i for i, row in enumerate(self._hidden) if row[2] is button)
        _discard(self._hidden.pop(k))
        self._user_changed()


def _neurons(n: int) -> str:
    return (translate("TopologyEditor", "1 neuron") if n == 1 else translate("TopologyEditor", "{0} neurons")).format(n)


def _discard(widgets: Sequence[QWidget]) -> None:
    for w in widgets:
        w.setObjectName("")  # so findChild never finds a row that is on its way out
        w.hide()
        w.deleteLater()


def _set_neuron_suffix(spin: QSpinBox, n: int) -> None:
    spin.setSuffix(translate("TopologyEditor", " neuron") if n == 1 else translate("TopologyEditor", " neurons"))
