#!/usr/bin/env bash
# Set up (once) and run the whole test suite headless:  bash scripts/test.sh [pytest args]
# (it includes a sample of the reliability suite; MESO_DESK_RELIABILITY=full runs all of it, and
#  -m "not reliability" leaves it out: docs/reliability.md)
set -euo pipefail
cd "$(dirname "$0")/.."
venv="${VENV:-.venv}"
if [ ! -x "$venv/bin/python" ]; then
  python3.11 -m venv "$venv" 2>/dev/null || python3 -m venv "$venv"
  "$venv/bin/python" -m pip install -q --upgrade pip
  "$venv/bin/python" -m pip install -q -e '.[test]'
elif ! "$venv/bin/python" -c "import meso_desk, pytestqt, hypothesis, pypdf" 2>/dev/null; then
  "$venv/bin/python" -m pip install -q -e '.[test]'
fi
export QT_QPA_PLATFORM=offscreen
set +e
"$venv/bin/python" -m pytest "$@"
rc=$?
set -e
# pytest exits 5 when no test ran: that is a failure here.
if [ "$rc" -eq 5 ]; then echo "no tests ran" >&2; exit 1; fi
exit "$rc"
