"""The negotiation model, free of Qt: what a buyer plans, offers, learns and agrees.

Grouped by concept (``docs/architecture.md``): ``preferences`` (what matters to us),
``offers`` (what we put on the table), ``counterpart`` (what their reactions tell us),
``documents`` (what we print), ``deal`` (walk-aways, agreement, afterwards), ``io`` (files),
``edits`` (every change a user can make to a plan); beneath them the plan itself
(``plan``, ``package``, ``scoring``) and the shared basics (``base``, ``errors``, ``wording``).
"""
