"""The plan's properties as lines of the INTERNAL documents (briefing, debrief): who must approve
on our side (and what each option of a set needs from them), and the relationship — their negotiator and our notes on the relationship.

Never used by cards: approvers and relationship notes are ours alone (``docs/cards.md``).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..approvals.rules import Approvals, active_rules, approvals, requirement
from ..counterpart.reactions import round_in_words
from ..language import tr
from ..plan import Plan
from ..wording import format_date


def condition_words(plan: Plan) -> tuple[tuple[str, ...], ...]:
    """Per approver of the plan, the conditions the program checks in words (``"refuses unless
    warranty ≥ 24 months"``, ``"must sign off unless total ≤ EUR 400,000"``; docs/approvals.md)."""
    rules = active_rules(plan)
    return tuple(tuple((tr("refuses unless {requirement}") if r.condition.refuses
                        else tr("must sign off unless {requirement}")).format(requirement=requirement(plan, r))
                       for r in rules if r.approver == k) for k in range(len(plan.approvers)))


def approval_lines(plan: Plan) -> tuple[str, ...]:
    """``"Dr. Ines Kraft (CFO) — above EUR 400k; must sign off unless total ≤ EUR 400,000"``, one line
    per approver of the plan's properties, with the conditions the program checks (docs/approvals.md)."""
    return tuple("; ".join([a.text, *conds]) for a, conds in zip(plan.approvers, condition_words(plan)))


def debrief_approval_lines(plan: Plan) -> tuple[str, ...]:
    """The debrief's short form (it must stay one page): with conditions, the approvers and who must
    sign the agreement off or objects to it on one line (docs/approvals.md); else one line each."""
    if not any(a.conditions for a in plan.approvers):
        return tuple(a.text for a in plan.approvers)  # as before approvers had conditions
    line = " · ".join(a.text if not a.conditions else (f"{a.name} ({a.role})" if a.name and a.role else a.label)
                      for a in plan.approvers)
    if plan.agreement is not None and active_rules(plan):
        said = approvals(plan, [plan.agreement.terms]).detail(0)
        line = tr("{approvers} — the agreement: {verdict}.").format(
            approvers=line, verdict="; ".join(said) if said else tr("no approver is involved"))
    return (line,)


def option_approval_lines(letters: Sequence[str], verdicts: Approvals) -> tuple[str, ...]:
    """Per option of a set: ``"A: CFO must sign off (total EUR 633,393 > EUR 400,000)."`` or
    ``"B: no approver is involved."`` (empty when the plan's approvers have no conditions)."""
    if not verdicts.rules:
        return ()
    return tuple(tr("{letter}: {verdict}.", "approvers of an option").format(
        letter=x, verdict="; ".join(verdicts.detail(k)) or tr("no approver is involved"))
        for k, x in enumerate(letters))


def relationship_lines(plan: Plan) -> tuple[str, ...]:
    """Their negotiator, then each non-empty line of the plan's relationship notes."""
    out = [tr("Their negotiator: {name}.").format(name=plan.negotiator)] if plan.negotiator.strip() else []
    out += [x.strip().lstrip("-•* ").strip() for x in plan.relationship.splitlines() if x.strip()]
    return tuple(out)


# -- rounds and notes (the briefing) ------------------------------------------------------------------------
def round_lines(plan: Plan) -> tuple[str, ...]:
    """The briefing's line per recorded round: what we offered, their reaction and the outcome."""
    out = []
    for k, r in enumerate(plan.rounds, 1):
        offered, reaction, outcome = round_in_words(r)
        said = dict(number=k, offered=offered, reaction=reaction, outcome=outcome or tr("open", "round outcome"),
                    statement=r.statement, date=format_date(r.time.date()) if r.time else "")
        if r.time and r.statement:
            line = tr("Round {number} ({date}): {offered}; {reaction}; {outcome}; they said: “{statement}”.")
        elif r.time:
            line = tr("Round {number} ({date}): {offered}; {reaction}; {outcome}.")
        elif r.statement:
            line = tr("Round {number}: {offered}; {reaction}; {outcome}; they said: “{statement}”.")
        else:
            line = tr("Round {number}: {offered}; {reaction}; {outcome}.")
        out.append(line.format(**said))
    return tuple(out)


#: Note lines starting with these words (and a colon) are Level II / relationship notes (English
#: and German: the notes are the user's own words).
_LEVEL_II_KEYS = ("level ii", "level 2", "approval", "approvals", "sign-off", "signoff", "freigabe", "freigaben")
_RELATIONSHIP_KEYS = ("relationship", "beziehung")


def split_notes(notes: str, approvals: tuple[str, ...] = (), relationship: tuple[str, ...] = ()
           ) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """Split the plan's notes into Level II, relationship and other lines ("Level II: …"), after
    the approvers and relationship of the plan's properties."""
    level_ii, rel, other = list(approvals), list(relationship), []
    for raw in notes.splitlines():
        line = raw.strip().lstrip("-•* ").strip()
        if not line:
            continue
        head, sep, rest = line.partition(":")
        key = head.strip().lower()
        if sep and key in _LEVEL_II_KEYS:
            level_ii.append(rest.strip())
        elif sep and key in _RELATIONSHIP_KEYS:
            rel.append(rest.strip())
        else:
            other.append(line)
    if not level_ii:
        level_ii.append(tr("Nothing noted. Before the meeting: who signs off on our side, and who on theirs? "
                           "(File ▸ Plan Properties…: who must approve.)"))
    if not rel:
        rel.append(tr("Nothing noted. (File ▸ Plan Properties…: relationship.)"))
    return tuple(level_ii), tuple(rel), tuple(other)


__all__ = ["approval_lines", "condition_words", "debrief_approval_lines", "option_approval_lines", "relationship_lines",
           "round_lines", "split_notes"]
