"""The training method and the held-out rows on the command line (``nndesk train`` and ``nndesk study``).

``--rule``, ``--batch`` (a number or ``all``), ``--loss``, ``--weight-decay``, ``--init``, ``--shuffle``,
``--test-rows`` (row numbers as the window shows them, from 1) and ``--patience``. Kept in a module of its own
so that the commands only add two calls.
"""

from __future__ import annotations

import argparse
import math
from dataclasses import replace

import numpy as np

from nndesk.commands._common import UsageError
from nndesk.engine.methods import INITS, LOSSES, RULES, check_method
from nndesk.i18n import translate
from nndesk.project.held_out import parse_row_numbers, split_rows


def add_method_arguments(parser: argparse.ArgumentParser, several_rules: bool = False) -> None:
    """The method's options; with ``several_rules`` (the study), ``--rule`` and ``--eta`` may list several."""
    group = parser.add_argument_group(translate("CommandLine", "training method (default: the file's, else the "
                                                "article's online backprop)"))
    if several_rules:
        group.add_argument("--rule", metavar=translate("CommandLine", "RULE[,RULE...]"),
                           help=translate("CommandLine", "the update rule, {0}; several (such as backprop,rprop,adam) "
                                          "compare them on the same seeds, each with its own --eta if --eta lists "
                                          "as many").format(", ".join(RULES)))
    else:
        group.add_argument("--rule", choices=RULES, help=translate("CommandLine", "the update rule (rprop learns from "
                                                                   "the whole table)"))
    group.add_argument("--batch", metavar="N|all",
                       help=translate("CommandLine", "rows per update: 1 online (the article's), N mini-batches, all "
                                      "the whole table"))
    group.add_argument("--loss", choices=LOSSES, help=translate("CommandLine", "the loss whose gradient is followed"))
    group.add_argument("--weight-decay", type=float, metavar="λ",
                       help=translate("CommandLine", "pull each weight (not the bias) towards 0"))
    group.add_argument("--init", choices=INITS,
                       help=translate("CommandLine", "how the initial weights are drawn from the seed"))
    group.add_argument("--shuffle", action="store_true", default=None,
                       help=translate("CommandLine", "train each epoch's rows in a new order"))
    group.add_argument("--test-rows", metavar=translate("CommandLine", "ROWS"),
                       help=translate("CommandLine", "hold these rows out of training, e.g. 3,7 (from 1)"))
    group.add_argument("--patience", type=int, metavar="N",
                       help=translate("CommandLine", "with test rows: stop when the test error has not improved for "
                                      "N epochs, and go back to the weights of the best one"))


def _batch(text: str) -> int | None:
    if text.strip().lower() == "all":
        return None
    if not text.strip().isdigit() or int(text) < 1:
        raise UsageError(translate("CommandLine", "--batch must be a number of rows of 1 or more, or all; not {0}")
                         .format(repr(text)))
    return int(text)


def with_method_options(project, options: argparse.Namespace, rule: str | None = None):
    """The project with the command line's method, test rows and patience; UsageError in words for bad ones.
    ``rule`` overrides ``--rule`` (the study runs one rule of a list at a time)."""
    method: dict = {}
    rule = rule if rule is not None else options.rule
    if rule is not None:
        method["rule"] = rule
        if rule == "rprop" and options.batch is None:
            method["batch_size"] = None  # --rule rprop needs no --batch
    if options.batch is not None:
        method["batch_size"] = _batch(options.batch)
    for name in ("loss", "weight_decay", "init", "shuffle"):
        value = getattr(options, name)
        if value is not None:
            method[name] = value
    changes: dict = {}
    if options.test_rows is not None:
        try:
            changes["test_rows"] = parse_row_numbers(options.test_rows, project.table.n_rows)
        except ValueError as exc:
            raise UsageError(f"--test-rows: {exc}") from None
    if options.patience is not None:
        if options.patience < 1:
            raise UsageError(translate("CommandLine", "--patience must be a number of epochs of 1 or more"))
        changes["patience"] = options.patience
    if changes.get("patience", project.patience) is not None and not changes.get("test_rows", project.test_rows):
        raise UsageError(translate("CommandLine", "--patience stops on the test error: give the test rows too, "
                                   "e.g. --test-rows 3,7"))
    try:
        changes["method"] = check_method(**{**project.method.options(), **method},
                                         output_activation=project.activations[-1])
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    new = project.with_training(**changes)
    if new.method != project.method:  # a change of method starts the optimiser afresh (the weights stay)
        state = new.state and replace(new.state, momenta=tuple(np.zeros_like(m) for m in new.state.momenta))
        new = replace(new, state=state, optimizer=None)
    return new


def method_words(method) -> str:
    """``method.describe()`` in the language nndesk speaks, e.g. "Rprop, whole table, cross-entropy" (in
    English the engine's very words); the rule's, loss's and init's names stay as typed after --rule, --loss
    and --init."""
    if method.rule == "rprop":
        words = [translate("CommandLine", "Rprop, whole table")]
    else:
        size = (translate("CommandLine", "online") if method.batch_size == 1
                else translate("CommandLine", "whole table") if method.batch_size is None
                else translate("CommandLine", "batches of {0}").format(method.batch_size))
        words = [f"{'backprop' if method.rule == 'backprop' else 'Adam'}, {size}"]
    if method.loss != "squared":
        words.append(method.loss)
    if method.weight_decay:
        words.append(translate("CommandLine", "weight decay {0}").format(f"{method.weight_decay:g}"))
    if method.init != "article":
        words.append(translate("CommandLine", "{0} initial weights").format(method.init))
    if method.shuffle:
        words.append(translate("CommandLine", "shuffled"))
    return ", ".join(words)


def split_table(project) -> tuple[np.ndarray, np.ndarray, np.ndarray | None, np.ndarray | None]:
    """``(train_inputs, train_targets, test_inputs, test_targets)`` of the project (the test ones None without
    test rows)."""
    table = project.table
    if not project.test_rows:
        return table.inputs, table.targets, None, None
    return split_rows(table, project.test_rows)


def held_out_summary(project, checks: list, result) -> dict:
    """The JSON keys of issue 15: ``train_error`` (the last epoch's training error, the same number as
    ``error``), the method, and with test rows ``test_error``, ``test_rows`` (from 1), ``test_rows_correct``;
    ``rows``/``rows_correct`` then count the training rows only, and ``best_epoch`` is the epoch patience went
    back to. ``checks`` are the truth check's rows of the whole table."""
    finite = math.isfinite(result.error)
    out: dict = {"train_error": result.error if finite else None, "method": project.method.options()}
    if not project.test_rows:
        return out
    test = set(project.test_rows)
    trained = [c for r, c in enumerate(checks) if r not in test]
    held = [c for r, c in enumerate(checks) if r in test]
    out.update(test_error=result.test_error if math.isfinite(result.test_error) else None,
               test_rows=len(held), test_row_numbers=[r + 1 for r in project.test_rows],
               test_rows_correct=sum(c.correct for c in held), rows=len(trained),
               rows_correct=sum(c.correct for c in trained), all_correct=all(c.correct for c in trained),
               learned=all(c.correct for c in trained),
               best_epoch=result.best_epoch)
    return out
