"""Cold start to a painted window: the installed package and, when given, the one-folder bundle.

    python benchmarks/bench_startup.py [--runs 7] [--bundle OUTDIR] [--drop-caches] [--json]

Each run starts a new process with ``MESO_DESK_STARTUP_PROBE=exit`` on Qt's offscreen platform (or
the display you have, with ``--platform xcb``): the program opens its window on the supplier example,
prints the time of the first paint of the window (``meso_desk/app/startup_probe.py``) and quits. The
figure is that time minus the moment just before this script started the process, so it covers the
interpreter (or the bundle's loader), the imports, the plan, the window and its first paint.

``--drop-caches`` empties the kernel's page cache before every run (root on Linux only), so that each
run reads the program from disk as after a reboot; without it the files are in memory after the first
run ("warm" cold start, what a user sees when opening the program a second time). Also timed: the whole
``--screenshot`` command (start, render, write the PNG, exit). Budget: 1.0 s to a painted window.
Timings, not tests: nothing is asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from meso_desk.app.startup_probe import ENV, parse_line  # noqa: E402  (Qt-free module)

BUDGET_S = 1.0


def drop_caches() -> bool:
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def child_env(home: Path, platform: str) -> dict[str, str]:
    """The environment of a measured start: a fresh home, and Python's byte-code cache on (in
    ``home/pycache``), as an installed package has its ``.pyc`` files — a shell that sets
    PYTHONDONTWRITEBYTECODE would otherwise time compiling the program's sources at every start."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("MESO_DESK_", "QT_")) and k != "PYTHONDONTWRITEBYTECODE"}
    env.update(
        PYTHONPYCACHEPREFIX=str(home / "pycache"),
        QT_QPA_PLATFORM=platform,
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
        MESO_DESK_DATA_DIR=str(home / "meso-desk"),
    )
    return env


def time_first_paint(cmd: list[str], env: dict[str, str], cold: bool) -> float:
    if cold and not drop_caches():
        raise SystemExit("--drop-caches needs root on Linux (writes /proc/sys/vm/drop_caches)")
    env = {**env, ENV: "exit"}
    t0 = time.time()
    p = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
    probe = parse_line(p.stderr)
    if p.returncode != 0 or probe is None:
        raise SystemExit(f"{' '.join(cmd)}: exit code {p.returncode}, no first paint\n{p.stderr[-2000:]}")
    return probe["epoch"] - t0


def time_screenshot(cmd: list[str], env: dict[str, str], out: Path) -> float:
    t0 = time.perf_counter()
    p = subprocess.run([*cmd, "--screenshot", str(out)], env=env, capture_output=True, text=True, timeout=120)
    dt = time.perf_counter() - t0
    if p.returncode != 0 or not out.is_file():
        raise SystemExit(f"{' '.join(cmd)} --screenshot: exit code {p.returncode}\n{p.stderr[-2000:]}")
    return dt


def summary(xs: list[float]) -> dict[str, float]:
    return {"first": xs[0], "median": statistics.median(xs), "min": min(xs), "max": max(xs), "runs": len(xs)}


def du(path: Path) -> int:
    return sum(f.lstat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--bundle", type=Path, help="a folder built by packaging/build.sh")
    ap.add_argument("--python", default=sys.executable, help="interpreter with meso-desk installed")
    ap.add_argument("--platform", default="offscreen", help="Qt platform (offscreen, xcb, wayland)")
    ap.add_argument("--drop-caches", action="store_true", help="empty the page cache before each run")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)

    targets = {"installed package": [args.python, "-m", "meso_desk"]}
    if args.bundle:
        exe = args.bundle / "meso-desk"
        if not exe.is_file():
            raise SystemExit(f"{exe}: no bundle there (build one with packaging/build.sh {args.bundle})")
        targets["bundle"] = [str(exe)]

    results: dict[str, dict] = {}
    with tempfile.TemporaryDirectory(prefix="meso-bench-") as tmp:
        home = Path(tmp)
        env = child_env(home, args.platform)
        for name, cmd in targets.items():
            time_first_paint(cmd, env, False)  # compiles the byte code once (an installation has it)
            paint = [time_first_paint(cmd, env, args.drop_caches) for _ in range(args.runs)]
            shots = [time_screenshot(cmd, env, home / f"shot{i}.png") for i in range(max(1, args.runs // 2))]
            results[name] = {"first_paint_s": summary(paint), "screenshot_command_s": summary(shots)}
        if args.bundle:
            results["bundle"]["size_mib"] = round(du(args.bundle) / 2**20, 1)

    if args.json:
        print(json.dumps({"budget_s": BUDGET_S, "cold_caches": args.drop_caches, **results}, indent=2))
        return 0
    cache = "page cache dropped before each run" if args.drop_caches else "page cache warm after the first run"
    load = f", load average {os.getloadavg()[0]:.1f}" if hasattr(os, "getloadavg") else ""
    print(f"cold start to a painted window ({args.platform}, {cache}; {os.cpu_count()} cores{load})")
    print(f"{'':<42}{'first':>8}{'median':>8}{'min':>8}{'max':>8}   (seconds; budget {BUDGET_S:.1f} s)")
    for name, r in results.items():
        for what, key in (("to first paint", "first_paint_s"), ("--screenshot, to exit", "screenshot_command_s")):
            s = r[key]
            verdict = ("within budget" if s["median"] <= BUDGET_S else "OVER BUDGET") if key == "first_paint_s" else ""
            print(f"{name + ', ' + what:<42}{s['first']:>8.3f}{s['median']:>8.3f}{s['min']:>8.3f}{s['max']:>8.3f}   {verdict}")
        if "size_mib" in r:
            print(f"bundle size: {r['size_mib']} MiB ({args.bundle})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
