"""The weights of a GENIUS file (``docs/genius-import.md``): which issues an objective holds and what
each weighs — nested objectives flattened, an issue's weight the product of the weights along its
path.

Nothing is settled quietly: two different weights for one issue are refused in one line; an issue
without a weight shares what the given ones leave of 1 (none given at all: equal weights), and
:func:`walk` says which issues that was, so the import can tell the user (the plan's notes and the
import's message).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from xml.etree.ElementTree import Element

from ..language import tr
from .genius_xml import GeniusError, attr, children, index_of, tag_of

#: Objectives nested deeper than this are refused (ANAC domains nest one or two levels).
MAX_NESTING = 32


@dataclass(frozen=True)
class Weighed:
    """An issue element with its weight: ``None`` when the file gives no weights at some level of
    its path; ``given`` False when the file gives none for it (it shares what others leave)."""

    element: Element
    weight: float | None
    given: bool = True


class _BadWeight(Exception):
    pass


class _TwoWeights(Exception):
    pass


class _TooDeep(Exception):
    pass


def walk(obj: Element, p: Path) -> list[Weighed]:
    """The issues under ``obj`` with their weights; a problem is one :class:`GeniusError` line
    naming ``p``."""
    try:
        return list(_walk_issues(obj))
    except _BadWeight as e:
        raise GeniusError(p, tr("a weight is not a number ≥ 0 ({value})").format(value=_short(e.args[0]))) from None
    except _TwoWeights as e:
        what, first, second = e.args
        raise GeniusError(p, tr("{name} has two different weights ({first} and {second}); keep one").format(
            name=what, first=_short(first), second=_short(second))) from None
    except _TooDeep:
        raise GeniusError(p, tr("objectives are nested deeper than {levels} levels").format(
            levels=MAX_NESTING)) from None


def _short(text: object, limit: int = 40) -> str:
    """``repr`` of ``text`` cut to about ``limit`` characters (messages never echo a whole input)."""
    r = repr(text)
    return r if len(r) <= limit else r[: limit - 1] + "…"


def _walk_issues(obj: Element) -> Iterable[Weighed]:
    """An explicit stack, not recursion: objectives nested deeper than :data:`MAX_NESTING` raise
    :class:`_TooDeep`."""
    stack = [iter(_weighted_children(obj, Weighed(obj, 1.0)))]
    while stack:
        nxt = next(stack[-1], None)
        if nxt is None:
            stack.pop()
            continue
        if tag_of(nxt.element) == "issue":
            yield nxt
        elif len(stack) >= MAX_NESTING:
            raise _TooDeep()
        else:
            stack.append(iter(_weighted_children(nxt.element, nxt)))


def _weighted_children(obj: Element, parent: Weighed) -> list[Weighed]:
    """The issue and objective children of ``obj`` with their weight products."""
    kids = [c for c in obj if tag_of(c) in ("issue", "objective")]
    given: dict[int, str] = {}
    for w in children(obj, "weight"):
        k = index_of(w)
        if k is None:
            continue
        value = attr(w, "value") or ""
        if k in given and _differ(given[k], value):
            raise _TwoWeights(_child_name(kids, k), given[k], value)
        given[k] = value
    out = []
    for pos, c in enumerate(kids):
        k = index_of(c)
        k = pos + 1 if k is None else k
        if parent.weight is None or not given:
            out.append(Weighed(c, None, False))
        else:
            out.append(Weighed(c, parent.weight * _weight_value(given, k, kids), parent.given and k in given))
    return out


def _differ(a: str, b: str) -> bool:
    """Whether two weights written for one issue say different things (``0.5`` and ``0.50`` do not)."""
    try:
        return float(a) != float(b)
    except ValueError:
        return a != b


def _child_name(kids: list[Element], k: int) -> str:
    """The issue (or objective) that weight index ``k`` belongs to, quoted, as messages name it."""
    for pos, c in enumerate(kids):
        if (index_of(c) if index_of(c) is not None else pos + 1) == k:
            name = attr(c, "name")
            if name:
                return (tr("issue {name}") if tag_of(c) == "issue" else tr("objective {name}")).format(
                    name=_short(name))
    return tr("the weight with index {index}").format(index=k)


def _num(s: str) -> float:
    try:
        x = float(s)
    except ValueError:
        raise _BadWeight(s) from None
    if not math.isfinite(x) or x < 0:
        raise _BadWeight(s)
    return x


def _weight_value(given: dict[int, str], k: int, kids: list[Element]) -> float:
    """Weight of child ``k``; children without a weight share what the others leave of 1."""
    if k in given:
        return _num(given[k])
    keys = [(index_of(c) if index_of(c) is not None else i + 1) for i, c in enumerate(kids)]
    missing = [kk for kk in keys if kk not in given]
    rest = 1.0 - sum(_num(given[kk]) for kk in keys if kk in given)
    return max(rest, 0.0) / len(missing) if missing else 0.0


def final_weights(weights: list[float | None]) -> list[float]:
    """The profile's weights; missing ones share what the given ones leave (all missing: equal)."""
    if all(w is None for w in weights):
        return [1.0 / len(weights)] * len(weights)
    given = [w for w in weights if w is not None]
    rest = max(1.0 - sum(given), 0.0)
    n_missing = sum(w is None for w in weights)
    return [w if w is not None else rest / n_missing for w in weights]


def assumed_weights_note(names: list[str], total: int) -> str:
    """The line the plan's notes and the import's message give when the profile did not weigh
    ``names`` (of ``total`` issues); empty when it weighed them all."""
    if not names:
        return ""
    if len(names) == total:
        return tr("The profile gives no weights: equal weights are assumed ({count} issues, 1/{count} each).").format(
            count=total)
    return tr("The profile gives no weight for {issues}: they share what the other weights leave of 1.").format(
        issues=", ".join(repr(n) for n in names))


__all__ = ["MAX_NESTING", "Weighed", "assumed_weights_note", "final_weights", "walk"]
