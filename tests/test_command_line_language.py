"""The command line speaks German with ``LANGUAGE=de`` (issue 18): the help of nndesk and of each command,
argparse's own words, the reports of train, check, study and presets, and every error line; ``--json`` stays
English and identical in both languages (machines read it); English output is unchanged.

Real processes and real files: each test runs ``python -m nndesk`` as a user would.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from nndesk import i18n

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "nndesk" / "cli.py", ROOT / "nndesk" / "argparse_words.py",
           *sorted((ROOT / "nndesk" / "commands").glob("*.py"))]
NOT_OURS: set[str] = set()  # every command module is held to the guard
OUR_COMMANDS = ["train", "check", "study", "presets", "desktop"]
# Words that appear only in English text: none of them may be left in a German help or report.
ENGLISH_WORDS = {"the", "and", "of", "to", "when", "with", "show", "usage", "options", "positional", "arguments",
                 "this", "for", "from", "is", "are", "each", "instead", "print", "which", "how", "many", "default",
                 "file", "seeds", "network", "rows", "epochs", "error", "correct", "converged", "stuck", "after",
                 "help", "message", "exit", "required", "invalid", "choice", "expected", "argument",
                 "program", "version", "stop", "test", "save", "weights", "what", "table", "preset", "whole"}


def nndesk(*args: str, language: str = "de", cwd: Path | None = None, **more: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LANG", "LC_ALL", "LC_MESSAGES",
                                                          i18n.ENVIRONMENT_VARIABLE)}
    env.update(COLUMNS="100", LANGUAGE=language, LANG="C.UTF-8", **more)
    return subprocess.run([sys.executable, "-m", "nndesk", *args], env=env, capture_output=True, text=True,
                          timeout=180, cwd=cwd)


def english_words(text: str) -> set[str]:
    """The English words of ``text`` left after taking out what is typed, not read: option names (--seed),
    choices ({backprop,rprop}), METAVARS, file names and examples."""
    text = re.sub(r"\{[^}]*\}|--?[\w-]+|\$\w+|\S*[./~]\S*\w|\b[A-Z][A-Z_|]+\b", " ", text)
    return {w for w in re.findall(r"[A-Za-z']+", text) if w.lower() in ENGLISH_WORDS}


@pytest.mark.parametrize("command", [None, *OUR_COMMANDS])
def test_every_help_is_german_to_the_last_line(command):
    done = nndesk(*([command] if command else []), "--help")
    assert done.returncode == 0, done.stderr
    text = done.stdout
    assert text.startswith("Aufruf: nndesk") and "\nOptionen:\n" in text
    assert "diese Hilfe anzeigen und beenden" in text
    left = {line: english_words(line) for line in text.splitlines() if english_words(line)}
    assert not left, f"English left in the German help of nndesk {command or ''}:\n" + \
        "\n".join(f"  {line!r}: {sorted(words)}" for line, words in left.items())


def test_the_german_help_names_the_arguments_and_the_version_in_german():
    main = nndesk("--help").stdout
    assert "Positionsargumente:" in main and "Versionsnummer des Programms anzeigen und beenden" in main
    assert "Befehle (nndesk BEFEHL --help für mehr): check, desktop" in main
    train = nndesk("train", "--help").stdout
    assert "DATEI|VORLAGE" in train and "Lernrate η" in train and "Trainingsverfahren" in train


ENGLISH_MAIN_HELP = """\
usage: nndesk [-h] [--version] [--smoke-test] [FILE]

Train small feed-forward neural networks by pointing and clicking; watch them learn.

positional arguments:
  FILE          a project file to open

options:
  -h, --help    show this help message and exit
  --version     show program's version number and exit
  --smoke-test  start, wait until the main window is on screen, print how long that took, and exit
                (checks an installation or a packaged build; works without a screen)

commands (nndesk COMMAND --help for more): check, desktop, lessons, presets, study, train,
worksheet
"""


def test_the_english_help_is_unchanged():
    assert nndesk("--help", language="en").stdout == ENGLISH_MAIN_HELP
    train = nndesk("train", "--help", language="en").stdout
    assert train.startswith("usage: nndesk train [-h] [--seed SEED]") and "FILE|PRESET" in train
    assert "  --seed SEED           seed of the initial weights (default: the file's)\n" in train
    assert "\ntraining method (default: the file's, else the article's online backprop):\n" in train


@pytest.mark.parametrize(("args", "german"), [
    (["train"], "nndesk train: die folgenden Argumente werden benötigt: DATEI|VORLAGE (siehe: nndesk train --help)"),
    (["desktop", "frob"], "nndesk desktop: Argument action: ungültige Auswahl: 'frob' (wählen Sie aus 'install', "
                          "'uninstall') (siehe: nndesk desktop --help)"),
    (["train", "XOR", "--seed"], "nndesk train: Argument --seed: erwartet ein Argument (siehe: nndesk train --help)"),
    (["train", "XOR", "--eta", "x"], "nndesk train: Argument --eta: ungültiger float-Wert: 'x' (siehe: nndesk train "
                                     "--help)"),
    (["train", "XOR", "--eta", "-1"], "nndesk: --eta muss eine Zahl von 0 oder mehr sein"),
    (["study", "XOR", "--seeds", "0"], "nndesk: --seeds muss zwischen 1 und 100,000 liegen"),
    (["study", "XOR", "--rule", "backprop,nosuch"], "nndesk: --rule: unbekannte Regel 'nosuch': wählen Sie aus "
                                                     "backprop, rprop, adam (z. B. backprop,rprop)"),
    (["train", "XOR", "--batch", "0"], "nndesk: --batch muss eine Zeilenzahl ab 1 sein oder all; nicht '0'"),
    (["check", "nosuch.nndesk"], None),  # the project layer's words (translated there), one line
])
def test_every_error_is_one_german_line(args, german):
    done = nndesk(*args)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    if german is not None:
        assert done.stderr.strip() == german


def test_train_check_and_study_report_in_german(tmp_path):
    trained = nndesk("train", "XOR", "--out", "xor.nndesk", cwd=tmp_path)
    assert trained.returncode == 0, trained.stderr
    assert "xor.nndesk gespeichert" in trained.stdout and "Wahrheitsprüfung: 4 von 4 Zeilen richtig" in trained.stdout
    checked = nndesk("check", "xor.nndesk", cwd=tmp_path)
    assert checked.returncode == 0, checked.stderr
    lines = checked.stdout.splitlines()
    assert lines[0].startswith("BESTANDEN xor.nndesk: 4 von 4 Zeilen richtig nach ") and "Startwert 1" in lines[0]
    assert lines[1].startswith("Konvergiert bei Epoche")
    assert lines[2].startswith("Das gespeicherte Netz ist seine Wiederholung: Startwert 1, ")
    studied = nndesk("study", "XOR", "--seeds", "6", "--max-epochs", "3000", cwd=tmp_path)
    assert studied.returncode == 0, studied.stderr
    assert "konvergiert (" in studied.stdout and "Startwerte" in studied.stdout
    assert "an der Grenze von 3,000 Epochen hängengeblieben: " in studied.stdout
    compared = nndesk("study", "XOR", "--seeds", "3", "--max-epochs", "500", "--rule", "backprop,rprop")
    assert compared.returncode == 0, compared.stderr
    assert "Verfahren" in compared.stdout and "konvergiert" in compared.stdout
    for report in (trained.stdout, checked.stdout, studied.stdout, compared.stdout):
        left = {line: english_words(line) for line in report.splitlines() if english_words(line)}
        assert not left, left


def test_presets_show_german_names_beside_the_english_ones_to_type():
    german = nndesk("presets").stdout.splitlines()
    assert any(re.fullmatch(r"Half adder +Halbaddierer", line) for line in german), german
    assert "XOR" in german  # a name German keeps is shown once
    english = nndesk("presets", language="en").stdout.splitlines()
    assert "Half adder" in english and not any("Halbaddierer" in line for line in english)
    assert nndesk("train", "Half adder", "--max-epochs", "10").returncode in (0, 1)  # the English name is typed


def test_desktop_says_what_it_did_in_german(tmp_path):
    home = tmp_path / "share"
    installed = nndesk("desktop", "install", XDG_DATA_HOME=str(home), PATH="/nonexistent")
    assert installed.returncode == 0, installed.stderr
    lines = installed.stdout.splitlines()
    assert lines[0].startswith(f"{home / 'applications' / 'nndesk.desktop'} geschrieben (startet ")
    mime = home / "mime" / "packages" / "nndesk.xml"
    assert lines[2] == f"{mime} geschrieben (.nndesk-Dateien: application/x-nndesk)"
    assert lines[3] == f"update-mime-database ist nicht installiert: Der Desktop liest {home / 'mime'} bei seinem " \
                       "nächsten Start"
    removed = nndesk("desktop", "uninstall", XDG_DATA_HOME=str(home), PATH="/nonexistent")
    assert removed.stdout.splitlines()[0] == f"{home / 'applications' / 'nndesk.desktop'} entfernt"
    again = nndesk("desktop", "uninstall", XDG_DATA_HOME=str(home), PATH="/nonexistent")
    assert again.stdout == f"nichts zu entfernen: nndesk steht nicht im Menü von {home}\n"


def _without_timing(value):
    """The JSON with the keys that measure time taken out (they differ between any two runs)."""
    if isinstance(value, dict):
        return {k: _without_timing(v) for k, v in value.items() if "second" not in k}
    if isinstance(value, list):
        return [_without_timing(v) for v in value]
    return value


def test_json_is_the_same_in_both_languages(tmp_path):
    nndesk("train", "XOR", "--out", "xor.nndesk", cwd=tmp_path, language="en")
    data = json.loads((tmp_path / "xor.nndesk").read_text(encoding="utf-8"))
    data["state"]["weights"][1][0][0] += 0.5  # edited by hand: check names the difference
    (tmp_path / "edited.nndesk").write_text(json.dumps(data), encoding="utf-8")
    for args in (["train", "XOR", "--json"], ["train", "XOR", "--max-epochs", "50", "--json"],
                 ["check", "xor.nndesk", "--json"], ["check", "edited.nndesk", "--json"],
                 ["study", "XOR", "--seeds", "4", "--max-epochs", "2000", "--json"],
                 ["study", "XOR", "--seeds", "3", "--max-epochs", "500", "--rule", "backprop,rprop", "--json"]):
        english, german = (nndesk(*args, cwd=tmp_path, language=lang) for lang in ("en", "de"))
        assert english.stdout.count("\n") == 1 and english.stderr == german.stderr == ""
        assert _without_timing(json.loads(german.stdout)) == _without_timing(json.loads(english.stdout)), args
    message = json.loads(nndesk("train", "XOR", "--max-epochs", "50", "--json").stdout)["message"]
    assert message.startswith("Stopped at the limit of 50 epochs")
    differences = json.loads(nndesk("check", "edited.nndesk", "--json", cwd=tmp_path).stdout)["differences"]
    assert differences and all(d.isascii() for d in differences), differences  # the English words


# ---- argparse's own words -------------------------------------------------------------------------------------

def _argparse_literals() -> set[str]:
    """Every string this Python's argparse passes to gettext (``_()`` and ``ngettext()``)."""
    tree = ast.parse(Path(argparse.__file__).read_text(encoding="utf-8"))
    return {a.value for node in ast.walk(tree) if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
            and node.func.id in ("_", "ngettext") for a in node.args if isinstance(a, ast.Constant)
            and isinstance(a.value, str)}


def test_every_word_of_this_pythons_argparse_is_marked():
    from nndesk.argparse_words import WORDS

    missing = _argparse_literals() - set(WORDS)
    assert not missing, f"add these to nndesk/argparse_words.py (WORDS): {sorted(missing)}"


def test_the_german_argparse_words_keep_their_percent_placeholders():
    ts = ROOT / "translations" / "nndesk_de.ts"
    found = 0
    for context in ET.parse(ts).getroot().iter("context"):
        if context.findtext("name") not in ("argparse", "CommandLine"):
            continue
        for message in context.iter("message"):
            source, text = message.findtext("source"), message.findtext("translation") or ""
            pattern = r"%(?:\(\w+\))?[rsd]"
            assert sorted(re.findall(pattern, text)) == sorted(re.findall(pattern, source)), (source, text)
            # help texts go through argparse's % formatting: a % the English has not would break them
            assert text.count("%") == source.count("%"), (source, text)
            found += 1
    assert found > 150


# ---- the guard: no English literal reaches the user unmarked ------------------------------------------------

TRANSLATING = {"translate", "QT_TRANSLATE_NOOP", "counted", "gettext"}
NOT_SHOWN = {"dumps"}  # json.dumps: machines read it, in English
# What is not words: program and tool names, units, marks and option names.
NOT_WORDS = re.compile(r"nndesk|update-(mime|desktop)-database|SIGTERM|Ctrl\+C|--?[\w-]+|\{[^}]*\}|%\w|"
                       r"\.(?:desktop|svg|xml)\b|\b(?:Exec|TryExec|MimeType)=|\b(?:n/a|p90|x\d|sin|e\.g|sigmoid|backprop|Adam)\b")


def _english_literals(path: Path) -> list[str]:
    """The string literals (f-strings' text too) of ``path`` with an English word, outside docstrings,
    translate()/QT_TRANSLATE_NOOP() and json.dumps()."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if name in TRANSLATING | NOT_SHOWN:
                skip.update(id(n) for n in ast.walk(node))
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef)) and node.body \
                and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant):
            skip.add(id(node.body[0].value))  # a docstring
        if isinstance(node, (ast.Subscript, ast.Compare)):
            skip.update(id(n) for n in ast.walk(node.slice if isinstance(node, ast.Subscript) else node))
        if isinstance(node, ast.keyword) and node.arg in ("dest", "choices"):
            skip.update(id(n) for n in ast.walk(node.value))
    shown: set[int] = set()  # one word shown all the same: a piece of an f-string, a choice of two ("ok"/"WRONG")
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            shown.update(id(v) for v in node.values)
        if isinstance(node, ast.IfExp):
            shown.update((id(node.body), id(node.orelse)))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip:
            words = re.findall(r"[A-Za-z]{2,}", NOT_WORDS.sub(" ", node.value))
            if words and (" " in node.value.strip() or id(node) in shown):  # else a key or a name
                found.append(f"{path.name}:{node.lineno}: {node.value!r}")
    return found


ALLOWED = {  # literals with spaces that are not shown to a reader
    "desktop.py": ("nndesk project", "xml version", "mime-info", "mime-type", "sub-class-of", "icon name",
                   "glob pattern", " \\t\\n"),
    "worksheet.py": ("'nndesk worksheet'",),  # the offscreen application's argv[0]
}


def test_no_english_sentence_in_the_command_line_goes_untranslated():
    left = []
    for path in SOURCES:
        if path.name in NOT_OURS:
            continue
        allowed = ALLOWED.get(path.name, ())
        left += [line for line in _english_literals(path) if not any(a in line for a in allowed)]
    assert not left, "mark these with translate(\"CommandLine\", ...) (nndesk.i18n):\n" + "\n".join(left)


def test_the_guard_finds_an_unmarked_print(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text('from nndesk.i18n import translate\n\ndef f(n):\n    print(translate("CommandLine", "all good"))\n'
                   '    print(f"{n} rows wrong")\n    print(json.dumps({"all good": 1}))\n', encoding="utf-8")
    assert _english_literals(bad) == ["bad.py:5: ' rows wrong'"]


@pytest.mark.parametrize("options", [{}, {"rule": "rprop", "batch_size": None}, {"batch_size": None},
                                     {"rule": "adam", "batch_size": 4, "loss": "cross-entropy", "weight_decay": 0.01,
                                      "init": "xavier", "shuffle": True}])
def test_the_method_in_words_is_the_engines_in_english(options):
    from nndesk.commands._method import method_words
    from nndesk.engine.methods import check_method

    method = check_method(**options)
    assert method_words(method) == method.describe()
