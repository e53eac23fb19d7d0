"""A small map of every hidden and output neuron's output over the plane of two inputs, as the Playground draws.

``install_neuron_maps(window)`` adds the dock "Neuron maps" (object name ``neuronMaps``, View menu): one row of
small maps per layer, from the first hidden layer to the outputs, each the neuron's output over the table's range
of the two inputs (the same plane as the decision map, coloured by the same scale: the activation's low to high).
Clicking a small map shows it large above the grid. The maps follow training at most ~10 times a second, from the
snapshots of the weights the document sends (never the network being trained). Tables of other than two inputs
show a line saying so.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QMainWindow,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from nndesk.engine import Network
from nndesk.engine.activations import activation
from nndesk.i18n import translate
from nndesk.ui.appearance import tones
from nndesk.ui.decision_map import plane
from nndesk.ui.window_parts import hidden_left_dock

GRID = 32
SMALL_PX, LARGE_PX = 40, 150
PER_ROW = 3  # small maps a row: a layer of 8 takes three rows, so the dock stays narrow
LIVE_INTERVAL_S = 0.1


def neuron_outputs(net: Network, batch: np.ndarray) -> list[np.ndarray]:
    """Each layer's outputs after the inputs for the rows of ``batch`` (rows, n_in): ``out[l]`` (rows, n[l+1])."""
    a, out = batch, []
    with np.errstate(all="ignore"):
        for w, name in zip(net.get_weights(), net.activations, strict=True):
            a = activation(name).array(a @ w[:, :-1].T + w[:, -1])
            out.append(a)
    return out


def _range(name: str) -> tuple[float, float]:
    return (-1.0, 1.0) if name == "tanh" else (0.0, 1.0)


class NeuronMaps(QWidget):
    """The grid of small maps and the large one; :meth:`show_network` draws them for a network and its table."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("neuronMapsView")
        self.large = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, objectName="largeNeuronMap")
        self.caption = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, objectName="neuronMapCaption", wordWrap=True)
        self.grid = QGridLayout()
        self.grid.setSpacing(4)
        holder = QWidget()
        holder.setLayout(self.grid)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(holder)
        scroll.setMinimumHeight(3 * SMALL_PX + 60)  # a few layers' maps without scrolling
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.large)
        layout.addWidget(self.caption)
        self.buttons: list[QWidget] = []  # the layers' titles and their maps' buttons, in order
        self.maps: list[QToolButton] = []
        self.images: dict[tuple[int, int], np.ndarray] = {}  # (layer, neuron) -> (GRID, GRID) values, rows are y
        self.spans: dict[int, tuple[float, float]] = {}  # layer -> its activation's low and high
        self.chosen: tuple[int, int] | None = None
        self._shape: tuple[int, ...] = ()

    def show_network(self, net: Network, inputs: np.ndarray,
                     seen: Callable[[np.ndarray], np.ndarray] = lambda x: x) -> None:
        """Draw every neuron's map for ``net`` over the plane of ``inputs`` (rows, 2); ``seen`` gives what the
        network sees of points of the plane (its features: Document.network_inputs)."""
        batch = plane(inputs, 0, 1, [0.0, 0.0], GRID)[0] if inputs.ndim == 2 and inputs.shape[1] == 2 else None
        if batch is None or len(inputs) == 0 or seen(batch).shape[1] != net.topology[0]:
            self._clear(self.tr("The neuron maps show networks of two inputs"))
            return
        if net.topology != self._shape:
            self._lay_out(net.topology)
        layers = neuron_outputs(net, seen(batch))
        k = 0
        for layer, (values, name) in enumerate(zip(layers, net.activations, strict=True)):
            self.spans[layer] = _range(name)
            for j in range(values.shape[1]):
                image = values[:, j].reshape(GRID, GRID).T  # batch row i * GRID + j: x step i, y step j
                self.images[(layer, j)] = image
                self.maps[k].setIcon(QPixmap.fromImage(self._image(image, _range(name))))
                k += 1
        self._show_chosen()

    def _clear(self, text: str) -> None:
        self._lay_out(())
        self.large.clear()
        self.caption.setText(text)

    def _lay_out(self, topology: tuple[int, ...]) -> None:
        for button in self.buttons:
            self.grid.removeWidget(button)
            button.deleteLater()
        self.buttons, self.maps, self.images, self._shape = [], [], {}, tuple(topology)
        self.chosen = (len(topology) - 2, 0) if len(topology) > 1 else None
        row = 0
        for layer, n in enumerate(topology[1:]):
            last = layer == len(topology) - 2
            title = QLabel(self.tr("outputs") if last else self.tr("hidden {0}").format(layer + 1))
            self.grid.addWidget(title, row, 0, 1, PER_ROW)
            self.buttons.append(title)  # removed with the maps on the next lay-out
            row += 1
            for j in range(n):
                button = QToolButton(objectName=f"neuronMap_{layer}_{j}")
                button.setIconSize(button.iconSize().scaled(SMALL_PX, SMALL_PX, Qt.AspectRatioMode.IgnoreAspectRatio))
                what = self._name(layer, j, last)
                button.setToolTip(self.tr("{0}: click to show it large").format(what))
                button.setAccessibleName(self.tr("Map of {0}").format(what))
                button.clicked.connect(lambda _=False, key=(layer, j): self.choose(key))
                self.grid.addWidget(button, row + j // PER_ROW, j % PER_ROW)
                self.buttons.append(button)
                self.maps.append(button)
            row += -(-n // PER_ROW)

    def choose(self, key: tuple[int, int]) -> None:
        """Show the map of neuron ``key`` = (layer after the inputs, neuron) large."""
        self.chosen = key
        self._show_chosen()

    def _show_chosen(self) -> None:
        if self.chosen not in self.images:
            return
        layer, j = self.chosen
        last = layer == len(self._shape) - 2
        image = self._image(self.images[self.chosen], self.spans[layer])
        self.large.setPixmap(QPixmap.fromImage(image).scaled(LARGE_PX, LARGE_PX))
        self.caption.setText(self._name(layer, j, last))

    def _name(self, layer: int, j: int, last: bool) -> str:
        """ "output 1" or "hidden layer 2, neuron 3", numbered from 1."""
        return (self.tr("output {0}").format(j + 1) if last
                else self.tr("hidden layer {0}, neuron {1}").format(layer + 1, j + 1))

    def _image(self, values: np.ndarray, span: tuple[float, float]) -> QImage:
        """``values`` (rows are y, bottom row first) coloured from low to high through the map's three colours."""
        lo, hi = span
        share = np.clip((np.nan_to_num(values, nan=lo) - lo) / (hi - lo), 0.0, 1.0)[::-1]  # top row first
        stops = np.array([c.getRgb()[:3] for c in tones(self.palette()).map_scale], dtype=np.float64)
        rgb = np.stack([np.interp(share, (0.0, 0.5, 1.0), stops[:, c]) for c in range(3)], axis=-1)
        data = np.ascontiguousarray(rgb.astype(np.uint8))
        h, w, _ = data.shape
        image = QImage(data.data, w, h, 3 * w, QImage.Format.Format_RGB888)
        return image.scaled(SMALL_PX, SMALL_PX).copy()  # a copy: the numpy buffer goes away


class NeuronMapsDock(QObject):
    """The dock and its wiring to one window; made by :func:`install_neuron_maps`."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("neuronMapsDocks")
        self.window_ = window
        self.view = NeuronMaps()
        self.dock = hidden_left_dock(window, translate("NeuronMaps", "Neuron maps"), self.view, "neuronMaps",
                                     "neuronMapsToggle")
        self._last = 0.0
        for signal in (window.networkChanged, window.document.tableChanged, window.step_action.triggered):
            signal.connect(self.refresh)
        window.trainingProgress.connect(self._on_progress)
        window.trainingFinished.connect(self.refresh)
        self.dock.visibilityChanged.connect(lambda visible: visible and self.refresh())

    def refresh(self, *_args: object) -> None:
        if self.dock.isVisible():
            doc = self.window_.document
            self.view.show_network(doc.shown_network(), doc.table.inputs, doc.network_inputs)

    def _on_progress(self, progress: object) -> None:
        if not self.dock.isVisible():
            return
        if getattr(progress, "snapshot", None) is not None:
            self.refresh()
        now = time.monotonic()
        if now - self._last >= LIVE_INTERVAL_S:
            self._last = now
            self.window_.document.request_snapshot()


def install_neuron_maps(window: QMainWindow) -> NeuronMapsDock:
    """Add the Neuron maps dock to ``window`` (once: a second call returns the first one's)."""
    existing = window.findChild(NeuronMapsDock, "neuronMapsDocks")
    return existing if existing is not None else NeuronMapsDock(window)
