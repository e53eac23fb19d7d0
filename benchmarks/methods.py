"""Training speed of the batch methods (issue 15) against the article's online code, measured in one run.

    .venv/bin/python benchmarks/methods.py           # ~1 minute
    .venv/bin/python benchmarks/methods.py --quick   # ~15 s

The problem is the TensorFlow Playground's size: 500 rows of two inputs in -1..1, one 0/1 output (the XOR of
the quadrants), a 2-8-8-1 sigmoid network. The baseline is tests/article_reference.py (the article's algorithm
as objects, Python floats), trained online as the article does. Against it: ``Network(batch_size=None)``
(full-batch backprop), ``Network(batch_size=10)`` (mini-batches of 10), the same with Rprop and Adam, and the
article's own method in nndesk (the generated code) for scale. Timings are interleaved back to back, repetition by
repetition, so that the machine's load hits both sides alike; the ratio is the median of the paired ratios.
Samples/s counts training rows: epochs x 500.
"""

from __future__ import annotations

import argparse
import platform
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from nndesk.engine import Network
from tests.article_reference import Network as Reference

TOPOLOGY = [2, 8, 8, 1]
GOALS = {"full batch": 100.0, "mini-batch 10": 8.0}


def playground(rows: int = 500) -> tuple[list[list[float]], list[list[float]]]:
    rng = np.random.RandomState(2026)
    x = rng.uniform(-1, 1, (rows, 2))
    return x.tolist(), [[float(a * b > 0)] for a, b in x]


def methods() -> list[tuple[str, dict]]:
    return [
        ("full batch", dict(batch_size=None, eta=0.5, alpha=0.5)),
        ("mini-batch 10", dict(batch_size=10, eta=0.5, alpha=0.5)),
        ("Rprop", dict(rule="rprop")),
        ("Adam, full batch", dict(rule="adam", batch_size=None, eta=0.01)),
        ("Adam, mini-batch 10", dict(rule="adam", batch_size=10, eta=0.01)),
        ("article online (nndesk)", dict(eta=0.09, alpha=0.015)),
    ]


def _rate(train, epochs: int, rows: int) -> float:
    start = time.perf_counter()
    train(epochs)
    return epochs * rows / (time.perf_counter() - start)


def measure(kwargs: dict, x: list, t: list, seconds: float, repeats: int) -> tuple[float, float, float]:
    """Best samples/s of the article's code and of nndesk with ``kwargs``, and the median ratio of the pairs."""
    net = Network(TOPOLOGY, seed=1, **kwargs)
    ref = Reference(TOPOLOGY, eta=0.09, alpha=0.015)
    ref.set_weights(net.get_weights())
    rows = len(x)
    ref_rate = _rate(lambda n: ref.train(x, t, n), 1, rows)
    net.train(x, t, 1)  # warm-up: buffers, generated code
    net_rate = _rate(lambda n: net.train(x, t, n), 3, rows)
    ref_epochs = max(1, int(seconds * ref_rate / rows))
    net_epochs = max(1, int(seconds * net_rate / rows))
    pairs = []
    ref_best = net_best = 0.0
    for _ in range(repeats):
        r = _rate(lambda n: ref.train(x, t, n), ref_epochs, rows)
        n = _rate(lambda k: net.train(x, t, k), net_epochs, rows)
        pairs.append(n / r)
        ref_best, net_best = max(ref_best, r), max(net_best, n)
    return ref_best, net_best, float(np.median(pairs))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="shorter timings")
    args = parser.parse_args()
    seconds, repeats = (0.15, 3) if args.quick else (0.4, 7)
    x, t = playground()
    print(f"nndesk methods benchmark -- Python {platform.python_version()}, numpy {np.__version__}, "
          f"{platform.machine()}; 500 rows, {'-'.join(map(str, TOPOLOGY))}")
    print(f"{repeats} back-to-back pairs of ~{seconds} s runs; samples/s = training rows per second (best run);")
    print("ratio = median over the pairs of nndesk / the article's code (tests/article_reference.py, online)\n")
    header = f"{'method':24s} {'article code':>13s} {'nndesk':>12s} {'ratio':>8s} {'goal':>6s}  result"
    print(header)
    print("-" * len(header))
    failed = 0
    for name, kwargs in methods():
        ref_rate, net_rate, ratio = measure(kwargs, x, t, seconds, repeats)
        goal = GOALS.get(name)
        ok = goal is None or ratio >= goal
        failed += not ok
        verdict = "" if goal is None else ("PASS" if ok else "FAIL")
        goal_text = f"{goal:5.0f}x" if goal else "     -"
        print(f"{name:24s} {ref_rate:13,.0f} {net_rate:12,.0f} {ratio:7.1f}x {goal_text}  {verdict}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
