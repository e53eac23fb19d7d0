"""The worksheet as a printable PDF, drawn with Qt's own PDF writer (QPdfWriter), A4 portrait.

Page 1 on: the title and the network's settings, the network diagram, the weights tables (3 decimals) and the
truth table, then the questions of :class:`~nndesk.project.worksheet.Worksheet` with blanks to fill in. The
answers, with their working, start on a page of their own, so a teacher can print the questions alone.
Drawn in light colours whatever the appearance (paper is white). The bytes are written by
:func:`nndesk.project.safe_save.save_bytes` like every other file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QPen,
)

from nndesk.project.safe_save import save_bytes
from nndesk.project.worksheet import Part, WeightTable, Worksheet
from nndesk.ui.network_diagram import NetworkDiagram

RESOLUTION = 300  # dots per inch of the PDF's coordinates (text and lines stay vector)
_PT = RESOLUTION / 72.0  # device units per point
_BLANK = "________________"


def worksheet_pdf(sheet: Worksheet) -> bytes:
    """``sheet`` as the bytes of a PDF file."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(18, 16, 18, 16), QPageLayout.Unit.Millimeter))
    writer.setTitle(sheet.words.pdf_title.format(sheet.title))
    writer.setCreator("nndesk")
    painter = QPainter(writer)
    try:
        _Flow(painter, writer).sheet(sheet)
    finally:
        painter.end()
    buffer.close()
    return bytes(buffer.data())


def save_worksheet(sheet: Worksheet, path: str | Path) -> None:
    """Write ``sheet`` as a PDF to ``path`` (atomically; OSError when it cannot be written)."""
    save_bytes(path, worksheet_pdf(sheet))


class _Flow:
    """Draws blocks from the top of a page down, starting a new page when the next block does not fit."""

    def __init__(self, painter: QPainter, writer: QPdfWriter) -> None:
        self.p, self.writer = painter, writer
        rect = writer.pageLayout().paintRectPixels(RESOLUTION)
        self.width, self.height = float(rect.width()), float(rect.height())
        self.y = 0.0
        self.page = 1

    # --- text ---------------------------------------------------------------------------------------------
    def font(self, size: float, bold: bool = False, mono: bool = False) -> QFont:
        font = QFont("DejaVu Sans Mono" if mono else "DejaVu Sans")
        if mono:
            font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(size)
        font.setBold(bold)
        self.p.setFont(font)
        return font

    def new_page(self) -> None:
        self.writer.newPage()
        self.page += 1
        self.y = 0.0

    def room(self, height: float) -> None:
        if self.y + height > self.height and self.y > 0:
            self.new_page()

    def text(self, text: str, size: float = 10, bold: bool = False, gap: float = 4, mono: bool = False) -> None:
        """A paragraph, wrapped to the page's width."""
        font = self.font(size, bold, mono)
        metrics = QFontMetricsF(font, self.writer)  # the PDF's resolution, not the screen's
        bound = metrics.boundingRect(QRectF(0, 0, self.width, 1e6), Qt.TextFlag.TextWordWrap, text)
        self.room(bound.height())
        self.p.setPen(QColor("#000000"))
        self.p.drawText(QRectF(0, self.y, self.width, bound.height() + 2), Qt.TextFlag.TextWordWrap, text)
        self.y += bound.height() + gap * _PT

    # --- blocks -------------------------------------------------------------------------------------------
    def sheet(self, sheet: Worksheet) -> None:
        words = sheet.words
        self.text(words.sheet_title.format(sheet.title), 16, bold=True)
        self.text(sheet.summary, 10)
        self.text(words.name_and_date, 10, gap=8)
        self.diagram(sheet)
        self.text(words.weights_heading, 12, bold=True)
        for table in sheet.weight_tables:
            self.weights(table, words.into_from)
        self.text(words.truth_heading, 12, bold=True)
        self.grid(list(sheet.truth_header), [list(r) for r in sheet.truth_rows], highlight=sheet.row - 1)
        for part in sheet.parts:
            self.questions(part)
        self.new_page()
        self.text(words.answers_title.format(sheet.title), 16, bold=True)
        self.text(words.answers_note, 9)
        for part in sheet.parts:
            self.answers(part)

    def diagram(self, sheet: Worksheet) -> None:
        height = self.width * 0.45
        self.room(height)
        view = NetworkDiagram()
        view.setPalette(_paper_palette())  # light tones on white paper, whatever the screen's appearance
        view.set_network(sheet.topology, list(sheet.weights), sheet.input_names, sheet.target_names)
        hidden = sheet.words.hidden
        view.set_gates([[hidden.format(f"{layer}.{i + 1}" if len(sheet.topology) > 3 else i + 1)
                         for i in range(n)] for layer, n in enumerate(sheet.topology[1:-1], 1)])  # the tables' names
        # drawn as on a screen of about 680 pixels across (its fonts and lines in proportion), at twice that
        size = QSize(680, int(680 * height / self.width))
        image = _diagram_image(view, size)
        self.p.drawImage(QRectF(0, self.y, self.width, height), image)
        view.deleteLater()
        self.y += height + 6 * _PT

    def weights(self, table: WeightTable, corner: str) -> None:
        self.text(table.title, 9, gap=2)
        rows = [[name, *(table.cell(i, j) for j in range(len(table.columns)))] for i, name in enumerate(table.rows)]
        self.grid([corner, *table.columns], rows)

    def grid(self, header: list[str], rows: list[list[str]], highlight: int | None = None) -> None:
        """A table with lines: a bold header row, then ``rows``; row ``highlight`` shaded (the chosen row)."""
        metrics = QFontMetricsF(self.font(9, bold=True), self.writer)  # the PDF's resolution; bold is widest
        line = metrics.height() * 1.5
        widths = [max(metrics.horizontalAdvance(c) for c in column) + 12 * _PT
                  for column in zip(header, *rows, strict=True)]
        scale = min(1.0, self.width / sum(widths))
        widths = [w * scale for w in widths]
        for k, cells in enumerate([header, *rows]):
            self.room(line)
            x = 0.0
            if highlight is not None and k - 1 == highlight:
                self.p.fillRect(QRectF(0, self.y, sum(widths), line), QColor("#e8e8e8"))
            self.font(9, bold=k == 0)
            self.p.setPen(QPen(QColor("#000000"), 0.6 * _PT))
            for width, cell in zip(widths, cells, strict=True):
                box = QRectF(x, self.y, width, line)
                self.p.drawRect(box)
                align = Qt.AlignmentFlag.AlignVCenter | (Qt.AlignmentFlag.AlignLeft if x == 0 else
                                                         Qt.AlignmentFlag.AlignRight)
                self.p.drawText(box.adjusted(4 * _PT, 0, -4 * _PT, 0), align, cell)
                x += width
            self.y += line
        self.y += 8 * _PT

    def questions(self, part: Part) -> None:
        self.room(80 * _PT)
        self.text(part.title, 12, bold=True)
        for line in part.intro:
            self.text(line, 9.5)
        for k, blank in enumerate(part.blanks, 1):
            self.text(f"{k}. {blank.question} = {_BLANK}", 9.5, gap=5)
        self.y += 6 * _PT

    def answers(self, part: Part) -> None:
        self.text(part.title, 12, bold=True)
        for k, blank in enumerate(part.blanks, 1):
            self.text(f"{k}. {blank.question} = {blank.answer_text()}", 9, bold=True, gap=1)
            if blank.working:
                self.text(f"     {blank.working}", 8.5, gap=4, mono=True)
        self.y += 6 * _PT


def _diagram_image(view: NetworkDiagram, size: QSize, zoom: int = 3) -> QImage:
    """The diagram laid out for ``size`` pixels, drawn ``zoom`` times as sharp (for print)."""
    image = QImage(size * zoom, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    try:
        painter.scale(zoom, zoom)
        view.render_to(painter, QRectF(0, 0, size.width(), size.height()))
    finally:
        painter.end()
    return image


def _paper_palette() -> QPalette:
    palette = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#ffffff"), (QPalette.ColorRole.Base, "#ffffff"),
                         (QPalette.ColorRole.WindowText, "#000000"), (QPalette.ColorRole.Text, "#000000")):
        palette.setColor(role, QColor(colour))
    return palette
