"""Recording rounds through the scripting API (md.record_choice); the other round edits are
tested in test_edits_rounds.py."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

import meso_desk as md


def test_record_choice_by_names_copies_terms(supplier):
    names = supplier.package_names
    p = md.record_choice(supplier, names, 1, notes="liked B")
    assert len(p.rounds) == 1 and supplier.rounds == ()
    r = p.rounds[0]
    assert [o.label for o in r.offered] == names
    assert r.offered[0].terms == supplier.stored_package(names[0]).terms
    assert r.ranking == (1,) and r.outcome == "pending" and r.notes == "liked B"
    assert r.time is not None
    expected = sum(md.score(supplier, supplier.package(n)) for n in names) / 3
    assert r.level == pytest.approx(expected, abs=0.01)
    # editing the package later does not rewrite history
    p2 = p.with_term(names[0], "Unit price", 200.0)
    assert p2.rounds[0].offered[0].terms["Unit price"] == supplier.stored_package(names[0]).terms["Unit price"]


def test_record_choice_with_packages_mappings_and_rankings(supplier):
    a = supplier.package(supplier.package_names[0])
    b = dict(supplier.package(supplier.package_names[1]))
    c = supplier.package(supplier.package_names[2]).named(None)
    when = datetime(2026, 5, 4, 10, 30, tzinfo=UTC)
    p = md.record_choice(supplier, [a, b, c], [2, 0], level=70.0, time=when)
    r = p.rounds[0]
    assert [o.label for o in r.offered] == [supplier.package_names[0], "B", "C"]
    assert r.ranking == (2, 0) and r.level == 70.0 and r.time == when


def test_none_of_these_and_refused_but_liked(supplier):
    names = supplier.package_names
    r = md.record_choice(supplier, names, None).rounds[0]
    assert r.ranking == () and r.outcome == "none_acceptable"
    r = md.record_choice(supplier, names, 1, outcome="none_acceptable").rounds[0]
    assert r.ranking == (1,) and r.outcome == "none_acceptable"
    r = md.record_choice(supplier, names, 2, outcome="accepted").rounds[0]
    assert r.accepted == 2 and r.outcome == "accepted"


def test_counter_offer_and_statement(supplier):
    p = md.record_choice(supplier, supplier.package_names, 0, counter_offer={"Unit price": 250, "Delivery": 9},
                         statement="Delivery matters most to us", statement_issue="Delivery", statement_trust=0.3)
    r = p.rounds[0]
    assert r.counter_offer == {"Unit price": 250.0, "Delivery": 9.0}
    assert r.statement_issue == "Delivery" and r.statement_trust == 0.3
    # the plan file keeps it all
    again = md.Plan.model_validate_json(p.to_json())
    assert again.rounds == p.rounds


@pytest.mark.parametrize("chosen, message", [
    (3, "not one of the 3 offered packages"),
    (-1, "not one of the 3 offered packages"),
    (True, "must be a package index"),
    (1.0, "must be a package index"),
    ("A", "must be a package index"),
    ([0, 0], "appears twice"),
    ([0, 5], "not one of the 3"),
])
def test_bad_choices_raise_clear_errors(supplier, chosen, message):
    with pytest.raises(ValueError, match=message):
        md.record_choice(supplier, supplier.package_names, chosen)


def test_bad_offers_raise_clear_errors(supplier):
    with pytest.raises(ValueError, match="at least one"):
        md.record_choice(supplier, [], None)
    with pytest.raises(ValueError, match="not a package of this plan"):
        md.record_choice(supplier, ["Nope"], 0)
    with pytest.raises(ValueError, match="list of packages"):
        md.record_choice(supplier, supplier.package_names[0], 0)
    with pytest.raises(ValueError, match="offered package 1"):
        md.record_choice(supplier, [{"Unit price": 200}], 0)
    with pytest.raises(ValueError, match="outcome must be one of"):
        md.record_choice(supplier, supplier.package_names, 0, outcome="maybe")
    with pytest.raises(ValueError, match="needs the package they accepted"):
        md.record_choice(supplier, supplier.package_names, None, outcome="accepted")
    with pytest.raises(ValueError, match="unknown issue"):
        md.record_choice(supplier, supplier.package_names, 0, counter_offer={"Colour": "red"})
    with pytest.raises(ValueError, match="unknown issue"):
        md.record_choice(supplier, supplier.package_names, 0, statement_issue="Colour")
    with pytest.raises(ValueError, match="outside"):
        md.record_choice(supplier, supplier.package_names, 0, counter_offer={"Unit price": 999})


def test_rounds_survive_issue_renames_and_removal(supplier):
    p = md.record_choice(supplier, supplier.package_names, 0, statement_issue="Delivery")
    p = p.replace(counterpart_prior={"Delivery": 2.0})
    renamed = p.with_issue(2, p.issue("Delivery").model_copy(update={"name": "Lead time"}))
    assert renamed.rounds[0].statement_issue == "Lead time"
    assert renamed.counterpart_prior == {"Lead time": 2.0}
    assert md.estimate_counterpart(renamed).n_observations == 2
    removed = renamed.with_issue_removed("Lead time")
    assert removed.rounds[0].statement_issue is None and removed.counterpart_prior == {}
    assert md.estimate_counterpart(removed).n_observations == 1
