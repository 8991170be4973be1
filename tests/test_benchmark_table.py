"""README.md's speed table is the one ``benchmarks/readme_table.py`` generates from the committed
``benchmarks/results.json`` (the figures of the latest ``benchmarks/run_all.py`` run): a table
edited by hand, or figures re-measured without the table regenerated, fail here."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
RESULTS = ROOT / "benchmarks" / "results.json"
REGENERATE = ("python benchmarks/readme_table.py > /tmp/speed-table.md, and paste it between "
              "the markers in README.md")


def _generator():
    spec = importlib.util.spec_from_file_location("readme_table", ROOT / "benchmarks" / "readme_table.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_readme_speed_table_matches_the_committed_figures():
    gen = _generator()
    assert RESULTS.is_file(), "benchmarks/results.json is missing: run python benchmarks/run_all.py"
    block = gen.readme_block(README.read_text(encoding="utf-8"))
    assert block is not None, (f"README.md has no speed table between {gen.START} and {gen.END}: add the "
                               f"markers, then {REGENERATE}")
    expected = gen.table(json.loads(RESULTS.read_text(encoding="utf-8")))
    assert block == expected.strip(), f"README.md's speed table differs from benchmarks/results.json: {REGENERATE}"


def _results(**figures) -> dict:
    base = {"when": "2026-12-04 02:00 UTC", "mode": "full", "load_average": [0.3, 0.2, 0.1],
            "machine": {"cpus": 2, "python": "3.11.7", "system": "Linux x86_64"}, "calibration_ms": 1.0}
    return {**base, "figures": figures}


def _gesture(p95: float) -> dict:
    return {"label": "weight slider drag", "unit": "ms", "budget": 10.0, "on": "p95", "primary": "cpu",
            "cpu": {"median": 4.0, "p95": p95, "max": 9.5, "n": 100}, "wall": None, "ok": p95 <= 10.0,
            "check": True, "ratio": 4.0}


def test_the_table_shows_each_figure_with_its_budget_and_verdict():
    gen = _generator()
    text = gen.table(_results(**{"gesture.weight_slider": _gesture(12.5)}))
    row = [ln for ln in text.splitlines() if ln.startswith("| weight slider drag")]
    assert row == ["| weight slider drag | 4.0 ms | 12.5 ms | 9.5 ms | p95 ≤ 10.0 ms | **over** |"]
    assert "load average 0.3" in text


@pytest.mark.parametrize("readme, found", [
    ("intro\n<!-- speed-table:start -->\n| a |\n<!-- speed-table:end -->\nrest", "| a |"),
    ("intro without markers", None),
    ("<!-- speed-table:start --> only the first", None),
])
def test_the_block_between_the_markers(readme, found):
    assert _generator().readme_block(readme) == found


def test_a_changed_figure_no_longer_matches_the_table():
    gen = _generator()
    old = gen.table(_results(**{"gesture.weight_slider": _gesture(6.0)}))
    readme = f"# x\n{gen.START}\n{old}\n{gen.END}\n"
    assert gen.readme_block(readme) == old
    assert gen.readme_block(readme) != gen.table(_results(**{"gesture.weight_slider": _gesture(6.5)}))


def test_the_regression_guard_names_a_gesture_more_than_1_5_times_slower():
    spec = importlib.util.spec_from_file_location("run_all", ROOT / "benchmarks" / "run_all.py")
    run_all = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(run_all)
    committed = _results(**{"gesture.weight_slider": {**_gesture(6.0), "ratio": 4.0}})
    within = _results(**{"gesture.weight_slider": {**_gesture(6.0), "ratio": 5.9}})
    slower = _results(**{"gesture.weight_slider": {**_gesture(6.0), "ratio": 6.2}})
    unguarded = _results(**{"gesture.weight_slider": {**_gesture(6.0), "ratio": 9.0, "check": False}})
    assert run_all.check(within, committed) == []
    assert run_all.check(unguarded, committed) == []
    (line,) = run_all.check(slower, committed)
    assert line.startswith("gesture.weight_slider (weight slider drag): 1.55× slower")
