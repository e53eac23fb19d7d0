"""The error-history CSV says what is known: exact epochs where kept, the envelope as such, never filled values.

The issue's case: after Save and reopen, the export wrote one row per epoch rebuilt from the file's thinned
points (epochs 1-158 all read the value of epoch 1). Here every exact row is compared with the true error of
its epoch, and every envelope row with the true lowest and highest error of its epochs.
"""

from __future__ import annotations

import csv
import math

import numpy as np

from nndesk import cli
from nndesk.engine import Network
from nndesk.project.history_csv import HEADER, KnownErrors, history_csv_text, known_from_history
from nndesk.project.presets import PRESETS
from nndesk.project.project_file import History, history_from_plot, load_project, thin_history
from nndesk.ui.error_plot import ErrorBuffer

HALF_ADDER = PRESETS["Half adder"]


def true_errors(epochs: int, eta: float = 0.09, alpha: float = 0.015) -> np.ndarray:
    """The half adder's epoch errors from seed 1 (training is deterministic, bit for bit)."""
    return Network([2, 3, 2], seed=1, eta=eta, alpha=alpha).train(HALF_ADDER.inputs, HALF_ADDER.targets, epochs)


def read_rows(text: str) -> tuple[dict[int, float], list[tuple[int, int, float, float]]]:
    rows = list(csv.reader(text.splitlines()))
    assert ",".join(rows[0]) == HEADER
    exact, spans = {}, []
    for r in rows[1:]:
        assert len(r) == 6
        if r[0]:
            assert r[2:] == ["", "", "", ""] and int(r[0]) not in exact
            exact[int(r[0])] = float(r[1])
        else:
            assert r[:2] == ["", ""]
            spans.append((int(r[2]), int(r[3]), float(r[4]), float(r[5])))
    return exact, spans


def assert_only_truth(text: str, truth: np.ndarray, first_epoch: int = 1) -> tuple[dict, list]:
    """Every exact row is its epoch's true error; every span's min and max are the true ones of its epochs;
    together they cover every epoch."""
    exact, spans = read_rows(text)
    for epoch, error in exact.items():
        assert error == truth[epoch - first_epoch], epoch
    covered = np.zeros(len(truth), dtype=bool)
    covered[[e - first_epoch for e in exact]] = True
    for lo_epoch, hi_epoch, low, high in spans:
        block = truth[lo_epoch - first_epoch : hi_epoch - first_epoch + 1]
        assert (low, high) == (block.min(), block.max()), (lo_epoch, hi_epoch)
        covered[lo_epoch - first_epoch : hi_epoch - first_epoch + 1] = True
    assert covered.all()
    return exact, spans


def test_a_short_history_is_written_exactly() -> None:
    truth = true_errors(50)
    exact, spans = assert_only_truth(history_csv_text(known_from_history(history_from_plot(1, truth))), truth)
    assert sorted(exact) == list(range(1, 51)) and spans == []


def test_a_thinned_history_gives_its_kept_epochs_and_each_blocks_envelope() -> None:
    truth = true_errors(50_000)
    history = history_from_plot(1, truth)
    assert len(history) < 20_001
    exact, spans = assert_only_truth(history_csv_text(known_from_history(history)), truth)
    assert sorted(exact) == history.epochs.tolist()  # what the file keeps, nothing more
    # blocks of ceil(50,000 / 9,999) = 6 epochs; the last block, epochs 49,999 and 50,000, is kept whole
    assert spans[0][:2] == (1, 6) and spans[-1][:2] == (49_993, 49_998) and len(spans) == 8_333


def test_a_history_of_unknown_thinning_is_one_envelope_and_its_last_point() -> None:
    points = History(np.array([5, 90, 100]), np.array([0.3, 0.1, 0.2]))
    known = known_from_history(points)
    assert known.epochs.tolist() == [100] and known.spans.tolist() == [[5, 100]]
    assert (known.lows.tolist(), known.highs.tolist()) == ([0.1], [0.3])


def test_nans_of_a_diverged_run_do_not_hide_the_envelope() -> None:
    errors = np.linspace(1.0, 2.0, 30_000)
    errors[29_990:] = math.nan
    known = known_from_history(thin_history(np.arange(1, 30_001), errors))
    finite = np.isfinite(known.highs)
    assert np.nanmax(known.highs) == errors[29_989] and finite[:-3].all()  # only the last blocks are all NaN


def test_nndesk_train_out_then_the_file_gives_only_true_values(tmp_path, capsys) -> None:
    path = tmp_path / "adder.nndesk"
    assert cli.main(["train", "Half adder", "--max-epochs", "30000", "--out", str(path), "--json"]) == 0
    capsys.readouterr()
    assert_only_truth(history_csv_text(known_from_history(load_project(path).history)), true_errors(30_000))


def test_the_window_buffer_writes_its_forgotten_epochs_as_envelope_blocks() -> None:
    class Small(ErrorBuffer):
        FULL_LIMIT, ENVELOPE_LIMIT, KEEP_LIMIT = 64, 16, 256

    buffer = Small(capacity=16)
    truth = np.random.default_rng(3).random(5_000)
    for start in range(0, 5_000, 37):
        buffer.append(min(start + 37, 5_000), truth[start : start + 37])
    assert buffer.dropped > 0
    exact, spans = assert_only_truth(history_csv_text(buffer.known_errors()), truth)
    assert spans and max(exact) == 5_000 and min(exact) == 1 + buffer.dropped


def test_saved_and_reopened_in_the_window_the_export_writes_no_invented_epoch(window, qtbot, tmp_path) -> None:
    from nndesk.ui import MainWindow
    from nndesk.ui.insight import install_insight  # the window's own docks (File > Export > Error history)

    window.hyper_form.max_epochs_spin.setValue(30_000)
    with qtbot.waitSignal(window.trainingFinished, timeout=60_000):
        window.train()
    assert window.network.epochs == 30_000
    path = tmp_path / "adder.nndesk"
    assert window.save_as(path)
    saved = load_project(path).history
    assert len(saved) < 30_000  # thinned: most epochs are not in the file

    other = MainWindow(restore_session=False)
    qtbot.addWidget(other)
    assert other.open_project(path)
    csv_path = tmp_path / "errors.csv"
    install_insight(other).export("errors.csv", str(csv_path))
    truth = true_errors(30_000)
    exact, spans = assert_only_truth(csv_path.read_text(encoding="utf-8"), truth)
    assert sorted(exact) == saved.epochs.tolist() and spans
    assert 3 not in exact  # the issue: epoch 3 was written with epoch 1's error

    for _ in range(5):  # trained on after reopening: the new epochs are known exactly
        other.step()
    install_insight(other).export("errors.csv", str(csv_path))
    exact, _ = assert_only_truth(csv_path.read_text(encoding="utf-8"), true_errors(30_005))
    assert [e for e in exact if e > 30_000] == [30_001, 30_002, 30_003, 30_004, 30_005]


def test_known_errors_after_and_then() -> None:
    a = KnownErrors(np.array([1, 2]), np.array([0.5, 0.4]), np.array([[3, 9]]), np.array([0.1]), np.array([0.3]))
    assert a.after(2).epochs.tolist() == [] and a.after(2).spans.tolist() == [[3, 9]]
    assert a.after(3).spans.tolist() == []
    assert a.then(a.after(5)).epochs.tolist() == [1, 2]


def test_continued_from_a_file_the_saved_history_keeps_the_files_points_not_filled_gaps(tmp_path, capsys) -> None:
    first, second = tmp_path / "a.nndesk", tmp_path / "b.nndesk"
    assert cli.main(["train", "Half adder", "--max-epochs", "30000", "--out", str(first), "--json"]) == 0
    assert cli.main(["train", str(first), "--continue", "--max-epochs", "30100", "--out", str(second), "--json"]) == 0
    capsys.readouterr()
    history = load_project(second).history
    exact, spans = assert_only_truth(history_csv_text(known_from_history(history)), true_errors(30_100))
    assert set(load_project(first).history.epochs.tolist()) < set(exact) and spans
    assert [e for e in exact if e > 30_000] == list(range(30_001, 30_101))


def test_reopened_trained_on_saved_and_reopened_again_the_window_still_writes_only_true_values(
        window, qtbot, tmp_path, capsys) -> None:
    from nndesk.ui import MainWindow
    from nndesk.ui.insight import install_insight

    first, second, csv_path = tmp_path / "a.nndesk", tmp_path / "b.nndesk", tmp_path / "errors.csv"
    assert cli.main(["train", "Half adder", "--max-epochs", "30000", "--out", str(first), "--json"]) == 0
    capsys.readouterr()
    assert window.open_project(first)
    for _ in range(5):
        window.step()
    assert window.save_as(second)
    other = MainWindow(restore_session=False)
    qtbot.addWidget(other)
    assert other.open_project(second)
    install_insight(other).export("errors.csv", str(csv_path))
    exact, spans = assert_only_truth(csv_path.read_text(encoding="utf-8"), true_errors(30_005))
    assert [e for e in exact if e > 30_000] == [30_001, 30_002, 30_003, 30_004, 30_005] and spans


def test_a_run_that_froze_keeps_blocks_of_equal_errors_so_only_its_whole_envelope_is_claimed() -> None:
    truth = np.concatenate([np.linspace(2.0, 1.0, 20_000), np.full(20_000, 1.0)])  # then it stopped changing
    known = known_from_history(thin_history(np.arange(1, 40_001), truth))
    exact, spans = assert_only_truth(history_csv_text(known), truth)
    assert spans == [(1, 40_000, 1.0, 2.0)] and max(exact) == 40_000
