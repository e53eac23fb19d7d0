"""Runs that blow up or freeze stop with a message naming the likely cause, never an OverflowError or a NaN result.

Three causes: a huge learning rate η (1e6), a momentum α of 1 or more, inputs far outside 0..1 (±1000). Each is
checked through the engine (Network.train, train_until) and through ``nndesk train`` in a real process (exit
code 1, the cause in the output, no "nan" or "inf" printed as a result).

A huge η on sigmoid neurons does not overflow: the first step saturates every neuron, every later step is
exactly 0 and the run would sit at the same error until the epoch limit. train_until notices that the state
(weights and momenta) came back unchanged after a chunk -- training is deterministic, so it would repeat
forever -- and stops with StopReason.PLATEAU and a message saying so.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nndesk import cli
from nndesk.engine import DivergenceError, Network, StopReason, StopRule, train_many, train_until
from nndesk.project.presets import PRESETS
from nndesk.project.project_file import Project, save_project
from nndesk.project.truth_table import TruthTable

XOR = PRESETS["XOR"]
BIG_INPUTS = XOR.inputs * 2000 - 1000  # the XOR table with inputs of -1000 and +1000
NOT_A_RESULT = re.compile(r"\b(nan|inf|infinity)\b", re.IGNORECASE)

ETA_CAUSE = "the learning rate η of 1e+06 is too large"
ALPHA_CAUSE = "the momentum α is 1.5: at 1 or more each weight's change keeps all of the previous one"
INPUTS_CAUSE = "the inputs reach 1000, far outside 0..1: scale them to 0..1"


def _stop() -> StopRule:
    return StopRule(error_below=0.01, max_epochs=2_000_000)


# ================================================================================================ engine
@pytest.mark.parametrize(
    ("config", "inputs", "cause"),
    [
        ({"eta": 1e6, "activations": "linear"}, XOR.inputs, ETA_CAUSE),
        ({"alpha": 1.5}, XOR.inputs, ALPHA_CAUSE),
        ({"alpha": 1.5, "activations": "tanh"}, XOR.inputs, ALPHA_CAUSE),
        ({"activations": "linear"}, BIG_INPUTS, INPUTS_CAUSE),
        ({"activations": ["relu", "linear"]}, BIG_INPUTS, INPUTS_CAUSE),
    ],
)
def test_a_diverging_run_names_its_likely_cause(config: dict, inputs: np.ndarray, cause: str) -> None:
    result = train_until(Network([2, 3, 1], seed=1, **config), inputs, XOR.targets, _stop())
    assert result.reason is StopReason.DIVERGED
    assert result.message.startswith(f"Training diverged at epoch {result.epochs:,}: the numbers grew out of range.")
    assert f"Likely cause: {cause}" in result.message
    assert not NOT_A_RESULT.search(result.message)
    with pytest.raises(DivergenceError) as caught:  # Network.train says the same
        Network([2, 3, 1], seed=1, **config).train(inputs, XOR.targets, 100_000)
    assert cause in str(caught.value)


def test_two_causes_at_once_are_both_named() -> None:
    result = train_until(
        Network([2, 3, 1], seed=1, alpha=1.5, eta=1e6, activations="linear"), BIG_INPUTS, XOR.targets, _stop()
    )
    assert result.reason is StopReason.DIVERGED
    assert f"Likely causes: {ALPHA_CAUSE}" in result.message
    assert ETA_CAUSE in result.message and f"; and {INPUTS_CAUSE}" in result.message


@pytest.mark.parametrize(
    ("config", "inputs", "cause"),
    [
        ({"eta": 1e6}, XOR.inputs, ETA_CAUSE),
        ({"eta": 1e6, "activations": "tanh"}, XOR.inputs, ETA_CAUSE),
        ({}, BIG_INPUTS, INPUTS_CAUSE),
        ({"activations": ["relu", "sigmoid"]}, BIG_INPUTS, INPUTS_CAUSE),
        ({"eta": 0.0}, XOR.inputs, "the learning rate η is 0, so the weights cannot change"),
    ],
)
def test_a_run_that_stops_changing_stops_at_once_and_names_the_cause(config: dict, inputs, cause: str) -> None:
    """Saturated sigmoid/tanh neurons (η 1e6, inputs of ±1000) never overflow, but they never learn either:
    without this the run would go on to the 2,000,000th epoch."""
    result = train_until(Network([2, 3, 1], seed=1, **config), inputs, XOR.targets, _stop())
    assert result.reason is StopReason.PLATEAU
    assert result.epochs < 100_000
    assert result.message.startswith(f"Stopped at epoch {result.epochs:,}: the network stopped changing (error ")
    assert "so more epochs cannot help. Likely cause: " + cause in result.message
    assert not NOT_A_RESULT.search(result.message)


def test_a_frozen_run_is_frozen_for_good() -> None:
    """What train_until calls frozen really repeats: the same weights and errors for ever after."""
    net = Network([2, 3, 1], seed=1, eta=1e6)
    result = train_until(net, XOR.inputs, XOR.targets, _stop())
    weights = net.get_weights()
    errors = net.train(XOR.inputs, XOR.targets, 5_000)
    assert np.all(errors == result.error)
    assert all(np.array_equal(a, b) for a, b in zip(weights, net.get_weights(), strict=True))


def test_healthy_runs_are_never_taken_for_frozen() -> None:
    """A converging run reaches its target at the epoch plain Network.train does, with momentum and without."""
    for alpha in (0.0, 0.015, 0.9):
        net = Network([2, 3, 1], seed=3, eta=0.5, alpha=alpha)
        result = train_until(
            net, XOR.inputs, XOR.targets, StopRule(error_below=0.05, max_epochs=200_000), progress_interval=0.001
        )
        alone = Network([2, 3, 1], seed=3, eta=0.5, alpha=alpha).train(
            XOR.inputs, XOR.targets, 200_000, stop_below=0.05
        )
        assert result.reason is StopReason.CONVERGED and result.epochs == len(alone)


def test_momentum_of_exactly_one_still_learns_when_it_can() -> None:
    """α = 1 is where the momentum stops fading; on XOR it still converges (no cause is made up)."""
    result = train_until(Network([2, 3, 1], seed=1, alpha=1.0), XOR.inputs, XOR.targets, _stop())
    assert result.reason is StopReason.CONVERGED
    assert "Likely" not in result.message


def test_a_run_at_its_epoch_limit_mentions_a_setting_that_stands_out() -> None:
    result = train_until(
        Network([2, 3, 1], seed=1, alpha=1.0, eta=0.01), XOR.inputs, XOR.targets, StopRule(max_epochs=50)
    )
    assert result.reason is StopReason.MAX_EPOCHS
    assert result.message.startswith("Stopped at the limit of 50 epochs: error ")
    assert "Likely cause: the momentum α is 1:" in result.message
    healthy = train_until(Network([2, 3, 1], seed=1), XOR.inputs, XOR.targets, StopRule(max_epochs=50))
    assert healthy.message == f"Stopped at the limit of 50 epochs: error {healthy.message.split('error ')[1]}"
    assert "Likely" not in healthy.message


def test_no_overflow_error_from_any_of_the_three() -> None:
    for config, inputs in (
        ({"eta": 1e6}, XOR.inputs),
        ({"alpha": 1.5}, XOR.inputs),
        ({}, BIG_INPUTS),
        ({"eta": 1e300, "alpha": 2.0}, BIG_INPUTS),
    ):
        for activations in ("sigmoid", "tanh", "relu", "linear"):
            net = Network([2, 3, 1], seed=2, activations=activations, **config)
            try:
                net.train(inputs, XOR.targets, 3_000)
            except DivergenceError as exc:
                assert "Likely cause" in str(exc)
            result = train_until(
                Network([2, 3, 1], seed=2, activations=activations, **config),
                inputs,
                XOR.targets,
                StopRule(max_epochs=3_000),
            )
            assert result.reason in (StopReason.DIVERGED, StopReason.PLATEAU, StopReason.MAX_EPOCHS)
            assert not NOT_A_RESULT.search(result.message)


# ================================================================================================ nndesk train
def _run(*args: str) -> subprocess.Popen:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(
        [sys.executable, "-m", "nndesk", "train", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
        env=env,
    )


def test_nndesk_train_stops_with_the_cause_and_exit_code_1(tmp_path: Path) -> None:
    big = tmp_path / "big inputs.nndesk"
    table = TruthTable(XOR.input_names, XOR.target_names, tuple(map(tuple, np.hstack([BIG_INPUTS, XOR.targets]))))
    save_project(Project(table, (2, 3, 1), ("linear", "linear"), seed=1, max_epochs=100_000), big)
    runs = {  # in parallel: each process costs about half a second to start
        ETA_CAUSE: _run("XOR", "--eta", "1e6", "--max-epochs", "1000000"),
        ALPHA_CAUSE: _run("XOR", "--alpha", "1.5", "--seed", "1"),
        INPUTS_CAUSE: _run(str(big)),
        "json": _run("XOR", "--alpha", "1.5", "--seed", "1", "--json"),
    }
    outputs = {cause: (run.communicate(timeout=120), run.returncode) for cause, run in runs.items()}
    for cause in (ETA_CAUSE, ALPHA_CAUSE, INPUTS_CAUSE):
        (out, err), code = outputs[cause]
        assert code == 1 and err == "", (cause, out, err)
        assert f"Likely cause: {cause}" in out
        assert not NOT_A_RESULT.search(out), out
        assert "no final error" in out or "final error 2.0" in out
    (out, err), code = outputs["json"]
    data = json.loads(out, parse_constant=lambda name: pytest.fail(f"{name} in the JSON"))  # strict JSON
    assert code == 1 and data["stopped_because"] == "diverged" and data["error"] is None
    assert ALPHA_CAUSE in data["message"] and data["outputs"] == [[None]] * 4 and data["rows_correct"] == 0


# ================================================================================================ studies
def test_a_study_of_frozen_networks_ends_at_once_with_what_they_would_have_become() -> None:
    """Frozen networks leave the lockstep at once, recorded as the full run would end: stuck at the limit
    with the error they froze at (checked against networks trained alone to the limit)."""
    started = time.perf_counter()
    result = train_many(
        [2, 3, 1], XOR.inputs, XOR.targets, range(40), eta=1e6, stop=StopRule(error_below=0.01), max_epochs=1_000_000
    )
    assert time.perf_counter() - started < 5  # not a million lockstep epochs
    assert all(s.reason is StopReason.MAX_EPOCHS and s.epochs == 1_000_000 for s in result.seeds)
    assert result.network_epochs < 40 * 10_000
    for seed in (0, 7, 39):
        alone = Network([2, 3, 1], seed=seed, eta=1e6)
        errors = alone.train(XOR.inputs, XOR.targets, 20_000)  # frozen long before: the rest repeats
        assert result.seeds[seed].error == pytest.approx(errors[-1], abs=1e-12)
        for k, w in enumerate(alone.get_weights()):
            np.testing.assert_allclose(result.weights[k][seed], w, rtol=1e-12)
    few = train_many([2, 3, 1], XOR.inputs, XOR.targets, [0, 7], eta=1e6, max_epochs=10**9)  # each trained alone
    assert [(s.reason, s.epochs, s.error) for s in few.seeds] == [
        (StopReason.MAX_EPOCHS, 10**9, result.seeds[0].error),
        (StopReason.MAX_EPOCHS, 10**9, result.seeds[7].error),
    ]
    assert time.perf_counter() - started < 5


def test_a_healthy_study_is_unchanged_by_the_frozen_check() -> None:
    seeds = [0, 1, 2, 3, 4, 20, 48]  # 20 and 48 get stuck: in lockstep, then alone
    result = train_many(
        [2, 3, 1],
        XOR.inputs,
        XOR.targets,
        seeds,
        eta=0.5,
        stop=StopRule(error_below=0.05),
        max_epochs=30_000,
        finish_alone_below=3,
    )
    assert [s.reason for s in result.seeds].count(StopReason.MAX_EPOCHS) == 2
    for s in result.seeds:
        alone = Network([2, 3, 1], seed=s.seed, eta=0.5).train(XOR.inputs, XOR.targets, 30_000, stop_below=0.05)
        assert s.epochs == len(alone) and s.error == pytest.approx(alone[-1], abs=1e-9)


def test_nndesk_study_names_the_cause(capsys) -> None:
    code = cli.main(["study", "XOR", "--eta", "1e6", "--seeds", "20"])
    out, err = capsys.readouterr()
    assert code == 0 and err == ""
    assert "stuck at the limit of 500,000 epochs: 20" in out  # XOR's own epoch limit
    assert f"Likely cause: {ETA_CAUSE}" in out


ACTIVATIONS = ["sigmoid", "tanh", "relu", "linear"]


@settings(max_examples=60, derandomize=True, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.sampled_from(sorted(PRESETS)),
    st.lists(st.integers(1, 6), max_size=3),
    st.data(),
    st.floats(0, 1e300) | st.sampled_from([0.0, 1e6, 5.0]),
    st.floats(0, 5) | st.just(1.0),
)
def test_any_settings_end_the_commands_with_a_result_never_a_warning_or_nan(
    tmp_path: Path, capsys, name: str, hidden: list[int], data, eta: float, alpha: float
) -> None:
    table = PRESETS[name]
    topology = (table.n_inputs, *hidden, table.n_targets)
    activations = tuple(data.draw(st.sampled_from(ACTIVATIONS)) for _ in topology[1:])
    rule = data.draw(st.sampled_from(["error", "all_correct"]))
    project = Project(
        table,
        topology,
        activations,
        eta=eta,
        alpha=alpha,
        max_epochs=data.draw(st.integers(1, 2000)),
        stop_rule=rule,
        seed=data.draw(st.integers(0, 2**31 - 1)),
    )
    path = tmp_path / "p.nndesk"
    save_project(project, path)
    for args in (["check", str(path)], ["train", str(path), "--json"], ["train", str(path)]):
        code = cli.main(args)  # a NumPy warning would fail the test (filterwarnings = error)
        out, err = capsys.readouterr()
        assert code in (0, 1) and err == "", (args, err)
        assert not NOT_A_RESULT.search(out), out
        if "--json" in args:
            json.loads(out, parse_constant=lambda constant: pytest.fail(f"{constant} in the JSON"))
