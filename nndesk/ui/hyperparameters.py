"""The hyperparameter form: it edits the :class:`~nndesk.project.training_settings.TrainingSettings` (learning
rate, momentum, seed, stop rule, error target, margin, epoch limit)."""

from __future__ import annotations

import math
import random

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette, QValidator
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from nndesk.i18n import translate
from nndesk.project.training_settings import STOP_ALL_CORRECT, STOP_ERROR, TrainingSettings
from nndesk.ui.appearance import tone_label, tones

SEED_MAX = 2**31 - 1
ETA_MIN, ETA_MAX = 0.0001, 100.0
ALPHA_MAX = 9.9999  # below 10: the engine takes any alpha >= 0; 1 or more diverges, which is worth seeing
TARGET_MIN, TARGET_MAX = 1e-10, 1000.0
MARGIN_MAX = 0.49
MAX_EPOCHS_MAX = 2_000_000_000
FIELD_CHARS = 22  # fields are at most this many digits wide: a wide window gives the plot room, not them

# What the form edits: the project's training settings (the name the form has always used for them).
Hyperparameters = TrainingSettings
__all__ = ["STOP_ALL_CORRECT", "STOP_ERROR", "HyperparameterForm", "Hyperparameters", "NumberField", "random_seed"]


def random_seed() -> int:
    """A fresh seed for 'New weights' (the system's randomness, not the network's generator)."""
    return random.SystemRandom().randint(0, SEED_MAX)


class NumberField(QDoubleSpinBox):
    """A number box that takes what the user types, or refuses it out loud; it never drops typed digits.

    A plain QDoubleSpinBox throws away a keystroke that would leave its range (typing 50 where the maximum
    is 10 leaves 5). Here any well-formed number may be typed; while it is out of range or has more decimals
    than the field keeps, its text turns red and says why in the tooltip, and on Enter or leaving the field
    the old value stays and :attr:`refused` carries a message in the user's words.

    ``compact`` fields (the error target) show the shortest text that gives the value back, such as 0.01 or
    1e-05, and accept scientific notation.
    """

    refused = Signal(str)
    problemChanged = Signal(str)  # the live problem of the text being typed, "" when none

    def __init__(self, name: str, label: str, lo: float, hi: float, decimals: int, tip: str,
                 *, range_text: str, compact: bool = False) -> None:
        super().__init__()
        self._label = label
        self._range_text = range_text
        self._compact = compact
        self._tip = tip + "\n" + translate("HyperparameterForm", "Allowed: {0}.").format(range_text)
        self._problem = ""
        self._shown_decimals = decimals
        self.setObjectName(name)
        self.setDecimals(15 if compact else decimals)  # compact: keep the value as typed, show it short
        self.setRange(lo, hi)
        self.setStepType(QAbstractSpinBox.StepType.AdaptiveDecimalStepType)
        self.setKeyboardTracking(False)  # valueChanged on Enter / focus out / arrows, not on each keystroke
        self.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToPreviousValue)
        self.setToolTip(self._tip)
        self.setAccessibleName(label)
        self.lineEdit().textChanged.connect(self._show_problem)

    # --- what counts as a number ---------------------------------------------------------------------------
    def parse(self, text: str) -> float | None:
        """The number ``text`` spells (in the C or the user's locale), or None."""
        text = text.strip()
        value, ok = self.locale().toDouble(text)
        if ok:
            return value
        try:
            value = float(text.replace(",", "."))
        except ValueError:
            return None
        return value if math.isfinite(value) else None

    def problem(self, text: str) -> str:
        """Why ``text`` cannot be taken ("" when it can, or when it is not a number at all yet)."""
        value = self.parse(text)
        if value is None:
            return ""
        if not self.minimum() <= value <= self.maximum():
            return translate("HyperparameterForm", "{0}: {1} is outside the allowed range, {2}").format(
                self._label, text.strip(), self._range_text)
        if not self._compact and round(value, self._shown_decimals) != value:
            return translate("HyperparameterForm", "{0}: {1} has more than {2} decimals").format(
                self._label, text.strip(), self._shown_decimals)
        return ""

    # --- QDoubleSpinBox ---------------------------------------------------------------------------------------
    def validate(self, text: str, pos: int) -> object:
        if self.problem(text):
            return QValidator.State.Intermediate, text, pos  # kept as typed, refused only on commit
        if self._compact:
            if self.parse(text) is not None:
                return QValidator.State.Acceptable, text, pos
            partial = text.strip().lower().rstrip("+-").rstrip("e")
            ok = partial in ("", ".") or self.parse(partial) is not None
            return (QValidator.State.Intermediate if ok else QValidator.State.Invalid), text, pos
        return super().validate(text, pos)

    def valueFromText(self, text: str) -> float:
        if self._compact:
            value = self.parse(text)
            return self.value() if value is None else value
        return super().valueFromText(text)

    def textFromValue(self, value: float) -> str:
        if self._compact:
            return f"{value:.10g}"  # 0.01, 1e-05, 0.00025: as short as the value allows
        return super().textFromValue(value)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._refuse_if_needed()
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:
        self._refuse_if_needed()
        super().focusOutEvent(event)

    # --- internals ------------------------------------------------------------------------------------------
    def _refuse_if_needed(self) -> None:
        # Before Qt puts the previous value back, so that the message can name what was typed.
        problem = self.problem(self.lineEdit().text())
        if problem:
            self.refused.emit(translate("HyperparameterForm", "{0}; it stays {1}.").format(
                problem, self.textFromValue(self.value())))

    def _show_problem(self, text: str) -> None:
        problem = self.problem(text)
        if problem == self._problem:
            return
        self._problem = problem
        palette = QPalette()  # no problem: inherit, so that the text follows the appearance
        if problem:
            palette = self.lineEdit().palette()
            palette.setColor(QPalette.ColorRole.Text, tones(self.palette()).wrong)
        self.lineEdit().setPalette(palette)
        self.setToolTip(f"{problem}.\n\n{self._tip}" if problem else self._tip)
        self.problemChanged.emit(problem)


class HyperparameterForm(QWidget):
    """Editable hyperparameters. Signals fire only on user edits, never on :meth:`set_values`.

    A typed number that cannot be taken is refused where it was typed (red text, a message under the form)
    and through :attr:`messageShown`, for the status bar.
    """

    etaChanged = Signal(float)
    alphaChanged = Signal(float)
    seedChanged = Signal(int)
    stopRuleChanged = Signal()  # target error, max epochs, stop rule or margin
    messageShown = Signal(str)  # a typed value was refused: what and why, in the user's words

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._updating = False
        self._shown = TrainingSettings()
        self.eta_spin = NumberField(
            "etaSpin", translate("HyperparameterForm", "Learning rate η"), ETA_MIN, ETA_MAX, 4,
            translate("HyperparameterForm", "Learning rate (eta): how far each weight moves per training row. "
                      "Can change while training."),
            range_text=translate("HyperparameterForm", "0.0001 to {0}, 4 decimals").format(f"{ETA_MAX:g}"),
        )
        self.alpha_spin = NumberField(
            "alphaSpin", translate("HyperparameterForm", "Momentum α"), 0.0, ALPHA_MAX, 4,
            translate("HyperparameterForm", "Momentum (alpha): the share of the previous weight change added again. "
                      "Can change while training. 1 or more usually makes the training diverge: try it and see."),
            range_text=translate("HyperparameterForm", "0 to below 10, 4 decimals"),
        )
        self.target_spin = NumberField(
            "targetErrorSpin", translate("HyperparameterForm", "Error target"), TARGET_MIN, TARGET_MAX, 10,
            translate("HyperparameterForm", "Error target: training stops once an epoch's error (summed over rows) "
                      "is below it. Type 0.01, 0.001 or 1e-5."),
            range_text=translate("HyperparameterForm", "1e-10 to 1000"), compact=True,
        )
        self.max_epochs_spin = QSpinBox()
        self.max_epochs_spin.setObjectName("maxEpochsSpin")
        self.max_epochs_spin.setRange(1, MAX_EPOCHS_MAX)
        self.max_epochs_spin.setGroupSeparatorShown(True)
        self.max_epochs_spin.setSingleStep(100_000)
        self.max_epochs_spin.setKeyboardTracking(False)
        self.max_epochs_spin.setToolTip(translate("HyperparameterForm", "Max epochs: training always stops here "
                                                                        "(counted since Reset)."))
        self.max_epochs_spin.setAccessibleName(translate("HyperparameterForm", "Max epochs"))
        self.seed_spin = QSpinBox()
        self.seed_spin.setObjectName("seedSpin")
        self.seed_spin.setRange(0, SEED_MAX)
        self.seed_spin.setKeyboardTracking(False)
        self.seed_spin.setToolTip(translate("HyperparameterForm", "Seed: the same seed always gives the same initial "
                                            "weights. Changing it re-initialises the weights."))
        self.seed_spin.setAccessibleName(translate("HyperparameterForm", "Seed"))
        self.new_seed_button = QPushButton(translate("HyperparameterForm", "New"))
        self.new_seed_button.setObjectName("newSeedButton")
        self.new_seed_button.setToolTip(translate("HyperparameterForm", "Pick a fresh random seed and re-initialise "
                                                                        "the weights"))
        self.new_seed_button.setAccessibleName(translate("HyperparameterForm", "New random seed"))
        self.stop_combo = QComboBox()
        self.stop_combo.setObjectName("stopRuleCombo")
        self.stop_combo.addItem(translate("HyperparameterForm", "Error below target"), STOP_ERROR)
        self.stop_combo.addItem(translate("HyperparameterForm", "All rows correct"), STOP_ALL_CORRECT)
        self.stop_combo.setToolTip(translate("HyperparameterForm", "When training stops by itself (max epochs always "
                                                                   "applies)"))
        self.margin_spin = NumberField(
            "marginSpin", translate("HyperparameterForm", "Margin"), 0.0, MARGIN_MAX, 3,
            translate("HyperparameterForm", "Margin: for 'All rows correct', every output must be at least this far "
                                            "from the 0.5 threshold."),
            range_text=translate("HyperparameterForm", "0 to 0.49, 3 decimals"),
        )
        self.message_label = QLabel("")
        self.message_label.setObjectName("hyperparameterMessage")
        self.message_label.setWordWrap(True)
        tone_label(self.message_label, "wrong")
        self.message_label.hide()
        self._message_is_refusal = False
        self._lay_out()
        self.set_values(Hyperparameters())
        self._connect()

    def field_width(self) -> int:
        """The widest any field gets, in pixels (FIELD_CHARS digits of the current font)."""
        return self.fontMetrics().horizontalAdvance("0" * FIELD_CHARS)

    def _lay_out(self) -> None:
        seed_row = QWidget()
        seed_layout = QHBoxLayout(seed_row)
        seed_layout.setContentsMargins(0, 0, 0, 0)
        seed_layout.addWidget(self.seed_spin, 1)
        seed_layout.addWidget(self.new_seed_button)
        for field in (self.eta_spin, self.alpha_spin, seed_row, self.stop_combo, self.target_spin,
                      self.margin_spin, self.max_epochs_spin):
            field.setMaximumWidth(self.field_width())
        # the seed box holds a ten-digit seed in full: the New button takes no more room than its word needs
        self.seed_spin.setMinimumWidth(self.seed_spin.sizeHint().width())
        self.new_seed_button.setFixedWidth(self.new_seed_button.fontMetrics().horizontalAdvance(
            self.new_seed_button.text().replace("&", "")) + 24)  # its word in the language shown
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(translate("HyperparameterForm", "Learning rate η"), self.eta_spin)
        form.addRow(translate("HyperparameterForm", "Momentum α"), self.alpha_spin)
        form.addRow(translate("HyperparameterForm", "Seed"), seed_row)
        form.addRow(translate("HyperparameterForm", "Stop when"), self.stop_combo)
        form.addRow(translate("HyperparameterForm", "Error target"), self.target_spin)
        form.addRow(translate("HyperparameterForm", "Margin"), self.margin_spin)
        form.addRow(translate("HyperparameterForm", "Max epochs"), self.max_epochs_spin)
        form.addRow(self.message_label)
        self._form = form

    def _connect(self) -> None:
        self.eta_spin.valueChanged.connect(lambda v: self._emit(self.etaChanged, float(v)))
        self.alpha_spin.valueChanged.connect(lambda v: self._emit(self.alphaChanged, float(v)))
        self.seed_spin.valueChanged.connect(lambda v: self._emit(self.seedChanged, int(v)))
        self.new_seed_button.clicked.connect(self.choose_new_seed)
        for spin in (self.target_spin, self.margin_spin, self.max_epochs_spin):
            spin.valueChanged.connect(lambda _v: self._emit(self.stopRuleChanged))
        self.stop_combo.currentIndexChanged.connect(self._on_stop_rule_changed)
        for field in self.number_fields():
            field.refused.connect(self._on_refused)
            field.problemChanged.connect(self._on_problem_changed)
            field.valueChanged.connect(self._clear_message)

    def number_fields(self) -> tuple[NumberField, ...]:
        return self.eta_spin, self.alpha_spin, self.target_spin, self.margin_spin

    def message(self) -> str:
        """The refusal or problem shown under the form ("" when none)."""
        return self.message_label.text() if self.message_label.isVisibleTo(self) else ""

    def _on_refused(self, message: str) -> None:
        self._show_message(message, refusal=True)
        self.messageShown.emit(message)

    def _on_problem_changed(self, problem: str) -> None:
        if problem:
            self._show_message(f"{problem}.", refusal=False)
        elif not self._message_is_refusal:
            self._clear_message()  # the user corrected what they were typing

    def _show_message(self, text: str, *, refusal: bool) -> None:
        self._message_is_refusal = refusal
        self.message_label.setText(text)
        self.message_label.setVisible(True)

    def _clear_message(self) -> None:
        self._message_is_refusal = False
        self.message_label.clear()
        self.message_label.setVisible(False)

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
    def values(self) -> TrainingSettings:
        """The settings shown; those the form has no field for (the method, test rows, patience: the Method
        group's) as last set by :meth:`set_values`."""
        return self._shown.with_changes(
            eta=self.eta_spin.value(),
            alpha=self.alpha_spin.value(),
            seed=self.seed_spin.value(),
            target_error=self.target_spin.value(),
            max_epochs=self.max_epochs_spin.value(),
            stop_rule=self.stop_combo.currentData(),
            margin=self.margin_spin.value(),
        )

    def set_values(self, h: TrainingSettings) -> None:
        """Show ``h`` without emitting any change signal."""
        self._updating = True
        self._shown = h
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
            self._clear_message()
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
        tip = translate("HyperparameterForm", "Pause training to change this") if training else ""
        for w in (self.seed_spin, self.new_seed_button, self.stop_combo, self.target_spin,
                  self.margin_spin, self.max_epochs_spin):
            w.setEnabled(not training)
            w.setStatusTip(tip)
