"""Help ▸ Lessons: a dock with the built-in lessons, the current step, the goal's live state and the lesson's locks.

:func:`install_lessons` adds the action ``lessonsAction`` (Help ▸ Lessons) and File ▸ Save as Lesson… to a main
window, and the dock ``lessonPanel``. Opening a lesson loads its project (untitled: the student's copy) and locks
or hides the controls it names (:class:`LessonLocks`), each with a visible "locked by this lesson" note; Leave
gives them back. The goal is graded on the window's own network whenever the project changes or a training run
ends (:func:`nndesk.project.lessons.grade_trained`); a lesson whose goal is met gets a tick, remembered in the
settings.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from nndesk.engine import TrainResult
from nndesk.i18n import QT_TRANSLATE_NOOP, translate
from nndesk.lesson_words import condition_text, refusal, shown_lesson
from nndesk.project.dataset_presets import network_view
from nndesk.project.lesson_file import Lesson
from nndesk.project.lessons import BuiltinLesson, Grade, builtin_lessons, grade_trained
from nndesk.project.project_file import SUFFIX, Project, ProjectError, load_project
from nndesk.ui.appearance import find_menu, tone_label
from nndesk.ui.settings import open_settings

DONE_KEY = "lessons/done"
LOCKED_NOTE = "locked by this lesson"  # in English; the window shows it translated (locked_note())
CONTROL_WORDS = {"table": QT_TRANSLATE_NOOP("LessonPanel", "the table"),
                 "network": QT_TRANSLATE_NOOP("LessonPanel", "the network"), "eta": "η", "alpha": "α",
                 "seed": QT_TRANSLATE_NOOP("LessonPanel", "the seed"),
                 "stop_rule": QT_TRANSLATE_NOOP("LessonPanel", "the stop rule")}


def locked_note() -> str:
    """ "locked by this lesson" in the user's language."""
    return translate("LessonPanel", "locked by this lesson")


def control_word(control: str) -> str:
    """A control of :data:`nndesk.project.lesson_file.CONTROLS` in words: "the table", "η"..."""
    return translate("LessonPanel", CONTROL_WORDS[control])


def done_lessons() -> set[str]:
    """The names of the lessons whose goal a student has met (remembered in the settings)."""
    value = open_settings().value(DONE_KEY, [])
    if isinstance(value, str):
        value = [value]
    return {v for v in value if isinstance(v, str)} if isinstance(value, list) else set()


def mark_done(name: str) -> None:
    settings = open_settings()
    settings.setValue(DONE_KEY, sorted(done_lessons() | {name}))
    settings.sync()


class LessonLocks:
    """Locks and hides a window's controls for a lesson, and gives them back as they were."""

    def __init__(self, window: QMainWindow) -> None:
        self.window = window
        self.locked: tuple[str, ...] = ()
        self.hidden: tuple[str, ...] = ()
        self._titles: dict[QGroupBox, str] = {}
        self._tips: dict[QWidget, str] = {}  # each locked widget's own tooltip, given back on release

    def widgets(self, control: str) -> list[QWidget]:
        """The widgets of one control of :data:`nndesk.project.lesson_file.CONTROLS`."""
        w, form = self.window, self.window.hyper_form
        return {"table": [w.table_editor], "network": [w.topology_editor], "eta": [form.eta_spin],
                "alpha": [form.alpha_spin], "seed": [form.seed_spin, form.new_seed_button],
                "stop_rule": [form.stop_combo, form.target_spin, form.margin_spin, form.max_epochs_spin]}[control]

    def apply(self, locks: tuple[str, ...], hides: tuple[str, ...]) -> None:
        self.release()
        self.locked, self.hidden = locks, hides
        self.reapply()
        boxes: dict[QGroupBox, list[str]] = {}
        for control in locks + hides:
            box = self._box(self.widgets(control)[0])
            if box is not None:
                boxes.setdefault(box, []).append(control_word(control))
        for box, words in boxes.items():
            self._titles[box] = box.title()
            box.setTitle(translate("LessonPanel", "{0} — {1} locked by this lesson").format(box.title(),
                                                                                          ", ".join(words)))

    def reapply(self) -> None:
        """Lock and hide again what the window enabled or showed (it enables its editors whenever training stops,
        and shows the stop rule's rows when its settings are shown)."""
        for control in self.hidden:
            for widget in self.widgets(control):
                self._set_shown(widget, False)
        for control in self.locked:
            for widget in self.widgets(control):
                widget.setEnabled(False)
                self._tips.setdefault(widget, widget.toolTip())
                word = control_word(control)
                widget.setToolTip(translate("LessonPanel", "{0} is locked by this lesson").format(
                    word[:1].upper() + word[1:]))
        self.window.new_weights_action.setEnabled("seed" not in self.locked)

    def release(self) -> None:
        for control in self.locked:
            for widget in self.widgets(control):
                widget.setEnabled(True)
                widget.setToolTip(self._tips.pop(widget, ""))
        for control in self.hidden:
            for widget in self.widgets(control):
                self._set_shown(widget, True)
        for box, title in self._titles.items():
            box.setTitle(title)
        self._titles.clear()
        if "stop_rule" in self.hidden:  # the form shows the target's or the margin's row, by the rule
            form = self.window.hyper_form
            form.set_values(form.values())
        self.locked, self.hidden = (), ()
        self.window.new_weights_action.setEnabled(True)
        self.window.document.stateChanged.emit(self.window.document.state)  # the window sets its controls again

    def _set_shown(self, widget: QWidget, shown: bool) -> None:
        widget.setVisible(shown)
        layout = widget.parentWidget().layout() if widget.parentWidget() is not None else None
        label = layout.labelForField(widget) if isinstance(layout, QFormLayout) else None
        if label is None and widget is self.window.hyper_form.seed_spin:  # the seed sits in a row with New
            row = widget.parentWidget()
            row.setVisible(shown)
            parent_layout = row.parentWidget().layout()
            label = parent_layout.labelForField(row) if isinstance(parent_layout, QFormLayout) else None
        if label is not None:
            label.setVisible(shown)
        box = self._box(widget)
        if box is not None and widget in (self.window.table_editor, self.window.topology_editor):
            box.setVisible(shown)

    @staticmethod
    def _box(widget: QWidget) -> QGroupBox | None:
        parent = widget.parentWidget()
        while parent is not None and not isinstance(parent, QGroupBox):
            parent = parent.parentWidget()
        return parent


class LessonPanel(QWidget):
    """The dock's contents: the list with ticks, the step text, the goal's state, Previous / Next / Hint."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__()
        self.window_ = window
        self.document = window.document
        self.locks = LessonLocks(window)
        self.lessons: list[BuiltinLesson] = builtin_lessons()
        self.project: Project | None = None  # the lesson's own project, while a lesson is open
        self.name = ""
        self.step = 0
        self.hints_shown = 0
        self.result: TrainResult | None = None
        self.grade: Grade | None = None
        self._opening = False
        self.dock_request = lambda: None  # shows the dock (set by Lessons)
        self._build()
        self._connect()
        self.show_lesson()

    # --- construction -------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.list = QListWidget()
        self.list.setObjectName("lessonList")
        self.list.setAccessibleName(self.tr("Lessons"))
        self.list.setMaximumHeight(120)
        self.list.setWordWrap(True)  # long titles (German ones) wrap in the dock's width rather than being cut
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.open_button = self._button(self.tr("Open"), "openLessonButton", self.tr(
            "Open the chosen lesson: its project replaces the current one"),
            lambda: self.open_index(self.list.currentRow()))
        self.file_button = self._button(self.tr("Open File…"), "openLessonFileButton", self.tr(
            "Open a lesson file of your own (File ▸ Save as Lesson… writes one)"), self.open_other_file)
        self.leave_button = self._button(self.tr("Leave"), "leaveLessonButton", self.tr(
            "Leave the lesson: every control comes back"), self.leave)
        self.title = QLabel()
        self.title.setObjectName("lessonTitle")
        self.title.setAccessibleName(self.tr("Lesson"))
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.step_label = QLabel()
        self.step_label.setObjectName("lessonStepLabel")
        self.step_label.setWordWrap(True)
        self.text = QTextBrowser()
        self.text.setObjectName("lessonStepText")
        self.text.setAccessibleName(self.tr("Step"))
        self.text.setOpenExternalLinks(False)
        self.text.setMinimumHeight(80)
        self.text.setMaximumHeight(170)
        self.previous_button = self._button(self.tr("Previous"), "lessonPrevious", self.tr("The previous step"),
                                            lambda: self.go(-1))
        self.next_button = self._button(self.tr("Next"), "lessonNext", self.tr("The next step"), lambda: self.go(1))
        self.hint_button = self._button(self.tr("Hint"), "lessonHint", self.tr("Show a hint"), self.show_hint)
        self.hint_label = self._label("lessonHintText")
        self.goal_label = self._label("lessonGoalState")
        self.goal_label.setTextFormat(Qt.TextFormat.RichText)
        self.progress_label = self._label("lessonProgress")
        self.lock_note = self._label("lessonLockNote")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.list)
        layout.addLayout(_row(self.open_button, self.file_button, self.leave_button))
        layout.addWidget(self.title)
        layout.addWidget(self.step_label)
        layout.addWidget(self.text)
        layout.addLayout(_row(self.previous_button, self.next_button, self.hint_button))
        layout.addWidget(self.hint_label)
        layout.addWidget(QLabel("<b>" + self.tr("Goal") + "</b>"))
        layout.addWidget(self.progress_label)
        layout.addWidget(self.goal_label)
        layout.addWidget(self.lock_note)
        layout.addStretch(1)
        self.fill_list()

    def _button(self, text: str, name: str, tip: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    @staticmethod
    def _label(name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        return label

    def _connect(self) -> None:
        doc = self.document
        for signal in (doc.settingsChanged, doc.networkChanged, doc.tableChanged):
            signal.connect(self._project_changed)
        doc.trainingFinished.connect(self._training_ended)
        doc.trainingPaused.connect(self._training_ended)
        doc.trainingProgress.connect(self._training_progress)
        doc.stateChanged.connect(self._state_changed)
        doc.pathChanged.connect(self._path_changed)
        self.list.itemActivated.connect(self._activated)

    def _activated(self, item: QListWidgetItem) -> None:
        self.open_index(self.list.row(item))

    def _state_changed(self, _state: object) -> None:
        if self.project is not None:
            self.locks.reapply()  # after the window enabled its editors again

    def fill_list(self) -> None:
        done = done_lessons()
        current = max(self.list.currentRow(), 0)
        self.list.clear()
        for k, lesson in enumerate(self.lessons, start=1):
            item = QListWidgetItem(f"{k}. {translate('LessonTexts', lesson.title)}")  # marked in lesson_texts.py
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Checked if lesson.name in done else Qt.CheckState.Unchecked)
            item.setToolTip(self.tr("Done: its goal was met") if lesson.name in done else self.tr("Not done yet"))
            self.list.addItem(item)
        self.list.setCurrentRow(current)

    # --- opening and leaving ------------------------------------------------------------------------------
    def open_index(self, index: int) -> bool:
        if not 0 <= index < len(self.lessons):
            return False
        lesson = self.lessons[index]
        self.list.setCurrentRow(index)
        return self.open_file(lesson.start, lesson.name)

    def open_file(self, path: str | Path, name: str | None = None) -> bool:
        """Open the lesson in ``path``: its project in the window (untitled), its locks and its first step."""
        files = self.window_.files
        try:
            project = load_project(path)
        except ProjectError as exc:
            self.window_.statusBar().showMessage(refusal(str(exc)), 10000)
            return False
        if project.lesson is None:
            self.window_.statusBar().showMessage(self.tr("{0} is a project, not a lesson").format(Path(path).name),
                                                 10000)
            return False
        if files.cannot_show(project) or not files.may_discard_changes():
            return False
        self._opening = True
        try:
            files.show_project(project)
            self.document.set_path(None)  # the student's copy: a save never overwrites the lesson
        finally:
            self._opening = False
        self.start(project, name or Path(path).name)
        return True

    def start(self, project: Project, name: str) -> None:
        """Begin the lesson of ``project``, already shown in the window: its first step, its locks, its goal."""
        self.locks.release()
        self.project, self.name = project, name
        self.step, self.hints_shown, self.result = 0, 0, None
        self.locks.apply(project.lesson.locks, project.lesson.hides)
        self.show_lesson()
        self.window_.statusBar().showMessage(self.tr("Lesson: {0}").format(shown_lesson(project.lesson).title), 8000)

    def _path_changed(self) -> None:
        """A lesson file opened with File ▸ Open (or dropped) starts its lesson, as the student's untitled copy:
        saving over it would drop the lesson, which the window does not keep."""
        path = self.document.path
        if path is None or self._opening:
            return
        try:
            project = load_project(path)
        except ProjectError:
            return
        if project.lesson is not None:
            self.document.set_path(None)
            self.start(project, path.name)
            self.dock_request()

    def open_other_file(self) -> bool:
        """Open…: a lesson file of one's own (one a teacher saved with File ▸ Save as Lesson…)."""
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open a lesson"), "",
                                              self.tr("nndesk lessons (*{0})").format(SUFFIX))
        return bool(name) and self.open_file(name)

    def leave(self) -> None:
        self.locks.release()
        self.project, self.name, self.grade = None, "", None
        self.show_lesson()

    @property
    def lesson(self) -> Lesson | None:
        return None if self.project is None else self.project.lesson

    # --- showing ------------------------------------------------------------------------------------------
    @property
    def shown(self) -> Lesson | None:
        """The open lesson as the panel shows it: a built-in lesson's words in the user's language."""
        return None if self.project is None else shown_lesson(self.project.lesson)

    def show_lesson(self) -> None:
        lesson = self.shown
        active = lesson is not None
        for w in (self.leave_button, self.previous_button, self.next_button, self.hint_button):
            w.setEnabled(active)
        if not active:
            self.title.setText(self.tr("No lesson open"))
            self.step_label.setText("")
            self.text.setMarkdown(self.tr("Choose a lesson above and press **Open**. Each lesson loads a project, "
                                          "asks you to change something, and checks your work as you train."))
            self.goal_label.setText("")
            self.hint_label.setText("")
            self.lock_note.setText("")
            return
        self.title.setText(lesson.title)
        self.show_step()
        self.hint_label.setText("\n".join(self.tr("Hint: {0}").format(h) for h in lesson.hints[: self.hints_shown]))
        self.hint_button.setEnabled(self.hints_shown < len(lesson.hints))
        words = [control_word(c) for c in lesson.locks] + [self.tr("{0} (hidden)").format(control_word(c))
                                                           for c in lesson.hides]
        self.lock_note.setText(self.tr("Locked by this lesson: {0}.").format(", ".join(words)) if words else "")
        self.update_goal()

    def show_step(self) -> None:
        steps = self.shown.steps or ("",)
        self.step = max(0, min(self.step, len(steps) - 1))
        self.step_label.setText(self.tr("Step {0} of {1}").format(self.step + 1, len(steps)))
        self.text.setMarkdown(steps[self.step])
        self.previous_button.setEnabled(self.step > 0)
        self.next_button.setEnabled(self.step < len(steps) - 1)

    def go(self, delta: int) -> None:
        if self.lesson is not None:
            self.step += delta
            self.show_step()

    def show_hint(self) -> None:
        if self.lesson is not None and self.hints_shown < len(self.lesson.hints):
            self.hints_shown += 1
            self.show_lesson()

    # --- the goal -----------------------------------------------------------------------------------------
    def _project_changed(self) -> None:
        if self.document.is_training():
            return  # a run's own signals; its end grades it
        self.result = None
        self.update_goal()

    def _training_progress(self, progress: object) -> None:
        """While training: the epoch and error so far against the goal (at most ~15 times a second)."""
        if self.lesson is None or not len(progress.errors):
            return
        limit = self.lesson.goal.within_epochs
        error = float(progress.errors[-1])
        target = self.document.settings.target_error
        epoch, error, target = f"{progress.epoch:,}", f"{error:.4g}", f"{target:g}"
        late = limit is not None and progress.epoch > limit
        if limit is None:
            text = self.tr("Training: epoch {0}, error {1} (target {2})").format(epoch, error, target)
        elif late:
            text = self.tr("Training: epoch {0} of at most {1} for the goal, error {2} (target {3}): past the goal's "
                           "epochs").format(epoch, f"{limit:,}", error, target)
        else:
            text = self.tr("Training: epoch {0} of at most {1} for the goal, error {2} (target {3})").format(
                epoch, f"{limit:,}", error, target)
        self.progress_label.setText(text)
        tone_label(self.progress_label, "wrong" if late else "busy")

    def _training_ended(self, result: TrainResult) -> None:
        self.progress_label.setText("")
        self.result = result
        self.update_goal()

    def update_goal(self) -> None:
        """Grade the window's project and network against the goal and show each condition (green when met)."""
        if self.lesson is None or self.document.is_training():
            return
        project = network_view(self.document.project())  # graded on what the network sees (its features)
        lesson_project = network_view(self.project) if self.project is not None else None
        self.grade = grade_trained(project, self.lesson, self.document.network, self.result, lesson_project)
        lines = []
        for c in self.grade.conditions:
            colour = "#1a7f37" if c.met else "#b35900"
            lines.append(f"<span style='color:{colour}'>{'✔' if c.met else '✘'} {_escape(condition_text(c))}</span>")
        if self.grade.passed:
            lines.append("<b style='color:#1a7f37'>{}</b>".format(_escape(self.tr("Goal reached: well done!"))))
        self.goal_label.setText("<br>".join(lines))
        tone_label(self.goal_label, "ok" if self.grade.passed else None)
        if self.grade.passed and self.name and self.name not in done_lessons():
            mark_done(self.name)
            self.fill_list()


def _row(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    for w in widgets:
        row.addWidget(w)
    return row


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class Lessons(QObject):
    """What :func:`install_lessons` adds to a window: the dock, its panel and the two actions."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("lessons")
        self.window_ = window
        self.panel = LessonPanel(window)
        self.dock = QDockWidget(self.tr("Lessons"), window)
        self.dock.setObjectName("lessonPanel")
        self.dock.setWidget(self.panel)
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.dock)
        self.dock.hide()
        self.panel.dock_request = self.show_panel
        self.action = QAction(self.tr("&Lessons"), window)
        self.action.setObjectName("lessonsAction")
        self.action.setStatusTip(self.tr("Guided lessons that check your work as you train"))
        self.action.triggered.connect(self.show_panel)
        self.save_action = QAction(self.tr("Save as &Lesson…"), window)
        self.save_action.setObjectName("saveAsLessonAction")
        self.save_action.setStatusTip(self.tr("Save this project as a lesson: its text, goal, locked controls and "
                                              "hints"))
        self.save_action.triggered.connect(lambda: self.save_as_lesson())
        _menu(window, "Help").insertAction(_menu(window, "Help").actions()[0], self.action)
        file_menu = _menu(window, "File")
        after = window.save_as_action
        actions = file_menu.actions()
        file_menu.insertAction(actions[actions.index(after) + 1], self.save_action)

    def show_panel(self) -> None:
        self.dock.show()
        self.dock.raise_()
        self.window_.resizeDocks([self.dock], [330], Qt.Orientation.Horizontal)

    def save_as_lesson(self, path: str | Path | None = None) -> bool:
        """File ▸ Save as Lesson…: ask for the lesson's text, goal, locks and hints (the open lesson's to start
        with), then a file name (unless ``path``)."""
        from nndesk.ui.lesson_dialog import save_as_lesson  # a dialog: loaded when first asked for

        return save_as_lesson(self.window_, self.panel.shown, path)  # a teacher edits the words the panel shows


def _menu(window: QMainWindow, title: str) -> QMenu:
    """The menu bar's ``title`` menu (found in the user's language), made when the window has none."""
    source = f"&{title}"  # marked in main_window.py: the menu bar shows it translated
    return find_menu(window, title) or window.menuBar().addMenu(translate("MainWindow", source))


def install_lessons(window: QMainWindow) -> Lessons:
    """Add Help ▸ Lessons, File ▸ Save as Lesson… and the lesson dock to ``window`` (once)."""
    existing = window.findChild(Lessons, "lessons")
    return existing if existing is not None else Lessons(window)
