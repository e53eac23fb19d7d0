"""What nndesk needs of Qt besides its window, checked by ``nndesk --smoke-test``.

A packaged build keeps only an allow-list of Qt's plugins and translations (packaging/nndesk.spec); this is
the list's other half, so that leaving out something nndesk loads fails the smoke test of the build.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLibraryInfo, QTranslator, QUrl
from PySide6.QtGui import QColor, QImage, QImageReader, QTextDocument
from PySide6.QtWidgets import QTextBrowser

from nndesk import assets

IMAGE_FORMATS = ("png", "svg", "jpeg")  # the icon; pictures in help pages
TRANSLATIONS = ("qtbase_de",)  # Qt's own words (Cancel, Open...) in German
QT_PROBE = ("QPlatformTheme", "Cancel")  # a word qtbase_de translates (a tuple: lupdate must not collect it)


def missing_parts() -> list[str]:
    """What this installation lacks, in words (empty when all is there). Needs the QApplication."""
    found = (_image_formats(), _translations(), _own_translations(), _help_viewer(), _guides())
    return [problem for problem in found if problem]


def _image_formats() -> str | None:
    have = {bytes(name).decode() for name in QImageReader.supportedImageFormats()}
    missing = [name for name in IMAGE_FORMATS if name not in have]
    return f"Qt's image formats {', '.join(missing)}" if missing else None


def _translations() -> str | None:
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name in TRANSLATIONS:
        translator = QTranslator()
        if not translator.load(name, folder) or not translator.translate(*QT_PROBE):
            return f"Qt's translation {name}.qm (looked in {folder})"
    return None


def _own_translations() -> str | None:
    """nndesk's compiled catalogue of every language it offers, loaded and translating the File menu."""
    from nndesk import i18n

    for language in i18n.LANGUAGES:
        if language == i18n.SOURCE_LANGUAGE:
            continue
        translator = QTranslator()
        if not i18n.load_catalogue(translator, language) or not translator.translate("MainWindow", "&File"):
            return f"nndesk's translation {i18n.catalogue_name(language)}"
    return None


def _guides() -> str | None:
    """The user guide of every language nndesk speaks, shipped and whole: F1 opens it in the window's language."""
    from nndesk import i18n
    from nndesk.ui.guide import GUIDE_FOLDER, guide_name

    for language in i18n.LANGUAGES:
        name = f"{GUIDE_FOLDER}/{guide_name(language)}"
        try:
            text = assets.read_text(name)
        except (OSError, UnicodeDecodeError):
            return f"the user guide {name}"
        if '<a name="learning-rate">' not in text:
            return f"the user guide {name} (it has no entries)"
    return None


def _help_viewer() -> str | None:
    """A help page as a QTextBrowser shows it: text, the SVG icon and a JPEG picture, each drawn."""
    photo = QImage(16, 16, QImage.Format.Format_RGB32)
    photo.fill(QColor("teal"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    photo.save(buffer, "JPEG")
    browser = QTextBrowser()
    photo_url, icon_url = QUrl("help:photo.jpg"), QUrl.fromLocalFile(str(assets.icon_path()))
    browser.document().addResource(QTextDocument.ResourceType.ImageResource, photo_url,
                                   QImage.fromData(data, "JPEG"))
    browser.setHtml(f'<h1>Help</h1><img src="{icon_url.toString()}" width="32"><img src="{photo_url.toString()}">')
    browser.resize(200, 120)
    browser.grab()  # lays the page out and loads its pictures
    for url in (icon_url, photo_url):
        picture = browser.document().resource(QTextDocument.ResourceType.ImageResource, url)
        if picture is None or picture.isNull():
            return f"the help viewer could not show {url.fileName()}"
    return None
