"""A training run's outcome in the language nndesk speaks, for the status bar and the command line.

The engine (Qt-free) writes its outcome in English (``TrainResult.message``). The common outcomes are written
again here from the result's numbers, marked for translation; an outcome this module does not know in that
exact wording (a plateau, held-out rows, a divergence with its advice) keeps the engine's English words
rather than lose what they say.
"""

from __future__ import annotations

import math

from nndesk.engine import StopReason, TrainResult, format_error
from nndesk.engine.wording import count
from nndesk.i18n import counted, translate


def outcome_text(result: TrainResult) -> str:
    """``result.message`` translated when it is one of the common outcomes, else as the engine wrote it."""
    if not math.isfinite(result.error):
        return result.message
    epochs, error = f"{result.epochs:,}", format_error(result.error)
    english = {
        StopReason.CONVERGED: f"Converged at epoch {epochs}: error {error}",
        StopReason.ALL_CORRECT: f"All rows correct at epoch {epochs}: error {error}",
        StopReason.MAX_EPOCHS: f"Stopped at the limit of {count(result.epochs, 'epoch')}: error {error}",
    }.get(result.reason)
    if english is None or english != result.message:
        return result.message
    if result.reason is StopReason.CONVERGED:
        return translate("Outcome", "Converged at epoch {0}: error {1}").format(epochs, error)
    if result.reason is StopReason.ALL_CORRECT:
        return translate("Outcome", "All rows correct at epoch {0}: error {1}").format(epochs, error)
    limit = counted(result.epochs, translate("Outcome", "1 epoch"), translate("Outcome", "{0} epochs"))
    return translate("Outcome", "Stopped at the limit of {0}: error {1}").format(limit, error)
