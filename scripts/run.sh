#!/usr/bin/env bash
# Set up (once) and start MESO Desk:  bash scripts/run.sh [PLAN]
set -euo pipefail
cd "$(dirname "$0")/.."
venv="${VENV:-.venv}"
if [ ! -x "$venv/bin/python" ]; then
  python3.11 -m venv "$venv" 2>/dev/null || python3 -m venv "$venv"
  "$venv/bin/python" -m pip install -q --upgrade pip
  "$venv/bin/python" -m pip install -q -e .
fi
exec "$venv/bin/python" -m meso_desk "$@"
