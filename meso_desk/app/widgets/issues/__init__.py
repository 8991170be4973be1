"""The Issues panel: the issue table with its in-place editors, the option dialog and the
value-curve editor. Every edit goes through :mod:`meso_desk.model.edits.issue_edits` /
:mod:`meso_desk.model.edits.curve_edits` and ``document.apply``."""
