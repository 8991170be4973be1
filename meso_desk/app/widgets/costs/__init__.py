"""Total Cost…: the dialog that edits the plan's total cost model through
:mod:`meso_desk.model.edits.cost_edits` and ``document.apply``."""
