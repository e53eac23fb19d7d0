"""Command-line entry point: ``nndesk [FILE]`` opens the window; ``nndesk COMMAND ...`` runs a headless command.

``main(argv)`` returns the exit code instead of exiting, so tests and ``python -m nndesk`` share it.
Qt is imported only when the window is wanted: ``--version`` and headless sub-commands stay light.
"""

from __future__ import annotations

import argparse
import errno
import importlib
import os
import pkgutil
import signal
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

from nndesk import __version__, argparse_words
from nndesk.i18n import install_engine_translator, translate

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_BAD_USAGE = 2  # argparse's own code for a command line it cannot use


class OneLineParser(argparse.ArgumentParser):
    """An argument parser whose complaint is one line (argparse's own prints the whole usage first)."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_BAD_USAGE, translate("CommandLine", "{0}: {1} (see: {0} --help)").format(
            self.prog, message) + "\n")


@dataclass(frozen=True)
class Command:
    """A headless sub-command such as ``nndesk train FILE``: its arguments and the function that runs it."""

    name: str
    help: str  # marked with QT_TRANSLATE_NOOP("CommandLine", ...): translated when the parser is made
    add_arguments: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace], int]


# Sub-commands (train, check, presets, study) register here: ``nndesk NAME ...`` runs NAME without a window.
# Every module of the package nndesk.commands whose name does not start with "_" is one: it defines
# ``COMMAND = Command(name=<the module's name>, ...)``. Only the module of the command asked for is imported.
COMMANDS: dict[str, Command] = {}
COMMANDS_PACKAGE = "nndesk.commands"


def command_names() -> list[str]:
    """The sub-commands available, found without importing them (``nndesk --version`` stays light)."""
    package = importlib.import_module(COMMANDS_PACKAGE)
    found = {m.name for m in pkgutil.iter_modules(package.__path__) if not m.name.startswith("_")}
    return sorted(found | set(COMMANDS))


def load_command(name: str) -> Command | None:
    """The sub-command ``name``: registered already, or imported from nndesk.commands.NAME (None if neither)."""
    if name in COMMANDS:
        return COMMANDS[name]
    if name.startswith("_") or name not in command_names():
        return None
    command = importlib.import_module(f"{COMMANDS_PACKAGE}.{name}").COMMAND
    COMMANDS[command.name] = command
    return command


def build_gui_parser() -> argparse.ArgumentParser:
    """The parser for ``nndesk [--smoke-test] [FILE]``, the graphical application."""
    names = command_names()
    names = command_names()
    epilog = translate("CommandLine", "commands (nndesk COMMAND --help for more): {0}").format(", ".join(names)) \
        if names else None
    parser = OneLineParser(
        prog="nndesk",
        description=translate("CommandLine", "Train small feed-forward neural networks by pointing and clicking; "
                              "watch them learn."),
        epilog=epilog,
    )
    parser.add_argument("--version", action="version", version=f"nndesk {__version__}",
                        help=argparse_words.version_help())
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help=translate("CommandLine", "start, wait until the main window is on screen, print how long that took, "
                       "and exit (checks an installation or a packaged build; works without a screen)"),
    )
    parser.add_argument("project", nargs="?", metavar=translate("CommandLine", "FILE"), type=Path,
                        help=translate("CommandLine", "a project file to open"))
    return parser


def build_command_parser(command: Command) -> argparse.ArgumentParser:
    parser = OneLineParser(prog=f"nndesk {command.name}", description=translate("CommandLine", command.help))
    command.add_arguments(parser)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run nndesk with the arguments ``argv`` (default: ``sys.argv[1:]``); returns the exit code."""
    started = time.perf_counter()
    _ensure_standard_streams()
    argparse_words.install()  # argparse's own words ("usage:", "invalid choice") in the user's language
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        command = load_command(args[0]) if args and not args[0].startswith("-") else None
        if command is not None:
            return _run_headless(command, args[1:], as_process=argv is None)
        return _run_gui_command(build_gui_parser().parse_args(args), started)
    except SystemExit as exit_request:  # argparse exits on --help, --version and unusable arguments
        return exit_request.code if isinstance(exit_request.code, int) else EXIT_BAD_USAGE


def _run_headless(command: Command, args: list[str], as_process: bool) -> int:
    """Run a sub-command; its output going nowhere is handled as a command-line tool does.

    A reader that stopped reading (``nndesk study ... | head -1``) ends the command quietly, by SIGPIPE as
    any tool (the shell's 141) when this is the process's own command line; output that cannot be written
    (``> /dev/full``) gets one line and exit 1.
    """
    try:
        options = build_command_parser(command).parse_args(args)
        # The engine's and project's words (refusals, a run's outcome) in the user's language; but --json is
        # for programs, which read the same English in every language (a usage error is still the user's).
        install_engine_translator(english=getattr(options, "json", False))
        code = command.run(options)
        sys.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()
        if as_process and hasattr(signal, "SIGPIPE"):
            signal.signal(signal.SIGPIPE, signal.SIG_DFL)
            os.kill(os.getpid(), signal.SIGPIPE)
        return 128 + 13  # what the shell reports for a process ended by SIGPIPE
    except OSError as exc:
        if not _is_stdout_error(exc):
            raise
        _silence_stdout()
        _complain(translate("CommandLine", "could not write the output: {0}").format(exc.strerror or exc))
        return EXIT_FAILED
    return code


def _is_stdout_error(exc: OSError) -> bool:
    """Whether ``exc`` came from writing standard output (a full disk, a closed or failing device)."""
    return exc.errno in (errno.ENOSPC, errno.EIO, errno.EDQUOT, errno.EFBIG, errno.EPIPE, errno.EBADF)


def _silence_stdout() -> None:
    # Whatever is still buffered would fail again when Python flushes stdout at exit (exit code 120).
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # no real file descriptor (a test's captured stdout)
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 -- lives as long as the process


def _run_gui_command(options: argparse.Namespace, started: float) -> int:
    project: Path | None = options.project
    if project is not None:
        problem = _project_file_problem(project)
        if problem:
            _complain(problem)
            return EXIT_BAD_USAGE
        if options.smoke_test:
            # No one is there to read a dialog: a file the window could not open fails the smoke test with the
            # one line ``nndesk check`` gives for it.
            from nndesk.project.project_file import ProjectError, load_project

            try:
                load_project(project)
            except ProjectError as exc:
                _complain(str(exc))
                return EXIT_BAD_USAGE
    if not _has_display():
        if not options.smoke_test:
            _complain(translate("CommandLine",
                "there is no screen to show the window on (neither DISPLAY nor WAYLAND_DISPLAY is set). "
                "Start nndesk from a desktop session; to check an installation without one, "
                "run: nndesk --smoke-test"
            ))
            return EXIT_FAILED
        os.environ["QT_QPA_PLATFORM"] = "offscreen"

    from nndesk.app import run_gui  # Qt loads here, not for --version or headless commands

    return run_gui(project_path=project, smoke_test=options.smoke_test, started=started)


def _project_file_problem(path: Path) -> str | None:
    """Why ``path`` cannot be opened as a project, in the user's words, or None when it can be tried."""
    try:
        os.stat(path)
    except FileNotFoundError:
        return translate("CommandLine", "cannot open {0}: there is no such file.").format(repr(str(path)))
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return translate("CommandLine", "cannot open {0}: it is a symbolic link that leads back to itself "
                             "(a loop).").format(repr(str(path)))
        return translate("CommandLine", "cannot open {0}: {1}.").format(repr(str(path)), exc.strerror or exc)
    except ValueError:  # a NUL in the name
        return translate("CommandLine", "cannot open {0}: there is no such file.").format(repr(str(path)))
    if path.is_dir():
        return translate("CommandLine", "cannot open {0}: it is a folder, not a project file.").format(repr(str(path)))
    return None


def _has_display() -> bool:
    """False on Linux with no X or Wayland screen, where Qt would abort with a cryptic message."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _complain(message: str) -> None:
    print(f"nndesk: {message}", file=sys.stderr)


def _ensure_standard_streams() -> None:
    # A GUI-script entry point (pythonw on Windows, a desktop launcher) may start with no console at all:
    # sys.stdout and sys.stderr are then None and the first print or argparse message would raise.
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 -- lives as long as the process
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w")  # noqa: SIM115
