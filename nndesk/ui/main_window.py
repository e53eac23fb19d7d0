"""The main window of nndesk: it lays out the editors, the live error plot, predictions and the actions.

What the user works on lives in the window's :class:`~nndesk.ui.document.Document` (``window.document``):
the editors send their edits to it, and the window shows what it signals. File commands live in
:class:`~nndesk.ui.project_actions.ProjectActions` (``window.files``), autosave in
:class:`~nndesk.ui.autosave.Autosaver`; both talk to the document.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence, QShowEvent, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMessageBox, QSplitter, QStyle, QVBoxLayout, QWidget

from nndesk.assets import app_icon
from nndesk.engine import Network
from nndesk.ui import settings as stored
from nndesk.ui import window_parts as parts
from nndesk.ui.appearance import install_appearance, tone_label
from nndesk.ui.autosave import Autosaver
from nndesk.ui.bindings import EditorsBinding, TrainingDisplay
from nndesk.ui.dataset_panel import install_datasets
from nndesk.ui.document import Document
from nndesk.ui.error_plot import ErrorPlot
from nndesk.ui.guide import install_guide
from nndesk.ui.hyperparameters import HyperparameterForm, random_seed
from nndesk.ui.insight import install_insight
from nndesk.ui.keyboard import install_keyboard
from nndesk.ui.lesson_panel import install_lessons
from nndesk.ui.predict_panel import PredictPanel
from nndesk.ui.project_actions import ProjectActions
from nndesk.ui.settings import Session, open_settings
from nndesk.ui.table_editor import TableEditor
from nndesk.ui.topology_editor import TopologyEditor
from nndesk.ui.training_worker import TrainingProgress
from nndesk.ui.window_layout import install_layout, scrolling_column
from nndesk.ui.window_parts import add_training_toolbar, group, install_methods, make_action, status_label
from nndesk.ui.window_state import State

__all__ = ["MainWindow", "State"]

# The File and Table commands, offered by the window under these names (``window.save`` is ``window.files.save``).
FILE_COMMANDS = ("new_project", "open_project", "save", "save_as", "project", "project_path", "cannot_show",
                 "show_project", "may_discard_changes", "ask_about_unsaved_changes", "offer_recovery",
                 "quit_requested", "exec_dialog", "table_from_expressions", "import_csv", "export_csv",
                 "export_python", "load_demo")


class MainWindow(QMainWindow):
    """The application window. ``MainWindow()`` opens on the article's demo (or the user's last session).

    Signals, all emitted in the GUI thread (the document's, passed on):

    - ``trainingFinished(TrainResult)`` when a training run ends for any reason other than a pause;
    - ``trainingProgress(TrainingProgress)`` for each batch of epochs the worker reports (at most ~15 a
      second), after the window has shown it; it carries a snapshot of the weights when views asked for one;
    - ``networkChanged()`` when the document holds a different network (new weights, a reset, a project).
    """

    trainingFinished = Signal(object)
    trainingProgress = Signal(object)
    networkChanged = Signal()

    def __init__(self, parent: QWidget | None = None, *, restore_session: bool = True) -> None:
        super().__init__(parent)
        self.setWindowTitle("nndesk")
        self.setObjectName("mainWindow")
        self.setWindowIcon(app_icon())
        self.document = Document(self)
        self.undo_stack = QUndoStack(self)
        self.files = ProjectActions(self.document, self, self.undo_stack)
        self.study_window: QWidget | None = None  # the Convergence Study, once opened
        self.autosaver = Autosaver(self.document, self)  # before anything marks the document modified
        self._build_widgets()
        self._build_actions()
        self._build_menus_and_toolbar()
        self._build_status_bar()
        self._connect()
        session = stored.load_session(open_settings()) if restore_session else Session()
        self._apply_session(session)
        self.insight, self.datasets = install_insight(self), install_datasets(self)  # docks: before the geometry
        install_appearance(self)  # View > Appearance (System, Light, Dark)
        self.methods = install_methods(self)  # the Method group, test rows, test error curve (issue 15)
        self.lessons = install_lessons(self)  # Help > Lessons, File > Save as Lesson…, the lesson dock
        install_guide(self)  # Help > User Guide (F1) and What's This, once every dock and group exists
        install_layout(self, restore=restore_session)  # the remembered layout, repaired; View > Reset Layout
        install_keyboard(self)  # Tab through every control, Ctrl+Tab between panes, mnemonics
        self.table_editor.model.set_undo_stack(self.undo_stack)
        self.undo_stack.clear()
        self.setAcceptDrops(True)
        self._show_path()
        self._update_controls()

    # ================================================================ construction
    def _build_widgets(self) -> None:
        self.table_editor = TableEditor()
        self.topology_editor = TopologyEditor()
        self.hyper_form = HyperparameterForm()
        self.error_plot = ErrorPlot()
        self.predict_panel = PredictPanel()
        left, right = QWidget(), QWidget()
        left_layout, right_layout = QVBoxLayout(left), QVBoxLayout(right)
        for layout in (left_layout, right_layout):
            layout.setContentsMargins(6, 6, 6, 6)
        left_layout.addWidget(group(self.tr("Training table"), self.table_editor), 3)
        left_layout.addWidget(group(self.tr("Network"), self.topology_editor), 0)
        left_layout.addWidget(group(self.tr("Training"), self.hyper_form), 0)
        right_layout.addWidget(self.error_plot, 1)
        right_layout.addWidget(self.predict_panel, 0)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(scrolling_column(left))  # a low window scrolls the editors, never squeezes the table
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([470, 810])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

    def _build_actions(self) -> None:
        keys, act = QKeySequence.StandardKey, lambda *a: make_action(self, *a)
        self.train_action = act(self.tr("Train"), self.tr("Train until a stop rule holds"), ["Ctrl+T", "F5"],
                                self.train, "trainAction")
        self._train_tip = self.train_action.toolTip()
        self.pause_action = act(self.tr("Pause"), self.tr("Pause training; Resume continues from the same epoch"),
                                ["Ctrl+P", "F6"], self.toggle_pause, "pauseAction")
        self.step_action = act(self.tr("Step"), self.tr("Train exactly one epoch"), ["Ctrl+E", "F10"], self.step,
                               "stepAction")
        self.reset_action = act(self.tr("Reset"), self.tr("Back to epoch 0 with the same initial weights"),
                                ["Ctrl+R"], self.reset, "resetAction")
        self.new_weights_action = act(self.tr("New weights"), self.tr("Draw fresh initial weights from a new "
                                      "random seed"), ["Ctrl+Shift+R"], self.new_weights, "newWeightsAction")
        self.log_action = act(self.tr("Log scale"), self.tr("Show the error axis on a logarithmic scale"),
                              ["Ctrl+L"], lambda on: self.error_plot.set_log_scale(on), "logAction")
        self.log_action.setCheckable(True)
        self.study_action = act(self.tr("Convergence &Study…"), self.tr("Train many initial weights of this network "
                                "at once: how often does it learn?"), ["Ctrl+Shift+T"], self.open_study, "studyAction")
        pixmaps = QStyle.StandardPixmap
        for action, icon in ((self.train_action, pixmaps.SP_MediaPlay), (self.pause_action, pixmaps.SP_MediaPause),
                             (self.step_action, pixmaps.SP_MediaSkipForward),
                             (self.reset_action, pixmaps.SP_MediaSkipBackward),
                             (self.new_weights_action, pixmaps.SP_BrowserReload)):
            action.setIcon(self.style().standardIcon(icon))
        files = self.files
        self.demo_action = act(self.tr("&New"), self.tr("Start a new project: the half adder of the article"),
                               [keys.New], files.new_project, "demoAction")
        self.open_action = act(self.tr("&Open…"), self.tr("Open a project file"), [keys.Open],
                               lambda: files.open_project(), "openAction")
        self.save_action = act(self.tr("&Save"), self.tr("Save the project: table, network, weights and error history"),
                               [keys.Save], files.save, "saveAction")
        self.save_as_action = act(self.tr("Save &As…"), self.tr("Save the project in a new file"), [keys.SaveAs],
                                  lambda: files.save_as(), "saveAsAction")
        self.export_python_action = act(self.tr("Export as &Python…"), self.tr("Write the trained network as a Python "
                                        "file that needs nothing but Python"), [], lambda: files.export_python(),
                                        "exportPythonAction")
        self.quit_action = act(self.tr("&Quit"), self.tr("Quit nndesk"), [keys.Quit], files.quit_requested,
                               "quitAction")
        self.undo_action = act(self.tr("&Undo"), self.tr("Undo the last change of the table or the network"),
                               [keys.Undo], self.undo, "undoAction")
        self.redo_action = act(self.tr("&Redo"), self.tr("Redo what was undone"), [keys.Redo], self.redo, "redoAction")
        # a bound method, not a lambda: Qt drops the connection when the window goes, before the stack does
        self.undo_stack.indexChanged.connect(self._update_undo_actions)
        self.expression_action = act(self.tr("From &Expressions…"), self.tr("Make the table from logic expressions "
                                     "such as S = A ^ B"), ["Ctrl+Shift+E"], files.table_from_expressions,
                                     "expressionAction")
        self.import_csv_action = act(self.tr("&Import CSV…"), self.tr("Read the table from a CSV file"), [],
                                     lambda: files.import_csv(), "importCsvAction")
        self.export_csv_action = act(self.tr("E&xport CSV…"), self.tr("Write the table to a CSV file"), [],
                                     lambda: files.export_csv(), "exportCsvAction")
        self.about_action = act(self.tr("&About nndesk"), self.tr("About nndesk"), [], self.show_about, "aboutAction")

    def _build_menus_and_toolbar(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([self.demo_action, self.open_action])
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.aboutToShow.connect(self.files.fill_recent_menu)
        self.files.fill_recent_menu()
        file_menu.addSeparator()
        file_menu.addActions([self.save_action, self.save_as_action, self.export_python_action])
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        bar.addMenu(self.tr("&Edit")).addActions([self.undo_action, self.redo_action])
        table_menu = bar.addMenu(self.tr("T&able"))
        table_menu.addAction(self.expression_action)
        table_menu.addSeparator()
        table_menu.addActions([self.import_csv_action, self.export_csv_action])
        train_menu = bar.addMenu(self.tr("&Training"))
        train_menu.addActions([self.train_action, self.pause_action, self.step_action])
        train_menu.addSeparator()
        train_menu.addActions([self.reset_action, self.new_weights_action])
        train_menu.addSeparator()
        train_menu.addAction(self.study_action)
        bar.addMenu(self.tr("&View")).addAction(self.log_action)
        bar.addMenu(self.tr("&Help")).addAction(self.about_action)
        self.toolbar = add_training_toolbar(
            self, [(self.train_action, "trainButton"), (self.pause_action, "pauseButton"),
                   (self.step_action, "stepButton"), None, (self.reset_action, "resetButton"),
                   (self.new_weights_action, "newWeightsButton"), None, (self.log_action, "logScaleButton")],
            [(self.train_action, (self.tr("Train"), self.tr("Continue"))),
             (self.pause_action, (self.tr("Pause"), self.tr("Resume")))], self.train_action)

    def _build_status_bar(self) -> None:
        self.state_label = status_label("stateLabel", self.tr("What the network is doing"), 80)
        self.epoch_label = status_label("epochLabel", self.tr("Epochs trained since the last reset"), 130)
        self.error_label = status_label("errorLabel", self.tr("The last epoch's error (sum over rows of the RMS "
                                        "output error)"), 120)
        self.rate_label = status_label("rateLabel", self.tr("Training speed"), 120)
        for label in (self.state_label, self.epoch_label, self.error_label, self.rate_label):
            self.statusBar().addPermanentWidget(label)

    def _connect(self) -> None:
        doc = self.document
        self.editors = EditorsBinding(doc, self.table_editor, self.topology_editor, self.hyper_form,
                                      self.undo_stack, self.statusBar().showMessage)
        self.display = TrainingDisplay(doc, self.error_plot, self.predict_panel, self.epoch_label,
                                       self.error_label, self.rate_label)
        self.table_editor.messageShown.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.error_plot.logScaleChanged.connect(self.log_action.setChecked)
        doc.networkChanged.connect(self.networkChanged)  # after the bindings: the views see the editors follow
        doc.stateChanged.connect(self._show_state)
        doc.modifiedChanged.connect(self.setWindowModified)
        doc.pathChanged.connect(self._show_path)
        doc.message.connect(lambda text, ms: self.statusBar().showMessage(text, ms))
        doc.trainingProgress.connect(self._on_progress)
        doc.trainingPaused.connect(self.display.show_run_end)
        doc.trainingFinished.connect(self.display.show_run_end)
        doc.trainingFinished.connect(self.trainingFinished)
        doc.trainingFailed.connect(self._on_training_failed)

    # ================================================================ session
    def _apply_session(self, session: Session) -> None:
        project = session.project
        if project is None or self.files.cannot_show(project):
            self.files.load_demo()  # a remembered project this window cannot show: start on the demo
        else:
            self.document.set_problem_of(project)
        self.error_plot.set_log_scale(session.log_scale)
        self.log_action.setChecked(session.log_scale)

    def _save_settings(self) -> None:
        settings = open_settings()
        stored.save_session(settings, Session(self.document.project(), self.error_plot.log_scale()))
        stored.save_geometry(settings, self.saveGeometry(), self.saveState(), self.splitter.saveState())

    # ================================================================ the document's commands, by their old names
    @property
    def network(self) -> Network:
        """The document's network. While training it belongs to the worker thread: do not read it then."""
        return self.document.network

    @property
    def state(self) -> State:
        return self.document.state

    def is_training(self) -> bool:
        return self.document.is_training()

    def train(self) -> None:
        """Start (or continue) training on the worker thread until a stop rule holds."""
        self.display.start_rate()
        self.document.train()

    def pause(self) -> None:
        self.document.pause()

    def resume(self) -> None:
        if not self.is_training():
            self.train()

    def toggle_pause(self) -> None:
        if self.is_training():
            self.pause()
        elif self.state is State.PAUSED:
            self.resume()

    def step(self) -> None:
        self.document.step()  # one epoch, in the GUI thread

    def reset(self) -> None:
        self.document.reset()

    def new_weights(self) -> None:
        self.document.new_weights(random_seed())  # a fresh seed, shown in the form, and its initial weights

    def undo(self) -> None:
        """Edit > Undo: take back the last table or network edit (not while training)."""
        if not self.is_training():
            self.undo_stack.undo()

    def redo(self) -> None:
        if not self.is_training():
            self.undo_stack.redo()

    def refresh_prediction(self) -> None:
        self.display.refresh_prediction()  # the idle network's answer, after its weights changed elsewhere

    def _on_progress(self, p: TrainingProgress) -> None:
        self.display.show_progress(p)
        self.trainingProgress.emit(p)
        # Paint now, while the worker waits for this update (see training_worker.ACK_TIMEOUT_S).
        # The curve lives in the plot's viewport: repainting the PlotWidget itself paints nothing new.
        self.error_plot.viewport().repaint()

    def _on_training_failed(self, message: str) -> None:
        self.refresh_prediction()
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Training failed"), message, QMessageBox.StandardButton.Ok,
                          self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # window-modal, not a nested event loop: the rest of the app keeps running

    def open_study(self) -> None:
        """Training > Convergence Study: the study window for this table, network and settings."""
        from nndesk.ui.study_window import open_study_window  # its own window: loaded when first asked for

        self.study_window = open_study_window(self.document, self, self.study_window)

    def _show_state(self, state: State) -> None:
        self.state_label.setText(self.tr(state.value))
        tone = {State.TRAINED: "ok", State.DIVERGED: "wrong", State.TRAINING: "busy"}.get(state)
        tone_label(self.state_label, tone)  # a palette colour: a style sheet would not follow the appearance
        font = self.state_label.font()
        font.setBold(tone is not None)
        self.state_label.setFont(font)
        self._update_controls()

    def _show_path(self) -> None:
        path = self.document.path
        self.setWindowTitle(f"{path.name if path else self.tr('Untitled')}[*] — nndesk")
        self.setWindowFilePath(str(path) if path else "")

    def _update_controls(self) -> None:
        running, state = self.is_training(), self.state
        diverged = state is State.DIVERGED
        self.train_action.setEnabled(not running and not diverged)
        self.train_action.setToolTip(self.tr("This network diverged: Reset or New weights, with a smaller η or α")
                                     if diverged else self._train_tip)
        self.train_action.setText(self.tr("Continue") if state is State.PAUSED else self.tr("Train"))
        self.pause_action.setEnabled(running)  # paused: Train reads Continue; a Resume beside it said it twice
        self.step_action.setEnabled(not running and not diverged)
        for editor in (self.table_editor, self.topology_editor):
            editor.setEnabled(not running)
            editor.setToolTip(self.tr(parts.EDIT_WHILE_TRAINING_TIP) if running else "")
        self.hyper_form.set_training(running)
        for action in (self.demo_action, self.open_action, self.save_action, self.save_as_action,
                       self.expression_action, self.import_csv_action, self.export_python_action):
            action.setEnabled(not running)
        self.recent_menu.setEnabled(not running and bool(stored.load_recent(open_settings())))
        self._update_undo_actions()

    def _update_undo_actions(self, _index: int = 0) -> None:
        # Not QUndoStack.createUndoAction: its action would re-enable itself while training runs.
        idle, stack = not self.is_training(), self.undo_stack
        self.undo_action.setEnabled(idle and stack.canUndo())
        self.redo_action.setEnabled(idle and stack.canRedo())
        self.undo_action.setText(self.tr("&Undo {0}").format(stack.undoText()).strip())
        self.redo_action.setText(self.tr("&Redo {0}").format(stack.redoText()).strip())

    # ================================================================ window
    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About nndesk"), parts.about_text())

    def closeEvent(self, event: QCloseEvent) -> None:
        # The question comes only when the user closes the window (the title bar's X: a spontaneous event);
        # a program's close() (a test, Quit after it already asked) means it.
        if event.spontaneous() and not self.files.may_discard_changes():
            event.ignore()
            return
        self.autosaver.set_enabled(False)  # a clean close: nothing is left to recover, the run it stops included
        if not self.document.stop_training():
            # The worker checks its stop flag every ~50 ms; not ending in 5 s means something is badly wrong.
            self.statusBar().showMessage(self.tr("Training is still stopping; try closing again in a moment"))
            self.autosaver.set_enabled(True)
            event.ignore()
            return
        if self.study_window is not None:
            self.study_window.close()  # it stops its worker first
        try:
            self._save_settings()
        except Exception as exc:  # never keep the user from closing over a settings problem
            self.statusBar().showMessage(self.tr("Could not save settings: {0}").format(exc))
        self.statusBar().clearMessage()  # its timer must not outlive the window
        for box in self.findChildren(QMessageBox):  # a problem box would stay on screen without its window
            box.close()
        event.accept()
        super().closeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        self.autosaver.set_enabled(True)  # shown again after a close
        super().showEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self.files.drag_entered(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self.files.dropped(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ModifiedChange and self.isWindowModified() != self.document.modified:
            self.document.set_modified(self.isWindowModified())  # setWindowModified() from outside
        super().changeEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(1280, 800)


def _file_command(name: str) -> property:
    return property(lambda window: getattr(window.files, name), doc=f"``files.{name}`` (see ProjectActions).")


for _name in FILE_COMMANDS:
    setattr(MainWindow, _name, _file_command(_name))
