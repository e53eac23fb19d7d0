"""Straight-line numpy trainers for large networks: one numpy call per layer operation, nothing else.

For a 64-64-10 network nearly all of a row's cost is the overhead of the ~25 numpy calls it takes, and the
Python around them (loops over layers, tuple unpacking, branches) adds a quarter more. The trainer generated
here for one depth and choice of activations writes every call out with its buffers in local variables:
what is left is the calls themselves. The arithmetic is that of the article, per layer:

- forward: ``s = W @ a``, the activation, into the view of the next layer's input;
- output error ``e = t - o`` (times a 0/1 mask where targets are don't-cares);
- backward, from the output down: ``g = e * f'(o)``, the change ``(eta * g) * a`` as one BLAS outer
  product, ``D = alpha * D + change``, ``W = W + D``, and the error sent down ``g @ W`` through the new W.

A sigmoid layer holds its weights and changes negated (exact), so ``W @ a`` is ``-s`` ready for ``exp``,
its gradient is taken as ``-g = e * (o * (o - 1))``, and ``(-g) @ (-W)`` sends the true error down. The
caller negates such layers on the way in and out. Sums run in BLAS order, so results agree with the article
to rounding (about 1e-15), not bit for bit; the epoch error adds the rows' errors in row order.

``run(epochs, stop, B)`` takes the buffers ``B`` (see :func:`buffer_names`) and returns
``(errors, why)`` with ``why`` one of :mod:`nndesk.engine._codegen`'s ``STOP_*`` values.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np

from nndesk.engine import _codegen


def buffer_names(n_layers: int) -> list[str]:
    """The names, in order, of the buffers the generated function unpacks from its ``B`` argument."""
    names = ["XV", "XE", "TR", "MK", "OE", "OES", "DIV", "POS", "CARED", "HI", "LO", "ETA", "ALPHA"]
    for k in range(n_layers):
        names += [f"W{k}", f"D{k}", f"WNB{k}", f"S{k}", f"GC{k}", f"EG{k}", f"EGV{k}", f"C{k}", f"IN{k + 1}",
                  f"V{k + 1}", f"O{k + 1}", f"E{k + 1}", f"ACT{k}", f"DACT{k}"]
    return names


def source(sigmoid: tuple[bool, ...], dont_care: bool, margin: bool) -> str:
    """Python source of the trainer for layers whose activations are sigmoid (True) or not (False)."""
    top = len(sigmoid)
    lines = [
        "def run(epochs, stop, B):",
        f"    ({', '.join(buffer_names(top))},) = B",
        "    errors = []",
        "    append = errors.append",
        f"    why = {_codegen.STOP_NONE}",
        "    rows = range(len(XV))",
        "    for _ in range(epochs):",
        "        bad = False",
        "        for r in rows:",
    ]
    body = []
    for k in range(top):  # forward
        a_in = "XV[r]" if k == 0 else f"V{k}"
        body.append(f"dot(W{k}, {a_in}, S{k})")
        if sigmoid[k]:  # S holds -s: o = 1 / (1 + exp(-s))
            body += [f"exp(S{k}, S{k})", f"add(S{k}, one, S{k})", f"divide(one, S{k}, O{k + 1})"]
        else:
            body.append(f"O{k + 1}[:] = ACT{k}(S{k})")
    body += [f"E{top} = OE[r]", f"subtract(TR[r], O{top}, E{top})"]
    if dont_care:
        body.append(f"multiply(E{top}, MK[r], E{top})")
    if margin:
        body.append(f"if not bad and (where(POS[r], O{top} < HI, O{top} > LO) & CARED[r]).any(): bad = True")
    for k in range(top - 1, -1, -1):  # backward
        if sigmoid[k]:  # S becomes -g = e * (o * (o - 1))
            body += [f"subtract(O{k + 1}, one, S{k})", f"multiply(S{k}, O{k + 1}, S{k})"]
        else:
            body.append(f"S{k}[:] = DACT{k}(O{k + 1})")
        body.append(f"multiply(S{k}, E{k + 1}, S{k})")
        if k == 0:  # the table's rows come pre-scaled by eta: (eta * a) * g, one call fewer
            body.append("dot(GC0, XE[r], C0)")
        else:
            body += [f"multiply(S{k}, ETA, EGV{k})", f"dot(EG{k}, IN{k}, C{k})"]
        body += [f"multiply(D{k}, ALPHA, D{k})", f"add(D{k}, C{k}, D{k})", f"add(W{k}, D{k}, W{k})"]
        if k > 0:
            body.append(f"dot(S{k}, WNB{k}, E{k})  # back through the new weights")
    lines += ["            " + line for line in body]
    lines += [
        "        epoch_error = 0.0",
        "        for row_error in sqrt((OES * OES).sum(axis=1) / DIV).tolist():",
        "            epoch_error += row_error  # in row order, as the article adds them",
        "        append(epoch_error)",
        "        if not (stop <= epoch_error < INF):",
        f"            why = {_codegen.STOP_ERROR} if epoch_error < stop else {_codegen.STOP_NONFINITE}",
        "            break",
    ]
    if margin:
        lines += ["        if not bad:", f"            why = {_codegen.STOP_CORRECT}", "            break"]
    lines.append("    return errors, why")
    return "\n".join(lines) + "\n"


_CACHE: dict[tuple, Callable] = {}


def trainer(sigmoid: tuple[bool, ...], dont_care: bool, margin: bool) -> Callable:
    """The compiled trainer for this shape of network and table (cached)."""
    key = (sigmoid, dont_care, margin)
    run = _CACHE.get(key)
    if run is None:
        namespace = {
            "dot": np.dot, "add": np.add, "multiply": np.multiply, "subtract": np.subtract, "exp": np.exp,
            "divide": np.divide, "where": np.where, "sqrt": np.sqrt, "one": np.array(1.0), "INF": math.inf,
        }
        exec(compile(source(*key), "<nndesk numpy trainer>", "exec"), namespace)  # our own generated source
        run = _CACHE[key] = namespace["run"]
    return run
