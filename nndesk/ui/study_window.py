"""The "Convergence study" window: train many seeds of a configuration at once and show how reliable it is.

The configuration comes from the main window (table, topology, activations, eta, alpha, stop rule); a second
configuration (another eta or other hidden layers) can run beside it. The study runs on a worker thread
(a QObject moved to a QThread, stopped with a threading.Event, progress throttled); only data crosses
threads. Each result column shows the share of seeds that converged, a histogram of the epochs they needed,
the median and 90th percentile, and the stuck seeds: double-clicking one loads that seed into the main
window, so the user can watch it fail.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field, replace

import numpy as np
from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from nndesk.engine import StopRule, format_error
from nndesk.engine.many import StudyProgress, StudyResult, train_many
from nndesk.engine.methods import Method
from nndesk.i18n import QT_TRANSLATE_NOOP, counted, translate
from nndesk.project.held_out import split_rows
from nndesk.project.presets import preset_named
from nndesk.project.truth_table import TruthTable
from nndesk.ui.appearance import tones
from nndesk.ui.document import Document
from nndesk.ui.error_plot import EpochAxis
from nndesk.ui.held_out_view import held_rows_text
from nndesk.ui.method_form import describe_method
from nndesk.ui.preset_names import shown_name
from nndesk.ui.worker_thread import Worker, WorkerThread

import pyqtgraph as pg  # isort: skip  (after PySide6, so that pyqtgraph picks the same Qt binding)

MAX_SIGNALS_PER_SECOND = 15
DEFAULT_SEEDS = 100
MAX_STUDY_SEEDS = 100_000
_BAR_COLOURS = ("positive", "negative")  # tones of the appearance shown: blue and orange


@dataclass(frozen=True)
class StudyConfig:
    """One configuration to study: the problem, the network and the training settings."""

    table: TruthTable
    topology: tuple[int, ...]
    activations: tuple[str, ...]
    eta: float
    alpha: float
    stop: StopRule  # error_below or all_correct_margin; max_epochs is the study's limit
    max_epochs: int
    method: Method = field(default_factory=Method)  # how each network learns (issue 15): the article's by default
    test_rows: tuple[int, ...] = ()  # held-out rows (0-based): not trained on, their error reported apart

    def training_data(self) -> dict:
        """train_many's rows and method: the table without its test rows, the test rows apart."""
        x, t, test_x, test_t = split_rows(self.table, self.test_rows)
        held = dict(test_inputs=test_x, test_targets=test_t) if self.test_rows else {}
        return dict(inputs=x, targets=t, **held, **self.method.options())

    @property
    def hidden(self) -> tuple[int, ...]:
        return self.topology[1:-1]

    def describe(self, limit: bool = True) -> str:
        """One line for the user, e.g. 'Half adder · 2-3-2 sigmoid · η 0.09 · α 0.015 · error < 0.01', with the
        epoch limit last unless ``limit`` is False."""
        preset = preset_named(self.table)
        name = shown_name(preset) if preset else translate("StudyWindow", "your table ({0} rows)").format(
            self.table.n_rows)
        acts = sorted(set(self.activations))
        rule = (translate("StudyWindow", "error < {0}").format(f"{self.stop.error_below:g}")
                if self.stop.error_below is not None
                else translate("StudyWindow", "all rows right by {0}").format(f"{self.stop.all_correct_margin:g}"))
        rates = ("" if self.method.rule == "rprop" else f"η {self.eta:g} · " if self.method.rule == "adam"
                 else f"η {self.eta:g} · α {self.alpha:g} · ")
        held = " · " + held_rows_text(self.test_rows) if self.test_rows else ""
        most = translate("StudyWindow", " · at most {0}").format(counted(
            self.max_epochs, translate("StudyWindow", "1 epoch"), translate("StudyWindow", "{0} epochs")))
        return (f"{name} · {'-'.join(map(str, self.topology))} {'/'.join(acts)} · {describe_method(self.method)}"
                f"{held} · {rates}{rule}" + (most if limit else ""))

    def with_override(self, eta: float | None, hidden: tuple[int, ...] | None) -> StudyConfig:
        """This configuration with another learning rate and/or other hidden layers (same activations)."""
        config = self if eta is None else replace(self, eta=eta)
        if hidden is None or hidden == self.hidden:
            return config
        hidden_act = self.activations[0] if len(self.activations) > 1 else "sigmoid"
        topology = (self.topology[0], *hidden, self.topology[-1])
        return replace(config, topology=topology, activations=(hidden_act,) * len(hidden) + self.activations[-1:])


def config_from_document(document: Document) -> StudyConfig:
    """The document's configuration: table, topology, activations and training settings."""
    s = document.settings
    return StudyConfig(table=document.network_table(), topology=document.topology,  # the features as its inputs
                       activations=document.activations,
                       eta=s.eta, alpha=s.alpha, stop=s.to_stop_rule(max_epochs=False), max_epochs=s.max_epochs,
                       method=s.method, test_rows=s.test_rows)


def parse_hidden(text: str) -> tuple[int, ...]:
    """'3' or '4, 2' or '4-2' -> hidden layer sizes; ValueError with a message for the user."""
    parts = [p for p in text.replace(",", " ").replace("-", " ").split() if p]
    try:
        sizes = tuple(int(p) for p in parts)
    except ValueError:
        raise ValueError(translate("StudyWindow", "hidden layers must be whole numbers such as 3 or 4, 2; not {0}")
                         .format(repr(text))) from None
    if any(not 1 <= n <= 64 for n in sizes):
        raise ValueError(translate("StudyWindow", "each hidden layer needs 1 to 64 neurons"))
    return sizes


# ==================================================================================================== worker
class StudyWorker(Worker):
    """Runs train_many for each configuration in turn, in whatever thread it was moved to. Touches no widget.

    ``progress`` carries (configuration index, fraction of the study done, StudyProgress); ``finished`` a
    list of StudyResult, one per configuration (fewer if cancelled early).
    """

    failure_text = QT_TRANSLATE_NOOP("Worker", "The study could not run: {error}")

    def __init__(self, configs: list[StudyConfig], seeds: list[int]) -> None:
        super().__init__()
        self._configs, self._seeds = configs, seeds
        self._last_emit = 0.0

    def work(self) -> list[StudyResult]:
        results: list[StudyResult] = []
        for index, config in enumerate(self._configs):
            if self.stopping():
                break
            results.append(train_many(
                config.topology, seeds=self._seeds, **config.training_data(),
                eta=config.eta, alpha=config.alpha, stop=config.stop, max_epochs=config.max_epochs,
                activations=list(config.activations), should_stop=self.stopping,
                on_progress=lambda p, i=index: self._on_progress(i, p),
                progress_interval=1.0 / MAX_SIGNALS_PER_SECOND))
        return results

    def _on_progress(self, index: int, p: StudyProgress) -> None:
        now = time.monotonic()
        if now - self._last_emit < 1.0 / MAX_SIGNALS_PER_SECOND:
            return
        self._last_emit = now
        limit = self._configs[index].max_epochs
        done = (p.finished + p.active * min(p.epoch / limit, 1.0)) / max(p.total, 1)
        self.progress.emit((index, (index + done) / len(self._configs), p))


# ==================================================================================================== views
class ResultPanel(QWidget):
    """One configuration's results: its figures, the histogram of epochs to converge, the stuck seeds."""

    seedChosen = Signal(int)  # a stuck seed double-clicked

    def __init__(self, title: str, colour: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._colour = colour
        self.title = QLabel(title)
        self.title.setObjectName("resultTitle")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.figures = QLabel(translate("StudyWindow", "Not run yet"))
        self.figures.setObjectName("figuresLabel")
        self.figures.setWordWrap(True)
        self.figures.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # the main plot's epoch texts (1.5M, not 1.5e+06)
        self.plot = pg.PlotWidget(background=None, axisItems={"bottom": EpochAxis(orientation="bottom")})
        self.plot.setObjectName("epochHistogram")
        self.plot.setAccessibleName(translate("StudyWindow", "Histogram of the epochs each seed needed to converge"))
        self.plot.viewport().setAccessibleName(self.plot.accessibleName())  # the part that takes the focus
        self._shown: tuple[np.ndarray, int | None, int | None] = (np.array([], dtype=np.int64), None, None)
        self.plot.setMinimumHeight(180)
        self.plot.setLabel("bottom", translate("StudyWindow", "epochs to converge"))
        self.plot.setLabel("left", translate("StudyWindow", "seeds"))
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self._bars: pg.BarGraphItem | None = None
        self._lines: list[pg.InfiniteLine] = []
        self.stuck_title = QLabel(translate("StudyWindow", "Stuck seeds (double-click to watch one in the main "
                                                           "window)"))
        self.stuck_list = QListWidget()
        self.stuck_list.setObjectName("stuckList")
        self.stuck_list.setAccessibleName(translate("StudyWindow", "Stuck seeds"))
        self.stuck_list.itemDoubleClicked.connect(self._on_double_click)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.figures)
        layout.addWidget(self.plot, 3)
        layout.addWidget(self.stuck_title)
        layout.addWidget(self.stuck_list, 1)
        self._draw_histogram(*self._shown)

    def clear(self, title: str) -> None:
        self.title.setText(title)
        self.figures.setText(translate("StudyWindow", "Running…"))
        self.stuck_list.clear()
        self._draw_histogram(np.array([], dtype=np.int64), None, None)

    def show_result(self, result: StudyResult) -> None:
        self.figures.setText(figures_text(result))
        self._draw_histogram(result.converged_epochs, result.median_epochs, result.p90_epochs)
        self.stuck_list.clear()
        for s in result.stuck + result.diverged:
            if s in result.diverged:
                what = translate("StudyWindow", "diverged")
            else:
                what = translate("StudyWindow", "error {0}").format(format_error(s.error))
            epochs = counted(s.epochs, translate("StudyWindow", "1 epoch"), translate("StudyWindow", "{0} epochs"))
            item = QListWidgetItem(translate("StudyWindow", "Seed {0}: {1} after {2}, {3} of {4} rows right").format(
                s.seed, what, epochs, s.rows_correct, result.n_rows))
            item.setData(Qt.ItemDataRole.UserRole, s.seed)
            self.stuck_list.addItem(item)
        if not self.stuck_list.count():
            self.stuck_list.addItem(translate("StudyWindow", "None: every seed converged") if not result.cancelled
                                    else translate("StudyWindow", "None so far"))
            self.stuck_list.item(0).setFlags(Qt.ItemFlag.NoItemFlags)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and "_shown" in self.__dict__:
            self._draw_histogram(*self._shown)

    def _draw_histogram(self, epochs: np.ndarray, median: int | None, p90: int | None) -> None:
        self._shown = (epochs, median, p90)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.Text)
        self.plot.setBackground(palette.color(QPalette.ColorRole.Base))
        for side in ("left", "bottom"):
            self.plot.getAxis(side).setPen(text)
            self.plot.getAxis(side).setTextPen(text)
        if self._bars is not None:
            self.plot.removeItem(self._bars)
            self._bars = None
        for line in self._lines:
            self.plot.removeItem(line)
        self._lines = []
        if not len(epochs):
            return
        counts, edges = np.histogram(epochs, bins=min(30, max(1, len(np.unique(epochs)))))
        colour = getattr(tones(palette), self._colour)
        self._bars = pg.BarGraphItem(x0=edges[:-1], x1=edges[1:], height=counts, brush=colour,
                                     pen=pg.mkPen(palette.color(QPalette.ColorRole.Base), width=0.5))
        self.plot.addItem(self._bars)
        for value, label, height in ((median, "median", 0.95), (p90, "p90", 0.82)):
            if value is not None:
                line = pg.InfiniteLine(value, angle=90, pen=pg.mkPen(text, style=Qt.PenStyle.DashLine),
                                       label=f"{label} {value:,}",
                                       labelOpts={"position": height, "color": text, "anchors": [(0, 0), (0, 0)]})
                self.plot.addItem(line)
                self._lines.append(line)

    def bar_extent(self) -> tuple[float, float, float] | None:
        """(first edge, last edge, tallest bar) of the histogram shown, or None when it has no bars."""
        epochs = self._shown[0]
        if not len(epochs):
            return None
        counts, edges = np.histogram(epochs, bins=min(30, max(1, len(np.unique(epochs)))))
        return float(edges[0]), float(edges[-1]), float(counts.max())

    def set_axes(self, x0: float, x1: float, top: float) -> None:
        """Show epochs x0..x1 and 0..top seeds: the same for both columns, and never the previous run's."""
        pad = 0.04 * max(x1 - x0, 1.0)
        self.plot.setXRange(x0 - pad, x1 + pad, padding=0)
        self.plot.setYRange(0, top * 1.08, padding=0)

    def _on_double_click(self, item: QListWidgetItem) -> None:
        seed = item.data(Qt.ItemDataRole.UserRole)
        if seed is not None:
            self.seedChosen.emit(int(seed))


def figures_text(result: StudyResult) -> str:
    """'97.0 % converged (970 of 1,000) · median 1,234,567 epochs · p90 2,000,000' and what is stuck."""
    converged = len(result.converged_epochs)
    parts = [translate("StudyWindow", "{0} % converged ({1} of {2} seeds)").format(
        f"{100 * result.fraction_converged:.1f}", f"{converged:,}", f"{result.total:,}")]
    if converged:
        parts.append(translate("StudyWindow", "median {0} epochs · p90 {1} epochs").format(
            f"{result.median_epochs:,}", f"{result.p90_epochs:,}"))
    else:
        parts.append(translate("StudyWindow", "no seed converged"))
    tail = translate("StudyWindow", "{0} stuck at the limit").format(f"{len(result.stuck):,}")
    if result.diverged:
        tail += translate("StudyWindow", ", {0} diverged").format(f"{len(result.diverged):,}")
    if result.cancelled:
        tail += translate("StudyWindow", "; cancelled at epoch {0}").format(f"{max(s.epochs for s in result.seeds):,}")
    parts.append(tail)
    return "\n".join(parts)


# ==================================================================================================== window
class StudyWindow(QDialog):
    """Many seeds of the main window's configuration (and optionally a variant of it), side by side."""

    studyFinished = Signal()

    def __init__(self, config: StudyConfig, document: Document | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("studyWindow")
        self.setWindowTitle(translate("StudyWindow", "Convergence study"))
        self._config = config
        self._document = document  # where "Take from main window" reads and a double-clicked seed goes
        self._runner = WorkerThread("nndesk-study", self)
        self._runner.progress.connect(self._on_progress)
        self._runner.finished.connect(self._show_results)
        self._runner.failed.connect(self._on_failed)
        self._runner.ended.connect(self._on_ended)
        self._running_configs: list[StudyConfig] = []
        self.results: list[StudyResult] = []
        self._build()
        self.set_config(config)
        self.resize(1100, 720)

    # ---------------------------------------------------------------- construction
    def _build(self) -> None:
        self.config_label = QLabel()
        self.config_label.setObjectName("configLabel")
        self.config_label.setWordWrap(True)
        self.refresh_button = QPushButton(translate("StudyWindow", "Take from main window"))
        self.refresh_button.setObjectName("refreshConfigButton")
        self.refresh_button.setToolTip(translate("StudyWindow", "Read the main window's table, network and training "
                                                                "settings again"))
        self.refresh_button.setEnabled(self._document is not None)
        self.refresh_button.clicked.connect(self.take_from_main_window)

        self.seeds_spin = _spin("seedsSpin", 1, MAX_STUDY_SEEDS, DEFAULT_SEEDS,
                                translate("StudyWindow", "How many initialisations (seeds) to train"))
        self.first_seed_spin = _spin("firstSeedSpin", 0, 2**31 - 1, 1, translate("StudyWindow", "Seeds run from this "
                                                                                                "one upwards"))
        self.max_epochs_spin = _spin("studyMaxEpochsSpin", 1, 100_000_000, 1,
                                     translate("StudyWindow", "A seed that has not converged by then counts as stuck"))
        self.max_epochs_spin.setSingleStep(10_000)
        self.max_epochs_spin.setGroupSeparatorShown(True)

        self.compare_check = QCheckBox(translate("StudyWindow", "Compare with"))
        self.compare_check.setObjectName("compareCheck")
        self.compare_eta_spin = QDoubleSpinBox()
        self.compare_eta_spin.setObjectName("compareEtaSpin")
        self.compare_eta_spin.setRange(0.0001, 10.0)
        self.compare_eta_spin.setDecimals(3)
        self.compare_eta_spin.setSingleStep(0.01)
        self.compare_eta_spin.setPrefix("η ")
        self.compare_eta_spin.setAccessibleName(translate("StudyWindow", "Learning rate η of the second configuration"))
        self.compare_eta_spin.setToolTip(translate("StudyWindow", "Learning rate η of the second configuration"))
        self.compare_hidden_edit = QLineEdit()
        self.compare_hidden_edit.setObjectName("compareHiddenEdit")
        self.compare_hidden_edit.setPlaceholderText(translate("StudyWindow", "e.g. 2 or 4, 2"))
        self.compare_hidden_edit.setMaximumWidth(160)
        self.compare_hidden_edit.setToolTip(translate("StudyWindow", "Neurons per hidden layer of the second "
                                                                     "configuration"))
        self.compare_hidden_edit.setAccessibleName(translate("StudyWindow", "Hidden layers of the second "
                                                                            "configuration"))
        self.compare_check.toggled.connect(self._sync_compare)

        self.run_button = QPushButton(translate("StudyWindow", "Run study"))
        self.run_button.setObjectName("runStudyButton")
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(translate("StudyWindow", "Cancel"))
        self.cancel_button.setObjectName("cancelStudyButton")
        self.cancel_button.clicked.connect(self.cancel)
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("studyProgress")
        self.progress_bar.setAccessibleName(translate("StudyWindow", "Study progress"))
        self.progress_bar.setRange(0, 1000)
        self.progress_bar.setFormat("")
        self.status = QLabel("")
        self.status.setObjectName("studyStatus")

        self.panels = [ResultPanel("", _BAR_COLOURS[0]), ResultPanel("", _BAR_COLOURS[1])]
        for panel in self.panels:
            panel.seedChosen.connect(lambda seed, p=panel: self.load_seed(self.panels.index(p), seed))
        self._lay_out()
        self._sync_compare()

    def _lay_out(self) -> None:
        config_box = QGroupBox(translate("StudyWindow", "Configuration"))
        top = QHBoxLayout(config_box)
        top.addWidget(self.config_label, 1)
        top.addWidget(self.refresh_button)

        numbers = QHBoxLayout()
        for text, spin in ((translate("StudyWindow", "Seeds"), self.seeds_spin),
                           (translate("StudyWindow", "First seed"), self.first_seed_spin),
                           (translate("StudyWindow", "Epoch limit"), self.max_epochs_spin)):
            label = QLabel(text)
            label.setBuddy(spin)
            spin.setMinimumWidth(110)
            numbers.addWidget(label)
            numbers.addWidget(spin)
            numbers.addSpacing(12)
        numbers.addStretch(1)
        compare = QHBoxLayout()
        compare.addWidget(self.compare_check)
        compare.addWidget(self.compare_eta_spin)
        hidden_label = QLabel(translate("StudyWindow", "hidden layers"))
        hidden_label.setBuddy(self.compare_hidden_edit)
        compare.addWidget(hidden_label)
        compare.addWidget(self.compare_hidden_edit)
        compare.addStretch(1)
        form = QVBoxLayout()
        form.addLayout(numbers)
        form.addLayout(compare)

        buttons = QHBoxLayout()
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.progress_bar, 1)

        results = QGridLayout()
        results.addWidget(self.panels[0], 0, 0)
        results.addWidget(self.panels[1], 0, 1)
        results.setColumnStretch(0, 1)
        results.setColumnStretch(1, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(config_box)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addLayout(results, 1)
        self._update_controls()

    # ---------------------------------------------------------------- configuration
    def set_config(self, config: StudyConfig) -> None:
        """Study ``config`` from now on (its epoch limit fills the limit box)."""
        self._config = config
        self.config_label.setText(config.describe(limit=False))
        self.max_epochs_spin.setValue(min(config.max_epochs, self.max_epochs_spin.maximum()))
        self.compare_eta_spin.setValue(config.eta)
        self.compare_hidden_edit.setText(", ".join(map(str, config.hidden)))

    def take_from_main_window(self) -> None:
        """The main window's table, network and settings; the study's own epoch limit stays as the user set it."""
        if self._document is not None and not self.is_running():
            limit = self.max_epochs_spin.value()
            self.set_config(config_from_document(self._document))
            self.max_epochs_spin.setValue(limit)

    def configs(self) -> list[StudyConfig]:
        """The configurations the next run will study (ValueError with a message if the variant is unusable)."""
        base = replace(self._config, max_epochs=self.max_epochs_spin.value())
        if not self.compare_check.isChecked():
            return [base]
        hidden = parse_hidden(self.compare_hidden_edit.text())
        return [base, base.with_override(self.compare_eta_spin.value(), hidden)]

    def seeds(self) -> list[int]:
        first = self.first_seed_spin.value()
        return list(range(first, first + self.seeds_spin.value()))

    def _sync_compare(self) -> None:
        on = self.compare_check.isChecked()
        self.compare_eta_spin.setEnabled(on and not self.is_running())
        self.compare_hidden_edit.setEnabled(on and not self.is_running())
        self.panels[1].setVisible(on)

    # ---------------------------------------------------------------- running
    def is_running(self) -> bool:
        return self._runner.is_running()

    def start(self) -> None:
        """Run the study on a worker thread."""
        if self.is_running():
            return
        try:
            configs = self.configs()
        except ValueError as exc:
            self.status.setText(str(exc))
            return
        self._running_configs = configs
        self.results = []
        for panel, config in zip(self.panels, configs, strict=False):
            panel.clear(config.describe())
        self.progress_bar.setValue(0)
        self.progress_bar.setFormat("%p %")
        self.status.setText(translate("StudyWindow", "Training {0} seeds…").format(f"{len(self.seeds()):,}"))
        self._runner.start(StudyWorker(configs, self.seeds()))
        self._update_controls()

    def cancel(self) -> None:
        """Stop the study; the seeds trained so far are shown."""
        if self.is_running():
            self._runner.request_stop()
            self.status.setText(translate("StudyWindow", "Cancelling…"))

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        """Stop and join the worker thread now (the window is closing). True if it ended in time."""
        return self._runner.shutdown(timeout_ms)

    @Slot(object)
    def _on_progress(self, report: tuple[int, float, StudyProgress]) -> None:
        index, fraction, p = report
        self.progress_bar.setValue(int(1000 * fraction))
        which = ""
        if len(self._running_configs) > 1:
            which = translate("StudyWindow", "configuration {0}: ").format(index + 1)
        self.status.setText(which + translate("StudyWindow", "epoch {0} · {1} of {2} seeds converged · {3} still "
                                                             "training").format(
            f"{p.epoch:,}", f"{p.converged:,}", f"{p.total:,}", f"{p.active:,}"))

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self.status.setText(message)
        self.progress_bar.setFormat("")

    @Slot()
    def _on_ended(self) -> None:
        self._update_controls()
        self.studyFinished.emit()

    def _show_results(self, results: list[StudyResult]) -> None:
        self.results = results
        for panel, result in zip(self.panels, results, strict=False):
            panel.show_result(result)
        for panel in self.panels[len(results) : len(self._running_configs)]:
            panel.figures.setText(translate("StudyWindow", "Not run: the study was cancelled first"))
        extents = [e for e in (p.bar_extent() for p in self.panels[: len(results)]) if e is not None]
        if extents:  # compared columns on one scale, so that their bars can be compared at a glance
            shared = (min(e[0] for e in extents), max(e[1] for e in extents), max(e[2] for e in extents))
            for panel in self.panels[: len(results)]:
                panel.set_axes(*shared)
        if results:
            r = results[-1]
            self.progress_bar.setValue(1000 if not r.cancelled else self.progress_bar.value())
            seconds = sum(x.seconds for x in results)
            done = (translate("StudyWindow", "Cancelled in {0} s ({1} network-samples/s)") if r.cancelled
                    else translate("StudyWindow", "Done in {0} s ({1} network-samples/s)"))
            self.status.setText(done.format(f"{seconds:.1f}", f"{r.network_samples_per_second:,.0f}"))
        else:
            self.status.setText(translate("StudyWindow", "Cancelled before any seed was trained"))

    def _update_controls(self) -> None:
        running = self.is_running()
        self.run_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        for w in (self.seeds_spin, self.first_seed_spin, self.max_epochs_spin, self.compare_check):
            w.setEnabled(not running)
        self.refresh_button.setEnabled(self._document is not None and not running)
        self._sync_compare()

    # ---------------------------------------------------------------- back to the main window
    def load_seed(self, column: int, seed: int) -> None:
        """Show ``seed`` of the column's configuration in the main window (network re-initialised)."""
        doc = self._document
        if doc is None or column >= len(self._running_configs):
            return
        config = self._running_configs[column]
        if doc.topology != config.topology:
            doc.set_topology(config.hidden, config.activations)
        same_seed = doc.settings.seed == seed
        settings = doc.settings.with_changes(eta=config.eta, seed=seed, method=config.method)
        if settings != doc.settings:
            doc.set_settings(settings)  # a new seed re-initialises the weights
        if same_seed:
            doc.reset()  # same seed: back to its initial weights
        if self.parentWidget() is not None:
            _bring_to_front(self.parentWidget())
        self.status.setText(translate("StudyWindow",
                                      "Seed {0} is loaded in the main window: press Train to watch it").format(
            seed))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)

    def done(self, result: int) -> None:  # Escape or Close: stop the worker first
        self.shutdown()
        super().done(result)


def _spin(name: str, lo: int, hi: int, value: int, tip: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setObjectName(name)
    spin.setRange(lo, hi)
    spin.setValue(value)
    spin.setToolTip(tip)
    return spin


def _bring_to_front(widget: QWidget) -> None:
    # The offscreen platform (tests, --smoke-test) has no window stacking and warns on raise().
    if QGuiApplication.platformName() != "offscreen":
        widget.raise_()
        widget.activateWindow()


def open_study_window(document: Document, main_window: QWidget, existing: StudyWindow | None = None) -> StudyWindow:
    """Open the convergence study window of ``document`` (a child of ``main_window``), or raise ``existing``."""
    if existing is not None:
        existing.take_from_main_window()
        existing.show()
        _bring_to_front(existing)
        return existing
    study = StudyWindow(config_from_document(document), document=document, parent=main_window)
    study.setWindowFlag(Qt.WindowType.Window, True)
    study.show()
    return study
