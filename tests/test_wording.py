"""Counts in messages agree with their number: "1 epoch", "1 target", never "1 targets" or "after 1 epochs"."""

from __future__ import annotations

from dataclasses import replace

import pytest

from nndesk import cli
from nndesk.engine import Network, StopRule, train_until
from nndesk.engine.wording import count
from nndesk.project.csv_io import CsvError, parse_csv
from nndesk.project.export_python import python_source
from nndesk.project.presets import PRESETS
from nndesk.project.project_file import Project, ProjectError, dumps, loads, save_project
from nndesk.project.truth_table import TruthTable


def test_count_says_one_in_the_singular_and_everything_else_in_the_plural() -> None:
    assert count(1, "epoch") == "1 epoch"
    assert [count(n, "target") for n in (0, 2, 1500)] == ["0 targets", "2 targets", "1,500 targets"]
    assert count(1, "matrix", "matrices") == "1 matrix" and count(3, "matrix", "matrices") == "3 matrices"


def test_a_row_of_the_wrong_width_names_one_input_and_one_target() -> None:
    with pytest.raises(ValueError, match=r"^Row 1 has 1 value; expected 2 \(1 input \+ 1 target\)$"):
        TruthTable(("A",), ("Y",), ((0.0,),))


def test_a_network_that_does_not_fit_the_table_names_one_input_and_one_target() -> None:
    text = dumps(Project(PRESETS["NOT"], (1, 1, 1), ("sigmoid", "sigmoid"))).replace('"topology": [1, 1, 1]',
                                                                                       '"topology": [2, 1, 1]')
    with pytest.raises(ProjectError, match=r"does not fit the table's 1 input and 1 target$"):
        loads(text)


def test_a_csv_line_with_one_value_says_one_value() -> None:
    with pytest.raises(CsvError, match=r"^Line 2 has 1 value but the header names 2 columns$"):
        parse_csv("A,Y\n1\n")


def test_the_epoch_limit_of_one_epoch_is_said_in_the_singular() -> None:
    net = Network([1, 1, 1], seed=1)
    result = train_until(net, [[0], [1]], [[1], [0]], StopRule(error_below=None, max_epochs=1))
    assert result.message.startswith("Stopped at the limit of 1 epoch: error ")


def test_an_exported_network_trained_for_one_epoch_says_one_epoch() -> None:
    net = Network([1, 1, 1], seed=1)
    net.train([[0], [1]], [[1], [0]], 1)
    assert "Trained for 1 epoch (learning rate" in python_source(net, PRESETS["NOT"], "NOT")


def test_check_after_one_epoch_says_one_epoch(tmp_path, capsys) -> None:
    path = tmp_path / "one.nndesk"
    save_project(replace(Project(PRESETS["NOT"], (1, 1, 1), ("sigmoid", "sigmoid")), max_epochs=1), path)
    assert cli.main(["check", str(path)]) == 1
    assert "rows correct after 1 epoch (seed 1)" in capsys.readouterr().out
