"""Speed of train_many (1,000 seeds in lockstep) against the article's object-per-neuron network, in one run.

    .venv/bin/python benchmarks/many.py           # 9 pairs, each side ~1 s a run: ~25 s
    .venv/bin/python benchmarks/many.py --quick   # 5 pairs of ~0.3 s runs: ~10 s

The case is the issue's: 1,000 seeds of the article's 2-3-2 half adder (eta 0.09, alpha 0.015, target
error 0.01). The baseline is tests/article_reference.py training one network: one Python object per neuron
and per connection, exactly the article's arithmetic. Speed is network-samples per second: rows trained
per second summed over all networks (epochs x rows x networks). Each repetition times the reference and
then train_many right after it, so a pair shares the machine's load of the moment; the goal (150x, from
issue 7) is checked against the median of the pair ratios.

The runs are bounded by an epoch limit, not by convergence (the 2-3-2 half adder needs about 1 to 2.2
million epochs, so for the first million every network is still training: this is the speed of the bulk of
a real study). train_many's speed is that of the epochs alone (StudyResult.training_seconds); drawing the
1,000 seeds' weights, a one-off cost per study, is shown separately.
"""

from __future__ import annotations

import argparse
import platform
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from nndesk.engine import StopRule
from nndesk.engine.many import train_many
from nndesk.engine.network import draw_weights
from tests.article_reference import Network as Reference

BITS2 = [[0, 0], [0, 1], [1, 0], [1, 1]]
HALF_ADDER = [[0, 0], [1, 0], [1, 0], [0, 1]]
TOPOLOGY = [2, 3, 2]
SEEDS = 1000
GOAL = 150.0


def reference_rate(epochs: int) -> float:
    """Samples per second of the reference training one network (seed 1) for ``epochs`` epochs."""
    ref = Reference(TOPOLOGY, eta=0.09, alpha=0.015)
    ref.set_weights(draw_weights(TOPOLOGY, 1))
    start = time.perf_counter()
    ref.train(BITS2, HALF_ADDER, epochs)
    return epochs * len(BITS2) / (time.perf_counter() - start)


def lockstep_run(epochs: int) -> tuple[float, float]:
    """(network-samples per second over the epochs, seconds of setup) for 1,000 seeds and ``epochs`` epochs."""
    result = train_many(TOPOLOGY, BITS2, HALF_ADDER, range(SEEDS), eta=0.09, alpha=0.015,
                        stop=StopRule(error_below=0.01), max_epochs=epochs)
    assert result.network_epochs == SEEDS * epochs, "a network stopped early: the run is not the bulk case"
    return result.network_samples_per_second, result.seconds - result.training_seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer and shorter runs (~10 s)")
    args = parser.parse_args()
    seconds, repeats = (0.3, 5) if args.quick else (1.0, 9)

    print(f"nndesk train_many benchmark -- Python {platform.python_version()}, numpy {np.__version__}, "
          f"{platform.machine()}")
    print(f"{SEEDS:,} seeds of {'-'.join(map(str, TOPOLOGY))} on the half adder against the reference "
          f"training one network; {repeats} back-to-back pairs of ~{seconds} s runs")

    # Warm-up and a first estimate of each side's speed, so every timed run lasts about ``seconds``.
    ref_first = reference_rate(200)
    many_first, _ = lockstep_run(20)
    ref_epochs = max(1, int(seconds * ref_first / len(BITS2)))
    many_epochs = max(1, int(seconds * many_first / (len(BITS2) * SEEDS)))

    ref_rates, many_rates, setups = [], [], []
    for _ in range(repeats):
        ref_rates.append(reference_rate(ref_epochs))
        rate, setup = lockstep_run(many_epochs)
        many_rates.append(rate)
        setups.append(setup)
    ratios = np.array(many_rates) / np.array(ref_rates)
    ratio = float(np.median(ratios))

    print(f"\n  reference (one network)    {max(ref_rates):14,.0f} samples/s   ({ref_epochs:,} epochs a run)")
    print(f"  train_many ({SEEDS:,} networks) {max(many_rates):14,.0f} network-samples/s "
          f"({many_epochs:,} epochs a run; setup {np.median(setups):.2f} s a study)")
    print(f"  pair ratios: {', '.join(f'{r:.0f}x' for r in ratios)}")
    ok = ratio >= GOAL
    print(f"\n  median ratio {ratio:.0f}x, goal {GOAL:.0f}x: {'PASS' if ok else 'FAIL'}")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
