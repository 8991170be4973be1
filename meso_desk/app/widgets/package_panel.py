"""PackagePanel (``packagePanel``): the plan's packages side by side, one column each.

Each column is a card: the package's name (rename in place), its live score as a number
and a bar against the target level (the plan's aspiration, or its MESO set's level) and
the reservation value, its status in words with an icon, a "Hold value" switch, and for
every issue a slider over the issue's grid with the term shown in the user's units and a
lock.

Handles for tests and scripts (``docs/design.md``): every term control — the slider
(``termSlider``) and its lock (``termLock``) — carries the dynamic properties ``package``
and ``issue``; each column (``packageColumn``) carries ``package``.

Speed: widgets are built only when the set of issues or the number of packages changes; a
rename rebinds a column in place, and a term change only updates values (the dragged
slider, the term labels, the score, bar and status of the package that changed). A drag
is one undo step (merge key + ``end_gesture`` on release); each key press is one.

MESO: "Generate MESOs…" opens a level control and adds a set (A, B, C) as one undoable
step; moving a term of a package with "Hold value" on rebalances its other terms live
(locks respected) when the MESO engine is present. The engine is looked up lazily, so the
panel works without it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QEvent, QObject, QRectF, QSignalBlocker, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QFont, QKeySequence, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...model.base import Term
from ...model.offers.meso_sets import with_meso_set
from ...model.package import Package, StoredPackage
from ...model.plan import Plan
from ...model.preferences.issues import CategoricalIssue, default_term
from ...model.scoring import score
from ..document import Change, PlanDocument
from .common import steady
from .glyphs import action_icon, lock_icon, status_pixmap
from .score_bar import ScoreBar
from .term_slider import TermSlider

COLUMN_WIDTH = 228
#: a package within this many points of its target is "at the target" (the MESO tolerance)
TARGET_TOLERANCE = 0.5


# -- the MESO engine (helper B's model code), looked up lazily --------------------------------
def meso_engine() -> tuple[Callable[..., Any] | None, Callable[..., Any] | None]:
    """``(generate_mesos, rebalance)`` from the model, or ``None`` for what is missing."""
    gen = reb = None
    try:
        import meso_desk as md

        gen = getattr(md, "generate_mesos", None)
        reb = getattr(md, "rebalance", None)
    except ImportError:  # pragma: no cover
        pass
    if gen is None or reb is None:
        import importlib

        for mod_name in ("meso_desk.model.offers.meso", "meso_desk.model.offers.rebalance"):
            try:
                mod = importlib.import_module(mod_name)
            except ImportError:
                continue
            gen = gen or getattr(mod, "generate_mesos", None)
            reb = reb or getattr(mod, "rebalance", None)
    return gen, reb


def package_status(plan: Plan, pkg: Package, value: float, target: float) -> tuple[str, str, str]:
    """``(status, text, details)`` of a package; status is ``unacceptable`` (breaks a hard
    limit or uses an unacceptable option), ``below`` (under the reservation value),
    ``short`` (acceptable, under the target) or ``ok`` (at or above the target)."""
    below = value < plan.reservation - 1e-9
    if not pkg.acceptable:
        bad = [i.name for i in plan.issues if not i.is_acceptable(pkg[i.name])]
        details = "; ".join(pkg.violations)
        if below:
            details += f"; and {plan.reservation - value:.1f} points below your reservation value"
        text = "Not acceptable: " + ", ".join(bad) + (" · below reservation" if below else "")
        return "unacceptable", text, details
    if below:
        return ("below", f"Below reservation ({plan.reservation:.1f}) by {plan.reservation - value:.1f}",
                f"{value:.1f} points is below your reservation value {plan.reservation:.1f}: never offer it.")
    if value >= target - TARGET_TOLERANCE:
        text = ("At the target level" if value < target + TARGET_TOLERANCE
                else f"{value - target:.1f} above the target")
        return "ok", text, f"{value:.1f} points; target {target:.1f}"
    return ("short", f"{target - value:.1f} short of the target ({target:.1f})",
            f"{value:.1f} points: acceptable, {target - value:.1f} short of the target {target:.1f}")


def target_level(plan: Plan, package_name: str) -> float:
    """The level a package aims at: its MESO set's level, else the plan's aspiration."""
    s = plan.meso_set_of(package_name)
    if s is not None and s.level is not None:
        return float(s.level)
    return float(plan.aspiration)


def _issue_signature(plan: Plan) -> tuple:
    out = []
    for i in plan.issues:
        g = i.grid()
        out.append((i.name, i.kind, len(g), tuple(g.tolist()) if isinstance(i, CategoricalIssue) else
                    (float(g[0]), float(g[-1])), tuple(i.grid_acceptable().tolist())))
    # (the order of issues matters too: rows are laid out in it)
    return tuple(out)


def _term_index(issue, term: Term) -> int:
    return int(issue.index_of(term))


def _term_at(issue, index: int) -> Term:
    g = issue.grid()
    v = g[int(index)]
    return str(v) if isinstance(issue, CategoricalIssue) else float(v)


# =============================================================================================
class TermEditor:
    """The controls for one term of one package: caption, term label, slider, lock."""

    def __init__(self, column: PackageColumn, issue, grid: QGridLayout, row: int) -> None:
        self.column = column
        self.issue = issue
        self.name = issue.name
        self.caption = QLabel(issue.name)
        self.caption.setObjectName("termCaption")
        self.caption.setToolTip(issue.description or issue.name)
        self.term = QLabel()
        self.term.setObjectName("termLabel")
        self.term.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.term.setTextFormat(Qt.TextFormat.PlainText)
        bold = QFont(self.term.font())
        bold.setBold(True)
        self.term.setFont(bold)
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
        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.setSpacing(4)
        head.addWidget(self.caption)
        head.addStretch(1)
        head.addWidget(self.warn)
        head.addWidget(steady(self.term))  # its text changes in every frame of a drag
        grid.addLayout(head, 2 * row, 0, 1, 2)
        grid.addWidget(self.slider, 2 * row + 1, 0)
        grid.addWidget(self.lock, 2 * row + 1, 1)
        self._last_term: Any = None
        self._last_ok: bool | None = None
        self._last_locked: bool | None = None
        self.slider.valueChanged.connect(self._moved)
        self.slider.sliderPressed.connect(self._pressed)
        self.slider.sliderReleased.connect(self._released)
        self.lock.toggled.connect(self._lock_toggled)
        self.bind(column.package_name)

    def widgets(self) -> list[QWidget]:
        return [self.caption, self.term, self.warn, self.slider, self.lock]

    def bind(self, package: str) -> None:
        for w in (self.slider, self.lock, self.term, self.caption):
            w.setProperty("package", package)
            w.setProperty("issue", self.name)
        self.slider.setAccessibleName(f"{self.name} of {package}")
        self.lock.setAccessibleName(f"Lock {self.name} of {package}")
        rng = self.issue.range_text()
        self.slider.setToolTip(f"{self.name} of {package} ({rng}). Drag, or use the arrow keys "
                               "to move one step.")
        self.lock.setToolTip(f"Lock {self.name}: rebalancing will not move it and the slider is held.")

    def update(self, plan: Plan, terms: Mapping[str, Term], locked: bool) -> None:
        t = terms[self.name]
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
            if ok:
                self.term.setToolTip("")
            elif self.issue.is_numeric:
                self.term.setToolTip(f"Beyond the hard limit {self.issue.format_term(self.issue.hard_limit)}")
            else:
                self.term.setToolTip(f"{t} is unacceptable to you")
            self.warn.setToolTip(self.term.toolTip())
        if locked != self._last_locked:
            self._last_locked = locked
            with QSignalBlocker(self.lock):
                self.lock.setChecked(locked)
            self.slider.setEnabled(not locked)

    # -- gestures ----------------------------------------------------------------------
    def _pressed(self) -> None:
        self.column.panel._gesture_started(self.column.package_name, self.name)

    def _released(self) -> None:
        self.column.panel._gesture_ended()

    def _moved(self, index: int) -> None:
        self.column.panel.move_term(self.column.package_name, self.name, _term_at(self.issue, index),
                                    dragging=self.slider.isSliderDown())

    def _lock_toggled(self, on: bool) -> None:
        self.column.panel.set_term_locked(self.column.package_name, self.name, on)


# =============================================================================================
class PackageColumn(QFrame):
    """One package as a card."""

    clicked = Signal(str)

    def __init__(self, panel: PackagePanel, plan: Plan, name: str) -> None:
        super().__init__()
        self.setObjectName("packageColumn")
        self.panel = panel
        self.package_name = name
        self._selected = False
        self._last: tuple | None = None
        self.setFixedWidth(COLUMN_WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self.setAutoFillBackground(False)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(10, 8, 10, 10)
        lay.setSpacing(4)

        head = QHBoxLayout()
        head.setSpacing(2)
        f = QFont(self.font())
        f.setBold(True)
        f.setPointSizeF(f.pointSizeF() * 1.1)
        # the name: a label (elided) that turns into a line edit to rename in place
        self.name_label = QLabel(name)
        self.name_label.setObjectName("packageTitle")
        self.name_label.setFont(f)
        self.name_label.setToolTip("Double-click (or F2) to rename")
        self.name_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.name_label.installEventFilter(self)
        self.name_edit = QLineEdit(name)
        self.name_edit.setObjectName("packageName")
        self.name_edit.setFont(f)
        self.name_edit.setToolTip("Enter to rename, Esc to cancel")
        self.name_edit.hide()
        self.name_edit.returnPressed.connect(lambda: self._finish_rename(keep_open=True))
        self.name_edit.installEventFilter(self)
        self._renaming = False
        self.menu_button = QToolButton()
        self.menu_button.setObjectName("packageMenu")
        self.menu_button.setAutoRaise(True)
        self.menu_button.setText("⋯")
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_button.setToolTip("Rename, duplicate or delete this package")
        self.menu_button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")
        menu = QMenu(self.menu_button)
        menu.addAction("Rename", self.start_rename)
        menu.addAction("Duplicate", lambda: panel.duplicate_package(self.package_name))
        menu.addSeparator()
        menu.addAction("Lock all terms", lambda: panel.set_all_locked(self.package_name, True))
        menu.addAction("Unlock all terms", lambda: panel.set_all_locked(self.package_name, False))
        menu.addSeparator()
        menu.addAction("Delete", lambda: panel.delete_package(self.package_name))
        self.menu_button.setMenu(menu)
        head.addWidget(self.name_label, 1)
        head.addWidget(self.name_edit, 1)
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
        self.kind = QLabel()
        self.kind.setObjectName("packageKind")
        self.kind.setProperty("muted", True)
        self.kind.setPalette(panel.muted_palette)
        self.kind.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)

        score_row = QHBoxLayout()
        score_row.setSpacing(4)
        self.score_label = QLabel("—")
        self.score_label.setObjectName("scoreLabel")
        sf = QFont(self.score_label.font())
        sf.setPointSizeF(sf.pointSizeF() * 1.9)
        sf.setBold(True)
        self.score_label.setFont(sf)
        self.score_label.setToolTip("Our value of this package in points (0–100)")
        self.score_label.setMinimumWidth(self.score_label.fontMetrics().horizontalAdvance("100.0") + 2)
        pts = QLabel("pts")
        pts.setPalette(panel.muted_palette)
        pts.setAlignment(Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignLeft)
        score_row.addWidget(steady(self.score_label), 0, Qt.AlignmentFlag.AlignBottom)
        score_row.addWidget(pts, 0, Qt.AlignmentFlag.AlignBottom)
        score_row.addStretch(1)
        score_row.addWidget(self.kind, 0, Qt.AlignmentFlag.AlignBottom)
        lay.addLayout(score_row)
        self.bar = ScoreBar()
        lay.addWidget(self.bar)
        status_row = QHBoxLayout()
        status_row.setSpacing(5)
        self.status_icon = QLabel()
        self.status_icon.setObjectName("statusIcon")
        self.status_icon.setFixedSize(16, 16)
        self.status_text = QLabel()
        self.status_text.setObjectName("packageStatus")
        self.status_text.setWordWrap(True)
        self.status_text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.status_text.setFixedHeight(2 * self.status_text.fontMetrics().lineSpacing() + 2)
        status_row.addWidget(self.status_icon, 0, Qt.AlignmentFlag.AlignTop)
        status_row.addWidget(steady(self.status_text), 1)
        lay.addLayout(status_row)

        self.hold = QCheckBox("Hold value")
        self.hold.setObjectName("holdValue")
        self.hold.toggled.connect(lambda on: panel.set_hold_value(self.package_name, on))
        self.hold_message = QLabel()
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
        self._grid.setHorizontalSpacing(2)
        self._grid.setVerticalSpacing(1)
        self._grid.setColumnStretch(0, 1)
        lay.addWidget(self._terms_host)
        lay.addStretch(1)
        self.editors: dict[str, TermEditor] = {}
        self.build_terms(plan)
        self.bind(name)

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
            self.editors[issue.name] = TermEditor(self, issue, self._grid, r)
            self._grid.setRowMinimumHeight(2 * r, 0)
            if r:
                self._grid.setRowMinimumHeight(2 * r, 22)
        self._last = None

    def rebind_issues(self, plan: Plan) -> None:
        """Issues changed without changing their grids: point the editors at the new ones."""
        for issue in plan.issues:
            ed = self.editors.get(issue.name)
            if ed is not None:
                ed.issue = issue
                ed.caption.setToolTip(issue.description or issue.name)
                ed._last_term = None  # re-format the term (the unit may have changed)
                ed.bind(self.package_name)
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
        self.name_label.setAccessibleName(f"Package {name}")
        self.name_edit.setAccessibleName(f"Name of package {name}")
        self.hold.setToolTip(f"Hold the value of {name}: moving one term moves the others so that "
                             "its points stay the same (locked terms stay put).")
        for ed in self.editors.values():
            ed.bind(name)
        self._last = None

    # -- values ------------------------------------------------------------------------
    def update_from(self, plan: Plan) -> None:
        sp = plan.stored_package(self.package_name)
        meso = plan.meso_set_of(self.package_name)
        # unchanged package, issues, weights and levels: nothing to redo (a drag in another
        # column leaves this one alone); pydantic rebuilds containers, so compare contents
        key = (sp, plan.issues, plan.weights, plan.reservation, plan.aspiration, meso)
        last = self._last
        if (last is not None and last[0] is sp and last[5] == meso and last[2] == plan.weights
                and last[3] == plan.reservation and last[4] == plan.aspiration and len(last[1]) == len(plan.issues)
                and all(a is b for a, b in zip(last[1], plan.issues))):
            return
        self._last = key
        pkg = Package(plan, sp.terms, name=sp.name)
        value = score(plan, pkg)
        target = target_level(plan, sp.name)
        status, text, details = package_status(plan, pkg, value, target)
        self.score_label.setText(f"{value:.1f}")
        self.score_label.setProperty("score", value)
        self.bar.set_values(value, target, plan.reservation, status)
        self.bar.setToolTip(f"{value:.1f} points; target {target:.1f}, reservation {plan.reservation:.1f}")
        self.bar.setProperty("status", status)
        self.status_text.setText(text)
        self.status_text.setToolTip(details)
        self.status_icon.setToolTip(details)
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
            lvl = f" · {meso.level:.1f}" if meso.level is not None else ""
            self.kind.setText(f"{meso.name}{lvl}")
            self.kind.setToolTip(f"Part of the MESO set {meso.name}: "
                                 f"{', '.join(meso.packages)}, offered together")
        else:
            self.kind.setText("")
            self.kind.setToolTip("")
        with QSignalBlocker(self.hold):
            self.hold.setChecked(sp.hold_value)
        locked = set(sp.locked)
        for name, ed in self.editors.items():
            ed.update(plan, sp.terms, name in locked)

    def set_hold_message(self, text: str, status: str = "short", short: str = "") -> None:
        """Say how the last rebalance went: ``short`` beside the switch, ``text`` as tooltip."""
        if not text:
            self.hold_message.clear()
            self.hold_message.setToolTip("")
            return
        pal = self.hold_message.palette()
        pal.setColor(QPalette.ColorRole.WindowText, self.panel.status_qcolor(status))
        self.hold_message.setPalette(pal)
        self.hold_message.setText(short or text)
        self.hold_message.setToolTip(text)

    def _elide_name(self) -> None:
        fm = self.name_label.fontMetrics()
        width = max(20, self.name_label.width() if self.name_label.isVisible() else COLUMN_WIDTH - 60)
        self.name_label.setText(fm.elidedText(self.package_name, Qt.TextElideMode.ElideRight, width))
        self.name_label.setToolTip(f"{self.package_name} — double-click (or F2) to rename")

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide_name()

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
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        pal = self.palette()
        r = QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5)
        p.setBrush(pal.color(QPalette.ColorRole.Base))
        if self._selected:
            hl = pal.color(QPalette.ColorRole.Highlight)
            p.setPen(QPen(hl, 2.0))
        else:
            p.setPen(QPen(pal.color(QPalette.ColorRole.Mid), 1.0))
        p.drawRoundedRect(r, 6, 6)
        p.end()

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
        self.name_error.setText(f"Not renamed: {error}")
        self.name_error.show()
        if not keep_open:
            self._end_rename()


# =============================================================================================
class PackagePanel(QWidget):
    """The ``packagePanel``: packages side by side, live scores, add/duplicate/rename/delete."""

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("packagePanel")
        self._doc = document
        self._columns: list[PackageColumn] = []
        self._signature: tuple = ()
        self._gesture: tuple[str, str, Plan] | None = None
        self._pixmaps: dict[tuple[str, int], Any] = {}
        self.lock_icon = lock_icon()
        self.muted_palette = QPalette(self.palette())
        self.muted_palette.setColor(QPalette.ColorRole.WindowText,
                                    self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText))
        self._engine: tuple[Callable[..., Any] | None, Callable[..., Any] | None] | None = None

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        self.toolbar = QToolBar("Packages")
        self.toolbar.setObjectName("packageToolbar")
        self.toolbar.setIconSize(QSize(16, 16))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        style = self.style()
        self.add_action = QAction(action_icon("add"), "Add", self)
        self.add_action.setObjectName("addPackage")
        self.add_action.setToolTip("Add a package with default terms")
        self.add_action.triggered.connect(lambda: self.add_package())
        self.duplicate_action = QAction(action_icon("duplicate"), "Duplicate", self)
        self.duplicate_action.setObjectName("duplicatePackage")
        self.duplicate_action.setToolTip("Duplicate the selected package")
        self.duplicate_action.triggered.connect(lambda: self.duplicate_package())
        self.delete_action = QAction(style.standardIcon(QStyle.StandardPixmap.SP_TrashIcon), "Delete", self)
        self.delete_action.setObjectName("deletePackage")
        self.delete_action.setToolTip("Delete the selected package (undo brings it back)")
        self.delete_action.triggered.connect(lambda: self.delete_package())
        self.generate_action = QAction(self._meso_icon(), "Generate MESOs…", self)
        self.generate_action.setObjectName("generateMesos")
        self.generate_action.setToolTip("Propose two or three packages worth the same to you, each conceding "
                                        "on a different issue")
        self.generate_action.triggered.connect(self.open_meso_dialog)
        self.rename_action = QAction("Rename", self)
        self.rename_action.setObjectName("renamePackage")
        self.rename_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.rename_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.rename_action.triggered.connect(self._rename_selected)
        self.addAction(self.rename_action)
        self.toolbar.addAction(self.add_action)
        self.toolbar.addAction(self.duplicate_action)
        self.toolbar.addAction(self.delete_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.generate_action)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.legend = QLabel()
        self.legend.setObjectName("packageLegend")
        self.legend.setPalette(self.muted_palette)
        self.toolbar.addWidget(self.legend)
        lay.addWidget(self.toolbar)

        self.scroll = QScrollArea()
        self.scroll.setObjectName("packageScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self._host = QWidget()
        self._host.setObjectName("packageColumns")
        self._row = QHBoxLayout(self._host)
        self._row.setContentsMargins(8, 8, 8, 8)
        self._row.setSpacing(8)
        self._row.addStretch(1)
        self.scroll.setWidget(self._host)
        lay.addWidget(self.scroll, 1)
        self.empty = QLabel("No packages yet. Add one, or generate a MESO set.")
        self.empty.setObjectName("packageEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setPalette(self.muted_palette)
        self._row.insertWidget(0, self.empty, 1)

        document.changed.connect(self._on_changed)
        document.selectionChanged.connect(self._on_selection)
        app = QApplication.instance()
        if app is not None:
            app.focusChanged.connect(self._focus_changed)
        self._sync(document.plan, force=True)
        self._on_selection(document.selected_package)

    # -- helpers for the columns -------------------------------------------------------------
    def pixmap(self, status: str, size: int):
        key = (status, size)
        pm = self._pixmaps.get(key)
        if pm is None:
            pm = status_pixmap(status, size)
            self._pixmaps[key] = pm
        return pm

    @staticmethod
    def status_qcolor(status: str) -> QColor:
        from .glyphs import status_colour

        return status_colour(status)

    def _meso_icon(self):
        from PySide6.QtGui import QIcon, QPixmap

        icon = QIcon()
        for dpr in (1.0, 2.0):
            pm = QPixmap(int(16 * dpr), int(16 * dpr))
            pm.setDevicePixelRatio(dpr)
            pm.fill(Qt.GlobalColor.transparent)
            p = QPainter(pm)
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            for k, c in enumerate(("#f2b134", "#6cc3a0", "#f26d5b")):
                p.fillRect(QRectF(1.5 + k * 5, 5, 3.5, 10), QColor(c))
            p.setPen(QPen(self.palette().color(QPalette.ColorRole.WindowText), 1.4))
            p.drawLine(1, 3, 15, 3)
            p.end()
            icon.addPixmap(pm)
        return icon

    @property
    def document(self) -> PlanDocument:
        return self._doc

    @property
    def columns(self) -> list[PackageColumn]:
        return list(self._columns)

    def column(self, name: str) -> PackageColumn:
        for c in self._columns:
            if c.package_name == name:
                return c
        raise KeyError(f"no column for package {name!r}")

    def term_slider(self, package: str, issue: str) -> TermSlider:
        return self.column(package).editors[issue].slider

    def engine(self) -> tuple[Callable[..., Any] | None, Callable[..., Any] | None]:
        if self._engine is None or self._engine[0] is None or self._engine[1] is None:
            self._engine = meso_engine()
        return self._engine

    # -- observing the document ----------------------------------------------------------
    def _on_changed(self, change: Change) -> None:
        if change.touches("issues", "weights", "packages", "meso_sets", "reservation", "aspiration"):
            self._sync(self._doc.plan, force=change.everything)

    def _sync(self, plan: Plan, force: bool = False) -> None:
        old = getattr(self, "_issues", ())
        same_issues = len(old) == len(plan.issues) and all(a is b for a, b in zip(old, plan.issues))
        sig = self._signature if (same_issues and not force) else _issue_signature(plan)
        self._issues = plan.issues
        rebuild_terms = force or sig != self._signature
        self._signature = sig
        if not same_issues and not rebuild_terms:
            # same grids, other details (curve, unit, description): keep the widgets, rebind
            for c in self._columns:
                c.rebind_issues(plan)
        names = plan.package_names
        structural = rebuild_terms or len(names) != len(self._columns)
        if structural:
            self.setUpdatesEnabled(False)
        try:
            if rebuild_terms:
                for c in self._columns:
                    c.build_terms(plan)
            while len(self._columns) > len(names):
                c = self._columns.pop()
                self._row.removeWidget(c)
                c.hide()
                c.setParent(None)  # gone from findChildren at once, deleted later
                c.deleteLater()
            for i, name in enumerate(names):
                if i < len(self._columns):
                    c = self._columns[i]
                    if c.package_name != name:
                        c.bind(name)
                else:
                    c = PackageColumn(self, plan, name)
                    c.clicked.connect(self._doc.select_package)
                    self._row.insertWidget(self._row.count() - 1, c)
                    self._columns.append(c)
            for c in self._columns:
                c.update_from(plan)
            self.empty.setVisible(not names)
        finally:
            if structural:
                self.setUpdatesEnabled(True)
                self._on_selection(self._doc.selected_package)
        self.legend.setText(f"Aspiration {plan.aspiration:.1f} · Reservation {plan.reservation:.1f}")
        self.legend.setToolTip("Each bar shows the package's points; the dark tick marks its target level "
                               "(aspiration or its MESO set's level), the red tick your reservation value.")
        has = bool(names)
        self.duplicate_action.setEnabled(has)
        self.delete_action.setEnabled(has)
        self.generate_action.setEnabled(len(plan.issues) >= 2)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Tabbing or clicking into a column's control selects its package."""
        w = new
        while w is not None and w is not self:
            if isinstance(w, PackageColumn):
                if w.package_name in self._doc.plan.package_names:
                    self._doc.select_package(w.package_name)
                return
            w = w.parentWidget()

    def _on_selection(self, name: str) -> None:
        sel = self._doc.selected_package
        for c in self._columns:
            c.set_selected(c.package_name == sel)

    # -- editing: terms --------------------------------------------------------------------
    def _gesture_started(self, package: str, issue: str) -> None:
        self._gesture = (package, issue, self._doc.plan)
        self._doc.select_package(package)

    def _gesture_ended(self) -> None:
        self._gesture = None
        self._doc.end_gesture()

    def move_term(self, package: str, issue: str, term: Term, dragging: bool = False) -> bool:
        """Set one term (one undo step, or merged into the current drag's step).

        With "Hold value" on and the MESO engine present, the other unlocked terms are
        rebalanced so that the package keeps the value it had when the gesture started.
        """
        doc = self._doc
        plan = doc.plan
        sp = plan.stored_package(package)
        message, status, short = "", "short", ""
        if sp.hold_value:
            _gen, rebalance = self.engine()
            if rebalance is not None:
                base = plan
                if dragging and self._gesture is not None and self._gesture[0] == package:
                    base = self._gesture[2]
                locked = tuple(x for x in base.stored_package(package).locked if x != issue)
                try:
                    result = rebalance(base, base.package(package), issue, term, locked=locked)
                except ValueError as e:
                    result = None
                    message, status, short = f"Can't hold the value: {e}", "below", "can't hold"
                if result is not None:
                    terms = dict(getattr(result, "package", result))
                    new_plan = plan.with_terms(package, terms)
                    off = float(getattr(result, "off_by", 0.0) or 0.0)
                    exact = bool(getattr(result, "exact", abs(off) <= 0.5))
                    text = getattr(result, "message", "") or ""
                    if not exact:
                        message = f"Can't hold the value: {text or f'off by {off:+.1f} points'}"
                        status, short = "short", f"off by {off:+.1f}"
                    elif text:  # held, but the user's own terms break a limit or the reservation
                        message, status, short = text, "below", "see note"
                    else:
                        message, status, short = "", "ok", ""
                    self._apply_term(new_plan, package, issue, dragging, message, status, short)
                    return True
            else:
                message, status = "Hold value needs the MESO engine; the term moved alone.", "info"
                short = "not held"
        new_plan = plan.with_term(package, issue, term)
        self._apply_term(new_plan, package, issue, dragging, message, status, short)
        return True

    def _apply_term(self, new_plan: Plan, package: str, issue: str, dragging: bool, message: str,
                    status: str, short: str = "") -> None:
        doc = self._doc
        doc.apply(new_plan, f"Change {issue} of {package}", merge_key=("term", package, issue))
        if not dragging:
            doc.end_gesture()
        try:
            self.column(package).set_hold_message(message if short else "", status, short)
        except KeyError:
            pass

    def set_term_locked(self, package: str, issue: str, on: bool) -> bool:
        self._doc.select_package(package)
        plan = self._doc.plan
        sp = plan.stored_package(package)
        locked = [x for x in sp.locked if x != issue]
        if on:
            locked.append(issue)
            locked = [n for n in plan.issue_names if n in locked]
        new = sp.model_copy(update={"locked": tuple(locked)})
        verb = "Lock" if on else "Unlock"
        return self._doc.apply(plan.with_package(new), f"{verb} {issue} of {package}")

    def set_all_locked(self, package: str, on: bool) -> bool:
        plan = self._doc.plan
        sp = plan.stored_package(package)
        new = sp.model_copy(update={"locked": tuple(plan.issue_names) if on else ()})
        return self._doc.apply(plan.with_package(new), f"{'Lock' if on else 'Unlock'} all terms of {package}")

    def set_hold_value(self, package: str, on: bool) -> bool:
        plan = self._doc.plan
        sp = plan.stored_package(package)
        if sp.hold_value == on:
            return False
        new = sp.model_copy(update={"hold_value": on})
        done = self._doc.apply(plan.with_package(new), f"{'Hold' if on else 'Release'} the value of {package}")
        if not on:
            self.column(package).set_hold_message("")
        elif self.engine()[1] is None:
            self.column(package).set_hold_message("Hold value needs the MESO engine (not available).", "info",
                                                  "no engine")
        return done

    # -- editing: packages -------------------------------------------------------------------
    def add_package(self, name: str | None = None) -> str:
        plan = self._doc.plan
        name = plan.unique_package_name(name or "New package")
        sp = StoredPackage(name=name, terms={i.name: default_term(i) for i in plan.issues})
        self._doc.apply(plan.with_package(sp), f"Add package {name}")
        self._doc.select_package(name)
        self._reveal(name)
        return name

    def duplicate_package(self, name: str | None = None) -> str | None:
        plan = self._doc.plan
        name = name or self._doc.selected_package
        if not name:
            return None
        sp = plan.stored_package(name)
        new_name = plan.unique_package_name(f"{name} copy")
        index = plan.package_names.index(name) + 1
        copy = sp.model_copy(update={"name": new_name})
        self._doc.apply(plan.with_package(copy, index=index), f"Duplicate {name}")
        self._doc.select_package(new_name)
        self._reveal(new_name)
        return new_name

    def delete_package(self, name: str | None = None) -> bool:
        plan = self._doc.plan
        name = name or self._doc.selected_package
        if not name or name not in plan.package_names:
            return False
        names = plan.package_names
        i = names.index(name)
        done = self._doc.apply(plan.with_package_removed(name), f"Delete {name}")
        rest = self._doc.plan.package_names
        if rest:
            self._doc.select_package(rest[min(i, len(rest) - 1)])
        return done

    def rename_package(self, old: str, new: str) -> str | None:
        """Rename; returns the reason when refused (empty or duplicate name)."""
        plan = self._doc.plan
        try:
            new_plan = plan.with_package_renamed(old, new)
        except ValueError as e:
            return str(e)[0].upper() + str(e)[1:]
        was_selected = self._doc.selected_package == old
        self._doc.apply(new_plan, f"Rename {old} to {new.strip()}")
        if was_selected:
            self._doc.select_package(new.strip())
        return None

    def _rename_selected(self) -> None:
        sel = self._doc.selected_package
        if sel:
            self.column(sel).start_rename()

    def _reveal(self, name: str) -> None:
        try:
            col = self.column(name)
        except KeyError:
            return
        QTimer.singleShot(0, lambda: self.scroll.ensureWidgetVisible(col, 20, 0) if col.isVisible() else None)

    # -- MESO ----------------------------------------------------------------------------
    def open_meso_dialog(self):
        """Open the "Generate MESOs" dialog (window-modal) and return it."""
        from .meso_dialog import MesoDialog

        dlg = MesoDialog(self._doc, self, self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dlg.open()
        return dlg

    def add_meso_set(self, packages: list[Mapping[str, Term]], level: float | None) -> list[str]:
        """Add generated packages as one MESO set (A, B, C …) in one undoable step."""
        new_plan, names = with_meso_set(self._doc.plan, packages, level)
        self._doc.apply(new_plan, f"Generate MESOs ({', '.join(names)})")
        if names:
            self._doc.select_package(names[0])
            self._reveal(names[-1])
        return names

    def sizeHint(self) -> QSize:
        return QSize(3 * COLUMN_WIDTH + 40, 560)

    def minimumSizeHint(self) -> QSize:
        return QSize(COLUMN_WIDTH + 30, 200)
