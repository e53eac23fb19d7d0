"""The main window's widgets bound to its :class:`~nndesk.ui.document.Document`, both ways.

:class:`EditorsBinding` sends the edits of the table editor, the topology editor and the hyperparameter form to
the document, and shows the document's table, network shape and settings in them (without their signals, so
nothing echoes back). :class:`TrainingDisplay` shows what training does: the error plot, the "Try it" answers
and the status bar's epoch, error and speed.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel

from nndesk.engine import TrainResult
from nndesk.engine.training import format_error
from nndesk.i18n import translate
from nndesk.project.presets import preset_project, settings_text
from nndesk.project.training_settings import STOP_ALL_CORRECT
from nndesk.ui.document import Document
from nndesk.ui.error_plot import ErrorPlot
from nndesk.ui.hyperparameters import HyperparameterForm
from nndesk.ui.predict_panel import PredictPanel
from nndesk.ui.project_actions import TopologyEdit
from nndesk.ui.table_editor import TableEditor
from nndesk.ui.topology_editor import TopologyEditor
from nndesk.ui.training_worker import TrainingProgress


class EditorsBinding(QObject):
    """Keeps the three editors and the document in step. ``say(text, ms)`` shows a status message."""

    def __init__(self, document: Document, table_editor: TableEditor, topology_editor: TopologyEditor,
                 hyper_form: HyperparameterForm, undo_stack: QUndoStack, say: Callable[[str, int], None]) -> None:
        super().__init__(document)
        self.document, self._undo_stack, self._say = document, undo_stack, say
        self.table_editor, self.topology_editor, self.hyper_form = table_editor, topology_editor, hyper_form
        self._quiet = False  # True while the editors are filled from the document: their signals are ignored
        table_editor.tableChanged.connect(self._on_table_edited)
        table_editor.presetChosen.connect(self._on_preset_chosen)
        topology_editor.topologyChanged.connect(self._on_topology_edited)
        for signal in (hyper_form.etaChanged, hyper_form.alphaChanged, hyper_form.seedChanged,
                       hyper_form.stopRuleChanged):
            signal.connect(self._on_settings_edited)
        document.networkChanged.connect(self.show_document)
        document.settingsChanged.connect(self.show_settings)

    # --- edits -> document ------------------------------------------------------------------------------------
    def _on_table_edited(self) -> None:
        if not self._quiet:
            self.document.set_table(self.table_editor.table())

    def _on_preset_chosen(self, name: str) -> None:
        if self._quiet:
            return
        doc, project = self.document, preset_project(name)  # every preset brings the settings it trains well with
        hidden, acts, settings = list(doc.topology[1:-1]), None, doc.settings
        if project is not None:
            hidden, acts = list(project.hidden), list(project.activations)
            settings = project.training.with_changes(seed=settings.seed)  # the seed stays the user's
        doc.set_problem(self.table_editor.table(), hidden, acts, settings, None)
        doc.set_modified()
        said = settings_text(doc.project()) if project is not None else f"network {doc.topology_text()}"
        self._say(translate("EditorsBinding", "{0}: {1}; weights re-initialised").format(name, said), 10000)

    def _on_topology_edited(self) -> None:
        doc = self.document
        old = (list(doc.topology[1:-1]), list(doc.activations))
        new = (self.topology_editor.topology()[1:-1], self.topology_editor.activations())
        doc.set_topology(*new)
        if old != new:
            self._undo_stack.push(TopologyEdit(doc, old, new, translate("EditorsBinding", "Network {0}").format(
                doc.topology_text())))

    def _on_settings_edited(self, *_value: object) -> None:
        if not self._quiet:
            self.document.set_settings(self.hyper_form.values())

    # --- document -> editors ----------------------------------------------------------------------------------
    def show_document(self) -> None:
        """Show the document's table, network shape and settings in the editors."""
        doc = self.document
        self._quiet = True
        try:
            if self.table_editor.table() != doc.table:
                self.table_editor.set_table(doc.table)
            shown = (self.topology_editor.topology(), self.topology_editor.activations())
            if shown != (list(doc.topology), list(doc.activations)):  # else nothing to lay out again
                self.topology_editor.set_io(doc.topology[0], doc.table.n_targets)  # the features' count
                self.topology_editor.set_hidden(list(doc.topology[1:-1]), list(doc.activations))
        finally:
            self._quiet = False
        self.table_editor.set_output_activation(doc.activations[-1])
        self.show_settings()

    def show_settings(self) -> None:
        if self.hyper_form.values() != self.document.settings:
            self._quiet = True
            try:
                self.hyper_form.set_values(self.document.settings)
            finally:
                self._quiet = False


class TrainingDisplay(QObject):
    """Shows the document's training: the error plot (drawing the document's history), the "Try it" answers
    and the status labels ``epoch``, ``error`` and ``rate``."""

    def __init__(self, document: Document, error_plot: ErrorPlot, predict_panel: PredictPanel,
                 epoch_label: QLabel, error_label: QLabel, rate_label: QLabel) -> None:
        super().__init__(document)
        self.document, self.error_plot, self.predict_panel = document, error_plot, predict_panel
        self._labels = epoch_label, error_label, rate_label
        self._rate_mark: tuple[float, int] | None = None  # (time, epoch) for the epochs/s display
        self._shown_rate: float | None = None
        self._names: tuple[tuple[str, ...], tuple[str, ...]] | None = None  # the columns the panel shows
        error_plot.buffer = document.errors
        document.networkChanged.connect(self._on_network_changed)
        document.settingsChanged.connect(self._show_target)
        document.tableChanged.connect(self._on_table_changed)
        document.historyChanged.connect(self._on_stepped)
        predict_panel.inputsChanged.connect(self._on_inputs_toggled)

    def start_rate(self) -> None:
        """A run starts: measure its speed from now."""
        self._rate_mark, self._shown_rate = (time.monotonic(), self.document.network.epochs), None

    def show_progress(self, p: TrainingProgress) -> None:
        self.error_plot.redraw()
        self.show_numbers(p.epoch, self.document.last_error, self._measure_rate(p.epoch))
        if p.outputs is not None:
            self.show_prediction(p.outputs)

    def show_run_end(self, result: TrainResult) -> None:
        self.show_numbers(result.epochs, result.error, None)
        self.refresh_prediction()

    def refresh_prediction(self) -> None:
        """Ask the idle network about the toggled inputs and show the answer. While training, the worker's
        reports bring the answers."""
        doc = self.document
        if doc.is_training():
            return
        row = self.predict_panel.input_row()
        if row.size != doc.table.n_inputs or doc.network_inputs(row).size != doc.topology[0]:
            self.predict_panel.clear_outputs()
            return
        self.show_prediction(doc.network.predict(doc.network_inputs(row)))

    def show_prediction(self, raw: np.ndarray) -> None:
        table, row = self.document.table, self.predict_panel.input_row()
        target = None
        if table.n_inputs == row.size and table.n_rows:
            hits = np.flatnonzero(np.all(np.abs(table.inputs - row) < 1e-9, axis=1))
            target = table.targets[hits[0]] if hits.size else None
        self.predict_panel.show_outputs(raw, self.document.threshold, target)

    def show_numbers(self, epoch: int, error: float, rate: float | None) -> None:
        epoch_label, error_label, rate_label = self._labels
        epoch_label.setText(translate("TrainingDisplay", "epoch {0}").format(f"{epoch:,}"))
        # Cut, not rounded, like the engine's messages: 0.0099999 must never read as the target 0.01.
        error_label.setText(translate("TrainingDisplay", "error {0}").format(
            "–" if not np.isfinite(error) else format_error(error, 4)))
        rate_label.setText("" if rate is None else translate("TrainingDisplay", "{0} epochs/s").format(f"{rate:,.0f}"))

    def _on_network_changed(self) -> None:
        self._show_target()
        self.error_plot.redraw(restart=True)
        self._on_table_changed()
        self.show_numbers(self.document.network.epochs, self.document.last_error, None)

    def _show_target(self) -> None:
        # The plot's target line is the error target; "all rows correct" has none, so it is hidden.
        settings, plot = self.document.settings, self.error_plot
        visible = settings.stop_rule != STOP_ALL_CORRECT
        if (plot.target(), plot.target_visible()) != (settings.target_error, visible):  # each one re-ranges the plot
            plot.set_target(settings.target_error)
            plot.set_target_visible(visible)

    def _on_table_changed(self) -> None:
        table = self.document.table
        names = (table.input_names, table.target_names)
        if names != self._names:  # set_names builds the toggles anew: only for new columns
            self._names = names
            self.predict_panel.set_names(*names)
        self._on_inputs_toggled()

    def _on_inputs_toggled(self) -> None:
        self.document.set_probe_row(self.predict_panel.input_row())  # while training: the next report answers
        self.refresh_prediction()

    def _on_stepped(self) -> None:
        self.error_plot.redraw()
        self.show_numbers(self.document.network.epochs, self.document.last_error, None)
        self.refresh_prediction()

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
