"""Held-out rows: rows of the table marked "test", never trained on, whose error shows how the network generalises.

Rows are numbered from 0 in a :class:`~nndesk.project.project_file.Project` and its file, and from 1 where the
user reads or types them (the window's row headers, ``nndesk train --test-rows 3,7``).
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from nndesk.engine.wording import translate
from nndesk.project.truth_table import TruthTable


def check_test_rows(rows: Iterable[int], n_rows: int) -> tuple[int, ...]:
    """``rows`` (0-based) sorted and without repeats, or a ValueError in the user's words (row numbers from 1):
    each must be a row of the table, and at least one row must be left to train on."""
    out = sorted(set(rows))
    for r in out:
        if isinstance(r, bool) or not isinstance(r, int | np.integer) or not 0 <= r < n_rows:
            shown = r + 1 if isinstance(r, int | np.integer) and not isinstance(r, bool) else r
            raise ValueError(translate("TestRows", "test row {0} is not a row of the table (rows 1 to {1})").format(
                shown, n_rows))
    if len(out) >= n_rows:
        raise ValueError(translate("TestRows", "every row of the table is a test row: leave at least one of the {0} "
                                               "rows to train on").format(n_rows))
    return tuple(int(r) for r in out)


def parse_row_numbers(text: str, n_rows: int) -> tuple[int, ...]:
    """Row numbers as the user types them, from 1 ("3,7" or "3 7"), as 0-based indices; ValueError in words."""
    parts = text.replace(",", " ").split()
    if not parts:
        raise ValueError(translate("TestRows", "give the test rows as row numbers from 1, such as 3,7"))
    rows = []
    for part in parts:
        if not part.isdigit():
            raise ValueError(translate("TestRows", "{0!r} is not a row number: give row numbers from 1, such "
                                                   "as 3,7").format(part))
        rows.append(int(part) - 1)
    return check_test_rows(rows, n_rows)


def split_rows(table: TruthTable, test_rows: Iterable[int]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """``(train_inputs, train_targets, test_inputs, test_targets)``: the table without and with only the test rows
    (0-based), each in table order; shapes (rows, n_in) and (rows, n_out)."""
    test = np.zeros(len(table.inputs), dtype=bool)
    test[list(check_test_rows(test_rows, len(table.inputs)))] = True
    return table.inputs[~test], table.targets[~test], table.inputs[test], table.targets[test]
