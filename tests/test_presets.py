"""Every preset is the right truth table: targets recomputed here from an independent Python expression."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest

from nndesk.project.presets import DEFAULT_PRESET, DESCRIPTIONS, PRESETS, SUGGESTED_HIDDEN, preset_named
from nndesk.project.truth_table import TruthTable

REQUIRED = [
    "AND",
    "OR",
    "NAND",
    "NOR",
    "XOR",
    "XNOR",
    "NOT",
    "Half adder",
    "Full adder",
    "3-bit parity",
    "Majority",
    "2:1 mux",
    "2-to-4 decoder",
]

# name -> (number of inputs, expected targets as a function of the input bits), written differently from
# the presets module on purpose (arithmetic rather than bit operators).
EXPECTED = {
    "AND": (2, lambda a, b: [int(a + b == 2)]),
    "OR": (2, lambda a, b: [int(a + b >= 1)]),
    "NAND": (2, lambda a, b: [int(a + b < 2)]),
    "NOR": (2, lambda a, b: [int(a + b == 0)]),
    "XOR": (2, lambda a, b: [int(a != b)]),
    "XNOR": (2, lambda a, b: [int(a == b)]),
    "NOT": (1, lambda a: [int(not a)]),
    "Half adder": (2, lambda a, b: [(a + b) % 2, int(a + b >= 2)]),
    "Full adder": (3, lambda a, b, c: [(a + b + c) % 2, int(a + b + c >= 2)]),
    "3-bit parity": (3, lambda a, b, c: [int((a + b + c) % 2 == 1)]),
    "Majority": (3, lambda a, b, c: [int(a + b + c >= 2)]),
    "2:1 mux": (3, lambda s, a, b: [a if s == 0 else b]),
    "2-to-4 decoder": (2, lambda a1, a0: [int(a1 * 2 + a0 == k) for k in range(4)]),
    "2-bit comparator (A>B)": (4, lambda a1, a0, b1, b0: [int(a1 * 2 + a0 > b1 * 2 + b0)]),
    "5-input majority (test rows)": (5, lambda a, b, c, d, e: [int(a + b + c + d + e >= 3)]),
    # shipped as project files in resources/
    "2-bit adder": (4, lambda a1, a0, b1, b0: [int(d) for d in format(a1 * 2 + a0 + b1 * 2 + b0, "03b")]),
    "4-bit parity": (4, lambda a, b, c, d: [int((a + b + c + d) % 2 == 1)]),
    "7-segment decoder": (4, lambda d3, d2, d1, d0: _segments(8 * d3 + 4 * d2 + 2 * d1 + d0)),
}

LIT = ["abcdef", "bc", "abdeg", "abcdg", "bcfg", "acdfg", "acdefg", "abc", "abcdefg", "abcdfg"]


def _segments(digit: int) -> list[float]:
    """Segments a..g lit for a BCD digit; 10-15 never occur on a BCD input: don't-cares (NaN)."""
    if digit > 9:
        return [math.nan] * 7
    return [int(s in LIT[digit]) for s in "abcdefg"]


def test_menu_names_and_order() -> None:
    assert list(PRESETS)[: len(REQUIRED)] == REQUIRED
    assert DEFAULT_PRESET == "Half adder"
    assert set(SUGGESTED_HIDDEN) == set(PRESETS) == set(DESCRIPTIONS)
    assert all(layers and all(n >= 1 for n in layers) for layers in SUGGESTED_HIDDEN.values())


def test_every_preset_is_checked_here() -> None:
    assert set(EXPECTED) == set(PRESETS)


@pytest.mark.parametrize("name", list(PRESETS))
def test_preset_truth_table(name: str) -> None:
    table = PRESETS[name]
    n_in, rule = EXPECTED[name]
    assert isinstance(table, TruthTable)
    assert table.n_inputs == n_in
    combos = list(itertools.product((0, 1), repeat=n_in))
    assert table.n_rows == len(combos) == 2**n_in
    for row, bits in zip(table.rows, combos, strict=True):
        assert row[:n_in] == bits  # binary counting order, first input most significant
        assert list(row[n_in:]) == rule(*bits), f"{name} wrong for inputs {bits}"


def test_half_adder_is_the_articles() -> None:
    t = PRESETS["Half adder"]
    assert t.input_names == ("A", "B") and t.target_names == ("Sum", "Carry")
    assert t.inputs.tolist() == [[0, 0], [0, 1], [1, 0], [1, 1]]
    assert t.targets.tolist() == [[0, 0], [1, 0], [1, 0], [0, 1]]


def test_names_say_which_input_is_which() -> None:
    mux = PRESETS["2:1 mux"]
    assert mux.input_names[0] == "S" and "S=0" in mux.input_names[1] and "S=1" in mux.input_names[2]
    assert PRESETS["2-to-4 decoder"].target_names == ("Y0", "Y1", "Y2", "Y3")
    assert PRESETS["NOT"].n_inputs == 1
    assert PRESETS["Full adder"].target_names == ("Sum", "Cout")


def test_preset_named_recognises_presets_only() -> None:
    for name, table in PRESETS.items():
        assert preset_named(table) == name
    assert preset_named(PRESETS["XOR"].with_value(0, 2, 1)) == "NAND"  # it is NAND's table now
    assert preset_named(PRESETS["XOR"].with_value(0, 2, 0.5)) is None
    assert preset_named(PRESETS["XOR"].with_column_renamed(2, "Out")) is None


def test_the_shipped_preset_files_train_to_a_correct_table() -> None:
    from nndesk.engine import Network, StopRule, train_until
    from nndesk.project.presets import PRESET_PROJECTS

    assert list(PRESET_PROJECTS) == ["2-bit adder", "4-bit parity", "7-segment decoder"]
    for name, project in PRESET_PROJECTS.items():
        assert project.state is None and project.description
        net = Network(project.topology, eta=project.eta, alpha=project.alpha, seed=project.seed)
        t = project.table
        train_until(net, t.inputs, t.targets, StopRule(error_below=None, all_correct_margin=0.1, max_epochs=200_000))
        out = net.predict_thresholded(t.inputs)
        cared = ~np.isnan(t.targets)
        assert (out[cared] == t.targets[cared]).all(), name


# ---------------------------------------------------------------- each preset's own settings
TRUTH_TABLE_PRESETS = [name for name in PRESETS if name != "Half adder"]  # the half adder is the article's demo


def test_every_preset_has_settings_and_the_half_adder_keeps_the_articles() -> None:
    from nndesk.project.presets import SETTINGS, preset_project

    assert set(SETTINGS) == set(PRESETS)
    half = preset_project("half ADDER")  # any letter case, as on the command line
    assert (half.topology, half.eta, half.alpha, half.stop_rule, half.target_error, half.seed) == (
        (2, 3, 2), 0.09, 0.015, "error", 0.01, 1)
    for name in TRUTH_TABLE_PRESETS:  # one set of settings a teacher recognises, the same for every preset
        p = preset_project(name)
        assert (p.eta, p.alpha, p.stop_rule, p.max_epochs) == (0.5, 0.9, "error", 500_000), name
        assert p.target_error == (0.05 if p.table.n_rows - len(p.test_rows) >= 16 else 0.01), name
        assert p.topology == (p.table.n_inputs, *SETTINGS[name].hidden, p.table.n_targets)
        assert SUGGESTED_HIDDEN[name] == list(SETTINGS[name].hidden)
    assert preset_project("no such preset") is None


@pytest.mark.parametrize("name", TRUTH_TABLE_PRESETS)
def test_nndesk_train_converges_for_every_truth_table_preset_with_its_own_settings(name, capsys) -> None:
    import json

    from nndesk import cli
    from nndesk.project.presets import SETTINGS

    assert cli.main(["train", name, "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    s = SETTINGS[name]
    assert (out["eta"], out["alpha"], out["seed"]) == (s.eta, s.alpha, 1)
    assert out["topology"] == [PRESETS[name].n_inputs, *s.hidden, PRESETS[name].n_targets]
    assert out["stopped_because"] == "converged" and out["error"] < s.target_error, out["message"]
    assert out["all_correct"] and out["epochs"] < s.max_epochs


def test_explicit_flags_override_the_presets_settings(capsys) -> None:
    import json

    from nndesk import cli

    assert cli.main(["train", "XOR", "--eta", "0.3", "--max-epochs", "10", "--json"]) == 1  # not learned in 10
    out = json.loads(capsys.readouterr().out)
    assert (out["eta"], out["alpha"], out["epochs"]) == (0.3, 0.9, 10)  # α is still the preset's


def test_the_half_adder_preset_still_ends_the_articles_demo_at_epoch_1584808(capsys) -> None:
    import json

    from nndesk import cli

    assert cli.main(["train", "Half adder", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["epochs"] == 1_584_808 and out["message"] == "Converged at epoch 1,584,808: error 0.00999"
