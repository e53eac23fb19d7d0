"""The truth check: one line per training row with target, raw and thresholded output, margin and ✓/✗.

A model over numpy arrays (:class:`TruthCheckModel`) and a table view: a live update checks every row in a few
vectorised numpy calls and tells the view once; the view formats only the rows on screen, so 1,000 rows redraw in
about the time of 20 (no item per cell).

A row is right when every output lies strictly on its target's side of the threshold (don't-care targets,
NaN, are skipped; an output exactly on the threshold is right for neither): the engine's definition, the one
the stop rule uses (:mod:`nndesk.engine.correctness`). Its margin is how far the worst output is on the right
side of the threshold (negative: on the wrong side). "Right with margin m": a 1 needs an output of at least
threshold + m, a 0 at most threshold - m.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from nndesk.engine.correctness import rows_correct
from nndesk.i18n import QT_TRANSLATE_NOOP, translate
from nndesk.ui.appearance import Tones, tones

COLUMNS = ("", QT_TRANSLATE_NOOP("TruthCheck", "inputs"), QT_TRANSLATE_NOOP("TruthCheck", "target"),  # ✓/✗ first
           QT_TRANSLATE_NOOP("TruthCheck", "raw output"), QT_TRANSLATE_NOOP("TruthCheck", "output"),
           QT_TRANSLATE_NOOP("TruthCheck", "margin"))
_OK, _WRONG = "✓", "✗"  # the mark itself says right or wrong; its colour (tones().ok / .wrong) repeats it


@dataclass(frozen=True)
class RowCheck:
    """How one training row fares: thresholded outputs, its margin, right or not (with the margin)."""

    outputs: tuple[int, ...]
    margin: float  # min over the outputs of the distance on the right side of the threshold
    correct: bool
    correct_with_margin: bool


@dataclass(frozen=True)
class Checks:
    """Every row checked at once: ``bits`` (rows, n_out) thresholded outputs, ``margin`` (rows,) (NaN for a row
    without a target that matters or with an output that is not finite), ``correct`` and ``strong`` (rows,) bool:
    right, and right with the margin asked for."""

    bits: np.ndarray
    margin: np.ndarray
    correct: np.ndarray
    strong: np.ndarray

    def rows(self) -> list[RowCheck]:
        return [RowCheck(tuple(int(b) for b in bits), float(m), bool(c), bool(s))
                for bits, m, c, s in zip(self.bits, self.margin, self.correct, self.strong, strict=True)]


def check_all(raw: np.ndarray, targets: np.ndarray, threshold: float, margin: float = 0.0) -> Checks:
    """:class:`Checks` of the rows of ``raw`` (rows, n_out) against ``targets`` (rows, n_out), in whole-array numpy
    calls; right and wrong as the engine defines them (:mod:`nndesk.engine.correctness`)."""
    raw = np.asarray(raw, dtype=np.float64)
    targets = np.asarray(targets, dtype=np.float64)
    cared = ~np.isnan(targets)
    with np.errstate(invalid="ignore"):
        side = np.where(targets > threshold, raw - threshold, threshold - raw)
        side = np.where(cared, side, np.inf)
        least = side.min(axis=1) if side.size else np.zeros(len(raw))
    unfinite = (cared & ~np.isfinite(raw)).any(axis=1)
    least = np.where(~cared.any(axis=1) | unfinite, np.nan, least)
    with np.errstate(invalid="ignore"):
        bits = (raw > threshold).astype(np.int64)
    return Checks(bits, least, np.asarray(rows_correct(raw, targets, threshold), dtype=bool),
                  np.asarray(rows_correct(raw, targets, threshold, margin), dtype=bool))


def check_rows(raw: np.ndarray, targets: np.ndarray, threshold: float, margin: float = 0.0) -> list[RowCheck]:
    """One :class:`RowCheck` per row of ``raw`` (rows, n_out) against ``targets`` (rows, n_out) (see
    :func:`check_all`)."""
    return check_all(raw, targets, threshold, margin).rows()


def _count(correct: Sequence[bool], strong: Sequence[bool], margin: float | None) -> str:
    n, right = len(correct), int(np.count_nonzero(correct))
    text = (translate("TruthCheck", "{0} of 1 row correct") if n == 1
            else translate("TruthCheck", "{0} of {1} rows correct")).format(right, n)
    if margin:
        text += translate("TruthCheck", " ({0} with margin {1})").format(int(np.count_nonzero(strong)), f"{margin:g}")
    return text


def count_text(checks: Sequence[RowCheck], margin: float | None = None) -> str:
    """ "3 of 4 rows correct", with "(2 with margin 0.1)" when a margin is asked for."""
    return _count([c.correct for c in checks], [c.correct_with_margin for c in checks], margin)


def _numbers(values: Sequence[float], digits: int | None = None) -> str:
    out = []
    for v in values:
        if math.isnan(v):
            out.append("–")
        elif digits is None:
            out.append(f"{v:g}")
        else:
            out.append(f"{v:.{digits}f}")
    return "  ".join(out)


Index = QModelIndex | QPersistentModelIndex
_DISPLAY, _ALIGN = int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.TextAlignmentRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_MARK_ROLES = frozenset((_FOREGROUND, int(Qt.ItemDataRole.AccessibleTextRole)))
_CENTER = int(Qt.AlignmentFlag.AlignCenter)


class TruthCheckModel(QAbstractTableModel):
    """The rows and the network's answers as arrays; each cell's text is made when the view asks for it."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.inputs = np.zeros((0, 0))
        self.targets = np.zeros((0, 0))
        self.raw: np.ndarray | None = None  # (rows, n_out) after show_outputs
        self.checks: Checks | None = None
        self.test_rows: frozenset[int] = frozenset()
        self.names: tuple[str, str] = ("", "")  # the inputs' and the targets' names, for the headers' tooltips
        self.tones: Tones = tones()

    def set_rows(self, inputs: np.ndarray, targets: np.ndarray, names: tuple[str, str]) -> None:
        self.beginResetModel()
        self.inputs, self.targets, self.names = inputs, targets, names
        self.raw, self.checks = None, None
        self.endResetModel()

    def set_outputs(self, raw: np.ndarray, checks: Checks) -> None:
        self.raw, self.checks = raw, checks
        if len(raw):  # one signal for every answer: the view repaints the rows it shows
            self.dataChanged.emit(self.index(0, 0), self.index(len(raw) - 1, len(COLUMNS) - 1))

    def set_test_rows(self, rows: frozenset[int]) -> None:
        self.test_rows = rows
        if len(self.inputs):
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(self.inputs) - 1)

    def set_tones(self, t: Tones) -> None:
        self.tones = t
        if len(self.inputs):
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.inputs) - 1, 0))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's default argument)
        return 0 if parent.isValid() else len(self.inputs)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = _DISPLAY) -> object:
        # asked ~7 times per cell on screen at every repaint: plain ints first, the rest only when needed
        if role == _DISPLAY:
            return self.text(index.row(), index.column())
        if role == _ALIGN:
            return _CENTER
        if role not in _MARK_ROLES or index.column() != 0 or self.checks is None:
            return None
        r = index.row()
        if r >= len(self.checks.correct):
            return None
        correct = bool(self.checks.correct[r])
        if role == _FOREGROUND:
            return QColor(self.tones.ok if correct else self.tones.wrong)
        return translate("TruthCheck", "correct") if correct else translate("TruthCheck", "wrong")

    def text(self, r: int, c: int) -> str:
        """The text of cell (``r``, ``c``): inputs and targets always, the answers once shown."""
        if c == 1:
            return _numbers(self.inputs[r])
        if c == 2:
            return _numbers(self.targets[r])
        if self.checks is None or r >= len(self.checks.correct):
            return ""
        if c == 0:
            return _OK if self.checks.correct[r] else _WRONG
        if c == 3:
            return _numbers(self.raw[r], 3)
        if c == 4:
            return "  ".join(str(b) for b in self.checks.bits[r])
        m = float(self.checks.margin[r])
        return "–" if math.isnan(m) else f"{m:+.3f}"

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole:
                return (translate("TruthCheck", "{0} test").format(section + 1) if section in self.test_rows
                        else str(section + 1))
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return translate("TruthCheck", COLUMNS[section]) if COLUMNS[section] else ""
        if role == Qt.ItemDataRole.ToolTipRole and section in (1, 2, 3, 4):
            return self.names[0 if section == 1 else 1]
        return None


class TruthCheck(QWidget):
    """The training rows with the network's answers. :meth:`set_rows` once per table, :meth:`show_outputs` live."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("truthCheckView")
        self._margin: float | None = None
        self.count_label = QLabel("")
        self.count_label.setObjectName("truthCheckCount")
        font = QFont(self.count_label.font())
        font.setBold(True)
        self.count_label.setFont(font)
        self.model = TruthCheckModel(self)
        self.model.set_tones(tones(self.palette()))
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setObjectName("truthCheckTable")
        self.table.setAccessibleName(translate("TruthCheck", "Truth check"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        # sized once per table, not on every live update (ResizeToContents measures every cell each time), and
        # from the first rows only: a table of 1,000 rows is not measured row by row
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(50)
        self._sized = False
        header.setStretchLastSection(True)
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.table.setFont(mono)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.count_label)
        layout.addWidget(self.table)

    def set_rows(self, inputs: np.ndarray, targets: np.ndarray, input_names: Sequence[str] = (),
                 target_names: Sequence[str] = ()) -> None:
        """The training rows: ``inputs`` (rows, n_in), ``targets`` (rows, n_out); clears the answers."""
        self.model.set_rows(np.asarray(inputs, dtype=np.float64), np.asarray(targets, dtype=np.float64),
                            (", ".join(input_names), ", ".join(target_names)))
        self.count_label.setText("")
        self._sized = False

    def set_test_rows(self, rows: Sequence[int]) -> None:
        """The held-out rows (0-based): marked "test" and counted apart from the training rows."""
        self.model.set_test_rows(frozenset(rows))
        if self.model.checks is not None:
            self.count_label.setText(self._count_text())

    def _count_text(self) -> str:
        checks = self.model.checks
        if not self.model.test_rows:
            return _count(checks.correct, checks.strong, self._margin)
        test = np.zeros(len(checks.correct), dtype=bool)
        test[[r for r in self.model.test_rows if r < len(test)]] = True
        train = _count(checks.correct[~test], checks.strong[~test], self._margin)
        return translate("TruthCheck", "Training: {0}. Test: {1}").format(
            train, _count(checks.correct[test], checks.strong[test], None))

    def set_margin(self, margin: float | None) -> None:
        """The margin of the stop rule "all rows correct with margin m" (None: that rule is off)."""
        self._margin = margin

    def show_outputs(self, raw: np.ndarray, threshold: float) -> None:
        """The network's raw outputs for every training row, shape (rows, n_out)."""
        raw = np.asarray(raw, dtype=np.float64)
        if raw.shape != self.model.targets.shape:
            return  # the table changed under a late update: the next one fits
        self.model.set_outputs(raw, check_all(raw, self.model.targets, threshold, self._margin or 0.0))
        if not self._sized:
            self.table.resizeColumnsToContents()
            self._sized = True
        text = self._count_text()
        if self.count_label.text() != text:
            self.count_label.setText(text)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and "model" in self.__dict__:
            self.model.set_tones(tones(self.palette()))

    def checks(self) -> list[RowCheck]:
        return [] if self.model.checks is None else self.model.checks.rows()

    def cell_text(self, row: int, column: int) -> str:
        return self.model.text(row, column) if 0 <= row < self.model.rowCount() else ""
