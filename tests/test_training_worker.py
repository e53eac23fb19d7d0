"""The training worker and its controller: a real QThread, batched progress, prompt stop, clean end."""

from __future__ import annotations

import time

import numpy as np
import pytest

from nndesk.engine import Network, StopReason, StopRule
from nndesk.project.presets import PRESETS
from nndesk.ui.training_worker import MAX_SIGNALS_PER_SECOND, TrainingController, TrainingProgress

HALF_ADDER = PRESETS["Half adder"]


@pytest.fixture
def controller(qtbot):
    c = TrainingController()
    yield c
    c.shutdown()


def test_trains_to_the_target_and_reports_every_epoch_once(qtbot, controller):
    net = Network([2, 3, 2], seed=1, eta=0.5)
    chunks: list[TrainingProgress] = []
    controller.progress.connect(chunks.append)
    with qtbot.waitSignal(controller.finished, timeout=60_000) as finished:
        controller.start(net, HALF_ADDER.inputs, HALF_ADDER.targets, StopRule(error_below=0.05),
                         probe_row=np.array([1.0, 0.0]))
    result = finished.args[0]
    assert result.reason is StopReason.CONVERGED
    assert not controller.is_running()
    errors = np.concatenate([c.errors for c in chunks])
    assert errors.size == result.epochs == net.epochs  # no epoch lost or repeated between chunks
    assert errors[-1] < 0.05 <= errors[:-1].min()
    assert [c.epoch for c in chunks] == sorted(c.epoch for c in chunks)
    last = chunks[-1]
    assert last.outputs is not None and last.outputs.shape == (2,)
    np.testing.assert_allclose(last.outputs, net.predict([1.0, 0.0]))  # computed on the worker's side


def test_progress_is_batched_and_throttled(qtbot, controller):
    net = Network([2, 3, 2], seed=1)
    times: list[float] = []
    controller.progress.connect(lambda p: times.append(time.monotonic()))
    controller.start(net, HALF_ADDER.inputs, HALF_ADDER.targets, StopRule(error_below=None, max_epochs=10**9))
    qtbot.wait(1500)
    with qtbot.waitSignal(controller.finished, timeout=5000):
        controller.request_stop()
    span = times[-1] - times[0]
    assert len(times) >= 5, "progress should arrive several times a second"
    assert (len(times) - 1) / span <= MAX_SIGNALS_PER_SECOND * 1.2
    assert net.epochs > 10 * len(times)  # many epochs per signal, never one signal per epoch


def test_stop_request_ends_a_busy_worker_promptly(qtbot, controller):
    net = Network([2, 3, 2], seed=1)
    controller.start(net, HALF_ADDER.inputs, HALF_ADDER.targets, StopRule(error_below=None))
    qtbot.waitUntil(lambda: net.epochs > 0, timeout=5000)
    started = time.monotonic()
    with qtbot.waitSignal(controller.finished, timeout=5000) as finished:
        controller.request_stop()
    assert time.monotonic() - started < 1.0
    assert finished.args[0].reason is StopReason.STOPPED
    assert not controller.is_running()


def test_shutdown_joins_the_thread_at_once(qtbot, controller):
    net = Network([2, 3, 2], seed=1)
    controller.start(net, HALF_ADDER.inputs, HALF_ADDER.targets, StopRule(error_below=None))
    qtbot.waitUntil(lambda: net.epochs > 0, timeout=5000)
    assert controller.shutdown(5000)
    assert not controller.is_running()
    epochs = net.epochs
    qtbot.wait(100)
    assert net.epochs == epochs  # really stopped


def test_a_failure_reaches_the_gui_as_a_message(qtbot, controller):
    net = Network([2, 3, 2], seed=1)
    bad_targets = np.zeros((4, 3))  # three targets for a network with two outputs
    with qtbot.waitSignal(controller.failed, timeout=5000) as failed:
        controller.start(net, HALF_ADDER.inputs, bad_targets, StopRule())
    assert failed.args[0].startswith("Training failed:")
    assert not controller.is_running()


def test_cannot_start_twice(qtbot, controller):
    net = Network([2, 3, 2], seed=1)
    controller.start(net, HALF_ADDER.inputs, HALF_ADDER.targets, StopRule(error_below=None))
    with pytest.raises(RuntimeError):
        controller.start(net, HALF_ADDER.inputs, HALF_ADDER.targets, StopRule())
