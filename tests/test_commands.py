"""Headless commands: train, check, presets; exit codes 0/1/2, one-line messages, no tracebacks."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import textwrap

import numpy as np
import pytest

from nndesk import cli
from nndesk.commands._common import ProgressBar, truth_check
from nndesk.engine import Network, Progress
from nndesk.project.dataset_presets import DATASET_PRESETS
from nndesk.project.presets import PRESETS
from nndesk.project.project_file import Project, load_project, save_project
from nndesk.project.training_settings import TrainingSettings


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_presets_lists_every_preset(capsys) -> None:
    code, out, _ = run(capsys, "presets")
    assert code == 0 and out.splitlines() == [*PRESETS, *DATASET_PRESETS]
    code, out, _ = run(capsys, "presets", "--long")
    assert "Exclusive or" in out


def test_train_a_preset_prints_epochs_error_and_the_truth_check(capsys) -> None:
    code, out, err = run(capsys, "train", "xor", "--max-epochs", "3000", "--eta", "0.5", "--seed", "3")
    assert code == 0, err
    assert "network 2-3-1, η 0.5, α 0.9, seed 3" in out  # XOR's own α: only η was given
    assert "Stopped at the limit of 3,000 epochs" in out and "3,000 epochs, final error" in out
    assert "Truth check:" in out and "A B | Y | outputs" in out


def test_train_json_is_one_object_and_matches_the_engine(capsys) -> None:
    code, out, _ = run(capsys, "train", "AND", "--max-epochs", "500", "--json", "--seed", "9", "--alpha", "0.2")
    assert code == 0  # AND's own η 0.5 learns it within the 500 epochs (the limit with rows wrong exits 1)
    data = json.loads(out)
    assert data["learned"] is (code == 0) and data["exit_code"] == code
    net = Network([2, 2, 1], seed=9, eta=0.5, alpha=0.2)  # AND's own η 0.5: only α was given
    errors = net.train(PRESETS["AND"].inputs, PRESETS["AND"].targets, 500)
    assert data["epochs"] == 500 and data["stopped_because"] == "max epochs"
    assert data["error"] == errors[-1]
    np.testing.assert_array_equal(np.array(data["outputs"]), net.predict(PRESETS["AND"].inputs))
    assert data["rows"] == 4 and data["saved"] is None


def test_train_out_saves_a_project_that_reopens_with_the_trained_network(capsys, tmp_path) -> None:
    out_file = tmp_path / "t.nndesk"
    code, _, err = run(capsys, "train", "Half adder", "--max-epochs", "700", "--out", str(out_file), "--json")
    assert code == 1, err  # rows still wrong at the epoch limit: exit 1, but saved
    project = load_project(out_file)
    net = Network([2, 3, 2], seed=1)
    errors = net.train(PRESETS["Half adder"].inputs, PRESETS["Half adder"].targets, 700)
    assert project.state.epochs == 700
    np.testing.assert_array_equal(project.network().get_weights()[1], net.get_weights()[1])
    np.testing.assert_array_equal(project.history.errors, errors)
    # --continue goes on from there and the history grows
    code, _, err = run(capsys, "train", str(out_file), "--continue", "--max-epochs", "900", "--out", str(out_file))
    assert code == 1, err
    again = load_project(out_file)
    assert again.state.epochs == 900 and len(again.history) == 900
    net.train(PRESETS["Half adder"].inputs, PRESETS["Half adder"].targets, 200)
    np.testing.assert_array_equal(again.network().get_weights()[0], net.get_weights()[0])


def test_check_passes_when_every_row_is_right_and_fails_otherwise(capsys, tmp_path) -> None:
    good = Project(PRESETS["AND"], (2, 2, 1), ("sigmoid", "sigmoid"),
                   training=TrainingSettings(eta=0.8, alpha=0.5, seed=2, target_error=0.05, max_epochs=100_000))
    save_project(good, tmp_path / "good.nndesk")
    code, out, _ = run(capsys, "check", str(tmp_path / "good.nndesk"))
    assert code == 0 and out.startswith("PASS good.nndesk: 4 of 4 rows correct")
    bad = Project(PRESETS["XOR"], (2, 3, 1), ("sigmoid", "sigmoid"), training=TrainingSettings(max_epochs=1))
    save_project(bad, tmp_path / "bad.nndesk")
    code, out, _ = run(capsys, "check", str(tmp_path / "bad.nndesk"))
    assert code == 1 and out.startswith("FAIL bad.nndesk") and "WRONG" in out
    code, out, _ = run(capsys, "check", "--quiet", str(tmp_path / "bad.nndesk"))
    assert code == 1 and out == ""


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "Cannot open missing.nndesk: No such file or directory"),
        ("not json", "Cannot open missing.nndesk: it is not valid JSON"),
        ('{"format": "nndesk-project", "version": 1, "table": {"inputs": "A"}}', "\"table.inputs\" must be a list"),
    ],
)
def test_unusable_files_exit_2_with_one_line_and_no_traceback(capsys, tmp_path, content, message) -> None:
    path = tmp_path / "missing.nndesk"
    if content is not None:
        path.write_text(content)
    for command in ("train", "check"):
        code, out, err = run(capsys, command, str(path))
        assert code == 2 and out == ""
        assert err.count("\n") == 1 and err.startswith("nndesk: ") and message in err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["train", "no such preset"], "neither a project file nor a preset"),
        (["train", "XOR", "--seed", "-1"], "--seed must be a whole number from 0"),
        (["train", "XOR", "--eta", "nan"], "--eta must be a number of 0 or more"),
        (["train", "XOR", "--target", "0"], "--target must be an error above 0"),
        (["train", "XOR", "--max-epochs", "0"], "--max-epochs must be from 1 to 1,000,000,000,000"),
        (["train", "XOR", "--max-epochs", "ten"], "invalid int value: 'ten'"),
    ],
)
def test_unusable_arguments_exit_2(capsys, args, message) -> None:
    code, _, err = run(capsys, *args)
    assert code == 2 and message in err and "Traceback" not in err


def test_python_m_nndesk_train_in_a_subprocess(tmp_path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    bad = tmp_path / "bad.nndesk"
    bad.write_text("[]")
    done = subprocess.run([sys.executable, "-m", "nndesk", "train", str(bad)], capture_output=True, text=True,
                          env=env, timeout=60, stdin=subprocess.DEVNULL)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr == "nndesk: Cannot open bad.nndesk: it is not an nndesk project (the \"format\" field is " \
                          "not \"nndesk-project\")\n"
    done = subprocess.run([sys.executable, "-m", "nndesk", "train", "NOT", "--max-epochs", "5", "--json"],
                          capture_output=True, text=True, env=env, timeout=60, stdin=subprocess.DEVNULL)
    assert done.returncode == 1 and json.loads(done.stdout)["epochs"] == 5  # NOT is not learned in 5 epochs
    assert done.stderr == ""  # no progress bar when stderr is not a terminal


def test_version_stays_light_no_command_or_numpy_is_imported() -> None:
    code = ("import sys; from nndesk import cli; assert cli.main(['--version']) == 0; "
            "print(sorted(m for m in sys.modules if m.startswith(('numpy', 'nndesk.commands.', 'PySide6'))))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip().endswith("[]"), done.stdout + done.stderr


def test_a_new_module_in_the_commands_package_is_a_command(capsys, tmp_path, monkeypatch) -> None:
    package = tmp_path / "probe_commands"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "_helper.py").write_text("raise RuntimeError('helpers are not commands')\n")
    (package / "hello.py").write_text(textwrap.dedent("""
        from nndesk.cli import Command
        def add(parser):
            parser.add_argument("who")
        def run(options):
            print(f"hello {options.who}")
            return 7
        COMMAND = Command(name="hello", help="Say hello.", add_arguments=add, run=run)
    """))
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(cli, "COMMANDS_PACKAGE", "probe_commands")
    monkeypatch.setattr(cli, "COMMANDS", {})
    assert cli.command_names() == ["hello"]
    code, out, _ = run(capsys, "hello", "world")
    assert (code, out) == (7, "hello world\n")


def test_the_real_commands_are_found() -> None:
    assert {"train", "check", "presets"} <= set(cli.command_names())


def test_progress_bar_draws_on_a_terminal_only() -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    tty, pipe = Terminal(), io.StringIO()
    for stream in (tty, pipe):
        bar = ProgressBar(1000, stream)
        bar.update(Progress(500, np.array([0.25]), 1e5))
        bar.close()
    assert "[############............] epoch 500" in tty.getvalue() and "error 0.25" in tty.getvalue()
    assert pipe.getvalue() == ""


def test_truth_check_skips_dont_care_targets() -> None:
    from nndesk.project.truth_table import TruthTable

    net = Network([1, 1], seed=0)
    net.set_weights([np.array([[10.0, -5.0]])])  # output ~1 for input 1, ~0 for input 0
    table = TruthTable(("A",), ("Y",), ((0, float("nan")), (1, 1)))
    checks = truth_check(net, table)
    assert checks[0].met == (None,) and checks[0].correct and checks[1].correct


def test_headless_commands_never_load_qt() -> None:
    code = ("import sys; from nndesk import cli; "
            "assert cli.main(['presets']) == 0; assert cli.main(['train', 'AND', '--max-epochs', '5', '--json']) == 1; "
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph', 'shiboken'))))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().endswith("[]"), done.stdout
