"""Write the built-in lessons (resources/lessons/): each start file and its worked solution.

Run from the repository: ``.venv/bin/python tools/make_lessons.py``. The numbers in the goals were measured with
``nndesk check``; tests/test_lessons.py checks that every start fails its goal and every solution meets it.

It also writes nndesk/lesson_texts.py, every title, step and hint marked for translation (then run
``packaging/translations.py update`` and translate them); tests/test_lesson_translations.py checks that it
matches the lesson files.
"""

from __future__ import annotations

import math
from dataclasses import replace
from pathlib import Path

from nndesk.engine.methods import Method
from nndesk.project.lesson_file import Goal, Lesson
from nndesk.project.lessons import SOLUTION_SUFFIX, as_lesson
from nndesk.project.presets import PRESET_PROJECTS, preset_project
from nndesk.project.project_file import SUFFIX, Project, save_project
from nndesk.project.truth_table import TruthTable

FOLDER = Path(__file__).resolve().parent.parent / "resources" / "lessons"
TEXTS = Path(__file__).resolve().parent.parent / "nndesk" / "lesson_texts.py"
TEXTS_HEAD = '''"""The built-in lessons' titles, steps and hints, marked for translation (context ``LessonTexts``).

Written by tools/make_lessons.py from the lessons it writes: do not edit by hand. The lesson files keep the
English, which nndesk.lesson_words translates for display only.
"""

from __future__ import annotations

from nndesk.i18n import QT_TRANSLATE_NOOP

MARKED = (
'''


def net(project: Project, *hidden: int) -> Project:
    return replace(project, topology=(project.table.n_inputs, *hidden, project.table.n_targets),
                   activations=("sigmoid",) * (len(hidden) + 1))


def lessons() -> list[tuple[str, Lesson, Project, Project]]:
    found = []
    AND, XOR = preset_project("AND"), preset_project("XOR")

    found.append(("and-or", Lesson(
        "One neuron learns AND and OR",
        steps=("A single neuron adds up its weighted inputs and squashes the sum. Can it learn **AND**?\n\n"
               "This network has a hidden layer. Remove it (the **−** button under *Network*) so that the "
               "output neuron alone sees A and B.",
               "Press **Train**. Watch the error fall below the target.\n\n"
               "Flip A and B under *Try it*: is the answer AND?",
               "Think: which weights make a neuron compute AND? Try the **OR** preset too: what changes?"),
        goal=Goal(converged=True, within_epochs=100_000, max_hidden=0),
        locks=("table",),
        hints=("The Network box: press − beside the hidden layer until none is left.",
               "AND is true only when both inputs are 1: the bias weight must hold the sum below 0.5 for one "
               "input alone.")),
        AND, net(AND)))

    found.append(("xor-one-neuron", Lesson(
        "One neuron cannot learn XOR",
        steps=("XOR is 1 when A and B differ. This network, with a hidden layer, learns it. Press **Train** "
               "to see.",
               "Now remove the hidden layer and press **Reset**, then **Train**. What happens to the error?",
               "A single neuron draws one straight line through the input square. Look at the *Decision map*: "
               "can one line put (0,1) and (1,0) on one side and (0,0) and (1,1) on the other?"),
        goal=Goal(converged=False, max_hidden=0),
        locks=("table",),
        hints=("The goal is met when a network with no hidden layer has tried and failed.",
               "No choice of η or α helps: the table is not linearly separable.")),
        XOR.with_training(max_epochs=20_000), net(XOR).with_training(max_epochs=20_000)))

    found.append(("xor-hidden-layer", Lesson(
        "A hidden layer fixes XOR",
        steps=("One neuron cannot learn XOR. Add a **hidden layer** (the **+** button under *Network*).",
               "Try 2 or 3 hidden neurons, press **Train**, and check every row under *Try it*.",
               "With two hidden neurons, each draws one line; the output neuron combines them."),
        goal=Goal(converged=True, max_hidden=3),
        locks=("table", "eta", "alpha"),
        hints=("Press + under Network, then set the layer's size to 2 or 3.",)),
        net(XOR).with_training(max_epochs=50_000), XOR.with_training(max_epochs=50_000)))

    ha = preset_project("Half adder").with_training(eta=0.5, alpha=0.9, max_epochs=100_000)
    found.append(("hidden-gates", Lesson(
        "Hidden neurons become gates",
        steps=("The half adder computes Sum = A XOR B and Carry = A AND B. Press **Train**.",
               "Open **View ▸ Network**: each hidden neuron is named after the gate it learned (AND, NOR, ...).",
               "The goal asks for a hidden neuron that computes **AND** exactly. This seed did not give one. "
               "Change the **seed** and train again until one does.",
               "Why does Carry need an AND neuron less than you might think? Look at the other gates."),
        goal=Goal(converged=True, gate="AND"),
        locks=("table", "network", "eta", "alpha"),
        hints=("Seeds 3 and 4 give an AND neuron.",)),
        ha, ha.with_training(seed=3)))

    found.append(("learning-rate", Lesson(
        "The learning rate η: too small, too large, diverging",
        steps=("η says how far each weight moves per row. With η = 0.05 this XOR network learns slowly. Press "
               "**Train**: it stops at the epoch limit.",
               "Raise η to 1 and train again (press **Reset** first). How many epochs now?",
               "Try η = 50. The error jumps about or the network **diverges**: the weights grow without end.",
               "Find an η that converges within 15,000 epochs."),
        goal=Goal(converged=True, within_epochs=15_000, eta=(0.1, 5.0)),
        locks=("table", "network", "alpha", "seed"),
        hints=("η = 1 converges in about 13,000 epochs.",)),
        XOR.with_training(eta=0.05, max_epochs=15_000), XOR.with_training(eta=1.0, max_epochs=15_000)))

    found.append(("momentum", Lesson(
        "Momentum α",
        steps=("Momentum adds a share α of the last weight change to the next one, like a rolling ball.",
               "With α = 0 this network needs far more than 30,000 epochs. Press **Train** to see.",
               "Set α to 0.9, **Reset** and train again. Compare the error curves.",
               "What happens with α = 1 or more?"),
        goal=Goal(converged=True, within_epochs=30_000, alpha=(0.5, 0.95)),
        locks=("table", "network", "eta", "seed"),
        hints=("α between 0.5 and 0.95; 0.9 converges in about 26,000 epochs.",)),
        XOR.with_training(alpha=0.0, max_epochs=30_000), XOR.with_training(max_epochs=30_000)))

    x2 = net(XOR, 2).with_training(max_epochs=50_000)
    found.append(("seeds", Lesson(
        "Seeds and stuck networks",
        steps=("The seed draws the initial weights: the same seed always gives the same run.",
               "This XOR network with 2 hidden neurons and seed 8 gets **stuck**: press **Train** and watch the "
               "error stop falling.",
               "Open **Training ▸ Convergence Study…** and train many seeds at once: how many get stuck?",
               "Pick a seed that learns, **Reset** and train it."),
        goal=Goal(converged=True, within_epochs=50_000),
        locks=("table", "network", "eta", "alpha"),
        hints=("Most seeds work: try seed 1.",)),
        x2.with_training(seed=8), x2.with_training(seed=1)))

    seven = PRESET_PROJECTS["7-segment decoder"].with_training(max_epochs=5_000)
    zeros = TruthTable(seven.table.input_names, seven.table.target_names,
                       tuple(tuple(0.0 if math.isnan(v) else v for v in row) for row in seven.table.rows))
    found.append(("dont-cares", Lesson(
        "Don't-cares and the 7-segment decoder",
        steps=("The decoder lights segments a to g for the digits 0 to 9. Rows 11 to 16 (10 to 15) are no "
               "digit, but here they ask for all segments off.",
               "Press **Train**: 6 hidden neurons cannot manage it in 5,000 epochs.",
               "Those rows do not matter. Type **x** in their target cells: a *don't-care* sends no error back.",
               "Train again. Why is the task easier now?"),
        goal=Goal(converged=True, within_epochs=5_000, max_hidden=6),
        locks=("eta", "alpha", "seed"),
        hints=("Select the target cells of rows 11 to 16 and type x.",)),
        replace(net(seven, 6), table=zeros, name="", description=""),
        replace(net(seven, 6), name="", description="")))

    demo = preset_project("Half adder")
    found.append(("article-demo", Lesson(
        "The article's demo, to the epoch",
        steps=("The article trains a 2-3-2 half adder with η = 0.09 and α = 0.015 from seed 1, until the error "
               "is below 0.01.",
               "Set those numbers and press **Train**. nndesk does the article's arithmetic exactly: it "
               "converges at epoch **1,584,808**, as the article's code does.",
               "Why does the same seed give the same run on every computer?"),
        goal=Goal(converged=True, within_epochs=1_584_808, method="online", eta=(0.09, 0.09),
                  alpha=(0.015, 0.015)),
        locks=("table", "network", "seed"),
        hints=("η 0.09, α 0.015: it takes a few seconds.",)),
        demo.with_training(eta=0.5, alpha=0.9), demo))

    found.append(("online-batch", Lesson(
        "Online against batch learning",
        steps=("The article updates the weights after every row: **online** learning.",
               "**Batch** learning adds up the changes of all rows and updates once per epoch. In the **Method** "
               "group, set Batch to **whole table**, then train (or on the command line: "
               "`nndesk train mine.nndesk --batch all --eta 4 --out mine.nndesk`).",
               "Batch steps are fewer, so they can be larger: compare η 0.5 and η 4. Then grade your file: "
               "`nndesk check mine.nndesk --lesson online-batch`"),
        goal=Goal(converged=True, within_epochs=30_000, method="batch"),
        locks=("table", "network"),
        hints=("In batches of the whole table, η 0.5 learns too slowly: try η 4.",)),
        XOR.with_training(max_epochs=30_000),
        XOR.with_training(eta=4.0, max_epochs=30_000, method=Method(batch_size=None))))

    maj = preset_project("Majority").with_training(max_epochs=100_000)
    found.append(("held-out", Lesson(
        "Held-out rows: does it generalise?",
        steps=("A network that only memorises is no use on rows it has not seen. Hold a row **out**: it is never "
               "trained on, and its error is the **test error**.",
               "Hold out row 5 (A=1, B=0, C=0): right-click its row number and choose it as a test row "
               "(or on the command line: `nndesk train mine.nndesk --test-rows 5 --out mine.nndesk`). Train.",
               "Is the held-out row right? Try holding out a row of 3-bit parity instead: what happens?"),
        goal=Goal(converged=True, test_error_below=0.1),
        locks=("table", "network"),
        hints=("A test row's number reads \"5 test\"; --test-rows counts rows from 1, as the table does.",)),
        maj, maj.with_training(test_rows=(4,))))
    return found


def lesson_texts(lesson: Lesson) -> list[str]:
    """Every text of ``lesson`` a student reads: title, steps, hints."""
    return [lesson.title, *lesson.steps, *lesson.hints]


def texts_module(found: list[Lesson]) -> str:
    """The source of nndesk/lesson_texts.py for these lessons."""
    lines = []
    for text in dict.fromkeys(t for lesson in found for t in lesson_texts(lesson)):
        pieces = "\n                      ".join(repr(piece) for piece in _pieces(text, 76))
        lines.append(f"    QT_TRANSLATE_NOOP(\"LessonTexts\", {pieces}),")
    return TEXTS_HEAD + "\n".join(lines) + "\n)\n"


def _pieces(text: str, width: int) -> list[str]:
    """``text`` cut after spaces into pieces of about ``width`` characters (joined again, they are ``text``)."""
    pieces, start = [], 0
    while len(text) - start > width:
        cut = text.rfind(" ", start, start + width)
        cut = len(text) - 1 if cut <= start else cut
        pieces.append(text[start:cut + 1])
        start = cut + 1
    return [*pieces, text[start:]] if start < len(text) or not pieces else pieces


def main() -> None:
    FOLDER.mkdir(exist_ok=True)
    for old in FOLDER.glob("*" + SUFFIX):
        old.unlink()
    found = lessons()
    TEXTS.write_text(texts_module([lesson for _, lesson, _, _ in found]), encoding="utf-8")
    for k, (name, lesson, start, solution) in enumerate(found, start=1):
        stem = f"{k:02d}-{name}"
        save_project(as_lesson(start, lesson), FOLDER / (stem + SUFFIX))
        save_project(replace(solution, lesson=None), FOLDER / (stem + SOLUTION_SUFFIX))
        print(stem)


if __name__ == "__main__":
    main()
