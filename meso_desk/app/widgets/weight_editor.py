"""WeightEditor (``weightEditor``): how much each issue matters to us, in percent.

Three pages:

* **Weights** — per issue a slider and a spin box in percent and a lock. The total stays
  100 %: moving one weight rescales the *unlocked* others proportionally (from where they
  were when the gesture started, so a drag to 100 % and back restores them). The shown
  percentages always add to exactly 100.0 (largest-remainder rounding). A drag is one undo
  step; every key press or typed value is one.
* **Swings** — swing weighting: rank the worst→best swings, give the first 100 points and
  every other swing points relative to it; the normalised weights apply as one undo step.
* **Check** — a consistency check that asks one concrete trade-off built from the plan
  ("Is going from 8 to 5 weeks delivery worth as much to you as EUR 10.72 off the unit
  price?"); the answer is compared with the weights, and a disagreement comes with the
  weights that would agree and a one-click, undoable adjustment.

Weight locks are a property of this editor (they guide edits, they are not part of the
plan file).
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QButtonGroup,
    QComboBox,
    QDoubleSpinBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSlider,
    QSpinBox,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...model.plan import Plan
from ...model.preferences.issues import Direction, NumericIssue
from ...model.preferences.tradeoff import (
    Assessment,
    NoTradeOff,
    TradeOff,
    assess,
    build_tradeoff,
    comparable_issues,
    default_amount,
    is_money,
    lower_name,
    max_amount,
    yardstick_issue,
)
from ...model.preferences.weights import (
    set_weight,
    swing_order_problems,
    swing_points_from_weights,
    swing_span,
    swing_text,
    weight_limits,
    weights_as_percent,
    weights_from_swing_points,
)
from ..document import Change, PlanDocument
from .glyphs import lock_icon, status_pixmap

#: slider resolution: 0.1 percentage point
_SCALE = 10


def _muted(widget: QWidget) -> None:
    pal = widget.palette()
    pal.setColor(QPalette.ColorRole.WindowText,
                 widget.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText))
    widget.setPalette(pal)


def _issue_signature(plan: Plan) -> tuple:
    return tuple((i.name, i.kind) for i in plan.issues)


# =============================================================================================
# Direct weights
# =============================================================================================
class _WeightRow:
    """The controls of one issue's weight."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.label = QLabel(name)
        self.label.setObjectName("weightLabel")
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setObjectName("weightSlider")
        self.slider.setRange(0, 100 * _SCALE)
        self.slider.setSingleStep(_SCALE)  # arrows: one percentage point
        self.slider.setPageStep(5 * _SCALE)
        self.slider.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.slider.setMinimumWidth(80)
        self.spin = QDoubleSpinBox()
        self.spin.setObjectName("weightSpin")
        self.spin.setRange(0.0, 100.0)
        self.spin.setDecimals(1)
        self.spin.setSingleStep(1.0)
        self.spin.setSuffix(" %")
        self.spin.setKeyboardTracking(False)
        self.spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.spin.setAccelerated(True)
        self.lock = QToolButton()
        self.lock.setObjectName("weightLock")
        self.lock.setCheckable(True)
        self.lock.setAutoRaise(True)
        self.lock.setIcon(lock_icon())
        for w in (self.label, self.slider, self.spin, self.lock):
            w.setProperty("issue", name)
        self.label.setBuddy(self.slider)
        self.slider.setAccessibleName(f"Weight of {name}")
        self.spin.setAccessibleName(f"Weight of {name} in percent")
        self.lock.setAccessibleName(f"Lock the weight of {name}")

    def widgets(self) -> list[QWidget]:
        return [self.label, self.slider, self.spin, self.lock]


class WeightsPage(QWidget):
    """Sliders and spin boxes for the weights, with locks and the total."""

    def __init__(self, editor: WeightEditor) -> None:
        super().__init__(editor)
        self.setObjectName("weightsPage")
        self._editor = editor
        self._rows: dict[str, _WeightRow] = {}
        self._signature: tuple = ()
        self._gesture_base: dict[str, float] | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        outer.setSpacing(6)
        self._grid_host = QWidget()
        self._grid = QGridLayout(self._grid_host)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(6)
        self._grid.setVerticalSpacing(2)
        self._grid.setColumnStretch(1, 1)
        outer.addWidget(self._grid_host)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        outer.addWidget(line)
        total_row = QHBoxLayout()
        total_label = QLabel("Total")
        f = total_label.font()
        f.setBold(True)
        total_label.setFont(f)
        self.total = QLabel("100.0 %")
        self.total.setObjectName("weightTotal")
        self.total.setFont(f)
        self.total.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.total.setToolTip("The weights always add up to 100 %.")
        total_row.addWidget(total_label)
        total_row.addStretch(1)
        total_row.addWidget(self.total)
        total_row.addSpacing(30)
        outer.addLayout(total_row)
        hint = QLabel("Moving one weight rescales the unlocked others so the total stays 100 %. "
                      "Lock a weight to keep it where it is.")
        hint.setWordWrap(True)
        hint.setObjectName("weightHint")
        _muted(hint)
        outer.addWidget(hint)
        outer.addStretch(1)

    # -- building ----------------------------------------------------------------------
    def rebuild(self, plan: Plan) -> None:
        for row in self._rows.values():
            for w in row.widgets():
                self._grid.removeWidget(w)
                w.setParent(None)  # gone from findChildren at once
                w.deleteLater()
        self._rows.clear()
        for r, issue in enumerate(plan.issues):
            row = _WeightRow(issue.name)
            row.slider.setToolTip(f"How much {issue.name} matters to you ({swing_text(issue)}). "
                                  "Drag, or use the arrow keys (one point) and Page Up/Down (five).")
            row.spin.setToolTip(f"Weight of {issue.name} in percent; the unlocked others make room.")
            row.lock.setToolTip(f"Lock the weight of {issue.name}: other edits will not move it.")
            row.label.setToolTip(issue.description or issue.name)
            row.lock.setChecked(issue.name in self._editor.locked)
            self._grid.addWidget(row.label, r, 0)
            self._grid.addWidget(row.slider, r, 1)
            self._grid.addWidget(row.spin, r, 2)
            self._grid.addWidget(row.lock, r, 3)
            name = issue.name
            row.slider.valueChanged.connect(lambda v, n=name: self._slider_moved(n, v))
            row.slider.sliderPressed.connect(self._gesture_started)
            row.slider.sliderReleased.connect(self._gesture_ended)
            row.spin.valueChanged.connect(lambda v, n=name: self._spin_changed(n, v))
            row.lock.toggled.connect(lambda on, n=name: self._editor.set_locked(n, on))
            self._rows[name] = row
        # Tab order: slider, spin, lock per row, top to bottom
        prev = None
        for row in self._rows.values():
            for w in (row.slider, row.spin, row.lock):
                if prev is not None:
                    QWidget.setTabOrder(prev, w)
                prev = w
        self._signature = _issue_signature(plan)

    def refresh(self, plan: Plan) -> None:
        if _issue_signature(plan) != self._signature:
            self.rebuild(plan)
        pct = weights_as_percent(plan.weights)
        locked = self._editor.locked
        for name, row in self._rows.items():
            p = pct.get(name, 0.0)
            with QSignalBlocker(row.slider), QSignalBlocker(row.spin):
                row.slider.setValue(int(round(p * _SCALE)))
                if abs(row.spin.value() - p) > 1e-9:
                    row.spin.setValue(p)
            is_locked = name in locked
            with QSignalBlocker(row.lock):
                row.lock.setChecked(is_locked)
            lo, hi = weight_limits(plan.weights, name, locked)
            movable = not is_locked and hi - lo > 1e-9
            row.slider.setEnabled(movable)
            row.spin.setEnabled(movable)
            if is_locked:
                why = "Locked — unlock to change it."
            elif not movable:
                why = "Every other weight is locked; unlock one to change this."
            else:
                why = ""
            row.slider.setStatusTip(why)
            row.slider.setProperty("maximumPercent", round(hi * 100.0, 1))
        total = sum(pct.values())
        self.total.setText(f"{total:.1f} %")

    # -- gestures ----------------------------------------------------------------------
    def _gesture_started(self) -> None:
        self._gesture_base = dict(self._editor.document.plan.weights)

    def _gesture_ended(self) -> None:
        self._gesture_base = None
        self._editor.document.end_gesture()
        self.refresh(self._editor.document.plan)

    def _slider_moved(self, name: str, value: int) -> None:
        row = self._rows[name]
        dragging = row.slider.isSliderDown() and self._gesture_base is not None
        self._editor.set_weight(name, value / (100.0 * _SCALE), base=self._gesture_base if dragging else None,
                                gesture=dragging)

    def _spin_changed(self, name: str, value: float) -> None:
        self._editor.set_weight(name, value / 100.0)


# =============================================================================================
# Swing weighting
# =============================================================================================
class SwingPage(QWidget):
    """Rank the worst→best swings, give points, normalise."""

    def __init__(self, editor: WeightEditor) -> None:
        super().__init__(editor)
        self.setObjectName("swingPage")
        self._editor = editor
        self._order: list[str] = []
        self._signature: tuple = ()
        self._stale = False
        self._points: dict[str, int] = {}
        self._initial: tuple[list[str], dict[str, int]] = ([], {})
        self._widgets: dict[str, dict[str, QWidget]] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        outer.setSpacing(6)
        intro = QLabel(
            "Imagine every issue at its worst. Which swing to its best would you take first? "
            "Put the swings in that order, give the first 100 points and every other swing the points "
            "it is worth next to the first. The weights follow from the points.")
        intro.setWordWrap(True)
        intro.setObjectName("swingIntro")
        outer.addWidget(intro)
        self._grid_host = QWidget()
        self._grid = QGridLayout(self._grid_host)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(6)
        self._grid.setVerticalSpacing(3)
        self._grid.setColumnStretch(1, 1)
        outer.addWidget(self._grid_host)
        self.warning = QLabel()
        self.warning.setObjectName("swingWarning")
        self.warning.setWordWrap(True)
        self.warning.hide()
        outer.addWidget(self.warning)
        buttons = QHBoxLayout()
        self.reset_button = QPushButton("Reset")
        self.reset_button.setObjectName("swingReset")
        self.reset_button.setToolTip("Start again from the current weights.")
        self.reset_button.clicked.connect(self.reset)
        self.apply_button = QPushButton("Apply swing weights")
        self.apply_button.setObjectName("swingApply")
        self.apply_button.setToolTip("Replace all weights with the normalised swing points (one undo step; "
                                     "weight locks do not apply here).")
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
        plan = self._editor.document.plan
        try:
            return weights_from_swing_points(plan, self._points)
        except ValueError:
            return None

    def is_dirty(self) -> bool:
        return (self._order, self._points) != self._initial

    def reset(self) -> None:
        """Start again from the plan's weights (rank and points that reproduce them)."""
        self._stale = False
        plan = self._editor.document.plan
        pts = swing_points_from_weights(plan)
        order = sorted(plan.issue_names, key=lambda n: -pts[n])
        self._points = {n: int(round(pts[n])) for n in plan.issue_names}
        self._initial = (list(order), dict(self._points))
        if order == self._order and set(self._widgets) == set(order) and self._signature == _issue_signature(plan):
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
        if set(self._order) != set(plan.issue_names) or self._signature != _issue_signature(plan) \
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
            self.refresh(self._editor.document.plan, None, force=True)

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
        i = self._order.index(name)
        j = max(0, min(len(self._order) - 1, i + delta))
        if i == j:
            return
        self._order.insert(j, self._order.pop(i))
        top = self._order[0]
        self._points[top] = 100
        self._rebuild()
        w = self._widgets[name]["up" if delta < 0 else "down"]
        if w.isEnabled():
            w.setFocus()

    def apply(self) -> bool:
        self.ensure_fresh()
        weights = self.weights()
        if weights is None:
            return False
        doc = self._editor.document
        done = doc.apply(doc.plan.with_weights(weights), "Swing weighting")
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
        plan = self._editor.document.plan
        self._signature = _issue_signature(plan)
        bold = QFont(self.font())
        bold.setBold(True)
        for r, name in enumerate(self._order):
            issue = plan.issue(name)
            rank = QLabel(f"{r + 1}.")
            rank.setObjectName("swingRank")
            text = QLabel(f"<b>{name}</b><br>{swing_text(issue)}")
            text.setObjectName("swingText")
            text.setWordWrap(True)
            text.setMinimumWidth(90)
            text.setToolTip(f"From the worst to the best {lower_name(name)}: {swing_text(issue)}")
            spin = QSpinBox()
            spin.setObjectName("swingPoints")
            spin.setRange(0, 100)
            spin.setSuffix(" pts")
            spin.setMinimumWidth(spin.fontMetrics().horizontalAdvance("100 pts") + 36)
            spin.setKeyboardTracking(False)
            spin.setAlignment(Qt.AlignmentFlag.AlignRight)
            spin.setValue(self._points.get(name, 0))
            spin.setAccessibleName(f"Swing points of {name}")
            no_swing = swing_span(issue) <= 1e-9
            if r == 0:
                spin.setValue(100)
                self._points[name] = 100
                spin.setEnabled(False)
                spin.setToolTip("The first swing is the yardstick: 100 points.")
            elif no_swing:
                spin.setEnabled(False)
                spin.setToolTip("Every option of this issue is worth the same: it has no swing.")
            else:
                spin.setToolTip(f"How much the {lower_name(name)} swing is worth next to the first (100).")
            spin.valueChanged.connect(lambda v, n=name: self.set_points(n, v))
            result = QLabel()
            result.setObjectName("swingWeight")
            result.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            result.setMinimumWidth(result.fontMetrics().horizontalAdvance("00.0 %") + 4)
            result.setToolTip("The weight these points give.")
            up = QToolButton()
            up.setObjectName("swingUp")
            up.setArrowType(Qt.ArrowType.UpArrow)
            up.setAutoRaise(True)
            up.setToolTip(f"Rank the {lower_name(name)} swing higher")
            up.setEnabled(r > 0)
            up.clicked.connect(lambda _=False, n=name: self.move(n, -1))
            down = QToolButton()
            down.setObjectName("swingDown")
            down.setArrowType(Qt.ArrowType.DownArrow)
            down.setAutoRaise(True)
            down.setToolTip(f"Rank the {lower_name(name)} swing lower")
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
            self._widgets[name] = {"rank": rank, "text": text, "spin": spin, "result": result, "up": up,
                                   "down": down, "arrows": arrows}
        self._update()

    def _update(self) -> None:
        weights = self.weights()
        pct = weights_as_percent(weights) if weights else {}
        for name, ws in self._widgets.items():
            res = ws["result"]
            assert isinstance(res, QLabel)
            res.setText(f"{pct[name]:.1f} %" if name in pct else "—")
        problems = swing_order_problems(self._order, self._points)
        if weights is None:
            self.warning.setText("Give at least one swing more than 0 points.")
            self.warning.show()
        elif problems:
            names = ", ".join(problems)
            self.warning.setText(f"{names}: more points than a swing ranked above — move it up, or lower "
                                 "its points.")
            self.warning.show()
        else:
            self.warning.hide()
        # unchanged points reproduce the weights (up to rounding to whole points): nothing to apply
        self.apply_button.setEnabled(weights is not None and self.is_dirty())


# =============================================================================================
# Consistency check
# =============================================================================================
class CheckPage(QWidget):
    """One concrete trade-off question; compares the answer with the weights."""

    def __init__(self, editor: WeightEditor) -> None:
        super().__init__(editor)
        self.setObjectName("checkPage")
        self._editor = editor
        self._tradeoff: TradeOff | None = None
        self._answer: str | None = None
        self._assessment: Assessment | None = None
        self._pinned_reference: str | None = None
        self._stale = False
        self._filled = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        outer.setSpacing(8)

        pick = QGridLayout()
        pick.setHorizontalSpacing(6)
        self.reference_box = QComboBox()
        self.reference_box.setObjectName("tradeoffReference")
        self.reference_box.setToolTip("The package the question starts from.")
        self.reference_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.reference_box.setMinimumContentsLength(10)
        self.issue_box = QComboBox()
        self.issue_box.setObjectName("tradeoffIssue")
        self.issue_box.setToolTip("The issue to weigh against the yardstick.")
        self.issue_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.issue_box.setMinimumContentsLength(10)
        self.next_button = QPushButton("Next question")
        self.next_button.setObjectName("tradeoffNext")
        self.next_button.setToolTip("Ask about the next issue.")
        ref_label = QLabel("Starting from")
        ref_label.setBuddy(self.reference_box)
        issue_label = QLabel("Ask about")
        issue_label.setBuddy(self.issue_box)
        pick.addWidget(ref_label, 0, 0)
        pick.addWidget(self.reference_box, 0, 1)
        pick.addWidget(issue_label, 1, 0)
        pick.addWidget(self.issue_box, 1, 1)
        pick.addWidget(self.next_button, 1, 2)
        pick.setColumnStretch(1, 1)
        outer.addLayout(pick)

        self.question = QLabel()
        self.question.setObjectName("tradeoffQuestion")
        self.question.setWordWrap(True)
        self.question.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        qf = self.question.font()
        qf.setPointSizeF(qf.pointSizeF() * 1.15)
        self.question.setFont(qf)
        outer.addWidget(self.question)
        self.context = QLabel()
        self.context.setObjectName("tradeoffContext")
        self.context.setWordWrap(True)
        _muted(self.context)
        outer.addWidget(self.context)

        answers = QHBoxLayout()
        self.answer_group = QButtonGroup(self)
        self.answer_group.setExclusive(True)
        self.same_button = QPushButton("Yes, the same")
        self.same_button.setObjectName("answerSame")
        self.more_button = QPushButton("Worth more")
        self.more_button.setObjectName("answerMore")
        self.less_button = QPushButton("Worth less")
        self.less_button.setObjectName("answerLess")
        for b, ans in ((self.same_button, "same"), (self.more_button, "more"), (self.less_button, "less")):
            b.setCheckable(True)
            b.setProperty("answer", ans)
            self.answer_group.addButton(b)
            answers.addWidget(b)
            b.clicked.connect(lambda _=False, a=ans: self.answer(a))
        answers.addStretch(1)
        outer.addLayout(answers)

        self.result_box = QFrame()
        self.result_box.setObjectName("tradeoffResult")
        self.result_box.setFrameShape(QFrame.Shape.StyledPanel)
        rb = QVBoxLayout(self.result_box)
        rb.setContentsMargins(8, 8, 8, 8)
        rb.setSpacing(6)
        verdict_row = QHBoxLayout()
        self.verdict_icon = QLabel()
        self.verdict_icon.setObjectName("tradeoffVerdictIcon")
        self.verdict_icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.verdict = QLabel()
        self.verdict.setObjectName("tradeoffVerdict")
        self.verdict.setWordWrap(True)
        verdict_row.addWidget(self.verdict_icon)
        verdict_row.addWidget(self.verdict, 1)
        rb.addLayout(verdict_row)
        self.amount_before = QLabel("It is worth as much as")
        rb.addWidget(self.amount_before)
        amount_row = QHBoxLayout()
        self.amount = QDoubleSpinBox()
        self.amount.setObjectName("tradeoffAmount")
        self.amount.setKeyboardTracking(False)
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.amount.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.UpDownArrows)
        self.amount.setToolTip("What the change is worth to you on the yardstick; the suggestion follows it.")
        self.amount_after = QLabel()
        amount_row.addWidget(self.amount)
        amount_row.addWidget(self.amount_after)
        amount_row.addStretch(1)
        self.amount_row = QWidget()
        self.amount_row.setLayout(amount_row)
        amount_row.setContentsMargins(0, 0, 0, 0)
        rb.addWidget(self.amount_row)
        self.suggestion = QLabel()
        self.suggestion.setObjectName("tradeoffSuggestion")
        self.suggestion.setWordWrap(True)
        rb.addWidget(self.suggestion)
        adjust_row = QHBoxLayout()
        adjust_row.addStretch(1)
        self.adjust_button = QPushButton("Adjust weights")
        self.adjust_button.setObjectName("adjustWeights")
        self.adjust_button.setToolTip("Apply the suggested weights (one undo step).")
        adjust_row.addWidget(self.adjust_button)
        rb.addLayout(adjust_row)
        outer.addWidget(self.result_box)
        self.result_box.hide()
        self.unavailable = QLabel()
        self.unavailable.setObjectName("tradeoffUnavailable")
        self.unavailable.setWordWrap(True)
        self.unavailable.hide()
        outer.addWidget(self.unavailable)
        outer.addStretch(1)

        self.reference_box.activated.connect(self._reference_picked)
        self.issue_box.activated.connect(lambda _i: self._rebuild_question(reset=True))
        self.next_button.clicked.connect(self.next_question)
        self.amount.valueChanged.connect(lambda _v: self._reassess())
        self.adjust_button.clicked.connect(self.adjust)

    # -- public ------------------------------------------------------------------------
    @property
    def tradeoff(self) -> TradeOff | None:
        self.ensure_fresh()
        return self._tradeoff

    @property
    def assessment(self) -> Assessment | None:
        return self._assessment

    def next_question(self) -> None:
        self.ensure_fresh()
        n = self.issue_box.count()
        if n:
            self.issue_box.setCurrentIndex((self.issue_box.currentIndex() + 1) % n)
        self._rebuild_question(reset=True)

    def answer(self, answer: str) -> None:
        self.ensure_fresh()
        if self._tradeoff is None:
            return
        self._answer = answer
        for b in self.answer_group.buttons():
            with QSignalBlocker(b):
                b.setChecked(b.property("answer") == answer)
        plan = self._editor.document.plan
        t = self._tradeoff
        y = plan.issue(t.yardstick)
        assert isinstance(y, NumericIssue)
        if answer != "same":
            with QSignalBlocker(self.amount):
                money = is_money(plan, t.yardstick)
                d = 2 if (money and (y.decimals > 0 or t.amount < 100)) else (0 if money else y.decimals + 1)
                self.amount.setDecimals(d)
                self.amount.setRange(10 ** -d, max_amount(plan, t))
                self.amount.setSingleStep(max(10 ** -d, round(t.amount / 10, d)))
                self.amount.setValue(default_amount(plan, t, answer))  # type: ignore[arg-type]
        self._reassess()

    def adjust(self) -> bool:
        a = self._assessment
        if a is None or a.suggested is None:
            return False
        doc = self._editor.document
        t = self._tradeoff
        text = f"Adjust weights ({t.issue} vs {t.yardstick})" if t else "Adjust weights"
        return doc.apply(doc.plan.with_weights(a.suggested), text)

    # -- internals ---------------------------------------------------------------------
    def refresh(self, plan: Plan, change: Change | None, force: bool = False) -> None:
        if not force and not self.isVisible() and self._filled:
            self._stale = True  # hidden tab: catch up when shown
            return
        self._stale = False
        self._filled = True
        current = self._reference_name(plan)
        items = [self.reference_box.itemText(i) for i in range(self.reference_box.count())]
        with QSignalBlocker(self.reference_box):
            if items != plan.package_names:
                self.reference_box.clear()
                self.reference_box.addItems(plan.package_names)
            if current and self.reference_box.currentText() != current:
                self.reference_box.setCurrentText(current)
        yard = yardstick_issue(plan)
        wanted = self.issue_box.currentText()
        names = comparable_issues(plan, yard) if yard else []
        with QSignalBlocker(self.issue_box):
            if [self.issue_box.itemText(i) for i in range(self.issue_box.count())] != names:
                self.issue_box.clear()
                self.issue_box.addItems(names)
                if wanted in names:
                    self.issue_box.setCurrentText(wanted)
        self._rebuild_question(reset=False)

    def ensure_fresh(self) -> None:
        """Bring a page that was hidden during changes up to date."""
        if self._stale or not self._filled:
            self.refresh(self._editor.document.plan, None, force=True)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.ensure_fresh()

    def follow_selection(self, name: str) -> None:
        if self._pinned_reference is None:
            if not self.isVisible():
                self._stale = True
                return
            self._rebuild_question(reset=False)

    def _reference_picked(self, _index: int) -> None:
        self._pinned_reference = self.reference_box.currentText() or None
        self._rebuild_question(reset=True)

    def _reference_name(self, plan: Plan) -> str | None:
        if self._pinned_reference in plan.package_names:
            return self._pinned_reference
        self._pinned_reference = None
        sel = self._editor.document.selected_package
        return sel or None

    def _rebuild_question(self, reset: bool) -> None:
        plan = self._editor.document.plan
        ref_name = self._reference_name(plan)
        if ref_name and self.reference_box.currentText() != ref_name:
            with QSignalBlocker(self.reference_box):
                self.reference_box.setCurrentText(ref_name)
        ref = plan.stored_package(ref_name).terms if ref_name else None
        issue = self.issue_box.currentText() or None
        try:
            t = build_tradeoff(plan, ref, issue, reference_name=ref_name)
        except NoTradeOff as e:
            self._tradeoff = None
            self._assessment = None
            self.question.clear()
            self.context.clear()
            self.unavailable.setText(f"No question to ask: {e}.")
            self.unavailable.show()
            for b in self.answer_group.buttons():
                b.setEnabled(False)
            self.result_box.hide()
            return
        self.unavailable.hide()
        for b in self.answer_group.buttons():
            b.setEnabled(True)
        changed = t != self._tradeoff
        self._tradeoff = t
        self.question.setText(t.question)
        self.context.setText(t.context)
        self.more_button.setToolTip(f"{t.change[0].upper() + t.change[1:]} is worth more to you than "
                                    f"{t.yardstick_change}.")
        self.less_button.setToolTip(f"{t.change[0].upper() + t.change[1:]} is worth less to you than "
                                    f"{t.yardstick_change}.")
        self.same_button.setToolTip("The two are worth about the same to you.")
        y = plan.issue(t.yardstick)
        assert isinstance(y, NumericIssue)
        if is_money(plan, t.yardstick):
            self.amount.setPrefix(f"{y.unit} ")
            self.amount.setSuffix("")
            self.amount_after.setText(f"off the {lower_name(y.name)}" if y.direction is Direction.LOWER
                                      else f"more on the {lower_name(y.name)}")
        else:
            self.amount.setPrefix("")
            self.amount.setSuffix(f" {y.unit}" if y.unit else "")
            better = "less" if y.direction is Direction.LOWER else "more"
            self.amount_after.setText(f"{better} {lower_name(y.name)}")
        if reset or changed:
            self._answer = None
            self._assessment = None
            with QSignalBlocker(self.answer_group):
                self.answer_group.setExclusive(False)
                for b in self.answer_group.buttons():
                    b.setChecked(False)
                self.answer_group.setExclusive(True)
            self.result_box.hide()

    def _reassess(self) -> None:
        if self._tradeoff is None or self._answer is None:
            return
        plan = self._editor.document.plan
        amount = None if self._answer == "same" else self.amount.value()
        a = assess(plan, self._tradeoff, self._answer, amount, self._editor.locked)  # type: ignore[arg-type]
        self._assessment = a
        self.verdict.setText(a.message)
        self.verdict_icon.setPixmap(status_pixmap("ok" if a.agrees else "short", 16))
        self.verdict_icon.setToolTip("Agrees with your weights" if a.agrees else "Disagrees with your weights")
        self.amount_row.setVisible(not a.agrees)
        self.amount_before.setVisible(not a.agrees)
        self.suggestion.setVisible(bool(a.suggestion))
        self.suggestion.setText(a.suggestion)
        self.adjust_button.setVisible(not a.agrees)
        self.adjust_button.setEnabled(a.suggested is not None)
        self.result_box.show()


# =============================================================================================
# The panel
# =============================================================================================
class WeightEditor(QWidget):
    """The ``weightEditor`` panel: direct weights, swing weighting and a consistency check."""

    #: emitted when the set of locked weights changes
    locksChanged = Signal()

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weightEditor")
        self._doc = document
        self._locked: set[str] = set()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("weightTabs")
        self.tabs.setDocumentMode(True)
        self.weights_page = WeightsPage(self)
        self.swing_page = SwingPage(self)
        self.check_page = CheckPage(self)
        for page, title, tip in (
            (self.weights_page, "Weights", "Set each weight directly"),
            (self.swing_page, "Swings", "Swing weighting: rank and score the worst→best swings"),
            (self.check_page, "Check", "Check the weights with one concrete trade-off"),
        ):
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            scroll.setWidget(page)
            i = self.tabs.addTab(scroll, title)
            self.tabs.setTabToolTip(i, tip)
        lay.addWidget(self.tabs)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(260)
        document.changed.connect(self._on_changed)
        document.selectionChanged.connect(self.check_page.follow_selection)
        self._refresh_all(None)

    # -- public API --------------------------------------------------------------------
    @property
    def document(self) -> PlanDocument:
        return self._doc

    @property
    def locked(self) -> frozenset[str]:
        return frozenset(n for n in self._locked if n in self._doc.plan.weights)

    def set_locked(self, name: str, on: bool = True) -> None:
        before = set(self._locked)
        if on:
            self._locked.add(name)
        else:
            self._locked.discard(name)
        if before != self._locked:
            self.weights_page.refresh(self._doc.plan)
            self.locksChanged.emit()

    def set_weight(self, name: str, fraction: float, base: dict[str, float] | None = None,
                   gesture: bool = False) -> bool:
        """Set one weight (0..1); the unlocked others rescale. ``gesture`` merges into the
        current drag's undo step; otherwise the edit is one step of its own."""
        plan = self._doc.plan
        new = set_weight(base if base is not None else plan.weights, name, fraction, self.locked)
        done = self._doc.apply(plan.with_weights(new), f"Weight of {name}", merge_key=("weight", name))
        if not gesture:
            self._doc.end_gesture()
        if not done:  # clipped by locks: put the controls back where the plan is
            self.weights_page.refresh(self._doc.plan)
        return done

    def row(self, name: str) -> _WeightRow:
        return self.weights_page._rows[name]

    # -- observing the document ----------------------------------------------------------
    def _on_changed(self, change: Change) -> None:
        if change.touches("weights", "issues", "packages"):
            self._refresh_all(change)

    def _refresh_all(self, change: Change | None) -> None:
        plan = self._doc.plan
        self._locked &= set(plan.issue_names)
        if change is None or change.touches("weights", "issues"):
            self.weights_page.refresh(plan)
            self.swing_page.refresh(plan, change)
        self.check_page.refresh(plan, change)
