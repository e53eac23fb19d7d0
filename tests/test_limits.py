"""Limits that answer with a message instead of a hang: network size, table size, file size.

* a network of more than ``MAX_WEIGHTS`` weights (or ``MAX_LAYERS`` layers) is refused when it is made, and
  every network the window's editors can make fits (checked against the editors' own limits);
* a table of more than ``MAX_ROWS`` rows, ``MAX_COLUMNS`` columns or ``MAX_VALUES`` values is refused by
  TruthTable, CSV import and project loading;
* project and CSV files larger than their limits are refused before being read, with the size and the limit;
  so are devices and named pipes, which could be read forever.
"""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import numpy as np
import pytest

from nndesk.engine import Network, StopRule, train_many
from nndesk.engine.network import MAX_LAYERS, MAX_NEURONS_PER_LAYER, MAX_WEIGHTS, weight_count
from nndesk.project import csv_io, project_file
from nndesk.project.csv_io import CsvError, parse_csv, read_csv
from nndesk.project.presets import PRESETS
from nndesk.project.project_file import Project, ProjectError, dumps, load_project, save_project
from nndesk.project.truth_table import MAX_COLUMNS, MAX_ROWS, MAX_VALUES, TruthTable


@pytest.fixture
def alarm():
    """Fail instead of hanging: the test gets 10 seconds (a refused file must never be read whole)."""

    def hung(signum, frame):
        raise TimeoutError("the limit did not stop the work: it hung")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(10)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


# ================================================================================================ network size
def test_a_network_beyond_the_weight_budget_is_refused_with_the_limit() -> None:
    with pytest.raises(ValueError, match=r"2-4096-4096-1 network would have 16,797,697 weights.*at most 2,000,000"):
        Network([2, 4096, 4096, 1])
    big = [1413, 1413]  # 1,997,982 weights: just inside
    assert weight_count(big) <= MAX_WEIGHTS < weight_count([1414, 1414])
    assert Network(big, seed=1).get_weights()[0].shape == (1413, 1414)
    with pytest.raises(ValueError, match="2,000,000"):
        Network([1414, 1414])


def test_too_many_layers_are_refused_before_anything_is_read() -> None:
    with pytest.raises(ValueError, match=f"at most {MAX_LAYERS}"):
        Network([1] * (MAX_LAYERS + 1))
    started = time.perf_counter()
    with pytest.raises(ValueError, match="1,000,000,000 layers"):
        Network(range(10**9))  # a sequence that would take minutes (and gigabytes) to list
    assert time.perf_counter() - started < 1.0


def test_every_network_the_window_makes_fits_the_budget() -> None:
    """The window's largest network: a table of MAX_COLUMNS columns split into inputs and targets, with no
    hidden layer or with the most hidden layers of the most neurons the topology editor allows."""
    from nndesk.ui.topology_editor import MAX_HIDDEN_LAYERS, MAX_NEURONS

    assert MAX_HIDDEN_LAYERS + 2 <= MAX_LAYERS and MAX_NEURONS <= MAX_NEURONS_PER_LAYER
    largest = max(
        weight_count([n_in, *[MAX_NEURONS] * hidden, MAX_COLUMNS - n_in])
        for n_in in range(1, MAX_COLUMNS)
        for hidden in range(MAX_HIDDEN_LAYERS + 1)
    )
    assert largest == 1_001_000  # 999 inputs straight to 1,001 outputs, as network.py says
    assert largest <= MAX_WEIGHTS


def test_a_project_file_with_too_big_a_network_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.nndesk"
    text = dumps(Project(PRESETS["XOR"], (2, 3, 1), ("sigmoid", "sigmoid")))
    path.write_text(text.replace('"topology": [2, 3, 1]', '"topology": [2, 1500, 1500, 1]'))
    with pytest.raises(ProjectError, match=r"2-1500-1500-1 has 2,257,501 weights; nndesk trains networks of at most"):
        load_project(path)


def test_train_many_refuses_too_big_studies() -> None:
    table = PRESETS["XOR"]
    with pytest.raises(ValueError, match="2,000,000"):
        train_many([2, 2000, 1000, 1], table.inputs, table.targets, [1], max_epochs=1)
    # a network within the budget, but too many seeds of it for memory: refused before any work
    started = time.perf_counter()
    with pytest.raises(ValueError, match=r"would need about .* GB of memory; study at most"):
        train_many([2, 1000, 1000, 1], table.inputs, table.targets, range(1000), stop=StopRule(max_epochs=1))
    assert time.perf_counter() - started < 2.0


# ================================================================================================ table size
def test_a_table_of_more_rows_than_the_limit_is_refused() -> None:
    rows = ((0.0, 1.0),) * MAX_ROWS
    assert TruthTable(("A",), ("Y",), rows).n_rows == MAX_ROWS
    with pytest.raises(ValueError, match=r"The table has 100,001 rows; nndesk works with at most 100,000"):
        TruthTable(("A",), ("Y",), (*rows, (1.0, 0.0)))
    with pytest.raises(ValueError, match="at most 100,000"):
        TruthTable(("A",), ("Y",), ((0.0, 1.0),)).with_rows(iter((*rows, (1.0, 0.0))))


def test_a_table_of_more_columns_than_the_limit_is_refused() -> None:
    names = tuple(f"C{k}" for k in range(MAX_COLUMNS))
    TruthTable(names[:-1], names[-1:], ((0.0,) * MAX_COLUMNS,))
    with pytest.raises(ValueError, match=r"2,001 columns; nndesk works with at most 2,000"):
        TruthTable((*names[:-1], "extra"), names[-1:], ((0.0,) * (MAX_COLUMNS + 1),))


def test_a_table_of_more_values_than_the_limit_is_refused(tmp_path: Path, monkeypatch) -> None:
    """10,000,000 values: 5,000 rows of 2,000 columns fit, one row more does not (the rows are one tuple
    repeated, so the test costs nothing: the check comes before any row is read)."""
    names = tuple(f"C{k}" for k in range(MAX_COLUMNS))
    row = (0.0,) * MAX_COLUMNS
    assert 5_000 * MAX_COLUMNS == MAX_VALUES
    with pytest.raises(ValueError, match=r"5,001 rows of 2,000 columns, 10,002,000 values; nndesk works with at most"):
        TruthTable(names[:-1], names[-1:], (row,) * 5_001)
    monkeypatch.setattr(csv_io, "MAX_VALUES", 30)  # the same checks, on files small enough to write here
    with pytest.raises(CsvError, match=r"more than 30 values \(3 columns, line 12\); nndesk works with at most 30"):
        parse_csv("A,B,Y\n" + "0,0,1\n" * 10 + "1,1,0\n" * 5)
    monkeypatch.setattr(project_file, "MAX_VALUES", 30)
    path = tmp_path / "values.nndesk"
    save_project(Project(TruthTable(("A", "B"), ("Y",), ((0.0, 0.0, 1.0),) * 11), (2, 1), ("sigmoid",)), path)
    with pytest.raises(ProjectError, match=r"11 rows of 3 columns, 33 values; nndesk works with at most 30"):
        load_project(path)


def test_a_csv_of_more_rows_than_the_limit_is_refused_as_soon_as_it_is_seen() -> None:
    text = "A,Y\n" + "0,1\n" * MAX_ROWS
    assert parse_csv(text).to_table().n_rows == MAX_ROWS
    with pytest.raises(CsvError, match=r"more than 100,000 rows of numbers; nndesk works with at most 100,000"):
        parse_csv(text + "1,0\n" + "junk\n" * 10)  # refused at row 100,001: the junk after it is never read


def test_a_project_of_more_rows_than_the_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "rows.nndesk"
    text = dumps(Project(PRESETS["NOT"], (1, 1), ("sigmoid",)))
    path.write_text(text.replace('"rows": [', '"rows": [' + "[0, 1], " * MAX_ROWS, 1))
    with pytest.raises(ProjectError, match=r"rows\.nndesk: the table has 100,002 rows; nndesk works with at most"):
        load_project(path)


# ================================================================================================ file size
def _sparse(path: Path, size: int) -> Path:
    with path.open("wb") as f:
        f.truncate(size)  # no disk space used; reading it would still take the whole size
    return path


def test_a_csv_file_beyond_the_size_limit_is_refused_before_it_is_read(tmp_path: Path, alarm) -> None:
    assert csv_io.MAX_FILE_BYTES == 50_000_000
    path = _sparse(tmp_path / "big.csv", 60_000_000)
    started = time.perf_counter()
    with pytest.raises(CsvError, match=r"^Cannot read big\.csv: it is 60 MB; nndesk opens files of at most 50 MB$"):
        read_csv(path)
    assert time.perf_counter() - started < 0.5


def test_a_project_file_beyond_the_size_limit_is_refused_before_it_is_read(tmp_path: Path, alarm) -> None:
    assert project_file.MAX_FILE_BYTES == 100_000_000
    path = _sparse(tmp_path / "big.nndesk", 123_456_789)
    started = time.perf_counter()
    with pytest.raises(
        ProjectError, match=r"^Cannot open big\.nndesk: it is 123\.5 MB; nndesk opens files of at most 100 MB$"
    ):
        load_project(path)
    assert time.perf_counter() - started < 0.5


def test_files_just_within_the_limit_are_read(tmp_path: Path, monkeypatch) -> None:
    text = dumps(Project(PRESETS["XOR"], (2, 3, 1), ("sigmoid", "sigmoid")))
    (tmp_path / "p.nndesk").write_text(text)
    monkeypatch.setattr(project_file, "MAX_FILE_BYTES", len(text.encode()))
    assert load_project(tmp_path / "p.nndesk").table == PRESETS["XOR"]
    monkeypatch.setattr(project_file, "MAX_FILE_BYTES", len(text.encode()) - 1)
    with pytest.raises(ProjectError, match="nndesk opens files of at most"):
        load_project(tmp_path / "p.nndesk")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
def test_a_named_pipe_or_a_device_is_refused_without_waiting(tmp_path: Path, alarm) -> None:
    os.mkfifo(tmp_path / "pipe.nndesk")
    os.mkfifo(tmp_path / "pipe.csv")
    with pytest.raises(ProjectError, match=r"pipe\.nndesk: it is not a regular file"):
        load_project(tmp_path / "pipe.nndesk")
    with pytest.raises(CsvError, match=r"pipe\.csv: it is not a regular file"):
        read_csv(tmp_path / "pipe.csv")
    if Path("/dev/zero").exists():  # endless zeros: a read would never end
        with pytest.raises(ProjectError, match="it is not a regular file"):
            load_project("/dev/zero")
        with pytest.raises(CsvError, match="it is not a regular file"):
            read_csv("/dev/zero")


def test_a_folder_is_named_as_a_folder(tmp_path: Path) -> None:
    with pytest.raises(ProjectError, match="it is a folder, not a file"):
        load_project(tmp_path)
    with pytest.raises(CsvError, match="it is a folder, not a file"):
        read_csv(tmp_path)


def test_saving_a_project_nndesk_could_not_open_again_is_refused(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "p.nndesk"
    small = Project(PRESETS["NOT"], (1, 1), ("sigmoid",))
    save_project(small, path)
    before = path.read_bytes()
    monkeypatch.setattr(project_file, "MAX_FILE_BYTES", 2_000)
    table = TruthTable(("A",), ("Y",), tuple((k / 1000, 1.0) for k in range(1000)))
    with pytest.raises(ProjectError, match=r"Could not save p\.nndesk: it would take .* MB, more than the"):
        save_project(Project(table, (1, 1), ("sigmoid",)), path)
    assert path.read_bytes() == before  # the old file is as it was
    assert [p.name for p in tmp_path.iterdir()] == ["p.nndesk"]  # and no temporary file is left


def test_the_saved_layout_is_compact_and_reads_back_exactly(tmp_path: Path) -> None:
    """One table row or weight row a line, whole numbers without ".0": 100,000 rows of 12 columns of 0/1
    take about 4.1 MB, far within the limit. -0.0 and the weights keep every bit."""
    table = TruthTable(tuple("ABCDEFGHIJK"), ("Y",), ((0.0,) * 11 + (1.0,),) * MAX_ROWS)
    text = dumps(Project(table, (11, 3, 1), ("sigmoid", "sigmoid")))
    assert len(text.encode()) < 4_200_000
    net = Network([2, 3, 2], seed=5)
    net.train(PRESETS["Half adder"].inputs, PRESETS["Half adder"].targets, 30)
    odd = TruthTable(("A", "B"), ("S", "C"), ((-0.0, 0.1, 1e-300, 2.0**60), (1.0, 0.0, 1.0, -3.0)))
    project = Project(odd, (2, 3, 2), ("sigmoid", "sigmoid")).with_network(net)
    save_project(project, tmp_path / "odd.nndesk")
    again = load_project(tmp_path / "odd.nndesk")
    assert again == project
    assert np.signbit(again.table.rows[0][0])
    saved = (tmp_path / "odd.nndesk").read_text()
    assert "[-0.0, 0.1, 1e-300, 1.152921504606847e+18]" in saved and "[1, 0, 1, -3]" in saved
