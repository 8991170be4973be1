"""What else an edit of an issue changed, in words for the status line.

Changing an issue's range, step or options can snap terms that are already recorded — in the
packages, the competing quote, the outside option, the agreement, the rounds, the other suppliers'
records — and the contingent clauses on it; a removed option's terms move to the nearest option
left; changing its kind can drop the clauses, approval conditions and total-cost parts on it. The
edit keeps the plan valid (that is its rule, :mod:`~meso_desk.model.records_follow`);
:func:`knock_on` says what moved, so that nothing changes silently ("Also changed to fit: 2
package(s), the agreement and 3 recorded round(s). Edit ▸ Undo puts them back."), and
:func:`removal_knock_on` what a removal did besides taking the issue away.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from ..approvals.rules import Rule, condition_problem, requirement
from ..base import Term
from ..contingent.clauses import StatesClause, ThresholdClause
from ..errors import one_line
from ..language import current_language, list_words, tr
from ..plan import Plan
from ..preferences.issues import CategoricalIssue, Issue, NumericIssue
from ..records_follow import nearest_option

_MISSING = object()


def quoted_name(name: str) -> str:
    """“Delivery” („Lieferung“): a name as the status line quotes it, on one line (as the issue
    edits' ``quoted`` does)."""
    return f"„{one_line(name)}“" if current_language() == "de" else f"“{one_line(name)}”"

#: At most this many packages are named (then "3 more packages").
_PLACES = 4


def renamed_options(old_issue: Issue, new_issue: Issue) -> dict[str, str]:
    """Old → new label of the options that were renamed, as the issues show it: among the options
    gone and those new, in order, a pair with the same value and acceptability (a removed option
    replaced by another of a different value is no rename: its terms moved)."""
    if not (isinstance(old_issue, CategoricalIssue) and isinstance(new_issue, CategoricalIssue)):
        return {}
    gone = [o for o in old_issue.options if o.label not in new_issue.labels]
    came = [o for o in new_issue.options if o.label not in old_issue.labels]
    if len(gone) != len(came):
        return {}
    return {a.label: b.label for a, b in zip(gone, came) if (a.value, a.acceptable) == (b.value, b.acceptable)}


class _Edit:
    """One edit of an issue: the plans before and after, the issue before and after, and the
    options renamed (given, or as the issues show it)."""

    def __init__(self, old: Plan, new: Plan, old_issue: Issue, new_issue: Issue,
                 renamed: Mapping[str, str] | None = None) -> None:
        self.old, self.new, self.old_issue, self.new_issue = old, new, old_issue, new_issue
        self.renamed = dict(renamed_options(old_issue, new_issue) if renamed is None else renamed)
        self.same_kind = type(old_issue) is type(new_issue)

    def moved(self, a: Any, b: Any) -> bool:
        """Whether a recorded term ``a`` (of the old issue) became something else ``b`` (an option
        renamed is not moved)."""
        if a is _MISSING:
            return False
        if b is _MISSING:
            return True
        return self.renamed.get(a, a) != b if isinstance(a, str) else a != b

    def count(self, pairs: Iterable[tuple[Mapping[str, Term] | None, Mapping[str, Term] | None]]) -> int:
        """How many of the ``(old terms, new terms)`` pairs had the issue's term moved."""
        return sum(self.moved((a or {}).get(self.old_issue.name, _MISSING), (b or {}).get(self.new_issue.name, _MISSING))
                   for a, b in pairs)

    def rounds_moved(self, old_rounds, new_rounds) -> int:
        return sum(1 for a, b in zip(old_rounds, new_rounds) if self.count(zip(_round_terms(a), _round_terms(b))))

    def clause_changed(self, a: Any, b: Any) -> bool:
        """Whether a clause ``a`` on the old issue became ``b`` (None: dropped) otherwise than by a
        rename of the issue or of its options."""
        if not self.same_kind or a is None or b is None:
            return False
        if isinstance(a, ThresholdClause):
            a = a.model_copy(update={"term": self.renamed.get(a.term, a.term)})
        elif isinstance(a, StatesClause):
            a = a.model_copy(update={"terms": {s: self.renamed.get(t, t) for s, t in a.terms.items()}})
        return a != b


def _round_terms(r) -> list[Mapping[str, Term] | None]:
    return [o.terms for o in r.offered] + [r.counter_offer, r.preferred_term]


def knock_on(old: Plan, new: Plan, old_issue: Issue, new_issue: Issue,
             renamed: Mapping[str, str] | None = None) -> str:
    """The sentences naming what the edit of ``old_issue`` (now ``new_issue``) changed besides the
    issue itself ("" when nothing else moved). ``renamed``: the options renamed (old → new label),
    when the caller knows them; else as the issues show it (:func:`renamed_options`)."""
    e = _Edit(old, new, old_issue, new_issue, renamed)
    # a new kind: every term is converted; say what is dropped
    parts = _terms_moved(e) if e.same_kind else []
    changed, dropped = _clauses(e)
    if changed:
        parts.append(tr("the contingent clauses on it ({places})").format(places="; ".join(changed)))
    # rules on the issue that could not follow it (an option renamed is carried, not dropped)
    before, after = old_issue.name, new_issue.name
    if _conditions(old, before) > _conditions(new, after):
        parts.append(tr("approval conditions on {issue} (they no longer apply)").format(issue=after))
    if _cost_parts(old, before) > _cost_parts(new, after):
        parts.append(tr("the total cost model"))
    said = [tr("Also changed to fit: {what}.").format(what=list_words(parts))] if parts else []
    said += _options_moved(e)
    if dropped:
        said.append(tr("Contingent clauses on {issue} dropped (they no longer fit): {places}.").format(
            issue=quoted_name(after), places=list_words(dropped)))
    said += _conditions_said(e) + _beliefs_said(e)
    if not said:
        return ""
    return " ".join([*said, tr("Edit ▸ Undo puts them back.")])


def _conditions(plan: Plan, name: str) -> int:
    """Approval conditions on the issue that can apply (one on a number does not, once it has options)."""
    return sum(c.issue == name and not condition_problem(plan, c, a) for a in plan.approvers for c in a.conditions)


def _cost_parts(plan: Plan, name: str) -> int:
    """How many parts of the total-cost model rest on the issue (its freight costs one each)."""
    c = plan.costs
    if c is None:
        return 0
    refs = sum(x == name for x in (c.unit_price, c.volume, c.freight_issue, c.payment_issue))
    return refs + (len(c.freight) if c.freight_issue == name else 0)


def _terms_moved(e: _Edit) -> list[str]:
    old, new = e.old, e.new
    parts = []
    names = [n for n in old.package_names if n in new.package_names]
    n = e.count((old.stored_package(k).terms, new.stored_package(k).terms) for k in names)
    if n:
        parts.append(tr("{count} package(s)").format(count=n))
    if e.count([(old.batna_package, new.batna_package)]):
        parts.append(tr("the competing quote"))
    if e.count([(old.outside_option, new.outside_option)]):
        parts.append(tr("the outside option"))
    if old.agreement is not None and new.agreement is not None and e.count(
            [(old.agreement.terms, new.agreement.terms), (old.agreement.before_post_settlement,
                                                          new.agreement.before_post_settlement)]):
        parts.append(tr("the agreement"))
    n = e.rounds_moved(old.rounds, new.rounds)
    if n:
        parts.append(tr("{count} recorded round(s)").format(count=n))
    n = sum(1 for a, b in zip(old.suppliers, new.suppliers)
            if e.rounds_moved(a.rounds, b.rounds) or (
                a.agreement is not None and b.agreement is not None
                and e.count([(a.agreement.terms, b.agreement.terms)])))
    if n:
        parts.append(tr("the rounds or agreement of {count} other supplier(s)").format(count=n))
    return parts


def _clauses(e: _Edit) -> tuple[list[str], list[str]]:
    """Where a contingent clause on the issue changed to fit, and where one was dropped: the
    agreements first (what was agreed), then the packages by name, then how many offered copies in
    the recorded rounds (of every supplier)."""
    agreements, packages, rounds = [], [], []
    for rec, now in ((e.old, e.new), *zip(e.old.suppliers, e.new.suppliers)):
        def at(place: str, supplier: str = "" if rec is e.old else now.counterpart) -> str:
            return tr("{place} with {supplier}").format(place=place, supplier=supplier) if supplier else place

        for a, b in zip(rec.rounds, now.rounds):
            rounds += [(None, x.clauses, y.clauses) for x, y in zip(a.offered, b.offered)]
        if rec.agreement is not None and now.agreement is not None:
            agreements.append((at(tr("the agreement")), rec.agreement.clauses, now.agreement.clauses))
            agreements.append((at(tr("the first agreement")), rec.agreement.clauses_before_post_settlement,
                               now.agreement.clauses_before_post_settlement))
    packages = [(p.name, p.clauses, e.new.stored_package(p.name).clauses) for p in e.old.packages
                if p.name in e.new.package_names]
    changed: list[list[str]] = [[], [], []]
    dropped: list[list[str]] = [[], [], []]
    for k, pairs in enumerate((agreements, packages, rounds)):
        for where, was, now in pairs:
            a, b = was.get(e.old_issue.name), now.get(e.new_issue.name)
            if a is not None and b is None:
                dropped[k].append(where)
            elif e.clause_changed(a, b):
                changed[k].append(where)
    return _where(*changed), _where(*dropped)


def _where(agreements: list[str], packages: list[str], copies: list[Any]) -> list[str]:
    out = agreements + packages
    if len(packages) > _PLACES:
        out = agreements + packages[:_PLACES - 1] + [tr("{count} more packages").format(count=len(packages) - _PLACES + 1)]
    if copies:
        out.append(tr("{count} offered package(s) in the recorded rounds").format(count=len(copies)))
    return out


def _options_moved(e: _Edit) -> list[str]:
    """"Terms on “FCA” moved to “CPT”, the nearest option left.": a removed option's recorded terms."""
    if not (e.same_kind and isinstance(e.new_issue, CategoricalIssue)):
        return []
    gone = {o for o in e.old_issue.labels if o not in e.new_issue.labels and o not in e.renamed}  # type: ignore[attr-defined]
    if not gone:
        return []
    where: dict[str, str] = {}
    for a, b in _every_term_pair(e.old, e.new):
        x = (a or {}).get(e.old_issue.name)
        y = (b or {}).get(e.new_issue.name)
        if x in gone and y is not None:
            where.setdefault(x, y)
    return [tr("Terms on {old} moved to {new}, the nearest option left.").format(
        old=quoted_name(x), new=quoted_name(y)) for x, y in where.items()]


def _every_term_pair(old: Plan, new: Plan) -> list[tuple[Any, Any]]:
    pairs: list[tuple[Any, Any]] = [(old.stored_package(k).terms, new.stored_package(k).terms)
                                    for k in old.package_names if k in new.package_names]
    pairs += [(old.batna_package, new.batna_package), (old.outside_option, new.outside_option)]
    for a, b in ((old, new), *zip(old.suppliers, new.suppliers)):
        for r, s in zip(a.rounds, b.rounds):
            pairs += list(zip(_round_terms(r), _round_terms(s)))
        if a.agreement is not None and b.agreement is not None:
            pairs.append((a.agreement.terms, b.agreement.terms))
    return pairs


def _conditions_said(e: _Edit) -> list[str]:
    """An approver's allowed options that lost a removed one; a condition's value that the new
    range leaves outside (it then never applies, or every term breaks it)."""
    out = []
    issue = e.new_issue
    for (k, a), b in zip(enumerate(e.old.approvers), e.new.approvers):
        for c, d in zip(a.conditions, b.conditions):
            if c.issue != e.old_issue.name or d.issue != issue.name:
                continue
            if c.kind == "options" and isinstance(issue, CategoricalIssue):
                lost = [e.renamed.get(o, o) for o in c.options if e.renamed.get(o, o) not in d.options]
                if lost and d.options != c.options:
                    text = (tr("{approver} now allows only {options} on {issue} ({gone} is gone).") if len(lost) == 1
                            else tr("{approver} now allows only {options} on {issue} ({gone} are gone)."))
                    out.append(text.format(approver=b.label, options=list_words(d.options),
                                           issue=quoted_name(issue.name), gone=list_words(lost)))
            elif c.kind == "term" and isinstance(issue, NumericIssue) and d.value is not None:
                out += _off_range(e, k, d, issue)
    return out


def _beliefs_said(e: _Edit) -> list[str]:
    """Their constituencies' "one of" and the goodwill's options on the issue that lost a removed
    option, or went with the last of theirs (:func:`~meso_desk.model.records_follow.behind_the_table`),
    for the supplier worked on and then each other supplier (named)."""
    if not (e.same_kind and isinstance(e.new_issue, CategoricalIssue)):
        return []
    out = _beliefs_of(e, e.old, e.new)
    for a, b in zip(e.old.suppliers, e.new.suppliers):
        out += [tr("With {supplier}: {sentence}").format(supplier=b.counterpart, sentence=x)
                for x in _beliefs_of(e, a, b)]
    return out


def _beliefs_of(e: _Edit, old: Any, new: Any) -> list[str]:
    """:func:`_beliefs_said` for one supplier's records ``old`` and ``new`` (a plan or a supplier record)."""
    name = quoted_name(e.new_issue.name)

    def lost(options: tuple[str, ...], now: tuple[str, ...]) -> list[str]:
        return [o for o in (e.renamed.get(x, x) for x in options) if o not in now]

    out = []
    after = [c for c in new.their_constituencies if c.issue == e.new_issue.name]
    for c in (c for c in old.their_constituencies if c.issue == e.old_issue.name):
        d = after[0] if after and (after[0].party, after[0].what) == (c.party, c.what) else None
        if d is not None:
            after.pop(0)
        gone = lost(c.options, d.options if d is not None else ())
        if gone and d is None:
            out.append(tr("Their constituency {party} ({issue} one of {options}) is dropped: none of its options "
                          "is left.").format(party=c.party, issue=name, options=list_words(c.options)))
        elif gone:
            text = (tr("Their constituency {party} now asks only for {options} on {issue} ({gone} is gone).")
                    if len(gone) == 1 else
                    tr("Their constituency {party} now asks only for {options} on {issue} ({gone} are gone)."))
            out.append(text.format(party=c.party, options=list_words(d.options), issue=name, gone=list_words(gone)))
    was, now = old.goodwill.get(e.old_issue.name), new.goodwill.get(e.new_issue.name)
    gone = lost(was.options, now.options if now is not None else ()) if was is not None else []
    if gone and now is None:
        out.append(tr("The goodwill on {issue} ({options}) is dropped: none of its options is left.").format(
            issue=name, options=list_words(was.options)))
    elif gone:
        text = (tr("The goodwill on {issue} now comes only with {options} ({gone} is gone).") if len(gone) == 1
                else tr("The goodwill on {issue} now comes only with {options} ({gone} are gone)."))
        out.append(text.format(issue=name, options=list_words(now.options), gone=list_words(gone)))
    return out


def _off_range(e: _Edit, approver: int, c: Any, issue: NumericIssue) -> list[str]:
    """The sentence for a term condition whose value the new range leaves outside (none when it
    was outside already)."""
    def outside(i: Issue) -> bool:
        return isinstance(i, NumericIssue) and not i.min <= float(c.value) <= i.max

    if not outside(issue) or outside(e.old_issue):
        return []
    label = e.new.approvers[approver].label
    what = requirement(e.new, Rule(approver, c, issue))
    below = float(c.value) < issue.min
    if below == (c.when == "below"):  # "below 24" on 30–48: no term is below it
        return [tr("The condition of {approver} ({requirement}) lies outside the new range {range}: every term "
                   "passes it now.").format(approver=label, requirement=what, range=issue.range_text())]
    return [tr("The condition of {approver} ({requirement}) lies outside the new range {range}: no term "
               "passes it now.").format(approver=label, requirement=what, range=issue.range_text())]


def options_in_use(old: Plan, new: Plan, row: int, kept: Iterable[str]) -> str:
    """Before OK in the Options dialog (``new``: the plan it would make; ``kept``: the options that
    stay, by their labels before): each removed option something uses, what uses it and where its
    terms go ("“FCA” is in use (2 package(s), the competing quote and the conditions of Logistics):
    on OK it goes, and its terms move to “CPT”, the nearest option left."); "" when none."""
    old_issue, new_issue = old.issues[row], new.issues[row]
    if not (isinstance(old_issue, CategoricalIssue) and isinstance(new_issue, CategoricalIssue)):
        return ""
    kept = set(kept)
    said = []
    for label in old_issue.labels:
        users = [] if label in kept else _users(old, old_issue.name, label)
        if users:
            said.append(tr("{option} is in use ({users}): on OK it goes, and its terms move to {nearest}, the "
                           "nearest option left.").format(option=quoted_name(label), users=list_words(users),
                                                          nearest=quoted_name(nearest_option(old_issue, new_issue,
                                                                                             label))))
    return " ".join(said)


def _users(plan: Plan, issue: str, label: str) -> list[str]:
    """What in ``plan`` uses option ``label`` of ``issue``, in words (the status line's own)."""
    def uses(terms: Mapping[str, Term] | None, clauses: Mapping[str, Any] | None = None) -> bool:
        c = (clauses or {}).get(issue)
        on = [c.term] if isinstance(c, ThresholdClause) else list(c.terms.values()) if isinstance(c, StatesClause) else []
        return (terms or {}).get(issue) == label or label in on

    def round_uses(rounds) -> int:
        return sum(any(uses(o.terms, o.clauses) for o in r.offered) or uses(r.counter_offer) or uses(r.preferred_term)
                   for r in rounds)

    def agreed(a) -> bool:
        return a is not None and (uses(a.terms, a.clauses) or uses(a.before_post_settlement,
                                                                  a.clauses_before_post_settlement))

    out = []
    n = sum(uses(p.terms, p.clauses) for p in plan.packages)
    if n:
        out.append(tr("{count} package(s)").format(count=n))
    if uses(plan.batna_package):
        out.append(tr("the competing quote"))
    if uses(plan.outside_option):
        out.append(tr("the outside option"))
    if agreed(plan.agreement):
        out.append(tr("the agreement"))
    n = round_uses(plan.rounds)
    if n:
        out.append(tr("{count} recorded round(s)").format(count=n))
    n = sum(1 for s in plan.suppliers if round_uses(s.rounds) or agreed(s.agreement))
    if n:
        out.append(tr("the rounds or agreement of {count} other supplier(s)").format(count=n))
    approvers = [a.label for a in plan.approvers
                 if any(c.kind == "options" and c.issue == issue and label in c.options for c in a.conditions)]
    if approvers:
        out.append(tr("the conditions of {approvers}").format(approvers=list_words(approvers)))
    parties = [c.party for c in plan.their_constituencies if c.issue == issue and label in c.options]
    if parties:
        out.append(tr("their constituency {party}").format(party=parties[0]) if len(parties) == 1
                   else tr("their constituencies {parties}").format(parties=list_words(parties)))
    if issue in plan.goodwill and label in plan.goodwill[issue].options:
        out.append(tr("the goodwill on it"))
    if plan.costs is not None and plan.costs.freight_issue == issue and label in plan.costs.freight:
        out.append(tr("the total cost model"))
    return out


def removal_knock_on(old: Plan, new: Plan, name: str) -> str:
    """What removing the issue ``name`` did besides taking away what was on it: their Ask-next
    answers that named it, an approver's condition on their points that their weights no longer
    carry, and the other weights made equal when none of them had any ("" when nothing)."""
    said = []
    answers = sum((r.issue_over is not None and name in r.issue_over)
                  + (r.preferred_term is not None and name in r.preferred_term)
                  for rec in (old, *old.suppliers) for r in rec.rounds)
    if answers == 1:
        said.append(tr("Also gone with it: their Ask-next answer on it."))
    elif answers:
        said.append(tr("Also gone with it: {count} of their Ask-next answers on it.").format(count=answers))
    for a, b in zip(old.approvers, new.approvers):  # their points weighed by nothing left
        if a.weights.get(name, 0) > 0 and not b.weights and any(c.kind == "points" for c in b.conditions):
            said.append(tr("{approver} has no weights of their own left, so their condition on their points never "
                           "applies.").format(approver=b.label))
    rest = [k for k in old.weights if k != name]
    if rest and sum(old.weights[k] for k in rest) <= 0:
        said.append(tr("No other issue had a weight, so they now weigh the same ({percent:.0f} % each).").format(
            percent=100.0 / len(rest)))
    return " ".join(said)


__all__ = ["knock_on", "options_in_use", "quoted_name", "removal_knock_on", "renamed_options"]
