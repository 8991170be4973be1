"""What the reliability suite asserts everywhere (issue 18): the run's mode and seed, the one-line
error contract, the round trip, and the environment of a MESO Desk subprocess."""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MODE = os.environ.get("MESO_DESK_RELIABILITY", "sample").strip().lower() or "sample"
FULL = MODE == "full"
#: fixed, so a failure is reproducible (``MESO_DESK_RELIABILITY_SEED`` varies it); the cases that rotate
#: in sample mode (card leaks) follow the day of the year
SEED = int(os.environ.get("MESO_DESK_RELIABILITY_SEED", "18"))
DAY = date.today().timetuple().tm_yday
#: the longest error line the contract allows
MAX_LINE = 200


def sized(sample: int, full: int) -> int:
    """How many inputs to try in this mode."""
    return full if FULL else sample


def one_line_problem(message: str) -> str | None:
    """Why ``message`` breaks the one-line error contract, or None."""
    if "\n" in message or "\r" in message:
        return "more than one line"
    if len(message) > MAX_LINE:
        return f"{len(message)} characters"
    if not message.strip():
        return "empty"
    return None


def child_env(data_dir: Path, **extra: str) -> dict[str, str]:
    """The environment of a MESO Desk subprocess: headless, its own data and settings folder."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MESO_DESK_DATA_DIR": str(data_dir),
           "MESO_DESK_CONFIG_DIR": str(data_dir), "PYTHONPATH": str(ROOT)}
    env.update(extra)
    return env


PYTHON = sys.executable
