"""GENIUS XML export: a plan → a GENIUS domain file and our utility profile (``docs/genius-import.md``).

The reverse of :mod:`meso_desk.model.io.genius`: a categorical issue becomes a discrete issue
whose items carry ``evaluation = value ÷ 100`` (GENIUS divides by the largest evaluation, so an
issue whose best option is below 100 points has that factor folded into its weight); a numeric
issue becomes an ``integer`` issue (whole bounds, step 1) or a ``real`` one with a linear
evaluator from 0 at the worse end to 1 at the better end. The weights are ours (summing to 1), so
the profile's utility is ``points ÷ 100`` for a plan with linear curves, and the reservation
value is ``reservation ÷ 100``.

The profile is INTERNAL (our weights, evaluations and walk-away): its file name says so
(``<name>_<us>_profile_INTERNAL.xml``) and a comment before the root repeats it (GENIUS skips a
prolog comment). The domain is the file both sides load, so it carries nothing the cards would
not print: the issues and options, named by the two sides (``Ergonord – NordSeat``, as the cards
name them) rather than by our working title, and without our descriptions of the issues — those
stay in the INTERNAL profile, where the import reads them back (:func:`domain_name`).

What GENIUS cannot hold (the export returns a note for each, and the docs list them): curves
that are not linear (written as the straight line between the range's ends), hard limits and
unacceptable options, a numeric step other than 1 (integer) or the importer's own (real),
units, money per unit, packages, MESO sets, rounds, the deal and every note.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass
from pathlib import Path
from xml.etree.ElementTree import Element, ElementTree, SubElement, indent, tostring

from ..language import speaking, tr
from ..plan import Plan
from ..preferences.issues import CategoricalIssue, Curve, Direction, NumericIssue
from .genius_xml import GeniusError
from .output_files import OutputFailed, write_files


@dataclass(frozen=True)
class GeniusFiles:
    """The files written and what did not fit the format (one line each)."""

    domain: Path
    profile: Path
    notes: tuple[str, ...]


def _num(x: float) -> str:
    return f"{x:.15g}"


def _is_integer_issue(i: NumericIssue) -> bool:
    return i.step == 1.0 and float(i.min).is_integer() and float(i.max).is_integer()


def _issue_element(parent: Element, k: int, issue: NumericIssue | CategoricalIssue, described: bool) -> Element:
    """An issue; ``described``: with our description of it (the INTERNAL profile only)."""
    kind = "discrete" if isinstance(issue, CategoricalIssue) else ("integer" if _is_integer_issue(issue) else "real")
    attrs = {"index": str(k), "name": issue.name, "type": kind, "etype": kind, "vtype": kind}
    if issue.description and described:
        attrs["description"] = issue.description
    if kind == "integer":
        attrs.update(lowerbound=_num(issue.min), upperbound=_num(issue.max))
    el = SubElement(parent, "issue", attrs)
    if kind == "real":
        SubElement(el, "range", lowerbound=_num(issue.min), upperbound=_num(issue.max))
    return el


def domain_name(plan: Plan) -> str:
    """What the domain is called, inside it and in its file name: the two sides as the cards name
    them (our organisation, the counterpart), never our working title, which the cards never print
    either; neither side named: "Negotiation" in the plan's language."""
    sides = [s.strip() for s in (plan.our_organisation, plan.counterpart) if s.strip()]
    if sides:
        return " – ".join(sides)
    with speaking(plan.language):
        return str(tr("Negotiation", "GENIUS domain name"))


def _objective(root: Element, plan: Plan) -> Element:
    space = SubElement(root, "utility_space", number_of_issues=str(len(plan.issues)))
    return SubElement(space, "objective", index="0", name=domain_name(plan), type="objective", etype="objective",
                      description="")


def genius_domain(plan: Plan) -> Element:
    """The domain, which both sides load: the issues and their options or ranges, nothing of ours
    (no working title, no descriptions of the issues)."""
    root = Element("negotiation_template")
    obj = _objective(root, plan)
    for k, issue in enumerate(plan.issues, 1):
        el = _issue_element(obj, k, issue, described=False)
        if isinstance(issue, CategoricalIssue):
            for j, o in enumerate(issue.options, 1):
                SubElement(el, "item", index=str(j), value=o.label, cost="0", description=o.label)
    return root


def _linear_evaluator(issue: NumericIssue) -> tuple[float, float]:
    """``(slope, offset)`` of the line from 0 at the worse end to 1 at the better end."""
    span = issue.max - issue.min
    if issue.direction == Direction.LOWER:
        return -1.0 / span, issue.max / span
    return 1.0 / span, -issue.min / span


def genius_profile(plan: Plan) -> tuple[Element, list[str]]:
    """Our profile (evaluations, weights, reservation) and a note per thing it cannot hold."""
    root = Element("utility_space")
    space_obj = SubElement(root, "objective", index="0", name=plan.title, type="objective", etype="objective",
                           description="")
    notes: list[str] = []
    weights = []
    for k, issue in enumerate(plan.issues, 1):
        el = _issue_element(space_obj, k, issue, described=True)
        w = plan.weights[issue.name]
        if isinstance(issue, CategoricalIssue):
            top = max(o.value for o in issue.options)
            for j, o in enumerate(issue.options, 1):
                SubElement(el, "item", index=str(j), value=o.label, evaluation=_num(o.value / 100.0))
            w *= top / 100.0  # GENIUS reads evaluation ÷ largest evaluation
            if any(not o.acceptable for o in issue.options):
                notes.append(tr("{issue}: GENIUS has no unacceptable options; they are written as plain "
                                "options.").format(issue=issue.name))
        else:
            slope, offset = _linear_evaluator(issue)
            SubElement(el, "evaluator", ftype="linear", slope=_num(slope), offset=_num(offset))
            notes += _numeric_notes(issue)
        weights.append(w)
    for k, w in enumerate(weights, 1):
        SubElement(space_obj, "weight", index=str(k), value=_num(w))
    SubElement(root, "reservation", value=_num(plan.reservation / 100.0))
    return root, notes


def _numeric_notes(issue: NumericIssue) -> list[str]:
    out = []
    if issue.curve != Curve.LINEAR:
        if issue.curve == Curve.CONCAVE:
            out.append(tr("{issue}: GENIUS evaluators are linear; the concave curve is written as a straight "
                          "line between the range's ends.").format(issue=issue.name))
        elif issue.curve == Curve.CONVEX:
            out.append(tr("{issue}: GENIUS evaluators are linear; the convex curve is written as a straight "
                          "line between the range's ends.").format(issue=issue.name))
        else:
            out.append(tr("{issue}: GENIUS evaluators are linear; the breakpoints curve is written as a straight "
                          "line between the range's ends.").format(issue=issue.name))
    if issue.hard_limit is not None:
        out.append(tr("{issue}: GENIUS has no hard limits; the limit {limit} is not written.").format(
            issue=issue.name, limit=issue.format_term(issue.hard_limit)))
    if not _is_integer_issue(issue) and not math.isclose(issue.step, _importer_step(issue), rel_tol=1e-9):
        out.append(tr("{issue}: GENIUS real issues have no step; the step {step} is not written.").format(
            issue=issue.name, step=issue.format_number(issue.step)))
    return out


def _importer_step(issue: NumericIssue) -> float:
    from .genius import _real_step

    return _real_step(issue.max - issue.min)


def internal_note() -> str:
    """The line that marks a profile as ours only (no ``--`` or ``>``: it sits in an XML comment
    that GENIUS's prolog reader skips up to the first ``>``)."""
    return tr("INTERNAL: our weights, evaluations and walk-away. Never send this file to the counterpart.")


def _xml_bytes(root: Element, comment: str = "") -> bytes:
    indent(root)
    if comment:  # before the root, after the declaration
        return (f"<?xml version='1.0' encoding='UTF-8'?>\n<!-- {comment} -->\n"
                f"{tostring(root, encoding='unicode')}\n").encode()
    out = io.BytesIO()
    ElementTree(root).write(out, encoding="UTF-8", xml_declaration=True)
    return out.getvalue()


def _write_files(files: list[tuple[Path, bytes]]) -> None:
    """``files`` written all or none, atomically (``output_files``); a failure is one
    :class:`GeniusError` line naming the file."""
    try:
        write_files(files)
    except OutputFailed as e:
        raise GeniusError(e.path, tr("cannot be written ({reason})").format(reason=e.strerror)) from None


def export_genius(plan: Plan, directory: str | Path, stem: str | None = None) -> GeniusFiles:
    """Write ``<stem>_domain.xml`` and ``<stem>_profile_INTERNAL.xml`` into ``directory`` (created if
    missing)."""
    if not plan.issues:
        raise GeniusError(Path(directory), tr("cannot hold a plan without issues"))
    d = Path(directory)
    try:
        d.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise GeniusError(d, tr("cannot be created ({reason})").format(reason=e.strerror or e)) from None
    domain, profile = genius_paths(plan, d, stem)
    prof, notes = genius_profile(plan)
    _write_files([(domain, _xml_bytes(genius_domain(plan))),
                  (profile, _xml_bytes(prof, internal_note().replace("--", "-").replace(">", "")))])
    lost = [what for what, there in ((tr("packages", "GENIUS cannot hold"), plan.packages),
                                     (tr("MESO sets", "GENIUS cannot hold"), plan.meso_sets),
                                     (tr("rounds", "GENIUS cannot hold"), plan.rounds),
                                     (tr("the agreement", "GENIUS cannot hold"), plan.agreement)) if there]
    if lost:
        notes.append(tr("GENIUS profiles hold no {things}; they stay in the .meso file.").format(
            things=", ".join(lost)))
    return GeniusFiles(domain, profile, tuple(notes))


def genius_paths(plan: Plan, directory: str | Path, stem: str | None = None) -> tuple[Path, Path]:
    """The domain and profile files :func:`export_genius` writes into ``directory``: named by
    :func:`domain_name`, never by our working title; the profile after our side, as GENIUS names a
    party's profile (``…_Ergonord_profile_INTERNAL.xml``: the import reads our organisation back
    from it), and INTERNAL: it holds our weights and reservation."""
    stem = stem or _file_stem(domain_name(plan)) or "negotiation"
    us = _file_stem(plan.our_organisation)
    profile = f"{stem}_{us}_profile_INTERNAL.xml" if us else f"{stem}_profile_INTERNAL.xml"
    return Path(directory) / f"{stem}_domain.xml", Path(directory) / profile


def _file_stem(text: str) -> str:
    keep = "".join(c if c.isalnum() or c in "-_" else "_" for c in text.strip())
    return "_".join(p for p in keep.split("_") if p)[:60]


__all__ = ["GeniusFiles", "domain_name", "export_genius", "genius_domain", "genius_paths", "genius_profile",
           "internal_note"]
