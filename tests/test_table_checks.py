"""Advice about a valid table that no network can fit: rows with the same inputs and different targets."""

from __future__ import annotations

import math

from nndesk.project.presets import PRESETS
from nndesk.project.table_checks import conflict_text, conflicting_rows
from nndesk.project.truth_table import TruthTable


def table(rows):
    return TruthTable(("A", "B"), ("Y",), tuple(rows))


def test_presets_have_no_conflicts():
    for name, preset in PRESETS.items():
        assert conflicting_rows(preset) == [], name


def test_same_inputs_different_targets_conflict():
    t = table([(0, 0, 0), (0, 1, 1), (0, 0, 1), (0, 0, 0), (0, 1, 1)])
    assert conflicting_rows(t) == [(0, 2), (2, 3)]
    assert conflict_text(t).startswith("Row pairs 1 and 3, 3 and 4 have the same inputs")


def test_a_dont_care_agrees_with_anything_and_duplicates_are_fine():
    t = table([(1, 1, math.nan), (1, 1, 1.0), (1, 0, 0.0), (1, 0, 0.0)])
    assert conflicting_rows(t) == []
    assert conflict_text(t) == ""


def test_long_lists_are_cut():
    rows = [(0, 0, float(i % 2)) for i in range(10)]
    text = conflict_text(table(rows), limit=2)
    assert "1 and 2, 2 and 3 (and 7 more pairs)" in text
