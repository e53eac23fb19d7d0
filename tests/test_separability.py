"""A network without a hidden layer and a table it cannot represent: found exactly, and named as the cause."""

from __future__ import annotations

import itertools
import json
from dataclasses import replace

import numpy as np
import pytest

from nndesk import cli
from nndesk.engine import Network, StopReason, StopRule, train_until
from nndesk.engine.separability import linearly_separable, no_hidden_layer_problem
from nndesk.project.presets import PRESETS, preset_project
from nndesk.project.project_file import save_project

XOR_CAUSE = "A network without a hidden layer draws one straight line; XOR needs two: add a hidden layer"


def corners(n: int) -> np.ndarray:
    return np.array(list(itertools.product((0.0, 1.0), repeat=n)))


def test_of_the_16_functions_of_two_bits_only_xor_and_xnor_are_not_separable() -> None:
    x = corners(2)
    inseparable = [bits for bits in itertools.product((0, 1), repeat=4)
                   if not linearly_separable(x, np.array(bits, dtype=bool))]
    assert inseparable == [(0, 1, 1, 0), (1, 0, 0, 1)]


def test_104_of_the_256_functions_of_three_bits_are_separable() -> None:
    # The number of threshold functions of 3 variables (OEIS A000609: 2, 4, 14, 104, 1882, ...).
    x = corners(3)
    assert sum(bool(linearly_separable(x, np.array(bits, dtype=bool)))
               for bits in itertools.product((0, 1), repeat=8)) == 104


def test_real_valued_points_exactly_on_either_side() -> None:
    between = np.array([[0.0, 0.0], [1.0, 1.0], [0.5, 0.5]])  # a 1 on the segment between two 0s
    assert linearly_separable(between, np.array([False, False, True])) is False
    beside = np.array([[0.0, 0.0], [1.0, 1.0], [0.5, 0.5000000001]])  # 1e-10 off it: a line fits, exactly
    assert linearly_separable(beside, np.array([False, False, True])) is True


def test_dont_cares_and_contradictions() -> None:
    x, t = corners(2), np.array([[0.0], [1.0], [1.0], [np.nan]])  # XOR with its last row a don't-care: OR fits
    assert no_hidden_layer_problem((2, 1), x, t, 0.5) == ""
    same_inputs = np.array([[0.0], [0.0]]), np.array([[0.0], [1.0]])  # no network separates them: not this cause
    assert no_hidden_layer_problem((1, 1), *same_inputs, 0.5) == ""
    assert no_hidden_layer_problem((2, 3, 1), x, np.array([[0.0], [1.0], [1.0], [0.0]]), 0.5) == ""


@pytest.mark.parametrize(("preset", "expected"), [
    ("XOR", f"{XOR_CAUSE} (Y is A XOR B)."),
    ("XNOR", "A network without a hidden layer draws one straight line; XNOR needs two: add a hidden layer "
             "(Y is A XNOR B)."),
    ("Half adder", f"{XOR_CAUSE} (Sum is A XOR B)."),
    ("3-bit parity", "A network without a hidden layer draws one straight line; Odd needs more than one (no "
                     "straight line splits the rows of 1 from the rows of 0): add a hidden layer."),
    ("2-bit adder", "A network without a hidden layer draws one straight line; S1 and S0 need more than one (no "
                    "straight line splits the rows of 1 from the rows of 0): add a hidden layer."),
    ("AND", ""), ("Majority", ""), ("2-bit comparator (A>B)", ""), ("2-to-4 decoder", ""),
])
def test_each_preset_without_a_hidden_layer(preset, expected) -> None:
    t = PRESETS[preset]
    assert no_hidden_layer_problem((t.n_inputs, t.n_targets), t.inputs, t.targets, 0.5, t.input_names,
                                   t.target_names) == expected


def test_xor_without_a_hidden_layer_stops_with_the_true_cause_not_saturation() -> None:
    t = PRESETS["XOR"]
    net = Network([2, 1], eta=0.09, alpha=0.015, seed=1)  # the case: the article's settings
    result = train_until(net, t.inputs, t.targets, StopRule(error_below=0.01, max_epochs=5_000_000))
    assert result.reason is StopReason.PLATEAU and result.epochs < 200_000
    assert "the network stopped changing" in result.message
    assert result.message.endswith(f"so more epochs cannot help. {XOR_CAUSE} (the output is input 1 XOR input 2).")
    assert "saturated" not in result.message


def test_the_epoch_limit_names_the_cause_too_with_the_tables_names() -> None:
    t = PRESETS["3-bit parity"]
    net = Network([3, 1], eta=0.5, alpha=0.9, seed=1)
    result = train_until(net, t.inputs, t.targets, StopRule(error_below=0.01, max_epochs=300),
                         input_names=t.input_names, output_names=t.target_names)
    assert result.reason is StopReason.MAX_EPOCHS
    assert ". A network without a hidden layer draws one straight line; Odd needs more than one" in result.message


def test_a_separable_table_that_fails_gets_no_such_cause() -> None:
    t = PRESETS["AND"]
    result = train_until(Network([2, 1], seed=1), t.inputs, t.targets, StopRule(error_below=0.01, max_epochs=10))
    assert result.reason is StopReason.MAX_EPOCHS and "hidden layer" not in result.message


def test_nndesk_train_names_it(tmp_path, capsys) -> None:
    path = tmp_path / "xor-no-hidden.nndesk"
    save_project(replace(preset_project("XOR"), topology=(2, 1), activations=("sigmoid",), eta=0.09, alpha=0.015),
                 path)
    assert cli.main(["train", str(path), "--json"]) == 1  # stopped changing: more epochs cannot help
    out = json.loads(capsys.readouterr().out)
    assert out["stopped_because"] == "plateau"
    assert out["message"].endswith(f"{XOR_CAUSE} (Y is A XOR B).")
    assert cli.main(["study", str(path), "--seeds", "3", "--max-epochs", "2000"]) == 0
    assert f"{XOR_CAUSE} (Y is A XOR B)." in capsys.readouterr().out.splitlines()


def test_the_window_says_it_in_the_status_bar(qtbot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QComboBox, QToolButton

    from nndesk.ui import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    combo = window.findChild(QComboBox, "presetCombo")
    combo.setCurrentIndex(combo.findText("XOR"))
    qtbot.mouseClick(window.findChild(QToolButton, "removeHiddenButton0"), Qt.MouseButton.LeftButton)
    assert window.topology_editor.topology() == [2, 1]
    window.hyper_form.max_epochs_spin.setValue(20_000)  # with XOR's η 0.5 and α 0.9 it may not freeze before
    with qtbot.waitSignal(window.trainingFinished, timeout=60_000) as finished:
        window.train()
    assert finished.args[0].reason in (StopReason.PLATEAU, StopReason.MAX_EPOCHS)
    assert window.statusBar().currentMessage().endswith(f"{XOR_CAUSE} (Y is A XOR B).")
