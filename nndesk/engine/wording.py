"""Counts in messages: "1 epoch", "2 epochs", "1,000 rows" (never "1 targets" or "after 1 epochs")."""

from __future__ import annotations


def count(n: int, noun: str, plural: str | None = None) -> str:
    """``n`` with thousands separators and ``noun`` in the singular for exactly 1, else ``plural``
    (``noun + "s"`` unless given): ``count(1, "epoch")`` is "1 epoch", ``count(2, "matrix", "matrices")``
    "2 matrices"."""
    return f"{n:,} {noun if n == 1 else (plural or noun + 's')}"
