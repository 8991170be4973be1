"""WeightEditor (``weightEditor``): how much each issue matters to us, in percent.

Four pages:

* **Weights** — per issue a slider and a spin box in percent and a lock. The total stays
  100 %: moving a slider rescales the *unlocked* others proportionally (from where they
  were when the gesture started, so a drag to 100 % and back restores them); a *typed*
  weight stays as typed and only the weights not yet typed make room; *Raw importance*
  takes any numbers and normalises them. The shown percentages always add to exactly 100.0
  (largest-remainder rounding). A drag is one undo step; every key press or typed value is
  one. **Ask me…** opens the pairwise questions (:mod:`.ask_dialog`); *Unsure by ±* sets
  how far the weights may be off (the plan's weight region).
* **Swings** — swing weighting: rank the worst→best swings, give the first 100 points and
  every other swing points relative to it; the normalised weights apply as one undo step.
* **Check** — a consistency check that asks one concrete trade-off built from the plan
  ("Is going from 8 to 5 weeks delivery worth as much to you as EUR 10.72 off the unit
  price?"); the answer is compared with the weights, and a disagreement comes with the
  weights that would agree and a one-click, undoable adjustment.
* **Sensitivity** — how the selected package's value moves with each weight
  (:mod:`.sensitivity_view`).

The Swings and Check pages live in their own modules (:mod:`.swing_page`, :mod:`.check_page`);
every edit goes through :mod:`meso_desk.model.edits.weight_edits`. A drag keeps its start in the
document (``begin_gesture`` / ``gesture_plan`` / ``end_gesture``). Weight locks are a property
of this editor (they guide edits, they are not part of the plan file).
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSlider,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ....model.edits.weight_edits import (
    set_importance,
    set_issue_weight,
    set_weight_uncertainty,
    type_issue_weight,
    weight_lock_state,
)
from ....model.language import number, tr
from ....model.plan import Plan
from ....model.preferences.weights import region_source_words, swing_text, weights_as_percent
from ...document import Change, PlanDocument
from ..common import ElidedLabel, announce
from ..entry_spin import DoubleSpinBox
from ..glyphs import lock_icon
from .check_page import CheckPage
from .page_look import add_row_grid, issue_signature, mute
from .sensitivity_view import SensitivityView
from .swing_page import SwingPage

#: slider resolution: 0.1 percentage point
_SCALE = 10


class WeightRow:
    """The controls of one issue's weight."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.label = ElidedLabel(name, words=True, minimum=60)  # a long name: "…", whole in the tooltip
        self.label.setObjectName("weightLabel")
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setObjectName("weightSlider")
        self.slider.setRange(0, 100 * _SCALE)
        self.slider.setSingleStep(_SCALE)  # arrows: one percentage point
        self.slider.setPageStep(5 * _SCALE)
        self.slider.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.slider.setMinimumWidth(80)
        self.spin = DoubleSpinBox()
        self.spin.setObjectName("weightSpin")
        self.spin.setRange(0.0, 100.0)
        self.spin.setDecimals(1)
        self.spin.setSingleStep(1.0)
        self.spin.setSuffix(" %")
        self.spin.setKeyboardTracking(False)
        self.spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.spin.setAccelerated(True)
        self.percent = QLabel()
        self.percent.setObjectName("weightPercent")
        self.percent.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.percent.setMinimumWidth(self.percent.fontMetrics().horizontalAdvance(f"{number(100.0, 1)} %") + 4)
        self.lock = QToolButton()
        self.lock.setObjectName("weightLock")
        self.lock.setCheckable(True)
        self.lock.setAutoRaise(True)
        self.lock.setIcon(lock_icon())
        for w in (self.label, self.slider, self.spin, self.percent, self.lock):
            w.setProperty("issue", name)
        self.label.setBuddy(self.slider)
        self.slider.setAccessibleName(tr("Weight of {issue}").format(issue=name))
        self.spin.setAccessibleName(tr("Weight of {issue} in percent").format(issue=name))
        self.lock.setAccessibleName(tr("Lock the weight of {issue}").format(issue=name))

    def widgets(self) -> list[QWidget]:
        return [self.label, self.slider, self.spin, self.percent, self.lock]


class WeightsPage(QWidget):
    """Sliders and spin boxes for the weights, with locks and the total."""

    def __init__(self, editor: WeightEditor) -> None:
        super().__init__(editor)
        self.setObjectName("weightsPage")
        self._editor = editor
        self._rows: dict[str, WeightRow] = {}
        self._signature: tuple = ()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        outer.setSpacing(6)
        self._grid = add_row_grid(outer, 2)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        outer.addWidget(line)
        total_row = QHBoxLayout()
        total_label = QLabel(tr("Total", "sum of the weights"))
        f = total_label.font()
        f.setBold(True)
        total_label.setFont(f)
        self.total = QLabel(f"{number(100.0, 1)} %")
        self.total.setObjectName("weightTotal")
        self.total.setFont(f)
        self.total.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.total.setToolTip(tr("The weights always add up to 100 %."))
        total_row.addWidget(total_label)
        total_row.addStretch(1)
        total_row.addWidget(self.total)
        total_row.addSpacing(30)
        outer.addLayout(total_row)
        self.raw_mode = QCheckBox(tr("Raw importance (any numbers, shown as %)"))
        self.raw_mode.setObjectName("weightRawMode")
        self.raw_mode.setToolTip(tr("Type any positive numbers for how much each issue matters; they are "
                                    "normalised to percentages on the fly."))
        self.raw_mode.toggled.connect(lambda on: self._editor.set_raw_mode(on))
        outer.addWidget(self.raw_mode)
        self._build_trust_row(outer)
        hint = QLabel(tr("A typed weight stays as typed; the unlocked weights you have not typed make room so the "
                         "total stays 100 %. Lock a weight to keep it where it is."))
        hint.setWordWrap(True)
        hint.setObjectName("weightHint")
        mute(hint)
        outer.addWidget(hint)
        outer.addStretch(1)

    def _build_trust_row(self, outer: QVBoxLayout) -> None:
        """"Ask me…" (pairwise questions) and how unsure the weights are (± points)."""
        row = QHBoxLayout()
        self.ask_button = QPushButton(tr("Ask me…"))
        self.ask_button.setObjectName("weightAskButton")
        self.ask_button.setToolTip(tr("Set the weights by answering a few questions between two packages"))
        self.ask_button.clicked.connect(self._editor.open_ask_dialog)
        row.addWidget(self.ask_button)
        row.addStretch(1)
        unsure = QLabel(tr("Unsure by ±"))
        self.uncertainty = DoubleSpinBox()
        self.uncertainty.setObjectName("weightUncertainty")
        self.uncertainty.setAccessibleName(tr("Unsure by ± weight points"))
        self.uncertainty.setRange(0.0, 50.0)  # the model allows up to ± 50 points
        self.uncertainty.setDecimals(1)
        self.uncertainty.setSuffix(tr(" pts"))
        self.uncertainty.setSpecialValueText(tr("exact", "weights not unsure"))
        self.uncertainty.setKeyboardTracking(False)
        self.uncertainty.setToolTip(tr("How far any weight may be off; the MESO dialog shows how equal a set stays "
                                       "when the weights move that much, and makes sets that stay equal."))
        unsure.setBuddy(self.uncertainty)
        self.uncertainty.valueChanged.connect(lambda v: self._editor.set_uncertainty(v / 100.0))
        row.addWidget(unsure)
        row.addWidget(self.uncertainty)
        outer.addLayout(row)

    # -- building ----------------------------------------------------------------------
    def rebuild(self, plan: Plan) -> None:
        for row in self._rows.values():
            for w in row.widgets():
                self._grid.removeWidget(w)
                w.setParent(None)  # gone from findChildren at once
                w.deleteLater()
        self._rows.clear()
        for r, issue in enumerate(plan.issues):
            row = WeightRow(issue.name)
            row.slider.setToolTip(tr("How much {issue} matters to you ({swing}). "
                                     "Drag, or use the arrow keys (one point) and Page Up/Down (five).").format(
                                         issue=issue.name, swing=swing_text(issue)))
            row.spin.setToolTip(tr("Weight of {issue} in percent; the unlocked others make room.").format(
                issue=issue.name))
            row.lock.setToolTip(tr("Lock the weight of {issue}: other edits will not move it.").format(
                issue=issue.name))
            row.label.setToolTip(issue.description or issue.name)
            row.lock.setChecked(issue.name in self._editor.locked)
            self._grid.addWidget(row.label, r, 0)
            self._grid.addWidget(row.slider, r, 1)
            self._grid.addWidget(row.spin, r, 2)
            self._grid.addWidget(row.percent, r, 3)
            self._grid.addWidget(row.lock, r, 4)
            name = issue.name
            row.slider.valueChanged.connect(lambda v, n=name: self._slider_moved(n, v))
            row.slider.sliderPressed.connect(self._gesture_started)
            row.slider.sliderReleased.connect(self._gesture_ended)
            row.spin.valueChanged.connect(lambda v, n=name: self._spin_changed(n, v))
            row.lock.toggled.connect(lambda on, n=name: self._editor.set_locked(n, on))
            self._rows[name] = row
        for row in self._rows.values():  # two long names that start alike never read the same
            row.label.set_siblings(plan.issue_names)
        # Tab order follows the screen: slider, spin, lock per row, top to bottom, then the controls
        # below the rows (made before them: without this they came first)
        prev = None
        for w in [*(w for row in self._rows.values() for w in (row.slider, row.spin, row.lock)),
                  self.raw_mode, self.ask_button, self.uncertainty]:
            if prev is not None:
                QWidget.setTabOrder(prev, w)
            prev = w
        self._signature = issue_signature(plan)

    def row(self, name: str) -> WeightRow:
        """The controls of the weight of the issue called ``name``."""
        return self._rows[name]

    def refresh(self, plan: Plan) -> None:
        if issue_signature(plan) != self._signature:
            self.rebuild(plan)
        pct = weights_as_percent(plan.weights)
        locked = self._editor.locked
        raw = self._editor.importance
        for name, row in self._rows.items():
            p = pct.get(name, 0.0)
            shown = p if raw is None else raw.get(name, p)
            with QSignalBlocker(row.slider), QSignalBlocker(row.spin):
                row.slider.setValue(int(round(p * _SCALE)))
                row.spin.setSuffix(" %" if raw is None else "")
                row.spin.setMaximum(100.0 if raw is None else 1000.0)
                if abs(row.spin.value() - shown) > 1e-9:
                    row.spin.setValue(shown)
            row.percent.setText(f"{number(p, 1)} %")
            row.percent.setVisible(raw is not None)
            is_locked = name in locked
            with QSignalBlocker(row.lock):
                row.lock.setChecked(is_locked)
            movable, why, hi = weight_lock_state(plan.weights, name, locked)
            row.slider.setEnabled(movable)
            row.spin.setEnabled(movable)
            row.slider.setStatusTip(why)
            row.slider.setProperty("maximumPercent", round(hi * 100.0, 1))
        total = sum(pct.values())
        self.total.setText(f"{number(total, 1)} %")
        region = plan.weight_region
        with QSignalBlocker(self.uncertainty):
            self.uncertainty.setValue(0.0 if region is None else region.widest * 100.0)
        self.uncertainty.setStatusTip("" if region is None or not region.low else
                                      tr("The weights' ranges come from {source}.").format(
                                          source=region_source_words(region.source)))

    # -- gestures ----------------------------------------------------------------------
    def _gesture_started(self) -> None:
        self._editor.document.begin_gesture()

    def _gesture_ended(self) -> None:
        self._editor.document.end_gesture()
        self.refresh(self._editor.document.plan)

    def _slider_moved(self, name: str, value: int) -> None:
        dragging = self._rows[name].slider.isSliderDown() and self._editor.document.in_gesture
        self._editor.set_weight(name, value / (100.0 * _SCALE), gesture=dragging)

    def _spin_changed(self, name: str, value: float) -> None:
        if self._editor.importance is not None:
            self._editor.set_importance(name, value)
        else:
            self._editor.type_weight(name, value / 100.0)


class WeightEditor(QWidget):
    """The ``weightEditor`` panel: direct weights, swing weighting and a consistency check."""

    #: emitted when the set of locked weights changes
    locksChanged = Signal()

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weightEditor")
        self._doc = document
        self._locked: set[str] = set()
        self._typed: list[str] = []  # weights typed since the weights last changed otherwise
        self._importance: dict[str, float] | None = None  # raw importance mode
        self._own: dict[str, float] | None = None  # the weights this editor's last typed edit gave
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("weightTabs")
        announce(self.tabs, tr("Weights, robustness and sensitivity"),
                 tr("Set the weights, weigh by swings, check a trade-off, see how sure the weights are"))
        self.tabs.setDocumentMode(True)
        self.weights_page = WeightsPage(self)
        self.swing_page = SwingPage(document, self)
        self.check_page = CheckPage(document, lambda: self.locked, self)
        self.sensitivity = SensitivityView(document, self)
        for page, title, tip in (
            (self.weights_page, tr("Weights", "weights tab"), tr("Set each weight directly")),
            (self.swing_page, tr("Swings"), tr("Swing weighting: rank and score the worst→best swings")),
            (self.check_page, tr("Check", "weights tab"), tr("Check the weights with one concrete trade-off")),
            (self.sensitivity, tr("Sensitivity"), tr("How the selected package's value moves when a weight moves")),
        ):
            scroll = QScrollArea()
            scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no Tab stop of its own: Tab goes to the page's controls
            scroll.setAccessibleName(title)
            scroll.setAccessibleDescription(tip)
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

    def set_weight(self, name: str, fraction: float, gesture: bool = False) -> bool:
        """Set one weight (0..1); the unlocked others rescale. ``gesture`` merges into the
        current drag's undo step and rescales from where the others were when the drag began
        (``document.gesture_plan``); otherwise the edit is one step of its own."""
        start = self._doc.gesture_plan if gesture else None
        r = set_issue_weight(self._doc.plan, name, fraction, self.locked, start=start)
        done = self._doc.apply(r.plan, r.message, merge_key=("weight", name))
        if not gesture:
            self._doc.end_gesture()
        if not done:  # clipped by locks: put the controls back where the plan is
            self.weights_page.refresh(self._doc.plan)
        return done

    @property
    def typed(self) -> tuple[str, ...]:
        """The weights typed (in order) since the weights last changed another way."""
        return tuple(self._typed)

    @property
    def importance(self) -> dict[str, float] | None:
        """The raw importance numbers in raw-importance mode (None: the weights are typed in %)."""
        return None if self._importance is None else dict(self._importance)

    def type_weight(self, name: str, fraction: float) -> bool:
        """A typed weight (0..1): it stays as typed, and so do the weights typed before it;
        the unlocked weights not yet typed make room (one undo step)."""
        r = type_issue_weight(self._doc.plan, name, fraction, self.locked, self._typed)
        return self._apply_own(r.plan, r.message, name)

    def set_raw_mode(self, on: bool) -> None:
        """Switch between weights in % and raw importance numbers (any numbers ≥ 0, normalised)."""
        if on == (self._importance is not None):
            return
        self._importance = weights_as_percent(self._doc.plan.weights) if on else None
        self._own = dict(self._doc.plan.weights) if on else None
        with QSignalBlocker(self.weights_page.raw_mode):
            self.weights_page.raw_mode.setChecked(on)
        self.weights_page.refresh(self._doc.plan)

    def set_importance(self, name: str, value: float) -> bool:
        """In raw-importance mode: the importance of ``name``; the weights are all the numbers
        normalised (one undo step)."""
        if self._importance is None:
            return False
        numbers = {**self._importance, name: float(value)}
        r = set_importance(self._doc.plan, numbers)
        if not r.ok:
            self._doc.post_message(r.message)
            self.weights_page.refresh(self._doc.plan)
            return False
        self._importance = numbers
        return self._apply_own(r.plan, r.message, None)

    def open_ask_dialog(self):
        """Open the "Ask me" dialog (pairwise questions) for this plan; returns it."""
        from .ask_dialog import AskDialog

        dlg = AskDialog(self._doc, self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dlg.show()
        return dlg

    def set_uncertainty(self, band: float) -> bool:
        """How far (fraction) any weight may be off: the plan's weight region (one undo step)."""
        r = set_weight_uncertainty(self._doc.plan, band or None)
        if not r.ok:
            self._doc.post_message(r.message)
            return False
        return self._doc.apply(r.plan, r.message)

    def _apply_own(self, plan: Plan, text: str, typed: str | None) -> bool:
        self._own = dict(plan.weights)
        if typed is not None and typed not in self._typed:
            self._typed.append(typed)
        done = self._doc.apply(plan, text)
        self._doc.end_gesture()
        if not done:
            self.weights_page.refresh(self._doc.plan)
        return done

    def row(self, name: str) -> WeightRow:
        """The controls (label, slider, spin box, lock) of the weight of issue ``name``."""
        return self.weights_page.row(name)

    # -- observing the document ----------------------------------------------------------
    def _on_changed(self, change: Change) -> None:
        if change.touches("weights", "issues") and self._own != self._doc.plan.weights:
            # changed another way (a slider, undo, swings, a file): typed weights and raw numbers start afresh
            self._typed.clear()
            self._own = None
            if self._importance is not None:
                self._importance = weights_as_percent(self._doc.plan.weights)
        if change.touches("weights", "issues", "packages", "weight_region"):
            self._refresh_all(change)

    def _refresh_all(self, change: Change | None) -> None:
        plan = self._doc.plan
        self._locked &= set(plan.issue_names)
        if change is None or change.touches("weights", "issues", "weight_region"):
            self.weights_page.refresh(plan)
            self.swing_page.refresh(plan, change)
        self.check_page.refresh(plan, change)
