"""TensorFlow Playground's two-input problems: points generated from a data seed, held-out rows, input features.

The geometry follows the Playground's ``src/dataset.ts`` (the facts, written anew):

- ``"circle"``: half the points uniformly in radius 0..2.5 (class 1), half in radius 3.5..5 (class 0), at a uniform
  angle; the class is that of the point moved by a jitter uniform in ±5 · noise on each axis (inside 2.5 or not).
- ``"xor"`` (quadrants): coordinates uniform in ±5, pushed 0.3 away from each axis; class 1 where x₁ · x₂ ≥ 0
  (of the point moved by a jitter uniform in ±5 · noise). Half the points are drawn in the class-1 quadrants.
- ``"gauss"``: two normal clouds of variance 0.5 + 7 · noise (0.5 at noise 0, 4 at noise 0.5), centred on (2, 2)
  (class 1) and (−2, −2) (class 0).
- ``"spiral"``: two arms; the i-th of n points of an arm at radius 5 · i / n and angle 1.75 · 2π · i / n (the
  second arm turned by π), x₁ = r sin θ, x₂ = r cos θ, each moved by a jitter uniform in ±noise.
- ``"plane"`` (regression): uniform in ±6; the target is (x₁ + x₂) / 10 of the point moved by a jitter uniform in
  ±6 · noise.
- ``"gauss-bumps"`` (regression): uniform in ±6; six bumps at x₁ ∈ {−4, 0, 4}, x₂ = ±2.5 of alternating sign; the
  target is the signed bump value 1 − d / 2 (0 beyond distance 2) of largest size, of the jittered point.

Inputs stay within ±6 (a jitter that would push a point further is clipped). The rows come in an order shuffled by
the data seed, so that mini-batches mix the classes.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from nndesk.engine.wording import translate

CLASSIFICATION = ("circle", "xor", "gauss", "spiral")
REGRESSION = ("plane", "gauss-bumps")
KINDS = CLASSIFICATION + REGRESSION
FEATURES = ("x1", "x2", "x1^2", "x2^2", "x1*x2", "sin(x1)", "sin(x2)")
# How the window writes them (the diagram's input labels); files and the command line keep FEATURES' spelling.
FEATURE_LABELS = {"x1": "x₁", "x2": "x₂", "x1^2": "x₁²", "x2^2": "x₂²", "x1*x2": "x₁x₂", "sin(x1)": "sin x₁",
                  "sin(x2)": "sin x₂"}
LIMIT = 6.0  # every input within ±LIMIT
MAX_NOISE = 0.5
MAX_SAMPLES = 10_000
BUMPS = ((-4.0, 2.5, 1.0), (0.0, 2.5, -1.0), (4.0, 2.5, 1.0), (-4.0, -2.5, -1.0), (0.0, -2.5, 1.0), (4.0, -2.5, -1.0))


@dataclass(frozen=True)
class DatasetSpec:
    """What regenerates a dataset's table: ``kind`` (one of :data:`KINDS`), the number of points, the noise
    (0..0.5), the share of rows held out as test rows, and the data seed (apart from the weights' seed)."""

    kind: str
    samples: int = 500
    noise: float = 0.0
    test_fraction: float = 0.5
    seed: int = 1

    def generate(self) -> tuple[np.ndarray, np.ndarray]:
        return generate(self.kind, self.samples, self.noise, self.seed)

    def test_rows(self) -> tuple[int, ...]:
        return held_out_rows(self.samples, self.test_fraction, self.seed)


def check_spec(spec: DatasetSpec) -> DatasetSpec:
    """``spec`` if it can be generated; ValueError in words otherwise."""
    check(spec.kind, spec.samples, spec.noise)
    if isinstance(spec.seed, bool) or not isinstance(spec.seed, int) or not 0 <= spec.seed < 2**32:
        raise ValueError(translate("Datasets", "the data seed must be a whole number from 0 to {0}, not {1}").format(
            2**32 - 1, spec.seed))
    held_out_rows(spec.samples, spec.test_fraction, spec.seed)
    return spec


def generate(kind: str, samples: int, noise: float, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """``(inputs, targets)`` of shapes ``(samples, 2)`` and ``(samples, 1)``, the same for the same arguments.

    Classification targets are 0/1 with the classes balanced (one more of class 1 for an odd count); regression
    targets are the natural ones (plane about ±1.2, bumps −1..1: see :func:`target_range`). ValueError in words
    for an unknown kind, a count outside 1..MAX_SAMPLES or a noise outside 0..0.5.
    """
    check(kind, samples, noise)
    rng = np.random.default_rng(seed)
    x, t = _MAKERS[kind](rng, samples, noise)
    order = rng.permutation(samples)
    return np.clip(x[order], -LIMIT, LIMIT), t[order].reshape(samples, 1)


def check(kind: str, samples: int, noise: float) -> None:
    if kind not in KINDS:
        raise ValueError(translate("Datasets", "unknown dataset {0!r} (choose from {1})").format(
            kind, ', '.join(KINDS)))
    if isinstance(samples, bool) or not isinstance(samples, int | np.integer) or not 1 <= samples <= MAX_SAMPLES:
        raise ValueError(translate("Datasets", "the number of points must be from 1 to {0:,}, not {1}").format(
            MAX_SAMPLES, samples))
    if isinstance(noise, bool) or not (isinstance(noise, int | float) and 0 <= noise <= MAX_NOISE):
        raise ValueError(translate("Datasets", "the noise must be from 0 to {0}, not {1}").format(MAX_NOISE, noise))


def target_range(kind: str, noise: float) -> tuple[float, float]:
    """The lowest and highest target ``generate`` can give: 0..1 for a class, the plane's ±(12 + 12 · noise) / 10,
    the bumps' −1..1."""
    if kind == "plane":
        top = (2 * LIMIT + 2 * LIMIT * noise) / 10
        return -top, top
    if kind == "gauss-bumps":
        return -1.0, 1.0
    return 0.0, 1.0


def scaled_targets(kind: str, noise: float, targets: np.ndarray) -> np.ndarray:
    """Targets mapped from :func:`target_range` onto 0..1 (for a sigmoid output); classes are already 0/1."""
    lo, hi = target_range(kind, noise)
    return (np.asarray(targets, dtype=np.float64) - lo) / (hi - lo)


def held_out_rows(samples: int, fraction: float, seed: int) -> tuple[int, ...]:
    """round(fraction · samples) row indices (0-based, sorted), chosen with the data seed; ValueError in words
    when the fraction is outside 0..1 or would leave no row to train on."""
    if isinstance(fraction, bool) or not (isinstance(fraction, int | float) and 0 <= fraction < 1):
        raise ValueError(translate("Datasets", "the test fraction must be from 0 up to (not including) 1, not "
                                               "{0}").format(fraction))
    k = math.floor(fraction * samples + 0.5)
    if k >= samples:
        raise ValueError(translate("Datasets", "a test fraction of {0:g} leaves none of the {1} points to "
                                               "train on").format(fraction, samples))
    rng = np.random.default_rng([seed, 1])  # a stream of its own: the points do not depend on the fraction
    return tuple(int(r) for r in np.sort(rng.choice(samples, size=k, replace=False)))


# -- the features the network sees ---------------------------------------------------------------------------------

def check_features(names: Sequence[str]) -> tuple[str, ...]:
    """The features in their fixed order (:data:`FEATURES`), without repeats; ValueError in words."""
    chosen = set()
    for name in names:
        key = name.strip().replace(" ", "").replace("²", "^2").replace("×", "*").replace("₁", "1").replace("₂", "2")
        if key not in FEATURES:
            raise ValueError(translate("Datasets", "unknown feature {0!r} (choose from {1})").format(
                name, ', '.join(FEATURES)))
        chosen.add(key)
    if not chosen:
        raise ValueError(translate("Datasets", "choose at least one feature from {0}").format(', '.join(FEATURES)))
    return tuple(f for f in FEATURES if f in chosen)


def parse_features(text: str) -> tuple[str, ...]:
    """A comma list such as ``x1,x2,x1^2`` as :func:`check_features` returns it."""
    return check_features([p for p in text.split(",") if p.strip()])


def expand(inputs: np.ndarray, features: Sequence[str]) -> np.ndarray:
    """The network's inputs: one column per feature of ``inputs`` (rows, 2) in the order given; shape
    (rows, len(features))."""
    x = np.asarray(inputs, dtype=np.float64)
    x1, x2 = x[:, 0], x[:, 1]
    columns = {"x1": lambda: x1, "x2": lambda: x2, "x1^2": lambda: x1 * x1, "x2^2": lambda: x2 * x2,
               "x1*x2": lambda: x1 * x2, "sin(x1)": lambda: np.sin(x1), "sin(x2)": lambda: np.sin(x2)}
    return np.column_stack([columns[f]() for f in features]) if len(x) else np.zeros((0, len(features)))


# -- the generators: (inputs (n, 2), targets (n,)) in generation order -------------------------------------------

def _halves(samples: int) -> tuple[int, int]:
    return samples - samples // 2, samples // 2


def _uniform(rng: np.random.Generator, n: int, a: float, b: float) -> np.ndarray:
    return rng.uniform(a, b, size=n)


def _circle(rng: np.random.Generator, samples: int, noise: float) -> tuple[np.ndarray, np.ndarray]:
    radius = 5.0
    parts = []
    for n, (lo, hi) in zip(_halves(samples), ((0.0, radius * 0.5), (radius * 0.7, radius)), strict=True):
        r, angle = _uniform(rng, n, lo, hi), _uniform(rng, n, 0.0, 2 * math.pi)
        parts.append(np.column_stack([r * np.sin(angle), r * np.cos(angle)]))
    x = np.concatenate(parts)
    jitter = rng.uniform(-radius, radius, size=x.shape) * noise
    return x, (np.hypot(*(x + jitter).T) < radius * 0.5).astype(np.float64)


def _xor(rng: np.random.Generator, samples: int, noise: float) -> tuple[np.ndarray, np.ndarray]:
    x = rng.uniform(-5.0, 5.0, size=(samples, 2))
    x += np.where(x > 0, 0.3, -0.3)
    same = _halves(samples)[0]
    x[same:, 1] = -np.sign(x[same:, 0]) * np.abs(x[same:, 1])  # the second half in the quadrants of class 0
    x[:same, 1] = np.sign(x[:same, 0]) * np.abs(x[:same, 1])
    jitter = rng.uniform(-5.0, 5.0, size=x.shape) * noise
    moved = x + jitter
    return x, (moved[:, 0] * moved[:, 1] >= 0).astype(np.float64)


def _gauss(rng: np.random.Generator, samples: int, noise: float) -> tuple[np.ndarray, np.ndarray]:
    sd = math.sqrt(0.5 + 7.0 * noise)
    ones, zeros = _halves(samples)
    x = np.concatenate([rng.normal(2.0, sd, size=(ones, 2)), rng.normal(-2.0, sd, size=(zeros, 2))])
    return x, np.concatenate([np.ones(ones), np.zeros(zeros)])


def _spiral(rng: np.random.Generator, samples: int, noise: float) -> tuple[np.ndarray, np.ndarray]:
    parts, labels = [], []
    for n, turn, label in zip(_halves(samples), (0.0, math.pi), (1.0, 0.0), strict=True):
        i = np.arange(n, dtype=np.float64)
        r = i / max(n, 1) * 5.0
        theta = 1.75 * i / max(n, 1) * 2 * math.pi + turn
        arm = np.column_stack([r * np.sin(theta), r * np.cos(theta)])
        parts.append(arm + rng.uniform(-1.0, 1.0, size=arm.shape) * noise)
        labels.append(np.full(n, label))
    return np.concatenate(parts), np.concatenate(labels)


def _plane(rng: np.random.Generator, samples: int, noise: float) -> tuple[np.ndarray, np.ndarray]:
    x = rng.uniform(-LIMIT, LIMIT, size=(samples, 2))
    moved = x + rng.uniform(-LIMIT, LIMIT, size=x.shape) * noise
    return x, (moved[:, 0] + moved[:, 1]) / 10.0


def bumps_value(points: np.ndarray) -> np.ndarray:
    """The gauss-bumps surface at ``points`` (n, 2): of the six signed bumps ``sign · max(0, 1 − d / 2)``, the one
    largest in size (the first of equal ones); shape (n,)."""
    p = np.asarray(points, dtype=np.float64)
    values = np.stack([s * np.clip(1.0 - np.hypot(p[:, 0] - cx, p[:, 1] - cy) / 2.0, 0.0, 1.0)
                       for cx, cy, s in BUMPS])
    return values[np.argmax(np.abs(values), axis=0), np.arange(len(p))]


def _gauss_bumps(rng: np.random.Generator, samples: int, noise: float) -> tuple[np.ndarray, np.ndarray]:
    x = rng.uniform(-LIMIT, LIMIT, size=(samples, 2))
    moved = x + rng.uniform(-LIMIT, LIMIT, size=x.shape) * noise
    return x, bumps_value(moved)


_MAKERS = {"circle": _circle, "xor": _xor, "gauss": _gauss, "spiral": _spiral, "plane": _plane,
           "gauss-bumps": _gauss_bumps}
