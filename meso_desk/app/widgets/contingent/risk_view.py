"""The "Risk and bets" view (``riskView``, issue 20, ``docs/contingent-terms.md``). INTERNAL.

* **The spread** (``riskPlot``): for each of the plan's packages (or the MESO set on the table:
  ``riskScope``), our points under our forecast
  as a 10–90 % bar with the expected value (◆) and the likely, 50 % mark (|); a fixed package
  is a single mark. With a cost model, the total cost's 10–90 % beside it (``riskCostPlot``).
* **The bets** (``betTable``): one row per clause of the packages — what it gains us (our
  forecast), what it gains them (their forecast, our estimate of their values), what it does
  to them if our forecast is right, and whether both sides can check the event (✓/⚠, the
  warning as tooltip).
* **Clauses to offer** (``suggestionTable``) for the selected package: contingent versions worth
  the same to us, best joint gain first; "Add as package" (``addSuggestion``) adds the chosen
  one to the plan as one undoable step.

The estimate of their values and the suggestions run off the GUI thread
(:class:`~meso_desk.app.background.LatestJob`), on ``document.changed`` — after a drag, never
during one — and only while the view is on screen (a hidden view catches up when shown).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ....model.counterpart.inference import estimate_counterpart
from ....model.language import QT_TR_NOOP, number, tr
from ....model.offers.contingent import ClauseBet, Risk, bets, clause_label, risk, suggest_clauses
from ....model.offers.meso_sets import set_on_the_table
from ....model.package import Package
from ....model.plan import Plan
from ...background import LatestJob, OnScreenView, checkpoint
from ...document import Change, PlanDocument
from ...plot import style
from ..common import ElidedLabel, tab_leaves
from ..look import muted_palette
from ..shared_columns import SharedColumns

#: what the view depends on (a change of anything else leaves it alone)
FIELDS = ("issues", "weights", "packages", "events", "rounds", "costs", "counterpart_prior", "reservation",
          "meso_sets")
BAR_COLOUR = QColor(86, 180, 233, 150)
MARK_COLOUR = QColor(0, 114, 178)
BET_COLUMNS = (QT_TR_NOOP("Package"), QT_TR_NOOP("Issue"), QT_TR_NOOP("Event"), QT_TR_NOOP("Our gain"),
               QT_TR_NOOP("Their gain"), QT_TR_NOOP("If we are right"), QT_TR_NOOP("Checkable"))
BET_TIPS = (QT_TR_NOOP("The package with the clause"), QT_TR_NOOP("The term the clause changes"),
            QT_TR_NOOP("The event whose outcome decides"),
            QT_TR_NOOP("Points the clause gains us, by our forecast (expected value, against the same package "
                       "without it)"),
            QT_TR_NOOP("Points it gains them, by their forecast (our estimate of their values)"),
            QT_TR_NOOP("What it gains them if our forecast is right instead of theirs"),
            QT_TR_NOOP("✓ both sides can check the outcome, ✗ they cannot; ⚠ its value to them rests on their "
                       "forecast (the tooltip says more)"))


def _check_cell(b: Any) -> QTableWidgetItem:
    """✓ (both sides can check the outcome) or ✗, with ⚠ when a warning stands (the tooltip)."""
    text = ("✓" if b.verifiable else "✗") + (" ⚠" if b.warning and b.verifiable else "")
    return _cell(text, b.warning or tr("Both sides can check the outcome"))


@dataclass(frozen=True)
class RiskRows:
    """The background result: per package its risk, and every clause's bet."""

    names: tuple[str, ...]
    risks: tuple[Risk, ...]
    contingent: tuple[bool, ...]
    bets: tuple[tuple[str, ClauseBet], ...]


def shown_packages(plan: Plan, scope: str = "all") -> list[str]:
    """The packages the view shows: all, or (``scope="set"``) the MESO set on the table."""
    meso = set_on_the_table(plan) if scope == "set" else None
    return list(meso.packages) if meso is not None else list(plan.package_names)


def compute_risks(payload: Plan | tuple[Plan, str]) -> RiskRows:
    """Our spread for every package shown and the bet of each of their clauses (runs in the
    background). ``payload``: the plan, or (plan, scope)."""
    plan, scope = payload if isinstance(payload, tuple) else (payload, "all")
    their = estimate_counterpart(plan).their_values()
    checkpoint()
    names, risks, contingent, found = [], [], [], []
    for name in shown_packages(plan, scope):
        p = plan.package(name)
        names.append(name)
        risks.append(risk(plan, p))
        contingent.append(p.contingent)
        if p.contingent:
            found.extend((name, b) for b in bets(plan, p, their))
        checkpoint()
    return RiskRows(tuple(names), tuple(risks), tuple(contingent), tuple(found))


def compute_suggestions(payload: tuple[Plan, str]) -> tuple[str, list[tuple[Package, ClauseBet]]]:
    """Clauses worth offering on the selected package (runs in the background)."""
    plan, name = payload
    if name not in plan.package_names or not plan.events:
        return name, []
    their = estimate_counterpart(plan).their_values()
    checkpoint()
    return name, suggest_clauses(plan, plan.package(name), their)


def _cell(text: str, tip: str = "", right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if tip:
        item.setToolTip(tip)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _signed(x: float) -> str:
    return f"{'+' if x >= 0.05 else '−' if x <= -0.05 else '±'}{number(abs(x), 1, grouping=False)}"


def _table(name: str, headers: tuple[str, ...], tips: tuple[str, ...] = ()) -> QTableWidget:
    t = tab_leaves(QTableWidget(0, len(headers)))
    t.setObjectName(name)
    t.setHorizontalHeaderLabels([tr(h) for h in headers])  # marked with QT_TR_NOOP where defined
    for k, tip in enumerate(tips):
        t.horizontalHeaderItem(k).setToolTip(tr(tip))
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.verticalHeader().setVisible(False)
    t.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    t.verticalHeader().setDefaultSectionSize(t.fontMetrics().height() + 8)
    t.setWordWrap(False)
    h = t.horizontalHeader()
    h.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    h.setStretchLastSection(False)
    return t


def _fit_rows(t: QTableWidget, most: int) -> None:
    """At least room for ``most`` rows (or all there are) without scrolling: the splitter keeps it."""
    rows = max(1, min(t.rowCount(), most))
    t.setMinimumHeight(t.horizontalHeader().sizeHint().height() + rows * t.verticalHeader().defaultSectionSize()
                       + 2 * t.frameWidth() + 2)


class RiskView(OnScreenView):
    """Risk and bets: our spread per package, the bets of the clauses, clauses to offer."""

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.setObjectName("riskView")
        self._rows: RiskRows | None = None
        self._suggestions: list[tuple[Package, ClauseBet]] = []
        self._suggested_for = ""
        self._job = LatestJob(compute_risks, self, "risk-view")
        self._job.done.connect(self._risks_done)
        self._suggest_job = LatestJob(compute_suggestions, self, "risk-suggestions")
        self._suggest_job.done.connect(self._suggestions_done)
        self._jobs = [self._job, self._suggest_job]
        self._build()
        document.changed.connect(self._on_changed)
        document.selectionChanged.connect(lambda _n: self._request_suggestions())

    # -- construction --------------------------------------------------------------------
    def _build(self) -> None:
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 2, 4, 2)
        lay.setSpacing(3)
        top = QHBoxLayout()
        self.headline = ElidedLabel(words=True)
        self.headline.setObjectName("riskHeadline")
        self.headline.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        top.addWidget(self.headline, 1)
        self.scope = QComboBox()
        self.scope.setObjectName("riskScope")
        self.scope.addItem(tr("All packages"), "all")
        self.scope.addItem(tr("The MESO set on the table"), "set")
        self.scope.setToolTip(tr("Show every package of the plan, or only the MESO set offered last"))
        self.scope.currentIndexChanged.connect(lambda _i: self._scope_changed())
        top.addWidget(self.scope)
        lay.addLayout(top)
        split = QSplitter(Qt.Orientation.Vertical)
        split.setObjectName("riskSplitter")
        split.setChildrenCollapsible(False)
        split.addWidget(self._build_plots())
        split.addWidget(self._build_bets())
        split.addWidget(self._build_suggestions())
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 2)
        split.setStretchFactor(2, 2)
        lay.addWidget(split, 1)

    def _plot(self, name: str, title: str) -> tuple[pg.PlotWidget, pg.PlotItem]:
        w = pg.PlotWidget(axisItems={"bottom": style.NumberAxis("bottom")})
        w.setObjectName(name)
        w.setBackground(None)
        w.setMinimumHeight(120)
        item = w.getPlotItem()
        item.setMenuEnabled(False)
        item.setMouseEnabled(False, False)
        item.hideButtons()
        style.style_axis(item.getAxis("bottom"), title)
        item.getAxis("left").setPen(style.muted_text_colour())
        item.getAxis("left").setTextPen(style.text_colour())
        bars = pg.PlotCurveItem(pen=style.cosmetic_pen(BAR_COLOUR, 7.0), connect="pairs")
        expected = pg.ScatterPlotItem(symbol="d", size=11, pen=pg.mkPen(style.OUTLINE), brush=MARK_COLOUR)
        likely = pg.ScatterPlotItem(symbol="|", size=14, pen=pg.mkPen(style.OUTLINE, width=2))
        for it in (bars, likely, expected):
            item.addItem(it)
        w.items_ = (bars, expected, likely)  # type: ignore[attr-defined]
        return w, item

    def _build_plots(self) -> QWidget:
        host = QWidget()
        v = QVBoxLayout(host)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(1)
        row = QHBoxLayout()
        row.setSpacing(2)
        self.points_plot, self._points = self._plot("riskPlot", tr("Our points (under our forecast)"))
        self.cost_plot, self._cost = self._plot("riskCostPlot", tr("Total cost (thousands)"))
        self.cost_plot.getPlotItem().getAxis("left").setStyle(showValues=False)
        self.cost_plot.setYLink(self.points_plot)
        self.reservation = pg.InfiniteLine(angle=90, movable=False,
                                           pen=style.cosmetic_pen(style.RESERVATION_COLOUR, 1.5, Qt.PenStyle.DashLine))
        self._points.addItem(self.reservation)
        row.addWidget(self.points_plot, 3)
        row.addWidget(self.cost_plot, 2)
        v.addLayout(row, 1)
        self.legend = QLabel(tr("▬ 10–90 % under our forecast   ◆ expected   | likely (50 %)   "
                                "- - reservation"))
        self.legend.setObjectName("riskLegend")
        self.legend.setPalette(muted_palette(self.palette()))
        self.legend.setToolTip(tr("A fixed package has no spread: one mark. The bars come from our forecast of "
                                  "each event its clauses use (Negotiation ▸ Uncertain Events…)."))
        v.addWidget(self.legend)
        return host

    def _build_bets(self) -> QWidget:
        host = QWidget()
        v = QVBoxLayout(host)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(1)
        title = QLabel(tr("<b>The bets</b> — each clause against the same package without it"))
        v.addWidget(title)
        self.bet_table = _table("betTable", BET_COLUMNS, BET_TIPS)
        # package, issue and event share what the numbers leave: the event, which the table
        # exists to show, was squeezed to a letter ("T…") by two long names before it
        self._bet_columns = SharedColumns(self.bet_table, (0, 1, 2))
        self.bet_table.itemSelectionChanged.connect(self._bet_selected)
        v.addWidget(self.bet_table, 1)
        return host

    def _build_suggestions(self) -> QWidget:
        host = QWidget()
        v = QVBoxLayout(host)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(1)
        top = QHBoxLayout()
        self.suggest_title = ElidedLabel(words=True)
        self.suggest_title.setObjectName("suggestionTitle")
        self.suggest_title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        top.addWidget(self.suggest_title, 1)
        self.add_button = QPushButton(tr("Add as package"))
        self.add_button.setObjectName("addSuggestion")
        self.add_button.setEnabled(False)
        self.add_button.setToolTip(tr("Add the chosen contingent version to the plan as a new package "
                                      "(undo removes it)"))
        self.add_button.clicked.connect(lambda: self.add_suggestion())
        top.addWidget(self.add_button)
        v.addLayout(top)
        self.suggestion_table = _table("suggestionTable", (QT_TR_NOOP("Clause"), BET_COLUMNS[4], BET_COLUMNS[6]),
                                       (QT_TR_NOOP("The clause, its base term moved so the package is worth the "
                                                   "same to us"),
                                        QT_TR_NOOP("Points it gains them by their forecast"), BET_TIPS[-1]))
        self.suggestion_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.suggestion_table.itemSelectionChanged.connect(
            lambda: self.add_button.setEnabled(bool(self.suggestion_table.selectedItems())))
        v.addWidget(self.suggestion_table, 1)
        return host

    # -- requests --------------------------------------------------------------------------
    def _on_changed(self, change: Change) -> None:
        if change.touches(*FIELDS):
            self._dirty = True
            self._suggested_for = ""
            self.refresh()

    def refresh(self) -> None:
        """Ask for the numbers again when on screen and not in a drag (else when it is)."""
        if not self.ready():
            return
        self._dirty = False
        plan = self._doc.plan
        if self._rows is None:
            self.headline.setText(tr("Computing the spread and the bets…"))
        self._job.request((id(plan), self.scope.currentData()), (plan, self.scope.currentData()))
        self._request_suggestions()

    def _scope_changed(self) -> None:
        self._dirty = True
        self.refresh()

    def _request_suggestions(self) -> None:
        name = self._doc.selected_package
        if not self.ready() or name == self._suggested_for:
            return
        self._suggested_for = name
        self.suggest_title.setText(tr("Clauses to offer on {package}: computing…").format(package=name) if name else
                                   tr("Clauses to offer: select a package"))
        self.suggestion_table.setRowCount(0)
        self.add_button.setEnabled(False)
        if name:
            self._suggest_job.request((id(self._doc.plan), name), (self._doc.plan, name))

    def shown_clean(self) -> None:
        self._request_suggestions()

    # -- results ---------------------------------------------------------------------------
    def _risks_done(self, _key: Any, out: Any) -> None:
        if isinstance(out, Exception):
            self.headline.setText(tr("Could not compute the spread: {error}").format(error=out))
            return
        self._rows = out
        plan = self._doc.plan
        n_bets = len(out.bets)
        n_cont = sum(out.contingent)
        if not n_cont:
            headline = tr("No contingent package yet: make a term contingent from a package's ⋯ menu")
        elif n_cont == 1 and n_bets == 1:
            headline = tr("1 contingent package, 1 clause: our points are expected values under our forecast")
        elif n_cont == 1:
            headline = tr("1 contingent package, {clauses} clauses: our points are expected values under our "
                          "forecast").format(clauses=n_bets)
        elif n_bets == 1:
            headline = tr("{packages} contingent packages, 1 clause: our points are expected values under our "
                          "forecast").format(packages=n_cont)
        else:
            headline = tr("{packages} contingent packages, {clauses} clauses: our points are expected values under "
                          "our forecast").format(packages=n_cont, clauses=n_bets)
        self.headline.setText(headline)
        self.headline.setToolTip(tr("INTERNAL: our points, our forecast and our estimate of theirs — never for the "
                                    "other side."))
        self._draw(plan, out)
        self._fill_bets(out)

    def _draw(self, plan: Plan, rows: RiskRows) -> None:
        n = len(rows.names)
        ys = np.arange(n, dtype=float)[::-1]  # the first package at the top
        ticks = [(float(y), style.short(name, 22)) for y, name in zip(ys, rows.names)]
        for item in (self._points, self._cost):
            item.getAxis("left").setTicks([ticks])
            item.setYRange(-0.6, n - 0.4, padding=0)

        def fill(widget: pg.PlotWidget, lo_mid_hi: list[tuple[float, float, float] | None],
                 expected: list[float | None], scale: float) -> None:
            bars, exp, likely = widget.items_  # type: ignore[attr-defined]
            seg_x, seg_y, ex, ey, lx, ly = [], [], [], [], [], []
            for y, q, e, cont in zip(ys, lo_mid_hi, expected, rows.contingent):
                if q is None or e is None:
                    continue
                if cont and q[2] - q[0] > 1e-9:
                    seg_x += [q[0] / scale, q[2] / scale]
                    seg_y += [y, y]
                    lx.append(q[1] / scale)
                    ly.append(y)
                ex.append(e / scale)
                ey.append(y)
            bars.setData(np.array(seg_x), np.array(seg_y))
            exp.setData(ex, ey)
            likely.setData(lx, ly)

        fill(self.points_plot, [r.points for r in rows.risks], [r.expected for r in rows.risks], 1.0)
        self._points.enableAutoRange(axis="x")
        self.reservation.setValue(plan.reservation)
        has_cost = plan.costs is not None and all(r.cost is not None for r in rows.risks)
        self.cost_plot.setVisible(has_cost)
        if has_cost:
            style.style_axis(self._cost.getAxis("bottom"),
                             tr("Total cost ({currency}, thousands)").format(currency=plan.currency)
                             if plan.currency else tr("Total cost (money, thousands)"))
            fill(self.cost_plot, [r.cost for r in rows.risks], [r.expected_cost for r in rows.risks], 1000.0)
            self._cost.enableAutoRange(axis="x")

    def _fill_bets(self, rows: RiskRows) -> None:
        t = self.bet_table
        t.setRowCount(len(rows.bets))
        for r, (name, b) in enumerate(rows.bets):
            if_right = b.theirs_under_our_forecast - b.theirs_fixed
            cells = (
                _cell(name, f"{name}\n{b.sentence}"),  # (a cut name is whole in its tooltip)
                _cell(b.issue, f"{b.issue}\n{b.sentence}"),
                _cell(b.event, f"{b.event}\n{b.sentence}"),
                _cell(_signed(b.our_gain), tr("{fixed:.1f} → {contingent:.1f} points (expected)").format(
                    fixed=b.ours_fixed, contingent=b.ours_contingent), True),
                _cell(_signed(b.their_gain), tr("{fixed:.1f} → {contingent:.1f} of their points, "
                                                "by their forecast").format(fixed=b.theirs_fixed,
                                                                            contingent=b.theirs_contingent), True),
                _cell(_signed(if_right), tr("{points:.1f} of their points if our forecast is "
                                            "right").format(points=b.theirs_under_our_forecast), True),
                _check_cell(b),
            )
            for c, item in enumerate(cells):
                item.setData(Qt.ItemDataRole.UserRole, name)
                t.setItem(r, c, item)
        _fit_rows(t, 4)
        self._bet_columns.fit()

    def _bet_selected(self) -> None:
        items = self.bet_table.selectedItems()
        if items:
            name = items[0].data(Qt.ItemDataRole.UserRole)
            if name in self._doc.plan.package_names:
                self._doc.select_package(name)

    def _suggestions_done(self, _key: Any, out: Any) -> None:
        t = self.suggestion_table
        if isinstance(out, Exception):
            self.suggest_title.setText(tr("Clauses to offer: could not compute them ({error})").format(error=out))
            return
        name, found = out
        if name != self._doc.selected_package:
            return
        self._suggestions = list(found)
        self.suggest_title.setText(
            tr("Clauses to offer on {package}: worth the same to us, more to them by their forecast").format(
                package=name)
            if found else tr("Clauses to offer on {package}: none found that is worth more to them").format(
                package=name))
        t.setRowCount(len(found))
        for r, (_version, b) in enumerate(found):
            t.setItem(r, 0, _cell(b.sentence.split(": ", 1)[0], b.sentence))
            t.setItem(r, 1, _cell(_signed(b.their_gain), b.sentence, True))
            t.setItem(r, 2, _check_cell(b))
        _fit_rows(t, 3)
        if found:
            t.selectRow(0)

    # -- adding a suggestion ---------------------------------------------------------------
    def add_suggestion(self, row: int | None = None) -> str | None:
        """Add suggestion ``row`` (default: the selected one) as a new package: one undo step."""
        if row is None:
            rows = self.suggestion_table.selectionModel().selectedRows()
            row = rows[0].row() if rows else -1
        if not 0 <= row < len(self._suggestions):
            return None
        version, bet = self._suggestions[row]
        plan = self._doc.plan
        name = f"{self._suggested_for} · {clause_label(bet.event)}"
        while name in plan.package_names:
            name += "′"
        try:
            new = plan.replace(packages=(*plan.packages, version.to_stored(name)))
        except ValueError as err:
            self._doc.post_message(tr("Not added: {error}").format(error=err))
            return None
        self._doc.apply(new, tr("Add package {package}").format(package=name))
        self._doc.select_package(name)
        self._doc.post_message(tr("Added {package}: {sentence}").format(package=name, sentence=bet.sentence), 8000)
        return name


__all__ = ["FIELDS", "RiskRows", "RiskView", "compute_risks", "compute_suggestions", "shown_packages"]
