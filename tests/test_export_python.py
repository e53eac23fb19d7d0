"""The exported Python file runs alone (math only) and gives the trained network's outputs."""

from __future__ import annotations

import ast
import json
import subprocess
import sys

import numpy as np
import pytest

from nndesk.engine import Network, ReferenceNetwork
from nndesk.project.export_python import python_source
from nndesk.project.presets import PRESETS


def run_exported(source: str, tmp_path, rows: list[list[float]]) -> list[list[float]]:
    path = tmp_path / "exported.py"
    path.write_text(source)
    probe = (f"import json, sys; sys.path.insert(0, {str(tmp_path)!r}); import exported; "
             f"print(json.dumps([exported.predict(r) for r in {rows!r}]))")
    # -I: isolated, no site-packages: numpy and nndesk are not there, so the file must not need them
    done = subprocess.run([sys.executable, "-I", "-c", probe], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


@pytest.mark.parametrize(("preset", "topology", "activations"), [
    ("Half adder", [2, 3, 2], "sigmoid"),
    ("XOR", [2, 4, 3, 1], ["tanh", "relu", "sigmoid"]),
    ("Full adder", [3, 5, 2], ["sigmoid", "linear"]),
])
def test_the_exported_file_matches_predict(tmp_path, preset, topology, activations) -> None:
    table = PRESETS[preset]
    net = Network(topology, seed=3, eta=0.3, activations=activations)
    net.train(table.inputs, table.targets, 300)
    source = python_source(net, table, preset)
    ast.parse(source)
    rows = [*table.inputs.tolist(), [0.3] * table.n_inputs, [-800.0] * table.n_inputs]
    outputs = np.array(run_exported(source, tmp_path, rows))
    np.testing.assert_allclose(outputs, net.predict(rows), rtol=1e-13, atol=1e-15)
    reference = ReferenceNetwork(topology, activations=activations)
    reference.set_weights(net.get_weights())
    assert outputs.tolist() == reference.predict(rows).tolist()  # the reference's formulas, bit for bit


def test_the_file_imports_only_math_and_sys_and_documents_itself(tmp_path) -> None:
    table = PRESETS["Half adder"]
    net = Network([2, 3, 2], seed=1)
    source = python_source(net, table, "half adder")
    tree = ast.parse(source)
    imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    assert imported == {"math", "sys"}
    assert not any(isinstance(node, ast.ImportFrom) for node in ast.walk(tree))
    doc = ast.get_docstring(tree)
    assert "2-3-2 network (sigmoid, sigmoid)" in doc and "Inputs: A, B. Outputs: Sum, Carry." in doc
    assert "    A B | Sum Carry" in doc and "    1 1 |   0     1" in doc


def test_running_the_file_prints_the_table_and_single_rows(tmp_path) -> None:
    table = PRESETS["XOR"]
    net = Network([2, 3, 1], seed=2, eta=0.5, alpha=0.5)
    net.train(table.inputs, table.targets, 5000)
    path = tmp_path / "xor.py"
    path.write_text(python_source(net, table, "XOR"))
    done = subprocess.run([sys.executable, "-I", str(path)], capture_output=True, text=True, timeout=60)
    lines = done.stdout.splitlines()
    assert lines[0] == "A B | Y" and len(lines) == 5
    bits = [int(line.split("->")[1]) for line in lines[1:]]
    assert bits == net.predict_thresholded(table.inputs)[:, 0].tolist()
    done = subprocess.run([sys.executable, "-I", str(path), "1", "0"], capture_output=True, text=True, timeout=60)
    assert done.stdout.splitlines()[1].startswith("1 0 | ")


def test_names_with_quotes_and_backslashes_cannot_break_the_file(tmp_path) -> None:
    from nndesk.project.truth_table import TruthTable

    table = TruthTable(('say """hi"""', "back\\slash"), ("it's",), ((0, 1, 1), (1, 0, 0)))
    net = Network([2, 1], seed=0)
    source = python_source(net, table, 'odd """name"""')
    assert 'say """hi"""' in ast.get_docstring(ast.parse(source))
    assert run_exported(source, tmp_path, [[0, 1]])[0] == pytest.approx(net.predict([0, 1]).tolist(), rel=1e-13)


@pytest.mark.parametrize(("args", "problem"), [
    (["1"], "expected 2 input values, got 1"),
    (["1", "0", "1"], "expected 2 input values, got 3"),
    (["one", "0"], "the inputs must be numbers, not one 0"),
])
def test_wrong_arguments_get_a_usage_line_not_a_traceback(tmp_path, args, problem) -> None:
    table = PRESETS["Half adder"]
    path = tmp_path / "adder.py"
    path.write_text(python_source(Network([2, 3, 2], seed=1), table, "half adder"))
    done = subprocess.run([sys.executable, "-I", str(path), *args], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.splitlines() == [
        f"{problem}. Usage: python {path} [A B]: 2 input values for one row, or none for the whole table"]
    assert "Traceback" not in done.stderr
