"""The epoch errors of a training run in bounded memory: every recent epoch exactly, the rest as an envelope.

Pure numpy, no Qt: the error plot draws from it, and a project's saved history is its :meth:`ErrorBuffer.points`.
"""

from __future__ import annotations

import math

import numpy as np

from nndesk.project.history_csv import KnownErrors, exact, known_from_history
from nndesk.project.project_file import History

_INITIAL_CAPACITY = 4096


class ErrorBuffer:
    """Epoch errors for the plot, in bounded memory however long training runs.

    ``errors[i]`` (``i < n - dropped``) is the error of epoch ``first_epoch + dropped + i``: every epoch is kept
    exactly until ``n`` passes ``KEEP_LIMIT``; from then on the oldest epochs are forgotten in large steps,
    once a min/max envelope over blocks of ``stride`` epochs summarises them, so that the newest
    ``KEEP_LIMIT / 2`` or more stay exact. The envelope (at most ``ENVELOPE_LIMIT`` blocks, the stride
    doubling when full) is kept up to date incrementally, so drawing the whole history costs
    O(ENVELOPE_LIMIT) per frame and memory stays under ~17 MB: 16 MB of recent errors and 1.5 MB of envelope.
    Epochs arrive contiguously (training, pause/resume and Step all continue the same count; a reset clears
    the buffer), so only the errors are stored. Appending is amortised O(chunk).
    """

    FULL_LIMIT = 1 << 17  # up to this many points the plot gets every epoch
    ENVELOPE_LIMIT = 1 << 16  # blocks in the envelope before the stride doubles
    KEEP_LIMIT = 1 << 21  # at most this many recent epochs are kept exactly (16 MB)
    REPLAY_LIMIT = 1 << 24  # a loaded history spanning more epochs is drawn from its points, not replayed

    def __init__(self, capacity: int = _INITIAL_CAPACITY) -> None:
        self.errors = np.empty(capacity, dtype=np.float64)
        self.n = 0  # epochs appended since the last clear
        self.dropped = 0  # of those, the oldest ones no longer kept exactly (summarised by the envelope)
        self.first_epoch = 1
        self.contiguous = True  # False if a chunk ever did not follow the previous one
        self.max_error = -math.inf
        self.min_positive_error = math.inf  # for the log scale
        self.has_nonfinite = False
        # (epochs, errors) drawn before the first epoch appended: a loaded history too long to replay
        self._prefix = (np.zeros(0), np.zeros(0))
        self.loaded: History | None = None  # the saved history this one started from, as the file has it
        self._reset_envelope()

    def load_history(self, epochs: np.ndarray, errors: np.ndarray) -> None:
        """Start over from a saved history: points whose epochs strictly increase, thinned or not.

        Up to REPLAY_LIMIT epochs it is replayed one error per epoch (the gaps of a thinned history filled
        with the point before them, so the plot has the same peaks), in pieces of bounded size; a longer
        one is kept as its points and drawn before the epochs that follow.
        """
        self.clear()
        epochs = np.asarray(epochs, dtype=np.int64).ravel()
        errors = np.asarray(errors, dtype=np.float64).ravel()
        if epochs.size == 0:
            return
        self.loaded = History(epochs.copy(), errors.copy())  # the replay below fills gaps: known_errors() must not
        first, last = int(epochs[0]), int(epochs[-1])
        if last - first + 1 <= self.REPLAY_LIMIT:
            step = self.KEEP_LIMIT // 4
            for lo in range(first, last + 1, step):
                every = np.arange(lo, min(lo + step, last + 1))
                self.append(int(every[-1]), errors[np.searchsorted(epochs, every, side="right") - 1])
            return
        self.append(last, errors[-1:])  # the last point is the first epoch appended: training continues from it
        self._prefix = (epochs[:-1].astype(np.float64), errors[:-1])
        self._note_values(errors)

    def is_empty(self) -> bool:
        return self.n == 0 and self._prefix[0].size == 0

    def append(self, last_epoch: int, errors: np.ndarray) -> None:
        """Add ``errors`` (1-D, one per epoch) whose last entry is the error of epoch ``last_epoch``."""
        errors = np.asarray(errors, dtype=np.float64).ravel()
        k = errors.size
        if k == 0:
            return
        if self.n == 0:
            self.first_epoch = last_epoch - k + 1
        elif last_epoch - k + 1 != self.first_epoch + self.n:
            self.contiguous = False  # drawn as if it followed on: the count is the network's business
        self._note_values(errors)
        step = self.KEEP_LIMIT // 4  # a long history (an opened project) goes in pieces the envelope can follow
        for start in range(0, k, step):
            piece = errors[start : start + step]
            self._make_room(piece.size)
            stored = self.n - self.dropped
            self.errors[stored : stored + piece.size] = piece
            self.n += piece.size
            if self.n > self.FULL_LIMIT:
                self._extend_envelope()

    def _note_values(self, errors: np.ndarray) -> None:
        """Keep the largest and the smallest positive error, and whether any was not finite."""
        finite = errors[np.isfinite(errors)]
        if finite.size < errors.size:
            self.has_nonfinite = True  # a diverged run: NaN/inf are drawn as gaps
        if finite.size:
            self.max_error = max(self.max_error, float(finite.max()))
        positive = finite[finite > 0]
        if positive.size:
            self.min_positive_error = min(self.min_positive_error, float(positive.min()))

    def clear(self) -> None:
        self.n = 0
        self.dropped = 0
        self.first_epoch = 1
        self.contiguous = True
        self.max_error = -math.inf
        self.min_positive_error = math.inf
        self.has_nonfinite = False
        self._prefix = (np.zeros(0), np.zeros(0))
        self.loaded = None
        self._reset_envelope()

    def known_errors(self) -> KnownErrors:
        """What is known of the plotted epochs, exactly or as an envelope (for the CSV export): a loaded
        history as its file says (never the gaps the plot fills), then the epochs trained since: every epoch
        still kept, and the envelope blocks of those forgotten."""
        live = self._live_known()
        if self.loaded is None:
            return live
        return known_from_history(self.loaded).then(live.after(int(self.loaded.epochs[-1])))

    def saved_points(self) -> tuple[np.ndarray, np.ndarray]:
        """(epochs, errors) to save in a project: :meth:`points`, but a loaded history as its file has it (the
        plot replays it with its gaps filled, and those are no epoch's errors), then the epochs trained since."""
        epochs, errors = self.points()
        if self.loaded is None:
            return epochs, errors
        after = epochs > self.loaded.epochs[-1]
        return np.concatenate([self.loaded.epochs, epochs[after]]), np.concatenate([self.loaded.errors, errors[after]])

    def _live_known(self) -> KnownErrors:
        if self.n == 0:
            return KnownErrors()
        if self.dropped == 0:
            return exact(self.first_epoch, self._kept(0, self.n))
        s = self.stride
        blocks = min(-(-self.dropped // s), self._blocks)  # block j holds epochs first + j*s .. first + (j+1)*s - 1
        starts = self.first_epoch + np.arange(blocks, dtype=np.int64) * s
        envelope = KnownErrors(spans=np.stack([starts, starts + s - 1], axis=1),
                               lows=self._env_min[:blocks].copy(), highs=self._env_max[:blocks].copy())
        return envelope.then(exact(self.first_epoch + self.dropped, self._kept(self.dropped, self.n)))

    def overview(self) -> tuple[np.ndarray, np.ndarray]:
        """(x, y) to draw the whole history: every epoch while short, else the min/max envelope + tail."""
        x, y = self._live_overview()
        if self._prefix[0].size:
            return np.concatenate([self._prefix[0], x]), np.concatenate([self._prefix[1], y])
        return x, y

    def _live_overview(self) -> tuple[np.ndarray, np.ndarray]:
        if self.n <= self.FULL_LIMIT:
            return self.epochs(0, self.n), self.errors[: self.n]
        b = self._blocks
        x = np.empty(2 * b + (self.n - self._covered))
        y = np.empty_like(x)
        x[0 : 2 * b : 2] = self._env_x[:b]
        x[1 : 2 * b : 2] = self._env_x[:b]
        y[0 : 2 * b : 2] = self._env_min[:b]
        y[1 : 2 * b : 2] = self._env_max[:b]
        x[2 * b :] = self.epochs(self._covered, self.n)
        y[2 * b :] = self._kept(self._covered, self.n)
        return x, y

    def points(self) -> tuple[np.ndarray, np.ndarray]:
        """(epochs as int64, errors) of the whole history, epochs strictly increasing: every epoch while
        they are all kept; else, for the forgotten stretch, each envelope block's lowest and highest error
        (at a quarter and three quarters of the block: their order within it is not known), then every epoch."""
        prefix = self._prefix[0].astype(np.int64), self._prefix[1]
        if self.dropped == 0:
            live = np.arange(self.first_epoch, self.first_epoch + self.n, dtype=np.int64), self._kept(0, self.n)
            return np.concatenate([prefix[0], live[0]]), np.concatenate([prefix[1], live[1]])
        s = self.stride
        blocks = -(-self.dropped // s)  # whole blocks up to the first exact epoch after the forgotten ones
        exact_from = blocks * s
        starts = self.first_epoch + np.arange(blocks, dtype=np.int64) * s
        epochs = np.empty(2 * blocks + self.n - exact_from, dtype=np.int64)
        errors = np.empty(epochs.size)
        epochs[0 : 2 * blocks : 2] = starts + s // 4
        epochs[1 : 2 * blocks : 2] = starts + (3 * s) // 4
        errors[0 : 2 * blocks : 2] = self._env_min[:blocks]
        errors[1 : 2 * blocks : 2] = self._env_max[:blocks]
        epochs[2 * blocks :] = np.arange(self.first_epoch + exact_from, self.first_epoch + self.n, dtype=np.int64)
        errors[2 * blocks :] = self._kept(exact_from, self.n)
        return np.concatenate([prefix[0], epochs]), np.concatenate([prefix[1], errors])

    def epochs(self, lo: int, hi: int) -> np.ndarray:
        """The epoch numbers of the ``lo``-th to ``hi``-th epochs appended, as float64 (for drawing)."""
        return np.arange(self.first_epoch + lo, self.first_epoch + hi, dtype=np.float64)

    def last_epoch(self) -> int:
        return self.first_epoch + self.n - 1

    def window(self, first_epoch: float, last_epoch: float) -> tuple[np.ndarray, np.ndarray]:
        """Every epoch whose number lies in [first_epoch, last_epoch] (plus one either side); where those
        are no longer kept, the envelope's blocks there."""
        px, py = self._prefix
        if px.size and first_epoch < self.first_epoch:  # a loaded history's points, one either side
            i, j = np.searchsorted(px, [first_epoch, last_epoch])
            i, j = max(i - 1, 0), min(j + 1, px.size)
            x, y = self.window(self.first_epoch, last_epoch) if last_epoch >= self.first_epoch else ([], [])
            return np.concatenate([px[i:j], x]), np.concatenate([py[i:j], y])
        lo = min(max(math.floor(first_epoch) - self.first_epoch - 1, 0), self.n)
        hi = min(max(math.ceil(last_epoch) - self.first_epoch + 2, lo), self.n)
        if lo >= self.dropped:
            return self.epochs(lo, hi), self._kept(lo, hi)
        s = self.stride
        j0, j1 = lo // s, min(-(-min(hi, self.dropped) // s), self._blocks)
        exact_from = min(max(j1 * s, lo), hi)  # kept from here on (j1 * s >= dropped whenever hi > dropped)
        x = np.concatenate([np.repeat(self._env_x[j0:j1], 2), self.epochs(exact_from, hi)])
        y = np.empty_like(x)
        y[0 : 2 * (j1 - j0) : 2] = self._env_min[j0:j1]
        y[1 : 2 * (j1 - j0) : 2] = self._env_max[j0:j1]
        if hi > exact_from:
            y[2 * (j1 - j0) :] = self._kept(exact_from, hi)
        return x, y

    def _kept(self, lo: int, hi: int) -> np.ndarray:
        """The errors of the ``lo``-th to ``hi``-th epochs appended; all of them must still be kept."""
        assert self.dropped <= lo <= hi <= self.n
        return self.errors[lo - self.dropped : hi - self.dropped]

    def _reset_envelope(self) -> None:
        self.stride = 1
        self._blocks = 0
        self._covered = 0  # epochs summarised by the envelope: the first _covered appended
        size = self.ENVELOPE_LIMIT + 1
        self._env_x = np.empty(size)
        self._env_min = np.empty(size)
        self._env_max = np.empty(size)

    def _extend_envelope(self) -> None:
        if self.stride == 1:  # first time past FULL_LIMIT: start with blocks that fit the limit
            self.stride = 1 << max(0, int(np.ceil(np.log2(self.n / self.ENVELOPE_LIMIT))))
        while True:
            s = self.stride
            whole = (self.n - self._covered) // s
            room = self.ENVELOPE_LIMIT - self._blocks
            if whole <= room:
                break
            self._double_stride()
        if whole == 0:
            return
        end = self._covered + whole * s
        block = self._kept(self._covered, end).reshape(whole, s)
        b = self._blocks
        self._env_x[b : b + whole] = self.first_epoch + np.arange(self._covered, end, s) + (s - 1) / 2
        self._env_min[b : b + whole] = block.min(axis=1)
        self._env_max[b : b + whole] = block.max(axis=1)
        self._blocks += whole
        self._covered = end

    def _double_stride(self) -> None:
        b = self._blocks // 2  # an odd last block is dropped from the envelope and re-read from the kept errors
        lo, hi = self._env_min, self._env_max
        self._env_x[:b] = (self._env_x[0 : 2 * b : 2] + self._env_x[1 : 2 * b : 2]) / 2
        self._env_min[:b] = np.minimum(lo[0 : 2 * b : 2], lo[1 : 2 * b : 2])
        self._env_max[:b] = np.maximum(hi[0 : 2 * b : 2], hi[1 : 2 * b : 2])
        self._covered = b * 2 * self.stride
        self._blocks = b
        self.stride *= 2

    def _make_room(self, m: int) -> None:
        """Room for ``m`` more errors: grow up to KEEP_LIMIT, then forget the oldest summarised epochs."""
        stored = self.n - self.dropped
        if stored + m <= self.errors.size:
            return
        if stored + m > self.KEEP_LIMIT and self.n > self.FULL_LIMIT:
            # Forget down to half the limit, but only what the envelope holds, less two blocks: a stride
            # doubling may give back the envelope's last block and read it again.
            forgettable = self._covered - 2 * self.stride - self.dropped
            d = min(forgettable, stored - self.KEEP_LIMIT // 2)
            if d > 0:
                self.errors[: stored - d] = self.errors[d:stored].copy()
                self.dropped += d
                stored -= d
                if stored + m <= self.errors.size:
                    return
        capacity = self.errors.size
        while capacity < stored + m:
            capacity *= 2
        grown = np.empty(capacity, dtype=np.float64)
        grown[:stored] = self.errors[:stored]
        self.errors = grown
