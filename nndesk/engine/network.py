"""The article's network: sigmoid neurons, a bias neuron of output 1 per layer, online backpropagation.

A network of ``sizes = [n0, n1, ..., nL]`` neurons keeps one weight matrix per pair of layers:
``weights[l]`` has shape ``(n[l+1], n[l] + 1)``; row ``i`` holds the weights into neuron ``i`` of layer
``l+1`` and the last column is the weight from layer ``l``'s bias neuron, whose output is always 1.

Training is the article's, row by row (online): forward pass; error ``target - output`` on each output
neuron; then, layer by layer from the output back, each neuron's gradient ``error * f'(output)``, each
incoming weight's change ``eta * (input * gradient) + alpha * previous_change``, the weight updated, and
the error sent back to the neuron below through the *new* weight. The epoch error is the sum over rows of
``sqrt(mean((target - output) ** 2))``, each row's output taken before its update.

The specification is :class:`nndesk.engine.reference.ReferenceNetwork`, the article in plain floats. Two
trainers do its work faster (``Network(..., trainer=...)``), and tests/test_conformance.py holds both to it:

- generated straight-line Python (:mod:`nndesk.engine._codegen`) for small networks, bit for bit;
- per-layer numpy for large ones, where the matrix products cost less than Python's per-float overhead;
  its sums are taken in numpy's order, so it agrees to rounding (about 1e-15 per step), not bit for bit.
"""

from __future__ import annotations

import math
import numbers
from collections.abc import Callable, Iterable, Sequence

import numpy as np

from nndesk.engine import _batch, _codegen, _codegen_numpy
from nndesk.engine.activations import Activation, activation
from nndesk.engine.correctness import margin_bounds
from nndesk.engine.methods import RPROP_START, Method, MethodSettings, check_method, draw_weights, shuffle_generator
from nndesk.engine.wording import QT_TRANSLATE_NOOP, translate

# A trainer call handles at most this many epochs before control returns to Python, so long runs fill the
# error array in pieces and a rare overflow re-runs only one piece with the guarded code.
_PIECE = 16_384
# Generated code costs about 0.11 us per weight and row; numpy about 7.5 us per layer and row, nearly all
# of it call overhead (measured on 3-6-2 and 8-16-8-8). Generated code wins below this many weights a layer.
_CODEGEN_WEIGHTS_PER_LAYER = 68
MAX_NEURONS_PER_LAYER = 4096
MAX_LAYERS = 100  # input and output included; the window's topology editor makes at most 8 (6 hidden)
# A memory budget: each copy of the weights (weights, momenta, the trainer's own) is 8 bytes a weight, so
# 16 MB at most. The window never reaches it: at most 2,000 table columns (truth_table.MAX_COLUMNS) and
# 6 hidden layers of 64 neurons give at most 1,001,000 weights (999 inputs wired straight to 1,001 outputs).
MAX_WEIGHTS = 2_000_000
MAX_EPOCHS_PER_CALL = 100_000_000  # Network.train returns an error per epoch: 800 MB at most
# Above these a failed run names the learning rate or the data scale as the likely cause (see likely_causes).
LARGE_ETA = 10.0
LARGE_VALUE = 10.0
# How Network may do its arithmetic (see Network's ``trainer``); nndesk.engine.TRAINERS lists every trainer.
NETWORK_TRAINERS = ("auto", "codegen", "numpy", "batch")


class DivergenceError(ArithmeticError):
    """Training produced a NaN or infinite error or weight.

    ``epoch`` is the 1-based epoch (counted within the call) where it was noticed and ``errors`` holds the
    epoch errors of the call up to and including that epoch.
    """

    def __init__(self, epoch: int, errors: np.ndarray, what: str, advice: str = "") -> None:
        advice = advice or translate("Network", "Try a smaller learning rate (eta) or a momentum (alpha) below 1.")
        super().__init__(translate("Network", "training diverged at epoch {0} of this run: {1}. {2}").format(
            epoch, what, advice))
        self.epoch = epoch
        self.errors = errors


def weight_count(sizes: Sequence[int]) -> int:
    """Weights of a network of ``sizes`` neurons per layer, bias weights included."""
    return sum((sizes[k] + 1) * sizes[k + 1] for k in range(len(sizes) - 1))


def likely_causes(eta: float, alpha: float, inputs: np.ndarray, targets: np.ndarray) -> list[str]:
    """Why a run probably failed (diverged, froze or never learned), in the user's words; [] if no setting stands
    out. ``inputs`` (rows, n_in) and ``targets`` (rows, n_out) are the table; NaN targets are don't-cares."""
    causes = []
    if alpha >= 1.0:
        causes.append(translate("Network", "the momentum α is {0:g}: at 1 or more each weight's change keeps all of "
                                           "the previous one, so the changes grow without bound (use a momentum α "
                                           "below 1, such as 0.9)").format(alpha))
    if eta > LARGE_ETA:
        causes.append(translate("Network", "the learning rate η of {0:g} is too large: each step overshoots by far "
                                           "(try η from 0.01 to 1)").format(eta))
    elif eta == 0.0:
        causes.append(translate("Network", "the learning rate η is 0, so the weights cannot change (try η from 0.01 "
                                           "to 1)"))
    for what, values in ((QT_TRANSLATE_NOOP("Network", "inputs"), inputs),
                         (QT_TRANSLATE_NOOP("Network", "targets"), targets)):
        cared = np.abs(values[~np.isnan(values)]) if values.size else values
        largest = float(cared.max()) if cared.size else 0.0
        if largest > LARGE_VALUE:
            causes.append(translate("Network", "the {0} reach {1:g}, far outside 0..1: scale them to 0..1 (or -1..1) "
                                               "before training").format(translate("Network", what), largest))
    return causes


def causes_text(causes: Sequence[str]) -> str:
    """``causes`` as one sentence: "Likely cause: ..." or "Likely causes: ...; and ..."; "" for none."""
    if not causes:
        return ""
    if len(causes) == 1:
        return translate("Network", "Likely cause: {0}.").format(causes[0])
    return translate("Network", "Likely causes: {0}; and {1}.").format("; ".join(causes[:-1]), causes[-1])


def check_topology(topology: object) -> tuple[int, ...]:
    if (isinstance(topology, str | bytes) or not isinstance(topology, Sequence | np.ndarray)
            or (isinstance(topology, np.ndarray) and topology.ndim != 1)):
        raise ValueError(translate("Network", "topology must be a list of layer sizes such as [2, 3, 2], not "
                                              "{0!r}").format(topology))
    if len(topology) > MAX_LAYERS:
        raise ValueError(translate("Network", "the topology has {0:,} layers; a network can have at most {1}").format(
            len(topology), MAX_LAYERS))
    sizes = list(topology)
    if len(sizes) < 2:
        raise ValueError(
            translate("Network", "topology needs at least an input and an output layer, such as [2, 1]; got "
                                 "{0!r}").format(sizes)
        )
    for k, n in enumerate(sizes):
        if isinstance(n, bool) or not isinstance(n, numbers.Integral):
            raise ValueError(translate("Network", "layer {0} of the topology must be a whole number of neurons, not "
                                                  "{1!r}").format(k, n))
        if not 1 <= n <= MAX_NEURONS_PER_LAYER:
            raise ValueError(
                translate("Network", "layer {0} of the topology has {1} neurons: each layer needs 1 to {2}").format(
                    k, n, MAX_NEURONS_PER_LAYER)
            )
    sizes = [int(n) for n in sizes]
    count = weight_count(sizes)
    if count > MAX_WEIGHTS:
        raise ValueError(translate("Network", "a {0} network would have {1:,} weights; nndesk trains networks of at "
                                              "most {2:,} weights ({3} MB a copy): use fewer or smaller layers").format(
            "-".join(map(str, sizes)), count, MAX_WEIGHTS, MAX_WEIGHTS * 8 // 10**6))
    return tuple(sizes)


def check_activations(activations: object, n_layers: int) -> tuple[Activation, ...]:
    if activations is None:
        activations = "sigmoid"
    if isinstance(activations, str):
        return (activation(activations),) * n_layers
    if not isinstance(activations, Iterable):
        raise ValueError(translate("Network", "activations must be a name such as \"sigmoid\" or a list of names, not "
                                              "{0!r}").format(activations))
    names = list(activations)
    if len(names) != n_layers:
        raise ValueError(
            translate("Network", "activations needs one name for each of the {0} layers after the input layer, got "
                                 "{1}").format(n_layers, len(names))
        )
    return tuple(activation(name) for name in names)


def check_rate(name: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise ValueError(translate("Network", "{0} must be a number, not {1!r}").format(translate("Network", name),
                                                                                        value))
    value = float(value)
    if not math.isfinite(value) or value < 0.0:
        raise ValueError(translate("Network", "{0} must be a finite number of 0 or more, not {1!r}").format(
            translate("Network", name), value))
    return value


def check_seed(seed: object) -> int | None:
    if seed is None:
        return None
    if isinstance(seed, bool) or not isinstance(seed, numbers.Integral) or not 0 <= seed < 2**32:
        raise ValueError(translate("Network", "seed must be a whole number from 0 to {0}, not {1!r}").format(
            2**32 - 1, seed))
    return int(seed)


def check_matrices(sizes: Sequence[int], matrices: Sequence[np.ndarray], what: str) -> list[np.ndarray]:
    """``matrices`` (weights or momenta) as float64 arrays of shape ``(n[l+1], n[l] + 1)``, or a ValueError."""
    shapes = [(sizes[k + 1], sizes[k] + 1) for k in range(len(sizes) - 1)]
    matrices = list(matrices)
    if len(matrices) != len(shapes):
        raise ValueError(translate("Network", "{0}: expected {1} matrices, one per layer pair, got {2}").format(
            translate("Network", what), len(shapes), len(matrices)))
    out = []
    for k, (m, shape) in enumerate(zip(matrices, shapes, strict=True)):
        try:
            m = np.array(m, dtype=np.float64)
        except (TypeError, ValueError):
            raise ValueError(translate("Network", "{0}[{1}] is not a matrix of numbers").format(
                translate("Network", what), k)) from None
        if m.shape != shape:
            raise ValueError(translate("Network", "{0}[{1}] must have shape {2}, got {3}").format(
                translate("Network", what), k, shape, m.shape))
        if not np.isfinite(m).all():
            raise ValueError(translate("Network", "{0}[{1}] contains NaN or infinite values").format(
                translate("Network", what), k))
        out.append(m)
    return out


def checked_data(data: object, width: int, what: str, allow_nan: bool = False) -> np.ndarray:
    """``data`` as a float64 array of rows of ``width`` finite numbers (NaN allowed if asked), or a ValueError."""
    try:
        a = np.array(data, dtype=np.float64)
    except (TypeError, ValueError):
        raise ValueError(translate("Network", "{0} must be numbers").format(translate("Network", what))) from None
    if a.ndim != 2 or a.shape[1] != width:
        raise ValueError(translate("Network", "{0} must be rows of {1} numbers each; got an array of shape {2}").format(
            translate("Network", what), width, a.shape))
    if len(a) == 0:
        raise ValueError(translate("Network", "{0} has no rows").format(translate("Network", what)))
    bad = np.isinf(a) if allow_nan else ~np.isfinite(a)
    if bad.any():
        row = int(np.argwhere(bad)[0][0])
        raise ValueError(translate("Network", "{0} row {1} contains a value that is not a finite number").format(
            translate("Network", what), row + 1))
    return a


def check_table(sizes: Sequence[int], inputs: object, targets: object) -> tuple[np.ndarray, np.ndarray]:
    """The training table as float64 arrays (rows, n_in) and (rows, n_out), or a ValueError.

    A NaN target is a don't-care: that output sends no error for that row, the row's error is taken over
    its other outputs, and it is never wrong (see :mod:`nndesk.engine.correctness`).
    """
    x = checked_data(inputs, sizes[0], QT_TRANSLATE_NOOP("Network", "inputs"))
    t = checked_data(targets, sizes[-1], QT_TRANSLATE_NOOP("Network", "targets"), allow_nan=True)
    if len(x) != len(t):
        raise ValueError(translate("Network", "there are {0} rows of inputs but {1} rows of targets").format(
            len(x), len(t)))
    return x, t


OPTIMIZER_ARRAYS = ("momenta", "rprop_steps", "rprop_gradients", "adam_m", "adam_v")


def fresh_optimizer_state(sizes: Sequence[int], method: Method, seed: int | None) -> dict:
    """The optimiser's state before the first update (see :meth:`Network.get_optimizer_state`).

    ``momenta`` (every rule's previous changes; 0), and for Rprop ``rprop_steps`` (each weight's step, 0.1) and
    ``rprop_gradients`` (the previous gradient, 0), for Adam ``adam_m``, ``adam_v`` (0) and ``adam_t`` (0
    updates); ``shuffle``: the row-order generator's state (numpy's ``bit_generator.state``), or None.
    Each array has the weights' shapes ``(n[l+1], n[l] + 1)``."""
    def zeros() -> list[np.ndarray]:
        return [np.zeros((sizes[k + 1], sizes[k] + 1)) for k in range(len(sizes) - 1)]

    state: dict = {"momenta": zeros()}
    if method.rule == "rprop":
        state["rprop_steps"] = [np.full(w.shape, RPROP_START) for w in zeros()]
        state["rprop_gradients"] = zeros()
    if method.rule == "adam":
        state.update(adam_m=zeros(), adam_v=zeros(), adam_t=0)
    state["shuffle"] = shuffle_generator(seed).bit_generator.state if method.shuffle else None
    return state


def checked_optimizer_state(sizes: Sequence[int], method: Method, seed: int | None, state: object) -> dict:
    """``state`` (a dict as :meth:`Network.get_optimizer_state` gives) completed from a fresh start where it lacks
    a part the method uses (parts it does not use are dropped); a ValueError names a part that cannot be used."""
    if not isinstance(state, dict):
        raise ValueError(translate("Network", "the optimiser state must be a dictionary of its parts"))
    out = fresh_optimizer_state(sizes, method, seed)
    for key in OPTIMIZER_ARRAYS:
        if key in out and state.get(key) is not None:
            if not isinstance(state[key], list | tuple):
                raise ValueError(translate("Network", "{0} must be a list of matrices, one per layer pair").format(
                    key.replace('_', ' ')))
            out[key] = check_matrices(sizes, state[key], key.replace("_", " "))
    if "rprop_steps" in out and not all((s > 0).all() for s in out["rprop_steps"]):
        raise ValueError(translate("Network", "every Rprop step must be above 0"))
    if "adam_t" in out and state.get("adam_t") is not None:
        t = state["adam_t"]
        if isinstance(t, bool) or not isinstance(t, numbers.Integral) or t < 0:
            raise ValueError(translate("Network", "Adam's update count must be a whole number of 0 or more, not "
                                                  "{0!r:.40}").format(t))
        out["adam_t"] = int(t)
    if out["shuffle"] is not None and state.get("shuffle") is not None:
        try:
            probe = np.random.PCG64()
            probe.state = state["shuffle"]
            out["shuffle"] = probe.state
        except (TypeError, ValueError, KeyError, OverflowError):
            raise ValueError(translate("Network", "the shuffle generator's state is not one numpy's PCG64 can "
                                                  "take")) from None
    return out


class Network(MethodSettings):
    """A feed-forward network trained by the article's online backpropagation, or another method.

    ``Network([2, 3, 2], eta=0.09, alpha=0.015, seed=1)`` is the article's half adder. ``activations`` is
    one name for every layer after the input, or one name per such layer (``"sigmoid"`` by default,
    ``"tanh"``, ``"relu"``, ``"linear"``). ``eta`` and ``alpha`` may be changed between calls. ``rule``,
    ``batch_size``, ``loss``, ``weight_decay``, ``init`` and ``shuffle`` choose the method
    (:mod:`nndesk.engine.methods`; the defaults are the article's); ``set_method`` changes it.

    ``trainer`` chooses how the arithmetic is done, never what it computes: ``"codegen"`` (generated
    straight-line Python, bit for bit :class:`nndesk.engine.reference.ReferenceNetwork`) and ``"numpy"``
    (per-layer numpy calls, equal to rounding) train the article's method only; ``"batch"`` (numpy across the
    rows of a batch, :mod:`nndesk.engine._batch`) trains every method, equal to rounding; ``"auto"`` (the
    default) takes the faster of the first two for the article's method and ``"batch"`` for any other.
    """

    def __init__(
        self,
        topology: Sequence[int],
        *,
        eta: float = 0.09,
        alpha: float = 0.015,
        seed: int | None = None,
        activations: str | Sequence[str] | None = None,
        rule: str = "backprop",
        batch_size: int | None = 1,
        loss: str = "squared",
        weight_decay: float = 0.0,
        init: str = "article",
        shuffle: bool = False,
        trainer: str = "auto",
    ) -> None:
        self.trainer = trainer
        self._sizes = check_topology(topology)
        self._acts = check_activations(activations, len(self._sizes) - 1)
        self.eta = eta
        self.alpha = alpha
        self._seed = check_seed(seed)
        self._method = check_method(rule, batch_size, loss, weight_decay, init, shuffle, self._acts[-1].name)
        self._weights = draw_weights(self._sizes, self._seed, init)
        self._reset_optimizer()
        self.epochs = 0
        self._trainers: dict[tuple, Callable] = {}
        self._batch_trainer: _batch.BatchTrainer | None = None
        self._overflowed = False  # once the fast generated code overflowed, stay on the guarded code

    # -- hyperparameters and shape ---------------------------------------------------------------

    @property
    def eta(self) -> float:
        """Learning rate: how far each update moves a weight."""
        return self._eta

    @eta.setter
    def eta(self, value: float) -> None:
        self._eta = check_rate(QT_TRANSLATE_NOOP("Network", "eta (the learning rate)"), value)

    @property
    def alpha(self) -> float:
        """Momentum: the share of each weight's previous change added to its next one."""
        return self._alpha

    @alpha.setter
    def alpha(self, value: float) -> None:
        self._alpha = check_rate(QT_TRANSLATE_NOOP("Network", "alpha (the momentum)"), value)

    @property
    def trainer(self) -> str:
        """How the arithmetic is done: "auto", "codegen" or "numpy" (see the class docstring)."""
        return self._trainer_name

    @trainer.setter
    def trainer(self, value: str) -> None:
        if value not in NETWORK_TRAINERS:
            raise ValueError(translate("Network", "unknown trainer {0!r}: choose one of {1}").format(
                value, ', '.join(NETWORK_TRAINERS)))
        self._trainer_name = value

    @property
    def topology(self) -> tuple[int, ...]:
        """Neurons per layer, input first, bias neurons not counted."""
        return self._sizes

    @property
    def activations(self) -> tuple[str, ...]:
        """The activation of each layer after the input layer."""
        return tuple(a.name for a in self._acts)

    @property
    def seed(self) -> int | None:
        """The seed the initial weights were drawn from (None: fresh randomness)."""
        return self._seed

    @property
    def threshold(self) -> float:
        """An output above this counts as 1 (0.5, or 0.0 for a tanh output layer)."""
        return self._acts[-1].threshold

    # -- weights -----------------------------------------------------------------------------------

    def get_weights(self) -> list[np.ndarray]:
        """Copies of the weights: ``weights[l]`` has shape ``(n[l+1], n[l] + 1)``, bias column last."""
        return [w.copy() for w in self._weights]

    def set_weights(self, weights: Sequence[np.ndarray]) -> None:
        """Replace the weights (validated: shapes and finite values); the optimiser starts afresh (the momentum
        zero, Rprop's steps and Adam's moments as at the start, the row order from the seed's first)."""
        self._weights = check_matrices(self._sizes, weights, QT_TRANSLATE_NOOP("Network", "weights"))
        self._reset_optimizer()

    def get_momenta(self) -> list[np.ndarray]:
        """Copies of each weight's previous change (the momentum term), same shapes as the weights."""
        return [d.copy() for d in self._momenta]

    def set_momenta(self, momenta: Sequence[np.ndarray]) -> None:
        """Replace the previous changes (validated like :meth:`set_weights`)."""
        self._momenta = check_matrices(self._sizes, momenta, QT_TRANSLATE_NOOP("Network", "momenta"))

    def get_optimizer_state(self) -> dict:
        """Copies of everything the next update depends on besides the weights: ``momenta`` (each weight's
        previous change), Rprop's ``rprop_steps`` and ``rprop_gradients``, Adam's ``adam_m``, ``adam_v`` and
        ``adam_t``, and ``shuffle`` (the row-order generator's state, or None), as far as the method uses them;
        arrays of the weights' shapes. Pause, save, open and continue with it: the same numbers as one run."""
        state: dict = {"momenta": self.get_momenta()}
        for key in OPTIMIZER_ARRAYS[1:]:
            if key in self._opt:
                state[key] = [a.copy() for a in self._opt[key]]
        if "adam_t" in self._opt:
            state["adam_t"] = self._opt["adam_t"]
        state["shuffle"] = None if self._rng is None else self._rng.bit_generator.state
        return state

    def set_optimizer_state(self, state: dict) -> None:
        """Continue from ``state`` (as :meth:`get_optimizer_state` gives it; a part it lacks starts afresh)."""
        self._load_optimizer(checked_optimizer_state(self._sizes, self._method, self._seed, state))

    def set_method(self, **changes: object) -> None:
        """Change some of the method's settings (``rule=``, ``batch_size=``, ``loss=``, ``weight_decay=``,
        ``init=``, ``shuffle=``), checked together. The weights stay; when anything changed, the optimiser starts
        afresh (say so to the user)."""
        settings = {**vars(self._method), **changes}
        method = check_method(**settings, output_activation=self._acts[-1].name)
        if method != self._method:
            self._method = method
            self._reset_optimizer()

    def _reset_optimizer(self) -> None:
        self._load_optimizer(fresh_optimizer_state(self._sizes, self._method, self._seed))

    def _load_optimizer(self, state: dict) -> None:
        self._momenta = [np.array(d, dtype=np.float64) for d in state["momenta"]]
        self._opt = {key: [np.array(a, dtype=np.float64) for a in state[key]]
                     for key in OPTIMIZER_ARRAYS[1:] if key in state}
        if "adam_t" in state:
            self._opt["adam_t"] = state["adam_t"]
        self._rng = None
        if state["shuffle"] is not None:
            self._rng = shuffle_generator(self._seed)
            self._rng.bit_generator.state = state["shuffle"]

    def copy(self) -> Network:
        """An independent network with the same weights, optimiser state, settings and epoch count."""
        twin = Network(self._sizes, eta=self.eta, alpha=self.alpha, activations=self.activations, seed=0,
                       trainer=self.trainer, **vars(self._method))
        twin._seed = self._seed
        twin._weights = self.get_weights()
        twin.set_optimizer_state(self.get_optimizer_state())
        twin.epochs = self.epochs
        return twin

    # -- prediction --------------------------------------------------------------------------------

    def predict(self, inputs: object) -> np.ndarray:
        """Raw outputs: shape ``(n_out,)`` for one row of ``n_in`` inputs, ``(rows, n_out)`` for a batch."""
        x = np.asarray(inputs, dtype=np.float64)
        single = x.ndim == 1
        x = checked_data(x[None, :] if single else x, self._sizes[0], "inputs")
        out = self._forward_batch(x)
        return out[0] if single else out

    def predict_thresholded(self, inputs: object) -> np.ndarray:
        """Outputs as 0/1 integers: 1 where the raw output is above :attr:`threshold`."""
        return (self.predict(inputs) > self.threshold).astype(np.int64)

    def error(self, inputs: object, targets: object) -> float:
        """The epoch error of the table with no training and no change: the rows' RMS errors over their cared
        outputs, summed in order (the held-out rows' error, say)."""
        x, t = self.check_table(inputs, targets)
        with np.errstate(over="ignore", invalid="ignore"):
            e = np.where(np.isnan(t), 0.0, t - self._forward_products(x))
        cared = np.maximum((~np.isnan(t)).sum(axis=1), 1)
        return float(np.cumsum(np.sqrt((e * e).sum(axis=1) / cared))[-1])

    def _forward_products(self, x: np.ndarray) -> np.ndarray:
        """Forward pass for every row of ``x`` (rows, n_in), one matrix product per layer: the same outputs as
        :meth:`_forward_batch` to rounding (its sums in another order), several times faster on many rows. For
        the held-out rows' error after every epoch, where speed counts and no bit is compared with the article."""
        a = x
        for w, act in zip(self._weights, self._acts, strict=True):
            a = act.array(np.dot(a, w[:, :-1].T) + w[:, -1])
        return a

    def _forward_batch(self, x: np.ndarray) -> np.ndarray:
        """Forward pass for every row of ``x`` (rows, n_in), summing inputs left to right as the article."""
        a = x
        for w, act in zip(self._weights, self._acts, strict=True):
            total = np.zeros((a.shape[0], w.shape[0]))
            for j in range(a.shape[1]):
                total += a[:, j : j + 1] * w[:, j]
            total += w[:, -1]
            a = act.array(total)
        return a

    # -- training ----------------------------------------------------------------------------------

    def train_epoch(self, inputs: object, targets: object) -> float:
        """One pass over the rows in order; returns the epoch error (sum of the rows' RMS errors)."""
        return float(self.train(inputs, targets, 1)[0])

    def train(
        self, inputs: object, targets: object, epochs: int, *, stop_below: float | None = None
    ) -> np.ndarray:
        """Train ``epochs`` epochs; return each epoch's error, as that many :meth:`train_epoch` calls would.

        With ``stop_below`` training ends after the first epoch whose error is below it (the article's
        stop). Raises :class:`DivergenceError` when an error or weight becomes NaN or infinite.
        """
        errors, _ = self.train_chunk(inputs, targets, epochs, stop_below=stop_below)
        return errors

    def train_chunk(
        self,
        inputs: object,
        targets: object,
        epochs: int,
        *,
        stop_below: float | None = None,
        margin: float | None = None,
    ) -> tuple[np.ndarray, int]:
        """Like :meth:`train`, also ending after an epoch in which every row was correct with ``margin`` (judged on
        each row's outputs before its update, see :mod:`nndesk.engine.correctness`). Returns the errors and why
        training ended, one of the ``STOP_*`` codes of :mod:`nndesk.engine._codegen`."""
        x, t = self.check_table(inputs, targets)
        if isinstance(epochs, bool) or not isinstance(epochs, numbers.Integral) or epochs < 0:
            raise ValueError(translate("Network", "epochs must be a whole number of 0 or more, not {0!r}").format(
                epochs))
        if epochs > MAX_EPOCHS_PER_CALL:  # one error per epoch is returned: 10**12 of them would take 8 TB
            raise ValueError(translate("Network", "train returns one error per epoch, so it trains at most {0:,} "
                                                  "epochs a call (not {1:,}, which would need {2:,.0f} GB); call it "
                                                  "repeatedly, or use train_until with a StopRule(max_epochs=...)"
                                       ).format(MAX_EPOCHS_PER_CALL, epochs, epochs * 8 / 1e9))
        stop = -math.inf if stop_below is None else float(stop_below)
        if math.isnan(stop):
            raise ValueError(translate("Network", "stop_below must be a number, not NaN"))
        bounds = None if margin is None else self._margin_bounds(margin)
        batch = self._uses_batch()
        errors = np.empty(int(epochs))
        done, why = 0, _codegen.STOP_NONE
        while done < epochs and why == _codegen.STOP_NONE:
            piece = min(_PIECE, int(epochs) - done)
            if batch:
                chunk, why = self._run_batch(x, t, piece, stop, margin)
            else:
                chunk, why = self._run_piece(x, t, piece, stop, bounds)
            errors[done : done + len(chunk)] = chunk
            done += len(chunk)
            self.epochs += len(chunk)
            if why == _codegen.STOP_NONFINITE:
                raise DivergenceError(done, errors[:done], translate("Network", "the error became NaN or infinite"),
                                      self._advice(x, t))
            if not all(np.isfinite(w).all() for w in self._weights):
                raise DivergenceError(done, errors[:done], translate("Network", "a weight became NaN or infinite"),
                                      self._advice(x, t))
        return errors[:done], why

    def _advice(self, x: np.ndarray, t: np.ndarray) -> str:
        alpha = self.alpha if self.rule == "backprop" else 0.0  # Rprop and Adam have no momentum α
        return causes_text(likely_causes(self.eta, alpha, x, t))

    def check_table(self, inputs: object, targets: object) -> tuple[np.ndarray, np.ndarray]:
        """The training table as float64 arrays (rows, n_in) and (rows, n_out): see :func:`check_table`."""
        return check_table(self._sizes, inputs, targets)

    def _margin_bounds(self, margin: float) -> tuple[float, float]:
        return margin_bounds(self.threshold, check_rate(QT_TRANSLATE_NOOP("Network", "margin"), margin))

    def _run_piece(
        self, x: np.ndarray, t: np.ndarray, epochs: int, stop: float, bounds: tuple[float, float] | None
    ) -> tuple[np.ndarray, int]:
        if self._uses_codegen():
            return self._run_generated(x, t, epochs, stop, bounds)
        return self._run_numpy(x, t, epochs, stop, bounds)

    def _uses_batch(self) -> bool:
        """Whether the batch trainer does the work: asked for, or a method other than the article's."""
        if self.trainer == "batch" or (self.trainer == "auto" and not self._method.is_article):
            return True
        if not self._method.is_article:
            raise ValueError(translate("Network", "the {0} trainer trains the article's online method only, not {1}: "
                                                  "use the batch trainer (or auto)").format(
                self.trainer, self._method.describe()))
        return False

    def _run_batch(self, x: np.ndarray, t: np.ndarray, epochs: int, stop: float, margin: float | None
                   ) -> tuple[np.ndarray, int]:
        run = self._batch_trainer
        if run is None or run.key != (self._method, self.eta, self.alpha):  # its compiled epoch is kept till then
            run = self._batch_trainer = _batch.BatchTrainer(self._sizes, self._acts, self._method, self.eta,
                                                            self.alpha)
        run.load(self._weights, self._momenta, self._opt, self._rng)
        return run.run(x, t, epochs, stop, margin, self.threshold)

    def _uses_codegen(self) -> bool:
        if self.trainer != "auto":
            return self.trainer == "codegen"
        n_weights = sum(w.size for w in self._weights)
        return n_weights <= _CODEGEN_WEIGHTS_PER_LAYER * len(self._weights)

    def _run_generated(
        self, x: np.ndarray, t: np.ndarray, epochs: int, stop: float, bounds: tuple[float, float] | None
    ) -> tuple[np.ndarray, int]:
        signs = [-1.0 if _codegen.negated(act) else 1.0 for act in self._acts]  # negation is exact
        weights = [(s * w).ravel().tolist() for s, w in zip(signs, self._weights, strict=True)]
        momenta = [(s * d).ravel().tolist() for s, d in zip(signs, self._momenta, strict=True)]
        for safe in (False, True) if not self._overflowed else (True,):
            run, rows = self._trainer(x, t, bounds, safe)
            try:
                errors, new_w, new_d, why = run(weights, momenta, self.eta, self.alpha, epochs, stop, rows)
            except OverflowError:
                self._overflowed = True  # nothing was written: run the same piece again, guarded
                continue
            shapes = [w.shape for w in self._weights]
            self._weights = [s * np.reshape(w, shape) for s, w, shape in zip(signs, new_w, shapes, strict=True)]
            self._momenta = [s * np.reshape(d, shape) for s, d, shape in zip(signs, new_d, shapes, strict=True)]
            return np.array(errors, dtype=np.float64), why
        raise AssertionError("the guarded trainer cannot overflow")  # pragma: no cover

    def _trainer(
        self, x: np.ndarray, t: np.ndarray, bounds: tuple[float, float] | None, safe: bool
    ) -> tuple[Callable, tuple]:
        """The compiled trainer for this table (cached) and the rows argument it takes."""
        unroll = _codegen.estimated_lines(self._sizes, len(x)) <= _codegen.MAX_UNROLLED_LINES
        table_key = (x.shape, x.tobytes(), t.tobytes()) if unroll else bool(np.isnan(t).any())
        key = (table_key, bounds, safe)
        run = self._trainers.get(key)
        if run is None:
            rows = tuple(tuple(r) for r in np.hstack([x, t]).tolist()) if unroll else None
            plan = _codegen.Plan(self._sizes, self._acts, rows, len(x), bounds, safe, bool(np.isnan(t).any()))
            run = _codegen.compile_plan(plan)
            if len(self._trainers) >= 8:
                self._trainers.clear()
            self._trainers[key] = run
        rows_arg = () if unroll else _codegen.row_tuples(x, t, bounds, self.threshold)
        return run, rows_arg

    def _run_numpy(
        self, x: np.ndarray, t: np.ndarray, epochs: int, stop: float, bounds: tuple[float, float] | None
    ) -> tuple[np.ndarray, int]:
        """The same algorithm with numpy calls per layer (:mod:`nndesk.engine._codegen_numpy`), for networks too
        big for generated scalar code: exact to rounding, not bit for bit."""
        top, n_rows = len(self._weights), len(x)
        W, D, acts = self._weights, self._momenta, self._acts
        sigmoid = tuple(act.name == "sigmoid" for act in acts)
        x_aug = np.hstack([x, np.ones((n_rows, 1))])  # each row ends in the bias neuron's 1
        cared = ~np.isnan(t)  # False for a don't-care target: no error from it, never wrong
        out_errors = np.empty_like(t)  # target - output of every row in this epoch
        buffers = [
            list(x_aug),
            list((self.eta * x_aug)[:, None, :]),  # for the first layer's outer product
            list(np.where(cared, t, 0.0)),
            list(cared.astype(np.float64)),
            list(out_errors),
            out_errors,
            np.maximum(cared.sum(axis=1), 1).astype(np.float64),
            t > self.threshold,
            cared,
            *(bounds if bounds is not None else (0.0, 0.0)),
            np.array(self.eta),  # 0-d arrays: numpy converts a Python float on every call (~0.2 us)
            np.array(self.alpha),
        ]
        for w, d, act in zip(W, D, acts, strict=True):
            n = w.shape[0]
            s = np.empty(n)  # the weighted sums, then the gradients
            eta_g = np.empty((n, 1))
            layer_in = np.ones((1, n + 1))  # the next layer's input: these outputs and the bias neuron's 1
            buffers += [w, d, w[:, :-1], s, s[:, None], eta_g, eta_g[:, 0], np.empty_like(w), layer_in,
                        layer_in[0], layer_in[0, :-1], np.empty(n), act.array, act.derivative_array]
        run = _codegen_numpy.trainer(sigmoid, not cared.all(), bounds is not None)
        negated = [k for k in range(top) if sigmoid[k]]
        for k in negated:
            np.negative(W[k], W[k])
            np.negative(D[k], D[k])
        try:
            with np.errstate(over="ignore", invalid="ignore"):
                errors, why = run(epochs, stop, buffers)
        finally:
            for k in negated:
                np.negative(W[k], W[k])
                np.negative(D[k], D[k])
        return np.array(errors, dtype=np.float64), why
