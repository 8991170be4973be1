"""Adding a generated MESO set to the plan: package names (A, B, C …) and the set record; and
the rule of what a next set must not repeat (:func:`not_again`: the set on the table when
nothing new was learned since it, else the set they last reacted to).

One function shared by every place that adds a set — the package panel's "Generate
MESOs" dialog and the counterpart panel's "Next MESOs from estimate" — so that both name
packages and sets the same way. Qt-free: the caller pushes the returned plan as one
undoable step.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from ..base import Term, now
from ..package import StoredPackage
from ..plan import MesoSet, Plan
from .band import packages_in_band
from .meso import MAX_TOLERANCE
from .meso_words import MesoError
from .status import lowest_offer


def next_meso_set_number(plan: Plan) -> int:
    """The smallest k for which no set is called ``MESO k`` yet."""
    taken = {s.name for s in plan.meso_sets}
    k = 1
    while f"MESO {k}" in taken:
        k += 1
    return k


def with_meso_set(plan: Plan, packages: Sequence[Mapping[str, Term]], level: float | None
                  ) -> tuple[Plan, list[str]]:
    """``plan`` with ``packages`` added as one MESO set, and the new packages' names.

    The first set's packages are called A, B, C (when free), later sets' A2, B2, C2 …; a
    name already taken gets a prime (A′). The packages hold their value (rebalance when
    a term moves), as MESO packages should. ``packages`` are term mappings or
    :class:`~meso_desk.model.package.Package` objects.
    """
    k = next_meso_set_number(plan)
    taken = set(plan.package_names)
    names: list[str] = []
    for j in range(len(packages)):
        letter = string.ascii_uppercase[j % 26]
        name = letter if letter not in taken and k == 1 else f"{letter}{k}"
        while name in taken:
            name += "′"
        taken.add(name)
        names.append(name)
    stored = [StoredPackage(name=n, terms=dict(t), hold_value=True)
              for n, t in zip(names, packages)]
    new_plan = plan.replace(
        packages=(*plan.packages, *stored),
        meso_sets=(*plan.meso_sets, MesoSet(name=f"MESO {k}", level=level, packages=tuple(names),
                                            created=now())),
    )
    return new_plan, names


# -- nothing new learned: the set on the table and its duplicates (issue 17) --------------------
def _key(terms: Mapping[str, Term]) -> tuple:
    """A package's terms as a comparable key (numbers to 9 decimals: copies compare equal)."""
    return tuple(sorted((k, round(float(v), 9) if isinstance(v, (int, float)) else v) for k, v in terms.items()))


def same_offers(a: Sequence[Mapping[str, Term]], b: Sequence[Mapping[str, Term]]) -> bool:
    """True when ``a`` and ``b`` offer the same packages (same terms, in any order)."""
    return sorted(map(_key, a)) == sorted(map(_key, b))


def set_on_the_table(plan: Plan) -> MesoSet | None:
    """The latest MESO set that still has packages (the one offered last), or None."""
    for s in reversed(plan.meso_sets):
        if s.packages and all(n in plan.package_names for n in s.packages):
            return s
    return None


def set_terms(plan: Plan, meso_set: MesoSet) -> list[dict[str, Term]]:
    """The terms of ``meso_set``'s packages as they are stored now."""
    return [dict(plan.stored_package(n).terms) for n in meso_set.packages]


def reaction_since(plan: Plan, meso_set: MesoSet) -> bool:
    """True when a reaction was recorded after ``meso_set`` was made: a round recorded later
    than the set (its time after the set's), or — where the times do not tell (the same second,
    or a time not known) — a round that offered one of the set's packages under its name.

    A round recorded before the set never counts, even when it offered the same terms: a set
    may re-use an earlier round's package (C4 with B2's terms), and the reaction to B2 in that
    round was not a reaction to this set."""
    ours = {(name, _key(t)) for name, t in zip(meso_set.packages, set_terms(plan, meso_set))}
    for r in plan.rounds:
        if meso_set.created is not None and r.time is not None:
            if r.time > meso_set.created:
                return True
            if r.time < meso_set.created:
                continue
        if any((o.label, _key(o.terms)) in ours for o in r.offered):
            return True
    return False


def nothing_new_since_last_set(plan: Plan) -> MesoSet | None:
    """The set on the table when no reaction to it (nor any later one) was recorded — the next
    set would then be made from the same knowledge; None when something was learned or no set
    is on the table."""
    s = set_on_the_table(plan)
    if s is None or reaction_since(plan, s):
        return None
    return s


def last_reacted_to(plan: Plan) -> tuple[int, list[dict[str, Term]]] | None:
    """The packages of the last recorded round (its number, from 1, and their terms) — the set
    they last reacted to. A next set offering the same packages again tells nothing new and
    reads as if their reaction went unheard, so the next set avoids it; None without rounds."""
    if not plan.rounds or not plan.rounds[-1].offered:
        return None
    return len(plan.rounds), [dict(o.terms) for o in plan.rounds[-1].offered]


@dataclass(frozen=True)
class NotAgain:
    """What the next set must not offer again, and why: the set on the table when no reaction to
    it was recorded (``stale``, its name), else the packages of the round they last reacted to
    (``round``, its number from 1)."""

    terms: list[dict[str, Term]]
    stale: str = ""
    round: int = 0


def not_again(plan: Plan) -> NotAgain | None:
    """The rule of Next MESOs: a next set never repeats the set on the table when nothing was
    learned since it (:func:`nothing_new_since_last_set`), nor the set they last reacted to
    (:func:`last_reacted_to`); None when there is nothing to avoid."""
    stale = nothing_new_since_last_set(plan)
    if stale is not None:
        return NotAgain(set_terms(plan, stale), stale=stale.name)
    last = last_reacted_to(plan)
    return NotAgain(last[1], round=last[0]) if last is not None else None


def first_different(make: Callable[[int], Sequence[Mapping[str, Term]]],
                    avoid: Sequence[Mapping[str, Term]] | None, tries: int = 6
                    ) -> tuple[Sequence[Mapping[str, Term]] | None, int]:
    """The first set ``make(seed)`` (seeds 0, 1, … ``tries - 1``) that does not offer the same
    packages as ``avoid``, and its seed; ``(None, tries)`` when every one does. ``make`` is the
    MESO engine with the plan and level bound (a seed ≠ 0 picks another set among near-equal
    ones, ``offers/meso.py``)."""
    for seed in range(tries):
        out = make(seed)
        if not avoid or not same_offers(out, avoid):
            return out, seed
    return None, tries


# -- every set at the level repeats it: the nearest level with a different set ------------------
#: How far from the level (points for us) :func:`nearest_different_set` looks, and how many
#: levels it tries at most (each try is a run of the engine).
NEARBY_REACH = 10.0
NEARBY_PROBES = 12
#: Seeds tried at each level (:func:`first_different`).
NEARBY_TRIES = 3


def levels_near(plan: Plan, level: float, count: int, *, reach: float = NEARBY_REACH) -> list[float]:
    """Levels within ``reach`` of ``level`` where a set of ``count`` may exist, nearest first
    (at an equal distance the higher one, the smaller concession): a sweep of ±1, 2.5, 5, 7.5,
    10 points and, on a plan small enough that every package near the level is known (sets
    there exist only around a few values), the packages' own values (to one decimal), a level
    with fewer than ``count`` packages within the engine's widest tolerance left out (no set can
    exist there) and one within half a point, or a fifth of its distance from ``level``, of a
    nearer one (its set would mostly be the same). The level itself (within 0.5) is not among
    them."""
    band = packages_in_band(plan, level - reach - MAX_TOLERANCE, level + reach + MAX_TOLERANCE, cap=20_000)
    known = band.exact and not band.capped
    ours = np.sort(np.asarray(band.ours, dtype=float))
    own = np.unique(np.round(ours, 1)) if known else np.empty(0)
    sweep = np.array([level + s * d for d in (1.0, 2.5, 5.0, 7.5, 10.0) for s in (-1.0, 1.0)])
    cands = np.unique(np.round(np.concatenate([own, sweep]), 1))
    cands = cands[(np.abs(cands - level) >= 0.5) & (np.abs(cands - level) <= reach + 1e-9)]
    cands = cands[cands >= lowest_offer(plan) - 1e-9]
    if len(ours):  # no package beyond the band's values (a capped band still spans them)
        cands = cands[(cands >= ours[0] - MAX_TOLERANCE) & (cands <= ours[-1] + MAX_TOLERANCE)]
    if known:  # count the packages near each level
        near = (np.searchsorted(ours, cands + MAX_TOLERANCE + 1e-9, side="right")
                - np.searchsorted(ours, cands - MAX_TOLERANCE - 1e-9, side="left"))
        cands = cands[near >= count]
    # nearest first, the higher at an equal distance (rounded: float noise must not decide the tie)
    order = np.lexsort((-cands, np.round(np.abs(cands - level), 6)))
    out: list[float] = []
    for c in cands[order]:  # a level close to one already listed adds little: the farther, the wider apart
        gap = max(0.5, 0.2 * abs(c - level))
        if all(abs(c - o) >= gap - 1e-9 for o in out):
            out.append(float(c))
    return out


@dataclass(frozen=True)
class NearbySet:
    """What :func:`nearest_different_set` found: the level and its set (both None when no level
    tried has a different set), and every level it tried, nearest first."""

    level: float | None
    packages: Sequence[Mapping[str, Term]] | None
    tried: tuple[float, ...]


def nearest_different_set(plan: Plan, level: float, count: int,
                          make_at: Callable[[float, int], Sequence[Mapping[str, Term]]],
                          avoid: Sequence[Mapping[str, Term]] | None, *, reach: float = NEARBY_REACH,
                          probes: int = NEARBY_PROBES) -> NearbySet:
    """When every set at ``level`` repeats ``avoid`` (:func:`not_again`): the nearest level
    within ``reach`` where the engine makes a set that does not, and that set. ``make_at(level,
    seed)`` is the engine with the plan, count and purpose bound; a level where it raises
    :class:`~.meso_words.MesoError` is skipped. Tries at most ``probes`` levels of
    :func:`levels_near`."""
    tried: list[float] = []
    for lv in levels_near(plan, level, count, reach=reach)[:probes]:
        tried.append(lv)
        try:
            out, _ = first_different(lambda seed, lv=lv: make_at(lv, seed), avoid, tries=NEARBY_TRIES)
        except MesoError:
            continue
        if out is not None:
            return NearbySet(lv, out, tuple(tried))
    return NearbySet(None, None, tuple(tried))
