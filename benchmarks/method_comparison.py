"""A teacher's comparison of the training methods (issue 15): the half adder 2-3-2 on the same 20 seeds.

    .venv/bin/python benchmarks/method_comparison.py [--seeds 20] [--max-epochs 100000] [--target 0.01]

Online backpropagation (the article's rule), batch backpropagation (the whole table per update), Rprop and
Adam, each with a learning rate that suits it (printed), from the article's initial weights of seeds 1 to 20,
until the article's stop rule (epoch error below 0.01) or the epoch limit: how many converge, and the median and
90th percentile of the epochs they need. Every seed is trained exactly as ``nndesk train --seed N`` trains it.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from nndesk.engine import StopRule, train_many

BITS2 = [[0, 0], [0, 1], [1, 0], [1, 1]]
HALF_ADDER = [[0, 0], [1, 0], [1, 0], [0, 1]]

METHODS = [
    ("online backprop (the article's rule)", dict(eta=0.5, alpha=0.5), "η 0.5, α 0.5"),
    ("online backprop, the article's settings", dict(eta=0.09, alpha=0.015), "η 0.09, α 0.015"),
    ("batch backprop (whole table)", dict(eta=2.0, alpha=0.9, batch_size=None), "η 2, α 0.9"),
    ("Rprop (iRprop−)", dict(rule="rprop"), "no η: steps of its own"),
    ("Adam (whole table)", dict(rule="adam", eta=0.05, batch_size=None), "η 0.05"),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seeds", type=int, default=20)
    parser.add_argument("--max-epochs", type=int, default=2_000_000)
    parser.add_argument("--target", type=float, default=0.01)
    args = parser.parse_args()
    seeds = list(range(1, args.seeds + 1))
    print(f"half adder 2-3-2, seeds 1 to {args.seeds}, until the epoch error is below {args.target:g}, "
          f"at most {args.max_epochs:,} epochs\n")
    header = f"{'method':42s} {'settings':24s} {'converged':>10s} {'median':>8s} {'p90':>8s} {'seconds':>8s}"
    print(header)
    print("-" * len(header))
    for name, kwargs, settings in METHODS:
        started = time.perf_counter()
        result = train_many([2, 3, 2], BITS2, HALF_ADDER, seeds, stop=StopRule(error_below=args.target),
                            max_epochs=args.max_epochs, **kwargs)
        seconds = time.perf_counter() - started
        converged = f"{len(result.converged_epochs)} of {result.total}"
        median = "-" if result.median_epochs is None else f"{result.median_epochs:,}"
        p90 = "-" if result.p90_epochs is None else f"{result.p90_epochs:,}"
        print(f"{name:42s} {settings:24s} {converged:>10s} {median:>8s} {p90:>8s} {seconds:8.1f}")


if __name__ == "__main__":
    main()
