"""The document and the window that shows it: one training-settings type, the document as the one place that
changes the work, only data crossing threads, and no module but the app reaching into the main window."""

from __future__ import annotations

import ast
import gc
import logging
import math
from pathlib import Path

import numpy as np

import nndesk
from nndesk.engine import StopRule
from nndesk.project.presets import PRESETS
from nndesk.project.project_file import VERSION, Project, load_project, save_project
from nndesk.project.training_settings import STOP_ALL_CORRECT, TrainingSettings
from nndesk.ui.document import Document
from nndesk.ui.study_window import config_from_document
from nndesk.ui.window_state import State

from test_layering import imported_modules  # isort: skip  (tests/, beside this file)

PACKAGE_ROOT = Path(nndesk.__file__).resolve().parent


# ==================================================================================== one settings type
def test_the_settings_make_the_engines_stop_rule():
    assert TrainingSettings(target_error=0.05, max_epochs=7).to_stop_rule() == StopRule(error_below=0.05,
                                                                                       max_epochs=7)
    rule = TrainingSettings(stop_rule=STOP_ALL_CORRECT, margin=0.2, max_epochs=9).to_stop_rule()
    assert rule == StopRule(error_below=None, all_correct_margin=0.2, max_epochs=9)
    assert TrainingSettings().to_stop_rule(max_epochs=False).max_epochs is None


def test_a_project_embeds_the_settings_and_the_file_keeps_its_format(tmp_path):
    settings = TrainingSettings(eta=0.3, alpha=0.2, seed=4, stop_rule=STOP_ALL_CORRECT, margin=0.25, max_epochs=99)
    project = Project(PRESETS["XOR"], (2, 3, 1), ("sigmoid", "sigmoid"), training=settings)
    save_project(project, tmp_path / "p.nndesk")
    text = (tmp_path / "p.nndesk").read_text()
    assert f'"version": {VERSION}' in text and '"stop_rule": "all_correct"' in text and '"margin": 0.25' in text
    assert load_project(tmp_path / "p.nndesk").training == settings
    assert project.with_training(eta=0.5).training == settings.with_changes(eta=0.5)


def test_the_form_edits_the_documents_settings_and_the_study_reads_them(window):
    form = window.hyper_form
    form.stop_combo.setCurrentIndex(form.stop_combo.findData(STOP_ALL_CORRECT))  # a user's choice
    form.margin_spin.setValue(0.2)
    assert window.document.settings == form.values()
    assert window.document.settings.margin == 0.2
    config = config_from_document(window.document)
    assert config.stop == window.document.settings.to_stop_rule(max_epochs=False)
    assert window.document.project().training == form.values()


# ==================================================================================== the document
def test_the_document_trains_without_a_window(qtbot):
    doc = Document()
    changes: list[str] = []
    doc.networkChanged.connect(lambda: changes.append("network"))
    doc.set_table(PRESETS["XOR"])  # new column counts: a new network
    assert doc.topology == (2, 3, 1) and changes == ["network"] and doc.modified
    doc.set_settings(doc.settings.with_changes(eta=0.5, alpha=0.5, target_error=0.2))
    assert doc.network.eta == 0.5
    with qtbot.waitSignal(doc.trainingFinished, timeout=60_000) as finished:
        assert doc.train()
    assert finished.args[0].epochs == doc.network.epochs > 0
    assert doc.state is State.TRAINED and doc.errors.n == doc.network.epochs
    assert doc.project().state.epochs == doc.network.epochs
    doc.reset()
    assert doc.network.epochs == 0 and doc.errors.n == 0 and doc.state is State.READY


def test_a_finished_all_correct_project_reopens_as_trained(window, qtbot, tmp_path):
    doc = window.document
    doc.set_settings(doc.settings.with_changes(stop_rule=STOP_ALL_CORRECT, margin=0.1, eta=0.5))
    with qtbot.waitSignal(window.trainingFinished, timeout=60_000) as finished:
        window.train()
    assert finished.args[0].reason.name == "ALL_CORRECT" and window.state is State.TRAINED
    assert window.save_as(tmp_path / "done.nndesk")
    window.reset()
    window.setWindowModified(False)  # nothing to ask about: the reset is thrown away
    assert window.open_project(tmp_path / "done.nndesk")
    assert window.state is State.TRAINED  # not Paused: its stop rule of success holds


def test_topology_undo_goes_through_the_document(window):
    window.topology_editor.findChild(type(window.topology_editor.add_button), "addHiddenButton").click()
    assert window.document.topology == (2, 3, 3, 2)
    window.undo()
    assert window.document.topology == (2, 3, 2) and window.topology_editor.topology() == [2, 3, 2]
    window.redo()
    assert window.document.topology == (2, 3, 3, 2) and window.network.topology == (2, 3, 3, 2)


# ==================================================================================== only data crosses threads
def test_views_draw_snapshots_while_training_never_the_live_network(endless_window, qtbot):
    window, doc = endless_window, endless_window.document
    seen: list = []

    def on_progress(p) -> None:
        shown = doc.shown_network()
        seen.append((shown is doc.network, p.snapshot))
        if p.snapshot is not None:  # what the views draw is the snapshot's state
            np.testing.assert_array_equal(shown.get_weights()[0], p.snapshot.weights[0])
            assert shown.epochs == p.snapshot.epochs

    window.trainingProgress.connect(on_progress)
    window.train()
    qtbot.waitUntil(lambda: sum(s is not None for _, s in seen) >= 3, timeout=10_000)
    with qtbot.waitSignal(doc.trainingPaused, timeout=5000):
        window.pause()
    assert not any(live for live, _ in seen)
    assert doc.shown_network() is doc.network  # idle again: the views draw the network itself


def test_a_run_keeps_the_collector_away_from_the_windows_objects(endless_window, qtbot):
    """A full collection of the window's objects took 70-80 ms, a stall: during a run they are frozen."""
    gc.unfreeze()  # tests/conftest.py freezes what earlier tests left; the window's own freezing is tested here
    assert gc.get_freeze_count() == 0
    endless_window.train()
    assert gc.get_freeze_count() > 10_000  # the window's Qt wrappers, pyqtgraph items, arrays...
    qtbot.waitUntil(lambda: endless_window.error_plot.point_count() > 0, timeout=10_000)
    with qtbot.waitSignal(endless_window.document.trainingPaused, timeout=5000):
        endless_window.pause()
    assert gc.get_freeze_count() == 0  # back in the collector's sight: cycles of the run can be freed


def test_a_workers_failure_is_logged_with_its_traceback(qtbot, caplog):
    from nndesk.engine import Network
    from nndesk.ui.training_worker import TrainingController

    controller = TrainingController()
    with caplog.at_level(logging.ERROR, logger="nndesk.ui.worker_thread"), \
            qtbot.waitSignal(controller.failed, timeout=5000) as failed:
        controller.start(Network([2, 3, 2], seed=1), PRESETS["Half adder"].inputs, np.zeros((4, 3)), StopRule())
    assert failed.args[0].startswith("Training failed:")
    records = [r for r in caplog.records if r.name == "nndesk.ui.worker_thread"]
    assert records and records[0].exc_info is not None  # the traceback, not only the message


# ==================================================================================== structure
def test_only_the_app_imports_the_main_window():
    allowed = {"nndesk.app", "nndesk.ui", "nndesk.ui.main_window"}
    offenders = []
    for path in PACKAGE_ROOT.rglob("*.py"):
        module = "nndesk." + ".".join(path.relative_to(PACKAGE_ROOT).with_suffix("").parts)
        module = module.removesuffix(".__init__")
        for line, name in imported_modules(path.read_text(encoding="utf-8"), module, path.name == "__init__.py"):
            if name in ("nndesk.ui.main_window", "nndesk.ui.main_window.MainWindow", "nndesk.ui.MainWindow") \
                    and module not in allowed:
                offenders.append(f"{module}:{line}")
    assert not offenders


def test_no_window_finds_another_windows_widgets_by_name():
    offenders = []
    for path in (PACKAGE_ROOT / "ui").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "attr", "") in ("findChild", "findChildren"):
                owner = node.func.value
                by_name = any(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args)
                if by_name and not (isinstance(owner, ast.Name) and owner.id in ("self", "window", "widget")):
                    offenders.append(f"{path.name}:{node.lineno}")
    assert not offenders
    study = (PACKAGE_ROOT / "ui" / "study_window.py").read_text(encoding="utf-8")
    assert "findChild" not in study  # "load this seed" goes to the document


def test_the_main_window_is_only_a_window():
    lines = (PACKAGE_ROOT / "ui" / "main_window.py").read_text(encoding="utf-8").count("\n")
    assert lines <= 420
    assert math.isfinite(lines)
