"""Seeing inside the network: the diagram, truth check, decision map and step-through as docks of the window.

``install_insight(window)`` adds the four views as tabified dock widgets on the right (object names
``networkDiagram``, ``truthCheck``, ``decisionMap``, ``stepThrough``), a View-menu switch for each, an
Export submenu in the File menu, and keeps them in step with the window: a new table or network resets
them, training progress and Step refresh them (only the views on screen, at most ~10 times a second),
clicking an input neuron flips that input in "Try it". Step-through works only while training is idle.

It reads the window's :class:`~nndesk.ui.document.Document` (its table, settings and
:meth:`~nndesk.ui.document.Document.shown_network`: while training, a snapshot the worker sent, never the
network it trains) and uses only the window's public parts: the panel, the actions and the signals
``trainingProgress``, ``trainingFinished`` and ``networkChanged``.
"""

from __future__ import annotations

import time

import numpy as np
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QFileDialog, QMainWindow, QMenu, QMessageBox, QWidget

from nndesk.engine import Network
from nndesk.engine.trace import RowTrace, forward_trace, step_row
from nndesk.i18n import QT_TRANSLATE_NOOP, translate
from nndesk.project.gates import hidden_gates
from nndesk.project.history_csv import write_history_csv
from nndesk.project.training_settings import STOP_ALL_CORRECT
from nndesk.ui.decision_map import DecisionMap
from nndesk.ui.feature_toggles import TableInputs, network_input_labels
from nndesk.ui.network_diagram import NetworkDiagram, save_widget_png, save_widget_svg
from nndesk.ui.step_through import StepThrough
from nndesk.ui.training_worker import TrainingProgress
from nndesk.ui.truth_check import TruthCheck

LIVE_INTERVAL_S = 0.1  # refresh the views at most this often while training
# Above these sizes the per-row Python work (gates, a traced row for hover) is skipped during training.
TRACE_MAX_WEIGHTS = 600
GATES_MAX_ROWS = 256


class InsightDocks(QObject):
    """The four views and their wiring to one :class:`MainWindow`. Created by :func:`install_insight`."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("insightDocks")
        self.window_ = window
        self.document = window.document
        self.diagram = NetworkDiagram()
        self.truth = TruthCheck()
        self.decision = DecisionMap()
        self.steps = StepThrough(self._network)
        self.docks: dict[str, QDockWidget] = {}
        self._last_live = 0.0
        self._table = None
        for name, title, view in (("networkDiagram", translate("Insight", "Network"), self.diagram),
                                  ("truthCheck", translate("Insight", "Truth check"), self.truth),
                                  ("decisionMap", translate("Insight", "Decision map"), self.decision),
                                  ("stepThrough", translate("Insight", "Step through"), self.steps)):
            self.docks[name] = self._add_dock(name, title, view)
        first = self.docks["networkDiagram"]
        for name in ("truthCheck", "decisionMap", "stepThrough"):
            window.tabifyDockWidget(first, self.docks[name])
        first.raise_()
        window.resizeDocks([first], [400], Qt.Orientation.Horizontal)
        self._add_menus()
        self._connect()
        self.sync_problem()

    # --- construction -------------------------------------------------------------------------------------
    def _add_dock(self, name: str, title: str, view: QWidget) -> QDockWidget:
        dock = QDockWidget(title, self.window_)
        dock.setObjectName(name)
        dock.setWidget(view)
        dock.setAllowedAreas(Qt.DockWidgetArea.AllDockWidgetAreas)
        self.window_.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        dock.visibilityChanged.connect(lambda visible: visible and self.refresh_values())
        return dock

    def _menu(self, title: str) -> QMenu | None:
        for action in self.window_.menuBar().actions():
            if action.menu() is not None and action.text().replace("&", "") == title:
                return action.menu()
        return None

    def _add_menus(self) -> None:
        view = translate("MainWindow", "&View")
        view_menu = self._menu(view.replace("&", "")) or self.window_.menuBar().addMenu(view)
        view_menu.addSeparator()
        for dock in self.docks.values():
            toggle = dock.toggleViewAction()
            toggle.setObjectName(f"{dock.objectName()}Toggle")
            view_menu.addAction(toggle)
        export = QMenu(translate("Insight", "&Export"), self.window_)
        export.setObjectName("exportMenu")
        for text, kind in ((QT_TRANSLATE_NOOP("Insight", "Network diagram as PNG…"), "diagram.png"),
                           (QT_TRANSLATE_NOOP("Insight", "Network diagram as SVG…"), "diagram.svg"),
                           (QT_TRANSLATE_NOOP("Insight", "Error plot as PNG…"), "plot.png"),
                           (QT_TRANSLATE_NOOP("Insight", "Error plot as SVG…"), "plot.svg"),
                           (QT_TRANSLATE_NOOP("Insight", "Decision map as PNG…"), "map.png"),
                           (QT_TRANSLATE_NOOP("Insight", "Decision map as SVG…"), "map.svg"),
                           (QT_TRANSLATE_NOOP("Insight", "Error history as CSV…"), "errors.csv")):
            action = QAction(translate("Insight", text), self.window_)
            action.setObjectName("export_" + kind.replace(".", "_"))
            action.triggered.connect(lambda _=False, k=kind: self._ask_and_export(k))
            export.addAction(action)
        file_menu = self._menu(translate("MainWindow", "&File").replace("&", ""))
        if file_menu is not None:
            separators = [a for a in file_menu.actions() if a.isSeparator()]
            before = separators[-1] if separators else None
            file_menu.insertMenu(before, export) if before is not None else file_menu.addMenu(export)
        else:
            self.window_.menuBar().addMenu(export)

    def _connect(self) -> None:
        w = self.window_
        # Every new network (a preset, new columns, the topology, the seed, Reset, New weights, New, Open) comes
        # with networkChanged; tableChanged adds the edits of the table that keep the network.
        for signal in (self.document.tableChanged, w.networkChanged):
            signal.connect(self.sync_problem)
        w.step_action.triggered.connect(self._after_epoch_step)
        w.step_action.changed.connect(self._on_training_state)  # enabled exactly when training is idle
        w.predict_panel.inputsChanged.connect(self._on_inputs_toggled)
        self.document.settingsChanged.connect(self._on_stop_rule)
        w.trainingFinished.connect(lambda _result: self.refresh_values())
        w.trainingProgress.connect(self._on_progress)
        self.diagram.inputToggled.connect(self._flip_input)
        self.diagram.connectionClicked.connect(self.steps.select_connection)
        self.steps.stepped.connect(self._on_row_stepped)
        self.decision.axesChanged.connect(self._refresh_decision_map)

    # --- state --------------------------------------------------------------------------------------------
    def _network(self) -> Network:
        return self.document.shown_network()

    def _training(self) -> bool:
        return self.document.is_training()

    def _fits(self, net: Network, table) -> bool:
        width = len(self.document.features) or table.n_inputs  # the network sees the features of the inputs
        return net.topology[0] == width and net.topology[-1] == table.n_targets

    def sync_problem(self, *_args) -> None:
        """A new table or network: show its structure and start the step-through at row 1."""
        net, table, seen = self._network(), self.document.table, self.document.network_inputs
        self._table = table
        names = network_input_labels(self.document)  # the features (x₁², sin x₁, ...) or the table's inputs
        self.diagram.set_network(net.topology, net.get_weights(), names, table.target_names)
        self.truth.set_rows(table.inputs, table.targets, table.input_names, table.target_names)
        self._on_stop_rule()
        self.decision.set_problem(table.inputs, table.targets, table.input_names, table.target_names)
        self.decision.set_fixed_inputs(self.window_.predict_panel.input_row())
        self.steps.set_problem(seen(table.inputs), table.targets, net.topology, names, table.target_names)
        self._on_training_state()  # which refreshes the views when idle: once is enough (1,000 rows take ~10 ms)
        if self._training():
            self.refresh_values()

    def _on_training_state(self) -> None:
        idle = not self._training()
        self.steps.setEnabled(idle)
        self.steps.next_button.setToolTip(translate("Insight", "Train on the next row of the table only, and show "
                                                    "every number")
                                          if idle else translate("Insight", "Pause training to step through rows"))
        if idle:
            self.refresh_values()

    def _on_stop_rule(self) -> None:
        h = self.document.settings
        self.truth.set_margin(h.margin if h.stop_rule == STOP_ALL_CORRECT else None)

    # --- live values --------------------------------------------------------------------------------------
    def refresh_values(self, trace: RowTrace | None = None) -> None:
        """Show the network's current weights and answers in every view that is on screen."""
        net, table = self._network(), self.document.table
        if tuple(self.diagram.sizes()) != net.topology:
            self.sync_problem()
            return
        fits = self._fits(net, table)
        if _on_screen(self.truth) and fits:
            with np.errstate(all="ignore"):
                self.truth.show_outputs(net.predict(self.document.network_inputs(table.inputs)), net.threshold)
        if _on_screen(self.diagram):
            self._refresh_diagram(net, table, fits, trace)
        if _on_screen(self.decision):
            self._refresh_decision_map()

    def _refresh_diagram(self, net: Network, table, fits: bool, trace: RowTrace | None) -> None:
        self.diagram.set_weights(net.get_weights())
        small = sum(w.size for w in net.get_weights()) <= TRACE_MAX_WEIGHTS
        if trace is None and fits:
            trace = self._trace_of_toggled_row(net, table, small)
        if isinstance(trace, RowTrace):
            self.diagram.set_values(trace.outputs, trace.errors, trace.gradients)
        elif trace is not None:
            self.diagram.set_values(trace)
        if fits and small and len(table.inputs) <= GATES_MAX_ROWS and len(net.topology) > 2:
            gates = hidden_gates(net, self.document.network_inputs(table.inputs), network_input_labels(self.document))
            self.diagram.set_gates([[str(g) for g in layer] for layer in gates])
        else:
            self.diagram.set_gates([])

    def _trace_of_toggled_row(self, net: Network, table, small: bool):
        """The toggled row's trace (outputs, errors, gradients) on a copy, or only its outputs."""
        row = self.window_.predict_panel.input_row()
        if row.size != table.n_inputs:
            return None
        hits = np.flatnonzero(np.all(np.abs(table.inputs - row) < 1e-9, axis=1)) if len(table.inputs) else []
        seen = self.document.network_inputs(row)  # the toggled x1, x2 as the network sees them
        if len(hits) and small:
            try:
                return step_row(net.copy(), seen, table.targets[hits[0]])  # a copy: the real net is untouched
            except (ValueError, ArithmeticError):
                return None
        return forward_trace(net, seen)

    def _refresh_decision_map(self) -> None:
        self.decision.set_fixed_inputs(self.window_.predict_panel.input_row())
        net, doc = self._network(), self.document
        self.decision.refresh(TableInputs(net, doc.table.n_inputs, doc.network_inputs) if doc.features else net)

    def _on_progress(self, progress: TrainingProgress) -> None:
        if progress.snapshot is not None:  # the one asked for below: the document's shown network has it now
            self.refresh_values()
            self.steps.restart()
        now = time.monotonic()
        if now - self._last_live >= LIVE_INTERVAL_S and any(_on_screen(v) for v in (self.truth, self.diagram,
                                                                                     self.decision)):
            self._last_live = now
            self.document.request_snapshot()  # it comes with the next report, ~1/15 s later

    def _after_epoch_step(self) -> None:
        self.steps.restart()
        self.refresh_values()

    def _on_inputs_toggled(self) -> None:
        if not self._training():
            self.refresh_values()

    def _flip_input(self, i: int) -> None:
        features = self.document.features
        if features:  # a click on a feature flips the table's input it is, if it is x1 or x2 itself
            i = ("x1", "x2").index(features[i]) if 0 <= i < len(features) and features[i] in ("x1", "x2") else -1
        row = self.window_.predict_panel.input_row()
        if 0 <= i < row.size:
            row[i] = 0.0 if row[i] > 0.5 else 1.0
            self.window_.predict_panel.set_input_row(row)

    def _on_row_stepped(self, trace: RowTrace) -> None:
        self.window_.refresh_prediction()  # the panel's answer for the changed weights
        self.refresh_values(trace)
        self.window_.statusBar().showMessage(
            translate("Insight", "Stepped one row: row error {0}. Train continues from these weights.").format(
                f"{trace.row_error:.4g}"), 6000)

    # --- export -------------------------------------------------------------------------------------------
    def export(self, kind: str, path: str) -> None:
        """Write ``kind`` ("diagram.png", "plot.svg", "map.png", "errors.csv", ...) to ``path``."""
        what, fmt = kind.split(".")
        if what == "errors":
            self.export_error_history(path)
        elif what == "diagram":
            (self.diagram.export_png if fmt == "png" else self.diagram.export_svg)(path)
        elif what == "map":
            self._map_for_export()
            (self.decision.export_png if fmt == "png" else self.decision.export_svg)(path)
        elif fmt == "png":
            save_widget_png(self.window_.error_plot, path)
        else:
            save_widget_svg(self.window_.error_plot, path, "nndesk error plot")

    def _map_for_export(self) -> None:
        """The map laid out and computed even while it is behind another tab: an export shows the real map."""
        if not _on_screen(self.decision):
            shown = next((d.widget() for d in self.docks.values() if _on_screen(d.widget())), None)
            self.decision.lay_out_hidden(shown.size() if shown is not None else None)
        self._refresh_decision_map()

    def export_error_history(self, path: str) -> None:
        """The plotted epoch errors as CSV, saying only what is known (:mod:`nndesk.project.history_csv`):
        ``epoch,error`` rows for the epochs known exactly, ``first_epoch,last_epoch,min_error,max_error`` rows
        for stretches known only by their envelope (a long run's forgotten epochs, a reopened file's gaps)."""
        write_history_csv(self.document.errors.known_errors(), path)

    def _ask_and_export(self, kind: str) -> None:
        suffix = kind.split(".")[1]
        path, _ = QFileDialog.getSaveFileName(self.window_, translate("Insight", "Export"), f"nndesk-{kind}",
                                              translate("Insight", "{0} files (*.{1})").format(suffix.upper(), suffix))
        if not path:
            return
        try:
            self.export(kind, path)
        except OSError as exc:
            QMessageBox.warning(self.window_, translate("Insight", "Export failed"),
                                translate("Insight", "Could not save {0}: {1}").format(path, exc.strerror or exc))
            return
        self.window_.statusBar().showMessage(translate("Insight", "Saved {0}").format(path), 6000)


def _on_screen(view: QWidget) -> bool:
    """Shown and not behind another tab or window part: only such views are worth refreshing."""
    return view.isVisible() and not view.visibleRegion().isEmpty()


def install_insight(window: QMainWindow) -> InsightDocks:
    """Add the diagram, truth check, decision map and step-through docks to ``window`` and wire them, with the
    weights view, the forward pass and weight editing (:mod:`nndesk.ui.by_hand`).

    Once per window: a second call returns the docks the first one made.
    """
    existing = window.findChild(InsightDocks, "insightDocks")
    if existing is not None:
        return existing
    from nndesk.ui.by_hand import install_by_hand  # the weights, the forward pass and weight editing (issue 16)

    docks = InsightDocks(window)
    install_by_hand(window, docks)
    return docks
