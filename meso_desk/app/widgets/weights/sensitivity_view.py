"""The Sensitivity tab of the Weights panel (``sensitivityView``; issue 24).

For the selected package: a small tornado plot (pyqtgraph) of its value as each weight moves
across its range — the plan's weight region, or ± 5 points — with the others keeping their
proportions; the reservation (red) and the target (dark) are vertical lines. Below it, in words,
at which weight the package would cross the reservation or the target, and, for a package of a
MESO set, how far apart the set's values can get over the region. The numbers come from
:mod:`meso_desk.model.offers.robustness` (Qt-free, a few microseconds per issue, so the view
computes them on the GUI thread — only while the tab is visible).
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ....model.language import tr
from ....model.offers.robustness import (
    WeightSwing,
    nearest_crossings,
    region_words,
    set_robustness,
    weight_sensitivity,
)
from ....model.offers.status import target_level
from ....model.plan import Plan
from ...document import Change, PlanDocument
from ..glyphs import status_colour

#: crossings listed under the plot, the nearest first
_MAX_LINES = 6


class SensitivityView(QWidget):
    """A tornado of the selected package's value against each weight, and its crossings in words."""

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sensitivityView")
        self._doc = document
        self._stale = True
        self.swings: list[WeightSwing] = []
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        self.title = QLabel()
        self.title.setObjectName("sensitivityTitle")
        self.title.setWordWrap(True)
        lay.addWidget(self.title)
        self.plot = pg.PlotWidget(self)
        self.plot.setObjectName("sensitivityPlot")
        self.plot.setMinimumHeight(180)
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(False, False)
        self.plot.hideButtons()
        self.plot.setLabel("bottom", tr("our points"))
        lay.addWidget(self.plot, 1)
        self.crossings = QLabel()
        self.crossings.setObjectName("sensitivityCrossings")
        self.crossings.setWordWrap(True)
        self.crossings.setTextFormat(Qt.TextFormat.PlainText)
        lay.addWidget(self.crossings)
        document.changed.connect(self._on_changed)
        document.selectionChanged.connect(lambda _name: self._mark_stale())

    def _on_changed(self, change: Change) -> None:
        if change.touches("weights", "issues", "packages", "weight_region", "reservation", "aspiration",
                          "meso_sets"):
            self._mark_stale()

    def _mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Recompute and redraw for the selected package."""
        self._stale = False
        plan = self._doc.plan
        name = self._doc.selected_package
        self.plot.clear()
        if not name or name not in plan.package_names:
            self.swings = []
            self.title.setText(tr("Select a package to see how its value depends on the weights."))
            self.crossings.setText("")
            return
        self.swings = weight_sensitivity(plan, name)
        self._draw(plan, name)
        self._describe(plan, name)

    def _draw(self, plan: Plan, name: str) -> None:
        sw = self.swings
        n = len(sw)
        y = [n - 1 - k for k in range(n)]
        x0 = [min(s.value_low, s.value_high) for s in sw]
        widths = [max(s.width, 0.05) for s in sw]
        lower = [s.value_low < s.value_high for s in sw]  # the value rises with the weight
        info = status_colour("info")
        brushes = [pg.mkBrush(info if up else QColor(info).lighter(150)) for up in lower]
        self.plot.addItem(pg.BarGraphItem(x0=x0, y=y, height=0.6, width=widths, brushes=brushes,
                                          pen=pg.mkPen(None)))
        value = plan.weight_vector() @ [plan.issue(i).value(plan.package(name)[i]) for i in plan.issue_names]
        for x, colour, style in ((plan.reservation, status_colour("below"), Qt.PenStyle.SolidLine),
                                 (target_level(plan, name), self.palette().text().color(), Qt.PenStyle.SolidLine),
                                 (float(value), self.palette().text().color(), Qt.PenStyle.DotLine)):
            self.plot.addItem(pg.InfiniteLine(pos=x, angle=90, pen=pg.mkPen(colour, width=2, style=style)))
        self.plot.getAxis("left").setTicks([[(n - 1 - k, s.issue) for k, s in enumerate(sw)]])
        lo = min([*x0, plan.reservation, float(value)]) - 1.0
        hi = max([a + b for a, b in zip(x0, widths)] + [target_level(plan, name), float(value)]) + 1.0
        self.plot.setXRange(lo, hi, padding=0.02)
        self.plot.setYRange(-0.6, n - 0.4, padding=0)

    def _describe(self, plan: Plan, name: str) -> None:
        region = plan.weight_region
        # the region in the words the MESO badge uses (translated; the plan stores it in English)
        where = region_words(region.source if region and region.source else "± 5 points")
        self.title.setText(tr("{name}: its value as each weight moves, the others keeping their proportions — "
                              "{where}. Dark bar: the value rises with the weight; light: it falls. "
                              "Red line: reservation; dark line: target; dotted: now. Nearest crossings:").format(
                                  name=name, where=where))
        lines = [f"• {name} {c}." for _issue, c in nearest_crossings(self.swings, _MAX_LINES)]
        mset = plan.meso_set_of(name)
        if mset is not None and len(mset.packages) > 1:
            r = set_robustness(plan, [plan.package(p) for p in mset.packages])
            lines.insert(0, tr("Its MESO set: {sentence}").format(sentence=r.sentence))
        self.crossings.setText("\n".join(lines) if lines else
                               tr("No weight, anywhere from 0 to 100 %, would move it across the reservation or "
                                  "the target."))


