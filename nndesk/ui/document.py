"""The document: what the user works on, and the one place that changes it.

:class:`Document` holds the truth table, the topology and activations, the :class:`TrainingSettings`, the
network, the training state, the error history, the project file's path and the unsaved-changes flag. It
trains the network on a worker thread (:class:`TrainingController`) and emits a signal for each kind of
change; windows, file commands, autosave, undo and the study talk to it, never to each other's insides.
It uses Qt only for signals and the worker thread: no widget.

While training runs the network belongs to the worker: :attr:`Document.network` must not be read then (only
``eta``/``alpha`` are set, through :meth:`Document.set_settings`). Views draw :meth:`Document.shown_network`,
which during training is a copy made from the latest :class:`NetworkSnapshot`.
"""

from __future__ import annotations

import math
from dataclasses import replace
from pathlib import Path

import numpy as np
from PySide6.QtCore import QObject, Signal

from nndesk.engine import Network, StopReason, TrainResult
from nndesk.engine.correctness import rows_correct
from nndesk.i18n import counted, translate
from nndesk.outcomes import outcome_text
from nndesk.project.dataset_presets import network_inputs, network_table
from nndesk.project.datasets import FEATURE_LABELS, check_features
from nndesk.project.held_out import check_test_rows, split_rows
from nndesk.project.presets import DEFAULT_PRESET, PRESETS, SUGGESTED_HIDDEN
from nndesk.project.project_file import Project, history_from_points
from nndesk.project.run_recorder import RunRecorder
from nndesk.project.training_settings import STOP_ALL_CORRECT, TrainingSettings
from nndesk.project.truth_table import TruthTable
from nndesk.ui.error_plot import ErrorBuffer
from nndesk.ui.method_form import describe_method
from nndesk.ui.training_worker import TrainingController, TrainingProgress
from nndesk.ui.window_state import State

STOP_WAIT_MS = 5000  # a busy worker checks its stop flag every ~50 ms


def weight_edit_refusal(document: Document, value: float) -> str | None:
    """Why a weight cannot be set to ``value`` now, in the user's words, or None."""
    if document.is_training():
        return translate("Document", "Pause training to edit a weight (weights can be set while paused or stopped)")
    if document.state is State.DIVERGED:
        return translate("Document", "This network diverged: press Reset or New weights before editing a weight")
    try:
        finite = math.isfinite(float(value))
    except (TypeError, ValueError):
        finite = False
    return None if finite else translate("Document", "A weight must be a finite number, not {0}").format(repr(value))


class Document(QObject):
    """One user's work; see the module's docstring. Signals, all in the GUI thread:

    - ``tableChanged()``: the table's cells or names changed and the network was kept;
    - ``networkChanged()``: a different network (new topology, seed, Reset, New weights, an opened project);
    - ``settingsChanged()``: the training settings changed;
    - ``stateChanged(State)``, ``modifiedChanged(bool)``, ``pathChanged()``;
    - ``historyChanged()``: a Step added an epoch to the error history (a new network clears or loads it);
    - ``weightsChanged()``: a weight was set by hand (:meth:`set_weight`): same network, same epoch;
    - ``trainingProgress(TrainingProgress)``: after the history took the new epochs (at most ~15 a second);
    - ``trainingFinished(TrainResult)`` when a run ends other than by a pause; ``trainingFailed(str)``;
    - ``message(str, int)``: something to tell the user in the status bar, for that many ms (0: until
      replaced).
    """

    tableChanged = Signal()
    networkChanged = Signal()
    settingsChanged = Signal()
    stateChanged = Signal(object)
    modifiedChanged = Signal(bool)
    pathChanged = Signal()
    historyChanged = Signal()
    weightsChanged = Signal()
    trainingProgress = Signal(object)
    trainingPaused = Signal(object)  # TrainResult of a run that a pause ended
    trainingFinished = Signal(object)
    trainingFailed = Signal(str)
    message = Signal(str, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        table = PRESETS[DEFAULT_PRESET]
        hidden = SUGGESTED_HIDDEN.get(DEFAULT_PRESET, [3])
        self._table = table
        self._features: tuple[str, ...] = ()  # what the network sees of x1, x2 (() : the table's inputs)
        self._topology = (table.n_inputs, *hidden, table.n_targets)
        self._activations = ("sigmoid",) * (len(hidden) + 1)
        self._settings = TrainingSettings()
        self._net = self._new_network()
        self.run_recorder = RunRecorder(self._settings.eta, self._settings.alpha)  # how the network came from its
        # seed (η/α changes with their epochs, continues): saved with the project so that a replay can check it
        self._shown = self._net  # what views draw: the network, or during training its latest snapshot
        self._state = State.READY
        self._path: Path | None = None
        self._modified = False
        self._pausing = False
        self.errors = ErrorBuffer()  # the epoch errors since the initial weights (what the plot shows)
        self.test_errors = ErrorBuffer()  # the held-out rows' error after the same epochs (trained here, not saved)
        self.last_error = math.nan
        self._trainer = TrainingController(self)
        self._trainer.progress.connect(self._on_progress)
        self._trainer.finished.connect(self._on_finished)
        self._trainer.failed.connect(self._on_failed)

    # ================================================================ what it holds
    @property
    def table(self) -> TruthTable:
        return self._table

    @property
    def features(self) -> tuple[str, ...]:
        """The features the network sees (nndesk.project.datasets.FEATURES), () for the table's inputs."""
        return self._features

    def network_inputs(self, inputs: np.ndarray) -> np.ndarray:
        """What the network sees of the table's ``inputs`` (rows, n_inputs) or one row (n_inputs,): every view
        that runs the network on the table's inputs goes through here (and the features of the command line)."""
        return network_inputs(inputs, self._features)

    def network_input_names(self) -> tuple[str, ...]:
        """The names of the network's inputs: its features, or the table's input columns."""
        return self._features or self._table.input_names

    def network_table(self) -> TruthTable:
        """The table as the network sees it, its features as the input columns (exports of the network)."""
        return network_table(Project(self._table, self._topology, self._activations, features=self._features))

    def _network_width(self, table: TruthTable) -> int:
        return len(self._features) if self._features else table.n_inputs

    @property
    def topology(self) -> tuple[int, ...]:
        """Neurons per layer, inputs first: ``(2, 3, 2)``."""
        return self._topology

    @property
    def activations(self) -> tuple[str, ...]:
        """One activation per layer after the inputs."""
        return self._activations

    @property
    def settings(self) -> TrainingSettings:
        return self._settings

    @property
    def network(self) -> Network:
        """The network. While :meth:`is_training` it belongs to the worker thread: do not read it then."""
        return self._net

    def shown_network(self) -> Network:
        """What views should draw: the network when idle; while training, a copy of its latest snapshot."""
        return self._net if not self.is_training() else self._shown

    @property
    def threshold(self) -> float:
        """The output activation's threshold between a 0 and a 1 (fixed for a network)."""
        return self._threshold

    @property
    def state(self) -> State:
        return self._state

    @property
    def path(self) -> Path | None:
        """The project file shown, None until saved or opened."""
        return self._path

    @property
    def modified(self) -> bool:
        return self._modified

    def is_training(self) -> bool:
        """True while the worker thread trains the network."""
        return self._trainer.is_running()

    def project(self, network: Network | None = None) -> Project:
        """What a project file would hold now: table, network, settings, weights and the error history.

        ``network`` replaces the document's own; while training runs the default is the latest snapshot."""
        net = self.shown_network() if network is None else network
        base = Project(self._table, self._topology, self._activations, training=self._settings,
                       features=self._features)
        with_net = base.with_network(net, history_from_points(*self.errors.saved_points()))
        if with_net.state is None:
            return with_net
        run = self.run_recorder.snapshot()  # what shaped the stored epochs (a later change is the next run's)
        kept = tuple(step for step in run.interventions if step.epoch <= net.epochs)
        return replace(with_net, run=replace(run, interventions=kept))

    # ================================================================ changes
    def set_modified(self, modified: bool = True) -> None:
        if modified != self._modified:
            self._modified = modified
            self.modifiedChanged.emit(modified)

    def set_path(self, path: Path | None) -> None:
        self._path = path
        self.pathChanged.emit()

    def set_table(self, table: TruthTable, message: str | None = None,
                  test_rows: tuple[int, ...] | None = None) -> None:
        """A new or edited table. New column counts resize the network's first and last layers (new weights).

        ``test_rows`` (0-based) are the held-out rows of the new table, when the caller knows where the rows went
        (points drawn or erased on the map); without them, a new number of rows unmarks every test row."""
        if table == self._table and (test_rows is None or test_rows == self._settings.test_rows):
            return
        held = self._settings.test_rows
        if test_rows is not None:
            held = check_test_rows(test_rows, table.n_rows)
        elif table.n_rows != self._table.n_rows and held:
            held = ()  # rows moved: the marks would be wrong
            self.message.emit(translate("Document", "The table has a new number of rows: no row is held out for "
                                        "testing any more"), 8000)
        self._table = table
        if held != self._settings.test_rows:
            self._settings = self._settings.with_changes(test_rows=held)
            self.settingsChanged.emit()  # with the new table in place: the views mark its rows
        if self._features and table.n_inputs != 2:
            self._features = ()  # the features are made from two inputs: the network sees the table's columns
        if (self._network_width(table), table.n_targets) != (self._topology[0], self._topology[-1]):
            self._topology = (self._network_width(table), *self._topology[1:-1], table.n_targets)
            inputs = counted(table.n_inputs, translate("Document", "1 input"), translate("Document", "{0} inputs"))
            targets = counted(table.n_targets, translate("Document", "1 target"), translate("Document", "{0} targets"))
            self.rebuild(message or translate("Document", "The table now has {0} and {1}: network {2}, weights "
                                                          "re-initialised").format(
                inputs, targets, self.topology_text()))
        else:
            self.tableChanged.emit()
        self.set_modified()

    def set_features(self, features: tuple[str, ...] | list[str], message: str | None = None) -> bool:
        """What the network sees of a two-input table (some of nndesk.project.datasets.FEATURES, in their order;
        () for the table's inputs): a new input layer, so new weights. False, with a message, if it cannot."""
        try:
            features = check_features(features) if features else ()
        except ValueError as exc:
            self.message.emit(translate("Document", "Cannot use these features: {0}").format(exc), 8000)
            return False
        if features and self._table.n_inputs != 2:
            self.message.emit(translate("Document", "Features are made from two inputs x1, x2; this table has {0}")
                              .format(self._table.n_inputs), 8000)
            return False
        if features == self._features:
            return True
        self.stop_training()
        self._features = features
        self._topology = (self._network_width(self._table), *self._topology[1:])
        self.rebuild(message or translate("Document", "The network sees {0}: network {1}, weights "
                                                      "re-initialised").format(
            ", ".join(FEATURE_LABELS[f] for f in features) if features else ", ".join(self._table.input_names),
            self.topology_text()))
        self.set_modified()
        return True

    def set_topology(self, hidden: list[int] | tuple[int, ...], activations: list[str] | tuple[str, ...],
                     message: str | None = None) -> None:
        """New hidden layers and activations (one per layer after the inputs): a new network."""
        self.stop_training()
        self._topology = (self._network_width(self._table), *hidden, self._table.n_targets)
        self._activations = tuple(activations)
        self.rebuild(message or translate("Document", "Network {0}: weights re-initialised").format(
            self.topology_text()))
        self.set_modified()

    def set_problem(self, table: TruthTable, hidden: list[int] | tuple[int, ...], activations: list[str] | None,
                    settings: TrainingSettings, message: str | None, features: tuple[str, ...] = ()) -> None:
        """Table, network and settings at once (a preset, the demo, a remembered session): a new network."""
        self.stop_training()
        self._table, self._features = table, tuple(features) if table.n_inputs == 2 else ()
        self._topology = (self._network_width(table), *hidden, table.n_targets)
        self._activations = tuple(activations) if activations is not None else self._kept_activations(len(hidden))
        self._settings = settings
        self.settingsChanged.emit()
        self.rebuild(message)

    def set_problem_of(self, project: Project) -> None:
        """``project``'s table, features, network and settings with the initial weights (a remembered session)."""
        self.set_problem(project.table, project.hidden, list(project.activations), project.training, None,
                         project.features)

    def _kept_activations(self, n_hidden: int) -> tuple[str, ...]:
        """Activations for ``n_hidden`` hidden layers that keep the present ones: layers that stay keep theirs,
        new ones take the last hidden layer's (sigmoid if none), the output keeps its own."""
        old = self._activations[:-1]
        fill = old[-1] if old else "sigmoid"
        return tuple(old[k] if k < len(old) else fill for k in range(n_hidden)) + self._activations[-1:]

    def set_settings(self, settings: TrainingSettings) -> None:
        """New training settings. η and α take effect at once, even while training (at the next chunk); a new
        seed stops training and draws new initial weights."""
        old, self._settings = self._settings, settings
        if settings == old:
            return
        if (settings.eta, settings.alpha) != (old.eta, old.alpha):
            self._set_rates(settings.eta, settings.alpha)
        if settings.test_rows != old.test_rows:
            self.test_errors.clear()  # another set of rows: its curve starts at the next epoch
        self.settingsChanged.emit()
        if settings.seed != old.seed:
            self.stop_training()
            self.rebuild(translate("Document", "Seed {0}: weights re-initialised").format(settings.seed))
        elif settings.method.init != old.method.init:
            self.stop_training()
            init = {"article": translate("Document", "The article's initial weights from seed {0}"),
                    "uniform": translate("Document", "Uniform initial weights from seed {0}"),
                    "xavier": translate("Document", "Xavier initial weights from seed {0}")}[settings.method.init]
            self.rebuild(init.format(settings.seed))
        elif (settings.method, settings.test_rows) != (old.method, old.test_rows) and self._net.epochs > 0:
            # A run's record keeps how η and α changed, not the method or the rows: the run starts again from the
            # same initial weights, so the two ways of training compare from one start and check replays either.
            self.stop_training()
            what = translate("Document", "Method: {0}").format(describe_method(settings.method)) \
                if settings.method != old.method else self.held_rows_text()
            self.rebuild(translate("Document", "{0}. Training starts again at epoch 0 from the same initial weights")
                         .format(what))
        elif settings.method != old.method:
            self._change_method()
        elif settings.test_rows != old.test_rows:
            self.message.emit(self.held_rows_text(), 5000)
        elif settings.eta != old.eta:
            self.message.emit(translate("Document", "Learning rate η = {0}").format(f"{settings.eta:g}"), 3000)
        elif settings.alpha != old.alpha:
            self.message.emit(translate("Document", "Momentum α = {0}").format(f"{settings.alpha:g}"), 3000)
        self.set_modified()

    def _change_method(self) -> None:
        """The settings' method for a network at epoch 0: the weights stay, the optimiser starts afresh (a pause
        first: the network must hold still)."""
        self.stop_training()
        self._net.set_method(**self._settings.network_options())
        self.message.emit(translate("Document", "Method: {0}. The weights stay; momentum and the optimiser's memory "
                                    "start afresh").format(describe_method(self._settings.method)), 8000)

    def held_rows_text(self) -> str:
        """The held-out rows in words, numbered from 1 as the table shows them."""
        rows = self._settings.test_rows
        if not rows:
            return translate("Document", "No test rows: training uses every row")
        return translate("Document", "Test rows {0}: never trained on, their error is the test error").format(
            ", ".join(str(r + 1) for r in rows))

    def set_weight(self, layer: int, i: int, j: int, value: float) -> bool:
        """Set ``weights[layer][i, j]`` (into neuron ``i`` of layer ``layer + 1`` from neuron ``j`` below, ``j =
        n[layer]`` the bias) by hand, keeping the momenta; False, with a message, while training runs or for a
        value that is not a finite number. The run record keeps it, so a replay (``nndesk check``) agrees."""
        refusal = weight_edit_refusal(self, value)
        weights, momenta = self._net.get_weights(), self._net.get_momenta()
        if refusal is None and not (0 <= layer < len(weights) and 0 <= i < weights[layer].shape[0]
                                    and 0 <= j < weights[layer].shape[1]):
            refusal = translate("Document", "There is no weight {0}, {1}, {2} in the network {3}").format(
                layer, i, j, self.topology_text())
        if refusal is not None:
            self.message.emit(refusal, 8000)
            return False
        weights[layer][i, j] = float(value)
        self._net.set_weights(weights)  # as a replay sets them: the optimiser afresh, the momenta kept
        self._net.set_momenta(momenta)
        self.run_recorder.weights(self._net.epochs, weights, momenta)
        if self._state in (State.TRAINED, State.STOPPED):
            self._set_state(State.PAUSED)  # other weights than the run's: Continue trains on from them
        self.weightsChanged.emit()
        self.set_modified()
        return True

    def _set_rates(self, eta: float, alpha: float) -> None:
        """η and α for the next epochs: while training the worker applies them between two chunks and records
        the epoch they took effect at (a replay of the run changes them at that very epoch)."""
        if not self._trainer.set_rates(eta, alpha):
            self._net.eta, self._net.alpha = eta, alpha
            self.run_recorder.settings(self._net.epochs, eta, alpha)

    def rebuild(self, message: str | None) -> None:
        """A new network from the topology, activations and settings; epoch 0, history cleared."""
        s = self._settings
        if s.method.loss == "cross-entropy" and self._activations[-1] != "sigmoid":
            self._settings = s = s.with_changes(method=replace(s.method, loss="squared"))
            self.settingsChanged.emit()
            message = translate("Document", "{0}; the loss is squared error: cross-entropy needs sigmoid "
                                "outputs").format(message or translate("Document", "New network"))
        self._net = Network(self._topology, eta=s.eta, alpha=s.alpha, seed=s.seed, activations=self._activations,
                            **s.network_options())
        self.run_recorder.start(s.eta, s.alpha)
        self._network_replaced()
        if message:
            self.message.emit(message, 10000)

    def show_project(self, project: Project) -> None:
        """Everything of ``project``: table, network, settings, weights, history; not modified."""
        self.stop_training()
        self._table, self._topology, self._activations = project.table, project.topology, project.activations
        self._features = project.features
        self._settings = project.training
        self._net = project.network()
        self.run_recorder.load(project.run, (project.eta, project.alpha), self._net.epochs)
        self.settingsChanged.emit()
        self._network_replaced(project)
        self.set_modified(False)

    def _state_of_saved(self) -> State:
        """A saved network is Ready at epoch 0, Trained if its stop rule of success holds, else Paused."""
        if self._net.epochs == 0:
            return State.READY
        s = self._settings
        if s.stop_rule == STOP_ALL_CORRECT:
            inputs, targets = self._training_rows()  # the test rows are counted apart
            with np.errstate(all="ignore"):
                outputs = self._net.predict(inputs)
            trained = bool(rows_correct(outputs, targets, self._net.threshold, s.margin).all())
        else:
            trained = self.last_error < s.target_error
        return State.TRAINED if trained else State.PAUSED

    def _network_replaced(self, project: Project | None = None) -> None:
        self._shown = self._net
        self._threshold = self._net.threshold
        self.test_errors.clear()
        if project is None:
            self.errors.clear()
            self.last_error = math.nan
        else:
            self.errors.load_history(project.history.epochs, project.history.errors)
            errors = project.history.errors
            self.last_error = float(errors[-1]) if errors.size else math.nan
        self._set_state(State.READY if project is None else self._state_of_saved())
        self.networkChanged.emit()

    def topology_text(self) -> str:
        return "-".join(str(n) for n in self._topology)

    # ================================================================ training
    def train(self) -> bool:
        """Start (or continue) training on the worker thread until a stop rule holds; False if it cannot."""
        if self.is_training():
            return False
        if self._state is State.DIVERGED:
            self.message.emit(translate("Document", "This network diverged: press Reset (same start) or New weights, "
                                                    "with a smaller η"),
                              10000)
            return False
        rule = self._settings.to_stop_rule()
        if rule.max_epochs is not None and self._net.epochs >= rule.max_epochs:
            limit = counted(rule.max_epochs, translate("Document", "1 epoch"), translate("Document", "{0} epochs"))
            advice = translate("Document", "Already at the limit of {0}: raise Max epochs or press Reset")
            self.message.emit(advice.format(limit), 8000)
            return False
        self._pausing = False
        self._trim_history()
        self._shown = self._net.copy()  # views draw this until the first snapshot arrives
        self.run_recorder.training(self._net.epochs)
        inputs, targets = self._training_rows()
        self._trainer.start(self._net, inputs, targets, rule, self._seen_probe(),
                            self.run_recorder, (self.network_input_names(), self._table.target_names),
                            self._test_rows())
        self._set_state(State.TRAINING)
        self.message.emit(translate("Document", "Training… (pause to edit the table or the network)"), 4000)
        return True

    _probe_row: np.ndarray | None = None

    def set_probe_row(self, row: np.ndarray) -> None:
        """The inputs whose outputs each progress report carries while training (the "Try it" row)."""
        self._probe_row = np.array(row, dtype=np.float64)
        self._trainer.set_probe_row(self._seen_probe())

    def _seen_probe(self) -> np.ndarray | None:
        """The "Try it" row as the network sees it now (the features may have changed since it was set)."""
        row = self._probe_row
        return self.network_inputs(row) if row is not None and row.size == self._table.n_inputs else row

    def request_snapshot(self) -> None:
        """The next progress report carries a snapshot of the network (for views, an autosave)."""
        self._trainer.request_snapshot()

    def pause(self) -> None:
        """Ask the worker to stop after its current chunk; the network keeps its weights and epochs."""
        if self.is_training():
            self._pausing = True
            self._trainer.request_stop()

    def stop_training(self) -> bool:
        """Stop and join a run now (it counts as a pause); True when nothing runs any more."""
        if not self.is_training():
            return True
        self._pausing = True
        return self._trainer.shutdown(STOP_WAIT_MS)

    def step(self) -> float | None:
        """Train one epoch in the GUI thread (cheap for these tables); its error, or None if it could not."""
        if self.is_training():
            return None
        self._trim_history()
        self.run_recorder.training(self._net.epochs)
        test = self._test_rows()
        try:
            error = self._net.train_epoch(*self._training_rows())
            if test is not None:
                self.test_errors.append(self._net.epochs, np.array([self._net.error(*test)]))
        except (ValueError, ArithmeticError) as exc:
            self.message.emit(translate("Document", "Could not train this epoch: {0}").format(exc), 10000)
            return None
        self.errors.append(self._net.epochs, np.array([error]))
        self.last_error = error
        # not "Paused at" before
        self.message.emit(translate("Document", "Stepped to epoch {0}: error {1}").format(f"{self._net.epochs:,}",
                                                                                         f"{error:.4g}"), 8000)
        self.historyChanged.emit()
        self.set_modified()
        if self._state is State.READY and self._net.epochs > 0:
            self._set_state(State.PAUSED)
        return error

    def reset(self) -> None:
        """Back to epoch 0 with the same initial weights (the seed's)."""
        self.stop_training()
        self.rebuild(translate("Document", "Reset: epoch 0, the initial weights of seed {0}").format(
            self._settings.seed))
        self.set_modified()

    def new_weights(self, seed: int) -> None:
        """Initial weights drawn from ``seed``."""
        self.stop_training()
        self._settings = self._settings.with_changes(seed=seed)
        self.settingsChanged.emit()
        self.rebuild(translate("Document", "New weights from seed {0}").format(seed))
        self.set_modified()

    def _set_state(self, state: State) -> None:
        self._state = state
        self.stateChanged.emit(state)

    # ================================================================ worker reports (GUI thread)
    def _on_progress(self, p: TrainingProgress) -> None:
        self.errors.append(p.epoch, p.errors)
        if p.test_errors is not None:
            self.test_errors.append(p.epoch, p.test_errors)
        if p.errors.size:
            self.last_error = float(p.errors[-1])
        if p.snapshot is not None and p.snapshot.is_finite():
            p.snapshot.apply_to(self._shown)  # the copy made in train(): views draw it, never the worker's
        self.trainingProgress.emit(p)

    def _on_finished(self, result: TrainResult) -> None:
        self._shown = self._net
        paused = self._pausing and result.reason is StopReason.STOPPED
        self._pausing = False
        self.set_modified()
        if paused:
            self._set_state(State.PAUSED)
            self.message.emit(translate("Document", "Paused at epoch {0}").format(f"{result.epochs:,}"), 8000)
            self.trainingPaused.emit(result)
            return
        if result.reason in (StopReason.CONVERGED, StopReason.ALL_CORRECT):
            self._set_state(State.TRAINED)
        else:
            self._set_state(State.DIVERGED if result.reason is StopReason.DIVERGED else State.STOPPED)
        self.message.emit(outcome_text(result), 0)  # stays until the next message: it is the outcome
        self.trainingFinished.emit(result)

    def _on_failed(self, message: str) -> None:
        self._shown = self._net
        self._pausing = False
        self._set_state(State.STOPPED)
        self.message.emit(message, 0)
        self.trainingFailed.emit(message)

    def _training_rows(self) -> tuple[np.ndarray, np.ndarray]:
        """The rows training uses, as the network sees them: the table without its held-out test rows."""
        if not self._settings.test_rows:
            return self.network_inputs(self._table.inputs), self._table.targets
        x, t, _, _ = split_rows(self._table, self._settings.test_rows)
        return self.network_inputs(x), t

    def _test_rows(self) -> tuple[np.ndarray, np.ndarray] | None:
        """(inputs, targets) of the held-out rows as the network sees them, or None without any."""
        if not self._settings.test_rows:
            return None
        _, _, x, t = split_rows(self._table, self._settings.test_rows)
        return self.network_inputs(x), t

    def _trim_history(self) -> None:
        """Before training goes on: forget the epochs after the network's own (patience went back to the best
        test error's epoch and kept the rest in the plot; training from there writes them anew)."""
        epoch = self._net.epochs
        for buffer in (self.errors, self.test_errors):
            if not buffer.is_empty() and buffer.last_epoch() > epoch:
                epochs, errors = buffer.saved_points()
                kept = epochs <= epoch
                buffer.load_history(epochs[kept], errors[kept])
                if buffer is self.errors:
                    self.last_error = float(errors[kept][-1]) if kept.any() else math.nan

    def _new_network(self) -> Network:
        s = self._settings
        net = Network(self._topology, eta=s.eta, alpha=s.alpha, seed=s.seed, activations=self._activations,
                      **s.network_options())
        self._threshold = net.threshold
        return net
