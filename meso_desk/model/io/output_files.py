"""Where an export may write: the one rule for every output file, on the command line and in the
window alike (``docs/cards.md``, ``docs/spreadsheets.md``).

An export writes a file of its own kind — it ends in its suffix (``.pdf`` for the summary, the
cards and the debrief, ``.png`` for pictures, ``.xlsx``/``.csv`` for spreadsheets) — and it is
never the plan itself: a PDF written over the ``.meso`` file would lose the plan, and no question
("replace it?") or ``--force`` makes that right. Each refusal is one line naming the file.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path

from ..language import tr


class OutputRefused(ValueError):
    """An output file refused before anything is written; ``str(err)`` is one line."""


def is_same_file(a: str | os.PathLike[str], b: str | os.PathLike[str]) -> bool:
    """Whether ``a`` and ``b`` name one file (the same path once resolved, or one file on disk:
    a link, another spelling on a case-insensitive disk)."""
    pa, pb = Path(a), Path(b)
    try:
        if pa.resolve() == pb.resolve():
            return True
        return pa.exists() and pb.exists() and os.path.samefile(pa, pb)
    except OSError:
        return False


def refuse_plan(paths: Iterable[str | os.PathLike[str] | None], plan: str | os.PathLike[str] | None,
                shown: str | None = None) -> None:
    """Refuse an output that is the plan's own file (``plan``: where the plan is kept, None for a
    plan never saved). ``shown``: how the message names the file (default: as given)."""
    if not plan:
        return
    for p in paths:
        if p is not None and is_same_file(p, plan):
            raise OutputRefused(tr("{path}: would overwrite the plan").format(path=shown or p))


def refuse_suffix(path: str | os.PathLike[str], suffixes: Sequence[str], must_end: str,
                  shown: str | None = None) -> None:
    """Refuse ``path`` unless it ends in one of ``suffixes`` (``must_end``: the sentence saying so,
    translated, with ``{path}``)."""
    if Path(path).suffix.lower() not in suffixes:
        raise OutputRefused(must_end.format(path=shown or path))


def check_export(path: str | os.PathLike[str], plan: str | os.PathLike[str] | None, suffixes: Sequence[str],
                 must_end: str, shown: str | None = None) -> None:
    """Both rules for one output: it ends in one of ``suffixes`` and is not the plan."""
    refuse_suffix(path, suffixes, must_end, shown)
    refuse_plan([path], plan, shown)


__all__ = ["OutputRefused", "check_export", "is_same_file", "refuse_plan", "refuse_suffix"]
