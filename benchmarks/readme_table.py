"""The README's speed table, generated from the figures of the latest ``benchmarks/run_all.py`` run.

    python benchmarks/readme_table.py [benchmarks/results.json]

prints the Markdown that goes between ``<!-- speed-table:start -->`` and
``<!-- speed-table:end -->`` in README.md; ``tests/test_benchmark_table.py`` fails when the two
disagree. Qt-free and quick: it only reads the JSON.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results.json"
START = "<!-- speed-table:start -->"
END = "<!-- speed-table:end -->"


def _num(x: float, unit: str) -> str:
    if unit == "MB":
        return f"{x:.0f} MB"
    if x >= 100:
        return f"{x:,.0f} ms"
    return f"{x:.1f} ms" if x >= 1 else f"{x:.2f} ms"


def table(results: dict) -> str:
    """The Markdown: one line saying which run it is, then one row per figure."""
    m = results["machine"]
    la = results["load_average"]
    lines = [
        f"Latest run of `benchmarks/run_all.py` on this machine ({results['when']}, {results['mode']} run; "
        f"{m['cpus']} cores, load average {la[0]:.1f}; Python {m['python']}; a fixed calibration loop "
        f"{results['calibration_ms']:.2f} ms — how fast the machine ran: CI's guard compares gestures as "
        "ratios to it). Gestures: the GUI thread's CPU time per frame with both plots on screen; start-up "
        "and the plots after a pause: wall clock.",
        "",
        "| figure | median | p95 | max | budget | |",
        "| --- | ---: | ---: | ---: | --- | --- |",
    ]
    for f in results["figures"].values():
        s = f[f["primary"]]
        unit = f["unit"]
        budget = f"{f['on']} ≤ {_num(f['budget'], unit)}" if unit != "MB" else f"≤ {_num(f['budget'], unit)}"
        if unit == "MB":
            med, p95, mx = _num(s["median"], unit), "", f"{_num(s['max'], unit)} peak"
            if f.get("own") is not None:  # the process's own part (the rest: mapped library pages)
                mx += f"; own {_num(f['own'], unit)}"
        else:
            med, p95, mx = (_num(s[k], unit) for k in ("median", "p95", "max"))
        lines.append(f"| {f['label']} | {med} | {p95} | {mx} | {budget} | {'ok' if f['ok'] else '**over**'} |")
    apart: dict[str, list[str]] = {}  # figures added to the file from another run (a "measured" note)
    for f in results["figures"].values():
        if f.get("measured"):
            apart.setdefault(f["measured"], []).append(f["label"])
    for note, labels in apart.items():
        lines += ["", f"Measured in another run ({note}): {'; '.join(labels)}."]
    return "\n".join(lines)


def readme_block(readme_text: str) -> str | None:
    """The text between the two markers in the README (None when a marker is missing)."""
    if START not in readme_text or END not in readme_text:
        return None
    return readme_text.split(START, 1)[1].split(END, 1)[0].strip()


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    path = Path(argv[0]) if argv else RESULTS
    print(table(json.loads(path.read_text(encoding="utf-8"))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
