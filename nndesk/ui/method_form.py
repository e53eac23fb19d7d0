"""The Method group: how the network learns (rule, batch size, loss, weight decay, initial weights, shuffle) and
the patience of early stopping, edited in the document's :class:`~nndesk.project.training_settings.TrainingSettings`.

The article's method (online backprop, squared error, no decay, the article's initial weights, table order) is
the default. Controls that do not apply to the chosen method are disabled, with a tooltip saying why, and so are
the learning rate η and the momentum α of the Training group where the rule does not use them.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QSpinBox, QWidget

from nndesk.engine.methods import Method, check_method
from nndesk.i18n import QT_TRANSLATE_NOOP, translate
from nndesk.project.training_settings import TrainingSettings
from nndesk.ui.hyperparameters import NumberField

ONLINE, MINI_BATCH, WHOLE = "online", "mini-batch", "whole"
BATCH_MAX = 100_000
PATIENCE_MAX = 100_000_000
DECAY_MAX = 10.0

RULE_TIP = QT_TRANSLATE_NOOP(
    "MethodForm", "How the weights move. Backprop (the article's): downhill by η times the gradient, plus α times "
    "the last change. Rprop: each weight grows or shrinks its own step by the gradient's sign, no η needed. "
    "Adam: each weight's step scaled by its gradient's recent size, with η as the step.")
BATCH_TIP = QT_TRANSLATE_NOOP(
    "MethodForm", "How many rows before each update. Online (the article's): after every row. Mini-batches: after "
    "each group of that many rows, by their average. Whole table: once per epoch.")
LOSS_TIP = QT_TRANSLATE_NOOP(
    "MethodForm", "What the error gradient follows. Squared error is the article's. Cross-entropy pushes harder "
    "when an output is confidently wrong; it needs sigmoid outputs. The error shown stays the article's.")
DECAY_TIP = QT_TRANSLATE_NOOP(
    "MethodForm", "Weight decay λ: every update also pulls each weight (not the bias weights) towards 0 by λ "
    "times itself, which keeps weights small. 0 is the article's (none).")
INIT_TIP = QT_TRANSLATE_NOOP(
    "MethodForm", "How the initial weights are drawn from the seed. Article: normal(0, 1), as the article's code. "
    "Uniform: between -0.5 and 0.5, as the TensorFlow Playground. Xavier: scaled to each layer's size. "
    "Changing it draws new initial weights.")
SHUFFLE_TIP = QT_TRANSLATE_NOOP(
    "MethodForm", "Train the rows of each epoch in a new random order (from the seed) instead of the table's order.")
PATIENCE_TIP = QT_TRANSLATE_NOOP(
    "MethodForm", "Early stopping: stop once the test rows' error has not improved for this many epochs, and go "
    "back to the weights of its best epoch. Off: the other stop rules only.")
NO_PATIENCE_TIP = QT_TRANSLATE_NOOP(
    "MethodForm", "Patience watches the test rows' error: mark some rows as test rows in the table first.")
RPROP_BATCH_TIP = QT_TRANSLATE_NOOP(
    "MethodForm", "Rprop always learns from the whole table at once: it takes no batch size.")
NOT_SIGMOID_TIP = QT_TRANSLATE_NOOP("MethodForm", "Cross-entropy needs sigmoid outputs: the output layer is {0}.")
RPROP_ETA_TIP = QT_TRANSLATE_NOOP("MethodForm", "Rprop needs no learning rate: each weight finds its own step size.")
NO_ALPHA_TIP = QT_TRANSLATE_NOOP(
    "MethodForm", "{0} does not use the momentum α: it keeps its own memory of past gradients.")


def _t(text: str) -> str:
    """``text`` (marked under "MethodForm") in the language nndesk speaks."""
    return translate("MethodForm", text)

class MethodForm(QWidget):
    """The Method group's controls. ``methodChanged`` fires on the user's edits only, never on
    :meth:`set_values`; :meth:`values` gives the settings with the edits applied."""

    methodChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._updating = False
        self._settings = TrainingSettings()
        self._output = "sigmoid"
        self.rule_combo = _combo("ruleCombo", self.tr("Rule"), _t(RULE_TIP), [
            ("Backprop", "backprop"), ("Rprop", "rprop"), ("Adam", "adam")])
        self.batch_combo = _combo("batchCombo", self.tr("Batch"), _t(BATCH_TIP), [
            (self.tr("Online"), ONLINE), (self.tr("Mini-batches"), MINI_BATCH), (self.tr("Whole table"), WHOLE)])
        self.batch_spin = QSpinBox()
        self.batch_spin.setObjectName("batchSizeSpin")
        self.batch_spin.setRange(2, BATCH_MAX)
        self.batch_spin.setKeyboardTracking(False)
        self.batch_spin.setAccessibleName(self.tr("Rows per batch"))
        self.batch_spin.setToolTip(self.tr("Rows per mini-batch (the last batch of an epoch may have fewer)"))
        self.loss_combo = _combo("lossCombo", self.tr("Loss"), _t(LOSS_TIP), [(self.tr("Squared error"), "squared"),
                                                                          (self.tr("Cross-entropy"), "cross-entropy")])
        self.decay_spin = NumberField("weightDecaySpin", self.tr("Weight decay"), 0.0, DECAY_MAX, 10, _t(DECAY_TIP),
                                      range_text=self.tr("0 to {0}").format(f"{DECAY_MAX:g}"), compact=True)
        self.init_combo = _combo("initCombo", self.tr("Initial weights"), _t(INIT_TIP), [
            (self.tr("Article"), "article"), (self.tr("Uniform"), "uniform"), ("Xavier", "xavier")])
        self.shuffle_check = QCheckBox(self.tr("Shuffle rows"))
        self.shuffle_check.setObjectName("shuffleCheck")
        self.shuffle_check.setAccessibleName(self.tr("Shuffle rows"))
        self.shuffle_check.setToolTip(_t(SHUFFLE_TIP))
        self.patience_spin = QSpinBox()
        self.patience_spin.setObjectName("patienceSpin")
        self.patience_spin.setRange(0, PATIENCE_MAX)
        self.patience_spin.setSpecialValueText(self.tr("Off"))
        self.patience_spin.setSuffix(self.tr(" epochs"))
        self.patience_spin.setGroupSeparatorShown(True)
        self.patience_spin.setKeyboardTracking(False)
        self.patience_spin.setAccessibleName(self.tr("Patience"))
        self.labels: dict[str, QLabel] = {}
        self._lay_out()
        self._connect()
        self.set_values(self._settings)

    def _lay_out(self) -> None:
        batch_row = QWidget()
        row = QHBoxLayout(batch_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.batch_combo, 1)
        row.addWidget(self.batch_spin)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        for text, field, buddy in ((self.tr("&Rule"), self.rule_combo, None),
                                   (self.tr("&Batch"), batch_row, self.batch_combo),
                                   (self.tr("L&oss"), self.loss_combo, None),
                                   (self.tr("&Decay λ"), self.decay_spin, None),
                                   (self.tr("&Init"), self.init_combo, None), ("", self.shuffle_check, None),
                                   (self.tr("Pa&tience"), self.patience_spin, None)):
            if not text:
                form.addRow(field)
                continue
            label = QLabel(text)
            label.setBuddy(buddy or field)
            label.setToolTip((buddy or field).toolTip())
            self.labels[(buddy or field).objectName()] = label
            form.addRow(label, field)

    def _connect(self) -> None:
        for combo in (self.rule_combo, self.batch_combo, self.loss_combo, self.init_combo):
            combo.currentIndexChanged.connect(self._on_edit)
        for spin in (self.batch_spin, self.decay_spin, self.patience_spin):
            spin.valueChanged.connect(self._on_edit)
        self.shuffle_check.toggled.connect(self._on_edit)

    def _on_edit(self, *_value: object) -> None:
        self._sync_enabled()
        if not self._updating:
            self.methodChanged.emit()

    # --- public API -------------------------------------------------------------------------------------
    def method(self) -> Method:
        """The method shown, checked (Rprop takes the whole table; cross-entropy only with sigmoid outputs)."""
        rule = self.rule_combo.currentData()
        batch = self.batch_combo.currentData()
        size = None if rule == "rprop" or batch == WHOLE else 1 if batch == ONLINE else self.batch_spin.value()
        loss = self.loss_combo.currentData() if self._output == "sigmoid" else "squared"
        return check_method(rule, size, loss, self.decay_spin.value(), self.init_combo.currentData(),
                            self.shuffle_check.isChecked(), output_activation=self._output)

    def values(self, settings: TrainingSettings) -> TrainingSettings:
        """``settings`` with the method and the patience shown."""
        patience = self.patience_spin.value() or None
        return settings.with_changes(method=self.method(), patience=patience)

    def set_values(self, settings: TrainingSettings, output_activation: str = "sigmoid") -> None:
        """Show ``settings``' method and patience (``output_activation``: the network's output layer, which
        cross-entropy needs to be sigmoid) without emitting ``methodChanged``."""
        self._updating = True
        try:
            self._settings, self._output = settings, output_activation
            m = settings.method
            self.rule_combo.setCurrentIndex(self.rule_combo.findData(m.rule))
            batch = WHOLE if m.batch_size is None else ONLINE if m.batch_size == 1 else MINI_BATCH
            self.batch_combo.setCurrentIndex(self.batch_combo.findData(batch))
            if batch == MINI_BATCH:
                self.batch_spin.setValue(m.batch_size)
            self.loss_combo.setCurrentIndex(self.loss_combo.findData(m.loss))
            self.decay_spin.setValue(m.weight_decay)
            self.init_combo.setCurrentIndex(self.init_combo.findData(m.init))
            self.shuffle_check.setChecked(m.shuffle)
            self.patience_spin.setValue(settings.patience or 0)
            self._sync_enabled()
        finally:
            self._updating = False

    def set_training(self, training: bool) -> None:
        """While training the method holds still (pause to change it: training goes on from the same weights)."""
        self.setEnabled(not training)
        self.setToolTip(self.tr("Pause training to change the method") if training else "")

    # --- what applies ------------------------------------------------------------------------------------
    _last_rule: str | None = None
    _batch_before_rprop: str | None = None  # the batch the user had chosen before Rprop took the whole table

    def _show_batch(self, batch: str) -> None:
        self.batch_combo.blockSignals(True)  # part of this edit, not another one
        self.batch_combo.setCurrentIndex(self.batch_combo.findData(batch))
        self.batch_combo.blockSignals(False)

    def _sync_enabled(self) -> None:
        rule = self.rule_combo.currentData()
        rprop = rule == "rprop"
        if rprop and self.batch_combo.currentData() != WHOLE:
            self._batch_before_rprop = None if self._updating else self.batch_combo.currentData()
            self._show_batch(WHOLE)
        elif not rprop and self._last_rule == "rprop":
            if self._batch_before_rprop and not self._updating:
                self._show_batch(self._batch_before_rprop)  # leaving Rprop: the batch chosen before it
            self._batch_before_rprop = None
        self._last_rule = rule
        _allow(self.batch_combo, not rprop, _t(BATCH_TIP), _t(RPROP_BATCH_TIP))
        self.batch_spin.setVisible(self.batch_combo.currentData() == MINI_BATCH and not rprop)
        sigmoid = self._output == "sigmoid"
        _allow(self.loss_combo, sigmoid, _t(LOSS_TIP), _t(NOT_SIGMOID_TIP).format(self._output))
        _allow(self.patience_spin, bool(self._settings.test_rows), _t(PATIENCE_TIP), _t(NO_PATIENCE_TIP))


def _combo(name: str, accessible: str, tip: str, items: list[tuple[str, str]]) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setAccessibleName(accessible)
    combo.setToolTip(tip)
    for text, data in items:
        combo.addItem(text, data)
    return combo


def _allow(widget: QWidget, on: bool, tip: str, why_not: str) -> None:
    """Enable ``widget`` with its tooltip, or disable it with a tooltip saying why."""
    widget.setEnabled(on)
    widget.setToolTip(tip if on else why_not)


def show_rates_in_use(eta_field: QWidget, alpha_field: QWidget, method: Method, eta_tip: str, alpha_tip: str) -> None:
    """Grey out η and α where ``method``'s rule does not use them, with a tooltip saying why."""
    _allow(eta_field, method.rule != "rprop", eta_tip, _t(RPROP_ETA_TIP))
    name = "Rprop" if method.rule == "rprop" else "Adam"
    _allow(alpha_field, method.rule == "backprop", alpha_tip, _t(NO_ALPHA_TIP).format(name))


def describe_method(method: Method) -> str:
    """``method`` in a few words in the user's language, e.g. "Rprop, whole table, cross-entropy" (the status
    bar's; :meth:`Method.describe` is the English of files and the command line)."""
    if method.rule == "rprop":
        words = [translate("MethodForm", "Rprop, whole table")]
    else:
        if method.batch_size == 1:
            size = translate("MethodForm", "online")
        elif method.batch_size is None:
            size = translate("MethodForm", "whole table")
        else:
            size = translate("MethodForm", "batches of {0}").format(method.batch_size)
        rule = translate("MethodForm", "backprop") if method.rule == "backprop" else "Adam"
        words = [f"{rule}, {size}"]
    if method.loss != "squared":
        words.append(translate("MethodForm", "cross-entropy"))
    if method.weight_decay:
        words.append(translate("MethodForm", "weight decay {0}").format(f"{method.weight_decay:g}"))
    if method.init == "uniform":
        words.append(translate("MethodForm", "uniform initial weights"))
    elif method.init == "xavier":
        words.append(translate("MethodForm", "xavier initial weights"))
    if method.shuffle:
        words.append(translate("MethodForm", "shuffled"))
    return ", ".join(words)
