"""GeniusWeb JSON profiles (linear additive) ↔ a plan (``docs/genius-import.md``).

A GeniusWeb ``LinearAdditiveUtilitySpace`` holds the domain (``issuesValues``: discrete
``values`` or a number ``range`` [low, high, step]), a utility per issue —
``DiscreteValueSetUtilities`` (older files: ``discreteutils``) with a utility 0..1 per value,
or ``NumberValueSetUtilities`` (``numberutils``) linear from ``lowValue``/``lowUtility`` to
``highValue``/``highUtility`` — the ``issueWeights`` (summing to 1), and optionally a
``reservationBid``.

Export: option utility = value ÷ 100; a numeric issue's utilities are 0 at the worse end and 1
at the better end; our weights; the BATNA package (if any) as the reservation bid. The utility
is then ``points ÷ 100`` for a plan with linear curves. Import is the reverse; a number issue
whose utilities do not span 0..1 is rescaled to 0..100 with the spread folded into its weight,
so points are an affine map of the GeniusWeb utility (as for GENIUS XML).

What the format cannot hold: non-linear curves (written as the straight line between the
range's ends), hard limits and unacceptable options, units, money per unit, the reservation
value itself (only a reservation bid), packages, MESO sets, rounds, the deal and notes.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..errors import first_error, json_problem, quoted
from ..language import tr
from ..plan import Plan
from ..preferences.issues import CategoricalIssue, Curve, Direction, NumericIssue, Option
from .genius_xml import GeniusError, case_twins
from .output_files import OutputFailed, write_file

MAX_JSON_BYTES = 20 * 1024 * 1024
_DISCRETE = ("DiscreteValueSetUtilities", "discreteutils")
_NUMBER = ("NumberValueSetUtilities", "numberutils")


def geniusweb_profile(plan: Plan) -> tuple[dict[str, Any], list[str]]:
    """The profile as a JSON-ready dict, and a note per thing it cannot hold."""
    values: dict[str, Any] = {}
    utils: dict[str, Any] = {}
    notes: list[str] = []
    for i in plan.issues:
        if isinstance(i, CategoricalIssue):
            values[i.name] = {"values": list(i.labels)}
            utils[i.name] = {"DiscreteValueSetUtilities": {"valueUtilities": {o.label: o.value / 100.0
                                                                               for o in i.options}}}
            if any(not o.acceptable for o in i.options):
                notes.append(tr("{issue}: GeniusWeb has no unacceptable options; they are written as plain "
                                "options.").format(issue=i.name))
        else:
            values[i.name] = {"range": [i.min, i.max, i.step]}
            lo_u, hi_u = (1.0, 0.0) if i.direction == Direction.LOWER else (0.0, 1.0)
            utils[i.name] = {"NumberValueSetUtilities": {"lowValue": i.min, "lowUtility": lo_u,
                                                         "highValue": i.max, "highUtility": hi_u}}
            if i.curve == Curve.CONCAVE:
                notes.append(tr("{issue}: GeniusWeb number utilities are linear; the concave curve is written as "
                                "a straight line between the range's ends.").format(issue=i.name))
            elif i.curve == Curve.CONVEX:
                notes.append(tr("{issue}: GeniusWeb number utilities are linear; the convex curve is written as "
                                "a straight line between the range's ends.").format(issue=i.name))
            elif i.curve != Curve.LINEAR:
                notes.append(tr("{issue}: GeniusWeb number utilities are linear; the breakpoints curve is written "
                                "as a straight line between the range's ends.").format(issue=i.name))
            if i.hard_limit is not None:
                notes.append(tr("{issue}: GeniusWeb has no hard limits; the limit is not written.").format(
                    issue=i.name))
    space: dict[str, Any] = {"domain": {"name": plan.title, "issuesValues": values}, "name": plan.title,
                             "issueUtilities": utils, "issueWeights": {n: plan.weights[n] for n in plan.issue_names}}
    if plan.batna_package is not None:
        space["reservationBid"] = {"issuevalues": dict(plan.batna_package)}
    elif plan.reservation > 0:
        notes.append(tr("GeniusWeb holds a reservation bid, not a reservation value; the reservation value is "
                        "not written."))
    return {"LinearAdditiveUtilitySpace": space}, notes


def export_geniusweb(plan: Plan, path: str | Path) -> list[str]:
    """Write the plan's profile as GeniusWeb JSON; returns the notes on what it cannot hold."""
    if not plan.issues:
        raise GeniusError(Path(path), tr("cannot hold a plan without issues"))
    data, notes = geniusweb_profile(plan)
    try:  # atomically: a full disk leaves the file that was there, never an empty one
        write_file(path, json.dumps(data, indent=2, ensure_ascii=False).encode("utf-8"))
    except OutputFailed as e:
        raise GeniusError(Path(path), tr("cannot be written ({reason})").format(reason=e.strerror)) from None
    return notes


def _space(p: Path) -> dict[str, Any]:
    try:
        size = p.stat().st_size
        if size > MAX_JSON_BYTES:
            raise GeniusError(p, tr("is {size:,} bytes, more than a GeniusWeb profile can be").format(size=size))
        data = json.loads(p.read_bytes().decode("utf-8-sig"))
    except OSError as e:
        raise GeniusError(p, tr("cannot be read ({reason})").format(reason=e.strerror or e)) from None
    except json.JSONDecodeError as e:
        raise GeniusError(p, tr("is not JSON ({reason})").format(reason=json_problem(e))) from None
    except (UnicodeDecodeError, RecursionError) as e:
        raise GeniusError(p, tr("is not JSON ({reason})").format(reason=str(e)[:80])) from None
    space = data.get("LinearAdditiveUtilitySpace") if isinstance(data, dict) else None
    if not isinstance(space, dict):
        raise GeniusError(p, tr("is not a GeniusWeb LinearAdditiveUtilitySpace profile"))
    return space


def _one_of(d: Any, keys: tuple[str, ...]) -> dict[str, Any] | None:
    if isinstance(d, dict):
        for k in keys:
            if isinstance(d.get(k), dict):
                return d[k]
    return None


def _number(value: Any, what: str) -> float:
    """``value`` as a finite number, else a ValueError naming ``what`` (no Python words)."""
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise ValueError(tr("{what} is not a number ({value})").format(what=what, value=quoted(value)))
    try:
        x = float(value)
    except ValueError:
        raise ValueError(tr("{what} is not a number ({value})").format(what=what, value=quoted(value))) from None
    if not math.isfinite(x):
        raise ValueError(tr("{what} is not a finite number").format(what=what))
    return x


def _issue(name: str, domain: dict[str, Any], util: dict[str, Any]) -> tuple[Any, float, float]:
    """The issue, the spread of its utilities (folded into the weight) and its floor."""
    disc, num = _one_of(util, _DISCRETE), _one_of(util, _NUMBER)
    q = quoted(name)
    if disc is not None:
        vu = disc.get("valueUtilities") or {}
        labels = [str(v) for v in (domain.get("values") or list(vu))]
        twins = case_twins(labels)
        if twins:
            raise ValueError(tr("issue {name} lists options {option} and {other}, which differ only in case").format(
                name=q, option=quoted(twins[0]), other=quoted(twins[1])))
        opts = [Option(label=lab, value=100.0 * _number(vu.get(lab, 0.0), tr("the utility of {name} = {option}").format(
            name=q, option=quoted(lab)))) for lab in labels]
        return CategoricalIssue(name=name, options=tuple(opts)), 1.0, 0.0
    if num is None:
        raise ValueError(tr("issue {name} has neither discrete nor number utilities").format(name=q))
    lo, hi, lu, hu = (_number(num.get(k), tr("{field} of {name}").format(field=k, name=q))
                      for k in ("lowValue", "highValue", "lowUtility", "highUtility"))
    rng = domain.get("range") or [lo, hi, (hi - lo) / 100.0]
    if not isinstance(rng, list) or len(rng) < 3:
        raise ValueError(tr("the range of {name} is not [low, high, step]").format(name=q))
    mn, mx, step = (_number(x, tr("the range of {name}").format(name=q)) for x in rng[:3])
    if hi == lo:
        raise ValueError(tr("the number utilities of {name} have the same lowValue and highValue").format(name=q))
    slope = (hu - lu) / (hi - lo)
    at_min, at_max = lu + slope * (mn - lo), lu + slope * (mx - lo)
    issue = NumericIssue(name=name, min=mn, max=mx, step=step,
                         direction=Direction.LOWER if slope < 0 else Direction.HIGHER)
    return issue, abs(at_max - at_min), min(at_min, at_max)


def import_geniusweb(path: str | Path) -> Plan:
    """A plan from a GeniusWeb linear additive profile (raises :class:`GeniusError`, one line)."""
    p = Path(path)
    space = _space(p)
    try:
        return _build(space, p)
    except GeniusError:
        raise
    except ValidationError as e:
        raise GeniusError(p, tr("cannot become a plan ({reason})").format(reason=first_error(e)[:150])) from None
    except (ArithmeticError, LookupError, ValueError, TypeError) as e:  # the reason in words, no Python class
        raise GeniusError(p, tr("cannot be imported ({reason})").format(reason=str(e)[:120] or tr("invalid"))) from None


def _build(space: dict[str, Any], p: Path) -> Plan:
    domain = (space.get("domain") or {}).get("issuesValues") or {}
    utils = space.get("issueUtilities") or {}
    raw_w = space.get("issueWeights") or {}
    if not utils:
        raise GeniusError(p, tr("holds no issueUtilities"))
    if not isinstance(utils, dict) or not isinstance(raw_w, dict):
        raise GeniusError(p, tr("issueUtilities and issueWeights must map issue names"))
    for name in raw_w:  # as the GENIUS XML importer: a weight must belong to an issue, every issue have one
        if name not in utils:
            raise GeniusError(p, tr("weighs issue {name}, which it gives no utilities for").format(name=quoted(name)))
    for name in utils:
        if name not in raw_w:
            raise GeniusError(p, tr("gives no weight for issue {name}").format(name=quoted(name)))
    twins = case_twins(str(n) for n in utils)
    if twins:  # one issue to the plan, as its Issues panel and the GENIUS XML import say
        raise GeniusError(p, tr("two issues are called {name} and {other}: names that differ only in case "
                                "are one issue in MESO Desk").format(name=quoted(twins[0]), other=quoted(twins[1])))
    issues, weights = [], {}
    spread = base = 0.0
    for name, util in utils.items():
        issue, span, floor = _issue(str(name), domain.get(name) or {}, util)
        try:
            w = _number(raw_w[name], "")
        except ValueError:
            w = -1.0
        if not w >= 0:
            raise GeniusError(p, tr("the weight of {name} is not a number ≥ 0").format(name=quoted(name)))
        issues.append(issue)
        weights[issue.name] = w * span
        spread, base = spread + w * span, base + w * floor
    if not spread > 0:
        raise GeniusError(p, tr("no issue carries any weight, so every bid is worth the same"))
    a = 100.0 / spread
    note = tr("Points = 100 × GeniusWeb utility.") if abs(a - 100) < 1e-9 and abs(base) < 1e-12 else (
        tr("Points = {a:.6g} × (GeniusWeb utility − {base:.6g}).").format(a=a, base=base))
    plan = Plan(title=str(space.get("name") or p.stem), issues=tuple(issues), weights=weights,
                notes=tr("Imported from the GeniusWeb profile {profile}. {formula}").format(
                    profile=p.name, formula=note))
    bid = (space.get("reservationBid") or {}).get("issuevalues") if isinstance(space.get("reservationBid"), dict) \
        else None
    if isinstance(bid, dict) and set(bid) == set(plan.issue_names):
        terms = {n: (plan.issue(n).check_term(v)) for n, v in bid.items()}
        plan = plan.replace(batna_package=terms, reservation_from_batna=True)
        from ..scoring import score

        res = score(plan, terms)
        plan = plan.replace(reservation=res, aspiration=max(plan.aspiration, res))
    return plan


__all__ = ["export_geniusweb", "geniusweb_profile", "import_geniusweb"]
