"""The debrief: one INTERNAL page after the deal — what we got, what we left, what we learned.

From a plan with an agreement it gathers, in words and numbers:

* **the agreement against our aspiration and reservation** — its points, how far from each,
  and what share of the way from the walk-away to the aspiration it went; the terms beside
  the competing quote (BATNA) and beside the package that would have left nothing on the
  table for us;
* **the value left on the table** (estimated) — the distance to the Pareto frontier in our
  points, in money (the total cost model prices each move at the package's own volume; other
  issues by their money equivalents), and in their points;
* **the total cost** of the agreement and of the competing quote, when the plan has a cost model;
* **what each round revealed** — the reaction, and how the estimate of their priorities moved
  (their most probable top issue, the largest change of a weight, their walk-away after a
  "none of these");
* **priorities compared** — our weights beside the estimate of theirs;
* **post-settlement** — an improvement already adopted (the first agreement with its clauses against
  the one now), and the suggestions for the agreement;
* **contingent terms** — for each agreed clause whose event is known: the outcome, whose
  forecast was closer (and whose 10–90 % range held it), what the clause did and our points at
  the outcome against the expected points at signing;
* **lessons** — the plan's free text.

Every number comes from the model functions (:mod:`~meso_desk.model.deal.zopa`,
:mod:`~meso_desk.model.deal.post_settlement`, :mod:`~meso_desk.model.counterpart.inference`) and is printed with
the formats of :meth:`Debrief.text`, which the PDF uses too. Qt-free; the renderer is
:mod:`meso_desk.app.printing.debrief_painter`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from ..contingent.clauses import AnyClause, expected_value, term_at, term_values
from ..contingent.events import Event, Forecast
from ..contingent.sentences import clause_sentence, outcome_sentence, short_clause
from ..counterpart.inference import estimate_counterpart
from ..counterpart.reactions import answer_words, round_in_words
from ..documents.behind_table_notes import debrief_relationship_lines, debrief_their_side_lines
from ..documents.plan_notes import debrief_approval_lines, relationship_lines
from ..language import speaking, tr
from ..offers.contingent import package_total_cost, risk, their_values_many
from ..package import Package
from ..plan import Plan, Round
from ..preferences.total_cost import cost_breakdown, format_money, format_total_cost
from ..preferences.weights import weights_as_percent
from ..scoring import issue_contributions, score
from ..wording import format_date, internal_line, internal_title
from .post_settlement import PostSettlement, post_settlement
from .zopa import LeftOnTable, TheirReservation, batna_value, first_agreed_package, left_on_table, their_reservation

#: Rounds shown on the one page (the earliest ones are summarised in a line beyond it).
MAX_ROUNDS = 8


@dataclass(frozen=True)
class DebriefRow:
    """One issue of the agreement table."""

    issue: str
    agreed: str
    #: Our points from this issue in the agreement (weight × value).
    points: float
    #: The competing quote's term ("" without one).
    batna: str = ""
    #: The term of the frontier package that would have given us more at no cost to them ("").
    frontier: str = ""
    #: The term agreed first, before a post-settlement improvement ("").
    first: str = ""
    #: The contingent clause on the agreed term and on the term agreed first, in short
    #: ("−2 %/pt below 95 % on-time, ≤ 10 %"; "" for a fixed term).
    agreed_clause: str = ""
    first_clause: str = ""

    @property
    def agreed_text(self) -> str:
        """The agreed term with its clause: ``"EUR 230.00 ↳ −2 %/pt below 95 % on-time, ≤ 10 %"``."""
        return with_clause(self.agreed, self.agreed_clause)

    @property
    def first_text(self) -> str:
        """The term agreed first with its clause ("" without a post-settlement step)."""
        return with_clause(self.first, self.first_clause)


def with_clause(term: str, clause: str) -> str:
    """A term and, when it is contingent, its clause in short after "↳" (as the app's tables show it)."""
    return f"{term} ↳ {clause}" if term and clause else term


@dataclass(frozen=True)
class RoundNote:
    """What one round was and what it revealed."""

    number: int
    happened: str
    revealed: str

    @property
    def text(self) -> str:
        return tr("Round {number}: {happened} — {revealed}").format(
            number=self.number, happened=self.happened, revealed=self.revealed)


@dataclass(frozen=True)
class PriorityRow:
    issue: str
    ours: float  # percent
    theirs: float | None  # percent (estimate)
    low: float | None
    high: float | None


@dataclass(frozen=True)
class ContingentOutcome:
    """What one agreed contingent clause did (or, while its event is open, what we expect)."""

    issue: str
    event: str
    #: the clause as the contract (the card) said it
    sentence: str
    resolved: bool
    #: the outcome in the event's unit ("91 %", "late"; "" while open)
    actual: str
    #: "ours", "theirs", "both" (equally close) or "" (open, or their forecast unknown)
    closer: str
    #: who was right, in words ("Our forecast was closer: likely 90 % against their 98 %; …")
    verdict: str
    #: what the clause did (outcome_sentence), or "Not known yet …"
    outcome: str
    #: the term that applied ("EUR 195.04"; "" while open)
    term: str
    #: our points of the agreement at signing (expected under our forecast) and at the outcome
    expected_points: float
    actual_points: float | None

    def lines(self) -> list[str]:
        out = [f"{self.issue}: {self.sentence}", self.outcome]
        if self.verdict:
            out.append(self.verdict)
        if self.actual_points is not None:
            d = self.actual_points - self.expected_points
            out.append(tr("Our points of the agreement at this outcome: {actual:.1f} "
                          "(expected at signing {expected:.1f}, {difference:+.1f}).").format(
                actual=self.actual_points, expected=self.expected_points, difference=d))
        else:
            out.append(tr("Expected at signing: {expected:.1f} points (our forecast).").format(
                expected=self.expected_points))
        return out


@dataclass(frozen=True)
class Debrief:
    title: str
    our_organisation: str
    counterpart: str
    prepared: date
    agreed_on: date | None
    source: str
    agreement_notes: str
    rows: tuple[DebriefRow, ...]
    agreed_points: float
    aspiration: float
    reservation: float
    reservation_source: str
    batna_points: float | None
    batna_text: str
    their_value: float
    their: TheirReservation
    left: LeftOnTable
    rounds: tuple[RoundNote, ...]
    earlier_rounds: int
    priorities: tuple[PriorityRow, ...]
    settlement: PostSettlement
    #: An adopted post-settlement improvement: (first points, now points, their first, their now),
    #: each package with its contingent clauses, valued at its expected value (as the cards).
    improvement: tuple[float, float, float, float] | None
    lessons: tuple[str, ...]
    n_observations: int
    #: The agreement's total cost in words ("1,500 units × EUR 214.00 = …; total EUR …"; "" without a cost model).
    cost_text: str = ""
    #: The competing quote's total cost ("Total EUR 358,754"; "").
    batna_cost: str = ""
    #: Money of each post-settlement suggestion against the agreement (", EUR 3,000 less in total"; "").
    settlement_money: tuple[str, ...] = ()
    #: Who must approve on our side, and the relationship (the plan's properties).
    approvals: tuple[str, ...] = ()
    relationship: tuple[str, ...] = ()
    #: The agreement's contingent clauses and what they did (empty for a fixed agreement).
    contingent: tuple[ContingentOutcome, ...] = ()
    #: The language the debrief is written in (the plan's: :meth:`text` speaks it).
    language: str = "en"

    # -- what the renderer needs --------------------------------------------------------------
    @property
    def document_title(self) -> str:
        return internal_title(tr("debrief", "document"), self.title)

    @property
    def internal_banner(self) -> str:
        return internal_line(self.counterpart)

    @property
    def has_batna(self) -> bool:
        return any(r.batna for r in self.rows)

    @property
    def has_frontier(self) -> bool:
        return self.left.our_target is not None

    @property
    def has_first(self) -> bool:
        return any(r.first for r in self.rows)

    # -- lines (the PDF prints exactly these) ---------------------------------------------------
    @property
    def agreement_line(self) -> str:
        if self.agreed_on and self.source:
            line = tr("Agreed on {date} ({source}).").format(date=format_date(self.agreed_on), source=self.source)
        elif self.agreed_on:
            line = tr("Agreed on {date}.").format(date=format_date(self.agreed_on))
        elif self.source:
            line = tr("Agreed ({source}).").format(source=self.source)
        else:
            line = tr("Agreed.")
        if self.cost_text:
            line += " " + tr("Total cost: {cost}.").format(cost=self.cost_text)
        return line

    @property
    def standing_line(self) -> str:
        a, asp, res = self.agreed_points, self.aspiration, self.reservation
        src = self.reservation_source
        if a + 1e-9 < res:
            pos = tr("{difference:.1f} points BELOW the reservation value {reservation:.1f} ({source})").format(
                difference=res - a, reservation=res, source=src)
        else:
            pos = tr("{difference:.1f} above the reservation value {reservation:.1f} ({source})").format(
                difference=a - res, reservation=res, source=src)
        if a >= asp:
            gap = tr("{difference:.1f} above the aspiration {aspiration:.1f}").format(difference=a - asp, aspiration=asp)
        else:
            gap = tr("{difference:.1f} short of the aspiration {aspiration:.1f}").format(
                difference=asp - a, aspiration=asp)
        if asp - res > 1e-9 and res <= a <= asp:
            return tr("The agreement is worth {points:.1f} points to us: {gap}, {position} — {share:.0f} % of the way "
                      "from walk-away to aspiration.").format(points=a, gap=gap, position=pos,
                                                              share=100 * (a - res) / (asp - res))
        return tr("The agreement is worth {points:.1f} points to us: {gap}, {position}.").format(
            points=a, gap=gap, position=pos)

    @property
    def batna_line(self) -> str:
        if self.batna_points is None:
            return tr("BATNA: {text}").format(text=self.batna_text) if self.batna_text else ""
        words = dict(text=self.batna_text.rstrip("."), points=self.batna_points, cost=self.batna_cost)
        if self.batna_text and self.batna_cost:
            return tr("BATNA: {text} — the competing quote is worth {points:.1f} points to us ({cost}).").format(**words)
        if self.batna_text:
            return tr("BATNA: {text} — the competing quote is worth {points:.1f} points to us.").format(**words)
        if self.batna_cost:
            return tr("BATNA — the competing quote is worth {points:.1f} points to us ({cost}).").format(**words)
        return tr("BATNA — the competing quote is worth {points:.1f} points to us.").format(**words)

    @property
    def basis(self) -> str:
        if not self.n_observations:
            return tr("a guess: no reactions recorded")
        if self.n_observations == 1:
            return tr("from 1 observation")
        return tr("from {count} observations").format(count=self.n_observations)

    @property
    def their_line(self) -> str:
        line = tr("Their value of the agreement: about {value:.0f} of their points ({basis}).").format(
            value=self.their_value, basis=self.basis)
        if self.their.known:
            line += f" {self.their.text}"
        return line

    @property
    def left_lines(self) -> list[str]:
        lt = self.left
        out = []
        if lt.our_gap < 0.05 and lt.their_gap < 0.05:
            out.append(tr("The agreement sits on the estimated Pareto frontier: nothing left on the table that the "
                          "estimate can see."))
            return out
        if lt.our_gap >= 0.05:
            if lt.money is not None and lt.money_lines:
                out.append(tr("Up to {gap:.1f} points more for us at no cost to them — {money}.").format(
                    gap=lt.our_gap, money=lt.money_text()))
            else:
                out.append(tr("Up to {gap:.1f} points more for us at no cost to them.").format(gap=lt.our_gap))
        else:
            out.append(tr("Nothing more for us without costing them (estimate)."))
        if lt.their_gap >= 0.05:
            out.append(tr("Up to {gap:.1f} more of their points at no cost to us.").format(gap=lt.their_gap))
        if lt.money_lines:
            out.append(tr("In money: {moves}.").format(moves="; ".join(m.text(lt.currency) for m in lt.money_lines)))
        if not lt.exact:
            out.append(tr("(Searched on a coarsened grid of the fine numeric issues.)"))
        return out

    @property
    def improvement_line(self) -> str:
        if self.improvement is None:
            return ""
        a0, a1, t0, t1 = self.improvement
        return tr("A post-settlement package replaced the first agreement: {ours_before:.1f} → {ours_after:.1f} "
                  "points for us, about {theirs_before:.0f} → {theirs_after:.0f} of their points.").format(
            ours_before=a0, ours_after=a1, theirs_before=t0, theirs_after=t1)

    @property
    def settlement_lines(self) -> list[str]:
        s = self.settlement
        if not s.suggestions:
            return [tr("None: {reason}").format(reason=s.reason)]
        money = self.settlement_money or ("",) * len(s.suggestions)
        out = [f"{chr(65 + k)}: {x.text} — {x.summary}{m}." for k, (x, m) in enumerate(zip(s.suggestions, money))]
        if s.reason:
            out.append(s.reason[0].upper() + s.reason[1:])
        return out

    def text(self) -> str:
        """The debrief as plain text (the same lines and numbers as the PDF), in its language."""
        with speaking(self.language):
            return self._text()

    def _text(self) -> str:
        out = [self.internal_banner, self.document_title, ""]
        if self.our_organisation or self.counterpart:
            us = self.our_organisation or tr("Us")
            them = self.counterpart or tr("Counterpart")
            out.append(f"{us} ↔ {them}")
        out += ["", tr("THE AGREEMENT"), self.agreement_line, self.standing_line]
        if self.batna_line:
            out.append(self.batna_line)
        out.append(self.their_line)
        for r in self.rows:
            extra = "".join([("  " + tr("BATNA {term}").format(term=r.batna)) if r.batna else "",
                             ("  " + tr("frontier {term}").format(term=r.frontier)) if r.frontier else "",
                             ("  " + tr("first {term}").format(term=r.first_text)) if r.first else ""])
            out.append("  " + tr("{issue}: {term} ({points:.1f} points)").format(
                issue=r.issue, term=r.agreed_text, points=r.points) + extra)
        if self.agreement_notes:
            out.append(tr("Notes: {notes}").format(notes=self.agreement_notes))
        out += ["", tr("VALUE LEFT ON THE TABLE (ESTIMATE)"), *self.left_lines]
        out += ["", tr("WHAT EACH ROUND REVEALED")]
        if self.earlier_rounds == 1:
            out.append("  " + tr("(1 earlier round not shown)"))
        elif self.earlier_rounds:
            out.append("  " + tr("({count} earlier rounds not shown)").format(count=self.earlier_rounds))
        out += [f"  {r.text}" for r in self.rounds] or ["  " + tr("No rounds recorded.")]
        out += ["", tr("PRIORITIES: OURS AND THEIRS (ESTIMATE)")]
        for p in self.priorities:
            theirs = tr("{share:.0f} %").format(share=p.theirs) if p.theirs is not None else "—"
            rng = f" ({p.low:.0f}–{p.high:.0f})" if p.low is not None and p.high is not None else ""
            out.append("  " + tr("{issue}: ours {ours:.0f} %, theirs {theirs}{range}").format(
                issue=p.issue, ours=p.ours, theirs=theirs, range=rng))
        if self.contingent:
            out += ["", tr("CONTINGENT TERMS")]
            for c in self.contingent:
                out += [f"  {x}" for x in c.lines()]
        out += ["", tr("POST-SETTLEMENT")]
        if self.improvement_line:
            out.append(self.improvement_line)
        out += [f"  {x}" for x in self.settlement_lines]
        if self.approvals:
            out += ["", tr("WHO MUST APPROVE"), *(f"  {x}" for x in self.approvals)]
        if self.relationship:
            out += ["", tr("RELATIONSHIP"), *(f"  {x}" for x in self.relationship)]
        out += ["", tr("LESSONS"), *([f"  - {x}" for x in self.lessons] or ["  " + tr("None written yet.")])]
        return "\n".join(out)


# -- building ---------------------------------------------------------------------------------------
def debrief(plan: Plan, *, prepared: date | None = None, estimate: Any = None, count: int = 3) -> Debrief:
    """The debrief of ``plan``'s agreement (raises ``ValueError`` when there is none), in the
    plan's language (``plan.language``)."""
    if plan.agreement is None:
        raise ValueError(tr("the plan has no agreement: record the agreed package first"))
    if not plan.issues:
        raise ValueError(tr("the plan has no issues"))
    with speaking(plan.language):
        return _debrief(plan, prepared, estimate, count)


def _debrief(plan: Plan, prepared: date | None, estimate: Any, count: int) -> Debrief:
    assert plan.agreement is not None
    est = estimate_counterpart(plan) if estimate is None else estimate
    agreed = Package(plan, plan.agreement.terms, name="agreement", clauses=plan.agreement.clauses)
    points = score(plan, agreed)
    contrib = issue_contributions(plan, agreed)
    left = left_on_table(plan, agreed, est)
    batna = plan.batna_package
    first = first_agreed_package(plan)  # with the clauses agreed first
    rows = _rows(plan, agreed, contrib, left, first)
    improvement = None
    if first is not None:  # both valued with their clauses, as the post-settlement suggestions are
        first_theirs, now_theirs = their_values_many(plan, [first, agreed], est.their_values())
        improvement = (score(plan, first), points, float(first_theirs), float(now_theirs))
    res_source = tr("the competing quote") if plan.reservation_from_batna and batna is not None else tr("set by hand")
    rounds, earlier = _round_notes(plan)
    settlement = post_settlement(plan, agreed, count, estimate=est)
    lessons = tuple(x.strip().lstrip("-•* ").strip() for x in plan.lessons.splitlines() if x.strip())
    return Debrief(
        title=plan.title, our_organisation=plan.our_organisation, counterpart=plan.counterpart,
        prepared=prepared or date.today(), agreed_on=plan.agreement.date, source=plan.agreement.source,
        agreement_notes=plan.agreement.notes.strip(), rows=tuple(rows), agreed_points=points,
        aspiration=plan.aspiration, reservation=plan.reservation, reservation_source=res_source,
        batna_points=batna_value(plan), batna_text=plan.batna.strip(), their_value=left.theirs,
        their=their_reservation(plan, est), left=left, rounds=rounds, earlier_rounds=earlier,
        priorities=_priorities(plan, est), settlement=settlement,
        improvement=improvement, lessons=lessons, n_observations=int(est.n_observations),
        approvals=debrief_approval_lines(plan) + debrief_their_side_lines(plan, agreed),
        # the negotiator's line only (the first, when there is a negotiator: whatever the language)
        relationship=(relationship_lines(plan)[:1] if plan.negotiator.strip() else ())
        + debrief_relationship_lines(plan, agreed),
        cost_text=agreement_cost_text(plan, agreed),
        batna_cost=format_total_cost(plan, batna) if batna is not None else "",
        settlement_money=tuple(settlement.total_change(x) for x in settlement.suggestions),
        contingent=contingent_outcomes(plan, agreed), language=plan.language)


def _rows(plan: Plan, agreed: Package, contrib: dict[str, float], left: LeftOnTable,
          first: Package | None) -> tuple[DebriefRow, ...]:
    """The agreement table: per issue the agreed term and its points, the competing quote's term,
    the frontier's and the term agreed first; a contingent term with its clause in short."""
    batna = plan.batna_package
    events = {e.name: e for e in plan.events}

    def clause_of(pkg: Package | None, issue: Any) -> str:
        clause = pkg.clauses.get(issue.name) if pkg is not None else None
        return "" if clause is None else short_clause(clause, issue, events.get(clause.event))

    return tuple(DebriefRow(
        i.name, i.format_term(agreed[i.name]), contrib[i.name],
        i.format_term(batna[i.name]) if batna is not None else "",
        i.format_term(left.our_target[i.name]) if left.our_target is not None else "",
        i.format_term(first[i.name]) if first is not None else "",
        clause_of(agreed, i), clause_of(first, i)) for i in plan.issues)


# -- contingent terms -------------------------------------------------------------------------------
def agreement_cost_text(plan: Plan, agreed: Package) -> str:
    """The agreement's total cost in words ("" without a cost model). A fixed agreement: its
    breakdown. A contingent one counts as its card does (:func:`package_total_cost`: expected
    under our forecast, as its points are), with its 10–90 % range and the base terms'
    breakdown; once every event its clauses use has a recorded outcome, the cost at that
    outcome (the terms that then apply), with the expectation at signing beside it."""
    if plan.costs is None:
        return ""
    if not agreed.contingent:
        return cost_breakdown(plan, agreed)
    money = plan.currency
    expected = package_total_cost(plan, agreed)
    at = outcome_terms(plan, agreed)
    if at is not None:
        return tr("at the recorded outcome, {breakdown} (expected at signing {expected})").format(
            breakdown=cost_breakdown(plan, at), expected=format_money(expected, money))
    r = risk(plan, agreed)
    if r.cost is None:
        return cost_breakdown(plan, agreed)
    return tr("{amount} expected under our forecast (10–90 %: {low} to {high}); on the base terms: {base}").format(
        amount=format_money(expected, money), low=format_money(r.cost[0], money),
        high=format_money(r.cost[2], money), base=cost_breakdown(plan, agreed))


def outcome_terms(plan: Plan, agreed: Package) -> dict[str, Any] | None:
    """The agreement's terms at the recorded outcomes (each clause's term at its event's
    outcome), or None while an event its clauses use has none."""
    terms = dict(agreed.terms)
    for name, clause in agreed.clauses.items():
        try:
            event = plan.event(clause.event)
        except KeyError:
            return None
        if not event.resolved:
            return None
        terms[name] = term_at(clause, plan.issue(name), terms[name], event.actual)  # type: ignore[arg-type]
    return terms


def _in_range(f: Forecast | None, x: float) -> bool | None:
    if f is None or not f.is_numeric:
        return None
    return float(f.low) <= x <= float(f.high)  # type: ignore[arg-type]


def who_was_right(event: Event) -> tuple[str, str]:
    """``(closer, verdict)`` once the event is resolved: whose forecast was closer (the likely
    value nearer the outcome; for states, the larger chance given to the state that happened)
    and whose 10–90 % range held the outcome. ``("", "")`` while it is open."""
    if event.actual is None:
        return "", ""
    ours, theirs = event.ours, event.theirs
    if event.kind == "states":
        state = str(event.actual)
        p_ours = ours.chance(state)
        if theirs is None:
            return "", tr("Our forecast gave “{state}” {ours:.0f} %; their forecast was unknown.").format(
                state=state, ours=100 * p_ours)
        p_theirs = theirs.chance(state)
        closer = "both" if abs(p_ours - p_theirs) < 1e-9 else ("ours" if p_ours > p_theirs else "theirs")
        return closer, tr("{head}: we gave “{state}” {ours:.0f} %, they {theirs:.0f} %.").format(
            head=_closer_head(closer), state=state, ours=100 * p_ours, theirs=100 * p_theirs)
    x = float(event.actual)
    fmt = event.format_value
    ours_in = _in_range(ours, x)
    words = dict(low=fmt(ours.low), high=fmt(ours.high))
    range_words = (tr("our 10–90 % range ({low}–{high}) held it") if ours_in
                   else tr("our 10–90 % range ({low}–{high}) missed it")).format(**words)
    if theirs is None:
        return "", tr("Our forecast said likely {likely}; {range}; their forecast was unknown.").format(
            likely=fmt(ours.likely), range=range_words)
    d_ours, d_theirs = abs(float(ours.likely) - x), abs(float(theirs.likely) - x)  # type: ignore[arg-type]
    closer = "both" if abs(d_ours - d_theirs) < 1e-9 else ("ours" if d_ours < d_theirs else "theirs")
    theirs_in = _in_range(theirs, x)
    their_range = (tr("theirs ({low}–{high}) held it") if theirs_in
                   else tr("theirs ({low}–{high}) missed it")).format(low=fmt(theirs.low), high=fmt(theirs.high))
    return closer, tr("{head}: likely {ours} (ours) against {theirs} (theirs); {range}, {their_range}.").format(
        head=_closer_head(closer), ours=fmt(ours.likely), theirs=fmt(theirs.likely), range=range_words,
        their_range=their_range)


def _closer_head(closer: str) -> str:
    if closer == "ours":
        return tr("Our forecast was closer")
    if closer == "theirs":
        return tr("Their forecast was closer")
    return tr("Both forecasts were as close")


def contingent_outcomes(plan: Plan, agreed: Package) -> tuple[ContingentOutcome, ...]:
    """One :class:`ContingentOutcome` per agreed clause, in issue order: the outcome, who was
    right, what the clause did and our points at the outcome against the expected points."""
    out = []
    expected = agreed.score
    clauses: dict[str, AnyClause] = agreed.clauses
    for issue in plan.issues:
        clause = clauses.get(issue.name)
        if clause is None:
            continue
        try:
            event = plan.event(clause.event)
        except KeyError:
            continue
        base = agreed[issue.name]
        sentence = clause_sentence(clause, issue, base, event)
        if not event.resolved:
            out.append(ContingentOutcome(issue.name, event.name, sentence, False, "", "", "",
                                         tr("Not known yet: {event} has no recorded outcome.").format(
                                             event=event.name), "",
                                         expected, None))
            continue
        actual = event.actual
        t = term_at(clause, issue, base, actual)  # type: ignore[arg-type]
        w = plan.weights[issue.name]
        at_outcome = float(term_values(issue, [t])[0])
        before = expected_value(clause, issue, base, event, event.ours)
        closer, verdict = who_was_right(event)
        out.append(ContingentOutcome(
            issue.name, event.name, sentence, True, event.format_value(actual), closer, verdict,
            outcome_sentence(clause, issue, base, event, actual), issue.format_term(t),  # type: ignore[arg-type]
            expected, expected + w * (at_outcome - before)))
    return tuple(out)


def _priorities(plan: Plan, est: Any) -> tuple[PriorityRow, ...]:
    ours = weights_as_percent(plan.weights, 0)
    theirs = est.weights
    iv = est.intervals if not est.is_prior else {}
    rows = []
    for n in sorted(plan.issue_names, key=lambda k: -plan.weights[k]):
        lo_hi = iv.get(n)
        rows.append(PriorityRow(n, ours[n], 100 * theirs[n],
                                100 * lo_hi[0] if lo_hi else None, 100 * lo_hi[1] if lo_hi else None))
    return tuple(rows)


def _reaction(plan: Plan, r: Round) -> str:
    offered, reaction, outcome = round_in_words(r)
    if r.level is not None and r.offered:
        offered = tr("{offered} at {level:.1f}").format(offered=offered, level=r.level)
    # a round without offers holds only their answers: no "no preference stated" beside them
    parts = ([offered, reaction] if r.offered else [offered]) + ([outcome] if outcome else [])
    if r.counter_offer:
        parts.append(tr("they countered"))
    if r.statement:
        parts.append(tr("they said “{statement}”").format(statement=r.statement))
    if r.statement_issue:
        parts.append(tr("{issue} matters most to them").format(issue=r.statement_issue))
    parts += answer_words(plan, r)
    return "; ".join(parts)


def _round_notes(plan: Plan) -> tuple[tuple[RoundNote, ...], int]:
    """What each round revealed: the estimate after it against the estimate before it."""
    n = len(plan.rounds)
    if n == 0:
        return (), 0
    start = max(0, n - MAX_ROUNDS)
    prev = estimate_counterpart(plan.replace(rounds=plan.rounds[:start]))
    notes = []
    for k in range(start, n):
        sub = plan.replace(rounds=plan.rounds[: k + 1])
        cur = estimate_counterpart(sub)
        r = plan.rounds[k]
        if cur.n_observations == prev.n_observations:
            revealed = tr("nothing new about their priorities")
        else:
            top = cur.most_important
            p = cur.top_issue[top]
            moved = max(plan.issue_names, key=lambda x: abs(cur.weights[x] - prev.weights[x]))
            a, b = 100 * prev.weights[moved], 100 * cur.weights[moved]
            revealed = tr("top issue now {issue} ({share:.0f} %)").format(issue=top, share=100 * p)
            if abs(b - a) >= 0.5:
                revealed += "; " + tr("{issue} {before:.0f} → {after:.0f} %").format(issue=moved, before=a, after=b)
            if r.outcome in ("none_acceptable", "accepted") and r.offered:
                theirs = their_reservation(sub, cur)
                if theirs.source == "inferred" and theirs.value is not None:
                    revealed += "; " + tr("their walk-away about {value:.0f} ({low:.0f}–{high:.0f})").format(
                        value=theirs.value, low=theirs.low, high=theirs.high)
        when = f" ({format_date(r.time.date())})" if r.time else ""
        notes.append(RoundNote(k + 1, f"{_reaction(plan, r)}{when}", revealed))
        prev = cur
    return tuple(notes), start


__all__ = ["agreement_cost_text", "outcome_terms", "ContingentOutcome", "Debrief", "DebriefRow", "PriorityRow", "RoundNote", "contingent_outcomes",
           "debrief", "who_was_right"]
