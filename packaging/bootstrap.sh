#!/usr/bin/env bash
# Set up nndesk for running and testing, from a fresh clone on Debian or Ubuntu:
#   1. the system libraries Qt needs, and the desktop-file-utils and poppler-utils the tests use (installed
#      with apt-get, as root or through sudo, only if missing),
#   2. .venv/ with Python >= 3.11 and nndesk installed editable with its test tools.
# Safe to run again: it checks what is there and does only what is missing (about a second when done).
# Set NNDESK_PYTHON=/path/to/python3.x to choose the interpreter for .venv.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

say() { printf 'bootstrap: %s\n' "$*"; }
fail() { printf 'bootstrap: %s\n' "$*" >&2; exit 1; }

# Debian package -> the shared library it provides (checked with ldconfig, which also sees Ubuntu's
# renamed packages such as libglib2.0-0t64). The first six serve every Qt program; the xcb ones are what
# Qt's X11 platform plugin loads to open a window.
QT_LIBRARIES=(
  libegl1:libEGL.so.1 libgl1:libGL.so.1 libfontconfig1:libfontconfig.so.1 libxkbcommon0:libxkbcommon.so.0
  libdbus-1-3:libdbus-1.so.3 libglib2.0-0:libglib-2.0.so.0
  libxcb-cursor0:libxcb-cursor.so.0 libxkbcommon-x11-0:libxkbcommon-x11.so.0 libxcb-icccm4:libxcb-icccm.so.4
  libxcb-keysyms1:libxcb-keysyms.so.1 libxcb-shape0:libxcb-shape.so.0 libxcb-render-util0:libxcb-render-util.so.0
  libxcb-image0:libxcb-image.so.0 libxcb-randr0:libxcb-randr.so.0 libxcb-xinerama0:libxcb-xinerama.so.0
  libxcb-xkb1:libxcb-xkb.so.1
)

missing_system_packages() {
  local ldconfig known entry
  ldconfig=$(command -v ldconfig || echo /sbin/ldconfig)
  known=$("$ldconfig" -p 2>/dev/null || true)
  for entry in "${QT_LIBRARIES[@]}"; do
    grep -qF "${entry#*:} " <<<"$known" || printf '%s\n' "${entry%%:*}"
  done
  # Qt draws no text without at least one font (and warns, which fails the tests).
  if ! find /usr/share/fonts /usr/local/share/fonts -name '*.[ot]tf' -print -quit 2>/dev/null | grep -q .; then
    echo fonts-dejavu-core
  fi
  # The tests check the entry of `nndesk desktop install` with the freedesktop validator.
  command -v desktop-file-validate >/dev/null || echo desktop-file-utils
  # The tests read the text of `nndesk worksheet`'s PDF and render its pages.
  { command -v pdftotext && command -v pdftoppm; } >/dev/null || echo poppler-utils
}

install_system_packages() {
  local -a packages
  mapfile -t packages < <(missing_system_packages)
  ((${#packages[@]})) || return 0
  if ! command -v apt-get >/dev/null; then
    say "not a Debian/Ubuntu system: install the equivalents of these yourself if Qt fails to start:"
    say "  ${packages[*]}"
    return 0
  fi
  local -a as_root=()
  if ((EUID != 0)); then
    command -v sudo >/dev/null || fail "Qt needs ${packages[*]}; run as root: apt-get install ${packages[*]}"
    as_root=(sudo)
  fi
  say "installing the system packages Qt and the tests need: ${packages[*]}"
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${packages[@]}" >/dev/null
  local -a still_missing
  mapfile -t still_missing < <(missing_system_packages)
  ((${#still_missing[@]} == 0)) || fail "these are still missing after apt-get: ${still_missing[*]}"
}

is_python_311_plus() {
  "$1" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' >/dev/null 2>&1
}

find_python() {
  local candidate
  for candidate in ${NNDESK_PYTHON:-} python3 python3.13 python3.12 python3.11 python3.14; do
    if command -v "$candidate" >/dev/null && is_python_311_plus "$candidate"; then
      command -v "$candidate"
      return 0
    fi
  done
  fail "nndesk needs Python 3.11 or newer; none found (on Debian 12: apt-get install python3 python3-venv)"
}

create_venv() {
  if [[ -x .venv/bin/python ]] && is_python_311_plus .venv/bin/python; then
    return 0
  fi
  local python
  python=$(find_python)
  say "creating .venv with $python ($("$python" --version 2>&1))"
  rm -rf .venv
  "$python" -m venv .venv ||
    fail "could not create .venv (on Debian/Ubuntu: apt-get install python3-venv)"
}

# Reinstall only when pyproject.toml changed since the last install or something is missing.
install_nndesk() {
  local stamp=.venv/.nndesk-bootstrap wanted
  wanted="$(sha256sum pyproject.toml | cut -d' ' -f1) $(pwd)"
  if [[ -f $stamp && $(cat "$stamp") == "$wanted" ]] &&
    .venv/bin/python -c 'import nndesk, PySide6, pyqtgraph, numpy, pytest, pytestqt, PyInstaller' 2>/dev/null; then
    say "nndesk is installed in .venv (nothing to do)"
    return 0
  fi
  say "installing nndesk and its test tools into .venv (PySide6 is large: about a minute the first time)"
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --editable '.[test]'
  printf '%s\n' "$wanted" >"$stamp"
}

install_system_packages
create_venv
install_nndesk
say "ready: .venv/bin/nndesk starts the app, .venv/bin/python -m pytest runs the tests"
