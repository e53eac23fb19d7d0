"""``nndesk presets``: the names of the ready-made tables (usable as ``nndesk train NAME``)."""

from __future__ import annotations

import argparse

from nndesk.cli import Command
from nndesk.i18n import translate
from nndesk.project import dataset_presets
from nndesk.project.presets import DESCRIPTIONS, PRESETS


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--long", "-l", action="store_true", help="also say what each preset computes")


def run(options: argparse.Namespace) -> int:
    width = max(map(len, PRESETS))
    for name, table in PRESETS.items():
        if options.long:
            shape = f"{table.n_inputs} in, {table.n_targets} out"
            description = translate("Presets", DESCRIPTIONS[name]) if name in DESCRIPTIONS else ""  # marked in ui
            print(f"{name.ljust(width)}  {shape:<12} {description}")
        else:
            print(name)
    for name, text in dataset_presets.DESCRIPTIONS.items():  # generated points: nndesk train NAME --samples N
        print(f"{name.ljust(width)}  {'points':<12} {text}" if options.long else name)
    return 0


COMMAND = Command(name="presets", help="List the preset tables.", add_arguments=add_arguments, run=run)
