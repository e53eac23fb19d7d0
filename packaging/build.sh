#!/usr/bin/env bash
# Build the nndesk executable with PyInstaller.
#   bash packaging/build.sh                  one folder: dist/nndesk/nndesk (starts fastest)
#   bash packaging/build.sh --onefile        one file:   dist/nndesk (unpacks itself on each start)
#   bash packaging/build.sh --dist DIR --work DIR    put the result and PyInstaller's scratch files elsewhere
# Needs the development set-up first: bash packaging/bootstrap.sh
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
python=${NNDESK_PYTHON:-$repo/.venv/bin/python}
dist=$repo/dist
work=$repo/build
spec_args=()
while (($#)); do
  case $1 in
    --onefile) spec_args=(-- --onefile) ;;
    --dist) dist=$2; shift ;;
    --work) work=$2; shift ;;
    -h|--help) sed -n '2,6s/^# \{0,1\}//p' "$0"; exit 0 ;;
    *) echo "build.sh: unknown option '$1' (try --help)" >&2; exit 2 ;;
  esac
  shift
done
if [[ ! -x $python ]]; then
  echo "build.sh: no Python at $python; run 'bash packaging/bootstrap.sh' first" >&2
  exit 1
fi

started=$(date +%s.%N)
"$python" -m PyInstaller --noconfirm --log-level WARN --distpath "$dist" --workpath "$work" \
  "$repo/packaging/nndesk.spec" "${spec_args[@]}"
seconds=$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')

if ((${#spec_args[@]})); then
  executable=$dist/nndesk
else
  executable=$dist/nndesk/nndesk
fi
size=$(du -sh "$(dirname "$executable")/$( ((${#spec_args[@]})) && echo nndesk || echo .)" | cut -f1)
echo "built $executable in $seconds s ($size)"
