"""A rename or a removal of an issue carries approver conditions, constituencies and goodwill
(docs/behind-the-table.md); one undo brings back the plan exactly as it was."""

from __future__ import annotations

from meso_desk.app.document import PlanDocument
from meso_desk.model.edits.issue_edits import edit_issue, remove_issue


def test_undo_restores_what_a_rename_and_a_removal_carried(qapp, supplier):
    doc = PlanDocument(supplier)
    row = supplier.issue_names.index("Payment term")
    renamed = edit_issue(doc.plan, row, "name", "Pay days")
    assert doc.apply(renamed.plan, renamed.text)
    assert "Pay days" in doc.plan.goodwill and doc.plan.their_constituencies[1].issue == "Pay days"
    removed = remove_issue(doc.plan, row)
    assert doc.apply(removed.plan, removed.text)
    assert "Pay days" not in doc.plan.goodwill and len(doc.plan.their_constituencies) == 2
    doc.undo_stack.undo()
    assert doc.plan == renamed.plan
    doc.undo_stack.undo()
    assert doc.plan == supplier and doc.plan.goodwill["Payment term"] == supplier.goodwill["Payment term"]
