"""Plans with long names for the layout tests: the supplier example with long issue and package
names, a categorical issue whose options are whole phrases, more issues, and MESO sets."""

from __future__ import annotations

import meso_desk as md
from meso_desk.model.edits.meso_set_edits import add_meso_set

#: a term that must never be cut mid-word on a card
LONG_OPTION = "Warranty 3 years + on-site service"

_ISSUE_NAMES = {"Unit price": "Unit price per chair, delivered", "Order volume": "Order volume per year",
                "Delivery": "Delivery time after order", "Payment term": "Payment term after invoice",
                "Warranty": "Warranty on frames and mechanics"}
_PACKAGE_NAMES = {"Their opening quote": "Their opening quote of the spring tender",
                  "Competing quote (BATNA)": "Competing quote from the second supplier (BATNA)",
                  "Our ideal": "Our ideal package for the framework agreement"}
_SERVICE = {"name": "Service and warranty package for all sites", "kind": "categorical",
            "description": "What service comes with the chairs",
            "options": [{"label": "Basic 1 year, return to depot", "value": 0.0, "acceptable": True},
                        {"label": "Warranty 2 years, return to depot", "value": 55.0, "acceptable": True},
                        {"label": LONG_OPTION, "value": 100.0, "acceptable": True}]}
_EXTRA = [{"name": "Training for the maintenance staff on site", "kind": "categorical",
           "options": [{"label": "None", "value": 0.0, "acceptable": True},
                       {"label": "One day for two technicians", "value": 60.0, "acceptable": True},
                       {"label": "Two days for the whole maintenance team", "value": 100.0, "acceptable": True}]},
          {"name": "Spare parts availability guarantee", "kind": "categorical",
           "options": [{"label": "5 years", "value": 40.0, "acceptable": True},
                       {"label": "10 years after the last delivery", "value": 100.0, "acceptable": True}]}]


def long_plan(n_issues: int = 6, sets: int = 0) -> md.Plan:
    """The supplier example renamed long, ``n_issues`` (6 to 8) issues, and ``sets`` MESO sets
    (levels 75, 72, 70 …) added as the window adds them."""
    base = md.example_plan("supplier")
    d = base.model_dump(mode="json")
    issues = []
    for issue in d["issues"]:
        if issue["name"] == "Incoterm":
            issues.append(dict(_SERVICE))
        else:
            issue["name"] = _ISSUE_NAMES.get(issue["name"], issue["name"])
            issues.append(issue)
    issues += [dict(e) for e in _EXTRA[: max(0, n_issues - 6)]]
    rename = {**_ISSUE_NAMES, "Incoterm": _SERVICE["name"]}
    d["issues"] = issues
    d["weights"] = {rename.get(k, k): v for k, v in d["weights"].items()}
    for e in _EXTRA[: max(0, n_issues - 6)]:
        d["weights"][e["name"]] = 0.05
    for k, p in enumerate(d["packages"]):
        p["name"] = _PACKAGE_NAMES.get(p["name"], p["name"])
        terms = {rename.get(n, n): t for n, t in p["terms"].items()}
        terms[_SERVICE["name"]] = _SERVICE["options"][2 - k % 3]["label"]
        for e in _EXTRA[: max(0, n_issues - 6)]:
            terms[e["name"]] = e["options"][-1]["label"]
        p["terms"] = terms
    if isinstance(d.get("batna_package"), dict):  # the competing quote's terms
        bp = {rename.get(n, n): t for n, t in d["batna_package"].items()}
        bp[_SERVICE["name"]] = _SERVICE["options"][1]["label"]
        for e in _EXTRA[: max(0, n_issues - 6)]:
            bp[e["name"]] = e["options"][0]["label"]
        d["batna_package"] = bp
    if d.get("costs"):  # the money model names the issues it prices: not needed here
        d["costs"] = None
    d["title"] = "Office chairs for the new headquarters, framework agreement 2027–2029"
    plan = md.Plan.model_validate(d)
    for level in (75.0, 72.0, 70.0, 68.0)[:sets]:
        found = md.generate_mesos(plan, 3, level=level)
        plan, _ = add_meso_set(plan, [p.terms for p in found], level)
    return plan
