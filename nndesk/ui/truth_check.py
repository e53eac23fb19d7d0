"""The truth check: one line per training row with target, raw and thresholded output, margin and ✓/✗.

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
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nndesk.engine.correctness import rows_correct
from nndesk.ui.appearance import tones

COLUMNS = ("", "inputs", "target", "raw output", "output", "margin")  # ✓/✗ first: always in view
_OK, _WRONG = "✓", "✗"  # the mark itself says right or wrong; its colour (tones().ok / .wrong) repeats it


@dataclass(frozen=True)
class RowCheck:
    """How one training row fares: thresholded outputs, its margin, right or not (with the margin)."""

    outputs: tuple[int, ...]
    margin: float  # min over the outputs of the distance on the right side of the threshold
    correct: bool
    correct_with_margin: bool


def check_rows(raw: np.ndarray, targets: np.ndarray, threshold: float, margin: float = 0.0) -> list[RowCheck]:
    """One :class:`RowCheck` per row of ``raw`` (rows, n_out) against ``targets`` (rows, n_out); right and wrong
    as the engine defines them (:mod:`nndesk.engine.correctness`), the stop rule's own definition."""
    raw = np.asarray(raw, dtype=np.float64)
    targets = np.asarray(targets, dtype=np.float64)
    correct = rows_correct(raw, targets, threshold)
    strong = rows_correct(raw, targets, threshold, margin)
    checks = []
    for o, t, right, right_by_margin in zip(raw, targets, correct, strong, strict=True):
        cared = ~np.isnan(t)
        oc = o[cared]
        side = np.where(t[cared] > threshold, oc - threshold, threshold - oc)
        bits = tuple(int(v > threshold) for v in o)
        finite = bool(np.isfinite(oc).all())
        checks.append(RowCheck(bits, float(side.min()) if side.size and finite else math.nan, bool(right),
                               bool(right_by_margin)))
    return checks


def count_text(checks: Sequence[RowCheck], margin: float | None = None) -> str:
    """ "3 of 4 rows correct", with "(2 with margin 0.1)" when a margin is asked for."""
    right = sum(c.correct for c in checks)
    text = f"{right} of {len(checks)} row{'s' if len(checks) != 1 else ''} correct"
    if margin:
        text += f" ({sum(c.correct_with_margin for c in checks)} with margin {margin:g})"
    return text


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


class TruthCheck(QWidget):
    """The training rows with the network's answers. :meth:`set_rows` once per table, :meth:`show_outputs` live."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("truthCheckView")
        self._inputs = np.zeros((0, 0))
        self._targets = np.zeros((0, 0))
        self._margin: float | None = None
        self._checks: list[RowCheck] = []
        self._test_rows: frozenset[int] = frozenset()  # held-out rows (0-based): counted apart
        self.count_label = QLabel("")
        self.count_label.setObjectName("truthCheckCount")
        font = QFont(self.count_label.font())
        font.setBold(True)
        self.count_label.setFont(font)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("truthCheckTable")
        self.table.setAccessibleName("Truth check")
        self.table.setHorizontalHeaderLabels(list(COLUMNS))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().setDefaultSectionSize(22)
        header = self.table.horizontalHeader()
        # sized once per table, not on every live update (ResizeToContents measures every cell each time)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
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
        self._inputs = np.asarray(inputs, dtype=np.float64)
        self._targets = np.asarray(targets, dtype=np.float64)
        self._checks = []
        self.table.setRowCount(len(self._inputs))
        for column, names in ((1, input_names), (2, target_names), (3, target_names), (4, target_names)):
            self.table.horizontalHeaderItem(column).setToolTip(", ".join(names))
        for r, (x, t) in enumerate(zip(self._inputs, self._targets, strict=True)):
            self._set(r, 1, _numbers(x))
            self._set(r, 2, _numbers(t))
            for c in (0, 3, 4, 5):
                self._set(r, c, "")
        self.count_label.setText("")
        self._sized = False
        self._label_rows()

    def set_test_rows(self, rows: Sequence[int]) -> None:
        """The held-out rows (0-based): marked "test" and counted apart from the training rows."""
        self._test_rows = frozenset(rows)
        self._label_rows()
        if self._checks:
            self.count_label.setText(self._count_text())

    def _label_rows(self) -> None:
        n = self.table.rowCount()
        self.table.setVerticalHeaderLabels([f"{r + 1} test" if r in self._test_rows else str(r + 1)
                                            for r in range(n)])

    def _count_text(self) -> str:
        if not self._test_rows:
            return count_text(self._checks, self._margin)
        train = [c for r, c in enumerate(self._checks) if r not in self._test_rows]
        test = [c for r, c in enumerate(self._checks) if r in self._test_rows]
        return f"Training: {count_text(train, self._margin)}. Test: {count_text(test)}"

    def set_margin(self, margin: float | None) -> None:
        """The margin of the stop rule "all rows correct with margin m" (None: that rule is off)."""
        self._margin = margin

    def show_outputs(self, raw: np.ndarray, threshold: float) -> None:
        """The network's raw outputs for every training row, shape (rows, n_out)."""
        raw = np.asarray(raw, dtype=np.float64)
        if raw.shape != self._targets.shape:
            return  # the table changed under a late update: the next one fits
        self._checks = check_rows(raw, self._targets, threshold, self._margin or 0.0)
        for r, (o, check) in enumerate(zip(raw, self._checks, strict=True)):
            self._set(r, 3, _numbers(o, 3))
            self._set(r, 4, "  ".join(str(b) for b in check.outputs))
            self._set(r, 5, "–" if math.isnan(check.margin) else f"{check.margin:+.3f}")
            self._set_mark(r, check.correct)
        if not self._sized:
            self.table.resizeColumnsToContents()
            self._sized = True
        text = self._count_text()
        if self.count_label.text() != text:
            self.count_label.setText(text)

    def _set_mark(self, row: int, correct: bool) -> None:
        mark = self._set(row, 0, _OK if correct else _WRONG)
        t = tones(self.palette())
        colour = t.ok if correct else t.wrong
        if mark.foreground().color() != colour:
            mark.setForeground(colour)
            mark.setData(Qt.ItemDataRole.AccessibleTextRole, "correct" if correct else "wrong")

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            for r, check in enumerate(self._checks):
                self._set_mark(r, check.correct)

    def checks(self) -> list[RowCheck]:
        return list(self._checks)

    def cell_text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return "" if item is None else item.text()

    def _set(self, row: int, column: int, text: str) -> QTableWidgetItem:
        item = self.table.item(row, column)
        if item is None:
            item = QTableWidgetItem(text)
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.table.setItem(row, column, item)
        elif item.text() != text:  # live updates: touch only what changed
            item.setText(text)
        return item
