"""``nndesk lessons``: the built-in lessons, by name (usable as ``nndesk check FILE --lesson NAME``)."""

from __future__ import annotations

import argparse
import json

from nndesk.cli import Command
from nndesk.i18n import QT_TRANSLATE_NOOP, translate
from nndesk.lesson_words import shown_text
from nndesk.project.lessons import builtin_lessons


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true",
                        help=translate("CommandLine", "print a list of objects with the keys name, title, start "
                                       "and solution"))


def run(options: argparse.Namespace) -> int:
    found = builtin_lessons()
    if options.json:
        print(json.dumps([lesson.to_json() for lesson in found], ensure_ascii=False))
        return 0
    width = max(len(lesson.name) for lesson in found)
    for lesson in found:
        print(f"{lesson.name.ljust(width)}  {shown_text(lesson.title)}")  # the name stays English: it is typed
    return 0


COMMAND = Command(
    name="lessons",
    help=QT_TRANSLATE_NOOP("CommandLine", "List the built-in lessons: open a lesson's start file in nndesk, and "
                           "grade a student's project with nndesk check FILE --lesson NAME."),
    add_arguments=add_arguments,
    run=run,
)
