"""Deal phase timings: the Deal panel's cost on the GUI thread per edit, and the work it
hands to its worker (ZOPA, their walk-away, post-settlement), the debrief and its PDF.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_deal.py
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import numpy as np

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "app"))

from deal_plans import dealt_plan  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


def ms(ts) -> str:
    a = np.asarray(ts) * 1000
    return f"median {np.median(a):.2f} ms, p95 {np.percentile(a, 95):.2f} ms"


def main() -> int:
    app = QApplication.instance() or QApplication([])
    from meso_desk.app.document import PlanDocument
    from meso_desk.app.printing.debrief_painter import DebriefRenderer
    from meso_desk.app.printing.pages import write_pdf
    from meso_desk.app.widgets.deal.deal_panel import DealPanel
    from meso_desk.app.widgets.deal.deal_service import compute_deal
    from meso_desk.model.counterpart.inference import clear_cache, estimate_counterpart
    from meso_desk.model.deal.debrief import debrief
    from meso_desk.model.deal.post_settlement import post_settlement
    from meso_desk.model.deal.zopa import zopa
    from meso_desk.model.edits.deal_edits import with_agreement_term

    plan = dealt_plan()
    doc = PlanDocument(plan)
    panel = DealPanel(doc)
    panel.resize(320, 900)
    panel.show()
    t0 = time.time()
    while (panel.snapshot is None or panel.is_busy()) and time.time() - t0 < 30:
        app.processEvents()
        time.sleep(0.01)
    edits = {
        "a package term (drag elsewhere)": lambda k: plan.with_term(plan.packages[0].name, "Delivery", float(2 + k % 10)),
        "a weight (drag)": lambda k: plan.with_weights({**plan.weights, "Delivery": 0.2 + 0.001 * (k % 50)}),
        "an agreed term": lambda k: with_agreement_term(plan, "Delivery", float(2 + k % 10)),
    }
    print("GUI thread, document.apply → Deal panel updated (200 edits each):")
    for label, make in edits.items():
        ts = []
        for k in range(200):
            p = make(k)
            t = time.perf_counter()
            doc.apply(p, label, merge_key=label)
            ts.append(time.perf_counter() - t)
        print(f"  {label:34s} {ms(ts)}")
    panel.close()

    print("worker / on demand:")
    clear_cache()
    t = time.perf_counter()
    compute_deal(plan)
    print(f"  ZOPA + their walk-away + post-settlement, cold estimate: {1000 * (time.perf_counter() - t):.0f} ms")
    t = time.perf_counter()
    compute_deal(plan)
    print(f"  the same, estimate cached:                             {1000 * (time.perf_counter() - t):.0f} ms")
    est = estimate_counterpart(plan)
    ts = []
    for _ in range(5):
        t = time.perf_counter()
        post_settlement(plan, estimate=est)
        ts.append(time.perf_counter() - t)
    print(f"  post_settlement (supplier, 0.5-step price):            {ms(ts)}")
    ts = []
    for _ in range(5):
        t = time.perf_counter()
        zopa(plan.replace(their_reservation=50.0), est)
        ts.append(time.perf_counter() - t)
    print(f"  zopa with the probability (48 frontiers):              {ms(ts)}")
    t = time.perf_counter()
    content = debrief(plan)
    t1 = time.perf_counter()
    out = Path(os.environ.get("TMPDIR", "/tmp")) / "bench-debrief.pdf"
    write_pdf(DebriefRenderer(content), out)
    t2 = time.perf_counter()
    print(f"  debrief content {1000 * (t1 - t):.0f} ms, one-page PDF {1000 * (t2 - t1):.0f} ms")
    out.unlink(missing_ok=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
