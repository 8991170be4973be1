"""Frame budget of the value map and the outcome plot in the real window.

    python benchmarks/bench_value_map.py [--steps 200] [--plan supplier]

Creates the main window offscreen at 1400 × 900 with a MESO set added to the plan (so
that the map shows a set, a target line and draggable MESO packages) and times, per step:

* **redraw** — ``ValueMap.redraw()`` alone: the value slice, the iso-value lines (target,
  reservation and the faint ones), the off-limits hatching, the points and their labels;
  ``OutcomePlot.redraw()`` alone after a term change (cloud and frontier cached) and after
  a weight change (estimate, exact frontier and cloud recomputed);
* **frame** after a change — the plan edit with every view's synchronous reaction
  (``change``), the redraw it scheduled for the plots (``plots``: the value map, and the
  outcome plot when its tab is raised — run at once instead of waiting for their timer),
  and a synchronous repaint of the whole window (``repaint``). The budget
  (``docs/design.md``) is p95 ≤ 16 ms for a term or weight change;
* **after** — what the event loop then still does (``processEvents``: other panels'
  coalesced updates and their paints). Not part of the frame (``docs/decisions.md``), but
  shown so that work queuing up behind a change would be visible;
* **drag tick** — a value-map drag step (``drag_to``: two terms snapped, with "Hold value"
  rebalancing the other terms) plus the map's redraw and the window repaint.

Each figure is printed as median / p95 / max in ms, wall clock and GUI-thread CPU time
(the machine is shared: wall includes waiting for the CPU, cpu is what the program spent).
Nothing is asserted.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

_TMP = tempfile.mkdtemp(prefix="meso-bench-")
for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
    os.environ[var] = os.path.join(_TMP, var.lower())
os.environ["MESO_DESK_DATA_DIR"] = os.path.join(_TMP, "data")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

from PySide6.QtWidgets import QApplication  # noqa: E402

import meso_desk as md  # noqa: E402


def pct(xs: list[float], q: float) -> float:
    s = sorted(xs)
    k = (len(s) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


def fmt(xs: list[float]) -> str:
    return f"{statistics.median(xs):6.2f} {pct(xs, 0.95):6.2f} {max(xs):6.2f}"


class Laps:
    def __init__(self, parts: tuple[str, ...]) -> None:
        self.parts = parts
        self.wall = {p: [] for p in parts}
        self.cpu = {p: [] for p in parts}

    def start(self) -> None:
        self._w, self._c = time.perf_counter(), time.thread_time()

    def lap(self, part: str) -> None:
        w, c = time.perf_counter(), time.thread_time()
        self.wall[part].append((w - self._w) * 1e3)
        self.cpu[part].append((c - self._c) * 1e3)
        self._w, self._c = w, c

    def report(self, label: str, budget: float | None = 16.0) -> None:
        for kind, d in (("wall", self.wall), ("cpu", self.cpu)):
            total = [sum(v) for v in zip(*(d[p] for p in self.parts if p != "after"))]
            verdict = ""
            if budget is not None:
                verdict = "ok" if pct(total, 0.95) <= budget else "OVER BUDGET"
            parts = "   ".join(f"{p} {fmt(d[p])}" for p in self.parts) if len(self.parts) > 1 else ""
            name = "frame" if len(self.parts) > 1 else "time "
            print(f"{label if kind == 'wall' else '':<44} {kind:>4} n={len(total):<4d} {name} {fmt(total)}   "
                  f"{parts}   {verdict}")


def with_meso_set(plan: md.Plan) -> md.Plan:
    pk = md.generate_mesos(plan, 3)
    names = ["A", "B", "C"]
    stored = [md.StoredPackage(name=n, terms=dict(p.terms), hold_value=True) for n, p in zip(names, pk)]
    return plan.replace(packages=(*plan.packages, *stored),
                        meso_sets=(md.MesoSet(name="MESO 1", level=plan.aspiration, packages=tuple(names)),))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--steps", type=int, default=200)
    ap.add_argument("--plan", default="supplier", help="example name or .meso path")
    args = ap.parse_args(argv)
    steps = args.steps

    from meso_desk.app.application import create_window

    base = md.example_plan(args.plan) if not args.plan.endswith(".meso") else md.load_plan(args.plan)
    plan = with_meso_set(base)
    win = create_window(plan, autosave=False, remember_layout=False)
    win.resize(1400, 900)
    win.show()
    app = QApplication.instance()
    for _ in range(5):
        app.processEvents()
    vm, op, doc = win.value_map, win.outcome_plot, win.document
    doc.select_package("B")
    app.processEvents()
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"plan: {plan.title} + a MESO set — {len(plan.issues)} issues, {len(plan.packages)} packages; "
          f"value map {vm.axes[0]} × {vm.axes[1]} ({vm.slice.values.shape[1]} × {vm.slice.values.shape[0]} cells, "
          f"lines on {len(vm.slice.x.line_coords)} × {len(vm.slice.y.line_coords)} samples)")
    print(f"window 1400×900 on '{app.platformName()}'; {os.cpu_count()} CPUs, load {load:.1f}; "
          f"{steps} steps per case; ms: median p95 max")
    print()

    x_issue = vm.axes[0]
    grid = plan.issue("Warranty").grid()
    price = plan.issue(x_issue).grid()

    # -- redraw alone ------------------------------------------------------------------------
    laps = Laps(("redraw",))
    for k in range(steps):
        doc.apply(doc.plan.with_term("Our ideal", "Warranty", float(grid[k % len(grid)])), "bench",
                  merge_key="bench-w")
        laps.start()
        vm.redraw()
        laps.lap("redraw")
    doc.end_gesture()
    laps.report("ValueMap.redraw() after a term change", None)

    op.show()  # its own timings, shown or not
    laps = Laps(("redraw",))
    for k in range(steps):
        doc.apply(doc.plan.with_term("Our ideal", "Warranty", float(grid[(k + 1) % len(grid)])), "bench",
                  merge_key="bench-w")
        laps.start()
        op.redraw()
        laps.lap("redraw")
    doc.end_gesture()
    laps.report("OutcomePlot.redraw() after a term change", None)
    laps = Laps(("redraw",))
    for k in range(max(20, steps // 5)):
        w = dict(doc.plan.weights)
        w["Warranty"] = 0.10 + 0.001 * (k % 40)
        doc.apply(doc.plan.with_weights(w), "bench", merge_key="bench-weight")
        laps.start()
        op.redraw()
        laps.lap("redraw")
    doc.end_gesture()
    laps.report("OutcomePlot.redraw() after a weight change", None)
    print()

    # -- whole frames in the window --------------------------------------------------------------
    def plots() -> None:
        """Run the plots' scheduled redraws now (what their zero-delay timers do next)."""
        for view in (vm, op):
            if view._timer.isActive():
                view.redraw()

    def frames(label: str, edit) -> None:
        laps = Laps(("change", "plots", "repaint", "after"))
        for k in range(steps):
            laps.start()
            edit(k)
            laps.lap("change")
            plots()
            laps.lap("plots")
            win.repaint()
            laps.lap("repaint")
            app.processEvents()
            laps.lap("after")
        doc.end_gesture()
        laps.report(label)

    def term_edit(k: int) -> None:  # the selected package's X term: the surface stays, its point moves
        doc.apply(doc.plan.with_term("B", x_issue, float(price[(7 * k) % len(price)])), "bench",
                  merge_key="bench-frame")

    def other_term_edit(k: int) -> None:  # one of its other terms: a new slice, new lines
        doc.apply(doc.plan.with_term("B", "Warranty", float(grid[k % len(grid)])), "bench",
                  merge_key="bench-frame-w")

    def weight_edit(k: int) -> None:
        w = dict(doc.plan.weights)
        w[x_issue] = 0.30 + 0.002 * (k % 50)
        doc.apply(doc.plan.with_weights(w), "bench", merge_key="bench-weights")

    def term_frames(label: str) -> None:
        frames(label.replace("#", "its X term"), term_edit)
        frames(label.replace("#", "another term"), other_term_edit)

    def weight_frames(label: str) -> None:
        frames(label, weight_edit)

    win.counterpart_dock.raise_()
    app.processEvents()
    term_frames("# of B → window (Counterpart tab up)")
    weight_frames("weight → window (Counterpart tab up)")
    win.outcome_dock.raise_()
    app.processEvents()
    term_frames("# of B → window (Outcome tab up)")
    weight_frames("weight → window (Outcome tab up)")
    print()

    # -- a drag on the map -----------------------------------------------------------------------
    for hold, label in ((False, "map drag tick, two terms"), (True, "map drag tick, hold value (rebalance)")):
        vm.set_hold_value(hold, "B")
        app.processEvents()
        s = vm.slice
        laps = Laps(("drag", "plots", "repaint", "after"))
        vm.begin_drag("B")
        x0, x1 = s.x.coords[0], s.x.coords[-1]
        y0, y1 = s.y.coords[0], s.y.coords[-1]
        k = 0
        while len(laps.wall["drag"]) < steps and k < 20 * steps:
            t = (k % 80) / 79.0
            t = t if (k // 80) % 2 == 0 else 1 - t
            x = x0 + (x1 - x0) * (0.05 + 0.5 * t)
            y = y0 + (y1 - y0) * (0.1 + 0.6 * ((k * 7) % 80) / 79.0)
            k += 1
            laps.start()
            changed = vm.drag_to(x, y)
            laps.lap("drag")
            plots()
            laps.lap("plots")
            win.repaint()
            laps.lap("repaint")
            app.processEvents()
            laps.lap("after")
            if not changed:  # the same terms: no frame to count
                for d in (laps.wall, laps.cpu):
                    for xs in d.values():
                        xs.pop()
        vm.end_drag()
        app.processEvents()
        laps.report(label)
    win.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
