"""How a network is trained: one type for the window's form, project files, the study and the command line.

:class:`TrainingSettings` holds the learning rate η, the momentum α, the seed of the initial weights, the stop
rule and its numbers, the training method (an engine :class:`~nndesk.engine.methods.Method`: rule, batch size,
loss, weight decay, initialisation, shuffle), the held-out test rows and the patience of early stopping.
:meth:`TrainingSettings.to_stop_rule` is the one mapping from these settings to the engine's
:class:`~nndesk.engine.StopRule`, :meth:`TrainingSettings.network_options` the one to a Network's arguments.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from nndesk.engine import StopRule
from nndesk.engine.methods import Method

STOP_ERROR = "error"  # stop once an epoch's error is below target_error
STOP_ALL_CORRECT = "all_correct"  # stop once every row is right by at least margin
STOP_RULES = (STOP_ERROR, STOP_ALL_CORRECT)


@dataclass(frozen=True)
class TrainingSettings:
    """Everything that says how to train, in engine units (errors are the article's summed per-row RMS error).

    ``max_epochs`` counts the network's epochs since its initial weights (a paused run continues the count).
    """

    eta: float = 0.09
    alpha: float = 0.015
    seed: int = 1
    target_error: float = 0.01
    max_epochs: int = 5_000_000
    stop_rule: str = STOP_ERROR  # one of STOP_RULES
    margin: float = 0.1  # for STOP_ALL_CORRECT: every output this far on the right side of the threshold
    method: Method = field(default_factory=Method)  # how the network learns: the article's online backprop by default
    test_rows: tuple[int, ...] = ()  # held-out rows, 0-based: never trained on (nndesk.project.held_out)
    patience: int | None = None  # with test rows: stop once the test error has not improved for so many epochs

    def to_stop_rule(self, *, max_epochs: bool = True) -> StopRule:
        """The engine's stop rule for these settings; ``max_epochs=False`` leaves the epoch limit to the caller
        (the study counts each seed's epochs itself). Patience applies only where there are test rows."""
        limit = self.max_epochs if max_epochs else None
        patience = self.patience if self.test_rows else None
        if self.stop_rule == STOP_ALL_CORRECT:
            return StopRule(error_below=None, all_correct_margin=self.margin, max_epochs=limit, patience=patience)
        return StopRule(error_below=self.target_error, max_epochs=limit, patience=patience)

    def network_options(self) -> dict:
        """The method as Network's keyword arguments: ``rule``, ``batch_size``, ``loss``, ``weight_decay``,
        ``init``, ``shuffle``."""
        return self.method.options()

    def method_json(self) -> dict:
        """The ``"method"`` object of a project file (format version 3): the method, test rows and patience."""
        return {**self.method.options(), "test_rows": list(self.test_rows), "patience": self.patience}

    def with_changes(self, **changes: object) -> TrainingSettings:
        """These settings with some fields replaced (``dataclasses.replace``)."""
        return replace(self, **changes)

    def to_json(self) -> dict:
        """The ``"training"`` object of a project file."""
        return {"eta": self.eta, "alpha": self.alpha, "seed": self.seed, "stop_rule": self.stop_rule,
                "target_error": self.target_error, "margin": self.margin, "max_epochs": self.max_epochs}
