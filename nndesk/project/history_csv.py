"""The error history as CSV, saying only what is known: exact epochs where they are kept, an envelope elsewhere.

A long run keeps only some epochs exactly (a project file keeps at most ``HISTORY_LIMIT`` points: each block's
lowest and highest error, see :func:`nndesk.project.project_file.thin_history`; the window's plot forgets old
epochs into a min/max envelope). The CSV never fills the gaps: it has one row per exactly known epoch
(``epoch,error``) and one row per stretch known only by its envelope (``first_epoch,last_epoch,min_error,
max_error``), in epoch order::

    epoch,error,first_epoch,last_epoch,min_error,max_error
    1,2.0294051,,,,
    ,,1,159,2.0207,2.0294051
    77,2.0207,,,,
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass, field

import numpy as np

from nndesk.project.project_file import HISTORY_LIMIT, History
from nndesk.project.safe_save import save_bytes

HEADER = "epoch,error,first_epoch,last_epoch,min_error,max_error"


def _ints(values: object = ()) -> np.ndarray:
    return np.asarray(values, dtype=np.int64).ravel()


def _floats(values: object = ()) -> np.ndarray:
    return np.asarray(values, dtype=np.float64).ravel()


@dataclass(frozen=True)
class KnownErrors:
    """What is known of a run's epoch errors.

    ``epochs`` (int64, shape (k,), increasing) have the exact errors ``errors`` (float64, (k,)). ``spans``
    (int64, shape (m, 2)) are stretches of epochs, first and last included, of which only the lowest error
    ``lows[i]`` and the highest ``highs[i]`` are known (their own exact epochs, where known, are in ``epochs``).
    """

    epochs: np.ndarray = field(default_factory=_ints)
    errors: np.ndarray = field(default_factory=_floats)
    spans: np.ndarray = field(default_factory=lambda: np.zeros((0, 2), dtype=np.int64))
    lows: np.ndarray = field(default_factory=_floats)
    highs: np.ndarray = field(default_factory=_floats)

    def after(self, epoch: int) -> KnownErrors:
        """Only what is known of the epochs after ``epoch``: exact epochs after it and spans that start after it."""
        keep, span_keep = self.epochs > epoch, self.spans[:, 0] > epoch
        return KnownErrors(self.epochs[keep], self.errors[keep], self.spans[span_keep], self.lows[span_keep],
                           self.highs[span_keep])

    def then(self, later: KnownErrors) -> KnownErrors:
        """This followed by ``later``, whose epochs all come after these."""
        return KnownErrors(np.concatenate([self.epochs, later.epochs]), np.concatenate([self.errors, later.errors]),
                           np.concatenate([self.spans, later.spans]), np.concatenate([self.lows, later.lows]),
                           np.concatenate([self.highs, later.highs]))


def exact(first_epoch: int, errors: np.ndarray) -> KnownErrors:
    """Every epoch known: ``errors[i]`` is the error of epoch ``first_epoch + i``."""
    errors = _floats(errors)
    return KnownErrors(np.arange(first_epoch, first_epoch + len(errors), dtype=np.int64), errors)


def known_from_history(history: History) -> KnownErrors:
    """What a saved history says exactly, and as an envelope where it was thinned.

    A history with one point per epoch is exact. One thinned from a run of one error per epoch (as nndesk
    saves runs of up to two million epochs, from the window or ``nndesk train --out``) kept the first and
    last epoch and the lowest and highest error of each block of equal length: every kept point is exact and
    each block's envelope is known, so both are written; so are the epochs trained after such a history was
    reopened, saved after it one per epoch. Any other history (thinned from a plot that had already
    summarised its old epochs, or with blocks of equal errors) is known only as one envelope over all its
    epochs, and the run of consecutive epochs at its end (epochs trained and kept, at least the last one).
    """
    e, v = _ints(history.epochs), _floats(history.errors)
    if len(e) == 0:
        return KnownErrors()
    whole = _thinned(e, v)
    if whole is not None:
        return whole
    # A thinned history, then the epochs trained after it was reopened (one per epoch, the run at the end).
    # Its own last block may end in kept epochs that follow one another: the longest head that is a thinned
    # history is taken.
    tail = len(e) - 1
    while tail > 0 and e[tail - 1] == e[tail] - 1:
        tail -= 1
    for cut in range(min(tail + 3, len(e) - 1), max(tail, 2) - 1, -1):
        head = _thinned(e[:cut], v[:cut])
        if head is not None:
            return head.then(KnownErrors(e[cut:], v[cut:]))
    # Else only the whole is known: any thinning nndesk does keeps the lowest and the highest error of the run
    # (not of a part of it), and the run of consecutive epochs at the end were trained and kept one by one.
    cut = tail if tail > 0 else len(e) - 1
    return KnownErrors(e[cut:], v[cut:], np.array([[e[0], e[-1]]], dtype=np.int64), _floats([np.nanmin(v)]),
                       _floats([np.nanmax(v)]))


def _thinned(e: np.ndarray, v: np.ndarray) -> KnownErrors | None:
    """``e``, ``v`` as one run of consecutive epochs, whole or thinned by ``thin_history``; None if they are not.

    A thinned run keeps exactly two epochs of each block (its lowest and highest error), and the first and
    last epoch besides: any other count means another block length, or a block of equal errors, whose
    epochs cannot be told apart, so the history is not taken as such.
    """
    first, last = int(e[0]), int(e[-1])
    n = last - first + 1
    if n == len(e):
        return KnownErrors(e, v)
    size = _block_size(n)
    if size is None or len(e) > HISTORY_LIMIT:
        return None
    blocks = (e - first) // size
    counts = np.bincount(blocks, minlength=-(-n // size))
    middle_ok = (counts[1:-1] == 2).all()
    last_size = n - (len(counts) - 1) * size
    ends_ok = counts[0] in (2, 3) and counts[-1] in ((1,) if last_size == 1 else (2, 3))
    if not (middle_ok and ends_ok):
        return None
    return KnownErrors(e, v, *_block_envelopes(e, v, blocks, first, last, size))


def _block_size(n: int) -> int | None:
    """The block length :func:`~nndesk.project.project_file.thin_history` used on a run of ``n`` epochs."""
    if n <= HISTORY_LIMIT:
        return None
    return -(-n // max(1, (HISTORY_LIMIT - 2) // 2))


def _block_envelopes(e: np.ndarray, v: np.ndarray, blocks: np.ndarray, first: int, last: int,
                     size: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(spans, lows, highs) of the blocks that have epochs not kept (a block with all its epochs kept needs none)."""
    ids = np.unique(blocks)
    starts = first + ids * size
    ends = np.minimum(starts + size - 1, last)
    bounds = np.searchsorted(blocks, ids)
    with np.errstate(invalid="ignore"):
        lows = np.fmin.reduceat(v, bounds)  # fmin/fmax: a NaN error (a diverged run) does not hide the others
        highs = np.fmax.reduceat(v, bounds)
    counts = np.diff(np.append(bounds, len(blocks)))
    gaps = counts < ends - starts + 1
    return np.stack([starts[gaps], ends[gaps]], axis=1), lows[gaps], highs[gaps]


def history_csv_text(known: KnownErrors) -> str:
    """The CSV text of ``known``: :data:`HEADER`, then its rows in epoch order (a span before the exact
    epochs it holds)."""
    rows = [(int(s), 0, f",,{s},{t},{lo!r},{hi!r}") for (s, t), lo, hi in
            zip(known.spans.tolist(), known.lows.tolist(), known.highs.tolist(), strict=True)]
    rows += [(int(ep), 1, f"{ep},{err!r},,,,") for ep, err in
             zip(known.epochs.tolist(), known.errors.tolist(), strict=True)]
    rows.sort(key=lambda r: (r[0], r[1]))
    out = io.StringIO()
    out.write(HEADER + "\n")
    out.writelines(text + "\n" for _, _, text in rows)
    return out.getvalue()


def write_history_csv(known: KnownErrors, path: str | os.PathLike[str]) -> None:
    """Write :func:`history_csv_text` of ``known`` to ``path`` (OSError if it cannot be written)."""
    save_bytes(path, history_csv_text(known).encode("utf-8"))  # the one save function: never over a device
