"""The window's panels, one module per panel (each panel findable by its ``objectName``).

Every panel takes the :class:`~meso_desk.app.document.PlanDocument` in its constructor,
observes ``document.changed`` / ``document.selectionChanged`` and edits only through
``document.apply(...)``.
"""
