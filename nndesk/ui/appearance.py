"""Light and dark appearance: follows the system's colour scheme, or the user's View ▸ Appearance choice.

Qt's own colour scheme is asked first (``QStyleHints.setColorScheme``); where the platform cannot switch
(older desktops, X11 without a desktop theme, the offscreen platform) nndesk applies a dark Fusion palette
of its own. ``NNDESK_APPEARANCE=dark|light|system`` overrides the saved choice (tests, screenshots).

Widgets never hard-code a colour: they take palette roles, or :func:`tones` for the colours that carry
meaning (positive and negative weights, right and wrong, the map's scale), which has one set per
appearance, each checked for the three common colour-vision deficiencies (tests/colour_vision.py).
They repaint when the palette changes (``QEvent.PaletteChange``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QColor, QGuiApplication, QIcon, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QToolBar, QWidget
from shiboken6 import isValid

from nndesk.i18n import QT_TRANSLATE_NOOP, translate
from nndesk.ui.language_menu import install_language_menu

SYSTEM, LIGHT, DARK = "system", "light", "dark"
APPEARANCES = (SYSTEM, LIGHT, DARK)
APPEARANCE_ENV = "NNDESK_APPEARANCE"
SETTINGS_KEY = "view/appearance"
_OWN_PALETTE = "nndeskOwnPalette"  # application property: True while nndesk's own palette is applied
_TONE = "nndeskTone"  # widget property: the tone its text is shown in (see tone_label)
_toned: list[QWidget] = []  # the widgets tone_label coloured: re-coloured on each change of appearance
_MENU_TEXT = {SYSTEM: QT_TRANSLATE_NOOP("Appearance", "&System"), LIGHT: QT_TRANSLATE_NOOP("Appearance", "&Light"),
              DARK: QT_TRANSLATE_NOOP("Appearance", "&Dark")}


@dataclass(frozen=True)
class Tones:
    """The colours that carry meaning, for one appearance. Text and backgrounds come from the palette."""

    positive: QColor  # a positive weight; the error curve
    negative: QColor  # a negative weight (also drawn dashed); the map's threshold line
    ok: QColor  # ✓, a trained network
    wrong: QColor  # ✗, a diverged network, a refused value
    busy: QColor  # training
    target: QColor  # the error plot's target line
    gate: QColor  # the gate a hidden neuron learned
    neuron_off: QColor  # a neuron's fill for output 0 ...
    neuron_on: QColor  # ... and for output 1
    neuron_negative: QColor  # ... and for -1 (tanh)
    neuron_edge: QColor
    bias_fill: QColor
    map_scale: tuple[QColor, QColor, QColor]  # the decision map at outputs 0, 0.5 and 1
    row_one: QColor  # a training row with target 1 on the map (filled) ...
    row_zero: QColor  # ... and with target 0 (hollow)
    input_cell: QColor
    target_cell: QColor
    input_header: QColor
    target_header: QColor
    flag: QColor  # a target the output layer cannot reach
    cell_text: QColor
    toggle_on: QColor  # a "Try it" input at 1
    toggle_on_text: QColor


LIGHT_TONES = Tones(
    positive=QColor("#1f6fb2"), negative=QColor("#e66101"), ok=QColor("#1e8449"), wrong=QColor("#c0392b"),
    busy=QColor("#1f6fb2"), target=QColor("#c0392b"), gate=QColor("#6c3483"),
    neuron_off=QColor("#fbfcfd"), neuron_on=QColor("#17456e"), neuron_negative=QColor("#c65a12"),
    neuron_edge=QColor("#34495e"), bias_fill=QColor("#eef1f4"),
    map_scale=(QColor(251, 252, 253), QColor(150, 190, 222), QColor(23, 69, 110)),
    row_one=QColor("#111111"), row_zero=QColor("#ffffff"),
    input_cell=QColor("#e3edfb"), target_cell=QColor("#e5f5e6"), input_header=QColor("#c9dcf6"),
    target_header=QColor("#c8e9cb"), flag=QColor("#ffcf70"), cell_text=QColor("#1a1a1a"),
    toggle_on=QColor("#1f6fb2"), toggle_on_text=QColor("#ffffff"),
)
DARK_TONES = Tones(
    positive=QColor("#5aa9f0"), negative=QColor("#f28c38"), ok=QColor("#58c27d"), wrong=QColor("#ff6b5e"),
    busy=QColor("#5aa9f0"), target=QColor("#ff6b5e"), gate=QColor("#d2a8ee"),
    neuron_off=QColor("#262a30"), neuron_on=QColor("#9dd0ff"), neuron_negative=QColor("#f28c38"),
    neuron_edge=QColor("#aab4c0"), bias_fill=QColor("#3a4048"),
    map_scale=(QColor(30, 34, 40), QColor(52, 104, 156), QColor(157, 208, 255)),
    row_one=QColor("#f5f5f5"), row_zero=QColor("#111111"),
    input_cell=QColor("#1e3350"), target_cell=QColor("#1f3b25"), input_header=QColor("#2b4a72"),
    target_header=QColor("#2c5434"), flag=QColor("#8a5d00"), cell_text=QColor("#ececec"),
    toggle_on=QColor("#3d8fd9"), toggle_on_text=QColor("#ffffff"),
)


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether ``palette`` (default: the application's) has light text on a dark window."""
    palette = palette if palette is not None else QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < palette.color(
        QPalette.ColorRole.WindowText).lightness()


def tones(palette: QPalette | None = None) -> Tones:
    """The meaningful colours for the appearance ``palette`` (default: the application's) shows."""
    return DARK_TONES if is_dark(palette) else LIGHT_TONES


def muted(palette: QPalette | None = None) -> QColor:
    """The colour of secondary text (hints, captions) in ``palette``: between text and window."""
    palette = palette if palette is not None else QGuiApplication.palette()
    a, b = palette.color(QPalette.ColorRole.WindowText), palette.color(QPalette.ColorRole.Window)
    return QColor.fromRgbF(*(x * 0.6 + y * 0.4 for x, y in zip(a.getRgbF()[:3], b.getRgbF()[:3], strict=True)))


def dark_palette() -> QPalette:
    """nndesk's own dark palette for the Fusion style, used where the platform cannot switch."""
    roles = QPalette.ColorRole
    p = QPalette()
    for role, colour in ((roles.Window, "#2b2d31"), (roles.WindowText, "#e6e6e6"), (roles.Base, "#1e1f22"),
                         (roles.AlternateBase, "#26282c"), (roles.ToolTipBase, "#35373c"),
                         (roles.ToolTipText, "#f0f0f0"), (roles.PlaceholderText, "#9a9ea6"),
                         (roles.Text, "#e6e6e6"), (roles.Button, "#35373c"), (roles.ButtonText, "#e6e6e6"),
                         (roles.BrightText, "#ff6b5e"), (roles.Light, "#4b4e55"), (roles.Midlight, "#3e4147"),
                         (roles.Mid, "#2f3136"), (roles.Dark, "#18191b"), (roles.Shadow, "#000000"),
                         (roles.Highlight, "#3d7ecf"), (roles.HighlightedText, "#ffffff"),
                         (roles.Link, "#7ab8ff"), (roles.LinkVisited, "#c3a6ff"), (roles.Accent, "#3d7ecf")):
        p.setColor(role, QColor(colour))
    for role in (roles.WindowText, roles.Text, roles.ButtonText, roles.HighlightedText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7c8088"))
    p.setColor(QPalette.ColorGroup.Disabled, roles.Base, QColor("#26282c"))
    p.setColor(QPalette.ColorGroup.Disabled, roles.Button, QColor("#2f3136"))
    return p


def _settings():
    from nndesk.ui.settings import open_settings  # here: settings imports widgets that import this module

    return open_settings()


def requested_appearance() -> str:
    """The appearance asked for: ``NNDESK_APPEARANCE`` if it names one, else the saved choice, else system."""
    env = os.environ.get(APPEARANCE_ENV, "").strip().lower()
    if env in APPEARANCES:
        return env
    saved = str(_settings().value(SETTINGS_KEY, SYSTEM))
    return saved if saved in APPEARANCES else SYSTEM


def apply_appearance(choice: str) -> None:
    """Show the application in ``choice`` (system, light or dark); no-op before a QApplication exists."""
    app = QApplication.instance()
    if not isinstance(app, QApplication) or choice not in APPEARANCES:
        return
    hints = app.styleHints()
    if choice == SYSTEM:
        hints.unsetColorScheme()
    else:
        hints.setColorScheme(Qt.ColorScheme.Dark if choice == DARK else Qt.ColorScheme.Light)
    app.setProperty("nndeskAppearance", choice)
    want_dark = choice == DARK or (choice == SYSTEM and hints.colorScheme() == Qt.ColorScheme.Dark)
    if app.property(_OWN_PALETTE):  # back to what the platform shows by itself, then judge again
        app.setPalette(QPalette())
        app.setProperty(_OWN_PALETTE, False)
    if is_dark(app.palette()) != want_dark:
        if want_dark and app.style().name().lower() != "fusion":
            app.setStyle("Fusion")  # other styles draw parts of themselves light whatever the palette says
        app.setPalette(dark_palette() if want_dark else app.style().standardPalette())
        app.setProperty(_OWN_PALETTE, True)
    _retone_all()


def current_appearance() -> str:
    """The appearance last applied (system until one was)."""
    app = QApplication.instance()
    value = app.property("nndeskAppearance") if app is not None else None
    return value if value in APPEARANCES else SYSTEM


class AppearanceMenu(QObject):
    """View ▸ Appearance: System, Light, Dark (object names ``appearanceSystem`` ...), saved between runs."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("appearanceMenu")
        self.menu = QMenu(translate("Appearance", "&Appearance"), window)
        self.menu.setObjectName("appearanceSubmenu")
        self.group = QActionGroup(self)
        self.actions: dict[str, QAction] = {}
        for choice in APPEARANCES:
            action = QAction(translate("Appearance", _MENU_TEXT[choice]), window)
            action.setObjectName(f"appearance{choice.capitalize()}")
            action.setCheckable(True)
            action.setStatusTip({SYSTEM: translate("Appearance", "Light or dark as the desktop is"),
                                 LIGHT: translate("Appearance", "Always light"),
                                 DARK: translate("Appearance", "Always dark")}[choice])
            action.triggered.connect(lambda _checked=False, c=choice: self.choose(c))
            self.group.addAction(action)
            self.menu.addAction(action)
            self.actions[choice] = action
        view_title = translate("MainWindow", "&View")
        view = find_menu(window, view_title) or window.menuBar().addMenu(view_title)
        first = view.actions()[0] if view.actions() else None
        view.insertMenu(first, self.menu) if first is not None else view.addMenu(self.menu)
        if first is not None:
            view.insertSeparator(first)
        app = QGuiApplication.instance()
        app.styleHints().colorSchemeChanged.connect(self._on_system_changed)
        self.actions[current_appearance()].setChecked(True)
        self._window = window
        self._plain_icons: dict[QAction, QIcon] = {}
        self._tint_toolbar_icons()
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.PaletteChange:
            self._tint_toolbar_icons()
        return False

    def _tint_toolbar_icons(self) -> None:
        """The style's toolbar icons are drawn dark: in a dark appearance they take the button text's colour."""
        for toolbar in self._window.findChildren(QToolBar):
            for action in toolbar.actions():
                if action not in self._plain_icons and not action.icon().isNull():
                    self._plain_icons[action] = action.icon()
        dark = is_dark()
        colour = QGuiApplication.palette().color(QPalette.ColorRole.ButtonText)
        for action, icon in self._plain_icons.items():
            action.setIcon(_tinted(icon, colour) if dark else icon)

    def choose(self, choice: str) -> None:
        """Apply ``choice`` and remember it for the next start."""
        _settings().setValue(SETTINGS_KEY, choice)
        apply_appearance(choice)
        self.actions[choice].setChecked(True)

    def _on_system_changed(self, _scheme: Qt.ColorScheme) -> None:
        # The desktop switched (or our own setColorScheme took effect late): judge the palette again.
        if current_appearance() == SYSTEM:
            apply_appearance(SYSTEM)


def _tinted(icon: QIcon, colour: QColor, size: int = 32) -> QIcon:
    """``icon``'s shape in ``colour`` (Qt derives the disabled look from it)."""
    pixmap = icon.pixmap(QSize(size, size))
    painter = QPainter(pixmap)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    painter.fillRect(pixmap.rect(), colour)
    painter.end()
    return QIcon(pixmap)


# The main window's menu titles as marked (MainWindow.tr): the shortcut letter is not always the first ("T&able").
MENU_TITLES = ("&File", "&Edit", "T&able", "&Training", "&View", "&Help")


def find_menu(window: QMainWindow, title: str) -> QMenu | None:
    """The menu-bar menu titled ``title`` ("View" or "&View"), in English or as shown in the user's language (the
    main window's menu titles are translated in the context "MainWindow")."""
    plain = title.replace("&", "")
    sources = {f"&{plain}", title, *(t for t in MENU_TITLES if t.replace("&", "") == plain)}
    wanted = {plain, *(translate("MainWindow", t).replace("&", "") for t in sources)}
    for action in window.menuBar().actions():
        if action.menu() is not None and action.text().replace("&", "") in wanted:
            return action.menu()
    return None


def install_appearance(window: QMainWindow) -> AppearanceMenu:
    """Apply the requested appearance and add View ▸ Appearance to ``window`` (once per window)."""
    existing = window.findChild(AppearanceMenu, "appearanceMenu")
    if existing is not None:
        return existing
    apply_appearance(requested_appearance())
    menu = AppearanceMenu(window)
    install_language_menu(window)  # View ▸ Language, beside it
    return menu


def tone_label(label: QWidget, role: str | None) -> None:
    """Colour ``label``'s text with the tone ``role`` ("ok", "wrong", "busy"), or the palette's (None), now
    and whenever the appearance changes (a widget's own palette no longer follows the application's)."""
    if not label.property(_TONE):
        _toned.append(label)
    label.setProperty(_TONE, role or "plain")
    _apply_tone(label)


def _apply_tone(label: QWidget) -> None:
    role = label.property(_TONE)
    if role == "plain":
        colour = QApplication.palette(label).color(QPalette.ColorRole.WindowText)
    else:
        colour = getattr(tones(), role)
    palette = label.palette()
    if palette.color(QPalette.ColorRole.WindowText) != colour:
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        label.setPalette(palette)


def _retone_all() -> None:
    """Give every toned widget its tone in the appearance now shown (their own palettes do not follow)."""
    alive = [w for w in _toned if isValid(w)]  # not QApplication.allWidgets(): it hands out dying widgets
    _toned[:] = alive
    for widget in alive:
        _apply_tone(widget)
