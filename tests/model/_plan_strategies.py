"""Hypothesis strategies for random, valid plans (numeric and categorical issues, every
curve kind, hard limits, unacceptable options, packages, MESO sets and rounds)."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import strategies as st

from meso_desk.model.package import StoredPackage
from meso_desk.model.plan import MesoSet, OfferedPackage, Plan, Round
from meso_desk.model.preferences.issues import CategoricalIssue, Curve, Direction, NumericIssue, Option

NAME_CHARS = st.characters(codec="utf-8", categories=("L", "N", "Zs", "P", "S"), exclude_characters="\x00")
names = st.text(NAME_CHARS, min_size=1, max_size=12).map(str.strip).filter(bool)
#: Characters a JSON file can hold that have broken things before: lone surrogates (valid JSON
#: escapes UTF-8 cannot encode), NUL and controls, a right-to-left override, a BOM, a combining
#: mark, a zero-width joiner and an emoji outside the BMP (a surrogate pair in JSON).
HOSTILE_CHARS = ["\ud800", "\udbff", "\udc00", "\udfff", "\x00", "\n", "\x1b", "\u202e", "\ufeff",
                 "\u0301", "\u200d", "\U0001F91D", "\uffff", "\U0010FFFF"]
#: Any code point JSON allows, surrogates included (Hypothesis leaves them out by default).
ANY_CHARS = st.one_of(st.characters(codec=None, exclude_categories=()), st.sampled_from(HOSTILE_CHARS))
hostile_names = st.text(ANY_CHARS, min_size=1, max_size=12).map(str.strip).filter(bool)


def _names(hostile: bool):
    return hostile_names if hostile else names


def _text(hostile: bool, max_size: int):
    return st.text(ANY_CHARS, max_size=max_size) if hostile else st.text(max_size=max_size)
finite = st.floats(allow_nan=False, allow_infinity=False)
values_0_100 = st.floats(0.0, 100.0, allow_nan=False)
UNITS = ["", "EUR", "USD", "€", "weeks", "days", "months", "%", "units", "pieces", "km"]


@st.composite
def numeric_issues(draw, name: str, curves=tuple(Curve), hostile: bool = False) -> NumericIssue:
    step = draw(st.sampled_from([0.01, 0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 5.0, 10.0, 100.0, 1000.0]))
    n = draw(st.integers(1, 60))
    lo = draw(st.integers(-10_000, 10_000)) * step / draw(st.sampled_from([1, 1, 4]))
    hi = lo + n * step
    if draw(st.booleans()):  # a max that is not on the step from min
        hi += step * draw(st.sampled_from([0.3, 0.5, 0.75]))
    curve = draw(st.sampled_from(curves))
    kw = {}
    if curve is Curve.BREAKPOINTS:
        xs = draw(st.lists(st.floats(lo, hi, allow_nan=False), min_size=2, max_size=5, unique=True))
        ys = draw(st.lists(values_0_100, min_size=len(xs), max_size=len(xs)))
        kw["breakpoints"] = tuple(zip(xs, ys))
    hard = None
    if draw(st.booleans()):
        hard = float(draw(st.floats(lo, hi, allow_nan=False)))
    money = draw(st.none() | st.floats(0.0, 1e6, allow_nan=False))
    return NumericIssue(
        name=name, description=draw(_text(hostile, 20)), unit=draw(st.sampled_from(UNITS)),
        min=lo, max=hi, step=step, direction=draw(st.sampled_from(list(Direction))), curve=curve,
        curvature=draw(st.floats(0.1, 50.0, allow_nan=False)), hard_limit=hard, money_per_unit=money, **kw,
    )


@st.composite
def categorical_issues(draw, name: str, hostile: bool = False) -> CategoricalIssue:
    labels = draw(st.lists(_names(hostile), min_size=1, max_size=6, unique=True))
    opts = [Option(label=lab, value=draw(values_0_100), acceptable=draw(st.booleans())) for lab in labels]
    if not any(o.acceptable for o in opts):
        k = draw(st.integers(0, len(opts) - 1))
        opts[k] = opts[k].model_copy(update={"acceptable": True})
    return CategoricalIssue(name=name, description=draw(_text(hostile, 20)), options=tuple(opts))


@st.composite
def issue_lists(draw, min_size: int = 1, max_size: int = 5, curves=tuple(Curve), hostile: bool = False):
    issue_names = draw(st.lists(_names(hostile), min_size=min_size, max_size=max_size, unique=True))
    out = []
    for n in issue_names:
        if draw(st.booleans()):
            out.append(draw(numeric_issues(n, curves, hostile)))
        else:
            out.append(draw(categorical_issues(n, hostile)))
    return out


def grid_term(draw, issue):
    g = issue.grid()
    k = draw(st.integers(0, len(g) - 1))
    return str(g[k]) if issue.kind == "categorical" else float(g[k])


@st.composite
def terms_for(draw, issues):
    return {i.name: grid_term(draw, i) for i in issues}


times = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1),
                     timezones=st.just(UTC))


@st.composite
def plans(draw, min_issues: int = 1, max_issues: int = 5, curves=tuple(Curve), with_extras: bool = True,
          hostile: bool = False) -> Plan:
    """A random valid plan; ``hostile``: its text may hold any character JSON allows, so that
    building it may raise ``ValidationError`` (a lone surrogate), which callers expect."""
    issues = draw(issue_lists(min_issues, max_issues, curves, hostile))
    names = _names(hostile)
    raw_w = draw(st.lists(st.floats(0.0, 100.0, allow_nan=False), min_size=len(issues), max_size=len(issues)))
    if sum(raw_w) <= 0:
        raw_w[0] = 1.0
    weights = {i.name: w for i, w in zip(issues, raw_w)}
    res = draw(values_0_100)
    asp = draw(st.floats(res, 100.0, allow_nan=False))
    packages, sets, rounds = [], [], []
    if with_extras:
        pnames = draw(st.lists(names, max_size=4, unique=True))
        for pn in pnames:
            locked = tuple(draw(st.lists(st.sampled_from([i.name for i in issues]), unique=True, max_size=2)))
            packages.append(StoredPackage(name=pn, terms=draw(terms_for(issues)), hold_value=draw(st.booleans()),
                                          locked=locked, note=draw(_text(hostile, 10))))
        if pnames and draw(st.booleans()):
            members = draw(st.lists(st.sampled_from(pnames), min_size=1, max_size=3, unique=True))
            sets.append(MesoSet(name=draw(names), level=draw(st.none() | values_0_100), packages=tuple(members),
                                created=draw(st.none() | times)))
        for _ in range(draw(st.integers(0, 2))):
            offered = tuple(OfferedPackage(label=draw(names), terms=draw(terms_for(issues)))
                            for _ in range(draw(st.integers(0, 3))))
            ranking = tuple(draw(st.permutations(range(len(offered))))[: draw(st.integers(0, len(offered)))])
            accepted = draw(st.none() | st.integers(0, len(offered) - 1)) if offered else None
            outcome = "accepted" if accepted is not None else draw(st.sampled_from(["pending", "none_acceptable"]))
            counter = None
            if draw(st.booleans()):
                full = draw(terms_for(issues))
                keep = draw(st.lists(st.sampled_from(list(full)), unique=True))
                counter = {k: full[k] for k in keep}
            rounds.append(Round(
                offered=offered, ranking=ranking, outcome=outcome, accepted=accepted, counter_offer=counter,
                statement=draw(_text(hostile, 20)),
                statement_issue=draw(st.none() | st.sampled_from([i.name for i in issues])),
                statement_trust=draw(st.floats(0.0, 1.0)), level=draw(st.none() | values_0_100),
                time=draw(st.none() | times), notes=draw(_text(hostile, 10)),
            ))
    extra = {}
    if with_extras and "counterpart_prior" in Plan.model_fields and draw(st.booleans()):
        chosen = draw(st.lists(st.sampled_from([i.name for i in issues]), unique=True, max_size=3))
        extra["counterpart_prior"] = {n: draw(st.floats(0.01, 10.0, allow_nan=False)) for n in chosen}
    return Plan(
        **extra,
        title=draw(names), our_organisation=draw(_text(hostile, 15)), counterpart=draw(_text(hostile, 15)),
        currency=draw(st.sampled_from(["EUR", "USD", "GBP"])), issues=tuple(issues), weights=weights,
        reservation=res, aspiration=asp, batna=draw(_text(hostile, 30)), packages=tuple(packages),
        meso_sets=tuple(sets), rounds=tuple(rounds), notes=draw(_text(hostile, 30)),
    )
