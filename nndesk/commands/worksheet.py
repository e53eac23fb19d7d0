"""``nndesk worksheet FILE --out sheet.pdf``: a printable worksheet of a project's network, answers on their own page.

The PDF is drawn by Qt (:mod:`nndesk.ui.worksheet_pdf`), imported inside :func:`run` with the offscreen
platform: loading this module imports no Qt (``nndesk --version`` stays light) and the command needs no screen.
"""

from __future__ import annotations

import argparse
import os

from nndesk.cli import Command
from nndesk.commands._common import EXIT_OK, UsageError, checked_out, complain, read_source
from nndesk.i18n import QT_TRANSLATE_NOOP, translate
from nndesk.project.worksheet import WorksheetError, build_worksheet
from nndesk.worksheet_words import translated_words


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("source", metavar=translate("CommandLine", "FILE"),
                        help=translate("CommandLine", "a project file (.nndesk); a preset name works too"))
    parser.add_argument("--out", required=True, metavar="PDF",
                        help=translate("CommandLine", "the PDF file to write, such as sheet.pdf"))
    parser.add_argument("--row", type=int, metavar="N",
                        help=translate("CommandLine", "the table row (from 1) to compute by hand (default: the "
                                       "first with an input not 0)"))
    parser.add_argument("--title", metavar=translate("CommandLine", "TITLE"),
                        help=translate("CommandLine", "the worksheet's title (default: the project's name or "
                                       "file name)"))


def run(options: argparse.Namespace) -> int:
    try:
        out = checked_out(options.out)
        project, shown = read_source(options.source)
        # a preset's name as the window shows it (Half adder: Halbaddierer); a file's own name as it is
        title = options.title or translate("Presets", project.name or shown.removesuffix(".nndesk"))
        sheet = build_worksheet(project, options.row, title, words=translated_words())
    except (UsageError, WorksheetError) as exc:
        return complain(str(exc))
    _offscreen_application()
    from nndesk.ui.worksheet_pdf import save_worksheet  # Qt, only now

    try:
        save_worksheet(sheet, out)
    except OSError as exc:
        return complain(translate("CommandLine", "could not write {0}: {1}").format(repr(options.out),
                                                                                  exc.strerror or exc))
    blanks = len(sheet.parts[0].blanks) + len(sheet.parts[1].blanks)
    print(translate("CommandLine", "wrote {0}: {1} blanks for row {2}, answers on the last pages").format(
        out, blanks, sheet.row))
    return EXIT_OK


def _offscreen_application() -> None:
    """A QApplication on the offscreen platform (none is needed to draw a PDF, but the diagram is a widget),
    speaking the user's language (the diagram's words on the sheet)."""
    from PySide6.QtWidgets import QApplication

    from nndesk import i18n

    if QApplication.instance() is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # no screen needed, whatever the desktop says
        app = QApplication(["nndesk worksheet"])
        _offscreen_application.app = app  # kept alive for the process
        i18n.install_translators(app, i18n.chosen_language())


COMMAND = Command(name="worksheet", help=QT_TRANSLATE_NOOP("CommandLine", "Write a printable worksheet (PDF) of a "
                                                        "network: weights, a forward pass and one update to compute "
                                                        "by hand, answers on a separate page."),
                  add_arguments=add_arguments, run=run)
