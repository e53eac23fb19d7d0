"""``nndesk study FILE|PRESET --seeds N``: how reliably does this configuration learn? Many seeds at once."""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from dataclasses import replace

from nndesk.cli import Command
from nndesk.commands._common import (
    EXIT_OK,
    Interrupts,
    UsageError,
    check_trainable,
    complain,
    read_source,
    stop_rule,
)
from nndesk.commands._compare import (
    compare_methods,
    configured_method,
    method_text,
    project_is_article,
    seed_test_result,
    several_rules,
    study_method,
    study_rows,
)
from nndesk.commands._dataset import add_dataset_arguments, with_dataset_options
from nndesk.commands._method import add_method_arguments
from nndesk.engine import Network, StopRule
from nndesk.engine.activations import activation
from nndesk.engine.many import StudyProgress, StudyResult, train_many
from nndesk.engine.network import causes_text, likely_causes
from nndesk.engine.separability import no_hidden_layer_problem
from nndesk.engine.training import format_error
from nndesk.engine.wording import count
from nndesk.project.dataset_presets import network_view
from nndesk.project.project_file import MAX_EPOCHS_LIMIT

MAX_SEEDS = 100_000
DEFAULT_SEEDS = 100


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("source", metavar="FILE|PRESET", help="a project file (.nndesk) or a preset name such as XOR")
    parser.add_argument("--seeds", type=int, default=DEFAULT_SEEDS, metavar="N",
                        help=f"how many initialisations to train (default {DEFAULT_SEEDS})")
    parser.add_argument("--first-seed", type=int, help="the seeds are this one and the next N-1 (default: the file's)")
    parser.add_argument("--eta", type=float, help="learning rate η (default: the file's)")
    parser.add_argument("--alpha", type=float, help="momentum α (default: the file's)")
    parser.add_argument("--hidden", help="hidden layer sizes, e.g. 3 or 4,2 (default: the file's)")
    parser.add_argument("--target", type=float, help="a seed has converged when its epoch error is below this")
    parser.add_argument("--max-epochs", type=int, help="a seed that has not converged by then is stuck")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of text")
    add_method_arguments(parser, several_rules=True)
    add_dataset_arguments(parser, hidden=False)


def _hidden(text: str) -> tuple[int, ...]:
    parts = text.replace(",", " ").replace("-", " ").split()
    if not parts or not all(p.isdigit() and 1 <= int(p) <= 4096 for p in parts):
        raise UsageError(f"--hidden must be neuron counts such as 3 or 4,2; not {text!r}")
    return tuple(int(p) for p in parts)


def _configured(project, options: argparse.Namespace):
    """The project with the command line's settings (a dataset preset's points and features too, then as the
    network sees them); UsageError for values that cannot be used."""
    project = with_dataset_options(project, options)
    changes: dict = {}
    for name in ("eta", "alpha"):
        value = getattr(options, name)
        if value is not None:
            if not math.isfinite(value) or value < 0:
                raise UsageError(f"--{name} must be a number of 0 or more")
            changes[name] = value
    if options.target is not None:
        if not math.isfinite(options.target) or options.target <= 0:
            raise UsageError("--target must be an error above 0, such as 0.01")
        changes.update(target_error=options.target, stop_rule="error")
    if options.max_epochs is not None:
        if not 1 <= options.max_epochs <= MAX_EPOCHS_LIMIT:  # the same as train's: a stuck seed can be replayed
            raise UsageError(f"--max-epochs must be from 1 to {MAX_EPOCHS_LIMIT:,} (the most a project file holds)")
        changes["max_epochs"] = options.max_epochs
    project = project.with_training(**changes)
    if options.hidden is not None:
        hidden = _hidden(options.hidden)
        if hidden != project.hidden:
            act = project.activations[0] if len(project.activations) > 1 else "sigmoid"
            project = replace(project, topology=(project.topology[0], *hidden, project.topology[-1]),
                              activations=(act,) * len(hidden) + project.activations[-1:], state=None)
    return network_view(project)


def _accuracy(project, seed, rows: int) -> dict:
    """A dataset's ``train_accuracy`` for one seed: the share of its training rows thresholded right."""
    if project.dataset is None or project.activations[-1] == "linear":
        return {}
    return {"train_accuracy": seed.rows_correct / rows if rows else None}


def _seeds(options: argparse.Namespace, default_first: int) -> list[int]:
    if not 1 <= options.seeds <= MAX_SEEDS:
        raise UsageError(f"--seeds must be from 1 to {MAX_SEEDS:,}")
    first = default_first if options.first_seed is None else options.first_seed
    if first < 0 or first + options.seeds > 2**32:
        raise UsageError(f"the seeds must lie between 0 and {2**32 - 1}")
    return list(range(first, first + options.seeds))


class _ProgressLine:
    """One line on a terminal (stderr), redrawn at most 10 times a second."""

    def __init__(self, show: bool = True) -> None:
        self.enabled = show and bool(getattr(sys.stderr, "isatty", lambda: False)())
        self._last = 0.0
        self.epoch = self.converged = 0  # the latest progress, shown by an interrupt

    def update(self, p: StudyProgress) -> None:
        self.epoch, self.converged = p.epoch, p.converged
        now = time.perf_counter()
        if self.enabled and now - self._last >= 0.1:
            self._last = now
            sys.stderr.write(f"\repoch {p.epoch:,}: {p.converged:,} of {p.total:,} converged, "
                             f"{p.active:,} still training ")
            sys.stderr.flush()

    def close(self) -> None:
        if self.enabled and self._last:
            sys.stderr.write("\r" + " " * 79 + "\r")
            sys.stderr.flush()


def summary_lines(result: StudyResult) -> list[str]:
    """The study's figures as text, the same figures the Convergence study window shows."""
    converged = len(result.converged_epochs)
    lines = [f"{100 * result.fraction_converged:.1f} % converged ({converged:,} of {result.total:,} seeds)"]
    if converged:
        lines.append(f"epochs to converge: median {result.median_epochs:,}, p90 {result.p90_epochs:,}, "
                     f"fastest {int(result.converged_epochs.min()):,}, slowest {int(result.converged_epochs.max()):,}")
    stuck = [s.seed for s in result.stuck]
    lines.append(f"stuck at the limit of {count(result.max_epochs, 'epoch')}: "
                 + (f"{len(stuck):,} ({_list(stuck)})" if stuck else "none"))
    if result.diverged:
        lines.append(f"diverged: {len(result.diverged):,} ({_list([s.seed for s in result.diverged])})")
    return lines


def _list(seeds: list[int], limit: int = 20) -> str:
    shown = ", ".join(map(str, seeds[:limit]))
    return shown + (f", … {len(seeds) - limit:,} more" if len(seeds) > limit else "")


def _rule_text(stop: StopRule) -> str:
    if stop.error_below is not None:
        return f"error < {stop.error_below:g}"
    return f"all rows right by {stop.all_correct_margin:g}"


def run(options: argparse.Namespace) -> int:
    if several_rules(options):
        return compare_methods(options)
    progress = _ProgressLine(show=not options.json)
    try:
        with Interrupts() as interrupts:
            project, name = read_source(options.source)
            project = configured_method(_configured(project, options), options)
            seeds = _seeds(options, project.seed)
            table = project.table
            check_trainable(table, Network(project.topology, eta=project.eta, alpha=project.alpha, seed=0,
                                           activations=project.activations))
            rule = stop_rule(project)
            result = train_many(project.topology, *study_rows(project), seeds, eta=project.eta,
                                alpha=project.alpha, stop=replace(rule, max_epochs=None),
                                max_epochs=project.max_epochs, activations=list(project.activations),
                                on_progress=progress.update, should_stop=interrupts.requested,
                                **study_method(project))
    except (UsageError, ValueError) as exc:
        return complain(str(exc))
    finally:
        progress.close()
    if interrupts.requested():
        print(f"nndesk: study interrupted by {interrupts.name} at epoch {progress.epoch:,} "
              f"({progress.converged:,} of {len(seeds):,} seeds converged by then); nothing saved "
              "(a study writes no file)", file=sys.stderr)
        return interrupts.exit_code
    topology = "-".join(map(str, project.topology))
    if options.json:
        print(json.dumps({
            "source": name, "topology": list(project.topology), "activations": list(project.activations),
            "eta": project.eta, "alpha": project.alpha, "stop": _rule_text(rule), "first_seed": seeds[0],
            **result.summary(), "method": project.method.options(),
            "results": [{"seed": s.seed, "converged": s.converged, "stopped_because": s.reason.value,
                         "epochs": s.epochs, "error": s.error if math.isfinite(s.error) else None,
                         "rows_correct": s.rows_correct, **seed_test_result(project, s),
                         **_accuracy(project, s, result.n_rows)} for s in result.seeds],
        }))
        return EXIT_OK
    print(f"{name}: network {topology}, η {project.eta:g}, α {project.alpha:g}, {_rule_text(rule)}"
          + (f"; {method_text(project)}" if not project_is_article(project) else ""))
    print(f"{result.total:,} seeds ({seeds[0]} to {seeds[-1]}), at most {count(result.max_epochs, 'epoch')} each")
    for line in summary_lines(result):
        print(line)
    best = min((s.error for s in result.stuck), default=None)
    if best is not None:
        print(f"lowest error among the stuck seeds: {format_error(best)}")
    problem = no_hidden_layer_problem(project.topology, table.inputs, table.targets,
                                      activation(project.activations[-1]).threshold, table.input_names,
                                      table.target_names)
    inputs = table.inputs if project.dataset is None else table.inputs[:0]  # generated points: large on purpose
    causes = " ".join(filter(None, (problem, causes_text(likely_causes(project.eta, project.alpha, inputs,
                                                                       table.targets)))))
    if causes and result.fraction_converged < 1:
        print(causes)
    print(f"{result.seconds:.2f} s ({result.network_samples_per_second:,.0f} network-samples/s)")
    return EXIT_OK


COMMAND = Command(
    name="study",
    help="Train many initial weights (seeds) of a project file or preset at once and print how many converge, "
    "the median and 90th percentile of the epochs they need, and the seeds that get stuck.",
    add_arguments=add_arguments,
    run=run,
)
