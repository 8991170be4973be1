"""Where the row of cards scrolls to bring a package into view (pure arithmetic, no Qt).

A package of a MESO set is shown with its set: the whole set when it fits the view (the set on
the table is read side by side, not one card and the edge of the next), else from that card on
as far as the view reaches; a lone package is shown whole. The view moves as little as that
allows, so a card already in view stays put.
"""

from __future__ import annotations


def reveal_value(value: int, port: int, item: tuple[int, int], group: tuple[int, int] | None,
                 margin: int = 8) -> int:
    """The scroll position (the content's x at the view's left edge) that shows ``item``
    (its left and right x in the content) inside ``group`` (its set's span, or None) in a view
    ``port`` pixels wide, starting from ``value``."""
    x0, x1 = item
    g0, g1 = group if group is not None else item
    if g1 - g0 + 2 * margin <= port:
        lo, hi = g0, g1
    else:
        lo, hi = x0, min(g1, x0 + port - 2 * margin)
    if lo - margin < value:
        value = lo - margin
    elif hi + margin > value + port:
        value = hi + margin - port
    return max(0, value)
