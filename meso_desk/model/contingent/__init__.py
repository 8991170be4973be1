"""Contingent terms: uncertain events, each side's forecast of them, and clauses that let the
outcome decide a term (docs/contingent-terms.md). The schemas and the clause arithmetic only;
what a contingent package is worth to each side is in :mod:`meso_desk.model.offers.contingent`."""
