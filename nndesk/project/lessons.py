"""Lessons: grading a project against a lesson's goal, and the lessons built into nndesk.

A lesson (:mod:`nndesk.project.lesson_file`) asks for conditions such as "converged within 20,000 epochs with at
most 0 hidden neurons". :func:`grade` checks them on a project *retrained from its own seed and settings*: the
stored weights play no part, so the grade never depends on the machine, on luck or on a file edited by hand.
Each condition comes back met or not, and by how much, in words for the student: English words (``text``, and in
``--json``), made from a template marked for translation (context ``Grading``) that the display layer shows in
the user's language (:class:`Said`, :func:`nndesk.lesson_words.condition_text`).

The built-in lessons live in ``nndesk.resources`` under ``lessons/``: ``NN-name.nndesk`` is the start (the
project a student opens, holding the lesson) and ``NN-name.solution.nndesk`` a worked solution.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path

import numpy as np

from nndesk.engine import Network, StopReason, TrainResult, train_until
from nndesk.engine.correctness import outputs_right
from nndesk.engine.training import format_error
from nndesk.engine.wording import translate
from nndesk.project.gates import hidden_gates
from nndesk.project.held_out import split_rows
from nndesk.project.lesson_file import QT_TRANSLATE_NOOP, REFUSALS, Goal, Lesson
from nndesk.project.project_file import (
    SUFFIX,
    History,
    Project,
    ProjectError,
    RunRecord,
    load_project,
    loads,
)

LESSON_FOLDER = "lessons"
SOLUTION_SUFFIX = ".solution" + SUFFIX
CONVERGED = (StopReason.CONVERGED, StopReason.ALL_CORRECT)


@dataclass(frozen=True)
class Said:
    """Words for the student: an English ``template`` marked for translation and what fills its ``{0}``, ``{1}``...
    An argument may be a Said itself (a marked phrase) or a TrainResult (its outcome, the engine's words).
    ``str()`` is the English; :func:`nndesk.lesson_words.said_text` is the same in the user's language."""

    template: str
    args: tuple = ()

    def __str__(self) -> str:
        return self.template.format(*(a.message if isinstance(a, TrainResult) else str(a) for a in self.args))


def _said(template: str, *args: object) -> Said:
    return Said(template, args)


@dataclass(frozen=True)
class ConditionResult:
    """One condition of a goal after grading: met or not, and a line saying by how much."""

    condition: str  # the goal's key ("within_epochs"), or "table" for the lesson's own table
    met: bool
    text: str  # e.g. "converged at epoch 8,508: 11,492 epochs to spare of 20,000"
    value: float | str | None = None  # what the project has
    wanted: float | str | list | None = None  # what the goal asks
    by: float | None = None  # how far from the limit (positive: to spare, negative: short)
    said: Said | None = None  # ``text`` as words to translate (None: show ``text``)

    def to_json(self) -> dict:
        return {"condition": self.condition, "met": self.met, "text": self.text, "value": self.value,
                "wanted": self.wanted, "by": self.by}


@dataclass(frozen=True)
class Grade:
    """A project graded against a goal: each condition's result and the retraining's end."""

    conditions: tuple[ConditionResult, ...]
    result: TrainResult | None

    @property
    def passed(self) -> bool:
        return all(c.met for c in self.conditions)


def _result(condition: str, met: bool, said: Said, value: float | str | None = None,
            wanted: float | str | list | None = None, by: float | None = None) -> ConditionResult:
    return ConditionResult(condition, met, str(said), value, wanted, by, said)


def method_name(project: Project) -> str:
    """The method in a lesson's words: "online", "batch", "mini-batch", "rprop" or "adam"."""
    method = project.method
    if method.rule != "backprop":
        return method.rule
    return {1: "online", None: "batch"}.get(method.batch_size, "mini-batch")


def hidden_neurons(project: Project) -> int:
    return int(sum(project.hidden))


def retrain(project: Project, goal: Goal, should_stop: Callable[[], bool] | None = None) -> tuple[Network, TrainResult]:
    """A network fresh from the project's seed, trained under its settings (and stop rule) on its training rows;
    with ``within_epochs`` it trains no further than that. Returns the network and how training ended."""
    net = Network(project.topology, eta=project.eta, alpha=project.alpha, seed=project.seed,
                  activations=project.activations, **project.training.network_options())
    rule = project.training.to_stop_rule()  # with the patience, when there are test rows
    if goal.within_epochs is not None:  # past the goal's limit, nothing can change the grade
        rule = replace(rule, max_epochs=max(1, min(rule.max_epochs or goal.within_epochs, goal.within_epochs)))
    x, t, test_x, test_t = split_rows(project.table, project.test_rows)
    test = dict(test_inputs=test_x, test_targets=test_t) if project.test_rows else {}
    result = train_until(net, x, t, rule, should_stop=should_stop, input_names=project.table.input_names,
                         output_names=project.table.target_names, **test)
    return net, result


def grade(project: Project, lesson: Lesson, should_stop: Callable[[], bool] | None = None,
          lesson_project: Project | None = None) -> Grade:
    """``project`` graded against ``lesson``'s goal after retraining it from its seed. With the lesson's own
    project given and the table locked, the student's table must be the lesson's."""
    net, result = retrain(project, lesson.goal, should_stop)
    return grade_trained(project, lesson, net, result, lesson_project)


def grade_trained(project: Project, lesson: Lesson, net: Network, result: TrainResult | None,
                  lesson_project: Project | None = None) -> Grade:
    """``project`` graded with a network already trained from its seed (the window's, as the student trains):
    ``result`` is how that training ended, or None while it has not (its conditions then say "train first")."""
    goal = lesson.goal
    found: list[ConditionResult] = []
    if lesson_project is not None and "table" in lesson.locks:
        same = project.table == lesson_project.table
        found.append(_result("table", same, _said(QT_TRANSLATE_NOOP("Grading", "the table is the lesson's")) if same
                             else _said(QT_TRANSLATE_NOOP("Grading", "the table is not the lesson's: this lesson keeps "
                                                                     "its table"))))
    for key, check in _CHECKS.items():
        if getattr(goal, key) is None:
            continue
        if result is None and key in _AFTER_TRAINING:
            found.append(_result(key, False, _said(QT_TRANSLATE_NOOP("Grading", "{0}: train to see"),
                                                   _said(_AFTER_TRAINING[key]))))
        else:
            found.append(check(project, goal, net, result))
    return Grade(tuple(found), result)


def _converged(project: Project, goal: Goal, net: Network, result: TrainResult) -> ConditionResult:
    done = result.reason in CONVERGED
    err, epochs = format_error(result.error), f"{result.epochs:,}"
    if goal.converged:
        said = (_said(QT_TRANSLATE_NOOP("Grading", "converged at epoch {0} (error {1})"), epochs, err) if done
                else _said(QT_TRANSLATE_NOOP("Grading", "did not converge: {0}"), result))
        return _result("converged", done, said, done, True)
    said = (_said(QT_TRANSLATE_NOOP("Grading", "does not converge, as asked ({0} epochs, error {1})"), epochs, err)
            if not done else _said(QT_TRANSLATE_NOOP("Grading", "converged at epoch {0}, but this lesson asks for a "
                                                                "network that cannot learn it"), epochs))
    return _result("converged", not done, said, done, False)


def _margin(project: Project, goal: Goal, net: Network, result: TrainResult) -> ConditionResult:
    x, t, _, _ = split_rows(project.table, project.test_rows)
    with np.errstate(all="ignore"):
        out = net.predict(x)
    signed = np.where(t > net.threshold, out - net.threshold, net.threshold - out)
    signed = np.where(np.isnan(t), np.inf, np.nan_to_num(signed, nan=-np.inf))
    smallest = float(signed.min()) if signed.size else math.inf
    met = bool(outputs_right(out, t, net.threshold, goal.all_correct_margin).all())
    wanted = goal.all_correct_margin
    said = (_said(QT_TRANSLATE_NOOP("Grading", "every row right by at least {0} (smallest margin {1})"),
                  f"{wanted:g}", f"{smallest:.3f}") if met
            else _said(QT_TRANSLATE_NOOP("Grading", "not every row right by {0}: the smallest margin is {1}, "
                                                    "{2} short"),
                       f"{wanted:g}", f"{smallest:.3f}", f"{wanted - smallest:.3f}"))
    return _result("all_correct_margin", met, said, _finite(smallest), wanted, _finite(smallest - wanted))


def _within(project: Project, goal: Goal, net: Network, result: TrainResult) -> ConditionResult:
    limit = goal.within_epochs
    done = result.reason in CONVERGED and result.epochs <= limit
    if done:
        said = _said(QT_TRANSLATE_NOOP("Grading", "converged at epoch {0}: {1} epochs to spare of {2}"),
                     f"{result.epochs:,}", f"{limit - result.epochs:,}", f"{limit:,}")
    else:
        said = _said(QT_TRANSLATE_NOOP("Grading", "not converged within {0} epochs (error {1} at epoch {2})"),
                     f"{limit:,}", format_error(result.error), f"{result.epochs:,}")
    return _result("within_epochs", done, said, result.epochs, limit, limit - result.epochs if done else None)


def _method(project: Project, goal: Goal, net: Network, result: TrainResult) -> ConditionResult:
    name = method_name(project)
    met = name == goal.method
    said = (_said(QT_TRANSLATE_NOOP("Grading", "method {0}"), name) if met
            else _said(QT_TRANSLATE_NOOP("Grading", "method {0}: this lesson asks for {1}"), name, goal.method))
    return _result("method", met, said, name, goal.method)


def _in_range(key: str, symbol: str) -> Callable[..., ConditionResult]:
    def check(project: Project, goal: Goal, net: Network, result: TrainResult) -> ConditionResult:
        value, (low, high) = getattr(project, key), getattr(goal, key)
        wanted = f"{low:g}" if low == high else _said(QT_TRANSLATE_NOOP("Grading", "{0} to {1}"), f"{low:g}",
                                                      f"{high:g}")
        if value < low:
            by = value - low
            said = _said(QT_TRANSLATE_NOOP("Grading", "{0} {1} is below {2} by {3}"), symbol, f"{value:g}", wanted,
                         f"{low - value:g}")
        elif value > high:
            by = high - value
            said = _said(QT_TRANSLATE_NOOP("Grading", "{0} {1} is above {2} by {3}"), symbol, f"{value:g}", wanted,
                         f"{value - high:g}")
        else:
            by = min(value - low, high - value)
            said = (_said(QT_TRANSLATE_NOOP("Grading", "{0} {1}, as asked"), symbol, f"{value:g}") if low == high
                    else _said(QT_TRANSLATE_NOOP("Grading", "{0} {1} is in {2}"), symbol, f"{value:g}", wanted))
        return _result(key, low <= value <= high, said, value, [low, high], by)
    return check


def _hidden(project: Project, goal: Goal, net: Network, result: TrainResult) -> ConditionResult:
    n, limit = hidden_neurons(project), goal.max_hidden
    neurons = (_said(QT_TRANSLATE_NOOP("Grading", "1 hidden neuron")) if n == 1
               else _said(QT_TRANSLATE_NOOP("Grading", "{0} hidden neurons"), n))
    said = (_said(QT_TRANSLATE_NOOP("Grading", "{0}, at most {1} allowed"), neurons, limit) if n <= limit
            else _said(QT_TRANSLATE_NOOP("Grading", "{0}: {1} more than the {2} allowed"), neurons, n - limit, limit))
    return _result("max_hidden", n <= limit, said, n, limit, limit - n)


def _gate(project: Project, goal: Goal, net: Network, result: TrainResult) -> ConditionResult:
    x, _, _, _ = split_rows(project.table, project.test_rows)
    names = [str(g) for layer in hidden_gates(net, x, project.table.input_names) for g in layer]
    wanted = goal.gate.casefold()
    met = any(name.casefold() == wanted for name in names)
    shown = ", ".join(names) if names else _said(QT_TRANSLATE_NOOP("Grading", "no hidden neurons"))
    said = (_said(QT_TRANSLATE_NOOP("Grading", "a hidden neuron computes {0} ({1})"), goal.gate, shown) if met
            else _said(QT_TRANSLATE_NOOP("Grading", "no hidden neuron computes {0} exactly (they compute: {1})"),
                       goal.gate, shown))
    return _result("gate", met, said, str(shown), goal.gate)


def _test_error(project: Project, goal: Goal, net: Network, result: TrainResult) -> ConditionResult:
    limit = goal.test_error_below
    if not project.test_rows:
        return _result("test_error_below", False, _said(QT_TRANSLATE_NOOP(
            "Grading", "no test rows: mark some rows as test rows (held out)")), None, limit)
    _, _, test_x, test_t = split_rows(project.table, project.test_rows)
    err = net.error(test_x, test_t)  # the network as trained (the window's run reports no test error)
    met = math.isfinite(err) and err < limit
    said = (_said(QT_TRANSLATE_NOOP("Grading", "test error {0} is below {1}"), format_error(err), f"{limit:g}") if met
            else _said(QT_TRANSLATE_NOOP("Grading", "test error {0} is not below {1}"), format_error(err),
                       f"{limit:g}"))
    return _result("test_error_below", met, said, _finite(err), limit, _finite(limit - err))


def _finite(v: float) -> float | None:
    return float(v) if math.isfinite(v) else None


_CHECKS: dict[str, Callable[..., ConditionResult]] = {
    "converged": _converged, "all_correct_margin": _margin, "within_epochs": _within, "method": _method,
    "eta": _in_range("eta", "η"), "alpha": _in_range("alpha", "α"), "max_hidden": _hidden, "gate": _gate,
    "test_error_below": _test_error,
}


# conditions that need a finished training run, and how they are named before it
_AFTER_TRAINING = {"converged": QT_TRANSLATE_NOOP("Grading", "converged"),
                   "all_correct_margin": QT_TRANSLATE_NOOP("Grading", "every row right with a margin"),
                   "within_epochs": QT_TRANSLATE_NOOP("Grading", "converged in time"),
                   "gate": QT_TRANSLATE_NOOP("Grading", "a hidden neuron's gate"),
                   "test_error_below": QT_TRANSLATE_NOOP("Grading", "the test error")}


# ==================================================================================== the built-in lessons
@dataclass(frozen=True)
class BuiltinLesson:
    """A lesson shipped with nndesk: its name (to type), title, start file and worked solution."""

    name: str
    title: str
    start: Path
    solution: Path

    def to_json(self) -> dict:
        return {"name": self.name, "title": self.title, "start": str(self.start), "solution": str(self.solution)}


def builtin_lessons() -> list[BuiltinLesson]:
    """The built-in lessons in their order. A broken file is an error (it ships with nndesk: a test catches it)."""
    folder = resources.files("nndesk.resources").joinpath(LESSON_FOLDER)
    found = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(SUFFIX) or entry.name.endswith(SOLUTION_SUFFIX):
            continue
        stem = entry.name.removesuffix(SUFFIX)
        try:
            project = loads(entry.read_bytes())
        except ProjectError as exc:
            raise RuntimeError(translate("Lessons", "the lesson file {0} is broken: {1}").format(entry.name, exc)) \
                from None
        if project.lesson is None:
            raise RuntimeError(translate("Lessons", "the lesson file {0} has no lesson section").format(entry.name))
        name = stem.split("-", 1)[1] if "-" in stem else stem
        found.append(BuiltinLesson(name, project.lesson.title, Path(str(entry)),
                                   Path(str(folder.joinpath(stem + SOLUTION_SUFFIX)))))
    return found


def find_lesson(text: str) -> tuple[Project, str]:
    """The lesson named ``text`` (a built-in lesson's name, any case) or in the file ``text``: its project
    (holding the lesson) and a name to show. Raises ProjectError in the user's words."""
    wanted = text.strip().casefold()
    for lesson in builtin_lessons():
        if lesson.name.casefold() == wanted:
            return load_project(lesson.start), lesson.name
    path = Path(text)
    if path.suffix.lower() != SUFFIX and not path.exists():
        names = ", ".join(lesson.name for lesson in builtin_lessons())
        raise ProjectError(REFUSALS["no_lesson_named"].format(repr(text), names))
    project = load_project(path)
    if project.lesson is None:
        raise ProjectError(REFUSALS["not_a_lesson"].format(path.name))
    return project, path.name


def as_lesson(project: Project, lesson: Lesson) -> Project:
    """``project`` as a lesson's start: the lesson added, the trained state and history left out (a student
    starts from the seed)."""
    return replace(project, state=None, optimizer=None, history=History(), run=RunRecord(), lesson=lesson)
