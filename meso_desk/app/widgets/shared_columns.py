"""Text columns that share the width of a table fairly.

A table of long names (a package, an issue, an event) and short numbers: with every column at
its contents' width, the first long names took the room and the last text column was squeezed to
a letter ("T…") — or, stretched, was given what was left of nothing. Here the number columns keep
their contents' width, and the text columns share what they leave: each whole where they all fit
(the last one then takes the rest), else the narrow ones whole and the wide ones an equal share
each, never under ``floor`` pixels; a cut text ends in "…" and the cell's tooltip has it whole.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView


def share_widths(needs: Sequence[int], room: int, floor: int) -> list[int]:
    """Widths for columns that need ``needs`` pixels in ``room``: all they need when that fits (the
    last one taking the rest); else the smallest needs met and the others an equal share of what is
    left, each at least ``min(need, floor)``."""
    needs = [max(0, int(n)) for n in needs]
    if not needs:
        return []
    if sum(needs) <= room:
        out = list(needs)
        out[-1] += room - sum(needs)
        return out
    out = [0] * len(needs)
    left, rest = room, sorted(range(len(needs)), key=lambda k: needs[k])
    while rest:
        share = left / len(rest)
        k = rest[0]
        if needs[k] > share:
            break
        out[k] = needs[k]
        left -= needs[k]
        rest.pop(0)
    for k in rest:
        out[k] = max(min(needs[k], floor), int(left / len(rest)))
    return out


class SharedColumns(QObject):
    """Keeps ``columns`` of ``table`` sharing the width the others leave (:func:`share_widths`),
    refitted when the table is resized and on :meth:`fit` (call it after filling the table)."""

    def __init__(self, table: QTableView, columns: Sequence[int], floor: int = 90) -> None:
        super().__init__(table)
        self._table = table
        self._columns = tuple(columns)
        self._floor = floor
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        for c in self._columns:
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Interactive)
        table.viewport().installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        t = self._table
        header = t.horizontalHeader()
        def need(c: int) -> int:
            return max(t.sizeHintForColumn(c), header.sectionSizeHint(c))

        # (a column sized to its contents may not have been resized yet after a fill: its need)
        others = sum(need(c) if header.sectionResizeMode(c) == QHeaderView.ResizeMode.ResizeToContents
                     else header.sectionSize(c)
                     for c in range(header.count()) if c not in self._columns and not header.isSectionHidden(c))
        room = t.viewport().width() - others
        needs = [need(c) for c in self._columns]
        for c, w in zip(self._columns, share_widths(needs, room, self._floor)):
            if header.sectionSize(c) != w:
                header.resizeSection(c, w)


__all__ = ["SharedColumns", "share_widths"]
