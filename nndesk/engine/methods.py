"""Training methods beside the article's: what a method is, its checks, the initial weights and the row order.

A :class:`Method` names how a network learns: the update ``rule`` (the article's ``"backprop"`` with momentum,
``"rprop"`` or ``"adam"``), the ``batch_size`` (1 = online, row by row; k >= 2 = mini-batches of k rows;
None = the whole table), the ``loss`` whose gradient is followed (``"squared"`` or ``"cross-entropy"``), the
``weight_decay`` λ, the initial weights' ``init`` and whether each epoch ``shuffle``\\ s the rows. The default
is the article's method, bit for bit: :attr:`Method.is_article`.

The arithmetic of every method is written out, readable, in :mod:`nndesk.engine.reference`; the fast numpy
version is :mod:`nndesk.engine._batch`. Both draw their initial weights with :func:`draw_weights` and their row
orders from :func:`shuffle_generator`, so that the same seed gives the same numbers.
"""

from __future__ import annotations

import math
import numbers
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from nndesk.engine.wording import QT_TRANSLATE_NOOP, translate

RULES = ("backprop", "rprop", "adam")
LOSSES = ("squared", "cross-entropy")
INITS = ("article", "uniform", "xavier")
# Rprop (iRprop-, Igel & Hüsken 2000): each weight's own step, grown or shrunk by these factors, within these bounds.
RPROP_START, RPROP_GROW, RPROP_SHRINK, RPROP_MAX, RPROP_MIN = 0.1, 1.2, 0.5, 50.0, 1e-6
# Adam (Kingma & Ba 2015) with its paper's constants.
ADAM_BETA1, ADAM_BETA2, ADAM_EPS = 0.9, 0.999, 1e-8
ADAM_GAIN1, ADAM_GAIN2 = 0.1, 0.001  # 1 - β1 and 1 - β2 as the issue writes them (1 - 0.9 is not 0.1 in floats)
# Mixed into the seed so the row order is drawn apart from the weights: changing the shuffle never changes them.
_SHUFFLE_STREAM = 0x5EED_0F_0D


@dataclass(frozen=True)
class Method:
    """How a network learns (see the module docstring); made by :func:`check_method`, which checks it."""

    rule: str = "backprop"
    batch_size: int | None = 1
    loss: str = "squared"
    weight_decay: float = 0.0
    init: str = "article"
    shuffle: bool = False

    @property
    def is_article(self) -> bool:
        """The article's online backpropagation (the initial weights aside): the generated code trains it."""
        return (self.rule == "backprop" and self.batch_size == 1 and self.loss == "squared"
                and self.weight_decay == 0.0 and not self.shuffle)

    @property
    def online(self) -> bool:
        """One update per row with the article's quirk (the error sent back through the new weight)."""
        return self.rule == "backprop" and self.batch_size == 1

    def options(self) -> dict:
        """This method as Network's keyword arguments (a new dict): ``Network(sizes, **method.options())``."""
        return dict(rule=self.rule, batch_size=self.batch_size, loss=self.loss, weight_decay=self.weight_decay,
                    init=self.init, shuffle=self.shuffle)

    def batch_rows(self, n_rows: int) -> int:
        """How many rows each update takes: the batch size, or every row for the whole table (and for Rprop)."""
        if self.rule == "rprop" or self.batch_size is None:
            return n_rows
        return min(self.batch_size, n_rows)

    def describe(self) -> str:
        """The method in a few words, e.g. "Rprop, whole table, cross-entropy" (for the status bar and files)."""
        if self.rule == "rprop":
            words = [translate("Methods", "Rprop, whole table")]
        else:
            size = (translate("Methods", "online") if self.batch_size == 1 else
                    translate("Methods", "whole table") if self.batch_size is None else
                    translate("Methods", "batches of {0}").format(self.batch_size))
            words = [f"{'backprop' if self.rule == 'backprop' else 'Adam'}, {size}"]
        if self.loss != "squared":
            words.append(self.loss)
        if self.weight_decay:
            words.append(translate("Methods", "weight decay {0:g}").format(self.weight_decay))
        if self.init != "article":
            words.append(translate("Methods", "{0} initial weights").format(self.init))
        if self.shuffle:
            words.append(translate("Methods", "shuffled"))
        return ", ".join(words)


def _choice(what: str, value: object, choices: Sequence[str]) -> str:
    if not isinstance(value, str) or value not in choices:
        raise ValueError(translate("Methods", "unknown {0} {1!r}: choose one of {2}").format(
            translate("Methods", what), value, ", ".join(choices)))
    return value


def check_method(rule: object = "backprop", batch_size: object = 1, loss: object = "squared",
                 weight_decay: object = 0.0, init: object = "article", shuffle: object = False,
                 output_activation: str = "sigmoid") -> Method:
    """The method these settings name, or a ValueError in the user's words for a bad one or a bad combination."""
    rule = _choice(QT_TRANSLATE_NOOP("Methods", "training rule"), rule, RULES)
    loss = _choice(QT_TRANSLATE_NOOP("Methods", "loss"), loss, LOSSES)
    init = _choice(QT_TRANSLATE_NOOP("Methods", "initialisation"), init, INITS)
    if batch_size is not None:
        if isinstance(batch_size, bool) or not isinstance(batch_size, numbers.Integral) or batch_size < 1:
            raise ValueError(translate("Methods", "the batch size must be a whole number of 1 or more (or the whole "
                                                  "table), not {0!r}").format(batch_size))
        batch_size = int(batch_size)
    if rule == "rprop" and batch_size not in (None, 1):
        raise ValueError(translate("Methods", "Rprop learns from the whole table at once: it takes no batch size (got "
                                              "{0})").format(batch_size))
    if rule == "rprop":
        batch_size = None
    if isinstance(weight_decay, bool) or not isinstance(weight_decay, numbers.Real):
        raise ValueError(translate("Methods", "the weight decay must be a number, not {0!r}").format(weight_decay))
    weight_decay = float(weight_decay)
    if not math.isfinite(weight_decay) or weight_decay < 0.0:
        raise ValueError(translate("Methods", "the weight decay must be a finite number of 0 or more, not "
                                              "{0!r}").format(weight_decay))
    if not isinstance(shuffle, bool | np.bool_):
        raise ValueError(translate("Methods", "shuffle must be True or False, not {0!r}").format(shuffle))
    if loss == "cross-entropy" and output_activation != "sigmoid":
        raise ValueError(translate("Methods", "the cross-entropy loss needs sigmoid outputs; the output layer is "
                                              "{0}").format(output_activation))
    return Method(rule, batch_size, loss, weight_decay, init, bool(shuffle))


def draw_weights(sizes: Sequence[int], seed: int | None, init: str = "article") -> list[np.ndarray]:
    """The initial weights, ``weights[l]`` of shape ``(n[l+1], n[l] + 1)``, bias last, drawn from ``seed``.

    - ``"article"``: one standard normal per connection from numpy's legacy generator, layer by layer, neuron by
      neuron, bias last (row-major order), as the article's code after ``np.random.seed(seed)``;
    - ``"uniform"``: every weight, bias weights included, from U(-0.5, 0.5), as the TensorFlow Playground;
    - ``"xavier"``: every weight from U(-r, r), r = sqrt(6 / (fan_in + fan_out)), fan_in = n[l] (the bias not
      counted) and fan_out = n[l+1].

    Each layer is drawn in order from one generator seeded by ``seed``; the global ``np.random`` is left alone.
    """
    rng = np.random.RandomState(seed)
    weights = []
    for k in range(len(sizes) - 1):
        shape = (sizes[k + 1], sizes[k] + 1)
        if init == "article":
            weights.append(rng.normal(size=shape))
        else:
            r = 0.5 if init == "uniform" else math.sqrt(6.0 / (sizes[k] + sizes[k + 1]))
            weights.append(rng.uniform(-r, r, size=shape))
    return weights


def shuffle_generator(seed: int | None) -> np.random.Generator:
    """The generator of the epochs' row orders: from ``seed``, on a stream of its own (not the weights')."""
    entropy = None if seed is None else [int(seed), _SHUFFLE_STREAM]
    return np.random.Generator(np.random.PCG64(np.random.SeedSequence(entropy)))


def epoch_order(rng: np.random.Generator | None, n_rows: int) -> list[int]:
    """The rows of the next epoch in training order: the table's, or a new permutation when shuffling."""
    return list(range(n_rows)) if rng is None else rng.permutation(n_rows).tolist()


def batch_bounds(n_rows: int, size: int) -> list[tuple[int, int]]:
    """``(start, stop)`` of consecutive batches of ``size`` rows; the last one may be smaller."""
    return [(start, min(start + size, n_rows)) for start in range(0, n_rows, size)]


class MethodSettings:
    """The method's settings as read-only properties, shared by Network and ReferenceNetwork (``self._method``)."""

    _method: Method

    @property
    def method(self) -> Method:
        """How this network learns (change it with ``set_method``)."""
        return self._method

    @property
    def rule(self) -> str:
        return self._method.rule

    @property
    def batch_size(self) -> int | None:
        return self._method.batch_size

    @property
    def loss(self) -> str:
        return self._method.loss

    @property
    def weight_decay(self) -> float:
        return self._method.weight_decay

    @property
    def init(self) -> str:
        return self._method.init

    @property
    def shuffle(self) -> bool:
        return self._method.shuffle
