"""The worksheet (issue 16): ``nndesk worksheet FILE --out sheet.pdf`` as a real process without a screen, and
File ▸ Export Worksheet… in the window. The PDF's text holds the weights to 3 decimals and an answers page of
its own; its first page, rendered, shows the diagram and the tables."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtGui import QImage

from nndesk.engine import Network
from nndesk.project.presets import preset_project
from nndesk.project.project_file import save_project
from nndesk.project.worksheet import WorksheetError, answer_text, build_worksheet
from nndesk.ui.by_hand import ByHand
from nndesk.ui.main_window import State

HAVE_POPPLER = shutil.which("pdftotext") is not None and shutil.which("pdftoppm") is not None


def _nndesk(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return subprocess.run([sys.executable, "-m", "nndesk", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=120)


def _pages(pdf: Path) -> list[str]:
    """The text of each page (pdftotext); without poppler, the page count from the file's page objects."""
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF-")
    count = data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") + data.count(b"/Type /Page/")
    if not HAVE_POPPLER:
        return [""] * count
    texts = []
    page = 1
    while True:
        done = subprocess.run(["pdftotext", "-layout", "-f", str(page), "-l", str(page), str(pdf), "-"],
                              capture_output=True, text=True)
        if done.returncode != 0:
            break
        texts.append(done.stdout)
        page += 1
    return texts


def _trained(tmp_path: Path) -> Path:
    """XOR trained for 300 epochs, in a project file (weights that are not the seed's)."""
    project = preset_project("XOR")
    net = project.network()
    net.train(project.table.inputs, project.table.targets, 300)
    path = tmp_path / "xor.nndesk"
    save_project(project.with_network(net), path)
    return path


def test_the_command_writes_weights_to_3_decimals_and_the_answers_on_their_own_page(tmp_path):
    source = _trained(tmp_path)
    done = _nndesk("worksheet", str(source), "--out", "sheet.pdf", "--row", "4", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stderr == "" and "row 4" in done.stdout
    from nndesk.project.project_file import load_project

    sheet = build_worksheet(load_project(source), 4, "xor")
    pages = _pages(tmp_path / "sheet.pdf")
    assert len(pages) >= 2
    if not HAVE_POPPLER:
        pytest.skip("pdftotext is not installed: the page count was checked, not the text")
    first_answers = next(k for k, page in enumerate(pages) if "Answers: xor" in page)
    questions, answers = "\n".join(pages[:first_answers]), "\n".join(pages[first_answers:])
    for layer, w in enumerate(sheet.weights):  # each row of each weights table: its name, then its weights
        for i, row in enumerate(w):
            name = sheet.weight_tables[layer].rows[i]
            cells = r"\s+".join(re.escape(f"{v:.3f}") for v in row)  # to 3 decimals
            assert re.search(rf"^\s*{re.escape(name)}\s+{cells}\s*$", questions, re.MULTILINE), (name, row)
    assert "Worksheet: xor" in pages[0] and "Truth table" in pages[0]
    assert first_answers >= 1 and pages[first_answers].lstrip().startswith("Answers: xor")  # a page of its own
    assert "A. Forward pass" in questions and "B. One update" in questions and "______" in questions
    assert "______" not in answers
    for part in sheet.parts:
        for blank in part.blanks:
            assert f"= {blank.answer_text()}" in answers.replace("\n", " ") or blank.answer_text() in answers


@pytest.mark.skipif(not HAVE_POPPLER, reason="pdftoppm is not installed")
def test_the_first_page_rendered_shows_the_diagram_and_the_tables(tmp_path):
    done = _nndesk("worksheet", "Half adder", "--out", "sheet.pdf", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    subprocess.run(["pdftoppm", "-r", "50", "-f", "1", "-l", "1", "-png", "sheet.pdf", "page"], cwd=tmp_path,
                   check=True)
    image = QImage(str(next(tmp_path.glob("page*.png"))))
    assert 400 < image.width() < 450 and image.height() > image.width()  # A4 portrait at 50 dpi
    pixels = np.array([[image.pixelColor(x, y).getRgb()[:3] for x in range(0, image.width(), 2)]
                       for y in range(0, image.height(), 2)])
    blue = (pixels[..., 2] > 150) & (pixels[..., 0] < 120)  # positive weights in the diagram
    orange = (pixels[..., 0] > 200) & (pixels[..., 2] < 120)  # negative ones
    ink = pixels.sum(axis=2) < 200
    assert blue.sum() > 20 and orange.sum() > 20 and ink.sum() > 500


def test_unusable_input_gets_one_line_and_exit_2(tmp_path):
    for args, says in ((["no-such.nndesk", "--out", "a.pdf"], "no-such.nndesk"),
                       (["Half adder", "--out", "a.pdf", "--row", "9"], "there is no row 9"),
                       (["Half adder", "--out", str(tmp_path)], "cannot save to")):
        done = _nndesk("worksheet", *args, cwd=tmp_path)
        assert done.returncode == 2, (args, done.stdout, done.stderr)
        assert done.stderr.count("\n") == 1 and says in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "a.pdf").exists()
    done = _nndesk("worksheet", "7-segment decoder", "--out", "seven.pdf", cwd=tmp_path)  # 4-10-7: small enough
    assert done.returncode == 0 and (tmp_path / "seven.pdf").stat().st_size > 10_000


def test_the_answers_are_the_hand_calculation_from_the_printed_weights():
    project = preset_project("Half adder")
    sheet = build_worksheet(project, 4)
    x, t = project.table.inputs[3], project.table.targets[3]
    w = [np.round(m, 3) for m in project.network().get_weights()]
    h = 1 / (1 + np.exp(-(w[0][:, :2] @ x + w[0][:, 2])))  # by hand, from the printed weights
    o = 1 / (1 + np.exp(-(w[1][:, :3] @ h + w[1][:, 3])))
    forward = [b.answer for b in sheet.parts[0].blanks]
    assert forward[1::2] == pytest.approx([*h, *o], abs=1e-12)
    e = t - o
    g = e * o * (1 - o)
    update = sheet.parts[1].blanks
    assert [b.answer for b in update[:4]] == pytest.approx([e[0], g[0], e[1], g[1]], abs=1e-12)
    assert update[4].answer == pytest.approx(0.09 * g[0] * h[0], abs=1e-15)  # Δw, no momentum yet
    assert update[5].answer == pytest.approx(w[1][0, 0] + 0.09 * g[0] * h[0], abs=1e-15)
    assert answer_text(0.000123456) == "0.0001235" and answer_text(-1.5) == "-1.5000"
    with pytest.raises(WorksheetError, match="at most 12 neurons"):
        build_worksheet(project.with_network(Network((2, 20, 2), seed=1)))


def test_file_export_worksheet_follows_the_try_it_row(window, qtbot, tmp_path):
    by_hand = window.findChild(ByHand, "byHand")
    action = by_hand.worksheet_action
    file_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")
    assert action in file_menu.actions() and action.objectName() == "exportWorksheetAction"
    window.predict_panel.set_input_row([1, 1])
    path = tmp_path / "mine.pdf"
    assert by_hand.export_worksheet(path)
    assert path.read_bytes().startswith(b"%PDF-")
    assert "row 4" in window.statusBar().currentMessage()
    if HAVE_POPPLER:
        text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
        assert "Row 4 of the table: A = 1, B = 1." in text


def test_export_worksheet_is_off_while_training(endless_window, qtbot):
    window = endless_window
    action = window.findChild(ByHand, "byHand").worksheet_action
    window.train()
    qtbot.waitUntil(lambda: window.state is State.TRAINING)
    assert not action.isEnabled()
    window.pause()
    qtbot.waitUntil(lambda: window.state is State.PAUSED, timeout=5000)
    assert action.isEnabled()
