"""The commands' output files: every file a command will write is checked before it writes any
(an existing one is refused unless ``--force``)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from .cli import _refuse_overwrite


def refuse_existing(paths: Iterable[str | Path], force: bool) -> None:
    """Refuse (exit 1) the first of ``paths`` that exists, unless ``force``."""
    for p in paths:
        _refuse_overwrite(p, force)
