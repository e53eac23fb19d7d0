"""``nndesk study FILE|PRESET --seeds N [--json]``: the study's figures on the terminal."""

from __future__ import annotations

import json

import pytest

from nndesk.cli import main
from nndesk.commands.study import COMMAND, summary_lines
from nndesk.engine import StopRule
from nndesk.engine.many import train_many
from nndesk.project.presets import PRESETS
from nndesk.project.project_file import Project, save_project

XOR_ARGS = ["--eta", "0.5", "--alpha", "0.5", "--hidden", "2", "--target", "0.2", "--max-epochs", "6000"]


def _expected(seeds):
    table = PRESETS["XOR"]
    return train_many([2, 2, 1], table.inputs, table.targets, seeds, eta=0.5, alpha=0.5,
                      stop=StopRule(error_below=0.2), max_epochs=6000)


def test_a_preset_study_prints_the_same_figures_as_the_engine(capsys):
    assert main(["study", "XOR", "--seeds", "5", "--first-seed", "8", *XOR_ARGS]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "XOR: network 2-2-1, η 0.5, α 0.5, error < 0.2"
    assert out[1] == "5 seeds (8 to 12), at most 6,000 epochs each"
    expected = summary_lines(_expected(range(8, 13)))
    assert out[2 : 2 + len(expected)] == expected
    assert out[2] == "60.0 % converged (3 of 5 seeds)"
    assert "stuck at the limit of 6,000 epochs: 2 (8, 11)" in out


def test_json_output(capsys):
    assert main(["study", "xor", "--seeds", "5", "--first-seed", "8", "--json", *XOR_ARGS]) == 0
    data = json.loads(capsys.readouterr().out)
    expected = _expected(range(8, 13))
    assert data["topology"] == [2, 2, 1] and data["seeds"] == 5 and data["first_seed"] == 8
    assert data["fraction_converged"] == 0.6
    assert data["median_epochs"] == expected.median_epochs and data["p90_epochs"] == expected.p90_epochs
    assert data["stuck_seeds"] == [8, 11]
    assert [r["epochs"] for r in data["results"]] == [s.epochs for s in expected.seeds]


def test_a_project_file_is_studied_with_its_own_settings(tmp_path, capsys):
    path = tmp_path / "xor.nndesk"
    save_project(Project(PRESETS["XOR"], (2, 2, 1), ("sigmoid", "sigmoid"), eta=0.5, alpha=0.5, seed=8,
                         target_error=0.2, max_epochs=6000), path)
    assert main(["study", str(path), "--seeds", "5"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("xor.nndesk: network 2-2-1, η 0.5, α 0.5, error < 0.2")
    assert out[1] == "5 seeds (8 to 12), at most 6,000 epochs each"  # seeds start at the file's seed
    assert out[2] == "60.0 % converged (3 of 5 seeds)"


def test_the_command_runs_when_called_directly(capsys):
    parser = __import__("argparse").ArgumentParser()
    COMMAND.add_arguments(parser)
    assert COMMAND.name == "study"
    assert COMMAND.run(parser.parse_args(["AND", "--seeds", "3", "--max-epochs", "50", "--json"])) == 0
    assert json.loads(capsys.readouterr().out)["seeds"] == 3


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["nonesuch"], "neither a project file nor a preset"),
        (["XOR", "--seeds", "0"], "--seeds must be from 1"),
        (["XOR", "--hidden", "three"], "--hidden must be neuron counts"),
        (["XOR", "--eta", "-1"], "--eta must be a number of 0 or more"),
        (["XOR", "--target", "0"], "--target must be an error above 0"),
        (["XOR", "--max-epochs", "0"], "--max-epochs must be from 1 to 1,000,000,000,000"),
        (["XOR", "--first-seed", "-3"], "seeds must lie between"),
    ],
)
def test_unusable_input_exits_2_with_one_line(args, message, capsys):
    assert main(["study", *args]) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_a_broken_project_file_is_a_one_line_message(tmp_path, capsys):
    path = tmp_path / "broken.nndesk"
    path.write_text("{not json")
    assert main(["study", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("nndesk: ") and len(err.strip().splitlines()) == 1
