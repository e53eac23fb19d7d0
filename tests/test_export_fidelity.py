"""Exports show what is on screen: the decision map renders the same whichever dock tab is showing, and an
SVG drawn back (QtSvg's renderer) lines up with the PNG of the same view, axes and marks alike."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import numpy as np
import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QDockWidget

from nndesk.ui import MainWindow
from nndesk.ui.insight import install_insight

# QtSvg's renderer says so for the empty path of a threshold line that does not cross the map
pytestmark = pytest.mark.qt_log_ignore(r"Invalid path data; path truncated")


@pytest.fixture
def window(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1400, 850)
    w.show()
    qtbot.waitExposed(w)
    for _ in range(5):
        w.step_action.trigger()
    return w


def _show(window, qtbot, name: str) -> None:
    dock = window.findChild(QDockWidget, name)
    dock.raise_()
    qtbot.waitUntil(lambda: not dock.widget().visibleRegion().isEmpty())


def _grey(image: QImage) -> np.ndarray:
    """(height, width) lightness 0..255 of ``image``."""
    image = image.convertToFormat(QImage.Format.Format_Grayscale8)
    bits = np.frombuffer(image.constBits(), dtype=np.uint8)
    return bits.reshape(image.height(), image.bytesPerLine())[:, : image.width()].astype(float)


def _svg_as_image(path, width: int, height: int) -> QImage:
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    QSvgRenderer(str(path)).render(painter, QRectF(0, 0, width, height))
    painter.end()
    return image


def _dark_box(grey: np.ndarray) -> tuple[int, int, int, int]:
    """The rows and columns of the first and last dark pixels: where the axes and labels are."""
    ys, xs = np.nonzero(grey < 100)
    return int(xs.min()), int(xs.max()), int(ys.min()), int(ys.max())


def _svg_size_in_px(path) -> tuple[float, float, float]:
    """The SVG's width in px at 96 dpi (from its mm), and its viewBox width and height."""
    root = ET.parse(path).getroot()
    width_mm = float(root.get("width").removesuffix("mm"))
    _x, _y, vb_w, vb_h = (float(v) for v in root.get("viewBox").split())
    return width_mm / 25.4 * 96, vb_w, vb_h


@pytest.mark.parametrize(("kind", "dock"), [("plot", "networkDiagram"), ("map", "decisionMap")])
def test_an_svg_lines_up_with_the_png_of_the_same_view(window, qtbot, tmp_path, kind, dock):
    _show(window, qtbot, dock)
    docks = install_insight(window)
    png, svg = tmp_path / f"{kind}.png", tmp_path / f"{kind}.svg"
    docks.export(f"{kind}.png", str(png))
    docks.export(f"{kind}.svg", str(svg))
    width_px, vb_w, vb_h = _svg_size_in_px(svg)
    assert width_px == pytest.approx(vb_w, rel=0.02)  # drawn at the screen's 96 dpi, not at 72 (a 0.75 scale)
    shown = _grey(QImage(str(png)))
    drawn = _grey(_svg_as_image(svg, int(vb_w), int(vb_h)))
    assert shown.shape == drawn.shape
    box_png, box_svg = _dark_box(shown), _dark_box(drawn)
    assert all(abs(a - b) <= 3 for a, b in zip(box_png, box_svg, strict=True)), (box_png, box_svg)
    assert np.mean(np.abs(shown - drawn)) < 6.0  # the same picture, up to anti-aliasing and font hinting
    if kind == "map":
        # one picture per heat map; the row marks are vector shapes, not pixmap fragments beside each other
        assert svg.read_text(encoding="utf-8").count("<image") == len(docks.decision.shown_outputs())


def test_the_map_exported_behind_another_tab_is_the_real_map(window, qtbot, tmp_path):
    docks = install_insight(window)
    _show(window, qtbot, "decisionMap")
    docks.export("map.png", str(tmp_path / "shown.png"))
    _show(window, qtbot, "networkDiagram")
    for _ in range(3):
        window.step_action.trigger()
    window.reset_action.trigger()  # the map behind the tab is now out of date as well as unlaid
    for _ in range(5):
        window.step_action.trigger()
    docks.export("map.png", str(tmp_path / "hidden.png"))
    docks.export("map.svg", str(tmp_path / "hidden.svg"))
    shown, hidden = QImage(str(tmp_path / "shown.png")), QImage(str(tmp_path / "hidden.png"))
    assert hidden.width() >= 300 and hidden.height() >= 300
    if hidden.size() == shown.size():
        assert np.mean(np.abs(_grey(shown) - _grey(hidden))) < 3.0
    text = (tmp_path / "hidden.svg").read_text(encoding="utf-8")
    labels = set(re.findall(r">\s*(-?[0-9.]+)\s*<", text))
    assert {"0", "1.0"} <= labels and "-200" not in labels and "x0.001" not in text
    assert docks.decision.values() is not None
