"""The card reverse ("Why this works for you") never leaks: checked on every example and shared case.

The check here is independent of the program's own guard: once the terms printed on the card
fronts are taken out of a reverse, no digit may remain (no points, weights, reservation or
estimate figure of any kind) and none of the words that name our model.
"""

from __future__ import annotations

import re
import string

import pytest
from genius_cases import SHARED

from meso_desk.model.counterpart.inference import estimate_counterpart
from meso_desk.model.documents.cards import NO_POINTS_LINE, REVERSE_TITLE, card_set, leak_warnings
from meso_desk.model.edits.constituency_edits import with_constituencies
from meso_desk.model.examples import example_names, example_plan
from meso_desk.model.io.genius import import_genius
from meso_desk.model.language import speaking, tr
from meso_desk.model.offers.meso import MesoError, generate_mesos, level_range
from meso_desk.model.package import Package
from meso_desk.model.preferences.issues import CategoricalIssue
from meso_desk.model.scoring import score_table

WORDS = re.compile(r"point|score|weight|reservation|batna|utility|priorit|estimat|aspiration|%", re.IGNORECASE)


def with_believed_parties(plan, terms):
    """One constituency per issue (no digits in the names), each met by ``terms``."""
    out = []
    for k, issue in enumerate(plan.issues):
        party = f"team {string.ascii_uppercase[k % 26]}"
        if isinstance(issue, CategoricalIssue):
            out.append(dict(party=party, issue=issue.name, kind="one_of", options=[terms[issue.name]],
                            what="preference", confidence=0.8))
        else:
            out.append(dict(party=party, issue=issue.name, kind="at_least" if k % 2 else "at_most",
                            value=terms[issue.name], what="target", confidence=0.8))
    return with_constituencies(plan, out)


def offered(plan):
    """A MESO set when the plan has one, else three packages across each issue's grid (first,
    middle, last term): the reverse is checked either way."""
    lo, hi = level_range(plan)
    for count, level in ((3, plan.aspiration), (3, (lo + hi) / 2), (2, (lo + hi) / 2)):
        try:
            return list(generate_mesos(plan, count, level))
        except (MesoError, ValueError):
            continue
    grids = score_table(plan).grids
    rows = [[(len(g) - 1) * k // 2 for g in grids] for k in range(3)]
    return [Package(plan, score_table(plan).package_terms(r)) for r in rows]


def assert_reverse_clean(plan) -> bool:
    pkgs = offered(plan)
    plan = with_believed_parties(plan, dict(pkgs[0].items()))
    pkgs = [type(p)(plan, dict(p.items()), name=p.name) for p in pkgs]
    their = estimate_counterpart(plan).their_values()
    cs = card_set(plan, pkgs, why_this_works=True, their=their, check=False)
    fronts = sorted({t.value for c in cs.cards for t in c.terms}, key=len, reverse=True)
    reverses = [line for c in cs.cards for line in c.reverse]
    with speaking(plan.language):  # the cards speak the plan's language
        no_points, title = tr(NO_POINTS_LINE), tr(REVERSE_TITLE)
    assert cs.cards[0].reverse and cs.cards[0].reverse != (no_points,)  # the met conditions are there
    for line in reverses:
        bare = line
        for t in fronts:
            bare = bare.replace(t, " ")
        assert not re.search(r"\d", bare), line
        assert not WORDS.search(bare), line
    assert title in cs.text()
    assert leak_warnings(plan, cs, pkgs) == []
    return True


@pytest.mark.parametrize("name", example_names())
def test_examples_reverse_never_leaks(name):
    assert assert_reverse_clean(example_plan(name))


def test_shared_cases_reverse_never_leaks(shared_cases):
    checked = 0
    for case, (domain, profiles) in SHARED.items():
        for prof in profiles:
            checked += assert_reverse_clean(import_genius(shared_cases / case / domain, shared_cases / case / prof))
    assert checked == 14


def test_a_typed_word_that_would_leak_is_left_out_and_warned_about():
    plan = example_plan()
    pkgs = offered(plan)
    t = dict(pkgs[0].items())
    plan = with_constituencies(plan, [dict(party="finance team", issue="Payment term", kind="at_most",
                                           value=t["Payment term"], what="weighted target", confidence=0.9)])
    cs = card_set(plan, pkgs, why_this_works=True, allow_revealing=True)
    assert not any("weighted" in line for line in cs.cards[0].reverse)
    assert any("says “weighted”" in w for w in leak_warnings(plan, cs, pkgs))


def test_a_single_card_with_nothing_to_say_on_its_back_mentions_no_other_options():
    """One card, no talking point: its back says the terms are offered as a whole — never "together
    with the other options" (there are none); several cards keep that line. No figure either way."""
    from meso_desk.model.documents.cards import NO_POINTS_LINE_ONE

    plan = example_plan("supplier")
    one = card_set(plan, ["Our ideal"], why_this_works=True)  # as `meso-desk cards supplier.meso --why-this-works`
    assert one.cards[0].reverse == (tr(NO_POINTS_LINE_ONE),)
    assert "other options" not in one.text() and "offered as a whole" in one.text()
    assert not re.search(r"\d", tr(NO_POINTS_LINE_ONE)) and not WORDS.search(tr(NO_POINTS_LINE_ONE))
    ideal = plan.package("Our ideal")
    several = card_set(plan, [ideal, Package(plan, {**ideal.terms, "Payment term": 75.0}, name="B")],
                       why_this_works=True)
    assert [c.reverse for c in several.cards] == [(tr(NO_POINTS_LINE),)] * 2
    assert tr(NO_POINTS_LINE_ONE) not in several.text()
