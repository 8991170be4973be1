"""``benchmarks/simulate_room.py`` (issue 22's simulator) still runs, and plays the program's sets
as the counterpart panel makes them: a smoke run of every protocol on one made-up profile, and
the nearest-level click on a plan whose level has one set only."""

from __future__ import annotations

import importlib.util
import sys
from functools import cache
from pathlib import Path

import pytest

import meso_desk as md
from meso_desk.model.edits.round_edits import record_choice
from meso_desk.model.offers.meso_sets import same_offers, set_terms, with_meso_set

ROOT = Path(__file__).resolve().parents[1]


@cache
def simulator():
    spec = importlib.util.spec_from_file_location("simulate_room", ROOT / "benchmarks" / "simulate_room.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules["simulate_room"] = mod  # its dataclasses look their module up
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.parametrize("protocol", ["choices", "rankings", "room"])
def test_every_protocol_plays_and_measures(protocol):
    sim = simulator()
    pair = sim.family_pairs(1, seed=3)[0]
    for method in ("informed", "random"):
        r = sim.play(pair, protocol, method, 1000, "auto", rounds=2)
        assert 0.0 <= r.top <= 1.0 and r.l1 >= 0.0 and r.l1u > 0.0 and -1.0 <= r.tau <= 1.0
        assert 0.0 < r.eff <= 1.0 + 1e-9, "the next set's share of the best for them"
        assert 0 <= r.covered <= r.n_issues == len(pair.plan.issues)
        again = sim.play(pair, protocol, method, 1000, "auto", rounds=2)
        assert (again.top, again.l1, again.eff) == (r.top, r.l1, r.eff), "the same seed plays the same run"


def test_the_program_takes_the_nearest_level_that_differs_and_stays_there():
    sim = simulator()
    issues = tuple(md.CategoricalIssue(name=n, options=[md.Option(label=f"{n} {j}", value=float(x))
                                                         for j, x in enumerate(v)])
                   for n, v in (("Maker", (100, 85, 40, 0)), ("Disk", (100, 70, 60, 0)), ("Screen", (100, 85, 70, 0))))
    plan = md.Plan(issues=issues, weights={"Maker": 0.4, "Disk": 0.45, "Screen": 0.15}, reservation=30.0)
    plan, names = with_meso_set(plan, [dict(p) for p in md.generate_mesos(plan, 3, 75.0)], 75.0)
    plan = record_choice(plan, names, 0)
    last = set_terms(plan, plan.meso_sets[-1])
    out, level = sim.program_set(plan, "balanced", 75.0)
    assert abs(level - 75.0) >= 0.5 and not same_offers([dict(p) for p in out], last)
    assert all(abs(md.score(plan, p) - level) <= 1.0 for p in out)
    try:
        sim.NEAREST_LEVEL = False  # the old way: the same set again, at the same level
        out, level = sim.program_set(plan, "balanced", 75.0)
    finally:
        sim.NEAREST_LEVEL = True
    assert level == 75.0 and same_offers([dict(p) for p in out], last)
