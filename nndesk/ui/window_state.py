"""What the main window is doing, shown in its status bar and deciding which commands are enabled."""

from __future__ import annotations

import enum

from nndesk.i18n import QT_TRANSLATE_NOOP


class State(enum.Enum):
    # The values are the status bar's English words; the window shows self.tr(value).
    READY = QT_TRANSLATE_NOOP("MainWindow", "Ready")  # a network that has not trained yet (or was reset)
    TRAINING = QT_TRANSLATE_NOOP("MainWindow", "Training")
    PAUSED = QT_TRANSLATE_NOOP("MainWindow", "Paused")
    # a stop rule of success held: error below target or every row correct
    TRAINED = QT_TRANSLATE_NOOP("MainWindow", "Trained")
    STOPPED = QT_TRANSLATE_NOOP("MainWindow", "Stopped")  # training ended at the epoch limit, a plateau or a failure
    # the numbers grew out of range: Reset or New weights, with a smaller eta
    DIVERGED = QT_TRANSLATE_NOOP("MainWindow", "Diverged")
