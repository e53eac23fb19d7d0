"""What the main window remembers between runs (QSettings): geometry, the last table, topology and
hyperparameters. Anything unreadable is ignored, so a damaged settings file can never stop the app."""

from __future__ import annotations

import contextlib
import json
from dataclasses import asdict, dataclass, fields

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings

from nndesk.project.truth_table import TruthTable
from nndesk.ui.hyperparameters import Hyperparameters

SETTINGS_VERSION = 1


@dataclass
class Session:
    """The user's last work: table (None = the default preset), hidden layers, activations, knobs."""

    table: TruthTable | None = None
    preset: str | None = None
    hidden: list[int] | None = None
    activations: list[str] | None = None
    hyperparameters: Hyperparameters | None = None
    log_scale: bool = True  # epoch errors fall from ~1 to 0.01 and below: only a log axis shows it all


def open_settings() -> QSettings:
    """nndesk's settings: the application's own, or nndesk/nndesk under a bare QApplication (a script)."""
    if not QCoreApplication.organizationName():
        return QSettings("nndesk", "nndesk")
    return QSettings()


def table_to_json(table: TruthTable) -> str:
    return json.dumps({"inputs": list(table.input_names), "targets": list(table.target_names),
                       "rows": [list(r) for r in table.rows]})


def table_from_json(text: str) -> TruthTable:
    data = json.loads(text)
    return TruthTable(tuple(data["inputs"]), tuple(data["targets"]), tuple(tuple(r) for r in data["rows"]))


def save_session(settings: QSettings, session: Session) -> None:
    settings.setValue("session/version", SETTINGS_VERSION)
    settings.setValue("session/table", "" if session.table is None else table_to_json(session.table))
    settings.setValue("session/preset", session.preset or "")
    settings.setValue("session/hidden", json.dumps(session.hidden))
    settings.setValue("session/activations", json.dumps(session.activations))
    h = session.hyperparameters
    settings.setValue("session/hyperparameters", json.dumps(None if h is None else asdict(h)))
    settings.setValue("session/logScale", bool(session.log_scale))


def load_session(settings: QSettings) -> Session:
    """The remembered session; fields that are missing or unreadable stay at their defaults."""
    session = Session()
    if _int(settings.value("session/version")) != SETTINGS_VERSION:
        return session
    for name, read in (("table", _read_table), ("preset", _read_str), ("hidden", _read_ints),
                       ("activations", _read_strs), ("hyperparameters", _read_hyper)):
        with contextlib.suppress(ValueError, TypeError, KeyError, json.JSONDecodeError):
            setattr(session, name, read(settings.value(f"session/{name}")))
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


def _int(value: object) -> int | None:
    try:
        return int(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def _read_table(value: object) -> TruthTable | None:
    return table_from_json(value) if isinstance(value, str) and value else None


def _read_str(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _read_ints(value: object) -> list[int] | None:
    data = json.loads(value) if isinstance(value, str) else None
    if data is None:
        return None
    if not isinstance(data, list) or not all(isinstance(n, int) and n >= 1 for n in data):
        raise ValueError("hidden layers")
    return data


def _read_strs(value: object) -> list[str] | None:
    data = json.loads(value) if isinstance(value, str) else None
    if data is None:
        return None
    if not isinstance(data, list) or not all(isinstance(s, str) for s in data):
        raise ValueError("activations")
    return data


def _read_hyper(value: object) -> Hyperparameters | None:
    data = json.loads(value) if isinstance(value, str) else None
    if not isinstance(data, dict):
        return None
    known = {f.name: f.type for f in fields(Hyperparameters)}
    default = Hyperparameters()
    clean = {k: type(getattr(default, k))(v) for k, v in data.items() if k in known}
    return Hyperparameters(**clean)


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
