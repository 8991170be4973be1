"""Simulated counterparts from the shared GENIUS cases (skipped when ../shared is absent)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy as np
import pytest

import meso_desk as md
from meso_desk.model.offers.meso import candidate_pool

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.shared


def _sim():
    spec = importlib.util.spec_from_file_location("simulate_counterparts", ROOT / "benchmarks" / "simulate_counterparts.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("simulate_counterparts", mod)
    spec.loader.exec_module(mod)
    return mod


def test_counterpart_mapping_reproduces_their_genius_utility(shared_cases):
    sc = _sim()
    d = shared_cases / "thompson"
    ours = md.import_genius(d / "thompson_employment.xml", d / "thompson_employee_utilityspace.xml")
    cp = sc.Counterpart.build(ours, d / "thompson_employment.xml", d / "thompson_employer_utilityspace.xml")
    truth = cp.their_values()
    t = md.score_table(ours)
    rng = np.random.default_rng(0)
    rows = np.stack([rng.integers(0, len(g), 50) for g in t.grids], axis=1)
    u = np.array([cp.utility(t.package_terms(r)) for r in rows])
    pts = truth.score_indices(rows)
    # their points are an increasing affine map of their GENIUS utility
    assert np.corrcoef(u, pts)[0, 1] > 0.999999
    assert cp.true_weights() == pytest.approx({"Signing bonus": 0.17, "Job assignment": 0.08,
                                               "Moving expense coverage": 0.06, "Insurance coverage": 0.28,
                                               "Salary": 0.41}, abs=1e-9)


def test_thompson_employer_is_learned_from_four_mesos(shared_cases):
    """Our side the employee; the employer's top issue (salary, 41 %) is found."""
    sc = _sim()
    d = shared_cases / "thompson"
    dom = d / "thompson_employment.xml"
    plan = md.import_genius(dom, d / "thompson_employee_utilityspace.xml")
    cp = sc.Counterpart.build(plan, dom, d / "thompson_employer_utilityspace.xml")
    level, tol = sc.workable_level(plan, 70.0, 3)
    pool = candidate_pool(plan, level, their=cp.their_values(), tolerance=tol)
    best = cp.utility(pool.package(int(np.argmax(pool.theirs))))
    named, err, err_uniform, eff = [], [], [], []
    for seed in range(3):
        top_ok, l1, l1u, e, _ = sc.play(plan, cp, level, tol, "informed", 1000 + seed, rounds=4, count=3,
                                        strategy="balanced", rankings=False, best_at_level=best)
        named.append(top_ok)
        err.append(l1)
        err_uniform.append(l1u)
        eff.append(e)
    assert sum(named) >= 2
    assert np.mean(err) < np.mean(err_uniform)
    assert np.mean(eff) >= 0.9


def test_simulation_script_runs(shared_cases, capsys):
    sc = _sim()
    assert sc.main(["--cases", str(shared_cases), "--case", "thompson", "--seeds", "1"]) == 0
    out = capsys.readouterr().out
    assert "informed" in out and "random" in out and "top issue named" in out
