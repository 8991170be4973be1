"""How sure the estimate is of their top issue: one rule, one word per grade.

The Counterpart panel's headline ("Fairly sure", "Taking shape", …) and Next MESOs' purpose
("fairly sure Payment term matters most to them (78 %): please them") both say how sure the
estimate is; they grade with this rule, so one estimate is never called "fairly sure" in one
place and "taking shape" in the other. (When Next MESOs *pleases* them is a separate choice:
``offers/information.SURE_ENOUGH``; only its words come from the grade.)
"""

from __future__ import annotations

from ..language import tr

#: Their likeliest top issue is at least this likely: "Fairly sure".
FAIRLY_SURE = 0.75
#: … at least this likely: "Taking shape".
TAKING_SHAPE = 0.5
#: … at least this likely, and at least this many times chance (1 ÷ issues): "Rough"; below it
#: "Hardly more than a guess".
ROUGH = 0.3
ROUGH_OVER_CHANCE = 1.6

#: The grades, surest first.
GRADES = ("fairly", "shape", "rough", "hardly")


def top_issue_grade(p: float, n_issues: int) -> str:
    """How sure an estimate is whose likeliest top issue has probability ``p`` among
    ``n_issues``: ``"fairly"``, ``"shape"``, ``"rough"`` or ``"hardly"``. Graded by ``p`` as
    it is shown, in whole percent: 74.96 % reads "75 %", and is "fairly sure"."""
    p = round(100.0 * p) / 100.0
    if p >= FAIRLY_SURE:
        return "fairly"
    if p >= TAKING_SHAPE:
        return "shape"
    if p >= max(ROUGH, ROUGH_OVER_CHANCE / max(n_issues, 1)):
        return "rough"
    return "hardly"


def top_issue_words(p: float, n_issues: int, issue: str) -> str:
    """How sure, in words that start a sentence's clause: "fairly sure Payment term matters most
    to them (78 %)", "taking shape: Payment term probably matters most to them (74 %)", …"""
    grade = top_issue_grade(p, n_issues)
    text = {
        "fairly": tr("fairly sure {issue} matters most to them ({share:.0f} %)"),
        "shape": tr("taking shape: {issue} probably matters most to them ({share:.0f} %)"),
        "rough": tr("rough: {issue} may matter most to them ({share:.0f} %)"),
        "hardly": tr("hardly more than a guess what matters most to them ({issue}: {share:.0f} %)"),
    }[grade]
    return text.format(issue=issue, share=100 * p)
