"""Which language nndesk speaks, and the Qt catalogues that say it: ``nndesk_<lang>.qm`` (made from
``translations/nndesk_<lang>.ts`` by ``pyside6-lrelease``, shipped in ``nndesk.resources``) and Qt's own
``qtbase_<lang>.qm`` for the standard dialogs' words.

The window installs both as QTranslators at start (:func:`install_translators`); the command line, which
has no QCoreApplication, asks :func:`translate` and gets the same catalogue through a QTranslator of its
own. English is the source language: in English nothing is loaded and, for the command line, no Qt either.
The Qt-free engine and project layers make their messages with ``nndesk.engine.wording.translate``, which
asks :func:`translate` once :func:`install_engine_translator` has run.

The language: ``NNDESK_LANGUAGE`` (``en``, ``de``, ``system``) if set, else the window's View > Language
choice, else the user's UI languages in order (``QLocale().uiLanguages()``, which reads ``LANGUAGE``, then
``LC_ALL``/``LC_MESSAGES``/``LANG``), the first nndesk has a catalogue for; English when none fits.
"""

from __future__ import annotations

import functools
import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication, QTranslator

SOURCE_LANGUAGE = "en"
# Every language nndesk ships a catalogue for, with its name as its speakers write it (View > Language).
LANGUAGES = {"en": "English", "de": "Deutsch"}
SYSTEM = "system"
ENVIRONMENT_VARIABLE = "NNDESK_LANGUAGE"
CATALOGUE_FOLDER = "translations"  # in nndesk.resources
QT_CATALOGUES = ("qtbase",)  # Qt's words (OK, Cancel, Open...) in its standard dialogs

_installed: list[QTranslator] = []  # Qt holds installed translators by pointer only: Python must keep them
_spoken = {"language": SOURCE_LANGUAGE}  # whose catalogue install_translators installed (the guide follows it)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark ``text`` for the catalogue under ``context`` without translating it (yet): for constants
    defined before a translator exists; the code that shows them calls :func:`translate`."""
    return text


def install_engine_translator(english: bool = False) -> None:
    """Let the Qt-free layers speak this language too: ``nndesk.engine.wording.translate``, through which
    nndesk.engine and nndesk.project make every message they raise, asks :func:`translate` from now on
    (with ``english``, they speak English again: a command's ``--json`` output is the same in every language).

    It imports the engine (numpy), so it is called where messages are about to be made, not when this module
    is loaded (``nndesk --version`` stays light): by :func:`install_translators` for the window, before a
    headless command runs, and below when the engine is loaded already.
    """
    from nndesk.engine import wording

    wording.install(None if english else translate)


def catalogue_name(language: str) -> str:
    """The resource path of nndesk's compiled catalogue for ``language``, e.g. ``translations/nndesk_de.qm``."""
    return f"{CATALOGUE_FOLDER}/nndesk_{language}.qm"


def supported(code: str) -> str | None:
    """The language nndesk has for a locale or UI-language code (``de``, ``de-DE``, ``de_AT.UTF-8``), or None."""
    base = code.replace("_", "-").split(".")[0].split("-")[0].lower()
    return base if base in LANGUAGES else None


def chosen_language(stored: str | None = None) -> str:
    """The language to speak: the environment's override, else ``stored`` (the View > Language choice, None
    or ``system`` to follow the user), else the first of the user's UI languages nndesk has, else English."""
    for choice in (os.environ.get(ENVIRONMENT_VARIABLE), stored):
        if choice and choice != SYSTEM and supported(choice):
            return supported(choice)
    for code in _ui_languages():
        if supported(code):
            return supported(code)
    return SOURCE_LANGUAGE


def _ui_languages() -> list[str]:
    """The user's UI languages, most wanted first: Qt's list when Qt is loaded, else gettext's variables."""
    import sys

    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QLocale

        return list(QLocale.system().uiLanguages())
    return _environment_languages()


def _environment_languages() -> list[str]:
    """Qt's order, so that the command line and the window agree: ``LANGUAGE`` (a colon-separated list, read
    even under the C locale, as Qt does), then the locale of ``LC_ALL``, ``LC_MESSAGES`` or ``LANG``."""
    locale = next((os.environ[v] for v in ("LC_ALL", "LC_MESSAGES", "LANG") if os.environ.get(v)), "")
    return [code for code in os.environ.get("LANGUAGE", "").split(":") if code] + [locale]


def install_translators(app: QCoreApplication, language: str) -> list[str]:
    """Install nndesk's and Qt's catalogues for ``language`` into ``app`` (after removing any installed
    before); returns the names of those installed. English installs none. A missing catalogue is skipped:
    nndesk then speaks English there rather than not starting (the smoke test reports it)."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    install_engine_translator()
    remove_translators(app)
    if language == SOURCE_LANGUAGE:
        return []
    loaded = []
    own = QTranslator(app)
    if load_catalogue(own, language):
        loaded.append(own)
        _spoken["language"] = language
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name in QT_CATALOGUES:
        translator = QTranslator(app)
        if translator.load(f"{name}_{language}", qt_folder):
            loaded.append(translator)
    for translator in loaded:
        app.installTranslator(translator)
        _installed.append(translator)
    return [t.filePath().rpartition("/")[2] for t in loaded]


def remove_translators(app: QCoreApplication) -> None:
    """Take out what :func:`install_translators` put in: English again (tests switch back and forth)."""
    while _installed:
        app.removeTranslator(_installed.pop())
    _spoken["language"] = SOURCE_LANGUAGE


def installed_language() -> str:
    """The language the window speaks: the one whose nndesk catalogue :func:`install_translators` installed,
    else English (the user guide opens in it, :mod:`nndesk.ui.guide`)."""
    return _spoken["language"]


def load_catalogue(translator: QTranslator, language: str) -> bool:
    """Load nndesk's shipped catalogue for ``language`` into ``translator``; False when it is missing."""
    from nndesk import assets

    try:
        path = assets.resource_path(catalogue_name(language))
    except (FileNotFoundError, ModuleNotFoundError):
        return False
    return path.is_file() and translator.load(str(path))


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` (marked under ``context``) in the language nndesk speaks: QCoreApplication.translate's
    arguments and result, so ``lupdate`` reads the calls alike (``%n`` becomes ``n`` when given).

    In the window this is QCoreApplication.translate; the command line has no application object and uses a
    QTranslator of its own, loaded only for a language other than English.
    """
    import sys

    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QCoreApplication

        if QCoreApplication.instance() is not None:
            return QCoreApplication.translate(context, text, disambiguation, n)
    translator = _command_line_translator()
    found = translator.translate(context, text, disambiguation, n) if translator is not None else ""
    found = found or text
    return found.replace("%n", str(n)) if n >= 0 else found


@functools.cache
def _command_line_translator() -> QTranslator | None:
    language = chosen_language()
    if language == SOURCE_LANGUAGE:
        return None
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    return translator if load_catalogue(translator, language) else None


def counted(n: int, one: str, many: str) -> str:
    """``one`` for exactly 1, else ``many`` with ``{0}`` replaced by ``n`` with thousands separators; both
    already translated, e.g. ``counted(n, translate("Document", "1 input"), translate("Document", "{0} inputs"))``
    (the two forms English and German need; Qt's %n plurals would need an English catalogue as well)."""
    return one if n == 1 else many.format(f"{n:,}")


if "nndesk.engine.wording" in sys.modules:  # the engine came first: it speaks this language now
    install_engine_translator()
