"""The Playground's datasets (nndesk.project.datasets): reproducible from the data seed, and of the right geometry."""

from __future__ import annotations

import math

import numpy as np
import pytest

from nndesk.project import datasets
from nndesk.project.datasets import KINDS, expand, generate, held_out_rows, parse_features


@pytest.mark.parametrize("kind", KINDS)
def test_shapes_reproducible_and_within_limits(kind):
    x, t = generate(kind, 301, 0.5, seed=7)
    assert x.shape == (301, 2) and t.shape == (301, 1)
    again = generate(kind, 301, 0.5, seed=7)
    assert np.array_equal(x, again[0]) and np.array_equal(t, again[1])
    other = generate(kind, 301, 0.5, seed=8)
    assert not np.array_equal(x, other[0])
    assert np.abs(x).max() <= 6.0
    assert np.isfinite(t).all()


@pytest.mark.parametrize("kind", datasets.CLASSIFICATION)
def test_classes_are_balanced_0_1(kind):
    _, t = generate(kind, 200, 0.0, seed=1)
    assert set(np.unique(t)) == {0.0, 1.0}
    assert t.sum() == 100


def test_rows_are_mixed_not_grouped_by_class():
    _, t = generate("spiral", 200, 0.0, seed=1)
    assert 0 < t[:20].sum() < 20  # batches of 10 see both classes


def test_circle_inside_and_outside_a_radius():
    x, t = generate("circle", 500, 0.0, seed=3)
    r = np.hypot(x[:, 0], x[:, 1])
    assert (r[t[:, 0] == 1] < 2.5).all()
    assert ((r[t[:, 0] == 0] >= 3.5) & (r[t[:, 0] == 0] <= 5.0)).all()


def test_circle_noise_flips_labels_near_the_radius_only_with_noise():
    x, t = generate("circle", 2000, 0.5, seed=3)
    r = np.hypot(x[:, 0], x[:, 1])
    inside = r < 2.5
    assert 0 < (t[:, 0] != inside).sum() < 1000


def test_spiral_classes_lie_on_two_arms():
    x, t = generate("spiral", 400, 0.0, seed=2)
    r = np.hypot(x[:, 0], x[:, 1])
    angle = np.arctan2(x[:, 0], x[:, 1])  # x1 = r sin θ, x2 = r cos θ
    for label, turn in ((1.0, 0.0), (0.0, math.pi)):
        arm = t[:, 0] == label
        expected = 1.75 * 2 * math.pi * r[arm] / 5.0 + turn  # θ grows with r along the arm
        gap = np.angle(np.exp(1j * (angle[arm] - expected)))
        far = r[arm] > 1e-9
        assert np.abs(gap[far]).max() < 1e-9
    assert r.max() < 5.0


def test_spiral_noise_moves_points_by_at_most_noise():
    clean, t0 = generate("spiral", 400, 0.0, seed=2)
    noisy, t1 = generate("spiral", 400, 0.3, seed=2)
    # same order and labels: the jitter is the only change
    assert np.array_equal(t0, t1)
    assert 0 < np.abs(noisy - clean).max() <= 0.3


def test_xor_quadrants():
    x, t = generate("xor", 400, 0.0, seed=4)
    assert (np.abs(x) >= 0.3).all() and (np.abs(x) <= 5.3).all()
    assert np.array_equal(t[:, 0] == 1, x[:, 0] * x[:, 1] >= 0)


def test_gauss_clouds_around_their_centres_and_spread_with_noise():
    x, t = generate("gauss", 2000, 0.0, seed=5)
    one, zero = x[t[:, 0] == 1], x[t[:, 0] == 0]
    assert np.allclose(one.mean(axis=0), (2, 2), atol=0.1) and np.allclose(zero.mean(axis=0), (-2, -2), atol=0.1)
    assert np.allclose(one.var(axis=0), 0.5, atol=0.08)
    wide, _ = generate("gauss", 2000, 0.5, seed=5)
    assert wide.var() > x.var() + 2


def test_plane_target_is_the_sum_over_ten():
    x, t = generate("plane", 300, 0.0, seed=6)
    assert np.allclose(t[:, 0], (x[:, 0] + x[:, 1]) / 10)
    lo, hi = datasets.target_range("plane", 0.0)
    assert lo <= t.min() and t.max() <= hi
    scaled = datasets.scaled_targets("plane", 0.0, t)
    assert scaled.min() >= 0 and scaled.max() <= 1


def test_gauss_bumps_peak_at_their_centres_with_their_signs():
    centres = np.array([(cx, cy) for cx, cy, _ in datasets.BUMPS])
    assert np.array_equal(datasets.bumps_value(centres), [s for _, _, s in datasets.BUMPS])
    assert datasets.bumps_value(np.array([[0.0, 6.0]]))[0] == 0.0  # further than 2 from every bump
    x, t = generate("gauss-bumps", 300, 0.0, seed=6)
    assert np.array_equal(t[:, 0], datasets.bumps_value(x))


def test_held_out_rows_from_the_seed():
    rows = held_out_rows(500, 0.5, seed=1)
    assert len(rows) == 250 and rows == tuple(sorted(set(rows))) and rows[-1] < 500
    assert rows == held_out_rows(500, 0.5, seed=1) and rows != held_out_rows(500, 0.5, seed=2)
    assert len(held_out_rows(7, 0.5, seed=1)) == 4  # round half up: 3.5 -> 4
    assert held_out_rows(10, 0.0, seed=1) == ()
    with pytest.raises(ValueError, match="test fraction"):
        held_out_rows(10, 1.0, seed=1)


def test_bad_arguments_in_words():
    with pytest.raises(ValueError, match="unknown dataset"):
        generate("moons", 10, 0, 1)
    with pytest.raises(ValueError, match="number of points"):
        generate("circle", 0, 0, 1)
    with pytest.raises(ValueError, match="noise"):
        generate("circle", 10, 0.6, 1)


def test_features_expand_in_the_fixed_order():
    x = np.array([[1.0, 2.0], [-3.0, 0.5]])
    names = parse_features("sin(x2), x1, x1*x2,x2^2")
    assert names == ("x1", "x2^2", "x1*x2", "sin(x2)")
    out = expand(x, names)
    assert np.allclose(out, [[1, 4, 2, math.sin(2)], [-3, 0.25, -1.5, math.sin(0.5)]])
    assert expand(x, datasets.FEATURES).shape == (2, 7)
    with pytest.raises(ValueError, match="unknown feature"):
        parse_features("x1,cos(x1)")
