"""Format version 2: a project records what shaped its run (settings changed while training, a continue, weights
set by hand) with the epoch it happened at; version-1 files still open, with no intervention."""

from __future__ import annotations

import json

import numpy as np
import pytest

from nndesk.engine import Network
from nndesk.project.presets import PRESETS
from nndesk.project.project_file import (
    VERSION,
    Intervention,
    Project,
    ProjectError,
    RunRecord,
    dumps,
    history_from_plot,
    loads,
)
from nndesk.project.training_settings import TrainingSettings


def trained(epochs: int = 40) -> Project:
    table = PRESETS["XOR"]
    net = Network([2, 3, 1], eta=0.5, alpha=0.1, seed=7)
    errors = net.train(table.inputs, table.targets, epochs)
    return Project(table, (2, 3, 1), ("sigmoid", "sigmoid"),
                   training=TrainingSettings(eta=0.5, alpha=0.1, seed=7)).with_network(
        net, history_from_plot(1, errors))


def test_interventions_are_saved_with_their_epochs_and_reopen_equal() -> None:
    project = trained()
    w = tuple(np.full_like(m, 0.25) for m in project.state.weights)
    run = (RunRecord().with_settings(0, 0.3, 0.0, (0.5, 0.1)).with_settings(10, 0.5, 0.1, (0.5, 0.1))
           .with_step(Intervention(20, "continue")).with_step(Intervention(30, "weights", weights=w, momenta=w)))
    project = Project(**{**project.__dict__, "run": run})
    data = json.loads(dumps(project))
    assert data["version"] == VERSION == 5  # 3 (issue 15) added the method, 4 (issue 16) the lesson, 5 (17) features
    assert data["run"]["eta"] == 0.3 and data["run"]["alpha"] == 0.0 and data["run"]["interrupted"] is False
    assert [(s["epoch"], s["kind"]) for s in data["run"]["interventions"]] == [(10, "settings"), (20, "continue"),
                                                                               (30, "weights")]
    again = loads(dumps(project))
    assert again == project and again.run_settings() == (0.3, 0.0)
    assert again.run.settings_after(9, (0.5, 0.1)) == (0.3, 0.0) and again.run.settings_after(10, (9, 9)) == (0.5, 0.1)


def test_two_changes_between_the_same_epochs_keep_the_last_and_a_change_back_is_recorded() -> None:
    run = RunRecord().with_settings(5, 0.2, 0.1, (0.5, 0.1)).with_settings(5, 0.3, 0.1, (0.5, 0.1))
    assert [(s.epoch, s.eta) for s in run.interventions] == [(5, 0.3)]
    assert run.with_settings(7, 0.3, 0.1, (0.5, 0.1)) is run  # nothing changed
    assert len(run.with_settings(7, 0.5, 0.1, (0.5, 0.1)).interventions) == 2


def test_a_version_1_file_opens_with_no_interventions() -> None:
    data = json.loads(dumps(trained()))
    data["version"] = 1
    del data["run"], data["method"]  # version 3 added "method"
    project = loads(json.dumps(data))
    assert project.run == RunRecord() and project.run_settings() == (0.5, 0.1)
    assert project.state.epochs == 40


def test_a_version_1_file_labelled_version_0_says_its_content_does_not_match() -> None:
    data = json.loads(dumps(trained()))
    data["version"] = 0
    del data["run"], data["method"]  # version 3 added "method"
    with pytest.raises(ProjectError, match=r"^its content does not match the version it claims: it says file "
                                           r"version 0, but it is laid out as version 1"):
        loads(json.dumps(data))
    data = json.loads(dumps(trained()))
    data["version"] = 1  # a version-2 file labelled 1
    del data["method"]  # (version 3 added "method")
    with pytest.raises(ProjectError, match=r"it says file version 1, but it is laid out as version 2 \(it has a "
                                           r"\"run\" section\)"):
        loads(json.dumps(data))


@pytest.mark.parametrize(("change", "message"), [
    (lambda r: r.update(interrupted="yes"), "\"run.interrupted\" must be true or false"),
    (lambda r: r.update(eta=-1), "\"run.eta\" must be a number of 0 or more"),
    (lambda r: r.update(interventions=[{"epoch": 3, "kind": "magic"}]), r"\"run.interventions\[0\].kind\" must be one"),
    (lambda r: r.update(interventions=[{"epoch": 3, "kind": "continue"}, {"epoch": 2, "kind": "continue"}]),
     "must be in the order of their epochs"),
    (lambda r: r.update(interventions=[{"epoch": 3, "kind": "weights", "weights": [], "momenta": []}]),
     "\"run.interventions\\[0\\].weights\" needs 2 matrices"),
])
def test_a_damaged_run_section_is_named(change, message) -> None:
    data = json.loads(dumps(trained()))
    change(data["run"])
    with pytest.raises(ProjectError, match=message):
        loads(json.dumps(data))
