"""Package: one full set of terms, checked against a plan, read-only like a ``Mapping``."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from pydantic import field_validator

from .base import Frozen, Term, Text, clean_name
from .errors import quoted

if TYPE_CHECKING:
    from .plan import Plan


class StoredPackage(Frozen):
    """A named package as kept in the plan file (terms as plain JSON values)."""

    name: Text
    terms: dict[Text, Term]
    #: Rebalance the other terms when one moves (the default for MESO packages).
    hold_value: bool = False
    #: Terms that rebalancing must not move.
    locked: tuple[Text, ...] = ()
    note: Text = ""

    @field_validator("name")
    @classmethod
    def _name(cls, v: str) -> str:
        return clean_name(v, "package name")


class Package(Mapping[str, Term]):
    """Issue name → term, validated against ``plan`` (in range, on the step, a known option).

    A package that breaks a hard limit or uses an unacceptable option is still a valid
    package (it is scored on the curve) but ``acceptable`` is ``False`` and ``violations``
    says why.
    """

    __slots__ = ("_plan", "_terms", "_name", "_hash")

    def __init__(self, plan: Plan, terms: Mapping[str, Any], name: str | None = None) -> None:
        index = plan._issue_index()
        unknown = [k for k in terms if k not in index]
        if unknown:
            raise ValueError(f"unknown issue {quoted(unknown[0])}")
        checked: dict[str, Term] = {}
        for issue in plan.issues:
            if issue.name not in terms:
                raise ValueError(f"no term for issue {quoted(issue.name)}")
            checked[issue.name] = issue.check_term(terms[issue.name])
        self._plan = plan
        self._terms = checked
        self._name = name
        self._hash: int | None = None

    # -- Mapping -----------------------------------------------------------------------
    def __getitem__(self, key: str) -> Term:
        return self._terms[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._terms)

    def __len__(self) -> int:
        return len(self._terms)

    def __hash__(self) -> int:
        if self._hash is None:
            self._hash = hash(tuple(self._terms.items()))
        return self._hash

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Package):
            return self._terms == other._terms
        if isinstance(other, Mapping):
            return self._terms == dict(other)
        return NotImplemented

    def __repr__(self) -> str:
        inner = ", ".join(f"{k}={v!r}" for k, v in self._terms.items())
        return f"Package({self._name + ': ' if self._name else ''}{inner})"

    # -- plan-aware --------------------------------------------------------------------
    @property
    def plan(self) -> Plan:
        return self._plan

    @property
    def name(self) -> str | None:
        return self._name

    @property
    def terms(self) -> dict[str, Term]:
        """A copy of the terms as a plain dict."""
        return dict(self._terms)

    @property
    def violations(self) -> list[str]:
        """Human reasons why the package is unacceptable (empty when it is acceptable)."""
        out = []
        for issue in self._plan.issues:
            t = self._terms[issue.name]
            if not issue.is_acceptable(t):
                if issue.is_numeric:
                    out.append(f"{issue.name} {issue.format_term(t)} is beyond the hard limit "
                               f"{issue.format_term(issue.hard_limit)}")
                else:
                    out.append(f"{issue.name} {t} is unacceptable")
        return out

    @property
    def acceptable(self) -> bool:
        return all(issue.is_acceptable(self._terms[issue.name]) for issue in self._plan.issues)

    def contributions(self) -> dict[str, float]:
        """Points each issue contributes to our value: weight × curve(term) (they sum to
        :attr:`score`). The additive value model lives here, once."""
        plan = self._plan
        return {i.name: plan.weights[i.name] * i.value(self._terms[i.name]) for i in plan.issues}

    @property
    def score(self) -> float:
        """Our value of the package in points (0..100), exact: Σ weight × curve(term)."""
        total = 0.0
        for points in self.contributions().values():
            total += points
        return float(total)

    def replace(self, **terms: Term) -> Package:
        """A new package with some terms changed (``pkg.replace(**{"Unit price": 41.5})``)."""
        new = dict(self._terms)
        new.update(terms)
        return Package(self._plan, new, name=self._name)

    def with_terms(self, terms: Mapping[str, Term]) -> Package:
        new = dict(self._terms)
        new.update(terms)
        return Package(self._plan, new, name=self._name)

    def named(self, name: str | None) -> Package:
        p = Package.__new__(Package)
        p._plan, p._terms, p._name, p._hash = self._plan, self._terms, name, None
        return p

    def to_stored(self, name: str | None = None, **kw: Any) -> StoredPackage:
        name = name or self._name
        if not name:
            raise ValueError("a stored package needs a name")
        return StoredPackage(name=name, terms=dict(self._terms), **kw)

    def describe(self) -> str:
        """Terms in plain words, one per line ("Unit price: EUR 41.50")."""
        return "\n".join(f"{i.name}: {i.format_term(self._terms[i.name])}" for i in self._plan.issues)

    def differences(self, other: Mapping[str, Term]) -> list[str]:
        """Names of the issues whose terms differ from ``other``."""
        return [k for k, v in self._terms.items() if other.get(k) != v]
