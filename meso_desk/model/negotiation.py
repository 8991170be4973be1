"""The records of a negotiation that a plan keeps: MESO sets, rounds with what was offered and
how they reacted, the agreement, and our approvers — pydantic v2 schemas, no Qt, immutable.
:mod:`~meso_desk.model.plan` holds them (and re-exports them)."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from datetime import date as _date
from typing import Literal

from pydantic import Field, model_validator

from .base import Frozen, Term, Text, Timestamp
from .contingent.clauses import AnyClause
from .language import tr
from .preferences.approval_conditions import ApprovalCondition


class MesoSet(Frozen):
    """A set of packages offered together (letters A, B, C …) at one level."""

    name: Text
    level: float | None = Field(default=None, ge=0, le=100)
    packages: tuple[Text, ...]
    created: Timestamp | None = None
    #: hidden from the packages panel (still in the file and in the rounds)
    archived: bool = False


class OfferedPackage(Frozen):
    """A copy of an offered package's terms (rounds never refer to editable packages)."""

    label: Text
    terms: dict[Text, Term]
    #: issue → the contingent clause offered on that term (docs/contingent-terms.md)
    clauses: dict[Text, AnyClause] = Field(default_factory=dict)


class Round(Frozen):
    """One exchange with the counterpart: what we offered and how they reacted.

    ``ranking`` holds indices into ``offered``, most preferred first; one index is a plain
    choice, several a (possibly partial) ranking, an empty list means they stated no
    preference. ``outcome`` is a separate fact: they may refuse all packages and still say
    which one they liked best.
    """

    offered: tuple[OfferedPackage, ...] = ()
    ranking: tuple[int, ...] = ()
    outcome: Literal["pending", "accepted", "none_acceptable"] = "pending"
    accepted: int | None = None
    counter_offer: dict[Text, Term] | None = None
    statement: Text = ""
    statement_issue: Text | None = None
    statement_trust: float = Field(default=0.5, ge=0.0, le=1.0)
    #: Their answers to the question planner's other questions (docs/inference.md): "X matters
    #: more to us than Y" as (X, Y), and the term they say suits them best on one issue.
    issue_over: tuple[Text, Text] | None = None
    preferred_term: dict[Text, Term] | None = None
    level: float | None = Field(default=None, ge=0.0, le=100.0)
    time: Timestamp | None = None
    notes: Text = ""

    @model_validator(mode="after")
    def _indices(self) -> Round:
        n = len(self.offered)
        if len(set(self.ranking)) != len(self.ranking):
            raise ValueError(tr("a package appears twice in the ranking"))
        for i in self.ranking:
            if not 0 <= i < n:
                raise ValueError(tr("ranking refers to package {index}, but {count} were offered").format(
                    index=i, count=n))
        if self.accepted is not None and not 0 <= self.accepted < n:
            raise ValueError(tr("accepted package {index} was not offered").format(index=self.accepted))
        if self.outcome == "accepted" and self.accepted is None:
            raise ValueError(tr("outcome 'accepted' needs the accepted package"))
        return self


class Agreement(Frozen):
    """The agreed package: a copy of its terms (like a round's offers), when, and notes.

    ``before_post_settlement`` keeps the terms agreed first when a post-settlement package
    later replaced them (both sides found one better; the debrief shows the step), and
    ``clauses_before_post_settlement`` the contingent clauses agreed with them.
    """

    terms: dict[Text, Term]
    date: _date | None = None
    notes: Text = ""
    #: Where the terms came from, in the user's words ("package Fallback", "round 3, option B").
    source: Text = ""
    before_post_settlement: dict[Text, Term] | None = None
    #: issue → the contingent clause agreed on that term (the debrief shows what it did)
    clauses: dict[Text, AnyClause] = Field(default_factory=dict)
    #: the clauses agreed first, with ``before_post_settlement`` (none without it)
    clauses_before_post_settlement: dict[Text, AnyClause] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _first_clauses(self) -> Agreement:
        if self.before_post_settlement is None and self.clauses_before_post_settlement:
            object.__setattr__(self, "clauses_before_post_settlement", {})  # nothing agreed first to hold them
        return self

    def carried(self, terms: Callable[[Mapping[str, Term]], dict[str, Term]],
                clauses: Callable[[Mapping[str, AnyClause]], dict[str, AnyClause]]) -> Agreement:
        """This agreement with its terms and those agreed first passed through ``terms``, and its
        clauses and those agreed first through ``clauses`` (an issue renamed, fitted or removed)."""
        first = self.before_post_settlement
        return self.model_copy(update={
            "terms": terms(self.terms), "clauses": clauses(self.clauses),
            "before_post_settlement": None if first is None else terms(first),
            "clauses_before_post_settlement": clauses(self.clauses_before_post_settlement)})


class Approver(Frozen):
    """Someone on our side who must approve the deal (the briefing's Level II section):
    a name and/or a role, an optional free-text condition ("above EUR 400k") and optional
    structured ``conditions`` the program checks on every package (docs/approvals.md)."""

    name: Text = ""
    role: Text = ""
    note: Text = ""
    conditions: tuple[ApprovalCondition, ...] = ()
    #: their own weights (issue → fraction, summing to 1; on our value curves), for conditions on
    #: "their points" (docs/approvals.md); empty: none
    weights: dict[Text, float] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _named(self) -> Approver:
        for f in ("name", "role", "note"):
            object.__setattr__(self, f, " ".join(getattr(self, f).split()))
        if not (self.name or self.role):
            raise ValueError(tr("an approver needs a name or a role"))
        if self.weights:
            if any(not (math.isfinite(w) and w >= 0) for w in self.weights.values()):
                raise ValueError(tr("an approver's weights are numbers ≥ 0"))
            total = math.fsum(self.weights.values())
            if not total > 0:
                raise ValueError(tr("an approver's weights need one above zero"))
            if abs(total - 1.0) > 1e-12:
                object.__setattr__(self, "weights", {k: v / total for k, v in self.weights.items()})
        return self

    def weights_carried(self, renames: Mapping[str, str], gone: str | None = None) -> dict[str, float]:
        """Their own weights after issues are renamed (old → new name) or the issue ``gone`` removed
        (its weight goes; the rest shared out again; none left above zero: no weights). A renamed
        issue's weight wins over a stale one already under the new name."""
        stale = {new for old, new in renames.items() if old != new and old in self.weights}
        out = {renames.get(k, k): w for k, w in self.weights.items() if k != gone and k not in stale}
        total = math.fsum(out.values())
        return {k: w / total for k, w in out.items()} if total > 0 else {}

    @property
    def label(self) -> str:
        """How a package line names them: the role, else the name (``"CFO"``)."""
        return self.role or self.name

    @property
    def text(self) -> str:
        """``"Dr. Ines Kraft (CFO) — above EUR 400k"``."""
        who = f"{self.name} ({self.role})" if self.name and self.role else (self.name or self.role)
        return f"{who} — {self.note}" if self.note else who
