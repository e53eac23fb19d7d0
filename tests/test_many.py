"""train_many: each seed's network ends as if trained alone with Network; finished networks cost nothing."""

from __future__ import annotations

import threading
import time

import numpy as np
import pytest

from nndesk.engine import Network, StopReason, StopRule, train_until
from nndesk.engine.many import StudyProgress, train_many

BITS2 = [[0, 0], [0, 1], [1, 0], [1, 1]]
XOR = [[0], [1], [1], [0]]
HALF_ADDER = [[0, 0], [1, 0], [1, 0], [0, 1]]

# 2-2-1 on XOR with eta 0.5, alpha 0.5, target 0.2: most seeds converge in about 1,000 epochs; seed 8 is
# stuck in a local minimum and never gets there within the limit.
XOR_SETUP = dict(eta=0.5, alpha=0.5, stop=StopRule(error_below=0.2), max_epochs=6000)
# The last few networks are normally finished alone by Network itself; the comparisons keep them in lockstep.
LOCKSTEP = dict(finish_alone_below=0)
STUCK_XOR_SEED = 8


def _alone(topology, inputs, targets, seed, *, eta, alpha, stop, max_epochs, activations=None):
    """The same seed trained by itself with Network and train_until."""
    net = Network(topology, eta=eta, alpha=alpha, seed=seed, activations=activations)
    rule = StopRule(error_below=stop.error_below, all_correct_margin=stop.all_correct_margin,
                    max_epochs=max_epochs)
    return net, train_until(net, inputs, targets, rule)


def _assert_same_as_alone(result, topology, inputs, targets, seeds, **setup):
    for i, seed in enumerate(seeds):
        net, alone = _alone(topology, inputs, targets, seed, **setup)
        many = result.seeds[i]
        assert many.seed == seed
        assert (many.reason, many.epochs) == (alone.reason, alone.epochs), f"seed {seed}"
        assert many.error == pytest.approx(alone.error, rel=1e-12, abs=1e-14)
        for layer, w in enumerate(net.get_weights()):
            np.testing.assert_allclose(result.weights[layer][i], w, rtol=0, atol=1e-9)
        expected_correct = int(np.all(net.predict_thresholded(inputs) == np.array(targets), axis=1).sum())
        assert many.rows_correct == expected_correct


def test_each_seed_ends_as_if_trained_alone_including_a_stuck_one():
    seeds = [0, 2, STUCK_XOR_SEED, 12, 25]
    result = train_many([2, 2, 1], BITS2, XOR, seeds, **XOR_SETUP, **LOCKSTEP)
    assert result.seeds[2].reason is StopReason.MAX_EPOCHS and not result.seeds[2].converged
    assert [s.converged for s in result.seeds] == [True, True, False, True, True]
    _assert_same_as_alone(result, [2, 2, 1], BITS2, XOR, seeds, **XOR_SETUP)


def test_the_article_half_adder_with_a_loose_target_matches_network():
    setup = dict(eta=0.09, alpha=0.015, stop=StopRule(error_below=0.5), max_epochs=20_000)
    seeds = [0, 1, 2, 3]  # seed 1 does not reach 0.5 within 20,000 epochs
    result = train_many([2, 3, 2], BITS2, HALF_ADDER, seeds, **setup, **LOCKSTEP)
    assert [s.converged for s in result.seeds] == [True, False, True, True]
    _assert_same_as_alone(result, [2, 3, 2], BITS2, HALF_ADDER, seeds, **setup)


def test_inputs_other_than_0_and_1_and_tanh_layers_match_network():
    inputs = [[0.25, -1.0], [0.5, 0.75], [1.5, 0.0], [-0.3, 0.9]]
    targets = [[0.0], [1.0], [1.0], [0.0]]
    setup = dict(eta=0.2, alpha=0.3, stop=StopRule(error_below=0.3), max_epochs=3000,
                 activations=["tanh", "sigmoid"])
    seeds = [3, 4, 5]
    result = train_many([2, 3, 1], inputs, targets, seeds, **setup, **LOCKSTEP)
    assert any(s.converged for s in result.seeds)
    _assert_same_as_alone(result, [2, 3, 1], inputs, targets, seeds, **setup)


def test_all_rows_correct_with_a_margin_stops_like_train_until():
    setup = dict(eta=0.5, alpha=0.5, stop=StopRule(error_below=None, all_correct_margin=0.2), max_epochs=6000)
    seeds = [0, 2, STUCK_XOR_SEED]
    result = train_many([2, 2, 1], BITS2, XOR, seeds, **setup, **LOCKSTEP)
    assert result.seeds[0].reason is StopReason.ALL_CORRECT
    _assert_same_as_alone(result, [2, 2, 1], BITS2, XOR, seeds, **setup)


def test_finished_networks_stop_costing_work():
    seeds = [0, 2, STUCK_XOR_SEED, 12]
    result = train_many([2, 2, 1], BITS2, XOR, seeds, **XOR_SETUP, **LOCKSTEP)
    # Work done = each network's own epochs: none kept training after it converged.
    assert result.network_epochs == sum(s.epochs for s in result.seeds)
    assert result.network_epochs < len(seeds) * XOR_SETUP["max_epochs"] * 0.5


def test_the_last_few_networks_finished_alone_end_the_same():
    seeds = list(range(16))  # 8 and 11 get stuck; the last 7 still training are finished alone
    result = train_many([2, 2, 1], BITS2, XOR, seeds, **XOR_SETUP)
    assert [s.seed for s in result.stuck] == [8, 11]
    assert result.network_epochs == sum(s.epochs for s in result.seeds)
    _assert_same_as_alone(result, [2, 2, 1], BITS2, XOR, seeds, **XOR_SETUP)


def test_cancel_while_the_last_networks_train_alone():
    calls = []

    def stop_soon() -> bool:
        calls.append(1)
        return len(calls) > 3

    result = train_many([2, 2, 1], BITS2, XOR, [8, 11], eta=0.5, alpha=0.5, stop=StopRule(error_below=0.2),
                        max_epochs=10_000_000, should_stop=stop_soon, progress_interval=0.01)
    assert result.cancelled and all(s.reason is StopReason.STOPPED for s in result.seeds)
    assert 0 < result.seeds[0].epochs < 10_000_000
    assert result.seeds[1].epochs == 0  # never started: the stop came first


def test_summary_figures():
    seeds = [0, 2, STUCK_XOR_SEED, 12, 25]
    result = train_many([2, 2, 1], BITS2, XOR, seeds, **XOR_SETUP, **LOCKSTEP)
    epochs = sorted(s.epochs for s in result.seeds if s.converged)
    assert result.fraction_converged == 0.8
    assert result.median_epochs == epochs[1]  # the 2nd of 4: half have converged by then
    assert result.p90_epochs == epochs[3]
    assert [s.seed for s in result.stuck] == [STUCK_XOR_SEED]
    summary = result.summary()
    assert summary["stuck_seeds"] == [STUCK_XOR_SEED] and summary["converged"] == 4
    assert result.seeds[0].epoch_converged == result.seeds[0].epochs
    assert result.seeds[2].epoch_converged is None


def test_progress_comes_in_chunks_and_counts_up():
    reports: list[StudyProgress] = []
    result = train_many([2, 2, 1], BITS2, XOR, list(range(20)), **XOR_SETUP, on_progress=reports.append,
                        progress_interval=0.02)
    assert 1 < len(reports) < XOR_SETUP["max_epochs"] / 10
    epochs = [p.epoch for p in reports]
    assert epochs == sorted(epochs) and epochs[-1] == XOR_SETUP["max_epochs"]
    assert reports[-1].converged == int(result.fraction_converged * 20)
    assert all(p.total == 20 and p.active + p.finished == 20 for p in reports)


def test_cancel_from_another_thread_stops_within_a_second():
    stop = threading.Event()
    out: dict = {}

    def work() -> None:
        out["result"] = train_many([2, 3, 2], BITS2, HALF_ADDER, list(range(300)), max_epochs=10_000_000,
                                   should_stop=stop.is_set)
        out["ended"] = time.monotonic()

    worker = threading.Thread(target=work)
    worker.start()
    time.sleep(0.5)
    asked = time.monotonic()
    stop.set()
    worker.join(5)
    assert not worker.is_alive()
    assert out["ended"] - asked < 1.0
    result = out["result"]
    assert result.cancelled
    assert all(s.reason is StopReason.STOPPED for s in result.seeds)
    assert 0 < result.seeds[0].epochs < 10_000_000


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        (dict(seeds=[1, 2], max_epochs=None), "epoch limit"),
        (dict(seeds=[], max_epochs=10), "1 to"),
        (dict(seeds=[-1], max_epochs=10), "seed"),
        (dict(seeds="12", max_epochs=10), "seeds must be"),
        (dict(seeds=[1], max_epochs=0), "max epochs"),
        (dict(seeds=[1], max_epochs=10, targets=[[0], [1]]), "rows"),
        (dict(seeds=[1], max_epochs=10, eta=-1.0), "eta"),
        (dict(seeds=range(1_000_000), max_epochs=10, topology=[64, 64, 64, 2], inputs=[[0] * 64],
              targets=[[0, 1]]), "GB of memory"),
    ],
)
def test_unusable_input_is_a_clear_value_error(kwargs, message):
    args = dict(topology=[2, 2, 1], inputs=BITS2, targets=XOR)
    args.update(kwargs)
    with pytest.raises(ValueError, match=message):
        train_many(args.pop("topology"), args.pop("inputs"), args.pop("targets"), args.pop("seeds"),
                   stop=StopRule(max_epochs=None), **args)


def test_a_diverging_network_is_reported_and_leaves_the_others_alone():
    setup = dict(eta=0.5, alpha=0.5, stop=StopRule(error_below=0.2), max_epochs=2000, activations="linear")
    # A linear network with eta 0.5 and momentum 0.5 blows up; the study must say so, not raise.
    result = train_many([2, 2, 1], BITS2, XOR, [0, 1], **setup)
    assert all(s.reason is StopReason.DIVERGED for s in result.seeds)
    assert result.diverged and not result.stuck
