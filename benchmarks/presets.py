"""How long each preset takes to converge with its own settings, from its default seed, as ``nndesk train NAME``.

    .venv/bin/python benchmarks/presets.py             # every preset but the half adder: ~10 s
    .venv/bin/python benchmarks/presets.py --demo      # also the half adder, the article's demo (~10 s more)
    .venv/bin/python benchmarks/presets.py --repeat 3  # each preset 3 times; the fastest run is shown

Each run is what ``nndesk train NAME`` does (the same settings, the same training loop, no progress bar),
in this process. The goal (issue 14): every truth-table preset but the half adder converges in under 5 s.
Times are wall-clock and noisy on a shared machine: the epochs are exact, the seconds are not.
"""

from __future__ import annotations

import argparse
import platform
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from nndesk.commands._common import new_network, train
from nndesk.project.presets import DEFAULT_PRESET, PRESETS, preset_project, settings_text

GOAL_SECONDS = 5.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--demo", action="store_true", help="also time the half adder (the article's demo)")
    parser.add_argument("--repeat", type=int, default=1, help="runs per preset; the fastest is shown")
    options = parser.parse_args(argv)
    names = [n for n in PRESETS if options.demo or n != DEFAULT_PRESET]
    print(f"Python {platform.python_version()} on {platform.machine()}; {options.repeat} run(s) per preset")
    width = max(map(len, names))
    slow = []
    for name in names:
        project = preset_project(name)
        runs = [train(project, new_network(project), show_progress=False) for _ in range(max(1, options.repeat))]
        best = min(runs, key=lambda r: r.seconds)
        outcome = best.result
        ok = outcome.reason.value == "converged"
        if name != DEFAULT_PRESET and (not ok or best.seconds >= GOAL_SECONDS):
            slow.append(name)
        print(f"{name.ljust(width)}  {best.seconds:6.2f} s  {outcome.epochs:>9,} epochs  "
              f"{'converged' if ok else outcome.reason.value:<10}  {settings_text(project)}")
    print(f"goal: every preset but the half adder converges in under {GOAL_SECONDS:g} s: "
          + ("met" if not slow else f"NOT met by {', '.join(slow)}"))
    return 0 if not slow else 1


if __name__ == "__main__":
    sys.exit(main())
