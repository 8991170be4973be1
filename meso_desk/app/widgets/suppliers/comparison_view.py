"""The "Suppliers" view (``supplierComparison``, issue 25, ``docs/suppliers.md``). INTERNAL.

* **Side by side** (``supplierTable``): one column per supplier (the one worked on marked ●),
  one row per question — its best offer so far (where from and the key terms), our points and
  its total cost, our BATNA against it, our estimate of their priorities, the ZOPA in words,
  what is left to try (the next MESO set) and who would approve the best offer. Under each
  column: "Switch to" (``switchSupplier``) and "Use as next set" (``useNextSet``: switches to the
  supplier and adds the set, one undo step); both carry the dynamic property ``supplier``.
  "Sort by" (``supplierSort``) orders the columns.
* **Split award** (``splitA``, ``splitB``, ``splitVolume`` — the units split, at its left end the
  best single award's offered volume): the total cost (``splitCostPlot``) and our points
  (``splitPointsPlot``) against the share of the first supplier, the sentence
  (``splitSentence``) and the assumptions (``splitAssumptions``).

The comparison (with the next sets) and the split run off the GUI thread
(:class:`~meso_desk.app.background.LatestJob`) on ``document.changed`` — after a drag, never
during one — and only while the view is on screen (a hidden view catches up when shown).
"""

from __future__ import annotations

import importlib
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ....model.language import QT_TR_NOOP, number, tr
from ....model.offers.meso_sets import with_meso_set
from ....model.plan import Plan
from ....model.preferences.total_cost import format_money, units_words
from ....model.sourcing.comparison import SORT_KEYS, SupplierRow, compare_suppliers
from ....model.sourcing.split import SplitAward, split_award
from ...background import LatestJob, OnScreenView, checkpoint
from ...document import Change, PlanDocument
from ...plot import style
from ..common import ElidedLabel, tab_leaves
from ..entry_spin import DoubleSpinBox

#: the rows of the table: (key, label, tooltip); label and tooltip shown through tr()
ROWS = (
    ("best", QT_TR_NOOP("Best offer"),
     QT_TR_NOOP("The best offer we hold from this supplier (acceptable offers only): where from")),
    ("terms", QT_TR_NOOP("Key terms"), QT_TR_NOOP("The best offer's terms")),
    ("points", QT_TR_NOOP("Our points"), QT_TR_NOOP("What the best offer is worth to us")),
    ("cost", QT_TR_NOOP("Total cost"), QT_TR_NOOP("The best offer's total cost (the plan's cost model)")),
    ("batna", QT_TR_NOOP("Our BATNA"), QT_TR_NOOP("Our best alternative to this supplier: the best offer held "
                                                  "from the others (or the outside option)")),
    ("priorities", QT_TR_NOOP("Their priorities"),
     QT_TR_NOOP("Our estimate of what matters most to them (from their reactions)")),
    ("zopa", QT_TR_NOOP("ZOPA"), QT_TR_NOOP("The zone of possible agreement with this supplier, in words (estimated)")),
    ("next", QT_TR_NOOP("Left to try"), QT_TR_NOOP("The next MESO set for this supplier")),
    ("approvals", QT_TR_NOOP("Approval"), QT_TR_NOOP("Who would sign the best offer off, who would object")),
)
SORT_LABELS = {"points": QT_TR_NOOP("Best offer (points)"), "cost": QT_TR_NOOP("Total cost"),
               "zopa": QT_TR_NOOP("ZOPA width"), "name": QT_TR_NOOP("Name"), "rounds": QT_TR_NOOP("Rounds")}
#: the same inside the headline's sentence ("3 suppliers, by total cost; …")
SORT_WORDS = {"points": QT_TR_NOOP("best offer (points)"), "cost": QT_TR_NOOP("total cost"),
              "zopa": QT_TR_NOOP("zopa width"), "name": QT_TR_NOOP("name"), "rounds": QT_TR_NOOP("rounds")}
ACTIVE_MARK = "● "
COST_COLOUR = QColor(0, 114, 178)
POINTS_COLOUR = QColor(230, 159, 0)
SUPPLIER_EDITS = "meso_desk.model.edits.supplier_edits"


def compute_rows(payload: tuple[Plan, str]) -> list[SupplierRow]:
    """The suppliers side by side with their next sets (runs in the background)."""
    plan, sort_by = payload
    checkpoint()
    return compare_suppliers(plan, sort_by, next_sets=True)


def compute_split(payload: tuple[Plan, str, str, float | None]) -> SplitAward | str:
    """The split award between two suppliers (of ``volume`` units, None: the best single award's),
    or why there is none (runs in the background)."""
    plan, a, b, volume = payload
    try:
        return split_award(plan, a, b, volume=volume if plan.costs is not None else None)
    except (ValueError, KeyError) as e:
        return str(e).strip("'\"")


def switched(plan: Plan, name: str) -> Plan:
    """``plan`` working on supplier ``name`` (the supplier edits' switch when present)."""
    try:
        return importlib.import_module(SUPPLIER_EDITS).switch_supplier(plan, name)
    except (ImportError, AttributeError):
        return plan.with_supplier(name)


def key_terms(plan: Plan, terms: dict, sep: str = " · ") -> str:
    """The offer's terms in plain words ("EUR 246.00 · 2,000 units · 5 weeks …"; with
    ``sep="\n"`` one "Issue: term" per line, for the tooltip)."""
    if sep == "\n":
        return "\n".join(f"{i.name}: {i.format_term(terms[i.name])}" for i in plan.issues if i.name in terms)
    return sep.join(i.format_term(terms[i.name]) for i in plan.issues if i.name in terms)


def cell_texts(plan: Plan, r: SupplierRow) -> dict[str, str]:
    """What each row of ``r``'s column says."""
    def money(x: float | None) -> str:
        return "" if x is None else format_money(x, plan.currency)

    top = sorted(r.their_weights.items(), key=lambda kv: -kv[1])[:3]
    if r.next_set and r.next_level is not None:
        nxt = tr("{n} packages at {level:.1f}").format(n=len(r.next_set), level=r.next_level)
    elif r.next_set:
        nxt = tr("{n} packages").format(n=len(r.next_set))
    else:
        nxt = r.next_note or tr("no next set")
    if r.n_rounds == 1:
        seen = tr("estimate, 1 round")
    elif r.n_rounds:
        seen = tr("estimate, {n} rounds").format(n=r.n_rounds)
    else:
        seen = tr("our prior: no rounds yet")
    return {
        "best": r.best.label if r.best else tr("none held"),
        "terms": key_terms(plan, r.best.terms) if r.best else "",
        "points": number(r.best.points, 1, grouping=False) if r.best else "",
        "cost": money(r.best_cost),
        "batna": f"{r.batna.source} ({number(r.batna.points, 1, grouping=False)})" if r.batna else tr("none"),
        "priorities": ", ".join(f"{k} {number(100 * v, 0, grouping=False)} %" for k, v in top) + f" ({seen})",
        "zopa": r.zopa,
        "next": nxt,
        "approvals": r.approvals or tr("no approvers"),
    }


def _item(text: str, tip: str = "", bold: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setToolTip(tip or text)
    item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    if bold:
        f = QFont(item.font())
        f.setBold(True)
        item.setFont(f)
    return item


class SupplierComparison(OnScreenView):
    """The suppliers side by side, switching and the next set per supplier, and split awards."""

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.setObjectName("supplierComparison")
        self._rows: list[SupplierRow] = []
        self._rows_plan: Plan | None = None
        self._split: SplitAward | None = None
        #: the user picked the split's suppliers (else: the two best offers)
        self._split_chosen = False
        self._job = LatestJob(compute_rows, self, "supplier-comparison")
        self._job.done.connect(self._rows_done)
        self._split_job = LatestJob(compute_split, self, "supplier-split")
        self._split_job.done.connect(self._split_done)
        self._jobs = [self._job, self._split_job]
        self._build()
        document.changed.connect(self._on_changed)

    # -- construction --------------------------------------------------------------------
    def _build(self) -> None:
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 2, 4, 2)
        lay.setSpacing(3)
        top = QHBoxLayout()
        self.headline = ElidedLabel(words=True)
        self.headline.setObjectName("supplierHeadline")
        self.headline.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        top.addWidget(self.headline, 1)
        top.addWidget(QLabel(tr("Sort by")))
        self.sort = QComboBox()
        self.sort.setObjectName("supplierSort")
        self.sort.setAccessibleName(tr("Sort suppliers by"))
        for key in SORT_KEYS:
            self.sort.addItem(tr(SORT_LABELS.get(key, key)), key)
        self.sort.setToolTip(tr("The order of the suppliers, left to right"))
        self.sort.currentIndexChanged.connect(lambda _i: self._resort())
        top.addWidget(self.sort)
        lay.addLayout(top)
        split = QSplitter(Qt.Orientation.Vertical)
        self.splitter = split
        self._user_split = False
        split.splitterMoved.connect(lambda _p, _i: setattr(self, "_user_split", True))
        split.setObjectName("supplierSplitter")
        split.setChildrenCollapsible(False)
        split.addWidget(self._build_table())
        split.addWidget(self._build_split())
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        lay.addWidget(split, 1)

    def _build_table(self) -> QWidget:
        t = tab_leaves(QTableWidget(len(ROWS) + 1, 0))
        t.setObjectName("supplierTable")
        t.setAccessibleName(tr("Suppliers side by side"))
        t.setVerticalHeaderLabels([tr(label) for _k, label, _t in ROWS] + [""])
        for k, (_key, label, tip) in enumerate(ROWS):
            t.setVerticalHeaderItem(k, QTableWidgetItem(tr(label)))
            t.verticalHeaderItem(k).setToolTip(tr(tip))
        t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        t.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        t.setWordWrap(True)
        t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # a long name is shortened at its end, so that the ● of the supplier worked on stays
        t.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        t.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        t.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table = t
        return t

    def _plot(self, name: str, title: str, left: str, accessible: str) -> pg.PlotWidget:
        w = pg.PlotWidget(axisItems={"bottom": style.NumberAxis("bottom"), "left": style.NumberAxis("left")})
        w.setObjectName(name)
        w.setAccessibleName(accessible)
        w.setBackground(None)
        w.setMinimumHeight(110)
        item = w.getPlotItem()
        item.setMenuEnabled(False)
        item.setMouseEnabled(False, False)
        item.hideButtons()
        item.setContentsMargins(2, 8, 8, 2)  # the top tick's number and the last one's stay whole
        style.style_axis(item.getAxis("bottom"), title)
        style.style_axis(item.getAxis("left"), left)
        return w

    def _build_split(self) -> QWidget:
        host = QWidget()
        v = QVBoxLayout(host)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(2)
        row = QHBoxLayout()
        title = QLabel(tr("<b>Split award</b>"))
        row.addWidget(title)
        self.split_a, self.split_b = QComboBox(), QComboBox()
        for box, name, acc in ((self.split_a, "splitA", tr("First supplier of the split")),
                               (self.split_b, "splitB", tr("Second supplier of the split"))):
            box.setObjectName(name)
            box.setAccessibleName(acc)
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            box.activated.connect(lambda _i: setattr(self, "_split_chosen", True))
            box.currentIndexChanged.connect(lambda _i: self._request_split())
        row.addWidget(self.split_a)
        row.addWidget(QLabel(tr("and", "first supplier and second supplier")))
        row.addWidget(self.split_b)
        self.volume_label = QLabel(tr("of", "a split of N units"))
        row.addWidget(self.volume_label)
        self.split_volume = DoubleSpinBox()
        self.split_volume.setObjectName("splitVolume")
        self.split_volume.setAccessibleName(tr("Units to split"))
        self.split_volume.setToolTip(tr("The units to split between the two; at the left end: the volume of the "
                                        "best single award's offer"))
        self.split_volume.setDecimals(0)
        self.split_volume.setRange(0.0, 1e9)
        self.split_volume.setSingleStep(100.0)
        self.split_volume.setGroupSeparatorShown(True)
        self.split_volume.setKeyboardTracking(False)  # one split on Enter, not one a digit
        self.split_volume.setSpecialValueText(tr("as offered"))
        self.split_volume.valueChanged.connect(lambda _v: self._request_split())
        self.volume_label.setBuddy(self.split_volume)
        row.addWidget(self.split_volume)
        row.addStretch(1)
        v.addLayout(row)
        self.split_sentence = QLabel()
        self.split_sentence.setObjectName("splitSentence")
        self.split_sentence.setWordWrap(True)
        v.addWidget(self.split_sentence)
        plots = QHBoxLayout()
        self.cost_plot = self._plot("splitCostPlot", tr("Share of the first supplier (%)"), tr("Total cost"),
                                    tr("Split award: total cost against the share of the first supplier"))
        self.points_plot = self._plot("splitPointsPlot", tr("Share of the first supplier (%)"), tr("Our points"),
                                      tr("Split award: our points against the share of the first supplier"))
        self.cost_curve = self.cost_plot.plot(pen=style.cosmetic_pen(COST_COLOUR, 2.0), symbol="o", symbolSize=6,
                                              symbolBrush=COST_COLOUR)
        self.points_curve = self.points_plot.plot(pen=style.cosmetic_pen(POINTS_COLOUR, 2.0), symbol="o",
                                                  symbolSize=6, symbolBrush=POINTS_COLOUR)
        plots.addWidget(self.cost_plot, 1)
        plots.addWidget(self.points_plot, 1)
        v.addLayout(plots, 1)
        self.split_assumptions = QPlainTextEdit()
        self.split_assumptions.setObjectName("splitAssumptions")
        self.split_assumptions.setAccessibleName(tr("Assumptions of the split award"))
        self.split_assumptions.setReadOnly(True)
        self.split_assumptions.setFrameShape(QFrame.Shape.NoFrame)
        self.split_assumptions.viewport().setAutoFillBackground(False)
        lines = self.split_assumptions.fontMetrics().lineSpacing()
        self.split_assumptions.setMinimumHeight(2 * lines + 8)
        self.split_assumptions.setMaximumHeight(4 * lines + 8)
        v.addWidget(self.split_assumptions)
        return host

    # -- requests --------------------------------------------------------------------------
    def _on_changed(self, change: Change) -> None:
        self._dirty = True
        self.refresh()

    def refresh(self) -> None:
        """Ask for the comparison again when on screen and not in a drag (else when it is)."""
        if not self.ready():
            return
        self._dirty = False
        plan = self._doc.plan
        if not self._rows:
            self.headline.setText(tr("Comparing the suppliers…"))
        self._job.request((id(plan), self.sort_key), (plan, self.sort_key))
        self._fill_split_choices(plan)
        self._show_volume(plan, None)
        self._request_split()

    @property
    def sort_key(self) -> str:
        return self.sort.currentData() or "points"

    def _resort(self) -> None:
        self._dirty = True
        self.refresh()

    def _fill_split_choices(self, plan: Plan) -> None:
        names = plan.supplier_names
        for box, default in ((self.split_a, 0), (self.split_b, 1)):
            current = box.currentText()
            box.blockSignals(True)
            box.clear()
            box.addItems(names)
            k = names.index(current) if current in names else min(default, len(names) - 1)
            box.setCurrentIndex(k)
            box.blockSignals(False)

    def _request_split(self) -> None:
        if not self.ready():
            return
        plan = self._doc.plan
        a, b = self.split_a.currentText(), self.split_b.currentText()
        if len(plan.supplier_names) < 2:
            self._show_split(tr("A split needs two suppliers: this plan has one."))
            return
        if not a or not b or a == b:
            self._show_split(tr("Choose two different suppliers."))
            return
        self.split_sentence.setText(tr("Computing the split…"))
        volume = self.split_volume.value() or None
        self._split_job.request((id(plan), a, b, volume), (plan, a, b, volume))

    # -- results ---------------------------------------------------------------------------
    def _rows_done(self, key: Any, out: Any) -> None:
        if isinstance(out, Exception):
            self.headline.setText(tr("Could not compare the suppliers: {error}").format(error=out))
            return
        plan = self._doc.plan
        if key[0] != id(plan):
            return  # an older plan: its request was replaced; the newer one follows
        self._rows, self._rows_plan = list(out), plan
        self._fill_table(plan)
        if not self._split_chosen and len(self._rows) >= 2:
            by_points = sorted(self._rows, key=lambda r: -(r.best_points if r.best_points is not None else -1.0))
            a, b = by_points[0].name, by_points[1].name
            if (self.split_a.currentText(), self.split_b.currentText()) != (a, b):
                self.split_a.blockSignals(True)
                self.split_a.setCurrentText(a)
                self.split_a.blockSignals(False)
                self.split_b.setCurrentText(b)

    def _fill_table(self, plan: Plan) -> None:
        t = self.table
        rows = self._rows
        t.setColumnCount(len(rows))
        for c, r in enumerate(rows):
            head = QTableWidgetItem((ACTIVE_MARK if r.active else "") + r.name)
            head.setToolTip(tr("{supplier} — the supplier worked on").format(supplier=r.name) if r.active else r.name)
            if r.active:
                f = QFont(head.font())
                f.setBold(True)
                head.setFont(f)
            t.setHorizontalHeaderItem(c, head)
            texts = cell_texts(plan, r)
            tips = {"terms": key_terms(plan, r.best.terms, "\n") if r.best else ""}
            for k, (key, _label, _tip) in enumerate(ROWS):
                t.setItem(k, c, _item(texts[key], tips.get(key, ""), bold=key == "points" and r.active))
            t.setCellWidget(len(ROWS), c, self._buttons(r))
        t.resizeRowsToContents()
        if rows:
            t.setRowHeight(len(ROWS), max(t.cellWidget(len(ROWS), c).sizeHint().height() for c in range(len(rows))))
        self._fit_splitter()
        n = len(rows)
        by = tr(SORT_WORDS[self.sort_key])
        suppliers = (tr("1 supplier, by {order}").format(order=by) if n == 1 else
                     tr("{n} suppliers, by {order}").format(n=n, order=by))
        market = (tr("our BATNA follows the market") if plan.batna_from_market else
                  tr("our BATNA is the plan's competing quote"))
        # INTERNAL first: the end of the line is what is shortened at 1366
        self.headline.setText(tr("INTERNAL: {suppliers}; working on {supplier} (●); {batna}").format(
            suppliers=suppliers, supplier=plan.counterpart or tr("the counterpart"), batna=market))

    def table_height(self) -> int:
        """The height the table needs to show every row without scrolling."""
        t = self.table
        rows = sum(t.rowHeight(k) for k in range(t.rowCount()))
        return t.horizontalHeader().sizeHint().height() + rows + 2 * t.frameWidth() + 2

    def _fit_splitter(self) -> None:
        """Give the table the room it needs (the split award the rest, at least its minimum),
        until the user moves the splitter."""
        if self._user_split:
            return
        total = sum(self.splitter.sizes())
        if total <= 0:
            return
        low = self.splitter.widget(1).minimumSizeHint().height()
        want = min(self.table_height(), max(total - low, total // 2))
        self.splitter.setSizes([want, total - want])

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        lines = 4 if self.height() < 800 else 8  # a tall view shows every assumption at once
        self.split_assumptions.setMaximumHeight(lines * self.split_assumptions.fontMetrics().lineSpacing() + 8)
        if self._rows:
            self._fit_splitter()

    def _buttons(self, r: SupplierRow) -> QWidget:
        host = QWidget()
        h = QHBoxLayout(host)
        h.setContentsMargins(2, 2, 2, 2)
        h.setSpacing(4)
        switch = QPushButton(tr("Working on") if r.active else tr("Switch to"))
        switch.setObjectName("switchSupplier")
        switch.setProperty("supplier", r.name)
        switch.setEnabled(not r.active)
        switch.setToolTip(tr("Work on {supplier}: its rounds, estimate and deal (one undo step)").format(
            supplier=r.name))
        switch.clicked.connect(lambda _c=False, n=r.name: self.switch_to(n))
        nxt = QPushButton(tr("Use as next set"))
        nxt.setObjectName("useNextSet")
        nxt.setProperty("supplier", r.name)
        nxt.setEnabled(bool(r.next_set))
        nxt.setToolTip(tr("Switch to {supplier} and add its next MESO set to the plan (one undo step)").format(
            supplier=r.name) if r.next_set else (r.next_note or tr("No next set for this supplier")))
        nxt.clicked.connect(lambda _c=False, n=r.name: self.use_next_set(n))
        h.addWidget(switch)
        h.addWidget(nxt)
        h.addStretch(1)
        return host

    def _show_volume(self, plan: Plan, volume: float | None) -> None:
        """The volume box only where a split has a total cost of a volume; its left end names the volume
        split by default ("as offered: 2,000 units")."""
        costs = plan.costs
        shown = len(plan.supplier_names) >= 2 and costs is not None and (costs.volume is not None
                                                                       or costs.fixed_volume != 1)
        self.volume_label.setVisible(shown)
        self.split_volume.setVisible(shown)
        if not shown:
            return
        unit = plan.issue(costs.volume).unit if costs.volume is not None else ""
        self.split_volume.setSuffix(" " + (unit or tr("units", "unit of a volume")))
        if not self.split_volume.value() and volume is not None:
            self.split_volume.setSpecialValueText(tr("as offered: {volume}").format(
                volume=units_words(plan, volume)))

    def _show_split(self, message: str) -> None:
        self._split = None
        self.split_sentence.setText(message)
        self.split_assumptions.setPlainText("")
        self.cost_curve.setData([], [])
        self.points_curve.setData([], [])

    def _split_done(self, _key: Any, out: Any) -> None:
        if isinstance(out, Exception) or isinstance(out, str):
            self._show_split(tr("No split: {reason}").format(reason=out))
            return
        self._split = out
        self._show_volume(self._doc.plan, out.volume)
        self.split_sentence.setText(out.sentence)
        self.split_assumptions.setPlainText(tr("Assumptions:") + "\n" + "\n".join(f"• {x}" for x in out.assumptions))
        x = 100.0 * np.asarray(out.shares, dtype=float)
        self.points_curve.setData(x, np.asarray(out.points, dtype=float))
        has_cost = out.total_cost is not None
        self.cost_plot.setVisible(has_cost)
        self.cost_curve.setData(x, np.asarray(out.total_cost, dtype=float) if has_cost else [])
        for plot in (self.cost_plot, self.points_plot):
            item = plot.getPlotItem()
            style.style_axis(item.getAxis("bottom"), tr("Share of {supplier} (%)").format(supplier=out.a))
            item.getViewBox().setDefaultPadding(0.08)  # the top tick's number stays inside
            item.enableAutoRange()

    # -- actions ---------------------------------------------------------------------------
    def switch_to(self, name: str) -> bool:
        """Work on supplier ``name`` (one undo step); what is typed but not applied yet counts
        first, for the supplier worked on."""
        self._doc.commit_pending_edits()
        plan = self._doc.plan
        if name == plan.counterpart or name not in plan.supplier_names:
            return False
        return self._doc.apply(switched(plan, name), tr("Switch to {supplier}").format(supplier=name))

    def use_next_set(self, name: str) -> list[str]:
        """Switch to ``name`` and add its next MESO set (one undo step); the new packages' names.
        What is typed but not applied yet counts first, for the supplier worked on."""
        self._doc.commit_pending_edits()
        plan = self._doc.plan
        row = next((r for r in self._rows if r.name == name), None)
        if row is None or not row.next_set or self._rows_plan is not plan:
            self._doc.post_message(tr("The comparison is being brought up to date: try again in a moment."))
            return []
        try:
            new, names = with_meso_set(switched(plan, name), row.next_set, row.next_level)
        except ValueError as err:
            self._doc.post_message(tr("Not added: {error}").format(error=err))
            return []
        self._doc.apply(new, tr("Next MESO set for {supplier}").format(supplier=name))
        self._doc.post_message(tr("Working on {supplier}: added {packages} as the next set").format(
            supplier=name, packages=", ".join(names)), 6000)
        return names


__all__ = ["ROWS", "SupplierComparison", "cell_texts", "compute_rows", "compute_split", "key_terms", "switched"]
