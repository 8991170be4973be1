"""The briefing's lines on what lies behind their table and on the relationship
(``docs/behind-the-table.md``): INTERNAL — they name our points and our beliefs.

* :func:`their_side_lines` — each constituency of the supplier with its condition, our
  confidence (and what the rounds say) and which options meet it;
* :func:`goodwill_lines` — the relationship weight, each option's two numbers (our points and
  the relationship effect) and the price of each goodwill move of the first option;
* :func:`approval_matrix` — who signs what: our approvers and their constituencies × the options.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..counterpart.constituencies import belief, condition_text, meets
from ..offers.relationship import goodwill_moves, relationship_effect
from ..package import Package
from ..plan import Plan
from ..scoring import score
from ..wording import join_words


def their_side_lines(plan: Plan, pkgs: Sequence[Package], names: Sequence[str]) -> tuple[str, ...]:
    """``"Their finance team: Payment term at most 60 days (payment-term target), 50 % — met by A and C"``."""
    out = []
    for c in plan.their_constituencies:
        b = belief(plan, c)
        sure = f"{100 * b.confidence:.0f} %" + (" after the rounds" if b.changed else "")
        met = [n for n, p in zip(names, pkgs) if meets(plan, c, p)]
        what = f" ({c.what})" if c.what else ""
        helps = f"met by {join_words(met)}" if met else "met by no option"
        out.append(f"Their {c.party}: {condition_text(plan, c)}{what}, {sure} — {helps}.")
    return tuple(out)


def goodwill_lines(plan: Plan, pkgs: Sequence[Package], names: Sequence[str]) -> tuple[str, ...]:
    """The relationship weight, each option's two numbers, and the first option's goodwill moves."""
    if not plan.goodwill:
        return ()
    out = [f"The relationship is {plan.relationship_weight or 'preferred (not set)'}."]
    out += [f"Option {n}: {score(plan, p):.1f} points, relationship {relationship_effect(plan, p):+.1f}."
            for n, p in zip(names, pkgs)]
    if pkgs:
        out += [f"From option {names[0]}: {m.sentence(plan)}." for m in goodwill_moves(plan, pkgs[0])]
    return tuple(out)


def approval_matrix(plan: Plan, pkgs: Sequence[Package], verdicts: Any) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Who signs what, one row per party and one cell per option: our approvers ("✓ signs: total
    EUR 412,000 > EUR 400,000", "✗ warranty 12 < 24 months", "—" not involved) and then the
    supplier's constituencies as we believe them ("✓ met", "✗ not met", "?" the option does not
    say). ``verdicts`` is :func:`~meso_desk.model.approvals.rules.approvals` of ``pkgs``."""
    rows: list[tuple[str, tuple[str, ...]]] = []
    for a, approver in enumerate(plan.approvers):
        cells = []
        for k in range(len(pkgs)):
            what, why = verdicts.verdict(k, a)
            cells.append(f"✗ {why}" if what == "refuses" else f"✓ signs: {why}" if what == "signs" else "—")
        if any(c != "—" for c in cells) or approver.conditions:
            rows.append((f"{approver.label} (ours)", tuple(cells)))
    for c in plan.their_constituencies:
        marks = {True: "✓ met", False: "✗ not met", None: "?"}
        rows.append((f"Their {c.party}", tuple(marks[meets(plan, c, p)] for p in pkgs)))
    return tuple(rows)


def debrief_their_side_lines(plan: Plan, agreed: Package) -> tuple[str, ...]:
    """The debrief's line on their constituencies (it must stay one page): whether the agreement
    meets each ("Their side, by the agreement: sales director met, finance team not met.")."""
    if not plan.their_constituencies:
        return ()
    words = {True: "met", False: "not met", None: "not said"}
    parts = [f"{c.party} {words[meets(plan, c, agreed)]}" for c in plan.their_constituencies]
    return (f"Their side, by the agreement: {', '.join(parts)}.",)


def debrief_relationship_lines(plan: Plan, agreed: Package) -> tuple[str, ...]:
    """The debrief's relationship section: the plan's relationship notes (and note lines that start
    with "Relationship:"), then the agreement's two numbers when issues carry goodwill."""
    out = [x.strip().lstrip("-•* ").strip() for x in plan.relationship.splitlines() if x.strip()]
    for raw in plan.notes.splitlines():
        head, sep, rest = raw.strip().lstrip("-•* ").partition(":")
        if sep and head.strip().lower() == "relationship" and rest.strip():
            out.append(rest.strip())
    if plan.goodwill:
        out.append(f"The agreement: {agreed.score:.1f} points, relationship {relationship_effect(plan, agreed):+.1f} "
                   f"({plan.relationship_weight or 'preferred'} supplier).")
    return tuple(out)


__all__ = ["approval_matrix", "debrief_relationship_lines", "debrief_their_side_lines", "goodwill_lines",
           "their_side_lines"]
