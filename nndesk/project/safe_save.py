"""The one way nndesk writes a file: atomically, and only over a regular file or where nothing is.

Every save goes through :func:`save_bytes`: project files (the command line's ``--out``, the window's Save and
Save As, autosave), CSV, Python, picture and error-history exports. The bytes go to a temporary file in the
target's folder, which then replaces the target in one step (a failure leaves the old file as it was).

What is at the path decides:

- nothing, or a regular file: it is written (a replaced file keeps its permissions);
- a symbolic link: it is followed, the file it points to is replaced, and the link stays a link;
- a folder, a device (``/dev/null``, ``/dev/full``), a FIFO or a socket: refused with :class:`UnsafeTarget`,
  before anything is written. Renaming over one would destroy it (as root, a real ``/dev/full``).
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
from pathlib import Path

from nndesk.engine.wording import QT_TRANSLATE_NOOP, translate

_KINDS = (  # translated where shown
    (stat.S_ISCHR, QT_TRANSLATE_NOOP("SafeSave", "a device (like /dev/null), not a file")),
    (stat.S_ISBLK, QT_TRANSLATE_NOOP("SafeSave", "a device (a disk), not a file")),
    (stat.S_ISFIFO, QT_TRANSLATE_NOOP("SafeSave", "a pipe (FIFO), not a file")),
    (stat.S_ISSOCK, QT_TRANSLATE_NOOP("SafeSave", "a socket, not a file")),
)


class UnsafeTarget(OSError):
    """A path nndesk must not write over; ``strerror`` says why in the user's words (no errno of the system's
    own, except EISDIR and ELOOP, so callers that explain common errors by their code keep doing so)."""


def shown_name(path: Path) -> str:
    """The name of ``path`` to show in a message: its last part, or the whole path for ``/`` or ``.``."""
    return path.name or str(path)


def target_of(path: str | os.PathLike[str]) -> Path:
    """The file a save to ``path`` writes: ``path`` itself, or where its symbolic links lead.

    Raises :class:`UnsafeTarget` for a folder, a device, a FIFO, a socket or a loop of links; a path where
    nothing is yet (or a link to nowhere, which then points to the new file) is fine.
    """
    path = Path(path)
    if str(path) == "":
        raise UnsafeTarget(errno.ENOENT, translate("SafeSave", "there is no file name"))
    try:
        real = Path(os.path.realpath(path, strict=True))
    except (FileNotFoundError, NotADirectoryError):  # nothing there yet (or a link to nothing yet)...
        real = Path(os.path.realpath(path))  # ...or a file named as a folder: said where the save begins
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise UnsafeTarget(errno.ELOOP, translate("SafeSave", "it is a symbolic link that leads back to itself (a "
                                                                  "loop)")) from None
        raise
    try:
        info = os.stat(real)
    except (FileNotFoundError, NotADirectoryError):
        return real
    _refuse_unless_regular(info.st_mode)
    return real


def _refuse_unless_regular(mode: int) -> None:
    if stat.S_ISREG(mode):
        return
    if stat.S_ISDIR(mode):
        raise UnsafeTarget(errno.EISDIR, translate("SafeSave", "it is a folder, not a file"))
    for test, text in _KINDS:
        if test(mode):
            raise UnsafeTarget(translate("SafeSave", "it is {0}; nndesk saves only to regular files").format(
                translate("SafeSave", text)))
    raise UnsafeTarget(translate("SafeSave", "it is not a regular file; nndesk saves only to regular files"))


def check_writable(path: str | os.PathLike[str]) -> Path:
    """Raise OSError (UnsafeTarget in the user's words) unless a save to ``path`` can be tried now: the target
    is acceptable and its folder exists and may be written in. Returns the target (links followed)."""
    target = target_of(path)
    folder = target.parent
    if not folder.is_dir():
        if folder.exists():
            raise OSError(errno.ENOTDIR, translate("SafeSave", "{0} is a file, not a folder").format(
                shown_name(folder)))
        raise OSError(errno.ENOENT, translate("SafeSave", "the folder {0} does not exist").format(shown_name(folder)))
    probe = folder / f".{target.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp"
    try:  # the very step a save begins with: a read-only or immutable folder, or one that is full, fails here
        os.close(os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except OSError as exc:
        raise OSError(exc.errno, translate("SafeSave", "nndesk may not write in the folder {0} ({1})").format(
            shown_name(folder), exc.strerror)) from None
    os.unlink(probe)
    # Root may replace any file, except one marked immutable (chattr +i) or on a read-only disk: access() says
    # so. (For other users access() is about the permission bits, which a save by renaming does not need.)
    if getattr(os, "geteuid", lambda: -1)() == 0 and target.exists() and not os.access(target, os.W_OK):
        raise OSError(errno.EPERM, translate("SafeSave", "the file may not be changed (it is marked immutable, or on a "
                                                         "read-only disk)"))
    return target


def save_bytes(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically (see the module's docstring); returns the file written.

    Raises OSError (its ``strerror`` for the user) when it cannot: then nothing at the path has changed.
    """
    target = target_of(path)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    try:
        # 0o666 less the umask, like any new file; an existing file's own mode is copied below
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except OSError as exc:  # named after the file the user chose, not the temporary one
        raise OSError(exc.errno, exc.strerror, str(path)) from None
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        with contextlib.suppress(FileNotFoundError):
            info = os.stat(target)
            _refuse_unless_regular(info.st_mode)  # again: something else may have been put there meanwhile
            os.chmod(tmp, stat.S_IMODE(info.st_mode))
        os.replace(tmp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError) and not isinstance(exc, UnsafeTarget):
            raise OSError(exc.errno, exc.strerror, str(path)) from None
        raise
    remove_stale_temporaries(target)
    return target


def remove_stale_temporaries(path: Path) -> None:
    """Remove the temporary files of saves of ``path`` whose process is gone (killed mid-save).

    Only ``.NAME.PID.<8 hex digits>.tmp`` files of this very file, and only when process PID no longer exists:
    a live process's save, this one's included, is never touched.
    """
    prefix, suffix = f".{path.name}.", ".tmp"
    with contextlib.suppress(OSError), os.scandir(path.parent) as entries:
        for entry in entries:
            middle = entry.name[len(prefix) : -len(suffix)].split(".")
            if not (entry.name.startswith(prefix) and entry.name.endswith(suffix) and len(middle) == 2
                    and middle[0].isdigit() and len(middle[1]) == 8):
                continue
            if not _process_exists(int(middle[0])):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)


def _process_exists(pid: int) -> bool:
    """Whether process ``pid`` exists (when in doubt, yes: nothing of a live save may be removed)."""
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (OSError, OverflowError, ValueError):
        return True
    return True
