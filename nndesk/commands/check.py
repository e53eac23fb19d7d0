"""``nndesk check FILE``: retrain from the file's seed and settings; exit 0 when every row comes out right."""

from __future__ import annotations

import argparse
import json

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
from nndesk.engine.wording import count


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("source", metavar="FILE", help="a project file (.nndesk); a preset name works too")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of text")
    parser.add_argument("--quiet", "-q", action="store_true", help="print nothing; only the exit code tells")


def run(options: argparse.Namespace) -> int:
    try:
        project, name = read_source(options.source)
        net = new_network(project)
        outcome = train(project, net, show_progress=not (options.json or options.quiet))
    except UsageError as exc:
        return complain(str(exc))
    checks = truth_check(net, project.table)
    passed = all(c.correct for c in checks)
    if options.json:
        print(json.dumps({"source": name, "passed": passed, "epochs": outcome.result.epochs,
                          "message": outcome.result.message, "rows": len(checks),
                          "rows_correct": sum(c.correct for c in checks)}))
    elif not options.quiet:
        print(f"{'PASS' if passed else 'FAIL'} {name}: {summary(checks)} after {count(outcome.result.epochs, 'epoch')} "
              f"(seed {project.seed})")
        print(outcome.result.message)
        if not passed:
            for line in check_lines(project.table, checks):
                print(line)
    return EXIT_OK if passed else EXIT_FAILED


COMMAND = Command(
    name="check",
    help="Retrain a project from its seed and settings (for grading): exit 0 when every row of its table is "
    "right after training, 1 when not, 2 when the file cannot be used.",
    add_arguments=add_arguments,
    run=run,
)
