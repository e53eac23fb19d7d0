"""The test oracle (tests/article_reference.py) reproduces the article's own code, run under Python 2.7.

The vectors file holds the initial weights, 100 epoch errors, final weights and predictions of the article's
listing run unchanged (numpy 1.16.6, np.random.seed(1), half adder, eta 0.09, alpha 0.015). Every number is
compared with ``==``: the reference performs the same floating-point operations in the same order.
"""

import json
import math
from pathlib import Path

import numpy as np
import pytest

from tests.article_reference import Network

# A copy of shared/vectors/ (the article's own code run under Python 2.7), kept in the repo so CI has it.
VECTORS = Path(__file__).parent / "data" / "article_half_adder_seed1_100_epochs.json"


@pytest.fixture(scope="module")
def vectors() -> dict:
    return json.loads(VECTORS.read_text())


def _article_network(spec: dict) -> Network:
    """Seeds the global generator and builds the network, as the article's main() does."""
    np.random.seed(spec["seed"])
    return Network(spec["topology"], eta=spec["eta"], alpha=spec["alpha"])


def test_initial_weights_are_the_articles_draws(vectors: dict) -> None:
    net = _article_network(vectors["spec"])
    assert net.get_weights() == vectors["initial_weights"]


def test_initial_weights_are_one_direct_normal_sequence(vectors: dict) -> None:
    np.random.seed(1)
    direct = [np.random.normal() for _ in range(3 * 3 + 2 * 4)]
    flat = [w for layer in vectors["initial_weights"] for row in layer for w in row]
    assert flat == direct


def test_every_epoch_error_and_final_state_are_bit_identical(vectors: dict) -> None:
    spec = vectors["spec"]
    net = _article_network(spec)
    errors = net.train(spec["inputs"], spec["outputs"], spec["epochs"])
    assert errors == vectors["errors"]  # exact equality, all 100 epochs
    assert net.get_weights() == vectors["final_weights"]
    for row, expected in zip(spec["inputs"], vectors["final_predictions"], strict=True):
        assert net.predict(row) == expected["raw"]
        assert net.get_thresholded_results() == expected["th"]


def test_error_goes_back_through_the_new_weight() -> None:
    """Hand-computed single step on a 1-1-1 network: the hidden error uses the updated output weight."""
    net = Network([1, 1, 1], eta=0.5, alpha=0.0, normal=iter([0.3, -0.2, 0.7, 0.1]).__next__)
    net.set_input([1.0])
    net.feed_forward()
    h = 1 / (1 + math.exp(-(1.0 * 0.3 + 1.0 * -0.2)))
    o = 1 / (1 + math.exp(-(h * 0.7 + 1.0 * 0.1)))
    assert net.get_results() == [o]
    net.back_propagate([1.0])
    g_out = (1.0 - o) * (o * (1.0 - o))
    new_w = 0.7 + 0.5 * (h * g_out)
    g_hidden = (new_w * g_out) * (h * (1.0 - h))
    assert net.get_weights() == [
        [[0.3 + 0.5 * g_hidden, -0.2 + 0.5 * g_hidden]],
        [[new_w, 0.1 + 0.5 * g_out]],
    ]


def test_momentum_uses_the_previous_delta() -> None:
    net = Network([1, 1], eta=0.25, alpha=0.5, normal=iter([0.0, 0.0]).__next__)
    net.train([[1.0]], [[1.0]], 1)
    first = net.get_momenta()[0][0]
    before = net.get_weights()[0][0]
    net.train([[1.0]], [[1.0]], 1)
    o = 1 / (1 + math.exp(-(before[0] + before[1])))
    g = (1.0 - o) * (o * (1.0 - o))
    expected = [0.25 * (1.0 * g) + 0.5 * d for d in first]
    assert net.get_momenta()[0][0] == expected
    assert net.get_weights()[0][0] == [w + d for w, d in zip(before, expected, strict=True)]


@pytest.mark.parametrize(
    ("name", "x", "out", "slope"),
    [
        ("tanh", 0.5, math.tanh(0.5), 1 - math.tanh(0.5) ** 2),
        ("relu", -0.5, 0.0, 0.0),
        ("relu", 0.5, 0.5, 1.0),
        ("linear", -2.5, -2.5, 1.0),
    ],
)
def test_other_activations_use_the_derivative_of_the_output(name: str, x: float, out: float, slope: float) -> None:
    net = Network([1, 1], eta=1.0, alpha=0.0, activations=name, normal=iter([x, 0.0]).__next__)
    assert net.predict([1.0]) == [out]
    net.back_propagate([1.0])
    assert net.get_weights() == [[[pytest.approx(x + (1.0 - out) * slope, abs=1e-15), (1.0 - out) * slope]]]
    assert net.threshold == (0.0 if name == "tanh" else 0.5)
