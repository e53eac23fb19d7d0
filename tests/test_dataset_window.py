"""The Dataset dock (issue 17): the Playground's points as the window's training table, trained with test rows."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QToolButton

from nndesk.engine import StopReason
from nndesk.project.dataset_presets import dataset_project
from nndesk.project.datasets import DatasetSpec
from nndesk.project.project_file import load_project


def test_regenerate_makes_the_spiral_the_table_with_test_rows(window, qtbot, tmp_path):
    docks = window.datasets
    panel = docks.panel
    panel.preset_combo.setCurrentText("Spiral")
    panel.samples.setValue(120)
    panel.noise.setValue(0.1)
    panel.test_fraction.setValue(0.25)
    panel.data_seed.setValue(3)
    assert docks.regenerate()
    doc = window.document
    expected = dataset_project("Spiral", DatasetSpec("spiral", 120, 0.1, 0.25, 3))
    assert doc.table == expected.table and doc.table.n_rows == 120
    assert doc.topology == (2, 4, 2, 1) and doc.activations == ("tanh", "tanh", "sigmoid")
    saved = doc.project()
    assert saved.test_rows == expected.test_rows and len(saved.test_rows) == 30
    assert saved.method.batch_size == 10 and saved.method.init == "uniform" and saved.eta == 0.03
    assert window.table_editor.table() == doc.table
    assert docks.dock.isVisibleTo(window)
    window.files.save_as(tmp_path / "spiral.nndesk")
    assert load_project(tmp_path / "spiral.nndesk").test_rows == expected.test_rows


def test_the_window_trains_a_dataset_on_its_training_rows(window, qtbot):
    docks = window.datasets
    docks.panel.preset_combo.setCurrentText("Gaussians")
    docks.panel.samples.setValue(100)
    assert docks.regenerate()
    settings = window.document.settings.with_changes(max_epochs=300)
    window.document.set_settings(settings)
    with qtbot.waitSignal(window.trainingFinished, timeout=20000) as finished:
        window.train()
    result = finished.args[0]
    assert np.isfinite(result.test_error)  # the test rows' error: the window's test curve (issue 15) draws it
    assert result.reason in (StopReason.MAX_EPOCHS, StopReason.ALL_CORRECT)
    net = window.document.network
    x, t = window.document.table.inputs, window.document.table.targets
    assert ((net.predict(x) > 0.5) == (t > 0.5)).mean() > 0.9  # two clouds apart: learnt


def test_the_decision_map_marks_test_rows_as_triangles(window, qtbot):
    insight = window.insight
    insight.docks["decisionMap"].raise_()
    docks = window.datasets
    docks.panel.preset_combo.setCurrentText("Circle")
    docks.panel.samples.setValue(80)
    assert docks.regenerate()
    test_rows = window.document.project().test_rows
    assert len(test_rows) == 40

    def marks():
        dots = insight.decision._items[0][2]  # the one output's scatter of rows
        return list(dots.data["symbol"]), dots.opts["size"]

    qtbot.waitUntil(lambda: len(marks()[0]) == 80)
    symbols, sizes = marks()
    assert [i for i, s in enumerate(symbols) if s == "t"] == list(test_rows)
    assert set(symbols) == {"t", "o", "s"} and sizes == 7  # 80 points: the smaller marks


def test_the_threshold_line_follows_the_map_on_a_problem_that_is_not_symmetric(qtbot):
    """Output 1 exactly where x1 > 0.5: the dashed threshold line must stand upright at x1 = 0.5."""
    from nndesk.engine import Network
    from nndesk.ui.decision_map import DecisionMap

    view = DecisionMap()
    qtbot.addWidget(view)
    net = Network([2, 1], seed=1)
    net.set_weights([np.array([[20.0, 0.0, -10.0]])])  # sigmoid(20 x1 - 10)
    x = np.array([[0.0, 0.0], [1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
    view.set_problem(x, (x[:, :1] > 0.5).astype(float), ["x1", "x2"], ["y"])
    view.refresh(net)
    image, contour, _ = view._items[0]
    box = image.mapRectToParent(contour.mapRectToParent(contour.boundingRect()))  # in the plot's x1, x2
    assert box.width() < 0.1 and abs(box.center().x() - 0.5) < 0.05 and box.height() > 1.0


def _map_pos(decision, x: float, y: float):
    box = decision._items[0][0].getViewBox()
    return decision.plots.mapFromScene(box.mapViewToScene(QPointF(x, y)))


def test_points_drawn_on_the_map_become_rows_and_undo_takes_them_back(window, qtbot):
    from PySide6.QtCore import QPoint

    insight, docks = window.insight, window.datasets
    insight.docks["decisionMap"].raise_()
    docks.panel.preset_combo.setCurrentText("Gaussians")
    docks.panel.samples.setValue(20)
    assert docks.regenerate()
    qtbot.waitUntil(lambda: insight.decision.point_at(_map_pos(insight.decision, 0.0, 0.0)) is not None)
    viewport = insight.decision.plots.viewport()
    before = window.document.table
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=_map_pos(insight.decision, 1.0, -1.0))
    assert window.document.table == before  # drawing is off: a click only looks
    docks.panel.draw.setChecked(True)
    docks.panel.draw_value.setValue(0)
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=_map_pos(insight.decision, 1.0, -1.0))
    table = window.document.table
    assert table.n_rows == 21 and table.rows[-1][2] == 0.0
    assert abs(table.rows[-1][0] - 1.0) < 0.2 and abs(table.rows[-1][1] + 1.0) < 0.2
    start = _map_pos(insight.decision, -1.0, 1.0)  # a drag paints several points, one step to undo
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 4):
        QApplication.sendEvent(viewport, QMouseEvent(QEvent.Type.MouseMove, QPointF(start + QPoint(20 * step, 0)),
                                                     QPointF(start + QPoint(20 * step, 0)), Qt.MouseButton.NoButton,
                                                     Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=start + QPoint(60, 0))
    assert window.document.table.n_rows == 25
    window.undo_stack.undo()
    assert window.document.table == table
    qtbot.mouseClick(viewport, Qt.MouseButton.RightButton, pos=_map_pos(insight.decision, 1.0, -1.0))
    assert window.document.table.n_rows == 20  # erased: the drawn point was the nearest
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert window.document.table == before


def test_every_neuron_has_a_map_and_a_click_shows_it_large(window, qtbot):
    from nndesk.ui.decision_map import plane
    from nndesk.ui.neuron_maps import GRID, neuron_outputs

    docks = window.datasets
    docks.panel.preset_combo.setCurrentText("Circle")
    docks.panel.samples.setValue(60)
    assert docks.regenerate()
    maps = docks.neurons
    assert maps.dock.isVisibleTo(window)
    qtbot.waitUntil(lambda: len(maps.view.images) == 4 + 2 + 1)  # 2-4-2-1: every hidden and output neuron
    net, table = window.document.shown_network(), window.document.table
    batch, _ = plane(table.inputs, 0, 1, [0.0, 0.0], GRID)
    second = neuron_outputs(net, batch)[1][:, 1]  # hidden layer 2, neuron 2
    assert np.allclose(maps.view.images[(1, 1)], second.reshape(GRID, GRID).T)
    assert np.allclose(maps.view.images[(2, 0)].T.ravel(), net.predict(batch)[:, 0])  # the output's map is the map
    button = maps.view.findChild(QToolButton, "neuronMap_1_1")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert maps.view.chosen == (1, 1) and maps.view.caption.text() == "hidden layer 2, neuron 2"
    assert not maps.view.large.pixmap().isNull()
    with qtbot.waitSignal(window.trainingFinished, timeout=20000):
        window.document.set_settings(window.document.settings.with_changes(max_epochs=30))
        window.train()
    qtbot.waitUntil(lambda: not np.allclose(maps.view.images[(1, 1)], second.reshape(GRID, GRID).T))


def test_discretize_shows_the_map_as_0_or_1(window, qtbot):
    insight, docks = window.insight, window.datasets
    insight.docks["decisionMap"].raise_()
    docks.panel.preset_combo.setCurrentText("Gaussians")
    docks.panel.samples.setValue(30)
    assert docks.regenerate()
    window.document.set_settings(window.document.settings.with_changes(eta=0.5, max_epochs=200))
    with qtbot.waitSignal(window.trainingFinished, timeout=20000):
        window.train()  # until the boundary crosses the map
    qtbot.waitUntil(lambda: insight.decision.values() is not None)
    image = insight.decision._items[0][0]
    assert len(np.unique(image.image)) > 2  # the output's own values
    docks.panel.discretize.setChecked(True)
    assert set(np.unique(image.image)) == {0.0, 1.0}
    values = insight.decision.values()[:, :, 0].T
    assert np.array_equal(image.image == 1.0, values > 0.5)
    docks.panel.discretize.setChecked(False)
    assert len(np.unique(image.image)) > 2


def _circle_with_test_rows(window, qtbot, samples: int = 40):
    insight, docks = window.insight, window.datasets
    insight.docks["decisionMap"].raise_()
    docks.panel.preset_combo.setCurrentText("Circle")
    docks.panel.samples.setValue(samples)
    docks.panel.test_fraction.setValue(0.5)
    assert docks.regenerate()
    qtbot.waitUntil(lambda: insight.decision.point_at(_map_pos(insight.decision, 0.0, 0.0)) is not None)
    docks.panel.draw.setChecked(True)
    return insight.decision, insight.decision.plots.viewport()


def _triangles(decision) -> list[int]:
    dots = decision._items[0][2]
    return [int(i) for i, s in zip(dots.data["data"], dots.data["symbol"], strict=True) if s == "t"]


def test_drawing_and_erasing_points_keeps_the_test_rows_and_undo_restores_both(window, qtbot):
    """Issue 17: a drawn point is a training row and the dataset's test rows stay held out (they used to be
    dropped whenever the number of rows changed); an erased row takes its mark along, the rows after it move up."""
    decision, viewport = _circle_with_test_rows(window, qtbot)
    doc = window.document
    table0, held0 = doc.table, doc.settings.test_rows
    assert len(held0) == 20
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=_map_pos(decision, 0.3, 0.2))
    assert doc.table.n_rows == 41 and doc.settings.test_rows == held0  # the new point, row 41, is for training
    assert 40 not in doc.settings.test_rows and _triangles(decision) == list(held0)
    table1 = doc.table
    test_row = held0[3]  # erase a test row: the later test rows move up one
    x, y = table1.inputs[test_row]
    qtbot.mouseClick(viewport, Qt.MouseButton.RightButton, pos=_map_pos(decision, x, y))
    assert doc.table.n_rows == 40 and doc.table == table1.with_rows_removed([test_row])
    expected = tuple(r - (r > test_row) for r in held0 if r != test_row)
    assert doc.settings.test_rows == expected and _triangles(decision) == list(expected)
    assert [doc.table.rows[r] for r in expected] == [table1.rows[r] for r in held0 if r != test_row]  # same points
    train_row = next(r for r in range(40) if r not in held0)  # erase a training row: every test point stays one
    x, y = doc.table.inputs[train_row]
    before = [doc.table.rows[r] for r in doc.settings.test_rows]
    qtbot.mouseClick(viewport, Qt.MouseButton.RightButton, pos=_map_pos(decision, x, y))
    assert doc.table.n_rows == 39 and [doc.table.rows[r] for r in doc.settings.test_rows] == before
    window.undo_stack.undo()
    assert doc.settings.test_rows == expected
    window.undo_stack.undo()  # the erased test row comes back as a test row, at its place
    assert doc.table == table1 and doc.settings.test_rows == held0 and _triangles(decision) == list(held0)
    window.undo_stack.undo()
    assert doc.table == table0 and doc.settings.test_rows == held0
    assert window.table_editor.table() == table0 and window.table_editor.model.test_rows == frozenset(held0)
    window.undo_stack.redo()
    assert doc.table == table1 and doc.settings.test_rows == held0


def test_clear_removes_the_points_in_one_step_and_undo_brings_them_back(window, qtbot, tmp_path):
    decision, viewport = _circle_with_test_rows(window, qtbot)
    doc, painter = window.document, window.datasets.painter
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=_map_pos(decision, 0.3, 0.2))
    table, held = doc.table, doc.settings.test_rows
    steps = window.undo_stack.count()
    qtbot.mouseClick(painter.clear_button, Qt.MouseButton.LeftButton)
    assert doc.table.n_rows == 1 and doc.table.rows[0] == table.rows[0]  # a table keeps one row: the first
    assert doc.settings.test_rows == () and window.undo_stack.count() == steps + 1
    assert len(decision._items[0][2].data) == 1 and _triangles(decision) == []
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=_map_pos(decision, 0.1, 0.1))
    assert doc.table.n_rows == 2  # drawing anew
    window.undo_stack.undo()
    window.undo_stack.undo()  # Clear undone at once: every point, the drawn one too, and the test rows
    assert doc.table == table and doc.settings.test_rows == held and _triangles(decision) == list(held)
    window.undo_stack.redo()
    window.files.save_as(tmp_path / "cleared.nndesk")  # saving keeps the canvas to draw on
    wide = decision._items[0][0].getViewBox().viewRect()
    assert wide.width() > 8
    window.datasets.panel.samples.setValue(10)
    window.datasets.panel.noise.setValue(0.0)
    window.document.set_modified(False)
    assert window.datasets.regenerate()  # another problem: shown at its own range
    xs = doc.table.inputs[:, 0]
    qtbot.waitUntil(lambda: decision._items[0][0].getViewBox().viewRect().width() < 1.31 * np.ptp(xs) + 0.01)


def test_the_legend_has_a_key_for_the_test_rows_triangles(window, qtbot):
    decision, _viewport = _circle_with_test_rows(window, qtbot)
    legend = decision.legend
    qtbot.waitUntil(lambda: "Triangles are test rows" in legend.accessibleDescription())
    kinds = [kind for _x, _line, kind, _label in legend._key_layout(legend._key_left())]
    assert kinds == ["one", "zero", "threshold", "test"]
    # the key wraps in a narrow dock, and the legend grows to show every line of it
    qtbot.waitUntil(lambda: legend.height() >= legend.sizeHint().height())
    x, line, _kind, label = legend._key_layout(legend._key_left())[-1]
    assert label == "test row" and x + 24 + legend.fontMetrics().horizontalAdvance(label) <= legend.width()
    assert legend.height() >= legend.fontMetrics().height() * (2 + line)
    window.document.set_settings(window.document.settings.with_changes(test_rows=()))
    window.datasets.show_test_rows()
    assert "Triangles" not in legend.accessibleDescription()
    assert [k for _x, _l, k, _t in legend._key_layout(legend._key_left())] == ["one", "zero", "threshold"]
