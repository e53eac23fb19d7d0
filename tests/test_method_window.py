"""The window's Method group (issue 15): each control named, labelled and explained; the article's method the
default; η and α greyed out where the rule does not use them; edits go into the document's settings; training
uses the method and honours patience."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from nndesk.engine import StopReason
from nndesk.engine.methods import Method
from nndesk.project.presets import PRESETS
from nndesk.project.project_file import Project
from nndesk.project.training_settings import TrainingSettings


def _choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))  # as a user's pick: emits currentIndexChanged


def test_every_control_has_a_name_a_buddy_label_and_a_tooltip_and_the_articles_method_is_shown(window):
    form = window.methods.form
    controls = (form.rule_combo, form.batch_combo, form.loss_combo, form.decay_spin, form.init_combo,
                form.patience_spin)
    buddies = {label.buddy() for label in form.findChildren(QLabel) if label.buddy() is not None}
    for control in (*controls, form.shuffle_check, form.batch_spin):
        assert control.accessibleName(), control.objectName()
        assert len(control.toolTip()) > 20, control.objectName()
    assert set(controls) <= buddies
    assert form.method() == Method() and window.document.settings.method == Method()
    assert form.patience_spin.text() == "Off" and not form.patience_spin.isEnabled()
    assert "test rows" in form.patience_spin.toolTip()
    assert window.methods.label.text() == "Backprop, online"


def test_rprop_greys_out_eta_alpha_and_the_batch_size_and_keeps_the_weights(window, qtbot):
    doc, form, hyper = window.document, window.methods.form, window.hyper_form
    for _ in range(3):
        window.step()
    weights = doc.network.get_weights()
    doc.set_modified(False)
    _choose(form.rule_combo, "rprop")
    assert doc.settings.method == Method(rule="rprop", batch_size=None) and doc.network.rule == "rprop"
    assert doc.modified and doc.network.epochs == 3
    assert all(np.array_equal(a, b) for a, b in zip(doc.network.get_weights(), weights, strict=True))
    assert not hyper.eta_spin.isEnabled() and "no learning rate" in hyper.eta_spin.toolTip()
    assert not hyper.alpha_spin.isEnabled() and "momentum" in hyper.alpha_spin.toolTip()
    assert not form.batch_combo.isEnabled() and form.batch_combo.currentData() == "whole"
    assert "whole table" in form.batch_combo.toolTip()
    assert window.methods.label.text() == "Rprop, whole table"
    _choose(form.rule_combo, "adam")
    assert hyper.eta_spin.isEnabled() and not hyper.alpha_spin.isEnabled()
    assert "Adam does not use the momentum" in hyper.alpha_spin.toolTip()
    _choose(form.rule_combo, "backprop")
    assert doc.settings.method == Method()  # back to online: the batch chosen before Rprop
    assert hyper.eta_spin.isEnabled() and hyper.alpha_spin.isEnabled()
    assert "Learning rate" in hyper.eta_spin.toolTip()


def test_each_control_goes_into_the_settings(window):
    doc, form = window.document, window.methods.form
    _choose(form.batch_combo, "mini-batch")
    assert form.batch_spin.isVisible()
    form.batch_spin.setValue(3)
    _choose(form.loss_combo, "cross-entropy")
    form.decay_spin.setValue(0.001)
    form.shuffle_check.setChecked(True)
    _choose(form.init_combo, "xavier")
    assert doc.settings.method == Method("backprop", 3, "cross-entropy", 0.001, "xavier", True)
    assert doc.network.method == doc.settings.method
    assert window.methods.label.text() == ("Backprop, batches of 3, cross-entropy, weight decay 0.001, xavier "
                                           "initial weights, shuffled")
    _choose(form.batch_combo, "whole")
    assert doc.settings.method.batch_size is None and not form.batch_spin.isVisible()


def test_cross_entropy_is_refused_for_outputs_that_are_not_sigmoid(window):
    doc, form = window.document, window.methods.form
    _choose(form.loss_combo, "cross-entropy")
    doc.set_topology([3], ["sigmoid", "tanh"])
    assert doc.settings.method.loss == "squared" and doc.network.loss == "squared"
    assert not form.loss_combo.isEnabled() and "sigmoid outputs" in form.loss_combo.toolTip()


def test_the_window_trains_with_the_method_and_patience_restores_the_best_test_epoch(window, qtbot):
    parity = Project(PRESETS["3-bit parity"], (3, 4, 1), ("sigmoid", "sigmoid"),
                     training=TrainingSettings(eta=0.5, alpha=0.9, seed=2, method=Method(batch_size=None),
                                               test_rows=(0, 7), max_epochs=200_000))
    window.show_project(parity)
    form = window.methods.form
    assert form.patience_spin.isEnabled()
    form.patience_spin.setValue(25)
    assert window.document.settings.patience == 25
    with qtbot.waitSignal(window.trainingFinished, timeout=60_000) as done:
        window.train()
        assert not form.isEnabled()  # the method holds still while training runs
    result = done.args[0]
    assert result.reason is StopReason.NO_TEST_IMPROVEMENT and result.best_epoch == window.network.epochs
    assert window.document.errors.last_epoch() == result.best_epoch + 25  # the whole history stays in the plot
    assert window.document.test_errors.last_epoch() == result.best_epoch + 25
    assert form.isEnabled()
    window.step()  # training goes on from the best epoch: the epochs after it are written anew
    assert window.document.errors.last_epoch() == result.best_epoch + 1 == window.network.epochs


def test_the_method_is_explained_in_words_when_hovered(window):
    form = window.methods.form
    assert "Rprop" in form.rule_combo.toolTip() and "η" in form.rule_combo.toolTip()
    label = window.methods.form.labels["ruleCombo"]
    assert label.text() == "&Rule" and label.buddy() is form.rule_combo
    assert form.rule_combo.focusPolicy() != Qt.FocusPolicy.NoFocus


def test_the_study_trains_with_the_projects_method_and_test_rows_and_says_which(window, qtbot):
    from PySide6.QtWidgets import QPushButton, QSpinBox

    from nndesk.engine import StopRule
    from nndesk.engine.many import train_many

    xor = Project(PRESETS["XOR"], (2, 3, 1), ("sigmoid", "sigmoid"),
                  training=TrainingSettings(eta=0.5, alpha=0.9, method=Method(rule="rprop", batch_size=None),
                                            target_error=0.05, max_epochs=3000))
    window.show_project(xor)
    window.open_study()
    study = window.study_window
    qtbot.addWidget(study)
    assert study.configs()[0].method == Method(rule="rprop", batch_size=None)
    label = study.config_label.text()
    assert "Rprop, whole table" in label and "η" not in label  # Rprop has no learning rate to show
    study.findChild(QSpinBox, "seedsSpin").setValue(6)
    study.findChild(QSpinBox, "firstSeedSpin").setValue(1)
    with qtbot.waitSignal(study.studyFinished, timeout=60_000):
        study.findChild(QPushButton, "runStudyButton").click()
    expected = train_many([2, 3, 1], PRESETS["XOR"].inputs, PRESETS["XOR"].targets, range(1, 7), eta=0.5,
                          alpha=0.9, stop=StopRule(error_below=0.05), max_epochs=3000, rule="rprop",
                          batch_size=None)
    assert [s.epochs for s in study.results[0].seeds] == [s.epochs for s in expected.seeds]
    online = train_many([2, 3, 1], PRESETS["XOR"].inputs, PRESETS["XOR"].targets, range(1, 7), eta=0.5,
                        alpha=0.9, stop=StopRule(error_below=0.05), max_epochs=3000)
    assert [s.epochs for s in online.seeds] != [s.epochs for s in expected.seeds]  # the method made a difference
    window.document.set_settings(window.document.settings.with_changes(test_rows=(3,)))
    study.take_from_main_window()
    assert study.configs()[0].test_rows == (3,) and "test rows 4" in study.config_label.text()
    assert study.configs()[0].training_data()["inputs"].shape == (3, 2)


def test_step_through_explains_only_the_articles_update_and_says_so_for_another_method(window, qtbot):
    _choose(window.methods.form.rule_combo, "adam")
    steps = window.insight.steps
    weights = window.document.network.get_weights()
    assert steps.step() is None
    assert "learns by Adam, online" in steps.shown_text()
    assert all(np.array_equal(a, b) for a, b in zip(window.document.network.get_weights(), weights, strict=True))
    _choose(window.methods.form.rule_combo, "backprop")
    assert steps.step() is not None
