"""``nndesk worksheet FILE --out sheet.pdf``: a printable worksheet of a project's network, answers on their own page.

The PDF is drawn by Qt (:mod:`nndesk.ui.worksheet_pdf`), imported inside :func:`run` with the offscreen
platform: loading this module imports no Qt (``nndesk --version`` stays light) and the command needs no screen.
"""

from __future__ import annotations

import argparse
import os

from nndesk.cli import Command
from nndesk.commands._common import EXIT_OK, UsageError, checked_out, complain, read_source
from nndesk.project.worksheet import WorksheetError, build_worksheet


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("source", metavar="FILE", help="a project file (.nndesk); a preset name works too")
    parser.add_argument("--out", required=True, metavar="PDF", help="the PDF file to write, such as sheet.pdf")
    parser.add_argument("--row", type=int, metavar="N",
                        help="the table row (from 1) to compute by hand (default: the first with an input not 0)")
    parser.add_argument("--title", help="the worksheet's title (default: the project's name or file name)")


def run(options: argparse.Namespace) -> int:
    try:
        out = checked_out(options.out)
        project, shown = read_source(options.source)
        title = options.title or project.name or shown.removesuffix(".nndesk")
        sheet = build_worksheet(project, options.row, title)
    except (UsageError, WorksheetError) as exc:
        return complain(str(exc))
    _offscreen_application()
    from nndesk.ui.worksheet_pdf import save_worksheet  # Qt, only now

    try:
        save_worksheet(sheet, out)
    except OSError as exc:
        return complain(f"could not write {options.out!r}: {exc.strerror or exc}")
    print(f"wrote {out}: {len(sheet.parts[0].blanks) + len(sheet.parts[1].blanks)} blanks for row {sheet.row}, "
          "answers on the last pages")
    return EXIT_OK


def _offscreen_application() -> None:
    """A QApplication on the offscreen platform (none is needed to draw a PDF, but the diagram is a widget)."""
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # no screen needed, whatever the desktop says
        _offscreen_application.app = QApplication(["nndesk worksheet"])  # kept alive for the process


COMMAND = Command(name="worksheet", help="Write a printable worksheet (PDF) of a network: weights, a forward pass "
                  "and one update to compute by hand, answers on a separate page.", add_arguments=add_arguments,
                  run=run)
