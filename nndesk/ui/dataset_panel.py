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
(:mod:`nndesk.ui.neuron_maps`). The toggles "The network sees" choose the input features (x₁², sin x₁, ...) the
network is given (:mod:`nndesk.ui.feature_toggles`): they sit here, beside the points they are made from, as in the
Playground; Regenerate keeps them.
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

from nndesk.i18n import QT_TRANSLATE_NOOP, translate
from nndesk.project.dataset_presets import DATASET_PRESETS, DESCRIPTIONS, dataset_project
from nndesk.project.datasets import MAX_NOISE, MAX_SAMPLES, DatasetSpec
from nndesk.ui.feature_toggles import FeatureBinding, FeatureToggles
from nndesk.ui.insight import InsightDocks
from nndesk.ui.neuron_maps import install_neuron_maps
from nndesk.ui.point_painter import PointPainter
from nndesk.ui.window_parts import hidden_left_dock

# The presets' names and lines (nndesk.project.dataset_presets, which has no Qt) for the catalogue; shown through
# translate("DatasetPresets", ...). tests/test_feature_toggles.py checks that they match.
PRESET_WORDS = (
    QT_TRANSLATE_NOOP("DatasetPresets", "Circle"), QT_TRANSLATE_NOOP("DatasetPresets", "Quadrants"),
    QT_TRANSLATE_NOOP("DatasetPresets", "Gaussians"), QT_TRANSLATE_NOOP("DatasetPresets", "Spiral"),
    QT_TRANSLATE_NOOP("DatasetPresets", "Plane"), QT_TRANSLATE_NOOP("DatasetPresets", "Bumps"),
    QT_TRANSLATE_NOOP("DatasetPresets", "Points inside a circle (y = 1) or in a ring around it (y = 0), as in "
                                        "TensorFlow Playground"),
    QT_TRANSLATE_NOOP("DatasetPresets", "y = 1 where x1 and x2 have the same sign: the Playground's XOR of four "
                                        "quadrants"),
    QT_TRANSLATE_NOOP("DatasetPresets", "Two clouds of points around (2, 2) (y = 1) and (-2, -2) (y = 0)"),
    QT_TRANSLATE_NOOP("DatasetPresets", "Two interleaved spiral arms, y = 1 and y = 0: the Playground's hardest "
                                        "problem"),
    QT_TRANSLATE_NOOP("DatasetPresets", "Regression: y = (x1 + x2) / 10 over the square -6..6"),
    QT_TRANSLATE_NOOP("DatasetPresets", "Regression: six bumps of height +1 or -1 over the square -6..6"),
)


class DatasetPanel(QWidget):
    """The preset and its numbers; :meth:`spec` reads them as a :class:`DatasetSpec`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("datasetPanel")
        self.preset_combo = QComboBox(objectName="datasetCombo")
        for name in DATASET_PRESETS:  # shown in the user's language, known by the English name (item data)
            self.preset_combo.addItem(translate("DatasetPresets", name), name)
        self.preset_combo.setCurrentIndex(self.preset_combo.findData("Spiral"))
        self.samples = self._spin(QSpinBox(objectName="samplesSpin"), 2, MAX_SAMPLES, 500, 50)
        self.noise = self._spin(QDoubleSpinBox(objectName="noiseSpin"), 0.0, MAX_NOISE, 0.0, 0.05)
        self.test_fraction = self._spin(QDoubleSpinBox(objectName="testFractionSpin"), 0.0, 0.9, 0.5, 0.1)
        self.data_seed = self._spin(QSpinBox(objectName="dataSeedSpin"), 0, 2**31 - 1, 1, 1)
        self.discretize = QCheckBox(self.tr("Discretize the map"), objectName="discretizeCheck")
        self.discretize.setToolTip(self.tr("Show the decision map's output as 0 or 1 (thresholded) instead of its "
                                           "value"))
        self.draw = QCheckBox(self.tr("Draw on the map"), objectName="drawCheck")
        self.draw.setToolTip(self.tr("Click the decision map to add a row there, drag to paint several, right-click "
                                     "to erase one (undo takes them back)"))
        self.draw_value = self._spin(QDoubleSpinBox(objectName="drawValue"), -100.0, 100.0, 1.0, 1.0)
        self.draw_value.setToolTip(self.tr("The target y of the points drawn: 1 or 0 for a class, any value for a "
                                           "surface"))
        self.regenerate_button = QPushButton(self.tr("Regenerate"), objectName="regenerateButton")
        self.regenerate_button.setToolTip(self.tr("Generate the points anew as the training table (a new network)"))
        self.description = QLabel(wordWrap=True, objectName="datasetDescription")
        self.features = FeatureToggles()
        form = QFormLayout()
        for text, field, tip in ((self.tr("Problem"), self.preset_combo, self.tr("TensorFlow Playground's problems")),
                                 (self.tr("Points"), self.samples, self.tr("How many points to generate")),
                                 (self.tr("Noise"), self.noise, self.tr("0 to 0.5, as the Playground's slider")),
                                 (self.tr("Test share"), self.test_fraction, self.tr("The share of the points held "
                                                                                     "out as test rows")),
                                 (self.tr("Data seed"), self.data_seed, self.tr("The seed of the points and test "
                                                                                "rows, apart from the weights' "
                                                                                "seed"))):
            field.setToolTip(tip)
            field.setAccessibleName(text)
            form.addRow(text, field)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.description)
        layout.addWidget(self.regenerate_button)
        layout.addWidget(self.features)
        draw = QFormLayout()
        draw.addRow(self.discretize)
        draw.addRow(self.draw)
        draw.addRow(self.tr("New points' y"), self.draw_value)
        self.draw_value.setAccessibleName(self.tr("New points' y"))
        layout.addLayout(draw)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)  # the neuron maps take the rest
        self.preset_combo.currentIndexChanged.connect(self._describe)
        self._describe()

    @staticmethod
    def _spin(box: QSpinBox | QDoubleSpinBox, low: float, high: float, value: float, step: float):
        box.setRange(low, high)
        box.setSingleStep(step)
        box.setValue(value)
        return box

    def _describe(self, *_index: int) -> None:
        self.description.setText(translate("DatasetPresets", DESCRIPTIONS.get(self.name(), "")))

    def name(self) -> str:
        """The chosen preset's English name (a key of DATASET_PRESETS), whatever the language shown."""
        return self.preset_combo.currentData() or ""

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
        self.dock = hidden_left_dock(window, self.tr("Problem data"), self.panel, "datasetDock", "datasetDockToggle")
        self.panel.regenerate_button.clicked.connect(self.regenerate)
        self.features = FeatureBinding(self.panel.features, window.document, window.undo_stack)
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
        shown = translate("DatasetPresets", name)
        try:  # the features ticked stay: the Playground keeps them when another problem is chosen
            project = dataset_project(name, self.panel.spec(), features=self.panel.features.features())
        except ValueError as exc:  # the spin boxes keep to the limits; a message rather than a traceback
            w.document.message.emit(self.tr("Cannot generate {0}: {1}").format(shown, exc), 10000)
            return False
        w.document.show_project(project)
        w.document.set_path(None)
        w.undo_stack.clear()  # a new table, as a file opened: the old table's edits do not apply to it
        spec = project.dataset
        w.document.message.emit(self.tr("{0}: {1} points, noise {2}, {3} test rows; network {4}, η {5}, batches of "
                                        "10").format(shown, spec.samples, f"{spec.noise:g}", len(project.test_rows),
                                                     w.document.topology_text(), f"{project.eta:g}"), 10000)
        self.dock.show()
        self.neurons.dock.show()
        return True


def install_datasets(window: QMainWindow) -> DatasetDock:
    """Add the Dataset dock to ``window`` (once: a second call returns the first one's)."""
    existing = window.findChild(DatasetDock, "datasetDocks")
    return existing if existing is not None else DatasetDock(window)
