"""One package as a card in the package panel: :class:`PackageColumn`, with a
:class:`~meso_desk.app.widgets.packages.term_editor.TermEditor` row per issue.

A column shows the package's name (rename in place), its score as a number and a bar
against the target level and the reservation, its status in words with an icon (the one
rule of :mod:`~meso_desk.model.offers.status`), the "Hold value" switch with how the last
rebalance went, and a term editor (caption, term, slider, lock) per issue.

A column edits nothing itself: every gesture calls a method of its
:class:`~meso_desk.app.widgets.packages.package_panel.PackagePanel` (what a column may ask
of it is :class:`ColumnHost`), which calls the edit function and applies the new plan. A slider press and release open and close the
document's gesture (:meth:`~meso_desk.app.document.PlanDocument.begin_gesture`), so a drag
is one undo step and "Hold value" rebalances from the plan as it was when the drag began.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPalette, QPen, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ....model.approvals.rules import approvals
from ....model.base import Term
from ....model.language import number, tr
from ....model.offers.contingent import total_cost_words
from ....model.offers.relationship import relationship_line
from ....model.offers.status import package_status
from ....model.plan import Plan
from ...document import PlanDocument
from ..common import ElidedLabel, one_line_field, paint_card, steady
from .contingent_card import ExpectedTag, add_contingent_menu
from .score_bar import ScoreBar
from .term_editor import CAPTION_ABOVE, CAPTION_AIR, ONE_LINE, TWO_LINES, TermEditor

#: a card's narrowest and widest width: cards share the panel's width between these, so a
#: wide screen shows wider cards (longer terms whole) rather than an empty area
COLUMN_WIDTH = 252
COLUMN_MAX_WIDTH = 560
#: during a drag, the card's total-cost and approvals lines are brought up to date this often
SECONDARY_MS = 90


def _same(a: Any, b: Any) -> bool:
    return a is b or a == b


class ColumnHost(Protocol):
    """What a column asks of the panel it sits in (the panel's shared look, and its edits)."""

    lock_icon: QIcon
    muted_palette: QPalette

    @property
    def document(self) -> PlanDocument: ...

    def pixmap(self, status: str, size: int) -> QPixmap: ...

    def status_qcolor(self, status: str) -> QColor: ...

    def move_term(self, package: str, issue: str, term: Term, dragging: bool = False) -> bool: ...

    def set_term_locked(self, package: str, issue: str, on: bool) -> bool: ...

    def set_all_locked(self, package: str, on: bool) -> bool: ...

    def set_hold_value(self, package: str, on: bool) -> bool: ...

    def duplicate_package(self, name: str | None = None) -> str | None: ...

    def delete_package(self, name: str | None = None) -> bool: ...

    def rename_package(self, old: str, new: str) -> str | None: ...


# =============================================================================================
class PackageColumn(QFrame):
    """One package as a card."""

    clicked = Signal(str)

    def __init__(self, panel: ColumnHost, plan: Plan, name: str) -> None:
        super().__init__()
        self.setObjectName("packageColumn")
        self.panel = panel
        self.package_name = name
        self._selected = False
        self._last: tuple | None = None
        self._renaming = False
        self.setMinimumWidth(COLUMN_WIDTH)
        self.setMaximumWidth(COLUMN_MAX_WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAutoFillBackground(False)
        self._build_card(panel, name)
        self.editors: dict[str, TermEditor] = {}
        self.build_terms(plan)
        self.bind(name)

    def _build_card(self, panel: ColumnHost, name: str) -> None:
        """The card, compact enough that every term shows in a panel about 330 pixels high:
        name · set · menu; score, status; bar; (a spare line); Hold value; one line per term."""
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 5, 8, 6)
        lay.setSpacing(2)

        head = QHBoxLayout()
        head.setSpacing(4)
        f = QFont(self.font())
        f.setBold(True)
        f.setPointSizeF(f.pointSizeF() * 1.1)
        # the name: a label (elided) that turns into a line edit to rename in place
        self.name_label = ElidedLabel(name)
        self.name_label.setObjectName("packageTitle")
        self.name_label.setFont(f)
        self.name_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.name_label.installEventFilter(self)
        self.name_edit = one_line_field(QLineEdit(name))
        self.name_edit.setObjectName("packageName")
        self.name_edit.setFont(f)
        self.name_edit.setToolTip(tr("Enter to rename, Esc to cancel"))
        self.name_edit.hide()
        self.name_edit.returnPressed.connect(lambda: self._finish_rename(keep_open=True))
        self.name_edit.installEventFilter(self)
        self.kind = QLabel()
        self.kind.setObjectName("packageKind")
        self.kind.setProperty("muted", True)
        self.kind.setPalette(panel.muted_palette)
        self.menu_button = QToolButton()
        self.menu_button.setObjectName("packageMenu")
        self.menu_button.setAutoRaise(True)
        self.menu_button.setText("⋯")
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_button.setToolTip(tr("Rename, duplicate or delete this package, or make a term contingent"))
        self.menu_button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")
        menu = QMenu(self.menu_button)
        menu.addAction(tr("Rename"), self.start_rename)
        menu.addAction(tr("Duplicate"), lambda: panel.duplicate_package(self.package_name))
        menu.addSeparator()
        menu.addAction(tr("Lock all terms"), lambda: panel.set_all_locked(self.package_name, True))
        menu.addAction(tr("Unlock all terms"), lambda: panel.set_all_locked(self.package_name, False))
        menu.addSeparator()
        self.contingent_menu = add_contingent_menu(menu, self)
        menu.addSeparator()
        menu.addAction(tr("Delete"), lambda: panel.delete_package(self.package_name))
        self.menu_button.setMenu(menu)
        head.addWidget(self.name_label, 1)
        head.addWidget(self.name_edit, 1)
        head.addWidget(self.kind)
        head.addWidget(self.menu_button)
        lay.addLayout(head)
        self.name_error = QLabel()
        self.name_error.setObjectName("packageNameError")
        self.name_error.setWordWrap(True)
        pal = self.name_error.palette()
        pal.setColor(QPalette.ColorRole.WindowText, panel.status_qcolor("below"))
        self.name_error.setPalette(pal)
        self.name_error.hide()
        lay.addWidget(self.name_error)

        score_row = QHBoxLayout()
        score_row.setSpacing(4)
        self.score_label = QLabel("—")
        self.score_label.setObjectName("scoreLabel")
        sf = QFont(self.score_label.font())
        sf.setPointSizeF(sf.pointSizeF() * 1.6)
        sf.setBold(True)
        self.score_label.setFont(sf)
        self.score_label.setToolTip(tr("Our value of this package in points (0–100)"))
        self.score_label.setMinimumWidth(self.score_label.fontMetrics().horizontalAdvance("100.0") + 2)
        pts = QLabel(tr("pts"))
        pts.setPalette(panel.muted_palette)
        self.status_icon = QLabel()
        self.status_icon.setObjectName("statusIcon")
        self.status_icon.setFixedSize(16, 16)
        self.status_text = ElidedLabel(words=True)
        self.status_text.setObjectName("packageStatus")
        self.status_text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        score_row.addWidget(steady(self.score_label), 0, Qt.AlignmentFlag.AlignVCenter)
        score_row.addWidget(pts, 0, Qt.AlignmentFlag.AlignVCenter)
        self.expected_tag = ExpectedTag(self)  # a contingent package's points are an expected value
        score_row.addWidget(self.expected_tag, 0, Qt.AlignmentFlag.AlignVCenter)
        score_row.addSpacing(4)
        # the status (icon and words) beside the score, or on a line of its own when the card
        # has the height (_place_terms), so that "28.2 short of the target (70.0)" shows whole
        self.status_box = QWidget()
        status_lay = QHBoxLayout(self.status_box)
        status_lay.setContentsMargins(0, 0, 0, 0)
        status_lay.setSpacing(4)
        status_lay.addWidget(self.status_icon, 0, Qt.AlignmentFlag.AlignVCenter)
        status_lay.addWidget(steady(self.status_text), 1, Qt.AlignmentFlag.AlignVCenter)
        score_row.addWidget(self.status_box, 1)
        self._score_row = score_row
        lay.addLayout(score_row)
        self.bar = ScoreBar()
        lay.addWidget(self.bar)
        # one short line under the score for what a later feature adds (the total cost)
        self.extra_line = ElidedLabel()
        self.extra_line.setObjectName("packageExtra")
        self.extra_line.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.extra_line.hide()
        self.extra_box = steady(self.extra_line)  # changes in every frame of a term drag
        self.extra_box.hide()
        lay.addWidget(self.extra_box)
        # who on our side signs this package off and who objects (docs/approvals.md)
        self.approvals_line = ElidedLabel()
        self.approvals_line.setObjectName("packageApprovals")
        self.approvals_line.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.approvals_line.hide()
        self._approvals_key: tuple | None = None
        self._cost_key: tuple | None = None
        self._secondary_timer = QTimer(self)
        self._secondary_timer.setSingleShot(True)
        self._secondary_timer.setInterval(SECONDARY_MS)
        self._secondary_timer.timeout.connect(self._secondary_lines)
        lay.addWidget(self.approvals_line)

        self.hold = QCheckBox(tr("Hold value"))
        self.hold.setObjectName("holdValue")
        self.hold.toggled.connect(lambda on: panel.set_hold_value(self.package_name, on))
        self.hold_message = ElidedLabel()
        self.hold_message.setObjectName("holdMessage")
        self.hold_message.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.hold_message.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        hold_row = QHBoxLayout()
        hold_row.setSpacing(4)
        hold_row.addWidget(self.hold)
        hold_row.addWidget(steady(self.hold_message), 1)
        lay.addLayout(hold_row)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        lay.addWidget(line)
        self._terms_host = QWidget()
        self._grid = QGridLayout(self._terms_host)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(3)
        self._grid.setVerticalSpacing(0)
        self._grid.setColumnStretch(0, 2)
        self._grid.setColumnStretch(1, 3)
        self._grid.setColumnStretch(3, 3)
        lay.addWidget(self._terms_host)
        lay.addStretch(1)

    def set_extra_line(self, text: str, tip: str = "") -> None:
        """Show ``text`` on the card's spare line under the score (hidden when empty)."""
        self.extra_line.setText(text)
        self.extra_line.setToolTip(tip)
        self.extra_line.setVisible(bool(text))
        self.extra_box.setVisible(bool(text))

    # -- structure ---------------------------------------------------------------------
    def build_terms(self, plan: Plan) -> None:
        for ed in self.editors.values():
            for w in ed.widgets():
                w.hide()
                w.setParent(None)
                w.deleteLater()
        # layouts of the old rows
        while self._grid.count():
            item = self._grid.takeAt(0)
            if item.layout() is not None:
                item.layout().deleteLater()
        self.editors = {}
        for r, issue in enumerate(plan.issues):
            self.editors[issue.name] = TermEditor(self, issue, self._grid, r, plan.issue_names)
        self._last = None
        self._mode = ONE_LINE
        self._place_terms()

    def fit_height(self, available: int) -> None:
        """The panel says how high this card may be without scrolling (its viewport less the
        card's place in it); the card picks how to lay out its terms to match."""
        self._available = available
        self._place_terms()

    def _place_terms(self) -> None:
        """Where the card has the height: two lines per term (the status on a line of its own too),
        unless a name cut short beside its term would read like another's ("Lieferzeit ab
        Beste…" twice); then each name on a line of its own above its slider, across the card.
        Where it has not: one line. The card's own height cannot decide (a scroll area never
        makes it lower than its minimum)."""
        available = getattr(self, "_available", 0)
        if not self.editors or available <= 0:
            return
        lay = self.layout()
        eds = self.editors.values()
        n = len(self.editors)
        line = max(ed.slider.sizeHint().height() for ed in eds)
        # a caption line's height as it is on a line of its own, whatever the layout now
        caption = max(ed.caption.sizeHint().height() - ed.caption.contentsMargins().top() for ed in eds) + CAPTION_AIR
        extra = {ONE_LINE: 0, CAPTION_ABOVE: n * caption,
                 TWO_LINES: n * line + self.status_box.sizeHint().height() + lay.spacing()}
        need_one = lay.minimumSize().height() - extra[self._mode]
        fits = {m: available >= need_one + extra[m] + 2 * n for m in (TWO_LINES, CAPTION_ABOVE)}
        if fits[TWO_LINES] and (not fits[CAPTION_ABOVE] or self._names_apart_beside_terms()):
            mode = TWO_LINES
        else:
            mode = CAPTION_ABOVE if fits[CAPTION_ABOVE] else ONE_LINE
        self._set_mode(mode)

    def take_layout_of(self, other: PackageColumn) -> None:
        """Lay the terms out as ``other`` (a card beside it) does, before this new card is shown:
        it is fitted once placed (:meth:`fit_height`), and mostly keeps this (no second layout)."""
        self._available = getattr(other, "_available", 0)
        self._set_mode(other._mode)

    def _set_mode(self, mode: str) -> None:
        lay = self.layout()
        if mode == self._mode:
            return
        if TWO_LINES in (mode, self._mode):  # the status beside the score, or on a line of its own
            if mode == TWO_LINES:
                self._score_row.removeWidget(self.status_box)
                lay.insertWidget(lay.indexOf(self.bar), self.status_box)
            else:
                lay.removeWidget(self.status_box)
                self._score_row.addWidget(self.status_box, 1)
        self._mode = mode
        for ed in self.editors.values():
            ed.place(mode)

    def _names_apart_beside_terms(self) -> bool:
        """Whether the issues' names, cut to the room beside their terms (two lines per term),
        still read differently: no cut name is the start of another name."""
        eds = list(self.editors.values())
        m = self.layout().contentsMargins()
        room = self.width() - m.left() - m.right() - max(ed.term.minimumWidth() for ed in eds) - 12
        fm = eds[0].caption.fontMetrics()
        names = [ed.name for ed in eds]
        for name in names:
            cut = fm.elidedText(name, Qt.TextElideMode.ElideRight, room)
            seen = cut.removesuffix("…").rstrip()
            if cut != name and any(o != name and o.startswith(seen) for o in names):
                return False
        return True

    def rebind_issues(self, plan: Plan) -> None:
        """Issues changed without changing their grids: point the editors at the new ones."""
        for issue in plan.issues:
            ed = self.editors.get(issue.name)
            if ed is not None:
                ed.rebind(issue, self.package_name)
        self._last = None

    def bind(self, name: str) -> None:
        self.package_name = name
        self.setProperty("package", name)
        for w in (self.name_label, self.name_edit, self.hold, self.score_label, self.bar, self.status_text,
                  self.menu_button):
            w.setProperty("package", name)
        if not self._renaming:
            self.name_edit.setText(name)
        self._elide_name()
        self.name_label.setAccessibleName(tr("Package {name}").format(name=name))
        self.name_edit.setAccessibleName(tr("Name of package {name}").format(name=name))
        self.menu_button.setAccessibleName(tr("Actions for package {name}").format(name=name))  # not "⋯"
        self.hold.setToolTip(tr("Hold the value of {name}: moving one term moves the others so that its points "
                                "stay the same (locked terms stay put).").format(name=name))
        for ed in self.editors.values():
            ed.bind(name)
        self._last = None

    # -- values ------------------------------------------------------------------------
    def update_from(self, plan: Plan) -> None:
        sp = plan.stored_package(self.package_name)
        self._update_approvals(plan, sp)
        meso = plan.meso_set_of(self.package_name)
        # unchanged package, issues, weights and levels: nothing to redo (a drag in another
        # column leaves this one alone); pydantic rebuilds containers, so compare contents
        key = (sp, plan.issues, plan.weights, plan.reservation, plan.aspiration, meso, plan.costs, plan.events,
               plan.goodwill, plan.relationship_weight)
        last = self._last
        if (last is not None and last[0] is sp and last[5] == meso and last[6] is plan.costs
                and _same(last[7], plan.events) and last[8] == plan.goodwill and last[9] == plan.relationship_weight
                and last[2] == plan.weights
                and last[3] == plan.reservation and last[4] == plan.aspiration and len(last[1]) == len(plan.issues)
                and all(a is b for a, b in zip(last[1], plan.issues))):
            return
        self._last = key
        st = package_status(plan, sp.name)
        status, value, target = st.status, st.value, st.target
        self.score_label.setText(number(value, 1))
        self.score_label.setProperty("score", value)
        self.bar.set_values(value, target, plan.reservation, status)
        self.bar.setToolTip(tr("{value:.1f} points; target {target:.1f}, reservation {reservation:.1f}").format(
            value=value, target=target, reservation=plan.reservation))
        self.bar.setProperty("status", status)
        self.status_text.setText(st.text)
        self.status_text.setToolTip(st.details)
        self._total_cost_line(plan, sp)
        self.status_icon.setToolTip(st.details)
        if status != self.property("status"):
            # palette and pixmap only when the status changes: a palette change repaints
            # and re-polishes, too much for every frame of a drag
            self.status_icon.setPixmap(self.panel.pixmap(status, 16))
            pal = self.status_text.palette()
            pal.setColor(QPalette.ColorRole.WindowText,
                         self.panel.status_qcolor(status) if status in ("below", "unacceptable")
                         else self.palette().color(QPalette.ColorRole.WindowText))
            self.status_text.setPalette(pal)
            self.setProperty("status", status)
        if meso is not None:
            lvl = f" · {number(meso.level, 1)}" if meso.level is not None else ""
            self.kind.setText(f"{meso.name}{lvl}")
            self.kind.setToolTip(tr("Part of the MESO set {set}: {packages}, offered together").format(
                set=meso.name, packages=", ".join(meso.packages)))
        else:
            self.kind.setText("")
            self.kind.setToolTip("")
        with QSignalBlocker(self.hold):
            self.hold.setChecked(sp.hold_value)
        locked = set(sp.locked)
        for name, ed in self.editors.items():
            ed.update(plan, sp.terms, name in locked, sp.clauses.get(name))
        self.expected_tag.show_for(plan, sp)

    def _update_approvals(self, plan: Plan, sp) -> None:
        """The approvals line: "✓ CFO · ✗ Quality: warranty 12 < 24 months", the whole in the tooltip."""
        last = self._approvals_key  # the same objects when only a weight or another package moved
        # equal, not identical: a weight edit revalidates the plan into new (equal) containers
        if (last is not None and last[0] == sp.terms and _same(last[1], plan.approvers)
                and _same(last[2], plan.costs) and _same(last[3], plan.issues)):
            return
        if self.panel.document.in_gesture and last is not None:
            # in a drag the lines follow at a calmer pace (they are read, not steered by):
            # at most every SECONDARY_MS, and once more when it ends
            if not self._secondary_timer.isActive():
                self._secondary_timer.start()
            return
        self._approvals_key = (sp.terms, plan.approvers, plan.costs, plan.issues)
        a = approvals(plan, [sp.terms]) if plan.approvers else None
        text = a.line(0) if a is not None else ""
        self.approvals_line.setText(text)
        self.approvals_line.setToolTip("\n".join(a.detail(0)) if a is not None and text else "")
        objects = bool(a is not None and not a.accepted[0])
        pal = self.approvals_line.palette()
        pal.setColor(QPalette.ColorRole.WindowText, self.panel.status_qcolor("unacceptable") if objects
                     else self.palette().color(QPalette.ColorRole.WindowText))
        self.approvals_line.setPalette(pal)
        self.approvals_line.setVisible(bool(text))

    def _secondary_lines(self) -> None:
        """The timer's catch-up: the total cost and approvals of the package as it is now."""
        plan = self.panel.document.plan
        if self.package_name in plan.package_names:
            sp = plan.stored_package(self.package_name)
            self._approvals_key = None
            self._cost_key = None
            self._update_approvals(plan, sp)
            self._total_cost_line(plan, sp)

    def _total_cost_line(self, plan: Plan, sp) -> None:
        key = self._cost_key
        now = (sp.terms, plan.costs, plan.issues, plan.goodwill, plan.relationship_weight, sp.clauses, plan.events)
        if key is not None and all(_same(a, b) for a, b in zip(key, now)):
            return  # not on a weight drag
        if self.panel.document.in_gesture and key is not None:
            if not self._secondary_timer.isActive():
                self._secondary_timer.start()
            return
        self._cost_key = now
        # money is shown, not scored (docs/total-cost.md); the tooltip adds it up; a contingent
        # package at its expected total, as its points (docs/contingent-terms.md)
        cost, cost_tip = total_cost_words(plan, plan.package(sp.name))
        rel, rel_tip = relationship_line(plan, sp.terms)  # the second number (docs/behind-the-table.md)
        text = " · ".join(x for x in (cost, rel) if x)
        if text != self.extra_line.full_text():
            self.set_extra_line(text, "\n\n".join(x for x in (cost_tip, rel_tip) if x))

    def set_hold_message(self, note: Any = None) -> None:
        """Say how "Hold value" went (``note``, a TermsEdit): its brief beside the switch, the sentence as tooltip."""
        if note is None:
            self.hold_message.clear()
            self.hold_message.setToolTip("")
            return
        pal = self.hold_message.palette()
        pal.setColor(QPalette.ColorRole.WindowText, self.panel.status_qcolor(note.status))
        self.hold_message.setPalette(pal)
        self.hold_message.setText(note.brief or note.message)
        self.hold_message.setToolTip(note.message)

    def _elide_name(self) -> None:
        self.name_label.setText(self.package_name)
        self.name_label.setToolTip(tr("{name} — double-click (or F2) to rename").format(name=self.package_name))

    # -- selection ---------------------------------------------------------------------
    def set_selected(self, on: bool) -> None:
        if on != self._selected:
            self._selected = on
            self.setProperty("selected", on)
            self.update()

    @property
    def selected(self) -> bool:
        return self._selected

    def mousePressEvent(self, event) -> None:
        self.clicked.emit(self.package_name)
        super().mousePressEvent(event)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        # only the name's label and editor are filtered (few events); focus on any control
        # of the column selects the package through the panel's focusChanged handler
        et = event.type()
        if et == QEvent.Type.MouseButtonPress:
            self.clicked.emit(self.package_name)
        if obj is self.name_label and et == QEvent.Type.MouseButtonDblClick:
            self.start_rename()
            return True
        if obj is self.name_edit:
            if et == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
                self.cancel_rename()
                return True
            if et == QEvent.Type.FocusOut and self._renaming:
                self._finish_rename(keep_open=False)
        return False

    def paintEvent(self, event) -> None:
        hl = self.palette().color(QPalette.ColorRole.Highlight)
        paint_card(self, QPen(hl, 2.0) if self._selected else None)

    # -- rename ------------------------------------------------------------------------
    @property
    def renaming(self) -> bool:
        return self._renaming

    def start_rename(self) -> None:
        """Turn the name into a line edit (Enter renames, Esc or leaving cancels a bad name)."""
        self._renaming = True
        self.name_edit.setText(self.package_name)
        self.name_label.hide()
        self.name_edit.show()
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.name_edit.selectAll()

    def cancel_rename(self) -> None:
        self._end_rename()
        self.name_error.hide()

    def _end_rename(self) -> None:
        self._renaming = False
        self.name_edit.hide()
        self.name_label.show()
        self.name_edit.setText(self.package_name)
        self._elide_name()

    def _finish_rename(self, keep_open: bool) -> None:
        if not self._renaming:
            return
        new = self.name_edit.text().strip()
        if new == self.package_name:
            self.cancel_rename()
            return
        error = self.panel.rename_package(self.package_name, new)
        if error is None:
            self.name_error.hide()
            self._end_rename()
            return
        self.name_error.setText(tr("Not renamed: {error}").format(error=error))
        self.name_error.show()
        if not keep_open:
            self._end_rename()

