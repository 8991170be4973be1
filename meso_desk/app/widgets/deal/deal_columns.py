"""How the Deal panel's sections are arranged: one column in a narrow dock, two side by side
when the dock is wide (the "Deal" workspace gives it about 600 × 620 pixels on a 1366 × 768
laptop), in an order that follows the deal.

Before an agreement the walk-aways lead; after one, the agreement and its post-settlement
suggestions stand side by side at the top, so both are in view without scrolling
(``docs/deal.md``).
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from .deal_widgets import Section

#: From this content width (pixels) the sections stand in two columns.
TWO_COLUMNS_FROM = 540


class DealColumns(QWidget):
    """The panel's content: its sections in one column or two (see the module docs)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dealContent")
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 6, 8, 8)
        row.setSpacing(14)
        self._row = row
        self._holders = (QWidget(objectName="dealLeftColumn"), QWidget(objectName="dealRightColumn"))
        self._left, self._right = (QVBoxLayout(w) for w in self._holders)
        for w, col in zip(self._holders, (self._left, self._right)):
            col.setContentsMargins(0, 0, 0, 0)
            col.setSpacing(2)
            row.addWidget(w, 1)
        self._columns: tuple[list[Section], list[Section]] = ([], [])
        self._narrow: list[Section] = []
        self._wide: tuple[list[Section], list[Section]] = ([], [])
        self._two = False

    @property
    def two_columns(self) -> bool:
        return self._two

    def set_order(self, narrow: list[Section], left: list[Section], right: list[Section]) -> None:
        """The reading order in one column, and the two columns when wide."""
        self._narrow, self._wide = list(narrow), (list(left), list(right))
        self._place(force=True)

    def order(self) -> list[Section]:
        """The sections in reading order (the left column, then the right)."""
        return self._columns[0] + self._columns[1]

    def _place(self, force: bool = False) -> None:
        two = self.width() >= TWO_COLUMNS_FROM
        columns = self._wide if two else (self._narrow, [])
        if not force and two == self._two and columns == self._columns:
            return
        self._two = two
        self._holders[1].setVisible(two)  # one column: the whole width for it
        for col in (self._left, self._right):
            # removeWidget deletes each widget's layout item: a taken item left alive would keep
            # receiving the widget's size changes in place of the new one (stale heights, overlaps)
            for k in reversed(range(col.count())):
                w = col.itemAt(k).widget()
                if w is not None:
                    col.removeWidget(w)
                else:
                    col.removeItem(col.itemAt(k))
        for col, sections in zip((self._left, self._right), columns):
            for k, sec in enumerate(sections):
                col.addWidget(sec)
                sec.rule.setVisible(k > 0)
            col.addStretch(1)
        self._columns = (list(columns[0]), list(columns[1]))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if (self.width() >= TWO_COLUMNS_FROM) != self._two:
            self._place()


__all__ = ["TWO_COLUMNS_FROM", "DealColumns"]
