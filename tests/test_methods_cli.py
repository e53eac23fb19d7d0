"""The methods and held-out rows on the command line (issue 15): nndesk train and nndesk study."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nndesk.cli import main
from nndesk.engine import Network, StopRule, train_until

PARITY = Path(__file__).parents[1] / "resources" / "20_four_bit_parity.nndesk"


def _json(capsys, *args: str) -> tuple[int, dict]:
    code = main([*args, "--json"])
    return code, json.loads(capsys.readouterr().out)


def test_train_with_a_method_reports_train_error_and_the_method(capsys):
    code, out = _json(capsys, "train", "XOR", "--seed", "3", "--rule", "rprop", "--max-epochs", "2000")
    assert code == 0
    assert out["train_error"] == out["error"] and "test_error" not in out
    assert out["method"]["rule"] == "rprop" and out["method"]["batch_size"] is None
    net = Network([2, 3, 1], seed=3, rule="rprop")
    x = [[0, 0], [0, 1], [1, 0], [1, 1]]
    result = train_until(net, x, [[0], [1], [1], [0]], StopRule(error_below=0.01, max_epochs=2000))
    assert (out["epochs"], out["error"]) == (result.epochs, result.error)


def test_train_every_option(capsys):
    code, out = _json(capsys, "train", "XOR", "--seed", "2", "--rule", "adam", "--eta", "0.05", "--batch", "all",
                      "--loss", "cross-entropy", "--weight-decay", "0.0001", "--init", "xavier", "--shuffle",
                      "--max-epochs", "300")
    assert code == 0
    assert out["method"] == {"rule": "adam", "batch_size": None, "loss": "cross-entropy", "weight_decay": 0.0001,
                             "init": "xavier", "shuffle": True}
    assert out["epochs"] == 300


def test_test_rows_are_held_out_and_patience_goes_back_to_the_best_epoch(capsys):
    code, out = _json(capsys, "train", str(PARITY), "--test-rows", "3,7,12", "--patience", "40",
                      "--max-epochs", "20000")
    assert code == (0 if out["learned"] else 1) == out["exit_code"]  # the training rows decide
    assert out["learned"] == out["all_correct"] == (out["rows_correct"] == 13)
    assert out["test_row_numbers"] == [3, 7, 12] and out["test_rows"] == 3 and out["rows"] == 13
    assert out["stopped_because"] == "test error stopped improving"
    assert out["epochs"] == out["best_epoch"] and out["test_error"] > 0 and out["train_error"] == out["error"]
    main(["train", str(PARITY), "--test-rows", "3,7,12", "--max-epochs", "50"])
    text = capsys.readouterr().out
    assert "Test rows 3, 7, 12: test error" in text and "(the training rows)" in text
    assert text.count("(test row)") == 3


@pytest.mark.parametrize(("args", "words"), [
    (["--rule", "rprop", "--batch", "3"], "Rprop learns from the whole table at once"),
    (["--batch", "0"], "--batch must be a number of rows of 1 or more, or all"),
    (["--batch", "some"], "--batch must be a number of rows"),
    (["--weight-decay", "-1"], "the weight decay must be a finite number of 0 or more"),
    (["--test-rows", "5"], "--test-rows: test row 5 is not a row of the table (rows 1 to 4)"),
    (["--test-rows", "1,2,3,4"], "leave at least one of the 4 rows to train on"),
    (["--patience", "10"], "--patience stops on the test error: give the test rows too"),
    (["--test-rows", "2", "--patience", "0"], "--patience must be a number of epochs of 1 or more"),
])
def test_bad_method_options_get_one_line(capsys, args, words):
    assert main(["train", "XOR", *args]) == 2
    err = capsys.readouterr().err
    assert words in err and err.count("\n") == 1


def test_study_compares_methods_on_the_same_seeds(capsys):
    args = ["study", "XOR", "--seeds", "6", "--rule", "backprop:0.5,rprop,adam:0.05", "--max-epochs", "3000",
            "--target", "0.1"]
    code, out = _json(capsys, *args)
    assert code == 0
    assert [m["method"]["rule"] for m in out["methods"]] == ["backprop", "rprop", "adam"]
    assert [m["eta"] for m in out["methods"]][::2] == [0.5, 0.05]
    rprop = out["methods"][1]
    for seed in range(1, 7):  # each seed as nndesk train trains it
        _, alone = _json(capsys, "train", "XOR", "--seed", str(seed), "--rule", "rprop", "--max-epochs", "3000",
                         "--target", "0.1")
        # a seed that stopped changing (plateau) is stuck to the study, as in the lockstep
        assert (seed in rprop["stuck_seeds"]) == (alone["stopped_because"] in ("max epochs", "plateau"))
    assert main(args) == 0
    text = capsys.readouterr().out
    assert "Rprop, whole table" in text and "Adam, online, η 0.05" in text and "converged" in text


def test_study_of_one_method_with_test_rows(capsys):
    code, out = _json(capsys, "study", str(PARITY), "--seeds", "3", "--test-rows", "3,7", "--rule", "adam:0.02",
                      "--batch", "4", "--patience", "30", "--max-epochs", "3000")
    assert code == 0
    assert out["method"]["rule"] == "adam"
    assert all(r["test_error"] is not None for r in out["results"])
    _, alone = _json(capsys, "train", str(PARITY), "--seed", "2", "--test-rows", "3,7", "--rule", "adam", "--eta",
                     "0.02", "--batch", "4", "--patience", "30", "--max-epochs", "3000")
    seed2 = out["results"][1]
    assert (seed2["epochs"], seed2["error"], seed2["test_error"]) == (alone["epochs"], alone["error"],
                                                                       alone["test_error"])
    assert main(["study", "XOR", "--rule", "sgd"]) == 2
    assert "unknown rule 'sgd'" in capsys.readouterr().err


@pytest.mark.parametrize("args", [
    ["XOR", "--rule", "adam", "--eta", "0.05", "--batch", "2", "--shuffle", "--max-epochs", "300"],
    [str(PARITY), "--rule", "rprop", "--test-rows", "3,7", "--patience", "30", "--max-epochs", "3000"],
], ids=["adam shuffled", "rprop with patience"])
def test_a_saved_method_run_is_its_replay_and_continues(capsys, tmp_path, args):
    out = tmp_path / "run.nndesk"
    code, trained = _json(capsys, "train", *args, "--out", str(out))
    assert trained["saved"] == str(out) and code == trained["exit_code"]
    code, checked = _json(capsys, "check", str(out))
    assert code == (0 if checked["passed"] else 1)
    assert checked["consistent"], checked["differences"]
    assert checked["epochs"] == trained["epochs"] and checked["rows_passed"] == trained["learned"]
    _, resumed = _json(capsys, "train", str(out), "--continue", "--max-epochs", str(trained["epochs"] + 5))
    assert resumed["method"] == trained["method"] and resumed["epochs"] >= trained["epochs"]


def test_continue_refuses_another_method_or_other_test_rows_in_words(capsys, tmp_path):
    """A run record keeps η and α as they changed, not the method or the rows: a run trained two ways could not
    be checked, so --continue goes on as the network was trained and says how to train another way."""
    out = tmp_path / "run.nndesk"
    _json(capsys, "train", "XOR", "--max-epochs", "50", "--out", str(out))
    for other in (["--rule", "rprop"], ["--test-rows", "2"]):
        assert main(["train", str(out), "--continue", *other, "--max-epochs", "60"]) == 2
        err = capsys.readouterr().err
        assert "--continue goes on with the method and test rows" in err and "Traceback" not in err
    assert main(["check", str(out)]) in (0, 1) and "is its replay" in capsys.readouterr().out
