"""The edits of the plan's rounds (meso_desk.model.edits.round_edits)."""

from __future__ import annotations

import pytest

from meso_desk.model.counterpart.reactions import make_round
from meso_desk.model.edits.round_edits import (
    record_choice,
    with_counterpart_prior,
    with_reaction,
    with_round_removed,
    with_round_replaced,
)


def test_round_editing_helpers(supplier):
    names = supplier.package_names
    p = record_choice(record_choice(supplier, names, 0), names, 1)
    q = with_reaction(p, 0, [2, 1])
    assert q.rounds[0].ranking == (2, 1) and q.rounds[1] == p.rounds[1]
    q = with_reaction(p, 1, None)
    assert q.rounds[1].ranking == () and q.rounds[1].outcome == "none_acceptable"
    q = with_round_removed(p, 0)
    assert q.rounds == (p.rounds[1],)
    new = make_round(supplier, names[:2], 1)
    q = with_round_replaced(p, 1, new)
    assert q.rounds[1] == new
    with pytest.raises(ValueError, match="round"):
        with_round_removed(p, 2)
    with pytest.raises(ValueError, match="not one of the 3"):
        with_reaction(p, 0, 7)


def test_record_choice_appends_one_round_and_keeps_the_rest(supplier):
    names = supplier.package_names
    p = record_choice(supplier, names, 0)
    q = record_choice(p, names[:2], None, notes="neither")
    assert q.rounds[0] == p.rounds[0] and len(q.rounds) == 2
    assert q.rounds[1].outcome == "none_acceptable" and q.rounds[1].notes == "neither"
    assert q.packages == supplier.packages  # recording a round edits nothing else


def test_the_hunch_is_stored_and_cleared(supplier):
    p = with_counterpart_prior(supplier, {"Delivery": 2.0})
    assert p.counterpart_prior == {"Delivery": 2.0} and p.rounds == supplier.rounds
    assert with_counterpart_prior(p, {}).counterpart_prior == {}
