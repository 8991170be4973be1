"""Research formats (docs/genius-import.md): GENIUS XML export and GeniusWeb JSON profiles.

import → export → import gives an equal plan within the formats' precision, on our own fixtures
and on the shared GENIUS cases (skipped when ../shared/cases/genius is absent)."""

from __future__ import annotations

import itertools
import json
import math
import sys
from pathlib import Path

import pytest

import meso_desk as md
from meso_desk.model.io.genius import GeniusError, import_genius, read_genius
from meso_desk.model.io.genius_export import export_genius
from meso_desk.model.io.geniusweb import export_geniusweb, geniusweb_profile, import_geniusweb
from meso_desk.model.preferences.issues import CategoricalIssue

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_genius import DATA, OWN_PAIRS, SHARED_PAIRS

WEB = Path(__file__).resolve().parents[1] / "data" / "geniusweb"
TOL = 1e-9


def assert_same_plan(a: md.Plan, b: md.Plan, reservation: bool = True) -> None:
    """Equal issues (kinds, names, options, ranges, steps, directions), weights and reservation,
    numbers within ``TOL``: what both formats can hold."""
    assert a.issue_names == b.issue_names
    for x, y in zip(a.issues, b.issues):
        assert type(x) is type(y), x.name
        if isinstance(x, CategoricalIssue):
            assert x.labels == y.labels
            assert [o.value for o in x.options] == pytest.approx([o.value for o in y.options], abs=TOL)
        else:
            assert (x.min, x.max, x.direction, x.curve) == (y.min, y.max, y.direction, y.curve)
            assert x.step == pytest.approx(y.step, rel=TOL)
        assert a.weights[x.name] == pytest.approx(b.weights[x.name], abs=TOL)
    if reservation:
        assert a.reservation == pytest.approx(b.reservation, abs=TOL)


def _pairs(root: Path | None):
    own = [(DATA / d if d else None, DATA / p) for d, p in OWN_PAIRS]
    if root is None:
        return own
    return [(root / c / d, root / c / p) for c, d, p in SHARED_PAIRS]


@pytest.mark.parametrize("domain,profile", _pairs(None), ids=[p for _, p in OWN_PAIRS])
def test_genius_round_trip_on_our_fixtures(domain, profile, tmp_path):
    first = import_genius(domain, profile)
    files = export_genius(first, tmp_path)
    assert_same_plan(first, import_genius(files.domain, files.profile))


@pytest.mark.shared
def test_genius_and_geniusweb_round_trip_on_the_shared_cases(shared_cases, tmp_path):
    for k, (domain, profile) in enumerate(_pairs(shared_cases)):
        first = import_genius(domain, profile)
        files = export_genius(first, tmp_path / str(k))
        assert_same_plan(first, import_genius(files.domain, files.profile))
        export_geniusweb(first, tmp_path / f"{k}.json")
        # GeniusWeb holds a reservation bid, not a reservation value
        assert_same_plan(first, import_geniusweb(tmp_path / f"{k}.json"), reservation=False)


def test_exported_profile_utility_is_our_points_over_100(tmp_path):
    """A plan with linear curves: GENIUS reads the exported profile exactly as our score."""
    plan = import_genius(DATA / "fleet_domain.xml", DATA / "fleet_lessee.xml")
    plan = plan.replace(reservation=37.5, aspiration=80.0)
    files = export_genius(plan, tmp_path)
    case = read_genius(files.domain, files.profile)
    assert case.reservation == pytest.approx(0.375)
    grids = [i.grid()[:: max(1, len(i.grid()) // 4)] for i in plan.issues]
    for combo in itertools.islice(itertools.product(*grids), 200):
        terms = dict(zip(plan.issue_names, (x if isinstance(x, str) else float(x) for x in combo)))
        assert 100 * case.utility(terms) == pytest.approx(md.score(plan, terms), abs=1e-9)


def test_what_genius_cannot_hold_is_reported(supplier, tmp_path):
    files = export_genius(supplier, tmp_path)
    text = " ".join(files.notes)
    assert "concave curve is written as a straight line" in text
    assert "no hard limits" in text and "unacceptable options" in text
    assert "packages" in text
    assert files.domain.name.endswith("_domain.xml") and files.profile.is_file()
    back = import_genius(files.domain, files.profile)
    assert back.issue_names == supplier.issue_names


def test_geniusweb_fixture_reads_both_spellings_and_maps_points_affinely():
    plan = import_geniusweb(WEB / "fleet_profile.json")
    space = json.loads((WEB / "fleet_profile.json").read_text())["LinearAdditiveUtilitySpace"]
    w, u = space["issueWeights"], space["issueUtilities"]

    def utility(terms):  # GeniusWeb's own reading, straight from the JSON
        n = u["Monthly rate"]["numberutils"]
        f = (terms["Monthly rate"] - n["lowValue"]) / (n["highValue"] - n["lowValue"])
        rate = n["lowUtility"] + f * (n["highUtility"] - n["lowUtility"])
        return (w["Monthly rate"] * rate + w["Term"] * u["Term"]["discreteutils"]["valueUtilities"][terms["Term"]]
                + w["Service"] * u["Service"]["DiscreteValueSetUtilities"]["valueUtilities"][terms["Service"]])

    rate = plan.issue("Monthly rate")
    assert (rate.min, rate.max, rate.step, str(rate.direction)) == (380, 520, 1, "lower")
    # points = a · (U − base): the rate's utilities span 0.7 from a floor of 0.2
    a, base = 100 / (0.5 * 0.7 + 0.3 + 0.2), 0.5 * 0.2
    for r, t, s in itertools.product((380, 433, 520), ("24 months", "48 months"), ("None", "Full & tyres")):
        terms = {"Monthly rate": float(r), "Term": t, "Service": s}
        assert md.score(plan, terms) == pytest.approx(a * (utility(terms) - base), abs=1e-9)
    assert plan.batna_package == {"Monthly rate": 470.0, "Term": "48 months", "Service": "Basic"}
    assert plan.reservation == pytest.approx(md.score(plan, plan.batna_package))


def test_geniusweb_round_trip_of_our_fixture(tmp_path):
    first = import_geniusweb(WEB / "fleet_profile.json")
    notes = export_geniusweb(first, tmp_path / "p.json")
    assert notes == []
    again = import_geniusweb(tmp_path / "p.json")
    assert_same_plan(first, again)
    assert again.batna_package == first.batna_package


def test_geniusweb_export_uses_the_current_names_and_reports_what_it_cannot_hold(supplier):
    data, notes = geniusweb_profile(supplier)
    space = data["LinearAdditiveUtilitySpace"]
    assert set(space["issueUtilities"]) == set(supplier.issue_names)
    assert math.fsum(space["issueWeights"].values()) == pytest.approx(1.0)
    assert "NumberValueSetUtilities" in space["issueUtilities"]["Unit price"]
    assert "DiscreteValueSetUtilities" in space["issueUtilities"]["Incoterm"]
    assert space["domain"]["issuesValues"]["Unit price"]["range"][2] == supplier.issue("Unit price").step
    assert any("concave" in n for n in notes) and any("hard limits" in n for n in notes)


@pytest.mark.parametrize("text,words", [("{", "is not JSON"), ('{"x": 1}', "not a GeniusWeb"),
                                        ('{"LinearAdditiveUtilitySpace": {}}', "no issueUtilities")])
def test_bad_geniusweb_files_are_one_line(tmp_path, text, words):
    f = tmp_path / "bad.json"
    f.write_text(text)
    with pytest.raises(GeniusError, match=words) as e:
        import_geniusweb(f)
    assert "\n" not in str(e.value) and "bad.json" in str(e.value)


def test_plan_without_issues_is_refused(tmp_path):
    with pytest.raises(GeniusError, match="without issues"):
        export_genius(md.Plan(title="Empty"), tmp_path)


def test_an_option_scale_below_100_is_folded_into_the_weight(tmp_path):
    """GENIUS divides by the best evaluation: a categorical issue whose best option is 80 points
    must keep its 0.8 in the weight, or every score changes."""
    plan = md.Plan(title="Fold", issues=(md.Issue.categorical("Colour", [("red", 80.0), ("blue", 20.0)]),
                                         md.Issue.numeric("Price", 0, 10, direction="lower")),
                   weights={"Colour": 0.5, "Price": 0.5})
    files = export_genius(plan, tmp_path)
    case = read_genius(files.domain, files.profile)
    for terms in ({"Colour": "red", "Price": 0.0}, {"Colour": "blue", "Price": 7.0}):
        assert 100 * case.utility(terms) == pytest.approx(md.score(plan, terms), abs=1e-9)
