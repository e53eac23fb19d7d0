"""An undoable change that the document already holds when it is pushed on the undo stack.

The editors change the document first (so that a refused change never reaches the stack) and then push the
command, whose first ``redo`` (run by ``QUndoStack.push``) must do nothing; undo applies the old value and a
later redo the new one again, through :meth:`AppliedEdit.apply`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoCommand


class AppliedEdit(QUndoCommand):
    """One undoable change from ``old`` to ``new``, pushed after the document took ``new``; a subclass says in
    :meth:`apply` how the document takes a value."""

    def __init__(self, document: Any, old: Any, new: Any, description: str) -> None:
        super().__init__(description)
        self._document, self._old, self._new = document, old, new
        self._done = True  # pushed after the document already holds the change: the first redo has nothing to do

    def apply(self, value: Any) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.apply(self._new)

    def undo(self) -> None:
        self.apply(self._old)
