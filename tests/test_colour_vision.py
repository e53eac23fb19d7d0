"""Colour vision: positive and negative weights in the diagram, and the decision map's classes, stay apart
for protanopia, deuteranopia and tritanopia (simulated on the rendered pixels), in both appearances; and
the states colour shows are also shown by shape.
"""

from __future__ import annotations

import numpy as np
import pytest
from colour_vision import VISIONS, delta_e, delta_e_lab, image_rgb, simulate, worst_difference
from PySide6.QtCore import QPointF, QSize

from nndesk.engine import Network
from nndesk.ui.appearance import DARK, LIGHT, SYSTEM, apply_appearance
from nndesk.ui.decision_map import DecisionMap
from nndesk.ui.network_diagram import NetworkDiagram

MIN_WEIGHT_DIFFERENCE = 20.0  # CIEDE2000: two lines of the diagram told apart at a glance
MIN_CLASS_DIFFERENCE = 30.0  # two regions of the map


@pytest.fixture
def appearance(request):
    """Apply the appearance the test is parametrised with; back to the system's afterwards."""
    apply_appearance(request.param)
    yield request.param
    apply_appearance(SYSTEM)


def test_the_difference_formula_gives_the_published_values():
    # Sharma, Wu and Dalal (2005), test data pairs 1, 3 and 17
    assert delta_e_lab((50, 2.6772, -79.7751), (50, 0, -82.7485)) == pytest.approx(2.0425, abs=1e-4)
    assert delta_e_lab((50, -1.3802, -84.2814), (50, 0, -82.7485)) == pytest.approx(1.0000, abs=1e-4)
    assert delta_e_lab((50, 2.5, 0), (50, 0, -2.5)) == pytest.approx(4.3065, abs=1e-4)


def test_the_simulation_confuses_red_and_green_but_not_light_and_dark():
    red, green = np.array([200, 40, 40]), np.array([40, 160, 40])
    assert delta_e(red, green) > 60
    assert delta_e(simulate(red, "deuteranopia"), simulate(green, "deuteranopia")) < 15
    black, white = np.array([0, 0, 0]), np.array([255, 255, 255])
    assert all(delta_e(simulate(black, v), simulate(white, v)) > 95 for v in VISIONS)


def _line_pixels(image: np.ndarray, a: QPointF, b: QPointF) -> np.ndarray:
    """The pixels along the middle half of the segment a-b (away from the neurons), shape (k, 3)."""
    t = np.linspace(0.3, 0.7, 200)
    xs = np.round(a.x() + (b.x() - a.x()) * t).astype(int)
    ys = np.round(a.y() + (b.y() - a.y()) * t).astype(int)
    return image[ys, xs].astype(np.float64)


def _ink(pixels: np.ndarray, background: np.ndarray) -> tuple[np.ndarray, float]:
    """The median colour of the pixels that differ from the background, and the share that do not."""
    differs = np.array([delta_e(p, background) > 10 for p in pixels])
    return np.median(pixels[differs], axis=0), float(1 - differs.mean())


@pytest.mark.parametrize("appearance", [LIGHT, DARK], indirect=True)
def test_positive_and_negative_weights_stay_apart_in_every_colour_vision(qtbot, appearance, record_property):
    diagram = NetworkDiagram()
    qtbot.addWidget(diagram)
    diagram.set_network([1, 1], [np.array([[4.0, -4.0]])], ["A"], ["Y"])  # input: +4, bias: -4
    size = QSize(400, 300)
    image = image_rgb(diagram.to_image(size))
    lay = diagram._compute_layout(400.0, 300.0)
    (input_at, bias_at), out_at = lay.centres[0], lay.centres[1][0]
    background = image[2, 2].astype(np.float64)
    positive, positive_gaps = _ink(_line_pixels(image, QPointF(*input_at), QPointF(*out_at)), background)
    negative, negative_gaps = _ink(_line_pixels(image, QPointF(*bias_at), QPointF(*out_at)), background)
    worst, vision = worst_difference(positive, negative)
    record_property("summary", f"diagram, {appearance}: positive vs negative weight, smallest CIEDE2000 "
                               f"{worst:.1f} ({vision})")
    assert worst >= MIN_WEIGHT_DIFFERENCE, f"{vision}: ΔE {worst:.1f}"
    # the sign in shape too: the negative line is dashed (gaps), the positive one solid
    assert positive_gaps < 0.02 and negative_gaps > 0.15


def _map_colour(view: DecisionMap, x: float, y: float) -> np.ndarray:
    """The median colour the shown map has around input point (x, y) of its first plot."""
    image = image_rgb(view.plots.grab().toImage())
    box = view._items[0][0].getViewBox()
    scene = box.mapViewToScene(QPointF(x, y))
    p = view.plots.mapFromScene(scene)
    ratio = view.plots.devicePixelRatioF()
    px, py = round(p.x() * ratio), round(p.y() * ratio)
    return np.median(image[py - 2 : py + 3, px - 2 : px + 3].reshape(-1, 3), axis=0).astype(np.float64)


@pytest.mark.parametrize("appearance", [LIGHT, DARK], indirect=True)
def test_the_decision_maps_classes_stay_apart_in_every_colour_vision(qtbot, appearance, record_property):
    view = DecisionMap()
    qtbot.addWidget(view)
    view.resize(420, 460)
    view.show()
    qtbot.waitExposed(view)
    inputs = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
    targets = np.array([[0.0], [0.0], [0.0], [1.0]])
    net = Network([2, 1], seed=1)
    net.set_weights([np.array([[10.0, 10.0, -15.0]])])  # AND: about 0 at (0, 0), about 1 at (1, 1)
    view.set_problem(inputs, targets, ["A", "B"], ["Y"])
    view.refresh(net)
    zero, one = _map_colour(view, -0.08, -0.08), _map_colour(view, 1.08, 1.08)
    worst, vision = worst_difference(zero, one)
    record_property("summary", f"decision map, {appearance}: class 0 vs class 1, smallest CIEDE2000 "
                               f"{worst:.1f} ({vision})")
    assert worst >= MIN_CLASS_DIFFERENCE, f"{vision}: ΔE {worst:.1f}"


def test_the_map_marks_rows_by_shape_and_has_a_legend(qtbot):
    view = DecisionMap()
    qtbot.addWidget(view)
    inputs = np.array([[0.0, 0.0], [1.0, 1.0]])
    view.set_problem(inputs, np.array([[0.0], [1.0]]), ["A", "B"], ["Y"])
    view.refresh(Network([2, 1], seed=1))
    symbols = [spot.symbol() for spot in view._items[0][2].points()]
    assert symbols[0] != symbols[1]
    assert view.legend.objectName() == "decisionMapLegend"
    assert "output 0" in view.legend.accessibleDescription()
