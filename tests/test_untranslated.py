"""A German nndesk shows no English: every text the window, its docks and its menus show is looked for among
the English string literals of nndesk's code, and one found there is a string nobody marked for translation
(or marked but looked up where no translation exists).

How the check works: the English literals are read from the sources with ``ast`` (so a new unmarked string is
caught the day it is written, without a list to keep); the window is built with the German catalogues
installed; each widget's text, tooltip, What's-this, accessible name and description, each action, menu, dock
title, tab, combo item and header is compared with those literals. Words that are the same in both languages
(Adam, Momentum, Rprop, η...) are the catalogue's business: a literal whose German translation is itself is
not English.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QWidget,
)

from nndesk import i18n

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "nndesk"
CATALOGUE = ROOT / "translations" / "nndesk_de.ts"
# Texts that are English on purpose in a German window, each with its reason.
NOT_WORDS = {
    "nndesk",  # the program's name
    "English", "Deutsch",  # View > Language names each language as its speakers write it
    "Adam", "Rprop", "Backprop", "Xavier",  # the methods' names, as the literature writes them in German too
}
_TAG = re.compile(r"<[^>]+>")
_WORD = re.compile(r"[A-Za-z]{3,}")


def normalise(text: str) -> str:
    """A shown text as it compares with a literal: without markup, shortcut ampersands, ellipses and colons."""
    text = _TAG.sub(" ", text).replace("&nbsp;", " ").replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.replace("…", "").replace("...", "").split()).strip(" :")


def same_in_german() -> set[str]:
    """The catalogue's sources whose German is the same text (names, symbols): not English when shown."""
    same = set()
    for message in ET.parse(CATALOGUE).getroot().iter("message"):
        source, translation = message.findtext("source") or "", message.findtext("translation") or ""
        if normalise(source) == normalise(translation):
            same.add(normalise(source))
    return same


def english_literals() -> dict[str, str]:
    """{normalised literal: "module:line"} for every string literal of the package that reads as English words
    (two or more words, or one capitalised word of four letters or more), f-strings' literal parts included."""
    found: dict[str, str] = {}
    for path in sorted(SOURCES.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                      if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
                      and node.body and isinstance(node.body[0], ast.Expr)
                      and isinstance(node.body[0].value, ast.Constant)}
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Constant) and isinstance(node.value, str)) or id(node) in docstrings:
                continue
            text = normalise(node.value)
            words = _WORD.findall(text)
            if len(words) >= 2 or (len(words) == 1 and len(text) >= 4 and text[0].isupper() and text.isalpha()):
                found.setdefault(text, f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


def shown_texts(window: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text the window and its children show or read out."""
    shown: list[tuple[str, str]] = []

    def add(where: str, *texts: str) -> None:
        shown.extend((where, t) for t in texts if t and t.strip())

    for widget in [window, *window.findChildren(QWidget)]:
        name = f"{type(widget).__name__} {widget.objectName() or ''}".strip()
        add(name, widget.toolTip(), widget.whatsThis(), widget.accessibleName(), widget.accessibleDescription(),
            widget.statusTip())
        if isinstance(widget, QLabel):
            add(name, widget.text())
        if isinstance(widget, QAbstractButton):
            add(name, widget.text())
        if isinstance(widget, QGroupBox):
            add(name, widget.title())
        if isinstance(widget, QDockWidget) or widget is window:
            add(name, widget.windowTitle())
        if isinstance(widget, QLineEdit):
            add(name, widget.placeholderText())
        if isinstance(widget, QAbstractSpinBox):
            add(name, widget.specialValueText())
        if isinstance(widget, QComboBox):
            add(name, *(widget.itemText(i) for i in range(widget.count())),
                *(str(widget.itemData(i, Qt.ItemDataRole.ToolTipRole) or "") for i in range(widget.count())))
        if isinstance(widget, QTabBar):
            add(name, *(widget.tabText(i) for i in range(widget.count())),
                *(widget.tabToolTip(i) for i in range(widget.count())))
        if isinstance(widget, QMenu):
            add(name, widget.title())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model, root = widget.model(), QModelIndex()
            lists = isinstance(model, QAbstractListModel)  # whose columnCount Qt keeps private: one column
            rows, columns = min(model.rowCount(root), 50), 1 if lists else model.columnCount(root)
            for row in range(rows):
                for column in range(columns):
                    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                        value = model.data(model.index(row, column, root), role)
                        add(f"{name} cell", value if isinstance(value, str) else "")
            for orientation, count in ((Qt.Orientation.Horizontal, columns), (Qt.Orientation.Vertical, rows)):
                for section in range(count):
                    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                        value = model.headerData(section, orientation, role)
                        add(f"{name} header", value if isinstance(value, str) else "")
    for action in window.findChildren(QAction):
        add(f"action {action.objectName()}", action.text(), action.toolTip() if action.toolTip() !=
            action.text().replace("&", "") else "", action.statusTip(), action.whatsThis())
    if hasattr(window, "statusBar"):
        add("status bar", window.statusBar().currentMessage())
    return shown


def english_shown(window: QWidget, data_words: set[str]) -> list[str]:
    """Each shown text that is an English literal of the code (or holds one of three words or more)."""
    literals = english_literals()
    same = same_in_german() | NOT_WORDS | data_words
    long_ones = [(text, where) for text, where in literals.items() if len(text.split()) >= 3 and text not in same]
    problems = []
    for where, text in shown_texts(window):
        plain = normalise(text)
        if plain in same:
            continue
        if plain in literals:
            problems.append(f"{where}: {plain!r} (the literal at {literals[plain]})")
            continue
        inside = next(((lit, at) for lit, at in long_ones if lit in plain), None)
        if inside:
            problems.append(f"{where}: {plain!r} holds {inside[0]!r} (the literal at {inside[1]})")
    return sorted(set(problems))


@pytest.fixture
def german(qapp):
    assert i18n.install_translators(qapp, "de")
    yield
    i18n.remove_translators(qapp)


def _spiral_with_every_feature(window) -> None:
    """The Playground's spiral from the Problem data dock, every feature ticked, trained a little."""
    window.datasets.regenerate()  # the dock's default problem is the spiral
    for toggle in window.datasets.panel.features.boxes.values():
        if not toggle.isChecked():
            toggle.click()  # as the user does: one undoable step each
    assert window.document.table.n_rows > 100 and len(window.document.features) == 7


@pytest.mark.parametrize("prepare", [lambda window: None, _spiral_with_every_feature],
                         ids=["the half adder", "the spiral with features"])
def test_the_german_window_shows_no_english(german, qtbot, prepare):
    from nndesk.ui import MainWindow

    window = MainWindow(restore_session=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    prepare(window)
    for dock in window.findChildren(QDockWidget):  # every dock built and shown, as a user opens each
        dock.show()
    qtbot.wait(50)
    table = window.document.table  # the user's own column names are data, not words to translate
    data_words = {normalise(n) for n in (*table.input_names, *table.target_names)}
    problems = english_shown(window, data_words)
    assert not problems, (f"{len(problems)} English texts in the German window (mark them for translation and "
                          "translate them, see tests/test_translations.py):\n" + "\n".join(problems))


def test_the_german_dialogs_show_no_english(german, qtbot, tmp_path):
    """The dialogs a user opens from the window: the seed study, Save as Lesson, a column from an expression and
    the CSV import, each built as the window builds it."""
    from nndesk.project.csv_io import parse_csv
    from nndesk.ui import MainWindow
    from nndesk.ui.lesson_dialog import LessonDialog
    from nndesk.ui.study_window import StudyWindow, config_from_document
    from nndesk.ui.table_dialogs import CsvImportDialog, ExpressionDialog

    window = MainWindow(restore_session=False)
    qtbot.addWidget(window)
    document = window.document
    dialogs = [StudyWindow(config_from_document(document), document=document, parent=window),
               LessonDialog(window), ExpressionDialog(window, ""),
               CsvImportDialog(parse_csv("a,b,y\n0,1,1\n1,0,1\n"), "gates.csv", window)]
    table = document.table
    data_words = {normalise(n) for n in (*table.input_names, *table.target_names, "a", "b", "y", "gates.csv")}
    problems = []
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        problems += [f"{type(dialog).__name__} > {p}" for p in english_shown(dialog, data_words)]
        dialog.close()
    assert not problems, (f"{len(problems)} English texts in the German dialogs:\n" + "\n".join(problems))


def test_the_error_plots_right_click_menu_speaks_german(german, qtbot):
    """pyqtgraph's own menu (View All, Mouse Mode, Plot Options...) asks Qt for translations under its own
    contexts; nndesk's catalogue carries them (nndesk/ui/plot_words.py)."""
    from nndesk.ui.error_plot import ErrorPlot

    plot = ErrorPlot()
    qtbot.addWidget(plot)
    item = plot.getPlotItem()
    menu = item.getViewBox().menu
    assert [a.text() for a in menu.actions()[:1]] == ["Alles zeigen"]
    assert item.ctrlMenu.title() == "Diagrammoptionen"  # added to the menu when it opens
    assert item.ctrl.logYCheck.text() == "Log Y" and item.ctrl.downsampleCheck.text() == "Ausdünnen"
    assert "gemittelt" in item.ctrl.averageGroup.toolTip()  # a long string, split over lines where it is marked
    assert [a.text() for a in plot.scene().contextMenu] == ["Exportieren …"]
