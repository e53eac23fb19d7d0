"""Project files: round trips give the same network, predictions and history; bad files get one clear message."""

from __future__ import annotations

import json
import math
import os

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nndesk.engine import Network, StopRule, train_until
from nndesk.engine.methods import Method
from nndesk.project.presets import PRESETS
from nndesk.project.project_file import (
    HISTORY_LIMIT,
    VERSION,
    History,
    Project,
    ProjectError,
    dumps,
    history_from_plot,
    load_project,
    loads,
    save_project,
    thin_history,
)
from nndesk.project.training_settings import TrainingSettings
from nndesk.project.truth_table import TruthTable


def trained_project(epochs: int = 300) -> tuple[Project, Network]:
    table = PRESETS["Half adder"]
    net = Network([2, 3, 2], eta=0.5, alpha=0.1, seed=7)
    errors = net.train(table.inputs, table.targets, epochs)
    project = Project(table, (2, 3, 2), ("sigmoid", "sigmoid"), training=TrainingSettings(eta=0.5, alpha=0.1, seed=7))
    return project.with_network(net, history_from_plot(1, errors)), net


def test_save_then_open_gives_the_same_weights_momenta_predictions_and_history(tmp_path) -> None:
    project, net = trained_project()
    path = tmp_path / "adder.nndesk"
    save_project(project, path)
    again = load_project(path)
    assert again == project
    reopened = again.network()
    for a, b in zip(reopened.get_weights(), net.get_weights(), strict=True):
        np.testing.assert_array_equal(a, b)
    for a, b in zip(reopened.get_momenta(), net.get_momenta(), strict=True):
        np.testing.assert_array_equal(a, b)
    assert reopened.epochs == net.epochs == 300
    np.testing.assert_array_equal(reopened.predict(project.table.inputs), net.predict(project.table.inputs))
    # and both continue training identically, bit for bit (momenta restored)
    t = project.table
    np.testing.assert_array_equal(reopened.train(t.inputs, t.targets, 50), net.train(t.inputs, t.targets, 50))
    assert len(again.history) == 300 and again.history.epochs[0] == 1


def test_the_file_is_readable_json_with_a_format_and_version(tmp_path) -> None:
    project, _ = trained_project(10)
    data = json.loads(dumps(project))
    assert data["format"] == "nndesk-project" and data["version"] == VERSION
    assert data["table"]["inputs"] == ["A", "B"] and data["network"]["topology"] == [2, 3, 2]
    assert data["state"]["epochs"] == 10 and len(data["history"]["errors"]) == 10


def test_dont_care_targets_are_null_in_the_file_and_nan_after_loading(tmp_path) -> None:
    table = TruthTable(("A",), ("Y",), ((0, math.nan), (1, 1)))
    project = Project(table, (1, 1), ("sigmoid",))
    assert json.loads(dumps(project))["table"]["rows"] == [[0, None], [1, 1]]
    assert loads(dumps(project)).table == table


def test_a_fresh_project_stores_no_state_and_rebuilds_the_seeds_weights() -> None:
    project = Project(PRESETS["XOR"], (2, 3, 1), ("tanh", "sigmoid"), training=TrainingSettings(seed=3))
    again = loads(dumps(project))
    assert again.state is None and again.activations == ("tanh", "sigmoid")
    np.testing.assert_array_equal(again.network().get_weights()[0], Network([2, 3, 1], seed=3).get_weights()[0])


def test_a_diverged_network_is_saved_without_its_weights() -> None:
    project, net = trained_project(5)
    net._weights[0][0, 0] = math.nan  # what a divergence leaves behind
    assert project.with_network(net).state is None


def test_long_histories_are_thinned_keeping_first_last_and_every_peak() -> None:
    n = 1_000_003
    rng = np.random.default_rng(0)
    errors = np.abs(rng.normal(size=n))
    errors[123_456] = 50.0  # a spike
    errors[654_321] = -1.0  # a dip
    h = history_from_plot(1, errors)
    assert len(h) <= HISTORY_LIMIT
    assert h.epochs[0] == 1 and h.epochs[-1] == n
    assert h.errors.max() == 50.0 and h.errors.min() == -1.0
    assert 123_457 in h.epochs and 654_322 in h.epochs
    first, filled = h.contiguous()
    assert first == 1 and len(filled) == n and filled.max() == 50.0


def test_thinning_keeps_nan_of_a_diverged_run_and_short_histories_whole() -> None:
    errors = np.array([1.0, 0.5, math.nan])
    assert thin_history(np.array([1, 2, 3]), errors) == History(np.array([1, 2, 3]), errors)
    big = np.concatenate([np.linspace(1, 0.1, 50_000), [math.nan]])
    h = thin_history(np.arange(1, len(big) + 1), big)
    assert math.isnan(h.errors[-1]) and len(h) <= HISTORY_LIMIT
    assert loads(dumps(Project(PRESETS["AND"], (2, 1), ("sigmoid",), history=h))).history == h


def test_a_version_0_file_is_migrated() -> None:
    weights = [[[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]], [[1.0, 2.0, 3.0]]]
    v0 = {"format": "nndesk-project", "version": 0, "inputs": ["A", "B"], "targets": ["Y"],
          "rows": [[0, 0, 0], [0, 1, 1], [1, 0, 1], [1, 1, 0]], "hidden": [2], "eta": 0.3, "alpha": 0.05,
          "seed": 4, "target_error": 0.02, "max_epochs": 1000, "epochs": 12, "weights": weights}
    p = loads(json.dumps(v0))
    assert p.table == PRESETS["XOR"] and p.topology == (2, 2, 1) and p.activations == ("sigmoid", "sigmoid")
    assert (p.eta, p.alpha, p.seed, p.target_error, p.max_epochs) == (0.3, 0.05, 4, 0.02, 1000)
    assert p.state is not None and p.state.epochs == 12
    np.testing.assert_array_equal(p.network().get_weights()[1], [[1.0, 2.0, 3.0]])
    np.testing.assert_array_equal(p.network().get_momenta()[0], np.zeros((2, 3)))


def test_a_version_0_file_without_weights_migrates_to_a_fresh_network() -> None:
    v0 = {"format": "nndesk-project", "version": 0, "inputs": ["A"], "targets": ["Y"], "rows": [[0, 1], [1, 0]],
          "hidden": []}
    p = loads(json.dumps(v0))
    assert p.topology == (1, 1) and p.state is None and p.table == PRESETS["NOT"]


def _valid() -> dict:
    return json.loads(dumps(trained_project(3)[0]))


def _broken(change) -> str:
    data = _valid()
    change(data)
    return json.dumps(data)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(format="something"), "not an nndesk project"),
        (lambda d: d.update(version=99), "newer nndesk"),
        (lambda d: d.update(version=-1), "version -1 is not one nndesk ever wrote"),
        (lambda d: d.update(version="1"), "\"version\" field must be a whole number"),
        (lambda d: d.pop("table"), "\"table\" section is missing"),
        (lambda d: d["table"]["rows"][1].pop(), "row 2 of the table has 3 values; expected 4"),
        (lambda d: d["table"]["rows"][0].__setitem__(0, "one"), "row 1 of the table, column 1: \"one\""),
        (lambda d: d["table"]["rows"][0].__setitem__(0, None), "row 1 of the table, column 1: null"),
        (lambda d: d["table"]["inputs"].__setitem__(1, "A"), "Two columns are named 'A'"),
        (lambda d: d["network"].update(topology=[2, 0, 2]), "network.topology"),
        (lambda d: d["network"].update(topology=[3, 3, 2]), "does not fit the table's 2 inputs"),
        (lambda d: d["network"].update(activations=["sigmoid"]), "needs 2 names"),
        (lambda d: d["network"].update(activations=["sigmoid", "softmax"]), "unknown activation \"softmax\""),
        (lambda d: d["training"].update(eta=-1), "\"training.eta\" must be a number of 0 or more, not -1"),
        (lambda d: d["training"].update(alpha="fast"), "\"training.alpha\" must be a number"),
        (lambda d: d["training"].update(seed=1.5), "\"training.seed\" must be a whole number"),
        (lambda d: d["training"].update(stop_rule="never"), "training.stop_rule"),
        (lambda d: d["training"].update(max_epochs=0), "training.max_epochs"),
        (lambda d: d["state"]["weights"][0].pop(), "\"state.weights[0]\" must be 3 rows of 3 numbers"),
        (lambda d: d["state"]["momenta"].pop(), "\"state.momenta\" needs 2 matrices"),
        (lambda d: d["state"]["weights"][1][0].__setitem__(0, "x"), "\"state.weights[1]\" must hold only finite"),
        (lambda d: d["state"].update(epochs=-3), "state.epochs"),
        (lambda d: d["history"]["errors"].pop(), "3 epochs but 2 errors"),
        (lambda d: d["history"]["epochs"].reverse(), "must increase"),
    ],
)
def test_bad_fields_are_named_in_one_project_error(change, message) -> None:
    with pytest.raises(ProjectError, match=message.replace("(", r"\(").replace("[", r"\[")):
        loads(_broken(change))


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "not valid JSON"),
        (b"{\"format\": ", "not valid JSON \\(line 1"),
        (b"\x80\x81\xff", "not a text file"),
        (b"[1, 2]", "not an nndesk project"),
        (b"{\"format\": \"nndesk-project\", \"version\": 1, \"x\": NaN}", "contains NaN"),
    ],
)
def test_files_that_are_not_projects_get_a_message_naming_the_file(tmp_path, content, message) -> None:
    path = tmp_path / "odd.nndesk"
    path.write_bytes(content)
    with pytest.raises(ProjectError, match=rf"Cannot open odd\.nndesk: .*{message}"):
        load_project(path)


def test_a_missing_file_gets_a_message(tmp_path) -> None:
    with pytest.raises(ProjectError, match=r"Cannot open nothing\.nndesk: No such file"):
        load_project(tmp_path / "nothing.nndesk")


def test_a_bom_is_accepted(tmp_path) -> None:
    project, _ = trained_project(2)
    path = tmp_path / "bom.nndesk"
    path.write_bytes(b"\xef\xbb\xbf" + dumps(project).encode())
    assert load_project(path) == project


def test_a_failed_save_leaves_the_old_file_intact_and_says_why(tmp_path) -> None:
    project, _ = trained_project(2)
    path = tmp_path / "keep.nndesk"
    save_project(project, path)
    before = path.read_bytes()
    os.chmod(tmp_path, 0o500)  # the folder refuses new files: the temporary file cannot be made
    try:
        if os.access(tmp_path, os.W_OK):
            pytest.skip("running as a user who may write anywhere (root)")
        with pytest.raises(ProjectError, match=r"Could not save keep\.nndesk: Permission denied\. The file on disk"):
            save_project(trained_project(9)[0], path)
    finally:
        os.chmod(tmp_path, 0o700)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.nndesk"]  # no temporary file left


def test_a_save_that_cannot_replace_the_target_leaves_it_and_no_temporary_file(tmp_path) -> None:
    target = tmp_path / "busy.nndesk"
    target.mkdir()  # a folder of that name cannot be replaced by a file, even by root
    (target / "inside").write_text("kept")
    with pytest.raises(ProjectError, match=r"Could not save busy\.nndesk: .*The file on disk was not changed"):
        save_project(trained_project(1)[0], target)
    assert (target / "inside").read_text() == "kept"
    assert [p.name for p in tmp_path.iterdir()] == ["busy.nndesk"]


def test_saving_into_a_missing_folder_says_why(tmp_path) -> None:
    with pytest.raises(ProjectError, match=r"Could not save x\.nndesk: No such file or directory"):
        save_project(trained_project(1)[0], tmp_path / "gone" / "x.nndesk")


def test_training_continues_from_an_opened_file_like_an_uninterrupted_run(tmp_path) -> None:
    project, net = trained_project(100)
    save_project(project, tmp_path / "a.nndesk")
    reopened = load_project(tmp_path / "a.nndesk").network()
    t = project.table
    rule = StopRule(error_below=None, max_epochs=400)
    a = train_until(net, t.inputs, t.targets, rule)
    b = train_until(reopened, t.inputs, t.targets, rule)
    assert a.epochs == b.epochs == 400 and a.error == b.error


def test_saved_files_get_ordinary_permissions_and_keep_a_replaced_files_mode(tmp_path) -> None:
    old = os.umask(0o022)
    try:
        save_project(trained_project(1)[0], tmp_path / "new.nndesk")
        assert (tmp_path / "new.nndesk").stat().st_mode & 0o777 == 0o644
        os.chmod(tmp_path / "new.nndesk", 0o640)
        save_project(trained_project(2)[0], tmp_path / "new.nndesk")
        assert (tmp_path / "new.nndesk").stat().st_mode & 0o777 == 0o640
    finally:
        os.umask(old)


@pytest.mark.parametrize("n", [HISTORY_LIMIT, HISTORY_LIMIT + 1, 9999 * 7, 9999 * 7 + 1, 9999 * 7 - 1, 123_457])
def test_thinning_never_exceeds_the_limit_and_keeps_the_extremes(n) -> None:
    errors = np.sin(np.arange(n) * 0.37) + np.arange(n) * 1e-9
    h = history_from_plot(5, errors)
    assert len(h) <= HISTORY_LIMIT and h.epochs[0] == 5 and h.epochs[-1] == n + 4
    assert h.errors.max() == errors.max() and h.errors.min() == errors.min()
    assert (np.diff(h.epochs) > 0).all()


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 5) | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=3),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner, max_size=3),
    max_leaves=6,
)


def _paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _paths(v, (*prefix, k))
    elif isinstance(value, list):
        for k, v in enumerate(value[:3]):
            yield from _paths(v, (*prefix, k))


@settings(max_examples=400, deadline=None)
@given(st.data(), st.sampled_from([0, 1]))
def test_any_damaged_field_gives_a_project_error_never_another_exception(data, version) -> None:
    if version == 1:
        doc = _valid()
    else:
        doc = {"format": "nndesk-project", "version": 0, "inputs": ["A"], "targets": ["Y"], "rows": [[0, 1], [1, 0]],
               "hidden": [2], "weights": [[[0.1, 0.2]] * 2, [[1.0, 2.0, 3.0]]]}
    paths = [p for p in _paths(doc) if p]
    path = data.draw(st.sampled_from(paths))
    target = doc
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = data.draw(JSON_VALUES)
    try:
        loads(json.dumps(doc))
    except ProjectError as exc:
        assert str(exc) and "Traceback" not in str(exc)


def test_absurdly_nested_json_is_refused_with_a_message() -> None:
    with pytest.raises(ProjectError, match="nested too deeply"):
        loads("[" * 100_000 + "]" * 100_000)


def test_a_save_removes_what_a_killed_save_left_and_nothing_else(tmp_path):
    project, _ = trained_project()
    path = tmp_path / "work.nndesk"
    dead = tmp_path / ".work.nndesk.999999999.0badc0de.tmp"  # no such process: a save killed long ago
    mine = tmp_path / f".work.nndesk.{os.getpid()}.12345678.tmp"  # this process: perhaps saving right now
    alive = tmp_path / ".work.nndesk.1.abcdef12.tmp"  # process 1 always exists
    other = tmp_path / ".notes.nndesk.999999999.0badc0de.tmp"  # another file's
    for leftover in (dead, mine, alive, other):
        leftover.write_text("half a project")
    save_project(project, path)
    assert not dead.exists()
    assert mine.exists() and alive.exists() and other.exists()
    assert load_project(path).network().get_weights()[0].shape == project.network().get_weights()[0].shape


# -- format version 3: the training method, held-out rows and the optimiser's state (issue 15) ----------------------

def _method_project(epochs: int) -> tuple[Project, Network]:
    table = TruthTable(("A", "B"), ("Sum", "Carry"), ((0, 0, 0, 0), (0, 1, 1, 0), (1, 0, 1, 0), (1, 1, 0, 1)))
    method = Method("adam", 3, "cross-entropy", 0.001, "xavier", True)
    settings = TrainingSettings(eta=0.02, seed=4, method=method, test_rows=(2,), patience=50)
    project = Project(table, (2, 3, 2), ("sigmoid", "sigmoid"), training=settings)
    net = project.network()
    x, t = table.inputs[[0, 1, 3]], table.targets[[0, 1, 3]]
    net.train(x, t, epochs)
    return project.with_network(net), net


def test_version_3_keeps_the_method_test_rows_and_optimiser_state_so_a_reopened_run_continues_unbroken(tmp_path):
    project, net = _method_project(40)
    path = tmp_path / "adam.nndesk"
    save_project(project, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["version"] == VERSION
    assert data["method"] == {"rule": "adam", "batch_size": 3, "loss": "cross-entropy", "weight_decay": 0.001,
                              "init": "xavier", "shuffle": True, "test_rows": [2], "patience": 50}
    assert data["state"]["optimizer"]["adam_t"] == 40
    again = load_project(path)
    assert again == project and again.method == project.method and again.test_rows == (2,)
    reopened = again.network()
    x, t = project.table.inputs[[0, 1, 3]], project.table.targets[[0, 1, 3]]
    unbroken = _method_project(0)[1]
    unbroken.train(x, t, 40)
    assert reopened.train(x, t, 25).tolist() == net.train(x, t, 25).tolist() == unbroken.train(x, t, 25).tolist()


def test_a_version_2_file_opens_unchanged_as_the_articles_method(tmp_path):
    project, net = trained_project(30)
    data = json.loads(dumps(project))
    del data["method"]
    data["version"] = 2
    path = tmp_path / "v2.nndesk"
    path.write_text(json.dumps(data), encoding="utf-8")
    again = load_project(path)
    assert again == project
    assert again.method.options() == {"rule": "backprop", "batch_size": 1, "loss": "squared", "weight_decay": 0.0,
                                      "init": "article", "shuffle": False}
    assert again.test_rows == () and again.patience is None and again.network().method.is_article
    t = project.table
    assert again.network().train(t.inputs, t.targets, 5).tolist() == net.train(t.inputs, t.targets, 5).tolist()


@pytest.mark.parametrize(("change", "words"), [
    (lambda d: d["method"].update(rule="sgd"), '"method.rule" must be one of backprop, rprop, adam'),
    (lambda d: d["method"].update(rule="rprop", batch_size=3), "Rprop learns from the whole table at once"),
    (lambda d: d["method"].update(batch_size=0), '"method.batch_size" must be a whole number'),
    (lambda d: d["method"].update(test_rows=[7]), "test row 8 is not a row of the table"),
    (lambda d: d["method"].update(test_rows=[0, 1, 2, 3]), "leave at least one"),
    (lambda d: d["method"].update(patience=0), '"method.patience" must be a whole number'),
    (lambda d: d["method"].update(shuffle="yes"), '"method.shuffle" must be true or false'),
    (lambda d: d["state"]["optimizer"].update(adam_t=-3), "Adam's update count"),
    (lambda d: d["state"]["optimizer"].update(adam_m=5), "adam m must be a list of matrices"),
    (lambda d: d["state"]["optimizer"].update(shuffle=[1]), "shuffle generator"),
    (lambda d: d.update(version=2), "laid out as version 3"),
])
def test_a_damaged_version_3_file_gets_one_line(tmp_path, change, words):
    project, _ = _method_project(5)
    data = json.loads(dumps(project))
    change(data)
    path = tmp_path / "bad.nndesk"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ProjectError, match=words) as caught:
        load_project(path)
    assert "\n" not in str(caught.value) and len(str(caught.value)) < 400
