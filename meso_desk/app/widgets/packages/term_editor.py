"""One term of a package on its card: :class:`TermEditor` — the issue's caption, the term in
the user's units, a slider over the issue's terms, a lock, and a contingent term's clause.

The editor edits nothing itself: a slider moved or a lock toggled calls its card's panel
(:class:`~meso_desk.app.widgets.packages.package_column.ColumnHost`), which applies the edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSignalBlocker, QSize, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QToolButton, QWidget

from ....model.base import Term
from ....model.language import tr
from ....model.plan import Plan
from ....model.preferences.issues import CategoricalIssue
from ..common import ElidedLabel, steady
from .contingent_card import ClauseLine
from .term_slider import TermSlider

if TYPE_CHECKING:
    from .package_column import PackageColumn

#: the most a term's value asks for in a card's line (a longer option is shortened at a word)
TERM_MAX_WIDTH = 96
#: How a term's row is laid out (:meth:`TermEditor.place`): on one line (caption · slider · term ·
#: lock); the caption on a line of its own above slider · term · lock; two lines with the term
#: beside the caption above the slider and the lock.
ONE_LINE, CAPTION_ABOVE, TWO_LINES = "one line", "caption above", "two lines"
#: pixels above a caption on a line of its own: it heads the slider below it, not the one above
CAPTION_AIR = 3


class IssueCaption(ElidedLabel):
    """An issue's name as a term's caption (``termCaption``), shortened so that it still reads
    differently from the plan's other issue names (:meth:`ElidedLabel.set_siblings`): two names
    that share a long start keep the words where they part. The whole name is in the tooltip."""

    def __init__(self, name: str, others: tuple[str, ...]) -> None:
        super().__init__(name, minimum=34)
        self.set_siblings(others)


def _term_index(issue, term: Term) -> int:
    return int(issue.index_of(term))


def _term_at(issue, index: int) -> Term:
    g = issue.grid()
    v = g[int(index)]
    return str(v) if isinstance(issue, CategoricalIssue) else float(v)


class TermEditor:
    """The controls for one term of one package: caption, term label, slider, lock."""

    def __init__(self, column: PackageColumn, issue, grid: QGridLayout, row: int,
                 others: tuple[str, ...] = ()) -> None:
        self.column = column
        self.issue = issue
        self.name = issue.name
        self.caption = IssueCaption(issue.name, others)  # ``others``: the plan's issue names
        self.caption.setObjectName("termCaption")
        self.caption.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.caption.setToolTip(issue.description or issue.name)
        self.term = ElidedLabel(words=True)
        self.term.setObjectName("termLabel")
        self.term.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.term.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        bold = QFont(self.term.font())
        bold.setBold(True)
        self.term.setFont(bold)
        self._fit_term_width(issue)
        self.warn = QLabel()
        self.warn.setObjectName("termWarning")
        self.warn.setPixmap(column.panel.pixmap("unacceptable", 12))
        self.warn.setFixedSize(14, 14)
        self.warn.setVisible(False)
        self.slider = TermSlider(issue)
        self.lock = QToolButton()
        self.lock.setObjectName("termLock")
        self.lock.setCheckable(True)
        self.lock.setAutoRaise(True)
        self.lock.setIcon(column.panel.lock_icon)
        self.lock.setIconSize(QSize(14, 14))
        self.lock.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.clause = ClauseLine(column.panel.muted_palette)  # a contingent term's clause, under it
        self.grid, self.row = grid, row
        self.term_box = steady(self.term)  # its text changes in every frame of a drag
        self.mode: str | None = None
        self.two_lines: bool | None = None
        self.place(ONE_LINE)
        self._last_term: Any = None
        self._last_ok: bool | None = None
        self._last_locked: bool | None = None
        self.slider.valueChanged.connect(self._moved)
        self.slider.sliderPressed.connect(self._pressed)
        self.slider.sliderReleased.connect(self._released)
        self.lock.toggled.connect(self._lock_toggled)
        self.bind(column.package_name)

    def place(self, mode: str) -> None:
        """One line per term (caption · slider · term · lock) where the panel is short, so that
        every term of a card shows in the few hundred pixels a laptop gives; where it has the
        height, the caption on a line of its own across the card (a long issue name shows whole,
        or at least the words that tell it from the others), or two lines with the term beside
        the caption and the slider across the card below. A contingent term's clause line goes
        under any of them (:data:`ONE_LINE`, :data:`CAPTION_ABOVE`, :data:`TWO_LINES`)."""
        if mode == self.mode:
            return
        self.mode = mode
        self.two_lines = mode == TWO_LINES
        self.caption.setContentsMargins(0, CAPTION_AIR if mode == CAPTION_ABOVE else 0, 0, 0)
        g, r = self.grid, 3 * self.row
        for w in (self.caption, self.slider, self.warn, self.term_box, self.lock, self.clause):
            g.removeWidget(w)
        if mode == TWO_LINES:
            g.addWidget(self.caption, r, 0, 1, 2)
            g.addWidget(self.warn, r, 2)
            g.addWidget(self.term_box, r, 3, 1, 2)
            g.addWidget(self.slider, r + 1, 0, 1, 4)
            g.addWidget(self.lock, r + 1, 4)
        elif mode == CAPTION_ABOVE:
            g.addWidget(self.caption, r, 0, 1, 5)
            g.addWidget(self.slider, r + 1, 0, 1, 2)
            g.addWidget(self.warn, r + 1, 2)
            g.addWidget(self.term_box, r + 1, 3)
            g.addWidget(self.lock, r + 1, 4)
        else:
            g.addWidget(self.caption, r, 0)
            g.addWidget(self.slider, r, 1)
            g.addWidget(self.warn, r, 2)
            g.addWidget(self.term_box, r, 3)
            g.addWidget(self.lock, r, 4)
        g.addWidget(self.clause, r + 2, 0, 1, 5)

    def _fit_term_width(self, issue) -> None:
        """Room for the issue's widest term (its options, or the ends of its range) up to
        ``TERM_MAX_WIDTH``: a longer option is shortened at a word, whole in the tooltip."""
        n = len(issue.grid())
        at = range(n) if isinstance(issue, CategoricalIssue) else (0, n // 2, n - 1)
        fm = self.term.fontMetrics()
        widest = max((fm.horizontalAdvance(issue.format_term(_term_at(issue, k))) for k in at), default=40)
        self.term.set_minimum(min(widest + 4, TERM_MAX_WIDTH))

    def widgets(self) -> list[QWidget]:
        return [self.caption, self.term_box, self.term, self.warn, self.slider, self.lock, self.clause]

    def bind(self, package: str) -> None:
        for w in (self.slider, self.lock, self.term, self.caption, self.clause):
            w.setProperty("package", package)
            w.setProperty("issue", self.name)
        self.slider.setAccessibleName(tr("{issue} of {package}").format(issue=self.name, package=package))
        self.lock.setAccessibleName(tr("Lock {issue} of {package}").format(issue=self.name, package=package))
        rng = self.issue.range_text()
        self.slider.setToolTip(tr("{issue} of {package} ({range}). Drag, or use the arrow keys to move one "
                                  "step.").format(issue=self.name, package=package, range=rng))
        self.lock.setToolTip(tr("Lock {issue}: rebalancing will not move it and the slider is held.").format(
            issue=self.name))

    def rebind(self, issue, package: str) -> None:
        """The issue changed without changing its grid (a unit, a curve): show the new one."""
        self.issue = issue
        self.caption.setToolTip(issue.description or issue.name)
        self._last_term = None  # re-format the term (the unit may have changed)
        self.bind(package)

    def update(self, plan: Plan, terms: Mapping[str, Term], locked: bool, clause: Any = None) -> None:
        t = terms[self.name]
        self.clause.show_clause(plan, self.issue, clause, t)
        if t != self._last_term:
            self._last_term = t
            idx = _term_index(self.issue, t)
            if self.slider.value() != idx:
                with QSignalBlocker(self.slider):
                    self.slider.setValue(idx)
            self.term.setText(self.issue.format_term(t))
            ok = self.issue.is_acceptable(t)
            if ok != self._last_ok:
                self._last_ok = ok
                self.warn.setVisible(not ok)
                pal = self.term.palette()
                pal.setColor(QPalette.ColorRole.WindowText,
                             self.column.panel.status_qcolor("unacceptable") if not ok
                             else self.column.palette().color(QPalette.ColorRole.WindowText))
                self.term.setPalette(pal)
            self.term.setToolTip("" if ok else tr("Beyond the hard limit {limit}").format(
                limit=self.issue.format_term(self.issue.hard_limit)) if self.issue.is_numeric
                else tr("{option} is unacceptable to you").format(option=t))
            self.warn.setToolTip(self.term.toolTip())
        if locked != self._last_locked:
            self._last_locked = locked
            with QSignalBlocker(self.lock):
                self.lock.setChecked(locked)
            self.slider.setEnabled(not locked)

    # -- gestures ----------------------------------------------------------------------
    def _pressed(self) -> None:
        doc = self.column.panel.document
        doc.select_package(self.column.package_name)
        doc.begin_gesture()

    def _released(self) -> None:
        self.column.panel.document.end_gesture()

    def _moved(self, index: int) -> None:
        self.column.panel.move_term(self.column.package_name, self.name, _term_at(self.issue, index),
                                    dragging=self.slider.isSliderDown())

    def _lock_toggled(self, on: bool) -> None:
        self.column.panel.set_term_locked(self.column.package_name, self.name, on)
