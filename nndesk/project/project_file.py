"""Project files (``*.nndesk``): a user's table, network, settings, weights and error history as plain JSON.

The file is human-readable JSON with a format name and a version; older versions are upgraded by the
functions in :data:`MIGRATIONS`, one version step each. Nothing is ever unpickled or evaluated: every field
is read, checked and turned into a :class:`Project`, or loading stops with one :class:`ProjectError` whose
message names the field and what is wrong with it. Saving goes through :mod:`nndesk.project.safe_save`: a
temporary file renamed over the old one, and never over a device, a pipe or a folder.

Layout of version 1 (``null`` in a target cell is a don't-care, stored as NaN in the table)::

    {"format": "nndesk-project", "version": 1,
     "table": {"inputs": ["A", "B"], "targets": ["Sum", "Carry"], "rows": [[0, 0, 0, 0], ...]},
     "network": {"topology": [2, 3, 2], "activations": ["sigmoid", "sigmoid"]},
     "training": {"eta": 0.09, "alpha": 0.015, "seed": 1, "stop_rule": "error", "target_error": 0.01,
                  "margin": 0.1, "max_epochs": 5000000},
     "state": null | {"epochs": 1234, "initial_weights": [...], "weights": [...], "momenta": [...]},
     "history": {"epochs": [1, 2, ...], "errors": [0.98, 0.97, ...]},
     "name": "Half adder", "description": "..."}        (both optional: the preset files have them)

``weights[l]`` is a list of rows, shape ``(n[l+1], n[l] + 1)`` with the bias weight last, as in the engine.

Version 2 adds ``"run"``: what shaped the stored network besides the seed, so that ``nndesk check`` can replay
it from the seed and compare (a version-1 file migrates to a run without interventions)::

     "run": {"eta": 0.09, "alpha": 0.015,              (the settings epoch 1 was trained with)
             "interventions": [
                 {"epoch": 1200, "kind": "settings", "eta": 0.5, "alpha": 0.015},
                 {"epoch": 3000, "kind": "continue"},
                 {"epoch": 3000, "kind": "weights", "weights": [...], "momenta": [...]}],
             "interrupted": false}

An intervention at epoch ``e`` takes effect after epoch ``e`` (from epoch ``e + 1`` on): ``settings`` is η and α
changed (in the window while training, or by ``train --continue --eta``), ``continue`` a run resumed from a saved
file (nothing changes: a record only), ``weights`` weights and momenta set by hand. Interventions are in order
of their epochs. ``interrupted`` is true for a run stopped by Ctrl+C or SIGTERM (``train --continue`` resumes it).

Version 3 adds the training method (issue 15), the held-out rows and the optimiser's state (older files migrate
to the article's method, no test rows, no patience)::

     "method": {"rule": "backprop", "batch_size": 1, "loss": "squared", "weight_decay": 0.0,
                "init": "article", "shuffle": false,                (batch_size null: the whole table)
                "test_rows": [2, 6], "patience": null},             (rows numbered from 0; shown from 1)
     "state": {..., "optimizer": {"rprop_steps": [...], "rprop_gradients": [...],          (optional: what the
                                  "adam_m": [...], "adam_v": [...], "adam_t": 40,         method uses besides
                                  "shuffle": {numpy's PCG64 state}}}                       the momenta)

Version 4 adds an optional ``"lesson"`` section (issue 16): a project that is a lesson, with its title, steps,
goal, locked controls and hints (:mod:`nndesk.project.lesson_file`). Older files migrate unchanged (no lesson).

Version 5 adds the inputs the network sees and the dataset the table was generated from (issue 17; older files
migrate to no features and no dataset)::

     "features": ["x1", "x2", "x1^2", "sin(x1)"],     ([] : the table's inputs themselves; else the network's
                                                        inputs, derived from a table of the two inputs x1, x2)
     "dataset": null | {"kind": "spiral", "samples": 500, "noise": 0.0, "test_fraction": 0.5, "seed": 1}
"""

from __future__ import annotations

import itertools
import json
import math
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

from nndesk.engine import ACTIVATIONS, Network
from nndesk.engine.methods import INITS, LOSSES, RULES, Method, check_method
from nndesk.engine.network import MAX_LAYERS, MAX_NEURONS_PER_LAYER, MAX_WEIGHTS, draw_weights, weight_count
from nndesk.engine.wording import counted_noun, translate
from nndesk.project.csv_io import BOMS, read_limited
from nndesk.project.datasets import DatasetSpec, check_features, check_spec
from nndesk.project.held_out import check_test_rows
from nndesk.project.lesson_file import Lesson, LessonError, read_lesson
from nndesk.project.safe_save import save_bytes, shown_name
from nndesk.project.training_settings import STOP_RULES, TrainingSettings
from nndesk.project.truth_table import MAX_COLUMNS, MAX_ROWS, MAX_VALUES, TruthTable, shown_text

FORMAT = "nndesk-project"
VERSION = 5
SUFFIX = ".nndesk"
HISTORY_LIMIT = 20_000  # points kept of the error history; longer ones keep each block's lowest and highest
SEED_LIMIT = 2**32  # the engine's seeds (numpy's legacy generator); the window's seed box stops at 2**31 - 1
# Larger files are refused before they are read (parsed JSON takes several times the file's size in
# memory). What nndesk writes stays far below: 100,000 rows of a dozen 0/1 columns take 4 MB, and the
# weights of the largest network the window makes (about a million) take about 60 MB with their momenta.
MAX_FILE_BYTES = 100_000_000
MAX_DIGITS = 300  # a whole number with more digits is no number a project holds (and not a float)
EPOCH_LIMIT = 10**15
MAX_EPOCHS_LIMIT = 10**12  # the largest "max_epochs" a file holds (the window's box stops far below)
MAX_INTERVENTIONS = 100_000
INTERVENTION_KINDS = ("settings", "continue", "weights")


class ProjectError(Exception):
    """A project file that cannot be opened or saved; ``str(error)`` is a message for the user."""


class _Refused(ValueError):
    """A value the JSON parser met that no project holds; ``str(error)`` says which."""


@dataclass(frozen=True)
class History:
    """Epoch errors to plot: ``errors[i]`` is the error of epoch ``epochs[i]``; epochs strictly increase."""

    epochs: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    errors: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.float64))

    def __len__(self) -> int:
        return len(self.epochs)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, History):
            return NotImplemented
        return np.array_equal(self.epochs, other.epochs) and np.array_equal(self.errors, other.errors, equal_nan=True)

    def contiguous(self) -> tuple[int, np.ndarray]:
        """(first epoch, one error per epoch up to the last): the gaps of a thinned history filled with the
        value of the kept point before them, so a plot of it has the same peaks as the original run."""
        if len(self) == 0:
            return 1, np.zeros(0)
        first = int(self.epochs[0])
        every = np.arange(first, int(self.epochs[-1]) + 1)
        return first, self.errors[np.searchsorted(self.epochs, every, side="right") - 1]


@dataclass(frozen=True)
class NetworkState:
    """A trained (or partly trained) network: its weights, momenta and epoch count, engine shapes."""

    epochs: int
    initial_weights: tuple[np.ndarray, ...]
    weights: tuple[np.ndarray, ...]
    momenta: tuple[np.ndarray, ...]

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, NetworkState):
            return NotImplemented
        return self.epochs == other.epochs and all(
            len(a) == len(b) and all(np.array_equal(x, y) for x, y in zip(a, b, strict=True))
            for a, b in ((self.initial_weights, other.initial_weights), (self.weights, other.weights),
                         (self.momenta, other.momenta)))


@dataclass(frozen=True)
class Intervention:
    """Something that shaped a run besides its seed, after epoch ``epoch`` (see the module's docstring).

    ``kind`` is "settings" (``eta``, ``alpha`` set), "continue" (a record only) or "weights" (``weights`` and
    ``momenta`` set, engine shapes).
    """

    epoch: int
    kind: str
    eta: float | None = None
    alpha: float | None = None
    weights: tuple[np.ndarray, ...] | None = None
    momenta: tuple[np.ndarray, ...] | None = None

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Intervention):
            return NotImplemented
        same = (self.epoch, self.kind, self.eta, self.alpha) == (other.epoch, other.kind, other.eta, other.alpha)
        return same and all(_same_matrices(a, b) for a, b in ((self.weights, other.weights),
                                                              (self.momenta, other.momenta)))


def _same_matrices(a: Sequence[np.ndarray] | None, b: Sequence[np.ndarray] | None) -> bool:
    if a is None or b is None:
        return a is b
    return len(a) == len(b) and all(np.array_equal(x, y) for x, y in zip(a, b, strict=True))


@dataclass(frozen=True)
class RunRecord:
    """How the stored network was trained from its seed: the starting η and α, then the interventions.

    ``eta``/``alpha`` None means "the project's own" (a fresh run, or a file of version 1).
    """

    eta: float | None = None
    alpha: float | None = None
    interventions: tuple[Intervention, ...] = ()
    interrupted: bool = False

    def settings_after(self, epoch: int, default: tuple[float, float]) -> tuple[float, float]:
        """(η, α) in effect for the epochs after ``epoch`` (``default`` where the record names none)."""
        eta = default[0] if self.eta is None else self.eta
        alpha = default[1] if self.alpha is None else self.alpha
        for step in self.interventions:
            if step.epoch <= epoch and step.kind == "settings":
                eta, alpha = step.eta, step.alpha
        return eta, alpha

    def with_settings(self, epoch: int, eta: float, alpha: float, default: tuple[float, float]) -> RunRecord:
        """This record with η, α set after ``epoch`` (nothing added when they are already those)."""
        if epoch == 0:
            return replace(self, eta=eta, alpha=alpha)
        if self.settings_after(epoch, default) == (eta, alpha):
            return self
        steps = list(self.interventions)
        if steps and steps[-1].epoch == epoch and steps[-1].kind == "settings":
            steps.pop()  # changed twice between the same two epochs: only the last value took effect
        return replace(self, interventions=(*steps, Intervention(epoch, "settings", eta=eta, alpha=alpha)))

    def with_step(self, step: Intervention) -> RunRecord:
        return replace(self, interventions=(*self.interventions, step))

    def pinned(self, default: tuple[float, float]) -> RunRecord:
        """This record with its starting η and α written out (before the project's own settings change)."""
        return replace(self, eta=default[0] if self.eta is None else self.eta,
                       alpha=default[1] if self.alpha is None else self.alpha)


@dataclass(frozen=True)
class Project:
    """Everything a project file holds. ``topology`` counts neurons from the inputs to the outputs.

    ``state`` is None for a network at epoch 0 whose weights are the seed's (nothing to store).
    """

    table: TruthTable
    topology: tuple[int, ...]
    activations: tuple[str, ...]
    training: TrainingSettings = field(default_factory=TrainingSettings)
    state: NetworkState | None = None
    history: History = field(default_factory=History)
    name: str = ""  # optional: a preset's name for its menu
    description: str = ""  # optional: one line saying what the table computes
    # The optimiser's state beside the momenta (Rprop's, Adam's, the shuffle's; see Network.get_optimizer_state),
    # or None. Not compared: it holds arrays, and it follows from the state (NetworkState) it belongs to.
    optimizer: dict | None = field(default=None, compare=False)
    run: RunRecord = field(default_factory=RunRecord)  # how ``state`` came from the seed (format version 2)
    lesson: Lesson | None = None  # a lesson's text, goal and locks (format version 4)
    # What the network sees (nndesk.project.datasets.FEATURES; () : the table's inputs) and the dataset the table
    # was generated from (None: typed, opened or drawn). Format version 5.
    features: tuple[str, ...] = ()
    dataset: DatasetSpec | None = None

    @property
    def hidden(self) -> tuple[int, ...]:
        return self.topology[1:-1]

    # Shorthands for reading the training settings (change them with ``with_training``).
    eta = property(lambda self: self.training.eta)
    alpha = property(lambda self: self.training.alpha)
    seed = property(lambda self: self.training.seed)
    stop_rule = property(lambda self: self.training.stop_rule)
    target_error = property(lambda self: self.training.target_error)
    margin = property(lambda self: self.training.margin)
    max_epochs = property(lambda self: self.training.max_epochs)
    method = property(lambda self: self.training.method)  # nndesk.engine.methods.Method (issue 15)
    test_rows = property(lambda self: self.training.test_rows)  # held-out rows, 0-based
    patience = property(lambda self: self.training.patience)

    def with_training(self, **changes: object) -> Project:
        """This project with some training settings changed: ``project.with_training(eta=0.5, seed=3)``."""
        return replace(self, training=replace(self.training, **changes))

    def network(self) -> Network:
        """A network in the saved state: same weights, optimiser state and epoch count (or fresh from the seed)."""
        net = Network(self.topology, eta=self.eta, alpha=self.alpha, seed=self.seed, activations=self.activations,
                      **self.training.network_options())
        if self.state is not None:
            net.set_weights(self.state.weights)
            net.set_optimizer_state({**(self.optimizer or {}), "momenta": self.state.momenta})
            net.epochs = self.state.epochs
        return net

    def with_network(self, net: Network, history: History | None = None) -> Project:
        """This project holding ``net``'s topology, settings and state (weights that are not finite, after a
        divergence, are not kept: the project then reopens at epoch 0)."""
        weights = net.get_weights()
        state, optimizer = None, None
        initial = draw_weights(net.topology, net.seed, net.init)
        edited = not all(np.array_equal(w, w0) for w, w0 in zip(weights, initial, strict=True))  # set by hand
        if (net.epochs > 0 or edited) and all(np.isfinite(w).all() for w in weights):
            state = NetworkState(net.epochs, tuple(initial), tuple(weights), tuple(net.get_momenta()))
            optimizer = {k: v for k, v in net.get_optimizer_state().items() if k != "momenta" and v is not None}
        run = self.run if state is not None else RunRecord()  # back at epoch 0: nothing shaped it yet
        training = replace(self.training, eta=net.eta, alpha=net.alpha,
                           seed=self.seed if net.seed is None else net.seed, method=net.method)
        return replace(self, topology=tuple(net.topology), activations=tuple(net.activations), training=training,
                       state=state, history=self.history if history is None else history, run=run,
                       optimizer=optimizer or None)

    def run_settings(self) -> tuple[float, float]:
        """(η, α) that epoch 1 of the stored run was trained with."""
        return self.run.settings_after(0, (self.eta, self.alpha))


# ==================================================================================== history thinning
def thin_history(epochs: np.ndarray, errors: np.ndarray, limit: int = HISTORY_LIMIT) -> History:
    """At most ``limit`` points of a history, keeping the first, the last and every block's min and max.

    ``epochs`` (ints, increasing) and ``errors`` are 1-D of the same length. NaN/inf errors (a diverged
    run) are kept where they fall on a kept point.
    """
    epochs = np.asarray(epochs, dtype=np.int64).ravel()
    errors = np.asarray(errors, dtype=np.float64).ravel()
    keep = _kept_points(errors, limit)
    return History(epochs[keep], errors[keep])


def history_from_plot(first_epoch: int, errors: np.ndarray) -> History:
    """The thinned history of a plot buffer holding one error per epoch from ``first_epoch`` on."""
    errors = np.asarray(errors, dtype=np.float64).ravel()
    keep = _kept_points(errors, HISTORY_LIMIT)
    return History(keep.astype(np.int64) + first_epoch, errors[keep])


def history_from_points(epochs: np.ndarray, errors: np.ndarray) -> History:
    """The thinned history of (epoch, error) points whose epochs strictly increase (a long run's plot
    keeps its old epochs as block minima and maxima: see ``ErrorBuffer.points``)."""
    epochs = np.asarray(epochs, dtype=np.int64).ravel()
    errors = np.asarray(errors, dtype=np.float64).ravel()
    keep = _kept_points(errors, HISTORY_LIMIT)
    return History(epochs[keep], errors[keep])


def _kept_points(errors: np.ndarray, limit: int) -> np.ndarray:
    """Indices of the points to keep: all when there are at most ``limit``, else the first, the last and
    the lowest and highest of each of (limit - 2) // 2 equal blocks (the last block may be shorter)."""
    n = len(errors)
    if n <= limit:
        return np.arange(n)
    size = -(-n // max(1, (limit - 2) // 2))  # ceiling division: at most that many blocks
    full = n - n % size
    parts = [np.array([0, n - 1])]
    for start, block in ((0, errors[:full].reshape(-1, size)), (full, errors[full:].reshape(1, -1))):
        if block.size == 0:
            continue
        nan = np.isnan(block)
        low_src = np.where(nan, np.inf, block) if nan.any() else block  # NaN would win argmin/argmax
        high_src = np.where(nan, -np.inf, block) if nan.any() else block
        starts = start + np.arange(block.shape[0]) * block.shape[1]
        parts += [low_src.argmin(axis=1) + starts, high_src.argmax(axis=1) + starts]
    kept = np.sort(np.concatenate(parts))  # not np.unique: its first call imports numpy.ma, 40 ms at a Pause
    return kept[np.concatenate(([True], kept[1:] != kept[:-1]))]


# ==================================================================================== writing
def to_json(project: Project) -> dict:
    """The JSON object of ``project`` (strict JSON: NaN becomes null)."""
    t = project.table
    data = {
        "format": FORMAT,
        "version": VERSION,
        "table": {"inputs": list(t.input_names), "targets": list(t.target_names),
                  "rows": [[_cell(v) for v in row] for row in t.rows]},
        "network": {"topology": list(project.topology), "activations": list(project.activations)},
        "training": project.training.to_json(),
        "state": None,
        "history": {"epochs": project.history.epochs.tolist(),
                    "errors": [_number_or_null(v) for v in project.history.errors.tolist()]},
    }
    for key in ("name", "description"):
        if getattr(project, key):
            data[key] = getattr(project, key)
    eta, alpha = project.run_settings()
    steps = [_intervention_json(i) for i in project.run.interventions]
    data["run"] = {"eta": eta, "alpha": alpha, "interventions": steps, "interrupted": project.run.interrupted}
    data["method"] = project.training.method_json()
    data["features"] = list(project.features)
    data["dataset"] = None if project.dataset is None else vars(project.dataset)
    s = project.state
    if s is not None:
        data["state"] = {"epochs": s.epochs, "initial_weights": [w.tolist() for w in s.initial_weights],
                         "weights": [w.tolist() for w in s.weights], "momenta": [m.tolist() for m in s.momenta]}
        if project.optimizer:
            data["state"]["optimizer"] = _optimizer_json(project.optimizer)
    if project.lesson is not None:
        data["lesson"] = project.lesson.to_json()
    return data


def _optimizer_json(optimizer: dict) -> dict:
    out: dict = {}
    for key, value in optimizer.items():
        if value is None:
            continue
        out[key] = [np.asarray(a).tolist() for a in value] if isinstance(value, list | tuple) else value
    return out


def _intervention_json(step: Intervention) -> dict:
    data: dict = {"epoch": step.epoch, "kind": step.kind}
    if step.kind == "settings":
        data.update(eta=step.eta, alpha=step.alpha)
    elif step.kind == "weights":
        data.update(weights=[w.tolist() for w in step.weights], momenta=[m.tolist() for m in step.momenta])
    return data


def dumps(project: Project) -> str:
    """The project file's text: objects and lists of lists one item a line, a list of numbers on one line
    (a table row, a weight matrix's row, the history): readable, and about a third of the size of one number
    a line."""
    return _layout(to_json(project), 0) + "\n"


# json.dumps holds the GIL for the whole list it is given: an autosave thread encoding a history of 20,000
# numbers in one call would stall the GUI for milliseconds. Lists of numbers are encoded this many at a time.
_CHUNK = 1000


def _layout(value: object, depth: int) -> str:
    pad, inner = " " * depth, " " * (depth + 1)
    if isinstance(value, dict) and value:
        items = (f"{inner}{json.dumps(k)}: {_layout(v, depth + 1)}" for k, v in value.items())
        return "{\n" + ",\n".join(items) + f"\n{pad}}}"
    if isinstance(value, list) and any(isinstance(v, list | dict) for v in value):
        return "[\n" + ",\n".join(inner + _layout(v, depth + 1) for v in value) + f"\n{pad}]"
    if isinstance(value, list) and len(value) > _CHUNK:  # a long history: see _CHUNK
        return "[" + ", ".join(_layout(value[i:i + _CHUNK], depth)[1:-1] for i in range(0, len(value), _CHUNK)) + "]"
    return json.dumps(value, allow_nan=False, separators=(", ", ": "))


def save_project(project: Project, path: str | os.PathLike[str]) -> None:
    """Write ``project`` to ``path`` atomically; raises ProjectError saying why it could not be saved.

    Through :func:`nndesk.project.safe_save.save_bytes`: a temporary file in the same folder replaces ``path``
    in one step, so a failure at any point leaves the old file as it was; a replaced file keeps its
    permissions; a symbolic link is followed; a folder, device, FIFO or socket at ``path`` is refused.
    """
    path = Path(path)
    text = dumps(project).encode("utf-8")  # before touching the disk: an unwritable value leaves no half file
    if len(text) > MAX_FILE_BYTES:  # nndesk could not open it again
        raise ProjectError(translate("ProjectFile", "Could not save {0}: it would take {1:,.0f} MB, more than the "
                                                    "{2:,} MB nndesk opens. The file on disk was not changed.").format(
            shown_name(path), len(text) / 1e6, MAX_FILE_BYTES // 10**6))
    try:
        save_bytes(path, text)
    except OSError as exc:
        raise _save_error(path, exc) from None


def _save_error(path: Path, exc: OSError) -> ProjectError:
    reason = exc.strerror or str(exc)
    return ProjectError(translate("ProjectFile", "Could not save {0}: {1}. The file on disk was not changed.").format(
        shown_name(path), reason))


def _number_or_null(v: float) -> float | None:
    return v if math.isfinite(v) else None


def _cell(v: float) -> float | int | None:
    """A table cell as JSON: a whole number without ".0" (a 0/1 table takes half the space), -0.0 kept."""
    if v != v:
        return None
    if v.is_integer() and abs(v) < 2**53 and (v != 0 or math.copysign(1.0, v) > 0):
        return int(v)
    return v


# ==================================================================================== reading
def load_project(path: str | os.PathLike[str]) -> Project:
    """Read and check a project file; raises ProjectError with a message naming the file and the problem."""
    path = Path(path)
    try:
        raw = read_limited(path, MAX_FILE_BYTES)
    except OSError as exc:
        raise ProjectError(translate("ProjectFile", "Cannot open {0}: {1}").format(path.name,
                                                                              exc.strerror or exc)) from None
    except ValueError as exc:
        raise ProjectError(translate("ProjectFile", "Cannot open {0}: {1}").format(path.name, exc)) from None
    try:
        return loads(raw)
    except ProjectError as exc:
        raise ProjectError(translate("ProjectFile", "Cannot open {0}: {1}").format(path.name, exc)) from None


def loads(text: str | bytes) -> Project:
    """The project in ``text`` (JSON), upgraded to the current version; raises ProjectError."""
    if isinstance(text, bytes):
        text = _decoded(text)
    text = text.lstrip("\ufeff")  # a byte-order mark saved twice (json would say "decode using utf-8-sig")
    try:
        data = json.loads(text, parse_constant=_refuse_constant, parse_int=_whole_number, parse_float=_real)
    except json.JSONDecodeError as exc:
        raise ProjectError(translate("ProjectFile", "it is not valid JSON (line {0}, column {1}: {2})").format(
            exc.lineno, exc.colno, exc.msg)) from None
    except _Refused as exc:
        raise ProjectError(str(exc)) from None
    except RecursionError:
        raise ProjectError(translate("ProjectFile", "it is nested too deeply to be a project")) from None
    return from_json(migrate(data))


def _decoded(raw: bytes) -> str:
    """The text of a project file: UTF-8 as nndesk writes it; UTF-16/32 with a byte-order mark, as an editor
    may save it, is read too (JSON allows them)."""
    for bom, encoding in BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(encoding)
            except UnicodeDecodeError:
                name = encoding.upper().removesuffix("-SIG")
                raise ProjectError(translate("ProjectFile", "it is not a text file (it starts as {0} but is damaged "
                                                            "further on)").format(name)) from None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ProjectError(translate("ProjectFile", "it is not a text file (not UTF-8)")) from None


def _refuse_constant(name: str) -> float:
    raise _Refused(translate("ProjectFile", "it contains {0}, which is not a number JSON allows").format(name))


def _whole_number(text: str) -> int:
    if len(text) > MAX_DIGITS:
        raise _Refused(translate("ProjectFile", "it contains a whole number of {0:,} digits, more than any project "
                                                "holds").format(len(text)))
    return int(text)


def _real(text: str) -> float:
    v = float(text)
    if not math.isfinite(v):
        raise _Refused(translate("ProjectFile", "it contains the number {0}, too large for nndesk").format(
            shown_text(text)))
    return v


def migrate(data: object) -> dict:
    """Upgrade the JSON object of any known version to :data:`VERSION`, one step at a time."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ProjectError(translate("ProjectFile", "it is not an nndesk project (the \"format\" field is not "
                                                    "\"nndesk-project\")"))
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise ProjectError(translate("ProjectFile", "the \"version\" field must be a whole number"))
    if version > VERSION:
        raise ProjectError(translate("ProjectFile", "it was saved by a newer nndesk (file version {0}; this version "
                                                    "reads up to {1}). Update nndesk to open it").format(
            version, VERSION))
    while version < VERSION:
        step = MIGRATIONS.get(version)
        if step is None:
            raise ProjectError(translate("ProjectFile", "file version {0} is not one nndesk ever wrote").format(
                version))
        _check_claimed_version(data, version)
        try:
            data = step(data)
        except (TypeError, ValueError, KeyError, AttributeError, IndexError):
            # a step only moves fields; one this damaged is named by the checks of the current version,
            # so this is a last guard that keeps a broken old file from ever showing a traceback
            raise ProjectError(translate("ProjectFile", "its fields (file version {0}) are damaged and cannot be "
                                                        "upgraded").format(version)) from None
        version = data["version"]
    return data


# Sections that first appeared in a version: a file claiming an older version but holding them was labelled wrong
_FIRST_SEEN = {"table": 1, "network": 1, "training": 1, "state": 1, "history": 1, "run": 2, "method": 3,
               "lesson": 4}  # "features" and "dataset" (5) are written empty too: no sign of a later layout


def _check_claimed_version(data: dict, version: int) -> None:
    """Refuse a file whose layout is that of a later version than the one it claims (its label was edited)."""
    newer = sorted((v, key) for key, v in _FIRST_SEEN.items() if key in data and v > version)
    if newer:
        v, key = newer[-1]
        raise ProjectError(translate("ProjectFile", "its content does not match the version it claims: it says file "
                                                    "version {0}, but it is laid out as version {1} (it has a \"{2}\" "
                                                    "section). Correct its \"version\" field").format(version, v, key))


def _v0_to_v1(data: dict) -> dict:
    """Version 0 (the first drafts) kept everything at the top level and had sigmoid neurons only:
    ``{"inputs", "targets", "rows", "hidden", "eta", "alpha", "seed", "target_error", "max_epochs",
    "epochs", "weights"}``. Version 1 groups the fields and names each layer's activation."""
    hidden = data.get("hidden", [])
    inputs, targets = data.get("inputs", []), data.get("targets", [])
    sizes_known = isinstance(hidden, list) and isinstance(inputs, list) and isinstance(targets, list)
    topology = [len(inputs), *hidden, len(targets)] if sizes_known else hidden  # else: refused as invalid below
    n_layers = len(topology) - 1 if isinstance(topology, list) else 0
    weights = data.get("weights")
    state = None
    if weights is not None:
        state = {"epochs": data.get("epochs", 0), "initial_weights": weights, "weights": weights,
                 "momenta": _zeros_like(weights)}
    return {
        "format": FORMAT,
        "version": 1,
        "table": {"inputs": inputs, "targets": targets, "rows": data.get("rows")},
        "network": {"topology": topology, "activations": ["sigmoid"] * n_layers},
        "training": {"eta": data.get("eta", 0.09), "alpha": data.get("alpha", 0.015), "seed": data.get("seed", 1),
                     "stop_rule": "error", "target_error": data.get("target_error", 0.01), "margin": 0.1,
                     "max_epochs": data.get("max_epochs", 5_000_000)},
        "state": state,
        "history": {"epochs": [], "errors": []},
    }


def _zeros_like(matrices: object) -> object:
    """Zero momenta of the shape of ``matrices`` (lists of rows); anything else as it is, for the checks."""
    if isinstance(matrices, list) and all(isinstance(m, list) and all(isinstance(r, list) for r in m)
                                          for m in matrices):
        return [[[0.0] * len(r) for r in m] for m in matrices]
    return matrices


def _v1_to_v2(data: dict) -> dict:
    """Version 2 adds the record of the run ("run"); a version-1 file records no intervention, and its run
    started with the settings it holds."""
    training = data.get("training")
    known = isinstance(training, dict)
    run = {"eta": training.get("eta") if known else None, "alpha": training.get("alpha") if known else None,
           "interventions": [], "interrupted": False}
    return {**data, "version": 2, "run": run}


def _v2_to_v3(data: dict) -> dict:
    """Version 3 adds the training method ("method"): an older file trained by the article's online rule, from
    the article's initial weights, on every row of its table."""
    method = {"rule": "backprop", "batch_size": 1, "loss": "squared", "weight_decay": 0.0, "init": "article",
              "shuffle": False, "test_rows": [], "patience": None}
    return {**data, "version": 3, "method": method}


def _v3_to_v4(data: dict) -> dict:
    """Version 4 adds the optional "lesson" section: an older file is no lesson."""
    return {**data, "version": 4}


def _v4_to_v5(data: dict) -> dict:
    """Version 5 adds the network's input features and the generating dataset: an older file's network sees the
    table's inputs, and its table was not generated."""
    return {**data, "version": 5, "features": [], "dataset": None}


# version -> function turning that version's JSON object into the next version's
MIGRATIONS: dict[int, Callable[[dict], dict]] = {0: _v0_to_v1, 1: _v1_to_v2, 2: _v2_to_v3, 3: _v3_to_v4,
                                                 4: _v4_to_v5}


def from_json(data: dict) -> Project:
    """A checked Project from the current version's JSON object; raises ProjectError naming the field."""
    table = _read_table(_obj(data, "table", "table"))
    features = _read_features(data.get("features"), table)
    network = _obj(data, "network", "network")
    topology = _read_topology(network.get("topology"), table, len(features) or table.n_inputs)
    activations = _read_activations(network.get("activations"), len(topology) - 1)
    training = _obj(data, "training", "training")
    project = Project(
        table=table,
        topology=topology,
        activations=activations,
        training=_read_training(training),
        history=_read_history(data.get("history")),
        name=_text(data, "name"),
        description=_text(data, "description"),
        features=features,
        dataset=_read_dataset(data.get("dataset")),
    )
    project = project.with_training(**_read_method(data.get("method"), project))
    state = data.get("state")
    if state is not None:
        project = replace(project, state=_read_state(state, topology))
        project = replace(project, optimizer=_read_optimizer(state.get("optimizer"), project))
    run = _read_run(data.get("run"), topology)
    if (run.eta, run.alpha) == (project.eta, project.alpha):
        run = replace(run, eta=None, alpha=None)  # "the project's own": what a run saved unchanged holds
    return replace(project, run=run, lesson=_read_lesson(data.get("lesson")))


def _read_lesson(value: object) -> Lesson | None:
    if value is None:
        return None
    try:
        return read_lesson(value)
    except LessonError as exc:
        raise ProjectError(str(exc)) from None


def _read_method(value: object, project: Project) -> dict:
    """The method, test rows and patience of the "method" section, checked as the engine checks them."""
    if not isinstance(value, dict):
        raise ProjectError(translate("ProjectFile", "the \"method\" section is missing or is not an object"))
    settings = {key: value.get(key, default) for key, default in vars(Method()).items()}
    for key, choices in (("rule", RULES), ("loss", LOSSES), ("init", INITS)):  # each value first, briefly shown
        _choice(settings, key, f"method.{key}", choices)
    if settings["batch_size"] is not None:
        _whole(settings, "batch_size", "method.batch_size", 1, MAX_ROWS)
    _number(settings, "weight_decay", "method.weight_decay")
    if not isinstance(settings["shuffle"], bool):
        raise ProjectError(translate("ProjectFile", "\"method.shuffle\" must be true or false, not {0}").format(
            _shown(settings['shuffle'])))
    try:
        method = check_method(**settings, output_activation=project.activations[-1])
    except ValueError as exc:
        raise ProjectError(translate("ProjectFile", "\"method\": {0}").format(exc)) from None
    rows = _list(value.get("test_rows", []), "method.test_rows")
    if not all(isinstance(r, int) and not isinstance(r, bool) for r in rows):
        raise ProjectError(translate("ProjectFile", "\"method.test_rows\" must be a list of row numbers (from 0)"))
    try:
        test_rows = check_test_rows(rows, project.table.n_rows)
    except ValueError as exc:
        raise ProjectError(translate("ProjectFile", "\"method.test_rows\": {0}").format(exc)) from None
    patience = value.get("patience")
    if patience is not None:
        patience = _whole(value, "patience", "method.patience", 1, MAX_EPOCHS_LIMIT)
    return {"method": method, "test_rows": test_rows, "patience": patience}


def _read_optimizer(value: object, project: Project) -> dict | None:
    """The optimiser's state beside the momenta, checked by the engine (None when the file has none)."""
    if value is None:
        return None
    if not isinstance(value, dict):
        raise ProjectError(translate("ProjectFile", "\"state.optimizer\" must be an object"))
    try:
        net = replace(project, optimizer=value).network()
    except (ValueError, TypeError) as exc:
        raise ProjectError(translate("ProjectFile", "\"state.optimizer\": {0}").format(exc)) from None
    state = net.get_optimizer_state()
    return {k: v for k, v in state.items() if k != "momenta" and v is not None} or None


def _read_run(value: object, topology: tuple[int, ...]) -> RunRecord:
    if value is None:
        return RunRecord()
    if not isinstance(value, dict):
        raise ProjectError(translate("ProjectFile", "the \"run\" section must be an object"))
    steps = _list(value.get("interventions", []), "run.interventions")
    if len(steps) > MAX_INTERVENTIONS:
        raise ProjectError(translate("ProjectFile", "\"run.interventions\" lists {0:,}; nndesk reads at most "
                                                    "{1:,}").format(len(steps), MAX_INTERVENTIONS))
    interventions = tuple(_read_intervention(step, f"run.interventions[{k}]", topology) for k, step in enumerate(steps))
    if any(b.epoch < a.epoch for a, b in itertools.pairwise(interventions)):
        raise ProjectError(translate("ProjectFile", "\"run.interventions\" must be in the order of their epochs"))
    interrupted = value.get("interrupted", False)
    if not isinstance(interrupted, bool):
        raise ProjectError(translate("ProjectFile", "\"run.interrupted\" must be true or false, not {0}").format(
            _shown(interrupted)))
    return RunRecord(eta=_number(value, "eta", "run.eta"), alpha=_number(value, "alpha", "run.alpha"),
                     interventions=interventions, interrupted=interrupted)


def _read_intervention(value: object, where: str, topology: tuple[int, ...]) -> Intervention:
    if not isinstance(value, dict):
        raise ProjectError(translate("ProjectFile", "\"{0}\" must be an object").format(where))
    epoch = _whole(value, "epoch", f"{where}.epoch", 0, EPOCH_LIMIT)
    kind = _choice(value, "kind", f"{where}.kind", INTERVENTION_KINDS)
    if kind == "settings":
        return Intervention(epoch, kind, eta=_number(value, "eta", f"{where}.eta"),
                            alpha=_number(value, "alpha", f"{where}.alpha"))
    if kind == "weights":
        return Intervention(epoch, kind, weights=_read_matrices(value.get("weights"), f"{where}.weights", topology),
                            momenta=_read_matrices(value.get("momenta"), f"{where}.momenta", topology))
    return Intervention(epoch, kind)


def _read_training(training: dict) -> TrainingSettings:
    return TrainingSettings(
        eta=_number(training, "eta", "training.eta"),
        alpha=_number(training, "alpha", "training.alpha"),
        seed=_whole(training, "seed", "training.seed", 0, SEED_LIMIT - 1),
        stop_rule=_choice(training, "stop_rule", "training.stop_rule", STOP_RULES),
        target_error=_number(training, "target_error", "training.target_error"),
        margin=_number(training, "margin", "training.margin"),
        max_epochs=_whole(training, "max_epochs", "training.max_epochs", 1, MAX_EPOCHS_LIMIT),
    )


def _text(data: dict, key: str) -> str:
    value = data.get(key, "")
    if not isinstance(value, str) or len(value) > 500:
        raise ProjectError(translate("ProjectFile", "\"{0}\" must be text of at most 500 characters").format(key))
    if shown_text(value, len(value)) != value:
        raise ProjectError(translate("ProjectFile", "\"{0}\" must be one line of text, without control "
                                                    "characters").format(key))
    return value


def _shown(value: object) -> str:
    """A JSON value quoted in a message: as JSON, control characters escaped, cut to a few dozen characters."""
    return shown_text(json.dumps(value), 40)


def _obj(data: dict, key: str, where: str) -> dict:
    value = data.get(key)
    if not isinstance(value, dict):
        raise ProjectError(translate("ProjectFile", "the \"{0}\" section is missing or is not an object").format(where))
    return value


def _list(value: object, where: str) -> list:
    if not isinstance(value, list):
        raise ProjectError(translate("ProjectFile", "\"{0}\" must be a list").format(where))
    return value


def _is_number(v: object) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool)


def _number(data: dict, key: str, where: str) -> float:
    v = data.get(key)
    if not _is_number(v) or not math.isfinite(v) or v < 0:
        raise ProjectError(translate("ProjectFile", "\"{0}\" must be a number of 0 or more, not {1}").format(
            where, _shown(v)))
    return float(v)


def _whole(data: dict, key: str, where: str, lo: int, hi: int) -> int:
    v = data.get(key)
    if not isinstance(v, int) or isinstance(v, bool) or not lo <= v <= hi:
        raise ProjectError(translate("ProjectFile", "\"{0}\" must be a whole number from {1:,} to {2:,}, not "
                                                    "{3}").format(where, lo, hi, _shown(v)))
    return v


def _choice(data: dict, key: str, where: str, choices: Sequence[str]) -> str:
    v = data.get(key)
    if v not in choices:
        raise ProjectError(translate("ProjectFile", "\"{0}\" must be one of {1}, not {2}").format(
            where, ', '.join(choices), _shown(v)))
    return v


def _read_table(data: dict) -> TruthTable:
    inputs = _list(data.get("inputs"), "table.inputs")
    targets = _list(data.get("targets"), "table.targets")
    rows = _list(data.get("rows"), "table.rows")
    width = len(inputs) + len(targets)
    if width > MAX_COLUMNS:
        raise ProjectError(translate("ProjectFile", "the table has {0:,} columns; nndesk works with at most "
                                                    "{1:,}").format(width, MAX_COLUMNS))
    if len(rows) > MAX_ROWS:
        raise ProjectError(translate("ProjectFile", "the table has {0:,} rows; nndesk works with at most {1:,}").format(
            len(rows), MAX_ROWS))
    if len(rows) * width > MAX_VALUES:
        raise ProjectError(translate("ProjectFile", "the table has {0:,} rows of {1:,} columns, {2:,} values; nndesk "
                                                    "works with at most {3:,}").format(
            len(rows), width, len(rows) * width, MAX_VALUES))
    cells = []
    for r, row in enumerate(rows):
        row = _list(row, f"table.rows[{r}]")
        if len(row) != width:
            raise ProjectError(translate("ProjectFile", "row {0} of the table has {1}; expected {2}").format(
                r + 1, counted_noun(len(row), "value"), width))
        for c, v in enumerate(row):
            if v is None and c >= len(inputs):
                continue  # a don't-care target
            if not _is_number(v):
                raise ProjectError(translate("ProjectFile", "row {0} of the table, column {1}: {2} is not a "
                                                            "number").format(r + 1, c + 1, _shown(v)))
        cells.append(tuple(math.nan if v is None else float(v) for v in row))
    if not all(isinstance(n, str) for n in inputs + targets):
        raise ProjectError(translate("ProjectFile", "the column names in \"table\" must be text"))
    try:
        return TruthTable(tuple(inputs), tuple(targets), tuple(cells))
    except ValueError as exc:
        raise ProjectError(translate("ProjectFile", "the table: {0}").format(exc)) from None


def _read_features(value: object, table: TruthTable) -> tuple[str, ...]:
    names = _list([] if value is None else value, "features")
    if not names:
        return ()
    if not all(isinstance(n, str) for n in names):
        raise ProjectError(translate("ProjectFile", "\"features\" must be a list of feature names such as \"x1^2\""))
    if table.n_inputs != 2:
        raise ProjectError(translate("ProjectFile", "\"features\" are made from two inputs x1, x2; the table has "
                                                    "{0}").format(counted_noun(table.n_inputs, "input")))
    try:
        return check_features(names)
    except ValueError as exc:
        raise ProjectError(translate("ProjectFile", "\"features\": {0}").format(exc)) from None


def _read_dataset(value: object) -> DatasetSpec | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        raise ProjectError(translate("ProjectFile", "\"dataset\" must be an object or null"))
    try:
        return check_spec(DatasetSpec(**value))
    except (TypeError, ValueError) as exc:
        raise ProjectError(translate("ProjectFile", "\"dataset\": {0}").format(exc)) from None


def _read_topology(value: object, table: TruthTable, n_inputs: int) -> tuple[int, ...]:
    layers = _list(value, "network.topology")
    top = MAX_NEURONS_PER_LAYER
    if not 2 <= len(layers) <= MAX_LAYERS or not all(
            isinstance(n, int) and not isinstance(n, bool) and 1 <= n <= top for n in layers):
        raise ProjectError(translate("ProjectFile", "\"network.topology\" must list 2 to {0} layer sizes of 1 to {1} "
                                                    "neurons, not {2}").format(MAX_LAYERS, top, _shown(value)))
    if layers[0] != n_inputs or layers[-1] != table.n_targets:
        raise ProjectError(translate("ProjectFile", "the network {0} does not fit the table's {1} and {2}").format(
            _net_name(layers), counted_noun(n_inputs, "input"), counted_noun(table.n_targets, "target")))
    if weight_count(layers) > MAX_WEIGHTS:
        raise ProjectError(translate("ProjectFile", "the network {0} has {1:,} weights; nndesk trains networks of at "
                                                    "most {2:,}").format(_net_name(layers), weight_count(layers),
                                                                         MAX_WEIGHTS))
    return tuple(layers)


def _net_name(layers: Sequence[int]) -> str:
    return shown_text("-".join(map(str, layers)), 60)


def _read_activations(value: object, n_layers: int) -> tuple[str, ...]:
    names = _list(value, "network.activations")
    if len(names) != n_layers:
        raise ProjectError(translate("ProjectFile", "\"network.activations\" needs {0} names, one per layer after the "
                                                    "inputs; it has {1}").format(n_layers, len(names)))
    for name in names:
        if not isinstance(name, str) or name not in ACTIVATIONS:
            raise ProjectError(translate("ProjectFile", "\"network.activations\": unknown activation {0} (choose from "
                                                        "{1})").format(_shown(name), ', '.join(ACTIVATIONS)))
    return tuple(names)


def _read_matrices(value: object, where: str, topology: tuple[int, ...]) -> tuple[np.ndarray, ...]:
    layers = _list(value, where)
    if len(layers) != len(topology) - 1:
        raise ProjectError(translate("ProjectFile", "\"{0}\" needs {1} matrices, one per pair of layers; it "
                                                    "has {2}").format(where, len(topology) - 1, len(layers)))
    out = []
    for k, m in enumerate(layers):
        shape = (topology[k + 1], topology[k] + 1)
        rows = _list(m, f"{where}[{k}]")
        ok = len(rows) == shape[0] and all(isinstance(r, list) and len(r) == shape[1] for r in rows)
        if not ok:
            raise ProjectError(translate("ProjectFile", "\"{0}[{1}]\" must be {2} of {3} (the network is {4})").format(
                where, k, counted_noun(shape[0], "row"), counted_noun(shape[1], "number"), _net_name(topology)))
        if not all(_is_number(v) and math.isfinite(v) for r in rows for v in r):
            raise ProjectError(translate("ProjectFile", "\"{0}[{1}]\" must hold only finite numbers").format(where, k))
        out.append(np.array([[float(v) for v in r] for r in rows], dtype=np.float64).reshape(shape))
    return tuple(out)


def _read_state(value: object, topology: tuple[int, ...]) -> NetworkState:
    if not isinstance(value, dict):
        raise ProjectError(translate("ProjectFile", "the \"state\" section must be an object or null"))
    return NetworkState(
        epochs=_whole(value, "epochs", "state.epochs", 0, EPOCH_LIMIT),
        initial_weights=_read_matrices(value.get("initial_weights"), "state.initial_weights", topology),
        weights=_read_matrices(value.get("weights"), "state.weights", topology),
        momenta=_read_matrices(value.get("momenta"), "state.momenta", topology),
    )


def _read_history(value: object) -> History:
    if value is None:
        return History()
    if not isinstance(value, dict):
        raise ProjectError(translate("ProjectFile", "the \"history\" section must be an object"))
    epochs = _list(value.get("epochs"), "history.epochs")
    errors = _list(value.get("errors"), "history.errors")
    if len(epochs) != len(errors):
        raise ProjectError(translate("ProjectFile", "\"history\" has {0} but {1}").format(
            counted_noun(len(epochs), "epoch"), counted_noun(len(errors), "error")))
    if not all(isinstance(e, int) and not isinstance(e, bool) and 1 <= e <= EPOCH_LIMIT for e in epochs):
        raise ProjectError(translate("ProjectFile", "\"history.epochs\" must be whole numbers from 1 to {0:,}").format(
            EPOCH_LIMIT))
    if not all(v is None or _is_number(v) for v in errors):
        raise ProjectError(translate("ProjectFile", "\"history.errors\" must be numbers (or null for an error that was "
                                                    "not finite)"))
    e = np.array(epochs, dtype=np.int64)
    if len(e) > 1 and not (np.diff(e) > 0).all():
        raise ProjectError(translate("ProjectFile", "\"history.epochs\" must increase"))
    return History(e, np.array([math.nan if v is None else float(v) for v in errors], dtype=np.float64))
