"""Dark mode: NNDESK_APPEARANCE and View ▸ Appearance switch the palette, and every view follows at once."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from colour_vision import image_rgb
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QImage, QPalette
from PySide6.QtWidgets import QApplication

from nndesk.ui.appearance import (
    APPEARANCE_ENV,
    DARK,
    LIGHT,
    SETTINGS_KEY,
    SYSTEM,
    apply_appearance,
    current_appearance,
    is_dark,
    requested_appearance,
)
from nndesk.ui.settings import open_settings


@pytest.fixture(autouse=True)
def back_to_system(monkeypatch, qapp):
    monkeypatch.delenv(APPEARANCE_ENV, raising=False)
    yield
    apply_appearance(SYSTEM)
    assert not is_dark()


def _lightness(widget) -> float:
    """The mean lightness (0..255) of what ``widget`` shows."""
    return float(image_rgb(widget.grab().toImage()).mean())


def _icon_lightness(action) -> float:
    """The mean lightness of an action's icon where it is drawn (alpha > 0)."""
    image = action.icon().pixmap(24, 24).toImage().convertToFormat(QImage.Format.Format_ARGB32)
    a = np.frombuffer(image.constBits(), dtype=np.uint8).reshape(image.height(), image.bytesPerLine())
    bgra = a[:, : image.width() * 4].reshape(image.height(), image.width(), 4).astype(float)
    drawn = bgra[:, :, 3] > 128
    return float(bgra[drawn][:, :3].mean())


def _views(window) -> dict[str, object]:
    insight = window.insight
    return {"error plot": window.error_plot, "network diagram": insight.diagram,
            "decision map": insight.decision.plots, "truth check": insight.truth.table,
            "training table": window.table_editor.view, "try it": window.predict_panel,
            "hyperparameters": window.hyper_form}


def _show_every_dock(window, qtbot):
    for dock in window.insight.docks.values():
        dock.setFloating(False)
    for name in ("truthCheck", "decisionMap", "networkDiagram"):
        window.insight.docks[name].raise_()
        qtbot.wait(20)
    window.insight.refresh_values()


def test_the_environment_overrides_the_saved_choice(monkeypatch):
    open_settings().setValue(SETTINGS_KEY, LIGHT)
    assert requested_appearance() == LIGHT
    monkeypatch.setenv(APPEARANCE_ENV, "dark")
    assert requested_appearance() == DARK
    monkeypatch.setenv(APPEARANCE_ENV, "purple")  # not an appearance: the saved choice holds
    assert requested_appearance() == LIGHT


def test_dark_where_the_platform_cannot_switch_gives_nndesks_own_palette(qapp):
    app = QApplication.instance()
    apply_appearance(DARK)
    assert is_dark()
    assert app.style().name().lower() == "fusion"
    assert app.palette().color(QPalette.ColorRole.Base).lightness() < 60
    apply_appearance(LIGHT)
    assert not is_dark()


def test_nndesk_appearance_dark_opens_the_window_dark(monkeypatch, qtbot):
    monkeypatch.setenv(APPEARANCE_ENV, "dark")
    from nndesk.ui import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    _show_every_dock(window, qtbot)
    assert current_appearance() == DARK
    dark = {name: _lightness(view) for name, view in _views(window).items()}
    assert all(v < 90 for v in dark.values()), dark
    assert window.findChild(QAction, "appearanceDark").isChecked()


def test_the_menu_switches_every_view_without_reopening(qtbot, window):
    _show_every_dock(window, qtbot)
    light = {name: _lightness(view) for name, view in _views(window).items()}
    assert all(v > 170 for v in light.values()), light
    window.findChild(QAction, "appearanceDark").trigger()
    qtbot.wait(20)
    window.insight.refresh_values()
    dark = {name: _lightness(view) for name, view in _views(window).items()}
    assert all(v < 90 for v in dark.values()), dark
    assert open_settings().value(SETTINGS_KEY) == DARK
    assert _icon_lightness(window.train_action) > 150  # the style's dark glyphs, drawn light
    assert "#3d3012" in window.table_editor.range_note.styleSheet()  # the advice under the table, dark too
    window.findChild(QAction, "appearanceLight").trigger()
    qtbot.wait(20)
    again = {name: _lightness(view) for name, view in _views(window).items()}
    assert all(v > 170 for v in again.values()), again
    assert _icon_lightness(window.train_action) < 120


def test_colours_that_carry_meaning_follow_the_appearance(qtbot, window):
    from nndesk.ui.appearance import DARK_TONES, LIGHT_TONES

    state = window.state_label
    window.findChild(QAction, "appearanceDark").trigger()
    window.train()
    qtbot.waitUntil(lambda: window.state.value == "Training", timeout=2000)
    assert state.palette().color(QPalette.ColorRole.WindowText) == DARK_TONES.busy
    window.toggle_pause()
    qtbot.waitUntil(lambda: not window.is_training(), timeout=5000)
    window.findChild(QAction, "appearanceLight").trigger()
    colour = state.palette().color(QPalette.ColorRole.WindowText)
    assert colour == QApplication.palette().color(QPalette.ColorRole.WindowText)  # paused: plain text
    # the views hear of the new palette from the event loop, like any change Qt posts
    qtbot.waitUntil(lambda: window.error_plot._curve.opts["pen"].color() == LIGHT_TONES.positive, timeout=1000)
    window.findChild(QAction, "appearanceDark").trigger()
    qtbot.waitUntil(lambda: window.error_plot._curve.opts["pen"].color() == DARK_TONES.positive, timeout=1000)
    window.hyper_form.set_values(replace(window.hyper_form.values(), eta=0.5, alpha=0.8))
    window.network.eta, window.network.alpha = 0.5, 0.8  # the half adder in 64,194 epochs
    window.train()
    qtbot.waitUntil(lambda: window.state.value == "Trained", timeout=30000)
    assert state.palette().color(QPalette.ColorRole.WindowText) == DARK_TONES.ok
    truth = window.insight.truth
    window.insight.docks["truthCheck"].raise_()
    qtbot.waitUntil(lambda: bool(truth.checks()), timeout=1000)
    marks = [truth.model.index(r, 0) for r in range(truth.model.rowCount())]
    assert all(m.data(Qt.ItemDataRole.ForegroundRole) in (DARK_TONES.ok, DARK_TONES.wrong) for m in marks)
    assert {m.data(Qt.ItemDataRole.AccessibleTextRole) for m in marks} <= {"correct", "wrong"}


def test_system_gives_back_what_the_platform_shows(qtbot, window):
    # offscreen reports no colour scheme and a light palette: System after Dark is light again
    window.findChild(QAction, "appearanceDark").trigger()
    assert is_dark()
    system = window.findChild(QAction, "appearanceSystem")
    system.trigger()
    assert system.isChecked() and not is_dark()
    assert QApplication.instance().styleHints().colorScheme() != Qt.ColorScheme.Dark
    assert open_settings().value(SETTINGS_KEY) == SYSTEM
