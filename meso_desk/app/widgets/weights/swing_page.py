"""The Weights panel's *Swings* page: swing weighting.

Rank the worst→best swings, give the first 100 points and every other swing points
relative to it; the normalised weights apply as one undo step
(:func:`meso_desk.model.edits.weight_edits.apply_swing_points`).
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ....model.edits.weight_edits import apply_swing_points
from ....model.language import in_sentence, number, tr
from ....model.plan import Plan
from ....model.preferences.issues import Issue
from ....model.preferences.weights import (
    move_swing,
    swing_ranking,
    swing_span,
    swing_text,
    swing_warning,
    weights_as_percent,
    weights_from_swing_points,
)
from ...document import Change, PlanDocument
from ..entry_spin import SpinBox
from .page_look import add_row_grid, issue_signature


class SwingPage(QWidget):
    """Rank the worst→best swings, give points, normalise."""

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("swingPage")
        self._doc = document
        self._order: list[str] = []
        self._signature: tuple = ()
        self._stale = False
        self._points: dict[str, int] = {}
        self._initial: tuple[list[str], dict[str, int]] = ([], {})
        self._widgets: dict[str, dict[str, QWidget]] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        outer.setSpacing(6)
        intro = QLabel(tr(
            "Imagine every issue at its worst. Which swing to its best would you take first? "
            "Put the swings in that order, give the first 100 points and every other swing the points "
            "it is worth next to the first. The weights follow from the points."))
        intro.setWordWrap(True)
        intro.setObjectName("swingIntro")
        outer.addWidget(intro)
        self._grid = add_row_grid(outer, 3)
        self.warning = QLabel()
        self.warning.setObjectName("swingWarning")
        self.warning.setWordWrap(True)
        self.warning.hide()
        outer.addWidget(self.warning)
        buttons = QHBoxLayout()
        self.reset_button = QPushButton(tr("Reset", "swing weights"))
        self.reset_button.setObjectName("swingReset")
        self.reset_button.setToolTip(tr("Start again from the current weights."))
        self.reset_button.clicked.connect(self.reset)
        self.apply_button = QPushButton(tr("Apply swing weights"))
        self.apply_button.setObjectName("swingApply")
        self.apply_button.setToolTip(tr("Replace all weights with the normalised swing points (one undo step; "
                                        "weight locks do not apply here)."))
        self.apply_button.clicked.connect(self.apply)
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        buttons.addWidget(self.apply_button)
        outer.addLayout(buttons)
        outer.addStretch(1)

    # -- state -------------------------------------------------------------------------
    @property
    def order(self) -> list[str]:
        self.ensure_fresh()
        return list(self._order)

    @property
    def points(self) -> dict[str, int]:
        self.ensure_fresh()
        return dict(self._points)

    def weights(self) -> dict[str, float] | None:
        """The weights the points give; the plan's own while the points are those it opened
        with (whole points only approximate them: 35/20/13/12/12/8 % read 35.1/20.0/13.0/11.9 …)."""
        plan = self._doc.plan
        if not self.is_dirty() and set(self._points) == set(plan.issue_names):
            return dict(plan.weights)
        try:
            return weights_from_swing_points(plan, self._points)
        except ValueError:
            return None

    def is_dirty(self) -> bool:
        return (self._order, self._points) != self._initial

    def reset(self) -> None:
        """Start again from the plan's weights (rank and points that reproduce them)."""
        self._stale = False
        plan = self._doc.plan
        order, self._points = swing_ranking(plan)
        self._initial = (list(order), dict(self._points))
        if order == self._order and set(self._widgets) == set(order) and self._signature == issue_signature(plan):
            for name, ws in self._widgets.items():  # same ranking: update the points in place
                spin = ws["spin"]
                assert isinstance(spin, QSpinBox)
                with QSignalBlocker(spin):
                    spin.setValue(self._points[name])
            self._update()
            return
        self._order = order
        self._rebuild()

    def refresh(self, plan: Plan, change: Change | None, force: bool = False) -> None:
        if not force and not self.isVisible() and self._widgets:
            self._stale = True  # hidden tab: catch up when shown, never during a drag elsewhere
            return
        self._stale = False
        if set(self._order) != set(plan.issue_names) or self._signature != issue_signature(plan) \
                or not self.is_dirty():
            self.reset()
        else:
            self._update()

    def ensure_fresh(self) -> None:
        """Bring a page that was hidden during changes up to date (tests and scripts call
        the page's methods without showing it)."""
        if not self._widgets:
            self.reset()
        elif self._stale:
            self.refresh(self._doc.plan, None, force=True)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.ensure_fresh()

    # -- edits -------------------------------------------------------------------------
    def set_points(self, name: str, points: int) -> None:
        self.ensure_fresh()
        self._points[name] = int(points)
        w = self._widgets.get(name)
        if w is not None:
            spin = w["spin"]
            assert isinstance(spin, QSpinBox)
            with QSignalBlocker(spin):
                spin.setValue(int(points))
        self._update()

    def move(self, name: str, delta: int) -> None:
        self.ensure_fresh()
        order, points = move_swing(self._order, self._points, name, delta)
        if order == self._order:
            return
        self._order, self._points = order, points
        self._rebuild()
        w = self._widgets[name]["up" if delta < 0 else "down"]
        if w.isEnabled():
            w.setFocus()

    def apply(self) -> bool:
        self.ensure_fresh()
        r = apply_swing_points(self._doc.plan, self._points)
        if not r.ok:
            return False
        done = self._doc.apply(r.plan, r.message)
        self._initial = (list(self._order), dict(self._points))
        self._update()
        return done

    # -- widgets -----------------------------------------------------------------------
    def _rebuild(self) -> None:
        for ws in self._widgets.values():
            for key, w in ws.items():
                self._grid.removeWidget(w)
                if key not in ("up", "down"):  # those go with their "arrows" parent
                    w.setParent(None)
                w.deleteLater()
        self._widgets.clear()
        plan = self._doc.plan
        self._signature = issue_signature(plan)
        for r, name in enumerate(self._order):
            self._widgets[name] = self._build_row(r, plan.issue(name))
        self._update()

    def _build_row(self, r: int, issue: Issue) -> dict[str, QWidget]:
        """The widgets of the swing ranked ``r``-th, placed in row ``r`` of the grid."""
        name = issue.name
        rank = QLabel(f"{r + 1}.")
        rank.setObjectName("swingRank")
        text = QLabel(f"<b>{name}</b><br>{swing_text(issue)}")
        text.setObjectName("swingText")
        text.setWordWrap(True)
        text.setMinimumWidth(90)
        low = in_sentence(name)
        text.setToolTip(tr("From the worst to the best {issue}: {swing}").format(issue=low, swing=swing_text(issue)))
        spin = SpinBox()
        spin.setObjectName("swingPoints")
        spin.setRange(0, 100)
        spin.setSuffix(tr(" pts"))
        spin.setMinimumWidth(spin.fontMetrics().horizontalAdvance("100" + tr(" pts")) + 36)
        spin.setKeyboardTracking(False)
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        spin.setValue(self._points.get(name, 0))
        spin.setAccessibleName(tr("Swing points of {issue}").format(issue=name))
        no_swing = swing_span(issue) <= 1e-9
        if r == 0:
            spin.setValue(100)
            self._points[name] = 100
            spin.setEnabled(False)
            spin.setToolTip(tr("The first swing is the yardstick: 100 points."))
        elif no_swing:
            spin.setEnabled(False)
            spin.setToolTip(tr("Every option of this issue is worth the same: it has no swing."))
        else:
            spin.setToolTip(tr("How much the {issue} swing is worth next to the first (100).").format(issue=low))
        spin.valueChanged.connect(lambda v, n=name: self.set_points(n, v))
        result = QLabel()
        result.setObjectName("swingWeight")
        result.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        result.setMinimumWidth(result.fontMetrics().horizontalAdvance("00.0 %") + 4)
        result.setToolTip(tr("The weight these points give."))
        up = QToolButton()
        up.setObjectName("swingUp")
        up.setArrowType(Qt.ArrowType.UpArrow)
        up.setAutoRaise(True)
        up.setToolTip(tr("Rank the {issue} swing higher").format(issue=low))
        up.setEnabled(r > 0)
        up.clicked.connect(lambda _=False, n=name: self.move(n, -1))
        down = QToolButton()
        down.setObjectName("swingDown")
        down.setArrowType(Qt.ArrowType.DownArrow)
        down.setAutoRaise(True)
        down.setToolTip(tr("Rank the {issue} swing lower").format(issue=low))
        down.setEnabled(r < len(self._order) - 1)
        down.clicked.connect(lambda _=False, n=name: self.move(n, +1))
        arrows = QWidget()
        arrows_lay = QVBoxLayout(arrows)
        arrows_lay.setContentsMargins(0, 0, 0, 0)
        arrows_lay.setSpacing(0)
        for b in (up, down):
            b.setFixedSize(18, 14)
            arrows_lay.addWidget(b)
        for w in (rank, text, spin, result, up, down):
            w.setProperty("issue", name)
        self._grid.addWidget(rank, r, 0, Qt.AlignmentFlag.AlignTop)
        self._grid.addWidget(text, r, 1)
        self._grid.addWidget(spin, r, 2)
        self._grid.addWidget(result, r, 3)
        self._grid.addWidget(arrows, r, 4)
        return {"rank": rank, "text": text, "spin": spin, "result": result, "up": up, "down": down,
                "arrows": arrows}

    def _update(self) -> None:
        weights = self.weights()
        pct = weights_as_percent(weights) if weights else {}
        for name, ws in self._widgets.items():
            res = ws["result"]
            assert isinstance(res, QLabel)
            res.setText(f"{number(pct[name], 1)} %" if name in pct else "—")
        warning = swing_warning(self._order, self._points, weights)
        self.warning.setText(warning)
        self.warning.setVisible(bool(warning))
        # unchanged points reproduce the weights (up to rounding to whole points): nothing to apply
        self.apply_button.setEnabled(weights is not None and self.is_dirty())


__all__ = ["SwingPage"]
