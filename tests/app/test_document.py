import meso_desk as md
from meso_desk.app.document import PlanDocument


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
