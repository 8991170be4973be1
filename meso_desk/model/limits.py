"""Resource bounds for the searches: a memory budget, estimates made before allocating, and
the progress/cancel hook long model functions accept.

The MESO engine, the frontier, the value map and the outcome sampling estimate the bytes
their largest arrays need *before* allocating them and stay under :data:`MEMORY_BUDGET`:
beyond it they coarsen or sample the grid and say what they approximated
(``docs/meso-engine.md``, "Resource bounds"). Nothing here imports numpy or Qt.

Progress: a long function takes ``progress: Progress | None``, a callable given the fraction
done (0..1) that returns ``False`` to stop the work (:class:`Cancelled` is raised then); it may
also raise an exception of its own (the window's background ``checkpoint()`` does), which
simply propagates.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from .language import tr

#: The most memory (bytes) one search may ask for at once.
MEMORY_BUDGET = 512 * 2**20

#: ``progress(fraction) -> keep going?`` (``None`` or ``True``: go on; ``False``: stop).
Progress = Callable[[float], "bool | None"]


class ResourceLimit(ValueError):
    """A request that cannot be met within the resource bounds; ``str`` is one sentence."""


class Cancelled(Exception):
    """The caller's progress hook asked the work to stop."""


def report(progress: Progress | None, fraction: float) -> None:
    """Tell ``progress`` how far the work is; raise :class:`Cancelled` when it says stop."""
    if progress is not None and progress(min(max(float(fraction), 0.0), 1.0)) is False:
        raise Cancelled("stopped")


def scaled(progress: Progress | None, start: float, end: float) -> Progress | None:
    """``progress`` for a sub-step covering ``start..end`` of the whole."""
    if progress is None:
        return None
    return lambda f: progress(start + (end - start) * f)


def half_bytes(combos: float) -> float:
    """Bytes one half of a two-halves band search needs for ``combos`` combinations: the sums
    (built, sorted, ordered), the counterpart's sums and a range-maximum table of
    ``log2(combos)`` rows, all 8-byte."""
    depth = max(1, int(max(combos, 1.0)).bit_length())
    return 8.0 * combos * (6 + depth)


def frontier_step_bytes(front: int, options: int) -> float:
    """Bytes of one frontier merge step: about ten 8-byte arrays of ``front × options``."""
    return 80.0 * front * options


def window_bytes(rows: int, width: int) -> float:
    """Bytes of a ``rows × width`` refinement window (five 8-byte arrays)."""
    return 40.0 * rows * width


def chunk_rows(per_row_bytes: float, budget: float = MEMORY_BUDGET / 4) -> int:
    """How many rows of ``per_row_bytes`` fit in ``budget`` (at least one)."""
    return max(1, int(budget // max(per_row_bytes, 1.0)))


def product(sizes: Sequence[float]) -> float:
    """The product of ``sizes`` as a float (no overflow for large grids)."""
    return math.prod(float(s) for s in sizes)


def thinned_note(issue: str, kept: int, total: int) -> str:
    """The plain sentence for an issue the search used only some terms of."""
    return tr("searched {kept} of {total} options of {issue}").format(kept=kept, total=total, issue=issue)


def sample_cap(cells: int, bytes_per_cell: float = 24.0, budget: float = MEMORY_BUDGET / 4) -> int:
    """How many samples of ``cells`` values each (draws, values and the weighted table: about
    ``bytes_per_cell`` bytes a cell) fit in ``budget`` (at least 100)."""
    return max(100, int(budget // (max(cells, 1) * bytes_per_cell)))
