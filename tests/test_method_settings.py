"""The training method, held-out rows and patience as part of the one training-settings type (issues 13 and 15):
the project, its file, the document and the window's form all hold them in TrainingSettings."""

from __future__ import annotations

import json

import numpy as np

from nndesk.engine import StopRule
from nndesk.engine.methods import Method
from nndesk.project.presets import PRESETS
from nndesk.project.project_file import Project, load_project, save_project
from nndesk.project.training_settings import TrainingSettings
from nndesk.ui.document import Document

RPROP = Method(rule="rprop", batch_size=None)


def test_the_settings_hold_the_method_and_make_the_network_options_and_the_stop_rule():
    settings = TrainingSettings(method=RPROP, test_rows=(1,), patience=30, max_epochs=500)
    assert settings.network_options() == dict(rule="rprop", batch_size=None, loss="squared", weight_decay=0.0,
                                              init="article", shuffle=False)
    assert settings.to_stop_rule() == StopRule(error_below=0.01, max_epochs=500, patience=30)
    assert settings.with_changes(test_rows=()).to_stop_rule().patience is None  # patience watches test rows
    assert TrainingSettings().method == Method() and TrainingSettings().method.is_article


def test_the_file_keeps_its_version_3_layout_with_the_method_in_the_settings(tmp_path):
    settings = TrainingSettings(eta=0.05, method=Method("adam", 2, "cross-entropy", 0.01, "xavier", True),
                                test_rows=(0, 3), patience=12)
    project = Project(PRESETS["XOR"], (2, 3, 1), ("sigmoid", "sigmoid"), training=settings)
    save_project(project, tmp_path / "p.nndesk")
    data = json.loads((tmp_path / "p.nndesk").read_text())
    assert data["method"] == {"rule": "adam", "batch_size": 2, "loss": "cross-entropy", "weight_decay": 0.01,
                              "init": "xavier", "shuffle": True, "test_rows": [0, 3], "patience": 12}
    assert set(data["training"]) == {"eta", "alpha", "seed", "stop_rule", "target_error", "margin", "max_epochs"}
    again = load_project(tmp_path / "p.nndesk")
    assert again.training == settings and again.method is again.training.method
    assert again.network().method == settings.method


def test_an_opened_projects_method_stays_through_edits_of_eta_and_is_saved(window, tmp_path):
    project = Project(PRESETS["XOR"], (2, 3, 1), ("sigmoid", "sigmoid"),
                      training=TrainingSettings(method=RPROP, test_rows=(2,), patience=40))
    window.show_project(project)
    window.hyper_form.eta_spin.setValue(0.3)  # a user's edit of another setting
    doc = window.document
    assert doc.settings.eta == 0.3 and doc.settings.method == RPROP and doc.settings.test_rows == (2,)
    assert doc.network.method == RPROP
    assert doc.project().training == doc.settings


def test_a_change_of_method_keeps_the_weights_and_starts_the_optimiser_afresh(qtbot):
    doc = Document()
    for _ in range(5):
        doc.step()
    weights = doc.network.get_weights()
    with qtbot.waitSignal(doc.message) as said:
        doc.set_settings(doc.settings.with_changes(method=RPROP))
    assert "Rprop" in said.args[0] and "weights stay" in said.args[0]
    assert doc.network.method == RPROP and doc.network.epochs == 5 and doc.modified
    assert all(np.array_equal(a, b) for a, b in zip(doc.network.get_weights(), weights, strict=True))
    assert all(not m.any() for m in doc.network.get_momenta())


def test_a_change_of_initialisation_draws_new_initial_weights(qtbot):
    doc = Document()
    before = doc.network.get_weights()
    doc.set_settings(doc.settings.with_changes(method=Method(init="xavier")))
    assert doc.network.init == "xavier" and doc.network.epochs == 0
    assert not np.array_equal(doc.network.get_weights()[0], before[0])


def test_the_document_trains_on_the_rows_not_held_out(qtbot):
    doc = Document()
    doc.set_settings(doc.settings.with_changes(test_rows=(0, 1)))
    doc.step()
    twin = Document()
    twin.network.train(PRESETS["Half adder"].inputs[2:], PRESETS["Half adder"].targets[2:], 1)
    assert all(np.array_equal(a, b) for a, b in zip(doc.network.get_weights(), twin.network.get_weights(),
                                                    strict=True))


def test_a_saved_network_right_on_its_training_rows_opens_trained_though_its_test_rows_are_wrong(qtbot):
    from nndesk.engine import StopReason, train_until
    from nndesk.project.training_settings import STOP_ALL_CORRECT
    from nndesk.ui.window_state import State

    table = PRESETS["3-bit parity"]
    settings = TrainingSettings(eta=0.5, alpha=0.9, stop_rule=STOP_ALL_CORRECT, margin=0.1, test_rows=(0, 7))
    project = Project(table, (3, 4, 1), ("sigmoid", "sigmoid"), training=settings)
    net = project.network()
    result = train_until(net, table.inputs[1:7], table.targets[1:7], settings.to_stop_rule())
    assert result.reason is StopReason.ALL_CORRECT
    assert not (np.abs(net.predict(table.inputs[[0, 7]]) - table.targets[[0, 7]]) < 0.5).all()  # parity: unseen
    doc = Document()
    doc.show_project(project.with_network(net))
    assert doc.state is State.TRAINED
