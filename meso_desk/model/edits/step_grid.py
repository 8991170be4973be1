"""The steps that divide a numeric issue's range: whether a step goes into the range a whole number
of times, and the nearest steps that do (the issue table offers them when a step does not). No Qt."""

from __future__ import annotations

from ..preferences.issues import GRID_TOLERANCE, MAX_GRID_POINTS

#: Widest range (in units of its finest decimal) :func:`nearest_steps` searches for divisors
#: (its square root bounds the work: about 3 ms at 10⁸).
_MAX_SPAN = 10**8


def fewest_decimals(*xs: float) -> int:
    """Fewest decimals (at most 6) that write every number of ``xs`` exactly."""
    for d in range(0, 7):
        if all(abs(round(x, d) - x) < 1e-9 * max(1.0, abs(x)) for x in xs):
            return d
    return 6


def step_divides(lo: float, hi: float, step: float) -> bool:
    """Whether ``step`` goes into ``lo``–``hi`` a whole number of times (to rounding)."""
    n = (hi - lo) / step
    return abs(n - round(n)) <= GRID_TOLERANCE * max(1.0, abs(n)) ** 0.5 * 10


def nearest_steps(lo: float, hi: float, step: float) -> tuple[float | None, float | None]:
    """The nearest steps below and above ``step`` that divide ``lo``–``hi``, written with the
    decimals the numbers already have (40–60 step 7 → (5, 10)); None where there is none.

    A step as wide as the whole range (only the two ends) or one giving more than
    ``MAX_GRID_POINTS`` terms is not offered.
    """
    d = fewest_decimals(lo, hi, step)
    scale = 10 ** d
    span = round((hi - lo) * scale)
    if not 0 < span <= _MAX_SPAN:
        return None, None
    want = step * scale
    below = above = None
    for c in _divisors(span):
        if span // c < 2 or span // c > MAX_GRID_POINTS:
            continue
        if c < want and (below is None or c > below):
            below = c
        elif c > want and (above is None or c < above):
            above = c
    return (None if below is None else below / scale), (None if above is None else above / scale)


def _divisors(n: int) -> list[int]:
    out = []
    i = 1
    while i * i <= n:
        if n % i == 0:
            out += [i, n // i]
        i += 1
    return out


__all__ = ["fewest_decimals", "nearest_steps", "step_divides"]
