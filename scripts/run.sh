#!/usr/bin/env bash
# Set up (when needed) and start MESO Desk:  bash scripts/run.sh [PLAN] [meso-desk options]
#
# The set-up is checked on every start, not only the first: when the virtual environment is
# missing, or MESO Desk or its libraries cannot be imported (an earlier set-up interrupted by
# Ctrl+C or a timeout), it is (re)installed, with pip's progress shown.
set -euo pipefail
# paths on the command line (a plan, --screenshot, -o) stay the caller's: no cd, the checkout by its path
root="$(cd "$(dirname "$0")/.." && pwd)"
venv="${VENV:-$root/.venv}"
check='import meso_desk, meso_desk.cli, PySide6.QtWidgets, pyqtgraph, superqt, numpy, pydantic, defusedxml'

ready() {
  [ -x "$venv/bin/python" ] && "$venv/bin/python" -c "$check" 2>/dev/null
}

if ! ready; then
  if [ ! -x "$venv/bin/python" ]; then
    echo "run.sh: creating the virtual environment in $venv …" >&2
    python3.11 -m venv "$venv" 2>/dev/null || python3 -m venv "$venv"
  else
    echo "run.sh: the set-up in $venv is incomplete (an earlier install was interrupted?); repairing it …" >&2
  fi
  echo "run.sh: installing MESO Desk and its libraries (a few minutes the first time) …" >&2
  "$venv/bin/python" -m pip install --upgrade pip --progress-bar on
  "$venv/bin/python" -m pip install -e "$root" --progress-bar on
  if ! ready; then
    echo "run.sh: the installation still fails to import; see the messages above" >&2
    "$venv/bin/python" -c "$check"
    exit 1
  fi
  echo "run.sh: ready." >&2
fi
exec "$venv/bin/python" -m meso_desk "$@"
