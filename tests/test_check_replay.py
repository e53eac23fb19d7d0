"""``nndesk check`` verifies the file: it replays the recorded run from the seed and compares the stored weights,
momenta, epochs and history; a file edited by hand exits 1 naming what differs.

Replay is exact only because training does not depend on where it was cut into chunks (the window pauses, the
worker's chunks, ``train --continue``): the first tests check that, for the generated code, the numpy code for
large networks and don't-care targets.
"""

from __future__ import annotations

import json

import numpy as np
import pytest

from nndesk import cli
from nndesk.engine import Network, StopRule, train_until
from nndesk.project import replay as replaying
from nndesk.project.presets import PRESETS
from nndesk.project.project_file import load_project
from nndesk.project.truth_table import TruthTable

CONVERGES = ["XOR", "--eta", "0.9", "--alpha", "0.5", "--seed", "1", "--target", "0.05"]


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _tables() -> list[tuple[list[int], TruthTable]]:
    rng = np.random.RandomState(0)
    rows = tuple(tuple(float(v) for v in r) for r in rng.randint(0, 2, size=(12, 12)))
    wide = TruthTable(tuple(f"I{k}" for k in range(8)), tuple(f"T{k}" for k in range(4)), rows)
    with_dont_care = TruthTable(("A", "B"), ("Y",), ((0, 0, 0), (0, 1, 1), (1, 0, float("nan")), (1, 1, 0)))
    return [([2, 3, 2], PRESETS["Half adder"]), ([8, 24, 24, 4], wide), ([2, 3, 1], with_dont_care)]


@pytest.mark.parametrize(("topology", "table"), _tables(), ids=["generated", "numpy", "dont-care"])
def test_chunk_boundaries_do_not_change_training(topology, table) -> None:
    whole = Network(topology, eta=0.3, alpha=0.2, seed=5)
    numpy_path = not whole._uses_codegen()
    assert numpy_path == (topology == [8, 24, 24, 4])  # both engine paths are covered
    sizes = (1, 2, 97, 1, 50, 149) if numpy_path else (1, 2, 997, 1, 500, 1499)
    total = sum(sizes)
    errors = whole.train(table.inputs, table.targets, total)
    cut = Network(topology, eta=0.3, alpha=0.2, seed=5)
    pieces = [cut.train(table.inputs, table.targets, size) for size in sizes]
    looped = Network(topology, eta=0.3, alpha=0.2, seed=5)
    chunks: list[np.ndarray] = []
    train_until(looped, table.inputs, table.targets, StopRule(error_below=None, max_epochs=total),
                on_progress=lambda p: chunks.append(p.errors.copy()), progress_interval=1e-3)
    assert len(chunks) > 3
    for other, other_errors in ((cut, np.concatenate(pieces)), (looped, np.concatenate(chunks))):
        assert other.epochs == total
        np.testing.assert_array_equal(other_errors, errors)
        for a, b in zip(other.get_weights() + other.get_momenta(), whole.get_weights() + whole.get_momenta(),
                        strict=True):
            np.testing.assert_array_equal(a, b)


def test_a_trained_file_checks_as_its_own_replay(capsys, tmp_path) -> None:
    path = tmp_path / "xor.nndesk"
    code, _, err = run(capsys, "train", *CONVERGES, "--out", str(path))
    assert code == 0, err
    code, out, _ = run(capsys, "check", str(path))
    assert code == 0 and out.startswith("PASS xor.nndesk: 4 of 4 rows correct")
    assert "The stored network is its replay: seed 1," in out
    code, out, _ = run(capsys, "check", str(path), "--json")
    data = json.loads(out)
    assert code == 0 and data["consistent"] is True and data["differences"] == [] and data["passed"] is True


def test_weights_edited_by_hand_exit_1_naming_the_difference(capsys, tmp_path) -> None:
    path = tmp_path / "xor.nndesk"
    run(capsys, "train", *CONVERGES, "--out", str(path))
    epochs = load_project(path).state.epochs
    data = json.loads(path.read_text())
    data["state"]["weights"][1][0][0] += 0.5  # still a network that gets every row right
    path.write_text(json.dumps(data))
    code, out, _ = run(capsys, "check", str(path))
    assert code == 1 and out.startswith("FAIL xor.nndesk: 4 of 4 rows correct")
    assert f"stored weights differ from the replay of seed 1 after {epochs:,} epochs" in out
    code, out, _ = run(capsys, "check", str(path), "--json")
    data = json.loads(out)
    assert code == 1 and data["rows_passed"] is True and data["consistent"] is False and data["passed"] is False
    assert data["differences"] == [f"stored weights differ from the replay of seed 1 after {epochs:,} epochs"]


def test_zeroed_weights_fail_and_an_epoch_count_below_the_history_is_named(capsys, tmp_path) -> None:
    path = tmp_path / "adder.nndesk"
    run(capsys, "train", "Half adder", "--max-epochs", "20000", "--out", str(path))
    data = json.loads(path.read_text())
    data["state"]["weights"] = [[[0.0] * len(r) for r in m] for m in data["state"]["weights"]]
    data["state"]["epochs"] = 5
    path.write_text(json.dumps(data))
    code, out, _ = run(capsys, "check", str(path), "--json")
    found = json.loads(out)["differences"]
    assert code == 1
    assert found[0] == "the stored error history goes to epoch 20,000, past the 5 epochs of the stored network"
    assert "stored weights differ from the replay of seed 1 after 5 epochs" in found
    # train --continue no longer writes a history longer than its epochs
    again = tmp_path / "again.nndesk"
    run(capsys, "train", str(path), "--continue", "--max-epochs", "10", "--out", str(again))
    project = load_project(again)
    assert project.state.epochs == 10 and int(project.history.epochs[-1]) == 10


def test_continue_with_new_settings_is_recorded_and_replays_bit_for_bit(capsys, tmp_path) -> None:
    path = tmp_path / "run.nndesk"
    run(capsys, "train", "XOR", "--seed", "4", "--eta", "0.09", "--alpha", "0.015", "--max-epochs", "1234",
        "--out", str(path))
    run(capsys, "train", str(path), "--continue", "--eta", "0.7", "--alpha", "0.3", "--max-epochs", "2000",
        "--out", str(path))
    project = load_project(path)
    steps = [(s.epoch, s.kind, s.eta, s.alpha) for s in project.run.interventions]
    assert steps == [(1234, "settings", 0.7, 0.3), (1234, "continue", None, None)]
    assert project.run_settings() == (0.09, 0.015) and (project.eta, project.alpha) == (0.7, 0.3)
    code, out, _ = run(capsys, "check", str(path), "--json")
    assert json.loads(out)["consistent"] is True, out
    # the same run in one go, with the change at epoch 1234: bit for bit the stored network
    net = Network([2, 3, 1], seed=4)
    net.train(PRESETS["XOR"].inputs, PRESETS["XOR"].targets, 1234)
    net.eta, net.alpha = 0.7, 0.3
    net.train(PRESETS["XOR"].inputs, PRESETS["XOR"].targets, 766)
    for a, b in zip(net.get_weights(), project.state.weights, strict=True):
        np.testing.assert_array_equal(a, b)
    # a setting change moved to another epoch no longer replays
    data = json.loads(path.read_text())
    data["run"]["interventions"][0]["epoch"] = 1233
    path.write_text(json.dumps(data))
    code, out, _ = run(capsys, "check", str(path), "--json")
    assert code == 1 and "stored weights differ from the replay of seed 4 after 2,000 epochs" in out


def test_a_version_1_file_is_checked_as_a_run_without_interventions(capsys, tmp_path) -> None:
    path = tmp_path / "v1.nndesk"
    run(capsys, "train", *CONVERGES, "--out", str(path))
    data = json.loads(path.read_text())
    data["version"] = 1
    del data["run"], data["method"]  # version 3 added "method"
    path.write_text(json.dumps(data))
    code, out, _ = run(capsys, "check", str(path), "--json")
    assert code == 0 and json.loads(out)["consistent"] is True


def _window_run(window, qtbot) -> None:
    """Train in the window, changing η and α while the worker trains, pausing and going on."""
    window.hyper_form.max_epochs_spin.setValue(1_000_000_000)
    window.hyper_form.target_spin.setValue(window.hyper_form.target_spin.minimum())
    for eta, alpha in ((0.5, 0.2), (0.25, 0.0), (0.7, 0.1)):
        window.train()
        qtbot.waitUntil(lambda: window.network.epochs > 0, timeout=5000)
        window.hyper_form.eta_spin.setValue(eta)
        qtbot.waitUntil(lambda eta=eta: window.network.eta == eta, timeout=5000)
        qtbot.wait(30)
        window.hyper_form.alpha_spin.setValue(alpha)
        with qtbot.waitSignal(window.document.trainingPaused, timeout=5000):
            window.pause()
        window.step()


def test_settings_changed_while_the_window_trains_replay_exactly(window, qtbot, tmp_path, capsys) -> None:
    _window_run(window, qtbot)
    window.hyper_form.max_epochs_spin.setValue(window.network.epochs + 10)  # for check's retraining
    path = tmp_path / "window.nndesk"
    assert window.save_as(path)
    project = load_project(path)
    kinds = [s.kind for s in project.run.interventions]
    assert kinds.count("settings") >= 5 and project.state.epochs == window.network.epochs
    replay = replaying.run_to(replaying.start(project), project, project.state.epochs)
    assert replaying.compare(replay, project) == []
    # opened again and trained on: a continue, and the file still replays
    assert window.open_project(path)
    window.step()
    window.step()
    assert window.save()
    again = load_project(path)
    assert again.run.interventions[-1].kind == "continue"
    assert again.run.interventions[-1].epoch == project.state.epochs
    _, out, _ = run(capsys, "check", str(path), "--json")
    assert json.loads(out)["consistent"] is True, out


def test_an_interrupted_run_continued_in_the_window_is_no_longer_marked_interrupted(window, tmp_path) -> None:
    from dataclasses import replace

    from nndesk.project.project_file import save_project

    path = tmp_path / "stopped.nndesk"
    for _ in range(5):
        window.step()
    project = window.project()
    save_project(replace(project, run=replace(project.run, interrupted=True)), path)
    window.setWindowModified(False)  # nothing to ask about before opening
    assert window.open_project(path) and window.project().run.interrupted
    window.step()
    assert not window.project().run.interrupted
    assert [(s.epoch, s.kind) for s in window.project().run.interventions] == [(5, "continue")]


def test_weights_set_by_hand_and_recorded_replay_and_unrecorded_ones_do_not(capsys, tmp_path) -> None:
    path = tmp_path / "edited.nndesk"
    run(capsys, "train", "XOR", "--seed", "2", "--eta", "0.09", "--alpha", "0.015", "--max-epochs", "300",
        "--out", str(path))
    data = json.loads(path.read_text())
    set_to = [[[0.5] * len(r) for r in m] for m in data["state"]["weights"]]
    zeros = [[[0.0] * len(r) for r in m] for m in data["state"]["weights"]]
    data["run"]["interventions"] = [{"epoch": 100, "kind": "weights", "weights": set_to, "momenta": zeros}]
    net = Network([2, 3, 1], seed=2)
    errors = list(net.train(PRESETS["XOR"].inputs, PRESETS["XOR"].targets, 100))
    net.set_weights([np.array(m) for m in set_to])
    net.set_momenta([np.array(m) for m in zeros])
    errors += list(net.train(PRESETS["XOR"].inputs, PRESETS["XOR"].targets, 200))
    data["state"]["weights"] = [w.tolist() for w in net.get_weights()]
    data["state"]["momenta"] = [m.tolist() for m in net.get_momenta()]
    data["history"]["errors"] = errors
    path.write_text(json.dumps(data))
    code, out, _ = run(capsys, "check", str(path), "--json")
    assert json.loads(out)["consistent"] is True, out
    del data["run"]["interventions"][0]  # the same file without the record of the edit
    path.write_text(json.dumps(data))
    code, out, _ = run(capsys, "check", str(path), "--json")
    found = json.loads(out)["differences"]
    assert code == 1 and found[0] == "stored weights differ from the replay of seed 2 after 300 epochs"
    assert found[-1] == "the stored error history differs from the replay of seed 2 at epoch 101 and 199 more"
