"""The Weights panel: direct weights with locks, swing weighting and the trade-off check.
Every edit goes through :mod:`meso_desk.model.edits.weight_edits` and ``document.apply``."""
