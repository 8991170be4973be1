"""Simulated counterparts for the post-settlement tests and benchmark (docs/decisions.md).

Our plan is imported from one GENIUS profile of a case; the counterpart is another profile
of the same case, judged by its *true* GENIUS utility mapped onto our issues and options by
name and label. Three rounds of MESO sets are played (``generate_mesos`` with the estimate
once rounds exist); the counterpart picks one package of each set with probability
∝ exp(β·u), u its utility on 0..1, β = 20, recorded with ``record_choice``; the package it
picks in the last round is the agreement.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from meso_desk.model.counterpart.their_values import TheirValues
from meso_desk.model.edits.round_edits import record_choice
from meso_desk.model.io.genius import GeniusCase, read_genius
from meso_desk.model.offers.frontier import pareto_frontier
from meso_desk.model.offers.meso import MesoError, generate_mesos
from meso_desk.model.plan import Plan
from meso_desk.model.preferences.issues import CategoricalIssue
from meso_desk.model.scoring import score_table

SIM_BETA = 20.0
LEVELS = (70.0, 65.0, 75.0, 60.0, 80.0, 55.0, 85.0, 50.0)


def _norm(s: str) -> str:
    return " ".join(str(s).split()).casefold()


@dataclass
class Case:
    name: str
    domain: Path | None
    ours: Path
    theirs: Path

    @property
    def label(self) -> str:
        return f"{self.name}: {self.ours.stem} vs {self.theirs.stem}"


def genius_cases(folder: Path, min_issues: int = 3) -> list[Case]:
    """Every ordered pair of profiles of every case with at least ``min_issues`` issues."""
    out = []
    for d in sorted(p for p in folder.iterdir() if p.is_dir()):
        files = sorted(d.glob("*.xml"))
        domains = [f for f in files if "domain" in f.stem.lower() or f.stem in ("IntegerDomain", "thompson_employment")]
        profiles = [f for f in files if f not in domains]
        if len(profiles) < 2 or len(domains) != 1:
            continue
        plan = read_genius(domains[0], profiles[0]).to_plan()
        if len(plan.issues) < min_issues:
            continue
        for a in profiles:
            for b in profiles:
                if a != b:
                    out.append(Case(d.name, domains[0], a, b))
    return out


@dataclass
class TrueCounterpart:
    """The other profile's true utility on our plan's packages."""

    case: GeniusCase
    plan: Plan
    ours: Plan
    issue_map: dict[str, str] = field(default_factory=dict)
    label_map: dict[str, dict[str, str]] = field(default_factory=dict)

    @classmethod
    def build(cls, ours: Plan, domain: Path | None, profile: Path) -> TrueCounterpart:
        case = read_genius(domain, profile)
        theirs = case.to_plan()
        by_norm = {_norm(n): n for n in theirs.issue_names}
        issue_map, label_map = {}, {}
        for issue in ours.issues:
            tn = by_norm.get(_norm(issue.name))
            if tn is None:
                continue
            issue_map[issue.name] = tn
            ti = theirs.issue(tn)
            if isinstance(issue, CategoricalIssue) and isinstance(ti, CategoricalIssue):
                tl = {_norm(lb): lb for lb in ti.labels}
                label_map[issue.name] = {lb: tl[_norm(lb)] for lb in issue.labels if _norm(lb) in tl}
        return cls(case, theirs, ours, issue_map, label_map)

    def utility(self, terms) -> float:
        u = 0.0
        by_name = {gi.name: (gi, w) for gi, w in zip(self.case.issues, self.case.weights)}
        for our, tn in self.issue_map.items():
            gi, w = by_name[tn]
            t = terms[our]
            t = self.label_map.get(our, {}).get(t, t) if our in self.label_map else t
            try:
                u += w * gi.evaluate(t)
            except ValueError:
                continue
        return float(u)

    def their_values(self) -> TheirValues:
        """Their true values on our grids (an affine map of their utility per issue)."""
        t = score_table(self.ours)
        vals, weights = [], []
        for i, issue in enumerate(self.ours.issues):
            tn = self.issue_map.get(issue.name)
            if tn is None:
                vals.append(np.zeros(len(t.grids[i])))
                weights.append(0.0)
                continue
            ti = self.plan.issue(tn)
            if isinstance(ti, CategoricalIssue):
                lm = self.label_map.get(issue.name, {})
                vals.append(np.array([ti.option(lm[g]).value if g in lm else 0.0 for g in t.grids[i]]))
            else:
                vals.append(ti.values(t.grids[i].astype(float)))
            weights.append(float(self.plan.weights[tn]))
        w = np.array(weights) + 1e-12
        return TheirValues(t.names, w, tuple(vals), "truth")


def choose(rng: np.random.Generator, u: np.ndarray) -> int:
    z = SIM_BETA * (u - u.max())
    p = np.exp(z) / np.exp(z).sum()
    return int(rng.choice(len(u), p=p))


def workable_level(plan: Plan, count: int = 3) -> float | None:
    for lv in LEVELS:
        try:
            generate_mesos(plan, count, lv)
        except MesoError:
            continue
        return lv
    return None


def workable_set(plan: Plan) -> tuple[int, float] | None:
    """Sets of three at the first workable level, else sets of two (a small case)."""
    for count in (3, 2):
        lv = workable_level(plan, count)
        if lv is not None:
            return count, lv
    return None


def play(plan: Plan, cp: TrueCounterpart, seed: int, rounds: int = 3):
    """Three recorded rounds; returns ``(plan with the rounds, the package picked last)``
    (None when no MESO set can be made)."""
    found = workable_set(plan)
    if found is None:
        return None
    count, level = found
    rng = np.random.default_rng(seed)
    p = plan
    agreed = None
    for k in range(rounds):
        try:
            pk = list(generate_mesos(p, count, level))
        except MesoError:
            return None
        u = np.array([cp.utility(x) for x in pk])
        c = choose(rng, u)
        last = k == rounds - 1
        p = record_choice(p, pk, c, outcome="accepted" if last else None)
        agreed = dict(pk[c])
    return p, agreed


def strictly_better_exists(plan: Plan, cp: TrueCounterpart, agreed) -> bool:
    """Is some acceptable package strictly better for both sides than ``agreed`` (truth)?"""
    from meso_desk.model.scoring import score

    tv = cp.their_values()
    F = pareto_frontier(plan, tv)
    ours_a = score(plan, agreed)
    theirs_a = tv.value(plan, agreed)
    fo, ft = np.asarray(F.ours), np.asarray(F.theirs)
    return bool(np.any((fo > ours_a + 1e-9) & (ft > theirs_a + 1e-9)))


def split_the_difference(plan: Plan, cp: TrueCounterpart) -> dict:
    """The issue-by-issue compromise: on every issue, the acceptable term whose value to us is
    nearest the middle between our best term and the counterpart's (the classic inefficient
    deal that post-settlement settlements exist for)."""
    t = score_table(plan)
    tv = cp.their_values()
    row = []
    for i in range(len(t.names)):
        ours = t.values[i]
        acc = t.acceptable[i]
        mine = int(np.argmax(np.where(acc, ours, -np.inf)))
        theirs = int(np.argmax(np.where(acc, tv.values[i], -np.inf)))
        mid = 0.5 * (ours[mine] + ours[theirs])
        cand = np.where(acc, np.abs(ours - mid), np.inf)
        row.append(int(np.argmin(cand)))
    return t.package_terms(np.array(row))
