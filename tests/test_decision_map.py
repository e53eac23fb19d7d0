"""The decision map shows each output over two inputs, computed by the network itself."""

from __future__ import annotations

import numpy as np
import pytest

from nndesk.engine import Network
from nndesk.ui.decision_map import GRID, DecisionMap, plane

X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=float)
T = np.array([[0, 0], [1, 0], [1, 0], [0, 1]], dtype=float)


@pytest.fixture
def view(qtbot):
    w = DecisionMap()
    qtbot.addWidget(w)
    w.resize(600, 320)
    return w


def test_plane_sweeps_two_inputs_and_holds_the_others():
    inputs = np.array([[0, 0, 0], [1, 1, 1]], dtype=float)
    batch, (x0, y0, w, _) = plane(inputs, 2, 0, [0.0, 1.0, 0.0], grid=5)
    assert batch.shape == (25, 3)
    assert np.all(batch[:, 1] == 1.0)
    assert batch[0, 2] == x0 and batch[-1, 2] == pytest.approx(x0 + w)
    assert batch[1, 0] > batch[0, 0] and batch[5, 2] > batch[0, 2]  # y changes fastest
    assert x0 < 0.0 and x0 + w > 1.0 and y0 < 0.0


def test_the_map_is_the_networks_own_prediction(view):
    net = Network([2, 3, 2], seed=1)
    net.train(X, T, 3000)
    view.set_problem(X, T, ["A", "B"], ["Sum", "Carry"])
    view.refresh(net)
    values = view.values()
    assert values.shape == (GRID, GRID, 2)
    batch, _ = plane(X, 0, 1, [0, 0])
    assert np.array_equal(values.reshape(-1, 2), net.predict(batch))
    assert len(view._items) == 2  # one map per output


def test_more_inputs_choose_two_and_hold_the_rest(view, qtbot):
    x = np.array([[0, 0, 0], [0, 1, 1], [1, 0, 1], [1, 1, 0]], dtype=float)
    t = np.array([[0], [1], [1], [0]], dtype=float)
    net = Network([3, 4, 1], seed=3)
    view.set_problem(x, t, ["A", "B", "C"], ["Y"])
    assert view.x_combo.isEnabled() and view.x_combo.count() == 3
    view.set_fixed_inputs([0.0, 1.0, 1.0])
    with qtbot.waitSignal(view.axesChanged):
        view.y_combo.setCurrentIndex(2)
    view.refresh(net)
    batch, _ = plane(x, 0, 2, [0.0, 1.0, 1.0])
    assert np.all(batch[:, 1] == 1.0)
    assert np.array_equal(view.values().reshape(-1, 1), net.predict(batch))


def test_a_network_that_does_not_fit_the_table_is_skipped(view):
    view.set_problem(X, T, ["A", "B"], ["Sum", "Carry"])
    view.refresh(Network([3, 2, 2], seed=1))
    assert view.values() is None


def test_exports(view, tmp_path):
    view.set_problem(X, T, ["A", "B"], ["Sum", "Carry"])
    view.refresh(Network([2, 3, 2], seed=1))
    view.export_png(str(tmp_path / "map.png"))
    view.export_svg(str(tmp_path / "map.svg"))
    assert (tmp_path / "map.png").stat().st_size > 1000
    assert "<svg" in (tmp_path / "map.svg").read_text(encoding="utf-8")


def test_a_one_input_table_says_a_map_needs_two(view):
    view.set_problem(np.array([[0.0], [1.0]]), np.array([[1.0], [0.0]]), ["A"], ["Y"])
    view.refresh(Network([1, 2, 1], seed=1))
    assert view.values() is None
    assert "needs two inputs" in view._hint.text()


def _marker_cells(view, k_plot: int, net: Network, fixed) -> list[tuple[int, float, float]]:
    """(row, map value under the marker, target) for each marker the plot ``k_plot`` shows."""
    _image, _contour, dots = view._items[k_plot]
    x, y = view.axes()
    out = []
    for point in dots.points():
        row = int(point.data())
        batch = np.array(fixed, dtype=float)
        batch[x], batch[y] = point.pos().x(), point.pos().y()
        out.append((row, float(net.predict(batch[None, :])[0, k_plot]), point.symbol()))
    return out


def test_full_adder_marks_only_the_rows_on_the_plane_shown_and_they_agree_with_the_map(view):
    from nndesk.project.presets import PRESETS

    table = PRESETS["Full adder"]
    net = Network([3, 6, 2], eta=0.5, alpha=0.9, seed=1)
    for _ in range(200):  # until every row is right: 8/8
        net.train(table.inputs, table.targets, 500)
        if np.array_equal(net.predict_thresholded(table.inputs), table.targets):
            break
    assert np.array_equal(net.predict_thresholded(table.inputs), table.targets)
    view.set_problem(table.inputs, table.targets, table.input_names, table.target_names)
    for cin in (0.0, 1.0):
        view.set_fixed_inputs([0.0, 0.0, cin])
        view.refresh(net)
        for k in range(2):
            cells = _marker_cells(view, k, net, [0.0, 0.0, cin])
            assert len(cells) == 4  # the four rows with this Cin, not all eight on top of each other
            for row, value, symbol in cells:
                assert table.inputs[row, 2] == cin
                assert symbol == ("o" if value > 0.5 else "s"), (row, k, value)
        assert f"Cin = {cin:g}" in view._hint.text() and "4 rows" in view._hint.text()


def test_dont_care_targets_are_drawn_as_such_and_named_in_the_legend(view):
    t = np.array([[0.0], [np.nan], [1.0], [np.nan]])
    view.set_problem(X, t, ["A", "B"], ["Y"])
    assert "does not matter" not in view.legend.accessibleDescription()
    view.refresh(Network([2, 2, 1], seed=1))
    symbols = [p.symbol() for p in view._items[0][2].points()]
    assert symbols == ["s", "x", "o", "x"]
    assert "Crosses are rows whose target does not matter" in view.legend.accessibleDescription()
