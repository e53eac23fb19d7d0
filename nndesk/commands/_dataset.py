"""The dataset presets on the command line (``nndesk train`` and ``nndesk study``): ``--samples``, ``--noise``,
``--test-fraction``, ``--data-seed``, ``--features``, ``--hidden`` and ``--activation``, and the accuracies.

A dataset preset (Circle, Quadrants, Gaussians, Spiral, Plane, Bumps) is read as a project at the Playground's
defaults (:mod:`nndesk.project.dataset_presets`); these options then regenerate its points and reshape its network.
``--hidden`` and ``--activation`` reshape any project's network (a fresh one, from the seed).
"""

from __future__ import annotations

import argparse
import math
from dataclasses import replace

import numpy as np

from nndesk.commands._common import UsageError
from nndesk.engine import ACTIVATIONS
from nndesk.i18n import translate
from nndesk.project.dataset_presets import DATASET_PRESETS, regenerated
from nndesk.project.datasets import MAX_SAMPLES, check_spec, parse_features

DATA_OPTIONS = ("samples", "noise", "test_fraction", "data_seed", "features")


def add_dataset_arguments(parser: argparse.ArgumentParser, hidden: bool = True) -> None:
    """The dataset and network shape options; ``hidden=False`` where the command has its own ``--hidden``."""
    group = parser.add_argument_group(translate("CommandLine", "dataset presets ({0}) and the network's shape")
                                      .format(", ".join(DATASET_PRESETS)))
    group.add_argument("--samples", type=int, metavar="N",
                       help=translate("CommandLine", "how many points to generate (default 500)"))
    group.add_argument("--noise", type=float, metavar=translate("CommandLine", "NOISE"),
                       help=translate("CommandLine", "0 to 0.5, as the Playground's slider (default 0)"))
    group.add_argument("--test-fraction", type=float, metavar="F",
                       help=translate("CommandLine", "the share of the points held out as test rows (default 0.5)"))
    group.add_argument("--data-seed", type=int, metavar="N",
                       help=translate("CommandLine", "the seed of the points and test rows, apart from the weights' "
                                      "--seed (default 1)"))
    group.add_argument("--features", metavar=translate("CommandLine", "LIST"),
                       help=translate("CommandLine", "the network's inputs, a comma list of {0}").format(
                           "x1,x2,x1^2,x2^2,x1*x2,sin(x1),sin(x2)"))
    if hidden:
        group.add_argument("--hidden", metavar=translate("CommandLine", "HIDDEN"),
                           help=translate("CommandLine", "hidden layer sizes, such as 8,8 (a fresh network from the "
                                          "seed)"))
    group.add_argument("--activation", choices=[a for a in ACTIVATIONS if a != "softmax"],
                       help=translate("CommandLine", "the hidden layers' activation (a fresh network from the seed)"))


def hidden_sizes(text: str) -> tuple[int, ...]:
    parts = text.replace(",", " ").replace("-", " ").split()
    if not parts or not all(p.isdigit() and 1 <= int(p) <= 4096 for p in parts):
        raise UsageError(translate("CommandLine", "--hidden must be neuron counts such as 3 or 8,8; not {0}")
                         .format(repr(text)))
    return tuple(int(p) for p in parts)


def with_dataset_options(project, options: argparse.Namespace):
    """The project with the dataset options (regenerated points and test rows, features) and the network's
    hidden layers and activation; UsageError in words. Only a dataset preset takes the dataset options."""
    given = [name for name in DATA_OPTIONS if getattr(options, name, None) is not None]
    if given and project.dataset is None:
        flag = "--" + given[0].replace("_", "-")
        raise UsageError(translate("CommandLine", "{0} is for the dataset presets ({1}), not a table").format(
            flag, ", ".join(DATASET_PRESETS)))
    if project.dataset is not None:
        project = _regenerated(project, options)
    hidden = getattr(options, "hidden", None)
    sizes = project.hidden if hidden is None else hidden_sizes(hidden)
    act = options.activation or (project.activations[0] if len(project.activations) > 1 else "sigmoid")
    if sizes != project.hidden or act != (project.activations[:-1] or (act,))[0]:
        if getattr(options, "resume", False) and project.state is not None:
            raise UsageError(translate("CommandLine", "--hidden and --activation make a new network: leave out "
                                       "--continue"))
        project = replace(project, topology=(project.topology[0], *sizes, project.topology[-1]),
                          activations=(act,) * len(sizes) + project.activations[-1:], state=None, optimizer=None)
    return project


def _regenerated(project, options: argparse.Namespace):
    spec = project.dataset
    changes = {key: getattr(options, option) for key, option in (("samples", "samples"), ("noise", "noise"),
               ("test_fraction", "test_fraction"), ("seed", "data_seed")) if getattr(options, option) is not None}
    if "noise" in changes and not math.isfinite(changes["noise"]):
        raise UsageError(translate("CommandLine", "--noise must be from 0 to 0.5"))
    try:
        spec = check_spec(replace(spec, **changes))
    except ValueError as exc:
        raise UsageError(translate("CommandLine", "{0} (--samples from 1 to {1}, --noise 0 to 0.5, --test-fraction "
                                   "from 0 up to 1)").format(exc, f"{MAX_SAMPLES:,}")) from None
    if spec != project.dataset:
        project = regenerated(project, spec)
    if options.features is not None:
        try:
            features = parse_features(options.features)
        except ValueError as exc:
            raise UsageError(f"--features: {exc}") from None
        if features != project.features:
            project = replace(project, features=features, topology=(len(features), *project.topology[1:]),
                              state=None, optimizer=None)
    return project


def accuracies(project, checks: list) -> dict:
    """``train_accuracy`` and ``test_accuracy`` (the share of rows thresholded right) for a classification, or
    nothing for a regression (its ``train_error`` and ``test_error`` are there already)."""
    if project.activations[-1] == "linear":
        return {}
    test = set(project.test_rows)
    flags = np.array([c.correct for c in checks], dtype=bool)
    held = np.array([r in test for r in range(len(checks))], dtype=bool)
    out = {"train_accuracy": float(flags[~held].mean()) if (~held).any() else None}
    if held.any():
        out["test_accuracy"] = float(flags[held].mean())
    return out
