"""``nndesk study`` with methods: one method's study, or several compared side by side on the same seeds.

``--rule backprop:0.5,rprop,adam:0.01`` studies each rule in turn (after a colon, its own learning rate η; else
the file's or ``--eta``), on the same seeds, table and stop rule, and prints one line per method: how many seeds
converged and the median and 90th percentile of their epochs.
"""

from __future__ import annotations

import argparse
import json
import math
from dataclasses import replace

import numpy as np

from nndesk.commands._common import EXIT_OK, UsageError, complain, read_source, stop_rule
from nndesk.commands._method import method_words, split_table, with_method_options
from nndesk.engine.many import SeedResult, train_many
from nndesk.engine.methods import RULES
from nndesk.i18n import translate


def configured_method(project, options: argparse.Namespace, index: int = 0):
    """The project with the command line's method, its ``index``-th ``--rule`` and that rule's own η if given."""
    rule, eta = _pairs(options)[index]
    project = with_method_options(project, options, rule=rule)
    return project if eta is None else project.with_training(eta=eta)


def several_rules(options: argparse.Namespace) -> bool:
    return options.rule is not None and "," in options.rule


def _pairs(options: argparse.Namespace) -> list[tuple[str | None, float | None]]:
    """``--rule`` as ``(rule, eta or None)`` pairs; UsageError in words for a rule or rate that cannot be used."""
    if options.rule is None:
        return [(None, None)]
    pairs = []
    for part in options.rule.split(","):
        rule, _, eta = part.strip().partition(":")
        if rule not in RULES:
            raise UsageError(translate("CommandLine", "--rule: unknown rule {0}: choose from {1} (e.g. backprop,rprop)")
                             .format(repr(rule), ", ".join(RULES)))
        try:
            rate = float(eta) if eta else None
        except ValueError:
            raise UsageError(translate("CommandLine", "--rule: {0} after {1}: is not a learning rate").format(
                repr(eta), rule)) from None
        if rate is not None and not (math.isfinite(rate) and rate >= 0):
            raise UsageError(translate("CommandLine", "--rule: the learning rate of {0} must be a number of 0 or more")
                             .format(rule))
        pairs.append((rule, rate))
    return pairs


def study_rows(project) -> tuple[np.ndarray, np.ndarray]:
    """The rows a study trains on: the table without its test rows."""
    x, t, _, _ = split_table(project)
    return x, t


def study_method(project) -> dict:
    """train_many's keyword arguments for the project's method and test rows."""
    _, _, test_x, test_t = split_table(project)
    held = dict(test_inputs=test_x, test_targets=test_t) if project.test_rows else {}
    return {**project.training.network_options(), **held}


def seed_test_result(project, seed: SeedResult) -> dict:
    if not project.test_rows:
        return {}
    return {"test_error": seed.test_error if math.isfinite(seed.test_error) else None}


def project_is_article(project) -> bool:
    return project.method.is_article and not project.test_rows


def method_text(project) -> str:
    text = method_words(project.method)
    if project.test_rows:
        text += translate("CommandLine", ", test rows {0}").format(",".join(str(r + 1) for r in project.test_rows))
    return text


def compare_methods(options: argparse.Namespace) -> int:
    """Study each ``--rule`` on the same seeds; print one line per method (or one JSON object)."""
    from nndesk.commands.study import _configured, _rule_text, _seeds  # the study's own settings

    rows = []
    try:
        for index in range(len(_pairs(options))):
            project, name = read_source(options.source)
            project = configured_method(_configured(project, options), options, index)
            seeds = _seeds(options, project.seed)
            stop = stop_rule(project)
            result = train_many(project.topology, *study_rows(project), seeds, eta=project.eta, alpha=project.alpha,
                                stop=replace(stop, max_epochs=None), max_epochs=project.max_epochs,
                                activations=list(project.activations), **study_method(project))
            rows.append((project, result))
    except (UsageError, ValueError) as exc:
        return complain(str(exc))
    if options.json:
        print(json.dumps({"source": name, "topology": list(project.topology), "stop": _rule_text(stop),
                          "first_seed": seeds[0], "methods": [
                              {"method": p.method.options(), "eta": p.eta, "alpha": p.alpha, **r.summary()}
                              for p, r in rows]}))
        return EXIT_OK
    print(translate("CommandLine", "{0}: network {1}, {2}, {3} seeds ({4} to {5}), at most {6} epochs each").format(
        name, "-".join(map(str, project.topology)), _rule_text(stop, translated=True), f"{len(seeds):,}", seeds[0],
        seeds[-1], f"{project.max_epochs:,}"))
    heads = [translate("CommandLine", "method"), translate("CommandLine", "converged"),
             translate("CommandLine", "median epochs"), translate("CommandLine", "p90 epochs")]
    width = max(len(heads[0]), *(len(_label(p)) for p, _ in rows))  # a column as wide as its heading
    sizes = [max(len(h), n) for h, n in zip(heads[1:], (9, 13, 10), strict=True)]
    print("  ".join([heads[0].ljust(width), *(h.rjust(n) for h, n in zip(heads[1:], sizes, strict=True))]))
    for p, r in rows:
        converged = translate("CommandLine", "{0} of {1}").format(len(r.converged_epochs), r.total)
        median = "-" if r.median_epochs is None else f"{r.median_epochs:,}"
        p90 = "-" if r.p90_epochs is None else f"{r.p90_epochs:,}"
        print("  ".join([_label(p).ljust(width), *(v.rjust(n) for v, n in zip((converged, median, p90), sizes,
                                                                                strict=True))]))
    return EXIT_OK


def _label(project) -> str:
    text = method_words(project.method)
    if project.method.rule != "rprop":
        text += f", η {project.eta:g}" + (f", α {project.alpha:g}" if project.method.rule == "backprop" else "")
    return text
