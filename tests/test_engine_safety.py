"""nndesk.engine is safe where the article's code is not, and says clearly what is wrong with bad input.

* The article's ``math.exp(-x)`` raises OverflowError for x < -709.78 (inputs of +-1000, or momentum >= 1
  letting the weights run away); the engine's sigmoid must not, and must equal the article's everywhere else.
* A run whose numbers blow up (NaN/inf) is reported as diverged, never trained on silently.
* Bad topologies, shapes, data and hyperparameters raise ValueError naming the problem.
* train_until's stop rules, stop request and throttled progress behave as documented.
"""

from __future__ import annotations

import math
import re
import threading
import time

import numpy as np
import pytest

from nndesk.engine import (
    ACTIVATIONS,
    DivergenceError,
    Network,
    Progress,
    StopReason,
    StopRule,
    TrainResult,
    train_until,
)
from tests.article_reference import Network as Reference

BITS2 = [[0, 0], [0, 1], [1, 0], [1, 1]]
HALF_ADDER = [[0, 0], [1, 0], [1, 0], [0, 1]]
XOR = [[0], [1], [1], [0]]


def article_sigmoid(x: float) -> float:
    """The article's sigmoid, verbatim arithmetic (raises OverflowError for x < -709.78)."""
    return 1 / (1 + math.exp(-x * 1.0))


# ---------------------------------------------------------------------------------------------------------
# Overflow and the sigmoid
# ---------------------------------------------------------------------------------------------------------
ARTICLE_OK_SWEEP = [
    -709.7,
    -709.78,
    -500.0,
    -36.8,
    -20.0,
    -1.0,
    -1e-300,
    0.0,
    1e-300,
    0.5,
    1.0,
    20.0,
    36.8,
    37.0,
]
ARTICLE_OK_SWEEP += [709.78, 710.0, 745.0, 1e308, math.inf, -math.inf, *np.linspace(-700, 700, 2801).tolist()]
OVERFLOW_SWEEP = [-709.79, -710.0, -720.5, -745.0, -746.0, -1e4, -1e308]


def test_the_sweep_really_covers_the_articles_overflow() -> None:
    for x in OVERFLOW_SWEEP:
        with pytest.raises(OverflowError):
            article_sigmoid(x)
    for x in ARTICLE_OK_SWEEP:
        article_sigmoid(x)


def _engine_sigmoid_values(xs: list[float]) -> tuple[list[float], np.ndarray]:
    sigmoid = ACTIVATIONS["sigmoid"]
    return [sigmoid.scalar(x) for x in xs], sigmoid.array(np.asarray(xs, dtype=float))


def test_sigmoid_equals_the_articles_where_the_article_does_not_overflow() -> None:
    scalar, array = _engine_sigmoid_values(ARTICLE_OK_SWEEP)
    expected = [article_sigmoid(x) for x in ARTICLE_OK_SWEEP]
    assert scalar == expected  # bit for bit: the training path
    np.testing.assert_allclose(array, expected, rtol=1e-15, atol=0)  # the batch path


def test_sigmoid_is_finite_and_tends_to_its_limits_where_the_article_overflows() -> None:
    scalar, array = _engine_sigmoid_values(OVERFLOW_SWEEP)
    # Where e^-x overflows, the true sigmoid is e^x to within rounding (below 1.1e-308, maybe subnormal or 0).
    expected = [math.exp(x) for x in OVERFLOW_SWEEP]
    for values in (scalar, array.tolist()):
        assert all(math.isfinite(v) and 0.0 <= v <= 1.0 for v in values)
        np.testing.assert_allclose(values, expected, rtol=1e-15, atol=1e-323)


def test_sigmoid_is_monotone_across_the_overflow_boundary() -> None:
    xs = np.linspace(-800, -700, 100_001)
    values = ACTIVATIONS["sigmoid"].array(xs)
    assert np.all(np.diff(values) >= 0)
    scalar = np.array([ACTIVATIONS["sigmoid"].scalar(x) for x in xs[::100]])
    assert np.all(np.diff(scalar) >= 0)


@pytest.mark.parametrize("x", [-709.7, -30.0, -1.0, 0.0, 1e-300, 2.5, 40.0, 745.0, -709.79, -745.0, -1e308])
def test_network_outputs_use_the_same_sigmoid(x: float) -> None:
    """A 1-1 network with weight 1 and bias 0 outputs sigmoid(x), in predict and while training."""
    net = Network([1, 1], eta=0.0, alpha=0.0)
    net.set_weights([np.array([[1.0, 0.0]])])
    expected = article_sigmoid(x) if x > -709.78 else math.exp(x)
    assert net.predict([x])[0] == pytest.approx(expected, rel=1e-15, abs=1e-323)
    # With target 1 the epoch error is |1 - o|; eta 0 keeps the weights as they are.
    assert net.train_epoch([[x]], [[1.0]]) == pytest.approx(abs(1.0 - expected), rel=1e-15, abs=1e-323)


def test_inputs_of_plus_minus_1000_train_without_overflow() -> None:
    inputs, targets = [[1000, -1000], [-1000, 1000], [1000, 1000]], [[0, 1], [1, 0], [1, 1]]
    ref = Reference([2, 3, 2], normal=np.random.RandomState(1).normal)
    with pytest.raises(OverflowError):
        ref.train(inputs, targets, 1)  # the article's code fails here

    net = Network([2, 3, 2], seed=1)
    errors = net.train(inputs, targets, 200)
    assert np.all(np.isfinite(errors))
    assert all(np.all(np.isfinite(w)) for w in net.get_weights())
    out = net.predict(inputs)
    assert np.all((out >= 0) & (out <= 1))


@pytest.mark.parametrize("eta", [0.5, 0.09])
def test_momentum_of_one_trains_on_where_the_article_overflows(eta: float) -> None:
    ref = Reference([2, 3, 2], eta=eta, alpha=1.0, normal=np.random.RandomState(1).normal)
    with pytest.raises(OverflowError):
        ref.train(BITS2, HALF_ADDER, 2000)  # at epoch 543 (eta .5) or 1386 (eta .09)

    net = Network([2, 3, 2], eta=eta, alpha=1.0, seed=1)
    errors = net.train(BITS2, HALF_ADDER, 2000)
    assert errors.shape == (2000,)
    assert np.all(np.isfinite(errors))


def test_momentum_above_one_gives_divergence_not_overflow() -> None:
    net = Network([2, 3, 2], eta=0.09, alpha=1.5, seed=1)
    try:
        errors = net.train(BITS2, HALF_ADDER, 5000)
    except DivergenceError as err:  # the weights grow geometrically: reaching inf is a divergence
        assert err.epoch >= 1
    else:
        assert np.all(np.isfinite(errors))


# ---------------------------------------------------------------------------------------------------------
# Divergence
# ---------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("activations", "eta", "alpha"),
    [("linear", 10.0, 0.0), ("linear", 1.0, 0.9), (("relu", "linear"), 50.0, 0.5), ("sigmoid", 1e308, 0.0)],
)
def test_a_diverging_run_raises_divergence_error(activations, eta: float, alpha: float) -> None:
    net = Network([2, 3, 1], eta=eta, alpha=alpha, seed=2, activations=activations)
    with pytest.raises(DivergenceError) as caught:
        net.train(BITS2, [[0.0], [3.0], [3.0], [6.0]], 10_000)
    err = caught.value
    assert isinstance(err, ArithmeticError)
    assert isinstance(err.epoch, int) and 1 <= err.epoch < 10_000
    # errors holds every epoch of the call up to and including the one that diverged.
    assert len(err.errors) == err.epoch
    assert np.all(np.isfinite(err.errors[:-1]))
    assert "diverg" in str(err).lower()


def test_a_diverged_network_is_never_trained_on_silently() -> None:
    net = Network([2, 3, 1], eta=10.0, alpha=0.0, seed=2, activations="linear")
    targets = [[0.0], [3.0], [3.0], [6.0]]
    with pytest.raises(DivergenceError):
        net.train(BITS2, targets, 100)
    with pytest.raises(DivergenceError) as again:
        net.train(BITS2, targets, 100)
    assert again.value.epoch == 1
    assert train_until(net, BITS2, targets, StopRule()).reason is StopReason.DIVERGED


def test_train_until_reports_divergence_as_a_reason() -> None:
    net = Network([2, 3, 1], eta=10.0, alpha=0.0, seed=2, activations="linear")
    result = train_until(net, BITS2, [[0.0], [3.0], [3.0], [6.0]], StopRule(error_below=0.01, max_epochs=10_000))
    assert isinstance(result, TrainResult)
    assert result.reason is StopReason.DIVERGED
    assert result.epochs < 10_000
    assert "diverg" in result.message.lower()


# ---------------------------------------------------------------------------------------------------------
# Bad input: ValueError naming the problem
# ---------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("topology", "words"),
    [
        ([], r"layer"),
        ([2], r"layer"),
        ([2, 0, 1], r"layer|neuron|at least 1|positive"),
        ([2, -3, 1], r"layer|neuron|at least 1|positive"),
        ([2.5, 1], r"integer|whole"),
        ([True, 2], r"integer|whole"),
        (["2", "3"], r"integer|whole"),
        ("23", r"integer|whole|sequence|list"),
        (None, r"topology|sequence|list"),
        ([2, 10**6, 1], r"layer|neuron"),
    ],
)
def test_invalid_topology_is_a_value_error(topology, words: str) -> None:
    with pytest.raises(ValueError, match=re.compile(words, re.IGNORECASE)):
        Network(topology)


@pytest.mark.parametrize(
    ("activations", "words"),
    [
        ("sigmod", r"sigmod"),
        ("", r"activation"),
        (("tanh",), r"activation|layer|2"),
        (("tanh", "relu", "sigmoid"), r"activation|layer|2"),
        (("tanh", "softmax"), r"softmax"),
        ((None, "tanh"), r"activation"),
    ],
)
def test_bad_activation_is_a_value_error(activations, words: str) -> None:
    with pytest.raises(ValueError, match=re.compile(words, re.IGNORECASE)):
        Network([2, 3, 2], activations=activations)


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("eta", -0.1),
        ("eta", math.nan),
        ("eta", math.inf),
        ("alpha", -0.5),
        ("alpha", math.nan),
        ("eta", "fast"),
    ],
)
def test_bad_eta_or_alpha_is_a_value_error(name: str, value) -> None:
    with pytest.raises(ValueError, match=re.compile(name, re.IGNORECASE)):
        Network([2, 3, 2], **{name: value})
    net = Network([2, 3, 2])
    with pytest.raises(ValueError, match=re.compile(name, re.IGNORECASE)):
        setattr(net, name, value)


@pytest.mark.parametrize(
    ("inputs", "targets", "words"),
    [
        ([[0, 0, 1]] * 4, HALF_ADDER, r"input"),
        (BITS2, [[0]] * 4, r"target|output"),
        (BITS2, HALF_ADDER[:3], r"row"),
        ([[[0, 0]]] * 4, HALF_ADDER, r"input"),
        ([[0, math.nan], *BITS2[1:]], HALF_ADDER, r"input.*(finite|nan)|(finite|nan).*input"),
        (BITS2, [[0, math.inf], *HALF_ADDER[1:]], r"target.*(finite|inf)|(finite|inf).*target"),
        ([["a", "b"]] * 4, HALF_ADDER, r"input|number"),
        (np.zeros((0, 2)), np.zeros((0, 2)), r"row|empty"),
    ],
)
def test_bad_training_data_is_a_value_error(inputs, targets, words: str) -> None:
    net = Network([2, 3, 2], seed=1)
    before = net.get_weights()
    for train in (lambda: net.train(inputs, targets, 3), lambda: net.train_epoch(inputs, targets)):
        with pytest.raises(ValueError, match=re.compile(words, re.IGNORECASE)):
            train()
    with pytest.raises(ValueError, match=re.compile(words, re.IGNORECASE)):
        train_until(net, inputs, targets, StopRule(max_epochs=10))
    assert net.epochs == 0
    for a, b in zip(before, net.get_weights(), strict=True):
        np.testing.assert_array_equal(a, b)


@pytest.mark.parametrize("inputs", [[0, 0, 1], [[0, 0, 1]], [math.nan, 0], [[math.inf, 1]]])
def test_bad_prediction_input_is_a_value_error(inputs) -> None:
    net = Network([2, 3, 2], seed=1)
    for predict in (net.predict, net.predict_thresholded):
        with pytest.raises(ValueError, match=re.compile(r"input|finite|nan|inf", re.IGNORECASE)):
            predict(inputs)


@pytest.mark.parametrize(
    "weights",
    [
        [np.zeros((3, 3))],  # one layer missing
        [np.zeros((3, 3)), np.zeros((2, 3))],  # bias column missing
        [np.zeros((3, 2)), np.zeros((2, 4))],
        [np.zeros((3, 3)), np.zeros((2, 4)), np.zeros((1, 3))],
        [np.full((3, 3), np.nan), np.zeros((2, 4))],
        [np.zeros((3, 3)), np.array([[0, 0, 0, np.inf], [0, 0, 0, 0]])],
    ],
)
def test_bad_weights_are_a_value_error(weights) -> None:
    net = Network([2, 3, 2], seed=1)
    before = net.get_weights()
    with pytest.raises(ValueError, match=re.compile(r"weight|shape|layer|finite", re.IGNORECASE)):
        net.set_weights(weights)
    for a, b in zip(before, net.get_weights(), strict=True):
        np.testing.assert_array_equal(a, b)


# ---------------------------------------------------------------------------------------------------------
# train_until
# ---------------------------------------------------------------------------------------------------------
def _xor_net() -> Network:
    return Network([2, 2, 1], eta=0.5, alpha=0.5, seed=6)  # converges below 0.1 at epoch 2613


def test_error_below_stops_at_the_first_epoch_under_the_target() -> None:
    expected = _xor_net().train(BITS2, XOR, 20_000, stop_below=0.1)
    net = _xor_net()
    result = train_until(net, BITS2, XOR, StopRule(error_below=0.1))
    assert result.reason is StopReason.CONVERGED
    assert result.epochs == net.epochs == len(expected) == 2613
    assert result.error == expected[-1] < 0.1
    assert re.search(r"2,?613", result.message)


def _first_epoch_all_correct(net: Reference, inputs, targets, margin: float, epochs: int) -> int:
    """First epoch whose rows, as output during that epoch, were all right by ``margin``."""
    th = net.threshold
    for epoch in range(1, epochs + 1):
        right = True
        for row, target in zip(inputs, targets, strict=True):
            out = net.predict(row)
            for o, t in zip(out, target, strict=True):
                right &= o >= th + margin if t > th else o <= th - margin
            net.back_propagate(target)
        if right:
            return epoch
    raise AssertionError("the reference never got every row right")


@pytest.mark.parametrize(
    ("topology", "inputs", "targets", "eta", "alpha", "seed", "margin", "activations"),
    [
        ([2, 2, 1], BITS2, XOR, 0.5, 0.5, 6, 0.3, None),  # generated code, rows unrolled
        ([2, 8, 1], BITS2 * 50, XOR * 50, 0.1, 0.5, 3, 0.3, None),  # generated code, looping over rows
        ([2, 64, 1], BITS2, [[0], [0], [1], [1]], 0.05, 0.5, 3, 0.2, None),  # numpy per layer
        ([2, 3, 1], BITS2, [[-1], [1], [1], [-1]], 0.1, 0.5, 2, 0.5, "tanh"),  # threshold 0
    ],
)
def test_all_correct_margin_stops_at_the_first_epoch_with_every_row_right(
    topology, inputs, targets, eta, alpha, seed, margin, activations
) -> None:
    ref = Reference(topology, eta=eta, alpha=alpha, activations=activations, normal=np.random.RandomState(seed).normal)
    expected = _first_epoch_all_correct(ref, inputs, targets, margin, 20_000)
    assert expected > 1
    net = Network(topology, eta=eta, alpha=alpha, seed=seed, activations=activations)
    result = train_until(net, inputs, targets, StopRule(error_below=None, all_correct_margin=margin, max_epochs=20_000))
    assert result.reason is StopReason.ALL_CORRECT
    assert result.epochs == net.epochs == expected
    assert "correct" in result.message.lower()


def test_max_epochs_counts_all_epochs_across_calls() -> None:
    net = _xor_net()
    first = train_until(net, BITS2, XOR, StopRule(error_below=None, max_epochs=300))
    assert (first.reason, first.epochs, net.epochs) == (StopReason.MAX_EPOCHS, 300, 300)
    second = train_until(net, BITS2, XOR, StopRule(error_below=None, max_epochs=500))
    assert (second.reason, second.epochs, net.epochs) == (StopReason.MAX_EPOCHS, 500, 500)
    third = train_until(net, BITS2, XOR, StopRule(error_below=None, max_epochs=500))
    assert third.reason is StopReason.MAX_EPOCHS and net.epochs == 500
    # Same as one uninterrupted run of 500 epochs.
    whole = _xor_net()
    errors = whole.train(BITS2, XOR, 500)
    assert second.error == errors[-1]


def test_plateau_stops_a_run_that_no_longer_improves() -> None:
    chunks: list[Progress] = []
    net = Network([2, 2, 1], eta=1e-9, alpha=0.0, seed=6)
    rule = StopRule(error_below=None, plateau_epochs=200, plateau_delta=1e-4, max_epochs=100_000)
    result = train_until(net, BITS2, XOR, rule, on_progress=chunks.append)
    assert result.reason is StopReason.PLATEAU
    # The rule is checked between chunks, so the stop may come up to one chunk after the 200th flat epoch.
    assert 200 < result.epochs <= 200 + len(chunks[-1].errors) + len(chunks[0].errors)
    errors = np.concatenate([c.errors for c in chunks])
    assert errors[0] - errors.min() < 1e-4  # it really did not improve by the delta
    # A run that keeps improving is not stopped by the same rule.
    busy = _xor_net()
    result = train_until(
        busy,
        BITS2,
        XOR,
        StopRule(error_below=0.1, plateau_epochs=200, plateau_delta=1e-6, max_epochs=100_000),
    )
    assert result.reason is StopReason.CONVERGED


def test_should_stop_from_another_thread_stops_quickly() -> None:
    net = Network([2, 3, 2], seed=1)
    stop = threading.Event()
    stopped_at: list[float] = []
    timer = threading.Timer(0.3, lambda: (stopped_at.append(time.perf_counter()), stop.set()))
    timer.start()
    try:
        result = train_until(
            net, BITS2, HALF_ADDER, StopRule(error_below=1e-12, max_epochs=10**9), should_stop=stop.is_set
        )
        returned = time.perf_counter()
    finally:
        timer.cancel()
        timer.join()
    assert result.reason is StopReason.STOPPED
    assert returned - stopped_at[0] < 0.25
    assert result.epochs == net.epochs > 0
    assert "stop" in result.message.lower()


def test_progress_comes_in_chunks_and_carries_every_epoch_error() -> None:
    chunks: list[Progress] = []
    net = Network([2, 3, 2], seed=1)
    result = train_until(
        net, BITS2, HALF_ADDER, StopRule(error_below=None, max_epochs=60_000), on_progress=chunks.append
    )
    assert result.reason is StopReason.MAX_EPOCHS
    assert 1 <= len(chunks) <= 60_000 / 100  # batched, never once per epoch
    errors = np.concatenate([c.errors for c in chunks])
    expected = Network([2, 3, 2], seed=1).train(BITS2, HALF_ADDER, 60_000)
    np.testing.assert_array_equal(errors, expected)
    assert [c.epoch for c in chunks] == np.cumsum([len(c.errors) for c in chunks]).tolist()
    assert all(c.rate > 0 for c in chunks)
    assert result.error == expected[-1]
