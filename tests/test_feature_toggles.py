"""Input features in the window (issue 17): the toggles, what the network sees, and files with features."""

from __future__ import annotations

import numpy as np
import pytest

from nndesk.cli import main
from nndesk.project.dataset_presets import DESCRIPTIONS, dataset_project, network_table
from nndesk.project.datasets import FEATURES, DatasetSpec, expand
from nndesk.project.project_file import load_project, save_project
from nndesk.ui.dataset_panel import PRESET_WORDS
from nndesk.ui.predict_panel import raw_text

ALL = "x1,x2,x1^2,x2^2,x1*x2,sin(x1),sin(x2)"


def _diagram_inputs(window) -> list[str]:
    diagram = window.insight.diagram
    return [diagram._neuron_name(0, i) for i in range(diagram.sizes()[0])]


def _click(window, name: str) -> None:
    window.datasets.dock.show()
    window.datasets.panel.features.boxes[name].click()  # a real click: toggled, then the document, then undo


def test_a_feature_toggle_changes_the_inputs_and_the_labels_and_undo_restores(window, qtbot):
    doc = window.document
    assert doc.topology == (2, 3, 2) and doc.features == ()
    _click(window, "x1^2")
    assert doc.features == ("x1", "x2", "x1^2") and doc.topology == (3, 3, 2)
    assert doc.network.topology == (3, 3, 2) and doc.network.epochs == 0
    assert _diagram_inputs(window) == ["input x₁", "input x₂", "input x₁²"]
    assert "x₁²" in window.statusBar().currentMessage() and "3-3-2" in window.statusBar().currentMessage()
    _click(window, "sin(x2)")
    assert doc.topology == (4, 3, 2) and _diagram_inputs(window)[-1] == "input sin x₂"
    assert window.topology_editor.topology()[0] == 4
    window.undo_stack.undo()
    assert doc.features == ("x1", "x2", "x1^2") and doc.topology == (3, 3, 2)
    assert not window.datasets.panel.features.boxes["sin(x2)"].isChecked()
    window.undo_stack.undo()
    assert doc.features == () and doc.topology == (2, 3, 2)
    assert _diagram_inputs(window) == ["input A", "input B"]  # the half adder's own inputs again
    window.undo_stack.redo()
    assert doc.topology == (3, 3, 2) and window.datasets.panel.features.boxes["x1^2"].isChecked()


def test_the_last_feature_cannot_be_unticked_and_a_wide_table_greys_them_out(window, qtbot):
    doc = window.document
    _click(window, "x1")
    _click(window, "x2")  # x2 was the last one ticked: it stays, the network needs an input
    assert doc.features == ("x2",) and doc.topology[0] == 1
    assert window.datasets.panel.features.boxes["x2"].isChecked()
    window.table_editor.preset_combo.setCurrentText("Full adder")  # three inputs
    toggles = window.datasets.panel.features
    assert doc.table.n_inputs == 3 and doc.features == () and doc.topology[0] == 3
    assert not any(box.isEnabled() for box in toggles.boxes.values())
    assert "this table has 3" in toggles.reason.text() and not toggles.reason.isHidden()


def test_the_network_trains_and_predicts_on_the_features_of_the_table(window, qtbot):
    docks, doc = window.datasets, window.document
    docks.panel.preset_combo.setCurrentText("Circle")
    docks.panel.samples.setValue(100)
    for name in ("x1^2", "x2^2"):
        _click(window, name)
    doc.set_modified(False)  # else Regenerate asks about the unsaved change first
    assert docks.regenerate()  # the ticked features stay with the new points
    assert doc.features == ("x1", "x2", "x1^2", "x2^2") and doc.topology[0] == 4
    doc.set_settings(doc.settings.with_changes(max_epochs=400, eta=0.3))
    answers = []  # the worker's answers for the "Try it" row, asked on its features
    doc.trainingProgress.connect(lambda p: answers.append(p.outputs))
    with qtbot.waitSignal(window.trainingFinished, timeout=30000):
        window.train()
    assert answers and all(a is not None and a.shape == (1,) for a in answers)
    net, x = doc.network, doc.table.inputs
    seen = expand(x, doc.features)
    assert net.epochs > 0 and np.array_equal(doc.network_inputs(x), seen)
    # Try it: the toggled x1, x2 through the features, as the engine answers on the expanded row
    panel = window.predict_panel
    for row in ([1.0, 0.0], [0.0, 1.0], [1.0, 1.0]):
        panel.set_input_row(row)
        window.refresh_prediction()
        expected = net.predict(expand(np.array([row]), doc.features))[0]
        assert panel.output_texts() == [str(int(expected[0] > net.threshold))]
        assert panel._raws[0].text() == raw_text(float(expected[0]), net.threshold)
    # the truth check and the decision map ask the network about the features too (they would fail to run else)
    assert ((net.predict(seen) > 0.5) == (doc.table.targets > 0.5)).mean() > 0.85  # the circle: x1² + x2² learnt


def test_a_file_with_features_from_the_command_line_opens_trains_saves_and_checks(window, qtbot, tmp_path, capsys):
    made = tmp_path / "f.nndesk"
    assert main(["train", "Spiral", "--samples", "80", "--features", ALL, "--hidden", "8,8", "--activation", "tanh",
                 "--max-epochs", "30", "--out", str(made)]) in (0, 1)
    capsys.readouterr()
    assert window.files.open_project(made)  # no refusal any more
    doc = window.document
    assert doc.features == FEATURES and doc.topology == (7, 8, 8, 1) and doc.network.epochs == 30
    assert _diagram_inputs(window) == ["input x₁", "input x₂", "input x₁²", "input x₂²", "input x₁x₂",
                                       "input sin x₁", "input sin x₂"]
    engine = load_project(made).network()
    assert np.array_equal(doc.network.get_weights()[0], engine.get_weights()[0])
    doc.set_settings(doc.settings.with_changes(max_epochs=60))
    with qtbot.waitSignal(window.trainingFinished, timeout=30000):
        window.train()
    assert doc.network.epochs == 60
    saved = tmp_path / "again.nndesk"
    assert window.files.save_as(saved)
    again = load_project(saved)
    assert again.features == FEATURES and again.topology == (7, 8, 8, 1) and again.table == doc.table
    seen = network_table(again)
    assert np.array_equal(again.network().predict(seen.inputs), doc.network.predict(expand(doc.table.inputs,
                                                                                           FEATURES)))
    assert main(["check", str(saved)]) in (0, 1)  # 1: not every row right yet after 60 epochs
    out = capsys.readouterr().out
    assert "The stored network is its replay" in out and "differ" not in out.lower()  # the window trained as the
    # engine would on the features: nndesk check replays the run from the seed to the very weights saved
    window.files.open_project(saved)
    assert doc.features == FEATURES and window.datasets.panel.features.features() == FEATURES


def test_the_features_survive_save_and_reopen(window, qtbot, tmp_path):
    _click(window, "x1*x2")
    path = tmp_path / "xor.nndesk"
    assert window.files.save_as(path)
    assert load_project(path).features == ("x1", "x2", "x1*x2")
    window.files.load_demo()
    assert window.document.features == ()
    assert window.files.open_project(path)
    assert window.document.features == ("x1", "x2", "x1*x2") and window.document.topology[0] == 3


def test_the_preset_words_marked_for_translation_are_the_presets():
    assert set(DESCRIPTIONS) | set(DESCRIPTIONS.values()) == set(PRESET_WORDS)


@pytest.mark.parametrize("features", [("x1", "x2", "x1^2"), FEATURES])
def test_a_saved_project_with_features_opens_without_refusal(window, tmp_path, features):
    path = tmp_path / "features.nndesk"
    save_project(dataset_project("Circle", DatasetSpec("circle", 40), features=features), path)
    assert window.files.cannot_show(load_project(path)) is None


def test_export_as_python_takes_the_features_the_network_sees(window, tmp_path):
    _click(window, "x1*x2")
    path = tmp_path / "xor.py"
    assert window.files.export_python(path)
    namespace: dict = {}
    exec(compile(path.read_text(), str(path), "exec"), namespace)  # the file alone, math only
    assert namespace["INPUTS"] == ["x1", "x2", "x1*x2"]
    doc = window.document
    seen = doc.network_inputs(np.array([1.0, 1.0]))
    assert np.allclose(namespace["predict"](seen.tolist()), doc.network.predict(seen))


def test_the_study_trains_on_what_the_network_sees(window):
    from nndesk.ui.study_window import config_from_document

    _click(window, "sin(x1)")
    config = config_from_document(window.document)
    assert config.table.input_names == ("x1", "x2", "sin(x1)") and config.topology[0] == 3
    assert np.array_equal(config.table.inputs, window.document.network_inputs(window.document.table.inputs))
