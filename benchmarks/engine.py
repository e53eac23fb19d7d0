"""Training speed of nndesk.engine against the article's algorithm written as objects, measured in one run.

    .venv/bin/python benchmarks/engine.py           # full: ~2 minutes, includes the reference's full demo run
    .venv/bin/python benchmarks/engine.py --quick   # ~20 s; the reference demo time is extrapolated

The baseline is tests/article_reference.py: one Python object per neuron and per connection, Python floats
and math.exp, exactly the article's arithmetic (it reproduces the article's own output bit for bit). Both
sides train on the same Python lists from the same weights. Their timings are interleaved, back to back,
repetition by repetition, so that machine noise hits both alike: the table shows each side's best samples/s
and the median of the paired ratios, which is what is checked against the issue's goal. Samples/s counts
training rows: epochs x rows per epoch. nndesk is timed through ``Network.train`` after one untimed warm-up call
(which compiles its trainer for the table, a one-off cost per table), the reference likewise.

Then the article's demo: the half adder, seed 1, eta 0.09, alpha 0.015, trained until the epoch error is
below 0.01, by nndesk (``train(..., stop_below=0.01)`` in chunks) and by the reference.
"""

from __future__ import annotations

import argparse
import platform
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from nndesk.engine import Network
from tests.article_reference import Network as Reference

BITS2 = [[0, 0], [0, 1], [1, 0], [1, 1]]
HALF_ADDER = [[0, 0], [1, 0], [1, 0], [0, 1]]
BITS3 = [[a, b, c] for a in (0, 1) for b in (0, 1) for c in (0, 1)]
FULL_ADDER = [[(a + b + c) % 2, int(a + b + c >= 2)] for a, b, c in BITS3]


@dataclass
class Case:
    name: str
    topology: list[int]
    inputs: list[list[float]]
    targets: list[list[float]]
    goal: float  # the required speed-up over the reference


def cases() -> list[Case]:
    rng = np.random.RandomState(2026)
    bits_in, bits_out = rng.randint(0, 2, (16, 8)).tolist(), rng.randint(0, 2, (16, 8)).tolist()
    floats_in, classes = rng.uniform(0, 1, (64, 64)).tolist(), rng.randint(0, 10, 64)
    one_hot = np.eye(10)[classes].tolist()
    return [
        Case("half adder 2-3-2", [2, 3, 2], BITS2, HALF_ADDER, 6.0),
        Case("full adder 3-6-2", [3, 6, 2], BITS3, FULL_ADDER, 5.5),
        Case("8-16-8-8, 16 rows", [8, 16, 8, 8], bits_in, bits_out, 4.0),
        Case("64-64-10, 64 rows", [64, 64, 10], floats_in, one_hot, 60.0),
    ]


def _samples_per_second(train, epochs: int, rows: int) -> float:
    start = time.perf_counter()
    train(epochs)
    return epochs * rows / (time.perf_counter() - start)


def _epochs_for(seconds: float, rate: float, rows: int) -> int:
    return max(1, int(seconds * rate / rows))


def measure(case: Case, seconds: float, repeats: int) -> tuple[float, float, float]:
    """Best samples/s of the reference and of nndesk, and the median ratio of back-to-back pairs.

    Each repetition times the reference and then nndesk right after it, so a pair shares the machine's
    load of the moment; the median of the pair ratios is what the goal is checked against.
    """
    net = Network(case.topology, eta=0.09, alpha=0.015, seed=1)
    ref = Reference(case.topology, eta=0.09, alpha=0.015)
    ref.set_weights(net.get_weights())
    rows = len(case.inputs)

    def train_ref(epochs: int) -> None:
        ref.train(case.inputs, case.targets, epochs)

    def train_net(epochs: int) -> None:
        net.train(case.inputs, case.targets, epochs)

    # Warm-up, also a first estimate of each side's speed so every timed call lasts about ``seconds``.
    ref_rate = _samples_per_second(train_ref, 2, rows)
    train_net(1)
    net_rate = _samples_per_second(train_net, _epochs_for(0.02, ref_rate * case.goal, rows), rows)
    ref_epochs, net_epochs = _epochs_for(seconds, ref_rate, rows), _epochs_for(seconds, net_rate, rows)
    ref_rates, net_rates = [], []
    for _ in range(repeats):
        ref_rates.append(_samples_per_second(train_ref, ref_epochs, rows))
        net_rates.append(_samples_per_second(train_net, net_epochs, rows))
    ratio = float(np.median(np.array(net_rates) / np.array(ref_rates)))
    return max(ref_rates), max(net_rates), ratio


def article_demo(quick: bool) -> None:
    net = Network([2, 3, 2], eta=0.09, alpha=0.015, seed=1)
    start = time.perf_counter()
    while True:
        errors = net.train(BITS2, HALF_ADDER, 200_000, stop_below=0.01)
        if errors[-1] < 0.01:
            break
    net_seconds = time.perf_counter() - start
    print("\nArticle demo (2-3-2 half adder, seed 1, eta 0.09, alpha 0.015, until error < 0.01):")
    print(f"  nndesk     converged at epoch {net.epochs:,} (error {errors[-1]:.9f}) in {net_seconds:.2f} s")

    ref = Reference([2, 3, 2], eta=0.09, alpha=0.015, normal=np.random.RandomState(1).normal)
    if quick:
        sample = 100_000
        start = time.perf_counter()
        ref.train(BITS2, HALF_ADDER, sample)
        ref_seconds = (time.perf_counter() - start) * net.epochs / sample
        print(f"  reference  ~{ref_seconds:.1f} s (extrapolated from {sample:,} epochs; --quick)")
    else:
        start = time.perf_counter()
        ref_errors = ref.train(BITS2, HALF_ADDER, 10_000_000, stop_below=0.01)
        ref_seconds = time.perf_counter() - start
        same = "same epoch" if len(ref_errors) == net.epochs else "DIFFERENT EPOCH"
        delta = abs(ref_errors[-1] - float(errors[-1]))
        print(f"  reference  converged at epoch {len(ref_errors):,} in {ref_seconds:.2f} s", end="")
        print(f" ({same}, |error difference| {delta:.1e})")
    print(f"  speed-up   {ref_seconds / net_seconds:.1f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="shorter timings; extrapolate the reference demo")
    args = parser.parse_args()
    seconds, repeats = (0.1, 5) if args.quick else (0.3, 9)

    print(
        f"nndesk engine benchmark -- Python {platform.python_version()}, numpy {np.__version__}, {platform.machine()}"
    )
    print(f"{repeats} back-to-back pairs of ~{seconds} s runs; samples/s = training rows per second (best run);")
    print("ratio = median over the pairs of nndesk / reference\n")
    header = f"{'case':20s} {'reference':>12s} {'nndesk':>12s} {'ratio':>8s} {'goal':>6s}  result"
    print(header)
    print("-" * len(header))
    failed = 0
    for case in cases():
        ref_rate, net_rate, ratio = measure(case, seconds, repeats)
        ok = ratio >= case.goal
        failed += not ok
        print(
            f"{case.name:20s} {ref_rate:12,.0f} {net_rate:12,.0f} {ratio:7.1f}x {case.goal:5.1f}x  "
            f"{'PASS' if ok else 'FAIL'}"
        )
    article_demo(args.quick)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
