"""The training methods' interface (issue 15): the checks in the user's words, the initial weights, the row
order, net.error, and the optimiser state that makes a paused, saved and continued run one unbroken run.

What each method computes is tests/test_conformance.py's business (every combination against ReferenceNetwork).
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from nndesk.engine import Network, ReferenceNetwork
from nndesk.engine.methods import draw_weights, shuffle_generator

BITS2 = [[0, 0], [0, 1], [1, 0], [1, 1]]
HALF_ADDER = [[0, 0], [1, 0], [1, 0], [0, 1]]
X8 = [[a, b, c] for a in (0, 1) for b in (0, 1) for c in (0, 1)]
T8 = [[a ^ b ^ c, int(a + b + c >= 2)] for a, b, c in X8]
CLASSES = [Network, ReferenceNetwork]


@pytest.mark.parametrize("cls", CLASSES)
@pytest.mark.parametrize(("kwargs", "words"), [
    (dict(rule="sgd"), "unknown training rule 'sgd': choose one of backprop, rprop, adam"),
    (dict(loss="hinge"), "unknown loss 'hinge'"),
    (dict(init="he"), "unknown initialisation 'he'"),
    (dict(batch_size=0), "the batch size must be a whole number of 1 or more"),
    (dict(batch_size=2.5), "the batch size must be a whole number"),
    (dict(weight_decay=-0.1), "the weight decay must be a finite number of 0 or more"),
    (dict(weight_decay=math.nan), "the weight decay must be a finite number of 0 or more"),
    (dict(rule="rprop", batch_size=4), "Rprop learns from the whole table at once: it takes no batch size"),
    (dict(loss="cross-entropy", activations=("sigmoid", "tanh")), "the cross-entropy loss needs sigmoid outputs"),
    (dict(shuffle="yes"), "shuffle must be True or False"),
])
def test_bad_methods_are_refused_in_words(cls, kwargs, words):
    with pytest.raises(ValueError, match=words):
        cls([2, 3, 2], seed=1, **kwargs)


@pytest.mark.parametrize("cls", CLASSES)
def test_rprop_takes_the_whole_table_by_default_or_by_none(cls):
    assert cls([2, 3, 2], rule="rprop").batch_size is None
    assert cls([2, 3, 2], rule="rprop", batch_size=None).batch_size is None


def test_the_articles_method_is_the_default():
    net = Network([2, 3, 2])
    assert (net.rule, net.batch_size, net.loss, net.weight_decay, net.init, net.shuffle) == (
        "backprop", 1, "squared", 0.0, "article", False)
    assert net.method.is_article


@pytest.mark.parametrize("seed", [0, 1, 77])
def test_initial_weights_follow_the_issue_layer_by_layer(seed):
    sizes = [3, 5, 2]
    rng = np.random.RandomState(seed)
    want = [rng.normal(size=(5, 4)), rng.normal(size=(2, 6))]
    for got, w in zip(Network(sizes, seed=seed).get_weights(), want, strict=True):
        assert np.array_equal(got, w)
    rng = np.random.RandomState(seed)
    want = [rng.uniform(-0.5, 0.5, (5, 4)), rng.uniform(-0.5, 0.5, (2, 6))]
    for got, w in zip(Network(sizes, seed=seed, init="uniform").get_weights(), want, strict=True):
        assert np.array_equal(got, w)
    rng = np.random.RandomState(seed)
    r1, r2 = math.sqrt(6 / (3 + 5)), math.sqrt(6 / (5 + 2))  # fan_in counts no bias
    want = [rng.uniform(-r1, r1, (5, 4)), rng.uniform(-r2, r2, (2, 6))]
    for got, ref, w in zip(Network(sizes, seed=seed, init="xavier").get_weights(),
                           ReferenceNetwork(sizes, seed=seed, init="xavier").get_weights(), want, strict=True):
        assert np.array_equal(got, w) and np.array_equal(ref, w)
        assert np.abs(w).max() <= max(r1, r2)


def test_shuffling_draws_the_order_apart_from_the_weights():
    """Shuffle on or off, the same seed gives the same weights; the orders are reproducible and differ by seed."""
    for w, v in zip(Network([2, 3, 2], seed=4).get_weights(), Network([2, 3, 2], seed=4, shuffle=True).get_weights(),
                    strict=True):
        assert np.array_equal(w, v)
    orders = [shuffle_generator(4).permutation(10).tolist() for _ in range(2)]
    assert orders[0] == orders[1] != shuffle_generator(5).permutation(10).tolist()
    plain = Network([3, 4, 2], seed=4, eta=0.3, trainer="batch")
    shuffled = Network([3, 4, 2], seed=4, eta=0.3, shuffle=True)
    assert not np.array_equal(plain.train(X8, T8, 5), shuffled.train(X8, T8, 5))


@pytest.mark.parametrize("cls", CLASSES)
def test_error_is_the_epoch_error_without_training(cls):
    net = cls([2, 3, 2], seed=1)
    before = net.get_weights()
    for row in range(4):  # a one-row table's first epoch error is taken before the row's update
        one = (BITS2[row : row + 1], HALF_ADDER[row : row + 1])
        assert net.error(*one) == pytest.approx(net.copy().train_epoch(*one), rel=1e-12)
    assert all(np.array_equal(a, b) for a, b in zip(before, net.get_weights(), strict=True))
    assert net.epochs == 0
    batch = cls([2, 3, 2], seed=1, batch_size=None)  # whole table: every row's error at the same weights
    assert batch.error(BITS2, HALF_ADDER) == pytest.approx(batch.copy().train_epoch(BITS2, HALF_ADDER), rel=1e-12)
    assert batch.error(BITS2, HALF_ADDER) > 0.5


def test_error_skips_dont_cares_as_training_does():
    net = Network([2, 3, 2], seed=1, batch_size=None)
    t = [[0, math.nan], [1, 0], [math.nan, math.nan], [0, 1]]
    assert net.error(BITS2, t) == pytest.approx(ReferenceNetwork([2, 3, 2], seed=1).error(BITS2, t), rel=1e-12)
    assert net.error(BITS2, t) == pytest.approx(net.copy().train_epoch(BITS2, t), rel=1e-12)


METHODS = [
    dict(),
    dict(shuffle=True, loss="cross-entropy"),
    dict(batch_size=3, alpha=0.5, shuffle=True, weight_decay=0.01),
    dict(rule="rprop"),
    dict(rule="adam", eta=0.02, batch_size=3, shuffle=True),
    dict(rule="adam", eta=0.02, batch_size=None, init="xavier"),
]


@pytest.mark.parametrize("cls", CLASSES)
@pytest.mark.parametrize("method", METHODS, ids=str)
def test_pause_save_open_continue_is_one_unbroken_run(cls, method):
    """N epochs, then the weights and optimiser state carried over to a new network (as a project file does),
    then M more: the same errors and weights as N + M epochs in one go."""
    kwargs = dict(seed=3, **{"eta": 0.3, **method})
    whole = cls([3, 4, 2], **kwargs)
    errors = whole.train(X8, T8, 30)
    first = cls([3, 4, 2], **kwargs)
    before = first.train(X8, T8, 12)
    state = first.get_optimizer_state()
    second = cls([3, 4, 2], **kwargs)
    second.set_weights(first.get_weights())
    second.set_optimizer_state(state)
    after = second.train(X8, T8, 18)
    assert np.concatenate([before, after]).tolist() == errors.tolist()
    for a, b in zip(second.get_weights(), whole.get_weights(), strict=True):
        assert np.array_equal(a, b)
    copied = whole.copy()
    assert copied.train(X8, T8, 3).tolist() == whole.train(X8, T8, 3).tolist()


@pytest.mark.parametrize("cls", CLASSES)
def test_setting_weights_or_the_method_starts_the_optimiser_afresh(cls):
    net = cls([3, 4, 2], seed=3, eta=0.02, rule="adam", shuffle=True, batch_size=2)
    fresh = net.get_optimizer_state()
    net.train(X8, T8, 5)
    moved = net.get_optimizer_state()
    assert moved["adam_t"] == 20 and moved["shuffle"] != fresh["shuffle"]
    net.set_weights(net.get_weights())
    again = net.get_optimizer_state()
    assert again["adam_t"] == 0 and again["shuffle"] == fresh["shuffle"]
    assert not any(a.any() for a in again["adam_m"])
    net.train(X8, T8, 2)
    weights = net.get_weights()
    net.set_method(rule="rprop", batch_size=None)
    state = net.get_optimizer_state()
    assert "adam_m" not in state and all((s == 0.1).all() for s in state["rprop_steps"])
    assert all(np.array_equal(a, b) for a, b in zip(weights, net.get_weights(), strict=True))
    with pytest.raises(ValueError, match="Rprop"):
        net.set_method(batch_size=3)
    assert net.rule == "rprop"


@pytest.mark.parametrize("cls", CLASSES)
def test_a_bad_optimiser_state_is_refused_in_words(cls):
    net = cls([2, 3, 2], rule="adam")
    with pytest.raises(ValueError, match="Adam's update count"):
        net.set_optimizer_state({"adam_t": -1})
    with pytest.raises(ValueError, match=r"adam m\[0\] must have shape"):
        net.set_optimizer_state({"adam_m": [np.zeros((2, 2)), np.zeros((2, 4))]})
    with pytest.raises(ValueError, match="shuffle generator"):
        cls([2, 3, 2], shuffle=True).set_optimizer_state({"shuffle": {"state": "nonsense"}})
    with pytest.raises(ValueError, match="Rprop step"):
        cls([2, 3, 2], rule="rprop").set_optimizer_state({"rprop_steps": [np.zeros((3, 3)), np.zeros((2, 4))]})


def test_the_generated_code_refuses_other_methods_and_auto_picks_the_batch_trainer():
    with pytest.raises(ValueError, match="the codegen trainer trains the article's online method only"):
        Network([2, 3, 2], rule="adam", trainer="codegen").train(BITS2, HALF_ADDER, 1)
    auto = Network([2, 3, 2], seed=1, rule="adam", eta=0.01)
    batch = Network([2, 3, 2], seed=1, rule="adam", eta=0.01, trainer="batch")
    assert auto.train(BITS2, HALF_ADDER, 10).tolist() == batch.train(BITS2, HALF_ADDER, 10).tolist()


def test_draw_weights_article_is_the_articles_draw():
    np.random.seed(9)
    want = [np.random.normal(size=(3, 3)), np.random.normal(size=(2, 4))]
    for got, w in zip(draw_weights([2, 3, 2], 9), want, strict=True):
        assert np.array_equal(got, w)
