"""The numbers by hand: edit a weight, the weights view and the forward pass, wired into the main window.

``install_by_hand(window, insight)`` (called by :func:`nndesk.ui.insight.install_insight`) adds

- weight editing: click a connection in the network diagram and type a value, or edit a cell of the weights
  view. Each edit is one step of the window's undo stack (:class:`WeightEdit`) and goes through
  :meth:`Document.set_weight`; the truth check, the decision map, the diagram and the "Try it" answer follow
  at once. Refused, with a line in the status bar, while training runs;
- the docks ``weightsView`` (:class:`~nndesk.ui.weights_view.WeightsView`) and ``forwardPass``
  (:class:`~nndesk.ui.forward_pass.ForwardPass`), tabbed with the other views, live while training: they draw
  the worker's snapshots (plain arrays), never the network it trains;
- File ▸ Export Worksheet… (``exportWorksheetAction``): the printable PDF of
  :mod:`nndesk.ui.worksheet_pdf` for the row toggled under "Try it" (else the worksheet's own choice).

It uses the window's public parts only: ``document``, ``undo_stack``, ``predict_panel``, ``statusBar()``,
``refresh_prediction()``, the signals, and the insight docks' ``diagram``, ``steps`` and ``refresh_values()``.
"""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction, QUndoCommand
from PySide6.QtWidgets import QDockWidget, QFileDialog, QLineEdit, QMainWindow, QMessageBox, QWidget

from nndesk.engine.forward_steps import steps_for
from nndesk.i18n import translate
from nndesk.project.dataset_presets import network_view
from nndesk.project.presets import preset_named
from nndesk.project.worksheet import WorksheetError, build_worksheet
from nndesk.ui.appearance import find_menu
from nndesk.ui.document import Document, weight_edit_refusal
from nndesk.ui.feature_toggles import network_input_labels
from nndesk.ui.forward_pass import ForwardPass
from nndesk.ui.preset_names import shown_name
from nndesk.ui.step_through import NeuronNames
from nndesk.ui.training_worker import TrainingProgress
from nndesk.ui.weights_view import WeightsView, parse_weight
from nndesk.ui.window_state import State
from nndesk.worksheet_words import translated_words

LIVE_INTERVAL_S = 0.1  # refresh the docks at most this often while training


class WeightEdit(QUndoCommand):
    """One weight set by hand: ``weights[layer][i, j]`` from ``old`` to ``new``."""

    def __init__(self, document: Document, where: tuple[int, int, int], old: float, new: float, text: str) -> None:
        super().__init__(text)
        self._document, self._where, self._old, self._new = document, where, old, new

    def redo(self) -> None:
        self._set(self._old, self._new)

    def undo(self) -> None:
        self._set(self._new, self._old)

    def _set(self, expected: float, value: float) -> None:
        # Training, a step or a new network since may have moved the weight: then there is nothing to take back.
        if current_weight(self._document, *self._where) != expected:
            self.setObsolete(True)
            self._document.message.emit(translate("ByHand", "{0}: the weight has changed since, nothing to undo")
                                        .format(self.text()), 6000)
            return
        self._document.set_weight(*self._where, value)


def current_weight(document: Document, layer: int, i: int, j: int) -> float | None:
    """The idle network's weight (layer, i, j), or None when it has no such weight."""
    weights = document.network.get_weights()
    if 0 <= layer < len(weights) and 0 <= i < weights[layer].shape[0] and 0 <= j < weights[layer].shape[1]:
        return float(weights[layer][i, j])
    return None


class WeightPopup(QLineEdit):
    """A one-line editor over the network diagram: Enter sets the weight, Escape or a click elsewhere cancels."""

    def __init__(self, parent: QWidget, commit) -> None:
        super().__init__(parent)
        self.setObjectName("weightEditor")
        self.setAccessibleName(translate("ByHand", "New weight"))
        self.setFixedWidth(110)
        self.hide()
        self._commit = commit
        self._where: tuple[int, int, int] | None = None
        self.returnPressed.connect(self._enter)

    def open_at(self, where: tuple[int, int, int], value: float, pos: QPoint, tip: str) -> None:
        self._where = where
        self.setText(f"{value:.6g}")
        self.setToolTip(tip)
        parent = self.parentWidget()
        x = min(max(pos.x() - self.width() // 2, 0), max(parent.width() - self.width(), 0))
        y = min(max(pos.y() - self.sizeHint().height() - 6, 0), max(parent.height() - self.sizeHint().height(), 0))
        self.move(x, y)
        self.show()
        self.raise_()
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.selectAll()  # typing replaces the shown weight

    def editing(self) -> tuple[int, int, int] | None:
        return self._where if self.isVisible() else None

    def _enter(self) -> None:
        if self._where is not None and self._commit(self._where, self.text()):
            self.cancel()

    def cancel(self) -> None:
        self._where = None
        self.hide()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        # Another control took the focus: cancel. The window losing it (another window, a menu) keeps the editor.
        if event.reason() not in (Qt.FocusReason.ActiveWindowFocusReason, Qt.FocusReason.PopupFocusReason):
            self.cancel()


class ByHand(QObject):
    """Weight editing and the weights and forward-pass docks of one main window (see the module docstring)."""

    def __init__(self, window: QMainWindow, insight) -> None:
        super().__init__(window)
        self.setObjectName("byHand")
        self.window_, self.insight, self.document = window, insight, window.document
        self.weights_view = WeightsView()
        self.forward = ForwardPass()
        self.popup = WeightPopup(insight.diagram, self._commit_text)
        self.docks = {name: self._add_dock(name, title, view) for name, title, view in (
            ("weightsView", self.tr("Weights"), self.weights_view),
            ("forwardPass", self.tr("Forward pass"), self.forward))}
        insight.docks["networkDiagram"].raise_()  # the diagram stays the tab in front
        self._last_live = 0.0
        self._press = QPoint()
        self.worksheet_action = self._add_worksheet_action()
        self._connect()
        self.sync()

    def _add_dock(self, name: str, title: str, view: QWidget) -> QDockWidget:
        dock = QDockWidget(title, self.window_)
        dock.setObjectName(name)
        dock.setWidget(view)
        self.window_.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        self.window_.tabifyDockWidget(self.insight.docks["networkDiagram"], dock)
        dock.visibilityChanged.connect(lambda visible: visible and self.refresh())
        toggle = dock.toggleViewAction()
        toggle.setObjectName(f"{name}Toggle")
        view_menu = find_menu(self.window_, "View")
        if view_menu is not None:
            view_menu.addAction(toggle)
        return dock

    def _add_worksheet_action(self) -> QAction:
        action = QAction(self.tr("Export &Worksheet…"), self.window_)
        action.setObjectName("exportWorksheetAction")
        action.setStatusTip(self.tr("A printable PDF: the network, its weights and a forward pass and an update to "
                                    "compute by hand for the row toggled under Try it, the answers on a separate "
                                    "page"))
        action.triggered.connect(lambda: self.export_worksheet())
        file_menu = find_menu(self.window_, "File")
        if file_menu is not None:
            separators = [a for a in file_menu.actions() if a.isSeparator()]
            file_menu.insertAction(separators[-1], action) if separators else file_menu.addAction(action)
        return action

    def export_worksheet(self, path: str | Path | None = None) -> bool:
        """File ▸ Export Worksheet…: the PDF for the toggled row (asking where when ``path`` is None)."""
        doc = self.document
        if doc.is_training():
            return False
        table, row = doc.table, self.window_.predict_panel.input_row()
        hits = np.flatnonzero(np.all(np.abs(table.inputs - row) < 1e-9, axis=1)) if row.size == table.n_inputs \
            else np.array([], dtype=int)
        preset = preset_named(table)
        title = doc.path.stem if doc.path else shown_name(preset) if preset else self.tr("Network")
        try:
            sheet = build_worksheet(network_view(doc.project()), int(hits[0]) + 1 if hits.size else None, title,
                                    words=translated_words())
        except WorksheetError as exc:
            self._problem(self.tr("Cannot make a worksheet: {0}.").format(exc))
            return False
        if path is None:
            folder = doc.path.parent if doc.path else Path.home()
            path, _ = QFileDialog.getSaveFileName(self.window_, self.tr("Export Worksheet"),
                                                  str(folder / f"{title}.pdf"), self.tr("PDF files (*.pdf)"))
            if not path:
                return False
        from nndesk.ui.worksheet_pdf import save_worksheet  # drawn only when asked for

        try:
            save_worksheet(sheet, path)
        except OSError as exc:
            self._problem(self.tr("Could not write {0}: {1}").format(Path(path).name, exc.strerror or exc))
            return False
        self.window_.statusBar().showMessage(self.tr("Wrote the worksheet {0} (row {1}; the answers are on the last "
                                                     "pages)").format(Path(path).name, sheet.row), 8000)
        return True

    def _problem(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Export Worksheet"), text, QMessageBox.StandardButton.Ok,
                          self.window_)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _connect(self) -> None:
        doc, w = self.document, self.window_
        for signal in (doc.tableChanged, w.networkChanged):
            signal.connect(self.sync)
        for signal in (doc.weightsChanged, doc.historyChanged, w.predict_panel.inputsChanged,
                       self.insight.steps.stepped):
            signal.connect(self.refresh)
        doc.weightsChanged.connect(self._after_edit)
        doc.stateChanged.connect(self._on_state)
        doc.trainingProgress.connect(self._on_progress)
        self.insight.diagram.connectionClicked.connect(self._open_popup)
        self.insight.diagram.installEventFilter(self)
        self.weights_view.weightEdited.connect(self.edit_weight)

    def _on_state(self, state: State) -> None:
        self.worksheet_action.setEnabled(state is not State.TRAINING)
        self.refresh()  # a run ended: the trained weights

    # --- editing ------------------------------------------------------------------------------------------
    def edit_weight(self, layer: int, i: int, j: int, value: float) -> bool:
        """Set weight (layer, i, j) to ``value`` as one undoable step; False (said in the status bar) if not now."""
        doc = self.document
        refusal = weight_edit_refusal(doc, value)
        old = current_weight(doc, layer, i, j) if refusal is None else None
        if refusal is None and old is None:
            refusal = self.tr("There is no such weight in the network {0}").format(doc.topology_text())
        if refusal is not None:
            self.window_.statusBar().showMessage(refusal, 8000)
            return False
        if old == value:
            return True
        names = self._names()
        text = self.tr("Weight {0} → {1} = {2}").format(names(layer, j), names(layer + 1, i), f"{value:g}")
        self.window_.undo_stack.push(WeightEdit(doc, (layer, i, j), old, float(value), text))
        self.window_.statusBar().showMessage(self.tr("{0} (was {1}); Undo takes it back").format(text, f"{old:.6g}"),
                                             8000)
        return True

    def _commit_text(self, where: tuple[int, int, int], text: str) -> bool:
        value = parse_weight(text)
        if value is None:
            self.window_.statusBar().showMessage(
                self.tr("“{0}” is not a number: type a weight such as -1.5 or 0.25").format(text), 8000)
            return False
        return self.edit_weight(*where, value)

    def eventFilter(self, watched: QObject, event) -> bool:
        if watched is self.insight.diagram and event.type() == event.Type.MouseButtonPress:
            self._press = event.position().toPoint()  # where the editor opens if this click hits a connection
        return False

    def _open_popup(self, layer: int, i: int, j: int) -> None:
        refusal = weight_edit_refusal(self.document, 0.0)
        if refusal is not None:
            self.window_.statusBar().showMessage(refusal, 8000)
            return
        names = self._names()
        value = current_weight(self.document, layer, i, j)
        if value is not None:
            tip = self.tr("weight from {0} to {1}: Enter sets it, Escape cancels").format(names(layer, j),
                                                                                          names(layer + 1, i))
            self.popup.open_at((layer, i, j), value, self._press, tip)
            self.window_.statusBar().showMessage(self.tr("Type the new weight from {0} to {1}: Enter sets it, Escape "
                                                         "cancels").format(names(layer, j), names(layer + 1, i)), 8000)

    def _after_edit(self) -> None:
        self.window_.refresh_prediction()
        self.insight.steps.restart()  # its last row was stepped with the weights before
        self.insight.refresh_values()

    # --- showing ------------------------------------------------------------------------------------------
    def _names(self) -> NeuronNames:
        return NeuronNames(self.document.topology, network_input_labels(self.document),
                           self.document.table.target_names)

    def sync(self, *_args) -> None:
        """A new table or network: lay the weights view out for its layers, then show its numbers."""
        self.popup.cancel()
        sizes, name = self.document.topology, self._names()
        layers = [[name(layer, i) for i in range(n + (1 if layer < len(sizes) - 1 else 0))]
                  for layer, n in enumerate(sizes)]
        self.weights_view.set_network(layers, self.document.shown_network().get_weights())
        self.refresh()

    def refresh(self, *_args) -> None:
        """Show the shown network's weights and the toggled row's forward pass (in the docks on screen)."""
        self._show(self.document.shown_network().get_weights())

    def _show(self, weights: list[np.ndarray]) -> None:
        if _on_screen(self.weights_view):
            self.weights_view.set_weights(weights)
        if _on_screen(self.forward):
            row = self.window_.predict_panel.input_row()
            if row.size == self.document.table.n_inputs:
                row = self.document.network_inputs(row)  # the toggled x1, x2 as the network sees them
            if not weights or row.size != weights[0].shape[1] - 1:
                self.forward.show_message(self.tr("Toggle the inputs under Try it to follow them through the "
                                                  "network."))
                return
            with np.errstate(all="ignore"):
                steps = steps_for(weights, self.document.activations, row)
            self.forward.show_steps(row.tolist(), steps, self._names())

    def _on_progress(self, progress: TrainingProgress) -> None:
        if progress.snapshot is not None and progress.snapshot.is_finite():
            self._show(list(progress.snapshot.weights))  # plain arrays the worker sent
        now = time.monotonic()
        if now - self._last_live >= LIVE_INTERVAL_S and (_on_screen(self.weights_view) or _on_screen(self.forward)):
            self._last_live = now
            self.document.request_snapshot()


def _on_screen(view: QWidget) -> bool:
    return view.isVisible() and not view.visibleRegion().isEmpty()


def install_by_hand(window: QMainWindow, insight) -> ByHand:
    """Weight editing, the weights view and the forward pass for ``window`` (once per window)."""
    existing = window.findChild(ByHand, "byHand")
    return existing if existing is not None else ByHand(window, insight)
