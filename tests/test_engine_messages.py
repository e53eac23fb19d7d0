"""The messages train_until gives the user: what happened, at which epoch, and what to try."""

from __future__ import annotations

from nndesk.engine import Network, StopReason, StopRule, format_error, train_until

XOR_X = [[0, 0], [0, 1], [1, 0], [1, 1]]
XOR_T = [[0], [1], [1], [0]]


def test_divergence_advice_names_unbounded_activations() -> None:
    net = Network([2, 3, 1], seed=1, eta=5.0, activations=["relu", "linear"])
    result = train_until(net, XOR_X, XOR_T, StopRule(max_epochs=10_000))
    assert result.reason is StopReason.DIVERGED
    assert result.message.startswith(f"Training diverged at epoch {result.epochs:,}")
    assert "Linear and relu layers have no upper bound" in result.message


def test_divergence_advice_for_sigmoid_networks_is_about_eta_and_alpha() -> None:
    result = train_until(Network([2, 3, 1], seed=1, alpha=1.5), XOR_X, XOR_T, StopRule(max_epochs=100_000))
    assert result.reason is StopReason.DIVERGED
    assert "momentum α below 1" in result.message
    assert "upper bound" not in result.message


def test_converged_message_never_rounds_up_to_the_target() -> None:
    net = Network([2, 3, 1], seed=1, eta=0.5, alpha=0.9)
    result = train_until(net, XOR_X, XOR_T, StopRule(error_below=0.01, max_epochs=200_000))
    assert result.reason is StopReason.CONVERGED
    assert result.error < 0.01
    assert result.message == f"Converged at epoch {result.epochs:,}: error {format_error(result.error)}"
    assert format_error(result.error).startswith("0.00")


def test_format_error_cuts_to_three_significant_digits() -> None:
    assert format_error(0.009999999363747023) == "0.00999"
    assert format_error(0.29) == "0.290"
    assert format_error(2.0294869) == "2.02"
    assert format_error(123456.0) == "1.23e+5"
    assert format_error(0.0) == "0"
