"""Files shipped in the package ``nndesk.resources`` (icon, desktop entry), found through importlib.resources.

Never build a path into the source tree: an installed wheel or a PyInstaller bundle has no source tree.
"""

from __future__ import annotations

import atexit
import contextlib
import functools
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

RESOURCE_PACKAGE = "nndesk.resources"
ICON_NAME = "nndesk.svg"
DESKTOP_ENTRY_NAME = "nndesk.desktop"

# Files that importlib.resources has to extract (a zipped install) stay on disk until the process ends,
# because Qt keeps reading an icon file long after it was handed its path.
_extracted = contextlib.ExitStack()
atexit.register(_extracted.close)


def read_text(name: str) -> str:
    """The UTF-8 text of the shipped resource ``name`` (e.g. ``"nndesk.desktop"``)."""
    return resources.files(RESOURCE_PACKAGE).joinpath(name).read_text(encoding="utf-8")


def read_bytes(name: str) -> bytes:
    """The raw bytes of the shipped resource ``name``."""
    return resources.files(RESOURCE_PACKAGE).joinpath(name).read_bytes()


@functools.cache
def resource_path(name: str) -> Path:
    """A real file-system path to the shipped resource ``name``, valid until the process exits.

    Qt wants file names (QIcon, QSvgRenderer); ``as_file`` gives the file itself for a normal install and a
    temporary copy for a zipped one.
    """
    return _extracted.enter_context(resources.as_file(resources.files(RESOURCE_PACKAGE).joinpath(name)))


def icon_path() -> Path:
    """Path of the application icon, an SVG drawn on a 256 x 256 canvas."""
    return resource_path(ICON_NAME)


def app_icon() -> QIcon:
    """The nndesk icon as a QIcon, drawn from the SVG at whatever size the desktop asks for.

    Qt is imported here, not at the top, so that headless code can read resources without loading Qt.
    """
    from PySide6.QtGui import QIcon

    return QIcon(str(icon_path()))
