"""Words for the user: counts in messages ("1 epoch", "2 epochs") and the hook that puts the engine's and the
project layer's messages into the language nndesk speaks.

The core layers import no Qt and no display layer, yet what they raise is shown to the user (``str(exc)`` in a
message box, the status bar, the command line). So they mark each message with :func:`translate`, which
returns the English text until a display layer installs a real translator (:func:`install`):
``nndesk.i18n`` does so for the window and the command line. Messages are translated when raised, with
``{0}`` placeholders filled by ``.format()`` afterwards, so ``str(exc)`` is already in the user's language.
``lupdate`` reads the ``translate("Context", "text")`` calls into the catalogue like any other.
"""

from __future__ import annotations

from collections.abc import Callable

_translator: Callable[[str, str], str] | None = None  # set by a display layer; None speaks the source, English


def install(translator: Callable[[str, str], str] | None) -> None:
    """Make :func:`translate` ask ``translator(context, text)``; None goes back to English."""
    global _translator
    _translator = translator


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark ``text`` for the catalogue under ``context`` and return it unchanged: for a name passed on into a
    message (``check_rate(QT_TRANSLATE_NOOP("Network", "margin"), m)``), translated where the message is made."""
    return text


def translate(context: str, text: str) -> str:
    """``text``, marked under ``context`` for the catalogue, in the language nndesk speaks (English until a
    translator is installed). Call it where a message is made, never in a hot loop."""
    return text if _translator is None else _translator(context, text)


def counted(n: int, one: str, many: str) -> str:
    """``one`` for exactly 1, else ``many`` with ``{0}`` replaced by ``n`` with thousands separators; both
    already translated: ``counted(n, translate("Network", "1 row"), translate("Network", "{0} rows"))``."""
    return one if n == 1 else many.format(f"{n:,}")


def count(n: int, noun: str, plural: str | None = None) -> str:
    """``n`` with thousands separators and ``noun`` in the singular for exactly 1, else ``plural``
    (``noun + "s"`` unless given): ``count(1, "epoch")`` is "1 epoch", ``count(2, "matrix", "matrices")``
    "2 matrices". English only (a message for the user counts with :func:`counted`)."""
    return f"{n:,} {noun if n == 1 else (plural or noun + 's')}"


def counted_noun(n: int, noun: str) -> str:
    """``n`` of ``noun`` (one of the English nouns below) in the language nndesk speaks: "1 value", "3 values";
    in German "1 Wert", "3 Werte". For messages, made where they are raised."""
    forms = {
        "value": (translate("Count", "1 value"), translate("Count", "{0} values")),
        "input": (translate("Count", "1 input"), translate("Count", "{0} inputs")),
        "target": (translate("Count", "1 target"), translate("Count", "{0} targets")),
        "column": (translate("Count", "1 column"), translate("Count", "{0} columns")),
        "row": (translate("Count", "1 row"), translate("Count", "{0} rows")),
        "number": (translate("Count", "1 number"), translate("Count", "{0} numbers")),
        "epoch": (translate("Count", "1 epoch"), translate("Count", "{0} epochs")),
        "error": (translate("Count", "1 error"), translate("Count", "{0} errors")),
        "seed": (translate("Count", "1 seed"), translate("Count", "{0} seeds")),
    }
    return counted(n, *forms[noun])
