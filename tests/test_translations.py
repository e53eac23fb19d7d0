"""nndesk in other languages: the catalogues are complete, the window speaks German when asked, the
command line too, and the language follows NNDESK_LANGUAGE, View > Language and the user's UI languages.

When a test here fails because strings lack a translation, bring the catalogue up to date and translate them:

    .venv/bin/python packaging/translations.py update     # new strings into translations/nndesk_de.ts
    (translate each <translation type="unfinished"> in translations/nndesk_de.ts, or: .venv/bin/pyside6-linguist)
    .venv/bin/python packaging/translations.py release    # compile resources/translations/nndesk_de.qm
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from nndesk import i18n
from nndesk.ui.language_menu import SETTINGS_KEY, install_language, saved_language
from nndesk.ui.settings import open_settings

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))
import translations as tool  # noqa: E402  (packaging/translations.py)

UPDATE_HOWTO = ("Run `.venv/bin/python packaging/translations.py update`, translate the entries marked "
                "type=\"unfinished\" in translations/nndesk_de.ts (or with pyside6-linguist), then "
                "`.venv/bin/python packaging/translations.py release`.")
GERMAN_MENUS = ["Datei", "Bearbeiten", "Tabelle", "Training", "Ansicht", "Hilfe"]
ENGLISH_MENUS = ["File", "Edit", "Table", "Training", "View", "Help"]


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) for every message of a .ts file."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append((name, message.findtext("source"), message.find("translation")))
    return found


@pytest.fixture(scope="module")
def fresh_ts(tmp_path_factory) -> Path:
    """The German catalogue after lupdate read today's sources: what the repository's .ts should be."""
    copy = tmp_path_factory.mktemp("ts") / "nndesk_de.ts"
    shutil.copy(tool.TS_FOLDER / "nndesk_de.ts", copy)
    tool.update(copy, quiet=True)
    return copy


def test_every_marked_string_has_a_german_translation(fresh_ts):
    missing = [f"  {context}: {source!r}" for context, source, translation in messages(fresh_ts)
               if translation.get("type") in ("unfinished", "vanished", "obsolete") or not (translation.text or "")]
    assert not missing, (f"{len(missing)} marked strings have no German translation:\n" + "\n".join(missing)
                         + "\n" + UPDATE_HOWTO)


def test_the_catalogue_holds_no_string_the_code_no_longer_marks(fresh_ts):
    in_code = {(context, source) for context, source, _ in messages(fresh_ts)}
    stale = [f"  {context}: {source!r}" for context, source, _ in messages(tool.TS_FOLDER / "nndesk_de.ts")
             if (context, source) not in in_code]
    assert not stale, "translations/nndesk_de.ts holds strings the code no longer has:\n" + "\n".join(stale) + \
        "\n" + UPDATE_HOWTO


def test_translations_keep_the_placeholders_and_one_shortcut_letter():
    for context, source, translation in messages(tool.TS_FOLDER / "nndesk_de.ts"):
        text = translation.text or ""
        assert sorted(re.findall(r"\{\w*\}", text)) == sorted(re.findall(r"\{\w*\}", source)) or \
            source.startswith("1 "), (context, source, text)  # "1 epoch" has no number to put in
        assert text.replace("&amp;", "").count("&") == source.replace("&amp;", "").count("&"), (context, source)


def test_the_shipped_qm_is_compiled_from_the_ts(tmp_path):
    compiled = tmp_path / "nndesk_de.qm"
    tool.release(tool.TS_FOLDER / "nndesk_de.ts", compiled)
    shipped = tool.QM_FOLDER / "nndesk_de.qm"
    assert compiled.read_bytes() == shipped.read_bytes(), "resources/translations/nndesk_de.qm is out of date:\n" + \
        UPDATE_HOWTO


def test_the_window_speaks_german_with_the_catalogues_installed(qapp, qtbot):
    from nndesk.ui import MainWindow

    assert i18n.install_translators(qapp, "de") == ["nndesk_de.qm", "qtbase_de.qm"]
    try:
        window = MainWindow(restore_session=False)
        qtbot.addWidget(window)
        titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
        assert titles == GERMAN_MENUS  # View > Appearance and Language found the German View menu
        view = window.menuBar().actions()[4].menu()
        assert [a.text() for a in view.actions() if a.menu()] == ["&Darstellung", "&Sprache"]
        assert window.train_action.text() == "Trainieren"
        assert window.state_label.text() == "Bereit"
        assert window.findChild(QDialogButtonBox) is None
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)  # Qt's own word, from qtbase_de
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"
        box.deleteLater()
    finally:
        i18n.remove_translators(qapp)
    english = MainWindow(restore_session=False)
    qtbot.addWidget(english)
    assert [a.text().replace("&", "") for a in english.menuBar().actions()] == ENGLISH_MENUS


WINDOW_SCRIPT = textwrap.dedent("""
    import json
    from nndesk.app import create_application
    app = create_application()
    from nndesk.ui import MainWindow
    window = MainWindow(restore_session=False)
    print(json.dumps([a.text().replace("&", "") for a in window.menuBar().actions()]))
""")


def _run(script: str, **env: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LANG", "LC_ALL", "LC_MESSAGES",
                                                             i18n.ENVIRONMENT_VARIABLE)}
    return subprocess.run([sys.executable, "-c", script], env=clean | {"QT_QPA_PLATFORM": "offscreen", **env},
                          capture_output=True, text=True, timeout=120, check=True)


@pytest.mark.parametrize(("env", "menus"), [
    ({"LANGUAGE": "de"}, GERMAN_MENUS),
    ({"LANG": "de_DE.UTF-8"}, GERMAN_MENUS),
    ({"LANGUAGE": "fr:de", "LANG": "C.UTF-8"}, GERMAN_MENUS),  # no French: the next language asked for
    ({"LANG": "C.UTF-8"}, ENGLISH_MENUS),
    ({"LANGUAGE": "de", i18n.ENVIRONMENT_VARIABLE: "en"}, ENGLISH_MENUS),
])
def test_the_window_starts_in_the_users_language(env, menus):
    assert json.loads(_run(WINDOW_SCRIPT, **env).stdout.splitlines()[-1]) == menus


COMMAND_LINE_SCRIPT = textwrap.dedent("""
    import sys
    from nndesk.i18n import translate
    print(translate("MainWindow", "&File"), "PySide6.QtCore" in sys.modules)
""")


def test_the_command_line_translates_without_an_application_and_loads_qt_only_for_another_language():
    assert _run(COMMAND_LINE_SCRIPT, LANGUAGE="de").stdout.split() == ["&Datei", "True"]
    assert _run(COMMAND_LINE_SCRIPT, LANG="C.UTF-8").stdout.split() == ["&File", "False"]


def test_the_language_follows_the_environment_the_saved_choice_and_the_ui_languages(monkeypatch):
    monkeypatch.delenv(i18n.ENVIRONMENT_VARIABLE, raising=False)
    assert i18n.chosen_language("de") == "de"
    assert i18n.chosen_language("en") == "en"
    monkeypatch.setenv(i18n.ENVIRONMENT_VARIABLE, "de")
    assert i18n.chosen_language("en") == "de"  # the environment wins, as NNDESK_APPEARANCE does
    monkeypatch.setenv(i18n.ENVIRONMENT_VARIABLE, "xx")  # a language nndesk lacks counts as not set
    assert i18n.chosen_language("de") == "de"
    assert [i18n.supported(code) for code in ("de-Latn-DE", "de_AT.UTF-8", "fr", "C")] == ["de", "de", None, None]


def test_view_language_saves_the_choice_for_the_next_start(window, qapp, monkeypatch):
    deutsch = window.findChild(type(window.train_action), "languageDe")
    assert saved_language() == i18n.SYSTEM and window.findChild(type(deutsch), "languageSystem").isChecked()
    deutsch.trigger()
    assert open_settings().value(SETTINGS_KEY) == "de"
    assert "starts again" in window.statusBar().currentMessage()
    monkeypatch.delenv(i18n.ENVIRONMENT_VARIABLE, raising=False)
    try:
        assert install_language(qapp) == "de"
    finally:
        i18n.remove_translators(qapp)
        open_settings().remove(SETTINGS_KEY)


def test_every_preset_name_and_description_is_marked_for_translation():
    from nndesk.project.presets import DESCRIPTIONS, PRESET_PROJECTS, PRESETS
    from nndesk.ui.preset_names import MARKED

    shown = [*PRESETS, *DESCRIPTIONS.values(), *PRESET_PROJECTS,
             *(p.description for p in PRESET_PROJECTS.values() if p.description)]
    unmarked = [text for text in shown if text not in MARKED]
    assert not unmarked, f"add these to nndesk/ui/preset_names.py (MARKED): {unmarked}\n" + UPDATE_HOWTO


def test_the_preset_menu_shows_german_names_and_keeps_the_english_ones_as_keys(qapp, qtbot):
    from nndesk.ui.table_editor import TableEditor

    i18n.install_translators(qapp, "de")
    try:
        editor = TableEditor()
        qtbot.addWidget(editor)
        combo = editor.preset_combo
        assert combo.currentText() == "Halbaddierer" and combo.currentData() == "Half adder"
        editor.choose_preset("Majority")
        assert combo.currentText() == "Mehrheit" and editor.table().target_names == ("Y",)
    finally:
        i18n.remove_translators(qapp)


def _nndesk(*args: str, **env: str) -> subprocess.CompletedProcess:
    script = "import sys; from nndesk.cli import main; sys.exit(main(sys.argv[1:]))"
    clean = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LANG", "LC_ALL", "LC_MESSAGES",
                                                             i18n.ENVIRONMENT_VARIABLE)}
    return subprocess.run([sys.executable, "-c", script, *args], env=clean | env, capture_output=True, text=True,
                          timeout=120)


def test_the_command_line_speaks_german_and_still_takes_the_english_preset_names():
    refused = _nndesk("train", "Halbaddierer", LANGUAGE="de")
    assert refused.returncode == 2
    assert refused.stderr.strip() == ("nndesk: 'Halbaddierer' ist weder eine Projektdatei noch eine Vorlage "
                                      "(nndesk presets listet sie auf)")
    trained = _nndesk("train", "XOR", "--max-epochs", "100000", LANGUAGE="de")
    assert trained.stdout.startswith("XOR: Netz 2-3-1, η 0.5, α 0.9, Startwert 1\n")
    assert "Wahrheitsprüfung: 4 von 4 Zeilen richtig" in trained.stdout
    english = _nndesk("train", "nosuch", LANG="C.UTF-8")
    assert "is neither a project file nor a preset" in english.stderr


@pytest.mark.parametrize("max_epochs", [50, 200_000])
def test_a_runs_outcome_is_the_engines_words_in_english_and_translated_in_german(qapp, max_epochs):
    from nndesk.engine import Network, StopRule, train_until
    from nndesk.outcomes import outcome_text
    from nndesk.project.presets import PRESETS

    table = PRESETS["XOR"]
    result = train_until(Network([2, 3, 1], eta=0.5, alpha=0.9, seed=1), table.inputs, table.targets,
                         StopRule(error_below=0.01, max_epochs=max_epochs))
    assert outcome_text(result) == result.message  # English: exactly what the engine wrote
    i18n.install_translators(qapp, "de")
    try:
        german = outcome_text(result)
    finally:
        i18n.remove_translators(qapp)
    assert german.startswith("An der Grenze von 50 Epochen" if max_epochs == 50 else "Konvergiert bei Epoche")
    unknown = type(result)(result.reason, result.epochs, result.error, result.message + ". And more advice.")
    assert outcome_text(unknown) == unknown.message  # a wording it does not know is kept, not lost
