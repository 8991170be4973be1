"""The set search's work stays inside the MESO budget (docs/inference.md, "The computation"):
no BLAS call in it (numpy's BLAS threads, once woken, spin on the other core for the rest of the
search: twice the CPU, and much slower on a busy machine), the counter-offer chances kept only
for the packages asked about, the term distances looked up. Same results: the tests compare with
the definitions; the speed itself is measured in ``benchmarks/bench_inference.py``."""

from __future__ import annotations

import ast
from pathlib import Path

import numpy as np
import pytest
from test_inference import play, toy_plan, true_their

import meso_desk as md
from meso_desk.model.counterpart.inference import estimate_counterpart
from meso_desk.model.offers import concessions, information, meso
from meso_desk.model.offers.concessions import term_distance, term_positions
from meso_desk.model.offers.information import InformationScorer, weight_information
from meso_desk.model.offers.meso import candidate_pool
from meso_desk.model.scoring import score_table

#: the modules a next set is computed in (the engine, its set scorer, the concession criteria)
SET_SEARCH = (meso, information, concessions)
BLAS = {"dot", "matmul", "tensordot", "inner", "vdot", "outer"}


def _blas_calls(module) -> list[str]:
    tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.MatMult):
            out.append(f"line {node.lineno}: @")
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in BLAS:
            out.append(f"line {node.lineno}: {node.func.attr}")
        elif isinstance(node, ast.Attribute) and node.attr == "linalg":
            out.append(f"line {node.lineno}: linalg")
    return out


@pytest.mark.parametrize("module", SET_SEARCH, ids=lambda m: m.__name__.rsplit(".", 1)[-1])
def test_the_set_search_makes_no_blas_call(module):
    assert _blas_calls(module) == []


def _room_plan() -> md.Plan:
    plan = play(toy_plan(), true_their(toy_plan()), 2, seed=4)
    r = plan.rounds[-1]
    picked = dict(r.offered[r.ranking[0]].terms)
    return plan.model_copy(update={"rounds": plan.rounds[:-1] + (r.model_copy(update={
        "counter_offer": {"Delivery": 2 if picked["Delivery"] != 2 else 3}}),)})


def test_counter_offer_chances_come_for_the_packages_asked_about():
    """``(samples, *asked, issues)``: per sample, a logit over their gain when each issue moves to
    their best term — for the pool packages asked about, in their shape (not the whole pool's)."""
    plan = _room_plan()
    est = estimate_counterpart(plan)
    scorer = InformationScorer(est, "learn")
    pool = candidate_pool(plan, 70.0, tolerance=1.0)
    assert len(pool) > 12
    asked = np.array([[3, 0], [7, 3], [11, 5]])
    Q = scorer.counter_probabilities(pool, asked)
    n = len(plan.issues)
    assert Q.shape == (scorer.n_samples, 3, 2, n)
    tables = est.issue_sample_values(scorer.n_samples)
    W = est.sample_weights_matrix(scorer.n_samples)
    b = est.sample_betas(scorer.n_samples)
    for v, k in ((0, 0), (1, 0), (2, 1)):
        row = pool.rows[asked[v, k]]
        for s in (0, 9, 60):
            gain = np.array([b[s] * (100.0 * W[s, i] - tables[i][row[i], s]) for i in range(n)])
            p = np.exp(gain - gain.max())
            assert Q[s, v, k] == pytest.approx(p / p.sum(), abs=1e-4)
    # asked again, with more: the same chances (computed once per package)
    again = scorer.counter_probabilities(pool, np.arange(12))
    assert np.array_equal(again[:, 3], Q[:, 0, 0]) and np.array_equal(again[:, 11], Q[:, 2, 0])


def test_the_weight_information_is_the_law_of_total_variance():
    rng = np.random.default_rng(1)
    vals = rng.normal(50, 10, size=(30, 4)).astype(np.float32)
    W = rng.dirichlet(np.ones(3), size=30)
    sets = np.array([[0, 1, 2], [1, 3, 0]])
    got = weight_information(vals, W, sets, 0.2)
    for v, s in enumerate(sets):
        u = 0.2 * vals[:, s].astype(float)
        p = np.exp(u - u.max(axis=1, keepdims=True))
        p /= p.sum(axis=1, keepdims=True)
        want = 0.0
        for c in range(3):
            pc = p[:, c].mean()
            want += pc * float(np.sum(((p[:, c, None] * W).mean(axis=0) / pc - W.mean(axis=0)) ** 2))
        assert got[v] == pytest.approx(want, rel=1e-3)


@pytest.mark.parametrize("name", ["supplier", "hiring", "sourcing"])
def test_term_distance_is_measured_on_the_terms_places(name):
    """A changed option counts 1, a numeric term moved across half its range or more counts 1,
    smaller moves in proportion — the same numbers as from :func:`term_positions`."""
    plan = md.example_plan(name)
    t = score_table(plan)
    rng = np.random.default_rng(2)
    rows = np.stack([rng.integers(0, len(g), 40) for g in t.grids], axis=1)
    numeric = np.array([i.is_numeric for i in plan.issues])
    pa, pb = term_positions(plan, rows[:, None, :]), term_positions(plan, rows[None, :, :])
    want = np.where(numeric, np.minimum(1.0, 2.0 * np.abs(pa - pb)), (pa != pb).astype(float)).sum(axis=-1)
    assert np.array_equal(term_distance(plan, rows[:, None, :], rows[None, :, :]), want)
    assert np.array_equal(term_distance(plan, rows[:5], rows[5:10]), want[np.arange(5), np.arange(5, 10)])
