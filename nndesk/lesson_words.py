"""Lessons in the language nndesk speaks, for display only: the built-in lessons' texts, the grade's lines and a
lesson file's refusals.

:mod:`nndesk.project` keeps the English (it imports neither Qt nor :mod:`nndesk.i18n`): the lesson files, the
names a teacher types (``nndesk check FILE --lesson NAME``) and ``--json`` stay English. The built-in lessons'
titles, steps and hints are marked in :mod:`nndesk.lesson_texts` (written with the lessons by
tools/make_lessons.py); a lesson a teacher wrote is shown as written. The grade's words come as
:class:`~nndesk.project.lessons.Said` (a marked template and its arguments), the refusals as the templates of
:data:`~nndesk.project.lesson_file.REFUSALS`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from nndesk.engine import TrainResult
from nndesk.i18n import translate
from nndesk.lesson_texts import MARKED
from nndesk.outcomes import outcome_text
from nndesk.project.lesson_file import REFUSALS, Lesson
from nndesk.project.lessons import ConditionResult, Said

BUILTIN_TEXTS = frozenset(MARKED)


def is_builtin(lesson: Lesson) -> bool:
    """Whether every text of ``lesson`` is a built-in lesson's (so translated): a teacher's own lesson, or a
    built-in one whose words a teacher changed, is shown as written."""
    return all(text in BUILTIN_TEXTS for text in (lesson.title, *lesson.steps, *lesson.hints))


def shown_lesson(lesson: Lesson) -> Lesson:
    """``lesson`` with its title, steps and hints in the user's language when it is a built-in lesson."""
    if not is_builtin(lesson):
        return lesson
    return replace(lesson, title=shown_text(lesson.title), steps=tuple(shown_text(s) for s in lesson.steps),
                   hints=tuple(shown_text(h) for h in lesson.hints))


def shown_text(text: str) -> str:
    """A built-in lesson's text (English, as in its file) in the user's language."""
    return translate("LessonTexts", text)


def said_text(said: Said) -> str:
    """``said`` in the user's language: its template translated, then filled (phrases among the arguments too)."""
    args = [said_text(a) if isinstance(a, Said) else outcome_text(a) if isinstance(a, TrainResult) else str(a)
            for a in said.args]
    return translate("Grading", said.template).format(*args)


def condition_text(condition: ConditionResult) -> str:
    """A graded condition's line ("converged at epoch 8,508: ...") in the user's language."""
    return said_text(condition.said) if condition.said is not None else condition.text


def refusal(message: str) -> str:
    """``message`` with a lesson's refusal in it (at its end, after "Cannot open FILE: " say) translated; any other
    message comes back as it is."""
    for template, pattern in _patterns():
        found = pattern.search(message)
        if found:
            return message[:found.start()] + translate("LessonFile", template).format(*found.groups())
    return message


@cache
def _patterns() -> list[tuple[str, re.Pattern]]:
    """Each refusal's template and a pattern matching its English words ({0}, {1}... matching anything);
    longer templates first, so that the most specific wins."""
    found = []
    for template in sorted(REFUSALS.values(), key=len, reverse=True):
        parts = re.split(r"\{\d+\}", template)
        found.append((template, re.compile("(.+?)".join(re.escape(p) for p in parts) + r"$", re.DOTALL)))
    return found
