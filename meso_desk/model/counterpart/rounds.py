"""Rounds: recording what we offered and how the counterpart reacted.

A round keeps *copies* of the offered terms (``docs/decisions.md``): editing or deleting a
package later never rewrites history. The counterpart's preference (one choice, a full or
partial ranking, or nothing) and the outcome (accepted one / none acceptable / pending)
are separate facts, so "they refused all three but liked B best" is recordable.
"""

from __future__ import annotations

import numbers
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from ..base import Term, now
from ..package import Package
from ..plan import OfferedPackage, Plan, Round

OUTCOMES = ("pending", "accepted", "none_acceptable")


def _letters(k: int) -> str:
    s = ""
    k += 1
    while k:
        k, r = divmod(k - 1, 26)
        s = chr(ord("A") + r) + s
    return s


def _offered(plan: Plan, offered: Sequence[Any]) -> list[tuple[str, Package]]:
    if isinstance(offered, (str, Mapping)) or not isinstance(offered, Sequence):
        raise ValueError("offered must be a list of packages (Package objects, term mappings or package names)")
    if len(offered) == 0:
        raise ValueError("record at least one offered package")
    out: list[tuple[str, Package]] = []
    for k, item in enumerate(offered):
        if isinstance(item, str):
            if item not in plan.package_names:
                raise ValueError(f"offered package {item!r} is not a package of this plan")
            out.append((item, plan.package(item)))
        elif isinstance(item, Mapping):
            terms = item.terms if isinstance(item, Package) else item
            try:
                pkg = Package(plan, terms)
            except ValueError as e:
                raise ValueError(f"offered package {k + 1}: {e}") from None
            name = item.name if isinstance(item, Package) and item.name else _letters(k)
            out.append((name, pkg))
        else:
            raise ValueError(f"offered package {k + 1} is neither a package, a mapping of terms nor a name")
    labels = [n for n, _ in out]
    if len(set(labels)) != len(labels):  # the same named package twice: letter them
        out = [(_letters(k), p) for k, (_, p) in enumerate(out)]
    return out


def _index(x: Any, n: int, what: str) -> int:
    if isinstance(x, bool) or not isinstance(x, numbers.Integral):
        raise ValueError(f"{what} must be a package index (0 to {n - 1}), not {x!r}")
    i = int(x)
    if not 0 <= i < n:
        raise ValueError(f"{what} {i} is not one of the {n} offered packages (0 to {n - 1})")
    return i


def ranking_of(chosen: int | Sequence[int] | None, n: int) -> tuple[int, ...]:
    """``chosen`` (an index, a best-first list of indices, or None) as a checked ranking."""
    if chosen is None:
        return ()
    if isinstance(chosen, Sequence) and not isinstance(chosen, str):
        ranking = tuple(_index(c, n, "ranked package") for c in chosen)
        if len(set(ranking)) != len(ranking):
            raise ValueError("a package appears twice in the ranking")
        return ranking
    return (_index(chosen, n, "chosen package"),)


def make_round(plan: Plan, offered: Sequence[Package | Mapping[str, Term] | str],
               chosen: int | Sequence[int] | None, *, outcome: str | None = None, notes: str = "",
               level: float | None = None, time: datetime | None = None,
               counter_offer: Mapping[str, Term] | None = None, statement: str = "",
               statement_issue: str | None = None, statement_trust: float = 0.5) -> Round:
    """A validated :class:`Round` for ``plan`` (see :func:`record_choice`)."""
    items = _offered(plan, offered)
    n = len(items)
    ranking = ranking_of(chosen, n)
    if outcome is None:
        outcome = "none_acceptable" if chosen is None else "pending"
    if outcome not in OUTCOMES:
        raise ValueError(f"outcome must be one of {', '.join(OUTCOMES)}, not {outcome!r}")
    accepted = None
    if outcome == "accepted":
        if not ranking:
            raise ValueError("an accepted outcome needs the package they accepted (chosen)")
        accepted = ranking[0]
    counter: dict[str, Term] | None = None
    if counter_offer is not None:
        counter = {}
        for k, v in dict(counter_offer).items():
            if k not in plan.issue_names:
                raise ValueError(f"counter-offer has a term for unknown issue {k!r}")
            counter[k] = plan.issue(k).check_term(v)
        if not counter:
            counter = None
    if statement_issue is not None and statement_issue not in plan.issue_names:
        raise ValueError(f"the statement names unknown issue {statement_issue!r}")
    if not 0.0 <= float(statement_trust) <= 1.0:
        raise ValueError("statement trust must lie between 0 and 1")
    if level is None:
        from ..scoring import score

        level = round(sum(score(plan, p) for _, p in items) / n, 2)
    return Round(
        offered=tuple(OfferedPackage(label=name, terms=p.terms) for name, p in items),
        ranking=ranking,
        outcome=outcome,  # type: ignore[arg-type]
        accepted=accepted,
        counter_offer=counter,
        statement=statement,
        statement_issue=statement_issue,
        statement_trust=float(statement_trust),
        level=level,
        time=now() if time is None else time,
        notes=notes,
    )


def record_choice(plan: Plan, offered: Sequence[Package | Mapping[str, Term] | str],
                  chosen: int | Sequence[int] | None, *, outcome: str | None = None, notes: str = "",
                  level: float | None = None, time: datetime | None = None,
                  counter_offer: Mapping[str, Term] | None = None, statement: str = "",
                  statement_issue: str | None = None, statement_trust: float = 0.5) -> Plan:
    """A new plan with one round appended: what we offered and how they reacted.

    ``offered`` — the packages shown together: :class:`Package` objects, mappings of terms,
    or names of the plan's packages (their terms are copied). ``chosen`` — the index of the
    package they preferred, a best-first list of indices (a full or partial ranking), or
    ``None`` for "none of these". ``outcome`` — ``"pending"`` (default when they chose),
    ``"accepted"`` (they accepted ``chosen``) or ``"none_acceptable"`` (default for
    ``chosen=None``; combine it with a choice for "refused all, but liked B best").
    A ``counter_offer`` (all or some terms of their own package), a ``statement`` with the
    ``statement_issue`` it says matters most to them and how far we trust it (0..1) may
    be recorded in the same round. Bad indices raise ``ValueError``.
    """
    return plan.with_round(make_round(
        plan, offered, chosen, outcome=outcome, notes=notes, level=level, time=time,
        counter_offer=counter_offer, statement=statement, statement_issue=statement_issue,
        statement_trust=statement_trust))


def with_round_replaced(plan: Plan, index: int, rnd: Round) -> Plan:
    """``plan`` with round ``index`` replaced (an edited reaction)."""
    rounds = list(plan.rounds)
    rounds[_index(index, len(rounds), "round")] = rnd
    return plan.replace(rounds=tuple(rounds))


def with_round_removed(plan: Plan, index: int) -> Plan:
    """``plan`` without round ``index``."""
    rounds = list(plan.rounds)
    del rounds[_index(index, len(rounds), "round")]
    return plan.replace(rounds=tuple(rounds))


def with_reaction(plan: Plan, index: int, chosen: int | Sequence[int] | None, *,
                  outcome: str | None = None) -> Plan:
    """``plan`` with the reaction of round ``index`` changed (offered terms stay as recorded)."""
    r = plan.rounds[_index(index, len(plan.rounds), "round")]
    ranking = ranking_of(chosen, len(r.offered))
    if outcome is None:
        outcome = "none_acceptable" if chosen is None else ("pending" if r.outcome == "none_acceptable"
                                                            else r.outcome)
    if outcome not in OUTCOMES:
        raise ValueError(f"outcome must be one of {', '.join(OUTCOMES)}, not {outcome!r}")
    accepted = None
    if outcome == "accepted":
        if not ranking:
            raise ValueError("an accepted outcome needs the package they accepted (chosen)")
        accepted = ranking[0]
    return with_round_replaced(plan, index, r.model_copy(update={
        "ranking": ranking, "outcome": outcome, "accepted": accepted}))
