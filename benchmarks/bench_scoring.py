"""Scoring and start-up speed of the model (figures are printed, never asserted).

    python benchmarks/bench_scoring.py [--packages 100000] [--repeat 50] [--cases ../shared/cases/genius]

Measures, against the budgets of the design:

* scoring 100 000 random packages given as an option-index matrix on a synthetic plan of
  10 issues × 7 options (5 numeric, 5 categorical) with ``ScoreTable.score_indices``
  (budget ≤ 10 ms), plus the acceptability check and compiling the table;
* exact scoring of one package (``md.score``);
* ``import meso_desk`` in a fresh interpreter (budget well under 0.5 s);
* importing each shared GENIUS case and scoring 100 000 packages on it (when the shared
  cases are present).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import meso_desk as md  # noqa: E402
from meso_desk.model.scoring import build_score_table  # noqa: E402

SHARED = ROOT.parent / "shared" / "cases" / "genius"


def synthetic_plan(n_issues: int = 10, n_options: int = 7) -> md.Plan:
    rng = np.random.default_rng(0)
    issues = []
    for k in range(n_issues):
        if k % 2 == 0:
            issues.append(md.NumericIssue(name=f"Numeric {k}", unit="days", min=0, max=(n_options - 1) * 5, step=5,
                                          direction="lower" if k % 4 == 0 else "higher",
                                          curve=("linear", "concave", "convex")[k % 3], hard_limit=None))
        else:
            vals = rng.uniform(0, 100, n_options)
            vals[rng.integers(n_options)] = 100.0
            issues.append(md.CategoricalIssue(name=f"Categorical {k}",
                                              options=[(f"option {j}", float(v)) for j, v in enumerate(vals)]))
    weights = {i.name: float(w) for i, w in zip(issues, rng.uniform(1, 10, n_issues))}
    return md.Plan(title="Synthetic 10 × 7", issues=tuple(issues), weights=weights)


def timings(fn, repeat: int) -> tuple[float, float]:
    fn()  # warm up
    out = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    out.sort()
    return statistics.median(out), out[min(len(out) - 1, int(round(0.95 * (len(out) - 1))))]


def ms(x: float) -> str:
    return f"{x * 1000:8.3f} ms"


def random_indices(table, n: int, seed: int = 1) -> np.ndarray:
    rng = np.random.default_rng(seed)
    return np.stack([rng.integers(0, s, n) for s in table.sizes], axis=1)


def bench_plan(name: str, plan: md.Plan, n: int, repeat: int) -> None:
    table = build_score_table(plan)
    idx = random_indices(table, n)
    med, p95 = timings(lambda: table.score_indices(idx), repeat)
    flag = "ok" if p95 <= 0.010 else "OVER BUDGET"
    print(f"{name:<34} score {n:,} packages: median {ms(med)}  p95 {ms(p95)}  (budget 10 ms: {flag})")
    med_a, p95_a = timings(lambda: table.acceptable_indices(idx), repeat)
    print(f"{'':<34} acceptable check:        median {ms(med_a)}  p95 {ms(p95_a)}")
    med_b, _ = timings(lambda: build_score_table(plan), max(5, repeat // 5))
    print(f"{'':<34} compile ScoreTable:      median {ms(med_b)}")


def bench_exact(plan: md.Plan, repeat: int) -> None:
    table = build_score_table(plan)
    terms = table.package_terms(random_indices(table, 1)[0])
    pkg = md.Package(plan, terms)
    med, p95 = timings(lambda: md.score(plan, pkg), repeat * 10)
    print(f"{'exact score of one package':<34} median {ms(med)}  p95 {ms(p95)}")
    med, p95 = timings(lambda: md.score(plan, terms), repeat * 10)
    print(f"{'  … from a plain mapping':<34} median {ms(med)}  p95 {ms(p95)}")


def bench_import(repeat: int) -> None:
    code = ("import time; t = time.perf_counter(); c = time.process_time(); import meso_desk; "
            "print(time.perf_counter() - t, time.process_time() - c)")
    wall, cpu = [], []
    for _ in range(repeat):
        r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
        w, c = (float(x) for x in r.stdout.split())
        wall.append(w)
        cpu.append(c)
    wall.sort()
    med, worst = statistics.median(wall), wall[-1]
    flag = "ok" if med < 0.5 else "OVER BUDGET"
    print(f"{'import meso_desk (fresh process)':<34} median {ms(med)}  worst {ms(worst)}  (budget < 500 ms: {flag})")
    print(f"{'':<34} CPU time median {ms(statistics.median(cpu))} (less sensitive to a busy machine)")


def bench_cases(folder: Path, n: int, repeat: int) -> None:
    if not folder.is_dir():
        print(f"(shared GENIUS cases not found at {folder}: skipped)")
        return
    from meso_desk.model.io.genius import import_genius

    for case in sorted(p for p in folder.iterdir() if p.is_dir()):
        files = sorted(case.glob("*.xml"))
        domain = next((f for f in files if "domain" in f.stem.lower() or f.stem == case.name), None)
        if domain is None:
            domain = min(files, key=lambda f: len(f.stem))
        profile = next(f for f in files if f != domain)
        med, _ = timings(lambda d=domain, p=profile: import_genius(d, p), max(3, repeat // 10))
        plan = import_genius(domain, profile)
        table = build_score_table(plan)
        idx = random_indices(table, n)
        smed, sp95 = timings(lambda t=table, i=idx: t.score_indices(i), repeat)
        shape = "×".join(str(s) for s in table.sizes)
        print(f"  {case.name:<16} import {ms(med)}   score {n:,}: median {ms(smed)}  p95 {ms(sp95)}   grids {shape}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--packages", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=50)
    ap.add_argument("--cases", type=Path, default=SHARED)
    args = ap.parse_args()
    print(f"MESO Desk {md.__version__}, numpy {np.__version__}, Python {sys.version.split()[0]}")
    plan = synthetic_plan()
    bench_plan("synthetic 10 issues × 7 options", plan, args.packages, args.repeat)
    bench_exact(plan, args.repeat)
    bench_import(max(5, args.repeat // 5))
    print("shared GENIUS cases (first profile):")
    bench_cases(args.cases, args.packages, args.repeat)


if __name__ == "__main__":
    main()
