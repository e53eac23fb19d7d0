"""The real PyInstaller build: one folder, built into a temporary folder, then started offscreen.

Slow (about 25-40 s) but run by default and in CI: a bundle that lacks a Qt plugin, the icon or the
package metadata only fails here.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import nndesk

REPO = Path(__file__).resolve().parents[1]
PACKAGING = REPO / "packaging"


def run_script(script: str, *args: str, timeout: float) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", str(PACKAGING / script), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
        cwd=REPO,
    )


@pytest.fixture(scope="module")
def built_folder(tmp_path_factory) -> tuple[Path, str]:
    """Build the one-folder executable; returns (executable, build.sh's report line)."""
    scratch = tmp_path_factory.mktemp("pyinstaller")
    done = subprocess.run(
        ["bash", str(PACKAGING / "build.sh"), "--dist", str(scratch / "dist"), "--work", str(scratch / "work")],
        capture_output=True,
        text=True,
        timeout=900,
        stdin=subprocess.DEVNULL,
        cwd=REPO,
        env={**os.environ, "NNDESK_PYTHON": sys.executable},  # the Python running these tests
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    executable = scratch / "dist" / "nndesk" / "nndesk"
    assert executable.is_file()
    return executable, done.stdout.strip().splitlines()[-1]


@pytest.mark.slow
@pytest.mark.packaging
def test_the_one_folder_build_starts_and_shows_its_window(built_folder, record_property):
    executable, build_line = built_folder
    done = run_script("smoke_test.sh", str(executable), timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    report = done.stdout.strip()
    match = re.search(r"nndesk (\S+): main window shown in [\d.]+ s", report)
    assert match and match.group(1) == nndesk.__version__, report
    record_property("summary", f"packaging: {build_line}")
    record_property("summary", f"packaging: {report}")


@pytest.mark.slow
@pytest.mark.packaging
def test_the_build_ships_the_resources_inside_the_package(built_folder):
    executable, _ = built_folder
    resources = executable.parent / "_internal" / "nndesk" / "resources"
    assert (resources / "nndesk.svg").is_file()
    assert (resources / "nndesk.desktop").is_file()
    assert (resources / "guide" / "guide.html").is_file()  # the user guide, read offline


@pytest.mark.slow
@pytest.mark.packaging
@pytest.mark.parametrize(
    "behaviour",
    [
        'echo "nndesk 0.1.0"; exit 3',  # dies at once
        '[ "$1" = --version ] && echo "nndesk 0.1.0" && exit 0; echo "Traceback ..."; exit 1',  # window fails
        '[ "$1" = --version ] && echo "nndesk 0.1.0" && exit 0; exit 0',  # exits 0 without showing a window
    ],
)
def test_the_smoke_test_fails_for_a_broken_executable(tmp_path, behaviour):
    broken = tmp_path / "nndesk"
    broken.write_text(f"#!/bin/sh\n{behaviour}\n")
    broken.chmod(0o755)
    done = run_script("smoke_test.sh", str(broken), timeout=60)
    assert done.returncode != 0
    assert "FAILED" in done.stderr
