"""When a row counts as correct: the one definition used by the stop rule, the truth check, the study and the CLI.

The article thresholds an output at 0.5: ``1 if o > 0.5 else 0``. A target counts as 1 when it lies above
the threshold too. An output *right* for its target lies strictly on the target's side of the threshold:
above it for a 1, below it for a 0. An output exactly on the threshold is undecided, so it is right for
neither (the article would read it as 0, but a row that the smallest change flips is not learned).

"Right with margin m" asks for a distance of at least ``m`` on the right side: an output of at least
``threshold + m`` for a 1 and at most ``threshold - m`` for a 0 (and, for m = 0, strictly on that side).
A don't-care target (NaN) is always right; a NaN output never is. A row is correct when every output is
right. The trainers stop on "all rows correct" with the same bounds (:func:`margin_bounds`).
"""

from __future__ import annotations

import math

import numpy as np


def margin_bounds(threshold: float, margin: float) -> tuple[float, float]:
    """``(hi, lo)``: an output is right for a 1 when ``o >= hi`` and for a 0 when ``o <= lo``."""
    hi = max(threshold + margin, math.nextafter(threshold, math.inf))
    lo = min(threshold - margin, math.nextafter(threshold, -math.inf))
    return hi, lo


def outputs_right(outputs: object, targets: object, threshold: float, margin: float = 0.0) -> np.ndarray:
    """Per output, whether it is right for its target with ``margin`` (True for a don't-care).

    ``outputs`` (..., n_out) and ``targets`` broadcastable to it, e.g. (rows, n_out) with (rows, n_out), or
    (networks, n_out) with (n_out,). Returns a bool array of the broadcast shape.
    """
    o = np.asarray(outputs, dtype=np.float64)
    t = np.asarray(targets, dtype=np.float64)
    hi, lo = margin_bounds(threshold, margin)
    with np.errstate(invalid="ignore"):
        right = np.where(t > threshold, o >= hi, o <= lo)
    return right | np.isnan(t)


def rows_correct(outputs: object, targets: object, threshold: float, margin: float = 0.0) -> np.ndarray:
    """Per row, whether every output is right (see :func:`outputs_right`): shape ``outputs.shape[:-1]``."""
    return outputs_right(outputs, targets, threshold, margin).all(axis=-1)
