"""Straight-line Python trainers for small networks: the article's arithmetic, bit for bit, ~6x faster.

For a network of a few hundred weights the cost of training is CPython's cost per float operation plus the
cost of reaching the numbers (attribute look-ups, method calls, list indexing). A trainer generated for one
topology keeps every weight and momentum in a local variable and writes each operation out, in the
article's order, so the only work left is the arithmetic itself. With a small table the rows are unrolled
too, and inputs that are 0 or 1 are folded: ``1 * w`` is ``w`` and ``0 * w`` adds nothing, both exactly.

The generated function has the signature ``run(W, D, eta, alpha, epochs, stop_below, rows)`` where ``W`` and
``D`` are lists of flat (row-major) weight and momentum lists, one per layer. It returns ``(errors, W, D,
why)``: the epoch errors as a list, the new weights and momenta as tuples of tuples, and why it stopped
(see ``STOP_*``). It never writes its arguments, so a run that raised leaves the caller's state untouched.

Two variants exist. The fast one uses ``math.exp`` and ``**`` directly; these raise ``OverflowError``
where the article's code would crash. The safe one guards both, giving the limit values instead, and is
otherwise the same code; the caller runs it only after the fast one raised.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from nndesk.engine.activations import _EXP_LIMIT, Activation, square

STOP_NONE = 0  # ran every epoch asked for
STOP_ERROR = 1  # an epoch error fell below stop_below
STOP_CORRECT = 2  # every row was thresholded correctly with the margin
STOP_NONFINITE = 3  # an epoch error was NaN or infinite

# Unroll the rows (and fold 0/1 inputs) while the generated code stays this small: compiling costs
# about 10 microseconds a line, so this bounds the compile time to well under a second.
MAX_UNROLLED_LINES = 12_000


@dataclass(frozen=True)
class Plan:
    """What one generated trainer is specialised for."""

    sizes: tuple[int, ...]
    activations: tuple[Activation, ...]
    unrolled_rows: tuple[tuple[float, ...], ...] | None  # inputs then targets, when rows are unrolled
    n_rows: int
    margin_bounds: tuple[float, float] | None  # (hi, lo): a 1 needs output >= hi, a 0 needs output <= lo
    safe: bool
    # The table has don't-care targets (NaN): such an output sends no error (the article's error 0) and the
    # row's RMS error is taken over the other outputs only (0 for a row with none).
    dont_care: bool = False


def negated(act: Activation) -> bool:
    """Whether a layer of this activation holds its weights and changes negated in the generated code.

    For a sigmoid layer the weighted sum of negated weights is ``-s``, ready for ``exp(-s)``: one float
    operation fewer per neuron and row. Negation is exact, and everything stays consistent: the gradient is
    taken as ``-g`` so the changes come out negated, and the error sent back, ``(-w) * (-g)``, is the true one.
    The caller negates such layers on the way in and out.
    """
    return act.name == "sigmoid"


class _Writer:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.indent = 0

    def __call__(self, line: str) -> None:
        self.lines.append("    " * self.indent + line)


def _w(layer: int, i: int, j: int) -> str:
    return f"w{layer}_{i}_{j}"


def _d(layer: int, i: int, j: int) -> str:
    return f"d{layer}_{i}_{j}"


def _sigmoid_expr(minus_x: str, safe: bool) -> str:
    """1 / (1 + e^-x) from ``minus_x`` = -x (sigmoid layers hold their weights negated, see ``source``)."""
    if safe:
        return f"(1.0 / (1.0 + exp({minus_x})) if {minus_x} <= {_EXP_LIMIT!r} else exp(-{minus_x}))"
    return f"1.0 / (1.0 + exp({minus_x}))"


def _activation_lines(out: str, total: str, act: Activation, safe: bool) -> list[str]:
    """Lines that set ``out`` to ``act`` of the weighted sum ``total`` (an expression)."""
    if act.name == "sigmoid":
        if safe:
            return [f"s = {total}", f"{out} = {_sigmoid_expr('s', True)}"]
        return [f"{out} = {_sigmoid_expr('(' + total + ')', False)}"]
    if act.name == "relu":
        return [f"s = {total}", f"{out} = s if s > 0.0 else 0.0"]
    if act.name == "tanh":
        return [f"{out} = tanh({total})"]
    return [f"{out} = {total}"]  # linear


def _const(value: float) -> str:
    return repr(float(value))


def _input_source(plan: Plan, row: int | None, j: int) -> tuple[str | None, float | None]:
    """How to read input ``j``: (variable name, None) when looped, (None, constant) when unrolled."""
    if row is None:
        return f"x{j}", None
    return None, plan.unrolled_rows[row][j]


def _emit_forward(emit: _Writer, plan: Plan, row: int | None) -> None:
    sizes = plan.sizes
    for layer in range(1, len(sizes)):
        act = plan.activations[layer - 1]
        for i in range(sizes[layer]):
            terms = []
            for j in range(sizes[layer - 1]):
                w = _w(layer - 1, i, j)
                if layer == 1:
                    name, value = _input_source(plan, row, j)
                    if name is not None:
                        terms.append(f"{name} * {w}")
                    elif value == 1.0:
                        terms.append(w)  # 1 * w == w exactly
                    elif value != 0.0:  # 0 * w adds (signed) zero: dropping it changes no value
                        terms.append(f"{_const(value)} * {w}")
                else:
                    terms.append(f"o{layer - 1}_{j} * {w}")
            terms.append(_w(layer - 1, i, sizes[layer - 1]))  # the bias neuron's output is 1
            for line in _activation_lines(f"o{layer}_{i}", " + ".join(terms), act, plan.safe):
                emit(line)


def _emit_row_error(emit: _Writer, plan: Plan, row: int | None, first_row: bool) -> None:
    """q_k = target - output (0 for a don't-care), then the row's RMS error added to the epoch error E."""
    n_in, n_out, top = plan.sizes[0], plan.sizes[-1], len(plan.sizes) - 1
    cared = list(range(n_out))
    for k in range(n_out):
        o = f"o{top}_{k}"
        if row is None:
            # m_k is 1.0, or 0.0 for a don't-care (whose t_k is then 0): multiplying by 1.0 changes nothing.
            emit(f"q{k} = (t{k} - {o}) * m{k}" if plan.dont_care else f"q{k} = t{k} - {o}")
            continue
        t = plan.unrolled_rows[row][n_in + k]
        if math.isnan(t):
            emit(f"q{k} = 0.0")
            cared.remove(k)
        else:
            emit(f"q{k} = -{o}" if t == 0.0 else f"q{k} = {_const(t)} - {o}")
    sq = "square(q{k})" if plan.safe else "q{k} ** 2"  # the reference's e ** 2, inf where ** overflows
    if row is None:
        total = " + ".join(sq.format(k=k) for k in range(n_out))
        rms = f"sqrt(({total}) / {'c' if plan.dont_care else _const(n_out)})"
    elif cared:
        total = " + ".join(sq.format(k=k) for k in cared)
        rms = f"sqrt(({total}) / {_const(len(cared))})"
    else:
        rms = "0.0"
    emit(f"E = {rms}" if first_row else f"E += {rms}")


def _emit_margin_check(emit: _Writer, plan: Plan, row: int | None) -> None:
    if plan.margin_bounds is None:
        return
    hi, lo = plan.margin_bounds
    n_in, n_out, top = plan.sizes[0], plan.sizes[-1], len(plan.sizes) - 1
    for k in range(n_out):
        o = f"o{top}_{k}"
        if row is None:
            # sg is +1 for a target that counts as 1 and -1 for a 0; sb is hi or -lo to match.
            emit(f"if sg{k} * {o} < sb{k}: bad = True")
        elif math.isnan(plan.unrolled_rows[row][n_in + k]):
            continue  # a don't-care is never wrong
        elif plan.unrolled_rows[row][n_in + k] > plan.activations[-1].threshold:
            emit(f"if {o} < {hi!r}: bad = True")
        else:
            emit(f"if {o} > {lo!r}: bad = True")


def _emit_backward(emit: _Writer, plan: Plan, row: int | None) -> None:
    sizes = plan.sizes
    top = len(sizes) - 1
    for layer in range(top, 0, -1):
        act = plan.activations[layer - 1]
        below = layer - 1  # the layer the connections come from
        started: set[int] = set()
        for i in range(sizes[layer]):
            o = f"o{layer}_{i}"
            err = f"q{i}" if layer == top else f"e{layer}_{i}"
            # A sigmoid layer works with -g (its weights are negated): o * (o - 1.0) is -(o * (1.0 - o)) exactly.
            derivative = f"{o} * ({o} - 1.0)" if negated(act) else act.derivative_expr.format(o=o)
            emit(f"g = {err} * ({derivative})")
            emit("eg = eta * g")  # eta * (1 * g): the bias and every input that is exactly 1
            for j in range(sizes[below] + 1):
                w, d = _w(below, i, j), _d(below, i, j)
                if j == sizes[below]:
                    emit(f"{d} = eg + alpha * {d}")
                elif below == 0:
                    name, value = _input_source(plan, row, j)
                    if name is not None:
                        emit(f"{d} = eta * ({name} * g) + alpha * {d}")
                    elif value == 1.0:
                        emit(f"{d} = eg + alpha * {d}")
                    elif value == 0.0:
                        emit(f"{d} = alpha * {d}")  # eta * (0 * g) is a signed zero
                    else:
                        emit(f"{d} = eta * ({_const(value)} * g) + alpha * {d}")
                else:
                    emit(f"{d} = eta * (o{below}_{j} * g) + alpha * {d}")
                emit(f"{w} = {w} + {d}")
                # The error goes back through the *new* weight; input and bias neurons need none.
                if below > 0 and j < sizes[below]:
                    e = f"e{below}_{j}"
                    emit(f"{e} = {w} * g" if j not in started else f"{e} = {e} + {w} * g")
                    started.add(j)


def _weight_names(sizes: Sequence[int], prefix: Callable[[int, int, int], str]) -> list[list[str]]:
    return [
        [prefix(layer, i, j) for i in range(sizes[layer + 1]) for j in range(sizes[layer] + 1)]
        for layer in range(len(sizes) - 1)
    ]


def source(plan: Plan) -> str:
    """The Python source of the trainer for ``plan``."""
    emit = _Writer()
    w_names = _weight_names(plan.sizes, _w)
    d_names = _weight_names(plan.sizes, _d)
    # The math functions are bound as defaults so that the body reads them as fast locals.
    emit("def run(W, D, eta, alpha, epochs, stop_below, rows, exp=exp, tanh=tanh, sqrt=sqrt, INF=INF, "
         "square=square):")
    emit.indent = 1
    for layer, names in enumerate(w_names):
        emit(f"({', '.join(names)},) = W[{layer}]")
        emit(f"({', '.join(d_names[layer])},) = D[{layer}]")
    emit("errors = []")
    emit("append = errors.append")
    emit("why = 0")
    emit("for _ in range(epochs):")
    emit.indent = 2
    if plan.margin_bounds is not None:
        emit("bad = False")
    if plan.unrolled_rows is not None:
        for row in range(plan.n_rows):
            _emit_row(emit, plan, row, first_row=row == 0)
    else:
        n_in, n_out = plan.sizes[0], plan.sizes[-1]
        names = [f"x{j}" for j in range(n_in)] + [f"t{k}" for k in range(n_out)]
        if plan.dont_care:
            names += [f"m{k}" for k in range(n_out)] + ["c"]
        if plan.margin_bounds is not None:
            names += [f"sg{k}" for k in range(n_out)] + [f"sb{k}" for k in range(n_out)]
        emit("E = 0.0")
        emit(f"for {', '.join(names)} in rows:")
        emit.indent = 3
        _emit_row(emit, plan, None, first_row=False)
        emit.indent = 2
    emit("append(E)")
    emit("if not (stop_below <= E < INF):")
    emit("    why = 1 if E < stop_below else 3")
    emit("    break")
    if plan.margin_bounds is not None:
        emit("if not bad:")
        emit("    why = 2")
        emit("    break")
    emit.indent = 1
    w_out = ", ".join(f"({', '.join(names)},)" for names in w_names)
    d_out = ", ".join(f"({', '.join(names)},)" for names in d_names)
    emit(f"return errors, ({w_out},), ({d_out},), why")
    return "\n".join(emit.lines) + "\n"


def _emit_row(emit: _Writer, plan: Plan, row: int | None, first_row: bool) -> None:
    _emit_forward(emit, plan, row)
    _emit_row_error(emit, plan, row, first_row)
    _emit_margin_check(emit, plan, row)
    _emit_backward(emit, plan, row)


def estimated_lines(sizes: Sequence[int], n_rows: int) -> int:
    """About how many lines an unrolled trainer for this topology and row count would have."""
    n_weights = sum((sizes[k] + 1) * sizes[k + 1] for k in range(len(sizes) - 1))
    return n_rows * (3 * n_weights + 2 * sum(sizes[1:]))


def compile_plan(plan: Plan) -> Callable:
    """Compile the trainer for ``plan`` and return its ``run`` function."""
    namespace = {"exp": math.exp, "tanh": math.tanh, "sqrt": math.sqrt, "INF": math.inf, "square": square}
    code = compile(source(plan), f"<nndesk trainer {'-'.join(map(str, plan.sizes))}>", "exec")
    exec(code, namespace)  # our own generated source, built from numbers and fixed names only
    return namespace["run"]


def row_tuples(
    inputs: np.ndarray, targets: np.ndarray, margin_bounds: tuple[float, float] | None, threshold: float
) -> tuple[tuple[float, ...], ...]:
    """The rows as plain float tuples for the looped trainer, in the order its ``for`` statement unpacks them:
    inputs, targets; with don't-cares (NaN targets) the targets as 0, a 1.0/0.0 mask and the count of the
    other outputs (at least 1); with a margin, the signs and bounds of the check (never failing for a
    don't-care)."""
    dont_care = bool(np.isnan(targets).any())
    rows = []
    for x, t in zip(inputs.tolist(), targets.tolist(), strict=True):
        cared = [not math.isnan(v) for v in t]
        row = x + [v if c else 0.0 for v, c in zip(t, cared, strict=True)]
        if dont_care:
            row += [1.0 if c else 0.0 for c in cared] + [float(max(sum(cared), 1))]
        if margin_bounds is not None:
            hi, lo = margin_bounds
            positive = [v > threshold for v in t]
            row += [1.0 if p else -1.0 if c else 0.0 for p, c in zip(positive, cared, strict=True)]
            row += [hi if p else -lo if c else -math.inf for p, c in zip(positive, cared, strict=True)]
        rows.append(tuple(row))
    return tuple(rows)
