"""What the main window is doing, shown in its status bar and deciding which commands are enabled."""

from __future__ import annotations

import enum


class State(enum.Enum):
    READY = "Ready"  # a network that has not trained yet (or was reset)
    TRAINING = "Training"
    PAUSED = "Paused"
    TRAINED = "Trained"  # a stop rule of success held: error below target or every row correct
    STOPPED = "Stopped"  # training ended at the epoch limit, a plateau or a failure
    DIVERGED = "Diverged"  # the numbers grew out of range: Reset or New weights, with a smaller eta
