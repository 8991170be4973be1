"""The negotiation plan: issues, weights, packages, rounds — pydantic v2 schemas, no Qt.

Every model here is immutable (``frozen``). Edits produce a new object through
:meth:`Plan.replace` (validated) or the helpers at the bottom of this module, so that an
undo stack only has to remember the plan before and after each change.

Conventions (``docs/decisions.md``):

* weights are fractions summing to 1 (shown to people as percentages);
* an issue's *curve* maps a term to our value 0..100; the plan's score is
  ``sum(weight * curve(term))`` and therefore lies in 0..100 points;
* a term beyond a numeric hard limit, or an unacceptable categorical option, is still a
  valid term (it is scored on the curve) but makes the package unacceptable.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from datetime import date as _date
from typing import Annotated, Any, Literal

import numpy as np
from pydantic import Field, PrivateAttr, ValidationError, field_validator, model_validator

from . import records_follow
from .base import Frozen, Term, Text, one_line_name
from .contingent.clauses import AnyClause, check_clause
from .contingent.events import Event
from .errors import InvalidInput, OneLineErrors, PlanError, UnknownName, quoted, short_number, shorten
from .language import QT_TR_NOOP, normalise, tr
from .negotiation import Agreement, Approver, MesoSet, OfferedPackage, Round
from .package import Package, StoredPackage
from .preferences.behind_the_table import Constituency, Goodwill, RelationshipWeight
from .preferences.issues import AnyIssue, CategoricalIssue, Issue, NumericIssue
from .preferences.total_cost import CostModel
from .preferences.weights import WeightRegion
from .supplier import SUPPLIER_FIELDS, SupplierRecord, best_held_offer, check_suppliers, exact_points, highest_walkaway

FORMAT_NAME = "meso-desk"
#: 2: ``direction``, ``acceptable``, ``weights`` and ``reservation`` are required in files
#: (version 1 files are migrated on loading, see io/meso_file.py).
FORMAT_VERSION = 2


class Plan(OneLineErrors, Frozen):
    """A negotiation plan. Immutable: use :meth:`replace` and friends to change it (refusals: one line)."""

    format: Literal["meso-desk"] = FORMAT_NAME
    version: int = FORMAT_VERSION
    title: Text = "Untitled negotiation"
    our_organisation: Text = ""
    counterpart: Text = ""
    currency: Text = "EUR"
    #: The language the plan's cards and documents are printed in ("en" or "de"; files
    #: without it were written in English). The window's own language is a setting.
    language: Literal["en", "de"] = "en"
    # -- plan properties (File ▸ Plan Properties…; docs/file-format.md) -------------------
    #: The person who negotiates for the counterpart (printed on cards: "For …").
    negotiator: Text = ""
    #: The date our offers are valid until (printed on cards: "Valid until …").
    valid_until: _date | None = None
    #: Who must approve the deal on our side (INTERNAL: the briefing and the debrief).
    approvers: tuple[Approver, ...] = ()
    #: Notes on the relationship with the counterpart (INTERNAL: the briefing and the debrief).
    relationship: Text = ""
    #: The supplier's behind-the-table parties as we believe them (docs/behind-the-table.md).
    their_constituencies: tuple[Constituency, ...] = ()
    #: issue name → the goodwill of conceding on it; and how much the relationship counts.
    goodwill: dict[Text, Goodwill] = Field(default_factory=dict)
    relationship_weight: RelationshipWeight | None = None
    issues: tuple[AnyIssue, ...] = ()
    #: issue name → weight; fractions summing to 1 (normalised on validation); a number, never ``true``.
    weights: dict[Text, Annotated[float, Field(strict=True)]] = Field(default_factory=dict)
    reservation: float = Field(default=0.0, ge=0.0, le=100.0)
    aspiration: float = Field(default=80.0, ge=0.0, le=100.0)
    batna: Text = ""
    packages: tuple[StoredPackage, ...] = ()
    meso_sets: tuple[MesoSet, ...] = ()
    rounds: tuple[Round, ...] = ()
    notes: Text = ""
    #: Our hunch about the counterpart's priorities before evidence: issue → factor on its
    #: Dirichlet prior parameter (2 = "I think this matters more to them"; 1 = neutral).
    counterpart_prior: dict[Text, float] = Field(default_factory=dict)
    # -- the deal phase (docs/deal.md) --------------------------------------------------
    #: Our BATNA as a competing quote: a full package of terms, scored by our own model.
    batna_package: dict[Text, Term] | None = None
    #: The reservation value follows the competing quote's points (kept in sync on every
    #: edit; an aspiration below it rises to it). False: the reservation is set by hand.
    reservation_from_batna: bool = False
    #: Our guess of their reservation value, in their points (0..100), entered by hand;
    #: ``None``: inferred from their reactions ("none of these", an acceptance).
    their_reservation: float | None = Field(default=None, ge=0.0, le=100.0)
    #: Half-width (points) of the 80 % range around an entered ``their_reservation``.
    their_reservation_uncertainty: float = Field(default=10.0, ge=0.0, le=50.0)
    #: Post-settlement: propose a set only if the chance that one is better for them reaches this.
    settlement_bar: float = Field(default=0.3, gt=0.0, lt=1.0)
    #: The agreed package, once there is one.
    agreement: Agreement | None = None
    #: Free lessons for the debrief.
    lessons: Text = ""
    #: Total cost in money: unit price × volume, freight, financing, price breaks (docs/total-cost.md).
    costs: CostModel | None = None
    #: How unsure we are of our own weights: per issue the range a weight may be in (from the
    #: "Ask me" answers or a ± band); None: the weights are taken as exact (docs/weights-and-packages.md).
    weight_region: WeightRegion | None = None
    #: Uncertain events both sides will measure, with our forecast and theirs; packages' terms
    #: may depend on them through contingent clauses (docs/contingent-terms.md).
    events: tuple[Event, ...] = ()
    # -- several suppliers (docs/suppliers.md) ---------------------------------------------
    #: The supplier worked on: its contacts, notes about it, and which packages are its quotes.
    contacts: Text = ""
    supplier_notes: Text = ""
    quotes: tuple[Text, ...] = ()
    #: The other suppliers of this sourcing plan (their per-supplier fields), in order, the
    #: one worked on sitting at ``supplier_index`` among them.
    suppliers: tuple[SupplierRecord, ...] = ()
    supplier_index: int = Field(default=0, ge=0)
    #: Our BATNA against the supplier worked on follows the market: the best offer held from
    #: the other suppliers, or ``outside_option`` when it is better (``batna_package`` is kept
    #: in sync on every edit; the reservation follows it only with ``reservation_from_batna``).
    batna_from_market: bool = False
    #: An alternative outside this plan's suppliers (a catalogue price, another quote), full terms.
    outside_option: dict[Text, Term] | None = None
    #: issue name → issue, built once per issues tuple (``issue()`` in constant time).
    _index: tuple[tuple, dict] | None = PrivateAttr(default=None)

    # -- validation --------------------------------------------------------------------
    @field_validator("language", mode="before")
    @classmethod
    def _language_code(cls, v: Any) -> Any:
        return normalise(v) if isinstance(v, str) else v

    @field_validator("weights")
    @classmethod
    def _weights_finite(cls, v: dict[str, float]) -> dict[str, float]:
        for k, w in v.items():
            if not math.isfinite(w) or w < 0:
                raise PlanError(_key(k), tr("a weight must be a number ≥ 0"))
        return v

    @model_validator(mode="before")
    @classmethod
    def _default_weights(cls, data: Any) -> Any:
        # A plan built in a script without weights gets equal weights (files: io/meso_file.py).
        if isinstance(data, dict) and not data.get("weights") and isinstance(data.get("issues"), (list, tuple)):
            names = []
            for it in data["issues"]:
                n = it.name if isinstance(it, Issue) else (it.get("name") if isinstance(it, dict) else None)
                if isinstance(n, str):
                    names.append(n.strip())
            if names:
                data = {**data, "weights": {n: 1.0 for n in names}}
        return data

    @model_validator(mode="after")
    def _consistent(self) -> Plan:
        by_name = self._issue_index()
        if len(by_name) != len(self.issues):
            seen: set[str] = set()
            for k, i in enumerate(self.issues):
                if i.name in seen:
                    raise PlanError(f"issues[{k}].name", tr("two issues are called {name}").format(name=quoted(i.name)))
                seen.add(i.name)
        self._check_weights(by_name)
        if self.aspiration < self.reservation:
            raise PlanError("aspiration", tr("{aspiration} is below the reservation value ({reservation})").format(
                aspiration=short_number(self.aspiration), reservation=short_number(self.reservation)))
        pnames: set[str] = set()
        for k, p in enumerate(self.packages):
            where = f"packages[{k}]"
            if p.name in pnames:
                raise PlanError(f"{where}.name", tr("two packages are called {name}").format(name=quoted(p.name)))
            pnames.add(p.name)
            _check_terms(by_name, p.terms, f"{where}.terms")
            for lk in p.locked:
                if lk not in by_name:
                    raise PlanError(f"{where}.locked", tr("locks unknown issue {issue}").format(issue=quoted(lk)))
        for j, s in enumerate(self.meso_sets):
            for pn in s.packages:
                if pn not in pnames:
                    raise PlanError(f"meso_sets[{j}].packages",
                                     tr("refers to unknown package {package}").format(package=quoted(pn)))
        for r_i, r in enumerate(self.rounds):
            for o_i, o in enumerate(r.offered):
                _check_terms(by_name, o.terms, f"rounds[{r_i}].offered[{o_i}].terms")
            if r.counter_offer is not None:
                _check_terms(by_name, r.counter_offer, f"rounds[{r_i}].counter_offer", partial=True)
            if r.statement_issue is not None and r.statement_issue not in by_name:
                raise PlanError(f"rounds[{r_i}].statement_issue",
                                 tr("unknown issue {issue}").format(issue=quoted(r.statement_issue)))
        self._check_contingent(by_name)
        for k, v in self.counterpart_prior.items():
            if k not in by_name:
                raise PlanError("counterpart_prior", tr("names unknown issue {issue}").format(issue=quoted(k)))
            if not (math.isfinite(v) and v > 0):
                raise PlanError(f"counterpart_prior.{_key(k)}", tr("must be a number above zero"))
        return self

    def _check_contingent(self, by_name: Mapping[str, Issue]) -> None:
        """Events have distinct names; every clause names a known issue and event and fits them."""
        events: dict[str, Event] = {}
        for k, e in enumerate(self.events):
            if e.name in events:
                raise PlanError(f"events[{k}].name", tr("two events are called {name}").format(name=quoted(e.name)))
            events[e.name] = e
            for a in e.affects:
                if a not in by_name:
                    raise PlanError(f"events[{k}].affects", tr("names unknown issue {issue}").format(issue=quoted(a)))

        def check(clauses: Mapping[str, AnyClause], where: str) -> None:
            for issue, clause in clauses.items():
                if issue not in by_name:
                    raise PlanError(where, tr("names unknown issue {issue}").format(issue=quoted(issue)))
                why = check_clause(clause, by_name[issue], events.get(clause.event))
                if why:
                    raise PlanError(f"{where}.{_key(issue)}", why)

        for k, p in enumerate(self.packages):
            if p.clauses:
                check(p.clauses, f"packages[{k}].clauses")
        for r_i, r in enumerate(self.rounds):
            for o_i, o in enumerate(r.offered):
                if o.clauses:
                    check(o.clauses, f"rounds[{r_i}].offered[{o_i}].clauses")
        if self.agreement is not None:
            check(self.agreement.clauses, "agreement.clauses")
            check(self.agreement.clauses_before_post_settlement, "agreement.clauses_before_post_settlement")

    def _check_suppliers(self, by_name: Mapping[str, Issue]) -> None:
        check_suppliers(self, by_name, _check_terms)

    # -- several suppliers ---------------------------------------------------------------
    @property
    def supplier_names(self) -> list[str]:
        """Every supplier of the plan, in order (the one worked on among them)."""
        others = [r.counterpart for r in self.suppliers]
        return others[: self.supplier_index] + [self.counterpart] + others[self.supplier_index:]

    def supplier_record(self, name: str | None = None) -> SupplierRecord:
        """The per-supplier fields of ``name`` (default: the supplier worked on) as a record."""
        if name is None or name == self.counterpart:
            return SupplierRecord.model_construct(**{f: getattr(self, f) for f in SUPPLIER_FIELDS})
        for r in self.suppliers:
            if r.counterpart == name:
                return r
        raise UnknownName(tr("no supplier called {name}").format(name=repr(name)))

    def with_supplier(self, name: str) -> Plan:
        """The plan with ``name`` as the supplier worked on (its rounds, estimate, agreement …);
        the shared fields stay; nothing is lost: the one worked on before becomes a record."""
        if name == self.counterpart:
            return self
        full = list(self.suppliers)
        full.insert(self.supplier_index, self.supplier_record())
        k = [r.counterpart for r in full].index(name) if name in self.supplier_names else -1
        if k < 0:
            raise UnknownName(tr("no supplier called {name}").format(name=repr(name)))
        target = full.pop(k)
        return self.replace(**{f: getattr(target, f) for f in SUPPLIER_FIELDS}, suppliers=tuple(full),
                            supplier_index=k)

    def single_supplier(self, name: str | None = None) -> Plan:
        """The plan as one supplier's own: ``name`` worked on, no other suppliers (what an edit of
        per-supplier data is applied to, one supplier at a time)."""
        p = self if name is None else self.with_supplier(name)
        return p.replace(suppliers=(), supplier_index=0) if p.suppliers else p

    def with_every_supplier(self, edit: Callable[[Plan, str], Plan]) -> Plan:
        """``edit(plan, supplier)`` applied to each supplier's own plan (:meth:`single_supplier`):
        the shared fields come from the edit of the supplier worked on, each supplier's own fields
        from its own edit (an issue renamed in every supplier's rounds and agreement)."""
        if not self.suppliers:
            return edit(self, self.counterpart)
        main = edit(self.single_supplier(), self.counterpart)
        records = []
        for rec in self.suppliers:
            theirs = edit(self.single_supplier(rec.counterpart), rec.counterpart)
            records.append(SupplierRecord(**{f: getattr(theirs, f) for f in SUPPLIER_FIELDS}))
        return main.replace(suppliers=tuple(records), supplier_index=self.supplier_index)

    def market_batna(self, supplier: str | None = None) -> tuple[str, dict[str, Term], float] | None:
        """Our best alternative to ``supplier`` (default: the one worked on): the best offer held
        from any other supplier, or the outside option when it is better — (where from, terms,
        our points); None when there is neither."""
        supplier = self.counterpart if supplier is None else supplier
        best: tuple[str, dict[str, Term], float] | None = None
        for name in self.supplier_names:
            if name == supplier:
                continue
            got = best_held_offer(self, self.supplier_record(name))
            if got is not None and (best is None or got[2] > best[2]):
                best = (f"{name}: {got[0]}", got[1], got[2])
        if self.outside_option is not None:
            pts = Package(self, self.outside_option).score
            if best is None or pts > best[2]:
                best = (tr("outside option"), dict(self.outside_option), pts)
        return best

    def event(self, name: str) -> Event:
        """The event called ``name`` (:class:`~meso_desk.model.errors.UnknownName` when there is none)."""
        for e in self.events:
            if e.name == name:
                return e
        raise UnknownName(tr("no event called {name}").format(name=repr(name)))

    def _check_weights(self, by_name: Mapping[str, Issue]) -> None:
        """Every issue has a weight, no weight names an unknown issue, at least one is above
        zero; the weights are normalised to sum to 1, dividing by the largest first so that
        huge weights (1e308 each) cannot overflow the sum."""
        weights = self.weights
        for k in weights:  # a misspelt name first: it is why the right one has no weight
            if k not in by_name:
                raise PlanError("weights", tr("weight given for unknown issue {issue}").format(issue=quoted(k)))
        for n in by_name:
            if n not in weights:
                raise PlanError("weights", tr("no weight for issue {issue}").format(issue=quoted(n)))
        if not by_name:
            return
        top = max(weights.values())
        if not top > 0:
            raise PlanError("weights", tr("at least one weight must be above zero"))
        names = list(by_name)
        if abs(math.fsum(w / top for w in weights.values()) * top - 1.0) > 1e-12 or list(weights) != names:
            scaled = {n: weights[n] / top for n in names}  # each ≤ 1: the sum is at most n
            total = math.fsum(scaled.values())
            object.__setattr__(self, "weights", {n: scaled[n] / total for n in names})

    @model_validator(mode="after")
    def _deal(self) -> Plan:
        by_name = self._issue_index()
        self._check_suppliers(by_name)
        if self.batna_from_market and self.issues:
            best = self.market_batna()
            object.__setattr__(self, "batna_package", None if best is None else dict(best[1]))
        if self.costs is not None:
            self.costs.check(by_name)
        if self.batna_package is not None:
            _check_terms(by_name, self.batna_package, "batna_package", what="the competing quote (BATNA)")
        if self.agreement is not None:
            _check_terms(by_name, self.agreement.terms, "agreement.terms", what="the agreement")
            if self.agreement.before_post_settlement is not None:
                _check_terms(by_name, self.agreement.before_post_settlement, "agreement.before_post_settlement",
                             what="the agreement before settlement")
        if self.reservation_from_batna and self.batna_package is not None and self.issues:
            value = exact_points(self, self.batna_package)  # the competing quote's points exactly
            object.__setattr__(self, "reservation", value)
            # an aspiration below a walk-away means nothing; with the market, below none of the
            # suppliers' walk-aways, so that a switch never moves it (supplier.highest_walkaway)
            top = max(value, highest_walkaway(self) or 0.0) if self.batna_from_market else value
            if self.aspiration < top:
                object.__setattr__(self, "aspiration", top)
        return self

    def _issue_index(self) -> dict[str, Issue]:
        """Issue name → issue, built once for this plan's issues (a duplicate name keeps the
        first issue; validation refuses duplicates)."""
        cached = self._index
        if cached is None or cached[0] is not self.issues:
            index: dict[str, Issue] = {}
            for i in self.issues:
                index.setdefault(i.name, i)
            cached = (self.issues, index)
            self._index = cached
        return cached[1]

    # -- access ------------------------------------------------------------------------
    @property
    def issue_names(self) -> list[str]:
        return [i.name for i in self.issues]

    def issue(self, name: str) -> NumericIssue | CategoricalIssue:
        try:
            return self._issue_index()[name]  # type: ignore[return-value]
        except (KeyError, TypeError):
            raise UnknownName(tr("no issue called {name}").format(name=quoted(name))) from None

    def weight_vector(self) -> np.ndarray:
        return np.array([self.weights[n] for n in self.issue_names], dtype=float)

    @property
    def package_names(self) -> list[str]:
        return [p.name for p in self.packages]

    def stored_package(self, name: str) -> StoredPackage:
        for p in self.packages:
            if p.name == name:
                return p
        raise UnknownName(tr("no package called {name}").format(name=repr(name)))

    def package(self, name_or_terms: str | Mapping[str, Term]):
        """A named package of this plan, or ``terms`` checked against this plan."""
        if isinstance(name_or_terms, str):
            sp = self.stored_package(name_or_terms)
            return Package(self, sp.terms, name=sp.name, clauses=sp.clauses)
        return Package(self, name_or_terms)

    def meso_set_of(self, package_name: str) -> MesoSet | None:
        for s in self.meso_sets:
            if package_name in s.packages:
                return s
        return None

    # -- edits (each returns a new, validated plan) ---------------------------------------
    def replace(self, **changes: Any) -> Plan:
        """A copy with ``changes`` applied, fully validated (refused: :class:`InvalidInput`, one line)."""
        data = {k: getattr(self, k) for k in type(self).model_fields}
        data.update(changes)
        try:
            return type(self).model_validate(data)
        except ValidationError as e:
            raise InvalidInput.of(e) from None

    def with_weights(self, weights: Mapping[str, float]) -> Plan:
        return self.replace(weights=dict(weights))

    def with_issue(self, index: int, issue: Issue) -> Plan:
        """Replace the issue at ``index``; a rename carries its weight and terms along."""
        old = self.issues[index]
        issues = list(self.issues)
        issues[index] = issue
        if old.name == issue.name:
            return self._with_issues_fitted(issues, {})
        return self._with_issues_fitted(issues, {old.name: issue.name})

    def with_issue_added(self, issue: Issue, weight: float | None = None, index: int | None = None) -> Plan:
        issues = list(self.issues)
        index = len(issues) if index is None else index
        issues.insert(index, issue)
        n = len(issues)
        w = (1.0 / n) if weight is None else weight
        weights = {k: v * (1.0 - w) for k, v in self.weights.items()} if self.weights else {}
        weights[issue.name] = w if self.weights else 1.0
        return self._with_issues_fitted(issues, {}, weights=weights)

    def with_issue_removed(self, name: str) -> Plan:
        """The plan without issue ``name`` and what was recorded on it (:func:`records_follow.removed`)."""
        return records_follow.removed(self, name)

    def with_issue_moved(self, name: str, new_index: int) -> Plan:
        issues = [i for i in self.issues if i.name != name]
        issues.insert(max(0, min(new_index, len(issues))), self.issue(name))
        weights = {i.name: self.weights[i.name] for i in issues}
        return self.replace(issues=tuple(issues), weights=weights)

    def _with_issues_fitted(
        self, issues: list[Issue], renames: dict[str, str], weights: dict[str, float] | None = None
    ) -> Plan:
        """New issues; everything recorded on them follows (:func:`records_follow.fitted`)."""
        return records_follow.fitted(self, issues, renames, weights)

    def carried_behind_the_table(self, renames: Mapping[str, str], gone: str | None = None,
                                 options: Mapping[str, str] | None = None,
                                 issues: Mapping[str, Issue] | None = None) -> dict[str, Any]:
        """Approver conditions and own weights, their constituencies and goodwill after an issue
        edit (:func:`records_follow.behind_the_table`)."""
        return records_follow.behind_the_table(self, renames, gone, options, issues)

    def with_package(self, package: StoredPackage, index: int | None = None) -> Plan:
        """Add ``package``, or replace the package of the same name (keeping its place)."""
        pkgs = list(self.packages)
        for i, p in enumerate(pkgs):
            if p.name == package.name:
                pkgs[i] = package
                return self.replace(packages=tuple(pkgs))
        pkgs.insert(len(pkgs) if index is None else index, package)
        return self.replace(packages=tuple(pkgs))

    def with_term(self, package: str, issue: str, term: Term) -> Plan:
        sp = self.stored_package(package)
        terms = dict(sp.terms)
        terms[issue] = self.issue(issue).check_term(term)
        return self.with_package(sp.model_copy(update={"terms": terms}))

    def with_terms(self, package: str, terms: Mapping[str, Term]) -> Plan:
        sp = self.stored_package(package)
        new = dict(sp.terms)
        for k, v in terms.items():
            new[k] = self.issue(k).check_term(v)
        return self.with_package(sp.model_copy(update={"terms": new}))

    def with_package_removed(self, name: str) -> Plan:
        self.stored_package(name)
        sets = tuple(
            s.model_copy(update={"packages": tuple(p for p in s.packages if p != name)})
            for s in self.meso_sets
        )
        sets = tuple(s for s in sets if s.packages)
        return self.replace(packages=tuple(p for p in self.packages if p.name != name), meso_sets=sets,
                            **self._quotes_renamed(name, None))

    def with_package_renamed(self, old: str, new: str) -> Plan:
        new = one_line_name(new, "package name")
        if new != old and new in self.package_names:
            raise ValueError(tr("a package called {name} already exists").format(name=repr(new)))
        pkgs = tuple(p.model_copy(update={"name": new}) if p.name == old else p for p in self.packages)
        sets = tuple(
            s.model_copy(update={"packages": tuple(new if x == old else x for x in s.packages)})
            for s in self.meso_sets
        )
        return self.replace(packages=pkgs, meso_sets=sets, **self._quotes_renamed(old, new))

    def _quotes_renamed(self, old: str, new: str | None) -> dict[str, Any]:
        """Every supplier's quotes with package ``old`` renamed to ``new`` (None: dropped)."""
        def moved(q: tuple[str, ...]) -> tuple[str, ...]:
            return tuple(x if x != old else new for x in q if x != old or new is not None)

        if old not in self.quotes and not any(old in r.quotes for r in self.suppliers):
            return {}
        return {"quotes": moved(self.quotes),
                "suppliers": tuple(r.model_copy(update={"quotes": moved(r.quotes)}) for r in self.suppliers)}

    def unique_package_name(self, base: str) -> str:
        names = set(self.package_names)
        if base not in names:
            return base
        k = 2
        while f"{base} ({k})" in names:
            k += 1
        return f"{base} ({k})"

    def with_round(self, rnd: Round) -> Plan:
        return self.replace(rounds=(*self.rounds, rnd))

    def to_json(self, indent: int | None = 2) -> str:
        return self.model_dump_json(indent=indent)


def _key(name: Any) -> str:
    """A dict key as a path element (shortened)."""
    return shorten(name)


#: what → (a term for an unknown issue, no term for an issue): whole sentences per kind of terms.
_TERM_REASONS: dict[str, tuple[str, str]] = {
    "": (QT_TR_NOOP("a term for unknown issue {issue}"), QT_TR_NOOP("no term for issue {issue}")),
    "the competing quote (BATNA)": (QT_TR_NOOP("the competing quote (BATNA) has term for unknown issue {issue}"),
                                    QT_TR_NOOP("the competing quote (BATNA) has no term for issue {issue}")),
    "the agreement": (QT_TR_NOOP("the agreement has term for unknown issue {issue}"),
                      QT_TR_NOOP("the agreement has no term for issue {issue}")),
    "the agreement before settlement": (
        QT_TR_NOOP("the agreement before settlement has term for unknown issue {issue}"),
        QT_TR_NOOP("the agreement before settlement has no term for issue {issue}")),
    "the outside option": (QT_TR_NOOP("the outside option has term for unknown issue {issue}"),
                           QT_TR_NOOP("the outside option has no term for issue {issue}")),
}


def _term_reason(what: str, missing: bool, issue: str) -> str:
    reasons = _TERM_REASONS.get(what)
    if reasons is not None:
        return tr(reasons[1] if missing else reasons[0]).format(issue=issue)
    if missing:
        return tr("{what} has no term for issue {issue}").format(what=what, issue=issue)
    return tr("{what} has term for unknown issue {issue}").format(what=what, issue=issue)


def _check_terms(by_name: Mapping[str, Issue], terms: Mapping[str, Any], where: str,
                 partial: bool = False, what: str = "") -> None:
    """Raise :class:`PlanError` at ``where.ISSUE`` for the first term that does not fit the plan
    (``what`` names the terms in the reason: "the agreement has no term for …"; one of
    :data:`_TERM_REASONS`' keys, so that the reason is translated whole)."""
    for k in terms:
        if k not in by_name:
            raise PlanError(where, _term_reason(what, False, quoted(k)))
    if not partial and len(terms) != len(by_name):
        missing = next(k for k in by_name if k not in terms)
        raise PlanError(where, _term_reason(what, True, quoted(missing)))
    for k, v in terms.items():
        try:
            by_name[k].check_term(v)
        except ValueError as e:
            raise PlanError(f"{where}.{_key(k)}", str(e).removeprefix(f"{shorten(k)}: ")) from None


#: The plan and the records it keeps (defined in :mod:`~meso_desk.model.negotiation`).
__all__ = ["FORMAT_NAME", "FORMAT_VERSION", "Agreement", "Approver", "MesoSet", "OfferedPackage", "Plan", "Round"]
