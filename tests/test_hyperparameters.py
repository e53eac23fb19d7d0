"""The hyperparameter form: what the user types is taken as typed, or refused out loud -- never changed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from nndesk.ui.hyperparameters import HyperparameterForm, Hyperparameters, NumberField


@pytest.fixture
def form(qtbot):
    f = HyperparameterForm()
    qtbot.addWidget(f)
    f.show()
    qtbot.waitExposed(f)
    return f


def type_into(qtbot, field: NumberField, text: str) -> None:
    """What a user does: click into the field, select everything, type, press Enter."""
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)
    assert field.lineEdit().text() == text  # not one typed character was dropped
    qtbot.keyClick(field, Qt.Key.Key_Return)


@pytest.mark.parametrize(("typed", "value"), [("50", 50.0), ("99.5", 99.5), ("0.0005", 0.0005), ("100", 100.0)])
def test_a_large_learning_rate_is_taken_as_typed(form, qtbot, typed, value):
    with qtbot.waitSignal(form.etaChanged) as blocker:
        type_into(qtbot, form.eta_spin, typed)
    assert blocker.args == [pytest.approx(value)]
    assert form.values().eta == pytest.approx(value)
    assert form.message() == ""


def test_a_momentum_of_one_or_more_can_be_tried(form, qtbot):
    with qtbot.waitSignal(form.alphaChanged) as blocker:
        type_into(qtbot, form.alpha_spin, "1.5")
    assert blocker.args == [pytest.approx(1.5)]
    assert form.alpha_spin.text() == "1.5000"


def test_an_out_of_range_value_is_refused_out_loud_and_the_old_value_stays(form, qtbot):
    changes: list[float] = []
    form.etaChanged.connect(changes.append)
    form.eta_spin.setFocus()
    form.eta_spin.selectAll()
    qtbot.keyClicks(form.eta_spin, "999")
    # while typing: kept as typed, flagged in the field and under the form
    assert form.eta_spin.lineEdit().text() == "999"
    assert "999" in form.eta_spin.toolTip() and "0.0001 to 100" in form.eta_spin.toolTip()
    assert "outside the allowed range" in form.message()
    with qtbot.waitSignal(form.messageShown) as blocker:
        qtbot.keyClick(form.eta_spin, Qt.Key.Key_Return)
    message = blocker.args[0]
    assert "999" in message and "0.0001 to 100" in message and "stays 0.09" in message
    assert form.message() == message  # still shown after Qt put 0.09 back
    assert form.values().eta == pytest.approx(0.09) and changes == []
    # the next accepted edit clears it
    type_into(qtbot, form.eta_spin, "0.5")
    assert form.message() == "" and changes == [pytest.approx(0.5)]


def test_leaving_the_field_refuses_too(form, qtbot):
    other = QLineEdit(form)
    other.show()
    form.alpha_spin.setFocus()
    form.alpha_spin.selectAll()
    qtbot.keyClicks(form.alpha_spin, "12")
    with qtbot.waitSignal(form.messageShown):
        other.setFocus()
    assert form.values().alpha == pytest.approx(0.015)
    assert "below 10" in form.message()


def test_too_many_decimals_are_refused_not_rounded(form, qtbot):
    form.eta_spin.setFocus()
    form.eta_spin.selectAll()
    qtbot.keyClicks(form.eta_spin, "0.12345")
    assert form.eta_spin.lineEdit().text() == "0.12345"
    with qtbot.waitSignal(form.messageShown) as blocker:
        qtbot.keyClick(form.eta_spin, Qt.Key.Key_Return)
    assert "more than 4 decimals" in blocker.args[0]
    assert form.values().eta == pytest.approx(0.09)


@pytest.mark.parametrize(("typed", "value", "shown"), [
    ("1e-5", 1e-5, "1e-05"), ("0.001", 0.001, "0.001"), ("0.00025", 0.00025, "0.00025"), ("2", 2.0, "2")])
def test_the_error_target_takes_scientific_notation_and_shows_it_compactly(form, qtbot, typed, value, shown):
    with qtbot.waitSignal(form.stopRuleChanged):
        type_into(qtbot, form.target_spin, typed)
    assert form.values().target_error == pytest.approx(value, rel=1e-12)
    assert form.target_spin.text() == shown


def test_fields_show_their_values_with_consistent_decimals(form):
    assert form.eta_spin.text() == "0.0900" and form.alpha_spin.text() == "0.0150"
    assert form.target_spin.text() == "0.01" and form.margin_spin.text() == "0.100"
    form.set_values(Hyperparameters(target_error=1e-5))
    assert form.target_spin.text() == "1e-05"


def test_every_number_field_says_its_range_in_the_tooltip(form):
    for field, words in ((form.eta_spin, "0.0001 to 100"), (form.alpha_spin, "below 10"),
                         (form.target_spin, "1e-10 to 1000"), (form.margin_spin, "0 to 0.49")):
        assert words in field.toolTip()


def test_letters_are_not_typed_at_all(form, qtbot):
    form.target_spin.setFocus()
    form.target_spin.selectAll()
    qtbot.keyClicks(form.target_spin, "x0.5")
    assert form.target_spin.lineEdit().text() == "0.5"


def test_fields_do_not_stretch_across_a_wide_panel(form, qtbot):
    form.resize(640, form.sizeHint().height())
    qtbot.waitUntil(lambda: form.width() == 640)
    widest = form.field_width()
    assert widest < 320
    for field in (form.eta_spin, form.alpha_spin, form.stop_combo, form.target_spin, form.max_epochs_spin):
        assert field.width() <= widest, field.objectName()
    assert form.seed_spin.width() + form.new_seed_button.width() <= widest
    assert form.eta_spin.width() >= form.eta_spin.minimumSizeHint().width()  # never crushed either
