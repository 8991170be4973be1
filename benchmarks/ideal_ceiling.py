"""How much can 4 choices teach at best? The simulation targets in an idealised world.

    python benchmarks/ideal_ceiling.py [--issues 4 6] [--runs 60] [--rounds 4]

No plan, no GENIUS case, none of MESO Desk's code: ``n`` continuous issues, our value of each
linear on 0..1, their value its exact opposite (the opposed-interests prior *is* the truth), their
weights ~ Dirichlet(1) and known to be drawn so, the rationality known (β = 20 on a 0..1 utility,
as in ``docs/decisions.md``). Each round offers 3 packages worth exactly 0.7 to us (any
concession vector on our iso-value plane, 400 random candidates, 3 000 random triples), chosen
adaptively from the exact Bayesian posterior (4 000 importance samples) by one of three rules:

* ``random`` — a random triple;
* ``var`` — the triple whose answer is expected to remove most posterior variance of their weights;
* ``top`` — the triple whose answer is expected to tell most about their top issue (mutual
  information).

After the rounds the posterior mean is compared with the truth as in
``simulate_counterparts.py``: their top issue named (share of runs) and the weight error ÷ that of
a uniform guess. This is an upper bound for the real protocol, where their value curves are
unknown, the issues discrete and the packages of one level few (``docs/inference.md``).
"""

from __future__ import annotations

import argparse

import numpy as np

BETA = 20.0
LEVEL_CONCESSION = 0.3  # packages worth 0.7 to us: 0.3 conceded
SAMPLES, CANDIDATES, TRIPLES, SCORING = 4000, 400, 3000, 500


def _choice_probabilities(S: np.ndarray, D: np.ndarray, sets: np.ndarray) -> np.ndarray:
    U = BETA * (S @ D.T)[:, sets]  # (samples, sets, 3)
    U -= U.max(axis=2, keepdims=True)
    P = np.exp(U)
    return P / P.sum(axis=2, keepdims=True)


def _scores(rule: str, S: np.ndarray, P: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    n = S.shape[1]
    if rule == "var":  # Σ_c p(c) ‖E[w|c] − E[w]‖²
        Wc = S - S.mean(axis=0)
        num = np.einsum("mi,mvk->ivk", Wc, P) / len(S)
        return ((num ** 2).sum(axis=0) / np.maximum(P.mean(axis=0), 1e-12)).sum(axis=1)
    if rule == "top":  # I(choice; top issue)
        T = np.eye(n)[np.argmax(S, axis=1)]
        joint = np.einsum("mt,mvk->tvk", T, P) / len(S)
        pt = T.mean(axis=0)[:, None, None]
        pc = joint.sum(axis=0, keepdims=True)
        with np.errstate(divide="ignore", invalid="ignore"):
            term = np.where(joint > 0, joint * np.log(joint / np.maximum(pt * pc, 1e-30)), 0.0)
        return term.sum(axis=(0, 2))
    return rng.random(P.shape[1])


def play(n: int, rule: str, runs: int, rounds: int) -> tuple[float, float]:
    tops, err, err_uniform = [], [], []
    for run in range(runs):
        rng = np.random.default_rng(run)
        ours, truth = rng.dirichlet(np.ones(n)), rng.dirichlet(np.ones(n))
        S = rng.dirichlet(np.ones(n), size=SAMPLES)  # prior samples of their weights
        logw = np.zeros(SAMPLES)
        for _ in range(rounds):
            D = rng.dirichlet(np.full(n, 0.3), size=CANDIDATES)  # concession vectors …
            D = D / (D @ ours)[:, None] * LEVEL_CONCESSION  # … on our iso-value plane
            D = D[(D <= 1).all(axis=1)]
            sets = rng.integers(0, len(D), size=(TRIPLES, 3))
            sets = sets[(sets[:, 0] != sets[:, 1]) & (sets[:, 1] != sets[:, 2]) & (sets[:, 0] != sets[:, 2])]
            w = np.exp(logw - logw.max())
            sub = S[rng.choice(SAMPLES, size=SCORING, p=w / w.sum())]
            best = sets[int(np.argmax(_scores(rule, sub, _choice_probabilities(sub, D, sets), rng)))]
            u = BETA * (truth @ D[best].T)
            q = np.exp(u - u.max())
            chosen = rng.choice(3, p=q / q.sum())
            U = BETA * (S @ D[best].T)
            U -= U.max(axis=1, keepdims=True)
            logw += U[:, chosen] - np.log(np.exp(U).sum(axis=1))
        w = np.exp(logw - logw.max())
        w /= w.sum()
        p_top = np.bincount(np.argmax(S, axis=1), weights=w, minlength=n)
        tops.append(int(np.argmax(p_top)) == int(np.argmax(truth)))
        err.append(np.abs(w @ S - truth).sum())
        err_uniform.append(np.abs(1.0 / n - truth).sum())
    return float(np.mean(tops)), float(np.mean(err) / np.mean(err_uniform))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--issues", type=int, nargs="+", default=[4, 6])
    ap.add_argument("--runs", type=int, default=60)
    ap.add_argument("--rounds", type=int, default=4)
    a = ap.parse_args(argv)
    print(f"idealised ceiling: {a.rounds} rounds of 3 packages, {a.runs} runs per row "
          "(targets: top issue >= 80 %, weight error <= 0.6 x uniform)")
    for n in a.issues:
        for rule in ("random", "var", "top"):
            top, ratio = play(n, rule, a.runs, a.rounds)
            print(f"  {n} issues, sets by {rule:6s}: top issue named {100 * top:3.0f} %   "
                  f"weight error / uniform {ratio:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
