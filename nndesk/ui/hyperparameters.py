"""The hyperparameter form: learning rate, momentum, seed, error target, epoch limit and stop rule."""

from __future__ import annotations

import random
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QWidget,
)

SEED_MAX = 2**31 - 1
STOP_ERROR = "error"
STOP_ALL_CORRECT = "all_correct"


@dataclass(frozen=True)
class Hyperparameters:
    """Everything the form holds, in engine units (errors are the article's summed per-row RMS error)."""

    eta: float = 0.09
    alpha: float = 0.015
    seed: int = 1
    target_error: float = 0.01
    max_epochs: int = 5_000_000
    stop_rule: str = STOP_ERROR  # STOP_ERROR or STOP_ALL_CORRECT
    margin: float = 0.1  # for STOP_ALL_CORRECT: every output this far on the right side of the threshold


def random_seed() -> int:
    """A fresh seed for 'New weights' (the system's randomness, not the network's generator)."""
    return random.SystemRandom().randint(0, SEED_MAX)


def _double_spin(name: str, lo: float, hi: float, decimals: int, tip: str) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setObjectName(name)
    spin.setRange(lo, hi)
    spin.setDecimals(decimals)
    spin.setStepType(QAbstractSpinBox.StepType.AdaptiveDecimalStepType)
    spin.setKeyboardTracking(False)  # valueChanged on Enter / focus out / arrows, not on each keystroke
    spin.setToolTip(tip)
    spin.setAccessibleName(tip.split(":")[0])
    return spin


class HyperparameterForm(QWidget):
    """Editable hyperparameters. Signals fire only on user edits, never on :meth:`set_values`."""

    etaChanged = Signal(float)
    alphaChanged = Signal(float)
    seedChanged = Signal(int)
    stopRuleChanged = Signal()  # target error, max epochs, stop rule or margin

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._updating = False
        self.eta_spin = _double_spin(
            "etaSpin", 0.0001, 10.0, 4,
            "Learning rate (eta): how far each weight moves per training row. Can change while training.",
        )
        self.alpha_spin = _double_spin(
            "alphaSpin", 0.0, 0.99, 4,
            "Momentum (alpha): the share of the previous weight change added again. "
            "Can change while training.",
        )
        self.target_spin = _double_spin(
            "targetErrorSpin", 0.00001, 100.0, 5,
            "Error target: training stops once an epoch's error (summed over rows) is below it.",
        )
        self.max_epochs_spin = QSpinBox()
        self.max_epochs_spin.setObjectName("maxEpochsSpin")
        self.max_epochs_spin.setRange(1, 2_000_000_000)
        self.max_epochs_spin.setGroupSeparatorShown(True)
        self.max_epochs_spin.setSingleStep(100_000)
        self.max_epochs_spin.setKeyboardTracking(False)
        self.max_epochs_spin.setToolTip("Max epochs: training always stops here (counted since Reset).")
        self.max_epochs_spin.setAccessibleName("Max epochs")
        self.seed_spin = QSpinBox()
        self.seed_spin.setObjectName("seedSpin")
        self.seed_spin.setRange(0, SEED_MAX)
        self.seed_spin.setKeyboardTracking(False)
        self.seed_spin.setToolTip("Seed: the same seed always gives the same initial weights. "
                                  "Changing it re-initialises the weights.")
        self.seed_spin.setAccessibleName("Seed")
        self.new_seed_button = QPushButton("New")
        self.new_seed_button.setObjectName("newSeedButton")
        self.new_seed_button.setToolTip("Pick a fresh random seed and re-initialise the weights")
        self.stop_combo = QComboBox()
        self.stop_combo.setObjectName("stopRuleCombo")
        self.stop_combo.addItem("Error below target", STOP_ERROR)
        self.stop_combo.addItem("All rows correct", STOP_ALL_CORRECT)
        self.stop_combo.setToolTip("When training stops by itself (max epochs always applies)")
        self.margin_spin = _double_spin(
            "marginSpin", 0.0, 0.49, 3,
            "Margin: for 'All rows correct', every output must be at least this far from the 0.5 threshold.",
        )
        self._lay_out()
        self.set_values(Hyperparameters())
        self._connect()

    def _lay_out(self) -> None:
        seed_row = QHBoxLayout()
        seed_row.setContentsMargins(0, 0, 0, 0)
        seed_row.addWidget(self.seed_spin, 1)
        seed_row.addWidget(self.new_seed_button)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow("Learning rate η", self.eta_spin)
        form.addRow("Momentum α", self.alpha_spin)
        form.addRow("Seed", seed_row)
        form.addRow("Stop when", self.stop_combo)
        form.addRow("Error target", self.target_spin)
        form.addRow("Margin", self.margin_spin)
        form.addRow("Max epochs", self.max_epochs_spin)
        self._form = form

    def _connect(self) -> None:
        self.eta_spin.valueChanged.connect(lambda v: self._emit(self.etaChanged, float(v)))
        self.alpha_spin.valueChanged.connect(lambda v: self._emit(self.alphaChanged, float(v)))
        self.seed_spin.valueChanged.connect(lambda v: self._emit(self.seedChanged, int(v)))
        self.new_seed_button.clicked.connect(self.choose_new_seed)
        for spin in (self.target_spin, self.margin_spin, self.max_epochs_spin):
            spin.valueChanged.connect(lambda _v: self._emit(self.stopRuleChanged))
        self.stop_combo.currentIndexChanged.connect(self._on_stop_rule_changed)

    def _emit(self, signal, *args) -> None:
        if not self._updating:
            signal.emit(*args)

    def _on_stop_rule_changed(self) -> None:
        self._sync_rows()
        self._emit(self.stopRuleChanged)

    def _sync_rows(self) -> None:
        by_error = self.stop_combo.currentData() == STOP_ERROR
        self._form.setRowVisible(self.target_spin, by_error)
        self._form.setRowVisible(self.margin_spin, not by_error)

    # --- public API -------------------------------------------------------------------------------------
    def values(self) -> Hyperparameters:
        return Hyperparameters(
            eta=self.eta_spin.value(),
            alpha=self.alpha_spin.value(),
            seed=self.seed_spin.value(),
            target_error=self.target_spin.value(),
            max_epochs=self.max_epochs_spin.value(),
            stop_rule=self.stop_combo.currentData(),
            margin=self.margin_spin.value(),
        )

    def set_values(self, h: Hyperparameters) -> None:
        """Show ``h`` without emitting any change signal."""
        self._updating = True
        try:
            self.eta_spin.setValue(h.eta)
            self.alpha_spin.setValue(h.alpha)
            self.seed_spin.setValue(h.seed)
            self.target_spin.setValue(h.target_error)
            self.max_epochs_spin.setValue(h.max_epochs)
            index = self.stop_combo.findData(h.stop_rule)
            self.stop_combo.setCurrentIndex(max(index, 0))
            self.margin_spin.setValue(h.margin)
            self._sync_rows()
        finally:
            self._updating = False

    def set_seed(self, seed: int) -> None:
        """Show ``seed`` without emitting seedChanged."""
        self._updating = True
        try:
            self.seed_spin.setValue(seed)
        finally:
            self._updating = False

    def choose_new_seed(self) -> int:
        """Pick a fresh random seed, show it and emit seedChanged (the weights follow)."""
        seed = random_seed()
        self.seed_spin.setValue(seed)  # emits seedChanged through valueChanged
        if self.seed_spin.value() != seed:  # unreachable in practice; keeps the contract if clamped
            self.seedChanged.emit(self.seed_spin.value())
        return self.seed_spin.value()

    def set_training(self, training: bool) -> None:
        """While training only eta and alpha stay editable (they take effect at the next chunk)."""
        tip = "Pause training to change this" if training else ""
        for w in (self.seed_spin, self.new_seed_button, self.stop_combo, self.target_spin,
                  self.margin_spin, self.max_epochs_spin):
            w.setEnabled(not training)
            w.setStatusTip(tip)
