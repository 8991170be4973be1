"""Plan validation time against the number of issues (issue 18: linear, 60,000 issues < 2 s).

Validates a plan of N numeric issues with one package (``Plan.model_validate``: the scripting
API path, which has no issue cap), and one of N/3 issues with 20 packages, so that the checks
of every package's terms count too. Then times how fast a file over the issue cap is refused
by ``plan_from_bytes`` (before any model validation).

    python benchmarks/bench_validation.py [--sizes 6000,20000,60000]
"""

from __future__ import annotations

import argparse
import json
import time

from meso_desk.model.io import MAX_ISSUES, PlanFileError, plan_from_bytes
from meso_desk.model.plan import FORMAT_VERSION, Plan


def plan_data(n_issues: int, n_packages: int) -> dict:
    names = [f"issue {k}" for k in range(n_issues)]
    return {
        "issues": [{"kind": "numeric", "name": n, "min": 0, "max": 10, "direction": "higher"} for n in names],
        "weights": {n: 1.0 + (k % 7) for k, n in enumerate(names)},
        "reservation": 0.0,
        "packages": [{"name": f"P{j}", "terms": {n: float(j % 11) for n in names}} for j in range(n_packages)],
    }


def best_of(fn, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="6000,20000,60000")
    args = ap.parse_args()
    sizes = [int(x) for x in args.sizes.split(",")]
    print(f"{'issues':>8} {'packages':>8} {'validate s':>11} {'µs/issue-term':>14}")
    for n in sizes:
        for n_pk in (1, 20):
            issues = n if n_pk == 1 else max(n // 3, 1)
            data = plan_data(issues, n_pk)
            t = best_of(lambda data=data: Plan.model_validate(data), repeat=2 if n >= 20_000 else 3)
            print(f"{issues:>8,} {n_pk:>8} {t:>11.3f} {1e6 * t / (issues * (1 + n_pk)):>14.2f}")
    big = plan_data(60_000, 1)
    big.update(format="meso-desk", version=FORMAT_VERSION)
    raw = json.dumps(big).encode("utf-8")

    def refuse() -> None:
        try:
            plan_from_bytes(raw, "big.meso")
        except PlanFileError as e:
            refuse.msg = str(e)  # type: ignore[attr-defined]

    t = best_of(refuse)
    print(f"60,000-issue file ({len(raw) / 1e6:.1f} MB) refused by the cap of {MAX_ISSUES} in {t:.3f} s: "
          f"{refuse.msg}")  # type: ignore[attr-defined]


if __name__ == "__main__":
    main()
