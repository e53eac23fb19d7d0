"""Don't-care targets (NaN): no error from that output for that row, the row error over the other outputs.

The expected numbers come from the object-per-neuron reference, driven row by row: a don't-care target is
replaced by the neuron's own output after the forward pass, which makes its error exactly 0 in the
article's arithmetic, and the row's RMS error is taken over the outputs that have a target.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from nndesk.engine import Network, StopReason, StopRule, _codegen, train_until
from tests.article_reference import Network as Reference

X = [[0, 0], [0, 1], [1, 0], [1, 1]]
T = [[0, math.nan], [1, 0], [math.nan, math.nan], [0, 1]]


def _reference_epoch(ref: Reference, inputs: list, targets: list) -> float:
    total = 0.0
    for row, target in zip(inputs, targets, strict=True):
        ref.set_input(row)
        ref.feed_forward()
        outputs = ref.get_results()
        filled = [o if math.isnan(t) else t for t, o in zip(target, outputs, strict=True)]
        ref.back_propagate(filled)
        cared = [(t - o) ** 2 for t, o in zip(target, outputs, strict=True) if not math.isnan(t)]
        err = 0.0
        for c in cared:
            err = err + c
        total = total + (math.sqrt(err / len(cared)) if cared else 0.0)
    return total


def _train(net: Network, path: str, epochs: int, monkeypatch: pytest.MonkeyPatch) -> np.ndarray:
    if path == "looped":
        monkeypatch.setattr(_codegen, "MAX_UNROLLED_LINES", 0)  # a table too big to unroll
    if path == "numpy":
        net.trainer = "numpy"
    return net.train(X, T, epochs)


@pytest.mark.parametrize("path", ["unrolled", "looped", "numpy"])
def test_dont_care_targets_match_the_reference(path: str, monkeypatch: pytest.MonkeyPatch) -> None:
    net = Network([2, 3, 2], seed=3, eta=0.3, alpha=0.2)
    ref = Reference([2, 3, 2], eta=0.3, alpha=0.2)
    ref.set_weights(net.get_weights())
    errors = _train(net, path, 300, monkeypatch)
    expected = [_reference_epoch(ref, X, T) for _ in range(300)]
    tolerance = 0.0 if path != "numpy" else 1e-12  # the generated trainers are exact, numpy to rounding
    np.testing.assert_allclose(errors, expected, rtol=0, atol=tolerance)
    for got, want in zip(net.get_weights(), ref.get_weights(), strict=True):
        np.testing.assert_allclose(got, want, rtol=0, atol=tolerance)


def test_a_row_of_only_dont_cares_adds_no_error_and_moves_weights_only_by_momentum() -> None:
    net = Network([2, 2, 1], seed=5, alpha=0.0)
    before = net.get_weights()
    assert net.train([[1, 0]], [[math.nan]], 3).tolist() == [0.0, 0.0, 0.0]
    for got, want in zip(net.get_weights(), before, strict=True):
        np.testing.assert_array_equal(got, want)


def test_all_correct_skips_dont_cares() -> None:
    net = Network([2, 3, 2], seed=3)
    result = train_until(net, X, T, StopRule(error_below=None, all_correct_margin=0.2, max_epochs=200_000))
    assert result.reason is StopReason.ALL_CORRECT
    out = net.predict(X)
    cared = ~np.isnan(np.array(T))
    assert ((out > 0.5) == (np.nan_to_num(T) > 0.5))[cared].all()


def test_infinite_targets_and_nan_inputs_are_still_refused() -> None:
    net = Network([2, 1])
    with pytest.raises(ValueError, match="targets row 2"):
        net.train([[0, 0], [1, 1]], [[0], [math.inf]], 1)
    with pytest.raises(ValueError, match="inputs row 1"):
        net.train([[math.nan, 0]], [[0]], 1)
