"""The main window's File and Table commands: project files, recent files, the unsaved-changes question, drag
and drop, tables from expressions or CSV, export as Python, and the undo step of a topology edit.

:class:`ProjectActions` works on the window's :class:`~nndesk.ui.document.Document`; the window is only the
parent of its dialogs and boxes. It keeps file handling out of the window's layout and training code.
"""

from __future__ import annotations

import errno
import time
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QUndoStack
from PySide6.QtWidgets import QDialog, QFileDialog, QMainWindow, QMessageBox, QStatusBar

from nndesk.engine.wording import count
from nndesk.i18n import QT_TRANSLATE_NOOP, translate
from nndesk.project.csv_io import CsvError, read_csv, write_csv
from nndesk.project.export_python import python_source
from nndesk.project.presets import DEFAULT_PRESET, PRESETS, SUGGESTED_HIDDEN, preset_named
from nndesk.project.project_file import SUFFIX, Project, ProjectError, load_project, save_project
from nndesk.project.recovery import Recovery, discard_recovery
from nndesk.project.safe_save import save_bytes, shown_name
from nndesk.project.training_settings import TrainingSettings
from nndesk.project.truth_table import TruthTable
from nndesk.ui.applied_edit import AppliedEdit
from nndesk.ui.document import Document
from nndesk.ui.hyperparameters import (
    ALPHA_MAX,
    ETA_MAX,
    ETA_MIN,
    MARGIN_MAX,
    MAX_EPOCHS_MAX,
    SEED_MAX,
    TARGET_MAX,
    TARGET_MIN,
)
from nndesk.ui.settings import add_recent, load_recent, open_settings, remove_recent
from nndesk.ui.table_dialogs import CsvImportDialog, ExpressionDialog
from nndesk.ui.topology_editor import MAX_HIDDEN_LAYERS, MAX_NEURONS

SAVE_FAILED_ADVICE = QT_TRANSLATE_NOOP("ProjectActions", "Your work is still here, not saved: choose File > Save As "
                                       "to save it somewhere else (another folder or drive).")
RECOVERY_QUESTION = QT_TRANSLATE_NOOP("ProjectActions", "nndesk closed unexpectedly. Restore the unsaved work from "
                                                        "{time}?")
PROJECT_FILTER = QT_TRANSLATE_NOOP("ProjectActions", "nndesk projects (*.nndesk);;All files (*)")
CSV_FILTER = QT_TRANSLATE_NOOP("ProjectActions", "CSV files (*.csv *.txt *.tsv);;All files (*)")
UNTITLED = QT_TRANSLATE_NOOP("ProjectActions", "Untitled")


class ProjectActions(QObject):
    """The File and Table commands of one main window, working on its :class:`Document`.

    ``window`` is the main window, used as the parent of dialogs and boxes, for its status bar and its
    public ``table_editor`` (a new table goes through its undoable edits) and ``recent_menu``.
    """

    def __init__(self, document: Document, window: QMainWindow, undo_stack: QUndoStack) -> None:
        super().__init__(window)
        self.document = document
        self._window = window
        self._undo_stack = undo_stack
        self._expressions = "Sum = A ^ B\nCarry = A & B"  # what the expression dialog shows next

    def _status_bar(self) -> QStatusBar:
        return self._window.statusBar()

    def new_project(self) -> bool:
        """File > New: after the unsaved-changes question, an untitled project on the article's demo."""
        if not self.may_discard_changes():
            return False
        self.load_demo()
        self.document.set_path(None)
        self._undo_stack.clear()
        self.document.set_modified(False)
        return True

    def load_demo(self) -> None:
        """The article's demo: half adder, 2-3-2, eta 0.09, alpha 0.015, target 0.01."""
        table = PRESETS[DEFAULT_PRESET]
        self.document.set_problem(table, SUGGESTED_HIDDEN.get(DEFAULT_PRESET, [3]), None, TrainingSettings(),
                                  translate("ProjectActions", "The article's demo: half adder, 2-3-2, η 0.09, α "
                                                              "0.015, target error 0.01"))

    def project(self) -> Project:
        """What a project file would hold now: table, network, settings, weights and the plotted history."""
        return self.document.project()

    def project_path(self) -> Path | None:
        return self.document.path

    def open_project(self, path: str | Path | None = None) -> bool:
        """Open a project file (asking for one when ``path`` is None); False if nothing was opened.

        Unsaved changes are offered for saving first; a file that cannot be read is explained in a box.
        """
        if not self.may_discard_changes():
            return False
        if path is None:
            name, _ = QFileDialog.getOpenFileName(self._window, translate("ProjectActions", "Open project"),
                                                  self._dialog_folder(), translate("ProjectActions", PROJECT_FILTER))
            if not name:
                return False
            path = name
        path = Path(path)
        try:
            project = load_project(path)
        except ProjectError as exc:
            self._show_problem(translate("ProjectActions", "Cannot open the project"), str(exc))
            return False
        problem = self.cannot_show(project)
        if problem:
            self._show_problem(translate("ProjectActions", "Cannot open the project"), translate("ProjectActions",
                "Cannot open {0}: {1}").format(path.name, problem))
            return False
        self.show_project(project)
        self.document.set_path(path)
        self._add_recent(path)
        self._status_bar().showMessage(translate("ProjectActions", "Opened {0}: epoch {1}").format(
            path.name, f"{self.document.network.epochs:,}"), 8000)
        return True

    def cannot_show(self, project: Project) -> str | None:
        """Why the window cannot show ``project`` as it is (a valid file beyond the editors' limits), or None."""
        if len(project.hidden) > MAX_HIDDEN_LAYERS or any(n > MAX_NEURONS for n in project.hidden):
            return translate("ProjectActions", "its network {0} is bigger than the window shows (at most {1} hidden "
                             "layers of {2} neurons); nndesk train FILE can train it").format(
                "-".join(map(str, project.topology)), MAX_HIDDEN_LAYERS, MAX_NEURONS)
        for label, value, (lo, hi) in ((translate("ProjectActions", "learning rate η"), project.eta, (ETA_MIN,
                                                                                                      ETA_MAX)),
                                       (translate("ProjectActions", "momentum α"), project.alpha, (0.0, ALPHA_MAX)),
                                       (translate("ProjectActions", "error target"), project.target_error, (TARGET_MIN,
                                           TARGET_MAX)),
                                       (translate("ProjectActions", "margin"), project.margin, (0.0, MARGIN_MAX)),
                                       (translate("ProjectActions", "max epochs"), project.max_epochs, (1,
                                           MAX_EPOCHS_MAX)),
                                       (translate("ProjectActions", "seed"), project.seed, (0, SEED_MAX))):
            if not lo <= value <= hi:
                return translate("ProjectActions", "its {0} {1} is outside what the window allows ({2} to {3})").format(
                    label, f"{value:g}", f"{lo:g}", f"{hi:g}")
        return None

    def show_project(self, project: Project) -> None:
        """Show ``project`` as it was saved: table, network, settings, weights, plot; nothing to undo."""
        self.document.show_project(project)
        self._undo_stack.clear()

    def save(self) -> bool:
        """File > Save: into the project's file, or ask for one (Save As) the first time."""
        if self.document.path is None:
            return self.save_as()
        return self._save_to(self.document.path)

    def save_as(self, path: str | Path | None = None) -> bool:
        """File > Save As: into ``path`` (asked for when None); ``.nndesk`` is added when missing."""
        if path is None:
            path_now = self.document.path
            suggested = str(Path(self._dialog_folder()) / (path_now.name if path_now else UNTITLED + SUFFIX))
            name, _ = QFileDialog.getSaveFileName(self._window, translate("ProjectActions", "Save project"), suggested,
                                                  translate("ProjectActions", PROJECT_FILTER))
            if not name:
                return False
            path = name
        path = Path(path)
        if path.suffix.lower() != SUFFIX:
            path = path.with_name(path.name + SUFFIX)
        return self._save_to(path)

    def _save_to(self, path: Path) -> bool:
        if self.document.is_training():
            self._status_bar().showMessage(translate("ProjectActions", "Pause training to save the project"), 8000)
            return False
        try:
            save_project(self.project(), path)
        except ProjectError as exc:
            self._show_problem(translate("ProjectActions", "Cannot save the project"), save_failure_text(path, exc),
                               translate("ProjectActions", SAVE_FAILED_ADVICE))
            return False
        self.document.set_path(path)
        self._add_recent(path)
        self.document.set_modified(False)
        self._status_bar().showMessage(translate("ProjectActions", "Saved {0}").format(path.name), 5000)
        return True

    def may_discard_changes(self) -> bool:
        """True when the shown work may be replaced: nothing unsaved, or the user saved or discarded it."""
        if not self.document.modified:
            return True
        answer = self.ask_about_unsaved_changes()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def ask_about_unsaved_changes(self) -> QMessageBox.StandardButton:
        """The Save / Discard / Cancel question (a modal box named ``unsavedChangesBox``)."""
        name = self.document.path.name if self.document.path else translate("ProjectActions", UNTITLED)
        buttons = (QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                   | QMessageBox.StandardButton.Cancel)
        box = QMessageBox(QMessageBox.Icon.Warning, translate("ProjectActions", "Unsaved changes"),
                          translate("ProjectActions", "Save the changes to {0} before going on?").format(
                              name), buttons, self._window)
        box.setObjectName("unsavedChangesBox")
        box.setInformativeText(translate("ProjectActions", "The table, the network and its training will be lost if "
                                                           "you don't save them."))
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        return QMessageBox.StandardButton(box.exec())

    def offer_recovery(self, recovery: Recovery) -> bool:
        """Ask whether to restore the work a crashed session autosaved; True if it is shown now.

        Restore shows it as unsaved work (an untitled project); Discard deletes the recovery file. A modal box
        named ``recoveryBox`` (tests answer it from a timer).
        """
        box = QMessageBox(QMessageBox.Icon.Question, translate("ProjectActions", "Restore unsaved work"),
                          translate("ProjectActions", RECOVERY_QUESTION).format(
                              time=_when(recovery.saved_at)), QMessageBox.StandardButton.Discard,
                          self._window)
        box.setObjectName("recoveryBox")
        restore = box.addButton(translate("ProjectActions", "Restore"), QMessageBox.ButtonRole.AcceptRole)
        restore.setObjectName("restoreButton")
        box.setInformativeText(translate("ProjectActions", "Restore shows the table, the network and its training as "
                                         "they were autosaved; Discard deletes them."))
        box.setDefaultButton(restore)
        box.exec()
        restored = box.clickedButton() is restore
        box.deleteLater()
        if not restored:
            discard_recovery(recovery.path)
            return False
        try:
            project = load_project(recovery.path)
        except ProjectError as exc:
            self._show_problem(translate("ProjectActions", "Cannot restore the unsaved work"), str(exc))
            discard_recovery(recovery.path)
            return False
        problem = self.cannot_show(project)
        if problem:
            self._show_problem(translate("ProjectActions", "Cannot restore the unsaved work"),
                               translate("ProjectActions", "Cannot show the autosaved work: {0}").format(problem))
            return False  # kept: a newer nndesk may show it
        self.show_project(project)
        self.document.set_path(None)
        self.document.set_modified(True)  # still unsaved: it autosaves again from here
        self._window.autosaver.autosave()
        if self._window.autosaver.path is not None:  # waits for the write: this session's autosave holds it now
            discard_recovery(recovery.path)
        self._status_bar().showMessage(translate("ProjectActions", "Restored the work autosaved at {0}: epoch {1}. "
                                                                   "Save it to keep it.").format(
            _when(recovery.saved_at), f"{self.document.network.epochs:,}"), 10000)
        return True

    def quit_requested(self) -> None:
        """File > Quit: ask about unsaved changes, then close."""
        if self.may_discard_changes():
            self.document.set_modified(False)
            self._window.close()

    def _show_problem(self, title: str, message: str, advice: str = "") -> None:
        self._status_bar().showMessage(message, 10000)
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, self._window)
        box.setObjectName("problemBox")
        if advice:
            box.setInformativeText(advice)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # window-modal without a nested event loop

    def _dialog_folder(self) -> str:
        if self.document.path is not None:
            return str(self.document.path.parent)
        recent = load_recent(open_settings())
        return str(Path(recent[0]).parent) if recent else str(Path.home())

    def _add_recent(self, path: Path) -> None:
        add_recent(open_settings(), str(path.resolve()))

    def fill_recent_menu(self) -> None:
        """The Open Recent menu: one entry per recent project file."""
        menu = self._window.recent_menu
        menu.clear()
        paths = load_recent(open_settings())
        for k, text in enumerate(paths):
            action = menu.addAction(f"&{k + 1} {Path(text).name}")
            action.setStatusTip(text)
            action.setToolTip(text)
            action.triggered.connect(lambda _=False, p=text: self._open_recent(p))
        menu.setEnabled(bool(paths))

    def _open_recent(self, text: str) -> None:
        if not Path(text).is_file():
            remove_recent(open_settings(), text)
            self._show_problem(translate("ProjectActions", "Cannot open the project"), translate("ProjectActions",
                "{0} is no longer there; it was taken off the list.").format(text))
            return
        self.open_project(text)

    def drag_entered(self, event: QDragEnterEvent) -> None:
        if _dropped_project(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropped(self, event: QDropEvent) -> None:
        path = _dropped_project(event)
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.open_project(path)

    # ================================================================ whole tables: expressions, CSV
    def exec_dialog(self, dialog: QDialog) -> bool:
        """Run a modal dialog; True if the user accepted it. (Tests answer it from a timer.)"""
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()

    def table_from_expressions(self) -> bool:
        """Table > From Expressions: replace the table with the one the typed expressions make (undoable)."""
        dialog = ExpressionDialog(self._window, self._expressions)
        if not self.exec_dialog(dialog) or dialog.table() is None:
            return False
        self._expressions = dialog.editor.toPlainText()
        self._replace_table(dialog.table(), translate("ProjectActions", "Table from expressions"))
        return True

    def import_csv(self, path: str | Path | None = None) -> bool:
        """Table > Import CSV: read a file, let the user tick the target columns, replace the table (undoable)."""
        if path is None:
            name, _ = QFileDialog.getOpenFileName(self._window, translate("ProjectActions", "Import a table"),
                                                  self._dialog_folder(), translate("ProjectActions", CSV_FILTER))
            if not name:
                return False
            path = name
        path = Path(path)
        try:
            grid = read_csv(path)
        except CsvError as exc:
            self._show_problem(translate("ProjectActions", "Cannot import the table"), str(exc))
            return False
        dialog = CsvImportDialog(grid, path.name, self._window)
        if not self.exec_dialog(dialog) or dialog.table() is None:
            return False
        self._replace_table(dialog.table(), translate("ProjectActions", "Import {0}").format(path.name))
        return True

    def export_csv(self, path: str | Path | None = None) -> bool:
        """Table > Export CSV: write the table (names, then rows; don't-cares as x)."""
        if path is None:
            stem = self.document.path.stem if self.document.path else "table"
            suggested = str(Path(self._dialog_folder()) / f"{stem}.csv")
            name, _ = QFileDialog.getSaveFileName(self._window, translate("ProjectActions", "Export the table"),
                                                  suggested, translate("ProjectActions", CSV_FILTER))
            if not name:
                return False
            path = name
        try:
            write_csv(self.document.table, path)
        except CsvError as exc:
            self._show_problem(translate("ProjectActions", "Cannot export the table"), str(exc))
            return False
        self._status_bar().showMessage(translate("ProjectActions", "Wrote the table to {0}").format(
            Path(path).name), 5000)
        return True

    def export_python(self, path: str | Path | None = None) -> bool:
        """File > Export as Python: the network with its current weights as a standalone ``.py`` file."""
        doc = self.document
        if doc.is_training():
            return False
        if path is None:
            stem = doc.path.stem if doc.path else "network"
            suggested = str(Path(self._dialog_folder()) / f"{_identifier(stem)}.py")
            name, _ = QFileDialog.getSaveFileName(self._window, translate("ProjectActions", "Export as Python"),
                                                  suggested, translate("ProjectActions", "Python files (*.py)"))
            if not name:
                return False
            path = name
        path = Path(path)
        title = doc.path.stem if doc.path else preset_named(doc.table) or "network"
        try:
            save_bytes(path, python_source(doc.network, doc.network_table(), title).encode("utf-8"))
        except OSError as exc:
            reason = exc.strerror or exc
            self._show_problem(translate("ProjectActions", "Cannot export the network"), translate("ProjectActions",
                "Could not write {0}: {1}").format(shown_name(path), reason))
            return False
        self._status_bar().showMessage(translate("ProjectActions", "Wrote {0}: run it with  python {0} 0 1").format(
            path.name), 8000)
        return True

    def _replace_table(self, table: TruthTable, description: str) -> None:
        self.document.stop_training()
        self._window.table_editor.model.apply_edit(table, description)  # undoable; the document follows it
        self._status_bar().showMessage(f"{description}: {count(table.n_inputs, 'input')}, "
                                       f"{count(table.n_targets, 'target')}, {count(table.n_rows, 'row')}", 8000)


class TopologyEdit(AppliedEdit):
    """One undoable change of the hidden layers or activations: (hidden sizes, activations) before and after."""

    def apply(self, value: tuple[list[int], list[str]]) -> None:
        self._document.set_topology(*value)


def save_failure_text(path: Path, error: ProjectError) -> str:
    """Why ``path`` was not saved, in the user's words when the system's reason is a common one."""
    cause = error.__context__  # save_project raises from the OSError (``from None`` keeps it as the context)
    code = cause.errno if isinstance(cause, OSError) else None
    folder = path.parent.name or str(path.parent)
    reasons = {
        errno.ENOSPC: translate("ProjectActions", "the disk is full"),
        errno.EDQUOT: translate("ProjectActions", "the disk is full (you have used all the space you are allowed)"),
        errno.EFBIG: translate("ProjectActions", "the disk is full, or the file would be bigger than this disk or "
                                                 "your account allows"),
        errno.EACCES: translate("ProjectActions", "nndesk may not write in the folder {0}: it is read-only or "
                                                  "belongs to someone else").format(
            folder),
        errno.EPERM: translate("ProjectActions", "nndesk may not write in the folder {0}: it is read-only or belongs "
                                                 "to someone else").format(
            folder),
        errno.EROFS: translate("ProjectActions", "the folder {0} is on a read-only disk").format(folder),
        errno.EISDIR: translate("ProjectActions",
                                "there is a folder named {0} where the project file should go").format(
            path.name),
        errno.ENOTDIR: translate("ProjectActions", "the folder {0} is not there (a file has its name)").format(folder),
        errno.ENOENT: translate("ProjectActions", "the folder {0} is not there any more").format(folder),
    }
    if code not in reasons:
        return str(error)
    return translate("ProjectActions", "Could not save {0}: {1}. The file on disk was not changed.").format(
        path.name, reasons[code])


def _when(timestamp: float) -> str:
    """A time of today as 14:05; an older one with its date, 3 Dec 14:05."""
    moment = time.localtime(timestamp)
    return time.strftime("%H:%M" if moment[:3] == time.localtime()[:3] else "%d %b %H:%M", moment)


def _identifier(stem: str) -> str:
    """A file stem that Python can import: letters, digits and underscores, not starting with a digit."""
    name = "".join(ch if ch.isalnum() else "_" for ch in stem).strip("_") or "network"
    return f"n_{name}" if name[0].isdigit() else name


def _dropped_project(event: QDragEnterEvent | QDropEvent) -> Path | None:
    """The first local project file in a drag, or None."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile() and url.toLocalFile().lower().endswith(SUFFIX):
            return Path(url.toLocalFile())
    return None
