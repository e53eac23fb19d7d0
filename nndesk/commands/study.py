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
    epochs_text,
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
from nndesk.i18n import QT_TRANSLATE_NOOP, translate
from nndesk.project.dataset_presets import network_view
from nndesk.project.project_file import MAX_EPOCHS_LIMIT

MAX_SEEDS = 100_000
DEFAULT_SEEDS = 100


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("source", metavar=translate("CommandLine", "FILE|PRESET"),
                        help=translate("CommandLine", "a project file (.nndesk) or a preset name such as XOR"))
    parser.add_argument("--seeds", type=int, default=DEFAULT_SEEDS, metavar="N",
                        help=translate("CommandLine", "how many initialisations to train (default {0})").format(
                            DEFAULT_SEEDS))
    parser.add_argument("--first-seed", type=int, metavar=translate("CommandLine", "FIRST_SEED"),
                        help=translate("CommandLine", "the seeds are this one and the next N-1 (default: the file's)"))
    parser.add_argument("--eta", type=float, help=translate("CommandLine", "learning rate η (default: the file's)"))
    parser.add_argument("--alpha", type=float, help=translate("CommandLine", "momentum α (default: the file's)"))
    parser.add_argument("--hidden", metavar=translate("CommandLine", "HIDDEN"),
                        help=translate("CommandLine", "hidden layer sizes, e.g. 3 or 4,2 (default: the file's)"))
    parser.add_argument("--target", type=float, metavar=translate("CommandLine", "TARGET"),
                        help=translate("CommandLine", "a seed has converged when its epoch error is below this"))
    parser.add_argument("--max-epochs", type=int, metavar=translate("CommandLine", "MAX_EPOCHS"),
                        help=translate("CommandLine", "a seed that has not converged by then is stuck"))
    parser.add_argument("--json", action="store_true",
                        help=translate("CommandLine", "print one JSON object instead of text"))
    add_method_arguments(parser, several_rules=True)
    add_dataset_arguments(parser, hidden=False)


def _hidden(text: str) -> tuple[int, ...]:
    parts = text.replace(",", " ").replace("-", " ").split()
    if not parts or not all(p.isdigit() and 1 <= int(p) <= 4096 for p in parts):
        raise UsageError(translate("CommandLine", "--hidden must be neuron counts such as 3 or 4,2; not {0}")
                         .format(repr(text)))
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
                raise UsageError(translate("CommandLine", "--{0} must be a number of 0 or more").format(name))
            changes[name] = value
    if options.target is not None:
        if not math.isfinite(options.target) or options.target <= 0:
            raise UsageError(translate("CommandLine", "--target must be an error above 0, such as 0.01"))
        changes.update(target_error=options.target, stop_rule="error")
    if options.max_epochs is not None:
        if not 1 <= options.max_epochs <= MAX_EPOCHS_LIMIT:  # the same as train's: a stuck seed can be replayed
            raise UsageError(translate("CommandLine", "--max-epochs must be from 1 to {0} (the most a project file "
                                       "holds)").format(f"{MAX_EPOCHS_LIMIT:,}"))
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
        raise UsageError(translate("CommandLine", "--seeds must be from 1 to {0}").format(f"{MAX_SEEDS:,}"))
    first = default_first if options.first_seed is None else options.first_seed
    if first < 0 or first + options.seeds > 2**32:
        raise UsageError(translate("CommandLine", "the seeds must lie between 0 and {0}").format(2**32 - 1))
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
            sys.stderr.write("\r" + translate("CommandLine", "epoch {0}: {1} of {2} converged, {3} still training ")
                             .format(f"{p.epoch:,}", f"{p.converged:,}", f"{p.total:,}", f"{p.active:,}"))
            sys.stderr.flush()

    def close(self) -> None:
        if self.enabled and self._last:
            sys.stderr.write("\r" + " " * 79 + "\r")
            sys.stderr.flush()


def summary_lines(result: StudyResult) -> list[str]:
    """The study's figures as text, the same figures the Convergence study window shows."""
    converged = len(result.converged_epochs)
    lines = [translate("CommandLine", "{0} % converged ({1} of {2} seeds)").format(
        f"{100 * result.fraction_converged:.1f}", f"{converged:,}", f"{result.total:,}")]
    if converged:
        lines.append(translate("CommandLine", "epochs to converge: median {0}, p90 {1}, fastest {2}, slowest {3}")
                     .format(f"{result.median_epochs:,}", f"{result.p90_epochs:,}",
                             f"{int(result.converged_epochs.min()):,}", f"{int(result.converged_epochs.max()):,}"))
    stuck = [s.seed for s in result.stuck]
    lines.append(translate("CommandLine", "stuck at the limit of {0}: {1}").format(
        epochs_text(result.max_epochs),
        f"{len(stuck):,} ({_list(stuck)})" if stuck else translate("CommandLine", "none")))
    if result.diverged:
        lines.append(translate("CommandLine", "diverged: {0} ({1})").format(
            f"{len(result.diverged):,}", _list([s.seed for s in result.diverged])))
    return lines


def _list(seeds: list[int], limit: int = 20) -> str:
    shown = ", ".join(map(str, seeds[:limit]))
    more = translate("CommandLine", ", … {0} more").format(f"{len(seeds) - limit:,}")
    return shown + (more if len(seeds) > limit else "")


def _rule_text(stop: StopRule, translated: bool = False) -> str:
    """The stop rule in words: in English for ``--json`` (machines read it), ``translated`` for the report."""
    if stop.error_below is not None:
        text, value = QT_TRANSLATE_NOOP("CommandLine", "error < {0}"), stop.error_below
    else:
        text, value = QT_TRANSLATE_NOOP("CommandLine", "all rows right by {0}"), stop.all_correct_margin
    return (translate("CommandLine", text) if translated else text).format(f"{value:g}")


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
        print("nndesk: " + translate("CommandLine", "study interrupted by {0} at epoch {1} ({2} of {3} seeds "
                                     "converged by then); nothing saved (a study writes no file)").format(
            interrupts.name, f"{progress.epoch:,}", f"{progress.converged:,}", f"{len(seeds):,}"), file=sys.stderr)
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
    print(translate("CommandLine", "{0}: network {1}, η {2}, α {3}, {4}").format(
        name, topology, f"{project.eta:g}", f"{project.alpha:g}", _rule_text(rule, translated=True))
          + (f"; {method_text(project)}" if not project_is_article(project) else ""))
    print(translate("CommandLine", "{0} seeds ({1} to {2}), at most {3} each").format(
        f"{result.total:,}", seeds[0], seeds[-1], epochs_text(result.max_epochs)))
    for line in summary_lines(result):
        print(line)
    best = min((s.error for s in result.stuck), default=None)
    if best is not None:
        print(translate("CommandLine", "lowest error among the stuck seeds: {0}").format(format_error(best)))
    problem = no_hidden_layer_problem(project.topology, table.inputs, table.targets,
                                      activation(project.activations[-1]).threshold, table.input_names,
                                      table.target_names)
    inputs = table.inputs if project.dataset is None else table.inputs[:0]  # generated points: large on purpose
    causes = " ".join(filter(None, (problem, causes_text(likely_causes(project.eta, project.alpha, inputs,
                                                                       table.targets)))))
    if causes and result.fraction_converged < 1:
        print(causes)
    print(translate("CommandLine", "{0} s ({1} network-samples/s)").format(
        f"{result.seconds:.2f}", f"{result.network_samples_per_second:,.0f}"))
    return EXIT_OK


COMMAND = Command(
    name="study",
    help=QT_TRANSLATE_NOOP("CommandLine", "Train many initial weights (seeds) of a project file or preset at once "
                           "and print how many converge, the median and 90th percentile of the epochs they need, and "
                           "the seeds that get stuck."),
    add_arguments=add_arguments,
    run=run,
)
