"""``nndesk desktop install|uninstall``: put nndesk in (or take it out of) the desktop's application menu.

Install writes three files under ``$XDG_DATA_HOME`` (``~/.local/share`` when unset), where the freedesktop
specifications say a user's own applications go:

- ``applications/nndesk.desktop``: the menu entry, whose ``Exec=`` and ``TryExec=`` name the program that
  ran this command (the venv's or pipx's ``nndesk`` script, or the packaged executable itself);
- ``icons/hicolor/scalable/apps/nndesk.svg``: its icon;
- ``mime/packages/nndesk.xml``: the MIME type of ``.nndesk`` project files, so that a file manager opens
  them with nndesk (``Exec=... %f``).

Then ``update-mime-database`` and ``update-desktop-database`` run where they exist, so the desktop sees the
change at once. Uninstall removes exactly those three files (and their folders, once empty) and runs the same
tools again: the caches they keep (``mime/mime.cache``, ``applications/mimeinfo.cache``...) stay, rebuilt
without nndesk, as they belong to every program that registers there.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from nndesk import assets
from nndesk.cli import Command
from nndesk.i18n import QT_TRANSLATE_NOOP, translate
from nndesk.project.safe_save import save_bytes

EXIT_OK, EXIT_BAD_INPUT = 0, 2
APP_ID = "nndesk"
MIME_TYPE = "application/x-nndesk"
MIME_XML = f"""<?xml version="1.0" encoding="UTF-8"?>
<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">
  <mime-type type="{MIME_TYPE}">
    <comment>nndesk project</comment>
    <sub-class-of type="application/json"/>
    <icon name="{APP_ID}"/>
    <glob pattern="*.nndesk"/>
  </mime-type>
</mime-info>
"""
# Characters that make the desktop entry specification require an Exec argument to be quoted.
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")
_ESCAPED_IN_QUOTES = '"`$\\'


class DesktopError(Exception):
    """A folder that cannot be written; ``str(error)`` is the one line shown to the user."""


@dataclass(frozen=True)
class Layout:
    """Where the three files go under one data folder (``$XDG_DATA_HOME``)."""

    data_home: Path

    @property
    def entry(self) -> Path:
        return self.data_home / "applications" / f"{APP_ID}.desktop"

    @property
    def icon(self) -> Path:
        return self.data_home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"

    @property
    def mime_package(self) -> Path:
        return self.data_home / "mime" / "packages" / f"{APP_ID}.xml"

    @property
    def mime_media_folder(self) -> Path:
        """Where update-mime-database describes the type: ``mime/application/x-nndesk.xml``."""
        return self.data_home / "mime" / MIME_TYPE.partition("/")[0]

    def files(self) -> list[Path]:
        return [self.entry, self.icon, self.mime_package]


def data_home() -> Path:
    """``$XDG_DATA_HOME``, or ``~/.local/share`` when it is unset or not absolute (as the spec says)."""
    value = os.environ.get("XDG_DATA_HOME", "")
    return Path(value) if os.path.isabs(value) else Path.home() / ".local" / "share"


def program_command() -> list[str]:
    """The command that starts this very nndesk: ``[program]`` or ``[python, "-m", "nndesk"]``.

    A PyInstaller build is its own program (``sys.executable``); an installed nndesk is the ``nndesk``
    script that ran (as typed: pipx's ``~/.local/bin/nndesk`` stays that link) or the one beside the
    interpreter (``python -m nndesk`` in a venv).
    """
    if getattr(sys, "frozen", False):
        return [os.path.abspath(sys.executable)]
    argv0 = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if argv0 is not None and argv0.name == APP_ID and _is_program(argv0):
        return [os.path.abspath(argv0)]
    beside = Path(sys.executable).parent / APP_ID
    if _is_program(beside):
        return [str(beside)]
    return [os.path.abspath(sys.executable), "-m", "nndesk"]


def _is_program(path: Path) -> bool:
    return path.is_file() and os.access(path, os.X_OK)


def exec_argument(text: str) -> str:
    """``text`` as one argument of an ``Exec=`` line: quoted when it has a reserved character, ``%`` doubled.

    Returns the value as it is written in the file (the entry's own ``\\`` escaping applied).
    """
    text = text.replace("%", "%%")
    if any(c in _RESERVED for c in text):
        text = '"' + "".join("\\" + c if c in _ESCAPED_IN_QUOTES else c for c in text) + '"'
    return _string_value(text)


def _string_value(text: str) -> str:
    """``text`` escaped as a desktop entry string value (backslash, newline, tab, carriage return)."""
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")


def desktop_entry(command: list[str]) -> str:
    """The shipped entry with ``Exec=``/``TryExec=`` set to ``command`` and the ``.nndesk`` MIME type declared."""
    exec_line = " ".join(exec_argument(part) for part in command) + " %f"
    lines = []
    for line in assets.read_text(assets.DESKTOP_ENTRY_NAME).splitlines():
        key = line.partition("=")[0]
        if key == "Exec":
            line = f"Exec={exec_line}"
        elif key == "TryExec":
            line = f"TryExec={_string_value(command[0])}"
        elif key == "MimeType":
            line = f"MimeType={MIME_TYPE};"
        lines.append(line)
    return "\n".join(lines) + "\n"


def install(layout: Layout, command: list[str], say: Callable[[str], None] = print) -> None:
    """Write the entry, the icon and the MIME type, telling ``say`` each one. DesktopError if a folder cannot
    be written, after taking back whatever this call had written already (files and folders)."""
    contents = {
        layout.entry: desktop_entry(command).encode(),
        layout.icon: assets.read_bytes(assets.ICON_NAME),
        layout.mime_package: MIME_XML.encode(),
    }
    made: list[Path] = []  # files and folders this call created, in order
    try:
        for path, data in contents.items():
            made += _write(path, data)
    except DesktopError as exc:
        for path in reversed(made):
            with contextlib.suppress(OSError):
                path.rmdir() if path.is_dir() else path.unlink()
        raise DesktopError(translate("CommandLine", "{0}; nothing was installed").format(exc)) from None
    say(translate("CommandLine", "wrote {0} (starts {1})").format(layout.entry, " ".join(command)))
    say(translate("CommandLine", "wrote {0}").format(layout.icon))
    say(translate("CommandLine", "wrote {0} (.nndesk files: {1})").format(layout.mime_package, MIME_TYPE))
    update_databases(layout, say)


def uninstall(layout: Layout, say: Callable[[str], None] = print) -> None:
    """Remove the files install writes (and their folders, when left empty), telling ``say`` each one.
    DesktopError if one cannot be removed (those removed before it are said)."""
    removed = False
    for path in layout.files():
        if not path.exists():
            continue
        try:
            path.unlink()
        except OSError as exc:
            if removed:  # the menu must not keep offering an entry that is gone
                update_databases(layout, say)
            raise DesktopError(translate("CommandLine", "cannot remove {0}: {1}").format(path, _reason(exc))) from None
        say(translate("CommandLine", "removed {0}").format(path))
        removed = True
    if not removed:
        say(translate("CommandLine", "nothing to remove: nndesk is not in the menu of {0}").format(layout.data_home))
        return
    update_databases(layout, say)
    # After the update: update-mime-database wants its packages/ folder, and empties (but keeps) the folder
    # it made for the media type, mime/application/.
    for folder in [path.parent for path in layout.files()] + [layout.mime_media_folder]:
        _remove_empty_folders(folder, layout.data_home)


def _write(path: Path, data: bytes) -> list[Path]:
    """Write ``data`` to ``path`` through a temporary file renamed over it (never a half-written entry).

    Returns the folders it had to create, outermost first, then ``path`` itself.
    """
    missing = [folder for folder in reversed(path.parents) if not folder.exists()]
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        save_bytes(path, data)  # the one save function: atomic, and never over a device or a pipe
    except OSError as exc:
        for folder in reversed(missing):
            with contextlib.suppress(OSError):
                folder.rmdir()
        folder = next((p for p in path.parents if p.exists()), path.parent)
        raise DesktopError(translate("CommandLine", "cannot write to {0}: {1}").format(folder, _reason(exc))) from None
    return [*missing, path]


def _reason(exc: OSError) -> str:
    return (exc.strerror or str(exc)).lower()


def _remove_empty_folders(folder: Path, stop: Path) -> None:
    """Remove ``folder`` and its parents up to (not including) ``stop`` while they are empty."""
    while folder != stop and stop in folder.parents:
        try:
            folder.rmdir()
        except OSError:  # not empty (another program's files), or not ours to remove
            return
        folder = folder.parent


def update_databases(layout: Layout, say: Callable[[str], None]) -> None:
    """Run update-mime-database and update-desktop-database on the two folders, where the tools exist."""
    for tool, folder in (("update-mime-database", layout.data_home / "mime"),
                         ("update-desktop-database", layout.data_home / "applications")):
        program = shutil.which(tool)
        if program is None:
            say(translate("CommandLine", "{0} is not installed: the desktop reads {1} at its next start").format(
                tool, folder))
        elif folder.is_dir():
            done = subprocess.run([program, str(folder)], capture_output=True, text=True, stdin=subprocess.DEVNULL)
            said = (done.stderr.strip().splitlines() or [translate("CommandLine", "no message")])[-1]
            say(translate("CommandLine", "ran {0} {1}").format(tool, folder) if done.returncode == 0
                else translate("CommandLine", "{0} failed: {1}").format(tool, said))


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("action", choices=["install", "uninstall"],
                        help=translate("CommandLine", "install: add nndesk to the application menu and open .nndesk "
                                       "files with it; uninstall: remove exactly what install added"))


def run(options: argparse.Namespace) -> int:
    layout = Layout(data_home())
    try:
        if options.action == "install":
            install(layout, program_command())
        else:
            uninstall(layout)
    except DesktopError as exc:
        print(f"nndesk: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    return EXIT_OK


COMMAND = Command(
    name="desktop",
    help=QT_TRANSLATE_NOOP("CommandLine", "Add nndesk to the desktop's application menu (with its icon, opening "
                           ".nndesk files), or remove it. Writes under $XDG_DATA_HOME (default ~/.local/share)."),
    add_arguments=add_arguments,
    run=run,
)
