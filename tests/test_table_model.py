"""TruthTableModel: checked by pytest-qt's qtmodeltester, refusals, flags and precise change signals."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush

from nndesk.project.presets import PRESETS
from nndesk.project.truth_table import TruthTable, format_exact
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


# ---- random edit sequences: the model's signals must always describe the change correctly -------------

OPERATIONS = st.lists(
    st.tuples(
        st.sampled_from(
            [
                "add_row",
                "remove_rows",
                "duplicate",
                "value",
                "add_input",
                "add_target",
                "remove_column",
                "rename",
                "block",
                "preset",
            ]
        ),
        st.integers(0, 50),
        st.integers(0, 50),
        st.floats(-2, 2, allow_nan=False),
    ),
    max_size=12,
)


def _apply(t: TruthTable, op: str, i: int, j: int, x: float) -> TruthTable:
    r, c = i % t.n_rows, j % t.n_columns
    if op == "add_row":
        return t.with_row_added(i % (t.n_rows + 1))
    if op == "remove_rows":
        return t.with_rows_removed({r, (r + j) % t.n_rows}) if t.n_rows > 2 else t
    if op == "duplicate":
        return t.with_row_duplicated(r)
    if op == "value":
        return t.with_value(r, c, x)
    if op == "add_input":
        return t.with_input_column_added() if t.n_columns < 8 else t
    if op == "add_target":
        return t.with_target_column_added() if t.n_columns < 8 else t
    if op == "remove_column":
        try:
            return t.with_column_removed(c)
        except ValueError:
            return t
    if op == "rename":
        return t.with_column_renamed(c, f"N{i}x{j}") if f"N{i}x{j}" not in t.column_names else t
    if op == "block":
        return t.with_block(r, 0, [[x] * t.n_columns] * (1 + j % 3))
    return list(PRESETS.values())[i % len(PRESETS)]


class Mirror:
    """What a view knows: a copy of the model kept up to date only through the model's signals."""

    def __init__(self, m: TruthTableModel) -> None:
        self.m = m
        self.reload()
        m.modelReset.connect(self.reload)
        m.rowsInserted.connect(lambda _p, first, last: self._insert(first, last))
        m.rowsRemoved.connect(lambda _p, first, last: self.cells.__delitem__(slice(first, last + 1)))
        m.dataChanged.connect(self._changed)
        m.headerDataChanged.connect(lambda *_: self._headers())

    def _read(self, r: int) -> list[str]:
        return [self.m.data(self.m.index(r, c), EDIT) for c in range(self.m.columnCount())]

    def _headers(self) -> None:
        self.headers = [self.m.headerData(c, H) for c in range(self.m.columnCount())]

    def reload(self) -> None:
        self.cells = [self._read(r) for r in range(self.m.rowCount())]
        self._headers()

    def _insert(self, first: int, last: int) -> None:
        self.cells[first:first] = [self._read(r) for r in range(first, last + 1)]

    def _changed(self, top_left, bottom_right, _roles=()) -> None:
        for r in range(top_left.row(), bottom_right.row() + 1):
            for c in range(top_left.column(), bottom_right.column() + 1):
                self.cells[r][c] = self.m.data(self.m.index(r, c), EDIT)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(OPERATIONS)
def test_random_edits_keep_the_model_consistent(qtmodeltester, qtbot, ops) -> None:
    m = TruthTableModel(PRESETS["Half adder"])
    qtmodeltester.check(m)
    changes: list[None] = []
    m.tableChanged.connect(lambda: changes.append(None))
    mirror = Mirror(m)
    expected = m.table()
    for op, i, j, x in ops:
        new = _apply(expected, op, i, j, x)
        before = len(changes)
        m.apply_edit(new, op)
        assert len(changes) == before + (new != expected)
        expected = new
        assert (m.rowCount(), m.columnCount()) == (new.n_rows, new.n_columns)
        for r in range(new.n_rows):
            for c in range(new.n_columns):
                assert m.data(m.index(r, c), EDIT) == format_exact(new.value(r, c))
        assert [m.headerData(c, H) for c in range(new.n_columns)] == list(new.column_names)
        assert mirror.cells == [[format_exact(v) for v in row] for row in new.rows]
        assert mirror.headers == list(new.column_names)


def test_x_in_a_target_cell_is_a_dont_care(model: TruthTableModel, qtbot) -> None:
    assert model.setData(model.index(1, 2), " x ")
    v = model.table().value(1, 2)
    assert v != v  # NaN
    assert model.data(model.index(1, 2)) == "x" and model.data(model.index(1, 2), Qt.ItemDataRole.EditRole) == "x"
    assert "don't-care" in model.data(model.index(1, 2), Qt.ItemDataRole.ToolTipRole)
    assert not model.is_flagged(1, 2) and model.flagged_count() == 0
    assert model.setData(model.index(1, 3), "?")
    with qtbot.waitSignal(model.editRejected) as blocker:
        assert not model.setData(model.index(1, 0), "x")  # an input is never a don't-care
    assert "'x' is not a number" in blocker.args[2]


def test_undo_stack_takes_every_edit_as_one_step(model: TruthTableModel) -> None:
    from PySide6.QtGui import QUndoStack

    stack = QUndoStack()
    model.set_undo_stack(stack)
    start = model.table()
    model.setData(model.index(0, 2), "1")
    model.setHeaderData(0, Qt.Orientation.Horizontal, "First")
    model.apply_edit(PRESETS["XOR"], "Load preset XOR")
    assert [stack.text(k) for k in range(stack.count())] == [
        "Set Sum in row 1 to 1", "Rename column A to First", "Load preset XOR"]
    stack.undo()
    stack.undo()
    stack.undo()
    assert model.table() == start
    stack.redo()
    assert model.table().value(0, 2) == 1.0
