"""The Convergence study window: figures of a known study, cancel, compare, and a stuck seed sent home."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDoubleSpinBox, QLabel, QListWidget, QPushButton, QSpinBox

from nndesk.engine import StopRule
from nndesk.engine.many import train_many
from nndesk.project.presets import PRESETS
from nndesk.ui.main_window import MainWindow
from nndesk.ui.study_window import StudyConfig, StudyWindow, figures_text, parse_hidden

# 2-2-1 on XOR, eta 0.5, alpha 0.5, target 0.2: of seeds 8..12, seeds 8 and 11 get stuck within 6,000 epochs.
XOR_CONFIG = StudyConfig(table=PRESETS["XOR"], topology=(2, 2, 1), activations=("sigmoid", "sigmoid"), eta=0.5,
                         alpha=0.5, stop=StopRule(error_below=0.2), max_epochs=6000)


def child(widget, cls, name):
    found = widget.findChild(cls, name)
    assert found is not None, f"no {cls.__name__} named {name}"
    return found


@pytest.fixture
def main_window(qtbot):
    w = MainWindow(restore_session=False)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def make_study(qtbot, config=XOR_CONFIG, main_window=None, seeds=5, first=8):
    study = StudyWindow(config, document=None if main_window is None else main_window.document)
    qtbot.addWidget(study)
    child(study, QSpinBox, "seedsSpin").setValue(seeds)
    child(study, QSpinBox, "firstSeedSpin").setValue(first)
    study.show()
    qtbot.waitExposed(study)
    return study


def run_and_wait(qtbot, study, timeout=60_000):
    with qtbot.waitSignal(study.studyFinished, timeout=timeout):
        qtbot.mouseClick(child(study, QPushButton, "runStudyButton"), Qt.MouseButton.LeftButton)
    assert not study.is_running()


def test_the_window_shows_the_figures_of_a_known_study(qtbot):
    study = make_study(qtbot)
    run_and_wait(qtbot, study)
    expected = train_many([2, 2, 1], PRESETS["XOR"].inputs, PRESETS["XOR"].targets, range(8, 13), eta=0.5,
                          alpha=0.5, stop=StopRule(error_below=0.2), max_epochs=6000)
    assert [s.seed for s in expected.stuck] == [8, 11]
    figures = study.panels[0].findChild(QLabel, "figuresLabel").text()
    assert figures == figures_text(expected)
    assert "60.0 % converged (3 of 5 seeds)" in figures
    assert f"median {expected.median_epochs:,} epochs" in figures
    assert f"p90 {expected.p90_epochs:,} epochs" in figures
    stuck = study.panels[0].findChild(QListWidget, "stuckList")
    assert [stuck.item(i).text().split(":")[0] for i in range(stuck.count())] == ["Seed 8", "Seed 11"]
    bars = study.panels[0]._bars
    assert bars is not None and sum(bars.opts["height"]) == 3  # one bar count per converged seed
    assert child(study, QPushButton, "runStudyButton").isEnabled()
    assert not child(study, QPushButton, "cancelStudyButton").isEnabled()


def test_cancel_stops_the_study_and_leaves_no_thread(qtbot):
    study = make_study(qtbot, seeds=200, first=0)
    study.compare_check.setChecked(True)
    child(study, QSpinBox, "studyMaxEpochsSpin").setValue(50_000_000)
    qtbot.mouseClick(child(study, QPushButton, "runStudyButton"), Qt.MouseButton.LeftButton)
    assert study.is_running()
    qtbot.waitUntil(lambda: "epoch" in child(study, QLabel, "studyStatus").text(), timeout=10_000)
    with qtbot.waitSignal(study.studyFinished, timeout=2000):
        qtbot.mouseClick(child(study, QPushButton, "cancelStudyButton"), Qt.MouseButton.LeftButton)
    assert study.results and study.results[0].cancelled
    assert "cancelled at epoch" in study.panels[0].findChild(QLabel, "figuresLabel").text()
    assert child(study, QLabel, "studyStatus").text().startswith("Cancelled")
    assert len(study.results) == 1  # the second configuration never started
    assert study.panels[1].findChild(QLabel, "figuresLabel").text() == "Not run: the study was cancelled first"


def test_closing_while_running_stops_the_worker(qtbot):
    study = make_study(qtbot, seeds=100, first=0)
    child(study, QSpinBox, "studyMaxEpochsSpin").setValue(50_000_000)
    study.start()
    qtbot.waitUntil(lambda: study.progress_bar.value() >= 0 and study.is_running(), timeout=2000)
    study.close()
    assert not study.is_running()


def test_two_configurations_side_by_side(qtbot):
    study = make_study(qtbot)
    child(study, type(study.compare_check), "compareCheck").setChecked(True)
    child(study, QDoubleSpinBox, "compareEtaSpin").setValue(1.0)
    assert study.panels[1].isVisibleTo(study)
    run_and_wait(qtbot, study)
    assert [r.total for r in study.results] == [5, 5]
    assert "η 1 " in study.panels[1].title.text() and "η 0.5 " in study.panels[0].title.text()
    other = train_many([2, 2, 1], PRESETS["XOR"].inputs, PRESETS["XOR"].targets, range(8, 13), eta=1.0,
                       alpha=0.5, stop=StopRule(error_below=0.2), max_epochs=6000)
    assert study.panels[1].findChild(QLabel, "figuresLabel").text() == figures_text(other)


def test_a_bad_comparison_is_explained_not_run(qtbot):
    study = make_study(qtbot)
    study.compare_check.setChecked(True)
    study.compare_hidden_edit.setText("three")
    study.start()
    assert not study.is_running()
    assert "whole numbers" in child(study, QLabel, "studyStatus").text()
    assert parse_hidden("4, 2") == (4, 2) and parse_hidden("4-2") == (4, 2)


def test_open_study_window_reads_the_main_window(qtbot, main_window):
    child(main_window, QDoubleSpinBox, "etaSpin").setValue(0.5)
    child(main_window, QSpinBox, "maxEpochsSpin").setValue(1234)
    main_window.open_study()
    study = main_window.study_window
    qtbot.addWidget(study)
    config = study.configs()[0]
    assert config.eta == 0.5 and config.topology == (2, 3, 2) and config.table == PRESETS["Half adder"]
    assert config.max_epochs == 1234
    assert "Half adder" in child(study, QLabel, "configLabel").text()
    main_window.open_study()
    assert main_window.study_window is study  # one study window per main window


def test_double_clicking_a_stuck_seed_loads_it_into_the_main_window(qtbot, main_window):
    main_window.table_editor.choose_preset("XOR")
    study = make_study(qtbot, main_window=main_window)
    run_and_wait(qtbot, study)
    stuck = study.panels[0].findChild(QListWidget, "stuckList")
    item = stuck.item(1)
    assert item.text().startswith("Seed 11")
    stuck.scrollToItem(item)
    centre = stuck.visualItemRect(item).center()
    # A real double-click: QTest's double-click event only counts after a press and release there.
    qtbot.mouseClick(stuck.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(stuck.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert child(main_window, QSpinBox, "seedSpin").value() == 11
    assert main_window.network.seed == 11 and main_window.network.epochs == 0
    assert main_window.network.topology == (2, 2, 1)
    assert main_window.network.eta == 0.5


def test_closing_the_main_window_ends_a_running_study(qtbot, main_window):
    main_window.open_study()
    study = main_window.study_window
    qtbot.addWidget(study)
    study.seeds_spin.setValue(100)
    study.max_epochs_spin.setValue(50_000_000)
    study.start()
    assert study.is_running()
    main_window.close()
    assert not study.is_running()
