"""Names are one line. A name typed with a line break, a tab or another control character inside is
refused by every edit that names something (Qt cuts an undo text at a break, a tab pushes the rest
into the menu's shortcut column, and a name across lines breaks table rows, cards and exports); a
file that already holds such a name still opens, with the name and every reference to it on one
line."""

from __future__ import annotations

import json

import pytest

import meso_desk as md
from meso_desk.model.contingent.events import Event, Forecast
from meso_desk.model.edits import supplier_edits as se
from meso_desk.model.edits.event_edits import EditRefused, add_event, replace_event
from meso_desk.model.edits.package_edits import add_package, rename_package
from meso_desk.model.edits.plan_edits import with_properties
from meso_desk.model.io import load_plan, save_plan

ACROSS = ("Nord\nlys", "Nord\r\nlys", "Nord\tlys", "Nord\x00lys", "Nord\x85lys", "Nord\u2028lys")


@pytest.fixture
def plan():
    return md.example_plan("contingent")


@pytest.mark.parametrize("name", ACROSS)
def test_packages_and_suppliers_are_named_on_one_line(plan, name):
    r = rename_package(plan, "Our ideal", name)
    assert not r.ok and r.plan is plan
    assert r.message == "Package name must fit on one line (no line breaks or tabs)"
    with pytest.raises(ValueError, match="^package name must fit on one line"):
        add_package(plan, name)
    with pytest.raises(se.SupplierEditRefused, match="^supplier name must fit on one line"):
        se.add_supplier(plan, name)
    with pytest.raises(se.SupplierEditRefused, match="^supplier name must fit on one line"):
        se.rename_supplier(plan, plan.counterpart, name)
    # at the ends a break is trimmed, as blanks always were
    assert rename_package(plan, "Our ideal", "Our best\n").plan.package_names[2] == "Our best"
    assert se.rename_supplier(plan, plan.counterpart, "\tNordlys\n").plan.counterpart == "Nordlys"


@pytest.mark.parametrize("field", ["title", "our_organisation", "counterpart", "negotiator"])
def test_the_plans_names_are_on_one_line(plan, field):
    with pytest.raises(ValueError, match=f"^{field}: must fit on one line"):
        with_properties(plan, **{field: "Halden\nFacilities"})
    assert getattr(with_properties(plan, **{field: " Halden  Facilities\n"}), field) == "Halden Facilities"


def test_approvers_are_named_on_one_line(plan):
    for row in ({"name": "Ines\nKraft"}, {"name": "Ines Kraft", "role": "C\tFO"}):
        with pytest.raises(ValueError, match=r"^approvers\[0\]: an approver's name and role must fit on one line"):
            with_properties(plan, approvers=[row])
    assert with_properties(plan, approvers=[{"name": "Ines Kraft", "note": "above\nEUR 400k"}]).approvers[0].note \
        == "above EUR 400k"


def _states(name="Line speed", states=("on time", "late")) -> Event:
    return Event(name=name, kind="states", states=states,
                 ours=Forecast(chances={states[0]: 0.4, states[1]: 0.6}))


def test_events_and_their_states_are_named_on_one_line(plan):
    with pytest.raises(EditRefused, match="^Event name must fit on one line"):
        add_event(plan, _states("Line\nspeed"))
    with pytest.raises(EditRefused, match="^State must fit on one line"):
        add_event(plan, _states(states=("on\ttime", "late")))
    with pytest.raises(EditRefused, match="^Event name must fit on one line"):
        replace_event(plan, "On-time delivery", plan.event("On-time delivery").model_copy(
            update={"name": "On-time\ndelivery"}))
    # a name the plan already holds (a file kept as written) does not stop another change
    across = plan.replace(events=(*plan.events, _states("Line\nspeed", ("on\ntime", "late"))))
    changed = replace_event(across, "Line\nspeed", _states("Line\nspeed", ("on\ntime", "very late")))
    assert changed.plan.event("Line\nspeed").states == ("on\ntime", "very late")


def _file(tmp_path, plan, replace: dict[str, str], name="across.meso"):
    """``plan`` written to a file with each name in ``replace`` (every occurrence, keys and values alike)
    spelt across lines, as an older version's name fields let a paste through."""
    text = plan.to_json(indent=2)
    for old, new in replace.items():
        text = text.replace(json.dumps(old, ensure_ascii=False), json.dumps(new, ensure_ascii=False))
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_file_with_names_across_lines_opens_with_them_on_one_line(tmp_path, plan):
    """Every reference follows its name: packages' terms keyed by the issue, a term naming an option,
    a clause naming an event, a forecast naming a state, a quote naming a package. Before, this file
    did not open at all: an event's ``affects`` was read on one line ("Unit price") and no longer named
    the issue "Unit⏎price"."""
    plan = plan.replace(events=(*plan.events, _states()), notes="First line.\nSecond line.")
    path = _file(tmp_path, plan, {"Unit price": "Unit\nprice", "Delivery": "Delivery\t", "EXW": "Ex\r\nWorks",
                                  "Our ideal": "Our\nideal", "On-time delivery": "On-time\u2028delivery",
                                  "on time": "on\ntime"})
    assert "Unit\\nprice" in path.read_text(encoding="utf-8")
    notes: list[str] = []
    loaded = load_plan(path, notes)
    assert loaded.issue_names[:3] == ["Unit price", "Order volume", "Delivery"]
    assert loaded.issue("Incoterm").labels[0] == "Ex Works"
    assert "Our ideal" in loaded.package_names
    assert loaded.event("On-time delivery").affects == ("Unit price", "Delivery")
    assert loaded.event("Line speed").states == ("on time", "late")
    assert set(loaded.weights) == set(loaded.issue_names)
    for p in loaded.packages:
        assert set(p.terms) == set(loaded.issue_names)
        assert all(c.event in {e.name for e in loaded.events} for c in p.clauses.values())
    terms = [p.terms["Incoterm"] for p in plan.packages]
    assert [p.terms["Incoterm"] for p in loaded.packages] == [("Ex Works" if t == "EXW" else t) for t in terms]
    assert loaded.notes == "First line.\nSecond line."  # free text keeps its own lines
    assert "'Unit price' held a line break or a tab; it now reads on one line" in notes
    assert len(notes) == 6  # one note per name, however often the file names it
    save_plan(loaded, tmp_path / "saved.meso")  # written on one line from now on
    assert load_plan(tmp_path / "saved.meso") == loaded


def test_names_that_would_become_one_are_kept_as_written(tmp_path, plan):
    """Two issues "Unit⏎price" and "Unit price": on one line they would share a name, so the file opens
    as it was written (nothing lost) and the names are shown on one line where they are shown."""
    row = plan.issue_names.index("Order volume")
    twin = plan.with_issue(row, plan.issues[row].model_copy(update={"name": "Unit\nprice"}))
    notes: list[str] = []
    loaded = load_plan(_file(tmp_path, twin, {}), notes)
    assert loaded.issue_names[:2] == ["Unit price", "Unit\nprice"] and notes == []
    from meso_desk.model.io.meso_file import names_on_one_line

    assert names_on_one_line({"weights": {"A\nB": 1, "A B": 2}}) == ({"weights": {"A\nB": 1, "A B": 2}}, [])


def test_a_quote_named_across_lines_in_a_spreadsheet_is_imported_on_one_line(tmp_path):
    plan = md.example_plan("supplier")
    head = ["Quote", *plan.issue_names]
    row = ["Sitwell\nquote 1", *(plan.stored_package("Our ideal").terms[n] for n in plan.issue_names)]
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.append(head)
    wb.active.append(row)
    wb.save(tmp_path / "quotes.xlsx")
    from meso_desk.model.io.quote_sheets import read_quotes

    sheet = read_quotes(plan, tmp_path / "quotes.xlsx")
    assert not sheet.errors and [p.name for p in sheet.packages] == ["Sitwell quote 1"]
