"""The Qt-free layers' messages in the user's language (issue 18).

nndesk.engine and nndesk.project raise messages the window shows (``str(exc)`` in a message box or the status
bar) and the command line prints. They import no Qt and no display layer, so they make each message through
``nndesk.engine.wording.translate``, which nndesk.i18n fills with the real translator. The guard below reads
every raise of those packages and fails on a literal message that does not go through it; the other tests
open a bad project in a German window, run a German ``nndesk train`` on one, and ask the engine for a network
it cannot build.
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

import nndesk
from nndesk import i18n
from nndesk.engine import wording

PACKAGE_ROOT = Path(nndesk.__file__).resolve().parent
CORE = ("engine", "project")
# lesson_file.py raises keys of its REFUSALS, templates marked there that nndesk.lesson_words translates where
# shown (tests/test_lesson_translations.py holds them to it).
NOT_MINE = {"project/lesson_file.py"}
# Raises that carry English on purpose: programming errors no user input can reach, not messages for the user.
INTERNAL = {
    ("engine/network.py", "the guarded trainer cannot overflow"): "an assertion about nndesk's own code",
}


def _literal_text(node: ast.expr) -> str | None:
    """The text of a message written in place (a string, an f-string, a sum of them), else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
        return _literal_text(node.left) or _literal_text(node.right)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        return _literal_text(node.func.value)
    return None


def untranslated_raises(source: str) -> list[tuple[int, str]]:
    """(line, text) of every ``raise X(...)`` in ``source`` whose message is a literal not passed through
    ``translate(...)``."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
            for arg in [*node.exc.args, *(k.value for k in node.exc.keywords)]:
                text = _literal_text(arg)
                if text is not None and text.strip():
                    found.append((node.lineno, text))
    return found


def core_modules() -> list[Path]:
    return [path for layer in CORE for path in sorted((PACKAGE_ROOT / layer).glob("*.py"))
            if path.relative_to(PACKAGE_ROOT).as_posix() not in NOT_MINE]


def test_every_message_the_core_raises_goes_through_the_translate_hook():
    found = []
    for path in core_modules():
        name = path.relative_to(PACKAGE_ROOT).as_posix()
        found.extend(f"  {name}:{line}: {text!r}" for line, text in untranslated_raises(path.read_text("utf-8"))
                     if (name, text) not in INTERNAL)
    assert not found, ("messages for the user must be made with translate(\"Context\", \"...\") from "
                       "nndesk.engine.wording (or be listed in INTERNAL with a reason):\n" + "\n".join(found))


def test_every_exemption_is_still_a_raise_in_the_code():
    for name, text in INTERNAL:
        assert (name, text) in {(name, t) for _, t in untranslated_raises((PACKAGE_ROOT / name).read_text("utf-8"))}


@pytest.mark.parametrize("source", [
    'raise ValueError("no")',
    'raise ValueError(f"row {r} is bad")',
    'raise ValueError("a " + detail)',
    'raise ValueError("row {0}".format(r))',
    'raise OSError(errno.ENOENT, "there is no file name")',
    'raise self.fail(what="a name")',
])
def test_the_guard_sees_a_message_written_in_place(source):
    assert untranslated_raises(source)


@pytest.mark.parametrize("source", [
    'raise ValueError(translate("Network", "no"))',
    'raise ValueError(translate("Network", "row {0} is bad").format(r))',
    'raise ValueError(str(exc)) from None',
    'raise OSError(exc.errno, exc.strerror, str(path))',
    "raise",
])
def test_the_guard_lets_translated_messages_and_passed_on_ones_through(source):
    assert not untranslated_raises(source)


@pytest.fixture
def german(qapp):
    """nndesk speaking German in this process, as the window does with View > Language > Deutsch."""
    assert "nndesk_de.qm" in i18n.install_translators(qapp, "de")
    yield
    i18n.remove_translators(qapp)


def test_an_engine_refusal_comes_out_german(german):
    from nndesk.engine import Network

    with pytest.raises(ValueError) as refused:
        Network([2, 0, 1])
    assert str(refused.value) == "Schicht 1 der Topologie hat 0 Neuronen: jede Schicht braucht 1 bis 4096"


def test_the_engine_speaks_english_without_a_translator(german):
    from nndesk.engine import Network

    wording.install(None)
    try:
        with pytest.raises(ValueError, match="layer 1 of the topology has 0 neurons: each layer needs 1 to"):
            Network([2, 0, 1])
    finally:
        i18n.install_engine_translator()


def test_a_bad_project_opened_in_the_german_window_is_refused_in_german(german, qtbot, tmp_path):
    from nndesk.ui import MainWindow

    bad = tmp_path / "kaputt.nndesk"
    bad.write_text('{"format": "nndesk-project", "version": 99}', encoding="utf-8")
    window = MainWindow(restore_session=False)
    qtbot.addWidget(window)
    assert not window.files.open_project(bad)
    box = window.findChild(QMessageBox, "problemBox")
    assert box is not None and box.windowTitle() == "Das Projekt kann nicht geöffnet werden"
    assert box.text().startswith("kaputt.nndesk kann nicht geöffnet werden: sie wurde von einem neueren nndesk "
                                 "gespeichert (Dateiversion 99"), box.text()
    assert window.statusBar().currentMessage() == box.text()
    box.close()


def _nndesk(*args: str, **env: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LANG", "LC_ALL", "LC_MESSAGES",
                                                             i18n.ENVIRONMENT_VARIABLE)}
    script = "import sys; from nndesk.cli import main; sys.exit(main(sys.argv[1:]))"
    return subprocess.run([sys.executable, "-c", script, *args], env=clean | env, capture_output=True, text=True,
                          timeout=120, stdin=subprocess.DEVNULL)


def test_nndesk_train_on_a_bad_file_says_so_in_german_in_one_line(tmp_path):
    bad = tmp_path / "bad.nndesk"
    bad.write_text(json.dumps({"format": "nndesk-project", "version": 5, "table": []}), encoding="utf-8")
    done = _nndesk("train", str(bad), LANGUAGE="de")
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert done.stderr.startswith("nndesk: bad.nndesk kann nicht geöffnet werden: "), done.stderr
    english = _nndesk("train", str(bad), LANG="C.UTF-8")
    assert english.stderr.startswith("nndesk: Cannot open bad.nndesk: "), english.stderr


def test_a_diverged_runs_outcome_and_its_advice_come_out_german(german):
    from nndesk.engine import Network, StopReason, StopRule, train_until
    from nndesk.project.presets import PRESETS

    table = PRESETS["XOR"]
    result = train_until(Network([2, 3, 1], eta=0.5, alpha=1.5, seed=1), table.inputs, table.targets,
                         StopRule(error_below=0.01, max_epochs=100_000))
    assert result.reason is StopReason.DIVERGED
    assert result.message.startswith("Das Training ist bei Epoche "), result.message
    assert "Wahrscheinliche Ursache: das Momentum α ist 1.5: ab 1 behält jede Gewichtsänderung" in result.message


def test_conflicting_rows_are_explained_in_german(german):
    from nndesk.project.table_checks import conflict_text
    from nndesk.project.truth_table import TruthTable

    table = TruthTable(("A",), ("Y",), ((0.0, 0.0), (0.0, 1.0), (1.0, 1.0)))
    assert conflict_text(table).startswith("Die Zeilen 1 und 2 haben dieselben Eingaben, aber verschiedene Ziele")
