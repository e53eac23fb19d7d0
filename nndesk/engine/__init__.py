"""The article's neural network and its training loop, in numpy and the standard library only."""

from nndesk.engine.activations import ACTIVATIONS, Activation
from nndesk.engine.many import SeedResult, StudyProgress, StudyResult, train_many
from nndesk.engine.network import DivergenceError, Network
from nndesk.engine.reference import TRAINERS, ReferenceNetwork, TrainerInfo
from nndesk.engine.training import Progress, StopReason, StopRule, TrainResult, format_error, train_until

__all__ = [
    "ACTIVATIONS",
    "TRAINERS",
    "Activation",
    "DivergenceError",
    "Network",
    "Progress",
    "ReferenceNetwork",
    "SeedResult",
    "StopReason",
    "StopRule",
    "StudyProgress",
    "StudyResult",
    "TrainResult",
    "TrainerInfo",
    "format_error",
    "train_many",
    "train_until",
]
