"""Package: one full set of terms, checked against a plan, read-only like a ``Mapping``."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from pydantic import Field, field_validator

from .base import Frozen, Term, Text, clean_name
from .contingent.clauses import AnyClause, expected_value
from .errors import quoted
from .language import tr

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
    #: issue → a contingent clause on that issue's term (docs/contingent-terms.md); the term in
    #: ``terms`` is the one that applies when the clause does not bite
    clauses: dict[Text, AnyClause] = Field(default_factory=dict)

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

    __slots__ = ("_plan", "_terms", "_name", "_hash", "_clauses", "_contrib")

    def __init__(self, plan: Plan, terms: Mapping[str, Any], name: str | None = None,
                 clauses: Mapping[str, AnyClause] | None = None) -> None:
        index = plan._issue_index()
        unknown = [k for k in terms if k not in index]
        if unknown:
            raise ValueError(tr("unknown issue {issue}").format(issue=quoted(unknown[0])))
        checked: dict[str, Term] = {}
        for issue in plan.issues:
            if issue.name not in terms:
                raise ValueError(tr("no term for issue {issue}").format(issue=quoted(issue.name)))
            checked[issue.name] = issue.check_term(terms[issue.name])
        self._plan = plan
        self._terms = checked
        self._name = name
        self._hash: int | None = None
        self._clauses: dict[str, AnyClause] = dict(clauses) if clauses else {}
        self._contrib: dict[str, float] | None = None

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
            return self._terms == other._terms and self._clauses == other._clauses
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
        """A copy of the terms as a plain dict (a contingent term: the one that applies when
        its clause does not bite)."""
        return dict(self._terms)

    @property
    def clauses(self) -> dict[str, AnyClause]:
        """Issue → the contingent clause on that term (empty for a fixed package)."""
        return dict(self._clauses)

    @property
    def contingent(self) -> bool:
        return bool(self._clauses)

    @property
    def violations(self) -> list[str]:
        """Human reasons why the package is unacceptable (empty when it is acceptable)."""
        out = []
        for issue in self._plan.issues:
            t = self._terms[issue.name]
            if not issue.is_acceptable(t):
                if issue.is_numeric:
                    out.append(tr("{issue} {term} is beyond the hard limit {limit}").format(
                        issue=issue.name, term=issue.format_term(t), limit=issue.format_term(issue.hard_limit)))
                else:
                    out.append(tr("{issue} {term} is unacceptable").format(issue=issue.name, term=t))
        return out

    @property
    def acceptable(self) -> bool:
        return all(issue.is_acceptable(self._terms[issue.name]) for issue in self._plan.issues)

    def contributions(self) -> dict[str, float]:
        """Points each issue contributes to our value: weight × curve(term) (they sum to
        :attr:`score`). The additive value model lives here, once."""
        if self._contrib is None:
            plan = self._plan
            out = {}
            for i in plan.issues:
                clause = self._clauses.get(i.name)
                if clause is None:
                    v = i.value(self._terms[i.name])
                else:  # a contingent term: its expected value under our forecast
                    event = plan.event(clause.event)
                    v = expected_value(clause, i, self._terms[i.name], event, event.ours)
                out[i.name] = plan.weights[i.name] * v
            self._contrib = out
        return dict(self._contrib)

    @property
    def score(self) -> float:
        """Our value of the package in points (0..100), exact: Σ weight × curve(term); a
        contingent term counts with its expected value under our forecast."""
        total = 0.0
        for points in self.contributions().values():
            total += points
        return float(total)

    def replace(self, **terms: Term) -> Package:
        """A new package with some terms changed (``pkg.replace(**{"Unit price": 41.5})``)."""
        new = dict(self._terms)
        new.update(terms)
        return Package(self._plan, new, name=self._name, clauses=self._clauses)

    def with_terms(self, terms: Mapping[str, Term]) -> Package:
        new = dict(self._terms)
        new.update(terms)
        return Package(self._plan, new, name=self._name, clauses=self._clauses)

    def with_clauses(self, clauses: Mapping[str, AnyClause] | None) -> Package:
        """The same terms with these contingent clauses (None or empty: a fixed package)."""
        return Package(self._plan, self._terms, name=self._name, clauses=clauses)

    def named(self, name: str | None) -> Package:
        p = Package.__new__(Package)
        p._plan, p._terms, p._name, p._hash = self._plan, self._terms, name, None
        p._clauses, p._contrib = self._clauses, self._contrib
        return p

    def to_stored(self, name: str | None = None, **kw: Any) -> StoredPackage:
        name = name or self._name
        if not name:
            raise ValueError(tr("a stored package needs a name"))
        if self._clauses and "clauses" not in kw:
            kw["clauses"] = dict(self._clauses)
        return StoredPackage(name=name, terms=dict(self._terms), **kw)

    def describe(self) -> str:
        """Terms in plain words, one per line ("Unit price: EUR 41.50")."""
        return "\n".join(f"{i.name}: {i.format_term(self._terms[i.name])}" for i in self._plan.issues)

    def differences(self, other: Mapping[str, Term]) -> list[str]:
        """Names of the issues whose terms differ from ``other``."""
        return [k for k, v in self._terms.items() if other.get(k) != v]
