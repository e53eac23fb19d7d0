"""Lessons (issue 16): the lesson section (format version 4), goals graded on a retrained project, the built-in
lessons (each start fails its goal, each solution meets it), ``nndesk lessons`` and ``nndesk check --lesson``."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from nndesk import cli
from nndesk.engine.methods import Method
from nndesk.project.lesson_file import Goal, Lesson, LessonError, read_goal, read_lesson
from nndesk.project.lessons import as_lesson, builtin_lessons, find_lesson, grade, method_name
from nndesk.project.presets import preset_project
from nndesk.project.project_file import VERSION, ProjectError, dumps, load_project, loads, save_project

LESSON = Lesson("One neuron learns AND", steps=("Remove the **hidden layer**.", "Train."),
                goal=Goal(converged=True, within_epochs=100_000, max_hidden=0), locks=("table", "eta"),
                hides=("seed",), hints=("The minus button.",))


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def one_neuron(name: str = "AND"):
    project = preset_project(name)
    return replace(project, topology=(2, 1), activations=("sigmoid",))


# -- the file format ---------------------------------------------------------------------------------------------
def test_a_lesson_survives_saving_and_reopening(tmp_path) -> None:
    path = tmp_path / "lesson.nndesk"
    save_project(as_lesson(preset_project("AND"), LESSON), path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["version"] == VERSION >= 4  # version 4 added the lesson
    assert data["lesson"]["goal"] == {"converged": True, "within_epochs": 100_000, "max_hidden": 0}
    again = load_project(path)
    assert again.lesson == LESSON and again.state is None


def test_a_version_3_file_migrates_to_no_lesson() -> None:
    data = json.loads(dumps(preset_project("XOR")))
    assert "lesson" not in data  # a project that is no lesson writes none
    data["version"] = 3
    project = loads(json.dumps(data))
    assert project.lesson is None and project == preset_project("XOR")


def test_a_version_3_file_with_a_lesson_section_is_labelled_wrong() -> None:
    data = json.loads(dumps(as_lesson(preset_project("AND"), LESSON)))
    data["version"] = 3
    with pytest.raises(ProjectError, match="laid out as version 4"):
        loads(json.dumps(data))


@pytest.mark.parametrize(("change", "words"), [
    (lambda s: s.update(title=""), '"lesson.title" must be text'),
    (lambda s: s.update(goal={}), '"lesson.goal" must be an object with at least one condition'),
    (lambda s: s.update(goal={"speed": 3}), "unknown condition 'speed'"),
    (lambda s: s.update(goal={"eta": [2, 1]}), "the low end 2 is above the high end 1"),
    (lambda s: s.update(goal={"method": "sgd"}), '"lesson.goal.method" must be one of online'),
    (lambda s: s.update(goal={"converged": "yes"}), '"lesson.goal.converged" must be true or false'),
    (lambda s: s.update(locks=["everything"]), "unknown control 'everything'"),
    (lambda s: s.update(steps="Train"), '"lesson.steps" must be a list'),
])
def test_a_damaged_lesson_section_gets_one_line(change, words) -> None:
    data = json.loads(dumps(as_lesson(preset_project("AND"), LESSON)))
    change(data["lesson"])
    with pytest.raises(ProjectError, match=words.replace("(", r"\(")):
        loads(json.dumps(data))


def test_read_goal_and_read_lesson_refuse_what_is_not_an_object() -> None:
    with pytest.raises(LessonError):
        read_goal([1])
    with pytest.raises(LessonError):
        read_lesson("lesson")


# -- grading ---------------------------------------------------------------------------------------------------
def test_grading_retrains_from_the_seed_and_says_by_how_much() -> None:
    passed = grade(one_neuron(), LESSON)
    assert passed.passed and [c.condition for c in passed.conditions] == ["converged", "within_epochs", "max_hidden"]
    assert passed.conditions[1].by == 100_000 - passed.result.epochs > 0
    failed = grade(preset_project("AND"), LESSON)  # 2-2-1
    assert not failed.passed
    hidden = failed.conditions[2]
    assert not hidden.met and hidden.by == -2 and "2 more than the 0 allowed" in hidden.text


def test_the_stored_weights_play_no_part(tmp_path) -> None:
    project = one_neuron()
    trained = project.with_network(project.network())  # epoch 0: a fresh network
    net = project.network()
    net.train(project.table.inputs, project.table.targets, 10)
    assert grade(project.with_network(net), LESSON).conditions == grade(trained, LESSON).conditions


def test_a_margin_goal_reports_the_smallest_margin() -> None:
    project = one_neuron().with_training(max_epochs=60_000)
    strict = grade(project, Lesson("m", goal=Goal(all_correct_margin=0.499)))
    loose = grade(project, Lesson("m", goal=Goal(all_correct_margin=0.45)))
    assert loose.passed and not strict.passed
    assert loose.conditions[0].value == strict.conditions[0].value
    assert 0.45 <= loose.conditions[0].value < 0.499 and "short" in strict.conditions[0].text


def test_a_goal_that_asks_for_no_convergence() -> None:
    goal = Lesson("x", goal=Goal(converged=False))
    assert grade(one_neuron("XOR").with_training(max_epochs=5_000), goal).passed
    assert not grade(preset_project("XOR"), goal).passed


def test_method_names() -> None:
    xor = preset_project("XOR")
    names = [method_name(xor.with_training(method=Method(batch_size=b))) for b in (1, None, 2)]
    assert names == ["online", "batch", "mini-batch"]
    assert method_name(xor.with_training(method=Method(rule="rprop", batch_size=None))) == "rprop"


def test_a_gate_goal_names_what_the_hidden_neurons_compute() -> None:
    ha = preset_project("Half adder").with_training(eta=0.5, alpha=0.9, max_epochs=100_000)
    miss = grade(ha, Lesson("g", goal=Goal(gate="AND")))
    assert not miss.passed and "A AND NOT B, NOT A, A OR NOT B" in miss.conditions[0].text
    assert grade(ha.with_training(seed=3), Lesson("g", goal=Goal(gate="and"))).passed  # any letter case


def test_a_test_error_goal_needs_test_rows() -> None:
    majority = preset_project("Majority").with_training(max_epochs=100_000)
    goal = Lesson("t", goal=Goal(test_error_below=0.1))
    assert "no test rows" in grade(majority, goal).conditions[0].text
    held = grade(majority.with_training(test_rows=(4,)), goal).conditions[0]
    assert held.met and 0 < held.value < 0.1


def test_a_locked_table_must_stay_the_lessons() -> None:
    start, _ = find_lesson("and-or")
    student = replace(one_neuron("OR"), lesson=None)
    result = grade(student, start.lesson, lesson_project=start)
    assert not result.passed and result.conditions[0].condition == "table" and not result.conditions[0].met


# -- the built-in lessons -----------------------------------------------------------------------------------------
BUILTIN = builtin_lessons()


def test_there_are_at_least_eight_built_in_lessons_with_start_and_solution_files() -> None:
    names = [b.name for b in BUILTIN]
    assert len(names) >= 10 and len(set(names)) == len(names)
    for wanted in ("and-or", "xor-one-neuron", "xor-hidden-layer", "hidden-gates", "learning-rate", "momentum",
                   "seeds", "dont-cares", "article-demo", "online-batch", "held-out"):
        assert wanted in names
    for b in BUILTIN:
        assert b.start.is_file() and b.solution.is_file() and load_project(b.start).lesson.steps


@pytest.mark.parametrize("lesson", BUILTIN, ids=[b.name for b in BUILTIN])
def test_each_start_fails_its_lesson_and_each_solution_meets_it(capsys, lesson) -> None:
    code, out, _ = run(capsys, "check", str(lesson.start), "--lesson", lesson.name)
    assert code == 1 and out.startswith("FAIL") and "NOT " in out
    code, out, _ = run(capsys, "check", str(lesson.solution), "--lesson", lesson.name)
    assert code == 0 and out.startswith("PASS") and "NOT " not in out, out


# -- the command line ---------------------------------------------------------------------------------------------
def test_nndesk_lessons_lists_them_and_json_gives_name_title_start_solution(capsys) -> None:
    code, out, _ = run(capsys, "lessons")
    assert code == 0 and len(out.splitlines()) == len(BUILTIN) and "One neuron learns AND and OR" in out
    code, out, _ = run(capsys, "lessons", "--json")
    listed = json.loads(out)
    assert code == 0 and [sorted(x) for x in listed] == [["name", "solution", "start", "title"]] * len(BUILTIN)
    assert all(Path(x["start"]).is_file() and Path(x["solution"]).is_file() for x in listed)


def test_check_takes_a_lesson_file_too_and_gives_json(capsys) -> None:
    lesson = next(b for b in BUILTIN if b.name == "learning-rate")
    code, out, _ = run(capsys, "check", str(lesson.solution), "--lesson", str(lesson.start), "--json")
    report = json.loads(out)
    assert code == 0 and report["passed"] is True and report["lesson"] == lesson.start.name
    eta = next(c for c in report["conditions"] if c["condition"] == "eta")
    assert eta["met"] and eta["wanted"] == [0.1, 5.0] and eta["value"] == 1.0
    code, out, _ = run(capsys, "check", str(lesson.start), "--lesson", "LEARNING-RATE", "--json")
    report = json.loads(out)
    eta = next(c for c in report["conditions"] if c["condition"] == "eta")
    assert code == 1 and not eta["met"] and eta["by"] == pytest.approx(-0.05)


def test_check_lesson_exits_2_with_one_line_for_bad_files(capsys, tmp_path) -> None:
    lesson = BUILTIN[0]
    broken = tmp_path / "broken.nndesk"
    broken.write_text("{not json")
    plain = tmp_path / "plain.nndesk"
    save_project(preset_project("AND"), plain)
    for args, words in (((str(broken), "--lesson", lesson.name), "not valid JSON"),
                        ((str(lesson.start), "--lesson", str(broken)), "not valid JSON"),
                        ((str(lesson.start), "--lesson", str(plain)), "is a project, not a lesson"),
                        ((str(lesson.start), "--lesson", "no-such-lesson"), "neither a lesson file nor")):
        code, out, err = run(capsys, "check", *args)
        assert code == 2 and out == "" and len(err.strip().splitlines()) == 1 and words in err


def test_check_lesson_in_a_real_process() -> None:
    lesson = BUILTIN[0]
    done = subprocess.run([sys.executable, "-m", "nndesk", "check", str(lesson.solution), "--lesson", lesson.name],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and done.stdout.startswith("PASS") and done.stderr == ""
