"""File ▸ Save as Lesson…: a teacher turns the current project into a lesson (text, goal, locks, hints).

:class:`LessonDialog` asks for the title, the steps (Markdown, separated by a line ``---``), the goal's conditions
(each ticked to be asked), the controls to lock or hide and the hints (one a line). :func:`save_as_lesson` writes
the window's project, from its seed, with that lesson (:func:`nndesk.project.lessons.as_lesson`).
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from nndesk.i18n import QT_TRANSLATE_NOOP, translate
from nndesk.project.lesson_file import CONTROLS, GOAL_KEYS, METHODS, Goal, Lesson
from nndesk.project.lessons import as_lesson
from nndesk.project.project_file import SUFFIX, ProjectError, save_project
from nndesk.ui.appearance import tone_label

STEP_SEPARATOR = "---"
# English, marked; the dialog shows them translated
GOAL_LABELS = {"converged": QT_TRANSLATE_NOOP("LessonDialog", "Training"),
               "all_correct_margin": QT_TRANSLATE_NOOP("LessonDialog", "All rows right by"),
               "within_epochs": QT_TRANSLATE_NOOP("LessonDialog", "Within epochs"),
               "method": QT_TRANSLATE_NOOP("LessonDialog", "Method"),
               "eta": QT_TRANSLATE_NOOP("LessonDialog", "η from … to"),
               "alpha": QT_TRANSLATE_NOOP("LessonDialog", "α from … to"),
               "max_hidden": QT_TRANSLATE_NOOP("LessonDialog", "At most hidden neurons"),
               "gate": QT_TRANSLATE_NOOP("LessonDialog", "A hidden neuron computes"),
               "test_error_below": QT_TRANSLATE_NOOP("LessonDialog", "Test error below")}
CONTROL_LABELS = {"table": QT_TRANSLATE_NOOP("LessonDialog", "Table"),
                  "network": QT_TRANSLATE_NOOP("LessonDialog", "Network"), "eta": "η", "alpha": "α",
                  "seed": QT_TRANSLATE_NOOP("LessonDialog", "Seed"),
                  "stop_rule": QT_TRANSLATE_NOOP("LessonDialog", "Stop rule")}
# The goal's methods as the window names them; the file keeps its own words (METHODS).
METHOD_NAMES = {"online": QT_TRANSLATE_NOOP("LessonDialog", "online"),
                "batch": QT_TRANSLATE_NOOP("LessonDialog", "batch (whole table)"),
                "mini-batch": QT_TRANSLATE_NOOP("LessonDialog", "mini-batch"),
                "rprop": "Rprop", "adam": "Adam"}


def _spin(lo: float, hi: float, decimals: int, value: float) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setDecimals(decimals)
    spin.setRange(lo, hi)
    spin.setValue(value)
    return spin


class LessonDialog(QDialog):
    """Asks for a lesson; :meth:`lesson` is what the fields say (None while the title or goal is missing)."""

    def __init__(self, parent: QWidget | None = None, start: Lesson | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lessonDialog")
        self.setWindowTitle(self.tr("Save as Lesson"))
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("lessonTitleEdit")
        self.title_edit.setPlaceholderText(self.tr("One neuron learns AND"))
        self.steps_edit = QPlainTextEdit()
        self.steps_edit.setObjectName("lessonStepsEdit")
        self.steps_edit.setMinimumHeight(150)
        self.steps_edit.setPlaceholderText(self.tr("What to do, what to look at (Markdown). A line {0} starts the "
                                                   "next step.").format(STEP_SEPARATOR))
        self.hints_edit = QPlainTextEdit()
        self.hints_edit.setObjectName("lessonHintsEdit")
        self.hints_edit.setPlaceholderText(self.tr("One hint a line"))
        self.hints_edit.setMaximumHeight(60)
        self._build_goal()
        self._build_controls()
        self.message = QLabel()
        self.message.setObjectName("lessonDialogMessage")
        tone_label(self.message, "wrong")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title_edit)  # a form's label is its field's buddy: its accessible name
        form.addRow(self.tr("Steps"), self.steps_edit)
        form.addRow(self.tr("Hints"), self.hints_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.goal_box)
        layout.addWidget(self.controls_box)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        for signal in (self.title_edit.textChanged, *(c.toggled for c in self.asked.values())):
            signal.connect(self._check)
        if start is not None:
            self.set_lesson(start)
        self._check()

    def _build_goal(self) -> None:
        self.goal_box = QGroupBox(self.tr("Goal: tick what the project must do after training from its seed"))
        self.converged_combo = QComboBox()
        self.converged_combo.addItems([self.tr("converges"), self.tr("does not converge")])
        self.margin_spin = _spin(0, 0.49, 3, 0.1)
        self.within_spin = QSpinBox()
        self.within_spin.setRange(1, 2_000_000_000)
        self.within_spin.setGroupSeparatorShown(True)
        self.within_spin.setValue(100_000)
        self.method_combo = QComboBox()
        for key in METHODS:  # the file's words (online, batch...) as data, shown in the user's language
            self.method_combo.addItem(translate("LessonDialog", METHOD_NAMES.get(key, key)), key)
        self.eta_spins = (_spin(0, 1000, 4, 0.1), _spin(0, 1000, 4, 1.0))
        self.alpha_spins = (_spin(0, 10, 4, 0.5), _spin(0, 10, 4, 0.95))
        self.hidden_spin = QSpinBox()
        self.hidden_spin.setRange(0, 100_000)
        self.gate_edit = QLineEdit("AND")
        self.test_spin = _spin(0, 1000, 4, 0.1)
        fields: dict[str, QWidget] = {
            "converged": self.converged_combo, "all_correct_margin": self.margin_spin,
            "within_epochs": self.within_spin, "method": self.method_combo, "eta": _pair(*self.eta_spins),
            "alpha": _pair(*self.alpha_spins),
            "max_hidden": self.hidden_spin, "gate": self.gate_edit, "test_error_below": self.test_spin}
        grid = QGridLayout(self.goal_box)
        self.asked: dict[str, QCheckBox] = {}
        for k, key in enumerate(GOAL_KEYS):
            check = QCheckBox(translate("LessonDialog", GOAL_LABELS[key]))
            check.setObjectName(f"goal_{key}")
            self.asked[key] = check
            fields[key].setObjectName(f"goalValue_{key}")
            _name(fields[key], check.text())
            grid.addWidget(check, k // 2, (k % 2) * 2)
            grid.addWidget(fields[key], k // 2, (k % 2) * 2 + 1)

    def _build_controls(self) -> None:
        self.controls_box = QGroupBox(self.tr("Controls the student may not change"))
        grid = QGridLayout(self.controls_box)
        self.lock_checks: dict[str, QCheckBox] = {}
        self.hide_checks: dict[str, QCheckBox] = {}
        for k, control in enumerate(CONTROLS):
            word = translate("LessonDialog", CONTROL_LABELS[control])
            grid.addWidget(QLabel(word), 0, k)
            lock, hide = QCheckBox(self.tr("lock")), QCheckBox(self.tr("hide"))
            lock.setAccessibleName(self.tr("Lock {0}").format(word))
            hide.setAccessibleName(self.tr("Hide {0}").format(word))
            lock.setObjectName(f"lock_{control}")
            hide.setObjectName(f"hide_{control}")
            self.lock_checks[control], self.hide_checks[control] = lock, hide
            grid.addWidget(lock, 1, k)
            grid.addWidget(hide, 2, k)

    # --- values -------------------------------------------------------------------------------------------
    def goal(self) -> Goal:
        values = {
            "converged": self.converged_combo.currentIndex() == 0, "all_correct_margin": self.margin_spin.value(),
            "within_epochs": self.within_spin.value(), "method": self.method_combo.currentData(),
            "eta": _range(self.eta_spins), "alpha": _range(self.alpha_spins), "max_hidden": self.hidden_spin.value(),
            "gate": " ".join(self.gate_edit.text().split()) or None, "test_error_below": self.test_spin.value()}
        return Goal(**{key: values[key] for key, check in self.asked.items() if check.isChecked()})

    def lesson(self) -> Lesson | None:
        title = self.title_edit.text().strip()
        goal = self.goal()
        if not title or goal.is_empty():
            return None
        steps = [s.strip() for s in re.split(r"^[ \t]*---[ \t]*$", self.steps_edit.toPlainText(), flags=re.MULTILINE)]
        hints = [h.strip() for h in self.hints_edit.toPlainText().splitlines() if h.strip()]
        return Lesson(title, steps=tuple(s for s in steps if s), goal=goal,
                      locks=tuple(c for c, box in self.lock_checks.items() if box.isChecked()),
                      hides=tuple(c for c, box in self.hide_checks.items() if box.isChecked()), hints=tuple(hints))

    def set_lesson(self, lesson: Lesson) -> None:
        self.title_edit.setText(lesson.title)
        self.steps_edit.setPlainText(f"\n{STEP_SEPARATOR}\n".join(lesson.steps))
        self.hints_edit.setPlainText("\n".join(lesson.hints))
        goal = lesson.goal
        for key, check in self.asked.items():
            check.setChecked(getattr(goal, key) is not None)
        if goal.converged is not None:
            self.converged_combo.setCurrentIndex(0 if goal.converged else 1)
        for value, setter in ((goal.all_correct_margin, self.margin_spin.setValue),
                              (goal.within_epochs, self.within_spin.setValue),
                              (goal.max_hidden, self.hidden_spin.setValue),
                              (goal.test_error_below, self.test_spin.setValue),
                              (goal.method, self._choose_method), (goal.gate, self.gate_edit.setText)):
            if value is not None:
                setter(value)
        for value, spins in ((goal.eta, self.eta_spins), (goal.alpha, self.alpha_spins)):
            if value is not None:
                spins[0].setValue(value[0])
                spins[1].setValue(value[1])
        for control in CONTROLS:
            self.lock_checks[control].setChecked(control in lesson.locks)
            self.hide_checks[control].setChecked(control in lesson.hides)

    def _choose_method(self, key: str) -> None:
        self.method_combo.setCurrentIndex(max(0, self.method_combo.findData(key)))

    def _check(self) -> None:
        title, goal = self.title_edit.text().strip(), self.goal()
        problem = (self.tr("Give the lesson a title") if not title
                   else self.tr("Tick at least one condition of the goal") if goal.is_empty() else "")
        self.message.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not problem)


def _pair(low: QWidget, high: QWidget) -> QWidget:
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(low)
    row.addWidget(QLabel(translate("LessonDialog", "to")))
    row.addWidget(high)
    return box


def _name(field: QWidget, label: str) -> None:
    """Name a goal's value field after its tick box (a screen reader reads "η from … to, from" for a range)."""
    label = label.replace("&", "")
    spins = field.findChildren(QDoubleSpinBox)
    if len(spins) == 2:
        spins[0].setAccessibleName(translate("LessonDialog", "{0}: from").format(label))
        spins[1].setAccessibleName(translate("LessonDialog", "{0}: to").format(label))
    else:
        field.setAccessibleName(label)


def _range(spins: tuple[QDoubleSpinBox, QDoubleSpinBox]) -> tuple[float, float]:
    low, high = spins[0].value(), spins[1].value()
    return (min(low, high), max(low, high))


def save_as_lesson(window: QMainWindow, start: Lesson | None = None, path: str | Path | None = None) -> bool:
    """Ask for the lesson (``start`` filled in), then for a file (unless ``path``), and write the window's project
    with it."""
    dialog = LessonDialog(window, start)
    if not window.files.exec_dialog(dialog):
        return False
    lesson = dialog.lesson()
    if lesson is None:
        return False
    if path is None:
        name, _ = QFileDialog.getSaveFileName(window, translate("LessonDialog", "Save as Lesson"), "",
                                              translate("LessonDialog", "nndesk lessons (*{0})").format(SUFFIX))
        if not name:
            return False
        path = name if name.endswith(SUFFIX) else name + SUFFIX
    try:
        save_project(as_lesson(window.document.project(), lesson), path)
    except ProjectError as exc:
        QMessageBox.warning(window, translate("LessonDialog", "Could not save the lesson"), str(exc))
        return False
    window.statusBar().showMessage(translate("LessonDialog", "Saved the lesson {0}: open it with Help ▸ Lessons, "
                                             "grade with nndesk check FILE --lesson {0}").format(Path(path).name),
                                   10000)
    return True
