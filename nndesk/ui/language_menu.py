"""The language nndesk speaks in its window: installed at start from the user's choice or UI languages
(:mod:`nndesk.i18n`), and View ▸ Language (System, English, Deutsch) to choose, saved between runs.

Every text is made once, when its widget is built, so a new choice shows from the next start on; the menu
says so rather than leaving half the window in the old language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu

from nndesk import i18n
from nndesk.i18n import translate

SETTINGS_KEY = "view/language"
LANGUAGE_NAMES = {i18n.SYSTEM: i18n.QT_TRANSLATE_NOOP("LanguageMenu", "System")} | i18n.LANGUAGES


def _settings():
    from nndesk.ui.settings import open_settings  # here: settings imports widgets

    return open_settings()


def saved_language() -> str:
    """The View ▸ Language choice last saved: ``system`` or a language code of :data:`i18n.LANGUAGES`."""
    saved = str(_settings().value(SETTINGS_KEY, i18n.SYSTEM))
    return saved if saved in LANGUAGE_NAMES else i18n.SYSTEM


def install_language(app: QCoreApplication) -> str:
    """Install the translators for the language the user wants (see :func:`i18n.chosen_language`); returns it."""
    language = i18n.chosen_language(saved_language())
    i18n.install_translators(app, language)
    return language


def install_language_menu(window: QMainWindow) -> QMenu:
    """View ▸ Language: one checkable action per choice (object names ``languageSystem``, ``languageEn``...)."""
    from nndesk.ui.appearance import find_menu

    view = find_menu(window, translate("MainWindow", "&View"))
    menu = QMenu(translate("LanguageMenu", "Lan&guage"), window)
    menu.setObjectName("languageMenu")
    group = QActionGroup(menu)
    saved = saved_language()
    for code, name in LANGUAGE_NAMES.items():
        action = QAction(translate("LanguageMenu", name) if code == i18n.SYSTEM else name, menu)
        action.setObjectName(f"language{code.capitalize()}")
        action.setCheckable(True)
        action.setChecked(code == saved)
        action.setStatusTip(translate("LanguageMenu", "Used from the next start of nndesk"))
        action.triggered.connect(lambda _on=False, c=code: _choose(window, c))
        group.addAction(action)
        menu.addAction(action)
    (view or window.menuBar()).addMenu(menu)
    return menu


def _choose(window: QMainWindow, code: str) -> None:
    _settings().setValue(SETTINGS_KEY, code)
    window.statusBar().showMessage(translate("LanguageMenu", "The language changes when nndesk starts again"), 8000)
