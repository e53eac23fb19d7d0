"""``nndesk train FILE|PRESET``: train headless, print epochs, final error and the truth check."""

from __future__ import annotations

import argparse
import json
import math
from dataclasses import replace

import numpy as np

from nndesk.cli import Command
from nndesk.commands._common import (
    EXIT_FAILED,
    EXIT_OK,
    UsageError,
    check_lines,
    complain,
    new_network,
    read_source,
    summary,
    train,
    truth_check,
)
from nndesk.commands._method import add_method_arguments, held_out_summary, with_method_options
from nndesk.engine import StopReason
from nndesk.engine.training import format_error
from nndesk.project.project_file import SEED_LIMIT, ProjectError, history_from_plot, save_project


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("source", metavar="FILE|PRESET", help="a project file (.nndesk) or a preset name such as XOR")
    parser.add_argument("--seed", type=int, help="seed of the initial weights (default: the file's)")
    parser.add_argument("--eta", type=float, help="learning rate η (default: the file's)")
    parser.add_argument("--alpha", type=float, help="momentum α (default: the file's)")
    parser.add_argument("--target", type=float, help="stop when the epoch error is below this")
    parser.add_argument("--max-epochs", type=int, help="stop after this many epochs")
    parser.add_argument("--continue", dest="resume", action="store_true",
                        help="continue from the file's trained weights instead of starting from the seed")
    parser.add_argument("--out", metavar="FILE", help="save the trained project to FILE")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of text")
    add_method_arguments(parser)


def _with_options(project, options: argparse.Namespace):
    """The project with the command line's settings; UsageError for values that cannot be used."""
    changes: dict = {}
    if options.seed is not None:
        if not 0 <= options.seed < SEED_LIMIT:
            raise UsageError(f"--seed must be a whole number from 0 to {SEED_LIMIT - 1}")
        changes["seed"] = options.seed
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
        if options.max_epochs < 1:
            raise UsageError("--max-epochs must be 1 or more")
        changes["max_epochs"] = options.max_epochs
    return replace(project, **changes)


def run(options: argparse.Namespace) -> int:
    try:
        project, name = read_source(options.source)
        project = with_method_options(_with_options(project, options), options)
        if options.resume and project.state is not None:
            net = project.network()
            start_history = project.history
        else:
            net = new_network(project)
            start_history = None
        first_epoch = net.epochs + 1
        outcome = train(project, net, show_progress=not options.json)
    except UsageError as exc:
        return complain(str(exc))
    checks = truth_check(net, project.table)
    saved = None
    if options.out:
        errors = outcome.errors
        if start_history is not None and len(start_history):
            epoch0, before = start_history.contiguous()
            first_epoch, errors = epoch0, np.concatenate([before, errors])
        try:
            save_project(project.with_network(net, history_from_plot(first_epoch, errors)), options.out)
        except ProjectError as exc:
            return complain(str(exc))
        saved = options.out
    result = outcome.result
    held = held_out_summary(project, checks, result)
    if options.json:
        print(json.dumps({
            "source": name, "topology": list(net.topology), "eta": net.eta, "alpha": net.alpha, "seed": project.seed,
            "epochs": result.epochs, "error": result.error if math.isfinite(result.error) else None,
            "stopped_because": result.reason.value, "message": result.message,
            "seconds": round(outcome.seconds, 3), "rows": len(checks), "rows_correct": sum(c.correct for c in checks),
            "all_correct": all(c.correct for c in checks),
            "outputs": [[o if math.isfinite(o) else None for o in c.outputs] for c in checks],
            "saved": saved, **held,
        }))
    else:
        topology = "-".join(map(str, net.topology))
        print(f"{name}: network {topology}, η {net.eta:g}, α {net.alpha:g}, seed {project.seed}")
        print(result.message)
        rate = (len(outcome.errors) / outcome.seconds) if outcome.seconds > 0 else 0.0
        final = f"final error {format_error(result.error)}" if math.isfinite(result.error) else "no final error"
        print(f"{result.epochs:,} epochs, {final}, {outcome.seconds:.2f} s ({rate:,.0f} epochs/s)")
        if project.test_rows:
            print(f"Test rows {', '.join(str(r + 1) for r in project.test_rows)}: test error "
                  f"{format_error(result.test_error)}, {held['test_rows_correct']} of {held['test_rows']} correct")
        print(f"Truth check: {summary([c for r, c in enumerate(checks) if r not in project.test_rows])}"
              + (" (the training rows)" if project.test_rows else ""))
        lines = check_lines(project.table, checks)
        for r, line in enumerate(lines):
            print(line + ("  (test row)" if r - 1 in project.test_rows else ""))
        if saved:
            print(f"Saved {saved}")
    # Diverged, or stopped changing (the only plateau a command meets): more epochs cannot help.
    return EXIT_FAILED if result.reason in (StopReason.DIVERGED, StopReason.PLATEAU) else EXIT_OK


COMMAND = Command(
    name="train",
    help="Train a network on a project file or a preset without a window; print the epochs, the final error "
    "and the truth check. Starts from the seed's initial weights unless --continue.",
    add_arguments=add_arguments,
    run=run,
)
