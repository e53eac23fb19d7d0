#!/usr/bin/env bash
# Run a built nndesk executable without a screen: it must start, show its main window and exit 0.
#   bash packaging/smoke_test.sh [EXECUTABLE]      default: dist/nndesk/nndesk (from build.sh)
# Prints the app's own line ("nndesk 0.1.0: main window shown in 0.52 s") and the whole process time.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
executable=${1:-$repo/dist/nndesk/nndesk}
if [[ ! -x $executable ]]; then
  echo "smoke test: no executable at $executable; build it with 'bash packaging/build.sh'" >&2
  exit 1
fi

version=$("$executable" --version </dev/null 2>&1) || version="(exit code $?) $version"
if [[ ! $version =~ ^nndesk\ [0-9]+\.[0-9]+ ]]; then
  echo "smoke test FAILED: '$executable --version' said '$version' (package metadata missing?)" >&2
  exit 1
fi

# A headless command: the sub-commands are imported by name, which a build can miss.
presets=$("$executable" presets </dev/null 2>&1) || presets="(exit code $?) $presets"
if [[ $presets != *XOR* ]]; then
  echo "smoke test FAILED: '$executable presets' said '$presets'" >&2
  exit 1
fi

started=$(date +%s.%N)
status=0
line=$(QT_QPA_PLATFORM=offscreen timeout 60 "$executable" --smoke-test </dev/null) || status=$?
seconds=$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f", b - a }')
if ((status != 0)) || [[ $line != *"main window shown in"* ]]; then
  echo "smoke test FAILED (exit code $status): ${line:-no output}" >&2
  exit 1
fi
echo "smoke test passed: $line; whole process $seconds s"
