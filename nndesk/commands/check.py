"""``nndesk check FILE``: verify a project file; exit 0 when it is sound and every row comes out right.

Two checks, from one training run where they share it:

- retrain from the file's seed and settings until its stop rule: every row of the table must come out right;
- replay the file's recorded run (seed, settings, the interventions with their epochs) up to its stored epochs
  and compare with the stored weights, momenta and error history: a file edited outside nndesk (weights set
  by hand, an epoch count changed) no longer matches, and the difference is named.

When the run recorded no intervention, the retraining passes through the stored epoch count and the replay is
a snapshot of it there: the network is trained once.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import replace

from nndesk.cli import Command
from nndesk.commands._common import (
    EXIT_FAILED,
    EXIT_OK,
    Interrupts,
    Run,
    UsageError,
    check_lines,
    complain,
    epochs_text,
    new_network,
    read_source,
    stop_rule,
    summary,
    train,
    truth_check,
)
from nndesk.engine import Network, StopReason
from nndesk.i18n import QT_TRANSLATE_NOOP, translate
from nndesk.outcomes import outcome_text
from nndesk.project import replay as replaying
from nndesk.project.dataset_presets import network_view
from nndesk.project.project_file import Project


def add_arguments(parser: argparse.ArgumentParser) -> None:
    file = translate("CommandLine", "FILE")
    parser.add_argument("source", metavar=file,
                        help=translate("CommandLine", "a project file (.nndesk); a preset name works too"))
    parser.add_argument("--json", action="store_true",
                        help=translate("CommandLine", "print one JSON object instead of text"))
    parser.add_argument("--quiet", "-q", action="store_true",
                        help=translate("CommandLine", "print nothing; only the exit code tells"))
    parser.add_argument("--lesson", metavar=translate("CommandLine", "LESSON"),
                        help=translate("CommandLine", "grade {0} against a lesson's goal instead (a built-in lesson's "
                                       "name, see nndesk lessons, or a lesson file): one line per condition")
                        .format(file))


def verify(project: Project, net: Network, show_progress: bool = False,
           should_stop: Callable[[], bool] | None = None) -> tuple[Run, replaying.Replay | None]:
    """Retrain ``net`` (fresh from the seed) under the project's stop rule, and replay the stored run.

    Returns the retraining and the replay (None when the file stores no trained network). Training once when
    the run recorded no intervention; else the replay is a second run with its own settings.
    """
    state = project.state
    if state is None:
        return train(project, net, show_progress, should_stop), None
    rule = stop_rule(project)
    # patience judges the whole run at once (its best epoch): a run cut at the stored epochs is another run
    if project.run.interventions or project.run_settings() != (project.eta, project.alpha) \
            or project.patience is not None:
        replay = replaying.run_to(replaying.start(project), project, state.epochs, should_stop)
        return train(project, net, show_progress, should_stop), replay
    n = state.epochs
    first = train(project, net, show_progress, should_stop, rule=replace(rule, max_epochs=min(rule.max_epochs, n)))
    replay = replaying.Replay(net.copy(), replaying.start(project).errors)
    replaying.record(replay, project, 1, first.errors)
    stopped_early = first.result.reason is not StopReason.MAX_EPOCHS or net.epochs >= rule.max_epochs
    if first.result.reason is StopReason.DIVERGED:
        replay.diverged_at = net.epochs
    elif first.result.reason is StopReason.STOPPED:
        replay.interrupted = True
    elif net.epochs < n:  # the rule held before the stored epochs: the replay goes on alone
        replaying.run_to(replay, project, n, should_stop)
    if stopped_early:
        return first, replay
    rest = train(project, net, show_progress, should_stop, rule=rule)  # the retraining goes on past epoch n
    joined = replace(rest, errors=None, seconds=first.seconds + rest.seconds)
    return joined, replay


def run(options: argparse.Namespace) -> int:
    if options.lesson is not None:
        from nndesk.commands._grade import run_grade

        return run_grade(options)
    with Interrupts() as interrupts:
        try:
            project, name = read_source(options.source)
            project = network_view(project)  # what the network sees: its features as the table's inputs
            net = new_network(project)
            outcome, replay = verify(project, net, not (options.json or options.quiet), interrupts.requested)
        except UsageError as exc:
            return complain(str(exc))
    if interrupts.requested():
        reached = net.epochs if replay is None else max(net.epochs, replay.net.epochs)
        print("nndesk: " + translate("CommandLine", "check interrupted by {0} at epoch {1}; nothing was checked "
                                     "(nothing is written by a check)").format(interrupts.name, f"{reached:,}"),
              file=sys.stderr)
        return interrupts.exit_code
    checks = truth_check(net, project.table)
    rows_passed = all(c.correct for r, c in enumerate(checks) if r not in project.test_rows)  # test rows apart
    differences = replaying.compare(replay, project) if replay is not None else []
    passed = rows_passed and not differences
    if options.json:
        print(json.dumps({"source": name, "passed": passed, "epochs": outcome.result.epochs,
                          "message": outcome.result.message, "rows": len(checks),
                          "rows_correct": sum(c.correct for c in checks), "rows_passed": rows_passed,
                          "consistent": not differences, "differences": differences,
                          "replayed_epochs": project.state.epochs if project.state is not None else 0}))
    elif not options.quiet:
        verdict = translate("CommandLine", "PASS") if passed else translate("CommandLine", "FAIL")
        print(translate("CommandLine", "{0} {1}: {2} after {3} (seed {4})").format(
            verdict, name, summary(checks), epochs_text(outcome.result.epochs), project.seed))
        print(outcome_text(outcome.result))
        if not rows_passed:
            for line in check_lines(project.table, checks):
                print(line)
        for difference in differences:
            print(translate("CommandLine", "Not what its settings give: {0}").format(difference))
        if replay is not None and not differences:
            changes = project.run.interventions
            print(translate("CommandLine", "The stored network is its replay: seed {0}, {1} epochs").format(
                project.seed, f"{project.state.epochs:,}")
                  + (translate("CommandLine", ", {0} recorded changes").format(f"{len(changes):,}") if changes else ""))
    return EXIT_OK if passed else EXIT_FAILED


COMMAND = Command(
    name="check",
    help=QT_TRANSLATE_NOOP("CommandLine", "Verify a project file (for grading): retrain it from its seed and "
                           "settings, and replay its recorded run to compare with the stored network. Exit 0 when "
                           "every row of its table is right after training and the stored network is its replay, 1 "
                           "when not, 2 when the file cannot be used, 130 / 143 when interrupted."),
    add_arguments=add_arguments,
    run=run,
)
