"""Held-out rows (issue 15): trained on never, their error after every epoch, and early stopping on it."""

from __future__ import annotations

import numpy as np
import pytest

from nndesk.engine import Network, StopReason, StopRule, train_until
from nndesk.project.held_out import check_test_rows, parse_row_numbers, split_rows
from nndesk.project.truth_table import TruthTable

X16 = [[(r >> 3) & 1, (r >> 2) & 1, (r >> 1) & 1, r & 1] for r in range(16)]
PARITY = [[sum(row) % 2] for row in X16]
TEST = [3, 6, 9, 12]
TRAIN = [r for r in range(16) if r not in TEST]


def _split() -> tuple[list, list, list, list]:
    return ([X16[r] for r in TRAIN], [PARITY[r] for r in TRAIN], [X16[r] for r in TEST], [PARITY[r] for r in TEST])


@pytest.mark.parametrize("method", [dict(), dict(rule="adam", eta=0.05, batch_size=4)], ids=str)
def test_the_test_error_follows_every_epoch_and_the_training_error_ignores_the_test_rows(method):
    x, t, tx, tt = _split()
    kwargs = dict(seed=2, **{"eta": 0.5, **method})
    net = Network([4, 6, 1], **kwargs)
    seen = []
    result = train_until(net, x, t, StopRule(error_below=None, max_epochs=60), on_progress=seen.append,
                         test_inputs=tx, test_targets=tt, progress_interval=0.0)
    errors = np.concatenate([p.errors for p in seen])
    tests = np.concatenate([p.test_errors for p in seen])
    alone = Network([4, 6, 1], **kwargs)  # the same epochs on the training rows alone, test error by hand
    want_tests = []
    want = []
    for _ in range(60):
        want.append(alone.train_epoch(x, t))
        want_tests.append(alone.error(tx, tt))
    assert errors.tolist() == want and tests.tolist() == want_tests
    assert result.reason is StopReason.MAX_EPOCHS and result.test_error == want_tests[-1]
    assert result.error == want[-1] and "test error" in result.message


def test_patience_restores_the_best_test_errors_weights_and_keeps_the_whole_history():
    x, t, tx, tt = _split()
    net = Network([4, 8, 1], seed=5, eta=0.5, alpha=0.5)
    seen = []
    rule = StopRule(error_below=None, max_epochs=5000, patience=30)
    result = train_until(net, x, t, rule, on_progress=seen.append, test_inputs=tx, test_targets=tt)
    tests = np.concatenate([p.test_errors for p in seen])
    errors = np.concatenate([p.errors for p in seen])
    best = int(np.argmin(tests)) + 1
    assert result.reason is StopReason.NO_TEST_IMPROVEMENT
    assert result.best_epoch == result.epochs == net.epochs == best
    assert len(tests) == best + 30  # the history goes on to where it stopped
    assert result.test_error == tests[best - 1] and result.error == errors[best - 1]
    assert f"weights of epoch {best:,} are back" in result.message
    again = Network([4, 8, 1], seed=5, eta=0.5, alpha=0.5)
    again.train(x, t, best)
    for a, b in zip(net.get_weights(), again.get_weights(), strict=True):
        assert np.array_equal(a, b)
    # and it continues as the unbroken run would have from that epoch
    assert net.train(x, t, 3).tolist() == again.train(x, t, 3).tolist()


def test_patience_needs_test_rows():
    with pytest.raises(ValueError, match="needs test rows"):
        train_until(Network([4, 3, 1]), X16, PARITY, StopRule(max_epochs=10, patience=5))
    with pytest.raises(ValueError, match="patience must be a whole number of 1 or more"):
        StopRule(patience=0)


def test_all_correct_counts_the_training_rows_only():
    """XOR's four rows with (1, 1) held out: all training rows correct ends training though the test row is wrong."""
    x, t = [[0, 0], [0, 1], [1, 0]], [[0], [1], [1]]
    net = Network([2, 3, 1], seed=1, eta=0.5, alpha=0.5)
    result = train_until(net, x, t, StopRule(error_below=None, all_correct_margin=0.1, max_epochs=20000),
                         test_inputs=[[1, 1]], test_targets=[[0]])
    assert result.reason is StopReason.ALL_CORRECT
    assert net.predict([[1, 1]])[0, 0] > 0.5  # OR, not XOR: the unseen row is the lesson


def test_row_numbers_from_one_and_the_split():
    assert parse_row_numbers("3,7", 8) == (2, 6)
    assert parse_row_numbers(" 7 3 3", 8) == (2, 6)
    for text, words in (("0", "test row 0 is not a row of the table"), ("9", "rows 1 to 8"),
                        ("a", "'a' is not a row number"), ("", "give the test rows")):
        with pytest.raises(ValueError, match=words):
            parse_row_numbers(text, 8)
    with pytest.raises(ValueError, match="leave at least one"):
        check_test_rows(range(4), 4)
    table = TruthTable(["A", "B"], ["Y"], [[0, 0, 0], [0, 1, 1], [1, 0, 1], [1, 1, 0]])
    x, t, tx, tt = split_rows(table, (1, 3))
    assert x.tolist() == [[0, 0], [1, 0]] and t.tolist() == [[0], [1]]
    assert tx.tolist() == [[0, 1], [1, 1]] and tt.tolist() == [[1], [0]]
