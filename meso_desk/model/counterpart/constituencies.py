"""The supplier's constituencies (``Plan.their_constituencies``) against packages and the room.

* :func:`meets` — does a package's term meet a constituency's condition (``None`` when the plan
  no longer has the issue, or the condition does not fit it);
* :func:`belief` — the user's confidence, updated by what is recorded in the rounds: they
  *accepted* a package that breaks the condition, or proposed / named a term that breaks it →
  the belief is contradicted (confidence × :data:`CONTRADICTED`); they refused every offer and
  every offer broke it, or they proposed a term that meets it → supported. Each step says why
  (the panel shows the lines; the stored confidence stays what the user typed);
* :func:`talking_points` — per package, what their negotiator can tell their own side: the
  constituencies' conditions the package meets and the terms that are good for them under the
  estimate, in neutral words with no number of ours or of the estimate (the card reverse
  "Why this works for you": :mod:`meso_desk.model.documents.cards`).

Qt-free (``docs/behind-the-table.md``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from ..base import Term
from ..language import current_language, tr
from ..plan import Plan
from ..preferences.behind_the_table import Constituency
from ..preferences.issues import CategoricalIssue, NumericIssue
from ..scoring import checked_package, score_table
from .their_values import TheirValues

#: A contradicted belief keeps this share of its confidence; a supported one moves this share to 1.
CONTRADICTED = 0.35
SUPPORTED = 0.25
#: Below this (updated) confidence a constituency is not used for talking points.
MIN_CONFIDENCE = 0.3
#: At most this many talking points per package (a card reverse is small).
MAX_POINTS = 4


def condition_text(plan: Plan, c: Constituency) -> str:
    """``"Payment term at most 30 days"`` / ``"Incoterm one of EXW, FCA"`` (for us and for them)."""
    issue = plan.issue(c.issue) if c.issue in plan.issue_names else None
    if c.kind == "one_of":
        return tr("{issue} one of {options}").format(issue=c.issue, options=", ".join(c.options))
    shown = issue.format_term(float(c.value)) if isinstance(issue, NumericIssue) else f"{c.value:g}"
    if c.kind == "at_least":
        return tr("{issue} at least {value}").format(issue=c.issue, value=shown)
    return tr("{issue} at most {value}").format(issue=c.issue, value=shown)


def meets(plan: Plan, c: Constituency, terms: Mapping[str, Term]) -> bool | None:
    """Whether ``terms`` meet ``c``'s condition; ``None`` when it cannot be judged (issue gone,
    a condition of the wrong kind for the issue, the term missing from a partial counter-offer)."""
    if c.issue not in plan.issue_names or c.issue not in terms:
        return None
    issue = plan.issue(c.issue)
    term = terms[c.issue]
    if c.kind == "one_of":
        return str(term) in c.options if isinstance(issue, CategoricalIssue) else None
    if not isinstance(issue, NumericIssue) or isinstance(term, str):
        return None
    eps = 1e-9 * max(1.0, abs(float(c.value)))
    return float(term) >= c.value - eps if c.kind == "at_least" else float(term) <= c.value + eps


@dataclass(frozen=True)
class Belief:
    """A constituency's confidence after the rounds, with one line per recorded fact that moved it."""

    constituency: Constituency
    confidence: float
    reasons: tuple[str, ...] = ()

    @property
    def changed(self) -> bool:
        return abs(self.confidence - self.constituency.confidence) > 1e-9

    @property
    def summary(self) -> str:
        """``"finance team: 60 % → 21 % (they accepted …)"`` or ``"finance team: 60 %"``."""
        head = f"{self.constituency.party}: {100 * self.constituency.confidence:.0f} %"
        if not self.changed:
            return head
        return f"{head} → {100 * self.confidence:.0f} % ({'; '.join(self.reasons)})"


def _room_facts(plan: Plan, c: Constituency) -> list[tuple[bool, str]]:
    """(supports, why) for each recorded fact about ``c``, in round order."""
    out: list[tuple[bool, str]] = []
    for k, r in enumerate(plan.rounds, start=1):
        if r.outcome == "accepted" and r.accepted is not None:
            o = r.offered[r.accepted]
            if meets(plan, c, o.terms) is False:
                out.append((False, tr("round {round}: they accepted option {option}, which breaks "
                                      "“{condition}”").format(round=k, option=o.label,
                                                               condition=condition_text(plan, c))))
        elif r.outcome == "none_acceptable" and r.offered:
            verdicts = [meets(plan, c, o.terms) for o in r.offered]
            if all(v is False for v in verdicts):
                out.append((True, tr("round {round}: they refused every option, and each broke it").format(
                    round=k)))
        for what, terms in (("proposed", r.counter_offer), ("named as best", r.preferred_term)):
            v = meets(plan, c, terms) if terms else None
            if v is not None:
                if what == "proposed":
                    text = (tr("round {round}: they proposed {issue} {term}, which meets it") if v
                            else tr("round {round}: they proposed {issue} {term}, which breaks it"))
                else:
                    text = (tr("round {round}: they named as best {issue} {term}, which meets it") if v
                            else tr("round {round}: they named as best {issue} {term}, which breaks it"))
                out.append((v, text.format(round=k, issue=c.issue,
                                           term=plan.issue(c.issue).format_term(terms[c.issue]))))
    return out


def belief(plan: Plan, c: Constituency) -> Belief:
    """``c``'s confidence updated by the recorded rounds (see the module docstring)."""
    conf = c.confidence
    reasons = []
    for supports, why in _room_facts(plan, c):
        conf = conf + SUPPORTED * (1.0 - conf) if supports else conf * CONTRADICTED
        reasons.append(why)
    return Belief(c, conf, tuple(reasons))


def beliefs(plan: Plan) -> list[Belief]:
    return [belief(plan, c) for c in plan.their_constituencies]


def _possessive(party: str) -> str:
    return f"{party}'" if party.endswith("s") else f"{party}'s"


def constituency_point(plan: Plan, c: Constituency, terms: Mapping[str, Term]) -> str:
    """``"Payment term: 30 days meets your finance team's payment-term target."``"""
    issue = plan.issue(c.issue)
    term = issue.format_term(terms[c.issue])
    if current_language() == "en":  # (the English possessive: "finance team's", "buyers'")
        what = c.what or "condition"
        return f"{c.issue}: {term} meets your {_possessive(c.party)} {what}."
    if c.what:
        return tr("{issue}: {term} meets what your {party} asks for: {what}.").format(
            issue=c.issue, term=term, party=c.party, what=c.what)
    return tr("{issue}: {term} meets the condition of your {party}.").format(issue=c.issue, term=term,
                                                                              party=c.party)


def _good_terms(plan: Plan, their: TheirValues, terms: Mapping[str, Term],
                others: Sequence[Mapping[str, Term]]) -> list[str]:
    """Terms that are good for them: the best of the offered options, or (alone) in the upper part
    of the issue for them — in the plan's order of the issues, whatever their estimated weights
    (chosen and ordered by those weights, the reverse told them which issues we believe matter
    most to them). A contingent term is left out: what they get depends on the event."""
    out = []
    clauses = getattr(terms, "clauses", {}) or {}
    for i, name in enumerate(their.names):
        if name in clauses:
            continue
        issue = plan.issue(name)
        mine = _issue_value(plan, their, i, terms[name])
        if len(others) > 1:
            rest = [_issue_value(plan, their, i, o[name]) for o in others]
            if mine >= max(rest) - 1e-9 and mine > min(rest) + 1e-9:
                out.append(tr("{issue}: {term} is the best of these options for you.").format(
                    issue=name, term=issue.format_term(terms[name])))
        elif mine >= 70.0:
            out.append(tr("{issue}: {term} is on your side of the range.").format(
                issue=name, term=issue.format_term(terms[name])))
    return out


def _issue_value(plan: Plan, their: TheirValues, i: int, term: Term) -> float:
    issue = plan.issues[i]
    grid_values = their.values[i]
    if isinstance(issue, NumericIssue):
        grid = score_table(plan).grids[i].astype(float)
        return float(np.interp(float(term), grid, grid_values))
    return float(grid_values[issue.index_of(term)])


def talking_points(plan: Plan, terms: Mapping[str, Term], *, their: TheirValues | None = None,
                   others: Sequence[Mapping[str, Term]] = ()) -> list[str]:
    """What the supplier's negotiator can use with their own side for the package ``terms``:
    first the conditions of their constituencies it meets (updated confidence at least
    :data:`MIN_CONFIDENCE`, most confident first), then the terms good for them under ``their``
    (default: the opposed-interests prior) among ``others`` (the options offered with it).
    Neutral sentences with no number of ours or of the estimate; at most :data:`MAX_POINTS`.
    ``terms`` is a full package of the plan: else refused in one sentence
    (:func:`~meso_desk.model.scoring.checked_package`)."""
    terms = checked_package(plan, terms)
    if not plan.issues:
        return []
    out: list[str] = []
    done: set[str] = set()
    for b in sorted(beliefs(plan), key=lambda b: -b.confidence):
        c = b.constituency
        if b.confidence >= MIN_CONFIDENCE and meets(plan, c, terms):
            out.append(constituency_point(plan, c, terms))
            done.add(c.issue)
    their = their if their is not None else TheirValues.opposed(plan)
    out += [p for p in _good_terms(plan, their, terms, others) if p.split(":")[0] not in done]
    return out[:MAX_POINTS]


__all__ = ["Belief", "belief", "beliefs", "condition_text", "constituency_point", "meets", "talking_points"]
