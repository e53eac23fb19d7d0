"""Gate naming: hidden neurons with hand-set weights are named as the gates they compute."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from nndesk.engine import Network
from nndesk.engine.trace import forward_trace
from nndesk.project.gates import (
    TWO_INPUT_GATES,
    GateName,
    hidden_gates,
    hidden_outputs,
    name_gate,
    truth_column_text,
)

ROWS_2 = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=float)

# Weights into one sigmoid neuron from inputs A, B and the bias: large, so the outputs sit near 0 or 1.
HAND_SET = {
    "NAND": [-20.0, -20.0, 30.0],
    "AND": [20.0, 20.0, -30.0],
    "OR": [20.0, 20.0, -10.0],
    "NOR": [-20.0, -20.0, 10.0],
    "A AND NOT B": [20.0, -20.0, -10.0],
    "NOT B": [0.0, -20.0, 10.0],
}


def _net_with_hidden(rows: list[list[float]], n_in: int = 2) -> Network:
    net = Network([n_in, len(rows), 1], seed=0)
    out = np.zeros((1, len(rows) + 1))
    net.set_weights([np.array(rows), out])
    return net


def test_hand_set_hidden_neurons_are_named_as_their_gates():
    net = _net_with_hidden(list(HAND_SET.values()))
    names = [str(g) for g in hidden_gates(net, ROWS_2)[0]]
    assert names == list(HAND_SET)


def test_the_table_column_names_are_used():
    net = _net_with_hidden([HAND_SET["A AND NOT B"], [0.0, 20.0, -10.0]])
    gates = hidden_gates(net, ROWS_2, ["x", "y"])[0]
    assert [str(g) for g in gates] == ["x AND NOT y", "y"]


def test_a_single_input_copy_and_its_negation():
    net = _net_with_hidden([[20.0, -10.0], [-20.0, 10.0], [0.0, 5.0]], n_in=1)
    gates = hidden_gates(net, np.array([[0.0], [1.0]]))[0]
    assert [str(g) for g in gates] == ["A", "NOT A", "TRUE"]


def test_a_tanh_hidden_layer_is_thresholded_at_zero():
    net = Network([2, 1, 1], seed=0, activations=["tanh", "sigmoid"])
    net.set_weights([np.array([[2.0, 2.0, -3.0]]), np.zeros((1, 2))])  # above 0 only for A = B = 1
    assert str(hidden_gates(net, ROWS_2)[0][0]) == "AND"


@pytest.mark.parametrize("column", list(itertools.product([False, True], repeat=4)))
def test_every_one_of_the_16_columns_gets_its_own_exact_name(column):
    gate = name_gate(ROWS_2, column)
    assert gate.exact
    _, f = next((t, f) for t, f in TWO_INPUT_GATES if t.format(A="A", B="B") == gate.name)
    assert [f(bool(a), bool(b)) for a, b in ROWS_2] == list(column)


def test_the_16_names_are_distinct():
    names = {str(name_gate(ROWS_2, c)) for c in itertools.product([0, 1], repeat=4)}
    assert len(names) == 16
    assert {"XOR", "XNOR", "NAND", "A OR NOT B", "(NOT A) OR B", "(NOT A) AND B"} <= names


def test_random_row_orders_and_subsets_are_matched_on_the_rows_present():
    rng = np.random.default_rng(2)
    for _ in range(200):
        _, f = TWO_INPUT_GATES[rng.integers(16)]
        rows = ROWS_2[rng.permutation(4)[: rng.integers(1, 5)]]
        outputs = [f(bool(a), bool(b)) for a, b in rows]
        gate = name_gate(rows, outputs)
        assert gate.exact
        named = next(g for t, g in TWO_INPUT_GATES if t.format(A="A", B="B") == gate.name)
        assert [named(bool(a), bool(b)) for a, b in rows] == outputs  # consistent with every row present


def test_ties_go_to_the_simpler_name():
    # only the rows where A = 1 and B = 1 and A = 0, B = 0: AND, XNOR, B, A ... all match; A is simplest
    assert str(name_gate(np.array([[1, 1], [0, 0]]), [1, 0])) == "A"
    assert str(name_gate(np.array([[1, 1]]), [0])) == "FALSE"


def test_conflicting_rows_give_an_approximate_name():
    rows = np.array([[0, 0], [0, 1], [1, 0], [1, 1], [1, 1]])
    gate = name_gate(rows, [0, 1, 1, 0, 1])  # the repeated last row says 1: XOR and OR both miss one row
    assert gate == GateName("OR", 1)  # the simpler of the two
    assert str(gate) == "≈ OR"


def test_more_inputs_give_a_truth_column_unless_a_simple_name_fits():
    rows = np.array(list(itertools.product([0, 1], repeat=3)), dtype=float)
    parity = [sum(r) % 2 == 1 for r in rows]
    assert str(name_gate(rows, parity)) == "0110 1001"
    assert str(name_gate(rows, [not r[2] for r in rows])) == "NOT C"
    assert truth_column_text([1, 0, 1]) == "101"


def test_one_output_per_row_is_required():
    with pytest.raises(ValueError, match="one output per row"):
        name_gate(ROWS_2, [1, 0])


def test_hidden_outputs_agree_with_the_exact_forward_pass():
    net = Network([2, 4, 3, 1], seed=5, activations=["tanh", "relu", "sigmoid"])
    layers = hidden_outputs(net, ROWS_2)
    for r, row in enumerate(ROWS_2):
        exact = forward_trace(net, row)
        for h, outputs in enumerate(layers, start=1):
            assert np.allclose(outputs[r], exact[h], rtol=1e-14, atol=1e-14)
    assert len(hidden_gates(net, ROWS_2)) == 2


def test_longer_columns_are_named_by_a_gate_of_two_inputs_or_by_a_count_never_by_sixteen_digits():
    rows = np.array([[(r >> 3) & 1, (r >> 2) & 1, (r >> 1) & 1, r & 1] for r in range(16)], dtype=float)
    names = ["D3", "D2", "D1", "D0"]
    assert str(name_gate(rows, [bool(r[1]) and not r[3] for r in rows], names)) == "D2 AND NOT D0"
    assert str(name_gate(rows, [bool(r[0]) != bool(r[2]) for r in rows], names)) == "D3 XOR D1"
    parity = [bool(int(r.sum()) % 2) for r in rows]
    assert str(name_gate(rows, parity, names)) == "on in 8 of 16 rows"
