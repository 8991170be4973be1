"""Every gesture of the window with both plots on screen, the plots after a pause, resident memory.

    python benchmarks/bench_gestures.py [--steps 150] [--hz 60] [--json]

The real main window (``create_window``) offscreen at 1400 × 900 on the supplier example plus a
MESO set (packages A, B, C with "Hold value" on), package B selected and the Outcome tab raised,
so that the value map and the outcome plot are both on screen (the heaviest case). Figures
(``docs/decisions.md``, "The responsiveness budget"):

* **gestures** — input events at ``--hz`` (60 a second, as a mouse delivers them), each one a
  *frame*: from the event being due to its frame painted (the edit, every view's synchronous
  reaction, the coalesced updates and the paints of what changed: two ``processEvents``
  passes). Budget: frame p95 ≤ 10 ms. The GUI thread's **cpu** time of a frame is the
  figure that counts on a shared machine (what the program itself spends); **wall** is shown
  beside it. Gestures: a term slider dragged with the mouse (``Our ideal``), the weight slider
  of Unit price, a term slider of a package with "Hold value" on (rebalancing every tick), the
  map's own drag of B without and with "Hold value", and a breakpoint of the issue curve
  (Delivery) dragged in the Issues panel.
* **plots after a pause** — after the last change of a short drag, the time until both plots
  have drawn the latest plan (their ``redrawn`` signals). Budget: p95 ≤ 50 ms (wall: it is
  the worker threads' time too).
* **memory** — the process's resident set size (VmRSS) with every panel shown once (each
  tabbed dock raised in turn, the History dock too), the plots drawn. Budget: 250 MB. Printed
  with its two parts: the process's own memory (RssAnon: Python, numpy, Qt's heap) and the pages
  of mapped files (RssFile: Qt's and numpy's libraries), which the kernel maps more generously
  when the files sit in its page cache — a just-installed environment reads ~20 MB higher than
  the same one a day later, with the same own memory.
* **the longest turn of the event loop** — on a big plan (``_big_plan.py``: 10 issues × 7
  terms, long names, 23 packages, six MESO sets, six rounds) in a 1366 × 700 window: the GUI
  thread's CPU time of each turn of the event loop (a zero-interval timer ticks once a turn)
  from a gesture until the window is idle again, the longest one per gesture. Gestures: add
  a MESO set to the Offers workspace (what the MESO dialog's *Add* does), undo and redo it,
  and switch workspaces (Prepare, Offers, In the room, Deal, round and round). Budget: 50 ms
  (work longer than that runs off the GUI thread or a slice per turn).

Settings, recovery files and recent files go to a temporary folder. Figures are printed (or
written as JSON with ``--json`` for ``benchmarks/run_all.py``), never asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

from _harness import isolate, memory_parts, stats, with_meso_set

isolate()

from PySide6.QtCore import QPoint, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QSlider, QStyle, QStyleOptionSlider, QWidget  # noqa: E402

import meso_desk as md  # noqa: E402

FRAME_BUDGET_MS = 10.0
LATENCY_BUDGET_MS = 50.0
TURN_BUDGET_MS = 50.0
MEMORY_BUDGET_MB = 250.0


def rss_mb() -> dict[str, float]:
    out = {}
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(("VmRSS:", "VmHWM:", "RssAnon:", "RssFile:")):
                out[line.split(":")[0]] = int(line.split()[1]) / 1024
    except OSError:
        import resource  # peak only, where /proc is missing

        out["VmHWM"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return out


class Bench:
    def __init__(self, steps: int, hz: float) -> None:
        from meso_desk.app.application import create_window

        self.steps = steps
        self.period = 1.0 / hz
        self.plan = with_meso_set(md.example_plan("supplier"))
        self.win = create_window(self.plan, autosave=False, remember_layout=False)
        self.win.resize(1400, 900)
        self.win.show()
        if hasattr(self.win, "show_workspace"):  # the heaviest case: every panel of the gestures, both plots
            self.win.show_workspace("offers")
            for dock in (self.win.issues_dock, self.win.weights_dock, self.win.outcome_dock):
                dock.show()
        self.app = QApplication.instance()  # created by create_window
        self.vm, self.op, self.doc = self.win.value_map, self.win.outcome_plot, self.win.document
        self.views = (self.vm, self.op)
        self.figures: dict[str, dict] = {}
        self.wait_idle()

    # -- the event loop ------------------------------------------------------------------
    def wait_idle(self, until: float | None = None, timeout: float = 5.0) -> None:
        end = time.perf_counter() + timeout
        while time.perf_counter() < end:
            self.app.processEvents()
            if until is not None:
                if time.perf_counter() >= until:
                    return
            elif not any(v.is_busy() for v in self.views):
                return
            time.sleep(0.0005)

    def find(self, cls, name: str, **props) -> QWidget:
        for w in self.win.findChildren(cls, name):
            if all(w.property(k) == v for k, v in props.items()):
                return w
        raise SystemExit(f"no {name} with {props} in the window")

    # -- memory ----------------------------------------------------------------------------
    def memory(self) -> None:
        """Every panel shown once (tabbed docks raised in turn), then the Outcome tab raised."""
        w = self.win
        w.history_dock.show()
        for dock in (w.counterpart_dock, w.deal_dock, w.history_dock, w.outcome_dock):
            dock.raise_()
            self.wait_idle()
            for _ in range(3):
                self.app.processEvents()
        self.doc.select_package("B")
        self.wait_idle()
        m = rss_mb()
        self.figures["memory.rss"] = {
            "label": "resident memory, supplier example, all panels shown", "unit": "MB",
            "budget": MEMORY_BUDGET_MB, "on": "value", "value": m.get("VmRSS", m.get("VmHWM", 0.0)),
            "peak": m.get("VmHWM", 0.0), "own": m.get("RssAnon"), "files": m.get("RssFile")}

    # -- gestures --------------------------------------------------------------------------
    def gesture(self, key: str, label: str, edit, begin=None, end=None) -> None:
        """``edit(k)`` makes input event k (returns False when it changed nothing)."""
        app = self.app
        if begin is not None:
            begin()
        self.wait_idle()
        fw, fc = [], []
        t_next = time.perf_counter() + self.period
        for k in range(self.steps):
            self.wait_idle(until=t_next)  # the event loop between input events
            due = t_next
            c0 = time.thread_time()
            changed = edit(k)
            app.processEvents()
            app.processEvents()
            w1, c1 = time.perf_counter(), time.thread_time()
            t_next = max(t_next + self.period, w1)  # a late frame delays the next event
            if changed is False:
                continue
            fw.append((w1 - due) * 1e3)
            fc.append((c1 - c0) * 1e3)
        if end is not None:
            end()
        self.doc.end_gesture()
        self.wait_idle()
        self.figures[key] = {"label": label, "unit": "ms", "budget": FRAME_BUDGET_MS, "on": "p95",
                             "cpu": stats(fc), "wall": stats(fw)}

    def slider_drag(self, slider: QSlider):
        """begin/edit/end of a real mouse drag over the slider's width, back and forth."""
        y = slider.height() // 2
        lo, hi = 4, max(5, slider.width() - 4)
        stride = max(1, (hi - lo) // 50)
        state = {"x": None}

        def begin() -> None:
            opt = QStyleOptionSlider()
            slider.initStyleOption(opt)
            c = slider.style().subControlRect(QStyle.ComplexControl.CC_Slider, opt,
                                              QStyle.SubControl.SC_SliderHandle, slider).center()
            state["x"], state["d"] = c.x(), 1
            QTest.mousePress(slider, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(c.x(), y))

        def edit(_k: int) -> bool:
            x = state["x"] + state["d"] * stride
            if not lo <= x <= hi:
                state["d"] = -state["d"]
                x = state["x"] + state["d"] * stride
            state["x"] = x
            before = slider.value()
            QTest.mouseMove(slider, QPoint(x, y))
            return slider.value() != before

        def end() -> None:
            QTest.mouseRelease(slider, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                               QPoint(state["x"], y))

        return begin, edit, end

    def map_drag(self, hold: bool):
        vm, state = self.vm, {}

        def begin() -> None:
            vm.set_hold_value(hold, "B")
            self.wait_idle()
            vm.begin_drag("B")
            state["s"] = vm.slice

        def edit(k: int) -> bool:
            s = state["s"]
            x0, x1 = s.x.coords[0], s.x.coords[-1]
            y0, y1 = s.y.coords[0], s.y.coords[-1]
            t = (k % 40) / 39.0
            t = t if (k // 40) % 2 == 0 else 1 - t
            return vm.drag_to(x0 + (x1 - x0) * (0.05 + 0.5 * t),
                              y0 + (y1 - y0) * (0.1 + 0.6 * ((k * 7) % 40) / 39.0))

        return begin, edit, vm.end_drag

    def curve_drag(self):
        from meso_desk.model.preferences.issue_text import COL

        panel = self.win.issue_panel
        issue = "Delivery"
        state = {}

        def begin() -> None:
            row = self.doc.plan.issue_names.index(issue)
            if self.doc.plan.issues[row].curve != "breakpoints":
                panel.model.setData(panel.model.index(row, COL["curve"]), "breakpoints")
            panel.select_issue(issue)
            self.wait_idle()
            h = panel.curve_editor.handles
            state["h"], state["i"] = h, 1
            state["x"] = h.positions[1][0]

        def edit(k: int) -> bool:
            state["h"].drag_to(state["i"], state["x"], 20 + (k % 60))
            return True

        return begin, edit, lambda: state["h"].finish_drag()

    def gestures(self) -> None:
        plan = self.doc.plan
        first = plan.issue_names[0]
        term = self.find(QSlider, "termSlider", package=plan.package_names[2], issue=first)
        weight = self.find(QSlider, "weightSlider", issue=first)
        hold = self.find(QSlider, "termSlider", package="A", issue=first)
        self.gesture("gesture.term_slider", f"term slider drag ('{plan.package_names[2]}', {first})",
                     *self._mid(self.slider_drag(term)))
        self.gesture("gesture.weight_slider", f"weight slider drag ({first})", *self._mid(self.slider_drag(weight)))
        self.gesture("gesture.hold_value", f"Hold value drag (A's {first}, rebalance each tick)",
                     *self._mid(self.slider_drag(hold)))
        self.doc.select_package("B")
        self.gesture("gesture.map_drag", "map drag of B (two terms)", *self._mid(self.map_drag(False)))
        self.gesture("gesture.map_drag_hold", "map drag of B with Hold value", *self._mid(self.map_drag(True)))
        self.gesture("gesture.curve_breakpoint", "issue curve breakpoint drag (Delivery)",
                     *self._mid(self.curve_drag()))

    @staticmethod
    def _mid(bee):
        begin, edit, end = bee
        return edit, begin, end

    # -- plots after a pause -----------------------------------------------------------------
    def latency(self, key: str, label: str, edit, gestures: int, length: int = 6) -> None:
        app, vm, op, doc = self.app, self.vm, self.op, self.doc
        stamps: dict[str, float] = {}
        vm.redrawn.connect(lambda: stamps.__setitem__("vm", time.perf_counter()))
        op.redrawn.connect(lambda: stamps.__setitem__("op", time.perf_counter()))
        both: list[float] = []
        try:
            for g in range(gestures):
                self.wait_idle()
                t_next = time.perf_counter()
                t_last = t_next
                for k in range(length):
                    self.wait_idle(until=t_next)
                    stamps.clear()  # only the draws after the last change count
                    edit(g * length + k)
                    t_last = time.perf_counter()
                    app.processEvents()
                    t_next += self.period
                while ("vm" not in stamps or "op" not in stamps) and time.perf_counter() - t_last < 5:
                    app.processEvents()
                    time.sleep(0.0002)
                if "vm" in stamps and "op" in stamps:
                    both.append((max(stamps.values()) - t_last) * 1e3)
                doc.end_gesture()
        finally:
            vm.redrawn.disconnect()
            op.redrawn.disconnect()
        self.figures[key] = {"label": label, "unit": "ms", "budget": LATENCY_BUDGET_MS, "on": "p95",
                             "wall": stats(both)}

    def latencies(self, gestures: int) -> None:
        doc = self.doc
        x_issue = self.vm.axes[0]
        grid = doc.plan.issue("Warranty").grid()

        def weight_edit(k: int) -> None:
            w = dict(doc.plan.weights)
            w[x_issue] = 0.30 + 0.002 * (k % 50)
            doc.apply(doc.plan.with_weights(w), "bench", merge_key="bench-weights")

        def term_edit(k: int) -> None:
            doc.apply(doc.plan.with_term("B", "Warranty", float(grid[k % len(grid)])), "bench", merge_key="bench-term")

        self.latency("latency.weight_drag", "plots redrawn after a weight drag pauses", weight_edit, gestures)
        self.latency("latency.term_drag", "plots redrawn after a term drag pauses", term_edit, gestures)

    def close(self) -> None:
        self.doc.undo_stack.setClean()  # no "save changes?" question on close
        self.win.close()
        self.win.deleteLater()
        self.app.processEvents()


class Turns:
    """The longest turn of the event loop after each gesture, on the big plan (see the module docs)."""

    def __init__(self) -> None:
        from _big_plan import big_plan
        from PySide6.QtCore import QTimer

        from meso_desk.app.application import create_window

        self.win = create_window(big_plan(), autosave=False, remember_layout=False)
        self.win.resize(1366, 700)
        self.win.show()
        self.app = QApplication.instance()
        self.doc = self.win.document
        self._ticks = QTimer()
        self._ticks.setInterval(0)  # fires once every turn of the event loop
        self._ticks.timeout.connect(self._tick)
        self._turns: list[tuple[float, float]] = []
        self._last = (0.0, 0.0)
        self.figures: dict[str, dict] = {}
        # the panels that say when they are busy, found once: a search of every widget at each
        # look would itself be a long turn of the event loop (10 ms on this window)
        self._views = [w for w in self.win.findChildren(QWidget) if callable(getattr(w, "is_busy", None))]
        self.settle()

    def _tick(self) -> None:
        now = (time.thread_time(), time.perf_counter())
        self._turns.append(((now[0] - self._last[0]) * 1e3, (now[1] - self._last[1]) * 1e3))
        self._last = now

    def _busy(self) -> bool:
        from meso_desk.app import background

        return background.is_busy() or any(w.is_busy() for w in self._views)

    def _wait(self, ms: int) -> None:
        from PySide6.QtCore import QEventLoop, QTimer

        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def settle(self, timeout: float = 20.0) -> None:
        """Until nothing is busy (the plots' workers, the cards still to make) and 300 ms after."""
        end = time.perf_counter() + timeout
        self._wait(30)
        while self._busy() and time.perf_counter() < end:
            self._wait(20)
        self._wait(300)

    def longest_turn(self, action) -> tuple[float, float]:
        """The longest turn of the event loop from ``action`` (run from a timer, as input
        arrives) until the window is idle again: (its GUI-thread CPU, the longest wall) in ms."""
        from PySide6.QtCore import QTimer

        self.settle()
        self._turns, self._last = [], (time.thread_time(), time.perf_counter())
        self._ticks.start()
        QTimer.singleShot(0, action)
        self.settle()
        self._ticks.stop()
        return max((c for c, _ in self._turns), default=0.0), max((w for _, w in self._turns), default=0.0)

    def run(self, rounds: int) -> None:
        import meso_desk as md

        self.win.show_workspace("offers")
        panel = self.win.package_panel
        terms = [p.terms for p in md.generate_mesos(self.doc.plan, 3, level=71.0)]  # the dialog's result
        undo, redo = self.win.action_undo.trigger, self.win.action_redo.trigger
        add, undo_redo, switch = [], [], []
        for _ in range(rounds):
            add.append(self.longest_turn(lambda: panel.add_meso_set(terms, 71.0)))
            undo_redo.append(self.longest_turn(undo))
            undo_redo.append(self.longest_turn(redo))
            self.longest_turn(undo)  # (back to the plan as it was: every add makes the same set)
            for key in ("prepare", "offers", "room", "deal"):
                switch.append(self.longest_turn(lambda key=key: self.win.show_workspace(key)))
            self.win.show_workspace("offers")
        for key, label, xs in (("turn.add_meso_set", "add a MESO set (big plan)", add),
                               ("turn.undo_redo_set", "undo / redo a MESO set (big plan)", undo_redo),
                               ("turn.switch_workspace", "switch workspace (big plan)", switch)):
            self.figures[key] = {"label": f"longest turn: {label}", "unit": "ms", "budget": TURN_BUDGET_MS,
                                 "on": "p95", "cpu": stats([c for c, _ in xs]), "wall": stats([w for _, w in xs])}

    def close(self) -> None:
        self.doc.undo_stack.setClean()
        self.win.close()
        self.win.deleteLater()
        self.app.processEvents()


def run(steps: int = 150, hz: float = 60.0, latency_gestures: int = 12, turn_rounds: int = 4) -> dict[str, dict]:
    b = Bench(steps, hz)
    try:
        b.memory()
        b.gestures()
        b.latencies(latency_gestures)
    finally:
        b.close()
    figures = dict(b.figures)
    if turn_rounds:
        t = Turns()
        try:
            t.run(turn_rounds)
        finally:
            t.close()
        figures.update(t.figures)
    return figures


def run_turns(rounds: int = 8) -> dict[str, dict]:
    """Only the big plan's longest turns (its window the first of the process, as a user's plan is)."""
    t = Turns()
    try:
        t.run(rounds)
    finally:
        t.close()
    return dict(t.figures)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--steps", type=int, default=150, help="input events per gesture")
    ap.add_argument("--hz", type=float, default=60.0, help="input events per second")
    ap.add_argument("--pauses", type=int, default=12, help="short drags per latency figure")
    ap.add_argument("--turns", type=int, default=4, help="rounds of the big plan's gestures (0: none)")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args(argv)
    figs = run(args.steps, args.hz, args.pauses, args.turns)
    if args.json:
        print(json.dumps(figs))
        return 0
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"{os.cpu_count()} CPUs, load {load:.1f}; ms: median p95 max (cpu = GUI-thread CPU time)")
    for f in figs.values():
        if "value" in f:
            print(f"{f['label']:<58} {f['value']:8.1f} {f['unit']} (peak {f['peak']:.1f}{memory_parts(f)})"
                  f"  budget {f['budget']:g}")
            continue
        parts = "   ".join(f"{k} {v['median']:6.2f} {v['p95']:6.2f} {v['max']:6.2f}"
                           for k, v in f.items() if isinstance(v, dict))
        print(f"{f['label']:<58} {parts}   budget p95 ≤ {f['budget']:g}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
