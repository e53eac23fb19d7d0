"""Which tables a network without a hidden layer cannot learn: outputs whose 1s and 0s no straight line splits.

A network without a hidden layer computes each output as ``f(w · x + b)`` with a monotone ``f``: it counts
an output as 1 on one side of a hyperplane (a straight line for two inputs) and as 0 on the other. It can
get every row of an output right exactly when that output is *linearly separable*: some ``(w, b)`` has
``w · x + b > 0`` on its rows of target 1 and ``< 0`` on its rows of target 0 (a point on the plane can be
moved to the 0 side by a small change of ``b``). XOR is the classic output that is not.

The test is exact: by Farkas' lemma, the rows are *not* separable exactly when a convex combination of the
rows of target 1 equals one of the rows of target 0, i.e. when some ``y >= 0`` with ``sum(y) == 1`` has
``sum_i y_i s_i (x_i, 1) == 0`` (``s_i`` is +1 for a 1, -1 for a 0). That is a linear program, solved here
by the simplex method (phase 1, Bland's rule, so it ends) in exact rational arithmetic.
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction
from itertools import combinations

import numpy as np

from nndesk.engine.wording import translate

# Above this many tableau cells (rows x (inputs + 2), summed over the outputs) the exact test is not tried: it
# answers None. Measured here: 256 rows of 8 inputs (2,560 cells) take up to 0.8 s, 500 rows of 8 took 3 s.
MAX_CELLS = 3_000


def linearly_separable(inputs: np.ndarray, ones: np.ndarray) -> bool | None:
    """Whether one hyperplane puts the rows with ``ones`` True strictly on one side and the others on the
    other. ``inputs`` has shape (rows, n_in) of finite numbers, ``ones`` shape (rows,) of bools. None when the
    table is too large to test (see :data:`MAX_CELLS`)."""
    signed = {(tuple(map(float, x)), bool(o)) for x, o in zip(np.asarray(inputs), np.asarray(ones), strict=True)}
    if len({o for _, o in signed}) < 2:
        return True  # one class only: a constant output
    if len(signed) * (len(next(iter(signed))[0]) + 2) > MAX_CELLS:
        return None
    # Columns of the program: one per distinct row, s_i * (x_i, 1); then the row sum(y) == 1.
    columns = [[Fraction(v) * (1 if o else -1) for v in (*x, 1.0)] for x, o in signed]
    rows = [list(r) for r in zip(*columns, strict=True)] + [[Fraction(1)] * len(columns)]
    rhs = [Fraction(0)] * (len(rows) - 1) + [Fraction(1)]
    return not _feasible(rows, rhs)


def _feasible(rows: list[list[Fraction]], rhs: list[Fraction]) -> bool:
    """Whether some ``y >= 0`` has ``rows @ y == rhs`` (``rhs >= 0``): phase 1 of the simplex method, exact.

    The artificial variables start as the basis; their sum is minimised; the system is feasible exactly
    when that minimum is 0. Bland's rule (lowest index enters and leaves) keeps the method from cycling.
    """
    k, m = len(rows), len(rows[0])
    t = [row + [Fraction(int(i == r)) for i in range(k)] + [rhs[r]] for r, row in enumerate(rows)]
    basis = [m + r for r in range(k)]
    while True:
        artificial = [r for r in range(k) if basis[r] >= m]
        reduced = [(1 if j >= m else 0) - sum((t[r][j] for r in artificial), Fraction(0)) for j in range(m + k)]
        entering = next((j for j, c in enumerate(reduced) if c < 0), None)
        if entering is None:
            return sum((t[r][-1] for r in artificial), Fraction(0)) == 0
        candidates = [(t[r][-1] / t[r][entering], basis[r], r) for r in range(k) if t[r][entering] > 0]
        _, _, leave = min(candidates)  # never empty: the objective is bounded below by 0
        _pivot(t, leave, entering)
        basis[leave] = entering


def _pivot(t: list[list[Fraction]], r: int, c: int) -> None:
    p = t[r][c]
    t[r] = [v / p for v in t[r]]
    for i, row in enumerate(t):
        if i != r and row[c] != 0:
            f = row[c]
            t[i] = [a - f * b for a, b in zip(row, t[r], strict=True)]


def no_hidden_layer_problem(
    topology: Sequence[int],
    inputs: np.ndarray,
    targets: np.ndarray,
    threshold: float,
    input_names: Sequence[str] | None = None,
    output_names: Sequence[str] | None = None,
) -> str:
    """The sentence that names why a network of ``topology`` cannot learn the table, or "" when it can (or
    has hidden layers, or the table is too large to test).

    ``inputs`` (rows, n_in) and ``targets`` (rows, n_out); a NaN target is a don't-care and is left out. An
    output is counted as 1 above ``threshold``. Rows with the same inputs and different targets are left to
    the table's own check (no network separates them, hidden layer or not).
    """
    if len(topology) != 2:
        return ""
    x, t = np.asarray(inputs, dtype=np.float64), np.asarray(targets, dtype=np.float64)
    n_in, n_out = x.shape[1], t.shape[1]
    if len(x) * (n_in + 2) * n_out > MAX_CELLS:  # the end of a run must not wait for the test
        return ""
    ins = list(input_names) if input_names is not None else [
        translate("Separability", "input {0}").format(i + 1) for i in range(n_in)]
    outs = list(output_names) if output_names is not None else (
        [translate("Separability", "the output")] if n_out == 1 else
        [translate("Separability", "output {0}").format(j + 1) for j in range(n_out)])
    if not np.isfinite(x).all():
        return ""
    failing: list[int] = []
    for j in range(n_out):
        cared = ~np.isnan(t[:, j])
        ones = t[cared, j] > threshold
        if _contradicts(x[cared], ones) or linearly_separable(x[cared], ones) is not False:
            continue
        failing.append(j)
    if not failing:
        return ""
    named = [(j, _xor_of(x, t[:, j], threshold)) for j in failing]
    xors = [(j, pair) for j, pair in named if pair is not None]
    if len(xors) == len(failing):
        kind = {gate for _, (gate, _, _) in xors}
        gate = kind.pop() if len(kind) == 1 else "XOR"
        which = ", ".join(translate("Separability", "{0} is {1} {2} {3}").format(outs[j], ins[a], g, ins[b])
                          for j, (g, a, b) in xors)
        return translate("Separability", "A network without a hidden layer draws one straight line; {0} needs two: "
                                         "add a hidden layer ({1}).").format(gate, which)
    names = _and(outs[j] for j in failing)
    if len(failing) == 1:
        return translate("Separability", "A network without a hidden layer draws one straight line; {0} needs more "
                                         "than one (no straight line splits the rows of 1 from the rows of 0): add a "
                                         "hidden layer.").format(names)
    return translate("Separability", "A network without a hidden layer draws one straight line; {0} need more than "
                                     "one (no straight line splits the rows of 1 from the rows of 0): add a hidden "
                                     "layer.").format(names)


def _contradicts(x: np.ndarray, ones: np.ndarray) -> bool:
    seen: dict[tuple[float, ...], bool] = {}
    return any(seen.setdefault(tuple(row), bool(o)) != bool(o) for row, o in zip(x, ones, strict=True))


def _xor_of(x: np.ndarray, column: np.ndarray, threshold: float) -> tuple[str, int, int] | None:
    """("XOR" or "XNOR", a, b) when the output is inputs a XOR b (or XNOR) on its cared rows of 0/1 inputs."""
    cared = ~np.isnan(column)
    xs, ones = x[cared], column[cared] > threshold
    for a, b in combinations(range(x.shape[1]), 2):
        pair = xs[:, [a, b]]
        if not np.isin(pair, (0.0, 1.0)).all():
            continue
        differ = pair[:, 0] != pair[:, 1]
        if (ones == differ).all():
            return "XOR", a, b
        if (ones == ~differ).all():
            return "XNOR", a, b
    return None


def _and(names: object) -> str:
    items = list(names)
    return items[0] if len(items) == 1 else translate("Separability", "{0} and {1}").format(", ".join(items[:-1]),
                                                                                              items[-1])
