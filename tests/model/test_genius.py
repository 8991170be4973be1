"""GENIUS XML import: every case imports, scores agree with GENIUS, hostile files are refused."""

from __future__ import annotations

import math
import os
import subprocess
import sys
import xml.dom.minidom
from pathlib import Path

import numpy as np
import pytest
from genius_cases import SHARED, SHARED_PAIRS

import meso_desk as md
from meso_desk.model.io import PlanFileError
from meso_desk.model.io.genius import MAX_XML_BYTES, GeniusError, import_genius, read_genius

DATA = Path(__file__).resolve().parents[1] / "data" / "genius"


OWN_PAIRS = [
    ("fleet_domain.xml", "fleet_lessee.xml"),
    ("fleet_domain.xml", "fleet_lessor.xml"),
    (None, "festival_profile.xml"),
    (None, "unweighted_profile.xml"),
]


# -- an independent reference: GENIUS utility straight from the XML (minidom, no shared code) ----
class Reference:
    """The GENIUS additive utility of one profile, read with xml.dom.minidom."""

    def __init__(self, domain: Path | None, profile: Path) -> None:
        prof = xml.dom.minidom.parse(str(profile)).documentElement
        dom = prof if domain is None else xml.dom.minidom.parse(str(domain)).documentElement
        self.order = [i.getAttribute("name") for i in dom.getElementsByTagName("issue")]
        self.kind: dict[str, str] = {}
        self.bounds: dict[str, tuple[float, float]] = {}
        for i in dom.getElementsByTagName("issue"):
            n = i.getAttribute("name")
            t = (i.getAttribute("type") or i.getAttribute("etype") or i.getAttribute("vtype")).lower()
            self.kind[n] = t or "discrete"
            if self.kind[n] in ("integer", "real"):
                rng = i.getElementsByTagName("range")
                src = rng[0] if rng else i
                self.bounds[n] = (float(src.getAttribute("lowerbound")), float(src.getAttribute("upperbound")))
        # weights: index attribute → value, products along nested objectives
        parent_weight: dict[str, float] = {}
        self.evals: dict[str, dict[str, float]] = {}
        self.linear: dict[str, tuple[float, float]] = {}
        weights_by_index = {w.getAttribute("index"): float(w.getAttribute("value"))
                            for w in prof.getElementsByTagName("weight")}
        for i in prof.getElementsByTagName("issue"):
            n = i.getAttribute("name")
            w = weights_by_index.get(i.getAttribute("index"))
            p = i.parentNode
            while p is not None and p.nodeType == p.ELEMENT_NODE and p.tagName == "objective":
                pw = weights_by_index.get(p.getAttribute("index"))
                if pw is not None and w is not None:
                    w *= pw
                p = p.parentNode
            parent_weight[n] = w if w is not None else float("nan")
            items = [c for c in i.childNodes if c.nodeType == c.ELEMENT_NODE and c.tagName == "item"]
            if items:
                self.evals[n] = {c.getAttribute("value"): float(c.getAttribute("evaluation")) for c in items}
            for ev in i.getElementsByTagName("evaluator"):
                slope = ev.getAttribute("slope") or ev.getAttribute("parameter1")
                offset = ev.getAttribute("offset") or ev.getAttribute("parameter0") or "0"
                self.linear[n] = (float(slope), float(offset))
        if all(math.isnan(v) for v in parent_weight.values()):
            parent_weight = {k: 1.0 / len(parent_weight) for k in parent_weight}
        self.weights = parent_weight
        res = prof.getElementsByTagName("reservation")
        self.reservation = float(res[0].getAttribute("value")) if res else None

    def evaluation(self, issue: str, term) -> float:
        if issue in self.evals:
            ev = self.evals[issue]
            return ev[term] / max(ev.values())
        slope, offset = self.linear[issue]
        return slope * float(term) + offset

    def utility(self, terms) -> float:
        return sum(self.weights[n] * self.evaluation(n, terms[n]) for n in self.order)

    def points(self, u: float) -> float:
        """The affine map of docs/decisions.md: discrete issues span 0..1, numeric ones are
        rescaled over their range (range folded into the weight)."""
        spread = base = 0.0
        for n in self.order:
            w = self.weights[n]
            if n in self.evals:
                spread += w
            else:
                slope, offset = self.linear[n]
                lo, hi = self.bounds[n]
                spread += w * abs(slope) * (hi - lo)
                base += w * (min(slope * lo, slope * hi) + offset)
        return 100.0 * (u - base) / spread


def _random_packages(plan: md.Plan, n: int, seed: int):
    rng = np.random.default_rng(seed)
    grids = [i.grid() for i in plan.issues]
    for _ in range(n):
        terms = {}
        for issue, g in zip(plan.issues, grids):
            v = g[rng.integers(len(g))]
            terms[issue.name] = str(v) if issue.kind == "categorical" else float(v)
        yield terms


def _check_against_reference(domain: Path | None, profile: Path, n: int = 300) -> md.Plan:
    plan = import_genius(domain, profile)
    ref = Reference(domain, profile)
    assert plan.issue_names == ref.order
    worst = 0.0
    for terms in _random_packages(plan, n, seed=len(profile.name)):
        ours = md.score(plan, terms)
        expected = ref.points(ref.utility(terms))
        worst = max(worst, abs(ours - expected))
        assert 0.0 <= ours <= 100.0 + 1e-9
    assert worst < 1e-6, f"{profile.name}: worst difference {worst}"
    if ref.reservation is not None:
        want = min(max(ref.points(ref.reservation), 0.0), 100.0)
        assert plan.reservation == pytest.approx(want, abs=1e-9)
    return plan


# -- the shared cases -----------------------------------------------------------------------------
@pytest.mark.shared
@pytest.mark.parametrize("case, domain, profile", SHARED_PAIRS, ids=[f"{c}/{p}" for c, _, p in SHARED_PAIRS])
def test_shared_case_imports_and_agrees_with_genius(shared_cases, case, domain, profile):
    folder = shared_cases / case
    plan = _check_against_reference(folder / domain, folder / profile)
    # discrete options keep the file's labels exactly, values = evaluation / largest × 100
    ref = Reference(folder / domain, folder / profile)
    for issue in plan.issues:
        if issue.kind == "categorical":
            ev = ref.evals[issue.name]
            assert issue.labels == list(ev)
            top = max(ev.values())
            for o in issue.options:
                assert o.value == pytest.approx(100.0 * ev[o.label] / top, abs=1e-12)
    assert plan.counterpart == ""
    # the imported plan survives a save/load round trip unchanged
    assert md.model.io.plan_from_bytes(md.model.io.plan_to_bytes(plan)) == plan


@pytest.mark.shared
def test_all_discrete_cases_score_exactly_100_times_utility(shared_cases):
    for case in ("Camera", "ItexvsCypress", "kite", "pie", "thompson"):
        domain, profiles = SHARED[case]
        for prof in profiles:
            ref = Reference(shared_cases / case / domain, shared_cases / case / prof)
            plan = import_genius(shared_cases / case / domain, shared_cases / case / prof)
            total = sum(ref.weights.values())
            for terms in _random_packages(plan, 50, seed=1):
                assert md.score(plan, terms) == pytest.approx(100.0 * ref.utility(terms) / total, abs=1e-6)


@pytest.mark.shared
def test_integer_domain_becomes_numeric_issues(shared_cases):
    f = shared_cases / "IntegerDomain"
    plan = import_genius(f / "IntegerDomain.xml", f / "IntegerDomain-prof1.xml")
    price = plan.issue("price")
    assert price.kind == "numeric"
    assert (price.min, price.max, price.step) == (-5.0, 5.0, 1.0)
    assert price.direction == "higher"
    # both slopes positive: the best package is (5, 5), the worst (-5, -5)
    assert md.score(plan, {"price": 5, "otherprice": 5}) == pytest.approx(100.0)
    assert md.score(plan, {"price": -5, "otherprice": -5}) == pytest.approx(0.0)
    # weight ratio: 0.75 × 0.08 × 10 : 0.25 × 0.1 × 10
    assert plan.weights["price"] / plan.weights["otherprice"] == pytest.approx(0.6 / 0.25)


@pytest.mark.shared
def test_pie_with_1001_options_imports(shared_cases):
    f = shared_cases / "pie"
    plan = import_genius(f / "pie_domain.xml", f / "pie_B.xml")
    pie = plan.issue("Pie")
    assert len(pie.options) == 1001
    assert pie.options[0].label == "a0" and pie.options[0].value == 100.0
    assert pie.options[-1].value == 0.0
    table = md.score_table(plan)
    idx = np.arange(1001).reshape(-1, 1)
    assert np.allclose(table.score_indices(idx), 100.0 - idx[:, 0] / 10.0)


# -- our own fixtures -------------------------------------------------------------------------------
@pytest.mark.parametrize("domain, profile", OWN_PAIRS, ids=[p for _, p in OWN_PAIRS])
def test_own_fixtures_agree_with_reference(domain, profile):
    _check_against_reference(DATA / domain if domain else None, DATA / profile, n=500)


def test_fleet_case_details():
    plan = import_genius(DATA / "fleet_domain.xml", DATA / "fleet_lessee.xml")
    assert plan.title == "Fleet"
    assert plan.our_organisation == "lessee"
    assert plan.counterpart == ""
    assert plan.issue_names == ["Monthly rate", "Term", "Mileage cap", "Service", "Deposit"]
    rate, deposit = plan.issue("Monthly rate"), plan.issue("Deposit")
    assert rate.direction == "lower" and rate.step == 1.0
    assert deposit.direction == "lower" and deposit.min == 0.0 and deposit.max == 2.5
    assert 100 < len(deposit.grid()) <= 1001
    assert plan.issue("Service").labels == ["None", "Basic", "Full & tyres"]
    assert plan.issue("Mileage cap").options[0].value == 0.0
    # reservation 0.45 mapped by the same transform; the BATNA text mentions it
    case = read_genius(DATA / "fleet_domain.xml", DATA / "fleet_lessee.xml")
    assert plan.reservation == pytest.approx(case.to_points(0.45))
    assert "0.45" in plan.batna
    assert plan.aspiration >= plan.reservation
    assert "discount factor 0.9" in plan.notes


def test_case_utility_and_transform_are_consistent():
    case = read_genius(DATA / "fleet_domain.xml", DATA / "fleet_lessor.xml")
    plan = case.to_plan()
    for terms in _random_packages(plan, 100, seed=7):
        u = case.utility(terms)
        assert md.score(plan, terms) == pytest.approx(case.to_points(u), abs=1e-9)
        assert case.to_utility(case.to_points(u)) == pytest.approx(u, abs=1e-12)


def test_nested_objective_weights_multiply():
    plan = import_genius(None, DATA / "festival_profile.xml")
    assert plan.title == "Festival booking"
    assert plan.weights["Fee"] == pytest.approx(0.6)
    assert plan.weights["Stage time"] == pytest.approx(0.4 * 0.75)
    assert plan.weights["Catering"] == pytest.approx(0.4 * 0.25)
    assert plan.issue("Fee").labels == ["€4,000", "€5,500", "€7,000"]
    assert plan.batna == "" and plan.reservation == 0.0


def test_missing_weights_mean_equal_weights():
    plan = import_genius(DATA / "unweighted_profile.xml", None)
    assert list(plan.weights.values()) == pytest.approx([1 / 3] * 3)


def test_domain_may_be_given_as_the_profile_itself():
    a = import_genius(DATA / "festival_profile.xml", DATA / "festival_profile.xml")
    b = import_genius(None, DATA / "festival_profile.xml")
    assert a == b


def test_scripting_api_exports_import_genius():
    plan = md.import_genius(DATA / "fleet_domain.xml", DATA / "fleet_lessor.xml")
    assert isinstance(plan, md.Plan)
    assert len(plan.issues) == 5


# -- format variants ----------------------------------------------------------------------------------
def _write(tmp_path: Path, name: str, text: str | bytes) -> Path:
    p = tmp_path / name
    p.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return p


def test_variants_type_only_value_attributes_and_parameter_evaluators(tmp_path):
    prof = _write(tmp_path, "v.xml", """<utility_space><objective index="0" name="Deal">
      <issue index="1" name="A" etype="discrete"><item index="1" value="x" evaluation="1"/>
        <item index="2" value="y" evaluation="3"/></issue>
      <issue index="2" name="B" type="REAL"><range lowerbound="1" upperbound="2"/>
        <evaluator ftype="linear" parameter0="0.5" parameter1="-0.25"/></issue>
      <issue index="3" name="C" vtype="integer" lowerbound="0" upperbound="4">
        <evaluator ftype="constant" parameter0="0.3"/></issue>
      <weight index="1" value="0.5"/><weight index="2" value="0.3"/><weight index="3" value="0.2"/>
    </objective><reservation>0.4</reservation></utility_space>""")
    case = read_genius(None, prof)
    plan = case.to_plan()
    assert [i.kind for i in plan.issues] == ["categorical", "numeric", "numeric"]
    assert plan.issue("B").direction == "lower"
    assert plan.weights["C"] == 0.0  # a constant evaluator cannot move the score
    for terms in _random_packages(plan, 50, seed=3):
        assert md.score(plan, terms) == pytest.approx(case.to_points(case.utility(terms)), abs=1e-9)
    assert plan.reservation == pytest.approx(min(max(case.to_points(0.4), 0), 100))


def test_partially_missing_weights_share_the_remainder(tmp_path):
    prof = _write(tmp_path, "p.xml", """<utility_space><objective index="0">
      <issue index="1" name="A"><item index="1" value="x" evaluation="1"/></issue>
      <issue index="2" name="B"><item index="1" value="x" evaluation="1"/></issue>
      <issue index="3" name="C"><item index="1" value="x" evaluation="1"/></issue>
      <weight index="1" value="0.5"/></objective></utility_space>""")
    plan = import_genius(None, prof)
    assert plan.weights == pytest.approx({"A": 0.5, "B": 0.25, "C": 0.25})


def test_wide_integer_range_gets_a_coarser_step(tmp_path):
    prof = _write(tmp_path, "w.xml", """<utility_space><objective index="0">
      <issue index="1" name="Volume" type="integer" lowerbound="0" upperbound="1000000">
        <evaluator ftype="linear" slope="0.000001" offset="0"/></issue>
      <issue index="2" name="Colour"><item index="1" value="red" evaluation="1"/></issue>
      </objective></utility_space>""")
    plan = import_genius(None, prof)
    vol = plan.issue("Volume")
    assert vol.step == 100.0
    assert len(vol.grid()) <= 10_001


def test_reservation_outside_the_range_is_clipped_and_said(tmp_path):
    prof = _write(tmp_path, "r.xml", """<utility_space><reservation value="1.7"/><objective index="0">
      <issue index="1" name="A"><item index="1" value="x" evaluation="1"/>
      <item index="2" value="y" evaluation="2"/></issue></objective></utility_space>""")
    plan = import_genius(None, prof)
    assert plan.reservation == 100.0
    assert "clipped" in plan.notes


# -- refusals: one line, naming the file --------------------------------------------------------------------
def _one_line_error(domain, profile) -> GeniusError:
    with pytest.raises(GeniusError) as ei:
        import_genius(domain, profile)
    msg = str(ei.value)
    assert "\n" not in msg and msg.strip() == msg and len(msg) < 300
    assert isinstance(ei.value, PlanFileError)
    return ei.value


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol9 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
]>
<utility_space><objective index="0"><issue index="1" name="&lol9;">
<item index="1" value="a" evaluation="1"/></issue></objective></utility_space>"""


def test_billion_laughs_is_refused(tmp_path):
    p = _write(tmp_path, "lolz.xml", BILLION_LAUGHS)
    err = _one_line_error(None, p)
    assert str(err).startswith("lolz.xml: refused")


def test_any_doctype_is_refused(tmp_path):
    p = _write(tmp_path, "dt.xml", '<?xml version="1.0"?><!DOCTYPE utility_space SYSTEM "file:///etc/passwd">'
                                   "<utility_space/>")
    assert "DOCTYPE" in str(_one_line_error(None, p))


def test_entity_declaration_without_doctype_use_is_refused(tmp_path):
    p = _write(tmp_path, "ent.xml", '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/hostname">]>'
                                    '<utility_space><objective><issue name="&e;"/></objective></utility_space>')
    assert "refused" in str(_one_line_error(None, p))


def test_truncated_files_are_reported_in_one_line(tmp_path):
    raw = (DATA / "fleet_lessee.xml").read_bytes()
    for cut in (1, 10, 57, len(raw) // 3, len(raw) // 2, len(raw) - 20, len(raw) - 3):
        p = _write(tmp_path, "cut.xml", raw[:cut])
        err = _one_line_error(DATA / "fleet_domain.xml", p)
        assert str(err).startswith("cut.xml: ")
        assert "XML" in str(err) or "no evaluations" in str(err) or "does not match" in str(err)


def test_truncated_domain_is_named(tmp_path):
    raw = (DATA / "fleet_domain.xml").read_bytes()
    p = _write(tmp_path, "half_domain.xml", raw[: len(raw) // 2])
    err = _one_line_error(p, DATA / "fleet_lessee.xml")
    assert str(err).startswith("half_domain.xml: not well-formed XML")
    assert "line" in str(err)


@pytest.mark.parametrize("content, expected", [
    (b"", "file is empty"),
    (b"   \n", "file is empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "not well-formed XML"),
    (b"<html><body>hello</body></html>", "not a GENIUS file"),
    (b"<utility_space><objective/></utility_space>", "no issues"),
])
def test_wrong_content(tmp_path, content, expected):
    p = _write(tmp_path, "x.xml", content)
    assert expected in str(_one_line_error(p, p))


def test_missing_file_and_folder(tmp_path):
    assert "file not found" in str(_one_line_error(tmp_path / "nope.xml", DATA / "fleet_lessee.xml"))
    assert "folder" in str(_one_line_error(DATA / "fleet_domain.xml", tmp_path))


def test_oversized_file_is_refused_before_reading(tmp_path):
    p = tmp_path / "huge.xml"
    with open(p, "wb") as f:
        f.truncate(MAX_XML_BYTES + 1)  # sparse: no 20 MB written
    err = _one_line_error(None, p)
    assert "too large" in str(err)


def test_profile_not_matching_the_domain(tmp_path):
    kite = _write(tmp_path, "other.xml", """<utility_space><objective index="0">
      <issue index="1" name="Kite"><item index="1" value="a" evaluation="1"/></issue>
      <weight index="1" value="1"/></objective></utility_space>""")
    err = _one_line_error(DATA / "fleet_domain.xml", kite)
    assert str(err).startswith("other.xml: the profile does not match fleet_domain.xml")
    assert "'Kite'" in str(err)


def test_profile_missing_an_issue(tmp_path):
    raw = (DATA / "fleet_lessee.xml").read_text()
    start = raw.index('<issue index="4"')
    end = raw.index("</issue>", start) + len("</issue>")
    p = _write(tmp_path, "short.xml", raw[:start] + raw[end:])
    assert "does not evaluate issue 'Service'" in str(_one_line_error(DATA / "fleet_domain.xml", p))


def test_profile_with_an_unknown_option(tmp_path):
    p = _write(tmp_path, "opt.xml", (DATA / "fleet_lessee.xml").read_text().replace('"Basic"', '"Premium"'))
    assert "no option 'Premium'" in str(_one_line_error(DATA / "fleet_domain.xml", p))


def test_domain_and_profile_swapped():
    err = _one_line_error(DATA / "fleet_lessee.xml", DATA / "fleet_domain.xml")
    assert "no evaluations" in str(err) and str(err).startswith("fleet_domain.xml")


@pytest.mark.parametrize("fragment, expected", [
    ('evaluation="-1"', "negative"),
    ('evaluation="lots"', "not a number"),
    ('evaluation="nan"', "not a finite number"),
])
def test_bad_evaluations(tmp_path, fragment, expected):
    p = _write(tmp_path, "bad.xml", f"""<utility_space><objective index="0">
      <issue index="1" name="A"><item index="1" value="x" {fragment}/><item index="2" value="y" evaluation="1"/>
      </issue></objective></utility_space>""")
    assert expected in str(_one_line_error(None, p))


def test_bad_weight_and_zero_weights(tmp_path):
    p = _write(tmp_path, "w.xml", """<utility_space><objective index="0">
      <issue index="1" name="A"><item index="1" value="x" evaluation="1"/></issue>
      <weight index="1" value="heavy"/></objective></utility_space>""")
    assert "weight" in str(_one_line_error(None, p))
    p = _write(tmp_path, "z.xml", """<utility_space><objective index="0">
      <issue index="1" name="A"><item index="1" value="x" evaluation="1"/></issue>
      <weight index="1" value="0"/></objective></utility_space>""")
    assert "no issue carries any weight" in str(_one_line_error(None, p))


def test_unsupported_evaluator_and_issue_type(tmp_path):
    p = _write(tmp_path, "e.xml", """<utility_space><objective index="0">
      <issue index="1" name="N" type="integer" lowerbound="0" upperbound="9">
      <evaluator ftype="triangular" parameter0="0" parameter1="9" parameter2="4"/></issue>
      </objective></utility_space>""")
    assert "'triangular'" in str(_one_line_error(None, p))
    p = _write(tmp_path, "t.xml", """<utility_space><objective index="0">
      <issue index="1" name="P" type="price"/></objective></utility_space>""")
    assert "'price'" in str(_one_line_error(None, p))


def test_duplicate_issue_and_option_names(tmp_path):
    p = _write(tmp_path, "d.xml", """<utility_space><objective index="0">
      <issue index="1" name="A"><item index="1" value="x" evaluation="1"/></issue>
      <issue index="2" name="A"><item index="1" value="x" evaluation="1"/></issue>
      </objective></utility_space>""")
    assert "two issues are called 'A'" in str(_one_line_error(None, p))
    p = _write(tmp_path, "o.xml", """<utility_space><objective index="0">
      <issue index="1" name="A"><item index="1" value="x" evaluation="1"/><item index="2" value="x" evaluation="2"/>
      </issue></objective></utility_space>""")
    assert "option 'x' twice" in str(_one_line_error(None, p))


def test_import_never_changes_the_files(tmp_path):
    dom = _write(tmp_path, "d.xml", (DATA / "fleet_domain.xml").read_bytes())
    prof = _write(tmp_path, "p.xml", (DATA / "fleet_lessee.xml").read_bytes())
    before = {p: (p.read_bytes(), os.stat(p).st_mtime_ns) for p in (dom, prof)}
    import_genius(dom, prof)
    assert {p: (p.read_bytes(), os.stat(p).st_mtime_ns) for p in (dom, prof)} == before
    assert sorted(x.name for x in tmp_path.iterdir()) == ["d.xml", "p.xml"]


def test_cli_reports_a_hostile_file_without_traceback(tmp_path):
    p = _write(tmp_path, "lolz.xml", BILLION_LAUGHS)
    r = subprocess.run([sys.executable, "-m", "meso_desk", "import-genius", str(p), str(p),
                        "-o", str(tmp_path / "out.meso")], capture_output=True, text=True, timeout=60)
    assert r.returncode == 2
    assert r.stderr.count("\n") == 1 and "Traceback" not in r.stderr
    assert "lolz.xml: refused" in r.stderr
    assert not (tmp_path / "out.meso").exists()


def test_nonlinear_utility_spaces_are_refused_clearly(tmp_path):
    p = _write(tmp_path, "hyper.xml", """<utility_space><objective index="0">
      <issue index="1" name="A" type="integer" lowerbound="0" upperbound="9"/>
      <utility_function maxutility="100"><ufun type="PlainUfun" weight="1" aggregation="sum">
      <hyperRectangle utility_function="1"><INCLUDES index="1" min="0" max="4"/></hyperRectangle>
      </ufun></utility_function></objective></utility_space>""")
    assert "non-linear" in str(_one_line_error(None, p))


# -- hostile files: one GeniusError line, nothing else escapes (issue 18) ------------------------
def _hostile_profile(weights=("0.5", "0.3", "0.2"), evals=None, index=None, encoding=None, nest=0) -> str:
    """A three-issue discrete profile carrying its domain, with one hostile detail."""
    evals = evals or {}
    head = f'<?xml version="1.0" encoding="{encoding}"?>\n' if encoding else ""
    issues = ""
    for k, name in enumerate("ABC", 1):
        idx = index if (index is not None and k == 1) else str(k)
        items = "".join(f'<item index="{j}" value="{name}{j}" evaluation="{evals.get((name, j), j)}"/>'
                        for j in (1, 2, 3))
        issues += f'<issue index="{idx}" name="{name}" type="discrete">{items}</issue>'
    ws = "".join(f'<weight index="{k}" value="{w}"/>' for k, w in enumerate(weights, 1))
    inner = f'<objective index="0" name="root" type="objective">{issues}{ws}</objective>'
    for _ in range(nest):
        inner = f'<objective index="1" name="o" type="objective">{inner}</objective>'
    return head + f"<utility_space>{inner}</utility_space>"


def _hostile_numeric(lo: str, hi: str, slope: str = "0.1") -> str:
    return (f'<utility_space><objective index="0" name="root">'
            f'<issue index="1" name="P" type="real" lowerbound="{lo}" upperbound="{hi}">'
            f'<evaluator ftype="linear" slope="{slope}" offset="0"/></issue>'
            f'<weight index="1" value="1"/></objective></utility_space>')


#: name → (file text, a word the one-line refusal must contain, or None when the file imports)
HOSTILE = {
    "nested_5000": (_hostile_profile(nest=5000), "nested deeper"),
    "index_inf": (_hostile_profile(index="inf"), None),
    "index_nan": (_hostile_profile(index="nan"), None),
    "bounds_1e308": (_hostile_numeric("-1e308", "1e308"), "too wide"),
    "slope_1e308": (_hostile_numeric("0", "10", "1e308"), "too large"),
    "unknown_encoding": (_hostile_profile(encoding="x-no-such-enc"), "unknown text encoding"),
    "evaluation_1e308": (_hostile_profile(evals={("A", 1): "1e308"}), None),
    "weights_1e308": (_hostile_profile(weights=("1e308",) * 3), None),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_files_give_one_genius_error_line_or_a_sound_plan(tmp_path, name):
    text, word = HOSTILE[name]
    p = tmp_path / f"{name}.xml"
    p.write_bytes(text.encode())
    if word is None:
        plan = import_genius(None, p)
        assert all(math.isfinite(w) and w > 0 for w in plan.weights.values())
        assert "Points = 0 × GENIUS" not in plan.notes
        again = md.model.io.plan_from_bytes(md.model.io.plan_to_bytes(plan))
        assert again == plan
        return
    with pytest.raises(GeniusError) as info:
        import_genius(None, p)
    msg = str(info.value)
    assert "\n" not in msg and len(msg) <= 200 and msg.startswith(f"{name}.xml: ")
    assert word in msg


def test_overflowing_weights_become_equal_and_say_so(tmp_path):
    p = tmp_path / "w.xml"
    p.write_text(_hostile_profile(weights=("1e308",) * 3), encoding="utf-8")
    plan = import_genius(None, p)
    assert list(plan.weights.values()) == pytest.approx([1 / 3] * 3)
    assert "too large to add up" in plan.notes


def test_evaluation_of_1e308_keeps_the_order_of_the_options(tmp_path):
    p = tmp_path / "e.xml"
    p.write_text(_hostile_profile(evals={("A", 1): "1e308"}), encoding="utf-8")
    values = [o.value for o in import_genius(None, p).issue("A").options]
    assert values[0] == 100.0 and 0 <= values[1] < values[2] < 1e-300


@pytest.mark.parametrize("name", ["nested_5000", "unknown_encoding", "bounds_1e308"])
def test_cli_hostile_files_exit_2_with_one_line(tmp_path, name):
    p = tmp_path / f"{name}.xml"
    p.write_bytes(HOSTILE[name][0].encode())
    r = subprocess.run([sys.executable, "-m", "meso_desk", "import-genius", str(p), str(p),
                        "-o", str(tmp_path / "out.meso")], capture_output=True, text=True, timeout=60)
    assert r.returncode == 2, r.stderr
    assert r.stderr.count("\n") == 1 and "internal error" not in r.stderr
