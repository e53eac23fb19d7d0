"""Every trainer computes what ReferenceNetwork computes: one test over TRAINERS x CASES.

The reference (nndesk/engine/reference.py) is the article in plain floats, itself checked bit for bit against
the article's own numbers (/work/shared/vectors, tests/data) below and against the object-per-neuron oracle
(tests/article_reference.py) in tests/test_engine_exact.py. Each trainer of ``nndesk.engine.TRAINERS`` is
chosen through a public argument, trained on every case from the same seeds, and compared: the reason and
epoch it stopped, every epoch's error, the final weights and the rows it gets right. A trainer that promises
the reference's numbers (``exact``) must give them bit for bit; the others agree to 1e-9 relative, and stop at
the same epoch unless the reference's error at that epoch lies within rounding of the target.

A trainer added to ``TRAINERS`` without an entry in ``RUNNERS`` fails ``test_every_trainer_is_held_to_the_
reference``.
"""

from __future__ import annotations

import functools
import itertools
import json
import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest

from nndesk.cli import main
from nndesk.engine import TRAINERS, DivergenceError, Network, ReferenceNetwork, StopReason, StopRule, train_until
from nndesk.engine._codegen import STOP_CORRECT, STOP_ERROR, STOP_NONE
from nndesk.engine.correctness import rows_correct
from nndesk.engine.many import train_many
from nndesk.engine.trace import step_row
from nndesk.project import datasets
from tests.article_reference import Network as ArticleObjects

NAN = math.nan
RTOL = 1e-9
BITS2 = [[0, 0], [0, 1], [1, 0], [1, 1]]
BITS3 = [[a, b, c] for a in (0, 1) for b in (0, 1) for c in (0, 1)]
XOR = [[0], [1], [1], [0]]
HALF_ADDER = [[0, 0], [1, 0], [1, 0], [0, 1]]
MAJORITY = [[int(sum(r) >= 2)] for r in BITS3]
# A 3-input table with don't-cares: single outputs, and one row whose every target is a don't-care.
DONT_CARE = [[0, NAN], [1, 0], [NAN, NAN], [0, 1], [1, NAN], [NAN, 1], [0, 0], [1, 1]]
_rng = np.random.RandomState(2026)
MANY_ROWS_X = _rng.uniform(-1, 1, (240, 2)).tolist()  # too many rows to unroll: the looped generated code
MANY_ROWS_T = [[float(a * b > 0), float(a > 0)] for a, b in MANY_ROWS_X]
WIDE_X, WIDE_T = _rng.randint(0, 2, (16, 8)).tolist(), _rng.randint(0, 2, (16, 8)).tolist()
FRACTIONS = [[0.25, -1.0], [0.5, 0.75], [1.5, 0.0], [-0.3, 0.9]]
_spiral = datasets.generate("spiral", 44, 0.1, seed=3)
SPIRAL_X, SPIRAL_T = datasets.expand(_spiral[0], datasets.FEATURES).tolist(), _spiral[1].tolist()


@dataclass(frozen=True, eq=False)  # hashed by identity: the reference's outcomes are cached per case
class Case:
    """A table, a network, settings and a stop rule; ``expect`` is how the reference ends on the first seed."""

    name: str
    topology: tuple[int, ...]
    inputs: list
    targets: list
    rule: StopRule
    expect: StopReason | None  # None: whatever the reference does (the method cases)
    eta: float = 0.09
    alpha: float = 0.015
    seeds: tuple[int, ...] = (1, 2)
    activations: str | tuple[str, ...] | None = None
    method: tuple[tuple[str, object], ...] = ()  # Network's rule, batch_size, loss, ... as (name, value) pairs

    def network(self, cls: type, seed: int, **kwargs: object) -> Network | ReferenceNetwork:
        return cls(self.topology, eta=self.eta, alpha=self.alpha, seed=seed, activations=self.activations,
                   **dict(self.method), **kwargs)

    @property
    def articles_method(self) -> bool:
        """The article's online rule (whatever the initial weights): the trainers made for it run it."""
        return ReferenceNetwork(self.topology, activations=self.activations, **dict(self.method)).method.is_article


def _rule(error: float | None = None, margin: float | None = None, epochs: int = 300, **more: object) -> StopRule:
    return StopRule(error_below=error, all_correct_margin=margin, max_epochs=epochs, **more)


CASES = [
    Case("the article's half adder", (2, 3, 2), BITS2, HALF_ADDER, _rule(0.01), StopReason.MAX_EPOCHS),
    Case("XOR until an error target, one seed stuck", (2, 2, 1), BITS2, XOR, _rule(0.2, epochs=3000),
         StopReason.CONVERGED, eta=0.5, alpha=0.5, seeds=(0, 8)),
    Case("all rows correct with margin 0.2", (2, 2, 1), BITS2, XOR, _rule(margin=0.2, epochs=3000),
         StopReason.ALL_CORRECT, eta=0.5, alpha=0.5, seeds=(0, 2)),
    Case("all rows correct, no margin", (2, 2, 1), BITS2, XOR, _rule(margin=0.0, epochs=3000),
         StopReason.ALL_CORRECT, eta=0.5, alpha=0.5, seeds=(0, 2)),
    Case("don't-care targets", (3, 4, 2), BITS3, DONT_CARE, _rule(0.05, epochs=600), StopReason.MAX_EPOCHS,
         eta=0.3, alpha=0.2, seeds=(3, 4)),
    Case("don't-care targets, all correct with margin", (3, 4, 2), BITS3, DONT_CARE, _rule(margin=0.1, epochs=2000),
         StopReason.ALL_CORRECT, eta=0.5, alpha=0.5, seeds=(3, 4)),
    Case("tanh, relu and sigmoid layers", (2, 4, 3, 1), BITS2, XOR, _rule(0.05, epochs=400),
         StopReason.MAX_EPOCHS, eta=0.05, alpha=0.5, seeds=(5, 6), activations=("tanh", "relu", "sigmoid")),
    Case("a tanh output with -1/1 targets and a margin", (2, 3, 1), BITS2, [[-1], [1], [1], [-1]],
         _rule(margin=0.3, epochs=2000), StopReason.ALL_CORRECT, eta=0.1, alpha=0.2, seeds=(2, 3),
         activations="tanh"),
    Case("a linear output", (2, 3, 1), BITS2, XOR, _rule(0.1, epochs=400), StopReason.MAX_EPOCHS,
         eta=0.05, alpha=0.3, seeds=(1, 4), activations=("sigmoid", "linear")),
    Case("a plateau", (2, 2, 1), BITS2, XOR, _rule(epochs=3000, plateau_epochs=40, plateau_delta=1e-4),
         StopReason.PLATEAU, eta=0.5, alpha=0.5, seeds=(8,)),
    Case("divergence", (2, 3, 1), BITS2, XOR, _rule(0.01), StopReason.DIVERGED, eta=5.0, alpha=1.5,
         seeds=(1, 2), activations=("sigmoid", "linear")),
    Case("a one-row table", (2, 3, 2), [[1, 0]], [[1, 0]], _rule(0.02, epochs=3000), StopReason.CONVERGED,
         eta=0.5, alpha=0.1),
    Case("a one-output table", (3, 3, 1), BITS3, MAJORITY, _rule(0.3, epochs=2000), StopReason.CONVERGED,
         eta=0.5, alpha=0.3, seeds=(1, 7)),
    Case("inputs that are not 0/1", (2, 3, 1), FRACTIONS, XOR, _rule(0.3, epochs=2000), StopReason.CONVERGED,
         eta=0.2, alpha=0.3, seeds=(3, 4), activations=("tanh", "sigmoid")),
    Case("too many rows to unroll", (2, 3, 2), MANY_ROWS_X, MANY_ROWS_T, _rule(1.0, epochs=40),
         StopReason.MAX_EPOCHS, eta=0.05, alpha=0.5, seeds=(1,)),
    Case("8-16-8-8 on 16 rows", (8, 16, 8, 8), WIDE_X, WIDE_T, _rule(0.5, epochs=60), StopReason.MAX_EPOCHS,
         eta=0.2, alpha=0.3, seeds=(7,)),
]

# Every method in every combination (issue 15): rule x batch size x loss x weight decay x initialisation x
# shuffle x don't-cares, on 8 rows so that batches of 3 leave a smaller last batch of 2.
PARITY_MAJORITY = [[a ^ b ^ c, int(a + b + c >= 2)] for a, b, c in BITS3]
RULE_BATCHES = [("backprop", 1), ("backprop", 3), ("backprop", None), ("adam", 1), ("adam", 3), ("adam", None),
                ("rprop", None)]
_ETA = {"backprop": (0.5, 0.5), "adam": (0.05, 0.0), "rprop": (0.0, 0.0)}  # eta, alpha (unused by Rprop)


def _method_case(rule: str, batch: int | None, loss: str, decay: float, init: str, shuffle: bool,
                 dont_care: bool) -> Case:
    name = (f"{rule} batch {batch or 'all'}, {loss}, decay {decay:g}, {init} init"
            f"{', shuffled' if shuffle else ''}{', dont-cares' if dont_care else ''}")
    eta, alpha = _ETA[rule]
    method = (("rule", rule), ("batch_size", batch), ("loss", loss), ("weight_decay", decay), ("init", init),
              ("shuffle", shuffle))
    return Case(name, (3, 4, 2), BITS3, DONT_CARE if dont_care else PARITY_MAJORITY, _rule(0.05, epochs=40), None,
                eta=eta, alpha=alpha, seeds=(11,), method=method)


METHOD_CASES = [
    _method_case(rule, batch, *rest) for (rule, batch), *rest in itertools.product(
        RULE_BATCHES, ("squared", "cross-entropy"), (0.0, 0.01), ("article", "uniform", "xavier"), (False, True),
        (False, True))]
# The stop rules, divergence and the small tables with methods other than the article's.
METHOD_CASES += [
    Case("Rprop until an error target", (2, 3, 1), BITS2, XOR, _rule(0.1, epochs=400), StopReason.CONVERGED,
         seeds=(1, 3), method=(("rule", "rprop"),)),
    Case("Adam in batches of 3 until all rows correct with margin 0.2", (3, 4, 2), BITS3, PARITY_MAJORITY,
         _rule(margin=0.2, epochs=3000), StopReason.ALL_CORRECT, eta=0.05, seeds=(1, 2),
         method=(("rule", "adam"), ("batch_size", 3))),
    Case("whole-table backprop, cross-entropy, until an error target", (2, 3, 1), BITS2, XOR,
         _rule(0.2, epochs=3000), StopReason.CONVERGED, eta=2.0, alpha=0.5, seeds=(0,),
         method=(("batch_size", None), ("loss", "cross-entropy"))),
    Case("batch backprop diverging", (2, 3, 1), BITS2, XOR, _rule(0.01), StopReason.DIVERGED, eta=5.0, alpha=3.0,
         seeds=(1,), activations=("sigmoid", "linear"), method=(("batch_size", 2),)),
    Case("online, decay and shuffle, tanh and relu", (2, 4, 3, 1), BITS2, XOR, _rule(0.05, epochs=200),
         StopReason.MAX_EPOCHS, eta=0.05, alpha=0.5, seeds=(5,), activations=("tanh", "relu", "sigmoid"),
         method=(("weight_decay", 0.001), ("shuffle", True))),
    Case("Adam per row on a one-row table", (2, 3, 2), [[1, 0]], [[1, 0]], _rule(0.02, epochs=3000),
         StopReason.CONVERGED, eta=0.05, seeds=(1,), method=(("rule", "adam"),)),
    Case("mini-batches with a plateau", (2, 2, 1), BITS2, XOR,
         _rule(epochs=3000, plateau_epochs=40, plateau_delta=1e-4), StopReason.PLATEAU, eta=0.5, alpha=0.5,
         seeds=(8,), method=(("batch_size", 3),)),
    # The Playground's setting (issue 17): 2x8 tanh on the seven features of spiral points, batches of 10, α 0.
    Case("the Playground's spiral: 7-8-8-1 tanh, batches of 10, α 0", (7, 8, 8, 1), SPIRAL_X, SPIRAL_T,
         _rule(0.5, epochs=30), StopReason.MAX_EPOCHS, eta=0.03, alpha=0.0, seeds=(1,),
         activations=("tanh", "tanh", "sigmoid"), method=(("batch_size", 10), ("init", "uniform"))),
    Case("batches of 3 with α 0 and decay, tanh", (2, 4, 1), BITS2 * 2, XOR * 2, _rule(0.05, epochs=100),
         StopReason.MAX_EPOCHS, eta=0.3, alpha=0.0, seeds=(2,), activations=("tanh", "sigmoid"),
         method=(("batch_size", 3), ("weight_decay", 0.01))),
]
ALL_CASES = CASES + METHOD_CASES


@dataclass
class Outcome:
    """How one seed's training ended."""

    reason: StopReason
    epochs: int
    errors: np.ndarray | None  # every epoch's error; None when the trainer reports the last one only
    last_error: float
    weights: list[np.ndarray] | None  # None after divergence
    rows_correct: int | None = None


_REASONS = {STOP_NONE: StopReason.MAX_EPOCHS, STOP_ERROR: StopReason.CONVERGED, STOP_CORRECT: StopReason.ALL_CORRECT}


def _finish(net: Network | ReferenceNetwork, case: Case, reason: StopReason, errors: np.ndarray) -> Outcome:
    correct = int(rows_correct(net.predict(case.inputs), case.targets, net.threshold).sum())
    return Outcome(reason, len(errors), errors, float(errors[-1]), net.get_weights(), correct)


def _run_network(net: Network | ReferenceNetwork, case: Case) -> Outcome:
    """One call of the trainer's own loop; a plateau needs train_until, checking after every epoch."""
    rule = case.rule
    if rule.plateau_epochs is not None:
        chunks: list[np.ndarray] = []
        result = train_until(net, case.inputs, case.targets, rule, on_progress=lambda p: chunks.append(p.errors),
                             progress_interval=0.0)
        return _finish(net, case, result.reason, np.concatenate(chunks))
    try:
        errors, why = net.train_chunk(case.inputs, case.targets, rule.max_epochs, stop_below=rule.error_below,
                                      margin=rule.all_correct_margin)
    except DivergenceError as exc:
        return Outcome(StopReason.DIVERGED, exc.epoch, exc.errors, float(exc.errors[-1]), None)
    return _finish(net, case, _REASONS[why], errors)


@functools.cache
def reference(case: Case, seed: int) -> Outcome:
    return _run_network(case.network(ReferenceNetwork, seed), case)


def _articles_only(case: Case, trainer: str) -> dict[int, Outcome] | None:
    """For a trainer made for the article's method only: {} (after checking it refuses) on any other method."""
    if case.articles_method:
        return None
    with pytest.raises(ValueError, match="article's online method only"):
        case.network(Network, case.seeds[0], trainer=trainer).train(case.inputs, case.targets, 1)
    return {}


def run_codegen(case: Case, want: dict[int, Outcome]) -> dict[int, Outcome]:
    refused = _articles_only(case, "codegen")
    if refused is not None:
        return refused
    return {seed: _run_network(case.network(Network, seed, trainer="codegen"), case) for seed in case.seeds}


def run_numpy(case: Case, want: dict[int, Outcome]) -> dict[int, Outcome]:
    refused = _articles_only(case, "numpy")
    if refused is not None:
        return refused
    return {seed: _run_network(case.network(Network, seed, trainer="numpy"), case) for seed in case.seeds}


def run_batch(case: Case, want: dict[int, Outcome]) -> dict[int, Outcome]:
    """Every case, the article's method included (online, row by row in numpy)."""
    return {seed: _run_network(case.network(Network, seed, trainer="batch"), case) for seed in case.seeds}


def run_lockstep(case: Case, want: dict[int, Outcome]) -> dict[int, Outcome]:
    """All the case's seeds at once, kept in lockstep to the end (no hand-over to Network for the last few)."""
    rule = case.rule
    args = (case.topology, case.inputs, case.targets, case.seeds)
    kwargs = dict(eta=case.eta, alpha=case.alpha, activations=case.activations, finish_alone_below=0,
                  **dict(case.method))
    if rule.plateau_epochs is not None:
        with pytest.raises(ValueError, match="plateau"):  # a study refuses the plateau rule: nothing to compare
            train_many(*args, stop=rule, **kwargs)
        return {}
    result = train_many(*args, stop=rule, **kwargs)
    out = {}
    for i, s in enumerate(result.seeds):
        weights = None if s.reason is StopReason.DIVERGED else [w[i] for w in result.weights]
        out[s.seed] = Outcome(s.reason, s.epochs, None, s.error, weights, s.rows_correct)
    return out


def run_trace(case: Case, want: dict[int, Outcome]) -> dict[int, Outcome]:
    """Each epoch as the step-through does it, row by row with step_row; the stop rules judged as train_chunk
    judges them (a plateau is train_until's business: there the trace runs the reference's epochs). The
    step-through shows the article's online rule only."""
    if not case.articles_method:
        return {}
    return {seed: _trace_one(case, seed, want[seed]) for seed in case.seeds}


def _trace_one(case: Case, seed: int, want: Outcome) -> Outcome:
    net, rule = case.network(Network, seed), case.rule
    limit = want.epochs if rule.plateau_epochs is not None else rule.max_epochs
    errors: list[float] = []
    reason = want.reason if rule.plateau_epochs is not None else StopReason.MAX_EPOCHS
    for _ in range(limit):
        total, all_right = 0.0, True
        for x, t in zip(case.inputs, case.targets, strict=True):
            try:
                row = step_row(net, x, t)
            except ValueError:  # a weight became NaN or infinite: the network refuses it
                return Outcome(StopReason.DIVERGED, len(errors) + 1, np.array(errors), math.nan, None)
            total = total + row.row_error
            if rule.all_correct_margin is not None:
                all_right &= bool(rows_correct(row.outputs[-1], t, net.threshold, rule.all_correct_margin))
        errors.append(total)
        weights_finite = all(np.isfinite(w).all() for w in net.get_weights())
        if not (total < math.inf and weights_finite):
            return Outcome(StopReason.DIVERGED, len(errors), np.array(errors), total, None)
        if rule.error_below is not None and total < rule.error_below:
            reason = StopReason.CONVERGED
            break
        if rule.all_correct_margin is not None and all_right:
            reason = StopReason.ALL_CORRECT
            break
    return _finish(net, case, reason, np.array(errors))


RUNNERS: dict[str, Callable[[Case, dict[int, Outcome]], dict[int, Outcome]]] = {
    "codegen": run_codegen,
    "numpy": run_numpy,
    "lockstep": run_lockstep,
    "trace": run_trace,
    "batch": run_batch,
}


def test_every_trainer_is_held_to_the_reference():
    assert set(RUNNERS) == {t.name for t in TRAINERS}, "add the new trainer to RUNNERS in this file"


def test_the_reference_offers_what_network_offers():
    """Anything a caller can do with a Network (but choose how it computes) it can do with the reference."""
    public = {name for name in dir(Network) if not name.startswith("_")} - {"trainer"}
    assert public <= set(dir(ReferenceNetwork(Network([2, 1]).topology)))


def _near_target(case: Case, want: Outcome, epoch: int) -> bool:
    """Whether the reference's error at ``epoch`` lies within rounding of the error target."""
    target = case.rule.error_below
    if target is None or want.errors is None or not 1 <= epoch <= len(want.errors):
        return False
    return abs(want.errors[epoch - 1] - target) <= RTOL * target


def _assert_same_numbers(got: np.ndarray | float, want: np.ndarray | float, exact: bool, what: str) -> None:
    got, want = np.asarray(got, dtype=np.float64), np.asarray(want, dtype=np.float64)
    if exact:
        assert np.array_equal(got, want, equal_nan=True), f"{what} differ from the reference's bits"
    else:
        scale = float(np.nanmax(np.abs(want))) if want.size else 0.0
        np.testing.assert_allclose(got, want, rtol=RTOL, atol=RTOL * scale, err_msg=what)


def assert_conforms(case: Case, trainer: str, got: Outcome, want: Outcome) -> None:
    exact = next(t.exact for t in TRAINERS if t.name == trainer)
    same_stop = (got.reason, got.epochs) == (want.reason, want.epochs)
    assert same_stop or (not exact and _near_target(case, want, min(got.epochs, want.epochs))), (
        f"stopped {got.reason.value} at epoch {got.epochs}; the reference {want.reason.value} at {want.epochs}")
    if got.errors is not None:
        n = min(len(got.errors), len(want.errors))
        finite = np.isfinite(want.errors[:n])  # after divergence only "not finite" is promised
        _assert_same_numbers(got.errors[:n][finite], want.errors[:n][finite], exact, "epoch errors")
        assert np.array_equal(np.isfinite(got.errors[:n]), finite)
    if want.reason is StopReason.DIVERGED or not same_stop:
        return
    _assert_same_numbers(got.last_error, want.last_error, exact, "last epoch errors")
    for layer, (w_got, w_want) in enumerate(zip(got.weights, want.weights, strict=True)):
        _assert_same_numbers(w_got, w_want, exact, f"weights[{layer}]")
    assert got.rows_correct == want.rows_correct


@pytest.mark.parametrize("case", ALL_CASES, ids=[c.name for c in ALL_CASES])
@pytest.mark.parametrize("trainer", [t.name for t in TRAINERS])
def test_trainer_matches_the_reference(trainer: str, case: Case):
    want = {seed: reference(case, seed) for seed in case.seeds}
    got = RUNNERS[trainer](case, want)
    for seed, outcome in got.items():
        assert_conforms(case, trainer, outcome, want[seed])
    articles_only = trainer in ("codegen", "numpy", "trace")  # made for the article's online rule
    no_plateau = trainer == "lockstep" and case.rule.plateau_epochs is not None  # a study refuses that rule
    if not (articles_only and not case.articles_method) and not no_plateau:
        assert got, f"the {trainer} trainer skipped a case it trains"


@pytest.mark.parametrize("case", [c for c in ALL_CASES if c.expect is not None], ids=lambda c: c.name)
def test_each_case_exercises_what_it_names(case: Case):
    assert reference(case, case.seeds[0]).reason is case.expect


def test_the_method_cases_cover_every_combination():
    seen = {(*(value for _, value in c.method), c.targets is DONT_CARE) for c in METHOD_CASES[:336]}
    assert len(seen) == len(RULE_BATCHES) * 2 * 2 * 3 * 2 * 2 == 336
    assert any(c.reason is not StopReason.MAX_EPOCHS for c in (reference(k, k.seeds[0]) for k in METHOD_CASES[:336]))


# -- the reference itself, against the article's own numbers ---------------------------------------------------

VECTORS = Path(__file__).parent / "data" / "article_half_adder_seed1_100_epochs.json"


def test_the_reference_gives_the_articles_numbers_bit_for_bit():
    data = json.loads(VECTORS.read_text(encoding="utf-8"))
    spec = data["spec"]
    net = ReferenceNetwork(spec["topology"], eta=spec["eta"], alpha=spec["alpha"], seed=spec["seed"])
    for w, want in zip(net.get_weights(), data["initial_weights"], strict=True):
        assert np.array_equal(w, want)
    assert net.train(spec["inputs"], spec["outputs"], spec["epochs"]).tolist() == data["errors"]
    for w, want in zip(net.get_weights(), data["final_weights"], strict=True):
        assert np.array_equal(w, want)
    assert net.predict(spec["inputs"]).tolist() == [p["raw"] for p in data["final_predictions"]]
    assert net.predict_thresholded(spec["inputs"]).tolist() == [p["th"] for p in data["final_predictions"]]


@pytest.mark.parametrize("case", [c for c in CASES if c.expect is not StopReason.DIVERGED][:9], ids=lambda c: c.name)
def test_the_reference_equals_the_object_per_neuron_oracle_bit_for_bit(case: Case):
    """tests/article_reference.py builds the article's objects (neurons, connections); the same numbers come out."""
    net = case.network(ReferenceNetwork, case.seeds[0])
    oracle = ArticleObjects(case.topology, eta=case.eta, alpha=case.alpha, activations=case.activations)
    oracle.set_weights(net.get_weights())
    x, t = case.inputs, [[0.0 if v != v else v for v in row] for row in case.targets]  # the oracle has no x
    assert net.train(x, t, 200).tolist() == oracle.train(x, t, 200)
    for w, want in zip(net.get_weights(), oracle.get_weights(), strict=True):
        assert np.array_equal(w, want)


# -- the study and the command line agree seed by seed ---------------------------------------------------------

SEVEN_SEGMENT = Path(__file__).parents[1] / "resources" / "30_seven_segment_decoder.nndesk"


@pytest.mark.slow
def test_the_study_of_a_table_with_dont_cares_agrees_with_training_each_seed(capsys):
    """The 7-segment decoder (don't-cares for 10 to 15): 20 seeds, some stuck at the limit, each as trained alone."""
    settings = ["--target", "0.2", "--max-epochs", "3000", "--json"]
    assert main(["study", str(SEVEN_SEGMENT), "--seeds", "20", "--first-seed", "1", *settings]) == 0
    study = json.loads(capsys.readouterr().out)["results"]
    assert 0 < sum(s["converged"] for s in study) < 20  # both kinds of seed are compared (18 converge)
    for s in study:
        code = main(["train", str(SEVEN_SEGMENT), "--seed", str(s["seed"]), *settings])
        alone = json.loads(capsys.readouterr().out)
        assert code == 0 if s["converged"] else code in (0, 1)  # 1: stopped at the limit with rows still wrong
        assert (s["stopped_because"], s["epochs"]) == (alone["stopped_because"], alone["epochs"]), s["seed"]
        assert s["error"] == pytest.approx(alone["error"], rel=1e-9)
        assert s["rows_correct"] == alone["rows_correct"]
