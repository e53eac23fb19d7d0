"""The dataset presets ("Circle", "Quadrants", "Gaussians", "Spiral", "Plane", "Bumps") as projects, and the
table the network sees when a project has input features.

A dataset preset's table holds the two inputs x1, x2 and one target y; its test rows are chosen with the data seed
(:mod:`nndesk.project.datasets`). Its settings are the Playground's: η 0.03, mini-batches of 10, hidden layers
4, 2 of tanh, inputs x1, x2. A class is 0/1 under a sigmoid output; a regression surface is learnt raw by a linear
output (or scaled into 0..1 for a sigmoid one: :func:`dataset_table`). The initial weights are the Playground's
too: every weight from U(-0.5, 0.5) (``init="uniform"``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import numpy as np

from nndesk.engine.methods import Method
from nndesk.engine.wording import QT_TRANSLATE_NOOP
from nndesk.project.datasets import REGRESSION, DatasetSpec, check_features, check_spec, expand, scaled_targets
from nndesk.project.project_file import Project
from nndesk.project.training_settings import TrainingSettings
from nndesk.project.truth_table import TruthTable

DATASET_PRESETS: dict[str, str] = {"Circle": "circle", "Quadrants": "xor", "Gaussians": "gauss", "Spiral": "spiral",
                                   "Plane": "plane", "Bumps": "gauss-bumps"}
DESCRIPTIONS: dict[str, str] = {  # translated where shown
    "Circle": QT_TRANSLATE_NOOP("DatasetPresets", "Points inside a circle (y = 1) or in a ring around it (y = 0), as "
                                                  "in TensorFlow Playground"),
    "Quadrants": QT_TRANSLATE_NOOP("DatasetPresets", "y = 1 where x1 and x2 have the same sign: the Playground's XOR "
                                                     "of four quadrants"),
    "Gaussians": QT_TRANSLATE_NOOP("DatasetPresets", "Two clouds of points around (2, 2) (y = 1) and (-2, -2) (y = 0)"),
    "Spiral": QT_TRANSLATE_NOOP("DatasetPresets", "Two interleaved spiral arms, y = 1 and y = 0: the Playground's "
                                                  "hardest problem"),
    "Plane": QT_TRANSLATE_NOOP("DatasetPresets", "Regression: y = (x1 + x2) / 10 over the square -6..6"),
    "Bumps": QT_TRANSLATE_NOOP("DatasetPresets", "Regression: six bumps of height +1 or -1 over the square -6..6"),
}
DEFAULT_HIDDEN = (4, 2)
DEFAULT_FEATURES = ("x1", "x2")
# A class is learnt when every training point is on its side by 0.1; a surface has no such end: its epoch limit.
PLAYGROUND_METHOD = Method(rule="backprop", batch_size=10, init="uniform")  # SGD in batches of 10, U(-0.5, 0.5)
CLASS_SETTINGS = TrainingSettings(eta=0.03, alpha=0.0, stop_rule="all_correct", margin=0.1, max_epochs=5_000,
                                  method=PLAYGROUND_METHOD)
SURFACE_SETTINGS = TrainingSettings(eta=0.03, alpha=0.0, stop_rule="error", target_error=0.01, max_epochs=5_000,
                                    method=PLAYGROUND_METHOD)
INPUT_NAMES = ("x1", "x2")
TARGET_NAME = "y"


def dataset_preset_name(text: str) -> str | None:
    """The dataset preset called ``text`` in any letter case, or None."""
    wanted = text.strip().casefold()
    return next((n for n in DATASET_PRESETS if n.casefold() == wanted), None)


def is_regression(spec: DatasetSpec) -> bool:
    return spec.kind in REGRESSION


def dataset_table(spec: DatasetSpec, output_activation: str) -> TruthTable:
    """The generated points as a table x1, x2 | y; regression targets scaled into 0..1 for a sigmoid output."""
    x, t = spec.generate()
    if is_regression(spec) and output_activation == "sigmoid":
        t = scaled_targets(spec.kind, spec.noise, t)
    rows = tuple(tuple(r) for r in np.hstack([x, t]).tolist())
    return TruthTable(INPUT_NAMES, (TARGET_NAME,), rows)


def dataset_project(name: str, spec: DatasetSpec | None = None, features: Sequence[str] = DEFAULT_FEATURES,
                    hidden: Sequence[int] = DEFAULT_HIDDEN, activation: str = "tanh") -> Project:
    """The preset ``name`` (see :data:`DATASET_PRESETS`) as a fresh project: its points from ``spec`` (the
    Playground's 500 points, no noise, half held out, data seed 1 by default), the network
    ``len(features)``-hidden-1 with ``activation`` in the hidden layers; ValueError in words."""
    kind = DATASET_PRESETS[name]
    spec = check_spec(DatasetSpec(kind) if spec is None else replace(spec, kind=kind))
    features = check_features(features)
    output = "linear" if is_regression(spec) else "sigmoid"
    topology = (len(features), *hidden, 1)
    settings = SURFACE_SETTINGS if is_regression(spec) else CLASS_SETTINGS
    return Project(dataset_table(spec, output), topology, (activation,) * len(hidden) + (output,),
                   training=settings.with_changes(test_rows=spec.test_rows()), name=name,
                   description=DESCRIPTIONS[name], features=features, dataset=spec)


def regenerated(project: Project, spec: DatasetSpec) -> Project:
    """``project`` with its table and test rows generated anew from ``spec`` (the network back at its seed)."""
    spec = check_spec(spec)
    table = dataset_table(spec, project.activations[-1])
    return replace(project, table=table, training=project.training.with_changes(test_rows=spec.test_rows()),
                   dataset=spec, state=None, optimizer=None)


def network_inputs(inputs: np.ndarray, features: Sequence[str]) -> np.ndarray:
    """What the network sees of ``inputs``, rows (rows, 2) or one row (2,): the columns of ``features``
    (:func:`~nndesk.project.datasets.expand`), shape (rows, len(features)) or (len(features),); without features
    the inputs themselves. The command line and the window both feed the network through this one function."""
    if not features:
        return inputs
    x = np.asarray(inputs, dtype=np.float64)
    return expand(x.reshape(1, -1), features)[0] if x.ndim == 1 else expand(x, features)


def network_table(project: Project) -> TruthTable:
    """The table as the network sees it: the features as its inputs (the table itself when it has none)."""
    if not project.features:
        return project.table
    table = project.table
    inputs = network_inputs(table.inputs, project.features)
    rows = tuple(tuple(r) for r in np.hstack([inputs, table.targets]).tolist())
    return TruthTable(project.features, table.target_names, rows)


def network_view(project: Project) -> Project:
    """``project`` with :func:`network_table` as its table and no features: what the engine trains."""
    if not project.features:
        return project
    return replace(project, table=network_table(project), features=())
