"""The dataset presets (issue 17): projects, format version 4, and the command line's dataset options."""

from __future__ import annotations

import json

import numpy as np
import pytest

from nndesk.cli import main
from nndesk.project.dataset_presets import DATASET_PRESETS, dataset_project, network_table, regenerated
from nndesk.project.datasets import FEATURES, DatasetSpec, expand
from nndesk.project.project_file import VERSION, ProjectError, dumps, load_project, loads

ALL = ",".join(FEATURES)


def _json(capsys, *args: str) -> tuple[int, dict]:
    code = main([*args, "--json"])
    return code, json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("name", DATASET_PRESETS)
def test_each_preset_is_a_project_of_two_inputs_with_test_rows(name):
    project = dataset_project(name)
    assert project.table.input_names == ("x1", "x2") and project.table.n_rows == 500
    assert len(project.test_rows) == 250 and project.dataset.kind == DATASET_PRESETS[name]
    assert project.topology == (2, 4, 2, 1) and project.activations[:2] == ("tanh", "tanh")


def test_features_are_what_the_network_sees_and_the_table_stays_x1_x2():
    project = dataset_project("Spiral", features=FEATURES, hidden=(8, 8))
    assert project.topology == (7, 8, 8, 1) and project.table.n_inputs == 2
    seen = network_table(project)
    assert seen.input_names == FEATURES
    assert np.array_equal(seen.inputs, expand(project.table.inputs, FEATURES))


def test_regression_raw_for_a_linear_output_scaled_for_a_sigmoid_one():
    plane = dataset_project("Plane")
    assert plane.activations[-1] == "linear" and plane.table.targets.min() < 0
    x = plane.table.inputs
    assert np.allclose(plane.table.targets[:, 0], (x[:, 0] + x[:, 1]) / 10)
    sigmoid = regenerated(plane.__class__(**{**vars(plane), "activations": ("tanh", "tanh", "sigmoid")}),
                          plane.dataset)
    assert sigmoid.table.targets.min() >= 0 and sigmoid.table.targets.max() <= 1


def test_version_5_keeps_features_and_dataset(tmp_path):
    project = dataset_project("Circle", DatasetSpec("circle", samples=40, noise=0.2, test_fraction=0.25, seed=9),
                              features=("x1", "x2", "x1^2"))
    data = json.loads(dumps(project))
    assert data["version"] == VERSION == 5
    assert data["features"] == ["x1", "x2", "x1^2"]
    assert data["dataset"] == {"kind": "circle", "samples": 40, "noise": 0.2, "test_fraction": 0.25, "seed": 9}
    again = loads(dumps(project))
    assert again == project and again.topology[0] == 3


def test_a_version_3_file_migrates_to_no_features_and_no_dataset():
    project = dataset_project("Circle", DatasetSpec("circle", samples=20))
    data = json.loads(dumps(project))
    del data["features"], data["dataset"]
    data["version"] = 3
    data["network"]["topology"][0] = 2
    old = loads(json.dumps(data))
    assert old.features == () and old.dataset is None and old.table == project.table


def test_bad_features_or_dataset_in_a_file_are_named():
    data = json.loads(dumps(dataset_project("Circle", features=("x1", "x2", "x1^2"))))
    with pytest.raises(ProjectError, match="unknown feature"):
        loads(json.dumps({**data, "features": ["x1", "cos(x1)", "x2"]}))
    with pytest.raises(ProjectError, match="does not fit"):
        loads(json.dumps({**data, "features": ["x1", "x2"]}))
    with pytest.raises(ProjectError, match=r"dataset.*noise"):
        loads(json.dumps({**data, "dataset": {**data["dataset"], "noise": 3}}))


def test_train_a_dataset_preset_reports_accuracies(capsys, tmp_path):
    out_file = tmp_path / "circle.nndesk"
    _, out = _json(capsys, "train", "Circle", "--samples", "200", "--noise", "0.1", "--test-fraction", "0.3",
                      "--features", "x1,x2,x1^2,x2^2", "--hidden", "6", "--activation", "tanh", "--rule", "adam",
                      "--max-epochs", "300", "--data-seed", "4", "--out", str(out_file))
    assert out["topology"] == [4, 6, 1] and out["rows"] == 140 and out["test_rows"] == 60
    assert out["train_accuracy"] == out["rows_correct"] / 140
    assert out["test_accuracy"] == out["test_rows_correct"] / 60 and out["test_accuracy"] > 0.8
    saved = load_project(out_file)
    assert saved.table.input_names == ("x1", "x2") and saved.features == ("x1", "x2", "x1^2", "x2^2")
    assert saved.dataset == DatasetSpec("circle", 200, 0.1, 0.3, 4) and saved.state.epochs == out["epochs"]
    again = main(["train", str(out_file), "--continue", "--max-epochs", str(out["epochs"] + 5), "--json"])
    assert again in (0, 1) and json.loads(capsys.readouterr().out)["epochs"] == out["epochs"] + 5


def test_regression_reports_errors_not_accuracies(capsys):
    _, out = _json(capsys, "train", "Plane", "--samples", "100", "--max-epochs", "50", "--rule", "adam")
    assert "train_accuracy" not in out and out["train_error"] is not None and out["test_error"] is not None


def test_the_data_seed_is_apart_from_the_weights_seed(capsys):
    _, a = _json(capsys, "train", "Gaussians", "--samples", "60", "--max-epochs", "5", "--seed", "1")
    _, b = _json(capsys, "train", "Gaussians", "--samples", "60", "--max-epochs", "5", "--seed", "2")
    _, c = _json(capsys, "train", "Gaussians", "--samples", "60", "--max-epochs", "5", "--data-seed", "2")
    assert a["test_row_numbers"] == b["test_row_numbers"] != c["test_row_numbers"]


def test_study_of_a_dataset_preset(capsys):
    code, out = _json(capsys, "study", "Quadrants", "--seeds", "3", "--samples", "80", "--features", "x1,x2,x1*x2",
                      "--hidden", "3", "--max-epochs", "100", "--rule", "adam")
    assert code == 0 and out["topology"] == [3, 3, 1]
    assert all(0 <= r["train_accuracy"] <= 1 and r["test_error"] is not None for r in out["results"])


def test_no_scale_advice_for_a_dataset(capsys):
    main(["train", "Spiral", "--samples", "60", "--features", ALL, "--max-epochs", "3"])
    assert "scale them" not in capsys.readouterr().out


@pytest.mark.parametrize(("args", "words"), [
    (["XOR", "--samples", "50"], "--samples is for the dataset presets"),
    (["Circle", "--noise", "0.9"], "noise must be from 0 to 0.5"),
    (["Circle", "--samples", "0"], "number of points"),
    (["Circle", "--test-fraction", "1"], "test fraction"),
    (["Circle", "--features", "x1,x3"], "--features: unknown feature 'x3'"),
    (["Circle", "--hidden", "8,x"], "--hidden must be neuron counts"),
])
def test_bad_dataset_options_in_one_line(capsys, args, words):
    assert main(["train", *args]) == 2
    err = capsys.readouterr().err
    assert words in err and "Traceback" not in err and err.count("\n") == 1


def test_check_replays_a_file_whose_network_sees_features(capsys, tmp_path):
    path = tmp_path / "f.nndesk"
    main(["train", "Circle", "--samples", "60", "--features", "x1,x2,x1^2", "--max-epochs", "20", "--out", str(path),
          "--json"])
    capsys.readouterr()
    assert main(["check", str(path)]) in (0, 1)
    out = capsys.readouterr().out
    assert "x1 x2 x1^2 | y" in out and "differ" not in out.lower()
