"""The cards of the offered packages and the ranking list of the Record reaction dialog.

:class:`OfferedCard` (``offeredCard``, property ``offered``: its index) shows one offered
package; a click chooses it, Ctrl/Shift-click ranks more. :class:`RankingList`
(``rankingList``) shows the same order: the packages above the line are ranked (best first),
the ones below are not.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ....model.language import tr
from ..common import ElidedLabel, paint_card
from ..glyphs import STATUS_COLOURS
from ..look import mute, secondary_text_colour

#: the item role holding an offered package's index in the ranking list
RANK_ROLE = Qt.ItemDataRole.UserRole + 1
#: the index of the line between ranked and unranked packages
SEPARATOR = -1


def _ordinal(rank: int) -> str:
    """``1st``, ``2nd``, ``3rd``, ``4th`` (German ``1.``, ``2.`` …)."""
    if rank == 1:
        return tr("{rank}st", "ordinal rank").format(rank=rank)
    if rank == 2:
        return tr("{rank}nd", "ordinal rank").format(rank=rank)
    if rank == 3:
        return tr("{rank}rd", "ordinal rank").format(rank=rank)
    return tr("{rank}th", "ordinal rank").format(rank=rank)


class OfferedCard(QFrame):
    """One offered package: click it when they chose it."""

    clicked = Signal(int, object)  # index, keyboard modifiers

    def __init__(self, index: int, label: str, lines: Sequence[tuple[str, ...]], points: float | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("offeredCard")
        self.setProperty("offered", index)
        self.index = index
        self.label = label
        self.state = "plain"
        self.refused = False
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(tr("Package {name}").format(name=label))
        self.setToolTip(tr("Click if they chose {name}; Ctrl-click to add it to the ranking").format(name=label))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(10, 8, 10, 10)
        lay.setSpacing(2)
        head = QHBoxLayout()
        title = QLabel(label)
        f = QFont(title.font())
        f.setBold(True)
        f.setPointSizeF(f.pointSizeF() * 1.3)
        title.setFont(f)
        head.addWidget(title)
        head.addStretch(1)
        self.badge = QLabel()
        self.badge.setObjectName("offeredBadge")
        fb = QFont(self.badge.font())
        fb.setBold(True)
        self.badge.setFont(fb)
        head.addWidget(self.badge)
        lay.addLayout(head)
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(1)
        small = QFont(self.font())
        small.setPointSizeF(small.pointSizeF() * 0.92)
        r = 0
        for line in lines:  # (issue, term) or (issue, term, the clause in a few words)
            name, term = line[0], line[1]
            # shortened with … (whole in the tooltip) when three cards of long names and terms
            # would not fit the screen side by side: at 1366 the third card was cut off
            a = ElidedLabel(name, minimum=48)
            a.set_siblings(ln[0] for ln in lines)  # two names that begin alike never read the same
            b = ElidedLabel(term + (" *" if len(line) > 2 and line[2] else ""), words=True, minimum=56)
            a.setObjectName("offeredIssue")
            b.setObjectName("offeredTerm")
            a.setProperty("issue", name)
            b.setProperty("issue", name)
            a.setFont(small)
            b.setFont(small)
            b.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            mute(a)  # readable secondary text (issue 17)
            grid.addWidget(a, r, 0)
            grid.addWidget(b, r, 1)
            r += 1
            if len(line) > 2 and line[2]:
                note = QLabel(f"* {line[2]}")
                note.setObjectName("offeredClause")
                note.setProperty("issue", name)
                note.setFont(small)
                note.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                mute(note)
                grid.addWidget(note, r, 0, 1, 2)
                r += 1
        lay.addLayout(grid)
        if points is not None:
            expected = any(len(x) > 2 and x[2] for x in lines)
            pts = QLabel((tr("{points:.1f} points to you (expected)") if expected else
                          tr("{points:.1f} points to you")).format(points=points))
            pts.setFont(small)
            mute(pts)
            lay.addSpacing(2)
            lay.addWidget(pts)
        lay.addStretch(1)

    def set_state(self, state: str, rank: int | None, n_ranked: int, refused: bool) -> None:
        self.state, self.refused = state, refused
        if state == "accepted":
            text, colour = tr("✓ accepted"), STATUS_COLOURS["ok"]
        elif state == "chosen" and n_ranked == 1:
            text, colour = (tr("★ liked best") if refused else tr("★ chosen")), ""
        elif rank is not None:
            text, colour = _ordinal(rank), ""
        else:
            text, colour = "", ""
        self.badge.setText(text)
        self.badge.setStyleSheet(f"color: {colour}" if colour else "")
        self.update()

    def paintEvent(self, event) -> None:
        hl = self.palette().color(QPalette.ColorRole.Highlight)
        if self.state == "accepted":
            pen = QPen(QColor(STATUS_COLOURS["ok"]), 2.5)
        elif self.state == "chosen":
            pen = QPen(hl, 2.5)
        elif self.state == "ranked":
            pen = QPen(hl, 1.3, Qt.PenStyle.DashLine)
        elif self.hasFocus():
            pen = QPen(hl, 1.0)
        else:
            pen = None
        paint_card(self, pen)

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.clicked.emit(self.index, event.modifiers())
            event.accept()
            return
        super().mousePressEvent(event)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Select):
            self.clicked.emit(self.index, event.modifiers())
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.update()


class RankingList(QListWidget):
    """Ranked packages (best first) above a line, unranked ones below; drag to reorder."""

    rankingChanged = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rankingList")
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setToolTip(tr("Drag to rank: the packages above the line are ranked, best first; the ones below "
                           "were not compared. Alt+↑/↓ moves the selected one."))
        self.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
        self._labels: list[str] = []
        self._filling = False
        # a drop moves rows; read the new order once the drop has finished (the list is rebuilt)
        self.model().rowsMoved.connect(lambda *a: QTimer.singleShot(0, self, self._read))  # (not once it is gone)

    def set_ranking(self, labels: Sequence[str], ranking: Sequence[int]) -> None:
        self._labels = list(labels)
        current = self.currentItem().data(RANK_ROLE) if self.currentItem() is not None else None
        self._filling = True
        self.clear()
        for pos, k in enumerate(ranking):
            self._add(k, f"{pos + 1}.  {labels[k]}")
        sep = QListWidgetItem(tr("— not ranked —"))
        sep.setData(RANK_ROLE, SEPARATOR)
        sep.setFlags(Qt.ItemFlag.ItemIsEnabled)
        sep.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        sep.setForeground(secondary_text_colour(self.palette()))
        self.addItem(sep)
        for k in range(len(labels)):
            if k not in ranking:
                self._add(k, f"     {labels[k]}")
        self._filling = False
        if current is not None:
            for row in range(self.count()):
                if self.item(row).data(RANK_ROLE) == current:
                    self.setCurrentRow(row)

    def _add(self, k: int, text: str) -> None:
        it = QListWidgetItem(text)
        it.setData(RANK_ROLE, k)
        it.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled)
        self.addItem(it)

    def order(self) -> list[int]:
        return [self.item(r).data(RANK_ROLE) for r in range(self.count())]

    def ranking(self) -> list[int]:
        out = []
        for k in self.order():
            if k == SEPARATOR:
                break
            out.append(k)
        return out

    def _read(self) -> None:
        if not self._filling:
            self.rankingChanged.emit(self.ranking())

    def move_current(self, delta: int) -> None:
        """Move the selected package one place up (−1) or down (+1), across the line too."""
        row = self.currentRow()
        if row < 0 or self.item(row).data(RANK_ROLE) == SEPARATOR:
            return
        k = self.item(row).data(RANK_ROLE)
        ranking = self.ranking()
        if k in ranking:
            pos = ranking.index(k) + delta
            ranking.remove(k)
            if pos < len(ranking) + 1 and pos >= 0:
                ranking.insert(pos, k)  # past the last place: no longer ranked
        elif delta < 0:
            ranking.append(k)  # the unranked have no order: up ranks it last
        else:
            return
        self.set_ranking(self._labels, ranking)
        for r in range(self.count()):
            if self.item(r).data(RANK_ROLE) == k:
                self.setCurrentRow(r)
        self.rankingChanged.emit(ranking)

    def keyPressEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.AltModifier and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_current(-1 if event.key() == Qt.Key.Key_Up else 1)
            return
        super().keyPressEvent(event)

    def sizeHint(self) -> QSize:
        h = sum(self.sizeHintForRow(r) for r in range(self.count())) + 2 * self.frameWidth() + 4
        return QSize(180, max(70, h))
