import meso_desk as md
from meso_desk.app.document import PlanDocument
from meso_desk.model.edits import package_edits as edits


def test_apply_undo_redo_and_merge(qtbot):
    plan = md.example_plan("supplier")
    doc = PlanDocument(plan)
    seen = []
    doc.changed.connect(lambda c: seen.append(c.fields))
    name = plan.packages[0].name
    for price in (200.0, 201.0, 202.0):
        doc.apply(doc.plan.with_term(name, "Unit price", price), "Move price", merge_key=("term", name, "Unit price"))
    assert doc.undo_stack.count() == 1, "one drag is one undo step"
    doc.end_gesture()
    doc.apply(doc.plan.with_term(name, "Unit price", 210.0), "Move price", merge_key=("term", name, "Unit price"))
    assert doc.undo_stack.count() == 2
    assert doc.modified
    doc.undo_stack.undo()
    assert doc.plan.stored_package(name).terms["Unit price"] == 202.0
    doc.undo_stack.undo()
    assert doc.plan == plan
    assert not doc.modified
    assert all(f == frozenset({"packages"}) for f in seen)


def test_drag_back_to_the_start_leaves_no_undo_step(qtbot):
    plan = md.example_plan("supplier")
    doc = PlanDocument(plan)
    name = plan.packages[0].name
    start = plan.stored_package(name).terms["Unit price"]
    key = ("term", name, "Unit price")
    doc.apply(doc.plan.with_term(name, "Unit price", 200.0), "Move price", merge_key=key)
    doc.apply(doc.plan.with_term(name, "Unit price", start), "Move price", merge_key=key)
    assert doc.plan == plan
    assert doc.undo_stack.count() == 0
    assert not doc.modified


def _coarse_plan() -> md.Plan:
    issues = (md.NumericIssue(name="Price", min=100, max=200, step=25, direction="lower"),
              md.NumericIssue(name="Delivery", min=1, max=5, step=1, direction="lower"))
    return md.Plan(issues=issues, weights={"Price": 0.6, "Delivery": 0.4}, aspiration=65, reservation=29.0,
                   packages=(md.StoredPackage(name="A", terms={"Price": 150.0, "Delivery": 5.0}, hold_value=True),
                             md.StoredPackage(name="B", terms={"Price": 125.0, "Delivery": 5.0}, hold_value=True)),
                   meso_sets=(md.MesoSet(name="MESO 1", level=29.5, packages=("A",)),))


def _note_step(doc: PlanDocument, package: str, price: float):
    """A term edit with Hold value that cannot hold: the document notes it, then applies it."""
    r = edits.set_term(doc.plan, package, "Price", price)
    doc.note_hold(package, r)
    doc.apply(r.plan, f"Change Price of {package}")
    doc.end_gesture()
    assert doc.hold_note(package) is r
    return r


def test_a_hold_note_follows_its_package_through_a_rename_and_its_undo(qtbot):
    """Renaming a package dropped its hold note (kept by name). It follows the rename; the undo
    gives it back to the old name; a note of a deleted package whose name the rename took
    comes back with the undo of the deletion."""
    doc = PlanDocument(_coarse_plan())
    noted = []
    doc.holdNoted.connect(noted.append)
    b_note = _note_step(doc, "B", 150.0)
    a_note = _note_step(doc, "A", 175.0)
    doc.apply(edits.remove_package(doc.plan, "B"), "Delete B")
    assert doc.hold_note("B") is None
    noted.clear()
    doc.apply(edits.rename_package(doc.plan, "A", "B").plan, "Rename A to B")
    assert doc.hold_note("B") is a_note and doc.hold_note("A") is None
    assert "B" in noted  # the views are told
    doc.undo_stack.undo()  # the rename
    assert doc.hold_note("A") is a_note and doc.hold_note("B") is None
    doc.undo_stack.undo()  # the deletion: B and its own note are back
    assert doc.hold_note("B") is b_note and doc.hold_note("A") is a_note
    doc.undo_stack.redo()
    doc.undo_stack.redo()
    assert doc.hold_note("B") is a_note and doc.hold_note("A") is None
