"""The lesson panel (issue 16): Help ▸ Lessons, a lesson's locks and live goal, ticks remembered, and a lesson a
teacher saves with File ▸ Save as Lesson… that reopens with its text, goal and locks and grades a student file."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDockWidget, QGroupBox, QListWidget

from nndesk import cli
from nndesk.project.lessons import builtin_lessons
from nndesk.project.presets import preset_project
from nndesk.project.project_file import load_project, save_project
from nndesk.ui.lesson_dialog import LessonDialog
from nndesk.ui.lesson_panel import LOCKED_NOTE, done_lessons

GREEN = "#1a7f37"


def open_lesson(window, name: str):
    window.findChild(type(window.lessons.action), "lessonsAction").trigger()
    panel = window.lessons.panel
    index = [b.name for b in panel.lessons].index(name)
    assert panel.open_index(index)
    return panel


def box_of(widget) -> QGroupBox:
    parent = widget.parentWidget()
    while not isinstance(parent, QGroupBox):
        parent = parent.parentWidget()
    return parent


def train_to_end(window, qtbot) -> None:
    with qtbot.waitSignal(window.trainingFinished, timeout=60_000):
        window.train()


def test_help_lessons_opens_the_dock_with_every_built_in_lesson(window) -> None:
    action = window.findChild(type(window.lessons.action), "lessonsAction")
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "Help")
    assert action in help_menu.actions()
    dock = window.findChild(QDockWidget, "lessonPanel")
    assert not dock.isVisible()
    action.trigger()
    assert dock.isVisible()
    listed = dock.findChild(QListWidget, "lessonList")
    assert listed.count() == len(builtin_lessons()) >= 8


def test_opening_a_lesson_loads_its_project_and_locks_with_a_visible_note(window) -> None:
    panel = open_lesson(window, "learning-rate")
    start = load_project(next(b.start for b in builtin_lessons() if b.name == "learning-rate"))
    assert window.document.table == start.table and window.document.settings.eta == 0.05
    assert window.document.path is None  # the student's copy: a save never overwrites the lesson
    form = window.hyper_form
    assert not window.table_editor.isEnabled() and not window.topology_editor.isEnabled()
    assert not form.alpha_spin.isEnabled() and not form.seed_spin.isEnabled() and form.eta_spin.isEnabled()
    assert not window.new_weights_action.isEnabled()
    assert LOCKED_NOTE in box_of(window.table_editor).title() and LOCKED_NOTE in box_of(form.alpha_spin).title()
    assert LOCKED_NOTE in form.alpha_spin.toolTip()
    assert panel.lock_note.isVisible() and "α" in panel.lock_note.text()
    assert panel.title.text() == start.lesson.title and panel.step_label.text() == "Step 1 of 4"
    assert "η says how far" in panel.text.toPlainText()


def test_previous_next_and_hint(window) -> None:
    panel = open_lesson(window, "learning-rate")
    assert not panel.previous_button.isEnabled()
    panel.next_button.click()
    panel.next_button.click()
    assert panel.step_label.text() == "Step 3 of 4" and "η = 50" in panel.text.toPlainText()
    panel.previous_button.click()
    assert panel.step_label.text() == "Step 2 of 4"
    assert panel.hint_label.text() == ""
    panel.hint_button.click()
    assert "η = 1 converges" in panel.hint_label.text() and not panel.hint_button.isEnabled()  # its only hint


def test_the_goal_turns_green_as_the_student_reaches_it_and_the_tick_is_remembered(window, qtbot) -> None:
    panel = open_lesson(window, "learning-rate")
    assert not panel.grade.passed and "train to see" in panel.goal_label.text()
    assert "η 0.05 is below 0.1 to 5" in panel.goal_label.text()
    train_to_end(window, qtbot)  # η 0.05: stops at the epoch limit
    assert not panel.grade.passed and "not converged within 15,000" in panel.goal_label.text()
    assert not window.table_editor.isEnabled() and not window.hyper_form.seed_spin.isEnabled()  # still locked
    seen = []
    window.document.trainingProgress.connect(lambda _p: seen.append(panel.progress_label.text()))  # after the panel
    window.hyper_form.eta_spin.setValue(1.0)
    window.reset()
    assert "η 1 is in 0.1 to 5" in panel.goal_label.text()
    train_to_end(window, qtbot)
    assert panel.grade.passed and "Goal reached" in panel.goal_label.text()
    assert seen and all(t.startswith("Training: epoch ") and "of at most 15,000" in t for t in seen)
    assert panel.progress_label.text() == ""  # the run ended: the goal says the rest
    assert panel.goal_label.text().count(GREEN) == len(panel.grade.conditions) + 1
    assert "learning-rate" in done_lessons()
    item = panel.list.item([b.name for b in panel.lessons].index("learning-rate"))
    assert item.checkState().name == "Checked"


def test_leaving_gives_every_control_back(window) -> None:
    form = window.hyper_form
    title, tip = box_of(form.alpha_spin).title(), form.eta_spin.toolTip()
    assert "Learning rate" in tip
    panel = open_lesson(window, "momentum")
    assert not form.eta_spin.isEnabled()
    panel.leave_button.click()
    assert window.table_editor.isEnabled() and window.topology_editor.isEnabled()
    assert form.eta_spin.isEnabled() and form.seed_spin.isEnabled() and window.new_weights_action.isEnabled()
    assert box_of(form.alpha_spin).title() == title and form.eta_spin.toolTip() == tip
    assert panel.title.text() == "No lesson open" and panel.lock_note.text() == ""


def fill_dialog_then(fill) -> None:
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, LessonDialog):
            fill(dialog)
        else:
            QTimer.singleShot(10, answer)

    QTimer.singleShot(0, answer)


def test_a_lesson_saved_from_the_window_reopens_with_text_goal_and_locks_and_grades(window, qtbot, tmp_path,
                                                                                     capsys) -> None:
    window.files.show_project(preset_project("OR"))  # 2-2-1: a teacher's starting network
    path = tmp_path / "or-lesson.nndesk"

    def fill(dialog: LessonDialog) -> None:
        assert not dialog.buttons.button(dialog.buttons.StandardButton.Save).isEnabled()  # no title, no goal
        dialog.title_edit.setText("One neuron learns OR")
        dialog.steps_edit.setPlainText("Remove the **hidden layer**.\n---\nPress **Train**.")
        dialog.asked["converged"].setChecked(True)
        dialog.asked["max_hidden"].setChecked(True)
        dialog.hidden_spin.setValue(0)
        dialog.lock_checks["table"].setChecked(True)
        dialog.lock_checks["eta"].setChecked(True)
        dialog.hide_checks["seed"].setChecked(True)
        dialog.hints_edit.setPlainText("The minus button.\n\nAny seed works.")
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    fill_dialog_then(fill)
    assert window.lessons.save_as_lesson(path)
    saved = load_project(path)
    assert saved.lesson.steps == ("Remove the **hidden layer**.", "Press **Train**.")
    assert saved.lesson.hints == ("The minus button.", "Any seed works.")
    assert saved.lesson.goal.max_hidden == 0 and saved.lesson.goal.converged is True
    assert saved.lesson.locks == ("table", "eta") and saved.lesson.hides == ("seed",)

    window.files.show_project(preset_project("AND"))
    panel = window.lessons.panel
    assert panel.open_file(path)
    assert window.document.table == preset_project("OR").table and window.document.topology == (2, 2, 1)
    assert panel.title.text() == "One neuron learns OR" and "Remove the hidden layer" in panel.text.toPlainText()
    assert "hidden neuron" in panel.goal_label.text()
    form = window.hyper_form
    assert not form.eta_spin.isEnabled() and not window.table_editor.isEnabled()
    assert not form.seed_spin.isVisible() and not form.new_seed_button.isVisible()
    panel.leave()
    assert form.seed_spin.isVisible() and form.eta_spin.isEnabled()

    student = tmp_path / "student.nndesk"
    save_project(replace(saved, lesson=None, topology=(2, 1), activations=("sigmoid",)), student)
    assert cli.main(["check", str(student), "--lesson", str(path)]) == 0
    assert cli.main(["check", str(path), "--lesson", str(path)]) == 1  # the start itself: 2 hidden neurons
    out = capsys.readouterr().out
    assert "NOT  max_hidden: 2 hidden neurons: 2 more than the 0 allowed" in out


def test_the_dialog_starts_from_the_open_lesson(qtbot) -> None:
    start = load_project(builtin_lessons()[0].start).lesson
    dialog = LessonDialog(None, start)
    qtbot.addWidget(dialog)
    assert dialog.lesson() == start
    dialog.steps_edit.setPlainText("One\n---  \nTwo\n---")  # a separator with spaces after it, one at the end
    assert dialog.lesson().steps == ("One", "Two")


def test_file_open_of_a_lesson_file_starts_the_lesson_as_an_untitled_copy(window) -> None:
    lesson = next(b for b in builtin_lessons() if b.name == "seeds")
    assert window.files.open_project(lesson.start)
    panel = window.lessons.panel
    assert panel.title.text() == "Seeds and stuck networks" and window.document.path is None
    assert window.findChild(QDockWidget, "lessonPanel").isVisible()
    assert not window.topology_editor.isEnabled()


def test_the_held_out_goal_is_live_in_the_window_too(window, qtbot) -> None:
    panel = open_lesson(window, "held-out")
    solution = load_project(next(b.solution for b in builtin_lessons() if b.name == "held-out"))
    window.files.show_project(solution)  # the student's file, with row 5 held out
    train_to_end(window, qtbot)
    assert panel.grade.passed, panel.goal_label.text()
    assert "test error 0.02" in panel.goal_label.text()


def test_a_hidden_stop_rule_comes_back_with_only_its_own_row(window, qtbot, tmp_path) -> None:
    form = window.hyper_form
    assert form.target_spin.isVisible() and not form.margin_spin.isVisible()  # the demo stops on the error
    path = tmp_path / "hidden.nndesk"
    fill_dialog_then(lambda d: (d.title_edit.setText("Hidden rule"), d.asked["converged"].setChecked(True),
                                d.hide_checks["stop_rule"].setChecked(True),
                                d.buttons.button(d.buttons.StandardButton.Save).click()))
    assert window.lessons.save_as_lesson(path)
    panel = window.lessons.panel
    assert panel.open_file(path)
    hidden = (form.stop_combo, form.target_spin, form.margin_spin, form.max_epochs_spin)
    assert not any(w.isVisible() for w in hidden)
    window.step()
    window.reset()
    assert not any(w.isVisible() for w in hidden)
    panel.leave()
    assert form.stop_combo.isVisible() and form.target_spin.isVisible() and form.max_epochs_spin.isVisible()
    assert not form.margin_spin.isVisible()
