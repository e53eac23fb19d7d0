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

from nndesk.project.lesson_file import CONTROLS, GOAL_KEYS, METHODS, Goal, Lesson
from nndesk.project.lessons import as_lesson
from nndesk.project.project_file import SUFFIX, ProjectError, save_project
from nndesk.ui.appearance import tone_label

STEP_SEPARATOR = "---"
GOAL_LABELS = {"converged": "Training", "all_correct_margin": "All rows right by", "within_epochs": "Within epochs",
               "method": "Method", "eta": "η from … to", "alpha": "α from … to", "max_hidden": "At most hidden neurons",
               "gate": "A hidden neuron computes", "test_error_below": "Test error below"}
CONTROL_LABELS = {"table": "Table", "network": "Network", "eta": "η", "alpha": "α", "seed": "Seed",
                  "stop_rule": "Stop rule"}


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
        self.setWindowTitle("Save as Lesson")
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("lessonTitleEdit")
        self.title_edit.setPlaceholderText("One neuron learns AND")
        self.steps_edit = QPlainTextEdit()
        self.steps_edit.setObjectName("lessonStepsEdit")
        self.steps_edit.setMinimumHeight(150)
        self.steps_edit.setPlaceholderText(f"What to do, what to look at (Markdown). A line {STEP_SEPARATOR} "
                                           "starts the next step.")
        self.hints_edit = QPlainTextEdit()
        self.hints_edit.setObjectName("lessonHintsEdit")
        self.hints_edit.setPlaceholderText("One hint a line")
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
        form.addRow("Title", self.title_edit)
        form.addRow("Steps", self.steps_edit)
        form.addRow("Hints", self.hints_edit)
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
        self.goal_box = QGroupBox("Goal: tick what the project must do after training from its seed")
        self.converged_combo = QComboBox()
        self.converged_combo.addItems(["converges", "does not converge"])
        self.margin_spin = _spin(0, 0.49, 3, 0.1)
        self.within_spin = QSpinBox()
        self.within_spin.setRange(1, 2_000_000_000)
        self.within_spin.setGroupSeparatorShown(True)
        self.within_spin.setValue(100_000)
        self.method_combo = QComboBox()
        self.method_combo.addItems(METHODS)
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
            check = QCheckBox(GOAL_LABELS[key])
            check.setObjectName(f"goal_{key}")
            self.asked[key] = check
            fields[key].setObjectName(f"goalValue_{key}")
            grid.addWidget(check, k // 2, (k % 2) * 2)
            grid.addWidget(fields[key], k // 2, (k % 2) * 2 + 1)

    def _build_controls(self) -> None:
        self.controls_box = QGroupBox("Controls the student may not change")
        grid = QGridLayout(self.controls_box)
        self.lock_checks: dict[str, QCheckBox] = {}
        self.hide_checks: dict[str, QCheckBox] = {}
        for k, control in enumerate(CONTROLS):
            grid.addWidget(QLabel(CONTROL_LABELS[control]), 0, k)
            lock, hide = QCheckBox("lock"), QCheckBox("hide")
            lock.setObjectName(f"lock_{control}")
            hide.setObjectName(f"hide_{control}")
            self.lock_checks[control], self.hide_checks[control] = lock, hide
            grid.addWidget(lock, 1, k)
            grid.addWidget(hide, 2, k)

    # --- values -------------------------------------------------------------------------------------------
    def goal(self) -> Goal:
        values = {
            "converged": self.converged_combo.currentIndex() == 0, "all_correct_margin": self.margin_spin.value(),
            "within_epochs": self.within_spin.value(), "method": self.method_combo.currentText(),
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
                              (goal.method, self.method_combo.setCurrentText), (goal.gate, self.gate_edit.setText)):
            if value is not None:
                setter(value)
        for value, spins in ((goal.eta, self.eta_spins), (goal.alpha, self.alpha_spins)):
            if value is not None:
                spins[0].setValue(value[0])
                spins[1].setValue(value[1])
        for control in CONTROLS:
            self.lock_checks[control].setChecked(control in lesson.locks)
            self.hide_checks[control].setChecked(control in lesson.hides)

    def _check(self) -> None:
        title, goal = self.title_edit.text().strip(), self.goal()
        problem = ("Give the lesson a title" if not title
                   else "Tick at least one condition of the goal" if goal.is_empty() else "")
        self.message.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not problem)


def _pair(low: QWidget, high: QWidget) -> QWidget:
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(low)
    row.addWidget(QLabel("to"))
    row.addWidget(high)
    return box


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
        name, _ = QFileDialog.getSaveFileName(window, "Save as Lesson", "", f"nndesk lessons (*{SUFFIX})")
        if not name:
            return False
        path = name if name.endswith(SUFFIX) else name + SUFFIX
    try:
        save_project(as_lesson(window.document.project(), lesson), path)
    except ProjectError as exc:
        QMessageBox.warning(window, "Could not save the lesson", str(exc))
        return False
    window.statusBar().showMessage(f"Saved the lesson {Path(path).name}: open it with Help ▸ Lessons, "
                                   f"grade with nndesk check FILE --lesson {Path(path).name}", 10000)
    return True
