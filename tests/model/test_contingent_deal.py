"""An agreement taken from a contingent package keeps its clauses, and the deal phase values it
by its expected value under our forecast (docs/contingent-terms.md)."""

from __future__ import annotations

import pytest

import meso_desk as md
from meso_desk.model.deal.zopa import accepted_offer, agreed_package, package_names_and_offers
from meso_desk.model.edits import deal_edits
from meso_desk.model.plan import OfferedPackage, Round


@pytest.fixture(scope="module")
def plan():
    return md.example_plan("contingent")


def _contingent_name(plan):
    return next(sp.name for sp in plan.packages if sp.clauses)


def test_the_offer_list_carries_clauses_and_the_agreement_keeps_them(plan):
    name = _contingent_name(plan)
    label, terms = next((lb, t) for lb, t in package_names_and_offers(plan) if lb == f"Package {name}")
    agreed = deal_edits.with_agreement(plan, terms, source=label)
    assert agreed.agreement.clauses == plan.stored_package(name).clauses
    pkg = agreed_package(agreed)
    # valued as the package is: the expected value under our forecast, not the base terms alone
    assert pkg.score == pytest.approx(plan.package(name).score)
    assert pkg.score != pytest.approx(md.score(plan, plan.stored_package(name).terms), abs=1e-6)


def test_a_fixed_package_gives_a_fixed_agreement(plan):
    fixed = next(sp for sp in plan.packages if not sp.clauses)
    agreed = deal_edits.with_agreement(plan, dict(fixed.terms))
    assert agreed.agreement.clauses == {}
    # changing a term of a contingent agreement keeps the clause; removing the issue drops it
    name = _contingent_name(plan)
    sp = plan.stored_package(name)
    agreed = deal_edits.with_agreement(plan, plan.package(name))
    issue = next(iter(sp.clauses))
    other = next(n for n in plan.issue_names if n != issue)
    changed = deal_edits.with_agreement_term(agreed, other, plan.issue(other).best)
    assert changed.agreement.clauses == sp.clauses
    assert issue not in agreed.with_issue_removed(issue).agreement.clauses


def test_an_accepted_contingent_offer_keeps_its_clause(plan):
    name = _contingent_name(plan)
    sp = plan.stored_package(name)
    offered = OfferedPackage(label="A", terms=dict(sp.terms), clauses=dict(sp.clauses))
    rnd = Round(offered=(offered,), outcome="accepted", accepted=0)
    with_round = plan.with_round(rnd)
    label, terms = accepted_offer(with_round)
    assert label == "Round 1, option A"
    assert deal_edits.with_agreement(with_round, terms).agreement.clauses == sp.clauses


def test_renamed_options_and_issues_carry_contingent_clauses():
    """A clause on a categorical term follows an option rename and an issue rename (packages,
    offered copies and the agreement alike); a clause whose option is deleted is dropped."""
    from meso_desk.model.contingent.clauses import StatesClause, ThresholdClause
    from meso_desk.model.contingent.events import Event, Forecast
    from meso_desk.model.edits.issue_edits import OptionRow, edit_issue

    plan = md.example_plan("contingent")
    late = Event(name="New plant", kind="states", states=("on time", "late"),
                 ours=Forecast(chances={"on time": 0.6, "late": 0.4}))
    plan = plan.replace(events=(*plan.events, late))
    sp = next(p for p in plan.packages if not p.clauses)
    th = ThresholdClause(event=plan.events[0].name, when="below", threshold=90, term="FCA")
    st = StatesClause(event="New plant", terms={"late": "FCA"})
    plan = plan.replace(packages=tuple(p.model_copy(update={"clauses": {"Incoterm": th}}) if p.name == sp.name else p
                                       for p in plan.packages))
    plan = plan.with_round(Round(offered=(OfferedPackage(label="A", terms=dict(sp.terms), clauses={"Incoterm": st}),)))
    plan = deal_edits.with_agreement(plan, plan.package(sp.name))
    row = plan.issue_names.index("Incoterm")
    rows = [OptionRow("FCA 2020" if o.label == "FCA" else o.label, o.value, o.acceptable, was=o.label)
            for o in plan.issue("Incoterm").options]
    r = edit_issue(plan, row, "range", rows)
    assert r.ok, r.reason
    assert r.plan.stored_package(sp.name).clauses["Incoterm"].term == "FCA 2020"
    assert r.plan.rounds[-1].offered[0].clauses["Incoterm"].terms == {"late": "FCA 2020"}
    assert r.plan.agreement.clauses["Incoterm"].term == "FCA 2020"
    renamed = edit_issue(r.plan, row, "name", "Delivery terms")
    assert renamed.ok, renamed.reason
    assert renamed.plan.stored_package(sp.name).clauses["Delivery terms"].term == "FCA 2020"
    # FCA removed: the clauses that named it move to the nearest option left, as terms do, and say where
    gone = [OptionRow(o.label, o.value, o.acceptable, was=o.label) for o in plan.issue("Incoterm").options
            if o.label != "FCA"]
    r = edit_issue(plan, row, "range", gone)
    assert r.ok, r.reason
    assert r.plan.stored_package(sp.name).clauses["Incoterm"].term == "EXW"  # 35 points: EXW (0) is nearest
    assert r.plan.agreement.clauses["Incoterm"].term == "EXW"
    assert f"the contingent clauses on it (the agreement; {sp.name}; 1 offered package(s) in the recorded rounds)" \
        in r.message, r.message


# -- post-settlement on a contingent agreement: proposed, valued, printed, adopted alike -------------
def _agreed_on(name):
    plan = md.example_plan("contingent")
    return deal_edits.with_agreement(plan, plan.package(name))


@pytest.mark.parametrize("name", ["On-time bonus", "Warranty guard"])
def test_alternatives_to_a_contingent_agreement_keep_its_clause_and_are_adopted_as_shown(name):
    from meso_desk.model.counterpart.inference import estimate_counterpart
    from meso_desk.model.deal.post_settlement import post_settlement, pss_card_set
    from meso_desk.model.offers.contingent import their_values_many

    plan = _agreed_on(name)
    clauses = plan.agreement.clauses
    result = post_settlement(plan)
    assert result.suggestions
    tv = estimate_counterpart(plan).their_values()
    for s in result.suggestions:
        # the clause rides along on the issues the alternative does not change ...
        for issue, clause in clauses.items():
            if s.package[issue] == plan.agreement.terms[issue]:
                assert s.package.clauses[issue] == clause
        # ... valued as the cards value a contingent package: at its expected value, for both sides
        assert s.our_value == pytest.approx(s.package.score)
        assert s.our_value >= result.our_value - 1e-9
        assert s.their_value == pytest.approx(their_values_many(plan, [s.package], tv)[0])
        # ... and adopted exactly as proposed
        adopted = deal_edits.with_settlement_adopted(plan, s.package)
        assert adopted.agreement.clauses == s.package.clauses
        assert agreed_package(adopted).score == pytest.approx(s.our_value)
        # plain terms follow the same rule
        assert deal_edits.with_settlement_adopted(plan, s.terms).agreement.clauses == s.package.clauses
    # printed with the clause sentence, as every contingent card
    cards = pss_card_set(plan, result)
    for card, s in zip(cards.cards, result.suggestions):
        conditions = [t.condition for t in card.terms if t.condition]
        assert len(conditions) == len(s.package.clauses) >= 1


def test_an_alternative_that_turns_a_clause_against_its_purpose_drops_it_and_says_so():
    """Warranty guard: "warranty 24 months, 36 if the failure rate exceeds 1 %". From a base of 36
    or more the clause would no longer extend the warranty: the alternative drops it, says so, and
    is valued and adopted without it."""
    from meso_desk.model.deal.post_settlement import TermChange, _changes, alternative
    from meso_desk.model.deal.settlement_clauses import kept_clauses

    plan = _agreed_on("Warranty guard")
    agreed = agreed_package(plan)
    for warranty, kept in ((30.0, True), (36.0, False), (42.0, False), (18.0, True)):
        terms = {**plan.agreement.terms, "Warranty": warranty}
        alt = alternative(plan, agreed, terms)
        assert ("Warranty" in alt.clauses) is kept
        assert kept_clauses(plan, plan.agreement.terms, plan.agreement.clauses, terms)[1] == (() if kept else ("Warranty",))
        change = next(c for c in _changes(plan, agreed, alt) if c.issue == "Warranty")
        assert change.clause_dropped is (not kept)
        assert ("without its contingent clause" in change.text) is (not kept)
        adopted = deal_edits.with_settlement_adopted(plan, alt)
        assert adopted.agreement.clauses == alt.clauses
        assert agreed_package(adopted).score == pytest.approx(alt.score)
    assert TermChange("Warranty", "24", "36").text == "Warranty 24 → 36"
