"""Contingent terms (docs/contingent-terms.md): the Uncertain events dialog and the "Make a term
contingent" dialog, both applying through :mod:`meso_desk.model.edits.event_edits` and
``document.apply`` (one undo step each)."""
