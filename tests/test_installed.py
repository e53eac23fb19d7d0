"""nndesk installed the way users install it, then run from a folder outside the checkout.

A wheel and an sdist are built from a copy of the checkout (``python -m build``: the sdist, then the wheel
from the sdist), each is installed, not editable, into a new virtual environment, and ``pipx install`` takes
the checkout itself. Every one must start the app, list the presets, train XOR, and put its desktop entry in
and out. The wheel must hold every module under nndesk/ and every file under resources/, and nothing else.

The editable install of the development set-up hides a package left out of the build (nndesk.commands was
once), so only this test sees it. About a minute: pip takes the dependencies from its local index or cache.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import zipfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

import nndesk
from nndesk.project.dataset_presets import DATASET_PRESETS
from nndesk.project.presets import PRESETS

pytestmark = [pytest.mark.slow, pytest.mark.packaging]

REPO = Path(__file__).resolve().parents[1]
SKIPPED_PARTS = {".git", ".venv", "build", "dist", "__pycache__"}  # when the checkout is no git repository
INSTALL_TIMEOUT_S = 600


@dataclass(frozen=True)
class Installed:
    """One installation: the ``nndesk`` a user would type and the Python of its environment."""

    how: str
    program: Path
    python: Path
    seconds: float  # to install


def run(*command: str | Path, cwd: Path, env: dict[str, str] | None = None,
        timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(part) for part in command], capture_output=True, text=True, cwd=cwd, timeout=timeout,
                          stdin=subprocess.DEVNULL, env=env)


def checked(done: subprocess.CompletedProcess[str]) -> subprocess.CompletedProcess[str]:
    assert done.returncode == 0, f"{' '.join(done.args)}\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    return done


def checkout_files() -> list[Path]:
    """The checkout's files as a fresh clone would have them, plus new files not yet committed."""
    if (REPO / ".git").exists():
        listed = run("git", "ls-files", "-z", "--cached", "--others", "--exclude-standard", cwd=REPO).stdout
        return [Path(name) for name in listed.split("\0") if name and (REPO / name).is_file()]
    return [path.relative_to(REPO) for path in REPO.rglob("*")
            if path.is_file() and not SKIPPED_PARTS & set(path.relative_to(REPO).parts)]


def clean_env(home: Path) -> dict[str, str]:
    """The environment of a user's shell: no PYTHONPATH into the checkout, a home of its own."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV", "PIPX_"))}
    env |= {"HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"), "XDG_DATA_HOME": str(home / ".local/share"),
            "XDG_CACHE_HOME": str(home / ".cache"), "QT_QPA_PLATFORM": "offscreen",
            "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    # pip's cache stays the machine's (that is what makes this fast), not the fresh home's
    env["PIP_CACHE_DIR"] = os.environ.get("PIP_CACHE_DIR") or str(Path.home() / ".cache" / "pip")
    return env


@pytest.fixture(scope="module")
def work(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("installed")


@pytest.fixture(scope="module")
def source(work) -> Path:
    """A copy of the checkout, so that building leaves nothing in it."""
    copy = work / "nndesk-checkout"
    for name in checkout_files():
        (copy / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(REPO / name, copy / name)
    return copy


@dataclass(frozen=True)
class Dists:
    wheel: Path
    sdist: Path
    seconds: float  # to build both


@pytest.fixture(scope="module")
def dists(source, work) -> Dists:
    out = work / "dist"
    started = time.perf_counter()
    checked(run(sys.executable, "-m", "build", "--outdir", out, source, cwd=work, timeout=INSTALL_TIMEOUT_S))
    return Dists(next(out.glob("nndesk-*.whl")), next(out.glob("nndesk-*.tar.gz")), time.perf_counter() - started)


@pytest.fixture(scope="module")
def installed(dists, source, work) -> dict[str, Installed | str]:
    """Each way of installing, done side by side (the machine has two cores): how -> Installed, or why not."""
    jobs = {"wheel": lambda: install_in_venv(work / "venv-wheel", dists.wheel, work),
            "sdist": lambda: install_in_venv(work / "venv-sdist", dists.sdist, work),
            "pipx": lambda: install_with_pipx(work / "pipx", source, work)}
    with ThreadPoolExecutor(max_workers=len(jobs)) as pool:
        futures = {how: pool.submit(job) for how, job in jobs.items()}
        return {how: future.result() for how, future in futures.items()}


def install_in_venv(venv: Path, dist: Path, work: Path) -> Installed:
    started = time.perf_counter()
    env = clean_env(work / "home")
    checked(run(sys.executable, "-m", "venv", venv, cwd=work, env=env))
    # --no-compile: writing .pyc files for numpy and PySide6 would take longer than the whole rest.
    checked(run(venv / "bin" / "python", "-m", "pip", "install", "--quiet", "--no-compile", dist, cwd=work, env=env,
                timeout=INSTALL_TIMEOUT_S))
    return Installed(dist.name, venv / "bin" / "nndesk", venv / "bin" / "python", time.perf_counter() - started)


def install_with_pipx(home: Path, source: Path, work: Path) -> Installed | str:
    if subprocess.run([sys.executable, "-m", "pipx", "--version"], capture_output=True).returncode != 0:
        return "pipx is not installed here (it is one of the test extras: pip install -e '.[test]')"
    started = time.perf_counter()
    env = clean_env(work / "home") | {"PIPX_HOME": str(home), "PIPX_BIN_DIR": str(home / "bin"),
                                      "PIPX_MAN_DIR": str(home / "man")}
    checked(run(sys.executable, "-m", "pipx", "install", "--pip-args=--no-compile", source, cwd=work, env=env,
                timeout=INSTALL_TIMEOUT_S))
    python = home / "venvs" / "nndesk" / "bin" / "python"
    return Installed("pipx install of the checkout", home / "bin" / "nndesk", python, time.perf_counter() - started)


@pytest.fixture(params=["wheel", "sdist", "pipx"])
def user(request, installed, tmp_path) -> tuple[Installed, Path, dict[str, str]]:
    """One installation, a folder outside the checkout to run it in, and the user's environment."""
    found = installed[request.param]
    if isinstance(found, str):
        pytest.skip(found)
    folder = tmp_path / "somewhere"
    folder.mkdir()
    return found, folder, clean_env(tmp_path / "home")


def test_the_installed_nndesk_is_the_installed_one_not_the_checkout(user):
    installation, folder, env = user
    done = checked(run(installation.python, "-c", "import nndesk; print(nndesk.__file__)", cwd=folder, env=env))
    location = Path(done.stdout.strip())
    assert location.parent.parent.name == "site-packages", location
    assert REPO not in location.parents


def test_the_app_starts(user, dists, record_property):
    installation, folder, env = user
    done = checked(run(installation.program, "--smoke-test", cwd=folder, env=env))
    assert f"nndesk {nndesk.__version__}: main window shown in" in done.stdout
    record_property("summary", f"installed: {installation.how} in {installation.seconds:.1f} s "
                    f"(sdist and wheel built in {dists.seconds:.1f} s); {done.stdout.strip()}")


def test_presets_and_version(user):
    installation, folder, env = user
    listed = checked(run(installation.program, "presets", cwd=folder, env=env)).stdout.splitlines()
    assert listed == [*PRESETS, *DATASET_PRESETS]  # the tables, then the Playground's problems
    version = checked(run(installation.python, "-m", "nndesk", "--version", cwd=folder, env=env)).stdout
    assert version.strip() == f"nndesk {nndesk.__version__}"


def test_train_xor(user):
    installation, folder, env = user
    done = checked(run(installation.program, "train", "XOR", "--eta", "0.5", "--alpha", "0.9", "--seed", "1",
                       cwd=folder, env=env))
    assert "Converged at epoch" in done.stdout and "4 of 4 rows correct" in done.stdout


def test_the_desktop_entry_goes_in_and_out(user):
    installation, folder, env = user
    data_home = Path(env["XDG_DATA_HOME"])
    done = checked(run(installation.program, "desktop", "install", cwd=folder, env=env))
    entry = data_home / "applications" / "nndesk.desktop"
    assert f"Exec={installation.program} %f\n" in entry.read_text(), done.stdout
    assert f"TryExec={installation.program}\n" in entry.read_text()
    checked(run(installation.program, "desktop", "uninstall", cwd=folder, env=env))
    assert not entry.exists()
    assert not list(data_home.rglob("nndesk*"))


def test_the_wheel_holds_every_module_and_resource_file_and_nothing_else(dists, source):
    with zipfile.ZipFile(dists.wheel) as wheel:
        shipped = {name for name in wheel.namelist() if not name.split("/")[0].endswith(".dist-info")}
    expected = {f"nndesk/{path.relative_to(source / 'nndesk').as_posix()}"
                for path in (source / "nndesk").rglob("*.py")}
    expected |= {f"nndesk/resources/{path.relative_to(source / 'resources').as_posix()}"
                 for path in (source / "resources").rglob("*") if path.is_file()}
    assert sorted(expected - shipped) == [], "left out of the wheel"
    assert sorted(shipped - expected) == [], "in the wheel but not in the checkout"
