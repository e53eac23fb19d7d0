"""Choosing a preset in the window applies its own settings and says which in the status bar."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QSpinBox

from nndesk.ui import MainWindow


def choose(window: MainWindow, name: str) -> None:
    combo = window.findChild(QComboBox, "presetCombo")
    combo.setCurrentIndex(combo.findText(name))
    assert combo.currentText() == name


def shown(window: MainWindow) -> tuple:
    spin = lambda cls, name: window.findChild(cls, name).value()  # noqa: E731
    return (tuple(window.topology_editor.topology()), spin(QDoubleSpinBox, "etaSpin"),
            spin(QDoubleSpinBox, "alphaSpin"), spin(QDoubleSpinBox, "targetErrorSpin"),
            spin(QSpinBox, "maxEpochsSpin"))


def test_a_preset_sets_its_own_settings_and_the_half_adder_gets_the_articles_back(window) -> None:
    choose(window, "7-segment decoder")
    assert shown(window) == ((4, 10, 7), 0.5, 0.9, 0.05, 500_000)
    choose(window, "XOR")
    assert shown(window) == ((2, 3, 1), 0.5, 0.9, 0.01, 500_000)
    assert window.statusBar().currentMessage() == (
        "XOR: network 2-3-1, η 0.5, α 0.9, error < 0.01, at most 500,000 epochs; weights re-initialised")
    choose(window, "Half adder")
    assert shown(window) == ((2, 3, 2), 0.09, 0.015, 0.01, 5_000_000)
    assert window.statusBar().currentMessage().startswith("Half adder: network 2-3-2, η 0.09, α 0.015, error < 0.01")
