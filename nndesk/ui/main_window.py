"""The main window of nndesk: table, topology, hyperparameters, live error plot and predictions.

The window owns the network. While training, the network belongs to the worker thread: the window only
sets ``net.eta``/``net.alpha`` and reads progress data; the editors that would change the network or the
data are disabled until training pauses or ends.
"""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

import numpy as np
from PySide6.QtCore import QEvent, QSettings, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QKeySequence,
    QShowEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStyle,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

import nndesk
from nndesk.engine import Network, StopReason, StopRule, TrainResult
from nndesk.engine.training import format_error
from nndesk.engine.wording import count
from nndesk.project.presets import DEFAULT_PRESET, PRESETS, SUGGESTED_HIDDEN, preset_project, settings_text
from nndesk.project.run_recorder import RunRecorder
from nndesk.project.truth_table import TruthTable
from nndesk.ui.appearance import install_appearance, tone_label
from nndesk.ui.autosave import Autosaver
from nndesk.ui.error_plot import ErrorPlot
from nndesk.ui.guide import install_guide
from nndesk.ui.hyperparameters import STOP_ALL_CORRECT, HyperparameterForm, Hyperparameters, random_seed
from nndesk.ui.insight import install_insight
from nndesk.ui.predict_panel import PredictPanel
from nndesk.ui.project_actions import ProjectActions, TopologyEdit
from nndesk.ui.settings import (
    Session,
    load_geometry,
    load_recent,
    load_session,
    open_settings,
    save_geometry,
    save_session,
)
from nndesk.ui.table_editor import TableEditor
from nndesk.ui.topology_editor import TopologyEditor
from nndesk.ui.training_worker import TrainingController, TrainingProgress
from nndesk.ui.window_state import State

__all__ = ["MainWindow", "State"]

ABOUT_TEXT = (
    "<b>nndesk {version}</b><p>Train small feed-forward neural networks by pointing and clicking, "
    "and watch them learn.</p>"
)
EDIT_WHILE_TRAINING_TIP = "Pause training to edit this"
CLOSE_WAIT_MS = 5000


def _app_icon():
    try:
        from nndesk.assets import app_icon
    except ImportError:  # the assets module is optional for the window itself
        return None
    return app_icon()


class MainWindow(ProjectActions, QMainWindow):
    """The application window. ``MainWindow()`` opens on the article's demo (or the user's last session).

    Signals, all emitted in the GUI thread:

    - ``trainingFinished(TrainResult)`` when a training run ends for any reason other than a pause;
    - ``trainingProgress(TrainingProgress)`` for each batch of epochs the worker reports (at most ~30 a
      second), after the window has shown it; the worker waits until the slots return, so the network's
      weights hold still while a slot reads them;
    - ``networkChanged()`` when the window holds a different network (new weights, a reset, an opened project).
    """

    trainingFinished = Signal(object)
    trainingProgress = Signal(object)
    networkChanged = Signal()

    def __init__(self, parent: QWidget | None = None, *, restore_session: bool = True) -> None:
        super().__init__(parent)
        self.setWindowTitle("nndesk")
        self.setObjectName("mainWindow")
        icon = _app_icon()
        if icon is not None:
            self.setWindowIcon(icon)
        self._state = State.READY
        self._net: Network | None = None
        self.run_recorder = RunRecorder()  # how the network came from its seed: saved with the project
        self._controller = TrainingController(self)
        self.autosaver = Autosaver(self)  # before anything marks the window modified
        self._pausing = False
        self._arrays_of: TruthTable | None = None
        self._arrays: tuple[np.ndarray, np.ndarray] = (np.zeros((0, 0)), np.zeros((0, 0)))
        self._quiet = False  # True while the window itself fills the editors: ignore their signals
        self._rate_mark: tuple[float, int] | None = None  # (time, epoch) for the epochs/s display
        self._shown_rate: float | None = None
        self._last_error = float("nan")
        self._path: Path | None = None  # the project file shown, None until saved or opened
        self._expressions = "Sum = A ^ B\nCarry = A & B"  # what the expression dialog shows next
        self._topology_shown: tuple[list[int], list[str]] = ([], [])  # for undoing topology edits
        self.undo_stack = QUndoStack(self)
        self._build_widgets()
        self._build_actions()
        self._build_menus_and_toolbar()
        self._build_status_bar()
        self._connect()
        session = load_session(self._settings()) if restore_session else Session()
        try:
            self._apply_session(session)
        except ValueError:  # remembered values this version cannot use: start on the demo instead
            self._apply_session(Session())
        self.insight = install_insight(self)  # before the geometry: the saved state places its docks
        install_appearance(self)  # View > Appearance (System, Light, Dark)
        install_guide(self)  # Help > User Guide (F1) and What's This, once the docks exist
        if restore_session:
            self._restore_geometry()
        self.table_editor.model.set_undo_stack(self.undo_stack)
        self._remember_topology()
        self.undo_stack.clear()
        self.setAcceptDrops(True)
        self._set_path(None)
        self._update_controls()

    # ================================================================ construction
    def _build_widgets(self) -> None:
        self.table_editor = TableEditor()
        self.topology_editor = TopologyEditor()
        self.hyper_form = HyperparameterForm()
        self.error_plot = ErrorPlot()
        self.predict_panel = PredictPanel()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(6, 6, 6, 6)
        left_layout.addWidget(_group("Training table", self.table_editor), 3)
        left_layout.addWidget(_group("Network", self.topology_editor), 0)
        left_layout.addWidget(_group("Training", self.hyper_form), 0)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 6, 6, 6)
        right_layout.addWidget(self.error_plot, 1)
        right_layout.addWidget(self.predict_panel, 0)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([470, 810])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

    def _action(self, text: str, tip: str, shortcuts: list, slot, name: str) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcuts(_key_sequences(shortcuts))
        keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())
        action.setToolTip(f"{tip} ({keys})" if keys else tip)
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.train_action = self._action("Train", "Train until a stop rule holds", ["Ctrl+T", "F5"],
                                         self.train, "trainAction")
        self._train_tip = self.train_action.toolTip()
        self.pause_action = self._action("Pause", "Pause training; Resume continues from the same epoch",
                                         ["Ctrl+P", "F6"], self.toggle_pause, "pauseAction")
        self.step_action = self._action("Step", "Train exactly one epoch", ["Ctrl+E", "F10"],
                                        self.step, "stepAction")
        self.reset_action = self._action("Reset", "Back to epoch 0 with the same initial weights",
                                         ["Ctrl+R"], self.reset, "resetAction")
        self.new_weights_action = self._action(
            "New weights", "Draw fresh initial weights from a new random seed", ["Ctrl+Shift+R"],
            self.new_weights, "newWeightsAction")
        self.log_action = self._action("Log scale", "Show the error axis on a logarithmic scale",
                                       ["Ctrl+L"], lambda on: self.error_plot.set_log_scale(on), "logAction")
        self.log_action.setCheckable(True)
        self.study_action = self._action(
            "Convergence &Study…", "Train many initial weights of this network at once: how often does it learn?",
            ["Ctrl+Shift+T"], self.open_study, "studyAction")
        style = self.style()
        for action, icon in ((self.train_action, QStyle.StandardPixmap.SP_MediaPlay),
                             (self.pause_action, QStyle.StandardPixmap.SP_MediaPause),
                             (self.step_action, QStyle.StandardPixmap.SP_MediaSkipForward),
                             (self.reset_action, QStyle.StandardPixmap.SP_MediaSkipBackward),
                             (self.new_weights_action, QStyle.StandardPixmap.SP_BrowserReload)):
            action.setIcon(style.standardIcon(icon))
        self.demo_action = self._action("&New", "Start a new project: the half adder of the article",
                                        [QKeySequence.StandardKey.New], self.new_project, "demoAction")
        self.open_action = self._action("&Open…", "Open a project file", [QKeySequence.StandardKey.Open],
                                        lambda: self.open_project(), "openAction")
        self.save_action = self._action("&Save", "Save the project: table, network, weights and error history",
                                        [QKeySequence.StandardKey.Save], self.save, "saveAction")
        self.save_as_action = self._action("Save &As…", "Save the project in a new file",
                                           [QKeySequence.StandardKey.SaveAs], lambda: self.save_as(), "saveAsAction")
        self.export_python_action = self._action(
            "Export as &Python…", "Write the trained network as a Python file that needs nothing but Python", [],
            lambda: self.export_python(), "exportPythonAction")
        self.quit_action = self._action("&Quit", "Quit nndesk", [QKeySequence.StandardKey.Quit],
                                        self.quit_requested, "quitAction")
        self.undo_action = self._action("&Undo", "Undo the last change of the table or the network",
                                        [QKeySequence.StandardKey.Undo], self.undo, "undoAction")
        self.redo_action = self._action("&Redo", "Redo what was undone", [QKeySequence.StandardKey.Redo],
                                        self.redo, "redoAction")
        # a bound method, not a lambda: Qt drops the connection when the window goes, before the stack does
        self.undo_stack.indexChanged.connect(self._update_undo_actions)
        self.expression_action = self._action("From &Expressions…", "Make the table from logic expressions such as "
                                              "S = A ^ B", ["Ctrl+Shift+E"], self.table_from_expressions,
                                              "expressionAction")
        self.import_csv_action = self._action("&Import CSV…", "Read the table from a CSV file", [],
                                              lambda: self.import_csv(), "importCsvAction")
        self.export_csv_action = self._action("E&xport CSV…", "Write the table to a CSV file", [],
                                              lambda: self.export_csv(), "exportCsvAction")
        self.about_action = QAction("&About nndesk", self)
        self.about_action.triggered.connect(self.show_about)

    def _build_menus_and_toolbar(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        file_menu.addAction(self.demo_action)
        file_menu.addAction(self.open_action)
        self.recent_menu = file_menu.addMenu("Open &Recent")
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self._fill_recent_menu()
        file_menu.addSeparator()
        file_menu.addAction(self.save_action)
        file_menu.addAction(self.save_as_action)
        file_menu.addAction(self.export_python_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = self.menuBar().addMenu("&Edit")
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        table_menu = self.menuBar().addMenu("T&able")
        table_menu.addAction(self.expression_action)
        table_menu.addSeparator()
        table_menu.addAction(self.import_csv_action)
        table_menu.addAction(self.export_csv_action)
        train_menu = self.menuBar().addMenu("&Training")
        for action in (self.train_action, self.pause_action, self.step_action):
            train_menu.addAction(action)
        train_menu.addSeparator()
        train_menu.addAction(self.reset_action)
        train_menu.addAction(self.new_weights_action)
        train_menu.addSeparator()
        train_menu.addAction(self.study_action)
        view_menu = self.menuBar().addMenu("&View")
        view_menu.addAction(self.log_action)
        help_menu = self.menuBar().addMenu("&Help")
        help_menu.addAction(self.about_action)

        toolbar = QToolBar("Training")
        toolbar.setObjectName("trainingToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setIconSize(QSize(20, 20))
        self.addToolBar(toolbar)
        names = {self.train_action: "trainButton", self.pause_action: "pauseButton",
                 self.step_action: "stepButton", self.reset_action: "resetButton",
                 self.new_weights_action: "newWeightsButton", self.log_action: "logScaleButton"}
        for action in (self.train_action, self.pause_action, self.step_action, None, self.reset_action,
                       self.new_weights_action, None, self.log_action):
            if action is None:
                toolbar.addSeparator()
                continue
            toolbar.addAction(action)
            button = toolbar.widgetForAction(action)
            button.setObjectName(names[action])
            button.setAccessibleName(action.text())
        train_button = toolbar.widgetForAction(self.train_action)
        train_button.setStyleSheet("QToolButton { font-weight: bold; }")
        # Train/Continue and Pause/Resume take turns: each button keeps the width of its longer label,
        # so the buttons after it do not jump when training pauses.
        for action, texts in ((self.train_action, ("Train", "Continue")), (self.pause_action, ("Pause", "Resume"))):
            button = toolbar.widgetForAction(action)
            button.ensurePolished()
            widths = []
            for text in texts:
                action.setText(text)
                widths.append(button.sizeHint().width())
            action.setText(texts[0])
            button.setMinimumWidth(max(widths))
        self.toolbar = toolbar

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.state_label = _status_label("stateLabel", "What the network is doing", 80)
        self.epoch_label = _status_label("epochLabel", "Epochs trained since the last reset", 130)
        self.error_label = _status_label("errorLabel", "The last epoch's error (sum over rows of the RMS "
                                         "output error)", 120)
        self.rate_label = _status_label("rateLabel", "Training speed", 120)
        for label in (self.state_label, self.epoch_label, self.error_label, self.rate_label):
            bar.addPermanentWidget(label)

    def _connect(self) -> None:
        self.table_editor.tableChanged.connect(self._on_table_changed)
        self.table_editor.ioCountsChanged.connect(self._on_io_counts_changed)
        self.table_editor.presetChosen.connect(self._on_preset_chosen)
        self.table_editor.messageShown.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.topology_editor.topologyChanged.connect(self._on_topology_changed)
        self.hyper_form.etaChanged.connect(self._on_eta_changed)
        self.hyper_form.alphaChanged.connect(self._on_alpha_changed)
        self.hyper_form.seedChanged.connect(self._on_seed_changed)
        self.hyper_form.stopRuleChanged.connect(self._on_stop_rule_changed)
        self.predict_panel.inputsChanged.connect(self._on_inputs_toggled)
        self.error_plot.logScaleChanged.connect(self.log_action.setChecked)
        self._controller.progress.connect(self._on_progress)
        self._controller.finished.connect(self._on_training_finished)
        self._controller.failed.connect(self._on_training_failed)

    # ================================================================ session
    def _settings(self) -> QSettings:
        return open_settings()

    def _apply_session(self, session: Session) -> None:
        table = session.table or PRESETS[DEFAULT_PRESET]
        hidden = session.hidden or SUGGESTED_HIDDEN.get(DEFAULT_PRESET, [3])
        self._set_problem(table, hidden, session.activations, session.preset)
        self.hyper_form.set_values(session.hyperparameters or Hyperparameters())
        self.error_plot.set_log_scale(session.log_scale)
        self.log_action.setChecked(session.log_scale)
        self._show_target_line()
        self._rebuild_network(None)

    def _set_problem(self, table: TruthTable, hidden: list[int], activations: list[str] | None,
                     preset: str | None) -> None:
        """Show ``table`` and the hidden layers without reacting to the editors' change signals."""
        self._quiet = True
        try:
            if preset in PRESETS and PRESETS[preset] == table:
                self.table_editor.choose_preset(preset)
            else:
                self.table_editor.set_table(table)
            self.topology_editor.set_io(table.n_inputs, table.n_targets)
            self.topology_editor.set_hidden(hidden, activations)
        finally:
            self._quiet = False
        self.predict_panel.set_names(table.input_names, table.target_names)
        self.table_editor.set_output_activation(self.topology_editor.activations()[-1])

    def _save_settings(self) -> None:
        settings = self._settings()
        table = self.table_editor.table()
        preset = next((name for name, t in PRESETS.items() if t == table), None)
        save_session(settings, Session(
            table=table, preset=preset, hidden=self.topology_editor.topology()[1:-1],
            activations=self.topology_editor.activations(), hyperparameters=self.hyper_form.values(),
            log_scale=self.error_plot.log_scale()))
        save_geometry(settings, self.saveGeometry(), self.saveState(), self.splitter.saveState())

    def _restore_geometry(self) -> None:
        geometry, state, splitter = load_geometry(self._settings())
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        if state is not None:
            self.restoreState(state)
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def load_demo(self) -> None:
        """Start over on the article's demo: half adder, 2-3-2, eta 0.09, alpha 0.015, target 0.01."""
        self._stop_training_now()
        self._set_problem(PRESETS[DEFAULT_PRESET], SUGGESTED_HIDDEN.get(DEFAULT_PRESET, [3]),
                          ["sigmoid", "sigmoid"], DEFAULT_PRESET)
        self.hyper_form.set_values(Hyperparameters())
        self._show_target_line()
        self._rebuild_network("The article's demo: half adder, 2-3-2, η 0.09, α 0.015, target error 0.01")

    # ================================================================ the network
    @property
    def network(self) -> Network:
        """The network being trained. While training it belongs to the worker thread: read only."""
        assert self._net is not None
        return self._net

    @property
    def state(self) -> State:
        return self._state

    def is_training(self) -> bool:
        """True while the worker thread trains the network (then it is not the window's to change)."""
        return self._controller.is_running()

    def _rebuild_network(self, message: str | None) -> None:
        """A new network from the topology, activations, seed, eta and alpha shown; epoch 0, plot cleared."""
        h = self.hyper_form.values()
        self._net = Network(self.topology_editor.topology(), eta=h.eta, alpha=h.alpha, seed=h.seed,
                            activations=self.topology_editor.activations())
        self.run_recorder.start(h.eta, h.alpha)
        self._last_error = float("nan")
        self.error_plot.clear_points()
        self._set_state(State.READY)
        self._show_status_numbers(0, float("nan"), None)
        self.refresh_prediction()
        self.networkChanged.emit()
        if message:
            self.statusBar().showMessage(message, 10000)

    def _topology_text(self) -> str:
        return "-".join(str(n) for n in self.topology_editor.topology())

    def _stop_rule(self) -> StopRule:
        h = self.hyper_form.values()
        if h.stop_rule == STOP_ALL_CORRECT:
            return StopRule(error_below=None, all_correct_margin=h.margin, max_epochs=h.max_epochs)
        return StopRule(error_below=h.target_error, max_epochs=h.max_epochs)

    # ================================================================ training commands
    def train(self) -> None:
        """Start (or continue) training on the worker thread until a stop rule holds."""
        if self._controller.is_running():
            return
        if self._state is State.DIVERGED:
            self.statusBar().showMessage(
                "This network diverged: press Reset (same start) or New weights, with a smaller η", 10000)
            return
        net = self.network
        rule = self._stop_rule()
        if rule.max_epochs is not None and net.epochs >= rule.max_epochs:
            self.statusBar().showMessage(
                f"Already at the limit of {count(rule.max_epochs, 'epoch')}: raise Max epochs or press Reset", 8000)
            return
        table = self.table_editor.table()
        self._pausing = False
        self._rate_mark, self._shown_rate = (time.monotonic(), net.epochs), None
        self.run_recorder.training(net.epochs)
        self._controller.start(net, table.inputs, table.targets, rule, self.predict_panel.input_row(),
                               self.run_recorder, (table.input_names, table.target_names))
        self._set_state(State.TRAINING)
        self.statusBar().showMessage("Training… (pause to edit the table or the network)", 4000)

    def pause(self) -> None:
        """Ask the worker to stop after its current chunk; the network keeps its weights and epochs."""
        if self._controller.is_running():
            self._pausing = True
            self._controller.request_stop()

    def resume(self) -> None:
        if not self._controller.is_running():
            self.train()

    def toggle_pause(self) -> None:
        if self._controller.is_running():
            self.pause()
        elif self._state is State.PAUSED:
            self.resume()

    def step(self) -> None:
        """Train one epoch in the GUI thread (cheap for these tables) and show its result."""
        if self._controller.is_running():
            return
        net = self.network
        table = self.table_editor.table()
        self.run_recorder.training(net.epochs)
        try:
            error = net.train_epoch(table.inputs, table.targets)
        except (ValueError, ArithmeticError) as exc:
            self.statusBar().showMessage(f"Could not train this epoch: {exc}", 10000)
            return
        self.error_plot.append(net.epochs, np.array([error]))
        self.setWindowModified(True)
        self._last_error = error
        self._show_status_numbers(net.epochs, error, None)
        self.refresh_prediction()
        if self._state is State.READY and net.epochs > 0:
            self._set_state(State.PAUSED)

    def reset(self) -> None:
        """Back to epoch 0 with the same initial weights (the seed shown)."""
        self._stop_training_now()
        self._rebuild_network(f"Reset: epoch 0, the initial weights of seed {self.hyper_form.values().seed}")
        self.setWindowModified(True)

    def new_weights(self) -> None:
        """A fresh random seed, shown in the seed box, and the initial weights drawn from it."""
        self._stop_training_now()
        self.hyper_form.set_seed(random_seed())
        self._rebuild_network(f"New weights from seed {self.hyper_form.values().seed}")
        self.setWindowModified(True)

    def open_study(self) -> None:
        """Training > Convergence Study: the study window for this table, network and settings."""
        from nndesk.ui.study_window import open_study_window  # its own window: loaded when first asked for

        open_study_window(self)

    def _stop_training_now(self) -> None:
        if self._controller.is_running():
            self._pausing = True
            self._controller.shutdown(CLOSE_WAIT_MS)

    # ================================================================ worker reports (GUI thread)
    def _on_progress(self, p: TrainingProgress) -> None:
        self.error_plot.append(p.epoch, p.errors)
        if p.errors.size:
            self._last_error = float(p.errors[-1])
        self._show_status_numbers(p.epoch, self._last_error, self._measure_rate(p.epoch))
        if p.outputs is not None:
            self._show_prediction(p.outputs)
        self.trainingProgress.emit(p)
        self.autosaver.progress_shown()  # an autosave due while training copies the network now
        # Paint now, while the worker waits for this update (see training_worker.ACK_TIMEOUT_S).
        # The curve lives in the plot's viewport: repainting the PlotWidget itself paints nothing new.
        self.error_plot.viewport().repaint()

    def _on_training_finished(self, result: TrainResult) -> None:
        paused = self._pausing and result.reason is StopReason.STOPPED
        self._pausing = False
        self.setWindowModified(True)
        self._show_status_numbers(result.epochs, result.error, None)
        self.refresh_prediction()
        self.autosaver.autosave()  # a run's epochs are the work most worth keeping
        if paused:
            self._set_state(State.PAUSED)
            self.statusBar().showMessage(f"Paused at epoch {result.epochs:,}", 8000)
            return
        if result.reason in (StopReason.CONVERGED, StopReason.ALL_CORRECT):
            self._set_state(State.TRAINED)
        else:
            self._set_state(State.DIVERGED if result.reason is StopReason.DIVERGED else State.STOPPED)
        self.statusBar().showMessage(result.message)  # stays until the next message: it is the outcome
        self.trainingFinished.emit(result)

    def _on_training_failed(self, message: str) -> None:
        self._pausing = False
        self._set_state(State.STOPPED)
        self.refresh_prediction()
        self.statusBar().showMessage(message)
        box = QMessageBox(QMessageBox.Icon.Warning, "Training failed", message, QMessageBox.StandardButton.Ok,
                          self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # window-modal, not a nested event loop: the rest of the app keeps running

    def _measure_rate(self, epoch: int) -> float | None:
        """Epochs per second over the last half second or more (steadier than one chunk's rate)."""
        now = time.monotonic()
        if self._rate_mark is None:
            self._rate_mark = (now, epoch)
            return None
        t0, e0 = self._rate_mark
        if now - t0 < 0.5:
            return self._shown_rate
        self._rate_mark = (now, epoch)
        self._shown_rate = (epoch - e0) / (now - t0)
        return self._shown_rate

    # ================================================================ editor reactions
    def _on_table_changed(self) -> None:
        if self._quiet:
            return
        table = self.table_editor.table()
        self.predict_panel.set_names(table.input_names, table.target_names)
        self.refresh_prediction()
        self.setWindowModified(True)

    def _on_io_counts_changed(self, n_in: int, n_out: int) -> None:
        if self._quiet:
            return
        self.topology_editor.set_io(n_in, n_out)
        self._remember_topology()
        self._rebuild_network(f"The table now has {count(n_in, 'input')} and {count(n_out, 'target')}: network "
                              f"{self._topology_text()}, weights re-initialised")

    def _on_preset_chosen(self, name: str) -> None:
        if self._quiet:
            return
        table = self.table_editor.table()
        self._quiet = True
        try:
            self.topology_editor.set_io(table.n_inputs, table.n_targets)
            project = preset_project(name)  # every preset brings the settings it trains well with
            if project is not None:
                self.topology_editor.set_hidden(list(project.hidden), list(project.activations))
                self.hyper_form.set_values(replace(
                    self.hyper_form.values(), eta=project.eta, alpha=project.alpha, stop_rule=project.stop_rule,
                    target_error=project.target_error, margin=project.margin, max_epochs=project.max_epochs))
                self._show_target_line()
        finally:
            self._quiet = False
        self.predict_panel.set_names(table.input_names, table.target_names)
        self._remember_topology()
        said = settings_text(project) if project is not None else f"network {self._topology_text()}"
        self._rebuild_network(f"{name}: {said}; weights re-initialised")

    def _on_topology_changed(self) -> None:
        old = self._topology_shown
        self._remember_topology()
        if old != self._topology_shown:
            self.undo_stack.push(TopologyEdit(self, old, self._topology_shown, f"Network {self._topology_text()}"))
        self.table_editor.set_output_activation(self.topology_editor.activations()[-1])
        self._rebuild_network(f"Network {self._topology_text()}: weights re-initialised")
        self.setWindowModified(True)

    def _set_rates(self, eta: float, alpha: float) -> None:
        """η and α for the next epochs: the worker applies them at its next chunk when training, recording the
        epoch they took effect at (a replay of the run changes them at that very epoch)."""
        if not self._controller.set_rates(eta, alpha):
            self.network.eta, self.network.alpha = eta, alpha
            self.run_recorder.settings(self.network.epochs, eta, alpha)

    def _on_eta_changed(self, eta: float) -> None:
        self._set_rates(eta, self.hyper_form.values().alpha)
        self.setWindowModified(True)
        self.statusBar().showMessage(f"Learning rate η = {eta:g}", 3000)

    def _on_alpha_changed(self, alpha: float) -> None:
        self._set_rates(self.hyper_form.values().eta, alpha)
        self.setWindowModified(True)
        self.statusBar().showMessage(f"Momentum α = {alpha:g}", 3000)

    def _on_seed_changed(self, seed: int) -> None:
        self._stop_training_now()
        self._rebuild_network(f"Seed {seed}: weights re-initialised")
        self.setWindowModified(True)

    def _on_stop_rule_changed(self) -> None:
        self._show_target_line()
        self.setWindowModified(True)

    def _show_target_line(self) -> None:
        """The plot's target line is the error target; "all rows correct" has none, so it is hidden."""
        h = self.hyper_form.values()
        self.error_plot.set_target(h.target_error)
        self.error_plot.set_target_visible(h.stop_rule != STOP_ALL_CORRECT)

    def _on_inputs_toggled(self) -> None:
        row = self.predict_panel.input_row()
        if self._controller.is_running():
            self._controller.set_probe_row(row)  # the worker answers with the next progress (< 50 ms)
        else:
            self.refresh_prediction()

    # ================================================================ display
    def refresh_prediction(self) -> None:
        """Ask the idle network about the toggled inputs and show the answer (also after its weights changed
        elsewhere, such as a step-through row)."""
        if self._controller.is_running() or self._net is None:
            return
        row = self.predict_panel.input_row()
        if row.size != self._net.topology[0]:
            self.predict_panel.clear_outputs()
            return
        self._show_prediction(self._net.predict(row))

    def _show_prediction(self, raw: np.ndarray) -> None:
        inputs, targets = self._table_arrays()
        row = self.predict_panel.input_row()
        target = None
        if inputs.shape[1] == row.size:
            hits = np.flatnonzero(np.all(np.abs(inputs - row) < 1e-9, axis=1))
            if hits.size:
                target = targets[hits[0]]
        self.predict_panel.show_outputs(raw, self._net.threshold if self._net else 0.5, target)

    def _table_arrays(self) -> tuple[np.ndarray, np.ndarray]:
        """The table's (inputs, targets) arrays, rebuilt only when the table changed."""
        table = self.table_editor.table()
        if self._arrays_of is not table:
            self._arrays_of, self._arrays = table, (table.inputs, table.targets)
        return self._arrays

    def _show_status_numbers(self, epoch: int, error: float, rate: float | None) -> None:
        self.epoch_label.setText(f"epoch {epoch:,}")
        # Cut, not rounded, like the engine's messages: 0.0099999 must never read as the target 0.01.
        self.error_label.setText("error –" if not np.isfinite(error) else f"error {format_error(error, 4)}")
        self.rate_label.setText("" if rate is None else f"{rate:,.0f} epochs/s")

    def _set_state(self, state: State) -> None:
        self._state = state
        self.state_label.setText(state.value)
        tone = {State.TRAINED: "ok", State.DIVERGED: "wrong", State.TRAINING: "busy"}.get(state)
        tone_label(self.state_label, tone)  # a palette colour: a style sheet would not follow the appearance
        font = self.state_label.font()
        font.setBold(tone is not None)
        self.state_label.setFont(font)
        self._update_controls()

    def _update_controls(self) -> None:
        running = self._controller.is_running()
        diverged = self._state is State.DIVERGED
        self.train_action.setEnabled(not running and not diverged)
        self.train_action.setToolTip("This network diverged: Reset or New weights, with a smaller η or α"
                                     if diverged else self._train_tip)
        self.train_action.setText("Continue" if self._state is State.PAUSED else "Train")
        self.pause_action.setEnabled(running or self._state is State.PAUSED)
        self.pause_action.setText("Resume" if self._state is State.PAUSED and not running else "Pause")
        self.step_action.setEnabled(not running and not diverged)
        for editor in (self.table_editor, self.topology_editor):
            editor.setEnabled(not running)
            editor.setToolTip(EDIT_WHILE_TRAINING_TIP if running else "")
        self.hyper_form.set_training(running)
        for action in (self.demo_action, self.open_action, self.save_action, self.save_as_action,
                       self.expression_action, self.import_csv_action, self.export_python_action):
            action.setEnabled(not running)
        self.recent_menu.setEnabled(not running and bool(load_recent(self._settings())))
        self._update_undo_actions()

    def _update_undo_actions(self, _index: int = 0) -> None:
        # Not QUndoStack.createUndoAction: its action would re-enable itself while training runs.
        idle = not self._controller.is_running()
        stack = self.undo_stack
        self.undo_action.setEnabled(idle and stack.canUndo())
        self.redo_action.setEnabled(idle and stack.canRedo())
        self.undo_action.setText(f"&Undo {stack.undoText()}".strip())
        self.redo_action.setText(f"&Redo {stack.redoText()}".strip())

    def undo(self) -> None:
        """Edit > Undo: take back the last table or network edit (not while training)."""
        if not self._controller.is_running():
            self.undo_stack.undo()

    def redo(self) -> None:
        if not self._controller.is_running():
            self.undo_stack.redo()

    # ================================================================ window
    def show_about(self) -> None:
        QMessageBox.about(self, "About nndesk", ABOUT_TEXT.format(version=nndesk.__version__))

    def closeEvent(self, event: QCloseEvent) -> None:
        # The question comes only when the user closes the window (the title bar's X: a spontaneous event);
        # a program's close() (a test, Quit after it already asked) means it.
        if event.spontaneous() and not self.may_discard_changes():
            event.ignore()
            return
        self.autosaver.set_enabled(False)  # a clean close: nothing is left to recover, the run it stops included
        if self._controller.is_running() and not self._controller.shutdown(CLOSE_WAIT_MS):
            # The worker checks its stop flag every ~50 ms; not ending in 5 s means something is badly wrong.
            self.statusBar().showMessage("Training is still stopping; try closing again in a moment")
            self.autosaver.set_enabled(True)
            event.ignore()
            return
        study = self.findChild(QWidget, "studyWindow")
        if study is not None:
            study.close()  # it stops its worker first
        try:
            self._save_settings()
        except Exception as exc:  # never keep the user from closing over a settings problem
            self.statusBar().showMessage(f"Could not save settings: {exc}")
        self.statusBar().clearMessage()  # its timer must not outlive the window
        for box in self.findChildren(QMessageBox):  # a problem box would stay on screen without its window
            box.close()
        event.accept()
        super().closeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        self.autosaver.set_enabled(True)  # shown again after a close
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ModifiedChange:
            self.autosaver.modified_changed(self.isWindowModified())
        super().changeEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(1280, 800)


# Standard keys are empty on desktops (and the offscreen platform) that define no binding for them.
_FALLBACK_KEYS = {
    QKeySequence.StandardKey.Quit: "Ctrl+Q",
    QKeySequence.StandardKey.New: "Ctrl+N",
    QKeySequence.StandardKey.Open: "Ctrl+O",
    QKeySequence.StandardKey.Save: "Ctrl+S",
    QKeySequence.StandardKey.SaveAs: "Ctrl+Shift+S",
    QKeySequence.StandardKey.Undo: "Ctrl+Z",
    QKeySequence.StandardKey.Redo: "Ctrl+Shift+Z",
}


def _key_sequences(shortcuts: list) -> list[QKeySequence]:
    """Key sequences for strings and standard keys, with the usual key where the platform has none."""
    keys: list[QKeySequence] = []
    for s in shortcuts:
        if isinstance(s, QKeySequence.StandardKey):
            bound = [k for k in QKeySequence.keyBindings(s) if not k.isEmpty()]
            keys.extend(bound or [QKeySequence(_FALLBACK_KEYS[s])])
        else:
            keys.append(QKeySequence(s))
    return keys


def _group(title: str, widget: QWidget) -> QGroupBox:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(8, 6, 8, 8)
    layout.addWidget(widget)
    return box


def _status_label(name: str, tip: str, width: int) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setToolTip(tip)
    label.setMinimumWidth(width)
    return label

