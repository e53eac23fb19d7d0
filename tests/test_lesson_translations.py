"""The lessons in German (issue 18): the built-in lessons' texts, the lesson panel, Save as Lesson, the grade's
lines and a lesson file's refusals, in the window and on the command line; the English names stay the keys and
``--json`` stays English. A lesson a teacher wrote is shown as written.

When a test here fails because a built-in lesson changed, run ``.venv/bin/python tools/make_lessons.py`` (it
writes nndesk/lesson_texts.py), then update and translate the catalogue (see tests/test_translations.py).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from nndesk import i18n
from nndesk.lesson_texts import MARKED
from nndesk.lesson_words import condition_text, refusal, shown_lesson
from nndesk.project.lessons import builtin_lessons, grade
from nndesk.project.presets import preset_project
from nndesk.project.project_file import ProjectError, load_project, loads, save_project

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import make_lessons  # noqa: E402  (tools/make_lessons.py)

BUILTIN = {lesson.name: lesson for lesson in builtin_lessons()}
RATE_TITLE_DE = "Die Lernrate η: zu klein, zu groß, divergierend"


@pytest.fixture
def german(qapp):
    assert "nndesk_de.qm" in i18n.install_translators(qapp, "de")
    yield
    i18n.remove_translators(qapp)


def test_every_built_in_lesson_text_is_marked_for_translation():
    starts = [load_project(lesson.start).lesson for lesson in BUILTIN.values()]
    unmarked = [text for lesson in starts for text in make_lessons.lesson_texts(lesson) if text not in MARKED]
    assert not unmarked, f"run tools/make_lessons.py (it writes nndesk/lesson_texts.py): {unmarked}"
    written = (ROOT / "nndesk" / "lesson_texts.py").read_text(encoding="utf-8")
    assert written == make_lessons.texts_module(starts), "nndesk/lesson_texts.py is not what tools/make_lessons.py " \
        "writes for today's lessons: run it"


def test_every_built_in_lesson_text_has_german_words(german):
    import xml.etree.ElementTree as ET

    catalogue = {m.findtext("source"): m.find("translation") for c in ET.parse(ROOT / "translations" / "nndesk_de.ts")
                 .getroot().iter("context") if c.findtext("name") == "LessonTexts" for m in c.iter("message")}
    missing = [text for text in MARKED if text not in catalogue or catalogue[text].get("type") or
               not catalogue[text].text]
    assert not missing, f"lesson texts lupdate did not find or nobody translated: {missing}"
    same = [text for text in MARKED if i18n.translate("LessonTexts", text) == text]
    assert same == ["Momentum α"], f"lesson texts still English in German: {same}"  # the only one alike in German


def test_a_teachers_own_lesson_is_shown_as_written(german):
    lesson = load_project(BUILTIN["learning-rate"].start).lesson
    assert shown_lesson(lesson).title == RATE_TITLE_DE
    assert shown_lesson(lesson).steps[0].startswith("η gibt an")
    own = replace(lesson, steps=(*lesson.steps[:-1], "Find your own η."))  # one step a teacher changed
    assert shown_lesson(own) == own


def _grade_lines(name: str, solution: bool = False) -> list:
    lesson = BUILTIN[name]
    start = load_project(lesson.start)
    return list(grade(load_project(lesson.solution if solution else lesson.start), start.lesson,
                      lesson_project=start).conditions)


@pytest.mark.parametrize(("name", "solution"), [("and-or", False), ("learning-rate", False),
                                                ("learning-rate", True), ("hidden-gates", False),
                                                ("online-batch", False), ("held-out", True)])
def test_every_line_of_a_grade_is_in_german(german, name, solution):
    for condition in _grade_lines(name, solution):
        german_text = condition_text(condition)
        assert german_text != condition.text, condition.text
        assert condition.said is not None


def test_the_grades_words_are_marked_where_they_are_written():
    """Every Said in nndesk/project/lessons.py starts from a template marked for lupdate (or a marked phrase of
    _AFTER_TRAINING), and every LessonError names a refusal of REFUSALS: nothing reaches a student unmarked."""
    import ast

    from nndesk.project.lesson_file import REFUSALS

    def marked(node: ast.AST) -> bool:
        return (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP"
                and all(isinstance(a, ast.Constant) for a in node.args))

    tree = ast.parse((ROOT / "nndesk" / "project" / "lessons.py").read_text(encoding="utf-8"))
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and getattr(n.func, "id", "") == "_said"]
    assert len(calls) > 25
    unmarked = [ast.unparse(c) for c in calls if not (marked(c.args[0]) or ast.unparse(c.args[0]) ==
                                                      "_AFTER_TRAINING[key]")]
    assert not unmarked, unmarked
    after = next(n.value for n in ast.walk(tree) if isinstance(n, ast.Assign) and
                 getattr(n.targets[0], "id", "") == "_AFTER_TRAINING")
    assert all(marked(v) for v in after.values)
    source = (ROOT / "nndesk" / "project" / "lesson_file.py").read_text(encoding="utf-8")
    raised = [n for n in ast.walk(ast.parse(source)) if isinstance(n, ast.Call) and
              getattr(n.func, "id", "") == "LessonError"]
    assert raised and all(isinstance(n.args[0], ast.Constant) and n.args[0].value in REFUSALS for n in raised)


def test_a_lesson_files_refusals_are_translated_and_other_messages_kept(german):
    data = json.loads((BUILTIN["and-or"].start).read_text(encoding="utf-8"))
    data["lesson"]["goal"] = {"eta": [2, 1]}
    with pytest.raises(ProjectError) as refused:
        loads(json.dumps(data))
    english = str(refused.value)
    assert english.endswith('"lesson.goal.eta": the low end 2 is above the high end 1')
    assert refusal(english).endswith('"lesson.goal.eta": das untere Ende 2 liegt über dem oberen Ende 1')
    assert refusal("Cannot open x.nndesk: no such file") == "Cannot open x.nndesk: no such file"


def test_the_lesson_panel_shows_a_built_in_lesson_in_german(german, qtbot):
    from nndesk.ui import MainWindow

    window = MainWindow(restore_session=False)
    qtbot.addWidget(window)
    window.findChild(type(window.lessons.action), "lessonsAction").trigger()
    panel = window.lessons.panel
    assert panel.list.item(4).text() == f"5. {RATE_TITLE_DE}"
    assert panel.title.text() == "Keine Lektion geöffnet"
    assert panel.open_index([b.name for b in panel.lessons].index("learning-rate"))
    assert panel.title.text() == RATE_TITLE_DE
    assert panel.step_label.text() == "Schritt 1 von 4"
    assert panel.text.toPlainText().startswith("η gibt an")
    panel.go(1)
    assert panel.step_label.text() == "Schritt 2 von 4" and "Setzen Sie η auf 1" in panel.text.toPlainText()
    panel.show_hint()
    assert panel.hint_label.text().startswith("Hinweis: Mit η = 1")
    goal = panel.goal_label.text()
    assert "nach dem Trainieren zu sehen" in goal and "η 0.05 liegt um 0.05 unter 0.1 bis 5" in goal, goal
    assert "durch diese Lektion gesperrt" in window.hyper_form.alpha_spin.toolTip()
    assert panel.lock_note.text().startswith("Durch diese Lektion gesperrt: die Tabelle")
    assert panel.next_button.text().replace("&", "") == "Weiter"  # the window gives buttons a shortcut letter
    assert panel.leave_button.text().replace("&", "") == "Verlassen"
    assert panel.lesson.title == "The learning rate η: too small, too large, diverging"  # the file keeps English


def test_a_teachers_lesson_opens_in_the_german_panel_as_written(german, qtbot, tmp_path):
    from nndesk.project.lesson_file import Goal, Lesson
    from nndesk.project.lessons import as_lesson
    from nndesk.ui import MainWindow

    own = Lesson("One neuron learns AND and OR", steps=("Meine eigene Aufgabe.",), goal=Goal(converged=True),
                 hints=("Seeds 3 and 4 give an AND neuron.",))  # built-in words mixed with a teacher's own
    path = tmp_path / "mine.nndesk"
    save_project(as_lesson(preset_project("AND"), own), path)
    window = MainWindow(restore_session=False)
    qtbot.addWidget(window)
    panel = window.lessons.panel
    assert panel.open_file(path)
    panel.show_hint()
    assert panel.title.text() == "One neuron learns AND and OR" and panel.text.toPlainText() == "Meine eigene Aufgabe."
    assert panel.hint_label.text() == "Hinweis: Seeds 3 and 4 give an AND neuron."
    assert panel.step_label.text() == "Schritt 1 von 1"


def test_the_save_as_lesson_dialog_speaks_german(german, qtbot):
    from nndesk.ui.lesson_dialog import LessonDialog

    dialog = LessonDialog()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Als Lektion speichern"
    assert dialog.asked["within_epochs"].text() == "Innerhalb von Epochen"
    assert dialog.message.text() == "Geben Sie der Lektion einen Titel"
    assert dialog.findChild(type(dialog.asked["eta"]), "lock_table").accessibleName() == "Tabelle sperren"


def _nndesk(*args: str, **env: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LANG", "LC_ALL", "LC_MESSAGES",
                                                             i18n.ENVIRONMENT_VARIABLE)}
    return subprocess.run([sys.executable, "-m", "nndesk", *args], env=clean | env, capture_output=True, text=True,
                          timeout=300)


def test_nndesk_lessons_lists_german_titles_and_json_stays_english():
    listed = _nndesk("lessons", LANGUAGE="de")
    assert listed.returncode == 0
    line = next(line for line in listed.stdout.splitlines() if line.startswith("learning-rate "))
    assert line.endswith(RATE_TITLE_DE)
    english = json.loads(_nndesk("lessons", "--json", LANG="C.UTF-8").stdout)
    assert json.loads(_nndesk("lessons", "--json", LANGUAGE="de").stdout) == english
    assert {"name": "learning-rate", "title": "The learning rate η: too small, too large, diverging"}.items() <= \
        next(e for e in english if e["name"] == "learning-rate").items()


def test_nndesk_check_grades_alike_in_german_with_the_english_lesson_name(tmp_path):
    lesson = BUILTIN["learning-rate"]
    failed = _nndesk("check", str(lesson.start), "--lesson", "learning-rate", LANGUAGE="de")
    assert failed.returncode == 1, failed.stderr
    lines = failed.stdout.splitlines()
    assert lines[0].startswith(f"NICHT BESTANDEN {lesson.start.name}: Lektion 'learning-rate' ({RATE_TITLE_DE})")
    assert any("η 0.05 liegt um 0.05 unter 0.1 bis 5" in line and "eta:" in line for line in lines[1:]), lines
    passed = _nndesk("check", str(lesson.solution), "--lesson", "learning-rate", LANGUAGE="de")
    assert passed.returncode == 0 and passed.stdout.startswith("BESTANDEN "), passed.stdout
    as_json = [json.loads(_nndesk("check", str(lesson.start), "--lesson", "learning-rate", "--json", **env).stdout)
               for env in ({"LANGUAGE": "de"}, {"LANG": "C.UTF-8"})]
    assert as_json[0] == as_json[1] and as_json[0]["title"] == lesson.title
    plain = tmp_path / "plain.nndesk"
    save_project(preset_project("AND"), plain)
    refused = _nndesk("check", str(lesson.start), "--lesson", str(plain), LANGUAGE="de")
    assert refused.returncode == 2
    assert refused.stderr.strip() == "nndesk: plain.nndesk ist ein Projekt, keine Lektion (es hat keinen Abschnitt " \
        "\"lesson\")"
