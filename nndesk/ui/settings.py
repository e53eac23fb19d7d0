"""What the main window remembers between runs (QSettings): geometry, the recent files and the last session.

The session is the work last shown, stored as project JSON (:mod:`nndesk.project.project_file`) without its
weights and history: the table, the network's shape and the training settings. An older version's session
is upgraded by the project file's migrations; anything unreadable is ignored, so a damaged settings file can
never stop the app.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass, replace

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings

from nndesk.project.project_file import History, Project, ProjectError, dumps, loads

SESSION_KEY = "session/project"


@dataclass
class Session:
    """The user's last work (None: the article's demo) and how the plot showed it."""

    project: Project | None = None
    log_scale: bool = True  # epoch errors fall from ~1 to 0.01 and below: only a log axis shows it all


def open_settings() -> QSettings:
    """nndesk's settings: the application's own, or nndesk/nndesk under a bare QApplication (a script)."""
    if not QCoreApplication.organizationName():
        return QSettings("nndesk", "nndesk")
    return QSettings()


def save_session(settings: QSettings, session: Session) -> None:
    """Remember ``session``: its project without weights or history (the next start begins at epoch 0)."""
    project = session.project
    text = "" if project is None else dumps(replace(project, state=None, history=History()))
    settings.setValue(SESSION_KEY, text)
    settings.setValue("session/logScale", bool(session.log_scale))


def load_session(settings: QSettings) -> Session:
    """The remembered session; a project that is missing or cannot be read leaves the demo's."""
    session = Session()
    text = settings.value(SESSION_KEY)
    if isinstance(text, str) and text:
        with contextlib.suppress(ProjectError):  # a damaged or foreign value: start on the demo
            session.project = loads(text)
    session.log_scale = str(settings.value("session/logScale", "true")).lower() == "true"
    return session


def save_geometry(settings: QSettings, geometry: QByteArray, state: QByteArray, splitter: QByteArray) -> None:
    settings.setValue("window/geometry", geometry)
    settings.setValue("window/state", state)
    settings.setValue("window/splitter", splitter)


def load_geometry(settings: QSettings) -> tuple[QByteArray | None, QByteArray | None, QByteArray | None]:
    def read(key: str) -> QByteArray | None:
        value = settings.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    return read("window/geometry"), read("window/state"), read("window/splitter")


RECENT_KEY = "recentFiles"
MAX_RECENT = 8


def load_recent(settings: QSettings) -> list[str]:
    """The recently opened or saved project files, newest first (paths as text; at most MAX_RECENT)."""
    try:
        paths = json.loads(str(settings.value(RECENT_KEY, "[]")))
    except json.JSONDecodeError:
        return []
    return [p for p in paths if isinstance(p, str)][:MAX_RECENT] if isinstance(paths, list) else []


def add_recent(settings: QSettings, path: str) -> list[str]:
    """Put ``path`` first in the recent files (once) and return the new list."""
    paths = [path, *(p for p in load_recent(settings) if p != path)][:MAX_RECENT]
    settings.setValue(RECENT_KEY, json.dumps(paths))
    return paths


def remove_recent(settings: QSettings, path: str) -> list[str]:
    paths = [p for p in load_recent(settings) if p != path]
    settings.setValue(RECENT_KEY, json.dumps(paths))
    return paths
