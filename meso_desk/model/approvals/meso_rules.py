"""MESO generation that every approver accepts (``generate_mesos(approvals=…)``, docs/approvals.md).

With approvals required (the default when some approver refuses something), a package an
approver refuses is kept out *like a hard limit*: each refusing condition on the side of a term
that is worse for us tightens that issue's hard limit, an options condition marks the other options
unacceptable — so the search grid keeps the approver's threshold as one of its ends, exactly as it
keeps a hard limit — and :func:`refused_rows` removes from the candidate pool whatever the other
conditions refuse (a total cost, a term on the side better for us). When no set exists, the error
names the approver who blocks the level and how far their conditions let the packages go.

:func:`requiring_approvals` wraps the engine's ``generate_mesos``: it adds the ``approvals``
keyword, runs the engine on :func:`approved_plan` (or, with approvals off, on the plan without its
approvers' conditions) and hands back packages of the caller's own plan.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import numpy as np

from ..language import tr
from ..package import Package
from ..plan import Plan
from ..preferences.issues import CategoricalIssue, Direction, NumericIssue
from ..scoring import score_table
from ..wording import join_words
from .rules import Rule, active_rules, approvals_on_grid, has_refusals, requirement, triggered

#: Points a set's packages may lie from the level at most (the engine's widest tolerance).
_REACH = 1.0


def _separable(rule: Rule) -> bool:
    """Whether a refusing rule works like a hard limit (a term on its worse side, or options)."""
    c, issue = rule.condition, rule.issue
    if c.kind == "options":
        return True
    if isinstance(issue, NumericIssue):
        return (c.when == "below") == (issue.direction == Direction.HIGHER)
    return False


def _tightened(plan: Plan, rules: list[Rule]) -> Plan:
    """``plan`` with the separable refusing ``rules`` folded into its hard limits and options.
    Raises ValueError when a condition leaves an issue no acceptable term."""
    issues = list(plan.issues)
    pos = {i.name: k for k, i in enumerate(issues)}
    for r in rules:
        if not (r.condition.refuses and _separable(r)):
            continue
        k = pos[r.condition.issue]
        issue = issues[k]
        if isinstance(issue, CategoricalIssue):
            opts = tuple(o if o.label in r.condition.options else o.model_copy(update={"acceptable": False})
                         for o in issue.options)
            issues[k] = type(issue).model_validate({**issue.model_dump(), "options": [o.model_dump() for o in opts]})
        else:
            assert isinstance(issue, NumericIssue)
            v = float(r.condition.value)  # type: ignore[arg-type]
            old = issue.hard_limit
            tighter = (v if old is None else max(old, v)) if issue.direction == Direction.HIGHER else \
                (v if old is None else min(old, v))
            issues[k] = type(issue).model_validate({**issue.model_dump(), "hard_limit": tighter})
    return plan.replace(issues=tuple(issues))


def approved_plan(plan: Plan) -> Plan:
    """``plan`` with every approver's separable refusals as hard limits (its approvers kept, so the
    candidate pool also drops what the other refusing conditions refuse)."""
    return _tightened(plan, list(active_rules(plan)))


def refused_rows(plan: Plan, rows: np.ndarray) -> np.ndarray:
    """Whether an approver of ``plan`` refuses each grid row (all False when nobody refuses anything)."""
    if not len(rows) or not has_refusals(plan):
        return np.zeros(len(rows), dtype=bool)
    return ~approvals_on_grid(plan, rows).accepted


def _span(plan: Plan, rules: list[Rule]) -> tuple[float, float]:
    """The least and the most a package can be worth within the hard limits and the term
    conditions of ``rules`` (each issue at its worst / best term they all allow); (−1, −1) when
    they leave an issue no term."""
    t = score_table(plan)
    lo = hi = 0.0
    for i, (issue, acc) in enumerate(zip(plan.issues, t.acceptable)):
        ok = acc.copy()
        for r in rules:
            if r.issue is not None and r.condition.issue == issue.name:
                ok &= ~triggered(r, np.asarray(issue.grid()))
        if not ok.any():
            return -1.0, -1.0
        v = t.table[i, : len(acc)][ok]
        lo, hi = lo + float(v.min()), hi + float(v.max())
    return lo, hi


def blocking_sentence(plan: Plan, level: float) -> tuple[str, str, bool]:
    """Why no set at ``level`` passes the approvers: ``("no set at 75.0 points that Quality accepts:
    warranty ≥ 24 months leaves at most 71.2", …, True)`` — the message, its plain form for the window
    and whether it names the cause (else it only lists what the approvers refuse).
    An approver whose conditions alone keep every package away from the level is named first; else
    those whose conditions do so together; else every approver who refuses something."""
    rules = [r for r in active_rules(plan) if r.condition.refuses]
    who = sorted({r.approver for r in rules})

    def miss(span: tuple[float, float]) -> tuple[str, float | None]:
        """(how the conditions miss the level: "none", "most", "least" or "", the value)."""
        lo, hi = span
        if hi < 0:
            return "none", None
        if hi < level - _REACH:
            return "most", hi
        return ("least", lo) if lo > level + _REACH else ("", None)

    own = [(miss(_span(plan, [r for r in rules if r.approver == a])), a) for a in who]
    blocking = [(m, a) for m, a in own if m[0]][:1]
    if not blocking and (m := miss(_span(plan, rules)))[0]:
        blocking = [(m, a) for a in who]
    if not blocking:
        names = join_words([plan.approvers[a].label for a in who])
        conds = "; ".join(requirement(plan, r) for r in rules)
        if len(who) == 1:
            msg = tr("no set at {level:.1f} points that {approvers} accepts ({conditions})")
        else:
            msg = tr("no set at {level:.1f} points that {approvers} accept ({conditions})")
        msg = msg.format(level=level, approvers=names, conditions=conds)
        return msg, msg[:1].upper() + msg[1:] + ".", False
    mine = [r for r in rules if r.approver in {a for _, a in blocking}]
    names = join_words([plan.approvers[a].label for _, a in blocking])
    (how, value), one, single = blocking[0][0], len(blocking) == 1, len(mine) == 1
    if how == "none":
        result = tr("no acceptable package")
    elif how == "most":
        result = tr("at most {points:.1f}").format(points=value)
    else:
        result = tr("at least {points:.1f}").format(points=value)
    if one and single:
        msg = tr("no set at {level:.1f} points that {approvers} accepts: {conditions} leaves {result}")
    elif one:
        msg = tr("no set at {level:.1f} points that {approvers} accepts: {conditions} leave {result}")
    elif single:
        msg = tr("no set at {level:.1f} points that {approvers} accept: {conditions} leaves {result}")
    else:
        msg = tr("no set at {level:.1f} points that {approvers} accept: {conditions} leave {result}")
    msg = msg.format(level=level, approvers=names, conditions=join_words([requirement(plan, r) for r in mine]),
                     result=result)
    return msg, msg[:1].upper() + msg[1:] + ".", True


def _rebound(plan: Plan, out: Any) -> Any:
    """The engine's packages as packages of ``plan`` (same terms, same points)."""
    out[:] = [Package(plan, dict(p), name=p.name) for p in out]
    return out


def requiring_approvals(error: type[ValueError]) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Add ``approvals: bool | None = None`` to the MESO engine: None (default) requires every
    approver to accept when one refuses something; True requires it; False ignores the approvers.
    ``error`` is the engine's error class (``MesoError(message, plain=…, nearest=…)``)."""

    def wrap(generate: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(generate)
        def generate_with_approvals(plan: Plan, *args: Any, approvals: bool | None = None, **kwargs: Any) -> Any:
            refusing = has_refusals(plan)
            if not refusing:
                return generate(plan, *args, **kwargs)
            if approvals is False:
                return _rebound(plan, generate(plan.replace(approvers=()), *args, **kwargs))
            level = kwargs.get("level", args[1] if len(args) > 1 else None)
            level = float(plan.aspiration if level is None else level)
            try:
                tight = approved_plan(plan)
            except ValueError:
                msg, plain, _ = blocking_sentence(plan, level)
                raise error(msg, plain=plain) from None  # type: ignore[call-arg]
            try:
                return _rebound(plan, generate(tight, *args, **kwargs))
            except error as e:
                if getattr(e, "kind", "") in ("request", "reservation"):
                    raise  # about the request itself (the count, the level), not the approvers
                msg, plain, named = blocking_sentence(plan, level)
                near = getattr(e, "nearest", None)
                if named:  # one sentence, as every engine error
                    msg += (tr("; the nearest level with a set is about {level:.1f}").format(level=near)
                            if near is not None else "")
                    plain = plain[:-1] + (tr("; the nearest level that has one is {level:.1f}.").format(level=near)
                                          if near is not None else ".")
                else:  # the approvers do not cap the values: the engine's reason, and what they asked
                    asked = "; ".join(requirement(plan, r) for r in active_rules(plan) if r.condition.refuses)
                    msg = tr("{reason} (every approver accepting: {conditions})").format(reason=e, conditions=asked)
                    plain = getattr(e, "plain", str(e))
                raise error(msg, plain=plain, nearest=near) from None  # type: ignore[call-arg]

        return generate_with_approvals

    return wrap


__all__ = ["approved_plan", "blocking_sentence", "refused_rows", "requiring_approvals"]
