"""TruthTableModel: checked by pytest-qt's qtmodeltester, refusals, flags and precise change signals."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush

from nndesk.project.presets import PRESETS
from nndesk.project.truth_table import TruthTable
from nndesk.ui.table_model import FLAG_COLOUR, INPUT_COLOUR, TARGET_COLOUR, TruthTableModel

DISPLAY = Qt.ItemDataRole.DisplayRole
EDIT = Qt.ItemDataRole.EditRole
H = Qt.Orientation.Horizontal


@pytest.fixture
def model(qtmodeltester) -> TruthTableModel:
    m = TruthTableModel(PRESETS["Half adder"])
    qtmodeltester.check(m)  # stays connected: every later change in the test is checked too
    return m


def test_modeltester_on_every_preset(qtmodeltester) -> None:
    for table in PRESETS.values():
        qtmodeltester.check(TruthTableModel(table))


def test_shape_text_and_headers(model: TruthTableModel) -> None:
    assert (model.rowCount(), model.columnCount()) == (4, 4)
    assert model.rowCount(model.index(0, 0)) == 0  # a table, not a tree
    assert model.data(model.index(3, 3), DISPLAY) == "1"
    assert model.data(model.index(3, 3), EDIT) == "1"
    assert [model.headerData(c, H) for c in range(4)] == ["A", "B", "Sum", "Carry"]
    assert model.headerData(0, Qt.Orientation.Vertical) == "1"
    assert "Input" in model.headerData(0, H, Qt.ItemDataRole.ToolTipRole)
    assert "Target" in model.headerData(2, H, Qt.ItemDataRole.ToolTipRole)
    assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable


def test_inputs_and_targets_look_different(model: TruthTableModel) -> None:
    bg = Qt.ItemDataRole.BackgroundRole
    assert model.data(model.index(0, 1), bg).color() == INPUT_COLOUR
    assert model.data(model.index(0, 2), bg).color() == TARGET_COLOUR
    assert model.headerData(1, H, bg).color() != model.headerData(2, H, bg).color()


def test_set_data_accepts_text_and_numbers(model: TruthTableModel, qtbot) -> None:
    with qtbot.waitSignals([model.tableChanged, model.dataChanged]):
        assert model.setData(model.index(1, 2), " 0.25 ")
    assert model.table().value(1, 2) == 0.25
    assert model.data(model.index(1, 2), DISPLAY) == "0.25"
    assert model.setData(model.index(0, 0), 1)
    assert model.table().value(0, 0) == 1.0


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("abc", "'abc' is not a number"),
        ("nan", "Values must be finite numbers"),
        ("inf", "Values must be finite numbers"),
        ("", "cannot be empty"),
    ],
)
def test_bad_value_is_refused_with_a_message(model: TruthTableModel, qtbot, text: str, message: str) -> None:
    before = model.table()
    with qtbot.assertNotEmitted(model.tableChanged), qtbot.waitSignal(model.editRejected) as rejected:
        assert not model.setData(model.index(2, 1), text)
    assert rejected.args[:2] == [2, 1] and message in rejected.args[2]
    assert model.table() is before


def test_targets_outside_the_output_range_are_flagged_not_refused(model: TruthTableModel) -> None:
    assert model.setData(model.index(0, 3), "1.5")
    assert model.setData(model.index(0, 0), "7")  # inputs may be anything
    bg = Qt.ItemDataRole.BackgroundRole
    assert model.is_flagged(0, 3) and not model.is_flagged(0, 0)
    assert model.data(model.index(0, 3), bg).color() == FLAG_COLOUR
    assert "can never reach it" in model.data(model.index(0, 3), Qt.ItemDataRole.ToolTipRole)
    assert model.setData(model.index(1, 3), "-0.5")
    model.set_output_activation("tanh")
    assert not model.is_flagged(1, 3) and model.is_flagged(0, 3)
    model.set_output_activation("linear")
    assert not model.is_flagged(0, 3)
    model.set_output_activation("relu")
    assert model.is_flagged(1, 3) and not model.is_flagged(0, 3)
    with pytest.raises(ValueError):
        model.set_output_activation("softmax")


def test_rename_header(model: TruthTableModel, qtbot) -> None:
    with qtbot.waitSignal(model.headerDataChanged):
        assert model.setHeaderData(2, H, "S")
    assert model.table().target_names == ("S", "Carry")
    with qtbot.waitSignal(model.editRejected) as rejected:
        assert not model.setHeaderData(3, H, "s")
    assert rejected.args[0] == -1 and rejected.args[1] == 3 and "already named 'S'" in rejected.args[2]
    assert not model.setHeaderData(3, H, "  ")
    assert model.table().target_names == ("S", "Carry")


def test_row_changes_use_insert_and_remove_signals(model: TruthTableModel, qtbot) -> None:
    t = model.table()
    with qtbot.waitSignal(model.rowsInserted) as inserted, qtbot.assertNotEmitted(model.modelReset):
        model.apply_edit(t.with_row_duplicated(1), "Duplicate")
    assert inserted.args[1:] == [2, 2] or inserted.args[1:] == [1, 1]
    with qtbot.waitSignal(model.rowsRemoved) as removed, qtbot.assertNotEmitted(model.modelReset):
        model.apply_edit(model.table().with_rows_removed([0, 1]), "Remove")
    assert removed.args[1:] == [0, 1]
    assert model.rowCount() == 3


def test_column_changes_reset_and_keep_the_tester_happy(model: TruthTableModel, qtbot) -> None:
    with qtbot.waitSignal(model.modelReset):
        model.apply_edit(model.table().with_input_column_added(), "Add input")
    assert model.columnCount() == 5 and model.headerData(2, H) == "C"
    model.apply_edit(model.table().with_column_removed(0), "Remove A")
    assert model.table().input_names == ("B", "C")


def test_one_table_change_one_signal_and_no_signal_for_the_same_table(model: TruthTableModel, qtbot) -> None:
    calls: list[None] = []
    model.tableChanged.connect(lambda: calls.append(None))
    model.set_table(model.table())
    assert calls == []
    model.set_table(PRESETS["Full adder"])
    assert len(calls) == 1 and model.rowCount() == 8


def test_invalid_index_is_harmless(model: TruthTableModel) -> None:
    assert model.data(QModelIndex()) is None
    assert not model.setData(QModelIndex(), "1")
    assert model.headerData(99, H) is None


def test_foreground_is_readable_on_coloured_cells(model: TruthTableModel) -> None:
    fg = model.data(model.index(0, 0), Qt.ItemDataRole.ForegroundRole)
    assert isinstance(fg, QBrush) and fg.color().lightness() < 80


def test_a_custom_table(qtmodeltester) -> None:
    t = TruthTable(("x",), ("y1", "y2"), ((0.5, 0.1, 0.9),))
    m = TruthTableModel(t)
    qtmodeltester.check(m)
    assert m.data(m.index(0, 0), DISPLAY) == "0.5"
