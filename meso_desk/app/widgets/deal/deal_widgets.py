"""The pieces the deal panel is built from: titled sections, ▸/▾ disclosures, point spin boxes,
the post-settlement list, and the agreement's status line in words."""

from __future__ import annotations

import html

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDoubleSpinBox,
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ....model.deal.post_settlement import PostSettlement
from ....model.deal.zopa import Zopa, agreed_package
from ....model.language import QT_TR_NOOP, current_language, tr
from ....model.offers.status import package_status
from ....model.plan import Plan
from ..entry_spin import DoubleSpinBox
from ..look import readable

RED = "#b3261e"
AMBER = "#9a5b00"
GREEN = "#2e7d4f"
ITEM_PAD = 5
LIST_STYLE = (f"QListWidget::item {{ padding: {ITEM_PAD}px; border-bottom: 1px solid palette(midlight); }} "
              "QListWidget::item:selected { background: palette(alternate-base); color: palette(text); "
              "border-left: 3px solid palette(highlight); }")
_MUTED = "color:palette(placeholder-text)"
#: The source of an agreement or quote whose terms were typed in (stored in the plan as is,
#: shown translated)
ENTERED_BY_HAND = QT_TR_NOOP("entered by hand")


class WrappedText(QLabel):
    """A word-wrapping, selectable label that asks for the height its text needs at its width."""

    def __init__(self, text: str = "", object_name: str = "", rich: bool = False) -> None:
        super().__init__(text)
        if object_name:
            self.setObjectName(object_name)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def hasHeightForWidth(self) -> bool:
        return True

    def minimumSizeHint(self) -> QSize:
        return QSize(60, super().minimumSizeHint().height())


def rule() -> QFrame:
    """A thin sunken line between sections."""
    f = QFrame()
    f.setFrameShape(QFrame.Shape.HLine)
    f.setFrameShadow(QFrame.Shadow.Sunken)
    return f


class Section(QFrame):
    """A titled block of the panel that folds away: its title is a flat ▾/▸ button (the rule
    above it is hidden for the first section of a column)."""

    def __init__(self, title: str, object_name: str, tip: str = "") -> None:
        super().__init__()
        self.setObjectName(object_name)
        self.title = QToolButton(objectName=f"{object_name}Title")
        self.title.setText(title)
        self.title.setCheckable(True)
        self.title.setChecked(True)
        self.title.setAutoRaise(True)
        self.title.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.title.setArrowType(Qt.ArrowType.DownArrow)
        f = self.title.font()
        f.setWeight(QFont.Weight.DemiBold)
        f.setPointSizeF(f.pointSizeF() * 1.05)
        self.title.setFont(f)
        self.title.setStyleSheet("QToolButton { border: none; background: transparent; padding: 1px 0; }")
        self.title.setToolTip(tr("{tip} — click to fold or unfold").format(tip=tip) if tip
                              else tr("click to fold or unfold"))
        self.title.toggled.connect(self.set_open)
        self.content = QWidget(objectName=f"{object_name}Content")
        self._inner = QVBoxLayout(self.content)
        self._inner.setContentsMargins(0, 0, 0, 0)
        self._inner.setSpacing(4)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(0, 0, 0, 6)
        self.body.setSpacing(2)
        self.rule = rule()
        self.body.addWidget(self.rule)
        self.body.addWidget(self.title)
        self.body.addWidget(self.content)

    def add(self, w) -> None:
        if isinstance(w, QWidget):
            self._inner.addWidget(w)
        else:
            self._inner.addLayout(w)

    def set_open(self, on: bool) -> None:
        """Unfold (True) or fold the section's content away."""
        if self.title.isChecked() != on:
            self.title.setChecked(on)
            return
        self.title.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        self.content.setVisible(on)

    def is_open(self) -> bool:
        return self.title.isChecked()


def guarded(on_error, refresh, fn, *args):
    """``fn(*args)`` (an edit of the plan), or ``None`` when it refuses: the reason goes to
    ``on_error`` and ``refresh()`` shows the plan as it still is."""
    try:
        return fn(*args)
    except ValueError as e:
        on_error(str(e))
        refresh()
        return None


def disclosure(text: str, name: str, open_: bool) -> QToolButton:
    """A flat ▸/▾ button that shows or hides the block below it."""
    b = QToolButton(objectName=name)
    b.setText(text)
    b.setCheckable(True)
    b.setChecked(open_)
    b.setAutoRaise(True)
    b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    b.setArrowType(Qt.ArrowType.DownArrow if open_ else Qt.ArrowType.RightArrow)
    b.toggled.connect(lambda on: b.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow))
    b.setToolTip(tr("Show or hide: {what}").format(what=text.lower() if current_language() == "en" else text))
    return b


def points_spin(name: str, tip: str) -> QDoubleSpinBox:
    """A spin box for a value in our points (0–100)."""
    w = DoubleSpinBox(objectName=name)
    w.setRange(0.0, 100.0)
    w.setDecimals(1)
    w.setSingleStep(0.5)
    w.setKeyboardTracking(False)
    w.setSuffix(tr(" pts"))
    w.setToolTip(tip)
    w.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
    return w


def agreement_html(plan: Plan) -> str:
    """The agreement's points against reservation and aspiration (the one status rule), its
    problems and where it came from."""
    a = plan.agreement
    if a is None:
        return f"<span style='{_MUTED}'>" + html.escape(tr("No agreement recorded yet.")) + "</span>"
    pkg = agreed_package(plan)
    st = package_status(plan, pkg, target=plan.aspiration)
    reached = st.at_target or st.value > st.target
    colour = RED if st.below_reservation else (GREEN if reached else "")
    style = f" style='color:{colour}'" if colour else ""
    lines = [f"<b{style}>" + tr("{value:.1f} points").format(value=st.value) + "</b>"]
    if st.below_reservation:
        lines.append(f"<span style='color:{RED}'>"
                     + tr("{gap:.1f} below your reservation {reservation:.1f}").format(
                         gap=st.reservation - st.value, reservation=st.reservation) + "</span>")
    else:
        lines.append(tr("{gap:.1f} above reservation").format(gap=st.value - st.reservation))
    lines.append(tr("at or above aspiration") if reached
                 else tr("{gap:.1f} short of aspiration").format(gap=st.target - st.value))
    out = " · ".join(lines)
    if not pkg.acceptable:
        out += f"<br><span style='color:{RED}'>{html.escape('; '.join(pkg.violations))}</span>"
    if a.source:
        source = tr(ENTERED_BY_HAND) if a.source == ENTERED_BY_HAND else a.source
        out += f"<br><span style='{_MUTED}'>{html.escape(source)}</span>"
    return out


def zopa_html(z: Zopa) -> str:
    """The ZOPA's headline, coloured by how likely one exists, and its details."""
    lines = list(z.lines[2:]) if len(z.lines) > 2 else list(z.lines)
    head = z.lines[2] if len(z.lines) > 2 else ""
    if z.probability is not None:
        colour = GREEN if z.probability >= 0.7 else (RED if z.probability < 0.3 else AMBER)
    else:
        colour = RED if z.exists is False else AMBER
    colour = readable(colour).name()  # AA on the palette in use (issue 17)
    body = "<br>".join(html.escape(x) for x in lines[1:])
    return (f"<span style='color:{colour}'><b>{html.escape(head)}</b></span>"
            + (f"<br><span style='{_MUTED}'>{body}</span>" if body else ""))


class SettlementList(QListWidget):
    """The post-settlement alternatives, one item each (A, B, C: what it changes, its summary and
    its change of the total cost); every item as tall as its wrapped text, the list as tall as
    its items (it never scrolls inside the scrolling panel)."""

    def __init__(self) -> None:
        super().__init__(objectName="dealPssList")
        self.setWordWrap(True)
        self.setStyleSheet(LIST_STYLE)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def show_result(self, result: PostSettlement | None) -> None:
        self.clear()
        if result is not None:
            for k, s in enumerate(result.suggestions):
                money = result.total_change(s)  # ours: the panel is internal (docs/total-cost.md)
                text = f"{chr(65 + k)}: " + "\n".join(c.text for c in s.changes) + f"\n{s.summary}{money}"
                it = QListWidgetItem(text)
                it.setToolTip(s.describe() + money)
                it.setData(Qt.ItemDataRole.UserRole, k)
                self.addItem(it)
            if result.suggestions:
                self.setCurrentRow(0)
        self.fit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width() and self.count():
            QTimer.singleShot(0, self, self.fit)  # a new width wraps the items anew (after this layout pass)

    def fit(self) -> None:
        """Give every item the height its wrapped text needs at the list's width."""
        n = self.count()
        self.setVisible(n > 0)
        if not n:
            return
        width = max(120, self.viewport().width() - 2 * ITEM_PAD - 6)
        fm = self.fontMetrics()
        total = 0
        for i in range(n):
            it = self.item(i)
            r = fm.boundingRect(0, 0, width, 10_000, int(Qt.TextFlag.TextWordWrap), it.text())
            h = r.height() + 2 * ITEM_PAD + 2
            it.setSizeHint(QSize(width, h))
            total += h
        self.setFixedHeight(total + 2 * self.frameWidth() + 2)
