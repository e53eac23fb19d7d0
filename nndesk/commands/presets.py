"""``nndesk presets``: the names of the ready-made tables (usable as ``nndesk train NAME``).

In another language each name the window shows translated is listed after the English one, which stays the
name to type (``nndesk train "Half adder"``): names are translated for display only.
"""

from __future__ import annotations

import argparse

from nndesk.cli import Command
from nndesk.i18n import QT_TRANSLATE_NOOP, translate
from nndesk.project import dataset_presets
from nndesk.project.presets import DESCRIPTIONS, PRESETS

# The dataset presets' names and descriptions (nndesk.project.dataset_presets, Qt-free), marked for the catalogue
# under the presets' context; a test checks that each one is here.
DATASET_MARKED = (
    QT_TRANSLATE_NOOP("Presets", "Circle"),
    QT_TRANSLATE_NOOP("Presets", "Quadrants"),
    QT_TRANSLATE_NOOP("Presets", "Gaussians"),
    QT_TRANSLATE_NOOP("Presets", "Spiral"),
    QT_TRANSLATE_NOOP("Presets", "Plane"),
    QT_TRANSLATE_NOOP("Presets", "Bumps"),
    QT_TRANSLATE_NOOP("Presets", "Points inside a circle (y = 1) or in a ring around it (y = 0), as in TensorFlow "
                                 "Playground"),
    QT_TRANSLATE_NOOP("Presets", "y = 1 where x1 and x2 have the same sign: the Playground's XOR of four quadrants"),
    QT_TRANSLATE_NOOP("Presets", "Two clouds of points around (2, 2) (y = 1) and (-2, -2) (y = 0)"),
    QT_TRANSLATE_NOOP("Presets", "Two interleaved spiral arms, y = 1 and y = 0: the Playground's hardest problem"),
    QT_TRANSLATE_NOOP("Presets", "Regression: y = (x1 + x2) / 10 over the square -6..6"),
    QT_TRANSLATE_NOOP("Presets", "Regression: six bumps of height +1 or -1 over the square -6..6"),
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--long", "-l", action="store_true",
                        help=translate("CommandLine", "also say what each preset computes"))


def _line(name: str, width: int, shape: str, description: str, long: bool) -> str:
    """One preset: its English name (the one to type), its name in the user's language where that differs,
    and with ``long`` its shape and what it computes."""
    shown = translate("Presets", name)  # marked in nndesk/ui/preset_names.py and above
    if not long:
        return name if shown == name else f"{name.ljust(width)}  {shown}"
    if shown != name:
        description = f"{shown}: {description}"
    return f"{name.ljust(width)}  {shape:<12} {description}"


def run(options: argparse.Namespace) -> int:
    width = max(map(len, PRESETS))
    for name, table in PRESETS.items():
        shape = translate("CommandLine", "{0} in, {1} out").format(table.n_inputs, table.n_targets)
        description = translate("Presets", DESCRIPTIONS[name]) if name in DESCRIPTIONS else ""
        print(_line(name, width, shape, description, options.long))
    for name, text in dataset_presets.DESCRIPTIONS.items():  # generated points: nndesk train NAME --samples N
        print(_line(name, width, translate("CommandLine", "points"), translate("Presets", text), options.long))
    return 0


COMMAND = Command(name="presets", help=QT_TRANSLATE_NOOP("CommandLine", "List the preset tables."),
                  add_arguments=add_arguments, run=run)
