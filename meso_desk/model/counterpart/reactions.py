"""Rounds: what we offered and how the counterpart reacted, checked and built into a Round
(the edits that record, change or delete a round are in :mod:`meso_desk.model.edits.round_edits`).

A round keeps *copies* of the offered terms (``docs/decisions.md``): editing or deleting a
package later never rewrites history. The counterpart's preference (one choice, a full or
partial ranking, or nothing) and the outcome (accepted one / none acceptable / pending)
are separate facts, so "they refused all three but liked B best" is recordable.
"""

from __future__ import annotations

import numbers
import re
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from ..base import Term, now
from ..language import tr
from ..package import Package
from ..plan import OfferedPackage, Plan, Round
from ..scoring import score
from ..wording import join_words

OUTCOMES = ("pending", "accepted", "none_acceptable")


def _letters(k: int) -> str:
    s = ""
    k += 1
    while k:
        k, r = divmod(k - 1, 26)
        s = chr(ord("A") + r) + s
    return s


def _offered(plan: Plan, offered: Sequence[Any]) -> list[tuple[str, Package]]:
    if isinstance(offered, (str, Mapping)) or not isinstance(offered, Sequence):
        raise ValueError("offered must be a list of packages (Package objects, term mappings or package names)")
    if len(offered) == 0:
        raise ValueError("record at least one offered package")
    out: list[tuple[str, Package]] = []
    for k, item in enumerate(offered):
        if isinstance(item, str):
            if item not in plan.package_names:
                raise ValueError(f"offered package {item!r} is not a package of this plan")
            out.append((item, plan.package(item)))
        elif isinstance(item, Mapping):
            terms = item.terms if isinstance(item, Package) else item
            try:
                pkg = Package(plan, terms, clauses=item.clauses if isinstance(item, Package) else None)
            except ValueError as e:
                raise ValueError(f"offered package {k + 1}: {e}") from None
            name = item.name if isinstance(item, Package) and item.name else _letters(k)
            out.append((name, pkg))
        else:
            raise ValueError(f"offered package {k + 1} is neither a package, a mapping of terms nor a name")
    labels = [n for n, _ in out]
    if len(set(labels)) != len(labels):  # the same named package twice: letter them
        out = [(_letters(k), p) for k, (_, p) in enumerate(out)]
    return out


def checked_index(x: Any, n: int, what: str) -> int:
    """``x`` as an index into ``n`` things (offered packages, rounds), or a ValueError naming ``what``."""
    if isinstance(x, bool) or not isinstance(x, numbers.Integral):
        raise ValueError(f"{what} must be a package index (0 to {n - 1}), not {x!r}")
    i = int(x)
    if not 0 <= i < n:
        raise ValueError(f"{what} {i} is not one of the {n} offered packages (0 to {n - 1})")
    return i


def ranking_of(chosen: int | Sequence[int] | None, n: int) -> tuple[int, ...]:
    """``chosen`` (an index, a best-first list of indices, or None) as a checked ranking."""
    if chosen is None:
        return ()
    if isinstance(chosen, Sequence) and not isinstance(chosen, str):
        ranking = tuple(checked_index(c, n, "ranked package") for c in chosen)
        if len(set(ranking)) != len(ranking):
            raise ValueError("a package appears twice in the ranking")
        return ranking
    return (checked_index(chosen, n, "chosen package"),)


def checked_outcome(outcome: str, ranking: Sequence[int]) -> tuple[str, int | None]:
    """``outcome`` checked against the ranking, and the index of the package they accepted
    (None unless ``outcome`` is ``"accepted"``: then it is the first of the ranking)."""
    if outcome not in OUTCOMES:
        raise ValueError(f"outcome must be one of {', '.join(OUTCOMES)}, not {outcome!r}")
    if outcome != "accepted":
        return outcome, None
    if not ranking:
        raise ValueError("an accepted outcome needs the package they accepted (chosen)")
    return outcome, ranking[0]


def round_in_words(r: Round) -> tuple[str, str, str]:
    """Round ``r`` in three phrases for the printed documents: what we offered ("offered A, B
    and C", "nothing offered"), their preference ("they preferred B", "they ranked B > A", "no
    preference stated") and the outcome ("accepted B", "none acceptable"; "" while pending)."""
    labels = [o.label for o in r.offered]
    offered = tr("offered {packages}").format(packages=join_words(labels)) if labels else tr("nothing offered")
    if len(r.ranking) == 1:
        reaction = tr("they preferred {package}").format(package=labels[r.ranking[0]])
    elif r.ranking:
        reaction = tr("they ranked {ranking}").format(ranking=" > ".join(labels[i] for i in r.ranking))
    else:
        reaction = tr("no preference stated")
    if r.outcome == "accepted":
        outcome = (tr("accepted {package}").format(package=labels[r.accepted]) if r.accepted is not None
                   else tr("accepted", "round outcome"))
    else:
        outcome = {"none_acceptable": tr("none acceptable"), "pending": ""}[r.outcome]
    return offered, reaction, outcome


def answer_words(plan: Plan, r: Round) -> list[str]:
    """The answers to the planner's questions recorded on round ``r``, one phrase each, in the
    window's language: "Delivery matters more to them than Unit price", "EUR 210.00 suits them
    best (Unit price)". The issue they named as most important is the statement's part."""
    out = []
    if r.issue_over is not None:
        out.append(tr("{issue} matters more to them than {other}").format(issue=r.issue_over[0],
                                                                          other=r.issue_over[1]))
    for name, term in (r.preferred_term or {}).items():
        shown = plan.issue(name).format_term(term) if name in plan.issue_names else str(term)
        out.append(tr("{term} suits them best ({issue})").format(term=shown, issue=name))
    return out


#: Words of an issue's name too general to name it on their own ("in order to", "short term").
_GENERAL_WORDS = frozenset({"order", "term", "terms", "time", "level", "total", "rate", "date", "value", "cost"})
#: Words that point at the issue they mean ("… matters most", "… ist am wichtigsten").
_CUES = frozenset({"most", "matters", "important", "key", "priority", "first", "main", "crucial",
                   "wichtigste", "wichtigsten", "wichtig", "vor", "allem", "zählt", "entscheidend"})


def issue_named(names: Sequence[str], text: str) -> str | None:
    """The issue a typed statement names ("delivery is what matters most to us" → Delivery), or
    None. Whole words only ("incoterm" does not name "Payment term"); a whole issue name beats
    one of its words, a word too general on its own ("order", "term") never names an issue by
    itself; of several issues named, the one nearest a cue ("most", "matters", "wichtigsten"),
    else the first."""
    words = re.findall(r"\w+", text.casefold())
    if not words:
        return None
    cues = [k for k, w in enumerate(words) if w in _CUES]
    found: list[tuple[int, float, int, str]] = []  # (partial?, distance to a cue, position, name)
    for name in names:
        parts = re.findall(r"\w+", name.casefold())
        if not parts:
            continue
        at = [k for k in range(len(words) - len(parts) + 1) if words[k:k + len(parts)] == parts]
        partial = not at
        if partial:
            # a word of the name, or its plural ("payments", "warranties")
            keys = [p[:-1] if p.endswith("y") else p for p in parts if len(p) > 3 and p not in _GENERAL_WORDS]
            at = [k for k, w in enumerate(words) if any(w.startswith(p) and len(w) - len(p) <= 3 for p in keys)]
        if at:
            k = min(at, key=lambda j: min((abs(j - c) for c in cues), default=j))
            found.append((int(partial), min((abs(k - c) for c in cues), default=0.0), k, name))
    return min(found)[3] if found else None


def make_round(plan: Plan, offered: Sequence[Package | Mapping[str, Term] | str],
               chosen: int | Sequence[int] | None, *, outcome: str | None = None, notes: str = "",
               level: float | None = None, time: datetime | None = None,
               counter_offer: Mapping[str, Term] | None = None, statement: str = "",
               statement_issue: str | None = None, statement_trust: float = 0.5) -> Round:
    """A validated :class:`Round` for ``plan`` (see :func:`~meso_desk.model.edits.round_edits.record_choice`)."""
    items = _offered(plan, offered)
    n = len(items)
    ranking = ranking_of(chosen, n)
    if outcome is None:
        outcome = "none_acceptable" if chosen is None else "pending"
    outcome, accepted = checked_outcome(outcome, ranking)
    counter: dict[str, Term] | None = None
    if counter_offer is not None:
        counter = {}
        for k, v in dict(counter_offer).items():
            if k not in plan.issue_names:
                raise ValueError(f"counter-offer has a term for unknown issue {k!r}")
            counter[k] = plan.issue(k).check_term(v)
        if not counter:
            counter = None
    if statement_issue is not None and statement_issue not in plan.issue_names:
        raise ValueError(f"the statement names unknown issue {statement_issue!r}")
    if not 0.0 <= float(statement_trust) <= 1.0:
        raise ValueError("statement trust must lie between 0 and 1")
    if level is None:
        level = round(sum(score(plan, p) for _, p in items) / n, 2)
    return Round(
        offered=tuple(OfferedPackage(label=name, terms=p.terms, clauses=p.clauses) for name, p in items),
        ranking=ranking,
        outcome=outcome,  # type: ignore[arg-type]
        accepted=accepted,
        counter_offer=counter,
        statement=statement,
        statement_issue=statement_issue,
        statement_trust=float(statement_trust),
        level=level,
        time=now() if time is None else time,
        notes=notes,
    )
