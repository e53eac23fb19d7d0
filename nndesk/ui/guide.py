"""The user guide inside the app: Help ▸ User Guide (F1) opens a searchable guide shipped in the package.

The guide is one HTML file per language, ``nndesk.resources/guide/guide.html`` (English) and ``guide_de.html``
(German, with the same anchors), read through importlib.resources (so it works offline, from a wheel and from the
executable) and shown in a QTextBrowser with a search field, in the language the window speaks.
F1 opens it at the entry of the control under the mouse, or else of the control with the keyboard focus;
``TOPICS`` maps controls (by object name, or its start for numbered ones) to the guide's anchors and to
their one-line "What's this" text.
"""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QCursor, QKeySequence, QPalette, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMenuBar,
    QPushButton,
    QTabBar,
    QTextBrowser,
    QTextEdit,
    QVBoxLayout,
    QWhatsThis,
    QWidget,
)

from nndesk import i18n
from nndesk.assets import RESOURCE_PACKAGE
from nndesk.i18n import QT_TRANSLATE_NOOP, translate

GUIDE_FOLDER = "guide"  # in nndesk.resources: guide.html (English) and guide_<language>.html

# object name (or, ending in "*", its start) -> (guide anchor, what it does in one line)
TOPICS: dict[str, tuple[str, str]] = {
    "etaSpin": ("learning-rate", QT_TRANSLATE_NOOP("Guide", "Learning rate η: how far each weight moves after each "
                                                   "row (Δw = η · gradient · output + …).")),
    "alphaSpin": ("momentum", QT_TRANSLATE_NOOP("Guide", "Momentum α: the share of each weight's previous change "
                                                         "added to its next one.")),
    "seedSpin": ("seed", QT_TRANSLATE_NOOP("Guide", "Seed: the same seed always gives the same starting weights; a "
                                                    "new one starts afresh.")),
    "newSeedButton": ("seed", QT_TRANSLATE_NOOP("Guide", "New: pick a fresh random seed and start again from its "
                                                         "weights.")),
    "stopRuleCombo": ("stop-rule", QT_TRANSLATE_NOOP("Guide", "Stop when: stop at an error below the target, or when "
                                                              "every row is right.")),
    "targetErrorSpin": ("error-target", QT_TRANSLATE_NOOP("Guide", "Error target: training stops once an epoch's "
                                                                   "error is below it.")),
    "marginSpin": ("margin", QT_TRANSLATE_NOOP("Guide", "Margin: for 'All rows correct', how far every output must "
                                                        "be past the threshold.")),
    "maxEpochsSpin": ("max-epochs", QT_TRANSLATE_NOOP("Guide", "Max epochs: training always stops after this many "
                                                               "passes over the table.")),
    "presetCombo": ("presets", QT_TRANSLATE_NOOP("Guide", "Preset: replace the table with a ready-made truth table.")),
    "tableEditor": ("table", QT_TRANSLATE_NOOP("Guide", "The training table: inputs (blue) and targets (green); type "
                                                        "x for a don't-care.")),
    "hiddenSpin*": ("network", QT_TRANSLATE_NOOP("Guide", "Neurons in this hidden layer: more can learn harder "
                                                          "tables, but train slower.")),
    "hiddenActivation*": ("activations", QT_TRANSLATE_NOOP("Guide", "Activation: how this layer turns its weighted "
                                                                    "sum into its output.")),
    "outputActivationCombo": ("activations", QT_TRANSLATE_NOOP("Guide", "Activation of the output layer: sigmoid "
                                                                        "answers between 0 and 1.")),
    "removeHiddenButton*": ("network", QT_TRANSLATE_NOOP("Guide", "Remove this hidden layer (the weights start "
                                                                  "again).")),
    "addHiddenButton": ("network", QT_TRANSLATE_NOOP("Guide", "Add a hidden layer after the last one (the weights "
                                                              "start again).")),
    "topologyEditor": ("network", QT_TRANSLATE_NOOP("Guide", "The network's layers: inputs, hidden layers and "
                                                             "outputs.")),
    "errorPlot": ("error-plot", QT_TRANSLATE_NOOP("Guide", "The epoch error after each epoch; the dashed line is the "
                                                           "error target.")),
    "predictPanel": ("try-it", QT_TRANSLATE_NOOP("Guide", "Flip the inputs and read the network's answer: large "
                                                          "thresholded, small raw.")),
    "networkDiagramView": ("diagram", QT_TRANSLATE_NOOP("Guide", "Weights: blue solid positive, orange dashed "
                                                                 "negative, wider = stronger.")),
    "truthCheckView": ("truth-check", QT_TRANSLATE_NOOP("Guide", "Every row of the table with the network's answer, "
                                                                 "its margin and ✓ or ✗.")),
    "decisionMapView": ("decision-map", QT_TRANSLATE_NOOP("Guide", "The output over two inputs: the dashed line is "
                                                                   "the decision boundary.")),
    "stepThroughView": ("step-through", QT_TRANSLATE_NOOP("Guide", "Train on one row and read every number of the "
                                                                   "update.")),
    "weightsViewWidget": ("weights-view", QT_TRANSLATE_NOOP("Guide", "Every weight as a number and a square: filled "
                                                                     "positive, hollow negative.")),
    "forwardPassView": ("forward-pass", QT_TRANSLATE_NOOP("Guide", "The toggled inputs through each neuron: w·x, the "
                                                                   "bias, the sum, f(s).")),
    "studyWindow": ("study", QT_TRANSLATE_NOOP("Guide",
                                               "Train many seeds at once: how often does this network learn?")),
    "seedsSpin": ("study", QT_TRANSLATE_NOOP("Guide", "Seeds: how many starting weights the study trains.")),
    "firstSeedSpin": ("study", QT_TRANSLATE_NOOP("Guide", "First seed: the study's seeds run upwards from this one.")),
    "studyMaxEpochsSpin": ("study", QT_TRANSLATE_NOOP("Guide", "Epoch limit: a seed not converged by then counts as "
                                                               "stuck.")),
    "compareCheck": ("study", QT_TRANSLATE_NOOP("Guide", "Compare with: run a second configuration (another η or "
                                                         "hidden layers) beside it.")),
    "trainingToolbar": ("commands", QT_TRANSLATE_NOOP("Guide", "Train, Pause, Step, Reset and New weights.")),
    "stateLabel": ("status", QT_TRANSLATE_NOOP("Guide", "What the network is doing: Ready, Training, Paused, "
                                                        "Trained, Stopped, Diverged.")),
    "messageLine": ("status", QT_TRANSLATE_NOOP("Guide", "A message too long for the status bar, in full.")),
    "methodGroup": ("method", QT_TRANSLATE_NOOP("Guide", "Method: how the network learns; the article's online "
                                                         "backprop is the default.")),
    "ruleCombo": ("rule", QT_TRANSLATE_NOOP("Guide", "Rule: backprop (the article's), Rprop (no η) or Adam.")),
    "batchCombo": ("batch", QT_TRANSLATE_NOOP("Guide", "Batch: update after every row (online), after every N rows, "
                                                       "or once per epoch.")),
    "batchSizeSpin": ("batch", QT_TRANSLATE_NOOP("Guide", "Rows per mini-batch: the weights change after this many "
                                                          "rows.")),
    "lossCombo": ("loss", QT_TRANSLATE_NOOP("Guide", "Loss: squared error (the article's) or cross-entropy (sigmoid "
                                                     "outputs only).")),
    "weightDecaySpin": ("weight-decay", QT_TRANSLATE_NOOP("Guide", "Weight decay λ: pulls every weight but the bias "
                                                                   "towards 0; 0 is none.")),
    "initCombo": ("init", QT_TRANSLATE_NOOP("Guide", "Initial weights: the article's normal draw, uniform ±0.5 or "
                                                     "Xavier, all from the seed.")),
    "shuffleCheck": ("shuffle", QT_TRANSLATE_NOOP("Guide", "Shuffle rows: every epoch takes the rows in a new random "
                                                           "order.")),
    "patienceSpin": ("patience", QT_TRANSLATE_NOOP("Guide", "Patience: stop once the test error has not improved for "
                                                            "this many epochs.")),
    "datasetPanel": ("problem-data", QT_TRANSLATE_NOOP("Guide", "Problem data: TensorFlow Playground's points as the "
                                                                "training table.")),
    "datasetCombo": ("problem-presets", QT_TRANSLATE_NOOP("Guide", "Problem: circle, quadrants, gaussians, spiral, "
                                                                   "plane or bumps.")),
    "samplesSpin": ("points", QT_TRANSLATE_NOOP("Guide", "Points: how many points (rows) to generate.")),
    "noiseSpin": ("noise", QT_TRANSLATE_NOOP("Guide", "Noise: how far the points scatter, 0 to 0.5.")),
    "testFractionSpin": ("test-share", QT_TRANSLATE_NOOP("Guide", "Test share: the part of the points held out as "
                                                                  "test rows.")),
    "dataSeedSpin": ("data-seed", QT_TRANSLATE_NOOP("Guide", "Data seed: draws the points and test rows, apart from "
                                                             "the weights' seed.")),
    "regenerateButton": ("regenerate", QT_TRANSLATE_NOOP("Guide", "Regenerate: make the points anew as the training "
                                                                  "table, with a new network.")),
    "featureToggles": ("features", QT_TRANSLATE_NOOP("Guide", "What the network sees: x₁, x₂ and features made of "
                                                              "them, such as x₁² or sin x₁.")),
    "discretizeCheck": ("discretize", QT_TRANSLATE_NOOP("Guide", "Discretize: show the map's output as 0 or 1 "
                                                                 "instead of its value.")),
    "drawCheck": ("draw-points", QT_TRANSLATE_NOOP("Guide", "Draw on the map: a click adds a row, a drag paints "
                                                            "several, a right click erases one.")),
    "drawValue": ("draw-points", QT_TRANSLATE_NOOP("Guide", "New points' y: the target of the points you draw.")),
    "clearPointsButton": ("draw-points", QT_TRANSLATE_NOOP("Guide", "Clear points: remove the table's points to "
                                                                    "draw anew; Undo brings them back.")),
    "neuronMapsView": ("neuron-maps", QT_TRANSLATE_NOOP("Guide", "Every neuron's output over the plane; click one "
                                                                 "to see it large.")),
    "lessonPanel": ("lessons", QT_TRANSLATE_NOOP("Guide", "Lessons: short steps and a goal that is checked as you "
                                                          "train.")),
    "lessonDialog": ("save-as-lesson", QT_TRANSLATE_NOOP("Guide", "Save as Lesson: the lesson's text, goal, locked "
                                                                  "controls and hints.")),
    "weightEditor": ("edit-weight", QT_TRANSLATE_NOOP("Guide", "Type a weight: Enter sets it, Escape cancels, Undo "
                                                               "takes it back.")),
}
DOCK_TABS_ANCHOR = "layout"  # the tabs Qt makes for docks sharing a place have no name of their own


def guide_name(language: str) -> str:
    """The guide's file for ``language``: ``guide.html`` for English, else ``guide_<language>.html``."""
    return "guide.html" if language == i18n.SOURCE_LANGUAGE else f"guide_{language}.html"


def guide_html(language: str | None = None) -> str:
    """The guide's HTML as shipped in the package, in ``language`` (default: the one the window speaks,
    :func:`nndesk.i18n.installed_language`); the English guide when there is none in that language."""
    folder = resources.files(RESOURCE_PACKAGE).joinpath(GUIDE_FOLDER)
    page = folder.joinpath(guide_name(language or i18n.installed_language()))
    if not page.is_file():
        page = folder.joinpath(guide_name(i18n.SOURCE_LANGUAGE))
    return page.read_text(encoding="utf-8")


_NUMBERED = [(key[:-1], topic) for key, topic in TOPICS.items() if key.endswith("*")]  # few: looked up often


def topic_of(name: str) -> tuple[str, str] | None:
    """(anchor, one line) for the control named ``name``, or None."""
    if name in TOPICS:
        return TOPICS[name]
    return next((topic for start, topic in _NUMBERED if name.startswith(start) and name[len(start) :].isdigit()),
                None)


def anchor_for(widget: QWidget | None) -> str | None:
    """The guide's entry for ``widget``: its own, or that of the nearest parent that has one."""
    while widget is not None:
        topic = topic_of(widget.objectName())
        if topic is not None:
            return topic[0]
        if isinstance(widget, QTabBar) and isinstance(widget.parentWidget(), QMainWindow):
            return DOCK_TABS_ANCHOR
        widget = widget.parentWidget()
    return None


def apply_whats_this(root: QWidget) -> int:
    """Give every control under ``root`` that ``TOPICS`` knows its one-line "What's this"; returns how many."""
    count = 0
    for widget in [root, *root.findChildren(QWidget)]:
        name = widget.objectName()
        topic = topic_of(name) if name else None
        if topic is not None:
            text = translate("Guide", topic[1])
            if widget.whatsThis() != text:  # most have theirs already: this runs after every run and new network
                widget.setWhatsThis(text)
            count += 1
    return count


class GuideWindow(QDialog):
    """The guide: a search field over a QTextBrowser. ``show_topic(anchor)`` scrolls to an entry."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("userGuide")
        self.setWindowTitle(translate("Guide", "nndesk User Guide"))
        self.setModal(False)
        self.search_field = QLineEdit()
        self.search_field.setObjectName("guideSearch")
        self.search_field.setPlaceholderText(translate("Guide", "Search the guide, e.g. momentum"))
        self.search_field.setClearButtonEnabled(True)
        label = QLabel(translate("Guide", "&Search:"))
        label.setBuddy(self.search_field)
        self.previous_button = QPushButton(translate("Guide", "Previous"))
        self.previous_button.setObjectName("guidePrevious")
        self.previous_button.setAccessibleName(translate("Guide", "Previous match"))
        self.next_button = QPushButton(translate("Guide", "Next"))
        self.next_button.setObjectName("guideNext")
        self.next_button.setAccessibleName(translate("Guide", "Next match"))
        self.matches_label = QLabel("")
        self.matches_label.setObjectName("guideMatches")
        self.browser = QTextBrowser()
        self.browser.setObjectName("guideBrowser")
        self.browser.setAccessibleName(translate("Guide", "User guide"))
        self.browser.setOpenExternalLinks(False)
        self.browser.setHtml(guide_html())
        row = QHBoxLayout()
        for widget in (label, self.search_field, self.previous_button, self.next_button, self.matches_label):
            row.addWidget(widget, 1 if widget is self.search_field else 0)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.browser, 1)
        self.search_field.textChanged.connect(lambda _text: self.search())
        self.search_field.returnPressed.connect(self.find_next)
        self.next_button.clicked.connect(self.find_next)
        self.previous_button.clicked.connect(lambda: self.find_next(backward=True))
        self.resize(720, 760)

    def show_topic(self, anchor: str | None) -> None:
        """Scroll to the entry ``anchor`` (the start when None)."""
        if anchor:
            self.browser.scrollToAnchor(anchor)
        else:
            self.browser.moveCursor(QTextCursor.MoveOperation.Start)

    def search(self, text: str | None = None) -> int:
        """Highlight every match of ``text`` (default: the search field's), go to the first; returns the count."""
        if text is not None and text != self.search_field.text():
            self.search_field.setText(text)  # comes back here through textChanged
            return len(self.browser.extraSelections())
        text = self.search_field.text().strip()
        selections = []
        if text:
            document = self.browser.document()
            cursor = document.find(text)
            fmt = QTextCharFormat()
            fmt.setBackground(self.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight))
            fmt.setForeground(self.palette().color(QPalette.ColorRole.HighlightedText))
            while not cursor.isNull():
                selection = QTextEdit.ExtraSelection()
                selection.cursor, selection.format = cursor, fmt
                selections.append(selection)
                cursor = document.find(text, cursor)
        self.browser.setExtraSelections(selections)
        self.browser.moveCursor(QTextCursor.MoveOperation.Start)
        if selections:
            self.find_next()
        else:
            self.matches_label.setText(translate("Guide", "not found") if text else "")
        return len(selections)

    def find_next(self, backward: bool = False) -> bool:
        """Move to the next (or previous) match, wrapping around; False when there is none."""
        text = self.search_field.text().strip()
        if not text:
            return False
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        found = self.browser.find(text, flags)
        if not found:  # wrap around
            self.browser.moveCursor(QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start)
            found = self.browser.find(text, flags)
        self._show_position(found)
        return found

    def _show_position(self, found: bool) -> None:
        selections = self.browser.extraSelections()
        if not found or not selections:
            self.matches_label.setText(translate("Guide", "not found"))
            return
        at = self.browser.textCursor().selectionStart()
        index = next((i for i, s in enumerate(selections) if s.cursor.selectionStart() == at), 0)
        self.matches_label.setText(translate("Guide", "{0} of {1}").format(index + 1, len(selections)))

    def current_text(self) -> str:
        """The selected text (the match shown), for tests."""
        return self.browser.textCursor().selectedText()

    def visible_anchor_text(self) -> str:
        """The first line of text at the top of the view (for tests: where the guide was opened)."""
        cursor = self.browser.cursorForPosition(self.browser.viewport().rect().topLeft())
        cursor.select(QTextCursor.SelectionType.LineUnderCursor)
        return cursor.selectedText()


class GuideActions(QObject):
    """Help ▸ User Guide (F1, ``userGuideAction``) and What's This? (Shift+F1) for one main window."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("guideActions")
        self.window_ = window
        self.guide: GuideWindow | None = None
        self.action = QAction(translate("Guide", "User &Guide"), window)
        self.action.setObjectName("userGuideAction")
        self.action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)  # F1 in the study window too
        self.action.setStatusTip(translate("Guide", "Open the guide: every panel, every setting and the algorithm"))
        self.action.setToolTip(translate("Guide", "User guide (F1): opens at the control under the mouse or with the "
                                          "focus"))
        self.action.triggered.connect(self.open_for_context)
        self.whats_this_action = QWhatsThis.createAction(window)
        self.whats_this_action.setObjectName("whatsThisAction")
        help = translate("MainWindow", "&Help")
        help_menu = _menu(window, help.replace("&", "")) or window.menuBar().addMenu(help)
        first = help_menu.actions()[0] if help_menu.actions() else None
        help_menu.insertAction(first, self.action)
        help_menu.insertAction(first, self.whats_this_action)
        if first is not None:
            help_menu.insertSeparator(first)
        apply_whats_this(window)
        for signal in ("networkChanged", "trainingFinished"):  # new hidden-layer rows get theirs too
            if hasattr(window, signal):
                getattr(window, signal).connect(lambda *_: apply_whats_this(self.window_))

    def open_for_context(self) -> GuideWindow:
        """Open the guide at the entry of the control under the mouse, else of the one with the focus."""
        return self.open(anchor_for(context_widget()))

    def open(self, anchor: str | None = None) -> GuideWindow:
        """Open (or raise) the guide window, scrolled to ``anchor``."""
        if self.guide is None:
            self.guide = GuideWindow(self.window_)
        self.guide.show()
        self.guide.show_topic(anchor)
        if QApplication.platformName() != "offscreen":  # no window stacking there: raise() warns
            self.guide.raise_()
            self.guide.activateWindow()
        return self.guide


def context_widget() -> QWidget | None:
    """The control F1 is about: the one under the mouse (unless that is a menu), else the focused one."""
    hovered = QApplication.widgetAt(QCursor.pos())
    if hovered is not None and not isinstance(hovered, QMenu | QMenuBar) and anchor_for(hovered) is not None:
        return hovered
    return QApplication.focusWidget()


def _menu(window: QMainWindow, title: str) -> QMenu | None:
    for action in window.menuBar().actions():
        if action.menu() is not None and action.text().replace("&", "") == title:
            return action.menu()
    return None


def install_guide(window: QMainWindow) -> GuideActions:
    """Add Help ▸ User Guide and What's This? to ``window`` and give its settings their one-line help."""
    existing = window.findChild(GuideActions, "guideActions")
    return existing if existing is not None else GuideActions(window)
