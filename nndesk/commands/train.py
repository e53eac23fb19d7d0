"""``nndesk train FILE|PRESET``: train headless, print epochs, final error and the truth check.

Exit codes: 0 when training ends with every row of the table right; 1 when it ends with rows still wrong (at the
epoch limit, a plateau, a divergence); 2 for input that cannot be used; 130 / 143 after Ctrl+C / SIGTERM (with
``--out``, what was trained is saved, marked interrupted, and ``--continue`` resumes it).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np

from nndesk.cli import Command
from nndesk.commands._common import (
    EXIT_FAILED,
    EXIT_OK,
    Interrupts,
    Run,
    UsageError,
    check_lines,
    checked_out,
    complain,
    new_network,
    read_source,
    summary,
    train,
    truth_check,
)
from nndesk.commands._dataset import accuracies, add_dataset_arguments, with_dataset_options
from nndesk.commands._method import add_method_arguments, held_out_summary, method_words, with_method_options
from nndesk.engine import Network, StopReason
from nndesk.engine.training import format_error
from nndesk.i18n import QT_TRANSLATE_NOOP, translate
from nndesk.outcomes import outcome_text
from nndesk.project.dataset_presets import network_view
from nndesk.project.project_file import (
    MAX_EPOCHS_LIMIT,
    SEED_LIMIT,
    History,
    Intervention,
    Project,
    ProjectError,
    RunRecord,
    history_from_points,
    save_project,
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("source", metavar=translate("CommandLine", "FILE|PRESET"),
                        help=translate("CommandLine", "a project file (.nndesk) or a preset name such as XOR"))
    parser.add_argument("--seed", type=int, metavar=translate("CommandLine", "SEED"),
                        help=translate("CommandLine", "seed of the initial weights (default: the file's)"))
    parser.add_argument("--eta", type=float, help=translate("CommandLine", "learning rate η (default: the file's)"))
    parser.add_argument("--alpha", type=float, help=translate("CommandLine", "momentum α (default: the file's)"))
    parser.add_argument("--target", type=float, metavar=translate("CommandLine", "TARGET"),
                        help=translate("CommandLine", "stop when the epoch error is below this"))
    parser.add_argument("--max-epochs", type=int, metavar=translate("CommandLine", "MAX_EPOCHS"),
                        help=translate("CommandLine", "stop after this many epochs"))
    parser.add_argument("--continue", dest="resume", action="store_true",
                        help=translate("CommandLine", "continue from the file's trained weights instead of starting "
                                       "from the seed"))
    file = translate("CommandLine", "FILE")
    parser.add_argument("--out", metavar=file,
                        help=translate("CommandLine", "save the trained project to {0}").format(file))
    parser.add_argument("--json", action="store_true",
                        help=translate("CommandLine", "print one JSON object instead of text"))
    add_method_arguments(parser)
    add_dataset_arguments(parser)


def check_settings(options: argparse.Namespace) -> dict:
    """The command line's settings as Project fields, each inside what a project file holds (so that what is
    saved opens again); UsageError naming the limit otherwise. Shared with ``nndesk study``."""
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
        if not 1 <= options.max_epochs <= MAX_EPOCHS_LIMIT:
            raise UsageError(translate("CommandLine", "--max-epochs must be from 1 to {0} (the most a project file "
                                       "holds)").format(f"{MAX_EPOCHS_LIMIT:,}"))
        changes["max_epochs"] = options.max_epochs
    return changes


def _with_options(project: Project, options: argparse.Namespace) -> Project:
    """The project with the command line's settings; UsageError for values that cannot be used."""
    changes = check_settings(options)
    if options.seed is not None:
        if not 0 <= options.seed < SEED_LIMIT:
            raise UsageError(translate("CommandLine", "--seed must be a whole number from 0 to {0}").format(
                SEED_LIMIT - 1))
        if options.resume and project.state is not None and options.seed != project.seed:
            raise UsageError(translate("CommandLine", "--seed cannot change a run that --continue resumes (its "
                                       "weights come from seed {0}); leave out --continue to start over from seed {1}")
                             .format(project.seed, options.seed))
        changes["seed"] = options.seed
    return project.with_training(**changes)


def _start(file_project: Project, project: Project, resume: bool) -> tuple[Network, History, RunRecord]:
    """The network to train, the history it already has, and the record of its run so far."""
    if not (resume and project.state is not None):
        return new_network(project), History(), RunRecord()
    if (project.method, project.test_rows) != (file_project.method, file_project.test_rows):
        # A project's run record keeps η and α as they changed, not the method or the rows trained on: nndesk check
        # could not replay such a run, so it is a new one.
        raise UsageError(translate("CommandLine", "--continue goes on with the method and test rows the network was "
                                   "trained with ({0}); to train another way, start again without --continue")
                         .format(method_words(file_project.method)))
    net = project.network()
    epochs = net.epochs
    run = file_project.run.pinned((file_project.eta, file_project.alpha))
    run = run.with_settings(epochs, project.eta, project.alpha, (file_project.eta, file_project.alpha))
    run = replace(run.with_step(Intervention(epochs, "continue")), interrupted=False)
    keep = file_project.history.epochs <= epochs  # a history past the stored epochs is not this network's
    return net, History(file_project.history.epochs[keep], file_project.history.errors[keep]), run


def _trained_project(project: Project, net: Network, before: History, run: RunRecord, outcome: Run,
                     interrupted: bool) -> Project:
    first = outcome.start_epoch + 1  # not net.epochs - len(errors): patience may have gone back to an epoch
    epochs = np.concatenate([before.epochs, np.arange(first, first + len(outcome.errors), dtype=np.int64)])
    errors = np.concatenate([before.errors, outcome.errors])
    trained = replace(project, run=replace(run, interrupted=interrupted))
    return trained.with_network(net, history_from_points(epochs, errors))


def run(options: argparse.Namespace) -> int:
    with Interrupts() as interrupts:
        try:
            out = checked_out(options.out)
            file_project, name = read_source(options.source)
            shaped = with_dataset_options(file_project, options)
            project = network_view(with_method_options(_with_options(shaped, options), options))
            net, before, record = _start(file_project, project, options.resume)
            outcome = train(project, net, show_progress=not options.json, should_stop=interrupts.requested)
        except UsageError as exc:
            return complain(str(exc))
        interrupted = outcome.result.reason is StopReason.STOPPED and interrupts.requested()
        saved = None
        if out is not None:
            try:
                trained = _trained_project(project, net, before, record, outcome, interrupted)
                save_project(replace(trained, table=shaped.table, features=shaped.features), out)
            except ProjectError as exc:
                return complain(str(exc))
            saved = str(out)
    if interrupted:
        return _interrupted(interrupts, net, saved, options)
    checks = truth_check(net, project.table)
    passed = all(c.correct for r, c in enumerate(checks) if r not in project.test_rows)  # test rows apart
    code = EXIT_OK if passed else EXIT_FAILED
    if options.json:
        _print_json(name, project, net, outcome, checks, saved, code, accuracies(shaped, checks))
    else:
        _print_text(name, project, net, outcome, checks, saved, accuracies(shaped, checks))
    return code


def _interrupted(interrupts: Interrupts, net: Network, saved: str | None, options: argparse.Namespace) -> int:
    if saved:
        what = translate("CommandLine", "saved {0} (marked interrupted; resume with: nndesk train {1} "
                         "--continue)").format(saved, _quoted(saved))
    else:
        what = translate("CommandLine", "nothing saved (--out FILE keeps the training done)")
    print("nndesk: " + translate("CommandLine", "training interrupted by {0} at epoch {1}; {2}").format(
        interrupts.name, f"{net.epochs:,}", what), file=sys.stderr)
    if options.json:
        print(json.dumps({"interrupted": True, "epochs": net.epochs, "saved": saved,
                          "exit_code": interrupts.exit_code}))
    return interrupts.exit_code


def _quoted(text: str) -> str:
    return text if text and all(c.isalnum() or c in "._-/+" for c in text) else "'" + text.replace("'", "'\\''") + "'"


def _print_json(name: str, project: Project, net: Network, outcome: Run, checks: list, saved: str | None,
                code: int, accuracy: dict) -> None:
    result = outcome.result
    right = sum(c.correct for c in checks)
    print(json.dumps({
        "source": name, "topology": list(net.topology), "eta": net.eta, "alpha": net.alpha, "seed": project.seed,
        "epochs": result.epochs, "error": result.error if math.isfinite(result.error) else None,
        "stopped_because": result.reason.value, "message": result.message,
        "seconds": round(outcome.seconds, 3), "rows": len(checks), "rows_correct": right,
        "all_correct": right == len(checks),
        # plainly: did the network learn the table? (the exit code says the same: 0 yes, 1 no)
        "learned": right == len(checks), "exit_code": code,
        "outputs": [[o if math.isfinite(o) else None for o in c.outputs] for c in checks],
        "saved": saved, "interrupted": False, **held_out_summary(project, checks, result), **accuracy,
    }))


def _print_text(name: str, project: Project, net: Network, outcome: Run, checks: list, saved: str | None,
                accuracy: dict) -> None:
    result = outcome.result
    topology = "-".join(map(str, net.topology))
    print(translate("CommandLine", "{0}: network {1}, η {2}, α {3}, seed {4}").format(
        name, topology, f"{net.eta:g}", f"{net.alpha:g}", project.seed))
    print(outcome_text(result))
    rate = (len(outcome.errors) / outcome.seconds) if outcome.seconds > 0 else 0.0
    if math.isfinite(result.error):
        final = translate("CommandLine", "final error {0}").format(format_error(result.error))
    else:
        final = translate("CommandLine", "no final error")
    print(translate("CommandLine", "{0} epochs, {1}, {2} s ({3} epochs/s)").format(
        f"{result.epochs:,}", final, f"{outcome.seconds:.2f}", f"{rate:,.0f}"))
    if project.test_rows:
        held = held_out_summary(project, checks, result)
        rows = (translate("CommandLine", "{0} held out").format(len(project.test_rows)) if project.dataset is not None
                else ", ".join(str(r + 1) for r in project.test_rows))
        print(translate("CommandLine", "Test rows {0}: test error {1}, {2} of {3} correct").format(
            rows, format_error(result.test_error), held["test_rows_correct"], held["test_rows"]))
    print(translate("CommandLine", "Truth check: {0}").format(
        summary([c for r, c in enumerate(checks) if r not in project.test_rows]))
          + (translate("CommandLine", " (the training rows)") if project.test_rows else ""))
    if accuracy:
        names = {"train_accuracy": translate("CommandLine", "train accuracy {0}"),
                 "test_accuracy": translate("CommandLine", "test accuracy {0}")}
        print(", ".join(names[key].format(f"{value:.1%}") for key, value in accuracy.items() if value is not None))
    lines = [] if project.dataset is not None else check_lines(project.table, checks)  # generated: hundreds
    for r, line in enumerate(lines):
        print(line + (translate("CommandLine", "  (test row)") if r - 1 in project.test_rows else ""))
    if saved:
        print(translate("CommandLine", "Saved {0}").format(Path(saved)))


COMMAND = Command(
    name="train",
    help=QT_TRANSLATE_NOOP("CommandLine", "Train a network on a project file or a preset without a window; print "
                           "the epochs, the final error and the truth check. Starts from the seed's initial weights "
                           "unless --continue. Exit 0 when every row comes out right, 1 when rows are still wrong "
                           "(for example at the epoch limit), 2 for unusable input, 130 / 143 when interrupted."),
    add_arguments=add_arguments,
    run=run,
)
