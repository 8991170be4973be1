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
* **post-settlement** — an improvement already adopted, and the suggestions for the agreement;
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
from ..contingent.sentences import clause_sentence, outcome_sentence
from ..counterpart.inference import estimate_counterpart
from ..counterpart.reactions import round_in_words
from ..documents.behind_table_notes import debrief_relationship_lines, debrief_their_side_lines
from ..documents.plan_notes import debrief_approval_lines, relationship_lines
from ..package import Package
from ..plan import Plan, Round
from ..preferences.total_cost import cost_breakdown, format_total_cost, total_change_text
from ..preferences.weights import weights_as_percent
from ..scoring import issue_contributions, score
from ..wording import format_date, internal_line, internal_title
from .post_settlement import PostSettlement, post_settlement
from .zopa import LeftOnTable, TheirReservation, batna_value, left_on_table, their_reservation

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


@dataclass(frozen=True)
class RoundNote:
    """What one round was and what it revealed."""

    number: int
    happened: str
    revealed: str

    @property
    def text(self) -> str:
        return f"Round {self.number}: {self.happened} — {self.revealed}"


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
            out.append(f"Our points of the agreement at this outcome: {self.actual_points:.1f} "
                       f"(expected at signing {self.expected_points:.1f}, {d:+.1f}).")
        else:
            out.append(f"Expected at signing: {self.expected_points:.1f} points (our forecast).")
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
    #: An adopted post-settlement improvement: (first points, now points, their first, their now).
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

    # -- what the renderer needs --------------------------------------------------------------
    @property
    def document_title(self) -> str:
        return internal_title("debrief", self.title)

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
        when = f" on {format_date(self.agreed_on)}" if self.agreed_on else ""
        src = f" ({self.source})" if self.source else ""
        cost = f" Total cost: {self.cost_text}." if self.cost_text else ""
        return f"Agreed{when}{src}.{cost}"

    @property
    def standing_line(self) -> str:
        a, asp, res = self.agreed_points, self.aspiration, self.reservation
        if a + 1e-9 < res:
            pos = f"{res - a:.1f} points BELOW the reservation value {res:.1f} ({self.reservation_source})"
        else:
            pos = f"{a - res:.1f} above the reservation value {res:.1f} ({self.reservation_source})"
        if a >= asp:
            gap = f"{a - asp:.1f} above the aspiration {asp:.1f}"
        else:
            gap = f"{asp - a:.1f} short of the aspiration {asp:.1f}"
        share = ""
        if asp - res > 1e-9 and res <= a <= asp:
            share = f" — {100 * (a - res) / (asp - res):.0f} % of the way from walk-away to aspiration"
        return f"The agreement is worth {a:.1f} points to us: {gap}, {pos}{share}."

    @property
    def batna_line(self) -> str:
        if self.batna_points is None:
            return f"BATNA: {self.batna_text}" if self.batna_text else ""
        txt = f": {self.batna_text.rstrip('.')}" if self.batna_text else ""
        cost = f" ({self.batna_cost})" if self.batna_cost else ""
        return f"BATNA{txt} — the competing quote is worth {self.batna_points:.1f} points to us{cost}."

    @property
    def basis(self) -> str:
        return (f"from {self.n_observations} observation{'s' if self.n_observations != 1 else ''}"
                if self.n_observations else "a guess: no reactions recorded")

    @property
    def their_line(self) -> str:
        line = f"Their value of the agreement: about {self.their_value:.0f} of their points ({self.basis})."
        if self.their.known:
            line += f" {self.their.text}"
        return line

    @property
    def left_lines(self) -> list[str]:
        lt = self.left
        out = []
        if lt.our_gap < 0.05 and lt.their_gap < 0.05:
            out.append("The agreement sits on the estimated Pareto frontier: nothing left on the table that the "
                       "estimate can see.")
            return out
        if lt.our_gap >= 0.05:
            money = f" — {lt.money_text()}" if lt.money is not None and lt.money_lines else ""
            out.append(f"Up to {lt.our_gap:.1f} points more for us at no cost to them{money}.")
        else:
            out.append("Nothing more for us without costing them (estimate).")
        if lt.their_gap >= 0.05:
            out.append(f"Up to {lt.their_gap:.1f} more of their points at no cost to us.")
        if lt.money_lines:
            out.append("In money: " + "; ".join(m.text(lt.currency) for m in lt.money_lines) + ".")
        if not lt.exact:
            out.append("(Searched on a coarsened grid of the fine numeric issues.)")
        return out

    @property
    def improvement_line(self) -> str:
        if self.improvement is None:
            return ""
        a0, a1, t0, t1 = self.improvement
        return (f"A post-settlement package replaced the first agreement: {a0:.1f} → {a1:.1f} points for us, "
                f"about {t0:.0f} → {t1:.0f} of their points.")

    @property
    def settlement_lines(self) -> list[str]:
        s = self.settlement
        if not s.suggestions:
            return [f"None: {s.reason}"]
        money = self.settlement_money or ("",) * len(s.suggestions)
        out = [f"{chr(65 + k)}: {x.text} — {x.summary}{m}." for k, (x, m) in enumerate(zip(s.suggestions, money))]
        if s.reason:
            out.append(s.reason[0].upper() + s.reason[1:])
        return out

    def text(self) -> str:
        """The debrief as plain text (the same lines and numbers as the PDF)."""
        out = [self.internal_banner, self.document_title, ""]
        if self.our_organisation or self.counterpart:
            out.append(f"{self.our_organisation or 'Us'} ↔ {self.counterpart or 'Counterpart'}")
        out += ["", "THE AGREEMENT", self.agreement_line, self.standing_line]
        if self.batna_line:
            out.append(self.batna_line)
        out.append(self.their_line)
        for r in self.rows:
            extra = "".join([f"  BATNA {r.batna}" if r.batna else "", f"  frontier {r.frontier}" if r.frontier else "",
                             f"  first {r.first}" if r.first else ""])
            out.append(f"  {r.issue}: {r.agreed} ({r.points:.1f} points){extra}")
        if self.agreement_notes:
            out.append(f"Notes: {self.agreement_notes}")
        out += ["", "VALUE LEFT ON THE TABLE (ESTIMATE)", *self.left_lines]
        out += ["", "WHAT EACH ROUND REVEALED"]
        if self.earlier_rounds:
            out.append(f"  ({self.earlier_rounds} earlier round{'s' if self.earlier_rounds != 1 else ''} not shown)")
        out += [f"  {r.text}" for r in self.rounds] or ["  No rounds recorded."]
        out += ["", "PRIORITIES: OURS AND THEIRS (ESTIMATE)"]
        for p in self.priorities:
            theirs = f"{p.theirs:.0f} %" if p.theirs is not None else "—"
            rng = f" ({p.low:.0f}–{p.high:.0f})" if p.low is not None and p.high is not None else ""
            out.append(f"  {p.issue}: ours {p.ours:.0f} %, theirs {theirs}{rng}")
        if self.contingent:
            out += ["", "CONTINGENT TERMS"]
            for c in self.contingent:
                out += [f"  {x}" for x in c.lines()]
        out += ["", "POST-SETTLEMENT"]
        if self.improvement_line:
            out.append(self.improvement_line)
        out += [f"  {x}" for x in self.settlement_lines]
        if self.approvals:
            out += ["", "WHO MUST APPROVE", *(f"  {x}" for x in self.approvals)]
        if self.relationship:
            out += ["", "RELATIONSHIP", *(f"  {x}" for x in self.relationship)]
        out += ["", "LESSONS", *([f"  - {x}" for x in self.lessons] or ["  None written yet."])]
        return "\n".join(out)


# -- building ---------------------------------------------------------------------------------------
def debrief(plan: Plan, *, prepared: date | None = None, estimate: Any = None, count: int = 3) -> Debrief:
    """The debrief of ``plan``'s agreement (raises ``ValueError`` when there is none)."""
    if plan.agreement is None:
        raise ValueError("the plan has no agreement: record the agreed package first")
    if not plan.issues:
        raise ValueError("the plan has no issues")
    est = estimate_counterpart(plan) if estimate is None else estimate
    agreed = Package(plan, plan.agreement.terms, name="agreement", clauses=plan.agreement.clauses)
    points = score(plan, agreed)
    contrib = issue_contributions(plan, agreed)
    left = left_on_table(plan, agreed, est)
    batna = plan.batna_package
    first = plan.agreement.before_post_settlement
    rows = []
    for i in plan.issues:
        rows.append(DebriefRow(
            i.name, i.format_term(agreed[i.name]), contrib[i.name],
            i.format_term(batna[i.name]) if batna is not None else "",
            i.format_term(left.our_target[i.name]) if left.our_target is not None else "",
            i.format_term(first[i.name]) if first is not None else ""))
    tv = est.their_values()
    improvement = None
    if first is not None:
        improvement = (score(plan, first), points, float(tv.value(plan, first)), float(tv.value(plan, agreed)))
    res_source = "the competing quote" if plan.reservation_from_batna and batna is not None else "set by hand"
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
        relationship=tuple(x for x in relationship_lines(plan) if x.startswith("Their negotiator:"))
        + debrief_relationship_lines(plan, agreed),
        cost_text=cost_breakdown(plan, agreed),
        batna_cost=format_total_cost(plan, batna) if batna is not None else "",
        settlement_money=tuple(total_change_text(plan, agreed, x.package) for x in settlement.suggestions),
        contingent=contingent_outcomes(plan, agreed))


# -- contingent terms -------------------------------------------------------------------------------
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
            return "", f"Our forecast gave “{state}” {100 * p_ours:.0f} %; their forecast was unknown."
        p_theirs = theirs.chance(state)
        closer = "both" if abs(p_ours - p_theirs) < 1e-9 else ("ours" if p_ours > p_theirs else "theirs")
        head = {"ours": "Our forecast was closer", "theirs": "Their forecast was closer",
                "both": "Both forecasts were as close"}[closer]
        return closer, f"{head}: we gave “{state}” {100 * p_ours:.0f} %, they {100 * p_theirs:.0f} %."
    x = float(event.actual)
    fmt = event.format_value
    ours_in = _in_range(ours, x)
    range_words = (f"our 10–90 % range ({fmt(ours.low)}–{fmt(ours.high)}) "
                   f"{'held' if ours_in else 'missed'} it")
    if theirs is None:
        return "", (f"Our forecast said likely {fmt(ours.likely)}; {range_words}; their forecast was unknown.")
    d_ours, d_theirs = abs(float(ours.likely) - x), abs(float(theirs.likely) - x)  # type: ignore[arg-type]
    closer = "both" if abs(d_ours - d_theirs) < 1e-9 else ("ours" if d_ours < d_theirs else "theirs")
    head = {"ours": "Our forecast was closer", "theirs": "Their forecast was closer",
            "both": "Both forecasts were as close"}[closer]
    theirs_in = _in_range(theirs, x)
    return closer, (f"{head}: likely {fmt(ours.likely)} (ours) against {fmt(theirs.likely)} (theirs); "
                    f"{range_words}, theirs ({fmt(theirs.low)}–{fmt(theirs.high)}) "
                    f"{'held' if theirs_in else 'missed'} it.")


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
                                         f"Not known yet: {event.name} has no recorded outcome.", "",
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


def _reaction(r: Round) -> str:
    offered, reaction, outcome = round_in_words(r)
    level = f" at {r.level:.1f}" if r.level is not None and r.offered else ""
    parts = [f"{offered}{level}", reaction] + ([outcome] if outcome else [])
    if r.counter_offer:
        parts.append("they countered")
    if r.statement:
        parts.append(f"they said “{r.statement}”")
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
            revealed = "nothing new about their priorities"
        else:
            top = cur.most_important
            p = cur.top_issue[top]
            moved = max(plan.issue_names, key=lambda x: abs(cur.weights[x] - prev.weights[x]))
            a, b = 100 * prev.weights[moved], 100 * cur.weights[moved]
            revealed = f"top issue now {top} ({100 * p:.0f} %)"
            if abs(b - a) >= 0.5:
                revealed += f"; {moved} {a:.0f} → {b:.0f} %"
            if r.outcome in ("none_acceptable", "accepted") and r.offered:
                tr = their_reservation(sub, cur)
                if tr.source == "inferred" and tr.value is not None:
                    revealed += f"; their walk-away about {tr.value:.0f} ({tr.low:.0f}–{tr.high:.0f})"
        when = f" ({format_date(r.time.date())})" if r.time else ""
        notes.append(RoundNote(k + 1, f"{_reaction(r)}{when}", revealed))
        prev = cur
    return tuple(notes), start


__all__ = ["ContingentOutcome", "Debrief", "DebriefRow", "PriorityRow", "RoundNote", "contingent_outcomes",
           "debrief", "who_was_right"]
