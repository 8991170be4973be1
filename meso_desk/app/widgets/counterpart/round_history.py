"""RoundHistory: the rounds recorded so far, newest first, each a small card.

A card says when it was, at what level, which packages were on the table (chips A, B, C
with their reaction marked: the one they chose filled, ranks numbered, an accepted one
ticked, a refused set crossed out), the reaction in words, a counter-offer and a statement
if any, the notes, and — on request — the offered terms side by side. Edit and Delete
buttons ask the panel to change the round (one undoable step each).

Handles: every card is ``roundCard`` with the dynamic property ``round`` (its index in
``plan.rounds``); its buttons are ``roundEdit`` and ``roundDelete``.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from ....model.counterpart.reactions import answer_words
from ....model.language import current_language, short_date_time, tr
from ....model.plan import Plan, Round
from ..common import ElidedLabel
from ..glyphs import STATUS_COLOURS
from ..look import fill_behind, secondary_text_colour
from ..wrap_label import WrapLabel


# -- words (pure functions) --------------------------------------------------------------------
def reaction_words(r: Round) -> str:
    """The reaction of round ``r`` in a few words: "Chose B", "Ranked B > A", "None acceptable —
    liked B best", "Accepted A", "No preference stated"."""
    if not r.offered:
        return tr("Nothing offered — they answered a question")
    labels = [o.label for o in r.offered]
    ranked = [labels[i] for i in r.ranking]
    if r.outcome == "accepted" and r.accepted is not None:
        if len(ranked) > 1:
            return tr("Accepted {package} (ranked {ranking})").format(package=labels[r.accepted],
                                                                      ranking=" > ".join(ranked))
        return tr("Accepted {package}").format(package=labels[r.accepted])
    if r.outcome == "none_acceptable":
        if not ranked:
            return tr("None of these acceptable")
        if len(ranked) == 1:
            return tr("None acceptable — liked {package} best").format(package=ranked[0])
        return tr("None acceptable — preferred {ranking}").format(ranking=" > ".join(ranked))
    if not ranked:
        return tr("No preference stated")
    if len(ranked) == 1:
        return tr("Chose {package}").format(package=ranked[0])
    rest = [x for x in labels if x not in ranked]
    if rest:
        return tr("Ranked {ranking} ({others} not ranked)").format(ranking=" > ".join(ranked),
                                                                   others=", ".join(rest))
    return tr("Ranked {ranking}").format(ranking=" > ".join(ranked))


def counter_words(plan: Plan, r: Round) -> str:
    if not r.counter_offer:
        return ""
    parts = []
    for name, term in r.counter_offer.items():
        try:
            parts.append(f"{name} {plan.issue(name).format_term(term)}")
        except KeyError:  # pragma: no cover - plan validation keeps rounds consistent
            parts.append(f"{name} {term}")
    return "; ".join(parts)


def statement_words(r: Round) -> str:
    bits = []
    if r.statement:
        bits.append(tr("“{words}”", "quoted words").format(words=r.statement))
    if r.statement_issue:
        bits.append(tr("→ {issue} matters most (trust {trust:.0f} %)").format(issue=r.statement_issue,
                                                                             trust=100 * r.statement_trust))
    return " ".join(bits)


def round_summary(r: Round) -> str:
    """One line for the undo history: "chose B", "none acceptable", "counter-offer" …"""
    no_preference = (not r.ranking and r.outcome != "none_acceptable"
                     and not (r.outcome == "accepted" and r.accepted is not None))
    words = reaction_words(r)
    if no_preference:  # "No preference stated"
        if r.counter_offer:
            return tr("counter-offer")
        if r.statement or r.statement_issue:
            return tr("statement", "what they said in a round")
        if r.issue_over or r.preferred_term:
            return tr("answer", "their answer to a question, in a round")
        return tr("notes", "a round's notes")
    if current_language() != "en":  # German: the sentence's own capitals stay
        return words
    return words[0].lower() + words[1:]


def terms_table_html(plan: Plan, r: Round) -> str:
    """The offered terms side by side (the preferred package's column in bold)."""
    best = r.ranking[0] if r.ranking else None
    head = "".join(f"<th align='right'>&nbsp;{html.escape(o.label)}</th>" for o in r.offered)
    rows = [f"<tr><th></th>{head}</tr>"]
    for name in plan.issue_names:
        issue = plan.issue(name)
        cells = []
        for k, o in enumerate(r.offered):
            t = o.terms.get(name)
            s = "–" if t is None else html.escape(issue.format_term(t))
            cells.append(f"<td align='right'>&nbsp;{'<b>' + s + '</b>' if k == best else s}</td>")
        rows.append(f"<tr><td>{html.escape(name)}</td>{''.join(cells)}</tr>")
    return "<table cellspacing='0' cellpadding='1'>" + "".join(rows) + "</table>"


def terms_list_html(plan: Plan, r: Round) -> str:
    """The offered terms one package per paragraph (for a narrow dock)."""
    best = r.ranking[0] if r.ranking else None
    out = []
    for k, o in enumerate(r.offered):
        terms = ", ".join(html.escape(plan.issue(n).format_term(o.terms[n])) for n in plan.issue_names
                          if n in o.terms)
        lab = html.escape(o.label)
        out.append(f"<p style='margin:0 0 3px 0'><b>{lab}</b>{' ★' if k == best else ''}: {terms}</p>")
    return "".join(out)


# -- chips ------------------------------------------------------------------------------------
class ReactionChips(QWidget):
    """The offered packages as small chips with the reaction marked on them."""

    CHIP_H = 22

    def __init__(self, labels: Sequence[str], ranking: Sequence[int], outcome: str, accepted: int | None,
                 tips: Sequence[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reactionChips")
        self.labels = list(labels)
        self.ranking = list(ranking)
        self.outcome = outcome
        self.accepted = accepted
        self._tips = list(tips)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)

    def _chip_rects(self) -> list[QRectF]:
        fm = self.fontMetrics()
        x, out = 0.0, []
        for lab in self.labels:
            w = max(30.0, fm.horizontalAdvance(lab) + 26.0)
            out.append(QRectF(x + 0.5, 1.5, w, self.CHIP_H - 3))
            x += w + 5
        return out

    def sizeHint(self) -> QSize:
        rects = self._chip_rects()
        w = int(rects[-1].right() + 2) if rects else 10
        if self.outcome == "none_acceptable":
            w += self.fontMetrics().horizontalAdvance(tr("refused all")) + 10
        return QSize(w, self.CHIP_H)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def state_of(self, k: int) -> str:
        """``accepted``, ``chosen`` (first ranked), ``ranked`` or ``plain``."""
        if self.outcome == "accepted" and self.accepted == k:
            return "accepted"
        if self.ranking and self.ranking[0] == k:
            return "chosen"
        if k in self.ranking:
            return "ranked"
        return "plain"

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        hl = pal.color(QPalette.ColorRole.Highlight)
        hl_text = pal.color(QPalette.ColorRole.HighlightedText)
        base = pal.color(QPalette.ColorRole.Base)
        mid = pal.color(QPalette.ColorRole.Mid)
        green = QColor(STATUS_COLOURS["ok"])
        red = QColor(STATUS_COLOURS["below"])
        bold = QFont(self.font())
        bold.setBold(True)
        refused = self.outcome == "none_acceptable"
        rects = self._chip_rects()
        for k, (lab, r) in enumerate(zip(self.labels, rects)):
            state = self.state_of(k)
            if state == "accepted":
                fill, fg, border = fill_behind("#ffffff", green), QColor("#ffffff"), green  # AA (issue 17)
            elif state == "chosen":
                fill, fg, border = fill_behind(hl_text, hl), hl_text, hl
            else:
                fill, fg, border = base, text, (hl if state == "ranked" else mid)
            p.setPen(QPen(border, 1.4 if state == "ranked" else 1.0))
            p.setBrush(fill)
            p.drawRoundedRect(r, 5, 5)
            p.setFont(bold if state != "plain" else self.font())
            p.setPen(fg)
            mark = ""
            if state == "accepted":
                mark = " ✓"
            elif state in ("chosen", "ranked") and len(self.ranking) > 1:
                mark = f" {self.ranking.index(k) + 1}"
            elif state == "chosen":
                mark = " ★"
            p.drawText(r, Qt.AlignmentFlag.AlignCenter, lab + mark)
            if refused:
                p.setPen(QPen(red, 1.4))
                p.drawLine(QPointF(r.left() + 4, r.bottom() - 4), QPointF(r.right() - 4, r.top() + 4))
        if refused and rects:
            p.setPen(red)
            p.setFont(self.font())
            x = rects[-1].right() + 8
            p.drawText(QRectF(x, 0, self.width() - x, self.CHIP_H), Qt.AlignmentFlag.AlignVCenter, tr("refused all"))
        p.end()

    def event(self, e) -> bool:
        if e.type() == QEvent.Type.ToolTip:
            for k, r in enumerate(self._chip_rects()):
                if r.contains(QPointF(e.pos())) and k < len(self._tips):
                    QToolTip.showText(e.globalPos(), self._tips[k], self)
                    return True
            QToolTip.hideText()
            return True
        return super().event(e)


# -- one round --------------------------------------------------------------------------------
def _when(moment) -> str:
    """``4 Dec 14:05`` in English; German writes its own date (``04.12.2026 14:05``)."""
    local = moment.astimezone()
    if current_language() == "en":
        return local.strftime("%d %b %H:%M").lstrip("0")
    return short_date_time(local)


def _muted(label: QLabel) -> None:
    pal = label.palette()
    pal.setColor(QPalette.ColorRole.WindowText, secondary_text_colour(pal))  # readable (issue 17)
    label.setPalette(pal)


class RoundCard(QFrame):
    """One recorded round (see the module docs)."""

    editRequested = Signal(int)
    deleteRequested = Signal(int)

    def __init__(self, plan: Plan, index: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roundCard")
        self.setProperty("round", index)
        self.index = index
        r = plan.rounds[index]
        self.round = r
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 6, 6, 8)
        lay.setSpacing(3)
        lay.addLayout(self._build_head(r, index))
        lay.addWidget(self._build_meta(r))
        self._build_reaction(lay, plan, r)
        self._build_details(lay, plan, r)

    def _build_head(self, r: Round, index: int) -> QHBoxLayout:
        """The title and the Edit… / Delete buttons."""
        head = QHBoxLayout()
        head.setSpacing(4)
        title = QLabel(tr("Round {number}").format(number=index + 1))
        f = title.font()
        f.setBold(True)
        title.setFont(f)
        head.addWidget(title)
        head.addStretch(1)
        self.edit_button = QToolButton()
        self.edit_button.setObjectName("roundEdit")
        self.edit_button.setText(tr("Edit…", "a round"))
        self.edit_button.setAutoRaise(True)
        self.edit_button.setToolTip(tr("Change the reaction recorded in round {number}").format(number=index + 1))
        self.edit_button.clicked.connect(lambda: self.editRequested.emit(self.index))
        self.delete_button = QToolButton()
        self.delete_button.setObjectName("roundDelete")
        self.delete_button.setText(tr("Delete", "a round"))
        self.delete_button.setAutoRaise(True)
        self.delete_button.setToolTip(tr("Delete round {number} (Edit ▸ Undo brings it back)").format(number=index + 1))
        self.delete_button.clicked.connect(lambda: self.deleteRequested.emit(self.index))
        head.addWidget(self.edit_button)
        head.addWidget(self.delete_button)
        return head

    def _build_meta(self, r: Round) -> ElidedLabel:
        """When it was recorded, and the offered packages' average value to us."""
        when = []
        if r.time is not None:
            when.append(_when(r.time))
        if r.level is not None:
            when.append(tr("{level:.1f} pts").format(level=r.level))
        meta = ElidedLabel(" · ".join(when))
        meta.setObjectName("roundMeta")
        meta.setVisible(bool(when))  # an answer recorded before any offer has neither
        meta.setToolTip(tr("When it was recorded, and the offered packages' average value to you"))
        _muted(meta)
        return meta

    def _build_reaction(self, lay: QVBoxLayout, plan: Plan, r: Round) -> None:
        """The chips of the offered packages, the reaction, counter-offer, statement, notes."""
        tips = []
        for o in r.offered:
            lines = [f"<b>{html.escape(o.label)}</b>"]
            for name in plan.issue_names:
                if name in o.terms:
                    lines.append(f"{html.escape(name)}: {html.escape(plan.issue(name).format_term(o.terms[name]))}")
            tips.append("<br>".join(lines))
        self.chips = ReactionChips([o.label for o in r.offered], r.ranking, r.outcome, r.accepted, tips)
        lay.addWidget(self.chips)
        self.reaction = WrapLabel(reaction_words(r))
        self.reaction.setObjectName("roundReaction")
        lay.addWidget(self.reaction)
        counter = counter_words(plan, r)
        if counter:
            c = WrapLabel(tr("<b>Counter-offer:</b> {terms}").format(terms=html.escape(counter)), rich=True)
            c.setObjectName("roundCounter")
            lay.addWidget(c)
        said = statement_words(r)
        if said:
            s = WrapLabel(tr("<b>Said:</b> {words}").format(words=html.escape(said)), rich=True)
            s.setObjectName("roundStatement")
            lay.addWidget(s)
        answers = answer_words(plan, r)
        if answers:
            a = WrapLabel(tr("<b>Answered:</b> {answers}").format(answers=html.escape("; ".join(answers))), rich=True)
            a.setObjectName("roundAnswers")
            lay.addWidget(a)
        if r.notes:
            n = WrapLabel(r.notes)
            n.setObjectName("roundNotes")
            fi = n.font()
            fi.setItalic(True)
            n.setFont(fi)
            lay.addWidget(n)

    def _build_details(self, lay: QVBoxLayout, plan: Plan, r: Round) -> None:
        """The offered terms, folded away."""
        self.details_button = QToolButton()
        self.details_button.setObjectName("roundDetails")
        self.details_button.setText(tr("Offered terms"))
        self.details_button.setCheckable(True)
        self.details_button.setAutoRaise(True)
        self.details_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.details_button.setArrowType(Qt.ArrowType.RightArrow)
        self.details_button.setToolTip(tr("Show the terms of the packages offered in this round"))
        self._table = terms_table_html(plan, r)
        self._stacked = terms_list_html(plan, r)
        self.details = WrapLabel(self._table, rich=True)
        self.details.setObjectName("roundTerms")
        small = QFont(self.details.font())
        small.setPointSizeF(small.pointSizeF() * 0.92)
        self.details.setFont(small)
        self._table_width: int | None = None  # measured when first shown (rich text is slow to lay out)
        self.details.setVisible(False)
        self.details_button.toggled.connect(self._toggle_details)
        lay.addWidget(self.details_button)
        lay.addWidget(self.details)
        self.details_button.setVisible(bool(r.offered))  # nothing offered: no terms to show

    def _toggle_details(self, on: bool) -> None:
        self.details_button.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        self.details.setVisible(on)
        self._fit_details()

    def _fit_details(self) -> None:
        """Terms side by side when they fit, else one package per paragraph."""
        if self._table_width is None:
            probe = QLabel(self._table)
            probe.setFont(self.details.font())
            self._table_width = probe.sizeHint().width()
            probe.deleteLater()
        m = self.layout().contentsMargins()
        text = self._table if self._table_width <= self.width() - m.left() - m.right() else self._stacked
        if self.details.text() != text:
            self.details.setText(text)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.details.isVisible():
            self._fit_details()


class RoundHistory(QWidget):
    """All rounds, newest first; an empty state that says what to do."""

    editRequested = Signal(int)
    deleteRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roundHistory")
        self._lay = QVBoxLayout(self)
        self._lay.setContentsMargins(0, 0, 0, 0)
        self._lay.setSpacing(6)
        self.empty = WrapLabel(tr("No rounds yet. When you have shown them packages, press “Record reaction…” and "
                                 "note which one they liked, how they ranked them, or what they said."))
        self.empty.setObjectName("roundsEmpty")
        _muted(self.empty)
        self._lay.addWidget(self.empty)
        self._lay.addStretch(1)
        self._cards: list[RoundCard] = []
        self._shown: tuple | None = None

    @property
    def cards(self) -> list[RoundCard]:
        return list(self._cards)

    def set_plan(self, plan: Plan) -> None:
        key = (plan.rounds, plan.issues)
        if self._shown is not None and self._shown[0] is key[0] and self._shown[1] is key[1]:
            return
        same_issues = self._shown is not None and self._shown[1] == plan.issues
        self._shown = key
        # keep the card of every round that is unchanged and still in its place (recording a
        # round adds one card; deleting one rebuilds only the cards after it)
        old = {c.index: c for c in self._cards}
        keep: dict[int, RoundCard] = {}
        for i, r in enumerate(plan.rounds):
            c = old.get(i)
            if c is not None and same_issues and c.round == r:
                keep[i] = c
        for c in self._cards:
            self._lay.removeWidget(c)  # kept cards go back in order below
            if keep.get(c.index) is not c:
                c.hide()
                c.setParent(None)
                c.deleteLater()
        self._cards = []
        self.empty.setVisible(not plan.rounds)
        for pos, i in enumerate(reversed(range(len(plan.rounds)))):
            card = keep.get(i)
            if card is None:
                card = RoundCard(plan, i, self)
                card.editRequested.connect(self.editRequested)
                card.deleteRequested.connect(self.deleteRequested)
            self._lay.insertWidget(pos + 1, card)  # after the empty-state label, newest first
            self._cards.append(card)

    def card(self, index: int) -> RoundCard:
        for c in self._cards:
            if c.index == index:
                return c
        raise KeyError(index)
