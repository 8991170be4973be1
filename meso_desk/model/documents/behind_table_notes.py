"""The briefing's lines on what lies behind their table and on the relationship
(``docs/behind-the-table.md``): INTERNAL — they name our points and our beliefs.

* :func:`their_side_lines` — each constituency of the supplier with its condition, our
  confidence (and what the rounds say) and which options meet it;
* :func:`goodwill_lines` — the relationship weight, each option's two numbers (our points and
  the relationship effect) and the price of each goodwill move of the first option.
"""

from __future__ import annotations

from collections.abc import Sequence

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


__all__ = ["goodwill_lines", "their_side_lines"]
