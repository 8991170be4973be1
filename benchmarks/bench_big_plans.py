"""Big plans end to end: each action's time and peak memory (issue 18's resource bounds).

Plans: categorical 10 × 20, 10 × 30, 15 × 20, 30 × 100, and the hiring example with Salary on
a 1-EUR step. Model actions: generate (a MESO set of 3), map (value map slice, Pareto
frontier, outcome cloud), cards (the set's cards to PDF). Window actions (offscreen, on
30 × 100 with three packages): open (build, show, background work done), generate (the
MESO dialog's preview), cards (the card preview in the print dialog's renderer).

Peak memory is the process's resident high-water mark for the action (Linux: reset through
``/proc/self/clear_refs`` before each action; elsewhere the process peak so far). The
budget is 2 s and 500 MB per action.

    python benchmarks/bench_big_plans.py [--model-only] [--profile]

``--profile`` prints where the window's open action spends its time (cProfile, top
functions of meso_desk by cumulative time).
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np

import meso_desk as md

BUDGET_S = 2.0
BUDGET_MB = 500.0


def categorical_plan(n: int, m: int, packages: int = 0) -> md.Plan:
    rng = np.random.default_rng(0)
    issues = []
    for i in range(n):
        vals = np.round(rng.uniform(0, 100, m), 1)
        vals[0], vals[1] = 100.0, 0.0
        issues.append(md.CategoricalIssue(name=f"C{i}", options=[md.Option(label=f"o{k}", value=float(v))
                                                                  for k, v in enumerate(vals)]))
    plan = md.Plan(issues=tuple(issues), weights={f"C{i}": float(x) for i, x in enumerate(rng.uniform(0.2, 1, n))},
                   aspiration=70, reservation=40)
    if packages:
        pk = [md.StoredPackage(name=f"P{k}", terms={f"C{i}": f"o{(k * 7 + i) % m}" for i in range(n)})
              for k in range(packages)]
        plan = plan.replace(packages=tuple(pk))
    return plan


def hiring_step_1() -> md.Plan:
    from meso_desk.model.examples import example_path
    from meso_desk.model.io import plan_from_bytes
    d = json.loads(example_path("hiring").read_text(encoding="utf-8"))
    next(i for i in d["issues"] if i["name"] == "Salary")["step"] = 1.0
    return plan_from_bytes(json.dumps(d).encode())


def _reset_peak() -> None:
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass


def _peak_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(name: str, fn: Callable[[], str]) -> bool:
    _reset_peak()
    t = time.perf_counter()
    try:
        note = fn()
    except Exception as e:  # a benchmark prints what happened, whatever it was
        note = f"{type(e).__name__}: {str(e)[:90]}"
    dt = time.perf_counter() - t
    mb = _peak_mb()
    ok = dt <= BUDGET_S and mb <= BUDGET_MB
    print(f"  {name:<22} {dt * 1000:8.0f} ms  peak RSS {mb:6.0f} MB  {'ok' if ok else 'OVER'}  {note}", flush=True)
    return ok


def model_actions(label: str, plan: md.Plan, tmp: Path) -> bool:
    from PySide6.QtWidgets import QApplication

    from meso_desk.app.printing.card_painter import CardRenderer
    from meso_desk.app.printing.pages import write_pdf
    from meso_desk.model.counterpart.outcome import sample_cloud
    from meso_desk.model.counterpart.their_values import TheirValues
    from meso_desk.model.documents.cards import card_set
    from meso_desk.model.offers.frontier import pareto_frontier
    from meso_desk.model.offers.meso import generate_mesos
    from meso_desk.model.offers.value_slice import default_axes, value_slice

    QApplication.instance() or QApplication(sys.argv[:1])
    print(f"\n{label}: {len(plan.issues)} issues")
    box: dict[str, object] = {}

    def generate() -> str:
        box["set"] = res = generate_mesos(plan)
        return "approximate: " + res.approximation[:70] if res.approximate else "exact"

    def value_map() -> str:
        ax = default_axes(plan)
        assert ax is not None
        value_slice(plan, *ax)
        fr = pareto_frontier(plan)
        sample_cloud(plan, TheirValues.opposed(plan))
        return f"frontier {len(fr)} points{' (approximate)' if fr.approximate else ''}"

    def cards() -> str:
        pkgs = box.get("set")
        if not pkgs:
            return "no set to print"
        r = CardRenderer(card_set(plan, pkgs), "a6")
        write_pdf(r, tmp / "cards.pdf")
        return f"{r.page_count()} page(s)"

    return all([measure("generate", generate), measure("map", value_map), measure("cards", cards)])


def window_actions(plan: md.Plan, profile: bool) -> bool:
    from PySide6.QtWidgets import QApplication

    from meso_desk.app import background
    from meso_desk.app.application import create_window
    from meso_desk.app.widgets.packages.meso_dialog import MesoDialog

    app = QApplication.instance() or QApplication(sys.argv[:1])
    print(f"\nwindow (offscreen): {len(plan.issues)} issues × {len(plan.issues[0].options)} options, "
          f"{len(plan.packages)} packages")
    box: dict[str, object] = {}

    def settle() -> None:
        deadline = time.perf_counter() + 30
        while time.perf_counter() < deadline:
            app.processEvents()
            if not background.is_busy():
                app.processEvents()
                return
            time.sleep(0.005)  # leave the cores to the workers while waiting

    def open_window() -> str:
        w = create_window(plan, autosave=False, remember_layout=False)
        w.resize(1400, 900)
        w.show()
        settle()
        box["w"] = w
        return "built, shown, background work done"

    def generate() -> str:
        w = box["w"]
        d = MesoDialog(w.document)
        d.show()
        while d.is_busy():
            app.processEvents()
            time.sleep(0.005)
        box["msg"] = d.message.text()
        d.done(0)
        return box["msg"][:80]

    ok = True
    if profile:
        prof = cProfile.Profile()
        prof.enable()
        ok &= measure("window open", open_window)
        prof.disable()
        st = pstats.Stats(prof)
        st.sort_stats("cumulative").print_stats(r"meso_desk", 25)
    else:
        ok &= measure("window open", open_window)
    ok &= measure("window generate", generate)
    w = box.get("w")
    if w is not None:
        w.close()
        settle()
    return ok


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model-only", action="store_true")
    ap.add_argument("--profile", action="store_true", help="profile the window's open action")
    args = ap.parse_args(argv)
    print(f"budget per action: {BUDGET_S:g} s and {BUDGET_MB:g} MB; python {sys.version.split()[0]}, "
          f"numpy {np.__version__}, {os.cpu_count()} CPUs")
    ok = True
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        for n, m in ((10, 20), (10, 30), (15, 20), (30, 100)):
            ok &= model_actions(f"categorical {n} × {m}", categorical_plan(n, m), tmp)
        ok &= model_actions("hiring, Salary on a 1-EUR step", hiring_step_1(), tmp)
        if not args.model_only:
            ok &= window_actions(categorical_plan(30, 100, packages=3), args.profile)
    print("\nall actions within budget" if ok else "\nSOME ACTIONS OVER BUDGET")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
