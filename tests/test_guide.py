"""The user guide: shipped in the package, opened by Help ▸ User Guide and F1 (at the control's entry),
searchable; every setting has a one-line "What's this"."""

from __future__ import annotations

import re
from importlib import resources

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QCursor
from PySide6.QtWidgets import QWidget

from nndesk.ui.guide import TOPICS, GuideActions, GuideWindow, anchor_for, guide_html, topic_of

SETTINGS = ["etaSpin", "alphaSpin", "seedSpin", "newSeedButton", "stopRuleCombo", "targetErrorSpin", "marginSpin",
            "maxEpochsSpin", "presetCombo", "hiddenSpin0", "hiddenActivation0", "outputActivationCombo"]


def test_the_guide_ships_in_the_package_and_covers_every_topic():
    html = resources.files("nndesk.resources").joinpath("guide", "guide.html").read_text(encoding="utf-8")
    assert html == guide_html()
    anchors = set(re.findall(r'<a name="([\w-]+)"', html))
    links = set(re.findall(r'<a href="#([\w-]+)"', html))
    assert links <= anchors  # the contents and cross-references all lead somewhere
    assert {anchor for anchor, _ in TOPICS.values()} <= anchors
    text = re.sub(r"<[^>]+>", " ", html).lower()
    for words in ("learning rate", "momentum", "margin", "don't-care", "seed", "convergence study", "gradient",
                  "δw = η × gradient", "bias neuron", "epoch error", "truth check", "decision map", "step through"):
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
    ("decisionMapOutput", "decision-map", "focus"), ("etaSpin", "learning-rate", "focus")])
def test_f1_over_a_control_opens_its_entry(qtbot, window, name, anchor, how):
    """F1 opens the entry of the control under the mouse, or (the mouse elsewhere) of the focused one."""
    window.hyper_form.stop_combo.setCurrentIndex(1)  # the margin row is shown
    widget = window.findChild(QWidget, name)
    assert anchor_for(widget) == anchor
    dock = widget.parentWidget()
    while dock is not None and dock.parentWidget() is not window:
        dock = dock.parentWidget()
    if hasattr(dock, "raise_"):
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
