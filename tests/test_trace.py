"""The step-through engine: stepping rows one at a time is the engine's training, bit for bit."""

from __future__ import annotations

import math

import numpy as np
import pytest

from nndesk.engine import Network
from nndesk.engine.trace import forward_trace, step_row

HALF_ADDER_X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=float)
HALF_ADDER_T = np.array([[0, 0], [1, 0], [1, 0], [0, 1]], dtype=float)


def _step_epoch(net: Network, x: np.ndarray, t: np.ndarray) -> float:
    """The epoch error as the engine sums it: the row errors left to right."""
    total = 0.0
    for n, (row, target) in enumerate(zip(x, t, strict=True)):
        e = step_row(net, row, target).row_error
        total = e if n == 0 else total + e
    return total


def _assert_same_state(a: Network, b: Network) -> None:
    for wa, wb in zip(a.get_weights(), b.get_weights(), strict=True):
        assert np.array_equal(wa, wb)
    for da, db in zip(a.get_momenta(), b.get_momenta(), strict=True):
        assert np.array_equal(da, db)


@pytest.mark.parametrize(
    ("sizes", "kwargs"),
    [
        ([2, 3, 2], {"seed": 1}),  # the article's half adder
        ([2, 3, 2], {"seed": 7, "alpha": 0.6, "eta": 0.4}),
        ([2, 4, 3, 2], {"seed": 3, "activations": ["tanh", "relu", "sigmoid"], "alpha": 0.3, "eta": 0.05}),
    ],
)
def test_stepping_every_row_equals_training_bit_for_bit(sizes, kwargs):
    stepped = Network(sizes, **kwargs)
    trained = stepped.copy()
    for _ in range(25):
        epoch_error = _step_epoch(stepped, HALF_ADDER_X, HALF_ADDER_T)
        assert epoch_error == trained.train(HALF_ADDER_X, HALF_ADDER_T, 1)[0]
        _assert_same_state(stepped, trained)
    assert stepped.epochs == 0  # step_row counts nothing: the caller does
    assert np.any(stepped.get_momenta()[0] != 0.0)


def test_fractional_inputs_and_a_longer_table_match_too():
    rng = np.random.default_rng(5)
    x = rng.uniform(-1, 1, size=(9, 3))
    t = rng.uniform(0, 1, size=(9, 2))
    stepped = Network([3, 4, 2], seed=11, alpha=0.2)
    trained = stepped.copy()
    for _ in range(10):
        assert _step_epoch(stepped, x, t) == trained.train(x, t, 1)[0]
        _assert_same_state(stepped, trained)


def test_one_connection_matches_a_hand_computation_from_the_trace():
    net = Network([2, 3, 2], seed=1, eta=0.09, alpha=0.015)
    step_row(net, [0, 1], [1, 0])  # a first row, so the momenta are not zero
    trace = step_row(net, [1, 1], [0, 1])
    o_hidden, o_out = trace.outputs[1], trace.outputs[2]
    # output neuron 1 (the carry), from hidden neuron 2
    error = 1.0 - o_out[1]
    assert trace.errors[2][1] == error
    gradient = error * (o_out[1] * (1.0 - o_out[1]))
    assert trace.gradients[2][1] == gradient
    c = trace.connection(1, 1, 2)
    assert c.a == o_hidden[2] and c.g == gradient
    assert c.d_new == 0.09 * (o_hidden[2] * gradient) + 0.015 * c.d_prev
    assert c.w_new == c.w_old + c.d_new
    assert c.sent_back == c.w_new * gradient
    # hidden neuron 2 received the error through the new weights of both output neurons, in neuron order
    assert trace.errors[1][2] == trace.connection(1, 0, 2).sent_back + c.sent_back
    assert net.get_weights()[1][1, 2] == c.w_new
    assert net.get_momenta()[1][1, 2] == c.d_new
    # the forward sum into hidden neuron 2 (inputs 1 and 1), bias last, through the sigmoid
    into = [trace.connection(0, 2, j).w_old for j in range(3)]
    assert o_hidden[2] == 1.0 / (1.0 + math.exp(-(into[0] + into[1] + into[2])))
    assert trace.row_error == math.sqrt(((0.0 - o_out[0]) ** 2 + (1.0 - o_out[1]) ** 2) / 2.0)


def test_forward_trace_agrees_with_predict_and_changes_nothing():
    net = Network([2, 3, 2], seed=1)
    before = net.get_weights()
    layers = forward_trace(net, [1.0, 0.0])
    assert layers[0] == (1.0, 0.0)
    assert len(layers[1]) == 3
    assert np.allclose(layers[-1], net.predict([1.0, 0.0]), rtol=0, atol=1e-15)
    w = net.get_weights()[0]
    assert layers[1][0] == 1.0 / (1.0 + math.exp(-(w[0, 0] + w[0, 2])))
    _assert_same_state(net, Network([2, 3, 2], seed=1))
    assert all(np.array_equal(a, b) for a, b in zip(before, net.get_weights(), strict=True))


def test_a_dont_care_target_sends_no_error():
    net = Network([2, 2, 2], seed=4)
    trace = step_row(net, [1, 0], [1, float("nan")])
    assert trace.errors[2][1] == 0.0 and trace.gradients[2][1] == 0.0
    assert trace.row_error == abs(1.0 - trace.outputs[2][0])


def test_a_row_of_the_wrong_width_is_refused_in_plain_words():
    net = Network([2, 3, 2], seed=1)
    with pytest.raises(ValueError, match="inputs must be 2 numbers"):
        step_row(net, [1, 0, 1], [0, 0])
    with pytest.raises(ValueError, match="targets must be 2 numbers"):
        step_row(net, [1, 0], [0])
