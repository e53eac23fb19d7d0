"""``nndesk check STUDENT.nndesk --lesson LESSON``: grade a project against a lesson's goal.

The student's project is retrained from its own seed and settings (:func:`nndesk.project.lessons.grade`); each
of the goal's conditions prints one line, met or not and by how much. Exit 0 when every condition is met, 1 when
one is not, 2 when a file cannot be used.
"""

from __future__ import annotations

import argparse
import json
import sys

from nndesk.commands._common import EXIT_FAILED, EXIT_OK, Interrupts, UsageError, complain, read_source
from nndesk.i18n import translate
from nndesk.lesson_words import condition_text, refusal, shown_lesson
from nndesk.project.lessons import Grade, find_lesson, grade
from nndesk.project.project_file import ProjectError


def run_grade(options: argparse.Namespace) -> int:
    with Interrupts() as interrupts:
        try:
            lesson_project, lesson_name = find_lesson(options.lesson)
            project, name = read_source(options.source)
            result = grade(project, lesson_project.lesson, interrupts.requested, lesson_project=lesson_project)
        except (UsageError, ProjectError) as exc:
            return complain(refusal(str(exc)))
        except ValueError as exc:  # a network the engine cannot make or train
            return complain(f"{options.source}: {exc}")
    if interrupts.requested():
        print("nndesk: " + translate("Grading", "check interrupted by {0}; nothing was graded").format(interrupts.name),
              file=sys.stderr)
        return interrupts.exit_code
    title = lesson_project.lesson.title
    if options.json:
        print(json.dumps({"source": name, "lesson": lesson_name, "title": title, "passed": result.passed,
                          "epochs": result.result.epochs if result.result else 0,
                          "conditions": [c.to_json() for c in result.conditions]}, ensure_ascii=False))
    elif not options.quiet:
        print_grade(result, name, lesson_name, shown_lesson(lesson_project.lesson).title)
    return EXIT_OK if result.passed else EXIT_FAILED


def print_grade(result: Grade, name: str, lesson_name: str, title: str) -> None:
    """The grade for a reader: a line for the whole, then one per condition (met or not, and by how much), in
    the user's language; the lesson's name and the conditions' keys stay as typed in files and commands."""
    met = sum(c.met for c in result.conditions)
    head = (translate("Grading", "PASS {0}: lesson {1} ({2}), {3} of {4} conditions met") if result.passed
            else translate("Grading", "FAIL {0}: lesson {1} ({2}), {3} of {4} conditions met"))
    print(head.format(name, repr(lesson_name), title, met, len(result.conditions)))
    marks = {True: translate("Grading", "met"), False: translate("Grading", "NOT")}
    width = max(len(mark) for mark in marks.values())
    for c in result.conditions:
        print(f"  {marks[c.met].ljust(width)}  {c.condition}: {condition_text(c)}")
