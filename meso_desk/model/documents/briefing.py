"""The internal briefing sheet: what we take into the room for ourselves, never for the other side.

From a plan and the packages on the cards (lettered A, B, C …) it gathers, in words and
numbers: the set with our points, its level and our reservation value and BATNA; what each
choice would tell us (which issue each option gives on and which it holds, and so what their
choice would reveal); the order in which to concede (least important to us first) and the
lines never to cross; the questions to ask; the estimate of their priorities once rounds are
recorded; the rounds so far; and the notes on who must approve the deal on each side
(Level II) and on the relationship, taken from the plan's notes.

Qt-free; the Qt renderer lives in :mod:`meso_desk.app.printing.briefing_painter`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

import numpy as np

from ..approvals.rules import approvals
from ..base import Term
from ..contingent.events import Event, Forecast
from ..counterpart.inference import CounterpartEstimate, estimate_counterpart
from ..counterpart.their_values import TheirValues, direction_word
from ..language import tr
from ..offers.contingent import bets, risk
from ..offers.waste import current_estimate, package_waste, waste_phrase
from ..package import Package
from ..plan import Plan
from ..preferences.issues import CategoricalIssue, NumericIssue
from ..preferences.total_cost import format_money, format_total_costs, move_saving, volume_words
from ..preferences.weights import weights_as_percent
from ..wording import format_date, internal_line, internal_title, join_words
from .behind_table_notes import approval_matrix, goodwill_lines, their_side_lines
from .cards import (
    as_packages,
    condition_sentence,
    letters,
    offer_problems,
    reveal_problems,
    set_level,
    unequal_warning,
)
from .document_language import document_language, plan_language
from .plan_notes import approval_lines, option_approval_lines, relationship_lines, round_lines, split_notes

#: After a contingent term in the set table (its base term; the clause is in "Contingent terms").
CONTINGENT_MARK = " *"
#: Below this many points an option neither gives nor holds on an issue (compared with the others).
NOTABLE_POINTS = 0.05


def without_total(cost: str) -> str:
    """``"Total EUR 552,000"`` → ``"EUR 552,000"`` (in a column that says it is the total cost)."""
    prefix = tr("Total {amount}").split("{amount}")[0]
    return cost.removeprefix(prefix) if prefix else cost.removeprefix("Total ")


@dataclass(frozen=True)
class BriefingOption:
    """One option of the set as we see it."""

    letter: str
    name: str
    terms: tuple[str, ...]
    points: float
    acceptable: bool
    #: Their expected value (0–100) under the estimate, when there is one.
    their_value: float | None = None
    #: The total cost in money ("Total EUR 552,000"; "" when the plan has no cost model).
    total_cost: str = ""
    #: Their points it leaves on the table under the estimate (0 on the frontier; never on cards).
    waste: float = 0.0
    #: Who on our side signs it off and who objects ("✓ CFO · ✗ Quality: warranty 12 < 24 months").
    approvals: str = ""

    @property
    def waste_text(self) -> str:
        """``"≈ 7.5 of their points"``, or ``"none"`` on the frontier (within the engine's tolerance)."""
        if waste_phrase(self.waste):
            return tr("≈ {points:.1f} of their points").format(points=self.waste)
        return tr("none", "nothing left on the table")


@dataclass(frozen=True)
class Reading:
    """What a choice of one option would tell us."""

    letter: str
    gives_on: str | None
    holds_on: str | None
    text: str


@dataclass(frozen=True)
class ConcessionStep:
    """One issue in the order of concessions (least important to us first)."""

    issue: str
    weight_percent: float
    #: The terms of this issue across the set ("EUR 205.00 – EUR 222.00", "DDP / DAP").
    in_set: str
    #: Numeric: one step ("1 week") and what it costs us in points (at the set's middle term).
    #: Categorical: our order of the options ("DDP > DAP > FCA") and the best-to-worst swing.
    step: str
    step_points: float
    #: The money equivalent of one step to us ("EUR 800"), when the plan gives one.
    money: str
    #: The line never to cross ("above EUR 248.00", "EXW"), or "".
    never: str
    numeric: bool = True
    #: The set already sits at the end of the range that is worst for us: nothing left to give.
    exhausted: bool = False

    @property
    def step_cost(self) -> str:
        if not self.numeric:
            return tr("our order {order} ({points:.1f} points from best to worst)").format(
                order=self.step, points=self.step_points)
        if self.exhausted:
            return tr("nothing left to give (the set is at the end of the range)")
        if self.money:
            return tr("one step ({step}) costs {points:.2f} points, worth {money} to us").format(
                step=self.step, points=self.step_points, money=self.money)
        return tr("one step ({step}) costs {points:.2f} points").format(step=self.step, points=self.step_points)


@dataclass(frozen=True)
class EstimateRow:
    issue: str
    weight: float
    low: float | None
    high: float | None
    top_probability: float | None
    direction: str


@dataclass(frozen=True)
class ContingentTerm:
    """One contingent clause of one option, as we see it (INTERNAL: both forecasts, our points).

    The option's spread (``low``/``high``: 10 % and 90 % of our points under our forecast,
    joint over all its clauses) and ``expected`` are the option's; the bet is the clause's."""

    letter: str
    issue: str
    event: str
    #: the card's sentence (what they will read)
    sentence: str
    #: "likely 90 % (10–90 %: 84–95 %) — our goods receipts, last 8 quarters"
    ours: str
    #: the same for their forecast, or "unknown"
    theirs: str
    #: our expected points of the option, and the 10 % / 90 % points of our spread
    expected: float
    low: float
    high: float
    #: points the clause wins or costs us against the fixed term (our forecast), and what it
    #: wins them by their forecast (their points; None when their forecast is unknown)
    our_gain: float
    their_gain: float | None
    #: the planner's line from the bet ("costs us 0.4 points, worth 3.1 to them by their forecast")
    bet: str
    #: how it is measured ("Measured by: …"; when nobody said, the warning that says so)
    measured: str
    verifiable: bool = True
    #: the bet's warnings (they cannot check it; its value to them rests on their forecast), or ""
    warning: str = ""

    @property
    def warned(self) -> bool:
        return bool(self.warning) or not self.verifiable

    @property
    def verification(self) -> str:
        """How it is measured and the warnings, in one line."""
        return " ".join(x for x in (self.measured, self.warning) if x)

    @property
    def spread_text(self) -> str:
        return tr("expected {expected:.1f} points (10–90 %: {low:.1f}–{high:.1f})").format(
            expected=self.expected, low=self.low, high=self.high)

    @property
    def their_gain_text(self) -> str:
        if self.their_gain is None:
            return tr("their forecast unknown")
        return tr("{gain:+.1f} of their points by their forecast").format(gain=self.their_gain)

    @property
    def bet_text(self) -> str:
        """The bet in one line: the planner's sentence, else the two gains."""
        return self.bet or tr("the clause {gain:+.1f} points for us, {theirs}").format(
            gain=self.our_gain, theirs=self.their_gain_text)

    def lines(self) -> list[str]:
        """The clause in the briefing's plain text (the PDF prints the same)."""
        return [f"{self.letter} · {self.issue}: {self.sentence}",
                "    " + tr("{event} — ours: {ours}; theirs: {theirs}").format(event=self.event, ours=self.ours,
                                                                              theirs=self.theirs),
                "    " + tr("Option {letter}: {spread}. {bet}", "a contingent option").format(
                    letter=self.letter, spread=self.spread_text, bet=self.bet_text),
                f"    {'! ' if self.warned else ''}{self.verification}"]


@dataclass(frozen=True)
class Briefing:
    title: str
    our_organisation: str
    counterpart: str
    prepared: date
    issue_labels: tuple[str, ...]
    options: tuple[BriefingOption, ...]
    level: float
    level_source: str
    reservation: float
    aspiration: float
    batna: str
    spread: float
    readings: tuple[Reading, ...]
    if_none: str
    concessions: tuple[ConcessionStep, ...]
    questions: tuple[str, ...]
    estimate: tuple[EstimateRow, ...] = ()
    estimate_note: str = ""
    n_observations: int = 0
    rounds: tuple[str, ...] = ()
    level_ii: tuple[str, ...] = ()
    #: Per option, who must sign it off and who objects, and why (docs/approvals.md).
    option_approvals: tuple[str, ...] = ()
    #: Who signs what: (party, one cell per option) for our approvers and their constituencies.
    approval_matrix: tuple[tuple[str, tuple[str, ...]], ...] = ()
    relationship: tuple[str, ...] = ()
    other_notes: tuple[str, ...] = ()
    warnings: tuple[str, ...] = field(default_factory=tuple)
    #: The estimate the waste is measured under ("opposed-interests prior", "estimate").
    waste_label: str = ""
    #: The contingent clauses of the options, in card order (empty when every term is fixed).
    contingent: tuple[ContingentTerm, ...] = ()
    #: The language the briefing is written in (the plan's); None: the language being spoken.
    language: str | None = None

    @property
    def option_rows(self) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """Extra rows of the set table, ``(label, one cell per option)``: the total cost (with a
        cost model) and what each option leaves on the table for them under the estimate."""
        with document_language(self.language):
            rows = []
            if any(o.total_cost for o in self.options):
                rows.append((tr("Total cost"), tuple(without_total(o.total_cost) for o in self.options)))
            if any(o.approvals for o in self.options):
                rows.append((tr("Approvals", "briefing row"), tuple(o.approvals or "—" for o in self.options)))
            label = (tr("Left on the table for them ({estimate})").format(estimate=self.waste_label)
                     if self.waste_label else tr("Left on the table for them"))
            rows.append((label, tuple(o.waste_text for o in self.options)))
            return tuple(rows)

    @property
    def document_title(self) -> str:
        with document_language(self.language):
            return internal_title(tr("briefing", "document name in a title"), self.title)

    @property
    def internal_banner(self) -> str:
        with document_language(self.language):
            return internal_line(self.counterpart)

    def text(self) -> str:
        """The briefing as plain text (the same content the PDF carries)."""
        with document_language(self.language):
            return self._text()

    def _text(self) -> str:
        out = [self.internal_banner, self.document_title, ""]
        if self.our_organisation or self.counterpart:
            out.append(" ↔ ".join((self.our_organisation or tr("Us"), self.counterpart or tr("Counterpart"))))
        out.append(tr("Prepared {date}").format(date=format_date(self.prepared)))
        out += ["", tr("THE SET")]
        out.append(tr("Level {level:.1f} points ({source}); spread {spread:.1f} points; "
                      "reservation {reservation:.1f}; aspiration {aspiration:.1f}").format(
            level=self.level, source=self.level_source, spread=self.spread, reservation=self.reservation,
            aspiration=self.aspiration))
        for o in self.options:
            flag = "" if o.acceptable else "  " + tr("UNACCEPTABLE")
            their = ("  " + tr("their est. {value:.0f}").format(value=o.their_value)
                     if o.their_value is not None else "")
            cost = f"  {o.total_cost}" if o.total_cost else ""
            points = tr("{points:.1f} points").format(points=o.points)
            out.append(f"  {o.letter}: {points}{cost}{their}{flag}  ({'; '.join(o.terms)})")
        for o in self.options:
            if waste_phrase(o.waste):
                out.append("  " + tr("{letter} {waste} (under the {estimate})").format(
                    letter=o.letter, waste=waste_phrase(o.waste), estimate=self.waste_label or tr("estimate")))
        if self.batna:
            out.append(tr("BATNA: {batna}").format(batna=self.batna))
        out += [f"! {w}" for w in self.warnings]
        if self.contingent:
            out += ["", tr("CONTINGENT TERMS")]
            for c in self.contingent:
                out += [f"  {x}" for x in c.lines()]
        out += ["", tr("WHAT EACH CHOICE WOULD TELL US"), *(f"  {r.text}" for r in self.readings),
                f"  {self.if_none}"]
        out += ["", tr("ORDER OF CONCESSIONS (concede first → hold longest)")]
        for k, c in enumerate(self.concessions, 1):
            if c.never:
                line = tr("{number}. {issue} ({weight:.1f} %): in the set {terms}; {cost}; never {never}")
            else:
                line = tr("{number}. {issue} ({weight:.1f} %): in the set {terms}; {cost}")
            out.append("  " + line.format(number=k, issue=c.issue, weight=c.weight_percent, terms=c.in_set,
                                          cost=c.step_cost, never=c.never))
        out += ["", tr("QUESTIONS TO ASK"), *(f"  - {q}" for q in self.questions)]
        out += ["", tr("THEIR PRIORITIES (ESTIMATE)")]
        if self.estimate_note:
            out.append(f"  {self.estimate_note}")
        for e in self.estimate:
            rng = (" [" + tr("{low:.0%}–{high:.0%}", "a range").format(low=e.low, high=e.high) + "]"
                   if e.low is not None and e.high is not None else "")
            top = (", " + tr("top issue {probability:.0%}").format(probability=e.top_probability)
                   if e.top_probability is not None else "")
            weight = tr("{weight:.0%}", "a share").format(weight=e.weight)
            out.append(f"  {e.issue}: {weight}{rng}{top}{', ' + e.direction if e.direction else ''}")
        if self.rounds:
            out += ["", tr("ROUNDS SO FAR"), *(f"  {r}" for r in self.rounds)]
        out += ["", tr("WHO MUST APPROVE (LEVEL II)"),
                *(f"  {x}" for x in (*self.level_ii, *self.option_approvals))]
        out += ["", tr("RELATIONSHIP"), *(f"  {x}" for x in self.relationship)]
        if self.other_notes:
            out += ["", tr("OTHER NOTES"), *(f"  {x}" for x in self.other_notes)]
        return "\n".join(out)


# -- building -------------------------------------------------------------------------------
def briefing(plan: Plan, packages: Iterable[Package | Mapping[str, Term] | str], *,
             level: float | None = None, prepared: date | None = None) -> Briefing:
    """The internal briefing for offering ``packages`` (in card order, lettered A, B, C …), in
    the plan's language (``plan.language``) whatever the window speaks."""
    engine_level = getattr(packages, "level", None)  # a MESO set from the engine knows its level
    pkgs = as_packages(plan, packages)
    if not pkgs:
        raise ValueError(tr("no packages for the briefing"))
    with plan_language(plan) as language:
        return _briefing(plan, pkgs, engine_level, level, prepared, language)


def _briefing(plan: Plan, pkgs: list[Package], engine_level, level: float | None, prepared: date | None,
              language: str) -> Briefing:
    """The briefing of :func:`briefing`, in the language being spoken."""
    names = letters(len(pkgs))
    issues = list(plan.issues)
    contrib = np.array([list(p.contributions().values()) for p in pkgs], dtype=float)  # (P, I) points per issue
    points = np.array([p.score for p in pkgs], dtype=float)

    if level is not None:
        lvl, source = float(level), tr("chosen level")
    elif isinstance(engine_level, (int, float)):
        lvl, source = float(engine_level), tr("level of the MESO set")
    else:
        lvl, source = set_level(plan, pkgs)
        if lvl is None:
            lvl, source = float(points.mean()), tr("mean of the set")

    est, est_note, n_obs = _estimate(plan)
    their = [_their_value(est, p) for p in pkgs]
    costs = format_total_costs(plan, pkgs)
    by_estimate = current_estimate(plan)
    waste = package_waste(plan, pkgs, by_estimate)
    verdicts = approvals(plan, pkgs)
    options = tuple(
        BriefingOption(letter, p.name or letter,
                       tuple(i.format_term(p[i.name]) + (CONTINGENT_MARK if i.name in p.clauses else "")
                             for i in issues),
                       float(s), p.acceptable, t, c, w, verdicts.line(k))
        for k, (letter, p, s, t, c, w) in enumerate(zip(names, pkgs, points, their, costs, waste))
    )
    readings = _readings(plan, pkgs, names, contrib)
    if len(pkgs) > 1:
        if_none = tr("If none works: ask which one comes closest and what would make it work — "
                     "record it as their favourite even if they refuse all.")
    else:
        if_none = tr("If it does not work: ask what would make it work, and which term matters most to them.")
    pct = weights_as_percent(plan.weights)
    level_ii, relationship, other_notes = split_notes(plan.notes, approval_lines(plan), relationship_lines(plan))
    level_ii, relationship = level_ii + their_side_lines(plan, pkgs, names), relationship + goodwill_lines(plan, pkgs, names)
    return Briefing(
        title=plan.title,
        our_organisation=plan.our_organisation,
        counterpart=plan.counterpart,
        prepared=prepared or date.today(),
        issue_labels=tuple(i.name for i in issues),
        options=options,
        level=lvl,
        level_source=source,
        reservation=plan.reservation,
        aspiration=plan.aspiration,
        batna=plan.batna.strip(),
        spread=float(points.max() - points.min()),
        readings=readings,
        if_none=if_none,
        concessions=_concessions(plan, pkgs, pct),
        questions=_questions(plan, names, contrib, est),
        estimate=_estimate_rows(plan, est),
        estimate_note=est_note,
        n_observations=n_obs,
        rounds=round_lines(plan),
        level_ii=level_ii,
        option_approvals=option_approval_lines(names, verdicts),
        approval_matrix=approval_matrix(plan, pkgs, verdicts),
        relationship=relationship,
        other_notes=other_notes,
        warnings=_warnings(plan, pkgs),
        waste_label=_label(by_estimate),
        contingent=contingent_terms(plan, pkgs, names, by_estimate),
        language=language,
    )


def _label(estimate) -> str:
    """The name of the estimate the waste is measured under ("estimate" when it has none)."""
    label = getattr(estimate, "label", None)
    return tr("estimate") if label is None else label


# -- contingent terms --------------------------------------------------------------------------
def forecast_text(event: Event, forecast: Forecast | None) -> str:
    """``"likely 90 % (10–90 %: 84–95 %) — our goods receipts, last 8 quarters"``; "unknown"."""
    if forecast is None:
        return tr("unknown", "a forecast")
    if forecast.source:
        return tr("{forecast} — {source}").format(forecast=forecast.describe(event.unit), source=forecast.source)
    return forecast.describe(event.unit)


def verification_text(event: Event) -> str:
    """How the outcome will be measured, or the warning when only one side can check it."""
    if event.verifiable:
        return tr("Measured by: {source}.").format(source=event.measured_by)
    if not event.measured_by:
        return tr("Nobody has said how it will be measured: agree the source before it goes into the contract, "
                  "or the clause invites a dispute.")
    return tr("Only one side can see the measurement ({source}): the clause pays only if they are "
              "wrong in a way they cannot check — expect them to refuse it, or offer to share the data.").format(
        source=event.measured_by)


def contingent_terms(plan: Plan, pkgs: Sequence[Package], names: Sequence[str],
                     their: TheirValues | None = None) -> tuple[ContingentTerm, ...]:
    """One :class:`ContingentTerm` per clause of the options (card order, then issue order):
    the card's sentence, both forecasts with their sources, our expected points and their spread
    (:func:`~meso_desk.model.offers.contingent.risk`), the bet on the difference
    (:func:`~meso_desk.model.offers.contingent.bets`) and how it will be measured."""
    if not any(p.contingent for p in pkgs):
        return ()
    out = []
    for letter, p in zip(names, pkgs):
        if not p.contingent:
            continue
        r = risk(plan, p)
        by_issue = {b.issue: b for b in bets(plan, p, their)}
        for issue in plan.issue_names:
            clause = p.clauses.get(issue)
            if clause is None:
                continue
            event = plan.event(clause.event)
            b = by_issue.get(issue)
            warning = b.warning if b is not None else ""
            measured = verification_text(event) if event.verifiable or not warning else ""
            out.append(ContingentTerm(
                letter, issue, event.name, condition_sentence(plan, p, issue),
                forecast_text(event, event.ours), forecast_text(event, event.theirs),
                float(r.expected), float(r.points[0]), float(r.points[2]),
                float(b.our_gain) if b is not None else 0.0,
                float(b.their_gain) if b is not None and event.theirs is not None else None,
                b.sentence if b is not None else "",
                measured, event.verifiable, warning))
    return tuple(out)


def _warnings(plan: Plan, pkgs: Sequence[Package]) -> tuple[str, ...]:
    """What must not go on the cards as it is: packages that may not be offered or would show our
    hand, and options that are not equal for us (their spread)."""
    unequal = unequal_warning(plan, pkgs)
    unequal_line = [unequal[0].upper() + unequal[1:]] if unequal else []
    return tuple(offer_problems(plan, pkgs) + reveal_problems(plan, pkgs) + unequal_line)


def _range_text(plan: Plan, issue_name: str, terms: Sequence[Term]) -> str:
    issue = plan.issue(issue_name)
    if isinstance(issue, NumericIssue):
        xs = sorted({float(t) for t in terms})
        if len(xs) == 1:
            return issue.format_term(xs[0])
        return f"{issue.format_term(xs[0])} – {issue.format_term(xs[-1])}"
    seen: list[str] = []
    for t in terms:
        if str(t) not in seen:
            seen.append(str(t))
    return " / ".join(seen)


def _readings(plan: Plan, pkgs: Sequence[Package], names: Sequence[str], contrib: np.ndarray) -> tuple[Reading, ...]:
    issues = plan.issue_names
    if len(pkgs) < 2:
        return (Reading(names[0], None, None,
                        tr("Option {letter} alone: a single offer tells us little about what matters to them. "
                           "Consider two or three equivalent options.").format(letter=names[0])),)
    n = len(pkgs)
    # The same reading as the MESO engine: the issue where an option gives away the most
    # points beyond every other option of the set (and, reversed, where it keeps the most);
    # when no issue stands out that way, against the mean of the others.
    idx = np.arange(n)
    others = np.stack([contrib[idx != k] for k in range(n)])  # (P, P-1, I)
    give = others.min(axis=1) - contrib  # > 0: gives more there than every other option
    keep = contrib - others.max(axis=1)  # > 0: keeps more there than every other option
    mean_d = others.mean(axis=1) - contrib
    out = []
    for k, (letter, p) in enumerate(zip(names, pkgs)):
        g_row = give[k] if give[k].max() > NOTABLE_POINTS else mean_d[k]
        h_row = keep[k] if keep[k].max() > NOTABLE_POINTS else -mean_d[k]
        gi, hi = int(np.argmax(g_row)), int(np.argmax(h_row))
        gives = issues[gi] if g_row[gi] > NOTABLE_POINTS else None
        holds = issues[hi] if h_row[hi] > NOTABLE_POINTS and hi != gi else None
        rest = [q for m, q in enumerate(pkgs) if m != k]
        other_letters = join_words([x for m, x in enumerate(names) if m != k])
        give_text = hold_text = ""
        if gives:
            give_text = (tr("gives on {issue} ({term}; {others}: {terms}; {points:.1f} points more than the other)")
                         if n == 2 else
                         tr("gives on {issue} ({term}; {others}: {terms}; {points:.1f} points more than the others)")
                         ).format(issue=gives, term=plan.issue(gives).format_term(p[gives]), others=other_letters,
                                  terms=_range_text(plan, gives, [q[gives] for q in rest]), points=g_row[gi])
        if holds:
            hold_text = tr("holds on {issue} ({term}; {others}: {terms})").format(
                issue=holds, term=plan.issue(holds).format_term(p[holds]), others=other_letters,
                terms=_range_text(plan, holds, [q[holds] for q in rest]))
        if gives and holds:
            what = tr("{letter} {gives} and {holds}.", "a reading").format(letter=letter, gives=give_text,
                                                                            holds=hold_text)
            tells = tr("If they choose {letter}: {gives} probably matters more to them than {holds}.").format(
                letter=letter, gives=gives, holds=holds)
        elif gives:
            what = tr("{letter} {does}.", "a reading").format(letter=letter, does=give_text)
            tells = tr("If they choose {letter}: {issue} probably matters to them.").format(letter=letter,
                                                                                             issue=gives)
        elif holds:
            what = tr("{letter} {does}.", "a reading").format(letter=letter, does=hold_text)
            tells = tr("If they choose {letter}: {issue} probably matters less to them than the rest.").format(
                letter=letter, issue=holds)
        else:
            what = tr("{letter} is made up like the others.").format(letter=letter)
            tells = tr("If they choose {letter}: little to learn from it.").format(letter=letter)
        out.append(Reading(letter, gives, holds, f"{what} {tells}"))
    return tuple(out)


def _concession(plan: Plan, issue_name: str, pkgs: Sequence[Package], pct: float) -> ConcessionStep:
    """What one step towards them costs us on ``issue_name`` (in money at the set's own volume
    when the issue is part of the total cost), and the line never to cross."""
    terms = [p[issue_name] for p in pkgs]
    issue = plan.issue(issue_name)
    w = plan.weights[issue_name]
    in_set = _range_text(plan, issue_name, terms)
    if isinstance(issue, NumericIssue):
        t = issue.snap(float(np.median([float(x) for x in terms])))
        worse = t - issue.step if issue.direction == "higher" else t + issue.step
        worse = min(max(worse, issue.min), issue.max)
        exhausted = abs(worse - t) < 1e-12
        cost = w * abs(issue.value(t) - issue.value(worse))
        money = ""
        ref = pkgs[int(np.argmin([abs(float(x) - t) for x in terms]))]
        saving = move_saving(plan, ref, issue_name, t, worse)
        if saving is not None:
            where = volume_words(plan, ref) if issue_name != (plan.costs and plan.costs.volume) else ""
            money = f"{format_money(abs(saving), plan.currency)}{' ' + where if where else ''}" if not exhausted else ""
        elif issue.money_per_unit:
            money = tr("{currency} {amount:,.0f}", "money").format(currency=plan.currency,
                                                                  amount=issue.money_per_unit * issue.step)
        never = ""
        if issue.hard_limit is not None:
            never = (tr("above {term}", "never cross") if issue.direction == "lower"
                     else tr("below {term}", "never cross")).format(term=issue.format_term(issue.hard_limit))
        return ConcessionStep(issue_name, pct, in_set, issue.format_term(issue.step), cost, money, never,
                              exhausted=exhausted)
    assert isinstance(issue, CategoricalIssue)
    order = sorted(issue.options, key=lambda o: -o.value)
    ranked = " > ".join(o.label for o in order if o.acceptable)
    bad = [o.label for o in issue.options if not o.acceptable]
    return ConcessionStep(issue_name, pct, in_set, ranked, w * float(np.ptp(issue.grid_values())), "",
                          join_words(bad), numeric=False)


def _concessions(plan: Plan, pkgs: Sequence[Package], pct: Mapping[str, float]) -> tuple[ConcessionStep, ...]:
    order = sorted(plan.issue_names, key=lambda n: (plan.weights[n], plan.issue_names.index(n)))
    return tuple(_concession(plan, n, pkgs, pct[n]) for n in order)


def _questions(plan: Plan, names: Sequence[str], contrib: np.ndarray, est: CounterpartEstimate | None) -> tuple[str, ...]:
    qs = []
    if len(names) > 1:
        qs.append(tr("Which of these works best for you?"))
        qs.append(tr("And which would come second?"))
        qs.append(tr("What would make {letter} work for you?").format(letter=names[1]))
        if len(names) > 2:
            qs.append(tr("What stands in the way of {letter}?").format(letter=names[-1]))
    else:
        qs.append(tr("Does this work for you? What would you change first?"))
    varying = [n for k, n in enumerate(plan.issue_names) if np.ptp(contrib[:, k]) > NOTABLE_POINTS]
    ours = sorted(varying or plan.issue_names, key=lambda n: -plan.weights[n])
    weights = _est_weights(est)
    if weights:
        theirs = sorted(weights, key=lambda n: -weights[n])
        a, b = theirs[0], next((x for x in theirs[1:] if x in plan.issue_names), None)
        if b:
            qs.append(tr("How does {first} compare with {second} for you?").format(first=a, second=b))
    elif len(ours) >= 2:
        qs.append(tr("How does {first} compare with {second} for you?").format(first=ours[0], second=ours[-1]))
    qs.append(tr("Who else on your side has to approve this, and what will they look at?"))
    return tuple(qs)


# -- the estimate of their priorities ----------------------------------------------------------
def _estimate(plan: Plan) -> tuple[CounterpartEstimate | None, str, int]:
    if not plan.rounds:
        return None, tr("No reactions recorded yet: their priorities are unknown. Working assumption: "
                        "they want the opposite of us on every numeric issue, all issues equally important. "
                        "Their choice among these options is the first evidence."), 0
    try:
        est = estimate_counterpart(plan)
    except Exception as e:  # an estimate is a nice-to-have on the briefing, never a reason to fail
        return None, tr("The estimate could not be computed: {error}").format(error=e), 0
    n, r = est.n_observations, len(plan.rounds)
    if n == 1 and r == 1:
        note = tr("Based on {observations} observation from {rounds} round; uncertain — the ranges show how much.")
    elif n == 1:
        note = tr("Based on {observations} observation from {rounds} rounds; uncertain — the ranges show how much.")
    elif r == 1:
        note = tr("Based on {observations} observations from {rounds} round; uncertain — the ranges show how much.")
    else:
        note = tr("Based on {observations} observations from {rounds} rounds; uncertain — the ranges show how much.")
    return est, note.format(observations=n, rounds=r), n


def _est_weights(est: CounterpartEstimate | None) -> dict[str, float]:
    return {} if est is None else dict(est.weights)


def _estimate_rows(plan: Plan, est: CounterpartEstimate | None) -> tuple[EstimateRow, ...]:
    if est is None:
        return ()
    weights = est.weights
    rows = []
    for n in sorted((n for n in plan.issue_names if n in weights), key=lambda n: -weights[n]):
        lo, hi = est.intervals[n]
        label, p = est.direction(n)
        rows.append(EstimateRow(n, weights[n], lo, hi, est.top_issue[n],
                                tr("{direction} ({probability:.0%})").format(direction=direction_word(label),
                                                                                probability=p)))
    return tuple(rows)


def _their_value(est: CounterpartEstimate | None, p: Package) -> float | None:
    return None if est is None else est.value(p)
