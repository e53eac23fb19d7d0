"""The dataset presets in the window: a "Dataset" dock to generate the Playground's points as the training table.

``install_datasets(window)`` adds the dock (object name ``datasetDock``) with the preset (Circle, Quadrants,
Gaussians, Spiral, Plane, Bumps), the number of points, the noise, the share of test rows, the data seed and
**Regenerate**, and a View-menu switch for it. Regenerate makes the project of
:func:`nndesk.project.dataset_presets.dataset_project` (the Playground's settings: η 0.03, batches of 10, hidden
layers of tanh, half the points held out as test rows) and shows it as File ▸ Open shows a file: unsaved work is
asked about first, and the network starts from its seed.

The window trains on what the network sees of the points (x1, x2); the decision map shows the points over the
plane, the test rows as triangles; with "Draw on the map", clicks on the map add rows
(:mod:`nndesk.ui.point_painter`); the dock "Neuron maps" shows every neuron's own map
(:mod:`nndesk.ui.neuron_maps`). Not yet here: derived features in the window (the command line has them).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from nndesk.i18n import translate
from nndesk.project.dataset_presets import DATASET_PRESETS, DESCRIPTIONS, dataset_project
from nndesk.project.datasets import MAX_NOISE, MAX_SAMPLES, DatasetSpec
from nndesk.ui.insight import InsightDocks
from nndesk.ui.neuron_maps import install_neuron_maps
from nndesk.ui.point_painter import PointPainter
from nndesk.ui.window_parts import hidden_left_dock


class DatasetPanel(QWidget):
    """The preset and its numbers; :meth:`spec` reads them as a :class:`DatasetSpec`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("datasetPanel")
        self.preset_combo = QComboBox(objectName="datasetCombo")
        self.preset_combo.addItems(list(DATASET_PRESETS))
        self.preset_combo.setCurrentText("Spiral")
        self.samples = self._spin(QSpinBox(objectName="samplesSpin"), 2, MAX_SAMPLES, 500, 50)
        self.noise = self._spin(QDoubleSpinBox(objectName="noiseSpin"), 0.0, MAX_NOISE, 0.0, 0.05)
        self.test_fraction = self._spin(QDoubleSpinBox(objectName="testFractionSpin"), 0.0, 0.9, 0.5, 0.1)
        self.data_seed = self._spin(QSpinBox(objectName="dataSeedSpin"), 0, 2**31 - 1, 1, 1)
        self.discretize = QCheckBox("Discretize the map", objectName="discretizeCheck")
        self.discretize.setToolTip("Show the decision map's output as 0 or 1 (thresholded) instead of its value")
        self.draw = QCheckBox("Draw on the map", objectName="drawCheck")
        self.draw.setToolTip("Click the decision map to add a row there, drag to paint several, right-click to "
                             "erase one (undo takes them back)")
        self.draw_value = self._spin(QDoubleSpinBox(objectName="drawValue"), -100.0, 100.0, 1.0, 1.0)
        self.draw_value.setToolTip("The target y of the points drawn: 1 or 0 for a class, any value for a surface")
        self.regenerate_button = QPushButton("Regenerate", objectName="regenerateButton")
        self.regenerate_button.setToolTip("Generate the points anew as the training table (a new network)")
        self.description = QLabel(wordWrap=True, objectName="datasetDescription")
        form = QFormLayout()
        for text, field, tip in (("Problem", self.preset_combo, "TensorFlow Playground's problems"),
                                 ("Points", self.samples, "How many points to generate"),
                                 ("Noise", self.noise, "0 to 0.5, as the Playground's slider"),
                                 ("Test share", self.test_fraction, "The share of the points held out as test rows"),
                                 ("Data seed", self.data_seed, "The seed of the points and test rows, apart from "
                                  "the weights' seed")):
            field.setToolTip(tip)
            field.setAccessibleName(text)
            form.addRow(text, field)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.description)
        layout.addWidget(self.regenerate_button)
        draw = QFormLayout()
        draw.addRow(self.discretize)
        draw.addRow(self.draw)
        draw.addRow("New points' y", self.draw_value)
        self.draw_value.setAccessibleName("New points' y")
        layout.addLayout(draw)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)  # the neuron maps take the rest
        self.preset_combo.currentTextChanged.connect(self._describe)
        self._describe(self.preset_combo.currentText())

    @staticmethod
    def _spin(box: QSpinBox | QDoubleSpinBox, low: float, high: float, value: float, step: float):
        box.setRange(low, high)
        box.setSingleStep(step)
        box.setValue(value)
        return box

    def _describe(self, name: str) -> None:
        self.description.setText(translate("DatasetPresets", DESCRIPTIONS[name]) if name in DESCRIPTIONS else "")

    def name(self) -> str:
        return self.preset_combo.currentText()

    def spec(self) -> DatasetSpec:
        return DatasetSpec(DATASET_PRESETS[self.name()], self.samples.value(), round(self.noise.value(), 4),
                           round(self.test_fraction.value(), 4), self.data_seed.value())


class DatasetDock(QObject):
    """The dock and its wiring to one window; made by :func:`install_datasets`."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("datasetDocks")
        self.window_ = window
        self.panel = DatasetPanel()
        # shown from the View menu, or when a dataset is generated; its Alt letter: o (View has d, a, t, s, e taken)
        self.dock = hidden_left_dock(window, "Problem data", self.panel, "datasetDock", "datasetDockToggle")
        self.panel.regenerate_button.clicked.connect(self.regenerate)
        self.insight = window.findChild(InsightDocks)  # installed just before (None in a window without it)
        self.painter = PointPainter(window, self.insight.decision, self.panel.draw.isChecked,
                                    self.panel.draw_value.value) if self.insight is not None else None
        if self.painter is not None:
            self.panel.layout().addWidget(self.painter.clear_button)  # under "Draw on the map"
        self.neurons = install_neuron_maps(window)  # the Playground's small map of every neuron
        if self.insight is not None:
            self.panel.discretize.toggled.connect(self.insight.decision.set_discrete)
        for signal in (window.document.tableChanged, window.networkChanged):  # after the decision map's own slot
            signal.connect(self.show_test_rows)
        self.show_test_rows()

    def show_test_rows(self) -> None:
        """Mark the held-out rows on the decision map (triangles), as the document holds them now."""
        insight = self.insight
        if insight is None:
            return
        insight.decision.set_test_rows(self.window_.document.project().test_rows)
        insight.refresh_values()

    def regenerate(self) -> bool:
        """The chosen problem's points as a new project in the window; False if the user kept the work shown."""
        w = self.window_
        if w.document.is_training():
            w.document.stop_training()
        if not w.files.may_discard_changes():
            return False
        name = self.panel.name()
        try:
            project = dataset_project(name, self.panel.spec())
        except ValueError as exc:  # the spin boxes keep to the limits; a message rather than a traceback
            w.document.message.emit(f"Cannot generate {name}: {exc}", 10000)
            return False
        w.document.show_project(project)
        w.document.set_path(None)
        w.undo_stack.clear()  # a new table, as a file opened: the old table's edits do not apply to it
        spec = project.dataset
        w.document.message.emit(f"{name}: {spec.samples} points, noise {spec.noise:g}, {len(project.test_rows)} "
                                f"test rows; network {w.document.topology_text()}, η {project.eta:g}, "
                                "batches of 10", 10000)
        self.dock.show()
        self.neurons.dock.show()
        return True


def install_datasets(window: QMainWindow) -> DatasetDock:
    """Add the Dataset dock to ``window`` (once: a second call returns the first one's)."""
    existing = window.findChild(DatasetDock, "datasetDocks")
    return existing if existing is not None else DatasetDock(window)
