"""The user guide: shipped in the package, opened by Help ▸ User Guide and F1 (at the control's entry),
searchable; every setting has a one-line "What's this"."""

from __future__ import annotations

import re
from importlib import resources

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QCursor
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDockWidget,
    QFormLayout,
    QGroupBox,
    QLabel,
    QMenu,
    QSpinBox,
    QWidget,
)

from nndesk import i18n
from nndesk.ui.guide import TOPICS, GuideActions, GuideWindow, anchor_for, guide_html, topic_of

SETTINGS = ["etaSpin", "alphaSpin", "seedSpin", "newSeedButton", "stopRuleCombo", "targetErrorSpin", "marginSpin",
            "maxEpochsSpin", "presetCombo", "hiddenSpin0", "hiddenActivation0", "outputActivationCombo",
            "ruleCombo", "batchCombo", "batchSizeSpin", "lossCombo", "weightDecaySpin", "initCombo", "shuffleCheck",
            "patienceSpin", "datasetCombo", "samplesSpin", "noiseSpin", "testFractionSpin", "dataSeedSpin",
            "regenerateButton", "discretizeCheck", "drawCheck", "drawValue"]


def anchors_of(html: str) -> list[str]:
    return re.findall(r'<a name="([\w-]+)"', html)


def uncovered_controls(root: QWidget) -> list[str]:
    """Every control under ``root`` that takes the keyboard focus but has no entry F1 could open."""
    found = set()
    for widget in root.findChildren(QWidget):
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus and anchor_for(widget) is None:
            path, parent = [], widget
            while parent is not None and parent is not root:
                path.append(parent.objectName() or type(parent).__name__)
                parent = parent.parentWidget()
            found.add(" in ".join(path[:3]))
    return sorted(found)


def show_every_dock(qtbot, window) -> None:
    """Every dock shown (the hidden ones too: Problem data, Neuron maps, Lessons), so that their controls exist."""
    for dock in window.findChildren(QDockWidget):
        dock.show()
    qtbot.wait(20)


def test_the_guide_ships_in_the_package_and_covers_every_topic():
    html = resources.files("nndesk.resources").joinpath("guide", "guide.html").read_text(encoding="utf-8")
    assert html == guide_html()
    anchors = set(re.findall(r'<a name="([\w-]+)"', html))
    links = set(re.findall(r'<a href="#([\w-]+)"', html))
    assert links <= anchors  # the contents and cross-references all lead somewhere
    assert {anchor for anchor, _ in TOPICS.values()} | {"layout"} <= anchors
    assert len(anchors_of(html)) == len(anchors)  # no anchor twice
    text = re.sub(r"<[^>]+>", " ", html).lower()
    for words in ("learning rate", "momentum", "margin", "don't-care", "seed", "convergence study", "gradient",
                  "δw = η × gradient", "bias neuron", "epoch error", "truth check", "decision map", "step through",
                  "rprop", "adam", "mini-batches", "cross-entropy", "weight decay", "xavier", "shuffle", "patience",
                  "test row", "test error", "help ▸ lessons", "save as lesson", "hinton diagram", "forward pass",
                  "export worksheet", "problem data", "circle", "quadrants", "gaussians", "spiral", "plane", "bumps",
                  "noise", "data seed", "regenerate", "x₁²", "sin x₁", "draw on the map", "neuron maps",
                  "discretize", "reset layout", "view ▸ appearance", "view ▸ language", "ctrl+tab"):
        assert words in text, words


def test_f1_opens_the_guide_and_its_search_finds_momentum(qtbot, window):
    window.hyper_form.eta_spin.setFocus()
    QCursor.setPos(QPoint(-100, -100))  # the mouse is over nothing
    qtbot.keyClick(window.hyper_form.eta_spin, Qt.Key.Key_F1)
    guide = window.findChild(GuideWindow, "userGuide")
    assert guide is not None and guide.isVisible()
    assert guide.visible_anchor_text().startswith("Learning rate η")
    assert guide.search("momentum") >= 3
    assert guide.current_text().lower() == "momentum"
    assert guide.matches_label.text().startswith("1 of ")
    assert guide.find_next() and guide.matches_label.text().startswith("2 of ")
    assert guide.search("no such word anywhere") == 0 and guide.matches_label.text() == "not found"
    guide.close()


def test_the_menu_entry_is_help_user_guide_on_f1(window):
    action = window.findChild(QAction, "userGuideAction")
    assert action.shortcut().toString() == "F1"
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "Help")
    assert action in help_menu.actions()


@pytest.mark.parametrize(("name", "anchor", "how"), [
    ("alphaSpin", "momentum", "mouse"), ("marginSpin", "margin", "mouse"), ("seedSpin", "seed", "mouse"),
    ("hiddenSpin0", "network", "mouse"), ("truthCheckTable", "truth-check", "focus"),
    ("decisionMapOutput", "decision-map", "focus"), ("etaSpin", "learning-rate", "focus"),
    ("ruleCombo", "rule", "focus"), ("batchCombo", "batch", "mouse"), ("lossCombo", "loss", "focus"),
    ("weightDecaySpin", "weight-decay", "focus"), ("initCombo", "init", "focus"), ("shuffleCheck", "shuffle", "focus"),
    ("patienceSpin", "patience", "focus"), ("datasetCombo", "problem-presets", "focus"),
    ("samplesSpin", "points", "focus"), ("noiseSpin", "noise", "focus"), ("testFractionSpin", "test-share", "focus"),
    ("dataSeedSpin", "data-seed", "focus"), ("regenerateButton", "regenerate", "focus"),
    ("drawCheck", "draw-points", "focus"), ("discretizeCheck", "discretize", "focus"),
    ("lessonList", "lessons", "focus"), ("weightsTable0", "weights-view", "focus"),
    ("forwardPassText", "forward-pass", "focus")])
def test_f1_over_a_control_opens_its_entry(qtbot, window, name, anchor, how):
    """F1 opens the entry of the control under the mouse, or (the mouse elsewhere) of the focused one."""
    window.hyper_form.stop_combo.setCurrentIndex(1)  # the margin row is shown
    window.document.set_settings(window.document.settings.with_changes(test_rows=(3,)))  # patience applies
    widget = window.findChild(QWidget, name)
    assert anchor_for(widget) == anchor
    dock = widget.parentWidget()
    while dock is not None and dock.parentWidget() is not window:
        dock = dock.parentWidget()
    if isinstance(dock, QDockWidget):
        dock.show()
        dock.raise_()
    qtbot.wait(10)
    if how == "mouse":
        window.hyper_form.eta_spin.setFocus()  # the mouse wins over the focus
        QCursor.setPos(widget.mapToGlobal(widget.rect().center()))
    else:
        widget.setFocus()
        QCursor.setPos(QPoint(-100, -100))
    qtbot.waitUntil(lambda: how == "mouse" or widget.hasFocus(), timeout=1000)
    guide = window.findChild(GuideActions, "guideActions").open_for_context()
    title = guide.visible_anchor_text()
    heading = re.search(rf'<a name="{anchor}"></a>([^<]+)', guide_html())
    assert heading is not None and title.startswith(heading.group(1).strip()[:10])
    guide.close()


def test_every_setting_has_a_one_line_whats_this(window):
    window.hyper_form.stop_combo.setCurrentIndex(1)
    for name in SETTINGS:
        widget = window.findChild(QWidget, name)
        text = widget.whatsThis()
        assert text and "\n" not in text and len(text) < 120, name
    assert topic_of("hiddenSpin12") is not None and topic_of("hiddenSpinner") is None


def test_every_control_of_the_window_has_a_guide_entry(qtbot, window):
    """F1 finds an entry for every control that takes the focus, in every dock and group and the study window:
    a control added without one (or renamed) fails here until TOPICS maps it."""
    show_every_dock(qtbot, window)
    assert window.findChildren(QWidget, "neuronMap_0_0")  # the neuron maps' buttons exist once their dock shows
    assert uncovered_controls(window) == []
    window.open_study()
    study = window.study_window
    assert study is not None and uncovered_controls(study) == []
    study.close()


def test_a_control_without_an_entry_is_found(qtbot, window):
    """The check above can fail: a new, unnamed spin box in a dock has no entry."""
    show_every_dock(qtbot, window)
    stray = QSpinBox(window.findChild(QDockWidget, "datasetDock"))
    stray.setObjectName("strayNewSetting")
    assert "strayNewSetting in datasetDock" in uncovered_controls(window)


def test_the_new_groups_and_docks_have_their_whats_this(qtbot, window):
    """The guide is installed after the Method group and the lesson dock: they get their one line too."""
    show_every_dock(qtbot, window)
    assert window.findChild(QWidget, "ruleCombo").whatsThis().startswith("Rule:")
    assert window.findChild(QWidget, "lessonPanel").whatsThis().startswith("Lessons:")
    assert window.findChild(QWidget, "samplesSpin").whatsThis().startswith("Points:")


def test_the_german_guide_has_every_entry_of_the_english_one():
    english, german = guide_html("en"), guide_html("de")
    assert german != english
    assert anchors_of(german) == anchors_of(english)  # the same entries, in the same order
    assert set(re.findall(r'<a href="#([\w-]+)"', german)) <= set(anchors_of(german))
    text = re.sub(r"<[^>]+>", " ", german)
    for words in ("Lernrate η", "Momentum α", "Gewichte", "Epoche", "Zeile", "Testzeilen", "Wahrheitstabelle",
                  "Startwert", "Netz"):
        assert words in text, words
    assert guide_html("fr") == english  # no guide in that language: the English one


@pytest.fixture
def german(qapp):
    """The German catalogue installed, as for LANGUAGE=de; English again afterwards."""
    assert i18n.install_translators(qapp, "de")[0] == "nndesk_de.qm"
    yield
    i18n.remove_translators(qapp)


def test_in_german_f1_opens_the_german_guide_and_search_finds_momentum(qtbot, german):
    from nndesk.ui import MainWindow

    assert i18n.installed_language() == "de"
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.hyper_form.eta_spin.setFocus()
    qtbot.waitUntil(window.hyper_form.eta_spin.hasFocus, timeout=2000)
    QCursor.setPos(QPoint(-100, -100))
    qtbot.keyClick(window.hyper_form.eta_spin, Qt.Key.Key_F1)
    guide = window.findChild(GuideWindow, "userGuide")
    assert guide is not None and guide.isVisible()
    assert guide.windowTitle() == "nndesk-Benutzerhandbuch"
    assert guide.visible_anchor_text().startswith("Lernrate η")
    assert guide.search("Momentum") >= 3 and guide.current_text() == "Momentum"
    assert guide.matches_label.text().startswith("1 von ")
    assert guide.search("Lernrate") >= 3
    assert guide.search("learning rate") == 0  # the German text, not the English one
    guide.close()
    window.close()


def test_in_english_the_guide_stays_english(qtbot, window):
    assert i18n.installed_language() == "en"
    guide = window.findChild(GuideActions, "guideActions").open("momentum")
    assert guide.visible_anchor_text().startswith("Momentum α")
    assert guide.search("Lernrate") == 0 and guide.search("momentum") >= 3
    guide.close()


def test_the_smoke_test_checks_the_guide_of_every_language(qapp, monkeypatch):
    """``nndesk --smoke-test`` (nndesk.qt_parts) fails a build that lacks the German guide."""
    from nndesk import qt_parts
    from nndesk.ui import guide

    assert qt_parts._guides() is None
    real = guide.guide_name
    monkeypatch.setattr(guide, "guide_name", lambda language: real(language).replace("_de", "_xx"))
    assert qt_parts._guides() == "the user guide guide/guide_xx.html"
    assert "the user guide guide/guide_xx.html" in qt_parts.missing_parts()


# --- the guide names every control by the words on screen, in English and in German ------------------------------

MANY_ITEMS = {"presetCombo"}  # eighteen ready-made tables: the guide names a few, the combo box shows the rest


def on_screen(text: str) -> str:
    """A control's text as a reader sees it: no '&' shortcut marker, no trailing ':' or '…'."""
    return re.sub(r"[:…]+$", "", text.replace("&", "")).strip()


def entry_text(html: str, anchor: str) -> str:
    """The plain text of the guide's entry ``anchor``: from its anchor to the next one."""
    start = html.index(f'<a name="{anchor}">')
    end = html.find('<a name="', start + 1)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", html[start : end if end > 0 else None])).replace("&gt;", ">")


def labels_of(widget: QWidget, labels: list[QLabel], items: bool = True) -> set[str]:
    """The words on screen that name ``widget``: its own text or title, the label beside it (its buddy, or its
    row's label in a form), the title of the dock it fills, of the window it is; and (``items``) a combo box's
    items. A text 'Name: explanation' counts by its name."""
    found = []
    if isinstance(widget, QAbstractButton):
        found.append(widget.text())
    if isinstance(widget, QGroupBox):
        found.append(widget.title())
    if isinstance(widget, QDockWidget) or widget.isWindow():
        found.append(widget.windowTitle())
    if items and isinstance(widget, QComboBox) and widget.objectName() not in MANY_ITEMS:
        found += [widget.itemText(i) for i in range(widget.count())]
    for field in (widget, widget.parentWidget()):  # a field, or the row (spin box + button) it sits in
        beside = [label.text() for label in labels if label.buddy() is field]
        layout = field.parentWidget().layout() if field is not None and field.parentWidget() else None
        row_label = layout.labelForField(field) if isinstance(layout, QFormLayout) else None
        beside += [row_label.text()] if isinstance(row_label, QLabel) else []
        if beside:
            found += beside
            break
    if isinstance(widget.parentWidget(), QDockWidget):
        found.append(widget.parentWidget().windowTitle())
    names = {on_screen(text.split(": ")[0]) for text in found}  # "Goal: tick what…" is named "Goal"
    return {name for name in names if len(name) > 1}  # not "−", "0": no words to look for


def unnamed_controls(roots: list[QWidget], html: str) -> list[str]:
    """'anchor: label' for every control whose label the entry F1 opens for it does not contain: the controls
    ``TOPICS`` names (with their combo boxes' items), and every button, check box, group and labelled field
    inside them (a combo box there lists data, such as connections: not its items)."""
    labels = [label for root in roots for label in root.findChildren(QLabel)]
    missing = set()
    for root in roots:
        for widget in [root, *root.findChildren(QWidget)]:
            own = topic_of(widget.objectName()) is not None
            control = widget.focusPolicy() != Qt.FocusPolicy.NoFocus or isinstance(widget, QGroupBox)
            anchor = anchor_for(widget) if own or control else None
            if anchor is not None:
                text = entry_text(html, anchor)
                missing |= {f"{anchor}: {label}" for label in labels_of(widget, labels, own) if label not in text}
    return sorted(missing)


def untitled_docks(window, html: str) -> list[str]:
    """'anchor: title' for every dock whose entry's heading lacks the dock's title (its tab's, its View entry's)."""
    missing = []
    for dock in window.findChildren(QDockWidget):
        anchor = anchor_for(dock.widget())
        if anchor is not None:
            heading = re.search(rf'<a name="{anchor}"></a>([^<]*)</h', html)
            if heading is None or on_screen(dock.windowTitle()) not in heading[1]:
                missing.append(f"{anchor}: {on_screen(dock.windowTitle())}")
    return sorted(missing)


def menu_paths(window) -> set[str]:
    """Every menu path of the window as shown, 'View ▸ Reset Layout', and each of its starts ('View')."""
    paths = set()

    def walk(menu: QMenu, path: list[str]) -> None:
        for action in menu.actions():
            if not action.isSeparator():
                paths.add(" ▸ ".join([*path, on_screen(action.text())]))
                if action.menu() is not None:
                    walk(action.menu(), [*path, on_screen(action.text())])

    for action in window.menuBar().actions():
        paths.add(on_screen(action.text()))
        walk(action.menu(), [on_screen(action.text())])
    return paths


def unknown_menu_paths(window, html: str) -> list[str]:
    """The guide's bold menu paths ('<b>View ▸ Reset Layout</b>') that the window's menus lack; one written with
    '>' instead of '▸' is lacking too."""
    bold = re.findall(r"<b>([^<]*(?:▸|&gt; )[^<]*)</b>", html)
    written = {on_screen(re.sub(r"\s+", " ", path.replace("&gt;", ">"))).rstrip(".") for path in bold}
    return sorted(written - menu_paths(window))


def every_control_shown(qtbot, window) -> list[QWidget]:
    """The window with every dock shown, its convergence study and a Save as Lesson dialog open: every control of
    ``TOPICS`` exists. Close them with :func:`close_others`."""
    from nndesk.ui.lesson_dialog import LessonDialog

    show_every_dock(qtbot, window)
    window.hyper_form.stop_combo.setCurrentIndex(1)  # the margin row is shown
    window.open_study()
    dialog = LessonDialog(window)
    dialog.show()
    return [window, window.study_window, dialog]


def close_others(roots: list[QWidget]) -> None:
    for root in roots[1:]:
        root.close()


def test_the_guide_names_every_control_as_the_english_window_shows_it(qtbot, window):
    """Each entry F1 opens contains the label of its control (and its combo box's items), and every menu path the
    guide writes is one of the window's: a reader finds the control by the words the guide uses."""
    roots = every_control_shown(qtbot, window)
    assert len(roots[1].findChildren(QSpinBox)) >= 3
    assert unnamed_controls(roots, guide_html("en")) == []
    assert untitled_docks(window, guide_html("en")) == []
    assert unknown_menu_paths(window, guide_html("en")) == []
    close_others(roots)


def test_the_german_guide_names_every_control_as_the_german_window_shows_it(qtbot, german):
    from nndesk.ui import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    roots = every_control_shown(qtbot, window)
    assert window.findChild(QWidget, "methodGroup").title() == "Verfahren"  # the window speaks German
    assert unnamed_controls(roots, guide_html("de")) == []
    assert untitled_docks(window, guide_html("de")) == []
    assert unknown_menu_paths(window, guide_html("de")) == []
    close_others(roots)
    window.close()


def test_a_guide_that_names_a_control_otherwise_is_found(qtbot, window):
    """The checks above can fail: an entry calling the Rule box 'Method rule', a heading without its dock's title,
    a menu path the window lacks."""
    roots = every_control_shown(qtbot, window)
    html = guide_html("en").replace("<b>View ▸ Reset Layout</b>", "<b>View ▸ Reset Panes</b>")
    html = html.replace("<b>File ▸ Export Worksheet…</b>", "<b>File &gt; Export Worksheet…</b>")
    html = re.sub(r'(<a name="rule"></a>)(.*?)(<a name=")', lambda m: m[1] + "Method rule: no such label. " + m[3],
                  html, count=1, flags=re.S)
    assert "rule: Rule" in unnamed_controls(roots, html)
    html = html.replace("Network diagram (the Network tab)</h2>", "Network diagram</h2>")
    assert untitled_docks(window, html) == []  # 'Network' is in 'Network diagram'
    renamed = html.replace("Decision map</h2>", "Output map</h2>")
    assert untitled_docks(window, renamed) == ["decision-map: Decision map"]
    assert unknown_menu_paths(window, html) == ["File > Export Worksheet", "View ▸ Reset Panes"]
    close_others(roots)
