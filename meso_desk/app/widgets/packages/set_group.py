"""A MESO set's cards in the package panel: :class:`SetGroup` (``mesoSetGroup``).

The set's cards sit in a rounded frame with a strip to fold the set away (a short summary of
its level and packages stays) and to archive it; the panel decides which cards it holds and
whether it is folded, archived or shown (:meth:`PackagePanel._arrange
<meso_desk.app.widgets.packages.package_panel.PackagePanel._arrange>`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from ....model.language import tr
from ....model.plan import MesoSet
from ..glyphs import archive_icon

if TYPE_CHECKING:
    from .package_column import PackageColumn
    from .package_panel import PackagePanel


class SetGroup(QFrame):
    """A MESO set's cards in a frame, with a strip to fold the set away (a short summary
    stays) and to archive it (``mesoSetGroup``; its controls ``setFold``, ``setArchive``)."""

    def __init__(self, panel: PackagePanel, name: str) -> None:
        super().__init__()
        self.setObjectName("mesoSetGroup")
        self.panel = panel
        self.set_name = name
        self.folded = False
        self.archived = False
        self._state: tuple | None = None
        lay = QHBoxLayout(self)
        lay.setContentsMargins(3, 3, 3, 3)
        lay.setSpacing(4)
        strip = QVBoxLayout()
        strip.setSpacing(2)
        self.fold_button = QToolButton()
        self.fold_button.setObjectName("setFold")
        self.fold_button.setAutoRaise(True)
        self.fold_button.clicked.connect(lambda: panel.set_folded(self.set_name, not self.folded))
        self.archive_button = QToolButton()
        self.archive_button.setObjectName("setArchive")
        self.archive_button.setAutoRaise(True)
        self.archive_button.setIcon(archive_icon(self.palette().color(QPalette.ColorRole.WindowText)))
        self.archive_button.clicked.connect(lambda: panel.set_archived(self.set_name, not self.archived))
        strip.addWidget(self.fold_button)
        strip.addWidget(self.archive_button)
        strip.addStretch(1)
        lay.addLayout(strip)
        self.summary = QLabel()
        self.summary.setObjectName("setSummary")
        self.summary.setWordWrap(True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.summary.setFixedWidth(84)
        self.summary.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        lay.addWidget(self.summary)
        self.cards = QWidget()
        self.cards.setObjectName("setCards")
        self._cards = QHBoxLayout(self.cards)
        self._cards.setContentsMargins(0, 0, 0, 0)
        self._cards.setSpacing(8)
        lay.addWidget(self.cards, 1)

    def set_columns(self, columns: list[PackageColumn]) -> None:
        """The set's cards, in this order (left as they are when they are these already)."""
        now = [self._cards.itemAt(i).widget() for i in range(self._cards.count())]
        if len(now) == len(columns) and all(a is b for a, b in zip(now, columns)):
            return
        while self._cards.count():
            self._cards.takeAt(0)
        for c in columns:
            self._cards.addWidget(c, 10)

    def set_state(self, meso: MesoSet, folded: bool) -> None:
        if self._state == (meso, folded):  # called on every change of the plan (a drag's frames)
            return
        self._state = (meso, folded)
        self.set_name = meso.name
        self.folded, self.archived = folded, meso.archived
        for w in (self, self.fold_button, self.archive_button, self.summary):
            w.setProperty("mesoSet", meso.name)
        self.cards.setVisible(not folded)
        self.summary.setVisible(folded)
        self.setSizePolicy(QSizePolicy.Policy.Fixed if folded else QSizePolicy.Policy.Expanding,
                           QSizePolicy.Policy.Preferred)
        self.fold_button.setArrowType(Qt.ArrowType.RightArrow if folded else Qt.ArrowType.LeftArrow)
        self.fold_button.setToolTip((tr("Show the cards of {set}") if folded else tr("Fold {set} away")).format(
            set=meso.name))
        self.fold_button.setAccessibleName(self.fold_button.toolTip())
        self.archive_button.setCheckable(True)
        self.archive_button.setChecked(meso.archived)
        tip = (tr("Bring {set} back from the archive") if meso.archived else tr(
            "Archive {set}: hide it from this panel (it stays in the plan and the rounds)")).format(set=meso.name)
        self.archive_button.setToolTip(tip)
        self.archive_button.setAccessibleName(tip)
        members = ", ".join(meso.packages)
        level = (tr("{level:.1f} pts").format(level=meso.level) if meso.level is not None
                 else tr("aspiration", "level of a MESO set"))
        self.summary.setText(f"{meso.name}\n{level}\n{members}" + ("\n" + tr("(archived)") if meso.archived else ""))
        self.summary.setToolTip(tr("{set} at {level}: {packages}").format(set=meso.name, level=level, packages=members))

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        c = QColor(self.palette().color(QPalette.ColorRole.Mid))
        p.setPen(QPen(c, 1.0, Qt.PenStyle.DashLine if self.archived else Qt.PenStyle.SolidLine))
        c.setAlpha(40)
        p.setBrush(c)
        p.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8)
        p.end()
