"""Checks of a training table that are advice, not refusals: the table is valid, but no network can fit it."""

from __future__ import annotations

import math

from nndesk.engine.wording import translate
from nndesk.project.truth_table import TruthTable


def conflicting_rows(table: TruthTable) -> list[tuple[int, int]]:
    """Pairs of rows ``(first, later)`` (0-based) with the same inputs but a different target.

    A network answers the same inputs the same way, so it cannot match both rows. A don't-care target (NaN)
    agrees with anything. Each later row is paired with the first row it conflicts with, so n copies of one
    input give at most n - 1 pairs.
    """
    n = table.n_inputs
    first_of: dict[tuple[float, ...], list[int]] = {}
    pairs = []
    for r, row in enumerate(table.rows):
        seen = first_of.setdefault(row[:n], [])
        for earlier in seen:
            if _differ(table.rows[earlier][n:], row[n:]):
                pairs.append((earlier, r))
                break
        seen.append(r)
    return pairs


def _differ(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return any(x != y for x, y in zip(a, b, strict=True) if not (math.isnan(x) or math.isnan(y)))


def conflict_text(table: TruthTable, limit: int = 3) -> str:
    """One sentence about the conflicting rows (1-based, as the table shows them), or "" when there are none."""
    pairs = conflicting_rows(table)
    if not pairs:
        return ""
    if len(pairs) == 1:
        (a, b), = pairs
        return translate("TableChecks", "Rows {0} and {1} have the same inputs but different targets: a network "
                                        "answers the same inputs the same way, so it cannot get both right.").format(
            a + 1, b + 1)
    shown = ", ".join(translate("TableChecks", "{0} and {1}").format(a + 1, b + 1) for a, b in pairs[:limit])
    if len(pairs) > limit:
        shown += translate("TableChecks", " (and {0} more pairs)").format(len(pairs) - limit)
    return translate("TableChecks", "Row pairs {0} have the same inputs but different targets: a network answers "
                                    "the same inputs the same way, so it cannot get both right.").format(shown)
