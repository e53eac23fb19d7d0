"""The input features in the window: toggles for x₁, x₂, x₁², x₂², x₁x₂, sin x₁, sin x₂ (as TensorFlow Playground's).

:class:`FeatureToggles` is a row of check boxes (object name ``featureToggles``, one ``feature_<name>`` box each)
in the "Problem data" dock. Each click is one undoable change of the document (:class:`FeaturesEdit`,
:meth:`Document.set_features`): the network gets a new input layer, so new weights. The table, the "Try it" toggles
and the decision map stay in x₁, x₂; every view that runs the network on them feeds it
``document.network_inputs(...)`` (:func:`nndesk.project.dataset_presets.network_inputs`, the command line's
``--features`` too). Tables of other than two inputs grey the toggles out and say why.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QVBoxLayout, QWidget

from nndesk.engine import Network
from nndesk.i18n import translate
from nndesk.project.datasets import FEATURE_LABELS, FEATURES
from nndesk.ui.applied_edit import AppliedEdit

LABELS = FEATURE_LABELS  # how the diagram and the toggles write each feature


def feature_labels(features: Sequence[str]) -> list[str]:
    """The features as the diagram labels its inputs: ``x1^2`` as ``x₁²``."""
    return [LABELS.get(f, f) for f in features]


def network_input_labels(document) -> tuple[str, ...]:
    """The names of the network's inputs as views label them: ``x₁²`` for a feature, else the table's column."""
    return tuple(feature_labels(document.features)) if document.features else document.table.input_names


class TableInputs:
    """``net`` as the table's inputs reach it: :meth:`predict` takes rows (rows, n_inputs) of the table and feeds
    the network what it sees of them (``seen``: Document.network_inputs). For views that work in the table's
    plane (the decision map): ``topology[0]`` is the table's input count, the rest is the network's."""

    def __init__(self, net: Network, n_inputs: int, seen) -> None:
        self.net, self._seen = net, seen
        self.topology = (n_inputs, *net.topology[1:])
        self.threshold = net.threshold

    def predict(self, inputs: np.ndarray) -> np.ndarray:
        return self.net.predict(self._seen(inputs))


class FeaturesEdit(AppliedEdit):
    """One undoable change of the features: (before, after), each a tuple of FEATURES' names (() : none)."""

    def apply(self, value: tuple[str, ...]) -> None:
        self._document.set_features(value)


class FeatureToggles(QWidget):
    """One check box per feature; ``toggled(features)`` when the user clicks one (not when :meth:`show` sets
    them). :meth:`features` reads the ticked ones in FEATURES' order."""

    toggled = Signal(tuple)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("featureToggles")
        self.title = QLabel(self.tr("The network sees"), objectName="featuresTitle")
        self.title.setToolTip(self.tr("The inputs the network is given, made from the table's two inputs x₁, x₂ "
                                      "(the table and the map stay in x₁, x₂). A change gives new weights."))
        self.reason = QLabel(wordWrap=True, objectName="featuresReason")
        self.reason.hide()
        self.boxes: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        for k, name in enumerate(FEATURES):
            box = QCheckBox(LABELS[name], objectName="feature_" + name)
            box.setAccessibleName(self.tr("Feature {0}").format(LABELS[name]))
            box.setToolTip(self.tr("Give the network {0} as an input").format(LABELS[name]))
            box.clicked.connect(self._on_clicked)
            grid.addWidget(box, k // 4 if k < 4 else 1 + (k - 4) // 3, k % 4 if k < 4 else (k - 4) % 3)
            self.boxes[name] = box
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(grid)
        layout.addWidget(self.reason)

    def features(self) -> tuple[str, ...]:
        return tuple(name for name in FEATURES if self.boxes[name].isChecked())

    def show_features(self, features: Sequence[str], n_inputs: int) -> None:
        """Tick ``features`` (() : x₁ and x₂, the table's own inputs); grey all out unless the table has two
        inputs."""
        shown = set(features or ("x1", "x2"))
        for name, box in self.boxes.items():
            box.setChecked(name in shown)
            box.setEnabled(n_inputs == 2)
        self.reason.setVisible(n_inputs != 2)
        self.reason.setText(self.tr("Features are made from two inputs x₁, x₂; this table has {0}.").format(n_inputs))

    def _on_clicked(self) -> None:
        chosen = self.features()
        if not chosen:  # the network needs an input: the last one stays ticked
            self.sender().setChecked(True)
            return
        self.toggled.emit(chosen)


class FeatureBinding(QObject):
    """Keeps ``toggles`` and ``document`` in step, pushing each change on ``undo_stack``."""

    def __init__(self, toggles: FeatureToggles, document, undo_stack: QUndoStack) -> None:
        super().__init__(toggles)
        self.toggles, self.document, self.undo_stack = toggles, document, undo_stack
        toggles.toggled.connect(self.choose)
        for signal in (document.networkChanged, document.tableChanged):
            signal.connect(self.sync)
        self.sync()

    def sync(self) -> None:
        self.toggles.show_features(self.document.features, self.document.table.n_inputs)

    def choose(self, features: tuple[str, ...]) -> None:
        """The user's ticks: a change of the document, undoable."""
        doc = self.document
        old = doc.features
        if features == (old or ("x1", "x2")):
            return
        if doc.set_features(features):
            self.undo_stack.push(FeaturesEdit(doc, old, doc.features, translate("FeatureToggles", "Features {0}")
                                              .format(", ".join(feature_labels(doc.features)))))
        else:
            self.sync()
