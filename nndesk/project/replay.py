"""Replaying a project's run from its seed, and comparing the result with what the file stores.

A project of format version 2 records how its stored network came from the seed: the η and α it started with
and every intervention with its epoch (:class:`nndesk.project.project_file.RunRecord`). Training is
deterministic and does not depend on where it was paused (chunk boundaries do not matter), so replaying that
record gives the stored weights, momenta and error history bit for bit, unless the file was edited by hand
or by another program. :func:`compare` says what differs, in words such as "stored weights differ from the
replay of seed 3 after 1,234 epochs".
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from nndesk.engine import DivergenceError, Network
from nndesk.engine.network import draw_weights
from nndesk.engine.wording import translate
from nndesk.project.held_out import split_rows
from nndesk.project.project_file import Intervention, Project

REPLAY_CHUNK_SECONDS = 0.1  # how often an interrupt is looked at


@dataclass
class Replay:
    """A replay in progress or done: the network, the epoch the replay has reached, the replayed errors of the
    stored history's epochs (``errors[i]`` for ``project.history.epochs[i]``, NaN where not reached yet)."""

    net: Network
    errors: np.ndarray
    diverged_at: int | None = None
    interrupted: bool = False


def start(project: Project) -> Replay:
    """A replay at epoch 0: the seed's network with the settings the run started with."""
    eta, alpha = project.run_settings()
    net = Network(project.topology, eta=eta, alpha=alpha, seed=project.seed, activations=project.activations,
                  **project.training.network_options())
    return Replay(net, np.full(len(project.history), np.nan))


def record(replay: Replay, project: Project, first_epoch: int, errors: np.ndarray) -> None:
    """Keep the errors of epochs ``first_epoch``, ``first_epoch + 1``, ... that the stored history holds."""
    wanted = project.history.epochs
    lo, hi = np.searchsorted(wanted, [first_epoch, first_epoch + len(errors)])
    replay.errors[lo:hi] = errors[wanted[lo:hi] - first_epoch]


def run_to(replay: Replay, project: Project, end: int, should_stop: Callable[[], bool] | None = None) -> Replay:
    """Go on replaying until epoch ``end`` (at most the stored epochs), applying the recorded interventions at
    their epochs; stops early when ``should_stop()`` says so or the network diverges."""
    net = replay.net
    inputs, targets, _, _ = split_rows(project.table, project.test_rows)  # test rows are never trained on
    steps = [s for s in project.run.interventions if s.epoch >= net.epochs]
    chunk = 1
    while True:
        while steps and steps[0].epoch == net.epochs:
            _apply(net, steps.pop(0))
        if net.epochs >= end:
            return replay
        if should_stop is not None and should_stop():
            replay.interrupted = True
            return replay
        stop_at = min(end, steps[0].epoch) if steps else end
        epochs = min(chunk, stop_at - net.epochs)
        first = net.epochs + 1
        started = time.perf_counter()
        try:
            errors = net.train(inputs, targets, epochs)
        except DivergenceError as exc:
            record(replay, project, first, exc.errors)
            replay.diverged_at = net.epochs
            return replay
        record(replay, project, first, errors)
        per_epoch = (time.perf_counter() - started) / epochs
        chunk = max(1, min(chunk * 4, int(REPLAY_CHUNK_SECONDS / max(per_epoch, 1e-9))))


def _apply(net: Network, step: Intervention) -> None:
    if step.kind == "settings":
        net.eta, net.alpha = step.eta, step.alpha
    elif step.kind == "weights":
        net.set_weights(step.weights)
        net.set_momenta(step.momenta)


def compare(replay: Replay, project: Project) -> list[str]:
    """What the file stores that its replay does not give, one line each (empty: consistent)."""
    state = project.state
    seed = project.seed
    if state is None:
        return _history_without_network(project)
    n = state.epochs
    found = []
    if not _same(state.initial_weights, draw_weights(project.topology, seed, project.method.init)):
        found.append(translate("Replay", "stored initial weights are not those of seed {0}").format(seed))
    late = [s.epoch for s in project.run.interventions if s.epoch > n]
    if late:
        found.append(translate("Replay", "the run records a change at epoch {0:,}, after the {1:,} epochs "
                                         "stored").format(late[0], n))
    # patience goes back to the best epoch and keeps the history of the epochs after it
    if len(project.history) and int(project.history.epochs[-1]) > n + (project.patience or 0):
        found.append(translate("Replay", "the stored error history goes to epoch {0:,}, past the {1:,} epochs of "
                                         "the stored network").format(int(project.history.epochs[-1]), n))
    if replay.diverged_at is not None:
        found.append(translate("Replay", "the replay of seed {0} diverged at epoch {1:,}, but the file holds a "
                                         "trained network after {2:,} epochs").format(seed, replay.diverged_at, n))
        return found
    if not _same(state.weights, replay.net.get_weights()):
        found.append(translate("Replay", "stored weights differ from the replay of seed {0} after {1:,} "
                                         "epochs").format(seed, n))
    if not _same(state.momenta, replay.net.get_momenta()):
        found.append(translate("Replay", "stored momenta differ from the replay of seed {0} after {1:,} "
                                         "epochs").format(seed, n))
    reached = project.history.epochs <= n
    stored, replayed = project.history.errors[reached], replay.errors[reached]
    wrong = np.flatnonzero(~((stored == replayed) | (np.isnan(stored) & np.isnan(replayed))))
    if len(wrong):
        epoch = int(project.history.epochs[wrong[0]])
        line = translate("Replay", "the stored error history differs from the replay of seed {0} at epoch "
                                   "{1:,}").format(seed, epoch)
        if len(wrong) > 1:
            line += translate("Replay", " and {0:,} more").format(len(wrong) - 1)
        found.append(line)
    return found


def _history_without_network(project: Project) -> list[str]:
    """A file with no stored network (epoch 0, or a run that diverged): nothing to replay; its history may only
    be that of a diverged run, which ends in an error that is not a number."""
    if project.run.interventions:
        return [translate("Replay", "the run records changes, but the file holds no trained network")]
    return []


def _same(a: tuple[np.ndarray, ...] | list[np.ndarray], b: list[np.ndarray]) -> bool:
    return len(a) == len(b) and all(np.array_equal(x, y) for x, y in zip(a, b, strict=True))
