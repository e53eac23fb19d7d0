"""The command line under an adversarial user (issue 12): real processes, real signals, real pipes and devices.

Interrupts stop train, check and study at the next chunk with one line and exit 130 / 143, and ``train --out``
saves what was trained, resumable with ``--continue``; a closed pipe ends quietly by SIGPIPE; a full stdout
gets one line and exit 1; ``--out`` is checked before training; every value the command line accepts is one a
project file holds; and the smaller items of section 9.
"""

from __future__ import annotations

import json
import math
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from nndesk import cli
from nndesk.engine import Network, StopRule, train_until
from nndesk.project.csv_io import CsvError, read_csv
from nndesk.project.presets import PRESETS
from nndesk.project.project_file import (
    EPOCH_LIMIT,
    MAX_EPOCHS_LIMIT,
    SEED_LIMIT,
    History,
    Project,
    load_project,
    save_project,
)

ENDLESS = ["--max-epochs", "1000000000000", "--target", "1e-300"]  # no run reaches these in a test


def nndesk(*args: str, **kwargs) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "nndesk", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            stdin=subprocess.DEVNULL, text=True, **kwargs)


def run_nndesk(*args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "nndesk", *args], capture_output=True, text=True, timeout=timeout,
                          stdin=subprocess.DEVNULL)


def interrupt(proc: subprocess.Popen, sig: int, after: float = 2.5) -> tuple[str, str]:
    time.sleep(after)  # the process has started and is training (imports take about half a second)
    assert proc.poll() is None, proc.communicate()
    proc.send_signal(sig)
    return proc.communicate(timeout=30)


def one_line(err: str) -> str:
    assert err.count("\n") == 1 and err.endswith("\n") and "Traceback" not in err, err
    return err.rstrip("\n")


# ================================================================================================ interrupts
def test_ctrl_c_during_train_out_saves_a_resumable_project(tmp_path) -> None:
    path = tmp_path / "work.nndesk"
    out, err = interrupt(nndesk("train", "XOR", *ENDLESS, "--out", str(path)), signal.SIGINT)
    line = one_line(err)
    assert out == ""
    project = load_project(path)
    epochs = project.state.epochs
    assert epochs > 0 and project.run.interrupted
    assert line == (f"nndesk: training interrupted by Ctrl+C at epoch {epochs:,}; saved {path} (marked "
                    f"interrupted; resume with: nndesk train {path} --continue)")
    assert int(project.history.epochs[-1]) == epochs
    done = run_nndesk("train", str(path), "--continue", "--max-epochs", str(epochs + 100), "--out", str(path), "--json")
    assert json.loads(done.stdout)["epochs"] == epochs + 100, done.stderr
    again = load_project(path)
    assert not again.run.interrupted and again.run.interventions[-1].epoch == epochs
    check = run_nndesk("check", str(path), "--json")
    assert json.loads(check.stdout)["consistent"] is True, check.stdout


def test_sigterm_during_train_exits_143_and_without_out_says_nothing_was_saved() -> None:
    proc = nndesk("train", "XOR", *ENDLESS)
    _, err = interrupt(proc, signal.SIGTERM)
    assert proc.returncode == 143
    assert one_line(err).startswith("nndesk: training interrupted by SIGTERM at epoch ")
    assert err.rstrip().endswith("; nothing saved (--out FILE keeps the training done)")


def test_ctrl_c_train_exits_130(tmp_path) -> None:
    proc = nndesk("train", "XOR", *ENDLESS, "--json")
    out, err = interrupt(proc, signal.SIGINT)
    assert proc.returncode == 130 and json.loads(out)["interrupted"] is True
    one_line(err)


def test_interrupting_check_and_study(tmp_path) -> None:
    path = tmp_path / "long.nndesk"
    save_project(Project(PRESETS["XOR"], (2, 3, 1), ("sigmoid", "sigmoid"), target_error=1e-300,
                         max_epochs=MAX_EPOCHS_LIMIT), path)
    proc = nndesk("check", str(path))
    _, err = interrupt(proc, signal.SIGINT)
    assert proc.returncode == 130
    assert one_line(err).startswith("nndesk: check interrupted by Ctrl+C at epoch ")
    proc = nndesk("study", "XOR", "--seeds", "200", *ENDLESS[:2])
    _, err = interrupt(proc, signal.SIGTERM)
    assert proc.returncode == 143
    assert one_line(err).startswith("nndesk: study interrupted by SIGTERM at epoch ")


# ================================================================================================ output
def test_a_closed_pipe_ends_quietly_by_sigpipe() -> None:
    shell = f"{sys.executable} -m nndesk study XOR --seeds 3000 --max-epochs 10 --json | head -c 1"
    done = subprocess.run(["bash", "-o", "pipefail", "-c", shell], capture_output=True, text=True, timeout=120)
    assert done.stdout == "{" and done.stderr == ""
    assert done.returncode == 141  # what a shell says for a process ended by SIGPIPE, as for `yes | head -1`


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="this system has no /dev/full")
@pytest.mark.parametrize("args", [["train", "XOR", "--max-epochs", "10"], ["study", "XOR", "--seeds", "5",
                                                                          "--max-epochs", "10"], ["presets"]])
def test_a_full_disk_on_stdout_is_one_line_and_exit_1(args) -> None:
    with open("/dev/full", "w") as full:
        done = subprocess.run([sys.executable, "-m", "nndesk", *args], stdout=full, stderr=subprocess.PIPE,
                              text=True, timeout=60)
    assert done.returncode == 1
    assert one_line(done.stderr) == "nndesk: could not write the output: No space left on device"


# ================================================================================================ --out
@pytest.mark.parametrize(("out", "message"), [
    ("", "nndesk: --out needs a file name, such as --out trained.nndesk"),
    ("/", "nndesk: cannot save to '/': it is a folder, not a file"),
    (".", "nndesk: cannot save to '.': it is a folder, not a file"),
    ("{tmp}/no/such/folder/x.nndesk", "nndesk: cannot save to '{tmp}/no/such/folder/x.nndesk': the folder folder "
                                      "does not exist"),
    ("{tmp}/a-file/x.nndesk", "nndesk: cannot save to '{tmp}/a-file/x.nndesk': a-file is a file, not a folder"),
])
def test_out_is_checked_before_training(tmp_path, out, message) -> None:
    (tmp_path / "a-file").write_text("a file, not a folder")
    out, message = out.format(tmp=tmp_path), message.format(tmp=tmp_path)
    started = time.monotonic()
    done = run_nndesk("train", "XOR", *ENDLESS, "--out", out)  # would train for ever: refused first
    assert done.returncode == 2 and done.stdout == ""
    assert one_line(done.stderr) == message
    assert time.monotonic() - started < 30


# ================================================================================================ limits
def test_values_beyond_what_a_file_holds_are_refused_before_training_naming_the_limit() -> None:
    done = run_nndesk("train", "XOR", "--max-epochs", "10000000000000", "--target", "1e-300")
    assert done.returncode == 2
    assert one_line(done.stderr) == ("nndesk: --max-epochs must be from 1 to 1,000,000,000,000 (the most a project "
                                     "file holds)")
    for command in (["train", "XOR", "--seed", str(SEED_LIMIT)], ["study", "XOR", "--first-seed", str(SEED_LIMIT)]):
        done = run_nndesk(*command)
        assert done.returncode == 2 and f"{SEED_LIMIT - 1}" in one_line(done.stderr)


def test_every_value_at_the_command_lines_limits_saved_reopens(capsys, tmp_path) -> None:
    path = tmp_path / "edge.nndesk"
    assert SEED_LIMIT == 2**32  # the engine's seeds, which study always took
    code = cli.main(["train", "XOR", "--max-epochs", str(MAX_EPOCHS_LIMIT), "--target", "1000",
                     "--seed", str(SEED_LIMIT - 1), "--eta", "1e300", "--alpha", "1e300", "--out", str(path)])
    capsys.readouterr()
    assert code in (0, 1)
    project = load_project(path)
    assert (project.max_epochs, project.seed, project.eta, project.alpha) == (MAX_EPOCHS_LIMIT, SEED_LIMIT - 1,
                                                                              1e300, 1e300)
    assert cli.main(["check", str(path), "--quiet"]) in (0, 1)
    # the same seed replays in a study as in train: both take 0 to 2**32 - 1
    assert cli.main(["study", "XOR", "--first-seed", str(SEED_LIMIT - 1), "--seeds", "1", "--max-epochs", "5"]) == 0
    capsys.readouterr()


def test_every_value_at_the_loaders_limits_saved_reopens(tmp_path) -> None:
    biggest = sys.float_info.max
    net = Network([2, 3, 1], seed=SEED_LIMIT - 1)
    net.epochs = EPOCH_LIMIT
    project = Project(PRESETS["XOR"], (2, 3, 1), ("sigmoid", "sigmoid"), eta=biggest, alpha=biggest,
                      seed=SEED_LIMIT - 1, target_error=biggest, margin=biggest, max_epochs=MAX_EPOCHS_LIMIT)
    project = project.with_network(net, History(np.array([1, EPOCH_LIMIT]), np.array([biggest, 0.0])))
    for p in (project, Project(PRESETS["NOT"], (1, 1), ("linear",), eta=0.0, alpha=0.0, seed=0,
                               target_error=0.0, margin=0.0, max_epochs=1)):
        save_project(p, tmp_path / "limit.nndesk")
        assert load_project(tmp_path / "limit.nndesk") == p


def test_every_value_at_the_windows_limits_saved_reopens(window, tmp_path) -> None:
    form = window.hyper_form
    for spin in (form.eta_spin, form.alpha_spin, form.target_spin, form.margin_spin, form.max_epochs_spin,
                 form.seed_spin):
        for value in (spin.minimum(), spin.maximum()):
            spin.setValue(value)
            assert window.save_as(tmp_path / "w.nndesk")
            reopened = load_project(tmp_path / "w.nndesk")
            assert window.cannot_show(reopened) is None and reopened == window.project()


# ================================================================================================ section 9
def test_argparse_errors_take_one_line() -> None:
    for args, expected in ((["train"], "nndesk train: the following arguments are required: FILE|PRESET "
                                       "(see: nndesk train --help)"),
                           (["train", "XOR", "--max-epochs", "ten"], "nndesk train: argument --max-epochs: invalid int "
                                                                    "value: 'ten' (see: nndesk train --help)"),
                           (["--bogus"], "nndesk: unrecognized arguments: --bogus (see: nndesk --help)")):
        done = run_nndesk(*args)
        assert done.returncode == 2 and one_line(done.stderr) == expected


def test_a_bad_file_fails_the_smoke_test_with_checks_message(tmp_path) -> None:
    bad = tmp_path / "bad.nndesk"
    bad.write_text('{"format": "nndesk-project", "version": 1, "table": {}}')
    check = run_nndesk("check", str(bad))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    smoke = subprocess.run([sys.executable, "-m", "nndesk", str(bad), "--smoke-test"], capture_output=True,
                           text=True, timeout=60, env=env, stdin=subprocess.DEVNULL)
    assert smoke.returncode == check.returncode == 2
    assert one_line(smoke.stderr) == one_line(check.stderr)
    assert smoke.stdout == ""


def test_a_symlink_loop_is_named_as_a_loop(tmp_path, window) -> None:
    loop = tmp_path / "loop.nndesk"
    loop.symlink_to(tmp_path / "other.nndesk")
    (tmp_path / "other.nndesk").symlink_to(loop)
    done = run_nndesk("check", str(loop))
    assert one_line(done.stderr) == "nndesk: Cannot open loop.nndesk: it is a symbolic link that leads back to " \
                                    "itself (a loop)"
    assert cli._project_file_problem(loop) == (f"cannot open {str(loop)!r}: it is a symbolic link that leads back "
                                               "to itself (a loop).")
    from PySide6.QtWidgets import QMessageBox

    assert not window.open_project(loop)
    box = window.findChild(QMessageBox, "problemBox")
    assert "leads back to itself (a loop)" in box.text() and "no such file" not in box.text()
    box.close()


def test_a_csv_just_over_the_limit_does_not_read_as_the_limit(tmp_path) -> None:
    path = tmp_path / "big.csv"
    with open(path, "wb") as f:
        f.truncate(50_000_016)
    with pytest.raises(CsvError) as caught:
        read_csv(path)
    assert str(caught.value) == ("Cannot read big.csv: it is 50,000,016 bytes (16 over); nndesk opens files of at "
                                 "most 50 MB")


def test_engine_refusals_are_value_errors_in_words() -> None:
    with pytest.raises(ValueError, match=r"activations must be a name such as \"sigmoid\" or a list of names, not 3"):
        Network([2, 3, 1], activations=3)
    net = Network([2, 3, 1], seed=1)
    with pytest.raises(ValueError, match=r"at most 100,000,000 epochs a call \(not 1,000,000,000,000, which would "
                                         r"need 8,000 GB\)"):
        net.train(PRESETS["XOR"].inputs, PRESETS["XOR"].targets, 10**12)
    with pytest.raises(ValueError, match="this stop rule can never end training"):
        train_until(net, PRESETS["XOR"].inputs, PRESETS["XOR"].targets, StopRule(error_below=0.0))
    assert net.epochs == 0
    # with a limit, or a caller that can stop it, the same rule is fine
    result = train_until(net, PRESETS["XOR"].inputs, PRESETS["XOR"].targets, StopRule(error_below=0.0, max_epochs=5))
    assert result.epochs == 5 and math.isfinite(result.error)


def test_train_at_the_epoch_limit_with_rows_wrong_exits_1_and_says_so(tmp_path) -> None:
    done = run_nndesk("train", "XOR", "--max-epochs", "100", "--json")
    data = json.loads(done.stdout)
    assert done.returncode == 1 and data["learned"] is False and data["exit_code"] == 1
    assert data["stopped_because"] == "max epochs" and data["rows_correct"] < data["rows"]
    done = run_nndesk("train", "XOR", "--eta", "0.9", "--alpha", "0.5", "--seed", "1", "--target", "0.05", "--json")
    data = json.loads(done.stdout)
    assert done.returncode == 0 and data["learned"] is True and data["exit_code"] == 0
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    assert "`nndesk train` exits 1 when training ends with rows still wrong" in readme
