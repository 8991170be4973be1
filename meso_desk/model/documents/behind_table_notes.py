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
from ..language import tr
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
        sure = (tr("{confidence:.0f} % after the rounds") if b.changed
                else tr("{confidence:.0f} %", "confidence")).format(confidence=100 * b.confidence)
        met = [n for n, p in zip(names, pkgs) if meets(plan, c, p)]
        condition = condition_text(plan, c)
        if c.what:
            condition = tr("{condition} ({what})", "constituency condition").format(condition=condition, what=c.what)
        helps = tr("met by {options}").format(options=join_words(met)) if met else tr("met by no option")
        out.append(tr("Their {party}: {condition}, {confidence} — {met}.").format(
            party=c.party, condition=condition, confidence=sure, met=helps))
    return tuple(out)


def goodwill_lines(plan: Plan, pkgs: Sequence[Package], names: Sequence[str]) -> tuple[str, ...]:
    """The relationship weight, each option's two numbers, and the first option's goodwill moves."""
    if not plan.goodwill:
        return ()
    out = [tr("The relationship is {weight}.").format(weight=_relationship_weight(plan.relationship_weight))
           if plan.relationship_weight else tr("The relationship is preferred (not set).")]
    out += [tr("Option {letter}: {points:.1f} points, relationship {effect:+.1f}.").format(
        letter=n, points=score(plan, p), effect=relationship_effect(plan, p)) for n, p in zip(names, pkgs)]
    if pkgs:
        out += [tr("From option {letter}: {move}.").format(letter=names[0], move=m.sentence(plan))
                for m in goodwill_moves(plan, pkgs[0])]
    return tuple(out)


def _relationship_weight(weight: str) -> str:
    """The plan's relationship weight ("strategic", "preferred", "transactional") in words."""
    words = {"strategic": tr("strategic", "relationship"), "preferred": tr("preferred", "relationship"),
             "transactional": tr("transactional", "relationship")}
    return words.get(weight, weight)


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
            cells.append(f"✗ {why}" if what == "refuses"
                         else tr("✓ signs: {reason}").format(reason=why) if what == "signs" else "—")
        if any(c != "—" for c in cells) or approver.conditions:
            rows.append((tr("{approver} (ours)").format(approver=approver.label), tuple(cells)))
    for c in plan.their_constituencies:
        marks = {True: tr("✓ met"), False: tr("✗ not met"), None: "?"}
        rows.append((tr("Their {party}", "a constituency").format(party=c.party),
                     tuple(marks[meets(plan, c, p)] for p in pkgs)))
    return tuple(rows)


def debrief_their_side_lines(plan: Plan, agreed: Package) -> tuple[str, ...]:
    """The debrief's line on their constituencies (it must stay one page): whether the agreement
    meets each ("Their side, by the agreement: sales director met, finance team not met.")."""
    if not plan.their_constituencies:
        return ()
    words = {True: tr("{party} met"), False: tr("{party} not met"), None: tr("{party} not said")}
    parts = [words[meets(plan, c, agreed)].format(party=c.party) for c in plan.their_constituencies]
    return (tr("Their side, by the agreement: {parties}.").format(parties=", ".join(parts)),)


def debrief_relationship_lines(plan: Plan, agreed: Package) -> tuple[str, ...]:
    """The debrief's relationship section: the plan's relationship notes (and note lines that start
    with "Relationship:"), then the agreement's two numbers when issues carry goodwill."""
    out = [x.strip().lstrip("-•* ").strip() for x in plan.relationship.splitlines() if x.strip()]
    for raw in plan.notes.splitlines():
        head, sep, rest = raw.strip().lstrip("-•* ").partition(":")
        if sep and head.strip().lower() in ("relationship", "beziehung") and rest.strip():
            out.append(rest.strip())
    if plan.goodwill:
        out.append(tr("The agreement: {points:.1f} points, relationship {effect:+.1f} ({weight} supplier).").format(
            points=agreed.score, effect=relationship_effect(plan, agreed),
            weight=_relationship_weight(plan.relationship_weight or "preferred")))
    return tuple(out)


__all__ = ["approval_matrix", "debrief_relationship_lines", "debrief_their_side_lines", "goodwill_lines",
           "their_side_lines"]
