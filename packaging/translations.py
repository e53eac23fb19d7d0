"""Keep nndesk's translations up to date with Qt's own tools, as PySide6-Essentials ships them.

    .venv/bin/python packaging/translations.py update    # pyside6-lupdate: new strings into translations/*.ts
    .venv/bin/python packaging/translations.py release   # pyside6-lrelease: translations/*.ts -> resources/*.qm

``update`` scans every module of ``nndesk/`` for strings marked with ``tr()``, ``translate(context, text)``
or ``QT_TRANSLATE_NOOP(context, text)`` and merges them into each ``translations/nndesk_<lang>.ts``: new
strings arrive unfinished (translate them in Qt Linguist, ``pyside6-linguist``, or in the XML), strings no
longer in the code are dropped. Without line numbers, so that two branches' .ts files merge cleanly.
``release`` compiles the .ts files into the ``.qm`` catalogues the package ships.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "nndesk"
TS_FOLDER = ROOT / "translations"
QM_FOLDER = ROOT / "resources" / "translations"


def tool(name: str) -> str:
    """The path of ``pyside6-<name>`` in this Python's environment (or on PATH)."""
    scripts = Path(sysconfig.get_path("scripts"))
    for candidate in (scripts / f"pyside6-{name}", Path(sys.executable).parent / f"pyside6-{name}"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} not found: install PySide6-Essentials into this environment")
    return found


def ts_files() -> list[Path]:
    return sorted(TS_FOLDER.glob("nndesk_*.ts"))


def source_files() -> list[str]:
    """Every Python module of the package, relative to the repository (lupdate does not scan folders for .py)."""
    return sorted(str(p.relative_to(ROOT)) for p in SOURCES.rglob("*.py"))


def update(ts: Path, quiet: bool = False) -> subprocess.CompletedProcess:
    """Merge the marked strings of the sources into ``ts`` (created when missing)."""
    language = ts.stem.split("_", 1)[1]
    command = [tool("lupdate"), *source_files(), "-source-language", "en", "-target-language", language,
               "-locations", "none", "-no-obsolete", "-ts", str(ts)]
    return subprocess.run(command, cwd=ROOT, check=True, capture_output=quiet, text=True)


def release(ts: Path, qm: Path) -> subprocess.CompletedProcess:
    """Compile ``ts`` into ``qm`` (untranslated strings are left out: Qt then shows the English)."""
    qm.parent.mkdir(parents=True, exist_ok=True)
    return subprocess.run([tool("lrelease"), str(ts), "-qm", str(qm)], cwd=ROOT, check=True, capture_output=True,
                          text=True)


def main(argv: list[str]) -> int:
    if argv not in (["update"], ["release"]):
        print(__doc__)
        return 2
    for ts in ts_files():
        if argv == ["update"]:
            update(ts)
        else:
            print(release(ts, QM_FOLDER / ts.with_suffix(".qm").name).stdout.strip())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
