"""How long the Issues panel takes per gesture: a curve-handle drag tick and a committed edit.

Budget (docs/decisions.md, "The responsiveness budget"): a drag answers within 10 ms (p95). A drag tick here is the
handle moving, the preview line redrawn and the plot repainted (``repaint()`` forces the
paint now); a committed edit is one ``document.apply`` with every connected view of the
panel refreshed and repainted. Prints median and p95 per case; nothing is asserted.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_issue_panel.py``.
"""

from __future__ import annotations

import os
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

import meso_desk as md
from meso_desk.app.document import PlanDocument
from meso_desk.app.widgets.issues.issue_table import IssuePanel
from meso_desk.model.preferences.issue_text import COL

REPEAT = int(os.environ.get("BENCH_REPEAT", "200"))


def stats(name: str, samples: list[float]) -> None:
    s = sorted(samples)
    p95 = s[min(len(s) - 1, int(round(0.95 * (len(s) - 1))))]
    print(f"{name:<52} median {statistics.median(s) * 1e3:6.2f} ms   p95 {p95 * 1e3:6.2f} ms   (n={len(s)})")


def fine_plan() -> md.Plan:
    """A price on a 0.01 step (5 001 terms) with a breakpoint curve, plus the supplier issues."""
    base = md.example_plan("supplier")
    price = md.Issue.numeric("Spot price", 10, 60, 0.01, unit="EUR", direction="lower", hard_limit=55,
                             curve="breakpoints", breakpoints=[(10, 100), (25, 80), (40, 40), (60, 0)])
    return base.with_issue_added(price)


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    for label, plan, issue in (("supplier, Delivery as breakpoints", md.example_plan("supplier"), "Delivery"),
                               ("fine 0.01 grid, breakpoints", fine_plan(), "Spot price"),
                               ("supplier, Incoterm option bars", md.example_plan("supplier"), "Incoterm")):
        doc = PlanDocument(plan)
        panel = IssuePanel(doc)
        panel.resize(520, 620)
        panel.show()
        app.processEvents()
        row = doc.plan.issue_names.index(issue)
        if doc.plan.issues[row].is_numeric and doc.plan.issues[row].curve != "breakpoints":
            panel.model.setData(panel.model.index(row, COL["curve"]), "breakpoints")
        panel.select_issue(issue)
        app.processEvents()
        ce = panel.curve_editor
        h = ce.handles
        i = 1
        x0, y0 = h.positions[i]
        ticks = []
        for k in range(REPEAT):
            y = 20 + (k % 60)
            t = time.perf_counter()
            h.drag_to(i, x0, y)
            ce.plot.viewport().repaint()
            ticks.append(time.perf_counter() - t)
        h.finish_drag()
        stats(f"drag tick + repaint ({label})", ticks)

        edits = []
        for k in range(max(20, REPEAT // 10)):
            t = time.perf_counter()
            panel.model.set_value(row, "name", f"{issue} {k}")
            panel.repaint()
            edits.append(time.perf_counter() - t)
        stats(f"cell edit → apply + panel repaint ({label})", edits)
        panel.close()
        panel.deleteLater()
        app.processEvents()


if __name__ == "__main__":
    main()
