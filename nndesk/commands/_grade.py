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
from nndesk.project.lessons import find_lesson, grade
from nndesk.project.project_file import ProjectError


def run_grade(options: argparse.Namespace) -> int:
    with Interrupts() as interrupts:
        try:
            lesson_project, lesson_name = find_lesson(options.lesson)
            project, name = read_source(options.source)
            result = grade(project, lesson_project.lesson, interrupts.requested, lesson_project=lesson_project)
        except (UsageError, ProjectError) as exc:
            return complain(str(exc))
        except ValueError as exc:  # a network the engine cannot make or train
            return complain(f"{options.source}: {exc}")
    if interrupts.requested():
        print(f"nndesk: check interrupted by {interrupts.name}; nothing was graded", file=sys.stderr)
        return interrupts.exit_code
    title = lesson_project.lesson.title
    if options.json:
        print(json.dumps({"source": name, "lesson": lesson_name, "title": title, "passed": result.passed,
                          "epochs": result.result.epochs if result.result else 0,
                          "conditions": [c.to_json() for c in result.conditions]}, ensure_ascii=False))
    elif not options.quiet:
        met = sum(c.met for c in result.conditions)
        print(f"{'PASS' if result.passed else 'FAIL'} {name}: lesson {lesson_name!r} ({title}), "
              f"{met} of {len(result.conditions)} conditions met")
        for c in result.conditions:
            print(f"  {'met ' if c.met else 'NOT '} {c.condition}: {c.text}")
    return EXIT_OK if result.passed else EXIT_FAILED
