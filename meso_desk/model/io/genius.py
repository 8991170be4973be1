"""GENIUS XML import: a negotiation domain plus one party's profile → a :class:`Plan`.

GENIUS (and the ANAC competitions, and the Inspire teaching cases) describe a case with
two kinds of XML file:

* a **domain** (``<negotiation_template><utility_space><objective><issue …>``) listing the
  issues: discrete issues with ``<item value="…">`` options, integer/real issues with
  ``lowerbound``/``upperbound``;
* a **profile** per party (``<utility_space><objective>…``) giving each option an
  ``evaluation``, each integer/real issue an ``<evaluator ftype="linear" slope offset>``,
  each issue a ``<weight index=… value=…>``, and optionally a ``<reservation value=…>``
  and a ``<discount_factor>``.

The GENIUS utility of a package is ``U = Σ wᵢ · eᵢ(term)`` where ``eᵢ`` is a discrete
option's evaluation ÷ the issue's largest evaluation, or ``slope · x + offset`` for a
numeric issue. MESO Desk's score is ``Σ Wᵢ · vᵢ(term)`` with curves ``vᵢ`` in 0..100, so:

* a discrete issue becomes a categorical issue whose option values are
  ``100 · evaluation ÷ largest evaluation`` (exactly GENIUS's reading);
* an integer/real issue becomes a numeric issue with a linear curve rescaled to 0..100
  over its range, and the range of its evaluator (``|slope| · (upper − lower)``) is folded
  into its weight.

Our points are then an affine map of the GENIUS utility, ``points = a · U + b`` (for an
all-discrete case with weights summing to 1 exactly ``100 · U``); the reservation value
is mapped by the same transform. :func:`read_genius` returns the parsed case
(:class:`GeniusCase`) with :meth:`GeniusCase.utility` and the transform, for scripts and
simulations that need the party's own GENIUS utility.

Parsing is hardened: DOCTYPE and entity declarations are refused (no billion laughs, no
external entities), files above 20 MB are refused before they are read, and every
problem is one :class:`GeniusError` line naming the file. :class:`GeniusError` is a
:class:`~meso_desk.model.io.meso_file.PlanFileError`, so callers can catch one type.
"""

from __future__ import annotations

import math
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal
from xml.etree.ElementTree import Element

from pydantic import ValidationError

from ..base import Term
from ..errors import first_error
from ..language import tr
from ..plan import Plan
from ..preferences.issues import CategoricalIssue, Direction, NumericIssue, Option
from .genius_weights import Weighed, assumed_weights_note, final_weights, walk
from .genius_xml import (
    MAX_XML_BYTES,
    GeniusError,
    attr,
    case_twins,
    children,
    index_of,
    number,
    parse_file,
    parse_xml,
    tag_of,
)

__all__ = ["MAX_XML_BYTES", "MAX_INTEGER_POINTS", "GeniusCase", "GeniusError", "GeniusIssue", "import_genius", "parse_xml",
           "read_genius"]

#: An integer issue keeps step 1 up to this many grid points; wider ranges get a coarser
#: "nice" step (1, 2 or 5 × 10ᵏ) so that the planner's grids stay small.
MAX_INTEGER_POINTS = 10_001

Kind = Literal["discrete", "integer", "real"]
_KINDS = ("discrete", "integer", "real")


# -- the parsed case ------------------------------------------------------------------------
@dataclass(frozen=True)
class GeniusIssue:
    """One issue of a GENIUS case with our profile's evaluation of it."""

    name: str
    kind: Kind
    description: str = ""
    #: Discrete: the option labels in the domain's order, and each one's raw evaluation.
    labels: tuple[str, ...] = ()
    evaluations: tuple[float, ...] = ()
    #: Integer/real: the range and the linear evaluator ``slope · x + offset``.
    lower: float = 0.0
    upper: float = 0.0
    slope: float = 0.0
    offset: float = 0.0

    @property
    def largest_evaluation(self) -> float:
        return max(self.evaluations, default=0.0)

    def evaluate(self, term: Term) -> float:
        """GENIUS's evaluation of ``term`` (before the weight): 0..1 for discrete issues."""
        if self.kind == "discrete":
            try:
                k = self.labels.index(str(term))
            except ValueError:
                raise ValueError(tr("{issue}: {term} is not one of the options").format(
                    issue=self.name, term=repr(term))) from None
            top = self.largest_evaluation
            return self.evaluations[k] / top if top > 0 else 0.0
        return self.slope * float(term) + self.offset

    @property
    def span(self) -> float:
        """How far this issue's evaluation can move over its options or its range."""
        if self.kind == "discrete":
            return 1.0
        return abs(self.slope) * (self.upper - self.lower)

    @property
    def floor(self) -> float:
        """The evaluation our rescaled curve maps to 0 points."""
        if self.kind == "discrete":
            return 0.0
        return min(self.slope * self.lower, self.slope * self.upper) + self.offset


@dataclass(frozen=True)
class GeniusCase:
    """A GENIUS domain read together with one party's profile."""

    title: str
    role: str
    domain_file: str
    profile_file: str
    issues: tuple[GeniusIssue, ...]
    #: Weights as written in the profile (not normalised), one per issue.
    weights: tuple[float, ...]
    reservation: float | None = None
    discount_factor: float | None = None
    notes: tuple[str, ...] = field(default=())
    #: What the import assumed where the files said nothing (weights not given): the notes hold
    #: these lines too, and the import's message repeats them.
    warnings: tuple[str, ...] = field(default=())

    def utility(self, terms: Mapping[str, Term]) -> float:
        """The GENIUS utility ``Σ wᵢ · eᵢ(term)`` of a package (issue name → term)."""
        return float(sum(w * i.evaluate(terms[i.name]) for i, w in zip(self.issues, self.weights)))

    @property
    def transform(self) -> tuple[float, float]:
        """``(a, b)`` with ``points = a · utility + b`` for the imported plan."""
        spread = sum(w * i.span for i, w in zip(self.issues, self.weights))
        if not spread > 0:
            raise ValueError(tr("no issue carries any weight"))
        base = sum(w * i.floor for i, w in zip(self.issues, self.weights))
        a = 100.0 / spread
        return a, -a * base

    def to_points(self, utility: float) -> float:
        a, b = self.transform
        return a * utility + b

    def to_utility(self, points: float) -> float:
        a, b = self.transform
        return (points - b) / a

    def to_plan(self) -> Plan:
        """The plan for our side of this case (see the module docs for the mapping)."""
        return _one_line(Path(self.profile_file), lambda: _build_plan(self))


# -- public entry points ----------------------------------------------------------------------
def import_genius(domain_path: str | os.PathLike[str] | None,
                  profile_path: str | os.PathLike[str] | None = None) -> Plan:
    """Build a :class:`Plan` from a GENIUS domain file and our profile.

    ``domain_path`` may be ``None`` (or the profile itself) when the profile embeds the
    domain, as older GENIUS profiles do. Raises :class:`GeniusError` (one line).
    """
    return read_genius(domain_path, profile_path).to_plan()


def read_genius(domain_path: str | os.PathLike[str] | None,
                profile_path: str | os.PathLike[str] | None = None) -> GeniusCase:
    """Parse a GENIUS domain and profile into a :class:`GeniusCase` (raises :class:`GeniusError`)."""
    if profile_path is None and domain_path is None:
        raise TypeError("give a GENIUS profile file")
    if profile_path is None:
        profile_path, domain_path = domain_path, None
    prof_p = Path(profile_path)
    prof_root = parse_file(prof_p)
    if domain_path is None or _same_file(Path(domain_path), prof_p):
        dom_p, dom_root = prof_p, prof_root
    else:
        dom_p = Path(domain_path)
        dom_root = parse_file(dom_p)
    domain = _one_line(dom_p, lambda: _read_domain(dom_root, dom_p))
    return _one_line(prof_p, lambda: _read_profile(prof_root, prof_p, domain, dom_p))


def _one_line(p: Path, build):
    """``build()``, with any arithmetic, lookup or validation failure a hostile file can cause
    turned into one :class:`GeniusError` line (a last guard: the readers check what they can)."""
    try:
        return build()
    except ValidationError as e:
        raise GeniusError(p, tr("cannot be imported ({reason})").format(reason=first_error(e)[:150])) from None
    except (RecursionError, ArithmeticError, LookupError, ValueError) as e:
        raise GeniusError(p, tr("cannot be imported ({kind}: {reason})").format(
            kind=type(e).__name__, reason=str(e)[:120])) from None


# -- file reading -----------------------------------------------------------------------------
def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def _utility_space(root: Element, p: Path) -> Element:
    if tag_of(root) == "utility_space":
        return root
    for el in root.iter():
        if tag_of(el) == "utility_space":
            return el
    if tag_of(root) == "objective" or children(root, "objective") or children(root, "issue"):
        return root
    raise GeniusError(p, tr("not a GENIUS file (the root element is <{tag}>, expected <utility_space>)").format(
        tag=tag_of(root)))


def _top_objective(space: Element) -> Element:
    objs = children(space, "objective")
    return objs[0] if objs else space


def _short(text: object, limit: int = 40) -> str:
    """``repr`` of ``text`` cut to about ``limit`` characters (messages never echo a whole input)."""
    r = repr(text)
    return r if len(r) <= limit else r[: limit - 1] + "…"


def _kind(el: Element, p: Path, name: str) -> Kind:
    for a in ("type", "etype", "vtype"):
        v = (attr(el, a) or "").lower()
        if v in _KINDS:
            return v  # type: ignore[return-value]
        if v in ("int",):
            return "integer"
        if v in ("float", "double", "continuous"):
            return "real"
    if children(el, "item"):
        return "discrete"
    lo, hi = _bounds_text(el)
    if lo is not None and hi is not None:
        try:
            int(lo), int(hi)
            return "integer"
        except ValueError:
            return "real"
    given = attr(el, "type", "etype", "vtype")
    if given:
        raise GeniusError(p, tr("issue {name} has type {type}; MESO Desk imports discrete, integer and real "
                                "issues").format(name=repr(name), type=repr(given)))
    raise GeniusError(p, tr("issue {name} has neither options nor a range").format(name=repr(name)))


def _bounds_text(el: Element) -> tuple[str | None, str | None]:
    lo, hi = attr(el, "lowerbound", "lower", "min"), attr(el, "upperbound", "upper", "max")
    for r in children(el, "range"):
        lo = attr(r, "lowerbound", "lower", "min") or lo
        hi = attr(r, "upperbound", "upper", "max") or hi
    return lo, hi


def _label(item: Element) -> str | None:
    v = attr(item, "value")
    if v is None or v == "":
        v = attr(item, "description", "name", "label")
    return v or None


# -- domain --------------------------------------------------------------------------------------
@dataclass
class _DomainIssue:
    name: str
    index: int | None
    kind: Kind
    description: str
    labels: tuple[str, ...] = ()
    lower: float = 0.0
    upper: float = 0.0


@dataclass
class _Domain:
    name: str
    issues: list[_DomainIssue]


def _read_domain(root: Element, p: Path) -> _Domain:
    space = _utility_space(root, p)
    obj = _top_objective(space)
    issues: list[_DomainIssue] = []
    seen: dict[str, str] = {}  # casefold → the name: issue names are one rule in the plan
    for pos, weighed in enumerate(walk(obj, p)):
        el = weighed.element
        name = attr(el, "name")
        if not name:
            raise GeniusError(p, tr("issue {index} has no name").format(index=str(index_of(el) or pos + 1)))
        key = name.strip().casefold()
        if key in seen:
            if seen[key] == name:
                raise GeniusError(p, tr("two issues are called {name}").format(name=repr(name)))
            raise GeniusError(p, tr("two issues are called {name} and {other}: names that differ only in case "
                                    "are one issue in MESO Desk").format(name=repr(seen[key]), other=repr(name)))
        seen[key] = name
        kind = _kind(el, p, name)
        desc = attr(el, "description") or ""
        if kind == "discrete":
            labels = _options(el, p, name)
            issues.append(_DomainIssue(name, index_of(el), kind, desc, labels=tuple(labels)))
        else:
            lo_t, hi_t = _bounds_text(el)
            if lo_t is None or hi_t is None:
                raise GeniusError(p, (tr("integer issue {name} has no lowerbound/upperbound") if kind == "integer"
                                      else tr("real issue {name} has no lowerbound/upperbound")).format(name=repr(name)))
            lo = number(p, lo_t, tr("the lower bound of issue {name}").format(name=repr(name)))
            hi = number(p, hi_t, tr("the upper bound of issue {name}").format(name=repr(name)))
            if not lo < hi:
                raise GeniusError(p, tr("issue {name} has an empty range ({low:.6g}..{high:.6g})").format(
                    name=_short(name), low=lo, high=hi))
            if not math.isfinite(hi - lo):
                raise GeniusError(p, tr("issue {name} has a range too wide to use ({low:.6g}..{high:.6g})").format(
                    name=_short(name), low=lo, high=hi))
            issues.append(_DomainIssue(name, index_of(el), kind, desc, lower=lo, upper=hi))
    if not issues:
        raise GeniusError(p, tr("the domain defines no issues"))
    oname = attr(obj, "name") or ""
    return _Domain(name=oname, issues=issues)


def _options(el: Element, p: Path, name: str) -> list[str]:
    """A discrete issue's option labels in the file's order: each once, and never two that differ
    only in case ("EXW", "exw": one option on the cards and in the room)."""
    labels: list[str] = []
    have: set[str] = set()
    for item in children(el, "item"):
        lab = _label(item)
        if lab is None:
            raise GeniusError(p, tr("an option of issue {name} has no value").format(name=repr(name)))
        if lab in have:
            raise GeniusError(p, tr("issue {name} lists option {option} twice").format(
                name=repr(name), option=repr(lab)))
        have.add(lab)
        labels.append(lab)
    if not labels:
        raise GeniusError(p, tr("discrete issue {name} has no options").format(name=repr(name)))
    twins = case_twins(labels)
    if twins:
        raise GeniusError(p, tr("issue {name} lists options {option} and {other}, which differ only in case").format(
            name=repr(name), option=repr(twins[0]), other=repr(twins[1])))
    return labels


# -- profile -------------------------------------------------------------------------------------
_NONLINEAR = {"utility_function", "ufun", "hyperrectangle", "constraint"}


def _read_profile(root: Element, p: Path, domain: _Domain, dom_p: Path) -> GeniusCase:
    space = _utility_space(root, p)
    if any(tag_of(el) in _NONLINEAR for el in space.iter()):
        raise GeniusError(p, tr("holds a non-linear (constraint-based) utility space; MESO Desk imports "
                                "additive profiles only"))
    obj = _top_objective(space)
    issues: list[GeniusIssue] = []
    weights: list[float | None] = []
    unweighed: list[str] = []
    any_evaluation = False
    for d, weighed in _profile_issues(obj, p, domain, dom_p):
        weights.append(weighed.weight)
        if not weighed.given:
            unweighed.append(d.name)
        if d.kind == "discrete":
            issue, evaluated = _discrete_issue(d, weighed.element, p, dom_p)
        else:
            issue, evaluated = _numeric_issue(d, weighed.element, p, dom_p)
        any_evaluation = any_evaluation or evaluated
        issues.append(issue)
    if not any_evaluation:
        raise GeniusError(p, tr("holds no evaluations — is it the domain file rather than a profile?"))

    reservation = _value_of(space, obj, "reservation", p)
    discount = _value_of(space, obj, "discount_factor", p)
    title = _pretty_domain(dom_p, domain.name if dom_p == p else "")
    role = _role(p, dom_p) if dom_p != p else ""
    notes = []
    if dom_p == p:
        notes.append(tr("Imported from the GENIUS profile {profile} (our side; it carries the domain).").format(
            profile=p.name))
    else:
        notes.append(tr("Imported from GENIUS: domain {domain}, profile {profile} (our side).").format(
            domain=dom_p.name, profile=p.name))
    if discount is not None and discount not in (0.0, 1.0):
        notes.append(tr("The profile's discount factor {factor:g} is not used by MESO Desk.").format(factor=discount))
    assumed = assumed_weights_note(unweighed, len(issues))
    if assumed:  # never settled quietly: the notes and the import's message say so
        notes.append(assumed)
    final = final_weights(weights)
    if not math.isfinite(sum(final)):  # e.g. three weights of 1e308: their sum overflows
        top = max(final)
        final = [w / top for w in final]
        final = [w / sum(final) for w in final]
        notes.append(tr("The profile's weights (up to {top:.3g}) are too large to add up; they were scaled to "
                        "sum to 1, as GENIUS normalises them.").format(top=top))
    return GeniusCase(title=title, role=role, domain_file=dom_p.name, profile_file=p.name,
                      issues=tuple(issues), weights=tuple(final), reservation=reservation,
                      discount_factor=discount, notes=tuple(notes), warnings=(assumed,) if assumed else ())


def _profile_issues(obj: Element, p: Path, domain: _Domain, dom_p: Path) -> list[tuple[_DomainIssue, Weighed]]:
    """Each domain issue with the profile's element for it and its weight (matched by name, or
    by index for an unnamed element); a profile issue missing from the domain is an error."""
    by_name: dict[str, Weighed] = {}
    by_index: dict[int, Weighed] = {}
    for weighed in walk(obj, p):
        n = attr(weighed.element, "name")
        if n:
            by_name[n] = weighed
        k = index_of(weighed.element)
        if k is not None:
            by_index.setdefault(k, weighed)
    dom_names = {d.name for d in domain.issues}
    for n in by_name:
        if n not in dom_names:
            raise GeniusError(p, tr("the profile does not match {domain}: issue {name} is not in the domain").format(
                domain=dom_p.name, name=repr(n)))
    out = []
    for d in domain.issues:
        hit = by_name.get(d.name)
        if hit is None and d.index is not None:
            cand = by_index.get(d.index)
            if cand is not None and not attr(cand.element, "name"):
                hit = cand
        if hit is None:
            raise GeniusError(p, tr("the profile does not match {domain}: it does not evaluate issue {name}").format(
                domain=dom_p.name, name=repr(d.name)))
        out.append((d, hit))
    return out


def _description(d: _DomainIssue, el: Element) -> str:
    """The issue's description: the domain's, else our profile's (our export keeps descriptions
    out of the domain, which may be shared, and in the INTERNAL profile)."""
    return d.description or attr(el, "description") or ""


def _discrete_issue(d: _DomainIssue, el: Element, p: Path, dom_p: Path) -> tuple[GeniusIssue, bool]:
    """A discrete issue with the profile's evaluation of each option (all 0 when it has none),
    and whether the profile evaluated any."""
    evals: dict[str, float] = {}
    known = set(d.labels)
    for item in children(el, "item"):
        lab = _label(item)
        if lab is None:
            continue
        if lab not in known:
            raise GeniusError(p, tr("the profile does not match {domain}: issue {name} has no option {option}").format(
                domain=dom_p.name, name=repr(d.name), option=repr(lab)))
        ev = attr(item, "evaluation", "utility", "eval")
        if ev is None or ev.lower() == "null":
            continue
        x = number(p, ev, tr("the evaluation of {name} = {option}").format(name=repr(d.name), option=repr(lab)))
        if x < 0:
            raise GeniusError(p, tr("the evaluation of {name} = {option} is negative ({value:g})").format(
                name=repr(d.name), option=repr(lab), value=x))
        evals[lab] = x
    missing = [lab for lab in d.labels if lab not in evals]
    if missing and evals:
        raise GeniusError(p, tr("issue {name}: option {option} has no evaluation").format(
            name=repr(d.name), option=repr(missing[0])))
    issue = GeniusIssue(name=d.name, kind="discrete", description=_description(d, el), labels=d.labels,
                        evaluations=tuple(evals.get(lab, 0.0) for lab in d.labels))
    return issue, bool(evals)


def _numeric_issue(d: _DomainIssue, el: Element, p: Path, dom_p: Path) -> tuple[GeniusIssue, bool]:
    """An integer or real issue with the profile's linear evaluator, and whether it had one."""
    if children(el, "item"):
        raise GeniusError(p, (tr("the profile does not match {domain}: issue {name} is integer in the domain but "
                                 "discrete in the profile") if d.kind == "integer" else
                              tr("the profile does not match {domain}: issue {name} is real in the domain but "
                                 "discrete in the profile")).format(domain=dom_p.name, name=repr(d.name)))
    slope, offset = 0.0, 0.0
    evs = children(el, "evaluator")
    if evs:
        slope, offset = _evaluator(evs[0], p, d.name)
    issue = GeniusIssue(name=d.name, kind=d.kind, description=_description(d, el),
                        lower=d.lower, upper=d.upper, slope=slope, offset=offset)
    return issue, bool(evs)


def _evaluator(ev: Element, p: Path, name: str) -> tuple[float, float]:
    ftype = (attr(ev, "ftype", "type") or "linear").lower()
    if ftype == "linear":
        s = attr(ev, "slope", "parameter1")
        o = attr(ev, "offset", "parameter0")
        return (number(p, s, tr("the slope of the evaluator of issue {name}").format(name=repr(name)))
                if s is not None else 1.0,
                number(p, o, tr("the offset of the evaluator of issue {name}").format(name=repr(name)))
                if o is not None else 0.0)
    if ftype == "constant":
        o = attr(ev, "offset", "parameter0", "value")
        return 0.0, (number(p, o, tr("the constant of the evaluator of issue {name}").format(name=repr(name)))
                     if o is not None else 0.0)
    raise GeniusError(p, tr("the evaluator of issue {name} is {type}; MESO Desk imports linear and constant "
                            "evaluators").format(name=repr(name), type=repr(ftype)))


def _value_of(space: Element, obj: Element, tag: str, p: Path) -> float | None:
    for holder in (space, obj):
        for el in children(holder, tag):
            v = attr(el, "value")
            if v is None:
                v = (el.text or "").strip() or None
            if v is None:
                continue
            return number(p, v, tr("the discount factor") if tag == "discount_factor" else tr("the reservation"))
    return None


#: Words of a profile's file name that never name our side: the file's kind, and the INTERNAL
#: marker of our own export (``…_profile_INTERNAL.xml``), in every language it is written in.
_GENERIC = {"utility", "utilityspace", "utilities", "profile", "prof", "preferences", "preference",
            "pref", "domain", "ufun", "util", "xml", "internal", "intern"}


def _tokens(stem: str) -> list[str]:
    return [t for t in re.split(r"[-_\s.]+", stem) if t]


def _pretty_domain(dom_p: Path, objective_name: str) -> str:
    if objective_name and objective_name.lower() not in ("root", "objective"):
        base = objective_name
    else:
        base = re.sub(r"[-_ ]+domain$", "", dom_p.stem, flags=re.IGNORECASE) or dom_p.stem
    base = base.replace("_", " ").strip()
    return (base[:1].upper() + base[1:]) if base else tr("GENIUS case")


def _role(p: Path, dom_p: Path) -> str:
    dom = [t.lower() for t in _tokens(dom_p.stem)]
    toks = _tokens(p.stem)
    while toks and dom and toks[0].lower() == dom[0]:
        toks.pop(0)
        dom.pop(0)
    toks = [t for t in toks if t.lower() not in _GENERIC]
    return " ".join(toks)


# -- plan ----------------------------------------------------------------------------------------
def _nice_step(span: float, max_points: int) -> float:
    """The smallest step of the form 1, 2 or 5 × 10ᵏ giving at most ``max_points`` points."""
    target = span / (max_points - 1)
    k = math.floor(math.log10(target))
    for m in (1, 2, 5, 10):
        s = m * 10.0**k
        if span / s <= max_points - 1 + 1e-9:
            return float(f"{s:.12g}")
    return float(f"{10.0 ** (k + 1):.12g}")  # pragma: no cover


def _real_step(span: float) -> float:
    """A round step giving 101..1001 grid points over a real issue's range."""
    return float(f"{10.0 ** math.floor(math.log10(span / 100.0)):.12g}")


def _build_plan(case: GeniusCase) -> Plan:
    p = Path(case.profile_file)
    try:
        a, b = case.transform
    except ValueError:
        raise GeniusError(p, tr("no issue carries any weight, so every package is worth the same")) from None
    if not (math.isfinite(a) and math.isfinite(b) and a > 0):
        raise GeniusError(p, tr("its weights and evaluator slopes are too large to convert to points"))
    issues = []
    weights: dict[str, float] = {}
    for gi, w in zip(case.issues, case.weights):
        if gi.kind == "discrete":
            top = gi.largest_evaluation
            opts = [Option(label=lab, value=(e / top * 100.0 if top > 0 else 0.0))
                    for lab, e in zip(gi.labels, gi.evaluations)]
            issue = CategoricalIssue(name=gi.name, description=gi.description, options=tuple(opts))
        else:
            span = gi.upper - gi.lower
            if gi.kind == "integer":
                step = 1.0 if span + 1 <= MAX_INTEGER_POINTS else _nice_step(span, MAX_INTEGER_POINTS)
            else:
                step = _real_step(span)
            issue = NumericIssue(
                name=gi.name, description=gi.description, min=gi.lower, max=gi.upper, step=step,
                direction=Direction.LOWER if gi.slope < 0 else Direction.HIGHER,
            )
        issues.append(issue)
        weights[gi.name] = w * gi.span
    reservation = 0.0
    notes = list(case.notes)
    batna = ""
    if abs(a - 100.0) > 1e-9 or abs(b) > 1e-9:
        why = []
        if any(gi.kind != "discrete" for gi in case.issues):
            why.append(tr("numeric issues are rescaled to 0–100 over their ranges"))
        total = sum(case.weights)
        if abs(total - 1.0) > 1e-9:
            why.append(tr("the profile's weights sum to {total:.6g}, MESO Desk's to 100 %").format(total=total))
        formula = (tr("Points = {a:.6g} × GENIUS utility") if abs(b) < 1e-12 else
                   tr("Points = {a:.6g} × GENIUS utility + {b:.6g}") if b > 0 else
                   tr("Points = {a:.6g} × GENIUS utility − {b:.6g}")).format(a=a, b=abs(b))
        notes.append(formula + (f" ({'; '.join(why)})." if why else "."))
    else:
        notes.append(tr("Points = 100 × GENIUS utility."))
    if case.warnings:
        notes.append(tr("The GENIUS utility in that formula uses the weights assumed above."))
    if case.reservation is not None:
        raw = case.to_points(case.reservation)
        reservation = min(max(raw, 0.0), 100.0)
        batna = tr("GENIUS reservation value {value:g} ({points:.1f} points).").format(
            value=case.reservation, points=reservation)
        if abs(raw - reservation) > 1e-9:
            notes.append(tr("The reservation value maps to {raw:.1f} points, outside 0–100; it was clipped "
                            "to {points:.1f}.").format(raw=raw, points=reservation))
    try:
        return Plan(
            title=case.title,
            our_organisation=case.role,
            counterpart="",
            issues=tuple(issues),
            weights=weights,
            reservation=reservation,
            aspiration=max(80.0, reservation),
            batna=batna,
            notes="\n".join(notes),
        )
    except ValidationError as e:
        raise GeniusError(p, tr("cannot become a plan ({reason})").format(reason=first_error(e))) from None
    except ValueError as e:
        raise GeniusError(p, tr("cannot become a plan ({reason})").format(reason=e)) from None
