"""argparse's own words ("usage:", "options:", "show this help message and exit", "invalid choice"...) in
nndesk's catalogue, under the context ``argparse``.

argparse asks gettext for them through its module globals ``_`` and ``ngettext``, at the moment it formats a
help or an error (and when a parser is made, for the "options" title). Python ships no German catalogue for
them; rather than a second format (a gettext ``.mo`` beside Qt's ``.qm``), they are marked here and
:func:`install` points those two globals at :func:`nndesk.i18n.translate`: one catalogue, one toolchain
(lupdate/lrelease) and one completeness test for every word nndesk prints. A test checks that every string the
running Python's argparse passes to gettext is listed here, so a new Python cannot bring English back unseen.
"""

from __future__ import annotations

import argparse

from nndesk import i18n
from nndesk.i18n import QT_TRANSLATE_NOOP

CONTEXT = "argparse"
WORDS = (  # the strings of argparse's _() and ngettext() calls, Python 3.11 to 3.13
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "subcommands"),
    QT_TRANSLATE_NOOP("argparse", "%(heading)s:"),
    QT_TRANSLATE_NOOP("argparse", " (default: %(default)s)"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: warning: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "unexpected option string: %s"),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
    QT_TRANSLATE_NOOP("argparse", "argument \"-\" with mode %r"),
    QT_TRANSLATE_NOOP("argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "command '%(parser_name)s' is deprecated"),
    QT_TRANSLATE_NOOP("argparse", "option '%(option)s' is deprecated"),
    QT_TRANSLATE_NOOP("argparse", "argument '%(argument_name)s' is deprecated"),
    # mistakes in a program's parser, not in the user's command line: translated all the same
    QT_TRANSLATE_NOOP("argparse", "conflicting option string: %s"),
    QT_TRANSLATE_NOOP("argparse", "conflicting option strings: %s"),
    QT_TRANSLATE_NOOP("argparse", "conflicting subparser: %s"),
    QT_TRANSLATE_NOOP("argparse", "conflicting subparser alias: %s"),
    QT_TRANSLATE_NOOP("argparse", "cannot have multiple subparser arguments"),
    QT_TRANSLATE_NOOP("argparse", ".__call__() not defined"),
    QT_TRANSLATE_NOOP("argparse", "'required' is an invalid argument for positionals"),
    QT_TRANSLATE_NOOP("argparse", "mutually exclusive arguments must be optional"),
    QT_TRANSLATE_NOOP("argparse", "%r is not callable"),
    QT_TRANSLATE_NOOP("argparse", "cannot merge actions - two groups are named %r"),
    QT_TRANSLATE_NOOP("argparse", "invalid option string %(option)r: must start with a character %(prefix_chars)r"),
    QT_TRANSLATE_NOOP("argparse", "dest= is required for options like %r"),
    QT_TRANSLATE_NOOP("argparse", "invalid conflict_resolution value: %r"),
)


def gettext(text: str) -> str:
    """argparse's ``_``: ``text`` in the language nndesk speaks."""
    return i18n.translate(CONTEXT, text)


def ngettext(singular: str, plural: str, n: int) -> str:
    """argparse's ``ngettext``: the form for ``n`` (English's two forms are German's too), translated."""
    return gettext(singular if n == 1 else plural)


def install() -> None:
    """Point argparse at nndesk's catalogue; done by ``nndesk.cli.main`` before it makes a parser, and only for
    a language other than English (in English argparse is left exactly as Python ships it)."""
    if i18n.chosen_language() != i18n.SOURCE_LANGUAGE:
        argparse._ = gettext
        argparse.ngettext = ngettext


def version_help() -> str:
    """The ``--version`` option's help, which Python 3.11 and 3.12 write without asking gettext."""
    return gettext("show program's version number and exit")
