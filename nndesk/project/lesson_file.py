"""A lesson as a project file holds it: title, steps, goal, locked and hidden controls, hints (the "lesson" section).

A lesson is a project (``.nndesk``) with a ``"lesson"`` section (format version 4)::

    "lesson": {"title": "One neuron learns AND",
               "steps": ["Markdown text of step 1", "step 2", ...],
               "goal": {"converged": true, "within_epochs": 20000, "max_hidden": 0},
               "locks": ["table"], "hides": ["seed"],
               "hints": ["Remove the hidden layer: the minus button beside it."]}

The goal is declarative: each key is one condition, checked by :mod:`nndesk.project.lessons` on the project
retrained from its own seed and settings. The keys (all optional, at least one):

- ``converged``: true, the stop rule held (the error below its target, or all rows right); false, it did not
  (the network cannot learn this, or diverged);
- ``all_correct_margin``: every (training) row right by at least this margin after training;
- ``within_epochs``: the stop rule held within this many epochs;
- ``method``: one of :data:`METHODS` ("online", "batch", "mini-batch", "rprop", "adam");
- ``eta``, ``alpha``: ``[low, high]``, the setting in that range (both ends included);
- ``max_hidden``: at most this many hidden neurons in all;
- ``gate``: a hidden neuron computes this gate exactly after training ("AND", "A AND NOT B", "NAND", ...);
- ``test_error_below``: the held-out rows' error after training below this (needs test rows).

``locks`` and ``hides`` name controls of the window from :data:`CONTROLS`. This module reads and writes the
section only; it imports no other part of the project, so the project file can use it.

Its refusals are in English, from the templates of :data:`REFUSALS`, marked for ``pyside6-lupdate`` (context
``LessonFile``): the display layer (:func:`nndesk.lesson_words.refusal`) finds the template in a message and
shows it translated. This layer imports no Qt and no ``nndesk.i18n``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

CONTROLS = ("table", "network", "eta", "alpha", "seed", "stop_rule")
METHODS = ("online", "batch", "mini-batch", "rprop", "adam")
GOAL_KEYS = ("converged", "all_correct_margin", "within_epochs", "method", "eta", "alpha", "max_hidden", "gate",
             "test_error_below")
MAX_TEXT = 20_000  # characters of one step or hint
MAX_ITEMS = 100  # steps, hints


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name pyside6-lupdate looks for
    """Mark ``text`` for the catalogue under ``context``; the display layer translates it (nndesk.lesson_words)."""
    return text


# Every refusal of a lesson (and of a lesson named on the command line), {0}, {1}... filled in with format().
REFUSALS = {
    "section": QT_TRANSLATE_NOOP("LessonFile", "the \"lesson\" section must be an object"),
    "title": QT_TRANSLATE_NOOP("LessonFile", "\"lesson.title\" must be text of 1 to 200 characters"),
    "goal": QT_TRANSLATE_NOOP("LessonFile", "\"lesson.goal\" must be an object with at least one condition ({0})"),
    "unknown_condition": QT_TRANSLATE_NOOP("LessonFile", "\"lesson.goal\": unknown condition {0} (known: {1})"),
    "converged": QT_TRANSLATE_NOOP("LessonFile", "\"lesson.goal.converged\" must be true or false"),
    "method": QT_TRANSLATE_NOOP("LessonFile", "\"lesson.goal.method\" must be one of {0}"),
    "gate": QT_TRANSLATE_NOOP("LessonFile", "\"lesson.goal.gate\" must be a gate's name, such as \"AND\" or "
                                            "\"A AND NOT B\""),
    "number": QT_TRANSLATE_NOOP("LessonFile", "\"{0}\" must be a number of 0 or more"),
    "whole": QT_TRANSLATE_NOOP("LessonFile", "\"{0}\" must be a whole number of 0 or more"),
    "range": QT_TRANSLATE_NOOP("LessonFile", "\"{0}\" must be [low, high]"),
    "range_order": QT_TRANSLATE_NOOP("LessonFile", "\"{0}\": the low end {1} is above the high end {2}"),
    "texts": QT_TRANSLATE_NOOP("LessonFile", "\"lesson.{0}\" must be a list of at most {1} texts"),
    "controls": QT_TRANSLATE_NOOP("LessonFile", "\"lesson.{0}\" must be a list of controls ({1})"),
    "unknown_control": QT_TRANSLATE_NOOP("LessonFile", "\"lesson.{0}\": unknown control {1} (known: {2})"),
    "no_lesson_named": QT_TRANSLATE_NOOP("LessonFile", "{0} is neither a lesson file nor a built-in lesson "
                                                       "(the lessons: {1})"),
    "not_a_lesson": QT_TRANSLATE_NOOP("LessonFile", "{0} is a project, not a lesson (it has no \"lesson\" section)"),
}


class LessonError(ValueError):
    """A lesson section that cannot be used; ``str(error)`` names the field and the problem."""

    def __init__(self, refusal: str, *args: object) -> None:
        super().__init__(REFUSALS[refusal].format(*args))


@dataclass(frozen=True)
class Goal:
    """What a lesson asks of the project, checked after retraining it (None: not asked)."""

    converged: bool | None = None
    all_correct_margin: float | None = None
    within_epochs: int | None = None
    method: str | None = None
    eta: tuple[float, float] | None = None
    alpha: tuple[float, float] | None = None
    max_hidden: int | None = None
    gate: str | None = None
    test_error_below: float | None = None

    def is_empty(self) -> bool:
        return all(getattr(self, key) is None for key in GOAL_KEYS)

    def to_json(self) -> dict:
        out = {}
        for key in GOAL_KEYS:
            value = getattr(self, key)
            if value is not None:
                out[key] = list(value) if isinstance(value, tuple) else value
        return out


@dataclass(frozen=True)
class Lesson:
    """A lesson: its title, its steps (Markdown), its goal, the controls it locks or hides, its hints."""

    title: str
    steps: tuple[str, ...] = ()
    goal: Goal = field(default_factory=Goal)
    locks: tuple[str, ...] = ()
    hides: tuple[str, ...] = ()
    hints: tuple[str, ...] = ()

    def to_json(self) -> dict:
        return {"title": self.title, "steps": list(self.steps), "goal": self.goal.to_json(),
                "locks": list(self.locks), "hides": list(self.hides), "hints": list(self.hints)}


def read_lesson(value: object) -> Lesson:
    """The Lesson of a file's ``"lesson"`` section; raises LessonError naming the field."""
    if not isinstance(value, dict):
        raise LessonError("section")
    title = value.get("title")
    if not isinstance(title, str) or not title.strip() or len(title) > 200:
        raise LessonError("title")
    return Lesson(title=title.strip(), steps=_texts(value, "steps"), goal=read_goal(value.get("goal")),
                  locks=_controls(value, "locks"), hides=_controls(value, "hides"), hints=_texts(value, "hints"))


def read_goal(value: object) -> Goal:
    """The Goal of a ``"goal"`` object; raises LessonError naming the condition."""
    if not isinstance(value, dict) or not value:
        raise LessonError("goal", ", ".join(GOAL_KEYS))
    unknown = sorted(set(value) - set(GOAL_KEYS))
    if unknown:
        raise LessonError("unknown_condition", repr(unknown[0]), ", ".join(GOAL_KEYS))
    goal: dict = {}
    if "converged" in value:
        if not isinstance(value["converged"], bool):
            raise LessonError("converged")
        goal["converged"] = value["converged"]
    for key in ("all_correct_margin", "test_error_below"):
        if key in value:
            goal[key] = _number(value[key], f"lesson.goal.{key}")
    for key in ("within_epochs", "max_hidden"):
        if key in value:
            goal[key] = _whole(value[key], f"lesson.goal.{key}")
    if "method" in value:
        if value["method"] not in METHODS:
            raise LessonError("method", ", ".join(METHODS))
        goal["method"] = value["method"]
    for key in ("eta", "alpha"):
        if key in value:
            goal[key] = _range(value[key], f"lesson.goal.{key}")
    if "gate" in value:
        gate = value["gate"]
        if not isinstance(gate, str) or not gate.strip() or len(gate) > 100:
            raise LessonError("gate")
        goal["gate"] = " ".join(gate.split())
    return Goal(**goal)


def _number(value: object, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) or value < 0:
        raise LessonError("number", where)
    return float(value)


def _whole(value: object, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 10**12:
        raise LessonError("whole", where)
    return value


def _range(value: object, where: str) -> tuple[float, float]:
    if not isinstance(value, list) or len(value) != 2:
        raise LessonError("range", where)
    low, high = _number(value[0], where), _number(value[1], where)
    if low > high:
        raise LessonError("range_order", where, f"{low:g}", f"{high:g}")
    return low, high


def _texts(value: dict, key: str) -> tuple[str, ...]:
    items = value.get(key, [])
    if not isinstance(items, list) or len(items) > MAX_ITEMS or not all(
            isinstance(t, str) and len(t) <= MAX_TEXT for t in items):
        raise LessonError("texts", key, MAX_ITEMS)
    return tuple(items)


def _controls(value: dict, key: str) -> tuple[str, ...]:
    items = value.get(key, [])
    if not isinstance(items, list):
        raise LessonError("controls", key, ", ".join(CONTROLS))
    for item in items:
        if item not in CONTROLS:
            raise LessonError("unknown_control", key, repr(str(item)[:40]), ", ".join(CONTROLS))
    return tuple(dict.fromkeys(items))
