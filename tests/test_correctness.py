"""One definition of a correct row (nndesk.engine.correctness), and every place that judges rows agrees with it.

The stop rule of every trainer, the lockstep study, the truth check, the "Try it" panel and the command line.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from nndesk.engine import Network, ReferenceNetwork, StopReason, StopRule
from nndesk.engine._codegen import STOP_CORRECT, STOP_NONE
from nndesk.engine.correctness import margin_bounds, outputs_right, rows_correct
from nndesk.engine.many import train_many

NAN = math.nan


@pytest.mark.parametrize(
    ("output", "target", "margin", "right"),
    [
        (0.7, 1.0, 0.0, True),
        (0.3, 0.0, 0.0, True),
        (0.3, 1.0, 0.0, False),
        (0.5, 1.0, 0.0, False),  # exactly on the threshold: right for neither target
        (0.5, 0.0, 0.0, False),
        (math.nextafter(0.5, 1), 1.0, 0.0, True),
        (math.nextafter(0.5, 0), 0.0, 0.0, True),
        (0.7, 1.0, 0.2, True),  # 0.5 + 0.2 rounds to 0.7: "at least threshold + m"
        (0.69, 1.0, 0.2, False),
        (0.3, 0.0, 0.2, True),
        (0.31, 0.0, 0.2, False),
        (0.123, NAN, 0.4, True),  # a don't-care is never wrong
        (NAN, 1.0, 0.0, False),  # a diverged output is never right
        (NAN, 0.0, 0.0, False),
    ],
)
def test_an_output_is_right_strictly_on_its_targets_side(output, target, margin, right):
    assert bool(outputs_right(output, target, 0.5, margin)) is right


def test_a_row_is_correct_when_every_output_is_right_and_shapes_broadcast():
    outputs = np.array([[0.9, 0.1], [0.9, 0.5], [0.2, 0.7]])
    targets = np.array([[1, 0], [1, 0], [NAN, 1]])
    assert rows_correct(outputs, targets, 0.5).tolist() == [True, False, True]
    networks = np.array([[0.9, 0.1], [0.1, 0.1]])  # (networks, n_out) against one row's targets
    assert rows_correct(networks, [1, 0], 0.5).tolist() == [True, False]
    assert margin_bounds(0.0, 0.0) == (5e-324, -5e-324)  # tanh: strictly above or below 0


def _judged_tables(seed: int) -> tuple[list, np.ndarray, np.ndarray, float]:
    """A network's raw outputs on random rows and targets that it gets right or wrong, with a margin that
    sits exactly on some outputs' distance from the threshold (the boundary cases)."""
    rng = np.random.RandomState(seed)
    x = rng.uniform(-2, 2, (6, 3))
    outputs = ReferenceNetwork([3, 4, 2], seed=seed).predict(x)
    targets = (outputs > 0.5).astype(float)
    if seed % 3 == 0:
        targets[rng.randint(6), rng.randint(2)] = 1 - targets[0, 0]  # sometimes one flipped: a wrong row
    targets[rng.randint(6), rng.randint(2)] = NAN
    margin = [0.0, float(np.min(np.abs(outputs - 0.5))), 0.05][seed % 3]
    return [3, 4, 2], x, targets, margin


@pytest.mark.parametrize("trainer", ["codegen", "numpy"])
def test_the_stop_rule_of_each_trainer_is_the_definition(trainer):
    """With η = α = 0 nothing changes, so one epoch stops on "all correct" exactly when the definition says so."""
    answers = []
    for seed in range(12):
        sizes, x, t, margin = _judged_tables(seed)
        net = Network(sizes, seed=seed, eta=0.0, alpha=0.0, trainer=trainer)
        _, why = net.train_chunk(x, t, 1, margin=margin)
        expected = bool(rows_correct(ReferenceNetwork(sizes, seed=seed).predict(x), t, 0.5, margin).all())
        assert why == (STOP_CORRECT if expected else STOP_NONE), f"seed {seed}"
        answers.append(expected)
    assert any(answers) and not all(answers)


def test_the_study_stops_and_counts_by_the_definition():
    seeds = list(range(12))
    for seed in seeds:
        sizes, x, t, margin = _judged_tables(seed)
        result = train_many(sizes, x, t, [seed], eta=0.0, alpha=0.0, max_epochs=1, finish_alone_below=0,
                            stop=StopRule(error_below=None, all_correct_margin=margin))
        judged = rows_correct(ReferenceNetwork(sizes, seed=seed).predict(x), t, 0.5, margin)
        assert (result.seeds[0].reason is StopReason.ALL_CORRECT) == bool(judged.all()), f"seed {seed}"
        assert result.seeds[0].rows_correct == int(rows_correct(ReferenceNetwork(sizes, seed=seed).predict(x),
                                                                t, 0.5).sum())


def _exactly_half() -> Network:
    """A network whose every output is exactly 0.5: all weights 0, so every sum is 0."""
    net = Network([2, 2, 1], eta=0.0, alpha=0.0, seed=1)
    net.set_weights([np.zeros((2, 3)), np.zeros((1, 3))])
    return net


def test_an_output_of_exactly_the_threshold_is_wrong_everywhere():
    from nndesk.commands._common import truth_check
    from nndesk.project.truth_table import TruthTable

    net = _exactly_half()
    x, t = [[0, 0], [1, 1]], [[0], [1]]
    assert net.predict(x).tolist() == [[0.5], [0.5]]
    assert net.predict_thresholded(x).tolist() == [[0], [0]]  # the article's reading: 0.5 is not above 0.5
    assert net.train_chunk(x, t, 3, margin=0.0)[1] == STOP_NONE  # the stop rule never fires
    table = TruthTable(["A", "B"], ["Y"], [[0, 0, 0], [1, 1, 1]])
    assert [c.correct for c in truth_check(net, table)] == [False, False]  # the command line


def test_the_truth_check_view_and_try_it_use_the_definition(qtbot):
    from PySide6.QtWidgets import QLabel

    from nndesk.ui.predict_panel import PredictPanel
    from nndesk.ui.truth_check import check_rows

    checks = check_rows(np.array([[0.5], [0.2], [0.7]]), np.array([[0.0], [0.0], [NAN]]), 0.5)
    assert [c.correct for c in checks] == [False, True, True]
    panel = PredictPanel()
    qtbot.addWidget(panel)
    panel.set_names(["A", "B"], ["P", "Q", "R"])
    panel.show_outputs(np.array([0.5, 0.2, 0.7]), 0.5, target=np.array([0.0, 0.0, NAN]))
    marks = [panel.findChild(QLabel, f"outputMatch{k}") for k in range(3)]
    assert [m.text() for m in marks] == ["✗", "✓", "✓"]
    assert "don't-care" in marks[2].toolTip()
