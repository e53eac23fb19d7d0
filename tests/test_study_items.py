"""The study's charts read like the main plot and compare on one scale; its epoch limit stays the user's."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QDoubleSpinBox, QSpinBox

from nndesk.ui.main_window import MainWindow
from tests.test_study_window import XOR_CONFIG, make_study, run_and_wait


@pytest.fixture
def main_window(qtbot):
    w = MainWindow(restore_session=False)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def _ranges(panel):
    (x0, x1), (y0, y1) = panel.plot.getPlotItem().getViewBox().viewRange()
    return x0, x1, y0, y1


def test_the_histogram_axis_reads_like_the_main_plot(qtbot):
    study = make_study(qtbot, seeds=3)
    axis = study.panels[0].plot.getPlotItem().getAxis("bottom")
    assert axis.tickStrings([1_000_000.0, 1_500_000.0], 1.0, 500_000.0) == ["1M", "1.5M"]


def test_compared_histograms_share_one_scale_and_a_new_run_gets_its_own(qtbot):
    study = make_study(qtbot)
    study.compare_check.setChecked(True)
    study.compare_eta_spin.setValue(1.0)
    run_and_wait(qtbot, study)
    left, right = _ranges(study.panels[0]), _ranges(study.panels[1])
    assert left == right  # the same epochs and the same seed counts under each column
    tallest = max(p.bar_extent()[2] for p in study.panels)
    assert left[3] >= tallest
    study.compare_check.setChecked(False)
    study.max_epochs_spin.setValue(600)  # a much shorter run: its axis must not keep the old one's width
    study.set_config(replace(XOR_CONFIG, max_epochs=600, stop=replace(XOR_CONFIG.stop, error_below=0.45)))
    run_and_wait(qtbot, study)
    extent = study.panels[0].bar_extent()
    if extent is not None:
        _x0, x1, _, _ = _ranges(study.panels[0])
        assert x1 <= extent[1] + 0.1 * max(extent[1] - extent[0], 1.0) + 1


def test_take_from_main_window_keeps_the_studys_epoch_limit(qtbot, main_window):
    main_window.open_study()
    study = main_window.study_window
    qtbot.addWidget(study)
    study.max_epochs_spin.setValue(20_000)
    main_window.findChild(QDoubleSpinBox, "etaSpin").setValue(0.3)
    study.take_from_main_window()
    assert study.max_epochs_spin.value() == 20_000
    assert study.configs()[0].eta == 0.3
    assert main_window.findChild(QSpinBox, "maxEpochsSpin").value() != 20_000
