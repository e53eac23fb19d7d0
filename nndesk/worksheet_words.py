"""The worksheet's words in the language nndesk speaks, for the window and the command line alike.

:mod:`nndesk.project.worksheet` has no translator (the project layer imports neither Qt nor :mod:`nndesk.i18n`):
its :class:`~nndesk.project.worksheet.WorksheetWords` are English, marked for the catalogue under the context
``Worksheet``, and the caller passes them in translated: ``build_worksheet(project, row, title,
words=translated_words())``.
"""

from __future__ import annotations

from dataclasses import fields, replace

from nndesk.i18n import translate
from nndesk.project.worksheet import ENGLISH, WorksheetWords


def translated_words(words: WorksheetWords = ENGLISH) -> WorksheetWords:
    """``words`` (English) translated, each one as marked in :mod:`nndesk.project.worksheet`."""
    return replace(words, **{f.name: translate("Worksheet", getattr(words, f.name)) for f in fields(words)})
