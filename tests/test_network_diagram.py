"""The network diagram renders small and large networks, answers hover and clicks, and exports pictures."""

from __future__ import annotations

import gc
import time

import numpy as np
import pytest
from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QColor, QImage

from nndesk.engine import Network
from nndesk.ui.network_diagram import NEGATIVE, POSITIVE, NetworkDiagram


@pytest.fixture
def diagram(qtbot):
    view = NetworkDiagram()
    qtbot.addWidget(view)
    view.resize(600, 400)
    return view


def _show(view: NetworkDiagram, sizes, seed=1) -> Network:
    net = Network(sizes, seed=seed)
    view.set_network(net.topology, net.get_weights(), [f"x{i}" for i in range(sizes[0])],
                     [f"y{i}" for i in range(sizes[-1])])
    return net


def _colour_count(image: QImage, colour: QColor) -> int:
    """Pixels of the same hue family as ``colour``: blue (blue well above red) or orange (the reverse)."""
    rgb = image.convertToFormat(QImage.Format.Format_RGB32)
    a = np.frombuffer(rgb.constBits(), dtype=np.uint8).reshape(rgb.height(), rgb.bytesPerLine())
    bgr = a[:, : rgb.width() * 4].reshape(rgb.height(), rgb.width(), 4)[:, :, :3].astype(int)
    sign = 1 if colour.blue() > colour.red() else -1
    return int((sign * (bgr[:, :, 0] - bgr[:, :, 2]) > 40).sum())


@pytest.mark.parametrize("sizes", [[2, 3, 2], [64, 64, 10]])
def test_renders_offscreen_with_both_signs_and_fast(diagram, sizes):
    _show(diagram, sizes)
    image = diagram.to_image(QSize(600, 400))
    assert _colour_count(image, POSITIVE) > 50
    assert _colour_count(image, NEGATIVE) > 50
    # the cost of one live update: new weights and a full repaint
    net = Network(sizes, seed=2)
    target = QImage(600, 400, QImage.Format.Format_ARGB32_Premultiplied)
    times = []
    gc.collect()
    gc.disable()  # a collection of the whole suite's garbage is not the diagram's cost
    try:
        for _ in range(30):  # CPU time, best of several: other processes share this machine's CPUs
            started = time.process_time()
            diagram.set_weights(net.get_weights())
            diagram.render(target)
            times.append(time.process_time() - started)
    finally:
        gc.enable()
    budget = 0.005 if sizes == [2, 3, 2] else 0.040
    assert min(times) < budget, f"diagram update took {min(times) * 1000:.1f} ms"


def test_a_stronger_weight_draws_a_thicker_line(diagram):
    net = _show(diagram, [1, 1])
    diagram.set_weights([np.array([[0.2, 0.0]])])
    thin = _colour_count(diagram.to_image(QSize(400, 300)), POSITIVE)
    diagram.set_weights([np.array([[5.0, 0.0]])])
    thick = _colour_count(diagram.to_image(QSize(400, 300)), POSITIVE)
    assert thick > 2 * thin
    assert net.topology == (1, 1)


def test_hover_tells_a_neurons_numbers_and_a_connections_weight(diagram):
    net = _show(diagram, [2, 3, 2])
    diagram.set_values([[1.0, 0.0], [0.25, 0.5, 0.75], [0.1, 0.9]],
                       [[], [0.01, 0.02, 0.03], [-0.1, 0.1]], [[], [0.001, 0.002, 0.003], [-0.05, 0.05]])
    diagram.set_gates([["NAND", "OR", "A"]])
    lay = diagram._ensure_layout()
    x, y = lay.centres[1][1]
    text = diagram.describe(QPointF(x, y))
    assert "Hidden 2" in text and "output: 0.5" in text and "error: 0.02" in text
    assert "gradient: 0.002" in text and "learned: OR" in text
    # a third of the way along the top line, from input x0 (j = 0) to hidden neuron 1 (i = 0)
    (x0, y0), (x1, y1) = lay.centres[0][0], lay.centres[1][0]
    text = diagram.describe(QPointF(x0 + (x1 - x0) / 3, y0 + (y1 - y0) / 3))
    assert text == f"weight from input x0 to hidden 1: {net.get_weights()[0][0, 0]:.6g}"
    bx, by = lay.centres[0][2]
    assert "always 1" in diagram.describe(QPointF(bx, by))


def test_clicking_an_input_neuron_asks_to_flip_it(diagram, qtbot):
    _show(diagram, [2, 3, 2])
    diagram.show()
    qtbot.waitExposed(diagram)
    lay = diagram._ensure_layout()
    x, y = lay.centres[0][1]
    with qtbot.waitSignal(diagram.inputToggled) as blocker:
        qtbot.mouseClick(diagram, Qt.MouseButton.LeftButton, pos=QPointF(x, y).toPoint())
    assert blocker.args == [1]
    hx, hy = lay.centres[1][0]
    with qtbot.assertNotEmitted(diagram.inputToggled):
        qtbot.mouseClick(diagram, Qt.MouseButton.LeftButton, pos=QPointF(hx, hy).toPoint())


def test_exports_png_and_svg(diagram, tmp_path):
    _show(diagram, [2, 3, 2])
    png, svg = tmp_path / "net.png", tmp_path / "net.svg"
    diagram.export_png(str(png), QSize(500, 300))
    diagram.export_svg(str(svg), QSize(500, 300))
    assert QImage(str(png)).size() == QSize(500, 300)
    text = svg.read_text(encoding="utf-8")
    assert text.startswith("<?xml") and "<svg" in text and "nndesk network diagram" in text
    with pytest.raises(OSError, match=r"No such file or directory: .*missing-folder/x\.png"):
        diagram.export_png(str(tmp_path / "missing-folder" / "x.png"))


def test_a_big_network_shows_its_strongest_connections_only(diagram):
    _show(diagram, [64, 64, 10])
    drawn, total = diagram.drawn_connections()
    assert total == 64 * 65 + 10 * 65 and drawn < total
    weights = np.concatenate([np.abs(w).ravel() for w in diagram._weights])
    assert (weights >= diagram._cutoff()).sum() == drawn


def test_without_a_network_it_says_so(diagram):
    image = diagram.to_image(QSize(300, 200))
    assert not image.isNull()
    assert diagram.describe(QPointF(10, 10)) == ""


def test_clicking_a_connection_names_it(diagram, qtbot):
    _show(diagram, [2, 3, 2])
    diagram.show()
    qtbot.waitExposed(diagram)
    lay = diagram._ensure_layout()
    (x0, y0), (x1, y1) = lay.centres[0][0], lay.centres[1][0]
    with qtbot.waitSignal(diagram.connectionClicked) as blocker:
        qtbot.mouseClick(diagram, Qt.MouseButton.LeftButton,
                         pos=QPointF(x0 + (x1 - x0) / 3, y0 + (y1 - y0) / 3).toPoint())
    assert blocker.args == [0, 0, 0]


def test_a_diverged_network_still_draws(diagram):
    _show(diagram, [2, 3, 2])
    diagram.set_weights([np.full((3, 3), np.nan), np.array([[np.inf, -np.inf, 1.0, 0.0]] * 2)])
    diagram.set_values([[1.0, 0.0], [np.nan] * 3, [np.inf, -np.inf]])
    image = diagram.to_image(QSize(400, 300))
    assert _colour_count(image, POSITIVE) > 50 and _colour_count(image, NEGATIVE) > 50
